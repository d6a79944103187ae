//! The names (folded) of the provinces and centrally-run cities, as texts spell them, and where a run of words opens or
//! ends with one: the plan's own unit, another province's figures, a committee's unit.

use super::folded::{ends_with_words, starts_with_words, sub};

/// The provinces and centrally-run cities (folded) before 1 July 2025, whose names the 34 after it keep; with the other
/// spellings texts use ([`SPELLINGS`]), only these follow "tỉnh" as a province's name, not a person's ("Phó Chủ tịch
/// UBND tỉnh Đặng Quốc Vinh").
const PROVINCES: [&str; 65] = [
    "an giang",
    "ba ria",
    "ba ria vung tau",
    "bac giang",
    "bac kan",
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

/// Other spellings of a name (folded) and the name they spell, so that a list's "TP.HCM 91,25%" in Hồ Chí Minh City's
/// plan, or "tỉnh Daklak" in Đắk Lắk's, is the plan's own figure.
const SPELLINGS: [(&str, &str); 12] = [
    // With its dash, as texts write it, so that a list's "tỉnh Bà Rịa - Vũng Tàu 91,5%" ends with a province's name
    // (quang_binh_bao_hiem_y_te_2025, a development text); and "Thừa Thiên - Huế" the same way.
    ("ba ria - vung tau", "ba ria vung tau"),
    ("ba ria-vung tau", "ba ria vung tau"),
    // And with a dash that has a space on one side only, or an en dash (ba_ria_vung_tau, a development text).
    ("ba ria- vung tau", "ba ria vung tau"),
    ("ba ria – vung tau", "ba ria vung tau"),
    ("thua thien - hue", "thua thien hue"),
    ("thua thien-hue", "thua thien hue"),
    ("thua thien – hue", "thua thien hue"),
    ("daklak", "dak lak"),
    ("kontum", "kon tum"),
    ("bac can", "bac kan"),
    // "TP.HCM", "TPHCM", "TP HCM".
    ("hcm", "ho chi minh"),
    ("tphcm", "ho chi minh"),
];

/// Every name and spelling (folded) of a province or centrally-run city.
pub(crate) fn names() -> impl Iterator<Item = &'static str> {
    PROVINCES.iter().copied().chain(SPELLINGS.iter().map(|(spelling, _)| *spelling))
}

/// Whether a folded name read after "tỉnh" is a province's.
pub(crate) fn named(folded: &str) -> bool {
    names().any(|p| p == folded)
}

/// The province or centrally-run city (folded, as `SPELLINGS` spell it) whose name folded `words` end with, with or
/// without "tỉnh", "thành phố" or "TP" before it ("tinh an giang", "thanh pho ho chi minh", "tp. hcm", "ha noi"), and
/// the words before that. Signs after the name ("tỉnh An Giang -") are not words.
pub(crate) fn ending(words: &str) -> Option<(&'static str, &str)> {
    let w = words.trim_end_matches(|c: char| !c.is_ascii_alphanumeric()).trim_start();
    let (p, rest) = names()
        .filter(|p| ends_with_words(w, p))
        .map(|p| (p, sub(w, 0, w.len() - p.len()).trim_end()))
        .max_by_key(|(p, _)| p.len())?;
    // "TP." as "TP": the dot is not a word.
    let bare = rest.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    let rest = ["tinh", "thanh pho", "tp"]
        .iter()
        .find(|x| ends_with_words(bare, x))
        .map_or(rest, |x| sub(bare, 0, bare.len() - x.len()).trim_end());
    Some((spelt(p), rest))
}

/// The name (folded) a folded spelling of a province or city spells: "ho chi minh" for "hcm", "dak lak" for "daklak";
/// any other name as it is.
pub(crate) fn spelt(name: &str) -> &str {
    SPELLINGS.iter().find(|(s, _)| *s == name).map_or(name, |(_, n)| n)
}

/// Whether two folded names of provinces or cities name one unit: spelt alike (`SPELLINGS`), or one the other's
/// whole words at its end ("thua thien hue" and "hue", since 2025 the city of Huế) or start ("thua thien", as a
/// plan's unit may be read).
pub(crate) fn same(a: &str, b: &str) -> bool {
    let (a, b) = (spelt(a.trim()), spelt(b.trim()));
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && (ends_with_words(long, short) || starts_with_words(long, short))
}

/// The province or centrally-run city (folded) whose name folded `words` open with (the longest: "ba ria vung tau",
/// not "ba ria").
pub(crate) fn opening(words: &str) -> Option<&'static str> {
    names().filter(|p| starts_with_words(words, p)).max_by_key(|p| p.len())
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
        assert_eq!(ending("tinh ba ria - vung tau"), Some(("ba ria vung tau", "")));
        assert_eq!(ending("tinh thua thien - hue"), Some(("thua thien hue", "")));
        assert_eq!(ending("tp. hcm"), Some(("ho chi minh", "")));
        assert_eq!(ending("tp.hcm"), Some(("ho chi minh", "")));
        // Signs after the name are not words.
        assert_eq!(ending("tinh an giang -"), Some(("an giang", "")));
        assert_eq!(ending("cua tinh daklak"), Some(("dak lak", "cua")));
    }

    #[test]
    fn a_province_opens_the_words() {
        assert_eq!(opening("ha noi dang quyet liet"), Some("ha noi"));
        assert_eq!(opening("thua thien hue da"), Some("thua thien hue"));
        assert_eq!(opening("ha noii"), None);
        assert_eq!(opening("dang quyet liet"), None);
        assert!(named("daklak") && named("thua thien hue") && !named("dang quoc vinh"));
    }

    #[test]
    fn spellings_of_one_name_are_one_unit() {
        assert!(same("ba ria - vung tau", "ba ria vung tau"));
        assert!(same("hcm", "ho chi minh"));
        assert!(same("dak lak", "daklak"));
        // Huế, the city since 2025, and Thừa Thiên Huế, the province it was.
        assert!(same("hue", "thua thien hue"));
        assert!(same("thua thien", "thua thien hue"));
        assert!(!same("ha noi", "ho chi minh"));
        assert!(!same("an giang", "kien giang"));
        assert!(!same("", "an giang"));
    }
}
