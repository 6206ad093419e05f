//! Lists whose items must be unique (`uniqueItems`): the parser refuses a repeated item as
//! the schema does, naming the item and both places.

use serde::Serialize;
use serde::de::{Deserialize, Deserializer};

/// The first item of `items` equal to an earlier one, as (earlier index, later index).
fn first_repeat<T: PartialEq>(items: &[T]) -> Option<(usize, usize)> {
    // The lists are short (the schema bounds them at 20 and 6 items).
    (1..items.len()).find_map(|j| (0..j).find(|&i| items[i] == items[j]).map(|i| (i, j)))
}

fn check<T: PartialEq + Serialize, E: serde::de::Error>(items: &[T]) -> Result<(), E> {
    match first_repeat(items) {
        None => Ok(()),
        Some((i, j)) => {
            let shown = serde_json::to_string(&items[j]).unwrap_or_default();
            Err(crate::error::cause::raise(
                crate::error::Cause::DuplicateItem {
                    shown,
                    index: j,
                    earlier: i,
                },
            ))
        }
    }
}

/// Deserializes a list and refuses a repeated item.
pub(crate) fn vec<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + PartialEq + Serialize,
{
    let items = Vec::<T>::deserialize(d)?;
    check::<T, D::Error>(&items)?;
    Ok(items)
}

/// [`vec`] for an optional list.
pub(crate) fn option_vec<'de, D, T>(d: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + PartialEq + Serialize,
{
    let items = Option::<Vec<T>>::deserialize(d)?;
    if let Some(items) = &items {
        check::<T, D::Error>(items)?;
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::first_repeat;

    #[test]
    fn finds_the_first_repeat() {
        assert_eq!(first_repeat(&[1, 2, 3]), None);
        assert_eq!(first_repeat(&[1, 2, 1, 2]), Some((0, 2)));
        assert_eq!(first_repeat::<u8>(&[]), None);
    }
}
