//! The steps that judge one target, in order: milestone, judged value, achievement, status, time
//! distance, pace, projection. Each step is a pure function that returns its value together with the
//! explanations of how it was obtained; [`super::row`] runs them and gathers the explanations.

use crate::calc::achievement::{achievement as achieve, Achievement};
use crate::calc::milestone::{Milestone, Path, PathError};
use crate::calc::progress::{
    growth_ratio, required_pace, Category, GrowthInput, GrowthRatio, NotAssessable, RequiredPace,
};
use crate::calc::projection::{project, Projection, ProjectionInput};
use crate::model::comparator::equal;
use crate::model::{Indicator, Observation, Target};

use super::explanation::{self, Explanation};
use super::row::{Status, StatusMethod, ValueBasis};
use super::series::{Point, Series};
use super::{Reason, Settings};

/// A step's value with the explanations of how it was obtained.
pub(crate) struct Step<T> {
    pub value: T,
    pub explanations: Vec<Explanation>,
}

impl<T> Step<T> {
    pub(crate) fn bare(value: T) -> Self {
        Self { value, explanations: Vec::new() }
    }

    fn explained(value: T, explanation: Explanation) -> Self {
        Self { value, explanations: vec![explanation] }
    }

    /// The value, with its explanations appended to `all`.
    pub fn into_value(self, all: &mut Vec<Explanation>) -> T {
        all.extend(self.explanations);
        self.value
    }
}

/// The milestone for the as-of date, or why there is none.
pub(crate) fn milestone(path: &Result<Path, PathError>, as_of_t: f64) -> Step<(Option<Milestone>, Option<Reason>)> {
    match path {
        Ok(p) => match p.at(as_of_t) {
            Ok(m) => {
                let e = explanation::milestone(p, &m);
                Step::explained((Some(m), None), e)
            }
            Err(e) => Step::bare((None, Some(Reason::from(&e)))),
        },
        Err(e) => Step::bare((None, Some(Reason::from(e)))),
    }
}

/// The value judged: the target year's, once it has passed and has one; else the latest.
pub(crate) fn judged_value(target: &Target, series: &Series, as_of_t: f64) -> Option<(ValueBasis, Point)> {
    match (judged_in_target_year(target, series, as_of_t), &series.latest) {
        (Some(o), _) => Some((ValueBasis::TargetYear, Point::of(o))),
        (None, Some(l)) => Some((ValueBasis::Latest, l.clone())),
        (None, None) => None,
    }
}

/// The observation of the target year, once it has passed and has one.
pub(crate) fn judged_in_target_year<'a>(target: &Target, series: &Series<'a>, as_of_t: f64) -> Option<&'a Observation> {
    target
        .year
        .filter(|y| f64::from(*y) <= as_of_t)
        .and_then(|y| series.observations.iter().rev().find(|o| o.at.year() == y))
        .copied()
}

/// The observation judged: the target year's, once it has passed and has one; else the latest.
pub(crate) fn judged_observation<'a>(target: &Target, series: &Series<'a>, as_of_t: f64) -> Option<&'a Observation> {
    judged_in_target_year(target, series, as_of_t).or_else(|| series.observations.last().copied())
}

/// Attained, percent of target, progress from baseline and gap of the judged value.
pub(crate) fn achievement(
    target: &Target,
    ind: &Indicator,
    baseline: Option<&Point>,
    judged: Option<&Point>,
) -> Step<Option<Achievement>> {
    let Some(y) = judged else { return Step::bare(None) };
    let b = baseline.map(|b| b.value);
    match achieve(target.comparator, ind.polarity, b, target.value, y.value, target.tolerance) {
        Ok(a) => Step { explanations: explanation::achievement(target, ind, baseline, y, &a), value: Some(a) },
        Err(_) => Step::bare(None),
    }
}

