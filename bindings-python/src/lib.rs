//! Python bindings of chitieu (`import chitieu`). Built with maturin; gated off wasm targets so that
//! `cargo test --workspace` never needs a browser and the wasm build never needs libpython.
//!
//! One file per concern of the core, with the same names as the WebAssembly binding's; each converts its
//! arguments, calls the core once and converts the result back:
//!
//! | file | binds |
//! |---|---|
//! | `error` | `ChitieuError` and its subclasses; `to_py_err`, the one conversion of every core error (through `chitieu::ChitieuError`) |
//! | `support` | Python values to core values and back, text (lone surrogates), integers, dates, documents given as text (`str`) or a file (`pathlib.Path`), pickling (`restore_args`, `_restore`) |
//! | `plan` | `Plan`: JSON, validation, parts, targets, milestone paths, due dates |
//! | `observations` | `Observations`: JSON, CSV, pandas; `fractional_year` |
//! | `frame` | a pandas DataFrame read as observations: column labels checked as a CSV header, problems named by row label and column |
//! | `bundled` | `list_plans`, `list_national_plans`, `load_plan`, `units`, `bundled_observations` |
//! | `number` | `parse_number`, `parse_percent`, `parse_amount` |
//! | `milestone` | `Path`, `interpolate` |
//! | `achievement` | `attained`, `achievement` |
//! | `progress` | `growth_ratio`, `score`, `required_pace` |
//! | `method` | `indicator_kind`, `method_label`: the kind of an indicator and the method that judges it |
//! | `label` | `label`, `labels`, `status_colour`: the words of the core's one label table, in Vietnamese or English |
//! | `report` | the printable HTML report and the Excel workbook behind `Scorecard.to_html` and `Scorecard.to_excel` |
//! | `yearly_rate` | `yearly_rate`: yearly rates against a target rate |
//! | `cumulative` | `cumulative_change`: a cumulative change along a straight path |
//! | `rank` | `rank_progress`: ranks across a change of field |
//! | `projection` | `project` |
//! | `rollup` | `ratio_of_sums`, `weighted_mean`, `tier_check` |
//! | `register` | `units(date=...)`, `unit_at`, `successors`, `predecessors`, `merged_view`, `combine`, `carry_forward` |
//! | `reporting` | `due_dates`, `next_due` |
//! | `bulk` | `evaluate_cells`, `rollup_ratio_of_sums` over numpy arrays |
//! | `workload` | `national_workload` |
//! | `scorecard` | `Settings`, `Scorecard`, `scorecard` |
//! | `extract` | `Draft`, `extract_plan`, `agreement`, `target_keys` |
//! | `catalogue` | `catalogue`, `extend_catalogue`: the catalogue of indicators |
//! | `alignment` | `Alignment`, `alignment`: a plan against another |
//!
//! This file only registers them. To bind one more core function, write it in the file of its concern and
//! add one `add_function` line below (and its stub in `python/chitieu/_chitieu.pyi`, with a `TypedDict` for
//! a record it returns).
#![cfg(not(target_family = "wasm"))]
#![forbid(unsafe_code)]
// pyo3's macros generate items without docs; the Python docstrings are the documentation.
#![allow(missing_docs)]

use pyo3::prelude::*;

mod achievement;
mod alignment;
mod bulk;
mod bundled;
mod catalogue;
mod cumulative;
mod error;
mod extract;
mod frame;
mod label;
mod method;
mod milestone;
mod number;
mod observations;
mod plan;
mod progress;
mod projection;
mod rank;
mod register;
mod report;
mod reporting;
mod rollup;
mod scorecard;
mod support;
mod workload;
mod yearly_rate;

