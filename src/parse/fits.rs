//! The parser's bounds applied to a typed report (限制预检), without writing its JSON.
//!
//! A report built in memory (by the import) must pass the parser. Writing its JSON and
//! parsing it again proves that, at the cost of both; [`json_len_within`] walks the report through
//! `serde`'s `Serialize` instead, with the same [`Limits`] and the same schema bounds
//! ([`BoundsTable`], by struct name and wire key) that the parser enforces while reading.
//! It only answers yes or no: a caller that gets `false` parses the JSON to learn the
//! parser's own error (path, reason), so that errors stay exactly the parser's.
//!
//! The walk mirrors the parser: every string (keys and codes too) against the string limit;
//! every object and array one level of nesting; every list item and object entry counted;
//! a struct's field value against the bounds of its key; a list's items against the
//! list's item bounds; `Option` and newtype wrappers keep the bounds of the field. The raw
//! number through which [`Decimal`](crate::Decimal) writes its text is no object.

use std::fmt;

use serde::Serialize;
use serde::ser::{self, Impossible};

use super::Limits;
use super::bounds::{self, BoundsTable, FieldBounds, StructBounds};
use crate::model::Report;

/// The length of `report`'s compact JSON ([`Report::to_json`]) if it is within `limits` and
/// the schema's bounds, else `None`.
pub(crate) fn json_len_within(report: &Report, limits: &Limits) -> Option<usize> {
    let mut walk = Walk {
        limits,
        depth: 0,
        json: 0,
    };
    report
        .serialize(Value {
            walk: &mut walk,
            bounds: None,
        })
        .ok()?;
    (walk.json <= limits.max_input_bytes).then_some(walk.json)
}

/// The bytes `serde_json` writes for a string: quotes, and escapes for `"`, `\\` and the
/// control characters (two bytes for `\b \t \n \f \r`, six for the others).
fn json_str_len(text: &str) -> usize {
    // Most texts have nothing to escape: test eight bytes at a time, in one word.
    let escaped = |b: u8| (b < 0x20) | (b == b'"') | (b == b'\\');
    let mut chunks = text.as_bytes().chunks_exact(8);
    let any = chunks.by_ref().any(|c| {
        c.try_into()
            .is_ok_and(|c| escape_in_word(u64::from_le_bytes(c)))
    }) || chunks.remainder().iter().any(|&b| escaped(b));
    if !any {
        return text.len() + 2;
    }
    2 + text
        .bytes()
        .map(|b| match b {
            b'"' | b'\\' | 0x08 | b'\t' | b'\n' | 0x0C | b'\r' => 2,
            0..0x20 => 6,
            _ => 1,
        })
        .sum::<usize>()
}

/// Whether one of the eight bytes of `w` is below 0x20, `"` or `\\` (the bytes JSON
/// escapes). Each test is the classic word-at-a-time one: a byte below `n` (`n` ≤ 0x80)
/// leaves its high bit set in `(w - n·0x01…) & !w & 0x80…`, and a byte equal to `c` is a zero
/// byte of `w ^ c·0x01…`; the answer is exact for the word as a whole.
fn escape_in_word(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |w: u64, n: u64| w.wrapping_sub(ONES * n) & !w & HIGH;
    let control = below(w, 0x20);
    let quote = below(w ^ (ONES * u64::from(b'"')), 1);
    let backslash = below(w ^ (ONES * u64::from(b'\\')), 1);
    (control | quote | backslash) != 0
}

/// The digits (and sign) of an integer as `serde_json` writes it.
fn int_len(v: i128) -> usize {
    let mut n = usize::from(v < 0) + 1;
    let mut v = v.unsigned_abs() / 10;
    while v > 0 {
        n += 1;
        v /= 10;
    }
    n
}

/// A breach (its kind does not matter: the parser names it).
#[derive(Debug)]
pub(crate) struct Breach;

impl fmt::Display for Breach {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("outside the parser's limits")
    }
}

impl std::error::Error for Breach {}

impl ser::Error for Breach {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Breach
    }
}

struct Walk<'l> {
    limits: &'l Limits,
    depth: usize,
    /// The length of the compact JSON so far, in bytes, against the input limit.
    json: usize,
}

