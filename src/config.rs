//! Configuration files (配置文件): [`Options`] and [`Limits`] read with serde, as clippy
//! reads `clippy.toml`, and the text forms of [`Level`], [`Severity`] and [`MonthDay`].
//!
//! A platform keeps a `fazhi-report.toml` (or the same keys in JSON or YAML) beside its
//! code:
//!
//! ```toml
//! as_of = "2024-03-15"          # the date rules treat as today (quoted: a string)
//! max_findings_per_rule = 1000  # the caps on findings (these are the defaults)
//! max_findings = 5000
//!
//! [levels]                      # allow / warn / deny, as for clippy lints
//! "*" = "warn"                  # every rule
//! "text.*" = "allow"            # one family
//! "safety.unit_mismatch" = "deny"   # one rule
//!
//! [deadlines]                   # instead of inferring them from the organisation kind
//! submission = "03-01"          # MM-DD, or "none"
//! publication = "04-01"
//!
//! [limits]                      # parsing bounds (Limits)
//! max_input_bytes = 4194304
//! ```
//!
//! and reads it with the serde format crate of its choice into a [`Config`] (or straight
//! into [`Options`] or [`Limits`] when it keeps only those keys):
//!
//! ```
//! use fazhi_report::{Config, validate::{Level, rules}};
//! let text = r#"
//!     [levels]
//!     "text.*" = "warn"
//!     "safety.unit_mismatch" = "deny"
//!     [deadlines]
//!     submission = "03-01"
//! "#;
//! # let _ = text;
//! # let json = r#"{"levels": {"text.*": "warn", "safety.unit_mismatch": "deny"},
//! #               "deadlines": {"submission": "03-01"}}"#;
//! // let config: Config = toml::from_str(text)?;
//! # let config: Config = fazhi_report::serde_json::from_str(json)?;
//! let options = config.options();
//! assert_eq!(options.level_of(&rules::safety::UNIT_MISMATCH), Some(Level::Deny));
//! assert_eq!(options.level_of(&rules::text::FORMULATION_VARIANT), Some(Level::Warn));
//! // An unknown code is an error naming it.
//! let err = fazhi_report::serde_json::from_str::<Config>(r#"{"levels": {"safety.typo": "deny"}}"#)
//!     .unwrap_err();
//! assert!(err.to_string().contains("safety.typo"));
//! # Ok::<(), fazhi_report::serde_json::Error>(())
//! ```
//!
//! Level keys are a rule code, a family pattern (`"text.*"`: every rule whose code starts
//! with `text.`) or `"*"`; the more specific key wins whatever the order of the file. A
//! key that names no rule is an error, so a typo never silently leaves a rule on. In
//! `[deadlines]`, an absent key takes the deadline that applies to every report body
//! (publication by 04-01, no submission deadline; [`Deadlines::GOVERNMENT`]).
//!
//! The crate depends on no format crate: `toml::from_str::<Config>` (with the `toml` crate
//! in the embedder's own dependencies), `serde_json::from_str::<Config>` or any other
//! serde format reads the same keys, and the crate's public API carries no format's error
//! type.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer};
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use time::Date;

use crate::Limits;
use crate::validate::{Deadlines, Level, MonthDay, Options, Rule, Severity};

/// A configuration file (配置): the validation [`Options`] and the parsing [`Limits`].
///
/// Keys: `levels`, `deadlines`, `as_of` (see [`Options`]) and `limits` (see [`Limits`]);
/// every key is optional and an unknown key is an error. See the [module
/// documentation](self) for the file format.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Config {
    /// The validation options.
    pub options: Options,
    /// The parsing limits.
    pub limits: Limits,
}

impl Config {
    /// A configuration from options and limits.
    #[must_use]
    pub fn new(options: Options, limits: Limits) -> Config {
        Config { options, limits }
    }

    /// The validation options.
    #[must_use]
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The parsing limits.
    #[must_use]
    pub fn limits(&self) -> &Limits {
        &self.limits
    }
}

// ---------------------------------------------------------------------------------------
// Level, Severity: text forms.

/// A text that is not a [`Level`] or [`Severity`] (级别无效).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{text:?} is not {expected}")]
pub struct ParseLevelError {
    text: String,
    expected: &'static str,
}

impl Level {
    /// The level as written in configuration files: `"allow"`, `"warn"`, `"deny"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Warn => "warn",
            Level::Deny => "deny",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Level {
    type Err = ParseLevelError;

    /// Reads `allow`, `warn` or `deny`.
    fn from_str(text: &str) -> Result<Level, ParseLevelError> {
        match text {
            "allow" => Ok(Level::Allow),
            "warn" => Ok(Level::Warn),
            "deny" => Ok(Level::Deny),
            _ => Err(ParseLevelError {
                text: text.to_owned(),
                expected: "a level (allow, warn or deny)",
            }),
        }
    }
}

impl FromStr for Severity {
    type Err = ParseLevelError;

