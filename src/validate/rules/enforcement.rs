//! Rules of the `enforcement` family: enforcement practice and figures (行政执法).
//!
//! Approximate figures are compared as the intervals they stand for (see the
//! [`figures`](super::figures) family).

use super::Unit;
use crate::model::{Decimal, Enforcement, EnforcementCooperation, Quantity, Section};
use crate::validate::engine::{Cx, Emit};
use crate::validate::facts::{
    Arith, Label, Name, Term, Units, field_terms, is_count, percentage, term_at,
};
use crate::validate::support::pointer::Pointer;
use crate::validate::support::sections::Located;
use crate::validate::{Rule, Severity};

/// `enforcement.too_few_officers`: fewer than two officers per enforcement action
/// (执法人员少于两人).
///
/// 《行政处罚法》 第四十二条: 行政处罚应当由具有行政执法资格的执法人员实施，执法人员不得少于
/// 两人，法律另有规定的除外.
///
/// Fails: `"enforcement": {"min_officers_per_action": 1}`.
pub const TOO_FEW_OFFICERS: Rule = Rule {
    code: "enforcement.too_few_officers",
    severity: Severity::Error,
    title_zh: "执法人员少于两人",
    title_en: "Fewer than two officers per enforcement action",
    description_zh: "《中华人民共和国行政处罚法》第四十二条规定，执法人员不得少于两人（法律另有规定的除外）。每次执法最少人数不得小于2。",
    fields: &["/*/items/**/enforcement/min_officers_per_action"],
};

fn too_few_officers(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_enforcement(cx, |e, at, _| {
        if let Some(n) = e.min_officers_per_action
            && n < 2
        {
            emit.report(at.key("min_officers_per_action"))
                .param("min_officers_per_action", n)
                .emit(
                    format!(
                        "每次执法最少{n}人，违反《行政处罚法》第四十二条“执法人员不得少于两人”的规定"
                    ),
                    format!("{n} officer(s) per action: 行政处罚法 Art. 42 requires at least two"),
                );
        }
    });
}

/// `enforcement.case_count_mismatch`: the stated number of cases differs from the number
/// of cases listed in the same subsection (查处案件数与所列案件不符).
///
/// Checked when both are given; with an approximate count ("10余件"), only when no value
/// it stands for matches the list.
///
/// Fails: `"enforcement": {"case_count": {"value": 3, "unit": "件"}}` beside two `cases`.
pub const CASE_COUNT_MISMATCH: Rule = Rule {
    code: "enforcement.case_count_mismatch",
    severity: Severity::Error,
    title_zh: "查处案件数与所列案件不符",
    title_en: "Case count differs from the cases listed",
    description_zh: "同一小节既填写查处案件数又逐一列出案件时，二者应一致。",
    fields: &["/*/items/**/enforcement/case_count", "/*/items/**/cases"],
};

fn case_count_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_enforcement(cx, |e, at, listed| {
        let Some((count, listed, section)) = case_count(e, at, listed) else {
            return;
        };
        // A count in another unit is the unit rule's.
        if !is_count(count.q.unit()) {
            return;
        }
        let Ok(n) = i64::try_from(listed) else { return };
        let Ok(listed_q) = Quantity::new(Decimal::from_integer(n), count.q.unit().clone()) else {
            return;
        };
        let cases = Term {
            name: Name::Field("cases"),
            zh: Label::Field("所列案件数"),
            q: &listed_q,
            pointer: section.key("cases"),
        };
        arith.equals(&CASE_COUNT_MISMATCH, None, &[&count], &[&cases], &[]);
    });
}

/// `enforcement.penalty_procedures_mismatch`: penalties ≠ simple + general procedure
/// (行政处罚决定数不等于简易程序与普通程序之和).
///
/// Checked when all three are given.
///
/// Fails: penalties 10件, simple procedure 3件, general procedure 5件.
pub const PENALTY_PROCEDURES_MISMATCH: Rule = Rule {
    code: "enforcement.penalty_procedures_mismatch",
    severity: Severity::Error,
    title_zh: "行政处罚数不等于简易程序与普通程序之和",
    title_en: "Penalties differ from simple plus general procedure",
    description_zh: "行政处罚决定数 = 简易程序 + 普通程序（三个数都填写时核对）。",
    fields: &[
        "/*/items/**/enforcement/penalties",
        "/*/items/**/enforcement/simple_procedure",
        "/*/items/**/enforcement/general_procedure",
    ],
};