impl Walk<'_> {
    fn text(&mut self, text: &str, bounds: Option<FieldBounds>) -> Result<(), Breach> {
        if text.len() > self.limits.max_string_bytes {
            return Err(Breach);
        }
        self.add(json_str_len(text))?;
        match bounds.and_then(|b| b.text_breach(text)) {
            Some(_) => Err(Breach),
            None => Ok(()),
        }
    }

    /// Counts `bytes` more of JSON.
    fn add(&mut self, bytes: usize) -> Result<(), Breach> {
        self.json = self.json.saturating_add(bytes);
        if self.json > self.limits.max_input_bytes {
            return Err(Breach);
        }
        Ok(())
    }

    /// Enters an object or array (its two brackets).
    fn enter(&mut self) -> Result<(), Breach> {
        self.add(2)?;
        self.depth += 1;
        if self.depth > self.limits.max_depth {
            return Err(Breach);
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }
}

/// One value, with the bounds the schema puts on it.
struct Value<'w, 'l> {
    walk: &'w mut Walk<'l>,
    bounds: Option<FieldBounds>,
}

/// A list: items counted against the limits and its bounds.
struct List<'w, 'l> {
    walk: &'w mut Walk<'l>,
    bounds: Option<FieldBounds>,
    seen: usize,
}

/// An object: a struct with its bounded fields, or a map.
struct Object<'w, 'l> {
    walk: &'w mut Walk<'l>,
    fields: Option<&'static StructBounds>,
    seen: usize,
    /// The raw-number wrapper of a decimal: neither nesting nor an entry.
    raw: bool,
}

impl List<'_, '_> {
    fn item<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Breach> {
        self.seen += 1;
        if self.seen > self.walk.limits.max_list_len
            || self
                .bounds
                .and_then(|b| b.max_items)
                .is_some_and(|max| self.seen > max)
        {
            return Err(Breach);
        }
        if self.seen > 1 {
            self.walk.add(1)?;
        }
        value.serialize(Value {
            walk: self.walk,
            bounds: self.bounds.and_then(FieldBounds::items),
        })
    }

    fn finish(self) -> Result<(), Breach> {
        if self
            .bounds
            .and_then(|b| b.min_items)
            .is_some_and(|min| self.seen < min)
        {
            return Err(Breach);
        }
        self.walk.leave();
        Ok(())
    }
}

impl Object<'_, '_> {
    fn entry<T: ?Sized + Serialize>(&mut self, key: &str, value: &T) -> Result<(), Breach> {
        if self.raw {
            // The number's own text, written as it is.
            return value.serialize(Raw { walk: self.walk });
        }
        self.count()?;
        self.walk.text(key, None)?;
        self.walk.add(1)?;
        let bounds = self.fields.and_then(|f| bounds::lookup(f, key));
        value.serialize(Value {
            walk: self.walk,
            bounds,
        })
    }

    /// One more entry: its comma, and the entries limit.
    fn count(&mut self) -> Result<(), Breach> {
        self.seen += 1;
        if self.seen > self.walk.limits.max_list_len {
            return Err(Breach);
        }
        if self.seen > 1 {
            self.walk.add(1)?;
        }
        Ok(())
    }

    fn finish(self) -> Result<(), Breach> {
        if !self.raw {
            self.walk.leave();
        }
        Ok(())
    }
}

impl<'w, 'l> Value<'w, 'l> {
    fn list(self) -> Result<List<'w, 'l>, Breach> {
        self.walk.enter()?;
        Ok(List {
            walk: self.walk,
            bounds: self.bounds,
            seen: 0,
        })
    }

    fn object(self, fields: Option<&'static StructBounds>) -> Result<Object<'w, 'l>, Breach> {
        self.walk.enter()?;
        Ok(Object {
            walk: self.walk,
            fields,
            seen: 0,
            raw: false,
        })
    }
}

/// Integers: their digits count towards the JSON's length.
macro_rules! integers {
    ($($method:ident($ty:ty)),*) => {
        $(fn $method(self, v: $ty) -> Result<(), Breach> {
            self.walk.add(int_len(v.into()))
        })*
    };
}

