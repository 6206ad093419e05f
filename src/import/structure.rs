//! The structure of a report's text (结构识别): front matter, parts, subsections, signature.

use std::ops::Range;

use time::{Date, Month};

use super::{Confidence, ImportError, ImportLog, LogKind};
use crate::model::{PartKind, Year};

/// One trimmed line of the text with its character span.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    pub(crate) text: String,
    pub(crate) span: Range<usize>,
}

/// A heading run into its first paragraph on one line (标题与正文连排): "（一）化解行政争议。
/// 全年受理……". The heading is kept without the separator, the text after it is the
/// heading's first paragraph.
#[derive(Clone, Debug)]
pub(crate) struct RunIn {
    /// The separator taken out of the heading (。 or ：), with its span.
    pub(crate) separator: Line,
    /// The whole line as printed, for a heading that ends up as a paragraph after all.
    pub(crate) line: Line,
}

#[derive(Debug)]
pub(crate) struct SectionDoc {
    pub(crate) heading: Line,
    /// Set when the heading was run in: then `paragraphs[0]` is the text after it.
    pub(crate) run_in: Option<RunIn>,
    pub(crate) paragraphs: Vec<Line>,
    /// The items of the next heading level: 1. items of a （一） subsection, （1） items of a
    /// 1. item.
    pub(crate) items: Vec<SectionDoc>,
    /// The level its marker is of: 2 for （一）, 3 for 1., 4 for （1）.
    pub(crate) level: u8,
}

impl SectionDoc {
    pub(crate) fn new(heading: Line, run_in: Option<RunIn>, paragraphs: Vec<Line>) -> SectionDoc {
        SectionDoc {
            heading,
            run_in,
            paragraphs,
            items: Vec::new(),
            level: 2,
        }
    }

    fn at(mut self, level: u8) -> SectionDoc {
        self.level = level;
        self
    }

    /// Its lines as printed, in order, items included: the heading (the whole line of a
    /// run-in heading) and the paragraphs.
    pub(crate) fn lines(&self) -> Vec<&Line> {
        let mut out = Vec::new();
        self.lines_into(&mut out);
        out
    }

    fn lines_into<'a>(&'a self, out: &mut Vec<&'a Line>) {
        match &self.run_in {
            Some(r) => {
                out.push(&r.line);
                out.extend(self.paragraphs.iter().skip(1));
            }
            None => {
                out.push(&self.heading);
                out.extend(self.paragraphs.iter());
            }
        }
        for item in &self.items {
            item.lines_into(out);
        }
    }
}

#[derive(Debug)]
pub(crate) struct PartDoc {
    pub(crate) heading: Line,
    pub(crate) kind: Option<(PartKind, Confidence)>,
    /// Set when the heading was run in: then `paragraphs[0]` is the text after it.
    pub(crate) run_in: Option<RunIn>,
    pub(crate) paragraphs: Vec<Line>,
    pub(crate) sections: Vec<SectionDoc>,
}

#[derive(Debug)]
pub(crate) struct Doc {
    pub(crate) title: Option<Line>,
    pub(crate) document_number: Option<Line>,
    pub(crate) signatory: Option<String>,
    pub(crate) addressees: Option<Line>,
    pub(crate) preamble: Vec<Line>,
    pub(crate) parts: Vec<PartDoc>,
    /// Paragraphs of a text without any part heading.
    pub(crate) loose: Vec<Line>,
    /// Paragraphs before the first part heading, when there are more of them than a
    /// preamble holds: the body of a first part printed without its heading.
    pub(crate) untitled: Vec<Line>,
    pub(crate) signature_org: Option<Line>,
    pub(crate) signature_date: Option<(Line, Date)>,
    pub(crate) year: Year,
    pub(crate) organization: String,
}

