//! Runs every case of `tests/vectors/*.json`, the contract shared with the Python and JavaScript
//! bindings. Expected values come from `tests/vectors/make_vectors.py`, which shares no code with this
//! crate.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::calc::achievement::achievement;
use chitieu::calc::cumulative::{cumulative_change, CumulativeInput};
use chitieu::calc::merger::{combine, merged_view, Part};
use chitieu::calc::method::Method;
use chitieu::calc::milestone::{interpolate, Anchor, Path};
use chitieu::calc::progress::{growth_ratio, required_pace, score, GrowthInput};
use chitieu::calc::projection::{project, Model, ProjectionInput};
use chitieu::calc::rank::{rank_progress, RankInput};
use chitieu::calc::rollup::{ratio_of_sums, tier_check, weighted_mean};
use chitieu::calc::succession::Lineage;
use chitieu::calc::yearly_rate::{yearly_rate, YearlyRateInput};
use chitieu::ChitieuError;
use chitieu::{Comparator, Frequency, Polarity, ReportSchedule, ReportingCalendar};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

fn get<T: DeserializeOwned>(input: &Value, key: &str) -> T {
    serde_json::from_value(input[key].clone()).unwrap_or_else(|e| panic!("input {key}: {e} in {input}"))
}

fn opt<T: DeserializeOwned>(input: &Value, key: &str) -> Option<T> {
    input.get(key).filter(|v| !v.is_null()).map(|v| serde_json::from_value(v.clone()).unwrap())
}

fn num(x: Option<f64>) -> Value {
    x.map_or(Value::Null, |v| json!(v))
}

fn code<T: serde::Serialize>(x: Option<T>) -> Value {
    x.map_or(Value::Null, |v| serde_json::to_value(v).unwrap())
}

fn bounds(input: &Value) -> Option<(f64, f64)> {
    opt::<[f64; 2]>(input, "bounds").map(|[lo, hi]| (lo, hi))
}

fn path(input: &Value) -> Result<Path, String> {
    let anchors: Vec<Value> = get(input, "anchors");
    let anchors = anchors
        .iter()
        .map(|a| Anchor { t: get(a, "t"), value: get(a, "value"), comparator: opt(a, "comparator"), target: None })
        .collect();
    Path::new(anchors, get(input, "curve"), bounds(input)).map_err(|e| e.code().to_owned())
}

fn date(text: &str) -> time::Date {
    chitieu::model::date::parse(text).unwrap()
}