#[pymodule]
#[pyo3(name = "_chitieu")]
fn chitieu_native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    error::register(m)?;
    m.add("DEFAULT_PLAN", chitieu::bundled::DEFAULT_PLAN)?;
    m.add("FORMAT_VERSION", chitieu::FORMAT_VERSION)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;

    m.add_class::<plan::PyPlan>()?;
    m.add_class::<observations::PyObservations>()?;
    m.add_class::<milestone::PyPath>()?;
    m.add_class::<scorecard::PySettings>()?;
    m.add_class::<scorecard::PyScorecard>()?;
    m.add_class::<extract::PyDraft>()?;
    m.add_class::<alignment::PyAlignment>()?;

    m.add_function(wrap_pyfunction!(support::_restore, m)?)?;
    // Bundled data.
    m.add_function(wrap_pyfunction!(bundled::list_plans, m)?)?;
    m.add_function(wrap_pyfunction!(bundled::load_plan, m)?)?;
    m.add_function(wrap_pyfunction!(bundled::units, m)?)?;
    m.add_function(wrap_pyfunction!(bundled::bundled_observations, m)?)?;
    m.add_function(wrap_pyfunction!(bundled::list_national_plans, m)?)?;
    m.add_function(wrap_pyfunction!(catalogue::catalogue, m)?)?;
    m.add_function(wrap_pyfunction!(catalogue::extend_catalogue, m)?)?;
    // Calculations.
    m.add_function(wrap_pyfunction!(milestone::interpolate, m)?)?;
    m.add_function(wrap_pyfunction!(achievement::attained, m)?)?;
    m.add_function(wrap_pyfunction!(achievement::achievement, m)?)?;
    m.add_function(wrap_pyfunction!(progress::growth_ratio, m)?)?;
    m.add_function(wrap_pyfunction!(progress::score, m)?)?;
    m.add_function(wrap_pyfunction!(progress::required_pace, m)?)?;
    m.add_function(wrap_pyfunction!(method::indicator_kind, m)?)?;
    m.add_function(wrap_pyfunction!(method::method_label, m)?)?;
    m.add_function(wrap_pyfunction!(label::label, m)?)?;
    m.add_function(wrap_pyfunction!(label::labels, m)?)?;
    m.add_function(wrap_pyfunction!(label::status_colour, m)?)?;
    m.add_function(wrap_pyfunction!(yearly_rate::yearly_rate, m)?)?;
    m.add_function(wrap_pyfunction!(cumulative::cumulative_change, m)?)?;
    m.add_function(wrap_pyfunction!(rank::rank_progress, m)?)?;
    m.add_function(wrap_pyfunction!(projection::project, m)?)?;
    m.add_function(wrap_pyfunction!(rollup::ratio_of_sums, m)?)?;
    m.add_function(wrap_pyfunction!(rollup::weighted_mean, m)?)?;
    m.add_function(wrap_pyfunction!(rollup::tier_check, m)?)?;
    m.add_function(wrap_pyfunction!(reporting::due_dates, m)?)?;
    m.add_function(wrap_pyfunction!(reporting::next_due, m)?)?;
    m.add_function(wrap_pyfunction!(observations::fractional_year, m)?)?;
    m.add_function(wrap_pyfunction!(number::parse_number, m)?)?;
    m.add_function(wrap_pyfunction!(number::parse_percent, m)?)?;
    m.add_function(wrap_pyfunction!(number::parse_amount, m)?)?;
    // The register and the merged unit.
    m.add_function(wrap_pyfunction!(register::unit_at, m)?)?;
    m.add_function(wrap_pyfunction!(register::successors, m)?)?;
    m.add_function(wrap_pyfunction!(register::predecessors, m)?)?;
    m.add_function(wrap_pyfunction!(register::merged_view, m)?)?;
    m.add_function(wrap_pyfunction!(register::combine, m)?)?;
    m.add_function(wrap_pyfunction!(register::carry_forward, m)?)?;
    // Scorecard.
    m.add_function(wrap_pyfunction!(scorecard::scorecard, m)?)?;
    // Drafting a plan from its text.
    m.add_function(wrap_pyfunction!(extract::extract_plan, m)?)?;
    m.add_function(wrap_pyfunction!(extract::agreement, m)?)?;
    m.add_function(wrap_pyfunction!(extract::target_keys, m)?)?;
    // Bulk over numpy.
    m.add_function(wrap_pyfunction!(bulk::evaluate_cells, m)?)?;
    m.add_function(wrap_pyfunction!(bulk::rollup_ratio_of_sums, m)?)?;
    m.add_function(wrap_pyfunction!(workload::national_workload, m)?)?;
    // A plan against another.
    m.add_function(wrap_pyfunction!(alignment::alignment, m)?)?;
    Ok(())
}
