//! Tables: rows whose cells are separated by tabs (Word and web tables as `document` reads them) or by
//! "|". A header row that names years ("Chỉ tiêu | Năm 2024 | Năm 2025", "Kết quả năm 2023 | Mục tiêu đến
//! năm 2025", "Giai đoạn 2026-2030") gives each of its columns a year, stated for the figures below it; a
//! column of results ("Thực hiện năm 2023", "Ước đạt 2024") holds achievements, not targets. The figures of a
//! row are named by its label cell ("Chỉ tiêu"), and a unit column ("Đơn vị tính": "%") or a "(%)" in the
//! header makes the bare numbers of the year columns percentages. A column of results with no year of its own
//! ("Đề ra năm 2023 | Kết quả thực hiện") reports on the year of the targets beside it.
//!
//! A table copied from a web page or a PDF as text often comes flattened, one cell per line
//! ([`flattened`]): its header's cells on short lines of their own, then each row's label and its cells,
//! with blank lines or a line of a lone "|" between them, its rows often numbered ("Stt", "1", "II"). Such a
//! table is read back into rows, each cell the folded range of its line, and its rows are read like any other.
//! A row's numbers with no unit of their own take the row's ([`Header::bare`]).

use super::clauses::Bare;
use super::folded::{
    find_word, find_words, starts_with_words, sub, words, year_at, year_ending, years_after_nam, Folded,
};
use super::sections::marker_len;
use super::tiers;
use crate::model::target::Tier;

/// The words a label column's header opens with.
const LABEL_HEADS: [&str; 5] = ["chi tieu", "noi dung", "tieu chi", "ten chi tieu", "muc tieu"];

/// A column of a table's header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Column {
    /// The year the header states for the column.
    pub(crate) year: Option<i32>,
    /// The column holds what was reached ("Thực hiện năm 2023", "Kết quả 2023", "Ước đạt").
    pub(crate) reported: bool,
    /// The tier the header names for the column ("Cấp tỉnh | Cấp xã"): the figures below it are that tier's, of the
    /// year the header states, else the table's ([`Header::year`]).
    pub(crate) tier: Option<Tier>,
}

/// What a table's header says of its columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    pub(crate) columns: Vec<Column>,
    /// The column naming each row's indicator ("Chỉ tiêu", "Nội dung"), if the header says.
    label: Option<usize>,
    /// The unit column ("Đơn vị tính", "ĐVT"), if any.
    unit: Option<usize>,
    /// The header says the figures are percentages ("Tỷ lệ (%)").
    percent: bool,
    /// The year of the columns of tiers that state none: the caption's above the table ("CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM
    /// 2026"), else the section's; set by whoever reads the table ([`Header::dated`]).
    pub(crate) year: Option<i32>,
}

/// The folded ranges of the cells of the line at folded `start..end`, when it is a table row: cells split
/// by tabs, else by "|" (two or more), with the empty cells at either end of "| a | b |" dropped.
pub(crate) fn cells(f: &Folded<'_>, start: usize, end: usize) -> Option<Vec<(usize, usize)>> {
    let original = f.original(start, end);
    let sep = if original.contains('\t') {
        '\t'
    } else if original.matches('|').count() >= 2 {
        '|'
    } else {
        return None;
    };
    let mut out = Vec::new();
    let mut from = start;
    for i in start..end {
        if f.original(i, i + 1).starts_with(sep) {
            out.push((from, i));
            from = i + 1;
        }
    }
    out.push((from, end));
    let blank = |c: &(usize, usize)| words(sub(&f.text, c.0, c.1)).next().is_none();
    if sep == '|' {
        while out.first().is_some_and(blank) {
            out.remove(0);
        }
        while out.last().is_some_and(blank) {
            out.pop();
        }
    }
    (out.len() >= 2).then_some(out)
}

/// Whether the line at folded `start..end` is a table's row of three [`cells`] or more that hold words. A line
/// indented by a tab is one cell.
pub(crate) fn row_of_cells(f: &Folded<'_>, start: usize, end: usize) -> bool {
    let filled = |c: &&(usize, usize)| words(sub(&f.text, c.0, c.1)).next().is_some();
    cells(f, start, end).is_some_and(|c| c.iter().filter(filled).count() >= 3)
}

