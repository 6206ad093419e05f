//! Fact extraction (事实抽取): the figures, dates, meetings and lists a paragraph states,
//! each with the exact span of text it came from.
//!
//! This layer knows nothing of the report's structure: it reads one text and returns what
//! it found, so that any mapping (today's typed blocks and indicators, or a later model
//! with breakdowns and comparisons) can start from the same facts.
//!
//! ```
//! use fazhi_report::import::facts::{extract, FactKind};
//! use fazhi_report::{Qualifier, Unit, Year};
//!
//! let found = extract("收缴人防易地建设费218余万元，出动巡查人员2689人次。", Year::new(2023));
//! let FactKind::Figure(fee) = &found.facts[0].kind else { panic!() };
//! assert_eq!(fee.quantity.to_string(), "218余万元");
//! assert_eq!(found.facts[0].label, "收缴人防易地建设费");
//! assert_eq!(found.facts[1].text, "2689人次");
//! assert_eq!(found.facts[1].span, 22..28);
//! ```

use std::ops::Range;

use serde::Serialize;
use time::{Date, Month};

use super::numerals;
use super::sentences::{Boundaries, CharText};
use super::words;
use crate::model::{Decimal, MeetingKind, Qualifier, Quantity, Unit, Year};

/// The facts of one text and the numbers that were not understood (未识别的数字).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Extraction {
    /// The facts, in the order of their spans.
    pub facts: Vec<Fact>,
    /// Spans (character offsets) of Arabic numbers that are no fact: a number without a
    /// measure word, a house number, a code.
    pub unread: Vec<Range<usize>>,
}

/// One fact (事实) read from a text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Fact {
    /// Character offsets (Unicode scalar values) of the text the fact came from.
    pub span: Range<usize>,
    /// The text of the span, exactly as printed.
    pub text: String,
    /// What was read.
    pub kind: FactKind,
    /// The phrase the fact counts or names (出动巡查人员 for 2689人次); may be empty.
    pub label: String,
    /// The period its sentence states (今年以来, 全年, 截至11月底), if any.
    pub period: Option<String>,
}

/// What a [`Fact`] states.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FactKind {
    /// A figure with a measure word (数字): `2689人次`, `218余万元`, `95%`.
    Figure(Figure),
    /// A range (区间): `5—10个工作日`.
    Range {
        /// The lower end.
        low: Decimal,
        /// The upper end.
        high: Decimal,
        /// The measure word.
        unit: Unit,
    },
    /// A ratio (比例): `1:3`.
    Ratio {
        /// The terms, in printed order.
        terms: Vec<Decimal>,
    },
    /// A date (日期): `4月25日` completed with the report year, or `2024年1月15日`.
    Date {
        /// The date, when the year is known (printed or the report year) and the day exists;
        /// `YYYY-MM-DD` in JSON.
        #[serde(serialize_with = "iso_date")]
        date: Option<Date>,
        /// Whether the year was printed (`2024年1月15日`) rather than taken from the report.
        year_printed: bool,
    },
    /// A meeting with its ordinal (会议届次): `区政府第75次政府常务会议`.
    Meeting {
        /// The meeting's name as printed.
        name: String,
        /// The body that met (区政府).
        body: String,
        /// The kind of meeting, from its name.
        meeting: MeetingKind,
        /// The ordinal (75).
        ordinal: u32,
    },
    /// A list with its total (列举及合计): `琴海公寓、晨悦大厦等共计17处`.
    List {
        /// The named items.
        items: Vec<String>,
        /// Whether the list names every item (no 等).
        exhaustive: bool,
        /// The stated total.
        total: Quantity,
    },
}

fn iso_date<S: serde::Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(&format_args!(
            "{:04}-{:02}-{:02}",
            d.year(),
            u8::from(d.month()),
            d.day()
        )),
        None => s.serialize_none(),
    }
}

/// A figure as printed: the quantity and how it was written.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Figure {
    /// The quantity (value, unit, qualifier). With a 万/亿 multiplier before a measure word
    /// other than 元 the value is multiplied out (`3万人次` → 30000人次).
    pub quantity: Quantity,
    /// The multiplier printed (万 or 亿), if any.
    pub multiplier: Option<Multiplier>,
    /// Where 余/多 stood, if printed.
    pub approx_marker: Option<ApproxMarker>,
}

/// A 万/亿 multiplier (数量级).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Multiplier {
    /// 万 (10⁴).
    Wan,
    /// 亿 (10⁸).
    Yi,
}

/// Where 余/多 stood in a figure (余的位置).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ApproxMarker {
    /// Right after the number, before any multiplier (`218余万元`).
    AfterNumber,
    /// After the multiplier (`3万余元`).
    AfterMultiplier,
    /// After the measure word (`10人多`).
    AfterUnit,
}

const BOUNDARY: &[char] = &[
    '，', ',', '。', '；', ';', '：', ':', '！', '!', '？', '?', '\n', '、', '\t',
];
const CLAUSE_END: &[char] = &[
    '，', ',', '。', '；', ';', '：', ':', '！', '!', '？', '?', '\n',
];

