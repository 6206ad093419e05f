//! The five mandated parts of a report (《法治政府建设与责任落实督察工作规定》 第四章).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{DocumentRef, Section, Year};

/// The five mandated parts, as a code (报告组成部分).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PartKind {
    /// 一、主要举措和成效.
    #[schemars(title = "一、主要举措和成效")]
    Measures,
    /// 二、存在的不足和原因.
    #[schemars(title = "二、存在的不足和原因")]
    Shortcomings,
    /// 三、党政主要负责人履行推进法治建设第一责任人职责.
    #[schemars(title = "三、党政主要负责人履行推进法治建设第一责任人职责")]
    Responsibility,
    /// 四、下一年度主要安排.
    #[schemars(title = "四、下一年度主要安排")]
    Plans,
    /// 五、其他需要报告的情况.
    #[schemars(title = "五、其他需要报告的情况")]
    Other,
}

impl PartKind {
    /// The field name of the part in a [`Report`](super::Report) and on the wire.
    #[must_use]
    pub const fn field(self) -> &'static str {
        match self {
            PartKind::Measures => "measures",
            PartKind::Shortcomings => "shortcomings",
            PartKind::Responsibility => "responsibility",
            PartKind::Plans => "plans",
            PartKind::Other => "other",
        }
    }

    /// The mandated title (without numbering).
    #[must_use]
    pub const fn title_zh(self) -> &'static str {
        match self {
            PartKind::Measures => "主要举措和成效",
            PartKind::Shortcomings => "存在的不足和原因",
            PartKind::Responsibility => "党政主要负责人履行推进法治建设第一责任人职责的有关情况",
            PartKind::Plans => "下一年度推进法治政府建设的主要安排",
            PartKind::Other => "其他需要报告的情况",
        }
    }
}

macro_rules! section_part {
    ($(#[$doc:meta])* $name:ident, $title:literal, $desc:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        #[schemars(title = $title, description = $desc)]
        #[non_exhaustive]
        pub struct $name {
            /// Heading as printed, with its numbering.
            #[schemars(title = "部分标题（原文）", description = "按原文填写，含序号。标题中的年份应与本部分相符。", length(min = 1, max = 200))]
            pub heading: String,
            /// Paragraphs before the first subsection.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            #[schemars(title = "引言段落", description = "第一个小节之前的段落，按原文逐段填写。", length(max = 50), inner(length(min = 1, max = 20000)))]
            pub paragraphs: Vec<String>,
            /// The numbered subsections, in printed order.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            #[schemars(title = "小节", description = "按原文顺序填写各小节。", length(max = 200))]
            pub items: Vec<Section>,
        }

        impl $name {
            /// A part with a heading and subsections.
            pub fn new(heading: impl Into<String>, items: Vec<Section>) -> $name {
                $name {
                    heading: heading.into(),
                    paragraphs: Vec::new(),
                    items,
                }
            }

            /// Whether the part states nothing.
            pub fn is_empty(&self) -> bool {
                self.paragraphs.iter().all(|p| p.trim().is_empty())
                    && self.items.iter().all(Section::is_empty)
            }
        }
    };
}

section_part!(
    /// Part 一: 上一年度推进法治政府建设的主要举措和成效.
    Measures,
    "一、主要举措和成效",
    "上一年度推进法治政府建设的主要举措和成效，按小节填写。"
);

section_part!(
    /// Part 三: 党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况.
    Responsibility,
    "三、第一责任人职责履行情况",
    "党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况。"
);

section_part!(
    /// Part 五: 其他需要报告的情况 (optional).
    OtherMatters,
    "五、其他需要报告的情况",
    "可选。没有需要报告的其他情况时省略本部分。"
);

/// One shortcoming (不足): the problem, details, its cause and the remedy.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "不足", description = "存在的问题、具体表现、原因和改进措施。")]
#[non_exhaustive]
pub struct Shortcoming {
    /// The enumeration marker as printed (一是, （一）, 1.).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "序号（原文）",
        description = "原文的序号，如“一是”“（一）”“1.”。",
        length(min = 1, max = 20)
    )]
    pub marker: Option<String>,
    /// The problem as printed (法治宣传有待加强).
    #[schemars(
        title = "问题",
        description = "按原文填写问题，如“法治宣传有待加强”。",
        length(min = 1, max = 500)
    )]
    pub problem: String,
    /// How it shows, as printed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "具体表现",
        description = "问题的具体表现，按原文逐段填写。",
        length(max = 20),
        inner(length(min = 1, max = 20000))
    )]
    pub details: Vec<String>,
    /// Laws, regulations and documents the item names (《中华人民共和国人民防空法》).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "涉及文件",
        description = "该条不足中点名的法律法规或文件，不含书名号。",
        length(max = 50)
    )]
    pub documents: Vec<DocumentRef>,
    /// Why it arose (原因); the mandated part asks for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "原因",
        description = "法定内容为“存在的不足和原因”，应说明原因。",
        length(min = 1, max = 20000)
    )]
    pub cause: Option<String>,
    /// What will be done about it (整改措施).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = "改进措施",
        description = "按原文填写针对该问题的改进或整改措施。",
        length(min = 1, max = 20000)
    )]
    pub remedy: Option<String>,
    /// The item's paragraphs as printed, marker included; `problem`, `details`, `cause` and
    /// `remedy` are their typed reading.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "原文段落",
        description = "该条不足的原文段落（含“一是”等序号），按原文逐段填写。",
        length(max = 20),
        inner(length(min = 1, max = 20000))
    )]
    pub paragraphs: Vec<String>,
}

