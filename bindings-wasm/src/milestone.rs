//! Paths through a baseline and target years: `MilestonePath`, in the dashboard module (`calc`) and in the
//! one-shot calculations' (`scalar`, whose `milestones` and `timeDistance` build one without keeping it).

use chitieu::calc::milestone::{Anchor, Curve, Path, Unreached};
use chitieu::Polarity;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::support::{f64_column, number, read_argument, read_input, to_js};

/// A path through anchors (a baseline, then targets), one checked curve per segment. Free it with
/// `free()` (or `using`) when done.
#[wasm_bindgen]
pub struct MilestonePath {
    pub(crate) inner: Path,
}

/// Input of `new MilestonePath` and of the one-shot `milestones` and `timeDistance`.
#[derive(Deserialize)]
pub(crate) struct PathInput {
    pub(crate) anchors: Vec<Anchor>,
    pub(crate) curve: Curve,
    pub(crate) bounds: Option<(f64, f64)>,
}

pub(crate) fn build(input: PathInput) -> Result<Path, JsValue> {
    Path::new(input.anchors, input.curve, input.bounds).map_err(to_js_error)
}

/// `years` ahead (+) of or behind (-) the path, or why the path never reaches the value.
#[derive(Serialize)]
pub(crate) struct TimeDistance {
    years: Option<f64>,
    reason: Option<Unreached>,
}

pub(crate) fn time_distance_of(path: &Path, t: f64, value: f64, polarity: Polarity) -> TimeDistance {
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
