//! Relations between facts (事实关系, schema 2.0): references to any figure, breakdowns
//! along named axes, periods and comparisons.
//!
//! Every figure of a report is a *fact*: a typed field of a block (addressed by its JSON
//! Pointer) or a keyed [`Indicator`](super::Indicator). The relations here name facts by a
//! [`FactRef`] instead of repeating them, after XBRL's facts with dimensions and periods: a
//! [`Breakdown`] is an axis with members, a [`Period`] says which time a fact covers, and a
//! [`Comparison`] states a fact against its base period. Relations are data; whether they hold
//! is for the rules.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

use super::common::is_false;
use super::date::{date_schema, serde_option_date};
use super::{Quantity, Trend, Year};

/// A reference to one figure of the same subsection (事实引用): a typed field by its JSON
/// Pointer relative to the subsection (`/reconsideration/received`), or an indicator by its
/// `key` (`complaints`).
///
/// Exactly one of the two is given (a plain struct, not a tagged union, so that every form
/// client renders it); a reference naming no figure of the subsection is a finding, not a
/// silent no-op.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "引用数字",
    description = "引用本小节中的一个数字：专门字段填其字段路径（以“/”开头、按字段名逐级写出），指标填其标识；二者填其一。"
)]
#[non_exhaustive]
pub struct FactRef {
    /// JSON Pointer (RFC 6901) of a typed figure, relative to the subsection that holds the
    /// relation, e.g. `/reconsideration/received` or `/accidents/0/deaths`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "字段指针",
        description = "专门字段在本小节内的路径：以“/”开头，按字段名和序号逐级写出。",
        length(min = 1, max = 300),
        regex(pattern = "^(/[^/]*)+$")
    )]
    pub field: Option<String>,
    /// Key of an indicator of the same subsection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "指标标识",
        description = "本小节中某个指标的标识。",
        length(min = 1, max = 64),
        regex(pattern = "^[a-z][a-z0-9_]*$")
    )]
    pub indicator: Option<String>,
}

impl FactRef {
    /// A reference to a typed field by its pointer relative to the subsection.
    pub fn field(pointer: impl Into<String>) -> FactRef {
        FactRef {
            field: Some(pointer.into()),
            indicator: None,
        }
    }

    /// A reference to an indicator by its key.
    pub fn indicator(key: impl Into<String>) -> FactRef {
        FactRef {
            field: None,
            indicator: Some(key.into()),
        }
    }
}

/// Whether a breakdown's members are all the whole or only some of it (分项完整性).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "分项完整性",
    description = "完整分类（各项之和等于总数）或“其中”（只列部分，各项之和不超过总数）。"
)]
pub enum Completeness {
    /// 完整分类: the members add up to the whole (as intervals, for rounded figures).
    #[schemars(
        title = "完整分类",
        description = "各项合起来就是总数，如“按申请事项分：征收类a件、登记类b件、其他c件”。"
    )]
    Complete,
    /// 其中: only some parts are printed; together they do not exceed the whole.
    #[default]
    #[schemars(
        title = "其中（部分列举）",
        description = "只列出其中一部分，各项之和不超过总数，如“其中，征收类a件”。"
    )]
    Partial,
}

/// One member of a breakdown (分项): a named part with its figure and, where printed, its
/// share of the whole.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "分项",
    description = "分类中的一项：名称、数字，以及原文所印的占比。"
)]
#[non_exhaustive]
pub struct BreakdownMember {
    /// The member as printed (征收类, 撤销, 食品领域).
    #[schemars(
        title = "分项名称",
        description = "按原文填写，如“征收类”“撤销”“食品领域”。",
        length(min = 1, max = 200)
    )]
    pub label: String,
    /// The member's figure, when it has no typed field of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "数值",
        description = "该分项的数字；若该分项已是本小节的专门字段或指标，改填“引用数字”。"
    )]
    pub value: Option<Quantity>,
    /// The member's figure as a typed field or indicator (e.g. `/reconsideration/outcomes/corrected`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "引用数字",
        description = "该分项即本小节的某个专门字段或指标时填写，不必重复录入数字。"
    )]
    pub fact: Option<FactRef>,
    /// The member's share of the whole as printed (占比, in %), if printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "占比",
        description = "原文所印该分项占总数的比例，单位为 %；未印则不填。"
    )]
    pub share: Option<Quantity>,
    /// Whether this is the remainder member (其他/其余).
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(title = "其他项", description = "该分项是否为“其他”“其余”等兜底项。")]
    pub other: bool,
}

