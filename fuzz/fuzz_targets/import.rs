//! Coverage-guided fuzzing of the imports (导入模糊测试): any byte string is imported as
//! text, as a web page and as a Word file; whatever imports must pass the parser again and
//! validate, and every fact's span must lie inside the imported text.
#![no_main]

use fazhi_report::Report;
use fazhi_report::import::{Imported, docx, html, import_bytes};
use libfuzzer_sys::fuzz_target;

fn check(imported: Imported) {
    let json = imported.report.to_json().expect("an imported report serialises");
    let back = Report::from_json_str(&json).expect("an imported report parses");
    assert_eq!(back, imported.report);
    let chars = imported.text.chars().count();
    for placed in &imported.facts {
        assert!(placed.fact.span.end <= chars, "span past the text");
    }
    let _ = imported.report.validate();
}

fuzz_target!(|data: &[u8]| {
    if let Ok(imported) = import_bytes(data) {
        check(imported);
    }
    if let Ok(imported) = html::import_html(data) {
        check(imported);
    }
    if let Ok(imported) = docx::import_docx(data) {
        check(imported);
    }
});
