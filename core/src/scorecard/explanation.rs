//! How each number of the scorecard was obtained: its formula, its named inputs, its result and the
//! thresholds or caveats that apply.

use serde::{Deserialize, Serialize};

use crate::calc::achievement::Achievement;
use crate::calc::cumulative::{CumulativeInput, CumulativeProgress};
use crate::calc::milestone::{Curve, Milestone, MilestoneKind, Path};
use crate::calc::progress::{GrowthRatio, NotAssessable, PaceAbsent, RequiredPace};
use crate::calc::projection::{Model, Projection, ProjectionInput};
use crate::calc::rank::{FieldBasis, RankInput, RankProgress, RankRead};
use crate::calc::yearly_rate::YearlyRateProgress;
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

/// The categories and score every method shares.
const THRESHOLDS: &str = "ratio >= 0.95 substantial, >= 0.6 moderate, >= 0 limited, < 0 deterioration; score piecewise linear through (-0.6, -5), (0, -2.5), (0.6, 0), (0.95, 2.5), (1.3, 5)";

/// A number for a note, to four decimals.
fn short(x: f64) -> String {
    format!("{}", (x * 1e4).round() / 1e4)
}

/// The thresholds, or why the ratio is not assessable.
fn verdict(reason: Option<NotAssessable>, prefix: &str) -> String {
    match reason {
        Some(r) => format!("{prefix}not assessable: {}", r.code()),
        None => format!("{prefix}{THRESHOLDS}"),
    }
}

/// A pace's note: why it is absent, or what it means.
fn pace_note(reason: Option<PaceAbsent>, meaning: &str) -> Option<String> {
    Some(reason.map_or_else(|| meaning.to_owned(), |r| r.code().to_owned()))
}

/// A yearly rate: each year against the target rate, the mean rate, the rate still required.
pub(crate) fn yearly_rate(target: &Target, ind: &Indicator, start: &str, p: &YearlyRateProgress) -> Vec<Explanation> {
    let (v, sym) = (target.value, target.comparator.symbol(ind.polarity));
    let each: Vec<String> = p
        .years
        .iter()
        .map(|y| {
            format!(
                "{} {}: {} (gap {})",
                y.year,
                y.rate,
                if y.attained { "attained" } else { "not attained" },
                short(y.gap)
            )
        })
        .collect();
    let mut named: Vec<(String, f64)> = p.years.iter().map(|y| (format!("r({})", y.year), y.rate)).collect();
    named.push(("V".to_owned(), v));
    let n = p.years.len() as f64;
    let mut mean_inputs = vec![("n", n), ("V", v)];
    if let Some(g) = p.mean_rate {
        mean_inputs.push(("g", g));
    }
    vec![
        Explanation {
            quantity: "yearly_rates".to_owned(),
            formula: format!(
                "each year r_i {sym} V ({}); gap d (V - r_i) with d = {}",
                target.comparator.as_str(),
                ind.polarity.sign()
            ),
            inputs: inputs(named),
            result: Some(p.years_attained as f64),
            note: Some(format!(
                "{} of {} years attained: {}; {start}",
                p.years_attained,
                p.years.len(),
                each.join("; ")
            )),
        },
        Explanation {
            quantity: "mean_yearly_rate".to_owned(),
            formula: "g = ((Π(1 + r_i/100))^(1/n) - 1)·100; ratio = g / V (V / g when lower is better)".to_owned(),
            inputs: inputs(mean_inputs),
            result: p.ratio,
            note: Some(verdict(p.reason, &format!("achieved when g {sym} V; "))),
        },
        Explanation {
            quantity: "required_pace".to_owned(),
            formula: "r* = ((1 + V/100)^(n + m) / Π(1 + r_i/100))^(1/m) - 1, in percent, in each of the m years left"
                .to_owned(),
            inputs: inputs(vec![("V", v), ("n", n), ("m", p.remaining_years.map_or(0.0, f64::from))]),
            result: p.required_rate,
            note: pace_note(
                p.pace_reason,
                "the rate each remaining year needs for the mean over the n + m years to be V",
            ),
        },
    ]
}

