//! Rules of the `dates` family: years and dates (年度与日期).
//!
//! A report for year Y covers Y, plans Y+1, is submitted and published in Y+1 by the
//! deadlines of 《法治政府建设与责任落实督察工作规定》 (departments submit by 3月1日; everyone
//! publishes by 4月1日), and dates the events it cites inside Y. No rule reads the clock:
//! "today" comes from [`Options::as_of`].

use time::{Date, Month, Weekday};

use super::Unit;
use crate::Report;
use crate::model::{CommemorativeDay, OrganizationKind, PartKind, Period, PeriodKind, Year};
use crate::validate::engine::{Cx, Emit, Param};
use crate::validate::support::pointer::Pointer;
use crate::validate::walk::{Leaf, Path};
use crate::validate::{Deadlines, MonthDay, Options, Rule, Severity};

use crate::validate::support::{numeral, part_headings};

/// `dates.report_year_implausible`: the report year is before 2015 or after the year of
/// [`Options::as_of`] (报告年度不合理).
///
/// Annual reporting began with 《法治政府建设实施纲要（2015—2020年）》, so no report covers a
/// year before 2015; and a report cannot cover a year that has not begun.
///
/// Fails: `"meta": {"year": 2012, …}`; or `"year": 2025` validated with
/// `Options::new().as_of(date!(2024 - 03 - 01))`.
pub const REPORT_YEAR_IMPLAUSIBLE: Rule = Rule {
    code: "dates.report_year_implausible",
    severity: Severity::Error,
    title_zh: "报告年度不合理",
    title_en: "Implausible report year",
    description_zh: "法治政府建设年度报告制度始于《法治政府建设实施纲要（2015—2020年）》，报告年度不应早于2015年；设定了“当前日期”时，报告年度也不应晚于当前年份。",
    fields: &["/meta/year"],
};

fn report_year_implausible(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let (year, options) = (cx.report.meta.year, cx.options);
    if year.get() < FIRST_REPORT_YEAR {
        emit.report(Pointer::ROOT.key("meta").key("year"))
            .param("year", year)
            .param("min", FIRST_REPORT_YEAR)
            .emit(
                format!("报告年度{year}年早于年度报告制度建立的{FIRST_REPORT_YEAR}年，请核对"),
                format!("report year {year} is before {FIRST_REPORT_YEAR}, the first year of annual reporting"),
            );
    }
    if let Some(today) = options.today()
        && i32::from(year.get()) > today.year()
    {
        emit.report(Pointer::ROOT.key("meta").key("year"))
            .param("year", year)
            .param("today", crate::model::date::format_date(today).as_str())
            .emit(
                format!(
                    "报告年度{year}年晚于当前年份{}年：尚未开始的年度不能报告",
                    today.year()
                ),
                format!(
                    "report year {year} is after the current year {}",
                    today.year()
                ),
            );
    }
}

/// `dates.title_year_mismatch`: the title names a year that is not the report year
/// (标题年份与报告年度不符).
///
/// Every four-digit year followed by 年 (年度) in the title is read, except those in a range
/// (2021—2025年); the title fits when one of them is the report year.
///
/// Fails: `"title": "区司法局2022年度法治政府建设情况报告", "year": 2023`.
pub const TITLE_YEAR_MISMATCH: Rule = Rule {
    code: "dates.title_year_mismatch",
    severity: Severity::Error,
    title_zh: "标题年份与报告年度不符",
    title_en: "Title year differs from the report year",
    description_zh: "报告标题中的年份（如“2023年度”）应与报告年度一致。",
    fields: &["/meta/title", "/meta/year"],
};

fn title_year_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let report = cx.report;

    let year = report.meta.year;
    let printed = printed_years(&report.meta.title);
    if printed.is_empty() || printed.iter().any(|p| p.year == year.get()) {
        return;
    }
    let found: Vec<u16> = printed.iter().map(|p| p.year).collect();
    let list = found
        .iter()
        .map(|y| format!("{y}年"))
        .collect::<Vec<_>>()
        .join("、");
    emit.report(Pointer::ROOT.key("meta").key("title"))
        .related(Pointer::ROOT.key("meta").key("year"))
        .param("title_years", &found)
        .param("year", year)
        .emit(
            format!(
                "标题“{}”中的年份{list}与报告年度{year}年不符",
                report.meta.title
            ),
            format!("the title names {found:?} but the report year is {year}"),
        );
}

