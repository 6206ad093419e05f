//! Theme 政府职能与营商环境: service visits, campaigns and published guides.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ItemList, Quantity};

/// A service visit to enterprises or projects (上门服务/走访): "办领导带队上门服务华为公司
/// 天津总部、中车科技创新城等重点工程".
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "上门服务", description = "走访、上门服务企业或重点项目。")]
#[non_exhaustive]
pub struct ServiceVisit {
    /// Who led it (办领导).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "带队",
        description = "带队人员，如“办领导”。",
        length(min = 1, max = 100)
    )]
    pub led_by: Option<String>,
    /// Enterprises or projects visited.
    #[schemars(
        title = "服务对象",
        description = "走访的企业或项目，如“华为公司天津总部、中车科技创新城”等。"
    )]
    pub targets: ItemList,
    /// What was done, as printed (面对面答疑解惑, 解读相关政策).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "服务内容",
        description = "按原文逐条填写服务内容，如“面对面答疑解惑”“解读相关政策”。",
        length(max = 50),
        inner(length(min = 1, max = 500))
    )]
    pub activities: Vec<String>,
    /// How many visits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "次数", description = "上门服务或走访的次数。")]
    pub count: Option<Quantity>,
}

/// A named campaign or special action (专项行动/活动): "双万双服"活动, 安全生产专项行动.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "专项行动/活动", description = "有名称的专项行动、专项活动。")]
#[non_exhaustive]
pub struct Campaign {
    /// Its name as printed, without quotation marks' outer context (“双万双服”活动).
    #[schemars(
        title = "名称",
        description = "按原文填写行动或活动名称，如“双万双服”活动。",
        length(min = 1, max = 200)
    )]
    pub name: String,
    /// Where or for whom (河北区).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "范围",
        description = "行动覆盖的地域或对象，如“河北区”。",
        length(min = 1, max = 200)
    )]
    pub scope: Option<String>,
    /// Its strands (燃气、防汛、消防、重要时间节点).
    #[serde(default, skip_serializing_if = "ItemList::is_empty")]
    #[schemars(
        title = "分项内容",
        description = "行动包含的分项，如“燃气、防汛、消防、重要时间节点”；原文有“等”字时不勾选完整列举。"
    )]
    pub topics: ItemList,
    /// What was set up for it, as printed (成立专项服务组).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "主要做法",
        description = "为该行动采取的做法，按原文逐条填写，如“成立专项服务组”。",
        length(max = 50),
        inner(length(min = 1, max = 500))
    )]
    pub actions: Vec<String>,
    /// How many times or rounds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "次数",
        description = "开展的次数或轮次，单位通常为“次”或“轮”。"
    )]
    pub count: Option<Quantity>,
}

/// A guide, list or other material the organisation produced (编印材料): 《人防工程建设使用
/// 管理负面清单》.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "编制材料",
    description = "本单位设计制作的指南、清单、手册、计划等。"
)]
#[non_exhaustive]
pub struct Publication {
    /// Title without 书名号.
    #[schemars(
        title = "名称",
        description = "不含书名号。",
        length(min = 1, max = 300)
    )]
    pub title: String,
    /// Purpose or audience, as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "用途",
        description = "按原文填写材料的用途或面向对象。",
        length(min = 1, max = 500)
    )]
    pub purpose: Option<String>,
    /// Copies printed or distributed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "数量",
        description = "印制或发放的份数，单位通常为“份”或“册”。"
    )]
    pub copies: Option<Quantity>,
}
