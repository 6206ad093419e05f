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
    /// skips them without recording a path.
    const LEAFLESS: bool = false;

    /// Visits every leaf of `self`.
    fn walk<'r>(&'r self, w: &mut Walker<'r>);
}

/// A segment as the path tree keeps it, in 32 bits: a field name as its number in
/// `Fields::keys` (even values, the number times two), or an index (odd values, the index
/// times two plus one). An index too large to pack is kept in `Fields::wide`, its packed
/// value counting down, even, from [`WIDE`] (see `Fields::seg`).
type PackedSeg = u32;

/// A leaf as the walk keeps it: a text as a thin pointer to its `String`, so that a leaf
/// takes 16 bytes.
#[derive(Clone, Copy, Debug)]
enum Stored<'r> {
    Text(&'r String),
    Date(Date),
    Quantity(&'r Quantity),
}

impl<'r> Stored<'r> {
    fn leaf(self) -> Leaf<'r> {
        match self {
            Stored::Text(text) => Leaf::Text(text),
            Stored::Date(date) => Leaf::Date(date),
            Stored::Quantity(q) => Leaf::Quantity(q),
        }
    }
}

/// Every leaf of a report with the node of its path.
///
/// Kept compact, since a report may have hundreds of thousands of leaves and validation's
/// memory is bounded by the input's size: a node is two `u32` (parent, packed segment), a
/// leaf its node and a 16-byte [`Stored`] in two lists. Field names are numbered as they
/// are met (a report's model has some hundred of them).
#[derive(Debug, Default)]
pub(crate) struct Fields<'r> {
    /// The path tree: each node's parent and its packed segment. Node 0 is the root.
    nodes: Vec<(u32, PackedSeg)>,
    /// The field names met, numbered.
    keys: Vec<&'static str>,
    /// Indexes too large to pack (never met below 2^31 list elements).
    wide: Vec<usize>,
    /// Each leaf's node.
    leaf_nodes: Vec<u32>,
    /// Each leaf.
    leaves: Vec<Stored<'r>>,
}

/// The walk in progress.
pub(crate) struct Walker<'r> {
    fields: Fields<'r>,
    node: u32,
    /// The number of recently met field names, by the address of their text: a field name
    /// is a literal of the walk's implementations, with one address per call site.
    cache: [(usize, u32); 64],
}

/// Packed segments of wide indexes count down from here (see [`Fields::seg`]).
const WIDE: u32 = u32::MAX - 1;

impl<'r> Walker<'r> {
    /// The packed segment of `seg`.
    fn pack(&mut self, seg: Seg) -> PackedSeg {
        match seg {
            Seg::Index(i) => match u32::try_from(i) {
                Ok(i) if i < (WIDE / 4) => i * 2 + 1,
                _ => {
                    self.fields.wide.push(i);
                    // Even, so read as a key number; `Fields::seg` maps it back.
                    WIDE - 2 * (self.fields.wide.len() as u32 - 1)
                }
            },
            Seg::Key(key) => {
                let address = key.as_ptr() as usize;
                let slot = (address >> 3 ^ address >> 9) % self.cache.len();
                let (cached, number) = self.cache[slot];
                if cached == address && self.fields.keys.get(number as usize) == Some(&key) {
                    return number * 2;
                }
                let keys = &mut self.fields.keys;
                let number = match keys.iter().position(|k| *k == key) {
                    Some(n) => n,
                    None => {
                        keys.push(key);
                        keys.len() - 1
                    }
                };
                // There are some hundred field names.
                let number = number as u32;
                self.cache[slot] = (address, number);
                number * 2
            }
        }
    }

