//! Rules of the `safety` family: hazard ledgers (隐患台账).
//!
//! Approximate figures are compared as the intervals they stand for (see the
//! [`figures`](super::figures) family): an order that only may fail is reported once under
//! [`figures::POSSIBLY_INCONSISTENT`](super::figures::POSSIBLY_INCONSISTENT).

use crate::Report;
use crate::model::HazardLedger;
use crate::validate::facts::{Arith, Term, term};
use crate::validate::{Options, Rule, Severity, Sink, ptr};

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
        "/*/items/*/hazards/*/found",
        "/*/items/*/hazards/*/rectified",
    ],
};

/// `safety.unit_mismatch`: found, rectified, pending and major hazards in different units
/// (隐患计量单位不一致), e.g. found 40处, rectified 40份.
///
/// Fails: `"found": {"value": 40, "unit": "处"}, "rectified": {"value": 40, "unit": "份"}`.
pub const UNIT_MISMATCH: Rule = Rule {
    code: "safety.unit_mismatch",
    severity: Severity::Error,
    title_zh: "隐患数计量单位不一致",
    title_en: "Hazard counts in different units",
    description_zh: "同一隐患台账的发现数、已整改数、未整改数、重大隐患数必须使用同一量词（如都用“处”），否则无法比较。",
    fields: &[
        "/*/items/*/hazards/*/found",
        "/*/items/*/hazards/*/rectified",
        "/*/items/*/hazards/*/pending",
        "/*/items/*/hazards/*/major",
    ],
};

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
        "/*/items/*/hazards/*/found",
        "/*/items/*/hazards/*/rectified",
        "/*/items/*/hazards/*/pending",
    ],
};

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
        "/*/items/*/hazards/*/rate",
        "/*/items/*/hazards/*/found",
        "/*/items/*/hazards/*/rectified",
    ],
};

/// `safety.major_exceeds_found`: more major hazards than hazards found (重大隐患多于发现数).
///
/// Fails: `"found": {"value": 10, "unit": "处"}, "major": {"value": 12, "unit": "处"}`.
pub const MAJOR_EXCEEDS_FOUND: Rule = Rule {
    code: "safety.major_exceeds_found",
    severity: Severity::Error,
    title_zh: "重大隐患数多于发现数",
    title_en: "More major hazards than hazards found",
    description_zh: "“其中重大隐患”是发现隐患的一部分，不得多于发现数。",
    fields: &["/*/items/*/hazards/*/found", "/*/items/*/hazards/*/major"],
};

/// The rules of this family, in catalogue order.
pub(crate) static RULES: &[&Rule] = &[
    &RECTIFIED_EXCEEDS_FOUND,
    &UNIT_MISMATCH,
    &LEDGER_IMBALANCE,
    &RATE_MISMATCH,
    &MAJOR_EXCEEDS_FOUND,
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
            for (j, ledger) in section.hazards.iter().enumerate() {
                let base = ptr![part.field(), "items", i, "hazards", j];
                check_ledger(&mut arith, ledger, &base);
            }
        }
    }
}

fn check_ledger(arith: &mut Arith<'_, '_>, ledger: &HazardLedger, base: &str) {
    let found = term(base, "found", "发现隐患数", ledger.found.as_ref());
    let rectified = term(base, "rectified", "已整改数", ledger.rectified.as_ref());
    let pending = term(base, "pending", "未整改数", ledger.pending.as_ref());
    let major = term(base, "major", "重大隐患数", ledger.major.as_ref());
    let counts: Vec<&Term<'_>> = [&found, &rectified, &pending, &major]
        .into_iter()
        .flatten()
        .collect();
    // Every stated count against the first one stated; comparisons skip mismatched units.
    arith.same_unit(&counts);
    if let (Some(f), Some(r)) = (&found, &rectified) {
        arith.at_most(&RECTIFIED_EXCEEDS_FOUND, &[r], &[f], &[]);
    }
    if let (Some(f), Some(m)) = (&found, &major) {
        arith.at_most(&MAJOR_EXCEEDS_FOUND, &[m], &[f], &[]);
    }
    if let (Some(f), Some(r), Some(p)) = (&found, &rectified, &pending) {
        arith.equals(&LEDGER_IMBALANCE, None, &[f], &[r, p], &[]);
    }
    if let Some(rate) = term(base, "rate", "整改率", ledger.rate.as_ref()) {
        match (&rectified, &found) {
            (Some(r), Some(f)) => arith.rate(&RATE_MISMATCH, &rate, &[r], &[f], &[]),
            _ => arith.rate(&RATE_MISMATCH, &rate, &[], &[], &[]),
        }
    }
}
