//! Units of a figure: "%", "% GRDP", "%/năm", "tăng ... %", "giảm ... %", ranks ("nhóm 10 tỉnh"),
//! per-1,000 ratios, amounts of money to reach ("GRDP ... đạt 352.035 tỷ đồng").

use super::folded::{ends_with_words, find_words, starts_with_words, sub, word_at, words, year_at};
use crate::model::measure_unit::MeasureUnit;

/// What follows a percent sign: (unit, folded length of the words read).
pub(crate) fn after_percent(after: &str) -> (Option<MeasureUnit>, usize) {
    let t = after.trim_start();
    let lead = after.len() - t.len();
    for (w, unit) in [
        ("/nam", MeasureUnit::PercentPerYear),
        ("/ nam", MeasureUnit::PercentPerYear),
        ("moi nam", MeasureUnit::PercentPerYear),
        ("mot nam", MeasureUnit::PercentPerYear),
        ("grdp", MeasureUnit::PercentOfGrdp),
        ("gdp", MeasureUnit::PercentOfGrdp),
        ("tong san pham", MeasureUnit::PercentOfGrdp),
    ] {
        if word_at(t, 0, w) {
            return (Some(unit), lead + w.len());
        }
    }
    (None, 0)
}

/// The plan, quota, estimate, resolution or objective folded `t` opens with, compared with or not ("kế hoạch", "KH",
/// "so với dự toán", "chỉ tiêu", "nghị quyết", "nhiệm vụ thu", "mục tiêu"), and the words after it.
pub(crate) fn the_plan_opening(t: &str) -> Option<(&'static str, &str)> {
    const PLANS: [&str; 7] = ["ke hoach", "kh", "du toan", "chi tieu", "nghi quyet", "nhiem vu thu", "muc tieu"];
    let t = t.trim_start();
    let t = ["so voi ", "so "].iter().find_map(|w| t.strip_prefix(w)).unwrap_or(t);
    PLANS.iter().find(|w| word_at(t, 0, w)).map(|w| (*w, sub(t, w.len(), t.len())))
}

/// Whether the folded words after a percent sign (`rest`) say the figure is a share of a plan, a quota or a budget
/// estimate reached ("đạt 112% dự toán", "104% KH", "hoàn thành 100% chỉ tiêu tuyển quân", "165,65% so với nhiệm vụ
/// thu"), and the words before it (`lead`) set no margin over it or change against it ("vượt 0,2% so với dự toán",
/// "thấp hơn 5,25% so với chỉ tiêu", "tăng 131% so với chỉ tiêu"). Not a share of the targets ("98% các chỉ tiêu",
/// "100% chỉ tiêu chủ yếu đạt"), nor a level compared with a target stated after it ("13,8% so với mục tiêu 60%").
pub(crate) fn of_the_plan(lead: &str, rest: &str) -> bool {
    const NOT_OF_A_PLAN: [&str; 7] = ["chu yeu", "kinh te", "dat", "deu", "co ban", "xa hoi", "ve"];
    const MARGINS: [&str; 7] = ["vuot", "tang", "giam", "cao", "thap", "kem", "chenh"];
    let Some((plan, after)) = the_plan_opening(rest) else { return false };
    let after = after.trim_start();
    let named_after = NOT_OF_A_PLAN.iter().any(|w| word_at(after, 0, w)) && plan == "chi tieu";
    let compared = after.starts_with(|c: char| c.is_ascii_digit());
    // "vượt" and "cao hơn" are comparators too: the words are looked at before any is taken off.
    let last: Vec<&str> = words(lead).collect();
    let verb = words(super::comparators::without_before(lead)).last();
    let margin = last.iter().rev().take(2).chain(verb.as_ref()).any(|w| MARGINS.contains(w));
    !named_after && !compared && !margin
}

/// A change the words before a figure announce: "tăng" (increase, or growth per year with "bình quân",
/// "hàng năm"), "giảm", "cắt giảm" (reduction). `None` when they announce none.
pub(crate) fn change_before(prefix: &str) -> Option<MeasureUnit> {
    let list: Vec<&str> = words(prefix).collect();
    let n = list.len();
    let near = |i: usize| i + 6 >= n;
    // "giảm tỷ lệ hộ nghèo đa chiều còn 1,43%": "còn" right before the figure, after what is brought down.
    let left = left_at_the_end(prefix);
    let mut found = None;
    for (i, w) in list.iter().enumerate() {
        let next = list.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { list.get(i - 1).copied().unwrap_or("") } else { "" };
        let opening = i == 0 || (i == 1 && prev == "cat");
        // "giảm còn 0,8%", "giảm xuống còn 3%", "giảm xuống 3%", "giảm tỷ lệ hộ nghèo xuống dưới 0,3%": down to a
        // level, not by a share ([`down_to`]).
        // "tỷ lệ hộ nghèo giảm dưới 0,5%": a ceiling right after "giảm", before the figure, is a level too.
        let below = next == "duoi" && i + 2 == n;
        // "giảm chỉ còn 6,95%" (xa_phu_do_thai_nguyen_2025, a development text): only so much left, a level too.
        let only_left = next == "chi" && list.get(i + 2) == Some(&"con");
        let left_after = left && i + 1 < n;
        let to_level = matches!(next, "con" | "xuong")
            || only_left
            || below
            || left_after
            || list.get(i + 1..).is_some_and(|rest| rest.contains(&"xuong"));
        if *w == "giam"
            && !matches!(next, "sat" | "doc" | "dinh" | "khao" | "thieu")
            && !to_level
            && (near(i) || opening)
        {
            found = Some(MeasureUnit::PercentReduction);
        }
        // "tăng cường", "tầng lớp", "tăng thu hút" name no change; "tăng thu ngân sách" does. Nor does a share of the
        // growth ("đóng góp của TFP vào tăng trưởng đạt 50%").
        let after_next = list.get(i + 2).copied().unwrap_or("");
        if *w == "tang"
            && !matches!(prev, "ha" | "nen" | "vao")
            && !matches!(next, "cuong" | "lop" | "them")
            && (next, after_next) != ("thu", "hut")
            && (near(i) || opening)
        {
            found = Some(MeasureUnit::PercentIncrease);
        }
    }
    // "Năm 2025, tăng trưởng GRDP của tỉnh ước đạt 9,2%", "tỉnh đặt mục tiêu tăng trưởng GRDP năm 2026 đạt từ 10%": a
    // part of the clause the name of a growth opens, after its comma or the objective's words, however many words it
    // has before the figure.
    let part = sub(prefix, prefix.rfind([',', ';', ':']).map_or(0, |i| i + 1), prefix.len());
    let aims = ["muc tieu", "phan dau"].iter().flat_map(|w| find_words(part, w).map(move |i| i + w.len()));
    // Not when another thing's share is named after it ("tốc độ tăng trưởng hàng năm của các ngành dịch vụ và tỷ trọng
    // công nghiệp đạt ...").
    let growth = |from: usize| {
        let t = sub(part, from, part.len()).trim_start();
        ["tang truong", "toc do tang"].iter().any(|w| starts_with_words(t, w))
            && !["ty trong", "ty le", "chiem"].iter().any(|w| find_words(t, w).next().is_some())
    };
    if found.is_none() && (growth(0) || aims.into_iter().any(growth)) {
        found = Some(MeasureUnit::PercentIncrease);
    }
    let per_year = |w: &&str| find_words(prefix, w).next().is_some();
    if found == Some(MeasureUnit::PercentIncrease)
        && ["binh quan", "hang nam", "moi nam", "tang truong", "toc do tang"].iter().any(per_year)
    {
        return Some(MeasureUnit::PercentPerYear);
    }
    // "tốc độ tăng trưởng GRDP bình quân hàng năm từ 11-12%", "tốc độ tăng tổng giá trị sản phẩm trên địa bàn
    // bình quân hàng năm 8%": a rate of growth named, its year said right before the figure.
    let yearly_last = ["hang nam", "moi nam"].iter().any(|w| {
        find_words(prefix, w).last().is_some_and(|i| words(sub(prefix, i + w.len(), prefix.len())).count() <= 2)
    });
    if found.is_none() && yearly_last && ["tang truong", "toc do tang"].iter().any(per_year) {
        return Some(MeasureUnit::PercentPerYear);
    }
    found
}

/// Whether the words before a figure (folded) bring a level down to it: "giảm còn", "giảm xuống (còn)", "giảm dưới".
pub(crate) fn down_to(prefix: &str) -> bool {
    let t = prefix.trim_end();
    // "giảm tỷ lệ hộ nghèo xuống dưới 0,3%": what is brought down named between, a comparator after "xuống".
    let bare = super::comparators::without_before(t);
    let clause = sub(bare, bare.rfind([',', ';', '.', ':']).map_or(0, |i| i + 1), bare.len());
    let named_between = (["xuong", "xuong con"].iter().any(|w| ends_with_words(clause, w)) || left_at_the_end(clause))
        && words(clause).collect::<Vec<_>>().iter().rev().take(10).any(|w| *w == "giam");
    // "tỷ lệ hộ nghèo giảm dưới 0,5%": "dưới" right after "giảm" is the level to fall below, as [`change_before`]
    // reads it; a floor ("giảm trên 3%") is the fall's.
    named_between
        || ["giam con", "giam chi con", "giam xuong", "giam xuong con", "giam duoi"]
            .iter()
            .any(|w| ends_with_words(t, w))
}

/// Whether folded `prefix` ends with "còn" (what is left) after what is brought down, as "xuống còn" does: "giảm tỷ lệ
/// hộ nghèo đa chiều còn 1,43%" (a probe of 7 Dec 2026); not a child born ("giảm tỷ lệ sinh con").
fn left_at_the_end(prefix: &str) -> bool {
    ends_with_words(prefix, "con") && !ends_with_words(prefix, "sinh con")
}

