//! Which observations a target is judged on: those of its indicator at its tier, dated up to the as-of
//! date, of the plan's own unit or, when it has none, of the unit it belongs to (a **proxy**). The
//! earliest is the baseline, the latest the value judged.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::calc::milestone::Anchor;
use crate::model::{Observation, ObservationSet, ObservedAt, Plan, Tier};

/// An observed value as the scorecard used it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Point {
    /// Time as a fractional year.
    pub t: f64,
    /// Year of the observation.
    pub year: i32,
    /// The date, when the observation has one.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    #[serde(default, with = "crate::model::date::iso_option")]
    pub date: Option<Date>,
    /// Value.
    pub value: f64,
    /// Where the figure comes from; `None` for an illustrative value.
    pub source: Option<String>,
    /// The observation's note.
    pub note: Option<String>,
}

impl Point {
    pub(crate) fn of(o: &Observation) -> Self {
        let date = match o.at {
            ObservedAt::Date(d) => Some(d),
            ObservedAt::Year(_) => None,
        };
        Self {
            t: o.at.fractional_year(),
            year: o.at.year(),
            date,
            value: o.value,
            source: o.source.clone(),
            note: o.note.clone(),
        }
    }
}

/// The observations of one target, with the unit they are of.
#[derive(Debug, Clone, Default)]
pub(crate) struct Series<'a> {
    /// The unit observed: the plan's own, or its parent's as a proxy; `None` when nothing was observed.
    pub unit: Option<&'a str>,
    /// The observations are of the parent unit.
    pub proxy: bool,
    /// The observations, sorted by time.
    pub observations: Vec<&'a Observation>,
    /// The earliest observation.
    pub baseline: Option<Point>,
    /// The latest observation.
    pub latest: Option<Point>,
}

impl<'a> Series<'a> {
    /// The observations of `indicator` at `tier` dated up to `until`, of the plan's unit or else its parent.
    /// Non-finite values cannot come from the loaders; one built in code is left out.
    pub fn of(plan: &'a Plan, set: &'a ObservationSet, indicator: &str, tier: Option<Tier>, until: f64) -> Self {
        let own = plan.jurisdiction.id.as_str();
        let found = std::iter::once(own)
            .chain(plan.jurisdiction.parent.as_deref())
            .map(|u| {
                let s: Vec<&Observation> = set
                    .series(u, indicator, tier)
                    .into_iter()
                    .filter(|o| o.at.fractional_year() <= until && o.value.is_finite())
                    .collect();
                (u, s)
            })
            .find(|(_, s)| !s.is_empty());
        match found {
            None => Self::default(),
            Some((unit, observations)) => Self {
                unit: Some(unit),
                proxy: unit != own,
                baseline: observations.first().map(|o| Point::of(o)),
                latest: observations.last().map(|o| Point::of(o)),
                observations,
            },
        }
    }

    /// The baseline as the first anchor of a milestone path.
    pub fn baseline_anchor(&self) -> Option<Anchor> {
        self.baseline.as_ref().map(|b| Anchor::baseline(b.t, b.value))
    }
}
