//! Allowing a rule silences that rule and nothing else (规则互不遮蔽).
//!
//! For every fixture (`tests/fixtures/*.json`, and the `fires` and `quiet` cases of every
//! `tests/fixtures/rules/*.json`), each rule of the catalogue is allowed in turn; every other
//! rule's findings must stay exactly what they are with no rule allowed; and, the other way
//! round, with every rule allowed but one, that one's findings are what they are with every
//! rule on. Before the fix,
//! allowing the five `safety.*` rules hid the `figures.percentage_out_of_range` finding that
//! the safety family emits for a hazard `rate` of 120 %.

mod common;

use common::merge_patch;
use std::fs;
use std::path::Path;

use fazhi_report::Report;
use fazhi_report::validate::{Deadlines, Finding, Level, Options, Rule, rules};
use serde_json::Value;

/// Validation options as the rule fixtures state them (see `tests/rules.rs`).
fn case_options(case: &Value) -> Options {
    let mut options = Options::new();
    let o = case.get("options");
    if let Some(d) = o.and_then(|o| o.get("deadlines")) {
        options = options.deadlines(match d.as_str() {
            Some("department") => Deadlines::DEPARTMENT,
            Some("government") => Deadlines::GOVERNMENT,
            other => panic!("unknown deadlines {other:?}"),
        });
    }
    if let Some(date) = o.and_then(|o| o.get("as_of")).and_then(Value::as_str) {
        let parsed = time::Date::parse(
            date,
            time::macros::format_description!("[year]-[month]-[day]"),
        )
        .expect("as_of date");
        options = options.as_of(parsed);
    }
    if let Some(codes) = o.and_then(|o| o.get("warn")).and_then(Value::as_array) {
        for code in codes {
            let rule = Rule::by_code(code.as_str().expect("code")).expect("known rule");
            options = options.level(rule, Level::Warn);
        }
    }
    options
}

/// Every fixture report, named, with the options it is checked under.
fn cases() -> Vec<(String, Report, Options)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let minimal: Value =
        serde_json::from_str(include_str!("fixtures/minimal.json")).expect("minimal.json");
    let mut out = Vec::new();
    let mut names: Vec<_> = fs::read_dir(&root)
        .expect("fixtures")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    for path in names {
        let text = fs::read_to_string(&path).expect("read fixture");
        let report = Report::from_json_str(&text).expect("fixture parses");
        out.push((path.display().to_string(), report, Options::new()));
    }
    let mut rule_files: Vec<_> = fs::read_dir(root.join("rules"))
        .expect("rule fixtures")
        .flatten()
        .map(|e| e.path())
        .collect();
    rule_files.sort();
    for path in rule_files {
        let fx: Value =
            serde_json::from_str(&fs::read_to_string(&path).expect("read")).expect("json");
        for which in ["fires", "quiet"] {
            let Some(case) = fx.get(which) else { continue };
            let mut doc = minimal.clone();
            merge_patch(&mut doc, &case["patch"]);
            let report: Report = Report::from_json_str(&doc.to_string()).expect("case parses");
            out.push((
                format!("{} {which}", path.display()),
                report,
                case_options(case),
            ));
        }
    }
    // The issue's own example: a hazard rate of 120 %, emitted by the safety family under a
    // figures code.
    let mut doc = minimal.clone();
    merge_patch(
        &mut doc,
        &serde_json::json!({"measures": {"items": [{
            "heading": "（一）安全生产",
            "hazards": [{"label": "安全隐患", "rate": {"value": 120, "unit": "%"}}]
        }]}}),
    );
    let report = Report::from_json_str(&doc.to_string()).expect("hazard case parses");
    out.push(("hazard rate 120 %".to_owned(), report, Options::new()));
    out
}

/// The findings of every rule but `rule`.
fn others<'a>(findings: &'a [Finding], rule: &'a Rule) -> Vec<&'a Finding> {
    findings.iter().filter(|f| f.rule() != rule).collect()
}

#[test]
fn a_hazard_rate_of_120_percent_is_reported_with_the_safety_rules_allowed() {
    let minimal: Value =
        serde_json::from_str(include_str!("fixtures/minimal.json")).expect("minimal.json");
    let mut doc = minimal;
    merge_patch(
        &mut doc,
        &serde_json::json!({"measures": {"items": [{
            "heading": "（一）安全生产",
            "hazards": [{"label": "安全隐患", "rate": {"value": 120, "unit": "%"}}]
        }]}}),
    );
    let report = Report::from_json_str(&doc.to_string()).expect("parses");
    let default = report.validate();
    let code = rules::figures::PERCENTAGE_OUT_OF_RANGE.code;
    assert!(
        default.findings().iter().any(|f| f.code() == code),
        "{:#?}",
        default.findings()
    );
    let mut options = Options::new();
    for rule in Rule::all().filter(|r| r.code.starts_with("safety.")) {
        options = options.level(rule, Level::Allow);
    }
    let allowed = report.validate_with(&options);
    assert!(
        allowed.findings().iter().any(|f| f.code() == code),
        "{:#?}",
        allowed.findings()
    );
}

#[test]
fn allowing_a_rule_leaves_every_other_rules_findings_unchanged() {
    let cases = cases();
    assert!(cases.len() > 100, "only {} fixture cases", cases.len());
    let mut failures = Vec::new();
    for (name, report, options) in &cases {
        let base = report.validate_with(options);
        assert!(!base.is_truncated(), "{name}: capped");
        for rule in Rule::all() {
            let allowed = report.validate_with(&options.clone().level(rule, Level::Allow));
            if allowed.by_rule(rule).next().is_some() {
                failures.push(format!("{name}: {} reported while allowed", rule.code));
            }
            let (want, got) = (
                others(base.findings(), rule),
                others(allowed.findings(), rule),
            );
            if want != got {
                failures.push(format!(
                    "{name}: allowing {} changed the others: {} findings before, {} after",
                    rule.code,
                    want.len(),
                    got.len()
                ));
            }
            // The dual: every rule allowed but this one (a family whose own rules are all
            // allowed must still report the shared rules it emits).
            let mut only = options.clone();
            for other in Rule::all().filter(|r| *r != rule) {
                only = only.level(other, Level::Allow);
            }
            let alone = report.validate_with(&only);
            let want: Vec<&Finding> = base.by_rule(rule).collect();
            let got: Vec<&Finding> = alone.findings().iter().collect();
            if want != got {
                failures.push(format!(
                    "{name}: {} alone gives {} findings, {} with every rule on",
                    rule.code,
                    got.len(),
                    want.len()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