    /// Reads `error` or `warning`, as [`Display`](fmt::Display) writes them.
    fn from_str(text: &str) -> Result<Severity, ParseLevelError> {
        match text {
            "error" => Ok(Severity::Error),
            "warning" => Ok(Severity::Warning),
            _ => Err(ParseLevelError {
                text: text.to_owned(),
                expected: "a severity (error or warning)",
            }),
        }
    }
}

// ---------------------------------------------------------------------------------------
// MonthDay: "MM-DD".

/// A month and day that is no [`MonthDay`] (日期无效): 2月30日, 2月29日, 13月1日, or text
/// not of the form `MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthDayError {
    text: Option<String>,
    month: u8,
    day: u8,
}

impl MonthDayError {
    pub(crate) const fn new(month: u8, day: u8) -> MonthDayError {
        MonthDayError {
            text: None,
            month,
            day,
        }
    }
}

impl fmt::Display for MonthDayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.text {
            Some(text) => write!(f, "{text:?} is not a month and day of the form MM-DD"),
            None => write!(
                f,
                "{:02}-{:02} is not a day that exists every year",
                self.month, self.day
            ),
        }
    }
}

impl std::error::Error for MonthDayError {}

impl fmt::Display for MonthDay {
    /// Writes `MM-DD` (`03-01`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month() as u8, self.day())
    }
}

impl FromStr for MonthDay {
    type Err = MonthDayError;

    /// Reads `MM-DD` (`03-01`), two digits each.
    fn from_str(text: &str) -> Result<MonthDay, MonthDayError> {
        let syntax = || MonthDayError {
            text: Some(text.to_owned()),
            month: 0,
            day: 0,
        };
        let bytes = text.as_bytes();
        if bytes.len() != 5 || bytes[2] != b'-' {
            return Err(syntax());
        }
        let two = |a: u8, b: u8| {
            (a.is_ascii_digit() && b.is_ascii_digit()).then(|| (a - b'0') * 10 + (b - b'0'))
        };
        let (Some(m), Some(d)) = (two(bytes[0], bytes[1]), two(bytes[3], bytes[4])) else {
            return Err(syntax());
        };
        let month = time::Month::try_from(m).map_err(|_| MonthDayError::new(m, d))?;
        MonthDay::new(month, d)
    }
}

impl Serialize for MonthDay {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for MonthDay {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::model::wire::from_str(deserializer, |t| {
            t.parse::<MonthDay>().map_err(|e| e.to_string())
        })
    }
}

// ---------------------------------------------------------------------------------------
// Deadlines: {"submission": "03-01", "publication": "none"}.

/// One deadline in a file: `"MM-DD"` or `"none"`.
struct DeadlineText(Option<MonthDay>);

impl Serialize for DeadlineText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Some(day) => day.serialize(serializer),
            None => serializer.serialize_str("none"),
        }
    }
}

impl<'de> Deserialize<'de> for DeadlineText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::model::wire::from_str(deserializer, |t| match t {
            "none" => Ok(DeadlineText(None)),
            _ => t
                .parse::<MonthDay>()
                .map(|d| DeadlineText(Some(d)))
                .map_err(|e| format!("{e} (or \"none\")")),
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlinesWire {
    #[serde(default)]
    submission: Option<DeadlineText>,
    #[serde(default)]
    publication: Option<DeadlineText>,
}

impl Serialize for Deadlines {
    /// Writes `{"submission": "03-01", "publication": "04-01"}`, `"none"` for a deadline
    /// that does not apply.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("submission", &DeadlineText(self.submit_by))?;
        map.serialize_entry("publication", &DeadlineText(self.publish_by))?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for Deadlines {
    /// Reads `submission` and `publication` (`"MM-DD"` or `"none"`); an absent key takes
    /// the value of [`Deadlines::GOVERNMENT`] (the deadlines that apply to every body).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = DeadlinesWire::deserialize(deserializer)?;
        let base = Deadlines::GOVERNMENT;
        Ok(Deadlines::new(
            wire.submission.map_or(base.submit_by, |d| d.0),
            wire.publication.map_or(base.publish_by, |d| d.0),
        ))
    }
}

// ---------------------------------------------------------------------------------------
// Rule: by code.

impl<'de> Deserialize<'de> for &'static Rule {
    /// Reads a rule code (`"safety.unit_mismatch"`) or a catalogue entry (an object with a
    /// `code`; its other keys are the catalogue's and are not compared), and returns the
    /// rule of this crate's catalogue.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RuleVisitor;

        impl<'de> de::Visitor<'de> for RuleVisitor {
            type Value = &'static Rule;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a rule code or a catalogue entry with a code")
            }

            fn visit_str<E: de::Error>(self, code: &str) -> Result<&'static Rule, E> {
                Rule::by_code(code).ok_or_else(|| E::custom(unknown_rule(code)))
            }

            fn visit_map<A: de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<&'static Rule, A::Error> {
                let mut rule = None;
                while let Some(key) = map.next_key::<String>()? {
                    if key == "code" {
                        let code: String = map.next_value()?;
                        rule = Some(
                            Rule::by_code(&code)
                                .ok_or_else(|| de::Error::custom(unknown_rule(&code)))?,
                        );
                    } else {
                        map.next_value::<de::IgnoredAny>()?;
                    }
                }
                rule.ok_or_else(|| de::Error::missing_field("code"))
            }
        }

        deserializer.deserialize_any(RuleVisitor)
    }
}

