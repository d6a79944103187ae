//! CSV records read from text in memory.
//!
//! The parsing is csv-core's: quoted cells, doubled quotes, separators and line ends inside quotes,
//! `\n`, `\r\n` or `\r` between records, a UTF-8 byte order mark at the start, blank lines skipped.
//! This file only collects each record's cells and the line it starts on. The csv crate's `Reader` does
//! the same over an `io::Read`, with byte and string records, serde and their error types, none of which
//! a text already in memory needs; in the WebAssembly dashboard module they were 3.6 KB gzipped (5 Dec 2026).
//! The tests below read random texts with this module and with the csv crate (a dev-dependency) and compare them.

/// One record: its cells, unquoted, and the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The line the record's first cell starts on, counted from 1. A line ends at `\n`, `\r\n` or `\r`,
    /// as a record does, and blank lines are counted: where no cell holds a line break, this is the row a
    /// spreadsheet shows. (The csv crate's `Position::line` is the line after the previous record's end:
    /// its row numbers lagged in files with `\r\n` line ends, as Excel on Windows writes them, or blank lines.)
    pub line: u64,
    /// The cells, quotes removed (`"a ""b"""` is `a "b"`); as many as the row has.
    pub cells: Vec<String>,
}

/// The records of `text`, cells parted by `delimiter`; every row is a record, however many cells it has.
pub fn records(text: &str, delimiter: u8) -> Records<'_> {
    Records {
        reader: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
        text: text.as_bytes(),
        read: 0,
        lines: Lines { line: 1, counted: 0 },
        cells: vec![0; 1024],
        ends: vec![0; 32],
        done: false,
    }
}

/// The iterator of [`records`].
pub struct Records<'a> {
    reader: csv_core::Reader,
    text: &'a [u8],
    /// How many bytes of the text the reader has taken.
    read: usize,
    lines: Lines,
    /// The record's cells, one after the other, and where each ends.
    cells: Vec<u8>,
    ends: Vec<usize>,
    done: bool,
}

impl Iterator for Records<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        use csv_core::ReadRecordResult::{End, InputEmpty, OutputEndsFull, OutputFull, Record as Read};
        if self.done {
            return None;
        }
        // The reader skips line ends before a record; the record starts after them.
        let rest = self.text.get(self.read..).unwrap_or_default();
        let start = self.read + rest.iter().take_while(|&&b| b == b'\n' || b == b'\r').count();
        let line = self.lines.at(self.text, start);
        let (mut written, mut ended) = (0, 0);
        loop {
            // An empty input tells the reader the text has ended.
            let (result, read, wrote, ends) = self.reader.read_record(
                self.text.get(self.read..).unwrap_or_default(),
                self.cells.get_mut(written..).unwrap_or_default(),
                self.ends.get_mut(ended..).unwrap_or_default(),
            );
            self.read += read;
            written += wrote;
            ended += ends;
            match result {
                InputEmpty => {}
                OutputFull => self.cells.resize(self.cells.len() * 2, 0),
                OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                Read => return Some(Record { line, cells: self.cells_of(ended) }),
                End => {
                    self.done = true;
                    return None;
                }
            }
        }
    }
}

/// Line numbers of positions in a text, counted as the positions come (each at or after the last).
struct Lines {
    /// The line of `counted`.
    line: u64,
    counted: usize,
}

impl Lines {
    /// The line of byte `at`: one more than the line ends before it (`\n`, `\r\n` and `\r` one each).
    fn at(&mut self, text: &[u8], at: usize) -> u64 {
        let span = text.get(self.counted..at).unwrap_or_default();
        for (i, &b) in span.iter().enumerate() {
            let crlf = b == b'\r' && text.get(self.counted + i + 1) == Some(&b'\n');
            if b == b'\n' || (b == b'\r' && !crlf) {
                self.line += 1;
            }
        }
        self.counted = self.counted.max(at);
        self.line
    }
}

