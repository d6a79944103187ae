//! The catalogue of indicators: the bundled one covers every indicator of every bundled plan and national
//! document and agrees with each on unit and polarity; bad files get path-named problems; a user's file
//! merges over the bundled one with its conflicts reported.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::io::catalogue::extend_from_json;
use chitieu::model::{ConflictField, DtiComponent};
use chitieu::{bundled, Catalogue, ChitieuError, MeasureUnit, Polarity};

fn all_plans() -> Vec<chitieu::Plan> {
    let mut plans = bundled::plans().unwrap();
    plans.extend(bundled::national_plans().unwrap());
    plans
}

#[test]
fn every_indicator_of_every_bundled_plan_is_in_the_catalogue_and_agrees() {
    let catalogue = bundled::catalogue().unwrap();
    let mut used = std::collections::BTreeSet::new();
    for plan in all_plans() {
        for ind in &plan.indicators {
            used.insert(ind.id.clone());
            let entry =
                catalogue.indicator(&ind.id).unwrap_or_else(|| panic!("{}: {} not catalogued", plan.id, ind.id));
            assert_eq!(entry.unit, ind.unit, "{}: {} unit", plan.id, ind.id);
            assert_eq!(entry.polarity, ind.polarity, "{}: {} polarity", plan.id, ind.id);
            assert_eq!(entry.kind, ind.kind(), "{}: {} kind", plan.id, ind.id);
            assert!(catalogue.pillar(&entry.pillar).is_some());
            let sets_target = plan.targets_of(&ind.id).next().is_some();
            assert_eq!(entry.documents.contains(&plan.id), sets_target, "{}: {} documents", plan.id, ind.id);
        }
    }
    // Nothing in the catalogue that no document uses, and nothing used that is missing.
    let ids: std::collections::BTreeSet<String> = catalogue.indicators.iter().map(|i| i.id.clone()).collect();
    assert_eq!(ids, used);
    assert_eq!(catalogue.indicators.len(), 81);
}

#[test]
fn the_bundled_catalogue_holds_known_entries() {
    let catalogue = bundled::catalogue().unwrap();
    let de = catalogue.indicator("digital_economy_share_grdp").unwrap();
    assert_eq!(de.unit, MeasureUnit::PercentOfGrdp);
    assert_eq!(de.dti_component, Some(DtiComponent::DigitalEconomy));
    assert_eq!(de.documents, vec!["binh_dinh_2024", "can_tho", "nq57_2024", "tay_ninh_city", "tra_vinh"]);
    let dti = catalogue.indicator("dti_rank").unwrap();
    assert_eq!(
        (dti.unit, dti.polarity, dti.dti_component),
        (MeasureUnit::Rank, Polarity::LowerIsBetter, Some(DtiComponent::Overall))
    );
    assert_eq!(catalogue.indicator("tfp_contribution_growth").unwrap().dti_component, None);
    assert!(catalogue.validate().is_empty());
    // It round-trips through its JSON.
    assert_eq!(Catalogue::from_json(&catalogue.to_json()).unwrap().value, catalogue);
}

const ENTRY: &str = r#"{"id": "x", "name_vi": "x", "name_en": "x", "unit": "percent", "polarity": "higher_is_better", "kind": "level_or_share", "pillar": "p"}"#;

fn problems(text: &str) -> Vec<(String, String)> {
    let err = Catalogue::from_json(text).unwrap_err();
    err.problems().iter().map(|p| (p.path.clone(), p.code.as_str().to_owned())).collect()
}

