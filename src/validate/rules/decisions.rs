//! Rules of the `decisions` family: major administrative decisions (重大行政决策), after
//! 《重大行政决策程序暂行条例》 (国务院令第713号, in force 2019-09-01).
//!
//! 合法性审查 (第二十五至二十八条) and 集体讨论决定 (第三十条) are always required; 公众参与
//! (第十四至十八条) is required unless the matter is not to be disclosed, with a public
//! comment period of generally at least 30 days (第十五条). The procedure rules read the
//! decisions reported as done (parts 一, 三 and 五); decisions listed in part 四 are plans,
//! whose procedures lie ahead. Meeting ordinals and comment periods are checked everywhere.

use super::Unit;
use crate::model::{DateRange, MajorDecision, PartKind, Procedure};
use crate::validate::engine::{Cx, Emit};
use crate::validate::support::pointer::Pointer;
use crate::validate::{Rule, Severity};

/// `decisions.legality_review_missing`: the procedures itemised for a decision do not
/// include 合法性审查 (未经合法性审查).
///
/// 第二十五条: a draft that has not passed legality review may not be put to discussion.
///
/// Fails: `"procedures": ["public_participation", "collective_decision"]`.
pub const LEGALITY_REVIEW_MISSING: Rule = Rule {
    code: "decisions.legality_review_missing",
    severity: Severity::Error,
    title_zh: "重大行政决策未列合法性审查",
    title_en: "Major decision without legality review",
    description_zh: "《重大行政决策程序暂行条例》第二十五条：决策草案提交决策机关讨论前，应当由负责合法性审查的部门进行合法性审查，不得以征求意见等方式代替。报告列明已履行程序时，应包括合法性审查。",
    fields: &["/*/items/**/decisions/*/procedures"],
};

fn legality_review_missing(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    procedure_missing(
        cx,
        emit,
        |_, procedures| procedures.contains(&Procedure::LegalityReview),
        |name| {
            (
                format!(
                    "重大行政决策“{name}”所列程序中没有合法性审查：合法性审查是必经程序（条例第二十五条）"
                ),
                format!("major decision \"{name}\" lists no legality review"),
            )
        },
    );
}

/// `decisions.collective_decision_missing`: a decision with itemised procedures was neither
/// listed as collectively decided nor approved by a collective meeting (未经集体讨论决定).
///
/// 第三十条: major decisions are taken after discussion at the government's 常务会议 or
/// 全体会议. A collective meeting in `approvals` (常务会议, 全体会议, 党委会, 党组会, 班子会)
/// counts.
///
/// Fails: `"procedures": ["public_participation", "legality_review"]` and no `approvals`.
pub const COLLECTIVE_DECISION_MISSING: Rule = Rule {
    code: "decisions.collective_decision_missing",
    severity: Severity::Error,
    title_zh: "重大行政决策未经集体讨论决定",
    title_en: "Major decision without collective discussion",
    description_zh: "《重大行政决策程序暂行条例》第三十条：决策草案应当经决策机关常务会议或者全体会议讨论。报告列明已履行程序时，应列明集体讨论决定，或写明审议通过的集体会议。",
    fields: &[
        "/*/items/**/decisions/*/procedures",
        "/*/items/**/decisions/*/approvals",
    ],
};

fn collective_decision_missing(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    procedure_missing(
        cx,
        emit,
        |decision, _| decision.collectively_decided(),
        |name| {
            (
                format!(
                    "重大行政决策“{name}”所列程序中没有集体讨论决定，也未写明审议通过的集体会议（条例第三十条）"
                ),
                format!(
                    "major decision \"{name}\" lists no collective decision and no collective meeting approved it"
                ),
            )
        },
    );
}

/// `decisions.procedures_not_stated`: a decision is reported without saying which statutory
/// procedures it went through (未列明决策程序).
///
/// "严格履行法定程序" says nothing checkable; the report should name them (公众参与、专家论证、
/// 风险评估、合法性审查、集体讨论决定).
///
/// Fails: `"decisions": [{"name": "人民防空工程规划及建设指引（2023-2035）"}]`.
pub const PROCEDURES_NOT_STATED: Rule = Rule {
    code: "decisions.procedures_not_stated",
    severity: Severity::Warning,
    title_zh: "重大行政决策未列明履行的程序",
    title_en: "Major decision without its procedures",
    description_zh: "报告重大行政决策时，应写明履行了哪些法定程序（公众参与、专家论证、风险评估、合法性审查、集体讨论决定），仅写“严格履行法定程序”无法核对。",
    fields: &["/*/items/**/decisions/*"],
};

