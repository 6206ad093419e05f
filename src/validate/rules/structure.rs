//! Rules of the `structure` family: the five mandated parts (报告结构), after
//! 《法治政府建设与责任落实督察工作规定》 第四章.
//!
//! The report must state 一 measures and results, 二 shortcomings and their causes, 三 the
//! principal's responsibility and 四 next year's plans; 五 is optional. Headings vary in
//! practice (亮点工作, 存在问题和不足, 下一步工作打算 …), so headings are matched against the
//! parts by keyword and a mismatch is only a warning.

use crate::Report;
use crate::model::{PartKind, Section};
use crate::validate::walk::{Leaf, Walked};
use crate::validate::{Options, Rule, Severity, Sink, ptr};

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
    fields: &["/shortcomings/items/*/cause"],
};

/// `structure.repeated_section`: a subsection repeats, almost verbatim, a subsection of
/// another part (小节内容重复).
///
/// Measured as the share of the shorter subsection's character 5-grams (letters and digits
/// only, punctuation and spaces dropped) that also occur in the longer one; at
/// [`REPEAT_THRESHOLD`] or more, the later subsection is reported. Calibrated on the
/// reference report, where 三（四） repeats 一（四） at 0.62 and every other pair of
/// subsections stays at or below 0.12.
///
/// Fails: part 三's `（四）重大行政决策科学合法合规` copying the paragraphs of part 一's `（四）`.
pub const REPEATED_SECTION: Rule = Rule {
    code: "structure.repeated_section",
    severity: Severity::Warning,
    title_zh: "小节内容与其他部分重复",
    title_en: "Subsection repeats another part",
    description_zh: "不同部分的小节内容基本相同（如第三部分照抄第一部分的某一小节）。各部分法定内容不同，第三部分应写主要负责人本人履职情况，不宜重复第一部分的工作举措。",
    fields: &[
        "/*/items/*/paragraphs",
        "/responsibility/items/*/paragraphs",
        "/plans/items/*/paragraphs",
        "/other/items/*/paragraphs",
    ],
};

/// `structure.blank_text`: a text field is empty or only whitespace (文本为空).
///
/// Every text field that is present must say something: a required field (a heading, a
/// problem) or an optional one that was filled in. Leave an optional field out instead of
/// writing `""`.
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

/// The containment at which [`REPEATED_SECTION`] fires: half of the shorter subsection's
/// 5-grams found in the longer one.
pub const REPEAT_THRESHOLD: f64 = 0.5;

/// The n-gram length of [`REPEATED_SECTION`], in characters.
const REPEAT_NGRAM: usize = 5;

/// Subsections shorter than this (letters and digits) are too short to compare.
const REPEAT_MIN_CHARS: usize = 20;

/// The rules of this family, in catalogue order.
pub(crate) static RULES: &[&Rule] = &[
    &PART_EMPTY,
    &HEADING_MISMATCH,
    &SHORTCOMING_WITHOUT_CAUSE,
    &REPEATED_SECTION,
    &BLANK_TEXT,
];

pub(crate) fn check(report: &Report, walked: &Walked<'_>, _options: &Options, sink: &mut Sink<'_>) {
    check_empty_parts(report, sink);
    check_headings(report, sink);
    check_causes(report, sink);
    if !sink.allowed(&REPEATED_SECTION) {
        check_repeats(report, sink);
    }
    check_blank_text(walked, sink);
}

/// The part's number as printed (一 … 五).
pub(crate) fn numeral(part: PartKind) -> &'static str {
    match part {
        PartKind::Measures => "一",
        PartKind::Shortcomings => "二",
        PartKind::Responsibility => "三",
        PartKind::Plans => "四",
        PartKind::Other => "五",
    }
}

