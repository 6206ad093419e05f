//! [`Decimal`]: an exact decimal number (精确小数), read from and written as the JSON number's
//! own text.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The most significant digits a [`Decimal`] read from input holds. A figure with more
/// digits is refused rather than rounded: no report prints one, and every decimal with at
/// most this many significant digits also survives a trip through an IEEE-754 double, which
/// is what a JSON number becomes in most other programs.
pub const MAX_SIGNIFICANT_DIGITS: u32 = 15;

/// The most digits a [`Decimal`] stores in all (significant digits plus the trailing zeros
/// it keeps), and the most digits after the point. Magnitudes from 10^-18 to below 10^18.
const MAX_DIGITS: u32 = 18;

/// The token under which `serde_json` (feature `raw_value`) hands over and accepts a value's
/// raw JSON text. A test in this module checks that numbers still arrive this way.
const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

/// An exact decimal number (精确小数) such as `8553`, `12.83`, `0.5` or `24.20`, as a figure is
/// printed in a report.
///
/// It is an integer mantissa and a decimal scale, so sums and comparisons never drift the way
/// binary floating point does (`0.1 + 0.2 == 0.3` holds).
///
/// # Reading and writing
///
/// A figure is read from the **text** of the JSON number, never through `f64`: every spelling
/// of a value with at most [`MAX_SIGNIFICANT_DIGITS`] significant digits is accepted with
/// exactly that value — trailing zeros (`96024.663482000`), leading zeros in the fraction
/// (`0.0005`), exponents (`1.5e3`, `2579000000000e-24`). More significant digits, a magnitude
/// of 10^18 or more, a digit beyond the 18th decimal place and `-0` are refused with their
/// own reasons ([`DecimalError`]).
///
/// The **printed precision (scale) is kept**: `20.0` is read as 20 with one decimal and
/// written back as `20.0`, `24.20` as `24.20`, so a rate printed to one decimal can be checked
/// to that precision. Trailing zeros are kept while the number has at most 18 digits in all
/// and at most 18 after the point; zeros beyond that are dropped (the value never changes). An
/// exponent counts as printed digits: `2.50e1` is `25.0`, and `1.5e3` is the integer `1500`.
///
/// # Equality
///
/// `==`, [`Ord`] and [`Hash`] compare **values**: `20.0 == 20` and
/// `Decimal::new(150, 2) == Decimal::new(15, 1)`. [`Decimal::is_identical`] also compares
/// the scale, as the printed text does.
///
/// ```
/// use fazhi_report::Decimal;
/// let a: Decimal = "0.1".parse()?;
/// let b: Decimal = "0.2".parse()?;
/// assert_eq!(a.checked_add(b), Some("0.3".parse()?));
/// let printed: Decimal = "24.20".parse()?;
/// assert_eq!(printed.to_string(), "24.20");
/// assert_eq!(printed, "24.2".parse()?);
/// assert!(!printed.is_identical("24.2".parse()?));
/// # Ok::<(), fazhi_report::DecimalError>(())
/// ```
#[derive(Clone, Copy, Default)]
pub struct Decimal {
    mantissa: i64,
    scale: u8,
}

/// Why a text or a JSON number is not a valid [`Decimal`].
///
/// Spellings in the messages are quoted as given, shortened in the middle when longer than
/// 40 characters.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecimalError {
    /// The text is not a JSON number (an optional `-`, digits without leading zeros, an
    /// optional fraction and exponent).
    #[error(
        "{0} is not a number as JSON writes it (digits, an optional minus sign, point and exponent)"
    )]
    Syntax(String),
    /// More than [`MAX_SIGNIFICANT_DIGITS`] significant digits.
    #[error("{spelling} has {digits} significant digits; a figure holds at most 15 exactly")]
    TooPrecise {
        /// The input as spelt (shortened when long).
        spelling: String,
        /// How many significant digits it has (leading and trailing zeros not counted).
        digits: u64,
    },
    /// A magnitude of 10^18 or more.
    #[error("{0} is too large: a figure must be below 10^18")]
    TooLarge(String),
    /// A significant digit beyond the 18th decimal place (below 10^-18).
    #[error("{0} is too small: a figure has at most 18 digits after the point")]
    TooSmall(String),
    /// `-0`, `-0.0`: negative zero.
    #[error(
        "negative zero ({0}) is not a valid number: write 0, or check the figure, which was negative before rounding"
    )]
    NegativeZero(String),
    /// Not a finite number (NaN or infinity).
    #[error("not a finite number")]
    NotFinite,
    /// A binary floating-point number handed over by a source that may already have
    /// rounded it (a `serde_json::Value`, a TOML or YAML float), so its exact decimal digits
    /// cannot be proven.
    #[error(
        "{0} was handed over as a binary floating-point number, so its exact digits cannot be proven: parse the JSON text itself (Report::from_json_str or from_json_slice), or write the figure as a string in formats other than JSON"
    )]
    NotProvablyExact(String),
}

