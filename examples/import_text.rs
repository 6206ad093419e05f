//! Imports a report's plain text and prints the report's JSON, the log on standard error.
//!
//! `cargo run --example import_text -- tests/fixtures/reference.txt`
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: import_text FILE")?;
    let bytes = std::fs::read(path)?;
    let imported = fazhi_report::import::import_bytes(&bytes)?;
    println!("{}", imported.report.to_json_pretty()?);
    eprintln!("{}", serde_json::to_string_pretty(&imported.log)?);
    Ok(())
}
