//! One form per part (分部分表单): the schema of each part of the report and of its
//! metadata, and the UI schemas of react-jsonschema-form and JSON Forms for them.
//!
//! Everything here is derived from the draft-07 profile, generically: a field added to the
//! model appears in every per-part schema and UI schema when the files are regenerated.

use serde_json::{Map, Value, json};

use super::{Profile, schema_for};

/// A part of the report (报告组成部分) that a platform shows as one form: the metadata
/// (报告基本信息) and the five parts of the printed report, in report order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Part {
    /// 报告基本信息: title, year, organization, dates (`meta`).
    Meta,
    /// 一、主要举措和成效 (`measures`).
    Measures,
    /// 二、存在的不足和原因 (`shortcomings`).
    Shortcomings,
    /// 三、党政主要负责人履行推进法治建设第一责任人职责 (`responsibility`).
    Responsibility,
    /// 四、下一年度主要安排 (`plans`).
    Plans,
    /// 五、其他需要报告的情况 (`other`, optional).
    Other,
}

impl Part {
    /// Every part, in report order, the metadata first.
    pub const ALL: [Part; 6] = [
        Part::Meta,
        Part::Measures,
        Part::Shortcomings,
        Part::Responsibility,
        Part::Plans,
        Part::Other,
    ];

    /// The part's key in the report's JSON (`"meta"`, `"measures"` …).
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Part::Meta => "meta",
            Part::Measures => "measures",
            Part::Shortcomings => "shortcomings",
            Part::Responsibility => "responsibility",
            Part::Plans => "plans",
            Part::Other => "other",
        }
    }

    /// The part's JSON Pointer in the report (`"/meta"` …).
    #[must_use]
    pub fn pointer(self) -> String {
        format!("/{}", self.key())
    }

    /// The part's Chinese title, as the schema gives it (e.g. `"报告基本信息"`).
    #[must_use]
    pub fn title(self) -> String {
        schema_for(Profile::Draft07)
            .pointer(&format!("/properties/{}/title", self.key()))
            .and_then(Value::as_str)
            .unwrap_or(self.key())
            .to_owned()
    }

    /// The part a report JSON Pointer falls in, with the rest of the pointer (`""` for the
    /// part itself); `None` for pointers outside the parts (`/schema_version`, `""`).
    #[must_use]
    pub fn split_pointer(pointer: &str) -> Option<(Part, &str)> {
        let rest = pointer.strip_prefix('/')?;
        let (head, tail) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        Part::ALL
            .into_iter()
            .find(|p| p.key() == head)
            .map(|p| (p, tail))
    }
}

/// The schema of one part as a form of its own (分部分模式): the part's object is the root
/// (a part form's data is `report[part.key()]`), with the part's title and help text and only
/// the definitions it uses.
///
/// - [`Profile::Canonical`] and [`Profile::Draft07`]: a standalone JSON Schema.
/// - [`Profile::Formily`]: a Formily schema with the part's object as the form's root, so
///   that the form's `initialValues` is `report[part.key()]`.
/// - [`Profile::OpenApi3`]: `{"$ref": "#/components/schemas/<Type>"}`, the part's type in
///   [`schema_for(Profile::OpenApi3)`](super::schema_for).
///
/// ```
/// use fazhi_report::schema::{Part, Profile, schema_for_part};
/// let meta = schema_for_part(Part::Meta, Profile::Draft07);
/// assert_eq!(meta["title"], "报告基本信息");
/// assert!(meta["properties"]["year"].is_object());
/// ```
#[must_use]
pub fn schema_for_part(part: Part, profile: Profile) -> Value {
    match profile {
        Profile::Formily => super::formily::formily_schema_for_part(part),
        Profile::OpenApi3 => {
            let full = schema_for(Profile::Draft07);
            let name = def_name(&full, part).unwrap_or_default();
            json!({ "$ref": format!("#/components/schemas/{name}") })
        }
        Profile::Canonical => extract(&schema_for(Profile::Canonical), part, "$defs"),
        Profile::Draft07 => extract(&schema_for(Profile::Draft07), part, "definitions"),
    }
}

