//! Building the report from the structure and placing the facts (事实归位).

use std::borrow::Cow;

use super::facts::{self, Fact, FactKind};
use super::relations;
use super::sentences::{Boundaries, CharText};
use super::structure::{self, Doc, Line, PartDoc, RunIn, SectionDoc};
use super::words::{self, contains_any};
use super::{Confidence, ImportError, ImportLog, Imported, LogKind, PlacedFact, SourceSpan};
use crate::model::{
    Comparison, Completeness, DecisionRole, FactPeriod, FactRef, Figure as FormFigure,
    HazardLedger, Indicator, IndicatorKind, Inspection, InspectionKind, ItemList, MajorDecision,
    Meeting, Meta, Notice, OtherMatters, PartKind, Period, PeriodKind, Person, Qualifier, Quantity,
    Range as FormRange, Ratio, Report, Section, Shortcoming, Signature, StudyFormat, StudySession,
    Target, Theme, Unit, Year,
};
use crate::validate::support::pointer::push_index;

struct Ctx {
    log: ImportLog,
    sources: Vec<SourceSpan>,
    facts: Vec<PlacedFact>,
    year: Year,
}

impl Ctx {
    fn source(&mut self, pointer: String, line: &Line) {
        self.sources.push(SourceSpan {
            pointer,
            span: line.span.clone(),
        });
    }
}

/// `{base}{mid}{k}{tail…}`: the JSON Pointer of an entry of a list (or the key of an
/// indicator), built at its exact length without the formatting machinery.
fn pointer_at(base: &str, mid: &str, k: usize, tail: &[&str]) -> String {
    // An index has at most 20 digits.
    let len = base.len() + mid.len() + 20 + tail.iter().map(|t| t.len()).sum::<usize>();
    let mut out = String::with_capacity(len);
    out.push_str(base);
    out.push_str(mid);
    push_index(&mut out, k);
    for t in tail {
        out.push_str(t);
    }
    out
}

fn part_key(kind: PartKind) -> &'static str {
    match kind {
        PartKind::Measures => "measures",
        PartKind::Shortcomings => "shortcomings",
        PartKind::Responsibility => "responsibility",
        PartKind::Plans => "plans",
        _ => "other",
    }
}

fn part_name(kind: PartKind) -> &'static str {
    match kind {
        PartKind::Measures => "一、主要举措和成效",
        PartKind::Shortcomings => "二、存在的不足和原因",
        PartKind::Responsibility => "三、第一责任人职责",
        PartKind::Plans => "四、下一年度主要安排",
        _ => "五、其他需要报告的情况",
    }
}

/// The theme of a subsection from its heading's keywords.
fn theme_of(heading: &str) -> Option<Theme> {
    let any = |w: &[&str]| contains_any(heading, w);
    Some(if any(&["普法", "法治宣传", "宣传教育"]) {
        Theme::LegalPublicity
    } else if any(&["决策", "法律顾问"]) {
        Theme::DecisionsAndCounsel
    } else if any(&["执法"]) {
        Theme::LawEnforcement
    } else if any(&["安全", "应急", "底线", "风险"]) {
        Theme::EmergenciesAndSafety
    } else if any(&["复议", "应诉", "矛盾", "纠纷", "信访", "调解"]) {
        Theme::Disputes
    } else if any(&["规范性文件", "制度建设", "立法", "备案审查"]) {
        Theme::RulesAndDocuments
    } else if any(&["公开", "监督", "制约"]) {
        Theme::SupervisionAndOpenness
    } else if any(&["数字", "信息化", "智慧", "网上"]) {
        Theme::DigitalGovernment
    } else if any(&["职能", "营商环境", "放管服", "服务"]) {
        Theme::GovernmentFunctions
    } else if any(&[
        "学习",
        "法治思想",
        "党的领导",
        "第一责任",
        "思想武装",
        "引领",
    ]) {
        Theme::StudyAndLeadership
    } else {
        return None;
    })
}

