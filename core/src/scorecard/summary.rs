//! A pillar's (or the whole plan's) summary: indicators assessable, the mean score when enough are, and
//! targets attained.

use serde::{Deserialize, Serialize};

use super::{Reason, Row, Settings};

/// A pillar's (or the plan's) summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Summary {
    /// Pillar id (`None` for the whole plan).
    pub pillar: Option<String>,
    /// Name in English.
    pub name_en: String,
    /// Name as the document words it.
    pub name_vi: String,
    /// Indicators with at least one target.
    pub indicators: usize,
    /// Indicators with at least one assessable target.
    pub assessable: usize,
    /// Mean of the assessable indicators' scores, when enough are assessable.
    pub mean_score: Option<f64>,
    /// Why there is no mean score: too few indicators are assessable.
    pub reason: Option<Reason>,
    /// Targets attained, of targets.
    pub attained: usize,
    /// Targets.
    pub targets: usize,
}

/// Summarises `rows`: an indicator's score is the mean of its assessable targets' scores; the mean of
/// those is reported when at least `settings.min_assessable_share` of the indicators are assessable.
pub(crate) fn summarise<'a>(
    pillar: Option<&String>,
    name_en: &str,
    name_vi: &str,
    rows: impl Iterator<Item = &'a Row>,
    settings: &Settings,
) -> Summary {
    let rows: Vec<&Row> = rows.collect();
    let mut indicators: Vec<&str> = rows.iter().map(|r| r.indicator.as_str()).collect();
    crate::model::sort::by(&mut indicators, Ord::cmp);
    indicators.dedup();
    let scores: Vec<f64> = indicators
        .iter()
        .filter_map(|id| {
            let s: Vec<f64> = rows.iter().filter(|r| r.indicator == *id).filter_map(|r| r.status.score).collect();
            (!s.is_empty()).then(|| s.iter().sum::<f64>() / s.len() as f64)
        })
        .collect();
    let enough =
        !indicators.is_empty() && scores.len() as f64 >= settings.min_assessable_share * indicators.len() as f64;
    let mean_score = (enough && !scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
    Summary {
        pillar: pillar.cloned(),
        name_en: name_en.to_owned(),
        name_vi: name_vi.to_owned(),
        indicators: indicators.len(),
        assessable: scores.len(),
        mean_score,
        reason: mean_score.is_none().then_some(Reason::InsufficientData),
        attained: rows.iter().filter(|r| r.achievement.as_ref().is_some_and(|a| a.attained)).count(),
        targets: rows.len(),
    }
}
