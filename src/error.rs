//! Operation errors (操作错误): a report could not be read, parsed or written.
//!
//! Validation never fails: it returns findings (see [`crate::validate`]). An [`Error`] means
//! the input is not a report at all, or exceeds the [`Limits`](crate::Limits).

use std::fmt;

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
            source: None,
        }
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
        if let Some(explained) = explain_zh(&self.reason) {
            out.push_str(&explained);
            out.push('。');
        }
        out.push_str(&format!("（原因：{}）", self.reason));
        out
    }
}

/// The text between the first pair of backticks (serde quotes names this way).
fn quoted(text: &str) -> Option<&str> {
    let start = text.find('`')? + 1;
    let len = text[start..].find('`')?;
    Some(&text[start..start + len])
}

/// Says in Chinese what a parser reason means and what to do, for the reasons serde,
/// `serde_json`, the model and the limits give. `None` for a reason it does not know (the
/// English reason is always shown as well).
fn explain_zh(reason: &str) -> Option<String> {
    let name = || quoted(reason).unwrap_or("");
    let expected = || {
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
    };
    let text = if reason.starts_with("missing field") {
        format!("缺少必填字段“{}”，请补充", name())
    } else if reason.starts_with("unknown field") {
        format!(
            "字段名“{}”不属于报告格式（拼写错误或多余字段），请改正或删除",
            name()
        )
    } else if reason.starts_with("duplicate field") {
        format!("字段“{}”出现了两次，请只保留一个", name())
    } else if reason.starts_with("unknown variant") {
        format!("取值“{}”不在允许的选项中，请从下拉选项中选择", name())
    } else if reason.starts_with("invalid type") {
        format!("数据类型不对：这里应填 {}", expected())
    } else if reason.starts_with("invalid value") || reason.starts_with("invalid length") {
        format!("取值不对：这里应填 {}", expected())
    } else if reason.starts_with("negative zero") {
        "数字“-0”无效：请填写 0，或核对原始数据（四舍五入前为负数）".to_owned()
    } else if reason.contains("is negative") {
        "数字不能为负数：减少请用“增减方向”表示".to_owned()
    } else if reason.contains("is not a whole number") {
        "以件、处、人次等计数的数字必须是整数".to_owned()
    } else if reason.contains("significant digits") {
        "数字超过 15 位有效数字，无法精确保存，请核对".to_owned()
    } else if reason.contains("is not a date that exists") || reason.contains("YYYY-MM-DD") {
        // The reason quotes the date; its problem is worked out again from the text.
        let text = reason.split('"').nth(1).unwrap_or("");
        crate::model::DateProblem::of(text).map_or_else(
            || "日期不存在，请核对".to_owned(),
            crate::model::DateProblem::explain_zh,
        )
    } else if reason.starts_with("year ") {
        "年度超出允许范围（2000–2100）".to_owned()
    } else if reason.starts_with("a unit is") {
        "单位应为 1–8 个字的量词，如“件”“处”“人次”，不含数字和空格".to_owned()
    } else if reason.starts_with("unsupported schema_version") {
        "数据格式版本不受支持，请用当前版本（1.x）的表单或程序导出".to_owned()
    } else if reason.starts_with("schema_version") {
        "数据格式版本应写成“1.0”的形式".to_owned()
    } else if reason.starts_with("string of") {
        "文字过长，超出允许的长度".to_owned()
    } else if reason.contains("has more than the limit") {
        "列表项过多，超出允许的数量".to_owned()
    } else if reason.contains("nest deeper") {
        "嵌套层次过深".to_owned()
    } else if reason.starts_with("input") && reason.contains("exceeds the limit") {
        "文件过大，超出允许的大小".to_owned()
    } else if reason.contains("not UTF-8") {
        "文件编码不是 UTF-8，请另存为 UTF-8 编码".to_owned()
    } else if reason.starts_with("EOF") {
        "内容不完整：文件为空或在中途结束，请检查是否缺少括号或引号".to_owned()
    } else if reason.starts_with("trailing characters") {
        "报告结束后还有多余内容，请删除".to_owned()
    } else if reason.starts_with("trailing comma") {
        "最后一项后面多了逗号，请删除".to_owned()
    } else if reason.starts_with("key must be a string") {
        "字段名必须用英文双引号括起来".to_owned()
    } else if reason.starts_with("expected") {
        "JSON 格式有误：可能缺少逗号、冒号、括号，或使用了单引号、注释".to_owned()
    } else if reason.starts_with("control character") {
        "文字中含有换行符或制表符等控制字符，请改用 \\n 等转义或删除".to_owned()
    } else if reason.starts_with("invalid unicode")
        || reason.starts_with("lone leading surrogate")
        || reason.starts_with("invalid escape")
        || reason.contains("hex escape")
    {
        "文字中有无效的字符或转义序列（文件可能不是 UTF-8 编码）".to_owned()
    } else if reason.starts_with("invalid number") || reason.starts_with("number out of range") {
        "数字写法无效或超出范围".to_owned()
    } else if reason.starts_with("recursion limit") {
        "嵌套层次过深".to_owned()
    } else {
        return None;
    };
    Some(text)
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
