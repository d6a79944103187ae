//! Semantic checks of a parsed plan or observation set: references, ranges, polarity, budget arithmetic.

use crate::error::{Problem, ProblemCode, Problems};
use crate::model::administrative_unit::AdministrativeUnit;
use crate::model::budget::{Budget, Dong};
use crate::model::comparator::Comparator;
use crate::model::indicator::Indicator;
use crate::model::measure_unit::{MeasureUnit, Polarity};
use crate::model::observation::{Observation, ObservationSet};
use crate::model::plan::{Plan, FORMAT_VERSION};
use crate::model::reporting::ReportingCalendar;
use crate::model::sort;
use crate::model::target::Target;

/// Which lists were read in full; references into an incomplete list are not checked (the element that
/// failed to read is reported already, and a second "unknown id" for it would be noise).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Complete {
    pub(crate) pillars: bool,
    pub(crate) indicators: bool,
}

/// Every check of a plan: its header, its lists, each indicator and each target, its budget and calendar.
pub(crate) fn plan(plan: &Plan, complete: Complete, problems: &mut Problems) {
    header(plan, problems);
    unique_ids("pillars", plan.pillars.iter().map(|x| x.id.as_str()), problems);
    unique_ids("indicators", plan.indicators.iter().map(|x| x.id.as_str()), problems);
    unique_ids("targets", plan.targets.iter().map(|x| x.id.as_str()), problems);
    for (i, pillar) in plan.pillars.iter().enumerate() {
        check_text(&format!("pillars[{i}].name_vi"), &pillar.name_vi, problems);
        check_text(&format!("pillars[{i}].name_en"), &pillar.name_en, problems);
    }
    indicators(plan, complete, problems);
    let by_id = IdIndex::new(plan.indicators.iter().map(|i| i.id.as_str()));
    let indicator_ids: Vec<&str> = plan.indicators.iter().map(|i| i.id.as_str()).collect();
    for (i, t) in plan.targets.iter().enumerate() {
        let path = format!("targets[{i}]");
        target(plan, &path, t, problems);
        match by_id.last(t.indicator.as_str()).and_then(|i| plan.indicators.get(i)) {
            Some(ind) => target_against_indicator(&path, t, ind, problems),
            None if complete.indicators => problems.error(
                format!("{path}.indicator"),
                ProblemCode::UnknownIndicator,
                format!("indicator {:?} is not defined in `indicators`", t.indicator),
                one_of(&indicator_ids),
            ),
            None => {}
        }
        if t.tolerance.is_some() && t.comparator != Comparator::About {
            problems.push(Problem::warning(
                format!("{path}.tolerance"),
                ProblemCode::ValueOutOfRange,
                format!("a tolerance is given for comparator {}, which ignores it", t.comparator.as_str()),
                "a tolerance only with comparator about",
            ));
        }
    }
    if let Some(budget) = &plan.budget {
        check_budget(budget, problems);
    }
    if let Some(reporting) = &plan.reporting {
        check_reporting(reporting, problems);
    }
}

/// The format version, id, document, jurisdiction and period.
fn header(plan: &Plan, problems: &mut Problems) {
    if plan.format_version != FORMAT_VERSION {
        problems.error(
            "format_version",
            ProblemCode::UnsupportedVersion,
            format!("format version {} is not supported", plan.format_version),
            format!("{FORMAT_VERSION}"),
        );
    }
    check_id("id", &plan.id, problems);
    check_text("document.title", &plan.document.title, problems);
    check_text("document.issuer", &plan.document.issuer, problems);
    unit("jurisdiction", &plan.jurisdiction, problems);
    let p = plan.period;
    if p.from.is_some_and(|f| f > p.to) {
        problems.error(
            "period.from",
            ProblemCode::InvalidPeriod,
            format!("period starts in {} after it ends in {}", p.from.unwrap_or_default(), p.to),
            "`from` <= `to`",
        );
    }
    if p.horizon.is_some_and(|h| h < p.to) {
        problems.error(
            "period.horizon",
            ProblemCode::InvalidPeriod,
            format!("horizon {} is before the period ends in {}", p.horizon.unwrap_or_default(), p.to),
            "`horizon` >= `to`",
        );
    }
}

