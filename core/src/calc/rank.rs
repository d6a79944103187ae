//! A rank ("nhóm 20 tỉnh dẫn đầu"): ordinal, never a growth rate. What can be judged is the position
//! against the target, the positions gained a year against those needed, and the field the rank is among.
//!
//! The field changed: the provincial rankings (DTI, PCI, PAPI) ranked 63 provinces until their 2023
//! rounds and 34 units from their 2024 rounds, so 15th in 2024 is not the place 15th was in 2022. Ranks
//! of different fields are compared by their share of the field (`rank / field`): each rank is read as
//! its equivalent in the target's field, `r' = (r / n) n_V`, which is the raw rank when the fields are
//! the same. With `d = -1` (lower is better), start `r0` at `t0`, latest `r` at `t`, target `V` at `T`:
//! - attained: the comparator holds for `r'` against `V`;
//! - positions gained a year `d (r' - r0') / (t - t0)`, needed a year `d (V - r0') / (T - t0)`, progress
//!   their ratio, with the categories and score of the growth-rate ratio;
//! - positions a year still needed: `d (V - r') / (T - t)`;
//! - projected: the share carried forward at the pace so far to `T`, as a rank of the latest field,
//!   bounded to `1..=n`.
//!
//! ```
//! use chitieu::calc::rank::{rank_progress, RankInput, RankPoint};
//! use chitieu::calc::progress::Category;
//! use chitieu::{Comparator, Polarity};
//! // From 40th (2021) to 25th (2022) of 63, against "top 20" by 2025.
//! let p = rank_progress(&RankInput {
//!     start: RankPoint { t: 2021.0, rank: 40.0, field: Some(63) },
//!     latest: RankPoint { t: 2022.0, rank: 25.0, field: None },
//!     target: 20.0, target_t: Some(2025.0), target_field: None,
//!     comparator: Comparator::AtMost, polarity: Polarity::LowerIsBetter, tolerance: None,
//! }).unwrap();
//! assert_eq!(p.latest.field, 63); // by its year: the 2022 DTI ranked 63 provinces
//! assert_eq!(p.ratio, Some(3.0)); // 15 gained a year against 20 over 4 years
//! assert_eq!(p.category, Category::SubstantialProgress);
//! assert_eq!(p.projected_rank, Some(1.0)); // 25 - 15 x 3 = -20, bounded to the field
//! ```

use serde::{Deserialize, Serialize};

use crate::error::{check, NonFinite};
use crate::model::comparator::{equal, Comparator};
use crate::model::measure_unit::Polarity;

use super::progress::{judge_ratio, Category, NotAssessable, PaceAbsent};

/// Provinces ranked by the provincial indices until their 2023 rounds.
pub const FIELD_UNTIL_2023: u32 = 63;
/// Units ranked from the 2024 rounds, after the 2025 merger.
pub const FIELD_FROM_2024: u32 = 34;

/// The field of a provincial rank of time `t` when the observation does not say: 63 until the 2023
/// round (`t <= 2023`), 34 from the 2024 round.
pub fn default_field(t: f64) -> u32 {
    if t <= 2023.0 {
        FIELD_UNTIL_2023
    } else {
        FIELD_FROM_2024
    }
}

/// Where a field size comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FieldBasis {
    /// Given with the observation.
    Observed,
    /// Taken from the observation's year ([`default_field`]).
    DefaultByYear,
    /// The target's field: the start's, as the plan set its target against the ranking it knew.
    Start,
    /// Given for the target.
    Given,
}

/// A rank observed at a time, among a field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RankPoint {
    /// Time as a fractional year.
    pub t: f64,
    /// Position, 1 is first.
    pub rank: f64,
    /// Units ranked; absent, [`default_field`] of `t`.
    pub field: Option<u32>,
}

/// A start rank, the latest rank and the target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RankInput {
    /// The start: the earliest rank of the series.
    pub start: RankPoint,
    /// The rank judged.
    pub latest: RankPoint,
    /// Target rank `V`.
    pub target: f64,
    /// Target year `T`, if the target states one.
    pub target_t: Option<f64>,
    /// The field the target is among `n_V`; absent, the start's.
    pub target_field: Option<u32>,
    /// The target's comparator.
    pub comparator: Comparator,
    /// The indicator's polarity (lower is better for a rank).
    pub polarity: Polarity,
    /// Band of `about`.
    pub tolerance: Option<f64>,
}

/// A rank as the method read it: raw, among its field, and as a share of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RankRead {
    /// Time.
    pub t: f64,
    /// The raw rank.
    pub rank: f64,
    /// Units ranked.
    pub field: u32,
    /// Where the field comes from.
    pub field_basis: FieldBasis,
    /// `rank / field` (0 for a field of 0, which is not assessable).
    pub share: f64,
    /// The rank in the target's field, `share · n_V` (the raw rank when the fields are the same).
    pub equivalent_rank: f64,
}

