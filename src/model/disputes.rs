//! Theme 矛盾纠纷化解: administrative reconsideration (行政复议), litigation (行政应诉),
//! petitions and mediation.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Quantity, Ratio};

/// The reporting organisation's role in reconsideration (复议角色).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "复议角色",
    description = "本单位在行政复议中是复议机关还是被申请人。"
)]
pub enum ReconsiderationRole {
    /// 复议机关 (县级以上人民政府; 垂直管理系统的上一级主管部门).
    #[schemars(title = "复议机关")]
    Authority,
    /// 被申请人 (an ordinary department whose acts are challenged).
    #[schemars(title = "被申请人", description = "行政行为被申请复议的普通工作部门。")]
    Respondent,
}

/// Outcomes of concluded reconsideration cases (复议结果); when given, the complete
/// breakdown of `concluded` (an absent outcome counts as zero).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "审结结果",
    description = "已审结案件的完整分类，各项之和应等于审结数；未填项按 0 计。"
)]
#[non_exhaustive]
pub struct ReconsiderationOutcomes {
    /// 维持.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "维持")]
    pub upheld: Option<Quantity>,
    /// 驳回.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "驳回")]
    pub dismissed: Option<Quantity>,
    /// 纠错 (撤销、变更、确认违法、责令履行).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "纠错", description = "撤销、变更、确认违法、责令履行等。")]
    pub corrected: Option<Quantity>,
    /// 调解/和解.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "调解/和解")]
    pub mediated: Option<Quantity>,
    /// 终止.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "终止")]
    pub terminated: Option<Quantity>,
    /// 其他.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "其他")]
    pub other: Option<Quantity>,
}

impl ReconsiderationOutcomes {
    /// The outcome fields with their wire names, in order.
    #[must_use]
    pub fn fields(&self) -> [(&'static str, Option<&Quantity>); 6] {
        [
            ("upheld", self.upheld.as_ref()),
            ("dismissed", self.dismissed.as_ref()),
            ("corrected", self.corrected.as_ref()),
            ("mediated", self.mediated.as_ref()),
            ("terminated", self.terminated.as_ref()),
            ("other", self.other.as_ref()),
        ]
    }
}

/// Administrative reconsideration figures (行政复议).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "行政复议",
    description = "收到、受理、审结及结果。审结数不得多于受理数与上年结转数之和。"
)]
#[non_exhaustive]
pub struct Reconsideration {
    /// Whether the organisation handled the cases or was the respondent.
    #[schemars(
        title = "本单位角色",
        description = "本单位是复议机关，还是被申请复议的机关。"
    )]
    pub role: ReconsiderationRole,
    /// Applications received (收到申请).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "收到申请", description = "本年度收到的行政复议申请数。")]
    pub received: Option<Quantity>,
    /// Accepted (受理).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "受理",
        description = "依法受理的复议申请数，不得多于收到申请数。"
    )]
    pub accepted: Option<Quantity>,
    /// Not accepted (不予受理).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "不予受理", description = "决定不予受理的申请数。")]
    pub rejected: Option<Quantity>,
    /// Carried over from the previous year (上年结转).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "上年结转", description = "上一年度结转的复议案件数。")]
    pub carried_over: Option<Quantity>,
    /// Concluded (审结/办结).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "审结", description = "本年度审结（办结）的复议案件数。")]
    pub concluded: Option<Quantity>,
    /// Outcomes of the concluded cases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "审结结果",
        description = "已审结案件的结果分类；填写时各项之和应等于审结数（未填的项按0计）。"
    )]
    pub outcomes: Option<ReconsiderationOutcomes>,
    /// Still pending at year end (尚未审结).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "尚未审结", description = "年底尚未审结的案件数。")]
    pub pending: Option<Quantity>,
    /// Stated correction rate (纠错率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "纠错率", description = "单位为 %，口径为 纠错数 ÷ 审结数。")]
    pub correction_rate: Option<Quantity>,
    /// Cases that went on to court (复议后起诉).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "复议后起诉", description = "经复议后又提起行政诉讼的案件数。")]
    pub litigated_after: Option<Quantity>,
    /// Stated mediation rate (调解率), in %: cases closed by mediation or settlement
    /// (调解、和解) ÷ concluded cases (行政复议法 第五条 allows mediation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "调解率",
        description = "单位为 %，口径为 调解和解结案数 ÷ 审结数（行政复议法第五条）。"
    )]
    pub mediation_rate: Option<Quantity>,
    /// Stated comprehensive resolution rate (综合化解率), in %: cases resolved in substance
    /// (纠错、调解和解、撤回申请后终止) ÷ concluded cases, as 司法部 reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "综合化解率",
        description = "单位为 %，口径通常为（纠错 + 调解和解 + 撤回终止）÷ 审结数；按原文填写。"
    )]
    pub resolution_rate: Option<Quantity>,
    /// Stated ratio of reconsideration to first-instance litigation cases (复议与诉讼案件比,
    /// 1.2:1), the measure of reconsideration as the main channel (主渠道).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "复议诉讼比",
        description = "行政复议案件与一审行政诉讼案件之比，如“1.2:1”。"
    )]
    pub litigation_ratio: Option<Ratio>,
}

