//! Rules of the `forms` family: figures printed in other forms than one quantity
//! (其他形式的数字) — ranges, before/after pairs and targets, in a subsection's `figures`
//! and in the blocks that hold them (承诺时限 ranges and 压缩 pairs of approval items).
//!
//! The figures are compared as the intervals they stand for: an order that only may fail
//! is reported once under
//! [`figures::POSSIBLY_INCONSISTENT`](super::figures::POSSIBLY_INCONSISTENT).

use super::Unit;
use crate::model::{BeforeAfter, Change, Comparator, Figure, Quantity, Range, Target};
use crate::validate::engine::{Cx, Emit};
use crate::validate::facts::resolve::{Fact, SectionFacts};
use crate::validate::facts::{
    Label, Name, Term, Units, emit_order, exceeds, one_unit, order_finding, title,
};
use crate::validate::support::pointer::Pointer;
use crate::validate::{Rule, Severity};

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
/// The rules of this family with their checks, in catalogue order.
pub(crate) static UNITS: &[Unit] = &[
    Unit::own(&FIGURE_FORM_COUNT, figure_form_count),
    Unit::own(&UNIT_MISMATCH, unit_mismatch),
    Unit::compares(&RANGE_INVERTED, range_inverted),
    Unit::own(&BEFORE_AFTER_CONTRADICTS, before_after_contradicts),
    Unit::own(&TARGET_NOT_MET, target_not_met),
];

/// A figure in one of the forms this family checks, with its pointer.
enum Form<'r, 'l> {
    /// An entry of a subsection's `figures`, with its label.
    Figure(&'r Figure),
    Range(&'r Range),
    BeforeAfter(&'r BeforeAfter),
    /// A target with the label of its figure and the figures of its subsection.
    Target(&'r Target, &'r str, &'l SectionFacts<'r>),
}

/// Calls `f` with every form of every subsection and its pointer, in document order: each
/// entry of `figures` followed by its range, before/after pair and target, then the
/// committed ranges and reductions of the approval items.
fn each_form(cx: &Cx<'_>, mut f: impl FnMut(Pointer<'_>, Form<'_, '_>)) {
    cx.each_section(|located| {
        let section = located.section;
        let facts = SectionFacts::new(section, &located.pointer);
        for (at, figure) in located.each("figures", &section.figures) {
            f(at.clone(), Form::Figure(figure));
            if let Some(r) = &figure.range {
                f(at.key("range"), Form::Range(r));
            }
            if let Some(p) = &figure.before_after {
                f(at.key("before_after"), Form::BeforeAfter(p));
            }
            if let Some(t) = &figure.target {
                f(at.key("target"), Form::Target(t, &figure.label, &facts));
            }
        }
        if let Some((at, services)) =
            located.one("government_services", &section.government_services)
        {
            for (j, item) in services.items.iter().enumerate() {
                let at = at.key("items").index(j);
                if let Some(r) = &item.committed_range {
                    f(at.key("committed_range"), Form::Range(r));
                }
                if let Some(p) = &item.time_reduction {
                    f(at.key("time_reduction"), Form::BeforeAfter(p));
                }
                if let Some(p) = &item.materials_reduction {
                    f(at.key("materials_reduction"), Form::BeforeAfter(p));
                }
            }
        }
    });
}

fn figure_form_count(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_form(cx, |at, form| {
        let Form::Figure(f) = form else { return };
        let forms = [
            f.range.is_some(),
            f.ratio.is_some(),
            f.target.is_some(),
            f.before_after.is_some(),
        ];
        let given = forms.iter().filter(|g| **g).count();
        if given == 1 {
            return;
        }
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
        emit.report(at)
            .param("label", &f.label)
            .param("forms", given)
            .emit(zh, en);
    });
}

/// Reports the two figures of a range, a before/after pair or a target (with its actual
/// value) in different units.
fn unit_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut units = Units::new(emit);
    each_form(cx, |at, form| match form {
        Form::Figure(_) => {}
        Form::Range(r) => {
            let (low, high) = range_terms(r, at);
            units.same(&[&low, &high]);
        }
        Form::BeforeAfter(p) => {
            let (before, after) = before_after_terms(p, at);
            units.same(&[&before, &after]);
        }
        Form::Target(t, _, facts) => {
            if let Some(target) = TargetFigures::of(t, facts, at) {
                let (goal, actual) = target.terms();
                units.same(&[&goal, &actual]);
            }
        }
    });
}

fn range_inverted(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_form(cx, |at, form| {
        let Form::Range(r) = form else { return };
        let (low, high) = range_terms(r, at.clone());
        if !one_unit(&[&low], &[&high]) {
            return;
        }
        let verdict = exceeds(&r.low.interval(), &r.high.interval());
        let Some(b) = order_finding(emit, verdict, &RANGE_INVERTED, at) else {
            return;
        };
        let b = b
            .related(low.pointer)
            .related(high.pointer)
            .param("low", r.low.to_string())
            .param("high", r.high.to_string());
        emit_order(
            b,
            verdict,
            (
                format!(
                    "按约数代表的范围，下限（{}）可能大于上限（{}），请核对",
                    r.low, r.high
                ),
                format!(
                    "the lower end ({}) may exceed the upper end ({})",
                    r.low, r.high
                ),
            ),
            (
                format!("范围的下限（{}）大于上限（{}），上下限颠倒", r.low, r.high),
                format!(
                    "the lower end ({}) is above the upper end ({})",
                    r.low, r.high
                ),
            ),
        );
    });
}

fn before_after_contradicts(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_form(cx, |at, form| {
        let Form::BeforeAfter(p) = form else { return };
        let (before, after) = before_after_terms(p, at.clone());
        if !one_unit(&[&before], &[&after]) {
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
        emit.report(at)
            .related(before.pointer)
            .related(after.pointer)
            .param("before", p.before.to_string())
            .param("after", p.after.to_string())
            .emit(
                format!("{zh}（由{}至{}）", p.before, p.after),
                format!("{en} ({} → {})", p.before, p.after),
            );
    });
}

fn target_not_met(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_form(cx, |at, form| {
        let Form::Target(t, label, facts) = form else {
            return;
        };
        let Some(target) = TargetFigures::of(t, facts, at.clone()) else {
            return;
        };
        let (goal, actual) = target.terms();
        if !one_unit(&[&goal], &[&actual]) {
            return;
        }
        let value = goal.q;
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
            emit.report(actual.pointer)
        } else {
            emit.report(at.key("actual_fact")).related(actual.pointer)
        };
        b = b.related(goal.pointer);
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
    });
}

/// The low and high ends of a range at `at`, as terms.
fn range_terms<'a>(r: &'a Range, at: Pointer<'a>) -> (Term<'a>, Term<'a>) {
    (
        field_term(at.clone(), "Range", "low", &r.low),
        field_term(at, "Range", "high", &r.high),
    )
}

