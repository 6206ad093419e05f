//! JSON Schema of a report for form builders and servers (表单模式), in the profiles the
//! clients in use need, plus the JSON Forms UI schema.
//!
//! Every schema is generated from the same Rust types with `schemars`, so it describes
//! exactly the shape [`Report::from_json_str`](crate::Report::from_json_str) reads: the same
//! keys (unknown keys are rejected), the same required fields, Chinese titles and help text
//! on every object, field and code, `format: date` for dates, `minimum` for figures, the
//! year range, and generous but finite `maxLength`/`maxItems`. Properties follow the order of
//! the printed report.
//!
//! | profile | for | file in `schema/` |
//! | --- | --- | --- |
//! | [`Profile::Canonical`] | validators, code generators (draft 2020-12) | `report.schema.json` |
//! | [`Profile::Draft07`] | react-jsonschema-form, JSON Forms (draft-07) | `report.draft-07.schema.json` |
//! | [`Profile::OpenApi3`] | REST servers: utoipa, aide (OpenAPI 3.0 components) | `report.openapi.json` |
//! | [`Profile::Formily`] | Formily with `@formily/antd-v5` | `report.formily.json` |
//!
//! [`jsonforms_uischema`] is the UI schema JSON Forms' vanilla renderers need to show nested
//! objects (`report.jsonforms.uischema.json`), and [`artifacts`] lists every published file,
//! including the rule catalogue (`rules.json`).
//!
//! What JSON Schema cannot say, the crate still checks when it parses: a figure has at most
//! 15 significant digits ([`MAX_SIGNIFICANT_DIGITS`](crate::MAX_SIGNIFICANT_DIGITS)), and an
//! integer field is written without a fraction (`2023`, not `2023.0`). The schemas in turn
//! hold form-level limits the parser leaves to [`Report::validate`](crate::Report): text
//! lengths (`minLength: 1` on required text, `maxLength` everywhere) and duties listed once.
//! Formats are assertions only where the validator enables them (Ajv with `ajv-formats`;
//! `jsonschema` with format validation on). The draft-07 and OpenAPI profiles leave out the
//! explicit `null` the parser also accepts for an optional field: a form omits the field.
//!
//! ## Form clients
//!
//! - **react-jsonschema-form**: load the draft-07 profile with `@rjsf/validator-ajv8`. Pass
//!   `experimental_defaultFormStateBehavior: {emptyObjectFields: "skipEmptyDefaults",
//!   constAsDefaults: "never"}`: by default rjsf fills every optional object with `{}` (whose
//!   required fields then fail) and every optional code with its first value.
//! - **JSON Forms**: load the draft-07 profile with [`jsonforms_uischema`] as `uischema`.
//! - **Formily**: load [`Profile::Formily`] (`report.formily.json`, or per part
//!   `parts/<part>.formily.json`), a Formily schema with `x-component`/`x-decorator` on every
//!   field; `additionalProperties: false` and the whole-number `if`/`then` are not enforced by
//!   Formily, so validate on the server.
//!
//! One form per part: [`schema_for_part`] with [`Part`], and the UI schemas
//! [`rjsf_uischema`] and [`jsonforms_uischema_for_part`]. The server's findings go to each
//! client's error display with [`rjsf_extra_errors`], [`jsonforms_additional_errors`] and
//! [`formily_feedbacks`]. The recursive `Section.items` is inlined in the UI schemas and the
//! Formily schema down to the fourth level ([`DEEPEST_SECTION_LEVEL`]).
//!
//! ```
//! use fazhi_report::schema::{Profile, schema_for};
//! let form = schema_for(Profile::Draft07);
//! assert_eq!(form["$schema"], "http://json-schema.org/draft-07/schema#");
//! assert_eq!(form["properties"]["meta"]["title"], "报告基本信息");
//! ```

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use crate::model::{Report, SchemaVersion, Unit};

mod findings;
mod formily;
mod forms;

pub use formily::FORMILY_CSS;

pub use findings::{
    finding_text, formily_feedbacks, jsonforms_additional_errors, rjsf_extra_errors,
};
pub use forms::{
    DEEPEST_SECTION_LEVEL, Part, RJSF_CSS, RJSF_FIGURE_CLASS, RJSF_FOLD_OPTION, jsonforms_i18n,
    jsonforms_uischema_for_part, rjsf_translations, rjsf_uischema, schema_for_part,
};