/// `dates.plan_year_mismatch`: part 四 plans a year other than the report year + 1
/// (安排年度不是下一年度).
///
/// Part 四 is 下一年度推进法治政府建设的主要安排: a 2023 report plans 2024. A report that
/// heads its plans "2023年…主要安排" plans the year it reports on.
///
/// Fails: `"meta": {"year": 2023}, "plans": {"year": 2023, …}`.
pub const PLAN_YEAR_MISMATCH: Rule = Rule {
    code: "dates.plan_year_mismatch",
    severity: Severity::Error,
    title_zh: "主要安排的年度不是下一年度",
    title_en: "Plans are not for the next year",
    description_zh: "第四部分的法定内容是“下一年度推进法治政府建设的主要安排”，安排年度应为报告年度的下一年。",
    fields: &["/plans/year", "/meta/year"],
};

fn plan_year_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let report = cx.report;

    let year = report.meta.year;
    let expected = year.next();
    let planned = report.plans.year;
    if planned != expected {
        emit.report(Pointer::ROOT.key("plans").key("year"))
            .related(Pointer::ROOT.key("meta").key("year"))
            .param("plans_year", planned)
            .param("expected", expected)
            .emit(
                format!("第四部分安排的是{planned}年，应为报告年度{year}年的下一年度{expected}年"),
                format!("part 四 plans {planned}; a {year} report plans {expected}"),
            );
    }
}

/// `dates.heading_year_mismatch`: a part heading prints a year that does not fit the part
/// (部分标题年份不符).
///
/// Parts 一, 二, 三 and 五 are about the report year; part 四 about the year it plans
/// (`plans.year`). Only four-digit years followed by 年 or 年度 are read; ranges such as
/// 2023-2035 or 2021—2025年 are ignored.
///
/// Fails: `"measures": {"heading": "一、2022年推进法治政府建设主要举措和成效"}` in a 2023
/// report.
pub const HEADING_YEAR_MISMATCH: Rule = Rule {
    code: "dates.heading_year_mismatch",
    severity: Severity::Error,
    title_zh: "部分标题中的年份与本部分不符",
    title_en: "Year in a part heading does not fit the part",
    description_zh: "第一、二、三、五部分标题中的年份应为报告年度，第四部分标题中的年份应为安排年度（报告年度的下一年）。",
    fields: &[
        "/measures/heading",
        "/shortcomings/heading",
        "/responsibility/heading",
        "/plans/heading",
        "/other/heading",
        "/meta/year",
        "/plans/year",
    ],
};

fn heading_year_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let report = cx.report;

    let year = report.meta.year;
    let plans = report.plans.year;
    for (part, heading) in part_headings(report) {
        let expected = if part == PartKind::Plans { plans } else { year };
        let Some(heading) = heading else { continue };
        let wrong: Vec<u16> = printed_years(heading)
            .into_iter()
            .map(|p| p.year)
            .filter(|y| *y != expected.get())
            .collect();
        let Some(first) = wrong.first() else { continue };
        let (related, basis_zh) = if part == PartKind::Plans {
            (Pointer::ROOT.key("plans").key("year"), "安排年度")
        } else {
            (Pointer::ROOT.key("meta").key("year"), "报告年度")
        };
        emit.report(Pointer::ROOT.key(part.field()).key("heading"))
            .related(related)
            .param("heading_year", first)
            .param("expected", expected)
            .emit(
                format!(
                    "第{}部分标题“{heading}”中的{first}年与{basis_zh}{expected}年不符",
                    numeral(part)
                ),
                format!(
                    "the heading of part {} ({}) names {first}, expected {expected}",
                    numeral(part),
                    part.field()
                ),
            );
    }
}

/// `dates.event_outside_year`: a dated event lies outside the year it belongs to
/// (事件日期不在报告年度内).
///
/// Every date of the report except the report's own dates (`/meta/dates`, the notice's
/// deadline) is an event: it must lie in the report year, or, in part 四, in the year after
/// it (a planned event).
///
/// Fails: `"studies": [{"topic": "习近平法治思想", "date": "2022-04-25"}]` in a 2023 report.
pub const EVENT_OUTSIDE_YEAR: Rule = Rule {
    code: "dates.event_outside_year",
    severity: Severity::Error,
    title_zh: "事件日期不在报告年度内",
    title_en: "Event date outside the report year",
    description_zh: "年度报告报告的是上一年度的情况，所列学习、会议、活动等的日期应在报告年度内；第四部分所列的安排应在下一年度内。",
    // The whole document: every date outside /meta.
    fields: &[""],
};