/// A rank: "nhóm 10 tỉnh", "top 20 địa phương". The folded text before the number must end with the
/// group word, and the text after must name what is ranked.
pub(crate) fn rank(prefix: &str, after: &str) -> bool {
    let p = prefix.trim_end();
    let group =
        p.ends_with("nhom") || p.ends_with("top") || p.ends_with("nhom dan dau") || p.ends_with("nhom dung dau");
    // "nhóm 30/63 tỉnh": the rank out of how many.
    let a = after.trim_start();
    let a = a.strip_prefix('/').map_or(a, |r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
    let ranked = ["tinh", "dia phuong", "thanh pho", "don vi", "quoc gia", "nuoc", "ca nuoc"]
        .iter()
        .any(|w| starts_with_words(a.trim_start(), w));
    // "đặt mục tiêu PCI năm 2025 phải vào top 40": the index ranked named before, nothing after the figure.
    let recent: Vec<&str> = words(p).collect();
    let near = recent.get(recent.len().saturating_sub(10)..).unwrap_or_default();
    let index_named = near.iter().any(|w| ["pci", "papi", "sipas", "dti", "ict"].contains(w))
        || near.windows(2).any(|w| w == ["chi", "so"]);
    let clause_ends = !a.starts_with(char::is_alphanumeric);
    group && (ranked || (p.ends_with("top") && index_named && clause_ends)) && !p.ends_with("nhom nhiem vu")
}

/// A place in a ranking out of the country's provinces: "xếp hạng 15/34", "xếp thứ 20/63" (34 provinces since
/// July 2025, 63 before). A figure to reach, where "nhóm 10 tỉnh" ([`rank`]) is a ceiling.
pub(crate) fn ranked_place(prefix: &str, after: &str) -> bool {
    let p = prefix.trim_end();
    // "xếp hạng thứ 43/63": "hạng thứ" places as "xếp thứ" does (kon_tum_2024, a development text); "xếp hạng từ thứ
    // 5 trở lên" as "xếp hạng thứ 5" does.
    let p = p.strip_suffix(" tu thu").map_or(p, |q| if ends_with_words(q, "hang") { q } else { p });
    // "xếp vị trí thứ 2 toàn quốc" (a probe of 7 Dec 2026): the position held.
    let placed =
        ["xep hang", "xep thu", "dung thu", "hang", "hang thu", "vi tri thu"].iter().any(|w| ends_with_words(p, w));
    let a = after.trim_start();
    let of = a.strip_prefix('/').map(|r| r.trim_start());
    let of_the_provinces = of.is_some_and(|r| {
        ["34", "63"].iter().any(|n| r.starts_with(n) && !r.as_bytes().get(2).is_some_and(u8::is_ascii_digit))
    });

    // "xếp thứ 18 toàn quốc", "đứng thứ 5 cả nước", "xếp thứ 58 trong cả nước", "xếp thứ 5 khu vực Tây Nguyên": a place
    // said with the ranking's scope (hau_giang_chi_so_canh_tranh_2025, kon_tum_chi_so_chuyen_doi_so_2023, development
    // texts); "xếp hạng từ thứ 5 trở lên", a place or better.
    placed && (of_the_provinces || of_the_communes(a).is_some() || ranking_scope(a) || starts_with_words(a, "tro len"))
}

/// Whether folded `t`, the words after a place, say it is out of a province's communes: "xếp thứ 12/166 xã, phường
/// trên địa bàn tỉnh" (xa_muong_lat_thanh_hoa, a development text), a place among as many as are ranked. Returns
/// whether they say only that (the whole and where it is), so that they name nothing.
pub(crate) fn of_the_communes(t: &str) -> Option<bool> {
    const WHOLE: [&str; 14] =
        ["xa", "phuong", "dac", "khu", "don", "vi", "cap", "tren", "dia", "ban", "toan", "tinh", "trong", "cua"];
    let r = t.trim_start().strip_prefix('/')?.trim_start();
    let all = r.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    (all.len() < r.len() && ["xa", "phuong", "don vi"].iter().any(|w| starts_with_words(all.trim_start(), w)))
        .then(|| words(all).all(|w| WHOLE.contains(&w)))
}

/// Whether folded `t` opens with the scope of a ranking ("toàn quốc", "trong cả nước", "khu vực Tây Nguyên"): where
/// a place is held, not what is ranked.
pub(crate) fn ranking_scope(t: &str) -> bool {
    ["toan quoc", "ca nuoc", "trong ca nuoc", "tren ca nuoc", "khu vuc", "trong khu vuc", "vung"]
        .iter()
        .any(|w| starts_with_words(t.trim_start(), w))
}

/// A multiple set as a change: "gấp 2 lần", "cao gấp hơn 2 lần so với năm 2025", "tăng 1,5 - 2 lần", read as an
/// increase of (N - 1) x 100% (unit [`MeasureUnit::PercentIncrease`]). `prefix` is the folded text before the
/// figure (before a range's lower bound), `after` the text after it; returns the folded length of "lần". A
/// multiple of GRDP ("gấp 15 lần GRDP", a ratio to it), a frequency ("1 lần/năm") or an ordinal ("lần thứ") is
/// none.
pub(crate) fn multiple(prefix: &str, after: &str, value: f64) -> Option<usize> {
    let t = after.trim_start();
    if !starts_with_words(t, "lan") || value <= 1.0 {
        return None;
    }
    let rest = sub(t, "lan".len(), t.len()).trim_start();
    // A frequency is "lần" per a time ("1 lần/năm", "2 lần/tháng"); "tăng 2 lần/đơn vị diện tích so với năm 2020"
    // (phu_yen_lam_nghiep_2030, a development text) is a multiple per a unit of what grows.
    let per = rest.strip_prefix('/').map(str::trim_start);
    let per_time =
        per.is_some_and(|r| ["nam", "thang", "quy", "tuan", "ngay", "ky"].iter().any(|w| starts_with_words(r, w)));
    if per_time || ["grdp", "gdp", "thu", "tong san pham"].iter().any(|w| starts_with_words(rest, w)) {
        return None;
    }
    let p = prefix.trim_end();
    let p = super::comparators::without_before(p);
    // "tăng lên 1,5 lần so với cuối năm 2020" (long_an_giam_ngheo_2025, a development text).
    ["gap", "tang", "tang len"].iter().any(|w| ends_with_words(p, w)).then_some(after.len() - t.len() + "lan".len())
}

/// The markers (folded) of a ratio per people: how many thousand people it is per.
const PER_PEOPLE: [(&str, f64); 19] = [
    // "giảm tỷ lệ trẻ em bị tai nạn, thương tích xuống còn 500/100.000 trẻ": per a hundred thousand.
    ("/100.000 ", 100.0),
    ("/100000 ", 100.0),
    ("/ 100.000 ", 100.0),
    ("/1.000 ", 1.0),
    ("/1000 ", 1.0),
    ("/ 1.000 ", 1.0),
    ("tren 1.000 ", 1.0),
    ("tren 1000 ", 1.0),
    ("/10.000 ", 10.0),
    ("/10000 ", 10.0),
    ("/ 10.000 ", 10.0),
    ("tren 10.000 ", 10.0),
    ("/van ", 10.0),
    ("/ van ", 10.0),
    // "15 bác sỹ/1 vạn dân" (khu_kinh_te_van_don_quang_ninh_2030, a development text): one ten thousand.
    ("/1 van ", 10.0),
    ("/ 1 van ", 10.0),
    ("tren 1 van ", 10.0),
    ("tren mot van ", 10.0),
    // "Số bác sỹ trên vạn dân"; only before "dân": "trên vạn người" is more than ten thousand people.
    ("tren van ", 10.0),
];

/// The words (folded) after a ratio's denominator that name whom it is per: people ("dân", "người") or children ("trẻ",
/// "trẻ em"), counted as people are.
pub(crate) const PEOPLE: [&str; 3] = ["dan", "nguoi", "tre"];

/// The first ratio per people in `window` (folded): where its marker starts, where "dân"/"người" after it
/// ends, and how many thousand people it is per.
pub(crate) fn per_people_in(window: &str) -> Option<(usize, usize, f64)> {
    PER_PEOPLE
        .iter()
        .filter_map(|&(marker, thousands)| {
            window.match_indices(marker).find_map(|(i, _)| {
                let rest = sub(window, i + marker.len(), window.len());
                // "trên vạn" only before "dân": "trên vạn người" is more than ten thousand people.
                let people = PEOPLE.iter().any(|w| starts_with_words(rest, w))
                    && (marker != "tren van " || starts_with_words(rest, "dan"));
                people.then(|| {
                    let end = i + marker.len() + rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
                    (i, end, thousands)
                })
            })
        })
        .min_by_key(|&(i, _, _)| i)
}

/// Whether a bare figure is the human development index named just before it: "HDI đạt 0,75", "chỉ số phát
/// triển con người (HDI) trên 0,8" (an index between 0 and 1, unit [`MeasureUnit::Index`]); only a comparator
/// or "đạt" may stand between.
pub(crate) fn human_development_index(prefix: &str, value: f64) -> bool {
    let window = sub(prefix, prefix.len().saturating_sub(60), prefix.len());
    let name_end = ["hdi", "chi so phat trien con nguoi"]
        .iter()
        .filter_map(|w| find_words(window, w).last().map(|i| i + w.len()))
        .max();
    name_end.is_some_and(|e| {
        let between = sub(window, e, window.len());
        // "(HDI) duy trì trên 0,7", "(HDI) phấn đấu đạt khoảng 0,75", "(HDI) của tỉnh đạt 0,7" (dong_nai_nghi_quyet_57_2030,
        // lam_dong_dai_hoi_2030, dak_lak_khoa_hoc_cong_nghe_2030, development texts): a few words between, none that
        // changes it ("tăng 0,05").
        let changes = ["tang", "giam", "nang", "cai thien"].iter().any(|w| find_words(between, w).next().is_some());
        value > 0.0 && value <= 1.0 && words(between).count() <= 6 && !changes && !between.contains([',', ';', '.'])
    })
}

/// The folded length of "điểm" (points) after a figure that scores an index its clause names, within sixteen words
/// before it: "Chỉ số “Chi phí gia nhập thị trường” đạt từ 8,0 điểm trở lên", "các chỉ số về Chính phủ số, Kinh tế
/// số, Xã hội số của tỉnh đạt sẽ từ 0,7-0,8 điểm" (cao_bang_nang_luc_canh_tranh_2022, kon_tum_chi_so_chuyen_doi_so_2023,
/// development texts). Not points of a percentage ("5,59 điểm phần trăm"), nor places counted ("15 điểm du lịch"), nor
/// a change of the score ("tăng 0,34 điểm"), nor a figure of another kind named between ("xếp hạng", "bậc").
pub(crate) fn index_points(lead: &str, after: &str) -> Option<usize> {
    let n = points_alone(after)?;
    // A range's low figure left out ("đạt sẽ từ 0,7-0,8 điểm").
    let lead = super::numbers::range_low(lead, lead.len()).map_or(lead, |(low, _)| sub(lead, 0, low.start));
    let near: Vec<&str> = words(lead).collect();
    let near = super::folded::last_words(&near, 16);
    // Or a pillar of the DTI said alone, in a list after the index's name ("Trong đó, chỉ số chính quyền số đạt 0,6123
    // điểm; kinh tế số đạt 0,4521 điểm; xã hội số đạt 0,5012 điểm", a probe of 7 Dec 2026).
    let named = ["chi so", "chinh quyen so", "chinh phu so", "kinh te so", "xa hoi so"];
    let index = named.iter().filter_map(|w| find_words(&near, w).last()).max()?;
    let between = sub(&near, index, near.len());
    let other = ["tang", "giam", "xep hang", "bac", "thu hang"].iter().any(|w| find_words(between, w).next().is_some());
    (!other).then_some(n)
}

/// The folded length of "điểm" (points) right after a figure, up to it, when no word follows it but its comparator
/// ("8,0 điểm trở lên"): not places counted ("15 điểm du lịch") nor points of a percentage ("điểm phần trăm").
fn points_alone(after: &str) -> Option<usize> {
    let t = after.trim_start();
    let rest = sub(t, "diem".len(), t.len()).trim_start();
    let more = rest.starts_with(|c: char| c.is_ascii_alphabetic()) && !starts_with_words(rest, "tro len");
    (starts_with_words(t, "diem") && !more).then(|| after.len() - t.len() + "diem".len())
}

/// The folded length of "điểm" after a score between 0 and 1 with decimals whose clause names no index ("Theo đó, tỉnh
/// Phú Thọ đạt 0,6521 điểm, xếp thứ 12/34", the DTI named in the sentence before; a probe of 7 Dec 2026): no places
/// counted ("15 điểm du lịch") are a fraction, so the figure is a score. Not a change of a score ("tăng 0,0523 điểm").
pub(crate) fn score_below_one(lead: &str, after: &str, value: f64) -> Option<usize> {
    let near: Vec<&str> = words(lead).collect();
    let near = super::folded::last_words(&near, 3);
    let changes = ["tang", "giam", "nang", "them", "cai thien"].iter().any(|w| find_words(&near, w).next().is_some());
    points_alone(after).filter(|_| value > 0.0 && value < 1.0 && !changes)
}

/// A ratio per people after a figure, within a few words: "/1.000 dân", "trên 1.000 dân", "/10.000 dân",
/// "/vạn dân" ("300 phòng học/10.000 dân"). Returns the folded length read and how many thousand people it is
/// per: the figure per 1,000 people is the figure divided by it.
pub(crate) fn per_people_after(after: &str) -> Option<(usize, f64)> {
    let (i, end, thousands) = per_people_in(sub(after, 0, 80))?;
    // What it counts stands between, a few words ("doanh nghiệp công nghệ số", the national target's) with no
    // number nor break ("Đến năm 2030, ... 300 phòng học/10.000 dân": the year is no ratio).
    let between = sub(after, 0, i);
    let counted = words(between).count() <= 8 && !between.contains(|c: char| c.is_ascii_digit() || ",.;:".contains(c));
    counted.then_some((end, thousands))
}

/// A ratio per people named before its figure, which only counts what it names after it: "Số giường
/// bệnh/vạn dân đạt từ 30 đến 35 giường", "Số bác sĩ/vạn dân: 15 bác sĩ". How many thousand people it is
/// per; `None` for the lower bound of a range ("30" of "từ 30 đến 35") or a share.
pub(crate) fn per_people_before(prefix: &str, after: &str) -> Option<f64> {
    let from = prefix.len().saturating_sub(60);
    let window = sub(prefix, from, prefix.len());
    let (_, end, thousands) = per_people_in(window)?;
    let between = sub(window, end, window.len());
    let next = after.trim_start();
    let bound = next.starts_with(['%', '-', '–', '/'])
        || starts_with_words(next, "den")
        || starts_with_words(next, "phan tram");
    (words(between).count() <= 5 && !between.contains(['.', ';']) && !bound).then_some(thousands)
}

/// `value` times a unit's `factor` (a power of ten: "65,6 triệu" is 65.600.000): the nearest whole number when the
/// product is within a millionth of one, or within a millionth of a millionth of itself, as a figure written with no
/// more decimals than the factor's zeros is. In binary floating point 65,6 × 10⁶ is 65.599.999,999999993, 1,1 × 10⁶
/// is 1.100.000,0000000002 and 68,454 × 10⁹ is 68.453.999.999,99999, which a count (a whole number) would refuse and
/// a user would read as a slip.
pub(crate) fn scaled(value: f64, factor: f64) -> f64 {
    let v = value * factor;
    let whole = v.round();
    if factor > 1.0 && (v - whole).abs() < 1e-6_f64.max(v.abs() * 1e-12) {
        whole
    } else {
        v
    }
}

/// An amount of money after a figure: "triệu tỷ đồng", "nghìn tỷ đồng", "tỷ đồng" (or "tỉ"), "triệu đồng",
/// "nghìn đồng", "đồng": the factor into đồng and the folded length of the words read. A bare "đồng" counts
/// only when no word follows it ("500.000 đồng/người", not "3 đồng chí").
pub(crate) fn amount_after(after: &str) -> Option<(f64, usize)> {
    let t = after.trim_start();
    let lead = after.len() - t.len();
    [
        ("trieu ty dong", 1e15),
        ("trieu ti dong", 1e15),
        ("nghin ty dong", 1e12),
        ("ngan ty dong", 1e12),
        ("nghin ti dong", 1e12),
        ("ngan ti dong", 1e12),
        ("ty dong", 1e9),
        ("ti dong", 1e9),
        ("trieu dong", 1e6),
        // Tables' abbreviations: "1.184 tỷđ", "60trđ/người/năm".
        ("tyd", 1e9),
        ("trd", 1e6),
        // "396,1 tỷ.đ", "85 tr.đ"; "70,0 Tr. đồng", "15 Tr.đồng", "30 tr đồng" (phuong_dong_son_bim_son_thanh_hoa_2020,
        // a development text).
        ("ty.d", 1e9),
        ("tr. dong", 1e6),
        ("tr.dong", 1e6),
        ("tr dong", 1e6),
        ("tr.d", 1e6),
        ("nghin dong", 1e3),
        ("ngan dong", 1e3),
        ("dong", 1.0),
    ]
    .into_iter()
    .find(|(w, _)| {
        let next_word = sub(t, w.len(), t.len()).trim_start().starts_with(|c: char| c.is_ascii_alphabetic());
        starts_with_words(t, w) && (*w != "dong" || !next_word)
    })
    .map(|(w, factor)| (factor, lead + w.len() + per_whom(sub(t, w.len(), t.len()))))
    .or_else(|| {
        // "Thu nhập bình quân đầu người đạt 21 triệu/ người/năm" (a probe of 7 Dec 2026): a scale per person, year,
        // month or household, "đồng" left out, is an amount of money (it was a count of 21 million).
        let (w, factor) =
            [("trieu", 1e6), ("ty", 1e9), ("ti", 1e9)].into_iter().find(|(w, _)| starts_with_words(t, w))?;
        let per = per_whom(sub(t, w.len(), t.len()));
        (per > 0).then_some((factor, lead + w.len() + per))
    })
}

/// Whether a figure in `unit` keeps its comparator to figures of its own unit: amounts, ratios per people and
/// quantities ("đạt hơn 710 nghìn tỷ đồng, tăng bình quân 14-15%/năm": the rate is reached, not more than).
pub(crate) fn carries_own_comparator(unit: MeasureUnit) -> bool {
    physical(unit)
        || matches!(
            unit,
            MeasureUnit::Dong
                | MeasureUnit::PerThousandPeople
                | MeasureUnit::Usd
                | MeasureUnit::Count
                | MeasureUnit::Years
                | MeasureUnit::Mbps
                | MeasureUnit::Days
                | MeasureUnit::QuintalPerHectare
                | MeasureUnit::ChildrenPerWoman
        )
}

/// Whether `unit` measures land, matter or power: an area, a tonnage, a length, a volume (a water plant's a day too),
/// litres, a floor area (a person's too), generating capacity, electricity. Their figures are named by the words before
/// them ("diện tích cây chè 10.000 ha", "cứng hóa 555 km đường", "tổng công suất các nguồn điện đạt khoảng 2.415MW").
pub(crate) fn physical(unit: MeasureUnit) -> bool {
    matches!(
        unit,
        MeasureUnit::Hectare
            | MeasureUnit::Tonne
            | MeasureUnit::Kilometre
            | MeasureUnit::CubicMetre
            | MeasureUnit::CubicMetrePerDay
            | MeasureUnit::Litre
            | MeasureUnit::SquareMetre
            | MeasureUnit::SquareMetrePerPerson
            | MeasureUnit::Megawatt
            | MeasureUnit::KilowattHour
    )
}

/// Words that scale a figure before its unit: "5 tỷ USD", "4,2 triệu người", "226 nghìn tấn", "63 vạn tấn" (ten
/// thousand; folded, "van" is also "văn", "vấn", "vận": only before a unit of measure, never before things counted).
const SCALES: [(&str, f64); 6] =
    [("nghin", 1e3), ("ngan", 1e3), ("trieu", 1e6), ("ty", 1e9), ("ti", 1e9), ("van", 1e4)];

/// The words (folded) of units of measure other than money in đồng, each with the words that, right after it,
/// make it another word ("hạ tầng", "tận dụng", "tấn công"). A square or cube of a unit of length ("km²", "m³") folds
/// to its digit (`folded`), so "km2" is no length and "m2" no volume.
const MEASURES: [(&str, MeasureUnit, &[&str]); 17] = [
    ("usd", MeasureUnit::Usd, &[]),
    ("do la my", MeasureUnit::Usd, &[]),
    ("do la", MeasureUnit::Usd, &[]),
    ("hecta", MeasureUnit::Hectare, &[]),
    ("hec ta", MeasureUnit::Hectare, &[]),
    ("hec-ta", MeasureUnit::Hectare, &[]),
    (
        "ha",
        MeasureUnit::Hectare,
        &["tang", "noi", "long", "giang", "nam", "tinh", "tien", "thap", "gia", "canh", "muc"],
    ),
    ("tan", MeasureUnit::Tonne, &["dung", "noi", "cong", "tam", "tinh", "goc", "tay", "cung", "huong", "trung", "thu"]),
    ("tonne", MeasureUnit::Tonne, &[]),
    // "555 km đường giao thông", "10 cây số" (not trees counted, [`COUNTED`]'s "cây"), "kilômét".
    ("km", MeasureUnit::Kilometre, &[]),
    ("cay so", MeasureUnit::Kilometre, &[]),
    ("kilomet", MeasureUnit::Kilometre, &[]),
    // "500 ngàn m3", "m³", "mét khối" (not "mét" alone, nor "khối" alone: "khối phố").
    ("m3", MeasureUnit::CubicMetre, &[]),
    ("met khoi", MeasureUnit::CubicMetre, &[]),
    // "10 triệu lít nước mắm".
    ("lit", MeasureUnit::Litre, &[]),
    // Floor area: "7.347.630m2 sàn nhà ở", "m²", "mét vuông"; a person's, "32,2 m2/người" ([`quantity_after`]).
    ("m2", MeasureUnit::SquareMetre, &[]),
    ("met vuong", MeasureUnit::SquareMetre, &[]),
];

/// Whether a quantity in `unit` is per something it may not be per, given the folded text right after its unit's
/// words: a length, a volume or litres per anything but a year ("12 triệu lít/năm") is a speed, a capacity or a norm
/// ("80 km/h", "5.000 m3/ngày đêm", "60 lít/người/ngày"), no quantity of these units; a floor area per anything but a
/// person ("45m2/căn", a dwelling's size) is none either.
fn per_what_it_is_not(unit: MeasureUnit, rest: &str) -> bool {
    let length_or_volume = matches!(unit, MeasureUnit::Kilometre | MeasureUnit::CubicMetre | MeasureUnit::Litre);
    let Some(per) = rest.trim_start().strip_prefix('/').map(str::trim_start) else { return false };
    let yearly = starts_with_words(per, "nam") && !sub(per, "nam".len(), per.len()).trim_start().starts_with('/');
    length_or_volume && !yearly || unit == MeasureUnit::SquareMetre && !starts_with_words(per, "nguoi")
}

/// The folded length of "a day" right after a unit ("/ngày đêm", "/ngày.đêm", "/ngđ", "/ngày"), if it is there.
fn per_day(rest: &str) -> Option<usize> {
    let per = rest.trim_start().strip_prefix('/')?.trim_start();
    let day = ["ngay dem", "ngay.dem", "ngay-dem", "ngay", "ngd", "ng.d"].into_iter().find(|w| word_at(per, 0, w))?;
    Some(rest.len() - per.len() + day.len())
}

/// Speeds of access (folded) and their factor into megabits a second: "150 Mbps", "36 Mb/s", "1 Gbps", "1Gb/s".
const SPEEDS: [(&str, f64); 4] = [("mbps", 1.0), ("mb/s", 1.0), ("gbps", 1e3), ("gb/s", 1e3)];

/// Units of electricity (folded) and their factor: generating capacity into megawatts ("2.415MW", "1,2 GW", "500 kW",
/// solar's peak "MWp", "kWp"), electricity into kilowatt-hours ("5,9 tỷ kWh", "120 GWh", "MWh").
const ENERGY: [(&str, MeasureUnit, f64); 8] = [
    ("mw", MeasureUnit::Megawatt, 1.0),
    ("mwp", MeasureUnit::Megawatt, 1.0),
    ("gw", MeasureUnit::Megawatt, 1e3),
    ("kw", MeasureUnit::Megawatt, 1e-3),
    ("kwp", MeasureUnit::Megawatt, 1e-3),
    ("kwh", MeasureUnit::KilowattHour, 1.0),
    ("mwh", MeasureUnit::KilowattHour, 1e3),
    ("gwh", MeasureUnit::KilowattHour, 1e6),
];

/// The nouns (folded) a plan counts when it sets a number of things to reach ("thành lập 2.000 doanh nghiệp
/// mới", "phát triển ít nhất 5 sản phẩm OCOP", "kết nạp từ 25 đảng viên trở lên"), each with the words that,
/// right after it, make it another word ("hỗ trợ", "hồ sơ", "xã hội"). Tasks, solutions, platforms and
/// systems a plan lists ("05 giải pháp", "01 nền tảng") are not among them ([`super::noise`]).
const COUNTED: [(&str, &[&str]); 122] = [
    ("doanh nghiep", &[]),
    // Its abbreviation, in a table's unit column ("Số doanh nghiệp thành lập mới | DN | 320 | 400") as in text.
    ("dn", &[]),
    ("hop tac xa", &[]),
    ("htx", &[]),
    // Community digital technology teams ("Mỗi xã, phường có ít nhất 01 tổ công nghệ số cộng đồng", "Tổ CNSCĐ") and the
    // local e-commerce platforms a plan sets up ("Có ít nhất 3 sàn thương mại điện tử"; probes of 6 Dec 2026).
    ("to cong nghe so", &[]),
    ("to cnscd", &[]),
    ("san thuong mai dien tu", &[]),
    ("san tmdt", &[]),
    ("to hop tac", &[]),
    ("ho", &["tro", "so", "chieu", "khau", "tich", "chua", "chi", "ten"]),
    ("nguoi", &[]),
    // "dân số toàn tỉnh đạt khoảng 1.570 nghìn dân", not "dân số", "dân cư", "dân tộc".
    (
        "dan",
        &[
            "so", "cu", "toc", "van", "chu", "sinh", "dung", "quan", "y", "gian", "lap", "nguyen", "tri", "phong",
            "vu", "tu",
        ],
    ),
    ("lao dong", &[]),
    ("dang vien", &[]),
    ("hoi vien", &[]),
    ("xa", &["hoi", "giao"]),
    ("phuong", &["an", "thuc", "tien", "huong", "phap", "cham"]),
    ("huyen", &[]),
    ("thon", &[]),
    ("to dan pho", &[]),
    ("san pham", &[]),
    ("cum cong nghiep", &[]),
    ("khu cong nghiep", &[]),
    ("khu dan cu", &[]),
    // Schools, the whole noun ("10/10 trường học có Tổ công nghệ số", a probe of 7 Dec 2026, was named `hoc_...`).
    ("truong hoc", &[]),
    ("truong", &["hop", "phong", "ban", "thon", "cong"]),
    ("tram y te", &[]),
    ("tram bts", &[]),
    // Places ("3 điểm du lịch"), not a bright spot ("một điểm sáng trong thu hút FDI", hai_phong_fdi_2024, a development
    // text).
    ("diem", &["so", "chuan", "den", "sang"]),
    ("trung tam du lieu", &[]),
    ("co so", &["du lieu", "ha tang", "vat chat", "phap ly", "khoa hoc"]),
    ("trang trai", &[]),
    ("gia trai", &[]),
    // Heads of livestock ("Đàn lợn: 3.000 con"), not "còn lại", "con người", "con/phụ nữ".
    ("con", &["lai", "nguoi", "duong", "so", "em", "chau", "phu", "tre"]),
    ("tai khoan", &[]),
    // Signatures and cards issued ("cấp phát gần 538 nghìn chữ ký điện tử", thanh_hoa_danh_tinh_so_2025, a development
    // text; "cấp 500 thẻ căn cước", a probe of 6 Dec 2026).
    ("chu ky so", &[]),
    ("chu ky dien tu", &[]),
    // Digital certificates issued ("toàn tỉnh cấp 15.200 chứng thư số cho cá nhân", a probe of 7 Dec 2026).
    ("chung thu so", &[]),
    ("the can cuoc", &[]),
    ("the bao hiem y te", &[]),
    ("the bhyt", &[]),
    ("smartphone", &[]),
    ("dien thoai thong minh", &[]),
    ("luot khach", &[]),
    ("luot du khach", &[]),
    // Visits or turns on their own ("tổng lượt khách du lịch đạt 5,2 triệu lượt", "10 triệu lượt truy cập").
    ("luot", &[]),
    // Rooms of lodging ("25.000 phòng nghỉ", "100.000 phòng lưu trú"), not "phòng học", "phòng chống".
    ("phong nghi", &[]),
    ("phong luu tru", &[]),
    ("phong khach san", &[]),
    // Rooms alone after a count of rooms named before ("tổng số phòng lưu trú là 7.500 phòng"), not "phòng chống",
    // "phòng ngừa", "phòng, chống", "phòng ban", "phòng khám", "phòng học" (as "phòng học" alone is not).
    ("phong", &["chong", "ngua", "tranh", "ban", "kham", "thu", "ve", "dich", "giao duc", "van hoa", "hop", "hoc"]),
    // Hotels ("có 115 khách sạn đạt tiêu chuẩn từ 1 sao trở lên").
    ("khach san", &[]),
    // Jobs made ("tạo ra khoảng 40.000 - 42.000 việc làm").
    ("viec lam", &[]),
    ("chi bo", &[]),
    // Dwellings ("199.400 căn hộ nhà ở xã hội"), not "cán bộ", "căn cứ", "cần thiết", "cận nghèo".
    ("can", &["bo", "cu", "thiet", "ngheo", "thi"]),
    // Works ("ít nhất 10 công trình khoa học công nghệ đoạt giải"), cable routes ("2 tuyến cáp quang biển").
    ("cong trinh", &[]),
    ("tuyen cap", &[]),
    // Models to build ("ít nhất một mô hình làm kinh tế giỏi", "04 mô hình trở lên") and families helped.
    ("mo hinh", &[]),
    ("gia dinh", &[]),
    // Houses built or repaired ("sửa chữa ít nhất 30 nhà Đại đoàn kết", "50 nhà văn hóa").
    ("nha", &["nuoc"]),
    // "150.000 ngôi nhà thuộc các hộ gia đình có trẻ em".
    ("ngoi nha", &[]),
    // Groups and people commended ("ít nhất 1 tập thể và 1 cá nhân được ... tặng bằng khen").
    ("tap the", &[]),
    ("ca nhan", &[]),
    // Routes, areas, zones and gardens a plan develops ("13 tuyến du lịch", "công nhận 1 khu", "3-5 vùng sản xuất
    // chuyên canh", "35 - 50 vườn kiểu mẫu"), not "tuyên truyền", "tuyển dụng", "khu vực".
    ("tuyen", &["truyen", "dung", "sinh", "bo", "ngon"]),
    ("khu", &["vuc"]),
    ("vung", &[]),
    ("vuon", &["len", "toi", "ra"]),
    // What plans count besides, from the kinds of targets they set (4 Dec 2026): projects, organisations, units,
    // agencies and unions of cooperatives; classes and conferences held; prizes and medals won; pupils, students,
    // teachers, doctors, civil servants, members and artisans; hospital beds; villages, hamlets, clubs,
    // libraries, hospitals, shops, supermarkets, centres and clusters (factories, "nhà máy", count as houses do); brands, trademarks, geographical
    // indications, initiatives, research topics and patents; procedures and services; trees planted; visitors;
    // subscriptions, connections and transactions. Not officials or classrooms (see the tests).
    ("du an", &[]),
    // Urban centres by class, towns and cities ("Toàn tỉnh có 14 đô thị, gồm: 01 đô thị loại II; 02 đô thị loại IV",
    // ha_nam_he_thong_do_thi_2030, a development text), not "đô thị hóa" (urbanisation).
    ("do thi", &["hoa"]),
    // Criteria met ("các xã còn lại đạt từ 15 tiêu chí trở lên", ben_tre_nong_thon_moi_2023, a development text).
    ("tieu chi", &[]),
    ("thi tran", &[]),
    ("thi xa", &[]),
    ("to chuc", &[]),
    ("don vi", &[]),
    ("co quan", &[]),
    ("lien hiep", &[]),
    ("lop", &[]),
    ("hoi nghi", &[]),
    // Contests held and startup ideas incubated ("tổ chức 5 cuộc thi khởi nghiệp", "hỗ trợ ươm tạo ít nhất 20 ý tưởng
    // khởi nghiệp", vinh_long_khoi_nghiep_2025, a development text).
    ("cuoc thi", &[]),
    ("y tuong", &[]),
    ("giai", &["phap", "doan", "ngan", "quyet", "tri", "phong", "the", "thich", "trinh"]),
    ("huy chuong", &[]),
    // Athletes trained ("huấn luyện thường xuyên từ 80 đến 90 vận động viên", gia_lai_the_thao_2030, a development
    // text).
    ("van dong vien", &[]),
    ("hoc sinh", &[]),
    ("sinh vien", &[]),
    ("giao vien", &[]),
    ("bac si", &[]),
    ("cong chuc", &[]),
    ("doan vien", &[]),
    ("thanh vien", &[]),
    ("nghe nhan", &[]),
    ("giuong benh", &[]),
    ("lang", &[]),
    ("xom", &[]),
    ("ap", &["dung", "luc"]),
    ("cau lac bo", &[]),
    ("clb", &[]),
    ("thu vien", &[]),
    ("benh vien", &[]),
    ("cua hang", &[]),
    ("sieu thi", &[]),
    ("trung tam", &[]),
    ("cum", &[]),
    ("thuong hieu", &[]),
    ("nhan hieu", &[]),
    ("chi dan dia ly", &[]),
    ("sang kien", &[]),
    ("de tai", &[]),
    ("sang che", &[]),
    ("bang sang che", &[]),
    ("thu tuc", &[]),
    ("dich vu", &[]),
    ("cay", &["so"]),
    ("khach", &["san"]),
    // A port's terminals and berths, and its passengers ("Sẽ có 11 bến cảng", "đón tiếp từ 1,13 đến 1,26 triệu hành
    // khách"; quang_ngai_cang_bien_2030, a development text).
    ("ben cang", &[]),
    ("cau cang", &[]),
    ("hanh khach", &[]),
    ("thue bao", &[]),
    // Waste's landfills, transfer stations and incinerators ("7 bãi chôn lấp hợp vệ sinh, 10 trạm trung chuyển chất
    // thải rắn đô thị", kien_giang_xu_ly_chat_thai_ran_2025, a development text); "trạm" also folds to "trăm" (a
    // hundred), never written after digits.
    ("bai", &[]),
    ("tram", &[]),
    ("lo dot", &[]),
    ("ket noi", &[]),
    ("giao dich", &[]),
];

/// A quantity after a figure that is not money in đồng: US dollars, hectares, tonnes ([`MEASURES`]), or things
/// counted ([`COUNTED`], unit [`MeasureUnit::Count`]), with a scale before it ("5 tỷ USD", "4,2 triệu người"):
/// the unit, the factor and the folded length of the words read (with what it is per: "USD/người").
pub(crate) fn quantity_after(after: &str) -> Option<(MeasureUnit, f64, usize)> {
    // "3/4 trường học", "8/8 xã": a count out of all, the count first; not a month of a year ("Tháng 7/2023, công
    // trình ...") nor a date before a comma ("Sáng 3/9, huyện ...", huyen_quang_dien_thua_thien_hue_giao_duc_2016, a
    // development text): the things counted follow the whole.
    if let Some(rest) = after.strip_prefix('/').filter(|r| r.starts_with(|c: char| c.is_ascii_digit())) {
        let t = rest.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start();
        if year_at(rest).is_some() || !t.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let (w, _) = COUNTED.iter().find(|(w, not)| counted_word(t, w, not))?;
        return Some((MeasureUnit::Count, 1.0, after.len() - t.len() + w.len()));
    }
    let t = after.trim_start();
    // The unit's word follows the figure itself, or a scale: "2ha", "10.000 ha", "5 tỷ USD"; never a sign.
    if !t.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    // "vận động viên" (athletes) folds to the scale "vạn" and "động viên".
    let scaled = |w: &str| starts_with_words(t, w) && !(w == "van" && starts_with_words(t, "van dong"));
    let (scale, factor, u) = match SCALES.iter().find(|(w, _)| scaled(w)) {
        Some(&(w, f)) => (w, f, sub(t, w.len(), t.len()).trim_start()),
        None => ("", 1.0, t),
    };
    let read = after.len() - u.len();
    if let Some(&(w, f)) = SPEEDS.iter().find(|(w, _)| starts_with_words(u, w)) {
        return Some((MeasureUnit::Mbps, factor * f, read + w.len()));
    }
    if let Some(&(w, unit, f)) = ENERGY.iter().find(|(w, _, _)| starts_with_words(u, w)) {
        return Some((unit, factor * f, read + w.len()));
    }
    let measure = MEASURES.iter().find(|(w, _, not)| counted_word(u, w, not)).map(|&(w, unit, _)| (w, unit));
    let counted = || {
        let counted = COUNTED.iter().find(|(w, not)| counted_word(u, w, not)).map(|&(w, _)| (w, MeasureUnit::Count));
        counted.filter(|_| scale != "van")
    };
    let Some((w, unit)) = measure.or_else(counted) else {
        // "lần lượt 150 ngàn và trên 2,6 triệu lượt khách": a scaled figure before "và" takes the unit of the
        // scaled figure after it.
        return (!scale.is_empty()).then(|| shared_unit(u)).flatten().map(|unit| (unit, factor, read));
    };
    let rest = sub(u, w.len(), u.len());
    if let Some(n) = per_day(rest).filter(|_| unit == MeasureUnit::CubicMetre) {
        // "công suất 300.000m3/ngày đêm": a water plant's capacity.
        return Some((MeasureUnit::CubicMetrePerDay, factor, read + w.len() + n));
    }
    if per_what_it_is_not(unit, rest) {
        return None;
    }
    let per = if unit == MeasureUnit::Count { 0 } else { per_whom(rest) };
    // "32,2 m2/người": a floor area a person.
    let unit = if unit == MeasureUnit::SquareMetre && per > 0 { MeasureUnit::SquareMetrePerPerson } else { unit };
    Some((unit, factor, read + w.len() + per))
}

/// The unit of the scaled figure after "và" that `u` opens with ("và trên 2,6 triệu lượt khách"), at most two words
/// (a comparator) before its number.
fn shared_unit(u: &str) -> Option<MeasureUnit> {
    let rest = u.strip_prefix("va ")?;
    let digit = rest.find(|c: char| c.is_ascii_digit())?;
    if words(sub(rest, 0, digit)).count() > 2 {
        return None;
    }
    let after = sub(rest, digit, rest.len()).trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let t = after.trim_start();
    SCALES
        .iter()
        .any(|(w, _)| starts_with_words(t, w))
        .then(|| quantity_after(after))
        .flatten()
        .map(|(unit, _, _)| unit)
}

/// Verbs (folded) that make or gain things counted: "thành lập 2.000 doanh nghiệp", "xây dựng 3/4 trường học đạt
/// chuẩn", "tạo việc làm mới cho 700.000 lao động", "tăng thêm 199.400 căn", "hoàn thành chuyển đổi số tại 12
/// huyện".
const MAKE: [&str; 19] = [
    "thanh lap",
    // "Hà Nam phấn đấu gieo trồng 30.367ha cây các loại", "gieo cấy 30.492 ha lúa mùa": areas sown.
    "gieo trong",
    "gieo cay",
    // "công nhận 1 khu và 2 điểm du lịch", "công nhận thêm 10 xã đạt chuẩn": places a plan has recognised.
    "cong nhan",
    "trong moi",
    "tao ra",
    // "hoàn thành chuyển đổi số tại 12 huyện, thị xã, thành phố".
    "hoan thanh",
    "phat trien",
    "hinh thanh",
    "ket nap",
    "thu hut",
    "co them",
    "xay dung",
    "tao viec lam",
    "giai quyet viec lam",
    "dao tao",
    "tang them",
    // "phấn đấu thành lập và đưa vào hoạt động 3 cụm công nghiệp mới" (huyen_thanh_mien_hai_duong_cum_cong_nghiep_2025, a
    // development text), "đưa vào sử dụng 2 khu công nghiệp": things put into operation or use.
    "dua vao hoat dong",
    "dua vao su dung",
];

/// Verbs (folded) that build a length of road, canal or line, set to reach in kilometres: "cứng hóa 555 km đường
/// giao thông nông thôn", "nâng cấp 55 km quốc lộ", "kiên cố hóa 100 km kênh mương".
const BUILD: [&str; 8] =
    ["cung hoa", "nhua hoa", "be tong hoa", "kien co hoa", "nang cap", "cai tao", "mo moi", "lam moi"];

/// Verbs (folded) that produce, process or harvest a volume or litres, set to reach: "sản xuất 10 triệu lít nước
/// mắm", "chế biến nước mắm bình quân 12 triệu lít/năm", "khai thác 500 ngàn m3 gỗ".
const PRODUCE: [&str; 3] = ["san xuat", "che bien", "khai thac"];

/// Verbs (folded) that protect, tend, plant or restore an area, set to reach: "bảo vệ 358.391 ha rừng", "khoanh nuôi tái
/// sinh 5.000 ha", "chăm sóc 2.000 ha rừng trồng", "trồng rừng sản xuất 6.000 ha/năm", "phục hồi rừng phòng hộ 1.000
/// ha/năm" (phu_yen_lam_nghiep_2030, a development text).
const TEND: [&str; 5] = ["bao ve", "khoanh nuoi", "cham soc", "trong rung", "phuc hoi"];

/// Verbs (folded) that help or rally people and households, counted: "giúp 28 hộ nghèo thoát nghèo", "hỗ trợ 14 hộ
/// phụ nữ khởi nghiệp", "vận động trên 3.400 người"; not areas or amounts ("kinh phí hỗ trợ 10 ha").
const HELP: [&str; 3] = ["giup", "ho tro", "van dong"];

/// Verbs (folded) that remedy things a plan counts: "TP sẽ giải quyết 13/17 tuyến đường ngập nước", "xử lý 9 tuyến
/// đường ngập do triều", "sửa chữa 30 nhà" (ho_chi_minh_giam_ngap_2020, a development text).
const REMEDY: [&str; 4] = ["giai quyet", "xu ly", "khac phuc", "sua chua"];

/// Whether the words right before a figure (folded) are a verb that makes, gains or helps things ([`MAKE`],
/// [`HELP`]): the figure opens an item of its own ("giúp ít nhất 2 hộ thoát nghèo, hỗ trợ 4 hội viên").
pub(crate) fn verb_right_before(prefix: &str) -> bool {
    let t = prefix.trim_end();
    MAKE.iter().chain(&HELP).any(|w| ends_with_words(t, w))
}

/// Whether the words right before a figure (folded) are a change's verb ("tăng", "tăng lên", "tăng gấp", "giảm"): the
/// figure is a change of its own, not the next item of a list of levels ("còn dưới 5,5%, thu nhập ... tăng lên 1,5 lần",
/// quang_tri_giam_ngheo_2030, a development text).
pub(crate) fn change_right_before(prefix: &str) -> bool {
    let t = prefix.trim_end();
    ["tang", "tang len", "tang gap", "giam"].iter().any(|w| ends_with_words(t, w))
}

/// Whether folded `t` opens with the unit's word `w`, not with another word it makes with the next one (`not`).
fn counted_word(t: &str, w: &str, not: &[&str]) -> bool {
    let next = sub(t, w.len(), t.len()).trim_start();
    // A unit per time ("6.000 ha/năm", phu_yen_lam_nghiep_2030, a development text) is no other word: "Hà Nam" is
    // "ha nam", not "ha/nam".
    let per = next.starts_with('/');
    starts_with_words(t, w) && (per || !not.iter().any(|n| starts_with_words(next, n)))
}

/// Whether a count is one to reach whatever the words before it, by its own words (folded `lead`, its clause's words
/// before it; `after`, the words after it, of which [`quantity_after`] read the first `read` bytes): its things
/// complete or meet a standard ([`completed_after`]), are counted out of all there are ([`out_of_all`]) or open their
/// clause with what they have ([`opens_with_what_has`]).
pub(crate) fn count_with_no_verb(lead: &str, after: &str, read: usize, value: f64) -> bool {
    let (things, rest) = (sub(after, 0, read), sub(after, read, after.len()));
    completed_after(rest) || out_of_all(things, value) || opens_with_what_has(lead, rest)
}

/// Whether a count is of things counted out of all there are, as many or more (folded `things`, the words after its
/// figure that [`quantity_after`] read): "Kiện toàn Tổ công nghệ số cộng đồng tại 12/12 ấp", "10/10 xã có Tổ công nghệ
/// số" (a probe of 7 Dec 2026: no figures, the verb before them none that sets a count). The whole written after the
/// count says what it is of, whatever the words before it.
fn out_of_all(things: &str, value: f64) -> bool {
    let Some(rest) = things.strip_prefix('/') else { return false };
    super::numbers::tokens(rest).first().filter(|t| t.start == 0).and_then(|t| t.value).is_some_and(|all| all >= value)
}

/// Whether a count opening its clause (folded `lead`, the clause's words before it, none but a list's marks) is of
/// things that have what the words after their noun (folded `rest`) name: "15 xã có Tổ công nghệ số cộng đồng", "- 50
/// doanh nghiệp có website" (a probe of 7 Dec 2026: no figures, for want of a verb before them), as a share opening
/// its clause is ("100% xã có ...").
fn opens_with_what_has(lead: &str, rest: &str) -> bool {
    lead.trim_matches(|c: char| !c.is_ascii_alphanumeric()).is_empty() && starts_with_words(rest.trim_start(), "co")
}

/// Whether the words after things counted (folded, after their noun) say they are to complete or meet a
/// standard, within twelve words of the same clause: "300 xã, phường, thị trấn hoàn thành tiêu chí chuyển đổi
/// số", "12 xã đạt chuẩn nông thôn mới", "5 trường được công nhận đạt chuẩn quốc gia".
pub(crate) fn completed_after(after: &str) -> bool {
    let clause = sub(after, 0, after.find(['.', ';', ':', '(', '\n']).unwrap_or(after.len()));
    let near: Vec<&str> = words(clause).take(12).collect();
    let near = near.join(" ");
    // "470 trường học đạt tiêu chuẩn trường học an toàn", "150.000 ngôi nhà ... đạt tiêu chí ngôi nhà an toàn".
    ["hoan thanh", "dat chuan", "dat tieu chi", "dat tieu chuan", "duoc cong nhan"]
        .iter()
        .any(|w| find_words(&near, w).next().is_some())
}

/// Whether the things a count counts (folded `things`, the words after its figure that [`quantity_after`] read, a scale
/// and what they are per left out) are named before it in its part of the clause (folded `named`, after its last
/// comma, ";", ":" or bracket), after "số", "tổng số" or "số lượng" that open it, in full or by their initials: the
/// number of what the clause names, to reach ("Số CLB TDTT tăng 25 - 30 câu lạc bộ/năm", ben_tre_the_thao_2030; "số hộ
/// nghèo đến cuối năm 2024 còn 3.675 hộ", ca_mau_giam_ngheo_2024; "Số trường đạt chuẩn quốc gia 4/4 trường",
/// phuong_dong_son_bim_son_thanh_hoa_2020; development texts).
pub(crate) fn things_named_before(named: &str, things: &str) -> bool {
    let part = own_part(named);
    let noun = noun_of(things);
    let initials: String = words(noun).filter_map(|w| w.chars().next()).collect();
    let counted = |name: &str| {
        ["so", "tong so", "so luong"].iter().any(|w| starts_with_words(part.trim_start(), &format!("{w} {name}")))
    };
    !noun.is_empty() && (counted(noun) || initials.len() >= 2 && counted(&initials))
}

/// Whether a quantity in `unit` whose figure is `value` (folded `named`, the words before it; `things`, as
/// [`things_named_before`] reads them) is one to reach for what it counts or how it is given: a count of what the
/// clause names ([`things_named_before`]) or of trees to plant ([`trees_to_plant`]); or, in any unit, a range ("tổ chức
/// các giải TT các cấp từ 400 - 420 giải/năm", "triển khai 1 – 2 mô hình", "quy mô từ 20 - 22.000 ha nhóm sản phẩm
/// dừa"; ben_tre_the_thao_2030, gia_lai_moi_truong_nong_thon_2025, ben_tre_nong_nghiep_2025, development texts): what
/// was done is measured exactly; a range is what a plan hopes for.
pub(crate) fn to_reach_as_named_or_ranged(named: &str, things: &str, value: f64, unit: MeasureUnit) -> bool {
    // Not a term of years ("nhiệm kỳ 2021-2026 tổ chức kỳ họp", "giai đoạn 2018 – 2020 cần").
    let ranged = super::numbers::range_low(named, named.len())
        .is_some_and(|(t, low)| low < value && !t.written_as_a_year(named));
    let count = unit == MeasureUnit::Count;
    count && (things_named_before(named, things) || trees_to_plant(named, things)) || ranged
}

/// The part of a clause's words before a figure (folded `named`) after its last comma, ";", ":" or bracket.
fn own_part(named: &str) -> &str {
    sub(named, named.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1), named.len())
}

