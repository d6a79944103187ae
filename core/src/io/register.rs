//! The register of administrative units from its two tab-separated files: `units.tsv` (code, name,
//! parent, valid_from, valid_to) and `successions.tsv` (from, to, on, share, status, basis). Every problem
//! is reported at once with its file, line and column; codes, names, parents, overlapping validity and the
//! ends of each transfer are checked.
//!
//! ```
//! let units = "code\tname\tparent\tvalid_from\tvalid_to\n\
//!              80\tTỉnh Long An\t\t\t2025-06-30\n\
//!              72\tTỉnh Tây Ninh\t\t\t2025-06-30\n\
//!              80\tTỉnh Tây Ninh\t\t2025-07-01\t\n";
//! let transfers = "from\tto\ton\tshare\tstatus\tbasis\n\
//!                  80\t80\t2025-07-01\twhole\tchecked\t202/2025/QH15\n\
//!                  72\t80\t2025-07-01\twhole\tchecked\t202/2025/QH15\n";
//! let register = chitieu::io::register::register_from_tsv(units, transfers).unwrap().value;
//! assert_eq!(register.units[0].name, "Long An");
//! assert_eq!(register.transfers[1].basis.to_string(), "Nghị quyết 202/2025/QH15");
//! ```

use std::collections::HashMap;

use time::Date;

use crate::error::{LoadError, Loaded, ProblemCode, Problems};
use crate::model::administrative_unit::{Level, UnitKind};
use crate::model::date;
use crate::model::register::{LegalBasis, Register, RegisteredUnit, Share, Transfer, Verification};

const UNIT_COLUMNS: [&str; 5] = ["code", "name", "parent", "valid_from", "valid_to"];
const TRANSFER_COLUMNS: [&str; 6] = ["from", "to", "on", "share", "status", "basis"];

/// Reads and checks the register from the text of `units.tsv` and `successions.tsv`.
pub fn register_from_tsv(units: &str, transfers: &str) -> Result<Loaded<Register>, LoadError> {
    let mut problems = Problems::default();
    let mut register = Register::default();
    let (mut unit_lines, mut transfer_lines) = (Vec::new(), Vec::new());
    for (line, cells) in rows(units, "units.tsv", &UNIT_COLUMNS, &mut problems) {
        let mut at = Cell { file: "units.tsv", line, problems: &mut problems };
        if let Some(unit) = unit_row(&cells, &mut at) {
            register.units.push(unit);
            unit_lines.push(line);
        }
    }
    let by_code = check_units(&register.units, &unit_lines, &mut problems);
    for (line, cells) in rows(transfers, "successions.tsv", &TRANSFER_COLUMNS, &mut problems) {
        let mut at = Cell { file: "successions.tsv", line, problems: &mut problems };
        if let Some(transfer) = transfer_row(&cells, &mut at) {
            register.transfers.push(transfer);
            transfer_lines.push(line);
        }
    }
    check_transfers(&register.transfers, &transfer_lines, &by_code, &mut problems);
    problems.finish(register)
}

/// Where a cell is, to report a problem in it.
struct Cell<'p> {
    file: &'static str,
    line: usize,
    problems: &'p mut Problems,
}

impl Cell<'_> {
    fn error(&mut self, column: &str, code: ProblemCode, message: String, expected: &str) {
        let path = format!("{}, line {}, column {column}", self.file, self.line);
        self.problems.error(path, code, message, expected);
    }
}

/// The data rows (line number, cells) after the comment lines and the header, which must name `columns`.
fn rows<'t>(
    text: &'t str,
    file: &'static str,
    columns: &[&str],
    problems: &mut Problems,
) -> Vec<(usize, Vec<&'t str>)> {
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l)).filter(|(_, l)| !l.starts_with('#'));
    let Some((header_line, header)) = lines.next() else {
        problems.error(file, ProblemCode::EmptyInput, "no header line", columns.join("\t"));
        return Vec::new();
    };
    if header.split('\t').ne(columns.iter().copied()) {
        let path = format!("{file}, line {header_line}");
        problems.error(path, ProblemCode::MissingColumn, format!("header {header:?}"), columns.join("\t"));
        return Vec::new();
    }
    let mut out = Vec::new();
    for (line, text) in lines.filter(|(_, l)| !l.is_empty()) {
        let cells: Vec<&str> = text.split('\t').collect();
        if cells.len() == columns.len() {
            out.push((line, cells));
        } else {
            let message = format!("{} cells where the header names {}", cells.len(), columns.len());
            problems.error(format!("{file}, line {line}"), ProblemCode::RaggedRow, message, columns.join("\t"));
        }
    }
    out
}