    /// Visits `value` one segment below the current node. A segment under which no leaf
    /// is found is dropped again, so the tree holds only the paths of leaves.
    fn scoped<T: Walk + ?Sized>(&mut self, seg: Seg, value: &'r T) {
        if T::LEAFLESS {
            return;
        }
        let parent = self.node;
        let mark = (
            self.fields.nodes.len(),
            self.fields.leaves.len(),
            self.fields.wide.len(),
        );
        let packed = self.pack(seg);
        self.fields.nodes.push((parent, packed));
        // Node numbers stay below `u32::MAX`: every node holds a leaf, and every leaf
        // takes bytes of the input; past that the pointers would be wrong, never a panic.
        self.node = u32::try_from(mark.0).unwrap_or(u32::MAX);
        value.walk(self);
        self.node = parent;
        if self.fields.leaves.len() == mark.1 {
            self.fields.nodes.truncate(mark.0);
            self.fields.wide.truncate(mark.2);
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
    fn leaf(&mut self, leaf: Stored<'r>) {
        self.fields.leaf_nodes.push(self.node);
        self.fields.leaves.push(leaf);
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
                keys: Vec::with_capacity(128),
                wide: Vec::new(),
                leaf_nodes: Vec::with_capacity(512),
                leaves: Vec::with_capacity(512),
            },
            node: 0,
            cache: [(0, 0); 64],
        };
        walker.fields.nodes.push((0, 0));
        walker.fields.keys.push("");
        value.walk(&mut walker);
        walker.fields
    }

    /// Every leaf with its path, in document order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (Path<'_>, Leaf<'r>)> + '_ {
        self.leaf_nodes
            .iter()
            .zip(&self.leaves)
            .map(|(&node, &leaf)| (Path { fields: self, node }, leaf.leaf()))
    }

    /// The parent and segment of `node`, if there is such a node.
    fn node(&self, node: u32) -> Option<(u32, Seg)> {
        let &(parent, packed) = self.nodes.get(node as usize)?;
        Some((parent, self.seg(packed)))
    }

    /// The segment a packed segment stands for.
    fn seg(&self, packed: PackedSeg) -> Seg {
        if packed % 2 == 1 {
            return Seg::Index((packed / 2) as usize);
        }
        match self.keys.get((packed / 2) as usize) {
            Some(key) => Seg::Key(key),
            None => Seg::Index(
                self.wide
                    .get(((WIDE - packed) / 2) as usize)
                    .copied()
                    .unwrap_or(usize::MAX),
            ),
        }
    }
}

/// The path of a leaf: a node of the path tree, handed out as a pointer by
/// [`Path::pointer`] (which [`fmt::Display`] writes out).
#[derive(Clone, Copy)]
pub(crate) struct Path<'f> {
    fields: &'f Fields<'f>,
    node: u32,
}

impl Path<'_> {
    /// The segment of this path's last node, if it is a field name.
    fn key(&self, node: u32) -> Option<&'static str> {
        match self.fields.node(node) {
            Some((_, Seg::Key(k))) if node != 0 => Some(k),
            _ => None,
        }
    }

    fn parent(&self, node: u32) -> u32 {
        self.fields.node(node).map_or(0, |n| n.0)
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

    /// Whether the leaf is the end date of a period (`…/period/end`, `…/base/end`): a
    /// bound of what the figures cover, not an event.
    pub(crate) fn is_period_end(&self) -> bool {
        self.key(self.node) == Some("end")
            && matches!(self.key(self.parent(self.node)), Some("period" | "base"))
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

    /// The pointer of the leaf, its segments from the root.
    pub(crate) fn pointer(&self) -> PointerBuf {
        let mut segs = Vec::with_capacity(8);
        let mut node = self.node;
        while node != 0 {
            let Some((parent, seg)) = self.fields.node(node) else {
                break;
            };
            segs.push(seg);
            node = parent;
        }
        segs.reverse();
        PointerBuf::from_segs(segs)
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
        w.leaf(Stored::Text(self));
    }
}

impl Walk for Date {
    fn walk<'r>(&'r self, w: &mut Walker<'r>) {
        w.leaf(Stored::Date(*self));
    }
}

impl Walk for Quantity {
    fn walk<'r>(&'r self, w: &mut Walker<'r>) {
        w.leaf(Stored::Quantity(self));
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
