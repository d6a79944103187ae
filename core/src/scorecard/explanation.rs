//! How each number of the scorecard was obtained: its formula, its named inputs, its result and the
//! thresholds or caveats that apply.

use serde::{Deserialize, Serialize};

use crate::calc::achievement::Achievement;
use crate::calc::milestone::{Curve, Milestone, MilestoneKind, Path};
use crate::calc::progress::{GrowthRatio, RequiredPace};
use crate::calc::projection::{Model, Projection, ProjectionInput};
use crate::model::{Indicator, Polarity, Target};

use super::series::Point;

/// One named input of an explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Input {
    /// Its name in the formula (`y`, `V`, `B`, `t0`).
    pub name: String,
    /// Its value.
    pub value: f64,
}

/// One number's explanation: its formula, the inputs that went in, and the thresholds that apply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Explanation {
    /// Which number (`milestone`, `attained`, `percent_of_target`, ...).
    pub quantity: String,
    /// The formula, in the notation of the methods.
    pub formula: String,
    /// Named inputs.
    pub inputs: Vec<Input>,
    /// The result, when it is a number.
    pub result: Option<f64>,
    /// Thresholds, choices and caveats in words.
    pub note: Option<String>,
}

/// Named inputs of an explanation.
pub(crate) fn inputs<S: Into<String>>(pairs: impl IntoIterator<Item = (S, f64)>) -> Vec<Input> {
    pairs.into_iter().map(|(name, value)| Input { name: name.into(), value }).collect()
}

