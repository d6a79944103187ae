//! Calendar dates as every format of the crate writes them: `YYYY-MM-DD` (ISO 8601's extended calendar
//! date, four-digit year), read and written here for every date field, every table and every binding.
//!
//! One small reader instead of `time`'s format descriptions (its `serde-human-readable` parser, compiled
//! twice into each WebAssembly module, was 35 KB of code there), and errors that say which part of a date is
//! wrong. Strict on purpose: no sign, no week or ordinal dates, no time of day, no spaces (the bindings trim
//! an argument before they read it); tables that write dates day first read them in
//! [`crate::io::observation_table`].
//!
//! ```
//! use chitieu::model::date::{parse, DateError};
//! let d = parse("2025-07-01").unwrap();
//! assert_eq!(chitieu::model::date::format(d), "2025-07-01");
//! assert_eq!(parse("2025-02-30"), Err(DateError::NoSuchDay { year: 2025, month: 2, day: 30 }));
//! assert_eq!(parse("30/06/2025"), Err(DateError::NotIso));
//! ```

use time::{Date, Month};

/// What to write where a date is expected (the "expected" part of a problem).
pub const EXPECTED: &str = "a date YYYY-MM-DD";

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// Not four digits, a hyphen, two digits, a hyphen and two digits.
    #[error("not written YYYY-MM-DD")]
    NotIso,
    /// The month is not 1 to 12.
    #[error("month {month} is not 1 to 12")]
    NoSuchMonth {
        /// The month written.
        month: u8,
    },
    /// The month has no such day (30 February, 31 April, 29 February outside a leap year).
    #[error("{year}-{month:02} has no day {day}")]
    NoSuchDay {
        /// The year written.
        year: i32,
        /// The month written.
        month: u8,
        /// The day written.
        day: u8,
    },
}

/// Reads `YYYY-MM-DD`.
pub fn parse(text: &str) -> Result<Date, DateError> {
    let bytes = text.as_bytes();
    let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = bytes else {
        return Err(DateError::NotIso);
    };
    let digits = [*y0, *y1, *y2, *y3, *m0, *m1, *d0, *d1];
    if !digits.iter().all(u8::is_ascii_digit) {
        return Err(DateError::NotIso);
    }
    let value = |ds: &[u8]| ds.iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
    let [ys @ .., m_hi, m_lo, d_hi, d_lo] = digits;
    let year = i32::from(value(&ys));
    // Two digits each: at most 99, so the conversions cannot fail.
    let month = u8::try_from(value(&[m_hi, m_lo])).unwrap_or(u8::MAX);
    let day = u8::try_from(value(&[d_hi, d_lo])).unwrap_or(u8::MAX);
    let m = Month::try_from(month).map_err(|_| DateError::NoSuchMonth { month })?;
    Date::from_calendar_date(year, m, day).map_err(|_| DateError::NoSuchDay { year, month, day })
}

/// Writes `YYYY-MM-DD` (a year before 1 or after 9999, which [`parse`] never gives, with its sign and at
/// least four digits, as ISO 8601's expanded form).
pub fn format(date: Date) -> String {
    let (year, month, day) = (date.year(), u8::from(date.month()), date.day());
    match year {
        0..=9999 => format!("{year:04}-{month:02}-{day:02}"),
        _ => format!("{year:+05}-{month:02}-{day:02}"),
    }
}

/// The message of a text that is not a date, for serde and for the problems of tables
/// (`date "2025-02-30": 2025-02 has no day 30`).
pub fn describe(text: &str, error: DateError) -> String {
    format!("date {text:?}: {error}")
}

/// serde for a `Date` field: `#[serde(with = "crate::model::date::iso")]`.
pub mod iso {
    use serde::de::{Error, Visitor};
    use serde::{Deserializer, Serializer};
    use time::Date;

    /// Writes the date as `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::format(*date))
    }

    /// Reads `YYYY-MM-DD`; anything else fails with a message ending in ", expected a date YYYY-MM-DD".
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        deserializer.deserialize_str(DateVisitor)
    }

    pub(super) struct DateVisitor;

    impl Visitor<'_> for DateVisitor {
        type Value = Date;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(super::EXPECTED)
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<Date, E> {
            super::parse(text)
                .map_err(|e| E::custom(format!("{}, expected {}", super::describe(text, e), super::EXPECTED)))
        }
    }
}

