//! The lexicon of common words (常用词词表) and the scan for misspelt ordinary words
//! (普通词语错字) behind `text.word_typo`.
//!
//! `data/words.tsv` holds the words of two and three 汉字 of jieba's dictionary (MIT) with
//! their frequencies, reduced by `data/generate.py`. At load, every frequent word
//! ([`TARGET_FREQUENCY`] or more) is turned into its one-character variants through the
//! confusion sets — the same syllable (`homophones.tsv`), the curated pairs
//! (`confusables.tsv`) and the look-alikes that share a component (`lookalikes.tsv`,
//! evidence `group`, stroke similarity [`MIN_LOOKALIKE_SIMILARITY`] or more) or differ in
//! one stroke (evidence `onestroke`) — and a
//! variant that is no word of the lexicon at all becomes a *typo key* with the word as its
//! correction (经神 → 精神, 职则 → 职责). A polyphonic character also sounds like the characters
//! of its reading inside the word (`readings.tsv`, from pypinyin: 调 reads tiao in 协调, so
//! 协条 is a variant). The words of official prose that jieba lacks (`domain_words.tsv`) are
//! words, never corrections; its four-character phrases hold no typo (结事 in 案结事了).
//! Variants that hold a function character
//! ([`FUNCTION_CHARS`]) are left out: 二是 is not 而是. (Letting a word that holds one be
//! misspelt at it, 己经 for 已经, gave false alarms on correct prose: 入心, 更实.)
//!
//! The scan reads each field once. For each 汉字 it tests one bit of a filter indexed by the
//! bigram that ends there; only where the bit is set are the two- and three-character typo
//! keys that end there looked up. A typo key found is reported only when no word of the
//! lexicon overlaps it partly (法治政府 holds 治政, a variant of 执政, but 法治 and 政府 are
//! words: the window cuts two words, it is no typo), and never inside or across a canonical
//! form of the dictionary or another finding of the family.

use std::collections::HashMap;

use super::Hit;
use super::confusion::Confusion;
use super::hash::{CharMap, phrase_key as key4, word_key};
use super::tsv::rows as data_rows;
use super::utf8::is_hanzi;

/// The data files of the lexicon, as the rules give them.
pub(crate) struct LexiconData {
    /// `words.tsv`: jieba's words of two and three 汉字 with their frequencies, by prefix.
    pub(crate) words: &'static str,
    /// `domain_words.tsv`: words of official prose jieba lacks.
    pub(crate) domain_words: &'static str,
    /// `readings.tsv`: the readings of polyphonic characters inside words.
    pub(crate) readings: &'static str,
    /// `genre_words.tsv`: how often each word occurs in the official prose of the genre
    /// (公文语域词频).
    pub(crate) genre: &'static str,
}

/// A word of the lexicon this frequent or more in jieba's counts is a correction the rule
/// may suggest. Below it, words are still words (a window that is one is never reported),
/// but too rare to be what the drafter meant.
pub(crate) const TARGET_FREQUENCY: u32 = 500;
/// The frequency given to the words of `domain_words.tsv`: words, but never corrections
/// (unless the genre counts them, [`GENRE_WEIGHT`]).
const DOMAIN_FREQUENCY: u32 = 100;
/// A word of the genre (公文语域词, listed in `genre_words.tsv`: it occurs in the official
/// prose of the crate's corpora) is a correction whatever jieba's count (台账, 素养, 合格率,
/// rare in general text), and each of its occurrences there weighs as much as this many of
/// jieba's counts when two corrections compete for one variant (宣传 over 遗传 for 宜传).
const GENRE_WEIGHT: u32 = 1_000;
/// A word jieba counts rarer than [`TARGET_FREQUENCY`] is a correction only when the genre
/// has it this often or more: once or twice may be a name or a term of one text (亮证,
/// 仲裁员), too rare to be what a drafter meant.
const MIN_GENRE_COUNT: u32 = 3;

