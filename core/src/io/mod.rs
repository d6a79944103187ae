//! Reading, writing and checking the model: the canonical JSON (every problem at once, with its path),
//! observations from spreadsheet CSV, Vietnamese numbers and amounts, the generated JSON Schemas, and the
//! bundled plans, units and observations.
//!
//! Depends on [`crate::model`] and [`crate::error`]; nothing here computes.

pub mod bundled;
pub mod catalogue;
pub(crate) mod csv_records;
pub(crate) mod csv_table;
pub mod json;
mod json_path;
pub(crate) mod letters;
pub mod number;
pub mod observation_csv;
pub mod observation_table;
pub mod observations;
pub mod plan;
pub mod register;
pub mod schema;
pub mod units;
pub(crate) mod validate;

pub use catalogue::catalogue_from_json;
pub use observations::observations_from_json;
pub use plan::plan_from_json;
pub use units::units_from_json;
