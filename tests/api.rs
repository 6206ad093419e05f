//! The public API an embedder builds on (公共接口): values built through the public
//! constructors always round-trip through JSON, the compatibility policy holds for newer and
//! older minor format versions, and findings, rules, levels and configuration files
//! round-trip through serde.

mod common;

use fazhi_report::validate::{Deadlines, Finding, Level, MonthDay, Options, Rule, Severity};
use fazhi_report::validate::{Validation, rules};
use fazhi_report::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestRng, TestRunner};

const MINIMAL: &str = include_str!("fixtures/minimal.json");
const REFERENCE: &str = include_str!("fixtures/reference.json");

/// Raw constructor input: any mantissa and scale, any word (known measure words, other
/// words, and words the parser refuses), any qualifier.
fn raw_figure() -> impl Strategy<Value = (i64, u8, String, u8)> {
    let word = prop_oneof![
        4 => proptest::sample::select(Unit::KNOWN.to_vec()).prop_map(|u| u.as_str().to_owned()),
        2 => "[栋吨艘余多约近以上内个人次处]{1,3}",
        1 => "[a-z²‰]{1,9}",
        1 => "[\u{4e00}-\u{4e20}]{7,10}",
        1 => ".{0,10}",
        1 => Just(String::new()),
        1 => "[0-9 件]{1,3}",
    ];
    let mantissa = prop_oneof![
        4 => -5i64..1000,
        2 => 0i64..10_000_000,
        1 => any::<i64>(),
        1 => 999_999_999_999_990i64..1_000_000_000_000_010,
    ];
    (mantissa, 0u8..=18, word, 0u8..6)
}

fn qualifier(i: u8) -> Qualifier {
    [
        Qualifier::Exact,
        Qualifier::MoreThan,
        Qualifier::About,
        Qualifier::Nearly,
        Qualifier::AtLeast,
        Qualifier::AtMost,
    ][usize::from(i % 6)]
}

fn base_report() -> Report {
    Report::new(Meta::new(
        "区司法局2023年度法治政府建设情况报告",
        Year::try_from(2023u16).unwrap(),
        "区司法局",
    ))
}

/// ≥ 10,000 cases with a fixed seed: every value the public constructors accept is
/// written as JSON the parser accepts and that parses back equal; what they refuse, the
/// parser refuses too.
#[test]
fn every_constructed_value_round_trips() {
    let config = Config {
        cases: 10_000,
        rng_seed: RngSeed::Fixed(0x5979_cfc1_c526_4907),
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &[15; 32]));
    let strategy = (raw_figure(), any::<u16>(), 1u8..=12, any::<u8>());
    let accepted = std::cell::Cell::new(0u32);
    let refused = std::cell::Cell::new(0u32);
    runner
        .run(&strategy, |((mantissa, scale, word, q), year, month, day)| {
            // A decimal no figure may hold cannot be built at all.
            let Ok(decimal) = Decimal::try_new(mantissa, scale) else {
                refused.set(refused.get() + 1);
                return Ok(());
            };
            let unit = Unit::new(&word);
            // A unit is always its own variant for a known word.
            if let Ok(Unit::Other(other)) = &unit {
                prop_assert!(!Unit::KNOWN.iter().any(|k| k.as_str() == other.as_str()));
            }
            match unit.map(|u| Quantity::new(decimal, u)) {
                Ok(Ok(figure)) => {
                    accepted.set(accepted.get() + 1);
                    let figure = figure.with_qualifier(qualifier(q));
                    // Display and FromStr agree for figures whose unit does not look like
                    // a qualifier.
                    if !word.starts_with(['余', '多']) && !word.ends_with(['上', '内', '右'])
                    {
                        prop_assert_eq!(figure.to_string().parse::<Quantity>(), Ok(figure.clone()));
                    }
                    let mut report = base_report();
                    let mut section = Section::new("（一）事项", ["段落"])
                        .with_indicators([Indicator::new("事项", figure.clone())])
                        .with_hazards([HazardLedger::new("安全隐患").with_found(figure.clone())]);
                    if let Ok(year) = Year::try_from(year) {
                        section = section.with_rectifications([
                            Rectification::new("督察反馈", "问题").with_source_year(year)
                        ]);
                    }
                    report.measures.items.push(section);
                    let text = report.to_json().unwrap();
                    let back = Report::from_json_str(&text);
                    prop_assert!(back.is_ok(), "{figure:?} wrote {text}: {:?}", back.err());
                    prop_assert_eq!(back.unwrap(), report);
                }
                Ok(Err(_)) | Err(_) => {
                    refused.set(refused.get() + 1);
                    // The parser refuses the same figure (for decimals JSON can carry).
                    if decimal.significant_digits() <= 15 {
                        let figure = format!(
                            r#"{{"value": {decimal}, "unit": {}}}"#,
                            serde_json::to_string(&word).unwrap()
                        );
                        let text = MINIMAL.replace(
                            r#""theme": "study_and_leadership","#,
                            &format!(
                                r#""theme": "study_and_leadership", "indicators": [{{"label": "事项", "value": {figure}}}],"#
                            ),
                        );
                        prop_assert_ne!(&text, MINIMAL);
                        prop_assert!(Report::from_json_str(&text).is_err(), "{figure} was read");
                    }
                }
            }
            // Deadlines: what MonthDay::new accepts round-trips through a configuration.
            let month = time::Month::try_from(month).unwrap();
            match MonthDay::new(month, day) {
                Ok(deadline) => {
                    prop_assert_eq!(deadline.to_string().parse::<MonthDay>(), Ok(deadline));
                    let options = Options::new().deadlines(Deadlines::new(Some(deadline), None));
                    let wire = serde_json::to_string(&options).unwrap();
                    prop_assert_eq!(serde_json::from_str::<Options>(&wire).unwrap(), options);
                }
                Err(_) => {
                    prop_assert!(day == 0 || day > month.length(2001));
                    let text = format!("{:02}-{day:02}", month as u8);
                    prop_assert!(text.parse::<MonthDay>().is_err());
                }
            }
            Ok(())
        })
        .unwrap();
    // The generator reaches both sides.
    let (accepted, refused) = (accepted.get(), refused.get());
    assert!(
        accepted > 3_000 && refused > 1_000,
        "{accepted} accepted, {refused} refused"
    );
}

