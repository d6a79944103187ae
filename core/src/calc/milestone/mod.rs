//! Milestones: the value a target's path expects in each year (or on any date) between its anchors.
//!
//! Anchors are a baseline (an observation) and each target year of the indicator at one tier (2025 and
//! 2030 in most plans). Each segment between two anchors follows a [`Curve`]. A curve that cannot apply
//! (compound through zero, logistic at 100%) is a typed error, never a silent fallback; [`Curve::Auto`]
//! picks the logistic curve for shares strictly inside their bounds and the straight line otherwise, and
//! says which it used.
//!
//! ```
//! use chitieu::calc::milestone::{Anchor, Curve, Path};
//! use chitieu::Comparator;
//! let path = Path::new(
//!     vec![Anchor::baseline(2022.0, 62.0), Anchor::target(2025.0, 90.0, Comparator::AtLeast)],
//!     Curve::Linear,
//!     None,
//! )
//! .unwrap();
//! let m = path.at(2024.0).unwrap();
//! assert!((m.value - (62.0 + 28.0 * 2.0 / 3.0)).abs() < 1e-12);
//! assert_eq!(m.comparator, Some(Comparator::AtLeast)); // inherited from the 2025 target
//! ```

mod plan_path;

pub use plan_path::{bounds_of, indicator_path, path_of, PathError};

use serde::{Deserialize, Serialize};

use crate::error::{check, ChitieuError, NonFinite};
use crate::model::comparator::{equal, Comparator};
use crate::model::measure_unit::Polarity;

/// The shape of a path between two anchors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Curve {
    /// A straight line: `v0 + (v1 - v0) s`.
    Linear,
    /// Constant growth rate: `v0 (v1 / v0)^s`; needs positive values.
    Compound,
    /// An S-curve for shares bounded by `[lo, hi]` (0..100 for percentages): the logit is linear in time;
    /// needs values strictly inside the bounds. Adoption rates follow it, and it never overshoots 100%.
    Logistic,
    /// The previous anchor's value holds until the next anchor's year.
    Step,
    /// Logistic for bounded values strictly inside their bounds, else linear.
    Auto,
}

impl Curve {
    /// Whether [`Segment::new`] can refuse finite values on this curve: a compound curve needs positive
    /// values, a logistic one values inside its bounds; the others take any.
    pub fn may_refuse(self) -> bool {
        matches!(self, Self::Compound | Self::Logistic)
    }

    /// The stable number of the bulk API's `curve_used` column: 0 linear, 1 compound, 2 logistic, 3 step
    /// (auto is what it chose, never itself).
    pub fn number(self) -> u8 {
        match self {
            Self::Linear | Self::Auto => 0,
            Self::Compound => 1,
            Self::Logistic => 2,
            Self::Step => 3,
        }
    }

    /// The curve of a stable number of [`Curve::number`].
    pub fn from_number(number: u8) -> Option<Self> {
        Some(match number {
            0 => Self::Linear,
            1 => Self::Compound,
            2 => Self::Logistic,
            3 => Self::Step,
            _ => return None,
        })
    }

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Linear => "linear",
            Self::Compound => "compound",
            Self::Logistic => "logistic",
            Self::Step => "step",
            Self::Auto => "auto",
        }
    }
}

