//! The merged unit's view: a successor province's predecessors, the plans it carries from them side by
//! side indicator by indicator, the predecessors' figures combined into the merged unit's, and each
//! predecessor's target judged against the merged figure. Targets are never merged: where two plans set
//! different targets for one indicator and year, each is shown with the merged figure against it.

use serde::{Deserialize, Serialize};
use time::Date;

use super::carry::resolve_units;
use super::{combine, CombineRule, Combined, MergerError, Part, Weights};
use crate::calc::achievement::{achievement, Achievement};
use crate::calc::succession::Lineage;
use crate::model::register::{RegisteredUnit, Share};
use crate::model::{AdministrativeUnit, Comparator, MeasureUnit, ObservationSet, Plan, Polarity, Tier};

/// Why the merged unit has no figure, or a target is not judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MergeReason {
    /// A rank: the predecessors' places are not combined, and a predecessor's rank target is not
    /// assessable for the merged unit.
    RankNotCombined,
    /// Some predecessor has no figure of the indicator up to the date.
    MissingFigures,
    /// Every predecessor has figures, but of no common year.
    NoCommonYear,
    /// A predecessor gave only part of its area to the merged unit.
    PartOfPredecessor,
    /// A weight is missing or the inputs were refused (see the note).
    CombineFailed,
}

impl MergeReason {
    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::RankNotCombined => "rank_not_combined",
            Self::MissingFigures => "missing_figures",
            Self::NoCommonYear => "no_common_year",
            Self::PartOfPredecessor => "part_of_predecessor",
            Self::CombineFailed => "combine_failed",
        }
    }
}

/// A predecessor of the merged unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct MergedPredecessor {
    /// The unit.
    pub unit: RegisteredUnit,
    /// Whether all of it went into the merged unit.
    pub share: Share,
    /// Its plans the merged unit carries (ids).
    pub plans: Vec<String>,
    /// Its weight.
    pub weight: Option<f64>,
}

/// One predecessor's figure of an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PredecessorFigure {
    /// The predecessor's code.
    pub unit: String,
    /// Its year.
    pub year: i32,
    /// The figure.
    pub value: f64,
    /// Its numerator, where given.
    pub numerator: Option<f64>,
    /// Its denominator, where given.
    pub denominator: Option<f64>,
}

/// One predecessor's target, with the merged figure against it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct TargetAgainst {
    /// The plan's id.
    pub plan: String,
    /// The code of the predecessor that adopted it.
    pub adopted_by: String,
    /// The target's id.
    pub target: String,
    /// Its year.
    pub year: Option<i32>,
    /// Its comparator.
    pub comparator: Comparator,
    /// Its value.
    pub value: f64,
    /// The merged figure against it; absent with `reason`.
    pub achievement: Option<Achievement>,
    /// Why it is not judged.
    pub reason: Option<MergeReason>,
}

/// One indicator of the carried plans, for the merged unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct MergedIndicator {
    /// Indicator id.
    pub indicator: String,
    /// Name in English (of the first plan that defines it).
    pub name_en: String,
    /// Unit of measure.
    pub unit: MeasureUnit,
    /// Polarity.
    pub polarity: Polarity,
    /// Every predecessor's target for the unit as a whole, plan by plan.
    pub targets: Vec<TargetAgainst>,
    /// Every predecessor's figures up to the date (unit as a whole or province tier).
    pub figures: Vec<PredecessorFigure>,
    /// The predecessors without a figure (codes).
    pub missing: Vec<String>,
    /// The year combined: the latest in which every predecessor has a figure.
    pub year: Option<i32>,
    /// The merged figure, with its rule and inputs.
    pub merged: Option<Combined>,
    /// Why there is no merged figure.
    pub reason: Option<MergeReason>,
    /// What went wrong in words, where something did.
    pub note: Option<String>,
}

