//! Rules of the `structure` family: the five mandated parts (报告结构), after
//! 《法治政府建设与责任落实督察工作规定》 第四章.
//!
//! The report must state 一 measures and results, 二 shortcomings and their causes, 三 the
//! principal's responsibility and 四 next year's plans; 五 is optional. Headings vary in
//! practice (亮点工作, 存在问题和不足, 下一步工作打算 …), so headings are matched against the
//! parts by keyword and a mismatch is only a warning.

use std::ops::Range;

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

/// A subsection taking part in the comparison: one with at least [`REPEAT_MIN_CHARS`]
/// letters and digits.
struct Candidate {
    part: PartKind,
    index: usize,
    /// Letters and digits in its paragraphs.
    chars: usize,
    /// Where its n-grams are in the list of entry numbers built with the [`GramIndex`]: one
    /// per n-gram, in order, duplicates kept (containment counts them).
    grams: Range<usize>,
}

impl Candidate {
    /// Whether `self` (the `s`-th candidate) is the shorter one of the pair with the `t`-th
    /// candidate `other`, the earlier one counting as shorter on a tie.
    fn is_shorter(&self, s: usize, other: &Candidate, t: usize) -> bool {
        if s < t {
            self.chars <= other.chars
        } else {
            self.chars < other.chars
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

/// The n-grams of a text, each packed exactly into an integer as the characters stream in: a
/// `char` needs 21 bits, so five fit in a `u128` and equal keys mean equal windows, without
/// hashing.
#[derive(Default)]
struct Window {
    key: u128,
    /// Characters seen so far.
    len: usize,
}

impl Window {
    const BITS: u32 = 21;
    const MASK: u128 = (1 << (Self::BITS * REPEAT_NGRAM as u32)) - 1;

    /// Takes the next character; the n-gram ending with it, once there are enough.
    fn push(&mut self, c: char) -> Option<u128> {
        self.key = ((self.key << Self::BITS) | u128::from(u32::from(c))) & Self::MASK;
        self.len += 1;
        (self.len >= REPEAT_NGRAM).then_some(self.key)
    }
}

/// The distinct n-grams of the candidate subsections, each with the set of subsections that
/// contain it.
///
/// Keys are exact (see [`Window`]), so no hash collision can count an n-gram that is not
/// there. They are numbered in order of first insertion (entries), stored densely with
/// `words` bit words each, and found through `slots`: open addressing with linear probing,
/// holding an entry number plus one (zero marks an empty slot), kept at most three quarters
/// full by doubling. Only the small `u32` slot table is zeroed (zeroing is paid per byte);
/// keys and bit words grow with the entries actually there.
struct GramIndex {
    slots: Vec<u32>,
    /// The key of each entry.
    keys: Vec<u128>,
    /// `64 - log2(slots.len())`: the hash's top bits pick the slot.
    shift: u32,
    /// The number of entries at which the slot table doubles (three quarters of it).
    limit: usize,
    /// `words` bit words per entry: bit `s` says subsection `s` contains the n-gram.
    bits: Vec<u64>,
    words: usize,
}

impl GramIndex {
    /// An empty index for subsections numbered below `subsections`, sized for about
    /// `expected` distinct n-grams (it grows if there are more).
    fn new(subsections: usize, expected: usize) -> GramIndex {
        let capacity = expected.max(16).next_power_of_two();
        let words = subsections.div_ceil(64).max(1);
        GramIndex {
            slots: vec![0; capacity],
            keys: Vec::with_capacity(expected),
            shift: 64 - capacity.trailing_zeros(),
            limit: capacity / 4 * 3,
            bits: Vec::with_capacity(expected * words),
            words,
        }
    }

    /// The home slot of `key`: both halves folded, then spread by a multiplicative hash
    /// whose top bits are the best mixed. Truncation to the table size is intended.
    fn home(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (folded.wrapping_mul(0xD6E8_FEB8_6659_FD93) >> self.shift) as usize
    }

    /// The entry of `key` (added if new), marked as occurring in subsection `s`.
    fn insert(&mut self, key: u128, s: usize) -> u32 {
        let (word, bit) = (s / 64, 1 << (s % 64));
        let mask = self.slots.len() - 1;
        let mut at = self.home(key);
        loop {
            match self.slots[at] {
                0 => return self.add(key, at, word, bit),
                slot if self.keys[slot as usize - 1] == key => {
                    let entry = slot - 1;
                    self.bits[entry as usize * self.words + word] |= bit;
                    return entry;
                }
                _ => at = (at + 1) & mask,
            }
        }
    }

    /// Adds `key` as a new entry in the empty slot `at`, with the one bit `bit` set in its
    /// word `word`.
    fn add(&mut self, key: u128, at: usize, word: usize, bit: u64) -> u32 {
        // The caller bounds the number of n-grams below `u32::MAX`.
        let entry = self.keys.len() as u32;
        self.keys.push(key);
        self.slots[at] = entry + 1;
        // One word (up to 64 subsections, every ordinary report) needs no loop.
        if self.words == 1 {
            self.bits.push(bit);
        } else {
            for w in 0..self.words {
                self.bits.push(if w == word { bit } else { 0 });
            }
        }
        if self.keys.len() > self.limit {
            self.grow();
        }
        entry
    }

    /// Doubles the slot table and places every entry again.
    fn grow(&mut self) {
        let capacity = self.slots.len() * 2;
        let mask = capacity - 1;
        self.slots = vec![0; capacity];
        self.shift -= 1;
        self.limit = capacity / 4 * 3;
        for (entry, &key) in (1..).zip(&self.keys) {
            let mut at = self.home(key);
            while self.slots[at] != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = entry;
        }
    }

    /// Takes subsection `s` off the entries `grams` again (its n-grams stay as entries).
    fn remove(&mut self, grams: &[u32], s: usize) {
        for &entry in grams {
            self.bits[entry as usize * self.words + s / 64] &= !(1 << (s % 64));
        }
    }

    /// The entries grouped by their set of subsections, ready for [`Signatures::count`].
    ///
    /// An entry that fewer than two subsections contain gets signature 0 (none): the only
    /// subsection holding it is the one counting, which never counts itself. The others are
    /// numbered from 1 by distinct set, found through a table hashing the bit words that is
    /// sized once, at most half full, for the entries to place.
    fn signatures(&self) -> Signatures {
        let words = self.words;
        let mut shared = Vec::new();
        if words == 1 {
            for (entry, &set) in (0u32..).zip(&self.bits) {
                if set & set.wrapping_sub(1) != 0 {
                    shared.push(entry);
                }
            }
        } else {
            for (entry, set) in (0u32..).zip(self.bits.chunks_exact(words)) {
                if two_or_more(set) {
                    shared.push(entry);
                }
            }
        }
        let capacity = (shared.len() * 2).max(16).next_power_of_two();
        let (mask, shift) = (capacity - 1, 64 - capacity.trailing_zeros());
        let mut table = vec![0u32; capacity];
        // Signature 0 is the empty set: counting it would add nothing.
        let mut sets = vec![0u64; words];
        let mut of = vec![0u32; self.keys.len()];
        for &entry in &shared {
            let at = entry as usize * words;
            let set = &self.bits[at..at + words];
            let hash = set
                .iter()
                .fold(0u64, |h, &w| (h ^ w).wrapping_mul(0xD6E8_FEB8_6659_FD93));
            // Truncation to the table size is intended.
            let mut slot = (hash >> shift) as usize;
            of[entry as usize] = loop {
                match table[slot] {
                    0 => {
                        // Fewer signatures than entries: the number fits in `u32`.
                        let signature = (sets.len() / words) as u32;
                        sets.extend_from_slice(set);
                        table[slot] = signature;
                        break signature;
                    }
                    signature
                        if sets[signature as usize * words..]
                            .iter()
                            .zip(set)
                            .all(|(a, b)| a == b) =>
                    {
                        break signature;
                    }
                    _ => slot = (slot + 1) & mask,
                }
            };
        }
        let signatures = sets.len() / words;
        Signatures {
            of,
            sets,
            words,
            tally: vec![0; signatures],
            touched: Vec::new(),
        }
    }
}

/// Whether the bit words `set` hold two or more subsections.
fn two_or_more(set: &[u64]) -> bool {
    let mut one = false;
    for &word in set {
        if word != 0 {
            // A second word with a bit, or a word with a second bit.
            if one || word & (word - 1) != 0 {
                return true;
            }
            one = true;
        }
    }
    false
}

/// The entries of a [`GramIndex`] numbered by the set of subsections that contain them (their
/// signature), for counting in time linear in the n-grams.
///
/// Counting n-gram by n-gram adds one for every other subsection holding each n-gram, which
/// grows with the square of the report when many subsections share phrases. Many n-grams
/// share one set, though (a stock phrase is in the same subsections throughout), so
/// [`count`](Signatures::count) first tallies a subsection's n-grams by signature and then
/// adds each tally once to each subsection of the set: the same sums, regrouped.
struct Signatures {
    /// Per entry: its signature, 0 (none) when fewer than two subsections contain it.
    of: Vec<u32>,
    /// `words` bit words per signature, 0 the empty set.
    sets: Vec<u64>,
    words: usize,
    /// Scratch for [`count`](Signatures::count), all zero between calls: per signature, the
    /// counting subsection's n-grams with it.
    tally: Vec<u32>,
    /// Scratch: the signatures with a tally, in order of first appearance.
    touched: Vec<u32>,
}

impl Signatures {
    /// Sets `row[t]` to how many of the n-grams `grams` (entry numbers of subsection `s`,
    /// duplicates counted) subsection `t` contains, for every `t` other than `s` whose bit is
    /// set in `include`; the others are left at zero. Subsection `s` must hold `grams` (not
    /// have been removed from the index): signature 0 takes it for their only holder.
    fn count(&mut self, s: usize, grams: &[u32], include: &[u64], row: &mut [u32]) {
        let Signatures {
            of,
            sets,
            words,
            tally,
            touched,
        } = self;
        row.fill(0);
        for &entry in grams {
            let signature = of[entry as usize];
            if signature != 0 {
                let n = &mut tally[signature as usize];
                if *n == 0 {
                    touched.push(signature);
                }
                *n += 1;
            }
        }
        for signature in touched.drain(..) {
            let n = std::mem::take(&mut tally[signature as usize]);
            let at = signature as usize * *words;
            for (w, (&word, &keep)) in sets[at..at + *words].iter().zip(include).enumerate() {
                let mut word = word & keep;
                while word != 0 {
                    let t = w * 64 + word.trailing_zeros() as usize;
                    if let Some(count) = row.get_mut(t) {
                        *count += n;
                    }
                    word &= word - 1;
                }
            }
        }
        // `s` holds every one of its n-grams; it is not compared with itself.
        if let Some(count) = row.get_mut(s) {
            *count = 0;
        }
    }
}

/// Bytes of a subsection's paragraphs: a bound on its letters and digits.
fn paragraph_bytes(section: &Section) -> usize {
    section.paragraphs.iter().map(String::len).sum()
}

/// Streams the letters and digits of `section`'s paragraphs (punctuation and spaces dropped)
/// into `index` as subsection `s`, appending the entry of each n-gram to `grams`; returns
/// how many letters and digits there are.
fn index_section(
    section: &Section,
    s: usize,
    index: &mut GramIndex,
    grams: &mut Vec<u32>,
) -> usize {
    let mut window = Window::default();
    for paragraph in &section.paragraphs {
        for c in paragraph.chars() {
            if is_text_char(c)
                && let Some(key) = window.push(c)
            {
                grams.push(index.insert(key, s));
            }
        }
    }
    window.len
}

/// Share of `found` among `grams` n-grams (0 to 1).
fn share(found: u32, grams: usize) -> f64 {
    if grams == 0 {
        return 0.0;
    }
    f64::from(found) / grams as f64
}

fn check_repeats(report: &Report, sink: &mut Sink<'_>) {
    // A cheap bound first: a subsection with fewer bytes than REPEAT_MIN_CHARS cannot have
    // that many letters and digits, and with fewer than two parts left nothing is compared.
    let (mut parts, mut possible, mut bytes) = (0, 0, 0usize);
    for (_, items) in report.section_parts() {
        let before = possible;
        for section in items {
            let b = paragraph_bytes(section);
            if b >= REPEAT_MIN_CHARS {
                possible += 1;
                bytes = bytes.saturating_add(b);
            }
        }
        parts += usize::from(possible > before);
    }
    // Entry numbers are `u32`: every n-gram has at least one byte, so fewer bytes than
    // `u32::MAX` bound them (4 GiB of paragraphs are far beyond any parse limit).
    if parts < 2 || u32::try_from(bytes).is_err() {
        return;
    }
    // Chinese takes three bytes a character; more distinct n-grams only grow the table.
    let mut index = GramIndex::new(possible, bytes / 3);
    let mut grams = Vec::with_capacity(bytes / 3);
    let mut candidates: Vec<Candidate> = Vec::with_capacity(possible);
    for (part, items) in report.section_parts() {
        for (i, section) in items.iter().enumerate() {
            if paragraph_bytes(section) < REPEAT_MIN_CHARS {
                continue;
            }
            let (s, start) = (candidates.len(), grams.len());
            let chars = index_section(section, s, &mut index, &mut grams);
            if chars < REPEAT_MIN_CHARS {
                index.remove(&grams[start..], s);
                grams.truncate(start);
                continue;
            }
            candidates.push(Candidate {
                part,
                index: i,
                chars,
                grams: start..grams.len(),
            });
        }
    }
    // For each pair of subsections of different parts, the share of the shorter one's
    // n-grams found in the longer one. Each later subsection is reported once, against the
    // earlier one it repeats most (the earliest of equals).
    let mut best: Vec<Option<(usize, f64)>> = vec![None; candidates.len()];
    let mut row = vec![0u32; candidates.len()];
    let mut signatures = index.signatures();
    let mut include = vec![0u64; index.words];
    for (s, short) in candidates.iter().enumerate() {
        // Only the subsections of other parts that this one is shorter than are counted.
        include.fill(0);
        let mut any = false;
        for (t, long) in candidates.iter().enumerate() {
            if long.part != short.part && short.is_shorter(s, long, t) {
                include[t / 64] |= 1 << (t % 64);
                any = true;
            }
        }
        if !any {
            continue;
        }
        signatures.count(s, &grams[short.grams.clone()], &include, &mut row);
        for (t, &found) in row.iter().enumerate() {
            if include[t / 64] & (1 << (t % 64)) == 0 {
                continue;
            }
            let share = share(found, short.grams.len());
            let (a, b) = (s.min(t), s.max(t));
            if share >= REPEAT_THRESHOLD
                && best[b].is_none_or(|(was, s)| share > s || (share == s && a < was))
            {
                best[b] = Some((a, share));
            }
        }
    }
    for (b, found) in best.iter().enumerate() {
        let Some((a, share)) = *found else { continue };
        let (later, earlier) = (&candidates[b], &candidates[a]);
        let heading = |c: &Candidate| {
            report
                .section_parts()
                .find(|(k, _)| *k == c.part)
                .and_then(|(_, s)| s.get(c.index))
                .map_or("", |s| s.heading.as_str())
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
        // Blank means `text.trim().is_empty()`; this stops at the first character that is
        // not whitespace, usually the first one.
        if !text.chars().all(char::is_whitespace) {
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

    /// Every n-gram of `text`'s letters and digits, through [`Window`].
    fn grams_of(text: &str) -> Vec<u128> {
        let mut window = Window::default();
        text.chars()
            .filter(|&c| is_text_char(c))
            .filter_map(|c| window.push(c))
            .collect()
    }

    #[test]
    fn grams_pack_every_window_exactly() {
        let text = "甲乙丙丁戊己甲乙丙丁戊𠀀a1é，Ｚ";
        let chars: Vec<char> = text.chars().filter(|c| c.is_alphanumeric()).collect();
        let grams = grams_of(text);
        assert_eq!(grams.len(), chars.len() - REPEAT_NGRAM + 1);
        assert_eq!(grams[0], grams[6]);
        for (i, a) in grams.iter().enumerate() {
            for (j, b) in grams.iter().enumerate() {
                let same = chars[i..i + REPEAT_NGRAM] == chars[j..j + REPEAT_NGRAM];
                assert_eq!(a == b, same, "{i} {j}");
            }
        }
        assert!(grams_of("甲乙丙丁").is_empty());
    }

    /// Indexes each text as one subsection; the entry numbers of every subsection's n-grams.
    fn index_all(texts: &[Vec<u128>], expected: usize) -> (GramIndex, Vec<Vec<u32>>) {
        let mut index = GramIndex::new(texts.len(), expected);
        let entries = texts
            .iter()
            .enumerate()
            .map(|(s, grams)| grams.iter().map(|&g| index.insert(g, s)).collect())
            .collect();
        (index, entries)
    }

    #[test]
    fn containment_is_one_for_a_copy_and_low_for_unrelated_text() {
        let texts = [
            grams_of("严格落实重大行政决策程序，强化决策法定程序的刚性约束。"),
            grams_of("严格落实重大行政决策程序，强化决策法定程序的刚性约束，确保科学民主。"),
            grams_of("组织全体党员干部深入系统学习习近平法治思想，把握精髓要义。"),
        ];
        let (index, entries) = index_all(&texts, 8);
        let mut signatures = index.signatures();
        let mut row = vec![0; texts.len()];
        let all = [0b111];
        signatures.count(0, &entries[0], &all, &mut row);
        let grams = texts[0].len();
        // A subsection is never counted against itself.
        assert_eq!(row[0], 0);
        assert_eq!(share(row[1], grams), 1.0);
        assert!(share(row[2], grams) < 0.1);
        signatures.count(1, &entries[1], &all, &mut row);
        let grams = texts[1].len();
        assert!((0.5..1.0).contains(&share(row[0], grams)));
        // Subsections left out of `include` are not counted.
        signatures.count(0, &entries[0], &[0b101], &mut row);
        assert_eq!(row[1], 0);
        signatures.count(2, &entries[2], &[0b011], &mut row);
        assert_eq!(share(row[0], texts[2].len()), share(row[1], texts[2].len()));
    }

    #[test]
    fn tallies_by_signature_keep_every_count() {
        // Subsection 0 holds 甲乙丙丁戊 three times and 乙丙丁戊己 once, both also in 1 and 2
        // (one signature, tally 4); 丙丁戊己庚 also in 1 only (another signature); 丁戊己庚辛
        // and the rotations of 甲乙丙丁戊 nowhere else (no signature). 子丑寅卯辰 is in 1 and 2.
        let texts = [
            grams_of("甲乙丙丁戊。甲乙丙丁戊。甲乙丙丁戊己庚辛"),
            grams_of("甲乙丙丁戊己庚，子丑寅卯辰"),
            grams_of("甲乙丙丁戊己，子丑寅卯辰"),
        ];
        let (index, entries) = index_all(&texts, 16);
        let mut signatures = index.signatures();
        let of = |gram: &str| signatures.of[entry_of(&texts, &entries, gram)];
        let (all, first_two, last_two) = (of("甲乙丙丁戊"), of("丙丁戊己庚"), of("子丑寅卯辰"));
        assert_eq!(of("乙丙丁戊己"), all);
        let mut distinct = [0, all, first_two, last_two];
        distinct.sort_unstable();
        assert!(distinct.windows(2).all(|w| w[0] < w[1]), "{distinct:?}");
        assert_eq!(of("丁戊己庚辛"), 0);
        assert_eq!(of("乙丙丁戊甲"), 0);
        assert_eq!(signatures.tally.len(), 4);
        let mut row = vec![0; texts.len()];
        signatures.count(0, &entries[0], &[0b111], &mut row);
        assert_eq!(row, [0, 3 + 1 + 1, 3 + 1]);
        // The tallies are back at zero: counting again gives the same.
        signatures.count(0, &entries[0], &[0b110], &mut row);
        assert_eq!(row, [0, 5, 4]);
        signatures.count(1, &entries[1], &[0b101], &mut row);
        assert_eq!(row, [2 + 1, 0, 2 + 1]);
    }

    /// The entry of the n-gram `gram` (five letters) among the indexed `texts`.
    fn entry_of(texts: &[Vec<u128>], entries: &[Vec<u32>], gram: &str) -> usize {
        let key = grams_of(gram)[0];
        texts
            .iter()
            .zip(entries)
            .flat_map(|(grams, entries)| grams.iter().zip(entries))
            .find(|&(&g, _)| g == key)
            .map_or(usize::MAX, |(_, &entry)| entry as usize)
    }

    /// SplitMix64, for reproducible random-ish texts.
    fn next(state: &mut u64) -> u64 {
        *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    #[test]
    fn index_counts_equal_a_naive_count() {
        // A small alphabet (ASCII, CJK, a supplementary-plane letter) makes n-grams shared
        // and repeated; stock phrases, as in real reports, make many n-grams share their set
        // of subsections (one signature); 70 subsections need two bit words; a tiny expected
        // size forces the table to grow several times.
        let alphabet: Vec<char> = "法治政府a1𠀀".chars().collect();
        let phrases = ["严格规范公正文明执法", "法治政府建设", "a1法治b2政府"];
        let mut state = 7;
        let texts: Vec<Vec<u128>> = (0..70)
            .map(|_| {
                let len = 5 + (next(&mut state) % 120) as usize;
                let text: String = (0..len)
                    .map(|_| match next(&mut state) % 16 {
                        k @ 0..3 => phrases[k as usize].to_owned(),
                        _ => alphabet[(next(&mut state) % alphabet.len() as u64) as usize]
                            .to_string(),
                    })
                    .collect();
                grams_of(&text)
            })
            .collect();
        let (mut index, entries) = index_all(&texts, 16);
        // Equal keys share one entry, distinct keys have distinct entries, and every key is
        // found again under its entry.
        let mut pairs: Vec<(u128, u32)> = texts
            .iter()
            .zip(&entries)
            .flat_map(|(grams, entries)| grams.iter().copied().zip(entries.iter().copied()))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        assert!(pairs.windows(2).all(|w| w[0].0 != w[1].0));
        let mut numbers: Vec<u32> = pairs.iter().map(|&(_, entry)| entry).collect();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), pairs.len());
        assert_eq!(index.keys.len(), pairs.len());
        assert!(index.slots.len() * 3 >= index.keys.len() * 4);
        for &(key, entry) in &pairs {
            assert_eq!(index.keys[entry as usize], key);
        }
        for (s, grams) in texts.iter().enumerate() {
            for (&g, &entry) in grams.iter().zip(&entries[s]) {
                assert_eq!(index.insert(g, s), entry);
            }
        }
        let mut signatures = index.signatures();
        // Aggregation is at work: fewer signatures than shared entries.
        let shared = signatures.of.iter().filter(|&&sig| sig != 0).count();
        assert!(signatures.tally.len() < shared, "{shared}");
        let mut row = vec![0; texts.len()];
        for (s, short) in texts.iter().enumerate() {
            // A random-ish subset of the subsections (sometimes `s` itself).
            let include = [next(&mut state), next(&mut state) & ((1 << 6) - 1)];
            signatures.count(s, &entries[s], &include, &mut row);
            for (t, long) in texts.iter().enumerate() {
                let included = include[t / 64] & (1 << (t % 64)) != 0 && t != s;
                let naive = short.iter().filter(|g| long.contains(g)).count();
                let expected = if included { naive } else { 0 };
                assert_eq!(row[t] as usize, expected, "{s} {t}");
            }
        }
        // Removing a subsection takes it off its n-grams only.
        index.remove(&entries[3], 3);
        let mut signatures = index.signatures();
        let all = [u64::MAX, u64::MAX];
        signatures.count(4, &entries[4], &all, &mut row);
        assert_eq!(row[3], 0);
        let naive = texts[4].iter().filter(|g| texts[5].contains(g)).count();
        assert_eq!(row[5] as usize, naive);
        signatures.count(5, &entries[5], &all, &mut row);
        assert_eq!(row[3], 0);
        let naive = texts[5].iter().filter(|g| texts[4].contains(g)).count();
        assert_eq!(row[4] as usize, naive);
    }
}
