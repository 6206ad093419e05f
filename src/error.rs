//! Operation errors (操作错误): a report could not be read, parsed or written.
//!
//! Validation never fails: it returns findings (see [`crate::validate`]). An [`Error`] means
//! the input is not a report at all, or exceeds the [`Limits`](crate::Limits).

use std::fmt;

pub(crate) mod cause;

pub(crate) use cause::Cause;

/// What kind of failure an [`Error`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not well-formed JSON (语法错误), including invalid UTF-8.
    Syntax,
    /// The input ended in the middle of a value (内容不完整), including empty input.
    Eof,
    /// Well-formed JSON that is not a report (数据错误): a wrong type, an unknown or missing
    /// key, a bad date, a value out of range.
    Data,
    /// The `schema_version` is one this crate cannot read (版本不支持).
    UnsupportedVersion,
    /// The input exceeds a [`Limits`](crate::Limits) bound (超出限制).
    Limit,
    /// Reading the input failed (读取失败).
    Io,
    /// Writing JSON failed (序列化失败).
    Serialize,
}

/// A report could not be read, parsed or written.
///
/// It names the place (a JSON path such as `measures.items[2].hazards[0].found`, and the
/// line and column), and the reason as `serde_json` states it. [`Error::message_zh`] gives
/// the same in Chinese for drafters.
///
/// ```
/// use fazhi_report::{ErrorKind, Report};
/// let err = Report::from_json_str(r#"{"schema_version": "1.0", "meta": 3}"#).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Data);
/// assert_eq!(err.path(), Some("meta"));
/// assert_eq!((err.line(), err.column()), (1, 35));
/// ```
#[derive(Debug, thiserror::Error)]
pub struct Error {
    kind: ErrorKind,
    path: Option<String>,
    /// The RFC 6901 pointer of `path`, built from the path's typed segments.
    pointer: String,
    line: usize,
    column: usize,
    reason: String,
    /// What went wrong, when the crate's own code said so (boxed: errors stay small).
    cause: Option<Box<Cause>>,
    #[source]
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, reason: impl Into<String>) -> Error {
        Error {
            kind,
            path: None,
            pointer: String::new(),
            line: 0,
            column: 0,
            reason: reason.into(),
            cause: None,
            source: None,
        }
    }

    /// An error for `cause`, with its English reason.
    pub(crate) fn of_cause(kind: ErrorKind, cause: Cause) -> Error {
        let mut error = Error::new(kind, cause.to_string());
        error.cause = Some(Box::new(cause));
        error
    }

    /// Attaches the cause of the error (see [`cause`]).
    pub(crate) fn with_cause(mut self, cause: Option<Cause>) -> Error {
        self.cause = cause.map(Box::new);
        self
    }

    pub(crate) fn at(mut self, path: Option<String>, line: usize, column: usize) -> Error {
        self.path = path;
        self.line = line;
        self.column = column;
        self
    }

    pub(crate) fn with_source(
        mut self,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Error {
        self.source = Some(Box::new(source));
        self
    }

    /// Sets the pointer of the place (see [`pointer_of`]).
    pub(crate) fn set_pointer(&mut self, pointer: String) {
        self.pointer = pointer;
    }

    pub(crate) fn serialize(err: serde_json::Error) -> Error {
        Error::new(ErrorKind::Serialize, err.to_string()).with_source(err)
    }

    /// What kind of failure this is.
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The JSON path of the offending value (`measures.items[2].hazards[0].found`), when the
    /// failure concerns one value. `None` for syntax errors before any key, I/O and limits on
    /// the whole input.
    #[must_use]
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The path as an RFC 6901 JSON Pointer (`/measures/items/2/hazards/0/found`), the form
    /// validation findings use; `""` for the whole document.
    #[must_use]
    pub fn pointer(&self) -> String {
        self.pointer.clone()
    }

    /// 1-based line of the failure in the input; 0 when not applicable.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// 1-based column (in bytes) of the failure in the input; 0 when not applicable.
    #[must_use]
    pub fn column(&self) -> usize {
        self.column
    }

    /// The reason, in English, as the parser states it (without the place).
    #[must_use]
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// What kind of problem the offending value has, for errors about a value (kinds
    /// [`ErrorKind::Data`], [`ErrorKind::UnsupportedVersion`], [`ErrorKind::Limit`]): a
    /// missing field, a negative figure, a date that does not exist … `None` for syntax,
    /// end-of-input, I/O and serialisation errors, and for a reason the crate does not know.
    ///
    /// The kind comes from the code that refused the value (the crate's own figures, units,
    /// dates, versions, unique lists and limits), or, for serde's own refusals (a missing or
    /// unknown field, a value of the wrong type), from serde's reason.
    ///
    /// ```
    /// use fazhi_report::{DataKind, Report};
    /// let json = include_str!("../tests/fixtures/minimal.json").replace(r#""year": 2024"#, r#""year": 1999"#);
    /// let err = Report::from_json_str(&json).unwrap_err();
    /// assert_eq!(err.data_kind(), Some(DataKind::Year));
    /// ```
    #[must_use]
    pub fn data_kind(&self) -> Option<DataKind> {
        match &self.cause {
            Some(cause) => cause.data_kind(),
            None if matches!(self.kind, ErrorKind::Data | ErrorKind::UnsupportedVersion) => {
                serde_reason(&self.reason).and_then(|row| row.kind)
            }
            None => None,
        }
    }

    /// The error in Chinese for a drafter: what is wrong, where, and what to do.
    #[must_use]
    pub fn message_zh(&self) -> String {
        let what = match self.kind {
            ErrorKind::Syntax => "JSON 格式错误",
            ErrorKind::Eof => "内容不完整（输入提前结束）",
            ErrorKind::Data => "字段内容不符合报告格式",
            ErrorKind::UnsupportedVersion => "数据格式版本不受支持",
            ErrorKind::Limit => "输入超出允许的限制",
            ErrorKind::Io => "读取输入失败",
            ErrorKind::Serialize => "生成 JSON 失败",
        };
        let mut out = String::from(what);
        if let Some(path) = &self.path {
            out.push_str(&format!("，位置：{path}"));
        }
        if self.line > 0 {
            out.push_str(&format!("（第{}行第{}列）", self.line, self.column));
        }
        out.push('。');
        let explained = match &self.cause {
            Some(cause) => Some(cause.explain_zh()),
            None => serde_reason(&self.reason).map(|row| (row.explain)(&self.reason)),
        };
        if let Some(explained) = explained {
            out.push_str(&explained);
            out.push('。');
        }
        out.push_str(&format!("（原因：{}）", self.reason));
        out
    }
}

