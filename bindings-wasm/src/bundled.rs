//! The data bundled in the package: the five seed plans and the example observations.

use chitieu::bundled;
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::observations::JsObservationSet;
use crate::plan::JsPlan;
use crate::support::string;

/// Ids of the bundled plans, the default (`tra_vinh`) first.
#[wasm_bindgen(js_name = listPlans)]
pub fn list_plans() -> Vec<String> {
    bundled::plan_ids().into_iter().map(str::to_owned).collect()
}

/// Ids of the bundled national documents, loaded like plans by `loadPlan`.
#[wasm_bindgen(js_name = listNationalPlans)]
pub fn list_national_plans() -> Vec<String> {
    bundled::national_plan_ids().into_iter().map(str::to_owned).collect()
}

/// A bundled plan by id; the default plan (`tra_vinh`) when no id is given.
#[wasm_bindgen(js_name = loadPlan)]
pub fn load_plan(#[wasm_bindgen(unchecked_optional_param_type = "string")] id: JsValue) -> Result<JsPlan, JsValue> {
    let id = if id.is_undefined() || id.is_null() { bundled::DEFAULT_PLAN.to_owned() } else { string(&id, "id")? };
    Ok(JsPlan::new(bundled::plan(&id).map_err(to_js_error)?, Vec::new()))
}

/// The bundled example observations (published figures with their source, and illustrative values).
#[wasm_bindgen(js_name = bundledObservations)]
pub fn bundled_observations() -> Result<JsObservationSet, JsValue> {
    Ok(JsObservationSet::new(bundled::observations().map_err(to_js_error)?, Vec::new()))
}
