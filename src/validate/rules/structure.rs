//! Rules of the `structure` family: the five mandated parts (报告结构), after
//! 《法治政府建设与责任落实督察工作规定》 第四章.
//!
//! The report must state 一 measures and results, 二 shortcomings and their causes, 三 the
//! principal's responsibility and 四 next year's plans; 五 is optional. Headings vary in
//! practice (亮点工作, 存在问题和不足, 下一步工作打算 …), so headings are matched against the
//! parts by keyword and a mismatch is only a warning.

use super::Unit;
use crate::Report;
use crate::model::PartKind;
use crate::validate::engine::{Cx, Emit};
use crate::validate::support::pointer::Pointer;
use crate::validate::support::repeats::{self, Found};
use crate::validate::support::{numeral, part_headings};
use crate::validate::walk::Leaf;
use crate::validate::{Rule, Severity, Sink};

/// `structure.part_empty`: one of the mandated parts 一 to 四 states nothing (法定部分内容为空).
///
/// A part is empty when it has no paragraph with text and no subsection (or, for part 二, no
/// shortcoming) that states something; its heading alone does not count.
///
/// Fails: `"shortcomings": {"heading": "二、存在的不足和原因"}` (no paragraph, no item).
pub const PART_EMPTY: Rule = Rule {
    code: "structure.part_empty",
    severity: Severity::Error,
    title_zh: "法定部分内容为空",
    title_en: "Mandated part is empty",
    description_zh: "《法治政府建设与责任落实督察工作规定》要求年度报告包括主要举措和成效、存在的不足和原因、党政主要负责人履行推进法治建设第一责任人职责情况、下一年度主要安排四项内容，每一部分都应有正文或小节，不能只有标题。",
    fields: &["/measures", "/shortcomings", "/responsibility", "/plans"],
};

fn part_empty(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let report = cx.report;

    let parts = [
        (PartKind::Measures, report.measures.is_empty()),
        (PartKind::Shortcomings, report.shortcomings.is_empty()),
        (PartKind::Responsibility, report.responsibility.is_empty()),
        (PartKind::Plans, report.plans.is_empty()),
    ];
    for (part, empty) in parts {
        if empty {
            emit.report(Pointer::ROOT.key(part.field()))
                .param("part", part)
                .emit(
                    format!(
                        "第{}部分“{}”没有内容：请填写正文或小节",
                        numeral(part),
                        part.title_zh()
                    ),
                    format!("part {} ({}) states nothing", numeral(part), part.field()),
                );
        }
    }
}

/// `structure.heading_mismatch`: a part's heading does not name what the part is for
/// (部分标题与法定内容不符).
///
/// Headings are matched by keyword, tolerating the variants seen in real reports: 举措、成效、
/// 亮点、工作情况、工作开展 for 一; 不足、问题、短板 for 二; 第一责任人、主要负责人 for 三; 安排、
/// 下一步、思路、打算、计划 for 四; 其他 for 五. A warning, since the content may still be right.
///
/// Fails: `"plans": {"heading": "四、存在的不足和原因", …}` (a part 二 heading on part 四).
pub const HEADING_MISMATCH: Rule = Rule {
    code: "structure.heading_mismatch",
    severity: Severity::Warning,
    title_zh: "部分标题与法定内容不符",
    title_en: "Part heading does not match the part",
    description_zh: "各部分标题应体现法定内容：第一部分含“举措”“成效”“亮点”“工作情况”等字样，第二部分含“不足”“问题”“短板”，第三部分含“第一责任人”“主要负责人”，第四部分含“安排”“下一步”“思路”“打算”“计划”，第五部分含“其他”。标题不符时可能是内容放错了部分。",
    fields: &[
        "/measures/heading",
        "/shortcomings/heading",
        "/responsibility/heading",
        "/plans/heading",
        "/other/heading",
    ],
};

