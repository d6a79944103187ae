//! The text of a document built line by line, each line with its origin.

use super::error::DocumentError;
use super::{Document, Format, Origin, Span, MAX_TEXT_BYTES};

/// Lines written so far, their spans, and the character count (offsets are in characters).
#[derive(Debug, Default)]
pub(super) struct Lines {
    text: String,
    chars: usize,
    spans: Vec<Span>,
}

impl Lines {
    /// Appends one line (runs of white space other than tabs and newlines made one space, ends trimmed)
    /// with its origin; a blank line is skipped. Fails once the text passes [`MAX_TEXT_BYTES`].
    pub(super) fn push(&mut self, line: &str, origin: Origin) -> Result<(), DocumentError> {
        let line = tidy(line);
        if line.is_empty() {
            return Ok(());
        }
        if self.text.len() + line.len() + 1 > MAX_TEXT_BYTES {
            return Err(DocumentError::TooLarge {
                size: self.text.len() + line.len() + 1,
                limit: MAX_TEXT_BYTES,
                what: "text",
            });
        }
        let n = line.chars().count();
        self.spans.push(Span { start: self.chars, end: self.chars + n, origin });
        self.text.push_str(&line);
        self.text.push('\n');
        self.chars += n + 1;
        Ok(())
    }

    /// The document.
    pub(super) fn finish(self, format: Format) -> Document {
        Document { format, text: self.text, spans: self.spans }
    }
}

/// A line as written: spaces (not tabs nor newlines) collapsed, no-break spaces made spaces, each
/// physical line and each tab-separated cell trimmed.
fn tidy(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for (i, physical) in line.split('\n').map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for (j, cell) in physical.split('\t').enumerate() {
            if j > 0 {
                out.push('\t');
            }
            let mut space = false;
            for c in cell.trim_matches(|c: char| c.is_whitespace()).chars() {
                if c.is_whitespace() {
                    space = true;
                } else {
                    if space {
                        out.push(' ');
                    }
                    space = false;
                    out.push(c);
                }
            }
        }
    }
    out.trim_end_matches('\t').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_their_character_offsets_and_tidy_space() {
        let mut l = Lines::default();
        let p = |n| Origin::Paragraph { paragraph: n, heading: None, byte: 0 };
        l.push("  Mục   tiêu\u{a0}đến năm 2025 ", p(0)).ok();
        l.push(" \n ", p(1)).ok();
        l.push("a\t b \t", Origin::Row { table: 0, row: 0, byte: 9 }).ok();
        let d = l.finish(Format::Html);
        assert_eq!(d.text, "Mục tiêu đến năm 2025\na\tb\n");
        assert_eq!((d.spans[0].start, d.spans[0].end), (0, 21));
        assert_eq!((d.spans[1].start, d.spans[1].end), (22, 25));
        assert_eq!(d.locate(23).map(|s| s.origin.clone()), Some(Origin::Row { table: 0, row: 0, byte: 9 }));
    }
}
