//! Tiers: "cấp tỉnh", "cấp huyện", "cấp xã", "tại tỉnh", and the city's own words, which depend on the
//! plan's unit: "cấp thành phố" is the province tier in a centrally-run city's plan (Cần Thơ) and the
//! plan unit's own level (`own_unit`) in a provincial city's plan (Tây Ninh city).

use super::folded::{find_word, sub, words};
use crate::model::target::Tier;

/// The first tier named in `window` (folded), with the folded offset where its words start.
pub(crate) fn tier_in(window: &str, city_is_province: bool) -> Option<(Tier, usize)> {
    let city = if city_is_province { Tier::Province } else { Tier::OwnUnit };
    let markers: [(&str, Tier); 14] = [
        ("cap tinh", Tier::Province),
        ("tai tinh", Tier::Province),
        ("tuyen tinh", Tier::Province),
        ("cap huyen", Tier::District),
        ("cap quan", Tier::District),
        ("cap xa", Tier::Commune),
        ("cap phuong", Tier::Commune),
        ("cap thanh pho", city),
        ("tai thanh pho", city),
        ("uy ban nhan dan thanh pho", city),
        ("ubnd thanh pho", city),
        ("ubnd tp", city),
        ("uy ban nhan dan tinh", Tier::Province),
        ("ubnd tinh", Tier::Province),
    ];
    markers
        .iter()
        .filter_map(|(m, t)| find_word(window, m).map(|i| (i, *t, *m)))
        // "tại thành phố Tây Ninh" still names the city; "tuyến tỉnh" names hospitals' level, not a tier.
        .filter(|(_, _, m)| *m != "tuyen tinh")
        .min_by_key(|(i, _, _)| *i)
        .map(|(i, t, _)| (t, i))
}

/// The window after a figure in which its tier is looked for: up to nine words, not into a parenthesis.
pub(crate) fn window_after(after: &str) -> &str {
    let cut = after.find(['(', ';']).unwrap_or(after.len());
    let a = sub(after, 0, cut);
    let mut count = 0;
    let mut end = a.len();
    let mut in_word = false;
    for (i, c) in a.char_indices() {
        let w = c.is_ascii_alphanumeric();
        if w && !in_word {
            count += 1;
            if count > 9 {
                end = i;
                break;
            }
        }
        in_word = w;
    }
    sub(a, 0, end)
}

/// Whether a phrase says nothing but its tier ("đối với cấp huyện", "tại cấp xã"), so that the indicator is
/// the previous figure's.
pub(crate) fn only_tier_words(phrase: &str) -> bool {
    let filler =
        ["doi", "voi", "tai", "cap", "tinh", "huyen", "xa", "thanh", "pho", "quan", "phuong", "va", "o", "trong", "do"];
    words(phrase).any(|w| matches!(w, "cap" | "tai" | "voi")) && words(phrase).all(|w| filler.contains(&w))
}
