//! Python exceptions: `ChitieuError` and one subclass per area of the core, each carrying the core's
//! stable `code` and, where there is one, the `path` of the bad input.
//!
//! The orphan rule forbids `impl From<CoreError> for PyErr` here, so each core error converts through the
//! local [`IntoPyErr`] trait. The subclasses have two bases (`LoadError(ChitieuError, ValueError)`), which
//! `create_exception!` cannot express; they are made once with `type(name, bases, ns)`.

use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyTuple, PyType};

use chitieu::bulk::BulkError;
use chitieu::bundled::BundledError;
use chitieu::milestone::MilestoneError;
use chitieu::number::NumberError;
use chitieu::projection::ProjectionError;
use chitieu::reporting::CalendarError;
use chitieu::rollup::RollupError;
use chitieu::LoadError;

pyo3::create_exception!(
    chitieu,
    ChitieuError,
    PyException,
    "Base of every error raised by chitieu: `code` is the core's stable code, `path` where the input was bad (or None).\n\n>>> try:\n...     chitieu.parse_percent('chín mươi')\n... except chitieu.ChitieuError as e:\n...     print(type(e).__name__, e.code)\nNumberError malformed_number"
);

/// The areas, each a subclass of `ChitieuError` and of a builtin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Load,
    Number,
    Milestone,
    Projection,
    Rollup,
    Bulk,
    Calendar,
    Bundled,
    Argument,
}

impl Area {
    pub const ALL: [Area; 9] = [
        Area::Load,
        Area::Number,
        Area::Milestone,
        Area::Projection,
        Area::Rollup,
        Area::Bulk,
        Area::Calendar,
        Area::Bundled,
        Area::Argument,
    ];

    pub fn name(self) -> &'static str {
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
            Self::Argument => {
                "An argument has a value the core does not know (an unknown comparator, curve, date, ...); also a ValueError.\n\n>>> try:\n...     chitieu.attained('roughly', 'higher_is_better', 1.0, 2.0)\n... except chitieu.ArgumentError as e:\n...     print(e.code, e.path)\nwrong_type comparator"
            }
        }
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
        }
    }

    /// The exception class of this area, created on first use.
    pub fn class<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyType>> {
        let ty = self.slot().get_or_try_init(py, || -> PyResult<Py<PyType>> {
            let bases = PyTuple::new(py, [py.get_type::<ChitieuError>(), self.builtin(py)])?;
            let ns = PyDict::new(py);
            ns.set_item("__module__", "chitieu")?;
            ns.set_item("__doc__", self.doc())?;
            if self == Self::Bundled {
                // KeyError's str() is the repr of its argument; keep the message readable.
                let builtins = py.import("builtins")?;
                let exc_str = builtins.getattr("Exception")?.getattr("__str__")?;
                ns.set_item("__str__", exc_str)?;
            }
            let made = py.get_type::<PyType>().call1((self.name(), bases, ns))?;
            Ok(made.cast_into::<PyType>()?.unbind())
        })?;
        Ok(ty.bind(py).clone())
    }
}

/// An error of `area` with the core's `code`, the `path` of the bad input (or None) and its message.
pub fn raise(area: Area, code: &str, path: Option<&str>, message: String) -> PyErr {
    raise_with(area, code, path, message, Vec::new())
}

fn raise_with(area: Area, code: &str, path: Option<&str>, message: String, problems: Vec<Problem>) -> PyErr {
    Python::attach(|py| {
        let build = || -> PyResult<PyErr> {
            let cls = area.class(py)?;
            let err = cls.call1((message.clone(),))?;
            err.setattr("code", code)?;
            err.setattr("path", path)?;
            let list = PyList::empty(py);
            for p in &problems {
                list.append(crate::convert::to_py(py, p)?)?;
            }
            err.setattr("problems", list)?;
            Ok(PyErr::from_value(err))
        };
        build().unwrap_or_else(|e| e)
    })
}

