//! Figures as printed: [`Quantity`] = exact value + measure word ([`Unit`]) + how the figure
//! was qualified ([`Qualifier`]), and the [`Interval`] of values it stands for.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::Deserializer;
use serde::{Deserialize, Serialize, Serializer};

use super::Decimal;

macro_rules! units {
    ($( $(#[$doc:meta])* $variant:ident => $word:literal, whole: $whole:literal; )*) => {
        /// A measure word (量词) or unit of a figure: `件`, `处`, `人次`, `万元`, `%` ….
        ///
        /// The closed set covers the measure words that real reports use; anything else is
        /// kept verbatim in [`Unit::Other`]. On the wire a unit is the measure word itself
        /// (`"处"`, `"万元"`), never an English code, because that is what drafters type.
        ///
        /// Every `Unit` is one the parser accepts: a unit is built from its word with
        /// [`Unit::new`] (or `parse`, `TryFrom<&str>`), which refuses an empty word, one
        /// longer than [`Unit::MAX_OTHER_CHARS`] characters or one with digits, spaces or
        /// control characters, and which returns the variant of a known measure word, so
        /// that `Unit::new("处")` is always [`Unit::Chu`], never an `Other`.
        ///
        /// ```
        /// use fazhi_report::Unit;
        /// let chu: Unit = "处".parse()?;
        /// assert_eq!(chu, Unit::Chu);
        /// let dong = Unit::new("栋")?;
        /// assert!(matches!(&dong, Unit::Other(word) if word.as_str() == "栋"));
        /// assert_eq!(dong.as_ref(), "栋");
        /// assert!(Unit::new("").is_err() && Unit::new("1处").is_err());
        /// # Ok::<(), fazhi_report::UnitError>(())
        /// ```
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Unit {
            $( $(#[$doc])* $variant, )*
            /// Any other measure word, verbatim (e.g. `栋`, `吨`); never one of the words above.
            Other(OtherUnit),
        }

        impl Unit {
            /// Every measure word of the closed set, in catalogue order.
            pub const KNOWN: &'static [Unit] = &[$(Unit::$variant,)*];

            /// The measure word as printed (`"处"`).
            #[must_use]
            pub fn as_str(&self) -> &str {
                match self {
                    $( Unit::$variant => $word, )*
                    Unit::Other(word) => word.as_str(),
                }
            }

            /// Whether the unit counts whole things (件, 处, 人次 …), so that a fractional
            /// value such as `1.5件` is an error.
            #[must_use]
            pub fn is_whole(&self) -> bool {
                match self {
                    $( Unit::$variant => $whole, )*
                    Unit::Other(_) => false,
                }
            }

            /// The known unit for a measure word of the closed set.
            fn known(word: &str) -> Option<Unit> {
                match word {
                    $( $word => Some(Unit::$variant), )*
                    _ => None,
                }
            }
        }
    };
}

units! {
    /// 件 (documents, cases, items).
    Jian => "件", whole: true;
    /// 起 (incidents, cases).
    Qi => "起", whole: true;
    /// 次 (times, occurrences).
    Ci => "次", whole: true;
    /// 处 (places, spots, hazards).
    Chu => "处", whole: true;
    /// 项 (items, matters).
    Xiang => "项", whole: true;
    /// 个 (generic measure word).
    Ge => "个", whole: true;
    /// 家 (enterprises, organisations).
    Jia => "家", whole: true;
    /// 家次 (organisation-visits).
    JiaCi => "家次", whole: true;
    /// 户 (households).
    Hu => "户", whole: true;
    /// 人 (persons).
    Ren => "人", whole: true;
    /// 人次 (person-times).
    RenCi => "人次", whole: true;
    /// 名 (persons, formal).
    Ming => "名", whole: true;
    /// 场 (sessions, events).
    Chang => "场", whole: true;
    /// 期 (issues, rounds of a course).
    QiPeriod => "期", whole: true;
    /// 份 (copies, documents).
    Fen => "份", whole: true;
    /// 册 (volumes, booklets).
    Ce => "册", whole: true;
    /// 本 (books).
    Ben => "本", whole: true;
    /// 条 (entries, items of information).
    Tiao => "条", whole: true;
    /// 篇 (articles).
    Pian => "篇", whole: true;
    /// 部 (laws, films, devices).
    Bu => "部", whole: true;
    /// 批 (batches).
    Pi => "批", whole: true;
    /// 轮 (rounds).
    Lun => "轮", whole: true;
    /// 所 (schools, institutions).
    Suo => "所", whole: true;
    /// 课时 (class hours).
    KeShi => "课时", whole: false;
    /// 学时 (study hours).
    XueShi => "学时", whole: false;
    /// 小时 (hours).
    Hour => "小时", whole: false;
    /// 天 (days).
    Day => "天", whole: false;
    /// 日 (days, formal).
    Ri => "日", whole: false;
    /// 工作日 (working days).
    WorkingDay => "工作日", whole: false;
    /// 个月 (months).
    Month => "个月", whole: false;
    /// 年 (years).
    Year => "年", whole: false;
    /// 平方米 (square metres).
    SquareMetre => "平方米", whole: false;
    /// 公里 (kilometres).
    Kilometre => "公里", whole: false;
    /// 元 (yuan).
    Yuan => "元", whole: false;
    /// 万元 (ten thousand yuan).
    WanYuan => "万元", whole: false;
    /// 亿元 (hundred million yuan).
    YiYuan => "亿元", whole: false;
    /// 美元 (US dollars).
    Dollar => "美元", whole: false;
    /// % (percent).
    Percent => "%", whole: false;
}

impl Unit {
    /// The longest measure word accepted in [`Unit::Other`], in characters.
    pub const MAX_OTHER_CHARS: usize = 8;

    /// Whether the unit is a percentage (`%`).
    #[must_use]
    pub fn is_percent(&self) -> bool {
        matches!(self, Unit::Percent)
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The newtype name under which units are handed to serializers (transparent in JSON), so
/// that the crate's report walker can tell a measure word from prose.
pub(crate) const UNIT_TOKEN: &str = "$fazhi_report::Unit";

impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct(UNIT_TOKEN, self.as_str())
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::wire::from_str(deserializer, Unit::parse_word)
    }
}

impl Unit {
    /// Checks a measure word read from input and returns its unit.
    fn parse_word(word: &str) -> Result<Unit, crate::error::Cause> {
        Unit::new(word).map_err(crate::error::Cause::Unit)
    }

    /// The unit for a measure word: the variant of a known word (`"处"` → [`Unit::Chu`]),
    /// or [`Unit::Other`] for any other word the parser accepts.
    ///
    /// # Errors
    ///
    /// [`UnitError`] if the word is empty, longer than [`Unit::MAX_OTHER_CHARS`]
    /// characters, or holds an ASCII digit, a space or a control character (the rules the
    /// parser applies to `"unit"`).
    pub fn new(word: &str) -> Result<Unit, UnitError> {
        if let Some(unit) = Unit::known(word) {
            return Ok(unit);
        }
        let chars = word.chars().count();
        if chars == 0 || chars > Unit::MAX_OTHER_CHARS {
            return Err(UnitError {
                word: word.to_owned(),
                reason: UnitErrorReason::Length,
            });
        }
        if word
            .chars()
            .any(|c| c.is_whitespace() || c.is_ascii_digit() || c.is_control())
        {
            return Err(UnitError {
                word: word.to_owned(),
                reason: UnitErrorReason::Characters,
            });
        }
        Ok(Unit::Other(OtherUnit(word.to_owned())))
    }
}

/// A measure word outside the closed set of [`Unit`] (其他量词), such as `栋` or `吨`.
///
/// It can only be obtained from [`Unit::new`] (or by parsing), so it always holds a word
/// the parser accepts and never one that has its own [`Unit`] variant.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OtherUnit(String);

impl OtherUnit {
    /// The measure word.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for OtherUnit {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OtherUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Unit {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl FromStr for Unit {
    type Err = UnitError;

    /// Same as [`Unit::new`].
    fn from_str(word: &str) -> Result<Unit, UnitError> {
        Unit::new(word)
    }
}

impl TryFrom<&str> for Unit {
    type Error = UnitError;

    /// Same as [`Unit::new`].
    fn try_from(word: &str) -> Result<Unit, UnitError> {
        Unit::new(word)
    }
}

impl TryFrom<String> for Unit {
    type Error = UnitError;

    /// Same as [`Unit::new`].
    fn try_from(word: String) -> Result<Unit, UnitError> {
        Unit::new(&word)
    }
}

/// A word that is not a valid measure word (单位无效); see [`Unit::new`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitError {
    word: String,
    reason: UnitErrorReason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnitErrorReason {
    Length,
    Characters,
}

impl UnitError {
    /// The word refused.
    #[must_use]
    pub fn word(&self) -> &str {
        &self.word
    }
}

impl fmt::Display for UnitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reason {
            UnitErrorReason::Length => write!(
                f,
                "a unit is a measure word of 1 to {} characters, got {:?}",
                Unit::MAX_OTHER_CHARS,
                self.word
            ),
            UnitErrorReason::Characters => write!(
                f,
                "a unit is a measure word without digits or spaces, got {:?}",
                self.word
            ),
        }
    }
}

impl std::error::Error for UnitError {}

impl JsonSchema for Unit {
    fn schema_name() -> Cow<'static, str> {
        "Unit".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let examples: Vec<&str> = Unit::KNOWN.iter().map(Unit::as_str).collect();
        json_schema!({
            "type": "string",
            "title": "单位",
            "description": "量词或计量单位，按原文填写，如“件”“处”“人次”“万元”“%”。常用量词见示例；其他量词照录。",
            "minLength": 1,
            "maxLength": Unit::MAX_OTHER_CHARS,
            // Exactly what the parser rejects: ASCII digits, `char::is_whitespace`, `char::is_control`.
            "pattern": "^[^0-9\\u0000-\\u0020\\u007F-\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+$",
            "examples": examples,
        })
    }
}

/// How a figure was qualified in print (数字修饰语): exact, or one of the approximation
/// markers of Chinese official prose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "修饰语",
    description = "原文数字的修饰语：精确数、余/多、约/左右、近、以上/超、以内。决定该数字代表的取值范围。"
)]
pub enum Qualifier {
    /// 精确数: printed as is (`40处`).
    #[default]
    #[schemars(title = "精确数", description = "原文数字没有修饰语，如“40处”。")]
    Exact,
    /// 余/多: more than the figure, below the next step of its last significant place
    /// (`900余名` is 901–999, `40多处` is 41–49).
    #[schemars(
        title = "余/多（多于此数）",
        description = "多于此数、不到末位进一，如“900余名”表示 901–999。"
    )]
    MoreThan,
    /// 约/左右: about the figure, within one step of its last significant place
    /// (`约900人` is 800–1000).
    #[schemars(
        title = "约/左右（约数）",
        description = "在末位上下一个单位之内，如“约900人”表示 800–1000。"
    )]
    About,
    /// 近: nearly the figure, within one step below it (`近900人` is 800–899).
    #[schemars(
        title = "近（接近此数）",
        description = "略少于此数，如“近900人”表示 800–899。"
    )]
    Nearly,
    /// 以上/超/超过: at least the figure, unbounded above.
    #[schemars(
        title = "以上/超（不少于此数）",
        description = "不少于此数，上不封顶，如“2次以上”。"
    )]
    AtLeast,
    /// 以内/以下/不超过: at most the figure.
    #[schemars(
        title = "以内/以下（不超过此数）",
        description = "不超过此数，如“3天以内”。"
    )]
    AtMost,
}

