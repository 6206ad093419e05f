//! The dictionary of fixed formulations (固定表述词典) and the lexical scan over one field.
//!
//! The data are the text rules' files (`formulations.tsv`, `collocations.tsv`,
//! `replacements.tsv`, `blends.tsv`, `law_titles.tsv`), handed in by the rules ([`DictionaryData`]) with the
//! confusion sets ([`Confusion`]) and the characters their punctuation checks watch, and
//! parsed once. Each file starts with a comment that documents its format; extending the
//! dictionary is a one-line pull request to one of them.
//!
//! The scan reads each field once, over its UTF-8 bytes, with byte offsets; char offsets are
//! only counted for a finding. Every canonical form of 4 characters or more is indexed by
//! two disjoint bigrams (anchors), its first and its last. One edit breaks at most one of
//! them, so every window within one edit of a form holds the other intact at its place; only
//! windows at an anchor are compared, from the anchor outwards (the edit lies on one side of
//! it), and an exact occurrence or a window found through both anchors is counted once. The
//! anchors sit in a small open-addressed table; a per-character flag says whether the
//! character can start or end an anchor, so most characters cost one table read. Each
//! anchor bigram carries two 64-bit masks of the characters that can stand right after it
//! and right before it in any window within one edit of any form, pattern or list item
//! sharing it ([`Group`]): a bigram as common as 法治 costs a few instructions where nothing
//! can match. Exact patterns are indexed by their first bigram and ordered lists by the
//! first bigram of each item. The same flag table marks the characters the caller watches
//! ([`WATCHED`]): the scan hands each to the caller as it passes, so the punctuation checks
//! read the field in the same pass, and which characters they are is the caller's business.

use super::Hit;
use super::confusion::Confusion;
use super::hash::{bigram, bloom};
use super::tsv::{alternatives, column, rows};
use super::utf8::{
    NONE, common_prefix, common_suffix, decode, decode_back, is_hanzi, three_bytes, two_back,
};

/// The data files of the dictionary, as the rules give them.
pub(crate) struct DictionaryData {
    /// `formulations.tsv`: kind, canonical form, known wrong forms.
    pub(crate) formulations: &'static str,
    /// `collocations.tsv`: formulation, its verb, wrong verbs.
    pub(crate) collocations: &'static str,
    /// `replacements.tsv`: rule, found, replacement, from year, exceptions.
    pub(crate) replacements: &'static str,
    /// `blends.tsv`: a group of names that get mixed.
    pub(crate) blends: &'static str,
    /// `law_titles.tsv`: the titles of the laws and administrative regulations in force,
    /// checked where they fill 书名号.
    pub(crate) law_titles: &'static str,
}

/// Shortest canonical form checked for near misses: a form needs two disjoint anchor bigrams.
const MIN_NEAR_MISS: usize = 4;
/// Shortest canonical form checked for an inserted character. Shorter forms are too often
/// a legitimate part of a longer phrase (国防动员法 → 国防动员立法).
const MIN_INSERTION: usize = 6;
/// Shortest canonical form checked for a dropped character. A form with one character
/// dropped is shorter still, and a six-character form less one is often correct prose
/// (法治宣传教育 less 治 is the 法宣传教育 of 普法宣传教育): below
/// [`MIN_DELETION_ALONE`] characters the rules keep such a hit only where neither end of the
/// window makes a word with the text outside it (普法 does).
const MIN_DELETION: usize = 6;
/// Shortest canonical form whose near misses by a dropped character stand without the
/// lexicon's judgement of their ends.
pub(crate) const MIN_DELETION_ALONE: usize = 7;
/// Shortest canonical form in which a homophone or a generated look-alike outside the
/// confusion table is reported at the first or last character (outside quotation marks).
const MIN_HOMOPHONE_AT_EDGE: usize = 6;
/// Shortest canonical form checked when it exactly fills a pair of quotation marks or
/// 书名号 (“放管服”): the quotes mark the extent of the form, so that a window can neither
/// cut a word of ordinary prose in two nor be an ordinary word.
const MIN_QUOTED: usize = 3;
/// Shortest form that, exactly filling 书名号 with one 汉字 replaced by any other, is
/// reported as misspelt even where the two characters are not confusable
/// ([`Edit::Substituted`] with no mechanism): seven characters of a title agree with it.
/// Shorter titles differ by one character from other names (《公路法》 and 《公证法》).
const MIN_TITLE_ANY_SUBSTITUTION: usize = 8;
/// Characters whose insertion into a canonical form is ordinary prose, not a typo: the
/// particles and conjunctions (严格规范公正文明的执法要求) and the adverbs, auxiliaries,
/// negations and prepositions that stand before a verb of the form (负责人均出庭应诉,
/// 负责人未出庭应诉, 负责人应出庭应诉).
const FUNCTION_CHARS: &[char] = &[
    '的', '地', '得', '之', '和', '与', '及', '或', '等', '并', '均', '都', '皆', '亦', '也', '已',
    '还', '又', '再', '须', '应', '要', '将', '可', '能', '未', '不', '没', '被', '所', '必', '在',
    '对', '向', '为', '予',
];

/// Flag of a character that ends an anchor bigram.
const ANCHOR_SECOND: u8 = 1;
/// Flag of a character the caller watches (the `watched` characters of
/// [`Dictionary::load`]): the scan hands it over.
const WATCHED: u8 = 2;
/// Flag of a character that starts an anchor bigram: the scan looks a bigram up only when
/// its first character has this flag and its second [`ANCHOR_SECOND`].
const ANCHOR_FIRST: u8 = 4;
/// The flags of a character outside the Basic Multilingual Plane, which the flag table does
/// not cover: it may start or end an anchor.
const FLAGS_BEYOND_BMP: u8 = ANCHOR_FIRST | ANCHOR_SECOND;
/// The anchor table has `1 << SLOT_BITS` slots; a few hundred bigrams fill a few percent
/// of them, so a bigram that is no anchor almost always meets an empty slot at once.
const SLOT_BITS: u32 = 12;

/// What a canonical form names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// 政治表述.
    Formulation,
    /// 法律法规名称.
    Law,
    /// 文件、文书名称.
    Document,
    /// 纪念日名称.
    Day,
}

/// A canonical form.
pub(crate) struct Entry {
    pub(crate) kind: Kind,
    pub(crate) text: String,
    chars: Box<[char]>,
    /// The byte offset in `text` of each character, and the length of `text` last.
    offsets: Box<[u16]>,
    /// For each byte of `text` (and its end), the index of the character it belongs to.
    char_of: Box<[u8]>,
    collocation: Option<usize>,
    /// Checked only where it exactly fills 书名号 or quotation marks
    /// ([`Dictionary::quoted`]): a title of `law_titles.tsv`, which has no anchors, so that
    /// a thousand titles cost the scan nothing.
    quoted_only: bool,
}

/// An ordered list whose order is fixed ([严格][规范][公正][文明]执法).
struct OrderedList {
    entry: usize,
    items: Vec<String>,
    joiner: String,
    suffix: String,
}

/// A fixed verb collocation (坚定"四个自信").
struct Collocation {
    verb: String,
    wrong: Vec<String>,
}

/// What an exact pattern reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PatternRule {
    /// A known wrong form of an entry.
    Wrong { entry: usize },
    /// An entry with its characters at `at` and `at + 1` swapped.
    Transposed { entry: usize, at: usize },
    /// A blend of two document names: starts like `head`, ends like `tail`.
    Blend { head: usize, tail: usize },
    /// An outdated formulation.
    Outdated,
    /// A shortened name of a commemorative day.
    Shortened,
}

/// A string matched exactly.
pub(crate) struct Pattern {
    text: String,
    pub(crate) rule: PatternRule,
    pub(crate) replacement: String,
    pub(crate) from_year: Option<u16>,
    unless_before: Vec<String>,
    unless_after: Vec<String>,
    /// The byte offset in `text` of the bigram the scan finds it by: 0, or the swapped
    /// pair of a transposition (rare in correct text, unlike the form's first bigram).
    anchor: usize,
}

/// The bigram at char offset `at` of entry `entry`, with the two characters on either
/// side of it in the form ([`NONE`] past its ends): most windows at an anchor are ruled out
/// by these four before any text is compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct NearAnchor {
    entry: u32,
    at: u32,
    /// The left one of the entry's two anchors: the one that records exact occurrences.
    first: bool,
    /// The form's length in characters.
    len: u32,
    /// The two characters after the anchor.
    next: [u32; 2],
    /// The character before the anchor and the one before that.
    prev: [u32; 2],
    /// The byte where the anchor starts in the form: the length of the left part.
    left_end: u16,
    /// The byte where the right part starts in the form.
    right_start: u16,
}