fn event_outside_year(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_event(cx, |pointer, date, planned, expected, _| {
        if date.year() == i32::from(expected.get()) {
            return;
        }
        let shown = crate::model::date::format_date(date);
        let shown = shown.as_str();
        let (what_zh, what_en) = if planned {
            ("第四部分所列安排的日期", "a planned date")
        } else {
            ("事件日期", "an event date")
        };
        let year_at = if planned { "plans" } else { "meta" };
        emit.report(&pointer.pointer())
            .related(Pointer::ROOT.key(year_at).key("year"))
            .param("date", shown)
            .param("expected_year", expected)
            .emit(
                format!("{what_zh}{shown}不在{expected}年内，请核对年份"),
                format!("{what_en} {shown} is not in {expected}"),
            );
    });
}

/// `dates.event_after_cutoff`: a dated event lies after the data cut-off date
/// (事件日期晚于数据截止日期).
///
/// A report written before the year ends counts its figures up to `meta.dates.data_cutoff`
/// (截至11月底), or to the end of its partial period (`meta.period`, kind `partial_year`);
/// an event after that date is either misdated or not covered by the figures.
///
/// Fails: `"data_cutoff": "2023-11-30"` with a study dated `"2023-12-07"`.
pub const EVENT_AFTER_CUTOFF: Rule = Rule {
    code: "dates.event_after_cutoff",
    severity: Severity::Warning,
    title_zh: "事件日期晚于数据截止日期",
    title_en: "Event date after the data cut-off",
    description_zh: "报告注明数据截止日期时，所列事件的日期不应晚于该日期，否则日期有误或数据口径不一致。",
    fields: &["", "/meta/dates/data_cutoff", "/meta/period/end"],
};

/// A date outside its year is [`EVENT_OUTSIDE_YEAR`]'s alone.
fn event_after_cutoff(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    each_event(cx, |pointer, date, planned, expected, cutoff| {
        let Some((cutoff, cutoff_ptr)) = cutoff else {
            return;
        };
        if planned || date.year() != i32::from(expected.get()) || date <= cutoff {
            return;
        }
        let shown = crate::model::date::format_date(date);
        let shown = shown.as_str();
        let cut = crate::model::date::format_date(cutoff);
        emit.report(&pointer.pointer())
            .related(cutoff_ptr)
            .param("date", shown)
            .param("data_cutoff", cut.as_str())
            .emit(
                format!("事件日期{shown}晚于数据截止日期{}", cut.as_str()),
                format!(
                    "event date {shown} is after the data cut-off {}",
                    cut.as_str()
                ),
            );
    });
}

/// `dates.submitted_late`: submitted after the submission deadline (报送逾期).
///
/// The deadline is the one set in [`Options::deadlines`], else inferred from
/// `meta.organization.kind`: a government department (政府部门) submits by 3月1日 of the
/// next year ([`Deadlines::DEPARTMENT`]); for other bodies the date varies by level and is
/// not checked. The deadline day itself is on time.
///
/// Fails: a department's 2023 report with `"submitted": "2024-03-02"`.
pub const SUBMITTED_LATE: Rule = Rule {
    code: "dates.submitted_late",
    severity: Severity::Warning,
    title_zh: "报送日期晚于报送期限",
    title_en: "Submitted after the deadline",
    description_zh: "县级以上政府部门应于每年3月1日前报送上一年度法治政府建设年度报告（《法治政府建设与责任落实督察工作规定》）。",
    fields: &["/meta/dates/submitted", "/meta/organization/kind"],
};

fn submitted_late(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    late(cx, emit, "submitted");
}

/// `dates.published_late`: published after the publication deadline (公开逾期).
///
/// 《法治政府建设与责任落实督察工作规定》 第二十四条: reports are published by 4月1日 of the
/// next year. The deadline comes from [`Options::deadlines`] or is inferred as for
/// [`SUBMITTED_LATE`]. The deadline day itself is on time.
///
/// Fails: a 2023 report with `"published": "2024-04-02"`.
pub const PUBLISHED_LATE: Rule = Rule {
    code: "dates.published_late",
    severity: Severity::Warning,
    title_zh: "公开日期晚于公开期限",
    title_en: "Published after the deadline",
    description_zh: "地方各级政府和县级以上政府部门的年度报告应于每年4月1日前向社会公开（《法治政府建设与责任落实督察工作规定》第二十四条）。",
    fields: &["/meta/dates/published", "/meta/organization/kind"],
};

fn published_late(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    late(cx, emit, "published");
}

