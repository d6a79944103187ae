//! Drafting a plan from a Vietnamese plan document (its text, or its bytes as text, a Word file, a web page
//! or, in the module with the `pdf` feature, a PDF), and measuring a draft against a reviewed plan.
//!
//! Offsets in the draft are the core's: Unicode **character** (scalar value) offsets, not UTF-16 code units.
//! In JavaScript, `Array.from(text).slice(start, end).join("")` selects a quote; `text.slice` does not
//! once the text has characters outside the Basic Multilingual Plane. They are passed through unchanged, so
//! that the same draft has the same numbers in Rust, Python and JavaScript.

use chitieu::document::{DocumentError, Format};
use chitieu::Plan;
use wasm_bindgen::prelude::*;

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::JsCast;

use crate::error::{chitieu_error, to_js_error};
#[cfg(feature = "calc")]
use crate::observations::JsObservationSet;
use crate::support::{read_argument, to_js};
#[cfg(feature = "calc")]
use chitieu::extract::Draft;

/// Reads a plan document into a draft plan for review: every target with its quote's character offsets,
/// a confidence and the reasons for any doubt, the numbers not used and why, notes. `text` is the
/// document's text (a string: never fails), or its bytes (a `Uint8Array` or an `ArrayBuffer`): UTF-8 or
/// UTF-16 text, a Word file (.docx) or a web page, the format read from the bytes and settled by `hint`
/// (a file name, extension or MIME type). Offsets then index the text read from the bytes. Bytes that
/// cannot be read are a `ChitieuError` with the core's code (`empty_input`, `binary_input`,
/// `legacy_encoding`, `not_a_docx`, `too_large`, ...). A PDF's text layer is read by the module of
/// `chitieu/pdf` (feature `pdf`); the other modules leave the PDF reader out (its size) and say so with
/// `format_unsupported`. Anything else is `wrong_type`.
#[wasm_bindgen(js_name = extractPlan, unchecked_return_type = "Draft")]
pub fn extract_plan(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] text: JsValue,
    hint: Option<String>,
) -> Result<JsValue, JsValue> {
    if let Some(text) = text.as_string() {
        return to_js(&chitieu::extract::extract_plan(&text));
    }
    let bytes = if let Some(bytes) = text.dyn_ref::<Uint8Array>() {
        bytes.to_vec()
    } else if text.is_instance_of::<ArrayBuffer>() {
        Uint8Array::new(&text).to_vec()
    } else {
        return Err(chitieu_error(
            "wrong_type",
            "text is neither a string nor bytes; expected a string, a Uint8Array or an ArrayBuffer",
            Some("text"),
        ));
    };
    let draft = chitieu::extract::extract_document(&bytes, hint.as_deref()).map_err(left_out_in_javascript)?;
    to_js(&draft)
}

/// The error of a document, as a `ChitieuError`; a PDF given to a module without the PDF reader says where
/// JavaScript finds one (the core's message names its cargo feature).
fn left_out_in_javascript(e: DocumentError) -> JsValue {
    match e {
        DocumentError::FormatUnsupported { format, .. } if format == Format::Pdf.to_string() => chitieu_error(
            "format_unsupported",
            "PDF is not read by this module, which leaves the PDF reader out (its size): the module of \
             `chitieu/pdf` reads a PDF's text layer, with the same `extractPlan` \
             (`const { extractPlan } = await import(\"chitieu/pdf\")`, after its `init`)",
            None,
        ),
        e => to_js_error(e),
    }
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
/// Only in a module with the calculations (`calc`): the reader alone has no observation sets.
#[cfg(feature = "calc")]
#[wasm_bindgen(js_name = draftObservationSet)]
pub fn draft_observation_set(
    #[wasm_bindgen(unchecked_param_type = "Draft")] draft: JsValue,
) -> Result<JsObservationSet, JsValue> {
    let draft: Draft = read_argument(draft, "draft")?;
    Ok(JsObservationSet::new(draft.observation_set(), Vec::new()))
}
