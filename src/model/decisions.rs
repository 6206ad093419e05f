//! Theme 重大行政决策和法律顾问: major decisions, decision-making rules, legal counsel.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;
use super::{DateRange, ItemList, Meeting, Quantity};

/// A statutory procedure of a major administrative decision (重大行政决策法定程序),
/// 《重大行政决策程序暂行条例》 (国务院令第713号).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "重大行政决策法定程序",
    description = "《重大行政决策程序暂行条例》规定的法定程序：公众参与、专家论证、风险评估、合法性审查、集体讨论决定。"
)]
pub enum Procedure {
    /// 公众参与 (第十四至十八条): mandatory unless the matter is not to be disclosed.
    #[schemars(
        title = "公众参与",
        description = "第十四至十八条：除依法不予公开的事项外必须履行。"
    )]
    PublicParticipation,
    /// 专家论证 (第十九至二十一条): for specialised or technical matters.
    #[schemars(
        title = "专家论证",
        description = "第十九至二十一条：专业性、技术性较强的事项应当履行。"
    )]
    ExpertReview,
    /// 风险评估 (第二十二至二十四条): where stability or safety may be affected.
    #[schemars(
        title = "风险评估",
        description = "第二十二至二十四条：可能影响社会稳定、公共安全等的事项应当履行。"
    )]
    RiskAssessment,
    /// 合法性审查 (第二十五至二十八条): always mandatory.
    #[schemars(title = "合法性审查", description = "第二十五至二十八条：必须履行。")]
    LegalityReview,
    /// 集体讨论决定 (第三十条): always mandatory.
    #[schemars(title = "集体讨论决定", description = "第三十条：必须履行。")]
    CollectiveDecision,
    /// 向同级党委请示报告 (第三十一条).
    #[schemars(title = "向党委请示报告")]
    PartyReport,
}

/// The reporting organisation's role in a decision (决策角色).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(title = "决策角色", description = "本单位在重大行政决策中的角色。")]
pub enum DecisionRole {
    /// 决策机关 (a 县级以上地方人民政府).
    #[schemars(title = "决策机关")]
    DecisionMaker,
    /// 决策承办单位 (a department that drafts it).
    #[schemars(title = "决策承办单位", description = "负责起草、论证决策草案的部门。")]
    LeadUnit,
    /// 参与单位.
    #[schemars(title = "参与单位")]
    Participant,
}

/// A major administrative decision (重大行政决策): "人民防空工程规划及建设指引（2023-2035）,
/// 经区政府第75次政府常务会议和区委第108次会议审议通过".
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "重大行政决策",
    description = "决策事项、履行的法定程序及审议会议。合法性审查、集体讨论决定为必经程序。"
)]
#[non_exhaustive]
pub struct MajorDecision {
    /// The matter decided, as printed.
    #[schemars(
        title = "决策事项",
        description = "按原文填写决策事项名称。",
        length(min = 1, max = 300)
    )]
    pub name: String,
    /// The reporting organisation's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "本单位角色",
        description = "本单位在该决策中是决策机关、承办单位还是参与单位。"
    )]
    pub role: Option<DecisionRole>,
    /// The procedures the report says were performed; absent when it does not itemise them.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::unique::option_vec"
    )]
    #[schemars(title = "已履行程序", description = "报告列明已履行的法定程序；未列明时留空。", length(max = 6), extend("uniqueItems" = true))]
    pub procedures: Option<Vec<Procedure>>,
    /// Whether the matter is exempt from public participation (依法不予公开).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(
        title = "依法不予公开",
        description = "依法不予公开的决策事项可不经公众参与。"
    )]
    pub not_public: bool,
    /// Public comment period (公开征求意见期间), normally at least 30 days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "公开征求意见期间", description = "一般不少于30日。")]
    pub comment_period: Option<DateRange>,
    /// Why the comment period was shorter than 30 days, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "缩短征求意见期限的理由",
        description = "公开征求意见期限少于30日时，须说明理由。",
        length(min = 1, max = 500)
    )]
    pub shortened_comment_reason: Option<String>,
    /// Meetings that discussed or approved it, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "审议会议",
        description = "审议或通过该决策的会议，按先后顺序填写。",
        length(max = 20)
    )]
    pub approvals: Vec<super::Meeting>,
}

impl MajorDecision {
    /// Whether the decision was collectively discussed: the procedure is listed, or a
    /// collective meeting approved it.
    #[must_use]
    pub fn collectively_decided(&self) -> bool {
        self.procedures
            .as_ref()
            .is_some_and(|p| p.contains(&Procedure::CollectiveDecision))
            || self
                .approvals
                .iter()
                .any(|m: &Meeting| m.kind.is_collective_discussion())
    }
}

