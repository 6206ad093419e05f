//! The performance summary (性能汇总) with the round-2 targets of issue 14: every timing
//! this table needs is measured by criterion in this one run (wall time, medians, modest
//! sample counts), and each ratio is printed with its target and whether it is met. The
//! heap held by a parsed report is measured with a counting global allocator.
//!
//! ```text
//! cargo bench --bench summary                # a few minutes
//! cargo bench --bench summary -- --quick     # criterion's quick mode, for a first look
//! ```
//!
//! Inputs: the reference report (`tests/fixtures/reference.json`) and the generated report
//! of `benches/support/generate.rs` at ×1 and ×10 (ten times the subsections, each with
//! text of its own, not copies). Under `cargo test --benches` it only measures the memory.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion};
use fazhi_report::Report;
use serde_json::Value;

#[path = "support/inputs.rs"]
#[allow(dead_code)] // the summary uses a part of the shared inputs
mod inputs;

use inputs::{Input, generate};

/// The system allocator, counting the bytes currently allocated and their peak.
struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; only counters are
// updated besides.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, passed on unchanged.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            add(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with `layout` (see `alloc`).
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract, passed on unchanged.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
            add(new_size);
        }
        new
    }
}

fn add(size: usize) {
    let now = CURRENT.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Heap bytes held by the value `make` returns, above what was allocated before.
fn held<T>(make: impl FnOnce() -> T) -> usize {
    let before = CURRENT.load(Ordering::Relaxed);
    let value = make();
    let held = CURRENT.load(Ordering::Relaxed).saturating_sub(before);
    drop(value);
    held
}

/// The inputs: the reference report, and the generated report at ×1 and ×10.
fn summary_inputs() -> Vec<Input> {
    vec![
        inputs::fixture(),
        Input {
            name: "generated_x1".to_owned(),
            json: generate::report(1),
        },
        Input {
            name: "generated_x10".to_owned(),
            json: generate::report(10),
        },
    ]
}

/// The operations timed, by criterion id (group `summary`, function, input).
const VALUE_PARSE: &str = "value_parse";
const TYPED_PARSE: &str = "typed_parse";
const VALIDATE: &str = "validate";
const PARSE_VALIDATE: &str = "parse_validate";
const VALUE_JSONSCHEMA: &str = "value_parse_jsonschema";

fn bench(c: &mut Criterion, inputs: &[Input]) {
    let schema = inputs::canonical_schema();
    // Compiled once, outside the timed loop.
    let validator = jsonschema::validator_for(&schema).expect("the canonical schema compiles");
    let mut group = c.benchmark_group("summary");
    for input in inputs {
        let value: Value = serde_json::from_slice(&input.json).expect("JSON");
        assert!(
            validator.is_valid(&value),
            "{} must be valid against the canonical schema, so that jsonschema checks all of it",
            input.name
        );
        let report = inputs::parse(input);
        let json = input.json.as_slice();
        let name = input.name.as_str();
        group.bench_function(BenchmarkId::new(VALUE_PARSE, name), |b| {
            b.iter(|| serde_json::from_slice::<Value>(black_box(json)).is_ok())
        });
        group.bench_function(BenchmarkId::new(TYPED_PARSE, name), |b| {
            b.iter(|| Report::from_json_slice(black_box(json)).is_ok())
        });
        group.bench_function(BenchmarkId::new(VALIDATE, name), |b| {
            b.iter(|| black_box(&report).validate().len())
        });
        group.bench_function(BenchmarkId::new(PARSE_VALIDATE, name), |b| {
            b.iter(|| {
                Report::from_json_slice(black_box(json))
                    .map(|r| r.validate().len())
                    .ok()
            })
        });
        group.bench_function(BenchmarkId::new(VALUE_JSONSCHEMA, name), |b| {
            b.iter(|| {
                serde_json::from_slice::<Value>(black_box(json))
                    .map(|v| validator.is_valid(&v))
                    .ok()
            })
        });
    }
    group.finish();
}

/// Where criterion keeps its results: `$CRITERION_HOME`, `$CARGO_TARGET_DIR/criterion`,
/// or `criterion` in the target directory this binary was built in.
fn criterion_dir() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return Some(home.into());
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return Some(Path::new(&target).join("criterion"));
    }
    // target/release/deps/summary-<hash>
    let exe = std::env::current_exe().ok()?;
    Some(exe.parent()?.parent()?.parent()?.join("criterion"))
}