/// Look-alikes of `lookalikes.tsv` count for ordinary words when they share a component
/// (`group`) and their stroke sequences are this similar, or when they have as many
/// strokes, at most one of another type (`onestroke`: 平/乎, 己/已). Pairs only some strokes
/// alike (`strokes`: 全/主, 湾/港) gave false alarms on correct prose.
const MIN_LOOKALIKE_SIMILARITY: f32 = 0.75;
/// Characters that stand alone in correct prose so often that a window holding one is
/// never taken for a misspelt word (二是, 以更, 办的, 鸣日).
const FUNCTION_CHARS: &str = "的地得了着过是在和与及或对以于为把被将从向往由自至到中上下内外前后人日月年一二三四五六七八九十百千万亿个之其等也都就而且并还又再已不没无未非有这那此各每本该我你他她它们所";
/// How many characters on either side of a suspect window [`Lexicon::in_prose`] reads.
const PROSE_REACH: usize = 6;
/// The filter has `1 << FILTER_BITS` bits (512 KB); each bigram that ends a typo key sets
/// one.
const FILTER_BITS: u32 = 22;

/// The first 汉字 a word of the lexicon may hold: every word of `words.tsv` and
/// `domain_words.tsv` lies in U+3400..=U+9FFF (CJK extension A and the unified block), so
/// that a character takes 15 bits ([`code`]).
const FIRST: u32 = 0x3400;
/// The last.
const LAST: u32 = 0x9FFF;
/// Bits of a character's code, and of a word's or typo's payload.
const CHAR_BITS: u32 = 15;
const PAYLOAD_BITS: u32 = 19;
const PAYLOAD: u64 = (1 << PAYLOAD_BITS) - 1;

/// The code of a character a word may hold (1 ..= 27,648), or `None`.
#[inline]
fn code(c: char) -> Option<u64> {
    let c = u32::from(c);
    (FIRST..=LAST)
        .contains(&c)
        .then(|| u64::from(c - FIRST + 1))
}

/// The key of a word of two or three characters: their codes, the first highest (45 bits;
/// a word of two has 0 in the last place, which no character's code is).
#[inline]
fn key(chars: &[char]) -> Option<u64> {
    let mut k = 0u64;
    for &c in chars {
        k = (k << CHAR_BITS) | code(c)?;
    }
    Some(if chars.len() == 2 { k << CHAR_BITS } else { k })
}

/// The first character's code of a key.
#[inline]
fn first(k: u64) -> usize {
    (k >> (2 * CHAR_BITS)) as usize
}

/// The filter bit of the bigram of codes `a`, `b`.
#[inline]
fn bit(a: u64, b: u64) -> usize {
    (((a << CHAR_BITS) | b).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS)) as usize
}

/// A sorted array of packed entries (`key << PAYLOAD_BITS | payload`), with the range of
/// the entries of each first character, so that a look-up is a short binary search.
struct Packed {
    entries: Box<[u64]>,
    /// `starts[c] .. starts[c + 1]`: the entries whose first character has code `c`.
    starts: Box<[u32]>,
}

impl Packed {
    /// Indexes `entries`, sorted by key, each key once.
    fn new(entries: Vec<u64>) -> Packed {
        debug_assert!(
            entries
                .windows(2)
                .all(|w| w[0] >> PAYLOAD_BITS < w[1] >> PAYLOAD_BITS)
        );
        let codes = (LAST - FIRST + 3) as usize;
        let mut starts = vec![0u32; codes];
        for e in &entries {
            if let Some(s) = starts.get_mut(first(e >> PAYLOAD_BITS) + 1) {
                *s += 1;
            }
        }
        for i in 1..codes {
            starts[i] += starts[i - 1];
        }
        Packed {
            entries: entries.into_boxed_slice(),
            starts: starts.into_boxed_slice(),
        }
    }

    /// The payload of key `k`, if it is listed.
    #[inline]
    fn get(&self, k: u64) -> Option<u32> {
        let f = first(k);
        let (a, b) = (
            *self.starts.get(f)? as usize,
            *self.starts.get(f + 1)? as usize,
        );
        let bucket = self.entries.get(a..b)?;
        bucket
            .binary_search_by_key(&k, |e| e >> PAYLOAD_BITS)
            .ok()
            .map(|i| (bucket[i] & PAYLOAD) as u32)
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.len()
    }

