//! The calculations, one Python function per core function: milestones, attainment, progress,
//! projection, roll-ups, the reporting calendar, numbers and dates. Results are dicts named as in the
//! core (and in `tests/vectors`), with `None` and a `*_reason` where a quantity is absent.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use chitieu::achievement::achievement as core_achievement;
use chitieu::milestone::{interpolate as core_interpolate, Anchor, Curve, Path};
use chitieu::progress::{growth_ratio as core_growth_ratio, required_pace as core_required_pace, GrowthInput};
use chitieu::projection::{project as core_project, Model, ProjectionInput};
use chitieu::rollup;
use chitieu::{number, Comparator, Polarity, ReportingCalendar};

use crate::convert::{date, from_py, name, to_py};
use crate::errors::IntoPyErr;

/// One anchor from a dict `{t, value, comparator?, target?}` or a tuple `(t, value[, comparator])`.
fn anchor(obj: &Bound<'_, PyAny>, i: usize) -> PyResult<Anchor> {
    let path = format!("anchors[{i}]");
    if let Ok(d) = obj.cast::<PyDict>() {
        let get = |k: &str| d.get_item(k);
        let t: f64 = match get("t")? {
            Some(v) => v.extract()?,
            None => return Err(crate::errors::argument("missing_field", &format!("{path}.t"), "missing field `t`")),
        };
        let value: f64 = match get("value")? {
            Some(v) => v.extract()?,
            None => {
                return Err(crate::errors::argument("missing_field", &format!("{path}.value"), "missing field `value`"))
            }
        };
        let comparator = match get("comparator")? {
            Some(c) if !c.is_none() => {
                Some(name::<Comparator>(&c.extract::<String>()?, &format!("{path}.comparator"))?)
            }
            _ => None,
        };
        let target = match get("target")? {
            Some(c) if !c.is_none() => Some(c.extract::<String>()?),
            _ => None,
        };
        return Ok(Anchor { t, value, comparator, target });
    }
    let tuple = obj.cast::<PyTuple>().map_err(|_| {
        pyo3::exceptions::PyTypeError::new_err(format!(
            "{path}: expected a dict {{t, value, comparator}} or a tuple (t, value[, comparator])"
        ))
    })?;
    let t: f64 = tuple.get_item(0)?.extract()?;
    let value: f64 = tuple.get_item(1)?.extract()?;
    let comparator = if tuple.len() > 2 {
        let c = tuple.get_item(2)?;
        if c.is_none() {
            None
        } else {
            Some(name::<Comparator>(&c.extract::<String>()?, &format!("{path}.comparator"))?)
        }
    } else {
        None
    };
    Ok(Anchor { t, value, comparator, target: None })
}

/// A milestone path through anchors: a baseline (no comparator) then targets, one checked curve per
/// segment. `curve`: linear, compound, logistic, step or auto; `bounds` are the logistic curve's
/// (0..100 when omitted).
///
/// >>> p = chitieu.Path([(2022, 62.0), (2025, 90.0, "at_least")], curve="linear")
/// >>> round(p.at(2024)["value"], 4), p.at(2024)["kind"]
/// (80.6667, 'interpolated')
#[pyclass(module = "chitieu._chitieu", name = "Path", frozen)]
pub struct PyPath {
    path: Path,
    curve: Curve,
    bounds: Option<(f64, f64)>,
}

impl PyPath {
    pub fn from_path(path: Path, curve: Curve, bounds: Option<(f64, f64)>) -> Self {
        Self { path, curve, bounds }
    }
}

#[pymethods]
impl PyPath {
    #[new]
    #[pyo3(signature = (anchors, curve="linear", bounds=None))]
    fn new(anchors: &Bound<'_, PyAny>, curve: &str, bounds: Option<(f64, f64)>) -> PyResult<Self> {
        let curve: Curve = name(curve, "curve")?;
        let mut list = Vec::new();
        for (i, a) in anchors.try_iter()?.enumerate() {
            list.push(anchor(&a?, i)?);
        }
        let path = Path::new(list, curve, bounds).map_err(IntoPyErr::into_py_err)?;
        Ok(Self { path, curve, bounds })
    }

