//! Import of reports as they exist (导入): plain text (UTF-8, and GBK/GB18030 with the
//! `encodings` feature) into a typed [`Report`] plus an [`ImportLog`].
//!
//! The import reads the title, the year, the organisation as printed, the 文号, the 主送
//! line, the preamble, the parts by their headings (classified into the five mandated kinds,
//! tolerant of the variants real reports use), the subsections （一）…, the 一是…二是…
//! shortcomings, the signature block, and every paragraph verbatim and in order. Facts are
//! read by [`facts::extract`] and placed into a typed block where the text makes it
//! unambiguous, otherwise into a keyed indicator of their subsection. The log says what was
//! recognised, what was guessed and which numbers were not placed, with their spans.
//!
//! ```
//! use fazhi_report::import::import_text;
//!
//! let text = "区司法局2023年度法治政府建设情况报告\n\
//!             一、2023年推进法治政府建设主要举措和成效\n\
//!             （一）守住安全底线\n\
//!             全年共发现安全隐患40处，已整改38处。\n\
//!             二、存在的不足和原因\n\
//!             一是法治宣传有待加强。\n\
//!             三、党政主要负责人履行推进法治建设第一责任人职责情况\n\
//!             主要负责人专题听取法治建设汇报2次。\n\
//!             四、2024年工作安排\n\
//!             持续开展学习。\n";
//! let imported = import_text(text)?;
//! let report = &imported.report;
//! assert_eq!(report.meta.organization.name, "区司法局");
//! assert_eq!(report.measures.items[0].hazards[0].rectified.as_ref().unwrap().to_string(), "38处");
//! assert_eq!(report.shortcomings.items[0].problem, "法治宣传有待加强");
//! assert_eq!(report.plans.year.get(), 2024);
//! # Ok::<(), fazhi_report::import::ImportError>(())
//! ```

#[cfg(feature = "docx")]
pub mod docx;
pub mod facts;
#[cfg(feature = "html")]
pub mod html;
mod numerals;
mod place;
mod relations;
mod sentences;
mod structure;
mod typed;
mod words;

use std::borrow::Cow;
use std::ops::Range;

use serde::Serialize;

use crate::model::Report;

pub use structure::classify_heading;

/// An import that could not produce a report (导入失败).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The input is empty or holds only white space (空文件).
    #[error("the file is empty (文件为空)")]
    Empty,
    /// The input is not text: NUL bytes or other binary content (不是文本文件).
    #[error("the file is not text (不是文本文件): {0}")]
    Binary(String),
    /// The input is not UTF-8 and no other encoding could be used (编码无法识别).
    #[error(
        "the text is not UTF-8 and GBK decoding is not compiled in (编码无法识别); enable the `encodings` feature or save the file as UTF-8"
    )]
    Encoding,
    /// No report year could be found in the title or the text (无法确定报告年度).
    #[error("no report year (20xx年) found in the title or the text (无法确定报告年度)")]
    NoYear,
    /// The input is larger than the parser's limits (超出限制).
    #[error("the input exceeds the limits (超出限制): {0}")]
    Limit(String),
    /// The imported report is refused by the crate's parser (导入结果无法通过解析).
    #[error("the imported report does not pass the parser (导入结果无法通过解析): {0}")]
    Parse(#[from] crate::Error),
    /// A web page without an article body (网页中找不到正文).
    #[error("the web page has no article body (网页中找不到正文)")]
    NoArticle,
    /// A Word file that cannot be read (无法读取 Word 文件): not a zip, no
    /// `word/document.xml`, or malformed XML.
    #[error("not a readable .docx file (无法读取 Word 文件): {0}")]
    Docx(String),
    /// The input is a kind of file the import cannot read (格式不支持).
    #[error("unsupported input (格式不支持): {0}")]
    Unsupported(String),
}

/// How sure the import is of something it recognised (置信度).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Confidence {
    /// A guess from weak evidence (猜测).
    Low,
    /// Probable: a keyword or a pattern matched, with some latitude (较可信).
    Medium,
    /// Certain from the text's form (确定).
    High,
}

/// The kind of a log entry (日志类别).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LogKind {
    /// Something recognised (已识别).
    Recognised,
    /// Something guessed or filled in (推测).
    Guessed,
    /// A heading that could not be classified (无法归类的标题).
    Unclassified,
    /// A number or fact in the text that was not placed in a field (未放入字段的数字).
    Unplaced,
    /// A remark on the input as a whole (说明).
    Note,
}

