//! Observations from a table of cells, the one mapping of headers and cells shared by every tabular
//! format: CSV ([`super::observation_csv`]) and, in the command line, Excel and OpenDocument workbooks.
//!
//! Headers in English or Vietnamese name the columns ([`Column::from_header`]); numbers are read as the
//! Vietnamese write them or as English spreadsheets do ([`crate::io::number`]); years `2023`, `2023.0`,
//! `năm 2023`; dates `2023-06-30`, `30/06/2023`, `30-06-2023` or `30.06.2023`; a blank value skips the row
//! with a warning. Where a problem is, is said by a [`Locate`]: `row 4, column value` for CSV, the
//! sheet, row and column letter for a workbook.
//!
//! ```
//! use chitieu::io::observation_table::{read, RowsAndColumns};
//! let headers = ["Đơn vị", "Chỉ tiêu", "Năm", "Giá trị"].map(String::from).to_vec();
//! let rows = vec![(2, ["tra_vinh", "work_files_online", "2023", "85,5"].map(String::from).to_vec())];
//! let loaded = read(&headers, rows, None, &RowsAndColumns).unwrap();
//! assert_eq!(loaded.value.observations[0].value, 85.5);
//! ```

use time::{Date, Month};

use crate::error::{LoadError, Loaded, Problem, ProblemCode, Problems};
use crate::io::number::parse_percent;
use crate::io::validate;
use crate::model::letter_case::lowercase;
use crate::model::observation::{parse_year, Observation, ObservationSet, ObservedAt};
use crate::model::plan::{Plan, FORMAT_VERSION};
use crate::model::target::Tier;

/// Says where a problem of a table is, for its messages' paths.
pub trait Locate {
    /// The header row, or one of its cells (0-based index).
    fn header(&self, index: Option<usize>) -> String;
    /// A cell of a data row: its row as the table numbers it, its 0-based index, and the field it holds
    /// (a [`Column`]'s name, or a field of the observation).
    fn cell(&self, row: u64, index: Option<usize>, field: &str) -> String;
}

/// Rows and columns as a CSV file has them: `row 1, column 3` in the header, `row 4, column value` below.
#[derive(Debug, Clone, Copy, Default)]
pub struct RowsAndColumns;

impl Locate for RowsAndColumns {
    fn header(&self, index: Option<usize>) -> String {
        match index {
            Some(i) => format!("row 1, column {}", i + 1),
            None => "row 1".to_owned(),
        }
    }

    fn cell(&self, row: u64, _index: Option<usize>, field: &str) -> String {
        format!("row {row}, column {field}")
    }
}

/// A column of an observations table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Column {
    /// The unit id (`đơn vị`).
    Unit,
    /// The indicator id (`chỉ tiêu`).
    Indicator,
    /// The year (`năm`).
    Year,
    /// The date (`ngày`).
    Date,
    /// The tier (`cấp`).
    Tier,
    /// The value (`giá trị`).
    Value,
    /// The numerator (`tử số`).
    Numerator,
    /// The denominator (`mẫu số`).
    Denominator,
    /// The source (`nguồn`).
    Source,
    /// A note (`ghi chú`).
    Note,
}

impl Column {
    /// Every column, in the order of the docs.
    pub const ALL: [Column; 10] = [
        Column::Unit,
        Column::Indicator,
        Column::Year,
        Column::Date,
        Column::Tier,
        Column::Value,
        Column::Numerator,
        Column::Denominator,
        Column::Source,
        Column::Note,
    ];

