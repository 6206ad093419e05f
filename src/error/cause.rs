//! What exactly went wrong with a value (错误原因), as a typed kind.
//!
//! The crate's own deserialisers (figures, units, dates, years, the schema version, unique
//! lists) and the parser's limits report a [`Cause`] through [`raise`]: it renders the
//! English reason, hands it to serde as `D::Error::custom` (serde's only way to carry an
//! error), and records the cause in a thread-local slot. The parse wrapper
//! ([`crate::parse`]) clears the slot before it parses and [`take`]s it when the parse
//! fails, so [`Error`](super::Error) knows the kind and its data without reading the
//! English back. A cause is taken only when the error that reached the wrapper is the one it
//! rendered (the same reason text): should serde ever discard an error and fail later for
//! another reason, the stale cause is not attributed to it.
//!
//! Errors of serde and `serde_json` themselves (a missing field, a value of the wrong type, a
//! syntax error) carry no cause; [`super::SERDE_REASONS`] recognises them from their
//! messages.

use std::cell::RefCell;
use std::fmt;

use serde::de;

use crate::model::{DateProblem, DecimalError, QuantityError, SchemaVersion, UnitError, Year};

use super::DataKind;

/// What went wrong, with the data the messages need.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cause {
    /// A figure's text ([`DecimalError`]: too many digits, too large, too small, `-0` …).
    Decimal(DecimalError),
    /// A figure with its unit ([`QuantityError`]: negative, not whole …).
    Quantity(QuantityError),
    /// A measure word that is not a unit.
    Unit(UnitError),
    /// A text that is not a date that exists.
    Date { problem: DateProblem, text: String },
    /// A year outside [`Year::MIN`]`..=`[`Year::MAX`].
    Year(u64),
    /// A `schema_version` this crate does not read.
    VersionUnsupported { found: String },
    /// A `schema_version` not written as `major.minor`.
    VersionShape { found: String },
    /// An item equal to an earlier one in a list whose items must be unique.
    DuplicateItem {
        shown: String,
        index: usize,
        earlier: usize,
    },
    /// A text longer than its field's `maxLength`.
    TextTooLong { chars: usize, max: usize },
    /// A text shorter than its field's `minLength`.
    TextTooShort { chars: usize, min: usize },
    /// A list longer than its field's `maxItems`.
    TooManyItems { max: usize },
    /// A list shorter than its field's `minItems`.
    TooFewItems { items: usize, min: usize },
    /// `-0` where an integer is read.
    NegativeZero,
    /// A string beyond [`Limits::string_bytes`](crate::Limits::string_bytes).
    StringLimit { len: usize, max: usize },
    /// A list or an object beyond [`Limits::list_len`](crate::Limits::list_len).
    EntriesLimit { object: bool, max: usize },
    /// Nesting beyond [`Limits::depth`](crate::Limits::depth).
    DepthLimit { max: usize },
    /// An input beyond [`Limits::input_bytes`](crate::Limits::input_bytes) (its length when
    /// known: a reader is not read past the limit).
    InputLimit { len: Option<usize>, max: usize },
    /// UTF-16 or UTF-32 input.
    WideEncoding(&'static str),
}

impl Cause {
    /// Whether the cause is a bound of [`Limits`](crate::Limits) ([`ErrorKind::Limit`](super::ErrorKind::Limit)).
    pub(crate) fn is_limit(&self) -> bool {
        matches!(
            self,
            Cause::StringLimit { .. }
                | Cause::EntriesLimit { .. }
                | Cause::DepthLimit { .. }
                | Cause::InputLimit { .. }
        )
    }

