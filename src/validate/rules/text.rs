//! Rules of the `text` family.

use crate::Report;
use crate::validate::{Options, Rule, Sink};

/// The rules of this family, in catalogue order.
pub(crate) static RULES: &[&Rule] = &[];

pub(crate) fn check(_report: &Report, _options: &Options, _sink: &mut Sink<'_>) {}
