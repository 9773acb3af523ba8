//! One macro for the crate's closed vocabularies (`Section`, `Theme`,
//! `Instrument`, `Entity`, `Place`, `Concept`, `Stance`, `Verb`, `ClauseForm`,
//! `Acronym`).
//!
//! Each variant is declared once with its doc line, its display name and its
//! slug; the macro derives from that single place everything else: the inherent
//! `name`, `slug`, `id`, `description`, `ALL` and `iter`, parsing, display
//! (through strum), serde as the id, and the parse error. Users need no trait
//! from another crate to use any of it.

/// Declares a vocabulary enum.
///
/// `pub enum Theme ("theme") { ... }` gives the id prefix (`theme:equity`), which
/// is also the noun of error messages; `("form", "clause form")` gives a noun of
/// its own; `parse_also = path` names a function tried when a string is neither a
/// name, a slug nor an id (the acronyms' other written forms).
macro_rules! vocabulary {
    (
        $(#[$enum_meta:meta])*
        pub enum $name:ident ($kind:literal $(, $noun:literal)? $(; parse_also = $also:path)?) {
            $(
                $(#[doc = $doc:literal])+
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
            strum::Display,
            strum::IntoStaticStr,
        )]
        pub enum $name {
            $(
                $(#[doc = $doc])+
                #[doc = ""]
                #[doc = concat!("Name: \"", $display, "\"; slug: `", $slug, "`; id: `", $kind, ":", $slug, "`.")]
                #[strum(to_string = $display)]
                $variant,
            )+
        }

        impl $name {
            /// Every variant, in declaration order.
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::", stringify!($name), ";\n")]
            #[doc = concat!("let all = ", stringify!($name), "::ALL;")]
            #[doc = "assert!(!all.is_empty() && all.windows(2).all(|w| w[0] < w[1]));\n```"]
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every variant, in declaration order, without importing a trait.
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::", stringify!($name), ";\n")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::iter().len(), ", stringify!($name), "::ALL.len());")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::iter().next_back(), ", stringify!($name), "::ALL.last().copied());\n```")]
            pub fn iter() -> impl DoubleEndedIterator<Item = $name>
                   + ExactSizeIterator
                   + std::iter::FusedIterator
                   + Clone {
                $name::ALL.iter().copied()
            }

            /// The display name, as `Display` writes it.
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::", stringify!($name), ";\n")]
            #[doc = concat!("for v in ", stringify!($name), "::iter() {")]
            #[doc = "    assert_eq!(v.name(), v.to_string());"]
            #[doc = "}\n```"]
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $display,)+
                }
            }

            /// The kebab-case slug: what the id is built on, and what `from_str`
            /// accepts besides the display name and the id.
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::", stringify!($name), ";\n")]
            #[doc = concat!("for v in ", stringify!($name), "::iter() {")]
            #[doc = concat!("    assert_eq!(v.slug().parse::<", stringify!($name), ">(), Ok(v));")]
            #[doc = "}\n```"]
            #[must_use]
            pub const fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug,)+
                }
            }

            /// The stable id, `KIND:SLUG`: what the JSON and CSV editions write and
            /// serde (de)serializes. Ids never collide across vocabularies.
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::", stringify!($name), ";\n")]
            #[doc = concat!("for v in ", stringify!($name), "::iter() {")]
            #[doc = concat!("    assert_eq!(v.id(), format!(\"", $kind, ":{}\", v.slug()));")]
            #[doc = concat!("    assert_eq!(v.id().parse::<", stringify!($name), ">(), Ok(v));")]
            #[doc = "}\n```"]
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($kind, ":", $slug),)+
                }
            }

            /// What the variant stands for: the text of its documentation.
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::", stringify!($name), ";\n")]
            #[doc = concat!("for v in ", stringify!($name), "::iter() {")]
            #[doc = "    assert!(v.description().ends_with('.') && !v.description().starts_with(' '));"]
            #[doc = "}\n```"]
            #[must_use]
            pub const fn description(self) -> &'static str {
                match self {
                    $($name::$variant => $crate::vocabulary::trim_start(concat!($($doc),+)),)+
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::Error;

            /// The display name, the slug or the id (`KIND:SLUG`, or `KIND:` and
            /// the display name), ignoring ASCII case.
            fn from_str(given: &str) -> Result<Self, $crate::Error> {
                let bare = $crate::vocabulary::strip_kind(given, $kind);
                $name::iter()
                    .find(|v| {
                        v.name().eq_ignore_ascii_case(given)
                            || v.name().eq_ignore_ascii_case(bare)
                            || v.slug().eq_ignore_ascii_case(bare)
                    })
                    $(.or_else(|| $also(given)))?
                    .ok_or_else(|| $crate::vocabulary::unknown_name::<$name>(given))
            }
        }

        impl $crate::vocabulary::Vocabulary for $name {
            const KIND: &'static str = $kind;
            const NOUN: &'static str = $crate::vocabulary::first_of(&[$($noun,)? $kind]);
            const SLUGS: &'static [&'static str] = &[$($slug),+];
        }

        #[cfg(feature = "serde")]
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        /// Serializes as the [id](Self::id).
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        #[cfg(feature = "serde")]
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        /// Deserializes from anything `from_str` accepts: the id, the slug or the name.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::vocabulary::deserialize_parsed(deserializer)
            }
        }
    };
}

pub(crate) use vocabulary;

/// What the parse error needs to know about a vocabulary.
pub(crate) trait Vocabulary {
    /// The id prefix, such as `"theme"`.
    const KIND: &'static str;
    /// The noun used in messages, such as `"theme"` or `"clause form"`.
    const NOUN: &'static str;
    /// Every accepted slug, in declaration order.
    const SLUGS: &'static [&'static str];
}

/// The error returned by every vocabulary's `from_str`: it quotes the input and
/// lists what is accepted.
pub(crate) fn unknown_name<V: Vocabulary>(given: &str) -> crate::Error {
    crate::Error::UnknownName {
        kind: V::NOUN,
        given: given.to_owned(),
        accepted: V::SLUGS,
    }
}

/// `given` without a leading `kind:`, compared ignoring ASCII case; `given`
/// itself if it has no such prefix.
pub(crate) fn strip_kind<'a>(given: &'a str, kind: &str) -> &'a str {
    given
        .split_once(':')
        .filter(|(prefix, _)| prefix.eq_ignore_ascii_case(kind))
        .map_or(given, |(_, slug)| slug)
}

/// The first of a non-empty list, in `const` context.
pub(crate) const fn first_of(names: &[&'static str]) -> &'static str {
    names[0]
}

/// `s` without its leading spaces, in `const` context: a doc comment's line
/// starts with the space after `///`.
pub(crate) const fn trim_start(s: &'static str) -> &'static str {
    let mut bytes = s.as_bytes();
    while let [b' ', rest @ ..] = bytes {
        bytes = rest;
    }
    match std::str::from_utf8(bytes) {
        Ok(trimmed) => trimmed,
        Err(_) => s,
    }
}

/// Deserializes any type from a string through its `FromStr`, keeping the
/// parse error's message (which quotes the input and lists what is accepted).
#[cfg(feature = "serde")]
pub(crate) fn deserialize_parsed<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    deserializer.deserialize_str(Parsed(std::marker::PhantomData))
}

#[cfg(feature = "serde")]
struct Parsed<T>(std::marker::PhantomData<T>);

#[cfg(feature = "serde")]
impl<T> serde::de::Visitor<'_> for Parsed<T>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, given: &str) -> Result<T, E> {
        given.parse().map_err(E::custom)
    }
}