/// Measure words beyond the model's closed set that real reports use after a figure.
const EXTRA_UNITS: &[&str] = &[
    "栋",
    "吨",
    "辆",
    "台",
    "套",
    "张",
    "幅",
    "块",
    "米",
    "位",
    "座",
    "间",
    "宗",
    "例",
    "类",
    "封",
    "版",
    "门",
    "支",
    "单",
    "百分点",
    "倍",
    "场次",
    "期次",
    "余次",
];

/// The measure words by their first character: for each first character (ascending), the
/// words that start with it in the order of [`units`] (longest first), with their length in
/// characters.
type UnitIndex = Vec<(char, Vec<(&'static str, usize, Unit)>)>;

fn units_by_first() -> &'static UnitIndex {
    use std::sync::OnceLock;
    static INDEX: OnceLock<UnitIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: UnitIndex = Vec::new();
        for (word, unit) in units() {
            let Some(first) = word.chars().next() else {
                continue;
            };
            let entry = (*word, word.chars().count(), unit.clone());
            match index.binary_search_by_key(&first, |(c, _)| *c) {
                Ok(k) => index[k].1.push(entry),
                Err(k) => index.insert(k, (first, vec![entry])),
            }
        }
        index
    })
}

/// All measure words, longest first.
fn units() -> &'static [(&'static str, Unit)] {
    use std::sync::OnceLock;
    static UNITS: OnceLock<Vec<(&'static str, Unit)>> = OnceLock::new();
    UNITS.get_or_init(|| {
        const KNOWN: &[&str] = &[
            "件",
            "起",
            "次",
            "处",
            "项",
            "个",
            "家",
            "家次",
            "户",
            "人",
            "人次",
            "名",
            "场",
            "期",
            "份",
            "册",
            "本",
            "条",
            "篇",
            "部",
            "批",
            "轮",
            "所",
            "课时",
            "学时",
            "小时",
            "天",
            "日",
            "工作日",
            "个月",
            "年",
            "平方米",
            "公里",
            "元",
            "万元",
            "亿元",
            "美元",
            "%",
        ];
        let mut all: Vec<(&'static str, Unit)> = KNOWN
            .iter()
            .chain(EXTRA_UNITS.iter().filter(|w| **w != "余次"))
            .filter_map(|w| Unit::new(w).ok().map(|u| (*w, u)))
            .collect();
        all.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
        all
    })
}

fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

fn starts_with(chars: &[char], at: usize, word: &str) -> bool {
    let mut i = at;
    for w in word.chars() {
        match chars.get(i) {
            Some(&c) if c == w => i += 1,
            _ => return false,
        }
    }
    true
}

/// Whether `word` ends at `end`; the offset where it starts if it does.
fn word_before(chars: &[char], end: usize, word: &str) -> Option<usize> {
    let mut i = end;
    for w in word.chars().rev() {
        if i == 0 || chars[i - 1] != w {
            return None;
        }
        i -= 1;
    }
    Some(i)
}

/// Whether `word` starts at `at`; the offset after it if it does.
fn word_at(chars: &[char], at: usize, word: &str) -> Option<usize> {
    let mut i = at;
    for w in word.chars() {
        match chars.get(i) {
            Some(&c) if c == w => i += 1,
            _ => return None,
        }
    }
    Some(i)
}

/// The ASCII text of a number as read (at most 41 digits and a point), kept on the stack.
struct Num {
    buf: [u8; 42],
    len: usize,
}

impl Num {
    fn push(&mut self, c: char) {
        // Only ASCII digits and '.' are pushed, and never more than the buffer holds.
        self.buf[self.len] = c as u8;
        self.len += 1;
    }
    fn len(&self) -> usize {
        self.len
    }
    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl std::ops::Deref for Num {
    type Target = str;
    fn deref(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or_default()
    }
}

/// A number read at `at`: its ASCII text and the index after it.
fn read_number(chars: &[char], at: usize) -> Option<(Num, usize)> {
    let mut s = Num {
        buf: [0; 42],
        len: 0,
    };
    let mut i = at;
    while let Some(d) = chars.get(i).and_then(|&c| digit(c)) {
        s.push(d);
        i += 1;
        if s.len() > 40 {
            return None;
        }
    }
    if s.is_empty() {
        return None;
    }
    if matches!(chars.get(i), Some('.' | '．'))
        && chars.get(i + 1).and_then(|&c| digit(c)).is_some()
    {
        s.push('.');
        i += 1;
        while let Some(d) = chars.get(i).and_then(|&c| digit(c)) {
            s.push(d);
            i += 1;
            if s.len() > 40 {
                return None;
            }
        }
    }
    Some((s, i))
}

fn read_unit(chars: &[char], at: usize) -> Option<(Unit, usize)> {
    if starts_with(chars, at, "个工作日") {
        return Some((Unit::WorkingDay, at + 4));
    }
    if starts_with(chars, at, "个百分点")
        && let Ok(points) = Unit::new("百分点")
    {
        return Some((points, at + 4));
    }
    if matches!(chars.get(at), Some('％')) {
        return Some((Unit::Percent, at + 1));
    }
    let first = *chars.get(at)?;
    let index = units_by_first();
    let k = index.binary_search_by_key(&first, |(c, _)| *c).ok()?;
    for (word, n, unit) in &index[k].1 {
        if starts_with(chars, at, word) {
            let end = at + n;
            // 部门, 人民, 项目, 条例, 次要 … are words, not measure words.
            let next = chars.get(end).copied();
            let bad = match *word {
                "部" => matches!(next, Some('门' | '署' | '分')),
                "人" => matches!(next, Some('民' | '员' | '大')),
                "项" => matches!(next, Some('目')),
                "条" => matches!(next, Some('例' | '件')),
                "年" => matches!(next, Some('度')),
                _ => false,
            };
            if !bad {
                return Some((unit.clone(), end));
            }
        }
    }
    None
}

/// Qualifier words printed before a figure, longest first.
const PREFIXES: &[(&str, Qualifier)] = &[
    ("不少于", Qualifier::AtLeast),
    ("不低于", Qualifier::AtLeast),
    ("不超过", Qualifier::AtMost),
    ("超过", Qualifier::MoreThan),
    ("大约", Qualifier::About),
    ("将近", Qualifier::Nearly),
    ("近", Qualifier::Nearly),
    ("约", Qualifier::About),
    ("超", Qualifier::MoreThan),
    ("逾", Qualifier::MoreThan),
];

/// Qualifier words printed after a figure.
const SUFFIXES: &[(&str, Qualifier)] = &[
    ("以上", Qualifier::AtLeast),
    ("左右", Qualifier::About),
    ("以内", Qualifier::AtMost),
    ("以下", Qualifier::AtMost),
];

/// Filler words stripped from the front of a label.
const LEAD_FILLERS: &[&str] = &[
    "今年以来",
    "全年共",
    "全年",
    "年内",
    "累计",
    "共计",
    "合计",
    "总计",
    "其中",
    "先后",
    "共",
    "已",
    "并",
    "均",
    "及",
    "和",
];
/// Filler words stripped from the end of a label.
const TAIL_FILLERS: &[&str] = &[
    "共计", "合计", "总计", "累计", "达到", "达", "为", "计", "共", "约", "近", "超过", "超", "等",
];

/// The first characters of [`LEAD_FILLERS`] and the last ones of [`TAIL_FILLERS`]: a label
/// that starts (ends) with none of them has no filler to strip there.
const LEAD_FIRSTS: &[char] = &[
    '今', '全', '年', '累', '共', '合', '总', '其', '先', '已', '并', '均', '及', '和',
];
const TAIL_LASTS: &[char] = &['计', '到', '达', '为', '共', '约', '近', '过', '超', '等'];

fn strip_label(mut s: &str) -> &str {
    loop {
        let before = s.len();
        s = s.trim();
        if s.starts_with(LEAD_FIRSTS) {
            for f in LEAD_FILLERS {
                if let Some(rest) = s.strip_prefix(f) {
                    s = rest;
                    break;
                }
            }
        }
        if s.ends_with(TAIL_LASTS) {
            for f in TAIL_FILLERS {
                if let Some(rest) = s.strip_suffix(f) {
                    s = rest;
                    break;
                }
            }
        }
        // Each step only takes characters off, so an unchanged length is an unchanged text.
        if s.len() == before {
            return s;
        }
    }
}

fn back_to(chars: &[char], from: usize, stops: &[char]) -> usize {
    let mut i = from;
    while i > 0 && !stops.contains(&chars[i - 1]) {
        i -= 1;
    }
    i
}

fn forward_to(chars: &[char], from: usize, stops: &[char]) -> usize {
    let mut i = from;
    while i < chars.len() && !stops.contains(&chars[i]) {
        i += 1;
    }
    i
}

/// The period its sentence states before `at`.
fn period(ct: &CharText, at: usize, sentences: &Boundaries) -> Option<String> {
    let chars = &ct.chars[..];
    let start = sentences.start_before(at, 600);
    let slice = &chars[start..at];
    // Most sentences name no period: look for its first characters before searching.
    if !slice
        .iter()
        .any(|c| matches!(c, '今' | '全' | '内' | '本' | '截'))
    {
        return None;
    }
    // One pass for the words of a period: which of them stand in the slice, and where 截至
    // first does.
    const PERIODS: [&str; 4] = ["今年以来", "全年", "年内", "本年度"];
    let mut found = [false; 4];
    let mut cutoff = None;
    for (i, c) in slice.iter().enumerate() {
        let k = match c {
            '今' => 0,
            '全' => 1,
            '年' => 2,
            '本' => 3,
            '截' => {
                if cutoff.is_none() && starts_with(slice, i, "截至") {
                    cutoff = Some(i);
                }
                continue;
            }
            _ => continue,
        };
        if !found[k] && starts_with(slice, i, PERIODS[k]) {
            found[k] = true;
        }
    }
    if let Some(k) = found.iter().position(|&f| f) {
        return Some(PERIODS[k].to_owned());
    }
    if let Some(pos) = cutoff {
        let tail = &slice[pos..];
        let end = ["月底", "月末", "日", "年底"]
            .iter()
            .filter_map(|w| find_word(tail, w).map(|i| i + w.chars().count()))
            .min();
        if let Some(end) = end
            && end <= 16
        {
            return Some(ct.of(start + pos..start + pos + end).to_owned());
        }
    }
    None
}

/// The first offset of `word` in `chars`.
fn find_word(chars: &[char], word: &str) -> Option<usize> {
    let first = word.chars().next()?;
    (0..chars.len()).find(|&i| chars[i] == first && starts_with(chars, i, word))
}

/// The extraction under way, with the sentence boundaries of its text.
struct Out<'c> {
    x: Extraction,
    sentences: Boundaries,
    /// The text, to slice the facts' texts and labels from.
    ct: &'c CharText<'c>,
}

impl std::ops::Deref for Out<'_> {
    type Target = Extraction;
    fn deref(&self) -> &Extraction {
        &self.x
    }
}

impl std::ops::DerefMut for Out<'_> {
    fn deref_mut(&mut self) -> &mut Extraction {
        &mut self.x
    }
}