    /// The anchors, in time order (list of dicts: t, value, comparator, target).
    #[getter]
    fn anchors<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.path.anchors())
    }

    /// The curve asked for (`auto` chooses per segment: see `curves`).
    #[getter]
    fn curve(&self) -> &'static str {
        self.curve.as_str()
    }

    /// The curve each segment follows, after `auto` chose.
    ///
    /// >>> chitieu.Path([(2022, 62.0), (2025, 90.0, "at_least"), (2030, 100.0, "reach")], "auto", (0, 100)).curves
    /// ['logistic', 'linear']
    #[getter]
    fn curves(&self) -> Vec<&'static str> {
        self.path.segments().iter().map(|s| s.curve().as_str()).collect()
    }

    /// First and last time of the path.
    #[getter]
    fn span(&self) -> (f64, f64) {
        self.path.span()
    }

    /// The milestone at time `t` (a fractional year; a year Y is the end of Y): a dict with t, value,
    /// kind (baseline, stated, interpolated, held), comparator, curve, target.
    ///
    /// >>> chitieu.Path([(2022, 62.0), (2025, 90.0, "at_least")]).at(2030)["kind"]
    /// 'held'
    fn at<'py>(&self, py: Python<'py>, t: f64) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.path.at(t).map_err(IntoPyErr::into_py_err)?)
    }

    /// The milestones at each of `times` (default: every whole year of the path), as a list of dicts.
    ///
    /// >>> [m["value"] for m in chitieu.Path([(2022, 60.0), (2024, 80.0, "at_least")]).milestones()]
    /// [60.0, 70.0, 80.0]
    #[pyo3(signature = (times=None))]
    pub fn milestones<'py>(&self, py: Python<'py>, times: Option<Vec<f64>>) -> PyResult<Bound<'py, PyAny>> {
        let times = times.unwrap_or_else(|| self.default_times());
        to_py(py, &self.path.milestones(&times).map_err(IntoPyErr::into_py_err)?)
    }

    /// The earliest time at which the path reaches `value` for an indicator of `polarity`, or None
    /// (see `time_distance` for why).
    ///
    /// >>> chitieu.Path([(2022, 60.0), (2024, 80.0, "at_least")]).time_reaching(70.0, "higher_is_better")
    /// 2023.0
    #[pyo3(signature = (value, polarity="higher_is_better"))]
    fn time_reaching(&self, value: f64, polarity: &str) -> PyResult<Option<f64>> {
        let polarity: Polarity = name(polarity, "polarity")?;
        Ok(self.path.time_reaching(value, polarity).ok())
    }

    /// Years by which `value` at time `t` is ahead of the path (positive) or behind it (negative):
    /// a dict `{years, reason}`, `years` None with reason `below_baseline` or `beyond_final_target`.
    ///
    /// >>> chitieu.Path([(2022, 60.0), (2024, 80.0, "at_least")]).time_distance(2022.5, 70.0)
    /// {'years': 0.5, 'reason': None}
    #[pyo3(signature = (t, value, polarity="higher_is_better"))]
    fn time_distance<'py>(&self, py: Python<'py>, t: f64, value: f64, polarity: &str) -> PyResult<Bound<'py, PyDict>> {
        let polarity: Polarity = name(polarity, "polarity")?;
        let d = PyDict::new(py);
        match self.path.time_distance(t, value, polarity) {
            Ok(years) => {
                d.set_item("years", years)?;
                d.set_item("reason", py.None())?;
            }
            Err(u) => {
                d.set_item("years", py.None())?;
                d.set_item("reason", u.code())?;
            }
        }
        Ok(d)
    }

    /// The milestones at `times` (default: every whole year) as a pandas DataFrame (needs pandas).
    ///
    /// >>> chitieu.Path([(2022, 60.0), (2024, 80.0, "at_least")]).to_pandas()["value"].tolist()
    /// [60.0, 70.0, 80.0]
    #[pyo3(signature = (times=None))]
    fn to_pandas<'py>(slf: &Bound<'py, Self>, times: Option<Vec<f64>>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let records = slf.get().milestones(py, times)?;
        py.import("chitieu._display")?.call_method1("frame", (records, "milestones"))
    }

    fn __repr__(&self) -> String {
        let anchors: Vec<String> = self.path.anchors().iter().map(|a| format!("{}@{}", a.value, a.t)).collect();
        format!("<Path {}: {}>", self.curve.as_str(), anchors.join(" → "))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let me = slf.get();
        let anchors = to_py(py, &me.path.anchors())?;
        let args = PyTuple::new(
            py,
            [anchors, me.curve.as_str().into_pyobject(py)?.into_any(), me.bounds.into_pyobject(py)?.into_any()],
        )?;
        PyTuple::new(py, [slf.get_type().into_any(), args.into_any()])
    }
}

