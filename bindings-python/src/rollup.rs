//! Roll-ups across units and tiers: ratio of sums, weighted mean, and a tier target checked unit by unit.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use chitieu::calc::rollup;
use chitieu::{Comparator, Polarity};

use crate::error::to_py_err;
use crate::support::{name, to_py, Text};

/// `scale * Σ numerators / Σ denominators` (scale 100 gives percent): a dict with value, numerator,
/// denominator, units.
///
/// >>> chitieu.ratio_of_sums([9.0, 500.0], [10.0, 1000.0], 100.0)["numerator"]
/// 509.0
#[pyfunction]
#[pyo3(signature = (numerators, denominators, scale=1.0))]
pub fn ratio_of_sums(
    py: Python<'_>,
    numerators: Vec<f64>,
    denominators: Vec<f64>,
    scale: f64,
) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &rollup::ratio_of_sums(&numerators, &denominators, scale).map_err(to_py_err)?)
}

/// `Σ w v / Σ w`: a dict with value, total_weight, units.
///
/// >>> chitieu.weighted_mean([90.0, 50.0], [1.0, 3.0])["value"]
/// 60.0
#[pyfunction]
pub fn weighted_mean(py: Python<'_>, values: Vec<f64>, weights: Vec<f64>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &rollup::weighted_mean(&values, &weights).map_err(to_py_err)?)
}

/// A tier target checked unit by unit: `units` maps unit ids to values (None or NaN where a unit
/// reported nothing), or is a list of `(unit, value)` pairs. A dict with units, reported, attaining,
/// share_attaining (a fraction), not_attaining and missing (ids in input order).
///
/// >>> chitieu.tier_check("at_least", "higher_is_better", 80.0, {"a": 85.0, "b": 70.0, "c": None})["share_attaining"]
/// 0.5
#[pyfunction]
#[pyo3(signature = (comparator, polarity, target, units, tolerance=None))]
pub fn tier_check<'py>(
    py: Python<'py>,
    comparator: Text,
    polarity: Text,
    target: f64,
    units: &Bound<'py, PyAny>,
    tolerance: Option<f64>,
) -> PyResult<Bound<'py, PyAny>> {
    let c: Comparator = name(&comparator, "comparator")?;
    let p: Polarity = name(&polarity, "polarity")?;
    let pairs: Vec<(Text, Option<f64>)> = match units.cast::<PyDict>() {
        Ok(d) => d.iter().map(|(k, v)| Ok((k.extract()?, v.extract()?))).collect::<PyResult<_>>()?,
        Err(_) => units.extract()?,
    };
    let check = rollup::tier_check(c, p, target, tolerance, pairs.iter().map(|(u, v)| (u.as_str(), *v)));
    to_py(py, &check)
}
