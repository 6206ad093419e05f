//! Rules of the `figures` family: the arithmetic of figures (数字的算术一致性).
//!
//! This family holds the rules about figures that have no family of their own: generic indicators and how they refer to each other,
//! stocks, lists with totals, the range of percentages, the style of approximate figures,
//! and the counts of normative documents, information disclosure and legal counsel.
//!
//! The arithmetic itself (terms, intervals, sums, rates, verdicts) is the shared kernel
//! `validate::facts`; the three rules every family's figures share
//! ([`POSSIBLY_INCONSISTENT`], [`PERCENTAGE_OUT_OF_RANGE`], [`RATE_NOT_PERCENT`]) are
//! emitted by it and listed here.

use super::Unit;
use crate::model::{
    Decimal, FilingReview, Indicator, IndicatorKind, Interval, ItemList, LegalCounsel,
    MarkerPosition, NormativeDocuments, Openness, Quantity, Section, Stock,
};
use crate::validate::engine::{Cx, Emit, Out};
use crate::validate::facts::{
    Arith, Label, Name, SharesSum, Term, Units, Verdict, exceeds, field_terms, in_range, is_count,
    one_unit, order_finding, percent_unit, title,
};
pub use crate::validate::facts::{
    PERCENTAGE_OUT_OF_RANGE, POSSIBLY_INCONSISTENT, RATE_NOT_PERCENT,
};
use crate::validate::support::pointer::Pointer;
use crate::validate::support::sections::Located;
use crate::validate::walk::{self, Leaf};
use crate::validate::{Rule, Severity};

// ---------------------------------------------------------------------------------------
// The catalogue.
// ---------------------------------------------------------------------------------------

/// `figures.unit_mismatch`: figures that must be compared are in different units
/// (计量单位不一致): an indicator and the whole it is part of, the counts a rate is computed
/// from, the four figures of a stock, a list's total that is not a count, or the counts of
/// normative documents, disclosure requests and legal opinions.
///
/// Fails: an indicator `{"key": "cases", "value": {"value": 10, "unit": "件"}}` and a part
/// `{"part_of": "cases", "value": {"value": 3, "unit": "份"}}`.
pub const UNIT_MISMATCH: Rule = Rule {
    code: "figures.unit_mismatch",
    severity: Severity::Error,
    title_zh: "相关数字计量单位不一致",
    title_en: "Related figures in different units",
    description_zh: "需要相互比较的数字（分项与总数、比率的分子与分母、存量的期初期末、列举合计、规范性文件和依申请公开的各项件数、法律意见与采纳数）必须使用同一量词；列举合计须为计数单位。单位不一致时无法核对。",
    fields: &[
        "/*/items/**/indicators/*/value",
        "/*/items/**/total",
        "/*/items/**/stocks/*",
        "/*/items/**/normative_documents",
        "/*/items/**/openness",
        "/*/items/**/counsel",
    ],
};

/// `figures.duplicate_key`: two indicators of one subsection share a key (指标标识重复).
///
/// References by key (`part_of`, `rate_of`) resolve to the first indicator with the key.
///
/// Fails: two indicators with `"key": "cases"` in the same section.
pub const DUPLICATE_KEY: Rule = Rule {
    code: "figures.duplicate_key",
    severity: Severity::Error,
    title_zh: "指标标识重复",
    title_en: "Duplicate indicator key",
    description_zh: "同一小节内指标标识必须唯一，否则“所属总数指标”“比率依据”无法确定所指。",
    fields: &["/*/items/**/indicators/*/key"],
};

/// `figures.unknown_key`: `part_of` or `rate_of` names a key that no indicator of the
/// subsection has (引用的指标不存在).
///
/// Fails: `{"label": "其中简易程序", "part_of": "penalties", …}` with no indicator keyed
/// `penalties`.
pub const UNKNOWN_KEY: Rule = Rule {
    code: "figures.unknown_key",
    severity: Severity::Error,
    title_zh: "引用的指标不存在",
    title_en: "Reference to an unknown indicator key",
    description_zh: "“所属总数指标”和“比率依据”的分子、分母必须是本小节中某个指标的标识。",
    fields: &[
        "/*/items/**/indicators/*/part_of",
        "/*/items/**/indicators/*/rate_of/numerator",
        "/*/items/**/indicators/*/rate_of/denominator",
    ],
};

/// `figures.part_exceeds_whole`: an indicator is larger than the whole it is `part_of`
/// (分项大于总数).
///
/// Fails: whole `{"key": "cases", "value": {"value": 10, "unit": "件"}}`, part
/// `{"part_of": "cases", "value": {"value": 12, "unit": "件"}}`.
pub const PART_EXCEEDS_WHOLE: Rule = Rule {
    code: "figures.part_exceeds_whole",
    severity: Severity::Error,
    title_zh: "分项大于总数",
    title_en: "Part exceeds its whole",
    description_zh: "标明“所属总数指标”的指标不得大于该总数。",
    fields: &["/*/items/**/indicators/*/value"],
};

/// `figures.parts_sum_mismatch`: the parts of a whole marked `sum_of_parts` do not add up
/// to it (分项合计与总数不符).
///
/// Fails: whole 10件 with `"sum_of_parts": true`, parts 3件 and 5件.
pub const PARTS_SUM_MISMATCH: Rule = Rule {
    code: "figures.parts_sum_mismatch",
    severity: Severity::Error,
    title_zh: "分项合计与总数不符",
    title_en: "Parts do not add up to their whole",
    description_zh: "总数指标勾选“分项合计等于总数”时，所有以其为总数的分项（占比除外）之和必须等于总数。",
    fields: &["/*/items/**/indicators/*/value"],
};

/// `figures.rate_mismatch`: an indicator with `rate_of` disagrees with
/// 100 × numerator ÷ denominator (比率与分子分母不符).
///
/// The stated rate may differ from the computed one by one unit of its last printed digit
/// (`95%` allows 94–96 %, `12.83%` allows 12.82–12.84 %); a stated `100%` requires
/// numerator = denominator. An error, not a warning: the drafter named the numerator and
/// the denominator, so the definition is not in doubt (contrast `disputes.rate_mismatch`).
///
/// A growth indicator (kind `growth`) with a `rate_of` is checked the same way, its
/// numerator being the change and its denominator the base, without the 0–100 % bound.
///
/// Fails: rate 90 % of 38件 ÷ 40件 (= 95 %).
pub const RATE_MISMATCH: Rule = Rule {
    code: "figures.rate_mismatch",
    severity: Severity::Error,
    title_zh: "比率与分子分母不符",
    title_en: "Rate disagrees with its counts",
    description_zh: "填写了“比率依据”的指标，应等于 分子 ÷ 分母 × 100%，允许相差末位数字一个单位；声称100%时分子必须等于分母。增减幅度指标的比率依据为 增减量 ÷ 基期数，同样核对。",
    fields: &[
        "/*/items/**/indicators/*/value",
        "/*/items/**/indicators/*/rate_of",
    ],
};