fn unknown_rule(code: &str) -> String {
    format!("no validation rule has the code {code:?}")
}

// ---------------------------------------------------------------------------------------
// Options.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionsWire {
    #[serde(default)]
    levels: BTreeMap<String, Level>,
    #[serde(default)]
    deadlines: Option<Deadlines>,
    #[serde(default, with = "crate::model::date::serde_option_date")]
    as_of: Option<Date>,
    #[serde(default)]
    max_findings_per_rule: Option<usize>,
    #[serde(default)]
    max_findings: Option<usize>,
}

impl OptionsWire {
    fn build<E: de::Error>(self) -> Result<Options, E> {
        let mut options = Options::new();
        // Least specific first, so that the more specific key wins.
        let mut keyed: Vec<(u8, &str, Level)> = Vec::with_capacity(self.levels.len());
        for (key, level) in &self.levels {
            let rank = if key == "*" {
                0
            } else if key.ends_with(".*") {
                1
            } else {
                2
            };
            keyed.push((rank, key, *level));
        }
        keyed.sort_by_key(|(rank, _, _)| *rank);
        for (rank, key, level) in keyed {
            let mut matched = false;
            for rule in Rule::all() {
                let hit = match rank {
                    0 => true,
                    1 => rule
                        .code
                        .strip_prefix(&key[..key.len() - 1])
                        .is_some_and(|rest| !rest.is_empty()),
                    _ => rule.code == key,
                };
                if hit {
                    options = options.level(rule, level);
                    matched = true;
                }
            }
            if !matched {
                return Err(E::custom(format_args!(
                    "levels: {} (a key is a rule code, a family such as \"text.*\", or \"*\")",
                    unknown_rule(key)
                )));
            }
        }
        if let Some(deadlines) = self.deadlines {
            options = options.deadlines(deadlines);
        }
        if let Some(date) = self.as_of {
            options = options.as_of(date);
        }
        if let Some(max) = self.max_findings_per_rule {
            options = options.max_findings_per_rule(max);
        }
        if let Some(max) = self.max_findings {
            options = options.max_findings(max);
        }
        Ok(options)
    }
}

impl<'de> Deserialize<'de> for Options {
    /// Reads `levels` (rule code, `"family.*"` or `"*"` → `allow`/`warn`/`deny`),
    /// `deadlines`, `as_of` (`"YYYY-MM-DD"`) and the caps `max_findings_per_rule` and
    /// `max_findings`; see [`crate::config`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        OptionsWire::deserialize(deserializer)?.build()
    }
}

struct AsOf(Date);

impl Serialize for AsOf {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::model::date::serde_date::serialize(&self.0, serializer)
    }
}

struct Levels<'a>(&'a Options);

impl Serialize for Levels<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for rule in Rule::all() {
            if let Some(level) = self.0.level_of(rule) {
                map.serialize_entry(rule.code, &level)?;
            }
        }
        map.end()
    }
}

impl Serialize for Options {
    /// Writes the keys [`Deserialize`] reads: every rule whose level is set, by code, the
    /// deadlines and `as_of` when set.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("levels", &Levels(self))?;
        if let Some(deadlines) = self.deadlines_set() {
            map.serialize_entry("deadlines", &deadlines)?;
        }
        if let Some(date) = self.today() {
            map.serialize_entry("as_of", &AsOf(date))?;
        }
        map.serialize_entry("max_findings_per_rule", &self.findings_per_rule_cap())?;
        map.serialize_entry("max_findings", &self.findings_cap())?;
        map.end()
    }
}

// ---------------------------------------------------------------------------------------
// Limits.

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LimitsWire {
    #[serde(default = "default_input")]
    max_input_bytes: usize,
    #[serde(default = "default_string")]
    max_string_bytes: usize,
    #[serde(default = "default_list")]
    max_list_len: usize,
    #[serde(default = "default_depth")]
    max_depth: usize,
}

