//! A plan against another: both targets side by side for each indicator, tier and year, with a verdict
//! and counts per pillar.

use chitieu::alignment::{align, Alignment};
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::plan::JsPlan;
use crate::support::to_js;

fn aligned(plan: &JsPlan, other: &JsPlan) -> Result<Alignment, JsValue> {
    align(&plan.inner, &other.inner).map_err(to_js_error)
}

/// How `plan` stands against `other` (a province against the nation, `loadPlan("nq57_2024")`), as a plain
/// object: `rows` (one per indicator, tier and year, with both figures, the verdict and the difference),
/// `summary` (counts per pillar) and `warnings`.
#[wasm_bindgen(unchecked_return_type = "AlignmentData")]
pub fn alignment(plan: &JsPlan, other: &JsPlan) -> Result<JsValue, JsValue> {
    to_js(&aligned(plan, other)?)
}

/// The alignment's rows as CSV text with a header, one line per indicator, tier and year.
#[wasm_bindgen(js_name = alignmentCsv)]
pub fn alignment_csv(plan: &JsPlan, other: &JsPlan) -> Result<String, JsValue> {
    Ok(aligned(plan, other)?.to_csv())
}
