//! The rule catalogue (规则目录), one module per family.
//!
//! Every rule is one unit: a public constant (its metadata; its rustdoc says what it checks,
//! why, and shows a failing example) and, beside it, the function that checks it,
//! registered together in its family's `UNITS` table ([`Unit`]). The engine calls the
//! check of every rule that is not allowed, with an emitter scoped to that rule
//! ([`Emit`](super::engine::Emit)). [`Rule::all`](super::Rule::all) lists the rules in
//! catalogue order: family by family, as registered below.
//!
//! Adding a rule: its constant and its check in its family's file, one line in the
//! family's `UNITS`, its fixture in `tests/fixtures/rules/`, and `schema/rules.json`
//! regenerated.

use super::engine::{Cx, Emit};
use super::walk::Walked;
use super::{Options, Rule, Sink};
use crate::Report;

pub mod dates;
pub mod decisions;
pub mod disputes;
pub mod enforcement;
pub mod facts;
pub mod figures;
pub mod forms;
pub mod safety;
pub mod services;
pub mod structure;
pub mod text;

/// A rule's check: reads the report through `cx`, emits its findings through `emit`.
pub(crate) type CheckFn = fn(&Cx<'_>, &mut Emit<'_, '_>);

/// How a rule of the catalogue is checked.
#[derive(Clone, Copy)]
pub(crate) enum Check {
    /// By its own check, called unless the rule is allowed.
    Own(CheckFn),
    /// By its own check, which compares figures through the arithmetic kernel: the kernel
    /// may emit its shared rules on the rule's behalf, so the check is called unless the
    /// rule and every shared rule are allowed (the rule's own findings are dropped when it
    /// is allowed).
    Compares(CheckFn),
    /// By no check of its own: one of the kernel's shared rules that only the comparing
    /// rules emit, on their behalf (listed in its family for the catalogue).
    Kernel,
}

/// A rule and its check, registered together.
pub(crate) struct Unit {
    pub(crate) rule: &'static Rule,
    pub(crate) check: Check,
}

impl Unit {
    /// A rule checked by `check`.
    pub(crate) const fn own(rule: &'static Rule, check: CheckFn) -> Unit {
        Unit {
            rule,
            check: Check::Own(check),
        }
    }

    /// A shared rule of the kernel, emitted on behalf of the comparing rules only.
    pub(crate) const fn kernel(rule: &'static Rule) -> Unit {
        Unit {
            rule,
            check: Check::Kernel,
        }
    }

    /// A rule whose `check` compares figures through the kernel.
    pub(crate) const fn compares(rule: &'static Rule, check: CheckFn) -> Unit {
        Unit {
            rule,
            check: Check::Compares(check),
        }
    }
}

/// The function of a family whose rules share one pass.
pub(crate) type PassFn = fn(&Report, &Walked<'_>, &Options, &mut Sink<'_>);

/// A family of rules.
pub(crate) enum Family {
    /// Every rule a unit with its own check.
    Units(&'static [Unit]),
    /// Rules checked in one pass over the report that asks [`Sink::allowed`] per rule; the
    /// pass always runs. Only the text family is checked this way, on purpose: one scan of
    /// every text serves every text rule.
    Pass {
        rules: &'static [&'static Rule],
        check: PassFn,
    },
}

impl Family {
    /// The family's rules, in catalogue order.
    pub(crate) fn rules(&self) -> impl Iterator<Item = &'static Rule> + use<> {
        let (units, rules): (&'static [Unit], &'static [&'static Rule]) = match self {
            Family::Units(units) => (units, &[]),
            Family::Pass { rules, .. } => (&[], rules),
        };
        units.iter().map(|u| u.rule).chain(rules.iter().copied())
    }
}

/// Every family, in catalogue order.
pub(crate) static FAMILIES: &[Family] = &[
    Family::Units(structure::UNITS),
    Family::Units(dates::UNITS),
    Family::Units(figures::UNITS),
    Family::Units(safety::UNITS),
    Family::Units(enforcement::UNITS),
    Family::Units(decisions::UNITS),
    Family::Units(disputes::UNITS),
    Family::Units(facts::UNITS),
    Family::Units(forms::UNITS),
    Family::Units(services::UNITS),
    Family::Pass {
        rules: text::RULES,
        check: text::check,
    },
];

/// Runs every check whose rule (or, for a comparing rule, a shared rule of the kernel) is
/// not allowed, in catalogue order.
pub(crate) fn run(cx: &Cx<'_>, sink: &mut Sink<'_>) {
    let shared_on = super::facts::SHARED.iter().any(|r| !sink.allowed(r));
    for family in FAMILIES {
        match family {
            Family::Units(units) => {
                for unit in *units {
                    let check = match unit.check {
                        Check::Own(f) if !sink.allowed(unit.rule) => f,
                        Check::Compares(f) if shared_on || !sink.allowed(unit.rule) => f,
                        _ => continue,
                    };
                    check(cx, &mut Emit::new(sink, unit.rule));
                }
            }
            // The pass asks `Sink::allowed` per rule (and returns at once when all its
            // rules are allowed).
            Family::Pass { check, .. } => check(cx.report, cx.walked(), cx.options, sink),
        }
    }
}
