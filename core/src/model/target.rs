//! Targets: the figures a plan commits to, per indicator, year and tier.

use serde::{Deserialize, Serialize};

use crate::model::administrative_unit::Level;
use crate::model::comparator::Comparator;

/// The level of government a target applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// Cấp tỉnh (for a centrally-run city, "cấp thành phố").
    Province,
    /// Cấp huyện.
    District,
    /// Cấp xã.
    Commune,
    /// The plan unit's own level, whatever it is: "tại thành phố" in a district-level city's plan.
    OwnUnit,
}

impl Tier {
    /// The level of government this tier means, given the level of the plan's own unit.
    pub fn level(self, plan_unit_level: Level) -> Level {
        match self {
            Self::Province => Level::Province,
            Self::District => Level::District,
            Self::Commune => Level::Commune,
            Self::OwnUnit => plan_unit_level,
        }
    }

    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Province => "province",
            Self::District => "district",
            Self::Commune => "commune",
            Self::OwnUnit => "own_unit",
        }
    }
}

/// One figure a plan commits to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// Stable id, unique in the plan (`work_files_online.2025.district`).
    pub id: String,
    /// Id of the indicator, defined in the same plan.
    pub indicator: String,
    /// The year by whose end it is to be met; absent when the document states an ambition with no year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The tier it applies to; absent when the document does not name one (the whole plan unit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<Tier>,
    /// How the value is to be met.
    pub comparator: Comparator,
    /// The figure, in the indicator's unit.
    pub value: f64,
    /// Half-width of the band for `about` ("khoảng"), in the indicator's unit; absent means the
    /// calculation's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    /// The sentence of the document this target comes from, verbatim.
    pub quote: String,
    /// Where the document is ambiguous, what it says and how it was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
