//! Runs `tests/node/check.mjs`: Ajv 8 in strict mode (the validator of react-jsonschema-form
//! and JSON Forms) compiles the published schemas and checks the fixture corpus.
//!
//! Installs the pinned packages with `npm ci` when `tests/node/node_modules` is missing.
//! Without `node`/`npm` the test fails when `CI` is set and is skipped with a note otherwise.
//! The packaged crate (`cargo package`, recognised by its `Cargo.toml.orig`) does not ship
//! the Node project, so there the test is skipped with a note.

mod common;

use std::process::Command;

#[test]
fn ajv_strict_accepts_the_schemas_and_agrees_on_the_corpus() {
    let Some(dir) = common::node::project("node", "the Ajv schema check", &[]) else {
        return;
    };
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
