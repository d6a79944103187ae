//! Is it on track? The growth-rate ratio with its categories and score, and the pace required from now.
//!
//! The growth-rate ratio (Eurostat, Open SDG) compares the compound annual growth achieved since the
//! baseline with the one the target requires: `RR = CAGR_actual / CAGR_required`. Open SDG replaces a zero
//! base by 0.001 and lets RR explode when the target is close to the baseline; here zero, negative and
//! near-baseline values are "not assessable" with a reason instead, and the scorecard judges a
//! near-baseline target by its milestone path.
//!
//! ```
//! use chitieu::calc::progress::{growth_ratio, Category, GrowthInput};
//! use chitieu::{Comparator, Polarity};
//! let g = growth_ratio(&GrowthInput {
//!     baseline_t: 2022.0, baseline: 50.0, target_t: 2025.0, target: 80.0,
//!     t: 2024.0, value: 70.0, comparator: Comparator::AtLeast,
//!     polarity: Polarity::HigherIsBetter, tolerance: None,
//! }).unwrap();
//! assert_eq!(g.category, Category::SubstantialProgress);
//! assert!(g.score.unwrap() > 2.5);
//! ```

use serde::{Deserialize, Serialize};

use crate::error::{check, NonFinite};
use crate::model::comparator::Comparator;
use crate::model::measure_unit::Polarity;

/// A target within this relative distance of its baseline is judged by its milestone path, not by the
/// growth-rate ratio (which divides by a rate close to zero).
pub const NEAR_BASELINE: f64 = 0.01;

/// Progress categories, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// The comparator already holds.
    TargetAchieved,
    /// RR >= 0.95.
    SubstantialProgress,
    /// 0.6 <= RR < 0.95.
    ModerateProgress,
    /// 0 <= RR < 0.6.
    LimitedProgress,
    /// RR < 0: moving away from the target.
    Deterioration,
    /// Not enough, or not suitable, data; see the reason.
    NotAssessable,
}

impl Category {
    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::TargetAchieved => "target_achieved",
            Self::SubstantialProgress => "substantial_progress",
            Self::ModerateProgress => "moderate_progress",
            Self::LimitedProgress => "limited_progress",
            Self::Deterioration => "deterioration",
            Self::NotAssessable => "not_assessable",
        }
    }

    /// Stable number for the bulk API (0 target achieved ... 4 deterioration, 5 not assessable).
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The category of a stable number of [`Category::number`].
    pub fn from_number(number: u8) -> Option<Self> {
        Some(match number {
            0 => Self::TargetAchieved,
            1 => Self::SubstantialProgress,
            2 => Self::ModerateProgress,
            3 => Self::LimitedProgress,
            4 => Self::Deterioration,
            5 => Self::NotAssessable,
            _ => return None,
        })
    }

    /// The category of a growth-rate ratio.
    #[inline(always)]
    pub fn of_ratio(ratio: f64) -> Self {
        // Counted rather than branched (the bulk kernel calls it for every cell): 4 below 0 (and NaN),
        // one less for each threshold reached.
        match 4 - u8::from(ratio >= 0.0) - u8::from(ratio >= 0.6) - u8::from(ratio >= 0.95) {
            1 => Self::SubstantialProgress,
            2 => Self::ModerateProgress,
            3 => Self::LimitedProgress,
            _ => Self::Deterioration,
        }
    }
}

/// Why progress cannot be assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NotAssessable {
    /// No time has passed since the baseline: one observation.
    OneObservation,
    /// The target year is not after the baseline.
    TargetNotAfterBaseline,
    /// Zero or negative values: growth rates have no meaning.
    NonPositiveValues,
    /// The target is within 1% of the baseline: judge by the milestone path.
    NearBaseline,
    /// No observation of the indicator.
    NoObservations,
    /// The target states no year.
    NoTargetYear,
    /// No value for a milestone to compare with.
    NoMilestone,
    /// The yearly rate overflows: the two values are too close in time for an annual growth rate.
    RateOutOfRange,
    /// The target equals its start (a cumulative change of 0, a rank already at the target's place):
    /// nothing is required, so no ratio of paces; judged attained or not.
    TargetEqualsStart,
    /// The start already met the target and the latest value does not: the pace needed is backwards.
    BaselineBeyondTarget,
    /// The latest value is at (or before) the start of the period: no time to measure a pace over.
    AtPeriodStart,
    /// A yearly rate of -100% or below: its growth factor `1 + r/100` is not positive.
    NonPositiveGrowthFactor,
    /// A target rate of 0 or below: the mean rate cannot be taken as a share of it.
    NonPositiveTargetRate,
    /// A rank below 1 or beyond its field, or a field of 0.
    RankOutsideField,
    /// A district-tier target judged after the district tier ended on 1 July 2025.
    TierAbolished,
}

