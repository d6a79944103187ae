//! Calculation inputs must be finite: NaN or infinity is a typed error naming the input, never a NaN
//! quietly passed on to every number computed from it. This is the crate's one `non_finite` error: every
//! area that refuses a non-finite input carries it.

use super::ChitieuError;

/// An input that is NaN or infinite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{} is not a finite number; expected a finite value", self.path_text())]
pub struct NonFinite {
    /// The input's name (`value`, `target`, `baseline_t`, `weights`).
    pub what: &'static str,
    /// The position within that input, when it is a list or a column.
    pub index: Option<usize>,
}

impl NonFinite {
    /// A single named input.
    pub fn named(what: &'static str) -> Self {
        Self { what, index: None }
    }

    /// Element `index` of the list or column `what`.
    pub fn at(what: &'static str, index: usize) -> Self {
        Self { what, index: Some(index) }
    }

    fn path_text(&self) -> String {
        match self.index {
            Some(i) => format!("{}[{i}]", self.what),
            None => self.what.to_owned(),
        }
    }
}

impl ChitieuError for NonFinite {
    fn code(&self) -> &'static str {
        "non_finite"
    }

    fn path(&self) -> Option<String> {
        Some(self.path_text())
    }
}

/// The first named value that is not finite, as an error.
pub(crate) fn check<const N: usize>(values: [(&'static str, Option<f64>); N]) -> Result<(), NonFinite> {
    match values.into_iter().find(|(_, v)| v.is_some_and(|v| !v.is_finite())) {
        Some((what, _)) => Err(NonFinite::named(what)),
        None => Ok(()),
    }
}

/// The first element of the column `what` that is not finite, as an error.
pub(crate) fn check_column(what: &'static str, values: &[f64]) -> Result<(), NonFinite> {
    match values.iter().position(|v| !v.is_finite()) {
        Some(index) => Err(NonFinite::at(what, index)),
        None => Ok(()),
    }
}
