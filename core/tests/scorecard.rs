//! Scorecards of the bundled plans on the bundled observations, checked against figures worked by hand.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::calc::progress::{Category, NotAssessable};
use chitieu::scorecard::{Reason, Row, Scorecard, Settings, StatusMethod, ValueBasis};
use chitieu::{bundled, Observation, ObservationSet, ObservedAt, Tier};
use time::macros::date;

fn card(plan: &str, as_of: time::Date) -> Scorecard {
    Scorecard::build(&bundled::plan(plan).unwrap(), &bundled::observations().unwrap(), as_of, &Settings::default())
        .unwrap()
}

fn row<'a>(card: &'a Scorecard, target: &str) -> &'a Row {
    card.rows.iter().find(|r| r.target == target).unwrap_or_else(|| panic!("no row {target}"))
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

#[test]
fn can_tho_is_in_the_top_ten_with_a_published_rank() {
    let c = card("can_tho", date!(2026 - 11 - 22));
    let r = row(&c, "dti_rank.no_year");
    let latest = r.latest.as_ref().unwrap();
    assert_eq!((latest.value, latest.year), (5.0, 2023));
    assert!(latest.source.as_deref().unwrap().contains("DTI"));
    assert!(!r.proxy);
    let a = r.achievement.as_ref().unwrap();
    assert!(a.attained);
    close(a.percent_of_target.unwrap(), 200.0); // lower is better: 100 * 10 / 5
    close(a.gap, -5.0);
    assert_eq!(r.status.category, Category::TargetAchieved);
    assert_eq!(r.status.method, StatusMethod::Attained);
    assert_eq!(r.value_basis, Some(ValueBasis::Latest));
    // No year: no milestone path.
    assert!(r.milestone.is_none());
    assert_eq!(r.milestone_reason, Some(Reason::NoTargetYear));
    assert_eq!(r.observations, 3);
}

#[test]
fn tay_ninh_city_uses_the_province_figure_as_a_proxy() {
    let c = card("tay_ninh_city", date!(2024 - 12 - 31));
    let r = row(&c, "digital_economy_share_grdp.2025");
    assert!(r.proxy);
    assert_eq!(r.observed_unit.as_deref(), Some("tay_ninh"));
    let latest = r.latest.as_ref().unwrap();
    assert_eq!((latest.value, latest.year), (5.78, 2022));
    let a = r.achievement.as_ref().unwrap();
    assert!(!a.attained);
    close(a.percent_of_target.unwrap(), 100.0 * 5.78 / 20.0);
    close(a.gap, 20.0 - 5.78);
    assert_eq!(r.status.reason, Some(NotAssessable::OneObservation));
    // Milestone for 31 Dec 2024 on the logistic path from 5.78% (2022) to 20% (2025), worked by hand:
    // logit(p) = ln(p / (1 - p)); two thirds of the way from logit(0.0578) to logit(0.2).
    let (l0, l1) = ((0.0578f64 / 0.9422).ln(), (0.2f64 / 0.8).ln());
    let expected = 100.0 / (1.0 + (-(l0 + (l1 - l0) * 2.0 / 3.0)).exp());
    let m = r.milestone.as_ref().unwrap();
    close(m.value, expected);
    assert_eq!(m.curve, Some(chitieu::calc::milestone::Curve::Logistic));
    assert!((expected - 13.53).abs() < 0.01, "{expected}");
}

#[test]
fn tra_vinh_district_work_files_judged_before_the_tier_ended() {
    // The district tier ended on 1 July 2025: the 2025 district target is judged on the figures dated
    // before then (2024's 72, not 2025's 78), the 2030 one is not assessable.
    let c = card("tra_vinh", date!(2026 - 11 - 22));
    let r = row(&c, "work_files_online.2025.district");
    assert_eq!(r.tier, Some(Tier::District));
    assert_eq!(r.value_basis, Some(ValueBasis::Latest));
    assert_eq!(r.baseline.as_ref().unwrap().value, 48.0);
    assert_eq!(r.latest.as_ref().unwrap().value, 72.0);
    let a = r.achievement.as_ref().unwrap();
    assert!(!a.attained); // 72 < 80
    close(a.progress_from_baseline.unwrap(), 24.0 / 32.0);
    close(a.percent_of_target.unwrap(), 90.0);
    close(a.gap, 8.0);
    // RR = [(72/48)^(1/3) - 1] / [(80/48)^(1/4) - 1], baseline 2021, latest 2024, target 2025.
    let rr = ((72.0f64 / 48.0).powf(1.0 / 3.0) - 1.0) / ((80.0f64 / 48.0).powf(0.25) - 1.0);
    assert!(rr > 0.95 && rr < 1.3);
    let g = r.status.growth.as_ref().unwrap();
    close(g.ratio.unwrap(), rr);
    assert_eq!(r.status.category, Category::SubstantialProgress);
    close(r.status.score.unwrap(), 2.5 / 0.35 * (rr - 0.6));
    // The milestone is the one of 30 June 2025, before the target year.
    let m = r.milestone.as_ref().unwrap();
    assert!(m.value > 72.0 && m.value < 80.0);
    assert_eq!(r.explanations[0].quantity, "tier_abolished");
    // The 2030 row is not assessable: there are no districts to reach it.
    let r30 = row(&c, "work_files_online.2030.district");
    assert_eq!(r30.status.reason, Some(NotAssessable::TierAbolished));
    assert!(r30.milestone.is_none());
    // Every number comes with its explanation.
    for q in ["milestone", "attained", "percent_of_target", "progress_from_baseline", "gap", "growth_rate_ratio"] {
        assert!(r.explanations.iter().any(|e| e.quantity == q), "no explanation of {q}");
    }
}