/// Runs one function on one input: the expected-shape output, or an error code.
fn run(function: &str, input: &Value) -> Result<Value, String> {
    Ok(match function {
        "fractional_year" => {
            json!({"t": chitieu::model::observation::fractional_year(date(&get::<String>(input, "date")))})
        }
        "attained" => {
            let c: Comparator = get(input, "comparator");
            json!({"attained": c.holds(get(input, "value"), get(input, "target"), get(input, "polarity"), opt(input, "tolerance"))})
        }
        "interpolate" => {
            let (value, used) = interpolate(
                get(input, "curve"),
                get(input, "t0"),
                get(input, "v0"),
                get(input, "t1"),
                get(input, "v1"),
                get(input, "t"),
                bounds(input),
            )
            .map_err(|e| e.code().to_owned())?;
            json!({"value": value, "curve_used": used})
        }
        "milestones" => {
            let p = path(input)?;
            let at: Vec<f64> = get(input, "at");
            let ms = p.milestones(&at).map_err(|e| e.code().to_owned())?;
            let list: Vec<Value> = ms
                .iter()
                .map(|m| json!({"t": m.t, "value": m.value, "kind": m.kind, "comparator": m.comparator, "curve_used": m.curve}))
                .collect();
            json!({ "milestones": list })
        }
        "achievement" => {
            let a = achievement(
                get(input, "comparator"),
                get(input, "polarity"),
                opt(input, "baseline"),
                get(input, "target"),
                get(input, "value"),
                opt(input, "tolerance"),
            )
            .map_err(|e| e.code().to_owned())?;
            json!({
                "attained": a.attained,
                "percent_of_target": num(a.percent_of_target),
                "percent_of_target_reason": code(a.percent_of_target_reason),
                "progress_from_baseline": num(a.progress_from_baseline),
                "progress_from_baseline_reason": code(a.progress_from_baseline_reason),
                "gap": a.gap,
            })
        }
        "score" => json!({"score": score(get(input, "ratio"))}),
        "growth_ratio" => {
            let g = growth_ratio(&GrowthInput {
                baseline_t: get(input, "baseline_t"),
                baseline: get(input, "baseline"),
                target_t: get(input, "target_t"),
                target: get(input, "target"),
                t: get(input, "t"),
                value: get(input, "value"),
                comparator: get(input, "comparator"),
                polarity: get(input, "polarity"),
                tolerance: opt(input, "tolerance"),
            })
            .map_err(|e| e.code().to_owned())?;
            json!({
                "category": g.category, "score": num(g.score), "cagr_actual": num(g.cagr_actual),
                "cagr_required": num(g.cagr_required), "ratio": num(g.ratio), "reason": code(g.reason),
            })
        }
        "required_pace" => {
            let p = required_pace(get(input, "value"), get(input, "t"), get(input, "target"), get(input, "target_t"))
                .map_err(|e| e.code().to_owned())?;
            json!({"linear": num(p.linear), "compound": num(p.compound), "reason": code(p.reason)})
        }
        "time_distance" => {
            let p = path(input)?;
            let polarity: Polarity = get(input, "polarity");
            match p.time_distance(get(input, "t"), get(input, "value"), polarity) {
                Ok(years) => json!({"years": years, "reason": null}),
                Err(u) => json!({"years": null, "reason": u.code()}),
            }
        }
        "projection" => {
            let obs: Vec<Value> = get(input, "observations");
            let p = project(&ProjectionInput {
                observations: obs.iter().map(|o| (get(o, "t"), get(o, "value"))).collect(),
                baseline: opt(input, "baseline"),
                target: get(input, "target"),
                target_t: get(input, "target_t"),
                comparator: get(input, "comparator"),
                polarity: get(input, "polarity"),
                tolerance: opt(input, "tolerance"),
                model: opt::<Model>(input, "model").unwrap_or_default(),
                level: opt(input, "level").unwrap_or(0.9),
            })
            .map_err(|e| e.code().to_owned())?;
            json!({
                "projected": num(p.projected), "gap_ratio": num(p.gap_ratio), "category": code(p.outlook),
                "interval": p.interval.map_or(Value::Null, |(lo, hi)| json!([lo, hi])),
                "probability": num(p.probability), "reason": code(p.reason),
            })
        }
        "ratio_of_sums" => {
            let r = ratio_of_sums(
                &get::<Vec<f64>>(input, "numerators"),
                &get::<Vec<f64>>(input, "denominators"),
                get(input, "scale"),
            )
            .map_err(|e| e.code().to_owned())?;
            json!({"value": r.value, "numerator": r.numerator, "denominator": r.denominator, "units": r.units})
        }
        "weighted_mean" => {
            let r = weighted_mean(&get::<Vec<f64>>(input, "values"), &get::<Vec<f64>>(input, "weights"))
                .map_err(|e| e.code().to_owned())?;
            json!({"value": r.value, "total_weight": r.total_weight, "units": r.units})
        }
        "tier_check" => {
            let units: Vec<Value> = get(input, "units");
            let ids: Vec<String> = units.iter().map(|u| get(u, "unit")).collect();
            let values: Vec<Option<f64>> = units.iter().map(|u| opt(u, "value")).collect();
            let c = tier_check(
                get(input, "comparator"),
                get(input, "polarity"),
                get(input, "target"),
                opt(input, "tolerance"),
                ids.iter().map(String::as_str).zip(values),
            );
            json!({"units": c.units, "reported": c.reported, "attaining": c.attaining, "share_attaining": num(c.share_attaining), "not_attaining": c.not_attaining, "missing": c.missing})
        }
        "reporting_calendar" => {
            let schedules: Vec<Value> = get(input, "schedules");
            let calendar = ReportingCalendar {
                recipient: None,
                schedules: schedules
                    .iter()
                    .map(|s| ReportSchedule {
                        frequency: get::<Frequency>(s, "frequency"),
                        month_of_period: get(s, "month_of_period"),
                        day: get(s, "day"),
                        strictly_before: get(s, "strictly_before"),
                        quote: String::new(),
                    })
                    .collect(),
            };
            let due = |d: &chitieu::calc::reporting::DueDate| json!({"schedule": d.schedule, "period": d.period, "year": d.year, "deadline": d.deadline.to_string(), "last_day": d.last_day.to_string()});
            if let Some(year) = opt::<i32>(input, "year") {
                let list = calendar.due_dates(year).map_err(|e| e.code().to_owned())?;
                json!({"due": list.iter().map(due).collect::<Vec<_>>()})
            } else {
                let next = calendar.next_due(date(&get::<String>(input, "after"))).map_err(|e| e.code().to_owned())?;
                json!({"next": next.as_ref().map_or(Value::Null, due)})
            }
        }
        "indicator_kind" => {
            let unit: chitieu::MeasureUnit = get(input, "unit");
            json!({"kind": unit.kind(), "method": Method::of(unit.kind())})
        }
        "yearly_rate" => {
            let rates: Vec<Value> = get(input, "rates");
            let p = yearly_rate(&YearlyRateInput {
                rates: rates.iter().map(|r| (get(r, "year"), get(r, "rate"))).collect(),
                target: get(input, "target"),
                target_year: opt(input, "target_year"),
                comparator: get(input, "comparator"),
                polarity: get(input, "polarity"),
                tolerance: opt(input, "tolerance"),
            })
            .map_err(|e| e.code().to_owned())?;
            serde_json::to_value(p).unwrap()
        }
        "cumulative_change" => {
            let c: CumulativeInput = serde_json::from_value(input.clone()).unwrap();
            serde_json::to_value(cumulative_change(&c).map_err(|e| e.code().to_owned())?).unwrap()
        }
        "rank_progress" => {
            let r: RankInput = serde_json::from_value(input.clone()).unwrap();
            serde_json::to_value(rank_progress(&r).map_err(|e| e.code().to_owned())?).unwrap()
        }
        "alignment" => {
            let plan = |key: &str| chitieu::Plan::from_json(&input[key].to_string()).unwrap().value;
            let a = chitieu::alignment::align(&plan("first"), &plan("second")).map_err(|e| e.code().to_owned())?;
            serde_json::to_value(a).unwrap()
        }
        "combine" => {
            let c = combine(
                get(input, "rule"),
                get(input, "unit"),
                opt(input, "weight"),
                &get::<Vec<Part>>(input, "parts"),
            )
            .map_err(|e| e.code().to_owned())?;
            json!({"value": c.value, "numerator": c.numerator, "denominator": c.denominator, "total_weight": c.total_weight})
        }
        "merged_view" => merged_view_case(input)?,
        other => panic!("no runner for function {other}"),
    })
}

