//! The dictionary of the `text` rules (固定表述词典) and the lexical scan over one field.
//!
//! The data lives in `data/*.tsv` beside this file, compiled in with `include_str!` and
//! parsed once. Each file starts with a comment that documents its format; extending the
//! dictionary is a one-line pull request to one of them.
//!
//! The scan is one linear pass over the UTF-8 bytes of a field. Every canonical form of 4
//! characters or more is cut into two halves; one edit (a substituted, inserted or dropped
//! character) leaves at least one half intact, so every window within one edit of a form
//! contains an exact occurrence of one of its halves at a known distance. One Aho-Corasick
//! automaton, built once, finds in a single pass every occurrence of every half, of every
//! exact pattern (known wrong forms, blends, outdated and shortened names), of every item
//! of an ordered list and of every bracket. Only the few windows it points at are decoded
//! and compared with the form, with the first and last two characters of the form (its
//! anchor bigrams) as the gate: a window is compared exactly when it starts or ends with an
//! anchor bigram of the form, as a scan of every anchor bigram would, but without visiting
//! the others. Offsets are bytes during the scan; findings are converted to characters.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Input, MatchKind, StartKind};

const FORMULATIONS: &str = include_str!("data/formulations.tsv");
const CONFUSABLES: &str = include_str!("data/confusables.tsv");
const COLLOCATIONS: &str = include_str!("data/collocations.tsv");
const REPLACEMENTS: &str = include_str!("data/replacements.tsv");
const BLENDS: &str = include_str!("data/blends.tsv");
const HOMOPHONES: &str = include_str!("data/homophones.tsv");

/// Shortest canonical form checked for near misses: a form needs two disjoint anchor bigrams.
const MIN_NEAR_MISS: usize = 4;
/// Shortest canonical form checked for an inserted character. Shorter forms are too often
/// a legitimate part of a longer phrase (国防动员法 → 国防动员立法).
const MIN_INSERTION: usize = 6;
/// Shortest canonical form checked for a dropped character. A form with one character
/// dropped is shorter still, and a six-character form less one is often correct prose
/// (法治宣传教育 less 治 is the 法宣传教育 of 普法宣传教育).
const MIN_DELETION: usize = 7;
/// Shortest canonical form in which a homophone outside the confusion table is reported at
/// the first or last character.
const MIN_HOMOPHONE_AT_EDGE: usize = 6;
/// Characters whose insertion into a canonical form is ordinary prose, not a typo
/// (严格规范公正文明的执法要求).
const FUNCTION_CHARS: &[char] = &['的', '地', '得', '之', '和', '与', '及', '或', '等', '并'];

/// Every bracket and quotation mark the bracket check pairs (see `punctuation::brackets`).
pub(super) const BRACKETS: &str = "(（《〈“‘【〔[［「『)）》〉”’】〕]］」』";

/// The dictionary, parsed once.
pub(super) static DICTIONARY: LazyLock<Dictionary> = LazyLock::new(Dictionary::load);

/// A small, fast hasher for the char and bigram keys (the dictionary is not attacker-chosen
/// and the scan hashes once per character of every text field).
#[derive(Default)]
pub(super) struct CharHasher(u64);

impl Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

type CharMap<K, V> = HashMap<K, V, BuildHasherDefault<CharHasher>>;

fn bigram(a: char, b: char) -> u64 {
    (u64::from(a) << 21) | u64::from(b)
}

fn pair(a: char, b: char) -> u64 {
    if a < b { bigram(a, b) } else { bigram(b, a) }
}

/// Whether `c` is a CJK ideograph (汉字).
pub(super) fn is_hanzi(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}')
}

/// The byte offset `k` characters after byte offset `at` of `text`, if there are that many.
fn forward(text: &str, at: usize, k: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    if k == 0 {
        return Some(at);
    }
    let mut it = rest.char_indices();
    match it.nth(k - 1) {
        Some((i, c)) => Some(at + i + c.len_utf8()),
        None => None,
    }
}

