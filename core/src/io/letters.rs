//! Vietnamese letters folded for matching words: lowercase ASCII without tone and vowel marks ("Tối thiểu" is
//! "toi thieu"), the same whether the text came precomposed (NFC) or decomposed (NFD), since a combining mark
//! folds to nothing. The plan reader's folded text is made of it, and so is the match of an amount's scale
//! word ("triệu đồng"); it needs no Unicode normalisation tables, which made the dashboard's WebAssembly
//! module a fifth larger.

/// The folded form of one character; `None` for a combining mark, which folds into its base letter.
pub(crate) fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(match c {
            '\r' | '\t' => ' ',
            _ => c.to_ascii_lowercase(),
        });
    }
    if ('\u{0300}'..='\u{036f}').contains(&c) {
        return None;
    }
    let lower = crate::model::letter_case::lower(c);
    // Vietnamese vowels with their marks (the tests check every one): a match, where a search of strings of
    // them was a tenth of the reader's time.
    let folded = match lower {
        'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ằ' | 'ắ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ầ' | 'ấ' | 'ẩ' | 'ẫ' | 'ậ' => {
            'a'
        }
        'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ề' | 'ế' | 'ể' | 'ễ' | 'ệ' => 'e',
        'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' => 'i',
        'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ồ' | 'ố' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ờ' | 'ớ' | 'ở' | 'ỡ' | 'ợ' => {
            'o'
        }
        // 'ƣ' (U+01A3, "oi") is what text taken from PDFs set in some Vietnamese fonts has for 'ư' ("dƣới",
        // "ngƣời").
        'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ư' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự' | 'ƣ' => 'u',
        'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' => 'y',
        'đ' => 'd',
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' | '\u{3000}' => ' ',
        '–' | '—' | '−' | '‐' | '‑' => '-',
        '“' | '”' | '„' => '"',
        '‘' | '’' => '\'',
        '…' => '.',
        '•' | '·' | '●' | '▪' => '*',
        '\u{2028}' | '\u{2029}' | '\u{85}' => '\n',
        c if c.is_alphabetic() => 'x',
        c if c.is_whitespace() => ' ',
        _ => '~',
    };
    Some(folded)
}

/// `text` folded character by character (see [`fold_char`]).
pub(crate) fn fold(text: &str) -> String {
    text.chars().filter_map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vietnamese_vowel_folds_to_its_base_letter_in_either_case() {
        let vowels = [
            ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
            ("èéẻẽẹêềếểễệ", 'e'),
            ("ìíỉĩị", 'i'),
            ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
            // With 'ƣ', which text from PDFs in some fonts has for 'ư'.
            ("ùúủũụưừứửữựƣ", 'u'),
            ("ỳýỷỹỵ", 'y'),
        ];
        for (letters, base) in vowels {
            for c in letters.chars().chain(letters.to_uppercase().chars()) {
                assert_eq!(fold_char(c), Some(base), "{c}");
            }
        }
        assert_eq!(fold("ĐỒNG Tháp"), "dong thap");
        // Decomposed (NFD): the marks fold to nothing.
        assert_eq!(fold("Tri\u{ea}\u{323}u \u{111}o\u{302}\u{300}ng"), "trieu dong");
        assert_eq!(fold_char('\u{301}'), None);
        assert_eq!(fold_char('ß'), Some('x'));
        // The folded text is ASCII, byte for character (the reader's `Folded::new` stores bytes).
        for c in ('\0'..='\u{3100}').chain(['\u{1f600}']) {
            assert!(fold_char(c).is_none_or(|f| f.is_ascii()), "{c:?}");
        }
    }
}
