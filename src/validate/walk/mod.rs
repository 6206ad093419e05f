//! A walk over every text, date and figure of a report, with its JSON Pointer.
//!
//! The walk is typed: every model struct lists its fields once, by destructuring, in
//! [`impls`], so that adding a field to the model without adding it to the walk does not
//! compile. Texts and figures are borrowed from the report, not copied, and the walk is
//! **streamed**: each leaf is handed to the caller's visitor with its [`Path`], a view of
//! the walk's stack of segments, and nothing is kept once the visitor returns. Its memory is
//! the depth of the report (a few hundred bytes), whatever the number of leaves, so that
//! validation's memory stays below the input's size even for a document of millions of
//! tiny leaves; a rule that reads every leaf walks the report itself. A [`Path`] is
//! turned into an RFC 6901 pointer only when a finding needs it. The wire names in
//! [`impls`] are checked against serde: a test walks every fixture with the oracle in
//! [`oracle`], which drives the report's own `Serialize` implementation and so builds its
//! pointers from the serde names by construction, and requires the same leaves with the
//! same pointers in the same order.

use std::fmt;

use time::Date;

use crate::model::{ItemList, Quantity, Section};
use crate::validate::support::pointer::{PointerBuf, Seg};

mod impls;
#[cfg(test)]
mod oracle;

/// A leaf the walk reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Leaf<'a> {
    /// A text field (heading, paragraph, name …).
    Text(&'a str),
    /// A date field.
    Date(Date),
    /// A figure (`Quantity`); the pointer is the figure's object.
    Quantity(&'a Quantity),
}

/// A value the walk can visit.
pub(crate) trait Walk {
    /// Whether values of this type never hold a leaf (numbers, flags, codes): the walk then
    /// skips them without entering their path.
    const LEAFLESS: bool = false;

    /// Whether values of this type are subsections (小节, [`Section`]) or lists of them: a
    /// walk of one subsection's own fields ([`each_list`]) does not enter them.
    const SECTION: bool = false;

    /// Visits every leaf of `self`.
    fn walk<'r>(&'r self, w: &mut Walker<'r, '_>);
}

/// The visitor a walk hands each leaf to.
type Visit<'r, 'v> = dyn FnMut(Path<'_>, Leaf<'r>) + 'v;

/// The visitor a walk hands each list of named items to (see [`each_list`]).
type VisitList<'r, 'v> = dyn FnMut(Path<'_>, &'r ItemList) + 'v;

/// The walk in progress: the path from the root to the current value, the visitor, and
/// the path the walk is restricted to, if any (see [`find`]).
pub(crate) struct Walker<'r, 'v> {
    stack: Vec<Seg>,
    visit: &'v mut Visit<'r, 'v>,
    target: Option<&'v [Wanted<'v>]>,
    /// The list visitor of [`each_list`], which walks one subsection without entering the
    /// subsections below it.
    lists: Option<&'v mut VisitList<'r, 'v>>,
}

/// A segment of the path a restricted walk follows, as a pointer written it (see [`find`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wanted<'t> {
    Key(&'t str),
    Index(usize),
}

impl Wanted<'_> {
    fn is(self, seg: Seg) -> bool {
        match (self, seg) {
            (Wanted::Key(want), Seg::Key(key)) => want == key,
            (Wanted::Index(want), Seg::Index(index)) => want == index,
            _ => false,
        }
    }
}

