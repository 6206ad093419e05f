//! The engine: rules, findings, levels, options.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::Date;

use crate::config::MonthDayError;
use crate::validate::support::pointer::Pointer;

/// How serious a finding is (严重程度): `"warning"` or `"error"` on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Severity {
    /// 警告: probably wrong, or wrong in style; a person should look.
    Warning,
    /// 错误: certainly wrong; a platform may refuse the report.
    Error,
}

impl Severity {
    /// The Chinese label (错误 / 警告).
    #[must_use]
    pub const fn label_zh(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "警告",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// The level a caller sets for a rule, as for clippy lints (规则级别): `"allow"`, `"warn"`
/// or `"deny"` on the wire and in configuration files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Level {
    /// Do not report the rule's findings.
    Allow,
    /// Report them as warnings.
    Warn,
    /// Report them as errors.
    Deny,
}

/// A validation rule (校验规则): stable code, default severity, Chinese title and
/// description, and the fields it reads.
///
/// Codes are dotted (`safety.rectified_exceeds_found`), stable, and never reused. Every rule
/// is a public constant in a module of [`rules`](super::rules); [`Rule::all`] lists them.
///
/// A rule deserialises from its code (or from its catalogue entry, an object with a
/// `code`) into the `&'static Rule` of this crate's catalogue; an unknown code is an
/// error naming it.
///
/// ```
/// use fazhi_report::validate::{Rule, Severity, rules};
/// let rule = Rule::by_code("safety.rectified_exceeds_found").unwrap();
/// assert_eq!(rule, &rules::safety::RECTIFIED_EXCEEDS_FOUND);
/// assert_eq!(rule.severity, Severity::Error);
/// let back: &Rule = serde_json::from_str(r#""safety.rectified_exceeds_found""#)?;
/// assert_eq!(back, rule);
/// assert!(serde_json::from_str::<&Rule>(r#""safety.no_such_rule""#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct Rule {
    /// The stable dotted code.
    pub code: &'static str,
    /// The default severity.
    pub severity: Severity,
    /// Chinese title (规则名称).
    pub title_zh: &'static str,
    /// English title.
    pub title_en: &'static str,
    /// Chinese description: what is checked and why (规则说明, with its legal basis).
    pub description_zh: &'static str,
    /// The fields the rule reads and reports at, as JSON Pointer patterns: `*` stands for
    /// one segment (any index, any field name and, as the first segment, any part with
    /// subsections: `measures`, `responsibility`, `plans`, `other`), `**` for any number of
    /// segments, none included (`/*/items/**/hazards/*/rectified` covers the subsections of
    /// every level, `/measures/items/0/items/2/hazards/0/rectified`), and the empty pattern
    /// for the whole document. A finding's pointer is the field a pattern names or lies
    /// below it (a finding on a figure's qualifier lies below the figure); the rule
    /// fixtures' test checks this for every finding.
    pub fields: &'static [&'static str],
}

impl Rule {
    /// Every rule of the catalogue, family by family.
    pub fn all() -> impl Iterator<Item = &'static Rule> {
        super::rules::FAMILIES
            .iter()
            .flat_map(super::rules::Family::rules)
    }

    /// The rule with this code, if any.
    #[must_use]
    pub fn by_code(code: &str) -> Option<&'static Rule> {
        Rule::all().find(|rule| rule.code == code)
    }

    /// The catalogue as JSON, for front ends (`schema/rules.json`).
    #[must_use]
    pub fn catalogue_json() -> Value {
        let rules: Vec<&Rule> = Rule::all().collect();
        serde_json::json!({
            "version": 1,
            "rules": rules,
        })
    }
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Rule {}

/// A place inside a text field (文本位置): character offsets of a suspect span, the text
/// found, and the suggested replacement.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TextSpan {
    /// Offset of the first character, counted in Unicode scalar values (chars).
    pub start: usize,
    /// Offset one past the last character, in chars.
    pub end: usize,
    /// The text found there.
    pub found: String,
    /// The canonical form to put instead, if there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

/// One problem found in a report (校验结果).
///
/// Findings are made by [`Report::validate`](crate::Report::validate); they serialise to
/// JSON (the rule as its code) and deserialise back equal, so a front end that receives
/// them over HTTP reads them with the same type.
///
/// ```
/// use fazhi_report::validate::{Finding, Severity};
/// # let json = include_str!("../../tests/fixtures/reference.json");
/// let report = fazhi_report::Report::from_json_str(json)?;
/// let validation = report.validate();
/// let finding = validation.findings().iter().find(|f| f.code() == "safety.unit_mismatch");
/// let finding = finding.expect("the reference report rectifies 40处 hazards as 40份");
/// assert_eq!(finding.pointer(), "/measures/items/2/hazards/0/rectified");
/// assert_eq!(finding.severity(), Severity::Error);
/// let wire = serde_json::to_string(finding)?;
/// assert_eq!(&serde_json::from_str::<Finding>(&wire)?, finding);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// A finding is kept compactly, since a capped validation may hold thousands: the pointer
/// and both messages in boxed strings of their exact length, the values involved as a
/// sorted list, and the text span boxed. [`params`](Finding::params) builds its map on the
/// first call (and keeps it); serialising a finding does not need it.
#[derive(Clone, PartialEq, Deserialize)]
#[serde(from = "FindingWire")]
pub struct Finding {
    rule: &'static Rule,
    severity: Severity,
    pointer: Box<str>,
    related: Box<[String]>,
    /// Both messages, the Chinese one first; `split` is where the English one starts.
    messages: Box<str>,
    split: usize,
    params: Params,
    span: Option<Box<TextSpan>>,
}

/// A finding as it is written on the wire (and was kept before findings were compact).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FindingWire {
    rule: &'static Rule,
    severity: Severity,
    pointer: String,
    #[serde(default)]
    related: Vec<String>,
    message_zh: String,
    message_en: String,
    #[serde(default)]
    params: BTreeMap<String, Value>,
    #[serde(default)]
    span: Option<TextSpan>,
}

