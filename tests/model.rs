//! The typed model on real data: every fixture parses and round-trips losslessly, the
//! reference report's facts are reachable through the typed API, and no figure of any
//! fixture lives only inside its prose.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use fazhi_report::{
    AdviserKind, CommemorativeDay, DecisionRole, Duty, InspectionKind, MeetingKind, Qualifier,
    Quantity, Report, StudyFormat, Theme, Unit,
};
use serde_json::Value;
use time::macros::date;

const REFERENCE: &str = include_str!("fixtures/reference.json");

/// Every report fixture: each `tests/fixtures/*.json` (the rule fixtures under `rules/` are
/// patches, not reports).
fn fixtures() -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<(PathBuf, String)> = fs::read_dir(&dir)
        .expect("tests/fixtures")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let text = fs::read_to_string(&p).expect("read fixture");
            (p, text)
        })
        .collect();
    out.sort();
    out
}

fn reference() -> Report {
    Report::from_json_str(REFERENCE).expect("reference.json parses")
}

fn q(value: u32, unit: Unit) -> Quantity {
    Quantity::new(value, unit).unwrap()
}

#[test]
fn the_fixture_corpus_is_complete() {
    let names: BTreeSet<String> = fixtures()
        .iter()
        .filter_map(|(p, _)| p.file_name()?.to_str().map(str::to_owned))
        .collect();
    for want in [
        "reference.json",
        "minimal.json",
        "district_government_2024.json",
        "market_regulation_2024.json",
    ] {
        assert!(names.contains(want), "missing fixture {want}: {names:?}");
    }
}

#[test]
fn every_fixture_parses() {
    for (path, text) in fixtures() {
        if let Err(e) = Report::from_json_str(&text) {
            panic!("{} does not parse: {e}", path.display());
        }
    }
}

#[test]
fn every_fixture_round_trips_losslessly() {
    for (path, text) in fixtures() {
        let name = path.display();
        let report = Report::from_json_str(&text).expect("parses");
        // parse → serialise → parse gives the same report, pretty or compact.
        let pretty = report.to_json_pretty().expect("serialises");
        assert_eq!(
            Report::from_json_str(&pretty).expect("reparses"),
            report,
            "{name}"
        );
        let compact = report.to_json().expect("serialises");
        assert_eq!(
            Report::from_json_str(&compact).expect("reparses"),
            report,
            "{name}"
        );
        // The fixture is written in canonical form: serialising what was parsed gives back
        // the same JSON value, so nothing was dropped, defaulted or reshaped.
        let original: Value = serde_json::from_str(&text).expect("json");
        let written = serde_json::to_value(&report).expect("to_value");
        let mut differences = Vec::new();
        diff(&original, &written, String::new(), &mut differences);
        assert!(
            differences.is_empty(),
            "{name} is not canonical or loses data at {differences:#?}"
        );
        assert_eq!(written, original, "{name}");
    }
}

/// The pointers at which two JSON values differ.
fn diff(a: &Value, b: &Value, pointer: String, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                let at = format!("{pointer}/{}", escape(k));
                match (x.get(k), y.get(k)) {
                    (Some(l), Some(r)) => diff(l, r, at, out),
                    (l, _) => out.push(format!(
                        "{at} ({})",
                        if l.is_some() { "dropped" } else { "added" }
                    )),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (l, r)) in x.iter().zip(y).enumerate() {
                diff(l, r, format!("{pointer}/{i}"), out);
            }
        }
        (l, r) if l != r => out.push(format!("{pointer}: {l} became {r}")),
        _ => {}
    }
}

