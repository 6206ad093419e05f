//! Runs `tests/node/check.mjs`: Ajv 8 in strict mode (the validator of react-jsonschema-form
//! and JSON Forms) compiles the published schemas and checks the fixture corpus.
//!
//! Installs the pinned packages with `npm ci` when `tests/node/node_modules` is missing.
//! Without `node`/`npm` the test fails when `CI` is set and is skipped with a note otherwise.
//! The packaged crate (`cargo package`, recognised by its `Cargo.toml.orig`) does not ship
//! the Node project, so there the test is skipped with a note.

use std::path::PathBuf;
use std::process::Command;

fn available(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}

#[test]
fn ajv_strict_accepts_the_schemas_and_agrees_on_the_corpus() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/node");
    if root.join("Cargo.toml.orig").is_file() && !dir.is_dir() {
        eprintln!("note: packaged crate without tests/node; skipping the Ajv schema check");
        return;
    }
    if !available("node") || !available("npm") {
        assert!(
            !in_ci(),
            "node and npm are required in CI for the Ajv schema check"
        );
        eprintln!("note: node/npm not found; skipping the Ajv schema check (tests/node)");
        return;
    }
    if !dir.join("node_modules").is_dir() {
        let out = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .output()
            .expect("npm runs");
        assert!(
            out.status.success(),
            "npm ci failed in tests/node:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = Command::new("node")
        .arg("check.mjs")
        .current_dir(&dir)
        .output()
        .expect("node runs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "tests/node/check.mjs failed:\n{report}"
    );
    assert!(report.contains("ok"), "unexpected output:\n{report}");
}
