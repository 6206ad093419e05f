//! Keys and hashing for characters and short n-grams (字符与 n 元组的键和散列): the text
//! rules' tables are keyed by characters, bigrams and words of two to four characters
//! packed into integers, hashed by one small fast hasher.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast hasher for the char and n-gram keys (the tables are built from the crate's
/// own data, not chosen by an attacker, and the scans hash once per character of every
/// text field).
#[derive(Default)]
pub(crate) struct CharHasher(u64);

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

/// A hash map keyed by characters or packed n-grams, with [`CharHasher`].
pub(crate) type CharMap<K, V> = HashMap<K, V, BuildHasherDefault<CharHasher>>;

/// The key of the bigram `a b` (21 bits a character, the first highest).
pub(crate) fn bigram(a: char, b: char) -> u64 {
    (u64::from(a) << 21) | u64::from(b)
}

/// The key of the unordered pair `a`, `b`.
pub(crate) fn pair(a: char, b: char) -> u64 {
    if a < b { bigram(a, b) } else { bigram(b, a) }
}

/// The key of a word of two or three characters: 21 bits a character, the first highest.
pub(crate) fn word_key(chars: &[char]) -> u64 {
    chars
        .iter()
        .fold(0u64, |k, &c| (k << 21) | u64::from(u32::from(c)))
}

/// The key of a phrase of four characters.
pub(crate) fn phrase_key(chars: &[char]) -> u128 {
    chars
        .iter()
        .fold(0u128, |k, &c| (k << 21) | u128::from(u32::from(c)))
}

/// The bit of a character in a 64-bit prefilter mask.
#[inline]
pub(crate) fn bloom(c: u32) -> u64 {
    1 << (c & 63)
}