/// Where a window next to an anchor differs from the anchor's form, found once by
/// [`Dictionary::realigns_right`] or [`Dictionary::realigns_left`] and handed on to the
/// edit checks: the character `k` of the form, and the text there (`x`, [`NONE`] past its
/// end, and `y` one character further from the anchor).
#[derive(Clone, Copy, Debug)]
struct Difference {
    /// The character of the form that differs.
    k: usize,
    /// The byte of the text where `x` starts (right of an anchor) or ends (left of it).
    at: usize,
    x: u32,
    /// The length of `x` in bytes.
    wx: usize,
    y: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Anchor {
    /// Near-miss anchor `n` ([`NearAnchor`]).
    Near(u32),
    /// The first bigram of pattern `n`.
    Pattern(u32),
    /// The first bigram of an item of ordered list `n`.
    List(u32),
}

/// The anchors of one bigram, split by the side they read, each side behind a prefilter:
/// a bigram as common as 法治 or 人民 then costs a few instructions where nothing of the
/// dictionary can be found around it.
///
/// `t0`, `t1` are the two characters of the text after the bigram, `b0`, `b1` the two
/// before it (the nearer first). An anchor of `ahead` can produce anything (a hit, an exact
/// occurrence, a list match) only if `t0` or `t1` is in a set whose characters all have
/// their [`bloom`] bit in `after`; an anchor of `behind` only if `b0` or `b1` is in a set
/// whose characters all have their bit in `before`. So the scan skips a side when neither
/// character has its bit in the mask, and only then: the filter never hides a finding.
///
/// The sets, from the case analysis of [`Dictionary::near`] for a form `c` of `n ≥ 4`
/// characters:
///
/// - First anchor, at 0: the left part is empty, so always intact. An exact occurrence and
///   a window whose first difference lies past `c[2]` need `t0 = c[2]`. If the first
///   difference is at `c[2]`: a substitution there keeps `c[3]` at `t1`; an insertion there
///   (n ≥ 6) pushes `c[2]` to `t1`; a deletion of `c[2]` (n ≥ 7) pulls `c[3]` to `t0`.
///   The set is `{c[2], c[3]}`.
/// - Last anchor, at `n-2`: the right part is empty, so always intact, and an exact
///   occurrence is recorded by the first anchor only. A window whose last difference lies
///   before `c[n-3]` needs `b0 = c[n-3]`. If it is at `c[n-3]`: a substitution keeps
///   `c[n-4]` at `b1`; an insertion (n ≥ 6) pushes `c[n-3]` to `b1`; a deletion of
///   `c[n-3]` (n ≥ 7) pulls `c[n-4]` to `b0`. The set is `{c[n-3], c[n-4]}`.
/// - A pattern: it must start at the bigram, so `t0` is its third character; a pattern of
///   two characters matches on the bigram alone (every bit set).
/// - An ordered list: the item matched first starts at the bigram, so it is an item that
///   starts with this bigram and `t0` is its third character (every bit for an item of two
///   characters).
///
/// The unit test `every_one_edit_variant_of_every_form_is_found` builds every substitution
/// from the confusion table, insertion and deletion of every form and fails if either set
/// is narrowed (to `{c[2]}` or to `{c[n-3]}`).
struct Group {
    /// The [`bloom`] bits of the characters `t0` or `t1` must be among for `ahead`.
    after: u64,
    /// The [`bloom`] bits of the characters `b0` or `b1` must be among for `behind`.
    before: u64,
    /// First anchors of forms, patterns and lists, in the order of the index, each with
    /// the [`bloom`] bits of its own share of the set `after` stands for: the scan skips an
    /// anchor whose bits miss both `t0` and `t1` (by the same argument, per anchor; the
    /// group's mask is the union of these).
    ahead: Box<[(u64, Anchor)]>,
    /// Last anchors of forms: indexes into [`Dictionary::near`].
    behind: Box<[u32]>,
    /// Whether `ahead` holds an anchor of a form that is neither its first nor its last
    /// bigram, with a left part to compare: only then does `ahead` read the characters
    /// before the bigram.
    middle: bool,
}

/// How a window differs from a canonical form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edit {
    /// The character at this offset of the canonical form was replaced.
    ///
    /// `mechanism`: how the two characters are confused (形近, 同音, a curated pair's), or
    /// empty where they are not known to be: a long title in 书名号 with one character
    /// replaced ([`MIN_TITLE_ANY_SUBSTITUTION`]).
    ///
    /// `edge`: the character is the first or last of a form shorter than
    /// [`MIN_HOMOPHONE_AT_EDGE`], outside quotation marks, and confused by sound or look
    /// only (no curated pair). The window may then have cut a word of ordinary prose in two
    /// (社会主义法治国家 holds 义法治国, which sounds like 依法治国): the rules keep such a
    /// hit only when the character and its neighbours outside the window make no word of
    /// the lexicon (主义 is one).
    Substituted {
        at: usize,
        mechanism: &'static str,
        edge: bool,
    },
    /// A character was inserted at this offset of the window.
    Inserted { at: usize },
    /// The character at this offset of the canonical form was dropped.
    Dropped { at: usize },
}

/// What a lexical hit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum What {
    /// A near miss of entry `entry`.
    NearMiss { entry: usize, edit: Edit },
    /// An exact pattern.
    Pattern(usize),
    /// An ordered list of entry `entry` in the wrong order.
    Order { entry: usize },
    /// A wrong verb before entry `entry`; the verb is `verb_len` bytes long.
    Collocation { entry: usize, verb_len: usize },
}

/// An exact occurrence of a canonical form.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Exact {
    pub(crate) start: usize,
    pub(crate) end: usize,
    entry: usize,
}

/// The parsed dictionary and its indexes.
pub(crate) struct Dictionary {
    pub(crate) entries: Vec<Entry>,
    pub(crate) patterns: Vec<Pattern>,
    lists: Vec<OrderedList>,
    collocations: Vec<Collocation>,
    /// The anchor bigrams, open-addressed: `slots[hash(bigram)]` (probing linearly) holds
    /// one plus an index into `keys` and `anchors`, or 0 for an empty slot.
    slots: Box<[u16]>,
    keys: Vec<u64>,
    near: Vec<NearAnchor>,
    /// The anchors of each key, with the prefilter that rules most of them out at once.
    groups: Vec<Group>,
    /// The confusion sets: curated pairs, generated look-alikes (counted like a homophone:
    /// not at the edge of a short form outside quotes) and syllables.
    confusion: &'static Confusion,
    /// The entries of each length in characters, for the quoted forms.
    by_len: Vec<Vec<u32>>,
    /// For each character of the Basic Multilingual Plane: whether it starts an anchor
    /// bigram ([`ANCHOR_FIRST`]), whether it ends one ([`ANCHOR_SECOND`]) and whether the
    /// caller watches it ([`WATCHED`]). Lets the scan pass over most characters with one
    /// table read.
    flags: Box<[u8; 0x1_0000]>,
    /// Lines of the data files that could not be read (a unit test keeps this empty).
    pub(crate) problems: Vec<String>,
}

impl Dictionary {
    /// Parses and indexes the dictionary. `watched` are the characters the caller wants
    /// handed over during the scan ([`Dictionary::scan_str`]); the problems of the data
    /// (bad lines, an index too full) are kept in [`Dictionary::problems`].
    pub(crate) fn load(
        data: &DictionaryData,
        confusion: &'static Confusion,
        watched: &[char],
    ) -> Dictionary {
        let mut dict = Dictionary {
            entries: Vec::new(),
            patterns: Vec::new(),
            lists: Vec::new(),
            collocations: Vec::new(),
            slots: vec![0; 1 << SLOT_BITS].into_boxed_slice(),
            keys: Vec::new(),
            near: Vec::new(),
            groups: Vec::new(),
            confusion,
            by_len: Vec::new(),
            flags: Box::new([0; 0x1_0000]),
            problems: Vec::new(),
        };
        dict.load_formulations(data.formulations);
        dict.load_blends(data.blends);
        dict.load_collocations(data.collocations);
        dict.load_replacements(data.replacements);
        dict.load_law_titles(data.law_titles);
        dict.add_transpositions();
        dict.index(watched);
        dict
    }

