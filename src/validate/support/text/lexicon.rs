//! The lexicon of common words (常用词词表) and the scan for misspelt ordinary words
//! (普通词语错字) behind `text.word_typo`.
//!
//! `data/words.tsv` holds the words of two and three 汉字 of jieba's dictionary (MIT) with
//! their frequencies, reduced by `data/generate.py`. At load, every frequent word
//! ([`TARGET_FREQUENCY`] or more) is turned into its one-character variants through the
//! confusion sets — the same syllable (`homophones.tsv`), the curated pairs
//! (`confusables.tsv`) and the look-alikes that share a component (`lookalikes.tsv`,
//! evidence `group`, stroke similarity [`MIN_LOOKALIKE_SIMILARITY`] or more) — and a
//! variant that is no word of the lexicon at all becomes a *typo key* with the word as its
//! correction (经神 → 精神, 职则 → 职责). A polyphonic character also sounds like the characters
//! of its reading inside the word (`readings.tsv`, from pypinyin: 调 reads tiao in 协调, so
//! 协条 is a variant). The words of official prose that jieba lacks (`domain_words.tsv`) are
//! words, never corrections; its four-character phrases hold no typo (结事 in 案结事了).
//! Variants that hold a function character
//! ([`FUNCTION_CHARS`]) are left out: 二是 is not 而是.
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
use super::hash::{CharMap, phrase_key as key4, word_key as key};
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
}

/// A word of the lexicon this frequent or more in jieba's counts is a correction the rule
/// may suggest. Below it, words are still words (a window that is one is never reported),
/// but too rare to be what the drafter meant.
pub(crate) const TARGET_FREQUENCY: u32 = 500;
/// The frequency given to the words of `domain_words.tsv`: words, but never corrections.
const DOMAIN_FREQUENCY: u32 = 100;
/// Look-alikes of `lookalikes.tsv` count for ordinary words only when they share a
/// component (`group`) and their stroke sequences are this similar.
const MIN_LOOKALIKE_SIMILARITY: f32 = 0.75;
/// Characters that stand alone in correct prose so often that a window holding one is
/// never taken for a misspelt word (二是, 以更, 办的, 鸣日).
const FUNCTION_CHARS: &str = "的地得了着过是在和与及或对以于为把被将从向往由自至到中上下内外前后人日月年一二三四五六七八九十百千万亿个之其等也都就而且并还又再已不没无未非有这那此各每本该我你他她它们所";
/// How many characters on either side of a suspect window [`Lexicon::in_prose`] reads.
const PROSE_REACH: usize = 6;
/// The filter has `1 << FILTER_BITS` bits (2 MB); each bigram sets two.
const FILTER_BITS: u32 = 24;

/// The filter bit of the bigram key `k`.
#[inline]
fn bit(k: u64) -> [usize; 2] {
    [
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS)) as usize,
        (k.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) >> (64 - FILTER_BITS)) as usize,
    ]
}

/// A variant of a frequent word, and the word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Typo {
    /// The index of the correction in [`Lexicon::words`].
    word: u32,
    /// Its frequency.
    frequency: u32,
}

/// The lexicon of common words and the typo keys generated from it.
pub(crate) struct Lexicon {
    /// The frequency of every word, by [`key`].
    frequency: CharMap<u64, u32>,
    /// The corrections, by index.
    words: Vec<String>,
    /// The four-character phrases of `domain_words.tsv` (案结事了), by [`key4`].
    phrases: CharMap<u128, ()>,
    /// The typo keys, by [`key`] of the variant.
    typos: CharMap<u64, Typo>,
    /// One bit per bigram that ends a typo key (its last two characters).
    filter: Box<[u64]>,
    /// Lines of the data that could not be read (a unit test keeps this empty).
    pub(crate) problems: Vec<String>,
}