/// A schema profile (模式版本): the dialect and the constructs one family of clients reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Profile {
    /// JSON Schema draft 2020-12 with `$defs`: the contract itself, for validators and code
    /// generators. Optional fields that the parser also accepts as `null` allow `null`, and
    /// a figure in a whole-number unit (件, 处, 人次 …) must be an integer (`if`/`then`).
    Canonical,
    /// JSON Schema draft-07 with `definitions`, for react-jsonschema-form, JSON Forms and
    /// Formily. A field that refers to a definition keeps its own title and help text beside
    /// the `$ref` (rjsf shows them; JSON Forms takes its labels from
    /// [`jsonforms_uischema`]). An optional field is simply not required: there is no
    /// `anyOf [X, null]`, which the form clients cannot render.
    Draft07,
    /// An OpenAPI 3.0 document whose `components.schemas` hold `Report` and every type it
    /// uses, for REST servers (utoipa, aide). OpenAPI 3.0 has no `if`/`then`, so the
    /// whole-number rule for counted units is checked by the parser only.
    OpenApi3,
    /// A Formily JSON schema (Formily 模式) for `@formily/react` 2.3 with `@formily/antd-v5`:
    /// no `$ref`, `x-component` and `x-decorator` on every field (`Input`, `Input.TextArea`,
    /// `NumberPicker`, `DatePicker`, `Select` with `enum: [{label, value}]`, `Checkbox`),
    /// lists of objects as `ArrayCollapse` (one open at a time), lists of text as
    /// `ArrayItems`, figures in a `FormGrid` row, the parts as the tabs of a `FormTab`, and
    /// `x-validator` for `minimum`, `maximum`, `minLength`, `maxLength`, `pattern`. A field is
    /// `required` only when every block above it is required: Formily would otherwise ask
    /// for the fields of an optional block the drafter left out, so those are checked by the
    /// server. The page passes `scope={{ formTab }}`.
    Formily,
}

impl Profile {
    /// Every profile, canonical first.
    pub const ALL: [Profile; 4] = [
        Profile::Canonical,
        Profile::Draft07,
        Profile::OpenApi3,
        Profile::Formily,
    ];

    /// The file name under which the profile is published in `schema/`.
    #[must_use]
    pub const fn file_name(self) -> &'static str {
        match self {
            Profile::Canonical => "report.schema.json",
            Profile::Draft07 => "report.draft-07.schema.json",
            Profile::OpenApi3 => "report.openapi.json",
            Profile::Formily => "report.formily.json",
        }
    }
}

/// The meta-schema URI of draft 2020-12.
const DRAFT_2020_12: &str = "https://json-schema.org/draft/2020-12/schema";
/// The meta-schema URI of draft-07.
const DRAFT_07: &str = "http://json-schema.org/draft-07/schema#";

/// The canonical schema of a report (draft 2020-12), i.e. `schema_for(Profile::Canonical)`.
#[must_use]
pub fn schema() -> Value {
    schema_for(Profile::Canonical)
}

/// The schema of a report in the given profile.
#[must_use]
pub fn schema_for(profile: Profile) -> Value {
    let mut root = base();
    match profile {
        Profile::Canonical => root,
        Profile::Draft07 => {
            visit_mut(&mut root, &mut |s| {
                drop_null(s);
                s.remove("default");
            });
            move_defs(&mut root, "definitions");
            if let Some(obj) = root.as_object_mut() {
                obj.insert("$schema".into(), DRAFT_07.into());
            }
            root
        }
        Profile::OpenApi3 => openapi(root),
        Profile::Formily => formily::formily_schema(),
    }
}