#[test]
fn quantity_refuses_what_the_parser_refuses() {
    assert!(matches!(
        Quantity::new(-1, Unit::Jian),
        Err(QuantityError::Negative(_))
    ));
    assert!(matches!(
        Quantity::new(Decimal::new(15, 1), Unit::Jian),
        Err(QuantityError::NotWhole { .. })
    ));
    // A 16-digit decimal cannot be built, so no figure holds one.
    assert!(Decimal::try_new(1_234_567_890_123_456, 0).is_err());
    assert!(Quantity::new(Decimal::new(15, 1), Unit::WanYuan).is_ok());
    assert!(Unit::new("").is_err());
    assert!(Unit::new("一二三四五六七八九").is_err());
    assert!(Unit::new("一二三四五六七八").is_ok());
    assert!(Unit::new("处 ").is_err());
    assert_eq!(Unit::new("处"), Ok(Unit::Chu));
    assert_eq!("人次".parse::<Unit>(), Ok(Unit::RenCi));
    assert_eq!(Unit::try_from("万元".to_owned()), Ok(Unit::WanYuan));
    let q: Quantity = "300余人次".parse().unwrap();
    assert_eq!(q.value(), Decimal::from(300u32));
    assert_eq!(q.unit(), &Unit::RenCi);
    assert_eq!(q.qualifier(), Qualifier::MoreThan);
    for (text, shown) in [
        ("约30人", "约30人"),
        ("近900人", "近900人"),
        ("2次以上", "2次以上"),
        ("3天以内", "3天以内"),
        ("40多处", "40余处"),
        ("30人左右", "约30人"),
        ("12.5%", "12.5%"),
    ] {
        assert_eq!(text.parse::<Quantity>().unwrap().to_string(), shown);
    }
    for bad in [
        "",
        "处",
        "40",
        "1.5件",
        "-3件",
        "约40余处",
        "40 处",
        "四十处",
    ] {
        assert!(bad.parse::<Quantity>().is_err(), "{bad}");
    }
}

#[test]
fn years_convert() {
    assert_eq!(Year::try_from(2023u16).map(u16::from), Ok(2023));
    assert_eq!(Year::try_from(2023i32).map(i32::from), Ok(2023));
    assert!(Year::try_from(1999u16).is_err());
    assert!(Year::try_from(-2023i32).is_err());
    assert_eq!("2024".parse::<Year>().map(Year::get), Ok(2024));
    for bad in ["", "24", "+2024", "2024 ", "1999", "2101", "２０２４"] {
        assert!(bad.parse::<Year>().is_err(), "{bad}");
    }
}

