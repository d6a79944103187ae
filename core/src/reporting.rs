//! The reporting calendar a plan sets: how often progress is reported and by when.

use serde::{Deserialize, Serialize};

/// How often a report is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Frequency {
    /// Hàng tháng.
    Monthly,
    /// Hàng quý.
    Quarterly,
    /// 6 tháng.
    SemiAnnual,
    /// Hàng năm.
    Annual,
}

impl Frequency {
    /// Months in one reporting period.
    pub fn months(self) -> u8 {
        match self {
            Self::Monthly => 1,
            Self::Quarterly => 3,
            Self::SemiAnnual => 6,
            Self::Annual => 12,
        }
    }
}

/// A recurring report and its deadline, counted within each reporting period.
///
/// "hàng quý (trước ngày 20 của tháng cuối quý)" is quarterly, `month_of_period: 3`, `day: 20`,
/// `strictly_before: true`; "năm (trước ngày 30/11)" is annual, `month_of_period: 11`, `day: 30`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportSchedule {
    /// How often.
    pub frequency: Frequency,
    /// The month of the period in which the deadline falls, 1-based (3 = the quarter's last month).
    pub month_of_period: u8,
    /// Day of that month.
    pub day: u8,
    /// "trước ngày 20": the report is due before that day, so the last day to submit is the 19th.
    pub strictly_before: bool,
    /// The words of the document, verbatim.
    pub quote: String,
}

/// The reports a plan requires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportingCalendar {
    /// Who reports to whom, as the document says ("gửi về Sở Thông tin và Truyền thông").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// The recurring reports.
    pub schedules: Vec<ReportSchedule>,
}

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
    pub deadline: time::Date,
    /// The last day to submit: the day before `deadline` when the document says "trước" (before).
    #[schemars(with = "String", extend("format" = "date"))]
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

impl CalendarError {
    /// Stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidDeadline { .. } => "invalid_deadline",
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
        due.sort_by_key(|d| (d.last_day, d.schedule));
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
