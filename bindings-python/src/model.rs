//! Plans and observations: the bundled plans, loading from JSON, CSV and data frames, and the plan's
//! parts as plain dicts in their canonical JSON shape.

use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};

use chitieu::milestone::Curve;
use chitieu::observation_csv;
use chitieu::scorecard::{indicator_path, Point, Settings};
use chitieu::{bundled, ObservationSet, Plan, Problem, Tier};

use crate::calc::PyPath;
use crate::convert::{date, name, to_py};
use crate::errors::{argument, IntoPyErr};

/// The text of a document given as itself or as a file: an `os.PathLike`, or a `str` that names an
/// existing file, is read; a `str` ending in .json, .csv, .tsv or .txt (and not holding a newline) that
/// names no file is `FileNotFoundError`; any other `str` is the document itself.
pub fn read_source(source: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(s) = source.cast::<PyString>() {
        let text: String = s.extract()?;
        let text = text.as_str();
        let trimmed = text.trim_start();
        let document = text.contains('\n') || trimmed.starts_with('{') || trimmed.starts_with('[');
        if !document && !text.is_empty() && std::path::Path::new(text).is_file() {
            return Ok(std::fs::read_to_string(text)?);
        }
        // "data.csv" with a typo is a missing file, not a one-line document.
        let lower = text.trim_end().to_lowercase();
        if !document && [".json", ".csv", ".tsv", ".txt"].iter().any(|ext| lower.ends_with(ext)) {
            return Err(pyo3::exceptions::PyFileNotFoundError::new_err(format!("no such file: {text:?}")));
        }
        return Ok(text.to_owned());
    }
    if source.hasattr("__fspath__")? {
        let os = source.py().import("os")?;
        let path: String = os.call_method1("fspath", (source,))?.extract()?;
        return Ok(std::fs::read_to_string(path)?);
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!(
        "expected JSON text, CSV text or a path (str or os.PathLike), got {}",
        source.get_type().name()?
    )))
}

fn problems<'py>(py: Python<'py>, list: &[Problem]) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    for p in list {
        out.append(to_py(py, p)?)?;
    }
    Ok(out)
}

fn tier_arg(tier: Option<&str>) -> PyResult<Option<Tier>> {
    tier.map(|t| name::<Tier>(t, "tier")).transpose()
}

/// A digital-transformation plan: its document, period, pillars, indicators and targets.
///
/// Parts are plain dicts and lists in the canonical JSON shape (`core/schema/plan.schema.json`), so
/// they go straight into pandas or JSON.
///
/// >>> plan = chitieu.load_plan("tra_vinh")
/// >>> plan.jurisdiction["name"], len(plan.targets)
/// ('Trà Vinh', 31)
/// >>> plan.targets_of("work_files_online")[0]["comparator"]
/// 'at_least'
#[pyclass(module = "chitieu._chitieu", name = "Plan", frozen)]
pub struct PyPlan {
    pub plan: Plan,
    warnings: Vec<Problem>,
}

impl PyPlan {
    pub fn new(plan: Plan, warnings: Vec<Problem>) -> Self {
        Self { plan, warnings }
    }

    pub fn from_json_text(source: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::from_json(source)
    }
}

#[pymethods]
impl PyPlan {
    /// Reads a plan from its canonical JSON (text, or a path to a file), validating it.
    ///
    /// Every problem is reported at once: `LoadError.problems`.
    ///
    /// >>> text = chitieu.load_plan().to_json()
    /// >>> chitieu.Plan.from_json(text).id
    /// 'tra_vinh'
    #[staticmethod]
    fn from_json(source: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = read_source(source)?;
        let loaded = Plan::from_json(&text).map_err(IntoPyErr::into_py_err)?;
        Ok(Self::new(loaded.value, loaded.warnings))
    }

    /// The plan as canonical JSON text (what `from_json` reads back).
    ///
    /// >>> chitieu.load_plan().to_json().startswith("{")
    /// True
    fn to_json(&self) -> String {
        self.plan.to_json()
    }

    /// Stable id of the plan.
    #[getter]
    fn id(&self) -> &str {
        &self.plan.id
    }

    /// Version of the format (1).
    #[getter]
    fn format_version(&self) -> u32 {
        self.plan.format_version
    }

