//! Observations: figures the text reports as done or reached ("Hiện nay, 100% cán bộ ... đã sử dụng",
//! "Tỷ lệ ... toàn tỉnh đạt 79,76%" after "Lào Cai đã thực hiện ...", "năm 2023 đạt 72%" in a plan signed
//! in 2024) are not targets: they are set apart from the outline's figures and drafted as observations of
//! their indicator, with the year the text gives them.

use std::collections::HashMap;

use super::folded::{sub, Folded};
use super::indicators::{in_its_unit, Indicators};
use super::outline::Figure;
use super::targets::{confidence, trim_quote};
use super::unused::Spent;
use super::{DraftObservation, Uncertainty};
use crate::model::indicator::Indicator;
use crate::model::measure_unit::MeasureUnit;
use crate::model::observation::{Observation, ObservationSet, ObservedAt};
use crate::model::plan::Plan;

/// The year before which a figure is the past: the signing year, else the annual plan's, else the
/// dateline's, for any figure (`dated`); else the first year an objective is set for, only for a figure its
/// own clause dates ("Năm 2024, tỷ lệ ... đạt 45%", not the sections of a roadmap "Năm 2024: ...") or an earlier
/// sentence or line of running text does ("Tổng vốn đầu tư ... giai đoạn 2021-2025 đạt trên 7.240 tỷ đồng. Thu nhập
/// bình quân đầu người ... đạt 79,1 triệu đồng" before "Phấn đấu đến năm 2030, ...", phuong_thanh_thuy_hue_2030, a
/// development text).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Reference {
    pub(crate) dated: Option<i32>,
    pub(crate) objective: Option<i32>,
    /// The year whose results the text reviews ([`super::period::review`]).
    pub(crate) reviewed: Option<i32>,
}

impl Reference {
    /// The year before which `fig` is the past.
    fn of(self, fig: &Figure) -> Option<i32> {
        self.dated.or(self.objective.filter(|_| fig.year_in_clause || fig.year_from_context))
    }
}

/// Sets apart the figures that report what was reached: the targets' figures and the observations'.
/// A figure is a report when the words around it say so, or when its clause, sentence or section dates it
/// before the reference year and no word before it wants it ("phấn đấu năm 2023 đạt").
///
/// A text that reviews a year's results and then wants the next year's ("Nghị quyết tình hình thực hiện kế hoạch ...
/// năm 2022 ... Năm 2023, tỉnh phấn đấu: ...") reports, before its first wanted figure of a later year, the figures
/// that no clause of their own dates and no word wants: the reviewed year's results.
///
/// The parts "Trong đó" lists right after a total reported, in its sentence or the next, are reported too ("Trước đó
/// năm 2024, tổng thu ... đạt 53.271 tỷ đồng. Trong đó, thu từ hoạt động xuất nhập khẩu đạt 18.083 tỷ đồng, thu nội
/// địa đạt 35.022 tỷ đồng"), unless a word wants them; so is a figure listed on past a ";" after one reported. `s` is
/// the folded text.
pub(crate) fn split(s: &str, figures: Vec<Figure>, reference: Reference) -> (Vec<Figure>, Vec<Figure>) {
    let review_ends = reference
        .reviewed
        .and_then(|r| figures.iter().find(|f| f.wanted && f.year.is_some_and(|y| y > r)).map(|f| f.found.start));
    // The previous figure: where it ends, whether it was a report, and whether it was a part of a total reported.
    let mut previous: Option<(usize, bool, bool)> = None;
    figures.into_iter().partition(|fig| {
        let before = reference.of(fig);
        // Not under an objectives heading ("II. MỤC TIÊU CỤ THỂ" / "...: năm 2026 đạt 50%, năm 2027 đạt 60%" in a plan
        // for 2026-2030, a probe of 7 Dec 2026): an objective's year, however early.
        let past = !fig.wanted
            && !fig.year_from_period
            && !fig.under_objectives
            && fig.year.zip(before).is_some_and(|(y, r)| y < r);
        // Not one a heading dates after the reviewed year ("III. CHỈ TIÊU CHỦ YẾU NĂM 2026" after "II. KẾT QUẢ NĂM
        // 2025", a probe of 6 Dec 2026): its section plans.
        let planned = fig.year_from_heading && fig.year.zip(reference.reviewed).is_some_and(|(y, r)| y > r);
        // Its clause may date it, with the reviewed year itself ("Sở ...: kết quả chuyển đổi số năm 2026" / "Năm 2026,
        // tỉnh có 92% hồ sơ được giải quyết trực tuyến"; a probe of 7 Dec 2026).
        let of_the_reviewed = !fig.year_in_clause || fig.year.is_some_and(|y| reference.reviewed == Some(y));
        let reviewed =
            !fig.wanted && of_the_reviewed && !planned && review_ends.is_some_and(|end| fig.found.start < end);
        let part = !fig.wanted
            && previous.is_some_and(|(end, reported, listing)| {
                let between = sub(s, end, fig.found.number.start);
                let last_sentence = between.rsplit(". ").next().unwrap_or(between);
                let opens =
                    super::folded::starts_with_words(last_sentence.trim_start_matches([' ', ',', '(']), "trong do");
                let goes_on = listing && !between.contains(['\n', ';']) && !between.contains(". ");
                reported && !between.contains('\n') && (opens || goes_on)
            });
        // A figure listed on past a ";" is reported with the list's figure before it ("Năm 2022, toàn tỉnh đã trồng mới
        // được 300 ha rừng; 450 ha cây ăn quả").
        let listed_on = !fig.wanted && fig.found.listed_on && previous.is_some_and(|(_, reported, _)| reported);
        let report = fig.reported || past || reviewed || part || listed_on;
        previous = Some((fig.found.end, report, part));
        !report
    })
}

