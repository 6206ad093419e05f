//! A deterministic generator of large reports (大体量报告生成器) for the benchmarks and tests.
//!
//! [`report`] builds the JSON of one report whose content grows linearly with `scale`: each
//! unit of scale adds one round of subsections covering every theme, with every typed block
//! of a [`Section`](fazhi_report::Section) populated, Chinese prose paragraphs, hundreds of
//! indicators and list items, shortcomings, duties, rectifications and plans. Scale 1 is
//! about 100 KB of compact JSON, scale 10 about 1 MB.
//!
//! The figures are kept consistent (rectified ≤ found in one unit, parts add up to their
//! whole, rates match their counts, dates fall inside the report year), so that validating
//! the report measures the checks, not the building of findings.
//!
//! The generator has its own small PRNG (SplitMix64) with a fixed seed: the same scale
//! always gives the same bytes, on every machine.

use serde_json::{Value, json};

/// The year of the generated reports.
pub const YEAR: u16 = 2023;

/// Compact JSON of a generated report of the given scale (≥ 1).
pub fn report(scale: usize) -> Vec<u8> {
    // A `Value` serialises infallibly; fall back to an empty document rather than panic.
    serde_json::to_vec(&report_value(scale)).unwrap_or_default()
}

/// The generated report as a JSON value.
pub fn report_value(scale: usize) -> Value {
    let mut g = Gen::new(0x5EED_F00D_2023);
    let mut measures = Vec::new();
    let mut responsibility = Vec::new();
    let mut plans = Vec::new();
    let mut other = Vec::new();
    let mut shortcomings = Vec::new();
    for round in 0..scale.max(1) {
        for theme in THEMES {
            let n = measures.len();
            measures.push(g.measure_section(n, round, theme));
        }
        responsibility.push(g.responsibility_section(responsibility.len()));
        plans.push(g.plan_section(plans.len()));
        other.push(g.other_section(other.len()));
        for _ in 0..3 {
            shortcomings.push(g.shortcoming(shortcomings.len()));
        }
    }
    json!({
        "schema_version": "1.0",
        "meta": {
            "title": format!("区司法局{YEAR}年度法治政府建设情况报告"),
            "year": YEAR,
            "organization": {
                "name": "区司法局",
                "full_name": "天津市河北区司法局",
                "region": "天津市河北区",
                "level": "county",
                "kind": "department"
            },
            "notice": {
                "issuer": "区委全面依法治区委员会办公室",
                "title": format!("关于报送{YEAR}年度法治政府建设情况报告的通知"),
                "number": format!("河北法办〔{}〕1号", YEAR + 1),
                "deadline": format!("{}-02-20", YEAR + 1)
            },
            "addressees": ["区委", "区政府", "区委全面依法治区委员会办公室"],
            "document_number": format!("河北司发〔{}〕3号", YEAR + 1),
            "preamble": [g.paragraph(120)],
            "signature": {"organization": "区司法局", "signatory": "张正民", "sealed": true},
            "dates": {
                "written": format!("{}-01-15", YEAR + 1),
                "submitted": format!("{}-02-18", YEAR + 1),
                "published": format!("{}-03-10", YEAR + 1),
                "data_cutoff": format!("{YEAR}-12-31")
            }
        },
        "measures": {
            "heading": format!("一、{YEAR}年推进法治政府建设主要举措和成效"),
            "paragraphs": [g.paragraph(200)],
            "items": measures
        },
        "shortcomings": {
            "heading": "二、存在的不足和原因",
            "paragraphs": [g.paragraph(80)],
            "items": shortcomings
        },
        "responsibility": {
            "heading": format!("三、{YEAR}年党政主要负责人履行推进法治建设第一责任人职责的有关情况"),
            "items": responsibility
        },
        "plans": {
            "heading": format!("四、{}年推进法治政府建设的主要安排", YEAR + 1),
            "year": YEAR + 1,
            "items": plans
        },
        "other": {
            "heading": "五、其他需要报告的情况",
            "items": other
        }
    })
}

