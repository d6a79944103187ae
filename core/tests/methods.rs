//! Each kind of indicator judged by its method on the scorecard (issue 16), with the figures
//! worked by hand: a yearly rate (Trà Vinh's labour productivity), a cumulative change (Tiền Giang's
//! reduction of administrative procedures), a rank (a DTI rank from 40th to 25th against "top 20"), and a
//! rank among a changed field.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::calc::method::{Lang, Method};
use chitieu::calc::progress::{Category, NotAssessable};
use chitieu::calc::rank::FieldBasis;
use chitieu::model::measure_unit::IndicatorKind;
use chitieu::scorecard::{Row, Scorecard, Settings, StatusMethod};
use chitieu::{bundled, Observation, ObservationSet, ObservedAt, Plan};
use time::macros::date;

fn obs(unit: &str, indicator: &str, year: i32, value: f64, field: Option<u32>) -> Observation {
    Observation {
        unit: unit.into(),
        indicator: indicator.into(),
        at: ObservedAt::Year(year),
        tier: None,
        value,
        numerator: None,
        denominator: None,
        field,
        source: None,
        note: None,
    }
}

fn set(observations: Vec<Observation>) -> ObservationSet {
    ObservationSet { format_version: 1, observations, notes: vec![] }
}

fn row(plan: &Plan, observations: &ObservationSet, as_of: time::Date, target: &str) -> Row {
    let card = Scorecard::build(plan, observations, as_of, &Settings::default()).unwrap();
    card.rows.into_iter().find(|r| r.target == target).unwrap_or_else(|| panic!("no row {target}"))
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() <= 1e-9 * b.abs().max(1.0), "{a} != {b}");
}

/// The score of a ratio between 0.6 and 1.3 (the piece that rises 2.5 points over 0.35).
fn steep_score(ratio: f64) -> f64 {
    2.5 / 0.35 * (ratio - 0.6)
}

fn explained<'a>(r: &'a Row, quantity: &str) -> &'a chitieu::scorecard::Explanation {
    r.explanations.iter().find(|e| e.quantity == quantity).unwrap_or_else(|| panic!("no {quantity} in {}", r.target))
}

#[test]
fn every_bundled_indicator_has_a_kind_and_its_method_names_the_row() {
    let obs = bundled::observations().unwrap();
    for plan in bundled::plans().unwrap() {
        let card = Scorecard::build(&plan, &obs, date!(2025 - 12 - 31), &Settings::default()).unwrap();
        for r in &card.rows {
            let ind = plan.indicator(&r.indicator).unwrap();
            assert_eq!(r.method, Method::of(ind.kind()), "{}", r.target);
            assert_eq!(r.method.kind(), ind.unit.kind());
            if r.method != Method::GrowthRateRatio {
                assert!(r.status.growth.is_none(), "{}: a growth-rate ratio on a {:?}", r.target, ind.kind());
                assert!(r.required_pace.is_none());
            }
        }
        for f in card.flat_rows() {
            assert!(Method::ALL.iter().any(|m| m.code() == f.method));
        }
    }
    assert_eq!(
        Method::StraightPath.label(Lang::Vi),
        "tiến độ trên lộ trình đều từ 0 (mức thay đổi mỗi năm đạt được / cần đạt)"
    );
}

