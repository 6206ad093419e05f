//! The text rules on the corpora of `tests/text_corpus/`: silent on correct official prose,
//! firing on realistic misspellings with the right correction, and exactly the known
//! findings on the reference report.
//!
//! `cargo test --test text -- --nocapture` prints precision and recall.

use fazhi_report::Report;
use fazhi_report::validate::{Finding, Level, Options, rules};

/// Paragraphs per subsection of a corpus report (the schema's `maxItems`, which the parser
/// enforces).
const PER_SECTION: usize = 100;

/// A report for `year` whose subsections hold `paragraphs`, [`PER_SECTION`] each, in order.
fn report(year: u16, paragraphs: &[&str]) -> Report {
    let items: Vec<_> = paragraphs
        .chunks(PER_SECTION)
        .map(|chunk| serde_json::json!({"heading": "（一）语料", "paragraphs": chunk}))
        .collect();
    let doc = serde_json::json!({
        "schema_version": "1.0",
        "meta": {"title": format!("区司法局{year}年度法治政府建设情况报告"), "year": year,
                 "organization": {"name": "区司法局", "kind": "department", "level": "county"}},
        "measures": {"heading": format!("一、{year}年推进法治政府建设主要举措和成效"),
                     "items": items},
        "shortcomings": {"heading": "二、存在的不足和原因"},
        "responsibility": {"heading": format!("三、{year}年党政主要负责人履行推进法治建设第一责任人职责的有关情况")},
        "plans": {"heading": format!("四、{}年推进法治政府建设的主要安排", year + 1), "year": year + 1}
    });
    Report::from_json_str(&doc.to_string()).expect("corpus report parses")
}

/// The options with `text.word_typo` set to warn (its default since round 4; set
/// explicitly so that the tests of the rule do not depend on the default).
fn with_word_typo() -> Options {
    Options::new().level(&rules::text::WORD_TYPO, Level::Warn)
}

/// The options with `text.word_typo` allowed (the default until round 4).
fn without_word_typo() -> Options {
    Options::new().level(&rules::text::WORD_TYPO, Level::Allow)
}

/// The text findings per paragraph.
fn text_findings(report: &Report, paragraphs: usize) -> Vec<Vec<Finding>> {
    text_findings_with(report, paragraphs, &Options::new())
}

/// The text findings per paragraph, with `options`.
fn text_findings_with(report: &Report, paragraphs: usize, options: &Options) -> Vec<Vec<Finding>> {
    let validation = report.validate_with(options);
    // A truncated validation (the byte budget of the findings kept, about a hundred findings
    // on a small report) would count the findings it dropped as misses.
    assert!(
        !validation.is_truncated(),
        "the validation dropped findings: {:?}",
        validation.dropped()
    );
    let mut per = vec![Vec::new(); paragraphs];
    for f in validation.into_iter() {
        if !f.code().starts_with("text.") {
            continue;
        }
        let index = f
            .pointer()
            .strip_prefix("/measures/items/")
            .and_then(|rest| rest.split_once("/paragraphs/"))
            .and_then(|(s, i)| {
                Some(s.parse::<usize>().ok()? * PER_SECTION + i.parse::<usize>().ok()?)
            });
        match index {
            Some(i) => per[i].push(f),
            None => panic!("text finding outside the corpus paragraphs: {f}"),
        }
    }
    per
}

/// The text findings of each of `lines`, validated as the paragraphs of one report when its
/// findings fit the budget a validation keeps, else in halves (a batch of misspelt lines
/// holds a finding a line, far more than a real report of its size: round 11 found that the
/// batches of a hundred lines and more lost their last findings to the cap, which the
/// measures counted as misses).
fn line_findings(lines: &[&str], options: &Options) -> Vec<Vec<Finding>> {
    let r = report(2023, lines);
    if lines.len() > 1 && r.validate_with(options).is_truncated() {
        let (a, b) = lines.split_at(lines.len() / 2);
        let mut per = line_findings(a, options);
        per.extend(line_findings(b, options));
        return per;
    }
    text_findings_with(&r, lines.len(), options)
}

/// How many lines of misspellings_unseen.tsv the rules get right (raise it when they learn more).
const FOUND_UNSEEN: usize = 12;

fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect()
}

/// The text with the finding's suggestion applied to its span.
fn apply(text: &str, f: &Finding) -> Option<String> {
    let span = f.span()?;
    let suggestion = span.suggestion.as_ref()?;
    let chars: Vec<char> = text.chars().collect();
    let found: String = chars.get(span.start..span.end)?.iter().collect();
    assert_eq!(found, span.found, "span text of {f}");
    let mut out: String = chars[..span.start].iter().collect();
    out.push_str(suggestion);
    out.extend(&chars[span.end..]);
    Some(out)
}

/// Asserts that no text rule reports anything on the clean corpus `text` (named `name` in
/// the output), and that it still holds `min_chars` characters or more.
fn assert_quiet(name: &str, text: &str, min_chars: usize) {
    let clean = lines(text);
    let chars: usize = clean.iter().map(|l| l.chars().count()).sum();
    let report = report(2023, &clean);
    let findings = text_findings(&report, clean.len());
    let noisy: Vec<String> = findings
        .iter()
        .enumerate()
        .flat_map(|(i, fs)| {
            fs.iter()
                .map(move |f| format!("line {}: {f} {:?}", i + 1, f.span()))
        })
        .collect();
    println!(
        "{name}: {} paragraphs, {chars} characters, {} findings",
        clean.len(),
        noisy.len()
    );
    assert!(
        noisy.is_empty(),
        "false alarms on correct prose:\n{}",
        noisy.join("\n")
    );
    assert!(chars >= min_chars, "{name} shrank to {chars} characters");
}

#[test]
fn clean_prose_is_quiet() {
    assert_quiet(
        "clean corpus",
        include_str!("text_corpus/clean.txt"),
        50_000,
    );
}

/// The clean corpus of round 10 (`clean_r10.txt`): eight reports of other departments
/// (market regulation, emergency management, ecology, human resources, a street office,
/// health, housing, a district government), written blind by a session that read no rule,
/// table or batch, and committed before any rule ran on it. No text rule may report
/// anything on it.
#[test]
fn clean_prose_of_other_departments_is_quiet() {
    assert_quiet(
        "clean corpus r10",
        include_str!("text_corpus/clean_r10.txt"),
        35_000,
    );
}

/// The second clean corpus of round 10 (`clean_r10b.txt`): nine reports of other
/// departments (education, water, civil affairs, audit, medical insurance, statistics, a
/// township, transport, veterans), written blind like `clean_r10.txt`. No text rule may report
/// anything on it.
#[test]
fn clean_prose_of_more_departments_is_quiet() {
    assert_quiet(
        "clean corpus r10b",
        include_str!("text_corpus/clean_r10b.txt"),
        30_000,
    );
}

/// The clean corpus of round 13 (`clean_r13.txt`): eight reports (ecology, emergency
/// management, a county government, health, tax, education, a street office, medical
/// insurance; 30,216 汉字), written blind by a helper session that read nothing of the crate,
/// and committed when first measured. It is no source of `genre_words.tsv`, so that it stays
/// a blind measure of false alarms. No text rule may report anything on it.
#[test]
fn clean_prose_of_round_13_is_quiet() {
    assert_quiet(
        "clean corpus r13",
        include_str!("text_corpus/clean_r13.txt"),
        30_000,
    );
}