const CJK_NUM: &[char] = &['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

fn is_trim(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// The text's lines, trimmed, with their character spans; empty lines dropped.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    // Character offset of the current line's start.
    let mut start = 0usize;
    let mut push = |line: &str, start: usize| {
        let trimmed_start = line.trim_start_matches(is_trim);
        if trimmed_start.is_empty() {
            return;
        }
        let lead = line[..line.len() - trimmed_start.len()].chars().count();
        let t = trimmed_start.trim_end_matches(is_trim);
        let len = t.chars().count();
        out.push(Line {
            text: t.to_owned(),
            span: start + lead..start + lead + len,
        });
    };
    let mut from = 0usize;
    let mut chars_in_line = 0usize;
    for (i, c) in text.char_indices() {
        if c == '\n' || c == '\u{2028}' || c == '\u{2029}' {
            push(&text[from..i], start);
            start += chars_in_line + 1;
            chars_in_line = 0;
            from = i + c.len_utf8();
        } else {
            chars_in_line += 1;
        }
    }
    push(&text[from..], start);
    out
}

/// The length in characters of a part marker (一、 十二、) at the start, if any.
fn part_marker(s: &str) -> Option<usize> {
    let n = s.chars().take_while(|c| CJK_NUM.contains(c)).count();
    if (1..=3).contains(&n) && matches!(s.chars().nth(n), Some('、' | '．')) {
        Some(n + 1)
    } else {
        None
    }
}

/// The length in characters of a subsection marker (（一） (二)) at the start, if any.
pub(crate) fn section_marker(s: &str) -> Option<usize> {
    let mut it = s.chars();
    if !matches!(it.next(), Some('（' | '(')) {
        return None;
    }
    let n = it.clone().take_while(|c| CJK_NUM.contains(c)).count();
    if (1..=3).contains(&n) && matches!(it.nth(n), Some('）' | ')')) {
        Some(n + 2)
    } else {
        None
    }
}

/// Classifies a part heading into one of the five mandated kinds (标题归类), by the
/// keywords of domain brief §1.4: 第一责任人 → 三; 其他 → 五; 不足/问题/短板 → 二;
/// 安排/下一步/打算/计划/思路 → 四; 举措/成效/亮点/工作情况 → 一.
///
/// ```
/// use fazhi_report::import::classify_heading;
/// use fazhi_report::PartKind;
/// assert_eq!(classify_heading("三、下一步工作打算").map(|k| k.0), Some(PartKind::Plans));
/// assert_eq!(classify_heading("一、工作开展情况").map(|k| k.0), Some(PartKind::Measures));
/// assert_eq!(classify_heading("五、附件"), None);
/// ```
#[must_use]
pub fn classify_heading(heading: &str) -> Option<(PartKind, Confidence)> {
    let h = heading;
    let any = |words: &[&str]| words.iter().any(|w| h.contains(w));
    if any(&[
        "第一责任人",
        "主要负责人履行",
        "主要负责人履职",
        "履行推进法治建设",
    ]) {
        return Some((PartKind::Responsibility, Confidence::High));
    }
    if any(&["其他需要报告", "其他情况", "其他事项"]) {
        return Some((PartKind::Other, Confidence::High));
    }
    if any(&["不足", "存在的问题", "存在问题", "短板", "差距"]) {
        return Some((PartKind::Shortcomings, Confidence::High));
    }
    if any(&["安排", "下一步", "打算", "计划", "思路", "展望"]) {
        let c = if any(&["主要安排", "工作安排", "下一步"]) {
            Confidence::High
        } else {
            Confidence::Medium
        };
        return Some((PartKind::Plans, c));
    }
    if any(&["举措", "成效"]) {
        return Some((PartKind::Measures, Confidence::High));
    }
    if any(&[
        "亮点",
        "工作情况",
        "开展情况",
        "进展情况",
        "主要工作",
        "主要做法",
        "工作成效",
    ]) {
        return Some((PartKind::Measures, Confidence::Medium));
    }
    if any(&["问题"]) {
        return Some((PartKind::Shortcomings, Confidence::Medium));
    }
    None
}

/// The marks that end a run-in heading (标题与正文连排的分隔符): 。 always; ： (and `:`)
/// when the text after it ends as a sentence does, so that a heading such as
/// "（三）专项行动：护航2024" stays whole.
fn is_run_in_separator(c: char) -> bool {
    matches!(c, '。' | '：' | ':')
}

fn ends_as_sentence(s: &str) -> bool {
    s.trim_end_matches(is_trim)
        .ends_with(['。', '！', '？', '；', '…', '!', '?', ';'])
}

/// Splits a run-in heading line "（一）化解行政争议。全年受理……" (the marker `marker`
/// characters long) into the heading without its separator, the separator and the text
/// after it. `None` when the line is not run in: no separator outside brackets and quotes
/// after a non-empty heading, or nothing after the separator.
fn split_run_in(line: &Line, marker: usize) -> Option<(Line, RunIn, Line)> {
    let chars: Vec<char> = line.text.chars().collect();
    let mut depth = 0usize;
    let mut at = None;
    // The first separator inside brackets, for a line whose brackets never close
    // ("（一）开展“法治进万家活动。全年……").
    let mut inside = None;
    for (i, &c) in chars.iter().enumerate().skip(marker) {
        match c {
            '（' | '(' | '《' | '“' | '‘' | '〔' | '[' | '【' | '「' => depth += 1,
            '）' | ')' | '》' | '”' | '’' | '〕' | ']' | '】' | '」' => {
                depth = depth.saturating_sub(1);
            }
            c if is_run_in_separator(c) && depth == 0 => {
                at = Some(i);
                break;
            }
            c if is_run_in_separator(c) && inside.is_none() => inside = Some(i),
            _ => {}
        }
    }
    let p = at.or(inside.filter(|_| depth > 0))?;
    let head_len = chars[..p]
        .iter()
        .rposition(|c| !is_trim(*c))
        .map_or(0, |i| i + 1);
    if head_len <= marker {
        return None;
    }
    let lead = chars[p + 1..].iter().take_while(|c| is_trim(**c)).count();
    let rest: String = chars[p + 1 + lead..].iter().collect();
    if rest.is_empty() || (chars[p] != '。' && !ends_as_sentence(&rest)) {
        return None;
    }
    let start = line.span.start;
    let head = Line {
        text: chars[..head_len].iter().collect(),
        span: start..start + head_len,
    };
    let separator = Line {
        text: chars[p].to_string(),
        span: start + p..start + p + 1,
    };
    let rest = Line {
        text: rest,
        span: start + p + 1 + lead..line.span.end,
    };
    Some((
        head,
        RunIn {
            separator,
            line: line.clone(),
        },
        rest,
    ))
}

/// A heading line cut into its heading and, when run in, its separator and first
/// paragraph; a line that is not run in is the heading whole (a stray 。 at its end stays,
/// for `text.heading_full_stop` to report).
type Heading = (Line, Option<RunIn>, Option<Line>);

fn heading_of(line: &Line, marker: usize) -> Heading {
    match split_run_in(line, marker) {
        Some((head, run_in, rest)) => (head, Some(run_in), Some(rest)),
        None => (line.clone(), None, None),
    }
}

/// Longest part or subsection heading, in characters.
const MAX_HEADING: usize = 200;

/// A part heading line (一、…): at most [`MAX_HEADING`] characters, or run in with a
/// heading of a part's kind before the separator.
fn part_heading(l: &Line) -> Option<Heading> {
    let m = part_marker(&l.text)?;
    if l.text.chars().count() <= MAX_HEADING {
        return Some(heading_of(l, m));
    }
    let (head, run_in, rest) = split_run_in(l, m)?;
    (head.text.chars().count() <= 100 && classify_heading(&head.text).is_some()).then_some((
        head,
        Some(run_in),
        Some(rest),
    ))
}

/// The level (3 for 1., 4 for （1）) and length in characters of the marker of a third- or
/// fourth-level heading at the start of `s`: one or two digits followed by `.` `．` or `、`
/// (not by another digit: 1.5万元, 1、2月份 are no headings), or in brackets.
fn item_marker(s: &str) -> Option<(u8, usize)> {
    let chars: Vec<char> = s.chars().take(5).collect();
    let open = matches!(chars.first(), Some('（' | '('));
    let from = usize::from(open);
    let n = chars[from..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&n) || chars.get(from) == Some(&'0') {
        return None;
    }
    let mark = chars.get(from + n)?;
    let level = match (open, mark) {
        (true, '）' | ')') => 4,
        (false, '.' | '．' | '、') => 3,
        _ => return None,
    };
    let next = chars.get(from + n + 1);
    if next.is_none_or(|c| c.is_ascii_digit() || *c == '.' || *c == '．') {
        return None;
    }
    Some((level, from + n + 1))
}

/// Longest third- or fourth-level heading, in characters (without the text run in after it).
const MAX_ITEM_HEADING: usize = 60;

/// A third- or fourth-level heading line: its level and the heading. A numbered sentence
/// ("1.开展执法培训5次；") stays a paragraph: the heading (before the separator of a run-in
/// heading, else the whole line) must not end as a sentence, be at most
/// [`MAX_ITEM_HEADING`] characters and state no figure.
fn item_heading(l: &Line, year: Option<Year>) -> Option<(u8, Heading)> {
    let (level, m) = item_marker(&l.text)?;
    let (head, run_in, rest) = heading_of(l, m);
    let title: String = head.text.chars().skip(m).collect();
    if head.text.chars().count() > MAX_ITEM_HEADING
        || title.trim().is_empty()
        || title.ends_with([
            '。', '；', '，', '、', '！', '？', ';', ',', '!', '?', '：', ':',
        ])
    {
        return None;
    }
    let states_figure = super::facts::extract(&title, year)
        .facts
        .iter()
        .any(|f| !matches!(f.kind, super::facts::FactKind::Date { .. }));
    (!states_figure).then_some((level, (head, run_in, rest)))
}

fn cjk_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | 'О' | 'O' | '○' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return c.to_digit(10),
    })
}