impl Qualifier {
    /// Whether the figure is exact.
    #[must_use]
    pub fn is_exact(&self) -> bool {
        *self == Qualifier::Exact
    }
}

/// Where 余/多 stood relative to a multiplier 万/亿 in print (余字位置), for a figure whose
/// unit begins with 万 or 亿.
///
/// "218余万元" (余 before 万: more than 218 ten-thousands, up to 219) and "3.2万余人次" (余
/// after 万: more than 32,000, up to 33,000) read differently: the first is a suspicious 余
/// after a precise figure, the second is correct. Documents of schema 1.x, which could not
/// record it, are read with the default, [`MarkerPosition::BeforeMultiplier`], which is how
/// they print.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "余字位置",
    description = "“余/多”在“万/亿”之前（如“218余万元”，默认）还是之后（如“3.2万余人次”）；单位以“万”“亿”开头且修饰语为“余/多”时才可选“之后”。"
)]
pub enum MarkerPosition {
    /// 余 right after the digits, before 万/亿 (218余万元); the default.
    #[default]
    #[schemars(title = "在万/亿之前", description = "如“218余万元”。")]
    BeforeMultiplier,
    /// 余 after 万/亿 (3.2万余人次): more than the figure, below the next step of 万/亿's
    /// thousands place.
    #[schemars(title = "在万/亿之后", description = "如“3.2万余人次”“5亿多元”。")]
    AfterMultiplier,
}

