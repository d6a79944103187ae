//! Projection (UN ESCAP's anticipated progress): fit all observations, weighted toward recent years,
//! project to the target year, and say how likely the target is to be attained.
//!
//! Weights grow linearly with time, `w_i = (t_i - t_first) + 1`. The model is a straight line for levels
//! ([`Model::Linear`]) or for logarithms, i.e. constant growth ([`Model::LogLinear`]), fitted by weighted
//! least squares. With three or more observations the residuals give a prediction interval (Student's t
//! with `n - 2` degrees of freedom) and the probability that the outcome meets the target's comparator.
//!
//! ```
//! use chitieu::calc::projection::{project, Model, ProjectionInput};
//! use chitieu::{Comparator, Polarity};
//! let p = project(&ProjectionInput {
//!     observations: vec![(2020.0, 50.0), (2021.0, 55.0), (2022.0, 60.0)],
//!     baseline: None, target: 80.0, target_t: 2025.0,
//!     comparator: Comparator::AtLeast, polarity: Polarity::HigherIsBetter, tolerance: None,
//!     model: Model::Linear, level: 0.9,
//! }).unwrap();
//! assert!((p.projected.unwrap() - 75.0).abs() < 1e-9);
//! assert_eq!(p.probability, Some(0.0)); // a perfect line that ends at 75 never reaches 80
//! ```

use serde::{Deserialize, Serialize};
use statrs::distribution::{ContinuousCDF, StudentsT};

use crate::error::{check, ChitieuError, NonFinite};
use crate::model::comparator::{equal, Comparator};
use crate::model::measure_unit::Polarity;

/// What is fitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Model {
    /// `value = a + b t`: levels (shares, ranks).
    #[default]
    Linear,
    /// `ln(value) = a + b t`: constant growth (counts, money); needs positive values.
    LogLinear,
}

/// Where the projection puts the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outlook {
    /// `gap <= 0`: the projection attains the target.
    OnTrack,
    /// `0 < gap <= 1`: progress, but too slow.
    NeedsAcceleration,
    /// `gap > 1`: the projection ends below the baseline.
    Regression,
}

/// Why a projection, or part of it, is absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectionAbsent {
    /// Fewer than two observations.
    TooFewObservations,
    /// All observations at the same time: no trend.
    ObservationsAtOneTime,
    /// A log-linear fit of a value <= 0.
    NonPositiveValues,
    /// Two observations fit exactly and leave no residual to measure uncertainty.
    NoResidualDegreesOfFreedom,
    /// The projected value (or an end of its interval) is beyond the range of a floating-point number.
    OutOfRange,
}

impl ProjectionAbsent {
    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::TooFewObservations => "too_few_observations",
            Self::ObservationsAtOneTime => "observations_at_one_time",
            Self::NonPositiveValues => "non_positive_values",
            Self::NoResidualDegreesOfFreedom => "no_residual_degrees_of_freedom",
            Self::OutOfRange => "out_of_range",
        }
    }
}

/// Inputs of a projection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ProjectionInput {
    /// `(t, value)` pairs, any order.
    pub observations: Vec<(f64, f64)>,
    /// Baseline for the gap ratio; the earliest observation's value when absent.
    pub baseline: Option<f64>,
    /// Target value.
    pub target: f64,
    /// Target year.
    pub target_t: f64,
    /// The target's comparator.
    pub comparator: Comparator,
    /// The indicator's polarity.
    pub polarity: Polarity,
    /// Band of `about`.
    pub tolerance: Option<f64>,
    /// What is fitted.
    pub model: Model,
    /// Coverage of the prediction interval (0.9 for 90%).
    pub level: f64,
}

/// A projection to the target year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Projection {
    /// Projected value at the target year.
    pub projected: Option<f64>,
    /// `(V - projected) / (V - B)`.
    pub gap_ratio: Option<f64>,
    /// Where that leaves the target.
    pub outlook: Option<Outlook>,
    /// Prediction interval at the target year, `[low, high]`.
    pub interval: Option<(f64, f64)>,
    /// Probability that the outcome attains the target.
    pub probability: Option<f64>,
    /// Why something is absent.
    pub reason: Option<ProjectionAbsent>,
    /// Fitted intercept and slope (in the model's scale).
    pub fit: Option<(f64, f64)>,
    /// Observations used.
    pub observations: usize,
}

/// Why a projection cannot be computed at all.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ProjectionError {
    /// NaN or infinity among the inputs.
    #[error(transparent)]
    NonFinite(#[from] NonFinite),
    /// A coverage level outside (0, 1).
    #[error("interval level {level} is outside (0, 1); expected e.g. 0.9 for 90%")]
    InvalidLevel {
        /// The level given.
        level: f64,
    },
    /// A negative band for `about`.
    #[error("tolerance {tolerance} is negative; expected a tolerance >= 0")]
    InvalidTolerance {
        /// The tolerance given.
        tolerance: f64,
    },
}