    fn entry_index(&self, text: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.text == text)
    }

    fn add_entry(&mut self, kind: Kind, text: &str) -> usize {
        if let Some(n) = self.entry_index(text) {
            return n;
        }
        // `offsets` holds bytes in `u16`, `char_of` characters (and one past the last) in
        // `u8`: a longer form would be compared wrongly, so it is a problem of the data.
        if text.len() > usize::from(u16::MAX) || text.chars().count() > usize::from(u8::MAX) {
            self.problems.push(format!(
                "{}…: a form is at most {} characters long",
                text.chars().take(12).collect::<String>(),
                u8::MAX
            ));
        }
        self.entries.push(Entry {
            kind,
            text: text.to_owned(),
            chars: text.chars().collect(),
            offsets: text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .map(|i| u16::try_from(i).unwrap_or(u16::MAX))
                .collect(),
            char_of: (0..=text.len())
                .map(|b| {
                    let n = text.char_indices().take_while(|&(i, _)| i <= b).count();
                    // The end of the text counts as one past the last character.
                    let n = if b == text.len() { n + 1 } else { n };
                    u8::try_from(n.saturating_sub(1)).unwrap_or(u8::MAX)
                })
                .collect(),
            collocation: None,
            quoted_only: false,
        });
        self.entries.len() - 1
    }

    fn add_pattern(&mut self, found: &str, rule: PatternRule, replacement: &str) -> usize {
        self.patterns.push(Pattern {
            text: found.to_owned(),
            rule,
            replacement: replacement.to_owned(),
            from_year: None,
            unless_before: Vec::new(),
            unless_after: Vec::new(),
            anchor: 0,
        });
        self.patterns.len() - 1
    }

    /// Every form of three characters or more with two neighbouring 汉字 swapped, as an
    /// exact pattern (首不违罚 for 首违不罚, 公文正明 in 严格规范公文正明执法): typing
    /// swaps them, and the swapped form is no phrase of correct prose. A swap that spells
    /// another form or a known pattern is left out.
    fn add_transpositions(&mut self) {
        for entry in 0..self.entries.len() {
            let c = self.entries[entry].chars.clone();
            if c.len() < MIN_QUOTED || self.entries[entry].quoted_only {
                continue;
            }
            for i in 0..c.len() - 1 {
                if c[i] == c[i + 1] || !is_hanzi(c[i]) || !is_hanzi(c[i + 1]) {
                    continue;
                }
                let mut w = c.to_vec();
                w.swap(i, i + 1);
                let w: String = w.iter().collect();
                let known = self.entry_index(&w).is_some()
                    || self.patterns.iter().any(|p| p.text == w)
                    || self.entries.iter().any(|e| e.text.contains(w.as_str()));
                if !known {
                    let canonical = self.entries[entry].text.clone();
                    let n =
                        self.add_pattern(&w, PatternRule::Transposed { entry, at: i }, &canonical);
                    self.patterns[n].anchor = w.char_indices().nth(i).map_or(0, |(b, _)| b);
                }
            }
        }
    }

    fn load_formulations(&mut self, data: &'static str) {
        for (line, row) in rows(data) {
            let kind = match row[0] {
                "formulation" => Kind::Formulation,
                "law" => Kind::Law,
                "document" => Kind::Document,
                "day" => Kind::Day,
                other => {
                    self.problems
                        .push(format!("formulations.tsv:{line}: unknown kind {other:?}"));
                    continue;
                }
            };
            let Some(form) = column(&row, 1) else {
                self.problems
                    .push(format!("formulations.tsv:{line}: no canonical form"));
                continue;
            };
            let entry = if form.contains('[') {
                match parse_list(form) {
                    Ok((plain, items, joiner, suffix)) => {
                        if items.iter().any(|i| i.chars().count() < 2) {
                            // The scan finds a list through the first bigram of its items.
                            self.problems.push(format!(
                                "formulations.tsv:{line}: an item of an ordered list needs two characters or more"
                            ));
                            continue;
                        }
                        let entry = self.add_entry(kind, &plain);
                        self.lists.push(OrderedList {
                            entry,
                            items,
                            joiner,
                            suffix,
                        });
                        entry
                    }
                    Err(why) => {
                        self.problems
                            .push(format!("formulations.tsv:{line}: {why}"));
                        continue;
                    }
                }
            } else {
                if self.entry_index(form).is_some() {
                    self.problems
                        .push(format!("formulations.tsv:{line}: duplicate {form}"));
                }
                self.add_entry(kind, form)
            };
            for wrong in alternatives(column(&row, 2)) {
                if wrong.chars().count() < 2 {
                    self.problems
                        .push(format!("formulations.tsv:{line}: wrong form too short"));
                    continue;
                }
                let canonical = self.entries[entry].text.clone();
                self.add_pattern(&wrong, PatternRule::Wrong { entry }, &canonical);
            }
        }
    }

    /// The titles of `law_titles.tsv`, after the entries of `formulations.tsv` (which
    /// holds the titles the scan also checks outside 书名号, and may not repeat here).
    fn load_law_titles(&mut self, data: &'static str) {
        for (line, row) in rows(data) {
            let Some(title) = column(&row, 0) else {
                self.problems
                    .push(format!("law_titles.tsv:{line}: no title"));
                continue;
            };
            if title.chars().count() < MIN_QUOTED
                || !title.chars().all(|c| is_hanzi(c) || c == '、')
            {
                self.problems.push(format!(
                    "law_titles.tsv:{line}: a title is {MIN_QUOTED} 汉字 or more, and only 汉字 and 、"
                ));
                continue;
            }
            if self.entry_index(title).is_some() || self.patterns.iter().any(|p| p.text == title) {
                self.problems.push(format!(
                    "law_titles.tsv:{line}: {title} is already a form or a pattern"
                ));
                continue;
            }
            let entry = self.add_entry(Kind::Law, title);
            self.entries[entry].quoted_only = true;
        }
    }

    fn load_blends(&mut self, data: &'static str) {
        let mut groups = Vec::new();
        for (line, row) in rows(data) {
            let names: Vec<&str> = row[0].split('|').filter(|s| !s.is_empty()).collect();
            if names.len() < 2 {
                self.problems.push(format!(
                    "blends.tsv:{line}: a group needs two names or more"
                ));
                continue;
            }
            let ids: Vec<usize> = names
                .iter()
                .map(|n| self.add_entry(Kind::Document, n))
                .collect();
            groups.push(ids);
        }
        // Every name is an entry before any blend is generated, so that no blend of one
        // group is a correct name of another. When two pairs make the same blend, the pair
        // whose names share the longest beginning names it (责令限期整改正通知书 is 责令限期
        // 改正通知书 gone wrong, not 责令改正通知书).
        let mut pairs = Vec::new();
        for ids in groups {
            for &head in &ids {
                for &tail in &ids {
                    if head != tail {
                        let shared = self.entries[head]
                            .chars
                            .iter()
                            .zip(self.entries[tail].chars.iter())
                            .take_while(|(x, y)| x == y)
                            .count();
                        pairs.push((shared, head, tail));
                    }
                }
            }
        }
        pairs.sort_by_key(|&(shared, head, tail)| (usize::MAX - shared, head, tail));
        for (_, head, tail) in pairs {
            self.add_blends(head, tail);
        }
    }

    /// Every text that starts like `head` and ends like `tail`, taking at least one
    /// character of each name's own middle, and is no canonical form.
    fn add_blends(&mut self, head: usize, tail: usize) {
        let a = self.entries[head].chars.clone();
        let b = self.entries[tail].chars.clone();
        let prefix = a.iter().zip(b.iter()).take_while(|(x, y)| x == y).count();
        let max_suffix = a.len().min(b.len()) - prefix;
        let suffix = a
            .iter()
            .rev()
            .zip(b.iter().rev())
            .take(max_suffix)
            .take_while(|(x, y)| x == y)
            .count();
        let replacement = self.entries[tail].text.clone();
        for i in prefix + 1..=a.len() - suffix {
            for j in prefix..b.len() - suffix {
                let blend: String = a[..i].iter().chain(b[j..].iter()).collect();
                let known = self.entry_index(&blend).is_some()
                    || self.patterns.iter().any(|p| p.text == blend);
                if !known {
                    self.add_pattern(&blend, PatternRule::Blend { head, tail }, &replacement);
                }
            }
        }
    }

    fn load_collocations(&mut self, data: &'static str) {
        for (line, row) in rows(data) {
            let (Some(phrase), Some(verb)) = (column(&row, 0), column(&row, 1)) else {
                self.problems
                    .push(format!("collocations.tsv:{line}: expected phrase and verb"));
                continue;
            };
            let Some(entry) = self.entry_index(phrase) else {
                self.problems.push(format!(
                    "collocations.tsv:{line}: {phrase} is not in formulations.tsv"
                ));
                continue;
            };
            self.collocations.push(Collocation {
                verb: verb.to_owned(),
                wrong: alternatives(column(&row, 2)),
            });
            self.entries[entry].collocation = Some(self.collocations.len() - 1);
        }
    }

    fn load_replacements(&mut self, data: &'static str) {
        for (line, row) in rows(data) {
            let rule = match row[0] {
                "outdated" => PatternRule::Outdated,
                "shortened" => PatternRule::Shortened,
                other => {
                    self.problems
                        .push(format!("replacements.tsv:{line}: unknown rule {other:?}"));
                    continue;
                }
            };
            let (Some(found), Some(replacement)) = (column(&row, 1), column(&row, 2)) else {
                self.problems.push(format!(
                    "replacements.tsv:{line}: expected found and replacement"
                ));
                continue;
            };
            let from_year = match column(&row, 3).map(str::parse::<u16>) {
                None => None,
                Some(Ok(year)) => Some(year),
                Some(Err(_)) => {
                    self.problems
                        .push(format!("replacements.tsv:{line}: bad year"));
                    continue;
                }
            };
            let n = self.add_pattern(found, rule, replacement);
            let pattern = &mut self.patterns[n];
            pattern.from_year = from_year;
            pattern.unless_before = alternatives(column(&row, 4));
            pattern.unless_after = alternatives(column(&row, 5));
        }
    }

    fn flag(&mut self, c: char, flag: u8) {
        if let Some(f) = self.flags.get_mut(c as usize) {
            *f |= flag;
        }
    }

    fn slot(key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOT_BITS)) as usize
    }

    /// The anchors of `key`, if it is an anchor bigram.
    #[inline]
    fn lookup(&self, key: u64) -> Option<&Group> {
        let mask = (1 << SLOT_BITS) - 1;
        let mut s = Self::slot(key);
        loop {
            let k = usize::from(*self.slots.get(s)?).checked_sub(1)?;
            if self.keys.get(k) == Some(&key) {
                return self.groups.get(k);
            }
            s = (s + 1) & mask;
        }
    }

    fn index(&mut self, watched: &[char]) {
        for (n, entry) in self.entries.iter().enumerate() {
            let len = entry.chars.len();
            if (MIN_QUOTED..=WINDOW).contains(&len) {
                if self.by_len.len() <= len {
                    self.by_len.resize_with(len + 1, Vec::new);
                }
                self.by_len[len].push(n as u32);
            }
        }
        let mut table: Vec<(u64, Anchor)> = Vec::new();
        for (n, entry_ref) in self.entries.iter().enumerate() {
            let c = &entry_ref.chars;
            if c.len() >= MIN_NEAR_MISS && !entry_ref.quoted_only {
                let (a, b) = anchors_of(c);
                let entry = n as u32;
                for (at, first) in [(a, true), (b, false)] {
                    let char_at =
                        |i: Option<usize>| i.and_then(|i| c.get(i)).map_or(NONE, |&c| u32::from(c));
                    self.near.push(NearAnchor {
                        entry,
                        at: at as u32,
                        first,
                        len: c.len() as u32,
                        next: [char_at(Some(at + 2)), char_at(Some(at + 3))],
                        prev: [char_at(at.checked_sub(1)), char_at(at.checked_sub(2))],
                        left_end: entry_ref.offsets[at],
                        right_start: entry_ref.offsets[at + 2],
                    });
                    table.push((
                        bigram(c[at], c[at + 1]),
                        Anchor::Near(self.near.len() as u32 - 1),
                    ));
                }
            }
        }
        for (n, pattern) in self.patterns.iter().enumerate() {
            let mut c = pattern.text[pattern.anchor..].chars();
            if let (Some(a), Some(b)) = (c.next(), c.next()) {
                table.push((bigram(a, b), Anchor::Pattern(n as u32)));
            } else {
                self.problems.push(format!(
                    "pattern {} is shorter than two characters",
                    pattern.text
                ));
            }
        }
        for (n, list) in self.lists.iter().enumerate() {
            for item in &list.items {
                let mut c = item.chars();
                if let (Some(a), Some(b)) = (c.next(), c.next()) {
                    let anchor = (bigram(a, b), Anchor::List(n as u32));
                    if !table.contains(&anchor) {
                        table.push(anchor);
                    }
                }
            }
        }
        // Group by bigram, keeping the order above within a bigram (entries, then patterns,
        // then lists, each by index): the scan tries the lists of a bigram in that order.
        let mut keys: Vec<u64> = Vec::new();
        let mut anchors: Vec<Vec<Anchor>> = Vec::new();
        for (key, anchor) in table {
            match keys.iter().position(|&k| k == key) {
                Some(k) => anchors[k].push(anchor),
                None => {
                    keys.push(key);
                    anchors.push(vec![anchor]);
                }
            }
        }
        if keys.len() >= (1 << SLOT_BITS) / 2 {
            self.problems
                .push(format!("{} anchor bigrams: raise SLOT_BITS", keys.len()));
        }
        let mask = (1 << SLOT_BITS) - 1;
        for (k, &key) in keys.iter().enumerate() {
            let mut s = Self::slot(key);
            while self.slots[s] != 0 {
                s = (s + 1) & mask;
            }
            self.slots[s] = u16::try_from(k + 1).unwrap_or(u16::MAX);
            if let Some(c) = char::from_u32((key & 0x1f_ffff) as u32) {
                self.flag(c, ANCHOR_SECOND);
            }
            if let Some(c) = char::from_u32((key >> 21) as u32) {
                self.flag(c, ANCHOR_FIRST);
            }
        }
        for &c in watched {
            self.flag(c, WATCHED);
        }
        self.groups = keys
            .iter()
            .zip(anchors)
            .map(|(&key, anchors)| self.group(key, anchors))
            .collect();
        self.keys = keys;
    }

    /// Splits the anchors of one bigram into those that look ahead of it and those that
    /// look behind it, and builds their prefilters ([`Group`]).
    fn group(&self, key: u64, anchors: Vec<Anchor>) -> Group {
        let (mut after, mut before, mut middle) = (0, 0, false);
        let third = |s: &str| s.chars().nth(2).map_or(u64::MAX, |c| bloom(u32::from(c)));
        let (mut ahead, mut behind) = (Vec::new(), Vec::new());
        for anchor in anchors {
            match anchor {
                Anchor::Near(k) => {
                    let near = &self.near[k as usize];
                    if near.at == 0 {
                        // Outputs need t0 or t1 in {c[2], c[3]} (see `Group`).
                        let mask = bloom(near.next[0]) | bloom(near.next[1]);
                        after |= mask;
                        ahead.push((mask, anchor));
                    } else if near.at + 2 == near.len {
                        // Outputs need b0 or b1 in {c[n-3], c[n-4]} (see `Group`).
                        before |= bloom(near.prev[0]) | bloom(near.prev[1]);
                        behind.push(k);
                    } else {
                        after = u64::MAX;
                        middle = true;
                        ahead.push((u64::MAX, anchor));
                    }
                }
                Anchor::Pattern(n) => {
                    let pattern = &self.patterns[n as usize];
                    let mask = third(&pattern.text[pattern.anchor..]);
                    after |= mask;
                    ahead.push((mask, anchor));
                }
                Anchor::List(l) => {
                    // The item matched first starts with this bigram.
                    let mut mask = 0;
                    for item in &self.lists[l as usize].items {
                        let mut c = item.chars();
                        if let (Some(a), Some(b)) = (c.next(), c.next())
                            && bigram(a, b) == key
                        {
                            mask |= third(item);
                        }
                    }
                    after |= mask;
                    ahead.push((mask, anchor));
                }
            }
        }
        Group {
            after,
            before,
            ahead: ahead.into_boxed_slice(),
            behind: behind.into_boxed_slice(),
            middle,
        }
    }

    /// The mechanism by which `a` and `b` are confused, if they are: a pair of the
    /// confusion table, a generated look-alike, or the same syllable.
    fn confusable(&self, a: char, b: char) -> Option<&'static str> {
        if let Some(mechanism) = self.confusion.curated(a, b) {
            return Some(mechanism);
        }
        if self.confusion.look_alike(a, b) {
            return Some("形近");
        }
        self.confusion.same_syllable(a, b).then_some("同音")
    }

    /// The substitution of `b` for `a` at offset `at` of a form of `n` characters, outside
    /// quotation marks, if the two are confusable; at an edge of a short form, by sound
    /// or look only, it is marked `edge` (see [`Edit::Substituted`]).
    fn substitution(&self, a: char, b: char, at: usize, n: usize) -> Option<Edit> {
        let mechanism = self.confusable(a, b)?;
        let edge = (at == 0 || at + 1 == n)
            && n < MIN_HOMOPHONE_AT_EDGE
            && self.confusion.curated(a, b).is_none();
        Some(Edit::Substituted {
            at,
            mechanism,
            edge,
        })
    }

    /// The chars of an entry's canonical form.
    pub(crate) fn chars(&self, entry: usize) -> &[char] {
        &self.entries[entry].chars
    }

    /// The verb that goes with entry `entry`, if it has a fixed collocation.
    pub(crate) fn verb(&self, entry: usize) -> Option<&str> {
        self.entries[entry]
            .collocation
            .map(|c| self.collocations[c].verb.as_str())
    }

    /// Finds the near misses, exact patterns, misordered lists and wrong collocations of one
    /// field given as chars; offsets in chars. The checks read a `&str` ([`Self::scan_str`]);
    /// this entry point converts, for the unit tests.
    #[cfg(test)]
    pub(crate) fn scan(
        &self,
        t: &[char],
        year: u16,
        exact: &mut Vec<Exact>,
        hits: &mut Vec<Hit<What>>,
    ) {
        let text: String = t.iter().collect();
        let first_exact = exact.len();
        let first_hit = hits.len();
        self.scan_str(&text, year, exact, hits, &mut |_, _| {});
        let char_at = |byte: usize| text[..byte].chars().count();
        for e in &mut exact[first_exact..] {
            (e.start, e.end) = (char_at(e.start), char_at(e.end));
        }
        for h in &mut hits[first_hit..] {
            let start = h.start;
            (h.start, h.end) = (char_at(h.start), char_at(h.end));
            if let What::Collocation { verb_len, .. } = &mut h.what {
                *verb_len = text[start..start + *verb_len].chars().count();
            }
        }
    }

    /// Finds the near misses, exact patterns, misordered lists and wrong collocations of one
    /// field; records exact occurrences of canonical forms in `exact`. Offsets are bytes of
    /// `text`. Calls `watched(offset, c)` for every character of [`WATCHED`] (the
    /// punctuation checks read the field in the same pass).
    pub(crate) fn scan_str(
        &self,
        text: &str,
        year: u16,
        exact: &mut Vec<Exact>,
        hits: &mut Vec<Hit<What>>,
        watched: &mut impl FnMut(usize, char),
    ) {
        let b = text.as_bytes();
        let flags = &*self.flags;
        let mut lists_from = 0;
        // The flags that make the next character worth a closer look: [`WATCHED`], and
        // [`ANCHOR_SECOND`] when the character before it has [`ANCHOR_FIRST`].
        let mut want: u8 = WATCHED;
        // The bytes not yet read, and how many there were before the last character.
        let mut rest = b;
        let mut prev_rest = b.len();
        // The character before, as a code point.
        let mut prev = NONE;
        loop {
            let (c, f, tail) = match rest {
                // 汉字 and CJK punctuation, the bulk of every field: the flag table is
                // indexed by the code point, assembled from the three bytes.
                [b0 @ 0xE0..=0xEF, b1, b2, tail @ ..] => {
                    let c = three_bytes(*b0, *b1, *b2);
                    (c as u32, flags[c], tail)
                }
                [b0 @ 0..=0x7F, tail @ ..] => (u32::from(*b0), flags[usize::from(*b0)], tail),
                [] => break,
                _ => {
                    let i = b.len() - rest.len();
                    let Some((c, w)) = decode(text, i) else { break };
                    let f = flags.get(c as usize).copied().unwrap_or(FLAGS_BEYOND_BMP);
                    (c, f, rest.get(w..).unwrap_or_default())
                }
            };
            if f & want != 0 {
                let i = b.len() - rest.len();
                if f & want & ANCHOR_SECOND != 0 {
                    self.closer_look(
                        text,
                        year,
                        (prev, c),
                        (b.len() - prev_rest, i + (rest.len() - tail.len())),
                        &mut lists_from,
                        exact,
                        hits,
                    );
                }
                if f & WATCHED != 0
                    && let Some(ch) = char::from_u32(c)
                {
                    watched(i, ch);
                }
            }
            // The flag table holds only the three flags: ANCHOR_FIRST of this character
            // becomes ANCHOR_SECOND wanted of the next.
            want = WATCHED | (f >> 2);
            prev = c;
            prev_rest = rest.len();
            rest = tail;
        }
        self.scan_collocations(text, exact, hits);
    }

    /// When putting `word` in place of bytes `start..end` of `text` (an ordinary-word typo
    /// and its correction, same number of characters) makes a canonical form appear over the
    /// place, the near miss of that form: 风险评古 is 风险评估 misspelt, not only 评估.
    pub(crate) fn corrected_form(
        &self,
        text: &str,
        start: usize,
        end: usize,
        word: &str,
        year: u16,
    ) -> Option<Hit<What>> {
        let fixed = format!("{}{word}{}", text.get(..start)?, text.get(end..)?);
        let (mut exact, mut hits) = (Vec::new(), Vec::new());
        self.scan_str(&fixed, year, &mut exact, &mut hits, &mut |_, _| {});
        let new_end = start + word.len();
        let e = exact
            .iter()
            .filter(|e| e.start <= start && new_end <= e.end)
            .max_by_key(|e| e.end - e.start)?;
        // Byte offsets of the form in `text`: the same before the word, shifted after it.
        let (form_start, form_end) = (e.start, e.end + end - new_end);
        let found: Vec<char> = text.get(form_start..form_end)?.chars().collect();
        let c = self.chars(e.entry);
        if found.len() != c.len() {
            return None;
        }
        let at = found.iter().zip(c).position(|(x, y)| x != y)?;
        let mechanism = self.confusable(found[at], c[at]).unwrap_or("易混");
        Some(near_miss(
            form_start,
            form_end,
            e.entry,
            Edit::Substituted {
                at,
                mechanism,
                edge: false,
            },
        ))
    }

    /// The text that exactly fills a pair of quotation marks (“…”) or 书名号 (《…》) and
    /// differs from a canonical form of the same length, three characters or more, by one
    /// character of the confusion tables or the same sound, wherever it stands: the quotes
    /// are the evidence that the text is meant as the form (“放管福” for “放管服”, “两个维户”
    /// for “两个维护”). A form long enough to be checked for an inserted or a dropped
    /// character outside quotes is checked for them here too, which is how the titles of
    /// `law_titles.tsv`, checked nowhere else, get those checks. A text that is itself a
    /// canonical form is never a near miss. Called with the byte offsets of the quotation
    /// marks, which the punctuation checks see in the same pass.
    pub(crate) fn quoted(&self, text: &str, open: usize, close: usize, hits: &mut Vec<Hit<What>>) {
        let Some(inner) = text.get(open..close) else {
            return;
        };
        let mut w = [' '; WINDOW];
        let mut n = 0;
        for c in inner.chars() {
            let Some(slot) = w.get_mut(n) else { return };
            if !is_hanzi(c) && c != '、' {
                return;
            }
            *slot = c;
            n += 1;
        }
        let window = &w[..n];
        let of_len = |len: usize| self.by_len.get(len).map_or(&[][..], Vec::as_slice);
        let chars = |entry: u32| &*self.entries[entry as usize].chars;
        // A text that is a form is no near miss of another (两个维护 is no 两个确立 gone wrong).
        if of_len(n).iter().any(|&e| chars(e) == window) {
            return;
        }
        // A long title in 书名号 one 汉字 away from a form is that form misspelt, whatever
        // the two characters (交通完全法 for 交通安全法, 社会求助 for 社会救助): tried last.
        let title = text[..open].ends_with('《') && n >= MIN_TITLE_ANY_SUBSTITUTION;
        let mut unclassified = None;
        for &entry in of_len(n) {
            let c = chars(entry);
            let mut differ = window
                .iter()
                .zip(c.iter())
                .enumerate()
                .filter(|(_, (x, y))| x != y);
            let (Some((k, (&x, &y))), None) = (differ.next(), differ.next()) else {
                continue;
            };
            if let Some(mechanism) = self.confusable(y, x) {
                let edit = Edit::Substituted {
                    at: k,
                    mechanism,
                    edge: false,
                };
                push_near(hits, near_miss(open, close, entry as usize, edit));
                return;
            }
            if title && unclassified.is_none() && is_hanzi(x) && is_hanzi(y) {
                unclassified = Some((entry, k));
            }
        }
        // One character less or more, for the forms long enough to be checked for it
        // outside quotes too; the quotes mark the window, which the scan finds only through
        // anchors (a title of law_titles.tsv has none: 《中华人民共和国行政讼法》). A dropped
        // character is tried first: drafters drop characters more often than they add one
        // (中华人民共和国会保险法 is 社会保险法 less 社, not 保险法 with 会).
        if n + 1 >= MIN_DELETION {
            for &entry in of_len(n + 1) {
                if let Some(edit) = deletion_in_quotes(window, chars(entry)) {
                    push_near(hits, near_miss(open, close, entry as usize, edit));
                    return;
                }
            }
        }
        if n > MIN_INSERTION {
            for &entry in of_len(n - 1) {
                if let Some(edit) = insertion(window, chars(entry)) {
                    push_near(hits, near_miss(open, close, entry as usize, edit));
                    return;
                }
            }
        }
        if let Some((entry, at)) = unclassified {
            let edit = Edit::Substituted {
                at,
                mechanism: "",
                edge: false,
            };
            push_near(hits, near_miss(open, close, entry as usize, edit));
        }
    }

    /// The bigram `prev c` at bytes `a..z`, whose characters can start and end an anchor:
    /// if it is an anchor bigram, the anchors of its group whose prefilters let them
    /// through. The characters around the bigram are decoded here, from the bytes,
    /// rather than carried along the scan; those before it only when an anchor reads them
    /// (the anchors that read ahead are first anchors, whose left part is empty, unless
    /// [`Group::middle`]).
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn closer_look(
        &self,
        text: &str,
        year: u16,
        (prev, c): (u32, u32),
        (a, z): (usize, usize),
        lists_from: &mut usize,
        exact: &mut Vec<Exact>,
        hits: &mut Vec<Hit<What>>,
    ) {
        let Some(group) = self.lookup((u64::from(prev) << 21) | u64::from(c)) else {
            return;
        };
        let mut prev2 = [NONE; 2];
        let mut decoded = false;
        if group.after != 0 {
            let (t0, w0) = decode(text, z).unwrap_or((NONE, 0));
            let (t1, _) = decode(text, z + w0).unwrap_or((NONE, 0));
            if group.after & (bloom(t0) | bloom(t1)) != 0 {
                if group.middle {
                    prev2 = two_back(text, a);
                    decoded = true;
                }
                self.ahead(
                    text,
                    year,
                    group,
                    (a, z),
                    (prev2, [t0, t1]),
                    lists_from,
                    exact,
                    hits,
                );
            }
        }
        if group.before != 0 {
            if !decoded {
                prev2 = two_back(text, a);
            }
            if group.before & (bloom(prev2[0]) | bloom(prev2[1])) != 0 {
                for &k in &group.behind {
                    let anchor = &self.near[k as usize];
                    if anchor.possible(prev2, [NONE; 2]) {
                        self.near(text, a, z, anchor, exact, hits);
                    }
                }
            }
        }
    }

    /// The anchors of `group` that read ahead of the bigram at bytes `a..z`; `before` and
    /// `after` are the two characters on either side of it.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn ahead(
        &self,
        text: &str,
        year: u16,
        group: &Group,
        (a, z): (usize, usize),
        (before, after): ([u32; 2], [u32; 2]),
        lists_from: &mut usize,
        exact: &mut Vec<Exact>,
        hits: &mut Vec<Hit<What>>,
    ) {
        let mut list_done = a < *lists_from;
        let seen = bloom(after[0]) | bloom(after[1]);
        for &(mask, anchor) in &group.ahead {
            if mask & seen == 0 {
                continue;
            }
            match anchor {
                Anchor::Near(k) => {
                    let anchor = &self.near[k as usize];
                    if anchor.possible(before, after) {
                        self.near(text, a, z, anchor, exact, hits);
                    }
                }
                Anchor::Pattern(n) => {
                    // The pattern starts `anchor` bytes before its bigram.
                    let back = self.patterns[n as usize].anchor;
                    if let Some(p) = a.checked_sub(back)
                        && text.is_char_boundary(p)
                    {
                        self.pattern_at(text, p, n as usize, year, hits);
                    }
                }
                Anchor::List(l) if !list_done => {
                    let list = &self.lists[l as usize];
                    if let Some((end, in_order)) = list.match_at(text, a) {
                        if !in_order {
                            hits.push(Hit {
                                start: a,
                                end,
                                what: What::Order { entry: list.entry },
                            });
                        }
                        *lists_from = end;
                        list_done = true;
                    }
                }
                Anchor::List(_) => {}
            }
        }
    }

    /// The windows within one edit of the anchor's form that hold the anchor, found at
    /// bytes `a..z` of `text`. The parts of the form on either side are compared with the
    /// text as UTF-8 bytes, eight at a time; the rarer windows with an edit are checked out
    /// of line ([`Self::edit_right`], [`Self::edit_left`]).
    ///
    /// The anchor splits the form into a left part `L` and a right part `R`. One edit
    /// leaves one of them intact, so a window is only possible when the text before the
    /// anchor ends with `L` or the text after it starts with `R`; in almost every case the
    /// first character on either side already differs and the anchor costs two
    /// comparisons. An exact occurrence is recorded once, through the entry's first anchor;
    /// a window found through both anchors is reported once.
    #[inline(always)]
    fn near(
        &self,
        text: &str,
        a: usize,
        z: usize,
        anchor: &NearAnchor,
        exact: &mut Vec<Exact>,
        hits: &mut Vec<Hit<What>>,
    ) {
        let entry = anchor.entry as usize;
        let form = self.entries[entry].text.as_bytes();
        let t = text.as_bytes();
        let (l, r) = (
            usize::from(anchor.left_end),
            usize::from(anchor.right_start),
        );
        let (Some(after), Some(before), Some(left), Some(right)) =
            (t.get(z..), t.get(..a), form.get(..l), form.get(r..))
        else {
            return;
        };
        // The bytes of the right part that match, and of the left part from its end.
        let mr = common_prefix(after, right);
        let right_intact = mr == right.len();
        if !right_intact && mr == after.len() {
            return; // the text ends inside the form
        }
        let ml = common_suffix(before, left);
        let left_intact = ml == left.len();
        if !left_intact && ml == before.len() {
            return; // the text starts inside the form
        }
        match (left_intact, right_intact) {
            (true, true) => {
                if anchor.first {
                    exact.push(Exact {
                        start: a - ml,
                        end: z + mr,
                        entry,
                    });
                }
            }
            (false, false) => {}
            (true, false) => {
                if let Some(d) = self.realigns_right(text, z, r, mr, entry) {
                    self.edit_right(text, a - ml, d, entry, hits);
                }
            }
            (false, true) => {
                if let Some(d) = self.realigns_left(text, a, l, ml, entry) {
                    self.edit_left(text, z + mr, d, entry, hits);
                }
            }
        }
    }

    /// Where the text after an anchor, whose right part matches the form from byte `r` for
    /// `mr` bytes only, first differs from the form, if it realigns with the form right
    /// after that difference: only then can one of the three windows of
    /// [`Self::edit_right`] be there.
    #[inline]
    fn realigns_right(
        &self,
        text: &str,
        z: usize,
        r: usize,
        mr: usize,
        entry: usize,
    ) -> Option<Difference> {
        let e = &self.entries[entry];
        let form = e.text.as_bytes();
        // Two UTF-8 strings that agree up to a byte agree on the character boundaries up
        // to it: the character that differs starts at the last lead byte.
        let mut m = r + mr;
        while m > r && form[m] & 0xC0 == 0x80 {
            m -= 1;
        }
        let k = usize::from(e.char_of[m]);
        // `x` starts at `at` (a character boundary: the text before it equals whole
        // characters of the form), `y` right after it.
        let at = z + (m - r);
        let (x, wx) = decode(text, at).unwrap_or((NONE, 0));
        let (y, _) = decode(text, at + wx).unwrap_or((NONE, 0));
        let d = Difference { k, at, x, wx, y };
        let c = &e.chars;
        let n = c.len();
        let Some(&next) = c.get(k + 1) else {
            return Some(d);
        };
        (y == u32::from(next)
            || (n >= MIN_INSERTION && y == u32::from(c[k]))
            || (n >= MIN_DELETION && x == u32::from(next)))
        .then_some(d)
    }

    /// Where the text before an anchor, whose left part matches the form up to byte `l`
    /// for `ml` bytes only (from its end), last differs from the form, if it realigns with
    /// the form right before that difference: only then can one of the three windows of
    /// [`Self::edit_left`] be there.
    #[inline]
    fn realigns_left(
        &self,
        text: &str,
        a: usize,
        l: usize,
        ml: usize,
        entry: usize,
    ) -> Option<Difference> {
        let en = &self.entries[entry];
        let form = en.text.as_bytes();
        // The matched part starts at a lead byte.
        let mut m = ml;
        while m > 0 && form[l - m] & 0xC0 == 0x80 {
            m -= 1;
        }
        // The left part is not intact, so a character of the form precedes the matched
        // part: `k` is at least zero.
        let k = usize::from(en.char_of[l - m]).wrapping_sub(1);
        // `x` ends at `at`, `y` right before it.
        let at = a - m;
        let (x, wx) = decode_back(text, at).unwrap_or((NONE, 0));
        let (y, _) = decode_back(text, at - wx).unwrap_or((NONE, 0));
        let d = Difference { k, at, x, wx, y };
        let c = &en.chars;
        let n = c.len();
        let (Some(&here), Some(&before)) = (c.get(k), k.checked_sub(1).and_then(|i| c.get(i)))
        else {
            return Some(d);
        };
        (y == u32::from(before)
            || (n >= MIN_INSERTION && y == u32::from(here))
            || (n >= MIN_DELETION && x == u32::from(before)))
        .then_some(d)
    }

    /// The windows of entry `entry` whose left part and anchor match, starting at byte `s`,
    /// and that first differ from the form at `d` (from [`Self::realigns_right`]). The edit
    /// is right of the anchor.
    #[inline(never)]
    fn edit_right(
        &self,
        text: &str,
        s: usize,
        d: Difference,
        entry: usize,
        hits: &mut Vec<Hit<What>>,
    ) {
        let e = &self.entries[entry];
        let (c, form) = (&e.chars, e.text.as_bytes());
        let n = c.len();
        let k = d.k;
        let (x, y) = (char::from_u32(d.x), char::from_u32(d.y));
        if (k + 1 >= n || y == Some(c[k + 1]))
            && n <= WINDOW
            && let Some(x) = x
        {
            // A substitution at `k`: the window is the text up to `x` (equal to the form
            // before `k`), `x`, and the rest of the form, compared as bytes in place.
            let after = d.at + d.wx;
            let rest = form
                .get(usize::from(e.offsets[k + 1])..)
                .unwrap_or_default();
            if text.as_bytes().get(after..after + rest.len()) == Some(rest)
                && let Some(edit) = self.substitution(c[k], x, k, n)
            {
                push_near(hits, near_miss(s, after + rest.len(), entry, edit));
            }
        }
        if n >= MIN_INSERTION && y == Some(c[k]) {
            self.window_forward(text, s, n + 1, entry, hits, |w| insertion(w, c));
        }
        if n >= MIN_DELETION && (k + 1 >= n || x == Some(c[k + 1])) {
            self.window_forward(text, s, n - 1, entry, hits, |w| deletion(w, c));
        }
    }

    /// The windows of entry `entry` whose anchor and right part match, ending at byte `e`,
    /// and that last differ from the form at `d` (from [`Self::realigns_left`]). The edit
    /// is left of the anchor.
    #[inline(never)]
    fn edit_left(
        &self,
        text: &str,
        e: usize,
        d: Difference,
        entry: usize,
        hits: &mut Vec<Hit<What>>,
    ) {
        let en = &self.entries[entry];
        let (c, form) = (&en.chars, en.text.as_bytes());
        let n = c.len();
        let (x, y) = (char::from_u32(d.x), char::from_u32(d.y));
        // The characters of the form at `d.k` and before it, if there are.
        let (here, before) = (
            c.get(d.k).copied(),
            d.k.checked_sub(1).and_then(|i| c.get(i)).copied(),
        );
        let fits = |got: Option<char>, want: Option<char>| want.is_none_or(|w| got == Some(w));
        if fits(y, before)
            && n <= WINDOW
            && let Some(x) = x
            && let Some(&form_x) = c.get(d.k)
        {
            // A substitution at `k`, the character `x`: the window is the start of the form,
            // compared as bytes in place, `x`, and the text from `x` on (equal to the form).
            let j = d.k;
            let head = form.get(..usize::from(en.offsets[j])).unwrap_or_default();
            let before_x = d.at - d.wx;
            if let Some(start) = before_x.checked_sub(head.len())
                && text.as_bytes().get(start..before_x) == Some(head)
                && let Some(edit) = self.substitution(form_x, x, j, n)
            {
                push_near(hits, near_miss(start, e, entry, edit));
            }
        }
        if n >= MIN_INSERTION && fits(y, here) {
            self.window_backward(text, e, n + 1, entry, hits, |w| insertion(w, c));
        }
        if n >= MIN_DELETION && fits(x, before) {
            self.window_backward(text, e, n - 1, entry, hits, |w| deletion(w, c));
        }
    }

    /// Checks the window of `len` characters starting at byte `s`.
    fn window_forward(
        &self,
        text: &str,
        s: usize,
        len: usize,
        entry: usize,
        hits: &mut Vec<Hit<What>>,
        check: impl Fn(&[char]) -> Option<Edit>,
    ) {
        let mut w = [' '; WINDOW];
        let mut e = s;
        let mut chars = text[s..].chars();
        for slot in w.get_mut(..len).into_iter().flatten() {
            let Some(c) = chars.next() else { return };
            *slot = c;
            e += c.len_utf8();
        }
        if let Some(window) = w.get(..len)
            && let Some(edit) = check(window)
        {
            push_near(hits, near_miss(s, e, entry, edit));
        }
    }

    /// Checks the window of `len` characters ending at byte `e`.
    fn window_backward(
        &self,
        text: &str,
        e: usize,
        len: usize,
        entry: usize,
        hits: &mut Vec<Hit<What>>,
        check: impl Fn(&[char]) -> Option<Edit>,
    ) {
        let mut w = [' '; WINDOW];
        let mut s = e;
        let mut chars = text[..e].chars();
        for slot in w.get_mut(..len).into_iter().flatten().rev() {
            let Some(c) = chars.next_back() else { return };
            *slot = c;
            s -= c.len_utf8();
        }
        if let Some(window) = w.get(..len)
            && let Some(edit) = check(window)
        {
            push_near(hits, near_miss(s, e, entry, edit));
        }
    }

    /// Pattern `n` starting at byte `p`.
    fn pattern_at(&self, text: &str, p: usize, n: usize, year: u16, hits: &mut Vec<Hit<What>>) {
        let pattern = &self.patterns[n];
        if !text.as_bytes()[p..].starts_with(pattern.text.as_bytes()) {
            return;
        }
        let end = p + pattern.text.len();
        if pattern.from_year.is_some_and(|from| year < from) {
            return;
        }
        if pattern
            .unless_before
            .iter()
            .any(|b| text[..p].ends_with(b.as_str()))
            || pattern
                .unless_after
                .iter()
                .any(|a| text[end..].starts_with(a.as_str()))
        {
            return;
        }
        hits.push(Hit {
            start: p,
            end,
            what: What::Pattern(n),
        });
    }

    /// A listed wrong verb right before an exact occurrence of a formulation with a fixed
    /// collocation: 增强“四个自信”.
    fn scan_collocations(&self, text: &str, exact: &[Exact], hits: &mut Vec<Hit<What>>) {
        for found in exact {
            let Some(c) = self.entries[found.entry].collocation else {
                continue;
            };
            let mut start = found.start;
            let mut end = found.end;
            if let Some(open) = text[..start].chars().next_back()
                && let Some(close) = closing_quote(open)
            {
                start -= open.len_utf8();
                if text[end..].starts_with(close) {
                    end += close.len_utf8();
                }
            }
            let before = &text[..start];
            if let Some(verb) = self.collocations[c]
                .wrong
                .iter()
                .find(|v| before.ends_with(v.as_str()))
            {
                hits.push(Hit {
                    start: start - verb.len(),
                    end,
                    what: What::Collocation {
                        entry: found.entry,
                        verb_len: verb.len(),
                    },
                });
            }
        }
    }
}

