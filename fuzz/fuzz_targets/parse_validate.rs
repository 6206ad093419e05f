//! Coverage-guided fuzzing of parse + validate (解析与校验模糊测试).
//!
//! Any byte string is fed to the parser with small limits (so that the limit paths are
//! reached too) and with the default limits; whatever parses is validated, every finding's
//! pointer must resolve in the report's JSON, and the report must survive a round trip.
#![no_main]

use fazhi_report::{Limits, Report};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let small = Limits::default()
        .max_string_bytes(64)
        .max_list_len(8)
        .max_depth(12);
    if let Err(e) = Report::from_json_slice_with(data, &small) {
        let _ = e.message_zh();
        let _ = e.pointer();
    }
    let report = match Report::from_json_slice(data) {
        Ok(report) => report,
        Err(e) => {
            let zh = e.message_zh();
            if let Some(path) = e.path() {
                assert!(zh.contains(path));
            }
            return;
        }
    };
    let validation = report.validate();
    let value = serde_json::to_value(&report).expect("a parsed report serialises");
    for finding in validation.findings() {
        assert!(
            value.pointer(finding.pointer()).is_some(),
            "pointer {} of {} does not resolve",
            finding.pointer(),
            finding.code()
        );
        for related in finding.related() {
            assert!(value.pointer(related).is_some(), "related {related}");
        }
    }
    let json = report.to_json().expect("a parsed report serialises");
    let back = Report::from_json_str(&json).expect("a serialised report parses");
    assert_eq!(back, report, "round trip lost data");
});
