//! Calibration of the structure, dates and decisions families on the reference report
//! (a 2023 district 国防动员办公室 report, `tests/fixtures/reference.json`, encoded
//! from its printed text): a careful reviewer's findings, and nothing else.

use std::collections::BTreeSet;

use fazhi_report::Report;
use fazhi_report::validate::rules::{dates, structure};
use fazhi_report::validate::{Deadlines, Options, Severity};
use serde_json::Value;
use time::macros::date;

fn reference() -> Report {
    Report::from_json_str(include_str!("fixtures/reference.json")).expect("reference parses")
}

const FAMILIES: [&str; 3] = ["structure.", "dates.", "decisions."];

fn ours(report: &Report, options: &Options) -> BTreeSet<(String, String, Severity)> {
    report
        .validate_with(options)
        .findings()
        .iter()
        .filter(|f| FAMILIES.iter().any(|fam| f.code().starts_with(fam)))
        .map(|f| (f.code().to_owned(), f.pointer().to_owned(), f.severity()))
        .collect()
}

#[test]
fn reference_report_findings_are_exactly_the_expected_ones() {
    let report = reference();
    let got = ours(&report, &Options::new());
    let want: BTreeSet<(String, String, Severity)> = [
        ("dates.plan_year_mismatch", "/plans/year", Severity::Error),
        (
            "structure.shortcoming_without_cause",
            "/shortcomings/items/0",
            Severity::Warning,
        ),
        (
            "structure.shortcoming_without_cause",
            "/shortcomings/items/1",
            Severity::Warning,
        ),
        (
            "structure.repeated_section",
            "/responsibility/items/3",
            Severity::Warning,
        ),
        (
            "decisions.procedures_not_stated",
            "/measures/items/3/decisions/0",
            Severity::Warning,
        ),
        (
            "decisions.procedures_not_stated",
            "/responsibility/items/3/decisions/0",
            Severity::Warning,
        ),
        (
            "decisions.procedures_not_stated",
            "/responsibility/items/3/decisions/1",
            Severity::Warning,
        ),
    ]
    .into_iter()
    .map(|(c, p, s)| (c.to_owned(), p.to_owned(), s))
    .collect();
    assert_eq!(got, want);
}

#[test]
fn every_pointer_resolves_and_messages_carry_values() {
    let report = reference();
    let value = serde_json::to_value(&report).unwrap();
    for f in report.validate().findings() {
        assert!(value.pointer(f.pointer()).is_some(), "{}", f.pointer());
        for r in f.related() {
            assert!(value.pointer(r).is_some(), "{r}");
        }
        assert!(!f.message_zh().is_empty() && !f.message_en().is_empty());
    }
    let plan = report
        .validate()
        .by_rule(&dates::PLAN_YEAR_MISMATCH)
        .next()
        .cloned()
        .expect("plan year finding");
    assert!(plan.message_zh().contains("2023") && plan.message_zh().contains("2024"));
    assert_eq!(plan.params()["expected"], Value::from(2024));
    assert_eq!(plan.related(), ["/meta/year"]);
}

#[test]
fn repeated_subsection_is_measured_well_above_the_threshold() {
    let report = reference();
    let validation = report.validate();
    let repeat = validation
        .by_rule(&structure::REPEATED_SECTION)
        .next()
        .expect("repeat finding");
    assert_eq!(repeat.related(), ["/measures/items/3"]);
    let share = repeat.params()["share"].as_f64().expect("share");
    // 三（四） repeats 一（四）: 0.62 of its 5-grams; every other pair is at most 0.12.
    assert!((0.6..0.65).contains(&share), "{share}");
    assert!(share >= structure::REPEAT_THRESHOLD);
}

#[test]
fn report_year_is_judged_against_the_given_today_only() {
    let mut report = reference();
    report.meta.year = fazhi_report::Year::new(2025).unwrap();
    report.plans.year = fazhi_report::Year::new(2026).unwrap();
    let pointer = |o: &Options| {
        report
            .validate_with(o)
            .by_rule(&dates::REPORT_YEAR_IMPLAUSIBLE)
            .map(|f| f.pointer().to_owned())
            .collect::<Vec<_>>()
    };
    assert!(pointer(&Options::new()).is_empty());
    assert!(pointer(&Options::new().as_of(date!(2025 - 12 - 20))).is_empty());
    assert_eq!(
        pointer(&Options::new().as_of(date!(2024 - 03 - 01))),
        ["/meta/year"]
    );
}

#[test]
fn deadlines_follow_the_options_then_the_organization_kind() {
    let mut report = reference();
    report.meta.dates.submitted = Some(date!(2024 - 03 - 05));
    let late = |r: &Report, o: &Options| r.validate_with(o).by_rule(&dates::SUBMITTED_LATE).count();
    // A department (inferred): due 2024-03-01.
    assert_eq!(late(&report, &Options::new()), 1);
    // Told it is a government: no national submission deadline.
    assert_eq!(
        late(&report, &Options::new().deadlines(Deadlines::GOVERNMENT)),
        0
    );
    // Inferred for a body that is not a department.
    report.meta.organization.kind = None;
    assert_eq!(late(&report, &Options::new()), 0);
    assert_eq!(
        late(&report, &Options::new().deadlines(Deadlines::DEPARTMENT)),
        1
    );
}