fn heading_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let report = cx.report;

    for (part, heading) in part_headings(report) {
        let Some(heading) = heading else { continue };
        if heading.trim().is_empty() {
            continue; // blank_text reports it
        }
        if keywords_of(part).iter().any(|w| heading.contains(w)) {
            continue;
        }
        let matched = classify_heading(heading);
        let expected = keywords_of(part)
            .iter()
            .map(|w| format!("“{w}”"))
            .collect::<Vec<_>>()
            .join("");
        let looks_like = matched
            .iter()
            .map(|p| format!("第{}部分“{}”", numeral(*p), p.title_zh()))
            .collect::<Vec<_>>()
            .join("或");
        let hint_zh = if looks_like.is_empty() {
            String::new()
        } else {
            format!("，看起来像{looks_like}的标题，请核对内容是否放错部分")
        };
        let hint_en = if matched.is_empty() {
            String::new()
        } else {
            let parts: Vec<&str> = matched.iter().map(|p| numeral(*p)).collect();
            format!("; it reads like the heading of part {}", parts.join("/"))
        };
        emit.report(Pointer::ROOT.key(part.field()).key("heading"))
            .param("heading", heading)
            .param("part", part)
            .param("looks_like", &matched)
            .emit(
                format!(
                    "第{}部分标题“{heading}”不含{expected}等字样，与法定内容“{}”不符{hint_zh}",
                    numeral(part),
                    part.title_zh()
                ),
                format!(
                    "the heading of part {} ({}) \"{heading}\" has none of its keywords{hint_en}",
                    numeral(part),
                    part.field()
                ),
            );
    }
}

/// `structure.shortcoming_without_cause`: a shortcoming states no cause (不足未分析原因).
///
/// The mandated part is 存在的不足**和原因**: each shortcoming should say why it arose. A
/// cause that is present but blank is reported by [`BLANK_TEXT`] instead.
///
/// Fails: `"items": [{"problem": "法治宣传有待加强"}]` (no `cause`).
pub const SHORTCOMING_WITHOUT_CAUSE: Rule = Rule {
    code: "structure.shortcoming_without_cause",
    severity: Severity::Warning,
    title_zh: "不足未说明原因",
    title_en: "Shortcoming without a cause",
    description_zh: "第二部分的法定内容为“存在的不足和原因”，每项不足都应分析产生的原因，而不只是列出问题和整改打算。",
    fields: &["/shortcomings/items/*", "/shortcomings/items/*/cause"],
};

fn shortcoming_without_cause(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let report = cx.report;

    for (i, item) in report.shortcomings.items.iter().enumerate() {
        if item.cause.is_some() {
            continue;
        }
        let marker = item.marker.as_deref().unwrap_or("");
        emit.report(Pointer::ROOT.key("shortcomings").key("items").index(i))
            .param("problem", &item.problem)
            .param("missing", "cause")
            .emit(
                format!(
                    "不足“{marker}{}”没有说明原因：第二部分的法定内容是“存在的不足和原因”",
                    item.problem
                ),
                format!(
                    "shortcoming \"{}\" states no cause (field `cause`)",
                    item.problem
                ),
            );
    }
}

