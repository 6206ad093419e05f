//! Bad input (错误输入): every malformed or hostile document is rejected with an error that
//! names the kind, the path, the line and column and the reason, and nothing panics.
//!
//! The corpus is `tests/bad_inputs/<name>.json` (or `.bin` for bytes that are not UTF-8)
//! with one expectation per file in `tests/bad_inputs/expected.json`:
//!
//! ```json
//! {"year_string.json": {"kind": "data", "path": "meta.year", "line": 5, "column": 18,
//!                       "reason": "invalid type: string \"2023\", expected u64"}}
//! ```
//!
//! `reason` is a substring of [`Error::reason`]; `path` is `null` for the whole document. An
//! entry `{"ok": true}` marks an input that must be accepted (a UTF-8 byte-order mark).
//! Large and deeply nested inputs are generated here rather than committed.
//!
//! The second half mutates `tests/fixtures/every_field.json`, a report in which every field
//! of every struct is present, at every object and every value: an unknown key, a
//! duplicated key and a value of the wrong type must each be rejected at the right path.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use fazhi_report::{Error, ErrorKind, Limits, Report};
use serde_json::Value;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_inputs")
}

fn kind_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Syntax => "syntax",
        ErrorKind::Eof => "eof",
        ErrorKind::Data => "data",
        ErrorKind::UnsupportedVersion => "unsupported_version",
        ErrorKind::Limit => "limit",
        ErrorKind::Io => "io",
        ErrorKind::Serialize => "serialize",
        _ => "other",
    }
}

/// The checks every rejection must pass, whatever the input: a readable Chinese message that
/// names the place, and a Display that carries the reason.
fn assert_readable(name: &str, err: &Error) {
    let zh = err.message_zh();
    if let Some(path) = err.path() {
        assert!(zh.contains(path), "{name}: message_zh lacks the path: {zh}");
        assert!(
            err.pointer().starts_with('/'),
            "{name}: pointer {:?} of path {path}",
            err.pointer()
        );
    } else {
        assert_eq!(err.pointer(), "", "{name}");
    }
    if err.line() > 0 {
        let place = format!("第{}行第{}列", err.line(), err.column());
        assert!(
            zh.contains(&place),
            "{name}: message_zh lacks {place}: {zh}"
        );
    }
    assert!(!err.reason().is_empty(), "{name}: empty reason");
    assert!(zh.contains(err.reason()), "{name}: {zh}");
    assert!(err.to_string().contains(err.reason()), "{name}");
}

