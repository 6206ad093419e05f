//! Properties of every report (报告性质测试), over reports generated with every block type,
//! Chinese text with characters JSON must escape, quantities and dates:
//!
//! - nothing is lost: `parse(serialise(r)) == r`, compact and pretty, from a slice and a
//!   reader;
//! - `validate()` never panics, and gives the same findings every time;
//! - every finding's pointer and related pointers resolve in `serde_json::to_value(&r)`.

mod common;

use common::strategies;
use fazhi_report::Report;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn round_trip_loses_nothing(report in strategies::report()) {
        let compact = report.to_json().unwrap();
        prop_assert_eq!(&Report::from_json_str(&compact).unwrap(), &report);
        let pretty = report.to_json_pretty().unwrap();
        prop_assert_eq!(&Report::from_reader(pretty.as_bytes()).unwrap(), &report);
        // Serialising is deterministic.
        prop_assert_eq!(report.to_json().unwrap(), compact);
    }

    #[test]
    fn validation_never_panics_and_pointers_resolve(report in strategies::report()) {
        let validation = report.validate();
        let value = serde_json::to_value(&report).unwrap();
        for finding in validation.findings() {
            prop_assert!(
                value.pointer(finding.pointer()).is_some(),
                "{} points at {}, which does not resolve", finding.code(), finding.pointer()
            );
            for related in finding.related() {
                prop_assert!(
                    value.pointer(related).is_some(),
                    "{} has related pointer {}, which does not resolve", finding.code(), related
                );
            }
            prop_assert!(!finding.message_zh().is_empty());
        }
        prop_assert_eq!(report.validate(), validation);
    }
}
