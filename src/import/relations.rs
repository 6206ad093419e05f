//! Relations between the facts of one sentence (事实关系, schema 2.0): "其中" breakdowns
//! with their shares, comparisons with the previous year (同比), before/after pairs,
//! ranges, ratios and targets.
//!
//! Only what the text makes unambiguous is read as a relation: a comparison needs the
//! figure it compares in the same sentence right before it and a base word (同比, 较上年,
//! 比2023年 …); a breakdown member needs "其中" (or "按…分") after its whole and the
//! whole's unit; a share needs the member it belongs to right before it. Anything else
//! stays a keyed indicator, and the log says why.

use super::words::{contains_any, last_end};
use crate::model::{
    BeforeAfter, Breakdown, BreakdownMember, Change, Comparator, Comparison, Completeness, FactRef,
    MultipleReading, Qualifier, Quantity, Trend, Unit,
};

/// Words that name the base period of a comparison.
const BASE_WORDS: &[&str] = &[
    "同比",
    "较上年",
    "比上年",
    "较去年",
    "比去年",
    "上年同期",
    "去年同期",
    "与上年相比",
    "较上一年",
    "比上一年",
    "环比",
    "上年的",
    "去年的",
    "上一年的",
];

/// Words of an increase and of a decrease, longest first within each.
const INCREASE: &[&str] = &["增长", "增加", "上升", "提高", "提升", "增幅", "增"];
const DECREASE: &[&str] = &["下降", "减少", "降低", "缩短", "下滑", "降幅", "减", "降"];

/// Verbs that open a new total rather than a further member of a breakdown.
const NEW_TOTAL: &[&str] = &[
    "共",
    "累计",
    "合计",
    "总计",
    "办结",
    "审结",
    "结案",
    "受理",
    "办理",
    "完成",
    "开展",
    "发现",
    "整改",
    "出动",
    "查处",
    "立案",
    "收到",
    "接到",
    "同比",
    "较上年",
    "比上年",
    "占",
];

/// Words that make a figure of a sentence a target (目标).
pub(crate) const TARGET_WORDS: &[&str] = &["力争", "确保", "目标", "要求"];

/// The clause that ends at the end of `lead`: the text after its last clause boundary.
pub(crate) fn last_clause(lead: &str) -> &str {
    match lead.rfind(['，', ',', '；', ';', '：', ':', '、', '。', '（', '(', '\t']) {
        Some(i) => {
            let c = lead[i..].chars().next().map_or(1, char::len_utf8);
            &lead[i + c..]
        }
        None => lead,
    }
}

/// The direction a clause states, from its last direction word.
pub(crate) fn direction(clause: &str) -> Option<Trend> {
    if clause.contains("持平") {
        return Some(Trend::Flat);
    }
    let last = |words: &[&str]| last_end(clause, words);
    match (last(INCREASE), last(DECREASE)) {
        (Some(a), Some(b)) => Some(if a >= b {
            Trend::Increase
        } else {
            Trend::Decrease
        }),
        (Some(_), None) => Some(Trend::Increase),
        (None, Some(_)) => Some(Trend::Decrease),
        (None, None) => None,
    }
}

/// Whether a clause names the base of a comparison: 同比, 较上年, 比2023年, 2023年为 ….
pub(crate) fn names_base(clause: &str) -> bool {
    if contains_any(clause, BASE_WORDS) {
        return true;
    }
    // 较2023年 / 比2023年 / 2023年为: a year the sentence compares with.
    if !clause.contains('年')
        || !(clause.contains('较') || clause.contains('比') || clause.ends_with("年为"))
    {
        return false;
    }
    let bytes = clause.as_bytes();
    clause
        .match_indices('年')
        .any(|(i, _)| i >= 4 && bytes[i - 4..i].iter().all(u8::is_ascii_digit))
}

/// What the clause before a figure makes of it in a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ComparisonRole {
    /// The previous period's value (上年为100件, 2023年为100件).
    Previous,
    /// The change (增加20件).
    Change(Trend),
    /// The growth rate (增长20%).
    GrowthRate(Trend),
    /// A multiple (是上年的3倍, 增长3倍).
    Multiple(MultipleReading),
}

/// [`comparison_role_based`] with the base found in the clause (for the tests).
#[cfg(test)]
pub(crate) fn comparison_role(
    clause: &str,
    unit: &Unit,
    whole_unit: &Unit,
    continued: bool,
) -> Option<ComparisonRole> {
    comparison_role_based(clause, names_base(clause), unit, whole_unit, continued)
}

