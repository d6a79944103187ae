//! The JSON Schema of the canonical formats, generated from the same types serde reads and writes.
//!
//! The schemas ship as `core/schema/plan.schema.json`, `core/schema/observations.schema.json` and
//! `core/schema/catalogue.schema.json`; a test
//! checks that the shipped files equal what this module generates.

use crate::model::catalogue::Catalogue;
use crate::model::observation::ObservationSet;
use crate::model::plan::Plan;

/// The JSON Schema (draft 2020-12) of a plan document, pretty-printed.
pub fn plan_schema() -> String {
    serde_json::to_string_pretty(&schemars::schema_for!(Plan)).unwrap_or_default()
}

/// The JSON Schema (draft 2020-12) of an observations document, pretty-printed.
pub fn observations_schema() -> String {
    serde_json::to_string_pretty(&schemars::schema_for!(ObservationSet)).unwrap_or_default()
}

/// The JSON Schema (draft 2020-12) of a catalogue of indicators, pretty-printed.
pub fn catalogue_schema() -> String {
    serde_json::to_string_pretty(&schemars::schema_for!(Catalogue)).unwrap_or_default()
}
