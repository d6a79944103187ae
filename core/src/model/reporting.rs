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

impl ReportSchedule {
    /// The last day of the month the deadline can name: the length of the shortest month it falls in over
    /// the periods of a common year (28 for a monthly report; 30 for a quarterly report in the quarter's
    /// last month); `None` when `month_of_period` is outside the period.
    ///
    /// ```
    /// use chitieu::{Frequency, ReportSchedule};
    /// let s = |frequency, month_of_period| ReportSchedule { frequency, month_of_period, day: 1, strictly_before: false, quote: String::new() };
    /// assert_eq!(s(Frequency::Monthly, 1).last_possible_day(), Some(28));
    /// assert_eq!(s(Frequency::Quarterly, 3).last_possible_day(), Some(30));
    /// assert_eq!(s(Frequency::Quarterly, 4).last_possible_day(), None);
    /// ```
    pub fn last_possible_day(&self) -> Option<u8> {
        let months = self.frequency.months();
        if !(1..=months).contains(&self.month_of_period) {
            return None;
        }
        (0..12 / months)
            .filter_map(|k| time::Month::try_from(k * months + self.month_of_period).ok())
            .map(|m| m.length(2023))
            .min()
    }
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