impl MarkerPosition {
    /// Whether this is the default position (before the multiplier).
    #[must_use]
    pub fn is_default(&self) -> bool {
        *self == MarkerPosition::BeforeMultiplier
    }
}

/// One end of an [`Interval`].
///
/// Deliberately exhaustive, like `std::ops::Bound`: an end is included, excluded or absent,
/// and callers match on all three.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// The value itself belongs to the interval.
    Inclusive(Decimal),
    /// The value itself does not belong to the interval.
    Exclusive(Decimal),
    /// No bound on this side.
    Unbounded,
}

/// The set of values a printed figure stands for (e.g. `40余处` → (40, 50)).
///
/// Comparisons answer with certainty: [`Interval::certainly_greater`] holds only if every
/// value of one interval exceeds every value of the other, [`Interval::possibly_greater`]
/// if some value does.
///
/// Deliberately not `#[non_exhaustive]`: an interval is its two ends, and it is built
/// with a struct literal as readily as with [`Interval::exact`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    /// The lower end.
    pub low: Bound,
    /// The upper end.
    pub high: Bound,
}

impl Interval {
    /// The single value `v`.
    #[must_use]
    pub fn exact(v: Decimal) -> Interval {
        Interval {
            low: Bound::Inclusive(v),
            high: Bound::Inclusive(v),
        }
    }