impl NearAnchor {
    /// Whether a window within one edit of the form can hold this anchor, judged by the two
    /// characters on either side of it in the text (`before`: the nearer first). A cheap
    /// necessary condition for [`Dictionary::near`]: one edit leaves one side intact, and
    /// the other side must realign right after its first difference.
    fn possible(&self, before: [u32; 2], after: [u32; 2]) -> bool {
        let right_ok = self.next[0] == NONE || after[0] == self.next[0];
        let left_ok = self.prev[0] == NONE || before[0] == self.prev[0];
        let fits = |got: u32, want: u32| want == NONE || got == want;
        let n = self.len as usize;
        match (left_ok, right_ok) {
            (true, true) => true,
            (false, false) => false,
            // The first difference is the character right after the anchor.
            (true, false) => {
                fits(after[1], self.next[1])
                    || (n >= MIN_INSERTION && after[1] == self.next[0])
                    || (n >= MIN_DELETION && fits(after[0], self.next[1]))
            }
            // The last difference is the character right before the anchor.
            (false, true) => {
                fits(before[1], self.prev[1])
                    || (n >= MIN_INSERTION && fits(before[1], self.prev[0]))
                    || (n >= MIN_DELETION && fits(before[0], self.prev[1]))
            }
        }
    }
}

/// The longest window a near miss compares: the longest canonical form plus one (a unit
/// test checks the dictionary against it).
const WINDOW: usize = 64;

