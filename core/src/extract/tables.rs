//! Tables: rows whose cells are separated by tabs (Word and web tables as `document` reads them) or by
//! "|". A header row that names years ("Chỉ tiêu | Năm 2024 | Năm 2025", "Kết quả năm 2023 | Mục tiêu đến
//! năm 2025", "Giai đoạn 2026-2030") gives each of its columns a year, stated for the figures below it; a
//! column of results ("Thực hiện năm 2023", "Ước đạt 2024") holds achievements, not targets. The figures of a
//! row are named by its label cell ("Chỉ tiêu"), and a unit column ("Đơn vị tính": "%") or a "(%)" in the
//! header makes the bare numbers of the year columns percentages.

use super::folded::{find_word, find_words, starts_with_words, sub, words, year_at, years_after_nam, Folded};

/// A column of a table's header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Column {
    /// The year the header states for the column.
    pub(crate) year: Option<i32>,
    /// The column holds what was reached ("Thực hiện năm 2023", "Kết quả 2023", "Ước đạt").
    pub(crate) reported: bool,
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
        .or_else(|| words(cell).last().and_then(year_at).filter(|_| words(cell).count() <= 5))
}

/// Whether a header cell (folded) names results rather than targets.
fn results_cell(cell: &str) -> bool {
    let reached = ["thuc hien", "ket qua", "uoc dat", "uoc thuc hien", "hien trang", "da dat", "thuc te"];
    let wanted = ["muc tieu", "ke hoach", "chi tieu", "phan dau", "du kien"];
    reached.iter().any(|w| find_word(cell, w).is_some()) && !wanted.iter().any(|w| find_word(cell, w).is_some())
}

/// The header of a table, when the row of `cells` names a year in one column or more and holds no figure.
pub(crate) fn header(s: &str, cells: &[(usize, usize)]) -> Option<Header> {
    let texts: Vec<&str> = cells.iter().map(|&(a, b)| sub(s, a, b)).collect();
    if texts.iter().any(|t| t.contains('%') && !t.contains("(%)")) {
        return None;
    }
    let columns: Vec<Column> = texts.iter().map(|t| Column { year: cell_year(t), reported: results_cell(t) }).collect();
    if columns.iter().all(|c| c.year.is_none()) {
        return None;
    }
    let named = |list: &[&str]| texts.iter().position(|t| list.iter().any(|w| starts_with_words(t, w)));
    Some(Header {
        label: named(&["chi tieu", "noi dung", "tieu chi", "ten chi tieu", "muc tieu"])
            .filter(|&i| columns.get(i).is_some_and(|c| c.year.is_none())),
        unit: named(&["don vi tinh", "dvt", "don vi"]),
        percent: texts.iter().any(|t| t.contains("(%)")),
        columns,
    })
}

impl Header {
    /// The label cell of a row: the header's label column, else the cell with the most words outside the
    /// year columns.
    pub(crate) fn label(&self, s: &str, cells: &[(usize, usize)]) -> Option<(usize, usize)> {
        let by_header = self.label.and_then(|i| cells.get(i).copied());
        by_header.filter(|c| words(sub(s, c.0, c.1)).count() >= 2).or_else(|| {
            cells
                .iter()
                .enumerate()
                .filter(|(i, _)| self.columns.get(*i).is_none_or(|c| c.year.is_none()))
                .max_by_key(|(_, c)| words(sub(s, c.0, c.1)).filter(|w| !w.bytes().all(|b| b.is_ascii_digit())).count())
                .map(|(_, c)| *c)
        })
    }

    /// Whether the bare numbers of a row's year cells are percentages: the row's unit cell says "%", or the
    /// header says "(%)", or the label is a rate ("Tỷ lệ ...") with no unit column.
    pub(crate) fn percent(&self, s: &str, cells: &[(usize, usize)], label: Option<(usize, usize)>) -> bool {
        match self.unit.and_then(|i| cells.get(i)) {
            Some(&(a, b)) => sub(s, a, b).trim() == "%" || find_words(sub(s, a, b), "ty le").next().is_some(),
            None => {
                self.percent
                    || label
                        .is_some_and(|(a, b)| ["ty le", "ty trong"].iter().any(|w| starts_with_words(sub(s, a, b), w)))
            }
        }
    }
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
    fn a_rows_label_and_unit() {
        let (s, c) = row("STT\tChỉ tiêu\tĐơn vị tính\tNăm 2025");
        let h = header(&s, &c).unwrap();
        let (s, c) = row("1\tTỷ lệ hồ sơ công việc được xử lý trên môi trường mạng\t%\t90");
        let label = h.label(&s, &c);
        assert_eq!(label.map(|(a, b)| sub(&s, a, b)), Some("ty le ho so cong viec duoc xu ly tren moi truong mang"));
        assert!(h.percent(&s, &c, label));
        let (s, c) = row("2\tSố doanh nghiệp công nghệ số\tDoanh nghiệp\t90");
        assert!(!h.percent(&s, &c, h.label(&s, &c)));
    }
}
