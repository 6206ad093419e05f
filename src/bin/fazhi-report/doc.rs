//! The report as printed (报告原文), block by block, and where each finding stands in it.
//!
//! Both output forms use this: the terminal quotes the text a finding points at, the HTML
//! view highlights it. A finding is placed, in this order of preference: at its text span
//! (text rules), at the text an imported figure or date came from, at the printed form of a
//! JSON report's figure or date inside its subsection, at the paragraph or heading its
//! pointer names, and else as a note on the nearest heading above its field.

use std::ops::Range;

use fazhi_report::Quantity;
use fazhi_report::import::{Imported, PlacedFact};
use fazhi_report::validate::Finding;
use serde_json::Value;

/// What a block of the printed report is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// The 文号 line.
    Number,
    /// The title.
    Title,
    /// The 主送 line.
    Addressees,
    /// A paragraph of the preamble or of a part.
    Paragraph,
    /// A part's heading (一、…).
    PartHeading,
    /// A subsection's heading at the given depth (1 for （一）).
    SubHeading(u8),
    /// The signature's organisation or date.
    Signature,
}

/// One block of text with the JSON Pointer of the string it shows.
#[derive(Clone, Debug)]
pub struct Block {
    /// JSON Pointer of the string in the report.
    pub pointer: String,
    /// What it is.
    pub kind: BlockKind,
    /// The text, as printed.
    pub text: String,
}

/// The parts, by their JSON key, with their Chinese names.
pub const PARTS: [(&str, &str); 5] = [
    ("measures", "主要举措和成效"),
    ("shortcomings", "存在的不足和原因"),
    ("responsibility", "第一责任人职责"),
    ("plans", "下一年度主要安排"),
    ("other", "其他需要报告的情况"),
];

/// How a finding was placed.
#[derive(Clone, Debug, PartialEq)]
pub enum How {
    /// At the characters a text rule reported.
    Span,
    /// At the text an imported figure or date was read from.
    Fact,
    /// At the printed form of the field's figure or date, found in its subsection.
    Printed,
    /// At the whole block its pointer names.
    Block,
    /// As a note on the nearest heading above the field (no text of its own).
    Field(String),
}

/// Where a finding stands in the report.
#[derive(Clone, Debug)]
pub struct Place {
    /// Index of the block.
    pub block: usize,
    /// Character range inside the block's text, if the finding has one.
    pub range: Option<Range<usize>>,
    /// How it was placed.
    pub how: How,
}

/// The printed report.
pub struct Doc {
    /// The blocks in reading order.
    pub blocks: Vec<Block>,
    value: Value,
}

impl Doc {
    /// Lays out the report's text (from its JSON, so that pointers are the findings').
    pub fn new(report: &fazhi_report::Report) -> Doc {
        let value = serde_json::to_value(report).unwrap_or(Value::Null);
        let mut blocks = Vec::new();
        let mut push = |pointer: String, kind, text: &str, _part: Option<usize>| {
            if !text.trim().is_empty() {
                blocks.push(Block {
                    pointer,
                    kind,
                    text: text.to_owned(),
                });
            }
        };
        let s = |p: &str| value.pointer(p).and_then(Value::as_str).unwrap_or("");
        push(
            "/meta/document_number".into(),
            BlockKind::Number,
            s("/meta/document_number"),
            None,
        );
        push(
            "/meta/title".into(),
            BlockKind::Title,
            s("/meta/title"),
            None,
        );
        if let Some(list) = value.pointer("/meta/addressees").and_then(Value::as_array) {
            let names: Vec<&str> = list.iter().filter_map(Value::as_str).collect();
            if !names.is_empty() {
                let line = format!("{}：", names.join("、"));
                push(
                    "/meta/addressees".into(),
                    BlockKind::Addressees,
                    &line,
                    None,
                );
            }
        }
        strings(&value, "/meta/preamble", None, &mut push);
        for (i, (key, _)) in PARTS.iter().enumerate() {
            let base = format!("/{key}");
            if value.pointer(&base).is_none_or(Value::is_null) {
                continue;
            }
            let heading = format!("{base}/heading");
            push(
                heading.clone(),
                BlockKind::PartHeading,
                s(&heading),
                Some(i),
            );
            strings(&value, &format!("{base}/paragraphs"), Some(i), &mut push);
            let items = format!("{base}/items");
            if *key == "shortcomings" {
                shortcomings(&value, &items, i, &mut push);
            } else {
                sections(&value, &items, 1, i, &mut push);
            }
        }
        push(
            "/meta/signature/organization".into(),
            BlockKind::Signature,
            s("/meta/signature/organization"),
            None,
        );
        if let Some(date) = value.pointer("/meta/dates/written").and_then(Value::as_str)
            && let Some(printed) = date_printed(date, true)
        {
            push(
                "/meta/dates/written".into(),
                BlockKind::Signature,
                &printed,
                None,
            );
        }
        Doc { blocks, value }
    }

