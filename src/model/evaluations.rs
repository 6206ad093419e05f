//! Service evaluations (政务服务“好差评”).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Quantity;

/// Evaluations of government services by their users (政务服务“好差评”), after
/// 《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》 (国办发〔2019〕51号):
/// every evaluation is graded 非常满意、满意、基本满意、不满意、非常不满意; the last two are
/// 差评, each of which is to be verified and rectified (差评整改), and the 好评率 is good
/// evaluations ÷ all evaluations. A breakdown by grade is a [`Breakdown`](super::Breakdown)
/// of `received`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "好差评",
    description = "政务服务“好差评”（国办发〔2019〕51号）：评价总数、好评、差评、好评率和差评整改。"
)]
#[non_exhaustive]
pub struct ServiceEvaluations {
    /// Evaluations received (收到评价), in 条 or 次.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "评价总数",
        description = "收到的“好差评”评价数，单位通常为“条”或“次”。"
    )]
    pub received: Option<Quantity>,
    /// Good evaluations (好评: 非常满意、满意、基本满意).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "好评",
        description = "好评数（非常满意、满意、基本满意），不得多于评价总数。"
    )]
    pub positive: Option<Quantity>,
    /// Bad evaluations (差评: 不满意、非常不满意).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "差评", description = "差评数（不满意、非常不满意）。")]
    pub negative: Option<Quantity>,
    /// Stated rate of good evaluations (好评率), in %: 好评 ÷ 评价总数.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "好评率", description = "单位为 %，= 好评 ÷ 评价总数。")]
    pub positive_rate: Option<Quantity>,
    /// Bad evaluations verified by a return visit (差评核实: 回访核实的差评数), at most the bad
    /// evaluations; those found to be real are rectified (国办发〔2019〕51号 “差评核实整改”).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "差评核实",
        description = "经回访核实的差评数，不得多于差评数。"
    )]
    pub negative_verified: Option<Quantity>,
    /// Bad evaluations verified and rectified (差评整改/回访).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "差评整改",
        description = "已核实整改（回访）的差评数，不得多于差评数。"
    )]
    pub negative_rectified: Option<Quantity>,
    /// Stated rectification rate of bad evaluations (差评整改率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "差评整改率", description = "单位为 %，= 差评整改 ÷ 差评。")]
    pub rectification_rate: Option<Quantity>,
}
