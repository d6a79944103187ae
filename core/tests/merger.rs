//! The merged unit: district-tier targets after 1 July 2025, observations named by old or new units, and
//! figures carried forward to successors.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::calc::merger::{carry_forward, merged_view, resolve_units, UnitWarningCode, WeightKind, Weights};
use chitieu::calc::progress::NotAssessable;
use chitieu::calc::succession::Lineage;
use chitieu::scorecard::{Reason, Scorecard, Settings};
use chitieu::{ChitieuError, Observation, ObservationSet};
use time::macros::date;

fn lineage() -> Lineage<'static> {
    Lineage::new(chitieu::bundled::register().unwrap())
}

fn obs(json: &str) -> ObservationSet {
    let list: Vec<Observation> = serde_json::from_str(json).unwrap();
    ObservationSet { format_version: 1, observations: list, notes: Vec::new() }
}

#[test]
fn district_targets_after_the_tier_ended() {
    let plan = chitieu::bundled::plan("tra_vinh").unwrap();
    let observations = chitieu::bundled::observations().unwrap();
    let card = |d| Scorecard::build(&plan, &observations, d, &Settings::default()).unwrap();
    let row = |c: &Scorecard, id: &str| c.rows.iter().find(|r| r.target == id).unwrap().clone();
    // Before the end: judged as usual, on the 2025 figure... not yet dated: the latest (2024, 72).
    let before = row(&card(date!(2025 - 06 - 30)), "work_files_online.2030.district");
    assert_ne!(before.status.reason, Some(NotAssessable::TierAbolished));
    // After: the 2030 district target is not assessable, and says why in words.
    let after = card(date!(2026 - 01 - 01));
    let r2030 = row(&after, "work_files_online.2030.district");
    assert_eq!(r2030.status.reason, Some(NotAssessable::TierAbolished));
    assert_eq!(
        (r2030.milestone_reason, r2030.time_distance_reason),
        (Some(Reason::TierAbolished), Some(Reason::TierAbolished))
    );
    assert!(r2030.achievement.is_none() && r2030.milestone.is_none());
    assert!(r2030.explanations[0].note.as_deref().unwrap().contains("district tier ended on 2025-07-01"));
    assert_eq!(Reason::TierAbolished.code(), "tier_abolished");
    // The 2025 district target is judged on the figures dated before 1 July 2025: 2024's 72, not 2025's 78.
    let r2025 = row(&after, "work_files_online.2025.district");
    assert_eq!(r2025.latest.as_ref().unwrap().value, 72.0);
    assert!(r2025.explanations[0].note.as_deref().unwrap().contains("judged on the figures dated before"));
    // Province and commune tiers are judged as usual, on 2025's figures.
    assert_eq!(row(&after, "work_files_online.2025.province").latest.unwrap().value, 91.0);
    assert_eq!(row(&after, "work_files_online.2030.commune").latest.unwrap().value, 58.0);
}

#[test]
fn observations_name_old_or_new_units_and_are_never_reassigned() {
    let l = lineage();
    let aliases = chitieu::bundled::units().unwrap();
    let set = obs(r#"[
        {"unit": "tra_vinh", "indicator": "x", "year": 2024, "value": 1},
        {"unit": "84", "indicator": "x", "year": 2025, "value": 1},
        {"unit": "tỉnh Trà Vinh", "indicator": "x", "date": "2025-09-30", "value": 1},
        {"unit": "Bến Tre", "indicator": "x", "year": 2024, "value": 1},
        {"unit": "Atlantis", "indicator": "x", "year": 2024, "value": 1},
        {"unit": "80", "indicator": "x", "year": 2026, "value": 1}
    ]"#);
    let r = resolve_units(&l, &aliases, &set);
    let codes: Vec<Option<&str>> = r.units.iter().map(|u| u.map(|u| u.code.as_str())).collect();
    assert_eq!(codes, [Some("84"), Some("84"), Some("84"), None, None, Some("80")]);
    assert_eq!(r.units[5].unwrap().name, "Tây Ninh");
    let w: Vec<(UnitWarningCode, &str)> = r.warnings.iter().map(|w| (w.code, w.path.as_str())).collect();
    assert_eq!(
        w,
        [
            (UnitWarningCode::OutsideValidity, "observations[2].unit"),
            (UnitWarningCode::AmbiguousUnit, "observations[3].unit"),
            (UnitWarningCode::UnknownUnit, "observations[4].unit"),
        ]
    );
    assert_eq!(r.warnings[0].related, ["86 Tỉnh Vĩnh Long"]);
    assert!(r.warnings[0].message.contains("not re-assigned"));
    assert!(r.warnings[1].related.iter().any(|c| c.starts_with("829 ")));
}

