//! Rules of the `disputes` family: administrative reconsideration (行政复议), litigation
//! (行政应诉), petitions and mediation (信访与调解).
//!
//! Approximate figures are compared as the intervals they stand for (see the
//! [`figures`](super::figures) family). A carry-over from the previous year (上年结转) that
//! is not given counts as zero: a report that concludes more cases than it received must
//! say where the others came from.

use crate::Report;
use crate::model::{Decimal, Litigation, Petitions, Quantity, Reconsideration};
use crate::validate::facts::{Arith, Label, Loc, Name, Term, term};
use crate::validate::{Options, Rule, Severity, Sink, ptr};

/// `disputes.unit_mismatch`: dispute figures that must be compared are in different units
/// (复议应诉数据计量单位不一致).
///
/// Fails: reconsideration `"accepted": {"value": 5, "unit": "件"}, "concluded": {"value": 5, "unit": "次"}`.
pub const UNIT_MISMATCH: Rule = Rule {
    code: "disputes.unit_mismatch",
    severity: Severity::Error,
    title_zh: "复议应诉数据计量单位不一致",
    title_en: "Dispute figures in different units",
    description_zh: "行政复议、行政应诉、信访调解中需要相互比较的件数必须使用同一量词（如都用“件”）。",
    fields: &[
        "/*/items/*/reconsideration",
        "/*/items/*/litigation",
        "/*/items/*/petitions",
    ],
};

/// `disputes.reconsideration_concluded_exceeds_intake`: more reconsideration cases
/// concluded than accepted this year and carried over (审结数多于受理数与上年结转数之和).
///
/// Fails: `"accepted": {"value": 5, "unit": "件"}, "concluded": {"value": 6, "unit": "件"}`
/// (no carry-over stated).
pub const RECONSIDERATION_CONCLUDED_EXCEEDS_INTAKE: Rule = Rule {
    code: "disputes.reconsideration_concluded_exceeds_intake",
    severity: Severity::Error,
    title_zh: "复议审结数多于受理数与上年结转数之和",
    title_en: "More reconsideration cases concluded than accepted and carried over",
    description_zh: "行政复议审结数不得多于本年受理数与上年结转数之和；未填写上年结转数的按0计。",
    fields: &[
        "/*/items/*/reconsideration/concluded",
        "/*/items/*/reconsideration/accepted",
        "/*/items/*/reconsideration/carried_over",
    ],
};

/// `disputes.reconsideration_intake_exceeds_received`: accepted plus not accepted exceeds
/// the applications received (受理与不予受理之和多于收到申请数).
///
/// Fails: received 5件, accepted 4件, rejected 2件.
pub const RECONSIDERATION_INTAKE_EXCEEDS_RECEIVED: Rule = Rule {
    code: "disputes.reconsideration_intake_exceeds_received",
    severity: Severity::Error,
    title_zh: "受理与不予受理之和多于收到申请数",
    title_en: "Accepted plus rejected exceeds applications received",
    description_zh: "行政复议受理数与不予受理数之和不得多于收到的申请数。",
    fields: &[
        "/*/items/*/reconsideration/received",
        "/*/items/*/reconsideration/accepted",
        "/*/items/*/reconsideration/rejected",
    ],
};

/// `disputes.reconsideration_outcomes_mismatch`: the outcomes do not add up to the cases
/// concluded (审结结果之和不等于审结数).
///
/// The outcomes are the complete breakdown of `concluded`; an absent outcome counts as
/// zero.
///
/// Fails: concluded 10件, outcomes upheld 6件 and corrected 2件.
pub const RECONSIDERATION_OUTCOMES_MISMATCH: Rule = Rule {
    code: "disputes.reconsideration_outcomes_mismatch",
    severity: Severity::Error,
    title_zh: "复议审结结果之和不等于审结数",
    title_en: "Reconsideration outcomes do not add up to cases concluded",
    description_zh: "维持、驳回、纠错、调解/和解、终止、其他各项之和应等于审结数（未填项按0计）。",
    fields: &[
        "/*/items/*/reconsideration/concluded",
        "/*/items/*/reconsideration/outcomes",
    ],
};