/// The year a header cell (folded) states: "Năm 2025", "Đến năm 2025", "2025", the end of "Giai đoạn
/// 2026-2030"; not an orientation's.
fn cell_year(cell: &str) -> Option<i32> {
    if let Some((_, _, last)) = super::years::stages(cell).next() {
        return Some(last);
    }
    let t = cell.trim().trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    years_after_nam(cell)
        .first()
        .map(|y| y.1)
        .or_else(|| year_at(t).filter(|_| words(t).count() == 1))
        .or_else(|| year_ending(cell, 5))
}

/// Whether a header cell (folded) names results rather than targets.
fn results_cell(cell: &str) -> bool {
    // "TH năm 2023", "Ước TH 2024" (thực hiện, ước), "KH năm 2024" (kế hoạch): a report's abbreviations.
    let reached = ["thuc hien", "ket qua", "uoc dat", "uoc thuc hien", "uoc", "th", "hien trang", "da dat", "thuc te"];
    let wanted = ["muc tieu", "ke hoach", "kh", "chi tieu", "phan dau", "du kien"];
    reached.iter().any(|w| find_word(cell, w).is_some()) && !wanted.iter().any(|w| find_word(cell, w).is_some())
}

/// The header of a table, when the row of `cells` names a year in one column or more and holds no figure.
pub(crate) fn header(s: &str, cells: &[(usize, usize)]) -> Option<Header> {
    let texts: Vec<&str> = cells.iter().map(|&(a, b)| sub(s, a, b)).collect();
    if texts.iter().any(|t| t.contains('%') && !t.contains("(%)")) {
        return None;
    }
    // A column of a tier names it alone ("Cấp tỉnh", "Cấp xã"); a row naming one beside figures is no header.
    let tier = |t: &str| tiers::only_tier_words(t).then(|| tiers::tier_in(t, false).map(|(tier, _)| tier)).flatten();
    let mut columns: Vec<Column> =
        texts.iter().map(|t| Column { year: cell_year(t), reported: results_cell(t), tier: tier(t) }).collect();
    let figures = texts.iter().zip(&columns).any(|(t, c)| t.contains(|c: char| c.is_ascii_digit()) && c.year.is_none());
    let undated = columns.iter().all(|c| c.year.is_none());
    if undated && (figures || columns.iter().all(|c| c.tier.is_none())) {
        return None;
    }
    // "Kế hoạch năm 2023 | Thực hiện": the results of the year set beside them (not a current state's).
    for (i, t) in texts.iter().enumerate().skip(1) {
        let current = find_word(t, "hien trang").is_some() || find_word(t, "thuc te").is_some();
        let before = columns.get(i - 1).filter(|b| !b.reported).and_then(|b| b.year);
        if let Some(here) = columns.get_mut(i).filter(|h| h.reported && h.year.is_none() && !current) {
            here.year = before;
        }
    }
    let named = |list: &[&str]| texts.iter().position(|t| list.iter().any(|w| starts_with_words(t, w)));
    Some(Header {
        label: named(&LABEL_HEADS).filter(|&i| columns.get(i).is_some_and(|c| c.year.is_none())),
        unit: named(&["don vi tinh", "dvt", "don vi"]),
        percent: texts.iter().any(|t| t.contains("(%)")),
        columns,
        year: None,
    })
}

impl Header {
    /// This header, its columns of tiers that state no year dated `year` ([`Header::year`]).
    pub(crate) fn dated(self, year: Option<i32>) -> Self {
        Self { year, ..self }
    }

    /// The year of a column: its own, else the table's for a column of a tier; `None` for a column holding no figure
    /// to read.
    pub(crate) fn year_of(&self, column: &Column) -> Option<i32> {
        column.year.or(self.year.filter(|_| column.tier.is_some()))
    }

    /// The label cell of a row: the header's label column, else the cell with the most words outside the
    /// year columns.
    pub(crate) fn label(&self, s: &str, cells: &[(usize, usize)]) -> Option<(usize, usize)> {
        let by_header = self.label.and_then(|i| cells.get(i).copied());
        by_header.filter(|c| words(sub(s, c.0, c.1)).count() >= 2).or_else(|| {
            cells
                .iter()
                .enumerate()
                .filter(|(i, _)| self.columns.get(*i).is_none_or(|c| c.year.is_none() && c.tier.is_none()))
                .max_by_key(|(_, c)| words(sub(s, c.0, c.1)).filter(|w| !w.bytes().all(|b| b.is_ascii_digit())).count())
                .map(|(_, c)| *c)
        })
    }