/// `structure.repeated_section`: a subsection repeats, almost verbatim, a subsection of
/// another part (小节内容重复).
///
/// Measured as the share of the shorter subsection's character 5-grams (letters and digits
/// only, punctuation and spaces dropped; repeats counted) that also occur in the longer one;
/// at [`REPEAT_THRESHOLD`] or more, the later subsection is reported, once, against the
/// earlier one it repeats most (the earliest of equals). Calibrated on the reference report,
/// where 三（四） repeats 一（四） at 0.62 and every other pair of subsections stays at or below
/// 0.12.
///
/// **Small reports exactly, where memory allows.** When at most 64 subsections are compared,
/// their paragraphs hold at most 64 KiB, and the index of all their 5-grams (about 40
/// bytes per letter or digit) takes at most half the report's least JSON size (so that
/// validation's memory stays below the input's size; a report of mostly figures and
/// names), every pair is measured exactly through that index, whatever the pieces they
/// share. Other reports, most real ones among them, are compared by winnowing.
///
/// **Bounded** (time and memory linear in the report's text). Otherwise pairs are found by winnowing
/// (Schleimer, Wilkerson and Aiken 2003, the algorithm of MOSS; its robust variant, which
/// keeps a selected fingerprint among equal minima, so that a text of few distinct 5-grams
/// gives one fingerprint a window) with 5-grams and windows of 16 of them: **every pair of subsections that share a run of at least 16 + 5 − 1 = 20
/// letters and digits shares a fingerprint** and is considered, so a subsection copied
/// whole (at least 20 letters and digits, the shortest compared) is always found. A
/// repeat made only of shorter shared pieces may be missed. For each subsection, the
/// eight earlier subsections of other parts with the largest estimated share (the
/// shorter one's distinct fingerprints found in the other) are then measured exactly. A
/// fingerprint is followed to its first 32 holders only (one held by more is
/// boilerplate), and exact measures stop when the shorter subsection has more than 16,384
/// 5-grams, when its distinct 5-grams would take more than 64 KiB and half the report's
/// least JSON size (about 56 bytes each), or once they have read 16 5-grams per letter and
/// digit of the report: such pairs keep the fingerprint estimate, and their finding says so (`"estimated": true`
/// among its params, “据文本指纹估计约…” / "an estimated …" in its messages). On every
/// fixture of the crate all pairs are measured exactly, with the same findings as
/// comparing every pair.
///
/// Fails: part 三's `（四）重大行政决策科学合法合规` copying the paragraphs of part 一's `（四）`.
pub const REPEATED_SECTION: Rule = Rule {
    code: "structure.repeated_section",
    severity: Severity::Warning,
    title_zh: "小节内容与其他部分重复",
    title_en: "Subsection repeats another part",
    description_zh: "不同部分的小节内容基本相同（如第三部分照抄第一部分的某一小节）。各部分法定内容不同，第三部分应写主要负责人本人履职情况，不宜重复第一部分的工作举措。",
    fields: &[
        "/*/items/*",
        "/*/items/*/paragraphs",
        "/responsibility/items/*/paragraphs",
        "/plans/items/*/paragraphs",
        "/other/items/*/paragraphs",
    ],
};

/// The check's body (`check_repeats`, with its fingerprint machinery) reports through the
/// sink directly; it emits this rule's code only.
fn repeated_section(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    check_repeats(cx.report, emit.unscoped());
}

/// `structure.blank_text`: a text field holds only whitespace (文本为空).
///
/// Every text field that is present must say something: a required field (a heading, a
/// problem) or an optional one that was filled in. An empty text (`""`) is already refused by
/// the parser, as the schema's `minLength` says; this rule finds texts of spaces alone.
/// Leave an optional field out instead.
///
/// Fails: `"paragraphs": ["  "]`.
pub const BLANK_TEXT: Rule = Rule {
    code: "structure.blank_text",
    severity: Severity::Error,
    title_zh: "文本内容为空",
    title_en: "Blank text field",
    description_zh: "填写的文本字段不能为空或只有空格。可选字段没有内容时应省略，不要填空字符串。",
    // The whole document: every text field.
    fields: &[""],
};

fn blank_text(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    cx.each_field(|pointer, leaf| {
        let Leaf::Text(text) = leaf else { return };
        // Blank means `text.trim().is_empty()`; this stops at the first character that is
        // not whitespace, usually the first one.
        if !text.chars().all(char::is_whitespace) {
            return;
        }
        emit.report(&pointer.pointer()).emit(
            "此处文本为空或只有空格：请填写内容，可选字段无内容时请删除该字段",
            format!("the text at {pointer} is empty or whitespace only"),
        );
    });
}

/// The containment at which [`REPEATED_SECTION`] fires: half of the shorter subsection's
/// 5-grams found in the longer one.
pub const REPEAT_THRESHOLD: f64 = 0.5;