/// 十五 → 15, 二十 → 20, 三十一 → 31, 15 → 15.
fn small_number(s: &str) -> Option<u32> {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse().ok();
    }
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [a] => cjk_digit(*a),
        ['十', b] => Some(10 + cjk_digit(*b)?),
        [a, '十'] => Some(cjk_digit(*a)? * 10),
        [a, '十', b] => Some(cjk_digit(*a)? * 10 + cjk_digit(*b)?),
        _ => None,
    }
}

/// A line that is only a full date: 2024年1月15日 or 二〇二四年一月十五日.
pub(crate) fn full_date(s: &str) -> Option<Date> {
    let (y, rest) = s.split_once('年')?;
    let (m, rest) = rest.split_once('月')?;
    let d = rest.strip_suffix('日')?;
    let y: String = y
        .chars()
        .map(|c| cjk_digit(c).and_then(|d| char::from_digit(d, 10)))
        .collect::<Option<String>>()?;
    let y: i32 = y.parse().ok()?;
    let m = u8::try_from(small_number(m)?).ok()?;
    let d = u8::try_from(small_number(d)?).ok()?;
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

/// The first year (2000–2100) printed as 20xx年 in `s`.
fn year_in(s: &str) -> Option<Year> {
    let chars: Vec<char> = s.chars().collect();
    for i in 0..chars.len().saturating_sub(4) {
        if chars[i..i + 4].iter().all(char::is_ascii_digit)
            && chars.get(i + 4) == Some(&'年')
            && (i == 0 || !chars[i - 1].is_ascii_digit())
        {
            let y: String = chars[i..i + 4].iter().collect();
            if let Some(y) = y.parse::<u16>().ok().and_then(Year::new) {
                return Some(y);
            }
        }
    }
    None
}

fn is_document_number(s: &str) -> bool {
    s.chars().count() <= 40
        && (s.contains('〔') || s.contains('[') || s.contains('［'))
        && s.contains('号')
}

fn is_addressee(s: &str) -> bool {
    let n = s.chars().count();
    n <= 60
        && (s.ends_with('：') || s.ends_with(':'))
        && !["如下", "按照", "根据", "现将", "报告"]
            .iter()
            .any(|w| s.contains(w))
}

/// Reads the structure of the text.
pub(crate) fn read(text: &str, log: &mut ImportLog) -> Result<Doc, ImportError> {
    let mut lines = lines(text);
    if lines.is_empty() {
        return Err(ImportError::Empty);
    }
    // The signature block: a date line at the end, and a short line before it.
    let mut signature_date = None;
    let mut signature_org = None;
    if let Some(last) = lines.last()
        && let Some(d) = full_date(&last.text)
        && lines.len() > 1
    {
        let line = lines.pop().unwrap_or_else(last_line_placeholder);
        signature_date = Some((line, d));
        if let Some(prev) = lines.last()
            && prev.text.chars().count() <= 30
            && !prev.text.contains(['。', '，', '；', '：'])
            && part_marker(&prev.text).is_none()
            && section_marker(&prev.text).is_none()
            && lines.len() > 1
        {
            signature_org = lines.pop();
        }
    }
    let first_heading = lines.iter().position(|l| part_heading(l).is_some());
    // Without part headings only a title line is front matter; the rest is body.
    let front_end = first_heading.unwrap_or_else(|| {
        usize::from(
            lines
                .first()
                .is_some_and(|l| l.text.chars().count() <= 100 && !l.text.contains('。')),
        )
    });
    let mut doc_number = None;
    let mut signatory = None;
    let mut title: Option<Line> = None;
    let mut addressees = None;
    let mut preamble = Vec::new();
    let mut i = 0;
    while i < front_end {
        let l = &lines[i];
        if title.is_none() && doc_number.is_none() && is_document_number(&l.text) {
            // 沪国动〔2024〕1号 签发人：张三
            let mut number = l.clone();
            if let Some(p) = l.text.find("签发人") {
                let head = l.text[..p].trim_end();
                signatory = Some(
                    l.text[p..]
                        .trim_start_matches("签发人")
                        .trim_start_matches(['：', ':'])
                        .trim()
                        .to_owned(),
                );
                number = Line {
                    span: l.span.start..l.span.start + head.chars().count(),
                    text: head.to_owned(),
                };
            }
            doc_number = Some(number);
        } else if title.is_none() && l.text.starts_with("签发人") {
            signatory = Some(
                l.text
                    .trim_start_matches("签发人")
                    .trim_start_matches(['：', ':'])
                    .trim()
                    .to_owned(),
            );
        } else if title.is_none() && l.text.chars().count() <= 100 && !l.text.contains('。') {
            let mut t = l.clone();
            // A title printed on two lines.
            if !t.text.contains("报告")
                && !t.text.contains("汇报")
                && let Some(next) = lines.get(i + 1)
                && i + 1 < front_end
                && next.text.chars().count() <= 60
                && (next.text.contains("报告") || next.text.contains("汇报"))
                && !next.text.contains('。')
            {
                t = Line {
                    text: format!("{}{}", t.text, next.text),
                    span: t.span.start..next.span.end,
                };
                i += 1;
            }
            title = Some(t);
        } else if addressees.is_none() && preamble.is_empty() && is_addressee(&l.text) {
            addressees = Some(l.clone());
        } else {
            preamble.push(l.clone());
        }
        i += 1;
    }
    // More paragraphs before the first part heading than the schema lets a preamble hold
    // (导语): that is body text whose part heading is missing, not a preamble.
    let mut untitled = Vec::new();
    if first_heading.is_some()
        && preamble.len() > crate::parse::max_items("Meta", "preamble").unwrap_or(usize::MAX)
    {
        log.push(
            LogKind::Note,
            Confidence::Medium,
            format!(
                "{} paragraphs before the first part heading, more than a preamble holds: they are kept as an untitled subsection of part 一 (标题前段落过多，归入第一部分)",
                preamble.len()
            ),
            None,
            preamble.first().map(|f| f.span.start..preamble.last().map_or(f.span.end, |l| l.span.end)),
            None,
        );
        untitled = std::mem::take(&mut preamble);
    }
    // Parts, subsections and their items. The year for reading figures in item headings:
    // the title's, if it has one (the report year is settled below).
    let heading_year = title.as_ref().and_then(|t| year_in(&t.text));
    let mut parts: Vec<PartDoc> = Vec::new();
    let mut loose = Vec::new();
    for l in lines.drain(front_end..) {
        if let Some((heading, run_in, rest)) = part_heading(&l) {
            let kind = classify_heading(&heading.text);
            parts.push(PartDoc {
                heading,
                kind,
                run_in,
                paragraphs: rest.into_iter().collect(),
                sections: Vec::new(),
            });
            continue;
        }
        let Some(part) = parts.last_mut() else {
            loose.push(l);
            continue;
        };
        if let Some((heading, run_in, rest)) = section_marker(&l.text)
            .map(|m| heading_of(&l, m))
            .filter(|h| h.0.text.chars().count() <= MAX_HEADING)
        {
            part.sections
                .push(SectionDoc::new(heading, run_in, rest.into_iter().collect()));
            continue;
        }
        // Items of the third and fourth levels, inside a subsection; the shortcomings have
        // no place for them (their lines stay paragraphs of the shortcoming).
        let shortcomings = part.kind.is_some_and(|k| k.0 == PartKind::Shortcomings);
        if !shortcomings
            && let Some(section) = part.sections.last_mut()
            && let Some((level, (heading, run_in, rest))) = item_heading(&l, heading_year)
        {
            let item = SectionDoc::new(heading, run_in, rest.into_iter().collect());
            // A （1） item goes into the open 1. item; without one it is an item of the
            // subsection itself.
            match section.items.last_mut() {
                Some(open) if level == 4 && open.level == 3 => open.items.push(item.at(4)),
                _ => section.items.push(item.at(level)),
            }
            continue;
        }
        push_paragraph(part, l);
    }
    // The year: the title's, else the first part heading's, else the most frequent.
    let title_year = title.as_ref().and_then(|t| year_in(&t.text));
    let year = match title_year {
        Some(y) => {
            log.push(
                LogKind::Recognised,
                Confidence::High,
                "report year from the title (报告年度)",
                Some(y.get().to_string()),
                None,
                Some("/meta/year".into()),
            );
            y
        }
        None => {
            let from_heading = parts
                .iter()
                .find(|p| p.kind.is_some_and(|k| k.0 == PartKind::Measures))
                .and_then(|p| year_in(&p.heading.text));
            let y = from_heading
                .or_else(|| most_frequent_year(text))
                .ok_or(ImportError::NoYear)?;
            log.push(
                LogKind::Guessed,
                Confidence::Medium,
                "report year not in the title; taken from the text (报告年度为推测)",
                Some(y.get().to_string()),
                None,
                Some("/meta/year".into()),
            );
            y
        }
    };
    // The organisation as printed: the title's text before the year or 关于.
    let mut organization = String::new();
    if let Some(t) = &title {
        let cut = [
            t.text.find("关于"),
            t.text.find(|c: char| c.is_ascii_digit()),
        ]
        .into_iter()
        .flatten()
        .min();
        if let Some(cut) = cut {
            organization = t.text[..cut].trim().to_owned();
        }
    }
    if organization.is_empty() || organization.chars().count() > 100 {
        organization = match &signature_org {
            Some(o) => {
                log.push(
                    LogKind::Guessed,
                    Confidence::Medium,
                    "organisation taken from the signature (报告单位取自落款)",
                    Some(o.text.clone()),
                    Some(o.span.clone()),
                    Some("/meta/organization/name".into()),
                );
                o.text.clone()
            }
            None => {
                log.push(
                    LogKind::Guessed,
                    Confidence::Low,
                    "organisation not found; a placeholder is used (报告单位未识别)",
                    None,
                    None,
                    Some("/meta/organization/name".into()),
                );
                "（未识别单位）".to_owned()
            }
        };
    } else {
        log.push(
            LogKind::Recognised,
            Confidence::High,
            "organisation as printed in the title (报告单位)",
            Some(organization.clone()),
            title
                .as_ref()
                .map(|t| t.span.start..t.span.start + organization.chars().count()),
            Some("/meta/organization/name".into()),
        );
    }
    if parts.is_empty() {
        log.push(LogKind::Note, Confidence::High, "no part headings (一、…) found: the whole text is kept in part 一 (未识别到各部分标题，全文归入第一部分)", None, None, None);
    }
    Ok(Doc {
        title,
        document_number: doc_number,
        signatory,
        addressees,
        preamble,
        parts,
        loose,
        untitled,
        signature_org,
        signature_date,
        year,
        organization,
    })
}

fn last_line_placeholder() -> Line {
    Line {
        text: String::new(),
        span: 0..0,
    }
}

/// A paragraph of the deepest heading open: the last item of the last subsection, else
/// the subsection, else the part.
fn push_paragraph(part: &mut PartDoc, l: Line) {
    let Some(section) = part.sections.last_mut() else {
        part.paragraphs.push(l);
        return;
    };
    let mut at = section;
    while let Some(item) = at.items.last_mut() {
        at = item;
    }
    at.paragraphs.push(l);
}

fn most_frequent_year(text: &str) -> Option<Year> {
    let chars: Vec<char> = text.chars().collect();
    let mut counts = std::collections::BTreeMap::<u16, usize>::new();
    let mut i = 0;
    while i + 4 < chars.len() {
        if chars[i..i + 4].iter().all(char::is_ascii_digit)
            && chars[i + 4] == '年'
            && (i == 0 || !chars[i - 1].is_ascii_digit())
        {
            let y: String = chars[i..i + 4].iter().collect();
            if let Some(y) = y.parse::<u16>().ok().filter(|y| Year::new(*y).is_some()) {
                *counts.entry(y).or_default() += 1;
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(y, n)| (*n, *y))
        .and_then(|(y, _)| Year::new(y))
}

/// The year printed in a heading (20xx年), if any.
pub(crate) fn heading_year(s: &str) -> Option<Year> {
    year_in(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Line {
        Line {
            text: text.to_owned(),
            span: 10..10 + text.chars().count(),
        }
    }

    /// (heading, separator, first paragraph) of a run-in heading line.
    fn run_in(text: &str) -> Option<(String, String, String)> {
        let marker = section_marker(text)
            .or_else(|| part_marker(text))
            .or_else(|| item_marker(text).map(|m| m.1))?;
        split_run_in(&line(text), marker).map(|(h, r, rest)| {
            assert_eq!(h.span.end, r.separator.span.start);
            assert!(r.separator.span.end <= rest.span.start);
            assert_eq!(rest.span.end, 10 + text.chars().count());
            (h.text, r.separator.text, rest.text)
        })
    }

    fn owned(h: &str, s: &str, r: &str) -> Option<(String, String, String)> {
        Some((h.to_owned(), s.to_owned(), r.to_owned()))
    }

    #[test]
    fn run_in_headings_split_at_their_separator() {
        assert_eq!(
            run_in("（一）化解行政争议。全年受理案件120件。"),
            owned("（一）化解行政争议", "。", "全年受理案件120件。")
        );
        assert_eq!(
            run_in("1.深化府院联动：召开联席会议3次。"),
            owned("1.深化府院联动", "：", "召开联席会议3次。")
        );
        assert_eq!(
            run_in("一、主要举措和成效。 2024年，我局……"),
            owned("一、主要举措和成效", "。", "2024年，我局……")
        );
        // The separator inside quotes or titles is not the heading's end.
        assert_eq!(
            run_in("（二）学习《关于“八五”普法。的决议》。组织学习3次。"),
            owned(
                "（二）学习《关于“八五”普法。的决议》",
                "。",
                "组织学习3次。"
            )
        );
        // Brackets that never close: the first separator after all.
        assert_eq!(
            run_in("（三）开展“法治进万家活动。全年开展12场。"),
            owned("（三）开展“法治进万家活动", "。", "全年开展12场。")
        );
        // Not run in: a stray 。 at the end, a colon before no sentence, nothing before.
        assert_eq!(run_in("（一）加强思想武装。"), None);
        assert_eq!(run_in("（三）专项行动：护航2024"), None);
        assert_eq!(run_in("（一）。全年受理"), None);
    }

    #[test]
    fn item_markers_are_no_numbers() {
        assert_eq!(item_marker("1.加强学习"), Some((3, 2)));
        assert_eq!(item_marker("12、强化监督"), Some((3, 3)));
        assert_eq!(item_marker("3．规范程序"), Some((3, 2)));
        assert_eq!(item_marker("（1）受理情况"), Some((4, 3)));
        assert_eq!(item_marker("(2)审结情况"), Some((4, 3)));
        for no in [
            "1.5万元专项经费",
            "1、2月份集中评查",
            "2024年共办理",
            "2024.1.15",
            "123.加强",
            "0.加强",
            "1.",
            "（2023年为100件）",
            "1）加强学习",
        ] {
            assert_eq!(item_marker(no), None, "{no}");
        }
    }

    #[test]
    fn item_headings_are_short_and_state_no_figure() {
        let h = |t: &str| item_heading(&line(t), None).map(|(level, h)| (level, h.0.text));
        assert_eq!(h("1.加强案件审理"), Some((3, "1.加强案件审理".to_owned())));
        assert_eq!(
            h("（1）规范听证程序：制定听证规则2项。"),
            Some((4, "（1）规范听证程序".to_owned()))
        );
        assert_eq!(h("1.开展执法培训5次；"), None);
        assert_eq!(h("2.组织案卷评查2次。"), None);
        assert_eq!(h("1.全年受理复议案件120件。其中维持100件。"), None);
        assert_eq!(h("1.强化组织领导。"), None);
        let long = format!("1.{}", "加强".repeat(40));
        assert_eq!(h(&long), None);
    }
}