/// `figures.shares_sum_mismatch`: the shares (占比) of one whole do not sum to 100 %
/// (占比合计不为100%).
///
/// Shares are indicators of kind share that are `part_of` the same whole. They may not sum
/// to more than 100 %, and when the whole is marked `sum_of_parts` they must sum to 100 %,
/// in both cases give or take half a unit of the last printed digit of each share (each
/// rounded share stands for that interval: seven shares printed to 0.1 % tolerate
/// ±0.35 %). They must reach 100 % only when every count part of the whole has its share:
/// a share printed for some parts only ("投诉占比60%") need not add up to anything. A
/// warning: the shares are printed rounded.
///
/// Fails: shares 60 % and 50 % of one whole.
pub const SHARES_SUM_MISMATCH: Rule = Rule {
    code: "figures.shares_sum_mismatch",
    severity: Severity::Warning,
    title_zh: "占比合计不为100%",
    title_en: "Shares do not sum to 100 %",
    description_zh: "同一总数的各项占比之和不得超过100%；总数勾选“分项合计等于总数”且每个分项都印有占比时应等于100%（允许每项末位数字半个单位的舍入误差）。",
    fields: &["/*/items/**/indicators/*", "/*/items/**/indicators/*/value"],
};

/// `figures.stock_imbalance`: a stock does not balance: closing ≠ opening + added − removed
/// (存量变动不平衡).
///
/// Checked when all four figures are given.
///
/// Fails: opening 20件, added 5件, removed 3件, closing 25件 (should be 22件).
pub const STOCK_IMBALANCE: Rule = Rule {
    code: "figures.stock_imbalance",
    severity: Severity::Error,
    title_zh: "存量变动不平衡",
    title_en: "Stock does not balance",
    description_zh: "期末数应等于 期初数 + 本期新增 − 本期减少（四个数都填写时核对）。",
    fields: &["/*/items/**/stocks/*"],
};

/// `figures.list_exceeds_total`: a list names more items than the total stated beside it
/// (列举项多于合计数): "琴海公寓、晨悦大厦、海达名园等共计2处".
///
/// Applies to every list with a total in the report (inspection sites and partners, hazard
/// categories, publicity partners, methods and combined themes, service targets, campaign
/// topics, study contents, matters of collective decision, kinds of documents reviewed).
///
/// Fails: `"sites": {"items": ["琴海公寓", "晨悦大厦", "海达名园"], "total": {"value": 2, "unit": "处"}}`.
pub const LIST_EXCEEDS_TOTAL: Rule = Rule {
    code: "figures.list_exceeds_total",
    severity: Severity::Error,
    title_zh: "列举项多于合计数",
    title_en: "More items listed than the stated total",
    description_zh: "“某某、某某等共计N处”中列举的名称个数不得多于合计数N。",
    fields: &[
        "/*/items/**/inspections/*/sites/total",
        "/*/items/**/inspections/*/partners/total",
        "/*/items/**/hazards/*/categories/total",
        "/*/items/**/publicity/*/partners/total",
        "/*/items/**/publicity/*/methods/total",
        "/*/items/**/publicity/*/combined_with/total",
        "/*/items/**/services/*/targets/total",
        "/*/items/**/campaigns/*/topics/total",
        "/*/items/**/studies/*/contents/total",
        "/*/items/**/decision_making/matters/total",
        "/*/items/**/counsel/reviewed_kinds/total",
    ],
};

/// `figures.list_total_mismatch`: a list marked exhaustive (no 等) names a different number
/// of items than its stated total (完整列举项数与合计数不符).
///
/// Fails: `{"items": ["琴海公寓", "晨悦大厦"], "exhaustive": true, "total": {"value": 3, "unit": "处"}}`.
pub const LIST_TOTAL_MISMATCH: Rule = Rule {
    code: "figures.list_total_mismatch",
    severity: Severity::Error,
    title_zh: "完整列举项数与合计数不符",
    title_en: "Exhaustive list does not match its total",
    description_zh: "完整列举（无“等”字）时，列举的名称个数应等于合计数。",
    fields: &[
        "/*/items/**/inspections/*/sites",
        "/*/items/**/inspections/*/partners",
        "/*/items/**/hazards/*/categories",
        "/*/items/**/publicity/*/partners",
        "/*/items/**/publicity/*/methods",
        "/*/items/**/publicity/*/combined_with",
        "/*/items/**/services/*/targets",
        "/*/items/**/campaigns/*/topics",
        "/*/items/**/studies/*/contents",
        "/*/items/**/decision_making/matters",
        "/*/items/**/counsel/reviewed_kinds",
    ],
};

/// `figures.more_than_on_precise_figure`: 余/多 after a figure whose last digit is not
/// zero (“余”用于非整数位数字): "8553余平方米", "218余万元".
///
/// 余 and 多 round a figure off ("40余处", "900余名"); after a figure that is already
/// precise to its last digit they say almost nothing (8553余 is 8553–8554) and usually mean
/// that the exact figure was known. Write the exact figure, or round it ("8500余平方米").
///
/// 余 after 万/亿 (`3.2万余人次`, recorded as `"marker_position": "after_multiplier"`) rounds
/// to the multiplier and stays quiet; 余 before it on a figure that is not round
/// (`218余万元`) is reported. Messages reprint the figure as it was printed.
///
/// Fails: `{"value": 8553, "unit": "平方米", "qualifier": "more_than"}`.
pub const MORE_THAN_ON_PRECISE_FIGURE: Rule = Rule {
    code: "figures.more_than_on_precise_figure",
    severity: Severity::Warning,
    title_zh: "精确数字后使用“余”“多”",
    title_en: "余/多 after a figure precise to its last digit",
    description_zh: "“余”“多”用于整数位取整的数字（如“40余处”“900余名”）。末位不为0的数字（如“8553余平方米”“218余万元”）已精确到个位，应写明确数，或取整后再用“余”。",
    fields: &["/**/qualifier"],
};

/// `figures.normative_filed_exceeds_issued`: more normative documents filed than issued
/// (报送备案数多于制发数).
///
/// Fails: `"normative_documents": {"issued": {"value": 3, "unit": "件"}, "filed": {"value": 4, "unit": "件"}}`.
pub const NORMATIVE_FILED_EXCEEDS_ISSUED: Rule = Rule {
    code: "figures.normative_filed_exceeds_issued",
    severity: Severity::Error,
    title_zh: "规范性文件备案数多于制发数",
    title_en: "More normative documents filed than issued",
    description_zh: "本年报送备案的规范性文件不得多于本年制发的件数（有件必备）。",
    fields: &[
        "/*/items/**/normative_documents/issued",
        "/*/items/**/normative_documents/filed",
    ],
};

