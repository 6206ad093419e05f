//! The machinery of `structure.repeated_section` (小节重复的比对): which subsections repeat
//! which, by the share of the shorter one's character 5-grams (letters and digits only,
//! repeats counted) that occur in the longer one.
//!
//! Two methods, with the same definition:
//!
//! - **Exact, for small reports whose paragraphs are a small part of them** (at most
//!   [`EXACT_INDEX_SUBSECTIONS`] subsections compared and [`EXACT_INDEX_BYTES`] bytes of
//!   their paragraphs, and an index that takes at most half the report's least JSON size,
//!   so that validation's memory stays below the input's): one index of every distinct
//!   5-gram with the set of subsections holding it (a 64-bit mask), then each subsection's
//!   5-grams counted against every other subsection at once. Every pair is measured
//!   exactly; memory is about 40 bytes per letter or digit ([`exact_index_bytes`]), some
//!   13 times a Chinese paragraph's bytes, so that most reports, whose JSON is mostly
//!   paragraphs, are compared by winnowing.
//! - **Winnowing, for any size** (Schleimer, Wilkerson and Aiken 2003; see
//!   [`fingerprint`]): pairs sharing a fingerprint are found in time and memory linear in the
//!   text, and the best few of each subsection are measured exactly (or estimated, past the
//!   limits the rule documents).

use crate::Report;
use crate::model::{PartKind, Section};
use crate::validate::support::fingerprint::{self, Gram, Sketch, Winnow};

/// Subsections shorter than this (letters and digits) are too short to compare.
pub(crate) const REPEAT_MIN_CHARS: usize = 20;

/// The exact index is used for at most this many subsections compared (one bit each).
pub(crate) const EXACT_INDEX_SUBSECTIONS: usize = 64;

/// The exact index is used for at most this many bytes of the compared paragraphs.
pub(crate) const EXACT_INDEX_BYTES: usize = 64 << 10;

/// A repeat found: the later subsection repeats the earlier one (of another part).
pub(crate) struct Found<'r> {
    pub(crate) later: Place<'r>,
    pub(crate) earlier: Place<'r>,
    /// The share of the shorter one's 5-grams found in the other (0 to 1).
    pub(crate) share: f64,
    /// Whether `share` is an estimate from fingerprints.
    pub(crate) estimated: bool,
}

/// A subsection: its part, its index in the part's `items`, and itself.
#[derive(Clone, Copy)]
pub(crate) struct Place<'r> {
    pub(crate) part: PartKind,
    pub(crate) index: usize,
    pub(crate) section: &'r Section,
}

/// For each subsection of the report that repeats one of another part at `threshold` or
/// more, the earlier subsection it repeats most (the earliest of equals), in report order.
pub(crate) fn find(report: &Report, threshold: f64) -> Vec<Found<'_>> {
    find_with(report, threshold, Method::Chosen)
}

/// How [`find_with`] compares.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    /// The exact index where it is allowed and fits the memory bound, else winnowing.
    Chosen,
    /// The exact index wherever it is allowed, whatever its memory (tests).
    #[cfg(test)]
    Exact,
    /// Winnowing always (tests).
    #[cfg_attr(not(test), allow(dead_code))]
    Winnowing,
}

/// An upper bound of the heap the exact index takes for `bytes` bytes of paragraphs: per
/// distinct 5-gram a 16-byte key, an 8-byte mask and two to four 4-byte slots, per 5-gram
/// a 4-byte id, with at most one 5-gram per byte (ASCII letters and digits).
pub(crate) fn exact_index_bytes(bytes: usize) -> usize {
    bytes.saturating_mul(16 + 8 + 16 + 4)
}

/// Whether the exact index for `bytes` bytes of paragraphs takes at most half the least
/// JSON size of `report`.
fn exact_index_fits(report: &Report, bytes: usize) -> bool {
    exact_index_bytes(bytes) <= crate::validate::walk::least_json_bytes(report) / 2
}

