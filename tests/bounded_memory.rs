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

mod common;

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

/// [`warm_up`], then validates `report` once, so that the other shared tables the rules
/// build on first use (the schema's titles for messages, held for the process, not by a
/// validation) are not counted in the measurement of `report` either.
fn warm_up_with(report: &Report) {
    warm_up();
    let _ = report.validate();
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
    // part 一. (The text rules hold at most 64 open brackets and twice their cap of marks
    // of one field: see `one_longest_field_of_each_hostile_pattern_…`.)
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

/// The worst input per byte for the walk over every field: a report inside the default
/// [`Limits`](fazhi_report::Limits) made of the shortest leaves there are, one-letter
/// paragraphs (`"a",`: four bytes a leaf), 100 in each of 100 nested subsections of 40
/// subsections: 400,000 leaves in 1.8 MB. The walk once kept about 28 bytes a leaf (a node
/// and a leaf of its path tree), seven times such a leaf's JSON; it is streamed now, and
/// holds only the path of the leaf it visits.
#[test]
fn many_tiny_leaves_validate_within_the_input_size() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let json = tiny_leaves(40);
    let report = Report::from_json_slice(&json).expect("inside the default limits");
    let leaves: usize = report
        .measures
        .items
        .iter()
        .map(|s| s.items.len() * 100)
        .sum();
    assert_eq!(leaves, 400_000);
    warm_up();
    let (validation, peak) = peak_of(|| report.validate());
    eprintln!(
        "{leaves} one-letter paragraphs: input {} bytes, validation peak {peak} bytes ({:.3} of \
         the input), {} findings kept",
        json.len(),
        peak as f64 / json.len() as f64,
        validation.len()
    );
    assert!(peak <= json.len(), "peak {peak} > input {}", json.len());
    // Ten times fewer leaves take about as much: the walk holds nothing per leaf.
    let small = tiny_leaves(4);
    let small = Report::from_json_slice(&small).expect("inside the default limits");
    let (_, small_peak) = peak_of(|| small.validate());
    eprintln!("a tenth of the leaves: validation peak {small_peak} bytes");
    assert!(
        peak < 3 * small_peak.max(64 << 10),
        "{peak} vs {small_peak}"
    );
}

/// The smallest JSON per finding, across the rules: blank paragraphs (`" ",`: four bytes
/// an error of `structure.blank_text`), headings ending in a full stop, and paragraphs of
/// 《 (three bytes a warning of `text.unbalanced_brackets`), in a report of 150 KB inside
/// the default limits. Each rule reaches its cap of 1,000; kept as before (about 1 KB a
/// finding), the 5,000 findings would have taken 5 MB. Findings are compact now and the
/// findings kept weigh at most half the report's least JSON size (64 KiB at least), so the
/// validation is truncated, keeps the errors first and stays within the input's size.
#[test]
fn the_densest_findings_stay_within_the_input_size() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/minimal.json")).expect("minimal.json");
    let section = serde_json::json!({
        "heading": "（一）学习。",
        "paragraphs": vec![" "; 100],
    });
    value["measures"]["items"] = serde_json::json!(vec![section; 200]);
    value["plans"]["items"][0]["paragraphs"] = serde_json::json!(vec!["《".repeat(200); 100]);
    let json = serde_json::to_vec(&value).expect("JSON");
    drop(value);
    assert!((140_000..160_000).contains(&json.len()), "{}", json.len());
    let report = Report::from_json_slice(&json).expect("inside the default limits");
    warm_up();
    let (validation, peak) = peak_of(|| report.validate());
    eprintln!(
        "dense findings: input {} bytes, validation peak {peak} bytes ({:.2} of the input), \
         {} findings kept, {} dropped",
        json.len(),
        peak as f64 / json.len() as f64,
        validation.len(),
        validation.dropped_count()
    );
    assert!(peak <= json.len(), "peak {peak} > input {}", json.len());
    assert!(validation.is_truncated());
    // 20,000 blank paragraphs: every one counted, kept or dropped.
    let blank = validation.by_rule(&structure::BLANK_TEXT).count();
    let blank_dropped = validation
        .dropped()
        .iter()
        .find(|d| d.rule() == &structure::BLANK_TEXT)
        .map_or(0, |d| d.errors());
    assert_eq!(blank + blank_dropped, 20_000);
    assert!(blank > 50, "{blank} blank_text findings kept");
    // No error was dropped while a warning is kept.
    if validation.dropped().iter().any(|d| d.errors() > 0) {
        assert_eq!(validation.warnings().count(), 0);
    }
    let first = validation
        .by_rule(&structure::BLANK_TEXT)
        .next()
        .expect("a blank text");
    assert_eq!(first.pointer(), "/measures/items/0/paragraphs/0");
    // The JSON says so too.
    let back = serde_json::to_value(&validation).expect("JSON");
    assert_eq!(back["truncated"], serde_json::json!(true));
}

