//! Character k-grams, their hashes and winnowing (文本指纹), after Schleimer, Wilkerson and
//! Aiken, *Winnowing: local algorithms for document fingerprinting* (SIGMOD 2003, the
//! algorithm of MOSS).
//!
//! A text's k-grams (runs of `K` characters) are hashed; in every window of `W` consecutive
//! k-grams the one with the least hash is selected (the rightmost one on a tie), and each
//! selected k-gram is a fingerprint. Selection depends only on the window's own characters,
//! so two texts that share a run of at least `W + K − 1` characters share a whole window of
//! k-grams, select the same least hash in it, and so **always share a fingerprint** (the
//! guarantee the tests check). On ordinary text about `2 / (W + 1)` of the k-grams are
//! selected, which is what makes an index of fingerprints small.
//!
//! Besides winnowing, the module has the exact packing of a k-gram into an integer
//! ([`Gram`]), a small saturating counter sketch ([`Sketch`]) that tells which fingerprints
//! may occur more than once, and an in-place radix sort ([`radix_sort`]) that groups
//! fingerprints in linear time.

/// A k-gram of characters packed exactly into an integer as the characters stream in: a
/// `char` needs 21 bits, so up to six fit in a `u128` and equal keys mean equal k-grams,
/// without hashing.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Gram<const K: usize> {
    key: u128,
    /// Characters seen so far.
    len: usize,
}

impl<const K: usize> Gram<K> {
    const BITS: u32 = 21;
    const MASK: u128 = {
        assert!(K >= 1 && K <= 6, "a k-gram packs at most six characters");
        (1 << (Self::BITS * K as u32)) - 1
    };

    /// Takes the next character; the k-gram ending with it, once there are `K` characters.
    pub(crate) fn push(&mut self, c: char) -> Option<u128> {
        self.key = ((self.key << Self::BITS) | u128::from(u32::from(c))) & Self::MASK;
        self.len += 1;
        (self.len >= K).then_some(self.key)
    }
}

