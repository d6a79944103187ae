//! The choices a scorecard is computed with.

use serde::{Deserialize, Serialize};

use crate::calc::milestone::Curve;
use crate::calc::projection::Model;
use crate::error::ChitieuError;

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

/// A setting outside the range it is defined on.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum SettingsError {
    /// `interval_level` outside (0, 1), or not a number.
    #[error("interval_level is {0}; expected a coverage strictly between 0 and 1, e.g. 0.9 for 90%")]
    IntervalLevel(f64),
    /// `min_assessable_share` outside [0, 1], or not a number.
    #[error("min_assessable_share is {0}; expected a share from 0 to 1, e.g. 0.6 for 60%")]
    MinAssessableShare(f64),
}

impl ChitieuError for SettingsError {
    fn code(&self) -> &'static str {
        match self {
            Self::IntervalLevel(_) => "invalid_level",
            Self::MinAssessableShare(_) => "invalid_share",
        }
    }

    fn path(&self) -> Option<String> {
        Some(
            match self {
                Self::IntervalLevel(_) => "interval_level",
                Self::MinAssessableShare(_) => "min_assessable_share",
            }
            .to_owned(),
        )
    }
}

impl Settings {
    /// Checks every setting against its range: a coverage strictly inside (0, 1), a share in [0, 1].
    ///
    /// ```
    /// use chitieu::{ChitieuError, Settings};
    /// let bad = Settings { interval_level: f64::NAN, ..Settings::default() };
    /// assert_eq!(bad.validate().unwrap_err().path().as_deref(), Some("interval_level"));
    /// assert!(Settings::default().validate().is_ok());
    /// ```
    pub fn validate(&self) -> Result<(), SettingsError> {
        if !(self.interval_level > 0.0 && self.interval_level < 1.0) {
            return Err(SettingsError::IntervalLevel(self.interval_level));
        }
        if !(0.0..=1.0).contains(&self.min_assessable_share) {
            return Err(SettingsError::MinAssessableShare(self.min_assessable_share));
        }
        Ok(())
    }
}
