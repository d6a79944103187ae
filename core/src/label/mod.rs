//! Words a person reads, in Vietnamese and English, from one table ([`LABELS`]): statuses, reasons,
//! comparators, tiers, levels, units of measure, kinds of milestone and of indicator, methods, curves,
//! and the fixed words of tables, reports, warnings and error messages.
//!
//! Each labelled enum of the core implements [`Labelled`]; bindings look a label up by its domain and
//! code ([`lookup`]).
//!
//! ```
//! use chitieu::calc::progress::Category;
//! use chitieu::label::{lookup, Domain, Labelled, Lang};
//! assert_eq!(Category::TargetAchieved.label(Lang::Vi), "Đã đạt");
//! assert_eq!(Category::TargetAchieved.label(Lang::En), "achieved");
//! assert_eq!(lookup(Domain::Comparator, "at_least", Lang::Vi), Some("tối thiểu"));
//! assert_eq!(chitieu::label::text("as_of", Lang::Vi), "Ngày đánh giá");
//! ```

mod table;

use serde::{Deserialize, Serialize};

use crate::alignment::Verdict;
use crate::calc::merger::MergeReason;
use crate::calc::method::Method;
use crate::calc::milestone::{Curve, MilestoneKind};
use crate::calc::progress::{Category, NotAssessable};
use crate::model::measure_unit::IndicatorKind;
use crate::model::{Comparator, Frequency, Level, MeasureUnit, Tier};
use crate::scorecard::Reason;

pub use crate::calc::method::Lang;
pub use table::{Label, LABELS};

/// What kind of thing a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Domain {
    /// A status category (`target_achieved`, ...).
    Status,
    /// Why a number of the scorecard is absent.
    Reason,
    /// Why progress cannot be assessed.
    NotAssessable,
    /// A comparator.
    Comparator,
    /// A target's tier.
    Tier,
    /// An administrative unit's level.
    Level,
    /// A unit of measure.
    Unit,
    /// A kind of milestone.
    MilestoneKind,
    /// A kind of indicator.
    IndicatorKind,
    /// A method of judging progress.
    Method,
    /// A milestone curve.
    Curve,
    /// How often reports are due.
    Frequency,
    /// The verdict of a plan's target against another's (`alignment::Verdict`).
    Verdict,
    /// Why a merged unit has no combined figure, or a predecessor's target is not judged
    /// (`calc::merger::MergeReason`).
    MergeReason,
    /// The fixed words of tables, reports and messages.
    Text,
}

impl Domain {
    /// Every domain.
    pub const ALL: [Self; 15] = [
        Self::Status,
        Self::Reason,
        Self::NotAssessable,
        Self::Comparator,
        Self::Tier,
        Self::Level,
        Self::Unit,
        Self::MilestoneKind,
        Self::IndicatorKind,
        Self::Method,
        Self::Curve,
        Self::Frequency,
        Self::Verdict,
        Self::MergeReason,
        Self::Text,
    ];

    /// The snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Status => "status",
            Self::Reason => "reason",
            Self::NotAssessable => "not_assessable",
            Self::Comparator => "comparator",
            Self::Tier => "tier",
            Self::Level => "level",
            Self::Unit => "unit",
            Self::MilestoneKind => "milestone_kind",
            Self::IndicatorKind => "indicator_kind",
            Self::Method => "method",
            Self::Curve => "curve",
            Self::Frequency => "frequency",
            Self::Verdict => "verdict",
            Self::MergeReason => "merge_reason",
            Self::Text => "text",
        }
    }

    /// The domain of a code, for bindings.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// The language of a code (`vi`, `en`), for command lines and bindings.
pub fn lang(code: &str) -> Option<Lang> {
    match code.trim().to_ascii_lowercase().as_str() {
        "vi" | "vie" | "vietnamese" | "tiếng việt" => Some(Lang::Vi),
        "en" | "eng" | "english" => Some(Lang::En),
        _ => None,
    }
}

/// The code of a language.
pub fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    }
}

/// The label of `code` in `domain`, in `lang`.
pub fn lookup(domain: Domain, code: &str, lang: Lang) -> Option<&'static str> {
    LABELS.iter().find(|l| l.domain == domain && l.code == code).map(|l| match lang {
        Lang::Vi => l.vi,
        Lang::En => l.en,
    })
}

