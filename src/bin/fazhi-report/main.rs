//! `fazhi-report`: the checker's command-line tool (校对工具) for the annual rule-of-law
//! government report (法治政府建设年度报告).
//!
//! ```text
//! fazhi-report check 报告.docx --html 校对.html   # check, and write the proofreading page
//! fazhi-report import 报告.txt -o 报告.json        # import a text, web page or Word file
//! fazhi-report schema --profile draft-07          # the JSON Schema
//! fazhi-report rules                              # the rule catalogue
//! ```
//!
//! Exit status of `check`: 0 when no file has an error finding, 1 when one has, 2 when a
//! file cannot be read (or on bad usage).

mod doc;
mod human;
mod load;
mod view;

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use fazhi_report::validate::{Level, Options, Rule, Severity, Validation};
use fazhi_report::{Config, Limits, Profile};

use crate::doc::{Doc, Place};
use crate::load::{LoadError, Loaded};

/// 法治政府建设年度报告校对工具 — the checker's tool for the annual rule-of-law government report.
#[derive(Parser)]
#[command(name = "fazhi-report", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// 校验报告 — check reports (.json, .txt, .html, .docx, or folders of them).
    Check(CheckArgs),
    /// 导入报告 — import a text, web page or Word file and print the report's JSON.
    Import(ImportArgs),
    /// 输出 JSON Schema — print the report's JSON Schema.
    Schema(SchemaArgs),
    /// 规则目录 — list the validation rules (code, severity, Chinese title).
    Rules(RulesArgs),
}

#[derive(clap::Args)]
struct CheckArgs {
    /// 要校验的文件或文件夹 — files or folders to check.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// 输出格式 — output format: `human` (default) or `json` (the Validation JSON).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// 等同 --format json — same as `--format json`.
    #[arg(long)]
    json: bool,
    /// 写出校对视图 — write the HTML proofreading page here (a folder for several files).
    #[arg(long, value_name = "OUT.html")]
    html: Option<PathBuf>,
    /// 配置文件 — a fazhi-report.toml with [levels], [deadlines], as_of, [limits].
    #[arg(long, value_name = "fazhi-report.toml")]
    config: Option<PathBuf>,
    /// 关闭规则 — do not report this rule (a code, `family.*` or `*`); repeatable.
    #[arg(long, value_name = "CODE")]
    allow: Vec<String>,
    /// 降为警告 — report this rule as a warning; repeatable.
    #[arg(long, value_name = "CODE")]
    warn: Vec<String>,
    /// 升为错误 — report this rule as an error; repeatable.
    #[arg(long, value_name = "CODE")]
    deny: Vec<String>,
    /// 颜色 — colour: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args)]
struct ImportArgs {
    /// 要导入的文件 — the file to import (.txt, .html, .docx).
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// 报告 JSON 写到此文件（默认标准输出） — write the report's JSON here (default: stdout).
    #[arg(short, long, value_name = "OUT.json")]
    output: Option<PathBuf>,
    /// 导入日志写到此文件（默认标准错误） — write the import log (JSON) here (default: stderr).
    #[arg(long, value_name = "LOG.json")]
    log: Option<PathBuf>,
}

#[derive(clap::Args)]
struct SchemaArgs {
    /// 规范版本 — the schema profile.
    #[arg(long, value_enum, default_value_t = ProfileArg::Canonical)]
    profile: ProfileArg,
    /// 只输出一个部分 — only one part's schema (meta, measures, shortcomings, responsibility, plans, other).
    #[arg(long, value_name = "PART")]
    part: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ProfileArg {
    /// JSON Schema draft 2020-12 (the contract).
    Canonical,
    /// JSON Schema draft-07 (react-jsonschema-form, JSON Forms, Formily).
    #[value(name = "draft-07")]
    Draft07,
    /// OpenAPI 3.0 components.
    #[value(name = "openapi")]
    OpenApi,
}

#[derive(clap::Args)]
struct RulesArgs {
    /// 输出 JSON 目录 — print the catalogue as JSON (schema/rules.json).
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(&args),
        Command::Import(args) => import(&args),
        Command::Schema(args) => schema(&args),
        Command::Rules(args) => rules(&args),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Usage(message)) => {
            eprintln!("fazhi-report: {message}");
            ExitCode::from(2)
        }
        // A reader that stopped early (`| head`): the output is incomplete, so no success;
        // 141 (128 + SIGPIPE) is what a shell reports for a program a closed pipe ended.
        Err(Failure::Io(err)) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(141),
        Err(Failure::Io(err)) => {
            eprintln!("fazhi-report: 无法输出结果 (cannot write the output): {err}");
            ExitCode::from(2)
        }
    }
}

