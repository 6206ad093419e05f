//! [`Decimal`]: an exact decimal number (精确小数), written as a plain JSON number.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The most significant digits a [`Decimal`] holds. Every decimal with at most this many
/// significant digits survives a round trip through an IEEE-754 double exactly, which is
/// what a JSON number becomes in most parsers (and in `serde_json` by default).
pub const MAX_SIGNIFICANT_DIGITS: u32 = 15;

/// An exact decimal number (精确小数) such as `8553`, `12.83` or `0.5`, as a figure is
/// printed in a report.
///
/// It is stored as an integer mantissa and a decimal scale, so sums and comparisons never
/// drift the way binary floating point does (`0.1 + 0.2 == 0.3` holds). It is written as a
/// plain JSON number and holds at most [`MAX_SIGNIFICANT_DIGITS`] significant digits: a
/// number with more digits cannot be told apart from a rounded one once a JSON parser has
/// read it, so it is rejected with an error rather than silently rounded.
///
/// Values are kept normalised (no trailing zeros after the point), so `Eq` and `Hash`
/// compare numbers, not spellings: `Decimal::new(150, 2) == Decimal::new(15, 1)`.
///
/// ```
/// use fazhi_report::Decimal;
/// let a: Decimal = "0.1".parse().unwrap();
/// let b: Decimal = "0.2".parse().unwrap();
/// assert_eq!(a.checked_add(b), Some("0.3".parse().unwrap()));
/// assert_eq!(a.to_string(), "0.1");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    mantissa: i64,
    scale: u8,
}

/// Why a text or a JSON number is not a valid [`Decimal`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecimalError {
    /// The text is not a plain decimal number (digits, an optional sign and point).
    #[error("not a decimal number: {0:?}")]
    Syntax(String),
    /// More than [`MAX_SIGNIFICANT_DIGITS`] significant digits.
    #[error("{0} has more than 15 significant digits and cannot be held exactly")]
    TooPrecise(String),
    /// Not a finite number (NaN or infinity).
    #[error("not a finite number")]
    NotFinite,
}

