//! PDF with a text layer (`lopdf`): each page's content stream is walked, its strings decoded through
//! their fonts' encodings and `ToUnicode` maps (which is how Vietnamese text sits in a PDF), and a line
//! ends wherever the text moves down the page. A PDF whose pages hold no text is a scan, and one that
//! needs a password is encrypted: both are typed errors.

use std::collections::BTreeMap;

use lopdf::content::Content;
use lopdf::{Encoding, Object};

use super::error::DocumentError;
use super::lines::Lines;
use super::{Document, Format, Origin, MAX_TEXT_BYTES};

/// The most a page's content may decompress to (a page of text is kilobytes; a bomb is not read).
const PAGE_LIMIT: usize = MAX_TEXT_BYTES;

/// A TJ adjustment more negative than this (thousandths of the font size) is a space between words.
const WORD_GAP: f32 = -200.0;

/// Reads the text layer of a PDF.
pub(super) fn read(bytes: &[u8]) -> Result<Document, DocumentError> {
    let trailer_encrypts = bytes.windows(8).rev().take(64 * 1024).any(|w| w == b"/Encrypt");
    let doc = match lopdf::Document::load_mem(bytes) {
        Ok(doc) => doc,
        Err(_) if trailer_encrypts => return Err(DocumentError::EncryptedPdf),
        Err(e) => return Err(DocumentError::UnreadablePdf { why: e.to_string() }),
    };
    if doc.is_encrypted() {
        return Err(DocumentError::EncryptedPdf);
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(DocumentError::UnreadablePdf { why: "it has no pages".to_owned() });
    }
    let mut lines = Lines::default();
    for (&number, &id) in &pages {
        let fonts = doc.get_page_fonts(id).unwrap_or_default();
        let encodings: BTreeMap<Vec<u8>, Encoding<'_>> = fonts
            .into_iter()
            .filter_map(|(name, font)| font.get_font_encoding_with_limit(&doc, PAGE_LIMIT).ok().map(|e| (name, e)))
            .collect();
        let content = doc.get_page_content_with_limit(id, PAGE_LIMIT).map_err(|e| DocumentError::UnreadablePdf {
            why: format!("the content of page {number} cannot be read: {e}"),
        })?;
        // A page whose operators do not parse is read as far as they do not matter: it gives no text.
        let operations = Content::decode(&content).map(|c| c.operations).unwrap_or_default();
        let mut page = PageText {
            encodings: &encodings,
            lines: Vec::new(),
            text: String::new(),
            encoding: None,
            x: 0.0,
            y: 0.0,
            line_x: 0.0,
            shown_at: None,
        };
        for op in &operations {
            page.operate(&op.operator, &op.operands);
        }
        page.end_line();
        for (i, line) in paragraphs(page.lines).iter().enumerate() {
            lines.push(line, Origin::Page { page: number as usize, line: i })?;
        }
    }
    let doc = lines.finish(Format::Pdf);
    if doc.text.trim().is_empty() {
        return Err(DocumentError::PdfWithoutText { pages: pages.len() });
    }
    Ok(doc)
}

fn number(o: Option<&Object>) -> f32 {
    match o {
        Some(Object::Integer(i)) => *i as f32,
        Some(Object::Real(r)) => *r,
        _ => 0.0,
    }
}

/// Whether a line opens with a list marker ("- ", "+ ", "a) ", "1. ", "•").
fn list_marker(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or_default();
    matches!(first, "-" | "+" | "•" | "*" | "–")
        || (first.len() <= 4 && (first.ends_with(')') || first.ends_with('.')) && first.chars().count() > 1)
}

/// The paragraphs of a page from its lines (text, where each starts across the page): a line that a
/// word processor wrapped is joined to the one before. Where the page indents the first lines of its
/// paragraphs (as Vietnamese administrative documents do), a line at the left margin continues the
/// paragraph; where it does not, a long line that ends without punctuation continues into a next line
/// that does not open a list item.
fn paragraphs(lines: Vec<(String, f32)>) -> Vec<String> {
    let margin = lines.iter().map(|l| l.1).fold(f32::INFINITY, f32::min);
    let indented = lines.iter().any(|l| l.1 > margin + 5.0);
    let longest = lines.iter().map(|l| l.0.chars().count()).max().unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    let mut last_len = 0;
    for (text, x) in lines {
        let n = text.chars().count();
        let continues = out.last().is_some_and(|prev| {
            let at_margin = x <= margin + 1.0;
            let open = !prev.trim_end().ends_with(['.', ':', ';', '!', '?']);
            at_margin && (indented || (open && last_len * 100 >= longest * 85 && !list_marker(&text)))
        });
        match out.last_mut() {
            Some(prev) if continues => {
                prev.push(' ');
                prev.push_str(text.trim());
            }
            _ => out.push(text),
        }
        last_len = n;
    }
    out
}

