//! Observations from a spreadsheet workbook (.xlsx, .xls, .xlsb, .ods) through calamine: the sheet by
//! name or the first; the header is the first row with anything in it, named in English or Vietnamese
//! as for CSV (the core's one mapping, `chitieu::io::observation_table`); below it, numbers typed as
//! text the Vietnamese way (`"90,5"`) or stored as numbers, dates stored as dates, as Excel serial
//! numbers or as text, blank cells. Every problem names the sheet, the row and the column as Excel
//! shows them (`sheet "Số liệu", row 4, column D (value)`).

use std::path::Path;

use calamine::{open_workbook_auto, Data, Dimensions, ExcelDateTime, ExcelDateTimeType, Range, Reader, Sheets};
use chitieu::io::number::write_vietnamese;
use chitieu::io::observation_table::{self, Column, Locate};
use chitieu::{LoadError, Loaded, ObservationSet, Plan};

use crate::failure::Failure;
use crate::progress;

/// The letters of a 0-based column index, as Excel names it (0 is A, 26 is AA).
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// Places in one sheet: rows and columns as Excel shows them, 1-based rows and lettered columns.
struct SheetPlace<'a> {
    sheet: &'a str,
    /// The sheet row (1-based) of the header.
    header_row: u64,
    /// The sheet column (0-based) of the first cell of each row.
    first_column: usize,
}

impl Locate for SheetPlace<'_> {
    fn header(&self, index: Option<usize>) -> String {
        match index {
            Some(i) => format!(
                "sheet {:?}, row {}, column {}",
                self.sheet,
                self.header_row,
                column_letters(self.first_column + i)
            ),
            None => format!("sheet {:?}, row {}", self.sheet, self.header_row),
        }
    }

    fn cell(&self, row: u64, index: Option<usize>, field: &str) -> String {
        match index {
            Some(i) => {
                format!("sheet {:?}, row {row}, column {} ({field})", self.sheet, column_letters(self.first_column + i))
            }
            None => format!("sheet {:?}, row {row}, column {field}", self.sheet),
        }
    }
}

/// Reads the observations of `path`'s sheet `sheet` (or its first); problems of the file itself (not
/// a workbook, no such sheet, merged header cells) are exit status 2, problems of its rows come back as
/// the loaders' problems.
pub fn observations(
    path: &Path,
    sheet: Option<&str>,
    plan: Option<&Plan>,
) -> Result<Result<Loaded<ObservationSet>, LoadError>, Failure> {
    if !path.exists() {
        return Err(Failure::unreadable("file_not_found", Some(path), None, "cannot read the file: no such file"));
    }
    let mut book = open_workbook_auto(path).map_err(|e| {
        Failure::unreadable("workbook_unreadable", Some(path), None, format!("cannot read the workbook: {e}"))
    })?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(wanted) => {
            names.iter().find(|n| n.trim().eq_ignore_ascii_case(wanted.trim())).cloned().ok_or_else(|| {
                Failure::unreadable(
                    "sheet_not_found",
                    Some(path),
                    Some(format!("sheet {wanted:?}")),
                    format!("no sheet {wanted:?}; the workbook has {}", quoted(&names)),
                )
            })?
        }
        None => names
            .first()
            .cloned()
            .ok_or_else(|| Failure::unreadable("sheet_not_found", Some(path), None, "the workbook has no sheet"))?,
    };
    let range = book.worksheet_range(&name).map_err(|e| {
        Failure::unreadable(
            "workbook_unreadable",
            Some(path),
            Some(format!("sheet {name:?}")),
            format!("cannot read the sheet: {e}"),
        )
    })?;
    let merged = merged_cells(&mut book, &name);
    table(path, &name, &range, &merged, plan)
}

fn quoted(names: &[String]) -> String {
    names.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join(", ")
}