fn penalty_procedures_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_enforcement(cx, |e, at, _| {
        if let Penalties::Split(p, s, g) = penalties(e, at) {
            arith.equals(&PENALTY_PROCEDURES_MISMATCH, None, &[&p], &[&s, &g], &[]);
        }
    });
}

/// `enforcement.penalty_part_exceeds_total`: penalties by one procedure exceed all
/// penalties (简易或普通程序处罚数多于处罚总数).
///
/// Checked when only one of the two procedures is given (with both, see
/// [`PENALTY_PROCEDURES_MISMATCH`]).
///
/// Fails: penalties 10件, simple procedure 12件.
pub const PENALTY_PART_EXCEEDS_TOTAL: Rule = Rule {
    code: "enforcement.penalty_part_exceeds_total",
    severity: Severity::Error,
    title_zh: "某一程序的处罚数多于处罚总数",
    title_en: "Penalties by one procedure exceed all penalties",
    description_zh: "简易程序或普通程序作出的处罚决定数不得多于行政处罚决定总数。",
    fields: &[
        "/*/items/**/enforcement/penalties",
        "/*/items/**/enforcement/simple_procedure",
        "/*/items/**/enforcement/general_procedure",
    ],
};

fn penalty_part_exceeds_total(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_enforcement(cx, |e, at, _| {
        if let Penalties::Part(p, part) = penalties(e, at) {
            arith.at_most(&PENALTY_PART_EXCEEDS_TOTAL, &[&part], &[&p], &[]);
        }
    });
}

/// `enforcement.unit_mismatch`: enforcement figures that must be compared are in different
/// units (执法数据计量单位不一致): the penalty counts, or a case count that is not a count.
///
/// Fails: penalties 10件, simple procedure 3份.
pub const UNIT_MISMATCH: Rule = Rule {
    code: "enforcement.unit_mismatch",
    severity: Severity::Error,
    title_zh: "执法数据计量单位不一致",
    title_en: "Enforcement figures in different units",
    description_zh: "行政处罚决定数与简易程序、普通程序处罚数必须使用同一量词；查处案件数须为计数单位（件、起）。",
    fields: &[
        "/*/items/**/enforcement/penalties",
        "/*/items/**/enforcement/simple_procedure",
        "/*/items/**/enforcement/general_procedure",
        "/*/items/**/enforcement/case_count",
    ],
};

fn unit_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut units = Units::new(emit);
    cx.each_section(|located| {
        in_section(located, |e, at, listed| {
            if let Some((count, _, _)) = case_count(e, at.clone(), listed)
                && !is_count(count.q.unit())
            {
                units
                    .emit()
                    .report(count.pointer)
                    .param("case_count", count.q.to_string())
                    .emit(
                        format!(
                            "查处案件数“{}”的单位“{}”不是计数单位，无法与所列案件核对",
                            count.q,
                            count.q.unit()
                        ),
                        format!("the case count {} is not a count of cases", count.q),
                    );
            }
            match penalties(e, at) {
                Penalties::Split(p, s, g) => units.same(&[&p, &s, &g]),
                Penalties::Part(p, part) => units.same(&[&part, &p]),
                Penalties::None => {}
            }
        });
        if let Some((at, c)) = located.one("cooperation", &located.section.cooperation)
            && let (Some(t), Some(a)) = cooperation(c, at)
        {
            units.same(&[&a, &t]);
        }
        if let Some((at, v)) = located.one("supervision", &located.section.supervision) {
            for (part, whole) in supervision_pairs(v, at) {
                units.same(&[&part, &whole]);
            }
        }
    });
}

/// `enforcement.sector_unnamed`: a sector enforcement block does not name its sector
/// (分领域执法数据未注明领域).
///
/// A subsection may print one enforcement block per sector (食品, 特种设备, 价格 …); the
/// blocks are told apart, and read, by their sector.
///
/// Fails: `"sector_enforcement": [{"inspections": {"value": 120, "unit": "次"}}]`.
pub const SECTOR_UNNAMED: Rule = Rule {
    code: "enforcement.sector_unnamed",
    severity: Severity::Error,
    title_zh: "分领域执法数据未注明领域",
    title_en: "Sector enforcement block without its sector",
    description_zh: "一个小节按领域分列多个执法数据块时，每个数据块都应填写所属领域（如“食品安全”“特种设备”）。",
    fields: &["/*/items/**/sector_enforcement/*"],
};

