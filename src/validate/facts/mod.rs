//! The arithmetic kernel (数字算术内核) every rule family shares: figures as terms with
//! their pointer and Chinese label, the intervals approximate figures stand for, sums,
//! rates, orders and identities, and the verdicts certain / possible.
//!
//! # Approximate figures
//!
//! A figure printed with a qualifier stands for an interval ([`Quantity::interval`]):
//! `40余处` is (40, 50). Every comparison reasons with these intervals and never reports as
//! certain what is only possible:
//!
//! - an **order** (part ≤ whole) is reported under the comparison's own rule when every
//!   value the figures stand for breaks it, and once under [`POSSIBLY_INCONSISTENT`] (a
//!   warning, with the param `rule` naming the comparison) when only some values do;
//! - an **identity** (found = rectified + pending) or a **stated rate** is reported only
//!   when no value the figures stand for satisfies it: approximate figures that overlap
//!   could always agree, so a warning there would fire on every approximate figure.
//!
//! Figures are compared only in one unit: a unit mismatch between figures that a rule
//! compares is reported by the family's own unit rule, and the comparison is skipped.
//! All arithmetic is exact ([`Decimal`]); nothing is computed in floating point (a float
//! appears only to print a computed rate in a message).

//!
//! The kernel is the one place that emits the three rules shared by every family's figures:
//! [`POSSIBLY_INCONSISTENT`], [`PERCENTAGE_OUT_OF_RANGE`] and [`RATE_NOT_PERCENT`] (listed in
//! the catalogue with the `figures` family), on behalf of the rule whose comparison it
//! evaluates; a family's `*.unit_mismatch` rule reports units with [`Units`]; no family
//! imports another.

use std::collections::BTreeSet;
use std::fmt;

use crate::model::{Bound, Decimal, Interval, Qualifier, Quantity, Unit};

pub(crate) mod resolve;
use crate::validate::engine::{Emit, FindingBuilder, Out};
use crate::validate::support::pointer::{Pointer, PointerBuf};
use crate::validate::support::titles;
use crate::validate::{Rule, Severity};

/// `figures.possibly_inconsistent`: figures printed as approximations (余, 约, 近, 以上 …)
/// may break an order that exact figures would have to keep (数字可能不一致).
///
/// Reported once per comparison, at the field the comparison's own rule would point at;
/// the param `rule` names that rule (e.g. `safety.rectified_exceeds_found`). It is a
/// warning because the report may be right: a person should check the source figures.
///
/// Fails: `"found": {"value": 40, "unit": "处", "qualifier": "more_than"},
/// "rectified": {"value": 45, "unit": "处"}` (40余处 found is 41–49, so 45 may exceed it).
pub const POSSIBLY_INCONSISTENT: Rule = Rule {
    code: "figures.possibly_inconsistent",
    severity: Severity::Warning,
    title_zh: "约数可能不一致",
    title_en: "Approximate figures may be inconsistent",
    description_zh: "带“余”“约”“近”“以上”等修饰语的数字代表一个范围。按范围比较，部分数值会违反应有的大小关系（如已整改数可能多于发现数），请核对原始数据。参数 rule 为对应的规则代码。",
    fields: &["/*/items/**"],
};

/// The fields holding rates in % that the kernel checks: indicators and every rate field of
/// the typed blocks (the `fields` of [`PERCENTAGE_OUT_OF_RANGE`] and [`RATE_NOT_PERCENT`]).
const RATE_FIELDS: &[&str] = &[
    "/*/items/**/indicators/*/value",
    "/*/items/**/hazards/*/rate",
    "/*/items/**/reconsideration/correction_rate",
    "/*/items/**/litigation/loss_rate",
    "/*/items/**/litigation/appearance_rate",
    "/*/items/**/petitions/resolution_rate",
    "/*/items/**/petitions/satisfaction_rate",
    "/*/items/**/normative_documents/filing_rate",
    "/*/items/**/normative_documents/timely_filing_rate",
    "/*/items/**/openness/answer_rate",
];

/// `figures.percentage_out_of_range`: a rate or share above 100 % (比率超过100%).
///
/// Applies to indicators in % that are not growth figures ([`Indicator::is_bounded_percentage`](crate::model::Indicator::is_bounded_percentage))
/// and to every rate field of the typed blocks (整改率, 纠错率, 败诉率, 出庭应诉率, 办结率,
/// 满意率, 报备率, 报备及时率, 按时答复率). Growth (同比增长) may exceed 100 %.
///
/// Fails: `"rate": {"value": 120, "unit": "%"}` on a hazard ledger.
pub const PERCENTAGE_OUT_OF_RANGE: Rule = Rule {
    code: "figures.percentage_out_of_range",
    severity: Severity::Error,
    title_zh: "比率超出0–100%",
    title_en: "Percentage above 100 %",
    description_zh: "比率、占比必须在 0–100% 之间；同比、环比增减幅度（指标类别为“增减幅度”）不受此限。",
    fields: RATE_FIELDS,
};

