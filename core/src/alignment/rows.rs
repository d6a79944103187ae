//! The rows of an alignment: one per indicator, tier and year that either plan sets, each side stated or
//! read from the other plan's milestone path.

use serde::{Deserialize, Serialize};

use crate::alignment::verdict::{bound, judge, Bound, Verdict};
use crate::calc::milestone::{indicator_path, Curve, MilestoneKind};
use crate::model::{Comparator, Indicator, MeasureUnit, Plan, Polarity, Target, Tier};

/// Where a side's figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The plan states a target for this indicator, tier and year.
    Stated,
    /// The plan states none for this year: the value is read from its straight milestone path between
    /// the target years around it (with the comparator of the later one).
    Interpolated,
}

/// One plan's figure in a row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AlignedTarget {
    /// The value, in `unit`.
    pub value: f64,
    /// Its comparator.
    pub comparator: Comparator,
    /// The unit of this plan's indicator.
    pub unit: MeasureUnit,
    /// The polarity of this plan's indicator.
    pub polarity: Polarity,
    /// Stated or interpolated.
    pub basis: Basis,
    /// Id of the target stated (for an interpolated value, the target at the end of its segment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

/// What makes a row's verdict need a second look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RowWarning {
    /// Both sides come from the same plan (a plan compared with itself).
    SamePlan,
    /// The two plans give the indicator different units (percent against percent of GRDP).
    UnitMismatch,
    /// The two plans give the indicator different polarities.
    PolarityMismatch,
    /// One target is a floor and the other a ceiling.
    OppositeBounds,
}

impl RowWarning {
    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::SamePlan => "same_plan",
            Self::UnitMismatch => "unit_mismatch",
            Self::PolarityMismatch => "polarity_mismatch",
            Self::OppositeBounds => "opposite_bounds",
        }
    }
}

/// Both plans' targets for one indicator, tier and year, and the verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AlignmentRow {
    /// Indicator id.
    pub indicator: String,
    /// The indicator's English name (the first plan's, or the second's where only it has the indicator).
    pub name: String,
    /// Its pillar, likewise.
    pub pillar: String,
    /// The tier, where the targets are set per tier.
    pub tier: Option<Tier>,
    /// The year, where stated.
    pub year: Option<i32>,
    /// The first plan's figure, if it has one.
    pub first: Option<AlignedTarget>,
    /// The second plan's figure, if it has one.
    pub second: Option<AlignedTarget>,
    /// How the first stands against the second.
    pub verdict: Verdict,
    /// First minus second, in the indicator's unit, when both are there and comparable.
    pub difference: Option<f64>,
    /// How much more the first asks, in the unit (positive: stricter; for a ceiling or a rank, the
    /// second's value minus the first's).
    pub margin: Option<f64>,
    /// What needs a second look.
    pub warnings: Vec<RowWarning>,
}

type Key<'a> = (&'a str, Option<Tier>, Option<i32>);

fn tier_order(t: Option<Tier>) -> u8 {
    match t {
        None => 0,
        Some(Tier::Province) => 1,
        Some(Tier::District) => 2,
        Some(Tier::Commune) => 3,
        Some(Tier::OwnUnit) => 4,
    }
}

/// The keys both plans set, indicators in the first plan's order then the second's, then tier, then year.
fn keys<'a>(first: &'a Plan, second: &'a Plan) -> Vec<Key<'a>> {
    let mut order: Vec<&str> = first.indicators.iter().map(|i| i.id.as_str()).collect();
    for i in &second.indicators {
        if !order.contains(&i.id.as_str()) {
            order.push(i.id.as_str());
        }
    }
    let mut keys: Vec<Key<'a>> = Vec::new();
    for t in first.targets.iter().chain(&second.targets) {
        let key = (t.indicator.as_str(), t.tier, t.year);
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    let position = |id: &str| order.iter().position(|o| *o == id).unwrap_or(order.len());
    let rank = |(ind, tier, year): &Key<'a>| (position(ind), tier_order(*tier), *year);
    crate::model::sort::by(&mut keys, |a, b| rank(a).cmp(&rank(b)));
    keys
}

fn stated(t: &Target, ind: &Indicator) -> AlignedTarget {
    AlignedTarget {
        value: t.value,
        comparator: t.comparator,
        unit: ind.unit,
        polarity: ind.polarity,
        basis: Basis::Stated,
        target: Some(t.id.clone()),
    }
}

/// One plan's figure for a key: its stated target, or a point strictly inside its milestone path.
fn side(plan: &Plan, (indicator, tier, year): Key<'_>) -> Option<AlignedTarget> {
    let ind = plan.indicator(indicator)?;
    if let Some(t) = plan.targets_of(indicator).find(|t| t.tier == tier && t.year == year) {
        return Some(stated(t, ind));
    }
    let year = year?;
    let path = indicator_path(plan, indicator, tier, None, None, Curve::Linear).ok()?;
    let m = path.at(f64::from(year)).ok()?;
    (m.kind == MilestoneKind::Interpolated).then(|| AlignedTarget {
        value: m.value,
        comparator: m.comparator.unwrap_or(Comparator::Reach),
        unit: ind.unit,
        polarity: ind.polarity,
        basis: Basis::Interpolated,
        target: m.target,
    })
}

/// Every row of `first` against `second`.
pub(crate) fn rows(first: &Plan, second: &Plan, same_plan: bool) -> Vec<AlignmentRow> {
    keys(first, second).into_iter().map(|key| row(first, second, key, same_plan)).collect()
}

fn row(first: &Plan, second: &Plan, key: Key<'_>, same_plan: bool) -> AlignmentRow {
    let (a, b) = (side(first, key), side(second, key));
    let named = first.indicator(key.0).or_else(|| second.indicator(key.0));
    let mut warnings = Vec::new();
    if same_plan {
        warnings.push(RowWarning::SamePlan);
    }
    let (verdict, difference, margin) = match (&a, &b) {
        (Some(x), Some(y)) => compare(x, y, &mut warnings),
        (Some(_), None) => (Verdict::OnlyFirst, None, None),
        _ => (Verdict::OnlySecond, None, None),
    };
    AlignmentRow {
        indicator: key.0.to_owned(),
        name: named.map_or_else(String::new, |i| i.name_en.clone()),
        pillar: named.map_or_else(String::new, |i| i.pillar.clone()),
        tier: key.1,
        year: key.2,
        first: a,
        second: b,
        verdict,
        difference,
        margin,
        warnings,
    }
}

fn compare(
    x: &AlignedTarget,
    y: &AlignedTarget,
    warnings: &mut Vec<RowWarning>,
) -> (Verdict, Option<f64>, Option<f64>) {
    if x.unit != y.unit {
        warnings.push(RowWarning::UnitMismatch);
    }
    if x.polarity != y.polarity {
        warnings.push(RowWarning::PolarityMismatch);
    }
    let opposite = matches!(
        (bound(x.comparator, x.polarity), bound(y.comparator, y.polarity)),
        (Bound::Floor, Bound::Ceiling) | (Bound::Ceiling, Bound::Floor)
    );
    if opposite {
        warnings.push(RowWarning::OppositeBounds);
    }
    if x.unit != y.unit || x.polarity != y.polarity || opposite {
        return (Verdict::Incomparable, None, None);
    }
    match judge((x.value, x.comparator, x.polarity), (y.value, y.comparator, y.polarity)) {
        Some((verdict, margin)) => {
            let difference = if margin == 0.0 { 0.0 } else { x.value - y.value };
            (verdict, Some(difference), Some(margin))
        }
        None => (Verdict::Incomparable, None, None),
    }
}
