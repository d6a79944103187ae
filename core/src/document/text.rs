//! Plain text: UTF-8 (with or without a byte order mark) or UTF-16 with its byte order mark; anything
//! else is a typed error (binary, a legacy Vietnamese encoding, another encoding).

use super::error::DocumentError;
use super::legacy;
use super::{Document, Format, Origin, Span, MAX_TEXT_BYTES};

/// Whether a byte is a control byte that no text document holds (tab, newlines, form feed and the
/// escape of old terminals excepted).
fn control(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0x1B)
}

/// The text of UTF-16 bytes after their byte order mark, and the byte offset where each UTF-16 unit
/// starts. `None` when they do not decode.
fn utf16(body: &[u8], big_endian: bool) -> Option<String> {
    let units = body.chunks_exact(2).map(|p| match p {
        [a, b] if big_endian => u16::from_be_bytes([*a, *b]),
        [a, b] => u16::from_le_bytes([*a, *b]),
        _ => 0,
    });
    if !body.len().is_multiple_of(2) {
        return None;
    }
    char::decode_utf16(units).collect::<Result<String, _>>().ok()
}

/// Reads plain text. Lines map to their byte offset in `bytes` (for UTF-16, counting two or four bytes
/// per character after the two of the byte order mark).
pub(super) fn read(bytes: &[u8]) -> Result<Document, DocumentError> {
    let (text, bom, unit) = if let Some(body) = bytes.strip_prefix(b"\xFF\xFE") {
        (utf16(body, false).ok_or(DocumentError::UnknownEncoding { at: 2 })?, 2, 2)
    } else if let Some(body) = bytes.strip_prefix(b"\xFE\xFF") {
        (utf16(body, true).ok_or(DocumentError::UnknownEncoding { at: 2 })?, 2, 2)
    } else {
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let bom = bytes.len() - body.len();
        if let Some(at) = body.iter().position(|&b| control(b)) {
            return Err(DocumentError::Binary { at: at + bom });
        }
        match std::str::from_utf8(body) {
            Ok(t) => (t.to_owned(), bom, 1),
            Err(e) => {
                return Err(match legacy::detect(body) {
                    Some((encoding, at)) => DocumentError::LegacyEncoding { encoding, at: at + bom },
                    None => DocumentError::UnknownEncoding { at: e.valid_up_to() + bom },
                })
            }
        }
    };
    if unit == 2 {
        if let Some(at) = text.chars().position(|c| u32::from(c) < 0x20 && control(c as u8)) {
            return Err(DocumentError::Binary { at: bom + 2 * at });
        }
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(DocumentError::TooLarge { size: text.len(), limit: MAX_TEXT_BYTES, what: "text" });
    }
    // Unicode text typed in a legacy font and converted as Latin-1 ("Th¸ng") is still legacy text.
    if let Some((encoding, at)) = legacy::detect_in_text(&text) {
        return Err(DocumentError::LegacyEncoding { encoding, at: bom + at * unit });
    }
    Ok(Document { format: Format::Text, spans: spans(&text, bom, unit), text })
}

/// One span per non-empty line; the byte offset is in the source (`bom` plus the encoded length before).
fn spans(text: &str, bom: usize, unit: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let (mut chars, mut byte) = (0, bom);
    for (i, line) in text.split('\n').enumerate() {
        let n = line.chars().count();
        let content = line.trim_end_matches('\r');
        if !content.trim().is_empty() {
            let end = chars + content.chars().count();
            out.push(Span { start: chars, end, origin: Origin::Line { line: i, byte } });
        }
        chars += n + 1;
        byte += if unit == 1 { line.len() + 1 } else { line.encode_utf16().count() * 2 + 2 };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_and_utf16_read_with_byte_offsets_of_the_source() {
        let d = read("Mục tiêu\r\n\r\nĐến năm 2025".as_bytes()).unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(d.spans.len(), 2);
        assert_eq!(d.spans[1].origin, Origin::Line { line: 2, byte: 15 });
        assert_eq!(d.text.chars().skip(d.spans[1].start).take(3).collect::<String>(), "Đến");
        let mut le = vec![0xFF, 0xFE];
        le.extend("Ấp\nBa".encode_utf16().flat_map(u16::to_le_bytes));
        let d = read(&le).unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(d.text, "Ấp\nBa");
        assert_eq!(d.spans[1].origin, Origin::Line { line: 1, byte: 8 });
        let mut be = vec![0xFE, 0xFF];
        be.extend("Ấp".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(read(&be).map(|d| d.text), Ok("Ấp".to_owned()));
    }

    #[test]
    fn binary_and_broken_utf16_are_typed_errors() {
        assert_eq!(read(b"abc\x00def"), Err(DocumentError::Binary { at: 3 }));
        assert_eq!(read(b"\xFF\xFEa"), Err(DocumentError::UnknownEncoding { at: 2 }));
        assert_eq!(read(b"\xFF\xFE\x00\xD8\x41\x00"), Err(DocumentError::UnknownEncoding { at: 2 }));
        assert_eq!(read(b"caf\xE9 cr\xE8me"), Err(DocumentError::UnknownEncoding { at: 3 }));
    }
}