impl<'r> Walker<'r, '_> {
    /// The segment a restricted walk wants next, below the current value (`None` when the
    /// walk is not restricted or has reached its target).
    fn wanted(&self) -> Option<Wanted<'_>> {
        self.target?.get(self.stack.len()).copied()
    }

    /// Visits `value` one segment below the current value.
    fn scoped<T: Walk + ?Sized>(&mut self, seg: Seg, value: &'r T) {
        if T::LEAFLESS
            || (T::SECTION && self.lists.is_some())
            || self.wanted().is_some_and(|want| !want.is(seg))
        {
            return;
        }
        self.stack.push(seg);
        value.walk(self);
        self.stack.pop();
    }

    /// Visits the field `key` of the current struct.
    pub(crate) fn field<T: Walk + ?Sized>(&mut self, key: &'static str, value: &'r T) {
        self.scoped(Seg::Key(key), value);
    }

    /// Visits element `index` of the current list.
    fn element<T: Walk>(&mut self, index: usize, value: &'r T) {
        self.scoped(Seg::Index(index), value);
    }

    /// Hands a leaf at the current path to the visitor.
    fn leaf(&mut self, leaf: Leaf<'r>) {
        (self.visit)(Path { segs: &self.stack }, leaf);
    }

    /// Hands a list of named items at the current path to the list visitor, if any.
    fn item_list(&mut self, list: &'r ItemList) {
        if let Some(visit) = self.lists.as_mut() {
            visit(Path { segs: &self.stack }, list);
        }
    }
}

/// Calls `visit` with every leaf of `value` and its path, in document order.
pub(crate) fn each<'r, T: Walk + ?Sized>(value: &'r T, visit: &mut Visit<'r, '_>) {
    let mut walker = Walker {
        // A report nests some ten levels deep.
        stack: Vec::with_capacity(16),
        visit,
        target: None,
        lists: None,
    };
    value.walk(&mut walker);
}

/// Calls `visit` with every list of named items (列举事项, [`ItemList`]) among the fields
/// of one subsection, with its path relative to the subsection, in document order. The
/// walk knows every field of the model (each struct is destructured), so no list can be
/// missed; it does not enter the subsections below this one (`items`), which are visited
/// on their own.
pub(crate) fn each_list<'r>(section: &'r Section, visit: &mut VisitList<'r, '_>) {
    let mut leaves = |_: Path<'_>, _: Leaf<'r>| {};
    let mut walker = Walker {
        stack: Vec::with_capacity(16),
        visit: &mut leaves,
        target: None,
        lists: Some(visit),
    };
    section.walk(&mut walker);
}

/// The figure of `value` at `pointer` (an RFC 6901 pointer relative to `value`, as a
/// relation's `field` names it: `/hazards/0/found`), if there is one. The walk follows
/// the pointer's segments only, entering no other field and no other list element, so
/// that it takes time of the pointer's depth and holds nothing; the figure comes with its
/// pointer relative to `value`.
pub(crate) fn find<'r, T: Walk + ?Sized>(
    value: &'r T,
    pointer: &str,
) -> Option<(PointerBuf, &'r Quantity)> {
    // The walk's segments are wire names and indexes written in decimal without leading
    // zeros, so a pointer names a leaf exactly when its segments, read that way, are the
    // leaf's (an escaped or other spelling is a name no field has).
    let rest = pointer.strip_prefix('/')?;
    let wanted: Vec<Wanted<'_>> = rest
        .split('/')
        .map(|seg| match seg.parse::<usize>() {
            Ok(index) if index.to_string() == seg => Wanted::Index(index),
            _ => Wanted::Key(seg),
        })
        .collect();
    let mut found = None;
    let depth = wanted.len();
    let mut visit = |path: Path<'_>, leaf: Leaf<'r>| {
        if let (Leaf::Quantity(q), true) = (leaf, path.segs.len() == depth) {
            found.get_or_insert_with(|| (path.pointer(), q));
        }
    };
    let mut walker = Walker {
        stack: Vec::with_capacity(depth),
        visit: &mut visit,
        target: Some(&wanted),
        lists: None,
    };
    value.walk(&mut walker);
    found
}

/// A lower bound of the size of any JSON text that reads as `value`, in bytes: every text
/// with its two quotes (an escape only lengthens it), every date as its ten characters
/// quoted, every figure as at least `{"value":0}`.
pub(crate) fn least_json_bytes<T: Walk + ?Sized>(value: &T) -> usize {
    let mut bytes = 0usize;
    each(value, &mut |_, leaf| {
        bytes = bytes.saturating_add(match leaf {
            Leaf::Text(text) => text.len() + 2,
            Leaf::Date(_) => 12,
            Leaf::Quantity(_) => 11,
        });
    });
    bytes
}