#[test]
fn corpus_matches_expectations() {
    let dir = corpus_dir();
    let expected: BTreeMap<String, Value> =
        serde_json::from_str(&fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let mut files = Vec::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name != "expected.json" {
            files.push(name);
        }
    }
    files.sort();
    let mut failures = Vec::new();
    let mut rejected = 0;
    for name in &files {
        let Some(want) = expected.get(name) else {
            failures.push(format!("{name}: no expectation in expected.json"));
            continue;
        };
        let bytes = fs::read(dir.join(name)).unwrap();
        let got = Report::from_json_slice(&bytes);
        // The reader entry point must agree with the slice entry point.
        let via_reader = Report::from_reader(bytes.as_slice());
        if want.get("ok") == Some(&Value::Bool(true)) {
            match (got, via_reader) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{name}"),
                (a, b) => {
                    failures.push(format!("{name}: must parse: {:?} / {:?}", a.err(), b.err()))
                }
            }
            continue;
        }
        rejected += 1;
        let err = match got {
            Ok(_) => {
                failures.push(format!("{name}: parsed, but must be rejected"));
                continue;
            }
            Err(err) => err,
        };
        match via_reader {
            Ok(_) => failures.push(format!("{name}: accepted by from_reader")),
            Err(e) => assert_eq!(e.to_string(), err.to_string(), "{name}"),
        }
        assert_readable(name, &err);
        let actual = (
            kind_name(err.kind()),
            err.path().map(str::to_owned),
            err.line() as u64,
            err.column() as u64,
        );
        let wanted = (
            want["kind"].as_str().unwrap_or("?"),
            want["path"].as_str().map(str::to_owned),
            want["line"].as_u64().unwrap_or(u64::MAX),
            want["column"].as_u64().unwrap_or(u64::MAX),
        );
        if actual != wanted {
            failures.push(format!("{name}: got {actual:?}, expected {wanted:?}"));
        }
        let reason = want["reason"].as_str().unwrap_or("");
        if reason.is_empty() || !err.reason().contains(reason) {
            failures.push(format!(
                "{name}: reason {:?} lacks {reason:?}",
                err.reason()
            ));
        }
    }
    for name in expected.keys() {
        if !files.contains(name) {
            failures.push(format!("expected.json names {name}, which does not exist"));
        }
    }
    assert!(rejected >= 40, "the corpus has only {rejected} bad inputs");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Whether `message_zh` explains the reason (a sentence between the place and the English
/// reason), besides naming the kind.
fn explained(zh: &str) -> bool {
    zh.split("（原因：")
        .next()
        .is_some_and(|head| head.matches('。').count() >= 2)
}

/// The crate's own refusals carry a typed kind ([`Error::data_kind`]) and a Chinese
/// explanation made from it; serde's are recognised from their reasons. Every rejection of
/// the corpus is explained, and every data, version and limit error has a kind.
#[test]
fn kinds_and_explanations() {
    use fazhi_report::DataKind as K;
    let cases: &[(&str, Option<K>, &str)] = &[
        ("date_day_00.json", Some(K::Date), "2023年1月没有0日"),
        (
            "date_feb_29_common_year.json",
            Some(K::Date),
            "2023年2月只有28天，没有29日",
        ),
        ("date_month_13.json", Some(K::Date), "2023年没有13月"),
        (
            "date_slashes.json",
            Some(K::Date),
            "日期格式应为 YYYY-MM-DD",
        ),
        (
            "duplicate_key_meta.json",
            Some(K::DuplicateField),
            "字段“year”出现了两次",
        ),
        (
            "duty_unknown.json",
            Some(K::UnknownCode),
            "取值“deploy”不在允许的选项中",
        ),
        (
            "figure_17_digits_fraction.json",
            Some(K::TooManyDigits),
            "数字“1.0000000000000001”有17位有效数字",
        ),
        ("figure_denormal.json", Some(K::TooSmall), "数字过小"),
        (
            "figure_negative_zero_exponent.json",
            Some(K::NegativeZero),
            "数字“-0”无效",
        ),
        (
            "figure_private_map.json",
            Some(K::WrongType),
            "这里应填 数字（不加引号）",
        ),
        (
            "figure_too_large_exponent.json",
            Some(K::TooLarge),
            "数字过大",
        ),
        (
            "heading_empty.json",
            Some(K::TextTooShort),
            "文字过短：这里有0个字符，至少需要1个",
        ),
        (
            "items_object.json",
            Some(K::WrongType),
            "列表（用方括号 [ ] 括起来）",
        ),
        ("kind_object.json", Some(K::WrongType), "选项代码"),
        (
            "missing_title.json",
            Some(K::MissingField),
            "缺少必填字段“title”",
        ),
        (
            "officers_decimal.json",
            Some(K::WrongType),
            "不带小数点的非负整数",
        ),
        ("ordinal_negative.json", Some(K::InvalidValue), "取值不对"),
        (
            "paragraphs_too_many.json",
            Some(K::TooManyItems),
            "列表项过多：这里最多允许100项",
        ),
        (
            "quantity_fraction_of_whole_unit.json",
            Some(K::NotWhole),
            "以“处”计数的数字必须是整数",
        ),
        (
            "quantity_negative.json",
            Some(K::Negative),
            "数字不能为负数",
        ),
        (
            "quantity_negative_zero.json",
            Some(K::NegativeZero),
            "数字“-0”无效",
        ),
        (
            "quantity_unit_with_digits.json",
            Some(K::Unit),
            "单位应为 1–8 个字的量词",
        ),
        (
            "quantity_unknown_key.json",
            Some(K::UnknownField),
            "字段名“note”不属于报告格式",
        ),
        (
            "title_too_long.json",
            Some(K::TextTooLong),
            "文字过长：这里有201个字符，最多允许200个",
        ),
        (
            "unsupported_version.json",
            Some(K::VersionUnsupported),
            "数据格式版本“3.0”不受支持",
        ),
        (
            "version_malformed.json",
            Some(K::VersionShape),
            "数据格式版本应写成",
        ),
        (
            "year_negative_zero.json",
            Some(K::NegativeZero),
            "数字“-0”无效",
        ),
        (
            "year_out_of_range.json",
            Some(K::Year),
            "年度超出允许范围（2000–2100）",
        ),
        (
            "duties_repeated.json",
            Some(K::DuplicateItem),
            "第3项与第1项相同",
        ),
        ("empty.json", None, "内容不完整"),
        ("syntax_trailing_comma.json", None, "最后一项后面多了逗号"),
        ("utf16le_bom.bin", None, "文件编码不是 UTF-8"),
    ];
    for (name, kind, zh) in cases {
        let err = Report::from_json_slice(&fs::read(corpus_dir().join(name)).unwrap()).unwrap_err();
        assert_eq!(err.data_kind(), *kind, "{name}: {err}");
        assert!(
            err.message_zh().contains(zh),
            "{name}: {}",
            err.message_zh()
        );
    }
    for entry in fs::read_dir(corpus_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n == "expected.json") {
            continue;
        }
        let Err(err) = Report::from_json_slice(&fs::read(&path).unwrap()) else {
            continue;
        };
        assert!(
            explained(&err.message_zh()),
            "{path:?}: {}",
            err.message_zh()
        );
        if matches!(
            err.kind(),
            ErrorKind::Data | ErrorKind::UnsupportedVersion | ErrorKind::Limit
        ) {
            assert!(err.data_kind().is_some(), "{path:?}: {err}");
        } else {
            assert_eq!(err.data_kind(), None, "{path:?}: {err}");
        }
    }
    // The limits, each with its kind (a limit error is of kind `Limit` through its cause).
    let report = minimal();
    let limits: [(Limits, K, &str); 4] = [
        (
            Limits::default().max_string_bytes(8),
            K::StringLimit,
            "文字过长，超出允许的长度",
        ),
        (
            Limits::default().max_list_len(2),
            K::EntriesLimit,
            "列表项过多，超出允许的数量",
        ),
        (
            Limits::default().max_depth(2),
            K::DepthLimit,
            "嵌套层次过深",
        ),
        (
            Limits::default().max_input_bytes(64),
            K::InputLimit,
            "文件过大",
        ),
    ];
    for (limits, kind, zh) in limits {
        for err in [
            Report::from_json_slice_with(report.as_bytes(), &limits).unwrap_err(),
            Report::from_reader_with(report.as_bytes(), &limits).unwrap_err(),
        ] {
            assert_eq!(err.kind(), ErrorKind::Limit, "{err}");
            assert_eq!(err.data_kind(), Some(kind), "{err}");
            assert!(err.message_zh().contains(zh), "{}", err.message_zh());
        }
    }
}

