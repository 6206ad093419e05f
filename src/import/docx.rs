//! Import of Word files (Word 文件导入), feature `docx`: the paragraphs of
//! `word/document.xml` in order, heading styles where present, and tables (one row a line,
//! cells separated by a tab); page headers, footers and deleted revisions are not part of
//! the body and are left out. The text is then imported as plain text.
//!
//! Word's automatic numbering is not in the text: a heading-styled paragraph (标题 1,
//! 标题 2) that is numbered by Word and has no printed number gets the number a reader
//! sees (一、, （一）), and the log says so.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{Confidence, ImportError, Imported, LogEntry, LogKind, MAX_INPUT_BYTES};

/// A paragraph of the Word file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocxParagraph {
    /// The text, as printed (tabs and line breaks kept).
    pub text: String,
    /// The heading level from the paragraph's style or outline level: 0 for the title
    /// style (标题), 1–9 for 标题 1–9; `None` for body text.
    pub heading: Option<u8>,
    /// Whether Word numbers the paragraph automatically (`w:numPr`).
    pub numbered: bool,
    /// Whether the paragraph is a table row (cells separated by tabs).
    pub table_row: bool,
}

/// Reads the body paragraphs of a `.docx` file.
///
/// # Errors
///
/// [`ImportError::Docx`] when the bytes are not a zip, have no `word/document.xml` or hold
/// malformed XML; [`ImportError::Limit`] when the document is larger than the limits.
pub fn paragraphs(bytes: &[u8]) -> Result<Vec<DocxParagraph>, ImportError> {
    if bytes.len() > MAX_INPUT_BYTES * 4 {
        return Err(ImportError::Limit(format!(
            "{} bytes, at most {}",
            bytes.len(),
            MAX_INPUT_BYTES * 4
        )));
    }
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|err| ImportError::Docx(format!("not a zip archive (不是 zip 压缩包): {err}")))?;
    let document = read_part(&mut archive, "word/document.xml")?.ok_or_else(|| {
        ImportError::Docx("no word/document.xml: not a Word document (不是 Word 文档)".to_owned())
    })?;
    let styles = match read_part(&mut archive, "word/styles.xml") {
        Ok(Some(xml)) => style_levels(&xml),
        _ => HashMap::new(),
    };
    body(&document, &styles)
}

/// Imports a `.docx` file: its body paragraphs and tables as text, then the text import.
///
/// # Errors
///
/// As [`paragraphs`] and [`import_text`](super::import_text).
pub fn import_docx(bytes: &[u8]) -> Result<Imported, ImportError> {
    let paras = paragraphs(bytes)?;
    let (text, notes) = text_of(&paras);
    let mut imported = super::import_text(&text)?;
    imported.log.encoding = "UTF-8 (docx)".to_owned();
    imported.log.entries.splice(0..0, notes);
    Ok(imported)
}

/// The text of the paragraphs, one a line, with Word's automatic heading numbers written
/// out, and the log notes.
fn text_of(paras: &[DocxParagraph]) -> (String, Vec<LogEntry>) {
    let mut notes = Vec::new();
    let mut text = String::new();
    let (mut n1, mut n2) = (0usize, 0usize);
    let mut headings = 0;
    let rows = paras.iter().filter(|p| p.table_row).count();
    for p in paras {
        let body = p.text.trim();
        if body.is_empty() {
            continue;
        }
        let mut line = body.to_owned();
        if let Some(level) = p.heading {
            headings += 1;
            if p.numbered && !starts_numbered(body) && (level == 1 || level == 2) {
                let prefix = if level == 1 {
                    n1 += 1;
                    n2 = 0;
                    format!("{}、", numeral(n1))
                } else {
                    n2 += 1;
                    format!("（{}）", numeral(n2))
                };
                notes.push(LogEntry {
                    kind: LogKind::Guessed,
                    confidence: Confidence::Medium,
                    message: format!(
                        "Word file: automatic number {prefix} written before the heading (标题 {level}); Word numbers it, the text does not"
                    ).into(),
                    text: Some(body.to_owned()),
                    span: None,
                    pointer: None,
                });
                line = format!("{prefix}{body}");
            } else if level == 1 {
                n2 = 0;
            }
        }
        // A paragraph with line breaks is several lines of the text.
        for l in line.split('\n') {
            if !l.trim().is_empty() {
                text.push_str(l);
                text.push('\n');
            }
        }
    }
    notes.insert(
        0,
        LogEntry {
            kind: LogKind::Recognised,
            confidence: Confidence::High,
            message: format!(
                "Word file: {} paragraphs read from word/document.xml, {headings} with a heading style (标题样式), {rows} table rows (表格行, cells separated by tabs)",
                paras.len()
            ).into(),
            text: None,
            span: None,
            pointer: None,
        },
    );
    (text, notes)
}

/// Whether a heading already starts with a printed number (一、, （一）, 1., 第一).
fn starts_numbered(text: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十";
    let after = |is_digit: fn(char) -> bool| text.chars().find(|c| !is_digit(*c));
    match text.chars().next() {
        Some('（' | '(') => true,
        Some(c) if NUMERALS.contains(c) => after(|c| NUMERALS.contains(c)) == Some('、'),
        Some(c) if c.is_ascii_digit() => {
            matches!(after(|c| c.is_ascii_digit()), Some('.' | '．' | '、'))
        }
        Some('第') => text.chars().nth(1).is_some_and(|c| NUMERALS.contains(c)),
        _ => false,
    }
}

