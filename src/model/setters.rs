//! The `setters!` macro that writes the `with_*` setters of `builders.rs` and
//! `builders_round2.rs` (构造函数): each line names the setter, its field and how the
//! argument is stored, so that a setter is written once and all of them have the same shape.
//!
//! ```text
//! setters! {
//!     HazardLedger {
//!         /// Sets `found`: hazards found (发现隐患数).
//!         fn with_found(found) some Quantity;
//!     }
//! }
//! ```
//!
//! The kinds, by how the field is stored:
//!
//! | kind | argument | stored as |
//! |---|---|---|
//! | `set T` | `T` | `field = value` |
//! | `some T` | `T` | `field = Some(value)` |
//! | `into T` | `impl Into<T>` | `field = Some(value.into())` |
//! | `boxed T` | `T` | `field = Some(Box::new(value))` |
//! | `list T` | `impl IntoIterator<Item = T>` | `field = value.into_iter().collect()` |
//! | `somelist T` | `impl IntoIterator<Item = T>` | `field = Some(value.into_iter().collect())` |
//! | `strings T` | `I: IntoIterator<Item = S>, S: Into<T>` | `field = value.into_iter().map(Into::into).collect()` |

macro_rules! setters {
    ($ty:ident { $( $(#[doc = $doc:literal])* fn $name:ident($field:ident) $kind:ident $t:ty; )* }) => {
        impl $ty {
            $( setters!(@one [$($doc)*] $kind $name $field $t); )*
        }
    };
    (@one [$($doc:literal)*] set $name:ident $field:ident $t:ty) => {
        $(#[doc = $doc])*
        #[must_use]
        pub fn $name(mut self, $field: $t) -> Self {
            self.$field = $field;
            self
        }
    };
    (@one [$($doc:literal)*] some $name:ident $field:ident $t:ty) => {
        $(#[doc = $doc])*
        #[must_use]
        pub fn $name(mut self, $field: $t) -> Self {
            self.$field = Some($field);
            self
        }
    };
    (@one [$($doc:literal)*] into $name:ident $field:ident $t:ty) => {
        $(#[doc = $doc])*
        #[must_use]
        pub fn $name(mut self, $field: impl Into<$t>) -> Self {
            self.$field = Some($field.into());
            self
        }
    };
    (@one [$($doc:literal)*] boxed $name:ident $field:ident $t:ty) => {
        $(#[doc = $doc])*
        #[must_use]
        pub fn $name(mut self, $field: $t) -> Self {
            self.$field = Some(Box::new($field));
            self
        }
    };
    (@one [$($doc:literal)*] list $name:ident $field:ident $t:ty) => {
        $(#[doc = $doc])*
        #[must_use]
        pub fn $name(mut self, $field: impl IntoIterator<Item = $t>) -> Self {
            self.$field = $field.into_iter().collect();
            self
        }
    };
    (@one [$($doc:literal)*] somelist $name:ident $field:ident $t:ty) => {
        $(#[doc = $doc])*
        #[must_use]
        pub fn $name(mut self, $field: impl IntoIterator<Item = $t>) -> Self {
            self.$field = Some($field.into_iter().collect());
            self
        }
    };
    (@one [$($doc:literal)*] strings $name:ident $field:ident $t:ty) => {
        $(#[doc = $doc])*
        #[must_use]
        pub fn $name<I, S>(mut self, $field: I) -> Self
        where
            I: IntoIterator<Item = S>,
            S: Into<$t>,
        {
            self.$field = $field.into_iter().map(Into::into).collect();
            self
        }
    };
}
