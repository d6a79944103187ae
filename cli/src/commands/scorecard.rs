//! `chitieu scorecard PLAN`: the scorecard as a table, JSON, CSV, an Excel workbook or an HTML report.

use chitieu::calc::succession::Lineage;
use chitieu::label::Lang;
use chitieu::report::Report;
use chitieu::{bundled, Level, Plan, Scorecard, Settings};
use time::Date;

use crate::args::{Format, ScorecardArgs};
use crate::failure::Failure;
use crate::{input, output};

pub fn run(a: &ScorecardArgs) -> Result<(), Failure> {
    let lang: Lang = a.common.lang.into();
    let as_of = input::date("--as-of", a.as_of.as_deref())?;
    if a.format == Format::Xlsx {
        output::check_binary(a.common.out.as_deref())?;
    }
    if let Some(unit) = &a.merged {
        return merged(unit, as_of, a, lang);
    }
    let mut plan = input::plan(&a.plan, lang)?;
    let observations = input::observations(&a.common.observations, a.common.sheet.as_deref(), Some(&plan), lang)?;
    if let Some(unit) = &a.unit {
        if !observations.observations.iter().any(|o| &o.unit == unit) {
            return Err(Failure::unreadable(
                "unknown_unit",
                None,
                Some("--unit".to_owned()),
                format!("no observation is of unit {unit:?}; the observations are of {}", units_of(&observations)),
            ));
        }
        plan.jurisdiction.id.clone_from(unit);
    }
    let card = Scorecard::build(&plan, &observations, as_of, &Settings::default()).map_err(|e| input::core(&e))?;
    let report = Report::new(&plan, &observations, &card, lang);
    let out = a.common.out.as_deref();
    if let Some(other) = &a.align {
        let other = input::plan(other, lang)?;
        let aligned = chitieu::alignment::align(&plan, &other).map_err(|e| input::core(&e))?;
        match a.format {
            Format::Json => return output::write(out, format!("{}\n", aligned.to_json()).as_bytes()),
            Format::Csv => return output::write(out, aligned.to_csv().as_bytes()),
            Format::Table => {
                let text = format!(
                    "{}{}",
                    table(&plan, &report, as_of, lang),
                    chitieu::report::alignment::text(&aligned, lang)
                );
                return output::write(out, text.as_bytes());
            }
            Format::Html | Format::Xlsx => {}
        }
    }
    match a.format {
        Format::Table => output::write(out, table(&plan, &report, as_of, lang).as_bytes()),
        Format::Json => output::write(out, format!("{}\n", card.to_json()).as_bytes()),
        Format::Csv => output::write(out, card.to_csv().as_bytes()),
        Format::Html => output::write(out, report.html().as_bytes()),
        Format::Xlsx => output::write(out, &report.xlsx().map_err(|e| input::core(&e))?),
    }
}

/// The scorecard's text, after a line saying what the plan's unit has become when it was merged.
fn table(plan: &Plan, report: &Report<'_>, as_of: Date, lang: Lang) -> String {
    let note = match (bundled::register(), bundled::units()) {
        (Ok(register), Ok(aliases)) => {
            chitieu::report::merged::successor_note(&Lineage::new(register), &aliases, plan, as_of, lang)
        }
        _ => None,
    };
    format!("{}{}", note.unwrap_or_default(), report.text())
}

/// `--merged UNIT`: the merged view of a successor province from the bundled plans and observations (and
/// the observations given, when any).
fn merged(query: &str, as_of: Date, a: &ScorecardArgs, lang: Lang) -> Result<(), Failure> {
    let register = bundled::register().map_err(|e| input::core(&e))?;
    let lineage = Lineage::new(register);
    let aliases = bundled::units().map_err(|e| input::core(&e))?;
    let code = aliases.iter().find(|u| u.id == query || u.id == format!("{query}_2025")).and_then(|u| u.code.clone());
    let unit = lineage
        .unit_at_level(code.as_deref().unwrap_or(query), Level::Province, as_of)
        .map_err(|e| Failure::of(&e, None, 2))?;
    let plans = bundled::plans().map_err(|e| input::core(&e))?;
    let observations = if a.common.observations.is_empty() {
        bundled::observations().map_err(|e| input::core(&e))?
    } else {
        input::observations(&a.common.observations, a.common.sheet.as_deref(), None, lang)?
    };
    let view = chitieu::calc::merger::merged_view(&lineage, &unit.code, as_of, &plans, &aliases, &observations, None)
        .map_err(|e| Failure::of(&e, None, 2))?;
    let out = a.common.out.as_deref();
    match a.format {
        Format::Json => {
            let json = serde_json::to_string_pretty(&view)
                .map_err(|e| Failure::unreadable("json_write", None, None, format!("cannot write the JSON: {e}")))?;
            output::write(out, format!("{json}\n").as_bytes())
        }
        _ => output::write(out, chitieu::report::merged::text(&view, lang).as_bytes()),
    }
}

fn units_of(set: &chitieu::ObservationSet) -> String {
    let mut units: Vec<&str> = set.observations.iter().map(|o| o.unit.as_str()).collect();
    units.sort_unstable();
    units.dedup();
    units.join(", ")
}
