//! A cumulative change from an unstated baseline ("Giảm 30% thủ tục hành chính" by 2030): the change
//! achieved so far is a distance along a straight road from 0 at the start of the period `s` to the
//! target `V` at its year `T`, not a level that compounds.
//!
//! - the path: `p(t) = V (t - s) / (T - s)`, 0 before `s`, `V` after `T`;
//! - the pace achieved: `y / (t - s)`, change a year so far; the pace required: `V / (T - s)`;
//! - progress: pace achieved / pace required, with the categories and score of the growth-rate ratio;
//! - the pace still required: `(V - y) / (T - t)`, change a year from now.
//!
//! ```
//! use chitieu::calc::cumulative::{cumulative_change, CumulativeInput};
//! use chitieu::calc::progress::Category;
//! use chitieu::{Comparator, Polarity};
//! // Reduced by 18% by the end of 2024, on a path from 0 at the start of 2020 to 30% by 2030.
//! let p = cumulative_change(&CumulativeInput {
//!     start_t: 2019.0, target_t: 2030.0, target: 30.0, t: 2024.0, value: 18.0,
//!     comparator: Comparator::Reach, polarity: Polarity::HigherIsBetter, tolerance: None,
//! }).unwrap();
//! assert_eq!(p.pace_achieved, Some(3.6)); // 18 over 5 years
//! assert_eq!(p.category, Category::SubstantialProgress); // 3.6 / (30 / 11) = 1.32
//! assert_eq!(p.required_pace, Some(2.0)); // 12 still to go over 6 years
//! ```

use serde::{Deserialize, Serialize};

use crate::error::{check, NonFinite};
use crate::model::comparator::{equal, Comparator};
use crate::model::measure_unit::Polarity;

use super::progress::{judge_ratio, Category, NotAssessable, PaceAbsent};

/// A cumulative change and its target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CumulativeInput {
    /// Start of the period `s`, where the change is 0 (a fractional year: the start of 2020 is 2019.0).
    pub start_t: f64,
    /// Target year `T`.
    pub target_t: f64,
    /// Target change `V`.
    pub target: f64,
    /// Time of the value judged `t`.
    pub t: f64,
    /// Change achieved by `t`, `y`.
    pub value: f64,
    /// The target's comparator.
    pub comparator: Comparator,
    /// The indicator's polarity.
    pub polarity: Polarity,
    /// Band of `about`.
    pub tolerance: Option<f64>,
}

/// Progress of a cumulative change along its straight path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CumulativeProgress {
    /// Category.
    pub category: Category,
    /// Score on -5..+5 (5 when achieved); absent when not assessable.
    pub score: Option<f64>,
    /// The straight path at `t`: `V (t - s) / (T - s)`, held between 0 and `V`.
    pub path_value: Option<f64>,
    /// `d (y - p(t))`: positive means ahead of the path by that much, negative behind.
    pub ahead: Option<f64>,
    /// `y / (t - s)`: change a year so far.
    pub pace_achieved: Option<f64>,
    /// `V / (T - s)`: change a year the path requires.
    pub pace_required: Option<f64>,
    /// `pace_achieved / pace_required`.
    pub ratio: Option<f64>,
    /// `(V - y) / (T - t)`: change a year still needed.
    pub required_pace: Option<f64>,
    /// Why the category is not assessable.
    pub reason: Option<NotAssessable>,
    /// Why the pace still needed is absent.
    pub pace_reason: Option<PaceAbsent>,
}

