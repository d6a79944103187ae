//! The data bundled with the library: the seed plans, the register of administrative units, and a set
//! of observations.

use pyo3::prelude::*;

use chitieu::bundled;

use crate::error::to_py_err;
use crate::observations::PyObservations;
use crate::plan::PyPlan;
use crate::support::{to_py, Text};

/// Ids of the bundled plans, the default (`DEFAULT_PLAN`) first.
///
/// >>> chitieu.list_plans()[0]
/// 'tra_vinh'
#[pyfunction]
pub fn list_plans() -> Vec<&'static str> {
    bundled::plan_ids()
}

/// Ids of the bundled national documents, loaded like plans by `load_plan`.
///
/// >>> chitieu.list_national_plans()
/// ['nq57_2024']
#[pyfunction]
pub fn list_national_plans() -> Vec<&'static str> {
    bundled::national_plan_ids()
}

/// A bundled plan by id (`list_plans()`, `list_national_plans()`); the default plan (`DEFAULT_PLAN`) when no id is given.
///
/// >>> chitieu.load_plan("can_tho").jurisdiction["name"]
/// 'Cần Thơ'
#[pyfunction]
#[pyo3(signature = (id=None))]
pub fn load_plan(id: Option<Text>) -> PyResult<PyPlan> {
    let plan = bundled::plan(id.as_ref().map_or(bundled::DEFAULT_PLAN, Text::as_str)).map_err(to_py_err)?;
    Ok(PyPlan::new(plan, Vec::new()))
}

/// Without a date: the bundled units of the plans (list of dicts), with what became of each on 1 July
/// 2025. With a `date`: every unit of the register in force that day (of one `level`: "province",
/// "district", "commune"), a list of dicts ready for `pandas.DataFrame`.
///
/// >>> any(u["id"] == "tra_vinh" for u in chitieu.units())
/// True
/// >>> len(chitieu.units(date="2025-07-01", level="province"))
/// 34
#[pyfunction]
#[pyo3(signature = (date=None, level=None))]
pub fn units<'py>(
    py: Python<'py>,
    date: Option<&Bound<'py, PyAny>>,
    level: Option<Text>,
) -> PyResult<Bound<'py, PyAny>> {
    match date {
        Some(d) => crate::register::units_on(py, d, level),
        None => to_py(py, &bundled::units().map_err(to_py_err)?),
    }
}

/// The bundled observations (same as `Observations.bundled()`).
///
/// >>> len(chitieu.bundled_observations()) > 0
/// True
#[pyfunction]
pub fn bundled_observations() -> PyResult<PyObservations> {
    PyObservations::bundled()
}