/// The byte offset `k` characters before byte offset `at` of `text`, if there are that many.
fn backward(text: &str, at: usize, k: usize) -> Option<usize> {
    let before = text.get(..at)?;
    if k == 0 {
        return Some(at);
    }
    before.char_indices().rev().nth(k - 1).map(|(i, _)| i)
}

/// What a canonical form names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// 政治表述.
    Formulation,
    /// 法律法规名称.
    Law,
    /// 文件、文书名称.
    Document,
    /// 纪念日名称.
    Day,
}

impl Kind {
    pub(super) fn label_zh(self) -> &'static str {
        match self {
            Kind::Formulation => "固定表述",
            Kind::Law => "法律法规名称",
            Kind::Document => "文件名称",
            Kind::Day => "纪念日名称",
        }
    }

    pub(super) fn label_en(self) -> &'static str {
        match self {
            Kind::Formulation => "fixed formulation",
            Kind::Law => "name of a law",
            Kind::Document => "document name",
            Kind::Day => "name of a commemorative day",
        }
    }
}

/// A canonical form.
pub(super) struct Entry {
    pub(super) kind: Kind,
    pub(super) text: String,
    chars: Box<[char]>,
    collocation: Option<usize>,
}

impl Entry {
    /// The first two characters (the start anchor), as UTF-8.
    fn head(&self) -> &str {
        forward(&self.text, 0, 2).map_or("", |end| &self.text[..end])
    }

    /// The last two characters (the end anchor), as UTF-8.
    fn tail(&self) -> &str {
        backward(&self.text, self.text.len(), 2).map_or("", |start| &self.text[start..])
    }
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
    /// Wrong verbs, with their length in characters.
    wrong: Vec<(String, usize)>,
}

/// What an exact pattern reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PatternRule {
    /// A known wrong form of an entry.
    Wrong { entry: usize },
    /// A blend of two document names: starts like `head`, ends like `tail`.
    Blend { head: usize, tail: usize },
    /// An outdated formulation.
    Outdated,
    /// A shortened name of a commemorative day.
    Shortened,
}

/// A string matched exactly.
pub(super) struct Pattern {
    text: String,
    chars: Box<[char]>,
    pub(super) rule: PatternRule,
    pub(super) replacement: String,
    pub(super) from_year: Option<u16>,
    unless_before: Vec<String>,
    unless_after: Vec<String>,
}

/// What an occurrence of one string of the automaton means.
#[derive(Clone, Copy)]
enum Role {
    /// The first half of entry `n`: a window may start there.
    Left(u32),
    /// The second half of entry `n` (six characters or more, so that the first half is
    /// longer than the start anchor): a window with an edit in the first half, after the
    /// start anchor, may end there.
    Right(u32),
    /// Entry `n` less its first two characters: a window with an edit in the start anchor
    /// may end there.
    Rest(u32),
    /// Pattern `n`, matched exactly.
    Pattern(u32),
    /// An item of an ordered list.
    ListItem,
    /// A bracket or quotation mark.
    Bracket,
}

/// How a window differs from a canonical form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Edit {
    /// The character at this offset of the canonical form was replaced.
    Substituted { at: usize, mechanism: &'static str },
    /// A character was inserted at this offset of the window.
    Inserted { at: usize },
    /// The character at this offset of the canonical form was dropped.
    Dropped { at: usize },
}

/// What a lexical hit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum What {
    /// A near miss of entry `entry`.
    NearMiss { entry: usize, edit: Edit },
    /// An exact pattern.
    Pattern(usize),
    /// An ordered list of entry `entry` in the wrong order.
    Order { entry: usize },
    /// A wrong verb before entry `entry`; the verb is `verb_len` characters long.
    Collocation { entry: usize, verb_len: usize },
}

/// A suspect span of a field: byte offsets during the scan, character offsets once
/// converted for the finding (see `super::to_char_offsets`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Hit {
    pub(super) start: usize,
    pub(super) end: usize,
    /// The length of the span in characters (longer spans win ties).
    len: usize,
    pub(super) what: What,
}

