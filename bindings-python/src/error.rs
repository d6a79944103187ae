//! Python exceptions: `ChitieuError` and one subclass per error type of the core, each carrying the core's
//! stable `code`, the `path` of the bad input (or None) and, for documents, every problem (`problems`).
//!
//! Every core error implements [`chitieu::ChitieuError`], so one generic function, [`to_py_err`], converts
//! them all; the Python class of each error type is named once, by [`ErrorClass`]. (The orphan rule forbids
//! `impl From<CoreError> for PyErr` here, hence a function.) The subclasses have two bases
//! (`LoadError(ChitieuError, ValueError)`), which `create_exception!` cannot express; they are made once
//! with `type(name, bases, ns)`.

use std::fmt;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};

use chitieu::bundled::BundledError;
use chitieu::calc::achievement::AchievementError;
use chitieu::calc::bulk::BulkError;
use chitieu::calc::milestone::{MilestoneError, PathError};
use chitieu::calc::projection::ProjectionError;
use chitieu::calc::reporting::CalendarError;
use chitieu::calc::rollup::RollupError;
use chitieu::document::DocumentError;
use chitieu::io::number::NumberError;
use chitieu::scorecard::SettingsError;
use chitieu::{ChitieuError, LoadError, NonFinite, Problem, ProblemCode};

/// The base class, in its own module so that its Rust name does not hide the core's trait.
mod base {
    pyo3::create_exception!(
        chitieu,
        ChitieuError,
        pyo3::exceptions::PyException,
        "Base of every error raised by chitieu: `code` is the core's stable code, `path` where the input was bad (or None).\n\n>>> try:\n...     chitieu.parse_percent('chín mươi')\n... except chitieu.ChitieuError as e:\n...     print(type(e).__name__, e.code)\nNumberError malformed_number"
    );
}

/// The Python exception classes below `ChitieuError`, each also a subclass of a builtin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Load,
    Number,
    Milestone,
    Projection,
    Rollup,
    Bulk,
    Calendar,
    Bundled,
    Argument,
    Document,
}

impl Class {
    const ALL: [Class; 10] = [
        Class::Load,
        Class::Number,
        Class::Milestone,
        Class::Projection,
        Class::Rollup,
        Class::Bulk,
        Class::Calendar,
        Class::Bundled,
        Class::Argument,
        Class::Document,
    ];

