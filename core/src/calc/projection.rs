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
}

impl ProjectionAbsent {
    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::TooFewObservations => "too_few_observations",
            Self::ObservationsAtOneTime => "observations_at_one_time",
            Self::NonPositiveValues => "non_positive_values",
            Self::NoResidualDegreesOfFreedom => "no_residual_degrees_of_freedom",
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
}

impl ChitieuError for ProjectionError {
    fn code(&self) -> &'static str {
        match self {
            Self::NonFinite(e) => e.code(),
            Self::InvalidLevel { .. } => "invalid_level",
        }
    }

    fn path(&self) -> Option<String> {
        match self {
            Self::NonFinite(e) => e.path(),
            Self::InvalidLevel { .. } => Some("level".to_owned()),
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

/// Projects the observations to the target year.
pub fn project(input: &ProjectionInput) -> Result<Projection, ProjectionError> {
    let obs = &input.observations;
    let n = obs.len();
    if let Some(index) = obs.iter().position(|(t, v)| !t.is_finite() || !v.is_finite()) {
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
    if n < 2 {
        return Ok(absent(ProjectionAbsent::TooFewObservations, n));
    }
    let log = input.model == Model::LogLinear;
    if log && obs.iter().any(|(_, v)| *v <= 0.0) {
        return Ok(absent(ProjectionAbsent::NonPositiveValues, n));
    }
    let t_min = obs.iter().map(|o| o.0).fold(f64::INFINITY, f64::min);
    let z = |v: f64| if log { v.ln() } else { v };
    let unz = |v: f64| if log { v.exp() } else { v };
    let weight = |t: f64| (t - t_min) + 1.0;

    let w_sum: f64 = obs.iter().map(|o| weight(o.0)).sum();
    let tm = obs.iter().map(|o| weight(o.0) * o.0).sum::<f64>() / w_sum;
    let zm = obs.iter().map(|o| weight(o.0) * z(o.1)).sum::<f64>() / w_sum;
    let sxx: f64 = obs.iter().map(|o| weight(o.0) * (o.0 - tm).powi(2)).sum();
    if sxx <= 0.0 {
        return Ok(absent(ProjectionAbsent::ObservationsAtOneTime, n));
    }
    let sxz: f64 = obs.iter().map(|o| weight(o.0) * (o.0 - tm) * (z(o.1) - zm)).sum();
    let b = sxz / sxx;
    let a = zm - b * tm;
    let z_hat = a + b * input.target_t;
    let projected = unz(z_hat);

    let first = obs.iter().min_by(|x, y| x.0.total_cmp(&y.0)).map_or(f64::NAN, |o| o.1);
    let baseline = input.baseline.unwrap_or(first);
    let attains = |v: f64| input.comparator.holds(v, input.target, input.polarity, input.tolerance);
    let (gap_ratio, outlook) = if equal(input.target, baseline) {
        (None, if attains(projected) { Outlook::OnTrack } else { Outlook::Regression })
    } else {
        let gap = (input.target - projected) / (input.target - baseline);
        let outlook = if gap <= 0.0 {
            Outlook::OnTrack
        } else if gap <= 1.0 {
            Outlook::NeedsAcceleration
        } else {
            Outlook::Regression
        };
        (Some(gap), outlook)
    };
    let mut p = Projection {
        projected: Some(projected),
        gap_ratio,
        outlook: Some(outlook),
        interval: None,
        probability: None,
        reason: None,
        fit: Some((a, b)),
        observations: n,
    };
    if n < 3 {
        p.reason = Some(ProjectionAbsent::NoResidualDegreesOfFreedom);
        return Ok(p);
    }
    let df = (n - 2) as f64;
    let s2 = obs.iter().map(|o| weight(o.0) * (z(o.1) - (a + b * o.0)).powi(2)).sum::<f64>() / df;
    let w_t = weight(input.target_t).max(f64::MIN_POSITIVE);
    let se = (s2 * (1.0 / w_t + 1.0 / w_sum + (input.target_t - tm).powi(2) / sxx)).sqrt();
    if se == 0.0 || !se.is_finite() {
        p.interval = Some((projected, projected));
        p.probability = Some(if attains(projected) { 1.0 } else { 0.0 });
        return Ok(p);
    }
    let Ok(dist) = StudentsT::new(0.0, 1.0, df) else {
        p.reason = Some(ProjectionAbsent::NoResidualDegreesOfFreedom);
        return Ok(p);
    };
    let q = dist.inverse_cdf((1.0 + input.level) / 2.0);
    p.interval = Some((unz(z_hat - q * se), unz(z_hat + q * se)));
    let cdf = |v: f64| -> f64 {
        if log && v <= 0.0 {
            return 0.0;
        }
        dist.cdf((z(v) - z_hat) / se)
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
