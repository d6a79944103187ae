//! Milestones: one value between two anchors, and paths through a baseline and target years.

use chitieu::calc::milestone::{interpolate as core_interpolate, Anchor, Curve, Path, Unreached};
use chitieu::Polarity;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::support::{f64_column, number, read_argument, read_input, to_js};

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

/// A path through anchors (a baseline, then targets), one checked curve per segment. Free it with
/// `free()` (or `using`) when done.
#[wasm_bindgen]
pub struct MilestonePath {
    pub(crate) inner: Path,
}

/// Input of `new MilestonePath` and of the one-shot `milestones` and `timeDistance`.
#[derive(Deserialize)]
struct PathInput {
    anchors: Vec<Anchor>,
    curve: Curve,
    bounds: Option<(f64, f64)>,
}

fn build(input: PathInput) -> Result<Path, JsValue> {
    Path::new(input.anchors, input.curve, input.bounds).map_err(to_js_error)
}

/// `years` ahead (+) of or behind (-) the path, or why the path never reaches the value.
#[derive(Serialize)]
struct TimeDistance {
    years: Option<f64>,
    reason: Option<Unreached>,
}

fn time_distance_of(path: &Path, t: f64, value: f64, polarity: Polarity) -> TimeDistance {
    match path.time_distance(t, value, polarity) {
        Ok(years) => TimeDistance { years: Some(years), reason: None },
        Err(u) => TimeDistance { years: None, reason: Some(u) },
    }
}

#[wasm_bindgen]
impl MilestonePath {
    /// Builds a path; every segment must admit the curve.
    #[wasm_bindgen(constructor)]
    pub fn new(#[wasm_bindgen(unchecked_param_type = "PathInput")] input: JsValue) -> Result<MilestonePath, JsValue> {
        Ok(Self { inner: build(read_input(input)?)? })
    }

    /// The anchors, in time order.
    #[wasm_bindgen(unchecked_return_type = "Anchor[]")]
    pub fn anchors(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.anchors())
    }

    /// The first and last anchor times.
    #[wasm_bindgen(unchecked_return_type = "[number, number]")]
    pub fn span(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.span())
    }

    /// The milestone at time `t` (a fractional year).
    #[wasm_bindgen(unchecked_return_type = "Milestone")]
    pub fn at(&self, #[wasm_bindgen(unchecked_param_type = "number")] t: JsValue) -> Result<JsValue, JsValue> {
        to_js(&self.inner.at(number(&t, "t")?).map_err(to_js_error)?)
    }

    /// The milestones at each of `times`.
    #[wasm_bindgen(unchecked_return_type = "Milestone[]")]
    pub fn milestones(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ArrayLike<number>")] times: JsValue,
    ) -> Result<JsValue, JsValue> {
        let times: Vec<f64> = f64_column(&times, "times")?;
        to_js(&self.inner.milestones(&times).map_err(to_js_error)?)
    }

    /// Years ahead (+) of or behind (-) the path of `value` observed at `t`.
    #[wasm_bindgen(js_name = timeDistance, unchecked_return_type = "TimeDistance")]
    pub fn time_distance(
        &self,
        #[wasm_bindgen(unchecked_param_type = "number")] t: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] value: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Polarity")] polarity: JsValue,
    ) -> Result<JsValue, JsValue> {
        let polarity: Polarity = read_argument(polarity, "polarity")?;
        to_js(&time_distance_of(&self.inner, number(&t, "t")?, number(&value, "value")?, polarity))
    }
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
