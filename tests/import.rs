//! Import of plain text (导入): the reference report and test reports of other layouts.

use std::collections::BTreeMap;

use fazhi_report::import::{self, LogKind};
use fazhi_report::{PartKind, Report};
use serde_json::Value;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every figure ({value, unit, qualifier}) and date under `v`, printed as text.
fn facts_in(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::Number(n)), Some(Value::String(u))) =
                (m.get("value"), m.get("unit"))
            {
                let q = m
                    .get("qualifier")
                    .and_then(Value::as_str)
                    .unwrap_or("exact");
                out.push(format!("{n}{u} ({q})"));
                return;
            }
            for (k, x) in m {
                if k == "date"
                    && let Value::String(d) = x
                {
                    out.push(format!("date {d}"));
                }
                facts_in(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| facts_in(x, out)),
        _ => {}
    }
}

/// The facts of each subsection (part/items/i), as multisets.
fn facts_by_section(report: &Value) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for part in ["measures", "responsibility", "plans"] {
        if let Some(items) = report[part]["items"].as_array() {
            for (i, s) in items.iter().enumerate() {
                let mut f = Vec::new();
                facts_in(s, &mut f);
                f.sort();
                out.insert(format!("/{part}/items/{i}"), f);
            }
        }
    }
    out
}

fn strings(v: &Value, key: &str) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for part in [
        "measures",
        "shortcomings",
        "responsibility",
        "plans",
        "other",
    ] {
        out.push((format!("/{part}/{key}"), v[part][key].clone()));
        if let Some(items) = v[part]["items"].as_array() {
            for (i, s) in items.iter().enumerate() {
                out.push((format!("/{part}/items/{i}/{key}"), s[key].clone()));
            }
        }
    }
    out
}

#[test]
fn reference_text_reproduces_structure_and_paragraphs() {
    let imported = import::import_text(&fixture("reference.txt")).expect("imports");
    let got = serde_json::to_value(&imported.report).expect("json");
    let want: Value = serde_json::from_str(&fixture("reference.json")).expect("fixture");
    for key in ["heading", "paragraphs", "problem", "marker"] {
        assert_eq!(strings(&got, key), strings(&want, key), "{key} differ");
    }
    for key in ["title", "year", "preamble", "notice"] {
        assert_eq!(got["meta"][key], want["meta"][key], "meta.{key}");
    }
    assert_eq!(
        got["meta"]["organization"]["name"],
        want["meta"]["organization"]["name"]
    );
    assert_eq!(got["plans"]["year"], want["plans"]["year"]);
    // Round trip through the parser.
    let json = imported.report.to_json().expect("serialises");
    assert_eq!(
        Report::from_json_str(&json).expect("parses"),
        imported.report
    );
}

#[test]
fn reference_text_figures_and_dates() {
    let imported = import::import_text(&fixture("reference.txt")).expect("imports");
    let got = facts_by_section(&serde_json::to_value(&imported.report).expect("json"));
    let want =
        facts_by_section(&serde_json::from_str(&fixture("reference.json")).expect("fixture"));
    let (mut total, mut found, mut misses) = (0usize, 0usize, Vec::new());
    for (section, facts) in &want {
        let mut pool = got.get(section).cloned().unwrap_or_default();
        for f in facts {
            total += 1;
            if let Some(p) = pool.iter().position(|g| g == f) {
                pool.remove(p);
                found += 1;
            } else {
                misses.push(format!("{section}: {f}"));
            }
        }
    }
    println!(
        "reference: {found} of {total} figures and dates imported with value, unit and qualifier"
    );
    for m in &misses {
        println!("  miss {m}");
    }
    assert!(total >= 25, "the fixture has its facts: {total}");
    assert!(
        found * 100 >= total * 95,
        "{found}/{total}; misses: {misses:#?}"
    );
}

#[test]
fn reference_text_log() {
    let imported = import::import_text(&fixture("reference.txt")).expect("imports");
    assert_eq!(imported.log.encoding, "UTF-8");
    assert_eq!(imported.log.of_kind(LogKind::Unclassified).count(), 0);
    // Every number not placed is logged with its text at its span.
    let chars: Vec<char> = imported.text.chars().collect();
    for e in imported.log.of_kind(LogKind::Unplaced) {
        let span = e.span.clone().expect("span");
        let text: String = chars[span].iter().collect();
        assert_eq!(Some(text), e.text, "{e:?}");
    }
    // Each fact's span is its text.
    for f in &imported.facts {
        let text: String = chars[f.fact.span.clone()].iter().collect();
        assert_eq!(text, f.fact.text);
    }
    // The source spans of the paragraphs hold their text exactly.
    let v = serde_json::to_value(&imported.report).expect("json");
    for s in &imported.sources {
        let text: String = chars[s.span.clone()].iter().collect();
        assert_eq!(
            v.pointer(&s.pointer).and_then(Value::as_str),
            Some(text.as_str()),
            "{}",
            s.pointer
        );
    }
    let _ = PartKind::Measures;
}

#[cfg(feature = "encodings")]
#[test]
fn gbk_text_is_detected_and_decoded() {
    let text = fixture("reference.txt");
    let (gbk, _, bad) = encoding_rs::GBK.encode(&text);
    assert!(!bad);
    assert!(std::str::from_utf8(&gbk).is_err(), "really not UTF-8");
    let imported = import::import_bytes(&gbk).expect("imports GBK");
    assert_eq!(imported.log.encoding, "GB18030");
    assert_eq!(
        imported.report,
        import::import_text(&text).expect("imports").report
    );
    let utf8 = import::import_bytes(text.as_bytes()).expect("imports UTF-8");
    assert_eq!(utf8.log.encoding, "UTF-8");
}

#[test]
fn bad_inputs_give_clear_errors() {
    use fazhi_report::import::ImportError;
    assert!(matches!(import::import_bytes(b""), Err(ImportError::Empty)));
    assert!(matches!(
        import::import_bytes(b"  \n\t "),
        Err(ImportError::Empty)
    ));
    assert!(matches!(
        import::import_bytes(b"\x00\x01\x02binary"),
        Err(ImportError::Binary(_))
    ));
    assert!(matches!(
        import::import_bytes(b"PK\x03\x04rest"),
        Err(ImportError::Binary(_))
    ));
    assert!(matches!(
        import::import_text("没有年份的文字。"),
        Err(ImportError::NoYear)
    ));
    // No headings: one part, and the log says so.
    let imported = import::import_text("某局2023年工作总结\n今年共办理案件12件。\n其他内容。")
        .expect("imports");
    assert_eq!(imported.report.measures.items.len(), 1);
    assert_eq!(
        imported.report.measures.items[0].paragraphs,
        ["今年共办理案件12件。", "其他内容。"]
    );
    assert!(
        imported
            .log
            .of_kind(LogKind::Note)
            .any(|e| e.message.contains("no part headings"))
    );
}
