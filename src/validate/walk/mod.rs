//! A walk over every text, date and figure of a report, with its JSON Pointer.
//!
//! The walk is typed: every model struct lists its fields once, by destructuring, in
//! [`impls`], so that adding a field to the model without adding it to the walk does not
//! compile. Texts and figures are borrowed from the report, not copied, and pointers are
//! not written out during the walk: each leaf keeps the node of its path in a tree of path
//! segments, and a [`Path`] is turned into an RFC 6901 pointer only when a finding needs
//! it. The wire names in [`impls`] are checked against serde: a test walks every fixture
//! with the oracle in [`oracle`], which drives the report's own `Serialize` implementation
//! and so builds its pointers from the serde names by construction, and requires the same
//! leaves with the same pointers in the same order.

use std::cell::OnceCell;
use std::fmt;

use time::Date;

use crate::model::Quantity;
use crate::validate::engine::{Seg, Segment};

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
    /// skips them without recording a path.
    const LEAFLESS: bool = false;

    /// Visits every leaf of `self`.
    fn walk<'r>(&'r self, w: &mut Walker<'r>);
}

/// Every leaf of a report with the node of its path.
#[derive(Debug, Default)]
pub(crate) struct Fields<'r> {
    /// The path tree: each node's parent and its segment. Node 0 is the root.
    nodes: Vec<(usize, Seg)>,
    /// Each leaf and its node.
    leaves: Vec<(usize, Leaf<'r>)>,
}

/// The walk in progress.
pub(crate) struct Walker<'r> {
    fields: Fields<'r>,
    node: usize,
}

impl<'r> Walker<'r> {
    /// Visits `value` one segment below the current node. A segment under which no leaf
    /// is found is dropped again, so the tree holds only the paths of leaves.
    fn scoped<T: Walk + ?Sized>(&mut self, seg: Seg, value: &'r T) {
        if T::LEAFLESS {
            return;
        }
        let parent = self.node;
        let mark = (self.fields.nodes.len(), self.fields.leaves.len());
        self.fields.nodes.push((parent, seg));
        self.node = mark.0;
        value.walk(self);
        self.node = parent;
        if self.fields.leaves.len() == mark.1 {
            self.fields.nodes.truncate(mark.0);
        }
    }

    /// Visits the field `key` of the current struct.
    pub(crate) fn field<T: Walk + ?Sized>(&mut self, key: &'static str, value: &'r T) {
        self.scoped(Seg::Key(key), value);
    }

    /// Visits element `index` of the current list.
    fn element<T: Walk>(&mut self, index: usize, value: &'r T) {
        self.scoped(Seg::Index(index), value);
    }

    /// Records a leaf at the current node.
    fn leaf(&mut self, leaf: Leaf<'r>) {
        self.fields.leaves.push((self.node, leaf));
    }
}

impl<'r> Fields<'r> {
    /// Walks `value` once and keeps every leaf.
    pub(crate) fn of<T: Walk + ?Sized>(value: &'r T) -> Fields<'r> {
        let mut walker = Walker {
            fields: Fields {
                // A short report has some hundreds of leaves; starting there saves the
                // first rounds of growth.
                nodes: Vec::with_capacity(1024),
                leaves: Vec::with_capacity(512),
            },
            node: 0,
        };
        walker.fields.nodes.push((0, Seg::Key("")));
        value.walk(&mut walker);
        walker.fields
    }

    /// Every leaf with its path, in document order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (Path<'_>, Leaf<'r>)> + '_ {
        self.leaves.iter().map(|&(node, leaf)| {
            (
                Path {
                    nodes: &self.nodes,
                    node,
                },
                leaf,
            )
        })
    }
}

/// The path of a leaf; [`fmt::Display`] writes it as an RFC 6901 JSON Pointer. The
/// segments are wire names of the model and indexes, which never need escaping.
#[derive(Clone, Copy)]
pub(crate) struct Path<'f> {
    nodes: &'f [(usize, Seg)],
    node: usize,
}