/// The anchors of a canonical form of 4 characters or more: the char offsets of two
/// disjoint bigrams, its first and its last.
fn anchors_of(c: &[char]) -> (usize, usize) {
    (0, c.len() - 2)
}

/// Pushes a near miss unless the same window of the same entry is already there (found
/// through the entry's other anchor).
fn push_near(hits: &mut Vec<Hit<What>>, hit: Hit<What>) {
    if !hits.iter().any(|h| {
        h.start == hit.start
            && h.end == hit.end
            && matches!((h.what, hit.what), (What::NearMiss { entry: a, .. }, What::NearMiss { entry: b, .. }) if a == b)
    }) {
        hits.push(hit);
    }
}

fn closing_quote(open: char) -> Option<char> {
    match open {
        '“' => Some('”'),
        '‘' => Some('’'),
        '"' => Some('"'),
        '「' => Some('」'),
        _ => None,
    }
}

fn near_miss(start: usize, end: usize, entry: usize, edit: Edit) -> Hit<What> {
    Hit {
        start,
        end,
        what: What::NearMiss { entry, edit },
    }
}

/// `w` is `c` with one 汉字 inserted strictly inside (not a function word, unless doubled).
///
/// A doubled character is inside only if every alignment puts it inside: 学习习近平总书记
/// holds 习近平总书记 with a 习 before it, not a 习 inserted into it.
fn insertion(w: &[char], c: &[char]) -> Option<Edit> {
    let at = w.iter().zip(c.iter()).position(|(x, y)| x != y)?;
    let extra = w[at];
    let first = w[..at]
        .iter()
        .rposition(|&x| x != extra)
        .map_or(0, |k| k + 1);
    let last = at + w[at..].iter().take_while(|&&x| x == extra).count() - 1;
    let ok = first >= 1
        && last + 1 < w.len()
        && w[at + 1..] == c[at..]
        && is_hanzi(extra)
        // A function character is prose, unless it doubles its neighbour (以人民为为中心).
        && (!FUNCTION_CHARS.contains(&extra) || w[at - 1] == extra);
    ok.then_some(Edit::Inserted { at })
}

