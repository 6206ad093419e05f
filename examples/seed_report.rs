//! The main job: load the reference report (区国动办2023年度法治政府建设情况报告), print a
//! summary of its parts and figures, its validation findings, and last a tally of the
//! findings (errors, warnings, by family). With `--json`, the report's JSON follows the
//! summary and findings, before the tally.
//!
//! ```text
//! cargo run --example seed_report
//! cargo run --example seed_report -- --json
//! ```

use std::collections::BTreeMap;
use std::error::Error;
use std::fmt::Write as _;

use fazhi_report::validate::Severity;
use fazhi_report::{AdviserKind, Duty, InspectionKind, ItemList, Quantity, Report, Section, Theme};

/// The reference report, as typed JSON; compiled in so the example runs from any directory.
const REFERENCE: &str = include_str!("../tests/fixtures/reference.json");

fn main() -> Result<(), Box<dyn Error>> {
    let mut json = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            _ => return Err(format!("unknown argument {arg:?} (the only flag is --json)").into()),
        }
    }
    let report = Report::from_json_str(REFERENCE)?;
    print!("{}", summary(&report)?);

    let validation = report.validate();
    println!("== 校验结果：{} 条 ==", validation.len());
    for f in validation.findings() {
        println!(
            "[{}] {} {}\n    {}",
            f.severity().label_zh(),
            f.code(),
            f.pointer(),
            f.message_zh()
        );
    }
    println!();

    if json {
        println!("== JSON ==");
        println!("{}", report.to_json_pretty()?);
        println!();
    }

    // The tally comes last, so that it is what stays on the screen.
    let mut families: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for f in validation.findings() {
        let family = f
            .code()
            .split_once('.')
            .map_or(f.code(), |(family, _)| family);
        let entry = families.entry(family).or_default();
        if f.severity() == Severity::Error {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
    }
    println!("== 合计 ==");
    println!(
        "错误 {} 条，警告 {} 条（共 {} 条）",
        validation.errors().count(),
        validation.warnings().count(),
        validation.len()
    );
    for (family, (errors, warnings)) in &families {
        println!("  {family:<12} 错误 {errors:>2}  警告 {warnings:>2}");
    }
    if !json {
        println!("（加 -- --json 输出报告 JSON）");
    }
    Ok(())
}

/// A readable summary of the report's parts and typed figures.
fn summary(r: &Report) -> Result<String, std::fmt::Error> {
    let mut out = String::new();
    let o = &mut out;
    let m = &r.meta;
    writeln!(o, "== {} ==", m.title)?;
    writeln!(o, "报告年度：{}", m.year)?;
    let org = &m.organization;
    writeln!(
        o,
        "报告单位：{}{}",
        org.name,
        org.region
            .as_deref()
            .map(|r| format!("（{r}）"))
            .unwrap_or_default()
    )?;
    if let Some(n) = &m.notice {
        writeln!(o, "报送通知：{}《{}》", n.issuer, n.title)?;
    }
    writeln!(o)?;

    writeln!(o, "{}", r.measures.heading)?;
    for s in &r.measures.items {
        section(o, s)?;
    }
    writeln!(o)?;

    writeln!(o, "{}", r.shortcomings.heading)?;
    for item in &r.shortcomings.items {
        writeln!(
            o,
            "  {}{}；原因：{}；措施：{}",
            item.marker.as_deref().unwrap_or("·"),
            item.problem,
            item.cause.as_deref().unwrap_or("（未写明）"),
            item.remedy.as_deref().unwrap_or("（未写明）"),
        )?;
    }
    writeln!(o)?;

    writeln!(o, "{}", r.responsibility.heading)?;
    for s in &r.responsibility.items {
        section(o, s)?;
    }
    writeln!(o)?;

    writeln!(o, "{}（安排年度：{}）", r.plans.heading, r.plans.year)?;
    for s in &r.plans.items {
        section(o, s)?;
    }
    match &r.other {
        Some(other) => writeln!(o, "\n{}", other.heading)?,
        None => writeln!(o, "\n（无第五部分“其他需要报告的情况”）")?,
    }
    writeln!(o)?;
    Ok(out)
}