fn meeting_kind(name: &str) -> MeetingKind {
    if name.contains("常务会议") || name.contains("常务会") {
        MeetingKind::ExecutiveMeeting
    } else if name.contains("全体会议") {
        MeetingKind::PlenaryMeeting
    } else if name.contains("党组") {
        MeetingKind::PartyGroup
    } else if name.contains("常委") || name.contains("委第") || name.contains("党委") {
        MeetingKind::PartyCommittee
    } else if name.contains("办公会") || name.contains("班子会") {
        MeetingKind::Leadership
    } else {
        MeetingKind::Other
    }
}

fn date_of(year: Option<u16>, month: &str, day: &str) -> Option<Date> {
    let y = i32::from(year?);
    let m: u8 = month.parse().ok()?;
    let d: u8 = day.parse().ok()?;
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

/// Reads the facts of `text`; month–day dates are completed with `year`.
///
/// Offsets are character offsets into `text`. Never panics, whatever the input; the work
/// is linear in the length of the text (each number looks at a bounded neighbourhood).
#[must_use]
pub fn extract(text: &str, year: Option<Year>) -> Extraction {
    extract_chars(&CharText::new(text), year)
}

/// [`extract`] of a text already split into its characters.
pub(crate) fn extract_chars(ct: &CharText, year: Option<Year>) -> Extraction {
    let chars = &ct.chars[..];
    let mut out = Out {
        ct,
        sentences: Boundaries::new(chars, |c| {
            matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n')
        }),
        x: Extraction::default(),
    };
    let year = year.map(Year::get);
    let mut i = 0;
    while i < chars.len() {
        let Some(_) = digit(chars[i]) else {
            if numerals::is_numeral(chars[i]) && (i == 0 || !numerals::is_numeral(chars[i - 1])) {
                i = cjk_figure(chars, i, year, &mut out).max(i + 1);
            } else {
                i += 1;
            }
            continue;
        };
        if i > 0 && (chars[i - 1].is_ascii_alphanumeric() || matches!(chars[i - 1], '.' | '．')) {
            // Part of a code or of a number already skipped.
            i = skip_digits(chars, i);
            continue;
        }
        let Some((num, end)) = read_number(chars, i) else {
            i = skip_digits(chars, i);
            continue;
        };
        let next = scan_one(chars, i, &num, end, year, &mut out);
        i = next.max(i + 1);
    }
    out.x
}

/// Reads the Chinese-numeral figure, date or ordinal starting at `start`, if any; returns
/// where to go on. A run with no measure word after it, an enumeration (一是) or a numeral
/// inside a fixed word (两个维护, 一网通办) is no fact and is not logged.
fn cjk_figure(chars: &[char], start: usize, year: Option<u16>, out: &mut Out) -> usize {
    let ct = out.ct;
    let mut end = start;
    while end < chars.len() && numerals::is_numeral(chars[end]) && end - start < 16 {
        end += 1;
    }
    // 三万元, 五万余元: the 万 belongs to the unit 万元, as in 3万元.
    if end > start + 1 && matches!(chars[end - 1], '万' | '亿') {
        let after = if matches!(chars.get(end), Some('余' | '多')) {
            end + 1
        } else {
            end
        };
        if chars.get(after) == Some(&'元') {
            end -= 1;
        }
    }
    let run = &chars[start..end];
    let next = chars.get(end).copied();
    // Dates: 二〇二四年一月十五日, 一月十五日.
    if next == Some('年')
        && let Some(y) = numerals::parse_year(run)
    {
        if let Some((m, d, e)) = cjk_month_day(chars, end + 1) {
            push(
                out,
                start..e,
                FactKind::Date {
                    date: date_of(Some(y), &m.to_string(), &d.to_string()),
                    year_printed: true,
                },
                String::new(),
            );
            return e;
        }
        return end + 1;
    }
    if !matches!(run[0], '〇' | '零' | '百' | '千' | '万' | '亿')
        && next == Some('月')
        && (start == 0 || chars[start - 1] != '第')
        && let Some((m, d, e)) = cjk_month_day(chars, start)
    {
        push(
            out,
            start..e,
            FactKind::Date {
                date: date_of(year, &m.to_string(), &d.to_string()),
                year_printed: false,
            },
            String::new(),
        );
        return e;
    }
    if matches!(run[0], '〇' | '零' | '百' | '千' | '万' | '亿') {
        return end;
    }
    let Some(value) = numerals::parse(run) else {
        return end;
    };
    // Ordinals: 第七十五次…会议; 第一责任人 and other ordinals are no facts.
    if start > 0 && chars[start - 1] == '第' {
        return meeting(chars, start, &value.to_string(), end, out);
    }
    // Ratios written in words: 三比一.
    if next == Some('比') {
        let mut e = end + 1;
        while e < chars.len() && numerals::is_numeral(chars[e]) && e - end < 16 {
            e += 1;
        }
        if e > end + 1
            && let Some(b) = numerals::parse(&chars[end + 1..e])
            && !numerals::in_fixed_word(chars, start)
            && let (Ok(a), Ok(b)) = (
                value.to_string().parse::<Decimal>(),
                b.to_string().parse::<Decimal>(),
            )
        {
            push(
                out,
                start..e,
                FactKind::Ratio { terms: vec![a, b] },
                label_before(ct, chars, start).to_owned(),
            );
            return e;
        }
        return end;
    }
    // A figure needs its measure word (一是 and 一、 are enumerations, 一致 a word).
    let mut j = end;
    if matches!(chars.get(j), Some('余' | '多')) {
        j += 1;
    }
    if read_unit(chars, j).is_none() || numerals::in_fixed_word(chars, start) {
        return end;
    }
    let num = value.to_string();
    scan_one(chars, start, &num, end, year, out)
}

/// A month and day in numerals at `at` (一月十五日): month, day and the index after 日/号.
fn cjk_month_day(chars: &[char], at: usize) -> Option<(u64, u64, usize)> {
    let mut e = at;
    while e < chars.len() && numerals::is_numeral(chars[e]) && e - at < 3 {
        e += 1;
    }
    let m = numerals::parse(&chars[at..e])?;
    if chars.get(e) != Some(&'月') || !(1..=12).contains(&m) {
        return None;
    }
    let ds = e + 1;
    let mut de = ds;
    while de < chars.len() && numerals::is_numeral(chars[de]) && de - ds < 4 {
        de += 1;
    }
    let d = numerals::parse(&chars[ds..de])?;
    (matches!(chars.get(de), Some('日' | '号')) && (1..=31).contains(&d)).then_some((m, d, de + 1))
}

fn skip_digits(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && (digit(chars[i]).is_some() || matches!(chars[i], '.' | '．')) {
        i += 1;
    }
    i
}

/// Reads the fact that starts with the number `num` at `start..end`; returns where to go on.
fn scan_one(
    chars: &[char],
    start: usize,
    num: &str,
    end: usize,
    year: Option<u16>,
    out: &mut Out,
) -> usize {
    let ct = out.ct;
    let next = chars.get(end).copied();
    // Years and full dates: 2023年, 2023年度, 2024年1月15日, 2023-2035.
    if num.len() == 4 && !num.contains('.') && (num.starts_with("19") || num.starts_with("20")) {
        if next == Some('年') {
            if let Some((m, e1)) = read_number(chars, end + 1)
                && chars.get(e1) == Some(&'月')
                && let Some((d, e2)) = read_number(chars, e1 + 1)
                && matches!(chars.get(e2), Some('日' | '号'))
            {
                let y: Option<u16> = num.parse().ok();
                push(
                    out,
                    start..e2 + 1,
                    FactKind::Date {
                        date: date_of(y, &m, &d),
                        year_printed: true,
                    },
                    String::new(),
                );
                return e2 + 1;
            }
            return end + 1;
        }
        if matches!(next, Some('-' | '—' | '–' | '~' | '～' | '至'))
            && let Some((other, e)) = read_number(chars, end + 1)
            && other.len() == 4
        {
            return e;
        }
        if next.is_none() || !matches!(next, Some('%' | '％')) && read_unit(chars, end).is_none() {
            // A bare year-like number: nothing to read.
            out.unread.push(start..end);
            return end;
        }
    }
    // Month–day dates: 4月25日; months alone (11月底) are not facts.
    if next == Some('月') {
        if let Some((d, e)) = read_number(chars, end + 1)
            && matches!(chars.get(e), Some('日' | '号'))
        {
            let full_start = start;
            push(
                out,
                full_start..e + 1,
                FactKind::Date {
                    date: date_of(year, num, &d),
                    year_printed: false,
                },
                String::new(),
            );
            return e + 1;
        }
        return end + 1;
    }
    // Ordinals: 第75次…会议; other ordinals (第1名) are not facts.
    if start > 0 && chars[start - 1] == '第' {
        return meeting(chars, start, num, end, out);
    }
    let Ok(value) = num.parse::<Decimal>() else {
        out.unread.push(start..end);
        return end;
    };
    // Ratios: 1:3.
    if matches!(next, Some(':' | '∶' | '：'))
        && let Some((b, e)) = read_number(chars, end + 1)
        && let Ok(b) = b.parse::<Decimal>()
    {
        if num.len() <= 2
            && chars
                .get(e)
                .is_some_and(|c| *c == '分' || digit(*c).is_some())
        {
            // A time of day (9:30) or similar.
            out.unread.push(start..e);
            return e;
        }
        push(
            out,
            start..e,
            FactKind::Ratio {
                terms: vec![value, b],
            },
            label_before(ct, chars, start).to_owned(),
        );
        return e;
    }
    // Prefix qualifier.
    let mut qualifier = Qualifier::Exact;
    let mut span_start = start;
    for (word, q) in PREFIXES {
        if let Some(word_start) = word_before(chars, start, word) {
            // 接近, 最近 … are not qualifiers of the figure.
            if *word == "近" && start >= 2 && matches!(chars[start - 2], '接' | '最' | '附' | '临')
            {
                continue;
            }
            qualifier = *q;
            span_start = word_start;
            break;
        }
    }
    let mut j = end;
    let mut approx = None;
    let mut multiplier = None;
    if matches!(chars.get(j), Some('余' | '多')) {
        approx = Some(ApproxMarker::AfterNumber);
        j += 1;
    }
    let mut money_scale = None;
    match chars.get(j) {
        Some('万') if chars.get(j + 1) != Some(&'元') || approx.is_some() => {
            multiplier = Some(Multiplier::Wan);
            j += 1;
        }
        Some('亿') if chars.get(j + 1) != Some(&'元') || approx.is_some() => {
            multiplier = Some(Multiplier::Yi);
            j += 1;
        }
        _ => {}
    }
    if multiplier.is_some() && approx.is_none() && matches!(chars.get(j), Some('余' | '多')) {
        approx = Some(ApproxMarker::AfterMultiplier);
        j += 1;
    }
    let unit = if matches!(chars.get(j), Some('%')) {
        Some((Unit::Percent, j + 1))
    } else {
        read_unit(chars, j)
    };
    let Some((mut unit, mut k)) = unit else {
        // Ranges: 5—10个工作日, 3-5天.
        if let Some(e) = range(chars, start, value, j, out) {
            return e;
        }
        out.unread.push(start..j.max(end));
        return j.max(end);
    };
    // 万元/亿元 keep their unit; 万/亿 before 元 with 余 between (3万余元) too.
    if let Some(m) = multiplier
        && unit == Unit::Yuan
    {
        unit = match m {
            Multiplier::Wan => Unit::WanYuan,
            Multiplier::Yi => Unit::YiYuan,
        };
        money_scale = Some(m);
    }
    let value = match (multiplier, money_scale) {
        (Some(m), None) => {
            let factor = match m {
                Multiplier::Wan => Decimal::from(10_000u32),
                Multiplier::Yi => Decimal::from(100_000_000u32),
            };
            match value.checked_mul(factor) {
                Some(v) => v,
                None => {
                    out.unread.push(start..k);
                    return k;
                }
            }
        }
        _ => value,
    };
    if approx.is_none()
        && matches!(chars.get(k), Some('余' | '多'))
        && !matches!(chars.get(k + 1), Some('样' | '种' | '方' | '元' | '措'))
    {
        approx = Some(ApproxMarker::AfterUnit);
        k += 1;
    }
    if approx.is_some() {
        qualifier = Qualifier::MoreThan;
    }
    for (word, q) in SUFFIXES {
        if let Some(after) = word_at(chars, k, word) {
            if qualifier == Qualifier::Exact {
                qualifier = *q;
            }
            k = after;
            break;
        }
    }
    // A range whose first end carries the unit: 5天至10天.
    if matches!(
        chars.get(k),
        Some('—' | '–' | '-' | '~' | '～' | '至' | '到')
    ) && let Some((hi, e)) = read_number(chars, k + 1)
        && let Some((u2, e2)) = read_unit(chars, e)
        && u2 == unit
        && let Ok(high) = hi.parse::<Decimal>()
    {
        push(
            out,
            start..e2,
            FactKind::Range {
                low: value,
                high,
                unit,
            },
            label_before(ct, chars, start).to_owned(),
        );
        return e2;
    }
    let Ok(quantity) = Quantity::new(value, unit.clone()) else {
        out.unread.push(start..k);
        return k;
    };
    let quantity = quantity.with_qualifier(qualifier);
    let figure = Figure {
        quantity: quantity.clone(),
        multiplier,
        approx_marker: approx,
    };
    // Lists with totals: A、B、C等共计17处.
    if let Some((items, exhaustive, list_start)) = list_before(ct, chars, span_start) {
        let after = label_after(ct, chars, k).to_owned();
        push(
            out,
            list_start..k,
            FactKind::List {
                items,
                exhaustive,
                total: quantity,
            },
            after,
        );
        return k;
    }
    let before = label_before(ct, chars, span_start);
    let after = label_after(ct, chars, k);
    let mut label = String::with_capacity(before.len() + after.len());
    label.push_str(before);
    label.push_str(after);
    push(out, span_start..k, FactKind::Figure(figure), label);
    k
}

fn range(chars: &[char], start: usize, low: Decimal, j: usize, out: &mut Out) -> Option<usize> {
    let ct = out.ct;
    if !matches!(
        chars.get(j),
        Some('—' | '–' | '-' | '~' | '～' | '至' | '到')
    ) {
        return None;
    }
    let (hi, e) = read_number(chars, j + 1)?;
    if chars.get(e) == Some(&'月') {
        // 1-11月: a period, not a figure.
        return Some(e + 1);
    }
    let (unit, e2) = read_unit(chars, e)?;
    let high = hi.parse::<Decimal>().ok()?;
    push(
        out,
        start..e2,
        FactKind::Range { low, high, unit },
        label_before(ct, chars, start).to_owned(),
    );
    Some(e2)
}

fn meeting(chars: &[char], start: usize, num: &str, end: usize, out: &mut Out) -> usize {
    let ord_start = start - 1;
    if !matches!(chars.get(end), Some('次' | '届')) {
        return end;
    }
    // The meeting's name runs to 会议/会 within a short distance.
    let limit = (end + 16).min(chars.len());
    let mut name_end = None;
    let mut k = end + 1;
    while k < limit && !BOUNDARY.contains(&chars[k]) {
        if chars[k] == '会' {
            name_end = Some(if chars.get(k + 1) == Some(&'议') {
                k + 2
            } else {
                k + 1
            });
            if chars.get(k + 1) == Some(&'议') {
                break;
            }
        }
        k += 1;
    }
    let Some(name_end) = name_end else {
        return end;
    };
    let Ok(ordinal) = num.parse::<u32>() else {
        return end;
    };
    // The body: back from 第 to 经/和/及/、/在 or a boundary, at most 12 characters.
    let mut b = ord_start;
    while b > 0
        && ord_start - b < 12
        && !BOUNDARY.contains(&chars[b - 1])
        && !matches!(
            chars[b - 1],
            '经' | '和' | '及' | '在' | '由' | '提' | '交' | '请'
        )
    {
        b -= 1;
    }
    if b == ord_start {
        return name_end;
    }
    let body = out.ct.of(b..ord_start).to_owned();
    let name = out.ct.of(b..name_end).to_owned();
    let kind = meeting_kind(&name);
    push(
        out,
        b..name_end,
        FactKind::Meeting {
            name,
            body,
            meeting: kind,
            ordinal,
        },
        String::new(),
    );
    name_end
}

/// The counted phrase before a figure: back to the clause's start, fillers stripped.
fn label_before<'t>(ct: &CharText<'t>, chars: &[char], at: usize) -> &'t str {
    let from = back_to(chars, at, BOUNDARY).max(at.saturating_sub(120));
    let label = strip_label(ct.of(from..at));
    if label.is_empty() && at > 0 && chars[at - 1] == '\t' {
        // A cell of a table row (收到申请\t240件): the row's first cell names it.
        let row = back_to(chars, at, &['\n']).max(at.saturating_sub(120));
        let head = forward_to(chars, row, &['\t']).min(at);
        return strip_label(ct.of(row..head));
    }
    label
}

