//! Parsing with limits (解析与限制).
//!
//! Every entry point ([`Report::from_json_str`], [`Report::from_json_slice_with`],
//! [`Report::from_reader_with`] …) goes through [`from_slice`], which
//!
//! 1. checks the input size against [`Limits::input_bytes`] before anything else (a reader
//!    is read through [`Read::take`], so an oversized stream is never buffered whole);
//! 2. strips one leading UTF-8 byte-order mark (see below) and rejects UTF-16/UTF-32 input
//!    with an error that says so;
//! 3. deserializes through a thin wrapper around `serde_json`'s deserializer that enforces
//!    the string, list and depth limits *while* reading: a string is measured from the
//!    `&str` that `serde_json` hands over, before the model builds its owned `String`; list
//!    items are counted as they are read; nesting is counted as objects and arrays open;
//! 4. records the JSON path of any failure with `serde_path_to_error`.
//!
//! The wrapper allocates nothing: it adds a length comparison per string, a counter per
//! list item and a depth counter per object or array.
//!
//! # Byte-order mark (BOM)
//!
//! One UTF-8 BOM (`EF BB BF`) at the very start of the input is ignored, as RFC 8259 §8.1
//! allows: spreadsheet programs and Windows editors write it when they save "UTF-8", and
//! drafters cannot see it. Line and column numbers then count from after the BOM, which is
//! what an editor shows. A BOM anywhere else (a second one, or one after whitespace) is a
//! syntax error. A UTF-16 or UTF-32 BOM, or NUL bytes at the start, is reported as
//! "save the file as UTF-8".
//!
//! # Negative zero
//!
//! `-0` (and `-0.0`) is rejected everywhere with one message: `serde_json` reads `-0` as a
//! floating-point number, so integer fields would reject it while decimal figures would
//! silently read it as `0`. In a report it comes from a spreadsheet rounding a negative
//! figure (Excel prints `-0.4` rounded as `-0`), so the figure behind it was negative and
//! the drafter should look at it, as for any negative figure.

use std::cell::Cell;
use std::fmt;
use std::io::Read;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

mod bounds;
mod fits;

pub(crate) use fits::json_len_within;

/// The schema's `maxItems` for the list `field` of the struct the schema names
/// `struct_name`, if it has one (for builders of reports, such as the import, that must
/// stay within what the parser accepts).
pub(crate) fn max_items(struct_name: &str, field: &str) -> Option<usize> {
    BoundsTable::get()
        .of_struct(struct_name)
        .and_then(|fields| bounds::lookup(fields, field))
        .and_then(|b| b.max_items)
}

use bounds::{BoundsTable, FieldBounds, StructBounds};

use crate::error::cause::{self, raise};
use crate::error::{Cause, Error, ErrorKind};
use crate::model::Report;

/// Bounds on the input an embedder accepts (输入限制), checked before the report is built.
///
/// The defaults admit any real report by a wide margin and stop a hostile one early:
///
/// | bound | default | what the model needs |
/// | --- | --- | --- |
/// | [`input_bytes`](Limits::input_bytes) | 16 MiB | real reports are well under 1 MiB |
/// | [`string_bytes`](Limits::string_bytes) | 256 KiB | the longest text field is 20 000 characters (≤ 80 000 bytes of UTF-8) |
/// | [`list_len`](Limits::list_len) | 10 000 | the longest list in the schema has 1 000 items |
/// | [`depth`](Limits::depth) | 32 | a report nests at most 10 objects and arrays deep |
///
/// Lengths are counted in **bytes** of UTF-8, not characters: the check is then a constant-
/// time comparison that bounds memory exactly whatever the script. (Character counts are
/// the schema's and the validator's business.)
///
/// A breach is an [`Error`] of kind [`ErrorKind::Limit`] naming the path of the value. The
/// input size is checked before anything is parsed (a reader is not read past it); the other
/// bounds are checked while reading, before the model builds the oversized value.
///
/// # How input is read (输入规则)
///
/// - **Byte-order mark**: one UTF-8 BOM at the very start is ignored (RFC 8259 §8.1 allows
///   it; spreadsheet programs and Windows editors write it, and drafters cannot see it).
///   Line and column numbers then count from after it, as an editor shows them. A BOM
///   anywhere else is a syntax error; UTF-16 or UTF-32 input (a BOM of theirs, or NUL bytes
///   at the start) is a syntax error that says to save the file as UTF-8.
/// - **Invalid UTF-8** is a syntax error at its line and column.
/// - **Negative zero** (`-0`, `-0.0`) is rejected for every number, with one message:
///   `serde_json` reads `-0` as a float, so integer fields would reject it and figures
///   would read it as `0`. In a report it comes from a spreadsheet rounding a negative
///   figure, which the drafter should look at.
/// - **Objects only**: a struct written as a JSON array of its fields (which serde would
///   otherwise accept) is a data error; so is an enum code that is not a string.
/// - **Duplicate keys** are a data error naming the object and the key; unknown keys are a
///   data error naming the key's path.
///
/// ```
/// use fazhi_report::{ErrorKind, Limits, Report};
/// let limits = Limits::default().max_input_bytes(1 << 20).max_string_bytes(16);
/// assert_eq!(limits.input_bytes(), 1 << 20);
/// let json = r#"{"schema_version": "1.0", "meta": {"title": "一个超过十六字节的很长的标题"}}"#;
/// let err = Report::from_json_slice_with(json.as_bytes(), &limits).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Limit);
/// assert_eq!(err.path(), Some("meta.title"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Limits {
    max_input_bytes: usize,
    max_string_bytes: usize,
    max_list_len: usize,
    max_depth: usize,
}

