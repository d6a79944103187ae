//! The error vocabulary every part of chitieu speaks, and that both bindings convert generically.
//!
//! Every error type of the crate implements [`ChitieuError`]: a stable snake_case [`code`](ChitieuError::code)
//! shared by Rust, Python and JavaScript, the [`path`](ChitieuError::path) of the bad input where there is
//! one (`weights[3]`, `targets[12].value`), and, for documents, every [`Problem`] found. A NaN or infinite
//! input is always the one [`NonFinite`] error, whichever calculation it reaches.
//!
//! ```
//! use chitieu::ChitieuError;
//! let err = chitieu::calc::rollup::weighted_mean(&[1.0, f64::NAN], &[1.0, 1.0]).unwrap_err();
//! assert_eq!(err.code(), "non_finite");
//! assert_eq!(err.path().as_deref(), Some("values[1]"));
//! ```

mod non_finite;
mod problem;

pub use non_finite::NonFinite;
pub(crate) use non_finite::{check, check_column};
pub(crate) use problem::Problems;
pub use problem::{LoadError, Loaded, Problem, ProblemCode, Severity, MAX_PROBLEMS};

/// What every chitieu error tells, whatever its area.
pub trait ChitieuError: std::error::Error {
    /// The stable snake_case code (`non_finite`, `before_path`, `unknown_indicator`), the same in every
    /// language; codes are only ever added.
    fn code(&self) -> &'static str;

    /// Where the bad input is: a path such as `weights[3]` or `targets[12].value`; `None` when the error is
    /// about the call as a whole.
    fn path(&self) -> Option<String> {
        None
    }

    /// Every problem of a document that could not be loaded, errors first; empty for other errors.
    fn problems(&self) -> &[Problem] {
        &[]
    }
}