/// The noun of the things a count counts (folded `things`, the words after its figure that [`quantity_after`] read),
/// without the whole they are counted out of ("/4 trường"), a scale ("triệu cây") or what they are per ("giải/năm").
pub(crate) fn noun_of(things: &str) -> &str {
    let t = things.trim_start();
    let t = t.strip_prefix('/').map_or(t, |r| r.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start());
    let t = SCALES.iter().find(|(w, _)| starts_with_words(t, w)).map_or(t, |(w, _)| sub(t, w.len(), t.len()));
    sub(t, 0, t.find('/').unwrap_or(t.len())).trim()
}

/// Whether a count of trees ("cây"; folded `things`, as [`things_named_before`] reads them) is of trees to plant:
/// "trồng" right before the figure and its comparator, or "trồng cây" in its part of the clause (folded `named`):
/// "trồng 1.000.000 cây phân tán", "trồng cây phân tán trên 1,6 triệu cây" (cao_bang_phat_trien_rung_2025,
/// dak_nong_cay_xanh_2025, development texts). "trồng" folds to the "trong" (in) of "trong 3 xã", which counts no trees.
pub(crate) fn trees_to_plant(named: &str, things: &str) -> bool {
    let bare = super::comparators::without_before(named).trim_end();
    starts_with_words(noun_of(things), "cay")
        && (ends_with_words(bare, "trong") || find_words(own_part(named), "trong cay").next().is_some())
}