impl From<FindingWire> for Finding {
    fn from(w: FindingWire) -> Finding {
        let mut params = Params::default();
        params.entries = w
            .params
            .into_iter()
            .map(|(k, v)| (k.into_boxed_str(), v))
            .collect();
        Finding::compact(
            w.rule,
            w.severity,
            w.pointer,
            w.related,
            (&w.message_zh, &w.message_en),
            params,
            w.span,
        )
    }
}

/// The values of a finding, by name: a list sorted by name (names are unique), and the map
/// [`Finding::params`] returns, built from it on first use.
#[derive(Clone, Default)]
struct Params {
    entries: Box<[(Box<str>, Value)]>,
    // Boxed, so that the map not built (the usual case) takes 8 bytes of each finding,
    // not 24.
    #[allow(clippy::box_collection)]
    map: OnceLock<Box<BTreeMap<String, Value>>>,
}

impl PartialEq for Params {
    fn eq(&self, other: &Params) -> bool {
        self.entries == other.entries
    }
}

impl Params {
    fn map(&self) -> &BTreeMap<String, Value> {
        self.map.get_or_init(|| {
            Box::new(
                self.entries
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.clone()))
                    .collect(),
            )
        })
    }
}

/// The params as a JSON object, in name order (as the map would write them).
struct ParamsOnWire<'a>(&'a [(Box<str>, Value)]);

impl Serialize for ParamsOnWire<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            map.serialize_entry(&**k, v)?;
        }
        map.end()
    }
}

impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let len = 5
            + usize::from(!self.related.is_empty())
            + usize::from(!self.params.entries.is_empty())
            + usize::from(self.span.is_some());
        let mut st = s.serialize_struct("Finding", len)?;
        st.serialize_field("rule", self.rule.code)?;
        st.serialize_field("severity", &self.severity)?;
        st.serialize_field("pointer", &*self.pointer)?;
        if !self.related.is_empty() {
            st.serialize_field("related", &self.related)?;
        }
        st.serialize_field("message_zh", self.message_zh())?;
        st.serialize_field("message_en", self.message_en())?;
        if !self.params.entries.is_empty() {
            st.serialize_field("params", &ParamsOnWire(&self.params.entries))?;
        }
        if let Some(span) = &self.span {
            st.serialize_field("span", span)?;
        }
        st.end()
    }
}

impl fmt::Debug for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Finding")
            .field("rule", &self.rule)
            .field("severity", &self.severity)
            .field("pointer", &self.pointer)
            .field("related", &self.related)
            .field("message_zh", &self.message_zh())
            .field("message_en", &self.message_en())
            .field("params", &ParamsOnWire(&self.params.entries).debug())
            .field("span", &self.span)
            .finish()
    }
}

impl ParamsOnWire<'_> {
    /// The params as a map for `Debug`.
    fn debug(&self) -> impl fmt::Debug + '_ {
        struct D<'a>(&'a [(Box<str>, Value)]);
        impl fmt::Debug for D<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map()
                    .entries(self.0.iter().map(|(k, v)| (k, v)))
                    .finish()
            }
        }
        D(self.0)
    }
}

impl Finding {
    /// A finding from its parts, stored compactly.
    fn compact(
        rule: &'static Rule,
        severity: Severity,
        pointer: String,
        related: Vec<String>,
        (zh, en): (&str, &str),
        params: Params,
        span: Option<TextSpan>,
    ) -> Finding {
        let mut messages = String::with_capacity(zh.len() + en.len());
        messages.push_str(zh);
        messages.push_str(en);
        Finding {
            rule,
            severity,
            pointer: pointer.into_boxed_str(),
            related: related.into_boxed_slice(),
            messages: messages.into_boxed_str(),
            split: zh.len(),
            params,
            span: span.map(Box::new),
        }
    }

    /// The heap this finding holds, in bytes, with its place in the sink's list (see
    /// [`Sink`]): what the byte budget of the findings counts.
    fn weight(&self) -> usize {
        fn value(v: &Value) -> usize {
            size_of::<Value>()
                + match v {
                    Value::String(s) => s.len(),
                    Value::Array(a) => a.iter().map(value).sum(),
                    Value::Object(o) => o.iter().map(|(k, v)| 24 + k.len() + value(v)).sum(),
                    _ => 0,
                }
        }
        // The list of kept findings may hold twice its length while it grows, and three
        // times for the moment of a reallocation; a kept warning's place takes a `usize`.
        3 * (size_of::<Option<Finding>>() + size_of::<usize>())
            + self.pointer.len()
            + self
                .related
                .iter()
                .map(|r| size_of::<String>() + r.len())
                .sum::<usize>()
            + self.messages.len()
            + self
                .params
                .entries
                .iter()
                .map(|(k, v)| size_of::<Box<str>>() + k.len() + value(v))
                .sum::<usize>()
            + self.span.as_ref().map_or(0, |s| {
                size_of::<TextSpan>() + s.found.len() + s.suggestion.as_ref().map_or(0, String::len)
            })
    }
}

fn serialize_code<S: serde::Serializer>(rule: &&'static Rule, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(rule.code)
}

impl Finding {
    /// The rule that produced it.
    #[must_use]
    pub fn rule(&self) -> &'static Rule {
        self.rule
    }

    /// The rule's stable code.
    #[must_use]
    pub fn code(&self) -> &'static str {
        self.rule.code
    }

    /// The severity after the caller's levels were applied.
    #[must_use]
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// RFC 6901 JSON Pointer of the field the finding is about.
    #[must_use]
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// Pointers of the other fields involved.
    #[must_use]
    pub fn related(&self) -> &[String] {
        &self.related
    }

    /// The message in Chinese, for drafters.
    #[must_use]
    pub fn message_zh(&self) -> &str {
        &self.messages[..self.split]
    }

    /// The message in English, for developers.
    #[must_use]
    pub fn message_en(&self) -> &str {
        &self.messages[self.split..]
    }

    /// The values involved, by name.
    #[must_use]
    pub fn params(&self) -> &BTreeMap<String, Value> {
        self.params.map()
    }

    /// For text rules: where in the field, what was found, what to write instead.
    #[must_use]
    pub fn span(&self) -> Option<&TextSpan> {
        self.span.as_deref()
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} [{}] {}: {}",
            self.severity,
            self.rule.code,
            self.pointer,
            self.message_zh()
        )
    }
}

