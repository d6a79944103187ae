//! The status of a target whose indicator is not a level or a share, by the method of its kind: a yearly
//! rate by its mean rate, a cumulative change by its pace along a straight path from 0, a rank by the
//! positions it gains. Each returns the status with the explanations of its formula and inputs.
//!
//! The period of a yearly rate or a cumulative change starts with the plan's `period.from` (a period
//! from 2020 starts at the start of 2020, the fractional year 2019.0); when the plan states none, with
//! the year of the first observation. The explanations say which.

use crate::calc::cumulative::{cumulative_change, CumulativeInput};
use crate::calc::progress::{Category, NotAssessable};
use crate::calc::rank::{rank_progress, RankInput, RankPoint, RankProgress};
use crate::calc::yearly_rate::{yearly_rate as judge_rates, YearlyRateInput};
use crate::model::{Indicator, Observation, Plan, Target};

use super::explanation::{self, Explanation};
use super::row::{Status, StatusMethod};
use super::series::{Point, Series};
use super::steps::{judged_observation, Step};

/// The first year of the period and where it comes from.
struct PeriodStart {
    /// First year.
    year: i32,
    /// The plan states it (`period.from`); else it is the first observation's year.
    stated: bool,
}

impl PeriodStart {
    fn of(plan: &Plan, series: &Series) -> Option<Self> {
        match plan.period.from {
            Some(year) => Some(Self { year, stated: true }),
            None => series.observations.first().map(|o| Self { year: o.at.year(), stated: false }),
        }
    }

    /// The start in words, for an explanation.
    fn words(&self) -> String {
        if self.stated {
            format!("the period starts with {} (the plan's period.from)", self.year)
        } else {
            format!(
                "the period starts with {}, the year of the first observation (the plan states no start)",
                self.year
            )
        }
    }
}

/// The status the method decided, with its category turned into the scorecard's words.
fn by_method(category: Category, score: Option<f64>, reason: Option<NotAssessable>, method: StatusMethod) -> Status {
    match category {
        Category::TargetAchieved => Status::attained(),
        Category::NotAssessable => Status::not_assessable(reason.unwrap_or(NotAssessable::NoObservations)),
        _ => Status::decided(category, score, method),
    }
}

/// A yearly rate: each year's rate of the period (to the target year) against the target rate, and the
/// geometric mean rate against it.
pub(crate) fn yearly_rate(plan: &Plan, target: &Target, ind: &Indicator, series: &Series) -> Step<Status> {
    let Some(start) = PeriodStart::of(plan, series) else {
        return Step::bare(Status::not_assessable(NotAssessable::NoObservations));
    };
    let rates: Vec<(i32, f64)> = series
        .observations
        .iter()
        .filter(|o| o.at.year() >= start.year && target.year.is_none_or(|y| o.at.year() <= y))
        .map(|o| (o.at.year(), o.value))
        .collect();
    let input = YearlyRateInput {
        rates,
        target: target.value,
        target_year: target.year,
        comparator: target.comparator,
        polarity: ind.polarity,
        tolerance: target.tolerance,
    };
    let Ok(p) = judge_rates(&input) else { return Step::bare(Status::not_assessable(NotAssessable::NoObservations)) };
    let explanations = explanation::yearly_rate(target, ind, &start.words(), &p);
    let status = Status {
        yearly_rate: Some(p.clone()),
        ..by_method(p.category, p.score, p.reason, StatusMethod::MeanYearlyRate)
    };
    Step { value: status, explanations }
}

/// A cumulative change: the value judged against the straight path from 0 at the start of the period
/// to the target at its year.
pub(crate) fn cumulative(plan: &Plan, target: &Target, ind: &Indicator, series: &Series, as_of_t: f64) -> Step<Status> {
    let (Some(start), Some(y)) = (PeriodStart::of(plan, series), judged_observation(target, series, as_of_t)) else {
        return Step::bare(Status::not_assessable(NotAssessable::NoObservations));
    };
    let Some(year) = target.year else { return Step::bare(Status::not_assessable(NotAssessable::NoTargetYear)) };
    let input = CumulativeInput {
        start_t: f64::from(start.year - 1),
        target_t: f64::from(year),
        target: target.value,
        t: y.at.fractional_year(),
        value: y.value,
        comparator: target.comparator,
        polarity: ind.polarity,
        tolerance: target.tolerance,
    };
    let Ok(p) = cumulative_change(&input) else {
        return Step::bare(Status::not_assessable(NotAssessable::NoObservations));
    };
    let explanations = explanation::cumulative(&input, &start.words(), &p);
    let status = Status {
        cumulative_change: Some(p.clone()),
        ..by_method(p.category, p.score, p.reason, StatusMethod::StraightPath)
    };
    Step { value: status, explanations }
}

/// A rank: the rank judged against the target, and the positions gained since the first rank.
pub(crate) fn rank(target: &Target, ind: &Indicator, series: &Series, as_of_t: f64) -> Step<Status> {
    let (Some(first), Some(y)) = (series.observations.first(), judged_observation(target, series, as_of_t)) else {
        return Step::bare(Status::not_assessable(NotAssessable::NoObservations));
    };
    let point = |o: &Observation| RankPoint { t: o.at.fractional_year(), rank: o.value, field: o.field };
    let input = RankInput {
        start: point(first),
        latest: point(y),
        target: target.value,
        target_t: target.year.map(f64::from),
        target_field: None,
        comparator: target.comparator,
        polarity: ind.polarity,
        tolerance: target.tolerance,
    };
    let Ok(p) = rank_progress(&input) else { return Step::bare(Status::not_assessable(NotAssessable::NoObservations)) };
    let explanations = explanation::rank(&input, &p);
    let status = Status { rank: Some(p.clone()), ..by_method(p.category, p.score, p.reason, StatusMethod::RankPace) };
    Step { value: status, explanations }
}

/// The baseline and the judged value of a rank read in the target's field when the fields differ (the
/// rank method's equivalent ranks), else as observed.
pub(crate) fn read_by_share(
    by_share: Option<&RankProgress>,
    baseline: Option<&Point>,
    judged: Option<&Point>,
) -> (Option<Point>, Option<Point>) {
    let read =
        |p: Option<&Point>, value: Option<f64>| p.map(|p| Point { value: value.unwrap_or(p.value), ..p.clone() });
    (
        read(baseline, by_share.map(|r| r.start.equivalent_rank)),
        read(judged, by_share.map(|r| r.latest.equivalent_rank)),
    )
}

/// Says in the attainment's explanation that ranks of different fields were compared by share.
pub(crate) fn note_by_share(by_share: Option<&RankProgress>, explanations: &mut [Explanation]) {
    let Some(r) = by_share else { return };
    if let Some(e) = explanations.iter_mut().find(|e| e.quantity == "attained") {
        let read = format!(
            "rank {} of {} (share {}) read as {} of {}, the target's field: ranks of different fields are compared by their share",
            r.latest.rank,
            r.latest.field,
            r.latest.share,
            r.latest.equivalent_rank,
            r.target_field
        );
        e.note = Some(e.note.take().map_or_else(|| read.clone(), |n| format!("{n}; {read}")));
    }
}
