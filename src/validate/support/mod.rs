//! Machinery shared by rules that is not itself a rule (校验辅助): text fingerprinting, the
//! printed numbers of the parts, the subsections at every level and the schema's field
//! titles.

pub(crate) mod fingerprint;
pub(crate) mod pointer;
pub(crate) mod repeats;
pub(crate) mod sections;
pub(crate) mod text;
pub(crate) mod titles;

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
