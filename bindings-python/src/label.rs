//! Words a person reads, from the core's one table (`chitieu::label`): a label by domain and code, the
//! whole table in one language, and the colour of a status.

use std::collections::BTreeMap;

use pyo3::prelude::*;

use chitieu::calc::progress::Category;
use chitieu::label::{Domain, Lang};

use crate::support::{name, Text};

fn lang_of(lang: Option<Text>) -> PyResult<Lang> {
    name(&lang.unwrap_or_else(|| Text::of("vi")), "lang")
}

/// The label of `code` in `domain` (`status`, `reason`, `not_assessable`, `comparator`, `tier`, `level`,
/// `unit`, `milestone_kind`, `indicator_kind`, `method`, `curve`, `frequency`, `verdict`, `text`), in Vietnamese
/// (`"vi"`, the default) or English (`"en"`); `None` for a code the table does not have.
///
/// >>> chitieu.label("status", "target_achieved"), chitieu.label("status", "target_achieved", "en")
/// ('Đã đạt', 'achieved')
#[pyfunction]
#[pyo3(signature = (domain, code, lang=None))]
pub fn label(domain: Text, code: Text, lang: Option<Text>) -> PyResult<Option<&'static str>> {
    let domain: Domain = name(&domain, "domain")?;
    Ok(chitieu::label::lookup(domain, code.as_str(), lang_of(lang)?))
}

/// Every label in one language: `{domain: {code: words}}`.
///
/// >>> chitieu.labels("en")["comparator"]["at_least"]
/// 'at least'
#[pyfunction]
#[pyo3(signature = (lang=None))]
pub fn labels(lang: Option<Text>) -> PyResult<BTreeMap<&'static str, BTreeMap<&'static str, &'static str>>> {
    Ok(chitieu::label::table(lang_of(lang)?))
}

/// The colour of a status category (`#rrggbb`), the same in every report.
///
/// >>> chitieu.status_colour("deterioration")
/// '#c62828'
#[pyfunction]
pub fn status_colour(category: Text) -> PyResult<&'static str> {
    let category: Category = name(&category, "category")?;
    Ok(chitieu::label::colour(category))
}