/// Each paragraph's findings as (code, suggestion).
fn codes_and_suggestions(per: &[Vec<Finding>]) -> Vec<Vec<(String, Option<String>)>> {
    per.iter()
        .map(|p| {
            p.iter()
                .map(|f| {
                    let suggestion = f.span().and_then(|s| s.suggestion.clone());
                    (f.code().to_owned(), suggestion)
                })
                .collect()
        })
        .collect()
}

/// What the rules did on a misspellings file.
struct Measure {
    lines: usize,
    found: usize,
    true_positives: usize,
    false_positives: usize,
    missed: Vec<String>,
    wrong: Vec<String>,
    /// Lines not found under their expected code but corrected rightly by a finding of
    /// another rule (容缺授理 → 容缺受理 under text.word_typo where the file expects
    /// text.formulation_variant): the line counts as missed, and the finding, which turns
    /// the line into exactly its correction, as no wrong finding (it is no false alarm and
    /// suggests the right text; only its code differs from the file's).
    right_elsewhere: usize,
    /// Per error type (the comment line above a group of lines): lines, found.
    types: Vec<(String, usize, usize)>,
    /// Per rule code: lines expecting it, found with the right correction, wrong findings
    /// it gave (on the misspelt lines, the corrected sentences and the clean corpus).
    rules: std::collections::BTreeMap<String, (usize, usize, usize)>,
}

impl Measure {
    /// Recall per error type, and precision and recall per rule.
    fn print_tables(&self) {
        println!("  | error type | lines | found | recall |");
        for (kind, lines, found) in &self.types {
            println!(
                "  | {kind} | {lines} | {found} | {:.2} |",
                *found as f64 / (*lines).max(1) as f64
            );
        }
        println!("  | rule | lines | found | wrong | precision | recall |");
        for (code, (lines, found, wrong)) in &self.rules {
            println!(
                "  | {code} | {lines} | {found} | {wrong} | {:.2} | {:.2} |",
                *found as f64 / (found + wrong).max(1) as f64,
                *found as f64 / (*lines).max(1) as f64
            );
        }
    }

    fn precision(&self) -> f64 {
        self.true_positives as f64 / (self.true_positives + self.false_positives).max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.found as f64 / self.lines.max(1) as f64
    }

    fn print(&self, name: &str) {
        println!(
            "{name}: {} lines, {} found with the right correction, {} wrong findings \
             (including the clean corpus and the corrected sentences); precision {:.3}, recall {:.3}",
            self.lines,
            self.found,
            self.false_positives,
            self.precision(),
            self.recall()
        );
        self.print_tables();
        for m in &self.missed {
            println!("  missed: {m}");
        }
        for w in &self.wrong {
            println!("  wrong: {w}");
        }
    }
}

/// Runs the rules on a misspellings file (`text<TAB>correction<TAB>code`) and on the clean
/// corpus, whose findings all count as false positives.
fn measure(tsv: &str, options: &Options) -> Measure {
    // The error type of each line: the last comment line above it.
    let mut kind = "";
    let mut kinds = Vec::new();
    for l in tsv.lines() {
        if let Some(c) = l.strip_prefix("# ").filter(|c| !c.starts_with(' ')) {
            kind = c;
        } else if !l.trim().is_empty() && !l.starts_with('#') {
            kinds.push(kind);
        }
    }
    let rows: Vec<(&str, &str, &str)> = lines(tsv)
        .into_iter()
        .map(|l| {
            let mut cols = l.split('\t');
            match (cols.next(), cols.next(), cols.next(), cols.next()) {
                (Some(t), Some(c), Some(code), None) => (t, c, code),
                _ => panic!("expected three columns: {l}"),
            }
        })
        .collect();
    let distinct: std::collections::BTreeSet<&str> = rows.iter().map(|r| r.0).collect();
    assert_eq!(distinct.len(), rows.len(), "duplicate misspellings");
    for (text, correction, code) in &rows {
        assert_ne!(text, correction, "a misspelling equals its correction");
        assert!(
            fazhi_report::validate::Rule::by_code(code).is_some(),
            "unknown code {code}"
        );
    }
    let clean = lines(include_str!("text_corpus/clean.txt"));
    let on_clean: Vec<Finding> = text_findings_with(&report(2023, &clean), clean.len(), options)
        .into_iter()
        .flatten()
        .collect();
    let clean_findings = on_clean.len();
    let texts: Vec<&str> = rows.iter().map(|r| r.0).collect();
    let findings = line_findings(&texts, options);
    // The corrected sentences are correct prose: every finding on one is a false alarm.
    let corrections: Vec<&str> = rows.iter().map(|r| r.1).collect();
    let on_corrections = line_findings(&corrections, options);

    let mut m = Measure {
        lines: rows.len(),
        found: 0,
        true_positives: 0,
        false_positives: clean_findings,
        missed: Vec::new(),
        wrong: Vec::new(),
        right_elsewhere: 0,
        types: Vec::new(),
        rules: std::collections::BTreeMap::new(),
    };
    for f in &on_clean {
        m.rules.entry(f.code().to_owned()).or_default().2 += 1;
    }
    for (correction, fs) in corrections.iter().zip(&on_corrections) {
        for f in fs {
            m.false_positives += 1;
            m.rules.entry(f.code().to_owned()).or_default().2 += 1;
            m.wrong
                .push(format!("(corrected) {correction}: {f} {:?}", f.span()));
        }
    }
    for (((text, correction, code), fs), kind) in rows.iter().zip(&findings).zip(&kinds) {
        if m.types.last().is_none_or(|t| t.0 != *kind) {
            m.types.push((kind.to_string(), 0, 0));
        }
        let mut hit = false;
        let mut elsewhere = false;
        m.rules.entry(code.to_string()).or_default().0 += 1;
        for f in fs {
            let fixed = apply(text, f);
            let corrects = fixed.as_deref() == Some(*correction);
            let right = f.code() == *code
                && (corrects
                    || (fixed.is_none() && f.span().is_some_and(|s| s.suggestion.is_none())));
            if right && !hit {
                m.true_positives += 1;
                m.rules.entry(code.to_string()).or_default().1 += 1;
                hit = true;
            } else if f.code() != *code && corrects {
                // The right correction under another rule's code: no false alarm, and no
                // line found either.
                elsewhere = true;
            } else {
                m.false_positives += 1;
                m.rules.entry(f.code().to_owned()).or_default().2 += 1;
                m.wrong.push(format!("{text}: {f} {:?}", f.span()));
            }
        }
        if let Some(t) = m.types.last_mut() {
            t.1 += 1;
            t.2 += usize::from(hit);
        }
        if hit {
            m.found += 1;
        } else {
            m.right_elsewhere += usize::from(elsewhere);
            m.missed.push(format!("{text} (expected {code})"));
        }
    }
    m
}

#[test]
fn misspellings_are_found_and_corrected() {
    let m = measure(
        include_str!("text_corpus/misspellings.tsv"),
        &Options::new(),
    );
    m.print("misspellings.tsv");
    assert!(m.lines >= 40);
    // The floors are what the rules achieve; a change that loses any of it fails here.
    assert!(
        m.precision() >= 1.0,
        "precision fell:\n{}",
        m.wrong.join("\n")
    );
    assert!(m.recall() >= 1.0, "recall fell:\n{}", m.missed.join("\n"));
}