/// `dates.out_of_order`: the report was submitted before it was written, or published
/// before it was submitted (成文、报送、公开日期顺序颠倒).
///
/// Of the dates given, written ≤ submitted ≤ published; each is compared with the closest
/// earlier one given.
///
/// Fails: `"written": "2024-01-20", "submitted": "2024-01-10"`.
pub const OUT_OF_ORDER: Rule = Rule {
    code: "dates.out_of_order",
    severity: Severity::Error,
    title_zh: "成文、报送、公开日期顺序颠倒",
    title_en: "Written, submitted and published dates out of order",
    description_zh: "报告应先成文、再报送、后公开：成文日期不晚于报送日期，报送日期不晚于公开日期。",
    fields: &[
        "/meta/dates/written",
        "/meta/dates/submitted",
        "/meta/dates/published",
    ],
};

fn out_of_order(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let report = cx.report;

    let dates = &report.meta.dates;
    let chain = [
        ("written", "成文", dates.written),
        ("submitted", "报送", dates.submitted),
        ("published", "公开", dates.published),
    ];
    let mut previous: Option<(&str, &str, Date)> = None;
    for (field, name_zh, date) in chain {
        let Some(date) = date else { continue };
        if let Some((prev_field, prev_zh, prev)) = previous
            && date < prev
        {
            let (a, b) = (
                crate::model::date::format_date(prev),
                crate::model::date::format_date(date),
            );
            emit.report(Pointer::ROOT.key("meta").key("dates").key(field))
                .related(Pointer::ROOT.key("meta").key("dates").key(prev_field))
                .param(prev_field, a.as_str())
                .param(field, b.as_str())
                .emit(
                    format!(
                        "{name_zh}日期{}早于{prev_zh}日期{}：应先成文、再报送、后公开",
                        b.as_str(),
                        a.as_str()
                    ),
                    format!(
                        "{field} ({}) is before {prev_field} ({})",
                        b.as_str(),
                        a.as_str()
                    ),
                );
        }
        previous = Some((field, name_zh, date));
    }
}

/// `dates.cutoff_outside_year`: the data cut-off date is not in the report year
/// (数据截止日期不在报告年度内).
///
/// Fails: `"data_cutoff": "2024-01-31"` in a 2023 report.
pub const CUTOFF_OUTSIDE_YEAR: Rule = Rule {
    code: "dates.cutoff_outside_year",
    severity: Severity::Error,
    title_zh: "数据截止日期不在报告年度内",
    title_en: "Data cut-off outside the report year",
    description_zh: "数据截止日期（如“截至11月底”）是报告年度内统计数据的截止日，应在报告年度内。",
    fields: &["/meta/dates/data_cutoff", "/meta/year"],
};

fn cutoff_outside_year(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let report = cx.report;

    let year = report.meta.year;
    let Some(cutoff) = report.meta.dates.data_cutoff else {
        return;
    };
    if cutoff.year() != i32::from(year.get()) {
        let shown = crate::model::date::format_date(cutoff);
        emit.report(Pointer::ROOT.key("meta").key("dates").key("data_cutoff"))
            .related(Pointer::ROOT.key("meta").key("year"))
            .param("data_cutoff", shown.as_str())
            .param("year", year)
            .emit(
                format!("数据截止日期{}不在报告年度{year}年内", shown.as_str()),
                format!(
                    "data cut-off {} is not in the report year {year}",
                    shown.as_str()
                ),
            );
    }
}

/// `dates.commemorative_day_mismatch`: an occasion is dated on another day than the
/// commemorative day it names (宣传节点日期不符).
///
/// 全民国家安全教育日 is 4月15日, 全国防灾减灾日 5月12日, 全国消防日 11月9日, 国家宪法日
/// 12月4日, 全民国防教育日 the third Saturday of September (国防教育法 第十二条). Siren test
/// days (防空警报试鸣日) are set each year by the local government and never checked.
///
/// Fails: `{"day": "national_security_education_day", "name": "国家安全教育日",
/// "date": "2023-04-16"}`.
pub const COMMEMORATIVE_DAY_MISMATCH: Rule = Rule {
    code: "dates.commemorative_day_mismatch",
    severity: Severity::Error,
    title_zh: "宣传节点日期与纪念日不符",
    title_en: "Occasion date does not match its commemorative day",
    description_zh: "以纪念日为契机的活动，所填节点日期应与该纪念日一致：全民国家安全教育日4月15日、全国防灾减灾日5月12日、全国消防日11月9日、国家宪法日12月4日、全民国防教育日为9月第三个星期六。防空警报试鸣日由各地每年公告，不作检查。",
    fields: &["/*/items/**/publicity/*/occasions/*/date"],
};