    /// The administrative unit the plan is for (dict: id, name, kind, level, parent, succeeded_by).
    #[getter]
    fn jurisdiction<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.jurisdiction)
    }

    /// The document (dict: kind, number, issuer, signer, signed_on, title, source).
    #[getter]
    fn document<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.document)
    }

    /// Years covered (dict: from, to, horizon).
    #[getter]
    fn period<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.period)
    }

    /// Pillars in the document's order (list of dicts: id, name_vi, name_en).
    #[getter]
    fn pillars<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.pillars)
    }

    /// Indicators in the document's order (list of dicts: id, name_vi, name_en, unit, polarity, pillar, ...).
    #[getter]
    fn indicators<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.indicators)
    }

    /// Targets in the document's order (list of dicts: id, indicator, year, tier, comparator, value,
    /// tolerance, quote, note). `to_pandas()` gives them as a data frame.
    #[getter]
    fn targets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.targets)
    }

    /// Budget (dict, amounts in integer đồng), or None.
    #[getter]
    fn budget<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.budget)
    }

    /// Reporting calendar (dict: recipient, schedules), or None.
    #[getter]
    fn reporting<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.reporting)
    }

    /// Free notes on how the document was read.
    #[getter]
    fn notes(&self) -> Vec<String> {
        self.plan.notes.clone()
    }

    /// Warnings found while loading (list of problem dicts: path, code, message, expected, severity).
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        problems(py, &self.warnings)
    }

    /// The indicator with this id (dict), or None.
    ///
    /// >>> chitieu.load_plan().indicator("work_files_online")["unit"]
    /// 'percent'
    fn indicator<'py>(&self, py: Python<'py>, id: &str) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.indicator(id))
    }

    /// The target with this id (dict), or None.
    ///
    /// >>> t = chitieu.load_plan().targets[0]
    /// >>> chitieu.load_plan().target(t["id"]) == t
    /// True
    fn target<'py>(&self, py: Python<'py>, id: &str) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.target(id))
    }

    /// The targets of one indicator, in document order (list of dicts).
    ///
    /// >>> len(chitieu.load_plan().targets_of("work_files_online"))
    /// 6
    fn targets_of<'py>(&self, py: Python<'py>, indicator: &str) -> PyResult<Bound<'py, PyAny>> {
        let list: Vec<_> = self.plan.targets_of(indicator).collect();
        to_py(py, &list)
    }

    /// Every problem with this plan, as the loader would report it (list of dicts; empty when valid).
    ///
    /// >>> chitieu.load_plan().validate()
    /// []
    fn validate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        problems(py, &self.plan.validate())
    }

    /// The milestone path of an indicator at a tier through all its target years, from an optional
    /// `baseline` `(t, value)` before the first target year. `curve`: auto, linear, compound, logistic, step.
    ///
    /// >>> p = chitieu.load_plan().path("work_files_online", tier="province", baseline=(2022, 62.0))
    /// >>> round(p.at(2024)["value"], 2)
    /// 83.59
    #[pyo3(signature = (indicator, tier=None, baseline=None, curve="auto"))]
    fn path(&self, indicator: &str, tier: Option<&str>, baseline: Option<(f64, f64)>, curve: &str) -> PyResult<PyPath> {
        let curve: Curve = name(curve, "curve")?;
        let tier = tier_arg(tier)?;
        if self.plan.indicator(indicator).is_none() {
            return Err(argument("unknown_indicator", "indicator", format!("the plan has no indicator {indicator:?}")));
        }
        let point = match baseline {
            Some((t, value)) if t.is_finite() => Some(Point {
                t,
                // A date in year Y has Y - 1 < t <= Y.
                year: t.ceil().clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32,
                date: None,
                value,
                source: None,
                note: None,
            }),
            Some(_) => {
                return Err(crate::errors::raise(
                    crate::errors::Area::Milestone,
                    "non_finite",
                    Some("baseline"),
                    "the baseline time is not a finite number".to_owned(),
                ))
            }
            None => None,
        };
        let settings = Settings { curve, ..Settings::default() };
        let path = indicator_path(&self.plan, indicator, tier, point.as_ref(), None, &settings).map_err(|code| {
            crate::errors::raise(
                crate::errors::Area::Milestone,
                &code,
                Some("indicator"),
                format!("no milestone path for {indicator:?} at tier {tier:?}: {code}"),
            )
        })?;
        Ok(PyPath::from_path(path, curve, None))
    }

    /// Milestones of an indicator at each of `times` (default: every year of its path), as dicts
    /// (t, value, kind, comparator, curve, target). See `path` for the arguments.
    ///
    /// >>> ms = chitieu.load_plan().milestones("work_files_online", tier="province", baseline=(2022, 62.0))
    /// >>> [m["kind"] for m in ms][:2]
    /// ['baseline', 'interpolated']
    #[pyo3(signature = (indicator, times=None, tier=None, baseline=None, curve="auto"))]
    fn milestones<'py>(
        &self,
        py: Python<'py>,
        indicator: &str,
        times: Option<Vec<f64>>,
        tier: Option<&str>,
        baseline: Option<(f64, f64)>,
        curve: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        self.path(indicator, tier, baseline, curve)?.milestones(py, times)
    }

    /// Every report due in `year` by the plan's reporting calendar (list of dicts: schedule, frequency,
    /// period, year, deadline, last_day as ISO dates); empty when the plan sets no calendar.
    ///
    /// >>> [d["last_day"] for d in chitieu.load_plan().due_dates(2026)][:2]
    /// ['2026-03-19', '2026-06-19']
    fn due_dates<'py>(&self, py: Python<'py>, year: i32) -> PyResult<Bound<'py, PyAny>> {
        match &self.plan.reporting {
            Some(cal) => to_py(py, &cal.due_dates(year).map_err(IntoPyErr::into_py_err)?),
            None => Ok(PyList::empty(py).into_any()),
        }
    }

    /// The first report whose last day is on or after `after` (a `datetime.date` or "YYYY-MM-DD"), or None.
    ///
    /// >>> chitieu.load_plan().next_due("2026-11-22")["last_day"]
    /// '2026-11-29'
    fn next_due<'py>(&self, py: Python<'py>, after: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let after = date(after, "after")?;
        match &self.plan.reporting {
            Some(cal) => to_py(py, &cal.next_due(after).map_err(IntoPyErr::into_py_err)?),
            None => Ok(py.None().into_bound(py)),
        }
    }

    /// The targets as a pandas DataFrame, one row per target, with the indicator's names and unit
    /// (needs pandas).
    ///
    /// >>> chitieu.load_plan().to_pandas().shape[0]
    /// 31
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("chitieu._display")?.call_method1("targets_frame", (slf,))
    }

    /// An HTML table of the plan for Jupyter.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("chitieu._display")?.call_method1("plan_html", (slf,))
    }

    fn __repr__(&self) -> String {
        let p = &self.plan;
        let horizon = p.period.horizon.map(|h| format!(", to {h}")).unwrap_or_default();
        format!(
            "<Plan {} ({}): {} indicators, {} targets, until {}{}>",
            p.id,
            p.jurisdiction.name,
            p.indicators.len(),
            p.targets.len(),
            p.period.to,
            horizon
        )
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        crate::restore_args(py, "Plan", self.plan.to_json())
    }
}