/// What kind of problem a value has (数据问题的种类), for an embedder that reacts per
/// kind (a form that marks a missing field, a tool that explains a negative figure): see
/// [`Error::data_kind`].
///
/// The kinds are stable names; their data (the digits counted, the date's wrong part) is in
/// [`Error::reason`] and [`Error::message_zh`]. New kinds may be added in minor versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataKind {
    /// A required field is absent (缺少必填字段).
    MissingField,
    /// A key that is not a field of the object (多余字段).
    UnknownField,
    /// A key given twice in one object (字段重复).
    DuplicateField,
    /// A code that is not one of the field's options (选项代码无效).
    UnknownCode,
    /// A value of the wrong JSON type (数据类型错误): a string for a number, an object for a
    /// code …
    WrongType,
    /// A value of the right type that serde refuses (取值无效), e.g. a negative count.
    InvalidValue,
    /// `-0` (负零).
    NegativeZero,
    /// A negative figure (数值为负).
    Negative,
    /// A fraction in a unit that counts whole things (计数单位须为整数).
    NotWhole,
    /// More than 15 significant digits (有效数字过多).
    TooManyDigits,
    /// A magnitude of 10^18 or more (数值过大).
    TooLarge,
    /// A significant digit beyond the 18th decimal place (数值过小).
    TooSmall,
    /// A text that is not a number, or a number that is not finite (数字写法无效).
    NotANumber,
    /// A binary floating-point number from another source, whose digits cannot be proven
    /// (无法确认精确数值).
    NotExact,
    /// 余 after 万/亿 where the figure does not allow it (余字位置无效).
    MarkerPosition,
    /// A text that is not a date that exists (日期无效).
    Date,
    /// A year out of range (年度超出范围).
    Year,
    /// A measure word that is not a unit (单位无效).
    Unit,
    /// A `schema_version` not written as `major.minor` (版本号格式错误).
    VersionShape,
    /// A `schema_version` this crate does not read (版本不支持).
    VersionUnsupported,
    /// An item equal to an earlier one where items must be unique (列表项重复).
    DuplicateItem,
    /// A text longer than the field allows (文字过长).
    TextTooLong,
    /// A text shorter than the field needs (文字过短).
    TextTooShort,
    /// A list longer than the field allows (列表项过多).
    TooManyItems,
    /// A list shorter than the field needs (列表项过少).
    TooFewItems,
    /// A string beyond [`Limits::string_bytes`](crate::Limits::string_bytes).
    StringLimit,
    /// A list or object beyond [`Limits::list_len`](crate::Limits::list_len).
    EntriesLimit,
    /// Nesting beyond [`Limits::depth`](crate::Limits::depth).
    DepthLimit,
    /// An input beyond [`Limits::input_bytes`](crate::Limits::input_bytes).
    InputLimit,
}

