//! Writes the published schemas to `schema/`: the canonical schema (draft 2020-12), the
//! draft-07 form profile, the OpenAPI 3.0 components, the Formily schema, the JSON Forms and
//! rjsf UI schemas, the rule catalogue and, in `schema/parts/`, one form per part. `tests/schema.rs` fails while the committed files differ from these.
//!
//! ```sh
//! cargo run --example export_schema            # writes ./schema
//! cargo run --example export_schema -- OUTDIR  # writes elsewhere
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema"));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::create_dir_all(dir.join("parts")) {
        eprintln!("cannot create {}: {e}", dir.join("parts").display());
        return ExitCode::FAILURE;
    }
    let files = fazhi_report::schema::artifacts()
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value))
        .chain(fazhi_report::schema::part_artifacts());
    for (name, value) in files {
        let path = dir.join(&name);
        let text = match fazhi_report::schema::artifact_text(&name, &value) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("cannot serialise {name}: {e}");
                return ExitCode::FAILURE;
            }
        };
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