    /// The unit of the bare numbers of a row's year cells: the row's unit cell ("%", "Tỷ đồng"), else the
    /// unit the label names in brackets ("Tốc độ tăng GRDP (%)", "Giá trị xuất khẩu (triệu USD)"), else
    /// percentages where the header says "(%)" or the label is a rate ("Tỷ lệ ..."), else a ratio per people
    /// the label names ("Số bác sỹ trên vạn dân"), else a count of what a label "Số ..." names.
    pub(crate) fn bare<'s>(&self, s: &'s str, cells: &[(usize, usize)], label: Option<(usize, usize)>) -> Bare<'s> {
        let named = |t: &'s str| match t.trim() {
            "" => Bare::Nothing,
            "%" => Bare::Percent,
            t if find_words(t, "ty le").next().is_some() => Bare::Percent,
            t if super::units::unit_words(t).is_some() => Bare::Named(t),
            _ => Bare::Nothing,
        };
        if let Some(&(a, b)) = self.unit.and_then(|i| cells.get(i)) {
            return named(sub(s, a, b));
        }
        let label_cell = label;
        let label = label.map_or("", |(a, b)| sub(s, a, b));
        let bracket = label.rfind('(').map(|i| sub(label, i + 1, label.len())).and_then(|t| t.split(')').next());
        match bracket.map(named) {
            Some(Bare::Nothing) | None => {}
            Some(unit) => return unit,
        }
        if self.percent || ["ty le", "ty trong"].iter().any(|w| starts_with_words(label, w)) {
            Bare::Percent
        } else if super::units::per_people_after(label).is_some() {
            Bare::Named(label)
        } else if counts(label)
            && cells.iter().filter(|&&c| Some(c) != label_cell).all(|&(a, b)| !sub(s, a, b).contains([',', '%']))
        {
            // "Số trạm y tế ...", not "Số hóa ..." (digitised: a rate), which folds alike; whole numbers only (a
            // decimal comma, "2,5", is no count).
            Bare::Counted(label)
        } else {
            Bare::Nothing
        }
    }
}

/// Whether a row's label (folded) names a number of things: "Số ...", "Tổng số ...", not "Số hóa ...".
fn counts(label: &str) -> bool {
    ["so", "tong so"].iter().any(|w| starts_with_words(label, w)) && !starts_with_words(label, "so hoa")
}

/// A table flattened to one cell per line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Flattened {
    pub(crate) header: Header,
    /// Folded range from the header's first line to its last.
    pub(crate) header_span: (usize, usize),
    pub(crate) rows: Vec<FlatRow>,
}

/// A row of a flattened table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FlatRow {
    /// Folded range from the row's first line to its last.
    pub(crate) span: (usize, usize),
    /// Its cells, the label first (its lines together), each the folded range of its line(s); in a numbered table
    /// an empty cell at the label's start stands first, under the number column.
    pub(crate) cells: Vec<(usize, usize)>,
    /// The label of the row with no cells above it, which names what its rows measure ("- Tỷ lệ văn bản
    /// ... tại cơ quan" above "+ Cấp tỉnh", "+ Cấp huyện").
    pub(crate) parent: Option<(usize, usize)>,
}

/// The most columns a flattened header is read for.
const MAX_COLUMNS: usize = 8;