impl Limits {
    /// Default largest input: 16 MiB (the largest real reports are well under 1 MiB).
    pub const DEFAULT_MAX_INPUT_BYTES: usize = 16 << 20;
    /// Default longest string (a text field, a key): 256 KiB of UTF-8.
    pub const DEFAULT_MAX_STRING_BYTES: usize = 256 << 10;
    /// Default longest list (JSON array) and largest object: 10 000 entries.
    pub const DEFAULT_MAX_LIST_LEN: usize = 10_000;
    /// Default deepest nesting of objects and arrays: 32 levels.
    pub const DEFAULT_MAX_DEPTH: usize = 32;

    /// Sets the largest input accepted, in bytes.
    #[must_use]
    pub const fn max_input_bytes(mut self, bytes: usize) -> Limits {
        self.max_input_bytes = bytes;
        self
    }

    /// The largest input accepted, in bytes.
    #[must_use]
    pub const fn input_bytes(&self) -> usize {
        self.max_input_bytes
    }

    /// Sets the longest string accepted (any text value or object key), in bytes of UTF-8.
    #[must_use]
    pub const fn max_string_bytes(mut self, bytes: usize) -> Limits {
        self.max_string_bytes = bytes;
        self
    }

    /// The longest string accepted, in bytes of UTF-8.
    #[must_use]
    pub const fn string_bytes(&self) -> usize {
        self.max_string_bytes
    }

    /// Sets the most items accepted in one list (JSON array) or entries in one object.
    #[must_use]
    pub const fn max_list_len(mut self, len: usize) -> Limits {
        self.max_list_len = len;
        self
    }

    /// The most items accepted in one list or entries in one object.
    #[must_use]
    pub const fn list_len(&self) -> usize {
        self.max_list_len
    }

    /// Sets the deepest nesting of objects and arrays accepted (the whole report is level 1).
    #[must_use]
    pub const fn max_depth(mut self, depth: usize) -> Limits {
        self.max_depth = depth;
        self
    }

    /// The deepest nesting of objects and arrays accepted.
    #[must_use]
    pub const fn depth(&self) -> usize {
        self.max_depth
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: Limits::DEFAULT_MAX_INPUT_BYTES,
            max_string_bytes: Limits::DEFAULT_MAX_STRING_BYTES,
            max_list_len: Limits::DEFAULT_MAX_LIST_LEN,
            max_depth: Limits::DEFAULT_MAX_DEPTH,
        }
    }
}

impl Report {
    /// Parses JSON bytes under the given limits.
    ///
    /// # Errors
    ///
    /// As [`Report::from_json_slice`], with `Limit` for a bound of `limits`.
    pub fn from_json_slice_with(json: &[u8], limits: &Limits) -> Result<Report, Error> {
        from_slice(json, limits)
    }

