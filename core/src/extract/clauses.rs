//! Clauses and the figures in them: a line is cut into clauses at ";" and at the end of sentences; each
//! percentage or rank in a clause is a candidate target, whose segment runs from the separator before it
//! ("," or "và") to the next one's, so that "Tối thiểu 90% hồ sơ công việc cấp tỉnh, 80% ... cấp huyện và
//! 60% ... cấp xã" gives three targets with their own tiers and the opening "tối thiểu" for all three.

use super::comparators;
use super::folded::{at, find_words, sub, words};
use super::numbers::{self, NumberToken};
use super::tiers;
use super::units;
use super::Uncertainty;
use crate::model::comparator::Comparator;
use crate::model::measure_unit::MeasureUnit;
use crate::model::target::Tier;

/// A target found in a clause, in folded offsets.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) number: NumberToken,
    pub(crate) value: f64,
    pub(crate) comparator: Comparator,
    /// Unit read from the words; `None` when they only say "tăng" without saying whether per year.
    pub(crate) unit: MeasureUnit,
    pub(crate) unit_certain: bool,
    pub(crate) tier: Option<Tier>,
    /// The words naming what is measured (folded range).
    pub(crate) phrase: (usize, usize),
    /// The phrase names only a tier: the indicator is the previous target's.
    pub(crate) same_indicator_as_previous: bool,
    pub(crate) reasons: Vec<Uncertainty>,
    /// The words that opened the list a comparator is carried from (folded range).
    pub(crate) opening: Option<(usize, usize)>,
}