/// A 64-bit hash of a packed k-gram: both halves folded, then spread by a multiplicative
/// hash (fixed, so that validation is a pure function of the report).
pub(crate) fn hash(key: u128) -> u64 {
    let folded = (key as u64) ^ ((key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mixed = (folded ^ (folded >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let mixed = (mixed ^ (mixed >> 32)).wrapping_mul(0x94D0_49BB_1331_11EB);
    mixed ^ (mixed >> 29)
}

/// Winnowing over a stream of k-gram hashes with windows of `W` k-grams: push the hashes
/// in order with [`push`](Winnow::push), then call [`finish`](Winnow::finish); each
/// fingerprint (the hash of a selected k-gram) is handed to the callback once, in order.
///
/// Robust winnowing (Schleimer, Wilkerson and Aiken 2003, §4.3): in each window the
/// k-gram selected has the window's least hash; where several have it, the one already
/// selected stays while it is in the window, else the rightmost is taken. Every window
/// still yields a fingerprint equal to its least hash, so the guarantee is that of plain
/// winnowing (texts sharing a run of `W + K − 1` characters share a fingerprint), and a
/// text of few distinct k-grams (`1a1a…`) gives one fingerprint a window instead of one
/// every period.
///
/// The window's minima are kept in a monotonic queue of at most `W` entries, so each hash
/// costs amortised constant time and the state is a fixed array. A text with fewer than `W`
/// k-grams is one short window: its least hash is its only fingerprint.
#[derive(Clone, Debug)]
pub(crate) struct Winnow<const W: usize> {
    /// (hash, position) with non-decreasing hashes, oldest first, as a ring of `W` slots.
    queue: [(u64, usize); W],
    head: usize,
    len: usize,
    /// Position of the next k-gram.
    next: usize,
    /// The fingerprint last handed out and its position.
    last: Option<(u64, usize)>,
}

impl<const W: usize> Default for Winnow<W> {
    fn default() -> Self {
        Winnow {
            queue: [(0, 0); W],
            head: 0,
            len: 0,
            next: 0,
            last: None,
        }
    }
}

impl<const W: usize> Winnow<W> {
    fn back(&self) -> Option<(u64, usize)> {
        (self.len > 0).then(|| self.queue[(self.head + self.len - 1) % W])
    }

    fn front(&self) -> Option<(u64, usize)> {
        (self.len > 0).then(|| self.queue[self.head])
    }

    /// Takes the hash of the next k-gram; `emit` receives the fingerprint this completes,
    /// if any.
    pub(crate) fn push(&mut self, h: u64, mut emit: impl FnMut(u64)) {
        let at = self.next;
        self.next += 1;
        // Greater hashes can no longer be a window's least; equal ones stay, oldest first,
        // so that the one selected can be kept.
        while self.back().is_some_and(|(b, _)| b > h) {
            self.len -= 1;
        }
        // The queue holds positions of the last W k-grams only; the front leaves first.
        if self.front().is_some_and(|(_, p)| p + W <= at) {
            self.head = (self.head + 1) % W;
            self.len -= 1;
        }
        self.queue[(self.head + self.len) % W] = (h, at);
        self.len += 1;
        if at + 1 >= W {
            self.select(&mut emit);
        }
    }

    /// Ends the text: a text shorter than one window gets its least hash as fingerprint.
    pub(crate) fn finish(&mut self, mut emit: impl FnMut(u64)) {
        if self.next > 0 && self.next < W {
            self.select(&mut emit);
        }
    }

    fn select(&mut self, emit: &mut impl FnMut(u64)) {
        let Some((least, _)) = self.front() else {
            return;
        };
        // The window ends at the last k-gram pushed.
        let end = self.next - 1;
        if self.last.is_some_and(|(h, p)| h == least && p + W > end) {
            return;
        }
        // The rightmost of the equal least hashes: the queue's first run.
        let mut at = self.head;
        for i in 1..self.len {
            let j = (self.head + i) % W;
            if self.queue[j].0 != least {
                break;
            }
            at = j;
        }
        self.last = Some(self.queue[at]);
        emit(least);
    }
}

/// Two-bit saturating counters indexed by hash (0, 1, 2 = "twice or more"): after every
/// fingerprint of every text has been added once, a fingerprint whose counter is below 2
/// occurs exactly once in all of them. Collisions only make the sketch say "twice" for a
/// fingerprint seen once, never the reverse.
pub(crate) struct Sketch {
    words: Vec<u64>,
    /// `64 - log2(counters)`: the hash's top bits pick the counter.
    shift: u32,
}

impl Sketch {
    /// A sketch of about `counters` counters (rounded up to a power of two, at least 64).
    pub(crate) fn new(counters: usize) -> Sketch {
        let counters = counters.clamp(64, 1 << 40).next_power_of_two();
        Sketch {
            words: vec![0; counters / 32],
            shift: 64 - counters.trailing_zeros(),
        }
    }

    /// The word and bit offset of the counter of `h`; truncation to the table is intended.
    fn at(&self, h: u64) -> (usize, u32) {
        let i = if self.shift >= 64 {
            0
        } else {
            (h >> self.shift) as usize
        };
        (i / 32, (i % 32) as u32 * 2)
    }

    /// Counts one more occurrence of `h`.
    pub(crate) fn add(&mut self, h: u64) {
        let (w, b) = self.at(h);
        if let Some(word) = self.words.get_mut(w) {
            let n = (*word >> b) & 3;
            if n < 2 {
                *word += 1 << b;
            }
        }
    }

    /// Whether `h` may have been added twice or more.
    pub(crate) fn repeated(&self, h: u64) -> bool {
        let (w, b) = self.at(h);
        self.words.get(w).is_some_and(|word| (word >> b) & 3 >= 2)
    }
}

/// Sorts `v` in place, in time linear in its length: a most-significant-digit radix sort
/// over the eight bytes (each level permutes its buckets in place, as the American flag
/// sort does), with insertion sort for short buckets.
pub(crate) fn radix_sort(v: &mut [u64]) {
    radix_level(v, 56);
}

fn radix_level(v: &mut [u64], shift: u32) {
    if v.len() <= 32 {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && v[j - 1] > v[j] {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let digit = |x: u64| ((x >> shift) & 0xFF) as usize;
    let mut counts = [0usize; 256];
    for &x in v.iter() {
        counts[digit(x)] += 1;
    }
    let mut starts = [0usize; 256];
    let mut ends = [0usize; 256];
    let mut sum = 0;
    for d in 0..256 {
        starts[d] = sum;
        sum += counts[d];
        ends[d] = sum;
    }
    let bounds = starts;
    for d in 0..256 {
        while starts[d] < ends[d] {
            let x = v[starts[d]];
            let e = digit(x);
            if e == d {
                starts[d] += 1;
            } else {
                v.swap(starts[d], starts[e]);
                starts[e] += 1;
            }
        }
    }
    if shift == 0 {
        return;
    }
    for d in 0..256 {
        let bucket = &mut v[bounds[d]..ends[d]];
        if bucket.len() > 1 {
            radix_level(bucket, shift - 8);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SplitMix64, for reproducible random texts.
    fn next(state: &mut u64) -> u64 {
        *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    const K: usize = 5;
    const W: usize = 16;

    fn fingerprints(text: &[char]) -> Vec<u64> {
        let mut gram = Gram::<K>::default();
        let mut winnow = Winnow::<W>::default();
        let mut out = Vec::new();
        for &c in text {
            if let Some(key) = gram.push(c) {
                winnow.push(hash(key), |h| out.push(h));
            }
        }
        winnow.finish(|h| out.push(h));
        out
    }

    /// The fingerprints by definition: the least hash of every window (rightmost on a
    /// tie), each selected position once.
    fn naive(text: &[char]) -> Vec<u64> {
        let hashes: Vec<u64> = text
            .windows(K)
            .map(|g| {
                let mut gram = Gram::<K>::default();
                g.iter()
                    .filter_map(|&c| gram.push(c))
                    .map(hash)
                    .last()
                    .unwrap_or(0)
            })
            .collect();
        if hashes.is_empty() {
            return Vec::new();
        }
        let mut picked = Vec::new();
        let width = W.min(hashes.len());
        for start in 0..=hashes.len() - width {
            let window = &hashes[start..start + width];
            let least = window.iter().copied().min().unwrap_or(0);
            // Robust winnowing: the position picked last stays while it is in the window
            // and holds the least hash; else the rightmost least.
            if picked
                .last()
                .is_some_and(|&p| p >= start && hashes[p] == least)
            {
                continue;
            }
            let at = start + window.iter().rposition(|&h| h == least).unwrap_or(0);
            picked.push(at);
        }
        picked.iter().map(|&p| hashes[p]).collect()
    }

    fn random_text(state: &mut u64, len: usize, alphabet: u64) -> Vec<char> {
        (0..len)
            .map(|_| char::from_u32(0x4E00 + (next(state) % alphabet) as u32).unwrap_or('中'))
            .collect()
    }

    #[test]
    fn winnowing_matches_its_definition() {
        let mut state = 11;
        for case in 0..400 {
            let len = (next(&mut state) % 120) as usize;
            // A tiny alphabet makes equal hashes (ties) frequent.
            let alphabet = if case % 2 == 0 { 3 } else { 20_000 };
            let text = random_text(&mut state, len, alphabet);
            assert_eq!(fingerprints(&text), naive(&text), "case {case}");
        }
    }

    /// A text of two distinct k-grams (`1a1a…`): plain winnowing (the rightmost least hash)
    /// took one fingerprint every two k-grams; robust winnowing keeps one a window.
    #[test]
    fn a_periodic_text_gives_one_fingerprint_a_window() {
        let text: Vec<char> = "1a".repeat(10_000).chars().collect();
        let n = fingerprints(&text).len();
        let windows = text.len() - K + 1;
        assert!(n <= windows / (W - 1) + 1, "{n} fingerprints");
        assert_eq!(fingerprints(&text), naive(&text));
    }

    #[test]
    fn density_is_about_two_in_w_plus_one() {
        let mut state = 5;
        let text = random_text(&mut state, 100_000, 20_000);
        let density = fingerprints(&text).len() as f64 / (text.len() - K + 1) as f64;
        let expected = 2.0 / (W as f64 + 1.0);
        assert!((density - expected).abs() < 0.01, "{density}");
    }

    /// The guarantee: texts sharing a run of at least W + K − 1 characters, anywhere in
    /// each, always share a fingerprint. Property-style, with a fixed seed.
    #[test]
    fn a_shared_run_of_w_plus_k_minus_1_is_always_detected() {
        let mut state = 2003;
        let mut missed_shorter = 0;
        for case in 0..3_000 {
            let run_len = W + K - 1 + (next(&mut state) % 8) as usize;
            let shorter = case % 3 == 0;
            let run_len = if shorter { W + K - 2 } else { run_len };
            let alphabet = [4, 50, 20_000][case % 3];
            let run = random_text(&mut state, run_len, alphabet);
            let make = |state: &mut u64| {
                let before = (next(state) % 60) as usize;
                let after = (next(state) % 60) as usize;
                let mut t = random_text(state, before, 20_000);
                t.extend_from_slice(&run);
                t.extend(random_text(state, after, 20_000));
                t
            };
            let (a, b) = (make(&mut state), make(&mut state));
            let (fa, fb) = (fingerprints(&a), fingerprints(&b));
            let shared = fa.iter().any(|h| fb.contains(h));
            if shorter {
                missed_shorter += usize::from(!shared);
            } else {
                assert!(shared, "case {case}: run of {run_len} not detected");
            }
        }
        // One character less and the guarantee is gone: some runs are missed.
        assert!(missed_shorter > 0);
    }

    #[test]
    fn grams_pack_every_window_exactly() {
        let text: Vec<char> = "甲乙丙丁戊己甲乙丙丁戊𠀀a1é".chars().collect();
        let mut gram = Gram::<K>::default();
        let grams: Vec<u128> = text.iter().filter_map(|&c| gram.push(c)).collect();
        assert_eq!(grams.len(), text.len() - K + 1);
        for (i, a) in grams.iter().enumerate() {
            for (j, b) in grams.iter().enumerate() {
                assert_eq!(a == b, text[i..i + K] == text[j..j + K], "{i} {j}");
            }
        }
    }

    #[test]
    fn sketch_never_misses_a_repeat() {
        let mut state = 3;
        let mut sketch = Sketch::new(1024);
        let hashes: Vec<u64> = (0..2000).map(|_| next(&mut state)).collect();
        for &h in &hashes {
            sketch.add(h);
        }
        for &h in &hashes[..500] {
            sketch.add(h);
            sketch.add(h);
        }
        assert!(hashes[..500].iter().all(|&h| sketch.repeated(h)));
        let false_repeats = hashes[500..]
            .iter()
            .filter(|&&h| sketch.repeated(h))
            .count();
        assert!(false_repeats < 1500, "{false_repeats}");
        let mut small = Sketch::new(0);
        small.add(7);
        assert!(!small.repeated(7));
        small.add(7);
        assert!(small.repeated(7));
    }

    #[test]
    fn radix_sort_sorts() {
        let mut state = 9;
        for len in [0, 1, 2, 31, 33, 1000, 50_000] {
            let mut v: Vec<u64> = (0..len)
                .map(|i| match i % 3 {
                    0 => next(&mut state),
                    1 => next(&mut state) % 1000,
                    _ => next(&mut state) & 0xFFFF_0000_0000_00FF,
                })
                .collect();
            let mut want = v.clone();
            want.sort_unstable();
            radix_sort(&mut v);
            assert_eq!(v, want, "{len}");
        }
    }
}
