//! The scorecard of a plan as of a date: every target's milestone, latest value, attainment and status.

use chitieu::scorecard::Scorecard;
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::observations::JsObservationSet;
use crate::plan::JsPlan;
use crate::support::{date, settings_or_default, string, to_js};

/// A built scorecard: as a plain object, JSON, CSV or flat rows. Free it with `free()` (or `using`).
#[wasm_bindgen(js_name = Scorecard)]
pub struct JsScorecard {
    inner: Scorecard,
}

fn build(
    plan: &JsPlan,
    observations: &JsObservationSet,
    as_of: JsValue,
    settings: JsValue,
) -> Result<Scorecard, JsValue> {
    let as_of = date(&string(&as_of, "asOf")?, "asOf")?;
    let settings = settings_or_default(settings)?;
    Scorecard::build(&plan.inner, &observations.inner, as_of, &settings).map_err(to_js_error)
}

#[wasm_bindgen(js_class = Scorecard)]
impl JsScorecard {
    /// Builds the scorecard of `plan` from `observations` as of `asOf` (`YYYY-MM-DD`).
    pub fn build(
        plan: &JsPlan,
        observations: &JsObservationSet,
        #[wasm_bindgen(js_name = asOf, unchecked_param_type = "string")] as_of: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Settings")] settings: JsValue,
    ) -> Result<JsScorecard, JsValue> {
        Ok(Self { inner: build(plan, observations, as_of, settings)? })
    }

    /// The scorecard as a plain object.
    #[wasm_bindgen(js_name = toObject, unchecked_return_type = "ScorecardData")]
    pub fn to_object(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner)
    }

    /// The whole scorecard as JSON.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The rows as CSV, one line per target, with a header.
    #[wasm_bindgen(js_name = toCsv)]
    pub fn to_csv(&self) -> String {
        self.inner.to_csv()
    }

    /// Every row as plain columns.
    #[wasm_bindgen(js_name = flatRows, unchecked_return_type = "FlatRow[]")]
    pub fn flat_rows(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.flat_rows())
    }
}

/// The scorecard of `plan` from `observations` as of `asOf` (`YYYY-MM-DD`), as a plain object.
#[wasm_bindgen(unchecked_return_type = "ScorecardData")]
pub fn scorecard(
    plan: &JsPlan,
    observations: &JsObservationSet,
    #[wasm_bindgen(js_name = asOf, unchecked_param_type = "string")] as_of: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Settings")] settings: JsValue,
) -> Result<JsValue, JsValue> {
    to_js(&build(plan, observations, as_of, settings)?)
}
