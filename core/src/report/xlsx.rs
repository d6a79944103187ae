//! The scorecard as an Excel workbook (cargo feature `xlsx`): sheets of the scorecard, the milestone
//! table and the explanations, with number formats, frozen headers and the status colours, in
//! Vietnamese or English. Numbers are written as numbers (Excel shows them with the reader's own
//! decimal mark), never as text.

use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, Worksheet, XlsxError};

use crate::error::ChitieuError;
use crate::label::{colour, status_words, text as word, Labelled};

use super::Report;

/// Why the workbook could not be written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WorkbookError {
    /// The writer refused a sheet or a cell.
    #[error("cannot write the workbook: {0}")]
    Write(#[from] XlsxError),
}

impl ChitieuError for WorkbookError {
    fn code(&self) -> &'static str {
        "xlsx_write"
    }
}

/// Colour of a `#rrggbb` text.
fn rgb(hex: &str) -> Color {
    Color::RGB(u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0x6e7781))
}

fn header(sheet: &mut Worksheet, names: &[String]) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold().set_background_color(Color::RGB(0xeeeeee)).set_border(FormatBorder::Thin);
    for (col, name) in (0u16..).zip(names) {
        sheet.write_string_with_format(0, col, name, &bold)?;
        sheet.set_column_width(col, if col == 0 { 42 } else { 14 })?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

impl Report<'_> {
    /// The workbook's bytes (`.xlsx`): sheets `scorecard`, `milestones`, `explanations` (named in the
    /// report's language).
    pub fn xlsx(&self) -> Result<Vec<u8>, WorkbookError> {
        let mut book = Workbook::new();
        self.scorecard_sheet(book.add_worksheet())?;
        self.milestones_sheet(book.add_worksheet())?;
        self.explanations_sheet(book.add_worksheet())?;
        Ok(book.save_to_buffer()?)
    }

    fn words(&self, keys: &[&'static str]) -> Vec<String> {
        keys.iter().map(|k| word(k, self.lang).to_owned()).collect()
    }

    fn scorecard_sheet(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        sheet.set_name(sheet_name(word("scorecard", self.lang)))?;
        let names = self.words(&[
            "indicator",
            "year",
            "tier",
            "target",
            "target_value",
            "milestone",
            "latest",
            "year",
            "source",
            "percent_of_target",
            "progress",
            "gap",
            "status",
            "score",
        ]);
        header(sheet, &names)?;
        let one = Format::new().set_num_format("#,##0.0#");
        let pct = Format::new().set_num_format("0.0\"%\"");
        let score = Format::new().set_num_format("+0.0;-0.0;0.0");
        for (row, r) in (1u32..).zip(&self.card.rows) {
            let a = r.achievement.as_ref();
            sheet.write_string(row, 0, self.name(r))?;
            if let Some(y) = r.year {
                sheet.write_number(row, 1, f64::from(y))?;
            }
            sheet.write_string(row, 2, self.tier(r.tier))?;
            sheet.write_string(row, 3, self.target_words(r))?;
            sheet.write_number_with_format(row, 4, r.target_value, &one)?;
            if let Some(m) = &r.milestone {
                sheet.write_number_with_format(row, 5, m.value, &one)?;
            }
            if let Some(p) = &r.latest {
                sheet.write_number_with_format(row, 6, p.value, &one)?;
                sheet.write_number(row, 7, f64::from(p.year))?;
                sheet.write_string(row, 8, p.source.as_deref().unwrap_or(word("illustrative", self.lang)))?;
            }
            if let Some(p) = a.and_then(|a| a.percent_of_target) {
                sheet.write_number_with_format(row, 9, p, &pct)?;
            }
            if let Some(p) = a.and_then(|a| a.progress_from_baseline) {
                sheet.write_number_with_format(row, 10, p, &Format::new().set_num_format("0.00"))?;
            }
            if let Some(a) = a {
                sheet.write_number_with_format(row, 11, a.gap, &one)?;
            }
            let status =
                Format::new().set_background_color(rgb(colour(r.status.category))).set_font_color(Color::White);
            sheet.write_string_with_format(
                row,
                12,
                status_words(r.status.category, r.status.reason, self.lang),
                &status,
            )?;
            if let Some(s) = r.status.score {
                sheet.write_number_with_format(row, 13, s, &score)?;
            }
        }
        sheet.set_column_width(3, 22)?;
        sheet.set_column_width(8, 30)?;
        sheet.set_column_width(12, 28)?;
        Ok(())
    }

    fn milestones_sheet(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        sheet.set_name(sheet_name(word("milestones", self.lang)))?;
        header(sheet, &self.words(&["indicator", "tier", "unit", "year", "milestone", "kind"]))?;
        let one = Format::new().set_num_format("#,##0.0#");
        for (row, m) in (1u32..).zip(self.milestones()) {
            let name = match self.lang {
                crate::label::Lang::Vi => &m.name_vi,
                crate::label::Lang::En => &m.name_en,
            };
            sheet.write_string(row, 0, name)?;
            sheet.write_string(row, 1, self.tier(m.tier))?;
            sheet.write_string(row, 2, m.unit.label(self.lang))?;
            sheet.write_number(row, 3, f64::from(m.year))?;
            sheet.write_number_with_format(row, 4, m.milestone.value, &one)?;
            sheet.write_string(row, 5, m.milestone.kind.label(self.lang))?;
        }
        Ok(())
    }

    fn explanations_sheet(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        sheet.set_name(sheet_name(word("explanations", self.lang)))?;
        header(sheet, &self.words(&["indicator", "year", "quantity", "formula", "inputs", "result", "note"]))?;
        let four = Format::new().set_num_format("#,##0.0###");
        let mut row = 1u32;
        for r in &self.card.rows {
            for e in &r.explanations {
                let inputs: Vec<String> =
                    e.inputs.iter().map(|i| format!("{} = {}", i.name, self.number(i.value, 6))).collect();
                sheet.write_string(row, 0, self.name(r))?;
                if let Some(y) = r.year {
                    sheet.write_number(row, 1, f64::from(y))?;
                }
                sheet.write_string(row, 2, &e.quantity)?;
                sheet.write_string(row, 3, &e.formula)?;
                sheet.write_string(row, 4, inputs.join("; "))?;
                if let Some(v) = e.result {
                    sheet.write_number_with_format(row, 5, v, &four)?;
                }
                sheet.write_string(row, 6, e.note.as_deref().unwrap_or(""))?;
                row += 1;
            }
        }
        sheet.set_column_width(3, 36)?;
        sheet.set_column_width(4, 36)?;
        sheet.set_column_width(6, 50)?;
        Ok(())
    }
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(words: &str) -> String {
    words.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::Lang;

    #[test]
    fn the_workbook_is_a_zip_with_three_sheets() {
        let plan = crate::bundled::plan("can_tho").unwrap();
        let obs = crate::bundled::observations().unwrap();
        let card =
            crate::Scorecard::build(&plan, &obs, time::macros::date!(2026 - 11 - 22), &crate::Settings::default())
                .unwrap();
        for lang in [Lang::Vi, Lang::En] {
            let bytes = Report::new(&plan, &obs, &card, lang).xlsx().unwrap();
            assert_eq!(bytes.get(..2), Some(&b"PK"[..]));
            assert!(bytes.len() > 5_000);
        }
        assert_eq!(sheet_name("a/b:c[d]"), "abcd");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
    }
}