/// The result of validating a report (校验结论): every finding kept, and what a cap left out.
///
/// Findings are in a canonical order: rule by rule in catalogue order ([`Rule::all`]), and
/// each rule's findings in the order its check found them (document order), whatever the
/// options allow.
///
/// The number of findings is capped by [`Options::max_findings_per_rule`] and
/// [`Options::max_findings`] (截断), so that no input can make validation's memory grow
/// beyond a bound. A capped validation says so: [`is_truncated`](Validation::is_truncated)
/// is true and [`dropped`](Validation::dropped) counts, rule by rule, the errors and
/// warnings not kept. Its JSON has `"truncated"` always and `"dropped"` when something was:
///
/// ```json
/// {"findings": [], "truncated": true, "dropped": [{"rule": "text.unbalanced_brackets", "errors": 0, "warnings": 1999000}]}
/// ```
///
/// The findings kept are also capped by the memory they take (结果内存上限), so that
/// validation's memory stays below the input's size however dense its findings: at most
/// half the report's least JSON size (its texts quoted, its dates and figures: what any
/// JSON text of the report holds at the least), or 64 KiB if that is more (some hundred
/// findings), counted from the exact lengths of each finding's strings and values.
///
/// The total caps never drop an error while a warning is kept: once one is reached, a new
/// error takes the place of the latest kept warnings (as many as it needs), and only when
/// no warning is left is an error dropped. The per-rule cap keeps each rule's first findings, errors and
/// warnings alike.
///
/// It serialises to JSON and deserialises back equal:
///
/// ```
/// use fazhi_report::{Report, validate::Validation};
/// # let json = include_str!("../../tests/fixtures/minimal.json");
/// let validation = Report::from_json_str(json)?.validate();
/// println!("{} errors, {} warnings", validation.errors().count(), validation.warnings().count());
/// let wire = serde_json::to_string(&validation)?;
/// assert_eq!(serde_json::from_str::<Validation>(&wire)?, validation);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Validation {
    findings: Vec<Finding>,
    #[serde(default)]
    truncated: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    dropped: Vec<Dropped>,
}

/// The findings of one rule that a capped validation did not keep (未保留的校验结果).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dropped {
    #[serde(rename = "rule", serialize_with = "serialize_code")]
    rule: &'static Rule,
    errors: usize,
    warnings: usize,
}

impl Dropped {
    /// The rule whose findings were dropped.
    pub fn rule(&self) -> &'static Rule {
        self.rule
    }

    /// The rule's stable code.
    pub fn code(&self) -> &'static str {
        self.rule.code
    }

    /// How many of its error-severity findings were dropped.
    pub fn errors(&self) -> usize {
        self.errors
    }

    /// How many of its warning-severity findings were dropped.
    pub fn warnings(&self) -> usize {
        self.warnings
    }

    /// How many of its findings were dropped in all.
    pub fn total(&self) -> usize {
        self.errors + self.warnings
    }
}

impl Validation {
    /// Whether no finding has error severity, kept or dropped by a cap.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none() && self.dropped.iter().all(|d| d.errors == 0)
    }

    /// Every finding kept.
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The error-severity findings.
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
    }

    /// The warning-severity findings.
    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
    }

    /// The findings of one rule.
    pub fn by_rule<'a>(&'a self, rule: &'a Rule) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings.iter().filter(move |f| f.rule == rule)
    }

    /// Whether there are no findings at all (kept or dropped).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.findings.is_empty() && !self.truncated
    }

    /// Number of findings kept.
    #[must_use]
    pub fn len(&self) -> usize {
        self.findings.len()
    }

    /// Whether a cap dropped findings (校验结果被截断): then [`dropped`](Validation::dropped)
    /// says which.
    pub fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// The rules whose findings were dropped, in catalogue order, with the counts.
    pub fn dropped(&self) -> &[Dropped] {
        &self.dropped
    }

    /// How many findings were dropped in all.
    pub fn dropped_count(&self) -> usize {
        self.dropped.iter().map(Dropped::total).sum()
    }
}

impl IntoIterator for Validation {
    type Item = Finding;
    type IntoIter = std::vec::IntoIter<Finding>;

    fn into_iter(self) -> Self::IntoIter {
        self.findings.into_iter()
    }
}

/// A month and day that exist in every year, for deadlines (期限: 3月1日).
///
/// Built with [`MonthDay::new`], parsed from `"03-01"` (the form of a configuration
/// file), printed the same way; 2月29日 and days past a month's end are refused.
///
/// ```
/// use fazhi_report::{time::Month, validate::MonthDay};
/// let d: MonthDay = "03-01".parse()?;
/// assert_eq!(d, MonthDay::MARCH_1);
/// assert_eq!((d.month(), d.day()), (Month::March, 1));
/// assert!(MonthDay::new(Month::February, 31).is_err());
/// # Ok::<(), fazhi_report::validate::MonthDayError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MonthDay {
    month: time::Month,
    day: u8,
}

impl MonthDay {
    /// 3月1日.
    pub const MARCH_1: MonthDay = MonthDay {
        month: time::Month::March,
        day: 1,
    };
    /// 4月1日.
    pub const APRIL_1: MonthDay = MonthDay {
        month: time::Month::April,
        day: 1,
    };

    /// The day `day` of `month`.
    ///
    /// # Errors
    ///
    /// [`MonthDayError`] if the day is 0 or past the end of the month in a common year
    /// (2月29日 does not exist every year, so it is no deadline).
    pub const fn new(month: time::Month, day: u8) -> Result<MonthDay, MonthDayError> {
        if day == 0 || day > month.length(2001) {
            return Err(MonthDayError::new(month as u8, day));
        }
        Ok(MonthDay { month, day })
    }

    /// The month.
    #[must_use]
    pub const fn month(self) -> time::Month {
        self.month
    }

    /// The day of the month.
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }
}