fn commemorative_day_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    cx.each_section(|located| {
        for (j, event) in located.section.publicity.iter().enumerate() {
            for (k, occasion) in event.occasions.iter().enumerate() {
                let Some(date) = occasion.date else { continue };
                let Some(expected) = commemorative_date(occasion.day, date.year()) else {
                    continue;
                };
                if date == expected {
                    continue;
                }
                let (shown, want) = (
                    crate::model::date::format_date(date),
                    crate::model::date::format_date(expected),
                );
                emit.report(
                    located
                        .at()
                        .key("publicity")
                        .index(j)
                        .key("occasions")
                        .index(k)
                        .key("date"),
                )
                .param("day", occasion.day)
                .param("date", shown.as_str())
                .param("expected", want.as_str())
                .emit(
                    format!(
                        "“{}”所填日期{}与该纪念日不符，{}年应为{}",
                        occasion.name,
                        shown.as_str(),
                        date.year(),
                        want.as_str()
                    ),
                    format!(
                        "occasion \"{}\" is dated {} but falls on {} that year",
                        occasion.name,
                        shown.as_str(),
                        want.as_str()
                    ),
                );
            }
        }
    });
}

/// `dates.incomplete_year_unstated`: the report was written before its year ended but
/// does not say up to when its figures run (年度未结束而未注明数据期间).
///
/// A report written in December (or earlier) cannot hold the whole year's figures; it
/// should say so, with `meta.dates.data_cutoff` or a partial period or forecast in
/// `meta.period` ("截至11月底", "全年预计"), or a partial-year or forecast period of a
/// subsection (`period`) or of its figures (`periods`), as an imported text that prints
/// "截至11月底" beside its figures has. The date read is the written date, else the
/// submitted, else the published one.
///
/// Fails: a 2024 report with `"written": "2024-12-05"` and neither a data cut-off nor a
/// period.
pub const INCOMPLETE_YEAR_UNSTATED: Rule = Rule {
    code: "dates.incomplete_year_unstated",
    severity: Severity::Warning,
    title_zh: "年度未结束而未注明数据期间",
    title_en: "Written before the year ended without a stated period",
    description_zh: "报告在报告年度结束前成文（如12月初）时，全年数字尚不完整，应注明数据截止日期或统计期间（如“截至11月底”“全年预计”）；在报告、小节或个别数字上注明均可。",
    fields: &[
        "/meta/dates/written",
        "/meta/dates/submitted",
        "/meta/dates/published",
        "/meta/dates/data_cutoff",
        "/meta/period",
    ],
};

fn incomplete_year_unstated(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let report = cx.report;

    let dates = &report.meta.dates;
    let Some((date, field)) = [
        (dates.written, "written"),
        (dates.submitted, "submitted"),
        (dates.published, "published"),
    ]
    .into_iter()
    .find_map(|(d, f)| Some((d?, f))) else {
        return;
    };
    let year = report.meta.year;
    if date.year() != i32::from(year.get()) || dates.data_cutoff.is_some() {
        return;
    }
    // A period that does not cover the year, stated for the report, a subsection or a figure
    // (截至11月底, 全年预计), says that the figures are not the whole year's.
    let incomplete = |p: &Period| matches!(p.kind, PeriodKind::PartialYear | PeriodKind::Forecast);
    let mut stated = report
        .meta
        .period
        .as_ref()
        .is_some_and(|p| p.kind != PeriodKind::ReportYear);
    if !stated {
        cx.each_section(|located| {
            let section = located.section;
            stated = stated
                || section.period.as_ref().is_some_and(incomplete)
                || section.periods.iter().any(|f| incomplete(&f.period));
        });
    }
    if stated {
        return;
    }
    let shown = crate::model::date::format_date(date);
    emit.report(Pointer::ROOT.key("meta").key("dates").key(field))
        .related(Pointer::ROOT.key("meta").key("year"))
        .param("date", shown.as_str())
        .param("year", year)
        .emit(
            format!(
                "报告日期{}早于{year}年度结束，但未注明数据截止日期或统计期间（如“截至11月底”“全年预计”）",
                shown.as_str()
            ),
            format!(
                "dated {} before the end of {year}, but states no data cut-off or period",
                shown.as_str()
            ),
        );
}