#[test]
fn reference_meta_and_parts() {
    let r = reference();
    assert_eq!(r.meta.title, "区国动办2023年度法治政府建设情况报告");
    assert_eq!(r.meta.year.get(), 2023);
    assert_eq!(r.meta.organization.name, "区国动办");
    assert_eq!(r.meta.organization.full_name, None);
    let notice = r.meta.notice.as_ref().expect("notice");
    assert_eq!(notice.issuer, "区司法局");
    assert_eq!(notice.title, "关于报送2023年度法治政府建设情况报告的通知");
    assert_eq!(r.meta.preamble.len(), 1);
    assert!(
        r.meta.preamble[0].starts_with("按照区司法局")
            && r.meta.preamble[0].ends_with("报告如下：")
    );
    assert!(r.meta.dates.is_empty());

    assert_eq!(
        r.measures.heading,
        "一、2023年推进法治政府建设主要举措和成效"
    );
    let themes: Vec<Option<Theme>> = r.measures.items.iter().map(|s| s.theme).collect();
    assert_eq!(
        themes,
        [
            Theme::StudyAndLeadership,
            Theme::GovernmentFunctions,
            Theme::EmergenciesAndSafety,
            Theme::DecisionsAndCounsel,
            Theme::LawEnforcement,
            Theme::LegalPublicity,
        ]
        .map(Some)
    );
    assert_eq!(
        r.measures.items[2].heading,
        "（三）以人民为中心，守住安全底线"
    );
    assert_eq!(r.shortcomings.heading, "二、存在问题和不足");
    assert_eq!(r.responsibility.items.len(), 4);
    // The plan part is printed with the report year, not the next: kept as printed.
    assert_eq!(r.plans.heading, "四、2023年推进法治政府建设的主要安排");
    assert_eq!(r.plans.year.get(), 2023);
    assert_eq!(r.plans.items.len(), 5);
    assert!(r.other.is_none());
}

#[test]
fn reference_study_sessions() {
    let r = reference();
    let study = &r.measures.items[0];
    let dated: Vec<_> = study.studies.iter().filter_map(|s| s.date).collect();
    assert_eq!(
        dated,
        [
            date!(2023 - 04 - 25),
            date!(2023 - 07 - 27),
            date!(2023 - 11 - 20),
            date!(2023 - 12 - 07),
        ]
    );
    let lecture = study
        .studies
        .iter()
        .find(|s| s.date == Some(date!(2023 - 07 - 27)))
        .expect("27 July");
    assert_eq!(lecture.organizer.as_deref(), Some("市国动办"));
    let speaker = lecture.speaker.as_ref().expect("speaker");
    assert_eq!(speaker.name, "王瑞雪");
    assert_eq!(speaker.position.as_deref(), Some("副教授"));
    assert_eq!(speaker.affiliation.as_deref(), Some("南开大学法学院"));
    let convened = study
        .studies
        .iter()
        .find(|s| s.date == Some(date!(2023 - 11 - 20)))
        .and_then(|s| s.convener.as_ref())
        .expect("20 November convener");
    assert_eq!(convened.name, "刘殿鸿");
    let trial: Vec<_> = study
        .studies
        .iter()
        .filter(|s| s.format == Some(StudyFormat::TrialObservation))
        .collect();
    assert_eq!(trial.len(), 1);
    assert_eq!(trial[0].date, None);
    assert_eq!(study.study_materials.len(), 2);
    assert!(
        study
            .study_materials
            .iter()
            .all(|m| m.distribution.as_deref() == Some("人手一本"))
    );
}

#[test]
fn reference_government_functions() {
    let r = reference();
    let s = &r.measures.items[1];
    let figures: Vec<String> = s.indicators.iter().map(|i| i.value.to_string()).collect();
    assert_eq!(
        figures,
        [
            "39份",
            "33份",
            "8553余平方米",
            "218余万元",
            "259余万元",
            "31次",
            "8次",
            "9个",
            "7个"
        ]
    );
    assert_eq!(s.indicators[2].value.qualifier(), Qualifier::MoreThan);
    assert_eq!(s.indicators[2].value.unit(), &Unit::SquareMetre);
    assert_eq!(s.campaigns[0].name, "“双万双服”活动");
    let visit = &s.services[0];
    assert_eq!(visit.led_by.as_deref(), Some("办领导"));
    assert_eq!(visit.targets.items, ["华为公司天津总部", "中车科技创新城"]);
    assert!(!visit.targets.exhaustive);
    assert_eq!(s.publications.len(), 2);
}