/// Whether the words before a quantity ([`quantity_after`]) set it as one to reach: as an amount's do
/// ([`amount_to_reach`]), with "diện tích", "sản lượng" and "chiều dài" among the names listed bare; a verb that makes
/// or gains it ([`MAKE`]) among the last six words ("thành lập 2.000 doanh nghiệp", "kết nạp mới từ 25 đảng viên", "có
/// thêm 2 huyện", "trồng mới 2.400 ha"), builds a length ([`BUILD`]) or produces a volume or litres ([`PRODUCE`]); or,
/// for things counted, "có" right before them ("mỗi người dân có 01 tài
/// khoản", not "hiện có"), visitors welcomed, or a population as plans name it ("Dân số trung bình"); never the
/// members a congress's delegates represent. The high figure of a range is set by the words before its low figure:
/// "có 20 - 25 sản phẩm", "có từ 3 đến 4 đơn vị", "thu hút 50 đến 60 doanh nghiệp".
pub(crate) fn quantity_to_reach(prefix: &str, unit: MeasureUnit) -> bool {
    before_a_range(super::comparators::without_before(prefix))
        .is_some_and(|head| quantity_to_reach_as_named(head, unit))
        || quantity_to_reach_as_named(prefix, unit)
}

/// [`quantity_to_reach`] of the words right before a figure (folded `prefix`).
fn quantity_to_reach_as_named(prefix: &str, unit: MeasureUnit) -> bool {
    let last: Vec<&str> = words(prefix).collect();
    let tail = super::folded::last_words(&last, 6);
    // Or opening the figure's part of its clause, however long its name ("..., sản lượng lương thực cây có hạt 14.700
    // tấn", ha_nam_vu_mua_2020, a development text).
    let part = sub(prefix, prefix.rfind([',', ';', ':']).map_or(0, |i| i + 1), prefix.len()).trim_start();
    // Goods handled are a quantity a port's plan sets ("đáp ứng thông quan hàng hóa 47,20 đến 48,20 triệu tấn",
    // quang_ngai_cang_bien_2030, a development text).
    let named = ["dien tich", "san luong", "chieu dai", "hang hoa"]
        .iter()
        .any(|w| find_words(&tail, w).next().is_some() || starts_with_words(part, w) && words(part).count() <= 14);
    // A population named as plans name it ("Dân số trung bình 7.129 người", "Quy mô dân số ... 4,2 triệu người"),
    // not a unit's profile ("có tổng diện tích tự nhiên 136,270 km², dân số 36.174 người").
    let population = unit == MeasureUnit::Count
        && ["dan so trung binh", "quy mo dan so"].iter().any(|w| find_words(&tail, w).next().is_some());
    let near = super::folded::last_words(&last, 4);
    // The words before the figure's comparator: "có từ 3 thôn trở lên", "đón từ 13 triệu lượt khách".
    let bare = super::comparators::without_before(prefix);
    let bare_last: Vec<&str> = words(bare).collect();
    // "có 01 tài khoản", and what there is now ("hiện có", "đã có", "nay có"), which the words that report make an
    // observation (phuong_tam_thang_ho_chi_minh, a development text, and a probe of 6 Dec 2026: the counts were no
    // figures); not "vẫn có" (still has).
    // Nor what a unit's profile says it has ("Xã ... có tổng diện tích tự nhiên 123,829km2, dân số 22.567 nhân khẩu,
    // toàn đảng bộ có 23 chi bộ trực thuộc").
    // The profile is looked for last, over the whole prefix, only for a count after "có".
    let had = unit == MeasureUnit::Count
        && bare_last.last() == Some(&"co")
        && bare_last.iter().rev().nth(1).is_none_or(|w| *w != "van")
        && find_words(prefix, "dien tich tu nhien").next().is_none()
        // Nor what a Party body has ("Đảng bộ phường có 74 tổ chức Đảng với 5.067 đảng viên", "Ban Chấp hành Đảng bộ tỉnh
        // ... có 56 người", phuong_tam_thang_ho_chi_minh, ca_mau_dai_hoi_2030, development texts).
        && !["dang bo", "ban chap hanh"].iter().any(|w| find_words(prefix, w).next().is_some());
    // "phát triển 2ha công viên", "trồng mới 2.400 ha": made or gained, a count or an area.
    // Whom a clause opening with help helps, however many words name them ("Hỗ trợ cho hộ gia đình người có công với
    // cách mạng có khó khăn về nhà ở, để cải thiện nhà ở khoảng 3.300 hộ", quang_binh_phat_trien_nha_o_2030, a
    // development text).
    let helped = unit == MeasureUnit::Count
        && (HELP.iter().chain(&REMEDY).any(|w| find_words(&tail, w).next().is_some())
            || HELP.iter().any(|w| starts_with_words(prefix.trim_start(), w)));
    // "tiêu chuẩn hóa thêm 52 sản phẩm": things added, whatever the verb; or cut, "giảm" right before them ("thu nhập
    // ... đạt 61,65 triệu đồng/người/năm, giảm 532 hộ nghèo", a probe of 7 Dec 2026, went unused), not a bracket's
    // count of a rate's fall ("giảm 0,04% tỷ lệ hộ nghèo ... (giảm 1.114 hộ nghèo)", ho_chi_minh_2025, a development
    // text).
    let b = bare.trim_end();
    let cut = ends_with_words(b, "giam") && !sub(b, 0, b.len() - "giam".len()).trim_end().ends_with('(');
    let added = unit == MeasureUnit::Count && (ends_with_words(b, "them") || cut);
    // "tỉnh sẽ có 1.148.476 ha đất lâm nghiệp", "phấn đấu có 500 ha": what there will be, whatever its unit.
    let will_have = ["se co", "phan dau co"].iter().any(|w| ends_with_words(bare.trim_end(), w));
    // "cứng hóa 555 km đường", "sản xuất 10 triệu lít nước mắm": a length built, a volume or litres produced.
    let in_tail = |verbs: &[&str]| verbs.iter().any(|w| find_words(&tail, w).next().is_some());
    let built = unit == MeasureUnit::Kilometre && in_tail(&BUILD);
    let produced = matches!(unit, MeasureUnit::CubicMetre | MeasureUnit::Litre) && in_tail(&PRODUCE);
    // "quản lý, bảo vệ tốt 358.391 ha rừng tự nhiên hiện có" (cao_bang_phat_trien_rung_2025, a development text): an
    // area a plan protects or tends.
    let tended = unit == MeasureUnit::Hectare && in_tail(&TEND);
    // Or a verb that makes them opening the figure's part of its clause, however many words name them ("giải quyết việc
    // làm trong nước cho 18.500 người", bac_lieu_dao_tao_nghe_2023, a development text).
    let made_in_part =
        unit == MeasureUnit::Count && MAKE.iter().any(|w| starts_with_words(own_part(prefix).trim_start(), w));
    let made = in_tail(&MAKE) || made_in_part || had || helped || added || will_have || built || produced || tended;
    // "phấn đấu đón 10 triệu lượt khách", "đón được trên 26 triệu lượt khách": visitors to welcome, the verb right
    // before the figure and its comparator (before a range's low figure, "đón tiếp từ 1,13 đến 1,26 triệu hành
    // khách", as [`quantity_to_reach`] reads every verb).
    let welcomed = unit == MeasureUnit::Count
        && ["don", "don duoc", "don tiep"].iter().any(|w| ends_with_words(bare.trim_end(), w));
    // "phấn đấu cấp 2,1 triệu tài khoản định danh điện tử", "kích hoạt 500 nghìn tài khoản" (a probe of 6 Dec 2026):
    // accounts, cards and signatures to issue or activate, the verb right before the figure and its comparator ("cấp"
    // alone is also a tier's word: "tổ chức các giải các cấp 400 giải", ben_tre_the_thao_2030, a development text, is
    // organised at every level, not issued; "nâng cấp" upgrades a length, [`BUILD`]).
    let issued = unit == MeasureUnit::Count
        && ["cap", "cap moi", "cap phat", "kich hoat", "phat hanh"].iter().any(|w| ends_with_words(bare.trim_end(), w))
        && !["cac cap", "nang cap"].iter().any(|w| ends_with_words(bare.trim_end(), w));
    // "tốc độ truy cập hộ gia đình 500 Mbps", "Tốc độ truy cập đạt tối thiểu 150 Mbps cho hộ gia đình, 200 Mbps cho
    // cơ quan": a speed its clause names, whatever sets it.
    let speed = unit == MeasureUnit::Mbps && find_words(prefix, "toc do").next().is_some();
    // "Khu vực đô thị 35.8m2/người": a floor area a person is a level a housing plan sets, whatever sets it; so is a
    // water plant's capacity ("Nhà máy nước Dương Nội - Hà Đông 30.000m3/ngày đêm", ha_noi_cap_nuoc_an_toan_2020, a
    // development text).
    let housed = matches!(unit, MeasureUnit::SquareMetrePerPerson | MeasureUnit::CubicMetrePerDay);
    // "449 đại biểu đại diện cho hơn 156.000 đảng viên": the members a congress's delegates stand for.
    let represented = find_words(&near, "dai dien").next().is_some();
    !represented
        && (amount_to_reach(prefix)
            || listed_to_reach(prefix)
            || named && unit != MeasureUnit::Count
            || made
            || population
            || welcomed
            || issued
            || speed
            || housed
            || with_a_count_to_reach(prefix, unit))
}

/// Whether a count follows "với" after a count its part of the clause sets to reach ("có 60 cơ sở khách sạn được xếp
/// hạng sao với 8.000 phòng lưu trú", binh_duong_du_lich_2030, a development text): what those things come with is
/// set too. Not what a Party body has ("có 74 tổ chức Đảng với 5.067 đảng viên"), which the count before it is not.
fn with_a_count_to_reach(prefix: &str, unit: MeasureUnit) -> bool {
    let bare = prefix.trim_end();
    if unit != MeasureUnit::Count || !ends_with_words(bare, "voi") {
        return false;
    }
    let part = own_part(bare);
    let Some(count) = super::numbers::tokens(part).last().map(|t| t.start) else { return false };
    quantity_to_reach_as_named(sub(bare, 0, bare.len() - part.len() + count), unit)
}

/// The words (folded) before a range whose high figure `bare` leads to, without the range's opening: "đón tiếp từ 1,13
/// đến" and "đón 1,13 triệu -" give "đón tiếp" and "đón"; `None` when `bare` does not end with a range's low figure.
/// [`super::numbers::range_low`] finds a low figure right before its dash only; this one may carry a scale ("triệu").
fn before_a_range(bare: &str) -> Option<&str> {
    let t = bare.trim_end();
    let t = if ends_with_words(t, "den") { sub(t, 0, t.len() - "den".len()) } else { t.strip_suffix('-')? }.trim_end();
    let t =
        SCALES.iter().find(|(w, _)| ends_with_words(t, w)).map_or(t, |(w, _)| sub(t, 0, t.len() - w.len())).trim_end();
    let low = t.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    if low.len() == t.len() {
        return None;
    }
    Some(super::numbers::without_range_opening(low).trim_end())
}

/// Whether the quantity `value` after a slash is the plan's figure of a result over its plan, not the total of an "X of
/// Y" (folded `lead`, the words before it, ending with the slash; `unit`, its unit's words; `rest`, the words after
/// them): "đạt
/// 4.508.906/4.295.000 tấn" (the result above what it would be out of), "461.940 m3/830.000 m3", "23.076 tấn/90.000
/// tấn" (each with its unit), "13.051,6 ha/20.000 ha kế hoạch" (the plan named) (yen_bai_che_phu_rung,
/// kien_giang_nong_nghiep_2021, development texts). Not "15/49 xã".
pub(crate) fn plan_after_a_result(lead: &str, (unit, rest): (&str, &str), value: f64) -> bool {
    let Some(before) = lead.trim_end().strip_suffix('/') else { return false };
    // The result's number, not a digit of its unit ("461.940 m3").
    let standalone =
        |t: &super::numbers::NumberToken| !sub(before, 0, t.start).ends_with(|c: char| c.is_ascii_alphabetic());
    let Some(result) = super::numbers::tokens(before).into_iter().rfind(standalone) else { return false };
    let between = sub(before, result.end, before.len());
    // The same unit said twice, not a ratio per people ("300 phòng học/10.000 dân").
    let unit_of_its_own = !between.trim().is_empty() && between.trim() == unit.trim();
    let plan_named = ["ke hoach", "kh"].iter().any(|w| starts_with_words(rest.trim_start(), w));
    words(between).count() <= 2
        && !between.contains(|c: char| ",;.()".contains(c))
        && (unit_of_its_own || plan_named || result.value.is_some_and(|x| x > value))
}

/// Whether an amount in đồng after a slash is the plan's figure of the result right before it (folded `lead`, the words
/// before the amount, ending with the result's number and the slash): "giải ngân ... được gần 99,2/151,7 tỷ đồng",
/// "đạt 4.209/6.216 tỷ đồng, bằng 68% kế hoạch giao" (huyen_na_ri_bac_kan_2023, lao_cai_dau_tu_cong_2024, development
/// texts). Money is not counted out of a whole as places are ("15/49 xã"): what is spent or raised is out of its plan.
pub(crate) fn amount_after_a_result(lead: &str) -> bool {
    super::numbers::before_a_slash(lead).is_some_and(|t| t.value.is_some())
}

/// Whether a figure is a span of years named just before it: life expectancy, healthy life years ("tuổi thọ
/// trung bình 75 tuổi", "thời gian sống khỏe mạnh đạt tối thiểu 69 năm"); the folded length of "tuổi" or "năm".
pub(crate) fn life_span(prefix: &str, after: &str) -> Option<usize> {
    let window = sub(prefix, prefix.len().saturating_sub(80), prefix.len());
    let named = ["tuoi tho", "song khoe manh"]
        .iter()
        .filter_map(|w| find_words(window, w).last().map(|i| i + w.len()))
        .max()
        .is_some_and(|e| {
            let between = sub(window, e, window.len());
            // "tuổi thọ trung bình tính từ lúc sinh đạt khoảng 76 năm".
            words(between).count() <= 8 && !between.contains([',', ';', '.', ':'])
        });
    let t = after.trim_start();
    let word = ["tuoi", "nam"].into_iter().find(|w| starts_with_words(t, w))?;
    named.then_some(after.len() - t.len() + word.len())
}

/// Whether a figure is a stay in days: "ngày" after it, per visitor ("3,2 ngày/khách", "2,8 ngày mỗi lượt khách") or
/// with a stay named just before it in its clause ("số ngày lưu trú là 3 ngày", "thời gian lưu trú trung bình ...
/// đạt 3,4 ngày"); the folded length of the words read. Not a deadline ("trong 30 ngày") nor a date.
pub(crate) fn stay_after(prefix: &str, after: &str) -> Option<usize> {
    let t = after.trim_start();
    if !starts_with_words(t, "ngay") {
        return None;
    }
    let rest = sub(t, "ngay".len(), t.len());
    let per = ["/khach", "/ khach", "/luot khach", "/luot", " moi luot khach", " moi khach"]
        .iter()
        .find(|w| word_at(rest, 0, w));
    let window = sub(prefix, prefix.len().saturating_sub(100), prefix.len());
    let named = find_words(window, "luu tru").last().is_some_and(|i| {
        let between = sub(window, i, window.len());
        words(between).count() <= 12 && !between.contains([';', '.', ':'])
    });
    (per.is_some() || named).then(|| after.len() - rest.len() + per.map_or(0, |w| w.len()))
}

/// Rates per hectare, per woman or per girls born (folded), each with its unit and the factor into it: a crop's yield
/// ("60 tạ/ha", "2,5 tấn/ha": 25 quintals), the total fertility rate ("2,1 con/phụ nữ") and the sex ratio at birth
/// ("109 bé trai/100 bé gái", "113,5 trẻ nam/100 trẻ nữ").
const RATES_PER: [(&str, &str, MeasureUnit, f64); 9] = [
    ("ta", "ha", MeasureUnit::QuintalPerHectare, 1.0),
    ("ta", "hecta", MeasureUnit::QuintalPerHectare, 1.0),
    ("tan", "ha", MeasureUnit::QuintalPerHectare, 10.0),
    ("tan", "hecta", MeasureUnit::QuintalPerHectare, 10.0),
    ("con", "phu nu", MeasureUnit::ChildrenPerWoman, 1.0),
    ("con", "me", MeasureUnit::ChildrenPerWoman, 1.0),
    ("be trai", "100 be gai", MeasureUnit::BoysPerHundredGirls, 1.0),
    ("tre trai", "100 tre gai", MeasureUnit::BoysPerHundredGirls, 1.0),
    ("tre nam", "100 tre nu", MeasureUnit::BoysPerHundredGirls, 1.0),
];

/// A yield, a fertility rate or a sex ratio at birth right after a figure ([`RATES_PER`]: "140tạ/ha", "2,8 tấn / ha",
/// "1,4 con/phụ nữ", "113 bé trai/100 bé gái"): the unit, the factor and the folded length of the words read. Always a
/// figure of its own, whatever sets it: a yield per hectare or children per woman is never a unit's profile.
pub(crate) fn rate_per(after: &str) -> Option<(MeasureUnit, f64, usize)> {
    let t = after.trim_start();
    RATES_PER.iter().find_map(|&(what, per, unit, factor)| {
        if !starts_with_words(t, what) {
            return None;
        }
        let rest = sub(t, what.len(), t.len()).trim_start();
        let rest = rest.strip_prefix('/')?.trim_start();
        starts_with_words(rest, per).then(|| (unit, factor, after.len() - rest.len() + per.len()))
    })
}

/// How a row's unit words ("Tỷ đồng", "triệu USD", "Doanh nghiệp", "Số bác sỹ trên vạn dân") turn a bare number into
/// a figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum UnitWords {
    /// The number times a factor, in a unit: an amount in đồng ([`amount_after`]) or a quantity ([`quantity_after`]).
    Times(MeasureUnit, f64),
    /// The number per so many thousand people ([`per_people_after`]).
    PerThousands(f64),
}

/// What unit words (folded) make of a bare number, if the reader knows them.
pub(crate) fn unit_words(words: &str) -> Option<UnitWords> {
    if let Some((factor, _)) = amount_after(words) {
        return Some(UnitWords::Times(MeasureUnit::Dong, factor));
    }
    if let Some((unit, factor, _)) = rate_per(words).or_else(|| quantity_after(words)) {
        return Some(UnitWords::Times(unit, factor));
    }
    per_people_after(words).map(|(_, thousands)| UnitWords::PerThousands(thousands))
}

/// The folded length of what an amount is per: "/người/năm", "/ người", "/hộ", "/tháng".
fn per_whom(after: &str) -> usize {
    let mut n = 0;
    loop {
        let rest = sub(after, n, after.len());
        let t = rest.trim_start();
        let Some(w) = t.strip_prefix('/').map(str::trim_start) else { return n };
        let Some(word) = ["nguoi", "nam", "thang", "ho"].into_iter().find(|x| starts_with_words(w, x)) else {
            return n;
        };
        n += rest.len() - w.len() + word.len();
    }
}

/// Words (folded) that make an investment the whole economy's ("tổng vốn đầu tư toàn xã hội", public and
/// private; "vốn đầu tư phát triển", the statistics' development investment): a figure of the economy to reach,
/// not what a plan spends; also said without "toàn" ("tổng vốn đầu tư xã hội khoảng 250 tỷ đồng",
/// huyen_nong_son_quang_nam_2023, a development text), or of all in a territory ("Tổng vốn đầu tư trên địa bàn huyện:
/// 45,6 tỷ đồng", a probe of 7 Dec 2026).
pub(crate) const ECONOMY_WIDE: [&str; 5] =
    ["toan xa hoi", "von dau tu xa hoi", "von dau tu phat trien", "von dau tu thuc hien", "von dau tu tren dia ban"];

