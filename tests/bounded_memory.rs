//! Bounded validation (有界校验): validating a large hostile report uses at most as much
//! extra heap as the report's JSON has bytes, and the number of findings is capped, with a
//! capped validation saying so.
//!
//! The heap is measured with a counting global allocator, so this file is its own test
//! binary and its tests run one at a time (a lock), each measuring only its own
//! validation: the peak of bytes allocated and not yet freed, above what was held before.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use fazhi_report::Report;
use fazhi_report::validate::rules::{structure, text};
use fazhi_report::validate::{Options, Severity};

#[path = "../benches/support/generate.rs"]
#[allow(dead_code)]
mod generate;

/// The system allocator, counting the bytes held and their peak.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to `System` unchanged; only the counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is `System.alloc`'s.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is `System.dealloc`'s.
        unsafe { System.dealloc(ptr, layout) };
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One measurement at a time: the counters are global.
static SERIAL: Mutex<()> = Mutex::new(());

/// The bytes the lazily built shared tables (the dictionary of fixed formulations and the
/// lexicon of `text.word_typo`) held once built, measured by the first test to run.
static WARM: std::sync::OnceLock<usize> = std::sync::OnceLock::new();

/// Builds the shared tables once, before any measurement: they are built on the first
/// validation that needs them and then shared by every later one, so a measured validation
/// must not pay for them. What they hold stays bounded: at most 12 MiB (the lexicon's packed
/// arrays are about 7 MB; its hash maps of round 3 held about 25 MB).
fn warm_up() {
    let held = *WARM.get_or_init(|| {
        let report = read(generate::distinct_report(1, 1).as_slice());
        let options = Options::new().level(&text::WORD_TYPO, fazhi_report::validate::Level::Warn);
        let base = HELD.load(Ordering::Relaxed);
        drop(report.validate_with(&options));
        HELD.load(Ordering::Relaxed).saturating_sub(base)
    });
    eprintln!("shared text tables: {held} bytes held once built");
    assert!(held <= 12 << 20, "the shared tables hold {held} bytes");
}

/// Runs `f` and returns its result with the peak of extra heap it held (a reallocation,
/// done by the default `realloc` as allocate-copy-free, counts both blocks, as it must).
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = HELD.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let out = f();
    (out, PEAK.load(Ordering::Relaxed).saturating_sub(base))
}

#[test]
fn forty_thousand_distinct_subsections_validate_within_the_input_size() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    warm_up();
    let json = generate::distinct_report(40_000, 100);
    // Inside the default 16 MiB input limit, and large: the case that once reserved 20 GB.
    assert!(
        (13_000_000..16 << 20).contains(&json.len()),
        "{}",
        json.len()
    );
    let report = read(&json);
    let sections: usize = report.section_parts().map(|(_, s)| s.len()).sum();
    assert_eq!(sections, 40_000);
    let (validation, peak) = peak_of(|| report.validate());
    eprintln!(
        "40,000 subsections: input {} bytes, validation peak {peak} bytes ({:.2} of the input)",
        json.len(),
        peak as f64 / json.len() as f64
    );
    assert!(peak <= json.len(), "peak {peak} > input {}", json.len());
    // Distinct text repeats nothing; the cap is not reached.
    assert_eq!(validation.by_rule(&structure::REPEATED_SECTION).count(), 0);
    assert!(!validation.is_truncated());

    // The rule alone, for the record of what it takes.
    let only = fazhi_report::validate::Rule::all()
        .filter(|r| r.code != structure::REPEATED_SECTION.code)
        .fold(Options::new(), |o, r| {
            o.level(r, fazhi_report::validate::Level::Allow)
        });
    let (_, rule_peak) = peak_of(|| report.validate_with(&only));
    eprintln!("structure.repeated_section alone: peak {rule_peak} bytes");
    assert!(rule_peak <= json.len() / 2, "{rule_peak}");
}