/// Which deadlines apply to a report (报送与公开期限), relative to the year after the report
/// year. A date on the deadline day itself is on time.
///
/// ```
/// use fazhi_report::validate::{Deadlines, MonthDay};
/// let d = Deadlines::new(Some("02-15".parse()?), Some(MonthDay::APRIL_1));
/// assert_eq!(d.submit_by.map(|m| m.to_string()).as_deref(), Some("02-15"));
/// # Ok::<(), fazhi_report::validate::MonthDayError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Deadlines {
    /// Submission deadline (报送期限), if any applies.
    pub submit_by: Option<MonthDay>,
    /// Publication deadline (公开期限), if any applies.
    pub publish_by: Option<MonthDay>,
}

impl Deadlines {
    /// 县级以上政府部门: submit by 3月1日, publish by 4月1日 (督察规定 第二十四条).
    pub const DEPARTMENT: Deadlines = Deadlines {
        submit_by: Some(MonthDay::MARCH_1),
        publish_by: Some(MonthDay::APRIL_1),
    };
    /// 地方各级政府 and 党委: publish by 4月1日; submission dates vary by level.
    pub const GOVERNMENT: Deadlines = Deadlines {
        submit_by: None,
        publish_by: Some(MonthDay::APRIL_1),
    };

    /// Deadlines for submission and publication (`None`: no such deadline applies).
    #[must_use]
    pub const fn new(submit_by: Option<MonthDay>, publish_by: Option<MonthDay>) -> Deadlines {
        Deadlines {
            submit_by,
            publish_by,
        }
    }
}

/// A rule code that is not in the catalogue.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("no validation rule has the code {0:?}")]
pub struct UnknownRule(pub String);

/// What a validation run is told besides the report (校验选项): rule levels, the deadline
/// regime, the date to judge "by now" questions against, and the caps on the number of
/// findings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    levels: BTreeMap<&'static str, Level>,
    deadlines: Option<Deadlines>,
    as_of: Option<Date>,
    max_findings_per_rule: usize,
    max_findings: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            levels: BTreeMap::new(),
            deadlines: None,
            as_of: None,
            max_findings_per_rule: Options::MAX_FINDINGS_PER_RULE,
            max_findings: Options::MAX_FINDINGS,
        }
    }
}

impl Options {
    /// The default of [`max_findings_per_rule`](Options::max_findings_per_rule): 1,000.
    pub const MAX_FINDINGS_PER_RULE: usize = 1_000;

    /// The default of [`max_findings`](Options::max_findings): 5,000.
    pub const MAX_FINDINGS: usize = 5_000;

    /// Default options: every rule at its default severity, deadlines inferred from the
    /// organisation kind, no "today".
    #[must_use]
    pub fn new() -> Options {
        Options::default()
    }

    /// Sets the level of a rule.
    #[must_use]
    pub fn level(mut self, rule: &'static Rule, level: Level) -> Options {
        self.levels.insert(rule.code, level);
        self
    }

    /// Sets the level of a rule by its code (for configuration files; [`crate::config`]
    /// reads whole files, with family patterns).
    ///
    /// # Errors
    ///
    /// [`UnknownRule`] naming the code if no rule of the catalogue has it.
    pub fn level_by_code(mut self, code: &str, level: Level) -> Result<Options, UnknownRule> {
        let rule = Rule::by_code(code).ok_or_else(|| UnknownRule(code.to_owned()))?;
        self.levels.insert(rule.code, level);
        Ok(self)
    }

    /// Sets the deadlines that apply, instead of inferring them from
    /// `meta.organization.kind` (departments: [`Deadlines::DEPARTMENT`], others:
    /// [`Deadlines::GOVERNMENT`]).
    #[must_use]
    pub fn deadlines(mut self, deadlines: Deadlines) -> Options {
        self.deadlines = Some(deadlines);
        self
    }

    /// Sets the date validation treats as today, for rules that ask whether something is
    /// overdue or in the future. No rule reads the clock.
    #[must_use]
    pub fn as_of(mut self, date: Date) -> Options {
        self.as_of = Some(date);
        self
    }

    /// Sets how many findings of one rule are kept (单条规则结果上限; default
    /// [`Options::MAX_FINDINGS_PER_RULE`]): the rule's first ones, in the order it emits them.
    /// The others are counted in [`Validation::dropped`].
    #[must_use]
    pub fn max_findings_per_rule(mut self, max: usize) -> Options {
        self.max_findings_per_rule = max;
        self
    }

    /// Sets how many findings are kept in all (结果总数上限; default
    /// [`Options::MAX_FINDINGS`]). Once that many are kept, a new error takes the place of
    /// the latest kept warning; a new warning, or an error when no warning is kept, is
    /// dropped and counted in [`Validation::dropped`].
    #[must_use]
    pub fn max_findings(mut self, max: usize) -> Options {
        self.max_findings = max;
        self
    }

    /// The cap on the findings of one rule.
    pub fn findings_per_rule_cap(&self) -> usize {
        self.max_findings_per_rule
    }

    /// The cap on the findings in all.
    pub fn findings_cap(&self) -> usize {
        self.max_findings
    }

    /// The level set for a rule, if any.
    #[must_use]
    pub fn level_of(&self, rule: &Rule) -> Option<Level> {
        self.levels.get(rule.code).copied()
    }

    /// The deadlines set explicitly, if any.
    #[must_use]
    pub fn deadlines_set(&self) -> Option<Deadlines> {
        self.deadlines
    }

    /// The date set as today, if any.
    #[must_use]
    pub fn today(&self) -> Option<Date> {
        self.as_of
    }
}

/// The weight the findings kept may always reach, whatever the report's size: 64 KiB,
/// about a hundred findings.
pub(crate) const FINDINGS_BYTES_FLOOR: usize = 64 << 10;

/// Where rules put their findings; applies the caller's levels and the caps.
///
/// Memory stays bounded however many findings the rules emit: at most
/// [`Options::max_findings`] are held, plus one empty slot per error that took a warning's
/// place (at most as many again), and one counter per rule; and the findings kept weigh
/// at most [`FINDINGS_BYTES_FLOOR`] or half the report's least JSON size, whichever is
/// more (see [`Validation`]).
pub(crate) struct Sink<'o> {
    options: &'o Options,
    /// The report checked, for the byte budget (none in the engine's own tests).
    report: Option<&'o crate::Report>,
    /// The weight of the findings kept ([`Finding::weight`]).
    bytes: usize,
    /// The byte budget, worked out when the findings first weigh more than the floor.
    budget: Option<usize>,
    /// The findings kept, in order; `None` where a warning gave way to an error.
    findings: Vec<Option<Finding>>,
    /// How many `Some` there are in `findings`.
    kept: usize,
    /// The places of the warnings kept, in order.
    warnings: Vec<usize>,
    /// Per rule code: findings accepted under its own cap, errors dropped, warnings dropped.
    counts: BTreeMap<&'static str, RuleCount>,
}

