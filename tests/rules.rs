//! Every validation rule fires on its `fires` fixture (with the exact code and pointer) and
//! stays quiet on its `quiet` fixture.
//!
//! A rule fixture is `tests/fixtures/rules/<code>.json`:
//!
//! ```json
//! {
//!   "fires": {"patch": {…}, "expect": ["/measures/items/0/hazards/0/rectified"]},
//!   "quiet": {"patch": {…}}
//! }
//! ```
//!
//! Each `patch` is a JSON Merge Patch (RFC 7396) applied to `tests/fixtures/minimal.json`
//! (arrays are replaced whole). `expect` lists the pointers at which the rule must fire,
//! exactly: no more, no fewer. Optional `"options": {"deadlines": "department" | "government"}`,
//! `"as_of": "YYYY-MM-DD"` and `"warn": [codes]` (for opt-in rules) set validation options.

mod common;

use common::merge_patch;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use fazhi_report::Report;
use fazhi_report::validate::{Deadlines, Options, Rule};
use serde_json::Value;

fn minimal() -> Value {
    serde_json::from_str(include_str!("fixtures/minimal.json")).expect("minimal.json")
}

struct Case {
    report: Report,
    options: Options,
    expect: Option<BTreeSet<String>>,
}

fn load_case(code: &str, which: &str, case: &Value) -> Case {
    let mut doc = minimal();
    merge_patch(&mut doc, &case["patch"]);
    let text = serde_json::to_string(&doc).expect("serialise");
    let report = Report::from_json_str(&text)
        .unwrap_or_else(|e| panic!("{code} {which}: fixture does not parse: {e}"));
    let mut options = Options::new();
    if let Some(d) = case.get("options").and_then(|o| o.get("deadlines")) {
        options = options.deadlines(match d.as_str() {
            Some("department") => Deadlines::DEPARTMENT,
            Some("government") => Deadlines::GOVERNMENT,
            other => panic!("{code}: unknown deadlines {other:?}"),
        });
    }
    if let Some(date) = case.get("options").and_then(|o| o.get("as_of")) {
        let date: Value = date.clone();
        let wrapper = serde_json::json!({"date": date});
        let parsed = time::Date::parse(
            wrapper["date"].as_str().expect("as_of string"),
            time::macros::format_description!("[year]-[month]-[day]"),
        )
        .expect("as_of date");
        options = options.as_of(parsed);
    }
    // Rules can be set to warn by code: "options": {"warn": ["text.word_typo"]} (on by
    // default since issue 17 round 4; the fixture sets it so as not to depend on that).
    if let Some(codes) = case.get("options").and_then(|o| o.get("warn")) {
        for code in codes.as_array().expect("warn is an array") {
            let code = code.as_str().expect("rule code");
            let rule = Rule::by_code(code).unwrap_or_else(|| panic!("unknown rule {code}"));
            options = options.level(rule, fazhi_report::validate::Level::Warn);
        }
    }
    let expect = case.get("expect").map(|e| {
        e.as_array()
            .expect("expect is an array")
            .iter()
            .map(|p| p.as_str().expect("pointer string").to_owned())
            .collect()
    });
    Case {
        report,
        options,
        expect,
    }
}

