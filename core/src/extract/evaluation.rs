//! Measuring a draft against a reviewed plan: precision and recall of targets matched on (year, tier,
//! comparator, value, unit) as a multiset, so that the figures do not depend on the ids either side chose.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::plan::Plan;

/// How well a draft's targets agree with a reviewed plan's.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Agreement {
    /// Targets in the draft.
    pub drafted: usize,
    /// Targets in the reviewed plan.
    pub reviewed: usize,
    /// Targets in both (multiset intersection of the keys).
    pub matched: usize,
    /// `matched / drafted` (1 when the draft has none).
    pub precision: f64,
    /// `matched / reviewed` (1 when the plan has none).
    pub recall: f64,
}

/// The key a target is matched on: year, tier, comparator, value (to 1e-6), unit.
pub fn target_keys(plan: &Plan) -> Vec<String> {
    plan.targets
        .iter()
        .map(|t| {
            let unit = plan.indicator(&t.indicator).map_or("?", |i| i.unit.as_str());
            format!(
                "{}|{}|{}|{:.6}|{unit}",
                t.year.map_or_else(|| "-".to_owned(), |y| y.to_string()),
                t.tier.map_or("-", |t| t.as_str()),
                t.comparator.as_str(),
                t.value
            )
        })
        .collect()
}

/// Compares a draft plan's targets with a reviewed plan's.
///
/// ```
/// let reviewed = chitieu::bundled::plan("binh_dinh_2024").unwrap();
/// let a = chitieu::extract::agreement(&reviewed, &reviewed);
/// assert_eq!((a.precision, a.recall), (1.0, 1.0));
/// ```
pub fn agreement(draft: &Plan, reviewed: &Plan) -> Agreement {
    let mut want: HashMap<String, usize> = HashMap::new();
    for k in target_keys(reviewed) {
        *want.entry(k).or_default() += 1;
    }
    let drafted = target_keys(draft);
    let mut matched = 0;
    for k in &drafted {
        if let Some(n) = want.get_mut(k).filter(|n| **n > 0) {
            *n -= 1;
            matched += 1;
        }
    }
    let ratio = |m: usize, n: usize| if n == 0 { 1.0 } else { m as f64 / n as f64 };
    Agreement {
        drafted: drafted.len(),
        reviewed: reviewed.targets.len(),
        matched,
        precision: ratio(matched, drafted.len()),
        recall: ratio(matched, reviewed.targets.len()),
    }
}