/// The text of one page as its operators are run.
struct PageText<'a> {
    encodings: &'a BTreeMap<Vec<u8>, Encoding<'a>>,
    /// The lines so far, with the horizontal position where each starts.
    lines: Vec<(String, f32)>,
    text: String,
    /// The font in use's encoding.
    encoding: Option<&'a Encoding<'a>>,
    /// The text line's vertical position now, and where the text of the line being written was shown.
    x: f32,
    y: f32,
    line_x: f32,
    shown_at: Option<f32>,
}

impl PageText<'_> {
    fn operate(&mut self, operator: &str, operands: &[Object]) {
        let encodings = self.encodings;
        match operator {
            "BT" => (self.x, self.y) = (0.0, 0.0),
            "Tf" => {
                self.encoding = operands.first().and_then(|o| o.as_name().ok()).and_then(|n| encodings.get(n));
            }
            "Td" | "TD" => {
                self.x += number(operands.first());
                self.y += number(operands.get(1));
            }
            "Tm" => (self.x, self.y) = (number(operands.get(4)), number(operands.get(5))),
            "T*" => self.end_line(),
            "Tj" => self.show(operands.first()),
            "'" | "\"" => {
                self.end_line();
                self.show(operands.last());
            }
            "TJ" => {
                for item in operands.first().and_then(|o| o.as_array().ok()).into_iter().flatten() {
                    match item {
                        Object::String(..) => self.show(Some(item)),
                        n if number(Some(n)) < WORD_GAP && !self.text.ends_with(' ') => self.text.push(' '),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }

    fn show(&mut self, string: Option<&Object>) {
        let (Some(Object::String(bytes, _)), Some(encoding)) = (string, self.encoding) else { return };
        if self.shown_at.is_some_and(|y| (y - self.y).abs() > 1.0) {
            self.end_line();
        }
        if self.shown_at.is_none() {
            self.line_x = self.x;
        }
        self.shown_at = Some(self.y);
        if let Ok(text) = lopdf::Document::decode_text(encoding, bytes) {
            self.text.push_str(&text.replace('\0', ""));
        }
    }

    fn end_line(&mut self) {
        let text = std::mem::take(&mut self.text);
        if !text.trim().is_empty() {
            self.lines.push((text, self.line_x));
        }
        self.shown_at = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(lines: &[(&str, f32)]) -> Vec<String> {
        paragraphs(lines.iter().map(|(t, x)| ((*t).to_owned(), *x)).collect())
    }

    #[test]
    fn wrapped_lines_are_joined_and_paragraphs_kept() {
        // First lines indented: a line at the margin continues the paragraph, whatever it ends with.
        let indented = [("Mục tiêu đến năm 2025:", 60.0), ("- 90% hồ sơ công việc cấp", 60.0), ("tỉnh.", 40.0)];
        assert_eq!(joined(&indented), ["Mục tiêu đến năm 2025:", "- 90% hồ sơ công việc cấp tỉnh."]);
        // No indentation: a long line without closing punctuation continues, unless a list item follows.
        let flat = [
            ("Mục tiêu cụ thể", 40.0),
            ("- Tối thiểu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường", 40.0),
            ("mạng.", 40.0),
            ("- Trên 80% hộ gia đình có cáp quang băng rộng đến tận nhà ở khu", 40.0),
            ("+ 100% xã có cáp quang.", 40.0),
        ];
        assert_eq!(
            joined(&flat),
            [
                "Mục tiêu cụ thể",
                "- Tối thiểu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.",
                "- Trên 80% hộ gia đình có cáp quang băng rộng đến tận nhà ở khu",
                "+ 100% xã có cáp quang.",
            ]
        );
        assert!(list_marker("a) Đến năm 2025") && list_marker("1. Mục tiêu") && !list_marker("tỉnh."));
    }
}