/// `dates.period_end_mismatch`: a partial period ends outside the report year, or after
/// the report was written (统计期间截止日期有误).
///
/// A partial period ("截至11月底", kind `partial_year`) lies inside the report year and
/// ends no later than the day the report was written. Checked for the report's period and
/// for the periods of subsections and figures.
///
/// Fails: `"period": {"kind": "partial_year", "end": "2023-11-30"}` in a 2024 report.
pub const PERIOD_END_MISMATCH: Rule = Rule {
    code: "dates.period_end_mismatch",
    severity: Severity::Error,
    title_zh: "统计期间截止日期有误",
    title_en: "Partial period ends outside the year or after writing",
    description_zh: "“截至某日”的统计期间应在报告年度内，且截止日期不晚于报告成文日期。",
    fields: &[
        "/meta/period/end",
        "/*/items/**/period/end",
        "/*/items/**/periods/*/period/end",
        "/*/items/**/figures/*/period/end",
    ],
};

fn period_end_mismatch(cx: &Cx<'_>, emit: &mut Emit<'_, '_>) {
    let report = cx.report;

    let year = report.meta.year;
    let written = report.meta.dates.written;
    let mut check = |period: Option<&Period>, at: Pointer<'_>| {
        let Some(end) = partial_end(period) else {
            return;
        };
        let shown = crate::model::date::format_date(end);
        let shown = shown.as_str();
        // Outside the report year, else after the date of writing.
        let (related, name, value, zh, en) = if end.year() != i32::from(year.get()) {
            (
                Pointer::ROOT.key("meta").key("year"),
                "year",
                year.to_json(),
                format!("统计期间截止日期{shown}不在报告年度{year}年内"),
                format!("the period ends {shown} outside the report year {year}"),
            )
        } else if let Some(w) = written
            && end > w
        {
            let w = crate::model::date::format_date(w);
            let w = w.as_str();
            (
                Pointer::ROOT.key("meta").key("dates").key("written"),
                "written",
                w.to_json(),
                format!("统计期间截止日期{shown}晚于报告成文日期{w}"),
                format!("the period ends {shown} after the report was written ({w})"),
            )
        } else {
            return;
        };
        emit.report(at)
            .related(related)
            .param("end", shown)
            .param(name, value)
            .emit(zh, en);
    };
    check(
        report.meta.period.as_ref(),
        Pointer::ROOT.key("meta").key("period").key("end"),
    );
    cx.each_section(|located| {
        let section = located.section;
        check(
            section.period.as_ref(),
            located.at().key("period").key("end"),
        );
        for (at, p) in located.each("periods", &section.periods) {
            check(Some(&p.period), at.key("period").key("end"));
        }
        for (at, f) in located.each("figures", &section.figures) {
            check(f.period.as_ref(), at.key("period").key("end"));
        }
    });
}

/// The first year of annual reporting (《法治政府建设实施纲要（2015—2020年）》).
pub const FIRST_REPORT_YEAR: u16 = 2015;

/// The rules of this family with their checks, in catalogue order.
pub(crate) static UNITS: &[Unit] = &[
    Unit::own(&REPORT_YEAR_IMPLAUSIBLE, report_year_implausible),
    Unit::own(&TITLE_YEAR_MISMATCH, title_year_mismatch),
    Unit::own(&PLAN_YEAR_MISMATCH, plan_year_mismatch),
    Unit::own(&HEADING_YEAR_MISMATCH, heading_year_mismatch),
    Unit::own(&EVENT_OUTSIDE_YEAR, event_outside_year),
    Unit::own(&EVENT_AFTER_CUTOFF, event_after_cutoff),
    Unit::own(&SUBMITTED_LATE, submitted_late),
    Unit::own(&PUBLISHED_LATE, published_late),
    Unit::own(&OUT_OF_ORDER, out_of_order),
    Unit::own(&CUTOFF_OUTSIDE_YEAR, cutoff_outside_year),
    Unit::own(&COMMEMORATIVE_DAY_MISMATCH, commemorative_day_mismatch),
    Unit::own(&INCOMPLETE_YEAR_UNSTATED, incomplete_year_unstated),
    Unit::own(&PERIOD_END_MISMATCH, period_end_mismatch),
];

/// The end of a partial-year period, if `period` is one and states its end.
fn partial_end(period: Option<&Period>) -> Option<Date> {
    period
        .filter(|p| p.kind == PeriodKind::PartialYear)
        .and_then(|p| p.end)
}

/// A four-digit year followed by 年 in a text, outside a range.
#[derive(Debug, PartialEq, Eq)]
struct PrintedYear {
    year: u16,
}

