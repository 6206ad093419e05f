//! Rules of the `forms` family: figures printed in other forms than one quantity
//! (其他形式的数字) — ranges, before/after pairs and targets, in a subsection's `figures`
//! and in the blocks that hold them (承诺时限 ranges and 压缩 pairs of approval items).
//!
//! The figures are compared as the intervals they stand for: an order that only may fail
//! is reported once under
//! [`figures::POSSIBLY_INCONSISTENT`](super::figures::POSSIBLY_INCONSISTENT).

use crate::Report;
use crate::model::{BeforeAfter, Change, Comparator, Figure, Range, Target};
use crate::validate::engine::ptr;
use crate::validate::facts::resolve::SectionFacts;
use crate::validate::facts::{
    Arith, Label, Loc, Name, Term, Verdict, exceeds, order_finding, title,
};
use crate::validate::walk::Walked;
use crate::validate::{Options, Rule, Severity, Sink};

/// `forms.figure_form_count`: a figure of `figures` gives none, or more than one, of
/// `range`, `ratio`, `target` and `before_after` (数字形式填写有误).
///
/// A figure is printed in one form; an entry with none states nothing to check, and one
/// with several cannot say which the text printed.
///
/// Fails: `"figures": [{"label": "办理时限"}]`.
pub const FIGURE_FORM_COUNT: Rule = Rule {
    code: "forms.figure_form_count",
    severity: Severity::Error,
    title_zh: "数字形式填写有误",
    title_en: "A figure gives no form or several",
    description_zh: "“其他形式的数字”每项应且只应填写范围、比例、目标或前后对比中的一种。",
    fields: &["/*/items/**/figures/*"],
};

/// `forms.unit_mismatch`: the two ends of a range, the two values of a before/after pair,
/// or a target and its actual value are in different units (数字单位不一致).
///
/// Fails: `"range": {"low": {"value": 5, "unit": "个工作日"}, "high": {"value": 10, "unit": "天"}}`.
pub const UNIT_MISMATCH: Rule = Rule {
    code: "forms.unit_mismatch",
    severity: Severity::Error,
    title_zh: "范围、前后对比或目标的单位不一致",
    title_en: "Range, before/after or target in different units",
    description_zh: "范围的上下限、前后对比的前后两值、目标值与实际值必须使用同一单位。",
    fields: &[
        "/*/items/**/figures/*/range/high",
        "/*/items/**/figures/*/before_after/after",
        "/*/items/**/figures/*/target/actual",
        "/*/items/**/government_services/items/*/committed_range/high",
        "/*/items/**/government_services/items/*/time_reduction/after",
        "/*/items/**/government_services/items/*/materials_reduction/after",
        "/*/items/**",
    ],
};

/// `forms.range_inverted`: a range's lower end is above its upper end (范围上下限颠倒).
///
/// Fails: `"committed_range": {"low": {"value": 10, "unit": "个工作日"}, "high": {"value": 5,
/// "unit": "个工作日"}}`.
pub const RANGE_INVERTED: Rule = Rule {
    code: "forms.range_inverted",
    severity: Severity::Error,
    title_zh: "范围上下限颠倒",
    title_en: "Range upside down",
    description_zh: "范围（如“5—10个工作日”）的下限不得大于上限。",
    fields: &[
        "/*/items/**/figures/*/range",
        "/*/items/**/government_services/items/*/committed_range",
    ],
};

/// `forms.before_after_contradicts`: a before/after pair contradicts what the text says
/// happened (前后对比与变化表述矛盾): "压缩/缩短/减少" with a value after that is not below
/// the value before, "提高/增加" with one that is not above it.
///
/// Fails: `"before": 5 个工作日, "after": 15 个工作日, "change": "reduced"`.
pub const BEFORE_AFTER_CONTRADICTS: Rule = Rule {
    code: "forms.before_after_contradicts",
    severity: Severity::Error,
    title_zh: "前后对比与变化表述矛盾",
    title_en: "Before/after contradicts the stated change",
    description_zh: "写“压缩”“缩短”“减少”时，变化后的数值应小于变化前；写“提高”“增加”时应大于变化前。",
    fields: &[
        "/*/items/**/figures/*/before_after",
        "/*/items/**/government_services/items/*/time_reduction",
        "/*/items/**/government_services/items/*/materials_reduction",
    ],
};

