//! The oracle for the typed walk (tests only): a walk that drives the report's own
//! `Serialize` implementation through a serializer recording the path, so its pointers are
//! the serde names by construction. The typed walk of the parent module must visit exactly
//! the same leaves with exactly the same pointers, in the same order.

use serde::Serialize;
use serde::ser::{self, Impossible};

use crate::model::date::{DATE_TOKEN, parse_date};
use crate::model::quantity::UNIT_TOKEN;
use crate::model::{Decimal, MarkerPosition, Qualifier, Quantity, Unit};

use super::Leaf;

/// Calls `visit(pointer, leaf)` for every text and date in `value`, in document order.
pub(crate) fn walk<T: Serialize + ?Sized, F: FnMut(&str, Leaf<'_>)>(value: &T, visit: F) {
    let mut walker = Walker {
        pointer: String::new(),
        visit,
        mode: Mode::Normal,
        figure: None,
    };
    // The walker's serializer cannot fail except through a report's own Serialize impl,
    // which never fails either.
    let _ = value.serialize(&mut walker);
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Normal,
    Date,
    Skip,
    /// Inside a `Quantity`: its fields are collected into `Walker::figure`.
    Figure,
    /// Inside a figure's value written as raw JSON text (a number with a scale).
    RawNumber,
    /// Inside a bare number written as raw JSON text (a ratio's term): no leaf.
    RawBare,
}

struct Walker<F> {
    pointer: String,
    visit: F,
    mode: Mode,
    figure: Option<(Decimal, Option<Unit>, Qualifier, MarkerPosition)>,
}

/// The name derived `Serialize` gives `Quantity`'s struct.
const QUANTITY_NAME: &str = "Quantity";

#[derive(Debug)]
pub(crate) struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("walk error")
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Never
    }
}

fn qualifier_from_wire(variant: &str) -> Qualifier {
    match variant {
        "more_than" => Qualifier::MoreThan,
        "about" => Qualifier::About,
        "nearly" => Qualifier::Nearly,
        "at_least" => Qualifier::AtLeast,
        "at_most" => Qualifier::AtMost,
        _ => Qualifier::Exact,
    }
}

impl<F: FnMut(&str, Leaf<'_>)> Walker<F> {
    fn figure_value(&mut self, value: Decimal) {
        if self.mode == Mode::Figure
            && let Some(figure) = &mut self.figure
        {
            figure.0 = value;
        }
    }

    fn scoped<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        let len = self.pointer.len();
        self.pointer.push('/');
        self.pointer.push_str(key);
        let _ = value.serialize(&mut *self);
        self.pointer.truncate(len);
    }

    fn scoped_index<T: Serialize + ?Sized>(&mut self, index: usize, value: &T) {
        let len = self.pointer.len();
        // Written independently of the crate's pointer type, which this oracle checks.
        self.pointer.push('/');
        self.pointer.push_str(&index.to_string());
        let _ = value.serialize(&mut *self);
        self.pointer.truncate(len);
    }
}

