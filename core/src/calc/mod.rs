//! The calculations: milestones between target years, attainment, progress status, projections,
//! roll-ups across tiers, reporting due dates, the bulk kernels over columns of numbers and the national
//! benchmark workload.
//!
//! Depends on [`crate::model`] and [`crate::error`] only. Each function refuses a non-finite input with
//! [`crate::error::NonFinite`] and says why a number is absent with a typed reason.

pub mod achievement;
pub mod bulk;
pub mod cumulative;
pub mod exact_sum;
pub mod merger;
pub mod method;
pub mod milestone;
pub mod progress;
pub mod projection;
pub mod rank;
pub mod reporting;
pub mod rollup;
pub mod succession;
pub mod workload;
pub mod yearly_rate;