#[test]
fn tra_vinh_labour_productivity_is_judged_by_its_mean_rate() {
    // 7.9, 6.2, 6.8 (2022-2024) against "tăng trên 11,5%/năm" by 2025; the plan states no start, so the
    // period starts with the first observation, 2022.
    let plan = bundled::plan("tra_vinh").unwrap();
    let r = row(&plan, &bundled::observations().unwrap(), date!(2025 - 06 - 30), "labour_productivity_growth.2025");
    assert_eq!(r.method, Method::MeanYearlyRate);
    assert_eq!(r.status.method, StatusMethod::MeanYearlyRate);
    let p = r.status.yearly_rate.as_ref().unwrap();
    // Each year short of 11.5: gaps 3.6, 5.3, 4.7.
    assert_eq!(p.years_attained, 0);
    for (y, gap) in p.years.iter().zip([3.6, 5.3, 4.7]) {
        assert!(!y.attained);
        close(y.gap, gap);
    }
    // Product of growth factors 1.079 x 1.062 x 1.068 = 1.223819064; its cube root 1.069644: g = 6.9644%.
    let product = 1.079 * 1.062 * 1.068;
    close(product, 1.223_819_064);
    let g = (product.powf(1.0 / 3.0) - 1.0) * 100.0;
    close(p.mean_rate.unwrap(), g);
    assert!((g - 6.9644).abs() < 1e-4, "{g}");
    // g / V = 0.6056: just past 0.6, moderate progress. (The issue wrote "57%"; the arithmetic mean
    // 6.967 gives 0.606 too.)
    let ratio = g / 11.5;
    close(p.ratio.unwrap(), ratio);
    assert!((ratio - 0.6056).abs() < 1e-4);
    assert_eq!(r.status.category, Category::ModerateProgress);
    close(r.status.score.unwrap(), steep_score(ratio));
    // One year left (2025) to bring the mean of four years to 11.5%: 1.115^4 / 1.223819 - 1 = 26.29%.
    assert_eq!(p.remaining_years, Some(1));
    close(p.required_rate.unwrap(), (1.115f64.powi(4) / product - 1.0) * 100.0);
    assert!((p.required_rate.unwrap() - 26.2939).abs() < 1e-4);
    // The explanation gives the formula, the inputs and where the period starts.
    let e = explained(&r, "mean_yearly_rate");
    assert!(e.formula.contains("Π(1 + r_i/100)"));
    assert_eq!(e.inputs.iter().find(|i| i.name == "n").unwrap().value, 3.0);
    let years = explained(&r, "yearly_rates");
    assert!(years.note.as_deref().unwrap().contains("year of the first observation"), "{:?}", years.note);
    assert!(years.inputs.iter().any(|i| i.name == "r(2023)" && i.value == 6.2));
    // The growth of the rate itself, which the issue found meaningless, is no longer computed.
    assert!(r.status.growth.is_none() && r.required_pace.is_none());
}

#[test]
fn a_rate_held_just_under_its_target_is_substantial_progress_not_a_milestone_judgement() {
    // Formerly a near-baseline growth-rate ratio judged by the milestone path (deterioration, -5):
    // 11.45% and 11.3% against "reach 11.5% a year" by 2030 average 11.375%, 98.9% of the target rate.
    let plan = bundled::plan("tra_vinh").unwrap();
    let s = set(vec![
        obs("tra_vinh", "labour_productivity_growth", 2022, 11.45, None),
        obs("tra_vinh", "labour_productivity_growth", 2024, 11.3, None),
    ]);
    let r = row(&plan, &s, date!(2024 - 12 - 31), "labour_productivity_growth.2030");
    let p = r.status.yearly_rate.as_ref().unwrap();
    let g = ((1.1145f64 * 1.113).sqrt() - 1.0) * 100.0;
    close(p.mean_rate.unwrap(), g);
    assert_eq!(r.status.category, Category::SubstantialProgress);
    // Six years left after 2024 for the mean of eight observed and remaining years to be 11.5%.
    assert_eq!(p.remaining_years, Some(6));
    close(p.required_rate.unwrap(), ((1.115f64.powi(8) / (1.1145 * 1.113)).powf(1.0 / 6.0) - 1.0) * 100.0);
}

#[test]
fn tien_giang_procedures_cut_is_a_distance_along_a_straight_path() {
    // "Giảm 30% thủ tục hành chính" by 2030; the plan's period starts with 2020, so the path runs from 0
    // at the start of 2020 (t = 2019) to 30 at the end of 2030.
    let plan = bundled::plan("tien_giang").unwrap();
    assert_eq!(plan.period.from, Some(2020));
    let s = set(vec![
        obs("tien_giang", "admin_procedures_reduction", 2022, 5.0, None),
        obs("tien_giang", "admin_procedures_reduction", 2023, 12.0, None),
        obs("tien_giang", "admin_procedures_reduction", 2024, 18.0, None),
    ]);
    let r = row(&plan, &s, date!(2024 - 12 - 31), "admin_procedures_reduction.2030");
    assert_eq!(r.method, Method::StraightPath);
    assert_eq!(r.status.method, StatusMethod::StraightPath);
    let p = r.status.cumulative_change.as_ref().unwrap();
    // 18 over 5 years = 3.6 a year, against 30 over 11 years = 2.727 a year: ratio 1.32, score 5.
    close(p.pace_achieved.unwrap(), 3.6);
    close(p.pace_required.unwrap(), 30.0 / 11.0);
    close(p.ratio.unwrap(), 1.32);
    assert_eq!((r.status.category, r.status.score), (Category::SubstantialProgress, Some(5.0)));
    // On the path, 2024 is 5/11 of the way: 13.64; 18 is 4.36 ahead.
    close(p.path_value.unwrap(), 150.0 / 11.0);
    close(p.ahead.unwrap(), 18.0 - 150.0 / 11.0);
    // 12 still to go over 6 years: 2 a year.
    close(p.required_pace.unwrap(), 2.0);
    let e = explained(&r, "straight_path");
    assert!(e.note.as_deref().unwrap().contains("period.from"), "{:?}", e.note);
    assert_eq!(e.inputs.iter().find(|i| i.name == "s").unwrap().value, 2019.0);
    // The compound growth of the reduction itself (90% a year against 25%) is gone.
    assert!(r.status.growth.is_none());

    // A year earlier: 12 over 4 years = 3 a year, ratio 1.1, score 3.57.
    let r = row(&plan, &s, date!(2023 - 12 - 31), "admin_procedures_reduction.2030");
    let p = r.status.cumulative_change.as_ref().unwrap();
    close(p.ratio.unwrap(), 1.1);
    close(r.status.score.unwrap(), steep_score(1.1));
}

