//! Theme 依法履行政府职能: administrative approval and government services by item
//! (行政审批/政务服务事项), with counts and processing times.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{BeforeAfter, Quantity, Range};

/// One approval or government-service item (审批/政务服务事项): its name, how many were
/// handled, and its processing times as printed.
///
/// 承诺时限 (the committed time limit) is the limit the organisation promises, shorter than
/// or equal to the 法定时限 (the statutory limit of the law that creates the licence, e.g.
/// 行政许可法 第四十二条: 二十日, extendable by 十日).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "审批服务事项",
    description = "一项行政审批或政务服务事项：名称、办件量、法定时限、承诺时限及其压缩情况。"
)]
#[non_exhaustive]
pub struct ApprovalItem {
    /// The item as printed (城市建筑垃圾处置核准, 户外广告设施设置审批).
    #[schemars(
        title = "事项名称",
        description = "按原文填写，如“城市建筑垃圾处置核准”。",
        length(min = 1, max = 200)
    )]
    pub name: String,
    /// Applications handled (办件量/办理), in 件.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "办件量", description = "本年度办理该事项的件数。")]
    pub handled: Option<Quantity>,
    /// Of which handled online (网上办理/全程网办).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "其中网上办理",
        description = "网上办理（全程网办）的件数，不得多于办件量。"
    )]
    pub handled_online: Option<Quantity>,
    /// The statutory time limit (法定时限).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "法定时限",
        description = "法律法规规定的办理时限，如“20个工作日”。"
    )]
    pub statutory_time: Option<Quantity>,
    /// The committed time limit (承诺时限), when stated as one figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "承诺时限",
        description = "本单位承诺的办理时限，不应长于法定时限。"
    )]
    pub committed_time: Option<Quantity>,
    /// The committed time limit as a range (5—10个工作日).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "承诺时限区间",
        description = "承诺时限为区间时填写，如“5—10个工作日”。"
    )]
    pub committed_range: Option<Range>,
    /// The time limit before and after a reform (由15个工作日压缩至5个工作日).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "时限压缩",
        description = "办理时限的前后变化，如“由15个工作日压缩至5个工作日”。"
    )]
    pub time_reduction: Option<BeforeAfter>,
    /// Application materials before and after (申请材料由8份精简至4份).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "材料精简",
        description = "申请材料的前后变化，如“由8份精简至4份”。"
    )]
    pub materials_reduction: Option<BeforeAfter>,
    /// Average actual processing time (平均办理时间/实际办理时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "平均办理时间",
        description = "实际平均办理用时，如“平均2.5个工作日”。"
    )]
    pub average_time: Option<Quantity>,
}

/// Government services and approvals (行政审批与政务服务): the catalogue of items, the
/// volume handled, online and one-stop service, and the items one by one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "审批与政务服务",
    description = "政务服务事项目录、办件量、网办和“一件事一次办”情况，以及逐项的审批服务事项。"
)]
#[non_exhaustive]
pub struct GovernmentServices {
    /// Items in the organisation's catalogue (政务服务事项), in 项.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "政务服务事项数",
        description = "本单位政务服务事项目录中的事项数，单位“项”。"
    )]
    pub catalogue_items: Option<Quantity>,
    /// Of which administrative licences (行政许可事项, 行政许可法 第二条).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "其中行政许可事项",
        description = "依行政许可法设定的行政许可事项数，不得多于政务服务事项数。"
    )]
    pub licensing_items: Option<Quantity>,
    /// Applications handled in all (办件量).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "办件总量", description = "本年度办理的政务服务事项件数。")]
    pub handled: Option<Quantity>,
    /// Of which completed on time (按时办结).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "按时办结", description = "在承诺时限内办结的件数。")]
    pub completed_on_time: Option<Quantity>,
    /// Stated on-time rate (按时办结率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "按时办结率",
        description = "单位为 %，= 按时办结 ÷ 办件总量。"
    )]
    pub on_time_rate: Option<Quantity>,
    /// Stated online-service rate (网上可办率/全程网办率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "网上可办率",
        description = "可网上办理的事项占政务服务事项的比例，单位为 %。"
    )]
    pub online_rate: Option<Quantity>,
    /// "一件事一次办" scenarios offered (场景/个).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "“一件事一次办”场景",
        description = "推出的“一件事一次办”集成服务场景数。"
    )]
    pub one_stop_scenarios: Option<Quantity>,
    /// Items served across regions (跨省通办/跨区域通办事项).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "跨区域通办事项",
        description = "实现跨省通办或跨区域通办的事项数。"
    )]
    pub cross_region_items: Option<Quantity>,
    /// The items one by one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "审批服务事项",
        description = "逐项填写原文列出的审批服务事项。",
        length(max = 500)
    )]
    pub items: Vec<ApprovalItem>,
}