/// [`find`], with the method given (tests compare them).
pub(crate) fn find_with(report: &Report, threshold: f64, method: Method) -> Vec<Found<'_>> {
    // A cheap bound first: a subsection with fewer bytes than REPEAT_MIN_CHARS cannot have
    // that many letters and digits, and with fewer than two parts left nothing is compared.
    let (mut parts, mut possible, mut bytes) = (0, 0, 0usize);
    for (_, items) in report.section_parts() {
        let before = possible;
        for section in items {
            let b = paragraph_bytes(section);
            if b >= REPEAT_MIN_CHARS {
                possible += 1;
                bytes = bytes.saturating_add(b);
            }
        }
        parts += usize::from(possible > before);
    }
    // Subsection numbers and index entries are `u32`: every fingerprint has a character,
    // and so a byte, of its own; 4 GiB of paragraphs are far beyond any parse limit.
    if parts < 2 || u32::try_from(bytes).is_err() {
        return Vec::new();
    }
    let allowed = possible <= EXACT_INDEX_SUBSECTIONS && bytes <= EXACT_INDEX_BYTES;
    let exact = match method {
        // The report's least JSON size is a walk: asked only when the index is allowed.
        Method::Chosen => allowed && exact_index_fits(report, bytes),
        #[cfg(test)]
        Method::Exact => allowed,
        Method::Winnowing => false,
    };
    if exact {
        by_exact_index(report, threshold, bytes)
    } else {
        by_fingerprints(report, threshold, possible, bytes)
    }
}

/// The candidates of a report with at most [`EXACT_INDEX_SUBSECTIONS`]: every 5-gram into
/// one index with the mask of its holders, then every pair measured exactly.
fn by_exact_index(report: &Report, threshold: f64, bytes: usize) -> Vec<Found<'_>> {
    let mut places: Vec<Place<'_>> = Vec::with_capacity(EXACT_INDEX_SUBSECTIONS);
    // Per candidate: letters and digits, and where its 5-grams start in `occurrences`.
    let mut chars: Vec<usize> = Vec::with_capacity(EXACT_INDEX_SUBSECTIONS);
    let mut starts: Vec<usize> = Vec::with_capacity(EXACT_INDEX_SUBSECTIONS + 1);
    // Each 5-gram occurrence as the id of its distinct 5-gram; each id's holders.
    let mut occurrences: Vec<u32> = Vec::with_capacity(bytes / 3);
    let mut holders: Vec<u64> = Vec::with_capacity(bytes / 3);
    // Chinese text takes three bytes a character (the table grows if there are more).
    let mut ids = GramIds::with_room(bytes / 3);
    for (part, items) in report.section_parts() {
        for (index, section) in items.iter().enumerate() {
            if paragraph_bytes(section) < REPEAT_MIN_CHARS {
                continue;
            }
            let bit = 1u64 << places.len();
            let start = occurrences.len();
            let mut gram = Gram::<REPEAT_NGRAM>::default();
            let mut n = 0;
            for_each_text_char(section, |c| {
                n += 1;
                if let Some(key) = gram.push(c) {
                    let id = ids.id(key);
                    if id as usize == holders.len() {
                        holders.push(0);
                    }
                    holders[id as usize] |= bit;
                    occurrences.push(id);
                }
            });
            if n < REPEAT_MIN_CHARS {
                // Not compared: its 5-grams leave the index again.
                for &id in &occurrences[start..] {
                    holders[id as usize] &= !bit;
                }
                occurrences.truncate(start);
                continue;
            }
            places.push(Place {
                part,
                index,
                section,
            });
            chars.push(n);
            starts.push(start);
        }
    }
    drop(ids);
    starts.push(occurrences.len());
    let n = places.len();
    // found[b * n + a]: b's 5-grams (repeats counted) that a holds.
    let mut found = vec![0u32; n * n];
    for b in 0..n {
        let row = &mut found[b * n..(b + 1) * n];
        for &id in &occurrences[starts[b]..starts[b + 1]] {
            let mut others = holders[id as usize] & !(1u64 << b);
            while others != 0 {
                row[others.trailing_zeros() as usize] += 1;
                others &= others - 1;
            }
        }
    }
    let grams = |s: usize| (chars[s] + 1).saturating_sub(REPEAT_NGRAM);
    let mut out = Vec::new();
    for b in 0..n {
        let mut best: Option<(usize, f64)> = None;
        for a in 0..b {
            if places[a].part == places[b].part {
                continue;
            }
            // The earlier one counts as shorter on a tie.
            let (short, long) = if chars[a] <= chars[b] { (a, b) } else { (b, a) };
            let share = share(found[short * n + long] as usize, grams(short));
            if share >= threshold && best.is_none_or(|(_, s)| share > s) {
                best = Some((a, share));
            }
        }
        if let Some((a, share)) = best {
            out.push(Found {
                later: places[b],
                earlier: places[a],
                share,
                estimated: false,
            });
        }
    }
    out
}