/// The tables flattened to one cell per line among the lines (folded ranges, in order) of `s`.
///
/// A flattened header is three short lines or more (the first opening with a label column's words:
/// "Mục tiêu/Chỉ tiêu", "Chỉ tiêu"), none a list item nor a figure but a year, that [`header`] reads as
/// naming a year. Each row after it is a label (a line, and up to two lines after it that open no list
/// item: "+ Cấp xã đạt" "(trừ hồ sơ mật)") and the cells on the lines after it: figures and verdicts
/// ("97%", "75,3%", "Đạt", "Vượt"), at most as many as the header has columns after the label. A label with
/// no cells (a heading, the parent of "+ Cấp tỉnh" rows) is left to the line reader; the table ends at a
/// cell with no label, a Roman-numbered heading or a line of running text with a percentage.
pub(crate) fn flattened(s: &str, lines: &[(usize, usize)]) -> Vec<Flattened> {
    let filled: Vec<(usize, usize)> =
        lines.iter().copied().filter(|&(a, b)| words(sub(s, a, b)).next().is_some()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < filled.len() {
        match filled.get(i..).and_then(|rest| flattened_at(s, rest)) {
            Some((table, used)) => {
                out.push(table);
                i += used;
            }
            None => i += 1,
        }
    }
    out
}

/// The flattened table whose header starts at the first of `lines` (non-blank), and how many lines it took.
fn flattened_at(s: &str, lines: &[(usize, usize)]) -> Option<(Flattened, usize)> {
    let text = |k: usize| lines.get(k).map(|&(a, b)| sub(s, a, b));
    let first = text(0)?;
    // A column of row numbers ("STT", "TT") may come before the label column.
    let numbered = ["stt", "tt"].iter().any(|w| words(first).eq([*w]));
    let label_head = if numbered { text(1)? } else { first };
    if !LABEL_HEADS.iter().any(|w| starts_with_words(label_head, w)) || !header_line(label_head) {
        return None;
    }
    let mut n = if numbered { 2 } else { 1 };
    while n < MAX_COLUMNS && text(n).is_some_and(|t| header_line(t) && !row_number(t)) {
        n += 1;
    }
    if n < 3 {
        return None;
    }
    let header = header(s, lines.get(..n)?)?;
    let mut rows = Vec::new();
    let mut used = n;
    let mut j = n;
    let mut valueless = 0;
    let mut parent = None;
    let mut numbers = (None, None);
    loop {
        // A row's number ("1", "II") before its label, in a numbered table.
        if let Some(number) = text(j).filter(|_| numbered).and_then(RowNumber::of) {
            match number {
                RowNumber::Arabic(n) => numbers.0 = Some(n),
                RowNumber::Roman(n) => numbers.1 = Some(n),
            }
            j += 1;
        }
        let (Some(t), Some(&(label_start, mut label_end))) = (text(j), lines.get(j)) else { break };
        if ends_table(t) || is_cell(t) || valueless > 3 {
            break;
        }
        j += 1;
        // Up to two more lines of the label, opening no list item ("(trừ hồ sơ mật)").
        let last_label_line = j + 2;
        while j < last_label_line {
            match (text(j), lines.get(j)) {
                (Some(t), Some(line)) if !is_cell(t) && marker_len(t) == 0 && !ends_table(t) => {
                    label_end = line.1;
                    j += 1;
                }
                _ => break,
            }
        }
        // The number column's cell is left empty: the cells stand under the header's columns in order.
        let mut cells = if numbered { vec![(label_start, label_start)] } else { Vec::new() };
        let label_cells = cells.len() + 1;
        cells.push((label_start, label_end));
        // The next row's number, followed by its label, is none of this row's cells.
        let next_row = |k: usize| {
            numbered
                && text(k).and_then(RowNumber::of).is_some_and(|r| r.follows(numbers))
                && text(k + 1).is_some_and(|t| !is_cell(t))
        };
        while let Some(&cell) = lines.get(j).filter(|_| cells.len() < n && text(j).is_some_and(is_cell) && !next_row(j))
        {
            cells.push(cell);
            j += 1;
        }
        if cells.len() == label_cells {
            valueless += 1;
            parent = Some((label_start, label_end));
            continue;
        }
        valueless = 0;
        used = j;
        let end = cells.last().map_or(label_end, |c| c.1);
        let sub_row = sub(s, label_start, label_end).trim_start().starts_with('+');
        if !sub_row {
            parent = None;
        }
        rows.push(FlatRow { span: (label_start, end), cells, parent });
    }
    let span = (lines.first()?.0, lines.get(n - 1)?.1);
    (!rows.is_empty()).then_some((Flattened { header, header_span: span, rows }, used))
}

/// A line that may be a flattened header's cell: a few words, no list marker, no figure but a year.
fn header_line(t: &str) -> bool {
    words(t).count() <= 6
        && marker_len(t) == 0
        && !t.contains('%')
        && words(t).filter(|w| w.bytes().any(|b| b.is_ascii_digit())).all(|w| year_at(w).is_some())
}

/// A row's number on a line of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowNumber {
    /// "1", "12".
    Arabic(u32),
    /// "I", "IV": a part of the table (a Roman numeral of i, v and x).
    Roman(u32),
}