#[test]
fn reference_safety_figures() {
    let r = reference();
    let s = &r.measures.items[2];
    let ledger = &s.hazards[0];
    // 发现40处, 已整改40份: the change of unit is kept as printed.
    assert_eq!(ledger.found, Some(q(40, Unit::Chu)));
    assert_eq!(ledger.rectified, Some(q(40, Unit::Fen)));
    assert_eq!(ledger.categories.items, ["堆放杂物", "设备设施缺失"]);
    assert!(!ledger.categories.exhaustive);

    let routine = &s.inspections[0];
    assert_eq!(routine.kind, InspectionKind::Routine);
    assert_eq!(routine.count, Some(q(1303, Unit::Ci)));
    assert_eq!(routine.personnel, Some(q(2689, Unit::RenCi)));

    let joint = &s.inspections[1];
    assert_eq!(joint.kind, InspectionKind::Joint);
    assert_eq!(joint.sites.items.len(), 4);
    assert_eq!(joint.sites.items[0], "琴海公寓");
    assert!(!joint.sites.exhaustive);
    assert_eq!(joint.sites.total, Some(q(17, Unit::Chu)));
    assert_eq!(joint.partners.items.len(), 7);
    assert!(!joint.partners.exhaustive);
    assert_eq!(
        joint.outcomes,
        ["解决了琴海公寓9号楼地下人防工程内部堆物问题"]
    );

    let campaign = &s.campaigns[0];
    assert_eq!(campaign.scope.as_deref(), Some("河北区"));
    assert_eq!(
        campaign.topics.items,
        ["燃气", "防汛", "消防", "重要时间节点"]
    );
}

#[test]
fn reference_decisions_and_counsel() {
    let r = reference();
    let s = &r.measures.items[3];
    let decision = &s.decisions[0];
    assert_eq!(decision.name, "人民防空工程规划及建设指引（2023-2035）");
    assert_eq!(decision.role, Some(DecisionRole::LeadUnit));
    assert_eq!(
        decision.procedures, None,
        "the report does not itemise them"
    );
    let ordinals: Vec<_> = decision.approvals.iter().map(|m| m.ordinal).collect();
    assert_eq!(ordinals, [Some(75), Some(108)]);
    assert_eq!(decision.approvals[0].kind, MeetingKind::ExecutiveMeeting);
    assert_eq!(decision.approvals[0].body, "区政府");
    assert_eq!(decision.approvals[1].kind, MeetingKind::PartyCommittee);
    assert!(decision.collectively_decided());

    let making = s.decision_making.as_ref().expect("decision making");
    assert!(making.head_speaks_last);
    assert_eq!(making.bodies, ["党组会", "领导班子会"]);
    assert_eq!(making.rules[0].title, "天津市重大行政决策程序规定");

    let counsel = s.counsel.as_ref().expect("counsel");
    let firm = counsel
        .advisers
        .iter()
        .find(|a| a.kind == AdviserKind::LawFirm)
        .expect("law firm");
    assert_eq!(firm.name.as_deref(), Some("天津君辉律师事务所"));
    assert_eq!(counsel.reviewed, Some(q(10, Unit::Jian)));
    assert_eq!(counsel.opinions, Some(q(4, Unit::Jian)));
    assert_eq!(counsel.trainings[0].topic, "行政复议法");
    assert_eq!(counsel.trainings[0].count, Some(q(1, Unit::Ci)));

    // Part 三 (四) reports two decisions passed by the same two meetings.
    let part3 = &r.responsibility.items[3];
    assert_eq!(part3.decisions.len(), 2);
    for d in &part3.decisions {
        assert_eq!(d.approvals, decision.approvals);
    }
}

#[test]
fn reference_enforcement() {
    let r = reference();
    let s = &r.measures.items[4];
    let e = s.enforcement.as_ref().expect("enforcement");
    assert_eq!(e.min_officers_per_action, Some(2));
    assert!(e.shows_credentials && e.informs_parties && e.full_process_recording);
    assert!(e.recording_devices && e.records_archived);
    assert_eq!(
        e.officer_monthly_actions,
        Some(q(2, Unit::Ci).with_qualifier(Qualifier::AtLeast))
    );
    assert_eq!(e.inspections, Some(q(93, Unit::Ci)));
    assert_eq!(
        e.orders[0].document, "责令整改正通知书",
        "typo kept as printed"
    );
    assert_eq!(s.cases.len(), 7);
    assert_eq!(s.cases[0].party, "旺海公府");
    assert_eq!(s.cases[6].party, "致远家园");
    assert!(s.cases.iter().all(|c| c.violation.is_some()));
}

