//! The register of administrative units and the merged unit: units in force on a date, a unit by code or
//! name, what it became and what it came from, the merged view of a successor province, combining
//! predecessors' figures, and carrying observations forward.

use std::sync::OnceLock;

use pyo3::prelude::*;

use chitieu::calc::merger::{self, Part, WeightKind, Weights};
use chitieu::calc::succession::Lineage;
use chitieu::{bundled, Level};

use crate::error::to_py_err;
use crate::observations::PyObservations;
use crate::plan::PyPlan;
use crate::support::{date, from_py, name, to_py, Text};

/// The bundled register, indexed once.
fn lineage() -> PyResult<&'static Lineage<'static>> {
    static LINEAGE: OnceLock<Lineage<'static>> = OnceLock::new();
    if let Some(l) = LINEAGE.get() {
        return Ok(l);
    }
    let register = bundled::register().map_err(to_py_err)?;
    Ok(LINEAGE.get_or_init(|| Lineage::new(register)))
}

/// The units in force on `date` (of one `level`: "province", "district", "commune"), as a list of dicts
/// (code, name, kind, parent, valid_from, valid_to) ready for `pandas.DataFrame`.
pub fn units_on<'py>(py: Python<'py>, on: &Bound<'py, PyAny>, level: Option<Text>) -> PyResult<Bound<'py, PyAny>> {
    let d = date(on, "date")?;
    let level: Option<Level> = level.map(|l| name(&l, "level")).transpose()?;
    to_py(py, &lineage()?.units_on(d, level))
}

/// The unit a code or name names on `date` (a dict); `ArgumentError` with code `unknown_unit`,
/// `not_in_force` or `ambiguous_unit` (listing the candidates) otherwise.
///
/// >>> chitieu.unit_at("80", "2025-06-30")["name"]
/// 'Long An'
#[pyfunction]
pub fn unit_at<'py>(py: Python<'py>, code_or_name: Text, date: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let d = crate::support::date(date, "date")?;
    to_py(py, lineage()?.unit_at(code_or_name.as_str(), d).map_err(to_py_err)?)
}

/// What holds, on `date`, the area of the unit `code_or_name` names on `on` (a day it was in force; by
/// default `date`, or its last day in force before `date`): a list of dicts (unit, share, status, basis).
/// Codes are reused: `successors("80", "2026-01-01", on="2025-06-30")` follows Long An.
///
/// >>> chitieu.successors("tỉnh Trà Vinh", "2026-01-01")[0]["unit"]["name"]
/// 'Vĩnh Long'
#[pyfunction]
#[pyo3(signature = (code_or_name, date, on=None))]
pub fn successors<'py>(
    py: Python<'py>,
    code_or_name: Text,
    date: &Bound<'py, PyAny>,
    on: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let d = crate::support::date(date, "date")?;
    let on = on.map(|o| crate::support::date(o, "on")).transpose()?;
    to_py(py, &merger::successor_links(lineage()?, code_or_name.as_str(), on, d).map_err(to_py_err)?)
}

/// The units the unit `code_or_name` names on `date` was formed from: a list of dicts (unit, share,
/// status, basis).
///
/// >>> sorted(p["unit"]["name"] for p in chitieu.predecessors("tỉnh Vĩnh Long", "2026-01-01"))
/// ['Bến Tre', 'Trà Vinh', 'Vĩnh Long']
#[pyfunction]
pub fn predecessors<'py>(py: Python<'py>, code_or_name: Text, date: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let d = crate::support::date(date, "date")?;
    to_py(py, &merger::predecessor_links(lineage()?, code_or_name.as_str(), d).map_err(to_py_err)?)
}

