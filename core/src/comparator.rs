//! Comparators: the exact meaning of "tối thiểu", "trên", "đạt", "khoảng", "không quá", "dưới".

use serde::{Deserialize, Serialize};

use crate::unit::Polarity;

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