/// The noun after a figure (组织900余名在校生 → 在校生), up to the clause's end.
fn label_after<'t>(ct: &CharText<'t>, chars: &[char], at: usize) -> &'t str {
    let to = forward_to(chars, at, BOUNDARY).min(at + 30);
    let s = ct.of(at..to).trim();
    // Only a noun phrase: stop at a number or at words that start a new predicate.
    let cut = s
        .char_indices()
        .find(|&(_, c)| digit(c).is_some() || matches!(c, '（' | '(' | '“' | '"'))
        .map_or(s.len(), |(i, _)| i);
    let mut out = &s[..cut];
    for stop in ["的", "进行", "开展", "参加", "参与", "接受"] {
        if out.starts_with(stop) {
            return "";
        }
    }
    for stop in ["开展", "进行", "实现", "得到"] {
        if let Some(p) = words::find(out, stop) {
            out = &out[..p];
        }
    }
    out
}

/// A list of items separated by 、 and ending in 等/共计 right before a total at `at`.
fn list_before(ct: &CharText, chars: &[char], at: usize) -> Option<(Vec<String>, bool, usize)> {
    let mut e = at;
    for f in ["共计", "合计", "总计", "共"] {
        if let Some(s) = word_before(chars, e, f) {
            e = s;
            break;
        }
    }
    let exhaustive = !(e > 0 && chars[e - 1] == '等');
    if !exhaustive {
        e -= 1;
    }
    let mut clause_start = back_to(chars, e, CLAUSE_END).max(e.saturating_sub(300));
    // A list ends at a previous list's 等 or at the preposition that governs it.
    if let Some(p) = (clause_start..e)
        .rev()
        .find(|&k| matches!(chars[k], '等' | '对' | '向' | '将' | '把'))
    {
        clause_start = p + 1;
    }
    let clause = &chars[clause_start..e];
    if !clause.contains(&'、') {
        return None;
    }
    // An exhaustive list needs its total announced by 共/共计/合计 (A、B共2项).
    if exhaustive && e == at {
        return None;
    }
    // Split the tail of the clause at 、; the last item may be joined by 和/及.
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut item_end = e;
    let mut k = e;
    while k > clause_start {
        if chars[k - 1] == '、' {
            items.push(k..item_end);
            item_end = k - 1;
        }
        k -= 1;
    }
    if items.is_empty() {
        return None;
    }
    // The first item: as long as the longest other item, stopping at a preposition or 等.
    let longest = items.iter().map(|r| r.len()).max().unwrap_or(0) + 2;
    let mut s = item_end;
    while s > clause_start
        && item_end - s < longest
        && !matches!(
            chars[s - 1],
            '对' | '向'
                | '在'
                | '为'
                | '与'
                | '将'
                | '把'
                | '了'
                | '等'
                | '到'
                | '赴'
                | '是'
                | '（'
                | '“'
        )
    {
        s -= 1;
    }
    items.push(s..item_end);
    items.reverse();
    let mut names = Vec::new();
    for r in &items {
        let t = ct.of(r.clone()).trim().to_owned();
        if t.is_empty() || t.chars().count() > 60 {
            return None;
        }
        names.push(t);
    }
    // 和/及 in the last item of an exhaustive list (A、B和C).
    if let Some(last) = names.pop() {
        if exhaustive && let Some((a, b)) = last.split_once('和') {
            names.push(a.to_owned());
            names.push(b.to_owned());
        } else {
            names.push(last);
        }
    }
    Some((names, exhaustive, s))
}

