//! The published JSON Schemas: fresh, valid against their meta-schemas, Chinese on every
//! field, fit for form clients, and accepting exactly what the crate accepts.
//!
//! Valid documents are every `tests/fixtures/*.json`; invalid ones are
//! `tests/fixtures/invalid/*.json`, one defect each, named for it. Both the schemas and
//! `Report::from_json_*` must reject every invalid document. The Node check in
//! `tests/node/` runs the same corpus through Ajv, the validator the form clients use.

use std::fs;
use std::path::{Path, PathBuf};

use fazhi_report::schema::{Profile, artifacts, jsonforms_uischema, schema_for};
use fazhi_report::{Report, Unit};
use serde_json::{Value, json};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.json` files of a directory (not recursive), sorted, with their names.
fn json_files(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&p).unwrap();
            (name, text)
        })
        .collect();
    files.sort();
    files
}

fn valid_fixtures() -> Vec<(String, String)> {
    let files = json_files(&root().join("tests/fixtures"));
    assert!(
        files.iter().any(|(n, _)| n == "minimal.json"),
        "tests/fixtures/minimal.json is part of the valid corpus"
    );
    files
}

fn invalid_fixtures() -> Vec<(String, String)> {
    let files = json_files(&root().join("tests/fixtures/invalid"));
    assert!(
        files.len() >= 20,
        "the invalid corpus has {} files",
        files.len()
    );
    files
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap_or_else(|e| panic!("schema does not compile: {e}"))
}

/// The OpenAPI document's `Report` as a standalone schema (OpenAPI 3.0 schema objects are
/// draft-04/07 JSON Schema plus annotations such as `nullable` and `example`).
fn openapi_validator() -> jsonschema::Validator {
    let doc = schema_for(Profile::OpenApi3);
    let wrapped = json!({
        "$ref": "#/components/schemas/Report",
        "components": doc["components"],
    });
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&wrapped)
        .unwrap_or_else(|e| panic!("OpenAPI schemas do not compile: {e}"))
}

#[test]
fn published_files_are_fresh() {
    let dir = root().join("schema");
    let mut stale = Vec::new();
    let files = artifacts()
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value))
        .chain(fazhi_report::schema::part_artifacts());
    let mut count = 0;
    for (name, value) in files {
        count += 1;
        let expected = fazhi_report::schema::artifact_text(&name, &value).unwrap();
        let actual = fs::read_to_string(dir.join(&name)).unwrap_or_default();
        if actual != expected {
            stale.push(name);
        }
    }
    assert!(count >= 6 * 4 + 7, "{count} published files");
    assert!(
        stale.is_empty(),
        "schema/ is stale ({}): run `cargo run --example export_schema` and review the diff",
        stale.join(", ")
    );
}

#[test]
fn schemas_are_valid_against_their_meta_schemas() {
    for profile in [Profile::Canonical, Profile::Draft07] {
        let schema = schema_for(profile);
        if let Err(e) = jsonschema::meta::validate(&schema) {
            panic!("{profile:?} is not valid against its meta-schema: {e}");
        }
    }
    assert_eq!(
        schema_for(Profile::Canonical)["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(
        schema_for(Profile::Draft07)["$schema"],
        "http://json-schema.org/draft-07/schema#"
    );
    // Every schema object of the OpenAPI document is a draft-07 schema too.
    let doc = schema_for(Profile::OpenApi3);
    assert_eq!(doc["openapi"], "3.0.3");
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    assert!(schemas.contains_key("Report") && schemas.contains_key("Quantity"));
    for (name, schema) in schemas {
        let mut standalone = schema.clone();
        standalone.as_object_mut().unwrap().insert(
            "$schema".into(),
            "http://json-schema.org/draft-07/schema#".into(),
        );
        if let Err(e) = jsonschema::meta::validate(&standalone) {
            panic!("OpenAPI component {name} is not a valid schema object: {e}");
        }
    }
    openapi_validator();
}

#[test]
fn valid_fixtures_validate_and_parse() {
    let schemas = [
        ("canonical", validator(&schema_for(Profile::Canonical))),
        ("draft-07", validator(&schema_for(Profile::Draft07))),
        ("openapi", openapi_validator()),
    ];
    for (name, text) in valid_fixtures() {
        Report::from_json_str(&text).unwrap_or_else(|e| panic!("{name} does not parse: {e}"));
        let instance: Value = serde_json::from_str(&text).unwrap();
        for (profile, v) in &schemas {
            let errors: Vec<String> = v
                .iter_errors(&instance)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(
                errors.is_empty(),
                "{name} is invalid in {profile}: {errors:#?}"
            );
        }
    }
}

#[test]
fn invalid_fixtures_are_rejected_by_schema_and_crate() {
    let canonical = validator(&schema_for(Profile::Canonical));
    let draft07 = validator(&schema_for(Profile::Draft07));
    let openapi = openapi_validator();
    for (name, text) in invalid_fixtures() {
        assert!(
            Report::from_json_str(&text).is_err(),
            "the crate accepts {name}"
        );
        assert!(
            Report::from_json_slice(text.as_bytes()).is_err(),
            "the crate accepts {name} as bytes"
        );
        let instance: Value = serde_json::from_str(&text).unwrap();
        assert!(!canonical.is_valid(&instance), "canonical accepts {name}");
        assert!(!draft07.is_valid(&instance), "draft-07 accepts {name}");
        // OpenAPI 3.0 has no `if`/`then`: the whole-number rule is the parser's alone.
        if name != "fraction_in_whole_unit.json" {
            assert!(!openapi.is_valid(&instance), "OpenAPI accepts {name}");
        }
    }
}

/// Documents at the edges of what the crate accepts: the canonical schema must accept them
/// too (the invalid corpus shows the other direction).
#[test]
fn canonical_accepts_what_the_crate_accepts_at_the_edges() {
    let canonical = validator(&schema_for(Profile::Canonical));
    let minimal: Value = serde_json::from_str(
        &fs::read_to_string(root().join("tests/fixtures/minimal.json")).unwrap(),
    )
    .unwrap();
    let edges: Vec<(&str, &[&str], Value)> = vec![
        // The newest version the crate reads; newer minor versions are refused by both
        // (tests/fixtures/invalid/schema_version_newer_minor.json).
        (
            "current version",
            &["schema_version"],
            json!(fazhi_report::SchemaVersion::CURRENT.to_string()),
        ),
        ("padded version", &["schema_version"], json!("01.000")),
        ("first year", &["meta", "year"], json!(2000)),
        ("last year", &["plans", "year"], json!(2100)),
        (
            "leap day",
            &["meta", "dates"],
            json!({"written": "2024-02-29"}),
        ),
        (
            "null optional text",
            &["meta", "organization", "region"],
            Value::Null,
        ),
        (
            "null optional code",
            &["measures", "items", "0", "theme"],
            Value::Null,
        ),
        (
            "figures",
            &["measures", "items", "0", "indicators"],
            json!([
                {"label": "罚没款", "value": {"value": 12.83, "unit": "万元", "qualifier": "more_than"}},
                {"label": "其他量词", "value": {"value": 2.5, "unit": "栋"}},
                {"label": "八字量词", "value": {"value": 1, "unit": "一二三四五六七八"}},
                {"label": "整数写作小数", "value": {"value": 40.0, "unit": "处"}},
                {"label": "零", "value": {"value": 0, "unit": "件"}},
                {"label": "十五位有效数字", "value": {"value": 123456789012345u64, "unit": "元"}}
            ]),
        ),
    ];
    for (what, path, value) in edges {
        let mut doc = minimal.clone();
        let mut slot = &mut doc;
        for key in path {
            slot = match key.parse::<usize>() {
                Ok(i) => &mut slot[i],
                Err(_) => &mut slot[*key],
            };
        }
        *slot = value;
        let text = doc.to_string();
        Report::from_json_str(&text).unwrap_or_else(|e| panic!("crate rejects {what}: {e}"));
        let errors: Vec<String> = canonical.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "canonical rejects {what}: {errors:?}");
    }
}

/// Whether help text is Chinese: it has CJK characters and no English words (runs of three
/// or more ASCII letters), apart from the date pattern `YYYY-MM-DD`.
fn is_chinese(text: &str) -> bool {
    let cjk = text
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c));
    let english = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|word| word.len() >= 3 && word != "YYYY");
    cjk && !english
}

/// Collects, for the canonical schema, every place where a title or description is missing
/// or not Chinese: each definition, each property, each enum value.
fn missing_chinese(schema: &Value) -> Vec<String> {
    let mut missing = Vec::new();
    let mut check = |path: &str, s: &Value| {
        for key in ["title", "description"] {
            match s.get(key).and_then(Value::as_str) {
                Some(text) if is_chinese(text) => {}
                other => missing.push(format!("{path}: {key} {other:?}")),
            }
        }
    };
    check("#", schema);
    let mut stack = vec![("#".to_owned(), schema)];
    if let Some(defs) = schema["$defs"].as_object() {
        for (name, def) in defs {
            check(&format!("#/$defs/{name}"), def);
            stack.push((format!("#/$defs/{name}"), def));
        }
    }
    while let Some((path, s)) = stack.pop() {
        if let Some(props) = s.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                let p = format!("{path}/properties/{name}");
                check(&p, prop);
                stack.push((p, prop));
            }
        }
        if let Some(options) = s.get("oneOf").and_then(Value::as_array) {
            for (i, option) in options.iter().enumerate() {
                check(&format!("{path}/oneOf/{i}"), option);
            }
        }
        for key in ["items", "anyOf"] {
            match s.get(key) {
                Some(Value::Object(_)) => stack.push((format!("{path}/{key}"), &s[key])),
                Some(Value::Array(list)) => {
                    for (i, sub) in list.iter().enumerate() {
                        stack.push((format!("{path}/{key}/{i}"), sub));
                    }
                }
                _ => {}
            }
        }
    }
    missing
}

#[test]
fn every_object_field_and_code_has_chinese_title_and_help() {
    let missing = missing_chinese(&schema_for(Profile::Canonical));
    assert!(
        missing.is_empty(),
        "{} without Chinese: {missing:#?}",
        missing.len()
    );
}

#[test]
fn the_chinese_check_can_fail() {
    let schema = json!({
        "title": "报告", "description": "Help in English.",
        "properties": {"a": {"title": "甲", "description": "格式 YYYY-MM-DD。"}, "b": {"title": "乙"}},
        "$defs": {"E": {"title": "代码", "description": "代码。", "oneOf": [{"const": "x", "title": "X"}]}}
    });
    let missing = missing_chinese(&schema);
    assert_eq!(missing.len(), 4, "{missing:#?}");
}

/// Visits every schema object below `value` with its path.
fn each_schema<'a>(value: &'a Value, path: String, f: &mut impl FnMut(&str, &'a Value)) {
    match value {
        Value::Object(obj) => {
            f(&path, value);
            for (key, child) in obj {
                match (key.as_str(), child) {
                    ("enum" | "const" | "examples" | "example" | "default", _) => {}
                    // Maps from names to schemas.
                    ("properties" | "$defs" | "definitions" | "schemas", Value::Object(map)) => {
                        for (name, schema) in map {
                            each_schema(schema, format!("{path}/{key}/{name}"), f);
                        }
                    }
                    _ => each_schema(child, format!("{path}/{key}"), f),
                }
            }
        }
        Value::Array(list) => {
            for (i, child) in list.iter().enumerate() {
                each_schema(child, format!("{path}/{i}"), f);
            }
        }
        _ => {}
    }
}

fn has_type(s: &Value, t: &str) -> bool {
    match s.get("type") {
        Some(Value::String(x)) => x == t,
        Some(Value::Array(xs)) => xs.iter().any(|x| x == t),
        _ => false,
    }
}

#[test]
fn limits_make_every_field_finite() {
    let schema = schema_for(Profile::Canonical);
    let mut problems = Vec::new();
    each_schema(&schema, "#".into(), &mut |path, s| {
        let is_code =
            s.get("oneOf").is_some() || s.get("enum").is_some() || s.get("const").is_some();
        if has_type(s, "string") && !is_code && s.get("format").is_none() {
            let pattern_bounded = s
                .get("pattern")
                .is_some_and(|p| p.as_str().is_some_and(|p| p.ends_with(")$")));
            if s.get("maxLength").is_none() && !pattern_bounded {
                problems.push(format!("{path}: string without maxLength"));
            }
        }
        if has_type(s, "array") && s.get("maxItems").is_none() {
            problems.push(format!("{path}: array without maxItems"));
        }
        // (`then` only narrows a `value` that has its `minimum` already.)
        if has_type(s, "integer") && s.get("minimum").is_none() && !path.contains("/then/") {
            problems.push(format!("{path}: integer without minimum"));
        }
        // Required text is never empty.
        if let (Some(required), Some(props)) = (s.get("required"), s.get("properties")) {
            for name in required
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                let prop = &props[name];
                if has_type(prop, "string")
                    && prop.get("minLength").is_none()
                    && prop.get("pattern").is_none()
                    && prop.get("format").is_none()
                {
                    problems.push(format!(
                        "{path}/properties/{name}: required text without minLength"
                    ));
                }
            }
        }
    });
    assert!(problems.is_empty(), "{problems:#?}");
    let defs = &schema["$defs"];
    assert_eq!(defs["Quantity"]["properties"]["value"]["minimum"], 0);
    assert_eq!(defs["Meta"]["properties"]["year"]["minimum"], 2000);
    assert_eq!(defs["Meta"]["properties"]["year"]["maximum"], 2100);
    assert_eq!(defs["Dates"]["properties"]["written"]["format"], "date");
    let whole = defs["Quantity"]["if"]["properties"]["unit"]["enum"]
        .as_array()
        .unwrap();
    assert_eq!(
        whole.len(),
        Unit::KNOWN.iter().filter(|u| u.is_whole()).count()
    );
}

#[test]
fn properties_follow_the_report_order() {
    for profile in [Profile::Canonical, Profile::Draft07] {
        let schema = schema_for(profile);
        let keys: Vec<&String> = schema["properties"].as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "schema_version",
                "meta",
                "measures",
                "shortcomings",
                "responsibility",
                "plans",
                "other"
            ]
        );
    }
    let meta = &schema_for(Profile::Canonical)["$defs"]["Meta"]["properties"];
    let keys: Vec<&String> = meta.as_object().unwrap().keys().take(3).collect();
    assert_eq!(keys, ["title", "year", "organization"]);
}

#[test]
fn form_profile_uses_only_what_form_clients_render() {
    let schema = schema_for(Profile::Draft07);
    let mut problems = Vec::new();
    each_schema(&schema, "#".into(), &mut |path, s| {
        for keyword in [
            "prefixItems",
            "anyOf",
            "$defs",
            "unevaluatedProperties",
            "nullable",
            "default",
        ] {
            if s.get(keyword).is_some() {
                problems.push(format!("{path}: {keyword}"));
            }
        }
        if matches!(s.get("type"), Some(Value::Array(_))) {
            problems.push(format!("{path}: type list"));
        }
        if let Some(format) = s.get("format")
            && format != "date"
        {
            problems.push(format!("{path}: format {format}"));
        }
        if let Some(options) = s.get("oneOf") {
            if s.get("type") != Some(&json!("string")) {
                problems.push(format!("{path}: oneOf without \"type\": \"string\""));
            }
            for option in options.as_array().into_iter().flatten() {
                if option.get("const").is_none() || option.get("title").is_none() {
                    problems.push(format!("{path}: oneOf option without const and title"));
                }
            }
        }
    });
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn openapi_document_uses_only_openapi_3_0_keywords() {
    let doc = schema_for(Profile::OpenApi3);
    let mut problems = Vec::new();
    each_schema(&doc["components"], "#/components".into(), &mut |path, s| {
        for keyword in [
            "$schema",
            "$defs",
            "const",
            "examples",
            "if",
            "then",
            "prefixItems",
            "anyOf",
        ] {
            if s.get(keyword).is_some() {
                problems.push(format!("{path}: {keyword}"));
            }
        }
        if matches!(s.get("type"), Some(Value::Array(_))) {
            problems.push(format!("{path}: type list"));
        }
        if let Some(Value::String(r)) = s.get("$ref") {
            let name = r
                .strip_prefix("#/components/schemas/")
                .unwrap_or_else(|| panic!("{path}: $ref {r}"));
            assert!(
                doc["components"]["schemas"].get(name).is_some(),
                "{path}: dangling {r}"
            );
            if s.as_object().is_some_and(|o| o.len() > 1) {
                problems.push(format!("{path}: $ref with siblings"));
            }
        }
    });
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn jsonforms_uischema_points_at_real_fields_with_chinese_labels() {
    let ui = jsonforms_uischema();
    let form = schema_for(Profile::Draft07);
    let mut controls = 0;
    let mut problems = Vec::new();
    each_schema(&ui, "#".into(), &mut |path, element| {
        let Some(kind) = element.get("type").and_then(Value::as_str) else {
            return;
        };
        if matches!(kind, "Control" | "Group" | "Category" | "ListWithDetail") {
            match element.get("label").and_then(Value::as_str) {
                Some(label) if is_chinese(label) => {}
                other => problems.push(format!("{path}: label {other:?}")),
            }
        }
        if matches!(kind, "Control" | "ListWithDetail") {
            controls += 1;
            let scope = element["scope"].as_str().unwrap_or_default();
            if !scope.starts_with("#/properties/") {
                problems.push(format!("{path}: scope {scope}"));
            }
        }
    });
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(controls > 100, "{controls} controls");
    // The top-level groups are the parts, in report order, titled as the schema titles them.
    assert_eq!(ui["type"], "Categorization");
    let labels: Vec<&Value> = ui["elements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "Category")
        .map(|e| &e["label"])
        .collect();
    let parts: Vec<&Value> = [
        "meta",
        "measures",
        "shortcomings",
        "responsibility",
        "plans",
        "other",
    ]
    .iter()
    .map(|p| &form["properties"][p]["title"])
    .collect();
    assert_eq!(labels, parts);
}
