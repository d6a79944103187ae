//! Crossing values between Python and the core, shared by every file: core values go out as plain dicts
//! and lists through their serde (canonical JSON) form; structured inputs come in through the core's JSON
//! reader (`chitieu::io::json`), so a bad one carries the core's code and path; snake_case names, dates
//! and documents come in as strings, documents also as files (`pathlib.Path`); integers are checked
//! against the core's types. Objects pickle through their JSON.
//!
//! Text: a Python `str` may hold a lone surrogate, which no Rust `str` can. A document (`read_source`)
//! holding one is refused (`ArgumentError` `invalid_text`, naming the character); names, ids, numbers and
//! dates ([`Text`]) and the text `extract_plan` drafts from read it as U+FFFD, one character for one.

use pyo3::exceptions::{PyOverflowError, PyTypeError, PyUnicodeDecodeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
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
        // Past 64 bits no field of the core can hold it; past float's range it has no JSON form either.
        return obj.extract::<f64>().map(number).map_err(|_| {
            to_py_err(BadArgument::new(
                ProblemCode::ValueOutOfRange,
                path,
                format!("{path} is {}; expected a number within float's range", short_repr(obj)),
            ))
        });
    }
    if obj.is_instance_of::<PyFloat>() {
        return Ok(number(obj.extract()?));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(text_lossy(s)?));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = serde_json::Map::new();
        for (k, v) in d.iter() {
            let key = text_lossy(&k.str()?)?;
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
pub fn name<T: DeserializeOwned>(text: &Text, path: &str) -> PyResult<T> {
    chitieu::io::json::from_value(&Value::String(text.0.clone())).map_err(|e| to_py_err(BadArgument::within(path, &e)))
}

/// A date from ISO text (`"2026-11-22"`) or anything with `isoformat()` (`datetime.date`).
pub fn date(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<time::Date> {
    let text: String = if let Ok(s) = obj.cast::<PyString>() {
        text_lossy(s)?
    } else if obj.hasattr("isoformat")? {
        let iso = text_lossy(obj.call_method0("isoformat")?.cast::<PyString>()?)?;
        // A datetime's isoformat has a time part; the date is the first ten characters.
        iso.chars().take(10).collect()
    } else {
        return Err(PyTypeError::new_err(format!(
            "{path}: expected a date as 'YYYY-MM-DD' or a datetime.date, got {}",
            obj.get_type().name()?
        )));
    };
    chitieu::model::date::parse(text.trim()).map_err(|e| {
        to_py_err(BadArgument::new(
            ProblemCode::InvalidDate,
            path,
            format!("{path}: cannot read {text:?} as a date ({e}); expected YYYY-MM-DD"),
        ))
    })
}

/// U+FFFD, what a lone surrogate is read as where text is read leniently.
const REPLACEMENT: char = '\u{FFFD}';

/// The code points of a Python `str`, one `char` per code point, each surrogate (which no Rust `str`
/// can hold) as `Err(code point)`. Only called for a `str` that failed to encode as UTF-8.
fn code_points(s: &Bound<'_, PyString>) -> PyResult<Vec<Result<char, u32>>> {
    let encoded = s.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let bytes = encoded.cast::<PyBytes>()?.as_bytes();
    Ok(bytes
        .chunks_exact(4)
        .map(|c| {
            let n = <[u8; 4]>::try_from(c).map_or(0xD800, u32::from_le_bytes);
            char::from_u32(n).ok_or(n)
        })
        .collect())
}

/// A Python `str` as Rust text, each lone surrogate read as U+FFFD (one character for one, so character
/// offsets are those of the `str`), as a browser's `TextEncoder` reads a JavaScript string.
pub fn text_lossy(s: &Bound<'_, PyString>) -> PyResult<String> {
    match s.extract::<String>() {
        Ok(text) => Ok(text),
        Err(_) => Ok(code_points(s)?.into_iter().map(|c| c.unwrap_or(REPLACEMENT)).collect()),
    }
}

/// A Python `str` as Rust text, or `ArgumentError` `invalid_text` at `path` naming the first lone surrogate
/// and where it is: a document is refused rather than altered.
pub fn text_strict(s: &Bound<'_, PyString>, path: &str) -> PyResult<String> {
    match s.extract::<String>() {
        Ok(text) => Ok(text),
        Err(_) => {
            let points = code_points(s)?;
            let (at, n) = points.iter().enumerate().find_map(|(i, c)| c.err().map(|n| (i, n))).unwrap_or((0, 0xD800));
            Err(to_py_err(BadArgument::invalid_text(
                path,
                format!(
                    "{path}: character {at} is a lone surrogate (U+{n:04X}), which is not text; expected a str that \
                     encodes as UTF-8 (a file decoded with errors=\"surrogateescape\" holds these where its bytes were \
                     not UTF-8)"
                ),
            )))
        }
    }
}

/// A name, an id, a number or a date given as a Python `str`, read with each lone surrogate as U+FFFD:
/// such a name is then unknown to the core and refused with the core's code (`wrong_type` for a
/// comparator, `malformed_number` for a number), never `UnicodeEncodeError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(pub String);

impl<'a, 'py> FromPyObject<'a, 'py> for Text {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let s = obj.cast::<PyString>()?;
        Ok(Text(text_lossy(&s)?))
    }
}

impl Text {
    /// A default value of an argument (`curve="auto"`).
    pub fn of(text: &str) -> Self {
        Text(text.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The text of a document given as itself or as a file: a `str` is always the document itself, never
/// a file name; an `os.PathLike` (`pathlib.Path`) is a file, read as UTF-8 as
/// `pathlib.Path(p).read_text(encoding="utf-8")` reads it. A `str` holding a lone surrogate, or a file
/// that is not UTF-8, is `ArgumentError` `invalid_text` at `path`.
pub fn read_source(source: &Bound<'_, PyAny>, path: &str) -> PyResult<String> {
    if let Ok(s) = source.cast::<PyString>() {
        return text_strict(s, path);
    }
    read_file(source, path, text_strict)
}

/// As [`read_source`], for a reader that never fails on text: a lone surrogate in a `str` is read as
/// U+FFFD.
pub fn read_source_lossy(source: &Bound<'_, PyAny>, path: &str) -> PyResult<String> {
    if let Ok(s) = source.cast::<PyString>() {
        return text_lossy(s);
    }
    read_file(source, path, |s, _| text_lossy(s))
}

fn read_file(
    source: &Bound<'_, PyAny>,
    path: &str,
    text: impl Fn(&Bound<'_, PyString>, &str) -> PyResult<String>,
) -> PyResult<String> {
    let py = source.py();
    if !source.hasattr("__fspath__")? {
        return Err(PyTypeError::new_err(format!(
            "{path}: expected the document as a str, or a file as a pathlib.Path (os.PathLike), got {}",
            source.get_type().name()?
        )));
    }
    let file = py.import("pathlib")?.getattr("Path")?.call1((py.import("os")?.call_method1("fspath", (source,))?,))?;
    let kwargs = PyDict::new(py);
    kwargs.set_item("encoding", "utf-8")?;
    match file.call_method("read_text", (), Some(&kwargs)) {
        Ok(read) => text(read.cast::<PyString>()?, path),
        Err(e) if e.is_instance_of::<PyUnicodeDecodeError>(py) => {
            let at: String =
                e.value(py).getattr("start").and_then(|s| s.str()).map(|s| s.to_string()).unwrap_or_default();
            Err(to_py_err(BadArgument::invalid_text(
                path,
                format!(
                    "{path}: the file {} is not UTF-8 text (byte {at} cannot be read); expected a UTF-8 file \
                     (from Excel: Save As, CSV UTF-8)",
                    file.str()?
                ),
            )))
        }
        Err(e) => Err(e),
    }
}

/// `err`, with a note when the `str` read as a document looks like the name of a file: chitieu reads a
/// `str` as the document itself, and says how to read a file instead.
pub fn file_name_hint(py: Python<'_>, err: PyErr, source: &Bound<'_, PyAny>) -> PyErr {
    let Ok(s) = source.cast::<PyString>() else { return err };
    let Ok(text) = s.extract::<String>() else { return err };
    let line = text.trim();
    let named = !line.contains('\n')
        && line.len() <= 4096
        && ([".json", ".csv", ".tsv", ".txt"].iter().any(|ext| line.to_lowercase().ends_with(ext))
            || std::path::Path::new(line).is_file());
    if named && err.value(py).hasattr("add_note").unwrap_or(false) {
        let note = format!(
            "chitieu reads a str as the document itself, never as a file name; to read the file, pass \
             pathlib.Path({line:?})"
        );
        // Best effort: without the note the error is still the right one.
        let _ = err.value(py).call_method1("add_note", (note,));
    }
    err
}

/// An integer argument `path` (a Python int, or anything with `__index__`) as `T`; one out of `T`'s
/// range is `ArgumentError` with `code` (value_out_of_range, year_out_of_range) at `path`, never
/// `OverflowError`. A value of another type is `TypeError`, as for any argument.
pub fn integer<T: TryFrom<i128>>(obj: &Bound<'_, PyAny>, path: &str, code: ProblemCode, expected: &str) -> PyResult<T> {
    let py = obj.py();
    let out_of_range =
        |given: String| to_py_err(BadArgument::new(code, path, format!("{path} is {given}; expected {expected}")));
    match obj.extract::<i128>() {
        Ok(n) => T::try_from(n).map_err(|_| out_of_range(n.to_string())),
        Err(e) if e.is_instance_of::<PyOverflowError>(py) => Err(out_of_range(short_repr(obj))),
        Err(e) => Err(e),
    }
}

/// A count (`groups`, `times`): a whole number from 0 that fits in memory's address space.
pub fn count(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<usize> {
    integer(obj, path, ProblemCode::ValueOutOfRange, "a count from 0 to 2**64 - 1")
}

/// A calendar year.
pub fn year(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<i32> {
    integer(obj, path, ProblemCode::YearOutOfRange, "a calendar year")
}

/// `repr(obj)`, cut to 60 characters (a 10**1000 is not worth a thousand digits in a message).
pub fn short_repr(obj: &Bound<'_, PyAny>) -> String {
    let text = obj.repr().map(|r| r.to_string()).unwrap_or_else(|_| "?".to_owned());
    if text.chars().count() > 60 {
        let head: String = text.chars().take(57).collect();
        format!("{head}...")
    } else {
        text
    }
}

/// The classes that pickle through their JSON: each has a static `_from_pickle(text)`.
const RESTORABLE: [&str; 4] = ["Plan", "Observations", "Scorecard", "Draft"];

/// `(_restore, (kind, json))`: what `__reduce__` returns, so objects pickle through the core's JSON.
pub fn restore_args<'py>(py: Python<'py>, kind: &str, json: String) -> PyResult<Bound<'py, PyTuple>> {
    let restore = py.import("chitieu._chitieu")?.getattr("_restore")?;
    let args = (kind, json).into_pyobject(py)?;
    PyTuple::new(py, [restore, args.into_any()])
}

/// Rebuilds a pickled Plan, Observations, Scorecard or Draft from its JSON: the object as it was, even a
/// drafted plan that does not validate yet (which `from_json` refuses).
#[pyfunction]
pub fn _restore(py: Python<'_>, kind: Text, json: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let kind = kind.as_str();
    if !RESTORABLE.contains(&kind) {
        return Err(PyValueError::new_err(format!(
            "cannot restore a {kind:?}; expected one of {}",
            RESTORABLE.join(", ")
        )));
    }
    let class = py.import("chitieu._chitieu")?.getattr(kind)?;
    Ok(class.call_method1("_from_pickle", (json,))?.unbind())
}