pub(crate) fn build(doc: Doc, text: &str, log: ImportLog) -> Result<Imported, ImportError> {
    let mut cx = Ctx {
        log,
        sources: Vec::new(),
        facts: Vec::new(),
        year: doc.year,
    };
    let title = match &doc.title {
        Some(t) => {
            cx.source("/meta/title".into(), t);
            t.text.clone()
        }
        None => {
            let t = format!("{}{}年度法治政府建设情况报告", doc.organization, doc.year);
            cx.log.push(
                LogKind::Guessed,
                Confidence::Low,
                "no title line found; a title is made up (标题未识别)",
                Some(t.clone()),
                None,
                Some("/meta/title".into()),
            );
            t
        }
    };
    let mut meta = Meta::new(title, doc.year, doc.organization.clone());
    if let Some(n) = &doc.document_number {
        cx.source("/meta/document_number".into(), n);
        cx.log.push(
            LogKind::Recognised,
            Confidence::High,
            "document number (文号)",
            Some(n.text.clone()),
            Some(n.span.clone()),
            Some("/meta/document_number".into()),
        );
        meta.document_number = Some(n.text.clone());
    }
    if let Some(a) = &doc.addressees {
        let names: Vec<String> = a
            .text
            .trim_end_matches(['：', ':'])
            .split('、')
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        cx.log.push(
            LogKind::Recognised,
            Confidence::Medium,
            "addressees (主送机关)",
            Some(a.text.clone()),
            Some(a.span.clone()),
            Some("/meta/addressees".into()),
        );
        meta.addressees = names;
    }
    for (i, p) in doc.preamble.iter().enumerate() {
        cx.source(format!("/meta/preamble/{i}"), p);
        meta.preamble.push(p.text.clone());
        if meta.notice.is_none()
            && let Some(n) = notice(&p.text)
        {
            cx.log.push(
                LogKind::Recognised,
                Confidence::Medium,
                "the notice the report answers (报送通知)",
                Some(format!("{}《{}》", n.issuer, n.title)),
                Some(p.span.clone()),
                Some("/meta/notice".into()),
            );
            meta.notice = Some(n);
        }
    }
    if doc.signature_org.is_some() || doc.signature_date.is_some() {
        let mut sig = Signature::default();
        if let Some(o) = &doc.signature_org {
            sig = sig.with_organization(o.text.clone());
            cx.log.push(
                LogKind::Recognised,
                Confidence::Medium,
                "signature organisation (落款单位)",
                Some(o.text.clone()),
                Some(o.span.clone()),
                Some("/meta/signature/organization".into()),
            );
        }
        if let Some(s) = &doc.signatory {
            sig = sig.with_signatory(s.clone());
        }
        meta.signature = Some(sig);
        if let Some((l, d)) = &doc.signature_date {
            meta.dates.written = Some(*d);
            cx.log.push(
                LogKind::Recognised,
                Confidence::High,
                "date of the report (成文日期)",
                Some(l.text.clone()),
                Some(l.span.clone()),
                Some("/meta/dates/written".into()),
            );
        }
    } else if let Some(s) = &doc.signatory {
        meta.signature = Some(Signature::default().with_signatory(s.clone()));
    }
    let mut report = Report::new(meta);
    let mut seen: Vec<PartKind> = Vec::new();
    if doc.parts.is_empty() {
        untitled_sections(&mut cx, &mut report, doc.loose, "（全文）");
        note_missing(&mut cx, &[]);
        return Ok(Imported {
            report,
            log: cx.log,
            text: text.to_owned(),
            sources: cx.sources,
            facts: cx.facts,
        });
    }
    untitled_sections(&mut cx, &mut report, doc.untitled, "（无标题）");
    let mut current = PartKind::Measures;
    for part in doc.parts {
        let kind = match part.kind {
            Some((k, c)) if !seen.contains(&k) => {
                cx.log.push(
                    LogKind::Recognised,
                    c,
                    format!("part heading classified as {} (部分标题归类)", part_name(k)),
                    Some(part.heading.text.clone()),
                    Some(part.heading.span.clone()),
                    Some(format!("/{}/heading", part_key(k))),
                );
                seen.push(k);
                current = k;
                Some(k)
            }
            Some((k, _)) => {
                cx.log.push(LogKind::Unclassified, Confidence::Medium, format!("a second heading of {}: kept as a subsection of that part (重复的部分标题)", part_name(k)), Some(part.heading.text.clone()), Some(part.heading.span.clone()), None);
                current = k;
                None
            }
            None => {
                cx.log.push(
                    LogKind::Unclassified,
                    Confidence::Low,
                    format!(
                        "part heading not classified: kept as a subsection of {} (无法归类的标题)",
                        part_name(current)
                    ),
                    Some(part.heading.text.clone()),
                    Some(part.heading.span.clone()),
                    None,
                );
                None
            }
        };
        match kind {
            Some(k) => fill_part(&mut cx, &mut report, k, part),
            None => merge_part(&mut cx, &mut report, current, part),
        }
    }
    note_missing(&mut cx, &seen);
    Ok(Imported {
        report,
        log: cx.log,
        text: text.to_owned(),
        sources: cx.sources,
        facts: cx.facts,
    })
}

/// Paragraphs under no part heading, as subsections of part 一 headed `heading` (a heading
/// that is not in the text: it has no source span), as many paragraphs to a subsection as
/// the schema allows.
fn untitled_sections(cx: &mut Ctx, report: &mut Report, lines: Vec<Line>, heading: &str) {
    let per_section = crate::parse::max_items("Section", "paragraphs").unwrap_or(100);
    let mut lines = lines.into_iter().peekable();
    while lines.peek().is_some() {
        let paras: Vec<Line> = lines.by_ref().take(per_section).collect();
        let heading = Line {
            text: heading.to_owned(),
            span: 0..0,
        };
        let base = format!("/measures/items/{}", report.measures.items.len());
        let s = section(cx, &base, &SectionDoc::new(heading, None, paras));
        report.measures.items.push(s);
    }
}

fn note_missing(cx: &mut Ctx, seen: &[PartKind]) {
    for k in [
        PartKind::Measures,
        PartKind::Shortcomings,
        PartKind::Responsibility,
        PartKind::Plans,
    ] {
        if !seen.contains(&k) {
            cx.log.push(LogKind::Guessed, Confidence::High, format!("part {} not found in the text: its heading is the mandated one and it is empty (缺少该部分)", part_name(k)), None, None, Some(format!("/{}", part_key(k))));
        }
    }
}

fn notice(p: &str) -> Option<Notice> {
    let start = p
        .find("按照")
        .map(|i| i + "按照".len())
        .or_else(|| p.find("根据").map(|i| i + "根据".len()))?;
    let rest = &p[start..];
    let about = rest.find("关于")?;
    let issuer = rest[..about].trim_end_matches('《').trim();
    let end = rest.find("通知").map(|i| i + "通知".len())?;
    if end <= about || issuer.is_empty() || issuer.chars().count() > 40 {
        return None;
    }
    let title = rest[about..end].trim_end_matches('》');
    if title.chars().count() > 200 {
        return None;
    }
    Some(Notice::new(issuer, title))
}

/// Logs a run-in heading (标题与正文连排) and the separator taken out of it, so that no
/// character of the text goes unaccounted for.
fn note_run_in(cx: &mut Ctx, run_in: Option<&RunIn>, heading: &Line, pointer: &str) {
    let Some(r) = run_in else { return };
    cx.log.push(
        LogKind::Recognised,
        Confidence::Medium,
        format!(
            "run-in heading (标题与正文连排): “{}” ends at the separator “{}”, taken out of the heading; the text after it is the heading's first paragraph",
            heading.text, r.separator.text
        ),
        Some(r.separator.text.clone()),
        Some(r.separator.span.clone()),
        Some(pointer.to_owned()),
    );
}