    /// The bytes held.
    #[cfg(test)]
    fn bytes(&self) -> usize {
        self.entries.len() * 8 + self.starts.len() * 4
    }
}

/// The lexicon of common words and the typo keys generated from it, packed into sorted
/// arrays (about 6 MB for jieba's 245,000 words and their 600,000 typo keys).
pub(crate) struct Lexicon {
    /// Every word, by [`key`], with its frequency (capped at 2¹⁹ − 1) as payload.
    words: Packed,
    /// The corrections, by index.
    targets: Vec<String>,
    /// The four-character phrases of `domain_words.tsv` (案结事了), by [`key4`].
    phrases: CharMap<u128, ()>,
    /// The typo keys, by [`key`] of the variant, with the index of their correction in
    /// `targets` as payload.
    typos: Packed,
    /// One bit per bigram that ends a typo key (its last two characters).
    filter: Box<[u64]>,
    /// Lines of the data that could not be read (a unit test keeps this empty).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) problems: Vec<String>,
}

impl Lexicon {
    /// Parses the lexicon and generates its typo keys through the confusion sets; the
    /// problems of the data are kept in [`Lexicon::problems`].
    pub(crate) fn load(data: &LexiconData, confusion: &Confusion) -> Lexicon {
        let mut problems = Vec::new();
        // The words of the genre, with their weight (occurrences × GENRE_WEIGHT).
        let mut genre: CharMap<u64, u32> = CharMap::default();
        for (line, row) in data_rows(data.genre) {
            let chars: Vec<char> = row.first().map_or(Vec::new(), |w| w.chars().collect());
            match row.get(1).and_then(|n| n.parse::<u32>().ok()) {
                Some(n) if (2..=3).contains(&chars.len()) => {
                    genre.insert(word_key(&chars), n.saturating_mul(GENRE_WEIGHT));
                }
                _ => problems.push(format!(
                    "genre_words.tsv:{line}: expected a word of two or three 汉字 and a count"
                )),
            }
        }
        // Every word with its frequency, and the frequent ones (the corrections).
        let mut words: Vec<u64> = Vec::with_capacity(1 << 18);
        let mut targets: Vec<(Vec<char>, u32)> = Vec::new();
        for (line, row) in data_rows(data.words) {
            let (Some(prefix), Some(rest), None) = (row.first(), row.get(1), row.get(2)) else {
                problems.push(format!(
                    "words.tsv:{line}: expected prefix and last characters"
                ));
                continue;
            };
            let prefix: Vec<char> = prefix.chars().collect();
            if !(1..=2).contains(&prefix.len()) || !prefix.iter().all(|&c| code(c).is_some()) {
                problems.push(format!(
                    "words.tsv:{line}: a prefix is one or two 汉字 of U+3400..U+9FFF"
                ));
                continue;
            }
            // Each last character, then the digits of its word's frequency, if any.
            let mut lasts: Vec<(char, u32)> = Vec::new();
            for c in rest.chars() {
                match (c.to_digit(10), lasts.last_mut()) {
                    (Some(d), Some((_, f))) => *f = f.saturating_mul(10).saturating_add(d),
                    (None, _) if code(c).is_some() => lasts.push((c, 0)),
                    _ => {
                        problems.push(format!("words.tsv:{line}: unexpected {c:?}"));
                        break;
                    }
                }
            }
            for (last, frequency) in lasts {
                let mut chars = prefix.clone();
                chars.push(last);
                // A word listed without its frequency is rarer than the listed ones.
                let frequency = frequency.max(1);
                if let Some(k) = key(&chars) {
                    words.push((k << PAYLOAD_BITS) | u64::from(frequency).min(PAYLOAD));
                }
                let score = genre.get(&word_key(&chars)).map_or(0, |&n| n);
                if frequency >= TARGET_FREQUENCY || score >= MIN_GENRE_COUNT * GENRE_WEIGHT {
                    targets.push((chars, frequency.saturating_add(score)));
                }
            }
        }
        // The words of official prose that jieba lacks (述法, 问责): words, never corrections.
        let mut phrases: CharMap<u128, ()> = CharMap::default();
        for (line, row) in data_rows(data.domain_words) {
            let chars: Vec<char> = row.first().map_or(Vec::new(), |w| w.chars().collect());
            if !(2..=4).contains(&chars.len()) || !chars.iter().all(|&c| code(c).is_some()) {
                problems.push(format!(
                    "domain_words.tsv:{line}: expected a word of two to four 汉字"
                ));
            } else if chars.len() == 4 {
                phrases.insert(key4(&chars), ());
            } else if let Some(k) = key(&chars) {
                words.push((k << PAYLOAD_BITS) | u64::from(DOMAIN_FREQUENCY));
                if let Some(&score) = genre
                    .get(&word_key(&chars))
                    .filter(|&&n| n >= MIN_GENRE_COUNT * GENRE_WEIGHT)
                {
                    targets.push((chars, DOMAIN_FREQUENCY.saturating_add(score)));
                }
            }
        }
        // One entry per word, with the highest frequency listed for it.
        words.sort_unstable_by(|a, b| (a >> PAYLOAD_BITS).cmp(&(b >> PAYLOAD_BITS)).then(b.cmp(a)));
        words.dedup_by(|b, a| *a >> PAYLOAD_BITS == *b >> PAYLOAD_BITS);
        let words = Packed::new(words);

        let partners = partners(confusion);
        let function: CharMap<char, ()> = FUNCTION_CHARS.chars().map(|c| (c, ())).collect();
        // The characters of each syllable, and the readings of the polyphonic characters of
        // the words of `readings.tsv` (协调: 调 reads tiao, so 条 sounds the same there).
        let by_syllable: HashMap<&str, &[char]> = confusion
            .syllables
            .iter()
            .map(|(syllable, chars)| (*syllable, chars.as_slice()))
            .collect();
        let mut in_word: CharMap<u64, Vec<&str>> = CharMap::default();
        for (line, row) in data_rows(data.readings) {
            let (Some(word), Some(readings)) = (row.first(), row.get(1)) else {
                problems.push(format!("readings.tsv:{line}: expected word and readings"));
                continue;
            };
            let chars: Vec<char> = word.chars().collect();
            let readings: Vec<&str> = readings.split(' ').collect();
            if !(2..=3).contains(&chars.len())
                || readings.len() != chars.len()
                || readings.iter().any(|r| !by_syllable.contains_key(r))
            {
                problems.push(format!(
                    "readings.tsv:{line}: expected a reading per character"
                ));
                continue;
            }
            in_word.insert(word_key(&chars), readings);
        }
        // The typo keys: (variant, its correction's frequency, the correction). Two words
        // one character from the same variant: the more frequent is what was meant (of two
        // as frequent, the one listed first).
        // Packed as `variant << 64 | (u32::MAX - frequency) << 32 | index`, so that a plain
        // sort puts them in that order.
        let mut variants: Vec<u128> = Vec::new();
        let mut filter = vec![0u64; (1 << FILTER_BITS) / 64].into_boxed_slice();
        let none: Vec<char> = Vec::new();
        let mut kept: Vec<String> = Vec::new();
        for (chars, frequency) in targets {
            let n = chars.len();
            if chars.iter().any(|c| function.contains_key(c)) {
                continue;
            }
            let index = kept.len() as u32;
            let mut any = false;
            let mut variant = ['\0'; 3];
            variant[..n].copy_from_slice(&chars);
            let readings = in_word.get(&word_key(&chars));
            for at in 0..n {
                let others = partners.get(&chars[at]).unwrap_or(&none);
                let sounding = readings
                    .and_then(|r| by_syllable.get(r[at]).copied())
                    .unwrap_or(&none);
                for &x in others.iter().chain(sounding) {
                    if x == chars[at] || function.contains_key(&x) {
                        continue;
                    }
                    variant[at] = x;
                    if let Some(k) = key(&variant[..n])
                        && words.get(k).is_none()
                    {
                        variants.push(
                            (u128::from(k) << 64)
                                | (u128::from(u32::MAX - frequency) << 32)
                                | u128::from(index),
                        );
                        any = true;
                        let (a, b) = (code(variant[n - 2]), code(variant[n - 1]));
                        if let (Some(a), Some(b)) = (a, b) {
                            let bit = bit(a, b);
                            if let Some(w) = filter.get_mut(bit / 64) {
                                *w |= 1 << (bit % 64);
                            }
                        }
                    }
                }
                variant[at] = chars[at];
            }
            if any {
                kept.push(chars.iter().collect());
            }
        }
        // By variant, then the most frequent correction first, then the first listed.
        variants.sort_unstable();
        variants.dedup_by_key(|v| *v >> 64);
        let typos = Packed::new(
            variants
                .into_iter()
                .map(|v| (((v >> 64) as u64) << PAYLOAD_BITS) | (v as u64 & PAYLOAD))
                .collect(),
        );
        Lexicon {
            words,
            targets: kept,
            phrases,
            typos,
            filter,
            problems,
        }
    }