/// How the organisation takes its own important decisions (议事决策机制): "大项开支、人事
/// 任免 … 都要召开党组会或领导班子会集体研究讨论，坚持'一把手'末位表态".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "议事决策机制",
    description = "本单位重要事项的议事决策机制：依据的制度、集体研究的事项和会议、一把手末位表态。"
)]
#[non_exhaustive]
pub struct DecisionMaking {
    /// Rules followed (天津市重大行政决策程序规定).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "依据的制度",
        description = "议事决策所依据的制度文件，如《天津市重大行政决策程序规定》。",
        length(max = 50)
    )]
    pub rules: Vec<super::DocumentRef>,
    /// Matters that go to collective discussion (大项开支, 人事任免、推荐 …).
    #[serde(default, skip_serializing_if = "ItemList::is_empty")]
    #[schemars(
        title = "集体研究事项",
        description = "须集体研究讨论的事项，如“大项开支、人事任免、推荐”等。"
    )]
    pub matters: ItemList,
    /// Bodies that discuss them (党组会, 领导班子会).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "议事机构",
        description = "集体研究讨论的会议或机构，如“党组会”“领导班子会”，每项一行。",
        length(max = 20),
        inner(length(min = 1, max = 100))
    )]
    pub bodies: Vec<String>,
    /// Whether the head speaks last (一把手末位表态).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(
        title = "一把手末位表态",
        description = "原文是否写明坚持“一把手”末位表态。"
    )]
    pub head_speaks_last: bool,
    /// The responsibility mechanism, as printed (一把手负总责 …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "领导机制",
        description = "按原文填写领导责任机制，如“一把手负总责”。",
        length(min = 1, max = 500)
    )]
    pub mechanism: Option<String>,
}

/// The kind of a legal adviser (法律顾问类型).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "法律顾问类型",
    description = "律师事务所、外聘法律顾问或公职律师。"
)]
pub enum AdviserKind {
    /// 律师事务所.
    #[schemars(title = "律师事务所")]
    LawFirm,
    /// 外聘法律顾问.
    #[schemars(title = "法律顾问")]
    LegalAdviser,
    /// 公职律师.
    #[schemars(title = "公职律师")]
    PublicLawyer,
}

/// A legal adviser (法律顾问): a law firm, an adviser or a public lawyer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "法律顾问",
    description = "法律顾问：律师事务所、外聘法律顾问或公职律师，及其名称和人数。"
)]
#[non_exhaustive]
pub struct Adviser {
    /// Kind.
    #[schemars(title = "类型", description = "律师事务所、外聘法律顾问或公职律师。")]
    pub kind: AdviserKind,
    /// Name, when given (天津君辉律师事务所).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "名称/姓名",
        description = "律师事务所名称或法律顾问姓名，如“天津君辉律师事务所”；原文未写时留空。",
        length(min = 1, max = 200)
    )]
    pub name: Option<String>,
    /// How many, when counted (公职律师3名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "人数",
        description = "按原文填写人数，如“公职律师3名”填 3、单位“名”。"
    )]
    pub count: Option<Quantity>,
}

/// Legal counsel work (法律顾问工作): advisers, documents reviewed, opinions, trainings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "法律顾问工作",
    description = "法律顾问工作：聘请的顾问、审查的文件、提出的法律意见和开展的宣讲。采纳意见数不得多于法律意见数。"
)]
#[non_exhaustive]
pub struct LegalCounsel {
    /// Advisers engaged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "法律顾问",
        description = "聘请的法律顾问、律师事务所和公职律师，每个一项。",
        length(max = 50)
    )]
    pub advisers: Vec<Adviser>,
    /// Kinds of documents reviewed (合同、协议、函件).
    #[serde(default, skip_serializing_if = "ItemList::is_empty")]
    #[schemars(
        title = "审查文件类别",
        description = "审查文件的类别，如“合同、协议、函件”。"
    )]
    pub reviewed_kinds: ItemList,
    /// Documents reviewed (审查合同、协议、函件10件).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "审查文件数",
        description = "法律顾问审查的文件数，如“审查合同、协议、函件10件”。"
    )]
    pub reviewed: Option<Quantity>,
    /// Legal opinions given or sought (征询相关法律建议4件).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "法律意见数",
        description = "提出或征询的法律意见数，如“征询相关法律建议4件”。"
    )]
    pub opinions: Option<Quantity>,
    /// Of the opinions, how many were adopted (采纳).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "采纳意见数", description = "不得多于法律意见数。")]
    pub adopted: Option<Quantity>,
    /// Trainings or talks given by the advisers (宣讲行政复议法1次).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "法治讲座/宣讲",
        description = "法律顾问开展的宣讲或培训，如“宣讲行政复议法1次”。",
        length(max = 50)
    )]
    pub trainings: Vec<CounselTraining>,
}

/// A talk or training given by legal advisers (法律顾问宣讲).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "宣讲/培训",
    description = "法律顾问开展的一次或一类宣讲、培训：主题和次数。"
)]
#[non_exhaustive]
pub struct CounselTraining {
    /// Topic (行政复议法).
    #[schemars(
        title = "主题",
        description = "宣讲或培训的主题，如“行政复议法”。",
        length(min = 1, max = 300)
    )]
    pub topic: String,
    /// How many times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "次数",
        description = "宣讲或培训的次数，单位通常为“次”或“场”。"
    )]
    pub count: Option<Quantity>,
}
