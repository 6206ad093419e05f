//! The checker's command-line tool `fazhi-report` (feature `cli`), run as a process: exit
//! codes, outputs, the HTML proofreading view and its escaping, import, schema and rules.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use fazhi_report::validate::Validation;

const BIN: &str = env!("CARGO_BIN_EXE_fazhi-report");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

/// `fazhi-report check INPUT --html OUT`.
fn check_html(input: &str, out: &Path) -> Output {
    run(&["check", input, "--html", out.to_str().unwrap()])
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 output")
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

/// A fresh temporary folder for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fazhi-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn no_panic(o: &Output) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "the tool panicked: {err}");
}

#[test]
fn check_reference_json_prints_findings_and_fails() {
    let o = run(&["check", &fixture("reference.json")]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1), "an error finding exits 1");
    let out = stdout(&o);
    assert!(!out.contains('\x1b'), "no colour when not on a terminal");
    for expected in [
        "区国动办2023年度法治政府建设情况报告",
        "【一、2023年推进法治政府建设主要举措和成效】",
        "（三）以人民为中心，守住安全底线",
        "错误 safety.unit_mismatch",
        "/measures/items/2/hazards/0/rectified",
        "原文：",
        "【40份】",
        "建议：四个自信",
        "合计：2 个错误",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
}

#[test]
fn check_json_output_is_the_validation() {
    let o = run(&["check", "--format", "json", &fixture("reference.json")]);
    assert_eq!(o.status.code(), Some(1));
    let validation: Validation = serde_json::from_str(&stdout(&o)).expect("Validation JSON");
    assert!(validation.errors().count() >= 2);
    let o2 = run(&["check", "--json", &fixture("reference.json")]);
    assert_eq!(stdout(&o), stdout(&o2), "--json is --format json");
}

#[test]
fn a_valid_report_exits_zero() {
    let o = run(&["check", &fixture("minimal.json")]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("未发现问题"));
}

