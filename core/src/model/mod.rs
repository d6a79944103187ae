//! The data: plans, indicators, targets, comparators, units of measure, budgets, administrative units,
//! reporting calendars and observations, with their serde form and JSON Schema.
//!
//! This room imports nothing else of the crate. Reading, writing and checking these types lives in
//! [`crate::io`]; computing with them in [`crate::calc`].

pub mod administrative_unit;
pub mod budget;
pub mod catalogue;
pub mod comparator;
pub mod date;
pub mod indicator;
pub(crate) mod letter_case;
pub mod measure_unit;
pub mod observation;
pub mod plan;
pub mod register;
pub mod reporting;
pub(crate) mod sort;
pub mod target;

pub use administrative_unit::{AdministrativeUnit, Level, Succession, SuccessionKind, UnitKind};
pub use budget::{Budget, BudgetLine, Dong, FundingSource, SpendingKind, Subtotal};
pub use catalogue::{Catalogue, CatalogueConflict, CatalogueIndicator, ConflictField, DtiComponent};
pub use comparator::Comparator;
pub use indicator::{Indicator, Pillar};
pub use measure_unit::{MeasureUnit, Polarity};
pub use observation::{Observation, ObservationSet, ObservedAt};
pub use plan::{Document, DocumentKind, Period, Plan, FORMAT_VERSION};
pub use register::{LegalBasis, Register, RegisteredUnit, Share, Transfer, Verification};
pub use reporting::{Frequency, ReportSchedule, ReportingCalendar};
pub use target::{Target, Tier};
