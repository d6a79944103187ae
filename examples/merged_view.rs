//! The merged unit's view for the example: `--unit vinh_long` prints a successor province's predecessors,
//! the plans it carries, and each indicator's figures combined, with the predecessors' targets against the
//! merged figure; and, for a plan whose unit has been merged, a line saying what it is part of now. The
//! words are the core's (`chitieu::report::merged`); this file only looks the unit up. Included by the
//! examples with `#[path]`; not an example of its own.

use chitieu::calc::merger::merged_view;
use chitieu::calc::succession::Lineage;
use chitieu::label::Lang;
use chitieu::{bundled, ChitieuError, Level, Plan};
use time::Date;

/// "As of …, Trà Vinh is part of Tỉnh Vĩnh Long …": for a plan whose unit was not in force on `as_of`.
pub fn successor_note(plan: &Plan, as_of: Date) -> Option<String> {
    let lineage = Lineage::new(bundled::register().ok()?);
    chitieu::report::merged::successor_note(&lineage, &bundled::units().ok()?, plan, as_of, Lang::En)
}

/// The merged view of the province `query` names (a bundled unit id such as `vinh_long`, a code or a
/// name) on `as_of`, as text; or the error with its code.
pub fn print_merged_view(query: &str, as_of: Date) -> Result<String, String> {
    let fail = |e: &dyn ChitieuError| format!("error [{}] at {}: {e}", e.code(), e.path().unwrap_or_default());
    let lineage = Lineage::new(bundled::register().map_err(|e| fail(&e))?);
    let aliases = bundled::units().map_err(|e| fail(&e))?;
    let code = aliases.iter().find(|a| a.id == query).and_then(|a| a.code.clone());
    let unit = lineage.unit_at_level(code.as_deref().unwrap_or(query), Level::Province, as_of).map_err(|e| fail(&e))?;
    let plans = bundled::plans().map_err(|e| fail(&e))?;
    let observations = bundled::observations().map_err(|e| fail(&e))?;
    let view = merged_view(&lineage, &unit.code, as_of, &plans, &aliases, &observations, None).map_err(|e| fail(&e))?;
    Ok(chitieu::report::merged::text(&view, Lang::En))
}