/// One indicator of a merged view, from the bundled plans, units and observations and the case's extra
/// observations.
fn merged_view_case(input: &Value) -> Result<Value, String> {
    let lineage = Lineage::new(chitieu::bundled::register().unwrap());
    let plans = chitieu::bundled::plans().unwrap();
    let aliases = chitieu::bundled::units().unwrap();
    let mut observations = chitieu::bundled::observations().unwrap();
    observations.observations.extend(get::<Vec<chitieu::Observation>>(input, "extra"));
    let unit: String = get(input, "unit");
    let view =
        merged_view(&lineage, &unit, date(&get::<String>(input, "as_of")), &plans, &aliases, &observations, None)
            .map_err(|e| e.code().to_owned())?;
    let indicator: String = get(input, "indicator");
    let i = view.indicators.iter().find(|i| i.indicator == indicator).unwrap();
    let mut preds: Vec<_> = view.predecessors.iter().collect();
    preds.sort_by(|a, b| a.unit.code.cmp(&b.unit.code));
    Ok(json!({
        "reason": code(i.reason),
        "missing": i.missing,
        "year": i.year,
        "value": num(i.merged.as_ref().map(|m| m.value)),
        "rule": code(i.merged.as_ref().map(|m| m.rule)),
        "weights": preds.iter().map(|p| p.weight).collect::<Vec<_>>(),
        "attained": i.targets.iter().map(|t| t.achievement.as_ref().map(|a| a.attained)).collect::<Vec<_>>(),
    }))
}