fn unit_row(cells: &[&str], at: &mut Cell<'_>) -> Option<RegisteredUnit> {
    let [code, name, parent, valid_from, valid_to] = cells else { return None };
    let level = code_level(code);
    if level.is_none() {
        let message = format!("code {code:?}");
        at.error("code", ProblemCode::InvalidId, message, "2 digits (province), 3 (district) or 5 (commune)");
    }
    let kind_and_name = level.and_then(|level| split_official_name(name, level));
    if level.is_some() && kind_and_name.is_none() {
        let expected =
            "a name starting with its kind: Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn or Đặc khu";
        at.error("name", ProblemCode::WrongType, format!("name {name:?} for code {code}"), expected);
    }
    let parent_level = code_level(parent);
    let parent_ok = match level {
        Some(Level::Province) => parent.is_empty(),
        Some(Level::District) => parent_level == Some(Level::Province),
        Some(Level::Commune) => matches!(parent_level, Some(Level::Province | Level::District)),
        _ => true,
    };
    if !parent_ok {
        let expected =
            "empty for a province; a province's code for a district; a district's or province's for a commune";
        at.error("parent", ProblemCode::LevelMismatch, format!("parent {parent:?} of {code}"), expected);
    }
    let valid_from = optional_date(valid_from, "valid_from", at);
    let valid_to = optional_date(valid_to, "valid_to", at);
    if let (Some(Some(from)), Some(Some(to))) = (valid_from, valid_to) {
        if to < from {
            at.error(
                "valid_to",
                ProblemCode::InvalidPeriod,
                format!("{to} is before {from}"),
                "valid_from <= valid_to",
            );
        }
    }
    let (kind, bare) = kind_and_name?;
    Some(RegisteredUnit {
        code: (*code).to_owned(),
        name: bare.to_owned(),
        kind,
        parent: (!parent.is_empty() && parent_ok).then(|| (*parent).to_owned()),
        valid_from: valid_from?,
        valid_to: valid_to?,
    })
}

/// The level a code's length gives, for a code of digits only.
fn code_level(code: &str) -> Option<Level> {
    if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match code.len() {
        2 => Some(Level::Province),
        3 => Some(Level::District),
        5 => Some(Level::Commune),
        _ => None,
    }
}

/// "Thành phố Tân An" at district level -> (provincial city, "Tân An").
fn split_official_name(name: &str, level: Level) -> Option<(UnitKind, &str)> {
    UnitKind::ALL.into_iter().filter(|k| k.level() == level).find_map(|kind| {
        let rest = name.strip_prefix(kind.official_prefix())?.strip_prefix(' ')?.trim();
        (!rest.is_empty()).then_some((kind, rest))
    })
}

/// `Some(None)` for an empty cell, `Some(Some(date))` for a date, `None` (reported) for anything else.
fn optional_date(text: &str, column: &str, at: &mut Cell<'_>) -> Option<Option<Date>> {
    if text.is_empty() {
        return Some(None);
    }
    date::parse(text)
        .map_err(|e| at.error(column, ProblemCode::InvalidDate, date::describe(text, e), "YYYY-MM-DD, or empty"))
        .ok()
        .map(Some)
}

/// Units by code.
type ByCode<'r> = HashMap<&'r str, Vec<&'r RegisteredUnit>>;

/// The path of a line of a file.
fn line_path(file: &str, lines: &[usize], n: usize, column: &str) -> String {
    let line = lines.get(n).copied().unwrap_or_default();
    format!("{file}, line {line}, column {column}")
}

/// No code is used by two units on one day; every parent is a unit of the level above on the days its
/// child was in force.
fn check_units<'r>(units: &'r [RegisteredUnit], lines: &[usize], problems: &mut Problems) -> ByCode<'r> {
    let mut by_code: ByCode<'r> = HashMap::new();
    for unit in units {
        by_code.entry(unit.code.as_str()).or_default().push(unit);
    }
    for (n, unit) in units.iter().enumerate() {
        let same_code = by_code.get(unit.code.as_str()).map(Vec::as_slice).unwrap_or_default();
        if let Some(other) = same_code.iter().find(|o| !o.is_same_unit(unit) && overlaps(o, unit)) {
            let message = format!("{unit} and {other} are in force on the same days");
            let path = line_path("units.tsv", lines, n, "code");
            problems.error(path, ProblemCode::DuplicateId, message, "one unit per code on any day");
        }
        let Some(parent) = unit.parent.as_deref() else { continue };
        let day = unit.valid_to.or(unit.valid_from);
        let found = by_code.get(parent).is_some_and(|cands| {
            cands.iter().any(|p| day.is_none_or(|d| p.is_valid_on(d)) && p.level() < unit.level())
        });
        if !found {
            let message = format!("parent {parent} of {unit} is not a unit of a higher level in force then");
            let path = line_path("units.tsv", lines, n, "parent");
            problems.error(path, ProblemCode::UnknownId, message, "the code of its province or district");
        }
    }
    by_code
}

