//! Observations: measured values of an indicator for an administrative unit at a year or a date.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::model::target::Tier;

/// When an observation was measured: a whole year (its end) or a calendar date. Compare two of them by
/// [`ObservedAt::fractional_year`]: year 2024 (its end) comes after 30 June 2024.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ObservedAt {
    /// The value at the end of this year.
    Year(i32),
    /// The value on this date.
    Date(Date),
}

impl ObservedAt {
    /// The calendar year.
    pub fn year(self) -> i32 {
        match self {
            Self::Year(y) => y,
            Self::Date(d) => d.year(),
        }
    }

    /// Time as a fractional year, where year `Y` means the end of `Y`: a date maps to
    /// `Y - 1 + day_of_year / days_in_year`, so 31 Dec 2025 is 2025.0 and 2 Jul 2026 is about 2025.5.
    pub fn fractional_year(self) -> f64 {
        match self {
            Self::Year(y) => f64::from(y),
            Self::Date(d) => fractional_year(d),
        }
    }
}

/// `Y - 1 + day_of_year / days_in_year` (see [`ObservedAt::fractional_year`]).
pub fn fractional_year(date: Date) -> f64 {
    let year = date.year();
    let days = f64::from(time::util::days_in_year(year));
    f64::from(year - 1) + f64::from(date.ordinal()) / days
}

/// One measured value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "ObservationRecord", into = "ObservationRecord")]
pub struct Observation {
    /// Id of the administrative unit measured.
    pub unit: String,
    /// Id of the indicator.
    pub indicator: String,
    /// When.
    pub at: ObservedAt,
    /// The tier the value aggregates, when it is not the unit as a whole ("80% of files at district
    /// level" in a province's report); matched against a target's tier.
    pub tier: Option<Tier>,
    /// The value, in the indicator's unit.
    pub value: f64,
    /// Numerator of a ratio (files handled online), where known; lets ratios roll up as ratio of sums.
    pub numerator: Option<f64>,
    /// Denominator of a ratio (all files), where known.
    pub denominator: Option<f64>,
    /// For a rank, the size of the field it is among (63 provinces until the 2023 DTI, 34 units from the
    /// 2024 DTI); absent, a provincial rank's field is taken from its year (see
    /// `calc::rank::default_field`).
    pub field: Option<u32>,
    /// Where the figure comes from (publication, table, date).
    pub source: Option<String>,
    /// Free note (preliminary, a proxy, illustrative).
    pub note: Option<String>,
}

/// The flat JSON and CSV shape of an observation: exactly one of `year` and `date`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Observation")]
pub struct ObservationRecord {
    /// Id of the administrative unit measured.
    pub unit: String,
    /// Id of the indicator.
    pub indicator: String,
    /// Year of the value (its end); give this or `date`. Read leniently, as spreadsheets and data frames
    /// write it: `2023`, `2023.0`, `"2023"`, `"năm 2023"`; written as an integer.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "lenient_year")]
    pub year: Option<i32>,
    /// Date of the value; give this or `year`.
    #[serde(default, with = "crate::model::date::iso_option", skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub date: Option<Date>,
    /// The tier the value aggregates, if not the unit as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<Tier>,
    /// The value, in the indicator's unit.
    pub value: f64,
    /// Numerator of a ratio, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<f64>,
    /// Denominator of a ratio, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<f64>,
    /// For a rank, the number of units ranked (63 until the 2023 DTI, 34 from the 2024 DTI); absent, a
    /// provincial rank's field is taken from its year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<u32>,
    /// Where the figure comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Free note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A year from an integer, an integral float (pandas turns a year column with blanks into floats) or
/// a string such as `"2023"` or `"năm 2023"`.
fn lenient_year<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
    use serde::de::Error;
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Year {
        Int(i64),
        Float(f64),
        Text(String),
    }
    let bad = |what: String| D::Error::custom(format!("invalid year {what}, expected a year such as 2023 or \"2023\""));
    let year = match Option::<Year>::deserialize(d)? {
        None => return Ok(None),
        Some(Year::Int(i)) => i,
        Some(Year::Float(f)) if f.fract() == 0.0 && f.abs() < 1e6 => f as i64,
        Some(Year::Float(f)) => return Err(bad(f.to_string())),
        Some(Year::Text(s)) => parse_year(s.trim()).map(i64::from).ok_or_else(|| bad(format!("{s:?}")))?,
    };
    i32::try_from(year).map(Some).map_err(|_| bad(year.to_string()))
}

impl TryFrom<ObservationRecord> for Observation {
    type Error = Cow<'static, str>;

    fn try_from(r: ObservationRecord) -> Result<Self, Self::Error> {
        let at = match (r.year, r.date) {
            (Some(y), None) => ObservedAt::Year(y),
            (None, Some(d)) => ObservedAt::Date(d),
            (Some(_), Some(_)) => return Err("give either `year` or `date`, not both".into()),
            (None, None) => return Err("missing `year` or `date`: one of them is required".into()),
        };
        Ok(Self {
            unit: r.unit,
            indicator: r.indicator,
            at,
            tier: r.tier,
            value: r.value,
            numerator: r.numerator,
            denominator: r.denominator,
            field: r.field,
            source: r.source,
            note: r.note,
        })
    }
}

impl From<Observation> for ObservationRecord {
    fn from(o: Observation) -> Self {
        let (year, date) = match o.at {
            ObservedAt::Year(y) => (Some(y), None),
            ObservedAt::Date(d) => (None, Some(d)),
        };
        Self {
            unit: o.unit,
            indicator: o.indicator,
            year,
            date,
            tier: o.tier,
            value: o.value,
            numerator: o.numerator,
            denominator: o.denominator,
            field: o.field,
            source: o.source,
            note: o.note,
        }
    }
}

impl schemars::JsonSchema for Observation {
    fn schema_name() -> Cow<'static, str> {
        ObservationRecord::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ObservationRecord::json_schema(generator)
    }
}

/// A set of observations, as loaded from JSON or CSV.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ObservationSet {
    /// Version of this format; currently 1.
    pub format_version: u32,
    /// The observations, in input order.
    pub observations: Vec<Observation>,
    /// Free notes about the set (its sources, what is illustrative).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl ObservationSet {
    /// The observations of one indicator for one unit at one tier (`None`: the unit as a whole), sorted
    /// by time.
    pub fn series(&self, unit: &str, indicator: &str, tier: Option<Tier>) -> Vec<&Observation> {
        let mut s: Vec<&Observation> =
            self.observations.iter().filter(|o| o.unit == unit && o.indicator == indicator && o.tier == tier).collect();
        // By time: a year is its end, so year 2024 comes after 30 June 2024; stable for equal times.
        crate::model::sort::by(&mut s, |a, b| a.at.fractional_year().total_cmp(&b.at.fractional_year()));
        s
    }
}

/// A year as spreadsheets and data frames write it (`2023`, `2023.0`, `2023,0`, `năm 2023`): read here,
/// where [`ObservedAt`] is deserialised, and by the CSV reader.
pub(crate) fn parse_year(text: &str) -> Option<i32> {
    let lower = crate::model::letter_case::lowercase(text);
    let t = lower.strip_prefix("năm").unwrap_or(&lower).trim();
    let t = t.strip_suffix(".0").or_else(|| t.strip_suffix(",0")).unwrap_or(t);
    if t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) {
        t.parse().ok()
    } else {
        None
    }
}