const POW10: [i64; 19] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
    10_000_000_000,
    100_000_000_000,
    1_000_000_000_000,
    10_000_000_000_000,
    100_000_000_000_000,
    1_000_000_000_000_000,
    10_000_000_000_000_000,
    100_000_000_000_000_000,
    1_000_000_000_000_000_000,
];

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };
    /// One hundred, the whole of a percentage.
    pub const HUNDRED: Decimal = Decimal {
        mantissa: 100,
        scale: 0,
    };

    /// `mantissa × 10^-scale`, normalised.
    ///
    /// # Panics
    ///
    /// If `scale > 18` (at compile time when used in a `const`).
    ///
    /// ```
    /// use fazhi_report::Decimal;
    /// assert_eq!(Decimal::new(1283, 2).to_string(), "12.83");
    /// ```
    pub const fn new(mantissa: i64, scale: u8) -> Decimal {
        assert!(scale <= 18, "Decimal scale must be at most 18");
        let mut m = mantissa;
        let mut s = scale;
        while s > 0 && m % 10 == 0 {
            m /= 10;
            s -= 1;
        }
        Decimal {
            mantissa: m,
            scale: s,
        }
    }

    /// A whole number.
    pub const fn from_integer(value: i64) -> Decimal {
        Decimal::new(value, 0)
    }

    /// The integer mantissa (`1283` for `12.83`).
    pub const fn mantissa(self) -> i64 {
        self.mantissa
    }

    /// How many digits follow the decimal point (`2` for `12.83`, `0` for `40`).
    pub const fn scale(self) -> u8 {
        self.scale
    }

    /// Whether the number has no fractional part.
    pub const fn is_integer(self) -> bool {
        self.scale == 0
    }

    /// Whether the number is below zero.
    pub const fn is_negative(self) -> bool {
        self.mantissa < 0
    }

    /// Whether the number is zero.
    pub const fn is_zero(self) -> bool {
        self.mantissa == 0
    }

    /// The value as an `i64` when it is a whole number.
    pub const fn to_integer(self) -> Option<i64> {
        if self.scale == 0 {
            Some(self.mantissa)
        } else {
            None
        }
    }

    /// The value as a `u64` when it is a whole number and not negative.
    pub const fn to_u64(self) -> Option<u64> {
        if self.scale == 0 && self.mantissa >= 0 {
            Some(self.mantissa as u64)
        } else {
            None
        }
    }

    /// The nearest `f64`, for display or plotting only; never compute with it.
    pub fn to_f64(self) -> f64 {
        self.mantissa as f64 / POW10[self.scale as usize] as f64
    }

    /// One unit in the place of the last non-zero digit: `10` for `40`, `100` for `900`,
    /// `1` for `218`, `0.01` for `12.83` (and `1` for zero). Used to turn approximate
    /// figures (余, 约, 近) into the intervals they stand for.
    pub fn last_place(self) -> Decimal {
        if self.mantissa == 0 {
            return Decimal::from_integer(1);
        }
        if self.scale > 0 {
            return Decimal::new(1, self.scale);
        }
        let mut m = self.mantissa.unsigned_abs();
        let mut place: i64 = 1;
        while m.is_multiple_of(10) && place < POW10[17] {
            m /= 10;
            place *= 10;
        }
        Decimal::from_integer(place)
    }

    /// Number of significant digits (leading and trailing zeros of the digit string excluded).
    pub fn significant_digits(self) -> u32 {
        let mut m = self.mantissa.unsigned_abs();
        if m == 0 {
            return 1;
        }
        while m.is_multiple_of(10) {
            m /= 10;
        }
        m.ilog10() + 1
    }

    fn widen(self, scale: u8) -> i128 {
        self.mantissa as i128 * 10i128.pow(u32::from(scale - self.scale))
    }

    fn from_i128(mantissa: i128, scale: u8) -> Option<Decimal> {
        let mut m = mantissa;
        let mut s = scale;
        while s > 0 && m % 10 == 0 {
            m /= 10;
            s -= 1;
        }
        let m = i64::try_from(m).ok()?;
        let d = Decimal {
            mantissa: m,
            scale: s,
        };
        d.fits().then_some(d)
    }

    /// Whether a result of arithmetic has at most 18 significant digits (the bound of
    /// every sum and product). A mantissa below 10^18 has at most 18 digits in all, so
    /// only larger ones need their digits counted.
    fn fits(self) -> bool {
        self.mantissa.unsigned_abs() < 1_000_000_000_000_000_000 || self.significant_digits() <= 18
    }

    /// `self + other`, or `None` on overflow.
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        if self.scale == 0 && other.scale == 0 {
            // Whole numbers, the common case: no widening and nothing to normalise.
            let d = Decimal {
                mantissa: self.mantissa.checked_add(other.mantissa)?,
                scale: 0,
            };
            return d.fits().then_some(d);
        }
        let s = self.scale.max(other.scale);
        Decimal::from_i128(self.widen(s) + other.widen(s), s)
    }

    /// `self - other`, or `None` on overflow.
    pub fn checked_sub(self, other: Decimal) -> Option<Decimal> {
        let s = self.scale.max(other.scale);
        Decimal::from_i128(self.widen(s) - other.widen(s), s)
    }

    /// `self × other`, or `None` on overflow.
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        let s = self.scale.checked_add(other.scale)?;
        if s > 18 {
            return None;
        }
        Decimal::from_i128(self.mantissa as i128 * other.mantissa as i128, s)
    }

    /// The sum of an iterator of decimals, or `None` on overflow.
    pub fn checked_sum<I: IntoIterator<Item = Decimal>>(iter: I) -> Option<Decimal> {
        iter.into_iter()
            .try_fold(Decimal::ZERO, |acc, d| acc.checked_add(d))
    }

    /// Compares the fraction `a / b` with `c / d` exactly (all denominators positive),
    /// without any division: `a·d` against `c·b`.
    pub fn cmp_ratio(a: Decimal, b: Decimal, c: Decimal, d: Decimal) -> Ordering {
        // Scale every factor to a common scale so the products are integers.
        let s = a.scale.max(b.scale).max(c.scale).max(d.scale);
        let (a, b, c, d) = (a.widen(s), b.widen(s), c.widen(s), d.widen(s));
        (a * d).cmp(&(c * b))
    }

    fn parse_digits(text: &str) -> Result<Decimal, DecimalError> {
        let err = || DecimalError::Syntax(text.to_owned());
        let (neg, body) = match text.as_bytes().first() {
            Some(b'-') => (true, &text[1..]),
            Some(b'+') => (false, &text[1..]),
            _ => (false, text),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int.is_empty() && frac.is_empty() {
            return Err(err());
        }
        if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let frac = frac.trim_end_matches('0');
        let digits = format!("{int}{frac}");
        let significant = digits.trim_start_matches('0').trim_end_matches('0');
        if significant.len() > MAX_SIGNIFICANT_DIGITS as usize {
            return Err(DecimalError::TooPrecise(text.to_owned()));
        }
        if frac.len() > 18 {
            return Err(DecimalError::TooPrecise(text.to_owned()));
        }
        let trimmed = digits.trim_start_matches('0');
        let mantissa: i64 = if trimmed.is_empty() {
            0
        } else {
            trimmed
                .parse::<i64>()
                .map_err(|_| DecimalError::TooPrecise(text.to_owned()))?
        };
        let mantissa = if neg { -mantissa } else { mantissa };
        Decimal::from_i128(mantissa as i128, frac.len() as u8)
            .ok_or_else(|| DecimalError::TooPrecise(text.to_owned()))
    }

    /// Converts a double exactly, if its shortest decimal spelling has at most
    /// [`MAX_SIGNIFICANT_DIGITS`] significant digits.
    pub fn try_from_f64(value: f64) -> Result<Decimal, DecimalError> {
        if !value.is_finite() {
            return Err(DecimalError::NotFinite);
        }
        // `Display` for f64 prints the shortest text that reads back as the same double,
        // without an exponent. A decimal of at most 15 significant digits is always
        // recovered exactly this way.
        let text = value.to_string();
        Decimal::parse_digits(&text)
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let s = self.scale.max(other.scale);
        self.widen(s).cmp(&other.widen(s))
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl From<u32> for Decimal {
    fn from(value: u32) -> Self {
        Decimal::from_integer(i64::from(value))
    }
}

impl From<i32> for Decimal {
    fn from(value: i32) -> Self {
        Decimal::from_integer(i64::from(value))
    }
}

impl FromStr for Decimal {
    type Err = DecimalError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Decimal::parse_digits(s)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let abs = self.mantissa.unsigned_abs();
        let p = POW10[self.scale as usize] as u64;
        write!(
            f,
            "{sign}{}.{:0width$}",
            abs / p,
            abs % p,
            width = self.scale as usize
        )
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.scale == 0 {
            if self.mantissa >= 0 {
                serializer.serialize_u64(self.mantissa as u64)
            } else {
                serializer.serialize_i64(self.mantissa)
            }
        } else {
            // At most 15 significant digits: the double's shortest spelling is this number.
            serializer.serialize_f64(self.to_f64())
        }
    }
}

struct DecimalVisitor;

/// The key under which `serde_json` (feature `arbitrary_precision`) hands over a number.
const ARBITRARY_PRECISION_KEY: &str = "$serde_json::private::Number";

impl<'de> Visitor<'de> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number with at most 15 significant digits")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        i64::try_from(v)
            .ok()
            .and_then(|m| Decimal::from_i128(m as i128, 0))
            .filter(|d| d.significant_digits() <= MAX_SIGNIFICANT_DIGITS)
            .ok_or_else(|| E::custom(DecimalError::TooPrecise(v.to_string())))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        let d = Decimal::from_integer(v);
        if d.significant_digits() > MAX_SIGNIFICANT_DIGITS {
            return Err(E::custom(DecimalError::TooPrecise(v.to_string())));
        }
        Ok(d)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        Decimal::try_from_f64(v).map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Decimal, A::Error> {
        // serde_json with `arbitrary_precision` enabled somewhere in the dependency graph
        // passes numbers as a one-entry map holding the number's exact text.
        match map.next_key::<Cow<'de, str>>()? {
            Some(key) if key == ARBITRARY_PRECISION_KEY => {
                let text: Cow<'de, str> = map.next_value()?;
                let text = text.as_ref();
                let normalised = normalise_exponent(text)
                    .ok_or_else(|| de::Error::custom(DecimalError::Syntax(text.to_owned())))?;
                normalised.parse().map_err(de::Error::custom)
            }
            _ => Err(de::Error::invalid_type(de::Unexpected::Map, &self)),
        }
    }
}