/// A failure of the tool itself (not a finding).
enum Failure {
    /// Bad usage or an unreadable configuration, with the message to print.
    Usage(String),
    /// Output could not be written.
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(err: io::Error) -> Failure {
        Failure::Io(err)
    }
}

/// The options and limits from `--config` and the level flags.
fn options(args: &CheckArgs) -> Result<(Options, Limits), Failure> {
    let mut config = Config::default();
    if let Some(path) = &args.config {
        let text = std::fs::read_to_string(path).map_err(|err| {
            Failure::Usage(format!(
                "{}: 无法读取配置文件 (cannot read the configuration file): {err}",
                path.display()
            ))
        })?;
        config = toml::from_str(&text).map_err(|err| {
            Failure::Usage(format!(
                "{}: 配置文件有误 (invalid configuration file): {err}",
                path.display()
            ))
        })?;
    }
    let mut options = config.options().clone();
    for (codes, level) in [
        (&args.allow, Level::Allow),
        (&args.warn, Level::Warn),
        (&args.deny, Level::Deny),
    ] {
        for code in codes {
            options = set_level(options, code, level)?;
        }
    }
    Ok((options, *config.limits()))
}

/// Sets a level for a code, a `family.*` pattern or `*`.
fn set_level(mut options: Options, code: &str, level: Level) -> Result<Options, Failure> {
    if let Some(family) = code.strip_suffix('*') {
        let mut any = false;
        for rule in Rule::all().filter(|r| r.code.starts_with(family)) {
            options = options.level(rule, level);
            any = true;
        }
        if any {
            return Ok(options);
        }
    } else if let Ok(options) = options.clone().level_by_code(code, level) {
        return Ok(options);
    }
    Err(Failure::Usage(format!(
        "未知规则 (unknown rule) {code}; `fazhi-report rules` 列出全部规则 (lists every rule)"
    )))
}

/// The files to check: each file given, and the report files of each folder given.
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found, 0);
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    files
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        found.push(dir.to_owned());
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if depth < 8 {
                walk(&path, found, depth + 1);
            }
            continue;
        }
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if matches!(
            ext.as_str(),
            "json" | "txt" | "html" | "htm" | "shtml" | "docx"
        ) {
            found.push(path);
        }
    }
}

/// One file's outcome.
enum Outcome {
    Checked { errors: usize, warnings: usize },
    Unreadable,
}