fn default_input() -> usize {
    Limits::DEFAULT_MAX_INPUT_BYTES
}
fn default_string() -> usize {
    Limits::DEFAULT_MAX_STRING_BYTES
}
fn default_list() -> usize {
    Limits::DEFAULT_MAX_LIST_LEN
}
fn default_depth() -> usize {
    Limits::DEFAULT_MAX_DEPTH
}

impl Serialize for Limits {
    /// Writes `max_input_bytes`, `max_string_bytes`, `max_list_len` and `max_depth`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        LimitsWire {
            max_input_bytes: self.input_bytes(),
            max_string_bytes: self.string_bytes(),
            max_list_len: self.list_len(),
            max_depth: self.depth(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Limits {
    /// Reads `max_input_bytes`, `max_string_bytes`, `max_list_len` and `max_depth`; an
    /// absent key keeps its default.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let w = LimitsWire::deserialize(deserializer)?;
        Ok(Limits::default()
            .max_input_bytes(w.max_input_bytes)
            .max_string_bytes(w.max_string_bytes)
            .max_list_len(w.max_list_len)
            .max_depth(w.max_depth))
    }
}

// ---------------------------------------------------------------------------------------
// Config.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigWire {
    #[serde(default)]
    levels: BTreeMap<String, Level>,
    #[serde(default)]
    deadlines: Option<Deadlines>,
    #[serde(default, with = "crate::model::date::serde_option_date")]
    as_of: Option<Date>,
    #[serde(default)]
    max_findings_per_rule: Option<usize>,
    #[serde(default)]
    max_findings: Option<usize>,
    #[serde(default)]
    limits: Limits,
}

impl<'de> Deserialize<'de> for Config {
    /// Reads `levels`, `deadlines`, `as_of`, the finding caps and `limits`; see
    /// [`crate::config`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let w = ConfigWire::deserialize(deserializer)?;
        let options = OptionsWire {
            levels: w.levels,
            deadlines: w.deadlines,
            as_of: w.as_of,
            max_findings_per_rule: w.max_findings_per_rule,
            max_findings: w.max_findings,
        }
        .build()?;
        Ok(Config::new(options, w.limits))
    }
}

impl Serialize for Config {
    /// Writes the keys [`Deserialize`] reads.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("levels", &Levels(&self.options))?;
        if let Some(deadlines) = self.options.deadlines_set() {
            map.serialize_entry("deadlines", &deadlines)?;
        }
        if let Some(date) = self.options.today() {
            map.serialize_entry("as_of", &AsOf(date))?;
        }
        map.serialize_entry(
            "max_findings_per_rule",
            &self.options.findings_per_rule_cap(),
        )?;
        map.serialize_entry("max_findings", &self.options.findings_cap())?;
        map.serialize_entry("limits", &self.limits)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Month;

    #[test]
    fn month_days() {
        assert_eq!("03-01".parse::<MonthDay>(), Ok(MonthDay::MARCH_1));
        assert_eq!(MonthDay::APRIL_1.to_string(), "04-01");
        for bad in [
            "02-31", "02-30", "02-29", "04-31", "13-01", "00-05", "03-00",
        ] {
            let err = bad.parse::<MonthDay>().unwrap_err();
            assert!(
                err.to_string().contains("exists every year"),
                "{bad}: {err}"
            );
        }
        for bad in ["3-1", "03/01", "0301", "03-1x", "+3-01", "03-01 "] {
            let err = bad.parse::<MonthDay>().unwrap_err();
            assert!(err.to_string().contains("MM-DD"), "{bad}: {err}");
        }
        assert!(MonthDay::new(Month::February, 28).is_ok());
        assert!(MonthDay::new(Month::December, 31).is_ok());
        assert!(MonthDay::new(Month::February, 31).is_err());
    }

    #[test]
    fn levels_text() {
        for level in [Level::Allow, Level::Warn, Level::Deny] {
            assert_eq!(level.to_string().parse::<Level>(), Ok(level));
        }
        for severity in [Severity::Error, Severity::Warning] {
            assert_eq!(severity.to_string().parse::<Severity>(), Ok(severity));
        }
        assert!("Deny".parse::<Level>().is_err());
    }

    #[test]
    fn deadlines_absent_keys_apply_to_everyone() {
        let d: Deadlines = serde_json::from_str(r#"{"submission": "02-15"}"#).unwrap();
        assert_eq!(
            d.submit_by,
            Some(MonthDay::new(Month::February, 15).unwrap())
        );
        assert_eq!(d.publish_by, Some(MonthDay::APRIL_1));
        let d: Deadlines = serde_json::from_str(r#"{"publication": "none"}"#).unwrap();
        assert_eq!(d, Deadlines::new(None, None));
        assert!(serde_json::from_str::<Deadlines>(r#"{"submit": "02-15"}"#).is_err());
    }
}
