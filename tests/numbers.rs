//! Figures are read exactly from their own text (数字精确读取): every JSON spelling of a value
//! with at most 15 significant digits is accepted with exactly that value and its printed
//! scale, and written back as read; every spelling with 16 to 20 significant digits is refused
//! with the number of digits it has. Also: the sources other than JSON text (a
//! `serde_json::Value`, TOML), and the schema's length bounds, field by field.

use fazhi_report::{Decimal, Quantity, Report};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{Value, json};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

/// The minimal report with one indicator per figure spelling, in 万元 (a unit that admits
/// fractions).
fn with_figures(spellings: &[String]) -> String {
    let indicators: Vec<String> = spellings
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(r#"{{"label": "资金{i}", "value": {{"value": {s}, "unit": "万元"}}}}"#)
        })
        .collect();
    let anchor = r#""theme": "study_and_leadership","#;
    assert!(MINIMAL.contains(anchor));
    MINIMAL.replace(
        anchor,
        &format!(r#"{anchor} "indicators": [{}],"#, indicators.join(", ")),
    )
}

fn figures(report: &Report) -> Vec<Decimal> {
    report.measures.items[0]
        .indicators
        .iter()
        .map(|i| i.value.value())
        .collect()
}

/// A value with at most 15 significant digits, as `mantissa × 10^-scale`, and one of its
/// JSON spellings with the scale that spelling prints.
#[derive(Clone, Debug)]
struct Case {
    mantissa: u64,
    scale: u32,
    spelling: String,
    printed_scale: u32,
}

fn spell(mantissa: u64, scale: u32, form: u8, zeros: u32, shift: u32) -> Case {
    let digits = mantissa.to_string();
    // Plain decimal text of mantissa × 10^-scale.
    let plain = |extra_zeros: u32| {
        let s = scale as usize;
        let padded = if digits.len() <= s {
            format!("{}{digits}", "0".repeat(s + 1 - digits.len()))
        } else {
            digits.clone()
        };
        let (int, frac) = padded.split_at(padded.len() - s);
        let frac = format!("{frac}{}", "0".repeat(extra_zeros as usize));
        if frac.is_empty() {
            int.to_owned()
        } else {
            format!("{int}.{frac}")
        }
    };
    let (spelling, printed_scale) = match form {
        // 12.830000: trailing zeros after the point.
        0 => (plain(zeros), scale + zeros),
        // 12830000e-6: a padded mantissa with a negative exponent.
        1 => {
            let exp = scale as i64 + i64::from(zeros);
            (
                format!("{digits}{}e-{exp}", "0".repeat(zeros as usize)),
                exp as u32,
            )
        }
        // 1.283E1: one digit before the point, an exponent with a sign.
        _ => {
            let (first, rest) = digits.split_at(1);
            let exp = digits.len() as i64 - 1 - scale as i64 - i64::from(shift);
            let body = if rest.is_empty() {
                first.to_owned()
            } else {
                format!("{first}.{rest}")
            };
            let text = format!("{body}E{exp:+}");
            let printed = (rest.len() as i64 - exp).max(0) as u32;
            // The shift moves the point: the value is divided by 10^shift.
            return Case {
                mantissa,
                scale: scale + shift,
                spelling: text,
                printed_scale: printed,
            };
        }
    };
    Case {
        mantissa,
        scale,
        spelling,
        printed_scale,
    }
}

fn case() -> impl Strategy<Value = Case> {
    (
        1u32..=15,
        any::<u64>(),
        0u32..=12,
        0u8..3,
        0u32..30,
        0u32..4,
    )
        .prop_map(|(len, seed, scale, form, zeros, shift)| {
            let low = 10u64.pow(len - 1);
            let mantissa = low + seed % (9 * low);
            spell(mantissa, scale, form, zeros, shift)
        })
}

