//! Progress toward a target: the growth-rate ratio and its category and score, and the pace still needed.

use pyo3::prelude::*;

use chitieu::calc::progress::{growth_ratio as core_growth_ratio, required_pace as core_required_pace, GrowthInput};

use crate::error::to_py_err;
use crate::support::{name, to_py, Text};

/// The growth-rate ratio of `value` at `t` against `target` at `target_t`, from `baseline` at
/// `baseline_t`: a dict with category, score, cagr_actual, cagr_required, ratio, reason.
///
/// >>> g = chitieu.growth_ratio(2022, 62.0, 2025, 90.0, 2024, 80.0, "at_least", "higher_is_better")
/// >>> g["category"]
/// 'substantial_progress'
#[pyfunction]
#[pyo3(signature = (baseline_t, baseline, target_t, target, t, value, comparator, polarity, tolerance=None))]
#[allow(clippy::too_many_arguments)]
pub fn growth_ratio<'py>(
    py: Python<'py>,
    baseline_t: f64,
    baseline: f64,
    target_t: f64,
    target: f64,
    t: f64,
    value: f64,
    comparator: Text,
    polarity: Text,
    tolerance: Option<f64>,
) -> PyResult<Bound<'py, PyAny>> {
    let input = GrowthInput {
        baseline_t,
        baseline,
        target_t,
        target,
        t,
        value,
        comparator: name(&comparator, "comparator")?,
        polarity: name(&polarity, "polarity")?,
        tolerance,
    };
    to_py(py, &core_growth_ratio(&input).map_err(to_py_err)?)
}

/// Score on -5..5 of a growth-rate ratio: piecewise linear through (-0.6, -5), (0, -2.5), (0.6, 0),
/// (0.95, 2.5), (1.3, 5).
///
/// >>> chitieu.score(0.95)
/// 2.5
#[pyfunction]
pub fn score(ratio: f64) -> f64 {
    chitieu::calc::progress::score(ratio)
}

/// The pace needed from `value` at `t` to reach `target` by `target_t`: a dict with linear (units a
/// year), compound (a fraction a year) and reason.
///
/// >>> chitieu.required_pace(80.0, 2024, 90.0, 2025)
/// {'linear': 10.0, 'compound': 0.125, 'reason': None}
#[pyfunction]
pub fn required_pace(py: Python<'_>, value: f64, t: f64, target: f64, target_t: f64) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &core_required_pace(value, t, target, target_t).map_err(to_py_err)?)
}
