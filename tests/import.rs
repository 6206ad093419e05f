//! Import of plain text (导入): the reference report and test reports of other layouts.

use std::collections::BTreeMap;

use fazhi_report::import::{self, LogKind};
use fazhi_report::{PartKind, Report};
use serde_json::Value;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every figure ({value, unit, qualifier}) and date under `v`, printed as text.
fn facts_in(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::Number(n)), Some(Value::String(u))) =
                (m.get("value"), m.get("unit"))
            {
                let q = m
                    .get("qualifier")
                    .and_then(Value::as_str)
                    .unwrap_or("exact");
                out.push(format!("{n}{u} ({q})"));
                return;
            }
            for (k, x) in m {
                if k == "date"
                    && let Value::String(d) = x
                {
                    out.push(format!("date {d}"));
                }
                facts_in(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| facts_in(x, out)),
        _ => {}
    }
}

/// The facts of each subsection (part/items/i), as multisets.
fn facts_by_section(report: &Value) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for part in ["measures", "responsibility", "plans"] {
        if let Some(items) = report[part]["items"].as_array() {
            for (i, s) in items.iter().enumerate() {
                let mut f = Vec::new();
                facts_in(s, &mut f);
                f.sort();
                out.insert(format!("/{part}/items/{i}"), f);
            }
        }
    }
    out
}

fn strings(v: &Value, key: &str) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for part in [
        "measures",
        "shortcomings",
        "responsibility",
        "plans",
        "other",
    ] {
        out.push((format!("/{part}/{key}"), v[part][key].clone()));
        if let Some(items) = v[part]["items"].as_array() {
            for (i, s) in items.iter().enumerate() {
                out.push((format!("/{part}/items/{i}/{key}"), s[key].clone()));
            }
        }
    }
    out
}

#[test]
fn reference_text_reproduces_structure_and_paragraphs() {
    let imported = import::import_text(&fixture("reference.txt")).expect("imports");
    let got = serde_json::to_value(&imported.report).expect("json");
    let want: Value = serde_json::from_str(&fixture("reference.json")).expect("fixture");
    for key in ["heading", "paragraphs", "problem", "marker"] {
        assert_eq!(strings(&got, key), strings(&want, key), "{key} differ");
    }
    for key in ["title", "year", "preamble", "notice"] {
        assert_eq!(got["meta"][key], want["meta"][key], "meta.{key}");
    }
    assert_eq!(
        got["meta"]["organization"]["name"],
        want["meta"]["organization"]["name"]
    );
    assert_eq!(got["plans"]["year"], want["plans"]["year"]);
    // Round trip through the parser.
    let json = imported.report.to_json().expect("serialises");
    assert_eq!(
        Report::from_json_str(&json).expect("parses"),
        imported.report
    );
}

#[test]
fn reference_text_figures_and_dates() {
    let imported = import::import_text(&fixture("reference.txt")).expect("imports");
    let got = facts_by_section(&serde_json::to_value(&imported.report).expect("json"));
    let want =
        facts_by_section(&serde_json::from_str(&fixture("reference.json")).expect("fixture"));
    let (mut total, mut found, mut misses) = (0usize, 0usize, Vec::new());
    for (section, facts) in &want {
        let mut pool = got.get(section).cloned().unwrap_or_default();
        for f in facts {
            total += 1;
            if let Some(p) = pool.iter().position(|g| g == f) {
                pool.remove(p);
                found += 1;
            } else {
                misses.push(format!("{section}: {f}"));
            }
        }
    }
    println!(
        "reference: {found} of {total} figures and dates imported with value, unit and qualifier"
    );
    for m in &misses {
        println!("  miss {m}");
    }
    assert!(total >= 25, "the fixture has its facts: {total}");
    assert!(
        found * 100 >= total * 95,
        "{found}/{total}; misses: {misses:#?}"
    );
}

#[test]
fn reference_text_log() {
    let imported = import::import_text(&fixture("reference.txt")).expect("imports");
    assert_eq!(imported.log.encoding, "UTF-8");
    assert_eq!(imported.log.of_kind(LogKind::Unclassified).count(), 0);
    // Every number not placed is logged with its text at its span.
    let chars: Vec<char> = imported.text.chars().collect();
    for e in imported.log.of_kind(LogKind::Unplaced) {
        let span = e.span.clone().expect("span");
        let text: String = chars[span].iter().collect();
        assert_eq!(Some(text), e.text, "{e:?}");
    }
    // Each fact's span is its text.
    for f in &imported.facts {
        let text: String = chars[f.fact.span.clone()].iter().collect();
        assert_eq!(text, f.fact.text);
    }
    // The source spans of the paragraphs hold their text exactly.
    let v = serde_json::to_value(&imported.report).expect("json");
    for s in &imported.sources {
        let text: String = chars[s.span.clone()].iter().collect();
        assert_eq!(
            v.pointer(&s.pointer).and_then(Value::as_str),
            Some(text.as_str()),
            "{}",
            s.pointer
        );
    }
    let _ = PartKind::Measures;
}

