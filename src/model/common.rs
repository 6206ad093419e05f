//! Building blocks shared by every part: lists with totals, people, meetings, cited
//! documents, generic indicators and stocks.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

use super::date::{date_schema, serde_option_date};
use super::{Quantity, Unit};

pub(crate) fn is_false(b: &bool) -> bool {
    !*b
}

/// A list of named things as printed, with whether it is complete and the total stated
/// beside it (列举及合计): "琴海公寓、晨悦大厦、海达名园、华泰小区等共计17处" is four
/// items, not exhaustive (等), total 17处.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "列举清单",
    description = "原文列举的名称，是否完整列举（无“等”字），以及原文所述合计数。"
)]
#[non_exhaustive]
pub struct ItemList {
    /// The named items in printed order.
    #[schemars(
        title = "列举项",
        description = "按原文顺序逐项填写名称。",
        length(max = 500),
        inner(length(min = 1, max = 200))
    )]
    pub items: Vec<String>,
    /// Whether the items are all there is (no 等): then their number must equal `total`.
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(
        title = "完整列举",
        description = "原文是否完整列举、无“等”字。完整列举时，列举项数应等于合计数。"
    )]
    pub exhaustive: bool,
    /// The total stated beside the list (共计17处).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "合计", description = "原文所述总数，如“共计17处”。")]
    pub total: Option<Quantity>,
}

impl ItemList {
    /// A list of the given items, not exhaustive, without total.
    pub fn of<I, S>(items: I) -> ItemList
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        ItemList {
            items: items.into_iter().map(Into::into).collect(),
            exhaustive: false,
            total: None,
        }
    }

    /// Whether the list states nothing: no item, no total, and no claim to be complete.
    ///
    /// An optional list is left out of the JSON when it is empty, so a list that names no
    /// item but is marked `exhaustive` (“none at all”) is not empty: it must survive a round
    /// trip.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && !self.exhaustive && self.total.is_none()
    }
}

/// A person named in a report (人员): name, position and affiliation as printed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "人员", description = "报告中点名的人员。")]
#[non_exhaustive]
pub struct Person {
    /// Name as printed (张正民).
    #[schemars(
        title = "姓名",
        description = "按原文填写姓名，如“张正民”。",
        length(min = 1, max = 50)
    )]
    pub name: String,
    /// Position or title (法官, 副教授, 党组书记).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "职务/职称",
        description = "职务或职称，如“法官”“副教授”“党组书记”。",
        length(min = 1, max = 100)
    )]
    pub position: Option<String>,
    /// Organisation the person belongs to (和平区人民法院行政庭).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "所在单位",
        description = "人员所在单位，如“和平区人民法院行政庭”。",
        length(min = 1, max = 200)
    )]
    pub affiliation: Option<String>,
}

/// The kind of a meeting (会议类型).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "会议类型",
    description = "会议的种类；政府常务会议、全体会议、党委（常委）会议、党组会议和领导班子会议属于集体讨论决定。"
)]
pub enum MeetingKind {
    /// 政府常务会议.
    #[schemars(title = "政府常务会议")]
    ExecutiveMeeting,
    /// 政府全体会议.
    #[schemars(title = "政府全体会议")]
    PlenaryMeeting,
    /// 党委（常委）会议.
    #[schemars(title = "党委（常委）会议")]
    PartyCommittee,
    /// 党组会议.
    #[schemars(title = "党组会议")]
    PartyGroup,
    /// 领导班子会议 / 办公会议.
    #[schemars(title = "领导班子会议/办公会议")]
    Leadership,
    /// Any other meeting.
    #[schemars(
        title = "其他会议",
        description = "不属于以上类型的会议，不计为集体讨论决定。"
    )]
    Other,
}

impl MeetingKind {
    /// Whether a decision taken at such a meeting counts as collective discussion
    /// (集体讨论决定) under 《重大行政决策程序暂行条例》 第三十条.
    #[must_use]
    pub fn is_collective_discussion(self) -> bool {
        matches!(
            self,
            MeetingKind::ExecutiveMeeting
                | MeetingKind::PlenaryMeeting
                | MeetingKind::PartyCommittee
                | MeetingKind::PartyGroup
                | MeetingKind::Leadership
        )
    }
}

