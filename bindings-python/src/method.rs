//! Which method judges a target: the kind of an indicator from its unit, the method of that kind, and the
//! method in words.

use pyo3::prelude::*;

use chitieu::calc::method::{Lang, Method};
use chitieu::model::measure_unit::IndicatorKind;
use chitieu::MeasureUnit;
use serde::Serialize;

use crate::support::{name, to_py, Text};

/// The kind of quantity a unit measures and the method that judges it.
#[derive(Serialize)]
struct KindAndMethod {
    kind: IndicatorKind,
    method: Method,
}

/// The kind of an indicator measured in `unit` and the method of that kind: a dict with kind and method.
///
/// >>> chitieu.indicator_kind("percent_per_year")
/// {'kind': 'yearly_rate', 'method': 'mean_yearly_rate'}
#[pyfunction]
pub fn indicator_kind(py: Python<'_>, unit: Text) -> PyResult<Bound<'_, PyAny>> {
    let kind = name::<MeasureUnit>(&unit, "unit")?.kind();
    to_py(py, &KindAndMethod { kind, method: Method::of(kind) })
}

/// A method in words, in Vietnamese (`"vi"`, the default) or English (`"en"`), for a table or a report.
///
/// >>> chitieu.method_label("rank_pace", "en") == chitieu.method_label("rank_pace", "vi")
/// False
#[pyfunction]
#[pyo3(signature = (method, lang=None))]
pub fn method_label(method: Text, lang: Option<Text>) -> PyResult<&'static str> {
    let method: Method = name(&method, "method")?;
    let lang: Lang = name(&lang.unwrap_or_else(|| Text::of("vi")), "lang")?;
    Ok(method.label(lang))
}
