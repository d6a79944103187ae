//! Python bindings of chitieu. Built with maturin; gated off wasm targets so that
//! `cargo test --workspace` never needs a browser and the wasm build never needs libpython.
//!
//! One module per concern, mirroring the core: `model` (plans, observations, bundled data), `calc`
//! (milestones, attainment, progress, projection, roll-ups, calendar, numbers), `scorecard`, `extract`
//! (drafting a plan from its text), `bulk`
//! (numpy), `errors` and `convert`. To bind one more core function, write it in the module of its
//! concern and add one `add_function` line below (and its stub in `python/chitieu/_chitieu.pyi`).
#![cfg(not(target_family = "wasm"))]
#![forbid(unsafe_code)]
// pyo3's macros generate items without docs; the Python docstrings are the documentation.
#![allow(missing_docs)]

use pyo3::prelude::*;
use pyo3::types::PyTuple;

mod bulk;
mod calc;
mod convert;
mod errors;
mod extract;
mod model;
mod scorecard;

/// `(_restore, (kind, json))`: what `__reduce__` returns, so objects pickle through the core's JSON.
pub(crate) fn restore_args<'py>(py: Python<'py>, kind: &str, json: String) -> PyResult<Bound<'py, PyTuple>> {
    let restore = py.import("chitieu._chitieu")?.getattr("_restore")?;
    let args = (kind, json).into_pyobject(py)?;
    PyTuple::new(py, [restore, args.into_any()])
}

/// Rebuilds a pickled Plan, Observations, Scorecard or Draft from its JSON.
#[pyfunction]
fn _restore(py: Python<'_>, kind: &str, json: &str) -> PyResult<Py<PyAny>> {
    let text = pyo3::types::PyString::new(py, json).into_any();
    Ok(match kind {
        "Plan" => Py::new(py, model::PyPlan::from_json_text(&text)?)?.into_any(),
        "Observations" => Py::new(py, model::PyObservations::from_json_text(&text)?)?.into_any(),
        "Scorecard" => Py::new(py, scorecard::PyScorecard::from_json_text(json)?)?.into_any(),
        "Draft" => Py::new(py, extract::PyDraft::from_json(json)?)?.into_any(),
        other => {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "cannot restore a {other:?}; expected Plan, Observations, Scorecard or Draft"
            )))
        }
    })
}

#[pymodule]
#[pyo3(name = "_chitieu")]
fn chitieu_native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    errors::register(m)?;
    m.add("DEFAULT_PLAN", chitieu::bundled::DEFAULT_PLAN)?;
    m.add("FORMAT_VERSION", chitieu::FORMAT_VERSION)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;

    m.add_class::<model::PyPlan>()?;
    m.add_class::<model::PyObservations>()?;
    m.add_class::<calc::PyPath>()?;
    m.add_class::<scorecard::PySettings>()?;
    m.add_class::<scorecard::PyScorecard>()?;
    m.add_class::<extract::PyDraft>()?;

    m.add_function(wrap_pyfunction!(_restore, m)?)?;
    // Bundled data.
    m.add_function(wrap_pyfunction!(model::list_plans, m)?)?;
    m.add_function(wrap_pyfunction!(model::load_plan, m)?)?;
    m.add_function(wrap_pyfunction!(model::units, m)?)?;
    m.add_function(wrap_pyfunction!(model::bundled_observations, m)?)?;
    // Calculations.
    m.add_function(wrap_pyfunction!(calc::interpolate, m)?)?;
    m.add_function(wrap_pyfunction!(calc::attained, m)?)?;
    m.add_function(wrap_pyfunction!(calc::achievement, m)?)?;
    m.add_function(wrap_pyfunction!(calc::growth_ratio, m)?)?;
    m.add_function(wrap_pyfunction!(calc::score, m)?)?;
    m.add_function(wrap_pyfunction!(calc::required_pace, m)?)?;
    m.add_function(wrap_pyfunction!(calc::project, m)?)?;
    m.add_function(wrap_pyfunction!(calc::ratio_of_sums, m)?)?;
    m.add_function(wrap_pyfunction!(calc::weighted_mean, m)?)?;
    m.add_function(wrap_pyfunction!(calc::tier_check, m)?)?;
    m.add_function(wrap_pyfunction!(calc::due_dates, m)?)?;
    m.add_function(wrap_pyfunction!(calc::next_due, m)?)?;
    m.add_function(wrap_pyfunction!(calc::fractional_year, m)?)?;
    m.add_function(wrap_pyfunction!(calc::parse_number, m)?)?;
    m.add_function(wrap_pyfunction!(calc::parse_percent, m)?)?;
    m.add_function(wrap_pyfunction!(calc::parse_amount, m)?)?;
    // Scorecard.
    m.add_function(wrap_pyfunction!(scorecard::scorecard, m)?)?;
    // Drafting a plan from its text.
    m.add_function(wrap_pyfunction!(extract::extract_plan, m)?)?;
    m.add_function(wrap_pyfunction!(extract::agreement, m)?)?;
    m.add_function(wrap_pyfunction!(extract::target_keys, m)?)?;
    // Bulk over numpy.
    m.add_function(wrap_pyfunction!(bulk::evaluate_cells, m)?)?;
    m.add_function(wrap_pyfunction!(bulk::rollup_ratio_of_sums, m)?)?;
    m.add_function(wrap_pyfunction!(bulk::national_workload, m)?)?;
    Ok(())
}