/// Every label in one language, by domain and code: `table(Lang::En)["comparator"]["at_least"]` is
/// `"at least"`. The form the bindings hand to Python and JavaScript.
pub fn table(
    lang: Lang,
) -> std::collections::BTreeMap<&'static str, std::collections::BTreeMap<&'static str, &'static str>> {
    let mut out: std::collections::BTreeMap<&str, std::collections::BTreeMap<&str, &str>> = Default::default();
    for l in LABELS {
        let words = match lang {
            Lang::Vi => l.vi,
            Lang::En => l.en,
        };
        out.entry(l.domain.code()).or_default().insert(l.code, words);
    }
    out
}

/// A fixed word of tables, reports and messages; the key itself when the table lacks it.
pub fn text(key: &'static str, lang: Lang) -> &'static str {
    lookup(Domain::Text, key, lang).unwrap_or(key)
}

/// A thing with words for a person in both languages.
pub trait Labelled {
    /// Its domain in the table.
    const DOMAIN: Domain;
    /// Its stable code.
    fn label_code(&self) -> &'static str;
    /// Its words in `lang` (the code itself if the table lacks it, which a test forbids).
    fn label(&self, lang: Lang) -> &'static str {
        let code = self.label_code();
        lookup(Self::DOMAIN, code, lang).unwrap_or(code)
    }
}

macro_rules! labelled {
    ($ty:ty, $domain:ident, $code:ident) => {
        impl Labelled for $ty {
            const DOMAIN: Domain = Domain::$domain;
            fn label_code(&self) -> &'static str {
                (*self).$code()
            }
        }
    };
}

labelled!(Category, Status, code);
labelled!(Reason, Reason, code);
labelled!(NotAssessable, NotAssessable, code);
labelled!(Comparator, Comparator, as_str);
labelled!(Tier, Tier, as_str);
labelled!(Level, Level, as_str);
labelled!(MeasureUnit, Unit, as_str);
labelled!(IndicatorKind, IndicatorKind, code);
labelled!(Method, Method, code);
labelled!(Curve, Curve, as_str);
labelled!(Verdict, Verdict, code);
labelled!(MergeReason, MergeReason, code);

impl Labelled for Frequency {
    const DOMAIN: Domain = Domain::Frequency;
    fn label_code(&self) -> &'static str {
        match self {
            Self::Monthly => "monthly",
            Self::Quarterly => "quarterly",
            Self::SemiAnnual => "semi_annual",
            Self::Annual => "annual",
        }
    }
}

impl Labelled for MilestoneKind {
    const DOMAIN: Domain = Domain::MilestoneKind;
    fn label_code(&self) -> &'static str {
        match self {
            Self::Baseline => "baseline",
            Self::Stated => "stated",
            Self::Interpolated => "interpolated",
            Self::Held => "held",
        }
    }
}

/// The colour of a status, the same in every report (text on it is white).
pub fn colour(category: Category) -> &'static str {
    match category {
        Category::TargetAchieved => "#1a7f37",
        Category::SubstantialProgress => "#4c9a2a",
        Category::ModerateProgress => "#b58b00",
        Category::LimitedProgress => "#d4700a",
        Category::Deterioration => "#c62828",
        Category::NotAssessable => "#6e7781",
    }
}