/// Takes out of `figures` a headline's figure that a report of the body says again ("Tỷ lệ hộ nghèo ... giảm
/// bình quân 6,7%/năm" over "Nhiệm kỳ 2020-2025, xã đạt ...: tỷ lệ hộ nghèo giảm bình quân 6,7%/năm"): it is
/// that report's title, not a target. So is a headline's report out of `reports` ("Bình dân học vụ số: Thanh Hóa đạt
/// 65% kế hoạch" over "... toàn tỉnh đã có 1,2 triệu lượt người tham gia học tập, đạt 65% kế hoạch"; a probe of 7 Dec
/// 2026): the body's report says it in its own words. `first` is the folded offset of the text's first figure, which
/// the headline holds; returns the numbers taken out (said again).
pub(crate) fn headline_repeats(
    f: &super::folded::Folded<'_>,
    first: Option<usize>,
    figures: &mut Vec<Figure>,
    reports: &mut Vec<Figure>,
) -> Vec<usize> {
    let Some((a, b)) = first.and_then(|at| super::targets::headline_of(f, at)) else {
        return Vec::new();
    };
    let in_headline = |fig: &Figure| (a..b).contains(&fig.found.start);
    let repeats = |fig: &Figure, reports: &[Figure]| {
        in_headline(fig)
            && !fig.wanted
            && !fig.year_in_clause
            && reports
                .iter()
                .any(|r| !in_headline(r) && r.found.value == fig.found.value && r.found.unit == fig.found.unit)
    };
    let mut taken: Vec<usize> = figures.iter().filter(|f| repeats(f, reports)).map(|f| f.found.number.start).collect();
    taken.extend(reports.iter().filter(|f| repeats(f, reports)).map(|f| f.found.number.start));
    figures.retain(|f| !taken.contains(&f.found.number.start));
    reports.retain(|f| !taken.contains(&f.found.number.start));
    taken
}