#[test]
fn reference_publicity() {
    let r = reference();
    let s = &r.measures.items[5];
    let days: Vec<CommemorativeDay> = s.publicity[0].occasions.iter().map(|o| o.day).collect();
    assert_eq!(
        days,
        [
            CommemorativeDay::NationalSecurityEducationDay,
            CommemorativeDay::DisasterPreventionDay,
            CommemorativeDay::AirRaidSirenTestDay,
        ]
    );
    assert_eq!(s.publicity[0].occasions[1].name, "“5.12”防灾减灾日");
    let school = &s.publicity[1];
    assert_eq!(school.partners.items, ["天津市第一轻工业学校"]);
    let participants = school.participants.as_ref().expect("participants");
    assert_eq!(participants.to_string(), "900余名");
    assert!(participants.interval().contains(950.into()));
    assert!(!participants.interval().contains(900.into()));
    let enterprise = &s.publicity[2];
    assert!(enterprise.combined_with.exhaustive);
    assert_eq!(enterprise.combined_with.items.len(), 2);
    assert_eq!(enterprise.combined_with.total, Some(q(2, Unit::Xiang)));
}

#[test]
fn reference_shortcomings_and_responsibility() {
    let r = reference();
    let items = &r.shortcomings.items;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].marker.as_deref(), Some("一是"));
    assert_eq!(items[1].marker.as_deref(), Some("二是"));
    assert!(
        items
            .iter()
            .all(|i| i.cause.is_none() && i.remedy.is_some())
    );
    // The typed reading and the printed paragraph agree.
    for item in items {
        let printed = &item.paragraphs[0];
        assert!(printed.starts_with(&format!(
            "{}{}",
            item.marker.as_deref().unwrap_or_default(),
            item.problem
        )));
        assert!(printed.contains(item.details[0].as_str()));
        assert!(printed.contains(item.remedy.as_deref().unwrap_or_default()));
    }

    let duties = &r.responsibility.items[1].duties;
    assert_eq!(
        duties,
        &[
            Duty::DeployPersonally,
            Duty::QueryPersonally,
            Duty::CoordinatePersonally,
            Duty::SupervisePersonally
        ]
    );
    let study = &r.responsibility.items[0].studies[0];
    assert_eq!(study.contents.items.len(), 3);
    assert!(!study.contents.exhaustive);
    let fix = &r.responsibility.items[2].rectifications[0];
    assert_eq!(fix.source_year.map(|y| y.get()), Some(2022));
    assert_eq!(fix.problem, "重大行政决策制度概念理解混淆不清");
    assert_eq!(fix.measures, ["学习培训", "建章立制"]);
}

#[test]
fn reference_paragraphs_are_verbatim() {
    let r = reference();
    // Typos of the submitted text are kept, character for character.
    let plans: String = r
        .plans
        .items
        .iter()
        .flat_map(|s| s.paragraphs.iter().map(String::as_str))
        .collect();
    for typo in ["四个目信", "风验", "牢回树立"] {
        assert!(plans.contains(typo), "{typo}");
    }
    // Every paragraph is trimmed of layout whitespace only.
    let v = serde_json::to_value(&r).expect("value");
    for (pointer, text) in prose(&v) {
        assert_eq!(text.trim(), text, "{pointer}");
        assert!(!text.is_empty(), "{pointer}");
    }
}

// ---- No figure only in prose -------------------------------------------------------------

/// Keys whose strings are prose as printed: their figures must also be typed.
const PROSE_KEYS: &[&str] = &[
    "heading",
    "paragraphs",
    "preamble",
    "details",
    "cause",
    "remedy",
];

/// A run of ASCII digits in prose that no typed value of its scope carries.
#[derive(Debug, PartialEq, Eq)]
struct UntypedFigure {
    pointer: String,
    digits: String,
}