#[test]
fn unseen_misspellings_are_measured() {
    let m = measure(
        include_str!("text_corpus/misspellings_unseen.tsv"),
        &Options::new(),
    );
    m.print("misspellings_unseen.tsv");
    assert!(
        m.precision() >= 1.0,
        "precision fell:\n{}",
        m.wrong.join("\n")
    );
    assert!(
        m.found >= FOUND_UNSEEN,
        "recall fell:\n{}",
        m.missed.join("\n")
    );
}

/// How many lines of misspellings_unseen_17.tsv the rules get right (raise it when they
/// learn more; the file itself is never edited to suit them).
/// Round 13 (titles of laws in 书名号; sourced formulations): 46.
const FOUND_UNSEEN_17: usize = 46;
/// The same with the default rules (text.word_typo on by default since round 4; 26 when it
/// was allowed by default).
/// Round 10 (a word overlapping the window vetoes it only when its outside part belongs to
/// no stronger word, and then only for a correction of the genre; year ranges joined by a
/// tilde or en dash): 42.
/// Round 11 (rare jieba words shadowed by a word of the genre): 45.
/// Round 13 (see [`measure_batch`]): 46.
const FOUND_UNSEEN_17_DEFAULT: usize = 46;
/// Wrong findings on misspellings_unseen_17.tsv with the default rules: none since round 8
/// (one before, 风险评古 under text.word_typo: a near miss found through a lexicon
/// correction is now reported by text.formulation_variant).
const WRONG_UNSEEN_17_DEFAULT: usize = 0;
/// False alarms of text.word_typo on the clean corpus (never raise it to let a change
/// through).
const WORD_TYPO_CLEAN_FALSE_ALARMS: usize = 0;
/// Wrong findings with the opt-in text.word_typo: one, 风险评古 reported by text.word_typo
/// with the right form 风险评估 where the file expects text.formulation_variant (its 12 false
/// alarms on the clean corpus and 2 on misspelt lines before round 2 are gone).
/// Round 8: none, 风险评古 is reported by text.formulation_variant.
const WRONG_UNSEEN_17_WITH_WORD_TYPO: usize = 0;

#[test]
fn word_typo_false_alarms_on_clean_prose_are_counted() {
    let clean = lines(include_str!("text_corpus/clean.txt"));
    let findings = text_findings_with(&report(2023, &clean), clean.len(), &with_word_typo());
    let noisy: Vec<String> = findings
        .iter()
        .enumerate()
        .flat_map(|(i, fs)| {
            fs.iter()
                .map(move |f| format!("line {}: {f} {:?}", i + 1, f.span()))
        })
        .collect();
    println!(
        "text.word_typo on the clean corpus: {} findings",
        noisy.len()
    );
    for n in &noisy {
        println!("  {n}");
    }
    assert!(
        noisy.iter().all(|n| n.contains("[text.word_typo]")),
        "another rule fired:\n{}",
        noisy.join("\n")
    );
    assert!(
        noisy.len() == WORD_TYPO_CLEAN_FALSE_ALARMS,
        "more false alarms:\n{}",
        noisy.join("\n")
    );
}

#[test]
fn unseen_misspellings_of_issue_17_are_measured() {
    // With the default rules: the clean corpus stays silent, so every wrong finding is one
    // on a misspelt line.
    let m = measure(
        include_str!("text_corpus/misspellings_unseen_17.tsv"),
        &Options::new(),
    );
    m.print("misspellings_unseen_17.tsv, default rules");
    assert!(m.lines >= 49);
    assert!(
        m.found >= FOUND_UNSEEN_17_DEFAULT,
        "recall fell:\n{}",
        m.missed.join("\n")
    );
    assert!(
        m.false_positives == WRONG_UNSEEN_17_DEFAULT,
        "precision fell:\n{}",
        m.wrong.join("\n")
    );
    // With the opt-in text.word_typo: its false alarms on the clean corpus count too.
    let m = measure(
        include_str!("text_corpus/misspellings_unseen_17.tsv"),
        &with_word_typo(),
    );
    m.print("misspellings_unseen_17.tsv, with text.word_typo");
    assert!(
        m.false_positives == WRONG_UNSEEN_17_WITH_WORD_TYPO,
        "precision fell:\n{}",
        m.wrong.join("\n")
    );
    assert!(
        m.found >= FOUND_UNSEEN_17,
        "recall fell:\n{}",
        m.missed.join("\n")
    );
}

#[test]
fn reference_report_shows_exactly_its_known_errors() {
    let paragraphs = lines(include_str!("text_corpus/reference.txt"));
    let findings = text_findings(&report(2023, &paragraphs), paragraphs.len());
    let got: Vec<(usize, &str, String, Option<String>)> = findings
        .iter()
        .enumerate()
        .flat_map(|(i, fs)| {
            fs.iter().map(move |f| {
                let span = f.span().expect("text findings carry a span");
                (i, f.code(), span.found.clone(), span.suggestion.clone())
            })
        })
        .collect();
    let line = |needle: &str| {
        paragraphs
            .iter()
            .position(|p| p.contains(needle))
            .expect("reference line")
    };
    let s = |x: &str| Some(x.to_owned());
    let want = vec![
        (
            line("《习近平法治思想学习纲要》"),
            "text.enumeration_comma_between_titles",
            "、".to_owned(),
            s(""),
        ),
        (
            line("责令整改正通知书"),
            "text.document_name_blend",
            "责令整改正通知书".to_owned(),
            s("责令改正通知书"),
        ),
        (
            line("以国家安全教育日"),
            "text.shortened_day_name",
            "国家安全教育日".to_owned(),
            s("全民国家安全教育日"),
        ),
        (
            line("以国家安全教育日"),
            "text.event_date_dot",
            "5.12".to_owned(),
            s("5·12"),
        ),
        (
            line("四个目信"),
            "text.formulation_variant",
            "四个目信".to_owned(),
            s("四个自信"),
        ),
        (
            line("四个目信"),
            "text.formulation_variant",
            "抵御重大风验".to_owned(),
            s("抵御重大风险"),
        ),
        (
            line("牢回树立"),
            "text.formulation_variant",
            "牢回树立".to_owned(),
            s("牢固树立"),
        ),
        // Findings come rule by rule in catalogue order (the canonical order).
        (
            line("《民法典》"),
            "text.event_date_dot",
            "5.12".to_owned(),
            s("5·12"),
        ),
        (
            line("《民法典》"),
            "text.enumeration_comma_between_titles",
            "、".to_owned(),
            s(""),
        ),
        (
            line("《民法典》"),
            "text.enumeration_comma_between_titles",
            "、".to_owned(),
            s(""),
        ),
    ];
    let got: Vec<(usize, &str, String, Option<String>)> = got;
    assert_eq!(got, want);
}

/// Lines of misspellings_heldout_r2.tsv found with the right correction, and wrong
/// findings there, when it was measured once at the end of round 2 (never edit the file to
/// suit the rules; raise FOUND and lower WRONG when they learn more).
/// With the default rules (text.word_typo on since round 4), then with text.word_typo
/// allowed (50 and 75 at the end of round 2, when the rule was opt-in). Round 6: 82 by default, 4 wrong.
/// Round 8 (a near miss found through a lexicon correction, such as 专家论征 or 风险评佑, is
/// reported by text.formulation_variant and never also by text.word_typo): the floors
/// below were raised and the wrong findings lowered to what it measured.
/// Round 10 (a word overlapping the window vetoes it only when its outside part belongs to
/// no stronger word, and then only for a correction of the genre; year ranges joined by a
/// tilde or en dash): 86.
/// Round 11: 92 (two findings the byte budget of one validation had dropped, counted as
/// misses until the batches were validated in parts that fit it).
/// Round 12 (see [`measure_batch`]): unchanged.
const FOUND_HELDOUT_R2: [usize; 2] = [92, 52];
const WRONG_HELDOUT_R2: [usize; 2] = [2, 0];

