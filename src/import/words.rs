//! Looking for several short words at once (多词查找) in the short texts the import reads
//! (a clause, a label, a heading).
//!
//! `words.iter().any(|w| text.contains(w))` sets up a substring searcher for every word on
//! every call, which costs more than the search itself on a clause of a dozen characters.
//! [`contains_any`] walks the text once and compares each word's bytes where its first byte
//! stands; the answer is the same.

/// Whether `word` stands in `t` at byte `i`.
fn at(t: &[u8], i: usize, word: &[u8]) -> bool {
    let rest = &t[i..];
    rest.len() >= word.len() && rest[0] == word[0] && rest.iter().zip(word).all(|(a, b)| a == b)
}

/// Whether `text` contains any of `words` (an empty word is in every text).
pub(crate) fn contains_any(text: &str, words: &[&str]) -> bool {
    let t = text.as_bytes();
    if words.iter().any(|w| w.is_empty()) {
        return true;
    }
    (0..t.len()).any(|i| words.iter().any(|w| at(t, i, w.as_bytes())))
}

/// The byte offset of the first `word` in `text`, as [`str::find`] gives it (a word of
/// UTF-8 can only match where a character starts).
pub(crate) fn find(text: &str, word: &str) -> Option<usize> {
    if word.is_empty() {
        return Some(0);
    }
    let t = text.as_bytes();
    (0..t.len()).find(|&i| at(t, i, word.as_bytes()))
}

/// The largest byte offset at which an occurrence of one of `words` ends in `text`: the
/// maximum over the words of `text.rfind(w) + w.len()`.
pub(crate) fn last_end(text: &str, words: &[&str]) -> Option<usize> {
    let t = text.as_bytes();
    let mut best: Option<usize> = None;
    for w in words {
        if w.is_empty() {
            best = best.max(Some(t.len()));
            continue;
        }
        let w = w.as_bytes();
        if let Some(i) = (0..t.len()).rev().find(|&i| at(t, i, w)) {
            best = best.max(Some(i + w.len()));
        }
    }
    best
}

/// Where any of `words` occurs in `chars`: (start, end) character offsets of every
/// occurrence, in the order of the words and then of the text.
pub(crate) fn occurrences(chars: &[char], words: &[&str]) -> Vec<(usize, usize)> {
    let words: Vec<Vec<char>> = words.iter().map(|w| w.chars().collect()).collect();
    let mut out = Vec::new();
    for w in &words {
        let Some(&first) = w.first() else { continue };
        let mut i = 0;
        while let Some(p) = chars[i..].iter().position(|&c| c == first) {
            let at = i + p;
            if chars[at..].starts_with(w) {
                out.push((at, at + w.len()));
            }
            i = at + 1;
        }
    }
    out
}

/// The first `n` characters of `text` (all of it if it is shorter), as
/// `text.chars().take(n).collect()` gives them, without rebuilding the string.
pub(crate) fn first_chars(text: &str, n: usize) -> &str {
    match text.char_indices().nth(n) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_contains() {
        let words = ["同比", "较上年", "上年同期", "a", "年"];
        for text in [
            "",
            "同",
            "同比",
            "今年同比增长",
            "较上",
            "较上年",
            "xa",
            "上年同",
            "某年",
        ] {
            for k in 0..=words.len() {
                let ws = &words[..k];
                assert_eq!(
                    contains_any(text, ws),
                    ws.iter().any(|w| text.contains(w)),
                    "{text} {ws:?}"
                );
            }
        }
        assert!(contains_any("任何", &[""]));
        for (text, n) in [
            ("", 0),
            ("", 3),
            ("甲乙丙", 0),
            ("甲乙丙", 2),
            ("甲乙丙", 3),
            ("甲乙丙", 9),
        ] {
            assert_eq!(
                first_chars(text, n),
                text.chars().take(n).collect::<String>()
            );
        }
        for text in ["", "增长增长", "先增加后减少", "下降了", "增", "xx"] {
            for w in ["增", "增长", "减少", "", "x"] {
                assert_eq!(find(text, w), text.find(w), "{text} {w}");
            }
            let ws = ["增长", "增", "减少", "降"];
            let want = ws
                .iter()
                .filter_map(|w| text.rfind(w).map(|i| i + w.len()))
                .max();
            assert_eq!(last_end(text, &ws), want, "{text}");
        }
        let chars: Vec<char> = "力争确保目标力争".chars().collect();
        assert_eq!(
            occurrences(&chars, &["力争", "目标"]),
            [(0, 2), (6, 8), (4, 6)]
        );
    }
}
