//! A cumulative change from an unstated baseline ("giảm 30%"): a straight path from 0 at the start of the
//! period to the target at its year.

use pyo3::prelude::*;

use chitieu::calc::cumulative::{cumulative_change as core_cumulative_change, CumulativeInput};

use crate::error::to_py_err;
use crate::support::{name, to_py, Text};

/// The change `value` achieved by `t` against `target` by `target_t`, on a straight path from 0 at
/// `start_t`: a dict with category, score, path_value, ahead, pace_achieved, pace_required, ratio,
/// required_pace, reason.
///
/// >>> c = chitieu.cumulative_change(2019.0, 2030.0, 30.0, 2024.0, 18.0, "reach", "higher_is_better")
/// >>> c["category"], round(c["ratio"], 2), c["required_pace"]
/// ('substantial_progress', 1.32, 2.0)
#[pyfunction]
#[pyo3(signature = (start_t, target_t, target, t, value, comparator, polarity, tolerance=None))]
#[allow(clippy::too_many_arguments)]
pub fn cumulative_change<'py>(
    py: Python<'py>,
    start_t: f64,
    target_t: f64,
    target: f64,
    t: f64,
    value: f64,
    comparator: Text,
    polarity: Text,
    tolerance: Option<f64>,
) -> PyResult<Bound<'py, PyAny>> {
    let input = CumulativeInput {
        start_t,
        target_t,
        target,
        t,
        value,
        comparator: name(&comparator, "comparator")?,
        polarity: name(&polarity, "polarity")?,
        tolerance,
    };
    to_py(py, &core_cumulative_change(&input).map_err(to_py_err)?)
}
