//! A district-tier target after the district tier ended (1 July 2025, the constitutional amendment of
//! Nghị quyết 203/2025/QH15): local government is now province and commune, so there are no districts to
//! judge. A target whose year ended before is judged as usual; a 2025 target is judged on the figures
//! dated before 1 July 2025 (as the tier stood on its last day); a later target, or a 2025 target with no
//! figure from before the end, is not assessable with the reason `tier_abolished`.

use time::macros::date;
use time::Date;

use crate::calc::progress::NotAssessable;
use crate::model::observation::fractional_year;
use crate::model::{Level, Plan, Target, Tier};

use super::explanation::Explanation;
use super::row::{Row, Status};
use super::Reason;

/// The first day without a district tier.
pub const DISTRICT_TIER_ENDED: Date = date!(2025 - 07 - 01);

/// How a target is judged on a date, given the district tier's end.
pub(crate) enum TierRule {
    /// As usual.
    AsUsual,
    /// On the figures dated up to this time (the tier's last day).
    Until(f64),
    /// Not at all.
    Abolished,
}

/// Whether `target` is at the district tier, and how it is judged at `as_of_t`.
pub(crate) fn rule(plan: &Plan, target: &Target, as_of_t: f64) -> TierRule {
    let district = match target.tier {
        Some(Tier::District) => true,
        Some(Tier::OwnUnit) => plan.jurisdiction.level == Level::District,
        None => plan.jurisdiction.level == Level::District,
        _ => false,
    };
    let ended_t = fractional_year(DISTRICT_TIER_ENDED);
    if !district || as_of_t < ended_t {
        return TierRule::AsUsual;
    }
    match target.year {
        Some(y) if y < DISTRICT_TIER_ENDED.year() => TierRule::AsUsual,
        Some(y) if y == DISTRICT_TIER_ENDED.year() => {
            TierRule::Until(DISTRICT_TIER_ENDED.previous_day().map_or(ended_t, fractional_year))
        }
        _ => TierRule::Abolished,
    }
}

/// The explanation of a district-tier target after the tier's end.
pub(crate) fn explanation(target: &Target, judged: bool) -> Explanation {
    let year = target.year.map_or_else(|| "no year".to_owned(), |y| y.to_string());
    let note = if judged {
        format!(
            "the district tier ended on {DISTRICT_TIER_ENDED} (Nghị quyết 203/2025/QH15: local government is province and commune); this {year} district-tier target is judged on the figures dated before then, as the tier stood on its last day"
        )
    } else {
        format!(
            "not assessable: the district tier ended on {DISTRICT_TIER_ENDED} (Nghị quyết 203/2025/QH15: local government is province and commune), so there are no districts to reach this target of {year}; its area is now in communes, which carry their own targets"
        )
    };
    Explanation {
        quantity: "tier_abolished".to_owned(),
        formula: "district tier in force until 2025-06-30".to_owned(),
        inputs: Vec::new(),
        result: None,
        note: Some(note),
    }
}

/// `row` made not assessable for the tier's end: every judged number cleared, with the reason.
pub(crate) fn abolish(mut row: Row, target: &Target) -> Row {
    row.value_basis = None;
    row.milestone = None;
    row.milestone_reason = Some(Reason::TierAbolished);
    row.achievement = None;
    row.status = Status::not_assessable(NotAssessable::TierAbolished);
    row.time_distance = None;
    row.time_distance_reason = Some(Reason::TierAbolished);
    row.required_pace = None;
    row.projection = None;
    row.explanations = vec![explanation(target, false)];
    row
}
