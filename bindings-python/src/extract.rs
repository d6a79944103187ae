//! Drafting a plan from a plan document (`chitieu::extract`): its text, or its bytes as a Word file, a web
//! page or a PDF (`extract_document`). The `Draft` object and `extract_plan`, `agreement`, `target_keys`. Offsets are character offsets, which are Python `str`
//! indices: `text[start:end]` is the quote. A lone surrogate in the text is read as U+FFFD, one character
//! for one, so the offsets stay those of the `str`.

use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyMemoryView, PyString, PyTuple};

use chitieu::extract::{self, Draft};
use chitieu::Plan;

use crate::error::to_py_err;
use crate::observations::PyObservations;
use crate::plan::PyPlan;
use crate::support::{file_name_hint, read_source, read_source_lossy, restore_args, to_py};

/// A plan drafted from a document's text, for a person to review.
///
/// `.plan` is the draft as a `Plan` (everything a plan offers works on it); `.targets` ties each of its
/// targets to the words it came from (`text[start:end]`), with a confidence and the reasons to check
/// it; `.unused_numbers` lists the numbers seen and not used, and why. In Jupyter it shows as a review
/// table, low confidence highlighted.
///
/// >>> draft = chitieu.extract_plan("Mục tiêu đến năm 2025:\n- Tối thiểu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n")
/// >>> t = draft.plan.targets[0]
/// >>> t["indicator"], t["year"], t["tier"], t["comparator"], t["value"]
/// ('work_files_online', 2025, 'province', 'at_least', 90.0)
#[pyclass(module = "chitieu._chitieu", name = "Draft", frozen)]
pub struct PyDraft {
    pub draft: Draft,
}

#[pymethods]
impl PyDraft {
    /// Reads a draft back from its JSON (`to_json()`): `source` is the JSON text itself (a `str` is never
    /// taken for a file name), or a file as a `pathlib.Path`. The draft's plan is checked as
    /// `Plan.from_json` checks a plan (problems under `plan.`), so a draft that loads can be saved, loaded
    /// and pickled again; a bad one is a `LoadError` with the core's code, path and problems.
    ///
    /// >>> d = chitieu.extract_plan("Mục tiêu đến năm 2025: 100% xã có cáp quang.")
    /// >>> chitieu.Draft.from_json(d.to_json()).targets == d.targets
    /// True
    #[staticmethod]
    fn from_json(py: Python<'_>, source: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = read_source(source, "source")?;
        let draft = Draft::from_json(&text).map_err(|e| file_name_hint(py, to_py_err(e), source))?;
        Ok(Self { draft })
    }

    /// What unpickling calls: the draft as it was pickled, even one whose plan does not validate yet.
    #[staticmethod]
    fn _from_pickle(text: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = read_source(text, "json")?;
        Ok(Self { draft: chitieu::io::json::read(&text).map_err(to_py_err)? })
    }

    /// The draft as JSON text: `{"plan": ..., "targets": [...], "unused_numbers": [...], "notes": [...]}`.
    /// The reviewed plan alone is `draft.plan.to_json()`.
    ///
    /// >>> chitieu.extract_plan("").to_json().startswith("{")
    /// True
    fn to_json(&self) -> PyResult<String> {
        chitieu::io::json::to_json(&self.draft)
            .map_err(|e| pyo3::exceptions::PyTypeError::new_err(format!("cannot write the draft as JSON: {e}")))
    }

    /// The drafted plan (a `Plan`): review it, then save it with `to_json()`.
    ///
    /// >>> chitieu.extract_plan("").plan.targets
    /// []
    #[getter]
    fn plan(&self) -> PyPlan {
        PyPlan::new(self.draft.plan.clone(), Vec::new())
    }

