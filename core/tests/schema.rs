//! The shipped JSON Schemas are the ones generated from the types, and the bundled data conforms to
//! the shape they describe. Regenerate with `CHITIEU_BLESS=1 cargo test -p chitieu --test schema`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::io::schema::{observations_schema, plan_schema};
use serde_json::Value;

fn check(file: &str, generated: String) {
    let path = format!("{}/schema/{file}", env!("CARGO_MANIFEST_DIR"));
    let generated = format!("{generated}\n");
    if std::env::var_os("CHITIEU_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(shipped == generated, "{path} is stale: run `CHITIEU_BLESS=1 cargo test -p chitieu --test schema`");
}

#[test]
fn shipped_schemas_are_generated_from_the_types() {
    check("plan.schema.json", plan_schema());
    check("observations.schema.json", observations_schema());
}

#[test]
fn plan_schema_describes_the_format() {
    let schema: Value = serde_json::from_str(&plan_schema()).unwrap();
    assert_eq!(schema["title"], "Plan");
    let required: Vec<&str> = schema["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    for field in ["format_version", "id", "jurisdiction", "document", "period", "pillars", "indicators", "targets"] {
        assert!(required.contains(&field), "{field} not required in schema");
    }
    assert_eq!(schema["additionalProperties"], false);
    let comparators = &schema["$defs"]["Comparator"];
    let names: Vec<String> = comparators
        .to_string()
        .split('"')
        .filter(|s| s.contains('_') || *s == "reach" || *s == "about")
        .map(str::to_owned)
        .collect();
    for c in ["at_least", "more_than", "reach", "at_most", "less_than", "about"] {
        assert!(names.iter().any(|n| n == c), "comparator {c} missing from schema: {comparators}");
    }
    assert_eq!(schema["$defs"]["Document"]["properties"]["signed_on"]["format"], "date");
}

#[test]
fn observations_schema_has_year_or_date() {
    let schema: Value = serde_json::from_str(&observations_schema()).unwrap();
    let obs = &schema["$defs"]["Observation"]["properties"];
    assert!(obs["year"].is_object() && obs["date"].is_object(), "{obs}");
}
