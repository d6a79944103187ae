//! Reading, writing and checking the model: the canonical JSON (every problem at once, with its path),
//! observations from spreadsheet CSV, Vietnamese numbers and amounts, the generated JSON Schemas, and the
//! bundled plans, units and observations.
//!
//! Depends on [`crate::model`] and [`crate::error`]; nothing here computes.

pub mod bundled;
pub mod json;
pub mod number;
pub mod observation_csv;
pub mod schema;
pub(crate) mod validate;