/// `w` is `c` with one 汉字 strictly inside dropped.
fn deletion(w: &[char], c: &[char]) -> Option<Edit> {
    let at = w.iter().zip(c.iter()).position(|(x, y)| x != y)?;
    let ok = at >= 1 && w[at..] == c[at + 1..] && is_hanzi(c[at]);
    ok.then_some(Edit::Dropped { at })
}

/// [`deletion`], and also where the dropped character doubles the last one: in quotes the
/// window ends with the form, so 《中华人民共和国立法》 is 立法法 with one 法 dropped.
fn deletion_in_quotes(w: &[char], c: &[char]) -> Option<Edit> {
    deletion(w, c).or_else(|| {
        if c.len() != w.len() + 1 || !c.starts_with(w) {
            return None;
        }
        let mut at = w.len();
        while at > 0 && c[at - 1] == c[at] {
            at -= 1;
        }
        (at >= 1 && at + 1 < c.len() && is_hanzi(c[at])).then_some(Edit::Dropped { at })
    })
}

impl OrderedList {
    /// Matches every item once, joined by the joiner and followed by the suffix, at byte
    /// `p`. Returns the end and whether the items came in the canonical order.
    fn match_at(&self, text: &str, p: usize) -> Option<(usize, bool)> {
        let t = text.as_bytes();
        let starts_with = |q: usize, s: &str| t[q..].starts_with(s.as_bytes());
        let mut q = p;
        let mut used = 0u32;
        let mut previous = None;
        let mut in_order = true;
        for k in 0..self.items.len() {
            if k > 0 {
                if !starts_with(q, &self.joiner) {
                    return None;
                }
                q += self.joiner.len();
            }
            let (i, item) = self
                .items
                .iter()
                .enumerate()
                .filter(|(i, item)| used & (1 << i) == 0 && starts_with(q, item))
                .max_by_key(|(_, item)| item.len())?;
            used |= 1 << i;
            if previous.is_some_and(|prev| i < prev) {
                in_order = false;
            }
            previous = Some(i);
            q += item.len();
        }
        if !starts_with(q, &self.suffix) {
            return None;
        }
        Some((q + self.suffix.len(), in_order))
    }
}

