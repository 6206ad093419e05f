//! [`Section`]: one numbered subsection of a part, with its theme, paragraphs, generic
//! indicators and optional typed blocks.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::*;

/// The theme of a subsection (主题), after the chapters of 《法治政府建设实施纲要
/// （2021—2025年）》 and what real reports use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "主题",
    description = "小节的主题，参照《法治政府建设实施纲要（2021—2025年）》的章节和实际报告的用法。"
)]
pub enum Theme {
    /// 学习贯彻习近平法治思想、加强党的领导 (纲要 一、十).
    #[schemars(title = "学习贯彻习近平法治思想、加强党的领导")]
    StudyAndLeadership,
    /// 政府职能与营商环境 (纲要 二).
    #[schemars(title = "依法履行政府职能、优化营商环境")]
    GovernmentFunctions,
    /// 依法行政制度体系、规范性文件 (纲要 三).
    #[schemars(title = "依法行政制度体系、规范性文件")]
    RulesAndDocuments,
    /// 重大行政决策、法律顾问 (纲要 四).
    #[schemars(title = "重大行政决策、法律顾问")]
    DecisionsAndCounsel,
    /// 行政执法 (纲要 五).
    #[schemars(title = "严格规范公正文明执法")]
    LawEnforcement,
    /// 突发事件应对、安全生产 (纲要 六).
    #[schemars(title = "突发事件应对、安全生产")]
    EmergenciesAndSafety,
    /// 矛盾纠纷化解: 行政复议、行政应诉、调解、信访 (纲要 七).
    #[schemars(title = "矛盾纠纷化解（行政复议、行政应诉、调解、信访）")]
    Disputes,
    /// 行政权力制约监督、政务公开 (纲要 八).
    #[schemars(title = "行政权力制约监督、政务公开")]
    SupervisionAndOpenness,
    /// 数字法治政府 (纲要 九).
    #[schemars(title = "数字法治政府")]
    DigitalGovernment,
    /// 普法宣传 ("谁执法谁普法").
    #[schemars(title = "普法宣传教育")]
    LegalPublicity,
    /// A theme of the report's own.
    #[schemars(title = "其他（自定）", description = "报告自定的其他主题。")]
    Custom,
}