impl Records<'_> {
    /// The first `count` cells of the buffer, as text. The input is UTF-8 and the reader takes out only
    /// ASCII bytes (quotes, separators, line ends), so each cell is UTF-8 too; were one not, its bad
    /// bytes would read as U+FFFD rather than stop the reading.
    fn cells_of(&self, count: usize) -> Vec<String> {
        let mut start = 0;
        let mut cells = Vec::with_capacity(count);
        for &end in self.ends.iter().take(count) {
            cells.push(String::from_utf8_lossy(self.cells.get(start..end).unwrap_or_default()).into_owned());
            start = end;
        }
        cells
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, delimiter: u8) -> Vec<(u64, Vec<String>)> {
        records(text, delimiter).map(|r| (r.line, r.cells)).collect()
    }

    fn record(line: u64, cells: &[&str]) -> (u64, Vec<String>) {
        (line, cells.iter().map(|c| (*c).to_owned()).collect())
    }

    #[test]
    fn quotes_separators_and_line_ends_inside_a_cell() {
        let text = "\u{feff}a;b;c\r\n\"90,5\";\"x;y\";\"say \"\"hi\"\"\"\n1;\"two\nlines\";3\r4;5\n";
        assert_eq!(
            read(text, b';'),
            vec![
                record(1, &["a", "b", "c"]),
                record(2, &["90,5", "x;y", "say \"hi\""]),
                record(3, &["1", "two\nlines", "3"]),
                record(5, &["4", "5"]),
            ]
        );
    }

    #[test]
    fn blank_lines_are_skipped_and_counted() {
        assert_eq!(read("h\n\n\nx\n", b','), vec![record(1, &["h"]), record(4, &["x"])]);
        assert_eq!(read("\r\n\r\nh\r\n\r\nx", b','), vec![record(3, &["h"]), record(5, &["x"])]);
        assert_eq!(read("h\rx\ry", b','), vec![record(1, &["h"]), record(2, &["x"]), record(3, &["y"])]);
        assert_eq!(read("h\n,\n", b','), vec![record(1, &["h"]), record(2, &["", ""])]);
        assert_eq!(read("", b','), vec![]);
    }

    #[test]
    fn a_quote_never_closed_takes_the_rest_of_the_text() {
        assert_eq!(read("a,\"b\nc,d\n", b','), vec![record(1, &["a", "b\nc,d\n"])]);
    }

    #[test]
    fn long_records_and_many_cells_grow_the_buffers() {
        let long = "đ".repeat(3000);
        let many = vec!["1"; 100].join("\t");
        let text = format!("{long}\t{many}\n");
        let read = records(&text, b'\t').next().map(|r| r.cells);
        let mut expected = vec![long];
        expected.extend(std::iter::repeat_n("1".to_owned(), 100));
        assert_eq!(read, Some(expected));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod against_the_csv_crate {
    use super::*;
    use proptest::prelude::*;

    /// What the csv crate's `Reader` reads, configured as the observation reader configured it before this
    /// module: the cells, and the line each record starts on by a plain count (the crate's own line is
    /// that of the previous record's end). A record starts where the crate's position is, after the line
    /// ends the reader skips; its line is one more than the line ends before it.
    fn csv_crate(text: &str, delimiter: u8) -> Result<Vec<(u64, Vec<String>)>, String> {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false)
            .from_reader(text.as_bytes());
        let mut read = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| e.to_string())?;
            let from = record.position().map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
            let rest = text.get(from..).unwrap_or_default();
            let start = from + rest.len() - rest.trim_start_matches(['\r', '\n']).len();
            let before = text.get(..start).unwrap_or_default().replace("\r\n", "\n").replace('\r', "\n");
            let line = 1 + before.matches('\n').count() as u64;
            read.push((line, record.iter().map(str::to_owned).collect()));
        }
        Ok(read)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Texts made of the bytes that matter (quotes, the three separators, line ends, spaces), a few
        /// letters, Vietnamese among them, and a byte order mark at the start or elsewhere: the same records
        /// and cells as the csv crate, and the lines they start on.
        #[test]
        fn the_same_records_as_the_csv_crate(
            bom in any::<bool>(),
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("\""), Just(","), Just(";"), Just("\t"), Just("\n"), Just("\r"), Just("\r\n"),
                    Just(" "), Just("a"), Just("90,5"), Just("Trà Vinh"), Just("đ"), Just("\u{feff}"),
                ],
                0..40,
            ),
            delimiter in prop_oneof![Just(b','), Just(b';'), Just(b'\t')],
        ) {
            let text = format!("{}{}", if bom { "\u{feff}" } else { "" }, parts.concat());
            let ours: Vec<(u64, Vec<String>)> = records(&text, delimiter).map(|r| (r.line, r.cells)).collect();
            prop_assert_eq!(Ok(ours), csv_crate(&text, delimiter));
        }
    }
}