/// `text`, shortened in the middle to at most 40 characters for a message.
fn quote(text: &str) -> String {
    const MAX: usize = 40;
    let count = text.chars().count();
    if count <= MAX {
        return text.to_owned();
    }
    let head: String = text.chars().take(24).collect();
    let tail: String = text.chars().skip(count - 12).collect();
    format!("{head}…{tail} ({count} characters)")
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

/// Number of decimal digits of `m` (1 for zero).
const fn digit_count(m: u64) -> u32 {
    if m == 0 { 1 } else { m.ilog10() + 1 }
}

/// The parts of a JSON number spelling, checked against the JSON grammar.
struct Spelling<'a> {
    negative: bool,
    /// The digits before and after the point, as written.
    int: &'a [u8],
    frac: &'a [u8],
    /// The exponent, saturated to ±10^9 (any larger exponent is equally out of range).
    exp: i64,
}

impl<'a> Spelling<'a> {
    /// Splits `text` by the JSON number grammar (RFC 8259 §6), or `None`.
    fn parse(text: &'a str) -> Option<Spelling<'a>> {
        let bytes = text.as_bytes();
        let (negative, rest) = match bytes {
            [b'-', rest @ ..] => (true, rest),
            _ => (false, bytes),
        };
        let int_len = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let (int, rest) = rest.split_at(int_len);
        if int.is_empty() || (int.len() > 1 && int[0] == b'0') {
            return None;
        }
        let (frac, rest) = match rest {
            [b'.', rest @ ..] => {
                let n = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                if n == 0 {
                    return None;
                }
                rest.split_at(n)
            }
            _ => (&rest[..0], rest),
        };
        let exp = match rest {
            [] => 0,
            [b'e' | b'E', rest @ ..] => {
                let (sign, digits) = match rest {
                    [b'-', d @ ..] => (-1, d),
                    [b'+', d @ ..] => (1, d),
                    d => (1, d),
                };
                if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                    return None;
                }
                let magnitude = digits.iter().fold(0i64, |acc, &d| {
                    (acc * 10 + i64::from(d - b'0')).min(1_000_000_000)
                });
                sign * magnitude
            }
            _ => return None,
        };
        Some(Spelling {
            negative,
            int,
            frac,
            exp,
        })
    }

