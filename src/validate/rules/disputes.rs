//! Rules of the `disputes` family: administrative reconsideration (行政复议), litigation
//! (行政应诉), petitions and mediation (信访与调解).
//!
//! Approximate figures are compared as the intervals they stand for (see the
//! [`figures`](super::figures) family). A carry-over from the previous year (上年结转) that
//! is not given counts as zero: a report that concludes more cases than it received must
//! say where the others came from.

use super::Unit;
use crate::model::{Decimal, Litigation, Petitions, Quantity, Reconsideration};
use crate::validate::engine::{Cx, Emit};
use crate::validate::facts::{
    Arith, Label, Name, Term, Units, block_terms, field_terms, one_unit, term_at, title,
};
use crate::validate::support::pointer::Pointer;
use crate::validate::support::sections::Located;
use crate::validate::{Rule, Severity};

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
        "/*/items/**/reconsideration",
        "/*/items/**/litigation",
        "/*/items/**/petitions",
    ],
};

fn unit_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut units = Units::new(emit);
    each_block(cx, |block| match block {
        Block::Reconsideration(r) => units.same(&r.counts()),
        Block::Litigation(l) => {
            units.same(&l.cases());
            units.same(&l.court.court());
        }
        Block::Level(l) => units.same(&l.court()),
        Block::Petitions(p) => {
            units.same(&p.cases());
            units.same(&p.mediation());
        }
    });
}

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
        "/*/items/**/reconsideration/concluded",
        "/*/items/**/reconsideration/accepted",
        "/*/items/**/reconsideration/carried_over",
    ],
};

fn reconsideration_concluded_exceeds_intake(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_block(cx, |block| {
        if let Block::Reconsideration(r) = block
            && let (Some(c), Some(_)) = (&r.concluded, &r.accepted)
        {
            arith.at_most(
                &RECONSIDERATION_CONCLUDED_EXCEEDS_INTAKE,
                &[c],
                &present(&[&r.accepted, &r.carried]),
                carried_absent(&r.carried),
            );
        }
    });
}

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
        "/*/items/**/reconsideration/received",
        "/*/items/**/reconsideration/accepted",
        "/*/items/**/reconsideration/rejected",
    ],
};

fn reconsideration_intake_exceeds_received(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_block(cx, |block| {
        if let Block::Reconsideration(r) = block
            && let Some(rec) = &r.received
        {
            let intake = present(&[&r.accepted, &r.rejected]);
            if !intake.is_empty() {
                arith.at_most(
                    &RECONSIDERATION_INTAKE_EXCEEDS_RECEIVED,
                    &intake,
                    &[rec],
                    &[],
                );
            }
        }
    });
}

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
        "/*/items/**/reconsideration/concluded",
        "/*/items/**/reconsideration/outcomes",
    ],
};

fn reconsideration_outcomes_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_block(cx, |block| {
        let Block::Reconsideration(r) = block else {
            return;
        };
        let outcomes: Vec<&Term<'_>> = r.outcomes.iter().collect();
        if let (Some(c), true) = (&r.concluded, r.has_outcomes)
            && !outcomes.is_empty()
        {
            arith.equals(
                &RECONSIDERATION_OUTCOMES_MISMATCH,
                Some(r.outcomes_at.clone()),
                &[c],
                &outcomes,
                &[],
            );
        }
    });
}

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
        "/*/items/**/litigation/lost",
        "/*/items/**/litigation/concluded",
    ],
};

fn litigation_lost_exceeds_concluded(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_within(
        cx,
        emit,
        &LITIGATION_LOST_EXCEEDS_CONCLUDED,
        |block| match block {
            Block::Litigation(l) => Some(Within {
                group: l.cases(),
                part: &l.lost,
                whole: &l.concluded,
                carried: None,
            }),
            _ => None,
        },
    );
}

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
        "/*/items/**/litigation/concluded",
        "/*/items/**/litigation/received",
        "/*/items/**/litigation/carried_over",
    ],
};

fn litigation_concluded_exceeds_intake(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_within(
        cx,
        emit,
        &LITIGATION_CONCLUDED_EXCEEDS_INTAKE,
        |block| match block {
            Block::Litigation(l) => Some(Within {
                group: l.cases(),
                part: &l.concluded,
                whole: &l.received,
                carried: Some(&l.carried),
            }),
            _ => None,
        },
    );
}

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
        "/*/items/**/litigation/head_appearances",
        "/*/items/**/litigation/hearings",
        "/*/items/**/litigation/appearances_by_level/*/appearances",
    ],
};

