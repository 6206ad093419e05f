//! Wire-form helpers shared by the hand-written `Deserialize` impls.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserializer;
use serde::de::{self, Visitor};

/// Deserializes a string and converts it with `convert`, reading the text in place.
///
/// `Cow<str>` or `String` would allocate for every value (serde always deserializes a `Cow`
/// as owned); this visitor sees the text borrowed from the input, or from the parser's
/// scratch buffer when it holds escapes, and allocates only if `convert` does.
pub(crate) fn from_str<'de, D, T>(
    deserializer: D,
    convert: impl FnOnce(&str) -> Result<T, String>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    deserializer.deserialize_str(StrVisitor {
        convert,
        marker: PhantomData,
    })
}

struct StrVisitor<F, T> {
    convert: F,
    marker: PhantomData<fn() -> T>,
}

impl<'de, F, T> Visitor<'de> for StrVisitor<F, T>
where
    F: FnOnce(&str) -> Result<T, String>,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        (self.convert)(text).map_err(E::custom)
    }
}