/// The milestone for the as-of date.
pub(crate) fn milestone(path: &Path, m: &Milestone) -> Explanation {
    let anchors = path.anchors();
    let segment = anchors.windows(2).find(|w| matches!(w, [a, b] if a.t < m.t && m.t < b.t));
    let mut named = vec![("t", m.t)];
    if let Some([a, b]) = segment {
        named.extend([("t0", a.t), ("v0", a.value), ("t1", b.t), ("v1", b.value)]);
    }
    let formula = match (m.kind, m.curve) {
        (_, Some(Curve::Linear)) => "v0 + (v1 - v0) (t - t0) / (t1 - t0)",
        (_, Some(Curve::Compound)) => "v0 (v1 / v0)^((t - t0) / (t1 - t0))",
        (_, Some(Curve::Logistic)) => "logit((v - 0) / 100) linear in t between the anchors",
        (_, Some(Curve::Step)) => "v0 until t1",
        (MilestoneKind::Held, _) => "the last target holds after its year",
        _ => "the anchor's own value",
    };
    Explanation {
        quantity: "milestone".to_owned(),
        formula: formula.to_owned(),
        inputs: inputs(named),
        result: Some(m.value),
        note: Some(format!(
            "{:?}; anchors: {}",
            m.kind,
            anchors.iter().map(|a| format!("{} at {}", a.value, a.t)).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// Attained, percent of target, progress from baseline and gap.
pub(crate) fn achievement(
    target: &Target,
    ind: &Indicator,
    baseline: Option<&Point>,
    y: &Point,
    a: &Achievement,
) -> Vec<Explanation> {
    let v = target.value;
    let sym = target.comparator.symbol(ind.polarity);
    let b = baseline.map(|b| b.value);
    let mut base = vec![("y", y.value), ("V", v)];
    if let Some(b) = b {
        base.push(("B", b));
    }
    vec![
        Explanation {
            quantity: "attained".to_owned(),
            formula: format!("y {sym} V ({}), values within a relative 1e-9 are equal", target.comparator.as_str()),
            inputs: inputs(vec![("y", y.value), ("V", v)]),
            result: Some(if a.attained { 1.0 } else { 0.0 }),
            note: Some(format!("value of {} ({})", y.year, y.source.as_deref().unwrap_or("illustrative"))),
        },
        Explanation {
            quantity: "percent_of_target".to_owned(),
            formula: if ind.polarity == Polarity::LowerIsBetter {
                "100 V / y".to_owned()
            } else {
                "100 y / V".to_owned()
            },
            inputs: inputs(vec![("y", y.value), ("V", v)]),
            result: a.percent_of_target,
            note: a.percent_of_target_reason.map(|r| r.code().to_owned()),
        },
        Explanation {
            quantity: "progress_from_baseline".to_owned(),
            formula: "(y - B) / (V - B); 1 = reached, negative = regression".to_owned(),
            inputs: inputs(base),
            result: a.progress_from_baseline,
            note: a.progress_from_baseline_reason.map(|r| r.code().to_owned()),
        },
        Explanation {
            quantity: "gap".to_owned(),
            formula: format!("d (V - y) with d = {}; positive = still to go", ind.polarity.sign()),
            inputs: inputs(vec![("y", y.value), ("V", v)]),
            result: Some(a.gap),
            note: None,
        },
    ]
}

/// The growth-rate ratio.
pub(crate) fn growth(b: &Point, y: &Point, year: i32, v: f64, g: &GrowthRatio) -> Explanation {
    Explanation {
        quantity: "growth_rate_ratio".to_owned(),
        formula: "RR = [(y / B)^(1 / (t - t0)) - 1] / [(V / B)^(1 / (T - t0)) - 1]".to_owned(),
        inputs: inputs(vec![
            ("B", b.value),
            ("t0", b.t),
            ("y", y.value),
            ("t", y.t),
            ("V", v),
            ("T", f64::from(year)),
        ]),
        result: g.ratio,
        note: Some(match g.reason {
            Some(r) => format!("not assessable: {}", r.code()),
            None => "RR >= 0.95 substantial, >= 0.6 moderate, >= 0 limited, < 0 deterioration; score piecewise linear through (-0.6, -5), (0, -2.5), (0.6, 0), (0.95, 2.5), (1.3, 5)".to_owned(),
        }),
    }
}

/// The time distance: how far ahead of (+) or behind (-) its path a value is.
pub(crate) fn time_distance(y: &Point, years: f64) -> Explanation {
    Explanation {
        quantity: "time_distance".to_owned(),
        formula: "t* - t, where the milestone path reaches y at t*".to_owned(),
        inputs: inputs([("t", y.t), ("y", y.value), ("t*", y.t + years)]),
        result: Some(years),
        note: Some("positive: ahead of the path by that many years; negative: behind".to_owned()),
    }
}

/// The pace required from the latest value to the target.
pub(crate) fn required_pace(y: &Point, v: f64, year: i32, pace: &RequiredPace) -> Explanation {
    Explanation {
        quantity: "required_pace".to_owned(),
        formula: "linear (V - y) / (T - t) a year; compound (V / y)^(1 / (T - t)) - 1".to_owned(),
        inputs: inputs(vec![("y", y.value), ("t", y.t), ("V", v), ("T", f64::from(year))]),
        result: pace.linear,
        note: pace.reason.map(|r| r.code().to_owned()),
    }
}

/// The projection to the target year.
pub(crate) fn projection(input: &ProjectionInput, p: &Projection) -> Explanation {
    Explanation {
        quantity: "projection".to_owned(),
        formula: format!(
            "weighted least squares of {} on t, weights (t_i - t_first) + 1; gap = (V - projected) / (V - B)",
            if input.model == Model::LogLinear { "ln(value)" } else { "value" }
        ),
        inputs: inputs(input.observations.iter().map(|(t, y)| (format!("y({t})"), *y))),
        result: p.projected,
        note: Some(format!(
            "gap <= 0 on track, 0 < gap <= 1 needs acceleration, gap > 1 regression; {}% prediction interval from Student's t with n - 2 degrees of freedom",
            input.level * 100.0
        )),
    }
}

/// The status of a near-baseline target, judged by its milestone path.
pub(crate) fn status_by_path(y: &Point, m: &Milestone, b: &Point, score: f64) -> Explanation {
    Explanation {
        quantity: "status".to_owned(),
        formula:
            "milestone path: y meets m(t) → substantial (2.5); y holds B → limited (0); y below B → deterioration (-5)"
                .to_owned(),
        inputs: inputs(vec![("y", y.value), ("m(t)", m.value), ("B", b.value)]),
        result: Some(score),
        note: Some(
            "the target is within 1% of its baseline, so the growth-rate ratio would divide by a rate near zero"
                .to_owned(),
        ),
    }
}
