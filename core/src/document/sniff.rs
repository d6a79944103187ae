//! Which format a document is in: from its magic bytes first, then from the hint.

use super::error::DocumentError;
use super::format::Format;

/// The format the hint names: an extension (`docx`, `.pdf`), a file name or a MIME type.
fn hinted(hint: &str) -> Option<Format> {
    let h = hint.trim().to_ascii_lowercase();
    let h = h.split(';').next().unwrap_or_default().trim();
    let ext = h.rsplit(['.', '/']).next().unwrap_or(h);
    match ext {
        "docx" | "vnd.openxmlformats-officedocument.wordprocessingml.document" => Some(Format::Docx),
        "html" | "htm" | "xhtml" | "xhtml+xml" => Some(Format::Html),
        "pdf" => Some(Format::Pdf),
        "txt" | "text" | "plain" => Some(Format::Text),
        _ => None,
    }
}

/// Formats refused by their magic bytes, with what to do instead.
fn unsupported(bytes: &[u8]) -> Option<DocumentError> {
    let (format, why) = if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        ("Word 97-2003 (.doc)", "open it in Word or LibreOffice and save it as .docx")
    } else if bytes.starts_with(b"{\\rtf") {
        ("Rich Text Format (.rtf)", "save it as .docx or as UTF-8 text")
    } else {
        return None;
    };
    Some(DocumentError::FormatUnsupported { format: format.to_owned(), why: why.to_owned() })
}

/// The first bytes as lower-case ASCII text, with a byte order mark and white space skipped.
fn opening(bytes: &[u8]) -> String {
    let head = bytes.get(..1024).unwrap_or(bytes);
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    String::from_utf8_lossy(head).trim_start().to_ascii_lowercase()
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let open = opening(bytes);
    ["<!doctype html", "<html", "<head", "<body", "<meta", "<title"].iter().any(|t| open.starts_with(t))
        || (open.starts_with('<') && ["<p>", "<p ", "<div", "<br", "<table", "<h1"].iter().any(|t| open.contains(t)))
}

/// The format of `bytes`, or why it cannot be read.
pub(super) fn detect(bytes: &[u8], hint: Option<&str>) -> Result<Format, DocumentError> {
    let hinted = hint.and_then(hinted);
    if let Some(e) = unsupported(bytes) {
        return Err(e);
    }
    if bytes.get(..1024).unwrap_or(bytes).windows(5).any(|w| w == b"%PDF-") {
        return Ok(Format::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Ok(Format::Docx);
    }
    match hinted {
        Some(Format::Docx) => return Err(DocumentError::NotADocx {
            why:
                "the bytes are not a zip archive (a .docx is a zip of XML parts; an old .doc or a renamed file is not)"
                    .to_owned(),
        }),
        Some(Format::Pdf) => {
            return Err(DocumentError::UnreadablePdf {
                why: "no `%PDF-` header in the first kilobyte: the bytes are not a PDF".to_owned(),
            })
        }
        Some(Format::Html) => return Ok(Format::Html),
        _ => {}
    }
    if hinted != Some(Format::Text) && looks_like_html(bytes) {
        return Ok(Format::Html);
    }
    Ok(Format::Text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_bytes_decide_and_the_hint_settles_the_rest() {
        assert_eq!(detect(b"%PDF-1.7\n", Some("plan.txt")), Ok(Format::Pdf));
        assert_eq!(detect(b"PK\x03\x04rest", None), Ok(Format::Docx));
        assert_eq!(detect(b"<!DOCTYPE html><p>x", None), Ok(Format::Html));
        assert_eq!(detect(b"\xEF\xBB\xBF  <html>", None), Ok(Format::Html));
        assert_eq!(detect(b"a < b and <p> c", Some("text/html; charset=utf-8")), Ok(Format::Html));
        assert_eq!(detect(b"<html>", Some("plan.txt")), Ok(Format::Text));
        assert_eq!(detect("Mục tiêu".as_bytes(), None), Ok(Format::Text));
        assert!(matches!(detect(b"hello", Some("PLAN.DOCX")), Err(DocumentError::NotADocx { .. })));
        assert!(matches!(detect(b"hello", Some("application/pdf")), Err(DocumentError::UnreadablePdf { .. })));
        let doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0];
        assert!(matches!(detect(&doc, Some("a.doc")), Err(DocumentError::FormatUnsupported { .. })));
    }
}
