//! Observations: read from JSON text, plain objects or spreadsheet CSV; their series; fractional years.

use chitieu::io::observation_csv;
use chitieu::{LoadError, Loaded, ObservationSet, Problem, Tier};
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::plan::JsPlan;
use crate::support::{date, json_text, read_argument, string, to_js};

/// A set of observations. Free it with `free()` (or `using`) when done.
#[wasm_bindgen(js_name = ObservationSet)]
pub struct JsObservationSet {
    pub(crate) inner: ObservationSet,
    warnings: Vec<Problem>,
}

impl JsObservationSet {
    pub(crate) fn new(inner: ObservationSet, warnings: Vec<Problem>) -> Self {
        Self { inner, warnings }
    }
}

fn loaded(result: Result<Loaded<ObservationSet>, LoadError>) -> Result<JsObservationSet, JsValue> {
    let loaded = result.map_err(to_js_error)?;
    Ok(JsObservationSet::new(loaded.value, loaded.warnings))
}

#[wasm_bindgen(js_class = ObservationSet)]
impl JsObservationSet {
    /// Reads observations from JSON text.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsObservationSet, JsValue> {
        loaded(ObservationSet::from_json(&string(&text, "text")?, None))
    }

    /// Reads observations from JSON text, checked against `plan` (unknown indicators, shares as fractions).
    #[wasm_bindgen(js_name = fromJsonForPlan)]
    pub fn from_json_for_plan(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        plan: &JsPlan,
    ) -> Result<JsObservationSet, JsValue> {
        loaded(ObservationSet::from_json(&string(&text, "text")?, Some(&plan.inner)))
    }

    /// Reads observations from a plain object of the same shape as the JSON.
    #[wasm_bindgen(js_name = fromObject)]
    pub fn from_object(
        #[wasm_bindgen(unchecked_param_type = "ObservationSetData")] value: JsValue,
    ) -> Result<JsObservationSet, JsValue> {
        loaded(ObservationSet::from_json(&json_text(&value, "observations")?, None))
    }

    /// Reads observations from a plain object, checked against `plan`.
    #[wasm_bindgen(js_name = fromObjectForPlan)]
    pub fn from_object_for_plan(
        #[wasm_bindgen(unchecked_param_type = "ObservationSetData")] value: JsValue,
        plan: &JsPlan,
    ) -> Result<JsObservationSet, JsValue> {
        loaded(ObservationSet::from_json(&json_text(&value, "observations")?, Some(&plan.inner)))
    }

    /// Reads long-form spreadsheet CSV (`;`, `,` or tab; Vietnamese or English headers and numbers).
    #[wasm_bindgen(js_name = fromCsv)]
    pub fn from_csv(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsObservationSet, JsValue> {
        loaded(observation_csv::read(&string(&text, "text")?, None))
    }

    /// Reads long-form spreadsheet CSV, checked against `plan`.
    #[wasm_bindgen(js_name = fromCsvForPlan)]
    pub fn from_csv_for_plan(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        plan: &JsPlan,
    ) -> Result<JsObservationSet, JsValue> {
        loaded(observation_csv::read(&string(&text, "text")?, Some(&plan.inner)))
    }

    /// Warnings found while loading (blank values skipped, shares written as fractions, ...).
    #[wasm_bindgen(getter, unchecked_return_type = "Problem[]")]
    pub fn warnings(&self) -> Result<JsValue, JsValue> {
        to_js(&self.warnings)
    }

    /// How many observations.
    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.inner.observations.len()
    }

    /// The canonical JSON text.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The set as a plain object, in the shape of its JSON.
    #[wasm_bindgen(js_name = toObject, unchecked_return_type = "ObservationSetData")]
    pub fn to_object(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner)
    }

    /// The observations of one indicator for one unit at one tier (`null`: the unit as a whole), by time.
    #[wasm_bindgen(unchecked_return_type = "Observation[]")]
    pub fn series(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] unit: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] indicator: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Tier | null")] tier: JsValue,
    ) -> Result<JsValue, JsValue> {
        let tier: Option<Tier> = read_argument(tier, "tier")?;
        to_js(&self.inner.series(&string(&unit, "unit")?, &string(&indicator, "indicator")?, tier))
    }
}

/// Time as a fractional year: year `Y` is the end of `Y`, 31 Dec 2025 is 2025.0.
#[wasm_bindgen(js_name = fractionalYear)]
pub fn fractional_year(
    #[wasm_bindgen(js_name = date, unchecked_param_type = "string")] on: JsValue,
) -> Result<f64, JsValue> {
    Ok(chitieu::model::observation::fractional_year(date(&string(&on, "date")?, "date")?))
}