    /// Reads and parses JSON under the given limits; reading stops at the input limit.
    ///
    /// # Errors
    ///
    /// As [`Report::from_reader`], with `Limit` for a bound of `limits`.
    pub fn from_reader_with<R: Read>(reader: R, limits: &Limits) -> Result<Report, Error> {
        from_reader(reader, limits)
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

pub(crate) fn from_slice(json: &[u8], limits: &Limits) -> Result<Report, Error> {
    if json.len() > limits.max_input_bytes {
        return Err(too_large(json.len(), limits));
    }
    let json = json.strip_prefix(UTF8_BOM).unwrap_or(json);
    if let Some(encoding) = wide_encoding(json) {
        return Err(
            Error::of_cause(ErrorKind::Syntax, Cause::WideEncoding(encoding)).at(None, 1, 1),
        );
    }
    // Tracking the path costs an allocation per key, so the path is only worked out for the
    // error: parse plainly first, and on failure parse again with tracking. Both parses
    // read the same bytes the same way under the same limits, so they fail at the same
    // place.
    parse_untracked(json, limits).or_else(|_| parse_tracked(json, limits))
}

fn parse_untracked(json: &[u8], limits: &Limits) -> Result<Report, serde_json::Error> {
    cause::forget();
    let budget = Budget::new(limits);
    let mut de = serde_json::Deserializer::from_slice(json);
    let report = Report::deserialize(Limited::new(&mut de, &budget))?;
    de.end()?;
    Ok(report)
}

fn parse_tracked(json: &[u8], limits: &Limits) -> Result<Report, Error> {
    cause::forget();
    let budget = Budget::new(limits);
    let mut de = serde_json::Deserializer::from_slice(json);
    let report: Report =
        serde_path_to_error::deserialize(Limited::new(&mut de, &budget)).map_err(convert)?;
    de.end().map_err(|e| convert_json(e, None))?;
    Ok(report)
}

pub(crate) fn from_reader<R: Read>(reader: R, limits: &Limits) -> Result<Report, Error> {
    let mut buf = Vec::new();
    let cap = (limits.max_input_bytes as u64).saturating_add(1);
    reader
        .take(cap)
        .read_to_end(&mut buf)
        .map_err(|e| Error::new(ErrorKind::Io, e.to_string()).with_source(e))?;
    if buf.len() > limits.max_input_bytes {
        return Err(Error::of_cause(
            ErrorKind::Limit,
            Cause::InputLimit {
                len: None,
                max: limits.max_input_bytes,
            },
        ));
    }
    from_slice(&buf, limits)
}

/// Names a UTF-16 or UTF-32 encoding recognisable from the first bytes (a BOM, or the NUL
/// bytes that ASCII characters carry in those encodings; JSON text never starts with NUL).
fn wide_encoding(json: &[u8]) -> Option<&'static str> {
    match json {
        [0xFF, 0xFE, 0, 0, ..] | [0, 0, 0xFE, 0xFF, ..] => Some("UTF-32 (byte-order mark)"),
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => Some("UTF-16 (byte-order mark)"),
        [0, ..] | [_, 0, ..] => Some("UTF-16 or UTF-32 (NUL bytes)"),
        _ => None,
    }
}

fn too_large(len: usize, limits: &Limits) -> Error {
    Error::of_cause(
        ErrorKind::Limit,
        Cause::InputLimit {
            len: Some(len),
            max: limits.max_input_bytes,
        },
    )
}

fn convert(err: serde_path_to_error::Error<serde_json::Error>) -> Error {
    // serde_path_to_error writes `?` for a key it could not read (a syntax error inside an
    // object): the place is then the object itself.
    let mut path = err.path().to_string();
    while let Some(parent) = path.strip_suffix(".?") {
        path.truncate(parent.len());
    }
    let path = (path != "." && path != "?" && !path.is_empty()).then_some(path);
    let pointer = crate::error::pointer_of(err.path());
    let mut error = convert_json(err.into_inner(), path);
    error.set_pointer(pointer);
    error
}

/// The crate's error for a `serde_json` error, with the [`Cause`] the crate's own code
/// recorded for it, if any: the cause decides a limit or an unsupported version.
fn convert_json(err: serde_json::Error, path: Option<String>) -> Error {
    use serde_json::error::Category;
    // serde_json appends " at line L column C" to its message; keep the bare reason.
    let full = err.to_string();
    let reason = match full.rfind(" at line ") {
        Some(i) if err.line() > 0 => full[..i].to_owned(),
        _ => full,
    };
    let cause = cause::take(&reason);
    let kind = match (&cause, err.classify()) {
        (Some(c), _) if c.is_limit() => ErrorKind::Limit,
        (Some(Cause::VersionUnsupported { .. }), _) => ErrorKind::UnsupportedVersion,
        (_, Category::Io) => ErrorKind::Io,
        (_, Category::Syntax) => ErrorKind::Syntax,
        (_, Category::Eof) => ErrorKind::Eof,
        (_, Category::Data) => ErrorKind::Data,
    };
    let (line, column) = (err.line(), err.column());
    Error::new(kind, reason)
        .with_cause(cause)
        .at(path, line, column)
        .with_source(err)
}

/// What is left of the limits during one parse.
struct Budget<'l> {
    limits: &'l Limits,
    depth: Cell<usize>,
    /// The schema's bounds on the value of the struct field whose key was just read.
    pending: Cell<Option<FieldBounds>>,
}