    /// One dict per target of `plan.targets`, in the same order: target (its id), start, end (character
    /// offsets: `text[start:end]` is the quote), confidence (0..1), reasons (dicts with a `kind`).
    #[getter]
    fn targets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.draft.targets)
    }

    /// Figures the text reports as reached ("hiện nay", "đã đạt", a year before the signing year), drafted
    /// as observations and not as targets: dicts with indicator, name_vi, unit, year (absent when the text
    /// gives none), value, quote, start, end (`text[start:end]` is the quote), confidence, reasons.
    ///
    /// >>> d = chitieu.extract_plan("Kế hoạch chuyển đổi số tỉnh Hà Giang năm 2024\nNăm 2023 đạt 72% hồ sơ thủ tục hành chính xử lý trực tuyến.")
    /// >>> o = d.observations[0]
    /// >>> o["year"], o["value"], len(d.plan.targets)
    /// (2023, 72.0, 0)
    #[getter]
    fn observations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.draft.observations)
    }

    /// The draft observations that have a year, as `Observations` of the plan's unit (those without a year
    /// are left out and named in the set's notes).
    ///
    /// >>> d = chitieu.extract_plan("Kế hoạch chuyển đổi số tỉnh Hà Giang năm 2024\nNăm 2023 đạt 72% hồ sơ thủ tục hành chính xử lý trực tuyến.")
    /// >>> d.observation_set().records[0]["year"]
    /// 2023
    fn observation_set(&self) -> PyObservations {
        PyObservations::from_set(self.draft.observation_set())
    }

    /// Numbers seen and not used as targets (dicts: text, start, end, reason).
    #[getter]
    fn unused_numbers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.draft.unused_numbers)
    }

    /// What the reader could not find or decide (no date, budget lines that do not add up, ...).
    #[getter]
    fn notes(&self) -> Vec<String> {
        self.draft.notes.clone()
    }

    /// The drafted targets as a pandas DataFrame, one row each: id, indicator, year, tier, comparator,
    /// value, unit, confidence, reasons (in words), quote, start, end (needs pandas).
    ///
    /// >>> chitieu.extract_plan("Mục tiêu đến năm 2025: 100% xã có cáp quang.").to_pandas().shape[0]
    /// 1
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("chitieu._display")?.call_method1("draft_frame", (slf,))
    }

    /// An HTML review view for Jupyter: the targets with confidence and reasons, the unused numbers.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("chitieu._display")?.call_method1("draft_html", (slf,))
    }

    fn __len__(&self) -> usize {
        self.draft.targets.len()
    }

    fn __repr__(&self) -> String {
        let d = &self.draft;
        let unsure = d.targets.iter().filter(|t| !t.reasons.is_empty()).count();
        format!(
            "<Draft {} ({}): {} targets, {} to check, {} observations, {} unused numbers>",
            d.plan.id,
            d.plan.jurisdiction.name,
            d.targets.len(),
            unsure,
            d.observations.len(),
            d.unused_numbers.len()
        )
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        restore_args(py, "Draft", self.to_json()?)
    }
}

/// Drafts a plan from a Vietnamese plan document, for a person to review.
///
/// `text` is the document's text as a `str` (never taken for a file name; a lone surrogate such as
/// `"\ud800"` is read as U+FFFD, one character for one, so offsets still index the `str`), or the
/// document as it arrived: `bytes` (or `bytearray`, `memoryview`), or a file as a `pathlib.Path`
/// (`os.PathLike`). Bytes may be UTF-8 or UTF-16 text, a Word file (.docx), a web page or a PDF with a
/// text layer; the format is read from the bytes, `hint` (a file name, extension or MIME type, by
/// default the path's name) settles the rest. Offsets then index the text read from it. Bytes that
/// cannot be read raise `DocumentError` with the core's `code` (`empty_input`, `binary_input`,
/// `legacy_encoding`, `not_a_docx`, `encrypted_pdf`, `pdf_without_text`, `too_large`, ...).
///
/// >>> text = "Số: 50/KH-UBND\nMục tiêu đến năm 2025:\n- Trên 80% hộ gia đình có cáp quang.\n"
/// >>> draft = chitieu.extract_plan(text)
/// >>> draft.plan.document["number"]
/// '50/KH-UBND'
/// >>> t = draft.plan.targets[0]
/// >>> t["indicator"], t["year"], t["comparator"], t["value"]
/// ('households_fibre_broadband', 2025, 'more_than', 80.0)
/// >>> d = draft.targets[0]
/// >>> text[d["start"]:d["end"]] == t["quote"] == 'Trên 80% hộ gia đình có cáp quang'
/// True
/// >>> page = "<html><body><nav>Trang chủ</nav><p>Mục tiêu đến năm 2025: trên 80% hộ gia đình có cáp quang.</p></body></html>"
/// >>> chitieu.extract_plan(page.encode(), hint="text/html").plan.targets[0]["value"]
/// 80.0
#[pyfunction]
#[pyo3(signature = (text, hint = None))]
pub fn extract_plan(py: Python<'_>, text: &Bound<'_, PyAny>, hint: Option<String>) -> PyResult<PyDraft> {
    if text.cast::<PyString>().is_ok() {
        let text = read_source_lossy(text, "text")?;
        return Ok(PyDraft { draft: py.detach(|| extract::extract_plan(&text)) });
    }
    let (bytes, named) = document_bytes(text)?;
    let hint = hint.or(named);
    let draft = py.detach(|| extract::extract_document(&bytes, hint.as_deref())).map_err(to_py_err)?;
    Ok(PyDraft { draft })
}

