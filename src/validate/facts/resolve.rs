//! Resolving a [`FactRef`] to the figure it names (引用数字的解析).
//!
//! A relation (a breakdown, a comparison, a period, a target's actual value) names a figure
//! of its subsection by the figure's pointer relative to the subsection or by an
//! indicator's key. The typed fields are found through the walk: the subsection is walked
//! as a value of its own, along the pointer's segments only (`walk::find`), so no rule
//! re-lists the fields of a block, a new block field is a figure a relation can name
//! without any change here, and nothing is held per figure of the subsection.

use crate::model::{FactRef, Indicator, Quantity, Section};
use crate::validate::facts::{Label, Name, Term};
use crate::validate::support::pointer::PointerBuf;
use crate::validate::support::titles;
use crate::validate::walk;

/// The figures of one subsection, by the two ways a [`FactRef`] names them.
pub(crate) struct SectionFacts<'r> {
    section: &'r Section,
    pointer: &'r PointerBuf,
}

/// A figure a reference names, with what a message needs to show it.
#[derive(Debug)]
pub(crate) struct Fact<'r> {
    /// Its JSON Pointer in the report.
    pub(crate) pointer: PointerBuf,
    /// The reference as given: the relative pointer or the indicator's key.
    pub(crate) name: String,
    /// Its Chinese name: the schema title of the field, or the indicator's label.
    pub(crate) label: String,
    /// The figure.
    pub(crate) q: &'r Quantity,
}

impl Fact<'_> {
    /// The figure as a term of the arithmetic kernel.
    pub(crate) fn term(&self) -> Term<'_> {
        Term {
            name: Name::Key(&self.name),
            zh: Label::Quoted(&self.label),
            q: self.q,
            pointer: self.pointer.at(),
        }
    }
}

/// Why a reference names no figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Unresolved<'r> {
    /// Neither `field` nor `indicator` is given.
    Empty,
    /// Both are given.
    Both,
    /// No figure of the subsection has this pointer.
    NoField(&'r str),
    /// No indicator of the subsection has this key.
    NoIndicator(&'r str),
}

impl Unresolved<'_> {
    /// The reason, in Chinese and in English.
    pub(crate) fn explain(&self) -> (String, String) {
        match self {
            Unresolved::Empty => (
                "引用数字未填写字段路径或指标标识".to_owned(),
                "the reference names neither a field nor an indicator".to_owned(),
            ),
            Unresolved::Both => (
                "引用数字只能填写字段路径或指标标识之一".to_owned(),
                "the reference names both a field and an indicator".to_owned(),
            ),
            Unresolved::NoField(p) => (
                format!("本小节没有字段路径为“{p}”的数字"),
                format!("no figure of this subsection is at {p:?}"),
            ),
            Unresolved::NoIndicator(k) => (
                format!("本小节没有标识为“{k}”的指标"),
                format!("no indicator of this subsection has the key {k:?}"),
            ),
        }
    }
}

impl<'r> SectionFacts<'r> {
    /// The figures of `section`, whose pointer in the report is `pointer`.
    pub(crate) fn new(section: &'r Section, pointer: &'r PointerBuf) -> SectionFacts<'r> {
        SectionFacts { section, pointer }
    }

    /// The first indicator of the subsection with this key.
    pub(crate) fn indicator(&self, key: &str) -> Option<(usize, &'r Indicator)> {
        self.section
            .indicators
            .iter()
            .enumerate()
            .find(|(_, ind)| ind.key.as_deref() == Some(key))
    }

    /// The figure `reference` names.
    pub(crate) fn resolve<'a>(&self, reference: &'a FactRef) -> Result<Fact<'r>, Unresolved<'a>> {
        match (reference.field.as_deref(), reference.indicator.as_deref()) {
            (None, None) => Err(Unresolved::Empty),
            (Some(_), Some(_)) => Err(Unresolved::Both),
            (Some(field), None) => {
                let (below, q) =
                    walk::find(self.section, field).ok_or(Unresolved::NoField(field))?;
                Ok(Fact {
                    pointer: self.pointer.join(&below),
                    name: field.to_owned(),
                    label: titles::at_pointer("Section", field)
                        .unwrap_or(field)
                        .to_owned(),
                    q,
                })
            }
            (None, Some(key)) => {
                let (j, ind) = self.indicator(key).ok_or(Unresolved::NoIndicator(key))?;
                Ok(Fact {
                    pointer: self
                        .pointer
                        .at()
                        .key("indicators")
                        .index(j)
                        .key("value")
                        .to_buf(),
                    name: key.to_owned(),
                    label: ind.label.clone(),
                    q: &ind.value,
                })
            }
        }
    }
}
