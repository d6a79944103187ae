//! Whether a value meets a target (`attained`), and by how much (`achievement`: percent of target,
//! progress from the baseline, gap).

use pyo3::prelude::*;

use chitieu::calc::achievement::{achievement as core_achievement, attained as core_attained};
use chitieu::{Comparator, Polarity};

use crate::error::to_py_err;
use crate::support::{name, to_py, Text};

/// Whether `value` meets `target` under `comparator` (at_least, more_than, reach, at_most, less_than,
/// about) for an indicator of `polarity`, with the core's equality rule (relative 1e-9).
///
/// >>> chitieu.attained("more_than", "higher_is_better", 100 * 78.4 / 98, 80.0)
/// False
#[pyfunction]
#[pyo3(signature = (comparator, polarity, value, target, tolerance=None))]
pub fn attained(comparator: Text, polarity: Text, value: f64, target: f64, tolerance: Option<f64>) -> PyResult<bool> {
    let c: Comparator = name(&comparator, "comparator")?;
    let p: Polarity = name(&polarity, "polarity")?;
    core_attained(c, p, value, target, tolerance).map_err(to_py_err)
}

/// Achievement of `value` against `target` from an optional `baseline`: a dict with attained,
/// percent_of_target, progress_from_baseline, gap, and the reasons of absent ratios.
///
/// >>> a = chitieu.achievement("at_least", "higher_is_better", target=90.0, value=76.0, baseline=62.0)
/// >>> a["attained"], a["progress_from_baseline"], a["gap"]
/// (False, 0.5, 14.0)
#[pyfunction]
#[pyo3(signature = (comparator, polarity, target, value, baseline=None, tolerance=None))]
pub fn achievement<'py>(
    py: Python<'py>,
    comparator: Text,
    polarity: Text,
    target: f64,
    value: f64,
    baseline: Option<f64>,
    tolerance: Option<f64>,
) -> PyResult<Bound<'py, PyAny>> {
    let c: Comparator = name(&comparator, "comparator")?;
    let p: Polarity = name(&polarity, "polarity")?;
    to_py(py, &core_achievement(c, p, baseline, target, value, tolerance).map_err(to_py_err)?)
}