/// The rules of this family with their checks, in catalogue order.
pub(crate) static UNITS: &[Unit] = &[
    Unit::own(&PART_EMPTY, part_empty),
    Unit::own(&HEADING_MISMATCH, heading_mismatch),
    Unit::own(&SHORTCOMING_WITHOUT_CAUSE, shortcoming_without_cause),
    Unit::own(&REPEATED_SECTION, repeated_section),
    Unit::own(&BLANK_TEXT, blank_text),
    Unit::own(&ITEM_TOO_DEEP, item_too_deep),
];

/// `structure.item_too_deep`: an item below the fourth heading level (标题层级超过四级).
///
/// Official documents number their headings in four levels (《党政机关公文格式》 GB/T
/// 9704—2012 7.3.3: “一、” “（一）” “1.” “（1）”); a subsection's `items` are the third
/// level and theirs the fourth. An item below that has no numbering to print and is
/// reported at the item; its figures are still checked.
///
/// Fails: `"items": [{"heading": "1.", "items": [{"heading": "（1）", "items": [{"heading":
/// "①"}]}]}]` inside a subsection.
pub const ITEM_TOO_DEEP: Rule = Rule {
    code: "structure.item_too_deep",
    severity: Severity::Error,
    title_zh: "标题层级超过四级",
    title_en: "Item below the fourth heading level",
    description_zh: "公文结构层次序数为“一、”“（一）”“1.”“（1）”四级（GB/T 9704—2012），小节下的条目最多到第四级。",
    fields: &["/*/items/*/items/*/items/*/items/*"],
};

fn item_too_deep(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    cx.each_section(|located| {
        if located.level == DEEPEST_LEVEL + 1 {
            emit.report(&located.pointer)
                .param("level", located.level)
                .emit(
                    format!(
                        "“{}”是第{}级标题，公文标题最多四级（一、（一）1.（1））",
                        located.section.heading, located.level
                    ),
                    format!(
                        "\"{}\" is at heading level {}; official documents have four",
                        located.section.heading, located.level
                    ),
                );
        }
    });
}

/// The deepest heading level an item may have.
const DEEPEST_LEVEL: usize = 4;

/// Keywords that identify each part's heading (domain brief §1.4).
const HEADING_KEYWORDS: [(PartKind, &[&str]); 5] = [
    (
        PartKind::Measures,
        &["举措", "成效", "亮点", "工作情况", "工作开展"],
    ),
    (PartKind::Shortcomings, &["不足", "问题", "短板"]),
    (PartKind::Responsibility, &["第一责任人", "主要负责人"]),
    (PartKind::Plans, &["安排", "下一步", "思路", "打算", "计划"]),
    (PartKind::Other, &["其他"]),
];

/// The parts whose keywords occur in a heading, in mandated order.
fn classify_heading(heading: &str) -> Vec<PartKind> {
    HEADING_KEYWORDS
        .iter()
        .filter(|(_, words)| words.iter().any(|w| heading.contains(w)))
        .map(|(part, _)| *part)
        .collect()
}

fn keywords_of(part: PartKind) -> &'static [&'static str] {
    HEADING_KEYWORDS
        .iter()
        .find(|(p, _)| *p == part)
        .map_or(&[], |(_, words)| words)
}

fn check_repeats(report: &Report, sink: &mut Sink<'_>) {
    for found in repeats::find(report, REPEAT_THRESHOLD) {
        emit_repeat(&found, sink);
    }
}