/// What the sink counted for one rule.
#[derive(Clone, Copy, Debug, Default)]
struct RuleCount {
    accepted: usize,
    errors_dropped: usize,
    warnings_dropped: usize,
}

impl<'o> Sink<'o> {
    pub(crate) fn new(options: &'o Options) -> Sink<'o> {
        Sink {
            options,
            report: None,
            bytes: 0,
            budget: None,
            findings: Vec::new(),
            kept: 0,
            warnings: Vec::new(),
            counts: BTreeMap::new(),
        }
    }

    /// A sink for the findings of `report`, whose byte budget follows its size.
    pub(crate) fn for_report(options: &'o Options, report: &'o crate::Report) -> Sink<'o> {
        Sink {
            report: Some(report),
            ..Sink::new(options)
        }
    }

    /// Whether a finding of `weight` bytes fits the byte budget beside those kept.
    fn fits(&mut self, weight: usize) -> bool {
        let wanted = self.bytes.saturating_add(weight);
        if wanted <= FINDINGS_BYTES_FLOOR {
            return true;
        }
        let report = self.report;
        let budget = *self.budget.get_or_insert_with(|| {
            let least = report.map_or(0, crate::validate::walk::least_json_bytes);
            FINDINGS_BYTES_FLOOR.max(least / 2)
        });
        wanted <= budget
    }

    /// Whether a rule is switched off (so a rule can skip expensive work).
    pub(crate) fn allowed(&self, rule: &Rule) -> bool {
        self.options.level_of(rule) == Some(Level::Allow)
    }

    /// The severity of `rule`'s findings after the caller's levels; `None` when allowed.
    fn severity_of(&self, rule: &Rule) -> Option<Severity> {
        match self.options.level_of(rule) {
            Some(Level::Allow) => None,
            Some(Level::Warn) => Some(Severity::Warning),
            Some(Level::Deny) => Some(Severity::Error),
            None => Some(rule.severity),
        }
    }

    /// Whether a finding of `rule` would be dropped anyway, because the rule is allowed or
    /// its own cap is reached; in the second case the drop is counted, so that a rule that
    /// asks can skip building the finding (and must then not emit it).
    pub(crate) fn full(&mut self, rule: &'static Rule) -> bool {
        let Some(severity) = self.severity_of(rule) else {
            return true;
        };
        let count = self.counts.entry(rule.code).or_default();
        if count.accepted >= self.options.max_findings_per_rule {
            count.drop(severity);
            return true;
        }
        false
    }

    /// Counts `n` findings of `rule` as dropped by its own cap without building them: for a
    /// rule that has already offered at least its cap of findings and knows how many more
    /// it has (a field of 20,000 open brackets).
    pub(crate) fn drop_beyond_cap(&mut self, rule: &'static Rule, n: usize) {
        let Some(severity) = self.severity_of(rule) else {
            return;
        };
        let count = self.counts.entry(rule.code).or_default();
        debug_assert!(count.accepted >= self.options.max_findings_per_rule);
        match severity {
            Severity::Error => count.errors_dropped += n,
            Severity::Warning => count.warnings_dropped += n,
        }
    }

    /// Starts a finding of `rule` at `pointer` (written out here, once); finish it with
    /// [`FindingBuilder::emit`].
    pub(crate) fn report<'p>(
        &mut self,
        rule: &'static Rule,
        pointer: impl Into<Pointer<'p>>,
    ) -> FindingBuilder<'_, 'o> {
        FindingBuilder {
            sink: self,
            rule,
            pointer: pointer.into().render(),
            related: Vec::new(),
            params: Vec::new(),
            span: None,
        }
    }

    /// Keeps `finding` or counts it as dropped, by the caps.
    fn push(&mut self, finding: Finding) {
        let (cap, total_cap) = (
            self.options.max_findings_per_rule,
            self.options.max_findings,
        );
        let severity = finding.severity;
        let count = self.counts.entry(finding.rule.code).or_default();
        if count.accepted >= cap {
            count.drop(severity);
            return;
        }
        count.accepted += 1;
        let weight = finding.weight();
        if self.kept < total_cap && self.fits(weight) {
            self.keep(finding, weight);
            return;
        }
        // A total cap is reached: an error takes the place of the latest kept warnings,
        // as many as it needs (one for the count).
        if severity == Severity::Error {
            while !(self.kept < total_cap && self.fits(weight))
                && let Some(at) = self.warnings.pop()
            {
                if let Some(warning) = self.findings.get_mut(at).and_then(Option::take) {
                    self.counts
                        .entry(warning.rule.code)
                        .or_default()
                        .drop(Severity::Warning);
                    self.kept -= 1;
                    self.bytes -= warning.weight();
                }
            }
            if self.kept < total_cap && self.fits(weight) {
                self.keep(finding, weight);
                return;
            }
        }
        self.counts
            .entry(finding.rule.code)
            .or_default()
            .drop(severity);
    }

    fn keep(&mut self, finding: Finding, weight: usize) {
        if finding.severity == Severity::Warning {
            self.warnings.push(self.findings.len());
        }
        self.findings.push(Some(finding));
        self.kept += 1;
        self.bytes += weight;
    }

    pub(crate) fn finish(self) -> Validation {
        // Canonical order: by the rule's place in the catalogue, then in the order the
        // rule found them (a stable sort; the rules that emitted are few).
        let mut findings: Vec<Finding> = self.findings.into_iter().flatten().collect();
        if findings.windows(2).any(|w| w[0].rule != w[1].rule) {
            // The place of each rule that emitted (few), then one key per finding.
            let mut places: Vec<(&'static str, usize)> = Vec::with_capacity(self.counts.len());
            for (place, rule) in Rule::all().enumerate() {
                if places.len() == self.counts.len() {
                    break;
                }
                if self.counts.contains_key(rule.code) {
                    places.push((rule.code, place));
                }
            }
            let same = |a: &str, b: &str| std::ptr::eq(a, b) || a == b;
            findings.sort_by_cached_key(|f| {
                places
                    .iter()
                    .find(|(code, _)| same(code, f.rule.code))
                    .map_or(usize::MAX, |p| p.1)
            });
        }
        let dropped: Vec<Dropped> = Rule::all()
            .filter_map(|rule| {
                let count = self.counts.get(rule.code)?;
                (count.errors_dropped + count.warnings_dropped > 0).then_some(Dropped {
                    rule,
                    errors: count.errors_dropped,
                    warnings: count.warnings_dropped,
                })
            })
            .collect();
        Validation {
            findings,
            truncated: !dropped.is_empty(),
            dropped,
        }
    }
}