    /// The public kind of the cause.
    pub(crate) fn data_kind(&self) -> Option<DataKind> {
        Some(match self {
            Cause::Decimal(e) => match e {
                DecimalError::TooPrecise { .. } => DataKind::TooManyDigits,
                DecimalError::TooLarge(_) => DataKind::TooLarge,
                DecimalError::TooSmall(_) => DataKind::TooSmall,
                DecimalError::NegativeZero(_) => DataKind::NegativeZero,
                DecimalError::NotProvablyExact(_) => DataKind::NotExact,
                _ => DataKind::NotANumber,
            },
            Cause::Quantity(e) => match e {
                QuantityError::Negative(_) => DataKind::Negative,
                QuantityError::NotWhole { .. } => DataKind::NotWhole,
                QuantityError::TooPrecise(_) => DataKind::TooManyDigits,
                QuantityError::Unit(_) => DataKind::Unit,
                QuantityError::MarkerPosition(_) => DataKind::MarkerPosition,
                _ => DataKind::NotANumber,
            },
            Cause::Unit(_) => DataKind::Unit,
            Cause::Date { .. } => DataKind::Date,
            Cause::Year(_) => DataKind::Year,
            Cause::VersionUnsupported { .. } => DataKind::VersionUnsupported,
            Cause::VersionShape { .. } => DataKind::VersionShape,
            Cause::DuplicateItem { .. } => DataKind::DuplicateItem,
            Cause::TextTooLong { .. } => DataKind::TextTooLong,
            Cause::TextTooShort { .. } => DataKind::TextTooShort,
            Cause::TooManyItems { .. } => DataKind::TooManyItems,
            Cause::TooFewItems { .. } => DataKind::TooFewItems,
            Cause::NegativeZero => DataKind::NegativeZero,
            Cause::StringLimit { .. } => DataKind::StringLimit,
            Cause::EntriesLimit { .. } => DataKind::EntriesLimit,
            Cause::DepthLimit { .. } => DataKind::DepthLimit,
            Cause::InputLimit { .. } => DataKind::InputLimit,
            Cause::WideEncoding(_) => return None,
        })
    }

    /// What the cause means for a drafter and what to do, in Chinese.
    pub(crate) fn explain_zh(&self) -> String {
        const NEGATIVE_ZERO: &str = "数字“-0”无效：请填写 0，或核对原始数据（四舍五入前为负数）";
        match self {
            Cause::Decimal(e) => match e {
                DecimalError::TooPrecise { spelling, digits } => format!(
                    "数字“{spelling}”有{digits}位有效数字，超过 15 位，无法精确保存，请核对"
                ),
                DecimalError::TooLarge(_) => {
                    "数字过大：数值须小于 10^18，请核对数字和单位".to_owned()
                }
                DecimalError::TooSmall(_) => {
                    "数字过小：小数点后的有效数字最多到第 18 位，请核对".to_owned()
                }
                DecimalError::NegativeZero(_) => NEGATIVE_ZERO.to_owned(),
                DecimalError::NotProvablyExact(_) => {
                    "数字以二进制浮点数传入，无法确认其精确数值：请直接解析 JSON 文本".to_owned()
                }
                _ => "数字写法无效：只能由数字、负号、小数点和指数组成".to_owned(),
            },
            Cause::Quantity(e) => match e {
                QuantityError::Negative(_) => "数字不能为负数：减少请用“增减方向”表示".to_owned(),
                QuantityError::NotWhole { unit, .. } => {
                    format!("以“{unit}”计数的数字必须是整数（件、处、人次等计数单位不能有小数）")
                }
                QuantityError::TooPrecise(_) => {
                    "数字超过 15 位有效数字，无法精确保存，请核对".to_owned()
                }
                QuantityError::Unit(_) => UNIT_ZH.to_owned(),
                QuantityError::MarkerPosition(_) => {
                    "“余”写在“万”“亿”之后时，限定词须为“余/多”，单位须以“万”或“亿”开头".to_owned()
                }
                _ => "数字写法应如“40处”“900余名”“约30人”".to_owned(),
            },
            Cause::Unit(_) => UNIT_ZH.to_owned(),
            Cause::Date { problem, .. } => problem.explain_zh(),
            Cause::Year(_) => format!("年度超出允许范围（{}–{}）", Year::MIN, Year::MAX),
            Cause::VersionUnsupported { found } => format!(
                "数据格式版本“{found}”不受支持：本程序读取 {} 及更早的版本，请用当前版本的表单或程序导出",
                SchemaVersion::CURRENT
            ),
            Cause::VersionShape { .. } => "数据格式版本应写成“2.0”的形式".to_owned(),
            Cause::DuplicateItem { index, earlier, .. } => format!(
                "该列表中的每一项只能出现一次：第{}项与第{}项相同，请删去重复的一项",
                index + 1,
                earlier + 1
            ),
            Cause::TextTooLong { chars, max } => {
                format!("文字过长：这里有{chars}个字符，最多允许{max}个")
            }
            Cause::TextTooShort { chars, min } => {
                format!("文字过短：这里有{chars}个字符，至少需要{min}个（没有内容时请删除该字段）")
            }
            Cause::TooManyItems { max } => format!("列表项过多：这里最多允许{max}项"),
            Cause::TooFewItems { items, min } => {
                format!("列表项过少：这里有{items}项，至少需要{min}项")
            }
            Cause::NegativeZero => NEGATIVE_ZERO.to_owned(),
            Cause::StringLimit { .. } => "文字过长，超出允许的长度".to_owned(),
            Cause::EntriesLimit { .. } => "列表项过多，超出允许的数量".to_owned(),
            Cause::DepthLimit { .. } => "嵌套层次过深".to_owned(),
            Cause::InputLimit { .. } => "文件过大，超出允许的大小".to_owned(),
            Cause::WideEncoding(_) => "文件编码不是 UTF-8，请另存为 UTF-8 编码".to_owned(),
        }
    }
}

