//! The choices a scorecard is computed with.

use serde::{Deserialize, Serialize};

use crate::calc::milestone::Curve;
use crate::calc::projection::Model;

/// Choices a scorecard is computed with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Settings {
    /// Curve of the milestone paths.
    pub curve: Curve,
    /// Model of the projections.
    pub projection_model: Model,
    /// Coverage of the projection interval.
    pub interval_level: f64,
    /// Share of a pillar's indicators that must be assessable for its mean score to be reported.
    pub min_assessable_share: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Self { curve: Curve::Auto, projection_model: Model::Linear, interval_level: 0.9, min_assessable_share: 0.6 }
    }
}