/// The values before and after of a before/after pair at `at`, as terms.
fn before_after_terms<'a>(p: &'a BeforeAfter, at: Pointer<'a>) -> (Term<'a>, Term<'a>) {
    (
        field_term(at.clone(), "BeforeAfter", "before", &p.before),
        field_term(at, "BeforeAfter", "after", &p.after),
    )
}

/// The required figure `name` of the value of definition `def` at `at`, as a term.
fn field_term<'a>(
    at: Pointer<'a>,
    def: &'static str,
    name: &'static str,
    q: &'a Quantity,
) -> Term<'a> {
    Term {
        name: Name::Field(name),
        zh: Label::Field(title(def, name)),
        q,
        pointer: at.key(name),
    }
}

/// A target's actual value: stated, or the figure `actual_fact` names.
enum Actual<'a> {
    Stated(&'a Quantity),
    Fact(Fact<'a>),
}

/// A target with a value and an actual value (an unresolved reference is the `facts`
/// family's finding).
struct TargetFigures<'a> {
    value: &'a Quantity,
    at: Pointer<'a>,
    actual: Actual<'a>,
}

impl<'a> TargetFigures<'a> {
    fn of<'f: 'a>(target: &'a Target, facts: &SectionFacts<'f>, at: Pointer<'a>) -> Option<Self> {
        let actual = match (&target.actual, &target.actual_fact) {
            (Some(q), _) => Actual::Stated(q),
            (None, Some(r)) => Actual::Fact(facts.resolve(r).ok()?),
            (None, None) => return None,
        };
        Some(TargetFigures {
            value: target.value.as_ref()?,
            at,
            actual,
        })
    }

    /// The target's value and the actual value, as terms.
    fn terms(&self) -> (Term<'_>, Term<'_>) {
        let goal = field_term(self.at.clone(), "Target", "value", self.value);
        let actual = match &self.actual {
            Actual::Stated(q) => field_term(self.at.clone(), "Target", "actual", q),
            Actual::Fact(f) => f.term(),
        };
        (goal, actual)
    }
}