impl RowNumber {
    /// The row number a line (folded) holds alone.
    fn of(t: &str) -> Option<Self> {
        let t = t.trim().trim_end_matches(['.', ')']);
        if !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()) {
            return t.parse().ok().map(Self::Arabic);
        }
        let digit = |b: u8| match b {
            b'i' => Some(1),
            b'v' => Some(5),
            b'x' => Some(10),
            _ => None,
        };
        let values: Option<Vec<u32>> = (t.len() <= 4).then(|| t.bytes().map(digit).collect()).flatten();
        let values = values.filter(|v| !v.is_empty())?;
        // Subtractive: a digit before a larger one counts against it ("iv" is 4).
        let n = values.iter().enumerate().fold(0i64, |n, (k, &d)| {
            if values.get(k + 1).is_some_and(|&next| next > d) {
                n - i64::from(d)
            } else {
                n + i64::from(d)
            }
        });
        u32::try_from(n).ok().filter(|n| *n > 0).map(Self::Roman)
    }

    /// Whether this number comes next after the rows numbered so far (the last Arabic and Roman numbers).
    fn follows(self, last: (Option<u32>, Option<u32>)) -> bool {
        match self {
            Self::Arabic(n) => n == last.0.map_or(1, |l| l + 1),
            Self::Roman(n) => n == last.1.map_or(1, |l| l + 1),
        }
    }
}

/// Whether a line (folded) holds a row's number alone.
fn row_number(t: &str) -> bool {
    RowNumber::of(t).is_some()
}

/// A line that may be a flattened row's cell: a figure ("97%", "75,3%", "≥ 80%") or a verdict ("Đạt",
/// "Vượt", "Không đạt").
fn is_cell(t: &str) -> bool {
    const VERDICTS: [&str; 9] =
        ["dat", "vuot", "khong dat", "chua dat", "hoan thanh", "chua hoan thanh", "dat vuot", "vuot muc", "x"];
    let n = words(t).count();
    let verdict = || VERDICTS.iter().any(|v| words(t).eq(v.split(' ')));
    n <= 4 && marker_len(t) == 0 && (t.bytes().any(|b| b.is_ascii_digit()) || verdict())
}