/// Every prose string of a report with its pointer.
fn prose(value: &Value) -> Vec<(String, &str)> {
    strings_within(value, false)
}

/// The strings in `value` (all of them if `all`, else only prose), with relative pointers.
fn strings_within(value: &Value, all: bool) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    visit(value, String::new(), all, &mut |pointer, v, is_prose| {
        if let (true, Value::String(s)) = (is_prose, v) {
            out.push((pointer.to_owned(), s.as_str()));
        }
    });
    out
}

fn visit<'a>(
    value: &'a Value,
    pointer: String,
    is_prose: bool,
    f: &mut dyn FnMut(&str, &'a Value, bool),
) {
    f(&pointer, value, is_prose);
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let prose = is_prose || PROSE_KEYS.contains(&k.as_str());
                visit(v, format!("{pointer}/{}", escape(k)), prose, f);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                visit(v, format!("{pointer}/{i}"), is_prose, f);
            }
        }
        _ => {}
    }
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The runs of ASCII digits in `text`, without leading zeros ("04" and "4" are one figure).
fn digit_runs(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(|run| {
            let trimmed = run.trim_start_matches('0');
            if trimmed.is_empty() { "0" } else { trimmed }.to_owned()
        })
        .collect()
}

/// The figures typed anywhere in `value` outside prose: numbers (quantity values, ordinals,
/// years), and digit runs of typed strings (dates, names, titles).
fn typed_figures(value: &Value, into: &mut BTreeSet<String>) {
    visit(value, String::new(), false, &mut |_, v, is_prose| {
        if is_prose {
            return;
        }
        match v {
            Value::Number(n) => into.extend(digit_runs(&n.to_string())),
            Value::String(s) => into.extend(digit_runs(s)),
            _ => {}
        }
    });
}

/// Every figure printed in prose that is not also typed. The scope of a prose string is the
/// object that holds it (a subsection, a part, a shortcoming) plus the report's metadata
/// (its year, the notice).
fn untyped_figures(report: &Value) -> Vec<UntypedFigure> {
    let mut global = BTreeSet::new();
    if let Some(meta) = report.get("meta") {
        typed_figures(meta, &mut global);
    }
    let mut missing = Vec::new();
    visit(report, String::new(), false, &mut |pointer, v, is_prose| {
        let Value::Object(map) = v else { return };
        if is_prose || !map.keys().any(|k| PROSE_KEYS.contains(&k.as_str())) {
            return;
        }
        let mut allowed = global.clone();
        typed_figures(v, &mut allowed);
        for (key, field) in map {
            if !PROSE_KEYS.contains(&key.as_str()) {
                continue;
            }
            for (inner, text) in strings_within(field, true) {
                let at = format!("{pointer}/{}{inner}", escape(key));
                for digits in digit_runs(text) {
                    if !allowed.contains(&digits) {
                        missing.push(UntypedFigure {
                            pointer: at.clone(),
                            digits,
                        });
                    }
                }
            }
        }
    });
    missing
}

#[test]
fn no_figure_exists_only_in_prose() {
    for (path, text) in fixtures() {
        let report = Report::from_json_str(&text).expect("parses");
        let value = serde_json::to_value(&report).expect("value");
        let missing = untyped_figures(&value);
        assert!(
            missing.is_empty(),
            "{}: figures only in prose: {missing:#?}",
            path.display()
        );
    }
}

