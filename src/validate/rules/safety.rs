//! Rules of the `safety` family: hazard ledgers (隐患台账).

use crate::Report;
use crate::model::{HazardLedger, Quantity};
use crate::validate::{Options, Rule, Severity, Sink, ptr};

/// `safety.rectified_exceeds_found`: more hazards rectified than found (已整改多于发现).
///
/// Compares the intervals the printed figures stand for: an error when every possible
/// value of `rectified` exceeds every possible value of `found`; a warning when it only
/// may (`40余处` found, `45处` rectified).
///
/// Fails: `"found": {"value": 40, "unit": "处"}, "rectified": {"value": 41, "unit": "处"}`.
pub const RECTIFIED_EXCEEDS_FOUND: Rule = Rule {
    code: "safety.rectified_exceeds_found",
    severity: Severity::Error,
    title_zh: "已整改隐患数多于发现数",
    title_en: "More hazards rectified than found",
    description_zh: "隐患台账中已整改数不得多于发现数。带“余”“约”等修饰语的数字按其代表的区间比较：确定矛盾时报错误，可能矛盾时报警告。",
    fields: &[
        "/measures/items/*/hazards/*/found",
        "/measures/items/*/hazards/*/rectified",
    ],
};

/// `safety.rectified_possibly_exceeds_found`: rectified may exceed found, given
/// approximate figures (已整改可能多于发现).
///
/// Fails: `"found": {"value": 40, "unit": "处", "qualifier": "more_than"},
/// "rectified": {"value": 45, "unit": "处"}`.
pub const RECTIFIED_POSSIBLY_EXCEEDS_FOUND: Rule = Rule {
    code: "safety.rectified_possibly_exceeds_found",
    severity: Severity::Warning,
    title_zh: "已整改隐患数可能多于发现数",
    title_en: "Rectified hazards may exceed those found",
    description_zh: "发现数或已整改数为约数，按其代表的区间已整改数可能多于发现数，请核对原始台账。",
    fields: &[
        "/measures/items/*/hazards/*/found",
        "/measures/items/*/hazards/*/rectified",
    ],
};

/// `safety.unit_mismatch`: found, rectified and pending hazards in different units
/// (隐患计量单位不一致), e.g. found 40处, rectified 40份.
///
/// Fails: `"found": {"value": 40, "unit": "处"}, "rectified": {"value": 40, "unit": "份"}`.
pub const UNIT_MISMATCH: Rule = Rule {
    code: "safety.unit_mismatch",
    severity: Severity::Error,
    title_zh: "隐患数计量单位不一致",
    title_en: "Hazard counts in different units",
    description_zh: "同一隐患台账的发现数、已整改数、未整改数必须使用同一量词（如都用“处”），否则无法比较。",
    fields: &[
        "/measures/items/*/hazards/*/found",
        "/measures/items/*/hazards/*/rectified",
        "/measures/items/*/hazards/*/pending",
    ],
};

/// The rules of this family, in catalogue order.
pub(crate) static RULES: &[&Rule] = &[
    &RECTIFIED_EXCEEDS_FOUND,
    &RECTIFIED_POSSIBLY_EXCEEDS_FOUND,
    &UNIT_MISMATCH,
];

pub(crate) fn check(report: &Report, _options: &Options, sink: &mut Sink<'_>) {
    for (part, items) in report.section_parts() {
        for (i, section) in items.iter().enumerate() {
            for (j, ledger) in section.hazards.iter().enumerate() {
                let base = ptr![part.field(), "items", i, "hazards", j];
                check_ledger(ledger, &base, sink);
            }
        }
    }
}

fn check_ledger(ledger: &HazardLedger, base: &str, sink: &mut Sink<'_>) {
    let named: [(&str, Option<&Quantity>); 3] = [
        ("found", ledger.found.as_ref()),
        ("rectified", ledger.rectified.as_ref()),
        ("pending", ledger.pending.as_ref()),
    ];
    // Units: every stated count against the first one stated.
    let mut stated = named.iter().filter_map(|(n, q)| q.map(|q| (*n, q)));
    if let Some((first_name, first)) = stated.next() {
        for (name, q) in stated {
            if q.unit != first.unit {
                sink.report(&UNIT_MISMATCH, format!("{base}/{name}"))
                    .related(format!("{base}/{first_name}"))
                    .param(first_name, first.to_string())
                    .param(name, q.to_string())
                    .emit(
                        format!(
                            "“{}”的单位为“{}”，与{}的单位“{}”不一致，请统一量词",
                            q,
                            q.unit,
                            field_zh(first_name),
                            first.unit
                        ),
                        format!(
                            "{name} is in {} but {first_name} is in {}; use one unit",
                            q.unit, first.unit
                        ),
                    );
            }
        }
    }
    if let (Some(found), Some(rectified)) = (&ledger.found, &ledger.rectified) {
        let (f, r) = (found.interval(), rectified.interval());
        let rule = if r.certainly_greater(&f) {
            Some(&RECTIFIED_EXCEEDS_FOUND)
        } else if r.possibly_greater(&f) {
            Some(&RECTIFIED_POSSIBLY_EXCEEDS_FOUND)
        } else {
            None
        };
        if let Some(rule) = rule {
            sink.report(rule, format!("{base}/rectified"))
                .related(format!("{base}/found"))
                .param("found", found.to_string())
                .param("rectified", rectified.to_string())
                .emit(
                    format!("已整改隐患“{rectified}”多于发现隐患“{found}”"),
                    format!("rectified ({rectified}) exceeds found ({found})"),
                );
        }
    }
}

fn field_zh(name: &str) -> &'static str {
    match name {
        "found" => "发现数",
        "rectified" => "已整改数",
        _ => "未整改数",
    }
}
