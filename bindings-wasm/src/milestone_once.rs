//! Milestones computed once, on plain numbers: one value between two anchors (`interpolate`), and the
//! milestones of a path and the time distance to it without keeping the path (cargo feature `scalar`).

use chitieu::calc::milestone::{interpolate as core_interpolate, Anchor, Curve};
use chitieu::Polarity;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::milestone::{build, time_distance_of, PathInput};
use crate::support::{read_input, to_js};

/// Input of `interpolate`.
#[derive(Deserialize)]
struct InterpolateInput {
    curve: Curve,
    t0: f64,
    v0: f64,
    t1: f64,
    v1: f64,
    t: f64,
    bounds: Option<(f64, f64)>,
}

/// Output of `interpolate`: the value and the curve used (what `auto` chose).
#[derive(Serialize)]
struct Interpolated {
    value: f64,
    curve_used: Curve,
}

/// One value between `(t0, v0)` and `(t1, v1)` on `curve`.
#[wasm_bindgen(unchecked_return_type = "Interpolated")]
pub fn interpolate(
    #[wasm_bindgen(unchecked_param_type = "InterpolateInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let i: InterpolateInput = read_input(input)?;
    let (value, curve_used) = core_interpolate(i.curve, i.t0, i.v0, i.t1, i.v1, i.t, i.bounds).map_err(to_js_error)?;
    to_js(&Interpolated { value, curve_used })
}

/// Input of the one-shot `milestones`.
#[derive(Deserialize)]
struct MilestonesInput {
    anchors: Vec<Anchor>,
    curve: Curve,
    bounds: Option<(f64, f64)>,
    at: Vec<f64>,
}

/// The milestones of a path at each time of `at`, without keeping the path.
#[wasm_bindgen(unchecked_return_type = "Milestone[]")]
pub fn milestones(
    #[wasm_bindgen(unchecked_param_type = "MilestonesInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let i: MilestonesInput = read_input(input)?;
    to_js(
        &build(PathInput { anchors: i.anchors, curve: i.curve, bounds: i.bounds })?
            .milestones(&i.at)
            .map_err(to_js_error)?,
    )
}

/// Input of the one-shot `timeDistance`.
#[derive(Deserialize)]
struct TimeDistanceInput {
    anchors: Vec<Anchor>,
    curve: Curve,
    bounds: Option<(f64, f64)>,
    t: f64,
    value: f64,
    polarity: Polarity,
}

/// Years ahead (+) of or behind (-) a path, without keeping the path.
#[wasm_bindgen(js_name = timeDistance, unchecked_return_type = "TimeDistance")]
pub fn time_distance(
    #[wasm_bindgen(unchecked_param_type = "TimeDistanceInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let i: TimeDistanceInput = read_input(input)?;
    let path = build(PathInput { anchors: i.anchors, curve: i.curve, bounds: i.bounds })?;
    to_js(&time_distance_of(&path, i.t, i.value, i.polarity))
}