fn fill_part(cx: &mut Ctx, report: &mut Report, kind: PartKind, part: PartDoc) {
    let key = part_key(kind);
    cx.source(format!("/{key}/heading"), &part.heading);
    note_run_in(
        cx,
        part.run_in.as_ref(),
        &part.heading,
        &format!("/{key}/heading"),
    );
    match kind {
        PartKind::Shortcomings => {
            report.shortcomings.heading = part.heading.text.clone();
            shortcomings(cx, report, part);
        }
        PartKind::Plans => {
            let year = match structure::heading_year(&part.heading.text) {
                Some(y) => {
                    cx.log.push(
                        LogKind::Recognised,
                        Confidence::High,
                        "plan year from the heading (安排年度)",
                        Some(y.get().to_string()),
                        Some(part.heading.span.clone()),
                        Some("/plans/year".into()),
                    );
                    y
                }
                None => {
                    let y = cx.year.next();
                    cx.log.push(LogKind::Guessed, Confidence::Medium, "no year in the plan heading: the year after the report year (安排年度为推测)", Some(y.get().to_string()), Some(part.heading.span.clone()), Some("/plans/year".into()));
                    y
                }
            };
            report.plans.heading = part.heading.text.clone();
            report.plans.year = year;
            let (paras, items) = (&mut report.plans.paragraphs, &mut report.plans.items);
            sections(cx, kind, part, paras, items);
        }
        _ => {
            let heading = part.heading.text.clone();
            // A part may already hold what came before its heading (an unclassified heading,
            // the text before the first heading): its own paragraphs and subsections follow.
            let (paras, items) = match kind {
                PartKind::Measures => {
                    report.measures.heading = heading;
                    (&mut report.measures.paragraphs, &mut report.measures.items)
                }
                PartKind::Responsibility => {
                    report.responsibility.heading = heading;
                    (
                        &mut report.responsibility.paragraphs,
                        &mut report.responsibility.items,
                    )
                }
                _ => {
                    let other = report
                        .other
                        .get_or_insert_with(|| OtherMatters::new(heading, Vec::new()));
                    (&mut other.paragraphs, &mut other.items)
                }
            };
            sections(cx, kind, part, paras, items);
        }
    }
}

/// An unclassified or repeated part: its heading becomes a subsection of `kind`.
fn merge_part(cx: &mut Ctx, report: &mut Report, kind: PartKind, part: PartDoc) {
    if kind == PartKind::Shortcomings {
        let i = report.shortcomings.items.len();
        let mut item = Shortcoming::new(part.heading.text.clone());
        cx.source(format!("/shortcomings/items/{i}/problem"), &part.heading);
        note_run_in(
            cx,
            part.run_in.as_ref(),
            &part.heading,
            &format!("/shortcomings/items/{i}/problem"),
        );
        // The subsections' lines as printed (a run-in heading whole).
        for (j, p) in part
            .paragraphs
            .iter()
            .chain(part.sections.iter().flat_map(SectionDoc::lines))
            .enumerate()
        {
            cx.source(format!("/shortcomings/items/{i}/paragraphs/{j}"), p);
            item.paragraphs.push(p.text.clone());
            unplaced(cx, &format!("/shortcomings/items/{i}/paragraphs/{j}"), p);
        }
        report.shortcomings.items.push(item);
        return;
    }
    // Other matters not yet opened take their subsections into part 一, under its key.
    let (key, target) = match kind {
        PartKind::Responsibility => (part_key(kind), &mut report.responsibility.items),
        PartKind::Plans => (part_key(kind), &mut report.plans.items),
        PartKind::Measures | PartKind::Shortcomings => {
            (part_key(PartKind::Measures), &mut report.measures.items)
        }
        _ => match &mut report.other {
            Some(o) => (part_key(kind), &mut o.items),
            None => (part_key(PartKind::Measures), &mut report.measures.items),
        },
    };
    let lead = SectionDoc::new(part.heading, part.run_in, part.paragraphs);
    let s = section(cx, &format!("/{key}/items/{}", target.len()), &lead);
    target.push(s);
    for s in &part.sections {
        let s = section(cx, &format!("/{key}/items/{}", target.len()), s);
        target.push(s);
    }
}

/// Appends a part's own paragraphs and its subsections to those the part already holds.
fn sections(
    cx: &mut Ctx,
    kind: PartKind,
    part: PartDoc,
    paras: &mut Vec<String>,
    items: &mut Vec<Section>,
) {
    let key = part_key(kind);
    for p in &part.paragraphs {
        let ptr = format!("/{key}/paragraphs/{}", paras.len());
        cx.source(ptr.clone(), p);
        unplaced(cx, &ptr, p);
        paras.push(p.text.clone());
    }
    for s in &part.sections {
        let s = section(cx, &format!("/{key}/items/{}", items.len()), s);
        items.push(s);
    }
}

fn shortcomings(cx: &mut Ctx, report: &mut Report, part: PartDoc) {
    // Subsections （一）… are items; so are paragraphs opening with 一是/二是….
    let mut paras = Vec::new();
    let mut items: Vec<Shortcoming> = Vec::new();
    let mut item_sources: Vec<Vec<Line>> = Vec::new();
    for p in part.paragraphs {
        if let Some((marker, problem)) = enumeration(&p.text) {
            items.push(Shortcoming::new(problem).with_marker(marker));
            item_sources.push(vec![p]);
        } else if let Some(last) = item_sources.last_mut() {
            last.push(p);
        } else {
            paras.push(p);
        }
    }
    for s in part.sections {
        let text = s.heading.text.clone();
        let marker_len = structure::section_marker(&text).unwrap_or(0);
        let marker: String = text.chars().take(marker_len).collect();
        // The heading as printed, its marker in its own field (a stray full stop stays:
        // the text rules read it).
        let problem: String = text.chars().skip(marker_len).collect();
        let (problem, marker_len) = if problem.trim().is_empty() {
            (text.clone(), 0)
        } else {
            (problem, marker_len)
        };
        let i = items.len();
        let start = s.heading.span.start;
        if marker_len > 0 {
            cx.source(
                format!("/shortcomings/items/{i}/marker"),
                &Line {
                    text: marker.clone(),
                    span: start..start + marker_len,
                },
            );
        }
        cx.source(
            format!("/shortcomings/items/{i}/problem"),
            &Line {
                text: problem.clone(),
                span: start + marker_len..s.heading.span.end,
            },
        );
        let mut item = Shortcoming::new(problem);
        if marker_len > 0 {
            item = item.with_marker(marker);
        }
        note_run_in(
            cx,
            s.run_in.as_ref(),
            &s.heading,
            &format!("/shortcomings/items/{i}/problem"),
        );
        items.push(item);
        // Lower levels have no place in a shortcoming: their lines are its paragraphs.
        let mut lines = s.paragraphs;
        lines.extend(s.items.iter().flat_map(SectionDoc::lines).cloned());
        item_sources.push(lines);
    }
    for (j, p) in paras.iter().enumerate() {
        let ptr = format!("/shortcomings/paragraphs/{j}");
        cx.source(ptr.clone(), p);
        unplaced(cx, &ptr, p);
        report.shortcomings.paragraphs.push(p.text.clone());
    }
    for (i, (mut item, lines)) in items.into_iter().zip(item_sources).enumerate() {
        for (j, p) in lines.iter().enumerate() {
            let ptr = format!("/shortcomings/items/{i}/paragraphs/{j}");
            cx.source(ptr.clone(), p);
            unplaced(cx, &ptr, p);
            item.paragraphs.push(p.text.clone());
        }
        cx.log.push(
            LogKind::Recognised,
            Confidence::Medium,
            "shortcoming item (不足事项)",
            Some(item.problem.clone()),
            lines.first().map(|l| l.span.clone()),
            Some(format!("/shortcomings/items/{i}")),
        );
        report.shortcomings.items.push(item);
    }
}

