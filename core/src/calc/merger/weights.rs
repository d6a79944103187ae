//! Named weights of the predecessors: given (population, households, enterprises) or counted from the
//! register (the communes each predecessor had on its last day).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{MergerError, WeightKind};
use crate::calc::succession::Lineage;
use crate::model::register::RegisteredUnit;

/// One weight per unit (by code), of one kind, with where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Weights {
    /// What the weights count.
    pub kind: WeightKind,
    /// The weight of each unit, by its code.
    pub values: BTreeMap<String, f64>,
    /// Where the weights come from.
    #[serde(default)]
    pub source: String,
}

impl Weights {
    /// Given weights, by unit code.
    pub fn given(kind: WeightKind, values: impl IntoIterator<Item = (String, f64)>, source: &str) -> Self {
        Self { kind, values: values.into_iter().collect(), source: source.to_owned() }
    }

    /// The number of commune-level units each of `units` had on its last day in force (on `on` for a
    /// unit still in force), counted in the bundled register.
    pub fn communes(lineage: &Lineage<'_>, units: &[&RegisteredUnit], on: time::Date) -> Result<Self, MergerError> {
        let mut values = BTreeMap::new();
        for unit in units {
            let day = unit.valid_to.unwrap_or(on);
            let n = lineage.communes_of(unit, day)?.len();
            values.insert(unit.code.clone(), n as f64);
        }
        Ok(Self {
            kind: WeightKind::Communes,
            values,
            source: "commune-level units on the predecessor's last day, counted in the register (dvhcvn/20250701, MIT; Công văn 1027/CTK-CSCL and the Statistics Office's list before the reform)".to_owned(),
        })
    }

    /// The weight of the unit with `code`.
    pub fn of(&self, code: &str) -> Option<f64> {
        self.values.get(code).copied()
    }
}
