//! A yearly rate: each year's rate against the target rate, the geometric mean rate over the period, and
//! the rate the remaining years need.

use chitieu::calc::yearly_rate::{yearly_rate as core_yearly_rate, YearlyRateInput};
use chitieu::{Comparator, Polarity};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::support::{read_input, to_js};

/// One year's rate as JavaScript writes it, `{year, rate}` (the core takes `(year, rate)` pairs).
#[derive(Deserialize)]
struct ObservedRate {
    year: i32,
    rate: f64,
}

/// Input of `yearlyRate`: the core's [`YearlyRateInput`] with its rates as objects.
#[derive(Deserialize)]
struct RatesInput {
    rates: Vec<ObservedRate>,
    target: f64,
    target_year: Option<i32>,
    comparator: Comparator,
    polarity: Polarity,
    tolerance: Option<f64>,
}

/// Each year's rate of `input.rates` against the target rate, and the mean rate against it.
#[wasm_bindgen(js_name = yearlyRate, unchecked_return_type = "YearlyRateProgress")]
pub fn yearly_rate(
    #[wasm_bindgen(unchecked_param_type = "YearlyRateInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let i: RatesInput = read_input(input)?;
    let input = YearlyRateInput {
        rates: i.rates.into_iter().map(|r| (r.year, r.rate)).collect(),
        target: i.target,
        target_year: i.target_year,
        comparator: i.comparator,
        polarity: i.polarity,
        tolerance: i.tolerance,
    };
    to_js(&core_yearly_rate(&input).map_err(to_js_error)?)
}