    /// The index of the block whose pointer is `pointer`.
    pub fn block_at(&self, pointer: &str) -> Option<usize> {
        self.blocks.iter().position(|b| b.pointer == pointer)
    }

    /// The part a pointer is in (index into [`PARTS`]).
    pub fn part_of(pointer: &str) -> Option<usize> {
        let first = pointer.trim_start_matches('/').split('/').next()?;
        PARTS.iter().position(|(key, _)| *key == first)
    }

    /// The subsection heading (block index) above a pointer, if the pointer is inside one.
    pub fn section_heading_of(&self, pointer: &str) -> Option<usize> {
        let mut prefix = pointer;
        loop {
            if let Some(i) = self.block_at(&format!("{prefix}/heading"))
                && matches!(self.blocks[i].kind, BlockKind::SubHeading(_))
            {
                return Some(i);
            }
            prefix = &prefix[..prefix.rfind('/')?];
            if prefix.is_empty() {
                return None;
            }
        }
    }

    /// Places a finding in the printed report.
    pub fn place(&self, finding: &Finding, imported: Option<&Imported>) -> Place {
        let pointer = finding.pointer();
        if let Some(block) = self.block_at(pointer) {
            if let Some(span) = finding.span() {
                let len = self.blocks[block].text.chars().count();
                if span.start < span.end && span.end <= len {
                    return Place {
                        block,
                        range: Some(span.start..span.end),
                        how: How::Span,
                    };
                }
            }
            // A year rule on a heading or title: the year it names, where it is printed.
            if finding.code().starts_with("dates.") {
                let years = finding.params().values().flat_map(|v| match v {
                    Value::Array(a) => a.iter().filter_map(Value::as_u64).collect::<Vec<_>>(),
                    other => other.as_u64().into_iter().collect(),
                });
                for year in years {
                    if let Some(r) = find_chars(&self.blocks[block].text, &format!("{year}年")) {
                        return Place {
                            block,
                            range: Some(r.start..r.end - 1),
                            how: How::Block,
                        };
                    }
                }
            }
            return Place {
                block,
                range: None,
                how: How::Block,
            };
        }
        // The figure the pointer names, where it is printed: a breakdown's finding at its
        // whole, not at its first member.
        let named = self.named_figure(pointer);
        if let Some(named) = &named {
            if let Some(place) = imported.and_then(|imp| self.fact_at(named, imp)) {
                return place;
            }
            if let Some(place) = self.place_by_printed(named, finding) {
                return place;
            }
        }
        // A subsection or item: its heading, not a figure inside it.
        if let Some(block) = self.block_at(&format!("{pointer}/heading")) {
            return Place {
                block,
                range: None,
                how: How::Block,
            };
        }
        // An object printed by its name (a decision, a campaign): the name, before any
        // figure or meeting inside it.
        if self.value.pointer(pointer).is_some_and(|v| {
            ["name", "title", "problem"]
                .iter()
                .any(|k| v.get(*k).is_some_and(Value::is_string))
        }) && let Some(place) = self.place_by_printed(pointer, finding)
        {
            return place;
        }
        if let Some(imp) = imported {
            // The figure itself, the figure a reference names (a target's `actual_fact`, a
            // breakdown's `of`), or the figures of the relation the field belongs to.
            let candidates = [
                Some(pointer.to_owned()),
                self.referenced(pointer),
                relation_of(pointer),
            ];
            for p in candidates.into_iter().flatten() {
                if let Some(place) = self.place_by_fact(&p, imp) {
                    return place;
                }
            }
        }
        if let Some(place) = self.place_by_printed(pointer, finding) {
            return place;
        }
        // An object whose text is printed in blocks of its own (a shortcoming, a subsection).
        let inside = format!("{pointer}/");
        if let Some(block) = self
            .blocks
            .iter()
            .position(|b| b.pointer.starts_with(&inside))
        {
            return Place {
                block,
                range: None,
                how: How::Block,
            };
        }
        self.place_as_field(pointer)
    }