/// Part 二: 上一年度推进法治政府建设存在的不足和原因.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "二、存在的不足和原因",
    description = "上一年度推进法治政府建设存在的不足和原因：逐项填写问题、表现、原因和改进措施。"
)]
#[non_exhaustive]
pub struct Shortcomings {
    /// Heading as printed, with its numbering.
    #[schemars(
        title = "部分标题（原文）",
        description = "按原文填写，含序号，如“二、存在的不足和原因”。",
        length(min = 1, max = 200)
    )]
    pub heading: String,
    /// Paragraphs before the first item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "引言段落",
        description = "第一项不足之前的段落，按原文逐段填写。",
        length(max = 50),
        inner(length(min = 1, max = 20000))
    )]
    pub paragraphs: Vec<String>,
    /// The shortcomings, in printed order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "不足",
        description = "存在的不足，按原文顺序逐项填写。",
        length(max = 100)
    )]
    pub items: Vec<Shortcoming>,
}

impl Shortcomings {
    /// Whether the part states nothing.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.paragraphs.iter().all(|p| p.trim().is_empty()) && self.items.is_empty()
    }
}

/// Part 四: 下一年度推进法治政府建设的主要安排.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "四、下一年度主要安排",
    description = "下一年度推进法治政府建设的主要安排：安排年度和逐项安排。"
)]
#[non_exhaustive]
pub struct Plans {
    /// Heading as printed, with its numbering.
    #[schemars(
        title = "部分标题（原文）",
        description = "按原文填写，含序号。标题中的年份应为报告年度的下一年。",
        length(min = 1, max = 200)
    )]
    pub heading: String,
    /// The year planned for, as the report states it (normally the report year + 1).
    #[schemars(
        title = "安排年度",
        description = "按原文所述填写；应为报告年度的下一年。"
    )]
    pub year: Year,
    /// Paragraphs before the first item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "引言段落",
        description = "第一项安排之前的段落，按原文逐段填写。",
        length(max = 50),
        inner(length(min = 1, max = 20000))
    )]
    pub paragraphs: Vec<String>,
    /// The planned items, in printed order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(
        title = "小节",
        description = "下一年度的工作安排，按原文顺序逐项填写。",
        length(max = 200)
    )]
    pub items: Vec<Section>,
}

impl Plans {
    /// Whether the part states nothing.
    pub fn is_empty(&self) -> bool {
        self.paragraphs.iter().all(|p| p.trim().is_empty())
            && self.items.iter().all(Section::is_empty)
    }
}