/// `disputes.litigation_lost_exceeds_concluded`: more cases lost than concluded
/// (败诉数多于审结数).
///
/// Fails: `"concluded": {"value": 3, "unit": "件"}, "lost": {"value": 4, "unit": "件"}`.
pub const LITIGATION_LOST_EXCEEDS_CONCLUDED: Rule = Rule {
    code: "disputes.litigation_lost_exceeds_concluded",
    severity: Severity::Error,
    title_zh: "败诉数多于审结数",
    title_en: "More cases lost than concluded",
    description_zh: "行政应诉败诉案件数不得多于审结案件数。",
    fields: &[
        "/*/items/*/litigation/lost",
        "/*/items/*/litigation/concluded",
    ],
};

/// `disputes.litigation_concluded_exceeds_intake`: more lawsuits concluded than received
/// and carried over (应诉审结数多于收案数与上年结转数之和).
///
/// Fails: received 3件, concluded 5件, no carry-over stated.
pub const LITIGATION_CONCLUDED_EXCEEDS_INTAKE: Rule = Rule {
    code: "disputes.litigation_concluded_exceeds_intake",
    severity: Severity::Error,
    title_zh: "应诉审结数多于收案数与上年结转数之和",
    title_en: "More lawsuits concluded than received and carried over",
    description_zh: "行政应诉审结数只有在有上年结转案件时才可能多于本年收案数；未填写上年结转数的按0计。",
    fields: &[
        "/*/items/*/litigation/concluded",
        "/*/items/*/litigation/received",
        "/*/items/*/litigation/carried_over",
    ],
};

/// `disputes.appearances_exceed_hearings`: the head appeared in court more often than
/// there were hearings (负责人出庭数多于开庭数).
///
/// Fails: `"hearings": {"value": 3, "unit": "件"}, "head_appearances": {"value": 4, "unit": "件"}`.
pub const APPEARANCES_EXCEED_HEARINGS: Rule = Rule {
    code: "disputes.appearances_exceed_hearings",
    severity: Severity::Error,
    title_zh: "负责人出庭应诉数多于开庭审理数",
    title_en: "More head appearances than hearings",
    description_zh: "行政机关负责人出庭应诉的案件数不得多于开庭审理（应出庭）的案件数（《行政诉讼法》第三条第三款）。",
    fields: &[
        "/*/items/*/litigation/head_appearances",
        "/*/items/*/litigation/hearings",
    ],
};

/// `disputes.petitions_resolved_exceeds_intake`: more petitions resolved than received and
/// carried over (办结数多于受理数与上年结转数之和).
///
/// Fails: received 10件, resolved 12件, no carry-over stated.
pub const PETITIONS_RESOLVED_EXCEEDS_INTAKE: Rule = Rule {
    code: "disputes.petitions_resolved_exceeds_intake",
    severity: Severity::Error,
    title_zh: "信访办结数多于受理数与上年结转数之和",
    title_en: "More petitions resolved than received and carried over",
    description_zh: "信访、热线诉求的办结/化解数不得多于受理数与上年结转数之和；未填写上年结转数的按0计。",
    fields: &[
        "/*/items/*/petitions/resolved",
        "/*/items/*/petitions/received",
        "/*/items/*/petitions/carried_over",
    ],
};

/// `disputes.mediated_exceeds_mediations`: more successful mediations than mediations
/// (调解成功数多于调解数).
///
/// Fails: `"mediations": {"value": 5, "unit": "件"}, "mediated_successfully": {"value": 6, "unit": "件"}`.
pub const MEDIATED_EXCEEDS_MEDIATIONS: Rule = Rule {
    code: "disputes.mediated_exceeds_mediations",
    severity: Severity::Error,
    title_zh: "调解成功数多于调解数",
    title_en: "More successful mediations than mediations",
    description_zh: "调解成功的件数不得多于开展调解的件数。",
    fields: &[
        "/*/items/*/petitions/mediated_successfully",
        "/*/items/*/petitions/mediations",
    ],
};

