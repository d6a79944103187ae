//! Combining the predecessors' figures of one indicator into the merged unit's figure, by a rule the
//! indicator allows, with the rule's formula and every input named.
//!
//! - **ratio of sums** `Σ numerators / Σ denominators` (times 100 for a percentage), for shares, rates
//!   per thousand people, yields (output in quintals over area in hectares), the sex ratio at birth (boys born
//!   over girls born, times 100) and shares of a plan reached (amounts reached over amounts planned, times 100) where
//!   every predecessor gives its numerator and denominator;
//! - **weighted mean** `Σ w v / Σ w` with named weights (population, households, enterprises, number of
//!   communes), for shares and rates without their counts, yearly rates, cumulative changes, spans of
//!   years (life expectancy), access speeds, stays in days, fertility rates, sex ratios at birth (by population,
//!   when their births are not given) and yields;
//! - **mean of indices** `Σ v / n`, the rule of the national DTI 2024 (published October 2025), which
//!   scored each merged unit as the plain average of its predecessors' indices: for index scores only;
//! - **sum**, for counts, amounts (đồng, US dollars), areas, tonnages, lengths (kilometres), volumes (cubic
//!   metres), litres, floor areas (square metres), generating capacity (megawatts), electricity (kilowatt-hours) and
//!   the capacity of water plants (cubic metres a day).
//!
//! Ranks are never combined: a rank says where a unit stood among the others, and the merged unit's
//! place is not a function of its predecessors' places.
//!
//! ```
//! use chitieu::calc::merger::{combine, CombineRule, Part, WeightKind};
//! use chitieu::MeasureUnit;
//! let parts = [Part::ratio("84", 45.0, 90.0, 100.0), Part::ratio("86", 30.0, 60.0, 200.0)];
//! let c = combine(CombineRule::RatioOfSums, MeasureUnit::Percent, None, &parts).unwrap();
//! assert_eq!(c.value, 50.0); // 300 of 600 files, not the mean of 50% and 50%
//! let w = combine(CombineRule::WeightedMean, MeasureUnit::Percent, Some(WeightKind::Communes), &parts).unwrap();
//! assert!((w.value - 50.0).abs() < 1e-12);
//! ```

use serde::{Deserialize, Serialize};

use super::MergerError;
use crate::calc::exact_sum::exact_sum;
use crate::calc::rollup::{ratio_of_sums, weighted_mean};
use crate::model::MeasureUnit;

/// How the predecessors' figures of an indicator are combined into the merged unit's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CombineRule {
    /// `scale Σ numerators / Σ denominators`.
    RatioOfSums,
    /// `Σ w v / Σ w` with named weights.
    WeightedMean,
    /// `Σ v / n`: the DTI 2024 rule for a merged unit's index.
    MeanOfIndices,
    /// `Σ v`: counts and amounts.
    Sum,
}