/// The name of the definition a part's property refers to.
fn def_name(full: &Value, part: Part) -> Option<String> {
    let prop = full.get("properties")?.get(part.key())?;
    let r = prop.get("$ref").and_then(Value::as_str).or_else(|| {
        // Canonical optional parts are `anyOf [{$ref}, {type: null}]`.
        prop.get("anyOf")?
            .as_array()?
            .iter()
            .find_map(|o| o.get("$ref")?.as_str())
    })?;
    r.rsplit('/').next().map(str::to_owned)
}

/// The part's definition as the root of a schema of its own.
fn extract(full: &Value, part: Part, defs_key: &str) -> Value {
    let Some(name) = def_name(full, part) else {
        return Value::Null;
    };
    let defs = full.get(defs_key).cloned().unwrap_or(Value::Null);
    let mut root = defs.get(&name).cloned().unwrap_or(Value::Null);
    let prop = &full["properties"][part.key()];
    if let Some(obj) = root.as_object_mut() {
        for key in ["title", "description"] {
            if let Some(v) = prop.get(key) {
                obj.insert(key.into(), v.clone());
            }
        }
    }
    // The definitions the part uses, transitively.
    let prefix = format!("#/{defs_key}/");
    let mut used: Vec<String> = Vec::new();
    let mut queue = refs(&root, &prefix);
    while let Some(next) = queue.pop() {
        if used.contains(&next) {
            continue;
        }
        if let Some(def) = defs.get(&next) {
            queue.extend(refs(def, &prefix));
        }
        used.push(next);
    }
    used.sort();
    let mut kept = Map::new();
    for name in used {
        if let Some(def) = defs.get(&name) {
            kept.insert(name, def.clone());
        }
    }
    let mut out = Map::new();
    if let Some(s) = full.get("$schema") {
        out.insert("$schema".into(), s.clone());
    }
    if let Value::Object(obj) = root {
        out.extend(obj);
    }
    if !kept.is_empty() {
        out.insert(defs_key.into(), Value::Object(kept));
    }
    Value::Object(out)
}

/// The definition names a schema refers to directly.
fn refs(schema: &Value, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    walk(schema, &mut |v| {
        if let Some(name) = v
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix(prefix))
        {
            out.push(name.to_owned());
        }
    });
    out
}

