//! Typed blocks read from the wording of a paragraph rather than from its figures: the
//! enforcement documents issued (执法文书) and the publicity occasions (宣传节点) an event
//! is tied to. Each is placed only where the sentence makes it unambiguous, and logged.

use crate::model::{CommemorativeDay, Enforcement, EnforcementOrder, Occasion, PublicityEvent};
use crate::model::{ItemList, Section};

use super::words::contains_any;
use super::{Confidence, SourceSpan};

/// Words that issue a document to someone (下达、送达 …).
const ORDER_VERBS: &[&str] = &["下达", "送达", "制发", "出具", "发出", "作出"];
/// How the name of an enforcement document ends.
const ORDER_ENDS: &[&str] = &[
    "通知书",
    "决定书",
    "告知书",
    "指令书",
    "意见书",
    "建议书",
    "责令书",
];
/// Words that make a document an enforcement order (责令、处罚 …), not a licence or reply.
const ORDER_WORDS: &[&str] = &[
    "责令", "处罚", "整改", "改正", "限期", "停止", "催告", "查封", "扣押", "强制", "检查",
];
/// How the name of a publicity occasion ends.
const OCCASION_ENDS: &[&str] = &[
    "宣传日",
    "宣传周",
    "宣传月",
    "教育日",
    "减灾日",
    "试鸣日",
    "宪法日",
    "消防日",
    "生产月",
    "创立日",
];
/// Words that tie an activity to occasions (以…为契机, 利用…等节点 …).
const OCCASION_MARKERS: &[&str] = &["为契机", "利用", "围绕", "借助", "期间", "之际", "节点"];

/// What a paragraph's wording gave: typed blocks, with where each string came from.
pub(crate) struct Typed {
    pub(crate) sources: Vec<SourceSpan>,
    pub(crate) log: Vec<(Confidence, String, String, std::ops::Range<usize>, String)>,
}

fn find_chars(chars: &[char], from: usize, to: usize, w: &str) -> Option<usize> {
    let n = w.chars().count();
    let first = w.chars().next()?;
    (from..to.saturating_sub(n - 1))
        .find(|&i| chars[i] == first && chars[i..i + n].iter().copied().eq(w.chars()))
}

fn sentences(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, '。' | '；' | ';' | '！' | '？') {
            out.push((start, i));
            start = i + 1;
        }
    }
    if start < chars.len() {
        out.push((start, chars.len()));
    }
    out
}

fn is_name_char(c: char) -> bool {
    !matches!(
        c,
        '，' | ',' | '、' | '。' | '；' | ';' | '：' | ':' | '（' | '）' | '(' | ')' | ' ' | '　'
    ) && !c.is_ascii_digit()
}

/// Reads enforcement documents and publicity occasions from a paragraph's `text` (which
/// starts at character `offset` of the imported text) into section `s` at pointer `base`.
pub(crate) fn read(s: &mut Section, base: &str, text: &str, offset: usize) -> Typed {
    let mut t = Typed {
        sources: Vec::new(),
        log: Vec::new(),
    };
    // Most paragraphs name neither: one search of the text each, before any character
    // index is built.
    let verbs = contains_any(text, ORDER_VERBS);
    let markers = contains_any(text, OCCASION_MARKERS);
    if !verbs && !markers {
        return t;
    }
    let chars: Vec<char> = text.chars().collect();
    for (a, b) in sentences(&chars) {
        if verbs {
            orders(s, base, &chars, (a, b), offset, &mut t);
        }
        if markers {
            occasions(s, base, &chars, (a, b), offset, &mut t);
        }
    }
    t
}

/// "对部分涉案单位下达责令整改正通知书": a verb of issuing followed at once by a document
/// name (optionally in 《》) that ends in 通知书/决定书/…; the recipients are what stands
/// between 对 and the verb.
fn orders(
    s: &mut Section,
    base: &str,
    chars: &[char],
    (a, b): (usize, usize),
    offset: usize,
    t: &mut Typed,
) {
    for verb in ORDER_VERBS {
        let mut from = a;
        while let Some(v) = find_chars(chars, from, b, verb) {
            from = v + 1;
            let mut start = v + verb.chars().count();
            if chars.get(start) == Some(&'了') {
                start += 1;
            }
            let quoted = chars.get(start) == Some(&'《');
            if quoted {
                start += 1;
            }
            let mut end = start;
            while end < b && is_name_char(chars[end]) && chars[end] != '》' {
                end += 1;
            }
            // The name is the run up to the last document ending inside it.
            let run: String = chars[start..end].iter().collect();
            let Some(stop) = ORDER_ENDS
                .iter()
                .filter_map(|e| run.rfind(e).map(|p| p + e.len()))
                .max()
            else {
                continue;
            };
            let document = run[..stop].to_owned();
            let n = document.chars().count();
            if !(3..=100).contains(&n)
                || document.contains('《')
                || !ORDER_WORDS.iter().any(|w| document.contains(w))
            {
                continue;
            }
            let recipients = (a..v)
                .rev()
                .find(|&d| chars[d] == '对')
                .map(|d| {
                    chars[d + 1..v]
                        .iter()
                        .collect::<String>()
                        .trim_end_matches(['了', '均'])
                        .trim_end_matches("分别")
                        .trim_end_matches("依法")
                        .to_owned()
                })
                .filter(|r| !r.is_empty() && r.chars().count() <= 60 && !r.contains('，'));
            let e = s
                .enforcement
                .get_or_insert_with(|| Box::new(Enforcement::default()));
            let k = e.orders.len();
            e.orders.push(EnforcementOrder {
                document: document.clone(),
                recipients,
                count: None,
            });
            let pointer = format!("{base}/enforcement/orders/{k}/document");
            let span = offset + start..offset + start + n;
            t.sources.push(SourceSpan {
                pointer: pointer.clone(),
                span: span.clone(),
            });
            t.log.push((
                if quoted {
                    Confidence::High
                } else {
                    Confidence::Medium
                },
                format!("enforcement document after “{verb}” (执法文书)"),
                document,
                span,
                pointer,
            ));
        }
    }
}

