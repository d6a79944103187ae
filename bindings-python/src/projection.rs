//! Projecting observations to a target year by weighted least squares, with an interval and the
//! probability of attaining the target.

use pyo3::prelude::*;

use chitieu::calc::projection::{project as core_project, Model, ProjectionInput};

use crate::error::to_py_err;
use crate::support::{name, to_py, Text};

/// Projects observations `[(t, value), ...]` to `target_t` by weighted least squares (`model` linear or
/// log_linear): a dict with projected, gap_ratio, outlook, interval, probability, reason, fit, observations.
///
/// >>> p = chitieu.project([(2020, 50.0), (2021, 55.0), (2022, 60.0)], 80.0, 2025, "at_least", "higher_is_better")
/// >>> round(p["projected"], 6), p["probability"]
/// (75.0, 0.0)
#[pyfunction]
#[pyo3(
    signature = (observations, target, target_t, comparator, polarity, baseline=None, tolerance=None, model=Text::of("linear"), level=0.9),
    text_signature = "(observations, target, target_t, comparator, polarity, baseline=None, tolerance=None, model='linear', level=0.9)"
)]
#[allow(clippy::too_many_arguments)]
pub fn project<'py>(
    py: Python<'py>,
    observations: Vec<(f64, f64)>,
    target: f64,
    target_t: f64,
    comparator: Text,
    polarity: Text,
    baseline: Option<f64>,
    tolerance: Option<f64>,
    model: Text,
    level: f64,
) -> PyResult<Bound<'py, PyAny>> {
    let input = ProjectionInput {
        observations,
        baseline,
        target,
        target_t,
        comparator: name(&comparator, "comparator")?,
        polarity: name(&polarity, "polarity")?,
        tolerance,
        model: name::<Model>(&model, "model")?,
        level,
    };
    to_py(py, &core_project(&input).map_err(to_py_err)?)
}
