//! Reading one input file (读取文件): a report's JSON, or a text, web page or Word file
//! imported first.

use std::fmt;
use std::path::{Path, PathBuf};

use fazhi_report::import::{ImportError, Imported};
use fazhi_report::{Limits, Report};

/// The kinds of input file the tool reads (文件类型).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A report's JSON (`.json`).
    Json,
    /// Plain text (`.txt`), UTF-8 or GBK.
    Text,
    /// A web page (`.html`, `.htm`).
    Html,
    /// A Word file (`.docx`).
    Docx,
}

impl Kind {
    /// The kind from the file's extension, else from its first bytes.
    pub fn of(path: &Path, bytes: &[u8]) -> Kind {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "json" => Kind::Json,
            "txt" | "text" => Kind::Text,
            "html" | "htm" | "shtml" | "xhtml" => Kind::Html,
            "docx" => Kind::Docx,
            _ => {
                let head = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
                let first = head.iter().find(|b| !b.is_ascii_whitespace());
                if head.starts_with(b"PK\x03\x04") {
                    Kind::Docx
                } else if first == Some(&b'{') {
                    Kind::Json
                } else if first == Some(&b'<') {
                    Kind::Html
                } else {
                    Kind::Text
                }
            }
        }
    }

    /// The Chinese name of the kind.
    pub fn label_zh(self) -> &'static str {
        match self {
            Kind::Json => "JSON 报告",
            Kind::Text => "纯文本",
            Kind::Html => "网页",
            Kind::Docx => "Word 文件",
        }
    }
}

/// A report read from a file, with the import's result when it was imported.
pub struct Loaded {
    /// The file's kind.
    pub kind: Kind,
    /// The report.
    pub report: Report,
    /// The import (text, spans, facts, log) for imported files.
    pub imported: Option<Imported>,
}

/// A file that cannot be read as a report, with the reason in Chinese and English.
#[derive(Debug)]
pub struct LoadError {
    /// The file.
    pub path: PathBuf,
    /// The reason in Chinese.
    pub zh: String,
    /// The reason in English.
    pub en: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({})", self.path.display(), self.zh, self.en)
    }
}

impl LoadError {
    fn new(path: &Path, zh: impl Into<String>, en: impl Into<String>) -> LoadError {
        LoadError {
            path: path.to_owned(),
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The error as JSON, for `--format json`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "file": self.path.display().to_string(),
            "error": {"message_zh": self.zh, "message_en": self.en},
        })
    }
}

/// Reads the file at `path` and imports or parses it into a report.
pub fn load(path: &Path, limits: &Limits) -> Result<Loaded, LoadError> {
    let bytes = std::fs::read(path).map_err(|err| {
        let zh = match err.kind() {
            std::io::ErrorKind::NotFound => "文件不存在".to_owned(),
            std::io::ErrorKind::PermissionDenied => "没有读取权限".to_owned(),
            std::io::ErrorKind::IsADirectory => "这是一个文件夹".to_owned(),
            _ => "无法读取文件".to_owned(),
        };
        LoadError::new(path, zh, format!("cannot read the file: {err}"))
    })?;
    let kind = Kind::of(path, &bytes);
    load_bytes(path, kind, &bytes, limits)
}

/// Parses or imports bytes of the given kind.
pub fn load_bytes(
    path: &Path,
    kind: Kind,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Loaded, LoadError> {
    if kind == Kind::Json {
        return match Report::from_json_slice_with(bytes, limits) {
            Ok(report) => Ok(Loaded {
                kind,
                report,
                imported: None,
            }),
            Err(err) => Err(LoadError::new(
                path,
                format!("不是有效的报告 JSON：{}", err.message_zh()),
                format!("not a valid report JSON: {err}"),
            )),
        };
    }
    let imported = import(kind, bytes).map_err(|err| {
        LoadError::new(
            path,
            format!("无法导入{}：{}", kind.label_zh(), zh_reason(&err)),
            format!("cannot import the file: {err}"),
        )
    })?;
    Ok(Loaded {
        kind,
        report: imported.report.clone(),
        imported: Some(imported),
    })
}

fn import(kind: Kind, bytes: &[u8]) -> Result<Imported, ImportError> {
    match kind {
        Kind::Json | Kind::Text => fazhi_report::import::import_bytes(bytes),
        Kind::Html => import_html(bytes),
        Kind::Docx => import_docx(bytes),
    }
}

#[cfg(feature = "html")]
fn import_html(bytes: &[u8]) -> Result<Imported, ImportError> {
    fazhi_report::import::html::import_html(bytes)
}

#[cfg(not(feature = "html"))]
fn import_html(_bytes: &[u8]) -> Result<Imported, ImportError> {
    Err(ImportError::Unsupported(
        "web pages need the `html` feature (cargo install with --features cli,html)".to_owned(),
    ))
}

#[cfg(feature = "docx")]
fn import_docx(bytes: &[u8]) -> Result<Imported, ImportError> {
    fazhi_report::import::docx::import_docx(bytes)
}

#[cfg(not(feature = "docx"))]
fn import_docx(_bytes: &[u8]) -> Result<Imported, ImportError> {
    Err(ImportError::Unsupported(
        "Word files need the `docx` feature (cargo install with --features cli,docx)".to_owned(),
    ))
}

/// The Chinese reason of an import error.
fn zh_reason(err: &ImportError) -> String {
    match err {
        ImportError::Empty => "文件为空".to_owned(),
        ImportError::Binary(what) => format!("不是文本文件（{what}）"),
        ImportError::Encoding => "编码无法识别，请另存为 UTF-8".to_owned(),
        ImportError::NoYear => "找不到报告年度（20xx年）".to_owned(),
        ImportError::Limit(what) => format!("超出限制（{what}）"),
        ImportError::Parse(e) => format!("导入结果无法通过解析：{}", e.message_zh()),
        ImportError::Unsupported(what) => format!("格式不支持（{what}）"),
        _ => err.to_string(),
    }
}
