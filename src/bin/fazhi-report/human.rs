//! Findings printed for a person (给人看的校验结果): grouped by part, with the text each
//! finding points at, the suggestion, and a tally. Colour only on a terminal.

use std::io::{self, Write};

use fazhi_report::validate::{Finding, Severity, Validation};

use crate::doc::{Doc, How, PARTS, Place, chars};

/// ANSI colours, or none.
#[derive(Clone, Copy)]
pub struct Paint {
    /// Whether to colour.
    pub on: bool,
}

impl Paint {
    fn wrap(self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    fn severity(self, severity: Severity) -> String {
        match severity {
            Severity::Error => self.wrap("1;31", "错误"),
            _ => self.wrap("1;33", "警告"),
        }
    }

    fn mark(self, text: &str) -> String {
        if self.on {
            format!("\x1b[4;1m{text}\x1b[0m")
        } else {
            format!("【{text}】")
        }
    }

    fn dim(self, text: &str) -> String {
        self.wrap("2", text)
    }
}

/// The text around a place, with the marked characters shown.
pub fn quote(doc: &Doc, place: &Place, paint: Paint) -> Option<String> {
    let block = doc.blocks.get(place.block)?;
    let Some(range) = place.range.clone() else {
        // A whole paragraph or heading: its beginning.
        if matches!(place.how, How::Field(_)) {
            return None;
        }
        let len = block.text.chars().count();
        let head = chars(&block.text, 0..len.min(40))?;
        let tail = if len > 40 { "…" } else { "" };
        return Some(format!("{head}{tail}"));
    };
    let len = block.text.chars().count();
    let from = range.start.saturating_sub(16);
    let to = (range.end + 16).min(len);
    let before = chars(&block.text, from..range.start)?;
    let marked = chars(&block.text, range.clone())?;
    let after = chars(&block.text, range.end..to)?;
    let lead = if from > 0 { "…" } else { "" };
    let tail = if to < len { "…" } else { "" };
    Some(format!("{lead}{before}{}{after}{tail}", paint.mark(marked)))
}

/// The heading a group of findings is printed under.
fn group_title(doc: &Doc, part: Option<usize>) -> String {
    match part {
        None => "基本信息（标题、落款、日期）".to_owned(),
        Some(i) => {
            let key = PARTS[i].0;
            doc.blocks
                .iter()
                .find(|b| b.pointer == format!("/{key}/heading"))
                .map_or_else(|| PARTS[i].1.to_owned(), |b| b.text.clone())
        }
    }
}

/// Prints one file's findings.
pub fn print_file(
    out: &mut impl Write,
    title: &str,
    doc: &Doc,
    validation: &Validation,
    places: &[Place],
    paint: Paint,
) -> io::Result<()> {
    writeln!(out, "{}", paint.wrap("1", title))?;
    let mut order: Vec<usize> = (0..validation.findings().len()).collect();
    let key = |i: &usize| {
        let f = &validation.findings()[*i];
        (
            Doc::part_of(f.pointer()).map_or(0, |p| p + 1),
            places[*i].block,
            places[*i].range.as_ref().map_or(0, |r| r.start),
        )
    };
    order.sort_by_key(key);
    let mut group: Option<Option<usize>> = None;
    let mut section: Option<usize> = None;
    for i in order {
        let finding: &Finding = &validation.findings()[i];
        let place = &places[i];
        let part = Doc::part_of(finding.pointer());
        if group != Some(part) {
            writeln!(out)?;
            writeln!(
                out,
                "{}",
                paint.wrap("1", &format!("【{}】", group_title(doc, part)))
            )?;
            group = Some(part);
            section = None;
        }
        let heading = doc.section_heading_of(finding.pointer());
        if heading.is_some() && heading != section {
            if let Some(h) = heading {
                writeln!(out, "  {}", doc.blocks[h].text)?;
            }
            section = heading;
        }
        writeln!(
            out,
            "  {} {}  {}",
            paint.severity(finding.severity()),
            finding.code(),
            paint.dim(finding.pointer())
        )?;
        writeln!(out, "      {}", finding.message_zh())?;
        if let Some(q) = quote(doc, place, paint) {
            writeln!(out, "      原文：{q}")?;
        } else if let How::Field(note) = &place.how {
            writeln!(out, "      字段：{note}")?;
        }
        if let Some(s) = finding.span().and_then(|s| s.suggestion.as_deref()) {
            if s.is_empty() {
                writeln!(out, "      建议：删去")?;
            } else {
                writeln!(out, "      建议：{s}")?;
            }
        }
    }
    let errors = validation.errors().count();
    let warnings = validation.warnings().count();
    writeln!(out)?;
    if validation.findings().is_empty() {
        writeln!(out, "未发现问题。")?;
    } else {
        writeln!(
            out,
            "合计：{} 个错误，{} 个警告（{}, {}）",
            paint.wrap("1;31", &errors.to_string()),
            paint.wrap("1;33", &warnings.to_string()),
            counted(errors, "error", "errors"),
            counted(warnings, "warning", "warnings"),
        )?;
    }
    if validation.is_truncated() {
        writeln!(
            out,
            "另有 {} 条结果因数量上限未列出（truncated）。",
            validation.dropped_count()
        )?;
    }
    Ok(())
}

/// An English count with its noun in the right number: `1 warning`, `0 errors`, `2 errors`.
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::counted;

    #[test]
    fn counts_in_the_right_number() {
        assert_eq!(counted(0, "warning", "warnings"), "0 warnings");
        assert_eq!(counted(1, "warning", "warnings"), "1 warning");
        assert_eq!(counted(2, "error", "errors"), "2 errors");
    }
}