fn check_empty_parts(report: &Report, sink: &mut Sink<'_>) {
    let parts = [
        (PartKind::Measures, report.measures.is_empty()),
        (PartKind::Shortcomings, report.shortcomings.is_empty()),
        (PartKind::Responsibility, report.responsibility.is_empty()),
        (PartKind::Plans, report.plans.is_empty()),
    ];
    for (part, empty) in parts {
        if empty {
            sink.report(&PART_EMPTY, ptr![part.field()])
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

fn check_headings(report: &Report, sink: &mut Sink<'_>) {
    let headings = [
        (PartKind::Measures, Some(&report.measures.heading)),
        (PartKind::Shortcomings, Some(&report.shortcomings.heading)),
        (
            PartKind::Responsibility,
            Some(&report.responsibility.heading),
        ),
        (PartKind::Plans, Some(&report.plans.heading)),
        (PartKind::Other, report.other.as_ref().map(|o| &o.heading)),
    ];
    for (part, heading) in headings {
        let Some(heading) = heading else { continue };
        if heading.trim().is_empty() {
            continue; // blank_text reports it
        }
        let matched = classify_heading(heading);
        if matched.contains(&part) {
            continue;
        }
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
        sink.report(&HEADING_MISMATCH, ptr![part.field(), "heading"])
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

fn check_causes(report: &Report, sink: &mut Sink<'_>) {
    for (i, item) in report.shortcomings.items.iter().enumerate() {
        if item.cause.is_some() {
            continue;
        }
        let marker = item.marker.as_deref().unwrap_or("");
        sink.report(&SHORTCOMING_WITHOUT_CAUSE, ptr!["shortcomings", "items", i])
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

/// A subsection prepared for comparison.
struct Prepared {
    part: PartKind,
    index: usize,
    chars: usize,
    /// Every n-gram of the text, in order, duplicates kept (containment counts them).
    grams: Vec<u128>,
}

/// Every distinct n-gram of the prepared subsections, with the set of subsections that
/// contain it (one bit each): open addressing with linear probing, zero marking an empty
/// slot (a packed n-gram of letters and digits is never zero).
struct GramIndex {
    keys: Vec<u128>,
    /// `words` bit words per slot: bit `s` says subsection `s` contains the n-gram.
    bits: Vec<u64>,
    words: usize,
    mask: usize,
}

impl GramIndex {
    fn of(prepared: &[Prepared]) -> GramIndex {
        let total: usize = prepared.iter().map(|p| p.grams.len()).sum();
        let capacity = (total * 2).next_power_of_two().max(8);
        let words = prepared.len().div_ceil(64).max(1);
        let mut index = GramIndex {
            keys: vec![0; capacity],
            bits: vec![0; capacity * words],
            words,
            mask: capacity - 1,
        };
        for (s, p) in prepared.iter().enumerate() {
            for &g in &p.grams {
                let at = index.find(g);
                index.keys[at] = g;
                index.bits[at * words + s / 64] |= 1 << (s % 64);
            }
        }
        index
    }

    /// The slot holding `g`, or the empty slot where it belongs.
    fn find(&self, g: u128) -> usize {
        // Fold the two halves and spread them with a multiplicative hash; the high bits of
        // the product are the best mixed. Truncation to the table size is intended.
        let folded = (g as u64) ^ ((g >> 64) as u64).rotate_left(29);
        let mut at = (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & self.mask;
        loop {
            let key = self.keys[at];
            if key == g || key == 0 {
                return at;
            }
            at = (at + 1) & self.mask;
        }
    }

    /// Sets `row[t]` to how many of `grams` (duplicates counted) subsection `t` contains,
    /// for every `t` whose bit is not set in `exclude` (those are left at zero).
    fn row(&self, grams: &[u128], exclude: &[u64], row: &mut [u32]) {
        row.fill(0);
        for &g in grams {
            let at = self.find(g);
            let bits = &self.bits[at * self.words..(at + 1) * self.words];
            for (w, (&word, &skip)) in bits.iter().zip(exclude).enumerate() {
                let mut word = word & !skip;
                while word != 0 {
                    let t = w * 64 + word.trailing_zeros() as usize;
                    if let Some(count) = row.get_mut(t) {
                        *count += 1;
                    }
                    word &= word - 1;
                }
            }
        }
    }
}

/// Whether a character counts as text for the comparison (letters and digits). The common
/// CJK ideographs and the usual Chinese punctuation are decided without the Unicode tables.
fn is_text_char(c: char) -> bool {
    match c {
        '\u{4E00}'..='\u{9FFF}' => true,
        '，' | '。' | '、' | '；' | '：' | '“' | '”' | '（' | '）' | '《' | '》' => {
            false
        }
        _ => c.is_alphanumeric(),
    }
}

/// Letters and digits of a subsection's paragraphs (punctuation and spaces dropped),
/// written into `out`.
fn normalized(section: &Section, out: &mut Vec<char>) {
    out.clear();
    for paragraph in &section.paragraphs {
        out.extend(paragraph.chars().filter(|c| is_text_char(*c)));
    }
}

/// The n-grams of `chars`, each packed exactly into an integer: a `char` needs 21 bits, so
/// five fit in a `u128` and equal keys mean equal windows, without hashing.
fn grams(chars: &[char]) -> Vec<u128> {
    const BITS: u32 = 21;
    const MASK: u128 = (1 << (BITS * REPEAT_NGRAM as u32)) - 1;
    let mut out = Vec::with_capacity(chars.len().saturating_sub(REPEAT_NGRAM - 1));
    let mut key: u128 = 0;
    for (i, c) in chars.iter().enumerate() {
        key = ((key << BITS) | u128::from(u32::from(*c))) & MASK;
        if i + 1 >= REPEAT_NGRAM {
            out.push(key);
        }
    }
    out
}

/// Share of `found` among `grams` n-grams (0 to 1).
fn share(found: u32, grams: usize) -> f64 {
    if grams == 0 {
        return 0.0;
    }
    f64::from(found) / grams as f64
}

fn check_repeats(report: &Report, sink: &mut Sink<'_>) {
    let mut prepared = Vec::new();
    let mut chars = Vec::new();
    for (part, items) in report.section_parts() {
        for (index, section) in items.iter().enumerate() {
            normalized(section, &mut chars);
            if chars.len() < REPEAT_MIN_CHARS {
                continue;
            }
            prepared.push(Prepared {
                part,
                index,
                chars: chars.len(),
                grams: grams(&chars),
            });
        }
    }
    if prepared.len() < 2 {
        return;
    }
    let index = GramIndex::of(&prepared);
    // For each pair of subsections of different parts, the share of the shorter one's
    // n-grams found in the longer one (the earlier one counts as shorter on a tie). Each
    // later subsection is reported once, against the earlier one it repeats most (the
    // earliest of equals).
    let mut best: Vec<Option<(usize, f64)>> = vec![None; prepared.len()];
    let mut row = vec![0u32; prepared.len()];
    // Subsections of one part are never compared with each other, so their bits are
    // masked off before counting (a report's subsections are mostly in part 一).
    let mut exclude = vec![0u64; index.words];
    for (s, short) in prepared.iter().enumerate() {
        exclude.fill(0);
        for (t, other) in prepared.iter().enumerate() {
            if other.part == short.part {
                exclude[t / 64] |= 1 << (t % 64);
            }
        }
        index.row(&short.grams, &exclude, &mut row);
        for (t, long) in prepared.iter().enumerate() {
            let is_short = if s < t {
                short.chars <= long.chars
            } else {
                short.chars < long.chars
            };
            if t == s || short.part == long.part || !is_short {
                continue;
            }
            let share = share(row[t], short.grams.len());
            let (a, b) = (s.min(t), s.max(t));
            if share >= REPEAT_THRESHOLD
                && best[b].is_none_or(|(was, s)| share > s || (share == s && a < was))
            {
                best[b] = Some((a, share));
            }
        }
    }
    let found: Vec<(usize, usize, f64)> = best
        .iter()
        .enumerate()
        .filter_map(|(b, found)| found.map(|(a, s)| (b, a, s)))
        .collect();
    for (b, a, share) in found {
        let (later, earlier) = (&prepared[b], &prepared[a]);
        let sections = |p: &Prepared| {
            report
                .section_parts()
                .find(|(k, _)| *k == p.part)
                .map(|(_, s)| s)
        };
        let heading = |p: &Prepared| {
            sections(p)
                .and_then(|s| s.get(p.index))
                .map_or("", |s| s.heading.as_str())
                .to_owned()
        };
        let (later_heading, earlier_heading) = (heading(later), heading(earlier));
        let percent = (share * 100.0).round();
        sink.report(
            &REPEATED_SECTION,
            ptr![later.part.field(), "items", later.index],
        )
        .related(ptr![earlier.part.field(), "items", earlier.index])
        .param("share", (share * 1000.0).round() / 1000.0)
        .param("threshold", REPEAT_THRESHOLD)
        .emit(
            format!(
                "第{}部分“{later_heading}”与第{}部分“{earlier_heading}”内容基本重复（{percent}%的文字相同），请按本部分的法定内容重写",
                numeral(later.part),
                numeral(earlier.part)
            ),
            format!(
                "subsection {}/items/{} repeats {}/items/{} ({percent}% of the shorter text's 5-grams)",
                later.part.field(),
                later.index,
                earlier.part.field(),
                earlier.index
            ),
        );
    }
}

fn check_blank_text(walked: &Walked<'_>, sink: &mut Sink<'_>) {
    for (pointer, leaf) in walked.fields().iter() {
        let Leaf::Text(text) = leaf else { continue };
        if !text.trim().is_empty() {
            continue;
        }
        sink.report(&BLANK_TEXT, pointer.to_string()).emit(
            "此处文本为空或只有空格：请填写内容，可选字段无内容时请删除该字段",
            format!("the text at {pointer} is empty or whitespace only"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn text_chars_are_letters_and_digits() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_text_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn grams_pack_every_window_exactly() {
        let chars: Vec<char> = "甲乙丙丁戊己甲乙丙丁戊".chars().collect();
        let grams = grams(&chars);
        assert_eq!(grams.len(), chars.len() - REPEAT_NGRAM + 1);
        assert_eq!(grams[0], grams[6]);
        for (i, a) in grams.iter().enumerate() {
            for (j, b) in grams.iter().enumerate() {
                let same = chars[i..i + REPEAT_NGRAM] == chars[j..j + REPEAT_NGRAM];
                assert_eq!(a == b, same, "{i} {j}");
            }
        }
    }

    #[test]
    fn containment_is_one_for_a_copy_and_low_for_unrelated_text() {
        let prep = |text: &str| {
            let chars: Vec<char> = text.chars().filter(|c| c.is_alphanumeric()).collect();
            Prepared {
                part: PartKind::Measures,
                index: 0,
                chars: chars.len(),
                grams: grams(&chars),
            }
        };
        let texts = [
            prep("严格落实重大行政决策程序，强化决策法定程序的刚性约束。"),
            prep("严格落实重大行政决策程序，强化决策法定程序的刚性约束，确保科学民主。"),
            prep("组织全体党员干部深入系统学习习近平法治思想，把握精髓要义。"),
        ];
        let index = GramIndex::of(&texts);
        let mut row = vec![0; texts.len()];
        let none = vec![0u64; index.words];
        index.row(&texts[0].grams, &none, &mut row);
        let grams = texts[0].grams.len();
        assert_eq!(share(row[0], grams), 1.0);
        assert_eq!(share(row[1], grams), 1.0);
        assert!(share(row[2], grams) < 0.1);
        index.row(&texts[1].grams, &none, &mut row);
        let grams = texts[1].grams.len();
        assert!((0.5..1.0).contains(&share(row[0], grams)));
        // Excluded subsections are not counted.
        index.row(&texts[0].grams, &[0b10], &mut row);
        assert_eq!(row[1], 0);
        assert_eq!(share(row[0], texts[0].grams.len()), 1.0);
    }
}
