//! `chitieu show PLAN`: the plan's document, targets, budget and reporting calendar; `--list` lists
//! the bundled plans.

use chitieu::label::{text as word, Labelled, Lang};
use chitieu::report::{date, number, text::table};
use chitieu::{bundled, Plan};

use crate::args::{ShowArgs, TableFormat};
use crate::failure::Failure;
use crate::{input, output};

pub fn run(a: &ShowArgs) -> Result<(), Failure> {
    let lang: Lang = a.common.lang.into();
    let out = a.common.out.as_deref();
    if a.list {
        let mut text = String::new();
        for id in bundled::plan_ids() {
            let plan = bundled::plan(id).map_err(|e| input::core(&e))?;
            text += &format!("{id}\t{}\t{}\n", plan.jurisdiction.name, plan.document.number.as_deref().unwrap_or(""));
        }
        return output::write(out, text.as_bytes());
    }
    let plan = input::plan(&a.plan, lang)?;
    match a.format {
        TableFormat::Json | TableFormat::Csv => output::write(out, format!("{}\n", plan.to_json()).as_bytes()),
        TableFormat::Table => output::write(out, text(&plan, lang).as_bytes()),
    }
}

fn text(plan: &Plan, lang: Lang) -> String {
    let doc = &plan.document;
    let mut out = format!("{} — {}\n", plan.id, doc.title);
    out += &format!(
        "{}: {} {}{}\n",
        word("document", lang),
        doc.number.as_deref().unwrap_or(""),
        doc.issuer,
        doc.signed_on.map_or(String::new(), |d| format!(", {}", date(d, lang)))
    );
    out += &format!("{}: {} ({})\n", word("unit", lang), plan.jurisdiction.name, plan.jurisdiction.level.label(lang));
    out += &format!(
        "{}: {}–{}\n\n",
        word("period", lang),
        plan.period.from.map_or(String::new(), |f| f.to_string()),
        plan.period.to
    );
    let header: Vec<String> =
        ["indicator", "year", "tier", "target_value"].iter().map(|k| word(k, lang).to_owned()).collect();
    let rows: Vec<Vec<String>> = plan
        .targets
        .iter()
        .map(|t| {
            let ind = plan.indicator(&t.indicator);
            let name = ind.map_or(t.indicator.as_str(), |i| match lang {
                Lang::Vi => &i.name_vi,
                Lang::En => &i.name_en,
            });
            let unit = ind.map_or("", |i| i.unit.label(lang));
            vec![
                name.chars().take(50).collect(),
                t.year.map_or("—".to_owned(), |y| y.to_string()),
                t.tier.map_or("—", |x| x.label(lang)).to_owned(),
                format!("{} {} {unit}", t.comparator.label(lang), number(t.value, 2, lang)).trim_end().to_owned(),
            ]
        })
        .collect();
    out += &table(&header, &rows);
    if let Some(b) = &plan.budget {
        let total = format!("{} đồng", number(b.total.0 as f64, 0, lang));
        out += &format!("\n{}: {total} ({} lines)\n", word("budget", lang), b.lines.len());
    }
    out += &format!("\n{}: ", word("reporting_period", lang));
    match &plan.reporting {
        None => out += word("no_calendar", lang),
        Some(c) => {
            let each: Vec<String> =
                c.schedules.iter().map(|s| format!("{} ({})", s.frequency.label(lang), s.quote)).collect();
            out += &each.join("; ");
        }
    }
    out + "\n"
}
