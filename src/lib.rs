//! # fazhi-report
//!
//! China's annual report on building a rule-of-law government (法治政府建设年度报告) as typed
//! data: every part of a report as Rust types, lossless JSON, validation rules with stable
//! codes and JSON Pointer paths, and JSON Schema for the web forms reports are filled in.
//!
//! Every government department above county level writes this report each year in five
//! mandated parts (《法治政府建设与责任落实督察工作规定》 第四章) and publishes it by 1 April.
//!
//! ```
//! use fazhi_report::{Quantity, Report, Unit};
//!
//! // Load.
//! let json = r#"{
//!   "schema_version": "1.0",
//!   "meta": {"title": "区国动办2023年度法治政府建设情况报告", "year": 2023,
//!            "organization": {"name": "区国动办"}},
//!   "measures": {"heading": "一、2023年推进法治政府建设主要举措和成效", "items": [{
//!     "heading": "（三）以人民为中心，守住安全底线", "theme": "emergencies_and_safety",
//!     "hazards": [{"label": "安全隐患",
//!                  "found": {"value": 40, "unit": "处"},
//!                  "rectified": {"value": 40, "unit": "份"}}]
//!   }]},
//!   "shortcomings": {"heading": "二、存在问题和不足"},
//!   "responsibility": {"heading": "三、2023年党政主要负责人履行推进法治建设第一责任人职责的有关情况"},
//!   "plans": {"heading": "四、2024年推进法治政府建设的主要安排", "year": 2024}
//! }"#;
//! let report = Report::from_json_str(json)?;
//!
//! // Inspect.
//! let ledger = &report.measures.items[0].hazards[0];
//! assert_eq!(ledger.found.as_ref().map(Quantity::unit), Some(&Unit::Chu));
//! assert_eq!(ledger.rectified.as_ref().unwrap().to_string(), "40份");
//!
//! // Serialise: the round trip is lossless.
//! let out = report.to_json_pretty()?;
//! assert_eq!(Report::from_json_str(&out)?, report);
//! # Ok::<(), fazhi_report::Error>(())
//! ```
//!
//! ## Building a report in code
//!
//! Every struct has a constructor with its required fields and `with_*` setters for the
//! rest; figures are checked when they are made ([`Quantity::new`], or parsed from the
//! printed form `"300余人次"`), so a report built in code is one the parser reads back.
//!
//! ```
//! use fazhi_report::{Duty, HazardLedger, Meta, PublicityEvent, Quantity, Report};
//! use fazhi_report::{Section, Shortcoming, Theme, Unit, Year};
//!
//! let meta = Meta::new("区司法局2023年度法治政府建设情况报告", Year::try_from(2023)?, "区司法局");
//! let mut report = Report::new(meta);
//! let safety = Section::new("（一）守住安全底线", ["全年排查整改安全隐患40处。"])
//!     .with_theme(Theme::EmergenciesAndSafety)
//!     .with_hazards([HazardLedger::new("安全隐患")
//!         .with_found(Quantity::new(40, Unit::Chu)?)
//!         .with_rectified(Quantity::new(40, Unit::Chu)?)])
//!     .with_publicity([PublicityEvent::new("宪法宣传周活动").with_participants("300余人次".parse()?)]);
//! report.measures.items.push(safety);
//! let shortcoming = Shortcoming::new("法治宣传有待加强").with_cause("宣传形式较为单一");
//! report.shortcomings.items.push(shortcoming);
//! let duty = Section::new("（一）履行第一责任人职责", ["主要负责人专题听取法治建设汇报2次。"]);
//! report.responsibility.items.push(duty.with_duties([Duty::HearReports]));
//! report.plans.items.push(Section::new("（一）深入学习贯彻习近平法治思想", ["持续开展学习。"]));
//!
//! assert!(report.validate().is_valid(), "{:#?}", report.validate().findings());
//! assert_eq!(Report::from_json_str(&report.to_json()?)?, report);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Compatibility (兼容性)
//!
//! Two things are versioned, each with semantic versioning:
//!
//! - **The crate.** Until 1.0, a minor release (0.x → 0.x+1) may break the API and a patch
//!   release may not. From 1.0 on, a minor release may add: optional fields to the model
//!   structs, variants to the code enums (themes, units, procedures …), rules to the
//!   catalogue, error kinds, and functions; never remove or rename any of them. That is
//!   why every struct that may gain a field and every enum that may gain a variant is
//!   `#[non_exhaustive]`: build values with `new`, `Default` and the `with_*` setters, and
//!   give every `match` on a code enum a `_` arm. A rule's code is never reused; a new
//!   rule may produce findings on a report that had none, so a platform that blocks on
//!   errors pins its levels in a configuration file ([`config`]).
//! - **The data format** ([`SchemaVersion`], `"schema_version"` in every document). A minor
//!   version (1.0 → 1.1) adds only optional fields and code values, so every 1.0 document
//!   is a 1.1 document. A reader accepts its own and earlier minor versions and
//!   **refuses a newer minor version** with an [`ErrorKind::UnsupportedVersion`] error that
//!   names the document's version and the newest it reads: it cannot know what the new
//!   fields mean, and reading the rest would silently drop them when the report is written
//!   back. A major version (2.0) may change the shape; readers of 1.x refuse it in the
//!   same way. The committed JSON Schemas in `schema/` accept exactly the versions this
//!   crate reads.
//!
//! Types of [`time`] (dates) and [`serde_json`] (`Value` in schemas and finding
//! parameters) appear in the API; both crates are re-exported, so an embedder needs no
//! dependency of its own and cannot pick a mismatched version. A major version of either
//! would be a major version of this crate.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod config;
mod error;
pub mod import;
pub mod model;
mod parse;
pub mod schema;
pub mod validate;

/// The JSON crate of the public API (`serde_json::Value` in [`schema_for`] and
/// [`Finding::params`](validate::Finding::params)), re-exported for the same reason.
pub use serde_json;
/// The date crate of the public API (`time::Date`, `time::Month`), re-exported so that an
/// embedder needs no `time` dependency of its own (and never a mismatched version).
pub use time;

pub use config::Config;
pub use error::{DataKind, Error, ErrorKind};
pub use model::*;
pub use parse::Limits;
pub use schema::{Profile, jsonforms_uischema, schema, schema_for};

/// The README's examples, compiled as doc tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