/// The policy of the crate docs: a newer minor version is refused with an error naming
/// both versions; the current and every older minor version of the major version are read.
#[test]
fn compatibility_newer_and_older_minor_versions() {
    let current = SchemaVersion::CURRENT;
    let newer = format!("{}.{}", current.major(), current.minor() + 1);
    // A newer-minor document, with a field this version does not know.
    let doc = MINIMAL
        .replace(
            r#""schema_version": "1.0""#,
            &format!(r#""schema_version": "{newer}""#),
        )
        .replace(r#""year": 2024"#, r#""year": 2024, "overdue": true"#);
    assert!(doc.contains(&newer) && doc.contains("overdue"));
    let err = Report::from_json_str(&doc).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnsupportedVersion, "{err}");
    assert_eq!(err.path(), Some("schema_version"));
    let message = err.to_string();
    assert!(message.contains(&format!("{newer:?}")), "{message}");
    assert!(message.contains(&current.to_string()), "{message}");
    // The same for a newer minor version without new fields: the version alone decides.
    let doc = MINIMAL.replace(
        r#""schema_version": "1.0""#,
        &format!(r#""schema_version": "{newer}""#),
    );
    assert_eq!(
        Report::from_json_str(&doc).unwrap_err().kind(),
        ErrorKind::UnsupportedVersion
    );
    // Older and current minor versions are read, and written back with their version.
    for minor in 0..=current.minor() {
        let version = format!("{}.{minor}", current.major());
        let doc = MINIMAL.replace(
            r#""schema_version": "1.0""#,
            &format!(r#""schema_version": "{version}""#),
        );
        let report = Report::from_json_str(&doc).unwrap();
        assert_eq!(report.schema_version.to_string(), version);
        assert_eq!(
            Report::from_json_str(&report.to_json().unwrap()).unwrap(),
            report
        );
    }
    // The rule itself, for versions this crate cannot write yet.
    let v = |major, minor| SchemaVersion::new(major, minor);
    assert!(v(1, 3).reads(v(1, 0)) && v(1, 3).reads(v(1, 2)) && v(1, 3).reads(v(1, 3)));
    assert!(!v(1, 3).reads(v(1, 4)) && !v(1, 3).reads(v(2, 0)) && !v(2, 0).reads(v(1, 0)));
}

#[test]
fn findings_and_validations_round_trip() {
    let report = Report::from_json_str(REFERENCE).unwrap();
    let validation = report.validate();
    assert!(validation.len() > 5);
    let wire = serde_json::to_string(&validation).unwrap();
    let back: Validation = serde_json::from_str(&wire).unwrap();
    assert_eq!(back, validation);
    for finding in validation.findings() {
        let one = serde_json::to_value(finding).unwrap();
        let back: Finding = serde_json::from_value(one).unwrap();
        assert_eq!(&back, finding);
        assert_eq!(back.rule().code, finding.rule().code);
    }
    // A finding of a rule this crate does not know is an error naming the code.
    let mut value = serde_json::to_value(&validation.findings()[0]).unwrap();
    value["rule"] = "safety.invented".into();
    let err = serde_json::from_value::<Finding>(value).unwrap_err();
    assert!(err.to_string().contains("safety.invented"), "{err}");
}

#[test]
fn rules_severities_and_levels_round_trip() {
    for rule in Rule::all() {
        let code = serde_json::to_string(rule.code).unwrap();
        let back: &Rule = serde_json::from_str(&code).unwrap();
        assert_eq!(back.code, rule.code);
        let entry = serde_json::to_string(rule).unwrap();
        let back: &Rule = serde_json::from_str(&entry).unwrap();
        assert_eq!(back.code, rule.code);
    }
    let catalogue = Rule::catalogue_json();
    let back: Vec<&Rule> = serde_json::from_value(catalogue["rules"].clone()).unwrap();
    assert_eq!(back.len(), Rule::all().count());
    for severity in [Severity::Error, Severity::Warning] {
        let wire = serde_json::to_string(&severity).unwrap();
        assert_eq!(serde_json::from_str::<Severity>(&wire).unwrap(), severity);
    }
    for level in [Level::Allow, Level::Warn, Level::Deny] {
        let wire = serde_json::to_string(&level).unwrap();
        assert_eq!(wire, format!("{:?}", level.as_str()));
        assert_eq!(serde_json::from_str::<Level>(&wire).unwrap(), level);
    }
}

#[test]
fn configuration_file_in_toml() {
    let text = r#"
        as_of = "2024-03-15"

        [levels]
        "*" = "warn"
        "safety.unit_mismatch" = "deny"
        "text.*" = "allow"

        [deadlines]
        submission = "03-01"

        [limits]
        max_input_bytes = 4194304
        max_depth = 24
    "#;
    let config: fazhi_report::Config = toml::from_str(text).unwrap();
    let options = config.options();
    // The most specific key wins, whatever the order.
    assert_eq!(
        options.level_of(&rules::safety::UNIT_MISMATCH),
        Some(Level::Deny)
    );
    assert_eq!(
        options.level_of(&rules::safety::RECTIFIED_EXCEEDS_FOUND),
        Some(Level::Warn)
    );
    for rule in Rule::all().filter(|r| r.code.starts_with("text.")) {
        assert_eq!(options.level_of(rule), Some(Level::Allow), "{}", rule.code);
    }
    assert_eq!(
        options.deadlines_set(),
        Some(Deadlines::new(
            Some(MonthDay::MARCH_1),
            Some(MonthDay::APRIL_1)
        ))
    );
    assert_eq!(
        options.today(),
        Some(time::Date::from_calendar_date(2024, time::Month::March, 15).unwrap())
    );
    assert_eq!(config.limits().input_bytes(), 4_194_304);
    assert_eq!(config.limits().depth(), 24);
    assert_eq!(
        config.limits().string_bytes(),
        Limits::DEFAULT_MAX_STRING_BYTES
    );
    // The options change what validation reports.
    let report = Report::from_json_str(REFERENCE).unwrap();
    let validation = report.validate_with(options);
    assert!(
        validation
            .findings()
            .iter()
            .all(|f| !f.code().starts_with("text."))
    );
    assert!(
        validation
            .findings()
            .iter()
            .all(|f| f.code() == "safety.unit_mismatch" || f.severity() == Severity::Warning)
    );
    // Written back and read again, the configuration is the same.
    let again: fazhi_report::Config = toml::from_str(&toml::to_string(&config).unwrap()).unwrap();
    assert_eq!(again, config);
    // Options alone read the same keys.
    let only: Options = toml::from_str("[levels]\n\"text.*\" = \"warn\"\n").unwrap();
    assert_eq!(
        only.level_of(&rules::text::FORMULATION_VARIANT),
        Some(Level::Warn)
    );
}

#[test]
fn configuration_errors_name_the_key() {
    for (text, needle) in [
        ("[levels]\n\"safety.typo\" = \"deny\"\n", "safety.typo"),
        ("[levels]\n\"nofamily.*\" = \"deny\"\n", "nofamily.*"),
        ("[levels]\n\"text*\" = \"deny\"\n", "text*"),
        ("[levels]\n\"text.*\" = \"forbid\"\n", "forbid"),
        ("[deadlines]\nsubmission = \"02-31\"\n", "02-31"),
        ("[deadlines]\nsubmit = \"03-01\"\n", "submit"),
        ("[limits]\nmax_bytes = 1\n", "max_bytes"),
        ("lints = 1\n", "lints"),
    ] {
        let err = toml::from_str::<fazhi_report::Config>(text).unwrap_err();
        assert!(err.to_string().contains(needle), "{text}: {err}");
    }
}

#[test]
fn every_model_struct_is_built_without_a_literal() {
    // What an embedder writes: constructors and setters only (the structs are
    // non-exhaustive, so a literal would not compile here).
    let decision = MajorDecision::new("区国土空间总体规划")
        .with_procedures([Procedure::LegalityReview, Procedure::CollectiveDecision])
        .with_approvals([Meeting::new(
            "区政府第75次常务会议",
            "区政府",
            MeetingKind::ExecutiveMeeting,
        )
        .with_ordinal(75)]);
    let org = Organization::new("区司法局")
        .with_level(AdminLevel::County)
        .with_kind(OrganizationKind::Department);
    let mut meta = Meta::new("标题", Year::try_from(2023u16).unwrap(), "区司法局");
    meta.organization = org;
    let mut report = Report::new(meta);
    report.measures.items.push(
        Section::new("（一）决策", ["段落"])
            .with_decisions([decision])
            .with_reconsideration(
                Reconsideration::new(ReconsiderationRole::Respondent)
                    .with_received(Quantity::new(3, Unit::Jian).unwrap()),
            )
            .with_studies(
                [StudySession::new("习近平法治思想").with_speaker(Person::new("张正民"))],
            ),
    );
    report.plans = Plans::new("四、2024年主要安排", Year::try_from(2024u16).unwrap());
    let back = Report::from_json_str(&report.to_json_pretty().unwrap()).unwrap();
    assert_eq!(back, report);
    assert_eq!(
        back.meta.organization.kind,
        Some(OrganizationKind::Department)
    );
}

#[test]
fn finding_caps_are_read_from_configuration() {
    use fazhi_report::validate::Options;
    let options: Options =
        serde_json::from_str(r#"{"max_findings_per_rule": 10, "max_findings": 20}"#).unwrap();
    assert_eq!(
        (options.findings_per_rule_cap(), options.findings_cap()),
        (10, 20)
    );
    let defaults: Options = serde_json::from_str("{}").unwrap();
    assert_eq!(defaults.findings_cap(), Options::MAX_FINDINGS);
    let wire = serde_json::to_value(&options).unwrap();
    assert_eq!(wire["max_findings"], 20);
    let back: Options = serde_json::from_value(wire).unwrap();
    assert_eq!(back.findings_per_rule_cap(), 10);
}
