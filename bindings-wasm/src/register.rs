//! The register of administrative units and the merged unit (cargo feature `register`, on by default):
//! units in force on a date, a unit by code or name, what it became and what it came from, the merged
//! view of a successor province, combining predecessors' figures, and carrying observations forward.

use std::sync::OnceLock;

use chitieu::calc::merger::{self, Part, WeightKind, Weights};
use chitieu::calc::succession::Lineage;
use chitieu::{bundled, Level};
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::observations::JsObservationSet;
use crate::support::{date, read_argument, string, to_js};

/// The bundled register, indexed once.
fn lineage() -> Result<&'static Lineage<'static>, JsValue> {
    static LINEAGE: OnceLock<Lineage<'static>> = OnceLock::new();
    if let Some(l) = LINEAGE.get() {
        return Ok(l);
    }
    let register = bundled::register().map_err(to_js_error)?;
    Ok(LINEAGE.get_or_init(|| Lineage::new(register)))
}

fn day(value: &JsValue, what: &str) -> Result<time::Date, JsValue> {
    date(&string(value, what)?, what)
}

/// Every unit of the register in force on `date` (`YYYY-MM-DD`), of one `level` ("province", "district",
/// "commune") or of all.
#[wasm_bindgen(js_name = unitsOn, unchecked_return_type = "RegisteredUnit[]")]
pub fn units_on(
    #[wasm_bindgen(unchecked_param_type = "string")] on: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string")] level: JsValue,
) -> Result<JsValue, JsValue> {
    let d = day(&on, "date")?;
    let level: Option<Level> =
        if level.is_undefined() || level.is_null() { None } else { Some(read_argument(level, "level")?) };
    to_js(&lineage()?.units_on(d, level))
}

/// The unit a code or name names on `date`; a `ChitieuError` `unknown_unit`, `not_in_force` or
/// `ambiguous_unit` otherwise.
#[wasm_bindgen(js_name = unitAt, unchecked_return_type = "RegisteredUnit")]
pub fn unit_at(
    #[wasm_bindgen(js_name = codeOrName, unchecked_param_type = "string")] code_or_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] on: JsValue,
) -> Result<JsValue, JsValue> {
    let d = day(&on, "date")?;
    to_js(lineage()?.unit_at(&string(&code_or_name, "codeOrName")?, d).map_err(to_js_error)?)
}

/// What holds, on `date`, the area of the unit a code or name names on `on` (a day it was in force; by
/// default `date`, or its last day in force before `date`). Codes are reused: `successors("80",
/// "2026-01-01", "2025-06-30")` follows Long An.
#[wasm_bindgen(unchecked_return_type = "UnitLink[]")]
pub fn successors(
    #[wasm_bindgen(js_name = codeOrName, unchecked_param_type = "string")] code_or_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string")] on: JsValue,
) -> Result<JsValue, JsValue> {
    let d = day(&date, "date")?;
    let on = if on.is_undefined() || on.is_null() { None } else { Some(day(&on, "on")?) };
    to_js(&merger::successor_links(lineage()?, &string(&code_or_name, "codeOrName")?, on, d).map_err(to_js_error)?)
}

/// The units the unit a code or name names on `date` was formed from.
#[wasm_bindgen(unchecked_return_type = "UnitLink[]")]
pub fn predecessors(
    #[wasm_bindgen(js_name = codeOrName, unchecked_param_type = "string")] code_or_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] on: JsValue,
) -> Result<JsValue, JsValue> {
    let d = day(&on, "date")?;
    to_js(&merger::predecessor_links(lineage()?, &string(&code_or_name, "codeOrName")?, d).map_err(to_js_error)?)
}

fn weights_of(value: JsValue) -> Result<Option<Weights>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    read_argument(value, "weights").map(Some)
}

/// The merged view of a successor province on `asOf`, from the bundled plans and `observations`;
/// `weights` (`{kind, values, source}`) default to the communes each predecessor had.
#[wasm_bindgen(js_name = mergedView, unchecked_return_type = "MergedView")]
pub fn merged_view(
    #[wasm_bindgen(unchecked_param_type = "string")] unit: JsValue,
    #[wasm_bindgen(js_name = asOf, unchecked_param_type = "string")] as_of: JsValue,
    observations: &JsObservationSet,
    #[wasm_bindgen(unchecked_optional_param_type = "Weights")] weights: JsValue,
) -> Result<JsValue, JsValue> {
    let d = day(&as_of, "asOf")?;
    let plans = bundled::plans().map_err(to_js_error)?;
    let aliases = bundled::units().map_err(to_js_error)?;
    let w = weights_of(weights)?;
    let unit = string(&unit, "unit")?;
    let view = merger::merged_view(lineage()?, &unit, d, &plans, &aliases, &observations.inner, w.as_ref())
        .map_err(to_js_error)?;
    to_js(&view)
}

/// The merged unit's figure from its predecessors' `parts` by `rule` for an indicator in `unit`;
/// `weight` names the weights of a weighted mean.
#[wasm_bindgen(unchecked_return_type = "Combined")]
pub fn combine(
    #[wasm_bindgen(unchecked_param_type = "string")] rule: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] unit: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Part[]")] parts: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string")] weight: JsValue,
) -> Result<JsValue, JsValue> {
    let parts: Vec<Part> = read_argument(parts, "parts")?;
    let weight: Option<WeightKind> =
        if weight.is_undefined() || weight.is_null() { None } else { Some(read_argument(weight, "weight")?) };
    let c = merger::combine(read_argument(rule, "rule")?, read_argument(unit, "unit")?, weight, &parts)
        .map_err(to_js_error)?;
    to_js(&c)
}

/// Predecessors' figures in `observations` carried forward to the provinces in force on `date`, with
/// the warnings.
#[wasm_bindgen(js_name = carryForward, unchecked_return_type = "CarriedForward")]
pub fn carry_forward(
    observations: &JsObservationSet,
    #[wasm_bindgen(unchecked_param_type = "string")] on: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Weights")] weights: JsValue,
) -> Result<JsValue, JsValue> {
    let d = day(&on, "date")?;
    let plans = bundled::plans().map_err(to_js_error)?;
    let aliases = bundled::units().map_err(to_js_error)?;
    let l = lineage()?;
    let w = match weights_of(weights)? {
        Some(w) => w,
        None => {
            let provinces = l.units_on(d, Some(Level::Province));
            let preds: Vec<_> =
                provinces.iter().filter_map(|p| l.predecessors(p).ok()).flatten().map(|p| p.unit).collect();
            Weights::communes(l, &preds, d).map_err(to_js_error)?
        }
    };
    to_js(&merger::carry_forward(l, &plans, &aliases, &observations.inner, d, &w))
}