    /// Whether the interval is a single value.
    #[must_use]
    pub fn is_exact(&self) -> bool {
        matches!((self.low, self.high), (Bound::Inclusive(a), Bound::Inclusive(b)) if a == b)
    }

    /// Whether `v` lies in the interval.
    #[must_use]
    pub fn contains(&self, v: Decimal) -> bool {
        let above = match self.low {
            Bound::Inclusive(l) => v >= l,
            Bound::Exclusive(l) => v > l,
            Bound::Unbounded => true,
        };
        let below = match self.high {
            Bound::Inclusive(h) => v <= h,
            Bound::Exclusive(h) => v < h,
            Bound::Unbounded => true,
        };
        above && below
    }

    /// Every value of `self` is greater than every value of `other`.
    #[must_use]
    pub fn certainly_greater(&self, other: &Interval) -> bool {
        match (self.low, other.high) {
            (_, Bound::Unbounded) | (Bound::Unbounded, _) => false,
            (Bound::Inclusive(l), Bound::Inclusive(h)) => l > h,
            (Bound::Inclusive(l), Bound::Exclusive(h))
            | (Bound::Exclusive(l), Bound::Inclusive(h))
            | (Bound::Exclusive(l), Bound::Exclusive(h)) => l >= h,
        }
    }

    /// Some value of `self` is greater than some value of `other`.
    #[must_use]
    pub fn possibly_greater(&self, other: &Interval) -> bool {
        match (self.high, other.low) {
            (Bound::Unbounded, _) | (_, Bound::Unbounded) => true,
            (Bound::Inclusive(h), Bound::Inclusive(l)) => h > l,
            (Bound::Inclusive(h), Bound::Exclusive(l))
            | (Bound::Exclusive(h), Bound::Inclusive(l))
            | (Bound::Exclusive(h), Bound::Exclusive(l)) => h > l,
        }
    }

    /// The two intervals share no value.
    #[must_use]
    pub fn disjoint(&self, other: &Interval) -> bool {
        self.certainly_greater(other) || other.certainly_greater(self)
    }

    /// The interval of `a + b` for `a` in `self` and `b` in `other`; `None` on overflow.
    #[must_use]
    pub fn add(&self, other: &Interval) -> Option<Interval> {
        fn end(a: Bound, b: Bound) -> Option<Bound> {
            Some(match (a, b) {
                (Bound::Unbounded, _) | (_, Bound::Unbounded) => Bound::Unbounded,
                (Bound::Inclusive(x), Bound::Inclusive(y)) => Bound::Inclusive(x.checked_add(y)?),
                (
                    Bound::Inclusive(x) | Bound::Exclusive(x),
                    Bound::Inclusive(y) | Bound::Exclusive(y),
                ) => Bound::Exclusive(x.checked_add(y)?),
            })
        }
        Some(Interval {
            low: end(self.low, other.low)?,
            high: end(self.high, other.high)?,
        })
    }

