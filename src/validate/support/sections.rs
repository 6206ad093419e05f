//! Every subsection of a report at every level (各级小节), with its JSON Pointer.
//!
//! A part's `items` are the subsections （一）; each may hold `items` of the third level
//! (1.) and those of the fourth （1）. A block of figures (a hazard ledger, a
//! reconsideration statement, breakdowns and comparisons) may stand at any of these levels,
//! so the rules that read blocks visit every level through this list rather than the
//! part's top-level items alone. The list is built once per validation (see
//! [`Walked::sections`](crate::validate::walk::Walked::sections)) and without recursion, so a
//! hostile nesting depth cannot exhaust the stack.

use crate::Report;
use crate::model::{PartKind, Section};
use crate::validate::engine::Segment;

/// One subsection of the report.
#[derive(Debug)]
pub(crate) struct Located<'r> {
    /// The part it belongs to.
    pub(crate) part: PartKind,
    /// Its JSON Pointer (`/measures/items/0`, `/measures/items/0/items/2`).
    pub(crate) pointer: String,
    /// The level of its heading: 2 for （一）, 3 for 1., 4 for （1）, and so on for deeper
    /// items a document may hold.
    pub(crate) level: usize,
    /// The subsection.
    pub(crate) section: &'r Section,
}

/// Every subsection of every part, depth first in document order: a subsection is followed
/// by its own items before its next sibling.
pub(crate) fn all(report: &Report) -> Vec<Located<'_>> {
    let mut out = Vec::new();
    for (part, items) in report.section_parts() {
        // (pointer of the list's owner, list, level) — a stack instead of recursion.
        let mut pointer = String::with_capacity(24);
        part.field().push_to(&mut pointer);
        let mut stack: Vec<(String, &[Section], usize, usize)> = vec![(pointer, items, 2, 0)];
        while let Some((owner, list, level, next)) = stack.pop() {
            let Some(section) = list.get(next) else {
                continue;
            };
            stack.push((owner.clone(), list, level, next + 1));
            let mut pointer = owner;
            "items".push_to(&mut pointer);
            next.push_to(&mut pointer);
            if !section.items.is_empty() {
                stack.push((pointer.clone(), &section.items, level + 1, 0));
            }
            out.push(Located {
                part,
                pointer,
                level,
                section,
            });
        }
    }
    out
}
