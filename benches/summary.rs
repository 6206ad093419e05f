//! The performance summary (性能汇总): heap memory of parsed reports, measured here with a
//! counting global allocator, and the table of ratios from the timings that
//! `cargo bench --bench report` left in criterion's output directory.
//!
//! ```text
//! cargo bench --bench report -- --warm-up-time 1 --measurement-time 3
//! cargo bench --bench summary
//! ```
//!
//! Under `cargo test --benches` it only measures the memory of the smallest input.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use fazhi_report::Report;
use serde_json::Value;

#[path = "support/inputs.rs"]
#[allow(dead_code)] // the summary uses a part of the shared inputs
mod inputs;

use inputs::Input;

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

/// Heap bytes held by the value `make` returns, and the peak while making it, both above
/// what was allocated before.
fn heap<T>(make: impl FnOnce() -> T) -> (usize, usize) {
    let before = CURRENT.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let value = make();
    let held = CURRENT.load(Ordering::Relaxed).saturating_sub(before);
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(before);
    drop(value);
    (held, peak)
}

fn memory_table(inputs: &[Input]) -> String {
    let mut out = String::from(
        "| input | JSON | Report held | Report peak | Value held | Value peak |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    for input in inputs {
        let len = input.json.len();
        let (held, peak) = heap(|| Report::from_json_slice(&input.json).ok());
        let (value_held, value_peak) = heap(|| serde_json::from_slice::<Value>(&input.json).ok());
        let ratio = |n: usize| format!("{} ({:.2}×)", kib(n), n as f64 / len as f64);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            input.name,
            kib(len),
            ratio(held),
            ratio(peak),
            ratio(value_held),
            ratio(value_peak)
        );
    }
    out
}

fn kib(bytes: usize) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
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

/// A median estimate with its 95 % confidence interval, in nanoseconds.
#[derive(Clone, Copy)]
struct Estimate {
    median: f64,
    low: f64,
    high: f64,
}

fn estimate(dir: &Path, id: &str) -> Option<Estimate> {
    let text = std::fs::read_to_string(dir.join(id).join("new/estimates.json")).ok()?;
    let json: Value = serde_json::from_str(&text).ok()?;
    let median = &json["median"];
    Some(Estimate {
        median: median["point_estimate"].as_f64()?,
        low: median["confidence_interval"]["lower_bound"].as_f64()?,
        high: median["confidence_interval"]["upper_bound"].as_f64()?,
    })
}

fn time(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.1} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

/// A ratio, with the range the two confidence intervals allow.
fn ratio(a: Estimate, b: Estimate) -> String {
    format!(
        "{:.2} ({:.2}–{:.2})",
        a.median / b.median,
        a.low / b.high,
        a.high / b.low
    )
}

/// One line of the ratio table: `numerator / denominator` on one input, with its target.
struct Row {
    what: &'static str,
    numerator: &'static str,
    denominator: &'static str,
    target: &'static str,
    limit: Option<f64>,
}

const ROWS: &[Row] = &[
    Row {
        what: "typed parse ÷ `Value` parse",
        numerator: "parse/typed",
        denominator: "parse/value",
        target: "≤ 1",
        limit: Some(1.0),
    },
    Row {
        what: "`validate()` all rules ÷ typed parse",
        numerator: "validate/all_rules",
        denominator: "parse/typed",
        target: "≤ 0.25",
        limit: Some(0.25),
    },
    Row {
        what: "text rules alone ÷ typed parse",
        numerator: "validate/text_rules",
        denominator: "parse/typed",
        target: "",
        limit: None,
    },
    Row {
        what: "floor: decoding every character once ÷ typed parse",
        numerator: "floor/decode_text",
        denominator: "parse/typed",
        target: "",
        limit: None,
    },
    Row {
        what: "floor: every 5-gram into a hash set ÷ typed parse",
        numerator: "floor/ngram_set",
        denominator: "parse/typed",
        target: "",
        limit: None,
    },
    Row {
        what: "parse + `validate()` ÷ (`Value` parse + jsonschema)",
        numerator: "parse_validate/typed",
        denominator: "parse_validate/value_jsonschema",
        target: "< 1",
        limit: Some(1.0),
    },
    Row {
        what: "jsonschema alone ÷ `validate()` all rules",
        numerator: "parse_validate/jsonschema_only",
        denominator: "validate/all_rules",
        target: "",
        limit: None,
    },
    Row {
        what: "serialise typed ÷ serialise `Value`",
        numerator: "serialize/typed",
        denominator: "serialize/value",
        target: "",
        limit: None,
    },
];