const RANGE_MARKS: &[char] = &['-', '—', '–', '－', '~', '～', '至', '到'];

fn ascii_digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => u8::try_from(u32::from(c) - u32::from('０')).ok(),
        _ => None,
    }
}

/// The years printed in `text` as 2023年 or 2023年度, ignoring ranges (2023-2035,
/// 2021—2025年, 2023年至2025年).
fn printed_years(text: &str) -> Vec<PrintedYear> {
    let chars: Vec<char> = text.chars().collect();
    let is_digit = |i: usize| chars.get(i).copied().and_then(ascii_digit).is_some();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_digit(i) {
            i += 1;
            continue;
        }
        let start = i;
        while is_digit(i) {
            i += 1;
        }
        if i - start != 4 || chars.get(i) != Some(&'年') {
            continue;
        }
        let year = chars[start..i]
            .iter()
            .filter_map(|c| ascii_digit(*c))
            .fold(0u16, |acc, d| acc * 10 + u16::from(d));
        // A range mark before: preceded by a digit or 年 (2021—2025年, 2023年至2025年).
        let before = start
            .checked_sub(1)
            .and_then(|j| chars.get(j))
            .is_some_and(|c| RANGE_MARKS.contains(c))
            && start
                .checked_sub(2)
                .and_then(|j| chars.get(j))
                .is_some_and(|c| *c == '年' || ascii_digit(*c).is_some());
        // A range mark after 年 (or 年度): followed by a digit (2023年至2025年).
        let mut after = i + 1;
        if chars.get(after) == Some(&'度') {
            after += 1;
        }
        let after =
            chars.get(after).is_some_and(|c| RANGE_MARKS.contains(c)) && is_digit(after + 1);
        if !before && !after {
            out.push(PrintedYear { year });
        }
    }
    out
}

/// Whether the date (by the first segments of its path) is one of the report's own dates
/// (`/meta/dates/*`, `/meta/notice/deadline`), not an event.
fn is_report_date(head: [Option<&str>; 3]) -> bool {
    matches!(
        head,
        [Some("meta"), Some("dates"), _] | [Some("meta"), Some("notice"), Some("deadline")]
    )
}

/// Calls `f` with every event date of the report (a date leaf that is neither a date of the
/// report itself nor the end of a period) with its path, whether it is a planned date
/// (part 四), the year it should be in, and the figures' cut-off with its pointer.
fn each_event(
    cx: &Cx<'_>,
    mut f: impl FnMut(Path<'_>, Date, bool, Year, Option<(Date, Pointer<'static>)>),
) {
    let report = cx.report;
    let year = report.meta.year;
    // The figures' cut-off: stated, or the end of the report's partial period.
    let (cutoff, cutoff_ptr) = match (
        report.meta.dates.data_cutoff,
        partial_end(report.meta.period.as_ref()),
    ) {
        (Some(c), _) => (
            Some(c),
            Pointer::ROOT.key("meta").key("dates").key("data_cutoff"),
        ),
        (None, Some(end)) => (
            Some(end),
            Pointer::ROOT.key("meta").key("period").key("end"),
        ),
        (None, None) => (None, Pointer::ROOT),
    };
    let cutoff = cutoff.map(|c| (c, cutoff_ptr));
    cx.each_field(|pointer, leaf| {
        let Leaf::Date(date) = leaf else { return };
        let head = pointer.head();
        if is_report_date(head) || pointer.is_period_end() {
            return;
        }
        let planned = head[0] == Some("plans");
        let expected = if planned { year.next() } else { year };
        f(pointer, date, planned, expected, cutoff.clone());
    });
}

/// Reports `field` of the report's dates (`submitted`, `published`) when it is after its
/// deadline.
fn late(cx: &Cx<'_>, emit: &mut Emit<'_, '_>, field: &'static str) {
    let (report, options) = (cx.report, cx.options);
    let year = report.meta.year;
    let regime = deadlines(report, options);
    let dates = &report.meta.dates;
    let checks = [
        (
            "submitted",
            dates.submitted,
            regime.submit_by,
            ("报送", "submitted"),
        ),
        (
            "published",
            dates.published,
            regime.publish_by,
            ("公开", "published"),
        ),
    ];
    for (name, date, by, (verb_zh, verb_en)) in checks {
        if name != field {
            continue;
        }
        let (Some(date), Some(deadline)) = (date, by.and_then(|by| deadline_after(year, by)))
        else {
            continue;
        };
        if date <= deadline {
            continue;
        }
        let (shown, due) = (
            crate::model::date::format_date(date),
            crate::model::date::format_date(deadline),
        );
        let mut finding = emit
            .report(Pointer::ROOT.key("meta").key("dates").key(field))
            .param(field, shown.as_str())
            .param("deadline", due.as_str());
        if options.deadlines_set().is_none() && report.meta.organization.kind.is_some() {
            finding = finding.related(Pointer::ROOT.key("meta").key("organization").key("kind"));
        }
        finding.emit(
            format!(
                "{verb_zh}日期{}晚于{verb_zh}期限{}（{year}年度报告应于{}月{}日前{verb_zh}）",
                shown.as_str(),
                due.as_str(),
                deadline.month() as u8,
                deadline.day()
            ),
            format!(
                "{verb_en} on {}, after the deadline {}",
                shown.as_str(),
                due.as_str()
            ),
        );
    }
}

