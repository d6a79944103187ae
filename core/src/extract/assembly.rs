//! Assembly: the plan from what the stages read, with an id from its unit, year and document number; and
//! the notes on what the reader could not find.

use time::Date;

use super::metadata::Metadata;
use super::period::Settled;
use crate::model::budget::Budget;
use crate::model::indicator::{Indicator, Pillar};
use crate::model::plan::{Document, Period, Plan, FORMAT_VERSION};
use crate::model::reporting::ReportingCalendar;
use crate::model::target::Target;

/// The notes of a draft: those of the earlier stages, then what is missing.
pub(crate) fn notes(mut notes: Vec<String>, period: &Settled, meta: &Metadata) -> Vec<String> {
    if !period.from_title {
        notes.push(
            "No period found in the title: taken from the target years (with no target, the latest year reported)."
                .to_owned(),
        );
    }
    if meta.number.is_none() {
        notes.push("No document number found.".to_owned());
    }
    if meta.signed_on.is_none() {
        notes.push("No signing date found.".to_owned());
    }
    if meta.jurisdiction.id == "unknown" {
        notes.push("No province or city found: set `jurisdiction` by hand.".to_owned());
    }
    notes
}

/// A plan's id: `<unit>_<year>_<number>` ("tra_vinh_2022_50"), the year that of signing, else the period's
/// first; without the number when there is none.
pub(crate) fn plan_id(unit: &str, number: Option<&str>, signed_on: Option<Date>, period: &Period) -> String {
    let year = signed_on.map(|d| d.year()).or(period.from).unwrap_or(period.to);
    let number_part =
        number.map(|n| n.chars().take_while(char::is_ascii_digit).collect::<String>()).unwrap_or_default();
    if number_part.is_empty() {
        format!("{unit}_{year}")
    } else {
        format!("{unit}_{year}_{number_part}")
    }
}

/// The draft plan.
pub(crate) fn plan(
    meta: Metadata,
    period: Period,
    pillars: Vec<Pillar>,
    indicators: Vec<Indicator>,
    targets: Vec<Target>,
    budget: Option<Budget>,
    reporting: Option<ReportingCalendar>,
) -> Plan {
    Plan {
        format_version: FORMAT_VERSION,
        id: plan_id(&meta.jurisdiction.id, meta.number.as_deref(), meta.signed_on, &period),
        jurisdiction: meta.jurisdiction,
        document: Document {
            kind: meta.kind,
            number: meta.number,
            issuer: meta.issuer,
            signer: meta.signer,
            signed_on: meta.signed_on,
            title: meta.title,
            source: None,
        },
        period,
        pillars,
        indicators,
        targets,
        budget,
        reporting,
        notes: vec!["Drafted by chitieu::extract from the document's text; to be reviewed.".to_owned()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::folded::Folded;
    use crate::extract::metadata;
    use crate::extract::period;

    #[test]
    fn the_id_takes_the_signing_year_and_the_numbers_digits() {
        let signed = Date::from_calendar_date(2022, time::Month::July, 12).ok();
        let p = Period { from: Some(2021), to: 2025, horizon: Some(2030) };
        assert_eq!(plan_id("tra_vinh", Some("50/KH-UBND"), signed, &p), "tra_vinh_2022_50");
        assert_eq!(plan_id("tra_vinh", None, None, &p), "tra_vinh_2021");
        assert_eq!(
            plan_id("can_tho", Some("KH-UBND"), None, &Period { from: None, to: 2025, horizon: None }),
            "can_tho_2025"
        );
    }

    #[test]
    fn notes_say_what_is_missing() {
        let meta = metadata::read(&Folded::new("Kế hoạch chuyển đổi số"));
        let settled = period::settle(None, None, &[]);
        assert_eq!(
            notes(vec!["budget".to_owned()], &settled, &meta),
            vec![
                "budget",
                "No period found in the title: taken from the target years (with no target, the latest year reported).",
                "No document number found.",
                "No signing date found.",
                "No province or city found: set `jurisdiction` by hand.",
            ]
        );
    }

    #[test]
    fn the_plan_carries_the_documents_metadata() {
        let text = "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH\nSố: 50/KH-UBND\nTrà Vinh, ngày 12 tháng 7 năm 2022\nKẾ HOẠCH\nChuyển đổi số tỉnh Trà Vinh đến năm 2025\n";
        let meta = metadata::read(&Folded::new(text));
        let settled = period::settle(meta.period, meta.signed_on, &[2025]);
        assert!(notes(Vec::new(), &settled, &meta).is_empty());
        let plan = plan(meta, settled.period, Vec::new(), Vec::new(), Vec::new(), None, None);
        assert_eq!(plan.id, "tra_vinh_2022_50");
        assert_eq!(plan.document.number.as_deref(), Some("50/KH-UBND"));
        assert_eq!(plan.document.title, "KẾ HOẠCH Chuyển đổi số tỉnh Trà Vinh đến năm 2025");
        assert_eq!(plan.period, Period { from: None, to: 2025, horizon: None });
    }
}