impl<'w, F: FnMut(&str, Leaf<'_>)> ser::Serializer for &'w mut Walker<F> {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Seq<'w, F>;
    type SerializeTuple = Seq<'w, F>;
    type SerializeTupleStruct = Seq<'w, F>;
    type SerializeTupleVariant = Seq<'w, F>;
    type SerializeMap = Impossible<(), Never>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, _: bool) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Never> {
        self.figure_value(Decimal::from_integer(v));
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_u32(self, _: u32) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Never> {
        if let Ok(v) = i64::try_from(v) {
            self.figure_value(Decimal::from_integer(v));
        }
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Never> {
        if let Ok(v) = Decimal::try_from_f64(v) {
            self.figure_value(v);
        }
        Ok(())
    }
    fn serialize_char(self, _: char) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Never> {
        match self.mode {
            Mode::Normal => (self.visit)(&self.pointer, Leaf::Text(v)),
            Mode::Date => {
                if let Ok(date) = parse_date(v) {
                    (self.visit)(&self.pointer, Leaf::Date(date));
                }
            }
            Mode::Skip | Mode::RawBare => {}
            Mode::Figure => {
                if let Some(figure) = &mut self.figure {
                    figure.1 = Unit::new(v).ok();
                }
            }
            Mode::RawNumber => {
                if let (Ok(value), Some(figure)) = (v.parse(), &mut self.figure) {
                    figure.0 = value;
                }
            }
        }
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Never> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Never> {
        if self.mode == Mode::Figure
            && let Some(figure) = &mut self.figure
        {
            if name == "MarkerPosition" {
                if variant == "after_multiplier" {
                    figure.3 = MarkerPosition::AfterMultiplier;
                }
            } else {
                figure.2 = qualifier_from_wire(variant);
            }
        }
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        let mode = self.mode;
        self.mode = match (name, mode) {
            (_, Mode::Figure) => Mode::Figure,
            (DATE_TOKEN, _) => Mode::Date,
            (UNIT_TOKEN, _) => Mode::Skip,
            _ => mode,
        };
        let _ = value.serialize(&mut *self);
        self.mode = mode;
        Ok(())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        self.scoped(variant, value);
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'w, F>, Never> {
        Ok(Seq {
            walker: self,
            index: 0,
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Seq<'w, F>, Never> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Seq<'w, F>, Never> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Seq<'w, F>, Never> {
        self.serialize_seq(None)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Never> {
        // The report has no maps.
        Err(Never)
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Self, Never> {
        if name == QUANTITY_NAME && self.mode == Mode::Normal {
            self.mode = Mode::Figure;
            self.figure = Some((
                Decimal::ZERO,
                None,
                Qualifier::Exact,
                MarkerPosition::BeforeMultiplier,
            ));
        } else if crate::model::is_raw_value_token(name) && self.mode == Mode::Figure {
            self.mode = Mode::RawNumber;
        } else if crate::model::is_raw_value_token(name) && self.mode == Mode::Normal {
            self.mode = Mode::RawBare;
        }
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Never> {
        Ok(self)
    }
    fn collect_str<T: std::fmt::Display + ?Sized>(self, _: &T) -> Result<(), Never> {
        // Only the schema version is written this way; it is not text.
        Ok(())
    }
}

pub(crate) struct Seq<'w, F> {
    walker: &'w mut Walker<F>,
    index: usize,
}

impl<F: FnMut(&str, Leaf<'_>)> ser::SerializeSeq for Seq<'_, F> {
    type Ok = ();
    type Error = Never;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Never> {
        self.walker.scoped_index(self.index, value);
        self.index += 1;
        Ok(())
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

impl<F: FnMut(&str, Leaf<'_>)> ser::SerializeTuple for Seq<'_, F> {
    type Ok = ();
    type Error = Never;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Never> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

impl<F: FnMut(&str, Leaf<'_>)> ser::SerializeTupleStruct for Seq<'_, F> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Never> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

impl<F: FnMut(&str, Leaf<'_>)> ser::SerializeTupleVariant for Seq<'_, F> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Never> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

impl<F: FnMut(&str, Leaf<'_>)> ser::SerializeStruct for &mut Walker<F> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        self.scoped(key, value);
        Ok(())
    }
    fn end(self) -> Result<(), Never> {
        // A quantity has no nested structs but its raw number, so the end of a struct in
        // figure mode is the end of the quantity.
        if self.mode == Mode::RawBare {
            self.mode = Mode::Normal;
        } else if self.mode == Mode::RawNumber {
            self.mode = Mode::Figure;
        } else if self.mode == Mode::Figure {
            self.mode = Mode::Normal;
            if let Some((value, Some(unit), qualifier, position)) = self.figure.take()
                && let Ok(figure) = Quantity::new(value, unit)
                && let Ok(figure) = figure
                    .with_qualifier(qualifier)
                    .with_marker_position(position)
            {
                (self.visit)(&self.pointer, Leaf::Quantity(&figure));
            }
        }
        Ok(())
    }
}

impl<F: FnMut(&str, Leaf<'_>)> ser::SerializeStructVariant for &mut Walker<F> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        self.scoped(key, value);
        Ok(())
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}