    /// The correction of hit `word`.
    pub(crate) fn word(&self, word: u32) -> &str {
        self.targets.get(word as usize).map_or("", String::as_str)
    }

    /// The bytes the lexicon holds (its arrays; the phrases and the corrections' strings
    /// are a few hundred kilobytes more).
    #[cfg(test)]
    fn bytes(&self) -> usize {
        self.words.bytes() + self.typos.bytes() + self.filter.len() * 8
    }

    /// Whether `chars` (two or three) is a word of the lexicon.
    #[inline]
    fn is_word(&self, chars: &[char]) -> bool {
        (2..=3).contains(&chars.len()) && key(chars).is_some_and(|k| self.words.get(k).is_some())
    }

    /// The typo keys of one field that no word of the lexicon overlaps partly, in bytes of
    /// `text`, in order.
    pub(crate) fn scan(&self, text: &str, hits: &mut Vec<Hit<u32>>) {
        let from = hits.len();
        // The codes and byte offsets of the last three 汉字 of the lexicon's range.
        let (mut c0, mut c1) = (0u64, 0u64);
        let (mut o0, mut o1) = (0usize, 0usize);
        let mut len = 0usize;
        for (i, c) in text.char_indices() {
            let Some(c2) = code(c) else {
                len = 0;
                continue;
            };
            len += 1;
            if len >= 2 {
                let b = bit(c1, c2);
                if self
                    .filter
                    .get(b / 64)
                    .is_some_and(|w| w & (1 << (b % 64)) != 0)
                {
                    let end = i + c.len_utf8();
                    if len >= 3
                        && let Some(t) =
                            self.typos.get((((c0 << CHAR_BITS) | c1) << CHAR_BITS) | c2)
                    {
                        self.candidate(text, o0, end, t, hits);
                    }
                    if let Some(t) = self.typos.get(((c1 << CHAR_BITS) | c2) << CHAR_BITS) {
                        self.candidate(text, o1, end, t, hits);
                    }
                }
            }
            (c0, c1, o0, o1) = (c1, c2, o1, i);
        }
        // A two-character key inside a three-character one is the same typo.
        let mut k = from;
        while k < hits.len() {
            let h = hits[k];
            if hits[from..]
                .iter()
                .any(|o| *o != h && o.start <= h.start && h.end <= o.end)
            {
                hits.remove(k);
            } else {
                k += 1;
            }
        }
    }