impl NotAssessable {
    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::OneObservation => "one_observation",
            Self::TargetNotAfterBaseline => "target_not_after_baseline",
            Self::NonPositiveValues => "non_positive_values",
            Self::NearBaseline => "near_baseline",
            Self::NoObservations => "no_observations",
            Self::NoTargetYear => "no_target_year",
            Self::NoMilestone => "no_milestone",
            Self::RateOutOfRange => "rate_out_of_range",
            Self::TargetEqualsStart => "target_equals_start",
            Self::BaselineBeyondTarget => "baseline_beyond_target",
            Self::AtPeriodStart => "at_period_start",
            Self::NonPositiveGrowthFactor => "non_positive_growth_factor",
            Self::NonPositiveTargetRate => "non_positive_target_rate",
            Self::RankOutsideField => "rank_outside_field",
            Self::TierAbolished => "tier_abolished",
        }
    }
}

/// Score on -5..+5 of a growth-rate ratio: piecewise linear through (-0.6, -5), (0, -2.5), (0.6, 0),
/// (0.95, 2.5), (1.3, 5), clamped.
#[inline(always)]
pub fn score(ratio: f64) -> f64 {
    // Each piece rises 2.5 points: over 0.6 of ratio below 0.6, over 0.35 above it.
    const STEEP: f64 = 2.5 / 0.35;
    const GENTLE: f64 = 2.5 / 0.6;
    // Both pieces computed and one selected, outer bounds last: no branch on the ratio (the bulk kernel
    // scores every cell). A NaN ratio fails every comparison and keeps its NaN.
    let gentle = -2.5 + GENTLE * ratio;
    let steep = STEEP * (ratio - 0.6);
    let inner = if ratio <= 0.6 { gentle } else { steep };
    let low = if ratio <= -0.6 { -5.0 } else { inner };
    if ratio > 1.3 {
        5.0
    } else {
        low
    }
}

/// Inputs of the growth-rate ratio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GrowthInput {
    /// Time of the baseline.
    pub baseline_t: f64,
    /// Baseline value `B`.
    pub baseline: f64,
    /// Target year `T`.
    pub target_t: f64,
    /// Target value `V`.
    pub target: f64,
    /// Time of the latest value.
    pub t: f64,
    /// Latest value `y`.
    pub value: f64,
    /// The target's comparator.
    pub comparator: Comparator,
    /// The indicator's polarity.
    pub polarity: Polarity,
    /// Band of `about`.
    pub tolerance: Option<f64>,
}

/// The growth-rate ratio, its category and score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GrowthRatio {
    /// Category.
    pub category: Category,
    /// Score on -5..+5 (5 when achieved); absent when not assessable.
    pub score: Option<f64>,
    /// `(y / B)^(1 / (t - t0)) - 1`.
    pub cagr_actual: Option<f64>,
    /// `(V / B)^(1 / (T - t0)) - 1`.
    pub cagr_required: Option<f64>,
    /// `cagr_actual / cagr_required`.
    pub ratio: Option<f64>,
    /// Why it is not assessable.
    pub reason: Option<NotAssessable>,
}

impl GrowthRatio {
    fn not_assessable(reason: NotAssessable) -> Self {
        Self {
            category: Category::NotAssessable,
            score: None,
            cagr_actual: None,
            cagr_required: None,
            ratio: None,
            reason: Some(reason),
        }
    }

    fn achieved() -> Self {
        Self {
            category: Category::TargetAchieved,
            score: Some(5.0),
            cagr_actual: None,
            cagr_required: None,
            ratio: None,
            reason: None,
        }
    }
}

/// Why the growth-rate ratio cannot be computed, before any rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GrowthCheck {
    /// The target is attained.
    Achieved,
    /// Not assessable for this reason.
    NotAssessable(NotAssessable),
    /// The ratio can be computed.
    Assessable,
}