#[test]
fn a_cumulative_change_without_a_stated_start_starts_with_its_first_observation() {
    // Cần Thơ's plan states no start: the period starts with 2022, the first observation's year.
    let plan = bundled::plan("can_tho").unwrap();
    let s = set(vec![obs("can_tho", "admin_procedures_reduction", 2022, 0.0, None)]);
    let r = row(&plan, &s, date!(2022 - 12 - 31), "admin_procedures_reduction.2030");
    let p = r.status.cumulative_change.as_ref().unwrap();
    // Nothing cut in the first year: ratio 0, limited progress, -2.5; 30 over 8 years still needed.
    assert_eq!((p.ratio, r.status.category, r.status.score), (Some(0.0), Category::LimitedProgress, Some(-2.5)));
    close(p.required_pace.unwrap(), 30.0 / 8.0);
    let e = explained(&r, "straight_path");
    assert!(e.note.as_deref().unwrap().contains("first observation"), "{:?}", e.note);
}

#[test]
fn a_dti_rank_from_40th_to_25th_against_the_top_20_gains_positions_not_a_growth_rate() {
    // Trà Vinh's "top 20" by 2025; 40th in 2021 (field given), 25th in 2022 (field by its year: 63).
    let plan = bundled::plan("tra_vinh").unwrap();
    let s = set(vec![obs("tra_vinh", "dti_rank", 2021, 40.0, Some(63)), obs("tra_vinh", "dti_rank", 2022, 25.0, None)]);
    let r = row(&plan, &s, date!(2022 - 12 - 31), "dti_rank.2025");
    assert_eq!(r.method, Method::RankPace);
    assert_eq!(r.status.method, StatusMethod::RankPace);
    let p = r.status.rank.as_ref().unwrap();
    assert_eq!((p.start.field, p.start.field_basis), (63, FieldBasis::Observed));
    assert_eq!((p.latest.field, p.latest.field_basis), (63, FieldBasis::DefaultByYear));
    assert!(!p.by_share && !p.attained);
    close(p.latest.share, 25.0 / 63.0);
    // 15 positions in a year, against 20 over 4 years (5 a year): ratio 3, score 5.
    assert_eq!(p.positions_gained_per_year, Some(15.0));
    assert_eq!(p.positions_needed_per_year, Some(5.0));
    assert_eq!(p.ratio, Some(3.0));
    assert_eq!((r.status.category, r.status.score), (Category::SubstantialProgress, Some(5.0)));
    // 5 positions still to gain over 3 years; at 15 a year the projection leaves the field: bounded to 1st.
    close(p.required_pace.unwrap(), 5.0 / 3.0);
    assert_eq!(p.projected_rank, Some(1.0));
    let e = explained(&r, "rank_pace");
    let note = e.note.as_deref().unwrap();
    assert!(note.contains("given with the observation") && note.contains("by its year"), "{note}");
    assert!(explained(&r, "rank_projection").formula.contains("bounded to 1..n"));
}