/// One numbered subsection of a part (小节): "（三）以人民为中心，守住安全底线".
///
/// Every part uses the same struct, and any subsection may carry any block, because real
/// reports mix them: a decisions subsection reports legal counsel, an enforcement
/// subsection reports publicity. The paragraphs keep the prose; every figure, date, named
/// body, meeting, case and event they state is also a typed value in a block.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "小节",
    description = "一个带序号的小节：标题、主题、正文段落，以及其中的数字和事实。"
)]
#[non_exhaustive]
pub struct Section {
    /// Heading as printed, with its numbering ("（一）深入学习贯彻习近平法治思想").
    #[schemars(
        title = "小标题（原文）",
        description = "按原文填写，含序号，如“（一）深入学习贯彻习近平法治思想”。",
        length(min = 1, max = 200)
    )]
    pub heading: String,
    /// Theme code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "主题",
        description = "小节所属主题，参照《法治政府建设实施纲要（2021—2025年）》的章节。"
    )]
    pub theme: Option<Theme>,
    /// The paragraphs as printed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "正文段落",
        description = "按原文逐段填写。",
        length(max = 100),
        inner(length(min = 1, max = 20000))
    )]
    pub paragraphs: Vec<String>,
    /// Figures without a dedicated field.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "指标",
        description = "没有专门字段的数字，每个数字一项。",
        length(max = 1000)
    )]
    pub indicators: Vec<Indicator>,
    /// Stocks that change over the year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "存量变动",
        description = "年内有增减的存量，如现行有效规范性文件、持证执法人员；期末 = 期初 + 新增 − 减少。",
        length(max = 100)
    )]
    pub stocks: Vec<Stock>,
    /// The period of every figure of this subsection, when it is not the report year
    /// (截至11月底, 全年预计); a figure's own period in `periods` overrides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "本节数据期间",
        description = "本小节的数字不属于报告全年时填写，如“截至11月底”“全年预计”。"
    )]
    pub period: Option<Period>,
    /// Figures printed as a range, ratio, target or before/after pair.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "其他形式数字",
        description = "以区间（5—10个工作日）、比例（1.2:1）、目标/限值（不低于90%）或前后对比（由15个工作日压缩至5个工作日）形式出现的数字。",
        length(max = 500)
    )]
    pub figures: Vec<Figure>,
    /// Breakdowns of this subsection's figures (分类), any number per figure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "分类",
        description = "对本小节某个总数的分类，每种分类一项；一个总数可有多种分类（按事项、按结果、按领域）。",
        length(max = 200)
    )]
    pub breakdowns: Vec<Breakdown>,
    /// Comparisons of this subsection's figures with their base period (同比).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "同比/比较",
        description = "本小节数字与上年（基期）的比较：上期数、增减量、增减幅度、倍数。",
        length(max = 500)
    )]
    pub comparisons: Vec<Comparison>,
    /// Periods of single figures that do not cover the report year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "数字期间",
        description = "个别数字不属于报告全年时（如“截至11月底”），逐个说明。",
        length(max = 500)
    )]
    pub periods: Vec<FactPeriod>,
    /// Study sessions, lectures, trainings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "学习活动",
        description = "学习、授课、培训、旁听庭审等活动，每次一项。",
        length(max = 500)
    )]
    pub studies: Vec<StudySession>,
    /// Study materials.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "学习材料",
        description = "学习或发放的材料，如《习近平法治思想学习纲要》。",
        length(max = 200)
    )]
    pub study_materials: Vec<StudyMaterial>,
    /// Laws, regulations and notices cited as the basis of the work.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "依据文件",
        description = "作为工作依据引用的法律法规、规范性文件和通知。",
        length(max = 200)
    )]
    pub documents: Vec<DocumentRef>,
    /// Named campaigns and special actions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "专项行动/活动",
        description = "小节中提到的有名称的专项行动、专项活动。",
        length(max = 200)
    )]
    pub campaigns: Vec<Campaign>,
    /// Service visits.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "上门服务",
        description = "上门服务、走访企业或项目的情况。",
        length(max = 200)
    )]
    pub services: Vec<ServiceVisit>,
    /// Guides and lists the organisation produced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "编制材料",
        description = "本单位编印的指南、清单、手册等材料。",
        length(max = 200)
    )]
    pub publications: Vec<Publication>,
    /// Government services and approvals by item (审批与政务服务).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "审批与政务服务",
        description = "政务服务事项、办件量、逐项的审批时限及其压缩情况。"
    )]
    pub government_services: Option<Box<GovernmentServices>>,
    /// Service evaluations (好差评).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "好差评",
        description = "政务服务“好差评”：评价数、好评率、差评整改。"
    )]
    pub evaluations: Option<Box<ServiceEvaluations>>,
    /// Hazard ledgers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "隐患台账",
        description = "隐患排查整改台账：发现、已整改、未整改及整改率。",
        length(max = 100)
    )]
    pub hazards: Vec<HazardLedger>,
    /// Inspections.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "检查",
        description = "小节中报告的检查、巡查、联合检查。",
        length(max = 200)
    )]
    pub inspections: Vec<Inspection>,
    /// Accident statistics, one item per kind of accident (事故统计).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "事故统计",
        description = "事故起数、死亡人数等，每类事故一项；同比写在“同比/比较”中。",
        length(max = 20)
    )]
    pub accidents: Vec<AccidentStatistics>,
    /// Major administrative decisions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "重大行政决策",
        description = "小节中报告的重大行政决策及其履行的法定程序。",
        length(max = 100)
    )]
    pub decisions: Vec<MajorDecision>,
    /// The organisation's own decision-making rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "议事决策机制", description = "本单位议事决策的制度和机制。")]
    pub decision_making: Option<Box<DecisionMaking>>,
    /// Legal counsel work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "法律顾问工作",
        description = "法律顾问、公职律师的聘请及工作情况。"
    )]
    pub counsel: Option<Box<LegalCounsel>>,
    /// Enforcement practice and figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "行政执法",
        description = "行政执法“三项制度”落实情况和执法数据。"
    )]
    pub enforcement: Option<Box<Enforcement>>,
    /// Enforcement blocks by sector (分领域执法), one per sector, each naming it in `sector`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "分领域执法",
        description = "一个小节分领域报告执法数据时，每个领域一项，并填写“执法领域”。",
        length(max = 50)
    )]
    pub sector_enforcement: Vec<Enforcement>,
    /// Enforcement cooperation and publicity (行刑衔接, 联合执法, 双公示).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "执法协作与公示",
        description = "行刑衔接、联合执法和“双公示”数据。"
    )]
    pub cooperation: Option<Box<EnforcementCooperation>>,
    /// Supervision of enforcement (行政执法监督).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "行政执法监督",
        description = "案卷评查、监督文书、执法投诉等执法监督数据。"
    )]
    pub supervision: Option<Box<EnforcementSupervision>>,
    /// Enforcement cases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "执法案件",
        description = "小节中列举的具体执法案件。",
        length(max = 1000)
    )]
    pub cases: Vec<EnforcementCase>,
    /// Legal publicity events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "普法宣传活动",
        description = "普法宣传活动：内容、节点、对象、场次和人数。",
        length(max = 500)
    )]
    pub publicity: Vec<PublicityEvent>,
    /// Normative-document figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "规范性文件",
        description = "规范性文件制发、审核、清理、报备数据。"
    )]
    pub normative_documents: Option<Box<NormativeDocuments>>,
    /// Filing review of normative documents (备案审查).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "备案审查",
        description = "规范性文件报送备案、审查、发现问题和纠正数据。"
    )]
    pub filing_review: Option<Box<FilingReview>>,
    /// Administrative reconsideration figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "行政复议",
        description = "行政复议收案、受理、审结、纠错等数据。"
    )]
    pub reconsideration: Option<Box<Reconsideration>>,
    /// Administrative litigation figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "行政应诉",
        description = "行政诉讼应诉、败诉、负责人出庭应诉等数据。"
    )]
    pub litigation: Option<Box<Litigation>>,
    /// Petitions and mediation figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "信访与调解", description = "信访、12345 热线和矛盾调解数据。")]
    pub petitions: Option<Box<Petitions>>,
    /// Government information disclosure figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "政务公开", description = "政府信息主动公开和依申请公开数据。")]
    pub openness: Option<Box<Openness>>,
    /// Personal duties of the principal responsible person (part 三).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(title = "第一责任人职责", description = "党政主要负责人亲自部署、过问、协调、督办等职责，每项只选一次（第三部分）。", length(max = 20), extend("uniqueItems" = true))]
    pub duties: Vec<Duty>,
    /// Rectification of problems found earlier.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "问题整改",
        description = "对以往考评、督察发现问题的整改情况。",
        length(max = 100)
    )]
    pub rectifications: Vec<Rectification>,
    /// Third-level items inside the subsection ("1." items), whose own `items` are the
    /// fourth level ("（1）"); each has its heading, paragraphs, figures and blocks. Levels
    /// below the fourth are not part of the format (a rule reports them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "下级条目",
        description = "小节内的三级标题条目（“1.”），其下级条目为四级（“（1）”）；各有标题、段落、数字和数据块。最多到四级。",
        length(max = 100)
    )]
    pub items: Vec<Section>,
}

impl Section {
    /// A subsection with a heading and paragraphs, and no typed facts yet.
    pub fn new<I, S>(heading: impl Into<String>, paragraphs: I) -> Section
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Section {
            heading: heading.into(),
            paragraphs: paragraphs.into_iter().map(Into::into).collect(),
            ..Section::default()
        }
    }

    /// The same subsection with a theme.
    #[must_use]
    pub fn with_theme(mut self, theme: Theme) -> Section {
        self.theme = Some(theme);
        self
    }

    /// Whether it states nothing: no paragraph with text and no typed fact.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        // The paragraphs first: the comparison below clones the section.
        self.paragraphs.iter().all(|p| p.trim().is_empty()) && {
            let facts = Section {
                heading: String::new(),
                theme: None,
                paragraphs: Vec::new(),
                ..self.clone()
            };
            facts == Section::default()
        }
    }
}
