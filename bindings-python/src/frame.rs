//! A long-form pandas DataFrame read as observations, with nothing lost without a word: its column labels,
//! which are the fields of the observations' JSON format (taken from the core's schema of it), are checked
//! as the CSV reader checks a header (`unknown_field` warning, `duplicate_id` and `missing_column` errors,
//! in the CSV's words), its rows go to the core's JSON reader
//! (`ObservationSet::from_json`), and every problem names a row of the frame by its index label and a
//! column by its field (`row 3, column value`), never a place in the JSON the frame was written as.
//!
//! The cells are written as JSON records by `chitieu._frames` (numpy scalars, timestamps and blanks are
//! Python's to convert); what JSON cannot carry (an infinity, a lone surrogate) is reported here for the
//! cell it is in.

use std::sync::OnceLock;

use pyo3::prelude::*;
use serde_json::Value;

use chitieu::{ChitieuError, LoadError, Loaded, ObservationSet, Plan, Problem, ProblemCode};

use crate::error::{to_py_err, BadArgument, INVALID_TEXT};
use crate::support::Text;

/// The fields of an observation record and those every record needs, as the core's JSON Schema of the
/// observations format declares them (`$defs.Observation`): the labels a frame's columns must have to be
/// read, so that a field added to the format is read from frames too.
struct Format {
    fields: Vec<String>,
    required: Vec<String>,
}

fn format() -> &'static Format {
    static FORMAT: OnceLock<Format> = OnceLock::new();
    FORMAT.get_or_init(|| {
        let schema: Value = serde_json::from_str(&chitieu::io::schema::observations_schema()).unwrap_or_default();
        let record = schema.get("$defs").and_then(|d| d.get("Observation"));
        let names = |key: &str| -> Vec<String> {
            match record.and_then(|r| r.get(key)) {
                Some(Value::Object(map)) => map.keys().cloned().collect(),
                Some(Value::Array(items)) => items.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
                _ => Vec::new(),
            }
        };
        Format { fields: names("properties"), required: names("required") }
    })
}

/// A record needs one of these (the schema cannot say "exactly one of"; the reader checks it per row).
const WHEN: [&str; 2] = ["year", "date"];

/// The frame's columns that are read: their positions and fields, and the problems of the labels.
struct Header {
    positions: Vec<usize>,
    fields: Vec<String>,
    problems: Vec<Problem>,
}

/// Checks the column labels as the CSV reader checks a header row: in its words, with the frame's
/// labels for paths.
fn header(labels: &[Text], format: &Format) -> Header {
    let mut h = Header { positions: Vec::new(), fields: Vec::new(), problems: Vec::new() };
    for (i, label) in labels.iter().enumerate() {
        let label = label.as_str();
        let known = format.fields.iter().any(|f| f == label);
        if known && h.fields.iter().any(|f| f == label) {
            h.problems.push(Problem::error(
                format!("column {label}"),
                ProblemCode::DuplicateId,
                format!("column {label} appears twice"),
                "each column once",
            ));
        } else if known {
            h.positions.push(i);
            h.fields.push(label.to_owned());
        } else if !label.trim().is_empty() {
            h.problems.push(Problem::warning(
                format!("column {label}"),
                ProblemCode::UnknownField,
                format!("column {label:?} is not read"),
                format!("one of {}", format.fields.join(", ")),
            ));
        }
    }
    for required in &format.required {
        if !h.fields.contains(required) {
            h.problems.push(Problem::error(
                "columns",
                ProblemCode::MissingColumn,
                format!("no `{required}` column"),
                format!("a `{required}` column"),
            ));
        }
    }
    let when = WHEN.iter().all(|w| format.fields.iter().any(|f| f == w));
    if when && !WHEN.iter().any(|w| h.fields.iter().any(|f| f == w)) {
        h.problems.push(Problem::error(
            "columns",
            ProblemCode::MissingColumn,
            "no `year` or `date` column",
            "a `year` or a `date` column",
        ));
    }
    h
}

/// A cell that JSON cannot carry, as `chitieu._frames.records_json` reports it: its kind (`non_finite`
/// or `invalid_text`), row position, field, the value's repr, and for a lone surrogate its character
/// offset and code point.
type BadCell = (Text, usize, Text, Text, usize, u32);