/// The role of a figure printed in `unit` after `clause`, compared with a whole in
/// `whole_unit`, for a caller that already knows whether the clause names the base (`base`,
/// as [`names_base`] of the clause gives it); `continued` when the whole already has a
/// comparison in this sentence (同比增加20件、增长20%). `None` when the clause is no
/// comparison or is ambiguous.
pub(crate) fn comparison_role_based(
    clause: &str,
    base: bool,
    unit: &Unit,
    whole_unit: &Unit,
    continued: bool,
) -> Option<ComparisonRole> {
    let trimmed = clause.trim_end_matches(['了', '约', '近', '超', '达']);
    if unit.as_str() == "倍" {
        if (base || continued) && (trimmed.ends_with("的") || trimmed.ends_with('是')) {
            return Some(ComparisonRole::Multiple(MultipleReading::TimesBase));
        }
        if (base || continued) && direction(clause) == Some(Trend::Increase) {
            return Some(ComparisonRole::Multiple(MultipleReading::IncreaseOfBase));
        }
        return None;
    }
    if (trimmed.ends_with("为") || trimmed.ends_with("的"))
        && (clause.contains("上年")
            || clause.contains("去年")
            || clause.contains("上一年")
            || (base && clause.contains('年')))
    {
        return (unit == whole_unit).then_some(ComparisonRole::Previous);
    }
    if !base && !continued {
        return None;
    }
    // Without a base word, only a bare direction word continues the comparison.
    if !base && clause.chars().count() > 4 {
        return None;
    }
    let dir = direction(clause)?;
    if unit.is_percent() {
        // A rate compared in % is ambiguous (percentage points or relative change).
        return (!whole_unit.is_percent()).then_some(ComparisonRole::GrowthRate(dir));
    }
    (unit == whole_unit).then_some(ComparisonRole::Change(dir))
}

/// Sets one role of a comparison; `false` when the role is already filled.
pub(crate) fn fill_comparison(c: &mut Comparison, role: ComparisonRole, q: Quantity) -> bool {
    match role {
        ComparisonRole::Previous if c.previous.is_none() => {
            c.previous = Some(q);
        }
        ComparisonRole::Change(d) if c.change.is_none() && direction_agrees(c, d) => {
            c.change = Some(q);
            c.direction = Some(d);
        }
        ComparisonRole::GrowthRate(d) if c.growth_rate.is_none() && direction_agrees(c, d) => {
            c.growth_rate = Some(q);
            c.direction = Some(d);
        }
        ComparisonRole::Multiple(r) if c.multiple.is_none() => {
            c.multiple = Some(q);
            c.multiple_reading = Some(r);
        }
        _ => return false,
    }
    true
}

fn direction_agrees(c: &Comparison, d: Trend) -> bool {
    c.direction.is_none_or(|x| x == d)
}

/// The field name of a comparison role, for the pointer.
pub(crate) fn role_field(role: ComparisonRole) -> &'static str {
    match role {
        ComparisonRole::Previous => "previous",
        ComparisonRole::Change(_) => "change",
        ComparisonRole::GrowthRate(_) => "growth_rate",
        ComparisonRole::Multiple(_) => "multiple",
    }
}

/// The axis and completeness a breakdown's text states between its whole and its first
/// member: "其中" (partial) or "按…分" (complete). `None` when neither is printed.
pub(crate) fn breakdown_axis(between: &str) -> Option<(String, Completeness)> {
    if let Some(i) = between.find('按') {
        let rest = &between[i..];
        // 按申请事项分：, 按类型分为…; not 按规定分别 or 按时分批.
        if let Some(j) = rest.find('分')
            && rest[..j].chars().count() <= 12
            && matches!(
                rest[j + '分'.len_utf8()..].chars().next(),
                Some('：' | ':' | '，' | ',' | '为')
            )
        {
            let axis = &rest[..j + '分'.len_utf8()];
            return Some((axis.to_owned(), Completeness::Complete));
        }
    }
    between
        .contains("其中")
        .then(|| ("其中".to_owned(), Completeness::Partial))
}

/// Whether the clause before a further figure keeps it in the breakdown: a list (、) or a
/// short clause that opens no new total.
pub(crate) fn continues_breakdown(lead: &str) -> bool {
    let clause = last_clause(lead);
    let list = lead.trim_start().starts_with('、') || lead.contains('、');
    if contains_any(clause, NEW_TOTAL) {
        return false;
    }
    list || clause.chars().count() <= 12
}

