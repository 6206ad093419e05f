//! Helpers shared by the integration tests (`mod common;`).
// Each test file uses a different part of the helpers.
#![allow(dead_code)]

pub mod node;
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

/// Applies a JSON Merge Patch (RFC 7396) to `target`: objects merge key by key, `null`
/// removes a key, anything else (arrays included) replaces the value whole. The rule
/// fixtures are such patches of `tests/fixtures/minimal.json`.
pub fn merge_patch(target: &mut serde_json::Value, patch: &serde_json::Value) {
    use serde_json::Value;
    match patch {
        Value::Object(map) => {
            if !target.is_object() {
                *target = Value::Object(serde_json::Map::new());
            }
            if let Some(obj) = target.as_object_mut() {
                for (k, v) in map {
                    if v.is_null() {
                        obj.remove(k);
                    } else {
                        merge_patch(obj.entry(k.clone()).or_insert(Value::Null), v);
                    }
                }
            }
        }
        other => *target = other.clone(),
    }
}
