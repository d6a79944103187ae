//! Roll-ups across tiers: communes to districts to provinces.
//!
//! Ratios roll up as the ratio of sums, never as the mean of the units' ratios: a commune with 10 files
//! weighs less than one with 1,000. Where only rates are known, a weighted mean with explicit weights
//! (population, households, file counts). A tier target ("60% at commune level") is checked unit by unit.
//!
//! ```
//! use chitieu::calc::rollup::{ratio_of_sums, weighted_mean};
//! // Two communes: 9 of 10 files online, and 500 of 1,000.
//! let r = ratio_of_sums(&[9.0, 500.0], &[10.0, 1000.0], 100.0).unwrap();
//! assert!((r.value - 100.0 * 509.0 / 1010.0).abs() < 1e-12); // not the mean of 90% and 50%
//! let m = weighted_mean(&[90.0, 50.0], &[1.0, 3.0]).unwrap();
//! assert_eq!(m.value, 60.0);
//! ```

use serde::{Deserialize, Serialize};

use super::exact_sum::exact_sum;
use crate::error::{check, check_column, ChitieuError, NonFinite};
use crate::model::comparator::Comparator;
use crate::model::measure_unit::Polarity;

/// Why a roll-up cannot be computed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum RollupError {
    /// Two columns of different lengths.
    #[error("{left} has {left_len} entries but {right} has {right_len}; expected one entry per unit in each")]
    LengthMismatch {
        /// First column.
        left: &'static str,
        /// Its length.
        left_len: usize,
        /// Second column.
        right: &'static str,
        /// Its length.
        right_len: usize,
    },
    /// No units.
    #[error("no units to roll up")]
    Empty,
    /// NaN or infinity.
    #[error(transparent)]
    NonFinite(#[from] NonFinite),
    /// A negative denominator.
    #[error("denominators[{index}] is {value}; expected a denominator >= 0")]
    NegativeDenominator {
        /// Position.
        index: usize,
        /// Value.
        value: f64,
    },
    /// The denominators add up to zero.
    #[error("the denominators add up to 0: there is nothing to take a share of")]
    ZeroDenominator,
    /// A negative weight.
    #[error("weights[{index}] is {value}; expected weights >= 0")]
    NegativeWeight {
        /// Position.
        index: usize,
        /// Value.
        value: f64,
    },
    /// The weights add up to zero.
    #[error("the weights add up to 0")]
    ZeroTotalWeight,
    /// A sum or the ratio is beyond the range of a floating-point number.
    #[error("the sums ({numerator} / {denominator}) or their ratio overflow; expected values below 1e308")]
    OutOfRange {
        /// `Σ numerators`, possibly infinite.
        numerator: f64,
        /// `Σ denominators`, possibly infinite.
        denominator: f64,
    },
}

impl ChitieuError for RollupError {
    fn code(&self) -> &'static str {
        match self {
            Self::LengthMismatch { .. } => "length_mismatch",
            Self::Empty => "empty",
            Self::NonFinite(e) => e.code(),
            Self::NegativeDenominator { .. } => "negative_denominator",
            Self::ZeroDenominator => "zero_denominator",
            Self::NegativeWeight { .. } => "negative_weight",
            Self::ZeroTotalWeight => "zero_total_weight",
            Self::OutOfRange { .. } => "out_of_range",
        }
    }

    fn path(&self) -> Option<String> {
        match self {
            Self::LengthMismatch { right, .. } => Some((*right).to_owned()),
            Self::NonFinite(e) => e.path(),
            Self::NegativeDenominator { index, .. } => Some(format!("denominators[{index}]")),
            Self::NegativeWeight { index, .. } => Some(format!("weights[{index}]")),
            Self::Empty | Self::ZeroDenominator | Self::ZeroTotalWeight | Self::OutOfRange { .. } => None,
        }
    }
}

/// A ratio of sums.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RatioOfSums {
    /// `scale * Σ numerators / Σ denominators`.
    pub value: f64,
    /// `Σ numerators`.
    pub numerator: f64,
    /// `Σ denominators`.
    pub denominator: f64,
    /// Units rolled up.
    pub units: usize,
}

/// A weighted mean.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct WeightedMean {
    /// `Σ w v / Σ w`.
    pub value: f64,
    /// `Σ w`.
    pub total_weight: f64,
    /// Units rolled up.
    pub units: usize,
}

fn same_length(left: &'static str, l: usize, right: &'static str, r: usize) -> Result<(), RollupError> {
    if l != r {
        return Err(RollupError::LengthMismatch { left, left_len: l, right, right_len: r });
    }
    if l == 0 {
        return Err(RollupError::Empty);
    }
    Ok(())
}

