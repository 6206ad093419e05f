//! Theme 严格规范公正文明执法: enforcement practice, figures and cases.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Quantity;
use super::common::is_false;

/// How the organisation enforces the law (行政执法规范化), including the 三项制度
/// (公示、全过程记录、重大执法决定法制审核) and its enforcement figures.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "行政执法",
    description = "执法规范化做法与执法数据。执法人员不得少于两人（行政处罚法第四十二条）。"
)]
#[non_exhaustive]
pub struct Enforcement {
    /// The sector the block reports, as printed (食品安全, 特种设备, 价格监管), when a
    /// subsection prints one block per sector (`Section::sector_enforcement`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "执法领域",
        description = "分领域报告执法数据时填写，按原文如“食品安全”“特种设备”“价格监管”。",
        length(min = 1, max = 100)
    )]
    pub sector: Option<String>,
    /// Minimum officers per enforcement action (严格执行2人以上执法规定 → 2); below 2 is unlawful.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "每次执法最少人数",
        description = "行政处罚法第四十二条：执法人员不得少于两人。"
    )]
    pub min_officers_per_action: Option<u32>,
    /// Officers show their credentials (主动出示执法证件).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(
        title = "出示执法证件",
        description = "原文是否写明执法人员主动出示执法证件。"
    )]
    pub shows_credentials: bool,
    /// Parties are told the grounds, basis and their rights (告知执法事由、依据、权利义务).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(
        title = "告知当事人事由、依据和权利",
        description = "原文是否写明执法时告知当事人执法事由、依据和权利义务。"
    )]
    pub informs_parties: bool,
    /// Publicity of enforcement (行政执法公示).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(title = "执法公示", description = "原文是否写明落实行政执法公示制度。")]
    pub publicity: bool,
    /// Whole-process recording (执法全过程记录).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(
        title = "全过程记录",
        description = "原文是否写明落实执法全过程记录制度。"
    )]
    pub full_process_recording: bool,
    /// Recording devices in use (执法记录仪/执法记录设备).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(
        title = "使用执法记录设备",
        description = "原文是否写明执法时使用执法记录仪等记录设备。"
    )]
    pub recording_devices: bool,
    /// Audio-visual records archived (音像资料归档).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(
        title = "音像资料归档",
        description = "原文是否写明执法音像资料已归档保存。"
    )]
    pub records_archived: bool,
    /// Legal review of major enforcement decisions (重大执法决定法制审核).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(
        title = "重大执法决定法制审核",
        description = "原文是否写明落实重大执法决定法制审核制度。"
    )]
    pub legal_review: bool,
    /// Certified enforcement officers (持证执法人员).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "持证执法人员",
        description = "持有行政执法证件的人员数，单位通常为“人”或“名”。"
    )]
    pub certified_officers: Option<Quantity>,
    /// How often each officer takes part (执法人员每月参与执法2次以上).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "执法人员每月参与执法次数",
        description = "每名执法人员每月参与执法的次数，如“每月参与执法2次以上”填 2、修饰语“以上”。"
    )]
    pub officer_monthly_actions: Option<Quantity>,
    /// Enforcement inspections (开展93次行政执法检查).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "执法检查次数",
        description = "开展行政执法检查的次数，如“开展93次行政执法检查”。"
    )]
    pub inspections: Option<Quantity>,
    /// Cases filed (立案).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "立案数", description = "本年度立案数，单位通常为“件”或“起”。")]
    pub cases_filed: Option<Quantity>,
    /// Stated number of cases handled (查处案件N件); must match `cases` when both are given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "查处案件数",
        description = "与所列案件清单一并填写时，二者应一致。"
    )]
    pub case_count: Option<Quantity>,
    /// Administrative penalties decided (行政处罚) = simple + general procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "行政处罚决定数", description = "= 简易程序 + 普通程序。")]
    pub penalties: Option<Quantity>,
    /// Of which by the simple procedure (简易程序/当场处罚).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "其中简易程序",
        description = "行政处罚中适用简易程序（当场处罚）的数量；与普通程序之和应等于行政处罚决定数。"
    )]
    pub simple_procedure: Option<Quantity>,
    /// Of which by the general procedure (普通程序).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "其中普通程序",
        description = "行政处罚中适用普通程序的数量；与简易程序之和应等于行政处罚决定数。"
    )]
    pub general_procedure: Option<Quantity>,
    /// Fines and confiscations (罚没款).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "罚没款", description = "罚没款金额，单位为“元”“万元”等。")]
    pub fines: Option<Quantity>,
    /// Cases referred to other bodies (移送).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "移送案件数",
        description = "移送其他机关处理的案件数，单位通常为“件”。"
    )]
    pub referrals: Option<Quantity>,
    /// Orders issued, each with its document name as printed (下达责令改正通知书).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "执法文书",
        description = "下达的执法文书，每种文书一项，填写文书名称和数量。",
        length(max = 50)
    )]
    pub orders: Vec<EnforcementOrder>,
    /// Assessment result, as printed (在全区普通执法单位考核中位居前列).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "执法考核结果",
        description = "按原文填写执法考核结果，如“在全区普通执法单位考核中位居前列”。",
        length(min = 1, max = 300)
    )]
    pub assessment: Option<String>,
}

