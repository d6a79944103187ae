//! A yearly rate ("năng suất lao động tăng trên 11,5%/năm"): each year's rate judged against the target
//! rate, and progress as the mean rate achieved over the period against the target rate.
//!
//! The mean is geometric, from the yearly rates `r_i` (percent): `g = ((Π(1 + r_i/100))^(1/n) - 1)·100`,
//! the constant rate that compounds to the same total growth. The progress ratio is `g / V` (higher is
//! better) or `V / g` (lower is better), with the categories and score of the growth-rate ratio. The rate
//! required in the `m` years left after the latest (to the target year) is the one that brings the mean
//! over the observed and the remaining years to the target:
//! `r* = ((1 + V/100)^(n + m) / Π(1 + r_i/100))^(1/m) - 1`, in percent.
//!
//! ```
//! use chitieu::calc::yearly_rate::{yearly_rate, YearlyRateInput};
//! use chitieu::calc::progress::Category;
//! use chitieu::{Comparator, Polarity};
//! // Trà Vinh: labour productivity +7.9%, +6.2%, +6.8% (2022-2024) against "more than 11.5% a year" by 2025.
//! let p = yearly_rate(&YearlyRateInput {
//!     rates: vec![(2022, 7.9), (2023, 6.2), (2024, 6.8)],
//!     target: 11.5, target_year: Some(2025), comparator: Comparator::MoreThan,
//!     polarity: Polarity::HigherIsBetter, tolerance: None,
//! }).unwrap();
//! assert_eq!(p.years_attained, 0);
//! assert!((p.mean_rate.unwrap() - 6.9644).abs() < 1e-4);
//! assert_eq!(p.category, Category::ModerateProgress); // 6.96 / 11.5 = 0.606
//! assert!((p.required_rate.unwrap() - 26.29).abs() < 1e-2); // one year left to bring the mean to 11.5%
//! ```

use serde::{Deserialize, Serialize};

use crate::error::{check, check_column, NonFinite};
use crate::model::comparator::Comparator;
use crate::model::measure_unit::Polarity;

use super::progress::{judge_ratio, Category, NotAssessable, PaceAbsent};

/// The rates of a period and the target rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct YearlyRateInput {
    /// `(year, rate in percent)` for each observed year of the period, in year order.
    pub rates: Vec<(i32, f64)>,
    /// The target rate `V`, in percent a year.
    pub target: f64,
    /// The last year of the period, by whose end the mean is to meet the target.
    pub target_year: Option<i32>,
    /// The target's comparator, applied to each year's rate and to the mean.
    pub comparator: Comparator,
    /// The indicator's polarity.
    pub polarity: Polarity,
    /// Band of `about`.
    pub tolerance: Option<f64>,
}

/// One year's rate judged against the target rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct YearRate {
    /// The year.
    pub year: i32,
    /// Its rate, in percent.
    pub rate: f64,
    /// The comparator holds for the rate against the target rate.
    pub attained: bool,
    /// `d (V - r)`: positive means short of the target rate by that many points.
    pub gap: f64,
}

/// Progress of a yearly rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct YearlyRateProgress {
    /// Category: `target_achieved` when the mean rate meets the target, else by the ratio.
    pub category: Category,
    /// Score on -5..+5 (5 when achieved); absent when not assessable.
    pub score: Option<f64>,
    /// Each year's rate against the target rate.
    pub years: Vec<YearRate>,
    /// How many years met the target rate.
    pub years_attained: usize,
    /// The geometric mean rate, `((Π(1 + r_i/100))^(1/n) - 1)·100`, percent a year.
    pub mean_rate: Option<f64>,
    /// `g / V` (higher is better) or `V / g` (lower is better).
    pub ratio: Option<f64>,
    /// The rate needed in each remaining year for the mean over the period to meet the target.
    pub required_rate: Option<f64>,
    /// Years left after the latest observed year, to the target year.
    pub remaining_years: Option<i32>,
    /// Why the category is not assessable.
    pub reason: Option<NotAssessable>,
    /// Why the required rate is absent.
    pub pace_reason: Option<PaceAbsent>,
}

