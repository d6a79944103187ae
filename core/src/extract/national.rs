//! The nation's targets quoted in a province's text are not the province's: a figure whose sentence, before
//! it, names the nation as the one that sets it ("Văn kiện Đại hội đại biểu toàn quốc ...: kinh tế số sẽ
//! chiếm 20% GDP", "Chương trình Chuyển đổi số quốc gia đặt mục tiêu đến năm 2025, 80% ...", "Thủ tướng
//! Chính phủ ...", "Theo Nghị quyết số 57-NQ/TW, ...", "cả nước phấn đấu ...") with no word of the province between ("tỉnh", "thành phố",
//! "địa phương", the province's name).

use super::folded::{find_any_words, find_words, starts_with_words, sub};

/// Words (folded) naming the nation as the one that sets a target ("cả nước" alone is where a province
/// ranks: "nhóm 20 tỉnh đứng đầu cả nước").
const NATION: [&str; 22] = [
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
    // "tỷ lệ bao phủ bảo hiểm y tế toàn quốc năm 2022 là 92,6%", "đến năm 2020, tất cả 63 tỉnh, thành phố đều được
    // giao chỉ tiêu ... trên 90%" (quang_binh_bao_hiem_y_te_2025, lang_son_bao_hiem_y_te_2020, development texts): the
    // nation's figure and what every province is assigned (63 before the merger of 1 July 2025, 34 since); not "đóng
    // góp vào khoa học công nghệ toàn quốc gồm: ...".
    "toan quoc nam",
    "toan quoc la",
    "toan quoc dat",
    "63 tinh, thanh pho",
    "34 tinh, thanh pho",
];

/// Words (folded) saying that a place carries out a document ("Thực hiện Nghị quyết 06 của Chính phủ, ...").
const CARRY_OUT: [&str; 3] = ["thuc hien", "trien khai", "cu the hoa"];

/// Words (folded) naming the province or its places.
const LOCAL: [&str; 5] = ["tinh", "thanh pho", "dia phuong", "dia ban", "huyen"];

/// Where in folded `before` the last word naming the nation ends: one of [`NATION`], or "Chính phủ" that is
/// not "Chính phủ số" or "Chính phủ điện tử".
fn nation_end(before: &str) -> Option<usize> {
    let needles: Vec<&str> = NATION.iter().chain(&["chinh phu"]).copied().collect();
    find_any_words(before, &needles)
        .into_iter()
        .filter_map(|(i, k)| {
            let w = needles.get(k)?;
            let next = sub(before, i + w.len(), before.len());
            let digital = *w == "chinh phu" && (starts_with_words(next, "so") || starts_with_words(next, "dien tu"));
            (!digital).then_some(i + w.len())
        })
        .max()
}

/// Words (folded) that open a bracket quoting the requirement a plan's figure is measured against: "(so với 30%
/// theo Nghị quyết 57)", "(yêu cầu 85%)", "(toàn quốc đặt mục tiêu là 05)", "(cả nước 70%)".
const REQUIREMENT: [&str; 5] = ["so voi", "yeu cau", "toan quoc", "ca nuoc", "muc tieu chung"];

/// Whether the figure at folded `number` stands in a bracket that quotes a requirement after the plan's own
/// figure ("95% hồ sơ thủ tục hành chính xử lý trực tuyến (yêu cầu 85%)"): the nation's target, not the plan's.
pub(crate) fn requirement_in_brackets(s: &str, number: usize) -> bool {
    let before = sub(s, sub(s, 0, number).rfind(['.', '\n', ';']).map_or(0, |i| i + 1), number);
    let Some(open) = before.rfind('(').filter(|&i| !sub(before, i, before.len()).contains(')')) else { return false };
    let inside = sub(before, open + 1, before.len()).trim_start();
    // A figure of the plan's own before the bracket: the bracket compares it.
    let figure_before = sub(before, 0, open).contains(|c: char| c.is_ascii_digit());
    figure_before && REQUIREMENT.iter().any(|w| starts_with_words(inside, w))
}

/// Whether the figure at folded `number` is the nation's target: its sentence (or list item, after a ";")
/// names the nation before it, and nothing of the province (`local`: the province's folded name, if known)
/// stands between.
#[cfg(test)]
pub(crate) fn quoted(s: &str, number: usize, local: Option<&str>) -> bool {
    Sentences::default().quoted(s, number, local)
}

