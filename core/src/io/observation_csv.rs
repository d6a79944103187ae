//! Observations from CSV in long form, the way they come out of a spreadsheet.
//!
//! One row per value, with columns `unit`, `indicator`, `year` or `date`, `value`, and optionally
//! `numerator`, `denominator`, `source`, `note` (Vietnamese headers such as `đơn vị`, `chỉ tiêu`, `năm`,
//! `giá trị` are accepted too: the one mapping of [`crate::io::observation_table`], which Excel
//! workbooks share). What spreadsheets produce is read, and nothing is guessed:
//!
//! - the separator is `,`, `;` (Vietnamese Excel, where the comma is the decimal mark) or a tab;
//! - numbers may be `"90,5"`, `90.5`, `"90%"`, `"1.234,5"` (see [`crate::number`]);
//! - years may be `2023`, `2023.0`, `"năm 2023"`; dates `2023-06-30` or `30/06/2023`;
//! - a blank value skips the row with a warning (a missing value is not zero); a blank unit or
//!   indicator is an error; wholly blank rows are ignored;
//! - with a plan, a share given as `0.9` for a percent indicator is flagged (`share_as_fraction`), not
//!   rescaled.
//!
//! ```
//! let csv = "unit;indicator;year;value\ntra_vinh;work_files_online;2023;\"85,5%\"\n";
//! let loaded = chitieu::io::observation_csv::read(csv, None).unwrap();
//! assert_eq!(loaded.value.observations[0].value, 85.5);
//! ```

use crate::error::{LoadError, Loaded, Problem, ProblemCode, Problems};
use crate::io::csv_records::{self, Record};
use crate::io::observation_table::{self, finish, Column, RowsAndColumns};
use crate::model::observation::ObservationSet;
use crate::model::plan::Plan;

/// The separator: the first of `;`, tab, `,` that occurs in the header line outside quotes.
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut quoted = false;
    let (mut semi, mut tab, mut comma) = (0, 0, 0);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => semi += 1,
            '\t' if !quoted => tab += 1,
            ',' if !quoted => comma += 1,
            _ => {}
        }
    }
    if semi > 0 {
        b';'
    } else if tab > 0 {
        b'\t'
    } else if comma > 0 {
        b','
    } else {
        b';'
    }
}

/// Reads long-form CSV observations; with a plan, values are checked against its indicators' units.
pub fn read(text: &str, plan: Option<&Plan>) -> Result<Loaded<ObservationSet>, LoadError> {
    let mut problems = Problems::default();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        problems.error("", ProblemCode::EmptyInput, "the input is empty", "a header row and at least one data row");
        return finish(problems, Vec::new());
    }
    let delimiter = sniff_delimiter(text);
    let mut records = csv_records::records(text, delimiter);
    let headers = records.next().map(|r| r.cells).unwrap_or_default();
    let columns = observation_table::columns(
        &headers.iter().map(String::as_str).collect::<Vec<_>>(),
        &RowsAndColumns,
        &mut problems,
    );
    if problems.has_errors() {
        return finish(problems, Vec::new());
    }

    let mut observations = Vec::new();
    for Record { line: row, cells } in records {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        if !record_shape_is_sound(&cells, &columns, row, delimiter, &mut problems) {
            continue;
        }
        if let Some(o) = observation_table::observation(&cells, &columns, row, plan, &RowsAndColumns, &mut problems) {
            observations.push(o);
        }
    }
    finish(problems, observations)
}

/// Whether a record can be read as a row: not more cells than the header, no quoted cell that swallowed
/// the rows after it (an opening quote without its closing quote); warns where a decimal comma in a
/// comma-separated file may have split one number into two cells (`90,5` read as 90 and a note of 5).
fn record_shape_is_sound(
    record: &[&str],
    columns: &[Option<Column>],
    row: u64,
    delimiter: u8,
    problems: &mut Problems,
) -> bool {
    if record.len() > columns.len() && record.iter().skip(columns.len()).any(|c| !c.trim().is_empty()) {
        problems.error(
            format!("row {row}"),
            ProblemCode::RaggedRow,
            format!("{} cells in a row under a header of {}", record.len(), columns.len()),
            format!("at most {} cells", columns.len()),
        );
        return false;
    }
    let separator = char::from(delimiter);
    if let Some((i, cell)) = record.iter().enumerate().find(|(_, c)| c.contains('\n') && c.contains(separator)) {
        let name = columns.get(i).copied().flatten().map_or_else(|| format!("{}", i + 1), |c| c.name().to_owned());
        problems.error(
            format!("row {row}, column {name}"),
            ProblemCode::UnbalancedQuote,
            format!(
                "a quoted cell runs over {} more line(s) holding {separator:?}: a quote that is never closed has swallowed the rows after it",
                cell.matches('\n').count()
            ),
            "each opening quote closed in its own cell",
        );
        return false;
    }
    if delimiter == b',' {
        warn_split_decimal(record, columns, row, problems);
    }
    true
}

/// A number cell followed by a cell of digits alone that is not a number column: in a comma-separated
/// file that is how `90,5` written without quotes comes out.
fn warn_split_decimal(record: &[&str], columns: &[Option<Column>], row: u64, problems: &mut Problems) {
    let numeric = |c: Option<Column>| matches!(c, Some(Column::Value | Column::Numerator | Column::Denominator));
    for (i, pair) in columns.windows(2).enumerate() {
        let [this, next] = pair else { continue };
        let (Some(&whole), Some(&part)) = (record.get(i), record.get(i + 1)) else { continue };
        let digits = |s: &str| !s.trim().is_empty() && s.trim().chars().all(|c| c.is_ascii_digit());
        if numeric(*this) && !numeric(*next) && digits(whole) && digits(part) {
            let name = this.map_or("value", Column::name);
            problems.push(Problem::warning(
                format!("row {row}, column {name}"),
                ProblemCode::SplitDecimal,
                format!(
                    "{name} {} is followed by {:?}: a decimal comma in a comma-separated file splits \"{},{}\" into two cells",
                    whole.trim(),
                    part.trim(),
                    whole.trim(),
                    part.trim()
                ),
                "numbers with a decimal comma in quotes (\"90,5\"), or `;` as the separator",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter() {
        assert_eq!(sniff_delimiter("a;b;c\n1,5;2;3"), b';');
        assert_eq!(sniff_delimiter("a,b,c\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\n"), b'\t');
        assert_eq!(sniff_delimiter("\"x;y\",b\n"), b',');
    }
}