/// Every theme code, in catalogue order.
const THEMES: &[&str] = &[
    "study_and_leadership",
    "government_functions",
    "rules_and_documents",
    "decisions_and_counsel",
    "law_enforcement",
    "emergencies_and_safety",
    "disputes",
    "supervision_and_openness",
    "digital_government",
    "legal_publicity",
    "custom",
];

/// Every typed block of a subsection, by wire name.
const BLOCKS: &[&str] = &[
    "stocks",
    "studies",
    "study_materials",
    "campaigns",
    "services",
    "publications",
    "hazards",
    "inspections",
    "decisions",
    "decision_making",
    "counsel",
    "enforcement",
    "cases",
    "publicity",
    "normative_documents",
    "reconsideration",
    "litigation",
    "petitions",
    "openness",
    "duties",
    "rectifications",
    "period",
    "figures",
    "breakdowns",
    "comparisons",
    "periods",
    "government_services",
    "evaluations",
    "accidents",
    "sector_enforcement",
    "cooperation",
    "supervision",
    "filing_review",
    "items",
];

const SUBJECTS: &[&str] = &[
    "局党组",
    "各科室",
    "执法大队",
    "法制审核机构",
    "领导班子",
    "全体党员干部",
    "各街道司法所",
    "公共法律服务中心",
    "行政复议机构",
    "法律顾问团队",
];

const ACTIONS: &[&str] = &[
    "深入学习贯彻习近平法治思想",
    "认真落实《法治政府建设实施纲要（2021—2025年）》",
    "严格执行重大行政决策程序",
    "全面推行行政执法公示制度",
    "扎实开展“谁执法谁普法”工作",
    "持续优化法治化营商环境",
    "健全行政执法全过程记录制度",
    "加强规范性文件合法性审核",
    "推进政务公开标准化规范化建设",
    "完善矛盾纠纷多元化解机制",
    "强化安全生产隐患排查治理",
    "推动数字法治政府建设",
];

const MANNERS: &[&str] = &[
    "坚持问题导向和目标导向",
    "对照年度工作要点",
    "结合部门职责",
    "围绕中心、服务大局",
    "以人民为中心",
    "按照区委、区政府统一部署",
];

const RESULTS: &[&str] = &[
    "依法行政能力明显提升",
    "执法行为更加规范",
    "群众满意度持续提高",
    "制度体系进一步健全",
    "风险隐患得到有效化解",
    "法治宣传实现全覆盖",
    "行政争议化解成效显著",
    "营商环境持续改善",
];

const PLACES: &[&str] = &[
    "琴海公寓",
    "晨悦大厦",
    "海达名园",
    "华泰小区",
    "金耀广场",
    "望海楼社区",
    "建昌道街道",
    "江都路街道",
    "宁园街道",
    "月牙河街道",
    "人工智能科创园",
    "铁东路街道",
];

const UNITS_COUNT: &[&str] = &["件", "次", "处", "项", "个", "家", "场", "份", "人次", "名"];

/// SplitMix64: tiny, fast and good enough for choosing words.
struct Gen {
    state: u64,
}

impl Gen {
    fn new(seed: u64) -> Gen {
        Gen { state: seed }
    }

    fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }

    /// A prose paragraph of at least `chars` characters, in full sentences.
    fn paragraph(&mut self, chars: usize) -> String {
        let mut text = String::new();
        while text.chars().count() < chars {
            let sentence = format!(
                "{}{}，{}，通过建立工作台账、细化任务清单、压实工作责任，累计开展相关工作{}次，{}。",
                self.pick(SUBJECTS),
                self.pick(MANNERS),
                self.pick(ACTIONS),
                self.range(3, 90),
                self.pick(RESULTS),
            );
            text.push_str(&sentence);
        }
        text
    }

    fn paragraphs(&mut self, count: usize, chars: usize) -> Vec<String> {
        (0..count).map(|_| self.paragraph(chars)).collect()
    }

    /// A date of the report year, as `YYYY-MM-DD`.
    fn date(&mut self) -> String {
        format!("{YEAR}-{:02}-{:02}", self.range(1, 12), self.range(1, 28))
    }

    /// Distinct place names.
    fn places(&mut self, count: usize) -> Vec<String> {
        let start = self.range(0, PLACES.len() as u64 - 1) as usize;
        (0..count)
            .map(|i| {
                let place = PLACES[(start + i) % PLACES.len()];
                if i < PLACES.len() {
                    place.to_owned()
                } else {
                    format!("{place}{}号楼", i / PLACES.len() + 1)
                }
            })
            .collect()
    }

    /// A list of `count` named items; exhaustive ones state their exact total, the others a
    /// larger one (等).
    fn item_list(&mut self, count: usize, unit: &str) -> Value {
        let items = self.places(count);
        if self.next().is_multiple_of(2) {
            json!({"items": items, "exhaustive": true, "total": q(count as u64, unit)})
        } else {
            let total = count as u64 + self.range(1, 20);
            json!({"items": items, "total": q(total, unit)})
        }
    }

    /// Indicators: groups of a whole, its parts adding up to it, and a rate of two of them.
    fn indicators(&mut self, groups: usize) -> Vec<Value> {
        let mut out = Vec::new();
        for k in 0..groups {
            let unit = self.pick(UNITS_COUNT);
            let parts: Vec<u64> = (0..3).map(|_| self.range(1, 400)).collect();
            let whole: u64 = parts.iter().sum();
            out.push(json!({
                "key": format!("total_{k}"),
                "label": format!("{}办理事项总数", self.pick(SUBJECTS)),
                "value": q(whole, unit),
                "kind": "count",
                "sum_of_parts": true,
                "period": "全年"
            }));
            for (p, v) in parts.iter().enumerate() {
                out.push(json!({
                    "key": format!("part_{k}_{p}"),
                    "label": format!("其中{}", self.pick(ACTIONS)),
                    "value": q(*v, unit),
                    "kind": "count",
                    "part_of": format!("total_{k}")
                }));
            }
            out.push(json!({
                "key": format!("rate_{k}"),
                "label": "按期办结率",
                "value": rate(parts[0], whole),
                "kind": "rate",
                "rate_of": {"numerator": format!("part_{k}_0"), "denominator": format!("total_{k}")}
            }));
            let growth = self.range(1, 300);
            out.push(json!({
                "label": "同比变化",
                "value": {"value": growth, "unit": "%"},
                "kind": "growth",
                "trend": if growth.is_multiple_of(2) { "increase" } else { "decrease" }
            }));
            out.push(json!({
                "label": "涉及资金",
                "value": {"value": hundredths(self.range(1, 9000)), "unit": "万元", "qualifier": "about"},
                "kind": "amount"
            }));
        }
        out
    }

    fn stock(&mut self, label: &str) -> Value {
        let opening = self.range(10, 300);
        let added = self.range(0, 50);
        let removed = self.range(0, opening.min(40));
        json!({
            "label": label,
            "opening": q(opening, "件"),
            "added": q(added, "件"),
            "removed": q(removed, "件"),
            "closing": q(opening + added - removed, "件")
        })
    }

    fn study(&mut self) -> Value {
        let contents = self.item_list(6, "项");
        json!({
            "date": self.date(),
            "format": "central_group",
            "organizer": "局党组",
            "speaker": {"name": "李明华", "position": "副教授", "affiliation": "天津大学法学院"},
            "topic": "习近平法治思想",
            "contents": contents,
            "audience": "全体党员干部",
            "participants": q(self.range(20, 200), "人次"),
            "count": q(self.range(1, 12), "次")
        })
    }

    fn hazard(&mut self) -> Value {
        let found = self.range(10, 300);
        let rectified = self.range(found / 2, found);
        let categories = self.item_list(8, "处");
        json!({
            "label": "安全隐患",
            "categories": categories,
            "found": q(found, "处"),
            "rectified": q(rectified, "处"),
            "pending": q(found - rectified, "处"),
            "rate": rate(rectified, found),
            "major": q(found / 10, "处")
        })
    }

    fn inspection(&mut self) -> Value {
        let partners = self.item_list(5, "家");
        let sites = self.item_list(12, "处");
        json!({
            "kind": "joint",
            "scope": "人防工程及地下空间",
            "count": q(self.range(2, 40), "次"),
            "personnel": q(self.range(10, 200), "人次"),
            "partners": partners,
            "sites": sites,
            "outcomes": [self.paragraph(30)]
        })
    }

    fn decision(&mut self) -> Value {
        json!({
            "name": format!("人民防空工程专项规划（{YEAR}—2035年）"),
            "role": "lead_unit",
            "procedures": [
                "public_participation", "expert_review", "risk_assessment",
                "legality_review", "collective_decision"
            ],
            "comment_period": {"start": format!("{YEAR}-05-04"), "end": format!("{YEAR}-06-08")},
            "approvals": [{
                "name": "区政府第75次政府常务会议",
                "body": "区政府",
                "kind": "executive_meeting",
                "ordinal": 75,
                "date": format!("{YEAR}-09-12")
            }]
        })
    }

    fn counsel(&mut self) -> Value {
        let reviewed = self.range(20, 200);
        let opinions = self.range(10, 100);
        let reviewed_kinds = self.item_list(4, "类");
        json!({
            "advisers": [
                {"kind": "law_firm", "name": "天津某律师事务所", "count": q(1, "家")},
                {"kind": "public_lawyer", "count": q(self.range(1, 9), "名")}
            ],
            "reviewed_kinds": reviewed_kinds,
            "reviewed": q(reviewed, "件"),
            "opinions": q(opinions, "条"),
            "adopted": q(self.range(opinions / 2, opinions), "条"),
            "trainings": [{"topic": "行政复议法新修订内容", "count": q(2, "次")}]
        })
    }

    fn enforcement(&mut self) -> Value {
        let simple = self.range(0, 40);
        let general = self.range(1, 40);
        let cases = simple + general;
        json!({
            "min_officers_per_action": 2,
            "shows_credentials": true,
            "informs_parties": true,
            "publicity": true,
            "full_process_recording": true,
            "recording_devices": true,
            "records_archived": true,
            "legal_review": true,
            "certified_officers": q(self.range(10, 80), "人"),
            "officer_monthly_actions": q(self.range(1, 20), "次"),
            "inspections": q(self.range(50, 500), "次"),
            "cases_filed": q(cases, "件"),
            "case_count": q(cases, "件"),
            "penalties": q(self.range(0, cases), "件"),
            "simple_procedure": q(simple, "件"),
            "general_procedure": q(general, "件"),
            "fines": {"value": hundredths(self.range(1, 5000)), "unit": "万元"},
            "referrals": q(self.range(0, 5), "件"),
            "orders": [{"document": "责令限期改正通知书", "recipients": "相关单位", "count": q(self.range(1, 30), "份")}],
            "assessment": self.paragraph(40)
        })
    }

    fn case(&mut self) -> Value {
        json!({
            "party": format!("{}物业管理有限公司", self.pick(PLACES)),
            "violation": "擅自改变人防工程主体结构",
            "action": "责令限期改正并处罚款",
            "fine": {"value": hundredths(self.range(1, 50) * 10), "unit": "万元"},
            "status": "penalized"
        })
    }

    fn publicity(&mut self) -> Value {
        let partners = self.item_list(4, "家");
        let methods = self.item_list(4, "种");
        let combined = self.item_list(3, "项");
        json!({
            "activity": "国家安全教育日主题宣传",
            "occasions": [{"day": "national_security_education_day", "name": "全民国家安全教育日", "date": format!("{YEAR}-04-15")}],
            "date": format!("{YEAR}-04-15"),
            "partners": partners,
            "audience": "辖区居民",
            "participants": q(self.range(100, 2000), "人次"),
            "methods": methods,
            "topic": "人民防空法",
            "combined_with": combined,
            "count": q(self.range(1, 10), "场"),
            "materials": q(self.range(100, 3000), "份")
        })
    }

    fn reconsideration(&mut self) -> Value {
        let accepted = self.range(10, 100);
        let rejected = self.range(0, 10);
        let carried = self.range(0, 10);
        let upheld = self.range(0, accepted / 2);
        let dismissed = self.range(0, accepted / 4);
        let corrected = self.range(0, accepted / 8);
        let concluded = upheld + dismissed + corrected;
        json!({
            "role": "authority",
            "received": q(accepted + rejected, "件"),
            "accepted": q(accepted, "件"),
            "rejected": q(rejected, "件"),
            "carried_over": q(carried, "件"),
            "concluded": q(concluded, "件"),
            "outcomes": {
                "upheld": q(upheld, "件"),
                "dismissed": q(dismissed, "件"),
                "corrected": q(corrected, "件")
            },
            "pending": q(accepted + carried - concluded, "件"),
            "correction_rate": rate(corrected, concluded.max(1)),
            "litigated_after": q(self.range(0, 3), "件")
        })
    }

    fn litigation(&mut self) -> Value {
        let concluded = self.range(5, 60);
        let lost = self.range(0, concluded / 5);
        let hearings = self.range(1, 30);
        let appearances = self.range(0, hearings);
        json!({
            "received": q(concluded + self.range(0, 10), "件"),
            "carried_over": q(self.range(0, 5), "件"),
            "concluded": q(concluded, "件"),
            "lost": q(lost, "件"),
            "loss_rate": rate(lost, concluded),
            "withdrawn": q(self.range(0, 3), "件"),
            "hearings": q(hearings, "次"),
            "head_appearances": q(appearances, "次"),
            "appearance_rate": rate(appearances, hearings)
        })
    }

    fn petitions(&mut self) -> Value {
        let received = self.range(20, 400);
        let resolved = self.range(received / 2, received);
        let mediations = self.range(10, 300);
        json!({
            "received": q(received, "件"),
            "carried_over": q(0, "件"),
            "resolved": q(resolved, "件"),
            "resolution_rate": rate(resolved, received),
            "satisfaction_rate": {"value": 98.5, "unit": "%"},
            "mediations": q(mediations, "件"),
            "mediated_successfully": q(self.range(mediations / 2, mediations), "件")
        })
    }

    fn normative(&mut self) -> Value {
        let issued = self.range(1, 20);
        let opening = self.range(20, 80);
        let repealed = self.range(0, 10);
        json!({
            "issued": q(issued, "件"),
            "reviewed": q(issued, "件"),
            "filed": q(issued, "件"),
            "cleaned_up": q(opening, "件"),
            "repealed": q(repealed, "件"),
            "in_force_opening": q(opening, "件"),
            "in_force": q(opening + issued - repealed, "件"),
            "filing_rate": q(100, "%"),
            "timely_filing_rate": q(100, "%")
        })
    }

    fn openness(&mut self) -> Value {
        let received = self.range(5, 80);
        let carried = self.range(0, 5);
        let answered = self.range(received / 2, received + carried);
        json!({
            "proactive": q(self.range(50, 900), "条"),
            "requests_received": q(received, "件"),
            "requests_carried_over": q(carried, "件"),
            "requests_answered": q(answered, "件"),
            "requests_carried_forward": q(received + carried - answered, "件"),
            "answer_rate": rate(answered, received + carried)
        })
    }

    /// One subsection of part 一 on `theme`: prose, indicators, cited documents, and the
    /// blocks its theme reports; the `custom` subsection carries every block, since any
    /// subsection may carry any block.
    fn measure_section(&mut self, index: usize, round: usize, theme: &str) -> Value {
        let heading = format!(
            "（{}）{}（第{}组）",
            index + 1,
            ACTIONS[index % ACTIONS.len()],
            round + 1
        );
        let mut section = json!({
            "heading": heading,
            "theme": theme,
            "paragraphs": self.paragraphs(4, 180),
            "indicators": self.indicators(4),
            "documents": [
                {"title": "关于实行国家机关“谁执法谁普法”普法责任制的意见", "issuer": "中办、国办", "number": "厅字〔2017〕31号"},
                {"title": "中华人民共和国人民防空法"}
            ]
        });
        let blocks: &[&str] = match theme {
            "study_and_leadership" => &["studies", "study_materials", "duties", "rectifications"],
            "government_functions" => &["services", "campaigns", "publications"],
            "rules_and_documents" => &["normative_documents", "stocks"],
            "decisions_and_counsel" => &["decisions", "decision_making", "counsel"],
            "law_enforcement" => &["enforcement", "cases", "inspections"],
            "emergencies_and_safety" => &["hazards", "inspections", "campaigns"],
            "disputes" => &["reconsideration", "litigation", "petitions"],
            "supervision_and_openness" => &["openness", "stocks"],
            "digital_government" => &["publications", "services"],
            "legal_publicity" => &["publicity", "studies", "study_materials"],
            _ => BLOCKS,
        };
        for &name in blocks {
            section[name] = self.block(name);
        }
        section
    }

    /// The value of the block `name` of a subsection.
    fn block(&mut self, name: &str) -> Value {
        match name {
            "stocks" => json!([self.stock("现行有效规范性文件")]),
            "studies" => json!([self.study()]),
            "study_materials" => json!([{
                "title": "习近平法治思想学习纲要",
                "distribution": "全体党员干部",
                "copies": q(self.range(20, 200), "册")
            }]),
            "campaigns" => json!([{
                "name": "双万双服促发展",
                "scope": "辖区重点企业",
                "topics": self.item_list(6, "项"),
                "actions": [self.paragraph(40)],
                "count": q(self.range(1, 20), "次")
            }]),
            "services" => json!([{
                "led_by": "局领导",
                "targets": self.item_list(12, "家"),
                "activities": [self.paragraph(40)],
                "count": q(self.range(1, 40), "次")
            }]),
            "publications" => json!([{
                "title": "人防工程行政许可办事指南",
                "purpose": "方便企业群众办事",
                "copies": q(self.range(100, 900), "份")
            }]),
            "hazards" => json!([self.hazard(), self.hazard()]),
            "inspections" => json!([self.inspection()]),
            "decisions" => json!([self.decision()]),
            "decision_making" => json!({
                "rules": [{"title": "党组议事规则"}],
                "matters": self.item_list(6, "项"),
                "bodies": ["党组会", "局长办公会"],
                "head_speaks_last": true,
                "mechanism": "一把手负总责，分管领导各负其责，班子成员齐抓共管"
            }),
            "counsel" => self.counsel(),
            "enforcement" => self.enforcement(),
            "cases" => json!([self.case(), self.case(), self.case()]),
            "publicity" => json!([self.publicity(), self.publicity()]),
            "normative_documents" => self.normative(),
            "reconsideration" => self.reconsideration(),
            "litigation" => self.litigation(),
            "petitions" => self.petitions(),
            "openness" => self.openness(),
            "duties" => json!(["deploy_personally", "query_personally"]),
            "rectifications" => json!([self.rectification()]),
            "period" => {
                json!({"kind": "partial_year", "end": format!("{YEAR}-11-30"), "text": "截至11月底"})
            }
            "figures" => json!([{
                "label": "审批时限",
                "range": {"low": q(5, "工作日"), "high": q(10, "工作日")},
                "before_after": {"before": q(15, "工作日"), "after": q(5, "工作日"), "change": "reduced"}
            }, {
                "label": "满意率目标",
                "target": {"comparator": "at_least", "value": q(90, "%"), "actual": q(95, "%")}
            }]),
            "breakdowns" => {
                let (a, b) = (self.range(1, 50), self.range(1, 50));
                json!([{
                    "of": {"field": "/accidents/0/accidents"},
                    "axis": "按行业分",
                    "completeness": "partial",
                    "members": [{"label": "建筑施工", "value": q(a.min(b), "起")}]
                }])
            }
            "comparisons" => json!([{
                "of": {"field": "/accidents/0/deaths"},
                "previous": q(6, "人"),
                "direction": "decrease",
                "change": q(3, "人"),
                "growth_rate": q(50, "%")
            }]),
            "periods" => json!([{
                "of": {"field": "/accidents/0/accidents"},
                "period": {"kind": "forecast", "text": "全年预计"}
            }]),
            "government_services" => json!({
                "catalogue_items": q(self.range(20, 60), "项"),
                "items": [{
                    "name": "户外广告设施设置审批",
                    "handled": q(self.range(10, 300), "件"),
                    "time_reduction": {"before": q(15, "工作日"), "after": q(5, "工作日"), "change": "reduced"}
                }]
            }),
            "evaluations" => {
                json!({"received": q(1000, "条"), "positive": q(998, "条"), "negative": q(2, "条")})
            }
            "accidents" => json!([{
                "kind": "生产安全事故",
                "accidents": q(self.range(50, 90), "起"),
                "deaths": q(3, "人")
            }]),
            "sector_enforcement" => json!([
                {"sector": "食品安全", "inspections": q(self.range(10, 90), "次")},
                {"sector": "特种设备", "inspections": q(self.range(10, 90), "次")}
            ]),
            "cooperation" => {
                json!({"transferred_to_police": q(2, "件"), "accepted_by_police": q(1, "件")})
            }
            "supervision" => {
                json!({"files_reviewed": q(self.range(50, 90), "件"), "files_with_defects": q(3, "件")})
            }
            "filing_review" => {
                json!({"submitted": q(12, "件"), "filed": q(12, "件"), "reviewed": q(12, "件")})
            }
            "items" => json!([{
                "heading": "1.具体做法",
                "paragraphs": [self.paragraph(60)],
                "items": [{"heading": "（1）工作成效", "paragraphs": [self.paragraph(40)]}]
            }]),
            _ => Value::Null,
        }
    }

    fn rectification(&mut self) -> Value {
        json!({
            "source": format!("{}年度全面依法治区考评", YEAR - 1),
            "source_year": YEAR - 1,
            "problem": "重大行政决策制度概念理解混淆不清",
            "measures": [self.paragraph(50), self.paragraph(50)],
            "status": "completed"
        })
    }

    fn responsibility_section(&mut self, index: usize) -> Value {
        json!({
            "heading": format!("（{}）全面落实第一责任人职责", index + 1),
            "paragraphs": self.paragraphs(3, 200),
            "duties": [
                "deploy_personally", "query_personally", "coordinate_personally",
                "supervise_personally", "hear_reports", "report_on_law"
            ],
            "rectifications": [self.rectification()],
            "studies": [self.study()]
        })
    }

    fn plan_section(&mut self, index: usize) -> Value {
        json!({
            "heading": format!("（{}）{}", index + 1, self.pick(ACTIONS)),
            "paragraphs": self.paragraphs(3, 200),
            "indicators": [{"label": "计划开展普法活动", "value": q(self.range(5, 30), "场")}]
        })
    }

    fn other_section(&mut self, index: usize) -> Value {
        json!({
            "heading": format!("（{}）其他工作情况", index + 1),
            "paragraphs": self.paragraphs(2, 150)
        })
    }

    fn shortcoming(&mut self, index: usize) -> Value {
        let markers = ["一是", "二是", "三是", "四是", "五是"];
        json!({
            "marker": markers[index % markers.len()],
            "problem": "行政执法人员综合素质有待提升",
            "details": [self.paragraph(80)],
            "cause": self.paragraph(60),
            "remedy": self.paragraph(60)
        })
    }
}

