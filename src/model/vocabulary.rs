//! One macro for the crate's closed vocabularies: the headings, themes,
//! instruments, names, stances, verbs, clause forms, acronyms and the grades of
//! commitments.
//!
//! Each variant is a row of `data/vocabularies.tsv`: its id, name, short label
//! and description, which `cargo xtask codegen` writes into
//! `model::vocabularies` as a macro per vocabulary (`theme_variants!`) that
//! calls this one with the variants; the enum's docs and head stay in the
//! module of its concern. The macro derives from that single place the
//! [`Vocabulary`] trait
//! (`ALL`, `id`, `slug`, `description`), and serde as the id. strum derives
//! `Display` and `From<V> for &'static str`, the name; both are standard
//! traits, so no trait of another crate is part of the API. Iteration is the
//! `ALL` slice rather than strum's `EnumIter`, and parsing is written here
//! rather than strum's `EnumString`: those would put strum's own traits into
//! the public API, and parsing reads the forms the text writes, which are
//! facts, trimmed and with either apostrophe (`query::names`).

/// Declares a vocabulary enum.
///
/// `pub enum Theme ("theme") { ... }`, the variants given by the generated
/// `theme_variants!`, gives the id prefix (`theme:equity`), which
/// is also the noun of error messages; `("form", "clause form")` gives a noun of
/// its own. Every vocabulary is `#[non_exhaustive]`: the editorial ones grow as
/// the reading does, and the names the text writes could gain a variant when a
/// mention is found that no variant fits.
macro_rules! vocabulary {
    (
        $(#[$enum_meta:meta])*
        pub enum $name:ident ($kind:literal $(, $noun:literal)?) {
            $(
                $(#[doc = $doc:literal])+
                $variant:ident => $display:literal, $slug:literal $(, short $label:literal)?;
            )+
        }
    ) => {
        $(#[$enum_meta])*
        ///
        /// The name, id, slug, description and every variant come from the
        /// [`Vocabulary`](crate::Vocabulary) trait; `Display` writes the name, and
        /// `<&'static str>::from` gives it without allocating.
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            strum::Display, strum::IntoStaticStr,
        )]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[doc = $doc])+
                #[doc = ""]
                #[doc = concat!("Name: \"", $display, "\"; slug: `", $slug, "`; id: `", $kind, ":", $slug, "`.")]
                #[strum(to_string = $display)]
                $variant,
            )+
        }

        // The same facts in `const` context, where trait methods cannot run.
        #[allow(dead_code)]
        impl $name {
            pub(crate) const fn const_name(self) -> &'static str {
                match self {
                    $($name::$variant => $display,)+
                }
            }
            pub(crate) const fn const_label(self) -> &'static str {
                match self {
                    $($name::$variant => $crate::model::vocabulary::first_of(&[$($label,)? $display]),)+
                }
            }
            pub(crate) const fn const_id(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($kind, ":", $slug),)+
                }
            }
            pub(crate) const fn const_description(self) -> &'static str {
                match self {
                    $($name::$variant => $crate::model::vocabulary::trim_start(concat!($($doc),+)),)+
                }
            }
        }

        impl $crate::model::vocabulary::sealed::Sealed for $name {
            const KIND: &'static str = $kind;
            const NOUN: &'static str = $crate::model::vocabulary::first_of(&[$($noun,)? $kind]);
            const SLUGS: &'static [&'static str] = &[$($slug),+];
            fn name(self) -> &'static str {
                self.const_name()
            }
        }

        impl $crate::model::vocabulary::Vocabulary for $name {
            const ALL: &'static [$name] = &[$($name::$variant),+];
            fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug,)+
                }
            }
            fn id(self) -> &'static str {
                self.const_id()
            }
            fn description(self) -> &'static str {
                self.const_description()
            }
            fn label(self) -> &'static str {
                self.const_label()
            }
        }

        #[cfg(feature = "serde")]
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        /// Serializes as the [id](crate::Vocabulary::id).
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str($crate::model::vocabulary::Vocabulary::id(*self))
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

