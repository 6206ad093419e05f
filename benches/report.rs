//! Timing benchmarks (性能基准): what parsing, validating, serialising and describing a
//! report costs, against the floor of parsing JSON into a `serde_json::Value` and against
//! the alternative of validating that `Value` with the `jsonschema` crate; and, for scale,
//! the floors under the rules that read every character (group `floor`).
//!
//! Every group runs on the reference report and on generated reports at ×1, ×3 and ×10
//! (≈100 KB, 300 KB, 1 MB), so that growth with size is visible. Run and summarise with
//!
//! ```text
//! cargo bench --bench report -- --warm-up-time 1 --measurement-time 3
//! cargo bench --bench summary
//! ```
//!
//! `cargo test --benches` runs each benchmark once, as a test.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use fazhi_report::Report;
use fazhi_report::validate::Level;
use serde_json::Value;
use std::hint::black_box;

#[path = "support/inputs.rs"]
mod inputs;

use inputs::Input;

/// Sets the sample count by input size, so that the ×10 inputs do not dominate the run.
fn samples(input: &Input) -> usize {
    if input.json.len() > 500_000 { 20 } else { 50 }
}

/// `serde_json::Value` (the floor) against the typed parse.
fn parse(c: &mut Criterion, inputs: &[Input]) {
    let mut group = c.benchmark_group("parse");
    for input in inputs {
        group.throughput(Throughput::Bytes(input.json.len() as u64));
        group.sample_size(samples(input));
        group.bench_with_input(BenchmarkId::new("value", &input.name), input, |b, i| {
            b.iter(|| serde_json::from_slice::<Value>(black_box(&i.json)).map(|v| v.is_object()))
        });
        group.bench_with_input(BenchmarkId::new("typed", &input.name), input, |b, i| {
            b.iter(|| Report::from_json_slice(black_box(&i.json)))
        });
    }
    group.finish();
}

/// `validate()` alone on a parsed report: every rule, and the text rules alone.
fn validate(c: &mut Criterion, inputs: &[Input]) {
    let text_only = inputs::text_rules_only();
    let text_with_words = text_only
        .clone()
        .level(&fazhi_report::validate::rules::text::WORD_TYPO, Level::Warn);
    let mut group = c.benchmark_group("validate");
    for input in inputs {
        let report = inputs::parse(input);
        group.throughput(Throughput::Bytes(input.json.len() as u64));
        group.sample_size(samples(input));
        group.bench_with_input(
            BenchmarkId::new("all_rules", &input.name),
            &report,
            |b, r| b.iter(|| black_box(r).validate()),
        );
        group.bench_with_input(
            BenchmarkId::new("text_rules", &input.name),
            &report,
            |b, r| b.iter(|| black_box(r).validate_with(&text_only)),
        );
        // The text rules with the opt-in ordinary-word rule.
        group.bench_with_input(
            BenchmarkId::new("text_rules_with_word_typo", &input.name),
            &report,
            |b, r| b.iter(|| black_box(r).validate_with(&text_with_words)),
        );
    }
    group.finish();
}

/// Floors under the two families that read every character (基准下限): what any exact
/// implementation must at least do, measured on the same text. `decode_text` decodes every
/// character of every string once; `ngram_set` puts every 5-gram of every subsection's
/// paragraphs into one hash set, as `structure.repeated_section` must before it can
/// compare subsections. Against the typed parse, they show how much of the quarter-parse
/// target the work itself leaves.
fn floor(c: &mut Criterion, inputs: &[Input]) {
    let mut group = c.benchmark_group("floor");
    for input in inputs {
        let texts = inputs::texts(input);
        group.throughput(Throughput::Bytes(input.json.len() as u64));
        group.sample_size(samples(input));
        group.bench_with_input(
            BenchmarkId::new("decode_text", &input.name),
            &texts,
            |b, t| b.iter(|| inputs::decode_every_character(black_box(t))),
        );
        group.bench_with_input(
            BenchmarkId::new("ngram_set", &input.name),
            &texts,
            |b, t| b.iter(|| inputs::ngram_set(black_box(t))),
        );
    }
    group.finish();
}