/// An exact count.
fn q(value: u64, unit: &str) -> Value {
    json!({"value": value, "unit": unit})
}

/// `part / whole` as a percentage with two decimals, rounded half up.
fn rate(part: u64, whole: u64) -> Value {
    json!({"value": hundredths((part * 10_000 * 2 + whole) / (whole * 2)), "unit": "%"})
}

/// `n / 100` as a JSON number: an integer when it is whole, as the crate writes it.
fn hundredths(n: u64) -> Value {
    if n.is_multiple_of(100) {
        json!(n / 100)
    } else {
        json!(n as f64 / 100.0)
    }
}

/// The parts with subsections, in report order, with their headings.
const SECTION_PARTS: [(&str, &str); 4] = [
    ("measures", "一、2023年推进法治政府建设主要举措和成效"),
    (
        "responsibility",
        "三、2023年党政主要负责人履行推进法治建设第一责任人职责的有关情况",
    ),
    ("plans", "四、2024年推进法治政府建设的主要安排"),
    ("other", "五、其他需要报告的情况"),
];

/// The most subsections [`distinct_report`] puts in one part: the default list limit.
pub const DISTINCT_PER_PART: usize = 10_000;

/// Compact JSON of a report of `subsections` subsections with distinct text (互不相同的小节):
/// each has a heading and one paragraph of `chars` characters drawn at random from the CJK
/// Unified Ideographs (U+4E00–U+9FFF), so that no two subsections share a 5-gram but by
/// chance. The subsections fill parts 一, 三, 四 and 五 in turn, at most
/// [`DISTINCT_PER_PART`] to a part (`subsections` above four times that are not written).
/// The JSON is written directly, without building a `Value`, so that the tests can make
/// reports of many megabytes quickly.
pub fn distinct_report(subsections: usize, chars: usize) -> Vec<u8> {
    let mut g = Gen::new(0xD15_71AC7);
    let per_part = subsections
        .div_ceil(SECTION_PARTS.len())
        .min(DISTINCT_PER_PART);
    let mut left = subsections.min(DISTINCT_PER_PART * SECTION_PARTS.len());
    let mut out = String::with_capacity(left * (chars * 3 + 64) + 1024);
    out.push_str(&format!(
        r#"{{"schema_version":"1.0","meta":{{"title":"区司法局{YEAR}年度法治政府建设情况报告","year":{YEAR},"organization":{{"name":"区司法局","kind":"department","level":"county"}}}},"shortcomings":{{"heading":"二、存在的不足和原因","items":[{{"problem":"执法人员法律素养有待提升","cause":"培训的针对性不强"}}]}}"#
    ));
    for (part, heading) in SECTION_PARTS {
        out.push_str(&format!(r#","{part}":{{"heading":"{heading}","#));
        if part == "plans" {
            out.push_str(&format!(r#""year":{},"#, YEAR + 1));
        }
        out.push_str(r#""items":["#);
        let here = per_part.min(left);
        for i in 0..here {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&format!(
                r#"{{"heading":"（{}）小节","paragraphs":[""#,
                i + 1
            ));
            for _ in 0..chars {
                let c = char::from_u32(0x4E00 + (g.next() % 0x5200) as u32).unwrap_or('中');
                out.push(c);
            }
            out.push_str(r#""]}"#);
        }
        left -= here.min(left);
        out.push_str("]}");
    }
    out.push('}');
    out.into_bytes()
}
