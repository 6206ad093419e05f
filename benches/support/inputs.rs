//! The inputs every benchmark runs on (基准输入): the reference report and generated large
//! reports at growing scales, plus helpers shared by the benchmark binaries.

use std::path::Path;

use fazhi_report::Report;
use fazhi_report::validate::{Level, Options, Rule};

#[path = "generate.rs"]
pub mod generate;

/// The scales of the generated report: ×1 ≈ 100 KB, ×3 ≈ 300 KB, ×10 ≈ 1 MB of JSON.
pub const SCALES: &[usize] = &[1, 3, 10];

/// One benchmark input: a short name and the JSON bytes.
pub struct Input {
    /// `reference`, `minimal` (until the reference fixture exists), or `large_x{scale}`.
    pub name: String,
    /// The JSON bytes.
    pub json: Vec<u8>,
}

/// The reference report (tests/fixtures/reference.json) when it exists, else the minimal
/// fixture; then the generated reports at every scale of [`SCALES`].
pub fn all() -> Vec<Input> {
    let mut inputs = vec![fixture()];
    inputs.extend(SCALES.iter().map(|&scale| Input {
        name: format!("large_x{scale}"),
        json: generate::report(scale),
    }));
    inputs
}

/// The reference fixture, or the minimal one while the reference is not there yet.
pub fn fixture() -> Input {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for name in ["reference", "minimal"] {
        if let Ok(json) = std::fs::read(dir.join(format!("{name}.json"))) {
            return Input {
                name: name.to_owned(),
                json,
            };
        }
    }
    panic!("neither tests/fixtures/reference.json nor tests/fixtures/minimal.json is readable")
}

/// Parses an input, or stops the benchmark with the reason.
pub fn parse(input: &Input) -> Report {
    Report::from_json_slice(&input.json)
        .unwrap_or_else(|e| panic!("benchmark input {} does not parse: {e}", input.name))
}

/// Options with every rule allowed except the text rules (codes `text.*`).
pub fn text_rules_only() -> Options {
    Rule::all()
        .filter(|rule| !rule.code.starts_with("text."))
        .fold(Options::new(), |options, rule| {
            options.level(rule, Level::Allow)
        })
}

/// The canonical JSON Schema of a report, as the `jsonschema` alternative validates against.
pub fn canonical_schema() -> serde_json::Value {
    fazhi_report::schema()
}