/// `figures.normative_in_force_imbalance`: documents in force at year end ≠ in force at the
/// start + issued − repealed (现行有效件数不平衡).
///
/// Checked when all four figures are given.
///
/// Fails: opening 20件, issued 3件, repealed 2件, in force 23件 (should be 21件).
pub const NORMATIVE_IN_FORCE_IMBALANCE: Rule = Rule {
    code: "figures.normative_in_force_imbalance",
    severity: Severity::Error,
    title_zh: "现行有效规范性文件件数不平衡",
    title_en: "Normative documents in force do not balance",
    description_zh: "年末现行有效件数应等于 年初现行有效 + 本年制发 − 废止/失效（四个数都填写时核对）。",
    fields: &[
        "/*/items/**/normative_documents/in_force_opening",
        "/*/items/**/normative_documents/issued",
        "/*/items/**/normative_documents/repealed",
        "/*/items/**/normative_documents/in_force",
    ],
};

/// `figures.openness_requests_imbalance`: disclosure requests do not balance: received +
/// carried over ≠ answered + carried forward (依申请公开件数不平衡; 国办公开办函〔2021〕30号
/// 表三: 一 + 二 = 三(七) + 四).
///
/// Checked when the requests received and answered are given; an absent carry-over or
/// carry-forward counts as zero, as in the statutory table (reports state "除2件结转下年
/// 办理外" whenever there is one).
///
/// Fails: received 85件, answered 80件, carried forward 2件.
pub const OPENNESS_REQUESTS_IMBALANCE: Rule = Rule {
    code: "figures.openness_requests_imbalance",
    severity: Severity::Error,
    title_zh: "依申请公开件数不平衡",
    title_en: "Disclosure requests do not balance",
    description_zh: "依申请公开：本年新收 + 上年结转 = 本年办结 + 结转下年（政府信息公开工作年度报告表三的平衡关系；未填写的结转数按0计）。",
    fields: &[
        "/*/items/**/openness/requests_received",
        "/*/items/**/openness/requests_carried_over",
        "/*/items/**/openness/requests_answered",
        "/*/items/**/openness/requests_carried_forward",
    ],
};

/// `figures.counsel_adopted_exceeds_opinions`: more legal opinions adopted than given
/// (采纳法律意见数多于提出数).
///
/// Fails: `"counsel": {"opinions": {"value": 4, "unit": "件"}, "adopted": {"value": 5, "unit": "件"}}`.
pub const COUNSEL_ADOPTED_EXCEEDS_OPINIONS: Rule = Rule {
    code: "figures.counsel_adopted_exceeds_opinions",
    severity: Severity::Error,
    title_zh: "采纳法律意见数多于意见数",
    title_en: "More legal opinions adopted than given",
    description_zh: "法律顾问意见的采纳数不得多于提出的意见数。",
    fields: &[
        "/*/items/**/counsel/opinions",
        "/*/items/**/counsel/adopted",
    ],
};

/// `figures.filing_count_exceeds`: a count of normative-document filing review is larger
/// than the count it is part of (备案审查数字大小关系不符): filed above submitted, faulty above
/// reviewed, corrected above faulty (有件必备、有备必审、有错必纠).
///
/// Fails: `"filing_review": {"faulty": {"value": 3, "unit": "件"}, "corrected": {"value":
/// 4, "unit": "件"}}`.
pub const FILING_COUNT_EXCEEDS: Rule = Rule {
    code: "figures.filing_count_exceeds",
    severity: Severity::Error,
    title_zh: "备案审查数字大小关系不符",
    title_en: "Filing review counts out of order",
    description_zh: "规范性文件备案审查中，予以备案数不得多于报送数，发现问题数不得多于审查数，纠正数不得多于发现问题数。",
    fields: &[
        "/*/items/**/filing_review/filed",
        "/*/items/**/filing_review/faulty",
        "/*/items/**/filing_review/corrected",
        "/*/items/**/filing_review/submitted",
        "/*/items/**/filing_review/reviewed",
    ],
};

/// The rules of this family with their checks, in catalogue order.
pub(crate) static UNITS: &[Unit] = &[
    Unit::kernel(&POSSIBLY_INCONSISTENT),
    Unit::own(&UNIT_MISMATCH, unit_mismatch),
    Unit::own(&DUPLICATE_KEY, duplicate_key),
    Unit::own(&UNKNOWN_KEY, unknown_key),
    Unit::compares(&PART_EXCEEDS_WHOLE, part_exceeds_whole),
    Unit::own(&PARTS_SUM_MISMATCH, parts_sum_mismatch),
    Unit::compares(&PERCENTAGE_OUT_OF_RANGE, percentage_out_of_range),
    Unit::own(&RATE_NOT_PERCENT, rate_not_percent),
    Unit::own(&RATE_MISMATCH, rate_mismatch),
    Unit::own(&SHARES_SUM_MISMATCH, shares_sum_mismatch),
    Unit::own(&STOCK_IMBALANCE, stock_imbalance),
    Unit::compares(&LIST_EXCEEDS_TOTAL, list_exceeds_total),
    Unit::own(&LIST_TOTAL_MISMATCH, list_total_mismatch),
    Unit::own(&MORE_THAN_ON_PRECISE_FIGURE, more_than_on_precise_figure),
    Unit::compares(
        &NORMATIVE_FILED_EXCEEDS_ISSUED,
        normative_filed_exceeds_issued,
    ),
    Unit::own(&NORMATIVE_IN_FORCE_IMBALANCE, normative_in_force_imbalance),
    Unit::own(&OPENNESS_REQUESTS_IMBALANCE, openness_requests_imbalance),
    Unit::compares(
        &COUNSEL_ADOPTED_EXCEEDS_OPINIONS,
        counsel_adopted_exceeds_opinions,
    ),
    Unit::compares(&FILING_COUNT_EXCEEDS, filing_count_exceeds),
];

// ---------------------------------------------------------------------------------------
// The checks, one per rule.
// ---------------------------------------------------------------------------------------