fn minimal() -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal.json"))
        .unwrap()
}

/// `minimal.json` with its first paragraph replaced by `replacement` (raw JSON).
fn with_paragraphs(replacement: &str) -> String {
    let doc = minimal();
    let old = r#"["局党组将习近平法治思想作为理论学习中心组学习的重要内容。"]"#;
    assert!(doc.contains(old));
    doc.replacen(old, replacement, 1)
}

#[test]
fn fifty_megabyte_string() {
    let big = "法".repeat(50 * 1024 * 1024 / 3);
    let doc = minimal().replacen("区司法局2023年度法治政府建设情况报告", &big, 1);
    // Default limits: the input itself is too large; nothing is parsed.
    let err = Report::from_json_str(&doc).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Limit);
    assert_eq!(err.path(), None);
    assert!(
        err.reason().contains("exceeds the limit of 16777216 bytes"),
        "{err}"
    );
    assert_readable("50 MB", &err);

    // A larger input limit: the string limit stops it, at its path, before the model
    // builds a String for it.
    let limits = Limits::default().max_input_bytes(64 << 20);
    let err = Report::from_json_slice_with(doc.as_bytes(), &limits).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Limit);
    assert_eq!(err.path(), Some("meta.title"));
    assert_eq!(err.line(), 4);
    assert!(
        err.reason().starts_with(&format!(
            "string of {} bytes exceeds the limit of 262144 bytes",
            big.len()
        )),
        "{err}"
    );
    assert_readable("50 MB string", &err);
}