fn sector_unnamed(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    cx.each_section(|located| {
        for (k, e) in located.section.sector_enforcement.iter().enumerate() {
            if e.sector.as_deref().is_none_or(|s| s.trim().is_empty()) {
                let at = located.at().key("sector_enforcement").index(k);
                emit.report(at).param("index", k).emit(
                    format!("第{}个分领域执法数据块未填写所属领域", k + 1),
                    format!("sector enforcement block {k} names no sector"),
                );
            }
        }
    });
}

/// `enforcement.cooperation_accepted_exceeds_transferred`: more cases accepted by the police
/// than transferred to them (公安机关立案数多于移送数, 行刑衔接).
///
/// Fails: `"transferred_to_police": {"value": 5, "unit": "件"}, "accepted_by_police":
/// {"value": 6, "unit": "件"}`.
pub const COOPERATION_ACCEPTED_EXCEEDS_TRANSFERRED: Rule = Rule {
    code: "enforcement.cooperation_accepted_exceeds_transferred",
    severity: Severity::Error,
    title_zh: "公安机关立案数多于移送数",
    title_en: "More cases accepted by the police than transferred",
    description_zh: "行政执法与刑事司法衔接中，公安机关立案的案件数不得多于移送公安机关的案件数（《行政执法机关移送涉嫌犯罪案件的规定》）。",
    fields: &[
        "/*/items/**/cooperation/accepted_by_police",
        "/*/items/**/cooperation/transferred_to_police",
    ],
};

/// Also checks the block's rates' unit and range (the kernel's shared rules, on this rule's
/// behalf).
fn cooperation_accepted_exceeds_transferred(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    cx.each_section(|located| {
        let Some((at, c)) = located.one("cooperation", &located.section.cooperation) else {
            return;
        };
        if let (Some(t), Some(a)) = cooperation(c, at.clone()) {
            arith.at_most(&COOPERATION_ACCEPTED_EXCEEDS_TRANSFERRED, &[&a], &[&t], &[]);
        }
        for (name, q) in [
            ("publication_rate", &c.publication_rate),
            ("timely_rate", &c.timely_rate),
        ] {
            if let Some(rate) = term_at(at.clone(), "EnforcementCooperation", name, q.as_ref()) {
                percentage(arith.sink(), &rate);
            }
        }
    });
}

/// `enforcement.supervision_part_exceeds_total`: in enforcement supervision, more case
/// files with defects than files reviewed, or more complaints handled than received
/// (执法监督数字部分大于总数).
///
/// Fails: `"files_reviewed": {"value": 50, "unit": "卷"}, "files_with_defects": {"value":
/// 60, "unit": "卷"}`.
pub const SUPERVISION_PART_EXCEEDS_TOTAL: Rule = Rule {
    code: "enforcement.supervision_part_exceeds_total",
    severity: Severity::Error,
    title_zh: "执法监督数字部分大于总数",
    title_en: "Enforcement supervision: a part exceeds its whole",
    description_zh: "行政执法监督中，存在问题的案卷数不得多于评查案卷数，投诉办结数不得多于收到投诉数。",
    fields: &[
        "/*/items/**/supervision/files_with_defects",
        "/*/items/**/supervision/files_reviewed",
        "/*/items/**/supervision/complaints_handled",
        "/*/items/**/supervision/complaints_received",
    ],
};

/// Also checks the pass rate's unit and range (the kernel's shared rules, on this rule's
/// behalf).
fn supervision_part_exceeds_total(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    cx.each_section(|located| {
        let Some((at, v)) = located.one("supervision", &located.section.supervision) else {
            return;
        };
        for (part, whole) in supervision_pairs(v, at.clone()) {
            arith.at_most(&SUPERVISION_PART_EXCEEDS_TOTAL, &[&part], &[&whole], &[]);
        }
        if let Some(rate) = term_at(
            at,
            "EnforcementSupervision",
            "pass_rate",
            v.pass_rate.as_ref(),
        ) {
            percentage(arith.sink(), &rate);
        }
    });
}