fn walk(value: &Value, f: &mut impl FnMut(&Value)) {
    f(value);
    match value {
        Value::Object(obj) => {
            for (k, v) in obj {
                if !matches!(k.as_str(), "enum" | "const" | "examples") {
                    walk(v, f);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| walk(v, f)),
        _ => {}
    }
}

/// The deepest subsection level a form draws, counted in [`Section`](crate::Section)s on
/// the path: a subsection (“（一）”) is 1, its third-level items (“1.”) 2, their
/// fourth-level items (“（1）”) 3. The model nests `Section.items` recursively but the format
/// stops at the fourth level (a rule reports deeper items), so an inlined fourth-level item
/// has no `items` property: the inlined schema is finite and still valid, and a form offers
/// no fifth level.
pub const DEEPEST_SECTION_LEVEL: u8 = 3;

/// The definition name of a subsection, the one recursive type of the model.
const SECTION: &str = "Section";

/// How many definitions may be inlined one inside another before the inlining stops (the
/// `$ref` is then kept): a guard against a recursive type other than
/// [`Section`](crate::Section), which is bounded by [`DEEPEST_SECTION_LEVEL`].
const MAX_REF_NESTING: usize = 24;

/// A draft-07 schema with every `$ref` into `definitions` replaced by the definition (the
/// field's own title and help text kept). `Section.items` is recursive: the inlining counts
/// the subsections on the path and drops `items` at [`DEEPEST_SECTION_LEVEL`].
pub(crate) fn inline(schema: &Value, defs: &Value) -> Value {
    inline_at(schema, defs, 0, 0)
}

/// `sections`: subsections enclosing `schema`; `refs`: definitions enclosing it.
fn inline_at(schema: &Value, defs: &Value, sections: u8, refs: usize) -> Value {
    match schema {
        Value::Object(obj) => {
            let mut out = Map::new();
            let mut sections = sections;
            let mut refs = refs;
            if refs < MAX_REF_NESTING
                && let Some((name, def)) = obj
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/definitions/"))
                    .and_then(|n| Some((n, defs.get(n)?)))
            {
                refs += 1;
                let mut def = def.clone();
                if name == SECTION {
                    sections += 1;
                    if sections >= DEEPEST_SECTION_LEVEL {
                        drop_property(&mut def, "items");
                    }
                }
                if let Value::Object(def) = inline_at(&def, defs, sections, refs) {
                    out = def;
                }
            }
            for (k, v) in obj {
                if k == "definitions" || (k == "$ref" && !out.is_empty()) {
                    continue;
                }
                let v = if matches!(k.as_str(), "enum" | "const" | "examples") {
                    v.clone()
                } else {
                    inline_at(v, defs, sections, refs)
                };
                out.insert(k.clone(), v);
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|v| inline_at(v, defs, sections, refs))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Removes a property from an object schema, and from its `required`.
fn drop_property(schema: &mut Value, name: &str) {
    if let Some(Value::Object(props)) = schema.get_mut("properties") {
        props.remove(name);
    }
    if let Some(Value::Array(required)) = schema.get_mut("required") {
        required.retain(|r| r != name);
    }
}

/// The whole report's draft-07 schema with every `$ref` inlined.
pub(crate) fn inlined_report() -> Value {
    let full = schema_for(Profile::Draft07);
    inline(&full, &full["definitions"])
}

/// A field is written as paragraphs (a multi-line control) when it may hold more than this
/// many characters.
pub(crate) const TEXTAREA_FROM: u64 = 300;

/// Whether a string schema is prose, shown as a multi-line control.
pub(crate) fn is_prose(s: &Value) -> bool {
    s.get("type") == Some(&json!("string"))
        && s.get("maxLength")
            .and_then(Value::as_u64)
            .is_some_and(|n| n >= TEXTAREA_FROM)
}

/// Whether an object schema is a figure (数量): a value with its unit.
pub(crate) fn is_figure(s: &Value) -> bool {
    s.get("properties")
        .is_some_and(|p| p.get("value").is_some() && p.get("unit").is_some())
}

/// Whether an object schema is a subsection (分项): a heading with a theme.
pub(crate) fn is_section(s: &Value) -> bool {
    s.get("properties")
        .is_some_and(|p| p.get("heading").is_some() && p.get("theme").is_some())
}

/// Whether a schema is a code list (`oneOf` of `const` + `title`).
pub(crate) fn codes(s: &Value) -> Option<Vec<(Value, Value)>> {
    let options = s.get("oneOf")?.as_array()?;
    options
        .iter()
        .map(|o| Some((o.get("const")?.clone(), o.get("title")?.clone())))
        .collect()
}

/// The inlined schema of a part, or of the whole report for `None`.
pub(crate) fn part_inlined(part: Option<Part>) -> Value {
    let report = inlined_report();
    match part {
        Some(p) => report["properties"][p.key()].clone(),
        None => report,
    }
}

// ---------------------------------------------------------------- rjsf

/// The CSS class rjsf's `ui:classNames` puts on each figure (数量): with
/// [`RJSF_CSS`] its value, unit and qualifier sit on one line.
pub const RJSF_FIGURE_CLASS: &str = "fz-figure";

/// The CSS a page using the rjsf uiSchema adds (rjsf 紧凑样式): figures on one line (数量在一行),
/// short fields (text, number, date, code) side by side in rows, several to a line, while
/// paragraphs, blocks and lists keep the full width (a list item's textarea too); and an
/// optional block that is not filled in (rjsf shows its title with an add button,
/// `enableOptionalDataFieldForType`) as a small inline chip without its help text, so that
/// the 39 possible blocks of a subsection take a few lines. The core theme's list buttons are
/// Bootstrap 3 glyph icons, empty without Bootstrap's font: the CSS gives them Chinese words
/// and arrows.
pub const RJSF_CSS: &str = concat!(
    ".rjsf fieldset { display: flex; flex-wrap: wrap; column-gap: 1em; align-items: flex-start; } ",
    ".rjsf fieldset > * { flex: 1 1 100%; min-width: 0; } ",
    ".rjsf fieldset > .rjsf-field-string:not(:has(textarea)), .rjsf fieldset > .rjsf-field-number, ",
    ".rjsf fieldset > .rjsf-field-integer, .rjsf fieldset > .rjsf-field-boolean { flex: 1 1 14em; } ",
    ".fz-figure > fieldset > .form-group { flex: 1 1 10em; } ",
    ".rjsf .rjsf-array-item > div:first-child { flex: 1 1 auto; min-width: 0; } ",
    ".rjsf textarea { width: 100%; box-sizing: border-box; } ",
    ".rjsf input[type=text], .rjsf input[type=number], .rjsf input[type=date], .rjsf select { width: 100%; box-sizing: border-box; } ",
    ".rjsf .form-group:has(> fieldset > legend .rjsf-add-optional-data) { flex: 0 0 auto; margin: 0 6px 4px 0; } ",
    "fieldset:has(> legend .rjsf-add-optional-data) { margin: 0; padding: 2px 6px; } ",
    "fieldset:has(> legend .rjsf-add-optional-data) > legend { font-weight: normal; font-size: 13px; margin: 0; } ",
    "fieldset:has(> legend .rjsf-add-optional-data) > :not(legend) { display: none; } ",
    ".rjsf-add-optional-data::after { content: \"＋\"; } .rjsf-remove-optional-data::after { content: \"－\"; } ",
    ".rjsf-array-item-add::after { content: \"＋ 添加\"; } .rjsf-array-item-remove::after { content: \"删除\"; } ",
    ".rjsf-array-item-move-up::after { content: \"↑\"; } .rjsf-array-item-move-down::after { content: \"↓\"; } ",
    ".rjsf-array-item-copy::after { content: \"复制\"; }",
);

/// The `ui:options` key the rjsf uiSchema sets on every list of objects (条目折叠): a page
/// that registers an `ArrayFieldItemTemplate` folding such items (the README shows one in a
/// `<details>` element, the first item open) draws one item of each list at a time. rjsf's
/// own templates ignore the option.
pub const RJSF_FOLD_OPTION: &str = "foldItems";

/// The react-jsonschema-form uiSchema (rjsf 界面模式) of a part, or of the whole report for
/// `None`: `ui:order` in report order on every object, `ui:widget: textarea` for paragraphs,
/// figures on one line (`ui:classNames` [`RJSF_FIGURE_CLASS`] with [`RJSF_CSS`]), and
/// `ui:globalOptions.enableOptionalDataFieldForType` so that rjsf 6 draws an optional block
/// only after the drafter adds it.
///
/// ```
/// use fazhi_report::schema::{Part, rjsf_uischema};
/// let ui = rjsf_uischema(Some(Part::Measures));
/// assert_eq!(ui["items"]["items"]["paragraphs"]["items"]["ui:widget"], "textarea");
/// ```
#[must_use]
pub fn rjsf_uischema(part: Option<Part>) -> Value {
    let schema = part_inlined(part);
    let mut ui = rjsf_node(&schema);
    if let Some(obj) = ui.as_object_mut() {
        obj.insert(
            "ui:globalOptions".into(),
            json!({ "enableOptionalDataFieldForType": ["object", "array"] }),
        );
        obj.insert(
            "ui:submitButtonOptions".into(),
            json!({ "submitText": "提交" }),
        );
    }
    ui
}

/// react-jsonschema-form's own English words and their Chinese (rjsf 界面文字翻译表), keyed by
/// rjsf's `TranslatableString` values (`%1`, `%2` are its parameters), for the `translateString`
/// prop of `<Form>`: `(s, params) => replaceStringParameters(table[s] ?? s, params)` with
/// `replaceStringParameters` from `@rjsf/utils` (`schema/report.rjsf.i18n.json`).
#[must_use]
pub fn rjsf_translations() -> Value {
    json!({
        "Item": "条目",
        "Missing items definition": "缺少条目定义",
        "No items yet. Use the button below to add some.": "尚无条目，请用下方按钮添加。",
        "Yes": "是",
        "No": "否",
        "Close": "关闭",
        "Errors": "错误",
        "New Value": "新值",
        "Add": "添加",
        "Add Item": "添加一项",
        "Copy": "复制",
        "Move down": "下移",
        "Move up": "上移",
        "Remove": "删除",
        "Now": "现在",
        "Clear": "清除",
        "Select a date": "选择日期",
        "Preview": "预览",
        "Decrease value by 1": "减 1",
        "Increase value by 1": "加 1",
        "Add data for optional field": "填写此项（可选）",
        "Remove data for optional field": "删除此项",
        "No data for optional field": "未填写（可选）",
        "Type": "类型",
        "Value": "值",
        "clear input": "清除输入",
        "Option %1": "选项 %1",
        "%1 option %2": "%1 选项 %2",
        "%1 Key": "%1 键",
        "%1 (deprecated)": "%1（已弃用）",
        "Unsupported field schema.": "不支持的字段模式。",
    })
}

fn rjsf_node(s: &Value) -> Value {
    let mut ui = Map::new();
    if let Some(Value::Object(props)) = s.get("properties") {
        let order: Vec<Value> = props.keys().map(|k| json!(k)).collect();
        ui.insert("ui:order".into(), Value::Array(order));
        if is_figure(s) {
            ui.insert("ui:classNames".into(), RJSF_FIGURE_CLASS.into());
        }
        for (name, prop) in props {
            let child = rjsf_node(prop);
            if child.as_object().is_some_and(|o| !o.is_empty()) {
                ui.insert(name.clone(), child);
            }
        }
    } else if let Some(items) = s.get("items") {
        let child = rjsf_node(items);
        if child.as_object().is_some_and(|o| !o.is_empty()) {
            ui.insert("items".into(), child);
        }
        if items.get("properties").is_some() {
            ui.insert("ui:options".into(), json!({ RJSF_FOLD_OPTION: true }));
        }
    } else if is_prose(s) {
        ui.insert("ui:widget".into(), "textarea".into());
        ui.insert("ui:options".into(), json!({"rows": 4}));
    }
    Value::Object(ui)
}

// ---------------------------------------------------------------- JSON Forms

/// The UI schema for JSON Forms (vanilla renderers) of one part: the part's fields in report
/// order with Chinese labels, nested objects in `Group`s, figures in a `HorizontalLayout`,
/// paragraphs multi-line (`options.multi`), and lists of objects as a `Control` with a `detail`
/// layout. Scopes are relative to the part's own schema
/// ([`schema_for_part`]).
#[must_use]
pub fn jsonforms_uischema_for_part(part: Part) -> Value {
    let schema = part_inlined(Some(part));
    json!({"type": "VerticalLayout", "elements": jf_elements(&schema, "#")})
}

/// The JSON Forms UI schema of the whole report: a `Categorization` with one `Category` per
/// part, "报告基本信息" first, each laid out as [`jsonforms_uischema_for_part`] with scopes
/// into the report.
pub(crate) fn jsonforms_categorization() -> Value {
    let report = inlined_report();
    let mut categories = Vec::new();
    for part in Part::ALL {
        let prop = &report["properties"][part.key()];
        let scope = format!("#/properties/{}", part.key());
        categories.push(json!({
            "type": "Category",
            "label": prop.get("title").cloned().unwrap_or(Value::Null),
            "elements": jf_elements(prop, &scope),
        }));
    }
    json!({"type": "Categorization", "elements": categories})
}

fn jf_label(s: &Value) -> Value {
    s.get("title").cloned().unwrap_or(Value::Null)
}

fn jf_elements(s: &Value, scope: &str) -> Vec<Value> {
    let Some(Value::Object(props)) = s.get("properties") else {
        return Vec::new();
    };
    props
        .iter()
        .map(|(name, prop)| jf_element(prop, &format!("{scope}/properties/{name}")))
        .collect()
}

pub(crate) fn jf_element(s: &Value, scope: &str) -> Value {
    let label = jf_label(s);
    if s.get("properties").is_some() {
        let layout = if is_figure(s) {
            "HorizontalLayout"
        } else {
            "VerticalLayout"
        };
        return json!({
            "type": "Group",
            "label": label,
            "elements": [{"type": layout, "elements": jf_elements(s, scope)}],
        });
    }
    if let Some(item) = s.get("items") {
        if item.get("properties").is_some() {
            let detail = if is_section(item) {
                super::section_detail(item)
            } else {
                jf_elements(item, "#")
            };
            let mut options = json!({
                "detail": {"type": "VerticalLayout", "elements": detail},
            });
            if let Some((first, _)) =
                item.get("properties")
                    .and_then(Value::as_object)
                    .and_then(|p| {
                        p.iter().find(|(_, v)| {
                            v.get("type") == Some(&json!("string")) && codes(v).is_none()
                        })
                    })
            {
                options["labelRef"] = json!(format!("#/properties/{first}"));
            }
            return json!({"type": "Control", "scope": scope, "label": label, "options": options});
        }
        if is_prose(item) {
            return json!({
                "type": "Control", "scope": scope, "label": label,
                "options": {"multi": true},
            });
        }
        return json!({"type": "Control", "scope": scope, "label": label});
    }
    if is_prose(s) {
        return json!({"type": "Control", "scope": scope, "label": label, "options": {"multi": true}});
    }
    json!({"type": "Control", "scope": scope, "label": label})
}

/// JSON Forms' own English words (vanilla renderers) and their Chinese, the table behind the
/// `i18n.translate` function a page passes to `<JsonForms i18n={…}>` (界面文字翻译表).
/// Keys are JSON Forms' i18n keys (`<path>.<key>` falls back to the last segment) and the
/// English defaults it prints.
#[must_use]
pub fn jsonforms_i18n() -> Value {
    json!({
        "locale": "zh-CN",
        "translations": {
            "add": "添加",
            "addTooltip": "添加一项",
            "addAriaLabel": "添加一项",
            "remove": "删除",
            "removeTooltip": "删除此项",
            "removeAriaLabel": "删除此项",
            "delete": "删除",
            "deleteDialog.title": "确认删除",
            "deleteDialog.message": "确定删除这一项吗？",
            "deleteDialog.accept": "删除",
            "deleteDialog.decline": "取消",
            "up": "上移",
            "upAriaLabel": "上移",
            "moveUp": "上移",
            "down": "下移",
            "downAriaLabel": "下移",
            "moveDown": "下移",
            "noDataMessage": "暂无数据",
            "noSelection": "未选择",
            "items": "条目",
            "valid": "有效",
            "enum.none": "未选择",
            "Valid": "有效",
            "No data": "暂无数据",
            "Items": "条目",
            "Delete": "删除",
            "Add": "添加",
            "Up": "上移",
            "Down": "下移",
        }
    })
}