impl Path<'_> {
    /// The segment of this path's last node, if it is a field name.
    fn key(&self, node: usize) -> Option<&'static str> {
        match self.nodes.get(node) {
            Some((_, Seg::Key(k))) if node != 0 => Some(k),
            _ => None,
        }
    }

    fn parent(&self, node: usize) -> usize {
        self.nodes.get(node).map_or(0, |n| n.0)
    }

    /// Whether the leaf is a heading: a `heading` field, or the report's title.
    pub(crate) fn is_heading(&self) -> bool {
        match self.key(self.node) {
            Some("heading") => true,
            Some("title") => {
                let meta = self.parent(self.node);
                self.key(meta) == Some("meta") && self.parent(meta) == 0
            }
            _ => false,
        }
    }

    /// The names of the first three segments from the root (`None` past the end of a
    /// shallower path; an index segment reads as the empty name).
    pub(crate) fn head(&self) -> [Option<&'static str>; 3] {
        let mut head = [None; 3];
        let mut node = self.node;
        while node != 0 {
            head.rotate_right(1);
            head[0] = self.key(node).or(Some(""));
            node = self.parent(node);
        }
        head
    }

    /// Appends the pointer to `out`.
    fn push_to(&self, node: usize, out: &mut String) {
        if node == 0 {
            return;
        }
        let Some(&(parent, seg)) = self.nodes.get(node) else {
            return;
        };
        self.push_to(parent, out);
        seg.push_to(out);
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::with_capacity(48);
        self.push_to(self.node, &mut out);
        f.write_str(&out)
    }
}

impl fmt::Debug for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Path({self})")
    }
}

/// The report a validation checks, with its fields walked on first use.
pub(crate) struct Walked<'r> {
    report: &'r crate::Report,
    fields: OnceCell<Fields<'r>>,
}

impl<'r> Walked<'r> {
    pub(crate) fn new(report: &'r crate::Report) -> Walked<'r> {
        Walked {
            report,
            fields: OnceCell::new(),
        }
    }

    /// Every leaf of the report with its path; the walk happens once, on the first call.
    pub(crate) fn fields(&self) -> &Fields<'r> {
        self.fields.get_or_init(|| Fields::of(self.report))
    }
}

// ---------------------------------------------------------------------------------------
// Containers and leaves.
// ---------------------------------------------------------------------------------------

impl Walk for String {
    fn walk<'r>(&'r self, w: &mut Walker<'r>) {
        w.leaf(Leaf::Text(self));
    }
}

impl Walk for Date {
    fn walk<'r>(&'r self, w: &mut Walker<'r>) {
        w.leaf(Leaf::Date(*self));
    }
}

impl Walk for Quantity {
    fn walk<'r>(&'r self, w: &mut Walker<'r>) {
        w.leaf(Leaf::Quantity(self));
    }
}

impl<T: Walk> Walk for Option<T> {
    const LEAFLESS: bool = T::LEAFLESS;
    fn walk<'r>(&'r self, w: &mut Walker<'r>) {
        if let Some(value) = self {
            value.walk(w);
        }
    }
}

impl<T: Walk> Walk for Box<T> {
    const LEAFLESS: bool = T::LEAFLESS;
    fn walk<'r>(&'r self, w: &mut Walker<'r>) {
        (**self).walk(w);
    }
}

impl<T: Walk> Walk for Vec<T> {
    const LEAFLESS: bool = T::LEAFLESS;
    fn walk<'r>(&'r self, w: &mut Walker<'r>) {
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

    /// The typed walk's leaves as (pointer, leaf) pairs.
    fn typed(report: &Report) -> Vec<(String, String)> {
        Fields::of(report)
            .iter()
            .map(|(p, leaf)| (p.to_string(), format!("{leaf:?}")))
            .collect()
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

    #[test]
    fn headings_are_recognised_by_path() {
        let mut report = Report::new(Meta::new("标题", Year::new(2023).unwrap(), "区司法局"));
        report
            .measures
            .items
            .push(Section::new("（一）学习", ["段落一"]));
        let fields = Fields::of(&report);
        let headings: Vec<String> = fields
            .iter()
            .filter(|(p, _)| p.is_heading())
            .map(|(p, _)| p.to_string())
            .collect();
        assert!(headings.contains(&"/meta/title".to_owned()));
        let heads: Vec<[Option<&str>; 3]> = fields.iter().map(|(p, _)| p.head()).collect();
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
        let fields = Fields::of(&report);
        let seen: Vec<(String, Quantity)> = fields
            .iter()
            .filter_map(|(p, leaf)| match leaf {
                Leaf::Quantity(q) => Some((p.to_string(), q.clone())),
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
