//! A yearly rate: each year's rate against the target rate, the geometric mean rate over the period, and
//! the rate the remaining years need.

use pyo3::prelude::*;

use chitieu::calc::yearly_rate::{yearly_rate as core_yearly_rate, YearlyRateInput};
use serde::Deserialize;

use crate::error::to_py_err;
use crate::support::{from_py, name, to_py, Text};

/// One year's rate: `{"year": 2022, "rate": 7.9}` or `(2022, 7.9)`.
#[derive(Deserialize)]
#[serde(untagged)]
enum ObservedRate {
    Object { year: i32, rate: f64 },
    Pair(i32, f64),
}

/// Each year's rate of `rates` (dicts with year and rate, or (year, rate) pairs) against the target rate,
/// and the geometric mean rate against it: a dict with category, score, years, mean_rate, ratio,
/// required_rate, reason.
///
/// >>> r = chitieu.yearly_rate([(2022, 7.9), (2023, 6.2), (2024, 6.8)], 11.5, "more_than", "higher_is_better", target_year=2025)
/// >>> r["category"], round(r["mean_rate"], 3), r["years_attained"]
/// ('moderate_progress', 6.964, 0)
#[pyfunction]
#[pyo3(signature = (rates, target, comparator, polarity, target_year=None, tolerance=None))]
pub fn yearly_rate<'py>(
    py: Python<'py>,
    rates: &Bound<'py, PyAny>,
    target: f64,
    comparator: Text,
    polarity: Text,
    target_year: Option<&Bound<'py, PyAny>>,
    tolerance: Option<f64>,
) -> PyResult<Bound<'py, PyAny>> {
    let rates: Vec<ObservedRate> = from_py(rates, "rates")?;
    let input = YearlyRateInput {
        rates: rates
            .into_iter()
            .map(|r| match r {
                ObservedRate::Object { year, rate } | ObservedRate::Pair(year, rate) => (year, rate),
            })
            .collect(),
        target,
        target_year: target_year.map(|y| crate::support::year(y, "target_year")).transpose()?,
        comparator: name(&comparator, "comparator")?,
        polarity: name(&polarity, "polarity")?,
        tolerance,
    };
    to_py(py, &core_yearly_rate(&input).map_err(to_py_err)?)
}