/// Folded ranges of the clauses of `s[start..end]`.
pub(crate) fn clauses(s: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = start;
    let mut depth = 0i32;
    let mut i = start;
    while i < end {
        let c = at(s, i);
        match c {
            b'(' => depth += 1,
            b')' => depth = (depth - 1).max(0),
            b';' | b'!' | b'?' if depth == 0 => {
                out.push((from, i));
                from = i + 1;
            }
            b'.' if depth == 0 && (i + 1 >= end || at(s, i + 1) == b' ') && !at(s, i + 1).is_ascii_digit() => {
                // Not the dot of an abbreviation such as "TP." or "Tp.": a sentence ends after a word of two or
                // more letters, a figure, a percent sign or a closing bracket.
                let prev: String = sub(s, from, i).chars().rev().take_while(|c| c.is_ascii_alphabetic()).collect();
                if prev.len() != 1 && prev != "tp" {
                    out.push((from, i));
                    from = i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if from < end {
        out.push((from, end));
    }
    out
}

struct Hit {
    number: NumberToken,
    value: f64,
    /// End of the figure with its unit words.
    unit_end: usize,
    unit_after: Option<MeasureUnit>,
    rank: bool,
    per_thousand: bool,
}

fn hits(s: &str, start: usize, end: usize) -> Vec<Hit> {
    let clause = sub(s, start, end);
    let mut out = Vec::new();
    for t in numbers::tokens(clause) {
        let Some(value) = t.value else { continue };
        let number = NumberToken { start: t.start + start, end: t.end + start, value: t.value };
        let after = sub(clause, t.end, clause.len());
        let trimmed = after.trim_start();
        let gap = after.len() - trimmed.len();
        let sign = if trimmed.starts_with('%') && gap <= 1 {
            Some(1)
        } else if super::folded::starts_with_words(trimmed, "phan tram") {
            Some(9)
        } else {
            None
        };
        if let Some(sign) = sign {
            let rest = sub(after, gap + sign, after.len());
            let (unit_after, n) = units::after_percent(rest);
            out.push(Hit {
                number,
                value,
                unit_end: number.end + gap + sign + n,
                unit_after,
                rank: false,
                per_thousand: false,
            });
        } else if units::rank(sub(clause, 0, t.start), after) && value >= 1.0 && value.fract() == 0.0 {
            out.push(Hit {
                number,
                value,
                unit_end: number.end,
                unit_after: Some(MeasureUnit::Rank),
                rank: true,
                per_thousand: false,
            });
        } else if let Some(n) = units::per_thousand(after) {
            if !sub(clause, 0, t.start).trim_end().ends_with('/') {
                out.push(Hit {
                    number,
                    value,
                    unit_end: number.end + n,
                    unit_after: Some(MeasureUnit::PerThousandPeople),
                    rank: false,
                    per_thousand: true,
                });
            }
        }
    }
    out
}

/// Where the segment of a figure starts: after the last "," or "và" between the previous figure and this
/// one, or after the previous figure when there is none.
fn segment_start(s: &str, from: usize, number_start: usize) -> usize {
    let between = sub(s, from, number_start);
    let comma = between.rfind(',').map(|i| i + 1);
    let and = find_words(between, "va").last().map(|i| i + 2);
    let parens = between.rfind(')').filter(|&i| i + 1 < between.len()).map(|i| i + 1);
    [comma, and, parens].into_iter().flatten().max().map_or(from, |i| from + i)
}

/// The targets of one clause.
pub(crate) fn read_clause(s: &str, start: usize, end: usize, city_is_province: bool) -> Vec<Found> {
    let hits = hits(s, start, end);
    if hits.is_empty() {
        return Vec::new();
    }
    let clause = sub(s, start, end);
    let aspiration = comparators::aspiration(clause);
    let mut starts = Vec::with_capacity(hits.len());
    let mut prev_end = start;
    for h in &hits {
        starts.push(if starts.is_empty() { start } else { segment_start(s, prev_end, h.number.start) });
        prev_end = h.unit_end;
    }
    let mut out: Vec<Found> = Vec::new();
    let mut carried: Option<Comparator> = None;
    for (k, h) in hits.iter().enumerate() {
        let seg_start = starts.get(k).copied().unwrap_or(start);
        let seg_end = starts.get(k + 1).copied().unwrap_or(end);
        let prefix = sub(s, seg_start, h.number.start);
        let after = sub(s, h.unit_end, seg_end);
        let mut reasons = Vec::new();
        let mut opening = None;
        if find_words(prefix, "trong do").next().is_some() {
            carried = None;
        }
        let explicit = comparators::before(prefix);
        let mut comparator = match (explicit, h.rank) {
            (_, true) => Comparator::AtMost,
            (Some((c, _)), _) => c,
            (None, _) if comparators::or_more_after(after) => Comparator::AtLeast,
            (None, _) => match carried {
                Some(c) => {
                    reasons.push(Uncertainty::ComparatorCarried { comparator: c, words: String::new() });
                    opening = out.first().map(|f| (start, f.number.start));
                    c
                }
                None => Comparator::Reach,
            },
        };
        if let Some((c, _)) = explicit {
            carried = (c != Comparator::Reach).then_some(c);
        }
        if matches!(comparator, Comparator::MoreThan) && h.value >= 100.0 && !h.rank && h.unit_after.is_none() {
            reasons.push(Uncertainty::ComparatorGuessed {
                comparator: Comparator::Reach,
                why: "more than 100% cannot be met: read as reach 100".to_owned(),
            });
            comparator = Comparator::Reach;
        }
        if aspiration {
            reasons.push(Uncertainty::Aspiration);
        }
        // Unit.
        let change = units::change_before(prefix);
        let (unit, unit_certain) = match (h.unit_after, change) {
            (Some(MeasureUnit::PercentPerYear), _) => (MeasureUnit::PercentPerYear, true),
            (Some(u), _) => (u, true),
            (None, Some(MeasureUnit::PercentIncrease)) => (MeasureUnit::PercentIncrease, false),
            (None, Some(u)) => (u, true),
            (None, None) => (MeasureUnit::Percent, true),
        };
        // Tier: after the figure, else in the words before it when they name the indicator.
        let window = tiers::window_after(after);
        let tier = tiers::tier_in(window, city_is_province).map(|(t, _)| t).or_else(|| {
            let p = prefix.trim_start();
            (words(p).count() >= 3)
                .then(|| tiers::tier_in(p, city_is_province))
                .flatten()
                .filter(|(t, _)| !matches!(t, Tier::OwnUnit))
                .map(|(t, _)| t)
        });
        // What is measured: the words after the figure, or those before it when the clause names the
        // indicator first ("Tỷ lệ ... đạt 80%") or nothing follows.
        let cmp_len = explicit.map_or(0, |(_, n)| n);
        let before_end = prefix.trim_end().len().saturating_sub(cmp_len);
        let before = (seg_start, seg_start + before_end);
        // The words after the figure, up to a bracket, or a comma after three words or more
        // ("xã, phường, thị trấn" stays whole).
        let near = sub(after, 0, 400);
        let after_cut = near
            .char_indices()
            .find(|&(i, c)| c == '(' || c == ';' || (c == ',' && words(sub(near, 0, i)).count() >= 3))
            .map_or(near.len(), |(i, _)| i);
        let after_range = (h.unit_end, h.unit_end + after_cut);
        let before_words = words(sub(s, before.0, before.1)).count();
        let after_words = words(sub(s, after_range.0, after_range.1)).count();
        let names_first = ["ty le", "ty lo", "ty trong", "chi so", "so luong", "toc do"]
            .iter()
            .any(|w| super::folded::starts_with_words(sub(s, before.0, before.1), w));
        let phrase = if before_words >= 2 && (names_first || after_words < 2 || h.rank) { before } else { after_range };
        let before_text = sub(s, before.0, before.1);
        let same = k > 0
            && tiers::only_tier_words(sub(s, phrase.0, phrase.1))
            && (words(before_text).next().is_none() || tiers::only_tier_words(before_text));
        out.push(Found {
            start: seg_start,
            end: seg_end,
            number: h.number,
            value: h.value,
            comparator,
            unit,
            unit_certain,
            tier,
            phrase: if h.per_thousand { (seg_start, seg_end) } else { phrase },
            same_indicator_as_previous: same,
            reasons,
            opening,
        });
    }
    out
}
