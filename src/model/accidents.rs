//! Theme 突发事件应对、安全生产: accident statistics (事故统计).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Quantity;

/// Accident statistics of one kind (事故统计): 生产安全事故, 道路交通事故, 火灾 …; each
/// figure's year-on-year goes into a [`Comparison`](super::Comparison) of the subsection
/// pointing at it (`/accidents/0/deaths`).
///
/// The grades follow 《生产安全事故报告和调查处理条例》 (国务院令第493号) 第三条: 特别重大
/// (30 deaths or more), 重大 (10–29), 较大 (3–9) and 一般 (fewer than 3).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "事故统计",
    description = "一类事故的起数、死亡和受伤人数、直接经济损失及较大以上事故；同比写在本小节的“同比/比较”中。"
)]
#[non_exhaustive]
pub struct AccidentStatistics {
    /// The kind of accident as printed (生产安全事故, 道路交通事故, 火灾).
    #[schemars(
        title = "事故类别",
        description = "按原文填写，如“生产安全事故”“道路交通事故”“火灾”。",
        length(min = 1, max = 100)
    )]
    pub kind: String,
    /// Accidents (事故起数), in 起.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "事故起数", description = "发生事故的起数，单位“起”。")]
    pub accidents: Option<Quantity>,
    /// Deaths (死亡人数), in 人.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "死亡人数", description = "事故造成的死亡人数。")]
    pub deaths: Option<Quantity>,
    /// Injuries (受伤人数), in 人.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "受伤人数", description = "事故造成的受伤人数。")]
    pub injuries: Option<Quantity>,
    /// Direct economic loss (直接经济损失), in 万元.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "直接经济损失",
        description = "事故造成的直接经济损失，单位通常为“万元”。"
    )]
    pub economic_loss: Option<Quantity>,
    /// Accidents graded 较大 or above (较大及以上事故, 3 deaths or more).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "较大及以上事故",
        description = "较大及以上等级（死亡3人以上）事故起数，不得多于事故起数。"
    )]
    pub major_accidents: Option<Quantity>,
}
