//! Rules of the `facts` family: the relations between figures of schema 2.0 (事实关系) —
//! references, breakdowns with their shares, and comparisons with the base period.
//!
//! A relation names its figures by [`FactRef`]; each reference must name a figure of its
//! subsection ([`UNRESOLVED_REFERENCE`]). Figures are compared as the intervals they stand
//! for, as everywhere in the crate: an order that only may fail is reported once under
//! [`figures::POSSIBLY_INCONSISTENT`](super::figures::POSSIBLY_INCONSISTENT), an identity
//! or a printed rate only when no values the figures stand for agree.

use super::Unit;
use crate::model::{
    Breakdown, Comparison, Completeness, Decimal, FactRef, Interval, MultipleReading, Quantity,
    Trend,
};
use crate::validate::engine::{Cx, Emit};
use crate::validate::facts::resolve::{Fact, SectionFacts};
use crate::validate::facts::{
    Arith, Label, Name, SharesSum, Term, Units, difference, hull, one_unit, percent_text,
    percent_unit, percentage, printed_unit, rate_disagrees, title,
};
use crate::validate::support::pointer::Pointer;
use crate::validate::support::sections::Located;
use crate::validate::{Rule, Severity};

/// `facts.unresolved_reference`: a relation names a figure its subsection does not have
/// (引用的数字不存在).
///
/// A reference gives exactly one of `field` (a pointer relative to the subsection, to a
/// figure: `/reconsideration/received`) and `indicator` (the key of an indicator of the
/// subsection). A reference that names nothing would make its relation a silent no-op, so
/// it is reported at the reference.
///
/// Fails: `"breakdowns": [{"of": {"field": "/reconsideration/received"}, …}]` in a
/// subsection without a reconsideration block.
pub const UNRESOLVED_REFERENCE: Rule = Rule {
    code: "facts.unresolved_reference",
    severity: Severity::Error,
    title_zh: "引用的数字不存在",
    title_en: "Reference to a missing figure",
    description_zh: "分类、同比、统计期间、目标等关系中的“引用数字”必须指向本小节中已填写的数字：字段路径或指标标识二者填其一，且该数字存在。",
    fields: &[
        "/*/items/**/breakdowns/*/of",
        "/*/items/**/breakdowns/*/members/*/fact",
        "/*/items/**/comparisons/*/of",
        "/*/items/**/periods/*/of",
        "/*/items/**/figures/*/target/actual_fact",
    ],
};

/// `facts.unit_mismatch`: the figures of one relation are in different units
/// (关系中的数字单位不一致): a breakdown's members and its whole, or a comparison's current
/// value, previous value and change.
///
/// Fails: a whole of `120件` broken down into `70件` and `50起`.
pub const UNIT_MISMATCH: Rule = Rule {
    code: "facts.unit_mismatch",
    severity: Severity::Error,
    title_zh: "关系中的数字单位不一致",
    title_en: "Figures of one relation in different units",
    description_zh: "分类的各分项与总数、同比的本期数与上期数和增减量，必须使用同一量词，否则无法比较。",
    fields: &[
        "/*/items/**/breakdowns/*/members/*/value",
        "/*/items/**/breakdowns/*/members/*/fact",
        "/*/items/**/comparisons/*/previous",
        "/*/items/**/comparisons/*/change",
        "/*/items/**",
    ],
};

/// `facts.breakdown_sum_mismatch`: the members of a complete breakdown do not add up to
/// the whole (完整分类各项之和不等于总数).
///
/// Checked when every member has a figure; reported at the breakdown when no values the
/// (possibly approximate) figures stand for agree.
///
/// Fails: `收到申请100件` broken down completely into `征收类60件`, `登记类30件`.
pub const BREAKDOWN_SUM_MISMATCH: Rule = Rule {
    code: "facts.breakdown_sum_mismatch",
    severity: Severity::Error,
    title_zh: "完整分类各项之和不等于总数",
    title_en: "Members of a complete breakdown do not add up",
    description_zh: "完整分类（如“按申请事项分：征收类a件、登记类b件、其他c件”）的各分项之和应等于总数；带修饰语的数字按其代表的区间比较。",
    fields: &["/*/items/**/breakdowns/*"],
};

/// `facts.breakdown_exceeds_whole`: the members of a breakdown add up to more than the
/// whole (分项之和大于总数).
///
/// For a partial breakdown ("其中") the members listed may not exceed the whole; for a
/// complete one whose members do not all have a figure, the members that do may not
/// either. When the excess is only possible (approximate figures), a
/// `figures.possibly_inconsistent` warning.
///
/// Fails: `立案420件`, 其中 `食品180件`, `特种设备45件`, `价格260件`.
pub const BREAKDOWN_EXCEEDS_WHOLE: Rule = Rule {
    code: "facts.breakdown_exceeds_whole",
    severity: Severity::Error,
    title_zh: "分项之和大于总数",
    title_en: "Members of a breakdown exceed the whole",
    description_zh: "“其中”所列各分项之和不得大于总数。",
    fields: &["/*/items/**/breakdowns/*"],
};

