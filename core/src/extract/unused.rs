//! Numbers not used as targets, and why: those other readers took (budget amounts, reporting deadlines, the
//! document's number and date), shares above 100%, and the rest as `noise` reads them.

use std::collections::HashSet;

use super::folded::Folded;
use super::noise::{self, UnusedReason};
use super::numbers;
use super::UnusedNumber;

/// Folded ranges other readers took: numbers in them are not targets.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Claimed<'a> {
    /// Amounts of the budget.
    pub(crate) budget: &'a [(usize, usize)],
    /// Deadlines of the reporting calendar.
    pub(crate) reporting: &'a [(usize, usize)],
    /// The document's number and signing date.
    pub(crate) metadata: &'a [(usize, usize)],
}

impl Claimed<'_> {
    /// Why the number starting at folded offset `at` is not a target, if another reader took it.
    pub(crate) fn reason(&self, at: usize) -> Option<UnusedReason> {
        let inside = |ranges: &[(usize, usize)]| ranges.iter().any(|&(a, b)| at >= a && at < b);
        if inside(self.budget) {
            Some(UnusedReason::Budget)
        } else if inside(self.reporting) {
            Some(UnusedReason::Reporting)
        } else if inside(self.metadata) {
            Some(UnusedReason::DocumentNumber)
        } else {
            None
        }
    }
}

/// What the targets stage did with numbers, by folded offset of their first digit.
#[derive(Debug, Default)]
pub(crate) struct Spent {
    /// Numbers that became targets.
    pub(crate) targets: HashSet<usize>,
    /// Shares above 100%, set aside.
    pub(crate) over_hundred: HashSet<usize>,
    /// Starts of the lower bounds of ranges whose upper bound became a target.
    pub(crate) range_lows: HashSet<usize>,
    /// Targets stated again, not drafted twice.
    pub(crate) restated: HashSet<usize>,
    /// Targets of the nation, not of the plan's unit.
    pub(crate) national: HashSet<usize>,
    /// Changes against a base year said beside another figure.
    pub(crate) comparisons: HashSet<usize>,
}

/// Every number of the text that is not a target, in order, with the reason.
pub(crate) fn numbers(f: &Folded<'_>, spent: &Spent, claimed: &Claimed<'_>) -> Vec<UnusedNumber> {
    let s = f.text.as_str();
    numbers::tokens(s)
        .into_iter()
        .filter(|tok| !spent.targets.contains(&tok.start))
        .map(|tok| {
            let reason = if spent.range_lows.contains(&tok.start) {
                UnusedReason::RangeBound
            } else if spent.over_hundred.contains(&tok.start) {
                UnusedReason::ShareAbove100
            } else if spent.restated.contains(&tok.start) {
                UnusedReason::Restated
            } else if spent.national.contains(&tok.start) {
                UnusedReason::National
            } else if spent.comparisons.contains(&tok.start) {
                UnusedReason::Comparison
            } else {
                claimed.reason(tok.start).unwrap_or_else(|| noise::reason(s, tok.start, tok.end))
            };
            UnusedNumber {
                text: f.original(tok.start, tok.end).to_owned(),
                start: f.char_offset(tok.start),
                end: f.char_offset(tok.end),
                reason,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(text: &str, spent: &Spent, claimed: &Claimed<'_>) -> Vec<(String, UnusedReason)> {
        numbers(&Folded::new(text), spent, claimed).into_iter().map(|u| (u.text, u.reason)).collect()
    }

    #[test]
    fn a_claimed_number_gets_its_readers_reason() {
        let budget = [(0, 30)];
        let claimed = Claimed { budget: &budget, ..Claimed::default() };
        assert_eq!(claimed.reason(15), Some(UnusedReason::Budget));
        assert_eq!(claimed.reason(30), None);
        let metadata = [(4, 14)];
        let claimed = Claimed { metadata: &metadata, ..Claimed::default() };
        assert_eq!(claimed.reason(4), Some(UnusedReason::DocumentNumber));
    }

    #[test]
    fn targets_are_left_out_and_the_rest_say_why() {
        // "Tổng kinh phí: 250 tỷ đồng; đến năm 2025 đạt 90% và 150%": offsets are folded (one byte a letter).
        let text = "Tổng kinh phí: 250 tỷ đồng; đến năm 2025 đạt 90% và 150%";
        let folded = Folded::new(text);
        let at = |n: &str| folded.text.find(n).unwrap();
        let budget = [(at("250"), at("250") + 10)];
        let claimed = Claimed { budget: &budget, ..Claimed::default() };
        let spent = Spent {
            targets: HashSet::from([at("90%")]),
            over_hundred: HashSet::from([at("150%")]),
            range_lows: HashSet::new(),
            ..Spent::default()
        };
        assert_eq!(
            listed(text, &spent, &claimed),
            vec![
                ("250".to_owned(), UnusedReason::Budget),
                ("2025".to_owned(), UnusedReason::Year),
                ("150".to_owned(), UnusedReason::ShareAbove100),
            ]
        );
    }

    #[test]
    fn offsets_are_characters_of_the_original() {
        let u = numbers(&Folded::new("Đạt mức độ 4"), &Spent::default(), &Claimed::default());
        assert_eq!((u[0].start, u[0].end, u[0].reason), (11, 12, UnusedReason::ServiceLevel));
    }
}
