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

/// The words' second bytes, as a set of their low six bits (bit `b & 63`), or `None` when
/// a word is shorter than two bytes. A word can only stand at byte `i` of a text if the
/// text's byte `i + 1` is in this set: most positions are ruled out by one test, before
/// any word is compared. (The second byte of a Chinese character is a continuation byte,
/// whose low six bits are all that vary.)
fn second_bytes(words: &[&str]) -> Option<u64> {
    let mut set = 0u64;
    for w in words {
        set |= 1u64 << (w.as_bytes().get(1)? & 63);
    }
    Some(set)
}

/// The first byte offset at which one of `words` stands in `text` (every word non-empty).
fn first_of(t: &[u8], words: &[&str]) -> Option<usize> {
    let Some(set) = second_bytes(words) else {
        return (0..t.len()).find(|&i| words.iter().any(|w| at(t, i, w.as_bytes())));
    };
    (0..t.len().saturating_sub(1))
        .find(|&i| set >> (t[i + 1] & 63) & 1 != 0 && words.iter().any(|w| at(t, i, w.as_bytes())))
}

/// Whether `text` contains any of `words` (an empty word is in every text).
pub(crate) fn contains_any(text: &str, words: &[&str]) -> bool {
    // A long text (a paragraph, a sentence) is searched faster word by word with the
    // standard library's vectorised search, whose setup then costs little.
    if text.len() > LONG {
        return words.iter().any(|w| text.contains(w));
    }
    let t = text.as_bytes();
    if words.iter().any(|w| w.is_empty()) {
        return true;
    }
    first_of(t, words).is_some()
}

/// The length in bytes from which a text is searched word by word ([`contains_any`]).
const LONG: usize = 128;

/// The byte offset of the first `word` in `text`, as [`str::find`] gives it (a word of
/// UTF-8 can only match where a character starts).
pub(crate) fn find(text: &str, word: &str) -> Option<usize> {
    if word.is_empty() {
        return Some(0);
    }
    first_of(text.as_bytes(), &[word])
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
    let mut out = Vec::new();
    for w in words {
        let Some(first) = w.chars().next() else {
            continue;
        };
        let n = w.chars().count();
        let mut i = 0;
        while let Some(p) = chars[i..].iter().position(|&c| c == first) {
            let at = i + p;
            if chars
                .get(at..at + n)
                .is_some_and(|s| s.iter().copied().eq(w.chars()))
            {
                out.push((at, at + n));
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
        // Texts long enough to be searched word by word.
        let long = "法治政府建设".repeat(10);
        for text in [
            long.clone(),
            format!("{long}同比"),
            format!("同比{long}"),
            format!("{long}较上{long}"),
        ] {
            for ws in [&["同比"][..], &["较上年", "上年同期"], &["", "同比"], &[]] {
                assert_eq!(
                    contains_any(&text, ws),
                    ws.iter().any(|w| text.contains(w)),
                    "{text} {ws:?}"
                );
            }
        }
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
        // Words of one byte and of several, where the second-byte filter decides.
        for text in [
            "",
            "a",
            "ab",
            "xa",
            "同比",
            "比同",
            "甲同比乙",
            "上年同期",
            "年",
        ] {
            for ws in [
                &["a"][..],
                &["b", "同比"],
                &["同比", "较上年"],
                &["上年同期", "年"],
                &["年", "ab"],
            ] {
                assert_eq!(
                    contains_any(text, ws),
                    ws.iter().any(|w| text.contains(w)),
                    "{text} {ws:?}"
                );
            }
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