#[test]
fn copied_subsections_are_found_within_the_input_size() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    warm_up();
    // Part 三 copies part 一 subsection for subsection: every fingerprint is shared, the
    // most the rule's index can hold.
    let mut value: serde_json::Value =
        serde_json::from_slice(&generate::distinct_report(20_000, 100)).expect("JSON");
    let copied = value["measures"]["items"].clone();
    let copies = copied.as_array().map_or(0, Vec::len);
    assert_eq!(copies, 5_000);
    value["plans"]["items"] = copied;
    let json = serde_json::to_vec(&value).expect("JSON");
    drop(value);
    let report = read(&json);
    let (validation, peak) = peak_of(|| report.validate());
    eprintln!(
        "20,000 subsections, 5,000 of them copies: input {} bytes, validation peak {peak} bytes",
        json.len()
    );
    assert!(peak <= json.len(), "peak {peak} > input {}", json.len());
    // Every copy is a repeat, reported up to the per-rule cap; the rest are counted.
    let kept = validation.by_rule(&structure::REPEATED_SECTION).count();
    assert_eq!(kept, Options::MAX_FINDINGS_PER_RULE);
    let dropped = validation
        .dropped()
        .iter()
        .find(|d| d.rule() == &structure::REPEATED_SECTION)
        .expect("repeats were dropped");
    assert_eq!((dropped.errors(), dropped.warnings()), (0, copies - kept));
    let first = validation
        .by_rule(&structure::REPEATED_SECTION)
        .next()
        .expect("a repeat");
    assert_eq!(first.pointer(), "/plans/items/0");
    assert_eq!(first.related(), ["/measures/items/0"]);
    assert_eq!(first.params()["share"], serde_json::json!(1.0));
}

#[test]
fn two_million_brackets_are_capped_within_the_input_size() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    warm_up();
    // 2,000,000 《 in 200 paragraphs of 10,000 (30,000 bytes each), in one subsection of
    // part 一. (The text rules hold about 30 bytes per bracket of the field they read, so
    // one field of the largest size the limits allow, 87,381 《, takes about 4 MB while it
    // is read: a bound by the string limit, not by the input.)
    let paragraph = "《".repeat(10_000);
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/minimal.json")).expect("minimal.json");
    value["measures"]["items"][0]["paragraphs"] = serde_json::json!(vec![paragraph; 200]);
    let json = serde_json::to_vec(&value).expect("JSON");
    drop(value);
    assert!(json.len() > 6_000_000);
    let report = read(&json);
    let (validation, peak) = peak_of(|| report.validate());
    eprintln!(
        "2,000,000 《: input {} bytes, validation peak {peak} bytes, {} findings kept",
        json.len(),
        validation.len()
    );
    assert!(peak <= json.len(), "peak {peak} > input {}", json.len());
    assert!(validation.is_truncated());
    // Every 《 is unbalanced: the rule's first 1,000 are kept, the others counted.
    let kept = validation.by_rule(&text::UNBALANCED_BRACKETS).count();
    assert_eq!(kept, Options::MAX_FINDINGS_PER_RULE);
    assert_eq!(validation.dropped().len(), 1);
    let dropped = &validation.dropped()[0];
    assert_eq!(dropped.rule(), &text::UNBALANCED_BRACKETS);
    assert_eq!(
        (dropped.errors(), dropped.warnings()),
        if text::UNBALANCED_BRACKETS.severity == Severity::Error {
            (2_000_000 - kept, 0)
        } else {
            (0, 2_000_000 - kept)
        }
    );
    assert_eq!(validation.dropped_count(), 2_000_000 - kept);
    // The JSON says so too, and stays small.
    let (out, json_peak) = peak_of(|| serde_json::to_vec(&validation).expect("serialises"));
    let back: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    assert_eq!(back["truncated"], serde_json::json!(true));
    assert_eq!(back["dropped"][0]["rule"], "text.unbalanced_brackets");
    assert!(out.len() < json.len() / 4, "{} bytes of JSON", out.len());
    assert!(json_peak < json.len());
}

/// Reads a generated report with `serde_json` itself: `Report::from_json_slice` also enforces
/// the schema's bounds (at most 200 subsections in a part), which these reports exceed on
/// purpose. A report of this size can still be built in code or read this way, and
/// validation must stay bounded on it.
fn read(json: &[u8]) -> Report {
    serde_json::from_slice(json).expect("the generated report is a report")
}