/// `facts.share_mismatch`: a member's printed share disagrees with member ÷ whole
/// (分项占比与数字不符).
///
/// The share may differ from the computed one by one unit of its last printed digit, as
/// every printed rate of the crate.
///
/// Fails: `收到申请100件`, `信息公开类12件`, share `15%`.
pub const SHARE_MISMATCH: Rule = Rule {
    code: "facts.share_mismatch",
    severity: Severity::Error,
    title_zh: "分项占比与数字不符",
    title_en: "A member's share disagrees with its figure",
    description_zh: "分项所印占比应等于 分项数 ÷ 总数 × 100%，允许相差末位数字一个单位。",
    fields: &["/*/items/**/breakdowns/*/members/*/share"],
};

/// `facts.shares_sum_mismatch`: the printed shares of a complete breakdown do not add up
/// to 100 % (完整分类各项占比之和不等于100%).
///
/// Checked only when every member of a complete breakdown prints a share (shares printed
/// for some members only need not add up to anything), and only beyond the rounding of
/// the shares: each stands for half a unit of its last printed digit either side, so seven
/// shares printed to 0.1 % tolerate ±0.35 %. Shares of any breakdown that add up to more
/// than 100 % beyond that rounding are reported too.
///
/// Fails: a complete breakdown with shares `60%` and `45%`.
pub const SHARES_SUM_MISMATCH: Rule = Rule {
    code: "facts.shares_sum_mismatch",
    severity: Severity::Error,
    title_zh: "分类各项占比之和不等于100%",
    title_en: "Shares of a breakdown do not add up to 100 %",
    description_zh: "完整分类的每个分项都印有占比时，各项占比之和应为100%，允许每项末位数字半个单位的舍入误差；任何分类的占比之和都不得超过100%。",
    fields: &["/*/items/**/breakdowns/*"],
};

/// `facts.change_mismatch`: the printed change disagrees with current − previous
/// (增减量与本期、上期数不符).
///
/// With a direction, `增加N` means current = previous + N and `减少N` current = previous − N;
/// without one, either reading may hold.
///
/// Fails: current `120件`, previous `100件`, `"direction": "increase"`, change `30件`.
pub const CHANGE_MISMATCH: Rule = Rule {
    code: "facts.change_mismatch",
    severity: Severity::Error,
    title_zh: "增减量与本期、上期数不符",
    title_en: "Change disagrees with current and previous values",
    description_zh: "同比增加（减少）的数量应等于本期数与上期数之差。",
    fields: &[
        "/*/items/**/comparisons/*/change",
        "/*/items/**/comparisons/*/previous",
    ],
};

/// `facts.direction_contradicts`: the stated direction contradicts the figures
/// (增减方向与数字矛盾): "下降" with a current value above the previous one, "增长" with one
/// below it, "持平" with one that differs.
///
/// Fails: current `120件`, previous `100件`, `"direction": "decrease"`.
pub const DIRECTION_CONTRADICTS: Rule = Rule {
    code: "facts.direction_contradicts",
    severity: Severity::Error,
    title_zh: "增减方向与数字矛盾",
    title_en: "Direction contradicts the figures",
    description_zh: "写“下降”“减少”时本期数应小于上期数，写“增长”“增加”时应大于上期数，写“持平”时应相等。",
    fields: &["/*/items/**/comparisons/*/direction"],
};

/// `facts.growth_rate_mismatch`: the printed growth rate disagrees with change ÷ base
/// (增减幅度与基数不符).
///
/// The base is the printed previous value, or, when it is not printed, the one the current
/// value and the change imply (current − change for an increase, current + change for a
/// decrease); the change is the printed one or current − previous. The rate may differ by
/// one unit of its last printed digit.
///
/// Fails: current `2人`, `减少2人`, `下降40%` (the base is 4人, so 下降50%).
pub const GROWTH_RATE_MISMATCH: Rule = Rule {
    code: "facts.growth_rate_mismatch",
    severity: Severity::Error,
    title_zh: "增减幅度与基数不符",
    title_en: "Growth rate disagrees with its base",
    description_zh: "同比增长（下降）幅度应等于 增减量 ÷ 上期数 × 100%；未印上期数时以本期数和增减量推算上期数。允许相差末位数字一个单位。",
    fields: &["/*/items/**/comparisons/*/growth_rate"],
};