/// The rules that depend only on a series (baseline, target and their times), not on the value judged:
/// the target year is not after the baseline, a value is zero or negative, or the target is within 1%
/// of the baseline.
#[inline]
pub fn series_rule(baseline_t: f64, baseline: f64, target_t: f64, target: f64) -> Option<NotAssessable> {
    if target_t <= baseline_t {
        Some(NotAssessable::TargetNotAfterBaseline)
    } else if baseline <= 0.0 || target <= 0.0 {
        Some(NotAssessable::NonPositiveValues)
    } else if (target - baseline).abs() <= NEAR_BASELINE * target.abs().max(baseline.abs()) {
        Some(NotAssessable::NearBaseline)
    } else {
        None
    }
}

/// The rules, in order, that decide whether the ratio is computed (shared with the bulk kernel):
/// attained; no time since the baseline; then [`series_rule`], with a value <= 0 checked after a target
/// year that is not after the baseline.
#[inline]
pub fn check_growth(input: &GrowthInput) -> GrowthCheck {
    let g = input;
    if g.comparator.holds(g.value, g.target, g.polarity, g.tolerance) {
        return GrowthCheck::Achieved;
    }
    if g.t <= g.baseline_t {
        return GrowthCheck::NotAssessable(NotAssessable::OneObservation);
    }
    match series_rule(g.baseline_t, g.baseline, g.target_t, g.target) {
        Some(NotAssessable::TargetNotAfterBaseline) => {
            GrowthCheck::NotAssessable(NotAssessable::TargetNotAfterBaseline)
        }
        _ if g.value <= 0.0 => GrowthCheck::NotAssessable(NotAssessable::NonPositiveValues),
        Some(reason) => GrowthCheck::NotAssessable(reason),
        None => GrowthCheck::Assessable,
    }
}

/// The growth-rate ratio of `value` at `t` against `target` at `target_t`, from `baseline` at
/// `baseline_t`; a non-finite input is an error.
pub fn growth_ratio(input: &GrowthInput) -> Result<GrowthRatio, NonFinite> {
    let g = input;
    check([
        ("baseline_t", Some(g.baseline_t)),
        ("baseline", Some(g.baseline)),
        ("target_t", Some(g.target_t)),
        ("target", Some(g.target)),
        ("t", Some(g.t)),
        ("value", Some(g.value)),
        ("tolerance", g.tolerance),
    ])?;
    Ok(match check_growth(input) {
        GrowthCheck::Achieved => GrowthRatio::achieved(),
        GrowthCheck::NotAssessable(reason) => GrowthRatio::not_assessable(reason),
        GrowthCheck::Assessable => {
            let g = input;
            let cagr_actual = cagr(g.value / g.baseline, 1.0 / (g.t - g.baseline_t));
            let cagr_required = cagr(g.target / g.baseline, 1.0 / (g.target_t - g.baseline_t));
            let ratio = cagr_actual / cagr_required;
            if !ratio.is_finite() {
                return Ok(GrowthRatio::not_assessable(NotAssessable::RateOutOfRange));
            }
            GrowthRatio {
                category: Category::of_ratio(ratio),
                score: Some(score(ratio)),
                cagr_actual: Some(cagr_actual),
                cagr_required: Some(cagr_required),
                ratio: Some(ratio),
                reason: None,
            }
        }
    })
}