/// A cumulative change: its straight path from 0 and the paces.
pub(crate) fn cumulative(c: &CumulativeInput, start: &str, p: &CumulativeProgress) -> Vec<Explanation> {
    let along = match (p.path_value, p.ahead, p.pace_achieved, p.pace_required) {
        (Some(m), Some(a), Some(pa), Some(pr)) => format!(
            "path p(t) = {}, {} by {}; pace achieved {} a year, required {} a year; ",
            short(m),
            if a >= 0.0 { "ahead" } else { "behind" },
            short(a.abs()),
            short(pa),
            short(pr)
        ),
        _ => String::new(),
    };
    vec![
        Explanation {
            quantity: "straight_path".to_owned(),
            formula: "p(t) = V (t - s) / (T - s); ratio = [y / (t - s)] / [V / (T - s)]".to_owned(),
            inputs: inputs(vec![("s", c.start_t), ("t", c.t), ("y", c.value), ("T", c.target_t), ("V", c.target)]),
            result: p.ratio,
            note: Some(verdict(
                p.reason,
                &format!("{start}: s = {} is its start, where the change is 0; {along}", c.start_t),
            )),
        },
        Explanation {
            quantity: "required_pace".to_owned(),
            formula: "(V - y) / (T - t), change a year".to_owned(),
            inputs: inputs(vec![("y", c.value), ("t", c.t), ("V", c.target), ("T", c.target_t)]),
            result: p.required_pace,
            note: pace_note(p.pace_reason, "the change a year still needed to reach V by T"),
        },
    ]
}

/// A rank read in words: raw, its field and where that comes from, its share.
fn rank_words(what: &str, r: &RankRead) -> String {
    let basis = match r.field_basis {
        FieldBasis::Observed => "given with the observation",
        FieldBasis::DefaultByYear => "by its year: 63 until the 2023 round, 34 from the 2024 round",
        FieldBasis::Start | FieldBasis::Given => "",
    };
    format!("{what} rank {} of {} (share {}; field {basis})", r.rank, r.field, short(r.share))
}

/// A rank: positions gained against positions needed, the pace still needed and the projection.
pub(crate) fn rank(i: &RankInput, p: &RankProgress) -> Vec<Explanation> {
    let mut named = vec![
        ("r0", p.start.rank),
        ("n0", f64::from(p.start.field)),
        ("t0", p.start.t),
        ("r", p.latest.rank),
        ("n", f64::from(p.latest.field)),
        ("t", p.latest.t),
        ("V", i.target),
        ("n_V", f64::from(p.target_field)),
    ];
    let when: Vec<(&str, f64)> = i.target_t.map(|big_t| ("T", big_t)).into_iter().collect();
    named.extend(when.iter().copied());
    let compared = if p.by_share {
        format!(
            "fields differ, so ranks are compared by their share of the field: r0' = {}, r' = {}",
            short(p.start.equivalent_rank),
            short(p.latest.equivalent_rank)
        )
    } else {
        "one field: raw ranks compared".to_owned()
    };
    let note = format!(
        "{}; {}; target {} of {} (share {}, {}); {compared}; ",
        rank_words("start", &p.start),
        rank_words("latest", &p.latest),
        i.target,
        p.target_field,
        short(p.target_share),
        if p.target_field_basis == FieldBasis::Given {
            "the field given for the target"
        } else {
            "the field of the start"
        }
    );
    let mut pace_inputs = vec![("r'", p.latest.equivalent_rank), ("t", p.latest.t), ("V", i.target)];
    pace_inputs.extend(when.iter().copied());
    let mut projection_inputs = vec![("r", p.latest.rank), ("n", f64::from(p.latest.field))];
    projection_inputs.extend(p.positions_gained_per_year.map(|g| ("g", g)));
    projection_inputs.extend(when.iter().copied());
    let mut all = vec![
        Explanation {
            quantity: "rank_pace".to_owned(),
            formula: format!(
                "r' = rank / field × n_V; ratio = [d (r' - r0') / (t - t0)] / [d (V - r0') / (T - t0)] with d = {}",
                i.polarity.sign()
            ),
            inputs: inputs(named),
            result: p.ratio,
            note: Some(verdict(p.reason, &note)),
        },
        Explanation {
            quantity: "required_pace".to_owned(),
            formula: "d (V - r') / (T - t), positions of the target's field a year".to_owned(),
            inputs: inputs(pace_inputs),
            result: p.required_pace,
            note: pace_note(p.pace_reason, "positions a year still to gain to reach V by T"),
        },
    ];
    // A projection needs a pace so far and time left: explained only when there is one.
    all.extend(p.projected_rank.map(|projected| Explanation {
        quantity: "rank_projection".to_owned(),
        formula: "(r / n + d g / n_V (T - t)) n, bounded to 1..n: the pace so far carried to T, as a rank of the latest field".to_owned(),
        inputs: inputs(projection_inputs),
        result: Some(projected),
        note: None,
    }));
    all
}
