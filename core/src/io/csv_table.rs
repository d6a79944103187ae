//! Flat rows written as CSV: a header of the columns' names, then a line per row, as the `csv` crate's
//! writer writes serialized records with its default settings (comma, `\n` after every line, a field
//! quoted only when it holds a comma, a quote, `\r` or `\n`, quotes inside doubled, `None` empty,
//! numbers in their shortest round-trip form). With no rows it writes the header alone, where that writer wrote
//! nothing.
//!
//! Why not that writer, which the crate used until December 2026: its quoting by style compiles the
//! standard library's float reader and ryu's float writer into every WebAssembly module that writes a
//! scorecard, for writing that cannot fail into a string (5.2 KB of the dashboard module's 247.3 KB
//! gzipped; 18.0 KB with [`crate::io::number::Decimal::to_f64`] reading through serde_json, which took the
//! float reader's last caller). The `csv` crate still reads observations; `tests/csv_output.rs` compares
//! this writer's output with its writer's, byte for byte.

use std::fmt::Write as _;

/// A row of plain columns that can be written as a line of CSV.
pub(crate) trait CsvRow {
    /// The columns' names, in the order of [`CsvRow::cells`].
    const HEADER: &'static [&'static str];

    /// The row's values, one per column of [`CsvRow::HEADER`].
    fn cells(&self) -> Vec<&dyn Cell>;
}

/// A value written in one field.
pub(crate) trait Cell {
    /// Appends the field's text (unquoted; [`table`] quotes it where needed).
    fn write(&self, out: &mut String);
}

impl Cell for String {
    fn write(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Cell for bool {
    fn write(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl Cell for i32 {
    fn write(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Cell for f64 {
    /// The shortest text that reads back as the same number (serde_json's writer, which the module has
    /// anyway, with ryu's exponent without `+`: `1e21`); `NaN`, `inf` and `-inf` as ryu writes them.
    fn write(&self, out: &mut String) {
        if self.is_nan() {
            out.push_str("NaN");
        } else if self.is_infinite() {
            out.push_str(if *self > 0.0 { "inf" } else { "-inf" });
        } else {
            let text = serde_json::to_string(self).unwrap_or_default();
            out.push_str(&text.replacen("e+", "e", 1));
        }
    }
}

impl<T: Cell> Cell for Option<T> {
    fn write(&self, out: &mut String) {
        if let Some(value) = self {
            value.write(out);
        }
    }
}

/// The rows as CSV: the header line, then one line per row.
pub(crate) fn table<R: CsvRow>(rows: &[R]) -> String {
    let mut out = String::new();
    line(&mut out, R::HEADER.iter().copied());
    let mut texts: Vec<String> = Vec::new();
    for row in rows {
        texts.clear();
        texts.extend(row.cells().iter().map(|cell| {
            let mut text = String::new();
            cell.write(&mut text);
            text
        }));
        line(&mut out, texts.iter().map(String::as_str));
    }
    out
}

/// Appends one line: the fields separated by commas, each quoted if it must be.
fn line<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Pair(String, Option<f64>);

    impl CsvRow for Pair {
        const HEADER: &'static [&'static str] = &["name", "value"];

        fn cells(&self) -> Vec<&dyn Cell> {
            vec![&self.0, &self.1]
        }
    }

    #[test]
    fn fields_are_quoted_only_where_they_must_be() {
        let rows = [
            Pair("Tỷ lệ, theo \"Đề án 06\"".to_owned(), Some(90.0)),
            Pair("hai\ndòng".to_owned(), None),
            Pair("trống".to_owned(), Some(1e21)),
        ];
        assert_eq!(table(&rows), "name,value\n\"Tỷ lệ, theo \"\"Đề án 06\"\"\",90.0\n\"hai\ndòng\",\ntrống,1e21\n");
    }

    #[test]
    fn no_rows_is_the_header_alone() {
        // The csv crate's writer wrote nothing at all, its header coming with the first row; a table with its
        // columns and no rows reads back as one (pandas, spreadsheets).
        assert_eq!(table::<Pair>(&[]), "name,value\n");
    }
}
