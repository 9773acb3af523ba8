//! One macro for the crate's closed vocabularies (`Section`, `Theme`, `Instrument`).
//!
//! Each variant is declared once with its display name and its slug; the macro
//! hands both to strum (display, parsing, `&'static str` conversion) and to serde,
//! and derives `ALL`, `slug()` and the parse error, so no name is written twice.

/// Declares a vocabulary enum.
///
/// The variant's doc comment, display name and kebab-case slug are given once;
/// everything that needs them is generated from that single place.
macro_rules! vocabulary {
    (
        $(#[$enum_meta:meta])*
        pub enum $name:ident ($kind:literal) {
            $(
                $(#[doc = $doc:literal])*
                $variant:ident => $display:literal, $slug:literal;
            )+
        }
    ) => {
        $(#[$enum_meta])*
        #[derive(
            Clone,
            Copy,
            Debug,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            strum::EnumIter,
            strum::EnumCount,
            strum::Display,
            strum::EnumString,
            strum::IntoStaticStr,
        )]
        #[strum(
            ascii_case_insensitive,
            parse_err_ty = $crate::Error,
            parse_err_fn = $crate::vocabulary::unknown_name::<$name>
        )]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        pub enum $name {
            $(
                $(#[doc = $doc])*
                #[strum(to_string = $display, serialize = $slug)]
                #[cfg_attr(feature = "serde", serde(rename = $slug))]
                $variant,
            )+
        }

        impl $name {
            /// Every variant, in declaration order; usable without importing a trait.
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::", stringify!($name), ";\n")]
            #[doc = concat!("let all = ", stringify!($name), "::ALL;")]
            #[doc = "assert!(!all.is_empty() && all.windows(2).all(|w| w[0] < w[1]));\n```"]
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The kebab-case identifier: what serde writes and what `from_str` accepts
            /// besides the display name.
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::", stringify!($name), ";\n")]
            #[doc = concat!("for &v in ", stringify!($name), "::ALL {")]
            #[doc = concat!("    assert_eq!(v.slug().parse::<", stringify!($name), ">(), Ok(v));")]
            #[doc = "}\n```"]
            #[must_use]
            pub const fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug,)+
                }
            }
        }

        impl $crate::vocabulary::Vocabulary for $name {
            const KIND: &'static str = $kind;
            const SLUGS: &'static [&'static str] = &[$($slug),+];
        }
    };
}

pub(crate) use vocabulary;

/// What the parse error needs to know about a vocabulary.
pub(crate) trait Vocabulary {
    /// The noun used in messages, such as `"theme"`.
    const KIND: &'static str;
    /// Every accepted slug, in declaration order.
    const SLUGS: &'static [&'static str];
}

/// The error returned by every vocabulary's `from_str`: it quotes the input and
/// lists what is accepted.
pub(crate) fn unknown_name<V: Vocabulary>(given: &str) -> crate::Error {
    crate::Error::UnknownName {
        kind: V::KIND,
        given: given.to_owned(),
        accepted: V::SLUGS,
    }
}
