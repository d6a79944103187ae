//! Bad plans are rejected with every problem named: where, what, and what would be accepted.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::{bundled, ChitieuError, Plan, ProblemCode};
use serde_json::{json, Value};

fn base() -> Value {
    serde_json::from_str(bundled::plan_json("tra_vinh").unwrap()).unwrap()
}

fn problems(doc: &Value) -> Vec<(String, ProblemCode)> {
    match Plan::from_json(&doc.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems().iter().map(|p| (p.path.clone(), p.code)).collect(),
    }
}

fn has(doc: &Value, path: &str, code: ProblemCode) {
    let found = problems(doc);
    assert!(found.iter().any(|(p, c)| p == path && *c == code), "expected {code} at {path}, got {found:?}");
}

#[test]
fn empty_and_truncated_and_syntax() {
    for empty in ["", "   \n\t"] {
        let e = Plan::from_json(empty).unwrap_err();
        assert_eq!(e.problem_code(), ProblemCode::EmptyInput);
    }
    let text = bundled::plan_json("tra_vinh").unwrap();
    let cut = &text[..text.len() / 2];
    let e = Plan::from_json(cut).unwrap_err();
    assert_eq!(e.problem_code(), ProblemCode::TruncatedInput);
    assert!(e.path().unwrap_or_default().starts_with("line "), "{:?}", e.path());

    let e = Plan::from_json("{\"id\": tra_vinh}").unwrap_err();
    assert_eq!(e.problem_code(), ProblemCode::JsonSyntax);
    assert!(e.path().unwrap_or_default().starts_with("line 1, column "), "{:?}", e.path());

    let e = Plan::from_json("[1, 2]").unwrap_err();
    assert_eq!(e.problem_code(), ProblemCode::WrongType);
}

#[test]
fn non_finite_numbers_in_json_text() {
    let text = bundled::plan_json("tra_vinh").unwrap().replacen("\"value\": 90", "\"value\": NaN", 1);
    assert_eq!(Plan::from_json(&text).unwrap_err().problem_code(), ProblemCode::NonFinite);
    let text = bundled::plan_json("tra_vinh").unwrap().replacen("\"value\": 90", "\"value\": 1e999", 1);
    assert_eq!(Plan::from_json(&text).unwrap_err().problem_code(), ProblemCode::NonFinite);
}

#[test]
fn non_finite_numbers_built_in_code() {
    let mut plan = bundled::plan("tra_vinh").unwrap();
    plan.targets[3].value = f64::INFINITY;
    let found = plan.validate();
    assert!(found.iter().any(|p| p.path == "targets[3].value" && p.code == ProblemCode::NonFinite), "{found:?}");
}

#[test]
fn percent_out_of_range_names_the_target() {
    let mut doc = base();
    doc["targets"][12]["value"] = json!(120);
    has(&doc, "targets[12].value", ProblemCode::PercentOutOfRange);
    let e = Plan::from_json(&doc.to_string()).unwrap_err();
    let p = &e.problems()[0];
    assert!(p.message.contains("120") && p.expected.contains("0..100"), "{p}");
}

#[test]
fn unknown_indicator_and_pillar() {
    let mut doc = base();
    doc["targets"][0]["indicator"] = json!("no_such_thing");
    doc["indicators"][0]["pillar"] = json!("space_program");
    has(&doc, "targets[0].indicator", ProblemCode::UnknownIndicator);
    has(&doc, "indicators[0].pillar", ProblemCode::UnknownPillar);
}

#[test]
fn duplicate_ids() {
    let mut doc = base();
    let first = doc["targets"][0]["id"].clone();
    doc["targets"][5]["id"] = first;
    let dup_ind = doc["indicators"][0]["id"].clone();
    doc["indicators"][1]["id"] = dup_ind;
    has(&doc, "targets[5].id", ProblemCode::DuplicateId);
    has(&doc, "indicators[1].id", ProblemCode::DuplicateId);
}

#[test]
fn target_year_outside_the_plan() {
    let mut doc = base();
    doc["targets"][2]["year"] = json!(2035);
    has(&doc, "targets[2].year", ProblemCode::YearOutOfRange);
}

#[test]
fn comparator_against_polarity() {
    let mut doc = base();
    // A ceiling on a higher-is-better share.
    let i = doc["targets"].as_array().unwrap().iter().position(|t| t["indicator"] == "work_files_online").unwrap();
    doc["targets"][i]["comparator"] = json!("at_most");
    has(&doc, &format!("targets[{i}].comparator"), ProblemCode::ComparatorContradictsPolarity);
    // A floor on a rank.
    let mut doc = base();
    let i = doc["targets"].as_array().unwrap().iter().position(|t| t["indicator"] == "dti_rank").unwrap();
    doc["targets"][i]["comparator"] = json!("at_least");
    has(&doc, &format!("targets[{i}].comparator"), ProblemCode::ComparatorContradictsPolarity);
}

#[test]
fn budget_that_does_not_add_up() {
    let mut doc = base();
    doc["budget"]["lines"][0]["amount"] = json!(20_000_000_001_i64);
    has(&doc, "budget.lines", ProblemCode::BudgetLinesMismatch);
    let mut doc = base();
    doc["budget"]["subtotals"][0]["amount"] = json!(140_000_000_000_i64);
    has(&doc, "budget.subtotals[0].amount", ProblemCode::BudgetSubtotalMismatch);
    let mut doc = base();
    doc["budget"]["total"] = json!(-5);
    has(&doc, "budget.total", ProblemCode::NegativeAmount);
}

