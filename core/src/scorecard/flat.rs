//! The scorecard as plain columns: what a spreadsheet, a CSV file or a data frame wants.

use serde::{Deserialize, Serialize};

use super::{Row, Scorecard};
use crate::io::csv_table::{self, Cell, CsvRow};

/// One scorecard row flattened to plain columns: what a spreadsheet, a CSV file or a data frame wants.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FlatRow {
    /// Target id.
    pub target: String,
    /// Pillar id.
    pub pillar: String,
    /// Indicator id.
    pub indicator: String,
    /// Indicator name in English.
    pub name_en: String,
    /// Indicator name as the document words it.
    pub name_vi: String,
    /// Target year.
    pub year: Option<i32>,
    /// Tier.
    pub tier: Option<String>,
    /// Comparator.
    pub comparator: String,
    /// Target value.
    pub target_value: f64,
    /// Unit of measure.
    pub unit: String,
    /// Code of the method that judges the target (`growth_rate_ratio`, `mean_yearly_rate`, `straight_path`,
    /// `rank_pace`).
    pub method: String,
    /// Milestone for the as-of date.
    pub milestone: Option<f64>,
    /// Milestone kind.
    pub milestone_kind: Option<String>,
    /// Latest value.
    pub latest_value: Option<f64>,
    /// Year of the latest value.
    pub latest_year: Option<i32>,
    /// Source of the latest value; empty for an illustrative value.
    pub latest_source: Option<String>,
    /// Unit observed.
    pub observed_unit: Option<String>,
    /// The observation is of another unit.
    pub proxy: bool,
    /// Attained.
    pub attained: Option<bool>,
    /// Percent of target.
    pub percent_of_target: Option<f64>,
    /// Progress from baseline.
    pub progress_from_baseline: Option<f64>,
    /// Gap.
    pub gap: Option<f64>,
    /// Category code.
    pub status: String,
    /// Score.
    pub score: Option<f64>,
    /// Why not assessable.
    pub status_reason: Option<String>,
    /// Years ahead (+) or behind (-) the path.
    pub time_distance: Option<f64>,
    /// Projected value at the target year.
    pub projected: Option<f64>,
    /// Probability of attaining the target.
    pub probability: Option<f64>,
}

impl CsvRow for FlatRow {
    const HEADER: &'static [&'static str] = &[
        "target",
        "pillar",
        "indicator",
        "name_en",
        "name_vi",
        "year",
        "tier",
        "comparator",
        "target_value",
        "unit",
        "method",
        "milestone",
        "milestone_kind",
        "latest_value",
        "latest_year",
        "latest_source",
        "observed_unit",
        "proxy",
        "attained",
        "percent_of_target",
        "progress_from_baseline",
        "gap",
        "status",
        "score",
        "status_reason",
        "time_distance",
        "projected",
        "probability",
    ];

    fn cells(&self) -> Vec<&dyn Cell> {
        vec![
            &self.target,
            &self.pillar,
            &self.indicator,
            &self.name_en,
            &self.name_vi,
            &self.year,
            &self.tier,
            &self.comparator,
            &self.target_value,
            &self.unit,
            &self.method,
            &self.milestone,
            &self.milestone_kind,
            &self.latest_value,
            &self.latest_year,
            &self.latest_source,
            &self.observed_unit,
            &self.proxy,
            &self.attained,
            &self.percent_of_target,
            &self.progress_from_baseline,
            &self.gap,
            &self.status,
            &self.score,
            &self.status_reason,
            &self.time_distance,
            &self.projected,
            &self.probability,
        ]
    }
}

impl Row {
    /// This row as plain columns.
    pub fn flat(&self) -> FlatRow {
        let a = self.achievement.as_ref();
        FlatRow {
            target: self.target.clone(),
            pillar: self.pillar.clone(),
            indicator: self.indicator.clone(),
            name_en: self.name_en.clone(),
            name_vi: self.name_vi.clone(),
            year: self.year,
            tier: self.tier.map(|t| t.as_str().to_owned()),
            comparator: self.comparator.as_str().to_owned(),
            target_value: self.target_value,
            unit: self.unit.as_str().to_owned(),
            method: self.method.code().to_owned(),
            milestone: self.milestone.as_ref().map(|m| m.value),
            milestone_kind: self.milestone.as_ref().map(|m| format!("{:?}", m.kind).to_ascii_lowercase()),
            latest_value: self.latest.as_ref().map(|p| p.value),
            latest_year: self.latest.as_ref().map(|p| p.year),
            latest_source: self.latest.as_ref().and_then(|p| p.source.clone()),
            observed_unit: self.observed_unit.clone(),
            proxy: self.proxy,
            attained: a.map(|a| a.attained),
            percent_of_target: a.and_then(|a| a.percent_of_target),
            progress_from_baseline: a.and_then(|a| a.progress_from_baseline),
            gap: a.map(|a| a.gap),
            status: self.status.category.code().to_owned(),
            score: self.status.score,
            status_reason: self.status.reason.map(|r| r.code().to_owned()),
            time_distance: self.time_distance,
            projected: self.projection.as_ref().and_then(|p| p.projected),
            probability: self.projection.as_ref().and_then(|p| p.probability),
        }
    }
}

impl Scorecard {
    /// Every row as plain columns.
    pub fn flat_rows(&self) -> Vec<FlatRow> {
        self.rows.iter().map(Row::flat).collect()
    }

    /// The rows as CSV, one line per target, with a header.
    pub fn to_csv(&self) -> String {
        csv_table::table(&self.flat_rows())
    }
}