/// Who appeared in court for the organisation (出庭负责人层级), after the 2020 规定 第二条
/// and 2018 司法解释 第一百二十八条: 正职, 副职, or another head in charge of the matter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "负责人层级",
    description = "出庭应诉的行政机关负责人层级：正职、副职或其他参与分管的负责人。"
)]
pub enum HeadLevel {
    /// 正职负责人 (the principal head).
    #[schemars(title = "正职负责人", description = "行政机关正职负责人。")]
    Principal,
    /// 副职负责人 (a deputy head).
    #[schemars(title = "副职负责人", description = "行政机关副职负责人。")]
    Deputy,
    /// 其他参与分管的负责人 (another head in charge of the matter).
    #[schemars(
        title = "其他参与分管的负责人",
        description = "其他参与分管该事项的负责人。"
    )]
    OtherInCharge,
    /// The organisations of one administrative level (区级/镇街级), for a government that
    /// reports its departments' and townships' appearances.
    #[schemars(
        title = "按行政层级汇总",
        description = "政府汇总下属部门、镇街的出庭情况时使用，名称填在“范围”。"
    )]
    Level,
}

/// Appearances in court by one level of heads or of organisations (分层级出庭应诉).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "分层级出庭应诉",
    description = "某一层级负责人（或某一层级机关）的出庭应诉次数和出庭应诉率。"
)]
#[non_exhaustive]
pub struct AppearanceByLevel {
    /// The level.
    #[schemars(title = "层级", description = "负责人层级，或按行政层级汇总。")]
    pub level: HeadLevel,
    /// The scope as printed, for [`HeadLevel::Level`] (区政府部门, 镇街).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "范围",
        description = "按原文填写，如“区政府部门”“镇街”。",
        length(min = 1, max = 100)
    )]
    pub scope: Option<String>,
    /// Hearings that required a head to appear, at this level (应出庭).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "应出庭", description = "该层级应当由负责人出庭的开庭案件数。")]
    pub hearings: Option<Quantity>,
    /// Appearances (出庭应诉).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "出庭应诉",
        description = "该层级负责人出庭应诉的次数，不得多于应出庭数。"
    )]
    pub appearances: Option<Quantity>,
    /// Stated appearance rate (出庭应诉率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "出庭应诉率", description = "单位为 %，= 出庭应诉 ÷ 应出庭。")]
    pub rate: Option<Quantity>,
}