/// A meeting that discussed or approved something (会议): "区政府第75次政府常务会议".
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "会议",
    description = "审议或决定事项的会议，如“区政府第75次政府常务会议”。"
)]
#[non_exhaustive]
pub struct Meeting {
    /// The meeting's name as printed.
    #[schemars(
        title = "会议名称（原文）",
        description = "按原文填写会议名称，如“区政府第75次政府常务会议”。",
        length(min = 1, max = 200)
    )]
    pub name: String,
    /// The body that held it (区政府, 区委).
    #[schemars(
        title = "召开机关",
        description = "召开会议的机关，如“区政府”“区委”。",
        length(min = 1, max = 100)
    )]
    pub body: String,
    /// What kind of meeting it was.
    #[schemars(
        title = "会议类型",
        description = "政府常务会议、全体会议、党委（常委）会议、党组会议等；决定集体讨论是否履行。"
    )]
    pub kind: MeetingKind,
    /// Its ordinal (第75次 → 75); must be positive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "会议届次",
        description = "第几次会议，正整数，如“第75次”填 75。"
    )]
    pub ordinal: Option<u32>,
    /// When it was held.
    #[serde(
        default,
        with = "serde_option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(
        title = "会议日期",
        description = "格式 YYYY-MM-DD。",
        schema_with = "date_schema"
    )]
    pub date: Option<Date>,
}

/// A law, regulation, notice or other document cited by a report (引用文件).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "引用文件",
    description = "报告引用或依据的法律法规、规范性文件、通知等。"
)]
#[non_exhaustive]
pub struct DocumentRef {
    /// Title as printed, without 书名号 (关于实行国家机关“谁执法谁普法”普法责任制的意见).
    #[schemars(
        title = "文件名称",
        description = "按原文填写，不含书名号。",
        length(min = 1, max = 300)
    )]
    pub title: String,
    /// Issuer(s) as printed (中办、国办).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "发文机关",
        description = "按原文填写发文机关，可为多个，如“中办、国办”。",
        length(min = 1, max = 200)
    )]
    pub issuer: Option<String>,
    /// Document number (文号), e.g. 厅字〔2019〕28号.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "文号",
        description = "文件的发文字号，如“厅字〔2019〕28号”。",
        length(min = 1, max = 100)
    )]
    pub number: Option<String>,
}

impl DocumentRef {
    /// A document cited by title only.
    pub fn titled(title: impl Into<String>) -> DocumentRef {
        DocumentRef {
            title: title.into(),
            issuer: None,
            number: None,
        }
    }
}

/// What an indicator measures, which decides the checks that apply to it (指标类别).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "指标类别",
    description = "指标计量的对象，决定适用的检查：比率、占比须在 0–100% 之间。"
)]
pub enum IndicatorKind {
    /// A count of things or events (数量).
    #[schemars(title = "数量", description = "事项或事件的个数，如件数、人次。")]
    Count,
    /// An amount of money, area or time (金额/面积/时长).
    #[schemars(title = "金额/面积/时长", description = "金额、面积或时长。")]
    Amount,
    /// A rate within 0–100 % (比率: 整改率, 出庭率).
    #[schemars(
        title = "比率（0–100%）",
        description = "如整改率、出庭率，须在 0–100% 之间。"
    )]
    Rate,
    /// A share of a whole within 0–100 % (占比); shares of one whole sum to 100 %.
    #[schemars(
        title = "占比（0–100%）",
        description = "部分占整体的比例，须在 0–100% 之间；同一整体的各占比之和为 100%。"
    )]
    Share,
    /// A change against a base (同比/环比增减); may exceed 100 %.
    #[schemars(
        title = "增减幅度（同比/环比）",
        description = "同比或环比的增减幅度，可超过 100%；方向填在“增减方向”。"
    )]
    Growth,
}

/// The direction of a change (增减方向).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(title = "增减方向", description = "数字变化的方向：增长、下降或持平。")]
pub enum Trend {
    /// 增长/上升/提高.
    #[schemars(title = "增长/上升")]
    Increase,
    /// 下降/减少/缩短.
    #[schemars(title = "下降/减少")]
    Decrease,
    /// 持平.
    #[schemars(title = "持平")]
    Flat,
}

/// The counts a stated rate is computed from (比率的分子分母), by indicator key.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "比率依据",
    description = "该比率由哪两个指标计算：分子指标与分母指标的标识。"
)]
#[non_exhaustive]
pub struct RateBasis {
    /// Key of the numerator indicator in the same section.
    #[schemars(
        title = "分子指标标识",
        description = "作为分子的指标的标识（同一小节内）。",
        length(min = 1, max = 64)
    )]
    pub numerator: String,
    /// Key of the denominator indicator in the same section.
    #[schemars(
        title = "分母指标标识",
        description = "作为分母的指标的标识（同一小节内）。",
        length(min = 1, max = 64)
    )]
    pub denominator: String,
}