    /// The exact value, keeping the printed scale where it fits.
    fn value(&self, text: &str) -> Result<Decimal, DecimalError> {
        let digits = || self.int.iter().chain(self.frac.iter()).copied();
        let total = self.int.len() + self.frac.len();
        let leading = digits().take_while(|&d| d == b'0').count();
        // The printed scale: digits after the point, less the exponent.
        let printed_scale = (self.frac.len() as i64).saturating_sub(self.exp).max(0);
        if leading == total {
            if self.negative {
                return Err(DecimalError::NegativeZero(quote(text)));
            }
            let scale = printed_scale.min(i64::from(MAX_DIGITS)) as u8;
            return Ok(Decimal { mantissa: 0, scale });
        }
        let trailing = digits().rev().take_while(|&d| d == b'0').count();
        let significant = total - leading - trailing;
        if significant > MAX_SIGNIFICANT_DIGITS as usize {
            return Err(DecimalError::TooPrecise {
                spelling: quote(text),
                digits: significant as u64,
            });
        }
        // value = core × 10^e, with core the significant digits.
        let core = digits()
            .skip(leading)
            .take(significant)
            .fold(0i64, |acc, d| acc * 10 + i64::from(d - b'0'));
        let e = self.exp - self.frac.len() as i64 + trailing as i64;
        let (mantissa, scale) = if e >= 0 {
            if significant as i64 + e > i64::from(MAX_DIGITS) {
                return Err(DecimalError::TooLarge(quote(text)));
            }
            (core * POW10[e as usize], 0u32)
        } else {
            if -e > i64::from(MAX_DIGITS) {
                return Err(DecimalError::TooSmall(quote(text)));
            }
            // At most 15 significant digits with some after the point: the integer part is
            // well below 10^18.
            (core, (-e) as u32)
        };
        // Keep the printed trailing zeros while they fit.
        let mut keep = (printed_scale.min(i64::from(MAX_DIGITS)) as u32).max(scale);
        while keep > scale && digit_count(mantissa as u64) + (keep - scale) > MAX_DIGITS {
            keep -= 1;
        }
        let mantissa = mantissa * POW10[(keep - scale) as usize];
        Ok(Decimal {
            mantissa: if self.negative { -mantissa } else { mantissa },
            scale: keep as u8,
        })
    }
}

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

    /// `mantissa × 10^-scale`, keeping `scale` as the printed precision
    /// (`Decimal::new(2420, 2)` is `24.20`), for figures written in code. Values from
    /// elsewhere go through [`Decimal::try_new`], which says what is wrong instead.
    ///
    /// # Panics
    ///
    /// If the number is one no figure may hold, which the parser would refuse: more than
    /// [`MAX_SIGNIFICANT_DIGITS`] significant digits, a mantissa of 10^18 or more, or
    /// `scale > 18` (at compile time when used in a `const`).
    ///
    /// ```
    /// use fazhi_report::Decimal;
    /// assert_eq!(Decimal::new(1283, 2).to_string(), "12.83");
    /// assert_eq!(Decimal::new(2420, 2).to_string(), "24.20");
    /// ```
    #[must_use]
    pub const fn new(mantissa: i64, scale: u8) -> Decimal {
        assert!(scale <= 18, "Decimal scale must be at most 18");
        let d = Decimal { mantissa, scale };
        assert!(
            d.fits(),
            "a Decimal holds at most 15 significant digits and a mantissa below 10^18"
        );
        d
    }

    /// `mantissa × 10^-scale` with the printed scale kept, if it is a number a figure may
    /// hold (what [`Decimal::new`] asserts).
    ///
    /// # Errors
    ///
    /// [`DecimalError::TooPrecise`] for more than [`MAX_SIGNIFICANT_DIGITS`] significant
    /// digits, [`DecimalError::TooLarge`] for a mantissa of 10^18 or more and
    /// [`DecimalError::TooSmall`] for a scale above 18, each quoting the number.
    ///
    /// ```
    /// use fazhi_report::{Decimal, DecimalError};
    /// assert_eq!(Decimal::try_new(2420, 2)?.to_string(), "24.20");
    /// assert!(matches!(
    ///     Decimal::try_new(1_234_567_890_123_456, 0),
    ///     Err(DecimalError::TooPrecise { digits: 16, .. })
    /// ));
    /// # Ok::<(), DecimalError>(())
    /// ```
    pub fn try_new(mantissa: i64, scale: u8) -> Result<Decimal, DecimalError> {
        let spelling = || format!("{mantissa}e-{scale}");
        if scale > 18 {
            return Err(DecimalError::TooSmall(spelling()));
        }
        let d = Decimal { mantissa, scale };
        if mantissa.unsigned_abs() >= 1_000_000_000_000_000_000 {
            return Err(DecimalError::TooLarge(spelling()));
        }
        if !d.fits() {
            return Err(DecimalError::TooPrecise {
                spelling: spelling(),
                digits: u64::from(d.significant_digits()),
            });
        }
        Ok(d)
    }

    /// A whole number.
    #[must_use]
    pub const fn from_integer(value: i64) -> Decimal {
        Decimal::new(value, 0)
    }

    /// The integer mantissa as stored with the printed scale (`2420` for `24.20`).
    #[must_use]
    pub const fn mantissa(self) -> i64 {
        self.mantissa
    }

    /// How many digits follow the decimal point as printed (`2` for `12.83` and for
    /// `24.20`, `0` for `40`).
    #[must_use]
    pub const fn scale(self) -> u8 {
        self.scale
    }

    /// The same value without trailing zeros after the point (`24.2` for `24.20`).
    #[must_use]
    pub const fn normalized(self) -> Decimal {
        let mut m = self.mantissa;
        let mut s = self.scale;
        while s > 0 && m % 10 == 0 {
            m /= 10;
            s -= 1;
        }
        Decimal {
            mantissa: m,
            scale: s,
        }
    }

    /// Whether `self` and `other` have the same value **and** the same printed scale
    /// (`24.20` is not identical to `24.2`, though the two are equal).
    #[must_use]
    pub const fn is_identical(self, other: Decimal) -> bool {
        self.mantissa == other.mantissa && self.scale == other.scale
    }

    /// Whether the value has no fractional part (`40` and `40.0` have none).
    #[must_use]
    pub const fn is_integer(self) -> bool {
        self.normalized().scale == 0
    }

    /// Whether the number is below zero.
    #[must_use]
    pub const fn is_negative(self) -> bool {
        self.mantissa < 0
    }

    /// Whether the number is zero.
    #[must_use]
    pub const fn is_zero(self) -> bool {
        self.mantissa == 0
    }

    /// The value as an `i64` when it is a whole number.
    #[must_use]
    pub const fn to_integer(self) -> Option<i64> {
        let n = self.normalized();
        if n.scale == 0 { Some(n.mantissa) } else { None }
    }

    /// The value as a `u64` when it is a whole number and not negative.
    #[must_use]
    pub const fn to_u64(self) -> Option<u64> {
        match self.to_integer() {
            Some(v) if v >= 0 => Some(v as u64),
            _ => None,
        }
    }

    /// The nearest `f64`, for display or plotting only; never compute with it.
    #[must_use]
    pub fn to_f64(self) -> f64 {
        self.mantissa as f64 / POW10[self.scale as usize] as f64
    }

    /// One unit in the place of the last printed digit after the point, or of the last
    /// non-zero digit of a whole number: `0.01` for `12.83`, `0.1` for `20.0`, `10` for
    /// `40`, `100` for `900`, `1` for `218` (and `1` for zero). Used to turn approximate
    /// figures (余, 约, 近) into the intervals they stand for.
    #[must_use]
    pub fn last_place(self) -> Decimal {
        if self.scale > 0 {
            return Decimal::new(1, self.scale);
        }
        if self.mantissa == 0 {
            return Decimal::from_integer(1);
        }
        let mut m = self.mantissa.unsigned_abs();
        let mut place: i64 = 1;
        while m.is_multiple_of(10) && place < POW10[17] {
            m /= 10;
            place *= 10;
        }
        Decimal::from_integer(place)
    }

    /// Number of significant digits (leading and trailing zeros of the digit string
    /// excluded; `1` for zero).
    #[must_use]
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

    /// A result of arithmetic, normalised, if it has at most 18 significant digits.
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

    /// Whether the number is one a figure may hold: at most [`MAX_SIGNIFICANT_DIGITS`]
    /// significant digits and a mantissa below 10^18 — the invariant of every `Decimal`,
    /// results of arithmetic included, so that every value written out reads back. A
    /// mantissa below 10^15 has at most 15 digits in all, so only larger ones are counted.
    const fn fits(self) -> bool {
        let m = self.mantissa.unsigned_abs();
        if m < 1_000_000_000_000_000 {
            return true;
        }
        if m >= 1_000_000_000_000_000_000 {
            return false;
        }
        let mut core = m;
        while core.is_multiple_of(10) {
            core /= 10;
        }
        core < 1_000_000_000_000_000
    }

    /// `self + other` (normalised), or `None` when the result would not fit a `Decimal`
    /// (more than 15 significant digits).
    #[must_use]
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

    /// `self - other` (normalised), or `None` when the result would not fit a `Decimal`.
    #[must_use]
    pub fn checked_sub(self, other: Decimal) -> Option<Decimal> {
        let s = self.scale.max(other.scale);
        Decimal::from_i128(self.widen(s) - other.widen(s), s)
    }

    /// `self × other` (normalised), or `None` when the result would not fit a `Decimal`.
    #[must_use]
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        let (a, b) = (self.normalized(), other.normalized());
        let s = a.scale.checked_add(b.scale)?;
        if s > 18 {
            return None;
        }
        Decimal::from_i128(a.mantissa as i128 * b.mantissa as i128, s)
    }

    /// The sum of an iterator of decimals, or `None` on overflow.
    pub fn checked_sum<I: IntoIterator<Item = Decimal>>(iter: I) -> Option<Decimal> {
        iter.into_iter()
            .try_fold(Decimal::ZERO, |acc, d| acc.checked_add(d))
    }

    /// Compares the fraction `a / b` with `c / d` exactly (all denominators positive),
    /// without any division: `a·d` against `c·b`.
    #[must_use]
    pub fn cmp_ratio(a: Decimal, b: Decimal, c: Decimal, d: Decimal) -> Ordering {
        let (a, b, c, d) = (
            a.normalized(),
            b.normalized(),
            c.normalized(),
            d.normalized(),
        );
        // Scale every factor to a common scale so the products are integers.
        let s = a.scale.max(b.scale).max(c.scale).max(d.scale);
        let (a, b, c, d) = (a.widen(s), b.widen(s), c.widen(s), d.widen(s));
        (a * d).cmp(&(c * b))
    }

    /// Reads a JSON number spelling exactly (see the type's documentation).
    fn parse_json(text: &str) -> Result<Decimal, DecimalError> {
        Spelling::parse(text)
            .ok_or_else(|| DecimalError::Syntax(quote(text)))?
            .value(text)
    }

    /// Converts a double exactly, if its shortest decimal spelling has at most
    /// [`MAX_SIGNIFICANT_DIGITS`] significant digits.
    ///
    /// A double holds no printed precision, so the result has no trailing zeros; and a
    /// double that came from a longer decimal (`1.0000000000000001` is the double `1.0`)
    /// is converted to what it became. Read figures from text where the text exists.
    ///
    /// # Errors
    ///
    /// [`DecimalError::NotFinite`] for NaN and infinities, and the errors of reading its
    /// shortest spelling ([`DecimalError::TooPrecise`], [`DecimalError::TooLarge`],
    /// [`DecimalError::TooSmall`], [`DecimalError::NegativeZero`]).
    pub fn try_from_f64(value: f64) -> Result<Decimal, DecimalError> {
        if !value.is_finite() {
            return Err(DecimalError::NotFinite);
        }
        // `{:e}` prints the shortest digits that read back as the same double, with an
        // exponent, which the JSON grammar accepts.
        Decimal::parse_json(&format!("{value:e}")).map(Decimal::normalized)
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl Hash for Decimal {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let n = self.normalized();
        n.mantissa.hash(state);
        n.scale.hash(state);
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        if self.scale == other.scale {
            return self.mantissa.cmp(&other.mantissa);
        }
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

    /// Reads a number spelt as JSON spells it (`12.83`, `-3`, `1.5e3`, `24.20`), exactly
    /// and keeping its printed scale; `+7`, `.5`, `007` and `-0` are refused as they are
    /// in JSON input.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Decimal::parse_json(s)
    }
}