#[cfg(feature = "encodings")]
#[test]
fn gbk_text_is_detected_and_decoded() {
    let text = fixture("reference.txt");
    let (gbk, _, bad) = encoding_rs::GBK.encode(&text);
    assert!(!bad);
    assert!(std::str::from_utf8(&gbk).is_err(), "really not UTF-8");
    let imported = import::import_bytes(&gbk).expect("imports GBK");
    assert_eq!(imported.log.encoding, "GB18030");
    assert_eq!(
        imported.report,
        import::import_text(&text).expect("imports").report
    );
    let utf8 = import::import_bytes(text.as_bytes()).expect("imports UTF-8");
    assert_eq!(utf8.log.encoding, "UTF-8");
}

#[test]
fn bad_inputs_give_clear_errors() {
    use fazhi_report::import::ImportError;
    assert!(matches!(import::import_bytes(b""), Err(ImportError::Empty)));
    assert!(matches!(
        import::import_bytes(b"  \n\t "),
        Err(ImportError::Empty)
    ));
    assert!(matches!(
        import::import_bytes(b"\x00\x01\x02binary"),
        Err(ImportError::Binary(_))
    ));
    assert!(matches!(
        import::import_bytes(b"PK\x03\x04rest"),
        Err(ImportError::Binary(_))
    ));
    assert!(matches!(
        import::import_text("没有年份的文字。"),
        Err(ImportError::NoYear)
    ));
    // No headings: one part, and the log says so.
    let imported = import::import_text("某局2023年工作总结\n今年共办理案件12件。\n其他内容。")
        .expect("imports");
    assert_eq!(imported.report.measures.items.len(), 1);
    assert_eq!(
        imported.report.measures.items[0].paragraphs,
        ["今年共办理案件12件。", "其他内容。"]
    );
    assert!(
        imported
            .log
            .of_kind(LogKind::Note)
            .any(|e| e.message.contains("no part headings"))
    );
}

/// A report whose only subsection holds `paragraph`.
fn one_section(paragraph: &str) -> String {
    format!(
        "某区司法局2024年法治政府建设年度报告\n一、2024年推进法治政府建设主要举措和成效\n（一）化解行政争议\n{paragraph}\n二、存在的不足和原因\n一是队伍建设有待加强。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人带头学法。\n四、2025年工作安排\n持续推进。\n"
    )
}

/// The printed text of the fact placed at `pointer`.
fn fact_at(imported: &import::Imported, pointer: &str) -> Option<String> {
    imported
        .facts
        .iter()
        .find(|f| f.pointer.as_deref() == Some(pointer))
        .map(|f| f.fact.text.clone())
}