    /// Keeps the typo key at bytes `start..end` unless a word of the lexicon covers part of
    /// it and something outside it.
    fn candidate(&self, text: &str, start: usize, end: usize, word: u32, hits: &mut Vec<Hit<u32>>) {
        let mut around = ['\0'; 7];
        let mut n = 0;
        let mut before = ['\0'; 2];
        let mut s = 0;
        for c in text[..start].chars().rev().take(2) {
            before[s] = c;
            s += 1;
        }
        for &c in before[..s].iter().rev() {
            around[n] = c;
            n += 1;
        }
        for c in text[start..end].chars().chain(text[end..].chars().take(2)) {
            if let Some(slot) = around.get_mut(n) {
                *slot = c;
                n += 1;
            }
        }
        let e = s + text[start..end].chars().count();
        for a in 0..n {
            for b in a + 2..=(a + 3).min(n) {
                let partly = (a < s && s < b && b <= e) || (s <= a && a < e && e < b);
                let across = a < s && e < b;
                if (partly || across) && self.is_word(&around[a..b]) {
                    return;
                }
            }
            // A phrase of official prose that holds the window (结事 in 案结事了).
            if a <= s
                && e <= a + 4
                && a + 4 <= n
                && self.phrases.contains_key(&key4(&around[a..a + 4]))
            {
                return;
            }
        }
        if !self.in_prose(text, start, end) || before_comrade(&text[end..]) {
            return;
        }
        hits.push(Hit {
            start,
            end,
            what: word,
        });
    }