impl ChitieuError for ProjectionError {
    fn code(&self) -> &'static str {
        match self {
            Self::NonFinite(e) => e.code(),
            Self::InvalidLevel { .. } => "invalid_level",
            Self::InvalidTolerance { .. } => "invalid_tolerance",
        }
    }

    fn path(&self) -> Option<String> {
        match self {
            Self::NonFinite(e) => e.path(),
            Self::InvalidLevel { .. } => Some("level".to_owned()),
            Self::InvalidTolerance { .. } => Some("tolerance".to_owned()),
        }
    }
}

fn absent(reason: ProjectionAbsent, n: usize) -> Projection {
    Projection {
        projected: None,
        gap_ratio: None,
        outlook: None,
        interval: None,
        probability: None,
        reason: Some(reason),
        fit: None,
        observations: n,
    }
}

/// A weighted least-squares line through `(t, z)`, fitted in shifted and scaled coordinates
/// `u = (t - t0) / ts`, `y = (z - z0) / zs` so that neither values near 1e300 nor times near 1e160
/// overflow a square; the weights `(t - t_min) + 1` stay in years.
struct Fit {
    t0: f64,
    ts: f64,
    z0: f64,
    zs: f64,
    /// Intercept and slope in `(u, y)`.
    a: f64,
    b: f64,
    /// Weighted mean of `u`, `Σw (u - um)²` and `Σw`.
    um: f64,
    sxx: f64,
    w_sum: f64,
    /// `Σw r² / (n - 2)` in `y`, with three or more observations.
    s2: Option<f64>,
}

impl Fit {
    /// `None` when every observation is at one time.
    fn new(points: &[(f64, f64)]) -> Option<Self> {
        let t0 = points.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
        let ts = points.iter().map(|p| p.0 - t0).fold(0.0, f64::max);
        let z0 = points.first().map_or(0.0, |p| p.1);
        let zs = points.iter().map(|p| (p.1 - z0).abs()).fold(0.0, f64::max);
        let zs = if zs > 0.0 && zs.is_finite() { zs } else { 1.0 };
        if !(ts > 0.0 && ts.is_finite()) {
            return None;
        }
        let uy: Vec<(f64, f64, f64)> =
            points.iter().map(|p| ((p.0 - t0) + 1.0, (p.0 - t0) / ts, (p.1 - z0) / zs)).collect();
        let w_sum: f64 = uy.iter().map(|q| q.0).sum();
        let um = uy.iter().map(|q| q.0 * q.1).sum::<f64>() / w_sum;
        let ym = uy.iter().map(|q| q.0 * q.2).sum::<f64>() / w_sum;
        let sxx: f64 = uy.iter().map(|q| q.0 * (q.1 - um).powi(2)).sum();
        if sxx.is_nan() || sxx <= 0.0 {
            return None;
        }
        let b = uy.iter().map(|q| q.0 * (q.1 - um) * (q.2 - ym)).sum::<f64>() / sxx;
        let a = ym - b * um;
        let s2 = (uy.len() >= 3).then(|| {
            let df = (uy.len() - 2) as f64;
            uy.iter().map(|q| q.0 * (q.2 - (a + b * q.1)).powi(2)).sum::<f64>() / df
        });
        Some(Self { t0, ts, z0, zs, a, b, um, sxx, w_sum, s2 })
    }

    /// The fitted `y` at time `t`.
    fn y_at(&self, t: f64) -> f64 {
        self.a + self.b * (t - self.t0) / self.ts
    }

    /// `y` back to `z`.
    fn z(&self, y: f64) -> f64 {
        self.z0 + self.zs * y
    }

    /// `z` to `y`.
    fn y(&self, z: f64) -> f64 {
        (z - self.z0) / self.zs
    }

    /// Intercept (at t = 0) and slope per year, in the model's scale.
    fn line(&self) -> (f64, f64) {
        let slope = self.zs * self.b / self.ts;
        (self.z(self.y_at(0.0)), slope)
    }

    /// Standard error of a new observation at `t`, in `y`.
    fn se(&self, t: f64) -> Option<f64> {
        let s2 = self.s2?;
        let w_t = ((t - self.t0) + 1.0).max(f64::MIN_POSITIVE);
        let du = (t - self.t0) / self.ts - self.um;
        Some((s2 * (1.0 / w_t + 1.0 / self.w_sum + du * du / self.sxx)).sqrt())
    }
}

