//! The reporting calendar: reports due in a year, and the next one due.

use chitieu::ReportingCalendar;
use wasm_bindgen::prelude::*;

use crate::error::to_js_error;
use crate::support::{date, read_argument, string, to_js, year};

/// Every report due in `year` under `calendar`, sorted by last day to submit, then by schedule.
#[wasm_bindgen(js_name = dueDates, unchecked_return_type = "DueDate[]")]
pub fn due_dates(
    #[wasm_bindgen(unchecked_param_type = "ReportingCalendar")] calendar: JsValue,
    #[wasm_bindgen(js_name = year, unchecked_param_type = "number")] year_: JsValue,
) -> Result<JsValue, JsValue> {
    let calendar: ReportingCalendar = read_argument(calendar, "calendar")?;
    to_js(&calendar.due_dates(year(&year_)?).map_err(to_js_error)?)
}

/// The first report whose last day to submit is on or after `date` (`YYYY-MM-DD`), or `null`.
#[wasm_bindgen(js_name = nextDue, unchecked_return_type = "DueDate | null")]
pub fn next_due(
    #[wasm_bindgen(unchecked_param_type = "ReportingCalendar")] calendar: JsValue,
    #[wasm_bindgen(js_name = date, unchecked_param_type = "string")] on: JsValue,
) -> Result<JsValue, JsValue> {
    let calendar: ReportingCalendar = read_argument(calendar, "calendar")?;
    let on = date(&string(&on, "date")?, "date")?;
    to_js(&calendar.next_due(on).map_err(to_js_error)?)
}
