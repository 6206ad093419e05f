//! Theme 突发事件应对与安全: hazard ledgers and inspections.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ItemList, Quantity};

/// A hazard ledger (隐患台账): hazards found, rectified and pending, each with its unit.
///
/// "共发现整改堆放杂物和设备设施缺失等安全隐患40处，已整改40份" is `found` 40处,
/// `rectified` 40份: the validator then reports the change of unit.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "隐患台账",
    description = "排查发现、已整改、未整改的隐患数，及整改率。已整改不得多于发现，单位须一致。"
)]
#[non_exhaustive]
pub struct HazardLedger {
    /// What kind of hazards, as printed (安全隐患).
    #[schemars(
        title = "隐患名称",
        description = "按原文填写隐患名称，如“安全隐患”。",
        length(min = 1, max = 200)
    )]
    pub label: String,
    /// Categories named (堆放杂物、设备设施缺失 等).
    #[serde(default, skip_serializing_if = "ItemList::is_empty")]
    #[schemars(
        title = "隐患类别",
        description = "原文列举的隐患类别，如“堆放杂物、设备设施缺失”等。"
    )]
    pub categories: ItemList,
    /// Hazards found (发现隐患).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "发现隐患数", description = "排查发现的隐患数，如“40处”。")]
    pub found: Option<Quantity>,
    /// Hazards rectified (已整改).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "已整改数",
        description = "不得多于发现数，单位须与发现数一致。"
    )]
    pub rectified: Option<Quantity>,
    /// Hazards still being rectified (整改中/未整改).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "未整改数", description = "发现数 = 已整改数 + 未整改数。")]
    pub pending: Option<Quantity>,
    /// Stated rectification rate (整改率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "整改率", description = "单位为 %，应等于 已整改数 ÷ 发现数。")]
    pub rate: Option<Quantity>,
    /// Of which major hazards (重大隐患).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "其中重大隐患",
        description = "发现的隐患中属于重大隐患的数量，不得多于发现数。"
    )]
    pub major: Option<Quantity>,
}

/// The kind of an inspection (检查类型).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "检查类型",
    description = "日常检查、专项检查、联合检查、执法检查或“双随机、一公开”抽查。"
)]
pub enum InspectionKind {
    /// 日常检查/巡查.
    #[schemars(title = "日常检查/巡查")]
    Routine,
    /// 专项检查.
    #[schemars(title = "专项检查")]
    Special,
    /// 联合检查.
    #[schemars(title = "联合检查")]
    Joint,
    /// 行政执法检查.
    #[schemars(title = "行政执法检查")]
    Enforcement,
    /// "双随机、一公开"抽查.
    #[schemars(title = "“双随机、一公开”抽查")]
    RandomSpotCheck,
}

/// An inspection effort (检查): how often, by how many, of what, with whom, and what it found.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "检查",
    description = "检查次数、出动人次、检查对象、联合单位及结果。"
)]
#[non_exhaustive]
pub struct Inspection {
    /// Its kind.
    #[schemars(
        title = "检查类型",
        description = "日常检查、专项检查、联合检查、执法检查或“双随机、一公开”抽查。"
    )]
    pub kind: InspectionKind,
    /// What was inspected, as printed (辖区内所有人防工程).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "检查范围",
        description = "按原文填写检查的范围或对象，如“辖区内所有人防工程”。",
        length(min = 1, max = 300)
    )]
    pub scope: Option<String>,
    /// How many inspections (检查1303次).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "检查次数", description = "检查次数，如“检查1303次”。")]
    pub count: Option<Quantity>,
    /// Staff deployed (出动巡查人员2689人次).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "出动人员",
        description = "出动的检查人员，如“出动巡查人员2689人次”。"
    )]
    pub personnel: Option<Quantity>,
    /// Partner bodies of a joint inspection (消防支队、公安 …等).
    #[serde(default, skip_serializing_if = "ItemList::is_empty")]
    #[schemars(
        title = "联合单位",
        description = "联合检查的参与单位，如“消防支队、公安”等。"
    )]
    pub partners: ItemList,
    /// Sites inspected, with their stated total (琴海公寓 …等共计17处).
    #[serde(default, skip_serializing_if = "ItemList::is_empty")]
    #[schemars(
        title = "检查对象",
        description = "检查的具体场所及原文所述合计，如“琴海公寓……等共计17处”。"
    )]
    pub sites: ItemList,
    /// Problems solved or results, as printed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "检查结果",
        description = "按原文逐条填写检查发现或解决的问题。",
        length(max = 50),
        inner(length(min = 1, max = 500))
    )]
    pub outcomes: Vec<String>,
}
