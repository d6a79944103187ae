//! How one plan stands against another: a province against the nation, a successor province against a
//! predecessor. For each indicator, tier and year that either plan sets, both targets side by side and a
//! verdict (stricter, equal, looser, only in the first, only in the second, or incomparable), with the
//! difference in the indicator's unit; comparators and polarity respected ("top 10" is stricter than
//! "top 20"; under 2% stricter than at most 5%); a year one plan does not state is read from its straight
//! milestone path between the target years around it, and marked interpolated. Summary counts per pillar;
//! rows, CSV and JSON.
//!
//! ```
//! use chitieu::alignment::{align, Verdict};
//! let tra_vinh = chitieu::bundled::plan("tra_vinh").unwrap();
//! let can_tho = chitieu::bundled::plan("can_tho").unwrap();
//! let a = align(&tra_vinh, &can_tho).unwrap();
//! let row = a.row("digital_economy_share_grdp", None, Some(2030)).unwrap();
//! // Trà Vinh: more than 25% of GRDP; Cần Thơ: 30%.
//! assert_eq!((row.verdict, row.difference), (Verdict::Looser, Some(-5.0)));
//! ```

mod rows;
mod verdict;

use serde::{Deserialize, Serialize};

pub use rows::{AlignedTarget, AlignmentRow, Basis, RowWarning};
pub use verdict::Verdict;

use crate::error::NonFinite;
use crate::io::csv_table::{self, Cell, CsvRow};
use crate::model::{Plan, Tier};

/// What makes a whole alignment need a second look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AlignmentWarning {
    /// The plan is compared with itself (same id): every row is `equal` by construction.
    SamePlan,
    /// No indicator has a target in both plans: every row is `only_first` or `only_second`.
    NoSharedIndicators,
}

impl AlignmentWarning {
    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::SamePlan => "same_plan",
            Self::NoSharedIndicators => "no_shared_indicators",
        }
    }
}

/// The rows of one pillar, counted by verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PillarCounts {
    /// Pillar id.
    pub pillar: String,
    /// Rows where the first plan asks more.
    pub stricter: usize,
    /// Rows where both ask the same.
    pub equal: usize,
    /// Rows where the first asks less.
    pub looser: usize,
    /// Rows only the first plan sets.
    pub only_first: usize,
    /// Rows only the second plan sets.
    pub only_second: usize,
    /// Rows that cannot be compared.
    pub incomparable: usize,
}

/// A plan against another, row by row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Alignment {
    /// Id of the first plan (the one judged).
    pub first: String,
    /// Id of the second plan (the reference).
    pub second: String,
    /// One row per indicator, tier and year either plan sets.
    pub rows: Vec<AlignmentRow>,
    /// Counts per pillar, pillars in the order their first row appears.
    pub summary: Vec<PillarCounts>,
    /// Warnings on the whole comparison.
    pub warnings: Vec<AlignmentWarning>,
}

/// One row of the alignment as flat text and numbers, for CSV and data frames.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FlatAlignmentRow {
    /// Indicator id.
    pub indicator: String,
    /// English name.
    pub name: String,
    /// Pillar id.
    pub pillar: String,
    /// Tier code, or empty.
    pub tier: String,
    /// Year, if stated.
    pub year: Option<i32>,
    /// First plan's comparator code, or empty.
    pub first_comparator: String,
    /// First plan's value.
    pub first_value: Option<f64>,
    /// `stated`, `interpolated` or empty.
    pub first_basis: String,
    /// Second plan's comparator code, or empty.
    pub second_comparator: String,
    /// Second plan's value.
    pub second_value: Option<f64>,
    /// `stated`, `interpolated` or empty.
    pub second_basis: String,
    /// Unit code (the first plan's, else the second's).
    pub unit: String,
    /// Verdict code.
    pub verdict: String,
    /// First minus second.
    pub difference: Option<f64>,
    /// How much more the first asks.
    pub margin: Option<f64>,
    /// Warning codes, joined by `;`.
    pub warnings: String,
}

