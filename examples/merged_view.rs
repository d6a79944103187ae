//! The merged unit's view for the main job: `make run ARGS="--unit vinh_long"` prints a successor
//! province's predecessors, the plans it carries, and each indicator's figures combined with the
//! predecessors' targets against the merged figure; and, for a plan whose unit has been merged, a line
//! saying what it is part of now.

use chitieu::calc::merger::{merged_view, MergedView};
use chitieu::calc::succession::Lineage;
use chitieu::{bundled, ChitieuError, Level, Plan};
use time::Date;

/// "As of …, Trà Vinh is part of Tỉnh Vĩnh Long …": for a plan whose unit was not in force on `as_of`.
pub fn successor_note(plan: &Plan, as_of: Date) -> Option<String> {
    let lineage = Lineage::new(bundled::register().ok()?);
    let day = plan.jurisdiction.existed_until().unwrap_or(as_of).min(as_of);
    let unit = lineage.unit_of(&plan.jurisdiction, day).ok()?;
    if unit.is_valid_on(as_of) {
        return None;
    }
    let now = lineage.successors(unit, as_of).ok()?;
    let names: Vec<String> = now.iter().map(|s| format!("{} {}", s.unit.code, s.unit.official_name())).collect();
    let with: Vec<String> = now
        .iter()
        .filter_map(|s| lineage.predecessors(s.unit).ok())
        .flatten()
        .filter(|p| !p.unit.is_same_unit(unit))
        .map(|p| p.unit.name.clone())
        .collect();
    let first = now.first()?.unit;
    let alias = bundled::units()
        .ok()?
        .into_iter()
        .find(|u| u.code.as_deref() == Some(first.code.as_str()) && u.existed_on(as_of));
    let flag = alias.map_or_else(|| first.code.clone(), |a| a.id.trim_end_matches("_2025").to_owned());
    Some(format!(
        "As of {as_of}, {} ({}) is part of {} (with {}); the new unit carries this plan until it adopts its own. Its merged view: make run ARGS=\"--unit {flag}\"\n",
        unit.official_name(),
        unit.code,
        names.join(", "),
        with.join(", "),
    ))
}

/// The merged view of the province `query` names (a bundled unit id such as `vinh_long`, a code or a
/// name) on `as_of`, as text; or the error with its code.
pub fn print_merged_view(query: &str, as_of: Date) -> Result<String, String> {
    let lineage = Lineage::new(bundled::register().map_err(|e| format!("error [{}]: {e}", e.code()))?);
    let aliases = bundled::units().map_err(|e| format!("error [{}]: {e}", e.code()))?;
    let code = aliases.iter().find(|a| a.id == query).and_then(|a| a.code.clone());
    let unit = lineage
        .unit_at_level(code.as_deref().unwrap_or(query), Level::Province, as_of)
        .map_err(|e| format!("error [{}] at {}: {e}", e.code(), e.path().unwrap_or_default()))?;
    let plans = bundled::plans().map_err(|e| format!("error [{}]: {e}", e.code()))?;
    let observations = bundled::observations().map_err(|e| format!("error [{}]: {e}", e.code()))?;
    let view = merged_view(&lineage, &unit.code, as_of, &plans, &aliases, &observations, None)
        .map_err(|e| format!("error [{}] at {}: {e}", e.code(), e.path().unwrap_or_default()))?;
    Ok(render(&view))
}

fn render(view: &MergedView) -> String {
    let mut out = format!("Merged view of {} as of {}\n", view.unit, view.as_of);
    out += &format!(
        "Weights of weighted means: {} ({})\n\nPredecessors:\n",
        view.weights.kind.code(),
        view.weights.source
    );
    for p in &view.predecessors {
        let plans = if p.plans.is_empty() { "no bundled plan".to_owned() } else { p.plans.join(", ") };
        let weight = p.weight.map_or_else(|| "none".to_owned(), |w| w.to_string());
        out += &format!("  {} ({}, {}): plans {plans}; weight {weight}\n", p.unit, p.share.as_str(), p.unit.code);
    }
    out += "\nIndicators (the predecessors' targets side by side, the merged figure against each):\n";
    for i in &view.indicators {
        out += &format!("- {} [{}]\n", i.indicator, i.unit.as_str());
        for f in &i.figures {
            out += &format!("    figure  {} {}: {}\n", f.unit, f.year, f.value);
        }
        match (&i.merged, i.reason) {
            (Some(m), _) => {
                out +=
                    &format!("    merged  {}: {:.4} = {}; {}\n", i.year.unwrap_or_default(), m.value, m.formula, m.note)
            }
            (None, Some(r)) => {
                out += &format!(
                    "    merged  none: {}{}\n",
                    r.code(),
                    i.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default()
                )
            }
            (None, None) => {}
        }
        for t in &i.targets {
            let year = t.year.map_or_else(|| "-".to_owned(), |y| y.to_string());
            let judged = match (&t.achievement, t.reason) {
                (Some(a), _) => format!("attained: {}, gap {:.2}", a.attained, a.gap),
                (None, Some(r)) => format!("not assessable: {}", r.code()),
                (None, None) => "not assessable".to_owned(),
            };
            out += &format!(
                "    target  {} ({} of {}): {:?} {} in {year}; {judged}\n",
                t.target, t.plan, t.adopted_by, t.comparator, t.value
            );
        }
    }
    out
}
