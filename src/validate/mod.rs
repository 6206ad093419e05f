//! Validation (报告校验): one engine, one rule catalogue.
//!
//! [`Report::validate`] checks a report against the law and against itself and returns
//! every [`Finding`] at once: the rule's stable code, its severity, the RFC 6901 JSON
//! Pointer of the field (built from the serde names, so that
//! `serde_json::to_value(&report)?.pointer(finding.pointer())` finds it), the pointers of the
//! other fields involved, a Chinese and an English message, and the values involved.
//!
//! Validation is a value, never a panic and never an `Err`. Rules are pure functions of the
//! report and the [`Options`]: no clock, no network, no locale.
//!
//! ```
//! use fazhi_report::{Report, validate::{Level, Options, rules}};
//! # let json = include_str!("../../tests/fixtures/minimal.json");
//! let report = Report::from_json_str(json)?;
//! let validation = report.validate();
//! for finding in validation.findings() {
//!     println!("{} {} {}", finding.code(), finding.pointer(), finding.message_zh());
//! }
//! // Rules can be silenced or escalated, as clippy lints are.
//! let options = Options::new().level(&rules::safety::UNIT_MISMATCH, Level::Allow);
//! let _ = report.validate_with(&options);
//! # Ok::<(), fazhi_report::Error>(())
//! ```

mod engine;
pub(crate) mod facts;
pub mod rules;
pub(crate) mod support;
pub(crate) mod walk;

pub(crate) use engine::Sink;
pub use engine::{
    Deadlines, Dropped, Finding, Level, MonthDay, Options, Rule, Severity, TextSpan, UnknownRule,
    Validation,
};

pub use crate::config::{MonthDayError, ParseLevelError};

use crate::Report;

impl Report {
    /// Checks the report with the default [`Options`] and returns every finding.
    #[must_use]
    pub fn validate(&self) -> Validation {
        self.validate_with(&Options::default())
    }

    /// Checks the report with the given [`Options`] and returns every finding.
    #[must_use]
    pub fn validate_with(&self, options: &Options) -> Validation {
        let mut sink = Sink::for_report(options, self);
        // Each rule is checked by its own check, called unless the rule is allowed, so no
        // allowed rule can hide another's findings (see `rules::run`).
        rules::run(&engine::Cx::new(self, options), &mut sink);
        sink.finish()
    }
}