impl RuleCount {
    fn drop(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors_dropped += 1,
            Severity::Warning => self.warnings_dropped += 1,
        }
    }
}

/// A finding under construction.
pub(crate) struct FindingBuilder<'s, 'o> {
    sink: &'s mut Sink<'o>,
    rule: &'static Rule,
    pointer: String,
    related: Vec<String>,
    /// Sorted by name, names unique.
    params: Vec<(Box<str>, Value)>,
    span: Option<TextSpan>,
}

impl FindingBuilder<'_, '_> {
    /// Adds the pointer of another field involved.
    pub(crate) fn related<'p>(mut self, pointer: impl Into<Pointer<'p>>) -> Self {
        self.related.push(pointer.into().render());
        self
    }

    /// Adds a value involved: one of the crate's own values, which a [`Param`] turns into
    /// JSON without any way to fail (a later value of the same name replaces the earlier
    /// one).
    pub(crate) fn param(mut self, name: &str, value: impl Param) -> Self {
        let value = value.to_json();
        match self.params.binary_search_by(|(k, _)| (**k).cmp(name)) {
            Ok(at) => self.params[at].1 = value,
            Err(at) => self.params.insert(at, (name.into(), value)),
        }
        self
    }

    /// Sets the text span (text rules).
    pub(crate) fn span(mut self, span: TextSpan) -> Self {
        self.span = Some(span);
        self
    }

    /// Sets the messages and records the finding (unless the rule is allowed, or a cap
    /// drops it).
    pub(crate) fn emit(self, message_zh: impl Into<String>, message_en: impl Into<String>) {
        let Some(severity) = self.sink.severity_of(self.rule) else {
            return;
        };
        let params = Params {
            entries: self.params.into_boxed_slice(),
            map: OnceLock::new(),
        };
        let finding = Finding::compact(
            self.rule,
            severity,
            self.pointer,
            self.related,
            (&message_zh.into(), &message_en.into()),
            params,
            self.span,
        );
        self.sink.push(finding);
    }
}

/// What a rule's check reads (校验上下文): the report, the caller's options, every
/// subsection with its pointer, and the walk of every field, streamed to the rule that asks
/// (so that it is never made when every rule reading it is allowed, and holds nothing).
pub(crate) struct Cx<'r> {
    /// The report checked.
    pub(crate) report: &'r crate::Report,
    /// The caller's options.
    pub(crate) options: &'r Options,
    walked: crate::validate::walk::Walked<'r>,
}

impl<'r> Cx<'r> {
    pub(crate) fn new(report: &'r crate::Report, options: &'r Options) -> Cx<'r> {
        Cx {
            report,
            options,
            walked: crate::validate::walk::Walked::new(report),
        }
    }

    /// The walked report (for the one-pass text family).
    pub(crate) fn walked(&self) -> &crate::validate::walk::Walked<'r> {
        &self.walked
    }

    /// Calls `f` with every subsection at every level with its pointer, depth first in
    /// document order (see [`sections::for_each`](crate::validate::support::sections::for_each)).
    pub(crate) fn each_section(
        &self,
        f: impl FnMut(&crate::validate::support::sections::Located<'r>),
    ) {
        crate::validate::support::sections::for_each(self.report, f);
    }

    /// Calls `visit` with every leaf of the report and its path, in document order (a
    /// walk of its own: nothing is stored).
    pub(crate) fn each_field(
        &self,
        visit: impl FnMut(crate::validate::walk::Path<'_>, crate::validate::walk::Leaf<'r>),
    ) {
        self.walked.each_field(visit);
    }
}

/// The emitter a rule's check receives (规则的结果出口): scoped to that rule, so that a
/// check can emit its own code only.
///
/// The one exception is the arithmetic kernel ([`facts`](crate::validate::facts)): it emits
/// the three rules shared by every comparison of figures (`figures.possibly_inconsistent`,
/// `figures.percentage_out_of_range`, `figures.rate_not_percent`) on behalf of the rule
/// whose comparison it evaluates, through [`Emit::shared`], which refuses (debug-asserts)
/// any other code.
pub(crate) struct Emit<'s, 'o> {
    sink: &'s mut Sink<'o>,
    rule: &'static Rule,
}

impl<'s, 'o> Emit<'s, 'o> {
    pub(crate) fn new(sink: &'s mut Sink<'o>, rule: &'static Rule) -> Emit<'s, 'o> {
        Emit { sink, rule }
    }

    /// The rule this emitter is scoped to.
    pub(crate) fn rule(&self) -> &'static Rule {
        self.rule
    }

    /// Starts a finding of the rule at `pointer`.
    pub(crate) fn report<'p>(&mut self, pointer: impl Into<Pointer<'p>>) -> FindingBuilder<'_, 'o> {
        self.sink.report(self.rule, pointer)
    }

    /// The sink itself, for a check whose body is kept apart and reports through the sink
    /// (`structure.repeated_section`'s fingerprinting pass); such a body must emit its own
    /// rule's code only.
    pub(crate) fn unscoped(&mut self) -> &mut Sink<'o> {
        self.sink
    }

    /// Starts a finding of one of the kernel's shared rules, on behalf of this rule (the
    /// kernel's use only).
    pub(crate) fn shared<'p>(
        &mut self,
        rule: &'static Rule,
        pointer: impl Into<Pointer<'p>>,
    ) -> FindingBuilder<'_, 'o> {
        debug_assert!(
            crate::validate::facts::SHARED.contains(&rule),
            "{} may not emit {}",
            self.rule.code,
            rule.code
        );
        self.sink.report(rule, pointer)
    }
}