/// `forms.target_not_met`: a stated actual value does not meet its stated target
/// (实际值未达到目标).
///
/// A warning: the report may say so on purpose; a checker should see it. Compared as the
/// intervals the figures stand for, reported only when the target is certainly missed.
///
/// Fails: `"target": {"comparator": "at_least", "value": 100 %, "actual": 95 %}`.
pub const TARGET_NOT_MET: Rule = Rule {
    code: "forms.target_not_met",
    severity: Severity::Warning,
    title_zh: "实际值未达到目标",
    title_en: "Actual value misses its target",
    description_zh: "目标（如“不低于90%”）注明实际完成值时，实际值应满足目标；未满足时提示核对。",
    fields: &[
        "/*/items/**/figures/*/target/actual",
        "/*/items/**/figures/*/target/actual_fact",
    ],
};

/// The rules of this family, in catalogue order.
pub(crate) static RULES: &[&Rule] = &[
    &FIGURE_FORM_COUNT,
    &UNIT_MISMATCH,
    &RANGE_INVERTED,
    &BEFORE_AFTER_CONTRADICTS,
    &TARGET_NOT_MET,
];

pub(crate) fn check(
    _report: &Report,
    walked: &Walked<'_>,
    _options: &Options,
    sink: &mut Sink<'_>,
) {
    let mut arith = Arith::new(sink, &UNIT_MISMATCH);
    for located in walked.sections() {
        let section = located.section;
        let base = located.pointer.as_str();
        let facts = SectionFacts::new(section, base);
        for (k, figure) in section.figures.iter().enumerate() {
            check_figure(
                &mut arith,
                &facts,
                figure,
                &format!("{base}{}", ptr!["figures", k]),
            );
        }
        if let Some(services) = &section.government_services {
            for (j, item) in services.items.iter().enumerate() {
                let at = format!("{base}{}", ptr!["government_services", "items", j]);
                if let Some(r) = &item.committed_range {
                    range(&mut arith, r, &format!("{at}/committed_range"));
                }
                if let Some(p) = &item.time_reduction {
                    before_after(&mut arith, p, &format!("{at}/time_reduction"));
                }
                if let Some(p) = &item.materials_reduction {
                    before_after(&mut arith, p, &format!("{at}/materials_reduction"));
                }
            }
        }
    }
}

fn check_figure(arith: &mut Arith<'_, '_>, facts: &SectionFacts<'_>, f: &Figure, at: &str) {
    let forms = [
        f.range.is_some(),
        f.ratio.is_some(),
        f.target.is_some(),
        f.before_after.is_some(),
    ];
    let given = forms.iter().filter(|g| **g).count();
    if given != 1 {
        let (zh, en) = if given == 0 {
            (
                format!("“{}”未填写范围、比例、目标或前后对比中的任何一种", f.label),
                format!(
                    "figure {:?} gives no range, ratio, target or before/after",
                    f.label
                ),
            )
        } else {
            (
                format!(
                    "“{}”同时填写了{given}种形式，只应填写范围、比例、目标或前后对比中的一种",
                    f.label
                ),
                format!("figure {:?} gives {given} forms; give one", f.label),
            )
        };
        arith
            .sink()
            .report(&FIGURE_FORM_COUNT, at)
            .param("label", &f.label)
            .param("forms", given)
            .emit(zh, en);
    }
    if let Some(r) = &f.range {
        range(arith, r, &format!("{at}/range"));
    }
    if let Some(p) = &f.before_after {
        before_after(arith, p, &format!("{at}/before_after"));
    }
    if let Some(t) = &f.target {
        target(arith, facts, t, &f.label, &format!("{at}/target"));
    }
}

fn range(arith: &mut Arith<'_, '_>, r: &Range, at: &str) {
    let (low_ptr, high_ptr) = (format!("{at}/low"), format!("{at}/high"));
    let low = Term {
        name: Name::Field("low"),
        zh: Label::Field(title("Range", "low")),
        q: &r.low,
        pointer: Loc::at(&low_ptr),
    };
    let high = Term {
        name: Name::Field("high"),
        zh: Label::Field(title("Range", "high")),
        q: &r.high,
        pointer: Loc::at(&high_ptr),
    };
    if !arith.same_unit(&[&low, &high]) {
        return;
    }
    let verdict = exceeds(&r.low.interval(), &r.high.interval());
    let Some(b) = order_finding(arith.sink(), verdict, &RANGE_INVERTED, at.to_owned()) else {
        return;
    };
    let b = b
        .related(low_ptr.as_str())
        .related(high_ptr.as_str())
        .param("low", r.low.to_string())
        .param("high", r.high.to_string());
    if verdict == Verdict::Possibly {
        b.emit(
            format!(
                "按约数代表的范围，下限（{}）可能大于上限（{}），请核对",
                r.low, r.high
            ),
            format!(
                "the lower end ({}) may exceed the upper end ({})",
                r.low, r.high
            ),
        );
    } else {
        b.emit(
            format!("范围的下限（{}）大于上限（{}），上下限颠倒", r.low, r.high),
            format!(
                "the lower end ({}) is above the upper end ({})",
                r.low, r.high
            ),
        );
    }
}