fn appearances_exceed_hearings(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_block(cx, |block| {
        let court = match block {
            Block::Litigation(l) => &l.court,
            Block::Level(l) => l,
            _ => return,
        };
        if one_unit(&court.court(), &[])
            && let (Some(h), Some(n)) = (&court.heads, &court.hearings)
        {
            arith.at_most(&APPEARANCES_EXCEED_HEARINGS, &[h], &[n], &[]);
        }
    });
}

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
        "/*/items/**/petitions/resolved",
        "/*/items/**/petitions/received",
        "/*/items/**/petitions/carried_over",
    ],
};

fn petitions_resolved_exceeds_intake(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_within(
        cx,
        emit,
        &PETITIONS_RESOLVED_EXCEEDS_INTAKE,
        |block| match block {
            Block::Petitions(p) => Some(Within {
                group: p.cases(),
                part: &p.resolved,
                whole: &p.received,
                carried: Some(&p.carried),
            }),
            _ => None,
        },
    );
}

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
        "/*/items/**/petitions/mediated_successfully",
        "/*/items/**/petitions/mediations",
    ],
};

fn mediated_exceeds_mediations(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_within(
        cx,
        emit,
        &MEDIATED_EXCEEDS_MEDIATIONS,
        |block| match block {
            Block::Petitions(p) => Some(Within {
                group: p.mediation(),
                part: &p.successes,
                whole: &p.mediations,
                carried: None,
            }),
            _ => None,
        },
    );
}

/// `disputes.rate_mismatch`: a stated rate disagrees with its counts (比率与件数不符): 纠错率
/// = 纠错 ÷ 审结, 调解率 = 调解和解 ÷ 审结, 败诉率 = 败诉 ÷ 审结, 调撤率 = 调撤 ÷ 审结,
/// 出庭应诉率 = 负责人出庭 ÷ 开庭审理 (also by level), 办结率 = 办结 ÷ (受理 + 上年结转),
/// 调解成功率 = 调解成功 ÷ 调解. 综合化解率 and 满意率 are only checked for their unit and
/// range.
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
    description_zh: "纠错率 = 纠错数 ÷ 审结数；调解率 = 调解和解数 ÷ 审结数；败诉率 = 败诉数 ÷ 审结数；调撤率 = 调撤数 ÷ 审结数；负责人出庭应诉率 = 出庭数 ÷ 开庭审理数（含分层级）；办结率 = 办结数 ÷（受理数 + 上年结转数）；调解成功率 = 调解成功数 ÷ 调解数。允许相差末位数字一个单位，声称100%时两数必须相等。各地口径可能不同，故为警告。",
    fields: &[
        "/*/items/**/reconsideration/correction_rate",
        "/*/items/**/litigation/loss_rate",
        "/*/items/**/litigation/appearance_rate",
        "/*/items/**/petitions/resolution_rate",
        "/*/items/**/reconsideration/mediation_rate",
        "/*/items/**/litigation/withdrawal_rate",
        "/*/items/**/litigation/appearances_by_level/*/rate",
        "/*/items/**/petitions/mediation_rate",
    ],
};