/// The files published in `schema/`, as (file name, content): the three profiles, the JSON
/// Forms UI schema and the rule catalogue. `cargo run --example export_schema` writes them.
#[must_use]
pub fn artifacts() -> Vec<(&'static str, Value)> {
    let mut files: Vec<(&'static str, Value)> = Profile::ALL
        .iter()
        .map(|p| (p.file_name(), schema_for(*p)))
        .collect();
    files.push(("report.jsonforms.uischema.json", jsonforms_uischema()));
    files.push(("report.jsonforms.i18n.json", jsonforms_i18n()));
    files.push(("report.rjsf.uischema.json", rjsf_uischema(None)));
    files.push(("report.rjsf.i18n.json", rjsf_translations()));
    files.push(("rules.json", crate::validate::Rule::catalogue_json()));
    files
}

/// The text of a published file of `schema/` (see [`artifacts`] and [`part_artifacts`]):
/// pretty-printed JSON for the schemas people read (the three profiles of the whole
/// report, the translation tables, the rule catalogue), compact JSON for the form profiles,
/// which inline every definition for their clients and are read by machines (pretty-printed,
/// the deep nesting of the Formily schema alone took 19 MB of indentation); each ends with a
/// newline.
///
/// # Errors
///
/// Serialising a `Value` does not fail; the error is `serde_json`'s, passed on.
pub fn artifact_text(name: &str, value: &Value) -> Result<String, serde_json::Error> {
    let compact = name.ends_with(".formily.json")
        || name.ends_with(".uischema.json")
        || name.starts_with("parts/");
    let text = if compact {
        serde_json::to_string(value)?
    } else {
        serde_json::to_string_pretty(value)?
    };
    Ok(text + "\n")
}

/// The per-part files published in `schema/parts/`, as (path under `schema/`, content): for
/// each [`Part`], its draft-07 schema (`parts/<key>.draft-07.schema.json`), its rjsf and
/// JSON Forms UI schemas (`parts/<key>.rjsf.uischema.json`,
/// `parts/<key>.jsonforms.uischema.json`) and its Formily schema (`parts/<key>.formily.json`).
#[must_use]
pub fn part_artifacts() -> Vec<(String, Value)> {
    let mut files = Vec::new();
    for part in Part::ALL {
        let key = part.key();
        files.push((
            format!("parts/{key}.draft-07.schema.json"),
            schema_for_part(part, Profile::Draft07),
        ));
        files.push((
            format!("parts/{key}.rjsf.uischema.json"),
            rjsf_uischema(Some(part)),
        ));
        files.push((
            format!("parts/{key}.jsonforms.uischema.json"),
            jsonforms_uischema_for_part(part),
        ));
        files.push((
            format!("parts/{key}.formily.json"),
            schema_for_part(part, Profile::Formily),
        ));
    }
    files
}

/// The schema as schemars generates it, with the fixes every profile shares.
fn base() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut root = generator.into_root_schema_for::<Report>().to_value();
    visit_mut(&mut root, &mut |s| {
        enum_type(s);
        integer_format(s);
        chinese_full_stop(s);
    });
    if let Some(Value::Object(quantity)) = root.pointer_mut("/$defs/Quantity") {
        let whole: Vec<&str> = Unit::KNOWN
            .iter()
            .filter(|u| u.is_whole())
            .map(Unit::as_str)
            .collect();
        quantity.insert(
            "if".into(),
            json!({"properties": {"unit": {"enum": whole}}, "required": ["unit"]}),
        );
        quantity.insert(
            "then".into(),
            json!({"properties": {"value": {"type": "integer"}}}),
        );
    }
    if let Some(obj) = root.as_object_mut() {
        obj.insert("$schema".into(), DRAFT_2020_12.into());
    }
    root
}

/// Applies `f` to every schema object, parents before children.
fn visit_mut(value: &mut Value, f: &mut impl FnMut(&mut Map<String, Value>)) {
    match value {
        Value::Object(obj) => {
            f(obj);
            for (key, child) in obj.iter_mut() {
                // `properties` and `$defs` map names to schemas; `enum`/`const`/`examples`
                // hold instance values, not schemas.
                if matches!(key.as_str(), "enum" | "const" | "examples" | "example") {
                    continue;
                }
                if matches!(key.as_str(), "properties" | "$defs" | "definitions") {
                    if let Value::Object(map) = child {
                        for schema in map.values_mut() {
                            visit_mut(schema, f);
                        }
                    }
                } else {
                    visit_mut(child, f);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                visit_mut(item, f);
            }
        }
        _ => {}
    }
}

/// `"type": "string"` beside a `oneOf` of string constants: react-jsonschema-form renders
/// such a `oneOf` as a `<select>` only with it.
fn enum_type(s: &mut Map<String, Value>) {
    let all_string_consts = match s.get("oneOf") {
        Some(Value::Array(options)) => {
            !options.is_empty()
                && options
                    .iter()
                    .all(|o| o.get("const").is_some_and(Value::is_string))
        }
        _ => false,
    };
    if all_string_consts && !s.contains_key("type") {
        s.insert("type".into(), "string".into());
    }
}

/// Replaces schemars' integer formats (`uint32` …), which no form client knows, with the
/// range they stand for.
fn integer_format(s: &mut Map<String, Value>) {
    let max: u64 = match s.get("format").and_then(Value::as_str) {
        Some("uint8") => u64::from(u8::MAX),
        Some("uint16") => u64::from(u16::MAX),
        Some("uint32") => u64::from(u32::MAX),
        _ => return,
    };
    s.remove("format");
    s.insert("minimum".into(), 0.into());
    s.insert("maximum".into(), max.into());
}

/// Ends Chinese help text taken from doc comments with a Chinese full stop.
fn chinese_full_stop(s: &mut Map<String, Value>) {
    if let Some(Value::String(text)) = s.get_mut("description")
        && text.ends_with('.')
        && text
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| !c.is_ascii() && c != '.')
    {
        text.pop();
        text.push('。');
    }
}