/// Parses "[严格][规范][公正][文明]执法" into its plain form, items, joiner and suffix.
#[allow(clippy::type_complexity)]
fn parse_list(form: &str) -> Result<(String, Vec<String>, String, String), String> {
    let mut items = Vec::new();
    let mut gaps: Vec<String> = vec![String::new()];
    let mut rest = form;
    while let Some(open) = rest.find('[') {
        if let Some(g) = gaps.last_mut() {
            g.push_str(&rest[..open])
        }
        let after = &rest[open + 1..];
        let close = after
            .find(']')
            .ok_or_else(|| format!("unclosed [ in {form}"))?;
        let item = after[..close].to_owned();
        if item.is_empty() {
            return Err(format!("empty item in {form}"));
        }
        items.push(item);
        gaps.push(String::new());
        rest = &after[close + 1..];
    }
    if rest.contains(']') {
        return Err(format!("stray ] in {form}"));
    }
    let prefix = gaps.first().cloned().unwrap_or_default();
    let suffix = rest.to_owned();
    let joiners = &gaps[1..gaps.len() - 1];
    if !prefix.is_empty() {
        return Err(format!("text before the first item in {form}"));
    }
    if items.len() < 2 || items.len() > 16 {
        return Err(format!("an ordered list needs 2 to 16 items: {form}"));
    }
    if joiners.windows(2).any(|w| w[0] != w[1]) {
        return Err(format!("items joined in different ways in {form}"));
    }
    let joiner = joiners.first().cloned().unwrap_or_default();
    let plain: String = form.chars().filter(|c| *c != '[' && *c != ']').collect();
    Ok((plain, items, joiner, suffix))
}

impl Dictionary {
    /// Which lexical finding wins when two overlap: the more specific diagnosis first, then the
    /// longer span.
    fn priority(&self, what: &What) -> u8 {
        match what {
            What::Pattern(p) => match self.patterns[*p].rule {
                PatternRule::Blend { .. } => 0,
                PatternRule::Outdated => 1,
                PatternRule::Shortened => 2,
                PatternRule::Wrong { .. } | PatternRule::Transposed { .. } => 3,
            },
            What::Order { .. } => 4,
            What::Collocation { .. } => 5,
            What::NearMiss { .. } => 6,
        }
    }

    /// Drops near misses inside exact occurrences of other canonical forms, then keeps the best
    /// of any overlapping hits.
    /// Offsets are bytes of `text`.
    pub(crate) fn resolve(
        &self,
        text: &str,
        exact: &[Exact],
        hits: &mut Vec<Hit<What>>,
        kept: &mut Vec<Hit<What>>,
    ) {
        hits.retain(|h| {
            !matches!(h.what, What::NearMiss { .. }) || !inside_exact(exact, h.start, h.end)
        });
        // Ties (same diagnosis, length and start) go to the lower entry or pattern index,
        // whatever the order in which the scan found them.
        hits.sort_by_cached_key(|h| {
            let chars = text.get(h.start..h.end).map_or(0, |t| t.chars().count());
            let index = match h.what {
                What::NearMiss { entry, .. }
                | What::Order { entry }
                | What::Collocation { entry, .. } => entry,
                What::Pattern(p) => p,
            };
            (self.priority(&h.what), usize::MAX - chars, h.start, index)
        });
        for hit in hits.iter() {
            if !kept.iter().any(|k| k.start < hit.end && hit.start < k.end) {
                kept.push(*hit);
            }
        }
    }
}

