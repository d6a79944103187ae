//! The verdict on two targets of one indicator, tier and year: which one asks more.

use serde::{Deserialize, Serialize};

use crate::model::comparator::equal;
use crate::model::{Comparator, Polarity};

/// How the first plan's target stands against the second's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The first asks for more (a higher floor, a lower ceiling, a better rank, or a strict "trên" where
    /// the other says "đạt" the same figure).
    Stricter,
    /// Both ask the same.
    Equal,
    /// The first asks for less.
    Looser,
    /// Only the first plan sets a target here (and the second's milestone path does not reach the year).
    OnlyFirst,
    /// Only the second plan sets a target here.
    OnlySecond,
    /// Both set one but they cannot be compared: the units or polarities differ, or one is a floor and
    /// the other a ceiling. The row's warnings say why.
    Incomparable,
}

impl Verdict {
    /// Every verdict, in the order the summary counts them.
    pub const ALL: [Self; 6] =
        [Self::Stricter, Self::Equal, Self::Looser, Self::OnlyFirst, Self::OnlySecond, Self::Incomparable];

    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Stricter => "stricter",
            Self::Equal => "equal",
            Self::Looser => "looser",
            Self::OnlyFirst => "only_first",
            Self::OnlySecond => "only_second",
            Self::Incomparable => "incomparable",
        }
    }
}

/// Which side of the value a target bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bound {
    /// At least the value ("tối thiểu", "trên", "đạt" where higher is better).
    Floor,
    /// At most the value ("không quá", "dưới", "đạt" where lower is better, a "top N" rank).
    Ceiling,
    /// About the value ("khoảng").
    About,
}

pub(crate) fn bound(comparator: Comparator, polarity: Polarity) -> Bound {
    match comparator.rewards_higher(polarity) {
        Some(true) => Bound::Floor,
        Some(false) => Bound::Ceiling,
        None => Bound::About,
    }
}

/// The verdict on `first` against `second` (value, comparator, polarity each), with the margin by which
/// the first asks more, in the unit (positive: stricter); `None` when a floor meets a ceiling.
///
/// The direction is that of the bounds: higher is stricter for floors, lower for ceilings; two "about"
/// targets follow the polarity. At equal values a strict comparator ("trên", "dưới") asks more than an
/// inclusive one ("tối thiểu", "đạt", "không quá").
pub(crate) fn judge(first: (f64, Comparator, Polarity), second: (f64, Comparator, Polarity)) -> Option<(Verdict, f64)> {
    let (b1, b2) = (bound(first.1, first.2), bound(second.1, second.2));
    let direction = match (b1, b2) {
        (Bound::Floor, Bound::Ceiling) | (Bound::Ceiling, Bound::Floor) => return None,
        (Bound::Floor, _) | (_, Bound::Floor) => 1.0,
        (Bound::Ceiling, _) | (_, Bound::Ceiling) => -1.0,
        (Bound::About, Bound::About) => first.2.sign(),
    };
    let margin = (first.0 - second.0) * direction;
    let strict = |c: Comparator| matches!(c, Comparator::MoreThan | Comparator::LessThan);
    let verdict = if !equal(first.0, second.0) {
        if margin > 0.0 {
            Verdict::Stricter
        } else {
            Verdict::Looser
        }
    } else {
        match (strict(first.1), strict(second.1)) {
            (true, false) => Verdict::Stricter,
            (false, true) => Verdict::Looser,
            _ => Verdict::Equal,
        }
    };
    let margin = if equal(first.0, second.0) { 0.0 } else { margin };
    Some((verdict, margin))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Comparator::*;
    use Polarity::*;

    #[test]
    fn floors_ceilings_ranks_and_strictness() {
        assert_eq!(
            judge((90.0, AtLeast, HigherIsBetter), (80.0, Reach, HigherIsBetter)),
            Some((Verdict::Stricter, 10.0))
        );
        assert_eq!(
            judge((20.0, Reach, HigherIsBetter), (30.0, AtLeast, HigherIsBetter)),
            Some((Verdict::Looser, -10.0))
        );
        assert_eq!(judge((80.0, Reach, HigherIsBetter), (80.0, AtLeast, HigherIsBetter)), Some((Verdict::Equal, 0.0)));
        assert_eq!(
            judge((80.0, MoreThan, HigherIsBetter), (80.0, Reach, HigherIsBetter)),
            Some((Verdict::Stricter, 0.0))
        );
        // "top 10" against "top 20": a better rank is a lower number.
        assert_eq!(
            judge((10.0, AtMost, LowerIsBetter), (20.0, AtMost, LowerIsBetter)),
            Some((Verdict::Stricter, 10.0))
        );
        // A ceiling: under 2% against at most 5%.
        assert_eq!(judge((2.0, LessThan, LowerIsBetter), (5.0, AtMost, LowerIsBetter)), Some((Verdict::Stricter, 3.0)));
        // A floor against a ceiling cannot be compared.
        assert_eq!(judge((5.0, AtMost, LowerIsBetter), (3.0, AtLeast, HigherIsBetter)), None);
        // "about" follows the other side's bound, or the polarity.
        assert_eq!(
            judge((25.0, About, HigherIsBetter), (20.0, AtLeast, HigherIsBetter)),
            Some((Verdict::Stricter, 5.0))
        );
        assert_eq!(judge((25.0, About, LowerIsBetter), (20.0, About, LowerIsBetter)), Some((Verdict::Looser, -5.0)));
    }
}