/// A report of `sections` subsections of part 一, each with 100 nested subsections of 100
/// one-letter paragraphs, as compact JSON.
fn tiny_leaves(sections: usize) -> Vec<u8> {
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/minimal.json")).expect("minimal.json");
    let inner = serde_json::json!({"heading": "a", "paragraphs": vec!["a"; 100]});
    let outer = serde_json::json!({"heading": "a", "paragraphs": ["a"], "items": vec![inner; 100]});
    value["measures"]["items"] = serde_json::json!(vec![outer; sections]);
    serde_json::to_vec(&value).expect("JSON")
}

/// Reads a generated report with `serde_json` itself: `Report::from_json_slice` also enforces
/// the schema's bounds (at most 200 subsections in a part), which these reports exceed on
/// purpose. A report of this size can still be built in code or read this way, and
/// validation must stay bounded on it.
fn read(json: &[u8]) -> Report {
    serde_json::from_slice(json).expect("the generated report is a report")
}

/// Every fixture of the crate (the real reports, and each rule's firing and quiet cases
/// patched onto `minimal.json`), as compact JSON, the smallest input that reads as it.
/// Validation's peak is at most that size and a few kilobytes where no finding is kept;
/// findings may take more, up to the floor of their byte budget (64 KiB: some hundred
/// findings are always kept, however small the report), a few hundred bytes each.
#[test]
fn every_fixture_validates_within_its_compact_size() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut reports: Vec<(String, Report)> = Vec::new();
    for entry in std::fs::read_dir("tests/fixtures").expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let report = Report::from_json_slice(&std::fs::read(&path).expect("read"));
            reports.push((path.display().to_string(), report.expect("a report")));
        }
    }
    let minimal: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/minimal.json")).expect("minimal.json");
    for entry in std::fs::read_dir("tests/fixtures/rules").expect("rule fixtures") {
        let path = entry.expect("entry").path();
        let cases: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("JSON");
        for which in ["fires", "quiet"] {
            let mut doc = minimal.clone();
            common::merge_patch(&mut doc, &cases[which]["patch"]);
            let text = serde_json::to_vec(&doc).expect("JSON");
            let report = Report::from_json_slice(&text).expect("a report");
            reports.push((format!("{} {which}", path.display()), report));
        }
    }
    assert!(reports.len() > 200, "{}", reports.len());
    let (mut within, mut over) = (0, 0);
    for (name, report) in &reports {
        let json = serde_json::to_vec(report).expect("JSON");
        warm_up_with(report);
        let (validation, peak) = peak_of(|| report.validate());
        // The figure checks hold a few kilobytes while they read one block (its figures
        // as terms with their pointers and labels): more than the smallest reports, whose
        // compact JSON is about 1.1 KB.
        let slack = 8 << 10;
        if validation.is_empty() {
            assert!(
                peak <= json.len() + slack,
                "{name}: peak {peak} > input {}",
                json.len()
            );
        } else {
            assert!(
                peak <= json.len() + slack + (64 << 10),
                "{name}: peak {peak}"
            );
        }
        if peak <= json.len() {
            within += 1;
        } else {
            over += 1;
            eprintln!(
                "{name}: input {} bytes, peak {peak} bytes, {} findings",
                json.len(),
                validation.len()
            );
        }
    }
    eprintln!(
        "{within} fixtures within their compact size, {over} over it (findings, or a subsection's figures)"
    );
}