impl PyPath {
    fn default_times(&self) -> Vec<f64> {
        let (first, last) = self.path.span();
        if !(first.is_finite() && last.is_finite()) {
            return Vec::new();
        }
        let mut times = vec![first];
        let mut y = first.floor() + 1.0;
        while y < last && times.len() < 1000 {
            times.push(y);
            y += 1.0;
        }
        if last > first {
            times.push(last);
        }
        times
    }
}

/// One value between `(t0, v0)` and `(t1, v1)` on `curve`: `{value, curve_used}` (what `auto` chose).
///
/// >>> chitieu.interpolate("auto", 2025, 90.0, 2030, 100.0, 2027, bounds=(0, 100))
/// {'value': 94.0, 'curve_used': 'linear'}
#[pyfunction]
#[pyo3(signature = (curve, t0, v0, t1, v1, t, bounds=None))]
#[allow(clippy::too_many_arguments)]
pub fn interpolate<'py>(
    py: Python<'py>,
    curve: &str,
    t0: f64,
    v0: f64,
    t1: f64,
    v1: f64,
    t: f64,
    bounds: Option<(f64, f64)>,
) -> PyResult<Bound<'py, PyDict>> {
    let curve: Curve = name(curve, "curve")?;
    let (value, used) = core_interpolate(curve, t0, v0, t1, v1, t, bounds).map_err(IntoPyErr::into_py_err)?;
    let d = PyDict::new(py);
    d.set_item("value", value)?;
    d.set_item("curve_used", used.as_str())?;
    Ok(d)
}

/// Whether `value` meets `target` under `comparator` (at_least, more_than, reach, at_most, less_than,
/// about) for an indicator of `polarity`, with the core's equality rule (relative 1e-9).
///
/// >>> chitieu.attained("more_than", "higher_is_better", 100 * 78.4 / 98, 80.0)
/// False
#[pyfunction]
#[pyo3(signature = (comparator, polarity, value, target, tolerance=None))]
pub fn attained(comparator: &str, polarity: &str, value: f64, target: f64, tolerance: Option<f64>) -> PyResult<bool> {
    let c: Comparator = name(comparator, "comparator")?;
    let p: Polarity = name(polarity, "polarity")?;
    Ok(c.holds(value, target, p, tolerance))
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
    comparator: &str,
    polarity: &str,
    target: f64,
    value: f64,
    baseline: Option<f64>,
    tolerance: Option<f64>,
) -> PyResult<Bound<'py, PyAny>> {
    let c: Comparator = name(comparator, "comparator")?;
    let p: Polarity = name(polarity, "polarity")?;
    to_py(py, &core_achievement(c, p, baseline, target, value, tolerance).map_err(IntoPyErr::into_py_err)?)
}

