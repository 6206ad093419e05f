//! A short, deterministic slice of the fuzzing (模糊测试切片) that CI runs on the stable
//! toolchain: many thousands of random and mutated byte strings, seeded from the bad-input
//! corpus and the fixtures, are fed to parse and, when they parse, to validate.
//!
//! For every input: nothing panics or hangs; a rejection names its path in the Chinese
//! message; an accepted report validates, its findings' pointers resolve, and it survives a
//! round trip unchanged. The generator is a fixed-seed xorshift, so a failure reproduces;
//! the failing input is printed (as a Rust byte string) for the corpus.
//!
//! The coverage-guided version of the same target is `fuzz/fuzz_targets/parse_validate.rs`.

mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};

use fazhi_report::{Limits, Report};

/// The generator's fixed seed: change it to explore other inputs.
const SEED: u64 = 0x5eed_fa21_0000_0001;

/// xorshift64*: small, fast and deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Tokens that reach the parser's and the model's edge cases.
const TOKENS: &[&str] = &[
    "-0",
    "-0.0",
    "1e400",
    "-1e400",
    "18446744073709551616",
    "-9223372036854775809",
    "0.1234567890123456",
    "1e-7",
    "2.5e3",
    "null",
    "true",
    "[]",
    "{}",
    "[[[[[[[[[[[[[[[[[[[[",
    "\"\"",
    "\"\\ud800\"",
    "\"\\u0000\"",
    "\"2023-02-30\"",
    "\"2024-02-29\"",
    "\"9999-12-31\"",
    "\"more_than\"",
    "\"件\"",
    "\"万元\"",
    "\"%\"",
    "\"1.0\"",
    "\"2.0\"",
    "\u{feff}",
    "\"value\":",
    "\"unit\":",
    ",",
    ":",
    "\"",
    "\\",
    "{\"value\": 40, \"unit\": \"处\"}",
    "{\"value\": 40.5, \"unit\": \"处\"}",
    "\"found\": {\"value\": 40, \"unit\": \"处\"}, \"rectified\": {\"value\": 41, \"unit\": \"份\"}",
];

fn mutate(rng: &mut Rng, input: &mut Vec<u8>, seeds: &[Vec<u8>]) {
    let len = input.len();
    match rng.below(10) {
        // Flip a bit.
        0 if len > 0 => {
            let i = rng.below(len);
            input[i] ^= 1 << rng.below(8);
        }
        // Replace a byte with a structural or hostile one.
        1 if len > 0 => {
            let bytes = b"{}[]\":,\\-.0123456789eE \n\t\x00\xff\xc3\xef";
            let i = rng.below(len);
            input[i] = bytes[rng.below(bytes.len())];
        }
        // Delete a range.
        2 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(32)).min(len);
            input.drain(start..end);
        }
        // Duplicate a range (duplicate keys, repeated items).
        3 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(64)).min(len);
            let copy = input[start..end].to_vec();
            let at = rng.below(len + 1);
            input.splice(at..at, copy);
        }
        // Truncate.
        4 if len > 0 => input.truncate(rng.below(len)),
        // Splice in a piece of another seed.
        5 => {
            let other = &seeds[rng.below(seeds.len())];
            if !other.is_empty() {
                let start = rng.below(other.len());
                let end = (start + 1 + rng.below(128)).min(other.len());
                let at = rng.below(len + 1);
                input.splice(at..at, other[start..end].iter().copied());
            }
        }
        // Replace a number (a run of digits) with an edge-case token.
        6 => {
            if let Some(start) = (0..8)
                .map(|_| rng.below(len.max(1)))
                .find(|&i| input.get(i).is_some_and(u8::is_ascii_digit))
            {
                let mut end = start;
                while input
                    .get(end)
                    .is_some_and(|b| b.is_ascii_digit() || *b == b'.')
                {
                    end += 1;
                }
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                input.splice(start..end, token.iter().copied());
            }
        }
        // Insert a token anywhere.
        _ => {
            let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
            let at = rng.below(len + 1);
            input.splice(at..at, token.iter().copied());
        }
    }
}

/// Parses and validates one input, checking the promises; panics (with the reason) if one
/// is broken.
fn check(input: &[u8], small: &Limits) -> bool {
    if let Err(e) = Report::from_json_slice_with(input, small) {
        let _ = e.message_zh();
    }
    match Report::from_json_slice(input) {
        Err(e) => {
            let zh = e.message_zh();
            if let Some(path) = e.path() {
                assert!(zh.contains(path), "message_zh lacks the path: {zh}");
                assert!(e.pointer().starts_with('/'), "{}", e.pointer());
            }
            assert!(!e.reason().is_empty());
            false
        }
        Ok(report) => {
            let validation = report.validate();
            let value = serde_json::to_value(&report).expect("serialises");
            for f in validation.findings() {
                assert!(
                    value.pointer(f.pointer()).is_some(),
                    "{} at {}",
                    f.code(),
                    f.pointer()
                );
                for r in f.related() {
                    assert!(value.pointer(r).is_some(), "{} related {r}", f.code());
                }
            }
            let json = report.to_json().expect("serialises");
            let back = Report::from_json_str(&json).expect("a written report reads back");
            assert_eq!(back, report, "round trip");
            true
        }
    }
}