fn fixture(code: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/rules")
        .join(format!("{code}.json"));
    let text = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("rule {code} has no fixture {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn minimal_report_has_no_findings() {
    let report = Report::from_json_str(include_str!("fixtures/minimal.json")).unwrap();
    let v = report.validate();
    assert!(v.is_empty(), "{:#?}", v.findings());
}

#[test]
fn every_rule_fires_on_its_fixture_and_stays_quiet_on_the_other() {
    let mut failures = Vec::new();
    for rule in Rule::all() {
        let fx = fixture(rule.code);
        for which in ["fires", "quiet"] {
            let Some(case) = fx.get(which) else {
                failures.push(format!("{}: no {which} case", rule.code));
                continue;
            };
            let case = load_case(rule.code, which, case);
            let validation = case.report.validate_with(&case.options);
            let got: BTreeSet<String> = validation
                .by_rule(rule)
                .map(|f| f.pointer().to_owned())
                .collect();
            let value = serde_json::to_value(&case.report).unwrap();
            for f in validation.findings() {
                if value.pointer(f.pointer()).is_none() {
                    failures.push(format!(
                        "{} {which}: finding of {} has pointer {} that does not resolve",
                        rule.code,
                        f.code(),
                        f.pointer()
                    ));
                }
                for r in f.related() {
                    if value.pointer(r).is_none() {
                        failures.push(format!(
                            "{} {which}: related pointer {r} of {} does not resolve",
                            rule.code,
                            f.code()
                        ));
                    }
                }
            }
            match which {
                "fires" => {
                    let want = case.expect.unwrap_or_default();
                    if want.is_empty() {
                        failures.push(format!("{}: fires case has no expect", rule.code));
                    }
                    if got != want {
                        failures.push(format!(
                            "{}: fired at {got:?}, expected {want:?}",
                            rule.code
                        ));
                    }
                }
                _ => {
                    if !got.is_empty() {
                        failures.push(format!("{}: quiet case fired at {got:?}", rule.code));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Whether `pointer` matches the `fields` pattern `pattern` (see [`Rule::fields`]): `*`
/// stands for one segment, `**` for any number of segments (none included), and a pointer
/// below a matching one matches too (a rule reading a figure may point at its qualifier).
fn matches_pattern(pattern: &str, pointer: &str) -> bool {
    fn go(pat: &[&str], ptr: &[&str]) -> bool {
        match pat.split_first() {
            None => true,
            Some((&"**", rest)) => (0..=ptr.len()).any(|skip| go(rest, &ptr[skip..])),
            Some((seg, rest)) => ptr
                .split_first()
                .is_some_and(|(p, tail)| (*seg == "*" || seg == p) && go(rest, tail)),
        }
    }
    if pattern.is_empty() {
        return true;
    }
    let pat: Vec<&str> = pattern.split('/').skip(1).collect();
    let ptr: Vec<&str> = pointer.split('/').skip(1).collect();
    go(&pat, &ptr)
}

#[test]
fn field_patterns_match_themselves() {
    assert!(matches_pattern(
        "/*/items/*/hazards/*/found",
        "/measures/items/0/hazards/1/found"
    ));
    assert!(matches_pattern(
        "/*/items/**/hazards/*/found",
        "/measures/items/0/items/2/hazards/1/found"
    ));
    assert!(matches_pattern(
        "/*/items/**/hazards/*/found",
        "/plans/items/0/hazards/1/found/qualifier"
    ));
    assert!(!matches_pattern(
        "/*/items/*/hazards/*/found",
        "/measures/items/0/items/2/hazards/1/found"
    ));
    assert!(!matches_pattern(
        "/*/items/**/hazards/*/found",
        "/measures/items/0/hazards/1/rectified"
    ));
    assert!(matches_pattern("", "/meta/year"));
}

/// Every finding a rule's fixtures draw from it carries a pointer its `fields` patterns
/// describe: the catalogue says truly which fields a rule reads and reports.
#[test]
fn every_finding_lies_in_its_rules_fields() {
    let mut failures = Vec::new();
    for rule in Rule::all() {
        let fx = fixture(rule.code);
        for which in ["fires", "quiet"] {
            let Some(case) = fx.get(which) else { continue };
            let case = load_case(rule.code, which, case);
            let validation = case.report.validate_with(&case.options);
            for f in validation.findings() {
                let Some(owner) = Rule::by_code(f.code()) else {
                    continue;
                };
                if !owner.fields.iter().any(|p| matches_pattern(p, f.pointer())) {
                    failures.push(format!(
                        "{} (in the {which} case of {}): pointer {} matches none of {:?}",
                        f.code(),
                        rule.code,
                        f.pointer(),
                        owner.fields
                    ));
                }
            }
        }
    }
    failures.sort();
    failures.dedup();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rule_codes_are_unique_and_dotted() {
    let mut seen = BTreeSet::new();
    for rule in Rule::all() {
        assert!(seen.insert(rule.code), "duplicate code {}", rule.code);
        let (family, name) = rule.code.split_once('.').expect("dotted code");
        assert!(!family.is_empty() && !name.is_empty());
        assert!(
            rule.code
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'_' || b.is_ascii_digit()),
            "{}",
            rule.code
        );
        assert!(!rule.title_zh.is_empty() && !rule.description_zh.is_empty());
    }
}

#[test]
fn no_fixture_without_a_rule() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    for entry in fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let code = name.strip_suffix(".json").expect("json fixture");
        assert!(Rule::by_code(code).is_some(), "fixture {name} has no rule");
    }
}
