//! The confusion sets of Chinese characters (易混字集): characters of the same syllable
//! (同音), the curated pairs of look-alike and same-code characters (形近、五笔), and the
//! generated look-alike pairs (形近字表), indexed once for the dictionary of fixed
//! formulations and the lexicon of ordinary words.
//!
//! The data are the text rules' files (`homophones.tsv`, `confusables.tsv`,
//! `lookalikes.tsv`), handed in by the rules; each documents its format in its header.

use super::hash::{CharMap, pair};
use super::tsv::{column, rows, single};

/// The three tables, as the rules' data files give them.
pub(crate) struct ConfusionData {
    /// `homophones.tsv`: a syllable, its characters.
    pub(crate) homophones: &'static str,
    /// `confusables.tsv`: a character, its look-alike, the mechanism.
    pub(crate) confusables: &'static str,
    /// `lookalikes.tsv`: a character, its look-alike, the similarity, the evidence.
    pub(crate) lookalikes: &'static str,
}

/// A generated look-alike pair.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LookAlike {
    pub(crate) a: char,
    pub(crate) b: char,
    /// The similarity of their stroke sequences, 0 to 1.
    pub(crate) similarity: f32,
    /// They share a component (evidence `group`) rather than only similar strokes.
    pub(crate) shared_component: bool,
    /// They have as many strokes, at most one of another type (evidence `onestroke`).
    pub(crate) one_stroke: bool,
}

/// The confusion sets, indexed.
pub(crate) struct Confusion {
    /// The curated pairs and their mechanism (形近, 五笔, 同音, 易混), by [`pair`].
    curated: CharMap<u64, &'static str>,
    /// The curated pairs, in the order of the file.
    pub(crate) curated_pairs: Vec<(char, char)>,
    /// The generated look-alike pairs, by [`pair`].
    lookalike: CharMap<u64, ()>,
    /// The generated look-alike pairs, in the order of the file.
    pub(crate) lookalikes: Vec<LookAlike>,
    /// The syllable (without tone) of each character, as the index of its line (a
    /// character listed under two syllables has the later one).
    syllable_of: CharMap<char, u16>,
    /// The syllables, in the order of the file, each with its characters.
    pub(crate) syllables: Vec<(&'static str, Vec<char>)>,
    /// Lines of the data that could not be read (a unit test keeps this empty).
    pub(crate) problems: Vec<String>,
}

impl Confusion {
    /// Parses and indexes the three tables.
    pub(crate) fn load(data: &ConfusionData) -> Confusion {
        let mut c = Confusion {
            curated: CharMap::default(),
            curated_pairs: Vec::new(),
            lookalike: CharMap::default(),
            lookalikes: Vec::new(),
            syllable_of: CharMap::default(),
            syllables: Vec::new(),
            problems: Vec::new(),
        };
        for (line, row) in rows(data.confusables) {
            match (
                single(column(&row, 0)),
                single(column(&row, 1)),
                column(&row, 2),
            ) {
                (Some(a), Some(b), Some(mechanism)) if a != b => {
                    c.curated.insert(pair(a, b), mechanism);
                    c.curated_pairs.push((a, b));
                }
                _ => c.problems.push(format!(
                    "confusables.tsv:{line}: expected character, look-alike, mechanism"
                )),
            }
        }
        for (line, row) in rows(data.lookalikes) {
            let similarity = column(&row, 2).and_then(|s| s.parse::<f32>().ok());
            match (
                single(column(&row, 0)),
                single(column(&row, 1)),
                similarity,
                column(&row, 3),
            ) {
                (Some(a), Some(b), Some(similarity), Some(why)) if a != b => {
                    c.lookalike.insert(pair(a, b), ());
                    c.lookalikes.push(LookAlike {
                        a,
                        b,
                        similarity,
                        shared_component: why == "group",
                        one_stroke: why == "onestroke",
                    });
                }
                _ => c.problems.push(format!(
                    "lookalikes.tsv:{line}: expected character, look-alike, similarity, evidence"
                )),
            }
        }
        for (n, (line, row)) in rows(data.homophones).enumerate() {
            match (column(&row, 0), column(&row, 1), u16::try_from(n)) {
                (Some(syllable), Some(chars), Ok(id))
                    if syllable.bytes().all(|b| b.is_ascii_lowercase()) =>
                {
                    for ch in chars.chars() {
                        c.syllable_of.insert(ch, id);
                    }
                    c.syllables.push((syllable, chars.chars().collect()));
                }
                _ => c.problems.push(format!(
                    "homophones.tsv:{line}: expected syllable and characters"
                )),
            }
        }
        c
    }

    /// The mechanism of a curated pair (形近, 五笔, 同音, 易混), if `a`, `b` is one.
    pub(crate) fn curated(&self, a: char, b: char) -> Option<&'static str> {
        self.curated.get(&pair(a, b)).copied()
    }

    /// Whether `a`, `b` is a generated look-alike pair.
    pub(crate) fn look_alike(&self, a: char, b: char) -> bool {
        self.lookalike.contains_key(&pair(a, b))
    }

    /// Whether `a` and `b` are listed under the same syllable (each under its last one).
    pub(crate) fn same_syllable(&self, a: char, b: char) -> bool {
        matches!(
            (self.syllable_of.get(&a), self.syllable_of.get(&b)),
            (Some(x), Some(y)) if x == y
        )
    }
}