/// Also checks each rate's unit and range (the kernel's shared rules, on this rule's
/// behalf). A rate is compared with its counts only when they share a unit.
fn rate_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    let mut rate = |rate: &Option<Term<'_>>,
                    counts: Option<(&Term<'_>, &[&Term<'_>])>,
                    absent: &[(&str, &str)]| {
        let Some(rate) = rate else { return };
        match counts {
            Some((n, d)) => arith.rate(&RATE_MISMATCH, rate, &[n], d, absent),
            None => arith.rate(&RATE_MISMATCH, rate, &[], &[], &[]),
        }
    };
    each_block(cx, |block| match block {
        Block::Reconsideration(r) => {
            if r.correction_rate.is_some() {
                // With the outcomes given, an absent `corrected` is zero.
                let zero = r
                    .concluded
                    .as_ref()
                    .and_then(|c| Quantity::new(Decimal::ZERO, c.q.unit().clone()).ok());
                let corrected = match (r.has_outcomes, r.outcome("corrected")) {
                    (_, Some(t)) => Some(Term {
                        name: Name::Field("corrected"),
                        zh: Label::Field(title("ReconsiderationOutcomes", "corrected")),
                        q: t.q,
                        pointer: t.pointer.clone(),
                    }),
                    (true, None) => zero.as_ref().map(|z| Term {
                        name: Name::Field("corrected"),
                        zh: Label::Field(title("ReconsiderationOutcomes", "corrected")),
                        q: z,
                        pointer: r.outcomes_at.clone(),
                    }),
                    (false, None) => None,
                };
                match (&corrected, &r.concluded) {
                    (Some(n), Some(d)) => {
                        let absent: &[(&str, &str)] = if n.pointer == r.outcomes_at {
                            &[("outcomes/corrected", "纠错")]
                        } else {
                            &[]
                        };
                        rate(&r.correction_rate, Some((n, &[d])), absent);
                    }
                    _ => rate(&r.correction_rate, None, &[]),
                }
            }
            let counts = match (r.outcome("mediated"), &r.concluded) {
                (Some(n), Some(d)) => Some((n, &[d][..])),
                _ => None,
            };
            rate(&r.mediation_rate, counts, &[]);
            // 综合化解率 is published under differing definitions: only its unit and range.
            rate(&r.resolution_rate, None, &[]);
        }
        Block::Litigation(l) => {
            let cases = one_unit(&l.cases(), &[]);
            match (&l.lost, &l.concluded) {
                (Some(n), Some(d)) if cases => rate(&l.loss_rate, Some((n, &[d])), &[]),
                _ => rate(&l.loss_rate, None, &[]),
            }
            court_rate(&mut rate, &l.court, &l.appearance_rate);
            match (&l.withdrawn, &l.concluded) {
                (Some(n), Some(d)) if cases => rate(&l.withdrawal_rate, Some((n, &[d])), &[]),
                _ => rate(&l.withdrawal_rate, None, &[]),
            }
        }
        Block::Level(l) => court_rate(&mut rate, l, &l.rate),
        Block::Petitions(p) => {
            let intake = present(&[&p.received, &p.carried]);
            match (&p.resolved, &p.received) {
                (Some(r), Some(_)) if one_unit(&p.cases(), &[]) => {
                    rate(
                        &p.resolution_rate,
                        Some((r, &intake)),
                        carried_absent(&p.carried),
                    );
                }
                _ => rate(&p.resolution_rate, None, &[]),
            }
            rate(&p.satisfaction_rate, None, &[]);
            match (&p.successes, &p.mediations) {
                (Some(n), Some(d)) if one_unit(&p.mediation(), &[]) => {
                    rate(&p.mediation_rate, Some((n, &[d])), &[]);
                }
                _ => rate(&p.mediation_rate, None, &[]),
            }
        }
    });
}

