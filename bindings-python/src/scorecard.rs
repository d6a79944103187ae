//! The scorecard: every target of a plan with its milestone, latest value, attainment and status,
//! summarised by pillar.

use pyo3::prelude::*;
use pyo3::types::PyTuple;

use std::path::PathBuf;

use chitieu::scorecard::{Scorecard, Settings};
use chitieu::{ObservationSet, Plan};

use crate::error::to_py_err;
use crate::observations::PyObservations;
use crate::plan::PyPlan;
use crate::support::{date, file_name_hint, name, read_source, restore_args, to_py, Text};

/// Choices a scorecard is computed with: the milestone `curve` (auto, linear, compound, logistic,
/// step), the `projection_model` (linear, log_linear), the projection's `interval_level`, and the share
/// of a pillar's indicators that must be assessable for its mean score (`min_assessable_share`).
///
/// >>> chitieu.Settings(curve="linear").curve
/// 'linear'
#[pyclass(module = "chitieu._chitieu", name = "Settings", frozen)]
pub struct PySettings {
    pub settings: Settings,
}

#[pymethods]
impl PySettings {
    #[new]
    #[pyo3(
        signature = (curve=Text::of("auto"), projection_model=Text::of("linear"), interval_level=0.9, min_assessable_share=0.6),
        text_signature = "(curve='auto', projection_model='linear', interval_level=0.9, min_assessable_share=0.6)"
    )]
    fn new(curve: Text, projection_model: Text, interval_level: f64, min_assessable_share: f64) -> PyResult<Self> {
        let settings = Settings {
            curve: name(&curve, "curve")?,
            projection_model: name(&projection_model, "projection_model")?,
            interval_level,
            min_assessable_share,
        };
        settings.validate().map_err(to_py_err)?;
        Ok(Self { settings })
    }

    /// Curve of the milestone paths.
    #[getter]
    fn curve(&self) -> &'static str {
        self.settings.curve.as_str()
    }

    /// Model of the projections.
    #[getter]
    fn projection_model(&self) -> String {
        serde_json::to_value(self.settings.projection_model)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// Coverage of the projection interval.
    #[getter]
    fn interval_level(&self) -> f64 {
        self.settings.interval_level
    }

    /// Share of a pillar's indicators that must be assessable for its mean score.
    #[getter]
    fn min_assessable_share(&self) -> f64 {
        self.settings.min_assessable_share
    }

    fn __repr__(&self) -> String {
        format!(
            "Settings(curve={:?}, projection_model={:?}, interval_level={}, min_assessable_share={})",
            self.curve(),
            self.projection_model(),
            self.settings.interval_level,
            self.settings.min_assessable_share
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let me = slf.get();
        let args = (me.curve(), me.projection_model(), me.settings.interval_level, me.settings.min_assessable_share)
            .into_pyobject(py)?;
        PyTuple::new(py, [slf.get_type().into_any(), args.into_any()])
    }
}

/// A plan's scorecard as of a date: `rows` (one dict per target), `pillars` and `overall` summaries.
///
/// >>> card = chitieu.Scorecard.build(chitieu.load_plan("can_tho"), as_of="2026-11-22")
/// >>> [r for r in card.rows if r["indicator"] == "dti_rank"][0]["achievement"]["attained"]
/// True
#[pyclass(module = "chitieu._chitieu", name = "Scorecard", frozen)]
pub struct PyScorecard {
    card: Scorecard,
    /// The plan and observations it was built from, for its reports (absent when read from JSON).
    source: Option<(Plan, ObservationSet)>,
}

fn build_card(
    py: Python<'_>,
    plan: &Bound<'_, PyPlan>,
    observations: Option<&Bound<'_, PyObservations>>,
    as_of: Option<&Bound<'_, PyAny>>,
    settings: Option<&Bound<'_, PySettings>>,
) -> PyResult<PyScorecard> {
    let as_of = match as_of {
        Some(d) if !d.is_none() => date(d, "as_of")?,
        _ => date(&py.import("datetime")?.getattr("date")?.call_method0("today")?, "as_of")?,
    };
    let settings = settings.map(|s| s.get().settings.clone()).unwrap_or_default();
    let bundled;
    let set = match observations {
        Some(o) => &o.get().set,
        None => {
            bundled = chitieu::bundled::observations().map_err(to_py_err)?;
            &bundled
        }
    };
    let plan = &plan.get().plan;
    let card = Scorecard::build(plan, set, as_of, &settings).map_err(to_py_err)?;
    Ok(PyScorecard { card, source: Some((plan.clone(), set.clone())) })
}

impl PyScorecard {
    /// Calls `f` with the plan and observations of the report: those given, else those the scorecard was
    /// built from, else the bundled ones.
    fn with_sources<R>(
        &self,
        plan: Option<&Bound<'_, PyPlan>>,
        observations: Option<&Bound<'_, PyObservations>>,
        f: impl FnOnce(&Plan, &ObservationSet) -> PyResult<R>,
    ) -> PyResult<R> {
        let stored = self.source.as_ref();
        let bundled_plan;
        let plan = match (plan, stored) {
            (Some(p), _) => &p.get().plan,
            (None, Some((p, _))) => p,
            (None, None) => {
                bundled_plan = chitieu::bundled::plan(&self.card.plan).map_err(to_py_err)?;
                &bundled_plan
            }
        };
        let bundled_set;
        let set = match (observations, stored) {
            (Some(o), _) => &o.get().set,
            (None, Some((_, o))) => o,
            (None, None) => {
                bundled_set = chitieu::bundled::observations().map_err(to_py_err)?;
                &bundled_set
            }
        };
        f(plan, set)
    }
}

#[pymethods]
impl PyScorecard {
    /// Builds the scorecard of `plan` from `observations` (default: the bundled ones) as of `as_of`
    /// (a date or "YYYY-MM-DD"; default: today), with `settings` (default: `Settings()`).
    ///
    /// >>> chitieu.Scorecard.build(chitieu.load_plan(), as_of="2025-12-31").as_of
    /// '2025-12-31'
    #[staticmethod]
    #[pyo3(signature = (plan, observations=None, as_of=None, settings=None))]
    fn build(
        py: Python<'_>,
        plan: &Bound<'_, PyPlan>,
        observations: Option<&Bound<'_, PyObservations>>,
        as_of: Option<&Bound<'_, PyAny>>,
        settings: Option<&Bound<'_, PySettings>>,
    ) -> PyResult<Self> {
        build_card(py, plan, observations, as_of, settings)
    }

    /// Reads a scorecard back from `to_json()`: `source` is the JSON text itself (a `str` is never taken
    /// for a file name), or a file as a `pathlib.Path`. A bad one is a `LoadError` with the core's code,
    /// path and problems.
    ///
    /// >>> card = chitieu.scorecard(chitieu.load_plan(), as_of="2025-12-31")
    /// >>> chitieu.Scorecard.from_json(card.to_json()).rows == card.rows
    /// True
    #[staticmethod]
    fn from_json(py: Python<'_>, source: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = read_source(source, "source")?;
        let card = Scorecard::from_json(&text).map_err(|e| file_name_hint(py, to_py_err(e), source))?;
        Ok(Self { card, source: None })
    }

    /// What unpickling calls.
    #[staticmethod]
    fn _from_pickle(text: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = read_source(text, "json")?;
        Ok(Self { card: Scorecard::from_json(&text).map_err(to_py_err)?, source: None })
    }

    /// Plan id.
    #[getter]
    fn plan(&self) -> &str {
        &self.card.plan
    }

    /// The plan's unit.
    #[getter]
    fn unit(&self) -> &str {
        &self.card.unit
    }

    /// As-of date, ISO.
    #[getter]
    fn as_of(&self) -> String {
        self.card.as_of.to_string()
    }

    /// As-of date as a fractional year.
    #[getter]
    fn as_of_t(&self) -> f64 {
        self.card.as_of_t
    }

    /// Settings used (dict).
    #[getter]
    fn settings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.card.settings)
    }

    /// One dict per target, in the plan's order, with every number and its explanation.
    #[getter]
    fn rows<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.card.rows)
    }

    /// One summary dict per pillar (indicators, assessable, mean_score, reason, attained, targets).
    #[getter]
    fn pillars<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.card.pillars)
    }

    /// The whole plan's summary (dict).
    #[getter]
    fn overall<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.card.overall)
    }

    /// Every row as plain columns (list of flat dicts): what `to_pandas` and `to_csv` hold.
    ///
    /// >>> sorted(chitieu.scorecard(chitieu.load_plan(), as_of="2025-12-31").flat_rows()[0])[:3]
    /// ['attained', 'comparator', 'gap']
    fn flat_rows<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.card.flat_rows())
    }

    /// The whole scorecard as JSON text.
    fn to_json(&self) -> String {
        self.card.to_json()
    }

    /// The rows as CSV text, one line per target, with a header.
    ///
    /// >>> chitieu.scorecard(chitieu.load_plan(), as_of="2025-12-31").to_csv().splitlines()[0][:20]
    /// 'target,pillar,indica'
    fn to_csv(&self) -> String {
        self.card.to_csv()
    }

    /// The flat rows as a pandas DataFrame (needs pandas). With `lang` (`"vi"` or `"en"`), the coded
    /// columns (status, reason, comparator, tier, unit, method, milestone kind) hold words from the
    /// core's label table instead of codes, and the indicator's name is in that language.
    ///
    /// >>> chitieu.scorecard(chitieu.load_plan(), as_of="2025-12-31").to_pandas().shape[0]
    /// 31
    /// >>> chitieu.scorecard(chitieu.load_plan(), as_of="2025-12-31").to_pandas(lang="vi")["status"].iloc[3]
    /// 'Đã đạt'
    #[pyo3(signature = (lang=None))]
    fn to_pandas<'py>(slf: &Bound<'py, Self>, lang: Option<Text>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let rows = slf.get().flat_rows(py)?;
        let display = py.import("chitieu._display")?;
        match lang {
            None => display.call_method1("frame", (rows, "scorecards")),
            Some(l) => {
                let code = chitieu::label::lang_code(crate::report::lang(Some(l))?);
                display.call_method1("labelled_frame", (rows, code))
            }
        }
    }

    /// The printable report (one self-contained HTML page, A4) in `lang` (`"vi"`, the default, or
    /// `"en"`), from the plan and observations the scorecard was built from (or those given; for a
    /// scorecard read from JSON, the bundled plan of its id and the bundled observations).
    ///
    /// >>> chitieu.scorecard(chitieu.load_plan(), as_of="2025-12-31").to_html().startswith("<!DOCTYPE html>")
    /// True
    #[pyo3(signature = (lang=None, plan=None, observations=None))]
    fn to_html(
        &self,
        lang: Option<Text>,
        plan: Option<&Bound<'_, PyPlan>>,
        observations: Option<&Bound<'_, PyObservations>>,
    ) -> PyResult<String> {
        let lang = crate::report::lang(lang)?;
        self.with_sources(plan, observations, |p, o| Ok(crate::report::html(&self.card, p, o, lang)))
    }

    /// Writes the Excel workbook (sheets of the scorecard, the milestones and the explanations, with
    /// number formats, frozen headers and the status colours) to `path`, in `lang`; the plan and
    /// observations as for `to_html`.
    #[pyo3(signature = (path, lang=None, plan=None, observations=None))]
    fn to_excel(
        &self,
        path: PathBuf,
        lang: Option<Text>,
        plan: Option<&Bound<'_, PyPlan>>,
        observations: Option<&Bound<'_, PyObservations>>,
    ) -> PyResult<()> {
        let lang = crate::report::lang(lang)?;
        let bytes = self.with_sources(plan, observations, |p, o| crate::report::xlsx(&self.card, p, o, lang))?;
        std::fs::write(&path, bytes)
            .map_err(|e| pyo3::exceptions::PyOSError::new_err(format!("cannot write {}: {e}", path.display())))
    }

    /// An HTML table for Jupyter: status as words and colour, by pillar.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("chitieu._display")?.call_method1("scorecard_html", (slf,))
    }

    fn __len__(&self) -> usize {
        self.card.rows.len()
    }

    fn __repr__(&self) -> String {
        let o = &self.card.overall;
        let mean = o.mean_score.map_or("n/a".to_owned(), |m| format!("{m:.2}"));
        format!(
            "<Scorecard {} as of {}: {} targets, {} attained, mean score {}>",
            self.card.plan, self.card.as_of, o.targets, o.attained, mean
        )
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        restore_args(py, "Scorecard", self.card.to_json())
    }
}

/// The scorecard of `plan` (same as `Scorecard.build`).
///
/// >>> chitieu.scorecard(chitieu.load_plan(), as_of="2025-12-31")
/// <Scorecard tra_vinh as of 2025-12-31: 31 targets, ...>
#[pyfunction]
#[pyo3(signature = (plan, observations=None, as_of=None, settings=None))]
pub fn scorecard(
    py: Python<'_>,
    plan: &Bound<'_, PyPlan>,
    observations: Option<&Bound<'_, PyObservations>>,
    as_of: Option<&Bound<'_, PyAny>>,
    settings: Option<&Bound<'_, PySettings>>,
) -> PyResult<PyScorecard> {
    build_card(py, plan, observations, as_of, settings)
}
