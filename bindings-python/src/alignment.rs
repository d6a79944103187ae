//! A plan against another: both targets side by side for each indicator, tier and year, with a verdict,
//! counts per pillar, CSV, JSON, a DataFrame and an HTML table.

use pyo3::prelude::*;

use chitieu::alignment::{align, Alignment};

use crate::error::to_py_err;
use crate::plan::PyPlan;
use crate::support::to_py;

/// How `first` stands against `second`: `rows` (one dict per indicator, tier and year either plan sets,
/// with both figures, the verdict `stricter`, `equal`, `looser`, `only_first`, `only_second` or
/// `incomparable`, the difference in the indicator's unit and the row's warnings), `summary` (counts per
/// pillar) and `warnings` (`same_plan`, `no_shared_indicators`).
///
/// >>> a = chitieu.alignment(chitieu.load_plan("tra_vinh"), chitieu.load_plan("nq57_2024"))
/// >>> [(r["verdict"], r["difference"]) for r in a.rows if r["indicator"] == "digital_economy_share_grdp" and r["year"] == 2030]
/// [('looser', -5.0)]
#[pyclass(module = "chitieu._chitieu", name = "Alignment", frozen)]
pub struct PyAlignment {
    alignment: Alignment,
}

#[pymethods]
impl PyAlignment {
    /// Id of the first plan (the one judged).
    #[getter]
    fn first(&self) -> &str {
        &self.alignment.first
    }

    /// Id of the second plan (the reference).
    #[getter]
    fn second(&self) -> &str {
        &self.alignment.second
    }

    /// One dict per indicator, tier and year.
    #[getter]
    fn rows<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.alignment.rows)
    }

    /// Counts of each verdict per pillar.
    #[getter]
    fn summary<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.alignment.summary)
    }

    /// Warnings on the whole comparison (codes).
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.alignment.warnings)
    }

    /// The rows as flat dicts: what `to_pandas` and `to_csv` hold.
    fn flat_rows<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.alignment.flat_rows())
    }

    /// The whole alignment as JSON text.
    fn to_json(&self) -> String {
        self.alignment.to_json()
    }

    /// The rows as CSV text, with a header.
    ///
    /// >>> chitieu.alignment(chitieu.load_plan(), chitieu.load_plan("can_tho")).to_csv().splitlines()[0][:30]
    /// 'indicator,name,pillar,tier,yea'
    fn to_csv(&self) -> String {
        self.alignment.to_csv()
    }

    /// The flat rows as a pandas DataFrame (needs pandas).
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let rows = slf.get().flat_rows(py)?;
        py.import("chitieu._alignment")?.call_method1("alignment_frame", (rows,))
    }

    /// An HTML table for Jupyter: the counts per pillar, then the rows with their verdicts.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("chitieu._alignment")?.call_method1("alignment_html", (slf,))
    }

    fn __len__(&self) -> usize {
        self.alignment.rows.len()
    }

    fn __repr__(&self) -> String {
        let count = |v: chitieu::alignment::Verdict| self.alignment.rows.iter().filter(|r| r.verdict == v).count();
        use chitieu::alignment::Verdict::*;
        format!(
            "<Alignment {} against {}: {} rows, {} stricter, {} equal, {} looser, {} only in the first, {} only in the second>",
            self.alignment.first,
            self.alignment.second,
            self.alignment.rows.len(),
            count(Stricter),
            count(Equal),
            count(Looser),
            count(OnlyFirst),
            count(OnlySecond)
        )
    }
}

/// How `plan` stands against `other` (a province against the nation: `load_plan("nq57_2024")`).
///
/// >>> chitieu.alignment(chitieu.load_plan("tra_vinh"), chitieu.load_plan("can_tho"))
/// <Alignment tra_vinh against can_tho: ...>
#[pyfunction]
pub fn alignment(plan: &Bound<'_, PyPlan>, other: &Bound<'_, PyPlan>) -> PyResult<PyAlignment> {
    let alignment = align(&plan.get().plan, &other.get().plan).map_err(to_py_err)?;
    Ok(PyAlignment { alignment })
}
