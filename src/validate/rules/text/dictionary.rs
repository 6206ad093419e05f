//! The dictionary of the `text` rules (固定表述词典) and the lexical scan over one field.
//!
//! The data lives in `data/*.tsv` beside this file, compiled in with `include_str!` and
//! parsed once. Each file starts with a comment that documents its format; extending the
//! dictionary is a one-line pull request to one of them.
//!
//! The scan is linear in the length of the text: every canonical form of 4 characters or
//! more is indexed by its first and its last two characters (anchor bigrams). One edit can
//! break at most one of the two anchors, so every window within one edit of a canonical form
//! shares an anchor with it; only windows at an anchor are compared, and they are compared
//! in place, without allocating.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

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

/// Flag of a character that starts an anchor bigram.
const ANCHOR_FIRST: u8 = 1;
/// Flag of a character that ends an anchor bigram.
const ANCHOR_SECOND: u8 = 2;
/// Flag of a character that starts an item of an ordered list.
const LIST_FIRST: u8 = 4;

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

fn starts_with(text: &[char], at: usize, needle: &[char]) -> bool {
    // The first character settles almost every call; compare it before the slice.
    match needle.first() {
        None => true,
        Some(first) => {
            text.get(at) == Some(first) && text.get(at..at + needle.len()) == Some(needle)
        }
    }
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

/// An ordered list whose order is fixed ([严格][规范][公正][文明]执法).
struct OrderedList {
    entry: usize,
    items: Vec<Box<[char]>>,
    joiner: Box<[char]>,
    suffix: Box<[char]>,
}

/// A fixed verb collocation (坚定"四个自信").
struct Collocation {
    verb: String,
    wrong: Vec<Box<[char]>>,
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
    chars: Box<[char]>,
    pub(super) rule: PatternRule,
    pub(super) replacement: String,
    pub(super) from_year: Option<u16>,
    unless_before: Vec<Box<[char]>>,
    unless_after: Vec<Box<[char]>>,
}

#[derive(Clone, Copy)]
enum Anchor {
    /// The first bigram of entry `n`.
    Start(u32),
    /// The last bigram of entry `n`.
    End(u32),
    /// The first bigram of pattern `n`.
    Pattern(u32),
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

/// A suspect span of a field, in chars.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Hit {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) what: What,
}

/// An exact occurrence of a canonical form.
#[derive(Clone, Copy, Debug)]
pub(super) struct Exact {
    start: usize,
    end: usize,
    entry: usize,
}

/// The parsed dictionary and its indexes.
pub(super) struct Dictionary {
    pub(super) entries: Vec<Entry>,
    pub(super) patterns: Vec<Pattern>,
    lists: Vec<OrderedList>,
    collocations: Vec<Collocation>,
    anchors: CharMap<u64, Vec<Anchor>>,
    list_starts: CharMap<char, Vec<usize>>,
    confusables: CharMap<u64, &'static str>,
    /// For each character of the Basic Multilingual Plane: whether it starts an anchor
    /// bigram ([`ANCHOR_FIRST`]), ends one ([`ANCHOR_SECOND`]) or starts an item of an ordered list ([`LIST_FIRST`]). Lets the
    /// scan skip most characters without hashing.
    flags: Box<[u8]>,
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

fn alternatives(cell: Option<&str>) -> Vec<Box<[char]>> {
    cell.map(|s| {
        s.split('|')
            .filter(|a| !a.is_empty())
            .map(|a| a.chars().collect())
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
            anchors: CharMap::default(),
            list_starts: CharMap::default(),
            confusables: CharMap::default(),
            flags: vec![0; 0x1_0000].into_boxed_slice(),
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
                let wrong: String = wrong.iter().collect();
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
                wrong: alternatives(column(&row, 2)),
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

    fn flag(&mut self, c: char, flag: u8) {
        if let Some(f) = self.flags.get_mut(c as usize) {
            *f |= flag;
        }
    }

    /// Whether `c` carries `flag`; characters outside the table always do.
    fn flagged(&self, c: char, flag: u8) -> bool {
        self.flags.get(c as usize).is_none_or(|f| f & flag != 0)
    }

    fn index(&mut self) {
        let mut anchors: CharMap<u64, Vec<Anchor>> = CharMap::default();
        for (n, entry) in self.entries.iter().enumerate() {
            let c = &entry.chars;
            if c.len() >= MIN_NEAR_MISS {
                let n = n as u32;
                anchors
                    .entry(bigram(c[0], c[1]))
                    .or_default()
                    .push(Anchor::Start(n));
                anchors
                    .entry(bigram(c[c.len() - 2], c[c.len() - 1]))
                    .or_default()
                    .push(Anchor::End(n));
            }
        }
        for (n, pattern) in self.patterns.iter().enumerate() {
            let c = &pattern.chars;
            if c.len() >= 2 {
                anchors
                    .entry(bigram(c[0], c[1]))
                    .or_default()
                    .push(Anchor::Pattern(n as u32));
            } else {
                self.problems.push(format!(
                    "pattern {} is shorter than two characters",
                    c.iter().collect::<String>()
                ));
            }
        }
        for (n, list) in self.lists.iter().enumerate() {
            for item in &list.items {
                let starts = self.list_starts.entry(item[0]).or_default();
                if !starts.contains(&n) {
                    starts.push(n);
                }
            }
        }
        let keys: Vec<u64> = anchors.keys().copied().collect();
        for k in keys {
            if let Some(c) = char::from_u32((k >> 21) as u32) {
                self.flag(c, ANCHOR_FIRST);
            }
            if let Some(c) = char::from_u32((k & 0x1f_ffff) as u32) {
                self.flag(c, ANCHOR_SECOND);
            }
        }
        let starts: Vec<char> = self.list_starts.keys().copied().collect();
        for c in starts {
            self.flag(c, LIST_FIRST);
        }
        self.anchors = anchors;
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
    /// field; records exact occurrences of canonical forms in `exact`.
    pub(super) fn scan(&self, t: &[char], year: u16, exact: &mut Vec<Exact>, hits: &mut Vec<Hit>) {
        for p in 0..t.len().saturating_sub(1) {
            if !self.flagged(t[p], ANCHOR_FIRST) || !self.flagged(t[p + 1], ANCHOR_SECOND) {
                continue;
            }
            let Some(anchors) = self.anchors.get(&bigram(t[p], t[p + 1])) else {
                continue;
            };
            for &anchor in anchors {
                match anchor {
                    Anchor::Start(n) => self.near_start(t, p, n as usize, exact, hits),
                    Anchor::End(n) => self.near_end(t, p + 2, n as usize, hits),
                    Anchor::Pattern(n) => self.pattern_at(t, p, n as usize, year, hits),
                }
            }
        }
        self.scan_lists(t, hits);
        self.scan_collocations(t, exact, hits);
    }

    fn near_start(
        &self,
        t: &[char],
        p: usize,
        entry: usize,
        exact: &mut Vec<Exact>,
        hits: &mut Vec<Hit>,
    ) {
        let c = &self.entries[entry].chars;
        let n = c.len();
        let rest = &t[p..];
        // The first difference; every edit must happen there. Each edit is checked in full
        // only if the character after it fits, which almost never happens by chance.
        let Some(k) = rest.iter().zip(c.iter()).position(|(x, y)| x != y) else {
            if rest.len() >= n {
                exact.push(Exact {
                    start: p,
                    end: p + n,
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
            hits.push(near_miss(p, p + n, entry, edit));
        }
        if n >= MIN_INSERTION
            && rest.len() > n
            && fits(k + 1, c.get(k))
            && let Some(edit) = insertion(&rest[..=n], c)
        {
            hits.push(near_miss(p, p + n + 1, entry, edit));
        }
        if n >= MIN_DELETION
            && rest.len() >= n - 1
            && fits(k, c.get(k + 1))
            && let Some(edit) = deletion(&rest[..n - 1], c)
        {
            hits.push(near_miss(p, p + n - 1, entry, edit));
        }
    }

    /// Windows ending at `e` whose last bigram is the entry's. Windows that also start with
    /// the entry's first bigram are left to [`Self::near_start`].
    fn near_end(&self, t: &[char], e: usize, entry: usize, hits: &mut Vec<Hit>) {
        let c = &self.entries[entry].chars;
        let n = c.len();
        let before = &t[..e];
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
            want.is_none_or(|w| back < e && before[e - 1 - back] == *w)
        };
        let from_end_of_c = |back: usize| n.checked_sub(back + 1).map(|i| &c[i]);
        let head = [c[0], c[1]];
        let window = |len: usize| {
            let s = e.checked_sub(len)?;
            let w = &t[s..e];
            (w[..2] != head).then_some((s, w))
        };
        if fits(r + 1, from_end_of_c(r + 1))
            && let Some((s, w)) = window(n)
            && let Some(edit) = self.substitution(w, c)
        {
            hits.push(near_miss(s, e, entry, edit));
        }
        if n >= MIN_INSERTION
            && fits(r + 1, from_end_of_c(r))
            && let Some((s, w)) = window(n + 1)
            && let Some(edit) = insertion(w, c)
        {
            hits.push(near_miss(s, e, entry, edit));
        }
        if n >= MIN_DELETION
            && fits(r, from_end_of_c(r + 1))
            && let Some((s, w)) = window(n - 1)
            && let Some(edit) = deletion(w, c)
        {
            hits.push(near_miss(s, e, entry, edit));
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

    fn pattern_at(&self, t: &[char], p: usize, n: usize, year: u16, hits: &mut Vec<Hit>) {
        let pattern = &self.patterns[n];
        let end = p + pattern.chars.len();
        if !starts_with(t, p, &pattern.chars) {
            return;
        }
        if pattern.from_year.is_some_and(|from| year < from) {
            return;
        }
        if pattern.unless_before.iter().any(|b| t[..p].ends_with(b))
            || pattern.unless_after.iter().any(|a| t[end..].starts_with(a))
        {
            return;
        }
        hits.push(Hit {
            start: p,
            end,
            what: What::Pattern(n),
        });
    }

    /// Ordered lists whose items are all present, joined as in the canonical form, in
    /// another order.
    fn scan_lists(&self, t: &[char], hits: &mut Vec<Hit>) {
        let mut p = 0;
        while p < t.len() {
            let mut next = p + 1;
            if !self.flagged(t[p], LIST_FIRST) {
                p = next;
                continue;
            }
            if let Some(lists) = self.list_starts.get(&t[p]) {
                for &l in lists {
                    let list = &self.lists[l];
                    if let Some((end, in_order)) = list.match_at(t, p) {
                        if !in_order {
                            hits.push(Hit {
                                start: p,
                                end,
                                what: What::Order { entry: list.entry },
                            });
                        }
                        next = end;
                        break;
                    }
                }
            }
            p = next;
        }
    }

    /// A listed wrong verb right before an exact occurrence of a formulation with a fixed
    /// collocation: 增强“四个自信”.
    fn scan_collocations(&self, t: &[char], exact: &[Exact], hits: &mut Vec<Hit>) {
        for found in exact {
            let Some(c) = self.entries[found.entry].collocation else {
                continue;
            };
            let mut start = found.start;
            let mut end = found.end;
            if let Some(close) = start.checked_sub(1).and_then(|q| closing_quote(t[q])) {
                start -= 1;
                if t.get(end) == Some(&close) {
                    end += 1;
                }
            }
            let before = &t[..start];
            if let Some(verb) = self.collocations[c]
                .wrong
                .iter()
                .find(|v| before.ends_with(v))
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

fn closing_quote(open: char) -> Option<char> {
    match open {
        '“' => Some('”'),
        '‘' => Some('’'),
        '"' => Some('"'),
        '「' => Some('」'),
        _ => None,
    }
}

fn near_miss(start: usize, end: usize, entry: usize, edit: Edit) -> Hit {
    Hit {
        start,
        end,
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
    /// Matches every item once, joined by the joiner and followed by the suffix, at `p`.
    /// Returns the end and whether the items came in the canonical order.
    fn match_at(&self, t: &[char], p: usize) -> Option<(usize, bool)> {
        let mut q = p;
        let mut used = 0u32;
        let mut previous = None;
        let mut in_order = true;
        for k in 0..self.items.len() {
            if k > 0 {
                if !starts_with(t, q, &self.joiner) {
                    return None;
                }
                q += self.joiner.len();
            }
            let (i, item) = self
                .items
                .iter()
                .enumerate()
                .filter(|(i, item)| used & (1 << i) == 0 && starts_with(t, q, item))
                .max_by_key(|(_, item)| item.len())?;
            used |= 1 << i;
            if previous.is_some_and(|prev| i < prev) {
                in_order = false;
            }
            previous = Some(i);
            q += item.len();
        }
        if !starts_with(t, q, &self.suffix) {
            return None;
        }
        Some((q + self.suffix.len(), in_order))
    }
}

/// Parses "[严格][规范][公正][文明]执法" into its plain form, items, joiner and suffix.
#[allow(clippy::type_complexity)]
fn parse_list(form: &str) -> Result<(String, Vec<Box<[char]>>, Box<[char]>, Box<[char]>), String> {
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
        let item: Box<[char]> = after[..close].chars().collect();
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
    let suffix: Box<[char]> = rest.chars().collect();
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
    let joiner: Box<[char]> = joiners
        .first()
        .map(|j| j.chars().collect())
        .unwrap_or_default();
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
        hits.sort_by_key(|h| {
            (
                self.priority(&h.what),
                usize::MAX - (h.end - h.start),
                h.start,
            )
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

    fn hits(text: &str) -> Vec<(String, What)> {
        let t: Vec<char> = text.chars().collect();
        let mut exact = Vec::new();
        let mut hits = Vec::new();
        let mut kept = Vec::new();
        DICTIONARY.scan(&t, 2023, &mut exact, &mut hits);
        DICTIONARY.resolve(&exact, &mut hits, &mut kept);
        kept.sort_by_key(|h| h.start);
        kept.into_iter()
            .map(|h| (t[h.start..h.end].iter().collect(), h.what))
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
        let text: Vec<char> = paragraph.repeat(5000).chars().collect();
        let mut exact = Vec::new();
        let mut found = Vec::new();
        DICTIONARY.scan(&text, 2023, &mut exact, &mut found);
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