/// Why a milestone could not be computed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum MilestoneError {
    /// NaN or infinity among the inputs.
    #[error(transparent)]
    NonFinite(#[from] NonFinite),
    /// A segment whose end is not after its start.
    #[error("segment from t={t0} to t={t1} does not go forward in time; expected t0 < t1")]
    InvalidSegment {
        /// Start.
        t0: f64,
        /// End.
        t1: f64,
    },
    /// A time outside the segment asked of it.
    #[error("t={t} is outside the segment {t0}..{t1}")]
    OutsideSegment {
        /// Time asked.
        t: f64,
        /// Start.
        t0: f64,
        /// End.
        t1: f64,
    },
    /// The compound curve through a zero or negative value.
    #[error("the compound curve needs positive values, got {v0} and {v1}; use linear or step")]
    CurveNeedsPositiveValues {
        /// Start value.
        v0: f64,
        /// End value.
        v1: f64,
    },
    /// The logistic curve through a value at or beyond its bounds (a 100% target).
    #[error(
        "the logistic curve needs values strictly inside {lo}..{hi}, got {v0} and {v1}; use linear, or auto to choose"
    )]
    CurveNeedsValuesInsideBounds {
        /// Start value.
        v0: f64,
        /// End value.
        v1: f64,
        /// Lower bound.
        lo: f64,
        /// Upper bound.
        hi: f64,
    },
    /// Anchors out of time order, or two in the same year.
    #[error("anchor {index} is not after the one before it; expected strictly increasing times")]
    AnchorsNotIncreasing {
        /// Index of the offending anchor.
        index: usize,
    },
    /// A path needs a start and an end.
    #[error("a path needs at least two anchors (a baseline or earlier target, and a target), got {count}")]
    TooFewAnchors {
        /// How many there were.
        count: usize,
    },
    /// A time before the path starts.
    #[error("t={t} is before the path starts at t={start}")]
    BeforePath {
        /// Time asked.
        t: f64,
        /// Start of the path.
        start: f64,
    },
}

impl ChitieuError for MilestoneError {
    fn path(&self) -> Option<String> {
        match self {
            Self::NonFinite(e) => e.path(),
            Self::AnchorsNotIncreasing { index } => Some(format!("anchors[{index}].t")),
            Self::TooFewAnchors { .. } => Some("anchors".to_owned()),
            Self::BeforePath { .. } | Self::OutsideSegment { .. } => Some("t".to_owned()),
            _ => None,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            Self::NonFinite(e) => e.code(),
            Self::InvalidSegment { .. } => "invalid_segment",
            Self::OutsideSegment { .. } => "outside_segment",
            Self::CurveNeedsPositiveValues { .. } => "curve_needs_positive_values",
            Self::CurveNeedsValuesInsideBounds { .. } => "curve_needs_values_inside_bounds",
            Self::AnchorsNotIncreasing { .. } => "anchors_not_increasing",
            Self::TooFewAnchors { .. } => "too_few_anchors",
            Self::BeforePath { .. } => "before_path",
        }
    }
}

/// The default bounds of the logistic curve: percentages.
pub const PERCENT_BOUNDS: (f64, f64) = (0.0, 100.0);

/// A curve checked against one segment's values, ready to evaluate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Segment {
    /// Straight line.
    Linear {
        /// Start value.
        v0: f64,
        /// End value.
        v1: f64,
    },
    /// Constant growth: `v0 * exp(s * ln(v1 / v0))`.
    Compound {
        /// Start value.
        v0: f64,
        /// `ln(v1 / v0)`.
        log_ratio: f64,
        /// End value.
        v1: f64,
    },
    /// Linear logit.
    Logistic {
        /// Lower bound.
        lo: f64,
        /// `hi - lo`.
        width: f64,
        /// Logit of the start value.
        l0: f64,
        /// Logit of the end value.
        l1: f64,
        /// Start value.
        v0: f64,
        /// End value.
        v1: f64,
    },
    /// Hold then jump.
    Step {
        /// Start value.
        v0: f64,
        /// End value.
        v1: f64,
    },
}

/// `ln(v1 / v0)` for positive values, also where the quotient itself overflows or underflows.
fn log_ratio(v0: f64, v1: f64) -> f64 {
    let q = v1 / v0;
    if q.is_finite() && q > 0.0 {
        q.ln()
    } else {
        v1.ln() - v0.ln()
    }
}

fn logit(v: f64, lo: f64, width: f64) -> f64 {
    let p = (v - lo) / width;
    (p / (1.0 - p)).ln()
}

