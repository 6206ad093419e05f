//! Calendar values: [`Year`], `time::Date` on the wire as `YYYY-MM-DD`, and [`DateRange`].

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::Deserializer;
use serde::{Deserialize, Serialize, Serializer};
use time::Date;
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;

/// A calendar year of a report (年度), from [`Year::MIN`] to [`Year::MAX`].
///
/// ```
/// use fazhi_report::Year;
/// let y = Year::new(2023).unwrap();
/// assert_eq!(y.next().get(), 2024);
/// assert!(Year::new(1999).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Year(u16);

impl Year {
    /// The earliest year accepted.
    pub const MIN: u16 = 2000;
    /// The latest year accepted.
    pub const MAX: u16 = 2100;

    /// A year, if it lies in `MIN..=MAX`.
    #[must_use]
    pub const fn new(year: u16) -> Option<Year> {
        if year >= Year::MIN && year <= Year::MAX {
            Some(Year(year))
        } else {
            None
        }
    }

    /// The year as a number.
    #[must_use]
    pub const fn get(self) -> u16 {
        self.0
    }

    /// The following year (saturating at [`Year::MAX`]).
    #[must_use]
    pub const fn next(self) -> Year {
        if self.0 < Year::MAX {
            Year(self.0 + 1)
        } else {
            self
        }
    }

    /// The preceding year (saturating at [`Year::MIN`]).
    #[must_use]
    pub const fn previous(self) -> Year {
        if self.0 > Year::MIN {
            Year(self.0 - 1)
        } else {
            self
        }
    }

    /// The `month`/`day` of this year, if it exists.
    #[must_use]
    pub fn date(self, month: time::Month, day: u8) -> Option<Date> {
        Date::from_calendar_date(i32::from(self.0), month, day).ok()
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl<'de> Deserialize<'de> for Year {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let n = u64::deserialize(deserializer)?;
        u16::try_from(n)
            .ok()
            .and_then(Year::new)
            .ok_or_else(|| crate::error::cause::raise(crate::error::Cause::Year(n)))
    }
}

impl JsonSchema for Year {
    fn schema_name() -> Cow<'static, str> {
        "Year".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "integer",
            "minimum": Year::MIN,
            "maximum": Year::MAX,
        })
    }
}

const WIRE_FORMAT: &[BorrowedFormatItem<'static>] = format_description!("[year]-[month]-[day]");

/// The newtype name under which dates are handed to serializers. `serde_json` writes
/// newtype structs transparently, so the wire form stays a plain `"YYYY-MM-DD"` string; the
/// crate's own report walker recognises the name and knows the string is a date.
pub(crate) const DATE_TOKEN: &str = "$fazhi_report::Date";

/// Formats a date as `YYYY-MM-DD` into a stack buffer (years 0000–9999).
pub(crate) fn format_date(date: Date) -> DateText {
    let mut buf = [0u8; 10];
    let y = date.year().clamp(0, 9999) as u32;
    let m = date.month() as u32;
    let d = u32::from(date.day());
    let digits = [
        y / 1000,
        y / 100 % 10,
        y / 10 % 10,
        y % 10,
        10,
        m / 10,
        m % 10,
        10,
        d / 10,
        d % 10,
    ];
    for (slot, digit) in buf.iter_mut().zip(digits) {
        *slot = if digit == 10 {
            b'-'
        } else {
            b'0' + digit as u8
        };
    }
    DateText(buf)
}

/// A date formatted as `YYYY-MM-DD`.
pub(crate) struct DateText([u8; 10]);

impl DateText {
    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII digits and '-' are ever written.
        std::str::from_utf8(&self.0).unwrap_or("0000-00-00")
    }
}

/// Why a text is not a date (日期错误), for messages in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateProblem {
    /// Not `YYYY-MM-DD` (four-digit year, two-digit month and day).
    Shape,
    /// A month outside 01–12.
    Month { year: i32, month: u8 },
    /// Day 00.
    DayZero { year: i32, month: u8 },
    /// A day past the end of its month.
    DayBeyond {
        year: i32,
        month: u8,
        day: u8,
        days: u8,
    },
}

impl DateProblem {
    /// What is wrong with `text`, or `None` for a date that exists.
    pub(crate) fn of(text: &str) -> Option<DateProblem> {
        let b = text.as_bytes();
        let digit = |i: usize| b[i].is_ascii_digit();
        if b.len() != 10
            || b[4] != b'-'
            || b[7] != b'-'
            || ![0, 1, 2, 3, 5, 6, 8, 9].into_iter().all(digit)
        {
            return Some(DateProblem::Shape);
        }
        let n = |r: std::ops::Range<usize>| {
            b[r].iter()
                .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
        };
        let (year, month, day) = (n(0..4) as i32, n(5..7) as u8, n(8..10) as u8);
        let Ok(m) = time::Month::try_from(month) else {
            return Some(DateProblem::Month { year, month });
        };
        if day == 0 {
            return Some(DateProblem::DayZero { year, month });
        }
        let days = m.length(year);
        (day > days).then_some(DateProblem::DayBeyond {
            year,
            month,
            day,
            days,
        })
    }

