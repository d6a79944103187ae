//! One target on the scorecard: the steps of [`super::steps`] run in order, their values and explanations
//! gathered in a [`Row`].

use serde::{Deserialize, Serialize};

use crate::calc::achievement::Achievement;
use crate::calc::milestone::{path_of, Milestone};
use crate::calc::progress::{Category, GrowthRatio, NotAssessable, RequiredPace};
use crate::calc::projection::Projection;
use crate::model::{Comparator, Indicator, MeasureUnit, ObservationSet, Plan, Polarity, Target, Tier};

use super::explanation::Explanation;
use super::series::{Point, Series};
use super::{steps, Reason, Settings};

/// Which value attainment was judged on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ValueBasis {
    /// The value of the target year.
    TargetYear,
    /// The latest value, before the target year (or when the target year has none).
    Latest,
}

/// How the status was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatusMethod {
    /// The target is attained.
    Attained,
    /// The growth-rate ratio.
    GrowthRateRatio,
    /// The milestone path (a target within 1% of its baseline).
    MilestonePath,
    /// Nothing could be assessed.
    None,
}

/// Whether a target is on track.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Status {
    /// Category.
    pub category: Category,
    /// Score on -5..+5; absent when not assessable.
    pub score: Option<f64>,
    /// How it was decided.
    pub method: StatusMethod,
    /// Why it is not assessable.
    pub reason: Option<NotAssessable>,
    /// The growth-rate ratio, when computed.
    pub growth: Option<GrowthRatio>,
}

impl Status {
    /// Not assessable, for `reason`.
    pub(crate) fn not_assessable(reason: NotAssessable) -> Self {
        Self {
            category: Category::NotAssessable,
            score: None,
            method: StatusMethod::None,
            reason: Some(reason),
            growth: None,
        }
    }

    /// The target is attained.
    pub(crate) fn attained() -> Self {
        Self {
            category: Category::TargetAchieved,
            score: Some(5.0),
            method: StatusMethod::Attained,
            reason: None,
            growth: None,
        }
    }
}

/// One target on the scorecard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Row {
    /// Target id.
    pub target: String,
    /// Indicator id.
    pub indicator: String,
    /// Indicator name as the document words it.
    pub name_vi: String,
    /// Indicator name in English.
    pub name_en: String,
    /// Pillar id.
    pub pillar: String,
    /// Target year.
    pub year: Option<i32>,
    /// Tier.
    pub tier: Option<Tier>,
    /// Comparator.
    pub comparator: Comparator,
    /// Target value.
    pub target_value: f64,
    /// Unit of measure.
    pub unit: MeasureUnit,
    /// Polarity.
    pub polarity: Polarity,
    /// The administrative unit whose observations were used.
    pub observed_unit: Option<String>,
    /// The observations are of another unit (the province a city belongs to), used as a stand-in.
    pub proxy: bool,
    /// Observations used.
    pub observations: usize,
    /// Earliest observation.
    pub baseline: Option<Point>,
    /// Latest observation on or before the as-of date.
    pub latest: Option<Point>,
    /// Which value attainment was judged on.
    pub value_basis: Option<ValueBasis>,
    /// The milestone for the as-of date.
    pub milestone: Option<Milestone>,
    /// Why there is no milestone.
    pub milestone_reason: Option<Reason>,
    /// Attained, percent of target, progress from baseline, gap.
    pub achievement: Option<Achievement>,
    /// On track?
    pub status: Status,
    /// Years ahead (+) of or behind (-) the milestone path.
    pub time_distance: Option<f64>,
    /// Why there is no time distance.
    pub time_distance_reason: Option<Reason>,
    /// Pace needed from the latest value.
    pub required_pace: Option<RequiredPace>,
    /// Projection to the target year from all observations.
    pub projection: Option<Projection>,
    /// How each number was obtained.
    pub explanations: Vec<Explanation>,
}

/// Judges `target` of `plan` on `observations` as of `as_of_t`: each step in turn, its explanations kept
/// in order.
pub(crate) fn row(
    plan: &Plan,
    target: &Target,
    ind: &Indicator,
    observations: &ObservationSet,
    as_of_t: f64,
    settings: &Settings,
) -> Row {
    let series = Series::of(plan, observations, &target.indicator, target.tier, as_of_t);
    let path = path_of(plan, target, series.baseline_anchor(), settings.curve);
    let mut explanations = Vec::new();
    let (milestone, milestone_reason) = steps::milestone(&path, as_of_t).into_value(&mut explanations);
    let judged = steps::judged_value(target, &series, as_of_t);
    let achievement = steps::achievement(target, ind, series.baseline.as_ref(), judged.as_ref().map(|(_, p)| p))
        .into_value(&mut explanations);
    let status =
        steps::status(target, ind, &series, achievement.as_ref(), path.as_ref().ok()).into_value(&mut explanations);
    let (time_distance, time_distance_reason) =
        steps::time_distance(&path, series.latest.as_ref(), ind).into_value(&mut explanations);
    let required_pace = steps::pace(target, series.latest.as_ref()).into_value(&mut explanations);
    let projection = steps::projection(target, ind, &series, settings).into_value(&mut explanations);
    Row {
        target: target.id.clone(),
        indicator: ind.id.clone(),
        name_vi: ind.name_vi.clone(),
        name_en: ind.name_en.clone(),
        pillar: ind.pillar.clone(),
        year: target.year,
        tier: target.tier,
        comparator: target.comparator,
        target_value: target.value,
        unit: ind.unit,
        polarity: ind.polarity,
        observed_unit: series.unit.map(str::to_owned),
        proxy: series.proxy,
        observations: series.observations.len(),
        baseline: series.baseline,
        latest: series.latest,
        value_basis: judged.map(|(basis, _)| basis),
        milestone,
        milestone_reason,
        achievement,
        status,
        time_distance,
        time_distance_reason,
        required_pace,
        projection,
        explanations,
    }
}