#[test]
fn oversized_stream_is_not_read_past_the_limit() {
    /// A reader that counts what is taken from it.
    struct Endless {
        given: usize,
    }
    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            buf.fill(b' ');
            self.given += buf.len();
            Ok(buf.len())
        }
    }
    let limits = Limits::default().max_input_bytes(1 << 20);
    let mut source = Endless { given: 0 };
    let err = Report::from_reader_with(&mut source, &limits).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Limit);
    assert!(
        source.given <= (1 << 20) + 64 * 1024,
        "read {} bytes",
        source.given
    );
}

#[test]
fn deep_nesting_is_rejected_without_recursion() {
    let depth = 100_000;
    let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    // At the root: a report is an object.
    let err = Report::from_json_str(&nested).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Data);
    assert!(err.reason().contains("expected struct Report"), "{err}");
    // Where a list of strings is expected.
    let err = Report::from_json_str(&with_paragraphs(&nested)).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Data);
    assert_eq!(err.path(), Some("measures.items[0].paragraphs[0]"));
    // Where a number is expected (the decimal accepts any JSON token first).
    let doc = with_paragraphs(&format!(
        r#"["段落"], "hazards": [{{"label": "安全隐患", "found": {{"value": {nested}, "unit": "处"}}}}]"#
    ));
    let err = Report::from_json_str(&doc).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Data);
    assert_eq!(err.path(), Some("measures.items[0].hazards[0].found.value"));
    // Unclosed nesting.
    let err = Report::from_json_str(&"[".repeat(depth)).unwrap_err();
    assert_readable("unclosed", &err);
}

#[test]
fn depth_limit_applies_while_reading() {
    // The every-field report nests at most this deep; the default leaves a wide margin.
    let doc = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/every_field.json"),
    )
    .unwrap();
    let value: Value = serde_json::from_str(&doc).unwrap();
    fn depth(v: &Value) -> usize {
        match v {
            Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
            Value::Object(o) => 1 + o.values().map(depth).max().unwrap_or(0),
            _ => 0,
        }
    }
    let needed = depth(&value);
    assert!(needed <= 10, "a report nests {needed} deep");
    assert!(needed * 3 <= Limits::DEFAULT_MAX_DEPTH);
    let exact = Limits::default().max_depth(needed);
    assert!(Report::from_json_slice_with(doc.as_bytes(), &exact).is_ok());
    let short = Limits::default().max_depth(needed - 1);
    let err = Report::from_json_slice_with(doc.as_bytes(), &short).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Limit);
    assert!(err.reason().contains("nest deeper"), "{err}");
    assert!(err.path().is_some(), "{err}");
    assert_readable("depth", &err);
}

#[test]
fn list_limit_counts_items_as_they_are_read() {
    let items = |n: usize| format!("[{}]", vec![r#""段落""#; n].join(","));
    let limits = Limits::default().max_list_len(100);
    let ok = with_paragraphs(&items(100));
    let report = Report::from_json_slice_with(ok.as_bytes(), &limits).unwrap();
    assert_eq!(report.measures.items[0].paragraphs.len(), 100);
    let bad = with_paragraphs(&items(101));
    let err = Report::from_json_slice_with(bad.as_bytes(), &limits).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Limit);
    assert_eq!(err.path(), Some("measures.items[0].paragraphs"));
    assert!(
        err.reason().contains("more than the limit of 100 entries"),
        "{err}"
    );
    assert_readable("list", &err);
    // With the default limit (10 000), the schema's bound on this list (100 paragraphs)
    // is met first, while reading the 101st item.
    let bad = with_paragraphs(&items(Limits::DEFAULT_MAX_LIST_LEN + 1));
    let err = Report::from_json_str(&bad).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Data);
    assert_eq!(err.path(), Some("measures.items[0].paragraphs"));
    assert!(
        err.reason()
            .contains("more than the 100 items this field allows"),
        "{err}"
    );
}