/// `structure.repeated_section` alone (every other rule allowed) on reports of 400, 4,000
/// and 40,000 subsections of 100 distinct random characters each (1×, 10×, 100×): its
/// growth with the number of subsections, which once was quadratic.
fn repeated(c: &mut Criterion) {
    let only = inputs::repeated_section_only();
    let mut group = c.benchmark_group("repeated_section");
    for (name, subsections) in [("x1", 400), ("x10", 4_000), ("x100", 40_000)] {
        let json = inputs::generate::distinct_report(subsections, 100);
        // `serde_json` itself: the 100× input exceeds the schema's 200 subsections a part,
        // which `Report::from_json_slice` enforces; the rule must stay linear on it anyway.
        let report: Report =
            serde_json::from_slice(&json).expect("the generated report is a report");
        group.throughput(Throughput::Bytes(json.len() as u64));
        group.sample_size(if subsections > 10_000 { 10 } else { 30 });
        group.bench_with_input(BenchmarkId::new("distinct", name), &report, |b, r| {
            b.iter(|| black_box(r).validate_with(&only))
        });
    }
    group.finish();
}

/// The real workload, against the alternative: typed parse + `validate()`, against
/// `Value` parse + `jsonschema` validation of the canonical schema (validator built once).
fn check(c: &mut Criterion, inputs: &[Input]) {
    let schema = inputs::canonical_schema();
    let validator = jsonschema::validator_for(&schema).expect("the canonical schema compiles");
    let mut group = c.benchmark_group("parse_validate");
    for input in inputs {
        let value: Value = serde_json::from_slice(&input.json).expect("input is JSON");
        assert!(
            validator.is_valid(&value),
            "{} must be valid against the canonical schema, so that jsonschema checks all of it",
            input.name
        );
        group.throughput(Throughput::Bytes(input.json.len() as u64));
        group.sample_size(samples(input));
        group.bench_with_input(BenchmarkId::new("typed", &input.name), input, |b, i| {
            b.iter(|| Report::from_json_slice(black_box(&i.json)).map(|r| r.validate()))
        });
        group.bench_with_input(
            BenchmarkId::new("value_jsonschema", &input.name),
            input,
            |b, i| {
                b.iter(|| {
                    serde_json::from_slice::<Value>(black_box(&i.json))
                        .map(|v| validator.is_valid(&v))
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("jsonschema_only", &input.name),
            &value,
            |b, v| b.iter(|| validator.is_valid(black_box(v))),
        );
    }
    group.finish();
}

/// Serialisation, compact and pretty, against serialising the `Value`.
fn serialize(c: &mut Criterion, inputs: &[Input]) {
    let mut group = c.benchmark_group("serialize");
    for input in inputs {
        let report = inputs::parse(input);
        let value: Value = serde_json::from_slice(&input.json).expect("input is JSON");
        group.throughput(Throughput::Bytes(input.json.len() as u64));
        group.sample_size(samples(input));
        group.bench_with_input(BenchmarkId::new("value", &input.name), &value, |b, v| {
            b.iter(|| serde_json::to_vec(black_box(v)))
        });
        group.bench_with_input(BenchmarkId::new("typed", &input.name), &report, |b, r| {
            b.iter(|| black_box(r).to_json())
        });
        group.bench_with_input(
            BenchmarkId::new("typed_pretty", &input.name),
            &report,
            |b, r| b.iter(|| black_box(r).to_json_pretty()),
        );
    }
    group.finish();
}

/// Generating the canonical schema, and compiling it into a `jsonschema` validator.
fn schema(c: &mut Criterion) {
    let mut group = c.benchmark_group("schema");
    group.bench_function("generate", |b| b.iter(inputs::canonical_schema));
    let schema = inputs::canonical_schema();
    group.bench_function("jsonschema_compile", |b| {
        b.iter(|| jsonschema::validator_for(black_box(&schema)).is_ok())
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let inputs = inputs::all();
    parse(c, &inputs);
    validate(c, &inputs);
    floor(c, &inputs);
    repeated(c);
    check(c, &inputs);
    serialize(c, &inputs);
    schema(c);
}

criterion_group!(report, benches);
criterion_main!(report);