fn procedures_not_stated(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_decision(cx, |decision, at, part| {
        if part == PartKind::Plans || decision.procedures.is_some() {
            return;
        }
        let name = &decision.name;
        emit.report(at)
            .param("decision", name)
            .param("missing", "procedures")
            .emit(
                format!(
                    "重大行政决策“{name}”未列明履行了哪些法定程序（公众参与、专家论证、风险评估、合法性审查、集体讨论决定）"
                ),
                format!("major decision \"{name}\" does not state its procedures (field `procedures`)"),
            );
    });
}

/// `decisions.public_participation_missing`: the itemised procedures lack 公众参与 and the
/// matter is not marked as exempt (未经公众参与).
///
/// 第十四条: the lead unit shall hear the public, except for matters not to be disclosed
/// (`not_public`).
///
/// Fails: `"procedures": ["legality_review", "collective_decision"]`.
pub const PUBLIC_PARTICIPATION_MISSING: Rule = Rule {
    code: "decisions.public_participation_missing",
    severity: Severity::Warning,
    title_zh: "重大行政决策未列公众参与",
    title_en: "Major decision without public participation",
    description_zh: "《重大行政决策程序暂行条例》第十四条：决策承办单位应当采取便于社会公众参与的方式充分听取意见，依法不予公开的决策事项除外。",
    fields: &[
        "/*/items/**/decisions/*/procedures",
        "/*/items/**/decisions/*/not_public",
    ],
};

fn public_participation_missing(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    procedure_missing(
        cx,
        emit,
        |decision, procedures| {
            decision.not_public || procedures.contains(&Procedure::PublicParticipation)
        },
        |name| {
            (
                format!(
                    "重大行政决策“{name}”所列程序中没有公众参与；依法不予公开的事项请标明“依法不予公开”（条例第十四条）"
                ),
                format!(
                    "major decision \"{name}\" lists no public participation and is not marked not_public"
                ),
            )
        },
    );
}

/// `decisions.comment_period_short`: a public comment period shorter than 30 days with no
/// reason given (征求意见期限不足30日).
///
/// 第十五条: the period is generally at least 30 days; a shorter one must be explained
/// (`shortened_comment_reason`). Both ends count.
///
/// Fails: `"comment_period": {"start": "2023-05-01", "end": "2023-05-20"}`.
pub const COMMENT_PERIOD_SHORT: Rule = Rule {
    code: "decisions.comment_period_short",
    severity: Severity::Warning,
    title_zh: "公开征求意见期限不足30日",
    title_en: "Comment period under 30 days",
    description_zh: "《重大行政决策程序暂行条例》第十五条：公开征求意见的期限一般不少于30日；因情况紧急等原因需要缩短期限的，应当予以说明。",
    fields: &[
        "/*/items/**/decisions/*/comment_period",
        "/*/items/**/decisions/*/shortened_comment_reason",
    ],
};

fn comment_period_short(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_comment_period(cx, |decision, period, days, at| {
        if days >= MIN_COMMENT_DAYS || decision.shortened_comment_reason.is_some() {
            return;
        }
        let name = &decision.name;
        let (start, end) = period_text(period);
        emit.report(at.key("comment_period"))
            .param("days", days)
            .param("min", MIN_COMMENT_DAYS)
            .param("missing", "shortened_comment_reason")
            .emit(
                format!(
                    "重大行政决策“{name}”公开征求意见{start}至{end}共{days}日，不足{MIN_COMMENT_DAYS}日，且未说明缩短期限的理由（条例第十五条）"
                ),
                format!(
                    "the comment period of \"{name}\" lasts {days} days (< {MIN_COMMENT_DAYS}) and gives no reason (field `shortened_comment_reason`)"
                ),
            );
    });
}