/// `facts.multiple_mismatch`: the printed multiple disagrees with current ÷ base under the
/// recorded reading (倍数与本期、上期数不符).
///
/// "是上年的N倍" (`times_base`): current = N × previous; "增长N倍" (`increase_of_base`):
/// current = (N + 1) × previous. The multiple stands for half a unit of its last printed
/// digit either side (`3倍` for 2.5–3.5); without a recorded reading, the figure is
/// reported only when neither reading fits.
///
/// Fails: current `42件`, previous `14件`, `增长3倍` read as `increase_of_base` (4 × 14 = 56).
pub const MULTIPLE_MISMATCH: Rule = Rule {
    code: "facts.multiple_mismatch",
    severity: Severity::Error,
    title_zh: "倍数与本期、上期数不符",
    title_en: "Multiple disagrees with the figures",
    description_zh: "“是上期的N倍”时本期数 = N × 上期数；“增长N倍”时本期数 = (N+1) × 上期数。倍数按末位半个单位的舍入误差比较。",
    fields: &["/*/items/**/comparisons/*/multiple"],
};

/// `facts.multiple_ambiguous`: a multiple printed as "增长N倍", or without a recorded
/// reading (倍数表述有歧义).
///
/// Chinese style guides read "增长了N倍" as N + 1 times the base, but many drafters mean "是N
/// 倍"; readers take it either way. A warning, so that the drafter writes "是上年的N倍" or
/// "增长N×100%" instead. The param `fits` names the readings under which the figures agree.
///
/// Fails: `"multiple": {"value": 3, "unit": "倍"}, "multiple_reading": "increase_of_base"`.
pub const MULTIPLE_AMBIGUOUS: Rule = Rule {
    code: "facts.multiple_ambiguous",
    severity: Severity::Warning,
    title_zh: "倍数表述有歧义",
    title_en: "Ambiguous multiple",
    description_zh: "“增长N倍”按规范读法为原来的N+1倍，但常被用作“是原来的N倍”，易生歧义；建议写“是上年的N倍”或写出增长百分比。未注明倍数读法的同样提示。",
    fields: &[
        "/*/items/**/comparisons/*/multiple",
        "/*/items/**/comparisons/*/multiple_reading",
    ],
};

/// The rules of this family with their checks, in catalogue order.
pub(crate) static UNITS: &[Unit] = &[
    Unit::own(&UNRESOLVED_REFERENCE, unresolved_reference),
    Unit::own(&UNIT_MISMATCH, unit_mismatch),
    Unit::own(&BREAKDOWN_SUM_MISMATCH, breakdown_sum_mismatch),
    Unit::compares(&BREAKDOWN_EXCEEDS_WHOLE, breakdown_exceeds_whole),
    Unit::compares(&SHARE_MISMATCH, share_mismatch),
    Unit::own(&SHARES_SUM_MISMATCH, shares_sum_mismatch),
    Unit::own(&CHANGE_MISMATCH, change_mismatch),
    Unit::own(&DIRECTION_CONTRADICTS, direction_contradicts),
    Unit::compares(&GROWTH_RATE_MISMATCH, growth_rate_mismatch),
    Unit::own(&MULTIPLE_MISMATCH, multiple_mismatch),
    Unit::own(&MULTIPLE_AMBIGUOUS, multiple_ambiguous),
];

// ---------------------------------------------------------------------------------------
// The checks, one per rule.
// ---------------------------------------------------------------------------------------

fn unresolved_reference(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_relating(cx, |located, facts| {
        let section = located.section;
        for (at, b) in located.each("breakdowns", &section.breakdowns) {
            resolve(emit, facts, &b.of, at.key("of"));
            for (m, member) in b.members.iter().enumerate() {
                if let Some(r) = &member.fact {
                    resolve(emit, facts, r, at.key("members").index(m).key("fact"));
                }
            }
        }
        for (at, c) in located.each("comparisons", &section.comparisons) {
            resolve(emit, facts, &c.of, at.key("of"));
        }
        for (at, p) in located.each("periods", &section.periods) {
            resolve(emit, facts, &p.of, at.key("of"));
        }
        for (at, f) in located.each("figures", &section.figures) {
            if let Some(r) = f.target.as_ref().and_then(|t| t.actual_fact.as_ref()) {
                resolve(emit, facts, r, at.key("target").key("actual_fact"));
            }
        }
    });
}

/// Reports the figures of a breakdown or a comparison in another unit than the first (the
/// whole, the current value), once per field.
fn unit_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut units = Units::new(emit);
    each_relating(cx, |located, facts| {
        each_breakdown_of(located, facts, |bd| {
            let (whole, members) = (bd.whole.term(), bd.members());
            units.same(&with_whole(&whole, &members));
        });
        each_comparison_of(located, facts, |cmp| {
            units.same(&counts(&cmp.terms()));
        });
    });
}

fn breakdown_sum_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_breakdown(cx, |bd| {
        let (whole, members) = (bd.whole.term(), bd.members());
        let present: Vec<&Term<'_>> = members.iter().flatten().collect();
        if bd.complete(&members) && one_unit(&with_whole(&whole, &members), &[]) {
            arith.equals(
                &BREAKDOWN_SUM_MISMATCH,
                Some(bd.at.clone()),
                &present,
                &[&whole],
                &[],
            );
        }
    });
}