/// Progress of a rank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RankProgress {
    /// Category.
    pub category: Category,
    /// Score on -5..+5 (5 when achieved); absent when not assessable.
    pub score: Option<f64>,
    /// The start.
    pub start: RankRead,
    /// The rank judged.
    pub latest: RankRead,
    /// The target's field `n_V`.
    pub target_field: u32,
    /// Where the target's field comes from.
    pub target_field_basis: FieldBasis,
    /// `V / n_V`.
    pub target_share: f64,
    /// The ranks were compared by their share of the field (their fields differ).
    pub by_share: bool,
    /// The comparator holds for the equivalent rank against the target.
    pub attained: bool,
    /// `d (r' - r0') / (t - t0)`, positions of the target's field a year.
    pub positions_gained_per_year: Option<f64>,
    /// `d (V - r0') / (T - t0)`.
    pub positions_needed_per_year: Option<f64>,
    /// Gained over needed.
    pub ratio: Option<f64>,
    /// `d (V - r') / (T - t)`: positions a year still needed.
    pub required_pace: Option<f64>,
    /// The rank at `T` at the pace so far, in the latest field, bounded to `1..=n`.
    pub projected_rank: Option<f64>,
    /// Why the category is not assessable.
    pub reason: Option<NotAssessable>,
    /// Why the positions still needed are absent.
    pub pace_reason: Option<PaceAbsent>,
}

fn read(p: &RankPoint, target_field: u32) -> Option<RankRead> {
    let (field, field_basis) = match p.field {
        Some(n) => (n, FieldBasis::Observed),
        None => (default_field(p.t), FieldBasis::DefaultByYear),
    };
    let n = f64::from(field);
    if field == 0 || p.rank < 1.0 || p.rank > n {
        return None;
    }
    let equivalent_rank = if field == target_field { p.rank } else { p.rank / n * f64::from(target_field) };
    Some(RankRead { t: p.t, rank: p.rank, field, field_basis, share: p.rank / n, equivalent_rank })
}

/// Judges a rank against its target; a non-finite input is an error.
pub fn rank_progress(input: &RankInput) -> Result<RankProgress, NonFinite> {
    let i = input;
    check([
        ("start.t", Some(i.start.t)),
        ("start.rank", Some(i.start.rank)),
        ("latest.t", Some(i.latest.t)),
        ("latest.rank", Some(i.latest.rank)),
        ("target", Some(i.target)),
        ("target_t", i.target_t),
        ("tolerance", i.tolerance),
    ])?;
    let start_field = i.start.field.unwrap_or_else(|| default_field(i.start.t));
    let (target_field, target_field_basis) = match i.target_field {
        Some(n) => (n, FieldBasis::Given),
        None => (start_field, FieldBasis::Start),
    };
    let reads = (read(&i.start, target_field), read(&i.latest, target_field));
    let (Some(start), Some(latest)) = reads else {
        return Ok(outside_field(input, target_field, target_field_basis));
    };
    let attained = i.comparator.holds(latest.equivalent_rank, i.target, i.polarity, i.tolerance);
    let mut p = RankProgress {
        category: Category::NotAssessable,
        score: None,
        by_share: start.field != target_field || latest.field != target_field,
        target_share: i.target / f64::from(target_field),
        target_field,
        target_field_basis,
        attained,
        positions_gained_per_year: None,
        positions_needed_per_year: None,
        ratio: None,
        required_pace: None,
        projected_rank: None,
        reason: None,
        pace_reason: None,
        start,
        latest,
    };
    paces(input, &mut p);
    if attained {
        (p.category, p.score, p.reason) = (Category::TargetAchieved, Some(5.0), None);
    }
    Ok(p)
}