    /// Whether the window at bytes `start..end` stands in prose (成文语境): of the 汉字 within
    /// [`PROSE_REACH`] characters on either side of it (up to a character that is no 汉字),
    /// at least half belong to a word of the lexicon. In prose nearly every character does;
    /// in a run of random ideographs almost none does (a random bigram is a word about once in
    /// a thousand), so a typo key there is chance, not a slip. With fewer than
    /// [`PROSE_REACH`] 汉字 of context in all there is too little to judge, and the window
    /// counts as prose.
    fn in_prose(&self, text: &str, start: usize, end: usize) -> bool {
        let side = |chars: &mut dyn Iterator<Item = char>| -> ([char; PROSE_REACH], usize) {
            let mut run = ['\0'; PROSE_REACH];
            let mut n = 0;
            for c in chars.take(PROSE_REACH).take_while(|&c| is_hanzi(c)) {
                run[n] = c;
                n += 1;
            }
            (run, n)
        };
        let (mut before, nb) = side(&mut text[..start].chars().rev());
        before[..nb].reverse();
        let (after, na) = side(&mut text[end..].chars());
        if nb + na < PROSE_REACH {
            return true;
        }
        let covered = |run: &[char]| {
            let mut mark = [false; PROSE_REACH];
            for a in 0..run.len() {
                for b in a + 2..=(a + 3).min(run.len()) {
                    if self.is_word(&run[a..b]) {
                        mark[a..b].iter_mut().for_each(|m| *m = true);
                    }
                }
            }
            mark.iter().filter(|&&m| m).count()
        };
        2 * (covered(&before[..nb]) + covered(&after[..na])) >= nb + na
    }
}

/// Whether `after` (the text after a window) starts with 同志, or with one character and
/// 同志: the window is then part of a person's name (张正民同志, 王强同志), which official
/// prose writes before 同志, and names are no words of the lexicon.
fn before_comrade(after: &str) -> bool {
    let mut chars = after.chars();
    after.starts_with("同志") || (chars.next().is_some() && chars.as_str().starts_with("同志"))
}

/// The characters each character is confused with, for ordinary words: the same syllable,
/// the curated pairs and the look-alikes sharing a component.
fn partners(confusion: &Confusion) -> CharMap<char, Vec<char>> {
    let mut partners: CharMap<char, Vec<char>> = CharMap::default();
    let mut add = |a: char, b: char| {
        if a != b {
            for (x, y) in [(a, b), (b, a)] {
                let list = partners.entry(x).or_default();
                if !list.contains(&y) {
                    list.push(y);
                }
            }
        }
    };
    for (_, chars) in &confusion.syllables {
        for &a in chars {
            for &b in chars {
                add(a, b);
            }
        }
    }
    for &(a, b) in &confusion.curated_pairs {
        add(a, b);
    }
    for l in &confusion.lookalikes {
        // A similarity of 0 is what generate.py writes when pycorrector's stroke data lacks
        // one of the two (埋, 怙): the shared component is then the only evidence, and it
        // counts.
        let unmeasured = l.similarity == 0.0;
        if l.one_stroke
            || (l.shared_component && (unmeasured || l.similarity >= MIN_LOOKALIKE_SIMILARITY))
        {
            add(l.a, l.b);
        }
    }
    partners
}