/// The held-out batch r2 of issue 17 (`misspellings_heldout_r2.tsv`, with the correct
/// sentences of `correct_heldout_r2.txt`): written before the rules were changed for it and
/// measured once. Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn held_out_misspellings_r2_are_measured() {
    measure_batch(
        "heldout_r2",
        include_str!("text_corpus/misspellings_heldout_r2.tsv"),
        include_str!("text_corpus/correct_heldout_r2.txt"),
        FOUND_HELDOUT_R2,
        WRONG_HELDOUT_R2,
        (0, 0),
    );
}

/// Measures one batch (`misspellings_<batch>.tsv` with the correct sentences of
/// `correct_<batch>.txt`) with the default rules and with text.word_typo allowed, prints the
/// tables, and asserts no finding on the correct sentences, the floors `found` / `wrong`
/// and at least `min_lines` misspelt lines and `min_correct` correct sentences.
/// Set `FZ_SHOW_MISSES=1` to list the lines.
///
/// Round 12 of issue 17, for the floors of the batches: look-alikes that share their main
/// component (cjk-decomp: 栽/裁, 俩/辆) raised some, and a right correction under another
/// rule's code stopped counting as a wrong finding ([`Measure::right_elsewhere`]), which
/// lowered the wrong findings. Each floor's comment says what changed for it.
///
/// Round 13: the titles of the 1,279 laws and administrative regulations in force
/// (`law_titles.tsv`) are checked where they fill 书名号, and 29 sourced formulations were
/// added; a floor's "Round 13" line gives its new count.
fn measure_batch(
    batch: &str,
    tsv: &str,
    correct: &str,
    found: [usize; 2],
    wrong: [usize; 2],
    (min_lines, min_correct): (usize, usize),
) {
    let correct = lines(correct);
    assert!(
        correct.len() >= min_correct,
        "{batch}: {} correct sentences",
        correct.len()
    );
    let show = std::env::var_os("FZ_SHOW_MISSES").is_some();
    for (run, (name, options)) in [
        ("default rules", Options::new()),
        ("text.word_typo allowed", without_word_typo()),
    ]
    .into_iter()
    .enumerate()
    {
        let on_correct: Vec<String> = line_findings(&correct, &options)
            .iter()
            .zip(&correct)
            .flat_map(|(fs, t)| fs.iter().map(move |f| format!("{t}: {f} {:?}", f.span())))
            .collect();
        let m = measure(tsv, &options);
        assert!(m.lines >= min_lines, "{batch}: {} lines", m.lines);
        println!(
            "misspellings_{batch}.tsv, {name}: {} lines, {} found with the right correction, \
             {} wrong findings (clean corpus and corrected sentences included); precision {:.3}, \
             recall {:.3}; {} more corrected rightly under another rule's code; {} findings on \
             the {} sentences of correct_{batch}.txt",
            m.lines,
            m.found,
            m.false_positives,
            m.precision(),
            m.recall(),
            m.right_elsewhere,
            on_correct.len(),
            correct.len()
        );
        m.print_tables();
        if show {
            m.missed.iter().for_each(|x| println!("  missed: {x}"));
            m.wrong.iter().for_each(|x| println!("  wrong: {x}"));
            on_correct
                .iter()
                .for_each(|x| println!("  on correct: {x}"));
        }
        assert!(
            on_correct.is_empty(),
            "false alarms:\n{}",
            on_correct.join("\n")
        );
        assert!(
            m.found >= found[run],
            "recall fell:\n{}",
            m.missed.join("\n")
        );
        assert!(
            m.false_positives <= wrong[run],
            "precision fell:\n{}",
            m.wrong.join("\n")
        );
    }
}

/// Lines of misspellings_unseen_r3.tsv found with the right correction, and wrong findings
/// there (clean corpus and corrected sentences included), with the default rules and with
/// text.word_typo allowed (since round 4; before, with the opt-in rule off and on).
/// Measured once before any rule was changed for the batch ("unseen"): 35 and 56 of 91
/// (now 63 by default, 41 without text.word_typo); the wrong findings are the right correction under another code
/// (出停应诉 found by text.formulation_variant as 行政机关负责人出庭应诉; 三项制渡, 价值官, 务毕
/// and 法治政俯 by text.word_typo) and two wrong words (特证 → 特征, 休系 → 休息). Never edit
/// the file to suit the rules. Round 6: 66 by default, 4 wrong. Round 7 (a word of the genre
/// misspelt into a function character at its end): 69, 4 wrong.
/// Round 8 (a near miss found through a lexicon correction, such as 专家论征 or 风险评佑, is
/// reported by text.formulation_variant and never also by text.word_typo): the floors
/// below were raised and the wrong findings lowered to what it measured.
/// Round 10 (a word overlapping the window vetoes it only when its outside part belongs to
/// no stronger word, and then only for a correction of the genre; year ranges joined by a
/// tilde or en dash): 71.
/// Round 11 (rare jieba words shadowed by a word of the genre): unchanged, 74.
/// Round 12 (see [`measure_batch`]): found unchanged; wrong 1, 1 → 0, 0.
const FOUND_UNSEEN_R3: [usize; 2] = [74, 43];
const WRONG_UNSEEN_R3: [usize; 2] = [0, 0];

/// The unseen batch r3 of issue 17 (`misspellings_unseen_r3.tsv`, with the correct
/// sentences of `correct_unseen_r3.txt`). Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn unseen_misspellings_r3_are_measured() {
    measure_batch(
        "unseen_r3",
        include_str!("text_corpus/misspellings_unseen_r3.tsv"),
        include_str!("text_corpus/correct_unseen_r3.txt"),
        FOUND_UNSEEN_R3,
        WRONG_UNSEEN_R3,
        (80, 60),
    );
}

/// Text that is no prose — random ideographs, as in `tests/bounded_memory.rs` — gives
/// `text.word_typo` nothing: a typo key needs context made of words of the lexicon.
#[test]
fn word_typo_is_quiet_on_random_ideographs() {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (state >> 33) as u32
    };
    let paragraphs: Vec<String> = (0..300)
        .map(|_| {
            (0..100)
                .filter_map(|_| char::from_u32(0x4E00 + next() % (0x9FA5 - 0x4E00)))
                .collect()
        })
        .collect();
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let findings = text_findings_with(&report(2023, &refs), refs.len(), &with_word_typo());
    let typos: Vec<String> = findings
        .iter()
        .flatten()
        .filter(|f| f.code() == "text.word_typo")
        .map(|f| format!("{f} {:?}", f.span()))
        .collect();
    println!(
        "text.word_typo on 30,000 random ideographs: {} findings",
        typos.len()
    );
    assert!(typos.is_empty(), "{}", typos.join("\n"));
}