#[test]
fn can_tho_fifth_among_63_and_eighth_among_34_are_compared_by_share() {
    // The bundled DTI rows carry their field: 7th (2020), 5th (2022, 2023) of 63. Add 8th of the 34
    // units ranked by the 2024 DTI (field by its year): 8/34 = 0.235 is the place of 14.8th of 63,
    // outside the "top 10" although 8 <= 10.
    let plan = bundled::plan("can_tho").unwrap();
    let mut observations = bundled::observations().unwrap();
    let bundled_fields: Vec<Option<u32>> =
        observations.series("can_tho", "dti_rank", None).iter().map(|o| o.field).collect();
    assert_eq!(bundled_fields, vec![Some(63); 3]);
    let top10 = row(&plan, &observations, date!(2025 - 12 - 31), "dti_rank.no_year");
    assert_eq!(top10.status.category, Category::TargetAchieved);
    observations.observations.push(obs("can_tho", "dti_rank", 2024, 8.0, None));
    let r = row(&plan, &observations, date!(2025 - 12 - 31), "dti_rank.no_year");
    let p = r.status.rank.as_ref().unwrap();
    assert_eq!((p.latest.rank, p.latest.field, p.latest.field_basis), (8.0, 34, FieldBasis::DefaultByYear));
    close(p.latest.share, 8.0 / 34.0);
    close(p.latest.equivalent_rank, 8.0 / 34.0 * 63.0);
    assert!(p.by_share && !p.attained);
    // Attainment compares the same way, and says so; the row still shows the raw rank.
    assert!(!r.achievement.as_ref().unwrap().attained);
    assert_eq!(r.latest.as_ref().unwrap().value, 8.0);
    assert!(explained(&r, "attained").note.as_deref().unwrap().contains("compared by their share"));
    // No target year: no pace, so not assessable once not attained.
    assert_eq!(r.status.reason, Some(NotAssessable::NoTargetYear));
    // 7th of 63 (2020) to 14.8th: 7.8 positions lost over 4 years.
    close(p.positions_gained_per_year.unwrap(), (7.0 - 8.0 / 34.0 * 63.0) / 4.0);
}

#[test]
fn kinds_follow_units() {
    let obs = bundled::observations().unwrap();
    let plan = bundled::plan("tra_vinh").unwrap();
    let card = Scorecard::build(&plan, &obs, date!(2025 - 12 - 31), &Settings::default()).unwrap();
    let kind = |id: &str| plan.indicator(id).unwrap().kind();
    assert_eq!(kind("labour_productivity_growth"), IndicatorKind::YearlyRate);
    assert_eq!(kind("admin_procedure_time_reduction"), IndicatorKind::CumulativeChange);
    assert_eq!(kind("dti_rank"), IndicatorKind::Rank);
    assert_eq!(kind("work_files_online"), IndicatorKind::LevelOrShare);
    let csv = card.to_csv();
    assert!(csv.lines().next().unwrap().contains(",method,"));
    assert!(csv.contains("mean_yearly_rate") && csv.contains("rank_pace"));
}

#[test]
fn scorecards_with_every_method_read_back_from_their_json() {
    let mut observations = bundled::observations().unwrap();
    observations.observations.push(obs("can_tho", "dti_rank", 2024, 8.0, None));
    observations.observations.push(obs("can_tho", "admin_procedures_reduction", 2024, 6.0, None));
    for plan in bundled::plans().unwrap() {
        for as_of in [date!(2022 - 12 - 31), date!(2025 - 12 - 31), date!(2031 - 01 - 01)] {
            let card = Scorecard::build(&plan, &observations, as_of, &Settings::default()).unwrap();
            assert_eq!(Scorecard::from_json(&card.to_json()).unwrap(), card, "{} {as_of}", plan.id);
        }
    }
    // A scorecard written before methods were named reads as judged by the growth-rate ratio.
    let plan = bundled::plan("tra_vinh").unwrap();
    let card = Scorecard::build(&plan, &observations, date!(2025 - 12 - 31), &Settings::default()).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&card.to_json()).unwrap();
    for row in json["rows"].as_array_mut().unwrap() {
        let row = row.as_object_mut().unwrap();
        row.remove("method");
        let status = row["status"].as_object_mut().unwrap();
        for key in ["yearly_rate", "cumulative_change", "rank"] {
            status.remove(key);
        }
    }
    let old = Scorecard::from_json(&json.to_string()).unwrap();
    assert!(old.rows.iter().all(|r| r.method == Method::GrowthRateRatio && r.status.rank.is_none()));
}