/// `disputes.rate_mismatch`: a stated rate disagrees with its counts (比率与件数不符): 纠错率
/// = 纠错 ÷ 审结, 败诉率 = 败诉 ÷ 审结, 出庭应诉率 = 负责人出庭 ÷ 开庭审理, 办结率 = 办结 ÷
/// (受理 + 上年结转).
///
/// The stated rate may differ by one unit of its last printed digit; a stated `100%`
/// requires equal counts ("出庭应诉率100%" ⇒ 出庭 = 应出庭). A warning, not an error: these
/// rates are published under differing definitions (司法部's 2023 纠错率 of 12.83 % is
/// computed over the cases decided on the merits, not all 29.3万 concluded), so a mismatch
/// may be a different denominator rather than a wrong figure.
///
/// Fails: litigation concluded 10件, lost 1件, `"loss_rate": {"value": 20, "unit": "%"}`.
pub const RATE_MISMATCH: Rule = Rule {
    code: "disputes.rate_mismatch",
    severity: Severity::Warning,
    title_zh: "复议应诉比率与件数不符",
    title_en: "Dispute rate disagrees with its counts",
    description_zh: "纠错率 = 纠错数 ÷ 审结数；败诉率 = 败诉数 ÷ 审结数；负责人出庭应诉率 = 出庭数 ÷ 开庭审理数；办结率 = 办结数 ÷（受理数 + 上年结转数）。允许相差末位数字一个单位，声称100%时两数必须相等。各地口径可能不同，故为警告。",
    fields: &[
        "/*/items/*/reconsideration/correction_rate",
        "/*/items/*/litigation/loss_rate",
        "/*/items/*/litigation/appearance_rate",
        "/*/items/*/petitions/resolution_rate",
    ],
};

/// The rules of this family, in catalogue order.
pub(crate) static RULES: &[&Rule] = &[
    &UNIT_MISMATCH,
    &RECONSIDERATION_CONCLUDED_EXCEEDS_INTAKE,
    &RECONSIDERATION_INTAKE_EXCEEDS_RECEIVED,
    &RECONSIDERATION_OUTCOMES_MISMATCH,
    &LITIGATION_LOST_EXCEEDS_CONCLUDED,
    &LITIGATION_CONCLUDED_EXCEEDS_INTAKE,
    &APPEARANCES_EXCEED_HEARINGS,
    &PETITIONS_RESOLVED_EXCEEDS_INTAKE,
    &MEDIATED_EXCEEDS_MEDIATIONS,
    &RATE_MISMATCH,
];

pub(crate) fn check(
    report: &Report,
    _walked: &crate::validate::walk::Walked<'_>,
    _options: &Options,
    sink: &mut Sink<'_>,
) {
    let mut arith = Arith::new(sink, &UNIT_MISMATCH);
    for (part, items) in report.section_parts() {
        for (i, section) in items.iter().enumerate() {
            let base = ptr![part.field(), "items", i];
            if let Some(r) = &section.reconsideration {
                reconsideration(&mut arith, r, &format!("{base}{}", ptr!["reconsideration"]));
            }
            if let Some(l) = &section.litigation {
                litigation(&mut arith, l, &format!("{base}{}", ptr!["litigation"]));
            }
            if let Some(p) = &section.petitions {
                petitions(&mut arith, p, &format!("{base}{}", ptr!["petitions"]));
            }
        }
    }
}

const CARRIED_OVER: (&str, &str) = ("carried_over", "上年结转数");

fn present<'t, 'a>(terms: &[&'t Option<Term<'a>>]) -> Vec<&'t Term<'a>> {
    terms.iter().filter_map(|t| t.as_ref()).collect()
}

