//! The merged unit: a successor province seen through its predecessors. Their plans side by side,
//! indicator by indicator; their figures combined by a rule the indicator allows ([`combine`]); each
//! predecessor's target judged against the merged figure (targets are never merged); observations of
//! any period resolved to the units they name, with a warning where a unit is named outside its
//! validity ([`resolve_units`]); and figures carried forward to the successors ([`carry_forward`]).

mod carry;
mod combine;
mod links;
mod view;
mod weights;

pub use carry::{
    carry_forward, resolve_units, Carried, CarriedForward, ObservationUnits, UnitWarning, UnitWarningCode,
};
pub use combine::{combine, CombineRule, Combined, Part, WeightKind};
pub use links::{predecessor_links, successor_links, unit_as_of, UnitLink};
pub use view::{
    merged_view, MergeReason, MergedIndicator, MergedPredecessor, MergedView, PredecessorFigure, TargetAgainst,
};
pub use weights::Weights;

use crate::calc::rollup::RollupError;
use crate::calc::succession::SuccessionError;
use crate::error::ChitieuError;
use crate::model::MeasureUnit;

/// Why predecessors' figures could not be combined, or a merged view not built.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum MergerError {
    /// The rule does not fit the indicator's unit (no rule fits a rank).
    #[error("{}", rule_not_allowed(*.rule, *.unit, .allowed))]
    RuleNotAllowed {
        /// The rule asked for.
        rule: CombineRule,
        /// The indicator's unit.
        unit: MeasureUnit,
        /// The rules it allows.
        allowed: Vec<CombineRule>,
    },
    /// Nothing to combine.
    #[error("no predecessors' figures to combine")]
    NoParts,
    /// A ratio of sums with a part that lacks its numerator or denominator.
    #[error("parts[{index}] ({unit}) has no {field}; a ratio of sums needs every predecessor's numerator and denominator (or use a weighted mean)")]
    MissingCount {
        /// Position.
        index: usize,
        /// The predecessor.
        unit: String,
        /// `numerator` or `denominator`.
        field: &'static str,
    },
    /// A weighted mean without naming its weights.
    #[error("a weighted mean needs its weights named: population, households, enterprises or communes")]
    NoWeightKind,
    /// A weighted mean with a part that has no weight.
    #[error("parts[{index}] ({unit}) has no {} weight; every predecessor needs one", .weight.code())]
    MissingWeight {
        /// Position.
        index: usize,
        /// The predecessor.
        unit: String,
        /// The weights named.
        weight: WeightKind,
    },
    /// A unit was not found, or not in force on the date.
    #[error(transparent)]
    Succession(#[from] SuccessionError),
    /// The roll-up refused its inputs.
    #[error(transparent)]
    Rollup(#[from] RollupError),
    /// The unit asked about was formed from no other.
    #[error("{unit} was formed from no other unit on record; a merged view needs a successor province (Tây Ninh, Đồng Tháp, Gia Lai, Vĩnh Long, Cần Thơ, ...)")]
    NotASuccessor {
        /// The unit.
        unit: String,
    },
}

fn rule_not_allowed(rule: CombineRule, unit: MeasureUnit, allowed: &[CombineRule]) -> String {
    if allowed.is_empty() {
        return format!(
            "{} cannot combine figures in {}: ranks are not combined (the merged unit's place is not a function of its predecessors' places)",
            rule.code(),
            unit.as_str()
        );
    }
    let names: Vec<&str> = allowed.iter().map(|r| r.code()).collect();
    format!("{} does not fit an indicator in {}; expected one of {}", rule.code(), unit.as_str(), names.join(", "))
}

impl ChitieuError for MergerError {
    fn code(&self) -> &'static str {
        match self {
            Self::RuleNotAllowed { .. } => "rule_not_allowed",
            Self::NoParts => "empty",
            Self::MissingCount { .. } => "missing_count",
            Self::NoWeightKind => "no_weight_kind",
            Self::MissingWeight { .. } => "missing_weight",
            Self::Succession(e) => e.code(),
            Self::Rollup(e) => e.code(),
            Self::NotASuccessor { .. } => "not_a_successor",
        }
    }

    fn path(&self) -> Option<String> {
        match self {
            Self::RuleNotAllowed { .. } => Some("rule".to_owned()),
            Self::NoParts => Some("parts".to_owned()),
            Self::MissingCount { index, field, .. } => Some(format!("parts[{index}].{field}")),
            Self::NoWeightKind => Some("weight".to_owned()),
            Self::MissingWeight { index, .. } => Some(format!("parts[{index}].weight")),
            Self::Succession(e) => e.path(),
            Self::Rollup(e) => e.path(),
            Self::NotASuccessor { .. } => Some("unit".to_owned()),
        }
    }
}
