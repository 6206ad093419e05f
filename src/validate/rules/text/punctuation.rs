//! Punctuation and layout checks over one field (标点符号与版式, GB/T 15834-2011).
//!
//! Each check is one pass over the field's characters.

use super::dictionary::is_hanzi;

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
    /// Two years run together: "20212025".
    YearRange { from: u16, to: u16 },
}

/// A suspect span of a field, in chars.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Hit {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) mark: Mark,
}

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

/// Whether the closing round bracket at `i` ends an enumeration marker such as "1）" or
/// "a)" at the start of the field or of a clause.
fn list_marker(t: &[char], i: usize) -> bool {
    let mut k = i;
    while k > 0
        && i - k < 2
        && (t[k - 1].is_ascii_alphanumeric() || "一二三四五六七八九十".contains(t[k - 1]))
    {
        k -= 1;
    }
    k < i && (k == 0 || "；。：，、;:, \t".contains(t[k - 1]))
}

/// Unbalanced brackets, quotation marks and 书名号 within the field.
pub(super) fn brackets(t: &[char], stack: &mut Vec<(u8, usize)>, hits: &mut Vec<Hit>) {
    stack.clear();
    for (i, &c) in t.iter().enumerate() {
        if is_hanzi(c) {
            continue;
        }
        if let Some(kind) = opening(c) {
            stack.push((kind, i));
        } else if let Some(kind) = closing(c) {
            // An apostrophe inside a Latin word is not a quotation mark.
            if c == '’'
                && i > 0
                && t[i - 1].is_ascii_alphabetic()
                && t.get(i + 1).is_some_and(char::is_ascii_alphabetic)
            {
                continue;
            }
            match stack.iter().rposition(|&(k, _)| k == kind) {
                Some(depth) => {
                    for &(_, at) in &stack[depth + 1..] {
                        hits.push(Hit {
                            start: at,
                            end: at + 1,
                            mark: Mark::Unclosed,
                        });
                    }
                    stack.truncate(depth);
                }
                None if kind == 0 && list_marker(t, i) => {}
                None => hits.push(Hit {
                    start: i,
                    end: i + 1,
                    mark: Mark::Unopened,
                }),
            }
        }
    }
    for &(_, at) in stack.iter() {
        hits.push(Hit {
            start: at,
            end: at + 1,
            mark: Mark::Unclosed,
        });
    }
}

/// Characters that, right after a decimal number, show it is a quantity, not a date
/// (5.12万元, 1.2万人次, 3.5小时).
const QUANTITY_FOLLOWERS: &str = "万亿千百十个倍元人次件项名场期份册条篇课平米天日月年时分秒小公吨亩户家处余多左以至到和与及或起号批栋层所座辆台套";

/// Dots that stand wrongly between a month and a day; the 间隔号 is U+00B7 "·".
const WRONG_DOTS: &[char] = &['.', '．', '•', '・', '･'];

fn digits_at(t: &[char], at: usize, max: usize) -> (u32, usize) {
    let mut value: u32 = 0;
    let mut len = 0;
    while len < max {
        match t.get(at + len).and_then(|c| c.to_digit(10)) {
            Some(d) => {
                value = value.saturating_mul(10).saturating_add(d);
                len += 1;
            }
            None => break,
        }
    }
    (value, len)
}

/// "5.12" as the date of an event: quoted alone (“5.12”), or followed by an event name
/// (5.12防灾减灾日, 3.15消费者权益日).
pub(super) fn event_dates(t: &[char], hits: &mut Vec<Hit>) {
    let mut i = 0;
    while i < t.len() {
        let starts_number = t[i].is_ascii_digit()
            && (i == 0 || !(t[i - 1].is_ascii_digit() || WRONG_DOTS.contains(&t[i - 1])));
        if !starts_number {
            i += 1;
            continue;
        }
        let (month, m_len) = digits_at(t, i, 3);
        let dot = i + m_len;
        let (day, d_len) = digits_at(t, dot + 1, 3);
        let end = dot + 1 + d_len;
        let well_formed = m_len <= 2
            && (1..=2).contains(&d_len)
            && t.get(dot).is_some_and(|c| WRONG_DOTS.contains(c))
            && (1..=12).contains(&month)
            && (1..=31).contains(&day)
            && !t.get(end).is_some_and(|c| {
                c.is_ascii_digit() || WRONG_DOTS.contains(c) || "%％".contains(*c)
            });
        if well_formed && (quoted_alone(t, i, end) || before_event_name(t, end)) {
            hits.push(Hit {
                start: i,
                end,
                mark: Mark::EventDate {
                    month: month as u8,
                    day: day as u8,
                },
            });
        }
        i += m_len.max(1);
    }
}

fn quoted_alone(t: &[char], start: usize, end: usize) -> bool {
    start > 0
        && matches!(
            (t[start - 1], t.get(end)),
            ('“', Some('”')) | ('"', Some('"')) | ('‘', Some('’')) | ('「', Some('」'))
        )
}