/// Rewrites `1.5e3` as `1500`; plain numbers pass through.
fn normalise_exponent(text: &str) -> Option<String> {
    let Some((mant, exp)) = text.split_once(['e', 'E']) else {
        return Some(text.to_owned());
    };
    let exp: i32 = exp.parse().ok()?;
    if !(-40..=40).contains(&exp) {
        return None;
    }
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int}{frac}");
    let point = int.len() as i32 + exp;
    let body = if point <= 0 {
        format!("0.{}{}", "0".repeat((-point) as usize), digits)
    } else if point as usize >= digits.len() {
        format!("{}{}", digits, "0".repeat(point as usize - digits.len()))
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{a}.{b}")
    };
    Some(if neg { format!("-{body}") } else { body })
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DecimalVisitor)
    }
}

impl JsonSchema for Decimal {
    fn schema_name() -> Cow<'static, str> {
        "Decimal".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "number",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_normalises() {
        assert_eq!(d("12.830"), Decimal::new(1283, 2));
        assert_eq!(d("0"), Decimal::ZERO);
        assert_eq!(d("-0"), Decimal::ZERO);
        assert_eq!(d("-1.5").to_string(), "-1.5");
        assert_eq!(d("0.05").to_string(), "0.05");
        assert!("1e3".parse::<Decimal>().is_err());
        assert!("".parse::<Decimal>().is_err());
        assert!(".".parse::<Decimal>().is_err());
        assert!("1234567890123456".parse::<Decimal>().is_err());
    }

