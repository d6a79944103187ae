//! The scorecard for people: a text table for a terminal ([`text`]), a self-contained printable HTML
//! report ([`html`]) and, with the cargo feature `xlsx`, an Excel workbook ([`xlsx`]), in Vietnamese or
//! English, every word from [`crate::label`] and every number from the [`Scorecard`].
//!
//! ```
//! use chitieu::label::Lang;
//! use chitieu::report::Report;
//! use chitieu::scorecard::{Scorecard, Settings};
//! let plan = chitieu::bundled::plan("can_tho").unwrap();
//! let obs = chitieu::bundled::observations().unwrap();
//! let card = Scorecard::build(&plan, &obs, time::macros::date!(2026 - 11 - 22), &Settings::default()).unwrap();
//! let page = Report::new(&plan, &obs, &card, Lang::Vi).html();
//! assert!(page.starts_with("<!DOCTYPE html>") && page.contains("Ngày đánh giá"));
//! ```

pub mod alignment;
pub mod html;
pub mod merged;
pub mod text;
#[cfg(feature = "xlsx")]
pub mod xlsx;

use time::Date;

use crate::calc::reporting::DueDate;
use crate::io::number::{rounded, write_vietnamese_rounded};
use crate::label::{text as word, Labelled, Lang};
use crate::model::{Frequency, Observation, ObservationSet, Plan, Tier};
use crate::scorecard::{milestone_table, MilestoneRow, Row, Scorecard};

/// What a report shows: a plan, the observations its scorecard was built from, the scorecard, the
/// language and the years of the milestone table.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// The observations the scorecard was built from.
    pub observations: &'a ObservationSet,
    /// The scorecard.
    pub card: &'a Scorecard,
    /// The language of every word.
    pub lang: Lang,
}

impl<'a> Report<'a> {
    /// A report of `card`, built from `plan` and `observations`, in `lang`.
    pub fn new(plan: &'a Plan, observations: &'a ObservationSet, card: &'a Scorecard, lang: Lang) -> Self {
        Self { plan, observations, card, lang }
    }

    /// A number for a person: rounded to at most `decimals` places, the Vietnamese way in Vietnamese.
    pub fn number(&self, value: f64, decimals: usize) -> String {
        number(value, decimals, self.lang)
    }

    /// The years of the milestone table: from the plan's start (or the year before its first target)
    /// to its last year.
    pub fn years(&self) -> Vec<i32> {
        let (first, last) = self.plan.target_years();
        let from = self.plan.period.from.or(first).unwrap_or(last).min(last);
        (from..=last.max(self.plan.period.last_year())).collect()
    }

    /// The plan's milestone table over [`Report::years`], paths from the observations.
    pub fn milestones(&self) -> Vec<MilestoneRow> {
        milestone_table(self.plan, Some(self.observations), &self.years(), &self.card.settings)
    }

    /// The report due next on or after the as-of date, from the plan's reporting calendar.
    pub fn reporting_period(&self) -> Option<DueDate> {
        self.plan.reporting.as_ref().and_then(|c| c.next_due(self.card.as_of).ok().flatten())
    }

    /// The reporting period in words: "quý 4 năm 2026, hạn 19/12/2026" / "quarterly report 4 of 2026, due 2026-12-19".
    pub fn reporting_period_words(&self) -> String {
        match self.reporting_period() {
            None => word("no_calendar", self.lang).to_owned(),
            Some(d) => {
                let freq = d.frequency.label(self.lang);
                let last = date(d.last_day, self.lang);
                let (p, y) = (d.period, d.year);
                match (self.lang, d.frequency) {
                    (Lang::Vi, Frequency::Annual) => format!("báo cáo năm {y}, hạn cuối {last}"),
                    (Lang::Vi, Frequency::Quarterly | Frequency::Monthly) => {
                        format!("báo cáo {freq} {p} năm {y}, hạn cuối {last}")
                    }
                    (Lang::Vi, _) => format!("báo cáo {freq} (kỳ {p}) năm {y}, hạn cuối {last}"),
                    (Lang::En, Frequency::Annual) => format!("annual report of {y}, last day {last}"),
                    (Lang::En, _) => format!("{freq} report {p} of {y}, last day {last}"),
                }
            }
        }
    }

    /// Every observation a row used, in time order: of its unit (the plan's, or the parent's it stands
    /// in for), its indicator and its tier.
    pub fn observations_of(&self, row: &Row) -> Vec<&'a Observation> {
        let Some(unit) = row.observed_unit.as_deref() else { return Vec::new() };
        let mut found = self.observations.series(unit, &row.indicator, row.tier);
        crate::model::sort::by(&mut found, |a, b| a.at.fractional_year().total_cmp(&b.at.fractional_year()));
        found
    }

    /// The name of a row's indicator in the report's language.
    pub fn name<'r>(&self, row: &'r Row) -> &'r str {
        match self.lang {
            Lang::Vi => &row.name_vi,
            Lang::En => &row.name_en,
        }
    }

    /// A tier in words; the unit as a whole when there is none.
    pub fn tier(&self, tier: Option<Tier>) -> &'static str {
        tier.map_or("—", |t| t.label(self.lang))
    }

    /// A target in words: comparator, value and unit (`tối thiểu 90 %`).
    pub fn target_words(&self, row: &Row) -> String {
        let unit = row.unit.label(self.lang);
        let value = self.number(row.target_value, 2);
        format!("{} {value}{}{unit}", row.comparator.label(self.lang), if unit.is_empty() { "" } else { " " })
    }
}

/// A number for a person in `lang`, rounded to at most `decimals` places.
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => write_vietnamese_rounded(value, decimals),
        Lang::En => rounded(value, decimals),
    }
}

/// A date for a person: `30/06/2025` in Vietnamese, ISO in English.
pub fn date(d: Date, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{:02}/{:02}/{}", d.day(), u8::from(d.month()), d.year()),
        Lang::En => d.to_string(),
    }
}