impl Segment {
    /// Checks that `curve` applies to values `v0` and `v1`; `bounds` are the logistic curve's (percent
    /// bounds when `None` and the curve is logistic; for `Auto`, no bounds means linear).
    pub fn new(curve: Curve, v0: f64, v1: f64, bounds: Option<(f64, f64)>) -> Result<Self, MilestoneError> {
        check([("v0", Some(v0)), ("v1", Some(v1))])?;
        match curve {
            Curve::Linear => Ok(Self::Linear { v0, v1 }),
            Curve::Step => Ok(Self::Step { v0, v1 }),
            Curve::Compound => {
                if v0 > 0.0 && v1 > 0.0 {
                    Ok(Self::Compound { v0, log_ratio: log_ratio(v0, v1), v1 })
                } else {
                    Err(MilestoneError::CurveNeedsPositiveValues { v0, v1 })
                }
            }
            Curve::Logistic => Self::logistic(v0, v1, bounds.unwrap_or(PERCENT_BOUNDS)),
            Curve::Auto => match bounds {
                Some(b) => Self::logistic(v0, v1, b).or(Ok(Self::Linear { v0, v1 })),
                None => Ok(Self::Linear { v0, v1 }),
            },
        }
    }

    fn logistic(v0: f64, v1: f64, (lo, hi): (f64, f64)) -> Result<Self, MilestoneError> {
        let inside = |v: f64| lo < v && v < hi;
        if !(lo.is_finite() && hi.is_finite() && lo < hi && inside(v0) && inside(v1)) {
            return Err(MilestoneError::CurveNeedsValuesInsideBounds { v0, v1, lo, hi });
        }
        let width = hi - lo;
        Ok(Self::Logistic { lo, width, l0: logit(v0, lo, width), l1: logit(v1, lo, width), v0, v1 })
    }

    /// The curve this segment follows.
    pub fn curve(&self) -> Curve {
        match self {
            Self::Linear { .. } => Curve::Linear,
            Self::Compound { .. } => Curve::Compound,
            Self::Logistic { .. } => Curve::Logistic,
            Self::Step { .. } => Curve::Step,
        }
    }

    /// Start and end values.
    #[inline(always)]
    pub fn ends(&self) -> (f64, f64) {
        match *self {
            Self::Linear { v0, v1 }
            | Self::Compound { v0, v1, .. }
            | Self::Logistic { v0, v1, .. }
            | Self::Step { v0, v1 } => (v0, v1),
        }
    }

    /// The value at fraction `s` of the way (0 at the start, 1 at the end); the anchors' own values at
    /// 0 and 1, exactly.
    #[inline(always)]
    pub fn value(&self, s: f64) -> f64 {
        let (v0, v1) = self.ends();
        if s <= 0.0 {
            return v0;
        }
        if s >= 1.0 {
            return v1;
        }
        match *self {
            Self::Linear { v0, v1 } => v0 + (v1 - v0) * s,
            Self::Compound { v0, log_ratio, .. } => {
                let v = v0 * (log_ratio * s).exp();
                // Between values far apart (1e-300 to 1e300) the factor overflows where the value does not.
                if v.is_finite() {
                    v
                } else {
                    (v0.ln() + log_ratio * s).exp()
                }
            }
            Self::Logistic { lo, width, l0, l1, .. } => lo + width / (1.0 + (-(l0 + (l1 - l0) * s)).exp()),
            Self::Step { v0, .. } => v0,
        }
    }

    /// The fraction `s` in `[0, 1]` at which the segment first reaches `value` in the direction of
    /// `polarity`, if it does.
    fn reach_fraction(&self, value: f64, d: f64) -> Option<f64> {
        let (v0, v1) = self.ends();
        let reached = |v: f64| d * (v - value) >= 0.0 || equal(v, value);
        if reached(v0) {
            return Some(0.0);
        }
        if !reached(v1) {
            return None;
        }
        let s = match *self {
            Self::Linear { v0, v1 } => (value - v0) / (v1 - v0),
            Self::Compound { v0, log_ratio, .. } if value > 0.0 => (value / v0).ln() / log_ratio,
            Self::Logistic { lo, width, l0, l1, .. } if value > lo && value < lo + width => {
                (logit(value, lo, width) - l0) / (l1 - l0)
            }
            // A step reaches its end value at its end; so do the others for values at their edge.
            _ => 1.0,
        };
        Some(if s.is_finite() { s.clamp(0.0, 1.0) } else { 1.0 })
    }
}

