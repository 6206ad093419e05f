//! Import of government web pages (网页导入), feature `html`: the article body found, the
//! site's header, navigation, breadcrumbs and footer dropped, entities and `&nbsp;`
//! decoded, and the text imported as plain text.
//!
//! ```
//! use fazhi_report::import::html::import_html;
//!
//! let page = "<html><head><title>区司法局2023年度法治政府建设情况报告_区政府网</title></head><body>\
//!     <div class=\"nav\">首页 | 政务公开</div><div class=\"crumb\">当前位置：首页 &gt; 法治政府</div>\
//!     <h1>区司法局2023年度法治政府建设情况报告</h1>\
//!     <div id=\"zoom\"><p>一、2023年推进法治政府建设主要举措和成效</p>\
//!     <p>&nbsp;&nbsp;全年共发现安全隐患40处，已整改38处。</p>\
//!     <p>二、存在的不足和原因</p><p>一是法治宣传有待加强。</p>\
//!     <p>三、党政主要负责人履行推进法治建设第一责任人职责情况</p><p>专题听取汇报2次。</p>\
//!     <p>四、2024年工作安排</p><p>持续开展学习。</p></div>\
//!     <div class=\"footer\">版权所有：区人民政府办公室</div></body></html>";
//! let imported = import_html(page.as_bytes())?;
//! assert_eq!(imported.report.meta.title, "区司法局2023年度法治政府建设情况报告");
//! assert!(!imported.text.contains("版权所有"));
//! assert!(!imported.text.contains("当前位置"));
//! # Ok::<(), fazhi_report::import::ImportError>(())
//! ```

use scraper::{ElementRef, Html, Node, Selector};

use super::{Confidence, ImportError, Imported, LogEntry, LogKind};

/// Selectors of the article body on Chinese government sites (TRS, 政府网站集约化平台 and
/// common templates), tried in order before the text-density search.
const BODY_SELECTORS: &[&str] = &[
    "#zoom",
    ".TRS_Editor",
    "#UCAP-CONTENT",
    ".pages_content",
    ".article-content",
    ".article_content",
    ".news_content",
    ".detail-content",
    ".content-text",
    "#content",
    ".content",
    "article",
    "main",
];

/// Words in an element's `id` or `class` that mark the site's frame, not the article.
const FRAME_WORDS: &[&str] = &[
    "nav",
    "menu",
    "breadcrumb",
    "crumb",
    "footer",
    "foot",
    "header",
    "head",
    "position",
    "location",
    "share",
    "sidebar",
    "toolbar",
    "copyright",
    "banner",
    "search",
    "login",
    "related",
];

/// Tags whose content is never article text.
const FRAME_TAGS: &[&str] = &[
    "nav", "header", "footer", "aside", "script", "style", "noscript", "form", "button", "select",
    "iframe", "template", "svg", "head",
];

/// Tags that end a line of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "ul",
    "ol",
    "center",
    "main",
];

/// The article text of a web page (正文): one paragraph a line.
///
/// Returns the text and the log notes: how the body was found and where the title came from.
///
/// # Errors
///
/// [`ImportError::NoArticle`] when the page has no body of text.
pub fn article_text(html: &str) -> Result<(String, Vec<LogEntry>), ImportError> {
    let doc = Html::parse_document(html);
    let mut notes = Vec::new();
    let (body, how) = find_body(&doc).ok_or(ImportError::NoArticle)?;
    let mut text = String::new();
    collect(body, &mut text);
    let mut lines: Vec<String> = text
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace()).to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    let cjk = lines
        .iter()
        .flat_map(|l| l.chars())
        .filter(|c| is_cjk(*c))
        .count();
    if cjk < 20 {
        return Err(ImportError::NoArticle);
    }
    notes.push(LogEntry {
        kind: LogKind::Recognised,
        confidence: if how.starts_with('#') || how.starts_with('.') {
            Confidence::High
        } else {
            Confidence::Medium
        },
        message: format!(
            "web page: article body (正文) found by {how}; site header, navigation, breadcrumbs and footer dropped"
        ).into(),
        text: None,
        span: None,
        pointer: None,
    });
    // The title usually stands above the body, in an <h1> or the page's <title>.
    if let Some((title, source)) = find_title(&doc)
        && !lines.iter().take(3).any(|l| *l == title)
    {
        notes.push(LogEntry {
            kind: LogKind::Guessed,
            confidence: Confidence::Medium,
            message: format!("web page: title (标题) taken from {source}, outside the body").into(),
            text: Some(title.clone()),
            span: None,
            pointer: Some("/meta/title".to_owned()),
        });
        lines.insert(0, title);
    }
    let mut out = lines.join("\n");
    out.push('\n');
    Ok((out, notes))
}