fn reconsideration(arith: &mut Arith<'_, '_>, r: &Reconsideration, base: &str) {
    let received = term(base, "received", "收到申请数", r.received.as_ref());
    let accepted = term(base, "accepted", "受理数", r.accepted.as_ref());
    let rejected = term(base, "rejected", "不予受理数", r.rejected.as_ref());
    let carried = term(base, "carried_over", "上年结转数", r.carried_over.as_ref());
    let concluded = term(base, "concluded", "审结数", r.concluded.as_ref());
    let pending = term(base, "pending", "尚未审结数", r.pending.as_ref());
    let outcomes_ptr = format!("{base}/outcomes");
    let outcomes: Vec<Term<'_>> = r
        .outcomes
        .iter()
        .flat_map(|o| o.fields())
        .filter_map(|(name, q)| term(&outcomes_ptr, name, outcome_zh(name), q))
        .collect();
    let mut counts = present(&[
        &received, &accepted, &rejected, &carried, &concluded, &pending,
    ]);
    counts.extend(outcomes.iter());
    arith.same_unit(&counts);
    if let (Some(c), Some(_)) = (&concluded, &accepted) {
        let absent: &[(&str, &str)] = if carried.is_none() {
            &[CARRIED_OVER]
        } else {
            &[]
        };
        arith.at_most(
            &RECONSIDERATION_CONCLUDED_EXCEEDS_INTAKE,
            &[c],
            &present(&[&accepted, &carried]),
            absent,
        );
    }
    if let Some(rec) = &received {
        let intake = present(&[&accepted, &rejected]);
        if !intake.is_empty() {
            arith.at_most(
                &RECONSIDERATION_INTAKE_EXCEEDS_RECEIVED,
                &intake,
                &[rec],
                &[],
            );
        }
    }
    let outcome_refs: Vec<&Term<'_>> = outcomes.iter().collect();
    if let (Some(c), Some(_)) = (&concluded, &r.outcomes)
        && !outcome_refs.is_empty()
    {
        arith.equals(
            &RECONSIDERATION_OUTCOMES_MISMATCH,
            Some(&outcomes_ptr),
            &[c],
            &outcome_refs,
            &[],
        );
    }
    if let Some(rate) = term(
        base,
        "correction_rate",
        "纠错率",
        r.correction_rate.as_ref(),
    ) {
        // With the outcomes given, an absent `corrected` is zero.
        let zero = concluded
            .as_ref()
            .and_then(|c| Quantity::new(Decimal::ZERO, c.q.unit().clone()).ok());
        let corrected = match (
            &r.outcomes,
            outcomes.iter().find(|t| t.name.is("corrected")),
        ) {
            (_, Some(t)) => Some(Term {
                name: Name::Field("corrected"),
                zh: Label::Field("纠错数"),
                q: t.q,
                pointer: t.pointer,
            }),
            (Some(_), None) => zero.as_ref().map(|z| Term {
                name: Name::Field("corrected"),
                zh: Label::Field("纠错数"),
                q: z,
                pointer: Loc::at(&outcomes_ptr),
            }),
            (None, None) => None,
        };
        match (&corrected, &concluded) {
            (Some(n), Some(d)) => {
                let absent: &[(&str, &str)] = if n.pointer.to_string() == outcomes_ptr {
                    &[("outcomes/corrected", "纠错数")]
                } else {
                    &[]
                };
                arith.rate(&RATE_MISMATCH, &rate, &[n], &[d], absent);
            }
            _ => arith.rate(&RATE_MISMATCH, &rate, &[], &[], &[]),
        }
    }
}

fn outcome_zh(name: &str) -> &'static str {
    match name {
        "upheld" => "维持数",
        "dismissed" => "驳回数",
        "corrected" => "纠错数",
        "mediated" => "调解/和解数",
        "terminated" => "终止数",
        _ => "其他结果数",
    }
}

