//! The nation's targets quoted in a province's text are not the province's: a figure whose sentence, before
//! it, names the nation as the one that sets it ("Văn kiện Đại hội đại biểu toàn quốc ...: kinh tế số sẽ
//! chiếm 20% GDP", "Chương trình Chuyển đổi số quốc gia đặt mục tiêu đến năm 2025, 80% ...", "Thủ tướng
//! Chính phủ ...", "Theo Nghị quyết số 57-NQ/TW, ...", "cả nước phấn đấu ...") with no word of the province between ("tỉnh", "thành phố",
//! "địa phương", the province's name).

use super::folded::{find_words, starts_with_words, sub};

/// Words (folded) naming the nation as the one that sets a target ("cả nước" alone is where a province
/// ranks: "nhóm 20 tỉnh đứng đầu cả nước").
const NATION: [&str; 17] = [
    "qd-ttg",
    "nq/tw",
    "nq-tw",
    "nq/cp",
    "nq-cp",
    "nghi quyet so 57",
    "dai hoi dai bieu toan quoc",
    "van kien dai hoi",
    "thu tuong",
    "quoc hoi",
    "bo chinh tri",
    "chuong trinh chuyen doi so quoc gia",
    "chien luoc quoc gia",
    "muc tieu quoc gia",
    "ca nuoc phan dau",
    "ca nuoc dat",
    "nghi quyet 57",
];

/// Words (folded) naming the province or its places.
const LOCAL: [&str; 5] = ["tinh", "thanh pho", "dia phuong", "dia ban", "huyen"];

/// Where in folded `before` the last word naming the nation ends: one of [`NATION`], or "Chính phủ" that is
/// not "Chính phủ số" or "Chính phủ điện tử".
fn nation_end(before: &str) -> Option<usize> {
    let listed = NATION.iter().filter_map(|w| find_words(before, w).last().map(|i| i + w.len()));
    let government = find_words(before, "chinh phu")
        .filter(|&i| {
            let next = sub(before, i + 9, before.len());
            !starts_with_words(next, "so") && !starts_with_words(next, "dien tu")
        })
        .last()
        .map(|i| i + 9);
    listed.chain(government).max()
}

/// Whether the figure at folded `number` is the nation's target: its sentence (or list item, after a ";")
/// names the nation before it, and nothing of the province (`local`: the province's folded name, if known)
/// stands between.
pub(crate) fn quoted(s: &str, number: usize, local: Option<&str>) -> bool {
    let sentence_start = sub(s, 0, number).rfind(['.', '\n', ';']).map_or(0, |i| i + 1);
    let before = sub(s, sentence_start, number);
    let Some(end) = nation_end(before) else { return false };
    let between = sub(before, end, before.len());
    !LOCAL.iter().chain(local.iter()).any(|w| !w.is_empty() && find_words(between, w).next().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::folded::Folded;

    fn national(text: &str, local: Option<&str>) -> bool {
        let s = Folded::new(text).text;
        quoted(&s, s.rfind(|c: char| c.is_ascii_digit()).map_or(0, |i| i - 1), local)
    }

    #[test]
    fn the_nations_targets_are_not_the_provinces() {
        assert!(national("Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII: kinh tế số sẽ chiếm 20", None));
        assert!(national("Chương trình Chuyển đổi số quốc gia đặt mục tiêu đến năm 2025, 80", None));
        assert!(national("Thủ tướng Chính phủ đặt mục tiêu 50", None));
        assert!(national("Theo Nghị quyết số 57-NQ/TW, đến năm 2025, tỷ lệ sử dụng đạt trên 40", None));
        assert!(!national("Thực hiện Quyết định số 749/QĐ-TTg, tỉnh phấn đấu 40", None));
    }

    #[test]
    fn the_province_setting_its_own_target_is_the_provinces() {
        assert!(!national("Thực hiện Chương trình Chuyển đổi số quốc gia, tỉnh đặt mục tiêu 80", None));
        assert!(!national("Thực hiện Chiến lược quốc gia, Hà Nam phấn đấu 80", Some("ha nam")));
        assert!(!national("100% dịch vụ công được tích hợp lên Cổng dịch vụ công quốc gia, 80", None));
        assert!(!national("Phát triển Chính phủ số, 80", None));
        assert!(!national("Cả nước có nhiều kết quả. Tỷ lệ hồ sơ đạt 80", None));
        assert!(!national("nhóm 20 tỉnh đứng đầu cả nước, tối thiểu 30", None));
        assert!(!national("hoàn thành các mục tiêu theo Quyết định của Thủ tướng Chính phủ; tối thiểu 65", None));
    }
}