/// 一是法治宣传有待加强。… → ("一是", "法治宣传有待加强").
fn enumeration(p: &str) -> Option<(String, String)> {
    let n = p
        .chars()
        .take_while(|c| ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].contains(c))
        .count();
    if n == 0 || n > 3 || p.chars().nth(n) != Some('是') {
        return None;
    }
    let marker: String = p.chars().take(n + 1).collect();
    let rest: String = p.chars().skip(n + 1).collect();
    let rest = rest.trim_start_matches(['：', ':', '，']);
    let problem: String = rest
        .split(['。', '；', '，', ';'])
        .next()
        .unwrap_or("")
        .chars()
        .take(500)
        .collect();
    (!problem.trim().is_empty()).then(|| (marker, problem.trim().to_owned()))
}

/// Facts of a paragraph that has no subsection to hold them: logged, not placed.
fn unplaced(cx: &mut Ctx, pointer: &str, p: &Line) {
    let ct = CharText::new(&p.text);
    let x = facts::extract_chars(&ct, Some(cx.year));
    for f in x.facts {
        let f = shift(f, p.span.start);
        cx.log.push(
            LogKind::Unplaced,
            Confidence::High,
            "fact outside a subsection, not placed (未放入字段)",
            Some(f.text.clone()),
            Some(f.span.clone()),
            None,
        );
        cx.facts.push(PlacedFact {
            fact: f,
            paragraph: pointer.to_owned(),
            pointer: None,
        });
    }
    for r in x.unread {
        unread(cx, p, &ct, r);
    }
}

fn unread(cx: &mut Ctx, p: &Line, ct: &CharText, r: std::ops::Range<usize>) {
    let text = ct.of(r.clone()).to_owned();
    cx.log.push(
        LogKind::Unplaced,
        Confidence::High,
        "number without a measure word, not placed (未识别的数字)",
        Some(text),
        Some(p.span.start + r.start..p.span.start + r.end),
        None,
    );
}

fn shift(mut f: Fact, by: usize) -> Fact {
    f.span = f.span.start + by..f.span.end + by;
    f
}

/// The subsection (or third- or fourth-level item) at `base`, with its items.
fn section(cx: &mut Ctx, base: &str, doc: &SectionDoc) -> Section {
    if doc.heading.span != (0..0) {
        cx.source([base, "/heading"].concat(), &doc.heading);
    }
    note_run_in(
        cx,
        doc.run_in.as_ref(),
        &doc.heading,
        &[base, "/heading"].concat(),
    );
    let mut s = Section::new(
        doc.heading.text.clone(),
        doc.paragraphs.iter().map(|p| p.text.clone()),
    );
    // The theme is the subsection's; its items share it.
    if doc.level == 2
        && let Some(t) = theme_of(&doc.heading.text)
    {
        s = s.with_theme(t);
    }
    heading_facts(cx, &mut s, base, &doc.heading);
    for (j, p) in doc.paragraphs.iter().enumerate() {
        let ptr = pointer_at(base, "/paragraphs/", j, &[]);
        cx.source(ptr.clone(), p);
        place_paragraph(cx, &mut s, base, &ptr, p);
        typed_blocks(cx, &mut s, base, p);
    }
    for (k, item) in doc.items.iter().enumerate() {
        let item = section(cx, &pointer_at(base, "/items/", k, &[]), item);
        s.items.push(item);
    }
    s
}

/// The figures and dates of a subsection's heading ("（二）全年办理复议案件12件") are facts
/// like those of its paragraphs; a part's heading (its year is the plan year) is not read.
fn heading_facts(cx: &mut Ctx, s: &mut Section, base: &str, heading: &Line) {
    if heading.span == (0..0) || !base.contains("/items/") {
        return;
    }
    let before = cx.facts.len();
    place_paragraph(cx, s, base, &[base, "/heading"].concat(), heading);
    if cx.facts.len() > before {
        cx.log.push(
            LogKind::Recognised,
            Confidence::Medium,
            format!(
                "{} figure(s) or date(s) in a subsection heading (标题中的数字)",
                cx.facts.len() - before
            ),
            Some(heading.text.clone()),
            Some(heading.span.clone()),
            Some([base, "/heading"].concat()),
        );
    }
}

/// Enforcement documents and publicity occasions read from the paragraph's wording.
fn typed_blocks(cx: &mut Ctx, s: &mut Section, base: &str, p: &Line) {
    let t = super::typed::read(s, base, &p.text, p.span.start);
    cx.sources.extend(t.sources);
    for (confidence, message, text, span, pointer) in t.log {
        cx.log.push(
            LogKind::Recognised,
            confidence,
            message,
            Some(text),
            Some(span),
            Some(pointer),
        );
    }
}

/// The figure that later relations of its sentence may refer to (总数).
#[derive(Clone)]
struct Whole {
    fact_ref: FactRef,
    unit: Unit,
    sentence: (usize, usize),
    end: usize,
    comparison: Option<usize>,
    breakdown: Option<usize>,
    /// Whether the whole is a figure of the previous sentence that a comparison opening
    /// this sentence refers to (…120件。同比增长20%。): it takes comparisons only.
    borrowed: bool,
}

/// A figure or range of a sentence, with the whole it became (if it did), so that a
/// comparison opening the next sentence can find the one figure it belongs to.
#[derive(Clone)]
struct SentenceFigure {
    unit: Unit,
    whole: Option<Whole>,
}

/// The whole of the previous sentence that a comparison opening this sentence belongs to:
/// the sentence before the figure (`lead`) names the base (同比, 比上年 …) and exactly one
/// figure of the previous sentence can take the comparison's role (for an absolute change
/// or the previous value, the only one with the same unit). `None` when ambiguous.
fn borrowed_whole(
    previous: &[SentenceFigure],
    lead: &str,
    clause: &str,
    clause_base: bool,
    unit: &Unit,
    sentence: (usize, usize),
) -> Option<Whole> {
    if previous.is_empty() || !relations::names_base(lead) {
        return None;
    }
    let mut fits = previous.iter().filter(|c| {
        relations::comparison_role_based(clause, clause_base, unit, &c.unit, true).is_some()
    });
    let only = fits.next()?;
    if fits.next().is_some() {
        return None;
    }
    let mut w = only.whole.clone()?;
    w.sentence = sentence;
    w.borrowed = true;
    Some(w)
}