impl fmt::Display for Decimal {
    /// Writes the number with its printed scale (`24.20`), never with an exponent.
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

/// A stack buffer for a number's text (at most 20 characters: a sign, 18 digits, a point).
struct NumberText {
    bytes: [u8; 24],
    len: usize,
}

impl fmt::Write for NumberText {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

impl Serialize for Decimal {
    /// Whole numbers are written as integers. A number with a scale is written as its own
    /// text (`24.20`) through `serde_json`'s raw-value protocol, so that JSON keeps the
    /// printed precision; `serde_json::to_value` turns it into a JSON number, and other
    /// formats receive a one-field struct holding the text, which [`Decimal`] reads back.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.scale == 0 {
            return if self.mantissa >= 0 {
                serializer.serialize_u64(self.mantissa as u64)
            } else {
                serializer.serialize_i64(self.mantissa)
            };
        }
        let mut text = NumberText {
            bytes: [0; 24],
            len: 0,
        };
        fmt::write(&mut text, format_args!("{self}")).map_err(serde::ser::Error::custom)?;
        let text =
            std::str::from_utf8(&text.bytes[..text.len]).map_err(serde::ser::Error::custom)?;
        let mut raw = serializer.serialize_struct(RAW_VALUE_TOKEN, 1)?;
        raw.serialize_field(RAW_VALUE_TOKEN, text)?;
        raw.end()
    }
}

