//! The core's national benchmark workload as numpy arrays.

use numpy::PyArray1;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use chitieu::calc::workload::NationalWorkload;
use chitieu::ProblemCode;

use crate::bulk::array2;
use crate::support::integer;

/// The core's deterministic national workload (34 provinces and 3,321 communes × 60 indicators ×
/// 2020..2030) as numpy arrays, for benchmarks: the per-series columns, `times`, `values`
/// (`series × years`), the communes' `numerators`, `denominators` (commune series × years), their
/// `group` and the number of `groups`. The same seed gives the same numbers as the Rust benchmark (2025).
///
/// >>> w = chitieu.national_workload(2025)
/// >>> w["values"].shape
/// (201300, 11)
#[pyfunction]
#[pyo3(signature = (seed=None), text_signature = "(seed=2025)")]
pub fn national_workload<'py>(py: Python<'py>, seed: Option<&Bound<'py, PyAny>>) -> PyResult<Bound<'py, PyDict>> {
    let seed: u64 = match seed {
        Some(s) => integer(s, "seed", ProblemCode::ValueOutOfRange, "a seed from 0 to 2**64 - 1")?,
        None => 2025,
    };
    let w = py.detach(|| NationalWorkload::generate(seed));
    let groups = w.groups();
    let m = w.times.len();
    let n = w.baseline.len();
    let communes = w.group.len();
    let d = PyDict::new(py);
    d.set_item("baseline_t", PyArray1::from_vec(py, w.baseline_t))?;
    d.set_item("baseline", PyArray1::from_vec(py, w.baseline))?;
    d.set_item("target_t", PyArray1::from_vec(py, w.target_t))?;
    d.set_item("target", PyArray1::from_vec(py, w.target))?;
    d.set_item("comparator", PyArray1::from_vec(py, w.comparator))?;
    d.set_item("polarity", PyArray1::from_vec(py, w.polarity))?;
    d.set_item("times", PyArray1::from_vec(py, w.times))?;
    d.set_item("values", array2(py, w.values, n, m)?)?;
    d.set_item("numerators", array2(py, w.numerators, communes, m)?)?;
    d.set_item("denominators", array2(py, w.denominators, communes, m)?)?;
    d.set_item("group", PyArray1::from_vec(py, w.group))?;
    d.set_item("groups", groups)?;
    Ok(d)
}