fn push(out: &mut Out, span: Range<usize>, kind: FactKind, label: String) {
    let text = out.ct.of(span.clone()).to_owned();
    let period = period(out.ct, span.start, &out.sentences);
    let label = match label.char_indices().nth(300) {
        Some((i, _)) => {
            let mut label = label;
            label.truncate(i);
            label
        }
        None => label,
    };
    out.facts.push(Fact {
        span,
        text,
        kind,
        label,
        period,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(text: &str) -> Vec<(String, String, String)> {
        extract(text, Year::new(2023))
            .facts
            .into_iter()
            .filter_map(|f| match f.kind {
                FactKind::Figure(fig) => Some((fig.quantity.to_string(), f.label, f.text)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn filler_ends_are_listed() {
        for f in LEAD_FILLERS {
            assert!(f.starts_with(LEAD_FIRSTS), "{f}");
        }
        for f in TAIL_FILLERS {
            assert!(f.ends_with(TAIL_LASTS), "{f}");
        }
    }

    #[test]
    fn qualifiers_and_multipliers() {
        let f = figures(
            "收缴218余万元，批建8553余平方米，组织900余名在校生，近3万人次，约50%，执法2次以上，超100件，3万余元",
        );
        let q: Vec<&str> = f.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            q,
            [
                "218余万元",
                "8553余平方米",
                "900余名",
                "近30000人次",
                "约50%",
                "2次以上",
                "100余件",
                "3余万元"
            ]
        );
        assert_eq!(f[2].1, "组织在校生");
    }

    #[test]
    fn dates_meetings_lists_ranges() {
        let x = extract(
            "4月25日，经区政府第75次政府常务会议审议。对琴海公寓、晨悦大厦等共计17处重点工程检查，5—10个工作日，2024年1月15日",
            Year::new(2023),
        );
        let kinds: Vec<&str> = x
            .facts
            .iter()
            .map(|f| match &f.kind {
                FactKind::Date { .. } => "date",
                FactKind::Meeting { .. } => "meeting",
                FactKind::List { .. } => "list",
                FactKind::Range { .. } => "range",
                FactKind::Figure(_) => "figure",
                FactKind::Ratio { .. } => "ratio",
            })
            .collect();
        assert_eq!(kinds, ["date", "meeting", "list", "range", "date"]);
        let FactKind::List {
            items,
            exhaustive,
            total,
        } = &x.facts[2].kind
        else {
            unreachable!()
        };
        assert_eq!(items, &["琴海公寓", "晨悦大厦"]);
        assert!(!exhaustive);
        assert_eq!(total.to_string(), "17处");
        let FactKind::Meeting {
            name,
            body,
            ordinal,
            ..
        } = &x.facts[1].kind
        else {
            unreachable!()
        };
        assert_eq!(
            (name.as_str(), body.as_str(), *ordinal),
            ("区政府第75次政府常务会议", "区政府", 75)
        );
    }
}
