//! Theme 严格规范公正文明执法, beyond one organisation's own cases: cooperation with
//! criminal justice and other agencies (行刑衔接, 联合执法), publicity of decisions (双公示),
//! and the supervision of enforcement (行政执法监督).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Quantity;

/// Enforcement cooperation and publicity (执法协作与公示).
///
/// 行刑衔接 is the transfer of suspected crimes found in administrative enforcement to the
/// public security organs (《行政执法机关移送涉嫌犯罪案件的规定》, 国务院令第310号, 第三条).
/// 双公示 is the publication on line of administrative licensing and penalty decisions
/// within 7 working days of the decision (the national social-credit rules published on
/// 信用中国; 行政处罚法 第四十八条 requires penalties with social impact to be made public).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "执法协作与公示",
    description = "行刑衔接（向公安机关移送涉嫌犯罪案件）、联合执法，以及行政许可和行政处罚“双公示”。"
)]
#[non_exhaustive]
pub struct EnforcementCooperation {
    /// Suspected crimes transferred to the public security organs (移送公安机关).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "移送公安机关",
        description = "向公安机关移送涉嫌犯罪案件数（行刑衔接）。"
    )]
    pub transferred_to_police: Option<Quantity>,
    /// Of which accepted for criminal investigation (公安机关立案).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "其中公安机关立案",
        description = "公安机关已立案的移送案件数，不得多于移送数。"
    )]
    pub accepted_by_police: Option<Quantity>,
    /// Clues or cases received from other agencies (接收移送/线索).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "接收移送案件",
        description = "接收其他机关移送的案件或线索数。"
    )]
    pub received_from_others: Option<Quantity>,
    /// Joint enforcement actions (联合执法), in 次.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "联合执法", description = "与其他部门开展联合执法的次数。")]
    pub joint_actions: Option<Quantity>,
    /// Cases handled jointly (联合办案).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "联合办案", description = "联合查办的案件数。")]
    pub joint_cases: Option<Quantity>,
    /// Licensing decisions published (行政许可信息公示), in 条.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "行政许可公示",
        description = "上网公示的行政许可决定信息条数（双公示）。"
    )]
    pub licences_published: Option<Quantity>,
    /// Penalty decisions published (行政处罚信息公示), in 条.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "行政处罚公示",
        description = "上网公示的行政处罚决定信息条数（双公示）。"
    )]
    pub penalties_published: Option<Quantity>,
    /// Stated publication rate (公示率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "公示率",
        description = "应公示的决定中已公示的比例，单位为 %。"
    )]
    pub publication_rate: Option<Quantity>,
    /// Stated timely-publication rate (7个工作日内公示率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "按时公示率",
        description = "在规定时限（通常为决定作出之日起7个工作日）内公示的比例，单位为 %。"
    )]
    pub timely_rate: Option<Quantity>,
}

/// Supervision of administrative enforcement (行政执法监督), as a 司法局 reports it: case
/// files reviewed (案卷评查), defects found, supervision documents issued, complaints.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "行政执法监督",
    description = "司法行政机关对行政执法的监督：案卷评查、发现问题、监督文书、执法投诉。"
)]
#[non_exhaustive]
pub struct EnforcementSupervision {
    /// Case files reviewed (评查行政执法案卷), in 卷 or 件.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "评查案卷", description = "开展行政执法案卷评查的案卷数。")]
    pub files_reviewed: Option<Quantity>,
    /// Of which with defects (发现问题案卷).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "其中存在问题案卷",
        description = "评查中发现存在问题的案卷数，不得多于评查数。"
    )]
    pub files_with_defects: Option<Quantity>,
    /// Stated pass rate of the review (案卷合格率/优良率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "案卷合格率", description = "评查合格的案卷占比，单位为 %。")]
    pub pass_rate: Option<Quantity>,
    /// Problems found (发现问题), in 个/条/项.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "发现问题", description = "评查和监督中发现的问题数。")]
    pub problems_found: Option<Quantity>,
    /// Supervision opinions or recommendations issued (行政执法监督意见书/建议书), in 份.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "监督文书",
        description = "制发行政执法监督意见书、建议书的份数。"
    )]
    pub notices_issued: Option<Quantity>,
    /// Enforcement complaints received (执法投诉).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "受理执法投诉",
        description = "受理对行政执法的投诉、举报件数。"
    )]
    pub complaints_received: Option<Quantity>,
    /// Of which handled (办结).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "其中办结",
        description = "已办结的执法投诉件数，不得多于受理数。"
    )]
    pub complaints_handled: Option<Quantity>,
    /// Enforcement bodies whose entity qualification was confirmed (执法主体资格确认), in 个.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "确认执法主体",
        description = "审核确认并公告的行政执法主体数。"
    )]
    pub bodies_confirmed: Option<Quantity>,
}
