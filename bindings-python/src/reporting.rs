//! The reporting calendar: every report due in a year, and the next one due after a date.

use pyo3::prelude::*;

use chitieu::ReportingCalendar;

use crate::error::to_py_err;
use crate::plan::PyPlan;
use crate::support::{date, from_py, to_py, year};

/// The calendar given as a dict in the plan's format, or a plan's (empty when the plan sets none).
fn calendar(obj: &Bound<'_, PyAny>) -> PyResult<ReportingCalendar> {
    if let Ok(plan) = obj.cast::<PyPlan>() {
        return Ok(plan
            .get()
            .plan
            .reporting
            .clone()
            .unwrap_or(ReportingCalendar { recipient: None, schedules: vec![] }));
    }
    from_py(obj, "calendar")
}

/// Every report due in `year` by a reporting calendar (a dict `{schedules: [...]}` in the plan's
/// format, or a Plan): a list of dicts sorted by last day to submit.
///
/// >>> cal = {"schedules": [{"frequency": "annual", "month_of_period": 11, "day": 30, "strictly_before": True, "quote": ""}]}
/// >>> chitieu.due_dates(cal, 2026)[0]["last_day"]
/// '2026-11-29'
#[pyfunction]
pub fn due_dates<'py>(
    py: Python<'py>,
    calendar_or_plan: &Bound<'py, PyAny>,
    year: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let year = self::year(year, "year")?;
    let cal = calendar(calendar_or_plan)?;
    to_py(py, &cal.due_dates(year).map_err(to_py_err)?)
}

/// The first report whose last day is on or after `after` (date or "YYYY-MM-DD"), or None.
///
/// >>> chitieu.next_due(chitieu.load_plan(), "2026-11-22")["last_day"]
/// '2026-11-29'
#[pyfunction]
pub fn next_due<'py>(
    py: Python<'py>,
    calendar_or_plan: &Bound<'py, PyAny>,
    after: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let cal = calendar(calendar_or_plan)?;
    let after = date(after, "after")?;
    to_py(py, &cal.next_due(after).map_err(to_py_err)?)
}