/// Where the arithmetic kernel reports: the emitter of one rule, which may also start the
/// kernel's shared rules (see [`Emit::shared`]).
pub(crate) trait Out<'o> {
    /// Starts a finding of `rule` at `pointer`.
    fn start(&mut self, rule: &'static Rule, pointer: Pointer<'_>) -> FindingBuilder<'_, 'o>;
}

impl<'o> dyn Out<'o> + '_ {
    /// Starts a finding of `rule` at `pointer`.
    pub(crate) fn report<'p>(
        &mut self,
        rule: &'static Rule,
        pointer: impl Into<Pointer<'p>>,
    ) -> FindingBuilder<'_, 'o> {
        self.start(rule, pointer.into())
    }
}

impl<'o> Out<'o> for Emit<'_, 'o> {
    /// The emitter's own rule, or a shared rule of the kernel (debug-asserted).
    fn start(&mut self, rule: &'static Rule, pointer: Pointer<'_>) -> FindingBuilder<'_, 'o> {
        if rule == self.rule {
            self.sink.report(rule, pointer)
        } else {
            self.shared(rule, pointer)
        }
    }
}

/// A value a finding names (`params`): one of the crate's own values, turned into JSON
/// without any way to fail (a figure, a date or a code as its printed text, a count as a
/// number, names as strings).
pub(crate) trait Param {
    /// The JSON value.
    fn to_json(&self) -> Value;
}

impl Param for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl Param for &str {
    fn to_json(&self) -> Value {
        Value::String((*self).to_owned())
    }
}

impl Param for &String {
    fn to_json(&self) -> Value {
        Value::String((*self).clone())
    }
}

/// Integers and flags as JSON numbers and booleans.
macro_rules! param_as_number {
    ($($ty:ty),*) => {
        $(
            impl Param for $ty {
                fn to_json(&self) -> Value {
                    Value::from(*self)
                }
            }
        )*
    };
}
param_as_number!(bool, u16, u32, usize, i64);

impl Param for Value {
    fn to_json(&self) -> Value {
        self.clone()
    }
}

impl Param for &u16 {
    fn to_json(&self) -> Value {
        Value::from(**self)
    }
}

/// A ratio as a JSON number; a value JSON has no number for (never computed from counts)
/// is written as its text, not dropped.
impl Param for f64 {
    fn to_json(&self) -> Value {
        serde_json::Number::from_f64(*self)
            .map_or_else(|| Value::String(self.to_string()), Value::Number)
    }
}

impl Param for crate::model::Year {
    fn to_json(&self) -> Value {
        Value::from(self.get())
    }
}

/// Codes as their wire value: the unit variants of the model's enums, which serde writes as
/// a string (a test holds this for every variant); were one ever to fail, its Rust name is
/// written instead, never nothing.
macro_rules! param_as_code {
    ($($ty:ty),*) => {
        $(
            impl Param for $ty {
                fn to_json(&self) -> Value {
                    serde_json::to_value(self).unwrap_or_else(|_| Value::String(format!("{self:?}")))
                }
            }
        )*
    };
}
param_as_code!(
    crate::model::PartKind,
    crate::model::Procedure,
    crate::model::CommemorativeDay
);

impl<T: Param> Param for &[T] {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(Param::to_json).collect())
    }
}

impl<T: Param> Param for Vec<T> {
    fn to_json(&self) -> Value {
        self.as_slice().to_json()
    }
}