fn breakdown_exceeds_whole(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_breakdown(cx, |bd| {
        let (whole, members) = (bd.whole.term(), bd.members());
        let present: Vec<&Term<'_>> = members.iter().flatten().collect();
        if !present.is_empty()
            && !bd.complete(&members)
            && one_unit(&with_whole(&whole, &members), &[])
        {
            arith.at_most_at(
                &BREAKDOWN_EXCEEDS_WHOLE,
                Some(bd.at.clone()),
                &present,
                &[&whole],
                &[],
            );
        }
    });
}

/// Each share against member ÷ whole; also checks the share's unit and range (the kernel's
/// shared rules, on this rule's behalf).
fn share_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_breakdown(cx, |bd| {
        let (whole, members) = (bd.whole.term(), bd.members());
        let same_unit = one_unit(&with_whole(&whole, &members), &[]);
        for (m, share) in bd.shares() {
            if !percentage(arith.sink(), &share) {
                continue;
            }
            if let Some(member) = &members[m]
                && same_unit
            {
                arith.rate_agrees(&SHARE_MISMATCH, &share, &[member], &[&whole], &[]);
            }
        }
    });
}

fn shares_sum_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_breakdown(cx, |bd| {
        let shares: Vec<&Quantity> = bd
            .breakdown
            .members
            .iter()
            .filter_map(|m| m.share.as_ref())
            .collect();
        if shares.iter().any(|q| !q.unit().is_percent()) {
            return;
        }
        let b = bd.breakdown;
        let every = shares.len() == b.members.len();
        shares_sum(
            emit,
            b,
            bd.at.clone(),
            &shares,
            every && b.completeness == Completeness::Complete,
        );
    });
}

fn change_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_comparison(cx, |cmp| {
        let c = cmp.comparison;
        let (cur, previous, change) = cmp.terms();
        let (Some(p), Some(ch)) = (&previous, &change) else {
            return;
        };
        let (cur_i, prev_i, ch_i) = (cur.q.interval(), p.q.interval(), ch.q.interval());
        // An increase: current = previous + change; a decrease: current + change = previous.
        let up = || prev_i.add(&ch_i).map(|r| (cur_i, r));
        let down = || cur_i.add(&ch_i).map(|l| (l, prev_i));
        let fits = |pair: Option<(Interval, Interval)>| pair.is_none_or(|(l, r)| !l.disjoint(&r));
        let ok = match rising(c) {
            Some(true) => fits(up()),
            Some(false) => fits(down()),
            None if c.direction == Some(Trend::Flat) => true,
            None => fits(up()) || fits(down()),
        };
        if ok {
            return;
        }
        let expected = if cur.q.is_exact() && p.q.is_exact() {
            cur.q
                .value()
                .checked_sub(p.q.value())
                .map(|d| format!("（{} − {} = {}）", cur.q, p.q, d))
                .unwrap_or_default()
        } else {
            String::new()
        };
        emit.report(ch.pointer.clone())
            .related(cur.pointer)
            .related(p.pointer.clone())
            .param("current", cur.q.to_string())
            .param("previous", p.q.to_string())
            .param("change", ch.q.to_string())
            .emit(
                format!(
                    "增减量（{}）与{}（{}）和上期数（{}）之差不符{expected}",
                    ch.q, cur.zh, cur.q, p.q
                ),
                format!(
                    "the change ({}) differs from current {} minus previous {}",
                    ch.q, cur.q, p.q
                ),
            );
    });
}

fn direction_contradicts(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_comparison(cx, |cmp| {
        let (cur, previous, _) = cmp.terms();
        if let (Some(p), Some(direction)) = (&previous, cmp.comparison.direction) {
            direction_check(emit, &cur, p, direction, cmp.at.clone());
        }
    });
}

/// Also checks the growth rate's unit (a shared rule of the kernel, on this rule's behalf).
fn growth_rate_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_comparison(cx, |cmp| {
        let c = cmp.comparison;
        let Some(g) = &c.growth_rate else { return };
        let cur = cmp.current.term();
        let growth_ptr = cmp.at.key("growth_rate");
        let term = Term {
            name: Name::Field("growth_rate"),
            zh: Label::Field(title("Comparison", "growth_rate")),
            q: g,
            pointer: growth_ptr.clone(),
        };
        if percent_unit(emit, &term)
            && let (Some(num), Some(den)) = (cmp.derived_change(), cmp.derived_base())
            && rate_disagrees(g, &num, &den) == Some(true)
        {
            growth_finding(emit, c, &cur, &term, &num, &den, growth_ptr);
        }
    });
}

fn multiple_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_comparison(cx, |cmp| {
        let (Some(m), Some(base)) = (&cmp.comparison.multiple, cmp.derived_base()) else {
            return;
        };
        let cur = cmp.current.term();
        multiple_check(emit, cmp.comparison, &cur, m, &base, cmp.at.key("multiple"));
    });
}

