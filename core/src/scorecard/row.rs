//! One target on the scorecard: the steps of [`super::steps`] run in order, their values and explanations
//! gathered in a [`Row`].

use serde::{Deserialize, Serialize};

use crate::calc::achievement::Achievement;
use crate::calc::cumulative::CumulativeProgress;
use crate::calc::method::Method;
use crate::calc::milestone::{path_of, Milestone};
use crate::calc::progress::{Category, GrowthRatio, NotAssessable, RequiredPace};
use crate::calc::projection::Projection;
use crate::calc::rank::RankProgress;
use crate::calc::yearly_rate::YearlyRateProgress;
use crate::model::{Comparator, Indicator, MeasureUnit, ObservationSet, Plan, Polarity, Target, Tier};

use super::explanation::Explanation;
use super::series::{Point, Series};
use super::{kind_status, steps, tier, Reason, Settings};

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
    /// A yearly rate: the geometric mean rate against the target rate.
    MeanYearlyRate,
    /// A cumulative change: the pace along a straight path from 0.
    StraightPath,
    /// A rank: positions gained a year against positions needed.
    RankPace,
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
    /// The growth-rate ratio, when computed (a level or a share).
    pub growth: Option<GrowthRatio>,
    /// Each year's rate and the mean rate, for a yearly rate.
    #[serde(default)]
    pub yearly_rate: Option<YearlyRateProgress>,
    /// The straight path and the paces, for a cumulative change.
    #[serde(default)]
    pub cumulative_change: Option<CumulativeProgress>,
    /// The ranks, their fields and the paces in positions, for a rank.
    #[serde(default)]
    pub rank: Option<RankProgress>,
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
            yearly_rate: None,
            cumulative_change: None,
            rank: None,
        }
    }

    /// Decided by `method`, with this category and score.
    pub(crate) fn decided(category: Category, score: Option<f64>, method: StatusMethod) -> Self {
        Self {
            category,
            score,
            method,
            reason: None,
            growth: None,
            yearly_rate: None,
            cumulative_change: None,
            rank: None,
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
            yearly_rate: None,
            cumulative_change: None,
            rank: None,
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
    /// The method that judges the target, from the kind of its indicator (a scorecard written before
    /// methods were named reads as the growth-rate ratio, the only method then).
    #[serde(default)]
    pub method: Method,
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

/// Judges `target` of `plan` on `observations` as of `as_of_t`; a district-tier target after the tier's
/// end by [`super::tier`].
pub(crate) fn row(
    plan: &Plan,
    target: &Target,
    ind: &Indicator,
    observations: &ObservationSet,
    as_of_t: f64,
    settings: &Settings,
) -> Row {
    match tier::rule(plan, target, as_of_t) {
        tier::TierRule::AsUsual => judged_row(plan, target, ind, observations, as_of_t, settings),
        tier::TierRule::Until(last_t) => {
            let mut row = judged_row(plan, target, ind, observations, last_t, settings);
            if row.observations == 0 {
                return tier::abolish(row, target);
            }
            row.explanations.insert(0, tier::explanation(target, true));
            row
        }
        tier::TierRule::Abolished => {
            tier::abolish(judged_row(plan, target, ind, observations, as_of_t, settings), target)
        }
    }
}

/// Judges `target` of `plan` on `observations` as of `as_of_t`: each step in turn, its explanations kept
/// in order.
fn judged_row(
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
    let method = Method::of(ind.kind());
    // A rank is judged first: when its fields differ, attainment compares the ranks by share of the field.
    let rank = (method == Method::RankPace).then(|| kind_status::rank(target, ind, &series, as_of_t));
    let by_share = rank.as_ref().and_then(|s| s.value.rank.as_ref()).filter(|p| p.by_share);
    let (b, y) = kind_status::read_by_share(by_share, series.baseline.as_ref(), judged.as_ref().map(|(_, p)| p));
    let achievement = steps::achievement(target, ind, b.as_ref(), y.as_ref()).into_value(&mut explanations);
    kind_status::note_by_share(by_share, &mut explanations);
    let status = match (method, rank) {
        (_, Some(rank)) => rank,
        (Method::MeanYearlyRate, None) => kind_status::yearly_rate(plan, target, ind, &series),
        (Method::StraightPath, None) => kind_status::cumulative(plan, target, ind, &series, as_of_t),
        _ => steps::status(target, ind, &series, achievement.as_ref(), path.as_ref().ok()),
    }
    .into_value(&mut explanations);
    let (time_distance, time_distance_reason) =
        steps::time_distance(&path, series.latest.as_ref(), ind).into_value(&mut explanations);
    // The other methods give their own pace in the status: the linear and compound paces of a level do
    // not fit a rate, a change from an unstated baseline or a rank.
    let required_pace = match method {
        Method::GrowthRateRatio => steps::pace(target, series.latest.as_ref()).into_value(&mut explanations),
        _ => None,
    };
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
        method,
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