fn check(args: &CheckArgs) -> Result<ExitCode, Failure> {
    let (options, limits) = options(args)?;
    let format = if args.json { Format::Json } else { args.format };
    let files = expand(&args.files);
    let paint = human::Paint {
        on: match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        },
    };
    let several = files.len() > 1;
    if let Some(out) = &args.html
        && several
    {
        std::fs::create_dir_all(out).map_err(|err| {
            Failure::Usage(format!(
                "{}: 无法创建文件夹 (cannot create the folder): {err}",
                out.display()
            ))
        })?;
    }
    // A progress bar on a terminal when several files are checked (hidden otherwise).
    let bar = if several && io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:30.cyan/blue} {pos}/{len} {wide_msg}")
        {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut outcomes = Vec::new();
    for file in &files {
        bar.set_message(file.display().to_string());
        let outcome = match load::load(file, &limits) {
            Err(err) => {
                bar.suspend(|| report_unreadable(&mut io::stdout().lock(), &err, format, several))?;
                Outcome::Unreadable
            }
            Ok(loaded) => {
                let validation = loaded.report.validate_with(&options);
                let doc = Doc::new(&loaded.report);
                let places: Vec<Place> = validation
                    .findings()
                    .iter()
                    .map(|f| doc.place(f, loaded.imported.as_ref()))
                    .collect();
                bar.suspend(|| -> Result<(), Failure> {
                    // The page first: a closed pipe on stdout (`| head`) must not lose it.
                    if let Some(out) = &args.html {
                        write_html(out, file, several, &loaded, &doc, &validation, &places)?;
                    }
                    let mut stdout = io::stdout().lock();
                    match format {
                        Format::Json => print_json(&mut stdout, file, &validation, several)?,
                        Format::Human => {
                            let title = format!(
                                "{}（{}）：{}",
                                file.display(),
                                loaded.kind.label_zh(),
                                loaded.report.meta.title
                            );
                            human::print_file(
                                &mut stdout,
                                &title,
                                &doc,
                                &validation,
                                &places,
                                paint,
                            )?;
                            if let Some(imported) = &loaded.imported {
                                import_summary(&mut stdout, imported)?;
                            }
                            writeln!(stdout)?;
                        }
                    }
                    stdout.flush()?;
                    Ok(())
                })?;
                Outcome::Checked {
                    errors: validation.errors().count(),
                    warnings: validation.warnings().count(),
                }
            }
        };
        outcomes.push(outcome);
        bar.inc(1);
    }
    bar.finish_and_clear();
    let mut stdout = io::stdout().lock();
    if several && format == Format::Human {
        summary(&mut stdout, &files, &outcomes)?;
    }
    stdout.flush()?;
    let unreadable = outcomes.iter().any(|o| matches!(o, Outcome::Unreadable));
    let failed = outcomes
        .iter()
        .any(|o| matches!(o, Outcome::Checked { errors, .. } if *errors > 0));
    Ok(if unreadable {
        ExitCode::from(2)
    } else if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn report_unreadable(
    out: &mut impl Write,
    err: &LoadError,
    format: Format,
    several: bool,
) -> io::Result<()> {
    eprintln!("{}：{}", err.path.display(), err.zh);
    eprintln!("{}: {}", err.path.display(), err.en);
    if format == Format::Json && several {
        writeln!(out, "{}", err.to_json())?;
    }
    Ok(())
}

fn print_json(
    out: &mut impl Write,
    file: &Path,
    validation: &Validation,
    several: bool,
) -> io::Result<()> {
    if several {
        let line =
            serde_json::json!({"file": file.display().to_string(), "validation": validation});
        writeln!(out, "{line}")
    } else {
        serde_json::to_writer_pretty(&mut *out, validation)?;
        writeln!(out)
    }
}

/// One line on what an import could not place.
fn import_summary(
    out: &mut impl Write,
    imported: &fazhi_report::import::Imported,
) -> io::Result<()> {
    use fazhi_report::import::LogKind;
    let unplaced = imported.log.of_kind(LogKind::Unplaced).count();
    let unclassified = imported.log.of_kind(LogKind::Unclassified).count();
    let guessed = imported.log.of_kind(LogKind::Guessed).count();
    writeln!(
        out,
        "导入（{}）：{} 个数字未放入字段，{} 个标题无法归类，{} 处推测；`fazhi-report import` 输出完整日志。",
        imported.log.encoding, unplaced, unclassified, guessed
    )
}

fn write_html(
    out: &Path,
    file: &Path,
    several: bool,
    loaded: &Loaded,
    doc: &Doc,
    validation: &Validation,
    places: &[Place],
) -> Result<(), Failure> {
    let target = if several {
        let stem = file
            .file_stem()
            .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned());
        out.join(format!("{stem}.html"))
    } else {
        out.to_owned()
    };
    let page = view::render(
        &file.display().to_string(),
        loaded.kind.label_zh(),
        doc,
        validation,
        places,
    );
    std::fs::write(&target, page).map_err(|err| {
        Failure::Usage(format!(
            "{}: 无法写出校对视图 (cannot write the HTML view): {err}",
            target.display()
        ))
    })?;
    eprintln!("校对视图已写出 (HTML view written): {}", target.display());
    Ok(())
}

/// Width of text on a terminal: CJK characters take two columns.
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| if c >= '\u{2e80}' { 2 } else { 1 })
        .sum()
}

/// Text padded on the right (`left`) or on the left to `width` columns.
fn pad(text: &str, width: usize, left: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(columns(text)));
    if left {
        format!("{text}{fill}")
    } else {
        format!("{fill}{text}")
    }
}

fn summary(out: &mut impl Write, files: &[PathBuf], outcomes: &[Outcome]) -> io::Result<()> {
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let width = names
        .iter()
        .map(|n| columns(n))
        .max()
        .unwrap_or(0)
        .clamp(16, 72);
    let row = |out: &mut dyn Write, name: &str, errors: &str, warnings: &str| {
        writeln!(
            out,
            "{}  {}  {}",
            pad(name, width, true),
            pad(errors, 12, false),
            pad(warnings, 14, false)
        )
    };
    row(out, "文件 file", "错误 errors", "警告 warnings")?;
    let (mut e, mut w) = (0, 0);
    for (name, outcome) in names.iter().zip(outcomes) {
        match outcome {
            Outcome::Checked { errors, warnings } => {
                e += errors;
                w += warnings;
                row(out, name, &errors.to_string(), &warnings.to_string())?;
            }
            Outcome::Unreadable => row(out, name, "无法读取", "unreadable")?,
        }
    }
    let total = format!("合计 {} 个文件 (total)", files.len());
    row(out, &total, &e.to_string(), &w.to_string())
}