/// The rules of this family with their checks, in catalogue order.
pub(crate) static UNITS: &[Unit] = &[
    Unit::own(&TOO_FEW_OFFICERS, too_few_officers),
    Unit::compares(&CASE_COUNT_MISMATCH, case_count_mismatch),
    Unit::compares(&PENALTY_PROCEDURES_MISMATCH, penalty_procedures_mismatch),
    Unit::compares(&PENALTY_PART_EXCEEDS_TOTAL, penalty_part_exceeds_total),
    Unit::own(&UNIT_MISMATCH, unit_mismatch),
    Unit::own(&SECTOR_UNNAMED, sector_unnamed),
    Unit::compares(
        &COOPERATION_ACCEPTED_EXCEEDS_TRANSFERRED,
        cooperation_accepted_exceeds_transferred,
    ),
    Unit::compares(
        &SUPERVISION_PART_EXCEEDS_TOTAL,
        supervision_part_exceeds_total,
    ),
];

/// Calls `f` with every enforcement block in document order (a subsection's `enforcement`,
/// then its `sector_enforcement`), its pointer, and, for the subsection's own block, the
/// subsection whose listed cases its case count counts (cases listed in the subsection
/// belong to no one sector block) with its pointer.
fn each_enforcement(
    cx: &Cx<'_>,
    mut f: impl FnMut(&Enforcement, Pointer<'_>, Option<(&Section, Pointer<'_>)>),
) {
    cx.each_section(|located| {
        in_section(located, &mut f);
    });
}

/// [`each_enforcement`] in one subsection.
fn in_section(
    located: &Located<'_>,
    mut f: impl FnMut(&Enforcement, Pointer<'_>, Option<(&Section, Pointer<'_>)>),
) {
    if let Some((at, e)) = located.one("enforcement", &located.section.enforcement) {
        f(e, at, Some((located.section, located.at())));
    }
    for (at, e) in located.each("sector_enforcement", &located.section.sector_enforcement) {
        f(e, at, None);
    }
}

/// The police transfers of a cooperation block: (transferred, accepted).
fn cooperation<'a>(
    c: &'a EnforcementCooperation,
    at: Pointer<'a>,
) -> (Option<Term<'a>>, Option<Term<'a>>) {
    let [transferred_to_police, accepted_by_police] =
        field_terms!(at, c => EnforcementCooperation { transferred_to_police, accepted_by_police });
    (transferred_to_police, accepted_by_police)
}

/// The case count of a block with the number of cases listed in its subsection and the
/// subsection's pointer, when both are given.
fn case_count<'a>(
    e: &'a Enforcement,
    at: Pointer<'a>,
    listed: Option<(&Section, Pointer<'a>)>,
) -> Option<(Term<'a>, usize, Pointer<'a>)> {
    let count = term_at(at, "Enforcement", "case_count", e.case_count.as_ref())?;
    let (section, section_at) = listed?;
    (!section.cases.is_empty()).then_some((count, section.cases.len(), section_at))
}

/// The penalties of a block and what it says of their procedures.
// Built on the stack for one visit and passed by reference, never stored or moved.
#[allow(clippy::large_enum_variant)]
enum Penalties<'a> {
    /// Penalties, simple and general procedure: an identity.
    Split(Term<'a>, Term<'a>, Term<'a>),
    /// Penalties and one procedure: an order.
    Part(Term<'a>, Term<'a>),
    None,
}

fn penalties<'a>(e: &'a Enforcement, at: Pointer<'a>) -> Penalties<'a> {
    let t = |name, q: &'a Option<_>| term_at(at.clone(), "Enforcement", name, q.as_ref());
    let Some(p) = t("penalties", &e.penalties) else {
        return Penalties::None;
    };
    match (
        t("simple_procedure", &e.simple_procedure),
        t("general_procedure", &e.general_procedure),
    ) {
        (Some(s), Some(g)) => Penalties::Split(p, s, g),
        (Some(part), None) | (None, Some(part)) => Penalties::Part(p, part),
        (None, None) => Penalties::None,
    }
}

/// The (part, whole) pairs of a supervision block that are given: files with defects of
/// files reviewed, complaints handled of complaints received.
fn supervision_pairs<'a>(
    v: &'a crate::model::EnforcementSupervision,
    at: Pointer<'a>,
) -> Vec<(Term<'a>, Term<'a>)> {
    let t =
        |name, q: &'a Option<_>| term_at(at.clone(), "EnforcementSupervision", name, q.as_ref());
    [
        (
            t("files_with_defects", &v.files_with_defects),
            t("files_reviewed", &v.files_reviewed),
        ),
        (
            t("complaints_handled", &v.complaints_handled),
            t("complaints_received", &v.complaints_received),
        ),
    ]
    .into_iter()
    .filter_map(|pair| match pair {
        (Some(p), Some(w)) => Some((p, w)),
        _ => None,
    })
    .collect()
}