/// Whether folded `s` names the whole economy's investment ([`ECONOMY_WIDE`]).
pub(crate) fn economy_wide(s: &str) -> bool {
    ECONOMY_WIDE.iter().any(|w| find_words(s, w).next().is_some())
}

/// The amounts (folded) a socio-economic plan sets for the economy, which its lists give bare, without "đạt"
/// ("GRDP bình quân đầu người 65 triệu đồng", "Thu ngân sách trên địa bàn 3.000 tỷ đồng").
const ECONOMY_AMOUNTS: [&str; 15] = [
    "grdp",
    // The name plans used before GRDP ("GDP bình quân đầu người 18,9 triệu đồng/năm").
    "gdp",
    // The whole economy's investment ("Tổng vốn đầu tư toàn xã hội 1.530 tỷ đồng"), not a plan's cost.
    "von dau tu toan xa hoi",
    "von dau tu xa hoi",
    "von dau tu phat trien toan xa hoi",
    // "Tổng mức doanh thu bán lẻ hàng hóa và doanh thu dịch vụ 95.000 tỷ đồng", "Doanh thu du lịch 2.400 tỷ đồng".
    "doanh thu",
    "tong san pham",
    // Income per head, "bình quân" said or not ("xã Trung Đồng phấn đấu thu nhập bình quân đầu người 37 triệu đồng";
    // "phấn đấu thu nhập 37 triệu đồng", a probe of 7 Dec 2026, was no amount).
    "thu nhap",
    "thu ngan sach",
    // The budget's domestic revenue ("Trong đó, thu nội địa 22.824 tỷ đồng", quang_ngai_thu_ngan_sach_2026, a development
    // text).
    "thu noi dia",
    "gia tri san xuat",
    "kim ngach",
    // "tăng trưởng GRDP năm 2026 khoảng 13%, xuất khẩu 52 tỷ USD" (hai_phong_2026, a development text): exports.
    "xuat khau",
    "xuat nhap khau",
    "quy mo nen kinh te",
];

/// Whether the last words before an amount name one of [`ECONOMY_AMOUNTS`] with nothing between that says how
/// it changes ("GRDP bình quân đầu người 65 triệu đồng", not "GRDP tăng từ 50.000 tỷ đồng").
fn economy_amount_named(words: &[&str]) -> bool {
    // The territory said after the name ("tổng thu ngân sách trên địa bàn phường 215 tỷ đồng"; a probe of 7 Dec 2026)
    // is no word of it, and would push its first words out of the six looked at.
    let territory = words.windows(3).rposition(|w| w == ["tren", "dia", "ban"]).filter(|&k| words.len() - k <= 8);
    let words = territory.map_or(words, |k| words.get(..k).unwrap_or(words));
    let tail = super::folded::last_words(words, 6);
    let after_name = |w: &&str| find_words(&tail, w).next().map(|i| sub(&tail, i + w.len(), tail.len()));
    // "từ" says where a change starts only right before the figure ("GRDP tăng từ 50.000 tỷ đồng"), not before what the
    // amount comes from ("tổng doanh thu từ du lịch 20.000 tỷ đồng", kien_giang_du_lich_2024, a development text).
    ECONOMY_AMOUNTS.iter().filter_map(after_name).any(|rest| {
        !["tang", "giam", "muc", "so voi", "bang"].iter().any(|w| find_words(rest, w).next().is_some())
            && !ends_with_words(rest.trim_end(), "tu")
    })
}

/// Whether a figure is an item of a list its sentence sets to reach after a colon, each item a few words naming it then
/// its figure: "giá trị sản xuất của các chuỗi đạt như sau: Dừa 1 tỷ USD, con tôm 1 tỷ USD, con bò 500 triệu USD"
/// (folded `prefix`, the words before the figure from its sentence's start).
pub(crate) fn listed_to_reach(prefix: &str) -> bool {
    let Some(colon) = prefix.rfind(':') else { return false };
    let lead = sub(prefix, 0, colon).trim_end();
    let items = sub(prefix, colon + 1, prefix.len());
    let own = sub(items, items.rfind([',', ';']).map_or(0, |i| i + 1), items.len());
    ["dat nhu sau", "dat"].iter().any(|w| ends_with_words(lead, w))
        && !items.contains(". ")
        && !items.contains(['(', ')', '\n'])
        && (1..=5).contains(&words(own).count())
        && !own.contains(|c: char| c.is_ascii_digit())
}

/// Whether the words before an amount set it as a figure to reach: "đạt", or a comparator ("trên", "hơn", "tối
/// thiểu", "ít nhất"), among their last three words ("GRDP theo giá hiện hành đạt 352.035 tỷ đồng", "thu ngân
/// sách phấn đấu đạt trên 32.362 tỷ đồng", "Tổng vốn đầu tư toàn xã hội trên 75.000 tỷ đồng"), and
/// or the name of an amount of the economy listed bare ([`ECONOMY_AMOUNTS`]); and nothing that makes it a cost or
/// a grant ("kinh phí", "vốn", "đầu tư", "dự toán", "hỗ trợ", "chi phí"), which are the budget's, unless the
/// investment is the whole economy's ([`ECONOMY_WIDE`]).
pub(crate) fn amount_to_reach(prefix: &str) -> bool {
    // The words before a range are those before its lower bound and its "từ" ("GRDP bình quân đầu người đạt từ
    // 8.500 - 9.000 USD").
    let head = match super::numbers::range_low(prefix, prefix.len()) {
        Some((low, _)) => super::numbers::without_range_opening(sub(prefix, 0, low.start)),
        None => prefix,
    };
    let last: Vec<&str> = words(head).collect();
    let trimmed = head.trim_end();
    // A figure listed after its name ("GRDP năm 2025: 1.200 nghìn tỷ đồng", "Tổng vốn đầu tư toàn xã hội đến năm
    // 2020 = 724.534 triệu đồng"), or a range so listed ("Vốn đầu tư phát triển toàn xã hội: từ 3,1 đến 3,2 triệu
    // tỷ đồng").
    let listed = trimmed.ends_with([':', '=']);
    // "Tổng Thu - Chi Ngân sách 5 năm là 33,96 tỷ đồng", "Quy mô dân số ... dự kiến 4,2 triệu người".
    // "từ 61.245 tỷ đồng năm 2025 lên 67.735 tỷ đồng": the level it goes up to.
    // "vượt" (past it): "Quy mô nền kinh tế Hà Nội vượt 64 tỷ USD", "vượt mốc 700.000 tỷ đồng" (a probe of 7 Dec 2026).
    let reach_words = ["dat", "tren", "hon", "khoang", "gan", "la", "len", "vuot"];
    let reach = last.iter().rev().take(3).any(|w| reach_words.contains(w))
            || ends_with_words(trimmed, "du kien")
            // "ước đạt 55,3 triệu đồng/KH 55-56 triệu đồng": the plan's figure.
            || ends_with_words(trimmed, "kh")
            // "tổng thu ngân sách ... ước thực hiện 86,4 tỷ đồng": the year's estimate.
            || ends_with_words(trimmed, "uoc thuc hien")
            || ["toi thieu", "it nhat"].iter().any(|w| ends_with_words(trimmed, w))
            || listed
            || economy_amount_named(&last)
            || listed_to_reach(prefix);
    let budget_line = budget_line_named(head);
    // "giai đoạn 2021 – 2030 cần khoảng 7.096 tỷ đồng": what is needed is spent.
    let bare = super::comparators::without_before(head);
    // "dự toán thu ngân sách ... là 194,9 nghìn tỷ đồng": the revenue estimated is to reach, not spent.
    let revenue = |i: usize| starts_with_words(sub(prefix, i + "du toan".len(), prefix.len()).trim_start(), "thu");
    // "Sở Du lịch cùng nhà đầu tư, doanh nghiệp ... phấn đấu năm 2024 đạt 970 cơ sở" (kien_giang_du_lich_2024, a
    // development text): investors, who spend nothing of the figure.
    let investors = |i: usize| ends_with_words(sub(prefix, 0, i).trim_end(), "nha");
    let cost = ["kinh phi", "von", "dau tu", "du toan", "ho tro", "chi phi", "nhu cau"]
        .iter()
        .any(|w| find_words(prefix, w).any(|i| !(*w == "du toan" && revenue(i) || *w == "dau tu" && investors(i))))
        || ends_with_words(bare, "can");
    // Investment to attract is a target, not a cost: "thu hút 1.485 triệu USD vốn FDI và gần 70 nghìn tỷ đồng vốn
    // đầu tư trong nước".
    let attracted = find_words(prefix, "thu hut").next().is_some() && find_words(prefix, "kinh phi").next().is_none();
    // Funds to raise are a target: "vận động Quỹ Vì người nghèo và An sinh xã hội hàng năm 3 tỷ đồng".
    let raised = ["van dong", "quyen gop"].iter().any(|w| find_words(prefix, w).next().is_some());
    (reach || raised || budget_line) && (!cost || economy_wide(prefix) || attracted || raised || budget_line)
}

/// The lines (folded) of a budget's estimate a plan sets, spending among them: "Dự toán chi ngân sách địa phương
/// 29.365 tỷ đồng, gồm: Chi đầu tư phát triển: 5.962 tỷ đồng", "chi thường xuyên hơn 194,5 tỷ đồng và dự phòng ngân
/// sách hơn 2,8 tỷ đồng" (quang_ngai_thu_ngan_sach_2026, phuong_phong_thai_hue_2025, development texts).
const BUDGET_LINES: [&str; 7] = [
    "chi ngan sach",
    "chi dau tu phat trien",
    "chi thuong xuyen",
    "du phong ngan sach",
    "tong chi ngan sach",
    "du toan chi",
    "tong chi",
];