/// Reads a [`Decimal`] from whatever a deserializer hands over.
///
/// `serde_json` (with `raw_value`, which this crate enables) answers the raw-value token with
/// a one-entry map whose value is the number's own text: borrowed from the input when it
/// parses a slice or a string, owned when it reads a `serde_json::Value` (whose numbers are
/// already binary floats) or a reader. Other formats call `visit_newtype_struct`, and then
/// integers and strings are exact, floats are not.
struct DecimalVisitor {
    /// Whether `visit_map` is `serde_json`'s raw-value map (true) or a map of another
    /// format (false: the struct that [`Decimal`]'s `Serialize` writes there).
    raw_protocol: bool,
}

impl DecimalVisitor {
    fn from_text<E: de::Error>(text: &str) -> Result<Decimal, E> {
        text.parse().map_err(raise_decimal)
    }

    /// Interprets the raw JSON text of a value where a number is expected.
    fn read_raw<E: de::Error>(raw: RawText<'_>) -> Result<Decimal, E> {
        let (text, owned) = match &raw {
            RawText::Borrowed(t) => (*t, false),
            RawText::Owned(t) => (t.as_str(), true),
        };
        let expected = &"a number";
        let unexpected = |what| Err(E::invalid_type(what, expected));
        match text.as_bytes().first() {
            Some(b'"') => {
                let inner = text.get(1..text.len().saturating_sub(1)).unwrap_or("");
                unexpected(de::Unexpected::Str(&quote(inner)))
            }
            Some(b'{') => unexpected(de::Unexpected::Map),
            Some(b'[') => unexpected(de::Unexpected::Seq),
            Some(b't') => unexpected(de::Unexpected::Bool(true)),
            Some(b'f') => unexpected(de::Unexpected::Bool(false)),
            Some(b'n') => unexpected(de::Unexpected::Unit),
            _ => {
                let fractional = text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E'));
                if owned && fractional && !serde_json_keeps_number_text() {
                    return Err(raise_decimal(DecimalError::NotProvablyExact(quote(text))));
                }
                DecimalVisitor::from_text(text)
            }
        }
    }
}