/// The median of one timing of this run, in nanoseconds.
fn median(dir: &Path, function: &str, input: &str) -> Option<f64> {
    let path = dir
        .join("summary")
        .join(function)
        .join(input)
        .join("new/estimates.json");
    let json: Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn time(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else {
        format!("{:.1} µs", ns / 1e3)
    }
}

/// One line of the table: a ratio, its target (at most `limit`), met or not.
fn line(out: &mut String, what: &str, on: &str, ratio: Option<f64>, limit: f64) {
    let cell = match ratio {
        Some(r) => format!(
            "{r:.2} | ≤ {limit} | {}",
            if r <= limit { "met" } else { "not met" }
        ),
        None => format!("– | ≤ {limit} | not measured"),
    };
    let _ = writeln!(out, "| {what} | {on} | {cell} |");
}

fn table(dir: &Path, inputs: &[Input]) -> String {
    let m = |f: &str, i: &Input| median(dir, f, &i.name);
    let div = |a: Option<f64>, b: Option<f64>| Some(a? / b?);
    let mut out = String::from("| ratio (criterion medians) | input | measured | target | |\n");
    out.push_str("|---|---|---:|---|---|\n");
    // Each ratio on the reference and on the generated report at ×10.
    let ratios = [
        ("typed parse ÷ `Value` parse", TYPED_PARSE, VALUE_PARSE, 0.6),
        (
            "parse + `validate()` ÷ `Value` parse",
            PARSE_VALIDATE,
            VALUE_PARSE,
            1.0,
        ),
        (
            "parse + `validate()` ÷ (`Value` parse + `jsonschema`)",
            PARSE_VALIDATE,
            VALUE_JSONSCHEMA,
            0.8,
        ),
    ];
    for (what, numerator, denominator, limit) in ratios {
        for i in [&inputs[0], &inputs[2]] {
            let ratio = div(m(numerator, i), m(denominator, i));
            line(&mut out, what, &i.name, ratio, limit);
        }
    }
    let (x1, x10) = (&inputs[1], &inputs[2]);
    let content = x10.json.len() as f64 / x1.json.len() as f64;
    for (what, f) in [
        ("typed parse at ×10 ÷ at ×1", TYPED_PARSE),
        ("`validate()` at ×10 ÷ at ×1", VALIDATE),
    ] {
        line(
            &mut out,
            what,
            &format!("generated ({content:.2}× the bytes)"),
            div(m(f, x10), m(f, x1)),
            10.5,
        );
    }
    for i in inputs {
        let bytes = held(|| Report::from_json_slice(&i.json).ok());
        line(
            &mut out,
            "heap held by the parsed report ÷ JSON size",
            &i.name,
            Some(bytes as f64 / i.json.len() as f64),
            2.0,
        );
    }
    out.push_str("\n| median time | ");
    out.push_str(
        &inputs
            .iter()
            .map(|i| format!("{} ({:.0} KiB)", i.name, i.json.len() as f64 / 1024.0))
            .collect::<Vec<_>>()
            .join(" | "),
    );
    out.push_str(" |\n|---|");
    out.push_str(&"---:|".repeat(inputs.len()));
    out.push('\n');
    for f in [
        VALUE_PARSE,
        TYPED_PARSE,
        VALIDATE,
        PARSE_VALIDATE,
        VALUE_JSONSCHEMA,
    ] {
        let _ = write!(out, "| {f} |");
        for i in inputs {
            let _ = write!(out, " {} |", m(f, i).map_or("–".to_owned(), time));
        }
        out.push('\n');
    }
    out
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not.
    let timing_run = std::env::args().any(|a| a == "--bench");
    let inputs = summary_inputs();
    if !timing_run {
        for i in &inputs[..1] {
            let bytes = held(|| Report::from_json_slice(&i.json).ok());
            println!(
                "{}: the parsed report holds {bytes} bytes, {:.2}× its JSON",
                i.name,
                bytes as f64 / i.json.len() as f64
            );
        }
        return;
    }
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    bench(&mut c, &inputs);
    c.final_summary();
    match criterion_dir() {
        Some(dir) => println!(
            "\nRound-2 targets (issue 14), this run:\n\n{}",
            table(&dir, &inputs)
        ),
        None => println!("criterion's output directory was not found"),
    }
}