/// Lines of misspellings_unseen_r4.tsv found with the right correction, and wrong findings
/// there, with the default rules and with text.word_typo allowed. Measured once before any
/// rule was changed for the batch, with the then opt-in rule off and on: 44 and 63 of 117,
/// with 0 and 7 wrong findings. After round 4 (development batch): 71 by default, 5 wrong
/// (己经 → 几经, 宜传 → 遗传, 遂机 → 随机: a suggestion that is not what was meant; 牢固树力 and
/// 专家论症: the right form under text.word_typo where the file expects
/// text.formulation_variant); 51 without text.word_typo. (The numeral pairs of
/// confusables.tsv came after r5 was measured; they change nothing on r5.) Round 6: 76 by
/// default, 4 wrong (双遂机 now gets 双随机, under text.word_typo). Round 7: 77, 4 wrong.
/// Round 8 (a near miss found through a lexicon correction, such as 专家论征 or 风险评佑, is
/// reported by text.formulation_variant and never also by text.word_typo): the floors
/// below were raised and the wrong findings lowered to what it measured.
/// Round 10 (a word overlapping the window vetoes it only when its outside part belongs to
/// no stronger word, and then only for a correction of the genre; year ranges joined by a
/// tilde or en dash): 82.
/// Round 11 (rare jieba words shadowed by a word of the genre): 87, and one more wrong
/// finding that is the right correction under another code (容缺授理 → 容缺受理, which the file
/// expects from text.formulation_variant, reported by text.word_typo).
/// Round 12 (see [`measure_batch`]): 88 (was 87); wrong 2 → 1.
/// Round 13: 87; 示犯创建 is now corrected by text.formulation_variant (法治政府建设示范创建),
/// where the file expects text.word_typo: right under another code.
const FOUND_UNSEEN_R4: [usize; 2] = [87, 55];
const WRONG_UNSEEN_R4: [usize; 2] = [1, 0];

/// The batch r4 of issue 17 (`misspellings_unseen_r4.tsv`, with the correct sentences of
/// `correct_unseen_r4.txt`). Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn unseen_misspellings_r4_are_measured() {
    measure_batch(
        "unseen_r4",
        include_str!("text_corpus/misspellings_unseen_r4.tsv"),
        include_str!("text_corpus/correct_unseen_r4.txt"),
        FOUND_UNSEEN_R4,
        WRONG_UNSEEN_R4,
        (100, 80),
    );
}

/// Lines of misspellings_unseen_r5.tsv found with the right correction, and wrong findings
/// there, with the default rules and with text.word_typo allowed. Written after round 4's
/// changes, committed, then measured once: 30 and 19 of 64, with 4 and 1 wrong findings.
/// After round 6 (the words of the genre as corrections, genre-weighted ranking): 33 by
/// default, 4 wrong (one of them 职货 → 职责, the right word under text.word_typo where the
/// file expects text.formulation_variant). Round 7: 34, 4 wrong.
/// Round 8 (a near miss found through a lexicon correction, such as 专家论征 or 风险评佑, is
/// reported by text.formulation_variant and never also by text.word_typo): the floors
/// below were raised and the wrong findings lowered to what it measured.
/// Round 11 (rare jieba words shadowed by a word of the genre): unchanged, 37.
/// Round 12 (see [`measure_batch`]): 40, 22 (was 37, 21); wrong 3, 1 → 0, 0.
/// Round 13: 42, 24 (titles of laws in 书名号).
const FOUND_UNSEEN_R5: [usize; 2] = [42, 24];
const WRONG_UNSEEN_R5: [usize; 2] = [0, 0];

/// The unseen batch r5 of issue 17 (`misspellings_unseen_r5.tsv`, with the correct
/// sentences of `correct_unseen_r5.txt`). Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn unseen_misspellings_r5_are_measured() {
    measure_batch(
        "unseen_r5",
        include_str!("text_corpus/misspellings_unseen_r5.tsv"),
        include_str!("text_corpus/correct_unseen_r5.txt"),
        FOUND_UNSEEN_R5,
        WRONG_UNSEEN_R5,
        (60, 40),
    );
}

/// Lines of misspellings_unseen_r6.tsv found with the right correction, and wrong findings
/// there, with the default rules and with text.word_typo allowed. Written by the session of
/// branch text5 before round 6's changes, committed, then measured once: 31 and 17 of 71,
/// with 1 and 0 wrong findings (违观 → 微观 for 违规). After round 6 (the words of the genre
/// as corrections, genre-weighted ranking, names before 同志, component look-alikes whose
/// strokes pycorrector lacks, every look-alike for a word of the genre): 39 by default, 1
/// wrong. Round 7 (结过 → 结果, 整该 → 整改: a word of the genre misspelt into a function
/// character at its end): 41, 1 wrong.
/// Round 10 (a word overlapping the window vetoes it only when its outside part belongs to
/// no stronger word, and then only for a correction of the genre; year ranges joined by a
/// tilde or en dash): 43, 2 wrong (正议 → 争议 for 正义, a window an overlapping word vetoed before).
/// Round 11 (rare jieba words shadowed by a word of the genre): 51.
/// Round 12 (see [`measure_batch`]): 52 (was 51).
/// Round 13: 53, 20.
const FOUND_UNSEEN_R6: [usize; 2] = [53, 20];
const WRONG_UNSEEN_R6: [usize; 2] = [2, 0];

/// The unseen batch r6 of issue 17 (`misspellings_unseen_r6.tsv`, with the correct
/// sentences of `correct_unseen_r6.txt`). Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn unseen_misspellings_r6_are_measured() {
    measure_batch(
        "unseen_r6",
        include_str!("text_corpus/misspellings_unseen_r6.tsv"),
        include_str!("text_corpus/correct_unseen_r6.txt"),
        FOUND_UNSEEN_R6,
        WRONG_UNSEEN_R6,
        (60, 40),
    );
}

/// The reference report, a real report, has no word typo: its speaker 张正民 (a study
/// session's `speaker/name`) once read as a misspelt 改正. Names of persons and parties
/// are not read by `text.word_typo`; the same misspelling in prose still is.
#[test]
fn names_are_no_word_typos() {
    let report = Report::from_json_str(include_str!("fixtures/reference.json")).unwrap();
    let validation = report.validate_with(&with_word_typo());
    let typos: Vec<_> = validation
        .by_rule(&rules::text::WORD_TYPO)
        .map(|f| f.pointer().to_owned())
        .collect();
    assert!(typos.is_empty(), "{typos:?}");
    // The prose around the name keeps its checks: 张正 standing alone as a word is read.
    let mut report = report;
    report.measures.items[0].paragraphs[0] = "各单位要及时张正发现的问题。".to_owned();
    let validation = report.validate_with(&with_word_typo());
    let pointers: Vec<_> = validation
        .by_rule(&rules::text::WORD_TYPO)
        .map(|f| f.pointer().to_owned())
        .collect();
    assert_eq!(pointers, ["/measures/items/0/paragraphs/0"]);
}

