//! Value forms beside the single [`Quantity`] (数值形式, schema 2.0): ranges, ratios,
//! targets and thresholds, before/after pairs, and the [`Figure`] that holds one of them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Decimal, FactRef, Period, Quantity};

/// A range of values (区间): "5—10个工作日" is `{"low": 5 工作日, "high": 10 工作日}`; one
/// unit for both ends. The intended rules: low ≤ high, and both share the unit.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "区间",
    description = "一个取值范围，如“5—10个工作日”：下限、上限单位相同，下限不大于上限。"
)]
#[non_exhaustive]
pub struct Range {
    /// The lower end (5 in 5—10个工作日).
    #[schemars(
        title = "下限",
        description = "区间的下限，如“5—10个工作日”填 5 工作日。"
    )]
    pub low: Quantity,
    /// The upper end (10 in 5—10个工作日).
    #[schemars(title = "上限", description = "区间的上限，单位与下限相同。")]
    pub high: Quantity,
}

/// A ratio of two numbers (比例): "1.2:1" is `{"antecedent": 1.2, "consequent": 1}`, as the
/// 复议:诉讼比 (ratio of reconsideration to litigation cases) is printed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "比例",
    description = "两个数之比，如“1.2:1”，前项 1.2、后项 1；如行政复议与行政诉讼案件数之比。"
)]
#[non_exhaustive]
pub struct Ratio {
    /// The first term (前项): 1.2 in 1.2:1.
    #[schemars(
        title = "前项",
        description = "比号前的数，如“1.2:1”填 1.2。",
        range(min = 0)
    )]
    pub antecedent: Decimal,
    /// The second term (后项): 1 in 1.2:1; not zero.
    #[schemars(
        title = "后项",
        description = "比号后的数，如“1.2:1”填 1；不得为 0。",
        range(min = 0)
    )]
    pub consequent: Decimal,
}

/// The comparison a target or threshold states (比较符).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "比较符",
    description = "目标或限值的比较方式：≥（不低于、以上）、>（高于、超过）、≤（不超过、以内）、<（低于、不足）、=（达到）。"
)]
pub enum Comparator {
    /// ≥: 不低于, 不少于, 达到…以上.
    #[schemars(title = "≥ 不低于", description = "不低于、不少于、达到……以上。")]
    AtLeast,
    /// >: 高于, 超过.
    #[schemars(title = "> 高于", description = "高于、超过。")]
    Above,
    /// ≤: 不超过, 不高于, 以内.
    #[schemars(title = "≤ 不超过", description = "不超过、不高于、以内。")]
    AtMost,
    /// <: 低于, 不足.
    #[schemars(title = "< 低于", description = "低于、不足。")]
    Below,
    /// =: 达到, 实现 (a target of exactly the value, such as 100%).
    #[schemars(title = "= 达到", description = "恰好达到该值，如“达到100%”。")]
    Equal,
}

/// A target or threshold (目标/限值): "不低于90%" is `{"comparator": "at_least", "value":
/// 90 %}`; "不低于1:1" states a `ratio` instead of a value. With an actual figure (stated
/// here or referred to), the intended rule checks that the actual meets the target and
/// warns when it does not.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "目标/限值",
    description = "目标或限值，如“不低于90%”“≥95%”“不低于1:1”：比较符与数值（或比例），可附实际完成数。"
)]
#[non_exhaustive]
pub struct Target {
    /// ≥, >, ≤, < or =.
    #[schemars(title = "比较符", description = "≥、>、≤、< 或 =。")]
    pub comparator: Comparator,
    /// The threshold as a figure (90 % in 不低于90%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "目标值",
        description = "目标或限值的数字，如“不低于90%”填 90 %。"
    )]
    pub value: Option<Quantity>,
    /// The threshold as a ratio (1:1 in 不低于1:1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "目标比例", description = "目标为比例时填写，如“不低于1:1”。")]
    pub ratio: Option<Ratio>,
    /// The actual figure, when printed beside the target (实际完成).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "实际值",
        description = "原文同时印出的实际完成数；应满足目标，否则提示。"
    )]
    pub actual: Option<Quantity>,
    /// The actual figure as another fact of the subsection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "实际值（引用）",
        description = "实际完成数已是本小节的专门字段或指标时，引用它。"
    )]
    pub actual_fact: Option<FactRef>,
}

/// What a before/after pair says happened (变化表述).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "变化表述",
    description = "原文如何表述由前值到后值的变化：压缩/缩短/减少（后值应小于前值）或提高/增加（后值应大于前值）。"
)]
pub enum Change {
    /// 压缩, 缩短, 减少, 精简, 降低: the value after is below the value before.
    #[schemars(title = "压缩/缩短/减少", description = "后值应小于前值。")]
    Reduced,
    /// 提高, 增加, 提升, 扩大: the value after is above the value before.
    #[schemars(title = "提高/增加", description = "后值应大于前值。")]
    Raised,
}

/// A before/after pair (前后对比): "审批时限由15个工作日压缩至5个工作日" is
/// `{"before": 15 工作日, "after": 5 工作日, "change": "reduced"}`. The intended rules:
/// one unit; after ≤ before where the text says 压缩/缩短/减少, after ≥ before for 提高/增加.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "前后对比",
    description = "由前值变为后值，如“审批时限由15个工作日压缩至5个工作日”。"
)]
#[non_exhaustive]
pub struct BeforeAfter {
    /// The value before (由15个工作日).
    #[schemars(title = "原值", description = "变化前的数值，如“由15个工作日”。")]
    pub before: Quantity,
    /// The value after (压缩至5个工作日).
    #[schemars(
        title = "现值",
        description = "变化后的数值，如“压缩至5个工作日”；单位与原值相同。"
    )]
    pub after: Quantity,
    /// What the text says happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "变化表述", description = "压缩/缩短/减少，或提高/增加。")]
    pub change: Option<Change>,
}

/// A figure printed in a form other than one quantity (其他形式的数字): a range, a ratio, a
/// target or a before/after pair, with its label.
///
/// One of `range`, `ratio`, `target` and `before_after` is given (a struct of optional
/// fields rather than a tagged union, so that form clients render it).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "其他形式数字",
    description = "以区间、比例、目标/限值或前后对比形式出现的数字；四者填其一。"
)]
#[non_exhaustive]
pub struct Figure {
    /// Identifier for references from relations of the same subsection (snake_case).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "标识",
        description = "本节内唯一的英文标识（小写字母、数字、下划线）。",
        length(min = 1, max = 64),
        regex(pattern = "^[a-z][a-z0-9_]*$")
    )]
    pub key: Option<String>,
    /// What the figure is about, as printed (审批时限, 复议与诉讼案件比, 群众满意率目标).
    #[schemars(
        title = "名称",
        description = "按原文填写，如“审批时限”“复议与诉讼案件比”。",
        length(min = 1, max = 300)
    )]
    pub label: String,
    /// A range (5—10个工作日).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "区间", description = "如“5—10个工作日”。")]
    pub range: Option<Range>,
    /// A ratio (1.2:1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "比例", description = "如“1.2:1”。")]
    pub ratio: Option<Ratio>,
    /// A target or threshold (不低于90%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "目标/限值", description = "如“不低于90%”。")]
    pub target: Option<Target>,
    /// A before/after pair (由15个工作日压缩至5个工作日).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "前后对比", description = "如“由15个工作日压缩至5个工作日”。")]
    pub before_after: Option<BeforeAfter>,
    /// Its period, when it is not the report year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "统计期间", description = "不属于报告全年时填写。")]
    pub period: Option<Period>,
}
