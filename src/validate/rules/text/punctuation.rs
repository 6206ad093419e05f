//! Punctuation and layout checks over one field (标点符号与版式, GB/T 15834-2011).
//!
//! The checks read the field's UTF-8 bytes, with byte offsets. Each check declares the
//! characters it needs to see ([`CHECKS`]) — brackets, quotation marks, ASCII digits, the
//! 顿号 — and the dictionary scan hands exactly those over as it passes ([`Marks::watch`]);
//! 汉字, the bulk of every field, cost them nothing. What needs more context (a date, a
//! year range) is checked afterwards around the few places that can hold one. A new check
//! adds its characters to [`CHECKS`] and its case to [`Marks::watch`]: nothing else changes.

use super::{
    ENUMERATION_COMMA_BETWEEN_TITLES, EVENT_DATE_DOT, FORMULATION_VARIANT, HEADING_FULL_STOP,
    UNBALANCED_BRACKETS, YEAR_RANGE_DASH,
};
use crate::validate::Rule;
use crate::validate::support::text::Hit;
use crate::validate::support::text::utf8::{char_at, char_before, is_hanzi};

/// What a punctuation hit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mark {
    /// An opening bracket or quotation mark never closed.
    Unclosed,
    /// A closing bracket or quotation mark never opened.
    Unopened,
    /// "5.12" in an event name; the month and day.
    EventDate { month: u8, day: u8 },
    /// 顿号 between two 书名号 items.
    CommaBetweenTitles,
    /// A heading that ends with a full stop.
    HeadingFullStop,
    /// Two years run together ("20212025", `between` is `None`) or joined by a mark that is
    /// no 连接号 for a period ("2021~2025", "2021一2025": `between` is the mark).
    YearRange {
        from: u16,
        to: u16,
        between: Option<char>,
    },
}

impl Mark {
    /// The rule that reports this kind of hit.
    pub(super) fn rule(self) -> &'static Rule {
        match self {
            Mark::Unclosed | Mark::Unopened => &UNBALANCED_BRACKETS,
            Mark::EventDate { .. } => &EVENT_DATE_DOT,
            Mark::CommaBetweenTitles => &ENUMERATION_COMMA_BETWEEN_TITLES,
            Mark::HeadingFullStop => &HEADING_FULL_STOP,
            Mark::YearRange { .. } => &YEAR_RANGE_DASH,
        }
    }
}

/// The punctuation hits of one field, bounded: once they number twice the cap of findings
/// per rule, only the first `cap` of each rule (by position) are kept and the others are
/// counted. A hit not kept would come after `cap` findings of its rule in this field, so the
/// sink's cap would drop it anyway: the count tells the sink how many it drops, and no
/// field, however many brackets it leaves open, holds more than `2 × cap` hits.
pub(super) struct MarkHits {
    hits: Vec<Hit<Mark>>,
    cap: usize,
    /// The hits not kept, by rule.
    overflow: Vec<(&'static Rule, usize)>,
}

impl Default for MarkHits {
    fn default() -> MarkHits {
        MarkHits::with_cap(usize::MAX)
    }
}

impl MarkHits {
    /// Hits kept up to `cap` per rule.
    pub(super) fn with_cap(cap: usize) -> MarkHits {
        MarkHits {
            hits: Vec::new(),
            cap,
            overflow: Vec::new(),
        }
    }

    /// Starts a new field.
    pub(super) fn clear(&mut self) {
        self.hits.clear();
        self.overflow.clear();
    }

    /// Whether the field has no hit, kept or counted.
    pub(super) fn is_empty(&self) -> bool {
        self.hits.is_empty() && self.overflow.is_empty()
    }

    fn push(&mut self, hit: Hit<Mark>) {
        self.hits.push(hit);
        if self.hits.len() >= self.cap.saturating_mul(2).max(64) {
            self.bound();
        }
    }

