//! The Formily profile (Formily 模式): a Formily JSON schema (`x-component` / `x-decorator`)
//! for `@formily/react` 2.3 with `@formily/antd-v5`, derived from the draft-07 profile.

use serde_json::{Map, Value, json};

use super::forms::{Part, codes, is_figure, is_prose, is_section, part_inlined};

/// The CSS a page using the Formily schema adds (Formily 紧凑样式): `ArrayCollapse` draws an
/// empty list as a card with antd's "暂无数据" picture (about 200 px each); this hides that
/// card, so an empty list shows its title and add button only.
pub const FORMILY_CSS: &str =
    ".ant-card.ant-formily-array-collapse-item:has(.ant-empty) { display: none; }";

/// The Formily schema of the whole report: a `FormTab` with one tab per part ("报告基本信息"
/// first). The page passes a `formTab` instance in the schema scope
/// (`<SchemaField schema={…} scope={{ formTab }} />`, `const formTab = FormTab.createFormTab()`).
pub(crate) fn formily_schema() -> Value {
    let report = part_inlined(None);
    let mut tabs = Map::new();
    for part in Part::ALL {
        let prop = &report["properties"][part.key()];
        let required = is_required(&report, part.key());
        let mut panes = Map::new();
        panes.insert(part.key().into(), node(prop, required, true));
        tabs.insert(
            format!("tab_{}", part.key()),
            json!({
                "type": "void",
                "x-component": "FormTab.TabPane",
                "x-component-props": {"tab": prop.get("title").cloned().unwrap_or(Value::Null)},
                "properties": panes,
            }),
        );
    }
    let mut properties = Map::new();
    if let Some(version) = report.pointer("/properties/schema_version") {
        properties.insert("schema_version".into(), node(version, true, true));
    }
    properties.insert(
        "parts".into(),
        json!({
            "type": "void",
            "x-component": "FormTab",
            "x-component-props": {"formTab": "{{formTab}}"},
            "properties": tabs,
        }),
    );
    json!({
        "type": "object",
        "title": report.get("title").cloned().unwrap_or(Value::Null),
        "properties": properties,
    })
}

/// The Formily schema of one part: the part's object as the form's root, so that
/// `initialValues` is `report[part.key()]`. The fields of an optional part (五、其他需要报告的
/// 情况) are not `required`: a report without that part must pass the form's validation, and
/// the server checks a part that is there.
pub(crate) fn formily_schema_for_part(part: Part) -> Value {
    let report = part_inlined(None);
    let present = is_required(&report, part.key());
    let schema = report["properties"][part.key()].clone();
    let mut root = Map::new();
    root.insert("type".into(), "object".into());
    for key in ["title", "description"] {
        if let Some(v) = schema.get(key) {
            root.insert(key.into(), v.clone());
        }
    }
    root.insert(
        "properties".into(),
        Value::Object(properties(&schema, present)),
    );
    Value::Object(root)
}

fn is_required(parent: &Value, name: &str) -> bool {
    parent
        .get("required")
        .and_then(Value::as_array)
        .is_some_and(|r| r.iter().any(|v| v == name))
}

/// The Formily properties of an object schema. `present` says whether the object is always
/// there: Formily checks `required` even when an optional parent block is absent, so a
/// field is marked required only when every block above it is required too (the server
/// checks the rest).
///
/// A subsection (分项) shows its heading, paragraphs and figures directly and folds the
/// blocks of each theme into a panel of a `FormCollapse` (void, so the data paths are
/// unchanged), all closed at first: the drafter opens the theme a block belongs to.
fn properties(s: &Value, present: bool) -> Map<String, Value> {
    let mut out = Map::new();
    let Some(Value::Object(props)) = s.get("properties") else {
        return out;
    };
    let field = |name: &str| {
        let required = present && is_required(s, name);
        node(&props[name], required, required)
    };
    if !is_section(s) {
        for name in props.keys() {
            out.insert(name.clone(), field(name));
        }
        return out;
    }
    let mut panels = Map::new();
    for (i, (label, names)) in super::section_group_names(s).into_iter().enumerate() {
        if i == 0 {
            for name in names {
                out.insert(name.clone(), field(&name));
            }
            continue;
        }
        let inner: Map<String, Value> = names.iter().map(|n| (n.clone(), field(n))).collect();
        panels.insert(
            format!("group_{i}"),
            json!({
                "type": "void",
                "x-component": "FormCollapse.CollapsePanel",
                "x-component-props": {"header": label},
                "properties": inner,
            }),
        );
    }
    if !panels.is_empty() {
        out.insert(
            THEME_PANELS.into(),
            json!({
                "type": "void",
                "x-component": "FormCollapse",
                "x-component-props": {"defaultActiveKey": []},
                "properties": panels,
            }),
        );
    }
    out
}

/// The name of the void `FormCollapse` that holds a subsection's theme panels.
const THEME_PANELS: &str = "theme_blocks";

fn texts(s: &Value, out: &mut Map<String, Value>) {
    for key in ["title", "description"] {
        if let Some(v) = s.get(key) {
            out.insert(key.into(), v.clone());
        }
    }
}

/// The validators Formily can check for a field (`x-validator`).
fn validators(s: &Value, out: &mut Map<String, Value>) {
    let mut rules = Vec::new();
    for key in ["minimum", "maximum", "maxLength", "minLength", "pattern"] {
        if let Some(v) = s.get(key) {
            rules.push(json!({ key: v }));
        }
    }
    if !rules.is_empty() {
        out.insert("x-validator".into(), Value::Array(rules));
    }
}