fn import(args: &ImportArgs) -> Result<ExitCode, Failure> {
    let loaded = match load::load(&args.file, &Limits::default()) {
        Ok(loaded) => loaded,
        Err(err) => {
            eprintln!("{}：{}", err.path.display(), err.zh);
            eprintln!("{}: {}", err.path.display(), err.en);
            return Ok(ExitCode::from(2));
        }
    };
    let json = loaded
        .report
        .to_json_pretty()
        .map_err(|err| Failure::Usage(format!("无法输出 JSON (cannot write the JSON): {err}")))?;
    match &args.output {
        Some(path) => std::fs::write(path, format!("{json}\n")).map_err(|err| {
            Failure::Usage(format!(
                "{}: 无法写出 (cannot write): {err}",
                path.display()
            ))
        })?,
        None => {
            let mut out = io::stdout().lock();
            writeln!(out, "{json}")?;
            out.flush()?;
        }
    }
    let log = match &loaded.imported {
        Some(imported) => serde_json::to_string_pretty(&imported.log),
        None => serde_json::to_string_pretty(
            &serde_json::json!({"encoding": "UTF-8", "entries": [], "note": "JSON input, nothing imported"}),
        ),
    }
    .map_err(|err| Failure::Usage(format!("无法输出日志 (cannot write the log): {err}")))?;
    match &args.log {
        Some(path) => std::fs::write(path, format!("{log}\n")).map_err(|err| {
            Failure::Usage(format!(
                "{}: 无法写出 (cannot write): {err}",
                path.display()
            ))
        })?,
        None => eprintln!("{log}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn schema(args: &SchemaArgs) -> Result<ExitCode, Failure> {
    let profile = match args.profile {
        ProfileArg::Canonical => Profile::Canonical,
        ProfileArg::Draft07 => Profile::Draft07,
        ProfileArg::OpenApi => Profile::OpenApi3,
    };
    let mut value = fazhi_report::schema_for(profile);
    if let Some(part) = &args.part {
        value = part_schema(value, part, profile)?;
    }
    print_value(&value)?;
    Ok(ExitCode::SUCCESS)
}

/// One property of the report's schema, with the definitions it may refer to.
fn part_schema(
    root: serde_json::Value,
    part: &str,
    profile: Profile,
) -> Result<serde_json::Value, Failure> {
    let known = [
        "meta",
        "measures",
        "shortcomings",
        "responsibility",
        "plans",
        "other",
    ];
    if !known.contains(&part) {
        return Err(Failure::Usage(format!(
            "未知部分 (unknown part) {part}; 可选 (one of): {}",
            known.join(", ")
        )));
    }
    if profile == Profile::OpenApi3 {
        return Err(Failure::Usage(
            "--part 只用于 JSON Schema 版本 (only with --profile canonical or draft-07)".to_owned(),
        ));
    }
    let defs_key = if root.get("$defs").is_some() {
        "$defs"
    } else {
        "definitions"
    };
    let mut sub = root
        .pointer(&format!("/properties/{part}"))
        .cloned()
        .ok_or_else(|| Failure::Usage(format!("schema has no part {part}")))?;
    if let Some(obj) = sub.as_object_mut() {
        if let Some(schema) = root.get("$schema") {
            obj.insert("$schema".into(), schema.clone());
        }
        if let Some(defs) = root.get(defs_key) {
            obj.insert(defs_key.into(), defs.clone());
        }
    }
    Ok(sub)
}

/// Prints a JSON value, pretty (a closed pipe is not an error: see `main`).
fn print_value(value: &serde_json::Value) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|err| Failure::Usage(format!("无法输出 JSON (cannot write the JSON): {err}")))?;
    let mut out = io::stdout().lock();
    writeln!(out, "{text}")?;
    out.flush()?;
    Ok(())
}

fn rules(args: &RulesArgs) -> Result<ExitCode, Failure> {
    if args.json {
        print_value(&Rule::catalogue_json())?;
    } else {
        let mut out = io::stdout().lock();
        for rule in Rule::all() {
            let sev = match rule.severity {
                Severity::Error => "错误",
                _ => "警告",
            };
            writeln!(out, "{:<48} {sev}  {}", rule.code, rule.title_zh)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