fn litigation(arith: &mut Arith<'_, '_>, l: &Litigation, base: &str) {
    let received = term(base, "received", "收案数", l.received.as_ref());
    let carried = term(base, "carried_over", "上年结转数", l.carried_over.as_ref());
    let concluded = term(base, "concluded", "审结数", l.concluded.as_ref());
    let lost = term(base, "lost", "败诉数", l.lost.as_ref());
    let withdrawn = term(base, "withdrawn", "调撤数", l.withdrawn.as_ref());
    let hearings = term(base, "hearings", "开庭审理数", l.hearings.as_ref());
    let heads = term(
        base,
        "head_appearances",
        "负责人出庭应诉数",
        l.head_appearances.as_ref(),
    );
    let cases = arith.same_unit(&present(&[
        &received, &carried, &concluded, &lost, &withdrawn,
    ]));
    let court = arith.same_unit(&present(&[&hearings, &heads]));
    if cases {
        if let (Some(x), Some(c)) = (&lost, &concluded) {
            arith.at_most(&LITIGATION_LOST_EXCEEDS_CONCLUDED, &[x], &[c], &[]);
        }
        if let (Some(c), Some(_)) = (&concluded, &received) {
            let absent: &[(&str, &str)] = if carried.is_none() {
                &[CARRIED_OVER]
            } else {
                &[]
            };
            arith.at_most(
                &LITIGATION_CONCLUDED_EXCEEDS_INTAKE,
                &[c],
                &present(&[&received, &carried]),
                absent,
            );
        }
    }
    if court && let (Some(h), Some(n)) = (&heads, &hearings) {
        arith.at_most(&APPEARANCES_EXCEED_HEARINGS, &[h], &[n], &[]);
    }
    if let Some(rate) = term(base, "loss_rate", "败诉率", l.loss_rate.as_ref()) {
        match (&lost, &concluded) {
            (Some(n), Some(d)) if cases => arith.rate(&RATE_MISMATCH, &rate, &[n], &[d], &[]),
            _ => arith.rate(&RATE_MISMATCH, &rate, &[], &[], &[]),
        }
    }
    if let Some(rate) = term(
        base,
        "appearance_rate",
        "负责人出庭应诉率",
        l.appearance_rate.as_ref(),
    ) {
        match (&heads, &hearings) {
            (Some(n), Some(d)) if court => arith.rate(&RATE_MISMATCH, &rate, &[n], &[d], &[]),
            _ => arith.rate(&RATE_MISMATCH, &rate, &[], &[], &[]),
        }
    }
}

fn petitions(arith: &mut Arith<'_, '_>, p: &Petitions, base: &str) {
    let received = term(base, "received", "受理数", p.received.as_ref());
    let carried = term(base, "carried_over", "上年结转数", p.carried_over.as_ref());
    let resolved = term(base, "resolved", "办结/化解数", p.resolved.as_ref());
    let mediations = term(base, "mediations", "调解数", p.mediations.as_ref());
    let successes = term(
        base,
        "mediated_successfully",
        "调解成功数",
        p.mediated_successfully.as_ref(),
    );
    let cases = arith.same_unit(&present(&[&received, &carried, &resolved]));
    let mediation = arith.same_unit(&present(&[&mediations, &successes]));
    let absent: &[(&str, &str)] = if carried.is_none() {
        &[CARRIED_OVER]
    } else {
        &[]
    };
    let intake = present(&[&received, &carried]);
    if cases && let (Some(r), Some(_)) = (&resolved, &received) {
        arith.at_most(&PETITIONS_RESOLVED_EXCEEDS_INTAKE, &[r], &intake, absent);
    }
    if mediation && let (Some(s), Some(m)) = (&successes, &mediations) {
        arith.at_most(&MEDIATED_EXCEEDS_MEDIATIONS, &[s], &[m], &[]);
    }
    if let Some(rate) = term(
        base,
        "resolution_rate",
        "办结率",
        p.resolution_rate.as_ref(),
    ) {
        match (&resolved, &received) {
            (Some(r), Some(_)) if cases => arith.rate(&RATE_MISMATCH, &rate, &[r], &intake, absent),
            _ => arith.rate(&RATE_MISMATCH, &rate, &[], &[], &[]),
        }
    }
    if let Some(rate) = term(
        base,
        "satisfaction_rate",
        "满意率",
        p.satisfaction_rate.as_ref(),
    ) {
        arith.rate(&RATE_MISMATCH, &rate, &[], &[], &[]);
    }
}