fn multiple_ambiguous(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_comparison(cx, |cmp| {
        let c = cmp.comparison;
        let Some(m) = &c.multiple else { return };
        if c.multiple_reading == Some(MultipleReading::TimesBase) {
            return;
        }
        let at = cmp.at.key("multiple");
        match cmp.derived_base() {
            Some(base) => {
                if let Some(readings) = Readings::of(&cmp.current.term(), m, &base) {
                    ambiguous(emit, c, m, at, &readings.fits());
                }
            }
            None => ambiguous(emit, c, m, at, &[]),
        }
    });
}

// ---------------------------------------------------------------------------------------
// What the checks share: the relations of each subsection with their figures resolved.
// ---------------------------------------------------------------------------------------

/// Calls `f` with every subsection that states relations, and its figures.
fn each_relating<'r>(cx: &Cx<'r>, mut f: impl for<'l> FnMut(&'l Located<'r>, &SectionFacts<'l>)) {
    cx.each_section(|located| {
        let section = located.section;
        let has_target_fact = section
            .figures
            .iter()
            .any(|f| f.target.as_ref().is_some_and(|t| t.actual_fact.is_some()));
        if section.breakdowns.is_empty()
            && section.comparisons.is_empty()
            && section.periods.is_empty()
            && !has_target_fact
        {
            return;
        }
        f(located, &SectionFacts::new(section, &located.pointer));
    });
}

/// The figure `reference` names, or a finding at `at` saying why there is none.
fn resolve<'r>(
    emit: &mut Emit<'_, '_>,
    facts: &SectionFacts<'r>,
    reference: &FactRef,
    at: Pointer<'_>,
) -> Option<Fact<'r>> {
    match facts.resolve(reference) {
        Ok(fact) => Some(fact),
        Err(why) => {
            let (zh, en) = why.explain();
            let mut b = emit.report(at);
            if let Some(f) = &reference.field {
                b = b.param("field", f);
            }
            if let Some(i) = &reference.indicator {
                b = b.param("indicator", i);
            }
            b.emit(zh, en);
            None
        }
    }
}

/// A breakdown member's figure: its reference resolved, or its own value.
enum MemberFigure<'r> {
    Fact(Fact<'r>),
    Value(&'r Quantity),
}

/// A breakdown whose whole resolves, with its members' figures.
struct BreakdownFigures<'r> {
    breakdown: &'r Breakdown,
    /// The breakdown's pointer.
    at: Pointer<'r>,
    whole: Fact<'r>,
    /// Each member's figure, if it has one that resolves.
    figures: Vec<Option<MemberFigure<'r>>>,
    /// The label of each member's share (甲占比).
    share_labels: Vec<String>,
}

impl<'r> BreakdownFigures<'r> {
    fn of(facts: &SectionFacts<'r>, breakdown: &'r Breakdown, at: Pointer<'r>) -> Option<Self> {
        let whole = facts.resolve(&breakdown.of).ok()?;
        let figures = breakdown
            .members
            .iter()
            .map(|member| match (&member.fact, &member.value) {
                (Some(r), _) => facts.resolve(r).ok().map(MemberFigure::Fact),
                (None, Some(q)) => Some(MemberFigure::Value(q)),
                (None, None) => None,
            })
            .collect();
        Some(BreakdownFigures {
            breakdown,
            at,
            whole,
            figures,
            share_labels: breakdown
                .members
                .iter()
                .map(|m| format!("{}占比", m.label))
                .collect(),
        })
    }

    /// The pointer of member `m`.
    fn member(&self, m: usize) -> Pointer<'r> {
        self.at.key("members").index(m)
    }

    /// Each member's figure as a term, if it has one.
    fn members(&self) -> Vec<Option<Term<'_>>> {
        self.figures
            .iter()
            .zip(&self.breakdown.members)
            .enumerate()
            .map(|(m, (figure, member))| match figure.as_ref()? {
                MemberFigure::Fact(f) => Some(Term {
                    name: Name::Key(&f.name),
                    zh: Label::Quoted(&member.label),
                    q: f.q,
                    pointer: f.pointer.at(),
                }),
                MemberFigure::Value(q) => Some(Term {
                    name: Name::Key(&member.label),
                    zh: Label::Quoted(&member.label),
                    q,
                    pointer: self.member(m).key("value"),
                }),
            })
            .collect()
    }

    /// Whether the breakdown is complete and every member has a figure: then the members
    /// must add up to the whole, else they may not exceed it.
    fn complete(&self, members: &[Option<Term<'_>>]) -> bool {
        self.breakdown.completeness == Completeness::Complete
            && !members.is_empty()
            && members.iter().all(Option::is_some)
    }

    /// Each printed share with the position of its member.
    fn shares(&self) -> impl Iterator<Item = (usize, Term<'_>)> + '_ {
        self.breakdown
            .members
            .iter()
            .enumerate()
            .filter_map(|(m, member)| {
                Some((
                    m,
                    Term {
                        name: Name::Field("share"),
                        zh: Label::Quoted(&self.share_labels[m]),
                        q: member.share.as_ref()?,
                        pointer: self.member(m).key("share"),
                    },
                ))
            })
    }
}

/// The whole and every member with a figure, in this order (the figures that must share a
/// unit).
fn with_whole<'t, 'a>(whole: &'t Term<'a>, members: &'t [Option<Term<'a>>]) -> Vec<&'t Term<'a>> {
    let mut all = Vec::with_capacity(members.len() + 1);
    all.push(whole);
    all.extend(members.iter().flatten());
    all
}

