//! Theme 行政权力制约监督与政务公开: government information disclosure.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Quantity;

/// Government information disclosure figures (政务公开/政府信息公开).
///
/// Disclosure on request balances: received + carried over = answered + carried forward.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "政务公开",
    description = "主动公开与依申请公开。新收 + 上年结转 = 办结 + 结转下年。"
)]
#[non_exhaustive]
pub struct Openness {
    /// Items proactively disclosed (主动公开).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "主动公开", description = "本年度主动公开的政府信息条数。")]
    pub proactive: Option<Quantity>,
    /// Requests received this year (依申请公开 本年新收).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "依申请 本年新收",
        description = "本年度新收的政府信息公开申请数。"
    )]
    pub requests_received: Option<Quantity>,
    /// Requests carried over from the previous year (上年结转).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "依申请 上年结转", description = "上年结转的依申请公开数。")]
    pub requests_carried_over: Option<Quantity>,
    /// Requests answered (办结/答复).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "依申请 办结",
        description = "本年度办结（答复）的依申请公开数；本年新收 + 上年结转 = 办结 + 结转下年。"
    )]
    pub requests_answered: Option<Quantity>,
    /// Requests carried forward to next year (结转下年度继续办理).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "依申请 结转下年",
        description = "结转下年度继续办理的依申请公开数。"
    )]
    pub requests_carried_forward: Option<Quantity>,
    /// Stated on-time answer rate (按时答复率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "按时答复率",
        description = "原文所述依申请公开按时答复率，单位为 %，应在 0–100 之间。"
    )]
    pub answer_rate: Option<Quantity>,
}
