//! Theme 依法行政制度体系: normative documents (行政规范性文件) and their filing.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Quantity;

/// Normative-document work (规范性文件管理): drafting, legality review, filing, clean-up.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "规范性文件",
    description = "制定、审核、备案、清理、废止及现行有效件数。"
)]
#[non_exhaustive]
pub struct NormativeDocuments {
    /// Issued this year (制定/制发).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "本年制发", description = "本年度制定、制发的规范性文件数。")]
    pub issued: Option<Quantity>,
    /// Reviewed for legality before issue (合法性审核).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "合法性审核",
        description = "制发前经合法性审核的规范性文件数，不得多于制发数。"
    )]
    pub reviewed: Option<Quantity>,
    /// Filed with the government (报送备案); not more than issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "报送备案", description = "不得多于本年制发数。")]
    pub filed: Option<Quantity>,
    /// Examined in a clean-up (清理).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "清理",
        description = "本年度清理的规范性文件数，单位通常为“件”。"
    )]
    pub cleaned_up: Option<Quantity>,
    /// Repealed or expired (废止/失效).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "废止/失效", description = "本年度废止或失效的规范性文件数。")]
    pub repealed: Option<Quantity>,
    /// In force at the start of the year (上年末现行有效).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "年初现行有效", description = "上年末现行有效的规范性文件数。")]
    pub in_force_opening: Option<Quantity>,
    /// In force at the end of the year (现行有效) = opening + issued − repealed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "年末现行有效",
        description = "= 年初现行有效 + 本年制发 − 废止/失效。"
    )]
    pub in_force: Option<Quantity>,
    /// Stated filing rate (报备率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "报备率",
        description = "原文所述规范性文件报备率，单位为 %，应在 0–100 之间。"
    )]
    pub filing_rate: Option<Quantity>,
    /// Stated timely-filing rate (报备及时率), in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "报备及时率",
        description = "原文所述报备及时率，单位为 %，应在 0–100 之间。"
    )]
    pub timely_filing_rate: Option<Quantity>,
}