/// A named figure that has no dedicated field (指标): "通过‘多规合一’平台答复意见共计39份".
///
/// Indicators of one section can refer to each other by `key`: `part_of` makes one a part
/// of another (part ≤ whole, same unit; with `sum_of_parts` on the whole, parts add up to
/// it), and `rate_of` states which counts a rate is computed from.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "指标",
    description = "没有专门字段的数字，如“通过‘多规合一’平台答复意见39份”。"
)]
#[non_exhaustive]
pub struct Indicator {
    /// Identifier for references from other indicators of the same section (snake_case).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "指标标识",
        description = "本节内唯一的英文标识（小写字母、数字、下划线），供其他指标引用。",
        length(min = 1, max = 64),
        regex(pattern = "^[a-z][a-z0-9_]*$")
    )]
    pub key: Option<String>,
    /// What is counted, as printed (出具建设项目结合民用建筑修建防空地下室意见书).
    #[schemars(
        title = "指标名称",
        description = "按原文填写所计数的事项。",
        length(min = 1, max = 300)
    )]
    pub label: String,
    /// The figure.
    #[schemars(
        title = "数值",
        description = "该指标的数字、单位和修饰语，按原文照录。"
    )]
    pub value: Quantity,
    /// What the figure measures; decides the range checks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "指标类别",
        description = "比率、占比须在 0–100% 之间；增减幅度可超过 100%。"
    )]
    pub kind: Option<IndicatorKind>,
    /// Direction of a change (for growth figures: 同比下降12%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "增减方向",
        description = "数字表示增减时的方向，如“同比下降12%”选“下降”。"
    )]
    pub trend: Option<Trend>,
    /// Key of the indicator this one is a part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "所属总数指标",
        description = "本指标是哪个指标的组成部分（填其标识）；部分不得大于总数，单位须一致。",
        length(min = 1, max = 64)
    )]
    pub part_of: Option<String>,
    /// Whether the indicators that are `part_of` this one add up to it exactly.
    #[serde(default, skip_serializing_if = "is_false")]
    #[schemars(
        title = "分项合计等于总数",
        description = "勾选后，所有以本指标为总数的分项之和应等于本指标。"
    )]
    pub sum_of_parts: bool,
    /// The counts this rate is computed from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "比率依据",
        description = "比率由本节哪两个指标计算：填写分子、分母指标的标识。"
    )]
    pub rate_of: Option<RateBasis>,
    /// The period or scope the figure covers, as printed (今年以来, 截至11月).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "统计口径/期间",
        description = "数字的统计期间或口径，如“今年以来”“截至11月”。",
        length(min = 1, max = 200)
    )]
    pub period: Option<String>,
}

impl Indicator {
    /// An indicator with a label and a value, nothing else.
    pub fn new(label: impl Into<String>, value: Quantity) -> Indicator {
        Indicator {
            key: None,
            label: label.into(),
            value,
            kind: None,
            trend: None,
            part_of: None,
            sum_of_parts: false,
            rate_of: None,
            period: None,
        }
    }

    /// Whether the figure is a rate or share that must lie within 0–100 %.
    #[must_use]
    pub fn is_bounded_percentage(&self) -> bool {
        *self.value.unit() == Unit::Percent && !matches!(self.kind, Some(IndicatorKind::Growth))
    }
}

/// A stock that changes over the year (存量变动): 期末 = 期初 + 新增 − 减少, e.g. normative
/// documents in force or certified enforcement officers.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "存量变动",
    description = "期初、新增、减少、期末四个数，应满足 期末 = 期初 + 新增 − 减少。"
)]
#[non_exhaustive]
pub struct Stock {
    /// What is held, as printed (现行有效规范性文件, 持证执法人员).
    #[schemars(
        title = "名称",
        description = "按原文填写存量名称，如“现行有效规范性文件”“持证执法人员”。",
        length(min = 1, max = 200)
    )]
    pub label: String,
    /// At the start of the year (期初/上年末).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "期初数", description = "年初（上年末）数量。")]
    pub opening: Option<Quantity>,
    /// Added during the year (新增/制发).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "本期新增",
        description = "年内新增或制发的数量；单位须与期初数一致。"
    )]
    pub added: Option<Quantity>,
    /// Removed during the year (减少/废止/注销).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "本期减少",
        description = "年内减少、废止或注销的数量；单位须与期初数一致。"
    )]
    pub removed: Option<Quantity>,
    /// At the end of the year (期末/现行有效).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "期末数",
        description = "年末（期末）数量；应等于 期初 + 新增 − 减少。"
    )]
    pub closing: Option<Quantity>,
}