#[test]
fn random_and_mutated_inputs_never_break_parse_or_validate() {
    let seeds: Vec<Vec<u8>> = common::seed_files()
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    assert!(seeds.len() >= 40, "{} seeds", seeds.len());
    let valid: Vec<Vec<u8>> = seeds
        .iter()
        .filter(|s| Report::from_json_slice(s).is_ok())
        .cloned()
        .collect();
    assert!(valid.len() >= 3, "{} valid seeds", valid.len());
    let small = Limits::default()
        .max_string_bytes(64)
        .max_list_len(8)
        .max_depth(12);
    let mut rng = Rng(SEED);
    let (mut tried, mut parsed) = (0usize, 0usize);
    const ROUNDS: usize = 20_000;
    for round in 0..ROUNDS {
        let input = if round % 10 == 0 {
            // Pure noise, biased towards JSON's alphabet.
            let alphabet = b"{}[]\":,0123456789-.eEtrufalsn \\\xe6\xb3\x95\xff";
            (0..rng.below(256))
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect()
        } else if round % 2 == 0 {
            // One mutation of a valid report: most stay well-formed and reach the model.
            let mut input = valid[rng.below(valid.len())].clone();
            mutate(&mut rng, &mut input, &seeds);
            input
        } else {
            let mut input = seeds[rng.below(seeds.len())].clone();
            for _ in 0..1 + rng.below(4) {
                mutate(&mut rng, &mut input, &seeds);
            }
            input
        };
        tried += 1;
        match catch_unwind(AssertUnwindSafe(|| check(&input, &small))) {
            Ok(true) => parsed += 1,
            Ok(false) => {}
            Err(_) => panic!(
                "round {round}: input broke parse/validate; add it to tests/bad_inputs:\n{:?}",
                String::from_utf8_lossy(&input)
            ),
        }
    }
    // The slice must reach deep into the model, not only the syntax layer.
    assert_eq!(tried, ROUNDS);
    assert!(
        parsed >= ROUNDS / 50,
        "only {parsed} of {tried} inputs parsed"
    );
    eprintln!("fuzz slice: {tried} inputs, {parsed} parsed and validated");
}

/// Text fragments that reach the import's edge cases: headings, markers, figures, dates.
const TEXT_TOKENS: &[&str] = &[
    "一、",
    "二、存在的不足和原因",
    "三、第一责任人",
    "四、2024年工作安排",
    "（一）",
    "(二)",
    "一是",
    "二是",
    "2023年度",
    "2024年1月15日",
    "二〇二四年一月十五日",
    "4月25日",
    "13月40日",
    "2月30日",
    "218余万元",
    "3万余元",
    "1.5亿",
    "99999999999999999999万人次",
    "近",
    "约",
    "超",
    "以上",
    "左右",
    "%",
    "％",
    "5—10个工作日",
    "1:3",
    "第75次政府常务会议",
    "经区政府第",
    "、",
    "等共计17处",
    "隐患40处，已整改",
    "同志关于",
    "聆听了",
    "。",
    "，",
    "\n",
    "\r\n",
    "\u{3000}",
    "沪国动〔2024〕1号",
    "市委、市政府：",
    "签发人：",
    "１２３",
    "〔",
    "号",
];

/// Import never panics: a report or an error, and a report passes the parser.
fn check_import(input: &[u8]) {
    match fazhi_report::import::import_bytes(input) {
        Err(e) => assert!(!e.to_string().is_empty()),
        Ok(imported) => {
            let json = imported.report.to_json().expect("serialises");
            let back = Report::from_json_str(&json).expect("an imported report parses");
            assert_eq!(back, imported.report);
            let chars = imported.text.chars().count();
            for f in &imported.facts {
                assert!(f.fact.span.end <= chars, "span past the text");
            }
            let _ = imported.report.validate();
        }
    }
}

#[test]
fn random_texts_never_break_import() {
    let mut rng = Rng(SEED ^ 0x1a4b);
    let reference = include_str!("fixtures/reference.txt").as_bytes().to_vec();
    const ROUNDS: usize = 3_000;
    for round in 0..ROUNDS {
        let input: Vec<u8> = if round % 3 == 0 {
            let mut s = String::new();
            for _ in 0..rng.below(60) {
                s.push_str(TEXT_TOKENS[rng.below(TEXT_TOKENS.len())]);
            }
            s.into_bytes()
        } else if round % 3 == 1 {
            // The reference text with bytes mutated (some become invalid UTF-8).
            let mut input = reference.clone();
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(input.len());
                match rng.below(3) {
                    0 => input[at] = (rng.next() & 0xff) as u8,
                    1 => {
                        let t = TEXT_TOKENS[rng.below(TEXT_TOKENS.len())].as_bytes();
                        input.splice(at..at, t.iter().copied());
                    }
                    _ => {
                        let end = (at + rng.below(200)).min(input.len());
                        input.drain(at..end);
                    }
                }
            }
            input
        } else {
            (0..rng.below(200))
                .map(|_| (rng.next() & 0xff) as u8)
                .collect()
        };
        let outcome = catch_unwind(AssertUnwindSafe(|| check_import(&input)));
        if outcome.is_err() {
            panic!("import panicked on {:?}", String::from_utf8_lossy(&input));
        }
    }
}
