//! Projection to the target year, with its interval and the probability of attaining the target.

use chitieu::calc::projection::{project as core_project, Model, ProjectionInput};
use chitieu::scorecard::Settings;
use chitieu::{Comparator, Polarity};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::support::{read_input, to_js};

/// One observation of the series: time and value.
#[derive(Deserialize)]
struct TimedValue {
    t: f64,
    value: f64,
}

/// Input of `project`; `model` and `level` default to the scorecard's defaults (linear, 0.9).
#[derive(Deserialize)]
struct ProjectInput {
    observations: Vec<TimedValue>,
    baseline: Option<f64>,
    target: f64,
    target_t: f64,
    comparator: Comparator,
    polarity: Polarity,
    tolerance: Option<f64>,
    model: Option<Model>,
    level: Option<f64>,
}

/// Projects the observations to the target year.
#[wasm_bindgen(unchecked_return_type = "Projection")]
pub fn project(#[wasm_bindgen(unchecked_param_type = "ProjectInput")] input: JsValue) -> Result<JsValue, JsValue> {
    let i: ProjectInput = read_input(input)?;
    let defaults = Settings::default();
    let input = ProjectionInput {
        observations: i.observations.iter().map(|o| (o.t, o.value)).collect(),
        baseline: i.baseline,
        target: i.target,
        target_t: i.target_t,
        comparator: i.comparator,
        polarity: i.polarity,
        tolerance: i.tolerance,
        model: i.model.unwrap_or(defaults.projection_model),
        level: i.level.unwrap_or(defaults.interval_level),
    };
    to_js(&core_project(&input).map_err(to_js_error)?)
}