/// Each indicator's names and pillar.
fn indicators(plan: &Plan, complete: Complete, problems: &mut Problems) {
    let pillar_ids: Vec<&str> = plan.pillars.iter().map(|p| p.id.as_str()).collect();
    for (i, ind) in plan.indicators.iter().enumerate() {
        let path = format!("indicators[{i}]");
        check_text(&format!("{path}.name_vi"), &ind.name_vi, problems);
        check_text(&format!("{path}.name_en"), &ind.name_en, problems);
        if complete.pillars && !pillar_ids.contains(&ind.pillar.as_str()) {
            problems.error(
                format!("{path}.pillar"),
                ProblemCode::UnknownPillar,
                format!("pillar {:?} is not defined in `pillars`", ind.pillar),
                one_of(&pillar_ids),
            );
        }
    }
}

/// One target on its own: quote, value, tolerance and year.
fn target(plan: &Plan, path: &str, t: &Target, problems: &mut Problems) {
    check_text(&format!("{path}.quote"), &t.quote, problems);
    if !t.value.is_finite() {
        problems.error(
            format!("{path}.value"),
            ProblemCode::NonFinite,
            format!("value is {}", t.value),
            "a finite number",
        );
    }
    if let Some(tol) = t.tolerance {
        if !tol.is_finite() || tol < 0.0 {
            problems.error(
                format!("{path}.tolerance"),
                ProblemCode::ValueOutOfRange,
                format!("tolerance is {tol}"),
                "a finite number >= 0",
            );
        }
    }
    let (first_year, last_year) = plan.target_years();
    if let Some(year) = t.year.filter(|y| first_year.is_some_and(|f| *y < f) || *y > last_year) {
        problems.error(
            format!("{path}.year"),
            ProblemCode::YearOutOfRange,
            format!("target year {year} is outside the plan's years"),
            format!("a year from {} to {last_year}", first_year.map_or("the start".to_owned(), |f| f.to_string())),
        );
    }
}

/// A target against its indicator: the value in the unit's range, the comparator along its polarity.
fn target_against_indicator(path: &str, t: &Target, ind: &Indicator, problems: &mut Problems) {
    if t.value.is_finite() {
        check_range(&format!("{path}.value"), t.value, ind.unit, problems);
    }
    if t.comparator.contradicts(ind.polarity) {
        problems.error(
            format!("{path}.comparator"),
            ProblemCode::ComparatorContradictsPolarity,
            format!(
                "comparator {} contradicts indicator {:?}, which is {:?}",
                t.comparator.as_str(),
                ind.id,
                ind.polarity
            ),
            match ind.polarity {
                Polarity::HigherIsBetter => "at_least, more_than, reach or about",
                Polarity::LowerIsBetter => "at_most, less_than, reach or about",
            },
        );
    }
}

/// Checks one administrative unit on its own (references to other units are checked by [`units`]).
pub(crate) fn unit(path: &str, u: &AdministrativeUnit, problems: &mut Problems) {
    check_id(&format!("{path}.id"), &u.id, problems);
    check_text(&format!("{path}.name"), &u.name, problems);
    if u.kind.level() != u.level {
        problems.error(
            format!("{path}.level"),
            ProblemCode::LevelMismatch,
            format!("level {} does not match kind {:?}", u.level.as_str(), u.kind),
            u.kind.level().as_str(),
        );
    }
    if let (Some(from), Some(s)) = (u.existed_from, &u.succeeded_by) {
        if s.on <= from {
            problems.error(
                format!("{path}.succeeded_by.on"),
                ProblemCode::InvalidPeriod,
                format!("the unit ends on {} before it begins on {from}", s.on),
                "a succession date after `existed_from`",
            );
        }
    }
}