/// The deadlines that apply: set in the options, else inferred from the organisation kind.
fn deadlines(report: &Report, options: &Options) -> Deadlines {
    options
        .deadlines_set()
        .unwrap_or(match report.meta.organization.kind {
            Some(OrganizationKind::Department) => Deadlines::DEPARTMENT,
            _ => Deadlines::GOVERNMENT,
        })
}

/// The deadline `by` in the year after `year`.
fn deadline_after(year: Year, by: MonthDay) -> Option<Date> {
    Date::from_calendar_date(i32::from(year.get()) + 1, by.month(), by.day()).ok()
}

/// The date a commemorative day falls on in `year`, for the days with a fixed rule.
fn commemorative_date(day: CommemorativeDay, year: i32) -> Option<Date> {
    let fixed = |month, d| Date::from_calendar_date(year, month, d).ok();
    match day {
        CommemorativeDay::NationalSecurityEducationDay => fixed(Month::April, 15),
        CommemorativeDay::DisasterPreventionDay => fixed(Month::May, 12),
        CommemorativeDay::FireSafetyDay => fixed(Month::November, 9),
        CommemorativeDay::ConstitutionDay => fixed(Month::December, 4),
        CommemorativeDay::NationalDefenceEducationDay => {
            // The third Saturday of September.
            let first = Date::from_calendar_date(year, Month::September, 1).ok()?;
            let to_saturday = (Weekday::Saturday.number_days_from_monday() + 7
                - first.weekday().number_days_from_monday())
                % 7;
            fixed(Month::September, 1 + to_saturday + 14)
        }
        // Siren test days are set locally each year; months and other days have no one date.
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn printed_years_ignore_ranges() {
        let years =
            |t: &str| -> Vec<u16> { printed_years(t).into_iter().map(|p| p.year).collect() };
        assert_eq!(years("区国动办2023年度法治政府建设情况报告"), [2023]);
        assert_eq!(years("四、2024年推进法治政府建设的主要安排"), [2024]);
        assert_eq!(
            years("人民防空工程规划及建设指引（2023-2035）"),
            Vec::<u16>::new()
        );
        assert_eq!(years("纲要（2021—2025年）"), Vec::<u16>::new());
        assert_eq!(years("2023年至2025年工作计划"), Vec::<u16>::new());
        assert_eq!(years("２０２３年度报告"), [2023]);
        assert_eq!(years("第75次会议，共20230年"), Vec::<u16>::new());
        assert_eq!(years("2022年和2023年"), [2022, 2023]);
    }

    #[test]
    fn third_saturday_of_september() {
        let day = CommemorativeDay::NationalDefenceEducationDay;
        assert_eq!(commemorative_date(day, 2023), Some(date!(2023 - 09 - 16)));
        assert_eq!(commemorative_date(day, 2024), Some(date!(2024 - 09 - 21)));
        assert_eq!(commemorative_date(day, 2019), Some(date!(2019 - 09 - 21)));
        assert_eq!(commemorative_date(day, 2020), Some(date!(2020 - 09 - 19)));
        assert_eq!(commemorative_date(day, 2012), Some(date!(2012 - 09 - 15)));
        assert_eq!(
            commemorative_date(CommemorativeDay::AirRaidSirenTestDay, 2023),
            None
        );
    }

    #[test]
    fn deadlines_are_in_the_next_year() {
        let y = Year::new(2023).unwrap();
        assert_eq!(
            deadline_after(y, MonthDay::MARCH_1),
            Some(date!(2024 - 03 - 01))
        );
        assert_eq!(
            deadline_after(y, MonthDay::APRIL_1),
            Some(date!(2024 - 04 - 01))
        );
    }
}