/// Replays, subsection by subsection, every comparison of this family's other rules in the
/// order they make them, and reports each figure in another unit than the figure it is
/// compared with (once per field), and each list total that is not a count.
fn unit_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut units = Units::new(emit);
    cx.each_section(|located| {
        let ind = Indicators::of(located);
        for j in 0..ind.list.len() {
            if let Some((n, d)) = ind.rate_basis(j)
                && ind.list[j].value.unit().is_percent()
            {
                units.same(&[&ind.term(n), &ind.term(d)]);
            }
        }
        let (parts, _) = ind.parts();
        for group in parts.chunk_by(|a, b| a.0 == b.0) {
            let whole = ind.term(group[0].0);
            for &(_, j) in group {
                units.same(&[&whole, &ind.term(j)]);
            }
        }
        for (at, stock) in located.each("stocks", &located.section.stocks) {
            let [opening, added, removed, closing] = stock_terms(stock, at);
            let present: Vec<&Term<'_>> = [&opening, &added, &removed, &closing]
                .into_iter()
                .flatten()
                .collect();
            units.same(&present);
            if let (Some(o), Some(a), Some(r), Some(c)) = (&opening, &added, &removed, &closing) {
                units.same(&[c, o, a, r]);
            }
        }
        if let Some((at, docs)) = located.one("normative_documents", &located.section.normative_documents) {
            let [issued, filed, repealed, opening, in_force] = normative_terms(docs, at);
            if let (Some(f), Some(i)) = (&filed, &issued) {
                units.same(&[f, i]);
            }
            if let (Some(c), Some(o), Some(i), Some(r)) = (&in_force, &opening, &issued, &repealed) {
                units.same(&[c, o, i, r]);
            }
        }
        if let Some((at, o)) = located.one("openness", &located.section.openness)
            && let Some(requests) = Requests::of(o, at)
        {
            units.same(&[requests.inflow(), requests.outflow()].concat());
        }
        if let Some((at, c)) = located.one("counsel", &located.section.counsel)
            && let [Some(opinions), Some(adopted)] = counsel_terms(c, at)
        {
            units.same(&[&adopted, &opinions]);
        }
        if let Some((at, r)) = located.one("filing_review", &located.section.filing_review) {
            for (part, whole) in filing_pairs(&filing_terms(r, at)) {
                units.same(&[part, whole]);
            }
        }
        for (at, list) in item_lists(located.section, located.at()) {
            let Some(total) = counted_list(list) else { continue };
            if is_count(total.unit()) {
                continue;
            }
            let named = list.items.len();
            units.emit().report(at.key("total"))
                .related(at.key("items"))
                .param("total", total.to_string())
                .param("named", named)
                .emit(
                    format!("列举合计“{total}”的单位“{}”不是计数单位（如“处”“家”“项”），无法与列举的{named}项核对", total.unit()),
                    format!("the list total {total} is not a count, so it cannot be checked against the list of {named}"),
                );
        }
    });
}

fn duplicate_key(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_indicators(cx, |ind| {
        for (j, item) in ind.list.iter().enumerate() {
            let Some(key) = item.key.as_deref() else {
                continue;
            };
            let Some(first) = ind.first_with(key).filter(|&first| first != j) else {
                continue;
            };
            emit.report(ind.at(j).key("key"))
                .related(ind.at(first).key("key"))
                .param("key", key)
                .emit(
                    format!(
                        "指标标识“{key}”与第{}个指标重复，标识在本小节内必须唯一",
                        first + 1
                    ),
                    format!("indicator key {key:?} is already used by indicator {first}"),
                );
        }
    });
}

fn unknown_key(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_indicators(cx, |ind| {
        for (j, item) in ind.list.iter().enumerate() {
            let mut refs: Vec<(&str, Pointer<'_>)> = Vec::new();
            if let Some(basis) = &item.rate_of {
                let at = ind.at(j).key("rate_of");
                refs.push((&basis.numerator, at.key("numerator")));
                refs.push((&basis.denominator, at.key("denominator")));
            }
            if let Some(whole) = &item.part_of {
                refs.push((whole, ind.at(j).key("part_of")));
            }
            for (key, at) in refs {
                if ind.first_with(key).is_some() {
                    continue;
                }
                emit.report(at).param("key", key).emit(
                    format!("本小节没有标识为“{key}”的指标"),
                    format!("no indicator of this section has the key {key:?}"),
                );
            }
        }
    });
}

fn part_exceeds_whole(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_indicators(cx, |ind| {
        let (parts, _) = ind.parts();
        for group in parts.chunk_by(|a, b| a.0 == b.0) {
            let whole = ind.term(group[0].0);
            for &(_, j) in group {
                let t = ind.term(j);
                if one_unit(&[&whole], &[&t]) {
                    arith.at_most(&PART_EXCEEDS_WHOLE, &[&t], &[&whole], &[]);
                }
            }
        }
    });
}

fn parts_sum_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_indicators(cx, |ind| {
        let (parts, _) = ind.parts();
        for group in parts.chunk_by(|a, b| a.0 == b.0) {
            let w = group[0].0;
            if !ind.list[w].sum_of_parts {
                continue;
            }
            let whole = ind.term(w);
            let terms: Vec<Term<'_>> = group.iter().map(|&(_, j)| ind.term(j)).collect();
            if terms.iter().all(|t| one_unit(&[&whole], &[t])) {
                let parts: Vec<&Term<'_>> = terms.iter().collect();
                arith.equals(&PARTS_SUM_MISMATCH, None, &[&whole], &parts, &[]);
            }
        }
    });
}

/// Checks the range of every rate of this family's figures that is in % (an indicator
/// kept as a rate or share or computed by `rate_of`, a bounded indicator in %, and the
/// rate fields of the normative documents, disclosure and filing review blocks).
fn percentage_out_of_range(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_rate(cx, |rate, check| {
        let bounded = match check {
            RateCheck::Percentage => rate.q.unit().is_percent(),
            RateCheck::Bounded => true,
            RateCheck::Unit => false,
        };
        if bounded {
            in_range(emit, rate);
        }
    });
}

/// Checks the unit of every rate of this family's figures (growth rates included).
fn rate_not_percent(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_rate(cx, |rate, check| {
        if check != RateCheck::Bounded {
            percent_unit(emit, rate);
        }
    });
}

fn rate_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    each_indicators(cx, |ind| {
        for j in 0..ind.list.len() {
            // A growth rate's basis is its change over its base: checked like any rate,
            // without the 0–100 % bound.
            if let Some((n, d)) = ind.rate_basis(j) {
                arith.rate_agrees(
                    &RATE_MISMATCH,
                    &ind.term(j),
                    &[&ind.term(n)],
                    &[&ind.term(d)],
                    &[],
                );
            }
        }
    });
}

fn shares_sum_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_indicators(cx, |ind| {
        let (parts, shares) = ind.parts();
        for group in shares.chunk_by(|a, b| a.0 == b.0) {
            let w = group[0].0;
            let terms: Vec<Term<'_>> = group
                .iter()
                .map(|&(_, j)| ind.term(j))
                .filter(|t| t.q.unit().is_percent())
                .collect();
            let count_parts = parts.iter().filter(|&&(pw, _)| pw == w).count();
            check_shares(emit, &ind.list[w], ind.at(w), &terms, count_parts);
        }
    });
}

