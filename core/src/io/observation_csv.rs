//! Observations from CSV in long form, the way they come out of a spreadsheet.
//!
//! One row per value, with columns `unit`, `indicator`, `year` or `date`, `value`, and optionally
//! `numerator`, `denominator`, `source`, `note` (Vietnamese headers such as `đơn vị`, `chỉ tiêu`, `năm`,
//! `giá trị` are accepted too). What spreadsheets produce is read, and nothing is guessed:
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

use time::{Date, Month};

use crate::error::{LoadError, Loaded, Problem, ProblemCode, Problems};
use crate::io::number::parse_percent;
use crate::io::validate;
use crate::model::observation::{parse_year, Observation, ObservationSet, ObservedAt};
use crate::model::plan::{Plan, FORMAT_VERSION};
use crate::model::target::Tier;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Unit,
    Indicator,
    Year,
    Date,
    Tier,
    Value,
    Numerator,
    Denominator,
    Source,
    Note,
}

impl Column {
    const ALL: [Column; 10] = [
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

    fn name(self) -> &'static str {
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

    fn aliases(self) -> &'static [&'static str] {
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

    fn from_header(header: &str) -> Option<Column> {
        let h = normalise(header).to_lowercase();
        Column::ALL.into_iter().find(|c| c.aliases().contains(&h.as_str()))
    }
}

/// Trims and collapses runs of white space (also non-breaking spaces) to one space.
fn normalise(cell: &str) -> String {
    cell.split(|c: char| c.is_whitespace() || c == '\u{a0}').filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ")
}

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
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(true).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            problems.error(
                "row 1",
                ProblemCode::WrongType,
                format!("cannot read the header row: {e}"),
                "a header row of column names",
            );
            return finish(problems, Vec::new());
        }
    };
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(headers.len());
    for (i, h) in headers.iter().enumerate() {
        let col = Column::from_header(h);
        if col.is_none() && !h.trim().is_empty() {
            problems.push(Problem::warning(
                format!("row 1, column {}", i + 1),
                ProblemCode::UnknownField,
                format!("column {h:?} is not read"),
                format!("one of {}", Column::ALL.map(Column::name).join(", ")),
            ));
        }
        if let Some(c) = col {
            if columns.contains(&Some(c)) {
                problems.error(
                    format!("row 1, column {}", i + 1),
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
                "row 1",
                ProblemCode::MissingColumn,
                format!("no `{}` column", required.name()),
                format!("a `{}` column (aliases: {})", required.name(), required.aliases().join(", ")),
            );
        }
    }
    if !has(Column::Year) && !has(Column::Date) {
        problems.error(
            "row 1",
            ProblemCode::MissingColumn,
            "no `year` or `date` column",
            "a `year` or a `date` column",
        );
    }
    if problems.has_errors() {
        return finish(problems, Vec::new());
    }

    let mut observations = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let row = e.position().map_or(0, |p| p.line());
                problems.error(
                    format!("row {row}"),
                    ProblemCode::WrongType,
                    format!("cannot read the row: {e}"),
                    "UTF-8 CSV",
                );
                continue;
            }
        };
        let row = record.position().map_or(0, |p| p.line());
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if !record_shape_is_sound(&record, &columns, row, delimiter, &mut problems) {
            continue;
        }
        let cell = |c: Column| -> Option<String> {
            let i = columns.iter().position(|x| *x == Some(c))?;
            let v = normalise(record.get(i)?);
            (!v.is_empty()).then_some(v)
        };
        let at = |c: Column| format!("row {row}, column {}", c.name());
        if let Some(o) = read_row(&cell, &at, &mut problems) {
            validate::observation(&o, plan, &|field| format!("row {row}, column {field}"), &mut problems);
            observations.push(o);
        }
    }
    finish(problems, observations)
}

/// Whether a record can be read as a row: not more cells than the header, no quoted cell that swallowed
/// the rows after it (an opening quote without its closing quote); warns where a decimal comma in a
/// comma-separated file may have split one number into two cells (`90,5` read as 90 and a note of 5).
fn record_shape_is_sound(
    record: &csv::StringRecord,
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
fn warn_split_decimal(record: &csv::StringRecord, columns: &[Option<Column>], row: u64, problems: &mut Problems) {
    let numeric = |c: Option<Column>| matches!(c, Some(Column::Value | Column::Numerator | Column::Denominator));
    for (i, pair) in columns.windows(2).enumerate() {
        let [this, next] = pair else { continue };
        let (Some(whole), Some(part)) = (record.get(i), record.get(i + 1)) else { continue };
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

fn finish(problems: Problems, observations: Vec<Observation>) -> Result<Loaded<ObservationSet>, LoadError> {
    problems.finish(ObservationSet { format_version: FORMAT_VERSION, observations, notes: Vec::new() })
}

fn read_row(
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
fn parse_tier(text: &str) -> Option<Tier> {
    let lower = text.to_lowercase();
    let t = lower.strip_prefix("cấp").unwrap_or(&lower).trim();
    Some(match t {
        "province" | "tỉnh" | "tinh" => Tier::Province,
        "district" | "huyện" | "huyen" => Tier::District,
        "commune" | "xã" | "xa" => Tier::Commune,
        "own_unit" => Tier::OwnUnit,
        _ => return None,
    })
}

/// `2023-06-30` (ISO) or `30/06/2023`, `30-06-2023`, `30.06.2023` (day first, as Vietnamese writes).
fn parse_date(text: &str) -> Option<Date> {
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

    #[test]
    fn years_and_dates() {
        assert_eq!(parse_year("2023"), Some(2023));
        assert_eq!(parse_year("2023.0"), Some(2023));
        assert_eq!(parse_year("Năm 2023"), Some(2023));
        assert_eq!(parse_year("23"), None);
        assert_eq!(parse_date("30/06/2023").map(|d| d.to_string()), Some("2023-06-30".to_owned()));
        assert_eq!(parse_date("2023-06-30").map(|d| d.to_string()), Some("2023-06-30".to_owned()));
        assert_eq!(parse_date("31/02/2023"), None);
        assert_eq!(parse_date("2023"), None);
    }

    #[test]
    fn delimiter() {
        assert_eq!(sniff_delimiter("a;b;c\n1,5;2;3"), b';');
        assert_eq!(sniff_delimiter("a,b,c\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\n"), b'\t');
        assert_eq!(sniff_delimiter("\"x;y\",b\n"), b',');
    }
}
