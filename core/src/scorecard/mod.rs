//! The scorecard: for a plan, a set of observations and an as-of date, every target with its milestone
//! for that date, the latest value, attainment, progress status, and the explanation of each number,
//! summarised by pillar.
//!
//! Which observations count for a target: those of its indicator, at its tier (an observation with no
//! tier is the unit as a whole and matches a target with no tier), dated on or before the as-of date, of
//! the plan's own unit, or, when there are none, of the unit it belongs to (`jurisdiction.parent`): a
//! province's figure used for one of its cities is a **proxy**, and the row says so.
//!
//! The earliest of those observations is the baseline; the latest is the value judged. A target whose
//! year has passed is judged on the value of its year when there is one. A target within 1% of its
//! baseline is judged by the milestone path instead of the growth-rate ratio: meeting the milestone is
//! substantial progress (score 2.5), holding the baseline without meeting it limited progress (0), falling
//! below the baseline deterioration (-5).
//!
//! The method of each row follows the kind of its indicator ([`Row::method`], from the unit): a level or a
//! share by the growth-rate ratio as above; a yearly rate by each year's rate and the geometric mean rate
//! against the target rate; a cumulative change from an unstated baseline by its pace along a straight
//! path from 0 at the start of the period (the plan's `period.from`, else the first observation's year);
//! a rank by the positions gained a year against those needed, ranks of different fields (63 provinces
//! until the 2023 DTI, 34 units from 2024) compared by their share of the field. See
//! [`crate::calc::method`]; each method's numbers are in [`Status`] and its formula and inputs in the
//! row's explanations.
//!
//! A pillar's score is the mean of its indicators' scores (an indicator's score is the mean of its
//! assessable targets' scores), reported only when at least 60% of its indicators are assessable.
//!
//! ```
//! use chitieu::scorecard::{Scorecard, Settings};
//! use chitieu::{bundled, ObservationSet};
//! let plan = bundled::plan("can_tho").unwrap();
//! let obs = bundled::observations().unwrap();
//! let card = Scorecard::build(&plan, &obs, time::macros::date!(2026 - 11 - 22), &Settings::default()).unwrap();
//! let top10 = card.rows.iter().find(|r| r.indicator == "dti_rank").unwrap();
//! assert!(top10.achievement.as_ref().unwrap().attained); // 5th in 2023, against "top 10"
//! ```

mod explanation;
mod flat;
mod kind_status;
mod milestone_table;
mod reason;
mod row;
mod series;
mod settings;
mod steps;
mod summary;
mod tier;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::error::{ChitieuError, LoadError, Problem, ProblemCode};
use crate::model::observation::fractional_year;
use crate::model::{ObservationSet, Plan};

pub use explanation::{Explanation, Input};
pub use flat::FlatRow;
pub use milestone_table::{milestone_table, MilestoneRow};
pub use reason::Reason;
pub use row::{Row, Status, StatusMethod, ValueBasis};
pub use series::Point;
pub use settings::{Settings, SettingsError};
pub use summary::Summary;
pub use tier::DISTRICT_TIER_ENDED;

/// A plan's scorecard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Scorecard {
    /// Plan id.
    pub plan: String,
    /// The plan's unit.
    pub unit: String,
    /// As-of date.
    #[schemars(with = "String", extend("format" = "date"))]
    #[serde(with = "crate::model::date::iso")]
    pub as_of: Date,
    /// As-of date as a fractional year.
    pub as_of_t: f64,
    /// Settings used.
    pub settings: Settings,
    /// One row per target, in the plan's order.
    pub rows: Vec<Row>,
    /// One summary per pillar, in the plan's order.
    pub pillars: Vec<Summary>,
    /// The whole plan.
    pub overall: Summary,
}

impl Scorecard {
    /// Builds the scorecard of `plan` from `observations` as of `as_of`; settings out of their range are
    /// refused ([`Settings::validate`]).
    pub fn build(
        plan: &Plan,
        observations: &ObservationSet,
        as_of: Date,
        settings: &Settings,
    ) -> Result<Self, SettingsError> {
        settings.validate()?;
        let as_of_t = fractional_year(as_of);
        let rows: Vec<Row> = plan
            .targets
            .iter()
            .filter_map(|t| plan.indicator(&t.indicator).map(|i| (t, i)))
            .map(|(t, i)| row::row(plan, t, i, observations, as_of_t, settings))
            .collect();
        let pillars = plan
            .pillars
            .iter()
            .map(|p| {
                summary::summarise(
                    Some(&p.id),
                    &p.name_en,
                    &p.name_vi,
                    rows.iter().filter(|r| r.pillar == p.id),
                    settings,
                )
            })
            .collect();
        let overall = summary::summarise(None, "All pillars", "Toàn bộ kế hoạch", rows.iter(), settings);
        Ok(Self {
            plan: plan.id.clone(),
            unit: plan.jurisdiction.id.clone(),
            as_of,
            as_of_t,
            settings: settings.clone(),
            rows,
            pillars,
            overall,
        })
    }

    /// Reads a scorecard written by [`Scorecard::to_json`], with the loaders' codes and paths; its
    /// settings are checked as [`Scorecard::build`] checks them.
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        let card: Self = crate::io::json::read(text)?;
        match card.settings.validate() {
            Ok(()) => Ok(card),
            Err(e) => Err(LoadError::Invalid(vec![Problem::error(
                format!("settings.{}", e.path().unwrap_or_default()),
                ProblemCode::ValueOutOfRange,
                e.to_string(),
                "settings within their ranges",
            )])),
        }
    }

    /// The whole scorecard as JSON.
    pub fn to_json(&self) -> String {
        crate::io::json::to_json(self).unwrap_or_default()
    }
}