fn finite(what: &'static str, values: &[f64]) -> Result<(), RollupError> {
    Ok(check_column(what, values)?)
}

/// `scale * Σ numerators / Σ denominators` (`scale` 100 gives percent).
pub fn ratio_of_sums(numerators: &[f64], denominators: &[f64], scale: f64) -> Result<RatioOfSums, RollupError> {
    same_length("numerators", numerators.len(), "denominators", denominators.len())?;
    finite("numerators", numerators)?;
    finite("denominators", denominators)?;
    if let Some((index, &value)) = denominators.iter().enumerate().find(|(_, d)| **d < 0.0) {
        return Err(RollupError::NegativeDenominator { index, value });
    }
    check([("scale", Some(scale))])?;
    let numerator: f64 = numerators.iter().sum();
    let denominator: f64 = denominators.iter().sum();
    if denominator == 0.0 {
        return Err(RollupError::ZeroDenominator);
    }
    let value = scale * numerator / denominator;
    if !(numerator.is_finite() && denominator.is_finite() && value.is_finite()) {
        return Err(RollupError::OutOfRange { numerator, denominator });
    }
    Ok(RatioOfSums { value, numerator, denominator, units: numerators.len() })
}

/// `Σ w v / Σ w`, computed as `Σ (w / Σw) v` with correctly rounded sums: the same whatever the order of
/// the units, and exactly `v` when one unit carries all the weight (a large value with weight 0 changes
/// nothing).
///
/// ```
/// use chitieu::calc::rollup::weighted_mean;
/// assert_eq!(weighted_mean(&[1e17, 5.0, 7.0], &[0.0, 1.0, 1.0]).unwrap().value, 6.0);
/// assert_eq!(weighted_mean(&[4.77905e14, 5.3], &[0.0, 1.0]).unwrap().value, 5.3);
/// ```
pub fn weighted_mean(values: &[f64], weights: &[f64]) -> Result<WeightedMean, RollupError> {
    same_length("values", values.len(), "weights", weights.len())?;
    finite("values", values)?;
    finite("weights", weights)?;
    if let Some((index, &value)) = weights.iter().enumerate().find(|(_, w)| **w < 0.0) {
        return Err(RollupError::NegativeWeight { index, value });
    }
    let total_weight = exact_sum(weights.iter().copied());
    if total_weight == 0.0 {
        return Err(RollupError::ZeroTotalWeight);
    }
    // Weights so large that their sum overflows are scaled by the largest first (shares are unchanged).
    let scale = if total_weight.is_finite() { 1.0 } else { weights.iter().fold(0.0_f64, |m, w| m.max(*w)) };
    let scaled_total = if scale == 1.0 { total_weight } else { exact_sum(weights.iter().map(|w| w / scale)) };
    let value = exact_sum(values.iter().zip(weights).map(|(v, w)| (w / scale / scaled_total) * v));
    Ok(WeightedMean { value, total_weight, units: values.len() })
}

/// A tier target checked unit by unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct TierCheck {
    /// Units at the tier, with or without a value.
    pub units: usize,
    /// Units with a value.
    pub reported: usize,
    /// Units attaining the target.
    pub attaining: usize,
    /// `attaining / reported`, a fraction; absent when no unit has a value.
    pub share_attaining: Option<f64>,
    /// Units with a value that do not attain it, in input order.
    pub not_attaining: Vec<String>,
    /// Units without a value, in input order.
    pub missing: Vec<String>,
}

/// Checks a tier target against each unit's value (`None` where a unit reported nothing).
pub fn tier_check<'a>(
    comparator: Comparator,
    polarity: Polarity,
    target: f64,
    tolerance: Option<f64>,
    units: impl IntoIterator<Item = (&'a str, Option<f64>)>,
) -> TierCheck {
    let mut check = TierCheck {
        units: 0,
        reported: 0,
        attaining: 0,
        share_attaining: None,
        not_attaining: Vec::new(),
        missing: Vec::new(),
    };
    for (unit, value) in units {
        check.units += 1;
        match value.filter(|v| v.is_finite()) {
            None => check.missing.push(unit.to_owned()),
            Some(v) => {
                check.reported += 1;
                if comparator.holds(v, target, polarity, tolerance) {
                    check.attaining += 1;
                } else {
                    check.not_attaining.push(unit.to_owned());
                }
            }
        }
    }
    if check.reported > 0 {
        check.share_attaining = Some(check.attaining as f64 / check.reported as f64);
    }
    check
}