/// Lines of misspellings_unseen_r7.tsv found with the right correction, and wrong findings
/// there, with the default rules and with text.word_typo allowed. Written blind by the
/// session of branch batch7 (without reading the rules, tables or older batches), merged
/// after round 7's changes were final and measured once; never tuned on.
/// Measured once: 64 of 90 by default (7 wrong), 38 with text.word_typo allowed (3 wrong);
/// no finding on the 60 correct sentences. Two of the wrong findings were one false alarm
/// of `text.formulation_variant` on both the misspelt and the corrected line: 负责人均出庭应诉
/// read as 负责人出庭应诉 with 均 inserted. The general fix that followed (adverbs,
/// auxiliaries, negations and prepositions before a verb of a form are prose, not
/// insertions) took the wrong findings to 5 and 1; nothing else was changed after r7 was
/// seen.
/// Round 8 (a near miss found through a lexicon correction, such as 专家论征 or 风险评佑, is
/// reported by text.formulation_variant and never also by text.word_typo): the floors
/// below were raised and the wrong findings lowered to what it measured.
/// Round 10 (a word overlapping the window vetoes it only when its outside part belongs to
/// no stronger word, and then only for a correction of the genre; year ranges joined by a
/// tilde or en dash): 71.
/// Round 11 (rare jieba words shadowed by a word of the genre): 79.
/// Round 12 (see [`measure_batch`]): found unchanged; wrong 2, 1 → 0, 0.
/// Round 13: 78; 多元化懈 is now corrected by text.formulation_variant (矛盾纠纷多元化解),
/// where the file expects text.word_typo: right under another code.
const FOUND_UNSEEN_R7: [usize; 2] = [78, 42];
const WRONG_UNSEEN_R7: [usize; 2] = [0, 0];

/// The unseen batch r7 of issue 17 (`misspellings_unseen_r7.tsv`, with the correct
/// sentences of `correct_unseen_r7.txt`). Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn unseen_misspellings_r7_are_measured() {
    measure_batch(
        "unseen_r7",
        include_str!("text_corpus/misspellings_unseen_r7.tsv"),
        include_str!("text_corpus/correct_unseen_r7.txt"),
        FOUND_UNSEEN_R7,
        WRONG_UNSEEN_R7,
        (80, 55),
    );
}

/// Lines of misspellings_unseen_r8.tsv found with the right correction, and wrong findings
/// there, with the default rules and with text.word_typo allowed. Written blind by the
/// session of branch batch8 (without reading the rules, tables or older batches), merged
/// and measured once with the rules of round 7, before any of round 8's text changes were
/// merged: 72 of 105 by default (4 wrong), 46 with text.word_typo allowed (1 wrong); no
/// finding on the 76 correct sentences. Never tuned on.
/// Round 10 (a word overlapping the window vetoes it only when its outside part belongs to
/// no stronger word, and then only for a correction of the genre; year ranges joined by a
/// tilde or en dash; 法制宣传教育 outdated since the 2016 决议): 81, 3 wrong (50 with text.word_typo
/// allowed, none wrong).
/// Round 11: 89. Lost 知哓 for 知晓: 哓 is too rare (3 in jieba's words) for a pinyin input
/// method to offer it, and same-sound characters that rare are no longer partners, which
/// ended the false alarm 亓官 → 器官 on the name 亓官宁 of batch r11.
/// Round 12 (see [`measure_batch`]): 90 (was 89); wrong 2 → 0.
/// Round 13: 91, 53.
const FOUND_UNSEEN_R8: [usize; 2] = [91, 53];
const WRONG_UNSEEN_R8: [usize; 2] = [0, 0];

/// The unseen batch r8 of issue 17 (`misspellings_unseen_r8.tsv`, with the correct
/// sentences of `correct_unseen_r8.txt`). Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn unseen_misspellings_r8_are_measured() {
    measure_batch(
        "unseen_r8",
        include_str!("text_corpus/misspellings_unseen_r8.tsv"),
        include_str!("text_corpus/correct_unseen_r8.txt"),
        FOUND_UNSEEN_R8,
        WRONG_UNSEEN_R8,
        (100, 70),
    );
}

/// A formulation misspelt into a non-word (风险评古 for 风险评估, 专家论征 for 专家论证) is
/// found through a lexicon correction; it is reported once, by `text.formulation_variant`,
/// with the canonical form, whether `text.word_typo` is on or allowed.
#[test]
fn a_formulation_found_through_the_lexicon_is_reported_once_as_a_variant() {
    let paragraphs = [
        "严格履行专家论证、风险评古等法定程序。",
        "对专业性较强的事项组织专家论征。",
    ];
    let report = report(2024, &paragraphs);
    for options in [with_word_typo(), without_word_typo()] {
        let per = text_findings_with(&report, paragraphs.len(), &options);
        for (paragraph, want) in per.iter().zip(["风险评估", "专家论证"]) {
            let got: Vec<_> = paragraph
                .iter()
                .map(|f| {
                    let suggestion = f.span().and_then(|s| s.suggestion.clone());
                    (f.code().to_owned(), suggestion)
                })
                .collect();
            assert_eq!(
                got,
                [("text.formulation_variant".to_owned(), Some(want.to_owned()))],
                "{paragraph:#?}"
            );
        }
    }
}

/// A substitution by sound or look at the first or last character of a short form is a
/// near miss where the character belongs to no other word of the lexicon, and ordinary
/// prose where it does (主义 in 社会主义法治国家, 执教 in 依法执教).
#[test]
fn a_near_miss_at_the_edge_of_a_short_form_is_judged_by_the_words_around_it() {
    let paragraphs = [
        "深入开展以案释发活动。",
        "建设社会主义法治国家。",
        "引导教师依法执教，规范办学行为。",
        "坚定“西个自信”。",
    ];
    let report = report(2024, &paragraphs);
    let per = text_findings(&report, paragraphs.len());
    let got = codes_and_suggestions(&per);
    let variant = |s: &str| vec![("text.formulation_variant".to_owned(), Some(s.to_owned()))];
    assert_eq!(
        got,
        [variant("以案释法"), vec![], vec![], variant("四个自信")]
    );
}

/// Round 10's guards against the false alarms the blind clean corpus r10 showed: a short
/// coined term in quotation marks is no ordinary word (“一证式”, “应审必审”); a form less the
/// character after its first, whose first makes a word with the text before, is two words
/// (执行规范性文件); 等 after a word closes a list (运维等问题). The typos beside them are found.
#[test]
fn coined_terms_cut_forms_and_closing_particles_are_no_typos() {
    let paragraphs = [
        "推进排污许可“一证式”管理。",
        "坚持重大行政决策“应审必审”。",
        "严格执行规范性文件合法性审核制度。",
        "排查环保手续办理、治污设施运维等问题160余个。",
        "将法治政府建设情况纳入年度绩效考和内容。",
        "全面清理行规范性文件。",
    ];
    let report = report(2024, &paragraphs);
    let per = text_findings(&report, paragraphs.len());
    let got = codes_and_suggestions(&per);
    let one = |code: &str, s: &str| vec![(code.to_owned(), Some(s.to_owned()))];
    assert_eq!(
        got,
        [
            vec![],
            vec![],
            vec![],
            vec![],
            one("text.word_typo", "考核"),
            one("text.formulation_variant", "行政规范性文件"),
        ]
    );
}

/// A six-character form less one character is a near miss where neither end of the window
/// makes a word with the text outside it (以人民中心 in 坚持以人民中心的), and ordinary prose
/// where one does (法宣传教育 in 普法宣传教育: 普法 is a word).
#[test]
fn a_short_form_less_a_character_is_judged_at_its_ends() {
    let paragraphs = ["坚持以人民中心的发展思想。", "深入开展普法宣传教育活动。"];
    let report = report(2024, &paragraphs);
    let per = text_findings(&report, paragraphs.len());
    let got = codes_and_suggestions(&per);
    assert_eq!(
        got,
        [
            vec![(
                "text.formulation_variant".to_owned(),
                Some("以人民为中心".to_owned())
            )],
            vec![],
        ]
    );
}