/// One paragraph of the longest size the schema allows (20,000 characters), made of the
/// pattern that costs the text rules most per byte: unmatched brackets of each kind, empty
/// and short quotations and titles, digit runs, dotted dates, year ranges and titles joined
/// by 顿号. The text rules once held 16 bytes per open bracket, 24 per mark and 8 per digit
/// run of the field they read (1.79 MB for 20,000 《 in 61 KB); they now keep at most 64
/// open brackets, twice their cap of marks per rule, and no list of digit runs, so each
/// such field validates within the input's size plus the floor of the findings' byte
/// budget (64 KiB, which the findings kept may always reach).
/// Each field is validated alone and again copied into part 四 (so that
/// `structure.repeated_section` measures the pair, with a field of distinct ideographs
/// beside the patterns): a pair's exact measure holds the shorter one's distinct 5-grams,
/// at most 64 KiB of them or half the report's least JSON size (before round 2's last
/// session it held room for every character, 163 KB for one pair of `1a` fields in 21 KB).
#[test]
fn one_longest_field_of_each_hostile_pattern_validates_within_the_input_size() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    warm_up();
    let patterns = [
        "《",
        "（",
        "“",
        "）",
        "》",
        "”",
        "《（",
        "“”",
        "《》",
        "“ab”",
        "《ab》",
        "1a",
        "1.1",
        "5.12活动",
        "2021-2025年",
        "《a》、",
        "”“",
    ];
    // 20,000 distinct-looking ideographs (a fixed pseudo-random sequence).
    let mut state = 7u64;
    let ideographs: String = (0..20_000)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            char::from_u32(0x4E00 + ((state >> 33) % 3000) as u32).unwrap_or('中')
        })
        .collect();
    let fields = patterns
        .iter()
        // A paragraph holds at most 20,000 characters (the schema's maxLength).
        .map(|p| (format!("{p:?}"), p.repeat(20_000 / p.chars().count())))
        .chain([("ideographs".to_string(), ideographs)]);
    let mut over = Vec::new();
    for ((name, field), copied) in fields.flat_map(|f| [(f.clone(), false), (f, true)]) {
        let mut value: serde_json::Value =
            serde_json::from_str(include_str!("fixtures/minimal.json")).expect("minimal.json");
        value["measures"]["items"][0]["paragraphs"] = serde_json::json!([field]);
        if copied {
            value["plans"]["items"][0]["paragraphs"] = serde_json::json!([field]);
        }
        let json = serde_json::to_vec(&value).expect("JSON");
        drop(value);
        let report = Report::from_json_slice(&json).expect("inside the default limits");
        warm_up_with(&report);
        let (validation, peak) = peak_of(|| report.validate());
        let name = if copied {
            format!("{name} twice")
        } else {
            name
        };
        eprintln!(
            "one field of {name}: input {} bytes, validation peak {peak} bytes ({:.2} of \
             the input), {} findings kept, {} dropped",
            json.len(),
            peak as f64 / json.len() as f64,
            validation.len(),
            validation.dropped_count()
        );
        // A copy of at least 20 letters and digits is found (kept, or counted as dropped).
        if copied && field.chars().filter(|c| c.is_alphanumeric()).count() >= 20 {
            let dropped = validation
                .dropped()
                .iter()
                .find(|d| d.rule() == &structure::REPEATED_SECTION)
                .map_or(0, |d| d.warnings());
            let kept = validation.by_rule(&structure::REPEATED_SECTION).count();
            assert_eq!(kept + dropped, 1, "{name}: the copy is found once");
        }
        if peak > json.len() + FINDINGS_FLOOR {
            over.push(format!(
                "{name}: peak {peak} > input {} + 64 KiB",
                json.len()
            ));
        }
        // The marks past the cap are counted, not lost.
        if validation.dropped_count() > 0 {
            assert!(validation.is_truncated());
        }
    }
    assert!(over.is_empty(), "{over:#?}");
}

/// The floor of the findings' byte budget (`FINDINGS_BYTES_FLOOR` in the engine).
const FINDINGS_FLOOR: usize = 64 << 10;