/// Judges the yearly rates of `input` against its target rate; a non-finite input is an error.
pub fn yearly_rate(input: &YearlyRateInput) -> Result<YearlyRateProgress, NonFinite> {
    let rates: Vec<f64> = input.rates.iter().map(|(_, r)| *r).collect();
    check_column("rates", &rates)?;
    check([("target", Some(input.target)), ("tolerance", input.tolerance)])?;
    let (v, d) = (input.target, input.polarity.sign());
    let years: Vec<YearRate> = input
        .rates
        .iter()
        .map(|&(year, rate)| YearRate {
            year,
            rate,
            attained: input.comparator.holds(rate, v, input.polarity, input.tolerance),
            gap: d * (v - rate),
        })
        .collect();
    let years_attained = years.iter().filter(|y| y.attained).count();
    let mut growth = RateGrowth::new();
    rates.iter().for_each(|r| growth.add(*r));
    let mean = growth.judge(v, input.comparator, input.polarity, input.tolerance);
    let mut p = YearlyRateProgress {
        category: mean.category,
        score: mean.score,
        years,
        years_attained,
        mean_rate: mean.mean_rate,
        ratio: mean.ratio,
        required_rate: None,
        remaining_years: None,
        reason: mean.reason,
        pace_reason: None,
    };
    if let Some(log_growth) = growth.log_growth() {
        required(input, log_growth, &mut p);
    }
    Ok(p)
}

/// The compound growth of the yearly rates seen so far: `Σ ln(1 + r_i/100)` in the order given, their
/// count, and whether a growth factor was not positive. The scalar [`yearly_rate`] and the bulk kernel
/// (which adds a series' rates one column at a time) share it, so both give the same bits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateGrowth {
    log_growth: f64,
    count: usize,
    collapsed: bool,
}

impl Default for RateGrowth {
    fn default() -> Self {
        Self::new()
    }
}

/// The mean rate of a period judged against the target rate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeanRateJudgement {
    /// Category: `target_achieved` when the mean meets the target.
    pub category: Category,
    /// Score (5 when achieved), absent when not assessable.
    pub score: Option<f64>,
    /// The geometric mean rate, percent a year.
    pub mean_rate: Option<f64>,
    /// `g / V` or `V / g`.
    pub ratio: Option<f64>,
    /// Why the category is not assessable.
    pub reason: Option<NotAssessable>,
}

impl RateGrowth {
    /// No rates yet.
    pub fn new() -> Self {
        // -0.0, the neutral element `Iterator::sum` starts from.
        Self { log_growth: -0.0, count: 0, collapsed: false }
    }

    /// Adds one year's rate, in percent.
    #[inline]
    pub fn add(&mut self, rate: f64) {
        self.count += 1;
        if 1.0 + rate / 100.0 <= 0.0 {
            self.collapsed = true;
        } else {
            self.log_growth += (rate / 100.0).ln_1p();
        }
    }

    /// `Σ ln(1 + r_i/100)`; `None` when there are no rates or a growth factor is not positive.
    pub fn log_growth(&self) -> Option<f64> {
        (self.count > 0 && !self.collapsed).then_some(self.log_growth)
    }