/// Makes an optional field a plain schema of its type: `anyOf [X, {"type": "null"}]` becomes
/// X, `"type": ["string", "null"]` becomes `"string"`. The field stays not required.
fn drop_null(s: &mut Map<String, Value>) {
    let is_null = |v: &Value| v.get("type").and_then(Value::as_str) == Some("null");
    if let Some(Value::Array(options)) = s.get("anyOf")
        && options.len() == 2
        && options.iter().any(is_null)
    {
        let inner = options.iter().find(|o| !is_null(o)).cloned();
        s.remove("anyOf");
        if let Some(Value::Object(inner)) = inner {
            for (key, value) in inner {
                s.entry(key).or_insert(value);
            }
        }
    }
    if let Some(Value::Array(types)) = s.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            s.insert("type".into(), only);
        }
    }
}

/// Moves `$defs` to `definitions_key` and points every `$ref` there.
fn move_defs(root: &mut Value, definitions_key: &str) {
    let target = format!("#/{definitions_key}/");
    visit_mut(root, &mut |s| {
        if let Some(Value::String(reference)) = s.get_mut("$ref")
            && let Some(name) = reference.strip_prefix("#/$defs/")
        {
            *reference = format!("{target}{name}");
        }
    });
    if let Some(obj) = root.as_object_mut()
        && let Some(defs) = obj.remove("$defs")
    {
        obj.insert(definitions_key.into(), defs);
    }
}

/// The OpenAPI 3.0 document: `components.schemas` with `Report` and its types.
fn openapi(mut root: Value) -> Value {
    let mut schemas = Map::new();
    let defs = root.as_object_mut().and_then(|o| o.remove("$defs"));
    if let Some(obj) = root.as_object_mut() {
        obj.remove("$schema");
    }
    schemas.insert("Report".into(), root);
    if let Some(Value::Object(defs)) = defs {
        schemas.extend(defs);
    }
    let mut schemas = Value::Object(schemas);
    visit_mut(&mut schemas, &mut |s| {
        drop_null(s);
        for keyword in ["if", "then", "else"] {
            s.remove(keyword);
        }
        if let Some(value) = s.remove("const") {
            s.insert("enum".into(), Value::Array(vec![value]));
        }
        if let Some(Value::Array(examples)) = s.remove("examples")
            && let Some(first) = examples.into_iter().next()
        {
            s.insert("example".into(), first);
        }
        if let Some(Value::String(target)) = s.get("$ref")
            && let Some(name) = target.strip_prefix("#/$defs/")
        {
            let reference = json!({ "$ref": format!("#/components/schemas/{name}") });
            s.remove("$ref");
            if s.is_empty() {
                s.extend(reference.as_object().cloned().unwrap_or_default());
            } else {
                // OpenAPI 3.0 ignores the siblings of a `$ref`: wrap it to keep the title.
                s.insert("allOf".into(), Value::Array(vec![reference]));
            }
        }
    });
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "法治政府建设年度报告 (fazhi-report)",
            "description": "法治政府建设年度报告的数据结构，由 fazhi-report 从 Rust 类型生成。",
            "version": SchemaVersion::CURRENT.to_string(),
        },
        "paths": {},
        "components": { "schemas": schemas },
    })
}

/// The detail of a subsection (分项) in the JSON Forms UI schema: a `Categorization` with one
/// `Category` per theme group (the vanilla renderers draw one category at a time, so a
/// subsection shows its heading, paragraphs and figures first and each theme's blocks when
/// the drafter picks it). `section` is the inlined subsection ([`forms::inline`]), whose
/// `items` stop at the fourth level.
pub(crate) fn section_detail(section: &Value) -> Vec<Value> {
    let categories: Vec<Value> = Ui
        .section_groups(section)
        .into_iter()
        .map(|mut group| {
            group["type"] = "Category".into();
            group
        })
        .collect();
    vec![json!({"type": "Categorization", "elements": categories})]
}

