//! The register of Vietnamese administrative units with their official codes, dated: the 63 provinces in
//! force until 30 June 2025 and the 34 from 1 July 2025, the districts and communes until then, the 3,321
//! communes since, and which old unit's area went to which new one, whole or in part, by which legal act.
//!
//! A code alone does not name a unit: codes are reused (80 was Long An and is now Tây Ninh), so a unit is
//! its code with its validity. The bundled register is `chitieu::bundled::register()`; lookups by code or
//! name on a date, successors and predecessors are in `chitieu::calc::succession`.

use std::fmt;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::model::administrative_unit::{Level, UnitKind};

/// One administrative unit of the register, in the period it was in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisteredUnit {
    /// The official code: 2 digits for a province, 3 for a district, 5 for a commune.
    pub code: String,
    /// The official name without its kind ("Tây Ninh", "Hưng Điền"; "5" for Phường 5).
    pub name: String,
    /// The kind, which gives the level and the word the official name starts with.
    pub kind: UnitKind,
    /// The code of the unit it belonged to (a commune's district or, from 1 July 2025, its province),
    /// valid on the same days; none for a province.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The first day in force; none when it was in force before the register's records begin.
    #[serde(default, with = "crate::model::date::iso_option", skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub valid_from: Option<Date>,
    /// The last day in force; none while it is in force.
    #[serde(default, with = "crate::model::date::iso_option", skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub valid_to: Option<Date>,
}

impl RegisteredUnit {
    /// Its level of government.
    pub fn level(&self) -> Level {
        self.kind.level()
    }

    /// Whether it was in force on `date`.
    pub fn is_valid_on(&self, date: Date) -> bool {
        self.valid_from.is_none_or(|from| from <= date) && self.valid_to.is_none_or(|to| date <= to)
    }

    /// The official name with its kind: "Tỉnh Long An", "Phường 5", "Đặc khu Phú Quốc".
    pub fn official_name(&self) -> String {
        format!("{} {}", self.kind.official_prefix(), self.name)
    }

    /// Whether this is the same unit as `other`: the same code in force over the same days.
    pub fn is_same_unit(&self, other: &RegisteredUnit) -> bool {
        self.code == other.code && self.valid_from == other.valid_from && self.valid_to == other.valid_to
    }
}

/// "80 Tỉnh Long An (until 2025-06-30)": the code, the name and when it was in force.
impl fmt::Display for RegisteredUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.official_name())?;
        match (self.valid_from, self.valid_to) {
            (Some(from), Some(to)) => write!(f, " ({from} to {to})"),
            (Some(from), None) => write!(f, " (from {from})"),
            (None, Some(to)) => write!(f, " (until {to})"),
            (None, None) => Ok(()),
        }
    }
}

/// How much of an old unit went to a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Share {
    /// All of its area and population ("toàn bộ diện tích tự nhiên, quy mô dân số").
    Whole,
    /// Part of it ("một phần diện tích tự nhiên, quy mô dân số", or "phần còn lại": the rest after
    /// another clause took a part): a figure of the old unit does not carry to the new one as it is.
    Part,
}

impl Share {
    /// The snake_case name used in JSON and TSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Whole => "whole",
            Self::Part => "part",
        }
    }
}

/// How far a link of the register was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verification {
    /// Read from the legal act's text.
    Checked,
    /// Taken from a source that was drafted by machine and not confirmed against the act's text.
    Unverified,
}

impl Verification {
    /// The snake_case name used in JSON and TSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Checked => "checked",
            Self::Unverified => "unverified",
        }
    }
}

/// The legal act behind a link, and the clause of its Article 1 where one was read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    /// The act's number as written: "202/2025/QH15", "1682/NQ-UBTVQH15".
    pub act: String,
    /// The clause (khoản) of Article 1 that names the link, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<u32>,
}

/// "Nghị quyết 1682/NQ-UBTVQH15, Điều 1, khoản 84".
impl fmt::Display for LegalBasis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Nghị quyết {}", self.act)?;
        match self.clause {
            Some(clause) => write!(f, ", Điều 1, khoản {clause}"),
            None => Ok(()),
        }
    }
}

/// Part or all of an old unit's area going to a new unit on a day: one edge of the succession.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// The code of the old unit, in force on the day before `on`.
    pub from: String,
    /// The code of the new unit, in force on `on`.
    pub to: String,
    /// The first day of the new arrangement.
    #[schemars(with = "String", extend("format" = "date"))]
    #[serde(with = "crate::model::date::iso")]
    pub on: Date,
    /// Whether all of the old unit went to the new one.
    pub share: Share,
    /// Whether the link was read from the act's text.
    pub status: Verification,
    /// The legal act.
    pub basis: LegalBasis,
}

/// The register: units with their codes and validity, and the transfers between them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Register {
    /// Every unit, each in the period it was in force.
    pub units: Vec<RegisteredUnit>,
    /// Every transfer of area from an old unit to a new one.
    pub transfers: Vec<Transfer>,
}
