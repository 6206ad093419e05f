//! The per-part forms in real browsers (表单浏览器测试): `tests/browser/run.mjs` renders the
//! reference report (`tests/fixtures/reference.json`) part by part in react-jsonschema-form,
//! JSON Forms and Formily in headless Chromium, with the crate's schemas, UI schemas and
//! findings adapters, and checks that no field is unsupported and no component unknown, that
//! there is no console error, that every label is Chinese, that no English is left in
//! buttons, table heads and placeholders but the words JSON Forms' vanilla renderers
//! hard-code, that every finding of [`Report::validate`] is shown inside its field's
//! element, that paragraphs are multi-line controls, and that Formily's own validation
//! passes. It prints each form's page height and holds them to the targets: 30,000 px a
//! part, 3,000 px for the metadata, at 1,000 px wide.
//!
//! Needs `node`, `npm` and Chromium (`/usr/bin/chromium`, or `CHROMIUM_PATH`); installs the
//! pinned packages of `tests/browser` with `npm ci` when `node_modules` is missing. Without
//! them the test fails when `CI` is set and is skipped with a note otherwise. Screenshots of
//! the metadata and measures forms go to `target/forms-browser/screenshots/`.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use fazhi_report::Report;
use fazhi_report::schema::{
    FORMILY_CSS, Part, Profile, RJSF_CSS, finding_text, formily_feedbacks,
    jsonforms_additional_errors, jsonforms_i18n, jsonforms_uischema_for_part, rjsf_extra_errors,
    rjsf_translations, rjsf_uischema, schema_for_part,
};
use serde_json::{Value, json};

fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM_PATH")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// How many paragraphs (`paragraphs` lists) the data holds: each is a multi-line control.
fn paragraphs(value: &Value) -> usize {
    match value {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| match (k.as_str(), v) {
                ("paragraphs", Value::Array(list)) => list.len(),
                _ => paragraphs(v),
            })
            .sum(),
        Value::Array(list) => list.iter().map(paragraphs).sum(),
        _ => 0,
    }
}

/// Writes one input file per part and client for `run.mjs`.
fn write_inputs(dir: &Path) {
    let text = fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reference.json"),
    )
    .expect("reference report");
    let report = Report::from_json_str(&text).expect("reference parses");
    let data = serde_json::to_value(&report).expect("serialises");
    let validation = report.validate();
    fs::create_dir_all(dir).expect("input dir");
    for part in Part::ALL {
        let key = part.key();
        let form_data = data.get(key).cloned().unwrap_or(json!({}));
        // Every finding of the part, at its pointer relative to the part's form.
        let expected: Vec<Value> = validation
            .findings()
            .iter()
            .filter_map(|f| {
                let (p, rest) = Part::split_pointer(f.pointer())?;
                (p == part).then(|| {
                    let segments: Vec<&str> = rest.split('/').skip(1).collect();
                    json!({"segments": segments, "message": finding_text(f)})
                })
            })
            .collect();
        let screenshot = matches!(part, Part::Meta | Part::Measures);
        let common = json!({
            "part": key,
            "formData": form_data,
            "expected": expected,
            "paragraphs": paragraphs(&form_data),
            "screenshot": screenshot,
        });
        let inputs = [
            (
                "rjsf",
                json!({
                    "schema": schema_for_part(part, Profile::Draft07),
                    "uiSchema": rjsf_uischema(Some(part)),
                    "css": RJSF_CSS,
                    "i18n": rjsf_translations(),
                    "errors": rjsf_extra_errors(&validation, Some(part)),
                }),
            ),
            (
                "jsonforms",
                json!({
                    "schema": schema_for_part(part, Profile::Draft07),
                    "uiSchema": jsonforms_uischema_for_part(part),
                    "i18n": jsonforms_i18n(),
                    "errors": jsonforms_additional_errors(&validation, Some(part)),
                }),
            ),
            (
                "formily",
                json!({
                    "schema": schema_for_part(part, Profile::Formily),
                    "css": FORMILY_CSS,
                    "errors": formily_feedbacks(&validation, Some(part)),
                }),
            ),
        ];
        for (client, extra) in inputs {
            let mut input = common.clone();
            input["client"] = client.into();
            for (k, v) in extra.as_object().expect("object") {
                input[k] = v.clone();
            }
            let path = dir.join(format!("{key}.{client}.json"));
            fs::write(&path, serde_json::to_vec(&input).expect("serialises")).expect("writes");
        }
    }
}

#[test]
fn reference_report_renders_part_by_part_in_three_clients() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let missing: &[&str] = if chromium().is_file() {
        &[]
    } else {
        &["chromium"]
    };
    let Some(dir) = common::node::project("browser", "the browser forms test", missing) else {
        return;
    };
    let work = root.join("target/forms-browser");
    let inputs = work.join("input");
    let _ = fs::remove_dir_all(&inputs);
    write_inputs(&inputs);
    let out = Command::new("node")
        .arg("run.mjs")
        .arg(&inputs)
        .arg(work.join("screenshots"))
        .env("CHROMIUM_PATH", chromium())
        .current_dir(&dir)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    // The page heights per part and client, for the record.
    println!("{stdout}");
    assert!(
        out.status.success(),
        "tests/browser/run.mjs failed:\n{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.trim_end().ends_with("ok"),
        "unexpected output:\n{stdout}"
    );
    assert_eq!(
        stdout.matches(" height ").count(),
        Part::ALL.len() * 3,
        "one line per part and client:\n{stdout}"
    );
    // The targets of issue 19: no part's form taller than 30,000 px in any client, the
    // metadata within 3,000 px (1,000 px wide, the reference report loaded).
    let heights: Value = stdout
        .lines()
        .find_map(|l| l.strip_prefix("heights "))
        .and_then(|h| serde_json::from_str(h).ok())
        .expect("a heights line");
    for part in Part::ALL {
        let limit = if part == Part::Meta { 3_000 } else { 30_000 };
        for client in ["rjsf", "jsonforms", "formily"] {
            let height = heights[part.key()][client].as_u64().expect("a height");
            assert!(
                height <= limit,
                "{} in {client} is {height} px tall, over {limit} px",
                part.key()
            );
        }
    }
}