/// Dense ids of distinct packed 5-grams: an open-addressing table (linear probing) of ids
/// into the list of keys, kept at most half full (it doubles when it would be fuller).
struct GramIds {
    keys: Vec<u128>,
    /// `id + 1` of the key whose hash starts the probe here; 0 for an empty slot.
    slots: Vec<u32>,
    mask: usize,
}

impl GramIds {
    /// A table with room for about `grams` distinct 5-grams.
    fn with_room(grams: usize) -> GramIds {
        let len = grams.saturating_mul(2).max(16).next_power_of_two();
        GramIds {
            keys: Vec::with_capacity(grams),
            slots: vec![0; len],
            mask: len - 1,
        }
    }

    /// Doubles the table and places every key again.
    fn grow(&mut self) {
        let len = self.slots.len() * 2;
        self.slots = vec![0; len];
        self.mask = len - 1;
        for (i, &key) in self.keys.iter().enumerate() {
            let mut at = fingerprint::hash(key) as usize & self.mask;
            while self.slots[at] != 0 {
                at = (at + 1) & self.mask;
            }
            // Ids fit in `u32` (see `id`).
            self.slots[at] = i as u32 + 1;
        }
    }

    /// The distinct keys held.
    fn len(&self) -> usize {
        self.keys.len()
    }

    /// The id of `key`, if it has one.
    fn get(&self, key: u128) -> Option<u32> {
        // The low bits of the hash pick the slot (truncation intended); the table is at
        // most half full, so the probe meets an empty slot.
        let mut at = fingerprint::hash(key) as usize & self.mask;
        loop {
            match self.slots[at] {
                0 => return None,
                id if self.keys[id as usize - 1] == key => return Some(id - 1),
                _ => at = (at + 1) & self.mask,
            }
        }
    }

    /// The id of `key`, the next free one if it is new.
    fn id(&mut self, key: u128) -> u32 {
        // The low bits of the hash pick the slot (truncation intended).
        let mut at = fingerprint::hash(key) as usize & self.mask;
        loop {
            match self.slots[at] {
                0 => {
                    if (self.keys.len() + 1) * 2 > self.slots.len() {
                        self.grow();
                        return self.id(key);
                    }
                    self.keys.push(key);
                    // At most one id per byte of the paragraphs, which fit in `u32`.
                    let id = self.keys.len() as u32;
                    self.slots[at] = id;
                    return id - 1;
                }
                id if self.keys[id as usize - 1] == key => return id - 1,
                _ => at = (at + 1) & self.mask,
            }
        }
    }
}

/// The places of the repeats found by [`by_fingerprints`].
fn found<'r>(candidates: &[Candidate<'r>], repeats: Vec<(usize, Repeat)>) -> Vec<Found<'r>> {
    let place = |c: &Candidate<'r>| Place {
        part: c.part,
        index: c.index as usize,
        section: c.section,
    };
    repeats
        .into_iter()
        .map(|(b, r)| Found {
            later: place(&candidates[b]),
            earlier: place(&candidates[r.earlier]),
            share: r.share,
            estimated: r.estimated,
        })
        .collect()
}

/// Whether a character counts as text for the comparison (letters and digits). The common
/// CJK ideographs and the usual Chinese punctuation are decided without the Unicode tables.
pub(crate) fn is_text_char(c: char) -> bool {
    match c {
        '\u{4E00}'..='\u{9FFF}' => true,
        '，' | '。' | '、' | '；' | '：' | '“' | '”' | '（' | '）' | '《' | '》' => {
            false
        }
        _ => c.is_alphanumeric(),
    }
}

/// The k-gram length of `structure.repeated_section`, in characters.
pub(crate) const REPEAT_NGRAM: usize = 5;

/// The winnowing window of `structure.repeated_section`, in k-grams: with [`REPEAT_NGRAM`], every
/// shared run of `16 + 5 − 1 = 20` letters and digits ([`REPEAT_MIN_CHARS`], the shortest
/// subsection compared) yields a shared fingerprint.
const REPEAT_WINDOW: usize = 16;

/// A fingerprint is compared through its earliest holders only, this many at most: one held
/// by more subsections is boilerplate (套话), and following all of them would cost time
/// growing with the square of the report.
const REPEAT_HOLDERS: usize = 32;