    fn name(self) -> &'static str {
        match self {
            Self::Load => "LoadError",
            Self::Number => "NumberError",
            Self::Milestone => "MilestoneError",
            Self::Projection => "ProjectionError",
            Self::Rollup => "RollupError",
            Self::Bulk => "BulkError",
            Self::Calendar => "CalendarError",
            Self::Bundled => "BundledError",
            Self::Argument => "ArgumentError",
            Self::Document => "DocumentError",
        }
    }

    fn doc(self) -> &'static str {
        match self {
            Self::Load => {
                "A plan or observations could not be loaded. `problems` lists every problem (dicts with path, code, message, expected, severity); `code` and `path` are the first error's.\n\n>>> try:\n...     chitieu.Plan.from_json('{\"id\": 1}')\n... except chitieu.LoadError as e:\n...     print(e.code, e.path)\nmissing_field format_version"
            }
            Self::Number => {
                "A Vietnamese number or amount could not be read.\n\n>>> try:\n...     chitieu.parse_number('abc')\n... except chitieu.NumberError as e:\n...     print(e.code)\nmalformed_number"
            }
            Self::Milestone => {
                "A milestone path or interpolation is impossible (curve_needs_positive_values, before_path, ...).\n\n>>> try:\n...     chitieu.interpolate('linear', 2025, 1.0, 2020, 2.0, 2022)\n... except chitieu.MilestoneError as e:\n...     print(e.code)\ninvalid_segment"
            }
            Self::Projection => {
                "A projection cannot be computed (non_finite, invalid_level).\n\n>>> try:\n...     chitieu.project([(2020, 1.0), (2021, 2.0)], 3.0, 2025, 'at_least', 'higher_is_better', level=2.0)\n... except chitieu.ProjectionError as e:\n...     print(e.code)\ninvalid_level"
            }
            Self::Rollup => {
                "A roll-up cannot be computed (length_mismatch, empty, negative_denominator, ...).\n\n>>> try:\n...     chitieu.ratio_of_sums([], [])\n... except chitieu.RollupError as e:\n...     print(e.code)\nempty"
            }
            Self::Bulk => {
                "A bulk call was refused (length_mismatch, invalid_code, non_finite, ...); `path` names the column and index.\n\n>>> import numpy as np\n>>> try:\n...     chitieu.evaluate_cells([2020.0], [1.0], [2025.0], [2.0], [9], [1], [2021.0], [[1.5]])\n... except chitieu.BulkError as e:\n...     print(e.code, e.path)\ninvalid_code comparator[0]"
            }
            Self::Calendar => {
                "A reporting deadline is not a real day.\n\n>>> cal = {'schedules': [{'frequency': 'monthly', 'month_of_period': 1, 'day': 31, 'strictly_before': False, 'quote': ''}]}\n>>> try:\n...     chitieu.due_dates(cal, 2026)\n... except chitieu.CalendarError as e:\n...     print(e.code)\ninvalid_deadline"
            }
            Self::Bundled => {
                "No bundled plan (or unit) has this id; also a KeyError.\n\n>>> try:\n...     chitieu.load_plan('atlantis')\n... except chitieu.BundledError as e:\n...     print(e.code)\nunknown_plan"
            }
            Self::Document => Self::document_doc(),
            Self::Argument => {
                "An argument has a value the core does not know (an unknown comparator, curve, date, ...), a number that is not finite, an integer out of range (value_out_of_range, year_out_of_range), or a document that is not text (invalid_text: a str holding a lone surrogate, a file that is not UTF-8); also a ValueError.\n\n>>> try:\n...     chitieu.attained('roughly', 'higher_is_better', 1.0, 2.0)\n... except chitieu.ArgumentError as e:\n...     print(e.code, e.path)\nwrong_type comparator"
            }
        }
    }

    fn document_doc() -> &'static str {
        "A document's bytes could not be read as a plan's text (empty_input, binary_input, legacy_encoding, unknown_encoding, not_a_docx, unreadable_docx, encrypted_pdf, pdf_without_text, unreadable_pdf, too_large, format_unsupported); also a ValueError.\n\n>>> try:\n...     chitieu.extract_plan(b'')\n... except chitieu.DocumentError as e:\n...     print(e.code)\nempty_input"
    }

    fn builtin<'py>(self, py: Python<'py>) -> Bound<'py, PyType> {
        match self {
            Self::Bundled => py.get_type::<pyo3::exceptions::PyKeyError>(),
            _ => py.get_type::<pyo3::exceptions::PyValueError>(),
        }
    }

    fn slot(self) -> &'static PyOnceLock<Py<PyType>> {
        static LOAD: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        static NUMBER: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        static MILESTONE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        static PROJECTION: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        static ROLLUP: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        static BULK: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        static CALENDAR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        static BUNDLED: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        static ARGUMENT: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        static DOCUMENT: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        match self {
            Self::Load => &LOAD,
            Self::Number => &NUMBER,
            Self::Milestone => &MILESTONE,
            Self::Projection => &PROJECTION,
            Self::Rollup => &ROLLUP,
            Self::Bulk => &BULK,
            Self::Calendar => &CALENDAR,
            Self::Bundled => &BUNDLED,
            Self::Argument => &ARGUMENT,
            Self::Document => &DOCUMENT,
        }
    }

    /// The exception class, created on first use.
    fn class<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyType>> {
        let ty = self.slot().get_or_try_init(py, || -> PyResult<Py<PyType>> {
            let bases = PyTuple::new(py, [py.get_type::<base::ChitieuError>(), self.builtin(py)])?;
            let ns = PyDict::new(py);
            ns.set_item("__module__", "chitieu")?;
            ns.set_item("__doc__", self.doc())?;
            if self == Self::Bundled {
                // KeyError's str() is the repr of its argument; keep the message readable.
                let exc_str = py.import("builtins")?.getattr("Exception")?.getattr("__str__")?;
                ns.set_item("__str__", exc_str)?;
            }
            let made = py.get_type::<PyType>().call1((self.name(), bases, ns))?;
            Ok(made.cast_into::<PyType>()?.unbind())
        })?;
        Ok(ty.bind(py).clone())
    }
}

/// The Python class an error type of the core (or of the binding's arguments) is raised as.
pub trait ErrorClass {
    /// The class.
    const CLASS: Class;
}