/// `decisions.comment_period_reversed`: a comment period ends before it starts
/// (征求意见起止日期颠倒).
///
/// Fails: `"comment_period": {"start": "2023-06-30", "end": "2023-06-01"}`.
pub const COMMENT_PERIOD_REVERSED: Rule = Rule {
    code: "decisions.comment_period_reversed",
    severity: Severity::Error,
    title_zh: "征求意见截止日期早于起始日期",
    title_en: "Comment period ends before it starts",
    description_zh: "公开征求意见期间的截止日期不能早于起始日期。",
    fields: &["/*/items/**/decisions/*/comment_period"],
};

fn comment_period_reversed(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_decision(cx, |decision, at, _| {
        let Some(period) = &decision.comment_period else {
            return;
        };
        if period.days().is_some() {
            return;
        }
        let name = &decision.name;
        let (start, end) = period_text(period);
        let at = at.key("comment_period");
        emit.report(at.key("end"))
            .related(at.key("start"))
            .param("start", &start)
            .param("end", &end)
            .emit(
                format!("重大行政决策“{name}”公开征求意见的截止日期{end}早于起始日期{start}"),
                format!("the comment period of \"{name}\" ends ({end}) before it starts ({start})"),
            );
    });
}

/// `decisions.meeting_ordinal_zero`: a meeting numbered 0 (会议届次为0).
///
/// "第75次常务会议" has ordinal 75; ordinals start at 1.
///
/// Fails: `"approvals": [{"name": "区政府第0次常务会议", "body": "区政府",
/// "kind": "executive_meeting", "ordinal": 0}]`.
pub const MEETING_ORDINAL_ZERO: Rule = Rule {
    code: "decisions.meeting_ordinal_zero",
    severity: Severity::Error,
    title_zh: "会议届次不是正整数",
    title_en: "Meeting ordinal is not positive",
    description_zh: "会议届次（第几次会议）从1开始，应为正整数。",
    fields: &["/*/items/**/decisions/*/approvals/*/ordinal"],
};

fn meeting_ordinal_zero(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_decision(cx, |decision, at, _| {
        for (k, meeting) in decision.approvals.iter().enumerate() {
            if meeting.ordinal != Some(0) {
                continue;
            }
            let at = at.key("approvals").index(k).key("ordinal");
            emit.report(at)
                .param("meeting", &meeting.name)
                .param("ordinal", 0_usize)
                .emit(
                    format!(
                        "会议“{}”的届次为0：届次从1开始，如“第75次”填75",
                        meeting.name
                    ),
                    format!(
                        "meeting \"{}\" has ordinal 0; ordinals start at 1",
                        meeting.name
                    ),
                );
        }
    });
}

/// `decisions.approved_before_comment_closed`: the last meeting that deliberated the
/// decision met before the public comment period closed (征求意见未结束即审议决定).
///
/// 《重大行政决策程序暂行条例》 第十五条 sets the comment period (generally at least 30
/// days) and 第三十条 the collective decision that follows the procedures; a decision
/// taken before the comments are in cannot have weighed them (第十八条 requires the
/// opinions to be studied). The meetings are listed in order, so the last one dated is the
/// one that decided; an earlier meeting may have discussed the draft put out for comment.
/// A warning: the report may list the meetings out of order.
///
/// Fails: `"comment_period": {"start": "2023-06-01", "end": "2023-06-30"}, "approvals":
/// [{"name": "区政府第10次常务会议", "body": "区人民政府", "kind": "executive_meeting",
/// "date": "2023-06-20"}]`.
pub const APPROVED_BEFORE_COMMENT_CLOSED: Rule = Rule {
    code: "decisions.approved_before_comment_closed",
    severity: Severity::Warning,
    title_zh: "征求意见期未满即审议决定",
    title_en: "Decided before the comment period closed",
    description_zh: "重大行政决策应在公开征求意见结束、研究采纳意见后再集体讨论决定（条例第十五条、第十八条、第三十条）：最后一次审议会议的日期不应早于征求意见截止日期。",
    fields: &[
        "/*/items/**/decisions/*/approvals/*/date",
        "/*/items/**/decisions/*/comment_period/end",
    ],
};

