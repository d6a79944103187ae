//! On track? The growth-rate ratio, its score, and the pace required from now.

use chitieu::calc::progress::{growth_ratio as core_growth_ratio, required_pace as core_required_pace, GrowthInput};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::support::{number, read_input, to_js};

/// Score on -5..+5 of a growth-rate ratio.
#[wasm_bindgen]
pub fn score(#[wasm_bindgen(unchecked_param_type = "number")] ratio: JsValue) -> Result<f64, JsValue> {
    Ok(chitieu::calc::progress::score(number(&ratio, "ratio")?))
}

/// The growth-rate ratio, its category and score.
#[wasm_bindgen(js_name = growthRatio, unchecked_return_type = "GrowthRatio")]
pub fn growth_ratio(#[wasm_bindgen(unchecked_param_type = "GrowthInput")] input: JsValue) -> Result<JsValue, JsValue> {
    let input: GrowthInput = read_input(input)?;
    to_js(&core_growth_ratio(&input).map_err(to_js_error)?)
}

/// Input of `requiredPace`.
#[derive(Deserialize)]
struct PaceInput {
    value: f64,
    t: f64,
    target: f64,
    target_t: f64,
}

/// The pace required from `value` at `t` to reach `target` at `target_t`.
#[wasm_bindgen(js_name = requiredPace, unchecked_return_type = "RequiredPace")]
pub fn required_pace(#[wasm_bindgen(unchecked_param_type = "PaceInput")] input: JsValue) -> Result<JsValue, JsValue> {
    let i: PaceInput = read_input(input)?;
    to_js(&core_required_pace(i.value, i.t, i.target, i.target_t).map_err(to_js_error)?)
}
