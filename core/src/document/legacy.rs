//! Vietnamese text in the pre-Unicode font encodings still found in older files: TCVN3 (ABC), where
//! each accented letter is one byte of its own (`Th¸ng`, `®Õn n¨m`), and VNI, where a plain vowel is
//! followed by a byte for its marks (`Thaùng`, `ñeán naêm`). Neither can be told from Latin-1 by the
//! bytes alone, so they are recognised by how those bytes sit in words, and refused with the way to
//! convert them rather than read as nonsense.

use serde::{Deserialize, Serialize};

/// A legacy Vietnamese encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LegacyEncoding {
    /// TCVN 5712:1993 "ABC" (fonts `.VnTime`, `.VnArial`).
    Tcvn3,
    /// VNI Windows (fonts `VNI-Times`, `VNI-Helve`).
    Vni,
}

impl LegacyEncoding {
    /// How to convert such text to Unicode.
    pub fn how_to_convert(self) -> String {
        format!(
            "open UniKey Toolkit (Ctrl+Shift+F6), choose source `{}` and destination `Unicode`, convert the \
             text (or the .docx/.rtf file), then save it as UTF-8 text or .docx",
            match self {
                Self::Tcvn3 => "TCVN3 (ABC)",
                Self::Vni => "VNI Windows",
            }
        )
    }
}

impl std::fmt::Display for LegacyEncoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Tcvn3 => "TCVN3 (ABC)",
            Self::Vni => "VNI Windows",
        })
    }
}

/// The bytes VNI writes after a vowel for its marks (lower case; upper case is 0x20 less).
const VNI_MARKS: [u32; 17] =
    [0xF8, 0xF9, 0xFB, 0xF5, 0xEF, 0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4, 0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB];

fn ascii_vowel(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| "aeiouyAEIOUY".contains(c))
}

fn ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}

fn vni_mark(c: u32) -> bool {
    VNI_MARKS.contains(&c) || VNI_MARKS.contains(&(c + 0x20))
}

/// Votes over code points 0..=0xFF read as Latin-1, each with its position.
#[derive(Debug, Default)]
struct Votes {
    high: usize,
    letters: usize,
    tcvn: usize,
    vni: usize,
    symbols: usize,
    first: Option<usize>,
}

fn count(codes: impl Iterator<Item = (usize, u32)>) -> Votes {
    let mut v = Votes::default();
    let mut prev = u32::from(b' ');
    for (at, c) in codes {
        if ascii_letter(c) {
            v.letters += 1;
        }
        if (0xA1..=0xFE).contains(&c) && c != 0xD7 && c != 0xF7 {
            v.high += 1;
            v.first.get_or_insert(at);
            if ascii_vowel(prev) && vni_mark(c) {
                v.vni += 1;
            } else if ascii_letter(prev) {
                v.tcvn += 1;
                // TCVN3's commonest letters are Latin-1's symbols (¨ ® µ ¸ ...), which no word holds.
                if c <= 0xBF {
                    v.symbols += 1;
                }
            }
            // "đ" and "Đ": one byte of its own in TCVN3 (® §), "ñ" "Ñ" opening a word in VNI.
            if c == 0xAE || c == 0xA7 {
                v.tcvn += 2;
            }
            if (c == 0xF1 || c == 0xD1) && !ascii_letter(prev) {
                v.vni += 2;
            }
        }
        prev = c;
    }
    v
}

fn verdict(v: &Votes, strict: bool) -> Option<(LegacyEncoding, usize)> {
    if v.high < 3 || v.tcvn + v.vni < v.high / 2 {
        return None;
    }
    let encoding = if v.vni > v.tcvn { LegacyEncoding::Vni } else { LegacyEncoding::Tcvn3 };
    // Unicode text: the odd letters must be dense, and in the places only a legacy font puts them.
    let sure = match encoding {
        LegacyEncoding::Tcvn3 => v.symbols >= 3,
        LegacyEncoding::Vni => v.vni >= 5 && v.vni * 2 >= v.high,
    };
    if strict && (v.high * 20 < v.letters || !sure) {
        return None;
    }
    v.first.map(|at| (encoding, at))
}

/// The legacy encoding bytes that are not UTF-8 look like, and the offset of the first byte typical of it.
pub(super) fn detect(bytes: &[u8]) -> Option<(LegacyEncoding, usize)> {
    verdict(&count(bytes.iter().enumerate().map(|(i, &b)| (i, u32::from(b)))), false)
}

/// Whether a letter is one only Vietnamese writes (ă, đ, ơ, ư and the letters with a tone below or a
/// hook), or a combining mark Vietnamese text in NFD uses.
fn vietnamese(c: char) -> bool {
    matches!(u32::from(c), 0x102 | 0x103 | 0x110 | 0x111 | 0x1A0 | 0x1A1 | 0x1AF | 0x1B0 | 0x300..=0x323 | 0x1EA0..=0x1EF9)
}

/// As [`detect`], for text that decoded as Unicode but was converted from a legacy font as if it were
/// Latin-1 ("Th¸ng"): only when no Vietnamese letter is written in Unicode and the odd letters are
/// dense enough not to be a Western text's accents. The offset is in characters.
pub(super) fn detect_in_text(text: &str) -> Option<(LegacyEncoding, usize)> {
    if text.chars().any(vietnamese) {
        return None;
    }
    verdict(&count(text.chars().enumerate().map(|(i, c)| (i, u32::from(c)))), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tcvn3_and_vni_are_told_apart() {
        // "Thành phố Cần Thơ phấn đấu đến năm 2025" in TCVN3 and in VNI.
        let tcvn = b"Th\xb5nh ph\xe8 C\xc7n Th\xac ph\xcan \xae\xcau \xae\xd5n n\xa8m 2025";
        assert_eq!(detect(tcvn), Some((LegacyEncoding::Tcvn3, 2)));
        let vni = b"Tha\xf8nh pho\xe1 Ca\xe0n Th\xf4 pha\xe1n \xf1a\xe1u \xf1e\xe1n na\xeam 2025";
        assert_eq!(detect(vni), Some((LegacyEncoding::Vni, 3)));
        assert_eq!(detect(b"caf\xe9 cr\xe8me"), None);
    }

    #[test]
    fn unicode_text_is_legacy_only_without_vietnamese_letters_and_densely_odd() {
        assert!(detect_in_text("Thµnh phè CÇn Th¬ phÊn ®Êu ®Õn n¨m 2025").is_some());
        assert_eq!(detect_in_text("Thành phố Cần Thơ phấn đấu đến năm 2025 ®"), None);
        assert_eq!(detect_in_text("Le café de la crème, à côté de la rivière, près du théâtre"), None);
    }
}
