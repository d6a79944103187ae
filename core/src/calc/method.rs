//! Which method judges a target's progress: one per kind of indicator, from its unit.
//!
//! | kind | method | progress ratio | required pace |
//! |---|---|---|---|
//! | level or share | growth-rate ratio ([`super::progress`]) | `CAGR_actual / CAGR_required` | `(V - y) / (T - t)`, `(V / y)^(1 / (T - t)) - 1` |
//! | yearly rate | mean yearly rate ([`super::yearly_rate`]) | geometric mean rate / target rate | the rate needed in the remaining years |
//! | cumulative change | straight path from 0 ([`super::cumulative`]) | change a year achieved / required | `(V - y) / (T - t)` |
//! | rank | rank pace ([`super::rank`]) | positions gained a year / needed a year | positions a year still needed |
//!
//! Every method shares the categories and score of the growth-rate ratio: a ratio of at least 0.95 is
//! substantial progress, at least 0.6 moderate, at least 0 limited, below 0 deterioration; the score is
//! piecewise linear through (-0.6, -5), (0, -2.5), (0.6, 0), (0.95, 2.5), (1.3, 5).
//!
//! ```
//! use chitieu::calc::method::{Lang, Method};
//! use chitieu::MeasureUnit;
//! let m = Method::of(MeasureUnit::PercentPerYear.kind());
//! assert_eq!(m, Method::MeanYearlyRate);
//! assert_eq!(m.code(), "mean_yearly_rate");
//! assert_eq!(m.label(Lang::En), "mean yearly rate against the target rate");
//! ```

use serde::{Deserialize, Serialize};

use crate::model::measure_unit::IndicatorKind;

/// A language of labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Vietnamese.
    Vi,
    /// English.
    En,
}

/// The method that judges progress towards a target, chosen by the kind of its indicator.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// A level or a share: the growth-rate ratio, compound growth achieved over compound growth required.
    #[default]
    GrowthRateRatio,
    /// A yearly rate: each year's rate against the target rate; the geometric mean rate over the target.
    MeanYearlyRate,
    /// A cumulative change from an unstated baseline: a straight path from 0 at the start of the period;
    /// the change a year achieved over the change a year required.
    StraightPath,
    /// A rank: positions gained a year over positions needed a year, ranks compared across a change of
    /// field by their share of the field.
    RankPace,
}

impl Method {
    /// The method for a kind of indicator.
    pub fn of(kind: IndicatorKind) -> Self {
        match kind {
            IndicatorKind::LevelOrShare => Self::GrowthRateRatio,
            IndicatorKind::YearlyRate => Self::MeanYearlyRate,
            IndicatorKind::CumulativeChange => Self::StraightPath,
            IndicatorKind::Rank => Self::RankPace,
        }
    }

    /// The kind of indicator the method judges.
    pub fn kind(self) -> IndicatorKind {
        match self {
            Self::GrowthRateRatio => IndicatorKind::LevelOrShare,
            Self::MeanYearlyRate => IndicatorKind::YearlyRate,
            Self::StraightPath => IndicatorKind::CumulativeChange,
            Self::RankPace => IndicatorKind::Rank,
        }
    }

    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::GrowthRateRatio => "growth_rate_ratio",
            Self::MeanYearlyRate => "mean_yearly_rate",
            Self::StraightPath => "straight_path",
            Self::RankPace => "rank_pace",
        }
    }

    /// The method in words, for a table or a report.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::GrowthRateRatio, Lang::Vi) => "tỷ số tốc độ tăng trưởng (tăng trưởng bình quân đạt được / cần đạt)",
            (Self::GrowthRateRatio, Lang::En) => "growth-rate ratio (compound growth achieved / required)",
            (Self::MeanYearlyRate, Lang::Vi) => "tốc độ bình quân năm so với chỉ tiêu tốc độ",
            (Self::MeanYearlyRate, Lang::En) => "mean yearly rate against the target rate",
            (Self::StraightPath, Lang::Vi) => {
                "tiến độ trên lộ trình đều từ 0 (mức thay đổi mỗi năm đạt được / cần đạt)"
            }
            (Self::StraightPath, Lang::En) => "pace on a straight path from 0 (change a year achieved / required)",
            (Self::RankPace, Lang::Vi) => "số bậc xếp hạng tăng mỗi năm so với số bậc cần tăng",
            (Self::RankPace, Lang::En) => "rank positions gained a year against positions needed",
        }
    }

    /// Every method, in the order of the kinds.
    pub const ALL: [Self; 4] = [Self::GrowthRateRatio, Self::MeanYearlyRate, Self::StraightPath, Self::RankPace];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MeasureUnit;

    #[test]
    fn every_kind_has_its_method_and_back() {
        for m in Method::ALL {
            assert_eq!(Method::of(m.kind()), m);
            assert_eq!(serde_json::to_string(&m).unwrap(), format!("\"{}\"", m.code()));
            assert!(!m.label(Lang::Vi).is_empty() && m.label(Lang::Vi) != m.label(Lang::En));
        }
        assert_eq!(Method::of(MeasureUnit::Rank.kind()), Method::RankPace);
        assert_eq!(Method::of(MeasureUnit::PercentIncrease.kind()), Method::StraightPath);
        assert_eq!(Method::of(MeasureUnit::Dong.kind()), Method::GrowthRateRatio);
    }
}
