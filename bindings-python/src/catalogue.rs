//! The catalogue of indicators: the bundled one, and a user's file merged over it.

use pyo3::prelude::*;

use crate::error::to_py_err;
use crate::support::{file_name_hint, read_source, to_py};

/// The bundled catalogue of indicators (dict: `format_version`, `pillars`, `indicators`), every indicator
/// of the bundled plans and national documents with its names, unit, polarity, kind, pillar, DTI main index
/// and the documents that set a target for it.
///
/// >>> [i["documents"] for i in chitieu.catalogue()["indicators"] if i["id"] == "dti_rank"]
/// [['can_tho', 'tra_vinh']]
#[pyfunction]
pub fn catalogue(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &chitieu::bundled::catalogue().map_err(to_py_err)?)
}

/// A user's catalogue (`source`: the JSON text, or a file as a `pathlib.Path`) merged over the bundled one:
/// `(catalogue, conflicts)`, each conflict a dict naming the id, the field and both values (the user's is
/// kept). A bad file is a `LoadError` with every problem's path (`indicators[2].pillar`).
///
/// >>> mine = '{"format_version": 1, "indicators": [{"id": "dti_rank", "name_vi": "chỉ số chuyển đổi số", "name_en": "DTI score", "unit": "index", "polarity": "higher_is_better", "kind": "level_or_share", "pillar": "general", "dti_component": "overall"}]}'
/// >>> merged, conflicts = chitieu.extend_catalogue(mine)
/// >>> sorted(c["field"] for c in conflicts)
/// ['name_en', 'polarity', 'unit']
#[pyfunction]
pub fn extend_catalogue<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
    let text = read_source(source, "source")?;
    let base = chitieu::bundled::catalogue().map_err(to_py_err)?;
    let extended = chitieu::io::catalogue::extend_from_json(&base, &text)
        .map_err(|e| file_name_hint(py, to_py_err(e), source))?
        .value;
    Ok((to_py(py, &extended.catalogue)?, to_py(py, &extended.conflicts)?))
}