#[test]
fn pillar_scores_need_sixty_percent_of_indicators() {
    let c = card("tra_vinh", date!(2026 - 11 - 22));
    let general = c.pillars.iter().find(|p| p.pillar.as_deref() == Some("general")).unwrap();
    assert_eq!((general.indicators, general.assessable), (1, 0));
    assert_eq!(general.mean_score, None);
    assert_eq!(general.reason, Some(Reason::InsufficientData));
    let economy = c.pillars.iter().find(|p| p.pillar.as_deref() == Some("digital_economy")).unwrap();
    assert_eq!((economy.indicators, economy.assessable), (3, 3));
    // The mean of the indicators' scores, each the mean of its targets' scores.
    let indicator_score = |id: &str| {
        let s: Vec<f64> = c.rows.iter().filter(|r| r.indicator == id).filter_map(|r| r.status.score).collect();
        s.iter().sum::<f64>() / s.len() as f64
    };
    let expected = (indicator_score("sme_digital_platforms")
        + indicator_score("digital_economy_share_grdp")
        + indicator_score("labour_productivity_growth"))
        / 3.0;
    close(economy.mean_score.unwrap(), expected);
    let government = c.pillars.iter().find(|p| p.pillar.as_deref() == Some("digital_government")).unwrap();
    assert!(government.assessable * 10 < government.indicators * 6);
    assert_eq!(government.mean_score, None);
}

#[test]
fn near_baseline_targets_are_judged_by_the_milestone_path() {
    let plan = bundled::plan("tra_vinh").unwrap();
    let obs = |year, value| Observation {
        unit: "tra_vinh".into(),
        indicator: "digital_economy_share_grdp".into(),
        at: ObservedAt::Year(year),
        tier: None,
        value,
        numerator: None,
        denominator: None,
        field: None,
        source: None,
        note: None,
    };
    // 2025 target: more than 10% of GRDP; baseline 9.95 is within 1% of it. (A level: a yearly rate such
    // as labour productivity growth is judged by its mean rate instead, see tests/methods.rs.)
    let set = ObservationSet { format_version: 1, observations: vec![obs(2022, 9.95), obs(2024, 9.8)], notes: vec![] };
    let c = Scorecard::build(&plan, &set, date!(2024 - 12 - 31), &Settings::default()).unwrap();
    let r = row(&c, "digital_economy_share_grdp.2025");
    assert_eq!(r.status.method, StatusMethod::MilestonePath);
    assert_eq!(r.status.growth.as_ref().unwrap().reason, Some(NotAssessable::NearBaseline));
    assert_eq!((r.status.category, r.status.score), (Category::Deterioration, Some(-5.0)));
}

#[test]
fn exports_as_csv_and_json() {
    let c = card("tra_vinh", date!(2026 - 11 - 22));
    let csv = c.to_csv();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + 31);
    assert!(lines[0].starts_with("target,pillar,indicator,name_en,name_vi,year,tier,comparator,target_value"));
    assert!(csv.contains("work_files_online.2025.district,digital_government,work_files_online"));
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert_eq!(json["rows"].as_array().unwrap().len(), 31);
    assert_eq!(json["as_of"], "2026-11-22");
    let flat = c.flat_rows();
    let district = flat.iter().find(|r| r.target == "work_files_online.2025.district").unwrap();
    assert_eq!(
        (district.latest_value, district.attained, district.status.as_str()),
        (Some(72.0), Some(false), "substantial_progress")
    );
}

