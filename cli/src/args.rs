//! The command line: subcommands and their options.

use std::path::PathBuf;

use chitieu::label::Lang;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Vietnamese digital-transformation plans: scorecards, milestones, validation, drafts.
#[derive(Debug, Parser)]
#[command(name = "chitieu", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// The language of the command's messages.
    pub fn lang(&self) -> Lang {
        match &self.command {
            Command::Scorecard(a) => a.common.lang.into(),
            Command::Milestones(a) => a.common.lang.into(),
            Command::Show(a) => a.common.lang.into(),
            Command::Units(a) => a.lang.into(),
            Command::Validate(a) => a.lang.into(),
            Command::Draft(_) | Command::Schema(_) => Lang::Vi,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// A plan's scorecard as of a date: each target's milestone, latest value, attainment and status.
    Scorecard(ScorecardArgs),
    /// The milestones of every indicator and tier of a plan, year by year.
    Milestones(MilestonesArgs),
    /// A plan's document, targets, budget and reporting calendar.
    Show(ShowArgs),
    /// Checks plans and observations: every problem with its path; exit status 1 when any is an error.
    Validate(ValidateArgs),
    /// Drafts a plan from a document's text; writes the draft as JSON.
    Draft(DraftArgs),
    /// Administrative units in force on a date, by name.
    Units(UnitsArgs),
    /// The JSON Schema of plans or observations.
    Schema(SchemaArgs),
}

/// Language of text output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Tiếng Việt.
    #[default]
    Vi,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

/// Format of a scorecard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text tables for a terminal.
    #[default]
    Table,
    /// The library's JSON.
    Json,
    /// The library's CSV, one row per target.
    Csv,
    /// An Excel workbook (needs --out, or stdout not a terminal).
    Xlsx,
    /// A self-contained HTML report, printable on A4.
    Html,
}

/// Format of a table that is not a scorecard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// Text tables for a terminal.
    #[default]
    Table,
    /// JSON.
    Json,
    /// CSV.
    Csv,
}

/// Options every report-like command takes.
#[derive(Debug, Clone, Args)]
pub struct Common {
    /// Observations: JSON, CSV, or an Excel/OpenDocument workbook (.xlsx, .xls, .ods); several are merged.
    /// Without any, the bundled observations.
    #[arg(long = "observations", value_name = "FILE")]
    pub observations: Vec<PathBuf>,
    /// The sheet of a workbook to read, by name (default: the first).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Language of text output.
    #[arg(long, value_enum, default_value_t = LangArg::Vi)]
    pub lang: LangArg,
    /// Write to this file instead of stdout (written whole or not at all).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ScorecardArgs {
    /// A bundled plan id (`chitieu show --list`) or a plan JSON file.
    #[arg(value_name = "PLAN", default_value = chitieu::bundled::DEFAULT_PLAN)]
    pub plan: String,
    #[command(flatten)]
    pub common: Common,
    /// The as-of date, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Judge the plan on the observations of this unit id instead of the plan's own unit.
    #[arg(long, value_name = "UNIT")]
    pub unit: Option<String>,
    /// After the scorecard, the plan's alignment against OTHER (a bundled plan or national document id, or a
    /// plan file); with `--format json` or `csv`, the alignment's JSON or CSV instead of the scorecard's.
    #[arg(long, value_name = "OTHER")]
    pub align: Option<String>,
    /// Instead of a plan's scorecard, the merged view of the successor province UNIT (a bundled unit id such
    /// as `vinh_long`, an official code or a name) on the as-of date: its predecessors' plans side by side
    /// and their figures combined; with `--format json`, the view's JSON.
    #[arg(long, value_name = "UNIT", conflicts_with_all = ["align", "unit"])]
    pub merged: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// A milestone curve.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum CurveArg {
    /// By unit: logistic for shares, compound for counts and money, linear otherwise.
    #[default]
    Auto,
    /// Straight lines.
    Linear,
    /// Constant growth rate.
    Compound,
    /// S-curve within the unit's bounds.
    Logistic,
    /// Each target holds until the next.
    Step,
}

#[derive(Debug, Args)]
pub struct MilestonesArgs {
    /// A bundled plan id or a plan JSON file.
    #[arg(value_name = "PLAN", default_value = chitieu::bundled::DEFAULT_PLAN)]
    pub plan: String,
    #[command(flatten)]
    pub common: Common,
    /// First year (default: the plan's first year).
    #[arg(long, value_name = "YEAR")]
    pub from: Option<i32>,
    /// Last year (default: the plan's last year).
    #[arg(long, value_name = "YEAR")]
    pub to: Option<i32>,
    /// The curve between anchors.
    #[arg(long, value_enum, default_value_t = CurveArg::Auto)]
    pub curve: CurveArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// A bundled plan id or a plan JSON file.
    #[arg(value_name = "PLAN", default_value = chitieu::bundled::DEFAULT_PLAN)]
    pub plan: String,
    #[command(flatten)]
    pub common: Common,
    /// List the bundled plans instead.
    #[arg(long)]
    pub list: bool,
    /// Output format (JSON: the plan itself).
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Plan files (JSON) and observation files (JSON, CSV, .xlsx, .xls, .ods).
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Check observations against this plan (bundled id or file): known indicators, shares as percents.
    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,
    /// The sheet of a workbook to read, by name (default: the first).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Language of messages.
    #[arg(long, value_enum, default_value_t = LangArg::Vi)]
    pub lang: LangArg,
}

#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The plan's document (plain text, UTF-8).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Write the draft JSON here instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct UnitsArgs {
    /// Units in force on this date, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Only units whose name contains this (diacritics and case do not matter).
    #[arg(long, value_name = "NAME")]
    pub search: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// Language of text output.
    #[arg(long, value_enum, default_value_t = LangArg::Vi)]
    pub lang: LangArg,
    /// Write to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Which schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// A plan.
    Plan,
    /// A set of observations.
    Observations,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which schema.
    #[arg(value_enum)]
    pub kind: SchemaKind,
    /// Write to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}
