//! Drafting a plan from the plain text of a Vietnamese plan document, and measuring a draft against a
//! reviewed plan.
//!
//! Offsets in the draft are the core's: Unicode **character** (scalar value) offsets, not UTF-16 code units.
//! In JavaScript, `Array.from(text).slice(start, end).join("")` selects a quote; `text.slice` does not
//! once the text has characters outside the Basic Multilingual Plane. They are passed through unchanged, so
//! that the same draft has the same numbers in Rust, Python and JavaScript.

use chitieu::extract::Draft;
use chitieu::Plan;
use wasm_bindgen::prelude::*;

use crate::observations::JsObservationSet;
use crate::support::{read_argument, string, to_js};

/// Reads the text of a plan document into a draft plan for review: every target with its quote's
/// character offsets, a confidence and the reasons for any doubt, the numbers not used and why, notes.
/// Never fails on a string; anything else is a `ChitieuError` (`wrong_type`).
#[wasm_bindgen(js_name = extractPlan, unchecked_return_type = "Draft")]
pub fn extract_plan(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsValue> {
    let text = string(&text, "text")?;
    to_js(&chitieu::extract::extract_plan(&text))
}

/// How well a draft plan's targets agree with a reviewed plan's: precision and recall of targets matched
/// on (year, tier, comparator, value, unit). Both are plans as plain objects (`draft.plan`,
/// `plan.toObject()`), read as they are, without the checks of `Plan.fromObject`: a draft need not be valid.
#[wasm_bindgen(unchecked_return_type = "Agreement")]
pub fn agreement(
    #[wasm_bindgen(js_name = draftPlan, unchecked_param_type = "PlanData")] draft_plan: JsValue,
    #[wasm_bindgen(js_name = reviewedPlan, unchecked_param_type = "PlanData")] reviewed_plan: JsValue,
) -> Result<JsValue, JsValue> {
    let draft: Plan = read_argument(draft_plan, "draftPlan")?;
    let reviewed: Plan = read_argument(reviewed_plan, "reviewedPlan")?;
    to_js(&chitieu::extract::agreement(&draft, &reviewed))
}

/// The draft observations of a draft (`draft.observations`: figures the text reports as reached) that have
/// a year, as an `ObservationSet` of the plan's unit; those without a year are named in its notes. The draft
/// is read as it is (an object from `extractPlan`); anything else is a `ChitieuError`.
#[wasm_bindgen(js_name = draftObservationSet)]
pub fn draft_observation_set(
    #[wasm_bindgen(unchecked_param_type = "Draft")] draft: JsValue,
) -> Result<JsObservationSet, JsValue> {
    let draft: Draft = read_argument(draft, "draft")?;
    Ok(JsObservationSet::new(draft.observation_set(), Vec::new()))
}
