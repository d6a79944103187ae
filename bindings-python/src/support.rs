//! Crossing values between Python and the core, shared by every file: core values go out as plain dicts
//! and lists through their serde (canonical JSON) form; structured inputs come in through the core's JSON
//! reader (`chitieu::io::json`), so a bad one carries the core's code and path; snake_case names, dates
//! and documents (text or a file) come in as strings or paths. Objects pickle through their JSON.

use pyo3::exceptions::{PyFileNotFoundError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use chitieu::ProblemCode;

use crate::error::{to_py_err, BadArgument};

/// A core value as Python dicts, lists, str, int, float, bool and None, with fields in the core's
/// declaration order (through its JSON text and Python's `json.loads`, which keeps that order).
pub fn to_py<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let text = serde_json::to_string(value)
        .map_err(|e| PyTypeError::new_err(format!("cannot convert a core value to Python: {e}")))?;
    let loads = LOADS.get_or_try_init(py, || py.import("json")?.getattr("loads").map(Bound::unbind))?;
    loads.bind(py).call1((text,))
}

/// A Python object (dicts, lists, str, numbers, bool, None) as JSON; `path` names it in errors.
/// NaN and infinities become `null`, as a JSON writer would write a missing number.
pub fn py_to_value(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<Value> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Ok(number(obj.extract()?));
    }
    if obj.is_instance_of::<PyFloat>() {
        return Ok(number(obj.extract()?));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.extract::<String>()?));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = serde_json::Map::new();
        for (k, v) in d.iter() {
            let key: String = k.str()?.extract()?;
            let child = format!("{path}.{key}");
            map.insert(key, py_to_value(&v, &child)?);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut out = Vec::new();
        for (i, v) in obj.try_iter()?.enumerate() {
            out.push(py_to_value(&v?, &format!("{path}[{i}]"))?);
        }
        return Ok(Value::Array(out));
    }
    // numpy scalars and other number-likes.
    if let Ok(f) = obj.extract::<f64>() {
        return Ok(number(f));
    }
    Err(PyTypeError::new_err(format!(
        "{path}: cannot read a {} here; expected dicts, lists, str, numbers, bool or None",
        obj.get_type().name()?
    )))
}

fn number(f: f64) -> Value {
    serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
}

/// A core value of type `T` from the Python object given as argument `path`, in its canonical JSON shape;
/// a value of the wrong shape is an `ArgumentError` with the core reader's code and its path within the
/// argument (`calendar.schedules[0].frequency`).
pub fn from_py<T: DeserializeOwned>(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<T> {
    let value = py_to_value(obj, path)?;
    chitieu::io::json::from_value(&value).map_err(|e| to_py_err(BadArgument::within(path, &e)))
}

/// A core snake_case enum (`"at_least"`, `"higher_is_better"`, `"linear"`) from its name, given as
/// argument `path`.
pub fn name<T: DeserializeOwned>(text: &str, path: &str) -> PyResult<T> {
    chitieu::io::json::from_value(&Value::String(text.to_owned())).map_err(|e| to_py_err(BadArgument::within(path, &e)))
}

/// A date from ISO text (`"2026-11-22"`) or anything with `isoformat()` (`datetime.date`).
pub fn date(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<time::Date> {
    let text: String = if let Ok(s) = obj.cast::<PyString>() {
        s.extract::<String>()?
    } else if obj.hasattr("isoformat")? {
        let iso: String = obj.call_method0("isoformat")?.extract()?;
        // A datetime's isoformat has a time part; the date is the first ten characters.
        iso.chars().take(10).collect()
    } else {
        return Err(PyTypeError::new_err(format!(
            "{path}: expected a date as 'YYYY-MM-DD' or a datetime.date, got {}",
            obj.get_type().name()?
        )));
    };
    time::Date::parse(text.trim(), &time::format_description::well_known::Iso8601::DATE).map_err(|e| {
        to_py_err(BadArgument::new(
            ProblemCode::InvalidDate,
            path,
            format!("{path}: cannot read {text:?} as a date ({e}); expected YYYY-MM-DD"),
        ))
    })
}

/// The text of a document given as itself or as a file: an `os.PathLike`, or a `str` that names an
/// existing file, is read; a `str` ending in .json, .csv, .tsv or .txt (and not holding a newline) that
/// names no file is `FileNotFoundError`; any other `str` is the document itself.
pub fn read_source(source: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(s) = source.cast::<PyString>() {
        let text: String = s.extract()?;
        let trimmed = text.trim_start();
        let document = text.contains('\n') || trimmed.starts_with('{') || trimmed.starts_with('[');
        if !document && !text.is_empty() && std::path::Path::new(&text).is_file() {
            return Ok(std::fs::read_to_string(&text)?);
        }
        // "data.csv" with a typo is a missing file, not a one-line document.
        let lower = text.trim_end().to_lowercase();
        if !document && [".json", ".csv", ".tsv", ".txt"].iter().any(|ext| lower.ends_with(ext)) {
            return Err(PyFileNotFoundError::new_err(format!("no such file: {text:?}")));
        }
        return Ok(text);
    }
    if source.hasattr("__fspath__")? {
        let os = source.py().import("os")?;
        let path: String = os.call_method1("fspath", (source,))?.extract()?;
        return Ok(std::fs::read_to_string(path)?);
    }
    Err(PyTypeError::new_err(format!(
        "expected JSON text, CSV text or a path (str or os.PathLike), got {}",
        source.get_type().name()?
    )))
}

/// The classes that pickle through their JSON: each has a static `from_json(text)`.
const RESTORABLE: [&str; 4] = ["Plan", "Observations", "Scorecard", "Draft"];

/// `(_restore, (kind, json))`: what `__reduce__` returns, so objects pickle through the core's JSON.
pub fn restore_args<'py>(py: Python<'py>, kind: &str, json: String) -> PyResult<Bound<'py, PyTuple>> {
    let restore = py.import("chitieu._chitieu")?.getattr("_restore")?;
    let args = (kind, json).into_pyobject(py)?;
    PyTuple::new(py, [restore, args.into_any()])
}

/// Rebuilds a pickled Plan, Observations, Scorecard or Draft from its JSON.
#[pyfunction]
pub fn _restore(py: Python<'_>, kind: &str, json: &str) -> PyResult<Py<PyAny>> {
    if !RESTORABLE.contains(&kind) {
        return Err(PyValueError::new_err(format!(
            "cannot restore a {kind:?}; expected one of {}",
            RESTORABLE.join(", ")
        )));
    }
    let class = py.import("chitieu._chitieu")?.getattr(kind)?;
    Ok(class.call_method1("from_json", (json,))?.unbind())
}
