//! Units of a figure: "%", "% GRDP", "%/năm", "tăng ... %", "giảm ... %", ranks ("nhóm 10 tỉnh"),
//! per-1,000 ratios.

use super::folded::{at, ends_with_words, find_words, starts_with_words, sub, words};
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
        if t.starts_with(w) && !at(t, w.len()).is_ascii_alphanumeric() {
            return (Some(unit), lead + w.len());
        }
    }
    (None, 0)
}

/// A change the words before a figure announce: "tăng" (increase, or growth per year with "bình quân",
/// "hàng năm"), "giảm", "cắt giảm" (reduction). `None` when they announce none.
pub(crate) fn change_before(prefix: &str) -> Option<MeasureUnit> {
    let list: Vec<&str> = words(prefix).collect();
    let n = list.len();
    let near = |i: usize| i + 6 >= n;
    let mut found = None;
    for (i, w) in list.iter().enumerate() {
        let next = list.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { list.get(i - 1).copied().unwrap_or("") } else { "" };
        let opening = i == 0 || (i == 1 && prev == "cat");
        if *w == "giam" && !matches!(next, "sat" | "doc" | "dinh" | "khao" | "thieu") && (near(i) || opening) {
            found = Some(MeasureUnit::PercentReduction);
        }
        if *w == "tang"
            && !matches!(prev, "ha" | "nen")
            && !matches!(next, "cuong" | "lop" | "thu" | "them")
            && (near(i) || opening)
        {
            found = Some(MeasureUnit::PercentIncrease);
        }
    }
    if found == Some(MeasureUnit::PercentIncrease) {
        let per_year =
            ["binh quan", "hang nam", "moi nam", "tang truong"].iter().any(|w| find_words(prefix, w).next().is_some());
        if per_year {
            return Some(MeasureUnit::PercentPerYear);
        }
    }
    found
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
    let ranked = ["tinh", "dia phuong", "thanh pho", "don vi", "quoc gia", "nuoc", "dia phuong"]
        .iter()
        .any(|w| starts_with_words(a.trim_start(), w));
    group && ranked && !p.ends_with("nhom nhiem vu")
}

/// A place in a ranking out of the country's provinces: "xếp hạng 15/34", "xếp thứ 20/63" (34 provinces since
/// July 2025, 63 before). A figure to reach, where "nhóm 10 tỉnh" ([`rank`]) is a ceiling.
pub(crate) fn ranked_place(prefix: &str, after: &str) -> bool {
    let p = prefix.trim_end();
    let placed = ["xep hang", "xep thu", "dung thu", "hang"].iter().any(|w| ends_with_words(p, w));
    let a = after.trim_start();
    let of = a.strip_prefix('/').map(|r| r.trim_start());
    placed
        && of.is_some_and(|r| {
            ["34", "63"].iter().any(|n| r.starts_with(n) && !r.as_bytes().get(2).is_some_and(u8::is_ascii_digit))
        })
}

/// A per-1,000 ratio: the figure is followed within a few words by "/1.000 dân" or "trên 1.000 dân".
pub(crate) fn per_thousand(after: &str) -> Option<usize> {
    let window = sub(after, 0, 80);
    for marker in ["/1.000 ", "/1000 ", "tren 1.000 ", "tren 1000 ", "/ 1.000 "] {
        if let Some(i) = window.find(marker) {
            let rest = sub(window, i + marker.len(), window.len());
            if starts_with_words(rest, "dan") || starts_with_words(rest, "nguoi") {
                return Some(i + marker.len() + rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len()));
            }
        }
    }
    None
}