/// How far a sentence is looked for around a fact, in characters, so that a paragraph
/// without any full stop costs linear time, not quadratic.
const SENTENCE_REACH: usize = 600;

/// The ends of a sentence (。；！？).
fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | '！' | '？')
}

/// The ends of a long sentence (。！？!?): a breakdown's "其中" runs over ；.
fn is_long_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// The label of a figure of another form: its counted phrase, else its text.
fn figure_label(f: &Fact) -> String {
    let l = if f.label.trim().is_empty() {
        f.text.as_str()
    } else {
        f.label.trim()
    };
    words::first_chars(l, 300).to_owned()
}

/// A period "截至11月底" / "截至11月30日" of the report year as a partial-year period.
fn partial_period(text: &str, year: Year) -> Option<Period> {
    let rest = text.strip_prefix("截至")?;
    if rest.contains("年底") || rest.contains("年末") {
        return None;
    }
    let (m, tail) = rest.split_once('月')?;
    let month: u8 = m.trim().parse().ok()?;
    let month = time::Month::try_from(month).ok()?;
    let y = i32::from(year.get());
    let end = if tail.starts_with('底') || tail.starts_with('末') {
        let days = month.length(y);
        time::Date::from_calendar_date(y, month, days).ok()?
    } else {
        let d: u8 = tail.trim_end_matches(['日', '号']).parse().ok()?;
        time::Date::from_calendar_date(y, month, d).ok()?
    };
    let text: String = text.chars().take(100).collect();
    Some(
        Period::default()
            .with_kind(PeriodKind::PartialYear)
            .with_end(end)
            .with_text(text),
    )
}

