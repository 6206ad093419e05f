//! The inputs every benchmark runs on (基准输入): the reference report and generated large
//! reports at growing scales, plus helpers shared by the benchmark binaries.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
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

/// Options with every rule allowed but `structure.repeated_section` (for `benches/report.rs`).
#[allow(dead_code)]
pub fn repeated_section_only() -> Options {
    Rule::all()
        .filter(|rule| rule.code != "structure.repeated_section")
        .fold(Options::new(), |options, rule| {
            options.level(rule, Level::Allow)
        })
}

/// The canonical JSON Schema of a report, as the `jsonschema` alternative validates against.
pub fn canonical_schema() -> serde_json::Value {
    fazhi_report::schema()
}

/// The text of a report, read from its JSON for the floor benchmarks (基准下限): every
/// string value (the text fields, and the few dates and codes besides), and the paragraphs
/// of each subsection (the arrays under a `paragraphs` key).
pub struct Texts {
    /// Every string of the JSON, in document order.
    pub strings: Vec<String>,
    /// The paragraphs of each subsection.
    pub subsections: Vec<Vec<String>>,
}

/// The [`Texts`] of an input.
pub fn texts(input: &Input) -> Texts {
    fn collect(value: &serde_json::Value, key: &str, texts: &mut Texts) {
        match value {
            serde_json::Value::String(s) => texts.strings.push(s.clone()),
            serde_json::Value::Array(items) => {
                if key == "paragraphs" {
                    let paragraphs = items.iter().filter_map(|p| p.as_str());
                    texts
                        .subsections
                        .push(paragraphs.map(str::to_owned).collect());
                }
                for item in items {
                    collect(item, key, texts);
                }
            }
            serde_json::Value::Object(fields) => {
                for (key, item) in fields {
                    collect(item, key, texts);
                }
            }
            _ => {}
        }
    }
    let value: serde_json::Value = serde_json::from_slice(&input.json)
        .unwrap_or_else(|e| panic!("benchmark input {} is not JSON: {e}", input.name));
    let mut texts = Texts {
        strings: Vec::new(),
        subsections: Vec::new(),
    };
    collect(&value, "", &mut texts);
    // A floor measured on no text would be no floor at all.
    assert!(
        !texts.subsections.is_empty(),
        "benchmark input {} has no subsection paragraphs",
        input.name
    );
    texts
}

/// A floor under every rule that reads each character of the report's text: decoding
/// every character of every string once with `str::chars`, and nothing else.
pub fn decode_every_character(texts: &Texts) -> u32 {
    let mut sum = 0u32;
    for s in &texts.strings {
        for c in s.chars() {
            sum = sum.wrapping_add(u32::from(c));
        }
    }
    sum
}

/// A floor under any exact `structure.repeated_section`: every 5-gram of letters and
/// digits of every subsection's paragraphs put into one hash set, packed exactly into a
/// `u128` as the rule packs them. No sets of subsections, no counting, no findings.
pub fn ngram_set(texts: &Texts) -> usize {
    // Chinese takes three bytes a character: room for every 5-gram without growing.
    let bytes: usize = texts.subsections.iter().flatten().map(String::len).sum();
    let mut set: HashSet<u128, BuildHasherDefault<Fold>> =
        HashSet::with_capacity_and_hasher(bytes / 3, BuildHasherDefault::default());
    for paragraphs in &texts.subsections {
        let (mut key, mut len) = (0u128, 0usize);
        for c in paragraphs.iter().flat_map(|p| p.chars()) {
            let text = matches!(c, '\u{4E00}'..='\u{9FFF}') || c.is_ascii_alphanumeric();
            if text {
                key = ((key << 21) | u128::from(u32::from(c))) & ((1 << 105) - 1);
                len += 1;
                if len >= 5 {
                    set.insert(key);
                }
            }
        }
    }
    set.len()
}

/// A multiplicative hash for the `u128` keys of [`ngram_set`]: about the cheapest that
/// spreads them.
#[derive(Default)]
pub struct Fold(u64);

impl Hasher for Fold {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01B3);
        }
    }

    fn write_u128(&mut self, n: u128) {
        let folded = (n as u64) ^ ((n >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = folded.wrapping_mul(0xD6E8_FEB8_6659_FD93).rotate_left(32);
    }
}