/// A closed vocabulary of the crate: [`Section`](crate::Section),
/// [`Theme`](crate::Theme), [`Instrument`](crate::Instrument),
/// [`Entity`](crate::Entity), [`Place`](crate::Place),
/// [`Concept`](crate::Concept), [`Acronym`](crate::Acronym),
/// [`Stance`](crate::Stance), [`Verb`](crate::Verb),
/// [`ClauseForm`](crate::ClauseForm), [`Exclusion`](crate::Exclusion),
/// [`CommitmentKind`](crate::CommitmentKind), [`Obligation`](crate::Obligation),
/// [`Force`](crate::Force), [`Precision`](crate::Precision),
/// [`Delegation`](crate::Delegation), [`AnaphorKind`](crate::AnaphorKind) and
/// [`Priority`](crate::Priority).
///
/// One accessor set for all of them: every variant ([`Vocabulary::ALL`]), its
/// stable id, its slug and its description. The name is what `Display` writes
/// (`<&'static str>::from(v)` gives it without allocating), and `FromStr` reads
/// the name, the slug, the id or a form the text writes, in any case, trimmed,
/// with either apostrophe. The trait is sealed: only the crate implements it,
/// so that a later release can add to it.
///
/// ```
/// use asem_seoul_declaration::{Theme, Vocabulary};
///
/// assert_eq!(Theme::ALL.len(), 15);
/// let theme: Theme = " Lifelong learning ".parse()?;
/// assert_eq!(theme.id(), "theme:lifelong-learning");
/// assert_eq!(theme.slug(), "lifelong-learning");
/// assert_eq!(theme.to_string(), "Lifelong learning");
/// let name: &'static str = theme.into();
/// assert_eq!(name, "Lifelong learning");
/// assert!(theme.description().starts_with("Lifelong learning, including"));
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
pub trait Vocabulary:
    sealed::Sealed
    + Copy
    + Eq
    + Ord
    + std::hash::Hash
    + std::fmt::Debug
    + std::fmt::Display
    + std::str::FromStr
    + Into<&'static str>
    + Send
    + Sync
    + 'static
{
    /// Every variant, in declaration order.
    ///
    /// ```
    /// use asem_seoul_declaration::{Stance, Vocabulary};
    /// assert!(Stance::ALL.windows(2).all(|w| w[0] < w[1]));
    /// assert_eq!(Stance::ALL.last(), Some(&Stance::Pledge));
    /// ```
    const ALL: &'static [Self];

    /// The stable id, `KIND:SLUG`: what every edition writes and serde
    /// (de)serializes. Ids never collide across vocabularies.
    ///
    /// ```
    /// use asem_seoul_declaration::{Section, Theme, Vocabulary};
    /// assert_eq!(Theme::Mobility.id(), "theme:mobility");
    /// assert_eq!(Section::Mobility.id(), "section:mobility");
    /// ```
    fn id(self) -> &'static str;

    /// The kebab-case slug the id is built on.
    ///
    /// ```
    /// use asem_seoul_declaration::{Instrument, Vocabulary};
    /// assert_eq!(Instrument::ErasmusPlus.slug(), "erasmus-plus");
    /// assert_eq!("erasmus-plus".parse::<Instrument>()?, Instrument::ErasmusPlus);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    fn slug(self) -> &'static str;

    /// What the variant stands for: one or more sentences, ending with a full
    /// stop.
    ///
    /// ```
    /// use asem_seoul_declaration::{Theme, Vocabulary};
    /// assert!(Theme::Equity.description().starts_with("Equity"));
    /// ```
    fn description(self) -> &'static str;

    /// A short label for a chart's axis or a table's column: the name where
    /// it is short already.
    ///
    /// ```
    /// use asem_seoul_declaration::{Priority, Theme, Vocabulary};
    /// assert_eq!(Priority::LifelongLearning.label(), "Lifelong learning");
    /// assert_eq!(Theme::Equity.label(), Theme::Equity.to_string());
    /// ```
    fn label(self) -> &'static str;
}

/// What the crate's generic code (parsing, the editions' lists) needs of a
/// vocabulary, kept out of the public trait.
pub(crate) mod sealed {
    pub trait Sealed {
        /// The id prefix, such as `"theme"`.
        const KIND: &'static str;
        /// The noun used in messages, such as `"theme"` or `"clause form"`.
        const NOUN: &'static str;
        /// Every slug, in declaration order.
        const SLUGS: &'static [&'static str];
        /// The display name, as a `&'static str`.
        fn name(self) -> &'static str;
    }
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