impl CombineRule {
    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::RatioOfSums => "ratio_of_sums",
            Self::WeightedMean => "weighted_mean",
            Self::MeanOfIndices => "mean_of_indices",
            Self::Sum => "sum",
        }
    }

    /// The rules an indicator in `unit` allows, the preferred first; none for a rank.
    pub fn allowed(unit: MeasureUnit) -> &'static [CombineRule] {
        match unit {
            MeasureUnit::Percent | MeasureUnit::PercentOfGrdp | MeasureUnit::PerThousandPeople => {
                &[Self::RatioOfSums, Self::WeightedMean]
            }
            MeasureUnit::PercentPerYear | MeasureUnit::PercentIncrease | MeasureUnit::PercentReduction => {
                &[Self::WeightedMean]
            }
            MeasureUnit::Index => &[Self::MeanOfIndices, Self::WeightedMean],
            // A life expectancy of a merged unit is its parts' weighted by population; an access speed its parts'
            // weighted by households or subscribers; a stay in days its parts' weighted likewise.
            // A fertility rate likewise, weighted by population (or women of childbearing age).
            MeasureUnit::Years | MeasureUnit::Mbps | MeasureUnit::Days | MeasureUnit::ChildrenPerWoman => {
                &[Self::WeightedMean]
            }
            // A yield of a merged unit is its parts' output over their area (quintals over hectares, at scale 1),
            // or their yields weighted.
            MeasureUnit::QuintalPerHectare => &[Self::RatioOfSums, Self::WeightedMean],
            // Square metres a person likewise (housing, green space): the parts' area over their people, or their
            // areas a person weighted by population.
            MeasureUnit::SquareMetrePerPerson => &[Self::RatioOfSums, Self::WeightedMean],
            // A sex ratio at birth of a merged unit is its parts' boys born over their girls born (times 100), or
            // their ratios weighted by population when the births are not given.
            MeasureUnit::BoysPerHundredGirls => &[Self::RatioOfSums, Self::WeightedMean],
            // A share of a plan reached is the parts' amounts reached over their amounts planned (times 100): the plans
            // are the only right weights, and with them a weighted mean is that same ratio.
            MeasureUnit::PercentOfPlan => &[Self::RatioOfSums],
            // Lengths of road, volumes, litres, floor areas, generating capacity, electricity and water plants'
            // capacity add up as areas and tonnages do.
            MeasureUnit::Count
            | MeasureUnit::Dong
            | MeasureUnit::Usd
            | MeasureUnit::Hectare
            | MeasureUnit::Tonne
            | MeasureUnit::Kilometre
            | MeasureUnit::CubicMetre
            | MeasureUnit::CubicMetrePerDay
            | MeasureUnit::Litre
            | MeasureUnit::SquareMetre
            | MeasureUnit::Megawatt
            | MeasureUnit::KilowattHour => &[Self::Sum],
            _ => &[],
        }
    }

    /// The rule used when none is asked for: the ratio of sums where every part has its numerator and
    /// denominator, else the first other rule the unit allows; none for a rank.
    pub fn default_for(unit: MeasureUnit, parts: &[Part]) -> Option<Self> {
        let allowed = Self::allowed(unit);
        let has_counts = !parts.is_empty() && parts.iter().all(|p| p.numerator.is_some() && p.denominator.is_some());
        allowed.iter().copied().find(|r| *r != Self::RatioOfSums || has_counts)
    }
}

/// What a weighted mean weighs the predecessors by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WeightKind {
    /// Inhabitants.
    Population,
    /// Households.
    Households,
    /// Enterprises.
    Enterprises,
    /// Commune-level units (xã, phường, thị trấn) the predecessor had on its last day.
    Communes,
}

impl WeightKind {
    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Population => "population",
            Self::Households => "households",
            Self::Enterprises => "enterprises",
            Self::Communes => "communes",
        }
    }
}

/// One predecessor's figure, with its counts and weight where known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Part {
    /// The predecessor (its code, or its name).
    pub unit: String,
    /// Its figure.
    pub value: f64,
    /// The count the figure is a share of the denominator of, where given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<f64>,
    /// The count the figure is a share of, where given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<f64>,
    /// Its weight, for a weighted mean.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
}

impl Part {
    /// A figure alone.
    pub fn value(unit: &str, value: f64) -> Self {
        Self { unit: unit.to_owned(), value, numerator: None, denominator: None, weight: None }
    }

    /// A share with its counts (`value` is `100 numerator / denominator` for a percentage) and a weight.
    pub fn ratio(unit: &str, numerator: f64, denominator: f64, weight: f64) -> Self {
        let value = if denominator == 0.0 { 0.0 } else { 100.0 * numerator / denominator };
        Self {
            unit: unit.to_owned(),
            value,
            numerator: Some(numerator),
            denominator: Some(denominator),
            weight: Some(weight),
        }
    }
}

/// The merged unit's figure, with the rule and every input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Combined {
    /// The rule.
    pub rule: CombineRule,
    /// The weights of a weighted mean.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<WeightKind>,
    /// The merged figure.
    pub value: f64,
    /// The formula, in the notation of the inputs.
    pub formula: String,
    /// The predecessors' figures, counts and weights that went in.
    pub inputs: Vec<Part>,
    /// `Σ numerators` of a ratio of sums.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<f64>,
    /// `Σ denominators` of a ratio of sums.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<f64>,
    /// `Σ w` of a weighted mean.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_weight: Option<f64>,
    /// The rule and its inputs in words.
    pub note: String,
}

/// The scale of a ratio of sums in `unit`: 100 for a percentage and boys per hundred girls, 1,000 per thousand people,
/// 1 for a yield and a floor area a person.
fn scale_of(unit: MeasureUnit) -> f64 {
    match unit {
        MeasureUnit::PerThousandPeople => 1000.0,
        MeasureUnit::QuintalPerHectare | MeasureUnit::SquareMetrePerPerson => 1.0,
        _ => 100.0,
    }
}