impl<'l> Budget<'l> {
    fn new(limits: &'l Limits) -> Budget<'l> {
        Budget {
            limits,
            depth: Cell::new(0),
            pending: Cell::new(None),
        }
    }

    fn check_str<E: de::Error>(&self, len: usize) -> Result<(), E> {
        if len > self.limits.max_string_bytes {
            return Err(raise(Cause::StringLimit {
                len,
                max: self.limits.max_string_bytes,
            }));
        }
        Ok(())
    }

    /// Enters an object or array; the caller must call [`Budget::leave`] afterwards.
    fn enter<E: de::Error>(&self) -> Result<(), E> {
        let depth = self.depth.get() + 1;
        if depth > self.limits.max_depth {
            return Err(raise(Cause::DepthLimit {
                max: self.limits.max_depth,
            }));
        }
        self.depth.set(depth);
        Ok(())
    }

    fn leave(&self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }

    /// Counts one more entry of a list (or, with `object`, an object).
    fn count<E: de::Error>(&self, seen: &mut usize, object: bool) -> Result<(), E> {
        *seen += 1;
        if *seen > self.limits.max_list_len {
            return Err(raise(Cause::EntriesLimit {
                object,
                max: self.limits.max_list_len,
            }));
        }
        Ok(())
    }
}

/// The shape the caller asked for, so that the visitor can refuse what `serde_json` would
/// otherwise let through.
#[derive(Clone, Copy)]
enum Shape {
    Any,
    /// A struct: serde's derived visitors also accept a JSON array of the fields in order,
    /// a second wire form that the schema does not allow and that loses the field names
    /// from error paths. Only objects are accepted.
    /// The struct's fields with bounds in the schema, if it has any.
    Struct(Option<&'static StructBounds>),
}

/// What the value being read is, for the schema's bounds ([`bounds`]).
#[derive(Clone, Copy)]
enum Expect {
    /// A value, with the bounds the schema puts on it.
    Value(Option<FieldBounds>),
    /// The key of a struct's field: the bounds of the field it names are noted in the
    /// [`Budget`] for the value that follows.
    Key(&'static StructBounds),
}

/// A deserializer that enforces the [`Limits`] and the schema's bounds on everything it
/// hands out.
struct Limited<'b, 'l, D> {
    de: D,
    budget: &'b Budget<'l>,
    expect: Expect,
}

impl<'b, 'l, D> Limited<'b, 'l, D> {
    fn new(de: D, budget: &'b Budget<'l>) -> Limited<'b, 'l, D> {
        Limited {
            de,
            budget,
            expect: Expect::Value(None),
        }
    }

    fn visit<V>(&self, visitor: V, shape: Shape) -> Visit<'b, 'l, V> {
        Visit {
            visitor,
            budget: self.budget,
            shape,
            expect: self.expect,
        }
    }
}

macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                let visitor = self.visit(visitor, Shape::Any);
                self.de.$method($($arg,)* visitor)
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Limited<'_, '_, D> {
    type Error = D::Error;

    forward! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_map();
        deserialize_identifier();
        deserialize_ignored_any();
    }

    /// A newtype struct; the raw-value token through which [`Decimal`](crate::Decimal) reads
    /// a number's own text goes straight to `serde_json`: the raw text is borrowed from the
    /// input, not built, so no limit applies to it.
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        if crate::model::is_raw_value_token(name) {
            return self.de.deserialize_newtype_struct(name, visitor);
        }
        let visitor = self.visit(visitor, Shape::Any);
        self.de.deserialize_newtype_struct(name, visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let bounded = BoundsTable::get().of_struct(name);
        let visitor = self.visit(visitor, Shape::Struct(bounded));
        self.de.deserialize_struct(name, fields, visitor)
    }

