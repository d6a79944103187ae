//! Plans read from JSON text or plain objects: their data, targets, reporting calendar and milestone paths.

use chitieu::calc::milestone::{indicator_path, Anchor};
use chitieu::scorecard::Point;
use chitieu::{LoadError, Loaded, Plan, Problem, Tier};
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::milestone::MilestonePath;
use crate::support::{date, json_text, read_argument, settings_or_default, string, to_js};

/// A plan: its data (`toObject()`), its targets and indicators, its reporting calendar and milestone paths.
/// Free it with `free()` (or `using`) when done.
#[wasm_bindgen(js_name = Plan)]
pub struct JsPlan {
    pub(crate) inner: Plan,
    warnings: Vec<Problem>,
}

impl JsPlan {
    pub(crate) fn new(inner: Plan, warnings: Vec<Problem>) -> Self {
        Self { inner, warnings }
    }

    fn loaded(result: Result<Loaded<Plan>, LoadError>) -> Result<JsPlan, JsValue> {
        let loaded = result.map_err(to_js_error)?;
        Ok(Self::new(loaded.value, loaded.warnings))
    }
}

#[wasm_bindgen(js_class = Plan)]
impl JsPlan {
    /// Reads a plan from its canonical JSON text; throws a `ChitieuError` listing every problem.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsPlan, JsValue> {
        Self::loaded(Plan::from_json(&string(&text, "text")?))
    }

    /// Reads a plan from a plain object of the same shape as the JSON (checked the same way).
    #[wasm_bindgen(js_name = fromObject)]
    pub fn from_object(#[wasm_bindgen(unchecked_param_type = "PlanData")] value: JsValue) -> Result<JsPlan, JsValue> {
        Self::loaded(Plan::from_json(&json_text(&value, "plan")?))
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
        let year = crate::support::year(&year)?;
        match &self.inner.reporting {
            Some(calendar) => to_js(&calendar.due_dates(year).map_err(to_js_error)?),
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
            Some(calendar) => to_js(&calendar.next_due(on).map_err(to_js_error)?),
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
        let tier: Option<Tier> = read_argument(tier, "tier")?;
        let baseline: Option<Point> = read_argument(baseline, "baseline")?;
        let curve = settings_or_default(settings)?.curve;
        let baseline = baseline.map(|b| Anchor::baseline(b.t, b.value));
        let path = indicator_path(&self.inner, &indicator, tier, baseline, None, curve).map_err(to_js_error)?;
        Ok(MilestonePath { inner: path })
    }

    /// The years the plan's targets span: `[first, last]` (first may be `null`).
    #[wasm_bindgen(js_name = targetYears, unchecked_return_type = "[number | null, number]")]
    pub fn target_years(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.target_years())
    }
}