impl Lexicon {
    /// Parses the lexicon and generates its typo keys through the confusion sets; the
    /// problems of the data are kept in [`Lexicon::problems`].
    pub(crate) fn load(data: &LexiconData, confusion: &Confusion) -> Lexicon {
        let mut lexicon = Lexicon {
            frequency: CharMap::default(),
            words: Vec::new(),
            phrases: CharMap::default(),
            typos: CharMap::default(),
            filter: vec![0; (1 << FILTER_BITS) / 64].into_boxed_slice(),
            problems: Vec::new(),
        };
        let mut targets = Vec::new();
        for (line, row) in data_rows(data.words) {
            let (Some(prefix), Some(rest), None) = (row.first(), row.get(1), row.get(2)) else {
                lexicon.problems.push(format!(
                    "words.tsv:{line}: expected prefix and last characters"
                ));
                continue;
            };
            let prefix: Vec<char> = prefix.chars().collect();
            if !(1..=2).contains(&prefix.len()) || !prefix.iter().all(|&c| is_hanzi(c)) {
                lexicon
                    .problems
                    .push(format!("words.tsv:{line}: a prefix is one or two 汉字"));
                continue;
            }
            // Each last character, then the digits of its word's frequency, if any.
            let mut words: Vec<(char, u32)> = Vec::new();
            for c in rest.chars() {
                match (c.to_digit(10), words.last_mut()) {
                    (Some(d), Some((_, f))) => *f = f.saturating_mul(10).saturating_add(d),
                    (None, _) if is_hanzi(c) => words.push((c, 0)),
                    _ => {
                        lexicon
                            .problems
                            .push(format!("words.tsv:{line}: unexpected {c:?}"));
                        break;
                    }
                }
            }
            for (last, frequency) in words {
                let mut chars = prefix.clone();
                chars.push(last);
                // A word listed without its frequency is rarer than the listed ones.
                let frequency = frequency.max(1);
                lexicon.frequency.insert(key(&chars), frequency);
                if frequency >= TARGET_FREQUENCY {
                    let index = lexicon.words.len() as u32;
                    lexicon.words.push(chars.iter().collect());
                    targets.push((index, chars, frequency));
                }
            }
        }
        // The words of official prose that jieba lacks (述法, 问责): words, never corrections.
        for (line, row) in data_rows(data.domain_words) {
            let chars: Vec<char> = row.first().map_or(Vec::new(), |w| w.chars().collect());
            if !(2..=4).contains(&chars.len()) || !chars.iter().all(|&c| is_hanzi(c)) {
                lexicon.problems.push(format!(
                    "domain_words.tsv:{line}: expected a word of two to four 汉字"
                ));
            } else if chars.len() == 4 {
                lexicon.phrases.insert(key4(&chars), ());
            } else {
                let f = lexicon.frequency.entry(key(&chars)).or_insert(0);
                *f = (*f).max(DOMAIN_FREQUENCY);
            }
        }
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
                lexicon
                    .problems
                    .push(format!("readings.tsv:{line}: expected word and readings"));
                continue;
            };
            let chars: Vec<char> = word.chars().collect();
            let readings: Vec<&str> = readings.split(' ').collect();
            if !(2..=3).contains(&chars.len())
                || readings.len() != chars.len()
                || readings.iter().any(|r| !by_syllable.contains_key(r))
            {
                lexicon.problems.push(format!(
                    "readings.tsv:{line}: expected a reading per character"
                ));
                continue;
            }
            in_word.insert(key(&chars), readings);
        }
        let none: Vec<char> = Vec::new();
        for (index, chars, frequency) in targets {
            let typo = Typo {
                word: index,
                frequency,
            };
            let n = chars.len();
            if chars.iter().any(|c| function.contains_key(c)) {
                continue;
            }
            let mut variant = ['\0'; 3];
            variant[..n].copy_from_slice(&chars);
            let readings = in_word.get(&key(&chars));
            for at in 0..n {
                let others = partners.get(&chars[at]).unwrap_or(&none);
                let sounding = readings
                    .and_then(|r| by_syllable.get(r[at]).copied())
                    .unwrap_or(&none);
                for &x in others.iter().chain(sounding) {
                    if x == chars[at] {
                        continue;
                    }
                    if function.contains_key(&x) {
                        continue;
                    }
                    variant[at] = x;
                    let k = key(&variant[..n]);
                    if !lexicon.frequency.contains_key(&k) {
                        // Two words one character from the same variant: the more frequent
                        // is what was meant.
                        let slot = lexicon.typos.entry(k).or_insert(typo);
                        if slot.frequency < frequency {
                            *slot = typo;
                        }
                        for b in bit(key(&variant[n - 2..n])) {
                            if let Some(w) = lexicon.filter.get_mut(b / 64) {
                                *w |= 1 << (b % 64);
                            }
                        }
                    }
                }
                variant[at] = chars[at];
            }
        }
        lexicon
    }

    /// The correction of hit `word`.
    pub(crate) fn word(&self, word: u32) -> &str {
        self.words.get(word as usize).map_or("", String::as_str)
    }

    /// The frequency of the word `chars`, if it is one.
    fn frequency_of(&self, chars: &[char]) -> Option<u32> {
        (2..=3)
            .contains(&chars.len())
            .then(|| self.frequency.get(&key(chars)).copied())
            .flatten()
    }

    /// The typo keys of one field that no word of the lexicon overlaps partly, in bytes of
    /// `text`, in order.
    pub(crate) fn scan(&self, text: &str, hits: &mut Vec<Hit<u32>>) {
        // The last three 汉字 before and at the current one, as (char, byte offset).
        let mut run: [(char, usize); 3] = [('\0', 0); 3];
        let mut len = 0usize;
        for (i, c) in text.char_indices() {
            if !is_hanzi(c) {
                len = 0;
                continue;
            }
            run = [run[1], run[2], (c, i)];
            len += 1;
            if len < 2 {
                continue;
            }
            if bit(key(&[run[1].0, c])).iter().any(|&b| {
                self.filter
                    .get(b / 64)
                    .is_none_or(|w| w & (1 << (b % 64)) == 0)
            }) {
                continue;
            }
            let end = i + c.len_utf8();
            if len >= 3
                && let Some(t) = self.typos.get(&key(&[run[0].0, run[1].0, c]))
            {
                self.candidate(text, run[0].1, end, t.word, hits);
            }
            if let Some(t) = self.typos.get(&key(&[run[1].0, c])) {
                self.candidate(text, run[1].1, end, t.word, hits);
            }
        }
        // A two-character key inside a three-character one is the same typo.
        let mut k = 0;
        while k < hits.len() {
            let h = hits[k];
            if hits
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
        let mut around = ['\0'; 9];
        let before: Vec<char> = text[..start].chars().rev().take(2).collect();
        let inside: Vec<char> = text[start..end].chars().collect();
        let after: Vec<char> = text[end..].chars().take(2).collect();
        let mut n = 0;
        for &c in before.iter().rev().chain(&inside).chain(&after) {
            if let Some(slot) = around.get_mut(n) {
                *slot = c;
                n += 1;
            }
        }
        let (s, e) = (before.len(), before.len() + inside.len());
        for a in 0..n {
            for b in a + 2..=(a + 3).min(n) {
                let partly = (a < s && s < b && b <= e) || (s <= a && a < e && e < b);
                let across = a < s && e < b;
                if (partly || across) && self.frequency_of(&around[a..b]).is_some() {
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
        if !self.in_prose(text, start, end) {
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
                    if self.frequency_of(&run[a..b]).is_some() {
                        mark[a..b].iter_mut().for_each(|m| *m = true);
                    }
                }
            }
            mark.iter().filter(|&&m| m).count()
        };
        2 * (covered(&before[..nb]) + covered(&after[..na])) >= nb + na
    }
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
        if l.shared_component && l.similarity >= MIN_LOOKALIKE_SIMILARITY {
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
        assert!(LEXICON.frequency.len() > 100_000);
        assert!(LEXICON.typos.len() > 10_000);
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
    fn windows_across_two_words_are_not_typos() {
        // 治政 sounds like 执政, but 法治 and 政府 are words.
        assert!(typos("加快建设法治政府。").is_empty());
        assert!(typos("二是强化执法监督。").is_empty());
        assert!(typos("").is_empty());
    }
}