    /// Enums are read through `deserialize_any`: `serde_json`'s own `deserialize_enum`
    /// reports a value that is neither a string nor an object (`"theme": 7`) as the syntax
    /// error "expected value", although the JSON is well-formed; this reports it as a value
    /// of the wrong type at its path.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let budget = self.budget;
        self.de.deserialize_any(EnumVisit { visitor, budget })
    }

    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }
}

/// What a code must be, for messages.
const CODE: &str = "a code written as a string";

/// Turns a string into an enum (every enum of the model is a plain code); anything else,
/// an object included, is a value of the wrong type.
struct EnumVisit<'b, 'l, V> {
    visitor: V,
    budget: &'b Budget<'l>,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for EnumVisit<'_, '_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.budget.check_str(v.len())?;
        self.visitor
            .visit_enum(de::value::StrDeserializer::<E>::new(v))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        self.budget.check_str(v.len())?;
        self.visitor
            .visit_enum(de::value::BorrowedStrDeserializer::<E>::new(v))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.budget.check_str(v.len())?;
        self.visitor
            .visit_enum(de::value::StringDeserializer::<E>::new(v))
    }

    /// A code written as a one-entry object (`{"custom": null}`), which serde's externally
    /// tagged form would accept for a unit variant: every code of the model is a plain
    /// string, so an object is refused here, at the code's path.
    fn visit_map<A: de::MapAccess<'de>>(self, _map: A) -> Result<V::Value, A::Error> {
        Err(de::Error::invalid_type(de::Unexpected::Map, &CODE))
    }
}

/// A visitor that checks what it is handed, then passes it on.
struct Visit<'b, 'l, V> {
    visitor: V,
    budget: &'b Budget<'l>,
    shape: Shape,
    expect: Expect,
}

impl<V> Visit<'_, '_, V> {
    /// Checks a text against the limits and the schema's bounds; for a key, notes the
    /// bounds of the field it names.
    fn check_text<E: de::Error>(&self, text: &str) -> Result<(), E> {
        self.budget.check_str(text.len())?;
        match self.expect {
            Expect::Key(fields) => self.budget.pending.set(bounds::lookup(fields, text)),
            Expect::Value(Some(b)) => {
                if let Some((chars, bound, is_max)) = b.text_breach(text) {
                    return Err(raise(if is_max {
                        Cause::TextTooLong { chars, max: bound }
                    } else {
                        Cause::TextTooShort { chars, min: bound }
                    }));
                }
            }
            Expect::Value(None) => {}
        }
        Ok(())
    }
}

macro_rules! pass {
    ($($method:ident($ty:ty);)*) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                self.visitor.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Visit<'_, '_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    pass! {
        visit_bool(bool);
        visit_i8(i8);
        visit_i16(i16);
        visit_i32(i32);
        visit_i64(i64);
        visit_i128(i128);
        visit_u8(u8);
        visit_u16(u16);
        visit_u32(u32);
        visit_u64(u64);
        visit_u128(u128);
        visit_f32(f32);
        visit_char(char);
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
        if v == 0.0 && v.is_sign_negative() {
            return Err(raise(Cause::NegativeZero));
        }
        self.visitor.visit_f64(v)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.check_text(v)?;
        self.visitor.visit_str(v)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        self.check_text(v)?;
        self.visitor.visit_borrowed_str(v)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.check_text(&v)?;
        self.visitor.visit_string(v)
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<V::Value, E> {
        self.budget.check_str(v.len())?;
        self.visitor.visit_bytes(v)
    }

    fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<V::Value, E> {
        self.budget.check_str(v.len())?;
        self.visitor.visit_borrowed_bytes(v)
    }

    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<V::Value, E> {
        self.budget.check_str(v.len())?;
        self.visitor.visit_byte_buf(v)
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_unit()
    }

    fn visit_some<D2: Deserializer<'de>>(self, de: D2) -> Result<V::Value, D2::Error> {
        self.visitor.visit_some(Limited {
            de,
            budget: self.budget,
            expect: self.expect,
        })
    }

    fn visit_newtype_struct<D2: Deserializer<'de>>(self, de: D2) -> Result<V::Value, D2::Error> {
        self.visitor.visit_newtype_struct(Limited {
            de,
            budget: self.budget,
            expect: self.expect,
        })
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        if let Shape::Struct(_) = self.shape {
            return Err(de::Error::invalid_type(de::Unexpected::Seq, &self));
        }
        let budget = self.budget;
        budget.enter()?;
        let bounds = match self.expect {
            Expect::Value(b) => b,
            Expect::Key(_) => None,
        };
        let result = self.visitor.visit_seq(Seq {
            seq,
            budget,
            seen: 0,
            bounds,
        });
        budget.leave();
        result
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        let budget = self.budget;
        budget.enter()?;
        let bounded = match self.shape {
            Shape::Struct(bounded) => bounded,
            Shape::Any => None,
        };
        let result = self.visitor.visit_map(Map {
            map,
            budget,
            seen: 0,
            bounded,
        });
        budget.leave();
        result
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(Enum {
            data,
            budget: self.budget,
        })
    }
}

