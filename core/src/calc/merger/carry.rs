//! Observations of any period: each observation's unit found by code, name or a plan's unit id on the
//! observation's date, a warning where the unit was not in force then (naming what succeeded it; the
//! observation is never re-assigned), and figures carried forward from predecessors to successors by
//! the rules of [`super::combine`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use super::{combine, CombineRule, Combined, Part, Weights};
use crate::calc::succession::{Lineage, SuccessionError};
use crate::model::register::{RegisteredUnit, Share};
use crate::model::{AdministrativeUnit, Observation, ObservationSet, ObservedAt, Plan, Tier};

/// What is wrong with an observation's unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UnitWarningCode {
    /// No unit has this code, name or id.
    UnknownUnit,
    /// The name matches more than one unit on the date.
    AmbiguousUnit,
    /// The unit was not in force on the observation's date.
    OutsideValidity,
    /// A figure not carried forward: a predecessor's figure of the same time is missing, a predecessor
    /// gave only part of its area, the indicator is a rank, or its weight is missing.
    NotCarried,
}

/// A warning about one observation (or a group of them), with the path of the observation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct UnitWarning {
    /// What is wrong.
    pub code: UnitWarningCode,
    /// `observations[i].unit`.
    pub path: String,
    /// The unit as written.
    pub unit: String,
    /// The units that succeeded it, or the candidates of an ambiguous name (code and name).
    pub related: Vec<String>,
    /// In words.
    pub message: String,
}

/// Each observation's unit (where found) and the warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct ObservationUnits<'r> {
    /// One entry per observation, in order.
    pub units: Vec<Option<&'r RegisteredUnit>>,
    /// Warnings, in the order of the observations.
    pub warnings: Vec<UnitWarning>,
}

/// The day an observation is looked up on: its date, or the last day of its year.
fn day_of(at: ObservedAt) -> Date {
    match at {
        ObservedAt::Date(d) => d,
        ObservedAt::Year(y) => Date::from_calendar_date(y, Month::December, 31).unwrap_or(Date::MAX),
    }
}

/// Whether `unit` was in force at some time of `at` (any day of a year).
fn in_force_during(unit: &RegisteredUnit, at: ObservedAt) -> bool {
    match at {
        ObservedAt::Date(d) => unit.is_valid_on(d),
        ObservedAt::Year(y) => {
            unit.valid_from.is_none_or(|f| f.year() <= y) && unit.valid_to.is_none_or(|t| t.year() >= y)
        }
    }
}

fn label(u: &RegisteredUnit) -> String {
    format!("{} {}", u.code, u.official_name())
}

/// Finds the unit each observation names (a code, a name, or the id of one of `aliases`, such as a
/// bundled plan's unit `tra_vinh`) on the observation's date.
pub fn resolve_units<'r>(
    lineage: &Lineage<'r>,
    aliases: &[AdministrativeUnit],
    observations: &ObservationSet,
) -> ObservationUnits<'r> {
    let mut out = ObservationUnits { units: Vec::new(), warnings: Vec::new() };
    for (i, o) in observations.observations.iter().enumerate() {
        let path = format!("observations[{i}].unit");
        let (unit, warning) = resolve_one(lineage, aliases, o, path);
        out.units.push(unit);
        out.warnings.extend(warning);
    }
    out
}

fn resolve_one<'r>(
    lineage: &Lineage<'r>,
    aliases: &[AdministrativeUnit],
    o: &Observation,
    path: String,
) -> (Option<&'r RegisteredUnit>, Option<UnitWarning>) {
    let day = day_of(o.at);
    let found = match lineage.unit_at(&o.unit, day) {
        Err(SuccessionError::UnknownUnit { .. }) => match aliases.iter().find(|a| a.id == o.unit) {
            Some(alias) => lineage.unit_of(alias, day),
            None => lineage.unit_at(&o.unit, day),
        },
        other => other,
    };
    let warn = |code, related: Vec<String>, message: String| UnitWarning {
        code,
        path: path.clone(),
        unit: o.unit.clone(),
        related,
        message,
    };
    match found {
        Ok(u) if in_force_during(u, o.at) => (Some(u), None),
        Ok(u) => (Some(u), Some(outside(lineage, u, day, &warn))),
        Err(SuccessionError::NotInForce { units, .. }) => {
            match units.iter().find(|u| in_force_during(u, o.at)).or_else(|| units.last()) {
                Some(named) => {
                    let unit = lineage.unit_at(&named.code, named.valid_to.or(named.valid_from).unwrap_or(day)).ok();
                    match unit {
                        Some(u) if in_force_during(u, o.at) => (Some(u), None),
                        Some(u) => (Some(u), Some(outside(lineage, u, day, &warn))),
                        None => (
                            None,
                            Some(warn(
                                UnitWarningCode::UnknownUnit,
                                Vec::new(),
                                format!("{:?} is not in the register", o.unit),
                            )),
                        ),
                    }
                }
                None => (
                    None,
                    Some(warn(
                        UnitWarningCode::UnknownUnit,
                        Vec::new(),
                        format!("{:?} is not in the register", o.unit),
                    )),
                ),
            }
        }
        Err(SuccessionError::Ambiguous { candidates, .. }) => {
            let names: Vec<String> = candidates.iter().map(label).collect();
            let message = format!("{:?} matches {} units on {day}: {}", o.unit, names.len(), names.join("; "));
            (None, Some(warn(UnitWarningCode::AmbiguousUnit, names, message)))
        }
        Err(e) => (None, Some(warn(UnitWarningCode::UnknownUnit, Vec::new(), e.to_string()))),
    }
}

