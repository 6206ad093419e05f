//! The one JSON Pointer type of validation (字段路径): built from typed segments (a field's
//! wire name, an index into a list) and written out as an RFC 6901 string only when a
//! finding is recorded ([`FindingBuilder`](crate::validate::engine::FindingBuilder)).
//!
//! Two forms of one thing: [`PointerBuf`], an owned list of segments (a subsection's
//! pointer, a figure a reference resolves to, a leaf of the walk), and [`Pointer`], a
//! borrowed view of a `PointerBuf` with segments appended below it, which the checks build
//! for every block and figure they visit: the first [`Pointer::TAIL`] of them inline,
//! without allocating, any further ones spilled to the heap (never dropped). Segments are wire names of the model and indexes: they never need RFC 6901
//! escaping (`~`, `/`), which the walk's oracle test holds against serde's names.

use std::cmp::Ordering;
use std::fmt;

/// One segment of a pointer: a field's wire name or an index into a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Seg {
    /// A field's wire name (`found`).
    Key(&'static str),
    /// An index into a list.
    Index(usize),
}

impl Seg {
    /// Appends `/` and the segment to `out`.
    fn write_to(self, out: &mut String) {
        out.push('/');
        match self {
            Seg::Key(key) => out.push_str(key),
            Seg::Index(index) => push_index(out, index),
        }
    }
}

/// Appends the decimal digits of `index`, without the formatting machinery.
pub(crate) fn push_index(out: &mut String, index: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = index;
    loop {
        at -= 1;
        // `rest % 10` is below 10, so the cast keeps it exactly.
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// An owned pointer: its segments from the document's root.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct PointerBuf {
    segs: Vec<Seg>,
}

impl PointerBuf {
    /// The pointer of the whole document (the empty pointer).
    pub(crate) fn new() -> PointerBuf {
        PointerBuf::default()
    }

    /// The pointer made of `segs`.
    pub(crate) fn from_segs(segs: Vec<Seg>) -> PointerBuf {
        PointerBuf { segs }
    }

    /// Appends a segment.
    pub(crate) fn push(&mut self, seg: Seg) {
        self.segs.push(seg);
    }

    /// The number of segments.
    pub(crate) fn len(&self) -> usize {
        self.segs.len()
    }

    /// Cuts the pointer back to its first `len` segments.
    pub(crate) fn truncate(&mut self, len: usize) {
        self.segs.truncate(len);
    }

    /// This pointer followed by every segment of `below` (a pointer relative to it).
    pub(crate) fn join(&self, below: &PointerBuf) -> PointerBuf {
        let mut segs = Vec::with_capacity(self.segs.len() + below.segs.len());
        segs.extend_from_slice(&self.segs);
        segs.extend_from_slice(&below.segs);
        PointerBuf { segs }
    }

    /// The borrowed form, to build pointers below this one.
    pub(crate) fn at(&self) -> Pointer<'_> {
        Pointer::of(&self.segs)
    }
}

impl fmt::Display for PointerBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.at().fmt(f)
    }
}

/// A borrowed pointer: the segments of a [`PointerBuf`] (or a static list) and any number
/// of segments below them, kept unwritten. The first [`Pointer::TAIL`] segments below the
/// base are held inline (cloning such a pointer does not allocate); further ones go to
/// `spill`, in order, so no segment is ever lost whatever the build.
#[derive(Clone, Debug)]
pub(crate) struct Pointer<'a> {
    base: &'a [Seg],
    tail: [Option<Seg>; Pointer::TAIL],
    /// The segments after the inline `tail`, once it is full (empty, unallocated, before).
    spill: Vec<Seg>,
}

impl<'a> Pointer<'a> {
    /// How many segments a `Pointer` holds inline below its base; deeper pointers spill
    /// the rest to the heap.
    pub(crate) const TAIL: usize = 6;

    /// The pointer of the whole document, to build fixed pointers from
    /// (`Pointer::ROOT.key("meta").key("year")`).
    pub(crate) const ROOT: Pointer<'static> = Pointer::of(&[]);

    /// The pointer made of `base`.
    pub(crate) const fn of(base: &'a [Seg]) -> Pointer<'a> {
        Pointer {
            base,
            tail: [None; Pointer::TAIL],
            spill: Vec::new(),
        }
    }

    /// This pointer with `seg` appended (a new pointer; `self` is unchanged).
    pub(crate) fn child(&self, seg: Seg) -> Pointer<'a> {
        let mut out = self.clone();
        match out.tail.iter_mut().find(|s| s.is_none()) {
            // The inline tail fills in order, so a free slot means nothing has spilled.
            Some(slot) if out.spill.is_empty() => *slot = Some(seg),
            _ => out.spill.push(seg),
        }
        out
    }

