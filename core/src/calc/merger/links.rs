//! The succession of a unit as plain records, for the bindings and for reports: what a unit (named by
//! code or name, on a date or on the last day it was in force) became, and what it was formed from.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::calc::succession::{Lineage, SuccessionError};
use crate::model::register::{LegalBasis, RegisteredUnit, Share, Verification};

/// One link of a unit's succession: the unit at the other end, how much of the area, how far it was
/// checked, and the act.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct UnitLink {
    /// The unit at the other end.
    pub unit: RegisteredUnit,
    /// Whether all of the earlier unit's area went along the link.
    pub share: Share,
    /// Whether the link was read from the act's text.
    pub status: Verification,
    /// The legal acts followed, oldest first (none for the unit itself).
    pub basis: Vec<LegalBasis>,
}

/// The unit a code or name names on `date`, or, where the units it names were all out of force then,
/// the last of them in force before `date` ("tỉnh Trà Vinh" on 1 January 2026 is the province that ended
/// on 30 June 2025).
pub fn unit_as_of<'r>(
    lineage: &Lineage<'r>,
    code_or_name: &str,
    date: Date,
) -> Result<&'r RegisteredUnit, SuccessionError> {
    match lineage.unit_at(code_or_name, date) {
        Err(SuccessionError::NotInForce { units, query, date: d, path }) => {
            let last = units.iter().filter(|u| u.valid_to.is_some_and(|t| t < date)).max_by_key(|u| u.valid_to);
            match last.and_then(|u| u.valid_to.map(|t| (u, t))) {
                Some((u, t)) => lineage.unit_at(&u.code, t),
                None => Err(SuccessionError::NotInForce { units, query, date: d, path }),
            }
        }
        other => other,
    }
}

/// What holds the area of the unit `code_or_name` names on `on` (a day it was in force; by default
/// `date`, or its last day in force before `date`) on `date`. Codes are reused: "80" on 30 June 2025 is
/// Long An, on `date` in 2026 Tây Ninh.
pub fn successor_links(
    lineage: &Lineage<'_>,
    code_or_name: &str,
    on: Option<Date>,
    date: Date,
) -> Result<Vec<UnitLink>, SuccessionError> {
    let unit = match on {
        Some(day) => lineage.unit_at(code_or_name, day)?,
        None => unit_as_of(lineage, code_or_name, date)?,
    };
    Ok(lineage
        .successors(unit, date)?
        .into_iter()
        .map(|s| UnitLink {
            unit: s.unit.clone(),
            share: s.share,
            status: s.status,
            basis: s.via.iter().map(|t| t.basis.clone()).collect(),
        })
        .collect())
}

/// The units the unit `code_or_name` names on `date` was formed from.
pub fn predecessor_links(
    lineage: &Lineage<'_>,
    code_or_name: &str,
    date: Date,
) -> Result<Vec<UnitLink>, SuccessionError> {
    let unit = unit_as_of(lineage, code_or_name, date)?;
    Ok(lineage
        .predecessors(unit)?
        .into_iter()
        .map(|p| UnitLink {
            unit: p.unit.clone(),
            share: p.share,
            status: p.transfer.status,
            basis: vec![p.transfer.basis.clone()],
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn an_old_name_after_its_end_and_its_links() {
        let l = Lineage::new(crate::io::bundled::register().unwrap());
        let tv = unit_as_of(&l, "tỉnh Trà Vinh", date!(2026 - 01 - 01)).unwrap();
        assert_eq!((tv.code.as_str(), tv.valid_to), ("84", Some(date!(2025 - 06 - 30))));
        let next = successor_links(&l, "tỉnh Trà Vinh", None, date!(2026 - 01 - 01)).unwrap();
        let long_an = successor_links(&l, "80", Some(date!(2025 - 06 - 30)), date!(2026 - 01 - 01)).unwrap();
        assert_eq!((long_an[0].unit.code.as_str(), long_an[0].unit.name.as_str()), ("80", "Tây Ninh"));
        assert_eq!(next[0].unit.name, "Vĩnh Long");
        assert_eq!(next[0].basis[0].act, "202/2025/QH15");
        let from = predecessor_links(&l, "tỉnh Vĩnh Long", date!(2026 - 01 - 01)).unwrap();
        assert_eq!(from.len(), 3);
        assert!(unit_as_of(&l, "Atlantis", date!(2026 - 01 - 01)).is_err());
    }
}
