//! Theme 依法行政制度体系: filing review of normative documents (规范性文件备案审查).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Quantity;

/// Filing review of normative documents (规范性文件备案审查), as the reviewing body (a
/// government's 司法局, or a people's government for its departments) reports it: documents
/// submitted for filing, filed, reviewed, found faulty and corrected, after the principle
/// 有件必备、有备必审、有错必纠 (《法规规章备案审查条例》 第三条; for 行政规范性文件,
/// 国办发〔2018〕37号 and the provincial rules).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "备案审查",
    description = "规范性文件备案审查（有件必备、有备必审、有错必纠）：报送、备案、审查、发现问题、纠正。"
)]
#[non_exhaustive]
pub struct FilingReview {
    /// Documents submitted for filing (报送备案/接收报备), in 件.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "报送备案", description = "接收报送备案的规范性文件件数。")]
    pub submitted: Option<Quantity>,
    /// Documents filed (予以备案/登记备案).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "予以备案",
        description = "予以登记备案的件数，不得多于报送数。"
    )]
    pub filed: Option<Quantity>,
    /// Documents reviewed (审查).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "审查", description = "完成备案审查的件数。")]
    pub reviewed: Option<Quantity>,
    /// Documents found faulty (发现问题/不合法、不适当).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "发现问题",
        description = "审查发现存在不合法、不适当等问题的件数，不得多于审查数。"
    )]
    pub faulty: Option<Quantity>,
    /// Documents corrected (纠正/责令纠正/建议修改).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "纠正",
        description = "经审查予以纠正（含建议修改、撤销）的件数，不得多于发现问题数。"
    )]
    pub corrected: Option<Quantity>,
    /// Documents reviewed for legality before issue (合法性审核), in 件.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "合法性审核",
        description = "印发前开展合法性审核的规范性文件件数。"
    )]
    pub legality_reviews: Option<Quantity>,
    /// Review opinions issued (审核意见/修改意见), in 条.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "审核意见", description = "提出的合法性审核或备案审查意见数。")]
    pub opinions: Option<Quantity>,
    /// Stated filing rate (报备率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "报备率", description = "单位为 %，= 报送备案 ÷ 应报备。")]
    pub filing_rate: Option<Quantity>,
    /// Stated timely filing rate (报备及时率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "报备及时率",
        description = "在规定期限内报备的比例，单位为 %。"
    )]
    pub timely_rate: Option<Quantity>,
}