/// A breakdown of one figure along one axis (分类/维度): "按申请事项分：征收类a件、登记类b件".
///
/// One whole may carry any number of breakdowns (by matter, by outcome, by sector); each is
/// complete or partial ("其中"), and its members may print shares. The intended rules: a
/// complete breakdown's members sum to the whole, a partial one's do not exceed it; a
/// share agrees with member ÷ whole to its printed precision; the shares of a complete
/// breakdown sum to 100 % only when every member prints one; members share the whole's unit.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "分类",
    description = "对一个总数的一种分类（维度）：总数、分类依据、完整性和各分项。一个总数可有多种分类。"
)]
#[non_exhaustive]
pub struct Breakdown {
    /// The whole that is broken down.
    #[schemars(
        title = "总数",
        description = "被分类的总数：本小节的专门字段（填字段路径）或指标（填标识）。"
    )]
    pub of: FactRef,
    /// The axis as printed (按申请事项分, 按纠错方式, 分领域).
    #[schemars(
        title = "分类依据",
        description = "按原文填写分类的维度，如“按申请事项分”“按纠错方式”“分领域”。",
        length(min = 1, max = 100)
    )]
    pub axis: String,
    /// Complete or partial (其中).
    #[serde(default)]
    #[schemars(title = "完整性", description = "完整分类，或“其中”只列部分（默认）。")]
    pub completeness: Completeness,
    /// The members in printed order.
    #[schemars(
        title = "分项",
        description = "按原文顺序逐项填写。",
        length(min = 1, max = 100)
    )]
    pub members: Vec<BreakdownMember>,
}

/// Which time a figure covers (统计期间的类型).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "期间类型",
    description = "数字所属的期间：报告年度（默认）、上一年度或指定年度、年内截至某日、全年预计。"
)]
pub enum PeriodKind {
    /// The report year, the default of every figure (本年度).
    #[default]
    #[schemars(
        title = "报告年度（全年）",
        description = "数字属于报告年度全年（默认）。"
    )]
    ReportYear,
    /// A named earlier year (上年, 2022年): the base of a comparison.
    #[schemars(
        title = "以往年度",
        description = "上一年度或原文所指的某一年度，如“2022年为M件”。"
    )]
    PreviousYear,
    /// Part of the report year, up to `end` (截至11月底, 1—11月, 今年以来).
    #[schemars(
        title = "年内截至某日",
        description = "报告年度内截至某日的数字，如“截至11月底”；截止日期填在“截止日期”。"
    )]
    PartialYear,
    /// A forecast for the whole report year (全年预计).
    #[schemars(title = "全年预计", description = "对报告年度全年的预计数。")]
    Forecast,
    /// A cumulative figure over several years (累计, 近三年).
    #[schemars(
        title = "多年累计",
        description = "跨年度累计的数字，如“累计”“近三年”。"
    )]
    Cumulative,
}

/// The period of a figure (统计期间): its kind, its year where it is not the report year,
/// its end date for a partial period, and the words as printed.
///
/// A report published in December whose figures run "截至11月底" states
/// `{"kind": "partial_year", "end": "2024-11-30", "text": "截至11月底"}`: the date rules
/// then read its figures as complete to that day, not as an incomplete year.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "统计期间",
    description = "数字的统计期间：类型、年度、截止日期及原文表述（如“截至11月底”“全年预计”）。"
)]
#[non_exhaustive]
pub struct Period {
    /// What kind of period.
    #[serde(default)]
    #[schemars(title = "期间类型", description = "默认为报告年度。")]
    pub kind: PeriodKind,
    /// The year, when it is not the report year (2022 for "2022年为M件").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "年度", description = "非报告年度时填写，如“2022年”填 2022。")]
    pub year: Option<Year>,
    /// The last day covered by a partial period (截至11月底 → the 30 November).
    #[serde(
        default,
        with = "serde_option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(
        title = "截止日期",
        description = "年内截至某日时填写，格式 YYYY-MM-DD，如“截至11月底”填 11 月 30 日。",
        schema_with = "date_schema"
    )]
    pub end: Option<Date>,
    /// The words as printed (截至11月底, 全年预计, 今年以来).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "原文表述",
        description = "按原文填写，如“截至11月底”“全年预计”“今年以来”。",
        length(min = 1, max = 100)
    )]
    pub text: Option<String>,
}