/// `figures.rate_not_percent`: a rate is stated in another unit than % (比率单位不是%).
///
/// Applies to the rate fields of the typed blocks and to indicators of kind rate or share
/// or with a `rate_of`.
///
/// Fails: `"rate": {"value": 40, "unit": "处"}` on a hazard ledger.
pub const RATE_NOT_PERCENT: Rule = Rule {
    code: "figures.rate_not_percent",
    severity: Severity::Error,
    title_zh: "比率单位不是%",
    title_en: "Rate not in percent",
    description_zh: "整改率、纠错率、出庭应诉率等比率以及类别为比率、占比的指标，单位必须为“%”。",
    fields: RATE_FIELDS,
};

/// The kernel's shared rules, emitted on behalf of the comparing rules (see
/// [`Emit::shared`]).
pub(crate) static SHARED: &[&Rule] = &[
    &POSSIBLY_INCONSISTENT,
    &PERCENTAGE_OUT_OF_RANGE,
    &RATE_NOT_PERCENT,
];

/// Whether every term of `lhs` and `rhs` is in one unit: the gate of every comparison. A
/// mismatch silences the comparison without a finding; only a family's `*.unit_mismatch`
/// rule reports it ([`Units`]).
pub(crate) fn one_unit(lhs: &[&Term<'_>], rhs: &[&Term<'_>]) -> bool {
    let Some(first) = lhs.first().or(rhs.first()) else {
        return true;
    };
    lhs.iter().chain(rhs).all(|t| t.q.unit() == first.q.unit())
}

/// The check of a family's `*.unit_mismatch` rule: figures that must share a unit, each
/// field blamed once.
pub(crate) struct Units<'e, 's, 'o> {
    emit: &'e mut Emit<'s, 'o>,
    reported: BTreeSet<PointerBuf>,
}

impl<'e, 's, 'o> Units<'e, 's, 'o> {
    /// The unit check reporting through `emit` (scoped to a `*.unit_mismatch` rule).
    pub(crate) fn new(emit: &'e mut Emit<'s, 'o>) -> Units<'e, 's, 'o> {
        debug_assert!(emit.rule().code.ends_with(".unit_mismatch"));
        Units {
            emit,
            reported: BTreeSet::new(),
        }
    }

    /// The emitter, for the unit rule's other findings (a total that is not a count).
    pub(crate) fn emit(&mut self) -> &mut Emit<'s, 'o> {
        self.emit
    }

    /// Reports each term in another unit than the first (once per field; a group led by a
    /// field already blamed blames nothing more).
    pub(crate) fn same(&mut self, terms: &[&Term<'_>]) {
        let Some(first) = terms.first() else { return };
        for t in &terms[1..] {
            if t.q.unit() == first.q.unit() {
                continue;
            }
            if self.reported.contains(&first.pointer.to_buf())
                || !self.reported.insert(t.pointer.to_buf())
            {
                continue;
            }
            unit_finding(self.emit.report(t.pointer.clone()), first, t);
        }
    }
}

// ---------------------------------------------------------------------------------------
// The kernel.
// ---------------------------------------------------------------------------------------

/// A figure taking part in a comparison: the quantity, its pointer, and names for the
/// messages and params. Names and pointer are formatted only when a finding is emitted: a
/// large report holds thousands of figures and almost none of them is reported.
pub(crate) struct Term<'a> {
    /// Param name (the wire name of the field, or an indicator's key).
    pub(crate) name: Name<'a>,
    /// What the figure counts, in Chinese, for messages (已整改数).
    pub(crate) zh: Label<'a>,
    /// The figure.
    pub(crate) q: &'a Quantity,
    /// Its JSON Pointer.
    pub(crate) pointer: Pointer<'a>,
}

/// The param name of a [`Term`].
#[derive(Clone, Copy, Debug)]
pub(crate) enum Name<'a> {
    /// A field's wire name.
    Field(&'static str),
    /// An indicator's key.
    Key(&'a str),
    /// An indicator without a key, by position: `indicators/3`.
    Indicator(usize),
}

impl Name<'_> {
    /// Whether the name is the wire name `field`.
    pub(crate) fn is(&self, field: &str) -> bool {
        matches!(self, Name::Field(f) if *f == field)
    }
}

impl fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Name::Field(s) => f.write_str(s),
            Name::Key(s) => f.write_str(s),
            Name::Indicator(j) => write!(f, "indicators/{j}"),
        }
    }
}