/// The timed operations whose growth with size is reported.
const GROWTH: &[&str] = &[
    "parse/value",
    "parse/typed",
    "validate/all_rules",
    "validate/text_rules",
    "parse_validate/typed",
    "parse_validate/value_jsonschema",
    "serialize/typed",
];

fn ratio_tables(dir: &Path, inputs: &[Input]) -> Option<String> {
    let mut out = String::from("| ratio (median, 95 % CI) | target |");
    for input in inputs {
        let _ = write!(out, " {} |", input.name);
    }
    out.push_str("\n|---|---|");
    out.push_str(&"---:|".repeat(inputs.len()));
    out.push('\n');
    let mut found = false;
    for row in ROWS {
        let _ = write!(out, "| {} | {} |", row.what, row.target);
        for input in inputs {
            let a = estimate(dir, &format!("{}/{}", row.numerator, input.name));
            let b = estimate(dir, &format!("{}/{}", row.denominator, input.name));
            let cell = match (a, b) {
                (Some(a), Some(b)) => {
                    found = true;
                    let missed = row.limit.is_some_and(|l| a.median / b.median > l);
                    format!("{}{}", ratio(a, b), if missed { " ✗" } else { "" })
                }
                _ => "–".to_owned(),
            };
            let _ = write!(out, " {cell} |");
        }
        out.push('\n');
    }
    if !found {
        return None;
    }

    out.push_str("\n| median time (throughput) |");
    for input in inputs {
        let _ = write!(out, " {} ({}) |", input.name, kib(input.json.len()));
    }
    out.push_str("\n|---|");
    out.push_str(&"---:|".repeat(inputs.len()));
    out.push('\n');
    let absolute = GROWTH
        .iter()
        .copied()
        .chain(["parse_validate/jsonschema_only", "serialize/value"]);
    for id in absolute {
        let _ = write!(out, "| {id} |");
        for input in inputs {
            let cell =
                estimate(dir, &format!("{id}/{}", input.name)).map_or("–".to_owned(), |e| {
                    let mb_s = input.json.len() as f64 / e.median * 1e9 / 1e6;
                    format!("{} ({mb_s:.0} MB/s)", time(e.median))
                });
            let _ = write!(out, " {cell} |");
        }
        out.push('\n');
    }

    let large: Vec<&Input> = inputs
        .iter()
        .filter(|i| i.name.starts_with("large_"))
        .collect();
    if let Some((base, rest)) = large.split_first() {
        out.push_str("\n| growth: time ÷ time at ×1 (target ≤ 1.05 × size ratio) |");
        for input in rest {
            let size = input.json.len() as f64 / base.json.len() as f64;
            let _ = write!(out, " {} (size {size:.2}×) |", input.name);
        }
        out.push_str("\n|---|");
        out.push_str(&"---:|".repeat(rest.len()));
        out.push('\n');
        for id in GROWTH {
            let _ = write!(out, "| {id} |");
            for input in rest {
                let size = input.json.len() as f64 / base.json.len() as f64;
                let a = estimate(dir, &format!("{id}/{}", input.name));
                let b = estimate(dir, &format!("{id}/{}", base.name));
                let cell = match (a, b) {
                    (Some(a), Some(b)) => {
                        let missed = a.median / b.median > 1.05 * size;
                        format!("{}{}", ratio(a, b), if missed { " ✗" } else { "" })
                    }
                    _ => "–".to_owned(),
                };
                let _ = write!(out, " {cell} |");
            }
            out.push('\n');
        }
    }
    Some(out)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not.
    let timing_run = std::env::args().any(|a| a == "--bench");
    let inputs = if timing_run {
        inputs::all()
    } else {
        vec![inputs::fixture()]
    };
    println!(
        "Heap held by a parsed report, and peak heap while parsing, as multiples of the JSON size:\n"
    );
    println!("{}", memory_table(&inputs));
    if !timing_run {
        return;
    }
    let tables = criterion_dir().and_then(|dir| ratio_tables(&dir, &inputs));
    match tables {
        Some(tables) => {
            println!("Timings (criterion medians; ✗ marks a missed target):\n\n{tables}")
        }
        None => println!(
            "No criterion results found: run `cargo bench --bench report` first \
             (results are read from $CRITERION_HOME or $CARGO_TARGET_DIR/criterion)."
        ),
    }
}
