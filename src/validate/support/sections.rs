//! Every subsection of a report at every level (各级小节), with its JSON Pointer.
//!
//! A part's `items` are the subsections （一）; each may hold `items` of the third level
//! (1.) and those of the fourth （1）. A block of figures (a hazard ledger, a
//! reconsideration statement, breakdowns and comparisons) may stand at any of these levels,
//! so the rules that read blocks visit every level through [`for_each`] (a check reaches it
//! as [`Cx::each_section`](crate::validate::engine::Cx::each_section)) rather than the
//! part's top-level items alone. It holds only the path to the current subsection and does
//! not recurse, so neither many subsections nor a hostile nesting depth can exhaust memory
//! or the stack.

use crate::Report;
use crate::model::{PartKind, Section};
use crate::validate::support::pointer::{Pointer, PointerBuf, Seg};

/// One subsection of the report.
#[derive(Debug)]
pub(crate) struct Located<'r> {
    /// The part it belongs to.
    pub(crate) part: PartKind,
    /// Its JSON Pointer (`/measures/items/0`, `/measures/items/0/items/2`).
    pub(crate) pointer: PointerBuf,
    /// The level of its heading: 2 for （一）, 3 for 1., 4 for （1）, and so on for deeper
    /// items a document may hold.
    pub(crate) level: usize,
    /// The subsection.
    pub(crate) section: &'r Section,
}

impl<'r> Located<'r> {
    /// The pointer of the subsection.
    pub(crate) fn at(&self) -> Pointer<'_> {
        self.pointer.at()
    }

    /// Each element of the subsection's block list `field` (`hazards`) with its pointer.
    pub(crate) fn each<'s, T>(
        &'s self,
        field: &'static str,
        list: &'r [T],
    ) -> impl Iterator<Item = (Pointer<'s>, &'r T)> + use<'s, 'r, T> {
        list.iter()
            .enumerate()
            .map(move |(j, block)| (self.at().key(field).index(j), block))
    }

    /// The subsection's block `field` (`reconsideration`) with its pointer, if given.
    pub(crate) fn one<T>(
        &self,
        field: &'static str,
        block: &'r Option<T>,
    ) -> Option<(Pointer<'_>, &'r T)> {
        Some((self.at().key(field), block.as_ref()?))
    }
}

/// Calls `f` with every subsection of every part, depth first in document order (a
/// subsection is followed by its own items before its next sibling), without allocating
/// per subsection: one pointer buffer is extended and cut back as the visit goes
/// (the checks of many rules each visit the subsections).
pub(crate) fn for_each<'r>(report: &'r Report, mut f: impl FnMut(&Located<'r>)) {
    // (list, level of its items, next index, length of its owner's pointer).
    let mut stack: Vec<(&'r [Section], usize, usize, usize)> = Vec::new();
    let mut buffer = PointerBuf::new();
    for (part, items) in report.section_parts() {
        buffer.truncate(0);
        buffer.push(Seg::Key(part.field()));
        stack.push((items, 2, 0, buffer.len()));
        while let Some(top) = stack.last_mut() {
            let (list, level, next, owner) = *top;
            let Some(section) = list.get(next) else {
                stack.pop();
                continue;
            };
            top.2 += 1;
            buffer.truncate(owner);
            buffer.push(Seg::Key("items"));
            buffer.push(Seg::Index(next));
            let len = buffer.len();
            let located = Located {
                part,
                pointer: std::mem::take(&mut buffer),
                level,
                section,
            };
            f(&located);
            buffer = located.pointer;
            if !section.items.is_empty() {
                stack.push((&section.items, level + 1, 0, len));
            }
        }
    }
}