/// The Chinese name of a [`Term`] for messages.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Label<'a> {
    /// A field's fixed name (已整改数).
    Field(&'static str),
    /// The schema title of field `name` of definition `def`, looked up only when a message
    /// is written (see [`title`]).
    Title(&'static str, &'static str),
    /// An indicator's label as printed, shown in quotation marks.
    Quoted(&'a str),
}

impl fmt::Display for Label<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Label::Field(s) => f.write_str(s),
            Label::Title(def, name) => f.write_str(title(def, name)),
            Label::Quoted(s) => write!(f, "“{s}”"),
        }
    }
}

/// The schema title of field `name` of definition `def`: the Chinese name a message gives
/// a field (a field without a title is a bug, caught in debug builds).
pub(crate) fn title(def: &'static str, name: &'static str) -> &'static str {
    let title = titles::title(def, name);
    debug_assert!(title.is_some(), "no schema title for {def}.{name}");
    title.unwrap_or(name)
}

/// The term for an optional field `name` below the pointer `at` (of a value of schema
/// definition `def`, such as `"HazardLedger"`), if it is present.
///
/// Its Chinese name is the field's title in the schema
/// ([`support::titles`](crate::validate::support::titles)), the label a drafter sees in the
/// form, so a message cannot name a field otherwise; a field without a title is a bug,
/// caught in debug builds (and so by every rule fixture).
pub(crate) fn term_at<'a>(
    at: Pointer<'a>,
    def: &'static str,
    name: &'static str,
    q: Option<&'a Quantity>,
) -> Option<Term<'a>> {
    let q = q?;
    // A field without a title is a bug, caught here in debug builds (and so by every rule
    // fixture); the title itself is looked up only for a message.
    debug_assert!(
        titles::title(def, name).is_some(),
        "no schema title for {def}.{name}"
    );
    Some(Term {
        name: Name::Field(name),
        zh: Label::Title(def, name),
        q,
        pointer: at.key(name),
    })
}

/// The terms of the optional figures `fields` (wire name, value) of one block at `at`, a
/// value of schema definition `def` ([`term_at`] for each): the figures a rule compares,
/// in the order given, for destructuring (`let [found, rectified] = terms(…)`).
pub(crate) fn terms<'a, const N: usize>(
    at: Pointer<'a>,
    def: &'static str,
    fields: [(&'static str, &'a Option<Quantity>); N],
) -> [Option<Term<'a>>; N] {
    fields.map(|(name, q)| term_at(at.clone(), def, name, q.as_ref()))
}

/// The terms of figures of one block, named once: `field_terms!(at, block => Stock {
/// opening, closing })` is [`terms`] with each field's wire name `stringify!`'d from the
/// field it reads (the model renames no field on the wire) and the schema definition from
/// the block's type, so a name cannot drift from its field; the block must be of that type.
macro_rules! field_terms {
    ($at:expr, $block:expr => $ty:ident { $($field:ident),* $(,)? }) => {{
        let block: &$ty = $block;
        $crate::validate::facts::terms($at, stringify!($ty), [$((stringify!($field), &block.$field)),*])
    }};
}
pub(crate) use field_terms;