/// A successor province seen through its predecessors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct MergedView {
    /// The merged unit.
    pub unit: RegisteredUnit,
    /// The date.
    #[schemars(with = "String", extend("format" = "date"))]
    #[serde(with = "crate::model::date::iso")]
    pub as_of: Date,
    /// The weights of weighted means.
    pub weights: Weights,
    /// Its predecessors.
    pub predecessors: Vec<MergedPredecessor>,
    /// Each indicator of the plans it carries, in the order the plans give them.
    pub indicators: Vec<MergedIndicator>,
}

/// The merged view of `unit` (a code or name) on `as_of`: the plans in force for it that its
/// predecessors adopted, each indicator's targets side by side, its figures from `observations` (units
/// by code, name or the id of one of `aliases`) combined by the rule the indicator allows, weighted by
/// `weights` for a weighted mean (by default the communes each predecessor had).
pub fn merged_view<'r>(
    lineage: &Lineage<'r>,
    unit: &str,
    as_of: Date,
    plans: &[Plan],
    aliases: &[AdministrativeUnit],
    observations: &ObservationSet,
    weights: Option<&Weights>,
) -> Result<MergedView, MergerError> {
    let merged = lineage.unit_at(unit, as_of)?;
    let preds = lineage.predecessors(merged)?;
    if preds.is_empty() {
        return Err(MergerError::NotASuccessor { unit: merged.to_string() });
    }
    let counted;
    let weights = match weights {
        Some(w) => w,
        None => {
            let units: Vec<&RegisteredUnit> = preds.iter().map(|p| p.unit).collect();
            counted = Weights::communes(lineage, &units, as_of)?;
            &counted
        }
    };
    let in_force = lineage.plans_in_force(merged, as_of, plans)?;
    let predecessors: Vec<MergedPredecessor> = preds
        .iter()
        .map(|p| MergedPredecessor {
            unit: p.unit.clone(),
            share: p.share,
            plans: in_force
                .iter()
                .filter(|f| f.via.iter().chain([&f.adopted_by]).any(|u| u.is_same_unit(p.unit)))
                .map(|f| f.plan.id.clone())
                .collect(),
            weight: weights.of(&p.unit.code),
        })
        .collect();
    let resolved = resolve_units(lineage, aliases, observations);
    let mut ids: Vec<&str> = Vec::new();
    for f in &in_force {
        for t in &f.plan.targets {
            if !ids.contains(&t.indicator.as_str()) {
                ids.push(&t.indicator);
            }
        }
    }
    let indicators = ids
        .into_iter()
        .filter_map(|id| {
            let ind = in_force.iter().find_map(|f| f.plan.indicator(id))?;
            let ctx = Context { predecessors: &predecessors, observations, units: &resolved.units, as_of, weights };
            Some(indicator_view(&ctx, &in_force, ind))
        })
        .collect();
    Ok(MergedView { unit: merged.clone(), as_of, weights: weights.clone(), predecessors, indicators })
}

struct Context<'a, 'r> {
    predecessors: &'a [MergedPredecessor],
    observations: &'a ObservationSet,
    units: &'a [Option<&'r RegisteredUnit>],
    as_of: Date,
    weights: &'a Weights,
}

fn for_whole(tier: Option<Tier>) -> bool {
    matches!(tier, None | Some(Tier::Province) | Some(Tier::OwnUnit))
}

fn figures_of(ctx: &Context<'_, '_>, indicator: &str) -> Vec<PredecessorFigure> {
    let as_of_t = crate::model::observation::fractional_year(ctx.as_of);
    let mut out = Vec::new();
    for (o, unit) in ctx.observations.observations.iter().zip(ctx.units) {
        let Some(unit) = unit else { continue };
        let Some(p) = ctx.predecessors.iter().find(|p| p.unit.is_same_unit(unit)) else { continue };
        if o.indicator == indicator && for_whole(o.tier) && o.at.fractional_year() <= as_of_t {
            out.push(PredecessorFigure {
                unit: p.unit.code.clone(),
                year: o.at.year(),
                value: o.value,
                numerator: o.numerator,
                denominator: o.denominator,
            });
        }
    }
    crate::model::sort::by(&mut out, |a, b| (a.year, &a.unit).cmp(&(b.year, &b.unit)));
    out
}