#[test]
fn every_bundled_plan_gets_a_scorecard() {
    for plan in bundled::plans().unwrap() {
        let c = Scorecard::build(&plan, &bundled::observations().unwrap(), date!(2026 - 11 - 22), &Settings::default())
            .unwrap();
        assert_eq!(c.rows.len(), plan.targets.len(), "{}", plan.id);
        assert_eq!(c.pillars.len(), plan.pillars.len());
        for r in &c.rows {
            for x in [r.milestone.as_ref().map(|m| m.value), r.status.score, r.time_distance].into_iter().flatten() {
                assert!(x.is_finite(), "{} {}: {x}", plan.id, r.target);
            }
        }
    }
}

#[test]
fn reporting_calendar_rolls_into_the_next_year() {
    let calendar = bundled::plan("tra_vinh").unwrap().reporting.unwrap();
    let next = calendar.next_due(date!(2026 - 12 - 20)).unwrap().unwrap();
    assert_eq!((next.last_day, next.period, next.year), (date!(2027 - 03 - 19), 1, 2027));
    let on_the_day = calendar.next_due(date!(2026 - 11 - 29)).unwrap().unwrap();
    assert_eq!(on_the_day.last_day, date!(2026 - 11 - 29));
}

#[test]
fn milestone_table_runs_every_indicator_through_its_target_years() {
    let plan = bundled::plan("tra_vinh").unwrap();
    let years: Vec<i32> = (2025..=2030).collect();
    let table = chitieu::scorecard::milestone_table(&plan, None, &years, &Settings::default());
    let district: Vec<&chitieu::scorecard::MilestoneRow> =
        table.iter().filter(|r| r.indicator == "work_files_online" && r.tier == Some(Tier::District)).collect();
    assert_eq!(district.len(), 6);
    assert_eq!((district[0].milestone.value, district[5].milestone.value), (80.0, 90.0));
    // 2027 on the logistic path from 80% (2025) to 90% (2030), worked by hand: 2/5 of the way in logit.
    let (l0, l1) = ((0.8f64 / 0.2).ln(), (0.9f64 / 0.1).ln());
    close(district[2].milestone.value, 100.0 / (1.0 + (-(l0 + (l1 - l0) * 0.4)).exp()));
    assert_eq!(district[2].milestone.kind, chitieu::calc::milestone::MilestoneKind::Interpolated);
    assert_eq!(district[2].milestone.comparator, Some(chitieu::Comparator::Reach));
    // A 2025-only indicator has a path only from a baseline observation; then its target holds after 2025.
    let households = |t: &[chitieu::scorecard::MilestoneRow]| -> Vec<f64> {
        t.iter().filter(|r| r.indicator == "households_fibre_broadband").map(|r| r.milestone.value).collect()
    };
    assert!(households(&table).is_empty());
    let obs = bundled::observations().unwrap();
    let with_baseline = chitieu::scorecard::milestone_table(&plan, Some(&obs), &years, &Settings::default());
    assert_eq!(households(&with_baseline), vec![80.0; 6]);
}

#[test]
fn settings_out_of_range_are_refused_not_silently_used() {
    use chitieu::ChitieuError;
    let plan = bundled::plan("tra_vinh").unwrap();
    let obs = bundled::observations().unwrap();
    for (settings, path) in [
        (Settings { interval_level: f64::NAN, ..Settings::default() }, "interval_level"),
        (Settings { interval_level: 1.0, ..Settings::default() }, "interval_level"),
        (Settings { min_assessable_share: -1.0, ..Settings::default() }, "min_assessable_share"),
        (Settings { min_assessable_share: 1.5, ..Settings::default() }, "min_assessable_share"),
    ] {
        let e = Scorecard::build(&plan, &obs, date!(2026 - 11 - 22), &settings).unwrap_err();
        assert_eq!(e.path().as_deref(), Some(path), "{settings:?}");
    }
}

#[test]
fn a_scorecard_reads_back_from_its_json_and_bad_json_says_where() {
    let c = card("tra_vinh", date!(2026 - 11 - 22));
    assert_eq!(Scorecard::from_json(&c.to_json()).unwrap(), c);
    use chitieu::ChitieuError;
    let e = Scorecard::from_json("{\"plan\": 1}").unwrap_err();
    assert_eq!(e.code(), "wrong_type");
    assert_eq!(e.path().as_deref(), Some("plan"));
    let bad = c.to_json().replacen("\"interval_level\": 0.9", "\"interval_level\": 2.0", 1);
    let e = Scorecard::from_json(&bad).unwrap_err();
    assert_eq!(e.path().as_deref(), Some("settings.interval_level"));
}