    /// The interval of a sum of figures (an empty sum is exactly zero); `None` on overflow.
    pub fn sum<'a, I: IntoIterator<Item = &'a Interval>>(items: I) -> Option<Interval> {
        items
            .into_iter()
            .try_fold(Interval::exact(Decimal::ZERO), |acc, i| acc.add(i))
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.low {
            Bound::Inclusive(v) => write!(f, "[{v}")?,
            Bound::Exclusive(v) => write!(f, "({v}")?,
            Bound::Unbounded => f.write_str("(-∞")?,
        }
        f.write_str(", ")?;
        match self.high {
            Bound::Inclusive(v) => write!(f, "{v}]"),
            Bound::Exclusive(v) => write!(f, "{v})"),
            Bound::Unbounded => f.write_str("+∞)"),
        }
    }
}

/// A figure as printed in a report (数量): an exact decimal value, its measure word, and how
/// it was qualified.
///
/// `40处` is `{"value": 40, "unit": "处"}`; `900余名` is
/// `{"value": 900, "unit": "名", "qualifier": "more_than"}`. Values are never negative (a
/// decrease is stated with [`Trend`](super::Trend) on an indicator), and a unit that counts
/// whole things ([`Unit::is_whole`]) takes only whole values. These are invariants: the
/// fields are private, [`Quantity::new`] refuses what the parser refuses, and so every
/// quantity serialises to JSON that parses back equal.
///
/// ```
/// use fazhi_report::{Quantity, Qualifier, Unit};
/// let q = Quantity::new(900, Unit::Ming)?.with_qualifier(Qualifier::MoreThan);
/// assert_eq!(q.to_string(), "900余名");
/// assert_eq!("900余名".parse::<Quantity>()?, q);
/// assert!(q.interval().contains(950.into()));
/// assert!(!q.interval().contains(900.into()));
/// assert!(Quantity::new(-1, Unit::Jian).is_err());
/// assert!(Quantity::new("1.5".parse::<fazhi_report::Decimal>()?, Unit::Jian).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
#[schemars(
    title = "数量",
    description = "一个数字及其单位，按原文照录：数值、量词/单位、修饰语（余、约、近、以上、以内）。"
)]
pub struct Quantity {
    /// The value as printed, without its qualifier (`900` for `900余名`).
    #[schemars(
        title = "数值",
        description = "原文中的数字（不含“余”“约”等修饰语），不得为负数；件、处、人次等计数单位只能是整数。",
        range(min = 0)
    )]
    value: Decimal,
    /// The measure word.
    #[schemars(
        title = "单位",
        description = "量词或计量单位，按原文填写，如“件”“处”“人次”“万元”“%”；1–8个字，不含数字和空格。件、处、人次等计数单位的数值只能是整数。"
    )]
    unit: Unit,
    /// How the figure was qualified; exact when absent.
    #[serde(default, skip_serializing_if = "Qualifier::is_exact")]
    #[schemars(
        title = "修饰语",
        description = "原文数字的修饰：精确数（默认）、余/多、约/左右、近、以上/超、以内。"
    )]
    qualifier: Qualifier,
    /// Where 余/多 stood relative to 万/亿 as printed; before when absent.
    #[serde(default, skip_serializing_if = "MarkerPosition::is_default")]
    #[schemars(
        title = "余字位置",
        description = "仅用于单位以“万”“亿”开头、修饰语为“余/多”的数字：“3.2万余人次”选“在万/亿之后”；默认“在万/亿之前”（如“218余万元”）。"
    )]
    marker_position: MarkerPosition,
}

/// Why a value and unit do not make a [`Quantity`] (数量无效).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QuantityError {
    /// The value is negative (数值为负).
    #[error("value {0} is negative: figures are magnitudes (state a decrease with `trend`)")]
    Negative(Decimal),
    /// A fraction in a unit that counts whole things (计数单位须为整数), such as `1.5件`.
    #[error("value {value} is not a whole number, but {unit} counts whole things")]
    NotWhole {
        /// The value given.
        value: Decimal,
        /// The unit, one for which [`Unit::is_whole`] holds.
        unit: Unit,
    },
    /// More than [`MAX_SIGNIFICANT_DIGITS`](super::MAX_SIGNIFICANT_DIGITS) significant
    /// digits (有效数字过多), which JSON cannot carry exactly.
    #[error("value {0} has more than 15 significant digits and cannot be held exactly")]
    TooPrecise(Decimal),
    /// The unit is not a valid measure word (when parsing `"40处"`).
    #[error(transparent)]
    Unit(#[from] UnitError),
    /// 余/多 after 万/亿 on a figure that is not qualified 余/多 or whose unit does not begin
    /// with 万 or 亿 (余字位置无效).
    #[error(
        "余 after 万/亿 needs the qualifier more_than and a unit beginning with 万 or 亿, got {0}"
    )]
    MarkerPosition(String),
    /// The text is not a figure as printed (`"40处"`, `"900余名"`, `"约30人"`).
    #[error("not a figure such as \"40处\" or \"900余名\": {0:?}")]
    Syntax(String),
}