/// Named weights from a dict `{"kind": "population", "values": {"83": 1288463, ...}, "source": "..."}`.
fn weights_of(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Weights>> {
    obj.map(|w| from_py::<Weights>(w, "weights")).transpose()
}

/// The merged view of a successor province on `as_of`: its predecessors, the plans it carries side by
/// side, each indicator's figures combined by the rule it allows, each predecessor's target against the
/// merged figure. `observations` default to the bundled ones, `plans` to the bundled plans; `weights`
/// default to the communes each predecessor had.
#[pyfunction]
#[pyo3(signature = (unit, as_of, observations=None, plans=None, weights=None))]
pub fn merged_view<'py>(
    py: Python<'py>,
    unit: Text,
    as_of: &Bound<'py, PyAny>,
    observations: Option<PyRef<'py, PyObservations>>,
    plans: Option<Vec<PyRef<'py, PyPlan>>>,
    weights: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let d = date(as_of, "as_of")?;
    let plans = match plans {
        Some(p) => p.iter().map(|p| p.plan.clone()).collect(),
        None => bundled::plans().map_err(to_py_err)?,
    };
    let set = match observations {
        Some(o) => o.set.clone(),
        None => bundled::observations().map_err(to_py_err)?,
    };
    let aliases = bundled::units().map_err(to_py_err)?;
    let w = weights_of(weights)?;
    let view =
        merger::merged_view(lineage()?, unit.as_str(), d, &plans, &aliases, &set, w.as_ref()).map_err(to_py_err)?;
    to_py(py, &view)
}

/// The merged unit's figure from its predecessors' `parts` (dicts: unit, value, numerator, denominator,
/// weight) by `rule` ("ratio_of_sums", "weighted_mean", "mean_of_indices", "sum") for an indicator in
/// `unit`; `weight` names the weights of a weighted mean.
///
/// >>> chitieu.combine("mean_of_indices", "index", [{"unit": "84", "value": 0.5}, {"unit": "83", "value": 0.4}])["value"]
/// 0.45
#[pyfunction]
#[pyo3(signature = (rule, unit, parts, weight=None))]
pub fn combine<'py>(
    py: Python<'py>,
    rule: Text,
    unit: Text,
    parts: &Bound<'py, PyAny>,
    weight: Option<Text>,
) -> PyResult<Bound<'py, PyAny>> {
    let parts: Vec<Part> = from_py(parts, "parts")?;
    let weight: Option<WeightKind> = weight.map(|w| name(&w, "weight")).transpose()?;
    let c = merger::combine(name(&rule, "rule")?, name(&unit, "unit")?, weight, &parts).map_err(to_py_err)?;
    to_py(py, &c)
}

/// Predecessors' figures in `observations` carried forward to the provinces in force on `date`: a dict
/// with `carried` (each with its observation and combination) and `warnings` (code, path, unit, related,
/// message).
///
/// >>> obs = chitieu.Observations.from_json('[{"unit": "tỉnh Trà Vinh", "indicator": "dti_rank", "date": "2025-09-30", "value": 20}]')
/// >>> "not_carried" in [w["code"] for w in chitieu.carry_forward(obs, "2026-01-01")["warnings"]]
/// True
#[pyfunction]
#[pyo3(signature = (observations, date, plans=None, weights=None))]
pub fn carry_forward<'py>(
    py: Python<'py>,
    observations: PyRef<'py, PyObservations>,
    date: &Bound<'py, PyAny>,
    plans: Option<Vec<PyRef<'py, PyPlan>>>,
    weights: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let d = crate::support::date(date, "date")?;
    let plans = match plans {
        Some(p) => p.iter().map(|p| p.plan.clone()).collect(),
        None => bundled::plans().map_err(to_py_err)?,
    };
    let aliases = bundled::units().map_err(to_py_err)?;
    let l = lineage()?;
    let w = match weights_of(weights)? {
        Some(w) => w,
        None => {
            let provinces: Vec<_> = l.units_on(d, Some(Level::Province));
            let preds: Vec<_> =
                provinces.iter().filter_map(|p| l.predecessors(p).ok()).flatten().map(|p| p.unit).collect();
            Weights::communes(l, &preds, d).map_err(to_py_err)?
        }
    };
    to_py(py, &merger::carry_forward(l, &plans, &aliases, &observations.set, d, &w))
}