/// A seed whose deserializer is [`Limited`].
struct Seed<'b, 'l, S> {
    seed: S,
    budget: &'b Budget<'l>,
    expect: Expect,
}

impl<'b, 'l, S> Seed<'b, 'l, S> {
    fn new(seed: S, budget: &'b Budget<'l>) -> Seed<'b, 'l, S> {
        Seed {
            seed,
            budget,
            expect: Expect::Value(None),
        }
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<'_, '_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<S::Value, D::Error> {
        self.seed.deserialize(Limited {
            de,
            budget: self.budget,
            expect: self.expect,
        })
    }
}

/// A JSON array whose items are counted as they are read, against the limits and the
/// schema's bounds on the list.
struct Seq<'b, 'l, A> {
    seq: A,
    budget: &'b Budget<'l>,
    seen: usize,
    bounds: Option<FieldBounds>,
}

impl<'de, A: de::SeqAccess<'de>> de::SeqAccess<'de> for Seq<'_, '_, A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        let budget = self.budget;
        let expect = Expect::Value(self.bounds.and_then(FieldBounds::items));
        let item = self.seq.next_element_seed(Seed {
            seed,
            budget,
            expect,
        })?;
        let (min, max) = self
            .bounds
            .map_or((None, None), |b| (b.min_items, b.max_items));
        if item.is_some() {
            budget.count(&mut self.seen, false)?;
            if let Some(max) = max.filter(|&max| self.seen > max) {
                return Err(raise(Cause::TooManyItems { max }));
            }
        } else if let Some(min) = min.filter(|&min| self.seen < min) {
            return Err(raise(Cause::TooFewItems {
                items: self.seen,
                min,
            }));
        }
        Ok(item)
    }

    fn size_hint(&self) -> Option<usize> {
        self.seq.size_hint()
    }
}

/// A JSON object whose entries are counted as they are read.
struct Map<'b, 'l, A> {
    map: A,
    budget: &'b Budget<'l>,
    seen: usize,
    /// For a struct, its fields with bounds in the schema.
    bounded: Option<&'static StructBounds>,
}

impl<'de, A: de::MapAccess<'de>> de::MapAccess<'de> for Map<'_, '_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let budget = self.budget;
        budget.pending.set(None);
        let expect = self.bounded.map_or(Expect::Value(None), Expect::Key);
        let key = self.map.next_key_seed(Seed {
            seed,
            budget,
            expect,
        })?;
        if key.is_some() {
            budget.count(&mut self.seen, true)?;
        }
        Ok(key)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        let budget = self.budget;
        let expect = Expect::Value(budget.pending.take());
        self.map.next_value_seed(Seed {
            seed,
            budget,
            expect,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

/// An enum whose variant name and content go through [`Limited`].
struct Enum<'b, 'l, A> {
    data: A,
    budget: &'b Budget<'l>,
}

impl<'b, 'l, 'de, A: de::EnumAccess<'de>> de::EnumAccess<'de> for Enum<'b, 'l, A> {
    type Error = A::Error;
    type Variant = Variant<'b, 'l, A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let budget = self.budget;
        let (value, variant) = self.data.variant_seed(Seed::new(seed, budget))?;
        Ok((value, Variant { variant, budget }))
    }
}

struct Variant<'b, 'l, A> {
    variant: A,
    budget: &'b Budget<'l>,
}

impl<'de, A: de::VariantAccess<'de>> de::VariantAccess<'de> for Variant<'_, '_, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.variant.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        let budget = self.budget;
        self.variant.newtype_variant_seed(Seed::new(seed, budget))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        let visitor = Visit {
            visitor,
            budget: self.budget,
            shape: Shape::Any,
            expect: Expect::Value(None),
        };
        self.variant.tuple_variant(len, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let visitor = Visit {
            visitor,
            budget: self.budget,
            shape: Shape::Struct(None),
            expect: Expect::Value(None),
        };
        self.variant.struct_variant(fields, visitor)
    }
}