/// A member of a breakdown from its label.
pub(crate) fn member(label: &str, fallback: &str, value: Quantity) -> BreakdownMember {
    let label = label.trim_start_matches(['，', '、', '：', ':']).trim();
    let label = if label.is_empty() { fallback } else { label };
    let label: String = label.chars().take(200).collect();
    let other = ["其他", "其余", "其它"]
        .iter()
        .any(|w| label.starts_with(w));
    BreakdownMember::new(label)
        .with_value(value)
        .with_other(other)
}

/// A new breakdown of `of`.
pub(crate) fn breakdown(of: FactRef, axis: String, completeness: Completeness) -> Breakdown {
    Breakdown::new(of, axis, std::iter::empty()).with_completeness(completeness)
}

/// Whether the clause before a percentage makes it the share of the member before it
/// (占比37.5%, 占全部案件的37.5%).
pub(crate) fn is_share(clause: &str) -> bool {
    clause.contains('占')
}

/// A before/after pair: the first figure after 由/从, the second after 压缩至, 提高到 ….
pub(crate) fn before_after(
    lead_first: &str,
    lead_second: &str,
    before: &Quantity,
    after: &Quantity,
) -> Option<BeforeAfter> {
    let first = last_clause(lead_first);
    if !(first.ends_with('由') || first.ends_with('从')) || before.unit() != after.unit() {
        return None;
    }
    let second = lead_second.trim();
    if second.chars().count() > 8 || !(second.ends_with('至') || second.ends_with('到')) {
        return None;
    }
    let change = if [
        "压缩", "缩短", "减少", "精简", "降低", "压减", "下降", "减", "降",
    ]
    .iter()
    .any(|w| second.contains(w))
    {
        Some(Change::Reduced)
    } else if ["提高", "增加", "提升", "扩大", "增长", "增", "升"]
        .iter()
        .any(|w| second.contains(w))
    {
        Some(Change::Raised)
    } else {
        None
    }?;
    Some(BeforeAfter::new(before.clone(), after.clone()).with_change(change))
}

/// The comparator of a target with `clause` right before it (`target_word_before` when the
/// sentence up to the figure holds one of [`TARGET_WORDS`]) and `after` right after the figure, in the plan
/// part when `in_plans`: `None` when the figure is no clear target.
pub(crate) fn target_comparator(
    target_word_before: bool,
    clause: &str,
    after: &str,
    qualifier: Qualifier,
    unit_is_percent: bool,
    in_plans: bool,
) -> Option<Comparator> {
    // In the plan part, a figure with 不少于/不低于/以上/以内 is what the next year is to reach.
    let goal_before = in_plans && !qualifier.is_exact() || target_word_before;
    let goal_after = after.starts_with("的目标") || after.starts_with("目标");
    if !goal_before && !goal_after {
        return None;
    }
    match qualifier {
        Qualifier::AtLeast => Some(Comparator::AtLeast),
        Qualifier::AtMost => Some(Comparator::AtMost),
        Qualifier::MoreThan => Some(Comparator::Above),
        Qualifier::Exact if clause.ends_with("控制在") => Some(Comparator::AtMost),
        // "95%的目标": a rate's target is a floor.
        Qualifier::Exact if goal_after => unit_is_percent.then_some(Comparator::AtLeast),
        Qualifier::Exact
            if ["达到", "达", "提高到", "提升到", "实现"]
                .iter()
                .any(|w| clause.ends_with(w)) =>
        {
            Some(Comparator::Equal)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles() {
        let jian = Unit::new("件").unwrap();
        let pct = Unit::Percent;
        assert_eq!(
            comparison_role("同比增长", &pct, &jian, false),
            Some(ComparisonRole::GrowthRate(Trend::Increase))
        );
        assert_eq!(
            comparison_role("较上年减少", &jian, &jian, false),
            Some(ComparisonRole::Change(Trend::Decrease))
        );
        assert_eq!(
            comparison_role("增长", &pct, &jian, true),
            Some(ComparisonRole::GrowthRate(Trend::Increase))
        );
        assert_eq!(comparison_role("增长", &pct, &jian, false), None);
        assert_eq!(
            comparison_role("2023年为", &jian, &jian, false),
            Some(ComparisonRole::Previous)
        );
        let bei = Unit::new("倍").unwrap();
        assert_eq!(
            comparison_role("是上年的", &bei, &jian, false),
            Some(ComparisonRole::Multiple(MultipleReading::TimesBase))
        );
        assert_eq!(
            comparison_role("同比增长", &bei, &jian, false),
            Some(ComparisonRole::Multiple(MultipleReading::IncreaseOfBase))
        );
        assert_eq!(comparison_role("同比提高", &pct, &pct, false), None);
        assert_eq!(last_clause("办理，其中"), "其中");
    }
}