/// Calls `f` with every breakdown of the subsection whose whole resolves.
fn each_breakdown_of<'l>(
    located: &'l Located<'_>,
    facts: &SectionFacts<'l>,
    mut f: impl FnMut(&BreakdownFigures<'_>),
) {
    for (at, b) in located.each("breakdowns", &located.section.breakdowns) {
        if let Some(bd) = BreakdownFigures::of(facts, b, at) {
            f(&bd);
        }
    }
}

/// Calls `f` with every breakdown of the report whose whole resolves.
fn each_breakdown(cx: &Cx<'_>, mut f: impl FnMut(&BreakdownFigures<'_>)) {
    each_relating(cx, |located, facts| {
        each_breakdown_of(located, facts, &mut f)
    });
}

/// A comparison whose current value resolves.
struct ComparisonFigures<'r> {
    comparison: &'r Comparison,
    /// The comparison's pointer.
    at: Pointer<'r>,
    current: Fact<'r>,
}

impl<'r> ComparisonFigures<'r> {
    fn of(facts: &SectionFacts<'r>, comparison: &'r Comparison, at: Pointer<'r>) -> Option<Self> {
        Some(ComparisonFigures {
            comparison,
            current: facts.resolve(&comparison.of).ok()?,
            at,
        })
    }

    /// The current value, the previous value and the change, as terms.
    fn terms<'t>(&'t self) -> (Term<'t>, Option<Term<'t>>, Option<Term<'t>>) {
        let c = self.comparison;
        let field = |name: &'static str, q: &'r Option<Quantity>| {
            q.as_ref().map(|q| Term {
                name: Name::Field(name),
                zh: Label::Field(title("Comparison", name)),
                q,
                pointer: self.at.key(name),
            })
        };
        (
            self.current.term(),
            field("previous", &c.previous),
            field("change", &c.change),
        )
    }

    /// The base a growth rate or multiple is read against: the previous value, or the one
    /// the current value and the change imply.
    fn derived_base(&self) -> Option<Interval> {
        let c = self.comparison;
        let cur = self.current.q.interval();
        match (&c.previous, &c.change, rising(c)) {
            (Some(p), _, _) => Some(p.interval()),
            (None, Some(ch), Some(true)) => difference(&cur, &ch.interval()),
            (None, Some(ch), Some(false)) => cur.add(&ch.interval()),
            _ => None,
        }
    }

    /// The change: stated, or implied by the current and the previous value.
    fn derived_change(&self) -> Option<Interval> {
        let c = self.comparison;
        let cur = self.current.q.interval();
        match (&c.change, &c.previous, rising(c)) {
            (Some(ch), _, _) => Some(ch.interval()),
            (None, Some(p), Some(true)) => difference(&cur, &p.interval()),
            (None, Some(p), Some(false)) => difference(&p.interval(), &cur),
            _ => None,
        }
    }
}

/// The current value, the previous value and the change that are given.
fn counts<'t, 'a>(terms: &'t (Term<'a>, Option<Term<'a>>, Option<Term<'a>>)) -> Vec<&'t Term<'a>> {
    [Some(&terms.0), terms.1.as_ref(), terms.2.as_ref()]
        .into_iter()
        .flatten()
        .collect()
}

/// Calls `f` with every comparison of the subsection whose current value resolves.
fn each_comparison_of<'l>(
    located: &'l Located<'_>,
    facts: &SectionFacts<'l>,
    mut f: impl FnMut(&ComparisonFigures<'_>),
) {
    for (at, c) in located.each("comparisons", &located.section.comparisons) {
        if let Some(cmp) = ComparisonFigures::of(facts, c, at) {
            f(&cmp);
        }
    }
}

/// Calls `f` with every comparison of the report whose current value resolves and whose
/// figures share one unit (a mismatch is [`UNIT_MISMATCH`]'s finding).
fn each_comparison(cx: &Cx<'_>, mut f: impl FnMut(&ComparisonFigures<'_>)) {
    each_relating(cx, |located, facts| {
        each_comparison_of(located, facts, |cmp| {
            if one_unit(&counts(&cmp.terms()), &[]) {
                f(cmp);
            }
        });
    });
}