/// The status of a row in words: its category, and the reason when it is not assessable.
pub fn status_words(category: Category, reason: Option<NotAssessable>, lang: Lang) -> String {
    match (category, reason) {
        (Category::NotAssessable, Some(r)) => format!("{} ({})", category.label(lang), r.label(lang)),
        _ => category.label(lang).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::measure_unit::IndicatorKind;

    /// Every reasons: the match below has no wildcard, so a variant added without being listed here (and so
    /// without being checked for its label) stops the tests from compiling.
    fn all_reasons() -> Vec<Reason> {
        let all = vec![
            Reason::NoTargetYear,
            Reason::UnknownIndicator,
            Reason::NoObservations,
            Reason::TooFewAnchors,
            Reason::BeforePath,
            Reason::AnchorsNotIncreasing,
            Reason::CurveNeedsPositiveValues,
            Reason::CurveNeedsValuesInsideBounds,
            Reason::InvalidSegment,
            Reason::OutsideSegment,
            Reason::NonFinite,
            Reason::BelowBaseline,
            Reason::BeyondFinalTarget,
            Reason::InsufficientData,
            Reason::TierAbolished,
        ];
        for x in &all {
            match x {
                Reason::NoTargetYear
                | Reason::UnknownIndicator
                | Reason::NoObservations
                | Reason::TooFewAnchors
                | Reason::BeforePath
                | Reason::AnchorsNotIncreasing
                | Reason::CurveNeedsPositiveValues
                | Reason::CurveNeedsValuesInsideBounds
                | Reason::InvalidSegment
                | Reason::OutsideSegment
                | Reason::NonFinite
                | Reason::BelowBaseline
                | Reason::BeyondFinalTarget
                | Reason::InsufficientData
                | Reason::TierAbolished => {}
            }
        }
        all
    }

    /// Every not_assessable: the match below has no wildcard, so a variant added without being listed here (and so
    /// without being checked for its label) stops the tests from compiling.
    fn all_not_assessable() -> Vec<crate::calc::progress::NotAssessable> {
        let all = vec![
            crate::calc::progress::NotAssessable::OneObservation,
            crate::calc::progress::NotAssessable::TargetNotAfterBaseline,
            crate::calc::progress::NotAssessable::NonPositiveValues,
            crate::calc::progress::NotAssessable::NearBaseline,
            crate::calc::progress::NotAssessable::NoObservations,
            crate::calc::progress::NotAssessable::NoTargetYear,
            crate::calc::progress::NotAssessable::NoMilestone,
            crate::calc::progress::NotAssessable::RateOutOfRange,
            crate::calc::progress::NotAssessable::TargetEqualsStart,
            crate::calc::progress::NotAssessable::BaselineBeyondTarget,
            crate::calc::progress::NotAssessable::AtPeriodStart,
            crate::calc::progress::NotAssessable::NonPositiveGrowthFactor,
            crate::calc::progress::NotAssessable::NonPositiveTargetRate,
            crate::calc::progress::NotAssessable::RankOutsideField,
            crate::calc::progress::NotAssessable::TierAbolished,
        ];
        for x in &all {
            match x {
                crate::calc::progress::NotAssessable::OneObservation
                | crate::calc::progress::NotAssessable::TargetNotAfterBaseline
                | crate::calc::progress::NotAssessable::NonPositiveValues
                | crate::calc::progress::NotAssessable::NearBaseline
                | crate::calc::progress::NotAssessable::NoObservations
                | crate::calc::progress::NotAssessable::NoTargetYear
                | crate::calc::progress::NotAssessable::NoMilestone
                | crate::calc::progress::NotAssessable::RateOutOfRange
                | crate::calc::progress::NotAssessable::TargetEqualsStart
                | crate::calc::progress::NotAssessable::BaselineBeyondTarget
                | crate::calc::progress::NotAssessable::AtPeriodStart
                | crate::calc::progress::NotAssessable::NonPositiveGrowthFactor
                | crate::calc::progress::NotAssessable::NonPositiveTargetRate
                | crate::calc::progress::NotAssessable::RankOutsideField
                | crate::calc::progress::NotAssessable::TierAbolished => {}
            }
        }
        all
    }

    fn both<T: Labelled>(x: T) {
        let (vi, en) = (x.label(Lang::Vi), x.label(Lang::En));
        assert!(
            lookup(T::DOMAIN, x.label_code(), Lang::Vi).is_some(),
            "{} {} lacks a label",
            T::DOMAIN.code(),
            x.label_code()
        );
        assert!(lookup(T::DOMAIN, x.label_code(), Lang::En).is_some());
        let _ = (vi, en);
    }

    /// Regression: the table's words for a method once differed from `Method::label`'s, so the dashboard
    /// and `methodLabel` said two things. One set of words now.
    #[test]
    fn methods_have_the_words_of_method_label() {
        for m in Method::ALL {
            for lang in [Lang::Vi, Lang::En] {
                assert_eq!(lookup(Domain::Method, m.code(), lang), Some(m.label(lang)), "{}", m.code());
            }
        }
    }

    #[test]
    fn every_labelled_value_has_words_in_both_languages() {
        use Category::*;
        for c in [TargetAchieved, SubstantialProgress, ModerateProgress, LimitedProgress, Deterioration, NotAssessable]
        {
            both(c);
            assert_ne!(c.label(Lang::Vi), c.label(Lang::En));
        }
        all_reasons().into_iter().for_each(both);
        all_not_assessable().into_iter().for_each(both);
        assert_eq!(LABELS.iter().filter(|l| l.domain == Domain::NotAssessable).count(), all_not_assessable().len());
        assert_eq!(LABELS.iter().filter(|l| l.domain == Domain::Reason).count(), all_reasons().len());
        for c in [
            Comparator::AtLeast,
            Comparator::MoreThan,
            Comparator::Reach,
            Comparator::AtMost,
            Comparator::LessThan,
            Comparator::About,
        ] {
            both(c);
        }
        [Tier::Province, Tier::District, Tier::Commune, Tier::OwnUnit].into_iter().for_each(both);
        [Level::National, Level::Province, Level::District, Level::Commune].into_iter().for_each(both);
        for u in [
            MeasureUnit::Percent,
            MeasureUnit::PercentOfGrdp,
            MeasureUnit::PercentOfPlan,
            MeasureUnit::PercentPerYear,
            MeasureUnit::PercentIncrease,
            MeasureUnit::PercentReduction,
            MeasureUnit::Rank,
            MeasureUnit::Count,
            MeasureUnit::PerThousandPeople,
            MeasureUnit::Dong,
            MeasureUnit::Index,
            MeasureUnit::Usd,
            MeasureUnit::Hectare,
            MeasureUnit::Tonne,
            MeasureUnit::Kilometre,
            MeasureUnit::CubicMetre,
            MeasureUnit::CubicMetrePerDay,
            MeasureUnit::Litre,
            MeasureUnit::SquareMetre,
            MeasureUnit::SquareMetrePerPerson,
            MeasureUnit::Megawatt,
            MeasureUnit::KilowattHour,
            MeasureUnit::Years,
            MeasureUnit::Mbps,
            MeasureUnit::Days,
            MeasureUnit::QuintalPerHectare,
            MeasureUnit::ChildrenPerWoman,
            MeasureUnit::BoysPerHundredGirls,
        ] {
            both(u);
            both(u.kind());
        }
        [MilestoneKind::Baseline, MilestoneKind::Stated, MilestoneKind::Interpolated, MilestoneKind::Held]
            .into_iter()
            .for_each(both);
        Method::ALL.into_iter().for_each(both);
        [Curve::Linear, Curve::Compound, Curve::Logistic, Curve::Step, Curve::Auto].into_iter().for_each(both);
        [IndicatorKind::LevelOrShare, IndicatorKind::Rank].into_iter().for_each(both);
        [Frequency::Monthly, Frequency::Quarterly, Frequency::SemiAnnual, Frequency::Annual].into_iter().for_each(both);
        [
            Verdict::Stricter,
            Verdict::Equal,
            Verdict::Looser,
            Verdict::OnlyFirst,
            Verdict::OnlySecond,
            Verdict::Incomparable,
        ]
        .into_iter()
        .for_each(both);
        // Every reason, through a match that stops compiling when one is added.
        let every_merge_reason = |r: MergeReason| match r {
            MergeReason::RankNotCombined
            | MergeReason::MissingFigures
            | MergeReason::NoCommonYear
            | MergeReason::PartOfPredecessor
            | MergeReason::CombineFailed => r,
        };
        [
            MergeReason::RankNotCombined,
            MergeReason::MissingFigures,
            MergeReason::NoCommonYear,
            MergeReason::PartOfPredecessor,
            MergeReason::CombineFailed,
        ]
        .into_iter()
        .map(every_merge_reason)
        .for_each(both);
    }

    #[test]
    fn the_table_has_each_code_once_per_domain_and_both_languages() {
        for (i, a) in LABELS.iter().enumerate() {
            for b in LABELS.iter().skip(i + 1) {
                assert!(!(a.domain == b.domain && a.code == b.code), "{} {} twice", a.domain.code(), a.code);
            }
            let blank_unit = a.domain == Domain::Unit && a.vi.is_empty() && a.en.is_empty();
            assert!(blank_unit || (!a.vi.is_empty() && !a.en.is_empty()), "{} {}", a.domain.code(), a.code);
        }
        for d in Domain::ALL {
            assert_eq!(Domain::from_code(d.code()), Some(d));
            assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{}\"", d.code()));
        }
    }

    #[test]
    fn words_are_looked_up_by_domain_code_and_language() {
        assert_eq!(lookup(Domain::Status, "deterioration", Lang::Vi), Some("Đi xuống"));
        assert_eq!(lookup(Domain::Tier, "commune", Lang::En), Some("commune"));
        assert_eq!(lookup(Domain::Tier, "hamlet", Lang::En), None);
        let en = table(Lang::En);
        assert_eq!(en.get("comparator").and_then(|c| c.get("at_least")), Some(&"at least"));
        let vi = table(Lang::Vi);
        assert_eq!(vi.get("status").and_then(|c| c.get("target_achieved")), Some(&"Đã đạt"));
        assert_eq!(vi.values().map(|d| d.len()).sum::<usize>(), LABELS.len());
        assert_eq!(text("as_of", Lang::En), "As of");
        assert_eq!(lang("VI"), Some(Lang::Vi));
        assert_eq!(lang("fr"), None);
        assert_eq!(
            status_words(Category::NotAssessable, Some(crate::calc::progress::NotAssessable::NoObservations), Lang::Vi),
            "Chưa đánh giá được (chưa có số liệu)"
        );
    }
}
