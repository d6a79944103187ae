//! A register of administrative units in JSON: every unit checked, ids unique, parents and successors
//! known.

use crate::error::{LoadError, Loaded, ProblemCode, Problems};
use crate::io::json::{read_object, ObjectReader};
use crate::io::validate;
use crate::model::administrative_unit::AdministrativeUnit;

/// Reads a register of administrative units (`{"format_version": 1, "units": [...]}`): every unit is
/// checked, ids are unique, and parents and successors refer to units of the register.
pub fn units_from_json(text: &str) -> Result<Loaded<Vec<AdministrativeUnit>>, LoadError> {
    let mut problems = Problems::default();
    let Some(root) = read_object(text, "register of units", &mut problems) else {
        return problems.finish_err();
    };
    let mut r = ObjectReader::new(&root, "", &mut problems);
    let format_version: Option<u32> = r.required("format_version");
    let (units, index) = r.list::<AdministrativeUnit>("units", true);
    r.deny_unknown(&["format_version", "units"]);
    if let Some(v) = format_version.filter(|v| *v != crate::model::plan::FORMAT_VERSION) {
        problems.error(
            "format_version",
            ProblemCode::UnsupportedVersion,
            format!("format version {v} is not supported"),
            "1",
        );
    }
    let mut found = Problems::default();
    validate::units(&units, &mut found);
    for mut p in found.into_list() {
        p.path = index.renumber(&p.path, "units");
        problems.push(p);
    }
    problems.finish(units)
}
