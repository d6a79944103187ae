//! A rank: positions gained a year against positions needed, ranks of different fields (63 provinces
//! until 2023, 34 units from 2024) compared by their share of the field.

use chitieu::calc::rank::{rank_progress as core_rank_progress, RankInput};
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::support::{read_input, to_js};

/// The latest rank of `input` against its target, from its start.
#[wasm_bindgen(js_name = rankProgress, unchecked_return_type = "RankProgress")]
pub fn rank_progress(#[wasm_bindgen(unchecked_param_type = "RankInput")] input: JsValue) -> Result<JsValue, JsValue> {
    let input: RankInput = read_input(input)?;
    to_js(&core_rank_progress(&input).map_err(to_js_error)?)
}