/// The growth-rate ratio of `value` at `t` against `target` at `target_t`, from `baseline` at
/// `baseline_t`: a dict with category, score, cagr_actual, cagr_required, ratio, reason.
///
/// >>> g = chitieu.growth_ratio(2022, 62.0, 2025, 90.0, 2024, 80.0, "at_least", "higher_is_better")
/// >>> g["category"]
/// 'substantial_progress'
#[pyfunction]
#[pyo3(signature = (baseline_t, baseline, target_t, target, t, value, comparator, polarity, tolerance=None))]
#[allow(clippy::too_many_arguments)]
pub fn growth_ratio<'py>(
    py: Python<'py>,
    baseline_t: f64,
    baseline: f64,
    target_t: f64,
    target: f64,
    t: f64,
    value: f64,
    comparator: &str,
    polarity: &str,
    tolerance: Option<f64>,
) -> PyResult<Bound<'py, PyAny>> {
    let input = GrowthInput {
        baseline_t,
        baseline,
        target_t,
        target,
        t,
        value,
        comparator: name(comparator, "comparator")?,
        polarity: name(polarity, "polarity")?,
        tolerance,
    };
    to_py(py, &core_growth_ratio(&input).map_err(IntoPyErr::into_py_err)?)
}

/// Score on -5..5 of a growth-rate ratio: piecewise linear through (-0.6, -5), (0, -2.5), (0.6, 0),
/// (0.95, 2.5), (1.3, 5).
///
/// >>> chitieu.score(0.95)
/// 2.5
#[pyfunction]
pub fn score(ratio: f64) -> f64 {
    chitieu::progress::score(ratio)
}

/// The pace needed from `value` at `t` to reach `target` by `target_t`: a dict with linear (units a
/// year), compound (a fraction a year) and reason.
///
/// >>> chitieu.required_pace(80.0, 2024, 90.0, 2025)
/// {'linear': 10.0, 'compound': 0.125, 'reason': None}
#[pyfunction]
pub fn required_pace(py: Python<'_>, value: f64, t: f64, target: f64, target_t: f64) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &core_required_pace(value, t, target, target_t).map_err(IntoPyErr::into_py_err)?)
}

/// Projects observations `[(t, value), ...]` to `target_t` by weighted least squares (`model` linear or
/// log_linear): a dict with projected, gap_ratio, outlook, interval, probability, reason, fit, observations.
///
/// >>> p = chitieu.project([(2020, 50.0), (2021, 55.0), (2022, 60.0)], 80.0, 2025, "at_least", "higher_is_better")
/// >>> round(p["projected"], 6), p["probability"]
/// (75.0, 0.0)
#[pyfunction]
#[pyo3(signature = (observations, target, target_t, comparator, polarity, baseline=None, tolerance=None, model="linear", level=0.9))]
#[allow(clippy::too_many_arguments)]
pub fn project<'py>(
    py: Python<'py>,
    observations: Vec<(f64, f64)>,
    target: f64,
    target_t: f64,
    comparator: &str,
    polarity: &str,
    baseline: Option<f64>,
    tolerance: Option<f64>,
    model: &str,
    level: f64,
) -> PyResult<Bound<'py, PyAny>> {
    let input = ProjectionInput {
        observations,
        baseline,
        target,
        target_t,
        comparator: name(comparator, "comparator")?,
        polarity: name(polarity, "polarity")?,
        tolerance,
        model: name::<Model>(model, "model")?,
        level,
    };
    to_py(py, &core_project(&input).map_err(IntoPyErr::into_py_err)?)
}

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
    to_py(py, &rollup::ratio_of_sums(&numerators, &denominators, scale).map_err(IntoPyErr::into_py_err)?)
}