fn stock_imbalance(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    cx.each_section(|located| {
        for (at, stock) in located.each("stocks", &located.section.stocks) {
            if let [Some(o), Some(a), Some(r), Some(c)] = stock_terms(stock, at) {
                arith.balance(&STOCK_IMBALANCE, &c, &o, &a, &r);
            }
        }
    });
}

fn list_exceeds_total(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_counted_list(cx, false, |at, list, total| {
        let named = list.items.len();
        let Ok(n) = i64::try_from(named) else { return };
        let verdict = exceeds(
            &Interval::exact(Decimal::from_integer(n)),
            &total.interval(),
        );
        let (zh, en) = match verdict {
            Verdict::Holds => return,
            Verdict::Certainly => (
                format!("列举了{named}项，多于合计数“{total}”"),
                format!("{named} items are named, more than the stated total {total}"),
            ),
            Verdict::Possibly => (
                format!("列举了{named}项，按约数代表的范围可能多于合计数“{total}”，请核对"),
                format!("{named} items are named, which may exceed the approximate total {total}"),
            ),
        };
        let Some(b) = order_finding(emit, verdict, &LIST_EXCEEDS_TOTAL, at.key("total")) else {
            return;
        };
        b.related(at.key("items"))
            .param("total", total.to_string())
            .param("named", named)
            .emit(zh, en);
    });
}

fn list_total_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_counted_list(cx, true, |at, list, total| {
        let named = list.items.len();
        let Ok(n) = i64::try_from(named) else { return };
        if !Interval::exact(Decimal::from_integer(n)).disjoint(&total.interval()) {
            return;
        }
        emit.report(at.key("total"))
            .related(at.key("items"))
            .param("total", total.to_string())
            .param("named", named)
            .emit(
                format!("完整列举了{named}项，但合计为“{total}”；如列举不完整，请取消“完整列举”"),
                format!("the exhaustive list names {named} items but states a total of {total}"),
            );
    });
}

fn normative_filed_exceeds_issued(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    cx.each_section(|located| {
        if let Some((at, docs)) =
            located.one("normative_documents", &located.section.normative_documents)
            && let [Some(issued), Some(filed), ..] = normative_terms(docs, at)
        {
            arith.at_most(&NORMATIVE_FILED_EXCEEDS_ISSUED, &[&filed], &[&issued], &[]);
        }
    });
}

fn normative_in_force_imbalance(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    cx.each_section(|located| {
        if let Some((at, docs)) =
            located.one("normative_documents", &located.section.normative_documents)
            && let [
                Some(issued),
                _,
                Some(repealed),
                Some(opening),
                Some(in_force),
            ] = normative_terms(docs, at)
        {
            arith.balance(
                &NORMATIVE_IN_FORCE_IMBALANCE,
                &in_force,
                &opening,
                &issued,
                &repealed,
            );
        }
    });
}

fn openness_requests_imbalance(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    cx.each_section(|located| {
        if let Some((at, o)) = located.one("openness", &located.section.openness)
            && let Some(requests) = Requests::of(o, at)
        {
            let mut absent = Vec::new();
            for (name, term) in [
                ("requests_carried_over", &requests.carried_over),
                ("requests_carried_forward", &requests.forward),
            ] {
                if term.is_none() {
                    absent.push((name, title("Openness", name)));
                }
            }
            arith.equals(
                &OPENNESS_REQUESTS_IMBALANCE,
                None,
                &requests.inflow(),
                &requests.outflow(),
                &absent,
            );
        }
    });
}

fn counsel_adopted_exceeds_opinions(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    cx.each_section(|located| {
        if let Some((at, c)) = located.one("counsel", &located.section.counsel)
            && let [Some(opinions), Some(adopted)] = counsel_terms(c, at)
        {
            arith.at_most(
                &COUNSEL_ADOPTED_EXCEEDS_OPINIONS,
                &[&adopted],
                &[&opinions],
                &[],
            );
        }
    });
}

fn filing_count_exceeds(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let mut arith = Arith::of(emit);
    cx.each_section(|located| {
        if let Some((at, r)) = located.one("filing_review", &located.section.filing_review) {
            for (part, whole) in filing_pairs(&filing_terms(r, at)) {
                arith.at_most(&FILING_COUNT_EXCEEDS, &[part], &[whole], &[]);
            }
        }
    });
}

/// Reports 余/多 on a precise figure, wherever a figure appears (the walk visits every
/// `Quantity` with its pointer).
fn more_than_on_precise_figure(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    cx.each_field(|path, leaf| {
        let Leaf::Quantity(q) = leaf else {
            return;
        };
        if !more_than_on_precise(q) {
            return;
        }
        let (round_zh, round_en) = match rounded_down(q.value()) {
            Some(r) => (
                format!("，或取整写作“{r}余{}”", q.unit()),
                format!(", or round it ({r}余{})", q.unit()),
            ),
            None => (String::new(), String::new()),
        };
        emit.report(path.pointer().at().key("qualifier"))
            .param("figure", q.to_string())
            .emit(
                format!(
                    "“{q}”已精确到末位，不宜再加“余”“多”：请写确数“{}{}”{round_zh}",
                    q.value(),
                    q.unit()
                ),
                format!("{q} is precise to its last digit; write the exact figure{round_en}"),
            );
    });
}

// ---------------------------------------------------------------------------------------
// What the checks share: the figures of each block, as terms.
// ---------------------------------------------------------------------------------------

/// The indicators of one subsection, with their keys: the first indicator with a key wins,
/// later ones are duplicates.
struct Indicators<'a> {
    list: &'a [Indicator],
    base: Pointer<'a>,
    /// (key, position), sorted: the first indicator of a key leads its run (one allocation
    /// for the subsection, however many keys).
    keyed: Vec<(&'a str, usize)>,
}

