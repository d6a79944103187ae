//! The names (folded) of the provinces and centrally-run cities, as texts spell them, and where a run of words opens or
//! ends with one: the plan's own unit, another province's figures, a committee's unit.

use super::folded::{ends_with_words, starts_with_words, sub};

/// The provinces and centrally-run cities (folded) before 1 July 2025, whose names the 34 after it keep, with
/// the spellings texts use ("Daklak", "Kontum"; "Bà Rịa - Vũng Tàu" read to its dash): only these follow "tỉnh" as a
/// province's name, not a person's ("Phó Chủ tịch UBND tỉnh Đặng Quốc Vinh").
const PROVINCES: [&str; 70] = [
    "an giang",
    "ba ria",
    "ba ria vung tau",
    // With its dash, as texts write it, so that a list's "tỉnh Bà Rịa - Vũng Tàu 91,5%" ends with a province's name
    // (quang_binh_bao_hiem_y_te_2025, a development text).
    "ba ria - vung tau",
    "ba ria-vung tau",
    "bac giang",
    "bac kan",
    "bac can",
    "bac lieu",
    "bac ninh",
    "ben tre",
    "binh dinh",
    "binh duong",
    "binh phuoc",
    "binh thuan",
    "ca mau",
    "cao bang",
    "dak lak",
    "daklak",
    "dak nong",
    "dien bien",
    "dong nai",
    "dong thap",
    "gia lai",
    "ha giang",
    "ha nam",
    "ha tinh",
    "hai duong",
    "hau giang",
    "hoa binh",
    "hung yen",
    "khanh hoa",
    "kien giang",
    "kon tum",
    "kontum",
    "lai chau",
    "lam dong",
    "lang son",
    "lao cai",
    "long an",
    "nam dinh",
    "nghe an",
    "ninh binh",
    "ninh thuan",
    "phu tho",
    "phu yen",
    "quang binh",
    "quang nam",
    "quang ngai",
    "quang ninh",
    "quang tri",
    "soc trang",
    "son la",
    "tay ninh",
    "thai binh",
    "thai nguyen",
    "thanh hoa",
    "thua thien hue",
    "tien giang",
    "tra vinh",
    "tuyen quang",
    "vinh long",
    "vinh phuc",
    "yen bai",
    "ha noi",
    "ho chi minh",
    "hai phong",
    "da nang",
    "can tho",
    "hue",
];

/// Whether a folded name read after "tỉnh" is a province's.
pub(crate) fn named(folded: &str) -> bool {
    PROVINCES.contains(&folded)
}

/// The province or centrally-run city (folded) whose name folded `words` end with, with or without "tỉnh", "thành
/// phố" or "TP" before it ("tinh an giang", "thanh pho ho chi minh", "ha noi"), and the words before that.
pub(crate) fn ending(words: &str) -> Option<(&'static str, &str)> {
    let w = words.trim();
    let (p, rest) = PROVINCES
        .iter()
        .filter(|p| ends_with_words(w, p))
        .map(|p| (*p, sub(w, 0, w.len() - p.len()).trim_end()))
        .max_by_key(|(p, _)| p.len())?;
    let rest = ["tinh", "thanh pho", "tp"]
        .iter()
        .find(|x| ends_with_words(rest, x))
        .map_or(rest, |x| sub(rest, 0, rest.len() - x.len()).trim_end());
    Some((p, rest))
}

/// The province or centrally-run city (folded) whose name folded `words` open with (the longest: "ba ria vung tau",
/// not "ba ria").
pub(crate) fn opening(words: &str) -> Option<&'static str> {
    PROVINCES.iter().filter(|p| starts_with_words(words, p)).max_by_key(|p| p.len()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_province_ends_the_words() {
        assert_eq!(ending("cua thanh pho ha noi"), Some(("ha noi", "cua")));
        assert_eq!(ending("tinh an giang"), Some(("an giang", "")));
        assert_eq!(ending("thanh pho ho chi minh"), Some(("ho chi minh", "")));
        // The longest name: "Thừa Thiên Huế", not "Huế".
        assert_eq!(ending("tinh thua thien hue"), Some(("thua thien hue", "")));
        assert_eq!(ending("ty le bao phu"), None);
        // A name with its dash (quang_binh_bao_hiem_y_te_2025, a development text).
        assert_eq!(ending("tinh ba ria - vung tau"), Some(("ba ria - vung tau", "")));
    }

    #[test]
    fn a_province_opens_the_words() {
        assert_eq!(opening("ha noi dang quyet liet"), Some("ha noi"));
        assert_eq!(opening("thua thien hue da"), Some("thua thien hue"));
        assert_eq!(opening("ha noii"), None);
        assert_eq!(opening("dang quyet liet"), None);
        assert!(named("daklak") && named("thua thien hue") && !named("dang quoc vinh"));
    }
}