    /// The geometric mean rate of the rates added, judged against the target rate `target`.
    pub fn judge(
        &self,
        target: f64,
        comparator: Comparator,
        polarity: Polarity,
        tolerance: Option<f64>,
    ) -> MeanRateJudgement {
        let mut j = MeanRateJudgement {
            category: Category::NotAssessable,
            score: None,
            mean_rate: None,
            ratio: None,
            reason: None,
        };
        let Some(log_growth) = self.log_growth() else {
            j.reason = Some(if self.count == 0 {
                NotAssessable::NoObservations
            } else {
                NotAssessable::NonPositiveGrowthFactor
            });
            return j;
        };
        let g = (log_growth / self.count as f64).exp_m1() * 100.0;
        j.mean_rate = Some(g);
        let ratio = match polarity {
            _ if target <= 0.0 => Err(NotAssessable::NonPositiveTargetRate),
            Polarity::HigherIsBetter => Ok(g / target),
            Polarity::LowerIsBetter if g > 0.0 => Ok(target / g),
            Polarity::LowerIsBetter => Err(NotAssessable::NonPositiveValues),
        };
        j.ratio = ratio.ok().filter(|r| r.is_finite());
        if comparator.holds(g, target, polarity, tolerance) {
            (j.category, j.score) = (Category::TargetAchieved, Some(5.0));
            return j;
        }
        match ratio.and_then(judge_ratio) {
            Ok((category, score)) => (j.category, j.score) = (category, Some(score)),
            Err(reason) => j.reason = Some(reason),
        }
        j
    }
}

/// The rate required in the years after the latest observed one, to the target year.
fn required(input: &YearlyRateInput, log_growth: f64, p: &mut YearlyRateProgress) {
    let Some(target_year) = input.target_year else {
        p.pace_reason = Some(PaceAbsent::NoTargetYear);
        return;
    };
    let last = input.rates.iter().map(|(y, _)| *y).max().unwrap_or(target_year);
    let m = target_year - last;
    if m <= 0 {
        p.pace_reason = Some(PaceAbsent::TargetYearPassed);
        return;
    }
    p.remaining_years = Some(m);
    if 1.0 + input.target / 100.0 <= 0.0 {
        p.pace_reason = Some(PaceAbsent::NonPositiveValues);
        return;
    }
    let total = (input.rates.len() as f64 + f64::from(m)) * (input.target / 100.0).ln_1p();
    p.required_rate = Some(((total - log_growth) / f64::from(m)).exp_m1() * 100.0);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(rates: &[(i32, f64)], target: f64, year: Option<i32>) -> YearlyRateInput {
        YearlyRateInput {
            rates: rates.to_vec(),
            target,
            target_year: year,
            comparator: Comparator::AtLeast,
            polarity: Polarity::HigherIsBetter,
            tolerance: None,
        }
    }

    #[test]
    fn a_rate_met_every_year_is_achieved() {
        let p = yearly_rate(&input(&[(2022, 8.0), (2023, 9.0)], 7.0, Some(2025))).unwrap();
        assert_eq!(p.category, Category::TargetAchieved);
        assert_eq!(p.years_attained, 2);
        // Two years left; the mean over four years must be 7%: the required rate is below 7%.
        assert!(p.required_rate.unwrap() < 7.0);
    }

    #[test]
    fn the_mean_is_geometric() {
        let p = yearly_rate(&input(&[(2022, 10.0), (2023, -10.0)], 5.0, None)).unwrap();
        let g = ((1.1f64 * 0.9).sqrt() - 1.0) * 100.0;
        assert!((p.mean_rate.unwrap() - g).abs() < 1e-12);
        assert_eq!(p.category, Category::Deterioration);
        assert_eq!(p.pace_reason, Some(PaceAbsent::NoTargetYear));
    }

    #[test]
    fn absent_numbers_say_why() {
        let none = yearly_rate(&input(&[], 5.0, Some(2025))).unwrap();
        assert_eq!(none.reason, Some(NotAssessable::NoObservations));
        let collapse = yearly_rate(&input(&[(2022, -100.0)], 5.0, Some(2025))).unwrap();
        assert_eq!(collapse.reason, Some(NotAssessable::NonPositiveGrowthFactor));
        let zero = yearly_rate(&input(&[(2022, -1.0)], 0.0, Some(2022))).unwrap();
        assert_eq!(
            (zero.reason, zero.pace_reason),
            (Some(NotAssessable::NonPositiveTargetRate), Some(PaceAbsent::TargetYearPassed))
        );
        let nan = yearly_rate(&input(&[(2022, 1.0), (2023, f64::NAN)], 5.0, None)).unwrap_err();
        assert_eq!(nan, NonFinite::at("rates", 1));
    }
}
