//! The report's metadata (报告基本信息): title, year, organisation, notice, dates.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

use super::date::{date_schema, serde_option_date};
use super::{Period, Year, common::is_false};

/// Administrative level of the reporting organisation (行政层级).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "行政层级",
    description = "报告单位所在的行政层级：中央、省、市、县、乡。"
)]
pub enum AdminLevel {
    /// 中央/国家级.
    #[schemars(title = "中央/国家级")]
    Central,
    /// 省级 (省、自治区、直辖市).
    #[schemars(title = "省级")]
    Provincial,
    /// 市级 (设区的市、地区、自治州; 直辖市的区 are county level).
    #[schemars(
        title = "市级（地级）",
        description = "设区的市、地区、自治州、盟（直辖市的区属县级）。"
    )]
    Prefectural,
    /// 县级 (县、县级市、市辖区).
    #[schemars(title = "县级（县、区）")]
    County,
    /// 乡级 (乡镇、街道).
    #[schemars(title = "乡级（乡镇、街道）")]
    Township,
}

/// What kind of body reports (报告主体类型); decides its deadlines and addressees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "单位类型",
    description = "报告主体的类型，决定报送期限和主送机关。"
)]
pub enum OrganizationKind {
    /// 人民政府.
    #[schemars(title = "人民政府")]
    Government,
    /// 政府工作部门 (局、委、办).
    #[schemars(title = "政府工作部门")]
    Department,
    /// 党委.
    #[schemars(title = "党委")]
    PartyCommittee,
    /// 街道办事处.
    #[schemars(title = "街道办事处")]
    StreetOffice,
    /// 乡镇人民政府.
    #[schemars(title = "乡镇人民政府")]
    Township,
    /// 开发区/园区管理机构.
    #[schemars(title = "开发区/园区管委会")]
    DevelopmentZone,
    /// 垂直管理机关 (税务、海关 …).
    #[schemars(title = "垂直管理机关")]
    VerticalAgency,
    /// Any other body.
    #[schemars(title = "其他", description = "不属于以上类型的单位。")]
    Other,
}

/// The reporting organisation (报告单位).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "报告单位",
    description = "报告单位：原文名称、全称、所在地区、行政层级和单位类型。"
)]
#[non_exhaustive]
pub struct Organization {
    /// Name as printed in the report (区国动办).
    #[schemars(
        title = "单位名称（原文）",
        description = "报告中使用的单位名称，可为简称。",
        length(min = 1, max = 100)
    )]
    pub name: String,
    /// Full official name (天津市河北区国防动员办公室), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "单位全称",
        description = "单位的正式全称，如“天津市河北区国防动员办公室”。",
        length(min = 1, max = 100)
    )]
    pub full_name: Option<String>,
    /// Region (天津市河北区).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "所在地区",
        description = "单位所在地区，如“天津市河北区”。",
        length(min = 1, max = 100)
    )]
    pub region: Option<String>,
    /// Administrative level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "行政层级", description = "报告单位所在的行政层级。")]
    pub level: Option<AdminLevel>,
    /// Kind of body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "单位类型",
        description = "决定报送期限：政府部门须于次年3月1日前报送。"
    )]
    pub kind: Option<OrganizationKind>,
}

/// The notice the report answers (报送通知): "区司法局关于报送2023年度法治政府建设情况报告的通知".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "报送通知",
    description = "报告所响应的报送通知，如“区司法局关于报送2023年度法治政府建设情况报告的通知”。"
)]
#[non_exhaustive]
pub struct Notice {
    /// Who issued it (区司法局).
    #[schemars(
        title = "发文单位",
        description = "发出报送通知的单位，如“区司法局”。",
        length(min = 1, max = 100)
    )]
    pub issuer: String,
    /// Its title as printed, without 书名号.
    #[schemars(
        title = "通知标题",
        description = "按原文填写通知标题，不含书名号。",
        length(min = 1, max = 300)
    )]
    pub title: String,
    /// Its document number (文号), if cited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "文号",
        description = "报送通知的发文字号（如有）。",
        length(min = 1, max = 100)
    )]
    pub number: Option<String>,
    /// The submission deadline it sets, if cited.
    #[serde(
        default,
        with = "serde_option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(
        title = "通知要求的报送期限",
        description = "格式 YYYY-MM-DD。",
        schema_with = "date_schema"
    )]
    pub deadline: Option<Date>,
}

/// The closing signature block (落款/签发).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "落款",
    description = "文末落款：落款单位、签发人、是否加盖公章。"
)]
#[non_exhaustive]
pub struct Signature {
    /// The organisation named in the signature (落款单位).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "落款单位",
        description = "落款中的单位名称。",
        length(min = 1, max = 100)
    )]
    pub organization: Option<String>,
    /// The official who signed (签发人).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "签发人",
        description = "签发报告的负责人姓名。",
        length(min = 1, max = 50)
    )]
    pub signatory: Option<String>,
    /// Whether the organisation's seal is affixed (加盖公章).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(title = "已加盖公章", description = "落款处是否加盖单位公章。")]
    pub sealed: bool,
}