/// An exact occurrence of a canonical form, in bytes.
#[derive(Clone, Copy, Debug)]
pub(super) struct Exact {
    start: usize,
    end: usize,
    entry: usize,
}

/// Buffers of the scan, reused from field to field.
#[derive(Default)]
pub(super) struct Buffers {
    /// Exact occurrences of canonical forms.
    pub(super) exact: Vec<Exact>,
    /// Lexical hits, in the order a left-to-right scan of anchor bigrams finds them.
    pub(super) hits: Vec<Hit>,
    /// Byte offsets of the brackets and quotation marks, in order.
    pub(super) brackets: Vec<usize>,
    /// Windows to compare: (byte offset of the anchor bigram, anchor ordinal).
    candidates: Vec<(usize, u32)>,
    /// Byte offsets where an item of an ordered list starts.
    list_at: Vec<usize>,
    /// The decoded window: its characters and their byte offsets (one more at the end).
    window: Vec<char>,
    offsets: Vec<usize>,
}

impl Buffers {
    fn clear(&mut self) {
        self.exact.clear();
        self.hits.clear();
        self.brackets.clear();
        self.candidates.clear();
        self.list_at.clear();
    }
}

/// The parsed dictionary and its indexes.
pub(super) struct Dictionary {
    pub(super) entries: Vec<Entry>,
    pub(super) patterns: Vec<Pattern>,
    lists: Vec<OrderedList>,
    collocations: Vec<Collocation>,
    /// Finds every half of a form, pattern, list item and bracket in one pass.
    automaton: Option<DFA>,
    /// What each string of the automaton means (several things, when strings coincide).
    roles: Vec<Vec<Role>>,
    list_starts: CharMap<char, Vec<usize>>,
    confusables: CharMap<u64, &'static str>,
    /// The syllable (without tone) of each character of homophones.tsv, by line.
    syllables: CharMap<char, u16>,
    /// Lines of the data files that could not be read (a unit test keeps this empty).
    pub(super) problems: Vec<String>,
}

/// The data lines of a TSV file: (line number, columns), comments and blank lines skipped.
fn rows(data: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    data.lines().enumerate().filter_map(|(n, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            None
        } else {
            Some((n + 1, line.split('\t').map(str::trim).collect()))
        }
    })
}