/// The bytes of a document given as bytes, bytearray, memoryview or a path, and the file's name.
fn document_bytes(source: &Bound<'_, PyAny>) -> PyResult<(Vec<u8>, Option<String>)> {
    let py = source.py();
    if let Ok(b) = source.cast::<PyBytes>() {
        return Ok((b.as_bytes().to_vec(), None));
    }
    if source.cast::<PyByteArray>().is_ok() || source.cast::<PyMemoryView>().is_ok() {
        let b = py.import("builtins")?.getattr("bytes")?.call1((source,))?;
        return Ok((b.cast::<PyBytes>()?.as_bytes().to_vec(), None));
    }
    if !source.hasattr("__fspath__")? {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "text: expected the document as a str, bytes, or a file as a pathlib.Path (os.PathLike), got {}",
            source.get_type().name()?
        )));
    }
    let file = py.import("pathlib")?.getattr("Path")?.call1((py.import("os")?.call_method1("fspath", (source,))?,))?;
    let bytes = file.call_method0("read_bytes")?;
    let name: Option<String> = file.getattr("name")?.extract().ok();
    Ok((bytes.cast::<PyBytes>()?.as_bytes().to_vec(), name))
}

fn plan_arg(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<Plan> {
    if let Ok(d) = obj.cast::<PyDraft>() {
        return Ok(d.get().draft.plan.clone());
    }
    if let Ok(p) = obj.cast::<PyPlan>() {
        return Ok(p.get().plan.clone());
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!(
        "{path}: expected a Plan or a Draft, got {}",
        obj.get_type().name()?
    )))
}

/// How well a draft's targets agree with a reviewed plan's: targets matched on (year, tier, comparator,
/// value, unit) as a multiset, whatever ids either side chose. `draft` is a `Plan` or a `Draft`.
/// Returns a dict: drafted, reviewed, matched, precision (matched / drafted), recall (matched / reviewed).
///
/// >>> plan = chitieu.load_plan("binh_dinh_2024")
/// >>> a = chitieu.agreement(plan, plan)
/// >>> a["precision"], a["recall"]
/// (1.0, 1.0)
#[pyfunction]
pub fn agreement<'py>(
    py: Python<'py>,
    draft: &Bound<'py, PyAny>,
    reviewed: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let draft = plan_arg(draft, "draft")?;
    let reviewed = plan_arg(reviewed, "reviewed")?;
    to_py(py, &extract::agreement(&draft, &reviewed))
}

/// The keys `agreement` matches targets on, one per target: "year|tier|comparator|value|unit".
///
/// >>> chitieu.target_keys(chitieu.load_plan())[0]
/// '2025|-|at_most|20.000000|rank'
#[pyfunction]
pub fn target_keys(plan: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    Ok(extract::target_keys(&plan_arg(plan, "plan")?))
}