/// An appearance rate against head appearances ÷ hearings, when they share a unit.
fn court_rate(
    rate: &mut impl FnMut(&Option<Term<'_>>, Option<(&Term<'_>, &[&Term<'_>])>, &[(&str, &str)]),
    court: &Court<'_>,
    stated: &Option<Term<'_>>,
) {
    match (&court.heads, &court.hearings) {
        (Some(n), Some(d)) if one_unit(&court.court(), &[]) => rate(stated, Some((n, &[d])), &[]),
        _ => rate(stated, None, &[]),
    }
}

/// The rules of this family with their checks, in catalogue order.
pub(crate) static UNITS: &[Unit] = &[
    Unit::own(&UNIT_MISMATCH, unit_mismatch),
    Unit::compares(
        &RECONSIDERATION_CONCLUDED_EXCEEDS_INTAKE,
        reconsideration_concluded_exceeds_intake,
    ),
    Unit::compares(
        &RECONSIDERATION_INTAKE_EXCEEDS_RECEIVED,
        reconsideration_intake_exceeds_received,
    ),
    Unit::compares(
        &RECONSIDERATION_OUTCOMES_MISMATCH,
        reconsideration_outcomes_mismatch,
    ),
    Unit::compares(
        &LITIGATION_LOST_EXCEEDS_CONCLUDED,
        litigation_lost_exceeds_concluded,
    ),
    Unit::compares(
        &LITIGATION_CONCLUDED_EXCEEDS_INTAKE,
        litigation_concluded_exceeds_intake,
    ),
    Unit::compares(&APPEARANCES_EXCEED_HEARINGS, appearances_exceed_hearings),
    Unit::compares(
        &PETITIONS_RESOLVED_EXCEEDS_INTAKE,
        petitions_resolved_exceeds_intake,
    ),
    Unit::compares(&MEDIATED_EXCEEDS_MEDIATIONS, mediated_exceeds_mediations),
    Unit::compares(&RATE_MISMATCH, rate_mismatch),
];

/// A carry-over not given, counted as zero (its wire name and schema title, both
/// `Reconsideration` and `Litigation` and `Petitions` title it 上年结转).
const CARRIED_OVER: (&str, &str) = ("carried_over", "上年结转");

/// The absent-note of a comparison with a carry-over: none when it is given.
fn carried_absent(carried: &Option<Term<'_>>) -> &'static [(&'static str, &'static str)] {
    if carried.is_none() {
        &[CARRIED_OVER]
    } else {
        &[]
    }
}

/// What a rule bounds in one block: `part ≤ whole` (`whole + carried over` when a
/// carry-over belongs to the whole), checked when the block's `group` of counts shares one
/// unit (see [`part_within`]).
struct Within<'b, 'a> {
    group: Vec<&'b Term<'a>>,
    part: &'b Option<Term<'a>>,
    whole: &'b Option<Term<'a>>,
    carried: Option<&'b Option<Term<'a>>>,
}

/// Checks under `rule` what `pick` takes of every block of the family ([`Within`]).
fn each_within(
    cx: &Cx<'_>,
    emit: &mut Emit<'_, '_>,
    rule: &'static Rule,
    pick: for<'b, 'a> fn(&'b Block<'a>) -> Option<Within<'b, 'a>>,
) {
    let mut arith = Arith::of(emit);
    each_block(cx, |block| {
        if let Some(w) = pick(block) {
            part_within(&mut arith, rule, &w.group, w.part, w.whole, w.carried);
        }
    });
}

/// Checks `part ≤ whole` of one block under `rule` (`whole + carried over` when a
/// carry-over belongs to the whole, an absent one counting as zero), when part and whole
/// are given and the block's `group` of counts shares one unit.
fn part_within(
    arith: &mut Arith<'_, '_>,
    rule: &'static Rule,
    group: &[&Term<'_>],
    part: &Option<Term<'_>>,
    whole: &Option<Term<'_>>,
    carried: Option<&Option<Term<'_>>>,
) {
    let (Some(p), Some(w)) = (part, whole) else {
        return;
    };
    if !one_unit(group, &[]) {
        return;
    }
    match carried {
        None => arith.at_most(rule, &[p], &[w], &[]),
        Some(c) => arith.at_most(rule, &[p], &present(&[whole, c]), carried_absent(c)),
    }
}

fn present<'t, 'a>(terms: &[&'t Option<Term<'a>>]) -> Vec<&'t Term<'a>> {
    terms.iter().filter_map(|t| t.as_ref()).collect()
}

/// The figures of one block of the family, as terms.
// Built on the stack for one visit and passed by reference, never stored or moved.
#[allow(clippy::large_enum_variant)]
enum Block<'a> {
    Reconsideration(Recon<'a>),
    Litigation(Lit<'a>),
    /// Appearances at one court level (`litigation/appearances_by_level/k`).
    Level(Court<'a>),
    Petitions(Pet<'a>),
}

struct Recon<'a> {
    received: Option<Term<'a>>,
    accepted: Option<Term<'a>>,
    rejected: Option<Term<'a>>,
    carried: Option<Term<'a>>,
    concluded: Option<Term<'a>>,
    pending: Option<Term<'a>>,
    /// The outcomes given, and where they are.
    outcomes: Vec<Term<'a>>,
    outcomes_at: Pointer<'a>,
    has_outcomes: bool,
    correction_rate: Option<Term<'a>>,
    mediation_rate: Option<Term<'a>>,
    resolution_rate: Option<Term<'a>>,
}

impl<'a> Recon<'a> {
    fn of(r: &'a Reconsideration, at: Pointer<'a>) -> Recon<'a> {
        let [
            received,
            accepted,
            rejected,
            carried,
            concluded,
            pending,
            correction_rate,
            mediation_rate,
            resolution_rate,
        ] = field_terms!(
            at.clone(), r => Reconsideration {
                received,
                accepted,
                rejected,
                carried_over,
                concluded,
                pending,
                correction_rate,
                mediation_rate,
                resolution_rate,
            }
        );
        let outcomes_at = at.key("outcomes");
        Recon {
            received,
            accepted,
            rejected,
            carried,
            concluded,
            pending,
            outcomes: r
                .outcomes
                .iter()
                .flat_map(|o| o.fields())
                .filter_map(|(name, q)| {
                    term_at(outcomes_at.clone(), "ReconsiderationOutcomes", name, q)
                })
                .collect(),
            outcomes_at,
            has_outcomes: r.outcomes.is_some(),
            correction_rate,
            mediation_rate,
            resolution_rate,
        }
    }

    /// Every count of the block, outcomes included: one unit.
    fn counts(&self) -> Vec<&Term<'a>> {
        let mut counts = present(&[
            &self.received,
            &self.accepted,
            &self.rejected,
            &self.carried,
            &self.concluded,
            &self.pending,
        ]);
        counts.extend(self.outcomes.iter());
        counts
    }

    fn outcome(&self, name: &str) -> Option<&Term<'a>> {
        self.outcomes.iter().find(|t| t.name.is(name))
    }
}

struct Lit<'a> {
    received: Option<Term<'a>>,
    carried: Option<Term<'a>>,
    concluded: Option<Term<'a>>,
    lost: Option<Term<'a>>,
    withdrawn: Option<Term<'a>>,
    court: Court<'a>,
    loss_rate: Option<Term<'a>>,
    appearance_rate: Option<Term<'a>>,
    withdrawal_rate: Option<Term<'a>>,
}

impl<'a> Lit<'a> {
    fn of(l: &'a Litigation, at: Pointer<'a>) -> Lit<'a> {
        let [
            received,
            carried,
            concluded,
            lost,
            withdrawn,
            hearings,
            heads,
            loss_rate,
            appearance_rate,
            withdrawal_rate,
        ] = field_terms!(
            at, l => Litigation {
                received,
                carried_over,
                concluded,
                lost,
                withdrawn,
                hearings,
                head_appearances,
                loss_rate,
                appearance_rate,
                withdrawal_rate,
            }
        );
        Lit {
            received,
            carried,
            concluded,
            lost,
            withdrawn,
            court: Court {
                hearings,
                heads,
                rate: None,
            },
            loss_rate,
            appearance_rate,
            withdrawal_rate,
        }
    }

    /// The case counts: one unit.
    fn cases(&self) -> Vec<&Term<'a>> {
        present(&[
            &self.received,
            &self.carried,
            &self.concluded,
            &self.lost,
            &self.withdrawn,
        ])
    }
}

