//! Reading plans as they arrive: a Word file, a web page and a PDF made from one seed plan's text give
//! the same targets as the text; every bad input of issue 12 is a typed error; no bytes panic.
//!
//! The fixtures in `tests/documents/` (read by the Python and JavaScript tests too) are made here from
//! `tests/seeds/can_tho.txt`: `CHITIEU_BLESS=1 cargo test -p chitieu --test documents` writes them, and
//! without it the test fails if the committed files differ from what the generator makes now.

#![cfg(all(feature = "docx", feature = "html", feature = "pdf"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::io::Write;

use chitieu::document::{Document, DocumentError, Format, LegacyEncoding, Origin};
use chitieu::extract::{extract_document, extract_plan, target_keys};
use chitieu::ChitieuError;
use lopdf::{dictionary, Object, Stream};
use unicode_normalization::UnicodeNormalization;

fn root(path: &str) -> String {
    format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))
}

fn seed() -> String {
    std::fs::read_to_string(root("tests/seeds/can_tho.txt")).unwrap()
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A neutral table both the Word file and the page carry (rows of tab-separated cells in the text).
const TABLE: [[&str; 2]; 2] = [["Cơ quan ban hành", "Ủy ban nhân dân"], ["Nguồn", "Cổng thông tin & Báo điện tử"]];

// ----- the generators -----

fn docx(text: &str) -> Vec<u8> {
    let mut body = String::new();
    for (i, line) in lines(text).iter().enumerate() {
        let style = if i == 0 { r#"<w:pPr><w:pStyle w:val="Title"/></w:pPr>"# } else { "" };
        body.push_str(&format!(r#"<w:p>{style}<w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#, xml_escape(line)));
        if i == 3 {
            body.push_str("<w:tbl>");
            for row in TABLE {
                body.push_str("<w:tr>");
                for cell in row {
                    body.push_str(&format!("<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>", xml_escape(cell)));
                }
                body.push_str("</w:tr>");
            }
            body.push_str("</w:tbl>");
        }
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:p><w:r><w:delText>90% đã xóa</w:delText></w:r></w:p></w:body></w:document>"#
    );
    let parts = [
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_owned()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_owned()),
        ("word/document.xml", document),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, content) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn html(text: &str) -> Vec<u8> {
    let ls = lines(text);
    let mut article = format!("<h1>{}</h1>\n", xml_escape(&ls[0]));
    for (i, line) in ls.iter().enumerate().skip(1) {
        // A no-break space as an entity, as web editors write them.
        let line = xml_escape(line).replacen("năm ", "năm&nbsp;", 1);
        article.push_str(&format!("<p>\n  {line}\n</p>\n"));
        if i == 3 {
            article.push_str("<table class=\"info\">\n");
            for row in TABLE {
                article.push_str(&format!(
                    "<tr><td>{}</td><td><b>{}</b></td></tr>\n",
                    xml_escape(row[0]),
                    xml_escape(row[1])
                ));
            }
            article.push_str("</table>\n");
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Cần Thơ | Cổng thông tin</title>\n\
         <style>p {{ margin: 0 }} /* 100% */</style><script>var target = \"95% hồ sơ\";</script></head>\n\
         <body><header><div class=\"logo\">CỔNG THÔNG TIN ĐIỆN TỬ</div><nav><ul><li><a href=\"/\">Trang chủ</a></li>\
         <li><a href=\"/tin\">Tin tức 2025</a></li></ul></nav></header>\n<div class=\"breadcrumb\">Trang chủ &gt; Chuyển đổi số</div>\n\
         <main><article>\n{article}</article></main>\n<aside>Tin liên quan: 70% doanh nghiệp</aside>\n\
         <footer>© 2025 Cổng thông tin điện tử thành phố Cần Thơ. Điện thoại: 0292 3820 000</footer>\n\
         <script>window.dataLayer = [{{\"năm\": 2030}}];</script></body></html>\n"
    )
    .into_bytes()
}

/// A PDF whose text layer is the seed, wrapped at about 100 characters as a word processor wraps it,
/// the first line of each paragraph indented and the title centred (as administrative documents are set), in
/// a Type0 font with Identity-H encoding and a ToUnicode map, as PDFs with Vietnamese text are made.
/// (The font is named, not embedded: the text layer, which is what is read, is exact; a viewer shows
/// substitute glyphs.)
fn pdf(text: &str) -> Vec<u8> {
    let mut wrapped = Vec::new();
    for (i, line) in lines(text).into_iter().enumerate() {
        let mut x = if i == 0 { 80 } else { 60 };
        let mut current = String::new();
        for word in line.split(' ') {
            if !current.is_empty() && current.chars().count() + word.chars().count() > 100 {
                wrapped.push((std::mem::take(&mut current), x));
                x = 40;
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        wrapped.push((current, x));
    }
    let mut used: Vec<char> = wrapped.iter().flat_map(|l| l.0.chars()).collect();
    used.sort_unstable();
    used.dedup();
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n",
    );
    for chunk in used.chunks(100) {
        cmap.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for c in chunk {
            cmap.push_str(&format!("<{:04X}> <{:04X}>\n", u32::from(*c), u32::from(*c)));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap CMapName currentdict /CMap defineresource pop end end\n");
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let to_unicode = doc.add_object(Stream::new(dictionary! {}, cmap.into_bytes()));
    let descriptor = doc.add_object(dictionary! {
        "Type" => "FontDescriptor", "FontName" => "ArialMT", "Flags" => 32,
        "FontBBox" => vec![0.into(), (-210).into(), 1000.into(), 900.into()], "ItalicAngle" => 0,
        "Ascent" => 900, "Descent" => -210, "CapHeight" => 716, "StemV" => 80,
    });
    let cid_font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ArialMT",
        "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 },
        "FontDescriptor" => descriptor, "CIDToGIDMap" => "Identity",
    });
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ArialMT", "Encoding" => "Identity-H",
        "DescendantFonts" => vec![cid_font.into()], "ToUnicode" => to_unicode,
    });
    let resources = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font } });
    let mut kids = Vec::new();
    for page_lines in wrapped.chunks(60) {
        let mut content = String::new();
        for (i, (line, x)) in page_lines.iter().enumerate() {
            let hex: String = line.chars().map(|c| format!("{:04X}", u32::from(c))).collect();
            content.push_str(&format!("BT /F1 9 Tf 1 0 0 1 {x} {} Tm <{hex}> Tj ET\n", 800 - 12 * i));
        }
        let mut stream = Stream::new(dictionary! {}, content.into_bytes());
        stream.compress().unwrap();
        let content_id = doc.add_object(stream);
        kids.push(Object::from(doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id, "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        })));
    }
    let count = kids.len() as i64;
    doc.objects
        .insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }));
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A scanned page: one image, no text.
fn scanned_pdf() -> Vec<u8> {
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let image = doc.add_object(Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 8, "Height" => 8, "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
        (0..64u8).map(|i| i.wrapping_mul(37)).collect(),
    ));
    let content = doc.add_object(Stream::new(dictionary! {}, b"q 500 0 0 700 40 70 cm /Im1 Do Q\n".to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "Resources" => dictionary! { "XObject" => dictionary! { "Im1" => image } },
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// The PDF of the plan, protected by a user password (RC4 128-bit, standard security handler): its
/// keys (`/O`, `/U`) do not open with the empty password.
fn encrypted_pdf(plain: &[u8]) -> Vec<u8> {
    let mut doc = lopdf::Document::load_mem(plain).unwrap();
    let o: Vec<u8> = (0..32u8).map(|i| i.wrapping_mul(7).wrapping_add(3)).collect();
    let u: Vec<u8> = (0..32u8).map(|i| i.wrapping_mul(11).wrapping_add(5)).collect();
    let encrypt = doc.add_object(dictionary! {
        "Filter" => "Standard", "V" => 2, "R" => 3, "Length" => 128, "P" => -3904,
        "O" => Object::String(o, lopdf::StringFormat::Hexadecimal), "U" => Object::String(u, lopdf::StringFormat::Hexadecimal),
    });
    doc.trailer.set("Encrypt", encrypt);
    let id = Object::String(b"chitieu-fixture!".to_vec(), lopdf::StringFormat::Hexadecimal);
    doc.trailer.set("ID", vec![id.clone(), id]);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// TCVN3 (ABC) bytes of lower-case text: one byte per letter with its marks.
fn tcvn3(text: &str) -> Vec<u8> {
    const TABLE: &str = "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
    const CODES: [u8; 67] = [
        0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7,
        0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD,
        0xDE, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF, 0xF1,
        0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE,
    ];
    text.to_lowercase()
        .chars()
        .map(|c| match TABLE.chars().position(|t| t == c) {
            Some(i) => CODES[i],
            None if c.is_ascii() => c as u8,
            None => b'?',
        })
        .collect()
}

/// VNI Windows bytes: a plain letter, then a byte for its marks.
fn vni(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for c in text.chars() {
        let upper = c.is_uppercase();
        let shift = |b: u8| if upper { b - 0x20 } else { b };
        match c {
            'đ' | 'Đ' => out.push(shift(0xF1)),
            _ if c.is_ascii() => out.push(c as u8),
            _ => {
                let parts: Vec<char> = c.nfd().collect();
                let mut base = parts[0] as u8;
                let marks = &parts[1..];
                let tone = marks.iter().find_map(|m| match m {
                    '\u{300}' => Some(0),
                    '\u{301}' => Some(1),
                    '\u{309}' => Some(2),
                    '\u{303}' => Some(3),
                    '\u{323}' => Some(4),
                    _ => None,
                });
                if marks.contains(&'\u{31B}') {
                    base = shift(if base.eq_ignore_ascii_case(&b'o') { 0xF4 } else { 0xF6 });
                }
                let shape = if marks.contains(&'\u{302}') {
                    Some([0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4])
                } else if marks.contains(&'\u{306}') {
                    Some([0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB])
                } else {
                    None
                };
                out.push(base);
                match (shape, tone) {
                    (Some(s), t) => out.push(shift(s[t.map_or(0, |t| t + 1)])),
                    (None, Some(t)) => out.push(shift([0xF8, 0xF9, 0xFB, 0xF5, 0xEF][t])),
                    (None, None) => {}
                }
            }
        }
    }
    out
}

fn fixtures() -> Vec<(&'static str, Vec<u8>)> {
    let text = seed();
    let pdf = pdf(&text);
    let excerpt: String = text.lines().take(12).collect::<Vec<_>>().join("\n");
    vec![
        ("can_tho.docx", docx(&text)),
        ("can_tho.html", html(&text)),
        ("can_tho.pdf", pdf.clone()),
        ("encrypted.pdf", encrypted_pdf(&pdf)),
        ("scanned.pdf", scanned_pdf()),
        ("not_a_zip.docx", b"This is not a Word file: it was renamed from a .txt.\n".to_vec()),
        ("can_tho_tcvn3.txt", tcvn3(&excerpt)),
        ("can_tho_vni.txt", vni(&excerpt)),
    ]
}

#[test]
fn fixtures_are_those_the_generator_makes() {
    for (name, bytes) in fixtures() {
        let path = root(&format!("tests/documents/{name}"));
        if std::env::var_os("CHITIEU_BLESS").is_some() {
            std::fs::write(&path, &bytes).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        // Compressed parts (the .docx's zip, the PDF's content streams) depend on which deflate backend
        // flate2 is built with, and cargo's feature unification picks it per build (a workspace build with
        // the command's workbook reader brings zlib-rs): the same content, other bytes. So a fixture is
        // stale when it reads differently, not when its compressed bytes differ.
        assert!(
            committed == bytes || reading(&committed, name) == reading(&bytes, name),
            "{path} is stale: run `CHITIEU_BLESS=1 cargo test -p chitieu --test documents`"
        );
    }
}

/// What the reader makes of a fixture: its format and text, or its error's code.
fn reading(bytes: &[u8], name: &str) -> Result<(Format, String), String> {
    Document::from_bytes(bytes, Some(name)).map(|d| (d.format, d.text)).map_err(|e| e.code().to_owned())
}

fn fixture(name: &str) -> Vec<u8> {
    fixtures().into_iter().find(|(n, _)| *n == name).unwrap().1
}

// ----- the same plan in every format -----

#[test]
fn word_html_and_pdf_give_the_targets_of_the_text() {
    let text = seed();
    let expected = target_keys(&extract_plan(&text).plan);
    assert!(expected.len() >= 20, "{}", expected.len());
    for (name, format) in [("can_tho.docx", Format::Docx), ("can_tho.html", Format::Html), ("can_tho.pdf", Format::Pdf)]
    {
        let bytes = fixture(name);
        let doc = Document::from_bytes(&bytes, None).unwrap();
        assert_eq!(doc.format, format, "{name}");
        let draft = extract_document(&bytes, Some(name)).unwrap();
        assert_eq!(target_keys(&draft.plan), expected, "{name}");
        // Every quote is in the text read, at its offsets, and located in the source.
        for (t, d) in draft.plan.targets.iter().zip(&draft.targets) {
            let quote: String = doc.text.chars().skip(d.start).take(d.end - d.start).collect();
            assert_eq!(quote, t.quote, "{name}");
            assert!(doc.locate(d.start).is_some(), "{name}: {} not located", t.quote);
        }
    }
}

#[test]
fn the_page_loses_its_furniture_and_keeps_its_table_as_rows() {
    let doc = Document::from_bytes(&fixture("can_tho.html"), Some("text/html")).unwrap();
    for gone in ["Trang chủ", "95% hồ sơ", "dataLayer", "margin", "70% doanh nghiệp", "0292", "Cổng thông tin |"]
    {
        assert!(!doc.text.contains(gone), "{gone}");
    }
    assert!(doc.text.contains("\nCơ quan ban hành\tỦy ban nhân dân\nNguồn\tCổng thông tin & Báo điện tử\n"));
    assert!(doc.text.starts_with("Cần Thơ ban hành Kế hoạch"));
    assert!(matches!(doc.spans[0].origin, Origin::Paragraph { paragraph: 0, heading: Some(1), .. }));
    let row = doc.spans.iter().find(|s| matches!(s.origin, Origin::Row { row: 1, .. })).unwrap();
    let Origin::Row { table: 0, byte, .. } = row.origin else { panic!("{row:?}") };
    let page = fixture("can_tho.html");
    assert!(page[byte..].starts_with("Nguồn".as_bytes()), "byte {byte}");
}

#[test]
fn the_word_file_keeps_headings_tables_and_leaves_deleted_text_out() {
    let doc = Document::from_bytes(&fixture("can_tho.docx"), None).unwrap();
    assert!(matches!(doc.spans[0].origin, Origin::Paragraph { paragraph: 0, heading: Some(1), .. }));
    assert!(doc.text.contains("\nNguồn\tCổng thông tin & Báo điện tử\n"));
    assert!(!doc.text.contains("đã xóa"));
    let seed_lines = lines(&seed());
    let body: Vec<&str> = doc.text.lines().filter(|l| !l.contains('\t')).collect();
    assert_eq!(body, seed_lines.iter().map(String::as_str).collect::<Vec<_>>());
}

#[test]
fn the_pdf_text_layer_is_read_with_its_pages_and_wrapped_lines_joined() {
    let doc = Document::from_bytes(&fixture("can_tho.pdf"), None).unwrap();
    assert_eq!(doc.text.lines().collect::<Vec<_>>(), lines(&seed()));
    let pages: std::collections::BTreeSet<usize> = doc
        .spans
        .iter()
        .filter_map(|s| if let Origin::Page { page, .. } = s.origin { Some(page) } else { None })
        .collect();
    assert!(pages.len() >= 2 && pages.contains(&1), "{pages:?}");
}

// ----- bad input -----

fn code(bytes: &[u8], hint: Option<&str>) -> &'static str {
    let e = Document::from_bytes(bytes, hint).unwrap_err();
    assert!(!e.to_string().is_empty());
    e.code()
}

#[test]
fn every_bad_input_of_the_issue_is_a_typed_error() {
    assert_eq!(code(b"", None), "empty_input");
    assert_eq!(code(b"\xEF\xBB\xBF \r\n\t", Some("plan.txt")), "empty_input");
    assert_eq!(code(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None), "binary_input");
    assert_eq!(code(&fixture("not_a_zip.docx"), Some("not_a_zip.docx")), "not_a_docx");
    assert_eq!(code(b"PK\x03\x04 truncated", Some("plan.docx")), "not_a_docx");
    let e = Document::from_bytes(&fixture("encrypted.pdf"), None).unwrap_err();
    assert_eq!(e, DocumentError::EncryptedPdf);
    let e = Document::from_bytes(&fixture("scanned.pdf"), None).unwrap_err();
    assert_eq!(e, DocumentError::PdfWithoutText { pages: 1 });
    assert!(e.to_string().contains("scanned"));
    let e = Document::from_bytes(&fixture("can_tho_tcvn3.txt"), None).unwrap_err();
    assert!(matches!(e, DocumentError::LegacyEncoding { encoding: LegacyEncoding::Tcvn3, .. }), "{e:?}");
    assert!(e.to_string().contains("TCVN3") && e.to_string().contains("UniKey"));
    assert!(e.path().unwrap().starts_with("bytes["));
    let e = Document::from_bytes(&fixture("can_tho_vni.txt"), None).unwrap_err();
    assert!(matches!(e, DocumentError::LegacyEncoding { encoding: LegacyEncoding::Vni, .. }), "{e:?}");
    // The same TCVN3 text converted to Unicode as if it were Latin-1 is still refused.
    let latin1: String = fixture("can_tho_tcvn3.txt").iter().map(|&b| char::from(b)).collect();
    assert_eq!(code(latin1.as_bytes(), None), "legacy_encoding");
    let doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    assert_eq!(code(&doc, Some("plan.doc")), "format_unsupported");
}

#[test]
fn fifty_megabytes_of_text_is_refused_quickly_and_a_large_plan_is_read() {
    let line = "- Tối thiểu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n";
    let big = line.repeat(50 * 1024 * 1024 / line.len() + 1);
    let e = Document::from_bytes(big.as_bytes(), None).unwrap_err();
    assert_eq!(e.code(), "too_large");
    assert!(matches!(e, DocumentError::TooLarge { limit: chitieu::document::MAX_TEXT_BYTES, .. }));
    let over = vec![b'a'; chitieu::document::MAX_INPUT_BYTES + 1];
    assert!(matches!(Document::from_bytes(&over, None), Err(DocumentError::TooLarge { what: "input", .. })));
    let fine = line.repeat(1000);
    assert_eq!(Document::from_bytes(fine.as_bytes(), None).unwrap().spans.len(), 1000);
}

#[test]
fn utf16_text_reads_as_its_utf8_twin() {
    let text = seed();
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let draft = extract_document(&le, Some("can_tho.txt")).unwrap();
    assert_eq!(target_keys(&draft.plan), target_keys(&extract_plan(&text).plan));
}

mod arbitrary_bytes {
    use super::*;
    use proptest::prelude::*;

    fn prefixes() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            Just(Vec::new()),
            Just(b"%PDF-1.5\n".to_vec()),
            Just(b"PK\x03\x04".to_vec()),
            Just(b"<!DOCTYPE html><body><table><tr><td>".to_vec()),
            Just(b"\xFF\xFE".to_vec()),
            Just(b"\xEF\xBB\xBF".to_vec()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// Whatever the bytes, a document or a typed error; never a panic.
        #[test]
        fn never_panics(prefix in prefixes(), body in proptest::collection::vec(any::<u8>(), 0..600), hint in prop_oneof![Just(None), Just(Some("a.docx")), Just(Some("a.pdf")), Just(Some("text/html"))]) {
            let mut bytes = prefix;
            bytes.extend(body);
            match Document::from_bytes(&bytes, hint) {
                Ok(doc) => prop_assert!(doc.spans.iter().all(|s| s.start <= s.end)),
                Err(e) => prop_assert!(!e.code().is_empty()),
            }
        }

        /// Damaged copies of the real fixtures (bytes flipped, cut short) never panic either.
        #[test]
        fn damaged_fixtures_never_panic(which in 0usize..3, cut in 0usize..4000, flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..8)) {
            let name = ["can_tho.docx", "can_tho.html", "can_tho.pdf"][which];
            let mut bytes = fixture(name);
            for (at, b) in flips {
                let n = bytes.len();
                bytes[at % n] = b;
            }
            bytes.truncate(bytes.len().saturating_sub(cut));
            let _ = extract_document(&bytes, Some(name));
        }
    }
}