#[test]
fn breakdowns_comparisons_and_shares_are_read() {
    let text = one_section(
        "全年共受理行政复议申请120件，同比增长20%（2023年为100件），其中维持45件、撤销30件，占比25%。办结行政应诉案件42件，是上年的3倍。",
    );
    let imported = import::import_text(&text).expect("imports");
    let s = &imported.report.measures.items[0];
    let v = serde_json::to_value(s).unwrap();
    // The whole stays a keyed indicator; the comparison and the breakdown refer to it.
    assert_eq!(v["indicators"][0]["key"], "figure_1");
    assert_eq!(v["indicators"][0]["value"]["value"], 120);
    assert_eq!(v["comparisons"][0]["of"]["indicator"], "figure_1");
    assert_eq!(v["comparisons"][0]["direction"], "increase");
    assert_eq!(v["comparisons"][0]["growth_rate"]["value"], 20);
    assert_eq!(v["comparisons"][0]["previous"]["value"], 100);
    assert_eq!(v["breakdowns"][0]["of"]["indicator"], "figure_1");
    assert_eq!(v["breakdowns"][0]["completeness"], "partial");
    assert_eq!(v["breakdowns"][0]["axis"], "其中");
    let members: Vec<(&str, u64)> = v["breakdowns"][0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["label"].as_str().unwrap(),
                m["value"]["value"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(members, [("维持", 45), ("撤销", 30)]);
    assert_eq!(v["breakdowns"][0]["members"][1]["share"]["value"], 25);
    // A multiple "是上年的3倍" is read as times the base.
    assert_eq!(v["comparisons"][1]["of"]["indicator"], "figure_2");
    assert_eq!(v["comparisons"][1]["multiple"]["value"], 3);
    assert_eq!(v["comparisons"][1]["multiple"]["unit"], "倍");
    assert_eq!(v["comparisons"][1]["multiple_reading"], "times_base");
    // Each placed fact keeps its span.
    let base = "/measures/items/0";
    for (field, printed) in [
        ("comparisons/0/growth_rate", "20%"),
        ("comparisons/0/previous", "100件"),
        ("breakdowns/0/members/0/value", "45件"),
        ("breakdowns/0/members/1/share", "25%"),
        ("comparisons/1/multiple", "3倍"),
    ] {
        assert_eq!(
            fact_at(&imported, &format!("{base}/{field}")).as_deref(),
            Some(printed),
            "{field}"
        );
    }
    let chars: Vec<char> = imported.text.chars().collect();
    for f in &imported.facts {
        assert_eq!(
            chars[f.fact.span.clone()].iter().collect::<String>(),
            f.fact.text
        );
    }
    // The log says the breakdown is only partial.
    assert!(
        imported
            .log
            .entries
            .iter()
            .any(|e| e.message.contains("partial breakdown")
                && e.pointer.as_deref() == Some("/measures/items/0/breakdowns/0/members/0/value"))
    );
    // The report passes the parser and the schema.
    let json = imported.report.to_json().unwrap();
    assert_eq!(Report::from_json_str(&json).unwrap(), imported.report);
    let schema = serde_json::to_value(schemars::schema_for!(Report)).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let doc: Value = serde_json::from_str(&json).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn increases_of_the_base_ranges_ratios_before_after_and_targets() {
    let text = one_section(
        "收到行政复议申请56件，同比增长3倍。审批时限由20个工作日压缩至5个工作日，办理时限为5—10个工作日，复议与诉讼案件比为1:3。群众满意率为92%，低于95%的目标。力争明年群众满意率不低于96%。",
    );
    let imported = import::import_text(&text).expect("imports");
    let v = serde_json::to_value(&imported.report.measures.items[0]).unwrap();
    assert_eq!(v["comparisons"][0]["multiple_reading"], "increase_of_base");
    let figures = v["figures"].as_array().unwrap();
    assert_eq!(figures[0]["before_after"]["before"]["value"], 20);
    assert_eq!(figures[0]["before_after"]["after"]["value"], 5);
    assert_eq!(figures[0]["before_after"]["change"], "reduced");
    assert_eq!(figures[1]["range"]["low"]["value"], 5);
    assert_eq!(figures[1]["range"]["high"]["unit"], "工作日");
    assert_eq!(figures[2]["ratio"]["antecedent"], 1);
    assert_eq!(figures[2]["ratio"]["consequent"], 3);
    assert_eq!(figures[3]["target"]["comparator"], "at_least");
    assert_eq!(figures[3]["target"]["value"]["value"], 95);
    let actual = figures[3]["target"]["actual_fact"]["indicator"]
        .as_str()
        .unwrap();
    let ind = v["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == actual)
        .unwrap();
    assert_eq!(ind["value"]["value"], 92);
    assert_eq!(figures[4]["target"]["comparator"], "at_least");
    assert_eq!(figures[4]["target"]["value"]["value"], 96);
    assert!(figures[4]["target"].get("actual_fact").is_none());
    assert_eq!(
        fact_at(&imported, "/measures/items/0/figures/0/before_after/after").as_deref(),
        Some("5个工作日")
    );
    assert_eq!(
        fact_at(&imported, "/measures/items/0/figures/1/range").as_deref(),
        Some("5—10个工作日")
    );
}

#[test]
fn ambiguous_relations_stay_indicators_and_are_logged() {
    // A growth rate with no figure before it in its sentence, and a share of a whole.
    let text = one_section("同比增长12.5%。行政复议案件120件，占比60%。");
    let imported = import::import_text(&text).expect("imports");
    let s = &imported.report.measures.items[0];
    assert!(s.comparisons.is_empty() && s.breakdowns.is_empty());
    assert_eq!(s.indicators.len(), 3);
    let guessed: Vec<&str> = imported
        .log
        .of_kind(LogKind::Guessed)
        .filter_map(|e| e.text.as_deref())
        .collect();
    assert!(
        guessed.contains(&"12.5%") && guessed.contains(&"60%"),
        "{guessed:?}"
    );
    // 按规定分别… names no axis.
    let text = one_section("受理行政复议申请120件，按规定分别转办30件。");
    let imported = import::import_text(&text).expect("imports");
    assert!(imported.report.measures.items[0].breakdowns.is_empty());
    // "按类型分：" is a complete breakdown.
    let text = one_section("受理行政复议申请120件，按类型分：征收类70件、登记类50件。");
    let imported = import::import_text(&text).expect("imports");
    let b = &imported.report.measures.items[0].breakdowns[0];
    assert_eq!(b.axis, "按类型分");
    assert_eq!(b.completeness, fazhi_report::Completeness::Complete);
    assert_eq!(b.members.len(), 2);
    // A later figure that opens a new total is no member of the breakdown.
    let text = one_section("受理行政复议案件120件，其中不予受理5件，审结110件。");
    let imported = import::import_text(&text).expect("imports");
    let s = &imported.report.measures.items[0];
    assert_eq!(s.breakdowns.len(), 1);
    assert_eq!(s.breakdowns[0].members.len(), 1);
    assert_eq!(s.indicators.len(), 2);
}

#[test]
fn inconsistent_relations_give_their_findings_at_the_figures() {
    let text = one_section(
        "全年共受理行政复议申请120件，同比增长30%（2023年为100件）。立案查处案件420件，其中食品领域180件、特种设备45件、价格领域260件。",
    );
    let imported = import::import_text(&text).expect("imports");
    let validation = imported.report.validate();
    let at = |code: &str| -> Vec<String> {
        validation
            .findings()
            .iter()
            .filter(|f| f.code() == code)
            .map(|f| f.pointer().to_owned())
            .collect()
    };
    assert_eq!(
        at("facts.growth_rate_mismatch"),
        ["/measures/items/0/comparisons/0/growth_rate"]
    );
    assert_eq!(
        at("facts.breakdown_exceeds_whole"),
        ["/measures/items/0/breakdowns/0"]
    );
    assert_eq!(
        fact_at(&imported, "/measures/items/0/comparisons/0/growth_rate").as_deref(),
        Some("30%")
    );
    // A consistent text gives neither.
    let text = one_section(
        "全年共受理行政复议申请120件，同比增长20%（2023年为100件）。立案查处案件420件，其中食品领域180件、特种设备45件、价格领域160件。",
    );
    let validation = import::import_text(&text).unwrap().report.validate();
    assert!(
        !validation
            .findings()
            .iter()
            .any(|f| f.code().starts_with("facts.")),
        "{:#?}",
        validation.findings()
    );
}

/// The codes and pointers of the `facts.` findings of an imported text.
fn facts_findings(text: &str) -> Vec<(String, String)> {
    let validation = import::import_text(text).unwrap().report.validate();
    validation
        .findings()
        .iter()
        .filter(|f| f.code().starts_with("facts."))
        .map(|f| (f.code().to_owned(), f.pointer().to_owned()))
        .collect()
}

#[test]
fn a_comparison_in_the_next_sentence_is_attached_when_unambiguous() {
    // The growth rate opens the sentence after its figure's sentence.
    let text = one_section("受理行政复议申请120件。同比增长30%（2023年为100件）。");
    let imported = import::import_text(&text).expect("imports");
    let v = serde_json::to_value(&imported.report.measures.items[0]).unwrap();
    assert_eq!(v["comparisons"][0]["of"]["indicator"], "figure_1");
    assert_eq!(v["indicators"][0]["value"]["value"], 120);
    assert_eq!(v["comparisons"][0]["growth_rate"]["value"], 30);
    assert_eq!(v["comparisons"][0]["previous"]["value"], 100);
    assert_eq!(
        fact_at(&imported, "/measures/items/0/comparisons/0/growth_rate").as_deref(),
        Some("30%")
    );
    assert_eq!(
        facts_findings(&text),
        [(
            "facts.growth_rate_mismatch".to_owned(),
            "/measures/items/0/comparisons/0/growth_rate".to_owned()
        )]
    );
    // Consistent: quiet.
    let text = one_section("受理行政复议申请120件。同比增长20%（2023年为100件）。");
    assert_eq!(facts_findings(&text), []);
    // An absolute change goes to the only figure of the previous sentence in its unit.
    let text = one_section("受理行政复议申请120件，涉及金额300万元。比上年增加30件，上年为100件。");
    let imported = import::import_text(&text).expect("imports");
    let s = &imported.report.measures.items[0];
    assert_eq!(s.comparisons.len(), 1);
    let v = serde_json::to_value(s).unwrap();
    assert_eq!(v["comparisons"][0]["of"]["indicator"], "figure_1");
    assert_eq!(v["comparisons"][0]["change"]["value"], 30);
    assert_eq!(
        facts_findings(&text),
        [(
            "facts.change_mismatch".to_owned(),
            "/measures/items/0/comparisons/0/change".to_owned()
        )]
    );
    let text = one_section("受理行政复议申请120件，涉及金额300万元。比上年增加20件，上年为100件。");
    assert_eq!(facts_findings(&text), []);
}

#[test]
fn a_comparison_in_the_next_sentence_stays_unattached_when_ambiguous() {
    for paragraph in [
        // Two figures in the same unit: which one increased?
        "受理行政复议申请120件，办结110件。比上年增加30件。",
        // Two figures a growth rate could belong to.
        "受理行政复议申请120件，涉及金额300万元。同比增长30%。",
        // The sentence before has no figure; the figure is two sentences back.
        "受理行政复议申请120件。案件质量稳步提升。同比增长30%。",
        // The comparison does not open its sentence.
        "受理行政复议申请120件。办结110件，同比增长30%。",
        // No base word: a bare direction is no comparison across sentences.
        "受理行政复议申请120件。增长30%。",
    ] {
        let text = one_section(paragraph);
        let imported = import::import_text(&text).expect("imports");
        let s = &imported.report.measures.items[0];
        let figure_1: Vec<_> = s
            .comparisons
            .iter()
            .filter(|c| serde_json::to_value(&c.of).unwrap()["indicator"] == "figure_1")
            .collect();
        assert!(figure_1.is_empty(), "{paragraph}: {:?}", s.comparisons);
        assert_eq!(facts_findings(&text), [], "{paragraph}");
    }
}

#[test]
fn chinese_numeral_figures_dates_and_ordinals() {
    let text = one_section(
        "二〇二四年三月五日，区政府第七十五次常务会议审议通过《某某办法》。召开专题会议两次，组织培训十二场，参训一百二十余人，收缴罚款三万元。坚决做到两个维护，推行一网通办、一站式服务和行政执法三项制度，推进一体化平台建设。一是加强学习，二是完善制度。",
    );
    let imported = import::import_text(&text).expect("imports");
    let printed: Vec<(String, String)> = imported
        .facts
        .iter()
        .filter_map(|f| match &f.fact.kind {
            import::facts::FactKind::Figure(fig) => {
                Some((f.fact.text.clone(), fig.quantity.to_string()))
            }
            _ => None,
        })
        .collect();
    let want: Vec<(String, String)> = [
        ("两次", "2次"),
        ("十二场", "12场"),
        ("一百二十余人", "120余人"),
        ("三万元", "3万元"),
    ]
    .iter()
    .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
    .collect();
    assert_eq!(printed, want);
    let s = &imported.report.measures.items[0];
    assert_eq!(s.decisions.len(), 1);
    assert_eq!(s.decisions[0].approvals[0].ordinal, Some(75));
    let dates: Vec<String> = imported
        .facts
        .iter()
        .filter_map(|f| match &f.fact.kind {
            import::facts::FactKind::Date { date: Some(d), .. } => {
                Some(format!("{} {d}", f.fact.text))
            }
            _ => None,
        })
        .collect();
    assert_eq!(dates, ["二〇二四年三月五日 2024-03-05"]);
    // Spans are the printed numerals.
    let chars: Vec<char> = imported.text.chars().collect();
    for f in &imported.facts {
        assert_eq!(
            chars[f.fact.span.clone()].iter().collect::<String>(),
            f.fact.text
        );
    }
    // A month–day in numerals takes the report year; 三比一 is a ratio.
    let x = import::facts::extract(
        "十一月二十日召开会议，比例为三比一。",
        fazhi_report::Year::new(2024),
    );
    assert_eq!(x.facts.len(), 2, "{x:#?}");
    assert!(
        matches!(&x.facts[1].kind, import::facts::FactKind::Ratio { terms } if terms.len() == 2)
    );
}

/// The reference's speaker 王瑞雪 is 南开大学法学院副教授: the position that ends last and
/// is the longest there (副教授, not 教授 with 副 left over in the affiliation).
#[test]
fn a_speakers_position_is_the_longest_that_ends_before_the_name() {
    let imported = import::import_text(&fixture("reference.txt")).expect("imports");
    let value = serde_json::to_value(&imported.report).expect("JSON");
    let speakers: Vec<&Value> = value["measures"]["items"]
        .as_array()
        .expect("items")
        .iter()
        .flat_map(|s| s["studies"].as_array().into_iter().flatten())
        .map(|st| &st["speaker"])
        .filter(|sp| sp["name"] == "王瑞雪")
        .collect();
    assert_eq!(speakers.len(), 1, "{speakers:?}");
    assert_eq!(speakers[0]["position"], "副教授");
    assert_eq!(speakers[0]["affiliation"], "南开大学法学院");
}

#[test]
fn figures_in_a_subsection_heading_are_facts() {
    let text = "某区司法局2024年法治政府建设年度报告\n一、2024年推进法治政府建设主要举措和成效\n（一）全年办理行政复议案件56件\n依法化解行政争议。\n二、存在的不足和原因\n一是队伍建设有待加强。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人带头学法。\n四、2025年工作安排\n持续推进。\n";
    let imported = import::import_text(text).expect("imports");
    let s = &imported.report.measures.items[0];
    assert_eq!(s.heading, "（一）全年办理行政复议案件56件");
    let placed: Vec<&import::PlacedFact> = imported
        .facts
        .iter()
        .filter(|f| f.paragraph == "/measures/items/0/heading")
        .collect();
    assert_eq!(placed.len(), 1, "{:#?}", imported.facts);
    assert_eq!(placed[0].fact.text, "56件");
    let p = placed[0].pointer.as_deref().expect("placed in a field");
    assert!(p.starts_with("/measures/items/0/"), "{p}");
    let v = serde_json::to_value(&imported.report).unwrap();
    let at = jsonpointer(&v, p);
    assert!(at.to_string().contains("56"), "{p}: {at}");
    assert!(
        imported
            .log
            .entries
            .iter()
            .any(|e| e.message.contains("标题中的数字"))
    );
    // The part headings' years stay the plan year, not facts.
    assert!(
        imported
            .facts
            .iter()
            .all(|f| !f.paragraph.ends_with("/heading") || f.paragraph.contains("/items/"))
    );
}

fn jsonpointer<'a>(v: &'a Value, p: &str) -> &'a Value {
    v.pointer(p).unwrap_or(&Value::Null)
}

#[test]
fn enforcement_orders_and_publicity_occasions_are_typed_blocks() {
    let text = one_section(
        "全年开展执法检查12次，对3家单位下达《责令限期改正通知书》。以“12·4”国家宪法日和宪法宣传周为契机，开展普法宣传活动。出具建设项目意见书33份。",
    );
    let imported = import::import_text(&text).expect("imports");
    let v = serde_json::to_value(&imported.report.measures.items[0]).unwrap();
    assert_eq!(
        v["enforcement"]["orders"],
        serde_json::json!([{"document": "责令限期改正通知书", "recipients": "3家单位"}])
    );
    assert_eq!(v["publicity"][0]["activity"], "开展普法宣传活动");
    assert_eq!(
        v["publicity"][0]["occasions"],
        serde_json::json!([
            {"day": "constitution_day", "name": "“12·4”国家宪法日"},
            {"day": "constitution_day", "name": "宪法宣传周"}
        ])
    );
    let src = imported
        .source_of("/measures/items/0/publicity/0/occasions/0/name")
        .expect("a source span");
    let chars: Vec<char> = imported.text.chars().collect();
    assert_eq!(
        chars[src.span.clone()].iter().collect::<String>(),
        "“12·4”国家宪法日"
    );
    let logged: Vec<&str> = imported
        .log
        .entries
        .iter()
        .filter(|e| e.message.contains("执法文书") || e.message.contains("宣传节点"))
        .filter_map(|e| e.text.as_deref())
        .collect();
    assert_eq!(
        logged,
        ["责令限期改正通知书", "“12·4”国家宪法日", "宪法宣传周"]
    );
    // Parser and schema accept the typed blocks.
    let json = imported.report.to_json().unwrap();
    assert_eq!(Report::from_json_str(&json).unwrap(), imported.report);
    let schema = serde_json::to_value(schemars::schema_for!(Report)).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let doc: Value = serde_json::from_str(&json).unwrap();
    assert!(validator.iter_errors(&doc).next().is_none());
}