/// Hearings and heads' appearances in court (of a litigation block, or of one level).
struct Court<'a> {
    hearings: Option<Term<'a>>,
    heads: Option<Term<'a>>,
    /// The stated appearance rate of a level.
    rate: Option<Term<'a>>,
}

impl<'a> Court<'a> {
    /// The court counts: one unit.
    fn court(&self) -> Vec<&Term<'a>> {
        present(&[&self.hearings, &self.heads])
    }
}

block_terms! {
    /// The figures of a petitions block, as terms.
    Pet of Petitions as "Petitions" {
        received: received,
        carried: carried_over,
        resolved: resolved,
        mediations: mediations,
        successes: mediated_successfully,
        resolution_rate: resolution_rate,
        satisfaction_rate: satisfaction_rate,
        mediation_rate: mediation_rate,
    }
}

impl<'a> Pet<'a> {
    /// The petition counts: one unit.
    fn cases(&self) -> Vec<&Term<'a>> {
        present(&[&self.received, &self.carried, &self.resolved])
    }

    /// The mediation counts: one unit.
    fn mediation(&self) -> Vec<&Term<'a>> {
        present(&[&self.mediations, &self.successes])
    }
}

/// Calls `f` with every block of the family in document order: per subsection its
/// reconsideration, its litigation and the litigation's court levels, its petitions.
fn each_block(cx: &Cx<'_>, mut f: impl FnMut(&Block<'_>)) {
    cx.each_section(|located: &Located<'_>| {
        let section = located.section;
        if let Some((at, r)) = located.one("reconsideration", &section.reconsideration) {
            f(&Block::Reconsideration(Recon::of(r, at)));
        }
        if let Some((at, l)) = located.one("litigation", &section.litigation) {
            f(&Block::Litigation(Lit::of(l, at.clone())));
            for (k, level) in l.appearances_by_level.iter().enumerate() {
                let at = at.key("appearances_by_level").index(k);
                f(&Block::Level(Court {
                    hearings: term_at(
                        at.clone(),
                        "AppearanceByLevel",
                        "hearings",
                        level.hearings.as_ref(),
                    ),
                    heads: term_at(
                        at.clone(),
                        "AppearanceByLevel",
                        "appearances",
                        level.appearances.as_ref(),
                    ),
                    rate: term_at(at, "AppearanceByLevel", "rate", level.rate.as_ref()),
                }));
            }
        }
        if let Some((at, p)) = located.one("petitions", &section.petitions) {
            f(&Block::Petitions(Pet::of(p, at)));
        }
    });
}