fn column(row: &[&'static str], n: usize) -> Option<&'static str> {
    row.get(n).copied().filter(|s| !s.is_empty() && *s != "-")
}

fn alternatives(cell: Option<&str>) -> Vec<String> {
    cell.map(|s| {
        s.split('|')
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect()
    })
    .unwrap_or_default()
}

impl Dictionary {
    fn load() -> Dictionary {
        let mut dict = Dictionary {
            entries: Vec::new(),
            patterns: Vec::new(),
            lists: Vec::new(),
            collocations: Vec::new(),
            automaton: None,
            roles: Vec::new(),
            list_starts: CharMap::default(),
            confusables: CharMap::default(),
            syllables: CharMap::default(),
            problems: Vec::new(),
        };
        dict.load_formulations();
        dict.load_blends();
        dict.load_confusables();
        dict.load_homophones();
        dict.load_collocations();
        dict.load_replacements();
        dict.index();
        dict
    }

    fn entry_index(&self, text: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.text == text)
    }

    fn add_entry(&mut self, kind: Kind, text: &str) -> usize {
        if let Some(n) = self.entry_index(text) {
            return n;
        }
        self.entries.push(Entry {
            kind,
            text: text.to_owned(),
            chars: text.chars().collect(),
            collocation: None,
        });
        self.entries.len() - 1
    }

    fn add_pattern(&mut self, found: &str, rule: PatternRule, replacement: &str) -> usize {
        self.patterns.push(Pattern {
            text: found.to_owned(),
            chars: found.chars().collect(),
            rule,
            replacement: replacement.to_owned(),
            from_year: None,
            unless_before: Vec::new(),
            unless_after: Vec::new(),
        });
        self.patterns.len() - 1
    }

    fn load_formulations(&mut self) {
        for (line, row) in rows(FORMULATIONS) {
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

    fn load_blends(&mut self) {
        let mut groups = Vec::new();
        for (line, row) in rows(BLENDS) {
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
                    || self
                        .patterns
                        .iter()
                        .any(|p| p.chars.iter().copied().eq(blend.chars()));
                if !known {
                    self.add_pattern(&blend, PatternRule::Blend { head, tail }, &replacement);
                }
            }
        }
    }

    fn load_confusables(&mut self) {
        for (line, row) in rows(CONFUSABLES) {
            let one = |s: Option<&str>| {
                let mut cs = s?.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            };
            match (one(column(&row, 0)), one(column(&row, 1)), column(&row, 2)) {
                (Some(a), Some(b), Some(mechanism)) if a != b => {
                    self.confusables.insert(pair(a, b), mechanism);
                }
                _ => self.problems.push(format!(
                    "confusables.tsv:{line}: expected character, look-alike, mechanism"
                )),
            }
        }
    }

    fn load_homophones(&mut self) {
        for (n, (line, row)) in rows(HOMOPHONES).enumerate() {
            match (column(&row, 0), column(&row, 1), u16::try_from(n)) {
                (Some(syllable), Some(chars), Ok(id))
                    if syllable.bytes().all(|b| b.is_ascii_lowercase()) =>
                {
                    for c in chars.chars() {
                        self.syllables.insert(c, id);
                    }
                }
                _ => self.problems.push(format!(
                    "homophones.tsv:{line}: expected syllable and characters"
                )),
            }
        }
    }

    fn load_collocations(&mut self) {
        for (line, row) in rows(COLLOCATIONS) {
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
                wrong: alternatives(column(&row, 2))
                    .into_iter()
                    .map(|v| {
                        let n = v.chars().count();
                        (v, n)
                    })
                    .collect(),
            });
            self.entries[entry].collocation = Some(self.collocations.len() - 1);
        }
    }

    fn load_replacements(&mut self) {
        for (line, row) in rows(REPLACEMENTS) {
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

    fn index(&mut self) {
        // Every string the automaton looks for, once, with all its roles.
        let mut strings: Vec<String> = Vec::new();
        let mut roles: Vec<Vec<Role>> = Vec::new();
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut add = |s: &str, role: Role| {
            let id = *ids.entry(s.to_owned()).or_insert_with(|| {
                strings.push(s.to_owned());
                roles.push(Vec::new());
                strings.len() - 1
            });
            roles[id].push(role);
        };
        // A window within one edit of a form holds one of its halves intact, at a known
        // distance from its ends. Windows that start with the start anchor and differ after
        // it (near_start) hold the first half at their start, or, when the edit falls in the
        // first half, the second half at their end; windows that differ in the start anchor
        // (near_end) hold the form less its first two characters at their end.
        for (n, entry) in self.entries.iter().enumerate() {
            let c = &entry.chars;
            if c.len() >= MIN_NEAR_MISS {
                let half = forward(&entry.text, 0, c.len() / 2).unwrap_or(0);
                add(&entry.text[..half], Role::Left(n as u32));
                if c.len() / 2 > 2 {
                    add(&entry.text[half..], Role::Right(n as u32));
                }
                add(&entry.text[entry.head().len()..], Role::Rest(n as u32));
            }
        }
        for (n, pattern) in self.patterns.iter().enumerate() {
            if pattern.chars.len() >= 2 {
                add(&pattern.text, Role::Pattern(n as u32));
            } else {
                self.problems.push(format!(
                    "pattern {} is shorter than two characters",
                    pattern.text
                ));
            }
        }
        for (n, list) in self.lists.iter().enumerate() {
            for item in &list.items {
                add(item, Role::ListItem);
                if let Some(first) = item.chars().next() {
                    let starts = self.list_starts.entry(first).or_default();
                    if !starts.contains(&n) {
                        starts.push(n);
                    }
                }
            }
        }
        let mut bracket = [0; 4];
        for c in BRACKETS.chars() {
            add(c.encode_utf8(&mut bracket), Role::Bracket);
        }
        // A dense DFA over bytes, used through its concrete type so that the search loop
        // is compiled for it; no prefilter, since nearly every 汉字 starts with the same few
        // bytes.
        match DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .prefilter(false)
            .build(&strings)
        {
            Ok(dfa) => {
                if let Err(e) = dfa.try_find_overlapping_iter(Input::new("")) {
                    self.problems.push(format!("automaton: {e}"));
                }
                self.automaton = Some(dfa);
            }
            Err(e) => self.problems.push(format!("automaton: {e}")),
        }
        self.roles = roles;
    }

    /// The mechanism by which `a` and `b` are confused, if they are: a pair of the
    /// confusion table, or the same syllable. `edge` says the characters stand first or
    /// last in a short form, where a window may have cut a word of ordinary prose in two
    /// (社会主义法治国家 holds 义法治国, which sounds like 依法治国): there only the curated
    /// pairs count.
    fn confusable(&self, a: char, b: char, edge: bool) -> Option<&'static str> {
        if let Some(mechanism) = self.confusables.get(&pair(a, b)) {
            return Some(mechanism);
        }
        if edge {
            return None;
        }
        match (self.syllables.get(&a), self.syllables.get(&b)) {
            (Some(x), Some(y)) if x == y => Some("同音"),
            _ => None,
        }
    }

    /// The chars of an entry's canonical form.
    pub(super) fn chars(&self, entry: usize) -> &[char] {
        &self.entries[entry].chars
    }

    /// The verb that goes with entry `entry`, if it has a fixed collocation.
    pub(super) fn verb(&self, entry: usize) -> Option<&str> {
        self.entries[entry]
            .collocation
            .map(|c| self.collocations[c].verb.as_str())
    }

    /// Finds the near misses, exact patterns, misordered lists and wrong collocations of one
    /// field, in bytes; records exact occurrences of canonical forms and the offsets of
    /// brackets in `buf`.
    pub(super) fn scan(&self, text: &str, year: u16, buf: &mut Buffers) {
        buf.clear();
        // The automaton was tried at load (a problem otherwise), so the search cannot fail.
        let Some(matches) = self
            .automaton
            .as_ref()
            .and_then(|dfa| dfa.try_find_overlapping_iter(Input::new(text)).ok())
        else {
            return;
        };
        let anchors = 2 * self.entries.len() as u32;
        for m in matches {
            let (s, e) = (m.start(), m.end());
            for &role in &self.roles[m.pattern().as_usize()] {
                match role {
                    Role::Bracket => buf.brackets.push(s),
                    Role::ListItem => buf.list_at.push(s),
                    Role::Pattern(n) => buf.candidates.push((s, anchors + n)),
                    Role::Left(n) => buf.candidates.push((s, 2 * n)),
                    Role::Right(n) => self.start_before(text, e, n, &mut buf.candidates),
                    Role::Rest(n) => {
                        let tail = self.entries[n as usize].tail().len();
                        buf.candidates.push((e - tail, 2 * n + 1));
                    }
                }
            }
        }
        // The order of a scan of every anchor bigram from left to right, which breaks the
        // ties between overlapping findings.
        buf.candidates.sort_unstable();
        buf.candidates.dedup();
        for k in 0..buf.candidates.len() {
            let (at, ordinal) = buf.candidates[k];
            if ordinal >= anchors {
                self.pattern_at(text, at, (ordinal - anchors) as usize, year, &mut buf.hits);
            } else if ordinal % 2 == 0 {
                self.near_start(text, at, (ordinal / 2) as usize, buf);
            } else {
                let entry = (ordinal / 2) as usize;
                let e = at + self.entries[entry].tail().len();
                self.near_end(text, e, entry, buf);
            }
        }
        buf.list_at.sort_unstable();
        buf.list_at.dedup();
        self.scan_lists(text, &buf.list_at, &mut buf.hits);
        self.scan_collocations(text, &buf.exact, &mut buf.hits);
    }

    /// The second half of entry `n` ends at `e`: a window that starts with the start anchor
    /// and has its edit in the first half may start one character either side of the
    /// form's length before it.
    fn start_before(&self, text: &str, e: usize, n: u32, out: &mut Vec<(usize, u32)>) {
        let entry = &self.entries[n as usize];
        let len = entry.chars.len();
        let head = entry.head();
        for k in [len - 1, len, len + 1] {
            if let Some(s) = backward(text, e, k)
                && text[s..].starts_with(head)
            {
                out.push((s, 2 * n));
            }
        }
    }

    /// Windows starting at byte `p`, which starts with the entry's first bigram.
    fn near_start(&self, text: &str, p: usize, entry: usize, buf: &mut Buffers) {
        let form = &self.entries[entry];
        if text[p..].starts_with(form.text.as_str()) {
            buf.exact.push(Exact {
                start: p,
                end: p + form.text.len(),
                entry,
            });
            return;
        }
        let c = &form.chars;
        let n = c.len();
        decode_forward(text, p, n + 1, &mut buf.window, &mut buf.offsets);
        let (rest, at) = (&buf.window[..], &buf.offsets[..]);
        let hits = &mut buf.hits;
        // The first difference; every edit must happen there. Each edit is checked in full
        // only if the character after it fits, which almost never happens by chance.
        let Some(k) = rest.iter().zip(c.iter()).position(|(x, y)| x != y) else {
            if rest.len() >= n {
                buf.exact.push(Exact {
                    start: p,
                    end: at[n],
                    entry,
                });
            }
            return;
        };
        let fits = |at: usize, want: Option<&char>| want.is_none_or(|w| rest.get(at) == Some(w));
        if rest.len() >= n
            && fits(k + 1, c.get(k + 1))
            && let Some(edit) = self.substitution(&rest[..n], c)
        {
            hits.push(near_miss(p, at[n], n, entry, edit));
        }
        if n >= MIN_INSERTION
            && rest.len() > n
            && fits(k + 1, c.get(k))
            && let Some(edit) = insertion(&rest[..=n], c)
        {
            hits.push(near_miss(p, at[n + 1], n + 1, entry, edit));
        }
        if n >= MIN_DELETION
            && rest.len() >= n - 1
            && fits(k, c.get(k + 1))
            && let Some(edit) = deletion(&rest[..n - 1], c)
        {
            hits.push(near_miss(p, at[n - 1], n - 1, entry, edit));
        }
    }

    /// Windows ending at byte `e` whose last bigram is the entry's. Windows that also start
    /// with the entry's first bigram are left to [`Self::near_start`].
    fn near_end(&self, text: &str, e: usize, entry: usize, buf: &mut Buffers) {
        let form = &self.entries[entry];
        if text[..e].ends_with(form.text.as_str()) {
            return; // exact: left to near_start
        }
        let c = &form.chars;
        let n = c.len();
        decode_backward(text, e, n + 1, &mut buf.window, &mut buf.offsets);
        let (before, at) = (&buf.window[..], &buf.offsets[..]);
        let m = before.len();
        let hits = &mut buf.hits;
        // The last difference, counted from the end.
        let Some(r) = before
            .iter()
            .rev()
            .zip(c.iter().rev())
            .position(|(x, y)| x != y)
        else {
            return; // exact, or cut by the start of the text: left to near_start
        };
        let fits = |back: usize, want: Option<&char>| {
            want.is_none_or(|w| back < m && before[m - 1 - back] == *w)
        };
        let from_end_of_c = |back: usize| n.checked_sub(back + 1).map(|i| &c[i]);
        let head = [c[0], c[1]];
        let window = |len: usize| {
            let s = m.checked_sub(len)?;
            let w = &before[s..m];
            (w[..2] != head).then_some((at[s], w))
        };
        if fits(r + 1, from_end_of_c(r + 1))
            && let Some((s, w)) = window(n)
            && let Some(edit) = self.substitution(w, c)
        {
            hits.push(near_miss(s, e, n, entry, edit));
        }
        if n >= MIN_INSERTION
            && fits(r + 1, from_end_of_c(r))
            && let Some((s, w)) = window(n + 1)
            && let Some(edit) = insertion(w, c)
        {
            hits.push(near_miss(s, e, n + 1, entry, edit));
        }
        if n >= MIN_DELETION
            && fits(r, from_end_of_c(r + 1))
            && let Some((s, w)) = window(n - 1)
            && let Some(edit) = deletion(w, c)
        {
            hits.push(near_miss(s, e, n - 1, entry, edit));
        }
    }

    /// `w` is `c` with one character replaced by a look-alike.
    fn substitution(&self, w: &[char], c: &[char]) -> Option<Edit> {
        let mut at = None;
        for (i, (x, y)) in w.iter().zip(c.iter()).enumerate() {
            if x != y {
                if at.is_some() {
                    return None;
                }
                at = Some(i);
            }
        }
        let at = at?;
        let edge = (at == 0 || at + 1 == c.len()) && c.len() < MIN_HOMOPHONE_AT_EDGE;
        let mechanism = self.confusable(c[at], w[at], edge)?;
        Some(Edit::Substituted { at, mechanism })
    }

    /// Pattern `n`, found by the automaton at byte `p`, unless the year or its context
    /// exempts it.
    fn pattern_at(&self, text: &str, p: usize, n: usize, year: u16, hits: &mut Vec<Hit>) {
        let pattern = &self.patterns[n];
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
            len: pattern.chars.len(),
            what: What::Pattern(n),
        });
    }

    /// Ordered lists whose items are all present, joined as in the canonical form, in
    /// another order. `starts` holds, in order, every byte offset where an item starts.
    fn scan_lists(&self, text: &str, starts: &[usize], hits: &mut Vec<Hit>) {
        let mut next = 0;
        for &p in starts {
            if p < next {
                continue;
            }
            let Some(first) = text[p..].chars().next() else {
                continue;
            };
            let Some(lists) = self.list_starts.get(&first) else {
                continue;
            };
            for &l in lists {
                let list = &self.lists[l];
                if let Some((end, in_order)) = list.match_at(text, p) {
                    if !in_order {
                        hits.push(Hit {
                            start: p,
                            end,
                            len: text[p..end].chars().count(),
                            what: What::Order { entry: list.entry },
                        });
                    }
                    next = end;
                    break;
                }
            }
        }
    }

    /// A listed wrong verb right before an exact occurrence of a formulation with a fixed
    /// collocation: 增强“四个自信”.
    fn scan_collocations(&self, text: &str, exact: &[Exact], hits: &mut Vec<Hit>) {
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
            if let Some((verb, verb_len)) = self.collocations[c]
                .wrong
                .iter()
                .find(|(v, _)| before.ends_with(v.as_str()))
            {
                let start = start - verb.len();
                hits.push(Hit {
                    start,
                    end,
                    len: text[start..end].chars().count(),
                    what: What::Collocation {
                        entry: found.entry,
                        verb_len: *verb_len,
                    },
                });
            }
        }
    }
}

