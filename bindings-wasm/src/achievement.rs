//! Attainment of a target and achievement against it.

use chitieu::calc::achievement::{achievement as core_achievement, attained as core_attained};
use chitieu::{Comparator, Polarity};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::support::{read_input, to_js};

/// Input of `achievement` and `attained`.
#[derive(Deserialize)]
struct AchievementInput {
    comparator: Comparator,
    polarity: Polarity,
    baseline: Option<f64>,
    target: f64,
    value: f64,
    tolerance: Option<f64>,
}

/// Whether the comparator holds for `value` against `target` (with its exact boundary and equality rule).
#[wasm_bindgen]
pub fn attained(#[wasm_bindgen(unchecked_param_type = "AttainedInput")] input: JsValue) -> Result<bool, JsValue> {
    let i: AchievementInput = read_input(input)?;
    core_attained(i.comparator, i.polarity, i.value, i.target, i.tolerance).map_err(to_js_error)
}

/// Attained, percent of target, progress from baseline and gap of `value` against `target`.
#[wasm_bindgen(unchecked_return_type = "Achievement")]
pub fn achievement(
    #[wasm_bindgen(unchecked_param_type = "AchievementInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let i: AchievementInput = read_input(input)?;
    to_js(&core_achievement(i.comparator, i.polarity, i.baseline, i.target, i.value, i.tolerance).map_err(to_js_error)?)
}