impl ErrorClass for LoadError {
    const CLASS: Class = Class::Load;
}
impl ErrorClass for NumberError {
    const CLASS: Class = Class::Number;
}
impl ErrorClass for MilestoneError {
    const CLASS: Class = Class::Milestone;
}
impl ErrorClass for PathError {
    const CLASS: Class = Class::Milestone;
}
impl ErrorClass for ProjectionError {
    const CLASS: Class = Class::Projection;
}
impl ErrorClass for RollupError {
    const CLASS: Class = Class::Rollup;
}
impl ErrorClass for BulkError {
    const CLASS: Class = Class::Bulk;
}
impl ErrorClass for CalendarError {
    const CLASS: Class = Class::Calendar;
}
impl ErrorClass for BundledError {
    const CLASS: Class = Class::Bundled;
}
impl ErrorClass for DocumentError {
    const CLASS: Class = Class::Document;
}
/// A non-finite value or a negative tolerance is a bad argument.
impl ErrorClass for AchievementError {
    const CLASS: Class = Class::Argument;
}
/// Settings out of their range are bad arguments.
impl ErrorClass for SettingsError {
    const CLASS: Class = Class::Argument;
}
/// A scalar calculation's non-finite input is a bad argument.
impl ErrorClass for NonFinite {
    const CLASS: Class = Class::Argument;
}
/// The workbook writer refuses what a scorecard holds (a text past Excel's 32,767 characters): a bad argument.
impl ErrorClass for chitieu::report::xlsx::WorkbookError {
    const CLASS: Class = Class::Argument;
}
/// A unit not found (unknown, not in force, ambiguous) or figures that cannot be combined are bad
/// arguments.
impl ErrorClass for chitieu::calc::succession::SuccessionError {
    const CLASS: Class = Class::Argument;
}
impl ErrorClass for chitieu::calc::merger::MergerError {
    const CLASS: Class = Class::Argument;
}
impl ErrorClass for BadArgument {
    const CLASS: Class = Class::Argument;
}

/// Any error of the core as the Python exception of its class, with the core's `code`, `path` (or None)
/// and `problems` (the problems of a document; empty for other errors), and its message.
pub fn to_py_err<E: ChitieuError + ErrorClass>(err: E) -> PyErr {
    Python::attach(|py| exception(py, E::CLASS, &err).unwrap_or_else(|e| e))
}

fn exception(py: Python<'_>, class: Class, err: &dyn ChitieuError) -> PyResult<PyErr> {
    let exc = class.class(py)?.call1((err.to_string(),))?;
    exc.setattr("code", err.code())?;
    exc.setattr("path", err.path())?;
    exc.setattr("problems", problem_dicts(py, err.problems())?)?;
    Ok(PyErr::from_value(exc))
}

/// The problems as a list of dicts in their serde form (what `Plan.warnings` gives too).
fn problem_dicts<'py>(py: Python<'py>, problems: &[Problem]) -> PyResult<Bound<'py, PyAny>> {
    let text = serde_json::to_string(problems)
        .map_err(|e| pyo3::exceptions::PyTypeError::new_err(format!("cannot convert problems to Python: {e}")))?;
    py.import("json")?.call_method1("loads", (text,))
}

/// An argument the core cannot take: an unknown name (`"cubic"` for a curve), a date that is not a day, a
/// missing or unusable array, or a core error about the value of one argument. Its code is one of the
/// core's ([`ProblemCode`], or the wrapped error's code); its path starts with the argument's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadArgument {
    code: &'static str,
    path: String,
    message: String,
}

/// The code of a Python `str` that is not text: it holds a lone surrogate (`"\ud800"`, or what
/// `errors="surrogateescape"` leaves of bytes that were not UTF-8), which no Rust `str` can hold. The one
/// code of the binding's own: the core only ever receives text, so it has no word for this.
pub const INVALID_TEXT: &str = "invalid_text";

impl BadArgument {
    /// A problem with the argument at `path`.
    pub fn new(code: ProblemCode, path: impl Into<String>, message: impl Into<String>) -> Self {
        Self { code: code.as_str(), path: path.into(), message: message.into() }
    }

    /// A document or cell at `path` that is not text ([`INVALID_TEXT`]).
    pub fn invalid_text(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self { code: INVALID_TEXT, path: path.into(), message: message.into() }
    }

    /// A core error about the value given as argument `name`: its code, and its path within `name`
    /// (`calendar.schedules[0].frequency`, `anchors[1]`).
    pub fn within<E: ChitieuError>(name: &str, err: &E) -> Self {
        let path = match err.path().filter(|p| !p.is_empty()) {
            None => name.to_owned(),
            Some(p) if p.starts_with('[') => format!("{name}{p}"),
            Some(p) => format!("{name}.{p}"),
        };
        let message = match err.problems().first() {
            Some(p) => format!("{path}: {}; expected {}", p.message, p.expected),
            None => format!("{path}: {err}"),
        };
        Self { code: err.code(), path, message }
    }
}

impl fmt::Display for BadArgument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for BadArgument {}

impl ChitieuError for BadArgument {
    fn code(&self) -> &'static str {
        self.code
    }

    fn path(&self) -> Option<String> {
        Some(self.path.clone())
    }
}

/// Adds `ChitieuError` and every subclass to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("ChitieuError", py.get_type::<base::ChitieuError>())?;
    for class in Class::ALL {
        m.add(class.name(), class.class(py)?)?;
    }
    Ok(())
}