/// Where a proper name (姓名、名称) stands in the model, as (field, key) pairs of wire names:
/// the leaf `key` of a value held by the field `field` (directly, or as an item of the
/// list `field`). The names of a [`Person`](crate::model::Person) (人员, as a study
/// session's `speaker` or `convener`), the signatory of the signature block (签发人), an
/// enforcement case's party (当事人) and a legal adviser's name (律师事务所 or 法律顾问).
/// A test checks the list against the canonical schema both ways: every pair names a
/// property titled as a name, and every property titled as a name is reached by a pair.
pub(crate) const PROPER_NAMES: &[(&str, &str)] = &[
    ("speaker", "name"),
    ("convener", "name"),
    ("signature", "signatory"),
    ("cases", "party"),
    ("advisers", "name"),
];

/// The path of a leaf, from the root; [`fmt::Display`] writes it as an RFC 6901 JSON
/// Pointer. The segments are wire names of the model and indexes, which never need
/// escaping. It borrows the walk's stack: write it out (`to_string`) to keep it.
#[derive(Clone, Copy)]
pub(crate) struct Path<'p> {
    segs: &'p [Seg],
}

impl Path<'_> {
    /// The field name of the segment `back` places before the last (0: the last), if it
    /// is a field name.
    fn key_back(&self, back: usize) -> Option<&'static str> {
        let at = self.segs.len().checked_sub(back + 1)?;
        match self.segs[at] {
            Seg::Key(k) => Some(k),
            Seg::Index(_) => None,
        }
    }

    /// Whether the leaf is a heading: a `heading` field, or the report's title.
    pub(crate) fn is_heading(&self) -> bool {
        matches!(
            self.segs,
            [.., Seg::Key("heading")] | [Seg::Key("meta"), Seg::Key("title")]
        )
    }

    /// Whether the leaf is a proper name (姓名、名称) rather than prose: a leaf of
    /// [`PROPER_NAMES`]. Names are no words of a lexicon: 张正民 is not a misspelt 改正.
    pub(crate) fn is_proper_name(&self) -> bool {
        let Some(key) = self.key_back(0) else {
            return false;
        };
        // The field holding the leaf's value: the segment before it, or before the index
        // of a list item.
        let field = self.key_back(1).or_else(|| self.key_back(2));
        field.is_some_and(|field| PROPER_NAMES.contains(&(field, key)))
    }

    /// Whether the leaf is the end date of a period (`…/period/end`, `…/base/end`): a
    /// bound of what the figures cover, not an event.
    pub(crate) fn is_period_end(&self) -> bool {
        self.key_back(0) == Some("end") && matches!(self.key_back(1), Some("period" | "base"))
    }

    /// The names of the first three segments from the root (`None` past the end of a
    /// shallower path; an index segment reads as the empty name).
    pub(crate) fn head(&self) -> [Option<&'static str>; 3] {
        let mut head = [None; 3];
        for (slot, seg) in head.iter_mut().zip(self.segs) {
            *slot = Some(match seg {
                Seg::Key(k) => k,
                Seg::Index(_) => "",
            });
        }
        head
    }

    /// The segments, from the root.
    pub(crate) fn segs(&self) -> &[Seg] {
        self.segs
    }

    /// The pointer of the leaf, its segments from the root.
    pub(crate) fn pointer(&self) -> PointerBuf {
        PointerBuf::from_segs(self.segs.to_vec())
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.pointer().fmt(f)
    }
}

impl fmt::Debug for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Path({self})")
    }
}

/// The report a validation checks, with the walk of its fields on demand.
pub(crate) struct Walked<'r> {
    report: &'r crate::Report,
}

impl<'r> Walked<'r> {
    pub(crate) fn new(report: &'r crate::Report) -> Walked<'r> {
        Walked { report }
    }

    /// Calls `visit` with every leaf of the report and its path, in document order (one
    /// walk per call: nothing is stored).
    pub(crate) fn each_field(&self, mut visit: impl FnMut(Path<'_>, Leaf<'r>)) {
        each(self.report, &mut visit);
    }
}

// ---------------------------------------------------------------------------------------
// Containers and leaves.
// ---------------------------------------------------------------------------------------

impl Walk for String {
    fn walk<'r>(&'r self, w: &mut Walker<'r, '_>) {
        w.leaf(Leaf::Text(self));
    }
}

