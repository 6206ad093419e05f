//! The fixtures of schema 2.0 (one per kind of reporting body): they parse, round-trip
//! losslessly, and put their figures in dedicated fields, breakdowns and comparisons rather
//! than in generic indicators. `cargo test --test facts -- --nocapture` prints the count.

use std::fs;
use std::path::Path;

use fazhi_report::Report;
use serde_json::Value;

/// The fixtures written for schema 2.0 (their planted defects: `tests/fixtures/ROUND2.md`).
const ROUND2: &[&str] = &[
    "district_reconsideration_2024",
    "city_management_approvals_2024",
    "emergency_accidents_2024",
    "market_regulation_sectors_2024",
    "street_office_mediation_2024",
    "justice_bureau_supervision_2024",
];

/// Where the figures of a document are (figures = objects with `value` and `unit`, and
/// ratios).
#[derive(Debug, Default, PartialEq, Eq)]
struct Counts {
    /// In a dedicated field of a typed block.
    dedicated: usize,
    /// Members of breakdowns.
    members: usize,
    /// In comparisons (previous value, change, growth, multiple).
    comparisons: usize,
    /// In value forms (range, ratio, target, before/after), in `figures` or in blocks.
    forms: usize,
    /// Only in generic indicators.
    indicators: usize,
}

fn count(value: &Value, path: &mut Vec<String>, counts: &mut Counts) {
    match value {
        Value::Object(map) => {
            let figure = map.contains_key("value") && map.contains_key("unit");
            let ratio = map.contains_key("antecedent");
            if figure || ratio {
                let within = |key: &str| path.iter().any(|p| p == key);
                let form = [
                    "range",
                    "ratio",
                    "target",
                    "before_after",
                    "time_reduction",
                    "materials_reduction",
                    "committed_range",
                    "litigation_ratio",
                ];
                if within("indicators") {
                    counts.indicators += 1;
                } else if within("breakdowns") {
                    counts.members += 1;
                } else if within("comparisons") {
                    counts.comparisons += 1;
                } else if ratio || form.iter().any(|k| within(k)) {
                    counts.forms += 1;
                } else {
                    counts.dedicated += 1;
                }
                return;
            }
            for (k, v) in map {
                path.push(k.clone());
                count(v, path, counts);
                path.pop();
            }
        }
        Value::Array(list) => list.iter().for_each(|v| count(v, path, counts)),
        _ => {}
    }
}

fn counts_of(doc: &Value) -> Counts {
    let mut counts = Counts::default();
    count(doc, &mut Vec::new(), &mut counts);
    counts
}

#[test]
fn round2_fixtures_round_trip_and_use_the_typed_places() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    println!(
        "fixture: dedicated / breakdown members / comparisons / value forms / generic indicators"
    );
    for name in ROUND2 {
        let text = fs::read_to_string(root.join(format!("{name}.json"))).expect("read");
        let report = Report::from_json_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            report.schema_version,
            fazhi_report::SchemaVersion::CURRENT,
            "{name}"
        );
        let original: Value = serde_json::from_str(&text).expect("JSON");
        let written: Value =
            serde_json::from_str(&report.to_json_pretty().expect("write")).expect("JSON");
        assert_eq!(written, original, "{name} does not round-trip losslessly");
        assert_eq!(
            Report::from_json_str(&report.to_json().expect("write")).expect("read"),
            report
        );
        let c = counts_of(&original);
        println!(
            "{name}: {} / {} / {} / {} / {}",
            c.dedicated, c.members, c.comparisons, c.forms, c.indicators
        );
        // Every figure has a typed place except, at most, one that the model has no field for.
        assert!(c.indicators <= 1, "{name}: {c:?}");
        assert!(
            c.dedicated + c.members + c.comparisons + c.forms >= 10,
            "{name}: {c:?}"
        );
    }
}

#[test]
fn the_count_tells_the_places_apart() {
    let doc = serde_json::json!({"measures": {"items": [{
        "indicators": [{"label": "a", "value": {"value": 1, "unit": "件"}}],
        "breakdowns": [{"members": [{"value": {"value": 1, "unit": "件"}}]}],
        "comparisons": [{"previous": {"value": 1, "unit": "件"}}],
        "figures": [{"range": {"low": {"value": 1, "unit": "件"}, "high": {"value": 2, "unit": "件"}}}],
        "reconsideration": {"received": {"value": 1, "unit": "件"}, "litigation_ratio": {"antecedent": 1, "consequent": 1}}
    }]}});
    assert_eq!(
        counts_of(&doc),
        Counts {
            dedicated: 1,
            members: 1,
            comparisons: 1,
            forms: 3,
            indicators: 1
        }
    );
}
