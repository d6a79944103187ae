//! The plan's period: read from the title ("giai đoạn 2021 - 2025, định hướng đến năm 2030", "năm 2024"),
//! lent as a year to figures no section dates, and settled against the years of the targets drafted.

use time::Date;

use super::folded::{ends_with_words, starts_with_words, sub, year_at, years_after_nam};
use super::outline::Figure;
use crate::model::plan::Period;

/// What a title says of the years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TitlePeriod {
    pub(crate) period: Option<Period>,
    /// An annual plan ("Kế hoạch ... năm 2024"): every target is for this year unless a section says otherwise.
    pub(crate) annual: Option<i32>,
}

/// The years of "giai đoạn 2021 - 2025" (or a five-year plan's "5 năm 2026 - 2030") in a folded title: (first,
/// last); a lone year is both.
fn stage_years(title_folded: &str) -> Option<(Option<i32>, Option<i32>)> {
    let (i, n) = ["giai doan ", "5 nam "].iter().find_map(|w| title_folded.find(w).map(|i| (i, w.len())))?;
    let t = sub(title_folded, i + n, title_folded.len());
    let a = year_at(t);
    let dash = t.find(|c: char| c.is_ascii_digit()).map_or(0, |d| d + 4);
    let rest = sub(t, dash, t.len()).trim_start_matches([' ', '-']);
    Some((a, year_at(rest).or(a)))
}

/// The period a folded title states.
pub(crate) fn of_title(title_folded: &str) -> TitlePeriod {
    let (mut from, mut to) = stage_years(title_folded).unwrap_or_default();
    let mut horizon = None;
    let mut annual = None;
    // A headline that states a target ("... chiếm 15% GRDP năm 2028") gives its deadline, not an annual plan.
    let target = title_folded.contains('%');
    for (k, y) in years_after_nam(title_folded) {
        let before = sub(title_folded, k.saturating_sub(30), k);
        // A year compared with is a base, of no plan ("... xếp thứ 12/34 tỉnh, thành phố, tăng 5 bậc so với năm
        // 2024", a news item's first line read as its title; a probe of 7 Dec 2026: the plan was of 2024). Not the
        // "số" of "chuyển đổi số năm 2025", which folds as the "so" of "so năm".
        let base = before.trim_end().strip_suffix("nam").map(str::trim_end).unwrap_or_default();
        if ["so voi", "cung ky"].iter().any(|w| ends_with_words(base, w)) {
            continue;
        }
        if before.contains("dinh huong") || before.contains("tam nhin") {
            horizon = Some(y);
        } else if before.ends_with("den nam ") || before.ends_with("vao nam ") || target {
            to = to.or(Some(y));
        } else if to.is_none() {
            annual = Some(y);
        }
    }
    if let Some(y) = annual.filter(|_| to.is_none()) {
        from = Some(y);
        to = Some(y);
    } else {
        annual = None;
    }
    TitlePeriod { period: to.map(|to| Period { from, to, horizon: horizon.filter(|h| *h > to) }), annual }
}

/// A plan whose title gives one end and no orientation beyond it ("đến năm 2025", "năm 2024", "giai đoạn
/// 2021-2025"): its figures with no year are for the period's end, a guess.
pub(crate) fn date_from_period(figures: &mut [Figure], title: Option<Period>) {
    if let Some(p) = title.filter(|p| p.horizon.is_none()) {
        for t in figures.iter_mut().filter(|t| t.year.is_none()) {
            t.year = Some(p.to);
            t.year_from_period = true;
        }
    }
}

/// A text whose targets that state a year all state the same one ("Giá trị sản xuất ... đến năm 2020 đạt trên
/// 272 triệu đồng", "Số hộ ... vào năm 2020 có ít nhất 240 hộ"), in two clauses or more, sets its undated targets
/// for that year too, a guess (as a title's single year is). Two years stated, or one stated once, date nothing.
pub(crate) fn date_from_agreement(figures: &mut [Figure]) {
    let mut stated = figures.iter().filter(|f| f.year_in_clause && !f.reported).filter_map(|f| f.year);
    let Some(first) = stated.next() else { return };
    let mut count = 1;
    for y in stated {
        if y != first {
            return;
        }
        count += 1;
    }
    if count < 2 {
        return;
    }
    for t in figures.iter_mut().filter(|t| t.year.is_none() && !t.reported) {
        t.year = Some(first);
        t.year_from_period = true;
    }
}