/// Combines the predecessors' figures `parts` of an indicator in `unit` by `rule` (with `weight` naming
/// the weights of a weighted mean). Refuses a rule the unit does not allow (any rule for a rank), a
/// ratio of sums with a part lacking its counts, a weighted mean with a part lacking its weight.
pub fn combine(
    rule: CombineRule,
    unit: MeasureUnit,
    weight: Option<WeightKind>,
    parts: &[Part],
) -> Result<Combined, MergerError> {
    if !CombineRule::allowed(unit).contains(&rule) {
        return Err(MergerError::RuleNotAllowed { rule, unit, allowed: CombineRule::allowed(unit).to_vec() });
    }
    if parts.is_empty() {
        return Err(MergerError::NoParts);
    }
    let values: Vec<f64> = parts.iter().map(|p| p.value).collect();
    let list = |f: &dyn Fn(&Part) -> String| parts.iter().map(f).collect::<Vec<_>>().join(", ");
    let base = Combined {
        rule,
        weight: None,
        value: 0.0,
        formula: String::new(),
        inputs: parts.to_vec(),
        numerator: None,
        denominator: None,
        total_weight: None,
        note: String::new(),
    };
    match rule {
        CombineRule::RatioOfSums => {
            let mut num = Vec::with_capacity(parts.len());
            let mut den = Vec::with_capacity(parts.len());
            for (index, p) in parts.iter().enumerate() {
                match (p.numerator, p.denominator) {
                    (Some(n), Some(d)) => {
                        num.push(n);
                        den.push(d);
                    }
                    (None, _) => {
                        return Err(MergerError::MissingCount { index, unit: p.unit.clone(), field: "numerator" })
                    }
                    (_, None) => {
                        return Err(MergerError::MissingCount { index, unit: p.unit.clone(), field: "denominator" })
                    }
                }
            }
            let scale = scale_of(unit);
            let r = ratio_of_sums(&num, &den, scale)?;
            Ok(Combined {
                value: r.value,
                formula: format!("{scale} Σ numerators / Σ denominators"),
                numerator: Some(r.numerator),
                denominator: Some(r.denominator),
                note: format!(
                    "ratio of sums: {scale} × ({}) / ({}) = {scale} × {} / {}",
                    list(&|p| format!("{} of {}", p.numerator.unwrap_or_default(), p.unit)),
                    list(&|p| format!("{} of {}", p.denominator.unwrap_or_default(), p.unit)),
                    r.numerator,
                    r.denominator
                ),
                ..base
            })
        }
        CombineRule::WeightedMean => {
            let kind = weight.ok_or(MergerError::NoWeightKind)?;
            let mut weights = Vec::with_capacity(parts.len());
            for (index, p) in parts.iter().enumerate() {
                weights.push(p.weight.ok_or_else(|| MergerError::MissingWeight {
                    index,
                    unit: p.unit.clone(),
                    weight: kind,
                })?);
            }
            let m = weighted_mean(&values, &weights)?;
            Ok(Combined {
                weight: Some(kind),
                value: m.value,
                formula: "Σ w v / Σ w".to_owned(),
                total_weight: Some(m.total_weight),
                note: format!(
                    "weighted mean by {}: {}; Σ w = {}",
                    kind.code(),
                    list(&|p| format!("{} {} (w {})", p.unit, p.value, p.weight.unwrap_or_default())),
                    m.total_weight
                ),
                ..base
            })
        }
        CombineRule::MeanOfIndices => {
            let m = weighted_mean(&values, &vec![1.0; values.len()])?;
            Ok(Combined {
                value: m.value,
                formula: "Σ v / n".to_owned(),
                note: format!(
                    "plain average of the predecessors' indices, the rule of the DTI 2024 for a merged unit: ({}) / {}",
                    list(&|p| format!("{} {}", p.unit, p.value)),
                    parts.len()
                ),
                ..base
            })
        }
        CombineRule::Sum => {
            crate::error::check_column("values", &values).map_err(crate::calc::rollup::RollupError::from)?;
            let value = exact_sum(values.iter().copied());
            Ok(Combined {
                value,
                formula: "Σ v".to_owned(),
                note: format!("sum: {}", list(&|p| format!("{} {}", p.unit, p.value))),
                ..base
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ChitieuError;

    #[test]
    fn each_rule_with_its_inputs_and_each_refusal_with_its_path() {
        let parts = [Part::ratio("84", 9.0, 10.0, 1.0), Part::ratio("86", 500.0, 1000.0, 3.0)];
        let r = combine(CombineRule::RatioOfSums, MeasureUnit::Percent, None, &parts).unwrap();
        assert!((r.value - 100.0 * 509.0 / 1010.0).abs() < 1e-12);
        assert_eq!((r.numerator, r.denominator), (Some(509.0), Some(1010.0)));
        let w = combine(CombineRule::WeightedMean, MeasureUnit::Percent, Some(WeightKind::Population), &parts).unwrap();
        assert_eq!(w.value, 60.0);
        assert!(w.note.starts_with("weighted mean by population"));
        let dti = [Part::value("84", 0.5), Part::value("86", 0.4), Part::value("83", 0.45)];
        let m = combine(CombineRule::MeanOfIndices, MeasureUnit::Index, None, &dti).unwrap();
        assert!((m.value - 0.45).abs() < 1e-15 && m.note.contains("DTI 2024"));
        let e = combine(CombineRule::MeanOfIndices, MeasureUnit::Percent, None, &dti).unwrap_err();
        assert_eq!((e.code(), e.path().as_deref()), ("rule_not_allowed", Some("rule")));
        let e = combine(CombineRule::WeightedMean, MeasureUnit::Rank, None, &dti).unwrap_err();
        assert!(e.to_string().contains("ranks are not combined"));
        let e = combine(CombineRule::WeightedMean, MeasureUnit::Index, Some(WeightKind::Communes), &dti).unwrap_err();
        assert_eq!((e.code(), e.path().as_deref()), ("missing_weight", Some("parts[0].weight")));
        let e = combine(CombineRule::RatioOfSums, MeasureUnit::Percent, None, &dti).unwrap_err();
        assert_eq!((e.code(), e.path().as_deref()), ("missing_count", Some("parts[0].numerator")));
        assert_eq!(CombineRule::default_for(MeasureUnit::Percent, &dti), Some(CombineRule::WeightedMean));
        assert_eq!(CombineRule::default_for(MeasureUnit::Percent, &parts), Some(CombineRule::RatioOfSums));
        assert_eq!(CombineRule::default_for(MeasureUnit::Rank, &parts), None);
    }

    #[test]
    fn lengths_volumes_litres_and_floor_areas_add_up() {
        let parts = [Part::value("84", 555.0), Part::value("86", 99.5)];
        for unit in [MeasureUnit::Kilometre, MeasureUnit::CubicMetre, MeasureUnit::Litre, MeasureUnit::SquareMetre] {
            assert_eq!(CombineRule::allowed(unit), [CombineRule::Sum]);
            assert_eq!(CombineRule::default_for(unit, &parts), Some(CombineRule::Sum));
            assert_eq!(combine(CombineRule::Sum, unit, None, &parts).unwrap().value, 654.5);
            let e = combine(CombineRule::WeightedMean, unit, Some(WeightKind::Population), &parts).unwrap_err();
            assert_eq!(e.code(), "rule_not_allowed");
        }
    }

    #[test]
    fn floor_area_a_person_is_the_parts_area_over_their_people() {
        let unit = MeasureUnit::SquareMetrePerPerson;
        assert_eq!(CombineRule::allowed(unit), [CombineRule::RatioOfSums, CombineRule::WeightedMean]);
        // 30 m² a person of 1,000 people and 40 of 3,000: 150,000 m² over 4,000 people.
        let counts = |unit: &str, area: f64, people: f64| Part {
            numerator: Some(area),
            denominator: Some(people),
            ..Part::value(unit, area / people)
        };
        let parts = [counts("42", 30_000.0, 1_000.0), counts("44", 120_000.0, 3_000.0)];
        assert_eq!(CombineRule::default_for(unit, &parts), Some(CombineRule::RatioOfSums));
        assert_eq!(combine(CombineRule::RatioOfSums, unit, None, &parts).unwrap().value, 37.5);
        assert_eq!(combine(CombineRule::Sum, unit, None, &parts).unwrap_err().code(), "rule_not_allowed");
    }
}