/// The years a text gives its reports: `signed` (the signing year, else the dateline's) for a figure with
/// no year of its own, and `reference`, before which a year from context is the past. In a text that reviews a year,
/// `reference` is that year, not the year of an objective set before the reports ("hội nghị tổng kết ... năm 2025 và
/// triển khai nhiệm vụ năm 2026, ... phấn đấu đưa tăng trưởng kinh tế năm 2026 đạt từ 10% trở lên.\n\nTheo báo cáo tại
/// hội nghị, ... GRDP bình quân đầu người đạt 80 triệu đồng", a probe of 7 Dec 2026: the results were of 2026).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Dates {
    pub(crate) signed: Option<i32>,
    pub(crate) reference: Option<i32>,
}

/// Drafts the observations of the figures set apart; their numbers are spent. A figure takes the year its
/// own clause states; else a past year from context ("Năm 2023, tỉnh đã đạt ...: tỷ lệ ... 62,5%"), with
/// the doubt said; else the signing year, a guess.
/// Another province's figure (`local`, the plan's province folded, when known) is none of the plan's. An observation
/// whose indicator the plan's targets (`plan_indicators`) or an observation before has in another unit goes under its
/// variant in its own unit ([`in_its_unit`]).
pub(crate) fn draft(
    f: &Folded<'_>,
    figures: Vec<Figure>,
    dates: Dates,
    local: Option<&str>,
    (plan_indicators, spent): (&[Indicator], &mut Spent),
) -> Vec<DraftObservation> {
    let s = f.text.as_str();
    let mut indicators = Indicators::new();
    let mut units: HashMap<String, MeasureUnit> = plan_indicators.iter().map(|i| (i.id.clone(), i.unit)).collect();
    let mut out = Vec::new();
    for fig in figures {
        let t = fig.found;
        let mut reasons = Vec::new();
        let measure = indicators.measure(f, &t, &mut reasons);
        if measure.unit.bounds().1.is_some_and(|hi| t.value > hi) {
            spent.over_hundred.insert(t.number.start);
            continue;
        }
        if super::targets::comparison_beside(s, &t) || super::targets::another_provinces(s, &t, local) {
            spent.comparisons.insert(t.number.start);
            continue;
        }
        let stated = fig.year.filter(|_| fig.year_in_clause);
        // "hiện nay", "đến nay" say now, whatever year the lines before stated.
        let line = sub(s, sub(s, 0, t.number.start).rfind('\n').map_or(0, |i| i + 1), t.number.start);
        let now = super::reports::says_now(line);
        // A year from context dates a report when it is before the reference year, or not after it for a
        // figure its own words report ("Năm 2025, phường đạt ...: tỷ lệ ... đạt 78,2%").
        let past =
            fig.year.filter(|y| !now && dates.reference.map_or(fig.reported, |r| *y < r || (fig.reported && *y == r)));
        let year = match (stated, past, dates.signed) {
            (Some(y), _, _) => Some(y),
            (None, Some(y), _) => {
                reasons.push(Uncertainty::YearFromContext { year: y });
                Some(y)
            }
            (None, None, Some(y)) => {
                reasons.push(Uncertainty::YearGuessed { year: y });
                Some(y)
            }
            (None, None, None) => {
                reasons.push(Uncertainty::YearMissing);
                None
            }
        };
        let (qs, qe) = trim_quote(s, t.start, t.end);
        spent.targets.insert(t.number.start);
        out.push(DraftObservation {
            indicator: in_its_unit(&mut units, measure.id.clone(), measure.unit),
            name_vi: measure.name_vi(),
            unit: measure.unit,
            year,
            value: t.value,
            quote: f.original(qs, qe).to_owned(),
            start: f.char_offset(qs),
            end: f.char_offset(qe),
            confidence: confidence(&reasons),
            reasons,
        });
    }
    out
}

