//! Observations' canonical JSON: reading it with every problem at once (a `null` value is a blank cell),
//! writing it, and checking a set built in code.

use crate::error::{LoadError, Loaded, Problem, ProblemCode, Problems};
use crate::io::json::{kind_of, read_list_skipping, read_value, to_json, ObjectReader};
use crate::io::validate;
use crate::model::observation::{Observation, ObservationSet};
use crate::model::plan::Plan;
use serde_json::Value;

/// Reads observations from their canonical JSON (`{"format_version": 1, "observations": [...]}`), or
/// from a bare array of observations. With a plan, values are also checked against its indicators'
/// units (a share out of 0..100 is an error; a share that looks like a fraction is a warning).
pub fn observations_from_json(text: &str, plan: Option<&Plan>) -> Result<Loaded<ObservationSet>, LoadError> {
    let mut problems = Problems::default();
    let value = match read_value(text, &mut problems) {
        Some(v) => v,
        None => return problems.finish_err(),
    };
    let (format_version, items, notes) = match &value {
        Value::Array(items) => (Some(crate::model::plan::FORMAT_VERSION), Some(items.as_slice()), Vec::new()),
        Value::Object(map) => {
            let mut r = ObjectReader::new(map, "", &mut problems);
            let fv = r.required("format_version");
            let notes = r.optional("notes").unwrap_or_default();
            r.deny_unknown(&["format_version", "observations", "notes"]);
            let items = match map.get("observations") {
                Some(Value::Array(items)) => Some(items.as_slice()),
                Some(other) => {
                    problems.error(
                        "observations",
                        ProblemCode::WrongType,
                        format!("`observations` is {}", kind_of(other)),
                        "an array",
                    );
                    None
                }
                None => {
                    problems.error(
                        "observations",
                        ProblemCode::MissingField,
                        "missing field `observations`",
                        "an array (may be empty)",
                    );
                    None
                }
            };
            (fv, items, notes)
        }
        other => {
            problems.error(
                "",
                ProblemCode::WrongType,
                format!("the document is {}", kind_of(other)),
                "an object with `observations`, or an array of observations",
            );
            return problems.finish_err();
        }
    };
    // `"value": null` is a blank cell, as a data frame with a missing value writes it: the observation is
    // skipped with a warning, as the CSV reader does, rather than read as zero or rejected.
    let observations = read_list_skipping::<Observation>(
        items.unwrap_or_default(),
        "observations",
        &mut problems,
        |i, item, problems| {
            let blank = item.get("value").is_some_and(Value::is_null);
            if blank {
                problems.push(Problem::warning(
                    format!("observations[{i}].value"),
                    ProblemCode::BlankCell,
                    "blank value: the observation is skipped (a missing value is not zero)",
                    "a number",
                ));
            }
            blank
        },
    );
    let Some(format_version) = format_version else {
        return problems.finish_err();
    };
    let (observations, index) = observations;
    let set = ObservationSet { format_version, observations, notes };
    let mut found = Problems::default();
    validate::observation_set(&set, plan, &mut found);
    for mut p in found.into_list() {
        p.path = index.renumber(&p.path, "observations");
        problems.push(p);
    }
    problems.finish(set)
}

impl ObservationSet {
    /// Reads observations from JSON; see [`observations_from_json`].
    pub fn from_json(text: &str, plan: Option<&Plan>) -> Result<Loaded<ObservationSet>, LoadError> {
        observations_from_json(text, plan)
    }

    /// Writes the set as canonical JSON.
    pub fn to_json(&self) -> String {
        to_json(self).unwrap_or_default()
    }

    /// Every problem with these observations, optionally checked against a plan's indicators.
    pub fn validate(&self, plan: Option<&Plan>) -> Vec<Problem> {
        let mut problems = Problems::default();
        validate::observation_set(self, plan, &mut problems);
        problems.into_list()
    }
}
