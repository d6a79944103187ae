//! Achievement against one target: four numbers with four names, because users confuse them.
//!
//! - `attained`: the comparator holds, with its exact boundary and the equality rule;
//! - `percent_of_target`: `100 y / V` (higher is better) or `100 V / y` (lower is better);
//! - `progress_from_baseline`: `(y - B) / (V - B)`, 1 when reached, negative on regression; absent when the
//!   target equals the baseline or the baseline already met it;
//! - `gap`: `d (V - y)` in the indicator's unit, positive while there is still some way to go.
//!
//! ```
//! use chitieu::calc::achievement::achievement;
//! use chitieu::{Comparator, Polarity};
//! let a = achievement(Comparator::AtLeast, Polarity::HigherIsBetter, Some(62.0), 90.0, 76.0, None).unwrap();
//! assert!(!a.attained);
//! assert_eq!(a.progress_from_baseline, Some(0.5));
//! assert_eq!(a.gap, 14.0);
//! ```

use serde::{Deserialize, Serialize};

use crate::error::{check, ChitieuError, NonFinite};
use crate::model::comparator::{equal, Comparator};
use crate::model::measure_unit::Polarity;

/// Why a ratio is absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RatioAbsent {
    /// A negative value or target: the ratio has no meaning.
    NegativeValues,
    /// Division by zero.
    ZeroDenominator,
    /// No baseline to measure progress from.
    NoBaseline,
    /// The target equals the baseline ("maintain"): attained or not, no ratio.
    MaintainTarget,
    /// The baseline already met the target (a rank of 7 against "top 10"): the ratio would read as regression.
    BaselineBeyondTarget,
    /// The ratio is beyond the range of a floating-point number (a value of 1e300 against a target of 1e-10).
    OutOfRange,
}

impl RatioAbsent {
    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::NegativeValues => "negative_values",
            Self::ZeroDenominator => "zero_denominator",
            Self::NoBaseline => "no_baseline",
            Self::MaintainTarget => "maintain_target",
            Self::BaselineBeyondTarget => "baseline_beyond_target",
            Self::OutOfRange => "out_of_range",
        }
    }
}

/// A ratio, or why it is absent when it overflows.
fn finite_or(ratio: f64) -> (Option<f64>, Option<RatioAbsent>) {
    if ratio.is_finite() {
        (Some(ratio), None)
    } else {
        (None, Some(RatioAbsent::OutOfRange))
    }
}

/// How a value stands against a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Achievement {
    /// The comparator holds for the value.
    pub attained: bool,
    /// `100 y / V` when higher is better, `100 V / y` when lower is better.
    pub percent_of_target: Option<f64>,
    /// Why `percent_of_target` is absent.
    pub percent_of_target_reason: Option<RatioAbsent>,
    /// `(y - B) / (V - B)`: 1 means reached, negative means regression.
    pub progress_from_baseline: Option<f64>,
    /// Why `progress_from_baseline` is absent.
    pub progress_from_baseline_reason: Option<RatioAbsent>,
    /// `d (V - y)` in the indicator's unit: positive means still to go.
    pub gap: f64,
}

/// Why attainment cannot be judged.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum AchievementError {
    /// NaN or infinity among the inputs.
    #[error(transparent)]
    NonFinite(#[from] NonFinite),
    /// A negative band for `about`.
    #[error("tolerance {tolerance} is negative; expected a tolerance >= 0")]
    InvalidTolerance {
        /// The tolerance given.
        tolerance: f64,
    },
}

impl ChitieuError for AchievementError {
    fn code(&self) -> &'static str {
        match self {
            Self::NonFinite(e) => e.code(),
            Self::InvalidTolerance { .. } => "invalid_tolerance",
        }
    }

    fn path(&self) -> Option<String> {
        match self {
            Self::NonFinite(e) => e.path(),
            Self::InvalidTolerance { .. } => Some("tolerance".to_owned()),
        }
    }
}

/// Whether `value` attains `target` under `comparator`: the comparator's exact boundary and the equality
/// rule, with the inputs checked (finite, a tolerance of at least 0).
///
/// ```
/// use chitieu::calc::achievement::attained;
/// use chitieu::{ChitieuError, Comparator, Polarity};
/// assert!(attained(Comparator::About, Polarity::HigherIsBetter, 96.0, 100.0, None).unwrap()); // within 5%
/// let e = attained(Comparator::About, Polarity::HigherIsBetter, 96.0, 100.0, Some(-1.0)).unwrap_err();
/// assert_eq!(e.code(), "invalid_tolerance");
/// ```
pub fn attained(
    comparator: Comparator,
    polarity: Polarity,
    value: f64,
    target: f64,
    tolerance: Option<f64>,
) -> Result<bool, AchievementError> {
    check([("value", Some(value)), ("target", Some(target)), ("tolerance", tolerance)])?;
    if let Some(tolerance) = tolerance.filter(|t| *t < 0.0) {
        return Err(AchievementError::InvalidTolerance { tolerance });
    }
    Ok(comparator.holds(value, target, polarity, tolerance))
}

/// Achievement of `value` against `target`, from an optional `baseline`; a non-finite input or a
/// negative tolerance is an error.
#[inline]
pub fn achievement(
    comparator: Comparator,
    polarity: Polarity,
    baseline: Option<f64>,
    target: f64,
    value: f64,
    tolerance: Option<f64>,
) -> Result<Achievement, AchievementError> {
    check([("value", Some(value)), ("target", Some(target)), ("baseline", baseline), ("tolerance", tolerance)])?;
    let attained = attained(comparator, polarity, value, target, tolerance)?;
    let (numerator, denominator) = match polarity {
        Polarity::HigherIsBetter => (value, target),
        Polarity::LowerIsBetter => (target, value),
    };
    let (percent_of_target, percent_of_target_reason) = if value < 0.0 || target < 0.0 {
        (None, Some(RatioAbsent::NegativeValues))
    } else if denominator == 0.0 {
        (None, Some(RatioAbsent::ZeroDenominator))
    } else {
        finite_or(100.0 * numerator / denominator)
    };
    let (progress_from_baseline, progress_from_baseline_reason) = match baseline {
        None => (None, Some(RatioAbsent::NoBaseline)),
        Some(b) if equal(target, b) => (None, Some(RatioAbsent::MaintainTarget)),
        Some(b) if polarity.sign() * (target - b) < 0.0 => (None, Some(RatioAbsent::BaselineBeyondTarget)),
        // `+ 0.0` turns a -0.0 (no progress toward a lower target) into 0.0.
        Some(b) => finite_or((value - b) / (target - b) + 0.0),
    };
    Ok(Achievement {
        attained,
        percent_of_target,
        percent_of_target_reason,
        progress_from_baseline,
        progress_from_baseline_reason,
        gap: polarity.sign() * (target - value),
    })
}