/// One subsection: heading, theme, and every typed fact it carries.
fn section(o: &mut String, s: &Section) -> std::fmt::Result {
    let theme = s.theme.map(theme_zh).unwrap_or("未分类");
    writeln!(o, "  {}  [{theme}]", s.heading)?;
    for i in &s.indicators {
        writeln!(o, "    · {}：{}", i.label, i.value)?;
    }
    for st in &s.studies {
        let when = st
            .date
            .map_or_else(|| "（未注明日期）".to_owned(), |d| d.to_string());
        let who = st
            .speaker
            .as_ref()
            .or(st.convener.as_ref())
            .map(|p| {
                format!(
                    "，{}{}{}",
                    p.affiliation.as_deref().unwrap_or(""),
                    p.position.as_deref().unwrap_or(""),
                    p.name
                )
            })
            .unwrap_or_default();
        writeln!(o, "    · 学习 {when}：{}{who}", st.topic)?;
        if !st.contents.items.is_empty() {
            writeln!(o, "      内容：{}", list(&st.contents))?;
        }
    }
    for mat in &s.study_materials {
        let dist = mat.distribution.as_deref().unwrap_or("");
        writeln!(o, "    · 学习材料《{}》{dist}", mat.title)?;
    }
    for c in &s.campaigns {
        let scope = c.scope.as_deref().unwrap_or("");
        writeln!(o, "    · 专项行动：{scope}{}", c.name)?;
        if !c.topics.items.is_empty() {
            writeln!(o, "      分项：{}", list(&c.topics))?;
        }
    }
    for v in &s.services {
        let led = v.led_by.as_deref().unwrap_or("");
        writeln!(o, "    · 上门服务（{led}带队）：{}", list(&v.targets))?;
    }
    for p in &s.publications {
        writeln!(o, "    · 编制材料《{}》", p.title)?;
    }
    for h in &s.hazards {
        writeln!(
            o,
            "    · {}：发现 {}，已整改 {}（类别：{}）",
            h.label,
            opt(&h.found),
            opt(&h.rectified),
            list(&h.categories)
        )?;
    }
    for i in &s.inspections {
        let mut line = format!(
            "    · {}：{}",
            inspection_zh(i.kind),
            i.scope.as_deref().unwrap_or("")
        );
        if let Some(n) = &i.count {
            line.push_str(&format!(" {n}"));
        }
        if let Some(n) = &i.personnel {
            line.push_str(&format!("，出动 {n}"));
        }
        writeln!(o, "{line}")?;
        if !i.partners.items.is_empty() {
            writeln!(o, "      联合单位：{}", list(&i.partners))?;
        }
        if !i.sites.is_empty() {
            writeln!(o, "      检查对象：{}", list(&i.sites))?;
        }
        for outcome in &i.outcomes {
            writeln!(o, "      结果：{outcome}")?;
        }
    }
    if let Some(dm) = &s.decision_making {
        writeln!(
            o,
            "    · 议事决策：{}集体研究（{}）；一把手末位表态：{}",
            dm.bodies.join("、"),
            list(&dm.matters),
            yes(dm.head_speaks_last)
        )?;
    }
    for d in &s.decisions {
        let meetings: Vec<String> = d.approvals.iter().map(|m| m.name.clone()).collect();
        let procedures = d
            .procedures
            .as_ref()
            .map_or_else(|| "未列明".to_owned(), |p| format!("{p:?}"));
        writeln!(
            o,
            "    · 重大行政决策：{}；审议：{}；程序：{procedures}",
            d.name,
            meetings.join("、")
        )?;
    }
    if let Some(c) = &s.counsel {
        let advisers: Vec<String> = c
            .advisers
            .iter()
            .map(|a| {
                a.name
                    .clone()
                    .unwrap_or_else(|| adviser_zh(a.kind).to_owned())
            })
            .collect();
        writeln!(
            o,
            "    · 法律顾问：{}；审查{} {}，法律意见 {}",
            advisers.join("、"),
            list(&c.reviewed_kinds),
            opt(&c.reviewed),
            opt(&c.opinions)
        )?;
        for t in &c.trainings {
            writeln!(o, "      宣讲：{} {}", t.topic, opt(&t.count))?;
        }
    }
    if let Some(e) = &s.enforcement {
        writeln!(
            o,
            "    · 执法：每次至少 {} 人；执法检查 {}；每人每月 {}；全过程记录：{}",
            e.min_officers_per_action
                .map_or_else(|| "—".to_owned(), |n| n.to_string()),
            opt(&e.inspections),
            opt(&e.officer_monthly_actions),
            yes(e.full_process_recording)
        )?;
        for order in &e.orders {
            writeln!(
                o,
                "      文书：{}（{}）",
                order.document,
                order.recipients.as_deref().unwrap_or("")
            )?;
        }
    }
    if !s.cases.is_empty() {
        let parties: Vec<&str> = s.cases.iter().map(|c| c.party.as_str()).collect();
        writeln!(
            o,
            "    · 执法案件 {} 件：{}",
            s.cases.len(),
            parties.join("、")
        )?;
    }
    for d in &s.documents {
        writeln!(o, "    · 依据《{}》", d.title)?;
    }
    for p in &s.publicity {
        let occasions: Vec<&str> = p.occasions.iter().map(|x| x.name.as_str()).collect();
        writeln!(o, "    · 普法：{}", p.activity)?;
        if !occasions.is_empty() {
            writeln!(o, "      节点：{}", occasions.join("、"))?;
        }
        if let Some(n) = &p.participants {
            writeln!(o, "      参与：{n}{}", p.audience.as_deref().unwrap_or(""))?;
        }
        if !p.combined_with.is_empty() {
            writeln!(o, "      结合：{}", list(&p.combined_with))?;
        }
    }
    if !s.duties.is_empty() {
        let duties: Vec<&str> = s.duties.iter().map(|d| duty_zh(*d)).collect();
        writeln!(o, "    · 第一责任人职责：{}", duties.join("、"))?;
    }
    for r in &s.rectifications {
        writeln!(
            o,
            "    · 整改：{}通报“{}”；措施：{}",
            r.source,
            r.problem,
            r.measures.join("、")
        )?;
    }
    Ok(())
}

