//! Calculation inputs must be finite: NaN or infinity is a typed error naming the input, never a NaN
//! quietly passed on to every number computed from it.

/// An input that is NaN or infinite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{what} is not a finite number; expected a finite value")]
pub struct NonFinite {
    /// The input's name (`value`, `target`, `baseline_t`).
    pub what: &'static str,
}

impl NonFinite {
    /// Stable code shared by all bindings.
    pub fn code(&self) -> &'static str {
        "non_finite"
    }
}

/// The first named value that is not finite, as an error.
pub(crate) fn check<const N: usize>(values: [(&'static str, Option<f64>); N]) -> Result<(), NonFinite> {
    match values.into_iter().find(|(_, v)| v.is_some_and(|v| !v.is_finite())) {
        Some((what, _)) => Err(NonFinite { what }),
        None => Ok(()),
    }
}
