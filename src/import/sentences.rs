//! Sentence and clause boundaries of one text (句子边界), found once.
//!
//! The import asks, for every fact, where its sentence (or clause) starts and ends. Scanning
//! back and forward from each fact costs the sentence's length per fact; this index answers
//! in constant time from two arrays built in one pass over the text's characters.

use std::ops::Range;

/// For every character offset of a text, where the stretch without a boundary character
/// around it starts and ends.
pub(crate) struct Boundaries {
    /// `after_prev[p]`: the offset after the last boundary character before `p` (0 if none).
    after_prev: Vec<usize>,
    /// `next[p]`: the offset of the first boundary character at or after `p` (the length
    /// if none).
    next: Vec<usize>,
}

impl Boundaries {
    /// The index of `chars` for the boundary characters `is_boundary` picks.
    pub(crate) fn new(chars: &[char], is_boundary: impl Fn(char) -> bool) -> Boundaries {
        let n = chars.len();
        let mut after_prev = vec![0; n + 1];
        let mut next = vec![n; n + 1];
        let mut last = 0;
        for (i, &c) in chars.iter().enumerate() {
            if is_boundary(c) {
                last = i + 1;
            }
            after_prev[i + 1] = last;
        }
        let mut nx = n;
        for i in (0..n).rev() {
            if is_boundary(chars[i]) {
                nx = i;
            }
            next[i] = nx;
        }
        Boundaries { after_prev, next }
    }

    /// The offset after the last boundary before `at`, at most `reach` characters back.
    pub(crate) fn start_before(&self, at: usize, reach: usize) -> usize {
        let at = at.min(self.after_prev.len() - 1);
        self.after_prev[at].max(at.saturating_sub(reach))
    }

    /// The offset of the first boundary at or after `at`, at most `reach` characters on.
    pub(crate) fn end_after(&self, at: usize, reach: usize) -> usize {
        let at = at.min(self.next.len() - 1);
        self.next[at].min(at + reach)
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
