//! The schema's bounds on text lengths and list sizes (长度与数量限制), enforced by the parser.
//!
//! The canonical JSON Schema ([`schema_for`](crate::schema_for)`(Profile::Canonical)`) states a
//! `minLength` and `maxLength` for text fields, a `maxItems` for lists and the lengths of the
//! texts in a list (`items`). The parser reads those numbers from the schema itself, once per
//! process, so that the two can never disagree: a document the schema refuses for a length is
//! refused by the parser at the same path, and one it accepts is accepted. Lengths are counted
//! in characters (Unicode scalar values), as JSON Schema counts them.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use serde_json::Value;

/// The bounds the schema puts on one field's value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct FieldBounds {
    /// Least characters of a text (`minLength`).
    pub(crate) min_chars: Option<usize>,
    /// Most characters of a text (`maxLength`).
    pub(crate) max_chars: Option<usize>,
    /// Least items of a list (`minItems`).
    pub(crate) min_items: Option<usize>,
    /// Most items of a list (`maxItems`).
    pub(crate) max_items: Option<usize>,
    /// Least characters of each text in a list (`items.minLength`).
    pub(crate) item_min_chars: Option<usize>,
    /// Most characters of each text in a list (`items.maxLength`).
    pub(crate) item_max_chars: Option<usize>,
}

impl FieldBounds {
    /// The bounds of each item of a list with these bounds.
    pub(crate) fn items(self) -> Option<FieldBounds> {
        let item = FieldBounds {
            min_chars: self.item_min_chars,
            max_chars: self.item_max_chars,
            ..FieldBounds::default()
        };
        (item != FieldBounds::default()).then_some(item)
    }

    /// Whether `text` breaks a bound: `Some((characters, bound, is_max))`.
    ///
    /// A text has at most as many characters as bytes, and at least a quarter as many, so
    /// the characters are only counted when the byte length alone cannot decide.
    pub(crate) fn text_breach(self, text: &str) -> Option<(usize, usize, bool)> {
        let bytes = text.len();
        let max = self.max_chars.filter(|&max| bytes > max);
        let min = self.min_chars.filter(|&min| bytes / 4 < min);
        if max.is_none() && min.is_none() {
            return None;
        }
        let chars = text.chars().count();
        if let Some(max) = max.filter(|&max| chars > max) {
            return Some((chars, max, true));
        }
        min.filter(|&min| chars < min)
            .map(|min| (chars, min, false))
    }
}

/// The fields of one struct that have bounds, by wire name.
pub(crate) type StructBounds = [(Box<str>, FieldBounds)];

/// Every struct of the schema with bounded fields, by the type name serde passes to
/// `deserialize_struct` (which is the schema's definition name).
#[derive(Debug, Default)]
pub(crate) struct BoundsTable {
    structs: HashMap<Box<str>, Box<StructBounds>, BuildHasherDefault<NameHasher>>,
}

/// FNV-1a over the type name: the table is looked up once per object read, with keys of
/// about ten bytes that no input chooses, where SipHash's protection costs more than the
/// lookup itself.
#[derive(Default)]
struct NameHasher(u64);

impl Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

impl BoundsTable {
    /// The table of the crate's canonical schema, built on first use.
    pub(crate) fn get() -> &'static BoundsTable {
        static TABLE: OnceLock<BoundsTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            BoundsTable::from_schema(&crate::schema_for(crate::schema::Profile::Canonical))
        })
    }

    /// Reads the bounds of every definition's properties (and of the root, the `Report`).
    pub(crate) fn from_schema(schema: &Value) -> BoundsTable {
        let mut structs = HashMap::default();
        let mut add = |name: &str, def: &Value| {
            let Some(props) = def.get("properties").and_then(Value::as_object) else {
                return;
            };
            let mut fields: Vec<(Box<str>, FieldBounds)> = props
                .iter()
                .filter_map(|(key, prop)| {
                    let bounds = field_bounds(prop);
                    (bounds != FieldBounds::default()).then(|| (key.as_str().into(), bounds))
                })
                .collect();
            if !fields.is_empty() {
                fields.sort_by(|a, b| a.0.cmp(&b.0));
                structs.insert(name.into(), fields.into_boxed_slice());
            }
        };
        add("Report", schema);
        if let Some(defs) = schema.get("$defs").and_then(Value::as_object) {
            for (name, def) in defs {
                add(name, def);
            }
        }
        BoundsTable { structs }
    }

    /// The bounded fields of the struct serde names `name`.
    pub(crate) fn of_struct(&self, name: &str) -> Option<&StructBounds> {
        self.structs.get(name).map(|b| &**b)
    }

    /// Every struct with its bounded fields, for tests.
    #[cfg(test)]
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &StructBounds)> {
        self.structs.iter().map(|(k, v)| (&**k, &**v))
    }
}

/// The bounds of a field among `fields` (sorted by name), if it has any.
pub(crate) fn lookup(fields: &StructBounds, key: &str) -> Option<FieldBounds> {
    fields
        .binary_search_by(|(name, _)| (**name).cmp(key))
        .ok()
        .map(|i| fields[i].1)
}

fn field_bounds(prop: &Value) -> FieldBounds {
    let n = |v: &Value, k: &str| {
        v.get(k)
            .and_then(Value::as_u64)
            .and_then(|n| usize::try_from(n).ok())
    };
    let items = prop.get("items").unwrap_or(&Value::Null);
    FieldBounds {
        min_chars: n(prop, "minLength"),
        max_chars: n(prop, "maxLength"),
        min_items: n(prop, "minItems"),
        max_items: n(prop, "maxItems"),
        item_min_chars: n(items, "minLength"),
        item_max_chars: n(items, "maxLength"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bound_of_the_schema_is_in_the_table() {
        let schema = crate::schema_for(crate::schema::Profile::Canonical);
        let table = BoundsTable::get();
        // Count the bounds keywords on properties in the schema, and in the table.
        let mut in_schema = 0;
        let mut count = |props: Option<&serde_json::Map<String, Value>>| {
            for prop in props.into_iter().flat_map(|p| p.values()) {
                for k in ["minLength", "maxLength", "minItems", "maxItems"] {
                    in_schema += usize::from(prop.get(k).is_some());
                    in_schema += usize::from(prop.get("items").and_then(|i| i.get(k)).is_some());
                }
            }
        };
        count(schema.get("properties").and_then(Value::as_object));
        for def in schema["$defs"].as_object().unwrap().values() {
            count(def.get("properties").and_then(Value::as_object));
        }
        let in_table: usize = table
            .iter()
            .flat_map(|(_, fields)| fields.iter())
            .map(|(_, b)| {
                [
                    b.min_chars,
                    b.max_chars,
                    b.min_items,
                    b.max_items,
                    b.item_min_chars,
                    b.item_max_chars,
                ]
                .iter()
                .filter(|x| x.is_some())
                .count()
            })
            .sum();
        assert!(in_schema > 150, "{in_schema}");
        assert_eq!(in_table, in_schema);
        let heading = lookup(table.of_struct("Section").unwrap(), "heading").unwrap();
        assert_eq!((heading.min_chars, heading.max_chars), (Some(1), Some(200)));
        let paragraphs = lookup(table.of_struct("Section").unwrap(), "paragraphs").unwrap();
        assert_eq!(paragraphs.max_items, Some(100));
        assert_eq!(paragraphs.items().unwrap().max_chars, Some(20000));
        assert!(lookup(table.of_struct("Section").unwrap(), "theme").is_none());
    }
}
