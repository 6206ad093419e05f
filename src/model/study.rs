//! Theme 学习贯彻习近平法治思想 and Party leadership: study sessions and materials.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

use super::date::{date_schema, serde_option_date};
use super::{ItemList, Person, Quantity};

/// The form a study session took (学习形式).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[schemars(title = "学习形式", description = "学习活动的形式。")]
pub enum StudyFormat {
    /// 理论学习中心组学习.
    #[schemars(title = "理论学习中心组学习")]
    CentralGroup,
    /// 专题学习/集中学习.
    #[schemars(title = "专题学习/集中学习")]
    Collective,
    /// 专题讲座/授课.
    #[schemars(title = "专题讲座/授课")]
    Lecture,
    /// 培训班.
    #[schemars(title = "培训")]
    Training,
    /// 旁听庭审.
    #[schemars(title = "旁听庭审")]
    TrialObservation,
    /// 会前学法.
    #[schemars(title = "会前学法")]
    PreMeeting,
    /// 法律知识考试.
    #[schemars(title = "法律知识考试")]
    Exam,
    /// Any other form.
    #[schemars(title = "其他", description = "不属于以上形式的学习。")]
    Other,
}

/// One study session, lecture or training (学习活动): "7月27日，在市国动办的统一组织下，
/// 聆听了南开大学法学院副教授王瑞雪同志关于……的授课".
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "学习活动", description = "一次学习、授课、培训或旁听庭审。")]
#[non_exhaustive]
pub struct StudySession {
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
    /// Its form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "学习形式",
        description = "学习的形式，如理论学习中心组学习、专题讲座、旁听庭审。"
    )]
    pub format: Option<StudyFormat>,
    /// Who organised it (市国动办统一组织, 办党组书记).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "组织单位/组织者",
        description = "组织单位或组织者，如“市国动办统一组织”“办党组书记”。",
        length(min = 1, max = 200)
    )]
    pub organizer: Option<String>,
    /// The person who convened or chaired it, when the report names one (组织人/主持人):
    /// "办党组书记刘殿鸿同志组织全办人员进行……专题学习".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "组织人/主持人",
        description = "报告点名的组织或主持学习的人员，如“办党组书记刘殿鸿同志”。"
    )]
    pub convener: Option<Person>,
    /// Who spoke or taught.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "主讲人", description = "主讲人或授课人的姓名、职务和单位。")]
    pub speaker: Option<Person>,
    /// The topic as printed.
    #[schemars(
        title = "学习主题/内容",
        description = "按原文填写学习主题或内容。",
        length(min = 1, max = 500)
    )]
    pub topic: String,
    /// The subjects studied when several are listed (习近平法治思想、党的二十大精神 …等).
    #[serde(default, skip_serializing_if = "ItemList::is_empty")]
    #[schemars(
        title = "学习内容清单",
        description = "原文列举多项学习内容时逐项填写，如“习近平法治思想、党的二十大精神”等。"
    )]
    pub contents: ItemList,
    /// Who attended (全办人员, 领导班子成员).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "参加人员",
        description = "参加人员，如“全办人员”“领导班子成员”。",
        length(min = 1, max = 200)
    )]
    pub audience: Option<String>,
    /// How many attended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "参加人数",
        description = "参加人数，单位通常为“人”“人次”或“名”。"
    )]
    pub participants: Option<Quantity>,
    /// How many times, when it stands for a series (组织学习12次).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "次数",
        description = "代表多次学习时填写，如“开展专题学习12次”。"
    )]
    pub count: Option<Quantity>,
}

impl StudySession {
    /// A session on a topic, with nothing else known (the same as [`StudySession::new`]).
    pub fn on(topic: impl Into<String>) -> StudySession {
        StudySession::new(topic)
    }
}

/// Study material distributed or studied (学习材料): 《习近平法治思想学习纲要》, 人手一本.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "学习材料",
    description = "学习或发放的材料，如《习近平法治思想学习纲要》，及发放情况和数量。"
)]
#[non_exhaustive]
pub struct StudyMaterial {
    /// Title without 书名号.
    #[schemars(
        title = "材料名称",
        description = "不含书名号。",
        length(min = 1, max = 300)
    )]
    pub title: String,
    /// How it was distributed, as printed (人手一本).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "发放情况",
        description = "按原文填写发放情况，如“人手一本”。",
        length(min = 1, max = 200)
    )]
    pub distribution: Option<String>,
    /// Copies distributed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "发放数量", description = "发放的份数或册数。")]
    pub copies: Option<Quantity>,
}