/// For each subsection, the earlier subsections sharing the largest share of fingerprints
/// with it that are measured: at most this many.
const REPEAT_CANDIDATES: usize = 8;

/// A pair is measured exactly when its shorter subsection has at most this many k-grams
/// (and its distinct k-grams fit [`PAIR_SCRATCH_FLOOR`] or half the report's least JSON
/// size; see [`Exact::share`]).
pub(crate) const REPEAT_EXACT_GRAMS: usize = 16_384;

/// Exact measures stop, and fingerprint estimates take over, once they have read this many
/// k-grams per letter or digit of the report (plus [`REPEAT_EXACT_FLOOR`]).
const REPEAT_EXACT_WORK: usize = 16;

/// The exact measures' allowance on top of [`REPEAT_EXACT_WORK`].
const REPEAT_EXACT_FLOOR: usize = 1 << 16;

/// A subsection taking part in the comparison: one with at least [`REPEAT_MIN_CHARS`]
/// letters and digits.
struct Candidate<'r> {
    part: PartKind,
    index: u32,
    section: &'r Section,
    /// Letters and digits in its paragraphs.
    chars: u32,
    /// Where its fingerprints start in the list of all of them (they end where the next
    /// candidate's start).
    start: u32,
    /// Its fingerprints that the sketch says may occur twice, repeats counted.
    repeated: u32,
    /// Its distinct fingerprints.
    distinct: u32,
}

impl Candidate<'_> {
    /// Its k-grams, repeats counted.
    fn grams(&self) -> usize {
        (self.chars as usize + 1).saturating_sub(REPEAT_NGRAM)
    }
}

/// Whether the `a`-th candidate is the shorter one of its pair with the later `b`-th: the
/// earlier one counts as shorter on a tie.
fn first_is_shorter(a: &Candidate<'_>, b: &Candidate<'_>) -> bool {
    a.chars <= b.chars
}

/// Calls `f` with each letter and digit of a subsection's paragraphs, in order
/// (punctuation and spaces dropped, paragraphs run together).
fn for_each_text_char(section: &Section, mut f: impl FnMut(char)) {
    for paragraph in &section.paragraphs {
        for c in paragraph.chars() {
            if is_text_char(c) {
                f(c);
            }
        }
    }
}

/// The packed k-grams of a subsection, in order (an iterator, so that a measure can stop
/// early).
fn grams(section: &Section) -> impl Iterator<Item = u128> + '_ {
    let mut gram = Gram::<REPEAT_NGRAM>::default();
    section
        .paragraphs
        .iter()
        .flat_map(|paragraph| paragraph.chars())
        .filter(|&c| is_text_char(c))
        .filter_map(move |c| gram.push(c))
}

/// Calls `f` with each packed k-gram of a subsection, in order.
fn for_each_gram(section: &Section, f: impl FnMut(u128)) {
    grams(section).for_each(f);
}

/// Appends the fingerprints of a subsection (see [`fingerprint`]) to `out`, as the 32 bits
/// the index keeps; returns its letters and digits.
fn fingerprints_of(section: &Section, out: &mut Vec<u32>) -> usize {
    let mut winnow = Winnow::<REPEAT_WINDOW>::default();
    let mut gram = Gram::<REPEAT_NGRAM>::default();
    let mut chars = 0;
    // The upper half of the hash: the truncation is intended.
    let mut keep = |h: u64| out.push((h >> 32) as u32);
    for_each_text_char(section, |c| {
        chars += 1;
        if let Some(key) = gram.push(c) {
            winnow.push(fingerprint::hash(key), &mut keep);
        }
    });
    winnow.finish(&mut keep);
    chars
}

/// Bytes of a subsection's paragraphs: a bound on its letters and digits.
fn paragraph_bytes(section: &Section) -> usize {
    section.paragraphs.iter().map(String::len).sum()
}

/// Share of `found` among `grams` k-grams (0 to 1).
fn share(found: usize, grams: usize) -> f64 {
    if grams == 0 {
        return 0.0;
    }
    found as f64 / grams as f64
}

/// The heap an exact measure of a pair may always take (its hash table of the shorter
/// subsection's distinct k-grams), whatever the report's size: about 1,200 distinct
/// 5-grams, some 1,200 characters of distinct text. Past it, the measure may take half the
/// report's least JSON size (as the exact index may), so that validation's memory stays
/// within the input's size plus this floor.
const PAIR_SCRATCH_FLOOR: usize = 64 << 10;