#[test]
fn the_prose_check_reports_a_figure_that_is_not_typed() {
    let mut report = reference();
    let value = serde_json::to_value(&report).expect("value");
    assert!(untyped_figures(&value).is_empty());
    assert!(!prose(&value).is_empty());

    // Forget the typed 1303次: the paragraph that prints it is now reported.
    report.measures.items[2].inspections[0].count = None;
    let value = serde_json::to_value(&report).expect("value");
    assert_eq!(
        untyped_figures(&value),
        [UntypedFigure {
            pointer: "/measures/items/2/paragraphs/0".into(),
            digits: "1303".into(),
        }]
    );

    // Forget the approving meetings of part 三 (四): 75 and 108 are reported there, and only
    // there (part 一 (四) still types them).
    for d in &mut report.responsibility.items[3].decisions {
        d.approvals.clear();
    }
    report.measures.items[2].inspections[0].count = Some(q(1303, Unit::Ci));
    let value = serde_json::to_value(&report).expect("value");
    let got: Vec<(String, String)> = untyped_figures(&value)
        .into_iter()
        .map(|u| (u.pointer, u.digits))
        .collect();
    let at = "/responsibility/items/3/paragraphs/0".to_owned();
    assert_eq!(got, [(at.clone(), "75".into()), (at, "108".into())]);

    // A date in prose counts as typed only through a typed date.
    report.measures.items[0].studies[1].date = None;
    let value = serde_json::to_value(&report).expect("value");
    let digits: BTreeSet<String> = untyped_figures(&value)
        .into_iter()
        .filter(|u| u.pointer == "/measures/items/0/paragraphs/0")
        .map(|u| u.digits)
        .collect();
    assert_eq!(digits, BTreeSet::from(["4".to_owned(), "25".to_owned()]));
}

#[test]
fn digit_runs_ignore_leading_zeros() {
    assert_eq!(digit_runs("2023-04-25"), ["2023", "4", "25"]);
    assert_eq!(digit_runs("“5.12”防灾减灾日"), ["5", "12"]);
    assert_eq!(digit_runs("第0次"), ["0"]);
    assert!(digit_runs("共计十七处").is_empty());
}

// ---- The constructed fixtures are internally consistent -----------------------------------

fn load(name: &str) -> Report {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let text = fs::read_to_string(&path).expect("read fixture");
    Report::from_json_str(&text).expect("parses")
}

fn n(q: &Option<Quantity>) -> f64 {
    q.as_ref().map_or(0.0, |q| q.value().to_f64())
}

/// `part / whole` in percent, rounded to one decimal, as reports print it.
fn percent(part: f64, whole: f64) -> f64 {
    (part / whole * 1000.0).round() / 10.0
}

#[test]
fn district_government_fixture_balances() {
    let r = load("district_government_2024.json");
    assert_eq!(r.plans.year, r.meta.year.next());
    let published = r.meta.dates.published.expect("published");
    assert!(published <= date!(2025 - 04 - 01));

    let find = |pred: fn(&fazhi_report::Section) -> bool| {
        r.measures.items.iter().find(|s| pred(s)).expect("section")
    };
    let docs = find(|s| s.normative_documents.is_some())
        .normative_documents
        .as_ref()
        .expect("documents");
    assert_eq!(
        n(&docs.in_force_opening) + n(&docs.issued) - n(&docs.repealed),
        n(&docs.in_force)
    );
    assert!(n(&docs.filed) <= n(&docs.issued));

    let decision = &find(|s| !s.decisions.is_empty()).decisions[0];
    assert_eq!(decision.procedures.as_ref().map(Vec::len), Some(6));
    assert_eq!(decision.comment_period.and_then(|p| p.days()), Some(30));
    assert!(decision.approvals.iter().all(|m| m.date.is_some()));

    let disputes = find(|s| s.reconsideration.is_some());
    let rec = disputes.reconsideration.as_ref().expect("reconsideration");
    assert_eq!(rec.role, fazhi_report::ReconsiderationRole::Authority);
    assert_eq!(n(&rec.accepted) + n(&rec.rejected), n(&rec.received));
    let outcomes = rec.outcomes.as_ref().expect("outcomes");
    let sum: f64 = outcomes
        .fields()
        .iter()
        .map(|(_, q)| q.map_or(0.0, |q| q.value().to_f64()))
        .sum();
    assert_eq!(sum, n(&rec.concluded));
    assert_eq!(
        n(&rec.accepted) + n(&rec.carried_over) - n(&rec.concluded),
        n(&rec.pending)
    );
    assert_eq!(
        percent(n(&outcomes.corrected), n(&rec.concluded)),
        n(&rec.correction_rate)
    );
    let lit = disputes.litigation.as_ref().expect("litigation");
    assert_eq!(percent(n(&lit.lost), n(&lit.concluded)), n(&lit.loss_rate));
    assert_eq!(
        percent(n(&lit.head_appearances), n(&lit.hearings)),
        n(&lit.appearance_rate)
    );
    let pet = disputes.petitions.as_ref().expect("petitions");
    assert_eq!(
        percent(n(&pet.resolved), n(&pet.received) + n(&pet.carried_over)),
        n(&pet.resolution_rate)
    );
    assert!(n(&pet.mediated_successfully) <= n(&pet.mediations));

    let stock = &find(|s| !s.stocks.is_empty()).stocks[0];
    assert_eq!(
        n(&stock.opening) + n(&stock.added) - n(&stock.removed),
        n(&stock.closing)
    );
    let open = find(|s| s.openness.is_some())
        .openness
        .as_ref()
        .expect("openness");
    assert_eq!(
        n(&open.requests_received) + n(&open.requests_carried_over),
        n(&open.requests_answered) + n(&open.requests_carried_forward)
    );
    assert!(
        r.validate().errors().next().is_none(),
        "{:#?}",
        r.validate().findings()
    );
}

