//! The rule catalogue (规则目录), one module per family.
//!
//! Every rule is a public constant; its rustdoc says what it checks, why, and shows a
//! failing example. [`Rule::all`](super::Rule::all) lists them in this order.

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

/// A family of rules: its catalogue entries and the function that checks them.
pub(crate) struct Family {
    pub(crate) rules: &'static [&'static Rule],
    /// Checks the report; `walked` gives every field with its path, walked once for
    /// all families.
    pub(crate) check: fn(&Report, &Walked<'_>, &Options, &mut Sink<'_>),
}

/// Every family, in catalogue order.
pub(crate) static FAMILIES: &[Family] = &[
    Family {
        rules: structure::RULES,
        check: structure::check,
    },
    Family {
        rules: dates::RULES,
        check: dates::check,
    },
    Family {
        rules: figures::RULES,
        check: figures::check,
    },
    Family {
        rules: safety::RULES,
        check: safety::check,
    },
    Family {
        rules: enforcement::RULES,
        check: enforcement::check,
    },
    Family {
        rules: decisions::RULES,
        check: decisions::check,
    },
    Family {
        rules: disputes::RULES,
        check: disputes::check,
    },
    Family {
        rules: facts::RULES,
        check: facts::check,
    },
    Family {
        rules: forms::RULES,
        check: forms::check,
    },
    Family {
        rules: services::RULES,
        check: services::check,
    },
    Family {
        rules: text::RULES,
        check: text::check,
    },
];
