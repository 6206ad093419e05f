//! Part 三 specifics: the principal's duties (第一责任人职责) and rectification of findings.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Year;

/// One of the four personal duties of the principal responsible person
/// (第一责任人"四个亲自"): 重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "第一责任人职责",
    description = "党政主要负责人履行推进法治建设第一责任人职责的具体方式（“四个亲自”等）。"
)]
pub enum Duty {
    /// 重要工作亲自部署.
    #[schemars(title = "重要工作亲自部署")]
    DeployPersonally,
    /// 重大问题亲自过问.
    #[schemars(title = "重大问题亲自过问")]
    QueryPersonally,
    /// 重点环节亲自协调.
    #[schemars(title = "重点环节亲自协调")]
    CoordinatePersonally,
    /// 重要任务亲自督办.
    #[schemars(title = "重要任务亲自督办")]
    SupervisePersonally,
    /// 专题听取法治建设工作汇报.
    #[schemars(title = "专题听取法治建设汇报")]
    HearReports,
    /// 年终述法.
    #[schemars(title = "年终述法")]
    ReportOnLaw,
}

/// Where a rectification stands (整改状态).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(title = "整改状态", description = "整改中或已完成。")]
pub enum RectificationStatus {
    /// 整改中.
    #[schemars(title = "整改中")]
    InProgress,
    /// 已完成整改.
    #[schemars(title = "已完成")]
    Completed,
}

/// Rectification of a problem found by an earlier assessment or inspection (问题整改):
/// "对照2022年度全面依法治市考评情况中通报的……问题".
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "问题整改",
    description = "对以往考评、督察中发现问题的整改：问题来源、年度、问题、措施和状态。"
)]
#[non_exhaustive]
pub struct Rectification {
    /// Where the problem was raised, as printed (2022年度全面依法治市考评情况).
    #[schemars(
        title = "问题来源",
        description = "按原文填写问题来源，如“2022年度全面依法治市考评情况”。",
        length(min = 1, max = 300)
    )]
    pub source: String,
    /// The year of that assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "来源年度", description = "问题来源的考评或督察所属年度。")]
    pub source_year: Option<Year>,
    /// The problem as printed.
    #[schemars(
        title = "问题",
        description = "按原文填写需要整改的问题。",
        length(min = 1, max = 500)
    )]
    pub problem: String,
    /// Measures taken (学习培训, 建章立制).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "整改措施",
        description = "按原文逐条填写整改措施，如“学习培训”“建章立制”。",
        length(max = 50),
        inner(length(min = 1, max = 500))
    )]
    pub measures: Vec<String>,
    /// Status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "整改状态", description = "整改中或已完成。")]
    pub status: Option<RectificationStatus>,
}