/// A line that ends a flattened table: a Roman-numbered heading ("II. Nhiệm vụ"), a part ("Phần II"), or
/// running text with a percentage.
fn ends_table(t: &str) -> bool {
    let m = marker_len(t);
    let head = sub(t.trim_start(), 0, m.saturating_sub(t.len() - t.trim_start().len()));
    let numeral = head.trim_end().trim_end_matches(['.', ')']);
    let roman = !numeral.is_empty() && numeral.bytes().all(|c| matches!(c, b'i' | b'v' | b'x'));
    roman || starts_with_words(t, "phan") || (words(t).count() > 12 && t.contains('%'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str) -> (String, Vec<(usize, usize)>) {
        let f = Folded::new(text);
        let c = cells(&f, 0, f.text.len()).unwrap_or_default();
        (f.text.clone(), c)
    }

    #[test]
    fn a_row_of_cells_has_three_filled_or_more() {
        let row_of = |text: &str| {
            let f = Folded::new(text);
            row_of_cells(&f, 0, f.text.len())
        };
        assert!(row_of("1\tTỷ lệ dịch vụ công\t%\t80\t90"));
        assert!(row_of("| Chỉ tiêu | Năm 2025 | Năm 2030 |"));
        // A line indented by a tab, a headline with one bar, two cells: no row.
        assert!(!row_of("\tNăm 2025, tỷ lệ đạt 90%"));
        assert!(!row_of("Tây Ninh đạt 90% | Báo Tây Ninh"));
        assert!(!row_of("Chỉ tiêu\t90%"));
    }

    #[test]
    fn cells_split_on_tabs_or_bars() {
        let (s, c) = row("| Chỉ tiêu | Năm 2025 |");
        assert_eq!(c.iter().map(|&(a, b)| sub(&s, a, b).trim()).collect::<Vec<_>>(), vec!["chi tieu", "nam 2025"]);
        let (s, c) = row("Tỷ lệ\t90%\t100%");
        assert_eq!(c.iter().map(|&(a, b)| sub(&s, a, b)).collect::<Vec<_>>(), vec!["ty le", "90%", "100%"]);
        assert!(row("Tỷ lệ hồ sơ | 90%").1.is_empty());
    }

    #[test]
    fn a_header_gives_each_column_its_year_and_whether_it_holds_results() {
        let (s, c) = row("STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2023\tKế hoạch năm 2024\tGiai đoạn 2026-2030");
        let h = header(&s, &c).unwrap();
        let cols: Vec<_> = h.columns.iter().map(|c| (c.year, c.reported)).collect();
        assert_eq!(
            cols,
            vec![
                (None, false),
                (None, false),
                (None, false),
                (Some(2023), true),
                (Some(2024), false),
                (Some(2030), false)
            ]
        );
        assert_eq!((h.label, h.unit, h.percent), (Some(1), Some(2), false));
        let (s, c) = row("| Chỉ tiêu (%) | 2024 | 2025 |");
        let h = header(&s, &c).unwrap();
        assert_eq!(h.columns.iter().map(|c| c.year).collect::<Vec<_>>(), vec![None, Some(2024), Some(2025)]);
        assert!(h.percent);
        // A row of figures is no header.
        let (s, c) = row("Tỷ lệ hồ sơ năm 2024\t90%\t100%");
        assert_eq!(header(&s, &c), None);
    }

    #[test]
    fn a_header_of_tiers_gives_each_column_its_tier_and_the_tables_year() {
        // A probe of 6 Dec 2026: a province's appendix of targets per tier, as the plans of the two tiers since July
        // 2025 give them.
        let (s, c) = row("TT | Chỉ tiêu | Đơn vị | Cấp tỉnh | Cấp xã");
        let h = header(&s, &c).unwrap();
        let tiers: Vec<_> = h.columns.iter().map(|c| c.tier).collect();
        assert_eq!(tiers, [None, None, None, Some(Tier::Province), Some(Tier::Commune)]);
        assert_eq!((h.label, h.unit), (Some(1), Some(2)));
        // Its columns of tiers take the table's year; a column of neither holds nothing to read.
        let h = h.dated(Some(2026));
        let years: Vec<_> = h.columns.iter().map(|c| h.year_of(c)).collect();
        assert_eq!(years, [None, None, None, Some(2026), Some(2026)]);
        // A column's own year stands: "Cấp tỉnh năm 2030" is no column of a tier, but of its year.
        let (s, c) = row("Chỉ tiêu | Năm 2025 | Năm 2030");
        assert_eq!(header(&s, &c).unwrap().dated(Some(2026)).columns.iter().filter(|c| c.tier.is_some()).count(), 0);
        // A row naming a tier beside its figures is no header, nor a row of words alone.
        let (s, c) = row("Cấp tỉnh | 100 | 95");
        assert_eq!(header(&s, &c), None);
        let (s, c) = row("Chỉ tiêu | Đơn vị | Ghi chú");
        assert_eq!(header(&s, &c), None);
    }

    #[test]
    fn a_rows_label_and_unit() {
        let (s, c) = row("STT\tChỉ tiêu\tĐơn vị tính\tNăm 2025");
        let h = header(&s, &c).unwrap();
        let (s, c) = row("1\tTỷ lệ hồ sơ công việc được xử lý trên môi trường mạng\t%\t90");
        let label = h.label(&s, &c);
        assert_eq!(label.map(|(a, b)| sub(&s, a, b)), Some("ty le ho so cong viec duoc xu ly tren moi truong mang"));
        assert_eq!(h.bare(&s, &c, label), Bare::Percent);
    }

    fn flat(text: &str) -> (String, Vec<Flattened>) {
        let f = Folded::new(text);
        let tables = flattened(&f.text, &super::super::folded::line_ranges(&f.text));
        (f.text.clone(), tables)
    }

    #[test]
    fn a_table_flattened_to_one_cell_per_line_is_read_back_into_rows() {
        let (s, tables) = flat(
            "Mục tiêu/Chỉ tiêu\n\nĐề ra năm 2023\n\nKết quả thực hiện\n\nĐánh giá\n\na) Chính quyền số\n \n\
             - Tỷ lệ hồ sơ trực tuyến\n\n30%\n\n75,3%\n\nVượt\n\
             - Tỷ lệ hồ sơ công việc xử lý trên mạng\n+ Cấp tỉnh\n \n97%\n \n97%\nĐạt\n\
             + Cấp xã\n(trừ hồ sơ mật)\n80%\n78%\nKhông đạt\n\
             II. NHIỆM VỤ\n- 100% xã có cáp quang\n",
        );
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        // The results column reports on the year of the targets beside it.
        let cols: Vec<_> = t.header.columns.iter().map(|c| (c.year, c.reported)).collect();
        assert_eq!(cols, [(None, false), (Some(2023), false), (Some(2023), true), (None, false)]);
        assert_eq!(
            sub(&s, t.header_span.0, t.header_span.1),
            "muc tieu/chi tieu\n\nde ra nam 2023\n\nket qua thuc hien\n\ndanh gia"
        );
        let rows: Vec<Vec<&str>> =
            t.rows.iter().map(|r| r.cells.iter().map(|&(a, b)| sub(&s, a, b).trim()).collect()).collect();
        assert_eq!(
            rows,
            [
                vec!["- ty le ho so truc tuyen", "30%", "75,3%", "vuot"],
                vec!["+ cap tinh", "97%", "97%", "dat"],
                vec!["+ cap xa\n(tru ho so mat)", "80%", "78%", "khong dat"],
            ]
        );
        // The rows naming only a tier measure what the row above them names.
        let parents: Vec<_> = t.rows.iter().map(|r| r.parent.map(|(a, b)| sub(&s, a, b))).collect();
        assert_eq!(
            parents,
            [None, Some("- ty le ho so cong viec xu ly tren mang"), Some("- ty le ho so cong viec xu ly tren mang")]
        );
    }

    #[test]
    fn a_numbered_table_flattened_with_a_bar_after_each_cell() {
        // thua_thien_hue_2024 (a development text): "STT" before the label column, a row's number before its label
        // (none on a part's row), "TH"/"Ước TH" results and "KH" the plan, the units in the labels' brackets.
        let (s, tables) = flat(
            "Stt\n|\nChỉ tiêu chủ yếu\n|\nTH năm 2023\n|\nKH năm 2024\n|\nƯớc TH 2024\n|\nĐánh giá\n|\nI\n|\nKinh tế\n\
             |\n|\n|\n|\n|\n1\n|\nTốc độ tăng GRDP (%), trong đó:\n|\n7,03\n|\n8,5-9,5\n|\n8-8,5\n|\nĐạt\n|\n|\n\
             - Dịch vụ (%)\n|\n8,66\n|\n9,5-10,7\n|\n8,1\n|\n2\n|\nTổng vốn đầu tư toàn xã hội\n(tỷ đồng)\n|\n29.459\n|\n\
             33.000-34.000\n|\n34.100\n|\nĐạt\n",
        );
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        let cols: Vec<_> = t.header.columns.iter().map(|c| (c.year, c.reported)).collect();
        assert_eq!(
            cols,
            [(None, false), (None, false), (Some(2023), true), (Some(2024), false), (Some(2024), true), (None, false)]
        );
        let rows: Vec<Vec<&str>> =
            t.rows.iter().map(|r| r.cells.iter().map(|&(a, b)| sub(&s, a, b).trim()).collect()).collect();
        assert_eq!(
            rows,
            [
                vec!["", "toc do tang grdp (%), trong do:", "7,03", "8,5-9,5", "8-8,5", "dat"],
                vec!["", "- dich vu (%)", "8,66", "9,5-10,7", "8,1"],
                vec!["", "tong von dau tu toan xa hoi\n(ty dong)", "29.459", "33.000-34.000", "34.100", "dat"],
            ]
        );
        // Each row's unit: the label's brackets.
        let bare: Vec<_> = t.rows.iter().map(|r| t.header.bare(&s, &r.cells, t.header.label(&s, &r.cells))).collect();
        assert_eq!(bare, [Bare::Percent, Bare::Percent, Bare::Named("ty dong")]);
    }

    #[test]
    fn row_numbers_and_which_comes_next() {
        let of = RowNumber::of;
        assert_eq!(
            [of("1"), of("12."), of("iv"), of("vi"), of("ix"), of("xii")],
            [
                Some(RowNumber::Arabic(1)),
                Some(RowNumber::Arabic(12)),
                Some(RowNumber::Roman(4)),
                Some(RowNumber::Roman(6)),
                Some(RowNumber::Roman(9)),
                Some(RowNumber::Roman(12)),
            ]
        );
        assert_eq!([of("2025"), of("kinh te"), of(""), of("8,5")], [None, None, None, None]);
        assert!(RowNumber::Arabic(3).follows((Some(2), Some(1))));
        assert!(!RowNumber::Arabic(1).follows((Some(2), Some(1))));
        assert!(RowNumber::Roman(2).follows((Some(6), Some(1))));
        assert!(RowNumber::Arabic(1).follows((None, Some(1))));
    }

    #[test]
    fn a_rows_unit_from_its_unit_cell_its_brackets_or_its_name() {
        let (s, c) = row("STT\tChỉ tiêu\tĐơn vị tính\tNăm 2025");
        let h = header(&s, &c).unwrap();
        let bare = |text: &str| {
            let (s, c) = row(text);
            let b = h.bare(&s, &c, h.label(&s, &c));
            format!("{b:?}")
        };
        assert_eq!(bare("1\tSố doanh nghiệp công nghệ số\tDoanh nghiệp\t150"), "Named(\"doanh nghiep\")");
        assert_eq!(bare("2\tDoanh thu\tTỷ đồng\t1.200"), "Named(\"ty dong\")");
        // A unit the reader does not know gives the bare numbers none.
        assert_eq!(bare("3\tSố lần\tLần\t2"), "Nothing");
        let (s, c) = row("Chỉ tiêu\tNăm 2025");
        let h = header(&s, &c).unwrap();
        let (s, c) = row("Tỷ lệ hồ sơ (trừ hồ sơ mật)\t90");
        // Brackets that name no unit leave the rate's percentages.
        assert_eq!(h.bare(&s, &c, h.label(&s, &c)), Bare::Percent);
        let (s, c) = row("Số bác sỹ trên vạn dân\t15");
        assert_eq!(h.bare(&s, &c, h.label(&s, &c)), Bare::Named("so bac sy tren van dan"));
        // A row that counts what its label names, with whole numbers only (a probe of 7 Dec 2026); not "Số hóa".
        let (s, c) = row("Số trạm y tế xã, phường triển khai khám chữa bệnh từ xa\t135 trạm");
        assert_eq!(
            h.bare(&s, &c, h.label(&s, &c)),
            Bare::Counted("so tram y te xa, phuong trien khai kham chua benh tu xa")
        );
        let (s, c) = row("Số lần kiểm tra\t2,5");
        assert_eq!(h.bare(&s, &c, h.label(&s, &c)), Bare::Nothing);
        let (s, c) = row("Số hóa hồ sơ\t80");
        assert_eq!(h.bare(&s, &c, h.label(&s, &c)), Bare::Nothing);
    }

    #[test]
    fn short_lines_that_are_no_table_stay_lines() {
        // An objectives heading, a year heading and list items: no header of three cells.
        assert!(flat("Mục tiêu cụ thể\nĐến năm 2025\n- 90% hồ sơ công việc cấp tỉnh\n").1.is_empty());
        // A header with no year, and a header with no row of cells after it.
        assert!(flat("Chỉ tiêu\nĐơn vị\nGhi chú\n- Tỷ lệ hồ sơ\n90%\n").1.is_empty());
        assert!(flat(
            "Chỉ tiêu\nNăm 2024\nNăm 2025\nHàng năm, tỉnh phấn đấu 90% hồ sơ công việc được xử lý trên mạng\n"
        )
        .1
        .is_empty());
    }
}