fn indicator_view(
    ctx: &Context<'_, '_>,
    in_force: &[crate::calc::succession::PlanInForce<'_, '_>],
    ind: &crate::model::Indicator,
) -> MergedIndicator {
    let figures = figures_of(ctx, &ind.id);
    let missing: Vec<String> = ctx
        .predecessors
        .iter()
        .filter(|p| !figures.iter().any(|f| f.unit == p.unit.code))
        .map(|p| p.unit.code.clone())
        .collect();
    let (year, merged, reason, note) = merge_figures(ctx, ind.unit, &figures, &missing);
    let targets = in_force
        .iter()
        .flat_map(|f| f.plan.targets.iter().map(move |t| (f, t)))
        .filter(|(_, t)| t.indicator == ind.id && for_whole(t.tier))
        .map(|(f, t)| {
            let judged = merged
                .as_ref()
                .and_then(|m| achievement(t.comparator, ind.polarity, None, t.value, m.value, t.tolerance).ok());
            let reason = if judged.is_some() { None } else { reason.or(Some(MergeReason::MissingFigures)) };
            TargetAgainst {
                plan: f.plan.id.clone(),
                adopted_by: f.adopted_by.code.clone(),
                target: t.id.clone(),
                year: t.year,
                comparator: t.comparator,
                value: t.value,
                achievement: judged,
                reason,
            }
        })
        .collect();
    MergedIndicator {
        indicator: ind.id.clone(),
        name_en: ind.name_en.clone(),
        unit: ind.unit,
        polarity: ind.polarity,
        targets,
        figures,
        missing,
        year,
        merged,
        reason,
        note,
    }
}

type Merge = (Option<i32>, Option<Combined>, Option<MergeReason>, Option<String>);

fn merge_figures(ctx: &Context<'_, '_>, unit: MeasureUnit, figures: &[PredecessorFigure], missing: &[String]) -> Merge {
    if CombineRule::allowed(unit).is_empty() {
        let note = "ranks are not combined: each predecessor's rank was its own place among the provinces; the merged unit's rank is its own (the DTI 2024 ranks the 34 new units)";
        return (None, None, Some(MergeReason::RankNotCombined), Some(note.to_owned()));
    }
    if ctx.predecessors.iter().any(|p| p.share == Share::Part) {
        return (None, None, Some(MergeReason::PartOfPredecessor), None);
    }
    if !missing.is_empty() {
        let note = format!("no figure of {} up to {}; nothing is combined", missing.join(", "), ctx.as_of);
        return (None, None, Some(MergeReason::MissingFigures), Some(note));
    }
    let common = figures
        .iter()
        .map(|f| f.year)
        .filter(|y| ctx.predecessors.iter().all(|p| figures.iter().any(|f| f.year == *y && f.unit == p.unit.code)))
        .max();
    let Some(year) = common else { return (None, None, Some(MergeReason::NoCommonYear), None) };
    let parts: Vec<Part> = ctx
        .predecessors
        .iter()
        .filter_map(|p| figures.iter().rev().find(|f| f.year == year && f.unit == p.unit.code))
        .map(|f| Part {
            unit: f.unit.clone(),
            value: f.value,
            numerator: f.numerator,
            denominator: f.denominator,
            weight: ctx.weights.of(&f.unit),
        })
        .collect();
    let rule = CombineRule::default_for(unit, &parts).unwrap_or(CombineRule::WeightedMean);
    match combine(rule, unit, Some(ctx.weights.kind), &parts) {
        Ok(c) => (Some(year), Some(c), None, None),
        Err(e) => (Some(year), None, Some(MergeReason::CombineFailed), Some(e.to_string())),
    }
}