/// A reason raised by serde or `serde_json` themselves, recognised by how it begins (or,
/// for one, what it contains): the one place where English messages are read. The crate's
/// own reasons carry a [`Cause`] instead.
struct SerdeReason {
    /// The reason begins with this (or contains it, when `anywhere`).
    text: &'static str,
    anywhere: bool,
    kind: Option<DataKind>,
    explain: fn(&str) -> String,
}

const fn row(
    text: &'static str,
    kind: Option<DataKind>,
    explain: fn(&str) -> String,
) -> SerdeReason {
    SerdeReason {
        text,
        anywhere: false,
        kind,
        explain,
    }
}

/// serde's and `serde_json`'s reasons, in the order they are tried.
static SERDE_REASONS: &[SerdeReason] = &[
    row("missing field", Some(DataKind::MissingField), |r| {
        format!("缺少必填字段“{}”，请补充", quoted(r))
    }),
    row("unknown field", Some(DataKind::UnknownField), |r| {
        format!(
            "字段名“{}”不属于报告格式（拼写错误或多余字段），请改正或删除",
            quoted(r)
        )
    }),
    row("duplicate field", Some(DataKind::DuplicateField), |r| {
        format!("字段“{}”出现了两次，请只保留一个", quoted(r))
    }),
    row("unknown variant", Some(DataKind::UnknownCode), |r| {
        format!("取值“{}”不在允许的选项中，请从下拉选项中选择", quoted(r))
    }),
    row("invalid type", Some(DataKind::WrongType), |r| {
        format!("数据类型不对：这里应填 {}", expected(r))
    }),
    row("invalid value", Some(DataKind::InvalidValue), |r| {
        format!("取值不对：这里应填 {}", expected(r))
    }),
    row("invalid length", Some(DataKind::InvalidValue), |r| {
        format!("取值不对：这里应填 {}", expected(r))
    }),
    row("EOF", None, |_| {
        "内容不完整：文件为空或在中途结束，请检查是否缺少括号或引号".to_owned()
    }),
    row("trailing characters", None, |_| {
        "报告结束后还有多余内容，请删除".to_owned()
    }),
    row("trailing comma", None, |_| {
        "最后一项后面多了逗号，请删除".to_owned()
    }),
    row("key must be a string", None, |_| {
        "字段名必须用英文双引号括起来".to_owned()
    }),
    row("expected", None, |_| {
        "JSON 格式有误：可能缺少逗号、冒号、括号，或使用了单引号、注释".to_owned()
    }),
    row("control character", None, |_| {
        "文字中含有换行符或制表符等控制字符，请改用 \\n 等转义或删除".to_owned()
    }),
    row("invalid unicode", None, bad_escape),
    row("lone leading surrogate", None, bad_escape),
    row("invalid escape", None, bad_escape),
    SerdeReason {
        text: "hex escape",
        anywhere: true,
        kind: None,
        explain: bad_escape,
    },
    row("invalid number", None, bad_number),
    row("number out of range", None, bad_number),
    row("recursion limit", None, |_| "嵌套层次过深".to_owned()),
];

fn bad_escape(_: &str) -> String {
    "文字中有无效的字符或转义序列（文件可能不是 UTF-8 编码）".to_owned()
}