/// The report's dates (日期), all optional.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "日期",
    description = "报告的成文、报送、公开日期和数据截止日期，均为可选，格式 YYYY-MM-DD。"
)]
#[non_exhaustive]
pub struct Dates {
    /// Date of writing (成文日期).
    #[serde(
        default,
        with = "serde_option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(
        title = "成文日期",
        description = "格式 YYYY-MM-DD。",
        schema_with = "date_schema"
    )]
    pub written: Option<Date>,
    /// Date of submission to the addressees (报送日期); departments by 1 March of the next year.
    #[serde(
        default,
        with = "serde_option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(
        title = "报送日期",
        description = "格式 YYYY-MM-DD。政府部门应于次年3月1日前报送。",
        schema_with = "date_schema"
    )]
    pub submitted: Option<Date>,
    /// Date of publication (公开日期); by 1 April of the next year.
    #[serde(
        default,
        with = "serde_option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(
        title = "公开日期",
        description = "格式 YYYY-MM-DD。应于次年4月1日前向社会公开。",
        schema_with = "date_schema"
    )]
    pub published: Option<Date>,
    /// The date up to which figures are counted (数据截止日期: 截至11月底).
    #[serde(
        default,
        with = "serde_option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(
        title = "数据截止日期",
        description = "格式 YYYY-MM-DD。年内提前成文的报告，数据统计截至此日。",
        schema_with = "date_schema"
    )]
    pub data_cutoff: Option<Date>,
}

/// Everything about a report that is not one of its five parts (报告基本信息).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "报告基本信息",
    description = "报告中五个部分之外的信息：标题、年度、报告单位、报送通知、主送机关、文号、导语、落款和日期。"
)]
#[non_exhaustive]
pub struct Meta {
    /// Title as printed (区国动办2023年度法治政府建设情况报告).
    #[schemars(
        title = "报告标题（原文）",
        description = "按原文填写报告标题，如“区国动办2023年度法治政府建设情况报告”。",
        length(min = 1, max = 200)
    )]
    pub title: String,
    /// The year reported on (报告年度).
    #[schemars(title = "报告年度", description = "所报告的年度，如 2023。")]
    pub year: Year,
    /// Who reports.
    #[schemars(
        title = "报告单位",
        description = "报告单位的名称、全称、地区、层级和类型。"
    )]
    pub organization: Organization,
    /// The notice the report answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "报送通知",
        description = "报告所响应的报送通知：发文单位、标题、文号、报送期限。"
    )]
    pub notice: Option<Notice>,
    /// Addressees (主送机关: 区委、区政府).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "主送机关",
        description = "报告的主送机关，每个一行，如“区委”“区政府”。",
        length(max = 20),
        inner(length(min = 1, max = 100))
    )]
    pub addressees: Vec<String>,
    /// Document number (发文字号: 沪国动〔2024〕1号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "发文字号",
        description = "报告的发文字号，如“沪国动〔2024〕1号”。",
        length(min = 1, max = 100)
    )]
    pub document_number: Option<String>,
    /// Opening paragraphs before part 一 (导语).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "导语",
        description = "正文第一部分之前的段落，如“按照……通知要求，现将……报告如下：”。",
        length(max = 20),
        inner(length(min = 1, max = 20000))
    )]
    pub preamble: Vec<String>,
    /// Signature block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "落款", description = "文末落款单位、签发人和是否加盖公章。")]
    pub signature: Option<Signature>,
    /// Dates of writing, submission, publication and data cut-off; omitted when none is known.
    #[serde(default, skip_serializing_if = "Dates::is_empty")]
    #[schemars(
        title = "日期",
        description = "成文、报送、公开日期和数据截止日期，均为可选。"
    )]
    pub dates: Dates,
    /// The period the report's figures cover, when it is not the whole report year (数据期间):
    /// a report published in December with figures "截至11月底" states a partial period
    /// ending on the 30 November, so that its figures are not read as an incomplete year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "数据期间",
        description = "报告数字不覆盖报告全年时填写，如年底前报送、数字“截至11月底”：类型选“年内截至某日”并填截止日期。"
    )]
    pub period: Option<Period>,
}

impl Dates {
    /// Whether no date is known.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Dates::default()
    }
}

impl Meta {
    /// Metadata with a title, a year and an organisation name; everything else empty.
    pub fn new(title: impl Into<String>, year: Year, organization: impl Into<String>) -> Meta {
        Meta {
            title: title.into(),
            year,
            organization: Organization {
                name: organization.into(),
                ..Organization::default()
            },
            notice: None,
            addressees: Vec::new(),
            document_number: None,
            preamble: Vec::new(),
            signature: None,
            dates: Dates::default(),
            period: None,
        }
    }
}