/// The header of a list item's panel: the item's own name (a subsection's heading, a
/// decision's name, a ledger's label) as the drafter types it, else the list's title.
///
/// A Formily expression on the panel's `x-component-props`: Formily compiles it in the
/// field's reaction, so the header follows the value as it is edited.
fn item_header(item: &Value, title: &str) -> String {
    let props = item.get("properties");
    let naming = ["heading", "name", "title", "label"]
        .into_iter()
        .find(|name| {
            props
                .and_then(|p| p.get(*name))
                .and_then(|p| p.get("type"))
                .and_then(Value::as_str)
                == Some("string")
        });
    match naming {
        Some(name) => {
            let quoted = title.replace('\\', "\\\\").replace('\'', "\\'");
            format!("{{{{($self.value && $self.value.{name}) || '{quoted}'}}}}")
        }
        None => title.to_owned(),
    }
}

/// A field, object or array as a Formily schema node. `required`: the field is required and
/// its parent always present; `present`: the node itself is always there.
fn node(s: &Value, required: bool, present: bool) -> Value {
    let mut out = Map::new();
    texts(s, &mut out);
    if required {
        out.insert("required".into(), true.into());
    }
    if s.get("properties").is_some() {
        out.insert("type".into(), "object".into());
        out.insert("x-decorator".into(), "FormItem".into());
        if is_figure(s) {
            out.insert("x-component".into(), "FormGrid".into());
            out.insert(
                "x-component-props".into(),
                json!({"minColumns": 3, "maxColumns": 3, "columnGap": 8}),
            );
        } else {
            out.insert("x-component".into(), "FormLayout".into());
            out.insert("x-decorator-props".into(), json!({"layout": "vertical"}));
        }
        out.insert("properties".into(), Value::Object(properties(s, present)));
        return Value::Object(out);
    }
    if let Some(item) = s.get("items") {
        out.insert("type".into(), "array".into());
        out.insert("x-decorator".into(), "FormItem".into());
        if let Some(n) = s.get("maxItems") {
            out.insert("x-validator".into(), json!([{ "maxItems": n }]));
        }
        let title = s.get("title").and_then(Value::as_str).unwrap_or("条目");
        if item.get("properties").is_some() {
            out.insert("x-component".into(), "ArrayCollapse".into());
            out.insert(
                "x-component-props".into(),
                json!({"accordion": true, "defaultOpenPanelCount": 1}),
            );
            let mut panel = Map::new();
            panel.insert("type".into(), "object".into());
            panel.insert("x-component".into(), "ArrayCollapse.CollapsePanel".into());
            // The item's own decorator shows the feedbacks on the item (a finding whose
            // pointer is the whole item) below its fields.
            panel.insert("x-decorator".into(), "FormItem".into());
            panel.insert(
                "x-component-props".into(),
                json!({"header": item_header(item, title)}),
            );
            let mut props = properties(item, present);
            props.insert(
                "remove".into(),
                json!({"type": "void", "x-component": "ArrayCollapse.Remove"}),
            );
            panel.insert("properties".into(), Value::Object(props));
            out.insert("items".into(), Value::Object(panel));
            out.insert(
                "properties".into(),
                json!({"add": {"type": "void", "title": format!("添加{title}"), "x-component": "ArrayCollapse.Addition"}}),
            );
        } else {
            out.insert("x-component".into(), "ArrayItems".into());
            let mut leaf = match node(item, false, false) {
                Value::Object(o) => o,
                _ => Map::new(),
            };
            if let Some(n) = item.get("minLength") {
                leaf.insert(
                    "required".into(),
                    json!(present && n.as_u64().unwrap_or(0) > 0),
                );
            }
            leaf.remove("title");
            leaf.insert(
                "x-decorator-props".into(),
                json!({"style": {"width": "100%"}}),
            );
            out.insert("items".into(), Value::Object(leaf));
            out.insert(
                "properties".into(),
                json!({"add": {"type": "void", "title": format!("添加{title}"), "x-component": "ArrayItems.Addition"}}),
            );
        }
        return Value::Object(out);
    }
    out.insert("x-decorator".into(), "FormItem".into());
    if let Some(options) = codes(s) {
        let labels: Vec<Value> = options
            .into_iter()
            .map(|(value, label)| json!({"label": label, "value": value}))
            .collect();
        out.insert("type".into(), "string".into());
        out.insert("enum".into(), Value::Array(labels));
        out.insert("x-component".into(), "Select".into());
        out.insert("x-component-props".into(), json!({"allowClear": !required}));
        return Value::Object(out);
    }
    let kind = s.get("type").and_then(Value::as_str).unwrap_or("string");
    let component = match kind {
        "integer" | "number" => "NumberPicker",
        "boolean" => "Checkbox",
        _ if s.get("format") == Some(&json!("date")) => "DatePicker",
        _ if is_prose(s) => "Input.TextArea",
        _ => "Input",
    };
    out.insert(
        "type".into(),
        if kind == "integer" { "number" } else { kind }.into(),
    );
    out.insert("x-component".into(), component.into());
    if component == "Input.TextArea" {
        out.insert(
            "x-component-props".into(),
            json!({"autoSize": {"minRows": 3, "maxRows": 12}}),
        );
    }
    if component == "DatePicker" {
        out.insert("x-component-props".into(), json!({"format": "YYYY-MM-DD"}));
    }
    if let Some(c) = s.get("const") {
        out.insert("default".into(), c.clone());
        out.insert("x-read-pretty".into(), true.into());
    }
    validators(s, &mut out);
    if kind == "integer" {
        if let Some(Value::Array(rules)) = out.get_mut("x-validator") {
            rules.push(json!({"format": "integer"}));
        } else {
            out.insert("x-validator".into(), json!([{"format": "integer"}]));
        }
    }
    Value::Object(out)
}
