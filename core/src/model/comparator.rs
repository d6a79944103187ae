//! Comparators: the exact meaning of "tối thiểu", "trên", "đạt", "khoảng", "không quá", "dưới".

use serde::{Deserialize, Serialize};

use crate::model::measure_unit::Polarity;

/// Relative difference under which two values are equal: values come from decimal documents but pass
/// through float arithmetic (`100.0 * 78.4 / 98.0` is `80.00000000000001`).
pub const RELATIVE_EQUALITY: f64 = 1e-9;

/// Half-width of the band of "khoảng" (about) when a target states none, relative to the target value.
pub const DEFAULT_ABOUT_TOLERANCE: f64 = 0.05;

/// `a == b`, or equal within a relative [`RELATIVE_EQUALITY`].
#[inline(always)]
pub fn equal(a: f64, b: f64) -> bool {
    // The larger magnitude by a select, not `f64::max`: the same number (a NaN fails the test either way),
    // without the call `max` costs on wasm32, where the bulk kernel compares every cell.
    let (x, y) = (a.abs(), b.abs());
    a == b || (a - b).abs() <= RELATIVE_EQUALITY * if x > y { x } else { y }
}

/// How a target's value is to be met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Comparator {
    /// `y >= V`: "tối thiểu", "ít nhất", "từ ... trở lên".
    AtLeast,
    /// `y > V`: "trên", "đạt trên".
    MoreThan,
    /// `y >= V` when higher is better, `y <= V` when lower is better: "đạt", or a bare number.
    Reach,
    /// `y <= V`: "không quá", "tối đa"; also "nhóm 10 tỉnh dẫn đầu" for ranks.
    AtMost,
    /// `y < V`: "dưới".
    LessThan,
    /// `|y - V| <= tolerance`: "khoảng" (a band, not a bound).
    About,
}

impl Comparator {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AtLeast => "at_least",
            Self::MoreThan => "more_than",
            Self::Reach => "reach",
            Self::AtMost => "at_most",
            Self::LessThan => "less_than",
            Self::About => "about",
        }
    }

    /// A mathematical symbol for tables.
    pub fn symbol(self, polarity: Polarity) -> &'static str {
        match (self, polarity) {
            (Self::AtLeast, _) | (Self::Reach, Polarity::HigherIsBetter) => "≥",
            (Self::MoreThan, _) => ">",
            (Self::AtMost, _) | (Self::Reach, Polarity::LowerIsBetter) => "≤",
            (Self::LessThan, _) => "<",
            (Self::About, _) => "≈",
        }
    }

    /// Whether `value` meets `target` under this comparator, with the equality rule of [`equal`]: a
    /// computed 80.00000000000001 does not satisfy "more than 80" and does satisfy "at least 80".
    /// `tolerance` is the half-width of the band for [`Comparator::About`]; `None` means
    /// [`DEFAULT_ABOUT_TOLERANCE`] times `|target|`.
    ///
    /// ```
    /// use chitieu::{Comparator, Polarity};
    /// let computed = 100.0 * 78.4 / 98.0; // 80.00000000000001: 78.4 of 98 files
    /// assert!(computed > 80.0);
    /// assert!(!Comparator::MoreThan.holds(computed, 80.0, Polarity::HigherIsBetter, None));
    /// assert!(Comparator::AtMost.holds(computed, 80.0, Polarity::HigherIsBetter, None));
    /// assert!(Comparator::Reach.holds(18.0, 20.0, Polarity::LowerIsBetter, None)); // rank 18 is in the top 20
    /// ```
    #[inline(always)]
    pub fn holds(self, value: f64, target: f64, polarity: Polarity, tolerance: Option<f64>) -> bool {
        let eq = equal(value, target);
        match (self, polarity) {
            (Self::AtLeast, _) | (Self::Reach, Polarity::HigherIsBetter) => value > target || eq,
            (Self::MoreThan, _) => value > target && !eq,
            (Self::AtMost, _) | (Self::Reach, Polarity::LowerIsBetter) => value < target || eq,
            (Self::LessThan, _) => value < target && !eq,
            (Self::About, _) => {
                let tol = tolerance.unwrap_or(DEFAULT_ABOUT_TOLERANCE * target.abs());
                let distance = (value - target).abs();
                distance <= tol || equal(distance, tol)
            }
        }
    }

    /// Whether a higher value makes this comparator easier to satisfy: true for floors, false for
    /// ceilings; `None` for `about`, which is a band.
    pub fn rewards_higher(self, polarity: Polarity) -> Option<bool> {
        match (self, polarity) {
            (Self::AtLeast | Self::MoreThan, _) | (Self::Reach, Polarity::HigherIsBetter) => Some(true),
            (Self::AtMost | Self::LessThan, _) | (Self::Reach, Polarity::LowerIsBetter) => Some(false),
            (Self::About, _) => None,
        }
    }

    /// The comparator of a stable number (0 at_least, 1 more_than, 2 reach, 3 at_most, 4 less_than,
    /// 5 about), used by the bulk API where columns are plain numbers. Every enum that crosses as a number
    /// has the same pair: `number()` and `from_number()`; `code()` is always the snake_case text.
    pub fn from_number(number: u8) -> Option<Self> {
        Some(match number {
            0 => Self::AtLeast,
            1 => Self::MoreThan,
            2 => Self::Reach,
            3 => Self::AtMost,
            4 => Self::LessThan,
            5 => Self::About,
            _ => return None,
        })
    }

    /// The stable number of [`Comparator::from_number`].
    pub fn number(self) -> u8 {
        match self {
            Self::AtLeast => 0,
            Self::MoreThan => 1,
            Self::Reach => 2,
            Self::AtMost => 3,
            Self::LessThan => 4,
            Self::About => 5,
        }
    }

    /// Whether this comparator points against the polarity: a floor on a lower-is-better indicator
    /// ("rank at least 10") or a ceiling on a higher-is-better one ("coverage at most 80%").
    pub fn contradicts(self, polarity: Polarity) -> bool {
        matches!(
            (self, polarity),
            (Self::AtLeast | Self::MoreThan, Polarity::LowerIsBetter)
                | (Self::AtMost | Self::LessThan, Polarity::HigherIsBetter)
        )
    }
}