impl Quantity {
    /// An exact figure: `Quantity::new(40, Unit::Chu)?` is `40处`.
    ///
    /// # Errors
    ///
    /// [`QuantityError`] if the value is negative, has more than 15 significant digits, or
    /// is not whole while the unit counts whole things ([`Unit::is_whole`]): exactly the
    /// figures the parser refuses.
    pub fn new(value: impl Into<Decimal>, unit: Unit) -> Result<Quantity, QuantityError> {
        let value = value.into();
        if value.is_negative() {
            return Err(QuantityError::Negative(value));
        }
        if value.significant_digits() > super::MAX_SIGNIFICANT_DIGITS {
            return Err(QuantityError::TooPrecise(value));
        }
        if unit.is_whole() && !value.is_integer() {
            return Err(QuantityError::NotWhole { value, unit });
        }
        Ok(Quantity {
            value,
            unit,
            qualifier: Qualifier::Exact,
            marker_position: MarkerPosition::BeforeMultiplier,
        })
    }

    /// The same figure with another qualifier. A qualifier other than 余/多 puts the
    /// marker position back to its default.
    #[must_use]
    pub fn with_qualifier(mut self, qualifier: Qualifier) -> Quantity {
        self.qualifier = qualifier;
        if qualifier != Qualifier::MoreThan {
            self.marker_position = MarkerPosition::BeforeMultiplier;
        }
        self
    }

    /// The same figure with 余/多 at `position` relative to 万/亿: `3.2万余人次` is
    /// `Quantity::new(3.2, 万人次)?.with_qualifier(MoreThan).with_marker_position(AfterMultiplier)?`.
    ///
    /// # Errors
    ///
    /// [`QuantityError::MarkerPosition`] for [`MarkerPosition::AfterMultiplier`] unless the
    /// figure is qualified 余/多 and its unit begins with 万 or 亿.
    pub fn with_marker_position(
        mut self,
        position: MarkerPosition,
    ) -> Result<Quantity, QuantityError> {
        if position == MarkerPosition::AfterMultiplier
            && !(self.qualifier == Qualifier::MoreThan && self.has_multiplier())
        {
            return Err(QuantityError::MarkerPosition(self.to_string()));
        }
        self.marker_position = position;
        Ok(self)
    }

    /// Where 余/多 stood relative to 万/亿 as printed.
    #[must_use]
    pub fn marker_position(&self) -> MarkerPosition {
        self.marker_position
    }

    /// Whether the unit begins with the multiplier 万 or 亿 (万元, 亿元, 万人次).
    #[must_use]
    pub fn has_multiplier(&self) -> bool {
        self.unit.as_str().starts_with(['万', '亿'])
    }

    /// The value as printed, without its qualifier (`900` for `900余名`).
    #[must_use]
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// The measure word.
    #[must_use]
    pub fn unit(&self) -> &Unit {
        &self.unit
    }

    /// How the figure was qualified.
    #[must_use]
    pub fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    /// The value, unit and qualifier.
    #[must_use]
    pub fn into_parts(self) -> (Decimal, Unit, Qualifier) {
        (self.value, self.unit, self.qualifier)
    }

    /// Whether the figure is exact.
    #[must_use]
    pub fn is_exact(&self) -> bool {
        self.qualifier.is_exact()
    }