/// A set of observations: values of indicators for units, by year or date.
///
/// >>> obs = chitieu.Observations.from_csv("unit;indicator;year;value\ntra_vinh;work_files_online;2023;85,5%\n")
/// >>> obs.records[0]["value"]
/// 85.5
#[pyclass(module = "chitieu._chitieu", name = "Observations", frozen)]
pub struct PyObservations {
    pub set: ObservationSet,
    warnings: Vec<Problem>,
}

#[pymethods]
impl PyObservations {
    /// Reads observations from their canonical JSON (text or a path); with a `plan`, values are checked
    /// against its indicators' units.
    ///
    /// >>> chitieu.Observations.from_json('[{"unit": "x", "indicator": "y", "year": "2023", "value": 1}]').records[0]["year"]
    /// 2023
    #[staticmethod]
    #[pyo3(signature = (source, plan=None))]
    fn from_json(source: &Bound<'_, PyAny>, plan: Option<&Bound<'_, PyPlan>>) -> PyResult<Self> {
        let text = read_source(source)?;
        let plan = plan.map(|p| &p.get().plan);
        let loaded = ObservationSet::from_json(&text, plan).map_err(IntoPyErr::into_py_err)?;
        Ok(Self { set: loaded.value, warnings: loaded.warnings })
    }

    /// Reads long-form CSV (text or a path): columns unit, indicator, year or date, value, and optional
    /// tier, numerator, denominator, source, note (Vietnamese headers too; `;`, `,` or tab).
    ///
    /// >>> chitieu.Observations.from_csv("đơn vị;chỉ tiêu;năm;giá trị\nx;y;2023;\"90,5\"\n").records[0]["value"]
    /// 90.5
    #[staticmethod]
    #[pyo3(signature = (source, plan=None))]
    fn from_csv(source: &Bound<'_, PyAny>, plan: Option<&Bound<'_, PyPlan>>) -> PyResult<Self> {
        let text = read_source(source)?;
        let plan = plan.map(|p| &p.get().plan);
        let loaded = observation_csv::read(&text, plan).map_err(IntoPyErr::into_py_err)?;
        Ok(Self { set: loaded.value, warnings: loaded.warnings })
    }

