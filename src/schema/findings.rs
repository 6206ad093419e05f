//! Findings at the field (在字段旁显示校验结果): a [`Validation`] turned into the error
//! display of each form client, as the `serde_json::Value` a server returns.

use serde_json::{Map, Value, json};

use super::forms::Part;
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
/// and `params` holding the rule code and severity.
#[must_use]
pub fn jsonforms_additional_errors(validation: &Validation, part: Option<Part>) -> Value {
    in_form(validation, part)
        .into_iter()
        .map(|(pointer, f)| {
            json!({
                "instancePath": pointer,
                "schemaPath": "",
                "keyword": "fazhi",
                "message": finding_text(f),
                "params": {"code": f.code(), "severity": severity(f)},
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

fn severity(f: &Finding) -> &'static str {
    match f.severity() {
        Severity::Error => "error",
        _ => "warning",
    }
}