fn overlaps(a: &RegisteredUnit, b: &RegisteredUnit) -> bool {
    let starts_before_end = |x: &RegisteredUnit, y: &RegisteredUnit| match (x.valid_from, y.valid_to) {
        (Some(from), Some(to)) => from <= to,
        _ => true,
    };
    starts_before_end(a, b) && starts_before_end(b, a)
}

fn transfer_row(cells: &[&str], at: &mut Cell<'_>) -> Option<Transfer> {
    let [from, to, on, share, status, basis] = cells else { return None };
    let on_date =
        date::parse(on).map_err(|e| at.error("on", ProblemCode::InvalidDate, date::describe(on, e), "YYYY-MM-DD")).ok();
    let share = match *share {
        "whole" => Some(Share::Whole),
        "part" => Some(Share::Part),
        other => {
            at.error("share", ProblemCode::WrongType, format!("share {other:?}"), "whole or part");
            None
        }
    };
    let status = match *status {
        "checked" => Some(Verification::Checked),
        "unverified" => Some(Verification::Unverified),
        other => {
            at.error("status", ProblemCode::WrongType, format!("status {other:?}"), "checked or unverified");
            None
        }
    };
    let basis = legal_basis(basis);
    if basis.is_none() {
        let expected = "an act's number, optionally followed by § and a clause number (1682/NQ-UBTVQH15§84)";
        at.error("basis", ProblemCode::EmptyText, format!("basis {basis:?}"), expected);
    }
    Some(Transfer {
        from: (*from).to_owned(),
        to: (*to).to_owned(),
        on: on_date?,
        share: share?,
        status: status?,
        basis: basis?,
    })
}

fn legal_basis(text: &str) -> Option<LegalBasis> {
    let (act, clause) = match text.split_once('§') {
        Some((act, clause)) => (act, Some(clause.parse::<u32>().ok()?)),
        None => (text, None),
    };
    (!act.trim().is_empty()).then(|| LegalBasis { act: act.trim().to_owned(), clause })
}

/// Each transfer joins a unit in force the day before `on` to a unit in force on `on`; an old unit that
/// went whole went to one new unit, and one that was divided went in parts to more than one.
fn check_transfers(transfers: &[Transfer], lines: &[usize], by_code: &ByCode<'_>, problems: &mut Problems) {
    let in_force = |code: &str, day: Option<Date>| {
        day.is_some_and(|d| by_code.get(code).is_some_and(|units| units.iter().any(|u| u.is_valid_on(d))))
    };
    let mut shares: HashMap<(&str, Date), Vec<(usize, Share)>> = HashMap::new();
    let expected = "the code of a unit of the register";
    for (n, t) in transfers.iter().enumerate() {
        if !in_force(&t.from, t.on.previous_day()) {
            let message = format!("no unit {} in force on the day before {}", t.from, t.on);
            problems.error(line_path("successions.tsv", lines, n, "from"), ProblemCode::UnknownId, message, expected);
        }
        if !in_force(&t.to, Some(t.on)) {
            let message = format!("no unit {} in force on {}", t.to, t.on);
            problems.error(line_path("successions.tsv", lines, n, "to"), ProblemCode::UnknownId, message, expected);
        }
        shares.entry((t.from.as_str(), t.on)).or_default().push((n, t.share));
    }
    let mut found: Vec<_> = shares.into_values().filter(|s| !consistent(s)).collect();
    crate::model::sort::by(&mut found, |a, b| a.first().map(|x| x.0).cmp(&b.first().map(|x| x.0)));
    for s in found {
        let Some((n, _)) = s.first().copied() else { continue };
        let message = format!(
            "{} transfer(s) from one unit on one day, shares {:?}",
            s.len(),
            s.iter().map(|x| x.1).collect::<Vec<_>>()
        );
        let expected = "one transfer of the whole, or two or more of parts";
        problems.error(
            line_path("successions.tsv", lines, n, "share"),
            ProblemCode::ValueOutOfRange,
            message,
            expected,
        );
    }
}