impl<'a> Indicators<'a> {
    fn of(located: &'a Located<'_>) -> Indicators<'a> {
        let list = &located.section.indicators[..];
        let mut keyed: Vec<(&str, usize)> = list
            .iter()
            .enumerate()
            .filter_map(|(j, ind)| Some((ind.key.as_deref()?, j)))
            .collect();
        keyed.sort_unstable();
        Indicators {
            list,
            base: located.at(),
            keyed,
        }
    }

    /// The position of the first indicator with `key`.
    fn first_with(&self, key: &str) -> Option<usize> {
        let at = self.keyed.partition_point(|&(k, _)| k < key);
        self.keyed
            .get(at)
            .filter(|&&(k, _)| k == key)
            .map(|&(_, j)| j)
    }

    /// The pointer of indicator `j`.
    fn at(&self, j: usize) -> Pointer<'a> {
        self.base.key("indicators").index(j)
    }

    /// The value of indicator `j` as a term.
    fn term(&self, j: usize) -> Term<'a> {
        let ind = &self.list[j];
        Term {
            name: ind.key.as_deref().map_or(Name::Indicator(j), Name::Key),
            zh: Label::Quoted(&ind.label),
            q: &ind.value,
            pointer: self.at(j).key("value"),
        }
    }

    /// The numerator and denominator of indicator `j`'s `rate_of`, when both keys resolve.
    fn rate_basis(&self, j: usize) -> Option<(usize, usize)> {
        let basis = self.list[j].rate_of.as_ref()?;
        let num = self.first_with(&basis.numerator);
        let den = self.first_with(&basis.denominator);
        num.zip(den)
    }

    /// The parts and the shares of the subsection as (whole, part) pairs, each list sorted
    /// (wholes in order, the parts of each in order).
    fn parts(&self) -> (Vec<Part>, Vec<Part>) {
        let mut parts = Vec::new();
        let mut shares = Vec::new();
        for (j, ind) in self.list.iter().enumerate() {
            let Some(w) = ind.part_of.as_deref().and_then(|k| self.first_with(k)) else {
                continue;
            };
            if w == j {
                continue;
            }
            if ind.kind == Some(IndicatorKind::Share) {
                shares.push((w, j));
            } else {
                parts.push((w, j));
            }
        }
        parts.sort_unstable();
        shares.sort_unstable();
        (parts, shares)
    }
}

/// An indicator that is part of another, as (whole, part) positions.
type Part = (usize, usize);

/// Calls `f` with the indicators of every subsection that has some.
fn each_indicators(cx: &Cx<'_>, mut f: impl FnMut(&Indicators<'_>)) {
    cx.each_section(|located| {
        if !located.section.indicators.is_empty() {
            f(&Indicators::of(located));
        }
    });
}

/// What is checked of a rate.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RateCheck {
    /// Its unit is %, and then its range (a rate or share).
    Percentage,
    /// Its range only (an indicator in % that is no rate by kind).
    Bounded,
    /// Its unit only (a growth rate, which may exceed 100 %).
    Unit,
}

/// Calls `f` with every rate of this family's figures and what is checked of it, in
/// document order: the indicators of a subsection, then the rates of its normative
/// documents, disclosure and filing review blocks.
fn each_rate(cx: &Cx<'_>, mut f: impl FnMut(&Term<'_>, RateCheck)) {
    cx.each_section(|located| {
        let ind = Indicators::of(located);
        for (j, item) in ind.list.iter().enumerate() {
            let is_rate_kind =
                matches!(item.kind, Some(IndicatorKind::Rate | IndicatorKind::Share));
            let is_growth = item.kind == Some(IndicatorKind::Growth);
            if is_rate_kind || (item.rate_of.is_some() && !is_growth) {
                f(&ind.term(j), RateCheck::Percentage);
            } else if item.is_bounded_percentage() {
                f(&ind.term(j), RateCheck::Bounded);
            }
            if is_growth && item.rate_of.is_some() {
                f(&ind.term(j), RateCheck::Unit);
            }
        }
        let section = located.section;
        let mut rates = Vec::new();
        if let Some((at, d)) = located.one("normative_documents", &section.normative_documents) {
            rates.extend(
                field_terms!(at, d => NormativeDocuments { filing_rate, timely_filing_rate }),
            );
        }
        if let Some((at, o)) = located.one("openness", &section.openness) {
            rates.extend(field_terms!(at, o => Openness { answer_rate }));
        }
        if let Some((at, r)) = located.one("filing_review", &section.filing_review) {
            rates.extend(field_terms!(at, r => FilingReview { filing_rate, timely_rate }));
        }
        for rate in rates.iter().flatten() {
            f(rate, RateCheck::Percentage);
        }
    });
}

/// Opening, added, removed and closing of a stock.
fn stock_terms<'a>(stock: &'a Stock, at: Pointer<'a>) -> [Option<Term<'a>>; 4] {
    field_terms!(at, stock => Stock { opening, added, removed, closing })
}

/// Issued, filed, repealed, in force at the start and in force of a normative documents
/// block.
fn normative_terms<'a>(docs: &'a NormativeDocuments, at: Pointer<'a>) -> [Option<Term<'a>>; 5] {
    field_terms!(
        at, docs => NormativeDocuments {
            issued,
            filed,
            repealed,
            in_force_opening,
            in_force,
        }
    )
}

/// Opinions given and adopted of a legal counsel block.
fn counsel_terms<'a>(c: &'a LegalCounsel, at: Pointer<'a>) -> [Option<Term<'a>>; 2] {
    field_terms!(at, c => LegalCounsel { opinions, adopted })
}

/// Submitted, filed, reviewed, faulty and corrected of a filing review block.
fn filing_terms<'a>(r: &'a FilingReview, at: Pointer<'a>) -> [Option<Term<'a>>; 5] {
    field_terms!(at, r => FilingReview { submitted, filed, reviewed, faulty, corrected })
}

/// The (part, whole) pairs of filing review that are given: filed of submitted, faulty of
/// reviewed, corrected of faulty.
fn filing_pairs<'t, 'a>(t: &'t [Option<Term<'a>>; 5]) -> Vec<(&'t Term<'a>, &'t Term<'a>)> {
    let [submitted, filed, reviewed, faulty, corrected] = t;
    [(filed, submitted), (faulty, reviewed), (corrected, faulty)]
        .into_iter()
        .filter_map(|(p, w)| Some((p.as_ref()?, w.as_ref()?)))
        .collect()
}

/// The disclosure requests of an openness block, when received and answered are given.
struct Requests<'a> {
    received: Term<'a>,
    carried_over: Option<Term<'a>>,
    answered: Term<'a>,
    forward: Option<Term<'a>>,
}

impl<'a> Requests<'a> {
    fn of(o: &'a Openness, at: Pointer<'a>) -> Option<Requests<'a>> {
        let [received, carried_over, answered, forward] = field_terms!(
            at, o => Openness {
                requests_received,
                requests_carried_over,
                requests_answered,
                requests_carried_forward,
            }
        );
        Some(Requests {
            received: received?,
            carried_over,
            answered: answered?,
            forward,
        })
    }

    /// Received and carried over.
    fn inflow(&self) -> Vec<&Term<'a>> {
        [Some(&self.received), self.carried_over.as_ref()]
            .into_iter()
            .flatten()
            .collect()
    }

    /// Answered and carried forward.
    fn outflow(&self) -> Vec<&Term<'a>> {
        [Some(&self.answered), self.forward.as_ref()]
            .into_iter()
            .flatten()
            .collect()
    }
}

