//! Why a number of the scorecard is absent: one typed reason for every absent milestone, time distance
//! or pillar mean, with the same snake_case code in JSON, CSV, Python and JavaScript.

use serde::{Deserialize, Serialize};

use crate::calc::milestone::{MilestoneError, PathError, Unreached};

/// Why a number of the scorecard is absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// The target states no year.
    NoTargetYear,
    /// The target's indicator is not defined by the plan.
    UnknownIndicator,
    /// No observation of the indicator at the target's tier, of the plan's unit or its parent.
    NoObservations,
    /// A path with fewer than two anchors: one target year and no earlier observation.
    TooFewAnchors,
    /// The date asked is before the path starts.
    BeforePath,
    /// Two anchors in the wrong time order.
    AnchorsNotIncreasing,
    /// The compound curve through a zero or negative value.
    CurveNeedsPositiveValues,
    /// The logistic curve through a value at or beyond its bounds.
    CurveNeedsValuesInsideBounds,
    /// A segment that does not go forward in time.
    InvalidSegment,
    /// A time outside the segment asked of it.
    OutsideSegment,
    /// A non-finite input.
    NonFinite,
    /// The value is worse than the baseline: the path never reaches it.
    BelowBaseline,
    /// The value is better than anything on the path, the last target included.
    BeyondFinalTarget,
    /// Too few of a pillar's indicators are assessable for a mean score.
    InsufficientData,
    /// A district-tier target judged after the district tier ended (1 July 2025), whose year had not
    /// ended before.
    TierAbolished,
}

impl Reason {
    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::NoTargetYear => "no_target_year",
            Self::UnknownIndicator => "unknown_indicator",
            Self::NoObservations => "no_observations",
            Self::TooFewAnchors => "too_few_anchors",
            Self::BeforePath => "before_path",
            Self::AnchorsNotIncreasing => "anchors_not_increasing",
            Self::CurveNeedsPositiveValues => "curve_needs_positive_values",
            Self::CurveNeedsValuesInsideBounds => "curve_needs_values_inside_bounds",
            Self::InvalidSegment => "invalid_segment",
            Self::OutsideSegment => "outside_segment",
            Self::NonFinite => "non_finite",
            Self::BelowBaseline => "below_baseline",
            Self::BeyondFinalTarget => "beyond_final_target",
            Self::InsufficientData => "insufficient_data",
            Self::TierAbolished => "tier_abolished",
        }
    }
}

impl From<&MilestoneError> for Reason {
    fn from(e: &MilestoneError) -> Self {
        match e {
            MilestoneError::NonFinite(_) => Self::NonFinite,
            MilestoneError::InvalidSegment { .. } => Self::InvalidSegment,
            MilestoneError::OutsideSegment { .. } => Self::OutsideSegment,
            MilestoneError::CurveNeedsPositiveValues { .. } => Self::CurveNeedsPositiveValues,
            MilestoneError::CurveNeedsValuesInsideBounds { .. } => Self::CurveNeedsValuesInsideBounds,
            MilestoneError::AnchorsNotIncreasing { .. } => Self::AnchorsNotIncreasing,
            MilestoneError::TooFewAnchors { .. } => Self::TooFewAnchors,
            MilestoneError::BeforePath { .. } => Self::BeforePath,
        }
    }
}

impl From<&PathError> for Reason {
    fn from(e: &PathError) -> Self {
        match e {
            PathError::NoTargetYear => Self::NoTargetYear,
            PathError::UnknownIndicator(_) => Self::UnknownIndicator,
            PathError::Milestone(m) => m.into(),
        }
    }
}

impl From<Unreached> for Reason {
    fn from(u: Unreached) -> Self {
        match u {
            Unreached::BelowBaseline => Self::BelowBaseline,
            Unreached::BeyondFinalTarget => Self::BeyondFinalTarget,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ChitieuError;

    #[test]
    fn every_reason_reads_as_the_code_of_what_it_comes_from() {
        let e = MilestoneError::BeforePath { t: 2020.0, start: 2022.0 };
        assert_eq!(Reason::from(&e).code(), e.code());
        let p = PathError::NoTargetYear;
        assert_eq!(Reason::from(&p).code(), p.code());
        assert_eq!(Reason::from(Unreached::BelowBaseline).code(), Unreached::BelowBaseline.code());
        for r in [Reason::InsufficientData, Reason::CurveNeedsValuesInsideBounds, Reason::NoObservations] {
            assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{}\"", r.code()));
        }
    }
}