#[test]
fn several_problems_are_all_reported() {
    let mut doc = base();
    doc["targets"][1]["value"] = json!("90%");
    doc["targets"][4]["comparator"] = json!("greater_than");
    doc["targets"][6]["value"] = json!(-3);
    doc["targets"][7]["year"] = json!(1999);
    doc["indicators"][2]["unit"] = json!("percents");
    doc["surprise"] = json!(true);
    let found = problems(&doc);
    for (path, code) in [
        ("targets[1].value", ProblemCode::WrongType),
        ("targets[4].comparator", ProblemCode::WrongType),
        ("targets[6].value", ProblemCode::PercentOutOfRange),
        ("targets[7].year", ProblemCode::YearOutOfRange),
        ("indicators[2].unit", ProblemCode::WrongType),
        ("surprise", ProblemCode::UnknownField),
    ] {
        assert!(found.iter().any(|(p, c)| p == path && *c == code), "missing {code} at {path} in {found:?}");
    }
    assert!(found.len() >= 6);
}

#[test]
fn wrong_type_says_what_is_accepted() {
    let mut doc = base();
    doc["targets"][0]["comparator"] = json!("greater_than");
    let e = Plan::from_json(&doc.to_string()).unwrap_err();
    let p = e.problems().iter().find(|p| p.path == "targets[0].comparator").unwrap();
    assert!(p.expected.contains("at_least") && p.expected.contains("more_than"), "{p}");
    assert!(p.message.contains("greater_than"), "{p}");
}

#[test]
fn missing_and_unknown_fields_inside_elements() {
    let mut doc = base();
    doc["targets"][3].as_object_mut().unwrap().remove("quote");
    doc["targets"][8]["qoute"] = json!("typo");
    has(&doc, "targets[3].quote", ProblemCode::MissingField);
    has(&doc, "targets[8].qoute", ProblemCode::UnknownField);
    let mut doc = base();
    doc.as_object_mut().unwrap().remove("jurisdiction");
    has(&doc, "jurisdiction", ProblemCode::MissingField);
}

#[test]
fn invalid_ids_periods_and_deadlines() {
    let mut doc = base();
    doc["targets"][0]["id"] = json!("Hồ sơ 2025");
    doc["period"]["horizon"] = json!(2024);
    doc["reporting"]["schedules"][0]["day"] = json!(31);
    has(&doc, "targets[0].id", ProblemCode::InvalidId);
    has(&doc, "period.horizon", ProblemCode::InvalidPeriod);
    has(&doc, "reporting.schedules[0].day", ProblemCode::InvalidDeadline);
    let mut doc = base();
    doc["jurisdiction"]["level"] = json!("commune");
    has(&doc, "jurisdiction.level", ProblemCode::LevelMismatch);
    let mut doc = base();
    doc["format_version"] = json!(2);
    has(&doc, "format_version", ProblemCode::UnsupportedVersion);
}

#[test]
fn errors_display_path_code_and_expectation() {
    let mut doc = base();
    doc["targets"][12]["value"] = json!(120);
    let e = Plan::from_json(&doc.to_string()).unwrap_err();
    let text = e.to_string();
    assert!(
        text.contains("targets[12].value") && text.contains("percent_out_of_range") && text.contains("0..100"),
        "{text}"
    );
    assert_eq!(e.path().as_deref(), Some("targets[12].value"));
}

#[test]
fn a_key_twice_in_one_object_is_not_silently_dropped() {
    let text = bundled::plan_json("tra_vinh").unwrap().replacen("\"value\": 90,", "\"value\": 90, \"value\": 95,", 1);
    let e = Plan::from_json(&text).unwrap_err();
    assert_eq!(e.problem_code(), ProblemCode::DuplicateKey);
    assert!(e.path().unwrap_or_default().starts_with("line "), "{:?}", e.path());
    assert!(e.problems()[0].message.contains("`value`"), "{}", e.problems()[0]);
}

#[test]
fn a_date_that_does_not_read_says_which_part_is_wrong() {
    // Regression: a bad date in a plan was `wrong_type` with `time`'s message ("the 'month' component could not
    // be parsed"), and "+2025-01-05" (a signed year) was read as a date.
    for (text, message) in [
        ("2025-13-40", "date \"2025-13-40\": month 13 is not 1 to 12"),
        ("2025-02-30", "date \"2025-02-30\": 2025-02 has no day 30"),
        ("31/12/2025", "date \"31/12/2025\": not written YYYY-MM-DD"),
        ("+2025-01-05", "date \"+2025-01-05\": not written YYYY-MM-DD"),
    ] {
        let mut doc = base();
        doc["document"]["signed_on"] = json!(text);
        let e = Plan::from_json(&doc.to_string()).unwrap_err();
        let p = e.problems().iter().find(|p| p.path == "document.signed_on").expect(text);
        assert_eq!(
            (p.code, p.message.as_str(), p.expected.as_str()),
            (ProblemCode::InvalidDate, message, "a date YYYY-MM-DD")
        );
    }
    let mut doc = base();
    doc["document"]["signed_on"] = json!(20250105);
    has(&doc, "document.signed_on", ProblemCode::WrongType);
    // A good date still reads and is written back the same.
    let mut doc = base();
    doc["document"]["signed_on"] = json!("2024-02-29");
    let plan = Plan::from_json(&doc.to_string()).unwrap().value;
    assert!(plan.to_json().contains("\"signed_on\": \"2024-02-29\""), "{}", plan.to_json());
}
