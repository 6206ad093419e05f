//! Looking for several short words at once (多词查找) in the short texts the import reads
//! (a clause, a label, a heading).
//!
//! `words.iter().any(|w| text.contains(w))` sets up a substring searcher for every word on
//! every call, which costs more than the search itself on a clause of a dozen characters.
//! [`contains_any`] walks the text once and compares each word's bytes where its first byte
//! stands; the answer is the same.

/// Whether `text` contains any of `words` (an empty word is in every text).
pub(crate) fn contains_any(text: &str, words: &[&str]) -> bool {
    let t = text.as_bytes();
    if words.iter().any(|w| w.is_empty()) {
        return true;
    }
    (0..t.len()).any(|i| {
        let rest = &t[i..];
        words.iter().any(|w| {
            let w = w.as_bytes();
            rest.len() >= w.len() && rest[0] == w[0] && rest.iter().zip(w).all(|(a, b)| a == b)
        })
    })
}

/// Where any of `words` occurs in `chars`: (start, end) character offsets of every
/// occurrence, in the order of the words and then of the text.
pub(crate) fn occurrences(chars: &[char], words: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for w in words {
        let w: Vec<char> = w.chars().collect();
        let Some(&first) = w.first() else { continue };
        for i in 0..chars.len() {
            if chars[i] == first && chars[i..].starts_with(&w) {
                out.push((i, i + w.len()));
            }
        }
    }
    out
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
        let chars: Vec<char> = "力争确保目标力争".chars().collect();
        assert_eq!(
            occurrences(&chars, &["力争", "目标"]),
            [(0, 2), (6, 8), (4, 6)]
        );
    }
}