/// The period of one figure of the subsection (数字的期间), for a typed field or an
/// indicator that does not cover the report year.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "数字期间",
    description = "本小节中某个数字不属于报告全年时，说明其统计期间。"
)]
#[non_exhaustive]
pub struct FactPeriod {
    /// The figure.
    #[schemars(
        title = "数字",
        description = "本小节的专门字段（填字段路径）或指标（填标识）。"
    )]
    pub of: FactRef,
    /// Its period.
    #[schemars(title = "统计期间", description = "该数字的统计期间。")]
    pub period: Period,
}

/// How a printed multiple relates the current value to the base (倍数的读法).
///
/// "是上年的3倍" means current = 3 × previous; "增长3倍" (增长了3倍) means, in the strict
/// reading that Chinese style guides teach (增长了N倍 = 原来的 N+1 倍), an increase of 3 × previous, so current = 4 × previous. Many drafters write "增长3倍" for
/// "是3倍"; the reading is recorded so that the rules can check the figure under it and
/// warn of the ambiguity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "倍数读法",
    description = "“是上年的N倍”：本期 = N × 上期；“增长N倍”：本期 = (N+1) × 上期（按规范读法，易生歧义）。"
)]
pub enum MultipleReading {
    /// 是…的N倍 / 为…的N倍: current = N × previous.
    #[schemars(title = "是上期的N倍", description = "本期 = N × 上期。")]
    TimesBase,
    /// 增长N倍 / 增加了N倍: the increase is N × previous, so current = (N + 1) × previous.
    #[schemars(
        title = "增长N倍",
        description = "增加量 = N × 上期，本期 = (N+1) × 上期；常被误作“是N倍”，校验时提示歧义。"
    )]
    IncreaseOfBase,
}

/// A comparison of a figure with its base period (同比/比较): the previous value, the
/// change, the growth rate and the multiple, each as printed; any may be missing.
///
/// "收到申请120件，同比增加20件、增长20%（2023年为100件）" is
/// `{"of": {"field": "/reconsideration/received"}, "previous": {"value": 100, "unit": "件"},
/// "change": {"value": 20, "unit": "件"}, "direction": "increase",
/// "growth_rate": {"value": 20, "unit": "%"}}`. The intended rules: change = current −
/// previous; growth = change ÷ previous to its printed precision (with the previous value
/// derived as current ∓ change when it is not printed); a decrease with a current value
/// above the previous one is an error; a multiple agrees with current ÷ previous under its
/// recorded reading.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "同比/比较",
    description = "一个数字与上期（基期）的比较：上期数、增减量、增减幅度、倍数，按原文填写。"
)]
#[non_exhaustive]
pub struct Comparison {
    /// The figure compared (the current value).
    #[schemars(
        title = "本期数字",
        description = "被比较的数字：本小节的专门字段（填字段路径）或指标（填标识）。"
    )]
    pub of: FactRef,
    /// The base period; the previous year when absent (同比).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "基期", description = "比较的基期；不填即为上一年度（同比）。")]
    pub base: Option<Period>,
    /// The base period's value, as printed (2022年为M件).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "上期数",
        description = "原文所印的基期数值，如“2022年为100件”。"
    )]
    pub previous: Option<Quantity>,
    /// Direction of the change (增加/减少, 增长/下降).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "增减方向",
        description = "“增加”“增长”“上升”选增长，“减少”“下降”选下降；增减量和增减幅度共用。"
    )]
    pub direction: Option<Trend>,
    /// The change as a magnitude (同比增加N件, 减少N起); its sign is `direction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "增减量",
        description = "增加或减少的数量（不带正负号），单位与本期数字相同，如“同比减少3起”。"
    )]
    pub change: Option<Quantity>,
    /// The growth rate as a magnitude, in % (同比增长x%, 下降y%); its sign is `direction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "增减幅度",
        description = "同比增长或下降的百分比（不带正负号），单位为 %；= 增减量 ÷ 上期数。"
    )]
    pub growth_rate: Option<Quantity>,
    /// A printed multiple (增长近3倍, 是上年的3倍), unit `倍`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "倍数",
        description = "原文所印倍数，单位填“倍”，如“增长近3倍”填 3、修饰语“近”。"
    )]
    pub multiple: Option<Quantity>,
    /// How the multiple is to be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "倍数读法",
        description = "“是上年的N倍”或“增长N倍”；填了倍数时应填写。"
    )]
    pub multiple_reading: Option<MultipleReading>,
}
