//! Observations: values of indicators for units, read from canonical JSON, spreadsheet CSV or a pandas
//! data frame (`frame`; checked against a plan's units when one is given), and dates as fractional years.

use pyo3::prelude::*;
use pyo3::types::PyTuple;

use chitieu::io::observation_csv;
use chitieu::{bundled, ObservationSet, Problem};

use crate::error::to_py_err;
use crate::frame;
use crate::plan::PyPlan;
use crate::support::{date, file_name_hint, read_source, restore_args, to_py};

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

impl PyObservations {
    /// A set made by the core (no warnings: it was not read from a document).
    pub fn from_set(set: ObservationSet) -> Self {
        Self { set, warnings: Vec::new() }
    }
}

#[pymethods]
impl PyObservations {
    /// Reads observations from their canonical JSON; with a `plan`, values are checked against its
    /// indicators' units. `source` is the JSON text itself (a `str` is never taken for a file name), or a
    /// file as a `pathlib.Path`, read as UTF-8.
    ///
    /// >>> chitieu.Observations.from_json('[{"unit": "x", "indicator": "y", "year": "2023", "value": 1}]').records[0]["year"]
    /// 2023
    #[staticmethod]
    #[pyo3(signature = (source, plan=None))]
    fn from_json(py: Python<'_>, source: &Bound<'_, PyAny>, plan: Option<&Bound<'_, PyPlan>>) -> PyResult<Self> {
        let text = read_source(source, "source")?;
        let plan = plan.map(|p| &p.get().plan);
        let loaded = ObservationSet::from_json(&text, plan).map_err(|e| file_name_hint(py, to_py_err(e), source))?;
        Ok(Self { set: loaded.value, warnings: loaded.warnings })
    }

    /// Reads long-form CSV: columns unit, indicator, year or date, value, and optional tier, numerator,
    /// denominator, source, note (Vietnamese headers too; `;`, `,` or tab). `source` is the CSV text itself
    /// (a `str` is never taken for a file name), or a file as a `pathlib.Path`, read as UTF-8.
    ///
    /// >>> chitieu.Observations.from_csv("đơn vị;chỉ tiêu;năm;giá trị\nx;y;2023;\"90,5\"\n").records[0]["value"]
    /// 90.5
    #[staticmethod]
    #[pyo3(signature = (source, plan=None))]
    fn from_csv(py: Python<'_>, source: &Bound<'_, PyAny>, plan: Option<&Bound<'_, PyPlan>>) -> PyResult<Self> {
        let text = read_source(source, "source")?;
        let plan = plan.map(|p| &p.get().plan);
        let loaded = observation_csv::read(&text, plan).map_err(|e| file_name_hint(py, to_py_err(e), source))?;
        Ok(Self { set: loaded.value, warnings: loaded.warnings })
    }

    /// Reads a long-form pandas DataFrame whose column labels are the fields of the observation format:
    /// unit, indicator, year or date, value, and optional tier, numerator, denominator, source, note.
    /// NaN, None, NaT or pd.NA is a blank cell; a row with a blank value is skipped with a `blank_cell`
    /// warning (in `.warnings`), as the CSV reader does: a missing value is not zero.
    ///
    /// Nothing is dropped without a word: a column with another label is left out with an `unknown_field`
    /// warning (as CSV gives), two columns with one label are a `duplicate_id` error, and a missing
    /// column a `missing_column` error (path `column <label>`, or `columns`). Problems in the rows name the
    /// row by its index label, as the frame shows it and `df.loc[label]` finds it, and the column by its
    /// field: `row 3, column value`.
    ///
    /// >>> import pandas as pd
    /// >>> df = pd.DataFrame({"unit": ["x"], "indicator": ["y"], "year": [2023], "value": [90.5]})
    /// >>> len(chitieu.Observations.from_pandas(df))
    /// 1
    /// >>> df["denominater"] = [100.0]
    /// >>> [(w["path"], w["code"]) for w in chitieu.Observations.from_pandas(df).warnings]
    /// [('column denominater', 'unknown_field')]
    #[staticmethod]
    #[pyo3(signature = (frame, plan=None))]
    fn from_pandas(frame: &Bound<'_, PyAny>, plan: Option<&Bound<'_, PyPlan>>) -> PyResult<Self> {
        let plan = plan.map(|p| &p.get().plan);
        let loaded = frame::read(frame, plan)?;
        Ok(Self { set: loaded.value, warnings: loaded.warnings })
    }

    /// What unpickling calls.
    #[staticmethod]
    fn _from_pickle(text: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = read_source(text, "json")?;
        let loaded = ObservationSet::from_json(&text, None).map_err(to_py_err)?;
        Ok(Self { set: loaded.value, warnings: loaded.warnings })
    }

    /// The bundled observations: published figures with their source, and illustrative values
    /// (without a source) for the default plan.
    ///
    /// >>> len(chitieu.Observations.bundled()) > 0
    /// True
    #[staticmethod]
    pub fn bundled() -> PyResult<Self> {
        let set = bundled::observations().map_err(to_py_err)?;
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
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.warnings)
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
        restore_args(py, "Observations", self.set.to_json())
    }
}

/// A date as a fractional year: `Y - 1 + day_of_year / days_in_year` (31 Dec 2025 is 2025.0).
///
/// >>> chitieu.fractional_year("2025-12-31")
/// 2025.0
#[pyfunction]
pub fn fractional_year(date: &Bound<'_, PyAny>) -> PyResult<f64> {
    Ok(chitieu::model::observation::fractional_year(self::date(date, "date")?))
}