/// Whether the part of its clause before an amount (folded `head`, after the last ",", ";" or ":") opens with one of
/// [`BUDGET_LINES`] within eight words of the figure: the budget's line, a figure of the estimate to reach, not what
/// a plan spends on itself (whose "Kinh phí" section [`crate::extract`]'s budget reader takes first).
fn budget_line_named(head: &str) -> bool {
    // "Chi đầu tư phát triển: 9.770.917 triệu đồng": the line's name before the colon that lists its figure.
    let head = head.trim_end().trim_end_matches([':', '=']);
    let part = sub(head, head.rfind([',', ';', ':']).map_or(0, |i| i + 1), head.len()).trim_start();
    // "chi thường xuyên hơn 194,5 tỷ đồng và dự phòng ngân sách hơn 2,8 tỷ đồng": a line after "và" too.
    let part = find_words(part, "va").last().map_or(part, |i| sub(part, i + 2, part.len()).trim_start());
    let part = part.strip_prefix("trong do").map_or(part, str::trim_start);
    BUDGET_LINES.iter().any(|w| starts_with_words(part, w)) && words(part).count() <= 8
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `t` folded as the text right after a figure ("5 m³ gỗ" without its "5"): folded on its own, a line's opening
    /// spaces would fold to nothing.
    fn folded(t: &str) -> String {
        super::super::folded::Folded::new(&format!("5{t}")).text.split_off(1)
    }

    #[test]
    fn yields_and_fertility_rates() {
        use MeasureUnit::{ChildrenPerWoman, QuintalPerHectare};
        assert_eq!(rate_per("ta/ha;"), Some((QuintalPerHectare, 1.0, 5)));
        assert_eq!(rate_per(" ta / ha, san"), Some((QuintalPerHectare, 1.0, 8)));
        assert_eq!(rate_per(" tan/ha."), Some((QuintalPerHectare, 10.0, 7)));
        assert_eq!(rate_per(" con/phu nu (huong"), Some((ChildrenPerWoman, 1.0, 11)));
        // Tonnes a year, a hectare's neighbours, heads of livestock: none of these.
        assert_eq!(rate_per(" tan/nam"), None);
        assert_eq!(rate_per(" tan hang"), None);
        assert_eq!(rate_per(" ta/hang"), None);
        assert_eq!(rate_per(" con lon"), None);
        assert_eq!(unit_words("ta/ha"), Some(UnitWords::Times(QuintalPerHectare, 1.0)));
    }

    #[test]
    fn a_stay_in_days_per_visitor_or_named() {
        // dien_bien_du_lich_2030, lam_dong_du_lich_2030 (development texts).
        assert_eq!(stay_after("nam 2025 dat ", " ngay/khach; nam 2030"), Some(11));
        assert_eq!(stay_after("so ngay luu tru binh quan la ", " ngay moi luot khach,"), Some(20));
        assert_eq!(stay_after("du kien den nam 2020, so ngay luu tru la ", " ngay va doanh thu"), Some(5));
        // A deadline, a date, or days with no stay named.
        assert_eq!(stay_after("bao cao trong ", " ngay ke tu"), None);
        assert_eq!(stay_after("hoan thanh truoc ", " ngay"), None);
        assert_eq!(stay_after("so ngay luu tru. thoi han ", " ngay"), None);
    }

    #[test]
    fn an_index_scored_in_points() {
        // cao_bang_nang_luc_canh_tranh_2022, kon_tum_chi_so_chuyen_doi_so_2023 (development texts).
        let lead = "trong do, chi so “chi phi gia nhap thi truong” dat tu ";
        assert_eq!(index_points(lead, " diem tro len, chi so"), Some(5));
        assert_eq!(index_points("cac chi so ve chinh phu so, kinh te so cua tinh dat se tu 0,7-", " diem."), Some(5));
        // Not a change of the score, a place, points of a percentage, nor points with no index named.
        assert_eq!(index_points("chi so tiep can dat dai tang ", " diem, tinh minh bach"), None);
        assert_eq!(index_points("chi so pci xep hang 63 voi ", " diem"), None);
        assert_eq!(index_points("chi so ", " diem du lich"), None);
        assert_eq!(index_points("dong gop ", " diem phan tram"), None);
        assert_eq!(index_points("co ", " diem."), None);
        // A pillar of the DTI said alone (a probe of 7 Dec 2026).
        assert_eq!(index_points("kinh te so dat ", " diem, xep thu 21"), Some(5));
        assert_eq!(index_points("xa hoi so tang ", " diem"), None);
        // A fraction of a point is a score, its index named or not (a probe of 7 Dec 2026); not a change of one.
        assert_eq!(score_below_one("theo do, tinh phu tho dat ", " diem, xep thu 12/34", 0.6521), Some(5));
        assert_eq!(score_below_one("tinh phu tho tang ", " diem so voi nam 2024", 0.0523), None);
        assert_eq!(score_below_one("tinh co ", " diem du lich", 0.5), None);
        assert_eq!(score_below_one("tinh dat ", " diem", 8.5), None);
    }

    #[test]
    fn exports_named_bare_are_an_amount_to_reach() {
        // hai_phong_2026 (a development text): "..., xuất khẩu 52 tỷ USD, ...".
        assert!(amount_to_reach("xuat khau "));
        assert!(amount_to_reach("thu xuat nhap khau "));
        // Not a rise from a level: "xuất khẩu tăng từ 40 tỷ USD".
        assert!(!amount_to_reach("xuat khau tang tu "));
        // The budget's domestic revenue (quang_ngai_thu_ngan_sach_2026, a development text).
        assert!(amount_to_reach("trong do, thu noi dia "));
        assert!(!amount_to_reach("thu noi dia tang "));
        // What an amount comes from is no start of a change; investors spend nothing (kien_giang_du_lich_2024, a
        // development text).
        assert!(amount_to_reach("tong doanh thu tu du lich "));
        // The territory said after the name is no word of it (a probe of 7 Dec 2026).
        assert!(amount_to_reach("nam 2026, tong thu ngan sach tren dia ban phuong "));
        assert!(amount_to_reach("tong thu ngan sach tren dia ban tinh quang ngai "));
        // An amount passed ("vượt", "vượt mốc") is one to reach, its name however long (a probe of 7 Dec 2026).
        assert!(amount_to_reach("quy mo nen kinh te ha noi vuot "));
        assert!(amount_to_reach("ha noi thu ngan sach nha nuoc vuot moc "));
        assert!(!amount_to_reach("quy mo nen kinh te ha noi tang "));
        // An area a plan protects or tends (cao_bang_phat_trien_rung_2025, a development text); not one it only names.
        assert!(quantity_to_reach("to chuc quan ly, bao ve tot ", MeasureUnit::Hectare));
        assert!(quantity_to_reach("khoanh nuoi tai sinh ", MeasureUnit::Hectare));
        assert!(!quantity_to_reach("rung phong ho ", MeasureUnit::Hectare));
        // What things set to reach come with (binh_duong_du_lich_2030, a development text), not a Party body's.
        assert!(quantity_to_reach("co 60 co so khach san duoc xep hang sao voi ", MeasureUnit::Count));
        assert!(!quantity_to_reach("dang bo phuong co 74 to chuc dang voi ", MeasureUnit::Count));
        assert!(!quantity_to_reach("nha may voi ", MeasureUnit::Count));
        // What there is now ("hiện có", "đã có") is counted as "có" is: the words that report make it an observation
        // (phuong_tam_thang_ho_chi_minh, a development text); "vẫn có" (still has) is not.
        assert!(quantity_to_reach("phuong hien co ", MeasureUnit::Count));
        assert!(quantity_to_reach("den nay, phuong da co ", MeasureUnit::Count));
        assert!(!quantity_to_reach("xa van co ", MeasureUnit::Count));
        // Accounts to issue or activate (a probe of 6 Dec 2026); not things of every level (ben_tre_the_thao_2030, a
        // development text), nor an area.
        assert!(quantity_to_reach("den het nam 2026, cap ", MeasureUnit::Count));
        assert!(quantity_to_reach("phan dau kich hoat ", MeasureUnit::Count));
        assert!(!quantity_to_reach("to chuc cac giai tt cac cap ", MeasureUnit::Count));
        assert!(!quantity_to_reach("den het nam 2026, cap ", MeasureUnit::Hectare));
        // A crop's output opening its part of the clause, however long its name (ha_nam_vu_mua_2020, a development
        // text); not one named far back in it.
        assert!(quantity_to_reach(
            "phan dau gieo trong 10.463 ha, san luong luong thuc cay co hat ",
            MeasureUnit::Tonne
        ));
        assert!(!quantity_to_reach(
            "san luong giam do mua bao, thiet hai cua cac ho dan o vung ven bien ",
            MeasureUnit::Tonne
        ));
        // Whom a clause opening with help helps, however many words name them (quang_binh_phat_trien_nha_o_2030, a
        // development text); not help named far back inside a clause.
        let helped =
            "ho tro cho ho gia dinh nguoi co cong voi cach mang co kho khan ve nha o, de cai thien nha o khoang ";
        assert!(quantity_to_reach(helped, MeasureUnit::Count));
        assert!(!quantity_to_reach(
            "ty le don vi duoc cap nhat ho tro o cap xa va cap huyen nam truoc khoang ",
            MeasureUnit::Count
        ));
        assert!(!amount_to_reach("tong doanh thu tu "));
        assert!(amount_to_reach("so cung nha dau tu, doanh nghiep phan dau nam 2024 dat "));
        assert!(!amount_to_reach("von dau tu cong phan dau nam 2024 dat "));
    }

    #[test]
    fn a_budgets_lines_are_amounts_to_reach() {
        // phuong_phong_thai_hue_2025, quang_ngai_thu_ngan_sach_2026, nghe_an_ngan_sach_cap_xa_2025 (development texts).
        assert!(amount_to_reach("tong chi sau dieu chinh gan 216 ty dong, gom: chi dau tu phat trien hon "));
        assert!(amount_to_reach("chi thuong xuyen hon 194,5 ty dong va du phong ngan sach hon "));
        assert!(amount_to_reach("chi dau tu phat trien: "));
        assert!(amount_to_reach("du toan chi ngan sach dia phuong "));
        // A plan's own cost stays a cost, and a budget line named far back is no name of this figure.
        assert!(!amount_to_reach("kinh phi dau tu ha tang "));
        assert!(!budget_line_named(
            "chi dau tu phat trien cho cac du an ha tang giao thong nong thon tai cac xa kho khan "
        ));
    }

    #[test]
    fn the_high_figure_of_a_range_is_set_by_the_words_before_its_low_figure() {
        // ninh_thuan_ocop_2025, huyen_luong_son_hoa_binh_nong_nghiep_2025 (development texts).
        assert!(quantity_to_reach("phan dau co 20-", MeasureUnit::Count));
        assert!(quantity_to_reach("co 20 - ", MeasureUnit::Count));
        assert!(quantity_to_reach("phan dau co tu 3 den ", MeasureUnit::Count));
        // What there is now, with or without a range, is read as "có" is (the words that report make it an
        // observation).
        assert!(quantity_to_reach("hien co 20 - ", MeasureUnit::Count));
        assert!(quantity_to_reach("hien co ", MeasureUnit::Count));
        // A dash with no figure before it opens no range.
        assert_eq!(before_a_range("co - "), None);
        assert_eq!(before_a_range("phan dau co tu 3 den "), Some("phan dau co"));
    }

    #[test]
    fn items_of_a_list_set_to_reach_after_a_colon_are_to_reach() {
        // ben_tre_nong_nghiep_2025 (a development text): "... các chuỗi đạt như sau: Dừa 1 tỷ USD, con tôm 1 tỷ USD".
        let lead = "den nam 2025, gia tri san xuat cua cac chuoi dat nhu sau: ";
        assert!(listed_to_reach(&format!("{lead}dua ")));
        assert!(listed_to_reach(&format!("{lead}dua 1 ty usd, con tom ")));
        assert!(amount_to_reach(&format!("{lead}dua 1 ty usd, con tom ")));
        assert!(quantity_to_reach("phan dau den nam 2025 dat: vung nguyen lieu ", MeasureUnit::Hectare));
        // Not a list that says nothing of reaching, a name of many words, nor past a sentence's end or a bracket.
        assert!(!listed_to_reach("gia tri san xuat nhu sau: dua "));
        assert!(!listed_to_reach("cac chuoi dat nhu sau: vung san xuat dua tap trung o cac huyen "));
        assert!(!listed_to_reach("cac chuoi dat nhu sau: dua 1 ty usd. con tom "));
        assert!(!listed_to_reach("cac chuoi dat nhu sau: dua (con tom "));
    }

    #[test]
    fn investment_to_attract_is_an_amount_to_reach() {
        // thai_nguyen_2026 (a development text).
        assert!(amount_to_reach("thu hut 1.485 trieu usd von fdi va gan "));
        assert!(!amount_to_reach("von dau tu du kien khoang "));
        assert!(!amount_to_reach("kinh phi thu hut dau tu khoang "));
        // hai_phong_ngan_sach_2026 (a development text): the revenue a budget estimates is to reach; so is its
        // spending, a line of the estimate ([`BUDGET_LINES`]; "tương ứng hơn 90,7 nghìn tỷ đồng" there restates a
        // share and is read so), not a plan's cost.
        assert!(amount_to_reach("du toan thu ngan sach dia phuong hon "));
        assert!(amount_to_reach("du toan chi ngan sach dia phuong hon "));
        assert!(!amount_to_reach("du toan kinh phi thuc hien ke hoach hon "));
        // xa_vinh_phu_an_giang_mat_tran (a development text): funds to raise.
        assert!(amount_to_reach("phan dau to chuc van dong quy vi nguoi ngheo va an sinh xa hoi hang nam "));
        assert!(amount_to_reach("quyen gop ung ho "));
        assert!(!amount_to_reach("quy vi nguoi ngheo hang nam "));
        // huyen_vinh_linh_quang_tri_2022 (a development text): the plan's figure after an estimate.
        assert!(amount_to_reach("thu nhap binh quan dau nguoi uoc dat 55,3 trieu dong/kh "));
    }

    #[test]
    fn counts_named_after_so_made_or_planted_are_to_reach() {
        assert!(things_named_before("so ho ngheo den cuoi nam 2024 con ", " ho"));
        assert!(things_named_before("tong so doanh nghiep dat ", " doanh nghiep"));
        // By their initials, a scale and what they are per left out.
        assert!(things_named_before("so clb tdtt tang 25 - ", " cau lac bo/nam"));
        assert!(things_named_before("so luong khach du lich dat ", " trieu khach"));
        // A verb that makes them opening their part of the clause, however many words between
        // (bac_lieu_dao_tao_nghe_2023, xa_so_pai_gia_lai_2025).
        assert!(quantity_to_reach("dong thoi, giai quyet viec lam trong nuoc cho ", MeasureUnit::Count));
        assert!(quantity_to_reach("ket nap dang vien moi trong nhiem ky ", MeasureUnit::Count));
        assert!(!quantity_to_reach("dong thoi, giai quyet viec lam trong nuoc cho ", MeasureUnit::Hectare));
        assert!(!quantity_to_reach("ket nap, dang vien moi trong nhiem ky ", MeasureUnit::Count));
        // Trees to plant, not things counted within (cao_bang_phat_trien_rung_2025, dak_nong_cay_xanh_2025).
        assert!(trees_to_plant("hoan thanh chi tieu trong moi 4.980 ha rung va trong ", " cay phan tan"));
        assert!(trees_to_plant("trong cay phan tan tren ", " trieu cay"));
        assert!(!trees_to_plant("trien khai trong ", " xa"));
        assert!(!trees_to_plant("hien co ", " cay xanh"));
        // Out of a whole (phuong_dong_son_bim_son_thanh_hoa_2020, a development text).
        assert!(things_named_before("so truong dat chuan quoc gia ", "/4 truong"));
        // Not named after "số" opening their part of the clause, nor past a bracket or a comma.
        assert!(!things_named_before("to chuc cac giai tt cac cap tu 400 - ", " giai/nam"));
        assert!(!things_named_before("so ho ngheo con 3.675 ho (giam ", " ho"));
        assert!(!things_named_before("so ho ngheo giam, con ", " ho"));
        assert!(!things_named_before("so nguoi tap luyen ", " ho"));
    }

    #[test]
    fn a_quantity_given_as_a_range_is_to_reach() {
        let counted =
            |named: &str, things: &str, value| to_reach_as_named_or_ranged(named, things, value, MeasureUnit::Count);
        // ben_tre_the_thao_2030, gia_lai_moi_truong_nong_thon_2025, hue_du_lich_2026 (development texts).
        assert!(counted("to chuc cac giai tt cac cap tu 400 - ", " giai/nam", 420.0));
        assert!(counted("trien khai 1 - ", " mo hinh", 2.0));
        assert!(counted("khach quoc te 2,3 - ", " trieu luot", 2.5));
        assert!(counted("huan luyen thuong xuyen tu 80 den ", " van dong vien", 90.0));
        // In any unit (ben_tre_nong_nghiep_2025, a development text).
        assert!(to_reach_as_named_or_ranged("quy mo tu 20 - ", " ha", 22_000.0, MeasureUnit::Hectare));
        assert!(!to_reach_as_named_or_ranged("quy mo ", " ha", 22_000.0, MeasureUnit::Hectare));
        // An exact count, a range the wrong way round, a term of years.
        assert!(!counted("to chuc cac giai tt cac cap ", " giai/nam", 420.0));
        assert!(!counted("tu 40 - ", " giai", 30.0));
        assert!(!counted("hdnd tinh khoa x, nhiem ky 2021-", " to chuc ky hop", 2026.0));
        // Athletes are counted; "vạn" before "động" is no scale.
        assert_eq!(quantity_after(" van dong vien"), Some((MeasureUnit::Count, 1.0, " van dong vien".len())));
        // Signatures and cards issued (thanh_hoa_danh_tinh_so_2025, a development text; a probe of 6 Dec 2026).
        let issued = " nghin chu ky dien tu cho nguoi dan";
        assert_eq!(quantity_after(issued), Some((MeasureUnit::Count, 1e3, " nghin chu ky dien tu".len())));
        assert_eq!(quantity_after(" the can cuoc").map(|(u, _, _)| u), Some(MeasureUnit::Count));
    }

    #[test]
    fn an_amount_after_a_result_and_a_slash_is_its_plan() {
        // huyen_na_ri_bac_kan_2023, lao_cai_dau_tu_cong_2024 (development texts).
        assert!(amount_after_a_result("giai ngan von dau tu duoc gan 99,2/"));
        assert!(amount_after_a_result("dat 4.209 / "));
        // No result right before the slash: a ratio's per, a unit's, a date's, nothing.
        assert!(!amount_after_a_result("dat 4.209 ty dong/"));
        assert!(!amount_after_a_result("giai ngan von dau tu "));
        assert!(!amount_after_a_result("/"));
    }

    #[test]
    fn a_share_of_the_plan_reached_is_read_after_its_percent_sign() {
        // A probe of 6 Dec 2026 and development texts (xa_yen_lac_phu_tho_2026, quang_ninh_ngan_sach_2026): shares of a
        // plan, a quota, an estimate or a resolution reached.
        for (lead, rest) in [
            ("thu ngan sach dat ", " du toan"),
            ("bang ", " du toan trung uong giao"),
            ("dat hon ", " ke hoach nam"),
            ("dat ", "kh)"),
            ("tong thu ngan sach dat tren ", " so voi du toan"),
            ("hoan thanh ", " chi tieu tuyen quan"),
            ("dat ", " so voi nhiem vu thu"),
            ("dat ", " chi tieu nghi quyet hdnd giao"),
        ] {
            assert!(of_the_plan(lead, rest), "{lead}%{rest}");
        }
        // Margins over it and changes against it, shares of the targets, a level compared with a target after it.
        for (lead, rest) in [
            ("vuot ", " so voi du toan"),
            ("cao hon ", " so voi nghi quyet"),
            ("thap hon ", " so voi chi tieu ubnd tinh giao"),
            ("tang ", " so voi chi tieu nghi quyet"),
            ("hoan thanh ", " chi tieu chu yeu"),
            ("dat ", " cac chi tieu"),
            ("moi dat ", " so voi muc tieu 60%"),
            ("dat ", " ho so"),
        ] {
            assert!(!of_the_plan(lead, rest), "{lead}%{rest}");
        }
    }

    #[test]
    fn houses_groups_and_people_are_counted() {
        // xa_vinh_phu_an_giang_mat_tran, thanh_mien_hai_duong_nong_dan (development texts).
        let counted = |after: &str| quantity_after(after).map(|(unit, _, _)| unit);
        assert_eq!(counted(" nha dai doan ket;"), Some(MeasureUnit::Count));
        // Places, not a bright spot (hai_phong_fdi_2024).
        assert_eq!(counted(" diem du lich"), Some(MeasureUnit::Count));
        assert_eq!(counted(" diem sang trong thu hut fdi"), None);
        assert_eq!(counted(" tap the va 1 ca nhan"), Some(MeasureUnit::Count));
        assert_eq!(counted(" ca nhan duoc tang bang khen"), Some(MeasureUnit::Count));
        assert_eq!(counted(" nha nuoc"), None);
        // kien_giang_xu_ly_chat_thai_ran_2025 (a development text): landfills, transfer stations and incinerators.
        for after in [" bai chon lap khu vuc do thi", " tram trung chuyen", " lo dot rac tai cac xa dao"] {
            assert_eq!(counted(after), Some(MeasureUnit::Count), "{after}");
        }
        assert_eq!(counted(" lo hang"), None);
        // ha_tinh_du_lich_2030, binh_duong_du_lich_2030, huyen_luong_son_hoa_binh_nong_nghiep_2025 (development
        // texts): routes, zones, areas and gardens; not propaganda, recruiting or a region.
        for after in [" tuyen du lich", " khu du lich", " vung san xuat chuyen canh", " vuon kieu mau"] {
            assert_eq!(counted(after), Some(MeasureUnit::Count), "{after}");
        }
        for after in [" tuyen truyen vien", " tuyen dung", " khu vuc", " vuon len"] {
            assert_eq!(counted(after), None, "{after}");
        }
        // binh_duong_du_lich_2030 (a development text): rooms alone, and places recognised; not the prevention of
        // anything, nor an office.
        assert_eq!(counted(" phong;"), Some(MeasureUnit::Count));
        for after in [" phong chong dich", " phong, chong", " phong giao duc", " phong kham"] {
            assert_eq!(counted(after), None, "{after}");
        }
        assert!(quantity_to_reach("cong nhan ", MeasureUnit::Count));
        // ha_nam_vu_xuan_2025 (a development text): areas sown.
        assert!(quantity_to_reach("ha nam phan dau gieo trong ", MeasureUnit::Hectare));
        // phu_tho_ocop_2026 (a development text): things added, whatever the verb.
        assert!(quantity_to_reach(
            "nam 2026, tinh dat muc tieu phat trien va tieu chuan hoa them ",
            MeasureUnit::Count
        ));
        assert!(!quantity_to_reach("nam 2026, tinh co ke hoach tieu chuan hoa ", MeasureUnit::Count));
        // A probe of 7 Dec 2026: things cut; not a bracket's count of a rate's fall (ho_chi_minh_2025).
        assert!(quantity_to_reach("thu nhap dat 61,65 trieu dong/nguoi/nam, giam ", MeasureUnit::Count));
        assert!(!quantity_to_reach("giam 0,04% ty le ho ngheo (giam ", MeasureUnit::Count));
    }

    #[test]
    fn the_human_development_index_is_an_index() {
        // lam_dong_dai_hoi and ho_chi_minh_dai_hoi (development texts).
        assert!(human_development_index("xa hoi, hdi dat ", 0.75));
        assert!(human_development_index("chi so phat trien con nguoi (hdi) tren ", 0.8));
        assert!(!human_development_index("hdi dat ", 75.0));
        assert!(!human_development_index("hdi dat 0,75, tuoi tho trung binh ", 0.75));
        assert!(!human_development_index("ty le ho ngheo giam ", 0.5));
        // A few words between (development texts of the corpus), none that changes it.
        assert!(human_development_index("chi so phat trien con nguoi (hdi) duy tri tren ", 0.7));
        assert!(human_development_index("chi so phat trien con nguoi (hdi) phan dau dat khoang ", 0.75));
        assert!(human_development_index("dong gop vao chi so phat trien con nguoi (hdi) cua tinh dat ", 0.7));
        assert!(!human_development_index("chi so phat trien con nguoi (hdi) tang ", 0.05));
        assert!(!human_development_index("hdi cua tinh nam 2020 va ty le lao dong qua dao tao dat ", 0.7));
    }

    #[test]
    fn ratios_per_people_are_per_thousand() {
        // After the figure: per 1,000 as before, per 10,000 ("/10.000 dân", "/vạn dân") a tenth of it
        // (ho_chi_minh_dai_hoi, a development text).
        assert_eq!(per_people_after(" doanh nghiep/1.000 dan."), Some((23, 1.0)));
        assert_eq!(per_people_after(" phong hoc/10.000 dan, 100%"), Some((21, 10.0)));
        assert_eq!(per_people_after(" giuong benh/van dan"), Some((20, 10.0)));
        // One ten thousand written with its "1" (khu_kinh_te_van_don_quang_ninh_2030, a development text).
        assert_eq!(per_people_after(" bac sy/1 van dan, 03"), Some((17, 10.0)));
        assert_eq!(per_people_after(" giuong benh/van ban"), None);
        // Per a hundred thousand children (ba_ria_vung_tau_tai_nan_thuong_tich_tre_em_2030, a development text).
        assert_eq!(per_people_after("/100.000 tre vao nam 2030"), Some((12, 100.0)));
        // "trên vạn dân" (thua_thien_hue_2024, a development text); "trên vạn người" is more than ten thousand.
        assert_eq!(per_people_after("so bac sy tren van dan"), Some((22, 10.0)));
        assert_eq!(per_people_after(" su kien thu hut tren van nguoi"), None);
        assert_eq!(per_people_after(" doanh nghiep cong nghe so tren 1.000 dan"), Some((41, 1.0)));
        assert_eq!(per_people_after(", he thong giao duc duoc mo rong, voi toi thieu 300 phong hoc/10.000 dan"), None);
        // Named before it (ha_noi_dai_hoi, a development text): not the lower bound of a range, not a share.
        assert_eq!(per_people_before("so giuong benh/van dan dat tu 30 den ", " giuong;"), Some(10.0));
        assert_eq!(per_people_before("so giuong benh/van dan dat tu ", " den 35 giuong"), None);
        assert_eq!(per_people_before("so bac si/van dan: ", " bac si"), Some(10.0));
        assert_eq!(per_people_before("so bac si/van dan dat ", "%"), None);
        assert_eq!(per_people_before("so bac si/van dan. ty le ho ngheo giam con ", ""), None);
    }

    #[test]
    fn the_economys_investment_is_a_figure_to_reach_a_plans_is_a_cost() {
        assert!(amount_to_reach("tong von dau tu toan xa hoi dat 60.000 - "));
        // A comparator sets it too (tuyen_quang_dai_hoi, a development text).
        assert!(amount_to_reach("tong von dau tu toan xa hoi tren "));
        assert!(amount_to_reach("thu ngan sach toi thieu "));
        assert!(!amount_to_reach("kinh phi thuc hien tren "));
        assert!(!amount_to_reach("tong von dau tu cua ke hoach dat "));
        assert!(amount_to_reach("grdp theo gia hien hanh dat "));
        // A figure listed after its name (ha_noi_dai_hoi, a development text); a cost so listed is none.
        assert!(amount_to_reach("von dau tu phat trien toan xa hoi: tu 3,1 den "));
        assert!(amount_to_reach("von dau tu phat trien toan xa hoi: 3,1 - "));
        assert!(amount_to_reach("grdp nam 2025: "));
        assert!(!amount_to_reach("kinh phi thuc hien: "));
        assert!(!amount_to_reach("grdp tang tu "));
        // The economy's development investment (da_nang_dai_hoi, a development text), and the economy's amounts
        // listed bare (lai_chau, a development text); a plan's grant listed bare is still none.
        assert!(amount_to_reach("von dau tu phat trien tren dia ban theo gia hien hanh giai doan 2026-2030 dat hon "));
        assert!(amount_to_reach("grdp binh quan dau nguoi "));
        assert!(amount_to_reach("tong gia tri san xuat tren dia ban nam 2020 dat "));
        assert!(!amount_to_reach("ho tro doanh nghiep "));
        assert!(!amount_to_reach("von dau tu cho thu ngan sach "));
        assert!(amount_to_reach("tong huy dong von dau tu phat trien thoi ky 2021-2025: "));
        // Listed after "=" (phuong_ngoc_trao_thanh_hoa, a development text).
        assert!(amount_to_reach("tong von dau tu toan xa hoi den nam 2020 = "));
        assert!(amount_to_reach("thu nhap binh quan dau nguoi/nam den nam 2020 = "));
        assert!(!amount_to_reach("kinh phi thuc hien = "));
        // The investment realised in the area (phu_tho_dai_hoi, a development text).
        assert!(amount_to_reach("tong von dau tu thuc hien tren dia ban phu tho trong 5 nam ky vong dat tren "));
    }

    #[test]
    fn a_rate_of_growth_said_yearly_before_its_figure_is_per_year() {
        // bac_ninh_dai_hoi and xa_vinh_loc_thanh_hoa, development texts.
        let yearly = Some(MeasureUnit::PercentPerYear);
        assert_eq!(change_before("toc do tang truong grdp binh quan hang nam tu "), yearly);
        assert_eq!(change_before("toc do tang tong gia tri san pham tren dia ban binh quan hang nam "), yearly);
        assert_eq!(change_before("toc do tang dan so binh quan hang nam duoi "), yearly);
        // A probe of 6 Dec 2026 and pleiku_gia_lai_2021 (a development text): a speed of rising ("tốc độ tăng") is a
        // rate a year, as "tăng trưởng" is; a rise alone may be one against a base year.
        assert_eq!(change_before("toc do tang gia tri san xuat dat "), yearly);
        assert_eq!(change_before("gia tri san xuat tang "), Some(MeasureUnit::PercentIncrease));
        // A probe of 6 Dec 2026 (a news article of a new province): the name of a growth opening its part of the
        // clause, after a comma or the objective's words, however far from the figure.
        assert_eq!(change_before("nam 2025, tang truong grdp cua tinh uoc dat "), yearly);
        assert_eq!(change_before("tinh dat muc tieu tang truong grdp nam 2026 dat tu "), yearly);
        assert_eq!(change_before("xa phan dau toc do tang tong gia tri san pham tren dia ban dat "), yearly);
        assert_eq!(change_before("nam 2025, ty le ho ngheo cua tinh giam con "), None);
        assert_eq!(change_before("muc tieu dong gop cua tfp vao tang truong dat "), None);
        assert_eq!(change_before("ty le dong gop cua nang suat cac nhan to tong hop (tfp) vao tang truong dat "), None);
        // A share said yearly, or a year far from the figure, is no rate of growth.
        assert_eq!(change_before("ty le ho so xu ly dung han hang nam dat "), None);
        assert_eq!(
            change_before("toc do tang truong hang nam cua cac nganh dich vu va ty trong cong nghiep dat "),
            None
        );
    }

    #[test]
    fn what_plans_count_besides() {
        // dong_nai_khoa_hoc_cong_nghe_2025, lang_son_hanh_trinh_do_2022, nong_cong_thanh_hoa, phu_yen_van_hoa_2020,
        // lao_cai_ha_tang_so_2030, thanh_pho_song_cong_thai_nguyen_2024 (development texts), and the kinds of things
        // plans count besides.
        let counted = |after: &str| quantity_after(after).map(|(unit, _, _)| unit);
        for after in [
            " du an uom tao doanh nghiep",
            " to chuc nghien cuu phat trien",
            " don vi mau",
            " lang, don vi",
            " thu vien",
            " ket noi iot",
            " xom dat nong thon moi kieu mau",
            " lien hiep htx",
            // Enterprises abbreviated (a probe of 6 Dec 2026: a table's unit column "DN").
            " dn",
            // Community digital technology teams and local e-commerce platforms (probes of 6 Dec 2026).
            " to cong nghe so cong dong",
            " to cnscd",
            " san thuong mai dien tu dia phuong",
            " san tmdt",
            " lop tap huan",
            " giai khu vuc",
            " cau lac bo tdtt",
            " ap van hoa",
            " cay xanh",
            " khach du lich",
            " thu tuc hanh chinh",
            " sang kien",
        ] {
            assert_eq!(counted(after), Some(MeasureUnit::Count), "{after}");
        }
        // Not solutions, stages, disbursement, applying; kilometres are a length; a hotel is still a hotel.
        for after in [" giai phap", " giai doan", " giai ngan", " ap dung"] {
            assert_eq!(counted(after), None, "{after}");
        }
        assert_eq!(counted(" cay so duong"), Some(MeasureUnit::Kilometre));
        assert_eq!(quantity_after(" khach san").map(|(_, _, n)| n), Some(" khach san".len()));
        // Roads to remedy (ho_chi_minh_giam_ngap_2020, a development text): "tuyến đường", though "tuyên dương"
        // (commend) folds the same, is counted; the verb that remedies them sets the count.
        assert_eq!(counted(" tuyen duong ngap nuoc"), Some(MeasureUnit::Count));
        // A result over its plan's figure after a slash (yen_bai_che_phu_rung, kien_giang_nong_nghiep_2021, development
        // texts): the result above the total it would be out of, each with its unit, or the plan named; not "15/49 xã"
        // nor a ratio per people.
        assert!(plan_after_a_result("san luong lua dat 4.508.906/", ("", " tan"), 4_295_000.0));
        assert!(plan_after_a_result("khai thac 461.940 m3/", (" m3", " go"), 830_000.0));
        assert!(plan_after_a_result("luy ke dat 13.051,6 ha/", (" ha", " ke hoach"), 20_000.0));
        assert!(!plan_after_a_result("phan dau co 15/", (" xa", " dat chuan"), 49.0));
        assert!(!plan_after_a_result("toi thieu 300 phong hoc/", (" dan", ""), 10_000.0));
        // Criteria met (ben_tre_nong_thon_moi_2023, a development text).
        assert_eq!(counted(" tieu chi tro len"), Some(MeasureUnit::Count));
        assert!(quantity_to_reach("tp se giai quyet ", MeasureUnit::Count));
        assert!(quantity_to_reach("xu ly ", MeasureUnit::Count));
    }

    #[test]
    fn lengths_volumes_and_litres_in_each_spelling_with_their_scale() {
        use MeasureUnit::{CubicMetre, Kilometre, Litre};
        // dak_nong_giao_thong_2020, yen_bai_lam_nghiep_2025, quang_tri_rung_fsc_2025, thanh_pho_phu_quoc_an_giang_2025
        // (development texts): "555 km đường", "500 ngàn m3", "1.000.000 m3 gỗ xẻ", "12 triệu lít/năm".
        assert_eq!(quantity_after(" km duong giao thong"), Some((Kilometre, 1.0, 3)));
        assert_eq!(quantity_after("km."), Some((Kilometre, 1.0, 2)));
        assert_eq!(quantity_after(" nghin km duong"), Some((Kilometre, 1e3, 9)));
        assert_eq!(quantity_after(" cay so duong"), Some((Kilometre, 1.0, 7)));
        assert_eq!(quantity_after(" kilomet kenh"), Some((Kilometre, 1.0, 8)));
        assert_eq!(quantity_after(" km/nam"), Some((Kilometre, 1.0, 7)));
        assert_eq!(quantity_after(" ngan m3; hinh thanh"), Some((CubicMetre, 1e3, 8)));
        assert_eq!(quantity_after(" m3 go xe."), Some((CubicMetre, 1.0, 3)));
        assert_eq!(quantity_after("m3"), Some((CubicMetre, 1.0, 2)));
        assert_eq!(quantity_after(" trieu met khoi nuoc"), Some((CubicMetre, 1e6, 15)));
        assert_eq!(quantity_after(" m3/nam"), Some((CubicMetre, 1.0, 7)));
        assert_eq!(quantity_after(" trieu lit/nam; san luong"), Some((Litre, 1e6, 14)));
        assert_eq!(quantity_after(" trieu lit nuoc mam"), Some((Litre, 1e6, 10)));
        assert_eq!(quantity_after(" lit."), Some((Litre, 1.0, 4)));
        // "m³" and "km²" fold to "m3" and "km2" (`folded`), so the texts' spellings read as the plain ones.
        assert_eq!(quantity_after(&folded(" m³ gỗ")), Some((CubicMetre, 1.0, 3)));
        assert_eq!(quantity_after(&folded(" ngàn m³")), Some((CubicMetre, 1e3, 8)));
        assert_eq!(quantity_after(&folded(" mét khối")), Some((CubicMetre, 1.0, 9)));
        assert_eq!(quantity_after(&folded(" lít")), Some((Litre, 1.0, 4)));
    }

    #[test]
    fn square_metres_and_square_metres_a_person() {
        use MeasureUnit::{SquareMetre, SquareMetrePerPerson};
        // ha_tinh_nha_o_2030, ha_noi_dai_hoi_2030 (development texts): "7.347.630m2 sàn nhà ở", "hơn 41 triệu m2",
        // "32.2m2/người", "trên 10 m²/người".
        assert_eq!(quantity_after("m2 san nha o"), Some((SquareMetre, 1.0, 2)));
        assert_eq!(quantity_after(" trieu m2."), Some((SquareMetre, 1e6, 9)));
        assert_eq!(quantity_after(&folded(" m² sàn")), Some((SquareMetre, 1.0, 3)));
        assert_eq!(quantity_after(&folded(" mét vuông sàn")), Some((SquareMetre, 1.0, 10)));
        assert_eq!(quantity_after("m2/nguoi. khu vuc"), Some((SquareMetrePerPerson, 1.0, 8)));
        assert_eq!(quantity_after(&folded(" m²/người;")), Some((SquareMetrePerPerson, 1.0, 9)));
        // A dwelling's size ("45m2/căn") and an area per hectare are no quantity; "km2" is no square metre.
        assert_eq!(quantity_after("m2/can) cho"), None);
        assert_eq!(quantity_after(" m2/ha"), None);
        assert_ne!(quantity_after(" km2").map(|(unit, _, _)| unit), Some(SquareMetre));
        // A floor area a person is a level to reach whatever sets it ("Khu vực đô thị 35.8m2/người"); a floor
        // area, when built or named ("phát triển mới khoảng", "nâng tổng diện tích sàn nhà ở lên hơn").
        assert!(quantity_to_reach("khu vuc do thi ", SquareMetrePerPerson));
        assert!(quantity_to_reach("tinh se phat trien moi khoang ", SquareMetre));
        assert!(quantity_to_reach("nang tong dien tich san nha o len hon ", SquareMetre));
        assert!(!quantity_to_reach("quy nha hien co ", SquareMetre));
    }

    #[test]
    fn a_water_plants_capacity_is_in_cubic_metres_a_day() {
        use MeasureUnit::CubicMetrePerDay;
        // ha_noi_cap_nuoc_an_toan_2020 (a development text): "30.000m3/ngày đêm", "công suất 300.000m3/ngày đêm".
        assert_eq!(quantity_after(" m3/ngay dem (hoan"), Some((CubicMetrePerDay, 1.0, 12)));
        assert_eq!(quantity_after(" m3 / ngay dem"), Some((CubicMetrePerDay, 1.0, 14)));
        assert_eq!(quantity_after(" nghin m3/ngay;"), Some((CubicMetrePerDay, 1e3, 14)));
        assert_eq!(quantity_after(&folded(" m³/ngày đêm")), Some((CubicMetrePerDay, 1.0, 12)));
        assert_eq!(quantity_after(&folded(" m³/ngày.đêm")), Some((CubicMetrePerDay, 1.0, 12)));
        assert_eq!(quantity_after(&folded(" m3/ngđ")), Some((CubicMetrePerDay, 1.0, 7)));
        // Litres a person a day are a norm, a volume a year a volume; "ngày" must end its word ("/ngày" only).
        assert_eq!(quantity_after(" lit/ngay").map(|(unit, _, _)| unit), None);
        assert_eq!(quantity_after(" m3/nam"), Some((MeasureUnit::CubicMetre, 1.0, 7)));
        assert_eq!(quantity_after(" m3/ngayx").map(|(unit, _, _)| unit), None);
        // A capacity is a level the plan sets, whatever sets it ("Nhà máy nước Dương Nội - Hà Đông 30.000m3/ngày đêm").
        assert!(quantity_to_reach("nha may nuoc duong noi - ha dong ", CubicMetrePerDay));
        assert!(!quantity_to_reach("nha may nuoc duong noi - ha dong ", MeasureUnit::CubicMetre));
    }

    #[test]
    fn sex_ratios_at_birth_are_boys_per_hundred_girls() {
        use MeasureUnit::BoysPerHundredGirls;
        // ho_chi_minh_dan_so, thai_nguyen_dan_so_2023 (development texts).
        assert_eq!(rate_per(&folded(" bé trai/100 bé gái (tốc")), Some((BoysPerHundredGirls, 1.0, 19)));
        assert_eq!(rate_per(&folded(" trẻ nam/100 trẻ nữ;")), Some((BoysPerHundredGirls, 1.0, 19)));
        assert_eq!(rate_per(&folded(" trẻ trai / 100 trẻ gái")), Some((BoysPerHundredGirls, 1.0, 23)));
        // Boys alone, or per anything but 100 girls, are no ratio.
        assert_eq!(rate_per(" be trai"), None);
        assert_eq!(rate_per(" be trai/10 be gai"), None);
        assert_eq!(rate_per(" tre nam/100 tre nuoc"), None);
    }

    #[test]
    fn what_only_looks_like_a_length_a_volume_or_litres_is_none_of_them() {
        // An area in square kilometres (xa_hoa_hoi_ho_chi_minh, xa_na_hy_dien_bien_2030: development texts) or square
        // metres, a speed, a capacity a day (a unit of its own, `a_water_plants_capacity_is_in_cubic_metres_a_day`), a
        // supply norm, metres alone, a neighbourhood ("khối phố").
        for after in [
            " km2, dan so",
            "km2,",
            " km/h",
            " km/gio",
            " m3/ngay dem",
            " m3/ngay",
            " m3 / ngay dem",
            " nghin m3/ngay",
            " lit/nguoi/ngay",
            " lit/nguoi",
            " lit/nam/nguoi",
            " m2 san",
            " met",
            " met vuong",
            " khoi pho",
            " cay xanh",
        ] {
            let unit = quantity_after(after).map(|(unit, _, _)| unit);
            assert!(
                !matches!(unit, Some(MeasureUnit::Kilometre | MeasureUnit::CubicMetre | MeasureUnit::Litre)),
                "{after}"
            );
        }
        // Square metres are a unit of their own since 4 Dec 2026 (`square_metres_and_square_metres_a_person`).
        assert_eq!(quantity_after(" m2 san").map(|(unit, _, _)| unit), Some(MeasureUnit::SquareMetre));
        assert_eq!(quantity_after(" km2"), None);
        assert_eq!(quantity_after(" lit/nguoi/ngay"), None);
        for after in [" km²", " 30 km²"] {
            assert_eq!(quantity_after(&folded(after)), None, "{after}");
        }
        // Trees are still counted.
        assert_eq!(quantity_after(" cay xanh"), Some((MeasureUnit::Count, 1.0, 4)));
    }

    #[test]
    fn a_length_built_and_a_volume_or_litres_produced_are_to_reach() {
        use MeasureUnit::{CubicMetre, Kilometre, Litre};
        // dak_nong_giao_thong_2020 (a development text): a length built, upgraded, or named by its length.
        assert!(quantity_to_reach("den nam 2025, cung hoa ", Kilometre));
        assert!(quantity_to_reach("du kien toan tinh se xay dung moi va nang cap duoc ", Kilometre));
        assert!(quantity_to_reach("cu the, dau tu sua chua, nang cap ", Kilometre));
        assert!(quantity_to_reach("voi tong chieu dai ", Kilometre));
        assert!(quantity_to_reach("kien co hoa ", Kilometre));
        // yen_bai_lam_nghiep_2025, quang_tri_rung_fsc_2025, thanh_pho_phu_quoc_an_giang_2025 (development texts).
        assert!(quantity_to_reach("san luong go rung trong khai thac hang nam dat tren ", CubicMetre));
        assert!(quantity_to_reach("moi nam cung cap cho thi truong khoang 800.000 - ", CubicMetre));
        assert!(quantity_to_reach("che bien nuoc mam binh quan ", Litre));
        assert!(quantity_to_reach("san xuat ", Litre));
        assert!(quantity_to_reach("khai thac ", CubicMetre));
        // What a place has, a length not built, a volume not produced: none; the verbs are the units' own.
        assert!(!quantity_to_reach("xa co ", Kilometre));
        assert!(!quantity_to_reach("cach trung tam tinh ", Kilometre));
        assert!(!quantity_to_reach("nang cap ", CubicMetre));
        assert!(!quantity_to_reach("san xuat ", Kilometre));
        assert!(!quantity_to_reach("san xuat ", MeasureUnit::Tonne));
        assert!(!quantity_to_reach("nang cap ", MeasureUnit::Count));
        assert!(
            carries_own_comparator(Kilometre) && carries_own_comparator(CubicMetre) && carries_own_comparator(Litre)
        );
    }

    #[test]
    fn a_rank_in_the_whole_country() {
        // an_giang_dai_hoi (a development text): "top 20 cả nước".
        assert!(rank("chi so doi moi sang tao cap dia phuong nam trong top ", " ca nuoc"));
        assert!(rank("nam trong nhom ", " tinh dan dau"));
        assert!(!rank("nam trong top ", " doanh nghiep"));
        // The index ranked named before "top N" with nothing after it (hoa_binh_2025, a development text).
        assert!(rank("dat muc tieu pci nam 2025 phai vao top ", "\"- pho thu tuong"));
        assert!(rank("chi so cai cach hanh chinh vao top ", "."));
        assert!(!rank("doanh nghiep vao top ", "."));
        assert!(!rank("pci vao top ", " doanh nghiep"));
    }

    #[test]
    fn a_place_is_out_of_the_provinces_or_said_with_its_scope() {
        assert!(ranked_place("chi so pci xep hang ", "/34 tren ca nuoc"));
        // The scope said instead (hau_giang_chi_so_canh_tranh_2025, kon_tum_chi_so_chuyen_doi_so_2023, development
        // texts), or a place or better (a probe of 7 Dec 2026).
        assert!(ranked_place("(par index) xep thu ", " toan quoc;"));
        assert!(ranked_place("dung thu ", " ca nuoc."));
        assert!(ranked_place("xep thu ", " trong ca nuoc va"));
        assert!(ranked_place("xep thu ", " khu vuc tay nguyen"));
        assert!(ranked_place("chi so par index xep hang tu thu ", " tro len."));
        assert!(ranked_place("hue vuon len xep vi tri thu ", " toan quoc"));
        assert!(!ranked_place("vi tri ", " toan quoc"));
        // A place with neither names no ranking ("xếp thứ 2 trong danh sách"), nor does "từ thứ" without a ranking.
        assert!(!ranked_place("xep thu ", " trong danh sach"));
        // Among a province's communes (xa_muong_lat_thanh_hoa, a development text), the words after naming nothing
        // else.
        assert!(ranked_place("xep thu ", "/166 xa, phuong tren dia ban tinh"));
        assert_eq!(of_the_communes("/166 xa, phuong tren dia ban tinh"), Some(true));
        assert_eq!(of_the_communes("/166 xa, phuong ve chi so cai cach hanh chinh"), Some(false));
        assert_eq!(of_the_communes("/34 tinh, thanh pho"), None);
        assert!(!ranked_place("xep thu ", "/166 ho"));
        assert!(!ranked_place("tu thu ", " tro len"));
        assert!(!ranked_place("doanh nghiep ", " ca nuoc"));
    }

    #[test]
    fn a_quantity_is_its_unit_scale_and_what_it_is_per() {
        use MeasureUnit::{Count, Hectare, Tonne, Usd};
        assert_eq!(quantity_after(" usd/nguoi, tang"), Some((Usd, 1.0, 10)));
        assert_eq!(quantity_after(" ty usd"), Some((Usd, 1e9, 7)));
        assert_eq!(quantity_after(" do la my"), Some((Usd, 1.0, 9)));
        assert_eq!(quantity_after("ha cong vien"), Some((Hectare, 1.0, 2)));
        assert_eq!(quantity_after(" nghin ha"), Some((Hectare, 1e3, 9)));
        // ha_tinh_nong_nghiep_2022 (a development text): "63 vạn tấn", ten thousand tonnes; folded "van" is also
        // "văn", "vấn": never before things counted ("3 vấn đề", "5 văn bản").
        assert_eq!(quantity_after(" van tan"), Some((Tonne, 1e4, 8)));
        assert_eq!(quantity_after(" van de"), None);
        assert_eq!(quantity_after(" van ban"), None);
        // ha_tinh_du_lich_2030 (a development text): a scaled figure before "và" takes the next one's unit.
        assert_eq!(quantity_after(" ngan va tren 2,6 trieu luot khach"), Some((Count, 1e3, 6)));
        assert_eq!(quantity_after(" ngan va 1,5 ty dong"), None);
        assert_eq!(quantity_after(" ngan va cac xa dat 2 trieu luot khach"), None);
        // tuyen_quang_du_lich_2030 (a development text): hotels are counted.
        assert_eq!(quantity_after(" khach san dat tieu chuan"), Some((Count, 1.0, 10)));
        assert_eq!(quantity_after(" trieu tan"), Some((Tonne, 1e6, 10)));
        // A yearly area is hectares, not "Hà Nam" (phu_yen_lam_nghiep_2030, a development text).
        assert_eq!(quantity_after(" ha/nam."), Some((Hectare, 1.0, 7)));
        assert_eq!(quantity_after(" ha nam"), None);
        assert!(quantity_to_reach("den nam 2030, trong rung san xuat ", Hectare));
        assert!(quantity_to_reach("phuc hoi rung phong ho ", Hectare));
        assert_eq!(quantity_after(" trieu nguoi"), Some((Count, 1e6, 12)));
        assert_eq!(quantity_after(" hop tac xa va"), Some((Count, 1.0, 11)));
        assert_eq!(quantity_after(" lan/nam"), None);
        // A count out of all (xa_vong_dong_an_giang, a development text): the count first.
        assert_eq!(quantity_after("/4 truong hoc dat chuan"), Some((Count, 1.0, 13)));
        assert_eq!(quantity_after("/05/2020"), None);
        // Not a month of a year nor a date before a comma (huyen_quang_dien_thua_thien_hue_giao_duc_2016, a development
        // text; soc_trang_nuoc_sach_2030).
        assert_eq!(quantity_after("/2023, cong trinh mo rong"), None);
        assert_eq!(quantity_after("/2023 cong trinh mo rong"), None);
        assert_eq!(quantity_after("/9, huyen quang dien"), None);
        assert_eq!(quantity_after("/12 ap."), Some((Count, 1.0, 6)));
        // Heads of livestock (phuong_quang_trung_thanh_hoa), not "còn lại".
        assert_eq!(quantity_after(" con, tang"), Some((Count, 1.0, 4)));
        assert_eq!(quantity_after(" con lai"), None);
        // Dwellings (ho_chi_minh_dang_bo_ubnd, a development text), not officials.
        assert_eq!(quantity_after(" can, "), Some((Count, 1.0, 4)));
        assert_eq!(quantity_after(" can bo"), None);
        // Speeds in megabits a second (lao_cai_ha_tang_so_2030, xuan_truc: development texts).
        assert_eq!(quantity_after(" mbps cho ho gia dinh"), Some((MeasureUnit::Mbps, 1.0, 5)));
        assert_eq!(quantity_after(" mb/s ."), Some((MeasureUnit::Mbps, 1.0, 5)));
        assert_eq!(quantity_after(" gbps tro len"), Some((MeasureUnit::Mbps, 1e3, 5)));
        assert_eq!(quantity_after("gb/s."), Some((MeasureUnit::Mbps, 1e3, 4)));
        // Words that only fold like a unit: "hạ tầng", "tận dụng", "hỗ trợ", "xã hội", "trường hợp"; a sign.
        for after in [" ha tang so", " tan dung", " ho tro", " xa hoi", " truong hop", "% ho", "/ha", " giai phap"] {
            assert_eq!(quantity_after(after), None, "{after}");
        }
    }

    #[test]
    fn a_quantity_to_reach_is_one_the_words_set() {
        use MeasureUnit::{Count, Hectare};
        assert!(quantity_to_reach("dien tich cay che ", Hectare));
        assert!(quantity_to_reach("san luong lua: ", MeasureUnit::Tonne));
        assert!(quantity_to_reach("phan dau thanh lap ", Count));
        assert!(quantity_to_reach("hang nam ket nap moi tu ", Count));
        assert!(quantity_to_reach("moi nguoi dan co ", Count));
        // A count is not named bare like an area; whom delegates represent is none. What there is now is read as a
        // count, which the words that report make an observation (a probe of 6 Dec 2026).
        assert!(!quantity_to_reach("dien tich cay che ", Count));
        assert!(quantity_to_reach("toan tinh hien co ", Count));
        assert!(!quantity_to_reach("449 dai bieu dai dien cho hon ", Count));
        assert!(!quantity_to_reach("kinh phi ho tro ", Hectare));
        // lang_son_hanh_trinh_do_2022, tinh_bien_an_giang_phu_nu (development texts): people and households helped.
        assert!(quantity_to_reach("hang nam, giup ", Count) && quantity_to_reach("van dong tren ", Count));
        // A range's words are those before its lower bound (ho_chi_minh_dai_hoi_2020, a development text), and a
        // verb may stand six words back.
        assert!(quantity_to_reach("grdp binh quan dau nguoi den cuoi nam 2025 dat tu 8.500 - ", MeasureUnit::Usd));
        assert!(quantity_to_reach("trong 5 nam, tao viec lam moi cho ", Count));
        assert!(quantity_to_reach("so can ho nha o xa hoi tang them ", Count));
        // "gần", "khoảng" set an amount as "đạt" does (an_giang_dai_hoi).
        assert!(amount_to_reach("von dau tu toan xa hoi gan "));
        assert!(amount_to_reach("tong von dau tu toan xa hoi khoang "));
        // "là", "dự kiến" (phuong_quang_trung_thanh_hoa, phu_tho_dai_hoi); a population named as plans name it
        // (xa_tam_phuoc_ba_ria_vung_tau), not a unit's profile (xa_hoa_hoi_ho_chi_minh).
        assert!(amount_to_reach("tong thu - chi ngan sach 5 nam la "));
        assert!(quantity_to_reach("quy mo dan so cua phu tho du kien ", Count));
        assert!(quantity_to_reach("- dan so trung binh ", Count));
        // A speed its clause names, with or without a verb.
        // A visitor's verb before the range the figure ends; not before a figure that ends no range.
        assert_eq!(before_a_range("don tiep tu 1,13 den"), Some("don tiep"));
        assert_eq!(before_a_range("don 1,13 trieu -"), Some("don"));
        assert_eq!(before_a_range("don tiep"), None);
        assert_eq!(before_a_range("den"), None);
        assert!(quantity_to_reach("don tiep tu 1,13 den ", MeasureUnit::Count));
        assert!(!quantity_to_reach("khach tu 1,13 den ", MeasureUnit::Count));
        assert!(quantity_to_reach("toc do truy cap ho gia dinh ", MeasureUnit::Mbps));
        assert!(quantity_to_reach("toc do truy cap dat toi thieu 150 mbps cho ho gia dinh, ", MeasureUnit::Mbps));
        assert!(!quantity_to_reach("ket noi ", MeasureUnit::Mbps));
        assert!(!quantity_to_reach("co tong dien tich tu nhien 136,270 km2, dan so ", Count));
        // Nor what the profile says a unit has (xa_bau_lam_ho_chi_minh_2030, a development text); what it will have is.
        let profile = "xa bau lam co tong dien tich tu nhien 123,829km2, dan so 22.567 nhan khau, toan dang bo co ";
        assert!(!quantity_to_reach(profile, Count));
        assert!(quantity_to_reach("toan xa co ", Count));
        // Nor what a Party body has (phuong_tam_thang_ho_chi_minh, ca_mau_dai_hoi_2030).
        assert!(!quantity_to_reach("toan dang bo co ", Count));
        assert!(!quantity_to_reach("ban chap hanh dang bo tinh ca mau nhiem ky 2025-2030 co ", Count));
        assert!(quantity_to_reach("dang bo xa phan dau ket nap moi ", Count));
    }

    #[test]
    fn a_multiple_is_an_increase_and_a_ratio_to_grdp_or_a_frequency_none() {
        // phu_tho_dai_hoi, phuong_ba_dinh_thanh_hoa (development texts).
        assert_eq!(multiple("quy mo grdp cao gap hon ", " lan so voi nam 2025", 2.0), Some(4));
        assert_eq!(multiple("tang gap ", " lan", 2.2), Some(4));
        assert_eq!(multiple("chi tieu tang ", " lan so voi nam 2025", 2.0), Some(4));
        // long_an_giam_ngheo_2025 (a development text).
        assert_eq!(
            multiple("thu nhap cua ho ngheo den cuoi nam 2025 tang len ", " lan so voi cuoi nam 2020", 1.5),
            Some(4)
        );
        assert_eq!(multiple("gia tri thanh toan gap ", " lan grdp", 15.0), None);
        assert_eq!(multiple("kham suc khoe it nhat ", " lan/nam", 1.0), None);
        assert_eq!(multiple("tang ", " lan/nam", 2.0), None);
        assert_eq!(multiple("tang ", " lan / thang", 2.0), None);
        // A multiple per a unit of what grows (phu_yen_lam_nghiep_2030, a development text).
        assert_eq!(multiple("tang ", " lan/don vi dien tich so voi nam 2020", 2.0), Some(4));
        assert_eq!(multiple("dai hoi ", " lan thu", 2.0), None);
        assert_eq!(multiple("tang gap ", " lan", 1.0), None);
        assert_eq!(multiple("dat ", " lan", 3.0), None);
    }

    #[test]
    fn things_counted_that_complete_or_meet_a_standard_are_to_reach() {
        // thanh_hoa (a development text): "300 xã, phường, thị trấn hoàn thành tiêu chí chuyển đổi số".
        assert!(completed_after(", phuong, thi tran hoan thanh tieu chi chuyen doi so"));
        assert!(completed_after(" dat chuan nong thon moi"));
        assert!(completed_after(" duoc cong nhan dat chuan quoc gia"));
        assert!(!completed_after(". Cac xa da hoan thanh"));
        assert!(!completed_after(" co dan so dong nhat tinh, trong so cac xa vung cao se hoan thanh"));
        assert!(quantity_to_reach("den nam 2025, hoan thanh chuyen doi so tai ", MeasureUnit::Count));
        // huyen_thanh_mien_hai_duong_cum_cong_nghiep_2025 (a development text): put into operation or use.
        assert!(quantity_to_reach("huyen phan dau thanh lap va dua vao hoat dong ", MeasureUnit::Count));
        assert!(quantity_to_reach("dua vao su dung ", MeasureUnit::Count));
        // ca_mau_phong_chong_duoi_nuoc_tre_em_2030 (a development text): a standard met, after what is counted in a
        // few words more; houses said "ngôi nhà".
        assert!(completed_after(" hoc dat tieu chuan truong hoc an toan"));
        assert!(completed_after(" thuoc cac ho gia dinh co tre em dat tieu chi ngoi nha an toan"));
        assert_eq!(quantity_after(" ngoi nha thuoc cac ho"), Some((MeasureUnit::Count, 1.0, 9)));
    }

    #[test]
    fn things_counted_out_of_all_or_opening_their_clause_with_what_they_have_are_to_reach() {
        // A probe of 7 Dec 2026: "Kiện toàn Tổ công nghệ số cộng đồng tại 12/12 ấp", "15 xã có điện".
        assert!(out_of_all("/12 ap", 12.0));
        assert!(out_of_all("/217 thon", 160.0));
        assert!(!out_of_all("/10 ap", 12.0));
        assert!(!out_of_all(" ap", 12.0));
        assert!(opens_with_what_has("", " co to cong nghe so"));
        assert!(opens_with_what_has("- ", " co website."));
        assert!(!opens_with_what_has("huyen gom ", " co dien"));
        assert!(!opens_with_what_has("", " dat chuan"));
        assert_eq!(noun_of("/7 huyen"), "huyen");
        assert_eq!(noun_of(" trieu luot khach"), "luot khach");
    }

    #[test]
    fn visitors_welcomed_jobs_made_and_a_level_risen_to_are_to_reach() {
        // lao_cai_du_lich_2030, quang_tri_2026 (development texts).
        assert!(quantity_to_reach("muc tieu cu the den nam 2025 phan dau don ", MeasureUnit::Count));
        assert!(quantity_to_reach("phan dau den nam 2030 don tu ", MeasureUnit::Count));
        assert!(quantity_to_reach("don duoc tren ", MeasureUnit::Count));
        assert!(!quantity_to_reach("ty le don vi ", MeasureUnit::Count));
        assert_eq!(quantity_after(" viec lam trong linh vuc du lich"), Some((MeasureUnit::Count, 1.0, 9)));
        assert!(quantity_to_reach("tao ra khoang 40.000 - ", MeasureUnit::Count));
        assert!(amount_to_reach("grdp tu 61.245 ty dong nam 2025 len "));
        // phuong_phu_loi_ho_chi_minh, lai_chau, xa_muong_lat_thanh_hoa, quang_nam_quy_hoach_2020 (development texts):
        // areas made, "có" before a comparator, people counted as "dân".
        assert!(quantity_to_reach("den nam 2030 phat trien ", MeasureUnit::Hectare));
        assert!(quantity_to_reach("dien tich cay che 10.000 ha, trong do trong moi ", MeasureUnit::Hectare));
        assert!(!quantity_to_reach("xa co ", MeasureUnit::Hectare));
        assert!(quantity_to_reach("co tu ", MeasureUnit::Count));
        // What there will be, whatever its unit (nghe_an_lam_nghiep_2030, a development text); not what a place has.
        assert!(quantity_to_reach("den nam 2030, tinh nghe an se co ", MeasureUnit::Hectare));
        assert!(quantity_to_reach("phan dau co ", MeasureUnit::Tonne));
        assert!(!quantity_to_reach("xa co ", MeasureUnit::Hectare));
        assert!(quantity_to_reach("hien co tu ", MeasureUnit::Count));
        assert_eq!(quantity_after(" nghin dan"), Some((MeasureUnit::Count, 1e3, 10)));
        assert_eq!(quantity_after(" dan toc"), None);
        // lam_dong_du_lich_2030, ha_tinh_du_lich_2030 (development texts): rooms and visitors counted; what is needed
        // ("cần khoảng") is spent, not reached.
        assert_eq!(quantity_after(" phong nghi"), Some((MeasureUnit::Count, 1.0, 11)));
        assert_eq!(quantity_after(" trieu luot du khach"), Some((MeasureUnit::Count, 1e6, 20)));
        // Contests and startup ideas (vinh_long_khoi_nghiep_2025, a development text).
        assert_eq!(quantity_after(" cuoc thi khoi nghiep"), Some((MeasureUnit::Count, 1.0, 9)));
        assert_eq!(quantity_after(" y tuong khoi nghiep"), Some((MeasureUnit::Count, 1.0, 8)));
        assert_eq!(quantity_after(" phong hoc"), None);
        assert!(!amount_to_reach("giai doan 2021 - 2030 can khoang "));
        assert!(amount_to_reach("doanh thu du lich den nam 2030 dat khoang "));
        // hung_yen_2024 (a development text): a revenue listed bare after its name.
        assert!(amount_to_reach("tong muc doanh thu ban le hang hoa va doanh thu dich vu "));
        assert!(!amount_to_reach("doanh thu tang tu "));
    }

    #[test]
    fn a_life_expectancy_is_a_span_of_years() {
        assert_eq!(life_span("tuoi tho trung binh tren ", " tuoi, 100%"), Some(5));
        assert_eq!(life_span("thoi gian song khoe manh dat toi thieu ", " nam"), Some(4));
        assert_eq!(life_span("nguoi tu ", " tuoi tro len"), None);
        assert_eq!(life_span("tuoi tho trung binh tinh tu luc sinh dat khoang ", " nam;"), Some(4));
        assert_eq!(life_span("tuoi tho trung binh 75 tuoi, ty le ho ngheo giam ", " nam"), None);
    }

    #[test]
    fn down_to_a_level_is_no_reduction() {
        assert_eq!(change_before("ty le ho ngheo giam "), Some(MeasureUnit::PercentReduction));
        // phuong_tan_hoa_phu_tho (a development text): "giảm còn 0,8%" is a level of 0.8%.
        assert_eq!(change_before("ty le ho ngheo giam con "), None);
        assert_eq!(change_before("ty le that nghiep giam xuong con "), None);
        assert_eq!(change_before("ty le ho ngheo giam duoi "), None);
        assert_eq!(change_before("ty le ho ngheo giam tren "), Some(MeasureUnit::PercentReduction));
        assert!(down_to("ty le ho ngheo giam con ") && down_to("ty le that nghiep giam xuong con "));
        // xa_nguyet_duc_phu_tho_2026 (a development text): a ceiling right after "giảm" is a level; a floor is not.
        assert!(down_to("ty le ho ngheo giam duoi "));
        assert!(!down_to("ty le ho ngheo giam tren ") && !down_to("ty le ho ngheo duoi "));
        assert!(!down_to("ty le ho ngheo giam "));
        // hon_quan_binh_phuoc_cuu_chien_binh (a development text): what is brought down named between.
        assert_eq!(change_before("giam ty le ho ngheo va can ngheo xuong duoi "), None);
        assert!(down_to("giam ty le ho ngheo va can ngheo xuong duoi ") && down_to("giam no qua han xuong "));
        assert!(!down_to("giam chi phi, xuong "));
        // A probe of 7 Dec 2026 (a province's farming plan): "còn" after what is brought down.
        assert!(down_to("giam ty le ho ngheo da chieu con ") && !down_to("giam ty le sinh con "));
        assert_eq!(change_before("giam ty le ho ngheo da chieu con "), None);
        assert_eq!(change_before("giam ty le sinh con "), Some(MeasureUnit::PercentReduction));
        // xa_phu_do_thai_nguyen_2025 (a development text): "giảm chỉ còn 6,95%", only so much left.
        assert_eq!(change_before("ty le ho ngheo giam chi con "), None);
        assert!(down_to("ty le ho ngheo giam chi con "));
        assert_eq!(change_before("giam chi phi "), Some(MeasureUnit::PercentReduction));
    }

    #[test]
    fn an_amount_is_its_words_in_dong_with_what_it_is_per() {
        assert_eq!(amount_after(" ty dong; tang truong"), Some((1e9, 8)));
        // Scaled to the whole number written (xa_hai_trung_hai_hau_nam_dinh_2020, a development text: 65,6 triệu).
        assert_eq!(scaled(65.6, 1e6), 65_600_000.0);
        assert_eq!(scaled(1.1, 1e6), 1_100_000.0);
        assert_eq!(scaled(1.2345, 1e3), 1_234.5);
        // A probe of 7 Dec 2026 (a ward's results): "68,454 tỷ đồng", 68.453.999.999,99999 before.
        assert_eq!(scaled(68.454, 1e9), 68_454_000_000.0);
        assert_eq!(scaled(1.000_000_000_1, 1e9), 1_000_000_000.1);
        assert_eq!(scaled(0.5, 1.0), 0.5);
        assert_eq!(amount_after(" nghin ty dong"), Some((1e12, 14)));
        // ha_noi_dai_hoi (development): "3,2 triệu tỷ đồng" is 3.2 million billion; "tỉ" spells "tỷ" too.
        assert_eq!(amount_after(" trieu ty dong (theo gia hien hanh)"), Some((1e15, 14)));
        assert_eq!(amount_after(" ti dong"), Some((1e9, 8)));
        // Millions abbreviated (phuong_dong_son_bim_son_thanh_hoa_2020, a development text).
        assert_eq!(amount_after(" tr. dong;"), Some((1e6, 9)));
        assert_eq!(amount_after(" tr.dong"), Some((1e6, 8)));
        assert_eq!(amount_after(" tr dong"), Some((1e6, 8)));
        assert_eq!(amount_after(" trieu dong/nguoi/nam, tong thu"), Some((1e6, 21)));
        assert_eq!(amount_after(" trieu dong / nguoi"), Some((1e6, 19)));
        assert_eq!(amount_after(" dong/thang"), Some((1.0, 11)));
        // "3 đồng chí" (comrades), "20 dòng sản phẩm": no money.
        assert_eq!(amount_after(" dong chi duoc khen"), None);
        assert_eq!(amount_after(" dong san pham"), None);
        assert_eq!(amount_after(" ty le"), None);
        // "/năm" after the amount is its period; "/ha" is not read.
        assert_eq!(amount_after(" ty dong/ha"), Some((1e9, 8)));
        // Tables' abbreviations (phuong_ba_dinh_thanh_hoa, a development text).
        assert_eq!(amount_after("tyd, chiem"), Some((1e9, 3)));
        assert_eq!(amount_after("trd/nguoi/nam"), Some((1e6, 13)));
        assert_eq!(amount_after(" tydung"), None);
        // "396,1 tỷ.đ" (phuong_quang_trung_thanh_hoa, a development text).
        assert_eq!(amount_after(" ty.d, tang"), Some((1e9, 5)));
        assert_eq!(amount_after(" tr.d/nguoi"), Some((1e6, 11)));
        // A scale per person, year, month or household, "đồng" left out (a probe of 7 Dec 2026); not a scale alone.
        assert_eq!(amount_after(" trieu/ nguoi/nam."), Some((1e6, 17)));
        assert_eq!(amount_after(" trieu/nam"), Some((1e6, 10)));
        assert_eq!(amount_after(" trieu luot khach"), None);
        assert_eq!(amount_after(" trieu/ha"), None);
    }

    #[test]
    fn an_amount_to_reach_is_one_the_words_say_to_reach_and_not_a_cost() {
        assert!(amount_to_reach("grdp theo gia hien hanh dat "));
        assert!(amount_to_reach("tong thu ngan sach nha nuoc phan dau dat tren "));
        assert!(!amount_to_reach("grdp theo gia hien hanh dat muc tang truong cao, quy mo "));
        assert!(!amount_to_reach("kinh phi thuc hien ke hoach dat "));
        assert!(!amount_to_reach("tong von dau tu dat "));
        assert!(!amount_to_reach("ho tro moi doanh nghiep "));
    }
}