/// Decodes up to `max` characters of `text` from byte `at` into `chars`, with the byte
/// offset of each and of the end of the last in `offsets`.
fn decode_forward(
    text: &str,
    at: usize,
    max: usize,
    chars: &mut Vec<char>,
    offsets: &mut Vec<usize>,
) {
    chars.clear();
    offsets.clear();
    let rest = text.get(at..).unwrap_or_default();
    for (i, c) in rest.char_indices().take(max) {
        chars.push(c);
        offsets.push(at + i);
    }
    offsets.push(offsets.last().map_or(at, |&o| o) + chars.last().map_or(0, |c| c.len_utf8()));
}

/// Decodes up to `max` characters of `text` before byte `at` into `chars`, in reading
/// order, with the byte offset of each and of `at` in `offsets`.
fn decode_backward(
    text: &str,
    at: usize,
    max: usize,
    chars: &mut Vec<char>,
    offsets: &mut Vec<usize>,
) {
    chars.clear();
    offsets.clear();
    let before = text.get(..at).unwrap_or_default();
    for (i, c) in before.char_indices().rev().take(max) {
        chars.push(c);
        offsets.push(i);
    }
    chars.reverse();
    offsets.reverse();
    offsets.push(at);
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

fn near_miss(start: usize, end: usize, len: usize, entry: usize, edit: Edit) -> Hit {
    Hit {
        start,
        end,
        len,
        what: What::NearMiss { entry, edit },
    }
}

/// `w` is `c` with one 汉字 inserted strictly inside (not a function word).
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
        && !FUNCTION_CHARS.contains(&extra);
    ok.then_some(Edit::Inserted { at })
}

