//! Words that report what was done or reached ("hiện nay", "đến nay", "đã đạt", "chỉ đạt") against words
//! that want ("mục tiêu", "phấn đấu", "đến năm"): the last of them before a figure in its line says whether
//! the figure is a report (an observation) or a target.

use super::folded::find_words;

/// Words (folded) saying that what follows was done or reached.
const REACHED: [&str; 16] = [
    "da dat",
    "dat duoc",
    "da co",
    "hien co",
    "hien nay",
    "den nay",
    "tinh den",
    "uoc dat",
    "chi dat",
    "da xu ly",
    "da thuc hien",
    "da su dung",
    "da hoan thanh",
    "da vuot",
    "da cung cap",
    "da ket noi",
];

/// Words (folded) saying that what follows is wanted: they end a report of what was reached.
const WANTED: [&str; 14] = [
    "muc tieu",
    "chi tieu",
    "phan dau",
    "ke hoach",
    "de ra",
    "dat ra",
    "den nam",
    "den het nam",
    "bao dam",
    "dam bao",
    "se",
    "nham",
    "huong toi",
    "can",
];

/// Whether a line (folded) has any of the words that report what was reached.
pub(crate) fn may_report(line: &str) -> bool {
    REACHED.iter().any(|w| line.contains(w))
}

/// Whether the words of a line before a figure (folded) report what was reached: the last of the words
/// that report and the words that want is a report.
pub(crate) fn reported(before: &str) -> bool {
    let last = |list: &[&str]| list.iter().filter_map(|w| find_words(before, w).last()).max();
    match (last(&REACHED), last(&WANTED)) {
        (Some(r), Some(w)) => r > w,
        (Some(_), None) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::folded::Folded;

    fn fold(s: &str) -> String {
        Folded::new(s).text
    }

    #[test]
    fn words_that_report_against_words_that_want() {
        assert!(reported(&fold("Hiện nay, ")));
        assert!(reported(&fold("Lào Cai đã thực hiện việc kết nối. Tỷ lệ hồ sơ toàn tỉnh đạt ")));
        assert!(!reported(&fold("Đến nay, các xã đã xác định mục tiêu như: bảo đảm hơn ")));
        assert!(!reported(&fold("Tỷ lệ hồ sơ đạt ")));
        assert!(!reported(&fold("đã đạt 60%, phấn đấu năm 2025 đạt ")));
        assert!(may_report(&fold("Hiện nay, 100% cán bộ")));
        assert!(!may_report(&fold("Phấn đấu đến năm 2025, 100% cán bộ")));
    }
}