/// Checks a register of units: each unit, unique ids, and that parents and successors are in it.
pub(crate) fn units(list: &[AdministrativeUnit], problems: &mut Problems) {
    unique_ids("units", list.iter().map(|u| u.id.as_str()), problems);
    let ids: Vec<&str> = list.iter().map(|u| u.id.as_str()).collect();
    for (i, u) in list.iter().enumerate() {
        let path = format!("units[{i}]");
        unit(&path, u, problems);
        let path = path.as_str();
        let mut refs: Vec<(String, &String)> = u.parent.iter().map(|p| (format!("{path}.parent"), p)).collect();
        if let Some(s) = &u.succeeded_by {
            refs.extend(s.into.iter().enumerate().map(|(k, id)| (format!("{path}.succeeded_by.into[{k}]"), id)));
        }
        for (at, id) in refs {
            if !ids.contains(&id.as_str()) {
                problems.error(at, ProblemCode::UnknownId, format!("unit {id:?} is not in the register"), one_of(&ids));
            }
        }
    }
}

pub(crate) fn one_of(ids: &[&str]) -> String {
    const SHOWN: usize = 12;
    if ids.is_empty() {
        return "an id defined in the plan (none are)".to_owned();
    }
    let shown: Vec<&str> = ids.iter().take(SHOWN).copied().collect();
    let more = if ids.len() > SHOWN { format!(" (and {} more)", ids.len() - SHOWN) } else { String::new() };
    format!("one of {}{more}", shown.join(", "))
}

pub(crate) fn check_id(path: &str, id: &str, problems: &mut Problems) {
    let ok = !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-' | '.'));
    if !ok {
        problems.error(
            path,
            ProblemCode::InvalidId,
            format!("id {id:?} is empty or has characters outside a-z 0-9 _ - ."),
            "a non-empty lowercase ASCII id such as `work_files_online`",
        );
    }
}

pub(crate) fn check_text(path: &str, text: &str, problems: &mut Problems) {
    if text.trim().is_empty() {
        problems.error(path, ProblemCode::EmptyText, "the text is empty", "non-empty text");
    }
}

pub(crate) fn unique_ids<'a>(list: &str, ids: impl Iterator<Item = &'a str>, problems: &mut Problems) {
    let ids: Vec<&str> = ids.collect();
    let index = IdIndex::new(ids.iter().copied());
    for (i, id) in ids.iter().enumerate() {
        check_id(&format!("{list}[{i}].id"), id, problems);
        match index.first(id) {
            Some(first) if first < i => problems.error(
                format!("{list}[{i}].id"),
                ProblemCode::DuplicateId,
                format!("id {id:?} is already used by {list}[{first}]"),
                "ids unique within the list",
            ),
            _ => {}
        }
    }
}

/// A list's ids sorted for lookup by binary search: the position of an id's first and last use.
/// (A map would do as well; a sorted list keeps the WebAssembly module free of a hash table's code.)
struct IdIndex<'a> {
    /// (id, position in the list), sorted by id and, for equal ids, by position.
    sorted: Vec<(&'a str, usize)>,
}

