//! Rules of the `safety` family: hazard ledgers (隐患台账).
//!
//! Approximate figures are compared as the intervals they stand for (see the
//! [`figures`](super::figures) family): an order that only may fail is reported once under
//! [`figures::POSSIBLY_INCONSISTENT`](super::figures::POSSIBLY_INCONSISTENT).

use super::Unit;
use crate::model::{AccidentStatistics, HazardLedger};
use crate::validate::engine::{Cx, Emit};
use crate::validate::facts::{Arith, Term, Units, block_terms, field_terms};
use crate::validate::support::pointer::Pointer;
use crate::validate::{Rule, Severity};

/// `safety.rectified_exceeds_found`: more hazards rectified than found (已整改多于发现).
///
/// Compares the intervals the printed figures stand for: an error when every possible
/// value of `rectified` exceeds every possible value of `found`; when it only may
/// (`40余处` found, `45处` rectified), a `figures.possibly_inconsistent` warning.
///
/// Fails: `"found": {"value": 40, "unit": "处"}, "rectified": {"value": 41, "unit": "处"}`.
pub const RECTIFIED_EXCEEDS_FOUND: Rule = Rule {
    code: "safety.rectified_exceeds_found",
    severity: Severity::Error,
    title_zh: "已整改隐患数多于发现数",
    title_en: "More hazards rectified than found",
    description_zh: "隐患台账中已整改数不得多于发现数。带“余”“约”等修饰语的数字按其代表的区间比较：确定矛盾时报错误，可能矛盾时以“约数可能不一致”报警告。",
    fields: &[
        "/*/items/**/hazards/*/found",
        "/*/items/**/hazards/*/rectified",
    ],
};

fn rectified_exceeds_found(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_ledger(cx, |l| {
        if let (Some(f), Some(r)) = (&l.found, &l.rectified) {
            arith.at_most(&RECTIFIED_EXCEEDS_FOUND, &[r], &[f], &[]);
        }
    });
}

/// `safety.unit_mismatch`: found, rectified, pending and major hazards in different units
/// (隐患计量单位不一致), e.g. found 40处, rectified 40份.
///
/// Fails: `"found": {"value": 40, "unit": "处"}, "rectified": {"value": 40, "unit": "份"}`.
pub const UNIT_MISMATCH: Rule = Rule {
    code: "safety.unit_mismatch",
    severity: Severity::Error,
    title_zh: "隐患数计量单位不一致",
    title_en: "Hazard counts in different units",
    description_zh: "同一隐患台账的发现数、已整改数、未整改数、重大隐患数必须使用同一量词（如都用“处”），否则无法比较；事故起数与较大及以上事故起数同样。",
    fields: &[
        "/*/items/**/hazards/*/found",
        "/*/items/**/hazards/*/rectified",
        "/*/items/**/hazards/*/pending",
        "/*/items/**/hazards/*/major",
        "/*/items/**/accidents/*/major_accidents",
    ],
};

fn unit_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut units = Units::new(emit);
    cx.each_section(|located| {
        for (at, ledger) in located.each("hazards", &located.section.hazards) {
            // Every stated count against the first one stated.
            let l = Ledger::of(ledger, at);
            let counts: Vec<&Term<'_>> = [&l.found, &l.rectified, &l.pending, &l.major]
                .into_iter()
                .flatten()
                .collect();
            units.same(&counts);
        }
        for (at, stats) in located.each("accidents", &located.section.accidents) {
            if let (Some(t), Some(m)) = accidents(stats, at) {
                units.same(&[&m, &t]);
            }
        }
    });
}

/// `safety.ledger_imbalance`: found ≠ rectified + pending (隐患台账不平衡).
///
/// Checked when all three are given; reported at `found` when no values the (possibly
/// approximate) figures stand for agree.
///
/// Fails: `"found": {"value": 40, "unit": "处"}, "rectified": {"value": 30, "unit": "处"},
/// "pending": {"value": 5, "unit": "处"}`.
pub const LEDGER_IMBALANCE: Rule = Rule {
    code: "safety.ledger_imbalance",
    severity: Severity::Error,
    title_zh: "隐患发现数不等于已整改数与未整改数之和",
    title_en: "Hazards found differ from rectified plus pending",
    description_zh: "发现数、已整改数、未整改数都填写时，应满足 发现数 = 已整改数 + 未整改数。",
    fields: &[
        "/*/items/**/hazards/*/found",
        "/*/items/**/hazards/*/rectified",
        "/*/items/**/hazards/*/pending",
    ],
};

fn ledger_imbalance(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_ledger(cx, |l| {
        if let (Some(f), Some(r), Some(p)) = (&l.found, &l.rectified, &l.pending) {
            arith.equals(&LEDGER_IMBALANCE, None, &[f], &[r, p], &[]);
        }
    });
}