fn approved_before_comment_closed(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_comment_period(cx, |decision, period, _, at| {
        let Some((k, date)) = decision
            .approvals
            .iter()
            .enumerate()
            .rev()
            .find_map(|(k, m)| Some((k, m.date?)))
        else {
            return;
        };
        if date >= period.end {
            return;
        }
        let name = &decision.name;
        let (_, end) = period_text(period);
        let met = crate::model::date::format_date(date).as_str().to_owned();
        emit.report(
            at.key("approvals")
                .index(k)
                .key("date"),
        )
        .related(at.key("comment_period").key("end"))
        .param("date", &met)
        .param("comment_end", &end)
        .emit(
            format!(
                "重大行政决策“{name}”的最后一次审议会议（{met}）早于公开征求意见截止日期{end}：应在征求意见结束、研究采纳意见后再集体讨论决定（条例第十八条、第三十条）"
            ),
            format!(
                "major decision \"{name}\" was last deliberated on {met}, before its comment period closed on {end}"
            ),
        );
    });
}

/// The shortest public comment period without a stated reason, in days (第十五条).
pub const MIN_COMMENT_DAYS: i64 = 30;

/// The rules of this family with their checks, in catalogue order.
pub(crate) static UNITS: &[Unit] = &[
    Unit::own(&LEGALITY_REVIEW_MISSING, legality_review_missing),
    Unit::own(&COLLECTIVE_DECISION_MISSING, collective_decision_missing),
    Unit::own(&PROCEDURES_NOT_STATED, procedures_not_stated),
    Unit::own(&PUBLIC_PARTICIPATION_MISSING, public_participation_missing),
    Unit::own(&COMMENT_PERIOD_SHORT, comment_period_short),
    Unit::own(&COMMENT_PERIOD_REVERSED, comment_period_reversed),
    Unit::own(&MEETING_ORDINAL_ZERO, meeting_ordinal_zero),
    Unit::own(
        &APPROVED_BEFORE_COMMENT_CLOSED,
        approved_before_comment_closed,
    ),
];

/// Calls `f` with every major decision of the report, its pointer and its part, in
/// document order.
fn each_decision(cx: &Cx<'_>, mut f: impl FnMut(&MajorDecision, Pointer<'_>, PartKind)) {
    cx.each_section(|located| {
        for (at, decision) in located.each("decisions", &located.section.decisions) {
            f(decision, at, located.part);
        }
    });
}

/// Calls `f` with every decision that gives a comment period in order (a reversed one is
/// `COMMENT_PERIOD_REVERSED`'s), with the period, its length in days and the decision's
/// pointer.
fn each_comment_period(
    cx: &Cx<'_>,
    mut f: impl FnMut(&MajorDecision, &DateRange, i64, Pointer<'_>),
) {
    each_decision(cx, |decision, at, _| {
        if let Some(period) = &decision.comment_period
            && let Some(days) = period.days()
        {
            f(decision, period, days, at);
        }
    });
}

/// Reports every decision reported as done (not in part 四) that itemises its procedures
/// and lacks one: those for which `has` (the decision, its procedures) is false, at its
/// procedures, with the messages `messages` writes from its name (Chinese, English).
fn procedure_missing(
    cx: &Cx<'_>,
    emit: &mut Emit<'_, '_>,
    has: impl Fn(&MajorDecision, &[Procedure]) -> bool,
    messages: impl Fn(&str) -> (String, String),
) {
    each_decision(cx, |decision, at, part| {
        let Some(procedures) = &decision.procedures else {
            return;
        };
        if part == PartKind::Plans || has(decision, procedures) {
            return;
        }
        let (zh, en) = messages(&decision.name);
        emit.report(at.key("procedures"))
            .param("decision", &decision.name)
            .param("procedures", procedures)
            .emit(zh, en);
    });
}

/// The start and end of a comment period as printed.
fn period_text(period: &crate::model::DateRange) -> (String, String) {
    (
        crate::model::date::format_date(period.start)
            .as_str()
            .to_owned(),
        crate::model::date::format_date(period.end)
            .as_str()
            .to_owned(),
    )
}