/// serde for an `Option<Date>` field (`null` or absent is `None`): `#[serde(with =
/// "crate::model::date::iso_option")]`, with `default` where the field may be absent.
pub mod iso_option {
    use serde::de::{Deserializer, Error, Visitor};
    use serde::Serializer;
    use time::Date;

    /// Writes the date as `YYYY-MM-DD`, or `null`.
    pub fn serialize<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => super::iso::serialize(d, serializer),
            None => serializer.serialize_none(),
        }
    }

    /// Reads `YYYY-MM-DD` or `null`.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Date>, D::Error> {
        deserializer.deserialize_option(OptionVisitor)
    }

    struct OptionVisitor;

    impl<'de> Visitor<'de> for OptionVisitor {
        type Value = Option<Date>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{} or null", super::EXPECTED)
        }

        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
            super::iso::deserialize(deserializer).map(Some)
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use time::macros::date;

    #[test]
    fn reads_and_writes_iso_dates() {
        assert_eq!(parse("2025-07-01"), Ok(date!(2025 - 07 - 01)));
        assert_eq!(parse("2024-02-29"), Ok(date!(2024 - 02 - 29)));
        assert_eq!(parse("0001-01-01"), Ok(date!(0001 - 01 - 01)));
        assert_eq!(format(date!(2025 - 07 - 01)), "2025-07-01");
        assert_eq!(format(date!(0099 - 12 - 31)), "0099-12-31");
        assert_eq!(format(date!(-0001 - 01 - 01)), "-0001-01-01");
    }

    #[test]
    fn says_what_is_wrong() {
        for text in [
            "",
            "2025",
            "2025-1-05",
            "2025-01-5",
            "+2025-01-05",
            " 2025-01-05",
            "2025-01-05 ",
            "31/12/2025",
            "2025/01/05",
            "2025-01-05T00:00",
            "２０２５-01-05",
            "2025-0a-05",
            "2025-W01-1",
        ] {
            assert_eq!(parse(text), Err(DateError::NotIso), "{text:?}");
        }
        assert_eq!(parse("2025-13-40"), Err(DateError::NoSuchMonth { month: 13 }));
        assert_eq!(parse("2025-00-10"), Err(DateError::NoSuchMonth { month: 0 }));
        assert_eq!(parse("2025-02-29"), Err(DateError::NoSuchDay { year: 2025, month: 2, day: 29 }));
        assert_eq!(parse("2025-04-31"), Err(DateError::NoSuchDay { year: 2025, month: 4, day: 31 }));
        assert_eq!(parse("2025-04-00"), Err(DateError::NoSuchDay { year: 2025, month: 4, day: 0 }));
        let e = parse("2025-02-30").unwrap_err();
        assert_eq!(describe("2025-02-30", e), "date \"2025-02-30\": 2025-02 has no day 30");
    }

    #[test]
    fn serde_fields() {
        #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        struct Row {
            #[serde(with = "iso")]
            on: Date,
            #[serde(default, with = "iso_option", skip_serializing_if = "Option::is_none")]
            since: Option<Date>,
        }
        let row: Row = serde_json::from_str(r#"{"on": "2025-07-01", "since": null}"#).unwrap();
        assert_eq!(row, Row { on: date!(2025 - 07 - 01), since: None });
        let row: Row = serde_json::from_str(r#"{"on": "2025-07-01", "since": "2020-01-31"}"#).unwrap();
        assert_eq!(row.since, Some(date!(2020 - 01 - 31)));
        assert_eq!(serde_json::to_string(&row).unwrap(), r#"{"on":"2025-07-01","since":"2020-01-31"}"#);
        let row: Row = serde_json::from_str(r#"{"on": "2025-07-01"}"#).unwrap();
        assert_eq!(row.since, None);
        let e = serde_json::from_str::<Row>(r#"{"on": "2025-13-01"}"#).unwrap_err().to_string();
        assert!(e.starts_with("date \"2025-13-01\": month 13 is not 1 to 12, expected a date YYYY-MM-DD"), "{e}");
        let e = serde_json::from_str::<Row>(r#"{"on": 20250701}"#).unwrap_err().to_string();
        assert!(e.starts_with("invalid type: integer `20250701`, expected a date YYYY-MM-DD"), "{e}");
        let e = serde_json::from_str::<Row>(r#"{"on": "2025-07-01", "since": 5}"#).unwrap_err().to_string();
        assert!(e.starts_with("invalid type: integer `5`, expected a date YYYY-MM-DD"), "{e}");
    }
}
