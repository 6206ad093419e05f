//! The Node projects under `tests/` (`tests/node`, `tests/browser`): finding the tools they
//! need, failing or skipping without them, and installing their pinned packages.

use std::path::PathBuf;
use std::process::Command;

/// Whether `program --version` runs and succeeds.
pub fn available(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether the tests run in CI (`CI` set to anything but empty, `0` or `false`), where a
/// missing tool is a failure rather than a skip.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}

/// The Node project `tests/<name>`, ready to run, or `None` when the test must be skipped.
///
/// `what` names the test in the notes. `missing` lists the tools besides `node` and `npm`
/// that are not there (e.g. `chromium`). Without a tool the test fails in CI (see
/// [`in_ci`]) and is skipped with a note otherwise. The packaged crate (`cargo package`,
/// recognised by its `Cargo.toml.orig`) does not ship the Node projects, so there the test is
/// skipped with a note. The pinned packages are installed with `npm ci` when
/// `node_modules` is missing.
pub fn project(name: &str, what: &str, missing: &[&str]) -> Option<PathBuf> {
    let root = super::root();
    let dir = root.join("tests").join(name);
    if root.join("Cargo.toml.orig").is_file() && !dir.is_dir() {
        eprintln!("note: packaged crate without tests/{name}; skipping {what}");
        return None;
    }
    let missing: Vec<&str> = [("node", available("node")), ("npm", available("npm"))]
        .into_iter()
        .filter(|(_, ok)| !ok)
        .map(|(tool, _)| tool)
        .chain(missing.iter().copied())
        .collect();
    if !missing.is_empty() {
        assert!(
            !in_ci(),
            "{} required in CI for {what} (tests/{name})",
            missing.join(", ")
        );
        eprintln!(
            "note: {} not found; skipping {what} (tests/{name})",
            missing.join(", ")
        );
        return None;
    }
    if !dir.join("node_modules").is_dir() {
        let out = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .output()
            .expect("npm runs");
        assert!(
            out.status.success(),
            "npm ci failed in tests/{name}:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Some(dir)
}
