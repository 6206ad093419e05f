//! The one JSON Pointer type of validation (字段路径): built from typed segments (a field's
//! wire name, an index into a list) and written out as an RFC 6901 string only when a
//! finding is recorded ([`FindingBuilder`](crate::validate::engine::FindingBuilder)).
//!
//! Two forms of one thing: [`PointerBuf`], an owned list of segments (a subsection's
//! pointer, a figure a reference resolves to, a leaf of the walk), and [`Pointer`], a
//! borrowed, `Copy` view of a `PointerBuf` with up to [`Pointer::TAIL`] segments appended
//! below it, which the checks build for every block and figure they visit without
//! allocating. Segments are wire names of the model and indexes: they never need RFC 6901
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
fn push_index(out: &mut String, index: usize) {
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

/// A borrowed pointer: the segments of a [`PointerBuf`] (or a static list) and up to
/// [`Pointer::TAIL`] segments below them, kept unwritten and `Copy`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Pointer<'a> {
    base: &'a [Seg],
    tail: [Option<Seg>; Pointer::TAIL],
}

impl<'a> Pointer<'a> {
    /// How many segments a `Pointer` holds below its base. No check builds more (a deeper
    /// pointer is a bug, caught in debug builds; [`Pointer::to_buf`] extends without limit).
    pub(crate) const TAIL: usize = 6;

    /// The pointer of the whole document, to build fixed pointers from
    /// (`Pointer::ROOT.key("meta").key("year")`).
    pub(crate) const ROOT: Pointer<'static> = Pointer::of(&[]);

    /// The pointer made of `base`.
    pub(crate) const fn of(base: &'a [Seg]) -> Pointer<'a> {
        Pointer {
            base,
            tail: [None; Pointer::TAIL],
        }
    }

    /// This pointer with `seg` appended.
    pub(crate) fn child(mut self, seg: Seg) -> Pointer<'a> {
        let free = self.tail.iter_mut().find(|s| s.is_none());
        debug_assert!(free.is_some(), "a Pointer holds {} segments", Pointer::TAIL);
        if let Some(slot) = free {
            *slot = Some(seg);
        }
        self
    }

    /// Field `name` below this pointer.
    pub(crate) fn key(self, name: &'static str) -> Pointer<'a> {
        self.child(Seg::Key(name))
    }

    /// Element `index` of the list at this pointer.
    pub(crate) fn index(self, index: usize) -> Pointer<'a> {
        self.child(Seg::Index(index))
    }

    /// The segments, from the root.
    pub(crate) fn segs(self) -> impl Iterator<Item = Seg> + 'a {
        let tail = self.tail;
        self.base.iter().copied().chain(tail.into_iter().flatten())
    }

    /// The owned form.
    pub(crate) fn to_buf(self) -> PointerBuf {
        PointerBuf {
            segs: self.segs().collect(),
        }
    }

    /// The RFC 6901 string: written once, for a finding.
    pub(crate) fn render(self) -> String {
        let mut out = String::with_capacity(8 * (self.base.len() + 4));
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
}
