//! The path and code of a value that does not read as its type, through `io::json::read` (text) and
//! `io::json::from_value` (a value already parsed, as the Python binding passes it): nested arrays and
//! objects, missing, unknown and mistyped fields, enums, tuples, checked records, strings holding
//! brackets, quotes and escapes, keys outside ASCII. The paths are those serde_path_to_error gave before
//! the loaders tracked paths themselves (checked against it when the change was made).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::BTreeMap;

use chitieu::io::json;
use chitieu::{Anchor, ChitieuError, Comparator, LoadError, Observation, ReportingCalendar};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Doc {
    groups: Vec<Group>,
    #[serde(default)]
    weights: BTreeMap<String, Point>,
    #[serde(default)]
    bounds: Option<(f64, f64)>,
    #[serde(default, rename = "kỳ báo cáo")]
    periods: Vec<Period>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Group {
    name: String,
    points: Vec<Point>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Point {
    t: i32,
    value: f64,
    #[serde(default)]
    comparator: Option<Comparator>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Period {
    #[serde(rename = "năm")]
    year: i32,
}

/// The code, path and message of the first problem, read from text and from the parsed value (which
/// must agree).
fn first<T: DeserializeOwned + std::fmt::Debug>(doc: &Value) -> (String, String, String) {
    let from_text = json::read::<T>(&doc.to_string()).unwrap_err();
    let from_value = json::from_value::<T>(doc).unwrap_err();
    let one = |e: &LoadError| {
        let p = &e.problems()[0];
        (p.code.as_str().to_owned(), p.path.clone(), p.message.clone())
    };
    assert_eq!(one(&from_text), one(&from_value), "text and value disagree on {doc}");
    assert_eq!(from_text.code(), one(&from_text).0);
    one(&from_text)
}

fn at<T: DeserializeOwned + std::fmt::Debug>(doc: Value) -> (String, String) {
    let (code, path, _) = first::<T>(&doc);
    (code, path)
}

fn pair(code: &str, path: &str) -> (String, String) {
    (code.to_owned(), path.to_owned())
}

fn doc(points_of_b: Value) -> Value {
    json!({"groups": [
        {"name": "a", "points": [{"t": 2020, "value": 1.5}]},
        {"name": "b", "points": points_of_b},
    ]})
}

#[test]
fn nested_arrays_and_objects() {
    let bad = doc(json!([{"t": 2020, "value": 1}, {"t": 2021, "value": "x"}]));
    assert_eq!(at::<Doc>(bad), pair("wrong_type", "groups[1].points[1].value"));
    let bad = doc(json!([{"t": 2020, "value": 1}, {"t": 2021.5, "value": 2}]));
    assert_eq!(at::<Doc>(bad), pair("wrong_type", "groups[1].points[1].t"));
    // A whole element of the wrong kind, and a list given as an object.
    assert_eq!(at::<Doc>(doc(json!([{"t": 2020, "value": 1}, 7]))), pair("wrong_type", "groups[1].points[1]"));
    assert_eq!(at::<Doc>(doc(json!({"t": 2020}))), pair("wrong_type", "groups[1].points"));
    assert_eq!(at::<Doc>(json!({"groups": {}})), pair("wrong_type", "groups"));
    // A value given as an array or an object: the value's path, not its first element's.
    assert_eq!(at::<Doc>(doc(json!([{"t": [2020], "value": 1}]))), pair("wrong_type", "groups[1].points[0].t"));
    assert_eq!(at::<Doc>(doc(json!([{"t": {"y": 1}, "value": 1}]))), pair("wrong_type", "groups[1].points[0].t"));
    // The document itself. A record is an object: an array of its fields in order, which serde_json's readers
    // take, is refused whole, even when its fields are right (before 4 Dec 2026 it was read; `[1, 2]` was
    // refused at its first field, "[0]").
    assert_eq!(at::<Doc>(json!([1, 2])), pair("wrong_type", ""));
    let (code, path, message) = first::<Doc>(&json!([[{"name": "a", "points": [{"t": 2020, "value": 1.5}]}]]));
    assert_eq!((code.as_str(), path.as_str()), ("wrong_type", ""));
    assert_eq!(message, "invalid type: sequence");
    assert_eq!(at::<Doc>(doc(json!([[2020, 1.5]]))), pair("wrong_type", "groups[1].points[0]"));
    assert_eq!(at::<Doc>(json!("groups")), pair("wrong_type", ""));
}

#[test]
fn missing_field_is_named_in_its_object() {
    let (code, path, message) = first::<Doc>(&doc(json!([{"t": 2020, "value": 1}, {"t": 2021}])));
    assert_eq!((code.as_str(), path.as_str()), ("missing_field", "groups[1].points[1].value"));
    assert_eq!(message, "missing field `value`");
    // The last field of an object, an empty object, and the document's own field.
    assert_eq!(at::<Doc>(doc(json!([{"value": 1}]))), pair("missing_field", "groups[1].points[0].t"));
    assert_eq!(at::<Doc>(doc(json!([{}]))), pair("missing_field", "groups[1].points[0].t"));
    assert_eq!(at::<Doc>(json!({"weights": {}})), pair("missing_field", "groups"));
}

#[test]
fn unknown_field_is_named_with_its_key() {
    let bad = doc(json!([{"t": 2020, "value": 1, "vaule": 2}]));
    let (code, path, message) = first::<Doc>(&bad);
    assert_eq!((code.as_str(), path.as_str()), ("unknown_field", "groups[1].points[0].vaule"));
    assert_eq!(message, "unknown field `vaule`");
    assert_eq!(at::<Doc>(json!({"groups": [], "surprise": true})), pair("unknown_field", "surprise"));
    // Keys are read in order: an unknown key before a mistyped one is the problem reported.
    let bad = doc(json!([{"a_first": 1, "t": "x", "value": 1}]));
    assert_eq!(at::<Doc>(bad), pair("unknown_field", "groups[1].points[0].a_first"));
}

#[test]
fn wrong_type_names_what_was_found() {
    let (code, path, message) = first::<Doc>(&doc(json!([{"t": 2020, "value": true}])));
    assert_eq!((code.as_str(), path.as_str()), ("wrong_type", "groups[1].points[0].value"));
    assert_eq!(message, "invalid type: boolean `true`");
    let (_, _, message) = first::<Doc>(&doc(json!([{"t": 2020, "value": [1]}])));
    assert_eq!(message, "invalid type: sequence");
    let (_, _, message) = first::<Doc>(&doc(json!([{"t": -3_000_000_000_i64, "value": 1}])));
    assert_eq!(message, "invalid value: integer `-3000000000`");
}

#[test]
fn enums_given_something_else() {
    let point = |c: Value| doc(json!([{"t": 2020, "value": 1, "comparator": c}]));
    let path = "groups[1].points[0].comparator";
    let (code, p, message) = first::<Doc>(&point(json!("greater_than")));
    assert_eq!((code.as_str(), p.as_str(), message.as_str()), ("wrong_type", path, "unknown variant `greater_than`"));
    for bad in [json!(3), json!(-1.5), json!(true), json!([]), json!({}), json!({"a": 1, "b": 2})] {
        assert_eq!(at::<Doc>(point(bad.clone())), pair("wrong_type", path), "{bad}");
    }
    assert_eq!(first::<Doc>(&point(json!(3))).2, "invalid type: integer `3`");
    assert_eq!(first::<Doc>(&point(json!({}))).2, "invalid value: map");
    // An object of one key: an unknown variant is the enum's problem, a valid one with a value is the
    // variant's.
    assert_eq!(at::<Doc>(point(json!({"greater_than": null}))), pair("wrong_type", path));
    assert_eq!(at::<Doc>(point(json!({"at_least": 1}))), pair("wrong_type", &format!("{path}.at_least")));
    // `null` where the enum may be absent.
    assert!(json::from_value::<Doc>(&point(Value::Null)).is_ok());
    // An enum alone.
    assert_eq!(at::<Comparator>(json!("above")), pair("wrong_type", ""));
}

#[test]
fn tuples_of_the_wrong_length() {
    let (code, path, message) = first::<Doc>(&json!({"groups": [], "bounds": [0]}));
    assert_eq!((code.as_str(), path.as_str()), ("wrong_type", "bounds"));
    assert_eq!(message, "invalid length 1");
    let (code, path, message) = first::<Doc>(&json!({"groups": [], "bounds": [0, 100, 5]}));
    assert_eq!((code.as_str(), path.as_str()), ("wrong_type", "bounds"));
    assert_eq!(message, "invalid length 3");
    assert_eq!(at::<Doc>(json!({"groups": [], "bounds": [0, "x"]})), pair("wrong_type", "bounds[1]"));
}

#[test]
fn checked_records_and_lenient_fields() {
    let good = json!({"unit": "tra_vinh", "indicator": "x", "year": 2023, "value": 1});
    let both = json!({"unit": "tra_vinh", "indicator": "x", "year": 2023, "date": "2023-05-01", "value": 1});
    // A record checked after it is read (`year` or `date`): the record's path.
    let (code, path, message) = first::<Vec<Observation>>(&json!([good, both]));
    assert_eq!((code.as_str(), path.as_str()), ("wrong_type", "[1]"));
    assert!(message.contains("either `year` or `date`"), "{message}");
    // A field read leniently (`"năm 2023"`), refused: the field's path, first or last in its object.
    let year = |y: Value| json!([good, {"unit": "tra_vinh", "indicator": "x", "year": y, "value": 1}]);
    assert_eq!(at::<Vec<Observation>>(year(json!(true))), pair("wrong_type", "[1].year"));
    assert_eq!(at::<Vec<Observation>>(year(json!("sometime"))), pair("wrong_type", "[1].year"));
    // A text that is not a date has a code of its own (it was `wrong_type` before December 2026).
    let date = json!([{"date": "2023-13-45", "indicator": "x", "unit": "u", "value": 1}]);
    assert_eq!(at::<Vec<Observation>>(date), pair("invalid_date", "[0].date"));
    let date = json!([{"date": {"y": 2023}, "indicator": "x", "unit": "u", "value": 1}]);
    assert_eq!(at::<Vec<Observation>>(date), pair("wrong_type", "[0].date"));
}

#[test]
fn the_core_types_the_bindings_read() {
    let anchors = json!([{"t": 2022, "value": 62}, {"t": 2025, "value": "90"}]);
    assert_eq!(at::<Vec<Anchor>>(anchors), pair("wrong_type", "[1].value"));
    let calendar = json!({"schedules": [{"frequency": "monthly", "month_of_period": 1, "day": 31, "quote": ""}]});
    assert_eq!(at::<ReportingCalendar>(calendar), pair("missing_field", "schedules[0].strictly_before"));
    let calendar = json!({"schedules": [{"frequency": "weekly", "month_of_period": 1, "day": 3, "strictly_before": false, "quote": ""}]});
    assert_eq!(at::<ReportingCalendar>(calendar), pair("wrong_type", "schedules[0].frequency"));
}

#[test]
fn strings_with_brackets_quotes_and_escapes() {
    let tricky = "a [b] \"c\" {d}: , \\ \n é";
    let bad = json!({"groups": [
        {"name": tricky, "points": [{"t": 2020, "value": 1}]},
        {"name": tricky, "points": [{"t": 2020, "value": tricky}]},
    ]});
    let (code, path, message) = first::<Doc>(&bad);
    assert_eq!((code.as_str(), path.as_str()), ("wrong_type", "groups[1].points[0].value"));
    assert!(message.contains("a [b]"), "{message}");
    // Keys holding brackets, dots and quotes are named as they are.
    let key = "x[0].y \"q\"";
    let bad = json!({"groups": [], "weights": {"plain": {"t": 1, "value": 1}, key: {"t": 1, "value": "v"}}});
    assert_eq!(at::<Doc>(bad), pair("wrong_type", "weights.x[0].y \"q\".value"));
    let bad = json!({"groups": [], "weights": {key: {"t": 1, "value": 1, "]": 0}}});
    assert_eq!(at::<Doc>(bad), pair("unknown_field", "weights.x[0].y \"q\".]"));
}

#[test]
fn keys_outside_ascii() {
    let bad = json!({"groups": [], "kỳ báo cáo": [{"năm": 2023}, {"năm": "hai nghìn"}]});
    assert_eq!(at::<Doc>(bad), pair("wrong_type", "kỳ báo cáo[1].năm"));
    let bad = json!({"groups": [], "kỳ báo cáo": [{"năm": 2023, "tỉnh": "Trà Vinh"}]});
    assert_eq!(at::<Doc>(bad), pair("unknown_field", "kỳ báo cáo[0].tỉnh"));
    let bad = json!({"groups": [], "kỳ báo cáo": [{}]});
    assert_eq!(at::<Doc>(bad), pair("missing_field", "kỳ báo cáo[0].năm"));
}

#[test]
fn text_that_is_not_json() {
    let text = doc(json!([{"t": 2020, "value": 1}])).to_string();
    let e = json::read::<Doc>(&text[..text.len() - 7]).unwrap_err();
    assert_eq!(e.code(), "truncated_input");
    assert!(e.path().unwrap_or_default().starts_with("line 1, column "), "{:?}", e.path());
    let e = json::read::<Doc>("{\"groups\": [}").unwrap_err();
    assert_eq!(e.code(), "json_syntax");
    let e = json::read::<Doc>("{\"groups\": [], \"groups\": []}").unwrap_err();
    assert_eq!(e.code(), "duplicate_key");
}

#[test]
fn a_plan_reports_paths_inside_its_lists() {
    let mut plan: Value = serde_json::from_str(chitieu::bundled::plan_json("tra_vinh").unwrap()).unwrap();
    plan["targets"][2]["comparator"] = json!({"at_least": 1});
    plan["targets"][4]["tier"] = json!(["province"]);
    plan["budget"]["lines"][1].as_object_mut().unwrap().remove("amount");
    let e = chitieu::Plan::from_json(&plan.to_string()).unwrap_err();
    let found: Vec<(String, &str)> = e.problems().iter().map(|p| (p.path.clone(), p.code.as_str())).collect();
    for (path, code) in [
        ("targets[2].comparator.at_least", "wrong_type"),
        ("targets[4].tier", "wrong_type"),
        ("budget.lines[1].amount", "missing_field"),
    ] {
        assert!(found.contains(&(path.to_owned(), code)), "{path} {code} not in {found:?}");
    }
}
