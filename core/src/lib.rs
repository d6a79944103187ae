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
//! assert_eq!(chitieu::number::parse_amount("477.905 triệu đồng").unwrap().0, 477_905_000_000);
//! ```
#![forbid(unsafe_code)]

pub mod achievement;
pub mod administrative_unit;
pub mod budget;
pub mod bulk;
pub mod bundled;
pub mod comparator;
pub mod extract;
pub mod finite;
pub mod indicator;
pub mod load;
pub mod milestone;
pub mod number;
pub mod observation;
pub mod observation_csv;
pub mod plan;
pub mod problem;
pub mod progress;
pub mod projection;
pub mod reporting;
pub mod rollup;
pub mod schema;
pub mod scorecard;
pub mod target;
pub mod unit;
mod validate;
pub mod workload;

pub use administrative_unit::{AdministrativeUnit, Level, Succession, SuccessionKind, UnitKind};
pub use budget::{Budget, BudgetLine, Dong, FundingSource, SpendingKind, Subtotal};
pub use comparator::Comparator;
pub use indicator::{Indicator, Pillar};
pub use observation::{Observation, ObservationSet, ObservedAt};
pub use plan::{Document, DocumentKind, Period, Plan, FORMAT_VERSION};
pub use problem::{LoadError, Loaded, Problem, ProblemCode, Severity};
pub use reporting::{Frequency, ReportSchedule, ReportingCalendar};
pub use target::{Target, Tier};
pub use unit::{MeasureUnit, Polarity};

/// The README's Rust examples run as doctests, so the README stays true.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;