const UNIT_ZH: &str = "单位应为 1–8 个字的量词，如“件”“处”“人次”，不含数字和空格";

impl fmt::Display for Cause {
    /// The reason in English, as [`Error::reason`](super::Error::reason) gives it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cause::Decimal(e) => e.fmt(f),
            Cause::Quantity(e) => e.fmt(f),
            Cause::Unit(e) => e.fmt(f),
            Cause::Date { problem, text } => f.write_str(&problem.reason(text)),
            Cause::Year(n) => write!(f, "year {n} is out of range {}..={}", Year::MIN, Year::MAX),
            Cause::VersionUnsupported { found } => write!(
                f,
                "unsupported schema_version {found:?}: this version of fazhi-report reads \
                 schema_version {} and earlier {}.x versions, and migrates {}",
                SchemaVersion::CURRENT,
                SchemaVersion::CURRENT.major(),
                SchemaVersion::LEGACY
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Cause::VersionShape { found } => {
                write!(f, "schema_version {found:?} is not of the form \"1.0\"")
            }
            Cause::DuplicateItem {
                shown,
                index,
                earlier,
            } => write!(
                f,
                "duplicate item {shown} at index {index} (also at index {earlier}): the items of this list must be unique"
            ),
            Cause::TextTooLong { chars, max } => write!(
                f,
                "text of {chars} characters is longer than the {max} characters this field allows"
            ),
            Cause::TextTooShort { chars, min } => write!(
                f,
                "text of {chars} characters is shorter than the {min} characters this field needs (leave an empty field out)"
            ),
            Cause::TooManyItems { max } => {
                write!(f, "the list has more than the {max} items this field allows")
            }
            Cause::TooFewItems { items, min } => write!(
                f,
                "the list has {items} items, fewer than the {min} this field needs"
            ),
            Cause::NegativeZero => f.write_str(
                "negative zero (-0) is not a valid number: write 0, or check the figure, which was negative before rounding",
            ),
            Cause::StringLimit { len, max } => {
                write!(f, "string of {len} bytes exceeds the limit of {max} bytes")
            }
            Cause::EntriesLimit { object, max } => write!(
                f,
                "{} has more than the limit of {max} entries",
                if *object { "the object" } else { "the list" }
            ),
            Cause::DepthLimit { max } => write!(
                f,
                "objects and arrays nest deeper than the limit of {max} levels"
            ),
            Cause::InputLimit { len: Some(len), max } => {
                write!(f, "input of {len} bytes exceeds the limit of {max} bytes")
            }
            Cause::InputLimit { len: None, max } => {
                write!(f, "input exceeds the limit of {max} bytes")
            }
            Cause::WideEncoding(encoding) => write!(
                f,
                "the input is {encoding}, not UTF-8: save the file as UTF-8"
            ),
        }
    }
}

thread_local! {
    /// The cause of the error last raised on this thread, with the reason it rendered.
    static RAISED: RefCell<Option<(Cause, String)>> = const { RefCell::new(None) };
}

/// The serde error for `cause`: its English reason, with the cause recorded for the parse
/// wrapper.
pub(crate) fn raise<E: de::Error>(cause: Cause) -> E {
    let reason = cause.to_string();
    let error = E::custom(&reason);
    RAISED.with(|slot| *slot.borrow_mut() = Some((cause, reason)));
    error
}

/// Forgets any cause recorded on this thread (before a parse).
pub(crate) fn forget() {
    RAISED.with(|slot| slot.borrow_mut().take());
}

/// The cause recorded on this thread, if it is the one of the error whose reason is
/// `reason`; the slot is emptied either way.
pub(crate) fn take(reason: &str) -> Option<Cause> {
    RAISED.with(|slot| {
        slot.borrow_mut()
            .take()
            .and_then(|(cause, rendered)| (rendered == reason).then_some(cause))
    })
}
