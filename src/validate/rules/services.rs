//! Rules of the `services` family: government services and approvals (政务服务/行政审批)
//! and the 好差评 evaluations of them.
//!
//! Field names in messages are the schema's titles of the fields, the labels a drafter
//! sees in the form (as for every rule: see the kernel's `term`).

use crate::Report;
use crate::model::{ApprovalItem, GovernmentServices, ServiceEvaluations};
use crate::validate::engine::ptr;
use crate::validate::facts::{Arith, Term, term};
use crate::validate::walk::Walked;
use crate::validate::{Options, Rule, Severity, Sink};

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
    description_zh: "按时办结数不得多于办件数，网上办理数不得多于办理数，好评与差评之和不得多于评价总数，差评整改数不得多于差评数。",
    fields: &[
        "/*/items/**/government_services/completed_on_time",
        "/*/items/**/government_services/items/*/handled_online",
        "/*/items/**/evaluations/positive",
        "/*/items/**/evaluations/negative_rectified",
    ],
};

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

/// The rules of this family, in catalogue order.
pub(crate) static RULES: &[&Rule] = &[
    &UNIT_MISMATCH,
    &COUNT_EXCEEDS_TOTAL,
    &RATE_MISMATCH,
    &COMMITTED_EXCEEDS_STATUTORY,
];

pub(crate) fn check(
    _report: &Report,
    walked: &Walked<'_>,
    _options: &Options,
    sink: &mut Sink<'_>,
) {
    let mut arith = Arith::new(sink, &UNIT_MISMATCH);
    for located in walked.sections() {
        let base = located.pointer.as_str();
        if let Some(g) = &located.section.government_services {
            let at = format!("{base}{}", ptr!["government_services"]);
            services(&mut arith, g, &at);
            for (j, item) in g.items.iter().enumerate() {
                approval_item(&mut arith, item, &format!("{at}{}", ptr!["items", j]));
            }
        }
        if let Some(e) = &located.section.evaluations {
            evaluations(&mut arith, e, &format!("{base}{}", ptr!["evaluations"]));
        }
    }
}

fn services(arith: &mut Arith<'_, '_>, g: &GovernmentServices, base: &str) {
    const DEF: &str = "GovernmentServices";
    let handled = term(base, DEF, "handled", g.handled.as_ref());
    let on_time = term(base, DEF, "completed_on_time", g.completed_on_time.as_ref());
    if let (Some(h), Some(o)) = (&handled, &on_time) {
        // The whole first: a part in another unit is the one reported.
        arith.same_unit(&[h, o]);
        arith.at_most(&COUNT_EXCEEDS_TOTAL, &[o], &[h], &[]);
    }
    if let Some(rate) = term(base, DEF, "on_time_rate", g.on_time_rate.as_ref()) {
        match (&on_time, &handled) {
            (Some(o), Some(h)) => arith.rate(&RATE_MISMATCH, &rate, &[o], &[h], &[]),
            _ => arith.rate(&RATE_MISMATCH, &rate, &[], &[], &[]),
        }
    }
    if let Some(rate) = term(base, DEF, "online_rate", g.online_rate.as_ref()) {
        arith.rate(&RATE_MISMATCH, &rate, &[], &[], &[]);
    }
}

fn approval_item(arith: &mut Arith<'_, '_>, item: &ApprovalItem, base: &str) {
    const DEF: &str = "ApprovalItem";
    let handled = term(base, DEF, "handled", item.handled.as_ref());
    let online = term(base, DEF, "handled_online", item.handled_online.as_ref());
    if let (Some(h), Some(o)) = (&handled, &online) {
        arith.same_unit(&[h, o]);
        arith.at_most(&COUNT_EXCEEDS_TOTAL, &[o], &[h], &[]);
    }
    let statutory = term(base, DEF, "statutory_time", item.statutory_time.as_ref());
    let committed = term(base, DEF, "committed_time", item.committed_time.as_ref());
    if let (Some(s), Some(c)) = (&statutory, &committed) {
        arith.same_unit(&[s, c]);
        arith.at_most(&COMMITTED_EXCEEDS_STATUTORY, &[c], &[s], &[]);
    }
}

fn evaluations(arith: &mut Arith<'_, '_>, e: &ServiceEvaluations, base: &str) {
    const DEF: &str = "ServiceEvaluations";
    let received = term(base, DEF, "received", e.received.as_ref());
    let positive = term(base, DEF, "positive", e.positive.as_ref());
    let negative = term(base, DEF, "negative", e.negative.as_ref());
    let rectified = term(
        base,
        DEF,
        "negative_rectified",
        e.negative_rectified.as_ref(),
    );
    if let Some(r) = &received {
        let parts: Vec<&Term<'_>> = [&positive, &negative].into_iter().flatten().collect();
        let mut all = vec![r];
        all.extend(parts.iter().copied());
        arith.same_unit(&all);
        if !parts.is_empty() {
            arith.at_most(&COUNT_EXCEEDS_TOTAL, &parts, &[r], &[]);
        }
    }
    if let (Some(n), Some(x)) = (&negative, &rectified) {
        arith.same_unit(&[n, x]);
        arith.at_most(&COUNT_EXCEEDS_TOTAL, &[x], &[n], &[]);
    }
    if let Some(rate) = term(base, DEF, "positive_rate", e.positive_rate.as_ref()) {
        match (&positive, &received) {
            (Some(p), Some(r)) => arith.rate(&RATE_MISMATCH, &rate, &[p], &[r], &[]),
            _ => arith.rate(&RATE_MISMATCH, &rate, &[], &[], &[]),
        }
    }
    if let Some(rate) = term(
        base,
        DEF,
        "rectification_rate",
        e.rectification_rate.as_ref(),
    ) {
        match (&rectified, &negative) {
            (Some(x), Some(n)) => arith.rate(&RATE_MISMATCH, &rate, &[x], &[n], &[]),
            _ => arith.rate(&RATE_MISMATCH, &rate, &[], &[], &[]),
        }
    }
}
