//! The scorecard: for a plan, a set of observations and an as-of date, every target with its milestone
//! for that date, the latest value, attainment, progress status, and the explanation of each number,
//! summarised by pillar.
//!
//! Which observations count for a target: those of its indicator, at its tier (an observation with no
//! tier is the unit as a whole and matches a target with no tier), dated on or before the as-of date, of
//! the plan's own unit, or, when there are none, of the unit it belongs to (`jurisdiction.parent`): a
//! province's figure used for one of its cities is a **proxy**, and the row says so.
//!
//! The earliest of those observations is the baseline; the latest is the value judged. A target whose
//! year has passed is judged on the value of its year when there is one. A target within 1% of its
//! baseline is judged by the milestone path instead of the growth-rate ratio: meeting the milestone is
//! substantial progress (score 2.5), holding the baseline without meeting it limited progress (0), falling
//! below the baseline deterioration (-5).
//!
//! A pillar's score is the mean of its indicators' scores (an indicator's score is the mean of its
//! assessable targets' scores), reported only when at least 60% of its indicators are assessable.
//!
//! ```
//! use chitieu::scorecard::{Scorecard, Settings};
//! use chitieu::{bundled, ObservationSet};
//! let plan = bundled::plan("can_tho").unwrap();
//! let obs = bundled::observations().unwrap();
//! let card = Scorecard::build(&plan, &obs, time::macros::date!(2026 - 11 - 22), &Settings::default());
//! let top10 = card.rows.iter().find(|r| r.indicator == "dti_rank").unwrap();
//! assert!(top10.achievement.as_ref().unwrap().attained); // 5th in 2023, against "top 10"
//! ```

use serde::{Deserialize, Serialize};
use time::Date;

use crate::calc::achievement::{achievement, Achievement};
use crate::calc::milestone::{indicator_path, path_of, Anchor, Curve, Milestone, Path};
use crate::calc::progress::{
    growth_ratio, required_pace, Category, GrowthInput, GrowthRatio, NotAssessable, RequiredPace,
};
use crate::calc::projection::{project, Model, Projection, ProjectionInput};
use crate::error::ChitieuError;
use crate::model::comparator::{equal, Comparator};
use crate::model::indicator::Indicator;
use crate::model::measure_unit::{MeasureUnit, Polarity};
use crate::model::observation::{fractional_year, Observation, ObservationSet, ObservedAt};
use crate::model::plan::Plan;
use crate::model::target::{Target, Tier};

/// Choices a scorecard is computed with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Settings {
    /// Curve of the milestone paths.
    pub curve: Curve,
    /// Model of the projections.
    pub projection_model: Model,
    /// Coverage of the projection interval.
    pub interval_level: f64,
    /// Share of a pillar's indicators that must be assessable for its mean score to be reported.
    pub min_assessable_share: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Self { curve: Curve::Auto, projection_model: Model::Linear, interval_level: 0.9, min_assessable_share: 0.6 }
    }
}

/// An observed value as the scorecard used it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Point {
    /// Time as a fractional year.
    pub t: f64,
    /// Year of the observation.
    pub year: i32,
    /// The date, when the observation has one.
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub date: Option<Date>,
    /// Value.
    pub value: f64,
    /// Where the figure comes from; `None` for an illustrative value.
    pub source: Option<String>,
    /// The observation's note.
    pub note: Option<String>,
}

impl Point {
    fn of(o: &Observation) -> Self {
        let date = match o.at {
            ObservedAt::Date(d) => Some(d),
            ObservedAt::Year(_) => None,
        };
        Self {
            t: o.at.fractional_year(),
            year: o.at.year(),
            date,
            value: o.value,
            source: o.source.clone(),
            note: o.note.clone(),
        }
    }
}

/// Which value attainment was judged on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ValueBasis {
    /// The value of the target year.
    TargetYear,
    /// The latest value, before the target year (or when the target year has none).
    Latest,
}

/// How the status was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatusMethod {
    /// The target is attained.
    Attained,
    /// The growth-rate ratio.
    GrowthRateRatio,
    /// The milestone path (a target within 1% of its baseline).
    MilestonePath,
    /// Nothing could be assessed.
    None,
}

/// Whether a target is on track.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Status {
    /// Category.
    pub category: Category,
    /// Score on -5..+5; absent when not assessable.
    pub score: Option<f64>,
    /// How it was decided.
    pub method: StatusMethod,
    /// Why it is not assessable.
    pub reason: Option<NotAssessable>,
    /// The growth-rate ratio, when computed.
    pub growth: Option<GrowthRatio>,
}