impl CsvRow for FlatAlignmentRow {
    const HEADER: &'static [&'static str] = &[
        "indicator",
        "name",
        "pillar",
        "tier",
        "year",
        "first_comparator",
        "first_value",
        "first_basis",
        "second_comparator",
        "second_value",
        "second_basis",
        "unit",
        "verdict",
        "difference",
        "margin",
        "warnings",
    ];

    fn cells(&self) -> Vec<&dyn Cell> {
        vec![
            &self.indicator,
            &self.name,
            &self.pillar,
            &self.tier,
            &self.year,
            &self.first_comparator,
            &self.first_value,
            &self.first_basis,
            &self.second_comparator,
            &self.second_value,
            &self.second_basis,
            &self.unit,
            &self.verdict,
            &self.difference,
            &self.margin,
            &self.warnings,
        ]
    }
}

/// Aligns `first` against `second`. Fails only on a value that is not a finite number (a plan built in
/// code; a loaded plan never has one), naming its target (`first.targets[3]`).
pub fn align(first: &Plan, second: &Plan) -> Result<Alignment, NonFinite> {
    for (name, plan) in [("first.targets", first), ("second.targets", second)] {
        if let Some(i) = plan.targets.iter().position(|t| !t.value.is_finite()) {
            return Err(NonFinite::at(name, i));
        }
    }
    let same_plan = first.id == second.id;
    let rows = rows::rows(first, second, same_plan);
    let mut warnings = Vec::new();
    if same_plan {
        warnings.push(AlignmentWarning::SamePlan);
    }
    if !rows.iter().any(|r| r.first.is_some() && r.second.is_some()) {
        warnings.push(AlignmentWarning::NoSharedIndicators);
    }
    let summary = summary(&rows);
    Ok(Alignment { first: first.id.clone(), second: second.id.clone(), rows, summary, warnings })
}

fn summary(rows: &[AlignmentRow]) -> Vec<PillarCounts> {
    let mut out: Vec<PillarCounts> = Vec::new();
    for r in rows {
        let i = match out.iter().position(|c| c.pillar == r.pillar) {
            Some(i) => i,
            None => {
                out.push(PillarCounts { pillar: r.pillar.clone(), ..PillarCounts::default() });
                out.len() - 1
            }
        };
        if let Some(c) = out.get_mut(i) {
            match r.verdict {
                Verdict::Stricter => c.stricter += 1,
                Verdict::Equal => c.equal += 1,
                Verdict::Looser => c.looser += 1,
                Verdict::OnlyFirst => c.only_first += 1,
                Verdict::OnlySecond => c.only_second += 1,
                Verdict::Incomparable => c.incomparable += 1,
            }
        }
    }
    out
}

impl Alignment {
    /// The row of an indicator, tier and year.
    pub fn row(&self, indicator: &str, tier: Option<Tier>, year: Option<i32>) -> Option<&AlignmentRow> {
        self.rows.iter().find(|r| r.indicator == indicator && r.tier == tier && r.year == year)
    }

    /// The rows as flat records.
    pub fn flat_rows(&self) -> Vec<FlatAlignmentRow> {
        self.rows.iter().map(flat).collect()
    }

    /// The flat rows as CSV, with a header line.
    pub fn to_csv(&self) -> String {
        csv_table::table(&self.flat_rows())
    }

    /// The alignment as pretty JSON (rows, summary and warnings).
    pub fn to_json(&self) -> String {
        crate::io::json::to_json(self).unwrap_or_default()
    }
}

fn flat(r: &AlignmentRow) -> FlatAlignmentRow {
    let code = |s: &Option<AlignedTarget>| s.as_ref().map_or(String::new(), |s| s.comparator.as_str().to_owned());
    let basis = |s: &Option<AlignedTarget>| {
        s.as_ref().map_or(String::new(), |s| match s.basis {
            Basis::Stated => "stated".to_owned(),
            Basis::Interpolated => "interpolated".to_owned(),
        })
    };
    let unit = r.first.as_ref().or(r.second.as_ref()).map_or(String::new(), |s| s.unit.as_str().to_owned());
    FlatAlignmentRow {
        indicator: r.indicator.clone(),
        name: r.name.clone(),
        pillar: r.pillar.clone(),
        tier: r.tier.map_or(String::new(), |t| t.as_str().to_owned()),
        year: r.year,
        first_comparator: code(&r.first),
        first_value: r.first.as_ref().map(|s| s.value),
        first_basis: basis(&r.first),
        second_comparator: code(&r.second),
        second_value: r.second.as_ref().map(|s| s.value),
        second_basis: basis(&r.second),
        unit,
        verdict: r.verdict.code().to_owned(),
        difference: r.difference,
        margin: r.margin,
        warnings: r.warnings.iter().map(|w| w.code()).collect::<Vec<_>>().join(";"),
    }
}