/// An upper bound of the heap an exact measure takes per distinct k-gram of the shorter
/// subsection: a 16-byte key with room for as many again (the list doubles), at most four
/// 4-byte slots (the table doubles when half full), a 4-byte count and a 1-byte flag.
const PAIR_SCRATCH_PER_GRAM: usize = 2 * 16 + 4 * 4 + 4 + 1;

/// Scratch space for [`Exact::share`], reused from pair to pair, and the bound of its
/// heap.
struct Exact<'r> {
    /// Per distinct k-gram of the shorter subsection: how often it occurs in it.
    counts: Vec<u32>,
    /// Per distinct k-gram of the shorter subsection: whether the longer one holds it.
    found: Vec<bool>,
    /// The report, whose least JSON size bounds the scratch past the floor.
    report: &'r Report,
    /// The most distinct k-grams a measure may hold.
    limit: usize,
    /// Whether `limit` has been raised from the floor to the report's own bound.
    raised: bool,
}

impl<'r> Exact<'r> {
    /// Scratch for the pairs of `report`, bounded by [`PAIR_SCRATCH_FLOOR`] until a pair
    /// needs more.
    fn new(report: &'r Report) -> Exact<'r> {
        Exact {
            counts: Vec::new(),
            found: Vec::new(),
            report,
            limit: PAIR_SCRATCH_FLOOR / PAIR_SCRATCH_PER_GRAM,
            raised: false,
        }
    }

    /// The exact share of `short`'s k-grams (repeats counted) that occur in `long`: its
    /// distinct k-grams into a hash table with their counts, then every k-gram of `long`
    /// looked up there (one probe or two, instead of a sort and a binary search each).
    /// `None` when `short` has more distinct k-grams than the scratch may hold: the
    /// caller keeps the estimate.
    fn share(&mut self, short: &Section, long: &Section) -> Option<f64> {
        // Chinese text takes three bytes a character (the table grows if there are more).
        let room = (paragraph_bytes(short) / 3).min(self.limit);
        let mut ids = GramIds::with_room(room);
        self.counts.clear();
        let mut total = 0usize;
        // Stops at the first k-gram past the bound: the rest of `short` is not read.
        for key in grams(short) {
            if ids.len() >= self.limit && ids.get(key).is_none() {
                if !self.raised {
                    // Asked once, and only of a report with a subsection this long: the
                    // least JSON size is a walk.
                    self.raised = true;
                    let least = crate::validate::walk::least_json_bytes(self.report);
                    self.limit = self.limit.max(least / 2 / PAIR_SCRATCH_PER_GRAM);
                }
                if ids.len() >= self.limit {
                    return None;
                }
            }
            total += 1;
            let id = ids.id(key) as usize;
            if id == self.counts.len() {
                self.counts.push(0);
            }
            self.counts[id] += 1;
        }
        let Exact { counts, found, .. } = self;
        found.clear();
        found.resize(counts.len(), false);
        for_each_gram(long, |key| {
            if let Some(id) = ids.get(key) {
                found[id as usize] = true;
            }
        });
        let hits: usize = counts
            .iter()
            .zip(found.iter())
            .filter(|&(_, &f)| f)
            .map(|(&n, _)| n as usize)
            .sum();
        Some(share(hits, total))
    }
}

/// The candidates' fingerprints that may be shared, grouped: the index the comparison
/// reads.
///
/// `postings` holds one entry per distinct (fingerprint, subsection), `short_hash << 32 |
/// subsection`, sorted, so that each fingerprint's holders are one run in subsection
/// order. `rows` gives, for each subsection, the start of each run it holds with at least
/// one other subsection.
struct Postings {
    postings: Vec<u64>,
    offsets: Vec<u32>,
    rows: Vec<u32>,
}

impl Postings {
    /// Builds the index from every candidate's fingerprints, `fingerprints` (those of
    /// candidate `s` from its `start` to the next one's): a sketch of them all, then the
    /// entries of those the sketch says may repeat (on ordinary text a small share), sorted
    /// in linear time. Fills in each candidate's counts.
    fn build(candidates: &mut [Candidate<'_>], fingerprints: &[u32]) -> Postings {
        // Eight counters per fingerprint keep the share of unique fingerprints the sketch
        // takes for repeated near 1/8.
        let mut sketch = Sketch::new(fingerprints.len().saturating_mul(8));
        for &h in fingerprints {
            sketch.add(u64::from(h) << 32);
        }
        let range = |candidates: &[Candidate<'_>], s: usize| {
            let from = candidates[s].start as usize;
            let to = candidates
                .get(s + 1)
                .map_or(fingerprints.len(), |c| c.start as usize);
            from..to
        };
        let mut total = 0usize;
        for s in 0..candidates.len() {
            let n = fingerprints[range(candidates, s)]
                .iter()
                .filter(|&&h| sketch.repeated(u64::from(h) << 32))
                .count();
            // Fewer than the fingerprints, which the caller bounds below `u32::MAX`.
            candidates[s].repeated = n as u32;
            total += n;
        }
        let mut postings = Vec::with_capacity(total);
        for s in 0..candidates.len() {
            for &h in &fingerprints[range(candidates, s)] {
                if sketch.repeated(u64::from(h) << 32) {
                    postings.push(u64::from(h) << 32 | s as u64);
                }
            }
        }
        drop(sketch);
        fingerprint::radix_sort(&mut postings);
        postings.dedup();
        // Rows: the runs with two holders or more, per holder.
        let mut counts = vec![0u32; candidates.len() + 1];
        let mut distinct_repeated = vec![0u32; candidates.len()];
        for_each_run(&postings, |run, _| {
            for &p in run {
                let s = (p & 0xFFFF_FFFF) as usize;
                distinct_repeated[s] += 1;
                if run.len() > 1 {
                    counts[s + 1] += 1;
                }
            }
        });
        for s in 0..candidates.len() {
            let all = range(candidates, s).len() as u32;
            candidates[s].distinct = all - candidates[s].repeated + distinct_repeated[s];
        }
        drop(distinct_repeated);
        for s in 1..counts.len() {
            counts[s] += counts[s - 1];
        }
        let offsets = counts;
        let mut cursor = offsets.clone();
        let mut rows = vec![0u32; offsets.last().copied().unwrap_or(0) as usize];
        for_each_run(&postings, |run, start| {
            if run.len() > 1 {
                for &p in run {
                    let s = (p & 0xFFFF_FFFF) as usize;
                    rows[cursor[s] as usize] = start;
                    cursor[s] += 1;
                }
            }
        });
        Postings {
            postings,
            offsets,
            rows,
        }
    }

    /// The holders of the run starting at `start`, earliest first, at most
    /// [`REPEAT_HOLDERS`].
    fn holders(&self, start: u32) -> impl Iterator<Item = usize> + '_ {
        let run = &self.postings[start as usize..];
        let key = run.first().map_or(0, |p| p >> 32);
        run.iter()
            .take(REPEAT_HOLDERS)
            .take_while(move |&&p| p >> 32 == key)
            .map(|&p| (p & 0xFFFF_FFFF) as usize)
    }