/// One value between `(t0, v0)` and `(t1, v1)` on `curve`, and the curve used (what `Auto` chose).
///
/// ```
/// use chitieu::calc::milestone::{interpolate, Curve};
/// let (v, used) = interpolate(Curve::Auto, 2025.0, 90.0, 2030.0, 100.0, 2027.0, Some((0.0, 100.0))).unwrap();
/// assert_eq!(used, Curve::Linear); // 100% is on the bound: the logistic curve cannot reach it
/// assert!((v - 94.0).abs() < 1e-12);
/// ```
pub fn interpolate(
    curve: Curve,
    t0: f64,
    v0: f64,
    t1: f64,
    v1: f64,
    t: f64,
    bounds: Option<(f64, f64)>,
) -> Result<(f64, Curve), MilestoneError> {
    check([("t0", Some(t0)), ("t1", Some(t1)), ("t", Some(t))])?;
    if t0 >= t1 {
        return Err(MilestoneError::InvalidSegment { t0, t1 });
    }
    if t < t0 || t > t1 {
        return Err(MilestoneError::OutsideSegment { t, t0, t1 });
    }
    let segment = Segment::new(curve, v0, v1, bounds)?;
    Ok((segment.value((t - t0) / (t1 - t0)), segment.curve()))
}

/// A point a path passes through: a baseline (no comparator) or a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Anchor {
    /// Time as a fractional year (a year `Y` is the end of `Y`).
    pub t: f64,
    /// Value.
    pub value: f64,
    /// The target's comparator; `None` for the baseline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparator: Option<Comparator>,
    /// Id of the target it stands for, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

impl Anchor {
    /// A baseline anchor (an observation).
    pub fn baseline(t: f64, value: f64) -> Self {
        Self { t, value, comparator: None, target: None }
    }

    /// A target anchor.
    pub fn target(t: f64, value: f64, comparator: Comparator) -> Self {
        Self { t, value, comparator: Some(comparator), target: None }
    }
}

/// What a milestone value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    /// The baseline observation itself.
    Baseline,
    /// A target the plan states for that year.
    Stated,
    /// Between two anchors, on the segment's curve: not stated by the plan.
    Interpolated,
    /// After the last target year: the last target holds.
    Held,
}

/// The value the path expects at one time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Milestone {
    /// Time as a fractional year.
    pub t: f64,
    /// Expected value.
    pub value: f64,
    /// Stated, interpolated, held or the baseline.
    pub kind: MilestoneKind,
    /// The comparator it inherits from the target at the end of its segment (`None` at the baseline).
    pub comparator: Option<Comparator>,
    /// The curve of its segment (`None` at an anchor and when held).
    pub curve: Option<Curve>,
    /// Id of the target at the end of its segment, when known.
    pub target: Option<String>,
}

/// Why a path never reaches a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unreached {
    /// The value is worse than the baseline: the path starts beyond it.
    BelowBaseline,
    /// The value is better than anything on the path, the last target included.
    BeyondFinalTarget,
}

impl Unreached {
    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::BelowBaseline => "below_baseline",
            Self::BeyondFinalTarget => "beyond_final_target",
        }
    }
}

/// A path through anchors, one checked curve per segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    anchors: Vec<Anchor>,
    segments: Vec<Segment>,
}