/// Imports a web page: decodes it (UTF-8, or GBK/GB18030 with the `encodings` feature),
/// finds the article body and imports its text.
///
/// # Errors
///
/// As [`import_text`](super::import_text), and [`ImportError::NoArticle`] for a page
/// without an article body.
pub fn import_html(bytes: &[u8]) -> Result<Imported, ImportError> {
    let (html, encoding) = super::decode(bytes)?;
    let (text, notes) = article_text(&html)?;
    let mut imported = super::import_text(&text)?;
    imported.log.encoding = encoding.to_owned();
    imported.log.entries.splice(0..0, notes);
    Ok(imported)
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Whether an element belongs to the site's frame.
fn is_frame(el: &ElementRef<'_>) -> bool {
    let v = el.value();
    if FRAME_TAGS.contains(&v.name()) {
        return true;
    }
    let words = |s: &str| {
        s.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|w| FRAME_WORDS.contains(&w.to_ascii_lowercase().as_str()))
    };
    v.id().is_some_and(words) || v.attr("class").is_some_and(words)
}

/// The article body: a known selector with enough text, else the densest block.
fn find_body(doc: &Html) -> Option<(ElementRef<'_>, String)> {
    for sel in BODY_SELECTORS {
        let Ok(selector) = Selector::parse(sel) else {
            continue;
        };
        let best = doc
            .select(&selector)
            .filter(|el| !is_frame(el))
            .map(|el| (cjk_text(el), el))
            .max_by_key(|(n, _)| *n);
        if let Some((n, el)) = best
            && n >= 100
        {
            return Some((el, format!("`{sel}`")));
        }
    }
    // Text density: each paragraph's characters count for its parent, half for the
    // grandparent; the element with the highest score holds the article.
    let blocks = Selector::parse("p, div, td, section, article, font, span").ok()?;
    let mut scores = std::collections::HashMap::new();
    for el in doc.select(&blocks) {
        if el
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| is_frame(&a))
            || is_frame(&el)
        {
            continue;
        }
        let own: usize = el
            .children()
            .filter_map(|c| {
                c.value()
                    .as_text()
                    .map(|t| t.chars().filter(|c| is_cjk(*c)).count())
            })
            .sum();
        if own == 0 {
            continue;
        }
        let mut up = el.ancestors().filter_map(ElementRef::wrap);
        if let Some(parent) = up.next() {
            *scores.entry(parent.id()).or_insert(0usize) += own;
            if let Some(grand) = up.next() {
                *scores.entry(grand.id()).or_insert(0usize) += own / 2;
            }
        }
    }
    let (id, _) = scores
        .into_iter()
        .max_by_key(|(id, n)| (*n, std::cmp::Reverse(*id)))?;
    let el = ElementRef::wrap(doc.tree.get(id)?)?;
    Some((el, "text density (文本密度)".to_owned()))
}

/// Chinese characters of an element's text, frame excluded.
fn cjk_text(el: ElementRef<'_>) -> usize {
    let mut text = String::new();
    collect(el, &mut text);
    text.chars().filter(|c| is_cjk(*c)).count()
}

/// The element's text, lines at block elements and `<br>`, cells separated by a tab,
/// white space collapsed as a browser does, `&nbsp;` as a space; frame elements skipped.
fn collect(el: ElementRef<'_>, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => {
                let mut space = out.ends_with([' ', '\n', '\t']) || out.is_empty();
                for c in t.chars() {
                    if c.is_ascii_whitespace() {
                        if !space {
                            out.push(' ');
                            space = true;
                        }
                    } else if c == '\u{a0}' {
                        out.push(' ');
                    } else {
                        out.push(c);
                        space = false;
                    }
                }
            }
            Node::Element(e) => {
                let Some(child_el) = ElementRef::wrap(child) else {
                    continue;
                };
                if is_frame(&child_el) {
                    continue;
                }
                let name = e.name();
                match name {
                    "br" => out.push('\n'),
                    "td" | "th" => {
                        if !out.ends_with(['\n', '\t']) && !out.is_empty() {
                            out.push('\t');
                        }
                        collect(child_el, out);
                    }
                    _ if BLOCK_TAGS.contains(&name) => {
                        if !out.ends_with('\n') && !out.is_empty() {
                            out.push('\n');
                        }
                        collect(child_el, out);
                        if !out.ends_with('\n') {
                            out.push('\n');
                        }
                    }
                    _ => collect(child_el, out),
                }
            }
            _ => {}
        }
    }
}

/// The report's title outside the body: an `<h1>`/`.title` with 报告, else `<title>`
/// without the site's name.
fn find_title(doc: &Html) -> Option<(String, &'static str)> {
    let clean = |s: String| s.split_whitespace().collect::<Vec<_>>().join("");
    for (sel, source) in [
        ("h1", "<h1>"),
        (
            ".title, #title, .article-title, .tit",
            "the page's title element",
        ),
        ("h2", "<h2>"),
    ] {
        let selector = Selector::parse(sel).ok()?;
        for el in doc.select(&selector) {
            let t = clean(el.text().collect());
            if t.contains("报告") && t.chars().count() <= 80 {
                return Some((t, source));
            }
        }
    }
    let selector = Selector::parse("title").ok()?;
    let title: String = doc.select(&selector).next()?.text().collect();
    let best = title
        .split(['_', '|', '－', '—', '-'])
        .map(|s| clean(s.to_owned()))
        .filter(|s| s.contains("报告"))
        .max_by_key(|s| s.chars().count())?;
    Some((best, "<title>"))
}
