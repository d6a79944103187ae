//! Lowercase for matching names and words case-insensitively ("Thành phố" and "thành phố", "NĂM 2023",
//! "Cấp Tỉnh"): the Latin letters Vietnamese and the catalogue's English are written with, without the standard
//! library's table of every script. `char::to_lowercase` keeps a 13 KB table, the largest in the dashboard's
//! WebAssembly module once its bundled data went out (11 KB gzipped; 4 Dec 2026).

/// The lowercase of a Latin letter as Unicode has it: ASCII, Latin-1, Latin Extended-A, the pairs of Latin
/// Extended-B that sit side by side ('Ơ', 'Ư', and 'Ƣ', which text from PDFs set in some Vietnamese fonts has
/// for 'Ư'), and Latin Extended Additional (every letter with Vietnamese tone marks). Any other character is
/// returned as it is. 'İ' (U+0130), whose lowercase is two characters, gives 'i', as
/// `char::to_lowercase().next()` does.
pub(crate) fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let u = u32::from(c);
    let even = u % 2 == 0;
    let lower = match u {
        0xc0..=0xd6 | 0xd8..=0xde => u + 0x20,
        0x100..=0x12f
        | 0x132..=0x137
        | 0x14a..=0x177
        | 0x1a0..=0x1a5
        | 0x1de..=0x1ef
        | 0x1f8..=0x21f
        | 0x222..=0x233
        | 0x1e00..=0x1e95
        | 0x1ea0..=0x1eff
            if even =>
        {
            u + 1
        }
        0x139..=0x148 | 0x179..=0x17e | 0x1cd..=0x1dc if !even => u + 1,
        0x130 => 0x69,
        0x178 => 0xff,
        0x1af => u + 1,
        0x1e9e => 0xdf,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `text` with each character through [`lower`].
pub(crate) fn lowercase(text: &str) -> String {
    text.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ranges [`lower`] covers, where it must agree with the standard library on every character.
    const COVERED: [(u32, u32); 8] = [
        (0, 0x17f),
        (0x1a0, 0x1a5),
        (0x1af, 0x1b0),
        (0x1cd, 0x1dc),
        (0x1de, 0x1ef),
        (0x1f8, 0x21f),
        (0x222, 0x233),
        (0x1e00, 0x1eff),
    ];

    #[test]
    fn every_latin_letter_lowercases_as_the_standard_library_does() {
        let mut checked = 0;
        for (from, to) in COVERED {
            for c in (from..=to).filter_map(char::from_u32) {
                let std = c.to_lowercase().next().unwrap();
                assert_eq!(lower(c), std, "U+{:04X} {c}", u32::from(c));
                checked += 1;
            }
        }
        assert_eq!(checked, 0x180 + 6 + 2 + 16 + 18 + 40 + 18 + 0x100);
    }

    #[test]
    fn vietnamese_words_lowercase_and_other_scripts_stay() {
        assert_eq!(
            lowercase("THÀNH PHỐ Hồ Chí Minh, ĐẶC KHU, Cấp Tỉnh, NĂM 2023"),
            "thành phố hồ chí minh, đặc khu, cấp tỉnh, năm 2023"
        );
        assert_eq!(lowercase("ƠƯƢỲỴỶỸÝ"), "ơưƣỳỵỷỹý");
        // Outside the Latin letters: unchanged (Greek, Cyrillic), where the standard library would lowercase.
        assert_eq!(lowercase("ΣΑ Жд"), "ΣΑ Жд");
        assert_eq!(lower('İ'), 'i');
    }
}