/// The term of the Party congress a news item or report opens on ("Đảng bộ xã Hòa Hội tổ chức Đại hội đại
/// biểu lần thứ I, nhiệm kỳ 2025-2030"): a congress named in the text's first 600 bytes (folded) with its term
/// after it in the same sentence. Its resolution's targets are for the term's end. A congress named without its term
/// opens the later of two terms the text names one after the other ("Nhiệm kỳ 2016-2021, Hội ... thành lập được 5 mô
/// hình" and "Nhiệm kỳ 2021-2026, hội phấn đấu ...").
pub(crate) fn congress_term(s: &str) -> Option<Period> {
    let head = sub(s, 0, 600);
    let term = |from: i32, to: i32| Period { from: Some(from), to, horizon: None };
    let mut congresses = super::folded::find_words(head, "dai hoi").peekable();
    congresses.peek()?;
    let named = congresses.find_map(|i| {
        let sentence = sentence_from(sub(head, i, head.len()));
        super::years::spans(sentence, "nhiem ky").next().map(|(_, from, to)| term(from, to))
    });
    named
        .or_else(|| {
            // The latest such term: a congress of 2025 may name the two terms before as well.
            let terms: Vec<(i32, i32)> = super::years::spans(s, "nhiem ky").map(|(_, from, to)| (from, to)).collect();
            let follows = |from: i32| terms.iter().any(|&(_, to)| to == from);
            terms
                .iter()
                .filter(|&&(from, _)| follows(from))
                .max_by_key(|&&(from, _)| from)
                .map(|&(from, to)| term(from, to))
        })
        .or_else(|| named_later(s).map(|(from, to)| term(from, to)))
}

/// The term of the first congress folded `s` names with its term in one sentence, anywhere in it: "Báo cáo Chính trị
/// trình bày tại Đại hội cho biết, ..." opens a page whose caption, paragraphs on, names it ("Tổng Bí thư Tô Lâm tới dự
/// Đại hội Đại biểu Đảng bộ xã Nghĩa Trụ lần thứ I, nhiệm kỳ 2025-2030", a probe of 8 Dec 2026). Not the resolution
/// of a congress a banner calls to carry out ("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội ..., nhiệm kỳ 2020 -
/// 2025").
fn named_later(s: &str) -> Option<(i32, i32)> {
    super::folded::find_words(s, "dai hoi")
        .filter(|&i| !ends_with_words(sub(s, 0, i).trim_end(), "nghi quyet"))
        .find_map(|i| super::years::spans(sentence_from(sub(s, i, s.len())), "nhiem ky").next())
        .map(|(_, from, to)| (from, to))
}

/// The period of the plan, programme or scheme a text opens on, when its title names none: "Ngày 31/12/2021, UBND tỉnh
/// đã ban hành Kế hoạch số 2895/KH-UBND về việc thực hiện Chương trình Sức khỏe học đường giai đoạn 2021-2025 ..."
/// (quang_binh_suc_khoe_hoc_duong_2025, a development text): "kế hoạch", "chương trình" or "đề án" named in the text's
/// first 600 bytes (folded), "giai đoạn" and its years after it in the same sentence. Its targets are for the period's end.
pub(crate) fn opening_plan_period(s: &str) -> Option<Period> {
    let head = sub(s, 0, 600);
    let mut named: Vec<usize> =
        ["ke hoach", "chuong trinh", "de an"].iter().flat_map(|w| super::folded::find_words(head, w)).collect();
    named.sort_unstable();
    named.into_iter().find_map(|i| {
        let sentence = sentence_from(sub(head, i, head.len()));
        super::years::spans(sentence, "giai doan").next().map(|(_, from, to)| Period {
            from: Some(from),
            to,
            horizon: None,
        })
    })
}

/// The year whose results a text reviews ([`review`]), and whether it reviews months or a quarter of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Review {
    pub(crate) year: i32,
    /// The review's clause names months or a quarter ("sơ kết 6 tháng đầu năm 2025", "kết quả 9 tháng năm 2025",
    /// "quý III năm 2025").
    pub(crate) months: bool,
}

impl Review {
    /// The year reviewed to its end, not months of it: by that year's end ("Đến hết năm 2025, toàn tỉnh có 95% xã đạt
    /// chuẩn ...", in the review of 2025) says what the year reached, not what is wanted of the months left.
    pub(crate) fn to_its_end(self) -> Option<i32> {
        (!self.months).then_some(self.year)
    }
}

