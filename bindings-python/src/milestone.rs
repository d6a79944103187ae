//! Milestones: paths through a baseline and target years (`Path`), one value between two anchors
//! (`interpolate`), and how far a value is ahead of or behind a path (`Path.time_distance`).

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use chitieu::calc::milestone::{interpolate as core_interpolate, Anchor, Curve, Path};
use chitieu::{Comparator, Polarity, ProblemCode};

use crate::error::{to_py_err, BadArgument};
use crate::support::{name, to_py, Text};

/// One anchor from a dict `{t, value, comparator?, target?}` or a tuple `(t, value[, comparator])`.
///
/// Read field by field rather than through JSON: a NaN value must reach the core, which refuses it with
/// `non_finite`, and JSON has no NaN.
fn anchor(obj: &Bound<'_, PyAny>, i: usize) -> PyResult<Anchor> {
    let path = format!("anchors[{i}]");
    let comparator = |c: Option<Bound<'_, PyAny>>| -> PyResult<Option<Comparator>> {
        match c {
            Some(c) if !c.is_none() => {
                Ok(Some(name::<Comparator>(&c.extract::<Text>()?, &format!("{path}.comparator"))?))
            }
            _ => Ok(None),
        }
    };
    if let Ok(d) = obj.cast::<PyDict>() {
        let required = |key: &str| -> PyResult<f64> {
            match d.get_item(key)? {
                Some(v) => v.extract(),
                None => Err(to_py_err(BadArgument::new(
                    ProblemCode::MissingField,
                    format!("{path}.{key}"),
                    format!("{path}: missing field `{key}`"),
                ))),
            }
        };
        let (t, value) = (required("t")?, required("value")?);
        let comparator = comparator(d.get_item("comparator")?)?;
        let target = match d.get_item("target")? {
            Some(c) if !c.is_none() => Some(c.extract::<Text>()?.0),
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
    let comparator = comparator(if tuple.len() > 2 { Some(tuple.get_item(2)?) } else { None })?;
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
    #[pyo3(signature = (anchors, curve=Text::of("linear"), bounds=None), text_signature = "(anchors, curve='linear', bounds=None)")]
    fn new(anchors: &Bound<'_, PyAny>, curve: Text, bounds: Option<(f64, f64)>) -> PyResult<Self> {
        let curve: Curve = name(&curve, "curve")?;
        let mut list = Vec::new();
        for (i, a) in anchors.try_iter()?.enumerate() {
            list.push(anchor(&a?, i)?);
        }
        let path = Path::new(list, curve, bounds).map_err(to_py_err)?;
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
        to_py(py, &self.path.at(t).map_err(to_py_err)?)
    }

    /// The milestones at each of `times` (default: every whole year of the path), as a list of dicts.
    ///
    /// >>> [m["value"] for m in chitieu.Path([(2022, 60.0), (2024, 80.0, "at_least")]).milestones()]
    /// [60.0, 70.0, 80.0]
    #[pyo3(signature = (times=None))]
    pub fn milestones<'py>(&self, py: Python<'py>, times: Option<Vec<f64>>) -> PyResult<Bound<'py, PyAny>> {
        let times = times.unwrap_or_else(|| self.default_times());
        to_py(py, &self.path.milestones(&times).map_err(to_py_err)?)
    }

    /// The earliest time at which the path reaches `value` for an indicator of `polarity`, or None
    /// (see `time_distance` for why).
    ///
    /// >>> chitieu.Path([(2022, 60.0), (2024, 80.0, "at_least")]).time_reaching(70.0, "higher_is_better")
    /// 2023.0
    #[pyo3(
        signature = (value, polarity=Text::of("higher_is_better")),
        text_signature = "($self, value, polarity='higher_is_better')"
    )]
    fn time_reaching(&self, value: f64, polarity: Text) -> PyResult<Option<f64>> {
        let polarity: Polarity = name(&polarity, "polarity")?;
        Ok(self.path.time_reaching(value, polarity).ok())
    }

    /// Years by which `value` at time `t` is ahead of the path (positive) or behind it (negative):
    /// a dict `{years, reason}`, `years` None with reason `below_baseline` or `beyond_final_target`.
    ///
    /// >>> chitieu.Path([(2022, 60.0), (2024, 80.0, "at_least")]).time_distance(2022.5, 70.0)
    /// {'years': 0.5, 'reason': None}
    #[pyo3(
        signature = (t, value, polarity=Text::of("higher_is_better")),
        text_signature = "($self, t, value, polarity='higher_is_better')"
    )]
    fn time_distance<'py>(&self, py: Python<'py>, t: f64, value: f64, polarity: Text) -> PyResult<Bound<'py, PyDict>> {
        let polarity: Polarity = name(&polarity, "polarity")?;
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
    curve: Text,
    t0: f64,
    v0: f64,
    t1: f64,
    v1: f64,
    t: f64,
    bounds: Option<(f64, f64)>,
) -> PyResult<Bound<'py, PyDict>> {
    let curve: Curve = name(&curve, "curve")?;
    let (value, used) = core_interpolate(curve, t0, v0, t1, v1, t, bounds).map_err(to_py_err)?;
    let d = PyDict::new(py);
    d.set_item("value", value)?;
    d.set_item("curve_used", used.as_str())?;
    Ok(d)
}
