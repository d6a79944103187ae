//! A cumulative change from an unstated baseline, judged along a straight path from 0 at the start of the
//! period.

use chitieu::calc::cumulative::{cumulative_change as core_cumulative_change, CumulativeInput};
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::support::{read_input, to_js};

/// The change of `input.value` by `input.t` against the straight path to `input.target` at `input.target_t`.
#[wasm_bindgen(js_name = cumulativeChange, unchecked_return_type = "CumulativeProgress")]
pub fn cumulative_change(
    #[wasm_bindgen(unchecked_param_type = "CumulativeInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input: CumulativeInput = read_input(input)?;
    to_js(&core_cumulative_change(&input).map_err(to_js_error)?)
}
