//! Schema 2.0 reads every 1.x document of today, and `Report::migrate` upgrades it without
//! changing a fact.

mod common;

use common::merge_patch;
use std::fs;
use std::path::{Path, PathBuf};

use fazhi_report::{Report, SchemaVersion};
use serde_json::Value;

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("fixture directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// RFC 7386 merge patch, as `tests/rules.rs` applies a rule fixture's patch to `minimal.json`.
/// The documents of a fixture file: the document itself, or for a rule fixture
/// (`{"fires": {"patch": …}, "quiet": …}`) `minimal.json` with each case's patch.
fn documents(path: &Path, minimal: &Value) -> Vec<(String, String)> {
    let text = fs::read_to_string(path).expect("read");
    let value: Value = serde_json::from_str(&text).expect("JSON");
    if value.get("schema_version").is_some() {
        return vec![(path.display().to_string(), text)];
    }
    let mut docs = Vec::new();
    for (which, cases) in value.as_object().expect("rule fixture") {
        let cases = match cases {
            Value::Array(list) => list.clone(),
            one => vec![one.clone()],
        };
        for (i, case) in cases.iter().enumerate() {
            let mut doc = minimal.clone();
            merge_patch(&mut doc, &case["patch"]);
            let name = format!("{} {which} {i}", path.display());
            docs.push((name, serde_json::to_string(&doc).expect("serialise")));
        }
    }
    docs
}

/// The document without its version: every fact it states.
fn facts(report: &Report) -> Value {
    let mut value = serde_json::to_value(report).expect("serialise");
    value
        .as_object_mut()
        .expect("object")
        .remove("schema_version");
    value
}

#[test]
fn every_1x_fixture_migrates_with_its_facts_unchanged() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let minimal: Value =
        serde_json::from_str(include_str!("fixtures/minimal.json")).expect("minimal.json");
    let mut legacy = 0;
    let paths = json_files(&root)
        .into_iter()
        .chain(json_files(&root.join("rules")));
    for (name, text) in paths.flat_map(|p| documents(&p, &minimal)) {
        let path = Path::new(&name);
        let report =
            Report::from_json_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if report.schema_version.major() != 1 {
            continue;
        }
        legacy += 1;
        assert!(SchemaVersion::LEGACY.contains(&report.schema_version));
        // Read as it is: written back as a 1.0 document.
        assert!(
            report
                .to_json()
                .expect("write")
                .contains(r#""schema_version":"1.0""#)
        );
        let migrated = report.clone().migrate();
        assert_eq!(
            migrated.schema_version,
            SchemaVersion::CURRENT,
            "{}",
            path.display()
        );
        assert_eq!(facts(&migrated), facts(&report), "{}", path.display());
        // The migrated document is a 2.0 document that reads back equal.
        let written = migrated.to_json_pretty().expect("write");
        assert!(
            written.contains(r#""schema_version": "2.0""#),
            "{}",
            path.display()
        );
        assert_eq!(Report::from_json_str(&written).expect("read 2.0"), migrated);
        // Migrating twice changes nothing.
        assert_eq!(migrated.clone().migrate(), migrated);
    }
    // Every fixture of schema 1.0: 4 documents (every_field.json became 2.0) and at least
    // two cases for each of the 73 rule fixtures when 2.0 came.
    assert!(legacy >= 4 + 2 * 73, "only {legacy} 1.x documents");
}

#[test]
fn versions_read_and_refused() {
    let minimal = include_str!("fixtures/minimal.json");
    for (version, readable) in [
        ("1.0", true),
        ("2.0", true),
        ("1.1", false),
        ("2.1", false),
        ("3.0", false),
        ("0.9", false),
    ] {
        let doc = minimal.replace(
            r#""schema_version": "1.0""#,
            &format!(r#""schema_version": "{version}""#),
        );
        assert_eq!(Report::from_json_str(&doc).is_ok(), readable, "{version}");
    }
    assert!(SchemaVersion::new(1, 0).is_readable());
    assert!(!SchemaVersion::new(1, 1).is_readable());
}
