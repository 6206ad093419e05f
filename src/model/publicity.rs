//! Theme 普法: legal publicity events and the days they are tied to.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

use super::date::{date_schema, serde_option_date};
use super::{ItemList, Quantity};

/// A commemorative day or period that publicity is tied to (宣传节点).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(
    title = "宣传节点",
    description = "普法宣传所依托的纪念日、宣传日或宣传月。"
)]
pub enum CommemorativeDay {
    /// 全民国家安全教育日, 15 April (国家安全法 第十四条).
    #[schemars(
        title = "全民国家安全教育日（4月15日）",
        description = "每年4月15日（《国家安全法》第十四条）。"
    )]
    NationalSecurityEducationDay,
    /// 全国防灾减灾日, 12 May.
    #[schemars(title = "全国防灾减灾日（5月12日）", description = "每年5月12日。")]
    DisasterPreventionDay,
    /// 全民国防教育日, the third Saturday of September (国防教育法 第十二条).
    #[schemars(
        title = "全民国防教育日（9月第三个星期六）",
        description = "每年9月第三个星期六（《国防教育法》第十二条）。"
    )]
    NationalDefenceEducationDay,
    /// 防空警报试鸣日, set each year by the local government.
    #[schemars(title = "防空警报试鸣日", description = "由当地人民政府每年确定。")]
    AirRaidSirenTestDay,
    /// 国家宪法日, 4 December (and 宪法宣传周 1–7 December).
    #[schemars(
        title = "国家宪法日（12月4日）",
        description = "每年12月4日；12月1日至7日为宪法宣传周。"
    )]
    ConstitutionDay,
    /// 民法典宣传月 (May).
    #[schemars(title = "民法典宣传月（5月）", description = "每年5月。")]
    CivilCodeMonth,
    /// 安全生产月 (June).
    #[schemars(title = "安全生产月（6月）", description = "每年6月。")]
    WorkSafetyMonth,
    /// 全国消防日, 9 November.
    #[schemars(title = "全国消防日（11月9日）", description = "每年11月9日。")]
    FireSafetyDay,
    /// 人民防空创立日 / other days.
    #[schemars(
        title = "其他节点",
        description = "人民防空创立日等其他节点，在原文名称中照录。"
    )]
    Other,
}

/// A day an event is tied to, as printed and as a code (宣传节点): "“5.12”防灾减灾日".
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "宣传节点",
    description = "活动依托的宣传节点：节点代码、原文名称和当年日期，如“5.12”防灾减灾日。"
)]
#[non_exhaustive]
pub struct Occasion {
    /// Which day.
    #[schemars(title = "节点", description = "活动所依托的宣传节点。")]
    pub day: CommemorativeDay,
    /// Its name as printed (“5.12”防灾减灾日).
    #[schemars(
        title = "原文名称",
        description = "按原文填写节点名称，如“5.12”防灾减灾日。",
        length(min = 1, max = 100)
    )]
    pub name: String,
    /// The date it fell on that year, when known (a siren test day is set locally).
    #[serde(
        default,
        with = "serde_option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(
        title = "当年日期",
        description = "格式 YYYY-MM-DD。",
        schema_with = "date_schema"
    )]
    pub date: Option<Date>,
}

/// A legal publicity event or drive (普法宣传活动).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "普法宣传活动",
    description = "一次或一类普法宣传活动：内容、节点、日期、联合单位、对象、人数、方式、主题、场次和资料数。"
)]
#[non_exhaustive]
pub struct PublicityEvent {
    /// What was done, as printed (开展国防动员宣传教育和紧急疏散演练).
    #[schemars(
        title = "活动内容",
        description = "按原文填写活动内容，如“开展国防动员宣传教育和紧急疏散演练”。",
        length(min = 1, max = 500)
    )]
    pub activity: String,
    /// Days it was tied to (以国家安全教育日 …为契机).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "宣传节点",
        description = "活动依托的宣传节点，如“以国家安全教育日为契机”。",
        length(max = 20)
    )]
    pub occasions: Vec<Occasion>,
    /// When it took place.
    #[serde(
        default,
        with = "serde_option_date",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(
        title = "日期",
        description = "格式 YYYY-MM-DD；须在报告年度内。",
        schema_with = "date_schema"
    )]
    pub date: Option<Date>,
    /// Partner organisations (天津市第一轻工业学校).
    #[serde(default, skip_serializing_if = "ItemList::is_empty")]
    #[schemars(
        title = "联合单位",
        description = "联合开展活动的单位，如“天津市第一轻工业学校”。"
    )]
    pub partners: ItemList,
    /// Audience as printed (群众, 在校生, 企业).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "宣传对象",
        description = "宣传对象，如“群众”“在校生”“企业”。",
        length(min = 1, max = 200)
    )]
    pub audience: Option<String>,
    /// Participants or people reached (900余名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "参与/覆盖人数",
        description = "参与或覆盖人数，如“900余名”填 900、修饰语“余/多”。"
    )]
    pub participants: Option<Quantity>,
    /// Methods (发放宣传资料、现场答疑).
    #[serde(default, skip_serializing_if = "ItemList::is_empty")]
    #[schemars(
        title = "宣传方式",
        description = "宣传方式，如“发放宣传资料、现场答疑”。"
    )]
    pub methods: ItemList,
    /// Subjects (国防动员和人民防空知识).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "宣传主题",
        description = "宣传主题，如“国防动员和人民防空知识”。",
        length(min = 1, max = 300)
    )]
    pub topic: Option<String>,
    /// Work it was combined with (结合…两项工作任务).
    #[serde(default, skip_serializing_if = "ItemList::is_empty")]
    #[schemars(title = "结合的工作", description = "活动结合开展的其他工作。")]
    pub combined_with: ItemList,
    /// How many events (开展活动12场).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "场次", description = "活动场次，如“开展活动12场”。")]
    pub count: Option<Quantity>,
    /// Materials handed out (发放资料2000份).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "发放资料数",
        description = "发放的宣传资料数，如“发放资料2000份”。"
    )]
    pub materials: Option<Quantity>,
}