/// `safety.rate_mismatch`: the stated rectification rate disagrees with rectified ÷ found
/// (整改率与整改数不符).
///
/// The stated rate may differ from the computed one by one unit of its last printed digit;
/// a stated `100%` requires rectified = found ("全部整改"). An error: 整改率 has one
/// definition (已整改 ÷ 发现), fixed by the field.
///
/// Fails: `"found": {"value": 40, "unit": "处"}, "rectified": {"value": 38, "unit": "处"},
/// "rate": {"value": 100, "unit": "%"}`.
pub const RATE_MISMATCH: Rule = Rule {
    code: "safety.rate_mismatch",
    severity: Severity::Error,
    title_zh: "整改率与整改数不符",
    title_en: "Rectification rate disagrees with the counts",
    description_zh: "整改率应等于 已整改数 ÷ 发现数 × 100%，允许相差末位数字一个单位；整改率为100%时已整改数必须等于发现数。",
    fields: &[
        "/*/items/**/hazards/*/rate",
        "/*/items/**/hazards/*/found",
        "/*/items/**/hazards/*/rectified",
    ],
};

/// Also checks the rate's unit and range (the kernel's shared rules, on this rule's behalf).
fn rate_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_ledger(cx, |l| {
        let Some(rate) = &l.rate else { return };
        match (&l.rectified, &l.found) {
            (Some(r), Some(f)) => arith.rate(&RATE_MISMATCH, rate, &[r], &[f], &[]),
            _ => arith.rate(&RATE_MISMATCH, rate, &[], &[], &[]),
        }
    });
}

/// `safety.major_exceeds_found`: more major hazards than hazards found (重大隐患多于发现数).
///
/// Fails: `"found": {"value": 10, "unit": "处"}, "major": {"value": 12, "unit": "处"}`.
pub const MAJOR_EXCEEDS_FOUND: Rule = Rule {
    code: "safety.major_exceeds_found",
    severity: Severity::Error,
    title_zh: "重大隐患数多于发现数",
    title_en: "More major hazards than hazards found",
    description_zh: "“其中重大隐患”是发现隐患的一部分，不得多于发现数。",
    fields: &["/*/items/**/hazards/*/found", "/*/items/**/hazards/*/major"],
};

fn major_exceeds_found(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_ledger(cx, |l| {
        if let (Some(f), Some(m)) = (&l.found, &l.major) {
            arith.at_most(&MAJOR_EXCEEDS_FOUND, &[m], &[f], &[]);
        }
    });
}

/// `safety.major_accidents_exceed_total`: more major accidents than accidents
/// (较大及以上事故多于事故总数).
///
/// 较大及以上事故 (grades after 《生产安全事故报告和调查处理条例》 第三条) are part of the
/// accidents counted; the unit rule of the family applies to the two counts.
///
/// Fails: `"accidents": {"value": 3, "unit": "起"}, "major_accidents": {"value": 4, "unit": "起"}`.
pub const MAJOR_ACCIDENTS_EXCEED_TOTAL: Rule = Rule {
    code: "safety.major_accidents_exceed_total",
    severity: Severity::Error,
    title_zh: "较大及以上事故起数多于事故总数",
    title_en: "More major accidents than accidents",
    description_zh: "较大及以上事故是事故总数的一部分，起数不得多于事故总数，二者单位须一致。",
    fields: &[
        "/*/items/**/accidents/*/accidents",
        "/*/items/**/accidents/*/major_accidents",
    ],
};

fn major_accidents_exceed_total(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    cx.each_section(|located| {
        for (at, stats) in located.each("accidents", &located.section.accidents) {
            if let (Some(t), Some(m)) = accidents(stats, at) {
                arith.at_most(&MAJOR_ACCIDENTS_EXCEED_TOTAL, &[&m], &[&t], &[]);
            }
        }
    });
}

/// The rules of this family with their checks, in catalogue order.
pub(crate) static UNITS: &[Unit] = &[
    Unit::compares(&RECTIFIED_EXCEEDS_FOUND, rectified_exceeds_found),
    Unit::own(&UNIT_MISMATCH, unit_mismatch),
    Unit::compares(&LEDGER_IMBALANCE, ledger_imbalance),
    Unit::compares(&RATE_MISMATCH, rate_mismatch),
    Unit::compares(&MAJOR_EXCEEDS_FOUND, major_exceeds_found),
    Unit::compares(&MAJOR_ACCIDENTS_EXCEED_TOTAL, major_accidents_exceed_total),
];

block_terms! {
    /// The figures of one hazard ledger, as terms.
    Ledger of HazardLedger as "HazardLedger" {
        found: found,
        rectified: rectified,
        pending: pending,
        major: major,
        rate: rate,
    }
}

/// Calls `f` with every hazard ledger of the report, in document order.
fn each_ledger(cx: &Cx<'_>, mut f: impl FnMut(&Ledger<'_>)) {
    cx.each_section(|located| {
        for (at, ledger) in located.each("hazards", &located.section.hazards) {
            f(&Ledger::of(ledger, at));
        }
    });
}

/// The accident count and the major accident count of an accident statistics block.
fn accidents<'a>(
    stats: &'a AccidentStatistics,
    at: Pointer<'a>,
) -> (Option<Term<'a>>, Option<Term<'a>>) {
    let [accidents, major_accidents] =
        field_terms!(at, stats => AccidentStatistics { accidents, major_accidents });
    (accidents, major_accidents)
}