fn outside(
    lineage: &Lineage<'_>,
    u: &RegisteredUnit,
    day: Date,
    warn: &dyn Fn(UnitWarningCode, Vec<String>, String) -> UnitWarning,
) -> UnitWarning {
    let successors: Vec<String> =
        lineage.successors(u, day).map(|s| s.iter().map(|s| label(s.unit)).collect()).unwrap_or_default();
    let message = match successors.as_slice() {
        [] => format!("{u} was not in force on {day}; the observation is kept for {} as written", u.official_name()),
        _ => format!(
            "{u} was not in force on {day}: its area is now in {}; the observation is kept for {} as written, not re-assigned (carry it forward to combine it with the other predecessors)",
            successors.join(", "),
            u.official_name()
        ),
    };
    warn(UnitWarningCode::OutsideValidity, successors, message)
}

/// A figure carried forward: the successor's observation and how it was combined.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Carried {
    /// The successor's observation (unit: its code).
    pub observation: Observation,
    /// The successor.
    pub successor: RegisteredUnit,
    /// The combination, with its rule and inputs.
    pub combined: Combined,
}

/// Figures carried forward, and what could not be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CarriedForward {
    /// One per successor, indicator, tier and time of observation.
    pub carried: Vec<Carried>,
    /// Units not found or named outside their validity, and figures not carried.
    pub warnings: Vec<UnitWarning>,
}

type GroupKey = (String, String, Option<&'static str>, i32, Option<Date>);

/// Maps predecessors' figures to the provinces in force on `date`: for each successor, indicator, tier
/// and time, when every predecessor (each whole) has a figure of that time, they are combined by the
/// rule the indicator allows ([`CombineRule::default_for`]; its unit from the first of `plans` that
/// defines it), weighted by `weights` for a weighted mean. A figure of a unit still in force stays as
/// it is and is not listed.
pub fn carry_forward(
    lineage: &Lineage<'_>,
    plans: &[Plan],
    aliases: &[AdministrativeUnit],
    observations: &ObservationSet,
    date: Date,
    weights: &Weights,
) -> CarriedForward {
    let resolved = resolve_units(lineage, aliases, observations);
    let mut warnings = resolved.warnings;
    let mut groups: BTreeMap<GroupKey, Vec<(usize, &RegisteredUnit)>> = BTreeMap::new();
    let mut successors: BTreeMap<String, &RegisteredUnit> = BTreeMap::new();
    for (i, (o, unit)) in observations.observations.iter().zip(&resolved.units).enumerate() {
        let Some(unit) = unit.filter(|u| !u.is_valid_on(date)) else { continue };
        let Ok(next) = lineage.successors(unit, date) else { continue };
        for s in next {
            successors.insert(s.unit.code.clone(), s.unit);
            let at = match o.at {
                ObservedAt::Year(y) => (y, None),
                ObservedAt::Date(d) => (d.year(), Some(d)),
            };
            groups
                .entry((s.unit.code.clone(), o.indicator.clone(), o.tier.map(Tier::as_str), at.0, at.1))
                .or_default()
                .push((i, unit));
        }
    }
    let mut carried = Vec::new();
    for ((code, indicator, _, year, day), members) in groups {
        let Some(successor) = successors.get(&code).copied() else { continue };
        let first = members.first().map_or(0, |(i, _)| *i);
        let tier = observations.observations.get(first).and_then(|o| o.tier);
        let mut note = |message: String| {
            warnings.push(UnitWarning {
                code: UnitWarningCode::NotCarried,
                path: format!("observations[{first}]"),
                unit: code.clone(),
                related: members.iter().map(|(_, u)| label(u)).collect(),
                message,
            });
        };
        let what = format!("{indicator} of {year} for {}", successor.official_name());
        let Ok(preds) = lineage.predecessors(successor) else { continue };
        if preds.iter().any(|p| p.share == Share::Part) {
            note(format!("{what}: a predecessor gave only part of its area; its figure does not carry as it is"));
            continue;
        }
        let missing: Vec<String> = preds
            .iter()
            .filter(|p| !members.iter().any(|(_, u)| u.is_same_unit(p.unit)))
            .map(|p| label(p.unit))
            .collect();
        if !missing.is_empty() {
            note(format!("{what}: no figure of {} for the same time; nothing is combined", missing.join(", ")));
            continue;
        }
        let Some(measure) = plans.iter().find_map(|p| p.indicator(&indicator)).map(|i| i.unit) else {
            note(format!("{what}: no plan defines {indicator:?}, so no rule fits it"));
            continue;
        };
        let parts: Vec<Part> = members
            .iter()
            .filter_map(|(i, u)| observations.observations.get(*i).map(|o| (o, u)))
            .map(|(o, u)| Part {
                unit: u.code.clone(),
                value: o.value,
                numerator: o.numerator,
                denominator: o.denominator,
                weight: weights.of(&u.code),
            })
            .collect();
        let Some(rule) = CombineRule::default_for(measure, &parts) else {
            note(format!("{what}: a rank is not combined; the successor's rank is its own"));
            continue;
        };
        match combine(rule, measure, Some(weights.kind), &parts) {
            Ok(combined) => carried.push(Carried {
                observation: Observation {
                    unit: successor.code.clone(),
                    indicator: indicator.clone(),
                    at: day.map_or(ObservedAt::Year(year), ObservedAt::Date),
                    tier,
                    value: combined.value,
                    numerator: combined.numerator,
                    denominator: combined.denominator,
                    field: None,
                    source: Some(format!(
                        "carried forward from {}",
                        parts.iter().map(|p| p.unit.as_str()).collect::<Vec<_>>().join(", ")
                    )),
                    note: Some(combined.note.clone()),
                },
                successor: successor.clone(),
                combined,
            }),
            Err(e) => note(format!("{what}: {e}")),
        }
    }
    CarriedForward { carried, warnings }
}
