//! Rules of the `services` family: government services and approvals (政务服务/行政审批)
//! and the 好差评 evaluations of them.
//!
//! Field names in messages are the schema's titles of the fields, the labels a drafter
//! sees in the form (as for every rule: see the kernel's `term`).

use super::Unit;
use crate::model::{ApprovalItem, GovernmentServices, ServiceEvaluations};
use crate::validate::engine::{Cx, Emit};
use crate::validate::facts::{Arith, Term, Units, block_terms};
use crate::validate::{Rule, Severity};

/// `services.unit_mismatch`: counts of one block that are compared are in different units
/// (政务服务数字单位不一致): handled and completed on time, evaluations received, good and
/// bad, an item's handled and handled online, its statutory and committed time.
///
/// Fails: `"handled": {"value": 1200, "unit": "件"}, "completed_on_time": {"value": 1200,
/// "unit": "次"}`.
pub const UNIT_MISMATCH: Rule = Rule {
    code: "services.unit_mismatch",
    severity: Severity::Error,
    title_zh: "政务服务数字单位不一致",
    title_en: "Government service figures in different units",
    description_zh: "同一政务服务或好差评数据块中相互比较的数字（办件数与按时办结数、评价总数与好评差评数、法定时限与承诺时限等）必须使用同一单位。",
    fields: &[
        "/*/items/**/government_services/*",
        "/*/items/**/government_services/items/*/*",
        "/*/items/**/evaluations/*",
    ],
};

fn unit_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut units = Units::new(emit);
    each_block(cx, |block| match block {
        // The whole first: a part in another unit is the one reported.
        Block::Services(g) => {
            if let (Some(h), Some(o)) = (&g.handled, &g.on_time) {
                units.same(&[h, o]);
            }
        }
        Block::Item(i) => {
            if let (Some(h), Some(o)) = (&i.handled, &i.online) {
                units.same(&[h, o]);
            }
            if let (Some(s), Some(c)) = (&i.statutory, &i.committed) {
                units.same(&[s, c]);
            }
        }
        Block::Evaluations(e) => {
            if let Some(r) = &e.received {
                let mut all = vec![r];
                all.extend([&e.positive, &e.negative].into_iter().flatten());
                units.same(&all);
            }
            if let (Some(n), Some(x)) = (&e.negative, &e.rectified) {
                units.same(&[n, x]);
            }
            if let (Some(n), Some(v)) = (&e.negative, &e.verified) {
                units.same(&[n, v]);
            }
        }
    });
}

/// `services.count_exceeds_total`: a part is larger than its whole (政务服务数字部分大于总数):
/// completed on time above handled, handled online above handled, good and bad evaluations
/// together above those received, bad evaluations rectified above the bad ones.
///
/// Fails: `"received": {"value": 5600, "unit": "条"}, "positive": {"value": 5592, "unit":
/// "条"}, "negative": {"value": 10, "unit": "条"}`.
pub const COUNT_EXCEEDS_TOTAL: Rule = Rule {
    code: "services.count_exceeds_total",
    severity: Severity::Error,
    title_zh: "政务服务数字部分大于总数",
    title_en: "A part exceeds its whole",
    description_zh: "按时办结数不得多于办件数，网上办理数不得多于办理数，好评与差评之和不得多于评价总数，差评核实数、差评整改数不得多于差评数。",
    fields: &[
        "/*/items/**/government_services/completed_on_time",
        "/*/items/**/government_services/items/*/handled_online",
        "/*/items/**/evaluations/positive",
        "/*/items/**/evaluations/negative_verified",
        "/*/items/**/evaluations/negative_rectified",
    ],
};

fn count_exceeds_total(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_block(cx, |block| match block {
        Block::Services(g) => {
            if let (Some(h), Some(o)) = (&g.handled, &g.on_time) {
                arith.at_most(&COUNT_EXCEEDS_TOTAL, &[o], &[h], &[]);
            }
        }
        Block::Item(i) => {
            if let (Some(h), Some(o)) = (&i.handled, &i.online) {
                arith.at_most(&COUNT_EXCEEDS_TOTAL, &[o], &[h], &[]);
            }
        }
        Block::Evaluations(e) => {
            if let Some(r) = &e.received {
                let parts: Vec<&Term<'_>> =
                    [&e.positive, &e.negative].into_iter().flatten().collect();
                if !parts.is_empty() {
                    arith.at_most(&COUNT_EXCEEDS_TOTAL, &parts, &[r], &[]);
                }
            }
            if let (Some(n), Some(x)) = (&e.negative, &e.rectified) {
                arith.at_most(&COUNT_EXCEEDS_TOTAL, &[x], &[n], &[]);
            }
            if let (Some(n), Some(v)) = (&e.negative, &e.verified) {
                arith.at_most(&COUNT_EXCEEDS_TOTAL, &[v], &[n], &[]);
            }
        }
    });
}