/// Judges a cumulative change against its straight path; a non-finite input is an error.
pub fn cumulative_change(input: &CumulativeInput) -> Result<CumulativeProgress, NonFinite> {
    let c = input;
    check([
        ("start_t", Some(c.start_t)),
        ("target_t", Some(c.target_t)),
        ("target", Some(c.target)),
        ("t", Some(c.t)),
        ("value", Some(c.value)),
        ("tolerance", c.tolerance),
    ])?;
    let (s, v, y, t, big_t) = (c.start_t, c.target, c.value, c.t, c.target_t);
    let span = big_t - s;
    let path_value = straight_path(s, big_t, v, t);
    let pace_achieved = (t > s).then(|| y / (t - s));
    let pace_required = (span > 0.0).then(|| v / span);
    let ratio = if span <= 0.0 {
        Err(NotAssessable::TargetNotAfterBaseline)
    } else if t <= s {
        Err(NotAssessable::AtPeriodStart)
    } else if equal(v, 0.0) {
        Err(NotAssessable::TargetEqualsStart)
    } else {
        Ok((y / (t - s)) / (v / span))
    };
    let (required_pace, pace_reason) =
        if big_t > t { (Some((v - y) / (big_t - t)), None) } else { (None, Some(PaceAbsent::TargetYearPassed)) };
    let mut p = CumulativeProgress {
        category: Category::NotAssessable,
        score: None,
        path_value,
        ahead: path_value.map(|m| c.polarity.sign() * (y - m)),
        pace_achieved,
        pace_required,
        ratio: ratio.ok().filter(|r| r.is_finite()),
        required_pace,
        reason: None,
        pace_reason,
    };
    if c.comparator.holds(y, v, c.polarity, c.tolerance) {
        (p.category, p.score) = (Category::TargetAchieved, Some(5.0));
        return Ok(p);
    }
    match ratio.and_then(judge_ratio) {
        Ok((category, score)) => (p.category, p.score) = (category, Some(score)),
        Err(reason) => p.reason = Some(reason),
    }
    Ok(p)
}

/// The straight path at `t`: `V (t - s) / (T - s)`, 0 before `s` and `V` from `T` on; absent when `T` is
/// not after `s`. The scalar [`cumulative_change`] and the bulk kernel's milestones share it.
#[inline]
pub fn straight_path(start_t: f64, target_t: f64, target: f64, t: f64) -> Option<f64> {
    let span = target_t - start_t;
    (span > 0.0).then(|| if t >= target_t { target } else { target * ((t - start_t) / span).max(0.0) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(start_t: f64, t: f64, value: f64, target: f64) -> CumulativeInput {
        CumulativeInput {
            start_t,
            target_t: 2030.0,
            target,
            t,
            value,
            comparator: Comparator::Reach,
            polarity: Polarity::HigherIsBetter,
            tolerance: None,
        }
    }

    #[test]
    fn behind_the_path_is_moderate_or_limited() {
        // 6 by 2024 from 0 at 2020, path to 30 by 2030: path 12, pace 1.5 against 3.
        let p = cumulative_change(&input(2020.0, 2024.0, 6.0, 30.0)).unwrap();
        assert_eq!((p.path_value, p.ahead, p.ratio), (Some(12.0), Some(-6.0), Some(0.5)));
        assert_eq!(p.category, Category::LimitedProgress);
    }

    #[test]
    fn nothing_so_far_is_limited_progress_scoring_minus_two_and_a_half() {
        let p = cumulative_change(&input(2020.0, 2024.0, 0.0, 30.0)).unwrap();
        assert_eq!((p.category, p.score, p.ratio), (Category::LimitedProgress, Some(-2.5), Some(0.0)));
        assert_eq!(p.required_pace, Some(5.0));
    }

    #[test]
    fn absent_numbers_say_why() {
        assert_eq!(
            cumulative_change(&input(2024.0, 2024.0, 3.0, 30.0)).unwrap().reason,
            Some(NotAssessable::AtPeriodStart)
        );
        assert_eq!(
            cumulative_change(&input(2030.0, 2031.0, 3.0, 30.0)).unwrap().reason,
            Some(NotAssessable::TargetNotAfterBaseline)
        );
        let zero =
            cumulative_change(&CumulativeInput { comparator: Comparator::AtMost, ..input(2020.0, 2024.0, 3.0, 0.0) })
                .unwrap();
        assert_eq!(zero.reason, Some(NotAssessable::TargetEqualsStart));
        let late = cumulative_change(&input(2020.0, 2031.0, 20.0, 30.0)).unwrap();
        assert_eq!((late.required_pace, late.pace_reason), (None, Some(PaceAbsent::TargetYearPassed)));
        assert_eq!(cumulative_change(&input(f64::NAN, 2024.0, 0.0, 30.0)).unwrap_err(), NonFinite::named("start_t"));
    }
}