/// One entry of the [`ImportLog`].
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct LogEntry {
    /// The kind.
    pub kind: LogKind,
    /// How sure the import is.
    pub confidence: Confidence,
    /// What happened, in English with the Chinese term (most messages are fixed texts,
    /// borrowed rather than copied into every entry).
    pub message: Cow<'static, str>,
    /// The text concerned, as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Character offsets of that text in [`Imported::text`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Range<usize>>,
    /// JSON Pointer of the field it went to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
}

/// What an import did (导入日志).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ImportLog {
    /// The encoding the text was decoded from (`UTF-8`, `GB18030`).
    pub encoding: String,
    /// The entries, in the order of the text.
    pub entries: Vec<LogEntry>,
}

impl ImportLog {
    pub(crate) fn push(
        &mut self,
        kind: LogKind,
        confidence: Confidence,
        message: impl Into<Cow<'static, str>>,
        text: Option<String>,
        span: Option<Range<usize>>,
        pointer: Option<String>,
    ) {
        self.entries.push(LogEntry {
            kind,
            confidence,
            message: message.into(),
            text,
            span,
            pointer,
        });
    }

    /// The entries of one kind.
    pub fn of_kind(&self, kind: LogKind) -> impl Iterator<Item = &LogEntry> {
        self.entries.iter().filter(move |e| e.kind == kind)
    }
}

/// Where a paragraph (or a heading) of the report stands in the imported text (原文位置).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SourceSpan {
    /// JSON Pointer of the string in the report (`/measures/items/0/paragraphs/0`).
    pub pointer: String,
    /// Character offsets of the string in [`Imported::text`].
    pub span: Range<usize>,
}

/// A fact with the place it went to (已放置的事实).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PlacedFact {
    /// The fact; its span is in characters of [`Imported::text`].
    pub fact: facts::Fact,
    /// JSON Pointer of the paragraph it was read from.
    pub paragraph: String,
    /// JSON Pointer of the field it was put into, or `None` if it was only logged.
    pub pointer: Option<String>,
}

/// The result of an import (导入结果): the report, the log and the source mapping.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Imported {
    /// The typed report; it passes the crate's parser.
    pub report: Report,
    /// What was recognised, guessed and not placed.
    pub log: ImportLog,
    /// The decoded text the offsets count in.
    pub text: String,
    /// Where each heading and paragraph of the report stands in [`Imported::text`].
    pub sources: Vec<SourceSpan>,
    /// Every fact read, with where it went.
    pub facts: Vec<PlacedFact>,
}

impl Imported {
    /// The source span of the string at `pointer`, if it came from the text.
    #[must_use]
    pub fn source_of(&self, pointer: &str) -> Option<&SourceSpan> {
        self.sources.iter().find(|s| s.pointer == pointer)
    }
}

/// Largest text accepted, in bytes (the parser's default input limit).
pub const MAX_INPUT_BYTES: usize = crate::Limits::DEFAULT_MAX_INPUT_BYTES;

/// Imports a report from bytes of plain text: UTF-8 (with or without BOM), or GBK/GB18030
/// when the `encodings` feature is on; the log names the encoding used.
///
/// # Errors
///
/// [`ImportError`] for empty, binary or oversized input, text in an encoding that cannot
/// be decoded, a text without any report year, or a report the parser refuses.
pub fn import_bytes(bytes: &[u8]) -> Result<Imported, ImportError> {
    let (text, encoding) = decode(bytes)?;
    let mut imported = import_text(&text)?;
    imported.log.encoding = encoding.to_owned();
    Ok(imported)
}

/// Decodes bytes of text: UTF-8 (BOM stripped), else GB18030 (a superset of GBK) with the
/// `encodings` feature. Returns the text and the encoding's name.
///
/// # Errors
///
/// [`ImportError::Empty`], [`ImportError::Binary`], [`ImportError::Limit`] or
/// [`ImportError::Encoding`].
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), ImportError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ImportError::Limit(format!(
            "{} bytes, at most {MAX_INPUT_BYTES}",
            bytes.len()
        )));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(ImportError::Unsupported(
            "UTF-16 text; save the file as UTF-8 (另存为UTF-8)".to_owned(),
        ));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.contains(&0) {
        return Err(ImportError::Binary("NUL bytes".to_owned()));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(ImportError::Binary("a zip archive (.docx?)".to_owned()));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_owned(), "UTF-8"));
    }
    decode_legacy(bytes)
}

