//! [`Report`]: the whole annual report, and its JSON entry points.

use std::borrow::Cow;
use std::fmt;
use std::io::Read;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::Deserializer;
use serde::{Deserialize, Serialize, Serializer};

use super::{Measures, Meta, OtherMatters, Plans, Responsibility, Shortcomings};
use crate::error::cause::raise;
use crate::error::{Cause, Error};

/// The version of the data format (数据格式版本), `major.minor`, written `"1.0"`.
///
/// The format's compatibility rules (see the crate documentation, *Compatibility*):
///
/// - a **minor** version only adds optional fields and code values, so every document of
///   an earlier minor version is also a document of a later one;
/// - a **major** version may change the shape incompatibly.
///
/// A reader accepts every version of its major version up to its own minor version
/// ([`SchemaVersion::CURRENT`]) and refuses anything newer with an error of kind
/// [`ErrorKind::UnsupportedVersion`](crate::ErrorKind::UnsupportedVersion) that names the
/// document's version and the newest it reads. It never reads a newer minor version
/// while dropping the fields it does not know, since writing such a report back would
/// silently lose them; keeping unknown fields losslessly would mean an untyped map in every
/// struct and, for forms, a schema that allows any key. A document is written with the
/// version it was read with (or [`SchemaVersion::CURRENT`] for a [`Report::new`]).
///
/// ```
/// use fazhi_report::{ErrorKind, Report, SchemaVersion};
/// # let json = include_str!("../../tests/fixtures/minimal.json");
/// assert_eq!(SchemaVersion::CURRENT.to_string(), "2.0");
/// assert!(SchemaVersion::CURRENT.reads(SchemaVersion::CURRENT));
/// let newer = json.replace(r#""schema_version": "1.0""#, r#""schema_version": "2.1""#);
/// let err = Report::from_json_str(&newer).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::UnsupportedVersion);
/// assert!(err.to_string().contains(r#""2.1""#) && err.to_string().contains("2.0"));
/// // A 1.0 document is read as it is, and upgraded with `migrate`.
/// let old = Report::from_json_str(json)?;
/// assert_eq!(old.schema_version, SchemaVersion::new(1, 0));
/// assert_eq!(old.migrate().schema_version, SchemaVersion::CURRENT);
/// # Ok::<(), fazhi_report::Error>(())
/// ```
///
/// # Migration from 1.x (版本迁移)
///
/// Version 2.0 is the fact model of round 2 (breakdowns, periods, comparisons, value forms,
/// nested items, new blocks). Every 1.0 document is also a 2.0 document in shape: 2.0 only
/// adds optional fields and code values, and a field of 1.0 means in 2.0 what it meant in
/// 1.0 (a quantity without `marker_position` has its 余 before 万/亿, as 1.0 printed it). The
/// major version changes because the *contract* changed: 2.0 documents carry relations that a
/// 1.x reader would drop, and the rules of 2.0 read facts that 1.x had no place for.
///
/// So a 2.0 reader reads the earlier versions of [`SchemaVersion::LEGACY`] directly, keeping
/// the version as read (a 1.0 document is written back as 1.0, byte for byte as before),
/// and [`Report::migrate`] upgrades a report explicitly to [`SchemaVersion::CURRENT`]; its
/// facts are unchanged (a test migrates every 1.0 fixture and compares). [`SchemaVersion::reads`]
/// stays the rule within one major version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SchemaVersion {
    major: u16,
    minor: u16,
}

impl SchemaVersion {
    /// The version this crate writes, and the newest it reads: `"2.0"`.
    pub const CURRENT: SchemaVersion = SchemaVersion { major: 2, minor: 0 };

    /// The versions of earlier major versions this crate reads and migrates with
    /// [`Report::migrate`](crate::Report::migrate): `"1.0"`, the only 1.x version published.
    pub const LEGACY: &'static [SchemaVersion] = &[SchemaVersion { major: 1, minor: 0 }];

    /// The version `major.minor`.
    #[must_use]
    pub const fn new(major: u16, minor: u16) -> SchemaVersion {
        SchemaVersion { major, minor }
    }

    /// The major version; a change means the shape changed incompatibly.
    #[must_use]
    pub const fn major(self) -> u16 {
        self.major
    }

    /// The minor version; a change adds optional fields and code values only.
    #[must_use]
    pub const fn minor(self) -> u16 {
        self.minor
    }

    /// Whether a reader of version `self` reads documents of version `document`: the
    /// same major version, and a minor version no newer than its own.
    #[must_use]
    pub const fn reads(self, document: SchemaVersion) -> bool {
        document.major == self.major && document.minor <= self.minor
    }

    /// Whether this crate reads documents of version `self`: a version [`CURRENT`] reads,
    /// or one of [`LEGACY`], which [`Report::migrate`](crate::Report::migrate) upgrades.
    ///
    /// [`CURRENT`]: SchemaVersion::CURRENT
    /// [`LEGACY`]: SchemaVersion::LEGACY
    #[must_use]
    pub fn is_readable(self) -> bool {
        SchemaVersion::CURRENT.reads(self) || SchemaVersion::LEGACY.contains(&self)
    }
}

