//! Runs one operation on a file N times (重复执行), for instruction counts under callgrind,
//! which are reproducible on a shared machine where wall times are not.
//!
//! ```text
//! cargo build --release --example repeat_op
//! valgrind --tool=callgrind target/release/examples/repeat_op OP FILE 1
//! valgrind --tool=callgrind target/release/examples/repeat_op OP FILE 11
//! ```
//!
//! The per-call count is (the count at 11 − the count at 1) / 10: reading the file, the
//! process start and the warm-up call (which builds the shared text dictionaries) cancel
//! out. OP is one of:
//!
//! - `value`: `serde_json::from_slice::<serde_json::Value>` of the file;
//! - `parse`: `Report::from_json_slice` of the file;
//! - `validate`: `Report::validate` of the report read once from the file;
//! - `parse-validate`: both, each time;
//! - `import`: `import::import_bytes` of the file (a report's text, not JSON).
//!
//! Exit status 2 on bad usage or a file that cannot be read or is not a report.

use std::hint::black_box;
use std::process::ExitCode;

use fazhi_report::Report;

const USAGE: &str = "用法 usage: repeat_op value|parse|validate|parse-validate|import FILE N";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [op, file, n] = args.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let Ok(n) = n.parse::<usize>() else {
        eprintln!("N 须为非负整数 N must be a whole number: {n}\n{USAGE}");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    if op == "import" {
        // The warm-up builds the shared dictionaries, as for the other operations.
        if let Err(e) = fazhi_report::import::import_bytes(&bytes) {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
        for _ in 0..n {
            black_box(fazhi_report::import::import_bytes(black_box(&bytes)).ok());
        }
        return ExitCode::SUCCESS;
    }
    let report = match Report::from_json_slice(&bytes) {
        Ok(report) => report,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    // The warm-up: the shared dictionaries are built once per process.
    black_box(report.validate());
    for _ in 0..n {
        match op.as_str() {
            "value" => {
                black_box(serde_json::from_slice::<serde_json::Value>(black_box(&bytes)).ok());
            }
            "parse" => {
                black_box(Report::from_json_slice(black_box(&bytes)).ok());
            }
            "validate" => {
                black_box(black_box(&report).validate());
            }
            "parse-validate" => {
                if let Ok(report) = Report::from_json_slice(black_box(&bytes)) {
                    black_box(report.validate());
                }
            }
            other => {
                eprintln!("未知操作 unknown operation {other}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    ExitCode::SUCCESS
}
