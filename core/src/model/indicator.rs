//! Indicators and the pillars that group them.

use serde::{Deserialize, Serialize};

use crate::model::measure_unit::{IndicatorKind, MeasureUnit, Polarity};

/// A pillar of a plan: digital government, digital economy, digital society, or one a plan adds.
///
/// Shared ids: `digital_government`, `digital_economy`, `digital_society`, `smart_city`,
/// `infrastructure`, `general`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pillar {
    /// Stable id shared across plans.
    pub id: String,
    /// The heading as the document words it ("1.2. Phát triển kinh tế số, ...").
    pub name_vi: String,
    /// English name.
    pub name_en: String,
}

/// Something a plan measures. Indicators that mean the same thing in different plans share one id,
/// so plans can be compared side by side; the Vietnamese name is each document's own wording.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable id shared across plans (`work_files_online`).
    pub id: String,
    /// Name exactly as the document words it.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// Unit of measure.
    pub unit: MeasureUnit,
    /// Which direction is better.
    pub polarity: Polarity,
    /// Id of the pillar it belongs to.
    pub pillar: String,
    /// Scope notes as the document words them ("trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scope: Vec<String>,
    /// Free notes (how the indicator was read, what it is close to but not the same as).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Indicator {
    /// The kind of quantity the indicator measures, from its unit ([`MeasureUnit::kind`]).
    pub fn kind(&self) -> IndicatorKind {
        self.unit.kind()
    }
}