/// `Σ w v / Σ w`: a dict with value, total_weight, units.
///
/// >>> chitieu.weighted_mean([90.0, 50.0], [1.0, 3.0])["value"]
/// 60.0
#[pyfunction]
pub fn weighted_mean(py: Python<'_>, values: Vec<f64>, weights: Vec<f64>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &rollup::weighted_mean(&values, &weights).map_err(IntoPyErr::into_py_err)?)
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
    comparator: &str,
    polarity: &str,
    target: f64,
    units: &Bound<'py, PyAny>,
    tolerance: Option<f64>,
) -> PyResult<Bound<'py, PyAny>> {
    let c: Comparator = name(comparator, "comparator")?;
    let p: Polarity = name(polarity, "polarity")?;
    let pairs: Vec<(String, Option<f64>)> = match units.cast::<PyDict>() {
        Ok(d) => d.iter().map(|(k, v)| Ok((k.extract()?, v.extract()?))).collect::<PyResult<_>>()?,
        Err(_) => units.extract()?,
    };
    let check = rollup::tier_check(c, p, target, tolerance, pairs.iter().map(|(u, v)| (u.as_str(), *v)));
    to_py(py, &check)
}

fn calendar(obj: &Bound<'_, PyAny>) -> PyResult<ReportingCalendar> {
    if let Ok(plan) = obj.cast::<crate::model::PyPlan>() {
        return Ok(plan
            .get()
            .plan
            .reporting
            .clone()
            .unwrap_or(ReportingCalendar { recipient: None, schedules: vec![] }));
    }
    from_py(obj, "calendar")
}

/// Every report due in `year` by a reporting calendar (a dict `{schedules: [...]}` in the plan's
/// format, or a Plan): a list of dicts sorted by last day to submit.
///
/// >>> cal = {"schedules": [{"frequency": "annual", "month_of_period": 11, "day": 30, "strictly_before": True, "quote": ""}]}
/// >>> chitieu.due_dates(cal, 2026)[0]["last_day"]
/// '2026-11-29'
#[pyfunction]
pub fn due_dates<'py>(py: Python<'py>, calendar_or_plan: &Bound<'py, PyAny>, year: i32) -> PyResult<Bound<'py, PyAny>> {
    let cal = calendar(calendar_or_plan)?;
    to_py(py, &cal.due_dates(year).map_err(IntoPyErr::into_py_err)?)
}

/// The first report whose last day is on or after `after` (date or "YYYY-MM-DD"), or None.
///
/// >>> chitieu.next_due(chitieu.load_plan(), "2026-11-22")["last_day"]
/// '2026-11-29'
#[pyfunction]
pub fn next_due<'py>(
    py: Python<'py>,
    calendar_or_plan: &Bound<'py, PyAny>,
    after: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let cal = calendar(calendar_or_plan)?;
    let after = date(after, "after")?;
    to_py(py, &cal.next_due(after).map_err(IntoPyErr::into_py_err)?)
}

/// A date as a fractional year: `Y - 1 + day_of_year / days_in_year` (31 Dec 2025 is 2025.0).
///
/// >>> chitieu.fractional_year("2025-12-31")
/// 2025.0
#[pyfunction]
pub fn fractional_year(date: &Bound<'_, PyAny>) -> PyResult<f64> {
    Ok(chitieu::observation::fractional_year(crate::convert::date(date, "date")?))
}

/// Reads a number written the Vietnamese way (`"11,5"` is 11.5, `"477.905"` is 477905) or the
/// English way (`"1,060.5"`).
///
/// >>> chitieu.parse_number("1.060,5")
/// 1060.5
#[pyfunction]
pub fn parse_number(text: &str) -> PyResult<f64> {
    Ok(number::parse_number(text).map_err(IntoPyErr::into_py_err)?.to_f64())
}

/// Reads a percentage (`"90,5%"`): the number of percent, not a fraction.
///
/// >>> chitieu.parse_percent("90,5 %")
/// 90.5
#[pyfunction]
pub fn parse_percent(text: &str) -> PyResult<f64> {
    Ok(number::parse_percent(text).map_err(IntoPyErr::into_py_err)?.to_f64())
}

/// Reads an amount of money into integer đồng (`"477.905 triệu đồng"`, `"1.060,5 tỷ đồng"`).
///
/// >>> chitieu.parse_amount("477.905 triệu đồng")
/// 477905000000
#[pyfunction]
pub fn parse_amount(text: &str) -> PyResult<i64> {
    Ok(number::parse_amount(text).map_err(IntoPyErr::into_py_err)?.0)
}
