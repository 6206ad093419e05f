//! The generated large report the benchmarks run on (benches/support/generate.rs): it is
//! deterministic, a lossless valid report, valid against the canonical schema, populates
//! every block of a subsection and every theme, and grows linearly with its scale.

use std::collections::BTreeSet;

use fazhi_report::Report;
use serde_json::Value;

#[path = "../benches/support/generate.rs"]
mod generate;

#[test]
fn is_deterministic() {
    assert_eq!(generate::report(2), generate::report(2));
    assert_ne!(generate::report(1), generate::report(2));
}

#[test]
fn parses_and_round_trips_losslessly() {
    for scale in [1, 3] {
        let value = generate::report_value(scale);
        let json = generate::report(scale);
        let report = Report::from_json_slice(&json).expect("the generated report parses");
        let back = serde_json::to_value(&report).expect("serialises");
        assert_eq!(first_difference(&value, &back, String::new()), None);
    }
}

/// The pointer and the two values of the first place where `a` and `b` differ.
fn first_difference(a: &Value, b: &Value, at: String) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            x.keys()
                .chain(y.keys())
                .find_map(|k| match (x.get(k), y.get(k)) {
                    (Some(u), Some(v)) => first_difference(u, v, format!("{at}/{k}")),
                    (u, v) => Some(format!("{at}/{k}: {u:?} ≠ {v:?}")),
                })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (u, v))| first_difference(u, v, format!("{at}/{i}"))),
        _ => (a != b).then(|| format!("{at}: {a} ≠ {b}")),
    }
}

#[test]
fn is_valid_against_the_canonical_schema() {
    let schema = serde_json::to_value(schemars::schema_for!(Report)).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let value = generate::report_value(10);
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

/// Every section of every part of a report.
fn sections(report: &Value) -> Vec<&Value> {
    ["measures", "responsibility", "plans", "other"]
        .iter()
        .filter_map(|part| report[part]["items"].as_array())
        .flatten()
        .collect()
}

#[test]
fn populates_every_block_and_theme() {
    let schema = serde_json::to_value(schemars::schema_for!(Report)).expect("schema is JSON");
    let defs = &schema["$defs"];
    let blocks: BTreeSet<&str> = defs["Section"]["properties"]
        .as_object()
        .expect("Section has properties")
        .keys()
        .map(String::as_str)
        .collect();
    let themes: BTreeSet<&str> = defs["Theme"]["oneOf"]
        .as_array()
        .expect("Theme is a oneOf of constants")
        .iter()
        .filter_map(|v| v["const"].as_str())
        .collect();
    assert!(blocks.len() > 20 && themes.len() > 10);

    let report = generate::report_value(1);
    let sections = sections(&report);
    let present: BTreeSet<&str> = sections
        .iter()
        .filter_map(|s| s.as_object())
        .flat_map(|s| s.keys().map(String::as_str))
        .collect();
    let missing: Vec<&&str> = blocks.difference(&present).collect();
    assert!(missing.is_empty(), "blocks never populated: {missing:?}");
    let used: BTreeSet<&str> = sections
        .iter()
        .filter_map(|s| s["theme"].as_str())
        .collect();
    assert_eq!(used, themes);
}

#[test]
fn has_thousands_of_indicators_and_list_items_at_scale_10() {
    fn count(value: &Value, key: &str) -> usize {
        match value {
            Value::Object(map) => map
                .iter()
                .map(|(k, v)| {
                    let here = if k == key {
                        v.as_array().map_or(0, Vec::len)
                    } else {
                        0
                    };
                    here + count(v, key)
                })
                .sum(),
            Value::Array(items) => items.iter().map(|v| count(v, key)).sum(),
            _ => 0,
        }
    }
    let report = generate::report_value(10);
    assert!(count(&report, "indicators") >= 2000);
    assert!(count(&report, "items") >= 2000);
    let prose: usize = sections(&report)
        .iter()
        .filter_map(|s| s["paragraphs"].as_array())
        .flatten()
        .filter_map(Value::as_str)
        .map(str::len)
        .sum();
    let json = generate::report(10).len();
    assert!(prose * 4 >= json, "{prose} bytes of prose in {json}");
}

#[test]
fn grows_linearly() {
    let base = generate::report(1).len();
    assert!((80_000..=140_000).contains(&base), "×1 is {base} bytes");
    for scale in [3, 10] {
        let ratio = generate::report(scale).len() as f64 / base as f64;
        let scale = scale as f64;
        assert!(
            (0.95 * scale..=1.05 * scale).contains(&ratio),
            "×{scale} is {ratio:.2} times ×1"
        );
    }
}

#[test]
fn distinct_reports_are_deterministic_and_hold_what_they_are_asked_for() {
    assert_eq!(
        generate::distinct_report(40, 30),
        generate::distinct_report(40, 30)
    );
    for (subsections, per_part) in [(7, [2, 2, 2, 1]), (40, [10, 10, 10, 10])] {
        let json = generate::distinct_report(subsections, 30);
        let report = Report::from_json_slice(&json).expect("a distinct report parses");
        let counts: Vec<usize> = report.section_parts().map(|(_, s)| s.len()).collect();
        assert_eq!(counts, per_part);
        assert!(
            report
                .section_parts()
                .flat_map(|(_, s)| s)
                .all(|s| s.paragraphs.len() == 1 && s.paragraphs[0].chars().count() == 30)
        );
        // Distinct text: nothing repeats.
        assert!(report.validate().is_valid());
    }
    assert!(generate::distinct_report(1, 10).len() < 2_000);
    assert_eq!(generate::DISTINCT_PER_PART, 10_000);
}
