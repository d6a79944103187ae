//! Roll-ups across tiers: ratio of sums, weighted mean, a tier target checked unit by unit.

use chitieu::calc::rollup::{
    ratio_of_sums as core_ratio_of_sums, tier_check as core_tier_check, weighted_mean as core_weighted_mean,
};
use chitieu::{Comparator, Polarity};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::support::{f64_column, number, read_input_non_finite_absent, to_js};

/// `scale * Σ numerators / Σ denominators` (`scale` 100 gives percent).
#[wasm_bindgen(js_name = ratioOfSums, unchecked_return_type = "RatioOfSums")]
pub fn ratio_of_sums(
    #[wasm_bindgen(unchecked_param_type = "ArrayLike<number>")] numerators: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ArrayLike<number>")] denominators: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] scale: JsValue,
) -> Result<JsValue, JsValue> {
    let n = f64_column(&numerators, "numerators")?;
    let d = f64_column(&denominators, "denominators")?;
    to_js(&core_ratio_of_sums(&n, &d, number(&scale, "scale")?).map_err(to_js_error)?)
}

/// `Σ w v / Σ w`.
#[wasm_bindgen(js_name = weightedMean, unchecked_return_type = "WeightedMean")]
pub fn weighted_mean(
    #[wasm_bindgen(unchecked_param_type = "ArrayLike<number>")] values: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ArrayLike<number>")] weights: JsValue,
) -> Result<JsValue, JsValue> {
    let v = f64_column(&values, "values")?;
    let w = f64_column(&weights, "weights")?;
    to_js(&core_weighted_mean(&v, &w).map_err(to_js_error)?)
}

/// One unit's value for `tierCheck` (`null` when it reported nothing).
#[derive(Deserialize)]
struct UnitValue {
    unit: String,
    value: Option<f64>,
}

/// Input of `tierCheck`.
#[derive(Deserialize)]
struct TierCheckInput {
    comparator: Comparator,
    polarity: Polarity,
    target: f64,
    tolerance: Option<f64>,
    units: Vec<UnitValue>,
}

/// A tier target ("at least 80% in every district") checked unit by unit.
#[wasm_bindgen(js_name = tierCheck, unchecked_return_type = "TierCheck")]
pub fn tier_check(#[wasm_bindgen(unchecked_param_type = "TierCheckInput")] input: JsValue) -> Result<JsValue, JsValue> {
    // A unit's value of NaN is a unit without a value, as the vectors define `tier_check`.
    let i: TierCheckInput = read_input_non_finite_absent(input)?;
    let units = i.units.iter().map(|u| (u.unit.as_str(), u.value));
    to_js(&core_tier_check(i.comparator, i.polarity, i.target, i.tolerance, units))
}
