//! Wire-form helpers shared by the hand-written `Deserialize` impls.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserializer;
use serde::de::{self, Visitor};

use crate::error::{Cause, cause};

/// Deserializes a string and converts it with `convert`, reading the text in place; a
/// refusal is raised with its [`Cause`].
///
/// `Cow<str>` or `String` would allocate for every value (serde always deserializes a `Cow`
/// as owned); this visitor sees the text borrowed from the input, or from the parser's
/// scratch buffer when it holds escapes, and allocates only if `convert` does.
pub(crate) fn from_str<'de, D, T, R: Refusal>(
    deserializer: D,
    convert: impl FnOnce(&str) -> Result<T, R>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    deserializer.deserialize_str(StrVisitor {
        convert,
        marker: PhantomData,
    })
}

/// A refusal of a converted text: a [`Cause`] (the crate's model) or a plain reason (the
/// configuration file, whose errors are not parse errors of a report).
pub(crate) trait Refusal {
    fn into_error<E: de::Error>(self) -> E;
}

impl Refusal for Cause {
    fn into_error<E: de::Error>(self) -> E {
        cause::raise(self)
    }
}

impl Refusal for String {
    fn into_error<E: de::Error>(self) -> E {
        E::custom(self)
    }
}

struct StrVisitor<F, T> {
    convert: F,
    marker: PhantomData<fn() -> T>,
}

impl<'de, F, T, R: Refusal> Visitor<'de> for StrVisitor<F, T>
where
    F: FnOnce(&str) -> Result<T, R>,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        (self.convert)(text).map_err(Refusal::into_error)
    }
}

#[cfg(test)]
mod tests {
    use crate::{Quantity, Report, Unit};

    const MINIMAL: &str = include_str!("../../tests/fixtures/minimal.json");

    #[test]
    fn units_and_dates_read_plain_and_escaped_text() {
        let q: Quantity = serde_json::from_str(r#"{"value": 3, "unit": "\u5904"}"#).unwrap();
        assert_eq!(q.unit(), &Unit::Chu);
        let err = serde_json::from_str::<Quantity>(r#"{"value": 3, "unit": 5}"#).unwrap_err();
        assert!(err.to_string().contains("expected a string"), "{err}");
        let err = serde_json::from_str::<Quantity>(r#"{"value": 3, "unit": "1处"}"#).unwrap_err();
        assert!(
            err.to_string().contains("without digits or spaces"),
            "{err}"
        );
    }

    #[test]
    fn a_failed_parse_still_names_the_path() {
        let json = MINIMAL.replace(r#""year": 2024"#, r#""year": 1999"#);
        assert_ne!(json, MINIMAL);
        let err = Report::from_json_str(&json).unwrap_err();
        assert_eq!(err.path(), Some("plans.year"));
        let json = MINIMAL.replace(
            r#""theme": "study_and_leadership","#,
            r#""theme": "study_and_leadership", "studies": [{"topic": "宪法", "date": "2023-02-30"}],"#,
        );
        assert_ne!(json, MINIMAL);
        let err = Report::from_json_str(&json).unwrap_err();
        assert_eq!(err.path(), Some("measures.items[0].studies[0].date"));
        assert!(err.to_string().contains("not a date that exists"), "{err}");
    }
}
