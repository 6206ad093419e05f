//! The Chinese titles of the model's fields as the JSON Schema states them (字段中文名).
//!
//! A rule's message names the figures it compares. Those names come from the same source
//! as the form labels a drafter sees, the `title` of each property in the canonical schema
//! ([`schema_for`](crate::schema_for)`(Profile::Canonical)`), so the two cannot drift. The
//! table is read from the schema once per process, on the first finding that needs a name.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value;

use crate::schema::{Profile, schema_for};

/// One property of one definition: its title and the definition its value (or each
/// element of its list) is, if any.
#[derive(Debug)]
struct Property {
    title: Option<Box<str>>,
    target: Option<Box<str>>,
}

/// Every property of every definition, by (definition, wire name).
type Table = HashMap<(Box<str>, Box<str>), Property>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let schema = schema_for(Profile::Canonical);
        let mut table = Table::new();
        let mut add = |def: &str, props: &serde_json::Map<String, Value>| {
            for (name, prop) in props {
                table.insert(
                    (def.into(), name.as_str().into()),
                    Property {
                        title: prop.get("title").and_then(Value::as_str).map(Into::into),
                        target: target(prop).map(Into::into),
                    },
                );
            }
        };
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            add("Report", props);
        }
        if let Some(defs) = schema.get("$defs").and_then(Value::as_object) {
            for (name, def) in defs {
                if let Some(props) = def.get("properties").and_then(Value::as_object) {
                    add(name, props);
                }
            }
        }
        table
    })
}

/// The definition a property's value refers to: `$ref`, an `anyOf` with one `$ref` (an
/// optional value), or the same inside `items` (a list).
fn target(prop: &Value) -> Option<&str> {
    if let Some(r) = prop.get("$ref").and_then(Value::as_str) {
        return r.strip_prefix("#/$defs/");
    }
    if let Some(any) = prop.get("anyOf").and_then(Value::as_array) {
        return any.iter().find_map(target);
    }
    prop.get("items").and_then(target)
}

/// The title of field `field` of definition `def` (`title("FilingReview", "corrected")` is
/// 纠正), if the schema gives one.
pub(crate) fn title(def: &str, field: &str) -> Option<&'static str> {
    let prop = table().get(&(Box::from(def), Box::from(field)))?;
    prop.title.as_deref()
}

/// The title of the field at `pointer` below a value of definition `def`
/// (`at_pointer("Section", "/reconsideration/received")` is the title of `received` in
/// `Reconsideration`); list indexes are passed over. `None` when the pointer does not name
/// a property of the schema.
pub(crate) fn at_pointer(def: &str, pointer: &str) -> Option<&'static str> {
    let mut def: &str = def;
    let mut last = None;
    let mut segments = pointer.split('/');
    // A pointer starts with "/": the first segment is empty.
    if segments.next() != Some("") {
        return None;
    }
    for seg in segments {
        if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let prop = table().get(&(Box::from(def), Box::from(seg)))?;
        last = Some(prop);
        match &prop.target {
            Some(t) => def = t,
            None => def = "",
        }
    }
    last?.title.as_deref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_come_from_the_schema() {
        assert_eq!(title("FilingReview", "corrected"), Some("纠正"));
        assert_eq!(
            at_pointer("Section", "/filing_review/corrected"),
            Some("纠正")
        );
        assert_eq!(
            at_pointer("Section", "/accidents/0/deaths"),
            title("AccidentStatistics", "deaths")
        );
        assert!(at_pointer("Section", "/accidents/0/deaths").is_some());
        assert_eq!(at_pointer("Section", "/no_such_block/x"), None);
        assert_eq!(at_pointer("Section", "relative"), None);
    }
}

#[cfg(test)]
mod sources {
    /// Rule messages name fields by their schema titles only: no rule file builds a field
    /// label from a literal (`Label::Field("…")`) or passes one to the kernel's `term`
    /// (which takes the schema definition and the wire name and looks the title up).
    #[test]
    fn no_rule_names_a_field_by_a_literal() {
        let files = [
            ("safety", include_str!("../rules/safety.rs")),
            ("enforcement", include_str!("../rules/enforcement.rs")),
            ("disputes", include_str!("../rules/disputes.rs")),
            ("figures", include_str!("../rules/figures.rs")),
            ("facts", include_str!("../rules/facts.rs")),
            ("forms", include_str!("../rules/forms.rs")),
            ("services", include_str!("../rules/services.rs")),
        ];
        for (name, text) in files {
            let compact: String = text.split_whitespace().collect();
            for (at, _) in compact.match_indices("Label::Field(\"") {
                let snippet: String = compact[at..].chars().take(40).collect();
                // The one label that is not a field: the number of cases listed.
                assert!(
                    snippet.starts_with("Label::Field(\"所列案件数\")"),
                    "{name}: {snippet}"
                );
            }
            for (at, _) in compact.match_indices("term(") {
                let args: String = compact[at..].chars().take(120).collect();
                let third = args.split(',').nth(2).unwrap_or("");
                assert!(
                    !third
                        .chars()
                        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{name}: {args}"
                );
            }
        }
    }
}
