//! A plan document: who issued it, for which unit, over which period, with which targets.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::model::administrative_unit::AdministrativeUnit;
use crate::model::budget::Budget;
use crate::model::indicator::{Indicator, Pillar};
use crate::model::reporting::ReportingCalendar;
use crate::model::target::Target;

/// The legal form of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DocumentKind {
    /// Quyết định (QĐ), often approving a scheme.
    Decision,
    /// Kế hoạch (KH).
    Plan,
    /// Nghị quyết (NQ).
    Resolution,
    /// Đề án, when published on its own.
    Scheme,
}

/// The document a plan comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Legal form.
    pub kind: DocumentKind,
    /// Number and symbol as written ("393/QĐ-UBND"); absent when the source does not give it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Issuing body ("UBND tỉnh Tây Ninh").
    pub issuer: String,
    /// Signer, where named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<String>,
    /// Signing date, where stated.
    #[serde(default, with = "crate::model::date::iso_option", skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub signed_on: Option<Date>,
    /// Title as written.
    pub title: String,
    /// Where the text was read (publication name or address), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The years a plan covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First year ("giai đoạn 2023 - 2025" starts 2023); absent when the document does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<i32>,
    /// Last year of the period proper.
    pub to: i32,
    /// Year of the orientation beyond the period ("định hướng đến năm 2030"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon: Option<i32>,
}

impl Period {
    /// The last year any target may carry: the horizon, or the end of the period.
    pub fn last_year(&self) -> i32 {
        self.horizon.map_or(self.to, |h| h.max(self.to))
    }
}

/// A digital-transformation plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Version of this format; currently 1.
    pub format_version: u32,
    /// Stable id (`tra_vinh_2022_50`).
    pub id: String,
    /// The unit the plan is for, with its level and what became of it.
    pub jurisdiction: AdministrativeUnit,
    /// The document.
    pub document: Document,
    /// Years covered.
    pub period: Period,
    /// Pillars, in the document's order.
    pub pillars: Vec<Pillar>,
    /// Indicators, in the document's order.
    pub indicators: Vec<Indicator>,
    /// Targets, in the document's order.
    pub targets: Vec<Target>,
    /// Budget, where the document states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Budget>,
    /// Reporting calendar, where the document states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting: Option<ReportingCalendar>,
    /// Free notes: how the document was read, what it states without a figure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// The format version this library reads and writes.
pub const FORMAT_VERSION: u32 = 1;

impl Plan {
    /// The indicator with this id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The target with this id.
    pub fn target(&self, id: &str) -> Option<&Target> {
        self.targets.iter().find(|t| t.id == id)
    }

    /// The targets of one indicator, in document order.
    pub fn targets_of<'a>(&'a self, indicator: &'a str) -> impl Iterator<Item = &'a Target> + 'a {
        self.targets.iter().filter(move |t| t.indicator == indicator)
    }

    /// The years a target may carry: from the start of the period (or, when the document does not state
    /// one, the year it was signed) to the horizon.
    pub fn target_years(&self) -> (Option<i32>, i32) {
        let first = self.period.from.or(self.document.signed_on.map(|d| d.year()));
        (first, self.period.last_year())
    }

    /// The pillar with this id.
    pub fn pillar(&self, id: &str) -> Option<&Pillar> {
        self.pillars.iter().find(|p| p.id == id)
    }
}