/// Lines of misspellings_unseen_r9.tsv found with the right correction, and wrong findings
/// there, with the default rules and with text.word_typo allowed. Written blind by the
/// session of branch batch8 in round 8 and measured once with round 9's final rules: 80 of
/// 109 by default (2 wrong), and one finding on the 78 correct sentences (经区 in
/// 本报告经区国动办党组会议审议通过, which round 10 fixed in general: a preposition before the
/// level that opens an organisation's name). Seen since; the floors below are round 10's.
/// Round 11: 96 (three findings the byte budget of one validation had dropped, counted as
/// misses until the batches were validated in parts that fit it).
/// Round 12 (see [`measure_batch`]): unchanged.
/// Round 13: 98, 58.
const FOUND_UNSEEN_R9: [usize; 2] = [98, 58];
const WRONG_UNSEEN_R9: [usize; 2] = [1, 0];

/// The batch r9 of issue 17 (`misspellings_unseen_r9.tsv`, with the correct sentences of
/// `correct_unseen_r9.txt`). Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn unseen_misspellings_r9_are_measured() {
    measure_batch(
        "unseen_r9",
        include_str!("text_corpus/misspellings_unseen_r9.tsv"),
        include_str!("text_corpus/correct_unseen_r9.txt"),
        FOUND_UNSEEN_R9,
        WRONG_UNSEEN_R9,
        (100, 70),
    );
}

/// Lines of misspellings_unseen_r10.tsv found with the right correction, and wrong findings
/// there, with the default rules and with text.word_typo allowed. Written blind by the
/// session of branch batch10 in round 10 (122 lines, 98 correct sentences), committed before
/// any rule ran on it, and measured once with round 10's rules: 80 of 122 by default (recall
/// 0.656, 4 wrong), 51 with text.word_typo allowed (2 wrong), and one finding on the correct
/// sentences (办副 → 办复 in 区委依法治区办副主任, where the genre's 办复 had become a correction).
/// That one was then fixed in general (a word lying inside the overlapping word explains
/// nothing; the deputy titles jieba lacks are words), with no change to the counts. Seen since.
/// Round 11 (rare jieba words shadowed by a word of the genre): 89.
/// Round 12 (see [`measure_batch`]): 90 (was 89); wrong 4, 2 → 0, 0.
/// Round 13: 93, 56 (titles of laws; 宪法日 for 国家宪法日; look-alikes of the new forms).
const FOUND_UNSEEN_R10: [usize; 2] = [93, 56];
const WRONG_UNSEEN_R10: [usize; 2] = [0, 0];

/// The unseen batch r10 of issue 17 (`misspellings_unseen_r10.tsv`, with the correct
/// sentences of `correct_unseen_r10.txt`). Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn unseen_misspellings_r10_are_measured() {
    measure_batch(
        "unseen_r10",
        include_str!("text_corpus/misspellings_unseen_r10.tsv"),
        include_str!("text_corpus/correct_unseen_r10.txt"),
        FOUND_UNSEEN_R10,
        WRONG_UNSEEN_R10,
        (110, 90),
    );
}

/// Lines of misspellings_unseen_r11.tsv found with the right correction, and wrong findings
/// there, with the default rules and with text.word_typo allowed. Written blind by the
/// session of branch batch11 in round 11 (135 lines, 101 correct sentences), committed before
/// any rule ran on it, and measured once with round 11's rules of that moment (the
/// floor-count shadowing of text.word_typo was in; the batch was not yet seen): 86 of 135 by
/// default, 8 wrong, one finding on the 101 correct sentences (亓官 → 器官 in the name 亓官宁).
/// That measure lost 13 findings to the byte budget of one validation (about a hundred
/// findings on a small report), which counted them as misses: validated in parts that fit
/// it, the same rules found 99 (recall 0.733), 8 wrong, and 6 more lines corrected rightly
/// under another rule's code (雇问 → 顾问, 律帅 → 律师, 规化 → 规划, 全汇 → 全会, 创健 → 创建 under
/// text.word_typo where the file expects text.formulation_variant; 承若 → 承诺 the other way):
/// 105 of 135 (0.778) with the right suggestion. The false alarm was then fixed in general
/// (same-sound characters too rare for an input method to offer are no partners). Seen since.
/// Round 12 (see [`measure_batch`]): 101 (was 99); wrong 8, 1 → 2, 0.
/// Round 13: 105, 65.
const FOUND_UNSEEN_R11: [usize; 2] = [105, 65];
const WRONG_UNSEEN_R11: [usize; 2] = [2, 0];

/// The unseen batch r11 of issue 17 (`misspellings_unseen_r11.tsv`, with the correct
/// sentences of `correct_unseen_r11.txt`). Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn unseen_misspellings_r11_are_measured() {
    measure_batch(
        "unseen_r11",
        include_str!("text_corpus/misspellings_unseen_r11.tsv"),
        include_str!("text_corpus/correct_unseen_r11.txt"),
        FOUND_UNSEEN_R11,
        WRONG_UNSEEN_R11,
        (120, 90),
    );
}

/// Lines of misspellings_unseen_r12.tsv found with the right correction, and wrong findings
/// there, with the default rules and with text.word_typo allowed. Written blind by a helper
/// session in round 12 (144 lines, 109 correct sentences) without reading the crate, and
/// measured once, before any rule was changed for it: with round 11's rules 83 of 144 by
/// default (3 more right under another code), with the look-alikes of a shared main component
/// (round 12) 84 (recall 0.583), 1 wrong (监定 → 坚定 for 鉴定), 4 more right under another
/// code, nothing on the 109 correct sentences; 48 with text.word_typo allowed, 0 wrong.
/// Seen since. Round 13 (see [`measure_batch`]): 95, 59 (the titles of laws in 书名号 had
/// been its largest group of misses).
const FOUND_UNSEEN_R12: [usize; 2] = [96, 60];
const WRONG_UNSEEN_R12: [usize; 2] = [1, 0];

/// The unseen batch r12 of issue 17 (`misspellings_unseen_r12.tsv`, with the correct
/// sentences of `correct_unseen_r12.txt`). Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn unseen_misspellings_r12_are_measured() {
    measure_batch(
        "unseen_r12",
        include_str!("text_corpus/misspellings_unseen_r12.tsv"),
        include_str!("text_corpus/correct_unseen_r12.txt"),
        FOUND_UNSEEN_R12,
        WRONG_UNSEEN_R12,
        (140, 100),
    );
}

/// Lines of misspellings_unseen_r13.tsv found with the right correction, and wrong findings
/// there, with the default rules and with text.word_typo allowed. Written blind by a helper
/// session in round 13 (141 lines, 111 correct sentences) without reading the crate; before
/// any rule ran, the 11 lines whose error lies inside a law title in 书名号 were relabelled
/// from text.word_typo to text.formulation_variant, the rule the catalogue gives law titles.
/// Measured once with round 12's rules: 75 of 141 (0.532), 0 wrong, 10 more right under
/// another code; with the titles of laws (law_titles.tsv) 84 (0.596), 0 wrong; 48 and 57 with
/// text.word_typo allowed; nothing on the 111 correct sentences. Seen since: the sourced
/// formulations of round 13 and 宪法日 → 国家宪法日 were added after it (99, 72).
const FOUND_UNSEEN_R13: [usize; 2] = [99, 72];
const WRONG_UNSEEN_R13: [usize; 2] = [0, 0];

