//! The HTML proofreading view (校对视图): one self-contained page (inline CSS, no script,
//! no external assets) with the report's text as printed, every finding highlighted where
//! it stands, a margin note under each flagged block and a side list that jumps to each
//! highlight.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use fazhi_report::validate::{Finding, Severity, Validation};

use crate::doc::{BlockKind, Doc, How, PARTS, Place};

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn class(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        _ => "warning",
    }
}

const STYLE: &str = r#"
:root{--error:#c62828;--error-bg:#fde2e1;--warning:#a66300;--warning-bg:#fff1c7;--ink:#1f2328;--muted:#6b7280;--line:#e5e7eb}
*{box-sizing:border-box}
body{margin:0;background:#eef0f3;color:var(--ink);font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;font-size:15px;line-height:1.6}
header.top{position:sticky;top:0;z-index:2;background:#23395d;color:#fff;padding:10px 24px;display:flex;gap:18px;align-items:center;flex-wrap:wrap}
header.top h1{font-size:18px;margin:0}
header.top .file{opacity:.85;font-size:13px;word-break:break-all}
header.top .tally{margin-left:auto;display:flex;gap:8px}
.badge{display:inline-block;border-radius:10px;padding:1px 9px;font-size:12px;font-weight:600;white-space:nowrap}
.badge.error{background:var(--error);color:#fff}
.badge.warning{background:#e0a100;color:#fff}
.badge.ok{background:#2e7d32;color:#fff}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 380px;gap:24px;max-width:1280px;margin:20px auto;padding:0 20px}
main.paper{background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.12);padding:56px 64px;font-family:"FangSong","STFangsong","Noto Serif CJK SC","Source Han Serif SC","SimSun",serif;font-size:17px;line-height:1.9}
.paper .number{text-align:center;margin:0 0 12px}
.paper h1.title{font-family:"SimHei","Noto Sans CJK SC",sans-serif;font-size:24px;text-align:center;margin:0 0 28px;line-height:1.5}
.paper .addr{margin:0 0 6px}
.paper p.para{text-indent:2em;margin:0 0 6px}
.paper h2.part{font-family:"SimHei","Noto Sans CJK SC",sans-serif;font-size:18px;margin:24px 0 8px;text-indent:2em}
.paper h3.sub{font-family:"KaiTi","STKaiti","Noto Serif CJK SC",serif;font-size:17px;margin:14px 0 6px;text-indent:2em;font-weight:700}
.paper h3.sub.d3,.paper h3.sub.d4{font-weight:400}
.paper .sign{text-align:right;margin:0 2em 0 0}
.paper .sign.first{margin-top:36px}
.flagged{border-radius:3px;box-shadow:-6px 0 0 0 var(--warning-bg);background:linear-gradient(90deg,var(--warning-bg),transparent 60%)}
.flagged.error{box-shadow:-6px 0 0 0 var(--error-bg);background:linear-gradient(90deg,var(--error-bg),transparent 60%)}
mark.m{background:var(--warning-bg);border-bottom:2px solid var(--warning);color:inherit;padding:0 1px;cursor:help}
mark.m.error{background:var(--error-bg);border-bottom-color:var(--error)}
sup.n{font-family:sans-serif;font-size:11px;font-weight:700;color:#fff;background:var(--warning);border-radius:8px;padding:0 5px;margin-left:1px;text-indent:0}
sup.n.error{background:var(--error)}
a.anchor{scroll-margin-top:90px}
.nw{white-space:nowrap}
.notes{margin:2px 0 12px 2em;padding:0;list-style:none;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:13px;line-height:1.5}
.notes li{border-left:3px solid var(--warning);background:#fffaf0;padding:5px 10px;margin:4px 0;text-indent:0}
.notes li.error{border-left-color:var(--error);background:#fff6f6}
.notes li:target{outline:2px solid #23395d}
.notes .code,.findings .code{font-family:ui-monospace,Consolas,monospace;font-size:12px;color:var(--muted)}
.notes .sugg{color:#1b5e20}
.notes .field{font-family:ui-monospace,Consolas,monospace;font-size:12px;color:var(--muted);word-break:break-all}
aside.findings{position:sticky;top:64px;align-self:start;max-height:calc(100vh - 84px);overflow:auto;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.12);padding:14px 16px}
aside.findings h2{font-size:16px;margin:0 0 8px}
aside.findings h3{font-size:13px;color:var(--muted);margin:14px 0 4px;font-weight:600}
aside.findings ol{list-style:none;margin:0;padding:0}
aside.findings li a{display:block;text-decoration:none;color:inherit;padding:6px 8px;border-radius:4px;border-left:3px solid var(--warning);margin:4px 0;background:#fffdf5}
aside.findings li.error a{border-left-color:var(--error);background:#fff8f8}
aside.findings li a:hover{background:#eef3fb}
aside.findings .msg{display:block;font-size:13px}
.empty{color:#2e7d32;font-weight:600}
:target+mark.m{outline:3px solid #23395d;outline-offset:1px}
@media print{header.top{position:static}.layout{display:block}aside.findings{position:static;max-height:none;box-shadow:none}}
@media (max-width:900px){.layout{grid-template-columns:1fr}aside.findings{position:static;max-height:none}main.paper{padding:28px 20px}}
"#;

/// Renders the proofreading page of one file.
pub fn render(
    file: &str,
    kind: &str,
    doc: &Doc,
    validation: &Validation,
    places: &[Place],
) -> String {
    let findings = validation.findings();
    // Findings by block.
    let mut by_block: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, place) in places.iter().enumerate() {
        by_block.entry(place.block).or_default().push(i);
    }
    let title = doc
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map_or("", |b| b.text.as_str());
    let errors = validation.errors().count();
    let warnings = validation.warnings().count();
    // Findings are numbered in reading order.
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by_key(|&i| {
        (
            places[i].block,
            places[i].range.as_ref().map_or(0, |r| r.start),
        )
    });
    let mut num = vec![0; findings.len()];
    for (rank, &i) in order.iter().enumerate() {
        num[i] = rank + 1;
    }
    for list in by_block.values_mut() {
        list.sort_by_key(|&i| num[i]);
    }
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>校对：{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(title)
    );
    let _ = write!(
        h,
        "<header class=\"top\"><h1>法治政府建设年度报告 · 校对视图</h1>\
         <span class=\"file\">{} · {}</span><span class=\"tally\">",
        escape(file),
        escape(kind)
    );
    if findings.is_empty() {
        h.push_str("<span class=\"badge ok\">未发现问题</span>");
    } else {
        let _ = write!(
            h,
            "<span class=\"badge error\">错误 {errors}</span><span class=\"badge warning\">警告 {warnings}</span>"
        );
    }
    h.push_str("</span></header>\n<div class=\"layout\">\n<main class=\"paper\">\n");
    let mut first_sign = true;
    for (b, block) in doc.blocks.iter().enumerate() {
        let mine = by_block.get(&b).map_or(&[][..], Vec::as_slice);
        let whole: Vec<usize> = mine
            .iter()
            .copied()
            .filter(|&i| places[i].range.is_none())
            .collect();
        let flag = if whole.is_empty() {
            String::new()
        } else {
            let sev = whole
                .iter()
                .map(|&i| findings[i].severity())
                .max()
                .map_or("warning", class);
            format!(" flagged {sev}")
        };
        let (tag, cls) = match block.kind {
            BlockKind::Number => ("p", "number".to_owned()),
            BlockKind::Title => ("h1", "title".to_owned()),
            BlockKind::Addressees => ("p", "addr".to_owned()),
            BlockKind::Paragraph => ("p", "para".to_owned()),
            BlockKind::PartHeading => ("h2", "part".to_owned()),
            BlockKind::SubHeading(d) => ("h3", format!("sub d{d}")),
            BlockKind::Signature => {
                let c = if first_sign { "sign first" } else { "sign" };
                first_sign = false;
                ("p", c.to_owned())
            }
        };
        let _ = write!(
            h,
            "<{tag} class=\"{cls}{flag}\" id=\"b{b}\" data-pointer=\"{}\">",
            escape(&block.pointer)
        );
        for &i in &whole {
            anchor(&mut h, i, num[i], findings, None);
        }
        h.push_str(&marked_text(&block.text, mine, findings, places, &num));
        let _ = writeln!(h, "</{tag}>");
        if !mine.is_empty() {
            h.push_str("<ul class=\"notes\">");
            for &i in mine {
                note(&mut h, num[i], &findings[i], &places[i]);
            }
            h.push_str("</ul>\n");
        }
    }
    h.push_str("</main>\n<aside class=\"findings\">\n<h2>校验结果</h2>\n");
    if findings.is_empty() {
        h.push_str("<p class=\"empty\">未发现问题。</p>\n");
    }
    order.sort_by_key(|&i| {
        (
            Doc::part_of(findings[i].pointer()).map_or(0, |p| p + 1),
            num[i],
        )
    });
    let mut group: Option<Option<usize>> = None;
    for i in order {
        let f = &findings[i];
        let part = Doc::part_of(f.pointer());
        if group != Some(part) {
            if group.is_some() {
                h.push_str("</ol>\n");
            }
            let name = part.map_or("基本信息", |p| PARTS[p].1);
            let _ = write!(h, "<h3>{}</h3>\n<ol>\n", escape(name));
            group = Some(part);
        }
        let _ = writeln!(
            h,
            "<li class=\"{sev}\"><a href=\"#m{n}\"><span class=\"badge {sev}\">{label} {n}</span> \
             <span class=\"code\">{code}</span><span class=\"msg\">{msg}</span></a></li>",
            sev = class(f.severity()),
            label = f.severity().label_zh(),
            n = num[i],
            code = escape(f.code()),
            msg = escape(f.message_zh()),
        );
    }
    if group.is_some() {
        h.push_str("</ol>\n");
    }
    h.push_str("</aside>\n</div>\n</body>\n</html>\n");
    h
}

/// The anchor a side-list link jumps to, with the finding's code, pointer and marked text.
fn anchor(h: &mut String, i: usize, n: usize, findings: &[Finding], text: Option<&str>) {
    let f = &findings[i];
    let _ = write!(
        h,
        "<a class=\"anchor\" id=\"m{n}\" data-code=\"{}\" data-severity=\"{}\"",
        escape(f.code()),
        class(f.severity()),
    );
    if let Some(t) = text {
        let _ = write!(h, " data-text=\"{}\"", escape(t));
    }
    let _ = write!(h, " data-pointer=\"{}\"></a>", escape(f.pointer()));
}

/// The block's text with the findings' ranges marked (overlaps split into segments).
fn marked_text(
    text: &str,
    mine: &[usize],
    findings: &[Finding],
    places: &[Place],
    num: &[usize],
) -> String {
    let chars: Vec<char> = text.chars().collect();
    let ranged: Vec<(usize, std::ops::Range<usize>)> = mine
        .iter()
        .filter_map(|&i| places[i].range.clone().map(|r| (i, r)))
        .filter(|(_, r)| r.start < r.end && r.end <= chars.len())
        .collect();
    if ranged.is_empty() {
        return escape(text);
    }
    let mut cuts: Vec<usize> = vec![0, chars.len()];
    for (_, r) in &ranged {
        cuts.push(r.start);
        cuts.push(r.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut h = String::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        for (i, r) in &ranged {
            if r.start == a {
                let marked: String = chars[r.clone()].iter().collect();
                anchor(&mut h, *i, num[*i], findings, Some(&marked));
            }
        }
        let covering: Vec<usize> = ranged
            .iter()
            .filter(|(_, r)| r.start <= a && b <= r.end)
            .map(|(i, _)| *i)
            .collect();
        let sups: String = ranged
            .iter()
            .filter(|(_, r)| r.end == b)
            .map(|(i, _)| {
                format!(
                    "<sup class=\"n {}\">{}</sup>",
                    class(findings[*i].severity()),
                    num[*i]
                )
            })
            .collect();
        // The last character and the numbers after it stay on one line.
        let split = if sups.is_empty() { b } else { b - 1 };
        let (head, tail): (String, String) = (
            chars[a..split].iter().collect(),
            chars[split..b].iter().collect(),
        );
        let paint = |text: &str| -> String {
            if text.is_empty() {
                return String::new();
            }
            if covering.is_empty() {
                return escape(text);
            }
            let sev = covering
                .iter()
                .map(|&i| findings[i].severity())
                .max()
                .map_or("warning", class);
            let tip: Vec<String> = covering
                .iter()
                .map(|&i| tooltip(&findings[i], num[i]))
                .collect();
            format!(
                "<mark class=\"m {sev}\" title=\"{}\">{}</mark>",
                escape(&tip.join("\n")),
                escape(text)
            )
        };
        h.push_str(&paint(&head));
        if sups.is_empty() {
            h.push_str(&paint(&tail));
        } else {
            let _ = write!(h, "<span class=\"nw\">{}{sups}</span>", paint(&tail));
        }
    }
    h
}

/// The hover text of a highlight.
fn tooltip(f: &Finding, n: usize) -> String {
    let mut t = format!(
        "[{n}] {} {}：{}",
        f.severity().label_zh(),
        f.code(),
        f.message_zh()
    );
    if let Some(s) = f.span().and_then(|s| s.suggestion.as_deref()) {
        let s = if s.is_empty() { "删去" } else { s };
        let _ = write!(t, "（建议：{s}）");
    }
    t
}

/// The margin note of a finding, under its block.
fn note(h: &mut String, n: usize, f: &Finding, place: &Place) {
    let sev = class(f.severity());
    let _ = write!(
        h,
        "<li class=\"{sev}\" id=\"n{n}\"><span class=\"badge {sev}\">{label} {n}</span> \
         <span class=\"code\">{code} · {title}</span><br>{msg}",
        label = f.severity().label_zh(),
        code = escape(f.code()),
        title = escape(f.rule().title_zh),
        msg = escape(f.message_zh()),
    );
    if let Some(s) = f.span().and_then(|s| s.suggestion.as_deref()) {
        let s = if s.is_empty() { "删去" } else { s };
        let _ = write!(h, "<br><span class=\"sugg\">建议：{}</span>", escape(s));
    }
    match &place.how {
        How::Field(note) => {
            let _ = write!(h, "<br><span class=\"field\">字段 {}</span>", escape(note));
        }
        How::Printed => {
            let _ = write!(
                h,
                "<br><span class=\"field\">字段 {}（按数字在原文中的写法定位）</span>",
                escape(f.pointer())
            );
        }
        _ => {}
    }
    h.push_str("</li>");
}