impl Default for SchemaVersion {
    fn default() -> Self {
        SchemaVersion::CURRENT
    }
}

impl fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

impl Serialize for SchemaVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Cow::<'de, str>::deserialize(deserializer)?;
        let parsed = text
            .split_once('.')
            .filter(|(a, b)| {
                !a.is_empty()
                    && !b.is_empty()
                    && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
            })
            .and_then(|(a, b)| Some((a.parse::<u16>().ok()?, b.parse::<u16>().ok()?)));
        match parsed {
            Some((major, minor)) if SchemaVersion::new(major, minor).is_readable() => {
                Ok(SchemaVersion { major, minor })
            }
            Some(_) => Err(raise(Cause::VersionUnsupported {
                found: text.into_owned(),
            })),
            None => Err(raise(Cause::VersionShape {
                found: text.into_owned(),
            })),
        }
    }
}

impl JsonSchema for SchemaVersion {
    fn schema_name() -> Cow<'static, str> {
        "SchemaVersion".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // The current major version and a minor version up to the current one; leading
        // zeros are read as the parser reads them.
        let minors: Vec<String> = (0..=SchemaVersion::CURRENT.minor)
            .map(|m| m.to_string())
            .collect();
        let mut alternatives = vec![format!(
            "0*{}\\.0*({})",
            SchemaVersion::CURRENT.major,
            minors.join("|")
        )];
        // The earlier versions that are read and migrated.
        alternatives.extend(
            SchemaVersion::LEGACY
                .iter()
                .map(|v| format!("0*{}\\.0*{}", v.major, v.minor)),
        );
        let pattern = format!("^({})$", alternatives.join("|"));
        json_schema!({
            "type": "string",
            "pattern": pattern,
        })
    }
}

/// An annual report on building a rule-of-law government (法治政府建设年度报告).
///
/// The five parts follow 《法治政府建设与责任落实督察工作规定》 第四章: 一 measures and
/// results, 二 shortcomings and causes, 三 the principal's responsibility, 四 next year's
/// plans, 五 other matters (optional). Parts printed in another order or under other
/// headings map onto these fields; the headings are kept as printed.
///
/// ```
/// use fazhi_report::Report;
/// let json = r#"{
///   "schema_version": "1.0",
///   "meta": {"title": "区司法局2023年度法治政府建设情况报告", "year": 2023,
///            "organization": {"name": "区司法局"}},
///   "measures": {"heading": "一、主要举措和成效"},
///   "shortcomings": {"heading": "二、存在的不足和原因"},
///   "responsibility": {"heading": "三、党政主要负责人履行推进法治建设第一责任人职责情况"},
///   "plans": {"heading": "四、2024年主要安排", "year": 2024}
/// }"#;
/// let report = Report::from_json_str(json)?;
/// assert_eq!(report.meta.year.get(), 2023);
/// assert_eq!(Report::from_json_str(&report.to_json_pretty()?)?, report);
/// # Ok::<(), fazhi_report::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "法治政府建设年度报告",
    description = "法治政府建设年度报告：基本信息及五个法定部分。"
)]
#[non_exhaustive]
pub struct Report {
    /// Version of this data format (for migration).
    #[schemars(
        title = "数据格式版本",
        description = "当前为 \"2.0\"；仍可读取 \"1.0\" 的文档，并可升级为 \"2.0\"。"
    )]
    pub schema_version: SchemaVersion,
    /// Title, year, organisation, notice, dates.
    #[schemars(
        title = "报告基本信息",
        description = "报告标题、年度、报告单位、报送通知、主送机关、文号、落款和日期。"
    )]
    pub meta: Meta,
    /// 一、主要举措和成效.
    #[schemars(title = "一、主要举措和成效")]
    pub measures: Measures,
    /// 二、存在的不足和原因.
    #[schemars(title = "二、存在的不足和原因")]
    pub shortcomings: Shortcomings,
    /// 三、党政主要负责人履行推进法治建设第一责任人职责情况.
    #[schemars(title = "三、第一责任人职责履行情况")]
    pub responsibility: Responsibility,
    /// 四、下一年度主要安排.
    #[schemars(title = "四、下一年度主要安排")]
    pub plans: Plans,
    /// 五、其他需要报告的情况 (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "五、其他需要报告的情况",
        description = "可选。没有需要报告的其他情况时省略本部分。"
    )]
    pub other: Option<OtherMatters>,
}

