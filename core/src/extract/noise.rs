//! Numbers that are not targets, and why: service levels ("mức độ 4"), ages ("15 tuổi trở lên"), counts of
//! tasks or solutions ("05 giải pháp", "ít nhất 01 nền tảng"), technologies ("4G/5G"), place names
//! ("Phường 1"), years, dates, document numbers, section numbers, and figures with no unit.

use serde::{Deserialize, Serialize};

use super::folded::{at, ends_with_words, starts_with_words, sub, words};

/// Why a number was not used as a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum UnusedReason {
    /// A year ("năm 2025", "2023 - 2025").
    Year,
    /// Part of a date ("12 tháng 7", "26/01/2022").
    Date,
    /// Part of a document number ("09-NQ/TU", "749/QĐ-TTg").
    DocumentNumber,
    /// A section or list number ("1.2.", "(3)").
    SectionNumber,
    /// A level of online public service ("mức độ 4", "mức độ 3 và 4").
    ServiceLevel,
    /// An age ("15 tuổi trở lên").
    Age,
    /// A count of tasks, solutions, platforms, groups ("05 giải pháp", "(ít nhất 01) nền tảng").
    Count,
    /// A technology's name ("4G/5G").
    Technology,
    /// Part of a place's name ("Phường 1").
    PlaceName,
    /// Page furniture: times, view counts, ratings, reader comments.
    PageFurniture,
    /// An amount of money read into the budget.
    Budget,
    /// A deadline read into the reporting calendar.
    Reporting,
    /// A percentage above 100, which no target of a share or a reduction can be.
    ShareAbove100,
    /// The lower bound of a range ("80" of "80-90%"): the target takes the upper bound, with a doubt.
    RangeBound,
    /// A figure with no unit the reader knows as a target's.
    NoUnit,
    /// A target stated again (a title, a lead and a body of an article): same indicator, year, tier and
    /// value as one drafted before it.
    Restated,
    /// A target of the nation, not of the plan's unit ("kinh tế số sẽ chiếm 20% GDP" in a sentence on the
    /// national congress or the whole country).
    National,
    /// A change against a base year said beside a figure ("60 doanh nghiệp, tăng 42,9% so với năm 2015"): how
    /// that figure compares, not a target of its own.
    Comparison,
}

/// Whether two numbers a slash or a dash joins (`first`, `second`, as written) may be a date's: a day and a month
/// ("26/01"), or a month and a year ("6/2022"); not a count out of a total ("179/179 tuyến hẻm", "107/120 sản phẩm") or
/// a result over its plan ("99,2/151,7 tỷ đồng").
fn day_or_month(first: &str, second: &str) -> bool {
    let value =
        |t: &str| (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse::<u32>().ok()).flatten();
    match (value(first), value(second)) {
        (Some(d), Some(m)) => {
            (1..=31).contains(&d) && (1..=12).contains(&m) || (1..=12).contains(&d) && second.len() == 4
        }
        _ => false,
    }
}

/// The number (digits, "." and ",") of folded `s` from `start`.
fn number_at(s: &str, start: usize) -> &str {
    let rest = sub(s, start, s.len());
    sub(rest, 0, rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(rest.len()))
}

/// The number (digits, "." and ",") of folded `s` that ends at `end`.
fn number_before(s: &str, end: usize) -> &str {
    let head = sub(s, 0, end);
    sub(head, head.rfind(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).map_or(0, |i| i + 1), head.len())
}