fn place_paragraph(cx: &mut Ctx, s: &mut Section, base: &str, ptr: &str, p: &Line) {
    let ct = CharText::new(&p.text);
    let chars = &ct.chars;
    let sentences = Boundaries::new(chars, is_sentence_end);
    let longs = Boundaries::new(chars, is_long_sentence_end);
    // Most paragraphs hold no target word: one search of the text before any is located.
    let target_words = if contains_any(&p.text, relations::TARGET_WORDS) {
        words::occurrences(chars, relations::TARGET_WORDS)
    } else {
        Vec::new()
    };
    let sentence = |span: &std::ops::Range<usize>| sentences.around(span, SENTENCE_REACH);
    let long_sentence = |span: &std::ops::Range<usize>| longs.around(span, SENTENCE_REACH);
    let x = facts::extract_chars(&ct, Some(cx.year));
    for r in &x.unread {
        unread(cx, p, &ct, r.clone());
    }
    let mut ledger_sentence: Option<(usize, usize)> = None;
    let mut decision_sentence: Option<(usize, usize)> = None;
    let mut decision_first = 0usize;
    let mut whole: Option<Whole> = None;
    // The breakdown and member the last figure went to, if it was a member.
    let mut last_member: Option<(usize, usize)> = None;
    // A pointer decided for a later fact (the second figure of a before/after pair).
    let mut forced: Option<(usize, String)> = None;
    let mut prev_end = 0usize;
    // The figures of the current long sentence and of the one right before it.
    let mut this_sentence: ((usize, usize), Vec<SentenceFigure>) = ((0, 0), Vec::new());
    let mut previous_sentence: Vec<SentenceFigure> = Vec::new();
    let mut all = x.facts.into_iter().enumerate().peekable();
    while let Some((idx, f)) = all.next() {
        let long = long_sentence(&f.span);
        if this_sentence.0 != long {
            let (was, figures) = std::mem::take(&mut this_sentence);
            // Only the sentence right before (nothing but its end and spaces between).
            let adjacent = was.1 <= long.0
                && ct
                    .of(was.1..long.0)
                    .trim_matches(|c: char| c.is_whitespace() || is_long_sentence_end(c))
                    .is_empty();
            previous_sentence = if adjacent { figures } else { Vec::new() };
            this_sentence.0 = long;
        }
        if whole.as_ref().is_some_and(|w| w.sentence != long) {
            whole = None;
            last_member = None;
        }
        let lead = ct.of(prev_end.max(long.0).min(f.span.start)..f.span.start);
        prev_end = f.span.end;
        let clause = relations::last_clause(lead);
        // Whether the clause names a comparison's base, found once for the questions below.
        let clause_base_found = std::cell::OnceCell::new();
        let clause_base = || *clause_base_found.get_or_init(|| relations::names_base(clause));
        let sent = sentence(&f.span);
        let stext = ct.of(sent.0..sent.1);
        // What the import recognised or doubted about a relation, for the log.
        let mut relation: Option<(Confidence, Cow<'static, str>)> = None;
        let forced_here = match &forced {
            Some((i, _)) if *i == idx => forced.take().map(|(_, p)| p),
            _ => None,
        };
        let placed: Option<String> = if let Some(pointer) = forced_here {
            Some(pointer)
        } else {
            match &f.kind {
                FactKind::Figure(fig) => {
                    let q = fig.quantity.clone();
                    let next = all
                        .peek()
                        .map(|(_, g)| g)
                        .filter(|g| long_sentence(&g.span) == long);
                    let pair = next.and_then(|g| match &g.kind {
                        FactKind::Figure(after) => relations::before_after(
                            lead,
                            ct.of(f.span.end..g.span.start),
                            &q,
                            &after.quantity,
                        ),
                        _ => None,
                    });
                    let share_of = last_member.filter(|(b, m)| {
                        q.unit().is_percent()
                            && relations::is_share(clause)
                            && s.breakdowns[*b].members[*m].share.is_none()
                    });
                    if whole.is_none() && this_sentence.1.is_empty() {
                        whole = borrowed_whole(
                            &previous_sentence,
                            ct.of(long.0..f.span.start),
                            clause,
                            clause_base(),
                            q.unit(),
                            long,
                        );
                    }
                    let role = whole.as_ref().and_then(|w| {
                        relations::comparison_role_based(
                            clause,
                            clause_base(),
                            q.unit(),
                            &w.unit,
                            w.comparison.is_some() || w.borrowed,
                        )
                    });
                    if let Some(ba) = pair {
                        let k = s.figures.len();
                        // 企业开办时间由3个工作日…: the label is what stands before 由/从.
                        let mut g = f.clone();
                        g.label = f.label.split(['由', '从']).next().unwrap_or("").to_owned();
                        s.figures
                            .push(FormFigure::new(figure_label(&g)).with_before_after(ba));
                        forced = Some((
                            idx + 1,
                            pointer_at(base, "/figures/", k, &["/before_after/after"]),
                        ));
                        relation = Some((Confidence::High, "before/after pair (前后对比)".into()));
                        Some(pointer_at(base, "/figures/", k, &["/before_after/before"]))
                    } else if let Some((b, m)) = share_of {
                        s.breakdowns[b].members[m].share = Some(q);
                        relation = Some((
                            Confidence::High,
                            "share of a breakdown member (占比)".into(),
                        ));
                        Some(pointer_at(
                            base,
                            "/breakdowns/",
                            b,
                            &["/members/", &m.to_string(), "/share"],
                        ))
                    } else if let (Some(role), Some(w), None) = (role, whole.as_mut(), last_member)
                    {
                        let existing = w.comparison;
                        let mut c = match existing {
                            Some(k) => s.comparisons[k].clone(),
                            None => Comparison::new(w.fact_ref.clone()),
                        };
                        if relations::fill_comparison(&mut c, role, q.clone()) {
                            let k = existing.unwrap_or(s.comparisons.len());
                            if existing.is_some() {
                                s.comparisons[k] = c;
                            } else {
                                s.comparisons.push(c);
                                w.comparison = Some(k);
                            }
                            relation = Some((
                                Confidence::High,
                                "comparison with the previous year (同比)".into(),
                            ));
                            Some(pointer_at(
                                base,
                                "/comparisons/",
                                k,
                                &["/", relations::role_field(role)],
                            ))
                        } else {
                            relation = Some((Confidence::Low, "a second figure for the same side of a comparison: kept as an indicator (同比表述不明确)".into()));
                            Some(indicator(s, base, &f, q))
                        }
                    } else if let Some(member_at) = whole.as_mut().and_then(|w| {
                        if q.unit() != &w.unit || q.unit().is_percent() || w.borrowed {
                            return None;
                        }
                        match (w.breakdown, last_member) {
                            (Some(b), Some(_)) if relations::continues_breakdown(lead) => Some(b),
                            (None, _) => {
                                let between = ct.of(w.end..f.span.start);
                                let (axis, completeness) = relations::breakdown_axis(between)?;
                                let b = s.breakdowns.len();
                                s.breakdowns.push(relations::breakdown(
                                    w.fact_ref.clone(),
                                    axis,
                                    completeness,
                                ));
                                w.breakdown = Some(b);
                                Some(b)
                            }
                            _ => None,
                        }
                    }) {
                        let b = member_at;
                        let m = s.breakdowns[b].members.len();
                        let member = relations::member(&f.label, &f.text, q);
                        if member.other {
                            s.breakdowns[b].completeness = Completeness::Complete;
                        }
                        s.breakdowns[b].members.push(member);
                        last_member = Some((b, m));
                        let how = match s.breakdowns[b].completeness {
                            Completeness::Complete => {
                                "member of a complete breakdown (完整分类的分项)"
                            }
                            _ => {
                                "member of a partial breakdown: the text does not say the members are all (“其中”分项)"
                            }
                        };
                        relation = Some((Confidence::Medium, how.into()));
                        Some(pointer_at(
                            base,
                            "/breakdowns/",
                            b,
                            &["/members/", &m.to_string(), "/value"],
                        ))
                    } else if let Some(comparator) = relations::target_comparator(
                        target_words
                            .iter()
                            .any(|&(a, b)| a >= long.0 && b <= f.span.start),
                        clause,
                        ct.of(f.span.end..(f.span.end + 3).min(long.1)),
                        q.qualifier(),
                        q.unit().is_percent(),
                        base.starts_with("/plans/"),
                    ) {
                        let after = ct.of(f.span.end..(f.span.end + 3).min(long.1));
                        let goal_after = after.starts_with("的目标") || after.starts_with("目标");
                        let mut t = Target::new(comparator)
                            .with_value(q.clone().with_qualifier(Qualifier::Exact));
                        if goal_after
                            && let Some(w) = whole
                                .as_ref()
                                .filter(|w| &w.unit == q.unit() && !w.borrowed)
                        {
                            t = t.with_actual_fact(w.fact_ref.clone());
                        }
                        let k = s.figures.len();
                        s.figures
                            .push(FormFigure::new(figure_label(&f)).with_target(t));
                        relation = Some((Confidence::Medium, "target (目标/限值)".into()));
                        Some(pointer_at(base, "/figures/", k, &["/target/value"]))
                    } else {
                        if clause_base() || relations::is_share(clause) && q.unit().is_percent() {
                            relation = Some((Confidence::Low, "a comparison or share whose figure is not clear from the sentence: kept as an indicator (关系不明确)".into()));
                        }
                        let pointer = if stext.contains("隐患")
                            && (f.label.contains("发现")
                                || f.label.contains("排查")
                                || f.label.contains("整改"))
                        {
                            hazard(s, base, &f, q.clone(), sent, &mut ledger_sentence, stext)
                        } else {
                            indicator(s, base, &f, q.clone())
                        };
                        let fact_ref = fact_ref_of(s, base, &pointer);
                        if let Some(r) = &fact_ref
                            && let Some(period) =
                                f.period.as_deref().and_then(|t| partial_period(t, cx.year))
                        {
                            s.periods.push(FactPeriod::new(r.clone(), period));
                        }
                        whole = fact_ref.map(|fact_ref| Whole {
                            fact_ref,
                            unit: q.unit().clone(),
                            sentence: long,
                            end: f.span.end,
                            comparison: None,
                            breakdown: None,
                            borrowed: false,
                        });
                        last_member = None;
                        Some(pointer)
                    }
                }
                FactKind::Range { low, high, unit } => {
                    match (
                        Quantity::new(*low, unit.clone()),
                        Quantity::new(*high, unit.clone()),
                    ) {
                        (Ok(lo), Ok(hi)) => {
                            let k = s.figures.len();
                            s.figures.push(
                                FormFigure::new(figure_label(&f))
                                    .with_range(FormRange::new(lo, hi)),
                            );
                            relation = Some((Confidence::High, "range (区间)".into()));
                            Some(pointer_at(base, "/figures/", k, &["/range"]))
                        }
                        _ => None,
                    }
                }
                FactKind::Ratio { terms } if terms.len() == 2 && !terms[1].is_zero() => {
                    let k = s.figures.len();
                    s.figures.push(
                        FormFigure::new(figure_label(&f))
                            .with_ratio(Ratio::new(terms[0], terms[1])),
                    );
                    relation = Some((Confidence::High, "ratio (比例)".into()));
                    Some(pointer_at(base, "/figures/", k, &["/ratio"]))
                }
                FactKind::Date { date: Some(d), .. } => study(s, base, chars, &f, sent, *d),
                FactKind::Meeting {
                    name,
                    body,
                    meeting,
                    ordinal,
                } => {
                    let approves = ["审议通过", "审定", "审议", "研究通过", "通过"]
                        .iter()
                        .any(|w| stext.contains(w));
                    if approves {
                        if decision_sentence != Some(sent) {
                            decision_sentence = Some(sent);
                            decision_first = s.decisions.len();
                            let before_meeting = ct.of(sent.0..f.span.start);
                            for name in decision_names(before_meeting) {
                                let mut d = MajorDecision::new(name);
                                if before_meeting.contains("牵头") {
                                    d = d.with_role(DecisionRole::LeadUnit);
                                }
                                s.decisions.push(d);
                            }
                        }
                        let m = Meeting::new(name.clone(), body.clone(), *meeting)
                            .with_ordinal(*ordinal);
                        let n = s.decisions.len();
                        let first = decision_first.min(n);
                        let mut at = None;
                        for d in first..n {
                            let k = s.decisions[d].approvals.len();
                            s.decisions[d].approvals.push(m.clone());
                            at.get_or_insert(format!("{base}/decisions/{d}/approvals/{k}"));
                        }
                        at
                    } else {
                        None
                    }
                }
                FactKind::List {
                    items,
                    exhaustive,
                    total,
                } => {
                    let list = ItemList::of(items.iter().cloned())
                        .with_exhaustive(*exhaustive)
                        .with_total(total.clone());
                    if stext.contains("联合检查") || stext.contains("联合执法") {
                        let k = s.inspections.len();
                        let mut ins = Inspection::new(InspectionKind::Joint).with_sites(list);
                        if !f.label.is_empty() {
                            ins = ins.with_scope(f.label.clone());
                        }
                        s.inspections.push(ins);
                        Some(pointer_at(base, "/inspections/", k, &["/sites/total"]))
                    } else {
                        let mut g = f.clone();
                        g.label = format!("{}{}", items.join("、"), f.label);
                        Some(indicator(s, base, &g, total.clone()))
                    }
                }
                _ => None,
            }
        };
        // Note the figure for the next sentence, with the whole it became (kept current:
        // a comparison later in this sentence fills the same whole).
        let unit = match &f.kind {
            FactKind::Figure(fig) => Some(fig.quantity.unit().clone()),
            FactKind::Range { unit, .. } => Some(unit.clone()),
            _ => None,
        };
        if let Some(unit) = unit {
            let own = whole
                .as_ref()
                .filter(|w| w.end == f.span.end && !w.borrowed)
                .cloned();
            this_sentence.1.push(SentenceFigure { unit, whole: own });
        }
        if let Some(w) = whole.as_ref().filter(|w| !w.borrowed)
            && let Some(c) = this_sentence
                .1
                .iter_mut()
                .find(|c| c.whole.as_ref().is_some_and(|o| o.end == w.end))
        {
            c.whole = Some(w.clone());
        }
        let f = shift(f, p.span.start);
        if let Some((confidence, message)) = relation {
            let kind = if confidence == Confidence::Low {
                LogKind::Guessed
            } else {
                LogKind::Recognised
            };
            cx.log.push(
                kind,
                confidence,
                message,
                Some(f.text.clone()),
                Some(f.span.clone()),
                placed.clone(),
            );
        }
        if placed.is_none() {
            cx.log.push(
                LogKind::Unplaced,
                Confidence::High,
                "fact with no field in the model, not placed (未放入字段)",
                Some(f.text.clone()),
                Some(f.span.clone()),
                None,
            );
        }
        cx.facts.push(PlacedFact {
            fact: f,
            paragraph: ptr.to_owned(),
            pointer: placed,
        });
    }
}

/// A figure of a hazard ledger (隐患台账): found, rectified or the rate, else an indicator.
fn hazard(
    s: &mut Section,
    base: &str,
    f: &Fact,
    q: Quantity,
    sent: (usize, usize),
    ledger_sentence: &mut Option<(usize, usize)>,
    stext: &str,
) -> String {
    let new_ledger = *ledger_sentence != Some(sent) || s.hazards.is_empty();
    if new_ledger {
        let label = if stext.contains("安全隐患") {
            "安全隐患"
        } else {
            "隐患"
        };
        s.hazards.push(HazardLedger::new(label));
        *ledger_sentence = Some(sent);
    }
    let h = s.hazards.len() - 1;
    let ledger = &mut s.hazards[h];
    let field = if q.unit().is_percent() && f.label.contains("率") && ledger.rate.is_none() {
        ledger.rate = Some(q.clone());
        "rate"
    } else if (f.label.contains("发现") || f.label.contains("排查")) && ledger.found.is_none() {
        ledger.found = Some(q.clone());
        "found"
    } else if f.label.contains("整改") && ledger.rectified.is_none() && !q.unit().is_percent() {
        ledger.rectified = Some(q.clone());
        "rectified"
    } else {
        ""
    };
    if field.is_empty() {
        if s.hazards[h] == HazardLedger::new(s.hazards[h].label.clone()) {
            s.hazards.pop();
        }
        indicator(s, base, f, q)
    } else {
        pointer_at(base, "/hazards/", h, &["/", field])
    }
}

/// The reference (relative to the subsection) of a figure placed at `pointer`.
fn fact_ref_of(s: &Section, base: &str, pointer: &str) -> Option<FactRef> {
    let rel = pointer.strip_prefix(base)?;
    if let Some(rest) = rel.strip_prefix("/indicators/") {
        let k: usize = rest.strip_suffix("/value")?.parse().ok()?;
        return s.indicators.get(k)?.key.clone().map(FactRef::indicator);
    }
    Some(FactRef::field(rel))
}

/// The decisions named before the approving meetings: "开展的A和B工作" → [A, B].
fn decision_names(before: &str) -> Vec<String> {
    let name = if let Some(p) = before.rfind("开展的") {
        let rest = &before[p + "开展的".len()..];
        let end = rest
            .find("工作")
            .or_else(|| rest.find('，'))
            .unwrap_or(rest.len());
        rest[..end].to_owned()
    } else if let (Some(a), Some(b)) = (before.find('《'), before.find('》')) {
        before.get(a + '《'.len_utf8()..b).unwrap_or("").to_owned()
    } else {
        before
            .split(['，', '。'])
            .find(|s| !s.trim().is_empty())
            .unwrap_or("")
            .to_owned()
    };
    // 西山镇老街改造工程经…会议: the preposition before the meeting is no part of the name.
    let name = name
        .trim()
        .trim_end_matches("提交")
        .trim_end_matches(['经', '由', '提', '交', '请'])
        .trim();
    if name.is_empty() {
        return vec!["重大行政决策事项（名称未识别）".to_owned()];
    }
    let parts: Vec<String> = if name.contains("）和") {
        name.split_inclusive("）和")
            .map(|s| s.trim_end_matches('和').to_owned())
            .collect()
    } else {
        vec![name.to_owned()]
    };
    parts
        .into_iter()
        .map(|s| s.chars().take(200).collect())
        .collect()
}

const POSITIONS: &[&str] = &[
    "副教授",
    "教授",
    "法官",
    "副主任",
    "主任",
    "党组书记",
    "书记",
    "律师",
    "副研究员",
    "研究员",
    "副处长",
    "处长",
    "副局长",
    "局长",
    "副院长",
    "院长",
    "庭长",
    "检察官",
    "讲师",
    "专家",
    "部长",
    "科长",
];

fn study(
    s: &mut Section,
    base: &str,
    chars: &[char],
    f: &Fact,
    sent: (usize, usize),
    date: time::Date,
) -> Option<String> {
    let text: String = chars[f.span.end.min(sent.1)..sent.1].iter().collect();
    let text = text.trim_start_matches(['，', ',', '、']);
    let is_study = [
        "授课",
        "讲座",
        "聆听",
        "专题学习",
        "集中学习",
        "学习",
        "培训",
        "宣讲",
    ]
    .iter()
    .any(|w| text.contains(w));
    if !is_study {
        return None;
    }
    let topic = if let Some(p) = text.find("关于") {
        let rest = &text[p + "关于".len()..];
        let end = ["的授课", "授课", "的讲座", "讲座", "的专题", "的辅导", "。"]
            .iter()
            .filter_map(|w| rest.find(w))
            .min()
            .unwrap_or(rest.len());
        rest[..end].to_owned()
    } else if let (Some(a), Some(b)) = (text.find("进行"), text.find("专题学习")) {
        if a < b {
            text[a + "进行".len()..b].to_owned()
        } else {
            text.to_owned()
        }
    } else {
        text.trim_end_matches('。').to_owned()
    };
    let topic: String = topic.chars().take(300).collect();
    let topic = if topic.trim().is_empty() {
        "学习".to_owned()
    } else {
        topic
    };
    let mut st = StudySession::new(topic).with_date(date);
    if let (Some(a), Some(b)) = (text.find("在"), text.find("的统一组织下"))
        && a < b
    {
        st = st.with_organizer(text[a + "在".len()..b].to_owned());
    }
    if let Some(g) = text.find("同志") {
        let before = &text[..g];
        let pos = POSITIONS
            .iter()
            .filter_map(|w| before.rfind(w).map(|i| (i, *w)))
            // The position ending last, the longest of those ending there (副教授, not
            // 教授 with 副 left in the affiliation).
            .max_by_key(|(i, w)| (i + w.len(), w.len()));
        if let Some((pi, pw)) = pos {
            let name = &before[pi + pw.len()..];
            let n = name.chars().count();
            if (2..=4).contains(&n) {
                let aff_start = before
                    .find("聆听了")
                    .map(|i| i + "聆听了".len())
                    .or_else(|| before.rfind('，').map(|i| i + '，'.len_utf8()))
                    .unwrap_or(0);
                let mut person = Person::new(name).with_position(pw);
                let aff = before.get(aff_start..pi).unwrap_or("").trim();
                if !aff.is_empty() && aff.chars().count() <= 50 && !aff.contains("组织") {
                    person = person.with_affiliation(aff);
                }
                if text[g..].starts_with("同志组织") {
                    st = st
                        .with_convener(person)
                        .with_format(StudyFormat::Collective);
                } else {
                    st = st.with_speaker(person);
                }
            }
        }
    }
    if st.format.is_none() {
        if text.contains("授课") || text.contains("讲座") || text.contains("聆听") {
            st = st.with_format(StudyFormat::Lecture);
        } else if text.contains("培训") {
            st = st.with_format(StudyFormat::Training);
        } else if text.contains("专题学习") || text.contains("集中学习") {
            st = st.with_format(StudyFormat::Collective);
        }
    }
    let k = s.studies.len();
    s.studies.push(st);
    Some(pointer_at(base, "/studies/", k, &["/date"]))
}

fn indicator(s: &mut Section, base: &str, f: &Fact, q: Quantity) -> String {
    let k = s.indicators.len();
    let label = if f.label.trim().is_empty() {
        &f.text
    } else {
        &f.label
    };
    let label = words::first_chars(label, 300);
    let unit = q.unit();
    let kind = if unit.is_percent() {
        if contains_any(label, &["同比", "增长", "下降", "提高", "减少", "上升"]) {
            Some(IndicatorKind::Growth)
        } else if label.contains('率') {
            Some(IndicatorKind::Rate)
        } else {
            None
        }
    } else if matches!(
        unit,
        Unit::Yuan | Unit::WanYuan | Unit::YiYuan | Unit::SquareMetre
    ) {
        Some(IndicatorKind::Amount)
    } else if unit.is_whole() {
        Some(IndicatorKind::Count)
    } else {
        None
    };
    let mut ind =
        Indicator::new(label.to_owned(), q).with_key(pointer_at("figure_", "", k + 1, &[]));
    if let Some(kind) = kind {
        ind = ind.with_kind(kind);
    }
    if let Some(p) = &f.period {
        ind = ind.with_period(p.clone());
    }
    s.indicators.push(ind);
    pointer_at(base, "/indicators/", k, &["/value"])
}