impl Report {
    /// The same report at [`SchemaVersion::CURRENT`] (升级到当前版本): a report read from a
    /// document of an earlier version ([`SchemaVersion::LEGACY`]) is upgraded, one already
    /// current is returned as it is. Its facts are unchanged: every 1.0 field keeps its
    /// value and meaning in 2.0 (see [`SchemaVersion`], *Migration from 1.x*); only
    /// `schema_version` changes, so the report is then written as a 2.0 document.
    ///
    /// ```
    /// use fazhi_report::{Report, SchemaVersion};
    /// # let json = include_str!("../../tests/fixtures/minimal.json");
    /// let old = Report::from_json_str(json)?;
    /// let new = old.clone().migrate();
    /// assert_eq!(new.schema_version, SchemaVersion::CURRENT);
    /// let mut back = new.clone();
    /// back.schema_version = old.schema_version;
    /// assert_eq!(back, old);
    /// # Ok::<(), fazhi_report::Error>(())
    /// ```
    #[must_use]
    pub fn migrate(mut self) -> Report {
        self.schema_version = SchemaVersion::CURRENT;
        self
    }

    /// A report with metadata and empty parts, headed with the mandated titles; the plan
    /// year is the report year + 1.
    #[must_use]
    pub fn new(meta: Meta) -> Report {
        let year = meta.year;
        Report {
            schema_version: SchemaVersion::CURRENT,
            measures: Measures::new(
                format!("一、{year}年推进法治政府建设主要举措和成效"),
                Vec::new(),
            ),
            shortcomings: Shortcomings {
                heading: format!("二、{year}年推进法治政府建设存在的不足和原因"),
                ..Shortcomings::default()
            },
            responsibility: Responsibility::new(
                format!("三、{year}年党政主要负责人履行推进法治建设第一责任人职责的有关情况"),
                Vec::new(),
            ),
            plans: Plans {
                heading: format!("四、{}年推进法治政府建设的主要安排", year.next()),
                year: year.next(),
                paragraphs: Vec::new(),
                items: Vec::new(),
            },
            other: None,
            meta,
        }
    }

    /// Parses a report from JSON text, with the default [`Limits`](crate::Limits).
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the path, line, column and reason when the input is not JSON
    /// (`Syntax`, `Eof`), is not a report (`Data`: a wrong type, an unknown or missing key,
    /// a figure the model refuses), has a `schema_version` this crate does not read
    /// (`UnsupportedVersion`), or exceeds the default limits (`Limit`); see [`ErrorKind`](crate::ErrorKind).
    pub fn from_json_str(json: &str) -> Result<Report, Error> {
        crate::parse::from_slice(json.as_bytes(), &crate::Limits::default())
    }

    /// Parses a report from JSON bytes (UTF-8), with the default [`Limits`](crate::Limits).
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the path, line, column and reason when the input is not JSON
    /// (`Syntax`, `Eof`), is not a report (`Data`: a wrong type, an unknown or missing key,
    /// a figure the model refuses), has a `schema_version` this crate does not read
    /// (`UnsupportedVersion`), or exceeds the default limits (`Limit`); see [`ErrorKind`](crate::ErrorKind).
    pub fn from_json_slice(json: &[u8]) -> Result<Report, Error> {
        crate::parse::from_slice(json, &crate::Limits::default())
    }

    /// Reads and parses a report from a reader, with the default [`Limits`](crate::Limits).
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the path, line, column and reason when the input is not JSON
    /// (`Syntax`, `Eof`), is not a report (`Data`: a wrong type, an unknown or missing key,
    /// a figure the model refuses), has a `schema_version` this crate does not read
    /// (`UnsupportedVersion`), or exceeds the default limits (`Limit`); see [`ErrorKind`](crate::ErrorKind).
    /// Also `Io` when reading fails.
    pub fn from_reader<R: Read>(reader: R) -> Result<Report, Error> {
        crate::parse::from_reader(reader, &crate::Limits::default())
    }

    /// Serialises the report as pretty-printed JSON.
    ///
    /// # Errors
    ///
    /// An error of kind `Serialize` only if `serde_json` fails, which does not happen for
    /// a report built through this crate's API (it holds no map with non-string keys and
    /// no non-finite number).
    pub fn to_json_pretty(&self) -> Result<String, Error> {
        serde_json::to_string_pretty(self).map_err(Error::serialize)
    }

    /// Serialises the report as compact JSON.
    ///
    /// # Errors
    ///
    /// An error of kind `Serialize` only if `serde_json` fails, which does not happen for
    /// a report built through this crate's API (it holds no map with non-string keys and
    /// no non-finite number).
    pub fn to_json(&self) -> Result<String, Error> {
        serde_json::to_string(self).map_err(Error::serialize)
    }

    /// The parts that are subsection lists, with their kind, in mandated order.
    pub fn section_parts(&self) -> impl Iterator<Item = (super::PartKind, &[super::Section])> {
        use super::PartKind;
        [
            (PartKind::Measures, self.measures.items.as_slice()),
            (
                PartKind::Responsibility,
                self.responsibility.items.as_slice(),
            ),
            (PartKind::Plans, self.plans.items.as_slice()),
            (
                PartKind::Other,
                self.other.as_ref().map_or(&[][..], |o| o.items.as_slice()),
            ),
        ]
        .into_iter()
    }
}