    /// The interval of values the printed figure stands for.
    ///
    /// With `p` one unit of the value's last significant place ([`Decimal::last_place`]):
    /// exact → `[v, v]`; 余/多 → `(v, v + p)`; 约/左右 → `[v − p, v + p]`; 近 → `[v − p, v)`;
    /// 以上 → `[v, ∞)`; 以内 → `[0, v]`. Lower ends never go below zero.
    #[must_use]
    pub fn interval(&self) -> Interval {
        let v = self.value;
        let p = v.last_place();
        let floor = |x: Option<Decimal>| match x {
            Some(x) if x >= Decimal::ZERO => Bound::Inclusive(x),
            _ => Bound::Inclusive(Decimal::ZERO),
        };
        let up = |x: Option<Decimal>| x.map_or(Bound::Unbounded, Bound::Exclusive);
        match self.qualifier {
            Qualifier::Exact => Interval::exact(v),
            Qualifier::MoreThan => Interval {
                low: Bound::Exclusive(v),
                high: up(v.checked_add(p)),
            },
            Qualifier::About => Interval {
                low: floor(v.checked_sub(p)),
                high: v.checked_add(p).map_or(Bound::Unbounded, Bound::Inclusive),
            },
            Qualifier::Nearly => Interval {
                low: floor(v.checked_sub(p)),
                high: Bound::Exclusive(v),
            },
            Qualifier::AtLeast => Interval {
                low: Bound::Inclusive(v),
                high: Bound::Unbounded,
            },
            Qualifier::AtMost => Interval {
                low: Bound::Inclusive(Decimal::ZERO),
                high: Bound::Inclusive(v),
            },
        }
    }
}

impl fmt::Display for Quantity {
    /// Prints the figure the way a report does: `40处`, `900余名`, `约30人`, `2次以上`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (v, u) = (self.value, &self.unit);
        match self.qualifier {
            Qualifier::Exact => write!(f, "{v}{u}"),
            Qualifier::MoreThan if self.marker_position == MarkerPosition::AfterMultiplier => {
                let word = u.as_str();
                let split = word.char_indices().nth(1).map_or(word.len(), |(i, _)| i);
                let (multiplier, rest) = word.split_at(split);
                write!(f, "{v}{multiplier}余{rest}")
            }
            Qualifier::MoreThan => write!(f, "{v}余{u}"),
            Qualifier::About => write!(f, "约{v}{u}"),
            Qualifier::Nearly => write!(f, "近{v}{u}"),
            Qualifier::AtLeast => write!(f, "{v}{u}以上"),
            Qualifier::AtMost => write!(f, "{v}{u}以内"),
        }
    }
}

impl FromStr for Quantity {
    type Err = QuantityError;