impl<'a> IdIndex<'a> {
    fn new(ids: impl Iterator<Item = &'a str>) -> Self {
        let mut sorted: Vec<(&'a str, usize)> = ids.enumerate().map(|(i, id)| (id, i)).collect();
        sort::by(&mut sorted, |a, b| a.0.cmp(b.0));
        IdIndex { sorted }
    }

    /// The positions in `sorted` of the entries with this id.
    fn range(&self, id: &str) -> &[(&'a str, usize)] {
        let start = self.sorted.partition_point(|(x, _)| *x < id);
        let end = self.sorted.partition_point(|(x, _)| *x <= id);
        self.sorted.get(start..end).unwrap_or_default()
    }

    fn first(&self, id: &str) -> Option<usize> {
        self.range(id).first().map(|(_, i)| *i)
    }

    fn last(&self, id: &str) -> Option<usize> {
        self.range(id).last().map(|(_, i)| *i)
    }
}

/// Checks a value against its unit's bounds; shares get their own code.
pub(crate) fn check_range(path: &str, value: f64, unit: MeasureUnit, problems: &mut Problems) {
    let (lo, hi) = unit.bounds();
    let below = lo.is_some_and(|l| value < l);
    let above = hi.is_some_and(|h| value > h);
    if !(below || above) {
        return;
    }
    let range = match (lo, hi) {
        (Some(l), Some(h)) => format!("{l}..{h}"),
        (Some(l), None) => format!(">= {l}"),
        (None, Some(h)) => format!("<= {h}"),
        (None, None) => "any value".to_owned(),
    };
    let code = if unit.is_share() { ProblemCode::PercentOutOfRange } else { ProblemCode::ValueOutOfRange };
    problems.error(
        path,
        code,
        format!("{value} is outside the range of unit {}", unit.as_str()),
        format!("a value in {range}"),
    );
}

fn check_budget(budget: &Budget, problems: &mut Problems) {
    let mut negative = false;
    let mut check_amount = |path: String, amount: Dong, problems: &mut Problems| {
        if amount.0 < 0 {
            negative = true;
            problems.error(
                path,
                ProblemCode::NegativeAmount,
                format!("amount {amount} is negative"),
                "an amount >= 0 đồng",
            );
        }
    };
    check_amount("budget.total".to_owned(), budget.total, problems);
    for (i, line) in budget.lines.iter().enumerate() {
        check_amount(format!("budget.lines[{i}].amount"), line.amount, problems);
    }
    for (i, sub) in budget.subtotals.iter().enumerate() {
        check_amount(format!("budget.subtotals[{i}].amount"), sub.amount, problems);
    }
    if negative || budget.lines.is_empty() {
        return;
    }
    match Dong::checked_sum(budget.lines.iter().map(|l| &l.amount)) {
        None => problems.error(
            "budget.lines",
            ProblemCode::ValueOutOfRange,
            "the lines add up to more than an i64 of đồng",
            "amounts that fit in 64 bits",
        ),
        Some(sum) if sum != budget.total => problems.error(
            "budget.lines",
            ProblemCode::BudgetLinesMismatch,
            format!(
                "the lines add up to {sum}, the stated total is {}; difference {}",
                budget.total,
                Dong(budget.total.0 - sum.0)
            ),
            format!("lines that add up to {}", budget.total),
        ),
        Some(_) => {}
    }
    for (i, sub) in budget.subtotals.iter().enumerate() {
        let covered = budget.lines.iter().filter(|l| sub.covers(l)).map(|l| &l.amount);
        if let Some(sum) = Dong::checked_sum(covered) {
            if sum != sub.amount {
                problems.error(
                    format!("budget.subtotals[{i}].amount"),
                    ProblemCode::BudgetSubtotalMismatch,
                    format!("the lines this subtotal covers add up to {sum}, the stated subtotal is {}", sub.amount),
                    format!("{sum}, or lines that add up to {}", sub.amount),
                );
            }
        }
    }
}

fn check_reporting(calendar: &ReportingCalendar, problems: &mut Problems) {
    for (i, s) in calendar.schedules.iter().enumerate() {
        let path = format!("reporting.schedules[{i}]");
        let months = s.frequency.months();
        let Some(shortest) = s.last_possible_day() else {
            problems.error(
                format!("{path}.month_of_period"),
                ProblemCode::InvalidDeadline,
                format!("month {} of a {months}-month period", s.month_of_period),
                format!("1..{months}"),
            );
            continue;
        };
        if s.day == 0 || s.day > shortest {
            problems.error(
                format!("{path}.day"),
                ProblemCode::InvalidDeadline,
                format!("day {} does not exist in every month the deadline falls in", s.day),
                format!("1..{shortest}"),
            );
        }
    }
}

pub(crate) fn observation_set(set: &ObservationSet, plan: Option<&Plan>, problems: &mut Problems) {
    if set.format_version != FORMAT_VERSION {
        problems.error(
            "format_version",
            ProblemCode::UnsupportedVersion,
            format!("format version {} is not supported", set.format_version),
            format!("{FORMAT_VERSION}"),
        );
    }
    for (i, o) in set.observations.iter().enumerate() {
        observation(o, plan, &|field| format!("observations[{i}].{field}"), problems);
    }
}

/// Checks one observation; `path` names a field (JSON path or CSV cell).
pub(crate) fn observation(
    o: &Observation,
    plan: Option<&Plan>,
    path: &dyn Fn(&str) -> String,
    problems: &mut Problems,
) {
    // A unit is named by an id (`tra_vinh`), its official code (`84`) or its name (`tỉnh Trà Vinh`), of
    // any period: `calc::merger::resolve_units` finds it on the observation's date.
    check_text(&path("unit"), &o.unit, problems);
    check_id(&path("indicator"), &o.indicator, problems);
    let year = o.at.year();
    if !(1900..=2200).contains(&year) {
        problems.error(
            path(if matches!(o.at, crate::model::ObservedAt::Year(_)) { "year" } else { "date" }),
            ProblemCode::InvalidDate,
            format!("year {year} is not plausible"),
            "a year from 1900 to 2200",
        );
    }
    let mut finite = true;
    for (field, v) in [("value", Some(o.value)), ("numerator", o.numerator), ("denominator", o.denominator)] {
        if let Some(v) = v.filter(|v| !v.is_finite()) {
            finite = false;
            problems.error(path(field), ProblemCode::NonFinite, format!("{field} is {v}"), "a finite number");
        }
    }
    if !finite {
        return;
    }
    if let Some(d) = o.denominator.filter(|d| *d <= 0.0) {
        problems.error(
            path("denominator"),
            ProblemCode::InvalidDenominator,
            format!("denominator is {d}"),
            "a denominator > 0",
        );
    } else if let (Some(n), Some(d)) = (o.numerator, o.denominator) {
        let ratio = n / d;
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-12);
        if !(close(o.value, ratio) || close(o.value, ratio * 100.0)) {
            problems.error(
                path("value"),
                ProblemCode::RatioMismatch,
                format!("value {} differs from numerator/denominator = {n}/{d} = {ratio}", o.value),
                format!("{ratio} (as a fraction) or {} (in percent)", ratio * 100.0),
            );
        }
    } else if o.numerator.is_some() != o.denominator.is_some() {
        problems.push(Problem::warning(
            path(if o.numerator.is_some() { "denominator" } else { "numerator" }),
            ProblemCode::MissingField,
            "a numerator without a denominator (or the reverse) cannot be rolled up as a ratio of sums",
            "both numerator and denominator, or neither",
        ));
    }
    let Some(plan) = plan else { return };
    match plan.indicator(&o.indicator) {
        None => problems.push(Problem::warning(
            path("indicator"),
            ProblemCode::UnknownIndicator,
            format!(
                "indicator {:?} is not in plan {:?}; the observation is kept but no target uses it",
                o.indicator, plan.id
            ),
            "an indicator id of the plan",
        )),
        Some(ind) => {
            check_range(&path("value"), o.value, ind.unit, problems);
            if ind.unit.is_share() && o.value > 0.0 && o.value <= 1.0 {
                problems.push(Problem::warning(
                    path("value"),
                    ProblemCode::ShareAsFraction,
                    format!(
                        "{} looks like a fraction, but {:?} is in percent; it was kept as {} percent, not rescaled",
                        o.value, ind.id, o.value
                    ),
                    format!("{} if a fraction was meant", o.value * 100.0),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_id_names_its_first_use_each_time() {
        let mut problems = Problems::default();
        unique_ids("targets", ["a", "b", "a", "c", "a", "b"].into_iter(), &mut problems);
        let found: Vec<(String, String)> = problems.into_list().into_iter().map(|p| (p.path, p.message)).collect();
        assert_eq!(
            found,
            vec![
                ("targets[2].id".to_owned(), "id \"a\" is already used by targets[0]".to_owned()),
                ("targets[4].id".to_owned(), "id \"a\" is already used by targets[0]".to_owned()),
                ("targets[5].id".to_owned(), "id \"b\" is already used by targets[1]".to_owned()),
            ]
        );
    }

    #[test]
    fn an_id_index_finds_the_first_and_last_use_and_nothing_else() {
        let index = IdIndex::new(["x", "a", "x", "b", "x"].into_iter());
        assert_eq!((index.first("x"), index.last("x")), (Some(0), Some(4)));
        assert_eq!((index.first("a"), index.last("a")), (Some(1), Some(1)));
        assert_eq!((index.first("c"), index.last("c")), (None, None));
        assert_eq!(IdIndex::new(std::iter::empty()).first(""), None);
    }
}