    /// Reads a long-form pandas DataFrame (columns unit, indicator, year or date, value, and optional
    /// tier, numerator, denominator, source, note). NaN or None is a blank cell; a row with a blank value
    /// is skipped with a `blank_cell` warning (in `.warnings`), as the CSV reader does: a missing value is
    /// not zero.
    ///
    /// >>> import pandas as pd
    /// >>> df = pd.DataFrame({"unit": ["x"], "indicator": ["y"], "year": [2023], "value": [90.5]})
    /// >>> len(chitieu.Observations.from_pandas(df))
    /// 1
    #[staticmethod]
    #[pyo3(signature = (frame, plan=None))]
    fn from_pandas(frame: &Bound<'_, PyAny>, plan: Option<&Bound<'_, PyPlan>>) -> PyResult<Self> {
        let py = frame.py();
        let text: String = py.import("chitieu._frames")?.call_method1("records_json", (frame,))?.extract()?;
        let plan = plan.map(|p| &p.get().plan);
        let loaded = ObservationSet::from_json(&text, plan).map_err(IntoPyErr::into_py_err)?;
        Ok(Self { set: loaded.value, warnings: loaded.warnings })
    }

    /// The bundled observations: published figures with their source, and illustrative values
    /// (without a source) for the default plan.
    ///
    /// >>> len(chitieu.Observations.bundled()) > 0
    /// True
    #[staticmethod]
    fn bundled() -> PyResult<Self> {
        let set = bundled::observations().map_err(IntoPyErr::into_py_err)?;
        Ok(Self { set, warnings: Vec::new() })
    }

    /// The observations as canonical JSON text.
    fn to_json(&self) -> String {
        self.set.to_json()
    }

    /// The observations as a list of dicts (unit, indicator, year or date, tier, value, numerator,
    /// denominator, source, note).
    #[getter]
    fn records<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.set.observations)
    }

    /// Warnings found while loading (list of problem dicts).
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        problems(py, &self.warnings)
    }

    /// The observations as a pandas DataFrame (needs pandas).
    ///
    /// >>> list(chitieu.Observations.bundled().to_pandas().columns)[:3]
    /// ['unit', 'indicator', 'year']
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("chitieu._display")?.call_method1("observations_frame", (slf,))
    }

    fn __len__(&self) -> usize {
        self.set.observations.len()
    }

    fn __repr__(&self) -> String {
        let mut units: Vec<&str> = self.set.observations.iter().map(|o| o.unit.as_str()).collect();
        units.sort_unstable();
        units.dedup();
        format!("<Observations: {} values of {} units>", self.set.observations.len(), units.len())
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        crate::restore_args(py, "Observations", self.set.to_json())
    }
}

impl PyObservations {
    pub fn from_json_text(source: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::from_json(source, None)
    }
}

/// Ids of the bundled plans, the default (`DEFAULT_PLAN`) first.
///
/// >>> chitieu.list_plans()[0]
/// 'tra_vinh'
#[pyfunction]
pub fn list_plans() -> Vec<&'static str> {
    bundled::plan_ids()
}

/// A bundled plan by id (`list_plans()`); the default plan (`DEFAULT_PLAN`) when no id is given.
///
/// >>> chitieu.load_plan("can_tho").jurisdiction["name"]
/// 'Cần Thơ'
#[pyfunction]
#[pyo3(signature = (id=None))]
pub fn load_plan(id: Option<&str>) -> PyResult<PyPlan> {
    let plan = bundled::plan(id.unwrap_or(bundled::DEFAULT_PLAN)).map_err(IntoPyErr::into_py_err)?;
    Ok(PyPlan::new(plan, Vec::new()))
}

/// The bundled register of administrative units (list of dicts), with what became of each on
/// 1 July 2025.
///
/// >>> any(u["id"] == "tra_vinh" for u in chitieu.units())
/// True
#[pyfunction]
pub fn units(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &bundled::units().map_err(IntoPyErr::into_py_err)?)
}

/// The bundled observations (same as `Observations.bundled()`).
///
/// >>> len(chitieu.bundled_observations()) > 0
/// True
#[pyfunction]
pub fn bundled_observations() -> PyResult<PyObservations> {
    PyObservations::bundled()
}
