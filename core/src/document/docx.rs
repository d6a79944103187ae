//! Word files (`.docx`): a zip whose `word/document.xml` holds the body. Paragraphs become lines,
//! headings keep their level, table rows become lines with their cells separated by tabs; deleted
//! revisions, field codes and the fallback copies of text boxes are left out.

use std::io::Read;

use quick_xml::events::{BytesRef, BytesStart, Event};

use super::error::DocumentError;
use super::lines::Lines;
use super::{Document, Format, Origin, MAX_TEXT_BYTES};

/// The main part of a Word file.
const PART: &str = "word/document.xml";

/// The XML of the body may be this many times the largest text (markup is most of a .docx's XML).
const XML_PER_TEXT: usize = 8;

/// Reads a Word file.
pub(super) fn read(bytes: &[u8]) -> Result<Document, DocumentError> {
    let xml = main_part(bytes)?;
    let mut body = Body::default();
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        let at = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = reader.read_event().map_err(|e| DocumentError::UnreadableDocx {
            part: PART.to_owned(),
            why: format!("malformed XML near byte {at}: {e}"),
        })?;
        match event {
            Event::Start(e) => body.open(&e, at),
            Event::Empty(e) => body.empty(&e),
            Event::End(e) => body.close(e.local_name().as_ref())?,
            Event::Text(t) => body.text(&t.xml10_content(), at),
            Event::GeneralRef(r) => body.text(&entity(&r), at),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(body.lines.finish(Format::Docx))
}

/// The text of the zip's main part, or why there is none.
fn main_part(bytes: &[u8]) -> Result<String, DocumentError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| DocumentError::NotADocx { why: format!("the bytes are not a readable zip archive ({e})") })?;
    let file = zip.by_name(PART).map_err(|e| DocumentError::NotADocx {
        why: match e {
            zip::result::ZipError::FileNotFound => {
                format!("a zip archive without `{PART}` (a spreadsheet, a presentation or another archive?)")
            }
            e => format!("`{PART}` cannot be opened: {e}"),
        },
    })?;
    let limit = MAX_TEXT_BYTES.saturating_mul(XML_PER_TEXT);
    let declared = usize::try_from(file.size()).unwrap_or(usize::MAX);
    if declared > limit {
        return Err(DocumentError::TooLarge { size: declared, limit, what: PART });
    }
    let mut xml = Vec::new();
    file.take(limit as u64 + 1).read_to_end(&mut xml).map_err(|e| DocumentError::UnreadableDocx {
        part: PART.to_owned(),
        why: format!("it does not decompress: {e}"),
    })?;
    if xml.len() > limit {
        return Err(DocumentError::TooLarge { size: xml.len(), limit, what: PART });
    }
    String::from_utf8(xml).map_err(|e| DocumentError::UnreadableDocx {
        part: PART.to_owned(),
        why: format!("it is not UTF-8 (byte {})", e.utf8_error().valid_up_to()),
    })
}

/// The text of an entity reference: a character reference or one of XML's five named entities.
fn entity(r: &BytesRef<'_>) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    match r.xml10_content().as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    }
    .to_owned()
}

/// The value of an element's `w:val` attribute.
fn val(e: &BytesStart<'_>) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == "val")
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// The heading level a paragraph style names: Word's built-in `Heading1`..`Heading9` and `Title`.
fn heading_of_style(style: &str) -> Option<u8> {
    let s = style.to_ascii_lowercase();
    if s == "title" {
        return Some(1);
    }
    s.strip_prefix("heading").and_then(|n| n.parse::<u8>().ok()).filter(|n| (1..=9).contains(n))
}

/// The walk through the body: the paragraph being read, the table row being read, the lines written.
#[derive(Debug, Default)]
struct Body {
    lines: Lines,
    paragraph: String,
    paragraph_byte: Option<usize>,
    heading: Option<u8>,
    paragraphs: usize,
    in_text: bool,
    /// Inside deleted text, a field code or a fallback copy: how deep.
    skipping: usize,
    tables: usize,
    depth: usize,
    rows: usize,
    row_byte: Option<usize>,
    cells: Vec<String>,
    cell: String,
}

impl Body {
    fn open(&mut self, e: &BytesStart<'_>, at: usize) {
        match e.local_name().as_ref() {
            "p" => {
                self.paragraph.clear();
                self.paragraph_byte = None;
                self.heading = None;
            }
            "t" => self.in_text = true,
            "delText" | "instrText" | "Fallback" => self.skipping += 1,
            "tbl" => {
                self.depth += 1;
                if self.depth == 1 {
                    self.rows = 0;
                }
            }
            "tr" if self.depth == 1 => {
                self.cells.clear();
                self.row_byte = Some(at);
            }
            "tc" if self.depth == 1 => self.cell.clear(),
            _ => self.empty(e),
        }
    }

    fn empty(&mut self, e: &BytesStart<'_>) {
        let in_table = self.depth > 0;
        match e.local_name().as_ref() {
            "pStyle" => self.heading = val(e).as_deref().and_then(heading_of_style).or(self.heading),
            "outlineLvl" => {
                let level = val(e).and_then(|v| v.parse::<u8>().ok()).filter(|l| *l < 9);
                self.heading = level.map(|l| l + 1).or(self.heading);
            }
            "tab" if self.skipping == 0 => self.paragraph.push(if in_table { ' ' } else { '\t' }),
            "br" | "cr" if self.skipping == 0 => self.paragraph.push(if in_table { ' ' } else { '\n' }),
            _ => {}
        }
    }

    fn text(&mut self, text: &str, at: usize) {
        if self.in_text && self.skipping == 0 {
            self.paragraph_byte.get_or_insert(at);
            self.paragraph.push_str(text);
        }
    }

    fn close(&mut self, name: &str) -> Result<(), DocumentError> {
        match name {
            "t" => self.in_text = false,
            "delText" | "instrText" | "Fallback" => self.skipping = self.skipping.saturating_sub(1),
            "p" if self.depth > 0 => {
                if !self.cell.is_empty() {
                    self.cell.push(' ');
                }
                self.cell.push_str(&std::mem::take(&mut self.paragraph));
            }
            "p" => {
                let origin = Origin::Paragraph {
                    paragraph: self.paragraphs,
                    heading: self.heading,
                    byte: self.paragraph_byte.unwrap_or_default(),
                };
                self.lines.push(&std::mem::take(&mut self.paragraph), origin)?;
                self.paragraphs += 1;
            }
            "tc" if self.depth == 1 => self.cells.push(std::mem::take(&mut self.cell).replace('\t', " ")),
            "tr" if self.depth == 1 => {
                let origin =
                    Origin::Row { table: self.tables, row: self.rows, byte: self.row_byte.unwrap_or_default() };
                self.lines.push(&self.cells.join("\t"), origin)?;
                self.rows += 1;
            }
            "tbl" => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth == 0 {
                    self.tables += 1;
                }
            }
            _ => {}
        }
        Ok(())
    }
}
