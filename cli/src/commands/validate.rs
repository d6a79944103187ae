//! `chitieu validate FILE...`: each file read as a plan (a JSON object with `targets`) or as
//! observations, every problem printed with its file and path; exit status 1 when any is an error (or a percent
//! written as a fraction, `0.9` for 90%, which the scorecard refuses).

use std::path::Path;

use chitieu::label::{text as word, Lang};
use chitieu::{ChitieuError, ObservationSet, Plan, Problem};

use crate::args::ValidateArgs;
use crate::failure::{print_problems, Failure};
use crate::input::{self, Kind};

pub fn run(a: &ValidateArgs) -> Result<(), Failure> {
    let lang: Lang = a.lang.into();
    let plan = a.plan.as_deref().map(|p| input::plan(p, lang)).transpose()?;
    let mut errors = 0usize;
    for path in &a.files {
        let problems = check(path, a.sheet.as_deref(), plan.as_ref())?;
        let n = problems.iter().filter(|p| input::blocking(p)).count();
        errors += n;
        print_problems(Some(&path.display().to_string()), &problems, lang);
        let verdict = if n == 0 { "ok" } else { word("error", lang) };
        println!(
            "{}: {verdict} ({n} {}, {} {})",
            path.display(),
            word("error", lang),
            problems.len() - n,
            word("warning", lang)
        );
    }
    if errors > 0 {
        return Err(Failure {
            code: "invalid_input",
            file: None,
            path: None,
            message: format!("{errors} {}", word("problems_found", lang)),
            problems: Box::default(),
            exit: 1,
        });
    }
    Ok(())
}

/// Every problem of one file, warnings too; a file that cannot be read at all is a failure.
fn check(path: &Path, sheet: Option<&str>, plan: Option<&Plan>) -> Result<Vec<Problem>, Failure> {
    let problems = |r: Result<Vec<Problem>, chitieu::LoadError>| r.unwrap_or_else(|e| e.problems().to_vec());
    match input::kind(path) {
        Kind::Workbook => Ok(problems(crate::workbook::observations(path, sheet, plan)?.map(|l| l.warnings))),
        Kind::Csv => {
            Ok(problems(chitieu::io::observation_csv::read(&input::read_text(path)?, plan).map(|l| l.warnings)))
        }
        Kind::Json => {
            let text = input::read_text(path)?;
            let is_plan = serde_json::from_str::<serde_json::Value>(&text)
                .is_ok_and(|v| v.get("targets").is_some() || v.get("indicators").is_some());
            if is_plan {
                Ok(problems(Plan::from_json(&text).map(|l| l.warnings)))
            } else {
                Ok(problems(ObservationSet::from_json(&text, plan).map(|l| l.warnings)))
            }
        }
    }
}