#[test]
fn levels_from_flags_and_configuration() {
    let o = run(&[
        "check",
        "--allow",
        "safety.unit_mismatch",
        "--allow",
        "dates.*",
        &fixture("reference.json"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "both errors allowed: {}",
        stdout(&o)
    );
    assert!(!stdout(&o).contains("safety.unit_mismatch"));
    let dir = temp_dir("config");
    let config = dir.join("fazhi-report.toml");
    std::fs::write(
        &config,
        "[levels]\n\"safety.unit_mismatch\" = \"warn\"\n\"dates.*\" = \"allow\"\n",
    )
    .unwrap();
    let o = run(&[
        "check",
        "--config",
        config.to_str().unwrap(),
        &fixture("reference.json"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("警告 safety.unit_mismatch"));
    let o = run(&[
        "check",
        "--deny",
        "safety.no_such_rule",
        &fixture("minimal.json"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("未知规则") && stderr(&o).contains("unknown rule"));
    std::fs::write(&config, "[levels]\n\"safety.typo\" = \"deny\"\n").unwrap();
    let o = run(&[
        "check",
        "--config",
        config.to_str().unwrap(),
        &fixture("minimal.json"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("safety.typo"), "{}", stderr(&o));
}

#[test]
fn unreadable_files_exit_two_with_a_clear_reason() {
    let dir = temp_dir("unreadable");
    let binary = dir.join("report.txt");
    std::fs::write(&binary, b"\x00\x01\x02PK binary").unwrap();
    let not_json = dir.join("report.json");
    std::fs::write(&not_json, "{\"schema_version\": \"2.0\", \"meta\": ").unwrap();
    let not_docx = dir.join("report.docx");
    std::fs::write(&not_docx, "plain text pretending").unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let missing = dir.join("missing.txt");
    for (path, zh, en) in [
        (&missing, "文件不存在", "cannot read the file"),
        (&binary, "不是文本文件", "not text"),
        (&not_json, "不是有效的报告 JSON", "not a valid report JSON"),
        (&not_docx, "无法导入Word 文件", "not a zip"),
        (&empty, "文件为空", "empty"),
    ] {
        let o = run(&["check", path.to_str().unwrap()]);
        no_panic(&o);
        assert_eq!(o.status.code(), Some(2), "{}", path.display());
        let err = stderr(&o);
        assert!(
            err.contains(zh) && err.contains(en),
            "{}: {err}",
            path.display()
        );
        assert!(
            err.contains(&path.display().to_string()),
            "the path is named: {err}"
        );
    }
    // One unreadable file among good ones: exit 2, the others still checked.
    let o = run(&["check", &fixture("minimal.json"), missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stdout(&o).contains("无法读取"),
        "summary row: {}",
        stdout(&o)
    );
}

#[test]
fn folders_are_checked_file_by_file_with_a_summary() {
    let dir = temp_dir("folder");
    std::fs::copy(fixture("minimal.json"), dir.join("a.json")).unwrap();
    std::fs::copy(fixture("reference.txt"), dir.join("b.txt")).unwrap();
    std::fs::write(dir.join("notes.md"), "not a report").unwrap();
    let o = run(&["check", dir.to_str().unwrap()]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("a.json") && out.contains("b.txt") && !out.contains("notes.md"));
    assert!(out.contains("合计 2 个文件"), "{out}");
    // JSON: one object per file, one a line.
    let o = run(&["check", "--json", dir.to_str().unwrap()]);
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines
            .iter()
            .all(|l| l["file"].is_string() && l["validation"]["findings"].is_array())
    );
}

/// The anchors of the HTML view: (id, code, marked text).
fn anchors(html: &str) -> Vec<(String, String, Option<String>)> {
    anchors_at(html)
        .into_iter()
        .map(|(id, code, text, _)| (id, code, text))
        .collect()
}

/// The anchors of the HTML view: (id, code, marked text, the finding's pointer).
fn anchors_at(html: &str) -> Vec<(String, String, Option<String>, String)> {
    let attr = |tag: &str, name: &str| {
        let key = format!(" {name}=\"");
        tag.find(&key).map(|i| {
            let rest = &tag[i + key.len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
    };
    html.match_indices("<a class=\"anchor\"")
        .map(|(i, _)| {
            let tag = &html[i..i + html[i..].find('>').unwrap()];
            (
                attr(tag, "id").unwrap(),
                attr(tag, "data-code").unwrap(),
                attr(tag, "data-text"),
                unescape(&attr(tag, "data-pointer").unwrap()),
            )
        })
        .collect()
}

/// The subsection holding a relation's pointer (`/measures/items/0` for
/// `/measures/items/0/breakdowns/1/of`).
fn relation_section(pointer: &str) -> Option<(&str, &str)> {
    ["/breakdowns/", "/comparisons/", "/periods/", "/figures/"]
        .iter()
        .filter_map(|r| pointer.rfind(r))
        .max()
        .map(|i| (&pointer[..i], &pointer[i..]))
}

/// The figure a finding's pointer names, as the proofreading view must mark it: the figure
/// itself, the one a reference names, the one a relation is of (a breakdown's whole, a
/// comparison's current value) also for a plain field of the relation, an indicator's or a
/// member's figure.
fn named_figure(report: &serde_json::Value, pointer: &str) -> Option<String> {
    let v = report.pointer(pointer)?;
    if v.get("unit").is_some() {
        return Some(pointer.to_owned());
    }
    let resolve = |reference: &serde_json::Value| -> Option<String> {
        let (base, _) = relation_section(pointer)?;
        if let Some(key) = reference.get("indicator").and_then(|k| k.as_str()) {
            let list = report.pointer(&format!("{base}/indicators"))?.as_array()?;
            let i = list.iter().position(|ind| ind["key"] == key)?;
            return Some(format!("{base}/indicators/{i}/value"));
        }
        Some(format!("{base}{}", reference.get("field")?.as_str()?))
    };
    if v.get("indicator").is_some() || v.get("field").is_some() {
        return resolve(v);
    }
    if let Some(of) = v.get("of") {
        return resolve(of);
    }
    if v.get("value").is_some_and(|q| q.get("unit").is_some()) {
        return Some(format!("{pointer}/value"));
    }
    let (base, rest) = relation_section(pointer)?;
    let mut segments = rest.trim_start_matches('/').split('/');
    let (kind, index, field) = (segments.next()?, segments.next()?, segments.next());
    if field.is_some() && segments.next().is_none() && !v.is_object() && !v.is_array() {
        return named_figure(report, &format!("{base}/{kind}/{index}"));
    }
    None
}

/// Every paragraph of a report.
fn paragraphs_of(report: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![report];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    match (k.as_str(), v) {
                        ("paragraphs", serde_json::Value::Array(a)) => {
                            out.extend(a.iter().filter_map(|p| p.as_str()).map(str::to_owned))
                        }
                        _ => stack.push(v),
                    }
                }
            }
            serde_json::Value::Array(a) => stack.extend(a),
            _ => {}
        }
    }
    out
}

/// Every finding whose pointer names a figure is marked at that figure's text: the text it
/// was imported from (`facts` of an imported text), or its printed form (a JSON report).
fn assert_marked_at_named_figures(
    html: &str,
    report: &serde_json::Value,
    facts: Option<&[fazhi_report::import::PlacedFact]>,
) -> usize {
    let mut checked = 0;
    for (id, code, text, pointer) in anchors_at(html) {
        let Some(named) = named_figure(report, &pointer) else {
            continue;
        };
        let want: Vec<String> = match facts {
            Some(facts) => facts
                .iter()
                .filter(|f| f.pointer.as_deref() == Some(named.as_str()))
                .map(|f| f.fact.text.clone())
                .collect(),
            None => {
                // A figure of a JSON report that its text prints (some are only fields).
                let q = report.pointer(&named).unwrap();
                let shown: fazhi_report::Quantity = serde_json::from_value(q.clone()).unwrap();
                let full = shown.to_string();
                if paragraphs_of(report).iter().any(|t| t.contains(&full)) {
                    vec![full, q["value"].to_string()]
                } else {
                    Vec::new()
                }
            }
        };
        if want.is_empty() {
            continue;
        }
        let got = text.map(|t| unescape(&t));
        assert!(
            got.as_ref().is_some_and(|g| want.contains(g)),
            "{id} {code} at {pointer} names {named} ({want:?}) but is marked at {got:?}"
        );
        checked += 1;
    }
    checked
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Every finding has a highlight: one anchor per finding, with its code, and text findings
/// marked at exactly the text they found.
fn assert_every_finding_marked(file: &str, html_path: &Path) {
    let html = std::fs::read_to_string(html_path).unwrap();
    let o = run(&["check", "--json", file]);
    let validation: Validation = serde_json::from_str(&stdout(&o)).unwrap();
    let anchors = anchors(&html);
    assert_eq!(anchors.len(), validation.len(), "one anchor per finding");
    let mut codes: Vec<&str> = anchors.iter().map(|a| a.1.as_str()).collect();
    let mut expected: Vec<&str> = validation.findings().iter().map(|f| f.code()).collect();
    codes.sort_unstable();
    expected.sort_unstable();
    assert_eq!(codes, expected);
    for n in 1..=validation.len() {
        assert!(
            anchors.iter().any(|a| a.0 == format!("m{n}")),
            "anchor m{n}"
        );
        assert!(
            html.contains(&format!("href=\"#m{n}\"")),
            "side-list link to m{n}"
        );
    }
    for f in validation.findings() {
        if let Some(span) = f.span() {
            assert!(
                anchors
                    .iter()
                    .any(|a| a.1 == f.code()
                        && a.2.as_deref().map(unescape) == Some(span.found.clone())),
                "{} at {} marked at {:?}",
                f.code(),
                f.pointer(),
                span.found
            );
        }
    }
}

#[test]
fn html_view_of_a_json_report() {
    let dir = temp_dir("html-json");
    let out = dir.join("view.html");
    let o = check_html(&fixture("reference.json"), &out);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"zh-CN\">") && html.contains("校验结果"));
    for external in ["http://", "https://", "<link", "<script", "src="] {
        assert!(!html.contains(external), "self-contained: found {external}");
    }
    // The figure with the wrong unit is highlighted where it is printed.
    assert!(
        html.contains(
            "data-code=\"safety.unit_mismatch\" data-severity=\"error\" data-text=\"40份\""
        )
    );
    assert_every_finding_marked(&fixture("reference.json"), &out);
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("reference.json")).unwrap()).unwrap();
    assert!(assert_marked_at_named_figures(&html, &report, None) > 0);
}

#[test]
fn html_view_of_an_imported_text_marks_the_spans() {
    let dir = temp_dir("html-text");
    let out = dir.join("view.html");
    let o = check_html(&fixture("reference.txt"), &out);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert_every_finding_marked(&fixture("reference.txt"), &out);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("data-text=\"40份\""),
        "the imported figure at its span"
    );
    let imported = fazhi_report::import::import_text(
        &std::fs::read_to_string(fixture("reference.txt")).unwrap(),
    )
    .unwrap();
    let report = serde_json::to_value(&imported.report).unwrap();
    assert!(assert_marked_at_named_figures(&html, &report, Some(&imported.facts)) > 0);
}

#[test]
fn html_view_escapes_everything_from_the_input() {
    let mut report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("minimal.json")).unwrap()).unwrap();
    let hostile = "<script>alert(\"x\")</script><img src=x onerror=alert(1)>&amp;“四个目信”";
    report["meta"]["title"] = serde_json::json!("区司法局2023年度<b>法治</b>政府建设情况报告");
    report["measures"]["items"][0]["paragraphs"] = serde_json::json!([hostile]);
    let dir = temp_dir("hostile");
    let input = dir.join("hostile.json");
    std::fs::write(&input, report.to_string()).unwrap();
    let out = dir.join("view.html");
    let o = check_html(input.to_str().unwrap(), &out);
    no_panic(&o);
    assert!(
        o.status.code() == Some(0) || o.status.code() == Some(1),
        "{}",
        stderr(&o)
    );
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(!html.contains("<script"), "no script element");
    assert!(!html.contains("<img"), "no img element");
    assert!(!html.contains("<b>"), "the title's markup is text");
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(
        html.contains("&amp;amp;"),
        "an entity in the input stays text"
    );
    // The misspelt formulation is still marked inside the hostile paragraph.
    assert!(html.contains("data-text=\"四个目信\""), "{html}");
}

#[test]
fn check_of_imported_text_finds_what_the_json_finds() {
    let json = run(&["check", "--json", &fixture("reference.json")]);
    let text = run(&["check", "--json", &fixture("reference.txt")]);
    let json: Validation = serde_json::from_str(&stdout(&json)).unwrap();
    let text: Validation = serde_json::from_str(&stdout(&text)).unwrap();
    let codes = |v: &Validation| {
        let mut c: Vec<String> = v
            .findings()
            .iter()
            .map(|f| format!("{} {}", f.code(), f.pointer()))
            .collect();
        c.sort();
        c
    };
    let (j, t) = (codes(&json), codes(&text));
    let missing: Vec<&String> = j.iter().filter(|c| !t.contains(c)).collect();
    let extra: Vec<&String> = t.iter().filter(|c| !j.contains(c)).collect();
    println!("findings on reference.json not found on reference.txt: {missing:#?}");
    println!("findings on reference.txt only: {extra:#?}");
    // Findings that need facts the import cannot place, each with why. None left: the
    // enforcement order's document and the publicity occasions are typed blocks of the
    // import too. A finding added here must say which fact the text does not give.
    const JSON_ONLY: [&str; 0] = [];
    // Findings of the imported text that the hand-made JSON does not have.
    const TEXT_ONLY: [&str; 0] = [];
    assert_eq!(
        missing, JSON_ONLY,
        "findings on reference.json not on the imported text"
    );
    assert_eq!(extra, TEXT_ONLY, "findings on the imported text only");
    for needed in [
        "safety.unit_mismatch /measures/items/2/hazards/0/rectified",
        "dates.plan_year_mismatch /plans/year",
        "text.formulation_variant /plans/items/0/paragraphs/0",
        "text.document_name_blend /measures/items/4/paragraphs/0",
        "text.document_name_blend /measures/items/4/enforcement/orders/0/document",
        "text.event_date_dot /measures/items/5/publicity/0/occasions/1/name",
        "text.event_date_dot /plans/items/2/publicity/0/occasions/0/name",
        "text.shortened_day_name /measures/items/5/publicity/0/occasions/0/name",
    ] {
        assert!(
            t.iter().any(|c| c == needed),
            "{needed} on the imported text"
        );
    }
}

#[test]
fn import_writes_the_report_and_the_log() {
    let dir = temp_dir("import");
    let out = dir.join("report.json");
    let log = dir.join("log.json");
    let o = run(&[
        "import",
        &fixture("reference.txt"),
        "-o",
        out.to_str().unwrap(),
        "--log",
        log.to_str().unwrap(),
    ]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report =
        fazhi_report::Report::from_json_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(report.meta.title, "区国动办2023年度法治政府建设情况报告");
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&log).unwrap()).unwrap();
    assert_eq!(log["encoding"], "UTF-8");
    assert!(log["entries"].as_array().is_some_and(|e| !e.is_empty()));
    // Without -o: the JSON on stdout, the log on stderr.
    let o = run(&["import", &fixture("reference.txt")]);
    assert_eq!(o.status.code(), Some(0));
    fazhi_report::Report::from_json_str(&stdout(&o)).unwrap();
    assert!(stderr(&o).contains("\"entries\""));
    let o = run(&["import", "/no/such/file.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("文件不存在"));
}

#[test]
fn web_pages_and_word_files_are_checked_after_import() {
    let dir = temp_dir("formats");
    let text = std::fs::read_to_string(fixture("reference.txt")).unwrap();
    let mut page = String::from(
        "<html><head><meta charset=\"utf-8\"></head><body><div class=\"nav\">首页</div><div id=\"zoom\">",
    );
    for line in text.lines() {
        page.push_str(&format!(
            "<p>&nbsp;{}</p>",
            line.replace('&', "&amp;").replace('<', "&lt;")
        ));
    }
    page.push_str("</div><div class=\"footer\">版权所有</div></body></html>");
    let html = dir.join("report.html");
    std::fs::write(&html, page).unwrap();
    let o = run(&["check", html.to_str().unwrap()]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("（网页）") && stdout(&o).contains("safety.unit_mismatch"));
    // A Word file.
    let mut body = String::new();
    for line in text.lines() {
        body.push_str(&format!(
            "<w:p><w:r><w:t>{}</w:t></w:r></w:p>",
            line.replace('&', "&amp;").replace('<', "&lt;")
        ));
    }
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    std::io::Write::write_all(
        &mut zip,
        format!("<w:document xmlns:w=\"w\"><w:body>{body}</w:body></w:document>").as_bytes(),
    )
    .unwrap();
    let docx = dir.join("report.docx");
    std::fs::write(&docx, zip.finish().unwrap().into_inner()).unwrap();
    let views = dir.join("docx.html");
    let o = check_html(docx.to_str().unwrap(), &views);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("（Word 文件）") && stdout(&o).contains("safety.unit_mismatch"));
    assert!(
        std::fs::read_to_string(&views)
            .unwrap()
            .contains("data-text=\"40份\"")
    );
    // A GBK web page (charset=gb2312, as older government sites serve).
    let page = std::fs::read_to_string(&html)
        .unwrap()
        .replace("charset=\"utf-8\"", "charset=\"gb2312\"");
    let (bytes, _, _) = encoding_rs::GBK.encode(&page);
    let gbk_page = dir.join("gbk.html");
    std::fs::write(&gbk_page, &bytes).unwrap();
    let o = run(&["check", gbk_page.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("GB18030") && stdout(&o).contains("safety.unit_mismatch"));
    // GBK text.
    let gbk = dir.join("gbk.txt");
    let (bytes, _, _) = encoding_rs::GBK.encode(&text);
    std::fs::write(&gbk, &bytes).unwrap();
    let o = run(&["check", gbk.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("GB18030"));
}

#[test]
fn schema_and_rules() {
    let o = run(&["schema"]);
    assert_eq!(o.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(schema, fazhi_report::schema());
    let o = run(&["schema", "--profile", "draft-07"]);
    let schema: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    let o = run(&["schema", "--profile", "openapi"]);
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["schema", "--part", "measures"]);
    let part: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(part["$defs"].is_object() && part.get("$ref").is_some());
    let o = run(&["schema", "--part", "nonsense"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["rules"]);
    let out = stdout(&o);
    assert!(out.contains("safety.unit_mismatch") && out.contains("错误"));
    assert_eq!(
        out.lines().count(),
        fazhi_report::validate::Rule::all().count()
    );
    let o = run(&["rules", "--json"]);
    let rules: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(rules, fazhi_report::validate::Rule::catalogue_json());
}

/// `check` (with the HTML view) never panics on mutated inputs of every kind: the
/// placement of findings and the page are exercised on whatever the import makes of them.
#[test]
fn check_never_panics_on_mutated_files() {
    let dir = temp_dir("mutated");
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    let text = std::fs::read(fixture("reference.txt")).unwrap();
    let json = std::fs::read(fixture("reference.json")).unwrap();
    let mut seed: u64 = 0x05ee_dc11;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for n in 0..24 {
        let (base, ext) = match n % 3 {
            0 => (&text, "txt"),
            1 => (&json, "json"),
            _ => (&text, "html"),
        };
        let mut bytes = base.clone();
        for _ in 0..1 + next() % 6 {
            let at = (next() as usize) % bytes.len();
            match next() % 3 {
                0 => bytes[at] = (next() & 0xff) as u8,
                1 => {
                    let end = (at + (next() as usize) % 400).min(bytes.len());
                    bytes.drain(at..end);
                }
                _ => bytes
                    .splice(at..at, "<p>“四个目信”40份</p>".bytes())
                    .for_each(drop),
            }
        }
        std::fs::write(inputs.join(format!("{n:02}.{ext}")), bytes).unwrap();
    }
    let views = dir.join("views");
    let o = check_html(inputs.to_str().unwrap(), &views);
    no_panic(&o);
    assert!(matches!(o.status.code(), Some(0..=2)), "{}", stderr(&o));
    assert!(stdout(&o).contains("合计 24 个文件"), "{}", stdout(&o));
}

/// A reader that stops early (`| head`) neither loses the HTML view nor makes a panic.
#[test]
fn a_closed_pipe_still_writes_the_html_view() {
    let dir = temp_dir("pipe");
    let out = dir.join("view.html");
    let mut child = Command::new(BIN)
        .args([
            "check",
            &fixture("reference.json"),
            "--html",
            out.to_str().unwrap(),
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    no_panic(&o);
    assert!(out.exists(), "the page is written first");
}

/// `check x | head -1`: the reader stops early, so the tool must not report success.
#[test]
fn a_closed_pipe_is_no_success() {
    let mut child = Command::new(BIN)
        .args([
            "check",
            &fixture("minimal.json"),
            &fixture("reference.json"),
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    no_panic(&o);
    assert_eq!(o.status.code(), Some(141), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "quiet: {}", stderr(&o));
}

/// The 2.0 relations imported from a text are checked, and their findings are marked at
/// the figures they came from: a growth rate, a breakdown, a target's actual figure.
#[test]
fn html_view_marks_relation_findings_at_their_figures() {
    let dir = temp_dir("relations");
    let txt = dir.join("relations.txt");
    std::fs::write(
        &txt,
        "某区司法局2024年法治政府建设年度报告\n一、2024年推进法治政府建设主要举措和成效\n（一）化解行政争议\n全年共受理行政复议申请120件，同比增长30%（2023年为100件）。立案查处案件420件，其中食品领域180件、特种设备45件、价格领域260件。群众满意率为92%，低于95%的目标。\n二、存在的不足和原因\n一是队伍建设有待加强。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人带头学法。\n四、2025年工作安排\n持续推进。\n",
    )
    .unwrap();
    let out = dir.join("view.html");
    let o = check_html(txt.to_str().unwrap(), &out);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let html = std::fs::read_to_string(&out).unwrap();
    let marked = |code: &str| -> Vec<Option<String>> {
        anchors(&html)
            .into_iter()
            .filter(|a| a.1 == code)
            .map(|a| a.2.map(|t| unescape(&t)))
            .collect()
    };
    assert_eq!(
        marked("facts.growth_rate_mismatch"),
        [Some("30%".to_owned())]
    );
    // The breakdown's finding names the breakdown, whose whole is 立案查处案件420件: the
    // whole is marked, not the first member.
    assert_eq!(
        marked("facts.breakdown_exceeds_whole"),
        [Some("420件".to_owned())]
    );
    assert_eq!(marked("forms.target_not_met"), [Some("92%".to_owned())]);
    assert_every_finding_marked(txt.to_str().unwrap(), &out);
    let imported =
        fazhi_report::import::import_text(&std::fs::read_to_string(&txt).unwrap()).unwrap();
    let report = serde_json::to_value(&imported.report).unwrap();
    assert_eq!(
        assert_marked_at_named_figures(&html, &report, Some(&imported.facts)),
        3,
        "the growth rate, the breakdown's whole and the target's actual figure"
    );
}

/// Each relation finding of the JSON fixtures is marked at the figure its pointer names: a
/// breakdown's whole (420件, 120件), a share, a growth rate, a multiple, a target's actual
/// figure.
#[test]
fn html_view_marks_json_relation_findings_at_the_figures_they_name() {
    let dir = temp_dir("named");
    let mut checked = 0;
    for name in [
        "market_regulation_sectors_2024.json",
        "district_reconsideration_2024.json",
        "emergency_accidents_2024.json",
        "justice_bureau_supervision_2024.json",
    ] {
        let out = dir.join(format!("{name}.html"));
        let o = check_html(&fixture(name), &out);
        no_panic(&o);
        let html = std::fs::read_to_string(&out).unwrap();
        let report: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(fixture(name)).unwrap()).unwrap();
        checked += assert_marked_at_named_figures(&html, &report, None);
        assert_every_finding_marked(&fixture(name), &out);
    }
    // 420件, 15%, 40%, 3倍 (twice), 4件, 95%.
    assert_eq!(checked, 7, "findings checked");
    let html =
        std::fs::read_to_string(dir.join("market_regulation_sectors_2024.json.html")).unwrap();
    assert!(
        anchors(&html)
            .iter()
            .any(|a| a.1 == "facts.breakdown_exceeds_whole" && a.2.as_deref() == Some("420件"))
    );
}