/// One named input of an explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Input {
    /// Its name in the formula (`y`, `V`, `B`, `t0`).
    pub name: String,
    /// Its value.
    pub value: f64,
}

fn inputs<S: Into<String>>(pairs: impl IntoIterator<Item = (S, f64)>) -> Vec<Input> {
    pairs.into_iter().map(|(name, value)| Input { name: name.into(), value }).collect()
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

/// One target on the scorecard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Row {
    /// Target id.
    pub target: String,
    /// Indicator id.
    pub indicator: String,
    /// Indicator name as the document words it.
    pub name_vi: String,
    /// Indicator name in English.
    pub name_en: String,
    /// Pillar id.
    pub pillar: String,
    /// Target year.
    pub year: Option<i32>,
    /// Tier.
    pub tier: Option<Tier>,
    /// Comparator.
    pub comparator: Comparator,
    /// Target value.
    pub target_value: f64,
    /// Unit of measure.
    pub unit: MeasureUnit,
    /// Polarity.
    pub polarity: Polarity,
    /// The administrative unit whose observations were used.
    pub observed_unit: Option<String>,
    /// The observations are of another unit (the province a city belongs to), used as a stand-in.
    pub proxy: bool,
    /// Observations used.
    pub observations: usize,
    /// Earliest observation.
    pub baseline: Option<Point>,
    /// Latest observation on or before the as-of date.
    pub latest: Option<Point>,
    /// Which value attainment was judged on.
    pub value_basis: Option<ValueBasis>,
    /// The milestone for the as-of date.
    pub milestone: Option<Milestone>,
    /// Why there is no milestone.
    pub milestone_reason: Option<String>,
    /// Attained, percent of target, progress from baseline, gap.
    pub achievement: Option<Achievement>,
    /// On track?
    pub status: Status,
    /// Years ahead (+) of or behind (-) the milestone path.
    pub time_distance: Option<f64>,
    /// Why there is no time distance.
    pub time_distance_reason: Option<String>,
    /// Pace needed from the latest value.
    pub required_pace: Option<RequiredPace>,
    /// Projection to the target year from all observations.
    pub projection: Option<Projection>,
    /// How each number was obtained.
    pub explanations: Vec<Explanation>,
}

/// A pillar's (or the plan's) summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Summary {
    /// Pillar id (`None` for the whole plan).
    pub pillar: Option<String>,
    /// Name in English.
    pub name_en: String,
    /// Name as the document words it.
    pub name_vi: String,
    /// Indicators with at least one target.
    pub indicators: usize,
    /// Indicators with at least one assessable target.
    pub assessable: usize,
    /// Mean of the assessable indicators' scores, when enough are assessable.
    pub mean_score: Option<f64>,
    /// `insufficient_data` when too few are assessable.
    pub reason: Option<String>,
    /// Targets attained, of targets.
    pub attained: usize,
    /// Targets.
    pub targets: usize,
}

/// A plan's scorecard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Scorecard {
    /// Plan id.
    pub plan: String,
    /// The plan's unit.
    pub unit: String,
    /// As-of date.
    #[schemars(with = "String", extend("format" = "date"))]
    pub as_of: Date,
    /// As-of date as a fractional year.
    pub as_of_t: f64,
    /// Settings used.
    pub settings: Settings,
    /// One row per target, in the plan's order.
    pub rows: Vec<Row>,
    /// One summary per pillar, in the plan's order.
    pub pillars: Vec<Summary>,
    /// The whole plan.
    pub overall: Summary,
}

impl Scorecard {
    /// Builds the scorecard of `plan` from `observations` as of `as_of`.
    pub fn build(plan: &Plan, observations: &ObservationSet, as_of: Date, settings: &Settings) -> Self {
        let as_of_t = fractional_year(as_of);
        let rows: Vec<Row> = plan
            .targets
            .iter()
            .filter_map(|t| plan.indicator(&t.indicator).map(|i| (t, i)))
            .map(|(t, i)| row(plan, t, i, observations, as_of_t, settings))
            .collect();
        let pillars = plan
            .pillars
            .iter()
            .map(|p| summarise(Some(&p.id), &p.name_en, &p.name_vi, rows.iter().filter(|r| r.pillar == p.id), settings))
            .collect();
        let overall = summarise(None, "All pillars", "Toàn bộ kế hoạch", rows.iter(), settings);
        Self {
            plan: plan.id.clone(),
            unit: plan.jurisdiction.id.clone(),
            as_of,
            as_of_t,
            settings: settings.clone(),
            rows,
            pillars,
            overall,
        }
    }
}

