//! The merged unit for people: the line that tells a plan's reader what its unit has become since the
//! 2025 reform, and the merged view of a successor province as plain text, in Vietnamese or English.

use time::Date;

use crate::calc::merger::MergedView;
use crate::calc::succession::Lineage;
use crate::label::{text as word, Labelled, Lang};
use crate::model::{AdministrativeUnit, Plan};

use super::number;

/// "Tỉnh Trà Vinh (84) is part of 86 Tỉnh Vĩnh Long (with Bến Tre, Vĩnh Long) …" for a plan whose unit
/// was not in force on `as_of`, with the flag that shows the successor's merged view; `None` when the unit
/// is still in force or the register does not know it.
pub fn successor_note(
    lineage: &Lineage<'_>,
    aliases: &[AdministrativeUnit],
    plan: &Plan,
    as_of: Date,
    lang: Lang,
) -> Option<String> {
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
    let alias = aliases.iter().find(|u| u.code.as_deref() == Some(first.code.as_str()) && u.existed_on(as_of));
    let flag = alias.map_or_else(|| first.code.clone(), |a| a.id.trim_end_matches("_2025").to_owned());
    Some(match lang {
        Lang::Vi => format!(
            "Từ {as_of}, {} ({}) thuộc {} (cùng {}); đơn vị mới kế thừa kế hoạch này cho đến khi ban hành kế hoạch của mình. Xem đơn vị hợp nhất: --merged {flag}\n",
            unit.official_name(),
            unit.code,
            names.join(", "),
            with.join(", "),
        ),
        Lang::En => format!(
            "As of {as_of}, {} ({}) is part of {} (with {}); the new unit carries this plan until it adopts its own. Its merged view: --merged {flag}\n",
            unit.official_name(),
            unit.code,
            names.join(", "),
            with.join(", "),
        ),
    })
}

/// The merged view as text: the predecessors with their plans and weights, then each indicator with the
/// predecessors' figures, the merged figure and its formula, and each predecessor's target against it.
pub fn text(view: &MergedView, lang: Lang) -> String {
    let mut out = format!("{} {} — {} {}\n", word("merged_unit", lang), view.unit, word("as_of", lang), view.as_of);
    out += &format!("{}: {} ({})\n\n", word("weights", lang), view.weights.kind.code(), view.weights.source);
    out += &format!("{}:\n", word("predecessors", lang));
    for p in &view.predecessors {
        let plans = if p.plans.is_empty() { "—".to_owned() } else { p.plans.join(", ") };
        let weight = p.weight.map_or_else(|| "—".to_owned(), |w| number(w, 2, lang));
        out += &format!(
            "  {} ({}, {}): {plans}; {} {weight}\n",
            p.unit,
            p.share.as_str(),
            p.unit.code,
            word("weight", lang)
        );
    }
    out += &format!("\n{}:\n", word("indicators_side_by_side", lang));
    for i in &view.indicators {
        out += &format!("- {} [{}]\n", i.indicator, i.unit.label(lang));
        for f in &i.figures {
            out += &format!("    {}  {} {}: {}\n", word("figure", lang), f.unit, f.year, number(f.value, 2, lang));
        }
        match (&i.merged, i.reason) {
            (Some(m), _) => {
                out += &format!(
                    "    {}  {}: {} = {}; {}\n",
                    word("merged", lang),
                    i.year.unwrap_or_default(),
                    number(m.value, 4, lang),
                    m.formula,
                    m.note
                )
            }
            (None, Some(r)) => {
                let note = i.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
                out += &format!("    {}  —: {}{note}\n", word("merged", lang), r.label(lang));
            }
            (None, None) => {}
        }
        for t in &i.targets {
            let year = t.year.map_or_else(|| "-".to_owned(), |y| y.to_string());
            let judged = match (&t.achievement, t.reason) {
                (Some(a), _) => format!(
                    "{}, {} {}",
                    word(if a.attained { "attained" } else { "not_attained" }, lang),
                    word("gap", lang),
                    number(a.gap, 2, lang)
                ),
                (None, Some(r)) => format!("{}: {}", word("not_assessable", lang), r.label(lang)),
                (None, None) => word("not_assessable", lang).to_owned(),
            };
            out += &format!(
                "    {}  {} ({}, {}): {} {} {year}; {judged}\n",
                word("target", lang),
                t.target,
                t.plan,
                t.adopted_by,
                t.comparator.label(lang),
                number(t.value, 2, lang)
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::bundled;

    #[test]
    fn tra_vinh_is_part_of_vinh_long_and_its_merged_view_reads() {
        let register = bundled::register().unwrap();
        let lineage = Lineage::new(register);
        let aliases = bundled::units().unwrap();
        let plan = bundled::plan("tra_vinh").unwrap();
        let after = time::macros::date!(2025 - 12 - 31);
        let note = successor_note(&lineage, &aliases, &plan, after, Lang::En).unwrap();
        assert!(
            note.contains("(84) is part of 86") && note.contains("Bến Tre") && note.contains("--merged vinh_long"),
            "{note}"
        );
        let before = time::macros::date!(2025 - 06 - 30);
        assert_eq!(successor_note(&lineage, &aliases, &plan, before, Lang::En), None);
        let plans = bundled::plans().unwrap();
        let obs = bundled::observations().unwrap();
        let view = crate::calc::merger::merged_view(&lineage, "86", after, &plans, &aliases, &obs, None).unwrap();
        let vi = text(&view, Lang::Vi);
        assert!(vi.contains("Trà Vinh") && vi.contains("Bến Tre") && vi.contains("tra_vinh"), "{vi}");
        let en = text(&view, Lang::En);
        assert!(en.starts_with("Merged unit ") && en.contains("Predecessors:"), "{en}");
    }
}
