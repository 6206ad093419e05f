//! Conversions of the small value types ([`Year`], [`Decimal`]) per the Rust API guidelines
//! (C-CONV): `TryFrom`, `FromStr`, `From` back to the primitive.

use std::fmt;
use std::str::FromStr;

use super::{Decimal, DecimalError, Year};

/// A number or text that is not a [`Year`] of [`Year::MIN`]`..=`[`Year::MAX`] (年度无效).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearError {
    text: String,
}

impl fmt::Display for YearError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "year {} is not a year of {}..={}",
            self.text,
            Year::MIN,
            Year::MAX
        )
    }
}

impl std::error::Error for YearError {}

impl TryFrom<u16> for Year {
    type Error = YearError;

    /// Same as [`Year::new`], with an error.
    ///
    /// ```
    /// use fazhi_report::Year;
    /// assert_eq!(Year::try_from(2023).map(u16::from), Ok(2023));
    /// assert!(Year::try_from(1999).is_err());
    /// ```
    fn try_from(year: u16) -> Result<Year, YearError> {
        Year::new(year).ok_or_else(|| YearError {
            text: year.to_string(),
        })
    }
}

impl TryFrom<i32> for Year {
    type Error = YearError;

    /// The year of a [`time::Date::year`], if it is in range.
    fn try_from(year: i32) -> Result<Year, YearError> {
        u16::try_from(year)
            .ok()
            .and_then(Year::new)
            .ok_or_else(|| YearError {
                text: year.to_string(),
            })
    }
}

impl FromStr for Year {
    type Err = YearError;

    /// Reads the four digits of a year (`"2023"`).
    fn from_str(text: &str) -> Result<Year, YearError> {
        let err = || YearError {
            text: format!("{text:?}"),
        };
        if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        text.parse::<u16>().ok().and_then(Year::new).ok_or_else(err)
    }
}

impl From<Year> for u16 {
    fn from(year: Year) -> u16 {
        year.get()
    }
}

impl From<Year> for i32 {
    fn from(year: Year) -> i32 {
        i32::from(year.get())
    }
}

impl TryFrom<f64> for Decimal {
    type Error = DecimalError;

    /// The conversion of [`Decimal::try_from_f64`]: exact, if the double's shortest
    /// decimal spelling has at most [`MAX_SIGNIFICANT_DIGITS`](super::MAX_SIGNIFICANT_DIGITS) significant digits.
    fn try_from(value: f64) -> Result<Decimal, DecimalError> {
        Decimal::try_from_f64(value)
    }
}

impl TryFrom<i64> for Decimal {
    type Error = DecimalError;

    /// A whole number of at most [`MAX_SIGNIFICANT_DIGITS`](super::MAX_SIGNIFICANT_DIGITS) significant digits.
    fn try_from(value: i64) -> Result<Decimal, DecimalError> {
        // The integer's own spelling, read as any figure is (digits counted, magnitude).
        value.to_string().parse()
    }
}

impl TryFrom<u64> for Decimal {
    type Error = DecimalError;

    /// A whole number of at most [`MAX_SIGNIFICANT_DIGITS`](super::MAX_SIGNIFICANT_DIGITS) significant digits.
    fn try_from(value: u64) -> Result<Decimal, DecimalError> {
        value.to_string().parse()
    }
}

impl From<u16> for Decimal {
    fn from(value: u16) -> Self {
        Decimal::from_integer(i64::from(value))
    }
}

impl From<u8> for Decimal {
    fn from(value: u8) -> Self {
        Decimal::from_integer(i64::from(value))
    }
}
