//! Rules of the `enforcement` family: enforcement practice and figures (行政执法).
//!
//! Approximate figures are compared as the intervals they stand for (see the
//! [`figures`](super::figures) family).

use crate::Report;
use crate::model::{Decimal, Enforcement, Quantity, Section};
use crate::validate::facts::{Arith, Label, Loc, Name, Term, is_count, term};
use crate::validate::{Options, Rule, Severity, Sink, ptr};

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
    fields: &["/*/items/*/enforcement/min_officers_per_action"],
};

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
    fields: &["/*/items/*/enforcement/case_count", "/*/items/*/cases"],
};

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
        "/*/items/*/enforcement/penalties",
        "/*/items/*/enforcement/simple_procedure",
        "/*/items/*/enforcement/general_procedure",
    ],
};

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
        "/*/items/*/enforcement/penalties",
        "/*/items/*/enforcement/simple_procedure",
        "/*/items/*/enforcement/general_procedure",
    ],
};

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
        "/*/items/*/enforcement/penalties",
        "/*/items/*/enforcement/simple_procedure",
        "/*/items/*/enforcement/general_procedure",
        "/*/items/*/enforcement/case_count",
    ],
};

/// The rules of this family, in catalogue order.
pub(crate) static RULES: &[&Rule] = &[
    &TOO_FEW_OFFICERS,
    &CASE_COUNT_MISMATCH,
    &PENALTY_PROCEDURES_MISMATCH,
    &PENALTY_PART_EXCEEDS_TOTAL,
    &UNIT_MISMATCH,
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
            if let Some(e) = &section.enforcement {
                let base = ptr![part.field(), "items", i, "enforcement"];
                check_enforcement(
                    &mut arith,
                    e,
                    section,
                    &base,
                    &ptr![part.field(), "items", i],
                );
            }
        }
    }
}

fn check_enforcement(
    arith: &mut Arith<'_, '_>,
    e: &Enforcement,
    section: &Section,
    base: &str,
    section_ptr: &str,
) {
    if let Some(n) = e.min_officers_per_action
        && n < 2
    {
        arith
            .sink()
            .report(&TOO_FEW_OFFICERS, format!("{base}/min_officers_per_action"))
            .param("min_officers_per_action", n)
            .emit(
                format!(
                    "每次执法最少{n}人，违反《行政处罚法》第四十二条“执法人员不得少于两人”的规定"
                ),
                format!("{n} officer(s) per action: 行政处罚法 Art. 42 requires at least two"),
            );
    }
    if let Some(count) = term(base, "case_count", "查处案件数", e.case_count.as_ref())
        && !section.cases.is_empty()
    {
        case_count(arith, &count, section.cases.len(), section_ptr);
    }
    let penalties = term(base, "penalties", "行政处罚决定数", e.penalties.as_ref());
    let simple = term(
        base,
        "simple_procedure",
        "简易程序处罚数",
        e.simple_procedure.as_ref(),
    );
    let general = term(
        base,
        "general_procedure",
        "普通程序处罚数",
        e.general_procedure.as_ref(),
    );
    if let Some(p) = &penalties {
        match (&simple, &general) {
            (Some(s), Some(g)) => {
                arith.equals(&PENALTY_PROCEDURES_MISMATCH, None, &[p], &[s, g], &[])
            }
            (Some(part), None) | (None, Some(part)) => {
                arith.at_most(&PENALTY_PART_EXCEEDS_TOTAL, &[part], &[p], &[]);
            }
            (None, None) => {}
        }
    }
}

fn case_count(arith: &mut Arith<'_, '_>, count: &Term<'_>, listed: usize, section_ptr: &str) {
    if !is_count(count.q.unit()) {
        arith
            .sink()
            .report(&UNIT_MISMATCH, count.pointer.to_string())
            .param("case_count", count.q.to_string())
            .emit(
                format!(
                    "查处案件数“{}”的单位“{}”不是计数单位，无法与所列案件核对",
                    count.q,
                    count.q.unit()
                ),
                format!("the case count {} is not a count of cases", count.q),
            );
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
        pointer: Loc::field(section_ptr, "cases"),
    };
    arith.equals(&CASE_COUNT_MISMATCH, None, &[count], &[&cases], &[]);
}