/// A subsection's field names grouped by theme, in [`SECTION_GROUPS`] order, with each
/// group's Chinese label; empty groups left out, unplaced fields in a last group
/// [`OTHER_GROUP`]. `section` is an object schema of a subsection.
pub(crate) fn section_group_names(section: &Value) -> Vec<(Value, Vec<String>)> {
    let Some(Value::Object(properties)) = section.get("properties") else {
        return Vec::new();
    };
    let themes = theme_titles_cached();
    let mut placed: Vec<&str> = Vec::new();
    let mut groups = Vec::new();
    let mut group = |label: Value, names: &[&str]| {
        let members: Vec<String> = names
            .iter()
            .filter(|name| properties.contains_key(**name))
            .map(|name| (*name).to_owned())
            .collect();
        if !members.is_empty() {
            groups.push((label, members));
        }
    };
    for (theme, names) in SECTION_GROUPS {
        let label = match theme {
            Some(code) => themes.get(*code).cloned().unwrap_or(Value::Null),
            None => section.get("title").cloned().unwrap_or(Value::Null),
        };
        placed.extend(names.iter().copied());
        group(label, names);
    }
    let rest: Vec<&str> = properties
        .keys()
        .map(String::as_str)
        .filter(|name| !placed.contains(name))
        .collect();
    group(OTHER_GROUP.into(), &rest);
    groups
}

/// [`theme_titles`] of the draft-07 profile, computed once.
fn theme_titles_cached() -> &'static Map<String, Value> {
    static TITLES: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    TITLES.get_or_init(|| theme_titles(&schema_for(Profile::Draft07)))
}

/// Which [`Section`](crate::Section) fields the UI schema groups under which theme, in the
/// order of the 纲要's chapters. Fields not listed here are shown in a last group, so a new
/// block is never hidden.
const SECTION_GROUPS: &[(Option<&str>, &[&str])] = &[
    (
        None,
        &[
            "heading",
            "theme",
            "paragraphs",
            "indicators",
            "stocks",
            "period",
            "figures",
            "breakdowns",
            "comparisons",
            "periods",
            "documents",
            "items",
        ],
    ),
    (
        Some("study_and_leadership"),
        &["studies", "study_materials"],
    ),
    (
        Some("government_functions"),
        &[
            "campaigns",
            "services",
            "publications",
            "government_services",
            "evaluations",
        ],
    ),
    (
        Some("rules_and_documents"),
        &["normative_documents", "filing_review"],
    ),
    (
        Some("decisions_and_counsel"),
        &["decisions", "decision_making", "counsel"],
    ),
    (
        Some("law_enforcement"),
        &[
            "enforcement",
            "sector_enforcement",
            "cooperation",
            "supervision",
            "cases",
        ],
    ),
    (
        Some("emergencies_and_safety"),
        &["hazards", "inspections", "accidents"],
    ),
    (
        Some("disputes"),
        &["reconsideration", "litigation", "petitions"],
    ),
    (Some("supervision_and_openness"), &["openness"]),
    (Some("legal_publicity"), &["publicity"]),
    (Some("responsibility"), &["duties", "rectifications"]),
];

/// The UI schema for JSON Forms (vanilla renderers) of the whole report
/// (`report.jsonforms.uischema.json`): a `Categorization` with one `Category` per part,
/// "报告基本信息" first, each laid out as [`jsonforms_uischema_for_part`]: every nested
/// object in a `Group` (the vanilla renderers show a nested object only there), every
/// control with its Chinese label, paragraphs multi-line, figures on one line and lists of
/// objects as a `Control` with a `detail` layout (the vanilla renderers draw every item open;
/// their `ListWithDetail` is not registered in the vanilla set).
#[must_use]
pub fn jsonforms_uischema() -> Value {
    forms::jsonforms_categorization()
}

/// Theme code → Chinese title, from the schema; `responsibility` → the title of part 三.
fn theme_titles(form: &Value) -> Map<String, Value> {
    let mut titles = Map::new();
    if let Some(Value::Array(options)) = form.pointer("/definitions/Theme/oneOf") {
        for option in options {
            if let (Some(Value::String(code)), Some(title)) =
                (option.get("const"), option.get("title"))
            {
                titles.insert(code.clone(), title.clone());
            }
        }
    }
    if let Some(title) = form.pointer("/properties/responsibility/title") {
        titles.insert("responsibility".into(), title.clone());
    }
    titles
}