#[test]
fn string_limit_is_in_bytes_and_applies_to_keys() {
    // 14 bytes admit every key here ("schema_version" is the longest).
    let limits = Limits::default().max_string_bytes(14);
    let doc =
        |title: &str| format!(r#"{{"schema_version": "1.0", "meta": {{"title": "{title}"}}}}"#);
    // Five characters, 15 bytes: over the limit, although under it in characters.
    let err = Report::from_json_slice_with(doc("段落段落段").as_bytes(), &limits).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Limit);
    assert_eq!(err.path(), Some("meta.title"));
    assert!(
        err.reason()
            .contains("string of 15 bytes exceeds the limit of 14 bytes"),
        "{err}"
    );
    // Four characters, 12 bytes: within the limit; the document then lacks fields.
    let err = Report::from_json_slice_with(doc("段落段落").as_bytes(), &limits).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Data, "{err}");
    let limits = Limits::default().max_string_bytes(300);
    let long_key = format!(r#"{{"{}": 1}}"#, "k".repeat(301));
    let err = Report::from_json_slice_with(long_key.as_bytes(), &limits).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Limit);
    assert!(err.reason().contains("string of 301 bytes"), "{err}");
}

// ---------------------------------------------------------------------------------------
// Systematic mutations of the every-field report.

fn every_field() -> Value {
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/every_field.json"),
    )
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