#[test]
fn carry_forward_combines_every_predecessor_or_says_why_not() {
    let l = lineage();
    let plans = chitieu::bundled::plans().unwrap();
    let aliases = chitieu::bundled::units().unwrap();
    let set = obs(r#"[
        {"unit": "tra_vinh", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 86, "numerator": 860, "denominator": 1000},
        {"unit": "tỉnh Bến Tre", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 82, "numerator": 1640, "denominator": 2000},
        {"unit": "86", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 88, "numerator": 440, "denominator": 500},
        {"unit": "tra_vinh", "indicator": "digital_economy_share_grdp", "year": 2024, "value": 7.9},
        {"unit": "tra_vinh", "indicator": "dti_rank", "year": 2024, "value": 20},
        {"unit": "tỉnh Bến Tre", "indicator": "dti_rank", "year": 2024, "value": 30},
        {"unit": "tỉnh Vĩnh Long", "indicator": "dti_rank", "year": 2024, "value": 25}
    ]"#);
    let weights = Weights::given(WeightKind::Population, [("84".to_owned(), 1.0)], "test");
    let c = carry_forward(&l, &plans, &aliases, &set, date!(2026 - 01 - 01), &weights);
    assert_eq!(c.carried.len(), 1);
    let files = &c.carried[0];
    assert_eq!((files.observation.unit.as_str(), files.observation.value), ("86", 84.0));
    assert_eq!(files.combined.rule.code(), "ratio_of_sums");
    assert!(files.observation.note.as_deref().unwrap().contains("ratio of sums"));
    let why: Vec<&str> = c.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(
        why.iter().any(|m| m.starts_with("digital_economy_share_grdp of 2024") && m.contains("no figure of")),
        "{why:?}"
    );
    assert!(why.iter().any(|m| m.contains("a rank is not combined")), "{why:?}");
}

#[test]
fn the_merged_view_and_its_errors() {
    let l = lineage();
    let plans = chitieu::bundled::plans().unwrap();
    let aliases = chitieu::bundled::units().unwrap();
    let observations = chitieu::bundled::observations().unwrap();
    let view = merged_view(&l, "tỉnh Vĩnh Long", date!(2026 - 01 - 01), &plans, &aliases, &observations, None).unwrap();
    let mut names: Vec<&str> = view.predecessors.iter().map(|p| p.unit.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["Bến Tre", "Trà Vinh", "Vĩnh Long"]);
    let tv = view.predecessors.iter().find(|p| p.unit.code == "84").unwrap();
    assert_eq!(tv.plans, ["tra_vinh"]);
    assert_eq!(view.weights.kind, WeightKind::Communes);
    assert_eq!(view.weights.values.values().sum::<f64>(), 354.0); // 148 + 104 + 102 communes
    let dti = view.indicators.iter().find(|i| i.indicator == "dti_rank").unwrap();
    assert_eq!(dti.targets[0].reason.unwrap().code(), "rank_not_combined");
    let files = view.indicators.iter().find(|i| i.indicator == "work_files_online").unwrap();
    assert_eq!(files.targets.len(), 2); // the province-tier targets of 2025 and 2030
    assert_eq!(files.missing, ["83", "86"]);
    // A weight missing for one predecessor: the figure is not combined, and the note says which.
    let mut set = observations.clone();
    set.observations.extend(
        serde_json::from_str::<Vec<Observation>>(
            r#"[{"unit": "83", "indicator": "digital_economy_share_grdp", "year": 2024, "value": 8.4},
                {"unit": "86", "indicator": "digital_economy_share_grdp", "year": 2024, "value": 9.0}]"#,
        )
        .unwrap(),
    );
    let some = Weights::given(WeightKind::Population, [("84".to_owned(), 1.0e6), ("83".to_owned(), 1.2e6)], "test");
    let v = merged_view(&l, "86", date!(2026 - 01 - 01), &plans, &aliases, &set, Some(&some)).unwrap();
    let gdp = v.indicators.iter().find(|i| i.indicator == "digital_economy_share_grdp").unwrap();
    assert_eq!(gdp.reason.unwrap().code(), "combine_failed");
    assert!(gdp.note.as_deref().unwrap().contains("has no population weight"), "{:?}", gdp.note);
    let e = merged_view(&l, "Vĩnh Long", date!(2025 - 06 - 30), &plans, &aliases, &set, None).unwrap_err();
    assert_eq!((e.code(), e.path().as_deref()), ("ambiguous_unit", Some("code_or_name")));
    assert!(e.to_string().contains("Xã Vĩnh Long"));
    let e = merged_view(&l, "Hà Nội", date!(2026 - 01 - 01), &plans, &aliases, &set, None).unwrap_err();
    assert_eq!(e.code(), "not_a_successor");
    let e = merged_view(&l, "tỉnh Trà Vinh", date!(2026 - 01 - 01), &plans, &aliases, &set, None).unwrap_err();
    assert_eq!(e.code(), "not_in_force");
}
