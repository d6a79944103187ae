//! Plans: the bundled ones, and plans read from JSON text or plain objects.

use chitieu::scorecard::{indicator_path, Point, Settings};
use chitieu::{bundled, Plan, Problem, Tier};
use wasm_bindgen::prelude::*;

use crate::convert::{date, from_js, json_text, number, string, to_js};
use crate::error::{chitieu_error, coded, load_error};
use crate::milestone::MilestonePath;

/// Ids of the bundled plans, the default (`tra_vinh`) first.
#[wasm_bindgen(js_name = listPlans)]
pub fn list_plans() -> Vec<String> {
    bundled::plan_ids().into_iter().map(str::to_owned).collect()
}

/// A bundled plan by id; the default plan (`tra_vinh`) when no id is given.
#[wasm_bindgen(js_name = loadPlan)]
pub fn load_plan(#[wasm_bindgen(unchecked_optional_param_type = "string")] id: JsValue) -> Result<JsPlan, JsValue> {
    let id = if id.is_undefined() || id.is_null() { bundled::DEFAULT_PLAN.to_owned() } else { string(&id, "id")? };
    let inner = bundled::plan(&id).map_err(|e| coded(&e))?;
    Ok(JsPlan { inner, warnings: Vec::new() })
}

/// A plan: its data (`toObject()`), its targets and indicators, its reporting calendar and milestone paths.
/// Free it with `free()` (or `using`) when done.
#[wasm_bindgen(js_name = Plan)]
pub struct JsPlan {
    pub(crate) inner: Plan,
    warnings: Vec<Problem>,
}

#[wasm_bindgen(js_class = Plan)]
impl JsPlan {
    /// Reads a plan from its canonical JSON text; throws a `ChitieuError` listing every problem.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsPlan, JsValue> {
        let text = string(&text, "text")?;
        let loaded = Plan::from_json(&text).map_err(|e| load_error(&e))?;
        Ok(JsPlan { inner: loaded.value, warnings: loaded.warnings })
    }

    /// Reads a plan from a plain object of the same shape as the JSON (checked the same way).
    #[wasm_bindgen(js_name = fromObject)]
    pub fn from_object(#[wasm_bindgen(unchecked_param_type = "PlanData")] value: JsValue) -> Result<JsPlan, JsValue> {
        let text = json_text(&value, "plan")?;
        let loaded = Plan::from_json(&text).map_err(|e| load_error(&e))?;
        Ok(JsPlan { inner: loaded.value, warnings: loaded.warnings })
    }

    /// The plan's id.
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.inner.id.clone()
    }

    /// Warnings found while loading (a share written as a fraction, ...).
    #[wasm_bindgen(getter, unchecked_return_type = "Problem[]")]
    pub fn warnings(&self) -> Result<JsValue, JsValue> {
        to_js(&self.warnings)
    }

    /// The canonical JSON text.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The plan as a plain object, in the shape of its JSON.
    #[wasm_bindgen(js_name = toObject, unchecked_return_type = "PlanData")]
    pub fn to_object(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner)
    }

    /// Every problem of the plan (none for a plan that loaded).
    #[wasm_bindgen(unchecked_return_type = "Problem[]")]
    pub fn validate(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.validate())
    }

    /// One indicator by id, or `null`.
    #[wasm_bindgen(unchecked_return_type = "Indicator | null")]
    pub fn indicator(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> Result<JsValue, JsValue> {
        to_js(&self.inner.indicator(&string(&id, "id")?))
    }

    /// One pillar by id, or `null`.
    #[wasm_bindgen(unchecked_return_type = "Pillar | null")]
    pub fn pillar(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> Result<JsValue, JsValue> {
        to_js(&self.inner.pillar(&string(&id, "id")?))
    }

    /// The targets of one indicator, in the plan's order.
    #[wasm_bindgen(js_name = targetsOf, unchecked_return_type = "Target[]")]
    pub fn targets_of(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] indicator: JsValue,
    ) -> Result<JsValue, JsValue> {
        let indicator = string(&indicator, "indicator")?;
        let targets: Vec<_> = self.inner.targets_of(&indicator).collect();
        to_js(&targets)
    }

    /// Reports due in `year` under the plan's reporting calendar (none when the plan sets no calendar).
    #[wasm_bindgen(js_name = dueDates, unchecked_return_type = "DueDate[]")]
    pub fn due_dates(
        &self,
        #[wasm_bindgen(unchecked_param_type = "number")] year: JsValue,
    ) -> Result<JsValue, JsValue> {
        let year = crate::reporting::year(&year)?;
        match &self.inner.reporting {
            Some(calendar) => to_js(&calendar.due_dates(year).map_err(|e| coded(&e))?),
            None => to_js::<[(); 0]>(&[]),
        }
    }

    /// The first report whose last day is on or after `date` (`YYYY-MM-DD`), or `null`.
    #[wasm_bindgen(js_name = nextDue, unchecked_return_type = "DueDate | null")]
    pub fn next_due(
        &self,
        #[wasm_bindgen(js_name = date, unchecked_param_type = "string")] on: JsValue,
    ) -> Result<JsValue, JsValue> {
        let on = date(&string(&on, "date")?, "date")?;
        match &self.inner.reporting {
            Some(calendar) => to_js(&calendar.next_due(on).map_err(|e| coded(&e))?),
            None => Ok(JsValue::NULL),
        }
    }

    /// The milestone path of an indicator at a tier (`null`: the unit as a whole) through all its target
    /// years, from `baseline` (a scorecard row's `baseline`) when it is before the first target year.
    #[wasm_bindgen(js_name = indicatorPath)]
    pub fn indicator_path(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] indicator: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Tier | null")] tier: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Point | null")] baseline: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Settings")] settings: JsValue,
    ) -> Result<MilestonePath, JsValue> {
        let indicator = string(&indicator, "indicator")?;
        let tier: Option<Tier> = from_js(tier, "tier")?;
        let baseline: Option<Point> = from_js(baseline, "baseline")?;
        let settings = settings_or_default(settings)?;
        let path = indicator_path(&self.inner, &indicator, tier, baseline.as_ref(), None, &settings)
            .map_err(|code| chitieu_error(&code, &format!("no milestone path for {indicator}: {code}"), None))?;
        Ok(MilestonePath { inner: path })
    }

    /// The years the plan's targets span: `[first, last]` (first may be `null`).
    #[wasm_bindgen(js_name = targetYears, unchecked_return_type = "[number | null, number]")]
    pub fn target_years(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.target_years())
    }
}

/// Scorecard settings from an optional plain object; the core's defaults when absent.
pub(crate) fn settings_or_default(value: JsValue) -> Result<Settings, JsValue> {
    if value.is_undefined() || value.is_null() {
        Ok(Settings::default())
    } else {
        from_js(value, "settings")
    }
}

/// A number argument as a whole number (a year, a seed).
pub(crate) fn whole(value: &JsValue, what: &str) -> Result<f64, JsValue> {
    let n = number(value, what)?;
    if n.fract() == 0.0 && n.is_finite() {
        Ok(n)
    } else {
        Err(chitieu_error("wrong_type", &format!("{what} is {n}; expected a whole number"), Some(what)))
    }
}