/// The merged regions of a sheet as (first row, first column, last row, last column), 0-based; only
/// .xlsx and .xls say.
fn merged_cells(book: &mut Sheets<std::io::BufReader<std::fs::File>>, name: &str) -> Vec<Dimensions> {
    match book {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn table(
    path: &Path,
    sheet: &str,
    range: &Range<Data>,
    merged: &[Dimensions],
    plan: Option<&Plan>,
) -> Result<Result<Loaded<ObservationSet>, LoadError>, Failure> {
    let (top, left) = range.start().unwrap_or((0, 0));
    let numbered = || range.rows().enumerate().map(|(i, r)| (u64::from(top) + i as u64 + 1, r));
    // The header is the first row naming a column; rows above it (a title) are not read.
    let names_a_column = |r: &[Data]| r.iter().any(|c| Column::from_header(&text(c, None)).is_some());
    let first = numbered()
        .find(|(_, r)| names_a_column(r))
        .or_else(|| numbered().find(|(_, r)| r.iter().any(|c| !is_blank(c))));
    let Some((header_row, header)) = first else {
        return Err(Failure::unreadable(
            "empty_input",
            Some(path),
            Some(format!("sheet {sheet:?}")),
            "the sheet is empty: expected a header row and data rows",
        ));
    };
    let place = SheetPlace { sheet, header_row, first_column: left as usize };
    let zero_row = u32::try_from(header_row - 1).unwrap_or(u32::MAX);
    if let Some(Dimensions { start: (r0, c0), end: (r1, c1) }) =
        merged.iter().find(|d| d.start.0 <= zero_row && zero_row <= d.end.0)
    {
        let span = format!("{}{}:{}{}", column_letters(*c0 as usize), *r0 + 1, column_letters(*c1 as usize), *r1 + 1);
        return Err(Failure::unreadable(
            "merged_header",
            Some(path),
            Some(format!("sheet {sheet:?}, row {header_row}, cells {span}")),
            "merged header cells: one header cannot name several columns; unmerge them and give each column its own header (unit, indicator, year or date, value)",
        ));
    }
    let headers: Vec<String> = header.iter().map(|c| text(c, None)).collect();
    let columns: Vec<Option<Column>> = headers.iter().map(|h| Column::from_header(h)).collect();
    let total = range.height() as u64;
    let bar = progress::bar(total, progress::ROWS, &format!("reading sheet {sheet}"));
    let data: Vec<(u64, Vec<String>)> = numbered()
        .filter(|(n, _)| *n > header_row)
        .map(|(n, r)| {
            bar.inc(1);
            (n, r.iter().enumerate().map(|(i, c)| text(c, columns.get(i).copied().flatten())).collect())
        })
        .collect();
    bar.finish_and_clear();
    Ok(observation_table::read(&headers, data, plan, &place))
}

fn is_blank(cell: &Data) -> bool {
    match cell {
        Data::Empty => true,
        Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

/// A cell as the text the core's table reader reads, by the column it is in: numbers the Vietnamese
/// way (read back exactly), years as whole numbers, dates (and serial numbers in a date column) as
/// ISO dates.
fn text(cell: &Data, column: Option<Column>) -> String {
    match (cell, column) {
        (Data::Empty, _) => String::new(),
        (Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s), _) => s.clone(),
        (Data::Bool(b), _) => b.to_string(),
        (Data::Error(e), _) => format!("#{e:?}"),
        (Data::DateTime(d), _) => iso_date(d),
        (Data::Int(i), _) => i.to_string(),
        (Data::Float(f), Some(Column::Date)) if (1.0..2_958_466.0).contains(f) => {
            iso_date(&ExcelDateTime::new(*f, ExcelDateTimeType::DateTime, false))
        }
        (Data::Float(f), Some(Column::Value | Column::Numerator | Column::Denominator)) => write_vietnamese(*f),
        (Data::Float(f), _) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        (Data::Float(f), _) => f.to_string(),
    }
}

fn iso_date(d: &ExcelDateTime) -> String {
    let (y, m, day, ..) = d.to_ymd_hms_milli();
    format!("{y:04}-{m:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_excel_does() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(3), "D");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn cells_become_the_text_the_table_reader_reads() {
        assert_eq!(text(&Data::Float(90.5), Some(Column::Value)), "90,5");
        assert_eq!(text(&Data::Float(1234.567), Some(Column::Value)), "1.234,567");
        assert_eq!(text(&Data::Float(2023.0), Some(Column::Year)), "2023");
        assert_eq!(text(&Data::Float(45107.0), Some(Column::Date)), "2023-06-30");
        assert_eq!(text(&Data::String("30/06/2023".into()), Some(Column::Date)), "30/06/2023");
        assert_eq!(text(&Data::Empty, Some(Column::Value)), "");
    }
}
