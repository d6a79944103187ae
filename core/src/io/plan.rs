//! A plan's canonical JSON: reading it with every problem at once, writing it, and checking a plan built
//! in code as the reader would.

use crate::error::{LoadError, Loaded, Problem, Problems};
use crate::io::json::{read_object, to_json, ObjectReader};
use crate::io::validate;
use crate::model::plan::Plan;

/// Reads a plan from its canonical JSON, validating it. Warnings come with the plan.
pub fn plan_from_json(text: &str) -> Result<Loaded<Plan>, LoadError> {
    let mut problems = Problems::default();
    let Some(root) = read_object(text, "plan", &mut problems) else {
        return problems.finish_err();
    };
    let mut r = ObjectReader::new(&root, "", &mut problems);
    let format_version = r.required("format_version");
    let id = r.required("id");
    let jurisdiction = r.required("jurisdiction");
    let document = r.required("document");
    let period = r.required("period");
    let (pillars, pillar_index) = r.list("pillars", true);
    let (indicators, indicator_index) = r.list("indicators", true);
    let (targets, target_index) = r.list("targets", true);
    let budget = r.optional("budget");
    let reporting = r.optional("reporting");
    let notes = r.optional("notes").unwrap_or_default();
    r.deny_unknown(&[
        "format_version",
        "id",
        "jurisdiction",
        "document",
        "period",
        "pillars",
        "indicators",
        "targets",
        "budget",
        "reporting",
        "notes",
    ]);
    let (Some(format_version), Some(id), Some(jurisdiction), Some(document), Some(period)) =
        (format_version, id, jurisdiction, document, period)
    else {
        return problems.finish_err();
    };
    let plan = Plan {
        format_version,
        id,
        jurisdiction,
        document,
        period,
        pillars,
        indicators,
        targets,
        budget,
        reporting,
        notes,
    };
    let complete = validate::Complete { pillars: pillar_index.complete, indicators: indicator_index.complete };
    let mut found = Problems::default();
    validate::plan(&plan, complete, &mut found);
    // Elements that failed to read are not in the plan: name the others by their place in the document.
    for mut p in found.into_list() {
        for (list, index) in [("pillars", &pillar_index), ("indicators", &indicator_index), ("targets", &target_index)]
        {
            p.path = index.renumber(&p.path, list);
            p.message = index.renumber(&p.message, list);
        }
        problems.push(p);
    }
    problems.finish(plan)
}

impl Plan {
    /// Reads a plan from JSON; see [`plan_from_json`].
    pub fn from_json(text: &str) -> Result<Loaded<Plan>, LoadError> {
        plan_from_json(text)
    }

    /// Writes the plan as canonical JSON.
    pub fn to_json(&self) -> String {
        // Serialising these types cannot fail: every map key is a string and every float was validated.
        to_json(self).unwrap_or_default()
    }

    /// Every problem with this plan, as the loader would report it (for plans built in code).
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Problems::default();
        validate::plan(self, validate::Complete { pillars: true, indicators: true }, &mut problems);
        problems.into_list()
    }
}