/// The sentences read so far: where the nation is named in the last one, read once for all its figures.
#[derive(Debug, Default)]
pub(crate) struct Sentences {
    /// The last sentence read (its folded start) and where the nation's words end in it before its last
    /// figure read (folded offset), if they do.
    last: Option<(usize, usize, Option<usize>)>,
}

impl Sentences {
    /// Whether the figure at folded `number` is the nation's target (see [`quoted`]).
    pub(crate) fn quoted(&mut self, s: &str, number: usize, local: Option<&str>) -> bool {
        let start = sub(s, 0, number).rfind(['.', '\n', ';']).map_or(0, |i| i + 1);
        // Within the same sentence, only the words since the last figure read are new.
        let end = match self.last {
            Some((sentence, read, end)) if sentence == start && read <= number => {
                nation_end(sub(s, read, number)).map(|e| read + e).or(end)
            }
            _ => nation_end(sub(s, start, number)).map(|e| start + e),
        };
        self.last = Some((start, number, end));
        let Some(end) = end else { return false };
        let between = sub(s, end, number);
        // "Thực hiện Nghị quyết 06 của Chính phủ về ..., Gia Lai phấn đấu đến năm 2025, ...": the nation's document is
        // what the place carries out, in a clause of its own; what follows is the place's.
        let carried_out = !find_any_words(sub(s, start, end), &CARRY_OUT).is_empty() && between.contains(',');
        !carried_out
            && !LOCAL.iter().chain(local.iter()).any(|w| !w.is_empty() && find_words(between, w).next().is_some())
    }
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
        // The nation's figure of a year, and what every province is assigned (quang_binh_bao_hiem_y_te_2025,
        // lang_son_bao_hiem_y_te_2020, development texts), before the merger of 2025 and since.
        assert!(national("Được biết, giao tỷ lệ bao phủ bảo hiểm y tế toàn quốc năm 2022 là 92", None));
        assert!(national("đến năm 2020, tất cả 63 tỉnh, thành phố đều được giao chỉ tiêu bao phủ đạt trên 90", None));
        assert!(national("tất cả 34 tỉnh, thành phố được giao chỉ tiêu đạt 95", None));
        // Not the nation as what a province contributes to (da_nang_nghi_quyet_57, a development text).
        assert!(!national(
            "Thành phố có 2 chỉ tiêu đóng góp vào khoa học công nghệ toàn quốc gồm: có tối thiểu 1",
            None
        ));
    }

    #[test]
    fn a_requirement_quoted_in_brackets_after_the_plans_figure() {
        // da_nang_nghi_quyet_57 (a development text).
        let bracket = |text: &str| {
            let s = Folded::new(text).text;
            requirement_in_brackets(&s, s.rfind(|c: char| c.is_ascii_digit()).map_or(0, |i| i - 1))
        };
        assert!(bracket("kinh tế số đạt tối thiểu 35–40% GRDP (so với 30"));
        assert!(bracket("95% hồ sơ thủ tục hành chính xử lý trực tuyến (yêu cầu 85"));
        assert!(bracket("có tối thiểu 1 doanh nghiệp công nghệ số (toàn quốc đặt mục tiêu là 05"));
        // A bracket of the plan's own, or one closed before the figure, or with no figure before it.
        assert!(!bracket("đạt 50% (trong đó cấp xã 40"));
        assert!(!bracket("đạt 50% (so với năm 2020), 60"));
        assert!(!bracket("(so với năm trước) tăng 10"));
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
        // A place that carries out the nation's document, named in a clause of its own, sets its own figures, even
        // when the reader does not know the place (gia_lai_thi_truong_lao_dong_2025, a development text).
        assert!(!national(
            "Thực hiện Nghị quyết 06 của Chính phủ về thị trường lao động, Gia Lai phấn đấu dưới 61",
            None
        ));
        assert!(!national("Triển khai Chương trình Chuyển đổi số quốc gia, Sở phấn đấu 80", None));
        // Not when the nation's own words come after the carrying out ("Thực hiện ..., Thủ tướng yêu cầu 80").
        assert!(national("Thực hiện Chương trình, Thủ tướng yêu cầu đến năm 2025 đạt 80", None));
    }
}