/// The total of a list that names items beside it.
fn counted_list(list: &ItemList) -> Option<&Quantity> {
    list.total.as_ref().filter(|_| !list.items.is_empty())
}

/// Calls `f` with every list of the report that names items beside a total in a counting
/// unit, exhaustive (no 等) or not as `exhaustive` says, with its pointer and total.
fn each_counted_list(
    cx: &Cx<'_>,
    exhaustive: bool,
    mut f: impl FnMut(Pointer<'_>, &ItemList, &Quantity),
) {
    cx.each_section(|located| {
        for (at, list) in item_lists(located.section, located.at()) {
            if let Some(total) = counted_list(list)
                && is_count(total.unit())
                && list.exhaustive == exhaustive
            {
                f(at, list, total);
            }
        }
    });
}

/// Every list of named items (列举事项) of a subsection, with its pointer, in document
/// order: found by the walk, which destructures every struct of the model, so a list added
/// to the model is checked without being listed here.
fn item_lists<'a>(section: &'a Section, base: Pointer<'a>) -> Vec<(Pointer<'a>, &'a ItemList)> {
    let mut lists = Vec::new();
    walk::each_list(section, &mut |path, list| {
        let at = path
            .segs()
            .iter()
            .fold(base.clone(), |at, &seg| at.child(seg));
        lists.push((at, list));
    });
    lists
}

