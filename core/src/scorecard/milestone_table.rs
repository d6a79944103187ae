//! The plan-wide milestone table: every indicator and tier of a plan in each of a range of years.

use serde::{Deserialize, Serialize};

use crate::calc::milestone::{indicator_path, Milestone};
use crate::model::{MeasureUnit, ObservationSet, Plan, Tier};

use super::series::Series;
use super::Settings;

/// One milestone of the plan-wide table: an indicator at a tier in one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct MilestoneRow {
    /// Indicator id.
    pub indicator: String,
    /// Indicator name in English.
    pub name_en: String,
    /// Indicator name as the document words it.
    pub name_vi: String,
    /// Tier.
    pub tier: Option<Tier>,
    /// Unit of measure.
    pub unit: MeasureUnit,
    /// Year.
    pub year: i32,
    /// The milestone.
    pub milestone: Milestone,
}

/// The milestones of every indicator and tier of `plan` in each of `years`, on paths through all of
/// its target years; with `observations`, each path starts from its earliest observation (a proxy's,
/// as in the scorecard, when the plan's own unit has none). Indicators and tiers with fewer than two
/// anchors, and years before a path starts, are left out.
pub fn milestone_table(
    plan: &Plan,
    observations: Option<&ObservationSet>,
    years: &[i32],
    settings: &Settings,
) -> Vec<MilestoneRow> {
    let mut seen: Vec<(&str, Option<Tier>)> = Vec::new();
    let mut rows = Vec::new();
    for target in &plan.targets {
        let key = (target.indicator.as_str(), target.tier);
        if seen.contains(&key) || target.year.is_none() {
            continue;
        }
        seen.push(key);
        let Some(ind) = plan.indicator(&target.indicator) else { continue };
        let baseline = observations
            .and_then(|set| Series::of(plan, set, &target.indicator, target.tier, f64::INFINITY).baseline_anchor());
        let Ok(path) = indicator_path(plan, &target.indicator, target.tier, baseline, None, settings.curve) else {
            continue;
        };
        for &year in years {
            if let Ok(milestone) = path.at(f64::from(year)) {
                rows.push(MilestoneRow {
                    indicator: ind.id.clone(),
                    name_en: ind.name_en.clone(),
                    name_vi: ind.name_vi.clone(),
                    tier: target.tier,
                    unit: ind.unit,
                    year,
                    milestone,
                });
            }
        }
    }
    rows
}