/// Paces, ratio, projection and category of a progress whose ranks are read.
fn paces(i: &RankInput, p: &mut RankProgress) {
    let d = i.polarity.sign();
    let (r0, r, v) = (p.start.equivalent_rank, p.latest.equivalent_rank, i.target);
    let (t0, t) = (p.start.t, p.latest.t);
    let gained = (t > t0).then(|| d * (r - r0) / (t - t0));
    p.positions_gained_per_year = gained;
    let (pace, pace_reason) = match i.target_t {
        None => (None, Some(PaceAbsent::NoTargetYear)),
        Some(big_t) if big_t <= t => (None, Some(PaceAbsent::TargetYearPassed)),
        Some(big_t) => (Some(d * (v - r) / (big_t - t)), None),
    };
    (p.required_pace, p.pace_reason) = (pace, pace_reason);
    if let (Some(g), Some(big_t)) = (gained, i.target_t.filter(|big_t| *big_t > t)) {
        // The share carried forward at the pace so far, read in the latest field and kept inside it.
        let n = f64::from(p.latest.field);
        let share_pace = g / f64::from(p.target_field);
        p.projected_rank = Some(((p.latest.share + d * share_pace * (big_t - t)) * n).clamp(1.0, n));
    }
    let ratio = match i.target_t {
        _ if t <= t0 => Err(NotAssessable::OneObservation),
        None => Err(NotAssessable::NoTargetYear),
        Some(big_t) if big_t <= t0 => Err(NotAssessable::TargetNotAfterBaseline),
        _ if equal(v, r0) => Err(NotAssessable::TargetEqualsStart),
        Some(big_t) => {
            let needed = d * (v - r0) / (big_t - t0);
            p.positions_needed_per_year = Some(needed);
            if needed < 0.0 {
                Err(NotAssessable::BaselineBeyondTarget)
            } else {
                gained.map(|g| g / needed).ok_or(NotAssessable::OneObservation)
            }
        }
    };
    p.ratio = ratio.ok().filter(|r| r.is_finite());
    match ratio.and_then(judge_ratio) {
        Ok((category, score)) => (p.category, p.score) = (category, Some(score)),
        Err(reason) => p.reason = Some(reason),
    }
}

/// A progress whose start or latest rank is outside its field: not assessable.
fn outside_field(i: &RankInput, target_field: u32, target_field_basis: FieldBasis) -> RankProgress {
    let raw = |p: &RankPoint| {
        let field = p.field.unwrap_or_else(|| default_field(p.t));
        let basis = if p.field.is_some() { FieldBasis::Observed } else { FieldBasis::DefaultByYear };
        let share = if field == 0 { 0.0 } else { p.rank / f64::from(field) };
        RankRead { t: p.t, rank: p.rank, field, field_basis: basis, share, equivalent_rank: p.rank }
    };
    RankProgress {
        category: Category::NotAssessable,
        score: None,
        start: raw(&i.start),
        latest: raw(&i.latest),
        target_field,
        target_field_basis,
        target_share: if target_field == 0 { 0.0 } else { i.target / f64::from(target_field) },
        by_share: false,
        attained: false,
        positions_gained_per_year: None,
        positions_needed_per_year: None,
        ratio: None,
        required_pace: None,
        projected_rank: None,
        reason: Some(NotAssessable::RankOutsideField),
        pace_reason: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(start: (f64, f64, Option<u32>), latest: (f64, f64, Option<u32>), target: f64) -> RankInput {
        RankInput {
            start: RankPoint { t: start.0, rank: start.1, field: start.2 },
            latest: RankPoint { t: latest.0, rank: latest.1, field: latest.2 },
            target,
            target_t: Some(2025.0),
            target_field: None,
            comparator: Comparator::AtMost,
            polarity: Polarity::LowerIsBetter,
            tolerance: None,
        }
    }

    #[test]
    fn the_same_rank_among_34_is_a_lower_place_than_among_63() {
        let among_63 = rank_progress(&input((2022.0, 20.0, None), (2023.0, 15.0, None), 20.0)).unwrap();
        assert!(among_63.attained && !among_63.by_share);
        let among_34 = rank_progress(&input((2022.0, 22.0, None), (2024.0, 15.0, None), 20.0)).unwrap();
        assert_eq!((among_34.latest.field, among_34.latest.field_basis), (34, FieldBasis::DefaultByYear));
        assert!(among_34.by_share && !among_34.attained);
        assert!((among_34.latest.equivalent_rank - 15.0 * 63.0 / 34.0).abs() < 1e-12);
        // 22nd of 63, then 15th of 34, the place of 27.8th of 63: moving away from the top 20.
        assert_eq!(among_34.category, Category::Deterioration);
        let same = rank_progress(&input((2022.0, 20.0, None), (2023.0, 21.0, None), 20.0)).unwrap();
        assert_eq!(same.reason, Some(NotAssessable::TargetEqualsStart));
    }

    #[test]
    fn moving_away_is_deterioration_and_the_projection_stays_in_the_field() {
        let p = rank_progress(&input((2021.0, 30.0, None), (2023.0, 50.0, None), 20.0)).unwrap();
        assert_eq!(p.positions_gained_per_year, Some(-10.0));
        assert_eq!(p.category, Category::Deterioration);
        assert_eq!(p.projected_rank, Some(63.0));
        assert_eq!(p.required_pace, Some(15.0));
    }

    #[test]
    fn a_rank_outside_its_field_is_not_assessable() {
        let p = rank_progress(&input((2021.0, 30.0, Some(0)), (2023.0, 50.0, None), 20.0)).unwrap();
        assert_eq!(p.reason, Some(NotAssessable::RankOutsideField));
        let p = rank_progress(&input((2021.0, 30.0, None), (2024.0, 40.0, None), 20.0)).unwrap();
        assert_eq!(p.reason, Some(NotAssessable::RankOutsideField));
    }
}
