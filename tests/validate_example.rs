//! The `validate` example's exit codes and outputs: 0 for a valid report, 1 for a report
//! with an error-severity finding, 2 for a file that is not a report and for bad usage.
//!
//! Examples have no `CARGO_BIN_EXE_*`, so the test runs it through `cargo run`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["run", "--quiet", "--example", "validate", "--"])
        .args(args)
        .output()
        .expect("cargo runs")
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("exit code")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

#[test]
fn exit_codes_and_outputs() {
    // A valid report: no findings, exit 0.
    let valid = fixture("minimal.json");
    let out = run(&[valid.as_os_str()]);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("未发现问题"));

    // A report that parses but has errors (the reference plans 2023 in a 2023 report).
    let invalid = fixture("reference.json");
    let out = run(&[invalid.as_os_str()]);
    assert_eq!(code(&out), 1, "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("错误 dates.plan_year_mismatch /plans/year ")),
        "{stdout}"
    );
    assert!(
        stdout.lines().last().unwrap_or("").starts_with("共"),
        "{stdout}"
    );

    // The same with --json: the Validation as JSON on stdout, same exit code.
    let out = run(&[invalid.as_os_str(), "--json".as_ref()]);
    assert_eq!(code(&out), 1);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let findings = json["findings"].as_array().expect("findings");
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "dates.plan_year_mismatch"
                && f["pointer"] == "/plans/year"
                && f["severity"] == "error")
    );

    // A file that is not a report: exit 2, the place and the Chinese reason on stderr.
    let broken = std::env::temp_dir().join(format!(
        "fazhi-report-validate-broken-{}.json",
        std::process::id()
    ));
    std::fs::write(&broken, "{\"schema_version\": \"1.0\",\n \"meta\": 3}").expect("write");
    let out = run(&[broken.as_os_str()]);
    let _ = std::fs::remove_file(&broken);
    assert_eq!(code(&out), 2);
    let stderr = text(&out.stderr);
    assert!(stderr.contains("字段内容不符合报告格式"), "{stderr}");
    assert!(
        stderr.contains("meta") && stderr.contains("line 2"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());

    // A file that does not exist, and bad usage: exit 2.
    let missing = fixture("no-such-report.json");
    assert_eq!(code(&run(&[missing.as_os_str()])), 2);
    assert_eq!(code(&run(&[])), 2);
    assert_eq!(code(&run(&["--frobnicate".as_ref()])), 2);
    assert_eq!(code(&run(&[valid.as_os_str(), invalid.as_os_str()])), 2);
}