/// The serde error for `e`, with its cause recorded (see [`crate::error::cause`]).
fn raise_decimal<E: de::Error>(e: DecimalError) -> E {
    crate::error::cause::raise(crate::error::Cause::Decimal(e))
}

/// Whether the linked `serde_json` keeps numbers as text (feature `arbitrary_precision`,
/// which another crate of the build may turn on): then a `serde_json::Value`'s numbers are
/// exact.
fn serde_json_keeps_number_text() -> bool {
    "1.10"
        .parse::<serde_json::Number>()
        .is_ok_and(|n| n.to_string() == "1.10")
}

impl<'de> Visitor<'de> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number with at most 15 significant digits")
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Decimal, D::Error> {
        d.deserialize_any(DecimalVisitor {
            raw_protocol: false,
        })
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        DecimalVisitor::from_text(&v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        DecimalVisitor::from_text(&v.to_string())
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Decimal, E> {
        DecimalVisitor::from_text(&v.to_string())
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Decimal, E> {
        DecimalVisitor::from_text(&v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        if !v.is_finite() {
            return Err(raise_decimal(DecimalError::NotFinite));
        }
        Err(raise_decimal(DecimalError::NotProvablyExact(v.to_string())))
    }

    /// A number written as a string, in formats other than JSON (JSON strings arrive as raw
    /// text and are refused in [`DecimalVisitor::read_raw`]).
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        DecimalVisitor::from_text(v)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Decimal, A::Error> {
        if map.next_key_seed(TokenKey)? != Some(true) {
            return Err(de::Error::invalid_type(de::Unexpected::Map, &self));
        }
        let raw = map.next_value_seed(RawTextSeed)?;
        if self.raw_protocol {
            return DecimalVisitor::read_raw(raw);
        }
        // Another format: the struct `Serialize` wrote, holding the number's text.
        match raw {
            RawText::Borrowed(t) => DecimalVisitor::from_text(t),
            RawText::Owned(t) => DecimalVisitor::from_text(&t),
        }
    }
}

/// The first key of a map, which must be [`RAW_VALUE_TOKEN`].
struct TokenKey;

impl<'de> de::DeserializeSeed<'de> for TokenKey {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for TokenKey {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        Ok(v == RAW_VALUE_TOKEN)
    }
}

/// A value's raw text, and whether it was borrowed from the parsed input.
enum RawText<'de> {
    Borrowed(&'de str),
    Owned(String),
}

struct RawTextSeed;

impl<'de> de::DeserializeSeed<'de> for RawTextSeed {
    type Value = RawText<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<RawText<'de>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for RawTextSeed {
    type Value = RawText<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the text of a number")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<RawText<'de>, E> {
        Ok(RawText::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawText<'de>, E> {
        Ok(RawText::Owned(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<RawText<'de>, E> {
        Ok(RawText::Owned(v))
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_newtype_struct(RAW_VALUE_TOKEN, DecimalVisitor { raw_protocol: true })
    }
}

/// Whether a deserializer's newtype-struct name is the raw-value token that [`Decimal`]
/// reads numbers through (the parser passes it straight to `serde_json`).
pub(crate) fn is_raw_value_token(name: &str) -> bool {
    name == RAW_VALUE_TOKEN
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

    fn err(s: &str) -> DecimalError {
        s.parse::<Decimal>().unwrap_err()
    }

    #[test]
    fn reads_every_spelling_exactly_and_keeps_the_printed_scale() {
        assert!(d("12.830").is_identical(Decimal::new(12830, 3)));
        assert_eq!(d("12.830"), Decimal::new(1283, 2));
        assert_eq!(d("20.0").to_string(), "20.0");
        assert_eq!(d("24.20").to_string(), "24.20");
        assert_eq!(d("0.05").to_string(), "0.05");
        assert_eq!(d("-1.5").to_string(), "-1.5");
        assert_eq!(d("0").to_string(), "0");
        assert_eq!(d("1.5e3").to_string(), "1500");
        assert_eq!(d("2.50e1").to_string(), "25.0");
        assert_eq!(d("1E+2").to_string(), "100");
        assert_eq!(d("123456789012345").to_string(), "123456789012345");
        assert_eq!(
            d("0.000000000000000001").to_string(),
            "0.000000000000000001"
        );
        // Padded mantissas with exponents.
        assert_eq!(d("2579000000000e-24"), d("0.000000000002579"));
        assert_eq!(d("2579000000000e-24").to_string(), "0.000000000002579000");
        // Trailing zeros beyond 18 digits are dropped, the value is kept.
        let long = d("96024.66348200000000000000000000");
        assert_eq!(long, d("96024.663482"));
        assert_eq!(long.to_string(), "96024.6634820000000");
        // Zero keeps its printed scale too.
        assert_eq!(d("0.00").to_string(), "0.00");
        assert_eq!(d("0e5"), Decimal::ZERO);
    }

    #[test]
    fn refusals_have_true_reasons() {
        assert_eq!(
            err("1.0000000000000001"),
            DecimalError::TooPrecise {
                spelling: "1.0000000000000001".into(),
                digits: 17
            }
        );
        assert!(matches!(err("1e20"), DecimalError::TooLarge(_)));
        assert!(matches!(
            err("1000000000000000000000000000000.0"),
            DecimalError::TooLarge(_)
        ));
        assert!(matches!(
            err("1e999999999999999999999"),
            DecimalError::TooLarge(_)
        ));
        assert!(matches!(
            err("0.0000000000000000001"),
            DecimalError::TooSmall(_)
        ));
        assert!(matches!(err("1e-400"), DecimalError::TooSmall(_)));
        assert_eq!(
            err("5e-324").to_string(),
            "5e-324 is too small: a figure has at most 18 digits after the point"
        );
        assert!(matches!(err("-0"), DecimalError::NegativeZero(_)));
        assert!(matches!(err("-0.0e3"), DecimalError::NegativeZero(_)));
        for bad in [
            "", "+7", ".5", "07", "1.", "1e", "1e+", "--1", "1,5", " 1", "0x10", "NaN",
        ] {
            assert!(matches!(err(bad), DecimalError::Syntax(_)), "{bad:?}");
        }
        // 999999999999999999 has 18 significant digits: too precise, not too large.
        assert!(matches!(
            err("999999999999999999"),
            DecimalError::TooPrecise { digits: 18, .. }
        ));
        assert!(matches!(err("1e18"), DecimalError::TooLarge(_)));
        assert_eq!(d("1e17").to_string(), "100000000000000000");
    }

    #[test]
    fn long_spellings_are_quoted_shortened() {
        let text = format!("1.{}1", "0".repeat(300));
        let message = err(&text).to_string();
        assert!(message.len() < 160, "{message}");
        assert!(message.contains("(303 characters)"), "{message}");
        assert!(message.contains("significant digits"), "{message}");
    }

    #[test]
    fn equality_compares_values_and_is_identical_compares_scales() {
        use std::collections::hash_map::DefaultHasher;
        let hash = |x: Decimal| {
            let mut h = DefaultHasher::new();
            x.hash(&mut h);
            h.finish()
        };
        assert_eq!(d("20.0"), d("20"));
        assert_eq!(hash(d("20.0")), hash(d("20")));
        assert!(!d("20.0").is_identical(d("20")));
        assert!(d("20.0").is_integer());
        assert_eq!(d("20.0").to_integer(), Some(20));
        assert_eq!(d("20.0").normalized().to_string(), "20");
        assert!(d("12.83") < d("12.9"));
    }

    #[test]
    fn every_decimal_fits_a_figure_results_of_arithmetic_included() {
        let whole = |m: i64| Decimal {
            mantissa: m,
            scale: 0,
        };
        for m in [
            0,
            999_999_999_999_999,
            1_000_000_000_000_000,
            1_000_000_000_000_001,
            999_999_999_999_999_000,
            1_000_000_000_000_000_000,
            i64::MAX,
            i64::MIN,
            -999_999_999_999_999,
        ] {
            let d = whole(m);
            let expect =
                d.significant_digits() <= 15 && m.unsigned_abs() < 1_000_000_000_000_000_000;
            assert_eq!(d.fits(), expect, "{m}");
        }
        // 10^15 has one significant digit; 10^15 + 1 has sixteen.
        let big = whole(999_999_999_999_999);
        assert_eq!(
            big.checked_add(whole(1)),
            Some(whole(1_000_000_000_000_000))
        );
        assert_eq!(big.checked_add(whole(2)), None);
        assert_eq!(
            Decimal::try_new(1_000_000_000_000_001, 0).map_err(|e| e.to_string()),
            Err(
                "1000000000000001e-0 has 16 significant digits; a figure holds at most 15 exactly"
                    .into()
            )
        );
        assert!(matches!(
            Decimal::try_new(1, 19),
            Err(DecimalError::TooSmall(_))
        ));
        assert!(matches!(
            Decimal::try_new(i64::MAX, 0),
            Err(DecimalError::TooLarge(_))
        ));
        assert!(Decimal::try_new(999_999_999_999_999_000, 0).is_ok());
    }

    #[test]
    #[should_panic(expected = "at most 15 significant digits")]
    fn new_refuses_what_no_figure_may_hold() {
        let _ = Decimal::new(1_234_567_890_123_456, 0);
    }

    #[test]
    fn exact_arithmetic() {
        assert_eq!(d("0.1").checked_add(d("0.2")), Some(d("0.3")));
        assert_eq!(d("40").checked_sub(d("40")), Some(Decimal::ZERO));
        assert_eq!(d("2.5").checked_mul(d("4")), Some(d("10")));
        // 10^-11 × 10^-10 has its digit beyond the 18th place.
        assert_eq!(d("0.000000000010").checked_mul(d("0.00000000010")), None);
        assert_eq!(
            Decimal::cmp_ratio(d("1"), d("3"), d("33.33"), d("100")),
            Ordering::Greater
        );
        assert_eq!(
            Decimal::cmp_ratio(d("1.00"), d("4"), d("25.0"), d("100")),
            Ordering::Equal
        );
    }

    #[test]
    fn last_place_follows_the_printed_precision() {
        assert_eq!(d("40").last_place(), d("10"));
        assert_eq!(d("900").last_place(), d("100"));
        assert_eq!(d("218").last_place(), d("1"));
        assert_eq!(d("12.83").last_place(), d("0.01"));
        assert_eq!(d("20.0").last_place(), d("0.1"));
    }

    #[test]
    fn json_text_round_trips_with_its_scale() {
        for text in [
            "0",
            "40",
            "12.83",
            "0.1",
            "8553",
            "123456789012345",
            "-3.5",
            "20.0",
            "24.20",
            "0.00",
        ] {
            let value: Decimal = serde_json::from_str(text).unwrap();
            assert_eq!(serde_json::to_string(&value).unwrap(), text);
        }
        assert_eq!(serde_json::from_str::<Decimal>("1.5e3").unwrap(), d("1500"));
        for (text, reason) in [
            ("18446744073709551616", "20 significant digits"),
            ("1e400", "too large"),
            ("0.12345678901234567", "17 significant digits"),
            ("\"40\"", "invalid type: string \"40\", expected a number"),
            (
                "{\"$serde_json::private::Number\": \"40\"}",
                "invalid type: map",
            ),
            ("null", "invalid type: null"),
            ("true", "invalid type: boolean"),
            ("[1]", "invalid type: sequence"),
        ] {
            let e = serde_json::from_str::<Decimal>(text)
                .unwrap_err()
                .to_string();
            assert!(e.contains(reason), "{text}: {e}");
        }
    }

    #[test]
    fn a_value_tree_is_exact_only_where_it_can_prove_it() {
        use serde_json::json;
        assert_eq!(
            serde_json::from_value::<Decimal>(json!(40)).unwrap(),
            d("40")
        );
        assert_eq!(
            serde_json::from_value::<Decimal>(json!(-3)).unwrap(),
            d("-3")
        );
        let e = serde_json::from_value::<Decimal>(json!(0.5)).unwrap_err();
        assert!(e.to_string().contains("cannot be proven"), "{e}");
        let e = serde_json::from_value::<Decimal>(json!("0.5")).unwrap_err();
        assert!(e.to_string().contains("invalid type: string"), "{e}");
        // Written into a tree, a scaled number becomes a JSON number.
        assert_eq!(serde_json::to_value(d("24.20")).unwrap(), json!(24.2));
        // A reader hands over owned text: integers are exact, fractions cannot be told
        // apart from a tree's floats.
        let v: Decimal = serde_json::from_reader(&b"40"[..]).unwrap();
        assert_eq!(v, d("40"));
    }

    #[test]
    fn from_f64_takes_the_shortest_spelling() {
        assert_eq!(Decimal::try_from_f64(0.1).unwrap(), d("0.1"));
        assert_eq!(Decimal::try_from_f64(1500.0).unwrap().to_string(), "1500");
        assert_eq!(
            Decimal::try_from_f64(f64::NAN),
            Err(DecimalError::NotFinite)
        );
        assert!(matches!(
            Decimal::try_from_f64(0.1 + 0.2),
            Err(DecimalError::TooPrecise { digits: 17, .. })
        ));
    }
}
