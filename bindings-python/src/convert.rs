//! Crossing values between Python and the core: core values go out as plain dicts and lists through
//! their serde (canonical JSON) form; snake_case enum names and dates come in as strings.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::errors::argument;

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
        let f: f64 = obj.extract()?;
        return Ok(serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number));
    }
    if obj.is_instance_of::<PyFloat>() {
        let f: f64 = obj.extract()?;
        return Ok(serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number));
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
    if let Ok(s) = obj.cast::<PyList>() {
        let mut out = Vec::with_capacity(s.len());
        for (i, v) in s.iter().enumerate() {
            out.push(py_to_value(&v, &format!("{path}[{i}]"))?);
        }
        return Ok(Value::Array(out));
    }
    if let Ok(t) = obj.cast::<pyo3::types::PyTuple>() {
        let mut out = Vec::with_capacity(t.len());
        for (i, v) in t.iter().enumerate() {
            out.push(py_to_value(&v, &format!("{path}[{i}]"))?);
        }
        return Ok(Value::Array(out));
    }
    // numpy scalars and other number-likes.
    if let Ok(f) = obj.extract::<f64>() {
        return Ok(serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number));
    }
    Err(PyTypeError::new_err(format!(
        "{path}: cannot read a {} here; expected dicts, lists, str, numbers, bool or None",
        obj.get_type().name()?
    )))
}

/// A core value of type `T` from a Python object in its canonical JSON shape.
pub fn from_py<T: DeserializeOwned>(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<T> {
    let v = py_to_value(obj, path)?;
    serde_json::from_value(v).map_err(|e| argument("wrong_type", path, format!("{path}: {e}")))
}

/// A core snake_case enum (`"at_least"`, `"higher_is_better"`, `"linear"`) from its name.
pub fn name<T: DeserializeOwned>(text: &str, path: &str) -> PyResult<T> {
    serde_json::from_value(Value::String(text.to_owned()))
        .map_err(|e| argument("wrong_type", path, format!("{path}: {e}")))
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
        argument("invalid_date", path, format!("{path}: cannot read {text:?} as a date ({e}); expected YYYY-MM-DD"))
    })
}