/// The observations with a year, as an observation set of the plan's unit; those without one are named in
/// the set's notes.
pub(crate) fn to_set(plan: &Plan, observations: &[DraftObservation]) -> ObservationSet {
    let mut set = ObservationSet {
        format_version: crate::model::plan::FORMAT_VERSION,
        observations: Vec::new(),
        notes: Vec::new(),
    };
    for o in observations {
        match o.year {
            Some(y) => set.observations.push(Observation {
                unit: plan.jurisdiction.id.clone(),
                indicator: o.indicator.clone(),
                at: ObservedAt::Year(y),
                tier: None,
                value: o.value,
                numerator: None,
                denominator: None,
                field: None,
                source: plan.document.number.clone(),
                note: Some(o.quote.clone()),
            }),
            None => set.notes.push(format!("No year for «{}» ({}): not loaded.", o.quote, sub(&o.indicator, 0, 80))),
        }
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::outline;
    use crate::extract::unused::Claimed;

    fn figures(text: &str) -> (Folded<'_>, Vec<Figure>) {
        let f = Folded::new(text);
        let o = outline::walk(&f, (None, None), true, &Claimed::default());
        (f, o.figures)
    }

    #[test]
    fn reports_and_past_years_are_set_apart() {
        let (_, figs) = figures("Năm 2023 đạt 72% hồ sơ trực tuyến.\nĐến nay đã đạt 85% dân số có điện thoại thông minh.\nNăm 2025 đạt 90% hồ sơ trực tuyến.");
        let (targets, reports) = split("", figs, Reference { dated: Some(2024), objective: None, reviewed: None });
        assert_eq!(targets.iter().map(|f| f.found.value).collect::<Vec<_>>(), vec![90.0]);
        let rows: Vec<_> =
            reports.iter().map(|f| (f.found.value, f.year_in_clause.then_some(f.year).flatten())).collect();
        assert_eq!(rows, vec![(72.0, Some(2023)), (85.0, None)]);
    }

    #[test]
    fn a_figure_its_clause_dates_with_the_reviewed_year_is_reported() {
        // A review of 2026's results, then 2027's aims (a probe of 7 Dec 2026): the clause's year is the one reviewed.
        let text = "Năm 2026, tỉnh có 92% hồ sơ được giải quyết trực tuyến.\nMục tiêu năm 2027: 95% hồ sơ giải quyết \
                    trực tuyến.";
        let (f, figs) = figures(text);
        let reference = Reference { dated: None, objective: None, reviewed: Some(2026) };
        let (targets, reports) = split(&f.text, figs, reference);
        let values = |figs: &[Figure]| figs.iter().map(|f| f.found.value).collect::<Vec<_>>();
        assert_eq!((values(&targets), values(&reports)), (vec![95.0], vec![92.0]));
        // Another year said in its clause is not the reviewed year's.
        let (f, figs) = figures("Năm 2025, tỉnh có 80% hồ sơ được giải quyết trực tuyến.\nMục tiêu năm 2027: 95%.");
        let (targets, _) = split(&f.text, figs, reference);
        assert_eq!(values(&targets), vec![80.0, 95.0]);
    }

    #[test]
    fn an_early_year_under_an_objectives_heading_is_no_past() {
        // A probe of 7 Dec 2026: in a plan for 2026-2030, "năm 2026 đạt 50%" after a first objective of 2027 was a
        // report.
        let text =
            "II. MỤC TIÊU CỤ THỂ\n1. Tỷ trọng kinh tế số trong GRDP đến năm 2027 đạt 15%.\n2. Tỷ lệ doanh nghiệp sử \
                    dụng nền tảng số: năm 2026 đạt 50%, năm 2027 đạt 60%.";
        let (f, figs) = figures(text);
        let (targets, reports) = split(&f.text, figs, Reference { dated: None, objective: Some(2027), reviewed: None });
        assert_eq!(targets.iter().map(|f| f.found.value).collect::<Vec<_>>(), vec![15.0, 50.0, 60.0]);
        assert!(reports.is_empty());
        // Without the heading, the year before the first objective's is the past, as before.
        let (f, figs) = figures(text.trim_start_matches("II. MỤC TIÊU CỤ THỂ\n"));
        let (_, reports) = split(&f.text, figs, Reference { dated: None, objective: Some(2027), reviewed: None });
        assert_eq!(reports.iter().map(|f| f.found.value).collect::<Vec<_>>(), vec![50.0]);
    }

    #[test]
    fn the_parts_listed_under_a_total_reported_are_reported() {
        // quang_ninh_ngan_sach_2026 (a development text): the year before's total and its parts; then the plan's.
        let text = "Trước đó năm 2024, tổng thu ngân sách đạt 53.271 tỷ đồng. Trong đó, thu từ hoạt động xuất nhập khẩu đạt \
                    18.083 tỷ đồng, thu nội địa đạt 35.022 tỷ đồng.\nNăm 2026, tỉnh phấn đấu tổng thu ngân sách đạt 74.000 tỷ \
                    đồng, trong đó thu nội địa đạt 56.500 tỷ đồng.";
        let (f, figs) = figures(text);
        let (targets, reports) = split(&f.text, figs, Reference { dated: None, objective: Some(2026), reviewed: None });
        let values = |figs: &[Figure]| figs.iter().map(|f| f.found.value).collect::<Vec<_>>();
        assert_eq!(values(&targets), vec![74_000e9, 56_500e9]);
        assert_eq!(values(&reports), vec![53_271e9, 18_083e9, 35_022e9]);
    }

    #[test]
    fn a_figure_listed_on_past_a_semicolon_after_a_report_is_reported() {
        // The list's first item reported by its words, the next past ";" with it; then the plan's list, wanted.
        let text =
            "Năm 2022, toàn tỉnh đã trồng mới được 300 ha rừng; 450 ha cây ăn quả.\nĐến năm 2025, trồng mới 500 \
                    ha rừng; 600 ha cây ăn quả.";
        let (f, figs) = figures(text);
        let (targets, reports) = split(&f.text, figs, Reference { dated: None, objective: Some(2025), reviewed: None });
        let values = |figs: &[Figure]| figs.iter().map(|f| (f.found.value, f.year)).collect::<Vec<_>>();
        assert_eq!(values(&reports), [(300.0, Some(2022)), (450.0, Some(2022))]);
        assert_eq!(values(&targets), [(500.0, Some(2025)), (600.0, Some(2025))]);
    }

    #[test]
    fn observations_take_the_stated_year_else_the_signing_year_with_a_doubt() {
        let text = "Năm 2023 đạt 72% hồ sơ thủ tục hành chính xử lý trực tuyến.\nHiện nay, 85% dân số trưởng thành có điện thoại thông minh.";
        let (f, figs) = figures(text);
        let (_, reports) = split("", figs, Reference { dated: Some(2024), objective: None, reviewed: None });
        let mut spent = Spent::default();
        let obs = draft(&f, reports, Dates { signed: Some(2024), reference: Some(2024) }, None, (&[], &mut spent));
        let rows: Vec<_> = obs.iter().map(|o| (o.value, o.year, o.reasons.clone())).collect();
        assert_eq!(
            rows,
            vec![(72.0, Some(2023), vec![]), (85.0, Some(2024), vec![Uncertainty::YearGuessed { year: 2024 }])]
        );
        assert_eq!(obs[1].indicator, "adults_with_smartphone");
        let slice: String = text.chars().skip(obs[0].start).take(obs[0].end - obs[0].start).collect();
        assert_eq!(slice, obs[0].quote);
        assert_eq!(spent.targets.len(), 2);
    }

    #[test]
    fn a_past_year_from_context_dates_a_report() {
        let text = "Năm 2023, tỉnh đã đạt nhiều kết quả: tỷ lệ hồ sơ xử lý trực tuyến đạt 62,5%; 98% hồ sơ công việc cấp tỉnh.";
        let (f, figs) = figures(text);
        let (targets, reports) = split("", figs, Reference { dated: Some(2024), objective: None, reviewed: None });
        assert!(targets.is_empty());
        let obs =
            draft(&f, reports, Dates { signed: Some(2024), reference: Some(2024) }, None, (&[], &mut Spent::default()));
        let rows: Vec<_> = obs.iter().map(|o| (o.value, o.year)).collect();
        assert_eq!(rows, vec![(62.5, Some(2023)), (98.0, Some(2023))]);
        assert!(obs.iter().all(|o| o.reasons.contains(&Uncertainty::YearFromContext { year: 2023 })));
    }

    #[test]
    fn a_report_takes_the_year_its_line_opens_with_up_to_the_reference_year() {
        // A term opening the line dates what it reports, though its end is the reference year (objectives from
        // 2025 on): the figure's own words report it.
        let text = "Nhiệm kỳ 2020-2025, xã đạt được nhiều kết quả: tỷ lệ hộ nghèo giảm bình quân 6,7%/năm.";
        let (f, figs) = figures(text);
        let (targets, reports) = split("", figs, Reference { dated: None, objective: Some(2025), reviewed: None });
        assert!(targets.is_empty());
        let obs = draft(
            &f,
            reports.clone(),
            Dates { signed: None, reference: Some(2025) },
            None,
            (&[], &mut Spent::default()),
        );
        let rows: Vec<_> = obs.iter().map(|o| (o.value, o.year, o.reasons.last().cloned())).collect();
        assert_eq!(rows, vec![(6.7, Some(2025), Some(Uncertainty::YearFromContext { year: 2025 }))]);
        // A year after the reference year does not date a report.
        let obs = draft(&f, reports, Dates { signed: None, reference: Some(2024) }, None, (&[], &mut Spent::default()));
        assert_eq!((obs[0].year, obs[0].reasons.last()), (None, Some(&Uncertainty::YearMissing)));
    }

    #[test]
    fn a_headline_a_report_says_again_is_not_a_target() {
        let text = "Tỷ lệ hộ nghèo của xã giảm bình quân 6,7%/năm\nNhiệm kỳ 2020-2025, xã đạt được nhiều kết quả: tỷ lệ hộ nghèo giảm bình quân 6,7%/năm. Nhiệm kỳ 2025-2030, xã đề ra chỉ tiêu: tỷ lệ hộ nghèo giảm bình quân 2%/năm.";
        let draft = crate::extract::extract_plan(text);
        let targets: Vec<_> = draft.plan.targets.iter().map(|t| (t.value, t.year)).collect();
        assert_eq!(targets, vec![(2.0, Some(2030))]);
        let obs: Vec<_> = draft.observations.iter().map(|o| (o.value, o.year)).collect();
        assert_eq!(obs, vec![(6.7, Some(2025))]);
        let headline = draft.unused_numbers.iter().find(|u| u.text == "6,7").map(|u| (u.start, u.reason));
        assert_eq!(headline, Some((37, crate::extract::UnusedReason::Restated)));
    }

    #[test]
    fn a_headline_a_report_says_again_is_no_report_of_its_own() {
        // A probe of 7 Dec 2026: the headline's 65% was a second observation of the body's.
        let text = "Bình dân học vụ số: Thanh Hóa đạt 65% kế hoạch\nSau 6 tháng, toàn tỉnh đã có 1,2 triệu lượt người \
                    tham gia học tập, đạt 65% kế hoạch.";
        let draft = crate::extract::extract_plan(text);
        let obs: Vec<_> = draft.observations.iter().map(|o| (o.value, o.start)).collect();
        assert_eq!(obs, vec![(1.2e6, 47), (65.0, 115)]);
        let headline = draft.unused_numbers.iter().find(|u| u.text == "65").map(|u| (u.start, u.reason));
        assert_eq!(headline, Some((34, crate::extract::UnusedReason::Restated)));
    }
}