#[test]
fn market_regulation_fixture_balances() {
    let r = load("market_regulation_2024.json");
    assert_eq!(r.plans.year, r.meta.year.next());
    assert!(r.meta.dates.submitted.expect("submitted") < date!(2025 - 03 - 01));

    let enforcement_section = r
        .measures
        .items
        .iter()
        .find(|s| s.enforcement.is_some())
        .expect("enforcement");
    let e = enforcement_section
        .enforcement
        .as_ref()
        .expect("enforcement");
    assert_eq!(
        n(&e.simple_procedure) + n(&e.general_procedure),
        n(&e.penalties)
    );
    assert!(n(&e.penalties) <= n(&e.cases_filed));
    assert_eq!(
        e.fines.as_ref().map(|q| q.unit().clone()),
        Some(Unit::WanYuan)
    );

    let docs = r
        .measures
        .items
        .iter()
        .find_map(|s| s.normative_documents.as_ref())
        .expect("documents");
    assert_eq!(
        n(&docs.in_force_opening) + n(&docs.issued) - n(&docs.repealed),
        n(&docs.in_force)
    );

    let ledger = r
        .measures
        .items
        .iter()
        .flat_map(|s| &s.hazards)
        .next()
        .expect("ledger");
    assert_eq!(n(&ledger.rectified) + n(&ledger.pending), n(&ledger.found));
    assert_eq!(
        percent(n(&ledger.rectified), n(&ledger.found)),
        n(&ledger.rate)
    );

    let indicators = &r
        .measures
        .items
        .iter()
        .find(|s| !s.indicators.is_empty())
        .expect("indicators")
        .indicators;
    let by_key = |k: &str| {
        indicators
            .iter()
            .find(|i| i.key.as_deref() == Some(k))
            .unwrap_or_else(|| panic!("indicator {k}"))
    };
    for whole in indicators.iter().filter(|i| i.sum_of_parts) {
        let key = whole.key.as_deref().expect("a whole has a key");
        let parts: f64 = indicators
            .iter()
            .filter(|i| i.part_of.as_deref() == Some(key))
            .map(|i| i.value.value().to_f64())
            .sum();
        assert_eq!(parts, whole.value.value().to_f64(), "{key}");
    }
    let rates: Vec<_> = indicators
        .iter()
        .filter_map(|i| Some((i, i.rate_of.as_ref()?)))
        .collect();
    assert!(!rates.is_empty());
    for (rate, basis) in rates {
        let got = percent(
            by_key(&basis.numerator).value.value().to_f64(),
            by_key(&basis.denominator).value.value().to_f64(),
        );
        assert!(
            (got - rate.value.value().to_f64()).abs() < 0.5,
            "{}",
            rate.label
        );
    }
    assert!(
        r.validate().errors().next().is_none(),
        "{:#?}",
        r.validate().findings()
    );
}

#[test]
fn reference_unit_change_is_found_by_validation() {
    let r = reference();
    let v = r.validate();
    assert!(
        v.findings()
            .iter()
            .any(|f| f.code() == "safety.unit_mismatch"
                && f.pointer() == "/measures/items/2/hazards/0/rectified")
    );
}