    /// The pointer of the figure a reference (`{"indicator": key}` or `{"field": path}`) at
    /// `pointer` names, in the subsection that holds the relation.
    fn referenced(&self, pointer: &str) -> Option<String> {
        let value = self.value.pointer(pointer)?;
        let base = section_of(pointer)?;
        if let Some(key) = value.get("indicator").and_then(Value::as_str) {
            let list = self
                .value
                .pointer(&format!("{base}/indicators"))?
                .as_array()?;
            let i = list
                .iter()
                .position(|ind| ind.get("key").and_then(Value::as_str) == Some(key))?;
            return Some(format!("{base}/indicators/{i}/value"));
        }
        let field = value.get("field").and_then(Value::as_str)?;
        Some(format!("{base}{field}"))
    }

    /// The figure (a quantity's pointer) that a finding's pointer names: the figure itself;
    /// the figure a reference names (a target's `actual_fact`, a member's `fact`); the
    /// figure a relation is of (a breakdown's whole, a comparison's current value), for the
    /// relation and for a field of it that is no figure (a comparison's `direction`); the
    /// figure of an indicator or a breakdown's member.
    pub fn named_figure(&self, pointer: &str) -> Option<String> {
        let value = self.value.pointer(pointer)?;
        if value.get("unit").is_some() {
            return Some(pointer.to_owned());
        }
        if value.get("indicator").is_some() || value.get("field").is_some() {
            return self.referenced(pointer);
        }
        if value.get("of").is_some() {
            return self.referenced(&format!("{pointer}/of"));
        }
        // An indicator or a breakdown's member: its figure.
        if value.get("value").is_some_and(|v| v.get("unit").is_some()) {
            return Some(format!("{pointer}/value"));
        }
        let relation = relation_of(pointer)?;
        let direct = pointer[relation.len()..].matches('/').count() == 1;
        (direct && !value.is_object() && !value.is_array())
            .then(|| self.named_figure(&relation))
            .flatten()
    }

    /// The imported fact placed into exactly the field at `pointer`.
    fn fact_at(&self, pointer: &str, imported: &Imported) -> Option<Place> {
        let fact = imported
            .facts
            .iter()
            .find(|f| f.pointer.as_deref() == Some(pointer))?;
        self.fact_place(fact, imported)
    }

    /// An imported fact placed into (or read for) the finding's field.
    fn place_by_fact(&self, pointer: &str, imported: &Imported) -> Option<Place> {
        let related = |fp: &str| {
            fp == pointer
                || pointer.starts_with(&format!("{fp}/"))
                || fp.starts_with(&format!("{pointer}/"))
        };
        let fact = imported
            .facts
            .iter()
            .find(|f| f.pointer.as_deref() == Some(pointer))
            .or_else(|| {
                imported
                    .facts
                    .iter()
                    .find(|f| f.pointer.as_deref().is_some_and(related))
            })?;
        self.fact_place(fact, imported)
    }

    /// Where an imported fact's text stands in its block.
    fn fact_place(&self, fact: &PlacedFact, imported: &Imported) -> Option<Place> {
        let block = self.block_at(&fact.paragraph)?;
        let text = &self.blocks[block].text;
        let source = imported.source_of(&fact.paragraph)?;
        let start = fact.fact.span.start.checked_sub(source.span.start)?;
        let end = start + fact.fact.span.len();
        let range = if chars(text, start..end) == Some(fact.fact.text.as_str()) {
            start..end
        } else {
            find_chars(text, &fact.fact.text)?
        };
        Some(Place {
            block,
            range: Some(range),
            how: How::Fact,
        })
    }

