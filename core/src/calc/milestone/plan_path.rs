//! The milestone paths of a plan: an indicator at one tier through its target years (2025, 2030), from
//! a baseline when there is one, with the curve and bounds its unit allows.
//!
//! ```
//! use chitieu::calc::milestone::{indicator_path, Anchor, Curve};
//! use chitieu::Tier;
//! let plan = chitieu::bundled::plan("tra_vinh").unwrap();
//! let baseline = Anchor::baseline(2022.0, 62.0);
//! let path = indicator_path(&plan, "work_files_online", Some(Tier::Province), Some(baseline), None, Curve::Linear).unwrap();
//! assert_eq!(path.at(2025.0).unwrap().value, 90.0);
//! ```

use crate::error::{check, ChitieuError};
use crate::model::{MeasureUnit, Plan, Target, Tier};

use super::{Anchor, Curve, MilestoneError, Path, PERCENT_BOUNDS};

/// Why a target or an indicator has no milestone path.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum PathError {
    /// The target states no year, so there is nothing to draw a path to.
    #[error("the target states no year; a milestone path needs a target year")]
    NoTargetYear,
    /// The plan has no indicator of this id.
    #[error("the plan has no indicator {0:?}")]
    UnknownIndicator(String),
    /// The anchors do not make a path with the curve asked for.
    #[error(transparent)]
    Milestone(#[from] MilestoneError),
}

impl ChitieuError for PathError {
    fn code(&self) -> &'static str {
        match self {
            Self::NoTargetYear => "no_target_year",
            Self::UnknownIndicator(_) => "unknown_indicator",
            Self::Milestone(e) => e.code(),
        }
    }

    fn path(&self) -> Option<String> {
        match self {
            Self::NoTargetYear => Some("year".to_owned()),
            Self::UnknownIndicator(_) => Some("indicator".to_owned()),
            Self::Milestone(e) => e.path(),
        }
    }
}

/// The logistic curve's bounds for an indicator: shares are bounded by 0..100.
pub fn bounds_of(unit: MeasureUnit) -> Option<(f64, f64)> {
    unit.is_share().then_some(PERCENT_BOUNDS)
}

/// The milestone path of one target: the baseline (if before the first target year), then each target
/// year of the same indicator and tier up to this target's own year; in a year the plan states twice,
/// this target's own value. After its year the target's value holds.
pub fn path_of(plan: &Plan, target: &Target, baseline: Option<Anchor>, curve: Curve) -> Result<Path, PathError> {
    let year = target.year.ok_or(PathError::NoTargetYear)?;
    indicator_path(plan, &target.indicator, target.tier, baseline, Some((year, target)), curve)
}

/// The milestone path of an indicator at a tier through all its target years (a whole 2025-2030 path),
/// or up to `until`'s year, with `until`'s own value in that year. A `baseline` after the first target
/// year is left out.
pub fn indicator_path(
    plan: &Plan,
    indicator: &str,
    tier: Option<Tier>,
    baseline: Option<Anchor>,
    until: Option<(i32, &Target)>,
    curve: Curve,
) -> Result<Path, PathError> {
    let unit = plan.indicator(indicator).ok_or_else(|| PathError::UnknownIndicator(indicator.to_owned()))?.unit;
    if let Some(b) = &baseline {
        check([("baseline.t", Some(b.t)), ("baseline.value", Some(b.value))]).map_err(MilestoneError::from)?;
    }
    let mut years: Vec<(i32, &Target)> = plan
        .targets_of(indicator)
        .filter(|t| t.tier == tier)
        .filter_map(|t| t.year.map(|y| (y, t)))
        .filter(|(y, _)| until.is_none_or(|(last, _)| *y <= last))
        .collect();
    crate::model::sort::by(&mut years, |a, b| a.0.cmp(&b.0));
    let mut anchors: Vec<Anchor> = Vec::new();
    for (year, t) in years {
        let chosen = match until {
            Some((last, own)) if last == year => own,
            _ => t,
        };
        if anchors.last().is_some_and(|a| a.t == f64::from(year)) {
            continue;
        }
        anchors.push(Anchor {
            t: f64::from(year),
            value: chosen.value,
            comparator: Some(chosen.comparator),
            target: Some(chosen.id.clone()),
        });
    }
    if let Some(b) = baseline {
        if anchors.first().is_some_and(|a| b.t < a.t) {
            anchors.insert(0, b);
        }
    }
    Ok(Path::new(anchors, curve, bounds_of(unit))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_without_a_year_has_no_path() {
        let plan = crate::io::bundled::plan("can_tho").unwrap();
        let t = plan.targets.iter().find(|t| t.year.is_none()).unwrap();
        let err = path_of(&plan, t, None, Curve::Linear).unwrap_err();
        assert_eq!(err, PathError::NoTargetYear);
        assert_eq!(err.code(), "no_target_year");
    }

    #[test]
    fn one_target_year_and_no_baseline_is_too_few_anchors() {
        let plan = crate::io::bundled::plan("binh_dinh_2024").unwrap();
        let t = plan.targets.first().unwrap();
        let err = path_of(&plan, t, None, Curve::Linear).unwrap_err();
        assert_eq!(err.code(), "too_few_anchors");
    }

    #[test]
    fn an_unknown_indicator_or_a_non_finite_baseline_is_an_error() {
        let plan = crate::io::bundled::plan("tra_vinh").unwrap();
        let e = indicator_path(&plan, "no_such", None, None, None, Curve::Linear).unwrap_err();
        assert_eq!((e.code(), e.path().as_deref()), ("unknown_indicator", Some("indicator")));
        let nan = Anchor::baseline(f64::NAN, 62.0);
        let e = indicator_path(&plan, "work_files_online", Some(Tier::Province), Some(nan), None, Curve::Linear)
            .unwrap_err();
        assert_eq!((e.code(), e.path().as_deref()), ("non_finite", Some("baseline.t")));
    }

    #[test]
    fn a_baseline_after_the_first_target_year_is_left_out() {
        let plan = crate::io::bundled::plan("tra_vinh").unwrap();
        let late = Anchor::baseline(2026.0, 95.0);
        let path =
            indicator_path(&plan, "work_files_online", Some(Tier::Province), Some(late), None, Curve::Linear).unwrap();
        assert_eq!(path.anchors().first().map(|a| a.t), Some(2025.0));
    }
}
