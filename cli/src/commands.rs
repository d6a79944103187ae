//! One file per subcommand.

pub mod draft;
pub mod milestones;
pub mod schema;
pub mod scorecard;
pub mod show;
pub mod units;
pub mod validate;