    /// The printed form of the figure, date, name or text at `pointer` (the finding's
    /// field, or the figure it names), searched in its subsection; a text rule's span is
    /// placed inside the text found.
    fn place_by_printed(&self, pointer: &str, finding: &Finding) -> Option<Place> {
        let mut candidates = Vec::new();
        let mut p = pointer;
        // The field itself, or the figure it is a member of (`…/rectified/unit`).
        for _ in 0..2 {
            if let Some(v) = self.value.pointer(p) {
                candidates.extend(printed_forms(v));
            }
            match p.rfind('/') {
                Some(i) if i > 0 => p = &p[..i],
                _ => break,
            }
            if !candidates.is_empty() {
                break;
            }
        }
        if candidates.is_empty() {
            return None;
        }
        let heading = self.section_heading_of(pointer)?;
        let section = self.blocks[heading]
            .pointer
            .trim_end_matches("/heading")
            .to_owned();
        for printed in &candidates {
            for (i, block) in self.blocks.iter().enumerate() {
                if !block.pointer.starts_with(&format!("{section}/")) {
                    continue;
                }
                if let Some(mut range) = find_chars(&block.text, printed) {
                    if let Some(span) = finding.span() {
                        let len = printed.chars().count();
                        if span.start < span.end && span.end <= len {
                            range = range.start + span.start..range.start + span.end;
                        }
                    }
                    return Some(Place {
                        block: i,
                        range: Some(range),
                        how: How::Printed,
                    });
                }
            }
        }
        None
    }

    /// A note on the nearest heading (or the title) above the field.
    fn place_as_field(&self, pointer: &str) -> Place {
        let shown = self
            .value
            .pointer(pointer)
            .map(|v| match serde_json::from_value::<Quantity>(v.clone()) {
                // A figure as printed (40份); anything else as it is in the JSON.
                Ok(q) if v.get("unit").is_some() => q.to_string(),
                _ => short(v),
            })
            .unwrap_or_default();
        let note = if shown.is_empty() {
            pointer.to_owned()
        } else {
            format!("{pointer} = {shown}")
        };
        let mut prefix = pointer;
        let block = loop {
            if let Some(i) = self.block_at(&format!("{prefix}/heading")) {
                break Some(i);
            }
            if let Some(i) = self.block_at(prefix) {
                break Some(i);
            }
            match prefix.rfind('/') {
                Some(i) if i > 0 => prefix = &prefix[..i],
                _ => break None,
            }
        };
        let block = block.or_else(|| self.block_at("/meta/title")).unwrap_or(0);
        // A year (the plan part's) printed in the heading the note goes to.
        if let Some(year) = self.value.pointer(pointer).and_then(Value::as_u64)
            && let Some(range) = self
                .blocks
                .get(block)
                .and_then(|b| find_chars(&b.text, &format!("{year}年")))
        {
            return Place {
                block,
                range: Some(range.start..range.end - 1),
                how: How::Field(note),
            };
        }
        Place {
            block,
            range: None,
            how: How::Field(note),
        }
    }
}

/// The relation fields of schema 2.0 that hold references to figures of their subsection.
const RELATIONS: &[&str] = &["/figures/", "/breakdowns/", "/comparisons/", "/periods/"];

/// The subsection a relation's pointer is in (`/measures/items/0` for
/// `/measures/items/0/figures/1/target/actual_fact`).
fn section_of(pointer: &str) -> Option<&str> {
    RELATIONS
        .iter()
        .filter_map(|r| pointer.rfind(r))
        .max()
        .map(|i| &pointer[..i])
}

/// The relation (`…/comparisons/0`) a field of it (`…/comparisons/0/direction`) belongs to.
fn relation_of(pointer: &str) -> Option<String> {
    let base = section_of(pointer)?;
    let rest = &pointer[base.len()..];
    let mut segments = rest.trim_start_matches('/').splitn(3, '/');
    let (kind, index) = (segments.next()?, segments.next()?);
    let relation = format!("{base}/{kind}/{index}");
    (relation != pointer).then_some(relation)
}

/// The strings of an array of strings, each a paragraph.
fn strings(
    value: &Value,
    base: &str,
    part: Option<usize>,
    push: &mut impl FnMut(String, BlockKind, &str, Option<usize>),
) {
    if let Some(list) = value.pointer(base).and_then(Value::as_array) {
        for (j, p) in list.iter().enumerate() {
            if let Some(text) = p.as_str() {
                push(format!("{base}/{j}"), BlockKind::Paragraph, text, part);
            }
        }
    }
}

/// Subsections (and their third- and fourth-level items), recursively.
fn sections(
    value: &Value,
    base: &str,
    depth: u8,
    part: usize,
    push: &mut impl FnMut(String, BlockKind, &str, Option<usize>),
) {
    let Some(list) = value.pointer(base).and_then(Value::as_array) else {
        return;
    };
    for j in 0..list.len() {
        let item = format!("{base}/{j}");
        let heading = format!("{item}/heading");
        if let Some(text) = value.pointer(&heading).and_then(Value::as_str) {
            push(heading, BlockKind::SubHeading(depth), text, Some(part));
        }
        strings(value, &format!("{item}/paragraphs"), Some(part), push);
        if depth < 4 {
            sections(value, &format!("{item}/items"), depth + 1, part, push);
        }
    }
}