fn before_after(arith: &mut Arith<'_, '_>, p: &BeforeAfter, at: &str) {
    let (before_ptr, after_ptr) = (format!("{at}/before"), format!("{at}/after"));
    let before = Term {
        name: Name::Field("before"),
        zh: Label::Field(title("BeforeAfter", "before")),
        q: &p.before,
        pointer: Loc::at(&before_ptr),
    };
    let after = Term {
        name: Name::Field("after"),
        zh: Label::Field(title("BeforeAfter", "after")),
        q: &p.after,
        pointer: Loc::at(&after_ptr),
    };
    if !arith.same_unit(&[&before, &after]) {
        return;
    }
    let (b_i, a_i) = (p.before.interval(), p.after.interval());
    // A reduction needs after < before: contradicted when after ≥ before for every value.
    let (contradicted, zh, en) = match p.change {
        Some(Change::Reduced) => (
            !b_i.possibly_greater(&a_i),
            "写“压缩/缩短/减少”，但变化后的数值不小于变化前",
            "stated as reduced, but the value after is not below the value before",
        ),
        Some(Change::Raised) => (
            !a_i.possibly_greater(&b_i),
            "写“提高/增加”，但变化后的数值不大于变化前",
            "stated as raised, but the value after is not above the value before",
        ),
        _ => return,
    };
    if !contradicted {
        return;
    }
    arith
        .sink()
        .report(&BEFORE_AFTER_CONTRADICTS, at)
        .related(before_ptr.as_str())
        .related(after_ptr.as_str())
        .param("before", p.before.to_string())
        .param("after", p.after.to_string())
        .emit(
            format!("{zh}（由{}至{}）", p.before, p.after),
            format!("{en} ({} → {})", p.before, p.after),
        );
}

fn target(arith: &mut Arith<'_, '_>, facts: &SectionFacts<'_>, t: &Target, label: &str, at: &str) {
    let Some(value) = &t.value else { return };
    let value_ptr = format!("{at}/value");
    let goal = Term {
        name: Name::Field("value"),
        zh: Label::Field(title("Target", "value")),
        q: value,
        pointer: Loc::at(&value_ptr),
    };
    let actual_ptr = format!("{at}/actual");
    // The stated actual value, else the one referred to (an unresolved reference is the
    // `facts` family's finding).
    let fact = match (&t.actual, &t.actual_fact) {
        (None, Some(r)) => facts.resolve(r).ok(),
        _ => None,
    };
    let actual = match (&t.actual, &fact) {
        (Some(q), _) => Term {
            name: Name::Field("actual"),
            zh: Label::Field(title("Target", "actual")),
            q,
            pointer: Loc::at(&actual_ptr),
        },
        (None, Some(f)) => f.term(),
        (None, None) => return,
    };
    if !arith.same_unit(&[&goal, &actual]) {
        return;
    }
    let (a, g) = (actual.q.interval(), value.interval());
    let missed = match t.comparator {
        Comparator::AtLeast => g.certainly_greater(&a),
        Comparator::Above => !a.possibly_greater(&g),
        Comparator::AtMost => a.certainly_greater(&g),
        Comparator::Below => !g.possibly_greater(&a),
        _ => a.disjoint(&g),
    };
    if !missed {
        return;
    }
    let (word_zh, word_en) = match t.comparator {
        Comparator::AtLeast => ("不低于", "at least"),
        Comparator::Above => ("高于", "above"),
        Comparator::AtMost => ("不超过", "at most"),
        Comparator::Below => ("低于", "below"),
        _ => ("达到", "equal to"),
    };
    let mut b = if t.actual.is_some() {
        arith.sink().report(&TARGET_NOT_MET, actual_ptr.as_str())
    } else {
        arith
            .sink()
            .report(&TARGET_NOT_MET, format!("{at}/actual_fact"))
            .related(actual.pointer.to_string())
    };
    b = b.related(value_ptr.as_str());
    b.param("target", format!("{word_en} {value}"))
        .param("actual", actual.q.to_string())
        .emit(
            format!(
                "“{label}”的实际值（{}）未达到目标（{word_zh}{value}），请核对",
                actual.q
            ),
            format!(
                "{label:?}: the actual value ({}) misses the target ({word_en} {value})",
                actual.q
            ),
        );
}