    /// The reason in English, naming the text.
    pub(crate) fn reason(self, text: &str) -> String {
        match self {
            DateProblem::Shape => format!("date {text:?} is not in the form YYYY-MM-DD"),
            DateProblem::Month { month, .. } => {
                format!("{text:?} is not a date that exists: there is no month {month:02}")
            }
            DateProblem::DayZero { .. } => {
                format!("{text:?} is not a date that exists: there is no day 00")
            }
            DateProblem::DayBeyond {
                year, month, days, ..
            } => format!(
                "{text:?} is not a date that exists: {month:02}/{year} has only {days} days"
            ),
        }
    }

    /// The problem in Chinese, for a drafter ("2023年没有13月").
    pub(crate) fn explain_zh(self) -> String {
        match self {
            DateProblem::Shape => "日期格式应为 YYYY-MM-DD，如 2023-12-07".to_owned(),
            DateProblem::Month { year, month } => {
                format!("日期不存在：{year}年没有{month}月（月份为01–12），请核对")
            }
            DateProblem::DayZero { year, month } => {
                format!("日期不存在：{year}年{month}月没有0日，请核对")
            }
            DateProblem::DayBeyond {
                year,
                month,
                day,
                days,
            } => {
                format!("日期不存在：{year}年{month}月只有{days}天，没有{day}日，请核对")
            }
        }
    }
}

/// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day, a real date); the
/// reason of a refusal names the part that is wrong.
pub(crate) fn parse_date(text: &str) -> Result<Date, crate::error::Cause> {
    let problem = match DateProblem::of(text) {
        None => match Date::parse(text, WIRE_FORMAT) {
            Ok(date) => return Ok(date),
            Err(_) => DateProblem::Shape,
        },
        Some(problem) => problem,
    };
    Err(crate::error::Cause::Date {
        problem,
        text: text.to_owned(),
    })
}

/// Serde adapter for `time::Date` as `YYYY-MM-DD`, independent of `time`'s own serde
/// features anywhere in the dependency graph.
pub(crate) mod serde_date {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct(DATE_TOKEN, format_date(*date).as_str())
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Date, D::Error> {
        crate::model::wire::from_str(deserializer, parse_date)
    }
}

/// Serde adapter for `Option<time::Date>` as `YYYY-MM-DD`.
pub(crate) mod serde_option_date {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(
        date: &Option<Date>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => serializer.serialize_some(&AsWire(*d)),
            None => serializer.serialize_none(),
        }
    }

    struct AsWire(Date);

    impl Serialize for AsWire {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serde_date::serialize(&self.0, serializer)
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Date>, D::Error> {
        // Fields using this adapter are `#[serde(default)]`: absent means `None`. An explicit
        // `null` is rejected like any other non-string value, so there is one spelling.
        serde_date::deserialize(deserializer).map(Some)
    }
}

/// JSON Schema of a date field (`format: date`).
pub(crate) fn date_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "string",
        "format": "date",
    })
}

/// A period of days, both ends included (起止日期), e.g. a public comment period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "起止日期", description = "一段日期，含起止两日。")]
#[non_exhaustive]
pub struct DateRange {
    /// First day (起始日期).
    #[serde(with = "serde_date")]
    #[schemars(
        title = "起始日期",
        description = "格式 YYYY-MM-DD。",
        schema_with = "date_schema"
    )]
    pub start: Date,
    /// Last day, included (截止日期).
    #[serde(with = "serde_date")]
    #[schemars(
        title = "截止日期",
        description = "格式 YYYY-MM-DD，含当日。",
        schema_with = "date_schema"
    )]
    pub end: Date,
}

impl DateRange {
    /// The number of days covered, both ends included (`None` if `end` precedes `start`).
    #[must_use]
    pub fn days(&self) -> Option<i64> {
        let d = (self.end - self.start).whole_days() + 1;
        (d > 0).then_some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn date_wire_form() {
        assert_eq!(format_date(date!(2023 - 04 - 25)).as_str(), "2023-04-25");
        assert_eq!(parse_date("2023-12-07").unwrap(), date!(2023 - 12 - 07));
        assert!(
            parse_date("2023-02-30")
                .unwrap_err()
                .to_string()
                .contains("exists")
        );
        assert!(parse_date("2023-2-3").is_err());
        assert!(parse_date("+02023-02-03").is_err());
    }

    #[test]
    fn years() {
        assert!(serde_json::from_str::<Year>("2023").is_ok());
        assert!(serde_json::from_str::<Year>("1999").is_err());
        assert!(serde_json::from_str::<Year>("2023.5").is_err());
    }
}
