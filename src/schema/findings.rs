//! Findings at the field (在字段旁显示校验结果): a [`Validation`] turned into the error
//! display of each form client, as the `serde_json::Value` a server returns.

use serde_json::{Map, Value, json};

use super::forms::{Part, codes, part_inlined};
use crate::validate::{Finding, Severity, Validation};

/// The text shown for a finding: its Chinese message and its rule code.
#[must_use]
pub fn finding_text(finding: &Finding) -> String {
    format!("{}（{}）", finding.message_zh(), finding.code())
}

/// The findings of `validation` that fall in `part` (all of them for `None`), each with its
/// pointer relative to the form's root.
fn in_form(validation: &Validation, part: Option<Part>) -> Vec<(String, &Finding)> {
    validation
        .findings()
        .iter()
        .filter_map(|f| match part {
            None => Some((f.pointer().to_owned(), f)),
            Some(p) => match Part::split_pointer(f.pointer()) {
                Some((q, rest)) if q == p => Some((rest.to_owned(), f)),
                _ => None,
            },
        })
        .collect()
}

/// Decodes the segments of an RFC 6901 pointer (`~1` → `/`, `~0` → `~`).
fn segments(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// react-jsonschema-form's `extraErrors` (服务端错误): the nested `ErrorSchema` with
/// `__errors` at each field, for the form of `part` (the whole report for `None`). A finding
/// on an object or array is put on that node.
///
/// ```
/// use fazhi_report::schema::{Part, rjsf_extra_errors};
/// # let json = include_str!("../../tests/fixtures/reference.json");
/// let validation = fazhi_report::Report::from_json_str(json)?.validate();
/// let errors = rjsf_extra_errors(&validation, Some(Part::Plans));
/// assert!(errors["year"]["__errors"][0].as_str().unwrap().contains("2024"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn rjsf_extra_errors(validation: &Validation, part: Option<Part>) -> Value {
    let mut root = Value::Object(Map::new());
    for (pointer, finding) in in_form(validation, part) {
        let mut node = &mut root;
        for segment in segments(&pointer) {
            if !node.is_object() {
                *node = Value::Object(Map::new());
            }
            node = match node {
                Value::Object(map) => map.entry(segment).or_insert_with(|| json!({})),
                _ => break,
            };
        }
        if let Value::Object(map) = node {
            let list = map.entry("__errors").or_insert_with(|| json!([]));
            if let Value::Array(list) = list {
                list.push(finding_text(finding).into());
            }
        }
    }
    root
}

/// JSON Forms' `additionalErrors` (服务端错误): Ajv-style error objects with `instancePath`
/// (the finding's pointer relative to the form of `part`), `message`, `keyword` `"fazhi"`
/// and `params` holding the rule code, severity and the finding's own `pointer`.
///
/// JSON Forms shows errors at controls and arrays only, not at a `Group` or an array item's
/// detail. A finding on an object (a subsection, a decision, a figure) therefore goes to the
/// object's first plain field (a subsection's 小标题, a decision's name, a figure's value),
/// which is drawn inside the object, so the message stays beside the block it is about.
#[must_use]
pub fn jsonforms_additional_errors(validation: &Validation, part: Option<Part>) -> Value {
    let schema = part_inlined(part);
    in_form(validation, part)
        .into_iter()
        .map(|(pointer, f)| {
            json!({
                "instancePath": control_pointer(&schema, &pointer),
                "schemaPath": "",
                "keyword": "fazhi",
                "message": finding_text(f),
                "params": {"code": f.code(), "severity": severity(f), "pointer": pointer},
            })
        })
        .collect()
}

/// Formily field feedbacks (服务端反馈): `{path, type, code, messages}` with the field path
/// in Formily's dot form (`items.2.hazards.0.rectified`), `type` `error` or `warning`, for
/// `form.setFieldState(path, s => { s.feedbacks = [...s.feedbacks, feedback] })`. Messages
/// on the same field and severity are merged.
#[must_use]
pub fn formily_feedbacks(validation: &Validation, part: Option<Part>) -> Value {
    let mut out: Vec<Value> = Vec::new();
    for (pointer, f) in in_form(validation, part) {
        let path = segments(&pointer).join(".");
        let kind = severity(f);
        let text = finding_text(f);
        if let Some(existing) = out
            .iter_mut()
            .find(|e| e["path"] == path.as_str() && e["type"] == kind)
        {
            if let Some(list) = existing["messages"].as_array_mut() {
                list.push(text.into());
            }
            continue;
        }
        out.push(json!({"path": path, "type": kind, "code": "fazhi", "messages": [text]}));
    }
    Value::Array(out)
}

/// The pointer of the control that shows a finding at `pointer` in JSON Forms: `pointer`
/// itself, or for an object its first field of a plain type (text, number, date).
fn control_pointer(schema: &Value, pointer: &str) -> String {
    let mut node = schema;
    for segment in segments(pointer) {
        let next = match node.get("items") {
            Some(items) if segment.parse::<usize>().is_ok() => Some(items),
            _ => node.get("properties").and_then(|p| p.get(&segment)),
        };
        match next {
            Some(next) => node = next,
            None => return pointer.to_owned(),
        }
    }
    let plain = |s: &Value| {
        codes(s).is_none()
            && matches!(
                s.get("type").and_then(Value::as_str),
                Some("string" | "number" | "integer")
            )
    };
    match node.get("properties").and_then(Value::as_object) {
        Some(props) => match props.iter().find(|(_, s)| plain(s)) {
            Some((name, _)) => format!("{pointer}/{}", name.replace('~', "~0").replace('/', "~1")),
            None => pointer.to_owned(),
        },
        None => pointer.to_owned(),
    }
}

fn severity(f: &Finding) -> &'static str {
    match f.severity() {
        Severity::Error => "error",
        _ => "warning",
    }
}