#[test]
fn every_spelling_of_at_most_15_digits_is_read_exactly_with_its_scale() {
    let mut runner = TestRunner::new_with_rng(
        Config {
            cases: 400,
            failure_persistence: None,
            ..Config::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let strategy = proptest::collection::vec(case(), 50);
    let checked = std::cell::Cell::new(0u32);
    runner
        .run(&strategy, |cases| {
            let spellings: Vec<String> = cases.iter().map(|c| c.spelling.clone()).collect();
            let json = with_figures(&spellings);
            let report = Report::from_json_str(&json)
                .map_err(|e| TestCaseError::fail(format!("{spellings:?}: {e}")))?;
            for (case, value) in cases.iter().zip(figures(&report)) {
                let want = Decimal::new(case.mantissa as i64, case.scale as u8);
                prop_assert_eq!(value, want, "{}", case.spelling);
                // The printed scale is kept where the number still fits 18 digits.
                let digits = case.mantissa.to_string().len() as u32;
                let fits = case.printed_scale <= 18
                    && digits + case.printed_scale.saturating_sub(case.scale) <= 18;
                if fits {
                    prop_assert_eq!(
                        u32::from(value.scale()),
                        case.printed_scale.max(case.scale),
                        "{}",
                        case.spelling
                    );
                } else {
                    prop_assert!(u32::from(value.scale()) >= case.scale, "{}", case.spelling);
                }
            }
            // Written and read again: the same values with the same scales.
            let back = Report::from_json_str(&report.to_json().unwrap()).unwrap();
            for (a, b) in figures(&report).into_iter().zip(figures(&back)) {
                prop_assert!(a.is_identical(b), "{a:?} → {b:?}");
            }
            checked.set(checked.get() + cases.len() as u32);
            Ok(())
        })
        .unwrap();
    assert!(checked.get() >= 20_000, "{}", checked.get());
}

#[test]
fn every_spelling_of_16_to_20_digits_is_refused_with_its_digit_count() {
    let mut runner = TestRunner::new_with_rng(
        Config {
            cases: 20_000,
            failure_persistence: None,
            ..Config::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &[11; 32]),
    );
    let strategy = (16u32..=20, any::<u128>(), 0u32..=20, 0u8..3, 0u32..5);
    runner
        .run(&strategy, |(len, seed, point, form, zeros)| {
            let low = 10u128.pow(len - 1);
            let mut mantissa = low + seed % (9 * low);
            if mantissa.is_multiple_of(10) {
                mantissa += 1; // the last digit is significant
            }
            let digits = mantissa.to_string();
            let point = (point as usize).min(digits.len());
            let spelling = match form {
                0 if point > 0 && point < digits.len() => format!(
                    "{}.{}{}",
                    &digits[..digits.len() - point],
                    &digits[digits.len() - point..],
                    "0".repeat(zeros as usize)
                ),
                1 => format!("{digits}e-{point}"),
                _ => format!("{}.{}e{}", &digits[..1], &digits[1..], zeros),
            };
            let err = Report::from_json_str(&with_figures(std::slice::from_ref(&spelling)))
                .expect_err(&spelling);
            let reason = err.reason();
            prop_assert!(
                reason.contains(&format!("has {len} significant digits")),
                "{spelling}: {reason}"
            );
            prop_assert!(reason.contains(&spelling), "{spelling}: {reason}");
            prop_assert_eq!(
                err.path(),
                Some("measures.items[0].indicators[0].value.value")
            );
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_value_tree_is_read_only_where_exactness_can_be_proven() {
    let mut doc: Value = serde_json::from_str(&with_figures(&["40".into()])).unwrap();
    // From a tree built elsewhere: integers are exact.
    let report: Report = serde_json::from_value(doc.clone()).unwrap();
    assert_eq!(figures(&report), vec![Decimal::from_integer(40)]);
    // A float in a tree may already be rounded (1.0000000000000001 is the double 1.0).
    doc["measures"]["items"][0]["indicators"][0]["value"]["value"] = json!(0.5);
    let err = serde_json::from_value::<Report>(doc)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("0.5 was handed over as a binary floating-point number"),
        "{err}"
    );
}

#[test]
fn toml_figures_are_exact_as_integers_and_strings_and_refused_as_floats() {
    let q: Quantity = toml::from_str("value = 40\nunit = \"处\"").unwrap();
    assert_eq!(q.value(), Decimal::from_integer(40));
    let q: Quantity = toml::from_str("value = \"24.20\"\nunit = \"万元\"").unwrap();
    assert_eq!(q.value().to_string(), "24.20");
    let err = toml::from_str::<Quantity>("value = 0.5\nunit = \"万元\"").unwrap_err();
    assert!(err.to_string().contains("cannot be proven"), "{err}");
    // What the crate writes to TOML reads back identically.
    let q: Quantity = serde_json::from_str(r#"{"value": 24.20, "unit": "万元"}"#).unwrap();
    let text = toml::to_string(&q).unwrap();
    let back: Quantity = toml::from_str(&text).unwrap();
    assert!(back.value().is_identical(q.value()), "{text}");
}

/// Every text and list bound of the canonical schema, field by field, as the parser and the
/// schema itself (with the `jsonschema` crate) see it: one over the bound is refused by
/// both at the field's path; at the bound, both accept.
#[test]
fn parser_and_schema_agree_on_every_length_bound() {
    let schema: Value = serde_json::from_str(include_str!("../schema/report.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let every: Value = serde_json::from_str(include_str!("fixtures/every_field.json")).unwrap();
    let mut bounded = Vec::new();
    collect(&schema, &schema, &every, String::new(), &mut bounded);
    assert!(bounded.len() > 150, "only {} bounded places", bounded.len());
    let mut kinds = std::collections::BTreeSet::new();
    for place in &bounded {
        for (doc, over) in place.mutations(&every) {
            let text = doc.to_string();
            let parsed = Report::from_json_str(&text);
            let schema_ok = validator.is_valid(&doc);
            if over {
                let err = parsed.expect_err(&place.pointer);
                assert_eq!(err.pointer(), place.pointer, "{err}");
                assert!(
                    !schema_ok,
                    "the schema accepts {} over its bound",
                    place.pointer
                );
                kinds.insert(place.kind);
            } else {
                if let Err(err) = parsed {
                    panic!("{} at its bound: {err}", place.pointer);
                }
                assert!(
                    schema_ok,
                    "the schema refuses {} at its bound",
                    place.pointer
                );
            }
        }
    }
    assert_eq!(kinds.len(), 3, "{kinds:?}");
}

/// A place in a document with a bound of the schema.
struct Bounded {
    pointer: String,
    kind: &'static str,
    bound: usize,
    /// For a list of unique codes (`uniqueItems`), the codes to fill it with.
    distinct: Option<Vec<Value>>,
}

impl Bounded {
    /// The document with the value at the bound (`false`) and one past it (`true`).
    fn mutations(&self, doc: &Value) -> Vec<(Value, bool)> {
        let set = |v: Value| {
            let mut d = doc.clone();
            *d.pointer_mut(&self.pointer).unwrap() = v;
            d
        };
        let text = |n: usize| Value::String("法".repeat(n));
        match self.kind {
            "maxLength" => vec![
                (set(text(self.bound)), false),
                (set(text(self.bound + 1)), true),
            ],
            "minLength" => vec![
                (set(text(self.bound)), false),
                (set(text(self.bound - 1)), true),
            ],
            _ => {
                let list = doc.pointer(&self.pointer).unwrap().as_array().unwrap();
                let first = list[0].clone();
                let items = |n: usize| match &self.distinct {
                    // Fewer codes than the bound: all of them is the most the schema admits.
                    Some(codes) if n <= self.bound => {
                        Value::Array(codes.iter().take(n).cloned().collect())
                    }
                    Some(codes) => Value::Array(codes.iter().cycle().take(n).cloned().collect()),
                    None => Value::Array(vec![first.clone(); n]),
                };
                vec![
                    (set(items(self.bound)), false),
                    (set(items(self.bound + 1)), true),
                ]
            }
        }
    }
}

/// Walks `value` beside its schema and notes each string and list with a bound.
fn collect(root: &Value, schema: &Value, value: &Value, at: String, out: &mut Vec<Bounded>) {
    let schema = resolve(root, schema);
    let n = |k: &str| schema.get(k).and_then(Value::as_u64).map(|n| n as usize);
    match value {
        Value::String(s) => {
            // Codes, dates, units and the version have their own checks.
            let free = schema.get("pattern").is_none()
                && schema.get("format").is_none()
                && schema.get("oneOf").is_none();
            if let (Some(max), true) = (n("maxLength"), free)
                && s.chars().count() <= max
            {
                {
                    out.push(Bounded {
                        pointer: at.clone(),
                        kind: "maxLength",
                        bound: max,
                        distinct: None,
                    });
                }
            }
            if let (Some(min), true) = (n("minLength"), free) {
                out.push(Bounded {
                    pointer: at,
                    kind: "minLength",
                    bound: min,
                    distinct: None,
                });
            }
        }
        Value::Array(items) => {
            let item_schema = schema.get("items").unwrap_or(&Value::Null);
            if let (Some(max), false) = (n("maxItems"), items.is_empty()) {
                // A list of unique codes is filled with distinct codes of its enum.
                let distinct = (schema.get("uniqueItems") == Some(&json!(true))).then(|| {
                    resolve(root, item_schema)["oneOf"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|v| v["const"].clone())
                        .collect()
                });
                out.push(Bounded {
                    pointer: at.clone(),
                    kind: "maxItems",
                    bound: max,
                    distinct,
                });
            }
            for (i, item) in items.iter().enumerate() {
                collect(root, item_schema, item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            let props = schema.get("properties");
            for (k, v) in map {
                if let Some(p) = props.and_then(|p| p.get(k)) {
                    collect(root, p, v, format!("{at}/{k}"), out);
                }
            }
        }
        _ => {}
    }
}

/// Follows `$ref` and picks the branch of an `anyOf` that fits the value's type.
fn resolve<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let target = root.pointer(r.trim_start_matches('#')).unwrap();
        // Bounds stated beside a `$ref` stay with the field.
        if ["maxLength", "minLength", "maxItems"]
            .iter()
            .any(|k| schema.get(k).is_some())
        {
            return schema;
        }
        return resolve(root, target);
    }
    if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
        let fits = branches
            .iter()
            .find(|b| b.get("type") != Some(&json!("null")));
        if let Some(b) = fits {
            return resolve(root, b);
        }
    }
    schema
}