/// The observations a target is judged on: those of its indicator at its tier, dated up to `until`, of
/// the plan's own unit or, when it has none, of the unit it belongs to (a proxy); sorted by time, with the
/// unit they are of. Non-finite values cannot come from the loaders; one built in code is left out.
fn observed_series<'a>(
    plan: &'a Plan,
    observations: &'a ObservationSet,
    indicator: &str,
    tier: Option<Tier>,
    until: f64,
) -> Option<(&'a str, Vec<&'a Observation>)> {
    std::iter::once(plan.jurisdiction.id.as_str())
        .chain(plan.jurisdiction.parent.as_deref())
        .map(|u| {
            let s: Vec<&Observation> = observations
                .series(u, indicator, tier)
                .into_iter()
                .filter(|o| o.at.fractional_year() <= until && o.value.is_finite())
                .collect();
            (u, s)
        })
        .find(|(_, s)| !s.is_empty())
}

fn row(
    plan: &Plan,
    target: &Target,
    ind: &Indicator,
    observations: &ObservationSet,
    as_of_t: f64,
    settings: &Settings,
) -> Row {
    let mut explanations = Vec::new();
    let own = &plan.jurisdiction.id;
    let (observed_unit, series) = observed_series(plan, observations, &target.indicator, target.tier, as_of_t)
        .map_or((None, Vec::new()), |(u, s)| (Some(u.to_owned()), s));
    let proxy = observed_unit.as_ref().is_some_and(|u| u != own);
    let baseline = series.first().map(|o| Point::of(o));
    let latest = series.last().map(|o| Point::of(o));
    let d = ind.polarity.sign();
    let v = target.value;

    // Milestone for the as-of date.
    let path = path_of(plan, target, baseline.as_ref().map(|b| Anchor::baseline(b.t, b.value)), settings.curve)
        .map_err(|e| e.code().to_owned());
    let (milestone, milestone_reason) = match &path {
        Ok(p) => match p.at(as_of_t) {
            Ok(m) => {
                explanations.push(milestone_explanation(p, &m));
                (Some(m), None)
            }
            Err(e) => (None, Some(e.code().to_owned())),
        },
        Err(code) => (None, Some(code.clone())),
    };

    // The value judged: the target year's, once it has passed and has one; else the latest.
    let in_target_year = target
        .year
        .filter(|y| f64::from(*y) <= as_of_t)
        .and_then(|y| series.iter().rev().find(|o| o.at.year() == y))
        .map(|o| Point::of(o));
    let (value_basis, judged) = match (in_target_year, &latest) {
        (Some(p), _) => (Some(ValueBasis::TargetYear), Some(p)),
        (None, Some(l)) => (Some(ValueBasis::Latest), Some(l.clone())),
        (None, None) => (None, None),
    };
    let achievement = judged.as_ref().and_then(|y| {
        let a = achievement(
            target.comparator,
            ind.polarity,
            baseline.as_ref().map(|b| b.value),
            v,
            y.value,
            target.tolerance,
        )
        .ok()?;
        explanations.extend(achievement_explanations(target, ind, baseline.as_ref(), y, &a));
        Some(a)
    });

    // Status.
    let status = match (&latest, &baseline, &achievement) {
        (None, _, _) | (_, None, _) => not_assessable(NotAssessable::NoObservations),
        (_, _, Some(a)) if a.attained => Status {
            category: Category::TargetAchieved,
            score: Some(5.0),
            method: StatusMethod::Attained,
            reason: None,
            growth: None,
        },
        (Some(y), Some(b), _) => match target.year {
            None => not_assessable(NotAssessable::NoTargetYear),
            Some(year) => match growth_ratio(&GrowthInput {
                baseline_t: b.t,
                baseline: b.value,
                target_t: f64::from(year),
                target: v,
                t: y.t,
                value: y.value,
                comparator: target.comparator,
                polarity: ind.polarity,
                tolerance: target.tolerance,
            }) {
                Err(_) => not_assessable(NotAssessable::NoObservations),
                Ok(g) => {
                    explanations.push(growth_explanation(b, y, year, v, &g));
                    match g.reason {
                        Some(NotAssessable::NearBaseline) => by_path(path.as_ref().ok(), y, b, d, g, &mut explanations),
                        Some(reason) => Status {
                            category: Category::NotAssessable,
                            score: None,
                            method: StatusMethod::None,
                            reason: Some(reason),
                            growth: Some(g),
                        },
                        None => Status {
                            category: g.category,
                            score: g.score,
                            method: StatusMethod::GrowthRateRatio,
                            reason: None,
                            growth: Some(g),
                        },
                    }
                }
            },
        },
    };

    // Time distance from the path, the pace required, the projection.
    let (time_distance, time_distance_reason) = match (&path, &latest) {
        (Ok(p), Some(y)) => match p.time_distance(y.t, y.value, ind.polarity) {
            Ok(years) => {
                explanations.push(Explanation {
                    quantity: "time_distance".to_owned(),
                    formula: "t* - t, where the milestone path reaches y at t*".to_owned(),
                    inputs: inputs([("t", y.t), ("y", y.value), ("t*", y.t + years)]),
                    result: Some(years),
                    note: Some("positive: ahead of the path by that many years; negative: behind".to_owned()),
                });
                (Some(years), None)
            }
            Err(u) => (None, Some(u.code().to_owned())),
        },
        (Err(code), _) => (None, Some(code.clone())),
        (_, None) => (None, Some(NotAssessable::NoObservations.code().to_owned())),
    };
    let required_pace = match (&latest, target.year) {
        (Some(y), Some(year)) => required_pace(y.value, y.t, v, f64::from(year)).ok().inspect(|pace| {
            explanations.push(Explanation {
                quantity: "required_pace".to_owned(),
                formula: "linear (V - y) / (T - t) a year; compound (V / y)^(1 / (T - t)) - 1".to_owned(),
                inputs: inputs(vec![("y", y.value), ("t", y.t), ("V", v), ("T", f64::from(year))]),
                result: pace.linear,
                note: pace.reason.map(|r| r.code().to_owned()),
            });
        }),
        _ => None,
    };
    let projection = match (target.year, series.len()) {
        (Some(year), n) if n >= 2 => {
            let input = ProjectionInput {
                observations: series.iter().map(|o| (o.at.fractional_year(), o.value)).collect(),
                baseline: baseline.as_ref().map(|b| b.value),
                target: v,
                target_t: f64::from(year),
                comparator: target.comparator,
                polarity: ind.polarity,
                tolerance: target.tolerance,
                model: settings.projection_model,
                level: settings.interval_level,
            };
            project(&input).ok().inspect(|p| {
                explanations.push(Explanation {
                    quantity: "projection".to_owned(),
                    formula: format!(
                        "weighted least squares of {} on t, weights (t_i - t_first) + 1; gap = (V - projected) / (V - B)",
                        if settings.projection_model == Model::LogLinear { "ln(value)" } else { "value" }
                    ),
                    inputs: inputs(input.observations.iter().map(|(t, y)| (format!("y({t})"), *y))),
                    result: p.projected,
                    note: Some(format!(
                        "gap <= 0 on track, 0 < gap <= 1 needs acceleration, gap > 1 regression; {}% prediction interval from Student's t with n - 2 degrees of freedom",
                        settings.interval_level * 100.0
                    )),
                });
            })
        }
        _ => None,
    };

    Row {
        target: target.id.clone(),
        indicator: ind.id.clone(),
        name_vi: ind.name_vi.clone(),
        name_en: ind.name_en.clone(),
        pillar: ind.pillar.clone(),
        year: target.year,
        tier: target.tier,
        comparator: target.comparator,
        target_value: v,
        unit: ind.unit,
        polarity: ind.polarity,
        observed_unit,
        proxy,
        observations: series.len(),
        baseline,
        latest,
        value_basis,
        milestone,
        milestone_reason,
        achievement,
        status,
        time_distance,
        time_distance_reason,
        required_pace,
        projection,
        explanations,
    }
}

