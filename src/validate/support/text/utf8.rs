//! Reading a field's UTF-8 bytes (UTF-8 解码): the characters at and before a byte offset,
//! decoded inline for the three-byte sequences of 汉字 and CJK punctuation, and comparisons
//! of byte strings eight bytes at a time. Offsets are bytes of a `&str`; every function
//! stops (returns `None` or a shorter length) at the text's ends and never panics.

/// No character: past either end of a form or of the text.
pub(crate) const NONE: u32 = u32::MAX;

/// Whether `c` is a CJK ideograph (汉字).
pub(crate) fn is_hanzi(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}')
}

/// The character that starts at byte `at` of `text`.
pub(crate) fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|r| r.chars().next())
}

/// The character that ends at byte `at` of `text`.
pub(crate) fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|r| r.chars().next_back())
}

/// The character that starts at byte `i` of `text` and its length in bytes, `None` at the
/// end of the text. Three-byte sequences (汉字 and CJK punctuation) are decoded inline.
#[inline(always)]
pub(crate) fn decode(text: &str, i: usize) -> Option<(u32, usize)> {
    let b = text.as_bytes();
    let b0 = *b.get(i)?;
    if b0 < 0x80 {
        Some((u32::from(b0), 1))
    } else if let (0xE0..=0xEF, Some(&[b1, b2])) = (b0, b.get(i + 1..i + 3)) {
        Some((
            (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F),
            3,
        ))
    } else {
        let c = text.get(i..)?.chars().next()?;
        Some((u32::from(c), c.len_utf8()))
    }
}

/// The two characters that end at byte `i` of `text`, the nearer first ([`NONE`] past its
/// start).
#[inline(always)]
pub(crate) fn two_back(text: &str, i: usize) -> [u32; 2] {
    let (b0, v0) = decode_back(text, i).unwrap_or((NONE, 0));
    let (b1, _) = decode_back(text, i - v0).unwrap_or((NONE, 0));
    [b0, b1]
}

/// The code point of the three-byte UTF-8 sequence `b0 b1 b2` (lead byte first): always
/// below 0x1_0000, so it indexes the flag table without a bounds check.
#[inline(always)]
pub(crate) fn three_bytes(b0: u8, b1: u8, b2: u8) -> usize {
    (usize::from(b0 & 0x0F) << 12) | (usize::from(b1 & 0x3F) << 6) | usize::from(b2 & 0x3F)
}

/// The character that ends at byte `i` of `text` and its length in bytes, `None` at the
/// start of the text.
#[inline]
pub(crate) fn decode_back(text: &str, i: usize) -> Option<(u32, usize)> {
    let b = text.as_bytes();
    let last = *b.get(i.checked_sub(1)?)?;
    if last < 0x80 {
        return Some((u32::from(last), 1));
    }
    // `i` is a character boundary: a lead byte of three bytes three bytes back starts the
    // character that ends at `i` (the last byte of a shorter character is never one).
    if let Some(&[b0, b1]) = i.checked_sub(3).and_then(|s| b.get(s..s + 2))
        && b0 & 0xF0 == 0xE0
    {
        return Some((
            (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(last & 0x3F),
            3,
        ));
    }
    let c = text.get(..i)?.chars().next_back()?;
    Some((u32::from(c), c.len_utf8()))
}

/// The length of the longest common prefix of `a` and `b`, compared eight bytes at a time.
#[inline]
pub(crate) fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut m = 0;
    while m + 8 <= n {
        if let (Ok(x), Ok(y)) = (
            <[u8; 8]>::try_from(&a[m..m + 8]),
            <[u8; 8]>::try_from(&b[m..m + 8]),
        ) {
            let d = u64::from_le_bytes(x) ^ u64::from_le_bytes(y);
            if d != 0 {
                return m + (d.trailing_zeros() / 8) as usize;
            }
        }
        m += 8;
    }
    while m < n && a[m] == b[m] {
        m += 1;
    }
    m
}

/// The length of the longest common suffix of `a` and `b`, compared eight bytes at a time.
#[inline]
pub(crate) fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let mut m = 0;
    while m + 8 <= n {
        let (i, j) = (n - m - 8, n - m);
        if let (Ok(x), Ok(y)) = (<[u8; 8]>::try_from(&a[i..j]), <[u8; 8]>::try_from(&b[i..j])) {
            let d = u64::from_le_bytes(x) ^ u64::from_le_bytes(y);
            if d != 0 {
                return m + (d.leading_zeros() / 8) as usize;
            }
        }
        m += 8;
    }
    while m < n && a[n - 1 - m] == b[n - 1 - m] {
        m += 1;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word-at-a-time comparisons agree with a byte-by-byte count for every length up
    /// to 24 and every position of a single difference, the overlapping last word included.
    #[test]
    fn common_prefix_and_suffix_match_a_byte_count() {
        for n in 0..24usize {
            let a: Vec<u8> = (0..n as u8).map(|i| i.wrapping_mul(37) | 1).collect();
            for extra in 0..3usize {
                let mut longer = a.clone();
                longer.extend(std::iter::repeat_n(0xAA, extra));
                assert_eq!(common_prefix(&a, &longer), n);
                let mut front = vec![0xAA; extra];
                front.extend_from_slice(&a);
                assert_eq!(common_suffix(&a, &front), n);
            }
            for d in 0..n {
                let mut b = a.clone();
                b[d] ^= 0x80;
                assert_eq!(common_prefix(&a, &b), d, "prefix, n = {n}, d = {d}");
                assert_eq!(common_suffix(&a, &b), n - 1 - d, "suffix, n = {n}, d = {d}");
            }
        }
    }

    /// The scan's fast paths read bytes, not chars: every character of every UTF-8 width,
    /// between characters of every width, decodes to itself forwards and backwards.
    #[test]
    fn byte_decoding_agrees_with_chars_for_every_character() {
        let neighbours = ['a', 'é', '法', '😀'];
        let mut checked = 0;
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if let [b0, b1, b2] = *bytes {
                assert_eq!(three_bytes(b0, b1, b2), c as usize, "{c:?}");
            }
            for n in neighbours {
                let text = format!("{n}{c}{n}");
                let (at, end) = (n.len_utf8(), n.len_utf8() + c.len_utf8());
                let expect = Some((u32::from(c), c.len_utf8()));
                assert_eq!(decode(&text, at), expect, "{text:?}");
                assert_eq!(decode_back(&text, end), expect, "{text:?}");
                assert_eq!(decode_back(&text, at), Some((u32::from(n), at)));
            }
            checked += 1;
        }
        assert!(checked > 1_000_000);
        assert_eq!(decode_back("法", 0), None);
        assert_eq!(decode("法", 3), None);
    }
}
