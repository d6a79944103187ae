//! Plans: reading and writing the canonical JSON, validation, the plan's parts as plain dicts in their
//! canonical JSON shape, its targets, milestone paths and reporting due dates.

use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};

use chitieu::calc::milestone::{bounds_of, indicator_path, Anchor, Curve, MilestoneError};
use chitieu::{NonFinite, Plan, Problem, ProblemCode, Tier};

use crate::error::{to_py_err, BadArgument};
use crate::milestone::PyPath;
use crate::support::{date, file_name_hint, name, read_source, restore_args, to_py, year, Text};

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
}

#[pymethods]
impl PyPlan {
    /// Reads a plan from its canonical JSON, validating it: `source` is the JSON text itself (a `str`
    /// is never taken for a file name), or a file given as a `pathlib.Path` (any `os.PathLike`), read as
    /// UTF-8.
    ///
    /// Every problem is reported at once: `LoadError.problems`.
    ///
    /// >>> text = chitieu.load_plan().to_json()
    /// >>> chitieu.Plan.from_json(text).id
    /// 'tra_vinh'
    /// >>> import pathlib, tempfile
    /// >>> f = pathlib.Path(tempfile.mkdtemp()) / "plan.json"
    /// >>> _ = f.write_text(text, encoding="utf-8")
    /// >>> chitieu.Plan.from_json(f).id
    /// 'tra_vinh'
    #[staticmethod]
    fn from_json(py: Python<'_>, source: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = read_source(source, "source")?;
        let loaded = Plan::from_json(&text).map_err(|e| file_name_hint(py, to_py_err(e), source))?;
        Ok(Self::new(loaded.value, loaded.warnings))
    }

    /// What unpickling calls: the plan as it was pickled, even one (drafted) that does not validate.
    #[staticmethod]
    fn _from_pickle(text: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = read_source(text, "json")?;
        match Plan::from_json(&text) {
            Ok(loaded) => Ok(Self::new(loaded.value, loaded.warnings)),
            Err(_) => Ok(Self::new(chitieu::io::json::read(&text).map_err(to_py_err)?, Vec::new())),
        }
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
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.warnings)
    }

    /// The indicator with this id (dict), or None.
    ///
    /// >>> chitieu.load_plan().indicator("work_files_online")["unit"]
    /// 'percent'
    fn indicator<'py>(&self, py: Python<'py>, id: Text) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.indicator(id.as_str()))
    }

    /// The target with this id (dict), or None.
    ///
    /// >>> t = chitieu.load_plan().targets[0]
    /// >>> chitieu.load_plan().target(t["id"]) == t
    /// True
    fn target<'py>(&self, py: Python<'py>, id: Text) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.target(id.as_str()))
    }

    /// The targets of one indicator, in document order (list of dicts).
    ///
    /// >>> len(chitieu.load_plan().targets_of("work_files_online"))
    /// 6
    fn targets_of<'py>(&self, py: Python<'py>, indicator: Text) -> PyResult<Bound<'py, PyAny>> {
        let list: Vec<_> = self.plan.targets_of(indicator.as_str()).collect();
        to_py(py, &list)
    }

    /// Every problem with this plan, as the loader would report it (list of dicts; empty when valid).
    ///
    /// >>> chitieu.load_plan().validate()
    /// []
    fn validate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.plan.validate())
    }

    /// The milestone path of an indicator at a tier through all its target years, from an optional
    /// `baseline` `(t, value)` before the first target year. `curve`: auto, linear, compound, logistic, step.
    ///
    /// >>> p = chitieu.load_plan().path("work_files_online", tier="province", baseline=(2022, 62.0))
    /// >>> round(p.at(2024)["value"], 2)
    /// 83.59
    #[pyo3(
        signature = (indicator, tier=None, baseline=None, curve=Text::of("auto")),
        text_signature = "($self, indicator, tier=None, baseline=None, curve='auto')"
    )]
    fn path(&self, indicator: Text, tier: Option<Text>, baseline: Option<(f64, f64)>, curve: Text) -> PyResult<PyPath> {
        let indicator = indicator.as_str();
        let curve: Curve = name(&curve, "curve")?;
        let tier = tier.map(|t| name::<Tier>(&t, "tier")).transpose()?;
        let Some(unit) = self.plan.indicator(indicator).map(|i| i.unit) else {
            return Err(to_py_err(BadArgument::new(
                ProblemCode::UnknownIndicator,
                "indicator",
                format!("indicator: the plan has no indicator {indicator:?}"),
            )));
        };
        let baseline = match baseline {
            // The core leaves out a baseline that is not before the first target year, which a NaN time
            // never is: refuse it rather than draw the path without it.
            Some((t, _)) if !t.is_finite() => {
                return Err(to_py_err(MilestoneError::NonFinite(NonFinite::named("baseline"))))
            }
            other => other.map(|(t, value)| Anchor::baseline(t, value)),
        };
        let path = indicator_path(&self.plan, indicator, tier, baseline, None, curve).map_err(to_py_err)?;
        Ok(PyPath::from_path(path, curve, bounds_of(unit)))
    }

    /// Milestones of an indicator at each of `times` (default: every year of its path), as dicts
    /// (t, value, kind, comparator, curve, target). See `path` for the arguments.
    ///
    /// >>> ms = chitieu.load_plan().milestones("work_files_online", tier="province", baseline=(2022, 62.0))
    /// >>> [m["kind"] for m in ms][:2]
    /// ['baseline', 'interpolated']
    #[pyo3(
        signature = (indicator, times=None, tier=None, baseline=None, curve=Text::of("auto")),
        text_signature = "($self, indicator, times=None, tier=None, baseline=None, curve='auto')"
    )]
    fn milestones<'py>(
        &self,
        py: Python<'py>,
        indicator: Text,
        times: Option<Vec<f64>>,
        tier: Option<Text>,
        baseline: Option<(f64, f64)>,
        curve: Text,
    ) -> PyResult<Bound<'py, PyAny>> {
        self.path(indicator, tier, baseline, curve)?.milestones(py, times)
    }

    /// Every report due in `year` by the plan's reporting calendar (list of dicts: schedule, frequency,
    /// period, year, deadline, last_day as ISO dates); empty when the plan sets no calendar.
    ///
    /// >>> [d["last_day"] for d in chitieu.load_plan().due_dates(2026)][:2]
    /// ['2026-03-19', '2026-06-19']
    fn due_dates<'py>(&self, py: Python<'py>, year: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let year = self::year(year, "year")?;
        match &self.plan.reporting {
            Some(cal) => to_py(py, &cal.due_dates(year).map_err(to_py_err)?),
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
            Some(cal) => to_py(py, &cal.next_due(after).map_err(to_py_err)?),
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
        restore_args(py, "Plan", self.plan.to_json())
    }
}