/// The shares of one breakdown: above 100 % beyond their rounding is always wrong; below
/// it only when `must_reach` (a complete breakdown with every share printed).
fn shares_sum(
    emit: &mut Emit<'_, '_>,
    b: &Breakdown,
    at: Pointer<'_>,
    shares: &[&Quantity],
    must_reach: bool,
) {
    let Some(sum) = SharesSum::of(shares) else {
        return;
    };
    let over = sum.over();
    if !(over || must_reach && sum.under()) {
        return;
    }
    let shown: Vec<String> = shares.iter().map(|q| q.to_string()).collect();
    let shown = shown.join(" + ");
    let total = if shares.iter().all(|q| q.is_exact()) {
        format!(" = {}%", sum.low)
    } else {
        String::new()
    };
    let tolerance = sum.tolerance;
    emit.report(at)
        .param("shares", &shown)
        .param("tolerance", format!("{tolerance}%"))
        .emit(
            format!(
                "“{}”各分项占比之和（{shown}{total}）{}，超出各项末位舍入误差（±{tolerance}%）",
                b.axis,
                if over { "超过100%" } else { "不足100%" }
            ),
            format!(
                "the shares of breakdown {:?} sum to {shown}{total}, {} 100% beyond the rounding of each share (±{tolerance}%)",
                b.axis,
                if over { "above" } else { "below" }
            ),
        );
}

/// The sign of a comparison: `Some(true)` for an increase, `Some(false)` for a decrease,
/// `None` when flat or not stated.
fn rising(c: &Comparison) -> Option<bool> {
    match c.direction {
        Some(Trend::Increase) => Some(true),
        Some(Trend::Decrease) => Some(false),
        _ => None,
    }
}

fn direction_check(
    emit: &mut Emit<'_, '_>,
    cur: &Term<'_>,
    p: &Term<'_>,
    direction: Trend,
    at: Pointer<'_>,
) {
    let (c_i, p_i) = (cur.q.interval(), p.q.interval());
    let (wrong, zh, en) = match direction {
        Trend::Decrease => (
            c_i.certainly_greater(&p_i),
            "写“下降/减少”，但本期数大于上期数",
            "stated as a decrease, but the current value is above the previous one",
        ),
        Trend::Increase => (
            p_i.certainly_greater(&c_i),
            "写“增长/增加”，但本期数小于上期数",
            "stated as an increase, but the current value is below the previous one",
        ),
        _ => (
            c_i.disjoint(&p_i),
            "写“持平”，但本期数与上期数不同",
            "stated as flat, but the values differ",
        ),
    };
    if !wrong {
        return;
    }
    emit.report(at.key("direction"))
        .related(cur.pointer.clone())
        .related(p.pointer.clone())
        .param("current", cur.q.to_string())
        .param("previous", p.q.to_string())
        .emit(
            format!("{zh}（{}{}，上期{}）", cur.zh, cur.q, p.q),
            format!("{en} ({} vs {})", cur.q, p.q),
        );
}

fn growth_finding(
    emit: &mut Emit<'_, '_>,
    c: &Comparison,
    cur: &Term<'_>,
    growth: &Term<'_>,
    num: &Interval,
    den: &Interval,
    at: Pointer<'_>,
) {
    let computed = percent_text(num, den);
    let base_note = if c.previous.is_some() {
        "上期数"
    } else {
        "由本期数和增减量推算的上期数"
    };
    let (base_lo, _) = hull(den);
    let base_shown = if den.is_exact() {
        format!("{base_lo}{}", cur.q.unit())
    } else {
        format!("{den}")
    };
    let (num_lo, _) = hull(num);
    let num_shown = if num.is_exact() {
        format!("{num_lo}{}", cur.q.unit())
    } else {
        format!("{num}")
    };
    let mut b = emit
        .report(at)
        .related(cur.pointer.clone())
        .param("growth_rate", growth.q.to_string())
        .param("base", &base_shown)
        .param("change", &num_shown);
    if let Some(cp) = &computed {
        b = b.param("computed", cp);
    }
    let computed = computed.map_or_else(String::new, |cp| format!(" = {cp}"));
    b.emit(
        format!(
            "增减幅度（{}）与增减量 ÷ {base_note}（{num_shown} ÷ {base_shown}{computed}）不符",
            growth.q
        ),
        format!(
            "the growth rate ({}) disagrees with change / base ({num_shown} / {base_shown}{computed})",
            growth.q
        ),
    );
}

/// The interval a printed multiple stands for: its own interval widened by half a unit of
/// its last printed digit (`3倍` is 2.5–3.5, `近3倍` 2.5–3).
fn multiple_interval(m: &Quantity) -> Option<(Decimal, Option<Decimal>)> {
    let half = printed_unit(m.value()).checked_mul(Decimal::new(5, 1))?;
    let (lo, hi) = hull(&m.interval());
    let lo = lo.checked_sub(half)?;
    let lo = if lo.is_negative() { Decimal::ZERO } else { lo };
    let hi = match hi {
        Some(h) if m.is_exact() || h > m.value() => Some(h.checked_add(half)?),
        Some(h) => Some(h),
        None => None,
    };
    Some((lo, hi))
}