/// A day named by its date in quotes: “3·15”消费者权益日, “12·4”…, “5.12”….
fn dated_day(name: &str) -> bool {
    let Some(rest) = name.strip_prefix(['“', '"']) else {
        return false;
    };
    let Some(close) = rest.find(['”', '"']) else {
        return false;
    };
    let date = &rest[..close];
    let mut parts = date.split(['·', '.', '•', '．']);
    let is_num = |p: Option<&str>| {
        p.is_some_and(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    };
    let ok = is_num(parts.next()) && is_num(parts.next()) && parts.next().is_none();
    ok && rest[close..].ends_with(['日', '周', '月'])
}

fn day_of(name: &str) -> CommemorativeDay {
    use CommemorativeDay::*;
    let table: &[(&str, CommemorativeDay)] = &[
        ("国家安全教育日", NationalSecurityEducationDay),
        ("防灾减灾日", DisasterPreventionDay),
        ("国防教育日", NationalDefenceEducationDay),
        ("试鸣日", AirRaidSirenTestDay),
        ("宪法日", ConstitutionDay),
        ("宪法宣传周", ConstitutionDay),
        ("12·4", ConstitutionDay),
        ("民法典宣传月", CivilCodeMonth),
        ("安全生产月", WorkSafetyMonth),
        ("消防日", FireSafetyDay),
        ("119", FireSafetyDay),
    ];
    table
        .iter()
        .find(|(w, _)| name.contains(w))
        .map_or(Other, |(_, d)| *d)
}

/// "以国家安全教育日、“5.12”防灾减灾日和防空警报试鸣日为契机，…向群众宣讲…": a clause
/// with a marker word (为契机, 利用 …) listing names that end in 宣传日/宣传周/宪法日/…
/// becomes one publicity event with those occasions; the activity is the rest of the
/// sentence after the clause.
fn occasions(
    s: &mut Section,
    base: &str,
    chars: &[char],
    (a, b): (usize, usize),
    offset: usize,
    t: &mut Typed,
) {
    let mut clause_start = a;
    for c in a..=b {
        if c < b && !matches!(chars[c], '，' | ',') {
            continue;
        }
        let clause: String = chars[clause_start..c].iter().collect();
        let this = clause_start;
        clause_start = c + 1;
        if !OCCASION_MARKERS.iter().any(|m| clause.contains(m)) {
            continue;
        }
        let mut found: Vec<(String, usize)> = Vec::new();
        let mut piece_start = this;
        for i in this..=c {
            let sep = i == c || matches!(chars[i], '、' | '和' | '及' | '与');
            if !sep {
                continue;
            }
            let piece: String = chars[piece_start..i].iter().collect();
            let mut lead = 0;
            let mut name = piece.as_str();
            for w in ["以", "利用", "围绕", "借助", "在", "结合"] {
                if let Some(r) = name.strip_prefix(w) {
                    lead += w.chars().count();
                    name = r;
                    break;
                }
            }
            for w in [
                "为契机",
                "等重要节点",
                "等节点",
                "重要节点",
                "期间",
                "之际",
                "等",
            ] {
                if let Some(r) = name.strip_suffix(w) {
                    name = r;
                    break;
                }
            }
            if (OCCASION_ENDS.iter().any(|e| name.ends_with(e)) || dated_day(name))
                && (3..=20).contains(&name.chars().count())
            {
                found.push((name.to_owned(), piece_start + lead));
            }
            piece_start = i + 1;
        }
        if found.is_empty() {
            continue;
        }
        let rest: String = chars[(c + 1).min(b)..b].iter().collect();
        let activity = if rest.trim().is_empty() {
            clause.clone()
        } else {
            rest.trim().to_owned()
        };
        let k = s.publicity.len();
        let mut event = PublicityEvent {
            activity,
            occasions: Vec::new(),
            date: None,
            partners: ItemList::default(),
            audience: None,
            participants: None,
            methods: ItemList::default(),
            topic: None,
            combined_with: ItemList::default(),
            count: None,
            materials: None,
        };
        for (j, (name, at)) in found.into_iter().enumerate() {
            let pointer = format!("{base}/publicity/{k}/occasions/{j}/name");
            let span = offset + at..offset + at + name.chars().count();
            let day = day_of(&name);
            t.sources.push(SourceSpan {
                pointer: pointer.clone(),
                span: span.clone(),
            });
            t.log.push((
                if day == CommemorativeDay::Other {
                    Confidence::Medium
                } else {
                    Confidence::High
                },
                format!("publicity occasion {day:?} (宣传节点)"),
                name.clone(),
                span,
                pointer,
            ));
            event.occasions.push(Occasion {
                day,
                name,
                date: None,
            });
        }
        s.publicity.push(event);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_one(text: &str) -> (Section, Typed) {
        let mut s = Section::new("（一）测试", [text.to_owned()]);
        let t = read(&mut s, "/measures/items/0", text, 10);
        (s, t)
    }

    #[test]
    fn an_order_after_an_issuing_verb_is_placed_with_its_recipients() {
        let text = "全年开展检查12次，对3家单位下达《责令限期改正通知书》，均已整改。";
        let (s, t) = read_one(text);
        let e = s.enforcement.expect("an enforcement block");
        assert_eq!(e.orders.len(), 1);
        assert_eq!(e.orders[0].document, "责令限期改正通知书");
        assert_eq!(e.orders[0].recipients.as_deref(), Some("3家单位"));
        assert_eq!(
            t.sources[0].pointer,
            "/measures/items/0/enforcement/orders/0/document"
        );
        let at = text.chars().position(|c| c == '《').unwrap() + 1;
        assert_eq!(t.sources[0].span, 10 + at..10 + at + 9);
        assert_eq!(t.log[0].0, Confidence::High);
        // Without 《》 the same sentence is placed with medium confidence.
        let (s, t) = read_one("并已经对部分涉案单位下达责令整改正通知书。");
        assert_eq!(
            s.enforcement.unwrap().orders[0].document,
            "责令整改正通知书"
        );
        assert_eq!(t.log[0].0, Confidence::Medium);
    }

    #[test]
    fn a_licence_or_a_task_is_not_an_order() {
        for text in [
            "出具建设项目结合民用建筑修建防空地下室意见书33份。",
            "向各街道下达年度工作任务，印发《关于开展普法工作的通知》。",
            "收到责令改正通知书的单位均已整改。",
        ] {
            let (s, t) = read_one(text);
            assert!(s.enforcement.is_none(), "{text}");
            assert!(t.sources.is_empty() && t.log.is_empty(), "{text}");
        }
    }

    #[test]
    fn occasions_listed_with_a_marker_become_one_event() {
        let text =
            "以国家安全教育日、“5.12”防灾减灾日和防空警报试鸣日为契机，向群众宣讲人民防空知识。";
        let (s, t) = read_one(text);
        assert_eq!(s.publicity.len(), 1);
        let e = &s.publicity[0];
        assert_eq!(e.activity, "向群众宣讲人民防空知识");
        let names: Vec<&str> = e.occasions.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            ["国家安全教育日", "“5.12”防灾减灾日", "防空警报试鸣日"]
        );
        let days: Vec<CommemorativeDay> = e.occasions.iter().map(|o| o.day).collect();
        assert_eq!(
            days,
            [
                CommemorativeDay::NationalSecurityEducationDay,
                CommemorativeDay::DisasterPreventionDay,
                CommemorativeDay::AirRaidSirenTestDay
            ]
        );
        let at = text.chars().position(|c| c == '“').unwrap();
        assert_eq!(t.sources[1].span, 10 + at..10 + at + 11);
        assert_eq!(
            t.sources[1].pointer,
            "/measures/items/0/publicity/0/occasions/1/name"
        );
    }

    #[test]
    fn days_named_by_their_date_and_publicity_weeks_are_occasions() {
        let (s, _) = read_one(
            "利用“12·4”国家宪法日、宪法宣传周和“3·15”消费者权益日等重要节点，开展普法宣传。",
        );
        let e = &s.publicity[0];
        let got: Vec<(&str, CommemorativeDay)> = e
            .occasions
            .iter()
            .map(|o| (o.name.as_str(), o.day))
            .collect();
        assert_eq!(
            got,
            [
                ("“12·4”国家宪法日", CommemorativeDay::ConstitutionDay),
                ("宪法宣传周", CommemorativeDay::ConstitutionDay),
                ("“3·15”消费者权益日", CommemorativeDay::Other),
            ]
        );
        assert_eq!(e.activity, "开展普法宣传");
    }

    #[test]
    fn a_day_without_a_marker_or_a_marker_without_a_day_is_not_an_event() {
        for text in [
            "国家宪法日当天，区司法局开展宣传。",
            "以习近平法治思想为指导，扎实开展普法工作。",
            "利用“12345”热线受理群众诉求。",
        ] {
            let (s, t) = read_one(text);
            assert!(s.publicity.is_empty(), "{text}");
            assert!(t.sources.is_empty(), "{text}");
        }
    }
}