/// The shortcomings: their paragraphs as printed, else problem, details, cause, remedy.
fn shortcomings(
    value: &Value,
    base: &str,
    part: usize,
    push: &mut impl FnMut(String, BlockKind, &str, Option<usize>),
) {
    let Some(list) = value.pointer(base).and_then(Value::as_array) else {
        return;
    };
    for (j, item) in list.iter().enumerate() {
        let item_ptr = format!("{base}/{j}");
        let has_paragraphs = item
            .get("paragraphs")
            .and_then(Value::as_array)
            .is_some_and(|a| !a.is_empty());
        if has_paragraphs {
            strings(value, &format!("{item_ptr}/paragraphs"), Some(part), push);
            continue;
        }
        for key in ["problem", "cause", "remedy"] {
            let p = format!("{item_ptr}/{key}");
            if let Some(text) = value.pointer(&p).and_then(Value::as_str) {
                push(p, BlockKind::Paragraph, text, Some(part));
            }
            if key == "problem" {
                strings(value, &format!("{item_ptr}/details"), Some(part), push);
            }
        }
    }
}

/// How a figure, a date, a name or a short text of the JSON is printed in a report's text.
fn printed_forms(value: &Value) -> Vec<String> {
    if let Some(s) = value.as_str() {
        return match date_printed(s, false) {
            Some(date) => vec![date],
            // Text as printed; not a code value such as `more_than`.
            None if s.chars().count() >= 2 && !s.is_ascii() => vec![s.to_owned()],
            None => Vec::new(),
        };
    }
    if let Some(obj) = value.as_object()
        && obj.get("unit").is_none()
    {
        return ["name", "title", "label", "problem"]
            .iter()
            .filter_map(|k| obj.get(*k).and_then(Value::as_str))
            .filter(|s| s.chars().count() >= 2)
            .map(str::to_owned)
            .collect();
    }
    if value.is_object()
        && value.get("unit").is_some()
        && let Ok(q) = serde_json::from_value::<Quantity>(value.clone())
    {
        let full = q.to_string();
        let mut forms = vec![full];
        if let Some(v) = value.get("value") {
            let number = v.to_string();
            forms.push(number);
        }
        return forms;
    }
    Vec::new()
}

/// `2024-01-15` as `1月15日` (or `2024年1月15日` with the year).
fn date_printed(date: &str, with_year: bool) -> Option<String> {
    let mut it = date.split('-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    if y.len() != 4 || it.next().is_some() {
        return None;
    }
    let m: u8 = m.parse().ok()?;
    let d: u8 = d.parse().ok()?;
    Some(if with_year {
        format!("{y}年{m}月{d}日")
    } else {
        format!("{m}月{d}日")
    })
}

/// A value shortened for a note.
fn short(value: &Value) -> String {
    let s = match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s
    }
}

/// The characters `range` of `text`, if in bounds.
pub fn chars(text: &str, range: Range<usize>) -> Option<&str> {
    let mut idx = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    let start = idx.clone().nth(range.start)?;
    let end = idx.nth(range.end)?;
    (start <= end).then(|| &text[start..end])
}

/// The character range of the first occurrence of `needle` in `text`; a needle that
/// starts or ends with a digit only matches where the text's number ends there too (`40`
/// is not found in `140`).
pub fn find_chars(text: &str, needle: &str) -> Option<Range<usize>> {
    if needle.is_empty() {
        return None;
    }
    let numeric = |c: char| c.is_ascii_digit() || c == '.';
    let first_digit = needle.starts_with(|c: char| c.is_ascii_digit());
    let last_digit = needle.ends_with(|c: char| c.is_ascii_digit());
    for (byte, _) in text.match_indices(needle) {
        let before = text[..byte].chars().next_back();
        let after = text[byte + needle.len()..].chars().next();
        if (first_digit && before.is_some_and(numeric))
            || (last_digit && after.is_some_and(numeric))
        {
            continue;
        }
        let start = text[..byte].chars().count();
        return Some(start..start + needle.chars().count());
    }
    None
}