    #[test]
    fn the_digit_bound_of_arithmetic_is_exact_at_its_edges() {
        let whole = |m: i64| Decimal {
            mantissa: m,
            scale: 0,
        };
        for m in [
            0,
            999_999_999_999_999_999,
            1_000_000_000_000_000_000,
            1_000_000_000_000_000_001,
            9_000_000_000_000_000_000,
            i64::MAX,
            i64::MIN,
            -1_000_000_000_000_000_000,
            -999_999_999_999_999_999,
        ] {
            let d = whole(m);
            assert_eq!(d.fits(), d.significant_digits() <= 18, "{m}");
        }
        // 10^18 has one significant digit; 10^18 + 1 has nineteen.
        let big = whole(999_999_999_999_999_999);
        assert_eq!(
            big.checked_add(whole(1)),
            Some(whole(1_000_000_000_000_000_000))
        );
        assert_eq!(big.checked_add(whole(2)), None);
    }

    #[test]
    fn exact_arithmetic() {
        assert_eq!(d("0.1").checked_add(d("0.2")), Some(d("0.3")));
        assert_eq!(d("40").checked_sub(d("40")), Some(Decimal::ZERO));
        assert_eq!(d("2.5").checked_mul(d("4")), Some(d("10")));
        assert!(d("12.83") < d("12.9"));
        assert_eq!(
            Decimal::cmp_ratio(d("1"), d("3"), d("33.33"), d("100")),
            Ordering::Greater
        );
    }

    #[test]
    fn last_place() {
        assert_eq!(d("40").last_place(), d("10"));
        assert_eq!(d("900").last_place(), d("100"));
        assert_eq!(d("218").last_place(), d("1"));
        assert_eq!(d("12.83").last_place(), d("0.01"));
    }

    #[test]
    fn json_round_trip() {
        for text in ["0", "40", "12.83", "0.1", "8553", "123456789012345", "-3.5"] {
            let value: Decimal = serde_json::from_str(text).unwrap();
            assert_eq!(serde_json::to_string(&value).unwrap(), text);
        }
        assert!(serde_json::from_str::<Decimal>("18446744073709551616").is_err());
        assert!(serde_json::from_str::<Decimal>("1e400").is_err());
        assert!(serde_json::from_str::<Decimal>("0.12345678901234567").is_err());
        assert_eq!(serde_json::from_str::<Decimal>("1.5e3").unwrap(), d("1500"));
    }

    #[test]
    fn exponent_rewrite() {
        assert_eq!(normalise_exponent("1.5e3").unwrap(), "1500");
        assert_eq!(normalise_exponent("-2E-2").unwrap(), "-0.02");
        assert_eq!(normalise_exponent("12").unwrap(), "12");
    }
}