/// The 汉字 after `end` (past a closing quotation mark) name an event: they contain 日, 节
/// or 周 after at least two characters, and do not start like a quantity.
fn before_event_name(t: &[char], end: usize) -> bool {
    let mut k = end;
    if t.get(k).is_some_and(|c| "”\"’」".contains(*c)) {
        k += 1;
    }
    let run = t[k.min(t.len())..]
        .iter()
        .take(12)
        .take_while(|c| is_hanzi(**c));
    let mut first = true;
    for (n, c) in run.enumerate() {
        if first {
            if QUANTITY_FOLLOWERS.contains(*c) {
                return false;
            }
            first = false;
        }
        if n >= 2 && "日节周".contains(*c) {
            return true;
        }
    }
    false
}

/// 顿号 between consecutive 书名号 items: 《…》、《…》.
pub(super) fn commas_between_titles(t: &[char], hits: &mut Vec<Hit>) {
    for i in 1..t.len().saturating_sub(1) {
        if t[i] == '、' && t[i - 1] == '》' && t[i + 1] == '《' {
            hits.push(Hit {
                start: i,
                end: i + 1,
                mark: Mark::CommaBetweenTitles,
            });
        }
    }
}

/// A heading that ends with a full stop (not the point of a "1." number).
pub(super) fn heading_full_stop(t: &[char], hits: &mut Vec<Hit>) {
    let Some(last) = t.iter().rposition(|c| !c.is_whitespace()) else {
        return;
    };
    let stop = match t[last] {
        '。' | '．' => true,
        '.' => last > 0 && !t[last - 1].is_ascii_digit() && t[last - 1] != '.',
        _ => false,
    };
    if stop {
        hits.push(Hit {
            start: last,
            end: last + 1,
            mark: Mark::HeadingFullStop,
        });
    }
}

/// Two years run together, "20212025", where a range is meant: followed by 年, or alone in
/// brackets.
pub(super) fn year_ranges(t: &[char], hits: &mut Vec<Hit>) {
    let mut i = 0;
    while i < t.len() {
        if !t[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let (_, len) = digits_at(t, i, usize::MAX);
        let end = i + len;
        if len == 8 {
            let (from, _) = digits_at(t, i, 4);
            let (to, _) = digits_at(t, i + 4, 4);
            let years = (1949..=2100).contains(&from) && from < to && to - from <= 50;
            let before = i.checked_sub(1).map(|k| t[k]);
            let after = t.get(end).copied();
            let context = after == Some('年')
                || (matches!(before, Some('(' | '（')) && matches!(after, Some(')' | '）')));
            if years && context {
                hits.push(Hit {
                    start: i,
                    end,
                    mark: Mark::YearRange {
                        from: from as u16,
                        to: to as u16,
                    },
                });
            }
        }
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, f: impl Fn(&[char], &mut Vec<Hit>)) -> Vec<String> {
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
        let f = |t: &[char], h: &mut Vec<Hit>| event_dates(t, h);
        assert_eq!(run("以“5.12”防灾减灾日为契机", f), ["5.12"]);
        assert_eq!(run("在3.15消费者权益日", f), ["3.15"]);
        assert_eq!(run("开展“5．12”宣传", f), ["5．12"]);
        assert!(run("收缴人防易地建设费5.12万元", f).is_empty());
        assert!(run("增长5.12%", f).is_empty());
        assert!(run("1.2万人次参加宣传日活动", f).is_empty());
        assert!(run("以“5·12”防灾减灾日为契机", f).is_empty());
        assert!(run("版本2023.5.12发布日", f).is_empty());
        assert!(run("评分为95.5，居全区第一", f).is_empty());
    }

    #[test]
    fn commas_headings_and_years() {
        let c = |t: &[char], h: &mut Vec<Hit>| commas_between_titles(t, h);
        assert_eq!(run("《民法典》、《国防动员法》", c), ["、"]);
        assert!(run("习近平法治思想、《民法典》《国防动员法》", c).is_empty());
        let h = |t: &[char], hits: &mut Vec<Hit>| heading_full_stop(t, hits);
        assert_eq!(run("（一）加强思想武装。", h), ["。"]);
        assert!(run("1.", h).is_empty());
        assert!(run("（一）加强思想武装", h).is_empty());
        let y = |t: &[char], hits: &mut Vec<Hit>| year_ranges(t, hits);
        assert_eq!(run("纲要（20212025年）", y), ["20212025"]);
        assert_eq!(run("规划（20232035）", y), ["20232035"]);
        assert!(run("编号20230415年", y).is_empty());
        assert!(run("共20212025元", y).is_empty());
        assert!(run("纲要（2021-2025年）", y).is_empty());
        assert!(
            run(
                "编号12345678901234567890123456789012345678901234567890年",
                y
            )
            .is_empty()
        );
        let e = |t: &[char], hits: &mut Vec<Hit>| event_dates(t, hits);
        assert!(run("99999999999999999999999.99999999999999999999日", e).is_empty());
    }
}