/// Reads the frame: the header's problems, then the rows through the core's JSON reader.
pub fn read(frame: &Bound<'_, PyAny>, plan: Option<&Plan>) -> PyResult<Loaded<ObservationSet>> {
    let frames = frame.py().import("chitieu._frames")?;
    let labels: Vec<Text> = frames.call_method1("column_labels", (frame,))?.extract()?;
    let Header { positions, fields, problems } = header(&labels, format());
    if problems.iter().any(Problem::is_error) {
        return Err(load_error(problems));
    }
    let label =
        |i: usize| -> PyResult<String> { Ok(frames.call_method1("row_label", (frame, i))?.extract::<Text>()?.0) };
    let (text, bad): (Text, Option<BadCell>) =
        frames.call_method1("records_json", (frame, positions, fields))?.extract()?;
    if let Some((kind, row, field, repr, offset, point)) = bad {
        let path = format!("row {}, column {}", label(row)?, field.as_str());
        if kind.as_str() == INVALID_TEXT {
            return Err(to_py_err(BadArgument::invalid_text(
                &path,
                format!(
                    "{path}: character {offset} is a lone surrogate (U+{point:04X}), which is not text; expected a \
                     str that encodes as UTF-8"
                ),
            )));
        }
        let mut all = vec![Problem::error(
            path,
            ProblemCode::NonFinite,
            format!("{} is {}", field.as_str(), repr.as_str()),
            "a finite number",
        )];
        all.extend(problems);
        return Err(load_error(all));
    }
    match ObservationSet::from_json(text.as_str(), plan) {
        Ok(loaded) => {
            let mut warnings = problems;
            for p in loaded.warnings {
                warnings.push(renamed(p, &label)?);
            }
            Ok(Loaded { value: loaded.value, warnings })
        }
        Err(e) => {
            let mut all = Vec::with_capacity(e.problems().len() + problems.len());
            for p in e.problems() {
                all.push(renamed(p.clone(), &label)?);
            }
            all.extend(problems);
            Err(load_error(all))
        }
    }
}

/// A `LoadError` of these problems, errors first.
fn load_error(mut problems: Vec<Problem>) -> PyErr {
    problems.sort_by_key(|p| !p.is_error());
    to_py_err(LoadError::Invalid(problems))
}

/// The problem with its path in the frame's terms: `observations[i].field` (the i-th record, the i-th
/// row) becomes `row <index label>, column field`.
fn renamed(mut p: Problem, label: &dyn Fn(usize) -> PyResult<String>) -> PyResult<Problem> {
    p.path = frame_path(&p.path, label)?;
    Ok(p)
}

fn frame_path(path: &str, label: &dyn Fn(usize) -> PyResult<String>) -> PyResult<String> {
    let Some(rest) = path.strip_prefix("observations[") else { return Ok(path.to_owned()) };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let (Ok(i), Some(after)) = (digits.parse::<usize>(), rest.get(digits.len()..).and_then(|r| r.strip_prefix(']')))
    else {
        return Ok(path.to_owned());
    };
    let row = format!("row {}", label(i)?);
    Ok(match after.strip_prefix('.') {
        Some(field) => format!("{row}, column {field}"),
        None => format!("{row}{after}"),
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn texts(labels: &[&str]) -> Vec<Text> {
        labels.iter().map(|l| Text::of(l)).collect()
    }

    #[test]
    fn the_format_is_the_cores() {
        let f = format();
        for field in
            ["unit", "indicator", "year", "date", "tier", "value", "numerator", "denominator", "source", "note"]
        {
            assert!(f.fields.iter().any(|x| x == field), "{field} in {:?}", f.fields);
        }
        let mut required = f.required.clone();
        required.sort();
        assert_eq!(required, ["indicator", "unit", "value"]);
    }

    #[test]
    fn header_problems_in_the_csv_words() {
        let h = header(&texts(&["unit", "indicator", "year", "value", "denominater"]), format());
        assert_eq!(h.fields, ["unit", "indicator", "year", "value"]);
        assert_eq!(h.positions, [0, 1, 2, 3]);
        let [w] = h.problems.as_slice() else { panic!("{:?}", h.problems) };
        assert_eq!((w.path.as_str(), w.code, w.is_error()), ("column denominater", ProblemCode::UnknownField, false));
        assert_eq!(w.message, "column \"denominater\" is not read");
        let h = header(&texts(&["unit", "indicator", "year", "value", "value"]), format());
        assert_eq!(h.problems[0].code, ProblemCode::DuplicateId);
        assert_eq!(h.problems[0].path, "column value");
        let h = header(&texts(&["value", "unit"]), format());
        let codes: Vec<_> = h.problems.iter().map(|p| (p.code, p.message.as_str())).collect();
        assert_eq!(
            codes,
            [
                (ProblemCode::MissingColumn, "no `indicator` column"),
                (ProblemCode::MissingColumn, "no `year` or `date` column")
            ]
        );
    }

    #[test]
    fn paths_name_the_row_and_column() {
        let label = |i: usize| -> PyResult<String> { Ok(format!("L{i}")) };
        assert_eq!(frame_path("observations[3].value", &label).unwrap(), "row L3, column value");
        assert_eq!(frame_path("observations[12]", &label).unwrap(), "row L12");
        assert_eq!(frame_path("format_version", &label).unwrap(), "format_version");
        assert_eq!(frame_path("", &label).unwrap(), "");
        assert_eq!(frame_path("observations[x]", &label).unwrap(), "observations[x]");
    }
}
