//! Reading the command's inputs: a plan (a bundled id or a file), observations (JSON, CSV or a
//! workbook, by extension), a document to draft from, and dates.

use std::path::{Path, PathBuf};

use chitieu::io::observation_csv;
use chitieu::label::Lang;
use chitieu::{bundled, ChitieuError, Loaded, ObservationSet, Plan};
use time::Date;

use crate::failure::{print_problems, Failure};
use crate::progress;

/// Reads a file as UTF-8 text; a missing or unreadable file is exit status 2.
pub fn read_text(path: &Path) -> Result<String, Failure> {
    let bytes = std::fs::read(path).map_err(|e| {
        let code = if e.kind() == std::io::ErrorKind::NotFound { "file_not_found" } else { "file_unreadable" };
        Failure::unreadable(code, Some(path), None, format!("cannot read the file: {e}"))
    })?;
    String::from_utf8(bytes).map_err(|e| {
        Failure::unreadable(
            "not_utf8",
            Some(path),
            Some(format!("byte {}", e.utf8_error().valid_up_to())),
            "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel)",
        )
    })
}

/// A plan: a bundled id, or a plan JSON file. Warnings go to stderr; a plan that fails validation is
/// exit status 1.
pub fn plan(arg: &str, lang: Lang) -> Result<Plan, Failure> {
    if bundled::plan_ids().contains(&arg) || bundled::national_plan_ids().contains(&arg) {
        return bundled::plan(arg).map_err(|e| Failure::of(&e, None, 2));
    }
    let path = Path::new(arg);
    if !path.exists() {
        return Err(Failure::unreadable(
            "plan_not_found",
            Some(path),
            None,
            format!("no such file, and no bundled plan of that id (bundled: {})", bundled::plan_ids().join(", ")),
        ));
    }
    let text = read_text(path)?;
    let loaded = Plan::from_json(&text).map_err(|e| Failure::problems(Some(path), &e))?;
    Ok(warn(path, loaded, lang))
}

fn warn<T>(path: &Path, loaded: Loaded<T>, lang: Lang) -> T {
    print_problems(Some(&path.display().to_string()), &loaded.warnings, lang);
    loaded.value
}

/// What kind of file, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// JSON.
    Json,
    /// A spreadsheet workbook.
    Workbook,
    /// CSV (and anything else that is text).
    Csv,
}

/// The kind of `path` by its extension.
pub fn kind(path: &Path) -> Kind {
    match path.extension().map(|e| e.to_string_lossy().to_lowercase()).as_deref() {
        Some("json") => Kind::Json,
        Some("xlsx" | "xlsm" | "xlsb" | "xls" | "ods") => Kind::Workbook,
        _ => Kind::Csv,
    }
}

/// Observations from `files`, merged in order (the bundled ones when there are none); checked
/// against `plan` when given.
pub fn observations(
    files: &[PathBuf],
    sheet: Option<&str>,
    plan: Option<&Plan>,
    lang: Lang,
) -> Result<ObservationSet, Failure> {
    if files.is_empty() {
        return bundled::observations().map_err(|e| Failure::of(&e, None, 2));
    }
    let mut all: Option<ObservationSet> = None;
    for path in files {
        let set = observations_file(path, sheet, plan, lang)?;
        match &mut all {
            None => all = Some(set),
            Some(a) => {
                a.observations.extend(set.observations);
                a.notes.extend(set.notes);
            }
        }
    }
    Ok(all.unwrap_or_default())
}

/// Observations of one file, by its kind.
pub fn observations_file(
    path: &Path,
    sheet: Option<&str>,
    plan: Option<&Plan>,
    lang: Lang,
) -> Result<ObservationSet, Failure> {
    let loaded = match kind(path) {
        Kind::Workbook => crate::workbook::observations(path, sheet, plan)?,
        Kind::Json => ObservationSet::from_json(&read_text(path)?, plan),
        Kind::Csv => observation_csv::read(&read_text(path)?, plan),
    };
    let loaded = loaded.map_err(|e| Failure::problems(Some(path), &e))?;
    if loaded.warnings.iter().any(blocking) {
        // A share written as a fraction (0.9 for 90%) would be judged as 0.9%: refused, not guessed.
        let e = chitieu::LoadError::Invalid(loaded.warnings);
        return Err(Failure::problems(Some(path), &e));
    }
    Ok(warn(path, loaded, lang))
}

/// A problem the command does not go past: an error, or a percent written as a fraction.
pub fn blocking(p: &chitieu::Problem) -> bool {
    p.is_error() || p.code == chitieu::ProblemCode::ShareAsFraction
}

/// The text of a document to draft a plan from: text, .docx, HTML or PDF, as the core reads them.
pub fn document(path: &Path) -> Result<String, Failure> {
    let bytes = std::fs::read(path).map_err(|e| {
        let code = if e.kind() == std::io::ErrorKind::NotFound { "file_not_found" } else { "file_unreadable" };
        Failure::unreadable(code, Some(path), None, format!("cannot read the file: {e}"))
    })?;
    // The core's document room detects the format (text, .docx, HTML, PDF) from the bytes, with the
    // file's name as a hint, and says what is wrong with a file it cannot read.
    let hint = path.file_name().map(|n| n.to_string_lossy().into_owned());
    chitieu::document::Document::from_bytes(&bytes, hint.as_deref())
        .map(|document| document.text)
        .map_err(|e| Failure::of(&e, Some(path), 2))
}

/// Drafts a plan from a document's text, with a spinner on a terminal for a large document.
pub fn draft(text: &str) -> chitieu::extract::Draft {
    let spinner = progress::spinner(text.len() as u64, progress::CHARACTERS, "drafting the plan");
    let draft = chitieu::extract::extract_plan(text);
    spinner.finish_and_clear();
    draft
}

/// A date option (`--as-of`, `--date`), today when absent.
pub fn date(option: &str, text: Option<&str>) -> Result<Date, Failure> {
    match text {
        None => Ok(time::OffsetDateTime::now_utc().date()),
        Some(t) => chitieu::model::date::parse(t.trim()).map_err(|e| {
            Failure::unreadable(
                "invalid_date",
                None,
                Some(option.to_owned()),
                format!("{t:?}: {e}; expected YYYY-MM-DD"),
            )
        }),
    }
}

/// The error of a core call that is not about a file.
pub fn core(e: &dyn ChitieuError) -> Failure {
    Failure::of(e, None, 2)
}