impl Path {
    /// Builds a path; every segment must admit `curve` (see [`Segment::new`]).
    pub fn new(anchors: Vec<Anchor>, curve: Curve, bounds: Option<(f64, f64)>) -> Result<Self, MilestoneError> {
        if anchors.len() < 2 {
            return Err(MilestoneError::TooFewAnchors { count: anchors.len() });
        }
        let mut segments = Vec::with_capacity(anchors.len() - 1);
        for (i, pair) in anchors.windows(2).enumerate() {
            let [a, b] = pair else { continue };
            if !(a.t.is_finite() && b.t.is_finite()) {
                let index = if a.t.is_finite() { i + 1 } else { i };
                return Err(NonFinite::at("anchors", index).into());
            }
            if b.t <= a.t {
                return Err(MilestoneError::AnchorsNotIncreasing { index: i + 1 });
            }
            segments.push(Segment::new(curve, a.value, b.value, bounds)?);
        }
        Ok(Self { anchors, segments })
    }

    /// The anchors, in time order.
    pub fn anchors(&self) -> &[Anchor] {
        &self.anchors
    }

    /// The checked segments (what `Auto` chose is in each one's [`Segment::curve`]).
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// First and last time of the path.
    pub fn span(&self) -> (f64, f64) {
        let first = self.anchors.first().map_or(f64::NAN, |a| a.t);
        let last = self.anchors.last().map_or(f64::NAN, |a| a.t);
        (first, last)
    }

    /// The milestone at time `t` (a fractional year; see [`crate::ObservedAt::fractional_year`]).
    pub fn at(&self, t: f64) -> Result<Milestone, MilestoneError> {
        if !t.is_finite() {
            return Err(NonFinite::named("t").into());
        }
        let (start, _) = self.span();
        if t < start {
            return Err(MilestoneError::BeforePath { t, start });
        }
        let mk = |value, kind, anchor: &Anchor, curve| Milestone {
            t,
            value,
            kind,
            comparator: anchor.comparator,
            curve,
            target: anchor.target.clone(),
        };
        for (i, a) in self.anchors.iter().enumerate() {
            if t == a.t {
                let kind = if i == 0 { MilestoneKind::Baseline } else { MilestoneKind::Stated };
                return Ok(mk(a.value, kind, a, None));
            }
        }
        for (pair, seg) in self.anchors.windows(2).zip(&self.segments) {
            let [a, b] = pair else { continue };
            if a.t < t && t < b.t {
                let s = (t - a.t) / (b.t - a.t);
                return Ok(mk(seg.value(s), MilestoneKind::Interpolated, b, Some(seg.curve())));
            }
        }
        // After the last anchor: the last target holds.
        match self.anchors.last() {
            Some(last) => Ok(mk(last.value, MilestoneKind::Held, last, None)),
            None => Err(MilestoneError::TooFewAnchors { count: 0 }),
        }
    }

    /// The milestones at each of `times`.
    pub fn milestones(&self, times: &[f64]) -> Result<Vec<Milestone>, MilestoneError> {
        times.iter().map(|&t| self.at(t)).collect()
    }

    /// The earliest time at which the path reaches `value` in the direction of `polarity`.
    pub fn time_reaching(&self, value: f64, polarity: Polarity) -> Result<f64, Unreached> {
        let d = polarity.sign();
        let first = self.anchors.first().map_or(f64::NAN, |a| a.value);
        if d * (value - first) < 0.0 && !equal(value, first) {
            return Err(Unreached::BelowBaseline);
        }
        for (pair, seg) in self.anchors.windows(2).zip(&self.segments) {
            let [a, b] = pair else { continue };
            if let Some(s) = seg.reach_fraction(value, d) {
                return Ok(a.t + s * (b.t - a.t));
            }
        }
        Err(Unreached::BeyondFinalTarget)
    }

    /// Years by which `value` at time `t` is ahead of the path (positive) or behind it (negative):
    /// `t* - t`, where `t*` is when the path reaches `value`.
    pub fn time_distance(&self, t: f64, value: f64, polarity: Polarity) -> Result<f64, Unreached> {
        self.time_reaching(value, polarity).map(|reach| reach - t)
    }
}
