//! The catalogue's canonical JSON: reading it with every problem at once (duplicate ids, an unknown pillar,
//! a unit that is not one, a kind that disagrees with its unit), writing it, and loading a user's file
//! over the bundled catalogue.
//!
//! ```
//! use chitieu::ChitieuError;
//! let bad = r#"{"format_version": 1, "pillars": [], "indicators": [
//!   {"id": "x", "name_vi": "x", "name_en": "x", "unit": "percent", "polarity": "higher_is_better",
//!    "kind": "level_or_share", "pillar": "nowhere"}]}"#;
//! let err = chitieu::Catalogue::from_json(bad).unwrap_err();
//! assert_eq!(err.problems()[0].path, "indicators[0].pillar");
//! assert_eq!(err.problems()[0].code.as_str(), "unknown_pillar");
//! ```

use crate::error::{LoadError, Loaded, Problem, ProblemCode, Problems};
use crate::io::json::{read_object, to_json, ObjectReader};
use crate::io::validate::{check_id, check_text, one_of, unique_ids};
use crate::model::catalogue::{Catalogue, CatalogueConflict};
use crate::model::plan::FORMAT_VERSION;

/// A user's catalogue merged over another: the result and every field on which they differed.
#[derive(Debug, Clone, PartialEq)]
pub struct Extended {
    /// The merged catalogue.
    pub catalogue: Catalogue,
    /// Each field an id of the user's file changed, with both values.
    pub conflicts: Vec<CatalogueConflict>,
}

/// Reads a catalogue from its canonical JSON, validating it.
pub fn catalogue_from_json(text: &str) -> Result<Loaded<Catalogue>, LoadError> {
    let mut problems = Problems::default();
    let Some(root) = read_object(text, "catalogue", &mut problems) else {
        return problems.finish_err();
    };
    let mut r = ObjectReader::new(&root, "", &mut problems);
    let format_version = r.required("format_version");
    let (pillars, pillar_index) = r.list("pillars", true);
    let (indicators, indicator_index) = r.list("indicators", true);
    r.deny_unknown(&["format_version", "pillars", "indicators"]);
    let Some(format_version) = format_version else {
        return problems.finish_err();
    };
    let catalogue = Catalogue { format_version, pillars, indicators };
    let mut found = Problems::default();
    check(&catalogue, pillar_index.complete, &mut found);
    for mut p in found.into_list() {
        for (list, index) in [("pillars", &pillar_index), ("indicators", &indicator_index)] {
            p.path = index.renumber(&p.path, list);
            p.message = index.renumber(&p.message, list);
        }
        problems.push(p);
    }
    problems.finish(catalogue)
}

/// Every check of a catalogue: its version, unique ids, names, each indicator's pillar and kind.
fn check(catalogue: &Catalogue, pillars_complete: bool, problems: &mut Problems) {
    if catalogue.format_version != FORMAT_VERSION {
        problems.error(
            "format_version",
            ProblemCode::UnsupportedVersion,
            format!("format version {} is not supported", catalogue.format_version),
            format!("{FORMAT_VERSION}"),
        );
    }
    unique_ids("pillars", catalogue.pillars.iter().map(|p| p.id.as_str()), problems);
    unique_ids("indicators", catalogue.indicators.iter().map(|i| i.id.as_str()), problems);
    for (i, p) in catalogue.pillars.iter().enumerate() {
        check_text(&format!("pillars[{i}].name_vi"), &p.name_vi, problems);
        check_text(&format!("pillars[{i}].name_en"), &p.name_en, problems);
    }
    let pillar_ids: Vec<&str> = catalogue.pillars.iter().map(|p| p.id.as_str()).collect();
    for (i, ind) in catalogue.indicators.iter().enumerate() {
        let path = format!("indicators[{i}]");
        check_text(&format!("{path}.name_vi"), &ind.name_vi, problems);
        check_text(&format!("{path}.name_en"), &ind.name_en, problems);
        if pillars_complete && !pillar_ids.contains(&ind.pillar.as_str()) {
            problems.error(
                format!("{path}.pillar"),
                ProblemCode::UnknownPillar,
                format!("pillar {:?} is not defined in `pillars`", ind.pillar),
                one_of(&pillar_ids),
            );
        }
        if ind.kind != ind.unit.kind() {
            problems.error(
                format!("{path}.kind"),
                ProblemCode::KindMismatch,
                format!("kind {} disagrees with unit {}", ind.kind.code(), ind.unit.as_str()),
                ind.unit.kind().code(),
            );
        }
        for (j, d) in ind.documents.iter().enumerate() {
            check_id(&format!("{path}.documents[{j}]"), d, problems);
        }
    }
}

/// Reads a user's catalogue and merges it over `base` ([`Catalogue::extend`]); the merged catalogue is
/// checked again (a user's indicator may name a pillar only the base defines).
pub fn extend_from_json(base: &Catalogue, text: &str) -> Result<Loaded<Extended>, LoadError> {
    let mut problems = Problems::default();
    let Some(root) = read_object(text, "catalogue", &mut problems) else {
        return problems.finish_err();
    };
    let mut r = ObjectReader::new(&root, "", &mut problems);
    let format_version: Option<u32> = r.required("format_version");
    let (pillars, pillar_index) = r.list("pillars", false);
    let (indicators, indicator_index) = r.list("indicators", true);
    r.deny_unknown(&["format_version", "pillars", "indicators"]);
    let Some(format_version) = format_version else {
        return problems.finish_err();
    };
    let user = Catalogue { format_version, pillars, indicators };
    let mut found = Problems::default();
    let mut with_base_pillars = user.clone();
    for p in &base.pillars {
        if with_base_pillars.pillar(&p.id).is_none() {
            with_base_pillars.pillars.push(p.clone());
        }
    }
    check(&with_base_pillars, pillar_index.complete, &mut found);
    for mut p in found.into_list() {
        if p.path.starts_with("pillars[") && user.pillars.len() <= pillar_position(&p.path) {
            continue;
        }
        for (list, index) in [("pillars", &pillar_index), ("indicators", &indicator_index)] {
            p.path = index.renumber(&p.path, list);
            p.message = index.renumber(&p.message, list);
        }
        problems.push(p);
    }
    let mut catalogue = base.clone();
    let conflicts = catalogue.extend(user);
    problems.finish(Extended { catalogue, conflicts })
}

fn pillar_position(path: &str) -> usize {
    path.trim_start_matches("pillars[").split(']').next().and_then(|n| n.parse().ok()).unwrap_or(0)
}

impl Catalogue {
    /// Reads a catalogue from JSON; see [`catalogue_from_json`].
    pub fn from_json(text: &str) -> Result<Loaded<Catalogue>, LoadError> {
        catalogue_from_json(text)
    }

    /// Writes the catalogue as canonical JSON.
    pub fn to_json(&self) -> String {
        to_json(self).unwrap_or_default()
    }

    /// Every problem with this catalogue, as the loader would report it (for catalogues built in code).
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Problems::default();
        check(self, true, &mut problems);
        problems.into_list()
    }
}