/// Declares the figures of one block of the model that a family's rules compare, as
/// terms: a struct with one optional [`Term`] per figure and its constructor
/// `of(block, at)` ([`terms`] for the fields, each named by its wire name), so that a
/// family lists a block's figures once and no rule builds a term by hand.
///
/// ```ignore
/// block_terms! {
///     /// The figures of one hazard ledger.
///     Ledger of HazardLedger as "HazardLedger" { found: found, rectified: rectified }
/// }
/// ```
macro_rules! block_terms {
    ($(#[$doc:meta])* $name:ident of $ty:ty as $def:literal { $($field:ident: $wire:ident),* $(,)? }) => {
        $(#[$doc])*
        struct $name<'a> {
            $($field: Option<$crate::validate::facts::Term<'a>>,)*
        }

        impl<'a> $name<'a> {
            /// The block's figures below its pointer `at`.
            fn of(block: &'a $ty, at: $crate::validate::support::pointer::Pointer<'a>) -> $name<'a> {
                let [$($field),*] =
                    $crate::validate::facts::terms(at, $def, [$((stringify!($wire), &block.$wire)),*]);
                $name { $($field),* }
            }
        }
    };
}
pub(crate) use block_terms;

/// Whether a unit can count things: a measure word of whole things (件, 处, 家 …) or one
/// outside the closed set (种, 栋, 类), which the crate cannot judge.
pub(crate) fn is_count(unit: &Unit) -> bool {
    unit.is_whole() || matches!(unit, Unit::Other(_))
}

/// The closed hull of an interval: its lower end (figures are never negative, so an open
/// lower end is treated as zero) and its upper end (`None` when unbounded).
pub(crate) fn hull(i: &Interval) -> (Decimal, Option<Decimal>) {
    let low = match i.low {
        Bound::Inclusive(v) | Bound::Exclusive(v) => v,
        Bound::Unbounded => Decimal::ZERO,
    };
    let high = match i.high {
        Bound::Inclusive(v) | Bound::Exclusive(v) => Some(v),
        Bound::Unbounded => None,
    };
    (low, high)
}

/// One unit of the last printed digit of a value: `1` for `95`, `0.01` for `12.83`.
/// (Unlike [`Decimal::last_place`], trailing zeros of a whole number are printed digits:
/// `100%` is precise to 1 %.)
pub(crate) fn printed_unit(v: Decimal) -> Decimal {
    Decimal::new(1, v.scale())
}

/// `b` with the value of every term of both sides, by its name, and the names of the
/// figures counted as absent (`absent`), as the finding's parameters.
fn with_values<'s, 'o>(
    mut b: FindingBuilder<'s, 'o>,
    lhs: &[&Term<'_>],
    rhs: &[&Term<'_>],
    absent: &[(&str, &str)],
) -> FindingBuilder<'s, 'o> {
    for t in lhs.iter().chain(rhs.iter()) {
        b = b.param(&t.name.to_string(), t.q.to_string());
    }
    if !absent.is_empty() {
        b = b.param("absent", absent.iter().map(|a| a.0).collect::<Vec<_>>());
    }
    b
}

/// The verdict of an order between two sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// The order holds for every value the figures stand for.
    Holds,
    /// It fails for some values and holds for others.
    Possibly,
    /// It fails for every value.
    Certainly,
}

/// Whether `lhs ≤ rhs` fails, given the intervals of both sides.
pub(crate) fn exceeds(lhs: &Interval, rhs: &Interval) -> Verdict {
    if lhs.certainly_greater(rhs) {
        Verdict::Certainly
    } else if lhs.possibly_greater(rhs) {
        Verdict::Possibly
    } else {
        Verdict::Holds
    }
}

/// Whether the stated `rate` (in %) certainly disagrees with 100 × `num` ÷ `den`, allowing
/// one unit of the rate's last printed digit; an exact `100` requires `num = den`.
/// `None` when the rate is undefined (the denominator is zero) or on overflow.
pub(crate) fn rate_disagrees(rate: &Quantity, num: &Interval, den: &Interval) -> Option<bool> {
    let (n_lo, n_hi) = hull(num);
    let (d_lo, d_hi) = hull(den);
    if d_hi.is_some_and(|d| d.is_zero()) {
        return None;
    }
    let (band_lo, band_hi) = if rate.is_exact() && rate.value() == Decimal::HUNDRED {
        (Decimal::HUNDRED, Some(Decimal::HUNDRED))
    } else {
        let u = printed_unit(rate.value());
        let (lo, hi) = hull(&rate.interval());
        let hi = match hi {
            Some(h) => Some(h.checked_add(u)?),
            None => None,
        };
        (lo.checked_sub(u)?, hi)
    };
    // The computed rate is at most 100·n_hi/d_lo: below the band when 100·n_hi < band_lo·d_lo.
    if let Some(n_hi) = n_hi
        && !d_lo.is_zero()
        && Decimal::HUNDRED
            .checked_mul(n_hi)?
            .lt(&band_lo.checked_mul(d_lo)?)
    {
        return Some(true);
    }
    // The computed rate is at least 100·n_lo/d_hi: above the band when 100·n_lo > band_hi·d_hi.
    if let (Some(band_hi), Some(d_hi)) = (band_hi, d_hi)
        && Decimal::HUNDRED
            .checked_mul(n_lo)?
            .gt(&band_hi.checked_mul(d_hi)?)
    {
        return Some(true);
    }
    Some(false)
}

/// `100 × n ÷ d` printed to two decimals, for messages only.
pub(crate) fn percent_text(num: &Interval, den: &Interval) -> Option<String> {
    if !num.is_exact() || !den.is_exact() {
        return None;
    }
    let (n, _) = hull(num);
    let (d, _) = hull(den);
    if d.is_zero() {
        return None;
    }
    let text = format!("{:.2}", 100.0 * n.to_f64() / d.to_f64());
    let text = text.trim_end_matches('0').trim_end_matches('.');
    Some(format!("{text}%"))
}

/// Describes one side of a relation: "已整改数与未整改数之和（30处 + 5处 = 35处）".
pub(crate) fn side(terms: &[&Term<'_>]) -> (String, String, String) {
    let names: Vec<String> = terms.iter().map(|t| t.zh.to_string()).collect();
    let names_en: Vec<String> = terms.iter().map(|t| t.name.to_string()).collect();
    let values: Vec<String> = terms.iter().map(|t| t.q.to_string()).collect();
    let mut shown = values.join(" + ");
    if terms.len() > 1
        && terms.iter().all(|t| t.q.is_exact())
        && let Some(total) = Decimal::checked_sum(terms.iter().map(|t| t.q.value()))
    {
        shown = format!("{shown} = {total}{}", terms[0].q.unit());
    }
    let (zh, en) = if terms.len() > 1 {
        (
            format!("{}之和", names.join("与")),
            format!("{} together", names_en.join(" + ")),
        )
    } else {
        (names.join(""), names_en.join(""))
    };
    (zh, en, shown)
}

/// Comparisons of figures, made for one rule's check ([`Arith::of`]): a comparison of
/// figures in different units is skipped without a finding (the family's `*.unit_mismatch`
/// rule reports it, with [`Units`]).
pub(crate) struct Arith<'s, 'o> {
    out: &'s mut dyn Out<'o>,
}

impl<'s, 'o> Arith<'s, 'o> {
    /// Comparisons of one rule's check, reporting through its emitter.
    pub(crate) fn of(emit: &'s mut Emit<'_, 'o>) -> Arith<'s, 'o> {
        Arith { out: emit }
    }

    /// Where findings of other kinds go.
    pub(crate) fn sink(&mut self) -> &mut dyn Out<'o> {
        self.out
    }

    /// Checks `lhs ≤ rhs` (each side a sum of figures in one unit), reporting at the first
    /// term of `lhs`: under `rule` when it certainly fails, under [`POSSIBLY_INCONSISTENT`]
    /// when it only may. `absent` names fields that count as zero because they are absent
    /// (wire name, Chinese name).
    pub(crate) fn at_most(
        &mut self,
        rule: &'static Rule,
        lhs: &[&Term<'_>],
        rhs: &[&Term<'_>],
        absent: &[(&str, &str)],
    ) {
        self.at_most_at(rule, None, lhs, rhs, absent);
    }

    /// [`Self::at_most`], reporting at `at` when given (the object holding the relation,
    /// such as a breakdown) instead of the first term of `lhs`; every term is then related.
    pub(crate) fn at_most_at(
        &mut self,
        rule: &'static Rule,
        at: Option<Pointer<'_>>,
        lhs: &[&Term<'_>],
        rhs: &[&Term<'_>],
        absent: &[(&str, &str)],
    ) {
        let Some((first, l, r)) = sides(lhs, rhs) else {
            return;
        };
        let verdict = exceeds(&l, &r);
        let pointer = at.clone().unwrap_or(first.pointer.clone());
        let Some(mut b) = order_finding(self.out, verdict, rule, pointer) else {
            return;
        };
        let (lzh, len, lshown) = side(lhs);
        let (rzh, ren, rshown) = side(rhs);
        let (absent_zh, absent_en) = absent_note(absent);
        let skip = usize::from(at.is_none());
        for t in lhs.iter().skip(skip).chain(rhs.iter()) {
            b = b.related(t.pointer.clone());
        }
        let b = with_values(b, lhs, rhs, absent);
        emit_order(
            b,
            verdict,
            (
                format!(
                    "按约数代表的范围，{lzh}（{lshown}）可能多于{rzh}（{rshown}）{absent_zh}，请核对原始数据"
                ),
                format!(
                    "given the approximate figures, {len} ({lshown}) may exceed {ren} ({rshown}){absent_en}; check the source figures"
                ),
            ),
            (
                format!("{lzh}（{lshown}）多于{rzh}（{rshown}）{absent_zh}"),
                format!("{len} ({lshown}) exceeds {ren} ({rshown}){absent_en}"),
            ),
        );
    }

    /// Checks `lhs = rhs` (each side a sum of figures in one unit), reporting under `rule`
    /// at `at` (or the first term of `lhs`) when no values the figures stand for agree.
    pub(crate) fn equals(
        &mut self,
        rule: &'static Rule,
        at: Option<Pointer<'_>>,
        lhs: &[&Term<'_>],
        rhs: &[&Term<'_>],
        absent: &[(&str, &str)],
    ) {
        let Some((first, l, r)) = sides(lhs, rhs) else {
            return;
        };
        if !l.disjoint(&r) {
            return;
        }
        let at = at.unwrap_or(first.pointer.clone());
        let (lzh, len, lshown) = side(lhs);
        let (rzh, ren, rshown) = side(rhs);
        let (absent_zh, absent_en) = absent_note(absent);
        let mut b = self.out.report(rule, at.clone());
        for t in lhs.iter().chain(rhs.iter()) {
            if t.pointer != at {
                b = b.related(t.pointer.clone());
            }
        }
        with_values(b, lhs, rhs, absent).emit(
            format!("{lzh}（{lshown}）不等于{rzh}（{rshown}）{absent_zh}"),
            format!("{len} ({lshown}) differs from {ren} ({rshown}){absent_en}"),
        );
    }

    /// Checks a stock identity `closing = opening + added − removed`, reporting under
    /// `rule` at `closing` when no values the figures stand for agree. All four figures
    /// must be given; they are compared as `closing + removed = opening + added`, so no
    /// interval is ever subtracted.
    pub(crate) fn balance(
        &mut self,
        rule: &'static Rule,
        closing: &Term<'_>,
        opening: &Term<'_>,
        added: &Term<'_>,
        removed: &Term<'_>,
    ) {
        let all = [closing, opening, added, removed];
        if !one_unit(&all, &[]) {
            return;
        }
        let (Some(l), Some(r)) = (sum_of(&[closing, removed]), sum_of(&[opening, added])) else {
            return;
        };
        if !l.disjoint(&r) {
            return;
        }
        let expected = if all.iter().all(|t| t.q.is_exact()) {
            opening
                .q
                .value()
                .checked_add(added.q.value())
                .and_then(|v| v.checked_sub(removed.q.value()))
                .map(|v| format!(" = {v}{}", closing.q.unit()))
        } else {
            None
        }
        .unwrap_or_default();
        let mut b = self.out.report(rule, closing.pointer.clone());
        for t in [opening, added, removed] {
            b = b.related(t.pointer.clone());
        }
        for t in all {
            b = b.param(&t.name.to_string(), t.q.to_string());
        }
        b.emit(
            format!(
                "{}（{}）不等于{} + {} − {}（{} + {} − {}{expected}）",
                closing.zh,
                closing.q,
                opening.zh,
                added.zh,
                removed.zh,
                opening.q,
                added.q,
                removed.q
            ),
            format!(
                "{} ({}) differs from {} + {} − {} ({} + {} − {}{expected})",
                closing.name,
                closing.q,
                opening.name,
                added.name,
                removed.name,
                opening.q,
                added.q,
                removed.q
            ),
        );
    }

    /// Checks a stated rate: its unit is %, it is within 0–100 %, and (when counts are
    /// given) it agrees with 100 × Σnum ÷ Σden under `rule`. Returns nothing; every problem
    /// is a finding.
    pub(crate) fn rate(
        &mut self,
        rule: &'static Rule,
        rate: &Term<'_>,
        num: &[&Term<'_>],
        den: &[&Term<'_>],
        absent: &[(&str, &str)],
    ) {
        if percentage(self.out, rate) {
            self.rate_agrees(rule, rate, num, den, absent);
        }
    }

    /// Checks that a stated rate in % agrees with 100 × Σnum ÷ Σden, reporting under `rule`
    /// when no values the figures stand for agree (see [`rate_disagrees`]). Does not check
    /// the rate's unit or range.
    pub(crate) fn rate_agrees(
        &mut self,
        rule: &'static Rule,
        rate: &Term<'_>,
        num: &[&Term<'_>],
        den: &[&Term<'_>],
        absent: &[(&str, &str)],
    ) {
        if !rate.q.unit().is_percent() || num.is_empty() || den.is_empty() || !one_unit(num, den) {
            return;
        }
        let (Some(n), Some(d)) = (sum_of(num), sum_of(den)) else {
            return;
        };
        if rate_disagrees(rate.q, &n, &d) != Some(true) {
            return;
        }
        let (nzh, nen, nshown) = side(num);
        let (dzh, den_en, dshown) = side(den);
        let (dzh, den_en, dshown) = if den.len() > 1 {
            (
                format!("（{dzh}）"),
                format!("({den_en})"),
                format!("({dshown})"),
            )
        } else {
            (dzh, den_en, dshown)
        };
        let computed = percent_text(&n, &d);
        let (absent_zh, absent_en) = absent_note(absent);
        let mut b = self.out.report(rule, rate.pointer.clone());
        for t in num.iter().chain(den.iter()) {
            b = b
                .related(t.pointer.clone())
                .param(&t.name.to_string(), t.q.to_string());
        }
        b = b.param(&rate.name.to_string(), rate.q.to_string());
        if let Some(c) = &computed {
            b = b.param("computed", c);
        }
        if !absent.is_empty() {
            b = b.param("absent", absent.iter().map(|a| a.0).collect::<Vec<_>>());
        }
        let computed = computed.map_or_else(String::new, |c| format!(" = {c}"));
        let hundred = if rate.q.is_exact() && rate.q.value() == Decimal::HUNDRED {
            (
                "；声称100%时两数必须相等",
                "; a stated 100% requires equal counts",
            )
        } else {
            ("", "")
        };
        b.emit(
            format!(
                "{}（{}）与{nzh} ÷ {dzh}（{nshown} ÷ {dshown}{computed}）不符{absent_zh}{}",
                rate.zh, rate.q, hundred.0
            ),
            format!(
                "{} ({}) disagrees with {nen} / {den_en} ({nshown} / {dshown}{computed}){absent_en}{}",
                rate.name, rate.q, hundred.1
            ),
        );
    }
}

/// The first term of `lhs` and the intervals of both sides of a comparison, or `None` when
/// it is skipped: a side without terms, figures in different units (the family's unit
/// rule's finding), or an overflow.
fn sides<'t, 'a>(
    lhs: &[&'t Term<'a>],
    rhs: &[&Term<'_>],
) -> Option<(&'t Term<'a>, Interval, Interval)> {
    let first = lhs.first()?;
    if rhs.is_empty() || !one_unit(lhs, rhs) {
        return None;
    }
    Some((first, sum_of(lhs)?, sum_of(rhs)?))
}

pub(crate) fn sum_of(terms: &[&Term<'_>]) -> Option<Interval> {
    terms
        .iter()
        .try_fold(Interval::exact(Decimal::ZERO), |acc, t| {
            acc.add(&t.q.interval())
        })
}

pub(crate) fn absent_note(absent: &[(&str, &str)]) -> (String, String) {
    if absent.is_empty() {
        return (String::new(), String::new());
    }
    let zh: Vec<&str> = absent.iter().map(|a| a.1).collect();
    let en: Vec<&str> = absent.iter().map(|a| a.0).collect();
    (
        format!("（未填写{}，按0计）", zh.join("、")),
        format!(" ({} not given, counted as zero)", en.join(", ")),
    )
}

/// Emits the finding of term `t` in another unit than `first`.
fn unit_finding(b: FindingBuilder<'_, '_>, first: &Term<'_>, t: &Term<'_>) {
    b.related(first.pointer.clone())
        .param(&first.name.to_string(), first.q.to_string())
        .param(&t.name.to_string(), t.q.to_string())
        .emit(
            format!(
                "{}（{}）的单位“{}”与{}（{}）的单位“{}”不一致，请统一量词",
                t.zh,
                t.q,
                t.q.unit(),
                first.zh,
                first.q,
                first.q.unit()
            ),
            format!(
                "{} is in {} but {} is in {}; use one unit",
                t.name,
                t.q.unit(),
                first.name,
                first.q.unit()
            ),
        );
}

/// Checks that a stated rate is in % and within 0–100 %; returns whether it is in %.
pub(crate) fn percentage(sink: &mut dyn Out<'_>, rate: &Term<'_>) -> bool {
    if !percent_unit(sink, rate) {
        return false;
    }
    in_range(sink, rate);
    true
}

/// Checks that a percentage is at most 100 %.
///
/// A rate or share printed with 以上 (`95%以上`) stands for at least its value and at most
/// 100 %: a share cannot exceed the whole, so the open upper end is capped at 100 % and
/// only a value itself above 100 % is reported.
pub(crate) fn in_range(sink: &mut dyn Out<'_>, rate: &Term<'_>) {
    let hundred = Interval::exact(Decimal::HUNDRED);
    let verdict = exceeds(&percent_interval(rate.q), &hundred);
    let Some(b) = order_finding(
        sink,
        verdict,
        &PERCENTAGE_OUT_OF_RANGE,
        rate.pointer.clone(),
    ) else {
        return;
    };
    let b = b.param(&rate.name.to_string(), rate.q.to_string());
    emit_order(
        b,
        verdict,
        (
            format!(
                "按约数代表的范围，{}（{}）可能超过100%，请核对",
                rate.zh, rate.q
            ),
            format!(
                "given the approximation, {} ({}) may exceed 100%; check it",
                rate.name, rate.q
            ),
        ),
        (
            format!("{}（{}）超过100%", rate.zh, rate.q),
            format!("{} ({}) exceeds 100%", rate.name, rate.q),
        ),
    );
}

/// The interval a rate or share in % stands for: [`Quantity::interval`], with the open
/// upper end of 以上 (`95%以上`) capped at 100 %.
pub(crate) fn percent_interval(q: &Quantity) -> Interval {
    let interval = q.interval();
    if q.qualifier() == Qualifier::AtLeast && q.value() <= Decimal::HUNDRED {
        return Interval {
            low: interval.low,
            high: Bound::Inclusive(Decimal::HUNDRED),
        };
    }
    interval
}

/// `a − b` for intervals of figures (what a change or a base derived from two printed
/// figures may be), floored at zero: figures are never negative. `None` on overflow.
pub(crate) fn difference(a: &Interval, b: &Interval) -> Option<Interval> {
    let floor = |bound: Bound| match bound {
        Bound::Inclusive(v) | Bound::Exclusive(v) if v.is_negative() => {
            Bound::Inclusive(Decimal::ZERO)
        }
        other => other,
    };
    // Lower end: a.low − b.high; unbounded b.high leaves only the floor.
    let low = match (a.low, b.high) {
        (_, Bound::Unbounded) | (Bound::Unbounded, _) => Bound::Inclusive(Decimal::ZERO),
        (Bound::Inclusive(x), Bound::Inclusive(y)) => Bound::Inclusive(x.checked_sub(y)?),
        (Bound::Inclusive(x) | Bound::Exclusive(x), Bound::Inclusive(y) | Bound::Exclusive(y)) => {
            Bound::Exclusive(x.checked_sub(y)?)
        }
    };
    // Upper end: a.high − b.low.
    let low_b = match b.low {
        Bound::Unbounded => Bound::Inclusive(Decimal::ZERO),
        other => other,
    };
    let high = match (a.high, low_b) {
        (Bound::Unbounded, _) => Bound::Unbounded,
        (Bound::Inclusive(x), Bound::Inclusive(y)) => Bound::Inclusive(x.checked_sub(y)?),
        (Bound::Inclusive(x) | Bound::Exclusive(x), Bound::Inclusive(y) | Bound::Exclusive(y)) => {
            Bound::Exclusive(x.checked_sub(y)?)
        }
        (_, Bound::Unbounded) => Bound::Unbounded,
    };
    Some(Interval {
        low: floor(low),
        high: floor(high),
    })
}

/// The sum of printed shares (in %) and the rounding it may carry: each share printed to a
/// last digit stands for half a unit of that digit either side, so seven shares printed to
/// 0.1 % tolerate ±0.35 % (the interval semantics of XBRL Calculations 1.1).
#[derive(Clone, Copy, Debug)]
pub(crate) struct SharesSum {
    /// The least and greatest sum of the shares' intervals (`None`: unbounded).
    pub(crate) low: Decimal,
    pub(crate) high: Option<Decimal>,
    /// Half a unit of the last printed digit of each share, added up.
    pub(crate) tolerance: Decimal,
}

impl SharesSum {
    /// Sums the shares; `None` on overflow or when there are none.
    pub(crate) fn of(shares: &[&Quantity]) -> Option<SharesSum> {
        if shares.is_empty() {
            return None;
        }
        let intervals: Vec<Interval> = shares.iter().map(|q| percent_interval(q)).collect();
        let sum = Interval::sum(&intervals)?;
        let units = Decimal::checked_sum(shares.iter().map(|q| printed_unit(q.value())))?;
        // Half of a sum of powers of ten: exact in decimal.
        let tolerance = units.checked_mul(Decimal::new(5, 1))?;
        let (low, high) = hull(&sum);
        Some(SharesSum {
            low,
            high,
            tolerance,
        })
    }

    /// Whether the shares certainly add up to more than 100 % beyond their rounding.
    pub(crate) fn over(&self) -> bool {
        Decimal::HUNDRED
            .checked_add(self.tolerance)
            .is_some_and(|max| self.low > max)
    }

    /// Whether the shares certainly add up to less than 100 % beyond their rounding.
    pub(crate) fn under(&self) -> bool {
        Decimal::HUNDRED
            .checked_sub(self.tolerance)
            .is_some_and(|min| self.high.is_some_and(|h| h < min))
    }
}

/// Checks that a rate is stated in %, without bounding it (a growth rate may exceed
/// 100 %); returns whether it is.
pub(crate) fn percent_unit(sink: &mut dyn Out<'_>, rate: &Term<'_>) -> bool {
    if rate.q.unit().is_percent() {
        return true;
    }
    sink.report(&RATE_NOT_PERCENT, rate.pointer.clone())
        .param(&rate.name.to_string(), rate.q.to_string())
        .emit(
            format!("{}（{}）的单位应为“%”", rate.zh, rate.q),
            format!("{} ({}) should be in %", rate.name, rate.q),
        );
    false
}

/// Emits the finding of an order with the message of its verdict: `possibly` (Chinese,
/// English) when it only may fail (the finding is then [`POSSIBLY_INCONSISTENT`]'s, see
/// [`order_finding`]), `certainly` when it fails for every value.
pub(crate) fn emit_order(
    b: FindingBuilder<'_, '_>,
    verdict: Verdict,
    possibly: (String, String),
    certainly: (String, String),
) {
    let (zh, en) = if verdict == Verdict::Possibly {
        possibly
    } else {
        certainly
    };
    b.emit(zh, en);
}

/// Starts the finding of an order with this verdict: under `rule` when it certainly fails,
/// under [`POSSIBLY_INCONSISTENT`] (with the param `rule` naming `rule`) when it only may,
/// none when it holds. The one place [`POSSIBLY_INCONSISTENT`] is emitted.
pub(crate) fn order_finding<'s, 'o>(
    sink: &'s mut dyn Out<'o>,
    verdict: Verdict,
    rule: &'static Rule,
    pointer: Pointer<'_>,
) -> Option<FindingBuilder<'s, 'o>> {
    match verdict {
        Verdict::Holds => None,
        Verdict::Certainly => Some(sink.report(rule, pointer)),
        Verdict::Possibly => Some(
            sink.report(&POSSIBLY_INCONSISTENT, pointer)
                .param("rule", rule.code),
        ),
    }
}