fn emit_repeat(repeat: &Found<'_>, sink: &mut Sink<'_>) {
    let (later, earlier) = (&repeat.later, &repeat.earlier);
    let share = repeat.share;
    let percent = (share * 100.0).round();
    let (share_zh, share_en) = if repeat.estimated {
        (
            format!("据文本指纹估计约{percent}%的文字相同"),
            format!("an estimated {percent}% of the shorter text's 5-grams, from fingerprints"),
        )
    } else {
        (
            format!("{percent}%的文字相同"),
            format!("{percent}% of the shorter text's 5-grams"),
        )
    };
    let mut finding = sink
        .report(
            &REPEATED_SECTION,
            Pointer::ROOT
                .key(later.part.field())
                .key("items")
                .index(later.index),
        )
        .related(
            Pointer::ROOT
                .key(earlier.part.field())
                .key("items")
                .index(earlier.index),
        )
        .param("share", (share * 1000.0).round() / 1000.0)
        .param("threshold", REPEAT_THRESHOLD);
    if repeat.estimated {
        finding = finding.param("estimated", true);
    }
    finding.emit(
        format!(
            "第{}部分“{}”与第{}部分“{}”内容基本重复（{share_zh}），请按本部分的法定内容重写",
            numeral(later.part),
            later.section.heading,
            numeral(earlier.part),
            earlier.section.heading
        ),
        format!(
            "subsection {}/items/{} repeats {}/items/{} ({share_en})",
            later.part.field(),
            later.index,
            earlier.part.field(),
            earlier.index
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Section;
    use crate::validate::support::repeats::{REPEAT_EXACT_GRAMS, REPEAT_MIN_CHARS, REPEAT_NGRAM};

    #[test]
    fn classifier_tolerates_observed_variants() {
        let cases = [
            (
                "一、2023年推进法治政府建设主要举措和成效",
                PartKind::Measures,
            ),
            ("一、工作进展情况及亮点", PartKind::Measures),
            ("一、工作开展情况", PartKind::Measures),
            ("二、存在问题和不足", PartKind::Shortcomings),
            ("二、存在的短板", PartKind::Shortcomings),
            (
                "三、党政主要负责人履行推进法治建设第一责任人职责的有关情况",
                PartKind::Responsibility,
            ),
            ("四、下一步工作打算", PartKind::Plans),
            ("四、2024年工作思路", PartKind::Plans),
            ("五、其他需要报告的情况", PartKind::Other),
        ];
        for (heading, part) in cases {
            assert!(classify_heading(heading).contains(&part), "{heading}");
        }
        assert!(classify_heading("一、总体情况").is_empty());
    }

    /// SplitMix64, for reproducible texts.
    fn next(state: &mut u64) -> u64 {
        *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn random_text(state: &mut u64, len: usize) -> String {
        (0..len)
            .map(|_| char::from_u32(0x4E00 + (next(state) % 3000) as u32).unwrap_or('中'))
            .collect()
    }

    fn report_with(parts: [Vec<String>; 2]) -> Report {
        let mut report: Report =
            Report::from_json_str(include_str!("../../../tests/fixtures/minimal.json")).unwrap();
        let [measures, plans] = parts;
        report.measures.items = measures
            .into_iter()
            .enumerate()
            .map(|(i, p)| Section::new(format!("（{}）", i + 1), [p]))
            .collect();
        report.plans.items = plans
            .into_iter()
            .enumerate()
            .map(|(i, p)| Section::new(format!("（{}）", i + 1), [p]))
            .collect();
        report.responsibility.items.clear();
        report
    }

    /// The rule's findings: (pointer, related, share, estimated).
    fn repeats(report: &Report) -> Vec<(String, String, f64, bool)> {
        report
            .validate()
            .by_rule(&REPEATED_SECTION)
            .map(|f| {
                (
                    f.pointer().to_owned(),
                    f.related()[0].clone(),
                    f.params()["share"].as_f64().unwrap_or(-1.0),
                    f.params().contains_key("estimated"),
                )
            })
            .collect()
    }

    /// The findings of winnowing alone, without the exact index of small reports, in the
    /// form of [`repeats`].
    fn by_winnowing(report: &Report) -> Vec<(String, String, f64, bool)> {
        by_method(report, repeats::Method::Winnowing)
    }

    /// The findings of the exact index (where it is allowed, whatever its memory), in the
    /// form of [`repeats`].
    fn by_exact_index(report: &Report) -> Vec<(String, String, f64, bool)> {
        by_method(report, repeats::Method::Exact)
    }

    fn by_method(report: &Report, method: repeats::Method) -> Vec<(String, String, f64, bool)> {
        repeats::find_with(report, REPEAT_THRESHOLD, method)
            .iter()
            .map(|f| {
                let at = |p: &repeats::Place<'_>| format!("/{}/items/{}", p.part.field(), p.index);
                (
                    at(&f.later),
                    at(&f.earlier),
                    (f.share * 1000.0).round() / 1000.0,
                    f.estimated,
                )
            })
            .collect()
    }

    /// The definition, pair by pair: the share of the shorter subsection's 5-grams
    /// (repeats counted) found in the longer, the best earlier one per later subsection.
    fn naive(report: &Report) -> Vec<(String, String, f64, bool)> {
        let mut subs = Vec::new();
        for (part, items) in report.section_parts() {
            for (i, s) in items.iter().enumerate() {
                let chars: Vec<char> = s
                    .paragraphs
                    .iter()
                    .flat_map(|p| p.chars())
                    .filter(|c| c.is_alphanumeric())
                    .collect();
                if chars.len() >= REPEAT_MIN_CHARS {
                    let grams: Vec<Vec<char>> = chars.windows(5).map(<[char]>::to_vec).collect();
                    subs.push((part, i, grams));
                }
            }
        }
        let mut out = Vec::new();
        for b in 0..subs.len() {
            let mut best: Option<(usize, f64)> = None;
            for a in 0..b {
                if subs[a].0 == subs[b].0 {
                    continue;
                }
                let (short, long) = if subs[a].2.len() <= subs[b].2.len() {
                    (&subs[a].2, &subs[b].2)
                } else {
                    (&subs[b].2, &subs[a].2)
                };
                let set: std::collections::HashSet<&Vec<char>> = long.iter().collect();
                let share =
                    short.iter().filter(|g| set.contains(g)).count() as f64 / short.len() as f64;
                if share >= REPEAT_THRESHOLD && best.is_none_or(|(_, s)| share > s) {
                    best = Some((a, share));
                }
            }
            if let Some((a, share)) = best {
                let at = |s: usize| format!("/{}/items/{}", subs[s].0.field(), subs[s].1);
                out.push((at(b), at(a), (share * 1000.0).round() / 1000.0, false));
            }
        }
        out
    }

    #[test]
    fn findings_equal_the_exact_definition_on_planted_copies() {
        let mut state = 17;
        for case in 0..200 {
            // Subsections of shared stock phrases and random text; some plan subsections
            // copy, in part, a subsection of part 一, with edits. Every shared passage has
            // at least REPEAT_MIN_CHARS = 20 characters, the length winnowing guarantees to
            // see (a subsection repeating less than that in one piece may be missed).
            let stock = [
                "坚持严格规范公正文明执法全面推进依法行政工作",
                "深入学习贯彻习近平法治思想全面推进法治政府建设",
                "健全重大行政决策程序制度落实合法性审查要求",
            ];
            let text = |state: &mut u64| {
                let mut t = String::new();
                for _ in 0..(1 + next(state) % 6) {
                    if next(state).is_multiple_of(3) {
                        t.push_str(stock[(next(state) % 3) as usize]);
                    } else {
                        let len = (5 + next(state) % 60) as usize;
                        t.push_str(&random_text(state, len));
                    }
                }
                t
            };
            let measures: Vec<String> = (0..(2 + case % 9)).map(|_| text(&mut state)).collect();
            let plans: Vec<String> = (0..(2 + case % 7))
                .map(|_| {
                    let source = &measures[(next(&mut state) % measures.len() as u64) as usize];
                    let chars: Vec<char> = source.chars().collect();
                    match next(&mut state) % 3 {
                        0 => text(&mut state),
                        1 => {
                            let cut = (chars.len() * (40 + (next(&mut state) % 60) as usize) / 100)
                                .clamp(REPEAT_MIN_CHARS.min(chars.len()), chars.len());
                            let mut t: String = chars[..cut].iter().collect();
                            t.push_str(&text(&mut state));
                            t
                        }
                        _ => {
                            let mut t = text(&mut state);
                            t.push_str(source);
                            t
                        }
                    }
                })
                .collect();
            let report = report_with([measures, plans]);
            // The rule, the exact index (the reports are small) and winnowing alone all
            // give the definition's findings.
            assert_eq!(repeats(&report), naive(&report), "case {case}");
            assert_eq!(by_exact_index(&report), naive(&report), "case {case}");
            assert_eq!(by_winnowing(&report), naive(&report), "case {case}");
        }
    }

    /// At the exact index's bound of 64 subsections and past it, the rule gives the
    /// definition's findings.
    #[test]
    fn findings_at_the_exact_index_bound() {
        let mut state = 29;
        for measures in [32, 33] {
            let texts: Vec<String> = (0..measures).map(|_| random_text(&mut state, 40)).collect();
            let plans: Vec<String> = (0..32)
                .map(|i| {
                    let mut t = random_text(&mut state, 30);
                    if i % 4 == 0 {
                        t.push_str(&texts[i % texts.len()]);
                    }
                    t
                })
                .collect();
            let report = report_with([texts, plans]);
            let found = repeats(&report);
            assert_eq!(found.len(), 8, "{measures}: {found:?}");
            assert_eq!(found, naive(&report), "{measures}");
            assert_eq!(by_exact_index(&report), naive(&report), "{measures}");
            assert_eq!(by_winnowing(&report), naive(&report), "{measures}");
        }
    }

    #[test]
    fn a_pair_too_long_to_measure_exactly_is_estimated_and_says_so() {
        let mut state = 3;
        let long = random_text(&mut state, REPEAT_EXACT_GRAMS + 1000);
        let report = report_with([vec![long.clone()], vec![long]]);
        let found = repeats(&report);
        assert_eq!(found.len(), 1);
        let (pointer, related, share, estimated) = &found[0];
        assert_eq!(
            (pointer.as_str(), related.as_str()),
            ("/plans/items/0", "/measures/items/0")
        );
        assert!(*estimated && *share == 1.0, "{found:?}");
        let validation = report.validate();
        let finding = validation.by_rule(&REPEATED_SECTION).next().unwrap();
        assert!(
            finding.message_zh().contains("估计"),
            "{}",
            finding.message_zh()
        );
        assert!(
            finding.message_en().contains("estimated"),
            "{}",
            finding.message_en()
        );
        // Shorter by one character than the exact limit, but its scratch (16,384 distinct
        // 5-grams, about 870 KB) would be several times this 100 KB report: estimated.
        let short = random_text(&mut state, REPEAT_EXACT_GRAMS + REPEAT_NGRAM - 1);
        let mut report = report_with([vec![short.clone()], vec![short]]);
        let found = repeats(&report);
        assert_eq!(found.len(), 1);
        assert!(found[0].3 && found[0].2 == 1.0, "{found:?}");
        // The same pair in a report whose least JSON holds twice that scratch (a long
        // title): measured exactly, no estimate.
        report.meta.title = "a".repeat(2 * REPEAT_EXACT_GRAMS * 56);
        let found = repeats(&report);
        assert_eq!(found.len(), 1);
        assert!(!found[0].3 && found[0].2 == 1.0, "{found:?}");
        let validation = report.validate();
        let finding = validation.by_rule(&REPEATED_SECTION).next().unwrap();
        assert!(!finding.message_zh().contains("估计"));
    }

    /// A pair whose shorter subsection is long but has few distinct 5-grams (one pattern
    /// repeated) is measured exactly in a small report: the scratch holds distinct 5-grams
    /// only, not room for every character.
    #[test]
    fn a_long_pair_of_few_distinct_grams_is_measured_exactly_in_a_small_report() {
        let text = "1a".repeat(5_000);
        let report = report_with([vec![text.clone()], vec![text]]);
        let found = repeats(&report);
        assert_eq!(found.len(), 1);
        assert!(!found[0].3 && found[0].2 == 1.0, "{found:?}");
    }
}