/// Shares of one whole: their sum may not exceed 100 %, and must reach it when the whole is
/// marked `sum_of_parts` and every count part has its share (`parts` is the number of
/// count parts of the whole; shares printed for some parts only need not reach 100 %),
/// within the rounding of the shares (half a unit of each share's last printed digit).
fn check_shares(
    sink: &mut dyn Out<'_>,
    whole: &Indicator,
    at: Pointer<'_>,
    shares: &[Term<'_>],
    parts: usize,
) {
    let quantities: Vec<&Quantity> = shares.iter().map(|t| t.q).collect();
    let Some(sum) = SharesSum::of(&quantities) else {
        return;
    };
    let over = sum.over();
    let under = whole.sum_of_parts && shares.len() >= parts && sum.under();
    if !over && !under {
        return;
    }
    let tolerance = sum.tolerance;
    let shown: Vec<String> = shares.iter().map(|t| t.q.to_string()).collect();
    let shown = shown.join(" + ");
    let total = if shares.iter().all(|t| t.q.is_exact()) {
        format!(" = {}%", sum.low)
    } else {
        String::new()
    };
    let mut b = sink.report(&SHARES_SUM_MISMATCH, at);
    for t in shares {
        b = b
            .related(t.pointer.clone())
            .param(&t.name.to_string(), t.q.to_string());
    }
    b.param("tolerance", format!("{tolerance}%")).emit(
        format!(
            "“{}”的各项占比之和（{shown}{total}）{}，超出各项末位舍入误差（±{tolerance}%）",
            whole.label,
            if over { "超过100%" } else { "不足100%" }
        ),
        format!(
            "the shares of {:?} sum to {shown}{total}, {} 100% beyond the rounding of each share (±{tolerance}%)",
            whole.label,
            if over { "above" } else { "below" }
        ),
    );
}

/// Whether a 余/多 figure is precise to its last digit (8553余, 218余, 1.5余).
///
/// 余 after the multiplier (`3.2万余人次`, [`MarkerPosition::AfterMultiplier`]) rounds to the
/// multiplier's unit (more than 32,000, to the thousand) and is correct.
pub(crate) fn more_than_on_precise(q: &Quantity) -> bool {
    q.qualifier() == crate::model::Qualifier::MoreThan
        && q.marker_position() != MarkerPosition::AfterMultiplier
        && !q.value().is_zero()
        && q.value().last_place() <= Decimal::from_integer(1)
}

/// A whole number of at least 10 rounded down to its tens (8553 → 8550, 218 → 210), for
/// the suggestion in a message; `None` for fractions and numbers below 10.
fn rounded_down(v: Decimal) -> Option<Decimal> {
    let int = v.to_integer().filter(|i| *i >= 10)?;
    Some(Decimal::from_integer(int / 10 * 10))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Qualifier;
    use crate::model::Unit;
    use crate::validate::facts::rate_disagrees;
    use std::collections::BTreeSet;

    fn q(v: &str, u: &str, qual: Qualifier) -> Quantity {
        Quantity::new(v.parse::<Decimal>().unwrap(), Unit::new(u).unwrap())
            .unwrap()
            .with_qualifier(qual)
    }

    fn exact(v: &str) -> Interval {
        q(v, "万元", Qualifier::Exact).interval()
    }

    #[test]
    fn rate_tolerance_is_one_unit_of_the_last_printed_digit() {
        let (n, d) = (exact("38"), exact("40")); // 95 %
        for ok in ["95", "94", "96"] {
            assert_eq!(
                rate_disagrees(&q(ok, "%", Qualifier::Exact), &n, &d),
                Some(false),
                "{ok}"
            );
        }
        for bad in ["93", "97", "90"] {
            assert_eq!(
                rate_disagrees(&q(bad, "%", Qualifier::Exact), &n, &d),
                Some(true),
                "{bad}"
            );
        }
        // 273 ÷ 2130 = 12.8169… %: "12.82%" and "12.8%" agree; "12.83%" (12.82–12.84) does not.
        let (n, d) = (exact("273"), exact("2130"));
        assert_eq!(
            rate_disagrees(&q("12.82", "%", Qualifier::Exact), &n, &d),
            Some(false)
        );
        assert_eq!(
            rate_disagrees(&q("12.83", "%", Qualifier::Exact), &n, &d),
            Some(true)
        );
        assert_eq!(
            rate_disagrees(&q("12.8", "%", Qualifier::Exact), &n, &d),
            Some(false)
        );
        // 司法部 2023: 纠错 2.73万件 of 办结 29.3万件 is 9.3 %, not the stated 12.83 %.
        let (n, d) = (exact("2.73"), exact("29.3"));
        let stated = q("12.83", "%", Qualifier::Exact);
        assert_eq!(rate_disagrees(&stated, &n, &d), Some(true));
        let recomputed = q("9.3", "%", Qualifier::Exact);
        assert_eq!(rate_disagrees(&recomputed, &n, &d), Some(false));
    }

    #[test]
    fn a_stated_hundred_percent_requires_equality() {
        let hundred = q("100", "%", Qualifier::Exact);
        assert_eq!(
            rate_disagrees(&hundred, &exact("199"), &exact("200")),
            Some(true)
        );
        assert_eq!(
            rate_disagrees(&hundred, &exact("200"), &exact("200")),
            Some(false)
        );
        // 99.5 % may be printed as 99 % or 100 % only with the tolerance of a non-100 figure.
        assert_eq!(
            rate_disagrees(
                &q("99", "%", Qualifier::Exact),
                &exact("199"),
                &exact("200")
            ),
            Some(false)
        );
    }

    #[test]
    fn approximate_counts_report_only_certain_disagreement() {
        let rate = q("50", "%", Qualifier::Exact);
        // 40余 of 80: 41–49 of 80 is 51–61 %: could be 51 % (within 49–51).
        let n = q("40", "件", Qualifier::MoreThan).interval();
        assert_eq!(rate_disagrees(&rate, &n, &exact("80")), Some(false));
        // 60余 of 80 is at least 75 %: certainly not 50 %.
        let n = q("60", "件", Qualifier::MoreThan).interval();
        assert_eq!(rate_disagrees(&rate, &n, &exact("80")), Some(true));
        // An unbounded numerator can reach any rate from its low end up.
        let n = q("30", "件", Qualifier::AtLeast).interval();
        assert_eq!(rate_disagrees(&rate, &n, &exact("80")), Some(false));
        // A zero denominator leaves the rate undefined.
        assert_eq!(rate_disagrees(&rate, &exact("0"), &exact("0")), None);
    }

    #[test]
    fn orders_distinguish_certain_from_possible() {
        let found = q("40", "处", Qualifier::MoreThan).interval();
        assert_eq!(exceeds(&exact("45"), &found), Verdict::Possibly);
        assert_eq!(exceeds(&exact("50"), &found), Verdict::Certainly);
        assert_eq!(exceeds(&exact("40"), &found), Verdict::Holds);
        assert_eq!(exceeds(&exact("41"), &exact("40")), Verdict::Certainly);
        assert_eq!(exceeds(&exact("40"), &exact("40")), Verdict::Holds);
    }

    /// Every `ItemList` field of the model, found through the JSON Schema, is one that
    /// [`item_lists`] visits: a new list field fails this test until the rule covers it.
    #[test]
    fn every_item_list_of_the_model_is_checked() {
        let schema = serde_json::to_value(schemars::schema_for!(crate::Report)).unwrap();
        let defs = schema["$defs"].as_object().unwrap();
        let mut found = BTreeSet::new();
        for (name, def) in defs {
            let Some(props) = def.get("properties").and_then(serde_json::Value::as_object) else {
                continue;
            };
            for (prop, s) in props {
                if s.to_string().contains("#/$defs/ItemList") {
                    found.insert(format!("{name}.{prop}"));
                }
            }
        }
        let covered: BTreeSet<String> = [
            "StudySession.contents",
            "Campaign.topics",
            "ServiceVisit.targets",
            "HazardLedger.categories",
            "Inspection.partners",
            "Inspection.sites",
            "DecisionMaking.matters",
            "LegalCounsel.reviewed_kinds",
            "PublicityEvent.partners",
            "PublicityEvent.methods",
            "PublicityEvent.combined_with",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect();
        assert_eq!(found, covered);
        // And each of them is reached from a section, at the pointer its serde name gives.
        let list = serde_json::json!({"items": ["甲", "乙"], "total": {"value": 1, "unit": "项"}});
        let section: Section = serde_json::from_value(serde_json::json!({
            "heading": "（一）",
            "studies": [{"topic": "学习", "contents": list}],
            "campaigns": [{"name": "专项行动", "topics": list}],
            "services": [{"targets": list}],
            "hazards": [{"label": "隐患", "categories": list}],
            "inspections": [{"kind": "joint", "partners": list, "sites": list}],
            "decision_making": {"matters": list},
            "counsel": {"reviewed_kinds": list},
            "publicity": [{"activity": "宣传", "partners": list, "methods": list, "combined_with": list}],
        }))
        .unwrap();
        let at = crate::validate::support::pointer::PointerBuf::from_segs(vec![
            crate::validate::support::pointer::Seg::Key("measures"),
            crate::validate::support::pointer::Seg::Key("items"),
            crate::validate::support::pointer::Seg::Index(0),
        ]);
        let lists = item_lists(&section, at.at());
        assert_eq!(lists.len(), covered.len());
        let value =
            serde_json::json!({"measures": {"items": [serde_json::to_value(&section).unwrap()]}});
        for (pointer, l) in lists {
            assert_eq!(l.items.len(), 2, "{pointer}");
            assert!(
                value.pointer(&format!("{pointer}/total")).is_some(),
                "{pointer}"
            );
        }
    }

    /// A problem is reported once, by one rule, even when several checks read the field.
    #[test]
    fn each_problem_is_reported_once() {
        let mut report =
            crate::Report::from_json_str(include_str!("../../../tests/fixtures/minimal.json"))
                .unwrap();
        let indicators: Vec<Indicator> = serde_json::from_value(serde_json::json!([
            {"key": "fixed", "label": "已整改", "value": {"value": 38, "unit": "件"}},
            {"key": "found", "label": "发现", "value": {"value": 40, "unit": "件"}},
            {"label": "整改率", "value": {"value": 120, "unit": "%"}, "kind": "rate",
             "rate_of": {"numerator": "fixed", "denominator": "found"}},
            {"label": "其中", "value": {"value": 3, "unit": "份"}, "part_of": "found"},
        ]))
        .unwrap();
        report.measures.items[0].indicators = indicators;
        let validation = report.validate();
        let codes: Vec<&str> = validation.findings().iter().map(|f| f.code()).collect();
        assert_eq!(
            codes,
            // In catalogue order (the canonical order of findings).
            [
                UNIT_MISMATCH.code,
                PERCENTAGE_OUT_OF_RANGE.code,
                RATE_MISMATCH.code
            ],
            "{:#?}",
            validation.findings()
        );
    }

    #[test]
    fn more_than_style() {
        assert!(more_than_on_precise(&q(
            "8553",
            "平方米",
            Qualifier::MoreThan
        )));
        assert!(more_than_on_precise(&q("218", "万元", Qualifier::MoreThan)));
        assert!(more_than_on_precise(&q("1.5", "万元", Qualifier::MoreThan)));
        assert!(!more_than_on_precise(&q("40", "处", Qualifier::MoreThan)));
        assert!(!more_than_on_precise(&q("900", "名", Qualifier::MoreThan)));
        assert!(!more_than_on_precise(&q(
            "8553",
            "平方米",
            Qualifier::Exact
        )));
        assert_eq!(rounded_down("8553".parse().unwrap()), "8550".parse().ok());
        assert_eq!(rounded_down("218".parse().unwrap()), "210".parse().ok());
        assert_eq!(rounded_down("5".parse().unwrap()), None);
        assert_eq!(rounded_down("1.5".parse().unwrap()), None);
    }
}