/// `services.rate_mismatch`: a stated rate disagrees with its counts (政务服务比率与数字不符):
/// 按时办结率 = 按时办结 ÷ 办件, 好评率 = 好评 ÷ 评价总数, 差评整改率 = 差评整改 ÷ 差评.
///
/// The rate may differ from the computed one by one unit of its last printed digit; a
/// stated 100 % requires equal counts.
///
/// Fails: `"received": 5600条, "positive": 5592条, "positive_rate": 99.5 %` (5592 ÷ 5600 =
/// 99.86 %).
pub const RATE_MISMATCH: Rule = Rule {
    code: "services.rate_mismatch",
    severity: Severity::Error,
    title_zh: "政务服务比率与数字不符",
    title_en: "Government service rate disagrees with its counts",
    description_zh: "按时办结率应等于 按时办结数 ÷ 办件数，好评率应等于 好评数 ÷ 评价总数，差评整改率应等于 差评整改数 ÷ 差评数，允许相差末位数字一个单位。",
    fields: &[
        "/*/items/**/government_services/on_time_rate",
        "/*/items/**/evaluations/positive_rate",
        "/*/items/**/evaluations/rectification_rate",
    ],
};

/// Also checks each rate's unit and range (the kernel's shared rules, on this rule's
/// behalf).
fn rate_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    let mut rate = |rate: &Option<Term<'_>>, num: &Option<Term<'_>>, den: &Option<Term<'_>>| {
        let Some(rate) = rate else { return };
        match (num, den) {
            (Some(n), Some(d)) => arith.rate(&RATE_MISMATCH, rate, &[n], &[d], &[]),
            _ => arith.rate(&RATE_MISMATCH, rate, &[], &[], &[]),
        }
    };
    each_block(cx, |block| match block {
        Block::Services(g) => {
            rate(&g.on_time_rate, &g.on_time, &g.handled);
            rate(&g.online_rate, &None, &None);
        }
        Block::Item(_) => {}
        Block::Evaluations(e) => {
            rate(&e.positive_rate, &e.positive, &e.received);
            rate(&e.rectification_rate, &e.rectified, &e.negative);
        }
    });
}

/// `services.committed_exceeds_statutory`: an item's committed processing time is longer
/// than its statutory time limit (承诺时限长于法定时限).
///
/// A 承诺时限 is a promise to decide sooner than the law requires; one longer than the
/// 法定时限 is a typing error or an unlawful promise.
///
/// Fails: `"statutory_time": 20 个工作日, "committed_time": 25 个工作日`.
pub const COMMITTED_EXCEEDS_STATUTORY: Rule = Rule {
    code: "services.committed_exceeds_statutory",
    severity: Severity::Error,
    title_zh: "承诺时限长于法定时限",
    title_en: "Committed time longer than the statutory limit",
    description_zh: "政务服务事项的承诺办结时限应不长于法定办结时限。",
    fields: &[
        "/*/items/**/government_services/items/*/committed_time",
        "/*/items/**/government_services/items/*/statutory_time",
    ],
};

fn committed_exceeds_statutory(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_block(cx, |block| {
        if let Block::Item(i) = block
            && let (Some(s), Some(c)) = (&i.statutory, &i.committed)
        {
            arith.at_most(&COMMITTED_EXCEEDS_STATUTORY, &[c], &[s], &[]);
        }
    });
}

/// The rules of this family with their checks, in catalogue order.
pub(crate) static UNITS: &[Unit] = &[
    Unit::own(&UNIT_MISMATCH, unit_mismatch),
    Unit::compares(&COUNT_EXCEEDS_TOTAL, count_exceeds_total),
    Unit::compares(&RATE_MISMATCH, rate_mismatch),
    Unit::compares(&COMMITTED_EXCEEDS_STATUTORY, committed_exceeds_statutory),
];

/// The figures of one block of the family, as terms.
// Built on the stack for one visit and passed by reference, never stored or moved.
#[allow(clippy::large_enum_variant)]
enum Block<'a> {
    Services(ServicesTerms<'a>),
    Item(ItemTerms<'a>),
    Evaluations(EvaluationTerms<'a>),
}

block_terms! {
    /// The figures of a government services block, as terms.
    ServicesTerms of GovernmentServices as "GovernmentServices" {
        handled: handled,
        on_time: completed_on_time,
        on_time_rate: on_time_rate,
        online_rate: online_rate,
    }
}

block_terms! {
    /// The figures of one approval item, as terms.
    ItemTerms of ApprovalItem as "ApprovalItem" {
        handled: handled,
        online: handled_online,
        statutory: statutory_time,
        committed: committed_time,
    }
}

block_terms! {
    /// The figures of a service evaluations block, as terms.
    EvaluationTerms of ServiceEvaluations as "ServiceEvaluations" {
        received: received,
        positive: positive,
        negative: negative,
        verified: negative_verified,
        rectified: negative_rectified,
        positive_rate: positive_rate,
        rectification_rate: rectification_rate,
    }
}

/// Calls `f` with every block of the family in document order: a subsection's government
/// services, then its approval items, then its evaluations.
fn each_block(cx: &Cx<'_>, mut f: impl FnMut(&Block<'_>)) {
    cx.each_section(|located| {
        if let Some((at, g)) =
            located.one("government_services", &located.section.government_services)
        {
            f(&Block::Services(ServicesTerms::of(g, at.clone())));
            for (j, item) in g.items.iter().enumerate() {
                let at = at.key("items").index(j);
                f(&Block::Item(ItemTerms::of(item, at)));
            }
        }
        if let Some((at, e)) = located.one("evaluations", &located.section.evaluations) {
            f(&Block::Evaluations(EvaluationTerms::of(e, at)));
        }
    });
}
