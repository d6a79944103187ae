//! Reporting due dates: the days a plan's reporting calendar makes reports due in a year, and the next one
//! after a date ("trước ngày 20" means the 19th is the last day).

use serde::{Deserialize, Serialize};

use crate::error::ChitieuError;
use crate::model::reporting::{Frequency, ReportingCalendar};

/// One report due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct DueDate {
    /// Index of the schedule in the calendar.
    pub schedule: usize,
    /// Its frequency.
    pub frequency: Frequency,
    /// The period within the year, 1-based (quarter 1..4, month 1..12, 1 for annual).
    pub period: u8,
    /// The year.
    pub year: i32,
    /// The day the document names.
    #[schemars(with = "String", extend("format" = "date"))]
    #[serde(with = "crate::model::date::iso")]
    pub deadline: time::Date,
    /// The last day to submit: the day before `deadline` when the document says "trước" (before).
    #[schemars(with = "String", extend("format" = "date"))]
    #[serde(with = "crate::model::date::iso")]
    pub last_day: time::Date,
}

/// Why due dates cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// A deadline that is not a day of the calendar.
    #[error("schedule {schedule}: day {day} of month {month} of {year} does not exist")]
    InvalidDeadline {
        /// Index of the schedule.
        schedule: usize,
        /// Year.
        year: i32,
        /// Month.
        month: u8,
        /// Day.
        day: u8,
    },
}

impl ChitieuError for CalendarError {
    fn code(&self) -> &'static str {
        match self {
            Self::InvalidDeadline { .. } => "invalid_deadline",
        }
    }

    fn path(&self) -> Option<String> {
        match self {
            Self::InvalidDeadline { schedule, .. } => Some(format!("schedules[{schedule}]")),
        }
    }
}

impl ReportingCalendar {
    /// Every report due in `year`, sorted by last day to submit, then by schedule.
    ///
    /// ```
    /// let plan = chitieu::bundled::plan("tra_vinh").unwrap();
    /// let due = plan.reporting.unwrap().due_dates(2026).unwrap();
    /// let days: Vec<String> = due.iter().map(|d| d.last_day.to_string()).collect();
    /// assert_eq!(days, ["2026-03-19", "2026-06-19", "2026-09-19", "2026-11-29", "2026-12-19"]);
    /// ```
    pub fn due_dates(&self, year: i32) -> Result<Vec<DueDate>, CalendarError> {
        let mut due = Vec::new();
        for (index, s) in self.schedules.iter().enumerate() {
            let months = s.frequency.months();
            for period in 1..=(12 / months) {
                let month = months * (period - 1) + s.month_of_period;
                let invalid = CalendarError::InvalidDeadline { schedule: index, year, month, day: s.day };
                let deadline = time::Month::try_from(month)
                    .ok()
                    .and_then(|m| time::Date::from_calendar_date(year, m, s.day).ok())
                    .ok_or(invalid.clone())?;
                let last_day = if s.strictly_before { deadline.previous_day().ok_or(invalid)? } else { deadline };
                due.push(DueDate { schedule: index, frequency: s.frequency, period, year, deadline, last_day });
            }
        }
        crate::model::sort::by(&mut due, |a, b| (a.last_day, a.schedule).cmp(&(b.last_day, b.schedule)));
        Ok(due)
    }

    /// The first report whose last day to submit is on or after `date`.
    ///
    /// ```
    /// let plan = chitieu::bundled::plan("tra_vinh").unwrap();
    /// let next = plan.reporting.unwrap().next_due(time::macros::date!(2026 - 11 - 22)).unwrap().unwrap();
    /// assert_eq!(next.last_day, time::macros::date!(2026 - 11 - 29)); // the annual report, before 30/11
    /// ```
    pub fn next_due(&self, date: time::Date) -> Result<Option<DueDate>, CalendarError> {
        for year in [date.year(), date.year() + 1] {
            if let Some(d) = self.due_dates(year)?.into_iter().find(|d| d.last_day >= date) {
                return Ok(Some(d));
            }
        }
        Ok(None)
    }
}