/// An enforcement document issued (执法文书): "对部分涉案单位下达责令整改正通知书".
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "执法文书",
    description = "下达的一种执法文书，如“责令限期改正通知书”，及份数和对象。"
)]
#[non_exhaustive]
pub struct EnforcementOrder {
    /// The document's name as printed (责令限期改正通知书).
    #[schemars(
        title = "文书名称",
        description = "按原文填写，如“责令限期改正通知书”。",
        length(min = 1, max = 100)
    )]
    pub document: String,
    /// To whom, as printed (部分涉案单位).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "送达对象",
        description = "文书的送达对象，如“部分涉案单位”。",
        length(min = 1, max = 300)
    )]
    pub recipients: Option<String>,
    /// How many were issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "份数", description = "下达该文书的份数，单位通常为“份”。")]
    pub count: Option<Quantity>,
}

/// Where an enforcement case stands (案件状态).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(title = "案件状态", description = "执法案件的办理状态。")]
pub enum CaseStatus {
    /// 已立案/调查中.
    #[schemars(title = "调查中")]
    Investigating,
    /// 已责令改正.
    #[schemars(title = "已责令改正")]
    OrderedToRectify,
    /// 已处罚.
    #[schemars(title = "已处罚")]
    Penalized,
    /// 已整改/已结案.
    #[schemars(title = "已结案")]
    Closed,
    /// 已移送.
    #[schemars(title = "已移送")]
    Referred,
}

/// An enforcement case (执法案件): the party or project, the violation, what was done.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "执法案件",
    description = "一件执法案件：当事人或项目、违法行为、采取的措施、罚款和办理状态。"
)]
#[non_exhaustive]
pub struct EnforcementCase {
    /// The party or project (旺海公府).
    #[schemars(
        title = "当事人/项目",
        description = "案件当事人或涉案项目，如“旺海公府”。",
        length(min = 1, max = 200)
    )]
    pub party: String,
    /// The violation as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "违法行为",
        description = "按原文填写违法行为。",
        length(min = 1, max = 500)
    )]
    pub violation: Option<String>,
    /// The measure taken, as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "处理措施",
        description = "按原文填写采取的执法措施，如“责令限期改正”。",
        length(min = 1, max = 500)
    )]
    pub action: Option<String>,
    /// Fine imposed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "罚款金额",
        description = "对该案作出的罚款，单位为“元”或“万元”。"
    )]
    pub fine: Option<Quantity>,
    /// Status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "案件状态", description = "案件办理状态。")]
    pub status: Option<CaseStatus>,
}

impl Enforcement {
    /// Whether no practice or figure is stated.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self == &Enforcement::default()
    }
}