    /// Sorts the hits by position and keeps the first `cap` of each rule.
    fn bound(&mut self) {
        self.hits.sort_by_key(|h| (h.start, h.end));
        let (cap, overflow) = (self.cap, &mut self.overflow);
        let mut seen: Vec<(&'static Rule, usize)> = Vec::new();
        self.hits.retain(|h| {
            let rule = h.what.rule();
            let n = match seen.iter_mut().find(|(r, _)| r.code == rule.code) {
                Some((_, n)) => n,
                None => {
                    seen.push((rule, 0));
                    &mut seen.last_mut().expect("just pushed").1
                }
            };
            *n += 1;
            if *n <= cap {
                return true;
            }
            match overflow.iter_mut().find(|(r, _)| r.code == rule.code) {
                Some((_, k)) => *k += 1,
                None => overflow.push((rule, 1)),
            }
            false
        });
    }

    /// The hits kept, in order of position, and the count of those not kept, by rule.
    pub(super) fn finish(&mut self) -> (&[Hit<Mark>], &[(&'static Rule, usize)]) {
        self.bound();
        (&self.hits, &self.overflow)
    }
}

/// The most brackets [`Marks`] holds open at once. Nesting deeper than this is not prose: the
/// outermost bracket held is then reported as never closed, and a later closing mark that
/// would have matched it as closing nothing, so that an open bracket costs no memory beyond
/// this many, however many a field holds.
const MAX_OPEN: usize = 64;

/// Every bracket and quotation mark, of either width.
const BRACKETS: &[char] = &[
    '(', ')', '（', '）', '《', '》', '〈', '〉', '“', '”', '‘', '’', '【', '】', '〔', '〕', '[',
    ']', '［', '］', '「', '」', '『', '』',
];

/// The ASCII digits, where a date or a year range may start.
const DIGITS: &[char] = &['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/// The checks, by the rule each reports (or, for the quoted spans, serves), and the
/// characters each reads during the scan. The union is the set the
/// dictionary's scan hands over ([`super::watched`]).
pub(super) const CHECKS: &[(&Rule, &[char])] = &[
    (&UNBALANCED_BRACKETS, BRACKETS),
    // The spans that exactly fill “…” or 《…》, which the dictionary checks as quoted forms.
    (&FORMULATION_VARIANT, &['“', '”', '《', '》']),
    (&EVENT_DATE_DOT, DIGITS),
    (&YEAR_RANGE_DASH, DIGITS),
    (&ENUMERATION_COMMA_BETWEEN_TITLES, &['》', '、']),
    // The full stop of a heading is read at the end of the field.
    (&HEADING_FULL_STOP, &[]),
];

/// Bracket families: round brackets of either width close each other (mixed widths are a
/// different matter), every other pair only itself.
fn opening(c: char) -> Option<u8> {
    Some(match c {
        '(' | '（' => 0,
        '《' => 1,
        '〈' => 2,
        '“' => 3,
        '‘' => 4,
        '【' => 5,
        '〔' => 6,
        '[' | '［' => 7,
        '「' => 8,
        '『' => 9,
        _ => return None,
    })
}

fn closing(c: char) -> Option<u8> {
    Some(match c {
        ')' | '）' => 0,
        '》' => 1,
        '〉' => 2,
        '”' => 3,
        '’' => 4,
        '】' => 5,
        '〕' => 6,
        ']' | '］' => 7,
        '」' => 8,
        '』' => 9,
        _ => return None,
    })
}

/// Whether the closing round bracket at byte `i` ends an enumeration marker such as "1）"
/// or "a)" at the start of the field or of a clause.
fn list_marker(text: &str, i: usize) -> bool {
    let mut before = text[..i].chars();
    let mut taken = 0;
    let mut peek = before.next_back();
    while taken < 2 {
        match peek {
            Some(c) if c.is_ascii_alphanumeric() || "一二三四五六七八九十".contains(c) => {
                taken += 1;
                peek = before.next_back();
            }
            _ => break,
        }
    }
    taken > 0 && peek.is_none_or(|c| "；。：，、;:, \t".contains(c))
}

/// The state of the punctuation checks while the scan passes over one field.
#[derive(Default)]
pub(super) struct Marks {
    /// Open brackets: family and byte offset; at most [`MAX_OPEN`].
    stack: Vec<(u8, usize)>,
    /// The field holds an ASCII digit (the runs of digits are found again at the end:
    /// a list of them would hold eight bytes for every two of `1a1a…`).
    digits: bool,
    /// The last 》 seen ends here (plus one, 0 for none).
    title_end: usize,
    /// A 顿号 follows a 》.
    comma_after_title: bool,
    /// The inner spans (bytes, without the marks) of the pairs of “…” and 《…》 closed so
    /// far that hold no other bracket and two characters or more (a quoted form has three
    /// or more, a word in a title two): the dictionary checks them as quoted forms, and
    /// `text.word_typo` leaves words in titles alone. Offsets in `u32` (a field longer
    /// than 4 GiB has none recorded): eight bytes for at least twelve of the field's.
    quoted: Vec<(u32, u32)>,
}

impl Marks {
    /// Starts a new field.
    pub(super) fn clear(&mut self) {
        self.stack.clear();
        self.digits = false;
        self.title_end = 0;
        self.comma_after_title = false;
        self.quoted.clear();
    }

    /// The inner spans of the quotations and titles closed, as byte ranges.
    pub(super) fn quoted(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.quoted
            .iter()
            .map(|&(open, close)| (open as usize, close as usize))
    }

    /// Sees character `c`, one of those [`CHECKS`] watch, at byte `i` of `text`.
    pub(super) fn watch(&mut self, text: &str, i: usize, c: char, hits: &mut MarkHits) {
        if c.is_ascii_digit() {
            self.digits = true;
            return;
        }
        if c == '、' {
            self.comma_after_title |= self.title_end == i + 1;
            return;
        }
        if let Some(kind) = opening(c) {
            if self.stack.len() == MAX_OPEN {
                let (_, at) = self.stack.remove(0);
                hits.push(one_char(text, at, Mark::Unclosed));
            }
            self.stack.push((kind, i));
        } else if let Some(kind) = closing(c) {
            if c == '》' {
                self.title_end = i + c.len_utf8() + 1;
            }
            // An apostrophe inside a Latin word is not a quotation mark.
            let b = text.as_bytes();
            if c == '’'
                && i > 0
                && b[i - 1].is_ascii_alphabetic()
                && b.get(i + c.len_utf8()).is_some_and(u8::is_ascii_alphabetic)
            {
                return;
            }
            match self.stack.iter().rposition(|&(k, _)| k == kind) {
                Some(depth) => {
                    if (kind == 1 || kind == 3)
                        && depth + 1 == self.stack.len()
                        && let Some(&(_, at)) = self.stack.get(depth)
                    {
                        // 《 and “ are three bytes long.
                        if i >= at + 3 + 6
                            && let (Ok(open), Ok(close)) = (u32::try_from(at + 3), u32::try_from(i))
                        {
                            self.quoted.push((open, close));
                        }
                    }
                    for &(_, at) in &self.stack[depth + 1..] {
                        hits.push(one_char(text, at, Mark::Unclosed));
                    }
                    self.stack.truncate(depth);
                }
                None if kind == 0 && list_marker(text, i) => {}
                None => hits.push(one_char(text, i, Mark::Unopened)),
            }
        }
    }

    /// Ends the field: brackets never closed, then the dates, year ranges, commas between
    /// titles and, for a heading, the full stop. Most fields have none of these to check
    /// and cost a few tests here.
    #[inline]
    pub(super) fn finish(&mut self, text: &str, heading: bool, hits: &mut MarkHits) {
        let heading = heading || heading_line(text);
        if !self.stack.is_empty() || self.digits || self.comma_after_title || heading {
            self.finish_marks(text, heading, hits);
        }
    }

    #[inline(never)]
    fn finish_marks(&mut self, text: &str, heading: bool, hits: &mut MarkHits) {
        for &(_, at) in &self.stack {
            hits.push(one_char(text, at, Mark::Unclosed));
        }
        self.stack.clear();
        if self.digits {
            event_dates_in(text, hits);
            year_ranges_in(text, hits);
        }
        if self.comma_after_title {
            commas_in(text, hits);
        }
        if heading {
            heading_stop_in(text, hits);
        }
    }
}

fn one_char(text: &str, at: usize, mark: Mark) -> Hit<Mark> {
    Hit {
        start: at,
        end: at + char_at(text, at).map_or(1, char::len_utf8),
        what: mark,
    }
}

/// Characters that, right after a decimal number, show it is a quantity, not a date
/// (5.12万元, 1.2万人次, 3.5小时).
const QUANTITY_FOLLOWERS: &str = "万亿千百十个倍元人次件项名场期份册条篇课平米天日月年时分秒小公吨亩户家处余多左以至到和与及或起号批栋层所座辆台套";

/// Dots that stand wrongly between a month and a day; the 间隔号 is U+00B7 "·".
const WRONG_DOTS: &[char] = &['.', '．', '•', '・', '･'];

/// The value and length of the run of at most `max` ASCII digits at byte `at`.
fn digits_at(b: &[u8], at: usize, max: usize) -> (u32, usize) {
    let mut value: u32 = 0;
    let mut len = 0;
    while len < max {
        match b.get(at + len) {
            Some(d) if d.is_ascii_digit() => {
                value = value.saturating_mul(10).saturating_add(u32::from(d - b'0'));
                len += 1;
            }
            _ => break,
        }
    }
    (value, len)
}

/// The byte offsets where the runs of ASCII digits of `b` start.
fn digit_runs(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    (0..b.len()).filter(move |&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
}

/// "5.12" as the date of an event: quoted alone (“5.12”), or followed by an event name
/// (5.12防灾减灾日, 3.15消费者权益日); "5。12" only quoted alone (“5。12”).
fn event_dates_in(text: &str, hits: &mut MarkHits) {
    let b = text.as_bytes();
    for i in digit_runs(b) {
        if char_before(text, i).is_some_and(|c| WRONG_DOTS.contains(&c)) {
            continue;
        }
        let (month, m_len) = digits_at(b, i, 3);
        let dot = i + m_len;
        let Some(dot_char) = char_at(text, dot).filter(|c| WRONG_DOTS.contains(c) || *c == '。')
        else {
            continue;
        };
        let (day, d_len) = digits_at(b, dot + dot_char.len_utf8(), 3);
        let end = dot + dot_char.len_utf8() + d_len;
        let well_formed = m_len <= 2
            && (1..=2).contains(&d_len)
            && (1..=12).contains(&month)
            && (1..=31).contains(&day)
            && !char_at(text, end).is_some_and(|c| {
                c.is_ascii_digit() || WRONG_DOTS.contains(&c) || "%％".contains(c)
            });
        // A full stop between two numbers ends a sentence as often as not (…共5。12月…); it
        // is a slip for the 间隔号 only when the date stands alone in quotation marks.
        let named = if dot_char == '。' {
            quoted_alone(text, i, end)
        } else {
            quoted_alone(text, i, end) || before_event_name(text, end)
        };
        if well_formed && named {
            hits.push(Hit {
                start: i,
                end,
                what: Mark::EventDate {
                    month: month as u8,
                    day: day as u8,
                },
            });
        }
    }
}

fn quoted_alone(text: &str, start: usize, end: usize) -> bool {
    matches!(
        (char_before(text, start), char_at(text, end)),
        (Some('“'), Some('”'))
            | (Some('"'), Some('"'))
            | (Some('‘'), Some('’'))
            | (Some('「'), Some('」'))
    )
}

/// The 汉字 after `end` (past a closing quotation mark) name an event: they contain 日, 节
/// or 周 after at least two characters, and do not start like a quantity.
fn before_event_name(text: &str, end: usize) -> bool {
    let mut rest = text[end..].chars().peekable();
    if rest.peek().is_some_and(|c| "”\"’」".contains(*c)) {
        rest.next();
    }
    let run = rest.take(12).take_while(|c| is_hanzi(*c));
    let mut first = true;
    for (n, c) in run.enumerate() {
        if first {
            if QUANTITY_FOLLOWERS.contains(c) {
                return false;
            }
            first = false;
        }
        if n >= 2 && "日节周".contains(c) {
            return true;
        }
    }
    false
}

/// 顿号 between consecutive 书名号 items: 《…》、《…》.
fn commas_in(text: &str, hits: &mut MarkHits) {
    for (k, _) in text.match_indices("》、《") {
        let at = k + '》'.len_utf8();
        hits.push(Hit {
            start: at,
            end: at + '、'.len_utf8(),
            what: Mark::CommaBetweenTitles,
        });
    }
}

/// The longest paragraph taken for a heading on a line of its own ([`heading_line`]).
const MAX_HEADING_LINE: usize = 40;

/// Whether a paragraph is a heading of the first or second level on a line of its own: it
/// opens with 一、 or （一） (Chinese numerals, up to 二十), holds at most
/// [`MAX_HEADING_LINE`] characters, and is one clause — no ，；： and no 。 but perhaps a
/// last one (（一）深入学习贯彻习近平法治思想。). A numbered item that runs on into its text
/// (（一）加强组织领导。成立领导小组……) or has clauses is body text, and 1. and （1） items are
/// often sentences: neither is taken for a heading.
fn heading_line(text: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十";
    let t = text.trim();
    let rest = if let Some(r) = t.strip_prefix('（') {
        let n = r.chars().take_while(|c| NUMERALS.contains(*c)).count();
        let r = &r[n * '一'.len_utf8()..];
        match r.strip_prefix('）') {
            Some(r) if (1..=3).contains(&n) => r,
            _ => return false,
        }
    } else {
        let n = t.chars().take_while(|c| NUMERALS.contains(*c)).count();
        let r = &t[n * '一'.len_utf8()..];
        match r.strip_prefix('、') {
            Some(r) if (1..=3).contains(&n) => r,
            _ => return false,
        }
    };
    let body = rest.strip_suffix('。').unwrap_or(rest);
    !body.is_empty()
        && t.chars().count() <= MAX_HEADING_LINE
        && !body.contains(['，', '；', '：', '。', ',', ';', ':', '！', '？'])
}

/// A heading that ends with a full stop (not the point of a "1." number).
fn heading_stop_in(text: &str, hits: &mut MarkHits) {
    let Some((last, c)) = text.char_indices().rev().find(|(_, c)| !c.is_whitespace()) else {
        return;
    };
    let stop = match c {
        '。' | '．' => true,
        '.' => char_before(text, last).is_some_and(|p| !p.is_ascii_digit() && p != '.'),
        _ => false,
    };
    if stop {
        hits.push(one_char(text, last, Mark::HeadingFullStop));
    }
}

/// Marks that stand wrongly between the two years of a period, where GB/T 15834-2011 asks
/// for the 一字线 "—": the ASCII tilde and the 浪纹线 (which mark a range of numbers, not of
/// time), the en dash of Latin type, the numeral 一 typed for the dash, and the 二字线 "——"
/// (a 破折号). The hyphens "-" and "－" are not among them: the titles of the central
/// documents are printed with them (《法治中国建设规划（2020－2025年）》), and so is much
/// correct prose.
const WRONG_YEAR_DASHES: &[&str] = &["——", "~", "～", "〜", "–", "一"];

/// A year range written wrongly, where a range is meant (followed by 年, or alone in
/// brackets): two years run together, "20212025", or joined by one of
/// [`WRONG_YEAR_DASHES`], "2021~2025".
fn year_ranges_in(text: &str, hits: &mut MarkHits) {
    let b = text.as_bytes();
    let is_range =
        |from: u32, to: u32| (1949..=2100).contains(&from) && from < to && to - from <= 50;
    let in_context = |start: usize, end: usize| {
        let after = char_at(text, end);
        after == Some('年')
            || (matches!(char_before(text, start), Some('(' | '（'))
                && matches!(after, Some(')' | '）')))
    };
    for i in digit_runs(b) {
        let (_, len) = digits_at(b, i, usize::MAX);
        let (from, _) = digits_at(b, i, 4);
        let (range, between) = match len {
            8 => {
                let (to, _) = digits_at(b, i + 4, 4);
                (Some((to, i + 8)), None)
            }
            4 => {
                let rest = &text[i + 4..];
                let dash = WRONG_YEAR_DASHES.iter().find(|d| rest.starts_with(**d));
                match dash {
                    Some(dash) => {
                        let at = i + 4 + dash.len();
                        let (to, to_len) = digits_at(b, at, 5);
                        let one = dash.chars().next();
                        (Some((to, at + 4)).filter(|_| to_len == 4), one)
                    }
                    None => (None, None),
                }
            }
            _ => (None, None),
        };
        let Some((to, end)) = range else {
            continue;
        };
        if is_range(from, to) && in_context(i, end) {
            hits.push(Hit {
                start: i,
                end,
                what: Mark::YearRange {
                    from: from as u16,
                    to: to as u16,
                    between,
                },
            });
        }
    }
}

/// The checks over a field given as chars, offsets in chars: the entry points of the unit
/// tests. Every watched character goes to [`Marks`] as in the scan; `check` adds the hits
/// of the check under test.
#[cfg(test)]
fn on_chars(
    t: &[char],
    hits: &mut Vec<Hit<Mark>>,
    check: impl FnOnce(&str, &mut Marks, &mut MarkHits),
) {
    let text: String = t.iter().collect();
    let mut marks = Marks::default();
    marks.clear();
    let mut found = MarkHits::default();
    let watched = super::watched();
    for (i, c) in text.char_indices() {
        if watched.contains(&c) {
            marks.watch(&text, i, c, &mut found);
        }
    }
    check(&text, &mut marks, &mut found);
    let char_at = |byte: usize| text[..byte].chars().count();
    hits.extend(found.hits.into_iter().map(|h| Hit {
        start: char_at(h.start),
        end: char_at(h.end),
        what: h.what,
    }));
}

#[cfg(test)]
fn brackets(t: &[char], _stack: &mut Vec<(u8, usize)>, hits: &mut Vec<Hit<Mark>>) {
    on_chars(t, hits, |text, marks, found| {
        for &(_, at) in &marks.stack {
            found.push(one_char(text, at, Mark::Unclosed));
        }
    });
}

#[cfg(test)]
fn event_dates(t: &[char], hits: &mut Vec<Hit<Mark>>) {
    on_chars(t, hits, |text, _, found| {
        found.clear();
        event_dates_in(text, found);
    });
}

#[cfg(test)]
fn year_ranges(t: &[char], hits: &mut Vec<Hit<Mark>>) {
    on_chars(t, hits, |text, _, found| {
        found.clear();
        year_ranges_in(text, found);
    });
}

#[cfg(test)]
fn commas_between_titles(t: &[char], hits: &mut Vec<Hit<Mark>>) {
    on_chars(t, hits, |text, marks, found| {
        found.clear();
        if marks.comma_after_title {
            commas_in(text, found);
        }
    });
}

#[cfg(test)]
fn heading_full_stop(t: &[char], hits: &mut Vec<Hit<Mark>>) {
    on_chars(t, hits, |text, _, found| {
        found.clear();
        heading_stop_in(text, found);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, f: impl Fn(&[char], &mut Vec<Hit<Mark>>)) -> Vec<String> {
        let t: Vec<char> = text.chars().collect();
        let mut hits = Vec::new();
        f(&t, &mut hits);
        hits.iter()
            .map(|h| t[h.start..h.end].iter().collect())
            .collect()
    }

    fn brackets_of(text: &str) -> Vec<String> {
        run(text, |t, h| brackets(t, &mut Vec::new(), h))
    }

    #[test]
    fn brackets_balance() {
        assert!(brackets_of("《法治政府建设实施纲要（2021－2025年）》").is_empty());
        assert_eq!(brackets_of("《法治政府建设实施纲要(2021-2025年》"), ["("]);
        assert_eq!(brackets_of("组织观看“宪法进万家活动。"), ["“"]);
        assert_eq!(brackets_of("规划）已印发"), ["）"]);
        assert!(brackets_of("1）加强学习；2）强化培训").is_empty());
        assert!(brackets_of("《河北区关于学习宣传贯彻实施<天津市法治宣传教育条例>》").is_empty());
        assert!(brackets_of("沪国动〔2024〕1号").is_empty());
    }

    #[test]
    fn event_dates_need_an_event() {
        let f = |t: &[char], h: &mut Vec<Hit<Mark>>| event_dates(t, h);
        assert_eq!(run("以“5.12”防灾减灾日为契机", f), ["5.12"]);
        assert_eq!(run("在3.15消费者权益日", f), ["3.15"]);
        assert_eq!(run("开展“5．12”宣传", f), ["5．12"]);
        assert!(run("收缴人防易地建设费5.12万元", f).is_empty());
        assert!(run("增长5.12%", f).is_empty());
        assert!(run("1.2万人次参加宣传日活动", f).is_empty());
        assert!(run("以“5·12”防灾减灾日为契机", f).is_empty());
        assert!(run("版本2023.5.12发布日", f).is_empty());
        assert!(run("评分为95.5，居全区第一", f).is_empty());
        assert_eq!(run("在“5。12”全国防灾减灾日期间", f), ["5。12"]);
        assert!(run("全年开展检查5。12月起实行新规定", f).is_empty());
        assert!(run("完成5。12日前报送", f).is_empty());
    }

    #[test]
    fn commas_headings_and_years() {
        let c = |t: &[char], h: &mut Vec<Hit<Mark>>| commas_between_titles(t, h);
        assert_eq!(run("《民法典》、《国防动员法》", c), ["、"]);
        assert!(run("习近平法治思想、《民法典》《国防动员法》", c).is_empty());
        assert!(heading_line("（一）深入学习贯彻习近平法治思想。"));
        assert!(heading_line("三、存在的不足和原因"));
        assert!(!heading_line(
            "（一）加强组织领导。成立以局长为组长的领导小组。"
        ));
        assert!(!heading_line(
            "（二）依法全面履行政府职能，持续优化营商环境。"
        ));
        assert!(!heading_line("1.加强学习。"));
        assert!(!heading_line("一是加强学习。"));
        assert!(!heading_line("一、"));
        let h = |t: &[char], hits: &mut Vec<Hit<Mark>>| heading_full_stop(t, hits);
        assert_eq!(run("（一）加强思想武装。", h), ["。"]);
        assert!(run("1.", h).is_empty());
        assert!(run("（一）加强思想武装", h).is_empty());
        let y = |t: &[char], hits: &mut Vec<Hit<Mark>>| year_ranges(t, hits);
        assert_eq!(run("纲要（20212025年）", y), ["20212025"]);
        assert_eq!(run("规划（20232035）", y), ["20232035"]);
        assert!(run("编号20230415年", y).is_empty());
        assert!(run("共20212025元", y).is_empty());
        assert!(run("纲要（2021-2025年）", y).is_empty());
        assert!(run("规划（2020－2025年）", y).is_empty());
        assert!(run("纲要（2021—2025年）", y).is_empty());
        assert_eq!(run("规划（2021~2025年）", y), ["2021~2025"]);
        assert_eq!(run("规划（2021～2025年）", y), ["2021～2025"]);
        assert_eq!(run("规划（2021–2025年）", y), ["2021–2025"]);
        assert_eq!(run("规划（2021一2025年）", y), ["2021一2025"]);
        assert_eq!(run("规划（2023——2035）", y), ["2023——2035"]);
        assert!(run("共2021~2025元", y).is_empty());
        assert!(run("编号2021~20250年", y).is_empty());
        assert!(run("2025~2021年", y).is_empty());
        assert!(
            run(
                "编号12345678901234567890123456789012345678901234567890年",
                y
            )
            .is_empty()
        );
        let e = |t: &[char], hits: &mut Vec<Hit<Mark>>| event_dates(t, hits);
        assert!(run("99999999999999999999999.99999999999999999999日", e).is_empty());
    }

    #[test]
    fn brackets_nested_past_the_stack_are_each_reported_once() {
        // 70 open 《: the 6 oldest leave the stack of 64 as they are pushed out, the other
        // 64 at the end of the field; every one is reported, none twice.
        let text = "《".repeat(70);
        let hits = brackets_of(&text);
        assert_eq!(hits.len(), 70);
        // Within the stack, matching is as before.
        let text = format!("{}《甲》", "（".repeat(MAX_OPEN - 1));
        assert_eq!(brackets_of(&text).len(), MAX_OPEN - 1);
    }

    #[test]
    fn mark_hits_keep_the_first_of_each_rule_and_count_the_rest() {
        let mut hits = MarkHits::with_cap(3);
        for at in (0..200).rev() {
            hits.push(Hit {
                start: at,
                end: at + 1,
                what: Mark::Unopened,
            });
        }
        hits.push(Hit {
            start: 500,
            end: 501,
            what: Mark::HeadingFullStop,
        });
        let (kept, overflow) = hits.finish();
        let starts: Vec<usize> = kept.iter().map(|h| h.start).collect();
        assert_eq!(starts, [0, 1, 2, 500]);
        assert_eq!(overflow.len(), 1);
        assert_eq!(overflow[0].0.code, UNBALANCED_BRACKETS.code);
        assert_eq!(overflow[0].1, 197);
    }
}