impl<T: Param> Param for &Vec<T> {
    fn to_json(&self) -> Value {
        self.as_slice().to_json()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::rules::structure::{HEADING_MISMATCH, PART_EMPTY};
    use crate::validate::support::pointer::{PointerBuf, Seg};

    /// Emits one finding of `rule` with the pointer `/n`.
    fn emit(sink: &mut Sink<'_>, rule: &'static Rule, n: usize) {
        sink.report(rule, &PointerBuf::from_segs(vec![Seg::Index(n)]))
            .emit("", "");
    }

    fn kept(v: &Validation) -> Vec<(Severity, String)> {
        v.findings()
            .iter()
            .map(|f| (f.severity(), f.pointer().to_owned()))
            .collect()
    }

    #[test]
    fn errors_take_the_place_of_the_latest_warnings() {
        let options = Options::new().max_findings(3);
        let mut sink = Sink::new(&options);
        // W0 W1 E2 | E3 E4 W5 E6
        for (n, rule) in [
            &HEADING_MISMATCH,
            &HEADING_MISMATCH,
            &PART_EMPTY,
            &PART_EMPTY,
            &PART_EMPTY,
            &HEADING_MISMATCH,
            &PART_EMPTY,
        ]
        .into_iter()
        .enumerate()
        {
            emit(&mut sink, rule, n);
        }
        let v = sink.finish();
        use Severity::Error as E;
        // E3 took W1's place, E4 took W0's; W5 was dropped for the cap, and E6 too, since
        // no warning was left to give way.
        assert_eq!(
            kept(&v),
            [(E, "/2".into()), (E, "/3".into()), (E, "/4".into())]
        );
        assert!(v.is_truncated() && !v.is_valid());
        let dropped: Vec<(&str, usize, usize)> = v
            .dropped()
            .iter()
            .map(|d| (d.code(), d.errors(), d.warnings()))
            .collect();
        assert_eq!(
            dropped,
            [
                ("structure.part_empty", 1, 0),
                ("structure.heading_mismatch", 0, 3)
            ]
        );
        assert_eq!(v.dropped_count(), 4);
        let json = serde_json::to_value(&v).unwrap();
        assert_eq!(json["truncated"], true);
        assert_eq!(json["dropped"][1]["warnings"], 3);
    }

    #[test]
    fn each_rule_keeps_its_first_findings_up_to_its_cap() {
        let options = Options::new().max_findings_per_rule(2);
        let mut sink = Sink::new(&options);
        for n in 0..5 {
            emit(&mut sink, &PART_EMPTY, n);
            emit(&mut sink, &HEADING_MISMATCH, 10 + n);
        }
        // A rule that asks first is told it is full, and the drop is counted once.
        assert!(sink.full(&PART_EMPTY));
        let v = sink.finish();
        let pointers: Vec<String> = kept(&v).into_iter().map(|(_, p)| p).collect();
        // In canonical order: `structure.part_empty` comes before
        // `structure.heading_mismatch` in the catalogue.
        assert_eq!(pointers, ["/0", "/1", "/10", "/11"]);
        assert_eq!(v.dropped()[0].errors(), 4);
        assert_eq!(v.dropped()[1].warnings(), 3);
    }

    #[test]
    fn an_uncapped_validation_is_not_truncated_and_says_so_in_json() {
        let options = Options::new();
        let mut sink = Sink::new(&options);
        emit(&mut sink, &HEADING_MISMATCH, 0);
        let v = sink.finish();
        assert!(!v.is_truncated() && v.dropped().is_empty() && v.is_valid());
        let json = serde_json::to_value(&v).unwrap();
        assert_eq!(json["truncated"], false);
        assert!(json.get("dropped").is_none());
        // Allowed rules are neither kept nor counted.
        let options = Options::new()
            .level(&PART_EMPTY, Level::Allow)
            .max_findings(0);
        let mut sink = Sink::new(&options);
        emit(&mut sink, &PART_EMPTY, 0);
        assert!(sink.full(&PART_EMPTY));
        assert!(!sink.finish().is_truncated());
    }

    #[test]
    fn the_byte_budget_keeps_errors_first_and_grows_with_the_report() {
        let options = Options::new();
        let kept_warnings = |sink: Sink<'_>| {
            let v = sink.finish();
            (v.warnings().count(), v)
        };
        let mut sink = Sink::new(&options);
        for n in 0..1_000 {
            emit(&mut sink, &HEADING_MISMATCH, n);
        }
        assert!(sink.bytes <= FINDINGS_BYTES_FLOOR);
        for n in 0..10 {
            emit(&mut sink, &PART_EMPTY, 2_000 + n);
        }
        let (warnings, v) = kept_warnings(sink);
        // The floor holds some hundreds of these short findings, not a thousand.
        assert!((100..1_000).contains(&warnings), "{warnings}");
        assert_eq!(v.errors().count(), 10);
        assert!(v.is_truncated());
        let dropped = &v.dropped()[0];
        assert_eq!(dropped.code(), "structure.heading_mismatch");
        assert_eq!(dropped.warnings() + warnings, 1_000);

        // A report of a megabyte of text has room for more.
        let mut report = crate::Report::new(crate::Meta::new(
            "标题",
            crate::Year::new(2023).unwrap(),
            "区司法局",
        ));
        report
            .measures
            .items
            .push(crate::Section::new("（一）", ["a".repeat(1 << 20)]));
        let mut sink = Sink::for_report(&options, &report);
        for n in 0..1_000 {
            emit(&mut sink, &HEADING_MISMATCH, n);
        }
        let (large, v) = kept_warnings(sink);
        assert_eq!(large, 1_000);
        assert!(!v.is_truncated());
    }

    /// Every code a finding names is written as its wire value.
    #[test]
    fn codes_are_params_by_their_wire_value() {
        use crate::model::{CommemorativeDay, PartKind, Procedure};
        use schemars::JsonSchema;
        fn each<T: Param + JsonSchema + serde::de::DeserializeOwned>() {
            let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
            let codes: Vec<String> = schema.to_string().split('"').map(str::to_owned).collect();
            let mut seen = 0;
            for code in codes {
                if let Ok(value) = serde_json::from_value::<T>(Value::String(code.clone())) {
                    assert_eq!(value.to_json(), Value::String(code));
                    seen += 1;
                }
            }
            assert!(seen > 1);
        }
        each::<PartKind>();
        each::<Procedure>();
        each::<CommemorativeDay>();
        assert_eq!(2.5_f64.to_json(), serde_json::json!(2.5));
        assert_eq!(f64::NAN.to_json(), Value::String("NaN".into()));
    }

    /// SplitMix64, for reproducible sequences.
    fn next(state: &mut u64) -> u64 {
        *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Whatever the sequence and the caps, the total cap never drops an error while a
    /// warning is kept, keeps as many errors as it can, and holds no more than the cap.
    #[test]
    fn the_cap_never_drops_an_error_while_a_warning_is_kept() {
        let mut state = 42;
        for case in 0..2_000 {
            let cap = (next(&mut state) % 12) as usize;
            let per_rule = if case % 4 == 0 { 3 } else { usize::MAX };
            // Deny turns the warning rule's findings into errors in some cases.
            let mut options = Options::new()
                .max_findings(cap)
                .max_findings_per_rule(per_rule);
            if case % 7 == 0 {
                options = options.level(&HEADING_MISMATCH, Level::Deny);
            }
            let mut sink = Sink::new(&options);
            let len = (next(&mut state) % 30) as usize;
            for n in 0..len {
                let rule = if next(&mut state).is_multiple_of(2) {
                    &PART_EMPTY
                } else {
                    &HEADING_MISMATCH
                };
                emit(&mut sink, rule, n);
            }
            let v = sink.finish();
            let errors = v.errors().count();
            let warnings = v.warnings().count();
            let dropped_errors: usize = v.dropped().iter().map(Dropped::errors).sum();
            let dropped_warnings: usize = v.dropped().iter().map(Dropped::warnings).sum();
            assert!(v.len() <= cap, "case {case}");
            assert_eq!(errors + warnings + v.dropped_count(), len, "case {case}");
            assert_eq!(errors + dropped_errors + warnings + dropped_warnings, len);
            if dropped_errors > 0 && per_rule == usize::MAX {
                assert_eq!(warnings, 0, "case {case}: an error dropped, a warning kept");
                assert_eq!(errors, cap, "case {case}");
            }
            assert_eq!(v.is_truncated(), v.dropped_count() > 0);
        }
    }
}