/// The year whose results a text reviews, named in its first 600 bytes (folded): "đánh giá kết quả năm 2025, đề
/// ra 28 chỉ tiêu năm 2026", "tổng kết công tác năm 2025", "tình hình thực hiện nhiệm vụ năm 2025": the year after
/// "kết quả", "tổng kết" or "tình hình thực hiện", within twelve words of the same clause, or of a council's year-end
/// session ("kỳ họp thường lệ cuối năm 2025", which reviews the year). The results it reports without a year of their
/// own are that year's.
pub(crate) fn review(s: &str) -> Option<Review> {
    let head = sub(s, 0, 600);
    // An index announced is of the year it scores ("Công bố Chỉ số chuyển đổi số cấp tỉnh năm 2025" in news of November
    // 2026, a probe of 7 Dec 2026: its scores were of the dateline's year).
    // "đánh giá công tác triển khai nhiệm vụ 6 tháng đầu năm 2025", "sơ kết 6 tháng đầu năm" (a probe of 7 Dec 2026): a
    // half-year reviewed; not "Bộ chỉ số đánh giá chuyển đổi số năm 2026", an index a plan names.
    [
        "ket qua",
        "tong ket",
        "so ket",
        "danh gia cong tac",
        "danh gia tinh hinh",
        "danh gia viec thuc hien",
        "tinh hinh thuc hien",
        "ky hop thuong le cuoi",
        "ky hop cuoi",
        "cong bo chi so",
    ]
    .iter()
    .flat_map(|w| super::folded::find_words(head, w).map(move |i| i + w.len()))
    .filter_map(|end| {
        let rest = sub(head, end, head.len());
        // "tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025" (a probe of 7
        // Dec 2026): the comma of the fixed pair of fields ends no clause.
        let clause_end = rest
            .match_indices([',', ';', '.', ':', '\n'])
            .map(|(i, _)| i)
            .find(|&i| !starts_with_words(sub(rest, i + 1, rest.len()).trim_start(), "quoc phong"))
            .unwrap_or(rest.len());
        let clause = sub(rest, 0, clause_end);
        let (at, year) = years_after_nam(clause).into_iter().next()?;
        // "tình hình thực hiện kế hoạch phát triển kinh tế-xã hội tỉnh Hưng Yên năm 2022": twelve words, the
        // fields' pair counted as one.
        let pair = if super::folded::find_words(clause, "quoc phong").next().is_some() { 3 } else { 0 };
        let months = ["thang", "quy"].iter().any(|w| super::folded::find_words(sub(clause, 0, at), w).next().is_some());
        (super::folded::words(sub(clause, 0, at)).count() <= 12 + pair).then_some((end + at, year, months))
    })
    .min()
    .map(|(_, year, months)| Review { year, months })
}

/// The year a text reviews in a line that opens with it, before a line that opens with the next year and aims ("Năm
/// 2021, phong trào ... tiếp tục được duy trì ... Tỷ lệ gia đình văn hóa toàn huyện đạt 91,7% ...\nNăm 2022, huyện ...
/// phấn đấu có trên 91% gia đình đạt danh hiệu ...", huyen_hung_ha_thai_binh_van_hoa_2022, a development text).
pub(crate) fn reviewed_before_the_next(s: &str) -> Option<i32> {
    // After a news page's dateline too ("BẮC NINH - Năm 2025, công tác tiêm chủng ... đạt nhiều kết quả tích cực",
    // bac_ninh_tiem_chung_2026, a development text): a few words without digits and a dash.
    let opening = |line: &str| {
        let line = line.trim_start();
        let dateline = line.split_once(" - ").filter(|(place, _)| {
            super::folded::words(place).count() <= 4 && !place.contains(|c: char| c.is_ascii_digit())
        });
        let line = dateline.map_or(line, |(_, rest)| rest.trim_start());
        years_after_nam(line).first().filter(|&&(at, _)| at <= "nam ".len()).map(|&(_, year)| year)
    };
    let lines: Vec<(i32, &str)> = s.split('\n').filter_map(|line| opening(line).map(|y| (y, line))).collect();
    let aims = |line: &str| {
        ["phan dau", "muc tieu", "chi tieu"].iter().any(|w| super::folded::find_words(line, w).next().is_some())
    };
    lines.iter().enumerate().find_map(|(k, &(year, _))| {
        lines.iter().skip(k + 1).any(|&(next, line)| next == year + 1 && aims(line)).then_some(year)
    })
}

/// The year a text that reviews year `reviewed` goes on to plan, named after it in the same sentence of its first 600
/// bytes (folded): "tổng kết nhiệm vụ chính trị năm 2025 và triển khai nhiệm vụ trọng tâm năm 2026", "đánh giá kết quả
/// năm 2025, đề ra 28 chỉ tiêu năm 2026": the year after, which the targets it sets with no year of their own are for.
pub(crate) fn planned_after_review(s: &str, reviewed: i32) -> Option<i32> {
    let head = sub(s, 0, 600);
    let next = reviewed + 1;
    years_after_nam(head).into_iter().filter(|(_, y)| *y == reviewed).find_map(|(at, _)| {
        let sentence = sentence_from(sub(head, at, head.len()));
        years_after_nam(sentence).into_iter().any(|(_, y)| y == next).then_some(next)
    })
}

/// `rest` up to the end of its sentence: a full stop before a space ("TP.HCM" is a name) or the line's end.
fn sentence_from(rest: &str) -> &str {
    sub(rest, 0, rest.find(". ").into_iter().chain(rest.find('\n')).min().unwrap_or(rest.len()))
}