    /// The starts of the runs subsection `s` holds with others.
    fn row(&self, s: usize) -> &[u32] {
        let (from, to) = (self.offsets[s] as usize, self.offsets[s + 1] as usize);
        &self.rows[from..to]
    }
}

/// Calls `f` with each run of equal fingerprints in the sorted `postings` and its start.
fn for_each_run(postings: &[u64], mut f: impl FnMut(&[u64], u32)) {
    let mut start = 0;
    while start < postings.len() {
        let key = postings[start] >> 32;
        let len = postings[start..]
            .iter()
            .take_while(|&&p| p >> 32 == key)
            .count();
        // The caller bounds the entries below `u32::MAX`.
        f(&postings[start..start + len], start as u32);
        start += len;
    }
}

/// The measured repeat of a later subsection: the earlier one it repeats, the share, and
/// whether the share is an estimate from fingerprints.
#[derive(Clone, Copy)]
struct Repeat {
    earlier: usize,
    share: f64,
    estimated: bool,
}

fn by_fingerprints(
    report: &Report,
    threshold: f64,
    possible: usize,
    bytes: usize,
) -> Vec<Found<'_>> {
    let mut candidates: Vec<Candidate<'_>> = Vec::with_capacity(possible);
    // About 2 / (W + 1) of the k-grams are fingerprints; Chinese takes three bytes a
    // character (the list grows if there are more).
    let mut fingerprints: Vec<u32> =
        Vec::with_capacity(bytes / 3 / (REPEAT_WINDOW + 1) * 2 + possible);
    for (part, items) in report.section_parts() {
        for (index, section) in items.iter().enumerate() {
            if paragraph_bytes(section) < REPEAT_MIN_CHARS {
                continue;
            }
            let start = fingerprints.len();
            let chars = fingerprints_of(section, &mut fingerprints);
            if chars < REPEAT_MIN_CHARS {
                fingerprints.truncate(start);
                continue;
            }
            // Below `bytes`, checked to fit.
            candidates.push(Candidate {
                part,
                index: index as u32,
                section,
                chars: chars as u32,
                start: start as u32,
                repeated: 0,
                distinct: 0,
            });
        }
    }
    let total_chars: usize = candidates.iter().map(|c| c.chars as usize).sum();
    let index = Postings::build(&mut candidates, &fingerprints);
    drop(fingerprints);
    let mut budget = total_chars
        .saturating_mul(REPEAT_EXACT_WORK)
        .saturating_add(REPEAT_EXACT_FLOOR);
    let mut exact = Exact::new(report);
    // Per earlier subsection: the fingerprints the current one shares with it.
    let mut shared = vec![0u32; candidates.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut repeats: Vec<(usize, Repeat)> = Vec::new();
    let mut best: Vec<(f64, usize)> = Vec::with_capacity(REPEAT_CANDIDATES + 1);
    for (b, later) in candidates.iter().enumerate() {
        for &start in index.row(b) {
            for a in index.holders(start) {
                if a >= b {
                    break;
                }
                if candidates[a].part != later.part {
                    if shared[a] == 0 {
                        touched.push(a);
                    }
                    shared[a] += 1;
                }
            }
        }
        // The estimated share of each pair: the shorter one's distinct fingerprints found
        // in the other. The best few are measured.
        best.clear();
        for a in touched.drain(..) {
            let n = std::mem::take(&mut shared[a]);
            let earlier = &candidates[a];
            let shorter = if first_is_shorter(earlier, later) {
                earlier
            } else {
                later
            };
            let entry = (share(n as usize, shorter.distinct as usize), a);
            // Higher estimates first, the earlier subsection first among equals.
            let at = best.partition_point(|&(s, e)| s > entry.0 || (s == entry.0 && e < a));
            if at < REPEAT_CANDIDATES {
                best.insert(at, entry);
                best.truncate(REPEAT_CANDIDATES);
            }
        }
        let mut found: Option<Repeat> = None;
        for &(estimate, a) in &best {
            let earlier = &candidates[a];
            let (short, long) = if first_is_shorter(earlier, later) {
                (earlier, later)
            } else {
                (later, earlier)
            };
            let work = short.grams() + long.grams();
            let measured = if short.grams() <= REPEAT_EXACT_GRAMS && work <= budget {
                budget -= work;
                exact.share(short.section, long.section)
            } else {
                None
            };
            let repeat = match measured {
                Some(share) => Repeat {
                    earlier: a,
                    share,
                    estimated: false,
                },
                None => Repeat {
                    earlier: a,
                    share: estimate,
                    estimated: true,
                },
            };
            if repeat.share >= threshold
                && found.is_none_or(|f| {
                    repeat.share > f.share || (repeat.share == f.share && a < f.earlier)
                })
            {
                found = Some(repeat);
            }
        }
        if let Some(repeat) = found {
            repeats.push((b, repeat));
        }
    }
    drop(index);
    found(&candidates, repeats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_chars_are_letters_and_digits() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_text_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    /// The reference report is mostly paragraphs: its index would take several times its
    /// JSON, so it is compared by winnowing; a report of long names and short paragraphs
    /// has room for the index.
    #[test]
    fn the_exact_index_is_chosen_only_where_it_fits() {
        let json = include_str!("../../../tests/fixtures/reference.json");
        let report = Report::from_json_str(json).unwrap();
        let bytes: usize = report
            .section_parts()
            .flat_map(|(_, items)| items)
            .map(paragraph_bytes)
            .filter(|&b| b >= REPEAT_MIN_CHARS)
            .sum();
        assert!(bytes > 1_000 && bytes <= EXACT_INDEX_BYTES);
        assert!(exact_index_bytes(bytes) > json.len());
        assert!(!exact_index_fits(&report, bytes));
        let mut named = report.clone();
        named.meta.title = "名".repeat(100 * bytes);
        assert!(exact_index_fits(&named, bytes));
    }
}
