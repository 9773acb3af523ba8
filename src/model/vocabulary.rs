//! One macro for the crate's closed vocabularies: the headings, themes,
//! instruments, names, stances, verbs, clause forms, acronyms and the grades of
//! commitments.
//!
//! Each variant is declared once with its doc line, its display name and its
//! slug; the macro derives from that single place the inherent `name`, `slug`,
//! `id`, `description`, `ALL` and `iter`, `Display`, and serde as the id. Users
//! need no trait from another crate for any of it. Parsing (`FromStr`) reads the
//! forms the text writes, which are facts, so it is implemented with the other
//! name queries (`query::names`).

/// Declares a vocabulary enum.
///
/// `pub enum Theme ("theme") { ... }` gives the id prefix (`theme:equity`), which
/// is also the noun of error messages; `("form", "clause form")` gives a noun of
/// its own.
macro_rules! vocabulary {
    (
        $(#[$enum_meta:meta])*
        pub enum $name:ident ($kind:literal $(, $noun:literal)?) {
            $(
                $(#[doc = $doc:literal])+
                $variant:ident => $display:literal, $slug:literal;
            )+
        }
    ) => {
        $(#[$enum_meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display)]
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
            /// accepts besides the display name, the id and the forms the text writes.
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

            /// The stable id, `KIND:SLUG`: what every edition writes and serde
            /// (de)serializes. Ids never collide across vocabularies.
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
                    $($name::$variant => $crate::model::vocabulary::trim_start(concat!($($doc),+)),)+
                }
            }
        }

        impl $crate::model::vocabulary::Vocabulary for $name {
            const KIND: &'static str = $kind;
            const NOUN: &'static str = $crate::model::vocabulary::first_of(&[$($noun,)? $kind]);
            const VARIANTS: &'static [$name] = $name::ALL;
            const SLUGS: &'static [&'static str] = &[$($slug),+];
            fn name(self) -> &'static str {
                $name::name(self)
            }
            fn slug(self) -> &'static str {
                $name::slug(self)
            }
            fn id(self) -> &'static str {
                $name::id(self)
            }
            fn description(self) -> &'static str {
                $name::description(self)
            }
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
        /// Deserializes from anything `from_str` accepts: the id, the slug, the
        /// name or a form the text writes.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::model::vocabulary::deserialize_parsed(deserializer)
            }
        }
    };
}

pub(crate) use vocabulary;

/// What generic code (parsing, the editions' vocabulary lists) needs to know
/// of a vocabulary.
pub(crate) trait Vocabulary: Copy + PartialEq + 'static {
    /// The id prefix, such as `"theme"`.
    const KIND: &'static str;
    /// The noun used in messages, such as `"theme"` or `"clause form"`.
    const NOUN: &'static str;
    /// Every variant, in declaration order.
    const VARIANTS: &'static [Self];
    /// Every slug, in declaration order.
    const SLUGS: &'static [&'static str];
    /// The display name.
    fn name(self) -> &'static str;
    /// The slug.
    fn slug(self) -> &'static str;
    /// The id, `KIND:SLUG`.
    // Read by the editions' lists of ids, which a build without them leaves out.
    #[cfg_attr(not(any(feature = "serde", feature = "tables")), allow(dead_code))]
    fn id(self) -> &'static str;
    /// What the variant stands for.
    #[cfg_attr(not(any(feature = "serde", feature = "tables")), allow(dead_code))]
    fn description(self) -> &'static str;
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
