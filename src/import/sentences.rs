//! Sentence and clause boundaries of one text (句子边界), found once.
//!
//! The import asks, for every fact, where its sentence (or clause) starts and ends. Scanning
//! back and forward from each fact costs the sentence's length per fact; this index answers
//! in constant time from two arrays built in one pass over the text's characters.

use std::ops::Range;

/// Where the boundary characters of a text stand, to find the stretch without a boundary
/// character around any offset.
///
/// Only the boundaries' offsets are kept (in order), and each question is a binary search
/// among them: a paragraph has a few boundaries and a few facts, so this costs less than an
/// entry for every character.
pub(crate) struct Boundaries {
    /// The character offsets of the boundary characters, ascending.
    at: Vec<usize>,
    /// The number of characters of the text.
    len: usize,
}

impl Boundaries {
    /// The index of `chars` for the boundary characters `is_boundary` picks.
    pub(crate) fn new(chars: &[char], is_boundary: impl Fn(char) -> bool) -> Boundaries {
        let at = chars
            .iter()
            .enumerate()
            .filter(|&(_, &c)| is_boundary(c))
            .map(|(i, _)| i)
            .collect();
        Boundaries {
            at,
            len: chars.len(),
        }
    }

    /// The offset after the last boundary before `at`, at most `reach` characters back.
    pub(crate) fn start_before(&self, at: usize, reach: usize) -> usize {
        let at = at.min(self.len);
        let k = self.at.partition_point(|&b| b < at);
        let after_prev = if k == 0 { 0 } else { self.at[k - 1] + 1 };
        after_prev.max(at.saturating_sub(reach))
    }

    /// The offset of the first boundary at or after `at`, at most `reach` characters on.
    pub(crate) fn end_after(&self, at: usize, reach: usize) -> usize {
        let at = at.min(self.len);
        let k = self.at.partition_point(|&b| b < at);
        self.at.get(k).copied().unwrap_or(self.len).min(at + reach)
    }

    /// The stretch around `span`: from after the boundary before it to the boundary after
    /// it, at most `reach` characters either side.
    pub(crate) fn around(&self, span: &Range<usize>, reach: usize) -> (usize, usize) {
        (
            self.start_before(span.start, reach),
            self.end_after(span.end, reach),
        )
    }
}

/// A text's characters and their byte offsets, to slice it by character offsets.
pub(crate) struct CharText<'t> {
    /// The text.
    pub(crate) text: &'t str,
    /// The characters.
    pub(crate) chars: Vec<char>,
    /// `bytes[i]`: the byte offset of character `i`; the last entry is the length.
    bytes: Vec<usize>,
}

impl<'t> CharText<'t> {
    /// The characters of `text` and where each starts.
    pub(crate) fn new(text: &'t str) -> CharText<'t> {
        let n = text.len();
        let mut chars = Vec::with_capacity(n);
        let mut bytes = Vec::with_capacity(n + 1);
        for (i, c) in text.char_indices() {
            chars.push(c);
            bytes.push(i);
        }
        bytes.push(text.len());
        CharText { text, chars, bytes }
    }

    /// The characters `r` (clamped to the text), as a slice of the text.
    pub(crate) fn of(&self, r: Range<usize>) -> &'t str {
        let n = self.bytes.len() - 1;
        let end = r.end.min(n);
        &self.text[self.bytes[r.start.min(end)]..self.bytes[end]]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scans the index replaces.
    fn scan(
        chars: &[char],
        span: &Range<usize>,
        reach: usize,
        b: fn(char) -> bool,
    ) -> (usize, usize) {
        let start = span.start.min(chars.len());
        let mut s = start;
        while s > 0 && start - s < reach && !b(chars[s - 1]) {
            s -= 1;
        }
        let end = span.end.min(chars.len());
        let mut e = end;
        while e < chars.len() && e - end < reach && !b(chars[e]) {
            e += 1;
        }
        (s, e)
    }

    #[test]
    fn agrees_with_scanning() {
        let b: fn(char) -> bool = |c| matches!(c, '。' | '；');
        for text in [
            "",
            "。",
            "甲乙。丙丁；戊",
            "甲乙丙丁戊己庚辛",
            "。。甲。",
            "甲乙丙。丁戊己庚辛壬癸",
        ] {
            let chars: Vec<char> = text.chars().collect();
            let ix = Boundaries::new(&chars, b);
            for reach in [1, 2, 3, 600] {
                for s in 0..=chars.len() + 1 {
                    for e in s..=chars.len() + 1 {
                        assert_eq!(
                            ix.around(&(s..e), reach),
                            scan(&chars, &(s..e), reach, b),
                            "{text} {s}..{e} {reach}"
                        );
                    }
                }
            }
        }
    }
}