/// Administrative litigation figures (行政应诉).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "行政应诉",
    description = "收案、审结、败诉及负责人出庭应诉情况。"
)]
#[non_exhaustive]
pub struct Litigation {
    /// New first-instance cases (一审收案/应诉案件).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "收案", description = "本年度新收一审行政诉讼（应诉）案件数。")]
    pub received: Option<Quantity>,
    /// Carried over (上年结转).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "上年结转", description = "上一年度结转的行政应诉案件数。")]
    pub carried_over: Option<Quantity>,
    /// Concluded (审结).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "审结", description = "本年度审结的行政诉讼案件数。")]
    pub concluded: Option<Quantity>,
    /// Lost (败诉).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "败诉", description = "不得多于审结数。")]
    pub lost: Option<Quantity>,
    /// Stated loss rate (败诉率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "败诉率", description = "单位为 %，= 败诉 ÷ 审结。")]
    pub loss_rate: Option<Quantity>,
    /// Withdrawn or mediated (调撤).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "调撤", description = "以撤诉或调解方式结案的数量。")]
    pub withdrawn: Option<Quantity>,
    /// Stated rate of cases withdrawn or mediated (调撤率), in %: 调撤 ÷ 审结.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "调撤率", description = "单位为 %，= 调撤 ÷ 审结。")]
    pub withdrawal_rate: Option<Quantity>,
    /// Cases heard in court that required the head to appear (开庭/应出庭).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "开庭审理（应出庭）",
        description = "开庭审理、依法应当由负责人出庭的案件数。"
    )]
    pub hearings: Option<Quantity>,
    /// Hearings the head of the organisation attended (负责人出庭应诉).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "负责人出庭应诉", description = "不得多于开庭审理数。")]
    pub head_appearances: Option<Quantity>,
    /// Stated appearance rate (出庭应诉率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "负责人出庭应诉率",
        description = "单位为 %，= 负责人出庭 ÷ 开庭审理。"
    )]
    pub appearance_rate: Option<Quantity>,
    /// Appearances by level of head (正职/副职) or of organisation (区级/镇街).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "分层级出庭应诉",
        description = "按负责人层级或机关层级分列的出庭应诉情况。",
        length(max = 20)
    )]
    pub appearances_by_level: Vec<AppearanceByLevel>,
}

/// Petitions, hotline requests and mediation (信访、12345 与矛盾调解).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "信访与调解",
    description = "信访、12345 热线诉求和矛盾纠纷调解数据。办结数不得多于受理数与上年结转数之和。"
)]
#[non_exhaustive]
pub struct Petitions {
    /// Received (受理/交办).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "受理",
        description = "本年度受理或交办的信访、12345 热线件数。"
    )]
    pub received: Option<Quantity>,
    /// Carried over (上年结转).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "上年结转", description = "上一年度结转的信访件数。")]
    pub carried_over: Option<Quantity>,
    /// Resolved or closed (办结/化解).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "办结/化解", description = "不得多于受理数与上年结转数之和。")]
    pub resolved: Option<Quantity>,
    /// Stated resolution rate (办结率/化解率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "办结率/化解率",
        description = "单位为 %，= 办结 ÷（受理 + 上年结转）。"
    )]
    pub resolution_rate: Option<Quantity>,
    /// Stated satisfaction rate (满意率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "满意率",
        description = "原文所述满意率，单位为 %，应在 0–100 之间。"
    )]
    pub satisfaction_rate: Option<Quantity>,
    /// Mediations conducted (调解).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "调解", description = "开展矛盾纠纷调解的数量。")]
    pub mediations: Option<Quantity>,
    /// Successful mediations (调解成功).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "调解成功", description = "不得多于调解数。")]
    pub mediated_successfully: Option<Quantity>,
    /// Stated mediation success rate (调解成功率/调解率), in %: 调解成功 ÷ 调解.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "调解成功率", description = "单位为 %，= 调解成功 ÷ 调解。")]
    pub mediation_rate: Option<Quantity>,
    /// Disputes investigated (排查矛盾纠纷), in 件 or 次.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "排查矛盾纠纷", description = "排查发现的矛盾纠纷数。")]
    pub disputes_found: Option<Quantity>,
}
