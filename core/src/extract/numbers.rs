//! Number tokens of the folded text, read the Vietnamese way (`11,5`, `477.905`) by
//! [`crate::io::number::parse_number`].

use super::folded::{at, sub};

/// A run of digits with its separators.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NumberToken {
    /// Folded offset of the first digit.
    pub(crate) start: usize,
    /// Folded offset after the last digit.
    pub(crate) end: usize,
    /// The value, when it reads as a number.
    pub(crate) value: Option<f64>,
}

/// Every number token of `s`: digits joined by single `.` or `,` between digits. A token glued to a letter
/// before it ("G5", "x2") is not a number of the plan's.
pub(crate) fn tokens(s: &str) -> Vec<NumberToken> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !at(s, i).is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < b.len() {
            let c = at(s, end);
            let joins = matches!(c, b'.' | b',') && at(s, end + 1).is_ascii_digit() && at(s, end - 1).is_ascii_digit();
            if c.is_ascii_digit() || joins {
                end += 1;
            } else {
                break;
            }
        }
        let glued = start > 0 && at(s, start - 1).is_ascii_alphabetic();
        if !glued {
            let value = crate::io::number::parse_number(sub(s, start, end)).ok().map(|d| d.to_f64());
            out.push(NumberToken { start, end, value });
        }
        i = end.max(start + 1);
    }
    out
}
