//! # chitieu: Vietnamese digital-transformation KPI plans as data
//!
//! "Chỉ tiêu" is the plans' own word for their target figures. This crate models the plans that
//! Vietnamese provinces publish ("kế hoạch chuyển đổi số"): indicators, targets per year and per tier
//! (province, district, commune), comparators with exact meaning, budgets in integer đồng, reporting
//! calendars, and the administrative units they were written for, including what became of those units in
//! the 1 July 2025 reorganisation.
//!
//! ```
//! let plan = chitieu::bundled::plan("tra_vinh").unwrap();
//! let files = plan.targets_of("work_files_online").count();
//! assert_eq!(files, 6); // 2025 and 2030, for province, district and commune
//! assert_eq!(chitieu::io::number::parse_amount("477.905 triệu đồng").unwrap().0, 477_905_000_000);
//! ```
//!
//! The crate is in rooms, each depending only on those above it:
//!
//! | room | what | depends on |
//! |---|---|---|
//! | [`error`] | the error vocabulary: [`ChitieuError`], [`NonFinite`], [`Problem`] | nothing |
//! | [`model`] | the data and its serde form and schema | nothing |
//! | [`io`] | JSON and CSV reading with every problem's path, validation, Vietnamese numbers, schemas, bundled data | `model`, `error` |
//! | [`calc`] | milestones, attainment, progress, projection, roll-ups, reporting dates, bulk kernels | `model`, `error` |
//! | [`scorecard`] | a plan's scorecard with every number explained, and the milestone table | `calc`, `model`, `io`, `error` |
//! | [`alignment`] | a plan against another: verdicts per indicator, tier and year, counts per pillar | `calc`, `model`, `io`, `error` |
//! | [`label`] | every word a person reads, in Vietnamese and English | `calc`, `model`, `scorecard`, `error` |
//! | [`report`] | the scorecard as a text table, a printable HTML report and (feature `xlsx`) an Excel workbook | all but `extract` |
//! | [`document`] | a document's bytes (text, Word, HTML, PDF) as text, with a map back to the source | `error` |
//! | [`extract`] | drafting a plan from a document's text | `model`, `io`, `error`, `document` |
//!
//! The names used every day are re-exported here: `chitieu::Plan`, `chitieu::Scorecard`, ...
#![forbid(unsafe_code)]

pub mod alignment;
pub mod calc;
pub mod document;
pub mod error;
pub mod extract;
pub mod io;
pub mod label;
pub mod model;
pub mod report;
pub mod scorecard;

pub use calc::milestone::{Anchor, Curve, Milestone, Path};
pub use error::{ChitieuError, LoadError, Loaded, NonFinite, Problem, ProblemCode, Severity};
pub use io::bundled;
pub use model::{
    AdministrativeUnit, Budget, BudgetLine, Catalogue, Comparator, Document, DocumentKind, Dong, Frequency,
    FundingSource, Indicator, Level, MeasureUnit, Observation, ObservationSet, ObservedAt, Period, Pillar, Plan,
    Polarity, ReportSchedule, ReportingCalendar, SpendingKind, Subtotal, Succession, SuccessionKind, Target, Tier,
    UnitKind, FORMAT_VERSION,
};
pub use scorecard::{Scorecard, Settings};

/// The README's Rust examples run as doctests, so the README stays true.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;