#[test]
fn a_bad_catalogue_gets_every_problem_with_its_path() {
    let pillars = r#""pillars": [{"id": "p", "name_vi": "P", "name_en": "P"}]"#;
    let duplicate = format!(r#"{{"format_version": 1, {pillars}, "indicators": [{ENTRY}, {ENTRY}]}}"#);
    assert_eq!(problems(&duplicate), vec![("indicators[1].id".to_owned(), "duplicate_id".to_owned())]);
    let unknown = ENTRY.replace(r#""pillar": "p""#, r#""pillar": "q""#);
    let text = format!(r#"{{"format_version": 1, {pillars}, "indicators": [{unknown}]}}"#);
    assert_eq!(problems(&text), vec![("indicators[0].pillar".to_owned(), "unknown_pillar".to_owned())]);
    let bad_unit = ENTRY.replace(r#""unit": "percent""#, r#""unit": "percents""#);
    let kind = ENTRY
        .replace(r#""unit": "percent""#, r#""unit": "rank""#)
        .replace(r#""polarity": "higher_is_better""#, r#""polarity": "lower_is_better""#);
    let text = format!(r#"{{"format_version": 1, {pillars}, "indicators": [{bad_unit}, {kind}]}}"#);
    let found = problems(&text);
    assert!(found.contains(&("indicators[0].unit".to_owned(), "wrong_type".to_owned())), "{found:?}");
    assert!(found.contains(&("indicators[1].kind".to_owned(), "kind_mismatch".to_owned())), "{found:?}");
    let text = format!(r#"{{"format_version": 2, {pillars}, "indicators": [], "extra": 1}}"#);
    let found = problems(&text);
    assert!(found.contains(&("format_version".to_owned(), "unsupported_version".to_owned())), "{found:?}");
    assert!(found.contains(&("extra".to_owned(), "unknown_field".to_owned())), "{found:?}");
}

#[test]
fn a_users_file_merges_over_the_bundled_catalogue_with_conflicts_reported() {
    let base = bundled::catalogue().unwrap();
    let user = r#"{"format_version": 1, "pillars": [{"id": "environment", "name_vi": "Môi trường", "name_en": "Environment"}],
      "indicators": [
        {"id": "work_files_online", "name_vi": "Tỷ lệ hồ sơ công việc xử lý trên mạng", "name_en": "Work files handled online", "unit": "percent",
         "polarity": "higher_is_better", "kind": "level_or_share", "pillar": "digital_government", "documents": ["my_commune"]},
        {"id": "dti_rank", "name_vi": "chỉ số chuyển đổi số", "name_en": "DTI score", "unit": "index",
         "polarity": "higher_is_better", "kind": "level_or_share", "pillar": "general", "dti_component": "overall"},
        {"id": "air_quality_stations", "name_vi": "trạm quan trắc", "name_en": "Air-quality stations online", "unit": "count",
         "polarity": "higher_is_better", "kind": "level_or_share", "pillar": "environment"}]}"#;
    let extended = extend_from_json(&base, user).unwrap().value;
    assert_eq!(extended.catalogue.indicators.len(), base.indicators.len() + 1);
    assert!(extended.catalogue.indicator("air_quality_stations").is_some());
    let files = extended.catalogue.indicator("work_files_online").unwrap();
    assert_eq!(files.name_vi, "Tỷ lệ hồ sơ công việc xử lý trên mạng");
    assert!(files.documents.contains(&"my_commune".to_owned()) && files.documents.contains(&"tra_vinh".to_owned()));
    let fields: Vec<(&str, ConflictField)> = extended.conflicts.iter().map(|c| (c.id.as_str(), c.field)).collect();
    assert!(fields.contains(&("work_files_online", ConflictField::NameVi)), "{fields:?}");
    assert!(fields.contains(&("work_files_online", ConflictField::DtiComponent)), "{fields:?}");
    assert!(fields.contains(&("dti_rank", ConflictField::Unit)), "{fields:?}");
    assert!(fields.contains(&("dti_rank", ConflictField::Polarity)), "{fields:?}");
    let unit = extended.conflicts.iter().find(|c| c.id == "dti_rank" && c.field == ConflictField::Unit).unwrap();
    assert_eq!((unit.replaced.as_str(), unit.kept.as_str()), ("rank", "index"));
    assert!(extended.catalogue.validate().is_empty());
    // The user's file is checked too, with the bundled pillars known.
    let bad = r#"{"format_version": 1, "indicators": [{"id": "a", "name_vi": "a", "name_en": "a", "unit": "count",
       "polarity": "higher_is_better", "kind": "level_or_share", "pillar": "nowhere"}]}"#;
    let err = extend_from_json(&base, bad).unwrap_err();
    assert_eq!(err.problems()[0].path, "indicators[0].pillar");
}
