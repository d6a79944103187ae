//! The reporting calendar: reports due in a year, and the next one due.

use chitieu::ReportingCalendar;
use wasm_bindgen::prelude::*;

use crate::convert::{date, from_js, string, to_js};
use crate::error::{chitieu_error, coded};
use crate::plan::whole;

/// A year argument.
pub(crate) fn year(value: &JsValue) -> Result<i32, JsValue> {
    let y = whole(value, "year")?;
    if (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&y) {
        Ok(y as i32)
    } else {
        Err(chitieu_error("year_out_of_range", &format!("year is {y}; expected a calendar year"), Some("year")))
    }
}

/// Every report due in `year` under `calendar`, sorted by last day to submit, then by schedule.
#[wasm_bindgen(js_name = dueDates, unchecked_return_type = "DueDate[]")]
pub fn due_dates(
    #[wasm_bindgen(unchecked_param_type = "ReportingCalendar")] calendar: JsValue,
    #[wasm_bindgen(js_name = year, unchecked_param_type = "number")] year_: JsValue,
) -> Result<JsValue, JsValue> {
    let calendar: ReportingCalendar = from_js(calendar, "calendar")?;
    to_js(&calendar.due_dates(year(&year_)?).map_err(|e| coded(&e))?)
}

/// The first report whose last day to submit is on or after `date` (`YYYY-MM-DD`), or `null`.
#[wasm_bindgen(js_name = nextDue, unchecked_return_type = "DueDate | null")]
pub fn next_due(
    #[wasm_bindgen(unchecked_param_type = "ReportingCalendar")] calendar: JsValue,
    #[wasm_bindgen(js_name = date, unchecked_param_type = "string")] on: JsValue,
) -> Result<JsValue, JsValue> {
    let calendar: ReportingCalendar = from_js(calendar, "calendar")?;
    let on = date(&string(&on, "date")?, "date")?;
    to_js(&calendar.next_due(on).map_err(|e| coded(&e))?)
}