/// The year of a text whose only years are those it compares with ("ước tăng 11,07% so với năm 2021 (KH tăng 8-9%)"):
/// the year after the latest, the year its estimates and plan figures are of. `None` when any year, with "năm" or
/// without, is of another kind.
pub(crate) fn after_compared_years(s: &str) -> Option<i32> {
    let mentions = years_after_nam(s);
    let mut compared = None;
    for &(at, year) in &mentions {
        let before = sub(s, 0, at).trim_end();
        let base = ends_with_words(before, "so voi nam");
        if !base && !ends_with_words(before, "gia so sanh nam") {
            return None;
        }
        compared = compared.max(base.then_some(year));
    }
    // Only then the bytes, for years without "năm": most texts have a year of their own, found above.
    compared?;
    (bare_years(s).count() == mentions.len()).then(|| compared.map(|y| y + 1)).flatten()
}

/// The year of a review that sets its estimates beside the plan's own figures ("Tỷ trọng ... 41,85% (KH 41%)")
/// and names one year only, once or more ("trong đó năm 2023 chỉ đạt 01/02 xã theo kế hoạch"): the plan figures
/// are that year's. `None` when another year is named, with "năm" or without.
pub(crate) fn only_year_of_plan_review(s: &str) -> Option<i32> {
    if !super::reports::has_plan_figures(s) {
        return None;
    }
    let mut years = bare_years(s);
    let first = years.next()?;
    years.all(|y| y == first).then_some(first)
}

/// Every year of `s` written as four digits from 1900 to 2099 with no digit either side, "năm" or not.
fn bare_years(s: &str) -> impl Iterator<Item = i32> + '_ {
    let bytes = s.as_bytes();
    let bounded = |j: Option<usize>| j.and_then(|j| bytes.get(j)).is_none_or(|b| !b.is_ascii_digit());
    bytes
        .windows(4)
        .enumerate()
        .filter(move |&(i, w)| {
            (w.starts_with(b"19") || w.starts_with(b"20"))
                && w.iter().all(u8::is_ascii_digit)
                && bounded(i.checked_sub(1))
                && bounded(Some(i + 4))
        })
        .map(|(_, w)| w.iter().fold(0, |y, d| y * 10 + i32::from(d - b'0')))
}

/// The plan's period, settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Settled {
    pub(crate) period: Period,
    /// Whether the title stated it, as a period or as the term of the congress it names (else it was taken from the
    /// target years, or with none the latest year reported).
    pub(crate) from_title: bool,
}

/// The period from the title, widened to the targets' years; else from the target years alone.
pub(crate) fn settle(title: Option<Period>, signed_on: Option<Date>, years: &[i32]) -> Settled {
    match title {
        Some(p) => Settled { period: widened(p, signed_on.map(|d| d.year()), years), from_title: true },
        None => Settled { period: from_years(signed_on, years), from_title: false },
    }
}

/// The start of a period the target years gave, from the period the text opens on (the plan's "giai đoạn 2021 -
/// 2025", the congress's term "nhiệm kỳ 2025-2030"; [`opening_plan_period`], [`congress_term`]), when that period
/// ends in the first target year: "Theo đó, mục tiêu chung của việc thực hiện Kế hoạch nhằm phát triển thị trường
/// lao động ... giai đoạn 2021 - 2025" with targets of 2025 is the plan of 2021-2025 (a probe of 7 Dec 2026; the
/// period was 2025 alone). Not a period that ends elsewhere: a related plan's ("Đề án ... đô thị thông minh giai đoạn
/// 2017 – 2020" in a programme to 2025, ho_chi_minh), a page's banner of the term past, a baseline ("so với giai
/// đoạn 2010-2020"). Returns the start it set.
///
/// So is a period the target years gave that ends at its horizon, the last target year, which the period the text opens
/// on ends in: "Quyết định số 613/QĐ-UBND về Kế hoạch thực hiện Chiến lược ... giai đoạn 2021 – 2030" with targets of
/// 2025 and 2030 is the plan of 2021-2030 (a probe of 8 Dec 2026; the period was 2025, its horizon 2030).
pub(crate) fn start_from_the_opening(settled: &mut Settled, opened: Option<Period>) -> Option<i32> {
    let p = settled.period;
    let opened =
        opened.filter(|o| !settled.from_title && p.from.is_none() && (o.to == p.to || p.horizon == Some(o.to)))?;
    let from = opened.from.filter(|&f| f < p.to)?;
    settled.period.from = Some(from);
    if opened.to != p.to {
        (settled.period.to, settled.period.horizon) = (opened.to, None);
    }
    Some(from)
}

/// The title's period, with a start after its end dropped and widened to the target years.
fn widened(mut p: Period, signed_year: Option<i32>, years: &[i32]) -> Period {
    if p.from.is_some_and(|f| f > p.to) {
        p.from = None;
    }
    if let Some(max) = years.iter().max().filter(|m| **m > p.last_year()) {
        p.horizon = Some(*max);
    }
    // Targets before the period's start, or (with no start) before the signing year, widen it.
    if let Some(min) = years.iter().min().filter(|m| p.from.or(signed_year).is_some_and(|f| **m < f)) {
        p.from = Some(*min);
    }
    p
}