/// The JSON Forms layout of a subsection's fields, by theme.
struct Ui;

impl Ui {
    /// A subsection's fields grouped by theme, as `Group`s. `section` is inlined: a
    /// fourth-level item has no `items` there, so the layout ends where the schema does.
    fn section_groups(&self, section: &Value) -> Vec<Value> {
        let Some(Value::Object(properties)) = section.get("properties") else {
            return Vec::new();
        };
        section_group_names(section)
            .into_iter()
            .map(|(label, names)| {
                let members: Vec<Value> = names
                    .iter()
                    .filter_map(|name| {
                        let prop = properties.get(name)?;
                        Some(forms::jf_element(prop, &format!("#/properties/{name}")))
                    })
                    .collect();
                json!({"type": "Group", "label": label, "elements": members})
            })
            .collect()
    }
}

/// The label of the group that holds subsection fields [`SECTION_GROUPS`] does not place.
const OTHER_GROUP: &str = "其他信息";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drop_null_unwraps_optional_fields() {
        let mut s =
            json!({"title": "主题", "anyOf": [{"$ref": "#/$defs/Theme"}, {"type": "null"}]});
        visit_mut(&mut s, &mut drop_null);
        assert_eq!(s, json!({"title": "主题", "$ref": "#/$defs/Theme"}));
        let mut s = json!({"type": ["integer", "null"], "minimum": 0});
        visit_mut(&mut s, &mut drop_null);
        assert_eq!(s, json!({"type": "integer", "minimum": 0}));
    }

    #[test]
    fn inlined_items_stop_at_the_fourth_level() {
        let report = forms::part_inlined(None);
        let level = |depth: usize| {
            let mut s = &report["properties"]["measures"]["properties"]["items"]["items"];
            for _ in 1..depth {
                s = &s["properties"]["items"]["items"];
            }
            s.clone()
        };
        for depth in 1..usize::from(DEEPEST_SECTION_LEVEL) {
            assert!(forms::is_section(&level(depth)), "level {depth}");
            assert!(
                level(depth)["properties"]["items"].is_object(),
                "level {depth}"
            );
        }
        let deepest = level(usize::from(DEEPEST_SECTION_LEVEL));
        assert!(forms::is_section(&deepest));
        assert!(deepest["properties"].get("items").is_none());
        assert!(
            !deepest["required"]
                .as_array()
                .is_some_and(|r| r.contains(&json!("items")))
        );
        // Nothing left to resolve.
        assert!(!report.to_string().contains("\"$ref\""));
    }

    #[test]
    fn integer_formats_become_ranges() {
        let mut s = json!({"type": "integer", "format": "uint32", "minimum": 0});
        visit_mut(&mut s, &mut integer_format);
        assert_eq!(
            s,
            json!({"type": "integer", "minimum": 0, "maximum": 4294967295u64})
        );
    }

    /// The subsection field a group member shows: the first segment of its first scope.
    fn field_of(element: &Value) -> Option<String> {
        if let Some(scope) = element.get("scope").and_then(Value::as_str) {
            return scope
                .strip_prefix("#/properties/")?
                .split('/')
                .next()
                .map(str::to_owned);
        }
        element
            .get("elements")?
            .as_array()?
            .iter()
            .find_map(field_of)
    }

    #[test]
    fn every_section_field_is_grouped_once() {
        let form = schema_for(Profile::Draft07);
        let ui = Ui;
        // A subsection as the forms see it: inlined, its items to the fourth level.
        let section = &forms::inline(&form["definitions"]["Section"], &form["definitions"]);
        let groups = ui.section_groups(section);
        let mut shown: Vec<String> = groups
            .iter()
            .flat_map(|g| g["elements"].as_array().cloned().unwrap_or_default())
            .filter_map(|e| field_of(&e))
            .collect();
        let labels: Vec<&Value> = groups.iter().map(|g| &g["label"]).collect();
        assert!(
            !labels.contains(&&json!(OTHER_GROUP)),
            "every field has a theme group"
        );
        assert!(labels.iter().all(|l| l.is_string()), "{labels:?}");
        let mut fields: Vec<String> = section["properties"]
            .as_object()
            .expect("subsections have properties")
            .keys()
            .cloned()
            .collect();
        shown.sort();
        fields.sort();
        assert_eq!(shown, fields);
    }
}
