//! Helpers shared by the integration tests (`mod common;`).
// Each test file uses a different part of the helpers.
#![allow(dead_code)]

pub mod strategies;

use std::path::{Path, PathBuf};

/// The crate's root directory.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every committed input document: the bad-input corpus and the fixtures (rule fixtures
/// excluded, being patches rather than reports), sorted by path.
pub fn seed_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["tests/bad_inputs", "tests/fixtures"] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_file() && name != "expected.json" {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}