fn opt(q: &Option<Quantity>) -> String {
    q.as_ref()
        .map_or_else(|| "—".to_owned(), Quantity::to_string)
}

fn yes(b: bool) -> &'static str {
    if b { "是" } else { "否" }
}

/// "甲、乙等（共计17处）".
fn list(l: &ItemList) -> String {
    let mut s = l.items.join("、");
    if !l.exhaustive && !l.items.is_empty() {
        s.push('等');
    }
    if let Some(total) = &l.total {
        s.push_str(&format!("（共计{total}）"));
    }
    s
}

fn theme_zh(t: Theme) -> &'static str {
    match t {
        Theme::StudyAndLeadership => "学习贯彻习近平法治思想",
        Theme::GovernmentFunctions => "政府职能与营商环境",
        Theme::RulesAndDocuments => "制度体系与规范性文件",
        Theme::DecisionsAndCounsel => "重大行政决策与法律顾问",
        Theme::LawEnforcement => "行政执法",
        Theme::EmergenciesAndSafety => "突发事件应对与安全",
        Theme::Disputes => "矛盾纠纷化解",
        Theme::SupervisionAndOpenness => "制约监督与政务公开",
        Theme::DigitalGovernment => "数字法治政府",
        Theme::LegalPublicity => "普法宣传",
        Theme::Custom => "其他",
        _ => "其他",
    }
}

fn inspection_zh(k: InspectionKind) -> &'static str {
    match k {
        InspectionKind::Routine => "日常检查",
        InspectionKind::Special => "专项检查",
        InspectionKind::Joint => "联合检查",
        InspectionKind::Enforcement => "行政执法检查",
        InspectionKind::RandomSpotCheck => "“双随机、一公开”抽查",
        _ => "检查",
    }
}

fn adviser_zh(k: AdviserKind) -> &'static str {
    match k {
        AdviserKind::LawFirm => "律师事务所",
        AdviserKind::LegalAdviser => "法律顾问",
        AdviserKind::PublicLawyer => "公职律师",
        _ => "法律顾问",
    }
}

fn duty_zh(d: Duty) -> &'static str {
    match d {
        Duty::DeployPersonally => "重要工作亲自部署",
        Duty::QueryPersonally => "重大问题亲自过问",
        Duty::CoordinatePersonally => "重点环节亲自协调",
        Duty::SupervisePersonally => "重要任务亲自督办",
        Duty::HearReports => "专题听取法治建设汇报",
        Duty::ReportOnLaw => "年终述法",
        _ => "其他职责",
    }
}