impl<'w, 'l> ser::Serializer for Value<'w, 'l> {
    type Ok = ();
    type Error = Breach;
    type SerializeSeq = List<'w, 'l>;
    type SerializeTuple = List<'w, 'l>;
    type SerializeTupleStruct = List<'w, 'l>;
    type SerializeTupleVariant = Impossible<(), Breach>;
    type SerializeMap = MapEntries<'w, 'l>;
    type SerializeStruct = Object<'w, 'l>;
    type SerializeStructVariant = Impossible<(), Breach>;

    fn serialize_bool(self, v: bool) -> Result<(), Breach> {
        self.walk.add(if v { 4 } else { 5 })
    }
    integers!(
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64)
    );
    /// Floats are not in the model; the parser refuses a negative zero, so refuse them all.
    fn serialize_f32(self, _v: f32) -> Result<(), Breach> {
        Err(Breach)
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Breach> {
        Err(Breach)
    }
    fn serialize_char(self, v: char) -> Result<(), Breach> {
        let mut buf = [0; 4];
        self.walk.text(v.encode_utf8(&mut buf), self.bounds)
    }
    fn serialize_str(self, v: &str) -> Result<(), Breach> {
        self.walk.text(v, self.bounds)
    }
    /// Bytes are not in the model.
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Breach> {
        Err(Breach)
    }
    fn serialize_none(self) -> Result<(), Breach> {
        self.walk.add(4)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Breach> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Breach> {
        self.walk.add(4)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Breach> {
        self.walk.add(4)
    }
    /// A code: its name is a string of the wire.
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Breach> {
        self.walk.text(variant, None)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Breach> {
        value.serialize(self)
    }
    /// Not in the model (every enum is a plain code): the parser refuses it.
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Breach> {
        Err(Breach)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<List<'w, 'l>, Breach> {
        self.list()
    }
    fn serialize_tuple(self, _len: usize) -> Result<List<'w, 'l>, Breach> {
        self.list()
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<List<'w, 'l>, Breach> {
        self.list()
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Breach> {
        Err(Breach)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<MapEntries<'w, 'l>, Breach> {
        Ok(MapEntries {
            object: self.object(None)?,
        })
    }
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Object<'w, 'l>, Breach> {
        if crate::model::is_raw_value_token(name) {
            return Ok(Object {
                walk: self.walk,
                fields: None,
                seen: 0,
                raw: true,
            });
        }
        self.object(BoundsTable::get().of_struct(name))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Breach> {
        Err(Breach)
    }
}

/// A list's items through each of serde's three list traits.
macro_rules! list_items {
    ($($trait:ident::$method:ident),*) => {
        $(impl ser::$trait for List<'_, '_> {
            type Ok = ();
            type Error = Breach;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Breach> {
                self.item(value)
            }
            fn end(self) -> Result<(), Breach> {
                self.finish()
            }
        })*
    };
}

list_items!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl ser::SerializeStruct for Object<'_, '_> {
    type Ok = ();
    type Error = Breach;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Breach> {
        self.entry(key, value)
    }
    fn end(self) -> Result<(), Breach> {
        self.finish()
    }
}

/// A map's entries: keys must be strings, as JSON's are.
struct MapEntries<'w, 'l> {
    object: Object<'w, 'l>,
}

impl ser::SerializeMap for MapEntries<'_, '_> {
    type Ok = ();
    type Error = Breach;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Breach> {
        self.object.count()?;
        key.serialize(Key {
            walk: self.object.walk,
        })?;
        self.object.walk.add(1)
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Breach> {
        value.serialize(Value {
            walk: self.object.walk,
            bounds: None,
        })
    }
    fn end(self) -> Result<(), Breach> {
        self.object.finish()
    }
}

/// Every method of a `Serializer` but `serialize_str`, refusing: for a place where only a
/// string can stand.
macro_rules! only_strings {
    () => {
        type Ok = ();
        type Error = Breach;
        type SerializeSeq = Impossible<(), Breach>;
        type SerializeTuple = Impossible<(), Breach>;
        type SerializeTupleStruct = Impossible<(), Breach>;
        type SerializeTupleVariant = Impossible<(), Breach>;
        type SerializeMap = Impossible<(), Breach>;
        type SerializeStruct = Impossible<(), Breach>;
        type SerializeStructVariant = Impossible<(), Breach>;

        only_strings! {
            serialize_bool(bool);
            serialize_i8(i8);
            serialize_i16(i16);
            serialize_i32(i32);
            serialize_i64(i64);
            serialize_u8(u8);
            serialize_u16(u16);
            serialize_u32(u32);
            serialize_u64(u64);
            serialize_f32(f32);
            serialize_f64(f64);
            serialize_char(char);
            serialize_bytes(&[u8]);
            serialize_none();
            serialize_unit();
            serialize_unit_struct(&'static str);
            serialize_unit_variant(&'static str, u32, &'static str);
        }
        fn serialize_some<T: ?Sized + Serialize>(self, _value: &T) -> Result<(), Breach> {
            Err(Breach)
        }
        fn serialize_newtype_struct<T: ?Sized + Serialize>(
            self,
            _name: &'static str,
            _value: &T,
        ) -> Result<(), Breach> {
            Err(Breach)
        }
        fn serialize_newtype_variant<T: ?Sized + Serialize>(
            self,
            _name: &'static str,
            _index: u32,
            _variant: &'static str,
            _value: &T,
        ) -> Result<(), Breach> {
            Err(Breach)
        }
        fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Breach> {
            Err(Breach)
        }
        fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Breach> {
            Err(Breach)
        }
        fn serialize_tuple_struct(
            self,
            _name: &'static str,
            _len: usize,
        ) -> Result<Self::SerializeTupleStruct, Breach> {
            Err(Breach)
        }
        fn serialize_tuple_variant(
            self,
            _name: &'static str,
            _index: u32,
            _variant: &'static str,
            _len: usize,
        ) -> Result<Self::SerializeTupleVariant, Breach> {
            Err(Breach)
        }
        fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Breach> {
            Err(Breach)
        }
        fn serialize_struct(
            self,
            _name: &'static str,
            _len: usize,
        ) -> Result<Self::SerializeStruct, Breach> {
            Err(Breach)
        }
        fn serialize_struct_variant(
            self,
            _name: &'static str,
            _index: u32,
            _variant: &'static str,
            _len: usize,
        ) -> Result<Self::SerializeStructVariant, Breach> {
            Err(Breach)
        }
    };
    ($($method:ident($($arg:ty),*);)*) => {
        $(fn $method(self, $(_: $arg),*) -> Result<(), Breach> {
            Err(Breach)
        })*
    };
}

/// A map's key: a string, or a refusal.
struct Key<'w, 'l> {
    walk: &'w mut Walk<'l>,
}

impl ser::Serializer for Key<'_, '_> {
    fn serialize_str(self, v: &str) -> Result<(), Breach> {
        self.walk.text(v, None)
    }
    only_strings!();
}

/// The text of a raw number ([`Decimal`](crate::Decimal)): written without quotes.
struct Raw<'w, 'l> {
    walk: &'w mut Walk<'l>,
}

impl ser::Serializer for Raw<'_, '_> {
    fn serialize_str(self, v: &str) -> Result<(), Breach> {
        self.walk.add(v.len())
    }
    only_strings!();
}

#[cfg(test)]
mod tests {
    use super::json_str_len;

    #[test]
    fn string_length_is_serde_jsons() {
        let specials = [
            "\"", "\\", "\n", "\t", "\u{1}", "\u{1f}", " ", "\u{7f}", "报", "a",
        ];
        let mut texts: Vec<String> = vec![String::new()];
        // Each special byte at every position of texts of up to twenty bytes, so that it
        // falls in every place of a sixteen-byte chunk and in the remainder.
        for s in specials {
            for len in 0..20 {
                for at in 0..=len {
                    let mut t = "x".repeat(len);
                    t.insert_str(at, s);
                    texts.push(t);
                }
            }
        }
        texts.push("法治政府建设年度报告".repeat(7));
        for t in &texts {
            let want = serde_json::to_string(t).map(|j| j.len()).unwrap_or(0);
            assert_eq!(json_str_len(t), want, "{t:?}");
        }
    }
}
