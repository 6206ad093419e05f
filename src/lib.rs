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
//! use fazhi_report::{Report, Unit};
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
//! assert_eq!(ledger.found.as_ref().map(|q| &q.unit), Some(&Unit::Chu));
//! assert_eq!(ledger.rectified.as_ref().unwrap().to_string(), "40份");
//!
//! // Serialise: the round trip is lossless.
//! let out = report.to_json_pretty()?;
//! assert_eq!(Report::from_json_str(&out)?, report);
//! # Ok::<(), fazhi_report::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod config;
mod error;
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
pub use error::{Error, ErrorKind};
pub use model::*;
pub use parse::Limits;
pub use schema::{Profile, jsonforms_uischema, schema, schema_for};

/// The README's examples, compiled as doc tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