/// Whether the target is on track: attained, else the growth-rate ratio, else (near its baseline) the
/// milestone path.
pub(crate) fn status(
    target: &Target,
    ind: &Indicator,
    series: &Series,
    achievement: Option<&Achievement>,
    path: Option<&Path>,
) -> Step<Status> {
    let (Some(y), Some(b)) = (&series.latest, &series.baseline) else {
        return Step::bare(Status::not_assessable(NotAssessable::NoObservations));
    };
    if achievement.is_some_and(|a| a.attained) {
        return Step::bare(Status::attained());
    }
    let Some(year) = target.year else { return Step::bare(Status::not_assessable(NotAssessable::NoTargetYear)) };
    let input = GrowthInput {
        baseline_t: b.t,
        baseline: b.value,
        target_t: f64::from(year),
        target: target.value,
        t: y.t,
        value: y.value,
        comparator: target.comparator,
        polarity: ind.polarity,
        tolerance: target.tolerance,
    };
    let Ok(g) = growth_ratio(&input) else { return Step::bare(Status::not_assessable(NotAssessable::NoObservations)) };
    let growth = explanation::growth(b, y, year, target.value, &g);
    let mut step = match g.reason {
        Some(NotAssessable::NearBaseline) => by_path(path, y, b, ind.polarity.sign(), g),
        Some(reason) => Step::bare(Status { growth: Some(g), ..Status::not_assessable(reason) }),
        None => {
            let decided = Status::decided(g.category, g.score, StatusMethod::GrowthRateRatio);
            Step::bare(Status { growth: Some(g), ..decided })
        }
    };
    step.explanations.insert(0, growth);
    step
}

/// A near-baseline target judged by its milestone path at the latest observation's time.
fn by_path(path: Option<&Path>, y: &Point, b: &Point, d: f64, growth: GrowthRatio) -> Step<Status> {
    let Some(m) = path.and_then(|p| p.at(y.t).ok()) else {
        return Step::bare(Status { growth: Some(growth), ..Status::not_assessable(NotAssessable::NearBaseline) });
    };
    let (category, score) = if d * (y.value - m.value) >= 0.0 || equal(y.value, m.value) {
        (Category::SubstantialProgress, 2.5)
    } else if d * (y.value - b.value) >= 0.0 || equal(y.value, b.value) {
        (Category::LimitedProgress, 0.0)
    } else {
        (Category::Deterioration, -5.0)
    };
    let status = Status { growth: Some(growth), ..Status::decided(category, Some(score), StatusMethod::MilestonePath) };
    Step::explained(status, explanation::status_by_path(y, &m, b, score))
}

/// Years ahead of (+) or behind (-) the milestone path, or why it cannot be said.
pub(crate) fn time_distance(
    path: &Result<Path, PathError>,
    latest: Option<&Point>,
    ind: &Indicator,
) -> Step<(Option<f64>, Option<Reason>)> {
    match (path, latest) {
        (Ok(p), Some(y)) => match p.time_distance(y.t, y.value, ind.polarity) {
            Ok(years) => Step::explained((Some(years), None), explanation::time_distance(y, years)),
            Err(u) => Step::bare((None, Some(Reason::from(u)))),
        },
        (Err(e), _) => Step::bare((None, Some(Reason::from(e)))),
        (_, None) => Step::bare((None, Some(Reason::NoObservations))),
    }
}

/// The pace needed from the latest value to reach the target in its year.
pub(crate) fn pace(target: &Target, latest: Option<&Point>) -> Step<Option<RequiredPace>> {
    let (Some(y), Some(year)) = (latest, target.year) else { return Step::bare(None) };
    match required_pace(y.value, y.t, target.value, f64::from(year)) {
        Ok(p) => {
            let e = explanation::required_pace(y, target.value, year, &p);
            Step::explained(Some(p), e)
        }
        Err(_) => Step::bare(None),
    }
}

/// The projection to the target year from all observations (at least two).
pub(crate) fn projection(
    target: &Target,
    ind: &Indicator,
    series: &Series,
    settings: &Settings,
) -> Step<Option<Projection>> {
    let Some(year) = target.year.filter(|_| series.observations.len() >= 2) else { return Step::bare(None) };
    let input = ProjectionInput {
        observations: series.observations.iter().map(|o| (o.at.fractional_year(), o.value)).collect(),
        baseline: series.baseline.as_ref().map(|b| b.value),
        target: target.value,
        target_t: f64::from(year),
        comparator: target.comparator,
        polarity: ind.polarity,
        tolerance: target.tolerance,
        model: settings.projection_model,
        level: settings.interval_level,
    };
    match project(&input) {
        Ok(p) => {
            let e = explanation::projection(&input, &p);
            Step::explained(Some(p), e)
        }
        Err(_) => Step::bare(None),
    }
}