/// The compound annual growth rate of a `ratio` reached over `1 / per_year` years: `ratio^per_year - 1`,
/// computed as `exp_m1(ln(ratio) * per_year)`: exact for small rates, and about twice as fast as `powf`
/// where the maths library is compiled to WebAssembly. Over one, two, three, four, six or eight years
/// (most cells of a yearly table) it needs no logarithm: with `r` the root, `r - 1 = (ratio - 1) / D`
/// where `D` multiplies `√x + 1` for each square root taken and `∛x² + ∛x + 1` for each cube root (so
/// `ratio - 1` over one year, `(ratio - 1) / (√ratio + 1)` over two), as accurate and several times
/// faster ([`cube_root`]). A ratio outside [`CUBE_ROOT_RANGE`], negative ones included, goes through the
/// logarithm (`NaN` for a negative one, as before). The bulk kernel uses it too, so both give the same bits.
#[inline(always)]
pub fn cagr(ratio: f64, per_year: f64) -> f64 {
    const THIRD: f64 = 1.0 / 3.0;
    const SIXTH: f64 = 1.0 / 6.0;
    // `x - 1` over the factor by which `∛x - 1` is smaller.
    let cube = |c: f64| c * c + c + 1.0;
    if !ratio.is_finite() {
        (ratio.ln() * per_year).exp_m1()
    } else if per_year == 1.0 {
        ratio - 1.0
    } else if per_year == 0.5 {
        (ratio - 1.0) / (ratio.sqrt() + 1.0)
    } else if per_year == 0.25 {
        let root = ratio.sqrt();
        (ratio - 1.0) / ((root + 1.0) * (root.sqrt() + 1.0))
    } else if per_year == 0.125 {
        let two = ratio.sqrt();
        let four = two.sqrt();
        (ratio - 1.0) / ((two + 1.0) * (four + 1.0) * (four.sqrt() + 1.0))
    } else if per_year == THIRD && CUBE_ROOT_RANGE.contains(&ratio) {
        (ratio - 1.0) / cube(cube_root(ratio))
    } else if per_year == SIXTH && CUBE_ROOT_RANGE.contains(&ratio) {
        let two = ratio.sqrt();
        (ratio - 1.0) / ((two + 1.0) * cube(cube_root(two)))
    } else {
        (ratio.ln() * per_year).exp_m1()
    }
}

/// The ratios [`cube_root`] takes: inside single precision's normal range, with room for its estimate.
const CUBE_ROOT_RANGE: std::ops::RangeInclusive<f64> = 1e-30..=1e30;

/// `∛x` for `x` in [`CUBE_ROOT_RANGE`]: single precision's cube root, then one Halley step in double precision,
/// which cubes its relative error (2^-24 to below 2^-70), leaving the step's own rounding: the growth rates it
/// gives are within 4 units in the last place of those of the standard library's cube root (tested).
/// `f64::cbrt` itself is not used: on wasm32 the maths library builds it on a software fused multiply-add, and
/// there it costs what a logarithm and an exponential cost.
#[inline(always)]
fn cube_root(x: f64) -> f64 {
    let c = f64::from((x as f32).cbrt());
    let c3 = c * c * c;
    // Halley's step as a correction, so that its rounding falls on the small term alone.
    c + c * (x - c3) / (2.0 * c3 + x)
}

/// Why a required pace is absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PaceAbsent {
    /// The target year has come: there is no time left to set a pace over.
    TargetYearPassed,
    /// A compound rate needs positive values.
    NonPositiveValues,
    /// The target states no year: there is no time left to set a pace over.
    NoTargetYear,
}

impl PaceAbsent {
    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::TargetYearPassed => "target_year_passed",
            Self::NonPositiveValues => "non_positive_values",
            Self::NoTargetYear => "no_target_year",
        }
    }
}

/// The category and score of a progress ratio of any method: the thresholds and the piecewise score of
/// the growth-rate ratio; a ratio that is not finite is not assessable (`rate_out_of_range`).
pub fn judge_ratio(ratio: f64) -> Result<(Category, f64), NotAssessable> {
    if ratio.is_finite() {
        Ok((Category::of_ratio(ratio), score(ratio)))
    } else {
        Err(NotAssessable::RateOutOfRange)
    }
}

/// The pace needed from now to reach the target by its year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RequiredPace {
    /// `(V - y) / (T - t)`, in the indicator's unit a year.
    pub linear: Option<f64>,
    /// `(V / y)^(1 / (T - t)) - 1`, a fraction a year.
    pub compound: Option<f64>,
    /// Why a pace is absent.
    pub reason: Option<PaceAbsent>,
}

/// The pace required from `value` at `t` to reach `target` at `target_t`; a non-finite input is an error.
pub fn required_pace(value: f64, t: f64, target: f64, target_t: f64) -> Result<RequiredPace, NonFinite> {
    check([("value", Some(value)), ("t", Some(t)), ("target", Some(target)), ("target_t", Some(target_t))])?;
    if target_t <= t {
        return Ok(RequiredPace { linear: None, compound: None, reason: Some(PaceAbsent::TargetYearPassed) });
    }
    let years = target_t - t;
    let linear = Some((target - value) / years);
    if target <= 0.0 || value <= 0.0 {
        return Ok(RequiredPace { linear, compound: None, reason: Some(PaceAbsent::NonPositiveValues) });
    }
    Ok(RequiredPace { linear, compound: Some((target / value).powf(1.0 / years) - 1.0), reason: None })
}
