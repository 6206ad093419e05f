//! The field 差评核实 (`ServiceEvaluations::negative_verified`): at most the bad
//! evaluations, in their unit (`services.count_exceeds_total`, `services.unit_mismatch`).

mod common;

use common::merge_patch;
use fazhi_report::Report;
use serde_json::{Value, json};

fn findings(verified: Value) -> Vec<(String, String)> {
    let mut doc: Value =
        serde_json::from_str(include_str!("fixtures/minimal.json")).expect("minimal.json");
    merge_patch(
        &mut doc,
        &json!({"measures": {"items": [{
            "heading": "（一）优化政务服务",
            "paragraphs": ["开展政务服务“好差评”。"],
            "evaluations": {
                "received": {"value": 3200, "unit": "条"},
                "negative": {"value": 10, "unit": "条"},
                "negative_verified": verified
            }
        }]}}),
    );
    let report = Report::from_json_str(&doc.to_string()).expect("parses");
    report
        .validate()
        .findings()
        .iter()
        .filter(|f| f.code().starts_with("services."))
        .map(|f| (f.code().to_owned(), f.pointer().to_owned()))
        .collect()
}

const AT: &str = "/measures/items/0/evaluations/negative_verified";

#[test]
fn more_verified_than_bad_evaluations_is_reported_at_the_field() {
    assert_eq!(
        findings(json!({"value": 12, "unit": "条"})),
        [("services.count_exceeds_total".to_owned(), AT.to_owned())]
    );
    assert!(findings(json!({"value": 10, "unit": "条"})).is_empty());
}

#[test]
fn a_verified_count_in_another_unit_is_a_unit_mismatch_only() {
    assert_eq!(
        findings(json!({"value": 12, "unit": "次"})),
        [("services.unit_mismatch".to_owned(), AT.to_owned())]
    );
}
