//! Validates a report file and prints its findings (校验报告文件).
//!
//! ```text
//! cargo run --example validate -- FILE [--json]
//! ```
//!
//! Prints one line per finding (severity, rule code, JSON Pointer, Chinese message) and a
//! summary; with `--json`, prints the whole `Validation` as JSON instead.
//!
//! Exit status: 0 when no finding is an error, 1 when one is, 2 when the file cannot be
//! read or is not a report (the reason, with its path, line and column, goes to stderr), and
//! 2 on bad usage.

use std::fs::File;
use std::io::{self, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use fazhi_report::Report;
use fazhi_report::validate::Validation;

const USAGE: &str = "用法 usage: validate FILE [--json]";

/// What the command line asks for.
struct Args {
    file: PathBuf,
    json: bool,
}

fn parse_args(args: impl Iterator<Item = std::ffi::OsString>) -> Result<Args, String> {
    let mut file = None;
    let mut json = false;
    for arg in args {
        if arg == "--json" {
            json = true;
        } else if arg == "-h" || arg == "--help" {
            return Err(String::new());
        } else if arg.to_string_lossy().starts_with('-') {
            return Err(format!("未知选项 unknown option {}", arg.to_string_lossy()));
        } else if file.is_some() {
            return Err("只能校验一个文件 only one FILE may be given".to_owned());
        } else {
            file = Some(PathBuf::from(arg));
        }
    }
    let file = file.ok_or_else(|| "缺少文件 missing FILE".to_owned())?;
    Ok(Args { file, json })
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args_os().skip(1)) {
        Ok(args) => args,
        Err(reason) => {
            if !reason.is_empty() {
                eprintln!("{reason}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let shown = args.file.display();
    let file = match File::open(&args.file) {
        Ok(file) => file,
        Err(err) => {
            eprintln!("{shown}: 无法读取文件 cannot read the file: {err}");
            return ExitCode::from(2);
        }
    };
    let report = match Report::from_reader(BufReader::new(file)) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("{shown}: {}", err.message_zh());
            eprintln!("{shown}: {err}");
            return ExitCode::from(2);
        }
    };
    let validation = report.validate();
    let printed = if args.json {
        print_json(&validation)
    } else {
        print_human(&validation)
    };
    if let Err(err) = printed {
        // A closed pipe (`| head`) is not a failure of the report.
        if err.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("无法输出结果 cannot write the output: {err}");
            return ExitCode::from(2);
        }
    }
    if validation.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn print_json(validation: &Validation) -> io::Result<()> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, validation)?;
    writeln!(out)
}

fn print_human(validation: &Validation) -> io::Result<()> {
    let mut out = io::stdout().lock();
    for finding in validation.findings() {
        writeln!(
            out,
            "{} {} {} {}",
            finding.severity().label_zh(),
            finding.code(),
            display_pointer(finding.pointer()),
            finding.message_zh()
        )?;
    }
    let errors = validation.errors().count();
    let warnings = validation.warnings().count();
    if validation.is_empty() {
        writeln!(out, "未发现问题 (no findings)")
    } else {
        writeln!(
            out,
            "共{}条：错误{errors}条，警告{warnings}条 ({} findings: {errors} errors, {warnings} warnings)",
            validation.len(),
            validation.len()
        )
    }
}

/// The whole document's pointer is empty; show it as `/` so the columns stay aligned.
fn display_pointer(pointer: &str) -> &str {
    if pointer.is_empty() { "/" } else { pointer }
}
