//! Concurrency (并发): the public types can be shared across threads, and validating one
//! report from many threads at once gives the same findings as validating it once.

use std::thread;

use fazhi_report::validate::{Finding, Options, Rule, Validation};
use fazhi_report::{Error, Limits, Report};

const fn assert_send_sync<T: Send + Sync>() {}

// Checked at compile time.
const _: () = {
    assert_send_sync::<Report>();
    assert_send_sync::<Validation>();
    assert_send_sync::<Finding>();
    assert_send_sync::<Error>();
    assert_send_sync::<Limits>();
    assert_send_sync::<Options>();
    assert_send_sync::<Rule>();
};

/// The every-field report, with a hazard ledger that breaks the safety rules so that there
/// are findings to compare.
fn report_with_findings() -> Report {
    let text = include_str!("fixtures/every_field.json");
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    value["measures"]["items"][0]["hazards"] = serde_json::json!([
        {"label": "安全隐患", "found": {"value": 40, "unit": "处"}, "rectified": {"value": 41, "unit": "份"}},
        {"label": "消防隐患", "found": {"value": 40, "unit": "处", "qualifier": "more_than"},
         "rectified": {"value": 45, "unit": "处"}}
    ]);
    Report::from_json_str(&value.to_string()).unwrap()
}

#[test]
fn validating_from_many_threads_gives_identical_findings() {
    let report = report_with_findings();
    let expected = report.validate();
    assert!(expected.len() >= 3, "{:#?}", expected.findings());
    let results: Vec<Validation> = thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| {
                    (0..25)
                        .map(|_| report.validate())
                        .reduce(|a, b| {
                            assert_eq!(a, b);
                            b
                        })
                        .unwrap()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for got in results {
        assert_eq!(got, expected);
    }
}

#[test]
fn parsing_from_many_threads_gives_identical_reports_and_errors() {
    let good = include_str!("fixtures/every_field.json");
    let bad = include_bytes!("bad_inputs/quantity_negative.json");
    let (want_ok, want_err) = (
        Report::from_json_str(good).unwrap(),
        Report::from_json_slice(bad).unwrap_err().to_string(),
    );
    thread::scope(|scope| {
        for _ in 0..8 {
            scope.spawn(|| {
                for _ in 0..10 {
                    assert_eq!(Report::from_json_str(good).unwrap(), want_ok);
                    assert_eq!(
                        Report::from_json_slice(bad).unwrap_err().to_string(),
                        want_err
                    );
                }
            });
        }
    });
}