    /// Field `name` below this pointer.
    pub(crate) fn key(&self, name: &'static str) -> Pointer<'a> {
        self.child(Seg::Key(name))
    }

    /// Element `index` of the list at this pointer.
    pub(crate) fn index(&self, index: usize) -> Pointer<'a> {
        self.child(Seg::Index(index))
    }

    /// The number of segments, from the root.
    pub(crate) fn len(&self) -> usize {
        self.base.len() + self.tail.iter().flatten().count() + self.spill.len()
    }

    /// The segments, from the root.
    pub(crate) fn segs(&self) -> impl Iterator<Item = Seg> + '_ {
        self.base
            .iter()
            .copied()
            .chain(self.tail.iter().flatten().copied())
            .chain(self.spill.iter().copied())
    }

    /// The owned form.
    pub(crate) fn to_buf(&self) -> PointerBuf {
        PointerBuf {
            segs: self.segs().collect(),
        }
    }

    /// The RFC 6901 string: written once, for a finding.
    pub(crate) fn render(&self) -> String {
        let mut out = String::with_capacity(8 * (self.len() + 1));
        for seg in self.segs() {
            seg.write_to(&mut out);
        }
        out
    }
}

impl<'a> From<&'a PointerBuf> for Pointer<'a> {
    fn from(buf: &'a PointerBuf) -> Pointer<'a> {
        buf.at()
    }
}

impl PartialEq for Pointer<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.segs().eq(other.segs())
    }
}

impl Eq for Pointer<'_> {}

impl PartialOrd for Pointer<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Pointer<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.segs().cmp(other.segs())
    }
}

impl fmt::Display for Pointer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_rfc_6901_from_typed_segments() {
        let mut buf = PointerBuf::new();
        assert_eq!(buf.at().render(), "");
        buf.push(Seg::Key("measures"));
        buf.push(Seg::Key("items"));
        buf.push(Seg::Index(12));
        let p = buf.at().key("hazards").index(0).key("found");
        assert_eq!(p.render(), "/measures/items/12/hazards/0/found");
        assert_eq!(p.to_string(), p.render());
        assert_eq!(p.to_buf().to_string(), p.render());
        assert_eq!(
            Pointer::of(&[Seg::Index(usize::MAX)]).render(),
            format!("/{}", usize::MAX)
        );
        // Equality is by segments, whatever the split between base and tail.
        let whole = p.to_buf();
        assert_eq!(whole.at(), p);
        assert_ne!(whole.at(), buf.at());
        let rel = PointerBuf::from_segs(vec![Seg::Key("hazards")]);
        assert_eq!(buf.join(&rel).to_string(), "/measures/items/12/hazards");
        buf.truncate(1);
        assert_eq!(buf.to_string(), "/measures");
    }

    /// A pointer deeper than its inline tail keeps every segment, in order, in every
    /// build (the old view dropped the seventh segment in release builds and only
    /// debug-asserted).
    #[test]
    fn keeps_segments_beyond_the_inline_tail() {
        let base = [Seg::Key("sections")];
        let mut p = Pointer::of(&base);
        let mut want = String::from("/sections");
        for depth in 0..(3 * Pointer::TAIL) {
            p = if depth % 2 == 0 {
                p.index(depth)
            } else {
                p.key("items")
            };
            want.push('/');
            if depth % 2 == 0 {
                want.push_str(&depth.to_string());
            } else {
                want.push_str("items");
            }
            assert_eq!(p.render(), want, "at depth {}", depth + 1);
            assert_eq!(p.len(), depth + 2);
            assert_eq!(p.to_buf().len(), depth + 2);
            assert_eq!(p.to_buf().to_string(), want);
            // Equal by segments to the same path held wholly as a base.
            let whole = p.to_buf();
            assert_eq!(whole.at(), p);
        }
        // Building below a deep pointer leaves it unchanged, and the two differ.
        let deeper = p.key("found");
        assert_eq!(p.render(), want);
        assert_eq!(deeper.render(), format!("{want}/found"));
        assert_ne!(deeper, p);
        assert!(p < deeper);
        // Exactly the inline tail, then one more: the boundary itself.
        let full = (0..Pointer::TAIL).fold(Pointer::ROOT, |p, i| p.index(i));
        assert_eq!(full.render(), "/0/1/2/3/4/5");
        assert_eq!(full.index(6).render(), "/0/1/2/3/4/5/6");
        assert_eq!(full.index(6).key("x").render(), "/0/1/2/3/4/5/6/x");
    }
}