/// Whether `got` matches `expected` (numbers within the tolerance); returns the path of the first
/// difference.
fn matches(expected: &Value, got: &Value, rel: f64, abs: f64, at: &str) -> Result<(), String> {
    match (expected, got) {
        (Value::Number(e), Value::Number(g)) => {
            let (e, g) = (e.as_f64().unwrap(), g.as_f64().unwrap());
            if (e - g).abs() <= abs + rel * e.abs() {
                Ok(())
            } else {
                Err(format!("{at}: expected {e}, got {g}"))
            }
        }
        (Value::Array(e), Value::Array(g)) => {
            if e.len() != g.len() {
                return Err(format!("{at}: expected {} items, got {}", e.len(), g.len()));
            }
            e.iter().zip(g).enumerate().try_for_each(|(i, (e, g))| matches(e, g, rel, abs, &format!("{at}[{i}]")))
        }
        (Value::Object(e), Value::Object(g)) => e.iter().try_for_each(|(k, ev)| {
            let gv = g.get(k).unwrap_or(&Value::Null);
            matches(ev, gv, rel, abs, &format!("{at}.{k}"))
        }),
        (e, g) if e == g => Ok(()),
        (e, g) => Err(format!("{at}: expected {e}, got {g}")),
    }
}

#[test]
fn every_vector_passes() {
    let dir = format!("{}/../tests/vectors", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 18, "expected the vector files in {dir}");
    let (mut passed, mut failures) = (0, Vec::new());
    for file in &files {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let function = doc["function"].as_str().unwrap();
        let rel = doc["tolerance"]["relative"].as_f64().unwrap();
        let abs = doc["tolerance"]["absolute"].as_f64().unwrap();
        assert!(
            doc["derivation"].as_str().is_some_and(|d| !d.is_empty()),
            "{file:?} says nothing of how its values were derived"
        );
        for case in doc["cases"].as_array().unwrap() {
            let name = case["name"].as_str().unwrap();
            let result = run(function, &case["input"]);
            let outcome = match (case.get("error").and_then(Value::as_str), result) {
                (Some(want), Err(got)) if want == got => Ok(()),
                (Some(want), Err(got)) => Err(format!("expected error {want}, got error {got}")),
                (Some(want), Ok(v)) => Err(format!("expected error {want}, got {v}")),
                (None, Err(got)) => Err(format!("unexpected error {got}")),
                (None, Ok(v)) => matches(&case["expected"], &v, rel, abs, "expected"),
            };
            match outcome {
                Ok(()) => passed += 1,
                Err(e) => failures.push(format!("{function} / {name}: {e}")),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} vector cases failed:\n{}",
        failures.len(),
        passed + failures.len(),
        failures.join("\n")
    );
    assert!(passed >= 300, "only {passed} vector cases ran");
}
