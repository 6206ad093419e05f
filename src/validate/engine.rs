//! The engine: rules, findings, levels, options.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::Date;

use crate::config::MonthDayError;

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
    /// The fields the rule reads, as JSON Pointer patterns in which `*` stands for any
    /// index and, as the first segment, for any part with subsections (`measures`,
    /// `responsibility`, `plans`, `other`): `/*/items/*/hazards/*/rectified`.
    pub fields: &'static [&'static str],
}

impl Rule {
    /// Every rule of the catalogue, family by family.
    pub fn all() -> impl Iterator<Item = &'static Rule> {
        super::rules::FAMILIES
            .iter()
            .flat_map(|family| family.rules.iter().copied())
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    #[serde(rename = "rule", serialize_with = "serialize_code")]
    rule: &'static Rule,
    severity: Severity,
    pointer: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    related: Vec<String>,
    message_zh: String,
    message_en: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    params: BTreeMap<String, Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    span: Option<TextSpan>,
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
        &self.message_zh
    }

    /// The message in English, for developers.
    #[must_use]
    pub fn message_en(&self) -> &str {
        &self.message_en
    }

    /// The values involved, by name.
    #[must_use]
    pub fn params(&self) -> &BTreeMap<String, Value> {
        &self.params
    }

    /// For text rules: where in the field, what was found, what to write instead.
    #[must_use]
    pub fn span(&self) -> Option<&TextSpan> {
        self.span.as_ref()
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} [{}] {}: {}",
            self.severity, self.rule.code, self.pointer, self.message_zh
        )
    }
}

/// The result of validating a report (校验结论): every finding, in report order.
///
/// It serialises as `{"findings": [...]}` and deserialises back equal.
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
}

impl Validation {
    /// Whether no finding has error severity.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none()
    }

    /// Every finding.
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

    /// Whether there are no findings at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.findings.is_empty()
    }

    /// Number of findings.
    #[must_use]
    pub fn len(&self) -> usize {
        self.findings.len()
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
/// regime, and the date to judge "by now" questions against.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    levels: BTreeMap<&'static str, Level>,
    deadlines: Option<Deadlines>,
    as_of: Option<Date>,
}

impl Options {
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

/// Where rules put their findings; applies the caller's levels.
pub(crate) struct Sink<'o> {
    options: &'o Options,
    findings: Vec<Finding>,
}

impl<'o> Sink<'o> {
    pub(crate) fn new(options: &'o Options) -> Sink<'o> {
        Sink {
            options,
            findings: Vec::new(),
        }
    }

    /// Whether a rule is switched off (so a rule can skip expensive work).
    pub(crate) fn allowed(&self, rule: &Rule) -> bool {
        self.options.level_of(rule) == Some(Level::Allow)
    }

    /// Starts a finding of `rule` at `pointer`; finish it with [`FindingBuilder::emit`].
    pub(crate) fn report(
        &mut self,
        rule: &'static Rule,
        pointer: impl Into<String>,
    ) -> FindingBuilder<'_, 'o> {
        FindingBuilder {
            sink: self,
            finding: Finding {
                rule,
                severity: rule.severity,
                pointer: pointer.into(),
                related: Vec::new(),
                message_zh: String::new(),
                message_en: String::new(),
                params: BTreeMap::new(),
                span: None,
            },
        }
    }

    pub(crate) fn finish(self) -> Validation {
        Validation {
            findings: self.findings,
        }
    }
}

/// A finding under construction.
pub(crate) struct FindingBuilder<'s, 'o> {
    sink: &'s mut Sink<'o>,
    finding: Finding,
}

impl FindingBuilder<'_, '_> {
    /// Adds the pointer of another field involved.
    pub(crate) fn related(mut self, pointer: impl Into<String>) -> Self {
        self.finding.related.push(pointer.into());
        self
    }

    /// Adds a value involved.
    pub(crate) fn param(mut self, name: &str, value: impl Serialize) -> Self {
        let value = serde_json::to_value(value).unwrap_or(Value::Null);
        self.finding.params.insert(name.to_owned(), value);
        self
    }

    /// Sets the text span (text rules).
    pub(crate) fn span(mut self, span: TextSpan) -> Self {
        self.finding.span = Some(span);
        self
    }

    /// Sets the messages and records the finding, unless the rule is allowed.
    pub(crate) fn emit(mut self, message_zh: impl Into<String>, message_en: impl Into<String>) {
        let severity = match self.sink.options.level_of(self.finding.rule) {
            Some(Level::Allow) => return,
            Some(Level::Warn) => Severity::Warning,
            Some(Level::Deny) => Severity::Error,
            None => self.finding.rule.severity,
        };
        self.finding.severity = severity;
        self.finding.message_zh = message_zh.into();
        self.finding.message_en = message_en.into();
        self.sink.findings.push(self.finding);
    }
}

/// A segment of a JSON Pointer built by [`ptr!`]: a serde field name or an index.
pub(crate) trait Segment {
    /// Appends `/` and the segment to `pointer`.
    fn push_to(&self, pointer: &mut String);
}

impl Segment for &str {
    fn push_to(&self, pointer: &mut String) {
        pointer.push('/');
        pointer.push_str(self);
    }
}

impl Segment for usize {
    fn push_to(&self, pointer: &mut String) {
        pointer.push('/');
        push_index(pointer, *self);
    }
}

/// One segment of a pointer kept unwritten: a field's wire name or an index into a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Seg {
    Key(&'static str),
    Index(usize),
}

impl Segment for Seg {
    fn push_to(&self, pointer: &mut String) {
        match self {
            Seg::Key(k) => k.push_to(pointer),
            Seg::Index(i) => i.push_to(pointer),
        }
    }
}

/// Appends the decimal digits of `index`, without the formatting machinery (pointers are
/// built for every subsection of every report).
pub(crate) fn push_index(pointer: &mut String, index: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = index;
    loop {
        at -= 1;
        // `rest % 10` is below 10, so the cast keeps it exactly.
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        pointer.push(char::from(d));
    }
}

/// Builds an RFC 6901 JSON Pointer from segments: `ptr!["measures", "items", 2usize]`.
/// Segments are serde field names (never containing `~` or `/`) and indexes.
macro_rules! ptr {
    ($($seg:expr),* $(,)?) => {{
        let mut p = String::with_capacity(32);
        $( $crate::validate::engine::Segment::push_to(&$seg, &mut p); )*
        p
    }};
}
pub(crate) use ptr;
