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

    pub(crate) fn serialize(err: serde_json::Error) -> Error {
        Error::new(ErrorKind::Serialize, err.to_string()).with_source(err)
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The JSON path of the offending value (`measures.items[2].hazards[0].found`), when the
    /// failure concerns one value. `None` for syntax errors before any key, I/O and limits on
    /// the whole input.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The path as an RFC 6901 JSON Pointer (`/measures/items/2/hazards/0/found`), the form
    /// validation findings use; `""` for the whole document.
    pub fn pointer(&self) -> String {
        let Some(path) = &self.path else {
            return String::new();
        };
        let mut out = String::new();
        for segment in split_path(path) {
            out.push('/');
            out.push_str(&segment.replace('~', "~0").replace('/', "~1"));
        }
        out
    }

    /// 1-based line of the failure in the input; 0 when not applicable.
    pub fn line(&self) -> usize {
        self.line
    }

    /// 1-based column (in bytes) of the failure in the input; 0 when not applicable.
    pub fn column(&self) -> usize {
        self.column
    }

    /// The reason, in English, as the parser states it (without the place).
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// The error in Chinese for a drafter: what is wrong, where, and what to do.
    pub fn message_zh(&self) -> String {
        let what = match self.kind {
            ErrorKind::Syntax => "JSON 格式错误",
            ErrorKind::Eof => "内容不完整（输入提前结束）",
            ErrorKind::Data => "字段内容不符合报告格式",
            ErrorKind::UnsupportedVersion => "数据格式版本不受支持",
            ErrorKind::Limit => "输入超出允许的大小",
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
        out.push_str(&format!("。原因：{}", self.reason));
        out
    }
}

/// Splits `a.b[2].c` into `a`, `b`, `2`, `c` (keys never contain `.` or `[` here except in
/// map keys, which the report does not have).
fn split_path(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(i) = rest.find('[') {
            if i > 0 {
                out.push(rest[..i].to_owned());
            }
            rest = &rest[i..];
            while let Some(stripped) = rest.strip_prefix('[') {
                let end = stripped.find(']').unwrap_or(stripped.len());
                out.push(stripped[..end].to_owned());
                rest = stripped.get(end + 1..).unwrap_or("");
            }
        } else if !rest.is_empty() {
            out.push(rest.to_owned());
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

    #[test]
    fn pointer_from_path() {
        let e = Error::new(ErrorKind::Data, "x").at(
            Some("measures.items[2].hazards[0].found".into()),
            1,
            1,
        );
        assert_eq!(e.pointer(), "/measures/items/2/hazards/0/found");
    }
}