/// The path in the form errors use: `measures.items[0].heading`; `None` for the root.
fn dotted(path: &[Seg]) -> Option<String> {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Every object and every value in the document, with its path.
fn walk(v: &Value, path: &mut Vec<Seg>, out: &mut Vec<(Vec<Seg>, Value)>) {
    out.push((path.clone(), v.clone()));
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                path.push(Seg::Key(k.clone()));
                walk(child, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                walk(child, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'v>(root: &'v mut Value, path: &[Seg]) -> &'v mut Value {
    path.iter().fold(root, |v, seg| match seg {
        Seg::Key(k) => &mut v[k.as_str()],
        Seg::Index(i) => &mut v[*i],
    })
}

/// Writes JSON, writing the entry `key` of the object at `target` twice.
fn write_with_duplicate(v: &Value, here: &[Seg], target: &[Seg], key: &str, out: &mut String) {
    match v {
        Value::Object(map) => {
            out.push('{');
            let mut first = true;
            for (k, child) in map {
                let times =
                    if here.len() == target.len() && dotted(here) == dotted(target) && k == key {
                        2
                    } else {
                        1
                    };
                for _ in 0..times {
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    out.push_str(&serde_json::to_string(k).unwrap());
                    out.push(':');
                    let mut next = here.to_vec();
                    next.push(Seg::Key(k.clone()));
                    write_with_duplicate(child, &next, target, key, out);
                }
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, child) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                let mut next = here.to_vec();
                next.push(Seg::Index(i));
                write_with_duplicate(child, &next, target, key, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

#[test]
fn every_field_report_parses_and_covers_the_schema() {
    let doc = every_field();
    let report: Report = Report::from_json_str(&doc.to_string()).unwrap();
    let back = serde_json::to_value(&report).unwrap();
    // Every key of the schema appears in the document, so that the mutations below reach
    // every field of every struct.
    let schema = serde_json::to_value(schemars::schema_for!(Report)).unwrap();
    let mut all = Vec::new();
    walk(&schema, &mut Vec::new(), &mut all);
    let mut in_doc = std::collections::BTreeSet::new();
    let mut nodes = Vec::new();
    walk(&doc, &mut Vec::new(), &mut nodes);
    for (path, _) in &nodes {
        if let Some(Seg::Key(k)) = path.last() {
            in_doc.insert(k.clone());
        }
    }
    let mut missing = Vec::new();
    for (_, node) in &all {
        if let Some(props) = node.get("properties").and_then(Value::as_object) {
            for key in props.keys() {
                if !in_doc.contains(key) {
                    missing.push(key.clone());
                }
            }
        }
    }
    assert!(missing.is_empty(), "every_field.json lacks {missing:?}");
    // Nothing is lost: the report writes back every value it read (an explicit "exact"
    // qualifier is the default and is omitted on output).
    let mut reparsed = Vec::new();
    walk(&back, &mut Vec::new(), &mut reparsed);
    assert!(reparsed.len() * 10 >= nodes.len() * 9);
    assert_eq!(Report::from_json_str(&back.to_string()).unwrap(), report);
}

#[test]
fn unknown_key_in_every_object_is_rejected_at_its_path() {
    let doc = every_field();
    let mut nodes = Vec::new();
    walk(&doc, &mut Vec::new(), &mut nodes);
    let mut checked = 0;
    let mut failures = Vec::new();
    for (path, node) in nodes.iter().filter(|(_, v)| v.is_object()) {
        let mut mutated = doc.clone();
        at_mut(&mut mutated, path)
            .as_object_mut()
            .unwrap()
            .insert("zz_unknown".into(), Value::from(1));
        let text = mutated.to_string();
        let mut want = path.clone();
        want.push(Seg::Key("zz_unknown".into()));
        match Report::from_json_str(&text) {
            Ok(_) => failures.push(format!("{:?}: unknown key accepted", dotted(path))),
            Err(e) => {
                if e.kind() != ErrorKind::Data
                    || e.path() != dotted(&want).as_deref()
                    || !e.reason().starts_with("unknown field `zz_unknown`")
                {
                    failures.push(format!("{:?}: {:?} {e}", dotted(path), e.kind()));
                }
                assert_readable("unknown key", &e);
            }
        }
        checked += node.as_object().map_or(0, |_| 1);
    }
    assert!(checked > 60, "only {checked} objects");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn duplicate_key_in_every_object_is_rejected() {
    let doc = every_field();
    let mut nodes = Vec::new();
    walk(&doc, &mut Vec::new(), &mut nodes);
    let mut checked = 0;
    let mut failures = Vec::new();
    for (path, node) in nodes.iter() {
        let Some(map) = node.as_object() else {
            continue;
        };
        for key in map.keys() {
            let mut text = String::new();
            write_with_duplicate(&doc, &[], path, key, &mut text);
            checked += 1;
            match Report::from_json_str(&text) {
                Ok(_) => failures.push(format!("{:?}.{key}: duplicate accepted", dotted(path))),
                Err(e) => {
                    // The error names the object holding the key, and the key.
                    if e.kind() != ErrorKind::Data
                        || e.path() != dotted(path).as_deref()
                        || e.reason() != format!("duplicate field `{key}`")
                    {
                        failures.push(format!("{:?}.{key}: {:?} {e}", dotted(path), e.kind()));
                    }
                    assert_readable("duplicate key", &e);
                }
            }
        }
    }
    assert!(checked > 300, "only {checked} keys");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A value of another JSON type than `v`.
fn wrong_type(v: &Value) -> Value {
    match v {
        Value::String(_) => Value::from(7),
        Value::Number(_) => Value::from("7"),
        Value::Bool(_) => Value::from("true"),
        Value::Array(_) => serde_json::json!({"0": "x"}),
        Value::Object(_) => serde_json::json!(["x"]),
        Value::Null => Value::from(false),
    }
}

#[test]
fn wrong_type_at_every_value_is_rejected_at_its_path() {
    let doc = every_field();
    let mut nodes = Vec::new();
    walk(&doc, &mut Vec::new(), &mut nodes);
    let mut failures = Vec::new();
    for (path, node) in nodes.iter().skip(1) {
        let mut mutated = doc.clone();
        *at_mut(&mut mutated, path) = wrong_type(node);
        match Report::from_json_str(&mutated.to_string()) {
            Ok(_) => failures.push(format!("{:?}: wrong type accepted", dotted(path))),
            Err(e) => {
                if e.kind() != ErrorKind::Data || e.path() != dotted(path).as_deref() {
                    failures.push(format!("{:?}: {:?} {e}", dotted(path), e.kind()));
                }
                assert_readable("wrong type", &e);
            }
        }
    }
    assert!(nodes.len() > 500, "only {} values", nodes.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
