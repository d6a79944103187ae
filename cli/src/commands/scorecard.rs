//! `chitieu scorecard PLAN`: the scorecard as a table, JSON, CSV, an Excel workbook or an HTML report.

use chitieu::label::Lang;
use chitieu::report::Report;
use chitieu::{Scorecard, Settings};

use crate::args::{Format, ScorecardArgs};
use crate::failure::Failure;
use crate::{input, output};

pub fn run(a: &ScorecardArgs) -> Result<(), Failure> {
    let lang: Lang = a.common.lang.into();
    let as_of = input::date("--as-of", a.as_of.as_deref())?;
    if a.format == Format::Xlsx {
        output::check_binary(a.common.out.as_deref())?;
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
    match a.format {
        Format::Table => output::write(out, report.text().as_bytes()),
        Format::Json => output::write(out, format!("{}\n", card.to_json()).as_bytes()),
        Format::Csv => {
            let csv = card
                .to_csv()
                .map_err(|e| Failure::unreadable("csv_write", None, None, format!("cannot write the CSV: {e}")))?;
            output::write(out, csv.as_bytes())
        }
        Format::Html => output::write(out, report.html().as_bytes()),
        Format::Xlsx => output::write(out, &report.xlsx().map_err(|e| input::core(&e))?),
    }
}

fn units_of(set: &chitieu::ObservationSet) -> String {
    let mut units: Vec<&str> = set.observations.iter().map(|o| o.unit.as_str()).collect();
    units.sort_unstable();
    units.dedup();
    units.join(", ")
}