impl Walk for Date {
    fn walk<'r>(&'r self, w: &mut Walker<'r, '_>) {
        w.leaf(Leaf::Date(*self));
    }
}

impl Walk for Quantity {
    fn walk<'r>(&'r self, w: &mut Walker<'r, '_>) {
        w.leaf(Leaf::Quantity(self));
    }
}

impl<T: Walk> Walk for Option<T> {
    const LEAFLESS: bool = T::LEAFLESS;
    const SECTION: bool = T::SECTION;
    fn walk<'r>(&'r self, w: &mut Walker<'r, '_>) {
        if let Some(value) = self {
            value.walk(w);
        }
    }
}

impl<T: Walk> Walk for Box<T> {
    const LEAFLESS: bool = T::LEAFLESS;
    const SECTION: bool = T::SECTION;
    fn walk<'r>(&'r self, w: &mut Walker<'r, '_>) {
        (**self).walk(w);
    }
}

impl<T: Walk> Walk for Vec<T> {
    const LEAFLESS: bool = T::LEAFLESS;
    const SECTION: bool = T::SECTION;
    fn walk<'r>(&'r self, w: &mut Walker<'r, '_>) {
        // A restricted walk enters the one element it wants, if any.
        match w.wanted() {
            Some(Wanted::Index(index)) => {
                if let Some(value) = self.get(index) {
                    w.element(index, value);
                }
                return;
            }
            Some(Wanted::Key(_)) => return,
            None => {}
        }
        for (index, value) in self.iter().enumerate() {
            w.element(index, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Decimal, Meta, Report, Section, StudySession, Year};
    use time::macros::date;

    /// [`PROPER_NAMES`] is the schema's: each (field, key) pair names, in every definition
    /// with a property `field`, a definition (referred to directly or as the list's items)
    /// whose property `key` is titled as a name (姓名, 签发人, 当事人); and every property
    /// of the schema so titled is reached by a pair. A new field holding a person or a
    /// party fails here until it is listed.
    #[test]
    fn proper_names_are_the_schemas() {
        use serde_json::Value;
        fn refs(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::Object(map) => {
                    if let Some(r) = map.get("$ref").and_then(Value::as_str) {
                        out.extend(r.rsplit('/').next().map(str::to_owned));
                    }
                    map.values().for_each(|v| refs(v, out));
                }
                Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
                _ => {}
            }
        }
        let is_name_title = |t: &str| ["姓名", "签发人", "当事人"].iter().any(|n| t.contains(n));
        let schema = crate::schema_for(crate::schema::Profile::Canonical);
        let defs = schema["$defs"].as_object().expect("$defs");
        let props = |def: &str| {
            defs[def]["properties"]
                .as_object()
                .cloned()
                .unwrap_or_default()
        };
        let mut reached: Vec<(String, String)> = Vec::new();
        for &(field, key) in PROPER_NAMES {
            let mut holders = 0;
            for def in defs.keys() {
                let Some(prop) = props(def).get(field).cloned() else {
                    continue;
                };
                holders += 1;
                let mut targets = Vec::new();
                refs(&prop, &mut targets);
                assert!(!targets.is_empty(), "{def}.{field} refers to no definition");
                for target in targets {
                    let title = props(&target)
                        .get(key)
                        .and_then(|p| p["title"].as_str().map(str::to_owned))
                        .unwrap_or_default();
                    assert!(
                        is_name_title(&title),
                        "{def}.{field} → {target}.{key} is titled {title:?}, not as a name"
                    );
                    reached.push((target, key.to_owned()));
                }
            }
            assert!(holders > 0, "no definition has a property {field:?}");
        }
        for def in defs.keys() {
            for (key, prop) in props(def) {
                let title = prop["title"].as_str().unwrap_or_default();
                let text = match &prop["type"] {
                    Value::String(t) => t == "string",
                    Value::Array(ts) => ts.iter().any(|t| t == "string"),
                    _ => false,
                };
                if is_name_title(title) && text {
                    assert!(
                        reached.contains(&(def.clone(), key.clone())),
                        "{def}.{key} ({title}) holds a name that PROPER_NAMES does not reach"
                    );
                }
            }
        }
    }

    #[test]
    fn proper_names_are_known_by_their_path() {
        let names = [
            "/measures/items/0/studies/1/speaker/name",
            "/measures/items/0/studies/0/convener/name",
            "/meta/signature/signatory",
            "/measures/items/0/cases/0/party",
            "/measures/items/0/counsel/advisers/0/name",
        ];
        let not_names = [
            "/measures/items/0/studies/1/speaker/position",
            "/measures/items/0/studies/1/topic",
            "/measures/items/3/decisions/0/name",
            "/measures/items/0/paragraphs/0",
            "/meta/organization/name",
        ];
        let path_of = |p: &str| -> Vec<Seg> {
            p.split('/')
                .skip(1)
                .map(|s| match s.parse::<usize>() {
                    Ok(i) => Seg::Index(i),
                    Err(_) => Seg::Key(Box::leak(s.to_owned().into_boxed_str())),
                })
                .collect()
        };
        for p in names {
            let segs = path_of(p);
            assert!(Path { segs: &segs }.is_proper_name(), "{p}");
        }
        for p in not_names {
            let segs = path_of(p);
            assert!(!Path { segs: &segs }.is_proper_name(), "{p}");
        }
    }

    /// The typed walk's leaves as (pointer, leaf) pairs.
    fn typed(report: &Report) -> Vec<(String, String)> {
        collect(report)
            .into_iter()
            .map(|(p, leaf)| (p, format!("{leaf:?}")))
            .collect()
    }

    /// Every leaf with its pointer and what the path says of it (heading, first three
    /// names).
    fn collect(report: &Report) -> Vec<(String, Leaf<'_>)> {
        let mut seen = Vec::new();
        each(report, &mut |p, leaf| seen.push((p.to_string(), leaf)));
        seen
    }

    /// The oracle's leaves as (pointer, leaf) pairs.
    fn serde(report: &Report) -> Vec<(String, String)> {
        let mut seen = Vec::new();
        oracle::walk(report, |p, leaf| {
            seen.push((p.to_owned(), format!("{leaf:?}")));
        });
        seen
    }

    #[test]
    fn typed_walk_matches_the_serde_names_on_every_fixture() {
        let fixtures = [
            include_str!("../../../tests/fixtures/every_field.json"),
            include_str!("../../../tests/fixtures/reference.json"),
            include_str!("../../../tests/fixtures/district_government_2024.json"),
            include_str!("../../../tests/fixtures/market_regulation_2024.json"),
            include_str!("../../../tests/fixtures/minimal.json"),
            include_str!("../../../tests/fixtures/district_reconsideration_2024.json"),
            include_str!("../../../tests/fixtures/city_management_approvals_2024.json"),
            include_str!("../../../tests/fixtures/emergency_accidents_2024.json"),
            include_str!("../../../tests/fixtures/market_regulation_sectors_2024.json"),
            include_str!("../../../tests/fixtures/street_office_mediation_2024.json"),
            include_str!("../../../tests/fixtures/justice_bureau_supervision_2024.json"),
        ];
        for json in fixtures {
            let report = Report::from_json_str(json).unwrap();
            let (typed, serde) = (typed(&report), serde(&report));
            assert!(serde.len() > 10);
            for (a, b) in typed.iter().zip(&serde) {
                assert_eq!(a, b);
            }
            assert_eq!(typed.len(), serde.len());
        }
    }

    /// Every subsection of `sections` and below, depth first.
    fn all_sections<'r>(sections: &'r [Section], out: &mut Vec<&'r Section>) {
        for section in sections {
            out.push(section);
            all_sections(&section.items, out);
        }
    }

    #[test]
    fn each_list_finds_every_list_of_a_subsection_and_none_below_it() {
        // A text leaf at `…/items/<n>` is an item of a list of named items (no other
        // `items` field holds texts); each such list of a subsection, outside its
        // subsections (`items/<k>/…`), must be one `each_list` reports, and `each_list`
        // reports nothing below the subsection's own subsections.
        let fixtures = [
            include_str!("../../../tests/fixtures/every_field.json"),
            include_str!("../../../tests/fixtures/reference.json"),
            include_str!("../../../tests/fixtures/district_government_2024.json"),
            include_str!("../../../tests/fixtures/market_regulation_2024.json"),
        ];
        let mut seen = 0;
        for json in fixtures {
            let report = Report::from_json_str(json).unwrap();
            let mut sections = Vec::new();
            all_sections(&report.measures.items, &mut sections);
            all_sections(&report.responsibility.items, &mut sections);
            if let Some(other) = &report.other {
                all_sections(&other.items, &mut sections);
            }
            all_sections(&report.plans.items, &mut sections);
            assert!(!sections.is_empty());
            for section in sections {
                let mut lists: Vec<String> = Vec::new();
                each_list(section, &mut |path, list| {
                    assert!(!matches!(path.segs(), [Seg::Key("items"), ..]), "{path}");
                    // Its items are the texts at `<path>/items/<n>`.
                    let mut texts = Vec::new();
                    each(list, &mut |p, leaf| {
                        if let (Leaf::Text(t), [Seg::Key("items"), Seg::Index(_)]) =
                            (leaf, p.segs())
                        {
                            texts.push(t);
                        }
                    });
                    assert_eq!(
                        texts,
                        list.items.iter().map(String::as_str).collect::<Vec<_>>()
                    );
                    lists.push(path.to_string());
                });
                let mut from_leaves: Vec<String> = Vec::new();
                each(section, &mut |path, leaf| {
                    if let (Leaf::Text(_), [list @ .., Seg::Key("items"), Seg::Index(_)]) =
                        (leaf, path.segs())
                        && !matches!(list, [Seg::Key("items"), ..])
                    {
                        let at = PointerBuf::from_segs(list.to_vec()).to_string();
                        if from_leaves.last() != Some(&at) {
                            from_leaves.push(at);
                        }
                    }
                });
                for at in &from_leaves {
                    assert!(lists.contains(at), "{at} not in {lists:?}");
                }
                seen += from_leaves.len();
            }
        }
        // The fixtures hold lists of every kind the model has (11 fields).
        assert!(seen >= 11, "{seen}");
    }

    #[test]
    fn every_field_fixture_has_a_leaf_under_every_struct() {
        // The fixture the oracle test leans on must reach every block of the model.
        let report =
            Report::from_json_str(include_str!("../../../tests/fixtures/every_field.json"))
                .unwrap();
        let pointers: Vec<String> = typed(&report).into_iter().map(|(p, _)| p).collect();
        for block in [
            "/studies/0/convener/name",
            "/study_materials/0/title",
            "/campaigns/0/topics/items/0",
            "/services/0/targets/items/0",
            "/publications/0/title",
            "/hazards/0/categories/items/0",
            "/inspections/0/sites/items/0",
            "/decisions/0/approvals/0/date",
            "/decision_making/rules/0/title",
            "/counsel/trainings/0/topic",
            "/enforcement/orders/0/document",
            "/cases/0/party",
            "/publicity/0/occasions/0/name",
            "/normative_documents/issued",
            "/reconsideration/outcomes/corrected",
            "/litigation/received",
            "/petitions/received",
            "/openness/proactive",
            "/rectifications/0/problem",
        ] {
            assert!(
                pointers.iter().any(|p| p.contains(block)),
                "every_field.json has no leaf under {block}"
            );
        }
    }

    #[test]
    fn pointers_follow_serde_names() {
        let mut report = Report::new(Meta::new("标题", Year::new(2023).unwrap(), "区司法局"));
        let mut section = Section::new("（一）学习", ["段落一"]);
        let mut study = StudySession::on("习近平法治思想");
        study.date = Some(date!(2023 - 04 - 25));
        section.studies.push(study);
        report.measures.items.push(section);
        let seen = typed(&report);
        assert_eq!(seen, serde(&report));
        let value = serde_json::to_value(&report).unwrap();
        for (p, _) in &seen {
            assert!(value.pointer(p).is_some(), "{p} does not resolve");
        }
        assert!(
            seen.iter()
                .any(|(p, l)| p == "/measures/items/0/studies/0/date" && l.contains("Date"))
        );
        assert!(
            seen.iter()
                .any(|(p, _)| p == "/measures/items/0/paragraphs/0")
        );
        assert!(!seen.iter().any(|(p, _)| p.ends_with("/schema_version")));
    }

    /// `find` follows a pointer to the figure the full walk has there, and to nothing
    /// where the full walk has no figure.
    #[test]
    fn find_reaches_every_figure_of_the_every_field_fixture_and_nothing_else() {
        let report =
            Report::from_json_str(include_str!("../../../tests/fixtures/every_field.json"))
                .unwrap();
        let all = collect(&report);
        let mut figures = 0;
        for (pointer, leaf) in &all {
            match leaf {
                Leaf::Quantity(q) => {
                    figures += 1;
                    let (at, found) = find(&report, pointer).unwrap();
                    assert!(std::ptr::eq(found, *q), "{pointer}");
                    assert_eq!(&at.to_string(), pointer);
                }
                _ => assert!(find(&report, pointer).is_none(), "{pointer}"),
            }
        }
        assert!(figures > 50, "{figures}");
        let first = all
            .iter()
            .find(|(_, l)| matches!(l, Leaf::Quantity(_)))
            .map(|(p, _)| p.clone())
            .unwrap();
        // A pointer to a figure's parent, below it, with a leading zero, escaped, relative
        // or empty names no figure.
        let parent = &first[..first.rfind('/').unwrap()];
        let padded = first.replacen("/0/", "/00/", 1);
        for miss in [
            parent.to_owned(),
            format!("{first}/value"),
            padded,
            first.replacen('/', "/~0", 1),
            first[1..].to_owned(),
            String::new(),
            "/".to_owned(),
        ] {
            assert!(find(&report, &miss).is_none(), "{miss}");
        }
    }

    #[test]
    fn headings_are_recognised_by_path() {
        let mut report = Report::new(Meta::new("标题", Year::new(2023).unwrap(), "区司法局"));
        report
            .measures
            .items
            .push(Section::new("（一）学习", ["段落一"]));
        let (mut headings, mut heads) = (Vec::new(), Vec::new());
        each(&report, &mut |p, _| {
            if p.is_heading() {
                headings.push(p.to_string());
            }
            heads.push(p.head());
        });
        assert!(headings.contains(&"/meta/title".to_owned()));
        assert!(heads.contains(&[Some("meta"), Some("title"), None]));
        assert!(heads.contains(&[Some("measures"), Some("items"), Some("")]));
        assert!(headings.contains(&"/measures/items/0/heading".to_owned()));
        assert!(!headings.iter().any(|p| p.contains("paragraphs")));
    }

    #[test]
    fn figures_are_reported_whole() {
        use crate::{Indicator, Qualifier, Quantity, Unit};
        let mut report = Report::new(Meta::new("标题", Year::new(2023).unwrap(), "区司法局"));
        let mut section = Section::new("（一）服务", ["段落"]);
        let figure = Quantity::new(Decimal::new(85535, 1), Unit::SquareMetre)
            .unwrap()
            .with_qualifier(Qualifier::MoreThan);
        section
            .indicators
            .push(Indicator::new("批建人防工程", figure.clone()));
        section.indicators.push(Indicator::new(
            "答复意见",
            Quantity::new(39, Unit::Fen).unwrap(),
        ));
        report.measures.items.push(section);
        let seen: Vec<(String, Quantity)> = collect(&report)
            .into_iter()
            .filter_map(|(p, leaf)| match leaf {
                Leaf::Quantity(q) => Some((p, q.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(
            seen,
            vec![
                ("/measures/items/0/indicators/0/value".to_owned(), figure),
                (
                    "/measures/items/0/indicators/1/value".to_owned(),
                    Quantity::new(39, Unit::Fen).unwrap()
                ),
            ]
        );
        assert_eq!(typed(&report), serde(&report));
    }
}