/// Whether a near miss at `start..end` lies inside an exact occurrence of a canonical form
/// (the text there is correct; the near miss is an artefact of overlapping forms).
fn inside_exact(exact: &[Exact], start: usize, end: usize) -> bool {
    exact.iter().any(|e| e.start <= start && end <= e.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::rules::text::{CONFUSION, DICTIONARY, DICTIONARY_DATA, data};
    use crate::validate::support::text::tsv::single;

    fn hits(text: &str) -> Vec<(String, What)> {
        let mut exact = Vec::new();
        let mut hits = Vec::new();
        let mut kept = Vec::new();
        DICTIONARY.scan_str(text, 2023, &mut exact, &mut hits, &mut |_, _| {});
        DICTIONARY.resolve(text, &exact, &mut hits, &mut kept);
        kept.sort_by_key(|h| h.start);
        kept.into_iter()
            .map(|h| (text[h.start..h.end].to_owned(), h.what))
            .collect()
    }

    /// The near misses [`Dictionary::quoted`] finds in 《`inner`》, as [`near_misses`] gives
    /// them.
    fn quoted_near_misses(inner: &str) -> Vec<(usize, usize, String)> {
        let text = format!("《{inner}》");
        let mut found = Vec::new();
        DICTIONARY.quoted(
            &text,
            '《'.len_utf8(),
            text.len() - '》'.len_utf8(),
            &mut found,
        );
        found
            .iter()
            .filter_map(|h| match h.what {
                What::NearMiss { entry, .. } => Some((
                    text[..h.start].chars().count(),
                    text[..h.end].chars().count(),
                    DICTIONARY.entries[entry].text.clone(),
                )),
                _ => None,
            })
            .collect()
    }

    /// The near misses the scan of `text` finds, before overlapping hits are resolved:
    /// span in chars and the canonical form suggested.
    fn near_misses(text: &str) -> Vec<(usize, usize, String)> {
        let t: Vec<char> = text.chars().collect();
        let (mut exact, mut found) = (Vec::new(), Vec::new());
        DICTIONARY.scan(&t, 2023, &mut exact, &mut found);
        found
            .iter()
            .filter_map(|h| match h.what {
                What::NearMiss { entry, .. } => {
                    Some((h.start, h.end, DICTIONARY.entries[entry].text.clone()))
                }
                _ => None,
            })
            .collect()
    }

    /// Every pair of the confusion table, both ways.
    fn partners(c: char) -> Vec<char> {
        rows(data::CONFUSABLES)
            .filter_map(|(_, row)| {
                let a = single(column(&row, 0))?;
                let b = single(column(&row, 1))?;
                match (a == c, b == c) {
                    (true, _) => Some(b),
                    (_, true) => Some(a),
                    _ => None,
                }
            })
            .collect()
    }

    #[test]
    fn the_two_anchors_of_every_form_are_disjoint() {
        let mut checked = 0;
        for (n, entry) in DICTIONARY.entries.iter().enumerate() {
            let anchors: Vec<&NearAnchor> = DICTIONARY
                .near
                .iter()
                .filter(|a| a.entry as usize == n)
                .collect();
            if entry.chars.len() < MIN_NEAR_MISS || entry.quoted_only {
                assert!(anchors.is_empty(), "{}", entry.text);
                continue;
            }
            let [first, last] = anchors[..] else {
                panic!("{}: {} anchors", entry.text, anchors.len());
            };
            assert!(first.first && !last.first, "{}", entry.text);
            // The prefilter of `Group` relies on these two places.
            assert_eq!(first.at, 0, "{}", entry.text);
            assert_eq!(last.at as usize + 2, entry.chars.len(), "{}", entry.text);
            assert!(first.at + 2 <= last.at, "{}: anchors overlap", entry.text);
            checked += 1;
        }
        assert!(checked > 100);
    }

    /// One-edit variants of every form, alone in a sentence: the scan finds each as a near
    /// miss of the form (before overlapping hits are resolved: where forms overlap, a more
    /// specific diagnosis may win, as 国家安全教育日 for 全国家安全教育日). Catches a
    /// prefilter ([`Group`]) that hides a window.
    #[test]
    fn every_one_edit_variant_of_every_form_is_found() {
        // An ideograph that occurs in no form and is no function word.
        let extra = '鑫';
        assert!(is_hanzi(extra) && !FUNCTION_CHARS.contains(&extra));
        let mut tried = 0;
        let mut missed = Vec::new();
        for entry in &DICTIONARY.entries {
            let c = &entry.chars;
            let n = c.len();
            if n < MIN_NEAR_MISS {
                continue;
            }
            assert!(!c.contains(&extra));
            let mut variants: Vec<Vec<char>> = Vec::new();
            for i in 0..n {
                for p in partners(c[i]) {
                    let mut v = c.to_vec();
                    v[i] = p;
                    variants.push(v);
                }
            }
            if n >= MIN_INSERTION {
                for i in 1..n {
                    let mut v = c.to_vec();
                    v.insert(i, extra);
                    variants.push(v);
                }
            }
            if n >= MIN_DELETION {
                for i in 1..n - 1 {
                    if is_hanzi(c[i]) {
                        let mut v = c.to_vec();
                        v.remove(i);
                        variants.push(v);
                    }
                }
            }
            for v in variants {
                let v: String = v.into_iter().collect();
                if DICTIONARY.entry_index(&v).is_some() {
                    continue; // another correct name
                }
                tried += 1;
                let len = v.chars().count();
                let found = if entry.quoted_only {
                    quoted_near_misses(&v)
                } else {
                    near_misses(&format!("，{v}。"))
                };
                // In 书名号 one title is suggested: where the variant is as near to
                // another title (中华人民共和国计法: 统计法 or 会计法, each less a character),
                // the other may be it.
                let other_as_near = |(s, e, form): &(usize, usize, String)| {
                    let f: Vec<char> = form.chars().collect();
                    let w: Vec<char> = v.chars().collect();
                    let one_edit = (f.len() == w.len()
                        && f.iter().zip(&w).filter(|(x, y)| x != y).count() == 1)
                        || deletion(&w, &f).is_some()
                        || insertion(&w, &f).is_some();
                    entry.quoted_only && (*s, *e) == (1, 1 + len) && one_edit
                };
                if !found.contains(&(1, 1 + len, entry.text.clone()))
                    && !found.iter().any(other_as_near)
                {
                    missed.push(format!("{v} (for {}): {found:?}", entry.text));
                }
            }
        }
        assert!(tried > 1000, "{tried}");
        assert!(
            missed.is_empty(),
            "{} of {tried} missed:\n{}",
            missed.len(),
            missed.join("\n")
        );
    }

    /// The scan's fast path reads the flags of a three-byte character by the code point it
    /// assembles: every three-byte character finds its own flags.
    #[test]
    fn three_byte_characters_find_their_flags() {
        let mut checked = 0;
        for c in (0x800..0x1_0000).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            if let [b0, b1, b2] = *c.encode_utf8(&mut buf).as_bytes() {
                assert_eq!(
                    DICTIONARY.flags[three_bytes(b0, b1, b2)],
                    DICTIONARY.flags[c as usize]
                );
                checked += 1;
            }
        }
        assert!(checked > 60_000);
    }

    /// The scan skips characters by their flags alone: every character that starts or ends
    /// an anchor bigram or that the punctuation checks watch has its flag.
    #[test]
    fn every_anchor_and_watched_character_is_flagged() {
        let flags = |c: char| {
            DICTIONARY
                .flags
                .get(c as usize)
                .copied()
                .unwrap_or(FLAGS_BEYOND_BMP)
        };
        for &key in &DICTIONARY.keys {
            let first = char::from_u32((key >> 21) as u32).unwrap();
            let second = char::from_u32((key & 0x1f_ffff) as u32).unwrap();
            assert_ne!(flags(first) & ANCHOR_FIRST, 0, "{first}");
            assert_ne!(flags(second) & ANCHOR_SECOND, 0, "{second}");
        }
        let watched = crate::validate::rules::text::watched();
        assert!(watched.len() > 30);
        for &c in &watched {
            assert_ne!(flags(c) & WATCHED, 0, "{c}");
        }
        // And no other character: the scan hands over exactly what the checks declare.
        let flagged = DICTIONARY
            .flags
            .iter()
            .filter(|&&f| f & WATCHED != 0)
            .count();
        assert_eq!(
            flagged,
            watched.iter().filter(|c| (**c as usize) < 0x1_0000).count()
        );
        // `want` shifts ANCHOR_FIRST onto ANCHOR_SECOND: no other bit may be set.
        assert!(DICTIONARY.flags.iter().all(|&f| f < 8));
        assert_eq!(ANCHOR_FIRST >> 2, ANCHOR_SECOND);
    }

    #[test]
    fn a_form_too_long_to_index_is_a_problem() {
        let mut dictionary = Dictionary::load(
            &DICTIONARY_DATA,
            &CONFUSION,
            &crate::validate::rules::text::watched(),
        );
        assert!(dictionary.problems.is_empty());
        let longest = "法".repeat(255);
        dictionary.add_entry(Kind::Document, &longest);
        assert!(dictionary.problems.is_empty(), "{:?}", dictionary.problems);
        let entry = dictionary
            .entries
            .last()
            .map(|e| (e.offsets.len(), e.char_of[765]));
        assert_eq!(entry, Some((256, 255)));
        dictionary.add_entry(Kind::Document, &"法".repeat(256));
        assert_eq!(dictionary.problems.len(), 1, "{:?}", dictionary.problems);
        assert!(dictionary.problems[0].contains("at most 255 characters"));
    }

    #[test]
    fn data_files_parse_without_problems() {
        assert!(DICTIONARY.problems.is_empty(), "{:#?}", DICTIONARY.problems);
        assert!(CONFUSION.problems.is_empty(), "{:#?}", CONFUSION.problems);
        assert!(CONFUSION.curated_pairs.len() > 30 && CONFUSION.lookalikes.len() > 1000);
        assert!(DICTIONARY.entries.len() > 100);
        assert!(DICTIONARY.lists.len() >= 8);
    }

    #[test]
    fn substitution_by_a_look_alike_is_found() {
        let found = hits("坚定“四个目信”");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "四个目信");
        let entry = DICTIONARY.entry_index("四个自信").unwrap();
        assert_eq!(
            found[0].1,
            What::NearMiss {
                entry,
                edit: Edit::Substituted {
                    at: 2,
                    mechanism: "形近",
                    edge: false
                }
            }
        );
    }

    #[test]
    fn substitution_at_either_end_is_found() {
        // The first bigram is broken: only the end anchor sees it.
        assert_eq!(hits("牢回树立")[0].0, "牢回树立");
        assert_eq!(hits("思想刁近平法治思想")[0].0, "刁近平");
        // By look only at the edge of a short form: found, marked `edge`, for the rules to
        // judge with the lexicon (tests/text.rs).
        let edge = hits("坚定“西个自信”");
        assert_eq!(edge.len(), 1, "{edge:?}");
        assert!(matches!(
            edge[0].1,
            What::NearMiss {
                edit: Edit::Substituted {
                    at: 0,
                    edge: true,
                    ..
                },
                ..
            }
        ));
        assert_eq!(hits("觉政主要负责人")[0].0, "觉政主要负责人");
        assert_eq!(hits("重大风验")[0].0, "重大风验");
    }

    #[test]
    fn unrelated_substitutions_are_not_found() {
        // 意 and 认 are not in the confusion table: plain edit distance would flag this.
        assert!(hits("四个认识").is_empty());
        assert!(hits("区国动办党组将习近平法治思想作为理论学习中心组常态化学习内容").is_empty());
    }

    #[test]
    fn insertion_and_deletion() {
        let found = hits("以人民为为中心");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(matches!(
            found[0].1,
            What::NearMiss {
                edit: Edit::Inserted { at: 4 },
                ..
            }
        ));
        let found = hits("以习近平同志为核心党中央");
        assert!(matches!(
            found[0].1,
            What::NearMiss {
                edit: Edit::Dropped { .. },
                ..
            }
        ));
        // Function words and short forms are never insertions.
        assert!(hits("严格规范公正文明的执法要求").is_empty());
        assert!(hits("加强国防动员立法工作").is_empty());
        assert!(hits("深入学习习近平总书记重要讲话精神").is_empty());
        // A six-character form less one: found here, and judged by the rules at its ends
        // with the lexicon (普法 is a word: tests/text.rs).
        assert!(hits("加强普法宣传教育").iter().all(|(_, w)| matches!(
            w,
            What::NearMiss { entry, edit: Edit::Dropped { .. } }
                if DICTIONARY.chars(*entry).len() < MIN_DELETION_ALONE
        )));
        // Adverbs and negations before the form's verb are prose.
        assert!(hits("行政机关负责人均出庭应诉").is_empty());
        assert!(hits("行政机关负责人未出庭应诉的案件").is_empty());
    }

    #[test]
    fn blends_are_generated_from_groups() {
        let found = hits("下达责令整改正通知书");
        assert_eq!(found.len(), 1, "{found:?}");
        let What::Pattern(p) = found[0].1 else {
            panic!("{found:?}")
        };
        assert_eq!(DICTIONARY.patterns[p].replacement, "责令改正通知书");
        assert!(hits("下达责令限期改正通知书").is_empty());
    }

    #[test]
    fn ordered_lists() {
        assert!(hits("严格规范公正文明执法").is_empty());
        assert_eq!(hits("严格公正规范文明执法")[0].0, "严格公正规范文明执法");
        assert!(hits("规范公正文明执法").is_empty());
    }

    #[test]
    fn collocations() {
        assert_eq!(hits("增强“四个自信”")[0].0, "增强“四个自信”");
        assert!(hits("增强“四个意识”、坚定“四个自信”、做到“两个维护”").is_empty());
        assert!(hits("坚决拥护“两个确立”").is_empty());
    }

    #[test]
    fn parse_list_rejects_malformed_lists() {
        assert!(parse_list("[a]、[b]、[c]").is_ok());
        assert!(parse_list("[a]、[b][c]").is_err());
        assert!(parse_list("x[a][b]").is_err());
        assert!(parse_list("[a][b").is_err());
        assert!(parse_list("[a]").is_err());
    }

    #[test]
    fn long_text_is_scanned_quietly_and_completely() {
        // 200 000 characters of correct prose: no finding, every occurrence seen.
        let paragraph = "区国动办党组将习近平法治思想作为理论学习中心组常态化学习内容，坚持严格规范公正文明执法。";
        let text = paragraph.repeat(5000);
        let mut exact = Vec::new();
        let mut found = Vec::new();
        DICTIONARY.scan_str(&text, 2023, &mut exact, &mut found, &mut |_, _| {});
        assert!(found.is_empty());
        assert_eq!(
            exact
                .iter()
                .filter(|e| e.entry == DICTIONARY.entry_index("习近平法治思想").unwrap())
                .count(),
            5000
        );
    }
}