fn consistent(shares: &[(usize, Share)]) -> bool {
    match shares {
        [(_, Share::Whole)] => true,
        [_, _, ..] => shares.iter().all(|(_, s)| *s == Share::Part),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ChitieuError;

    const UNITS: &str = "# a comment\ncode\tname\tparent\tvalid_from\tvalid_to\n\
        80\tTỉnh Long An\t\t\t2025-06-30\n\
        794\tThành phố Tân An\t80\t\t2025-06-30\n\
        27694\tPhường 1\t794\t\t2025-06-30\n\
        80\tTỉnh Tây Ninh\t\t2025-07-01\t\n\
        27694\tPhường Long An\t80\t2025-07-01\t\n";
    const TRANSFERS: &str = "from\tto\ton\tshare\tstatus\tbasis\n\
        80\t80\t2025-07-01\twhole\tchecked\t202/2025/QH15\n\
        27694\t27694\t2025-07-01\twhole\tchecked\t1682/NQ-UBTVQH15§84\n";

    fn problems(units: &str, transfers: &str) -> Vec<(String, &'static str)> {
        let err = register_from_tsv(units, transfers).unwrap_err();
        err.problems().iter().map(|p| (p.path.clone(), p.code.as_str())).collect()
    }

    #[test]
    fn reads_units_with_kinds_and_transfers_with_their_basis() {
        let r = register_from_tsv(UNITS, TRANSFERS).unwrap().value;
        assert_eq!(r.units.len(), 5);
        assert_eq!((r.units[1].kind, r.units[1].name.as_str()), (UnitKind::ProvincialCity, "Tân An"));
        assert_eq!((r.units[2].kind, r.units[2].name.as_str()), (UnitKind::Ward, "1"));
        assert_eq!(r.units[3].valid_from, Some(time::macros::date!(2025 - 07 - 01)));
        assert_eq!(r.transfers[1].basis.to_string(), "Nghị quyết 1682/NQ-UBTVQH15, Điều 1, khoản 84");
    }

    #[test]
    fn every_bad_cell_is_reported_with_its_file_line_and_column() {
        let units = UNITS.replace("794\tThành phố", "79x\tThành phố").replace("Phường 1\t794", "Phố 1\t794");
        let found = problems(&units, TRANSFERS);
        assert!(found.contains(&("units.tsv, line 4, column code".to_owned(), "invalid_id")), "{found:?}");
        assert!(found.contains(&("units.tsv, line 5, column name".to_owned(), "wrong_type")), "{found:?}");
        let units = UNITS.replace("\t\t2025-07-01\t\n", "\t\t2025-06-01\t\n");
        let found = problems(&units, TRANSFERS);
        assert!(found.contains(&("units.tsv, line 3, column code".to_owned(), "duplicate_id")), "{found:?}");
        let units = UNITS.replace("2025-06-30\n794", "2025-13-30\n794");
        assert!(
            problems(&units, TRANSFERS).contains(&("units.tsv, line 3, column valid_to".to_owned(), "invalid_date"))
        );
        let units = UNITS.replace("27694\tPhường 1\t794", "27694\tPhường 1\t795");
        assert!(problems(&units, TRANSFERS).contains(&("units.tsv, line 5, column parent".to_owned(), "unknown_id")));
        let units = UNITS.replace("Phường 1\t794\t", "Phường 1\t\t");
        assert!(
            problems(&units, TRANSFERS).contains(&("units.tsv, line 5, column parent".to_owned(), "level_mismatch"))
        );
    }

    #[test]
    fn transfers_join_units_in_force_and_shares_add_up() {
        let transfers = TRANSFERS.replace("27694\t27694\t2025-07-01\twhole", "27694\t27695\t2025-07-01\twhole");
        let found = problems(UNITS, &transfers);
        assert_eq!(found, [("successions.tsv, line 3, column to".to_owned(), "unknown_id")]);
        let transfers = TRANSFERS.replace("\twhole\tchecked\t1682", "\tpart\tchecked\t1682");
        let found = problems(UNITS, &transfers);
        assert_eq!(found, [("successions.tsv, line 3, column share".to_owned(), "value_out_of_range")]);
        let transfers = TRANSFERS.replace("checked\t202", "maybe\t202").replace("§84", "§x");
        let found = problems(UNITS, &transfers);
        assert!(found.contains(&("successions.tsv, line 2, column status".to_owned(), "wrong_type")), "{found:?}");
        assert!(found.contains(&("successions.tsv, line 3, column basis".to_owned(), "empty_text")), "{found:?}");
        let found = problems(UNITS, "from\tto\n");
        assert_eq!(found, [("successions.tsv, line 1".to_owned(), "missing_column")]);
        let found = problems(UNITS, &format!("{TRANSFERS}80\t80\n"));
        assert_eq!(found, [("successions.tsv, line 4".to_owned(), "ragged_row")]);
        assert_eq!(problems("", TRANSFERS)[0].1, "empty_input");
    }
}