    /// Reads a figure as [`Display`](fmt::Display) prints it: `40处`, `300余人次`,
    /// `约30人`, `近900人`, `2次以上`, `3天以内`. `多` is read like `余`, `左右` like `约`.
    ///
    /// A unit outside the closed set that itself begins with `余`/`多` or ends with
    /// `以上`/`以内`/`左右` is read as that qualifier; build such figures with
    /// [`Quantity::new`].
    fn from_str(text: &str) -> Result<Quantity, QuantityError> {
        let syntax = || QuantityError::Syntax(text.to_owned());
        let mut rest = text.trim();
        let mut qualifier = Qualifier::Exact;
        if let Some(r) = rest.strip_prefix('约') {
            (rest, qualifier) = (r, Qualifier::About);
        } else if let Some(r) = rest.strip_prefix('近') {
            (rest, qualifier) = (r, Qualifier::Nearly);
        }
        for (suffix, q) in [
            ("以上", Qualifier::AtLeast),
            ("以内", Qualifier::AtMost),
            ("左右", Qualifier::About),
        ] {
            if let Some(r) = rest.strip_suffix(suffix) {
                if !qualifier.is_exact() {
                    return Err(syntax());
                }
                (rest, qualifier) = (r, q);
                break;
            }
        }
        // Digits, and a point only when a digit follows it (a unit may begin with `.`).
        let bytes = rest.as_bytes();
        let int = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let frac = match bytes.get(int) {
            Some(b'.') => bytes[int + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count(),
            _ => 0,
        };
        let digits = if frac > 0 { int + 1 + frac } else { int };
        let (number, mut word) = rest.split_at(digits);
        let mut position = MarkerPosition::BeforeMultiplier;
        let owned;
        if let Some(w) = word.strip_prefix(['余', '多']) {
            if !qualifier.is_exact() {
                return Err(syntax());
            }
            (word, qualifier) = (w, Qualifier::MoreThan);
        } else if let Some((multiplier, w)) = ["万", "亿"]
            .iter()
            .find_map(|m| Some((*m, word.strip_prefix(m)?.strip_prefix(['余', '多'])?)))
        {
            if !qualifier.is_exact() {
                return Err(syntax());
            }
            owned = format!("{multiplier}{w}");
            (word, qualifier, position) = (
                owned.as_str(),
                Qualifier::MoreThan,
                MarkerPosition::AfterMultiplier,
            );
        }
        let value: Decimal = number.parse().map_err(|_| syntax())?;
        Quantity::new(value, Unit::new(word)?)?
            .with_qualifier(qualifier)
            .with_marker_position(position)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuantity {
    value: Decimal,
    unit: Unit,
    #[serde(default)]
    qualifier: Qualifier,
    #[serde(default)]
    marker_position: MarkerPosition,
}

impl<'de> Deserialize<'de> for Quantity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawQuantity::deserialize(deserializer)?;
        Quantity::new(raw.value, raw.unit)
            .and_then(|q| {
                q.with_qualifier(raw.qualifier)
                    .with_marker_position(raw.marker_position)
            })
            .map_err(|e| crate::error::cause::raise(crate::error::Cause::Quantity(e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(v: &str, u: &str, qual: Qualifier) -> Quantity {
        Quantity::new(v.parse::<Decimal>().unwrap(), Unit::new(u).unwrap())
            .unwrap()
            .with_qualifier(qual)
    }

    #[test]
    fn intervals() {
        let more = q("900", "名", Qualifier::MoreThan).interval();
        assert!(more.contains(901.into()) && more.contains(999.into()));
        assert!(!more.contains(900.into()) && !more.contains(1000.into()));
        let about = q("40", "处", Qualifier::About).interval();
        assert!(about.contains(30.into()) && about.contains(50.into()));
        let exact = q("40", "处", Qualifier::Exact).interval();
        assert!(!exact.certainly_greater(&about));
        assert!(
            q("51", "处", Qualifier::Exact)
                .interval()
                .certainly_greater(&about)
        );
        assert!(exact.possibly_greater(&q("40", "处", Qualifier::Nearly).interval()));
    }

    #[test]
    fn wire_form() {
        let v: Quantity =
            serde_json::from_str(r#"{"value":900,"unit":"名","qualifier":"more_than"}"#).unwrap();
        assert_eq!(v.to_string(), "900余名");
        assert_eq!(
            serde_json::to_string(&q("40", "处", Qualifier::Exact)).unwrap(),
            r#"{"value":40,"unit":"处"}"#
        );
        let other: Quantity = serde_json::from_str(r#"{"value":3,"unit":"栋"}"#).unwrap();
        assert_eq!(other.unit().as_str(), "栋");
        assert!(matches!(other.unit(), Unit::Other(_)));
        assert!(serde_json::from_str::<Quantity>(r#"{"value":1.5,"unit":"件"}"#).is_err());
        assert!(serde_json::from_str::<Quantity>(r#"{"value":-1,"unit":"万元"}"#).is_err());
        assert!(serde_json::from_str::<Quantity>(r#"{"value":1,"unit":""}"#).is_err());
        assert!(serde_json::from_str::<Quantity>(r#"{"value":1,"unit":"件","x":1}"#).is_err());
    }

    #[test]
    fn marker_after_the_multiplier() {
        let after: Quantity = "3.2万余人次".parse().unwrap();
        assert_eq!(after.marker_position(), MarkerPosition::AfterMultiplier);
        assert_eq!(after.unit().as_str(), "万人次");
        assert_eq!(after.to_string(), "3.2万余人次");
        assert_eq!(
            serde_json::to_string(&after).unwrap(),
            r#"{"value":3.2,"unit":"万人次","qualifier":"more_than","marker_position":"after_multiplier"}"#
        );
        let before: Quantity = "218余万元".parse().unwrap();
        assert_eq!(before.marker_position(), MarkerPosition::BeforeMultiplier);
        assert_eq!(before.to_string(), "218余万元");
        assert!(!serde_json::to_string(&before).unwrap().contains("marker"));
        assert_eq!(
            "5亿多元".parse::<Quantity>().unwrap().to_string(),
            "5亿余元"
        );
        // Only on 余/多 figures whose unit begins with 万/亿.
        for bad in [
            r#"{"value":3,"unit":"人次","qualifier":"more_than","marker_position":"after_multiplier"}"#,
            r#"{"value":3,"unit":"万元","marker_position":"after_multiplier"}"#,
        ] {
            assert!(serde_json::from_str::<Quantity>(bad).is_err(), "{bad}");
        }
        assert!(
            q("3", "万元", Qualifier::About)
                .with_marker_position(MarkerPosition::AfterMultiplier)
                .is_err()
        );
    }
}