#[cfg(test)]
mod tests {
    use crate::validate::rules::text::{LEXICON, data};

    fn typos(text: &str) -> Vec<(String, &str)> {
        let mut hits = Vec::new();
        LEXICON.scan(text, &mut hits);
        hits.iter()
            .map(|h| (text[h.start..h.end].to_owned(), LEXICON.word(h.what)))
            .collect()
    }

    #[test]
    fn data_parses_without_problems() {
        assert_eq!(LEXICON.problems, Vec::<String>::new());
        assert!(LEXICON.words.len() > 100_000);
        assert!(LEXICON.typos.len() > 10_000);
        // The packed arrays: well under the 25 MB of the hash maps of round 3.
        assert!(LEXICON.bytes() < 12 << 20, "{} bytes", LEXICON.bytes());
    }

    #[test]
    fn the_data_headers_name_their_source_and_licence() {
        let words: String = data::WORDS
            .lines()
            .take_while(|l| l.starts_with('#'))
            .collect();
        assert!(words.contains("jieba 0.42.1") && words.contains("MIT License"));
        let looks: String = data::LOOKALIKES
            .lines()
            .take_while(|l| l.starts_with('#'))
            .collect();
        assert!(looks.contains("pycorrector 1.1.4") && looks.contains("Apache License 2.0"));
        let readings: String = data::READINGS
            .lines()
            .take_while(|l| l.starts_with('#'))
            .collect();
        assert!(readings.contains("pypinyin 0.55.0") && readings.contains("MIT License"));
    }

    #[test]
    fn a_polyphonic_character_sounds_like_its_reading_in_the_word() {
        // 调 stands under diao in homophones.tsv; in 协调 it reads tiao, like 条.
        assert_eq!(
            typos("及时协条解决工作中遇到的问题。"),
            vec![("协条".to_owned(), "协调")]
        );
    }

    #[test]
    fn a_misspelt_word_is_found_with_its_correction() {
        assert_eq!(
            typos("各科室要切实履行监管职则。"),
            vec![("职则".to_owned(), "职责")]
        );
        assert_eq!(
            typos("认真传达学习全会经神。"),
            vec![("经神".to_owned(), "精神")]
        );
    }

    #[test]
    fn a_word_of_the_genre_is_a_correction_though_jieba_counts_it_rare() {
        // 素养: 354 in jieba (below TARGET_FREQUENCY), 10 times in the genre's prose.
        assert_eq!(
            typos("不断提高干部的综合素样。"),
            vec![("素样".to_owned(), "素养")]
        );
    }

    #[test]
    fn a_name_before_comrade_is_no_typo() {
        // 张/改 differ in one stroke and 改正 is a word of the genre, but 张正民 is a name.
        assert!(typos("法官张正民同志作专题讲座。").is_empty());
        assert!(!typos("法官张正作专题讲座。").is_empty());
    }

    #[test]
    fn the_genre_table_names_its_sources_and_skips_the_batches() {
        let header: String = data::GENRE_WORDS
            .lines()
            .take_while(|l| l.starts_with('#'))
            .collect();
        assert!(header.contains("clean.txt") && header.contains("reference.txt"));
        assert!(header.contains("Never from a misspelling batch"));
    }

    #[test]
    fn windows_across_two_words_are_not_typos() {
        // 治政 sounds like 执政, but 法治 and 政府 are words.
        assert!(typos("加快建设法治政府。").is_empty());
        assert!(typos("二是强化执法监督。").is_empty());
        assert!(typos("").is_empty());
    }
}
