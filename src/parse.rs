//! Parsing with limits (解析与限制).

use std::io::Read;

use serde::Deserialize;

use crate::error::{Error, ErrorKind};
use crate::model::{Report, UNSUPPORTED_VERSION};

/// Bounds on the input an embedder accepts (输入限制), checked before the report is built.
///
/// The defaults admit any real report by a wide margin and stop a hostile one early.
///
/// ```
/// use fazhi_report::Limits;
/// let limits = Limits::default().max_input_bytes(1 << 20);
/// assert_eq!(limits.input_bytes(), 1 << 20);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Limits {
    max_input_bytes: usize,
}

impl Limits {
    /// Default largest input: 16 MiB (the largest real reports are well under 1 MiB).
    pub const DEFAULT_MAX_INPUT_BYTES: usize = 16 << 20;

    /// Sets the largest input accepted, in bytes.
    #[must_use]
    pub const fn max_input_bytes(mut self, bytes: usize) -> Limits {
        self.max_input_bytes = bytes;
        self
    }

    /// The largest input accepted, in bytes.
    pub const fn input_bytes(&self) -> usize {
        self.max_input_bytes
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: Limits::DEFAULT_MAX_INPUT_BYTES,
        }
    }
}

impl Report {
    /// Parses JSON bytes under the given limits.
    pub fn from_json_slice_with(json: &[u8], limits: &Limits) -> Result<Report, Error> {
        from_slice(json, limits)
    }

    /// Reads and parses JSON under the given limits; reading stops at the input limit.
    pub fn from_reader_with<R: Read>(reader: R, limits: &Limits) -> Result<Report, Error> {
        from_reader(reader, limits)
    }
}

pub(crate) fn from_slice(json: &[u8], limits: &Limits) -> Result<Report, Error> {
    if json.len() > limits.max_input_bytes {
        return Err(too_large(json.len(), limits));
    }
    // Tracking the path costs an allocation per key, so the path is only worked out for the
    // error: parse plainly first, and on failure parse again with tracking. Both parses
    // read the same bytes the same way, so they fail at the same place.
    parse_untracked(json).or_else(|_| parse_tracked(json))
}

fn parse_untracked(json: &[u8]) -> Result<Report, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_slice(json);
    let report = Report::deserialize(&mut de)?;
    de.end()?;
    Ok(report)
}

fn parse_tracked(json: &[u8]) -> Result<Report, Error> {
    let mut de = serde_json::Deserializer::from_slice(json);
    let report: Report = serde_path_to_error::deserialize(&mut de).map_err(convert)?;
    de.end().map_err(|e| convert_json(e, None))?;
    Ok(report)
}

pub(crate) fn from_reader<R: Read>(reader: R, limits: &Limits) -> Result<Report, Error> {
    let mut buf = Vec::new();
    let cap = limits.max_input_bytes as u64 + 1;
    reader
        .take(cap)
        .read_to_end(&mut buf)
        .map_err(|e| Error::new(ErrorKind::Io, e.to_string()).with_source(e))?;
    if buf.len() > limits.max_input_bytes {
        return Err(Error::new(
            ErrorKind::Limit,
            format!(
                "input exceeds the limit of {} bytes",
                limits.max_input_bytes
            ),
        ));
    }
    from_slice(&buf, limits)
}

fn too_large(len: usize, limits: &Limits) -> Error {
    Error::new(
        ErrorKind::Limit,
        format!(
            "input of {len} bytes exceeds the limit of {} bytes",
            limits.max_input_bytes
        ),
    )
}

fn convert(err: serde_path_to_error::Error<serde_json::Error>) -> Error {
    let path = err.path().to_string();
    let path = (path != "." && !path.is_empty()).then_some(path);
    convert_json(err.into_inner(), path)
}

fn convert_json(err: serde_json::Error, path: Option<String>) -> Error {
    use serde_json::error::Category;
    let kind = match err.classify() {
        Category::Io => ErrorKind::Io,
        Category::Syntax => ErrorKind::Syntax,
        Category::Eof => ErrorKind::Eof,
        Category::Data => {
            if err.to_string().starts_with(UNSUPPORTED_VERSION) {
                ErrorKind::UnsupportedVersion
            } else {
                ErrorKind::Data
            }
        }
    };
    // serde_json appends " at line L column C" to its message; keep the bare reason.
    let full = err.to_string();
    let reason = match full.rfind(" at line ") {
        Some(i) if err.line() > 0 => full[..i].to_owned(),
        _ => full,
    };
    let (line, column) = (err.line(), err.column());
    Error::new(kind, reason)
        .at(path, line, column)
        .with_source(err)
}