/// `w` is `c` with one 汉字 strictly inside dropped.
fn deletion(w: &[char], c: &[char]) -> Option<Edit> {
    let at = w.iter().zip(c.iter()).position(|(x, y)| x != y)?;
    let ok = at >= 1 && w[at..] == c[at + 1..] && is_hanzi(c[at]);
    ok.then_some(Edit::Dropped { at })
}

impl OrderedList {
    /// Matches every item once, joined by the joiner and followed by the suffix, at byte
    /// `p`. Returns the end and whether the items came in the canonical order.
    fn match_at(&self, t: &str, p: usize) -> Option<(usize, bool)> {
        let mut q = p;
        let mut used = 0u32;
        let mut previous = None;
        let mut in_order = true;
        for k in 0..self.items.len() {
            if k > 0 {
                if !t[q..].starts_with(self.joiner.as_str()) {
                    return None;
                }
                q += self.joiner.len();
            }
            let (i, item) = self
                .items
                .iter()
                .enumerate()
                .filter(|(i, item)| used & (1 << i) == 0 && t[q..].starts_with(item.as_str()))
                .max_by_key(|(_, item)| item.len())?;
            used |= 1 << i;
            if previous.is_some_and(|prev| i < prev) {
                in_order = false;
            }
            previous = Some(i);
            q += item.len();
        }
        if !t[q..].starts_with(self.suffix.as_str()) {
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
                PatternRule::Wrong { .. } => 3,
            },
            What::Order { .. } => 4,
            What::Collocation { .. } => 5,
            What::NearMiss { .. } => 6,
        }
    }

    /// Drops near misses inside exact occurrences of other canonical forms, then keeps the best
    /// of any overlapping hits.
    pub(super) fn resolve(&self, exact: &[Exact], hits: &mut Vec<Hit>, kept: &mut Vec<Hit>) {
        hits.retain(|h| {
            !matches!(h.what, What::NearMiss { .. }) || !inside_exact(exact, h.start, h.end)
        });
        hits.sort_by_key(|h| (self.priority(&h.what), usize::MAX - h.len, h.start));
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

    fn hits(text: &str) -> Vec<(String, What)> {
        let mut buf = Buffers::default();
        let mut kept = Vec::new();
        DICTIONARY.scan(text, 2023, &mut buf);
        DICTIONARY.resolve(&buf.exact, &mut buf.hits, &mut kept);
        kept.sort_by_key(|h| h.start);
        kept.into_iter()
            .map(|h| (text[h.start..h.end].to_owned(), h.what))
            .collect()
    }

    #[test]
    fn data_files_parse_without_problems() {
        assert!(DICTIONARY.problems.is_empty(), "{:#?}", DICTIONARY.problems);
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
                    mechanism: "形近"
                }
            }
        );
    }

    #[test]
    fn substitution_at_either_end_is_found() {
        // The first bigram is broken: only the end anchor sees it.
        assert_eq!(hits("牢回树立")[0].0, "牢回树立");
        assert_eq!(hits("思想刁近平法治思想")[0].0, "刁近平");
        assert_eq!(hits("坚定“西个自信”").len(), 0);
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
        assert!(hits("加强普法宣传教育").is_empty());
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
        let mut buf = Buffers::default();
        DICTIONARY.scan(&text, 2023, &mut buf);
        assert!(buf.hits.is_empty());
        assert_eq!(
            buf.exact
                .iter()
                .filter(|e| e.entry == DICTIONARY.entry_index("习近平法治思想").unwrap())
                .count(),
            5000
        );
    }
}
