//! The scorecard as a report: the core's printable HTML page and Excel workbook (`chitieu::report`), in
//! Vietnamese or English, from the scorecard with the plan and observations it was built from.

use pyo3::prelude::*;

use chitieu::label::Lang;
use chitieu::report::Report;
use chitieu::{ObservationSet, Plan, Scorecard};

use crate::error::to_py_err;
use crate::support::{name, Text};

/// The language of a report: `"vi"` (the default) or `"en"`.
pub fn lang(lang: Option<Text>) -> PyResult<Lang> {
    name(&lang.unwrap_or_else(|| Text::of("vi")), "lang")
}

/// The HTML report.
pub fn html(card: &Scorecard, plan: &Plan, observations: &ObservationSet, lang: Lang) -> String {
    Report::new(plan, observations, card, lang).html()
}

/// The workbook's bytes.
pub fn xlsx(card: &Scorecard, plan: &Plan, observations: &ObservationSet, lang: Lang) -> PyResult<Vec<u8>> {
    Report::new(plan, observations, card, lang).xlsx().map_err(to_py_err)
}