type Problem = chitieu::Problem;

/// Converts a core error into the Python exception of its area.
pub trait IntoPyErr {
    /// The Python exception.
    fn into_py_err(self) -> PyErr;
}

impl IntoPyErr for LoadError {
    fn into_py_err(self) -> PyErr {
        let code = self.code().as_str().to_owned();
        let path = self.path().to_owned();
        let message = self.to_string();
        raise_with(Area::Load, &code, Some(&path), message, self.problems().to_vec())
    }
}

impl IntoPyErr for chitieu::finite::NonFinite {
    fn into_py_err(self) -> PyErr {
        raise(Area::Argument, self.code(), Some(self.what), self.to_string())
    }
}

impl IntoPyErr for NumberError {
    fn into_py_err(self) -> PyErr {
        raise(Area::Number, self.code(), None, self.to_string())
    }
}

impl IntoPyErr for MilestoneError {
    fn into_py_err(self) -> PyErr {
        let path = match &self {
            MilestoneError::AnchorsNotIncreasing { index } => Some(format!("anchors[{index}]")),
            MilestoneError::NonFinite { what } => Some((*what).to_owned()),
            _ => None,
        };
        raise(Area::Milestone, self.code(), path.as_deref(), self.to_string())
    }
}

impl IntoPyErr for ProjectionError {
    fn into_py_err(self) -> PyErr {
        let path = match &self {
            ProjectionError::NonFinite { what } => Some((*what).to_owned()),
            ProjectionError::InvalidLevel { .. } => Some("level".to_owned()),
            _ => None,
        };
        raise(Area::Projection, self.code(), path.as_deref(), self.to_string())
    }
}

impl IntoPyErr for RollupError {
    fn into_py_err(self) -> PyErr {
        let path = match &self {
            RollupError::NonFinite { what, index } => Some(format!("{what}[{index}]")),
            RollupError::NegativeDenominator { index, .. } => Some(format!("denominators[{index}]")),
            RollupError::NegativeWeight { index, .. } => Some(format!("weights[{index}]")),
            RollupError::LengthMismatch { right, .. } => Some((*right).to_owned()),
            _ => None,
        };
        raise(Area::Rollup, self.code(), path.as_deref(), self.to_string())
    }
}

impl IntoPyErr for BulkError {
    fn into_py_err(self) -> PyErr {
        let path = match &self {
            BulkError::LengthMismatch { column, .. } => Some((*column).to_owned()),
            BulkError::InvalidCode { column, index, .. } | BulkError::NonFinite { column, index } => {
                Some(format!("{column}[{index}]"))
            }
            BulkError::Curve { series, .. } => Some(format!("series[{series}]")),
            BulkError::NegativeDenominator { index } => Some(format!("denominators[{index}]")),
            _ => None,
        };
        raise(Area::Bulk, self.code(), path.as_deref(), self.to_string())
    }
}

impl IntoPyErr for CalendarError {
    fn into_py_err(self) -> PyErr {
        let path = match &self {
            CalendarError::InvalidDeadline { schedule, .. } => Some(format!("schedules[{schedule}]")),
            _ => None,
        };
        raise(Area::Calendar, self.code(), path.as_deref(), self.to_string())
    }
}

impl IntoPyErr for BundledError {
    fn into_py_err(self) -> PyErr {
        raise(Area::Bundled, self.code(), Some("id"), self.to_string())
    }
}

/// An argument the core cannot take: `code` is the core's problem code (`wrong_type`, `invalid_date`).
pub fn argument(code: &str, path: &str, message: impl Into<String>) -> PyErr {
    raise(Area::Argument, code, Some(path), message.into())
}

/// Adds `ChitieuError` and every area's class to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("ChitieuError", py.get_type::<ChitieuError>())?;
    for area in Area::ALL {
        m.add(area.name(), area.class(py)?)?;
    }
    Ok(())
}