fn bad_number(_: &str) -> String {
    "数字写法无效或超出范围".to_owned()
}

/// The row of [`SERDE_REASONS`] that recognises `reason`.
fn serde_reason(reason: &str) -> Option<&'static SerdeReason> {
    SERDE_REASONS.iter().find(|row| {
        if row.anywhere {
            reason.contains(row.text)
        } else {
            reason.starts_with(row.text)
        }
    })
}

/// The text between the first pair of backticks (serde quotes names this way).
fn quoted(text: &str) -> &str {
    let Some(start) = text.find('`').map(|i| i + 1) else {
        return "";
    };
    text[start..]
        .find('`')
        .map_or("", |len| &text[start..start + len])
}

/// What serde says was expected (`…, expected a string`), in Chinese.
fn expected(reason: &str) -> String {
    let what = reason.split_once(", expected ").map_or("", |(_, e)| e);
    match what {
        "a string" => "文字（用英文双引号括起来）".to_owned(),
        "a boolean" => "true 或 false".to_owned(),
        "a sequence" => "列表（用方括号 [ ] 括起来）".to_owned(),
        "a code written as a string" => {
            "选项代码（用英文双引号括起来的文字，如 \"custom\"）".to_owned()
        }
        "u8" | "u16" | "u32" | "u64" => "不带小数点的非负整数".to_owned(),
        _ if what.starts_with("struct ") => "对象（用花括号 { } 括起来的字段）".to_owned(),
        _ if what.starts_with("a number") => "数字（不加引号）".to_owned(),
        _ => what.to_owned(),
    }
}
/// The RFC 6901 JSON Pointer of a `serde_path_to_error` path, from its typed segments:
/// indexes and keys as they are (keys escaped), trailing keys it could not read (`?`) left
/// off, so that the place is the enclosing value.
pub(crate) fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let segments: Vec<&Segment> = path.iter().collect();
    let known = segments
        .iter()
        .rposition(|s| !matches!(s, Segment::Unknown))
        .map_or(0, |at| at + 1);
    let mut out = String::new();
    for segment in &segments[..known] {
        out.push('/');
        match segment {
            Segment::Seq { index } => out.push_str(&index.to_string()),
            Segment::Map { key } => out.push_str(&key.replace('~', "~0").replace('/', "~1")),
            Segment::Enum { variant } => out.push_str(variant),
            Segment::Unknown => out.push('?'),
        }
    }
    out
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{path}: ")?;
        }
        f.write_str(&self.reason)?;
        if self.line > 0 {
            write!(f, " at line {} column {}", self.line, self.column)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reason as serde or `serde_json` gives it, without the place.
    fn bare(err: &serde_json::Error) -> String {
        let full = err.to_string();
        match full.rfind(" at line ") {
            Some(i) if err.line() > 0 => full[..i].to_owned(),
            _ => full,
        }
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        a: u32,
        e: Option<Code>,
        t: Option<(u8, u8)>,
    }

    #[derive(Debug, serde::Deserialize)]
    enum Code {
        X,
    }

    /// Every row of [`SERDE_REASONS`] recognises the reason serde or `serde_json` really
    /// gives, with its kind and its explanation (one case per row, each row covered).
    #[test]
    fn each_serde_reason_row_recognises_its_reason() {
        let typed = |json: &str| bare(&serde_json::from_str::<Sample>(json).unwrap_err());
        let value = |json: &[u8]| bare(&serde_json::from_slice::<Value>(json).unwrap_err());
        use serde_json::Value;
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let cases: Vec<(String, &str, Option<DataKind>, &str)> = vec![
            (
                typed("{}"),
                "missing field",
                Some(DataKind::MissingField),
                "缺少必填字段“a”",
            ),
            (
                typed(r#"{"a": 1, "z": 1}"#),
                "unknown field",
                Some(DataKind::UnknownField),
                "字段名“z”不属于",
            ),
            (
                typed(r#"{"a": 1, "a": 2}"#),
                "duplicate field",
                Some(DataKind::DuplicateField),
                "字段“a”出现了两次",
            ),
            (
                typed(r#"{"a": 1, "e": "Y"}"#),
                "unknown variant",
                Some(DataKind::UnknownCode),
                "取值“Y”不在允许的选项中",
            ),
            (
                typed(r#"{"a": "1"}"#),
                "invalid type",
                Some(DataKind::WrongType),
                "这里应填 不带小数点的非负整数",
            ),
            (
                typed(r#"{"a": -1}"#),
                "invalid value",
                Some(DataKind::InvalidValue),
                "取值不对",
            ),
            (
                typed(r#"{"a": 1, "t": [1]}"#),
                "invalid length",
                Some(DataKind::InvalidValue),
                "取值不对",
            ),
            (value(b""), "EOF", None, "内容不完整"),
            (value(b"{} x"), "trailing characters", None, "多余内容"),
            (value(b"[1,]"), "trailing comma", None, "多了逗号"),
            (
                value(b"{1: 2}"),
                "key must be a string",
                None,
                "字段名必须用英文双引号",
            ),
            (value(b"[1 2]"), "expected", None, "可能缺少逗号"),
            (value(b"\"a\nb\""), "control character", None, "控制字符"),
            (value(b"\"\xff\""), "invalid unicode", None, "无效的字符"),
            (
                value(br#""\ud800\u0041""#),
                "lone leading surrogate",
                None,
                "无效的字符",
            ),
            (value(br#""\q""#), "invalid escape", None, "无效的字符"),
            (value(br#""\ud800x""#), "hex escape", None, "无效的字符"),
            (value(b"01"), "invalid number", None, "数字写法无效"),
            (value(b"1e400"), "number out of range", None, "数字写法无效"),
            (
                value(deep.as_bytes()),
                "recursion limit",
                None,
                "嵌套层次过深",
            ),
        ];
        for (reason, text, kind, zh) in &cases {
            let row = serde_reason(reason).unwrap_or_else(|| panic!("no row for {reason:?}"));
            assert_eq!(row.text, *text, "{reason:?}");
            assert_eq!(row.kind, *kind, "{reason:?}");
            let explained = (row.explain)(reason);
            assert!(explained.contains(zh), "{reason:?}: {explained}");
        }
        for row in SERDE_REASONS {
            assert!(
                cases.iter().any(|(_, text, _, _)| *text == row.text),
                "row {:?} has no case",
                row.text
            );
        }
        assert!(serde_reason("something else entirely").is_none());
    }

    /// A cause is attributed only to the error it rendered: a stale one (of an error serde
    /// discarded) is not given to another error.
    #[test]
    fn a_cause_goes_to_its_own_error_only() {
        let _: serde_json::Error = cause::raise(Cause::Year(1999));
        assert_eq!(cause::take("missing field `year`"), None);
        // The slot is emptied either way.
        let _: serde_json::Error = cause::raise(Cause::Year(1999));
        assert_eq!(
            cause::take("year 1999 is out of range 2000..=2100"),
            Some(Cause::Year(1999))
        );
        assert_eq!(cause::take("year 1999 is out of range 2000..=2100"), None);
        let _: serde_json::Error = cause::raise(Cause::Year(1999));
        cause::forget();
        assert_eq!(cause::take("year 1999 is out of range 2000..=2100"), None);
    }

    fn path_of(json: &str) -> serde_path_to_error::Path {
        let mut de = serde_json::Deserializer::from_str(json);
        let result: Result<Vec<std::collections::BTreeMap<String, Vec<u8>>>, _> =
            serde_path_to_error::deserialize(&mut de);
        match result {
            Err(e) => e.path().clone(),
            Ok(v) => panic!("{json} should not deserialise: {v:?}"),
        }
    }

    #[test]
    fn pointer_from_typed_segments() {
        assert_eq!(pointer_of(&path_of(r#"[{"a": [1, "x"]}]"#)), "/0/a/1");
        // Keys are escaped, never split at `.` or `[` (which a Display-based split did).
        assert_eq!(
            pointer_of(&path_of(r#"[{}, {"a/b~c.d[0]": ["x"]}]"#)),
            "/1/a~1b~0c.d[0]/0"
        );
        // A key that could not be read leaves the place at the enclosing object.
        assert_eq!(pointer_of(&path_of(r#"[{"a": [1]}, {"b": [1], 7}]"#)), "/1");
    }
}