/// Whether current ∈ factor × base may hold, with factor in [lo, hi].
fn multiple_fits(
    cur: &Interval,
    base: &Interval,
    lo: Decimal,
    hi: Option<Decimal>,
) -> Option<bool> {
    let (c_lo, c_hi) = hull(cur);
    let (b_lo, b_hi) = hull(base);
    // Certainly below: c_hi < lo × b_lo.
    if let Some(c_hi) = c_hi
        && c_hi < lo.checked_mul(b_lo)?
    {
        return Some(false);
    }
    // Certainly above: c_lo > hi × b_hi.
    if let (Some(hi), Some(b_hi)) = (hi, b_hi)
        && c_lo > hi.checked_mul(b_hi)?
    {
        return Some(false);
    }
    Some(true)
}

/// How a printed multiple fits its comparison under each reading: as N times the base
/// (是上期的N倍) and as an increase of N times (增长N倍, N+1 times the base); `None` where
/// the arithmetic overflows.
struct Readings {
    times: Option<bool>,
    plus_one: Option<bool>,
}

impl Readings {
    /// The readings of multiple `m` of current value `cur` against `base`; `None` when the
    /// multiple's interval overflows.
    fn of(cur: &Term<'_>, m: &Quantity, base: &Interval) -> Option<Readings> {
        let (lo, hi) = multiple_interval(m)?;
        let cur_i = cur.q.interval();
        let plus_one = (|| {
            let lo1 = lo.checked_add(Decimal::from_integer(1))?;
            let hi1 = match hi {
                Some(h) => Some(h.checked_add(Decimal::from_integer(1))?),
                None => None,
            };
            multiple_fits(&cur_i, base, lo1, hi1)
        })();
        Some(Readings {
            times: multiple_fits(&cur_i, base, lo, hi),
            plus_one,
        })
    }

    /// The readings the figures fit (the param `fits`).
    fn fits(&self) -> Vec<&'static str> {
        let mut fits = Vec::new();
        if self.times == Some(true) {
            fits.push("times_base");
        }
        if self.plus_one == Some(true) {
            fits.push("increase_of_base");
        }
        fits
    }
}

fn multiple_check(
    emit: &mut Emit<'_, '_>,
    c: &Comparison,
    cur: &Term<'_>,
    m: &Quantity,
    base: &Interval,
    at: Pointer<'_>,
) {
    let Some(readings) = Readings::of(cur, m, base) else {
        return;
    };
    let (times, plus_one) = (readings.times, readings.plus_one);
    let fits = readings.fits();
    let wrong = match c.multiple_reading {
        Some(MultipleReading::TimesBase) => times == Some(false),
        Some(MultipleReading::IncreaseOfBase) => plus_one == Some(false),
        _ => times == Some(false) && plus_one == Some(false),
    };
    if !wrong {
        return;
    }
    let (reading_zh, reading_en) = match c.multiple_reading {
        Some(MultipleReading::TimesBase) => ("按“是上期的N倍”读法", "read as N times the base"),
        Some(MultipleReading::IncreaseOfBase) => (
            "按“增长N倍”（本期为上期的N+1倍）读法",
            "read as an increase of N times the base",
        ),
        _ => ("按任一读法", "under either reading"),
    };
    let other = match (c.multiple_reading, times, plus_one) {
        (Some(MultipleReading::IncreaseOfBase), Some(true), _) => "；按“是上期的N倍”读法则相符",
        (Some(MultipleReading::TimesBase), _, Some(true)) => "；按“增长N倍”读法则相符",
        _ => "",
    };
    let (b_lo, _) = hull(base);
    let base_shown = if base.is_exact() {
        format!("{b_lo}{}", cur.q.unit())
    } else {
        format!("{base}")
    };
    emit.report(at)
        .related(cur.pointer.clone())
        .param("multiple", m.to_string())
        .param("current", cur.q.to_string())
        .param("base", &base_shown)
        .param("fits", &fits)
        .emit(
            format!(
                "{reading_zh}，倍数（{m}）与{}（{}）÷ 上期数（{base_shown}）不符{other}",
                cur.zh, cur.q
            ),
            format!(
                "{reading_en}, the multiple ({m}) disagrees with {} / {base_shown}",
                cur.q
            ),
        );
}

fn ambiguous(
    emit: &mut Emit<'_, '_>,
    c: &Comparison,
    m: &Quantity,
    at: Pointer<'_>,
    fits: &[&str],
) {
    let (zh, en) = if c.multiple_reading == Some(MultipleReading::IncreaseOfBase) {
        (
            format!(
                "“增长{m}”有歧义：规范读法为原来的N+1倍，也常被理解为原来的N倍，建议写“是上年的N倍”或写出增长百分比"
            ),
            format!(
                "\"增长{m}\" is ambiguous (N+1 times or N times the base); write 是上年的N倍 or a percentage"
            ),
        )
    } else {
        (
            format!("倍数（{m}）未注明读法：“是上期的N倍”还是“增长N倍”（原来的N+1倍）"),
            format!("the multiple ({m}) has no recorded reading"),
        )
    };
    emit.report(at)
        .param("multiple", m.to_string())
        .param("fits", fits)
        .emit(zh, en);
}