    /// Its English name, as in the JSON.
    pub fn name(self) -> &'static str {
        match self {
            Self::Unit => "unit",
            Self::Indicator => "indicator",
            Self::Year => "year",
            Self::Date => "date",
            Self::Tier => "tier",
            Self::Value => "value",
            Self::Numerator => "numerator",
            Self::Denominator => "denominator",
            Self::Source => "source",
            Self::Note => "note",
        }
    }

    /// The headers read as this column, in lower case (English and Vietnamese, with and without diacritics).
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Self::Unit => &["unit", "unit_id", "đơn vị", "don vi", "don_vi", "địa phương"],
            Self::Indicator => &["indicator", "indicator_id", "chỉ tiêu", "chi tieu", "chi_tieu"],
            Self::Year => &["year", "năm", "nam"],
            Self::Date => &["date", "ngày", "ngay"],
            Self::Tier => &["tier", "cấp", "cap"],
            Self::Value => &["value", "giá trị", "gia tri", "gia_tri", "kết quả"],
            Self::Numerator => &["numerator", "tử số", "tu so", "tu_so"],
            Self::Denominator => &["denominator", "mẫu số", "mau so", "mau_so"],
            Self::Source => &["source", "nguồn", "nguon"],
            Self::Note => &["note", "ghi chú", "ghi chu", "ghi_chu"],
        }
    }

    /// The column a header names, if any (case, spacing and non-breaking spaces do not matter).
    pub fn from_header(header: &str) -> Option<Column> {
        let h = lowercase(&normalise(header));
        Column::ALL.into_iter().find(|c| c.aliases().contains(&h.as_str()))
    }
}

