//! Machinery shared by rules that is not itself a rule (校验辅助): text fingerprinting, the
//! printed numbers of the parts, the subsections at every level and the schema's field
//! titles.

pub(crate) mod fingerprint;
pub(crate) mod pointer;
pub(crate) mod repeats;
pub(crate) mod sections;
pub(crate) mod text;
pub(crate) mod titles;

use crate::Report;
use crate::model::PartKind;

/// The part's number as printed (一 … 五).
pub(crate) fn numeral(part: PartKind) -> &'static str {
    match part {
        PartKind::Measures => "一",
        PartKind::Shortcomings => "二",
        PartKind::Responsibility => "三",
        PartKind::Plans => "四",
        PartKind::Other => "五",
    }
}

/// The heading of each of the report's five parts (部分标题), in order, with its part
/// (`None` when the optional part 五 is absent).
pub(crate) fn part_headings(report: &Report) -> [(PartKind, Option<&String>); 5] {
    [
        (PartKind::Measures, Some(&report.measures.heading)),
        (PartKind::Shortcomings, Some(&report.shortcomings.heading)),
        (
            PartKind::Responsibility,
            Some(&report.responsibility.heading),
        ),
        (PartKind::Plans, Some(&report.plans.heading)),
        (PartKind::Other, report.other.as_ref().map(|o| &o.heading)),
    ]
}