#[cfg(feature = "encodings")]
fn decode_legacy(bytes: &[u8]) -> Result<(String, &'static str), ImportError> {
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(ImportError::Binary(
            "neither UTF-8 nor GB18030 text".to_owned(),
        ));
    }
    Ok((text.into_owned(), "GB18030"))
}

#[cfg(not(feature = "encodings"))]
fn decode_legacy(_bytes: &[u8]) -> Result<(String, &'static str), ImportError> {
    Err(ImportError::Encoding)
}

/// Imports a report from its text (one paragraph a line).
///
/// # Errors
///
/// [`ImportError::Empty`] for a blank text, [`ImportError::Binary`] for text with control
/// characters, [`ImportError::NoYear`] when no year can be found, [`ImportError::Limit`] or
/// [`ImportError::Parse`] when the report would break the parser's limits.
pub fn import_text(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(ImportError::Limit(format!(
            "{} bytes, at most {MAX_INPUT_BYTES}",
            text.len()
        )));
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let controls = control_chars(text);
    if controls > 0 {
        return Err(ImportError::Binary(format!(
            "{controls} control characters"
        )));
    }
    let mut log = ImportLog {
        encoding: "UTF-8".to_owned(),
        entries: Vec::new(),
    };
    let doc = structure::read(text, &mut log)?;
    let mut imported = place::build(doc, text, log)?;
    must_parse(&mut imported.report)?;
    Ok(imported)
}

/// The number of control characters (general category Cc) in `text` other than line
/// feed, carriage return, tab and form feed.
///
/// Those characters are U+0000–U+001F, U+007F and U+0080–U+009F, which UTF-8 writes as a
/// byte below 0x20, the byte 0x7F, or 0xC2 followed by 0x80–0x9F: the bytes are tested in
/// one pass, and only a text with such a byte (or another character starting with 0xC2)
/// has its characters counted.
fn control_chars(text: &str) -> usize {
    let bytes = text.as_bytes();
    let allowed = |b: u8| (b == b'\n') | (b == b'\r') | (b == b'\t') | (b == 0x0c);
    let suspect = |b: u8| ((b < 0x20) & !allowed(b)) | (b == 0x7f) | (b == 0xc2);
    let mut chunks = bytes.chunks_exact(16);
    let any = chunks
        .by_ref()
        .any(|c| c.iter().fold(false, |a, &b| a | suspect(b)))
        || chunks.remainder().iter().any(|&b| suspect(b));
    if !any {
        return 0;
    }
    text.chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count()
}

/// The imported report must pass the crate's parser. The parser's limits and the schema's
/// bounds are checked on the typed report ([`crate::parse::json_len_within`]); only a report
/// outside them is written as JSON and parsed, so that the error is the parser's own, with
/// its path and reason.
fn must_parse(report: &mut Report) -> Result<(), ImportError> {
    let limits = crate::Limits::default();
    let Some(_len) = crate::parse::json_len_within(report, &limits) else {
        let json = report.to_json()?;
        *report = Report::from_json_str(&json)?;
        return Ok(());
    };
    // Debug builds (the tests) prove the shortcut: the JSON has the length counted and the
    // parser accepts it and gives back the same report.
    #[cfg(debug_assertions)]
    {
        let json = report.to_json()?;
        debug_assert_eq!(json.len(), _len, "JSON length counted for the limits");
        let back = Report::from_json_str(&json);
        debug_assert!(
            back.as_ref().is_ok_and(|b| b == report),
            "a report within the limits passes the parser unchanged: {:?}",
            back.err()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::control_chars;

    #[test]
    fn control_chars_counts_as_chars_do() {
        let naive = |t: &str| {
            t.chars()
                .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
                .count()
        };
        let specials = [
            "\n", "\r", "\t", "\u{c}", "\u{0}", "\u{1}", "\u{1f}", "\u{7f}", "\u{80}", "\u{9f}",
            "\u{a0}", "·", "报", "a",
        ];
        for s in specials {
            for len in 0..20 {
                for at in 0..=len {
                    let mut t = "x".repeat(len);
                    t.insert_str(at, s);
                    assert_eq!(control_chars(&t), naive(&t), "{t:?}");
                }
            }
        }
    }
}