/// The unseen batch r13 of issue 17 (`misspellings_unseen_r13.tsv`, with the correct
/// sentences of `correct_unseen_r13.txt`). Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn unseen_misspellings_r13_are_measured() {
    measure_batch(
        "unseen_r13",
        include_str!("text_corpus/misspellings_unseen_r13.tsv"),
        include_str!("text_corpus/correct_unseen_r13.txt"),
        FOUND_UNSEEN_R13,
        WRONG_UNSEEN_R13,
        (140, 100),
    );
}

/// Lines of misspellings_unseen_r14.tsv found with the right correction, and wrong findings
/// there, with the default rules and with text.word_typo allowed. Written blind by a helper
/// session in round 13 (145 lines, 112 correct sentences) without reading the crate, after
/// all of round 13's changes to the rules but the last two guards (which changed nothing
/// here), and measured once: 85 of 145 (0.586) by default, 2 wrong (辑私 for 缉私 found as 区辑 →
/// 区级; 明木 for 名木 corrected to 明天), 7 more right under another code, nothing on the 112
/// correct sentences; 55 (0.379) with text.word_typo allowed, 0 wrong. Seen since: with
/// 宪法日 → 国家宪法日 (replacements.tsv) 86, 56; with 14 more sourced formulations, added
/// after reading its misses (法治是最好的营商环境, 共建共治共享, 诉源治理, …), and the look-alikes
/// of their characters regenerated, 95, 65.
const FOUND_UNSEEN_R14: [usize; 2] = [95, 65];
const WRONG_UNSEEN_R14: [usize; 2] = [2, 0];

/// The unseen batch r14 of issue 17 (`misspellings_unseen_r14.tsv`, with the correct
/// sentences of `correct_unseen_r14.txt`). Set `FZ_SHOW_MISSES=1` to list the lines.
#[test]
fn unseen_misspellings_r14_are_measured() {
    measure_batch(
        "unseen_r14",
        include_str!("text_corpus/misspellings_unseen_r14.tsv"),
        include_str!("text_corpus/correct_unseen_r14.txt"),
        FOUND_UNSEEN_R14,
        WRONG_UNSEEN_R14,
        (140, 100),
    );
}

/// Round 13: the titles of the laws and administrative regulations in force
/// (`law_titles.tsv`, from 国家法律法规数据库) are checked where they exactly fill 书名号: one
/// confusable character (管里), one dropped (行政讼法, and 立法法 less one 法) or one added,
/// and, in a title of eight characters or more, any one character replaced (完全 for 安全).
/// A correct title, a title that is another law's, a short title with an unrelated
/// character and the same words outside 书名号 are quiet.
#[test]
fn law_titles_in_book_title_marks_are_checked() {
    let paragraphs = [
        "以《中华人民共和国土地管里法》为重点开展普法宣传。",
        "组织学习《中华人民共和国行政讼法》。",
        "深入学习《中华人民共和国立法》。",
        "围绕《中华人民共和国道路交通完全法》开展宣传。",
        "严格执行《社会求助暂行办法》。",
        "以《中华人民共和国土地管理法》为重点开展普法宣传。",
        "深入学习《中华人民共和国会计法》《中华人民共和国统计法》。",
        "学习《国家赔尝法》。",
        "交通完全法治宣传进校园。",
    ];
    let titles = report(2024, &paragraphs);
    let per = text_findings(&titles, paragraphs.len());
    let got = codes_and_suggestions(&per);
    let variant = |s: &str| vec![("text.formulation_variant".to_owned(), Some(s.to_owned()))];
    assert_eq!(
        got,
        [
            variant("中华人民共和国土地管理法"),
            variant("中华人民共和国行政诉讼法"),
            variant("中华人民共和国立法法"),
            variant("中华人民共和国道路交通安全法"),
            variant("社会救助暂行办法"),
            vec![],
            vec![],
            variant("国家赔偿法"),
            vec![],
        ]
    );
    let messages: Vec<&str> = per.iter().flatten().map(|f| f.message_zh()).collect();
    assert_eq!(
        messages,
        [
            "“中华人民共和国土地管里法”疑为法律法规名称“中华人民共和国土地管理法”的误写（“里”应为“理”，形近误写）",
            "“中华人民共和国行政讼法”疑为法律法规名称“中华人民共和国行政诉讼法”的误写（漏了“诉”字）",
            "“中华人民共和国立法”疑为法律法规名称“中华人民共和国立法法”的误写（漏了“法”字）",
            "“中华人民共和国道路交通完全法”疑为法律法规名称“中华人民共和国道路交通安全法”的误写（“完”应为“安”）",
            "“社会求助暂行办法”疑为法律法规名称“社会救助暂行办法”的误写（“求”应为“救”）",
            "“国家赔尝法”疑为法律法规名称“国家赔偿法”的误写（“尝”应为“偿”，形近误写）",
        ]
    );
    // A title of fewer than eight characters with an unrelated character is no finding:
    // 《公路法》 and 《公证法》 show how close short titles stand.
    let short = report(2024, &["严格执行《国家赔款法》。"]);
    assert_eq!(codes_and_suggestions(&text_findings(&short, 1)), [vec![]]);
}

/// Round 13's guards from the blind clean corpus r13: a suspect window that stands twice in
/// one paragraph, once where the lexicon let it pass, is the drafter's term (审必 of the
/// parallel phrase 应审必审, repeated in 审必到位); alone it is still a suspect. Words of
/// official prose that jieba lacks (高危, 提质, 数电) are words.
#[test]
fn a_window_repeated_in_its_paragraph_and_words_of_the_genre_are_no_typos() {
    let paragraphs = [
        "做到应审必审、审必到位。",
        "督促高危行业企业编制应急预案。",
        "推动税务所建设提质扩面。",
        "新办纳税人全部纳入数电发票使用范围。",
    ];
    let r = report(2024, &paragraphs);
    let got = codes_and_suggestions(&text_findings(&r, paragraphs.len()));
    assert_eq!(got, [vec![], vec![], vec![], vec![]]);
    // Alone in its report, 审必 is a suspect (a second paragraph holding it would make it a
    // term of the report).
    let alone = report(2024, &["做到审必到位。"]);
    assert_eq!(
        codes_and_suggestions(&text_findings(&alone, 1)),
        [vec![("text.word_typo".to_owned(), Some("审议".to_owned()))]]
    );
}

/// 国家宪法日 shortened to 宪法日 (the 2014 决定 of the Standing Committee names it 国家宪法日)
/// is reported by text.shortened_day_name; the full name is quiet.
#[test]
fn the_shortened_constitution_day_is_reported() {
    let paragraphs = [
        "围绕“12·4”宪法日开展宪法进机关活动。",
        "围绕“12·4”国家宪法日开展宪法进机关活动。",
    ];
    let r = report(2024, &paragraphs);
    let got = codes_and_suggestions(&text_findings(&r, paragraphs.len()));
    assert_eq!(
        got,
        [
            vec![(
                "text.shortened_day_name".to_owned(),
                Some("国家宪法日".to_owned())
            )],
            vec![],
        ]
    );
}
