//! Tiers: "cấp tỉnh", "cấp huyện", "cấp xã", "tại tỉnh", and the city's own words, which depend on the
//! plan's unit: "cấp thành phố" is the province tier in a centrally-run city's plan (Cần Thơ) and the
//! plan unit's own level (`own_unit`) in a provincial city's plan (Tây Ninh city).

use super::folded::{ends_with_words, find_any_words, find_words, starts_with_words, sub, words, year_word};
use crate::model::target::Tier;

/// The first tier named in `window` (folded), with the folded offset where its words start.
pub(crate) fn tier_in(window: &str, city_is_province: bool) -> Option<(Tier, usize)> {
    let city = city_tier(city_is_province);
    let markers: [(&str, Tier); 17] = [
        ("cap tinh", Tier::Province),
        // The national programme's "90% hồ sơ công việc tại cấp bộ, tỉnh" (Quyết định 749/QĐ-TTg): the ministries' and
        // provinces' level, the province's tier in its plans (a probe of 6 Dec 2026).
        ("cap bo, tinh", Tier::Province),
        // "hồ sơ công việc tại các cơ quan thành phố, 50% ... tại cấp huyện" (hai_phong_2022): the agencies of the
        // province or city, a level of government as "cấp tỉnh" is.
        ("co quan tinh", Tier::Province),
        ("co quan thanh pho", city),
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
    let words: [&str; 17] = markers.map(|(m, _)| m);
    // Each marker's first place, found in one pass over the window's words.
    let mut first: [Option<usize>; 17] = [None; 17];
    for (i, k) in find_any_words(window, &words) {
        if let Some(slot @ None) = first.get_mut(k) {
            *slot = Some(i);
        }
    }
    markers
        .iter()
        .zip(first)
        .filter_map(|((m, t), i)| i.map(|i| (i, *t, *m)))
        // "tại thành phố Tây Ninh" still names the city; "tuyến tỉnh" names hospitals' level, not a tier.
        .filter(|(_, _, m)| *m != "tuyen tinh")
        // "100% đơn vị hành chính cấp xã", "trạm truyền thanh cấp xã": places covered, not a level of government.
        .filter(|(i, _, _)| !places_before(sub(window, 0, *i)))
        // "điểm du lịch cấp tỉnh", "di tích cấp tỉnh", "sản phẩm OCOP 3 sao cấp tỉnh": the rank a thing is recognised
        // at, not a level of government.
        .filter(|(i, _, _)| !ranked_before(sub(window, 0, *i)))
        // "chỉ số năng lực cạnh tranh cấp tỉnh" (PCI), "chỉ số chuyển đổi số cấp tỉnh" (DTI): an index's name.
        .filter(|(i, _, _)| !index_name_before(sub(window, 0, *i)))
        // "UBND tỉnh (vừa) ban hành kế hoạch ...": the committee that issues the plan, not a tier.
        .filter(|(i, _, m)| !issues(sub(window, 0, *i), sub(window, i + m.len(), window.len())))
        // "Theo Phó Chủ tịch UBND TP Hà Nội, thành phố ... nâng diện tích cây xanh bình quân lên trên 10 m²/người"
        // (ha_noi_dai_hoi_2030, a development text): a person's office, not a tier.
        .filter(|(i, _, m)| !(committee(m) && holds_office(sub(window, 0, *i))))
        // "cơ quan nhà nước từ cấp tỉnh đến cấp xã": every level, not one.
        .filter(|(i, _, m)| !levels_from_to(window, *i, m.len()))
        .min_by_key(|(i, _, _)| *i)
        // "hồ sơ ở cấp tỉnh, huyện, xã", "hồ sơ công việc cấp huyện, cấp tỉnh": several levels named at once are
        // none of them (a figure of each level is read by `respectively` when the text gives one).
        .filter(|(i, t, m)| !other_level_follows(sub(window, i + m.len(), window.len()), *t, city_is_province))
        // "cơ quan, đơn vị cấp tỉnh, cấp xã": the level after another one named with it (whose words may name the units
        // covered, "đơn vị cấp tỉnh") is none of them either (a probe of 7 Dec 2026: it was the commune's).
        .filter(|(i, t, _)| !other_level_precedes(sub(window, 0, *i), *t, city_is_province))
        .map(|(i, t, _)| (t, i))
}

/// Whether the words right before a tier's words (folded `before`) end with another level's joined to it: "cấp tỉnh, "
/// or "cấp tỉnh và " before "cấp xã" (`tier`).
fn other_level_precedes(before: &str, tier: Tier, city_is_province: bool) -> bool {
    let b = before.trim_end();
    let b = match b.strip_suffix([',', '/']) {
        Some(rest) => rest,
        None if ends_with_words(b, "va") => sub(b, 0, b.len() - 2),
        None => return false,
    }
    .trim_end();
    levels(city_is_province).iter().any(|(w, t)| {
        *t != tier && ends_with_words(b, w) && ends_with_words(sub(b, 0, b.len() - w.len()).trim_end(), "cap")
    })
}

/// Whether the words right after a tier's words name another level joined to it ("cấp tỉnh, huyện, xã",
/// "cấp huyện, cấp tỉnh", "cấp tỉnh và cấp huyện"): "," or "và" (or "/"), "cấp" at will, and a level other than
/// `tier`; "cấp xã, phường, thị trấn" names one level's units.
fn other_level_follows(after: &str, tier: Tier, city_is_province: bool) -> bool {
    let rest = after.trim_start();
    let rest = if let Some(r) = rest.strip_prefix([',', '/']) {
        r
    } else if starts_with_words(rest, "va") {
        sub(rest, 2, rest.len())
    } else {
        return false;
    };
    let rest = rest.trim_start();
    let rest = if starts_with_words(rest, "va") { sub(rest, 2, rest.len()).trim_start() } else { rest };
    let rest = if starts_with_words(rest, "cap") { sub(rest, 3, rest.len()).trim_start() } else { rest };
    levels(city_is_province).iter().any(|(w, t)| *t != tier && starts_with_words(rest, w))
}

/// The levels (folded) a tier's words name after "cấp", with their tier.
fn levels(city_is_province: bool) -> [(&'static str, Tier); 8] {
    [
        ("tinh", Tier::Province),
        ("thanh pho", city_tier(city_is_province)),
        ("huyen", Tier::District),
        ("quan", Tier::District),
        ("thi xa", Tier::District),
        ("xa", Tier::Commune),
        ("phuong", Tier::Commune),
        ("thi tran", Tier::Commune),
    ]
}

/// The tier the city's own words name: the province's in a centrally-run city's plan, the plan unit's own otherwise.
fn city_tier(city_is_province: bool) -> Tier {
    if city_is_province {
        Tier::Province
    } else {
        Tier::OwnUnit
    }
}

/// Whether the words before a tier's words make them name places covered: units ("đơn vị cấp xã", "đơn vị
/// hành chính cấp xã") or stations ("trạm truyền thanh cấp xã").
fn places_before(before: &str) -> bool {
    ["don vi", "don vi hanh chinh", "truyen thanh", "truyen thanh co so"].iter().any(|w| ends_with_words(before, w))
}

/// Whether the words before a tier's words name a thing recognised at that rank: tourist sites ("khu, điểm du lịch cấp
/// tỉnh"), heritage ("di tích cấp tỉnh"), products rated in stars ("sản phẩm OCOP 3 sao cấp tỉnh"), research tasks
/// ("nhiệm vụ khoa học cấp tỉnh"), or a thing's scale ("mô hình xử lý chất thải sinh hoạt quy mô cấp huyện",
/// gia_lai_moi_truong_nong_thon_2025, a development text).
fn ranked_before(before: &str) -> bool {
    ["du lich", "di tich", "ocop", "sao", "nhiem vu khoa hoc", "de tai khoa hoc", "quy mo"]
        .iter()
        .any(|w| ends_with_words(before, w))
}

/// Whether the words before a tier's words are an index's name that the tier ends ("chỉ số cải cách hành chính
/// cấp tỉnh"): "chỉ số" at most six words before, with no separator between.
fn index_name_before(before: &str) -> bool {
    find_words(before, "chi so").last().is_some_and(|i| {
        let between = sub(before, i, before.len());
        words(between).count() <= 8 && !between.contains([',', ';', ':', '.'])
    })
}

/// Whether the tier's words at `i` (of length `len`) open or close a range of levels: "từ cấp tỉnh đến cấp
/// xã".
fn levels_from_to(window: &str, i: usize, len: usize) -> bool {
    let (before, after) = (sub(window, 0, i), sub(window, i + len, window.len()));
    (ends_with_words(before, "tu") && starts_with_words(after, "den cap"))
        || (ends_with_words(before, "den")
            && find_words(before, "tu cap").next().is_some_and(|k| words(sub(before, k, i)).count() <= 5))
}

/// Whether tier marker `m` names a people's committee ("UBND tỉnh", "Ủy ban nhân dân thành phố").
fn committee(m: &str) -> bool {
    m.starts_with("ubnd") || m.starts_with("uy ban")
}

/// Whether the words before a committee's name (folded `before`) make it the name of an office someone holds: "(Phó)
/// Chủ tịch", "Chủ tịch Thường trực", "Lãnh đạo"; not an agency of the committee ("Văn phòng UBND tỉnh"), which works
/// at its tier.
fn holds_office(before: &str) -> bool {
    ["chu tich", "chu tich thuong truc", "lanh dao"].iter().any(|w| ends_with_words(before.trim_end(), w))
}

/// Whether the words after a committee's name (folded `after`; `before`, the window's words before it) make it the
/// plan's issuer, or the subject of what its sentence says it does: "(vừa, đã, mới) ban hành" or "phê duyệt"; the
/// unit's name between at will, "đang" or "đã" before a verb of its own ("UBND TP. Hà Nội đang quyết liệt đẩy mạnh
/// chuyển đổi số ..., cụ thể các xã, phường tiếp nhận tối thiểu 60% hồ sơ", ha_noi_ho_so_truc_tuyen_cap_xa_2025, a
/// development text); not the committee whose papers something is done to ("văn bản của UBND tỉnh đã được ký số").
fn issues(before: &str, after: &str) -> bool {
    let after = after.trim_start_matches(['.', ' ']);
    let after = super::provinces::opening(after).map_or(after, |p| sub(after, p.len(), after.len()));
    let acts = ["dang", "da"].iter().any(|w| {
        starts_with_words(after, w) && !starts_with_words(sub(after, w.len(), after.len()).trim_start(), "duoc")
    }) && !ends_with_words(before.trim_end(), "cua");
    let rest = ["vua", "da", "moi"]
        .iter()
        .find(|w| starts_with_words(after, w))
        .and_then(|w| after.find(*w).map(|i| sub(after, i + w.len(), after.len())))
        .unwrap_or(after);
    acts || ["ban hanh", "phe duyet"].iter().any(|w| starts_with_words(rest, w))
}

/// The window after a figure in which its tier is looked for: up to ten words, not into a parenthesis
/// ("60% hồ sơ công việc tại các cơ quan thành phố" names the city's agencies in its ninth and tenth).
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
            if count > 10 {
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
    words(phrase).any(|w| matches!(w, "cap" | "tai" | "voi")) && words(phrase).all(tier_word)
}

/// Whether a phrase says nothing but a year and the tiers, if any, its figure is of: "- Năm 2026" before "cấp tỉnh đạt
/// 80%", a roadmap's line under the line that names what it measures ("1. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ
/// tục hành chính:\n- Năm 2026: cấp tỉnh đạt 80%, cấp xã đạt 60%;"; a probe of 7 Dec 2026: it was named
/// `indicator_percent`).
pub(crate) fn only_year_and_tier_words(phrase: &str) -> bool {
    let time = |w: &str| matches!(w, "nam" | "den" | "vao" | "het" | "cuoi" | "dat");
    // The year opens the phrase, as a roadmap's line does: not "... tăng trưởng 8% trong năm 2025" after a figure.
    let opens = words(phrase).next().is_some_and(|w| w == "nam" || year_word(w));
    opens && words(phrase).any(year_word) && words(phrase).all(|w| year_word(w) || time(w) || tier_word(w))
}

/// Whether a comma between folded `before` and `after` lists tiers ("100% cơ quan nhà nước cấp tỉnh, cấp xã sử dụng
/// nền tảng họp trực tuyến"): what is measured goes on after the last of them.
pub(crate) fn listed(before: &str, after: &str) -> bool {
    const TIERS: [&str; 5] = ["cap tinh", "cap huyen", "cap xa", "cap phuong", "cap quan"];
    let next = after.trim_start();
    let next = next.strip_prefix("va ").unwrap_or(next);
    TIERS.iter().any(|t| ends_with_words(before.trim_end(), t)) && TIERS.iter().any(|t| starts_with_words(next, t))
}

/// Whether folded word `w` may be part of a tier's words ("đối với cấp huyện", "tại cấp xã", "UBND tỉnh", "đối với Ủy
/// ban nhân dân cấp xã", "tại các xã").
pub(crate) fn tier_word(w: &str) -> bool {
    const FILLER: [&str; 21] = [
        "doi", "voi", "tai", "cap", "tinh", "huyen", "xa", "thanh", "pho", "quan", "phuong", "va", "o", "trong", "do",
        "ubnd", "uy", "ban", "nhan", "dan", "cac",
    ];
    FILLER.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_roadmaps_year_and_tiers_name_nothing() {
        // A probe of 7 Dec 2026: the line above names what "- Năm 2026: cấp tỉnh đạt 80%" measures.
        assert!(only_year_and_tier_words("- nam 2026") && only_year_and_tier_words("nam 2028: cap tinh va cap xa "));
        assert!(only_year_and_tier_words("2027: cap xa dat "));
        // Not a year after what a figure measures (cao_bang_kich_ban_tang_truong_2025, a development text).
        assert!(!only_year_and_tier_words("trong nam 2025") && !only_year_and_tier_words("nam 2026 ty le ho so"));
        assert!(!only_year_and_tier_words("cap tinh "));
    }
    use crate::extract::folded::Folded;

    fn tier(text: &str) -> Option<Tier> {
        tier_in(&Folded::new(text).text, true).map(|(t, _)| t)
    }

    #[test]
    fn words_of_a_tier_alone() {
        // A list's next item names only its tier (a probe of 6 Dec 2026): "95% đối với Ủy ban nhân dân cấp xã".
        let only = |s: &str| only_tier_words(&Folded::new(s).text);
        assert!(only("đối với Ủy ban nhân dân cấp xã") && only("tại các xã"));
        assert!(only("đối với cấp huyện") && only("tại cấp xã"));
        assert!(!only("người dân cấp xã") && !only("hộ nghèo tại cấp xã"));
    }

    #[test]
    fn the_level_of_government_is_a_tier_places_covered_are_not() {
        assert_eq!(tier("hồ sơ công việc tại cấp xã"), Some(Tier::Commune));
        assert_eq!(tier("Ủy ban nhân dân cấp xã có Đài truyền thanh"), Some(Tier::Commune));
        assert_eq!(tier("cán bộ, công chức cấp tỉnh"), Some(Tier::Province));
        // The ministries' and provinces' level of the national programme (a probe of 6 Dec 2026).
        assert_eq!(tier("hồ sơ công việc tại cấp bộ, tỉnh"), Some(Tier::Province));
        // The agencies of the province or of a centrally-run city are its level (hai_phong_2022, development).
        assert_eq!(tier("hồ sơ công việc tại các cơ quan thành phố"), Some(Tier::Province));
        assert_eq!(tier("hồ sơ công việc của các cơ quan tỉnh"), Some(Tier::Province));
        assert_eq!(
            window_after(" ho so cong viec tai cac co quan thanh pho, 50%"),
            " ho so cong viec tai cac co quan thanh pho, "
        );
        assert_eq!(tier("đơn vị cấp xã"), None);
        assert_eq!(tier("đơn vị hành chính cấp xã được phủ sóng 5G"), None);
        assert_eq!(tier("cán bộ vận hành trạm truyền thanh cấp xã"), None);
        // Two levels named at once, the first of them naming the units covered, are neither (a probe of 7 Dec 2026).
        assert_eq!(tier("cơ quan, đơn vị cấp tỉnh, cấp xã có hệ thống thông tin"), None);
        assert_eq!(tier("cơ quan, đơn vị cấp tỉnh và cấp xã"), None);
        assert_eq!(tier("cán bộ, công chức cấp xã"), Some(Tier::Commune));
        // Communes, wards and special zones named as places are no tier; nor is a town.
        assert_eq!(tier("xã, phường, đặc khu có điểm phục vụ"), None);
        assert_eq!(tier("trung tâm y tế huyện, thị xã"), None);
        // The committee that issues the plan is no tier; the committee's own work is.
        assert_eq!(tier("UBND tỉnh vừa ban hành kế hoạch với mục tiêu"), None);
        assert_eq!(tier("Ủy ban nhân dân tỉnh phê duyệt đề án"), None);
        assert_eq!(tier("văn bản của UBND tỉnh được ký số"), Some(Tier::Province));
        // Nor is the committee that acts, its unit named or not (ha_noi_ho_so_truc_tuyen_cap_xa_2025, a development
        // text).
        assert_eq!(tier("UBND TP. Hà Nội đang quyết liệt đẩy mạnh chuyển đổi số, các xã tiếp nhận hồ sơ"), None);
        assert_eq!(tier("UBND tỉnh Quảng Ninh đã giao chỉ tiêu"), None);
        assert_eq!(tier("UBND tỉnh đang chỉ đạo, hồ sơ công việc cấp xã"), Some(Tier::Commune));
        // Nor the committee named in someone's office (ha_noi_dai_hoi_2030, a development text).
        assert_eq!(tier("Theo Phó Chủ tịch UBND TP Hà Nội, thành phố nâng diện tích cây xanh lên trên"), None);
        assert_eq!(tier("Chủ tịch Thường trực Ủy ban nhân dân tỉnh cho biết, tỷ lệ"), None);
        assert_eq!(tier("Lãnh đạo UBND tỉnh đề nghị, hồ sơ công việc cấp xã"), Some(Tier::Commune));
        assert_eq!(tier("văn bản của UBND tỉnh đã được ký số"), Some(Tier::Province));
        assert_eq!(tier("văn bản của UBND tỉnh đã ký số"), Some(Tier::Province));
        // An index named for its level is no tier.
        assert_eq!(tier("chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"), None);
        assert_eq!(tier("chỉ số chuyển đổi số, hồ sơ công việc cấp tỉnh"), Some(Tier::Province));
        // A range of levels is none of them.
        assert_eq!(tier("cơ quan nhà nước từ cấp tỉnh đến cấp xã kết nối"), None);
        assert_eq!(tier("hồ sơ công việc từ cấp huyện"), Some(Tier::District));
        // Several levels named at once are none of them (binh_duong_cds_2030, ninh_thuan_cds_2025, development);
        // one level's units listed, or the next figure's level, are no other level.
        assert_eq!(tier("hồ sơ ở cấp tỉnh, huyện, xã được xử lý"), None);
        assert_eq!(tier("hồ sơ công việc cấp huyện, cấp tỉnh"), None);
        assert_eq!(tier("hồ sơ công việc tại cấp tỉnh, cấp huyện và cấp xã"), None);
        assert_eq!(tier("hồ sơ công việc cấp tỉnh và cấp huyện"), None);
        assert_eq!(tier("hồ sơ công việc cấp xã, phường, thị trấn"), Some(Tier::Commune));
        assert_eq!(tier("hồ sơ công việc cấp tỉnh, 80% cấp huyện"), Some(Tier::Province));
        assert_eq!(tier("hồ sơ công việc cấp tỉnh, được ký số"), Some(Tier::Province));
    }

    #[test]
    fn a_rank_a_thing_is_recognised_at_is_no_tier() {
        // dong_thap_du_lich_2025 (a development text): tourist sites, heritage, rated products, research tasks.
        assert_eq!(tier("ít nhất 10 khu, điểm du lịch cấp tỉnh"), None);
        assert_eq!(tier("công nhận 5 di tích cấp tỉnh"), None);
        assert_eq!(tier("20 sản phẩm OCOP 3 sao cấp tỉnh"), None);
        assert_eq!(tier("thực hiện 12 nhiệm vụ khoa học cấp tỉnh"), None);
        assert_eq!(tier("triển khai 1 – 2 mô hình xử lý chất thải quy mô cấp huyện trở lên"), None);
        // A level of government named after what it handles is still one.
        assert_eq!(tier("hồ sơ du lịch xử lý tại cấp tỉnh"), Some(Tier::Province));
    }
}