/// Trims and collapses runs of white space (also non-breaking spaces) to one space.
pub(crate) fn normalise(cell: &str) -> String {
    cell.split(|c: char| c.is_whitespace() || c == '\u{a0}').filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The column of each header cell, with a warning for a header not read and an error for a column
/// twice or a required column missing.
pub(crate) fn columns<S: AsRef<str>>(
    headers: &[S],
    locate: &dyn Locate,
    problems: &mut Problems,
) -> Vec<Option<Column>> {
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(headers.len());
    for (i, h) in headers.iter().map(AsRef::as_ref).enumerate() {
        let col = Column::from_header(h);
        if col.is_none() && !h.trim().is_empty() {
            problems.push(Problem::warning(
                locate.header(Some(i)),
                ProblemCode::UnknownField,
                format!("column {h:?} is not read"),
                format!("one of {}", Column::ALL.map(Column::name).join(", ")),
            ));
        }
        if let Some(c) = col {
            if columns.contains(&Some(c)) {
                problems.error(
                    locate.header(Some(i)),
                    ProblemCode::DuplicateId,
                    format!("column {} appears twice", c.name()),
                    "each column once",
                );
            }
        }
        columns.push(col);
    }
    let has = |c: Column| columns.contains(&Some(c));
    for required in [Column::Unit, Column::Indicator, Column::Value] {
        if !has(required) {
            problems.error(
                locate.header(None),
                ProblemCode::MissingColumn,
                format!("no `{}` column", required.name()),
                format!("a `{}` column (aliases: {})", required.name(), required.aliases().join(", ")),
            );
        }
    }
    if !has(Column::Year) && !has(Column::Date) {
        problems.error(
            locate.header(None),
            ProblemCode::MissingColumn,
            "no `year` or `date` column",
            "a `year` or a `date` column",
        );
    }
    columns
}

/// Reads one data row of cells under `columns`, validated (against `plan` when given); `None` when the
/// row is skipped or wrong, with its problems pushed.
pub(crate) fn observation<S: AsRef<str>>(
    cells: &[S],
    columns: &[Option<Column>],
    row: u64,
    plan: Option<&Plan>,
    locate: &dyn Locate,
    problems: &mut Problems,
) -> Option<Observation> {
    let index = |c: Column| columns.iter().position(|x| *x == Some(c));
    let cell = |c: Column| -> Option<String> {
        let v = normalise(cells.get(index(c)?)?.as_ref());
        (!v.is_empty()).then_some(v)
    };
    let at = |c: Column| locate.cell(row, index(c), c.name());
    let o = read_row(&cell, &at, problems)?;
    let field_at = |field: &str| {
        let i = Column::ALL.into_iter().find(|c| c.name() == field).and_then(index);
        locate.cell(row, i, field)
    };
    validate::observation(&o, plan, &field_at, problems);
    Some(o)
}

/// Reads observations from a table: its header cells and its data rows, each with the number the
/// table gives it (for paths); wholly blank rows are ignored. With a plan, values are checked against
/// its indicators' units.
pub fn read<S: AsRef<str>>(
    headers: &[S],
    rows: impl IntoIterator<Item = (u64, Vec<String>)>,
    plan: Option<&Plan>,
    locate: &dyn Locate,
) -> Result<Loaded<ObservationSet>, LoadError> {
    let mut problems = Problems::default();
    let columns = columns(headers, locate, &mut problems);
    let mut observations = Vec::new();
    if !problems.has_errors() {
        for (row, cells) in rows {
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            if let Some(o) = observation(&cells, &columns, row, plan, locate, &mut problems) {
                observations.push(o);
            }
        }
    }
    finish(problems, observations)
}

/// The set read, or every problem.
pub(crate) fn finish(problems: Problems, observations: Vec<Observation>) -> Result<Loaded<ObservationSet>, LoadError> {
    problems.finish(ObservationSet { format_version: FORMAT_VERSION, observations, notes: Vec::new() })
}

pub(crate) fn read_row(
    cell: &dyn Fn(Column) -> Option<String>,
    at: &dyn Fn(Column) -> String,
    problems: &mut Problems,
) -> Option<Observation> {
    let Some(value_text) = cell(Column::Value) else {
        problems.push(Problem::warning(
            at(Column::Value),
            ProblemCode::BlankCell,
            "blank value: the row is skipped (a missing value is not zero)",
            "a number such as 90, \"90,5\" or \"90%\"",
        ));
        return None;
    };
    let mut ok = true;
    let mut required = |c: Column, problems: &mut Problems| {
        let v = cell(c);
        if v.is_none() {
            ok = false;
            problems.error(
                at(c),
                ProblemCode::BlankCell,
                format!("blank {}", c.name()),
                format!("the {} id of the row", c.name()),
            );
        }
        v.unwrap_or_default()
    };
    let unit = required(Column::Unit, problems);
    let indicator = required(Column::Indicator, problems);
    let value = number_cell(&value_text, at(Column::Value), problems);
    let numerator = cell(Column::Numerator).and_then(|t| number_cell(&t, at(Column::Numerator), problems));
    let denominator = cell(Column::Denominator).and_then(|t| number_cell(&t, at(Column::Denominator), problems));
    let when = when_cell(cell(Column::Year), cell(Column::Date), at, problems);
    let tier = match cell(Column::Tier) {
        None => Some(None),
        Some(text) => match parse_tier(&text) {
            Some(t) => Some(Some(t)),
            None => {
                problems.error(
                    at(Column::Tier),
                    ProblemCode::WrongType,
                    format!("unknown tier {text:?}"),
                    "province, district, commune, own_unit (or tỉnh, huyện, xã), or blank for the unit as a whole",
                );
                None
            }
        },
    };
    let (Some(value), Some(when), Some(tier), true) = (value, when, tier, ok) else { return None };
    Some(Observation {
        unit,
        indicator,
        at: when,
        tier,
        value,
        numerator,
        denominator,
        field: None,
        source: cell(Column::Source),
        note: cell(Column::Note),
    })
}

fn number_cell(text: &str, path: String, problems: &mut Problems) -> Option<f64> {
    match parse_percent(text) {
        Ok(d) => Some(d.to_f64()),
        Err(e) => {
            problems.error(
                path,
                ProblemCode::InvalidNumber,
                e.to_string(),
                "a number such as 90, \"90,5\", \"1.234,5\" or \"90%\"",
            );
            None
        }
    }
}

fn when_cell(
    year: Option<String>,
    date: Option<String>,
    at: &dyn Fn(Column) -> String,
    problems: &mut Problems,
) -> Option<ObservedAt> {
    let parsed_date = match date {
        Some(t) => match parse_date(&t) {
            Some(d) => Some(d),
            None => {
                problems.error(
                    at(Column::Date),
                    ProblemCode::InvalidDate,
                    format!("cannot read {t:?} as a date"),
                    "a date such as 2023-06-30 or 30/06/2023",
                );
                return None;
            }
        },
        None => None,
    };
    let parsed_year = match year {
        Some(t) => match parse_year(&t) {
            Some(y) => Some(y),
            None => {
                // A date typed in the year column is still a date.
                if let (Some(d), None) = (parse_date(&t), parsed_date) {
                    return Some(ObservedAt::Date(d));
                }
                problems.error(
                    at(Column::Year),
                    ProblemCode::InvalidDate,
                    format!("cannot read {t:?} as a year"),
                    "a year such as 2023, 2023.0 or \"năm 2023\"",
                );
                return None;
            }
        },
        None => None,
    };
    match (parsed_year, parsed_date) {
        (_, Some(d)) if parsed_year.is_some_and(|y| y != d.year()) => {
            problems.error(
                at(Column::Year),
                ProblemCode::InvalidDate,
                format!("year {} and date {d} disagree", parsed_year.unwrap_or_default()),
                "a year equal to the date's year, or only one of them",
            );
            None
        }
        (_, Some(d)) => Some(ObservedAt::Date(d)),
        (Some(y), None) => Some(ObservedAt::Year(y)),
        (None, None) => {
            problems.error(at(Column::Year), ProblemCode::BlankCell, "blank year and date", "a year or a date");
            None
        }
    }
}

/// `province`, `district`, `commune`, `own_unit`, or the Vietnamese `tỉnh`, `huyện`, `xã` (with or
/// without `cấp`).
pub(crate) fn parse_tier(text: &str) -> Option<Tier> {
    let lower = lowercase(text);
    let t = lower.strip_prefix("cấp").unwrap_or(&lower).trim();
    Some(match t {
        "province" | "tỉnh" | "tinh" => Tier::Province,
        "district" | "huyện" | "huyen" => Tier::District,
        "commune" | "xã" | "xa" => Tier::Commune,
        "own_unit" => Tier::OwnUnit,
        _ => return None,
    })
}

/// A date as a table gives it: `2023-06-30` (ISO) or `30/06/2023`, `30-06-2023`, `30.06.2023` (day first, as Vietnamese writes).
pub fn parse_date(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.split(['-', '/', '.']).map(str::trim).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let num = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.chars().all(|ch| ch.is_ascii_digit())).then(|| s.parse().ok()).flatten()
    };
    let (year, month, day) = if a.len() == 4 {
        (num(a)?, num(b)?, num(c)?)
    } else if c.len() == 4 {
        (num(c)?, num(b)?, num(a)?)
    } else {
        return None;
    };
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(i32::try_from(year).ok()?, month, u8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ChitieuError;

    #[test]
    fn years_and_dates() {
        assert_eq!(parse_year("2023"), Some(2023));
        assert_eq!(parse_year("2023.0"), Some(2023));
        assert_eq!(parse_year("Năm 2023"), Some(2023));
        assert_eq!(parse_year("23"), None);
        assert_eq!(parse_date("30/06/2023").map(|d| d.to_string()), Some("2023-06-30".to_owned()));
        assert_eq!(parse_date("2023-06-30").map(|d| d.to_string()), Some("2023-06-30".to_owned()));
        assert_eq!(parse_date("30.06.2023").map(|d| d.to_string()), Some("2023-06-30".to_owned()));
        assert_eq!(parse_date("31/02/2023"), None);
        assert_eq!(parse_date("2023"), None);
    }

    struct Sheet;
    impl Locate for Sheet {
        fn header(&self, index: Option<usize>) -> String {
            format!("sheet S, row 3{}", index.map_or(String::new(), |i| format!(", column {i}")))
        }
        fn cell(&self, row: u64, index: Option<usize>, field: &str) -> String {
            format!("sheet S, row {row}, column {index:?} ({field})")
        }
    }

    #[test]
    fn a_table_names_its_problems_by_its_own_places() {
        let headers = ["Đơn vị", "Chỉ tiêu", "Ngày", "Giá trị"];
        let rows = vec![
            (4, vec!["tra_vinh".into(), "work_files_online".into(), "30/06/2023".into(), "85,5".into()]),
            (5, vec![String::new(), String::new(), String::new(), String::new()]),
            (6, vec!["tra_vinh".into(), "work_files_online".into(), "June 2023".into(), "1".into()]),
        ];
        let e = read(&headers, rows, None, &Sheet).unwrap_err();
        let p = e.problems();
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].path, "sheet S, row 6, column Some(2) (date)");
        let e = read(&["unit", "value"], Vec::new(), None, &Sheet).unwrap_err();
        assert!(e.problems().iter().all(|p| p.path == "sheet S, row 3"));
    }
}