/// A period from the target years: to the first, with the last as horizon; with no target, the signing year.
/// A target year before the signing year starts it.
fn from_years(signed_on: Option<Date>, years: &[i32]) -> Period {
    let to = years.iter().min().copied().unwrap_or_else(|| signed_on.map_or(2025, |d| d.year()));
    let last = years.iter().max().copied().unwrap_or(to);
    let from = Some(to).filter(|t| !years.is_empty() && signed_on.is_some_and(|d| *t < d.year()));
    Period { from, to, horizon: (last > to).then_some(last) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::folded::Folded;
    use crate::extract::outline;
    use crate::extract::unused::Claimed;

    fn title(t: &str) -> TitlePeriod {
        of_title(&Folded::new(t).text)
    }

    const fn period(from: Option<i32>, to: i32, horizon: Option<i32>) -> Period {
        Period { from, to, horizon }
    }

    #[test]
    fn a_stage_with_an_orientation() {
        let t = title("Kế hoạch chuyển đổi số giai đoạn 2021-2025, định hướng đến năm 2030");
        assert_eq!(t, TitlePeriod { period: Some(period(Some(2021), 2025, Some(2030))), annual: None });
        let t = title("Chuyển đổi số tỉnh Quảng Ngãi giai đoạn 2023 - 2025, tầm nhìn đến năm 2030");
        assert_eq!(t.period, Some(period(Some(2023), 2025, Some(2030))));
    }

    #[test]
    fn a_five_year_plan_names_its_period() {
        // ha_tinh_2030 (a development text): "Kế hoạch phát triển Kinh tế - Xã hội 5 năm 2025 - 2030".
        assert_eq!(
            title("Kế hoạch phát triển Kinh tế - Xã hội 5 năm 2025 - 2030").period,
            Some(period(Some(2025), 2030, None))
        );
        // "5 năm" with no span after it is no period.
        assert_eq!(title("Kế hoạch 5 năm về chuyển đổi số").period, None);
    }

    #[test]
    fn an_end_year_or_an_annual_plan() {
        assert_eq!(title("Chuyển đổi số tỉnh Trà Vinh đến năm 2025").period, Some(period(None, 2025, None)));
        let t = title("Kế hoạch chuyển đổi số năm 2024");
        assert_eq!(t, TitlePeriod { period: Some(period(Some(2024), 2024, None)), annual: Some(2024) });
        assert_eq!(title("Kế hoạch chuyển đổi số").period, None);
        // "vào năm 2030" is a deadline, not an annual plan's year.
        let t = title("Hà Giang đặt mục tiêu kinh tế số chiếm 20% GRDP vào năm 2030");
        assert_eq!(t, TitlePeriod { period: Some(period(None, 2030, None)), annual: None });
        let t = title("Kinh tế số chiếm 15% GRDP năm 2028");
        assert_eq!(t, TitlePeriod { period: Some(period(None, 2028, None)), annual: None });
        // A year compared with is no plan's (a probe of 7 Dec 2026); the "số" of digital transformation is no "so".
        let t = title("Bộ công bố Chỉ số DTI năm 2025, tỉnh xếp thứ 12, tăng 5 bậc so với năm 2024");
        assert_eq!(t, TitlePeriod { period: Some(period(Some(2025), 2025, None)), annual: Some(2025) });
        assert_eq!(title("Thu ngân sách tăng 12% so với cùng kỳ năm 2024").period, None);
        assert_eq!(title("Kế hoạch chuyển đổi số năm 2025").annual, Some(2025));
    }

    #[test]
    fn undated_figures_of_a_one_year_plan_get_its_year() {
        let f = Folded::new("- 90% hồ sơ công việc cấp tỉnh.\nĐến năm 2030, 100% hồ sơ công việc cấp tỉnh.");
        let mut o = outline::walk(&f, (None, None), true, &Claimed::default());
        date_from_period(&mut o.figures, Some(period(None, 2025, None)));
        let years: Vec<_> = o.figures.iter().map(|f| (f.year, f.year_from_period)).collect();
        assert_eq!(years, vec![(Some(2025), true), (Some(2030), false)]);
        // A stage ("giai đoạn 2021-2025") ends in its last year.
        let mut o = outline::walk(&f, (None, None), true, &Claimed::default());
        date_from_period(&mut o.figures, Some(period(Some(2021), 2025, None)));
        assert_eq!(o.figures[0].year, Some(2025));
        // A period with a horizon has more than one target year: no guess.
        let mut o = outline::walk(&f, (None, None), true, &Claimed::default());
        date_from_period(&mut o.figures, Some(period(None, 2025, Some(2030))));
        assert_eq!(o.figures[0].year, None);
    }

    #[test]
    fn undated_figures_take_the_one_year_the_others_state() {
        // xa_dong_thinh_thanh_hoa (a development text): the list's items state 2020 and only 2020.
        let years = |t: &str| {
            let f = Folded::new(t);
            let mut o = outline::walk(&f, (None, None), true, &Claimed::default());
            date_from_agreement(&mut o.figures);
            o.figures.iter().map(|f| (f.year, f.year_from_period)).collect::<Vec<_>>()
        };
        assert_eq!(
            years(
                "1. Tổng đàn lợn đạt 1.300 con.\n2. Giá trị sản xuất đến năm 2020 đạt trên 272 triệu đồng.\n\
                   3. Thu nhập bình quân năm 2020 đạt 50 triệu đồng."
            ),
            [(Some(2020), true), (Some(2020), false), (Some(2020), false)]
        );
        // Two years stated, or one stated once: nothing dated.
        assert_eq!(
            years("1. Tổng đàn lợn đạt 1.300 con.\n2. Thu nhập năm 2020 đạt 50 triệu đồng.\n3. Năm 2025 đạt 100%."),
            [(None, false), (Some(2020), false), (Some(2025), false)]
        );
        assert_eq!(
            years("1. Tổng đàn lợn đạt 1.300 con.\n2. Thu nhập năm 2020 đạt 50 triệu đồng."),
            [(None, false), (Some(2020), false)]
        );
    }

    #[test]
    fn a_year_a_line_opens_before_the_next_years_aims_is_reviewed() {
        // huyen_hung_ha_thai_binh_van_hoa_2022 (a development text).
        let reviewed = |t: &str| reviewed_before_the_next(&Folded::new(t).text);
        assert_eq!(reviewed("Năm 2021, phong trào đạt 91,7%.\nNăm 2022, huyện phấn đấu có trên 91%."), Some(2021));
        // Not without the next year's aim, nor a roadmap's years in one line.
        assert_eq!(reviewed("Năm 2021, phong trào đạt 91,7%.\nNăm 2022, huyện đạt 93%."), None);
        assert_eq!(reviewed("Phấn đấu năm 2021 đạt 91%, năm 2022 đạt 93%."), None);
        // After a news page's dateline (bac_ninh_tiem_chung_2026, a development text); not after a figure and a dash.
        assert_eq!(
            reviewed("BẮC NINH - Năm 2025, công tác đạt kết quả.\nNăm 2026, phấn đấu đạt trên 98%."),
            Some(2025)
        );
        assert_eq!(reviewed("Giảm 5 - Năm 2025, công tác đạt kết quả.\nNăm 2026, phấn đấu đạt trên 98%."), None);
    }

    #[test]
    fn the_year_a_text_reviews() {
        // xa_muong_lat_thanh_hoa (a development text): the results it reports without a year are of 2025.
        let reviewed = |t: &str| review(&Folded::new(t).text).map(|r| r.year);
        assert_eq!(reviewed("HĐND xã Mường Lát đánh giá kết quả năm 2025, đề ra 28 chỉ tiêu năm 2026"), Some(2025));
        assert_eq!(reviewed("Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024"), Some(2024));
        assert_eq!(reviewed("Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026"), Some(2025));
        // A half-year assessed or reviewed (a probe of 7 Dec 2026); not an index that assesses.
        let half = "làm việc với Sở để đánh giá công tác triển khai nhiệm vụ 6 tháng đầu năm 2025";
        assert_eq!(reviewed(half), Some(2025));
        assert_eq!(reviewed("Hội nghị sơ kết 6 tháng đầu năm 2026"), Some(2026));
        assert_eq!(reviewed("Kế hoạch áp dụng Bộ chỉ số đánh giá chuyển đổi số năm 2026"), None);
        // A probe of 7 Dec 2026 (a commune council's year-end session): the fields' fixed pair, one clause.
        let fields =
            "HĐND xã đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025";
        assert_eq!(reviewed(fields), Some(2025));
        assert_eq!(reviewed("Đánh giá tình hình thực hiện nhiệm vụ, đoàn kiểm tra làm việc năm 2025"), None);
        // xa_nguyet_duc_phu_tho_2026 (a development text): a council's year-end session reviews the year.
        let session = "Ngày 23/12, HĐND xã Nguyệt Đức tổ chức kỳ họp thứ 4 - kỳ họp thường lệ cuối năm 2025 để xem xét";
        assert_eq!(reviewed(session), Some(2025));
        assert_eq!(reviewed("Kỳ họp cuối năm 2025 của HĐND tỉnh"), Some(2025));
        // Reviewed to its end, not in months or a quarter of it (a probe of 8 Dec 2026).
        let to_its_end = |t: &str| review(&Folded::new(t).text).and_then(Review::to_its_end);
        assert_eq!(to_its_end("Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026"), Some(2025));
        assert_eq!(to_its_end(session), Some(2025));
        assert_eq!(to_its_end("Hội nghị sơ kết 6 tháng đầu năm 2026"), None);
        assert_eq!(to_its_end("Báo cáo kết quả thực hiện nhiệm vụ quý III năm 2025"), None);
        // An index announced (a probe of 7 Dec 2026); not a plan announced.
        assert_eq!(reviewed("Ngày 20/11/2026, Bộ công bố Chỉ số chuyển đổi số (DTI) năm 2025 của 34 tỉnh"), Some(2025));
        assert_eq!(reviewed("UBND tỉnh công bố Kế hoạch chuyển đổi số năm 2027"), None);
        assert_eq!(reviewed("Phấn đấu đến cuối năm 2025, 100% hồ sơ được xử lý trực tuyến"), None);
        // A year in another clause, or none, is no year reviewed.
        assert_eq!(reviewed("Kết quả đạt được rất tích cực, năm 2026 tỉnh phấn đấu"), None);
        assert_eq!(reviewed("Kế hoạch chuyển đổi số năm 2026"), None);
        // xa_tam_hong_phu_tho_2026, xa_yen_lac_phu_tho_2026 (development texts): the year planned after the review.
        let planned = |t: &str, r: i32| planned_after_review(&Folded::new(t).text, r);
        let meeting =
            "Đảng ủy xã tổ chức hội nghị tổng kết nhiệm vụ chính trị năm 2025 và triển khai nhiệm vụ năm 2026.";
        assert_eq!(planned(meeting, 2025), Some(2026));
        assert_eq!(planned("HĐND xã đánh giá kết quả năm 2025, đề ra 28 chỉ tiêu năm 2026", 2025), Some(2026));
        // Another sentence's year, or a year not the next, is not the year planned.
        assert_eq!(planned("Tổng kết công tác năm 2025. Năm 2026 tỉnh phấn đấu", 2025), None);
        assert_eq!(planned("Tổng kết giai đoạn năm 2020 và định hướng đến năm 2025", 2020), None);
        // huyen_vinh_linh_quang_tri_2022 (a development text): a year's estimates against the year before.
        let after = |t: &str| after_compared_years(&Folded::new(t).text);
        let estimates = "Giá trị sản xuất (theo giá so sánh năm 2010) ước tăng 11,07% so với năm 2021 (KH tăng 8-9%). \
                         Thu nhập đạt 55,3 triệu đồng, tăng 3,1 triệu đồng so với năm 2021.";
        assert_eq!(after(estimates), Some(2022));
        assert_eq!(after("Năm 2025, doanh thu tăng 10% so với năm 2024."), None);
        assert_eq!(after("Doanh thu tăng 10% so với năm 2024, đến 2030 tăng gấp đôi."), None);
        assert_eq!(after("Doanh thu tăng 10% so với cùng kỳ."), None);
        // ninh_thuan_2023 (a development text): a review beside the plan's figures, naming one year.
        let review = |t: &str| only_year_of_plan_review(&Folded::new(t).text);
        let text =
            "Tỷ trọng ... vào GRDP 41,85% (KH 41%); Tỷ lệ xã đạt chuẩn 68,1% (KH 70-71%) (trong đó năm 2023 chỉ \
                    đạt 01/02 xã theo kế hoạch; 2023 là năm đầu).";
        assert_eq!(review(text), Some(2023));
        assert_eq!(review("Thu ngân sách ước đạt 3.658 tỷ đồng/KH 3.658 tỷ đồng trong năm 2023."), Some(2023));
        // Another year named, none, or no plan figure beside an estimate ("Kế hoạch số 12/KH-UBND").
        assert_eq!(review("Doanh thu 9,4% (KH tăng 10-11%), năm 2023 tăng so với 2022."), None);
        assert_eq!(review("Doanh thu 9,4% (KH tăng 10-11%)."), None);
        assert_eq!(review("Theo Kế hoạch số 12/KH-UBND năm 2023, tỷ lệ đạt 90%."), None);
    }

    #[test]
    fn a_congress_the_text_opens_on_gives_its_term() {
        // xa_hoa_hoi_ho_chi_minh (a development text): the news opens on the congress, its targets follow.
        let term = |t: &str| congress_term(&Folded::new(t).text);
        assert_eq!(
            term("Sáng 16-8, Đảng bộ xã Hòa Hội long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030."),
            Some(period(Some(2025), 2030, None))
        );
        assert_eq!(term("Đại hội đảng viên lần thứ XIII (nhiệm kỳ 2020 – 2025)"), Some(period(Some(2020), 2025, None)));
        assert_eq!(term("Đại hội Đảng bộ TP.HCM lần thứ I, nhiệm kỳ 2025-2030"), Some(period(Some(2025), 2030, None)));
        // A term in another sentence than the congress, or no congress, gives none.
        assert_eq!(term("Đại hội thành công. Nhiệm kỳ 2025-2030, xã phấn đấu"), None);
        assert_eq!(term("Kế hoạch chuyển đổi số nhiệm kỳ 2025-2030"), None);
        // nghia_an_ninh_giang_hai_duong_phu_nu (a development text): a congress named without its term opens the later
        // of two terms one after the other; not without a congress, nor of terms apart.
        let two = "Hội Phụ nữ xã tổ chức đại hội.\nNhiệm kỳ 2016-2021, Hội thành lập được 5 mô hình.\nNhiệm kỳ 2021-2026, hội phấn đấu";
        assert_eq!(term(two), Some(period(Some(2021), 2026, None)));
        assert_eq!(term(&two.replace("đại hội", "hội nghị")), None);
        assert_eq!(term(&two.replace("2021-2026", "2022-2027")), None);
        let three = format!("{two}\nNhiệm kỳ 2011-2016, Hội thành lập 3 mô hình.");
        assert_eq!(term(&three), Some(period(Some(2021), 2026, None)));
        // A probe of 8 Dec 2026: a congress named without its term at the top, its term in a caption further on; not
        // the resolution of a congress that a banner calls to carry out.
        let caption =
            "Báo cáo Chính trị trình bày tại Đại hội cho biết, xã đạt nhiều kết quả.\n\nThu nhập đạt 152 triệu \
             đồng.\n\nTổng Bí thư tới dự Đại hội Đại biểu Đảng bộ xã Nghĩa Trụ lần thứ I, nhiệm kỳ 2025-2030";
        assert_eq!(term(caption), Some(period(Some(2025), 2030, None)));
        let banner =
            "Xã tổ chức đại hội.\nQuyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ, nhiệm kỳ 2020 - 2025";
        assert_eq!(named_later(&Folded::new(banner).text), None);
        assert_eq!(named_later(&Folded::new(caption).text), Some((2025, 2030)));
    }

    #[test]
    fn a_plan_the_text_opens_on_gives_its_period() {
        // quang_binh_suc_khoe_hoc_duong_2025 (a development text): the lead names the plan and its period.
        let of = |t: &str| opening_plan_period(&Folded::new(t).text);
        let lead =
            "Ngày 31/12/2021, UBND tỉnh đã ban hành Kế hoạch số 2895/KH-UBND về việc thực hiện Chương trình Sức \
                    khỏe học đường giai đoạn 2021-2025 trên địa bàn tỉnh.";
        assert_eq!(of(lead), Some(period(Some(2021), 2025, None)));
        assert_eq!(
            of("Đề án phát triển du lịch giai đoạn 2023 - 2030 được thông qua."),
            Some(period(Some(2023), 2030, None))
        );
        // A period in another sentence, one after 600 bytes, or no plan named, gives none.
        assert_eq!(of("UBND tỉnh ban hành kế hoạch. Giai đoạn 2021-2025, tỉnh đạt 90%."), None);
        assert_eq!(of(&format!("{} Kế hoạch giai đoạn 2021-2025.", "x ".repeat(300))), None);
        assert_eq!(of("Giai đoạn 2021-2025, tỉnh đạt 90% hồ sơ."), None);
    }

    #[test]
    fn the_title_period_widens_to_the_targets() {
        let s = settle(Some(period(Some(2022), 2025, None)), None, &[2021, 2025, 2030]);
        assert_eq!(s, Settled { period: period(Some(2021), 2025, Some(2030)), from_title: true });
        // A start after the end is dropped.
        assert_eq!(settle(Some(period(Some(2026), 2021, None)), None, &[]).period, period(None, 2021, None));
    }

    #[test]
    fn with_no_title_period_the_target_years_give_it() {
        let signed = Date::from_calendar_date(2022, time::Month::July, 12).ok();
        assert_eq!(
            settle(None, signed, &[2025, 2030]),
            Settled { period: period(None, 2025, Some(2030)), from_title: false }
        );
        assert_eq!(settle(None, signed, &[]).period, period(None, 2022, None));
        // A target year before the signing year starts the period, so that the draft is valid.
        assert_eq!(settle(None, signed, &[2019, 2030]).period, period(Some(2019), 2019, Some(2030)));
        assert_eq!(settle(None, None, &[]).period, period(None, 2025, None));
    }

    #[test]
    fn the_period_the_text_opens_on_starts_the_one_its_targets_end() {
        let mut s = settle(None, None, &[2025, 2030]);
        assert_eq!(start_from_the_opening(&mut s, Some(period(Some(2021), 2025, None))), Some(2021));
        assert_eq!(s.period, period(Some(2021), 2025, Some(2030)));
        // One that ends at the horizon, the last target year, is the plan's period (a probe of 8 Dec 2026).
        let mut s = settle(None, None, &[2025, 2030]);
        assert_eq!(start_from_the_opening(&mut s, Some(period(Some(2021), 2030, None))), Some(2021));
        assert_eq!(s.period, period(Some(2021), 2030, None));
        // One that ends in another year, that starts no earlier than it ends, or a title's period, gives no start.
        for (opened, title) in [(period(Some(2017), 2020, None), None), (period(Some(2025), 2025, None), None)]
            .into_iter()
            .chain([(period(Some(2021), 2025, None), Some(period(None, 2025, None)))])
        {
            let mut s = settle(title, None, &[2025]);
            assert_eq!(start_from_the_opening(&mut s, Some(opened)), None);
            assert_eq!(s.period.from, None);
        }
    }
}