/// 1 → 一, 12 → 十二, 20 → 二十.
fn numeral(n: usize) -> String {
    const D: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0 => "〇".to_owned(),
        1..=9 => D[n].to_owned(),
        10..=19 => format!("十{}", D[n - 10]),
        20..=99 => format!("{}十{}", D[n / 10], D[n % 10]),
        _ => n.to_string(),
    }
}

fn read_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, ImportError> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(err) => return Err(ImportError::Docx(format!("{name}: {err}"))),
    };
    // Bounded: a zip bomb stops at the limit.
    let limit = (MAX_INPUT_BYTES * 8) as u64;
    let mut xml = String::new();
    file.take(limit + 1)
        .read_to_string(&mut xml)
        .map_err(|err| ImportError::Docx(format!("{name}: {err}")))?;
    if xml.len() as u64 > limit {
        return Err(ImportError::Limit(format!(
            "{name} larger than {limit} bytes"
        )));
    }
    Ok(Some(xml))
}

/// The value of an attribute (`w:val`), unescaped.
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name).ok().flatten().and_then(|a| {
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .ok()
            .map(|v| v.into_owned())
    })
}

/// The heading level a style name stands for.
fn level_of_name(name: &str) -> Option<u8> {
    let lower = name.to_lowercase().replace(' ', "");
    if lower == "title" || lower == "标题" {
        return Some(0);
    }
    for prefix in ["heading", "标题"] {
        if let Some(rest) = lower.strip_prefix(prefix)
            && let Ok(n) = rest.parse::<u8>()
            && (1..=9).contains(&n)
        {
            return Some(n);
        }
    }
    None
}

/// Style id → heading level, from `word/styles.xml` (Chinese Word names its heading
/// styles `1`, `2` … with the name `heading 1`).
fn style_levels(xml: &str) -> HashMap<String, u8> {
    let mut map = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<String> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.name().as_ref() == "w:style" => {
                current = attr(&e, "w:styleId");
            }
            Ok(Event::Empty(e)) | Ok(Event::Start(e)) if e.name().as_ref() == "w:name" => {
                if let (Some(id), Some(name)) = (&current, attr(&e, "w:val"))
                    && let Some(level) = level_of_name(&name).or_else(|| level_of_name(id))
                {
                    map.insert(id.clone(), level);
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    map
}

/// The body of `word/document.xml`.
fn body(xml: &str, styles: &HashMap<String, u8>) -> Result<Vec<DocxParagraph>, ImportError> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut para: Option<DocxParagraph> = None;
    let mut in_text = false;
    let mut tables = 0usize;
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut saw_body = false;
    loop {
        let event = reader.read_event().map_err(|err| {
            ImportError::Docx(format!(
                "word/document.xml: malformed XML at byte {} (XML 格式错误): {err}",
                reader.buffer_position()
            ))
        })?;
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "w:body" => saw_body = true,
            Event::Start(e) => match e.name().as_ref() {
                "w:p" => para = Some(DocxParagraph::default()),
                "w:t" => in_text = true,
                "w:tbl" => tables += 1,
                "w:tr" if tables == 1 => row.clear(),
                "w:tc" if tables == 1 => cell.clear(),
                "w:numPr" => {
                    if let Some(p) = para.as_mut() {
                        p.numbered = true;
                    }
                }
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                "w:tab" => {
                    if let Some(p) = para.as_mut() {
                        p.text.push('\t');
                    }
                }
                "w:br" | "w:cr" => {
                    if let Some(p) = para.as_mut() {
                        p.text.push('\n');
                    }
                }
                "w:pStyle" => {
                    if let (Some(p), Some(id)) = (para.as_mut(), attr(&e, "w:val")) {
                        p.heading = styles.get(&id).copied().or_else(|| level_of_name(&id));
                    }
                }
                "w:outlineLvl" => {
                    if let (Some(p), Some(v)) = (para.as_mut(), attr(&e, "w:val"))
                        && let Ok(n) = v.parse::<u8>()
                        && n < 9
                        && p.heading.is_none()
                    {
                        p.heading = Some(n + 1);
                    }
                }
                "w:numPr" => {
                    if let Some(p) = para.as_mut() {
                        p.numbered = true;
                    }
                }
                "w:p" if tables == 0 => out.push(DocxParagraph::default()),
                _ => {}
            },
            Event::Text(t) if in_text => {
                if let Some(p) = para.as_mut() {
                    p.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_text => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => quick_xml::escape::resolve_predefined_entity(&r).map(str::to_owned),
                };
                if let (Some(p), Some(s)) = (para.as_mut(), resolved) {
                    p.text.push_str(&s);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_text = false,
                "w:p" => {
                    if let Some(p) = para.take() {
                        if tables > 0 {
                            if !cell.is_empty() && !p.text.is_empty() {
                                cell.push(' ');
                            }
                            cell.push_str(p.text.replace(['\n', '\t'], " ").trim());
                        } else {
                            out.push(p);
                        }
                    }
                }
                "w:tc" if tables == 1 => row.push(std::mem::take(&mut cell)),
                "w:tr" if tables == 1 => {
                    let cells: Vec<&str> = row.iter().map(|c| c.trim()).collect();
                    if cells.iter().any(|c| !c.is_empty()) {
                        out.push(DocxParagraph {
                            text: cells.join("\t"),
                            heading: None,
                            numbered: false,
                            table_row: true,
                        });
                    }
                    row.clear();
                }
                "w:tbl" => tables = tables.saturating_sub(1),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_body {
        return Err(ImportError::Docx(
            "word/document.xml has no w:body (文档没有正文)".to_owned(),
        ));
    }
    Ok(out)
}