/// Why the number at folded `start..end` of `s` is not a target.
pub(crate) fn reason(s: &str, start: usize, end: usize) -> UnusedReason {
    let before = sub(s, start.saturating_sub(40), start);
    let after = sub(s, end, (end + 40).min(s.len()));
    let token = sub(s, start, end);
    let back = start.saturating_sub(200);
    let line_start = sub(s, back, start).rfind('\n').map_or(back, |i| back + i + 1);
    let line_before = sub(s, line_start, start);
    let next = at(s, end);
    let prev = if start > 0 { at(s, start - 1) } else { 0 };
    if matches!(next, b'g' | b'G') || after.starts_with("g/") {
        return UnusedReason::Technology;
    }
    if (next == b'/' || next == b'-') && after.get(1..2).is_some_and(|c| c.bytes().all(|b| b.is_ascii_alphabetic()))
        || prev == b'/' && before.ends_with("so/")
    {
        return UnusedReason::DocumentNumber;
    }
    if (next == b'/' || prev == b'/')
        && (after.starts_with("/qd") || after.starts_with("/kh") || after.starts_with("/nq"))
    {
        return UnusedReason::DocumentNumber;
    }
    if ends_with_words(before, "so") && (next == b'/' || next == b'-') {
        return UnusedReason::DocumentNumber;
    }
    if token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit()) && token.starts_with(['1', '2']) {
        return UnusedReason::Year;
    }
    if matches!(next, b'/' | b'-') && at(s, end + 1).is_ascii_digit() && day_or_month(token, number_at(s, end + 1))
        || prev == b'/' && day_or_month(number_before(s, start - 1), token)
        || next == b':' && at(s, end + 1).is_ascii_digit()
        || prev == b':'
        || ends_with_words(before, "ngay")
        || starts_with_words(after, "thang")
        || ends_with_words(before, "thang")
    {
        return UnusedReason::Date;
    }
    if ends_with_words(before, "muc do") || ends_with_words(before, "muc do 3 va") || before.ends_with("muc do ") {
        return UnusedReason::ServiceLevel;
    }
    if starts_with_words(after.trim_start(), "tuoi") {
        return UnusedReason::Age;
    }
    if ["phuong", "quan", "khu pho", "ap", "to"].iter().any(|w| ends_with_words(before, w)) {
        return UnusedReason::PlaceName;
    }
    if ["giay", "phut", "luot", "phieu", "danh gia", "trong", "binh luan", "gio"]
        .iter()
        .any(|w| starts_with_words(after.trim_start(), w))
        || ends_with_words(before, "xep hang")
        || ends_with_words(before, "diem")
        || line_before.trim_start().starts_with("thu ")
    {
        return UnusedReason::PageFurniture;
    }
    let first_after = words(after).next().unwrap_or("");
    if matches!(
        first_after,
        "giai"
            | "nhiem"
            | "nhom"
            | "nen"
            | "chuong"
            | "de"
            | "du"
            | "he"
            | "co"
            | "linh"
            | "muc"
            | "tieu"
            | "noi"
            | "chi"
            | "ung"
            | "dich"
            | "trung"
            | "nguyen"
            | "diem"
    ) {
        return UnusedReason::Count;
    }
    if line_before.trim().is_empty() || (prev == b'(' && next == b')') {
        return UnusedReason::SectionNumber;
    }
    UnusedReason::NoUnit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_a_day_and_a_month_or_a_month_and_a_year() {
        assert!(day_or_month("26", "01") && day_or_month("6", "2022") && day_or_month("12", "7"));
        // A count out of a total, a result over its plan, a zero day: no date.
        assert!(!day_or_month("179", "179") && !day_or_month("107", "120") && !day_or_month("99,2", "151,7"));
        assert!(!day_or_month("15", "49") && !day_or_month("0", "5") && !day_or_month("", "5"));
        let reason_of = |text: &str, token: &str| {
            let start = text.find(token).unwrap_or_default();
            reason(text, start, start + token.len())
        };
        assert_eq!(reason_of("ngay 26/01/2022 ", "26"), UnusedReason::Date);
        assert_eq!(reason_of("ngay 26/01/2022 ", "01"), UnusedReason::Date);
        assert_eq!(reason_of("thang 6/2022 ", "6"), UnusedReason::Date);
        assert_ne!(reason_of("xu ly 179/179 tuyen hem", "179"), UnusedReason::Date);
        assert_ne!(reason_of("giai ngan 99,2/151,7 ty dong", "151,7"), UnusedReason::Date);
    }
}
