//! Properties of the text rules on adversarial text: fragments of the dictionary's own
//! canonical forms and wrong forms, their confusable characters, brackets, digits, dots and
//! characters of every UTF-8 width, glued together at random. The rules must never panic,
//! and every span must lie inside its field, on the characters it says it found.
//!
//! The scan works on UTF-8 byte offsets and converts them to character offsets only for
//! findings; these texts put multi-byte characters of every width right next to the
//! places where a near miss starts or ends.

use std::sync::LazyLock;

use fazhi_report::Report;
use proptest::prelude::*;

const FORMULATIONS: &str = include_str!("../src/validate/rules/text/data/formulations.tsv");
const CONFUSABLES: &str = include_str!("../src/validate/rules/text/data/confusables.tsv");
const REPLACEMENTS: &str = include_str!("../src/validate/rules/text/data/replacements.tsv");

/// Every data cell of the dictionary's files: canonical forms, wrong forms, confusable
/// characters, replacement patterns.
static FRAGMENTS: LazyLock<Vec<String>> = LazyLock::new(fragments);

fn fragments() -> Vec<String> {
    let mut out = Vec::new();
    for data in [FORMULATIONS, CONFUSABLES, REPLACEMENTS] {
        for line in data.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            for cell in line.split('\t').skip(1) {
                for part in cell.split('|') {
                    let part = part.replace(['[', ']'], "");
                    if !part.is_empty() && part != "-" {
                        out.push(part);
                    }
                }
            }
        }
    }
    out
}

/// Pieces that stress the scan: brackets and quotation marks of every kind, digits and the
/// dots of dates, list and range punctuation, and characters of one to four bytes.
const GLUE: &[&str] = &[
    "", "", "", "的", "和", "（", "）", "(", ")", "《", "》", "“", "”", "‘", "’", "「", "」", "【",
    "】", "、", "，", "。", "5.12", "5．12", "2021", "2025", "20212025", "-", "—", "·", "a", "Z",
    "é", "ß", "😀", "𠀀", "\u{feff}", " ", "\u{3000}", "法", "治", "政", "府",
];

fn text() -> impl Strategy<Value = String> {
    let fragments: &'static [String] = &FRAGMENTS;
    let piece = prop_oneof![
        3 => prop::sample::select(fragments).prop_map(|s| s.clone()),
        // A fragment with one character cut off at either end or doubled in the middle.
        2 => (prop::sample::select(fragments), 0usize..3).prop_map(|(s, how)| {
            let chars: Vec<char> = s.chars().collect();
            match how {
                0 => chars.iter().skip(1).collect(),
                1 => chars[..chars.len().saturating_sub(1)].iter().collect(),
                _ => {
                    let mid = chars.len() / 2;
                    let mut out: String = chars[..mid].iter().collect();
                    out.extend(chars.get(mid));
                    out.extend(chars[mid..].iter());
                    out
                }
            }
        }),
        3 => prop::sample::select(GLUE).prop_map(str::to_owned),
    ];
    // A paragraph has at least one character: the schema (and so the parser) refuses an
    // empty one.
    prop::collection::vec(piece, 1..12).prop_map(|pieces| {
        let text = pieces.concat();
        if text.is_empty() {
            "。".to_owned()
        } else {
            text
        }
    })
}

fn report(year: u16, heading: &str, paragraphs: &[String]) -> Report {
    let doc = serde_json::json!({
        "schema_version": "1.0",
        "meta": {"title": heading, "year": year,
                 "organization": {"name": "区司法局", "kind": "department", "level": "county"}},
        "measures": {"heading": "一、主要举措和成效",
                     "items": [{"heading": heading, "paragraphs": paragraphs}]},
        "shortcomings": {"heading": "二、存在的不足和原因"},
        "responsibility": {"heading": "三、第一责任人职责"},
        "plans": {"heading": "四、主要安排", "year": year + 1}
    });
    Report::from_json_str(&doc.to_string()).expect("generated report parses")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn spans_lie_on_the_characters_they_name(
        year in 2015u16..2030,
        // A title and a heading have at most 200 characters (the schema's maxLength, which
        // the parser enforces); longer generated ones are not reports.
        heading in text().prop_filter("200 characters at most", |h| h.chars().count() <= 200),
        paragraphs in prop::collection::vec(text(), 1..6),
    ) {
        let report = report(year, &heading, &paragraphs);
        let value = serde_json::to_value(&report).unwrap();
        for finding in report.validate().into_iter() {
            let Some(span) = finding.span() else { continue };
            let field = value
                .pointer(finding.pointer())
                .and_then(serde_json::Value::as_str)
                .unwrap_or_else(|| panic!("{finding}: pointer is not a text field"));
            let chars: Vec<char> = field.chars().collect();
            prop_assert!(span.start < span.end, "{finding}: empty span");
            prop_assert!(span.end <= chars.len(), "{finding}: span beyond the field");
            let found: String = chars[span.start..span.end].iter().collect();
            prop_assert_eq!(&found, &span.found, "{}", finding);
            if let Some(suggestion) = &span.suggestion {
                prop_assert_ne!(suggestion, &span.found, "{}", finding);
            }
        }
    }
}