/// Projects the observations to the target year.
pub fn project(input: &ProjectionInput) -> Result<Projection, ProjectionError> {
    check_input(input)?;
    let obs = &input.observations;
    let n = obs.len();
    if n < 2 {
        return Ok(absent(ProjectionAbsent::TooFewObservations, n));
    }
    let log = input.model == Model::LogLinear;
    if log && obs.iter().any(|(_, v)| *v <= 0.0) {
        return Ok(absent(ProjectionAbsent::NonPositiveValues, n));
    }
    let z = |v: f64| if log { v.ln() } else { v };
    let unz = |v: f64| if log { v.exp() } else { v };
    let points: Vec<(f64, f64)> = obs.iter().map(|o| (o.0, z(o.1))).collect();
    let Some(fit) = Fit::new(&points) else { return Ok(absent(ProjectionAbsent::ObservationsAtOneTime, n)) };
    let y_hat = fit.y_at(input.target_t);
    let projected = unz(fit.z(y_hat));
    if !projected.is_finite() {
        return Ok(absent(ProjectionAbsent::OutOfRange, n));
    }
    let first = obs.iter().min_by(|x, y| x.0.total_cmp(&y.0)).map_or(f64::NAN, |o| o.1);
    let baseline = input.baseline.unwrap_or(first);
    let attains = |v: f64| input.comparator.holds(v, input.target, input.polarity, input.tolerance);
    let (gap_ratio, outlook) = outlook(input.target, baseline, projected, attains(projected));
    let mut p = Projection {
        projected: Some(projected),
        gap_ratio,
        outlook: Some(outlook),
        interval: None,
        probability: None,
        reason: None,
        fit: Some(fit.line()),
        observations: n,
    };
    let Some(se) = fit.se(input.target_t) else {
        p.reason = Some(ProjectionAbsent::NoResidualDegreesOfFreedom);
        return Ok(p);
    };
    if se == 0.0 {
        p.interval = Some((projected, projected));
        p.probability = Some(if attains(projected) { 1.0 } else { 0.0 });
        return Ok(p);
    }
    let Ok(dist) = StudentsT::new(0.0, 1.0, (n - 2) as f64) else {
        p.reason = Some(ProjectionAbsent::NoResidualDegreesOfFreedom);
        return Ok(p);
    };
    let q = dist.inverse_cdf((1.0 + input.level) / 2.0);
    let (low, high) = (unz(fit.z(y_hat - q * se)), unz(fit.z(y_hat + q * se)));
    if low.is_finite() && high.is_finite() {
        p.interval = Some((low, high));
    } else {
        p.reason = Some(ProjectionAbsent::OutOfRange);
    }
    let cdf = |v: f64| -> f64 {
        if log && v <= 0.0 {
            return 0.0;
        }
        dist.cdf((fit.y(z(v)) - y_hat) / se)
    };
    let v = input.target;
    p.probability = Some(match input.comparator.rewards_higher(input.polarity) {
        Some(true) => 1.0 - cdf(v),
        Some(false) => cdf(v),
        None => {
            let tol = input.tolerance.unwrap_or(crate::model::comparator::DEFAULT_ABOUT_TOLERANCE * v.abs());
            cdf(v + tol) - cdf(v - tol)
        }
    });
    Ok(p)
}

/// Finite inputs, a level inside (0, 1), a tolerance of at least 0.
fn check_input(input: &ProjectionInput) -> Result<(), ProjectionError> {
    if let Some(index) = input.observations.iter().position(|(t, v)| !t.is_finite() || !v.is_finite()) {
        return Err(NonFinite::at("observations", index).into());
    }
    check([
        ("target", Some(input.target)),
        ("target_t", Some(input.target_t)),
        ("baseline", input.baseline),
        ("tolerance", input.tolerance),
    ])?;
    if !(input.level > 0.0 && input.level < 1.0) {
        return Err(ProjectionError::InvalidLevel { level: input.level });
    }
    if let Some(tolerance) = input.tolerance.filter(|t| *t < 0.0) {
        return Err(ProjectionError::InvalidTolerance { tolerance });
    }
    Ok(())
}

/// The gap ratio `(V - projected) / (V - B)` and what it says; for a target equal to its baseline, whether
/// the projection attains it.
fn outlook(target: f64, baseline: f64, projected: f64, attained: bool) -> (Option<f64>, Outlook) {
    if equal(target, baseline) {
        return (None, if attained { Outlook::OnTrack } else { Outlook::Regression });
    }
    let gap = (target - projected) / (target - baseline);
    let outlook = if gap <= 0.0 {
        Outlook::OnTrack
    } else if gap <= 1.0 {
        Outlook::NeedsAcceleration
    } else {
        Outlook::Regression
    };
    (Some(gap), outlook)
}