fn not_assessable(reason: NotAssessable) -> Status {
    Status {
        category: Category::NotAssessable,
        score: None,
        method: StatusMethod::None,
        reason: Some(reason),
        growth: None,
    }
}

/// A near-baseline target judged by its milestone path at the latest observation's time.
fn by_path(
    path: Option<&Path>,
    y: &Point,
    b: &Point,
    d: f64,
    growth: GrowthRatio,
    explanations: &mut Vec<Explanation>,
) -> Status {
    let Some(m) = path.and_then(|p| p.at(y.t).ok()) else {
        return Status {
            category: Category::NotAssessable,
            score: None,
            method: StatusMethod::None,
            reason: Some(NotAssessable::NearBaseline),
            growth: Some(growth),
        };
    };
    let (category, score) = if d * (y.value - m.value) >= 0.0 || equal(y.value, m.value) {
        (Category::SubstantialProgress, 2.5)
    } else if d * (y.value - b.value) >= 0.0 || equal(y.value, b.value) {
        (Category::LimitedProgress, 0.0)
    } else {
        (Category::Deterioration, -5.0)
    };
    explanations.push(Explanation {
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
    });
    Status { category, score: Some(score), method: StatusMethod::MilestonePath, reason: None, growth: Some(growth) }
}

fn milestone_explanation(path: &Path, m: &Milestone) -> Explanation {
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
        (crate::calc::milestone::MilestoneKind::Held, _) => "the last target holds after its year",
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

fn achievement_explanations(
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

fn growth_explanation(b: &Point, y: &Point, year: i32, v: f64, g: &GrowthRatio) -> Explanation {
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

fn summarise<'a>(
    pillar: Option<&String>,
    name_en: &str,
    name_vi: &str,
    rows: impl Iterator<Item = &'a Row>,
    settings: &Settings,
) -> Summary {
    let rows: Vec<&Row> = rows.collect();
    let mut indicators: Vec<&str> = rows.iter().map(|r| r.indicator.as_str()).collect();
    indicators.sort_unstable();
    indicators.dedup();
    let scores: Vec<f64> = indicators
        .iter()
        .filter_map(|id| {
            let s: Vec<f64> = rows.iter().filter(|r| r.indicator == *id).filter_map(|r| r.status.score).collect();
            (!s.is_empty()).then(|| s.iter().sum::<f64>() / s.len() as f64)
        })
        .collect();
    let enough =
        !indicators.is_empty() && scores.len() as f64 >= settings.min_assessable_share * indicators.len() as f64;
    let mean_score = (enough && !scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
    Summary {
        pillar: pillar.cloned(),
        name_en: name_en.to_owned(),
        name_vi: name_vi.to_owned(),
        indicators: indicators.len(),
        assessable: scores.len(),
        mean_score,
        reason: mean_score.is_none().then(|| "insufficient_data".to_owned()),
        attained: rows.iter().filter(|r| r.achievement.as_ref().is_some_and(|a| a.attained)).count(),
        targets: rows.len(),
    }
}

/// One scorecard row flattened to plain columns: what a spreadsheet, a CSV file or a data frame wants.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FlatRow {
    /// Target id.
    pub target: String,
    /// Pillar id.
    pub pillar: String,
    /// Indicator id.
    pub indicator: String,
    /// Indicator name in English.
    pub name_en: String,
    /// Indicator name as the document words it.
    pub name_vi: String,
    /// Target year.
    pub year: Option<i32>,
    /// Tier.
    pub tier: Option<String>,
    /// Comparator.
    pub comparator: String,
    /// Target value.
    pub target_value: f64,
    /// Unit of measure.
    pub unit: String,
    /// Milestone for the as-of date.
    pub milestone: Option<f64>,
    /// Milestone kind.
    pub milestone_kind: Option<String>,
    /// Latest value.
    pub latest_value: Option<f64>,
    /// Year of the latest value.
    pub latest_year: Option<i32>,
    /// Source of the latest value; empty for an illustrative value.
    pub latest_source: Option<String>,
    /// Unit observed.
    pub observed_unit: Option<String>,
    /// The observation is of another unit.
    pub proxy: bool,
    /// Attained.
    pub attained: Option<bool>,
    /// Percent of target.
    pub percent_of_target: Option<f64>,
    /// Progress from baseline.
    pub progress_from_baseline: Option<f64>,
    /// Gap.
    pub gap: Option<f64>,
    /// Category code.
    pub status: String,
    /// Score.
    pub score: Option<f64>,
    /// Why not assessable.
    pub status_reason: Option<String>,
    /// Years ahead (+) or behind (-) the path.
    pub time_distance: Option<f64>,
    /// Projected value at the target year.
    pub projected: Option<f64>,
    /// Probability of attaining the target.
    pub probability: Option<f64>,
}

impl Row {
    /// This row as plain columns.
    pub fn flat(&self) -> FlatRow {
        let a = self.achievement.as_ref();
        FlatRow {
            target: self.target.clone(),
            pillar: self.pillar.clone(),
            indicator: self.indicator.clone(),
            name_en: self.name_en.clone(),
            name_vi: self.name_vi.clone(),
            year: self.year,
            tier: self.tier.map(|t| t.as_str().to_owned()),
            comparator: self.comparator.as_str().to_owned(),
            target_value: self.target_value,
            unit: self.unit.as_str().to_owned(),
            milestone: self.milestone.as_ref().map(|m| m.value),
            milestone_kind: self.milestone.as_ref().map(|m| format!("{:?}", m.kind).to_lowercase()),
            latest_value: self.latest.as_ref().map(|p| p.value),
            latest_year: self.latest.as_ref().map(|p| p.year),
            latest_source: self.latest.as_ref().and_then(|p| p.source.clone()),
            observed_unit: self.observed_unit.clone(),
            proxy: self.proxy,
            attained: a.map(|a| a.attained),
            percent_of_target: a.and_then(|a| a.percent_of_target),
            progress_from_baseline: a.and_then(|a| a.progress_from_baseline),
            gap: a.map(|a| a.gap),
            status: self.status.category.code().to_owned(),
            score: self.status.score,
            status_reason: self.status.reason.map(|r| r.code().to_owned()),
            time_distance: self.time_distance,
            projected: self.projection.as_ref().and_then(|p| p.projected),
            probability: self.projection.as_ref().and_then(|p| p.probability),
        }
    }
}

impl Scorecard {
    /// Every row as plain columns.
    pub fn flat_rows(&self) -> Vec<FlatRow> {
        self.rows.iter().map(Row::flat).collect()
    }

    /// The rows as CSV, one line per target, with a header.
    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut w = csv::Writer::from_writer(Vec::new());
        for row in self.flat_rows() {
            w.serialize(row)?;
        }
        let bytes = w.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The whole scorecard as JSON.
    pub fn to_json(&self) -> String {
        crate::io::json::to_json(self).unwrap_or_default()
    }
}

/// One milestone of the plan-wide table: an indicator at a tier in one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct MilestoneRow {
    /// Indicator id.
    pub indicator: String,
    /// Indicator name in English.
    pub name_en: String,
    /// Indicator name as the document words it.
    pub name_vi: String,
    /// Tier.
    pub tier: Option<Tier>,
    /// Unit of measure.
    pub unit: MeasureUnit,
    /// Year.
    pub year: i32,
    /// The milestone.
    pub milestone: Milestone,
}

/// The milestones of every indicator and tier of `plan` in each of `years`, on paths through all of
/// its target years; with `observations`, each path starts from its earliest observation (a proxy's,
/// as in the scorecard, when the plan's own unit has none). Indicators and tiers with fewer than two
/// anchors, and years before a path starts, are left out.
pub fn milestone_table(
    plan: &Plan,
    observations: Option<&ObservationSet>,
    years: &[i32],
    settings: &Settings,
) -> Vec<MilestoneRow> {
    let mut seen: Vec<(&str, Option<Tier>)> = Vec::new();
    let mut rows = Vec::new();
    for target in &plan.targets {
        let key = (target.indicator.as_str(), target.tier);
        if seen.contains(&key) || target.year.is_none() {
            continue;
        }
        seen.push(key);
        let Some(ind) = plan.indicator(&target.indicator) else { continue };
        let baseline = observations
            .and_then(|set| observed_series(plan, set, &target.indicator, target.tier, f64::INFINITY))
            .and_then(|(_, s)| s.first().map(|o| Point::of(o)));
        let Ok(path) = indicator_path(
            plan,
            &target.indicator,
            target.tier,
            baseline.as_ref().map(|b| Anchor::baseline(b.t, b.value)),
            None,
            settings.curve,
        ) else {
            continue;
        };
        for &year in years {
            if let Ok(milestone) = path.at(f64::from(year)) {
                rows.push(MilestoneRow {
                    indicator: ind.id.clone(),
                    name_en: ind.name_en.clone(),
                    name_vi: ind.name_vi.clone(),
                    tier: target.tier,
                    unit: ind.unit,
                    year,
                    milestone,
                });
            }
        }
    }
    rows
}
