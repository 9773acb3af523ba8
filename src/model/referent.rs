//! Who and what the declaration names, and the ids that name them in every
//! edition.

use std::fmt;

use super::acronym::Acronym;
use super::meeting::{Meeting, Summit};
use super::tag::{Instrument, Theme};
use super::vocabularies::{concept_variants, entity_variants, place_variants};

entity_variants! {
    /// A body, group or process the declaration names.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Entity, Spanned};
    ///
    /// let where_named: Vec<u8> = declaration()
    ///     .mentions_of(Entity::AsemEducationSecretariat)
    ///     .map(|m| m.paragraph().number())
    ///     .collect();
    /// assert_eq!(where_named, [1, 12, 13]);
    /// ```
    pub enum Entity ("entity")
}

place_variants! {
    /// A place the declaration names.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Place};
    /// assert_eq!(declaration().mentions_of(Place::Helsinki).count(), 1);
    /// assert_eq!("republic-of-korea".parse::<Place>()?, Place::RepublicOfKorea);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub enum Place ("place")
}

concept_variants! {
    /// An idea or field the declaration names.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Concept, Spanned};
    /// let stem: Vec<u8> = declaration().mentions_of(Concept::Stem).map(|m| m.paragraph().number()).collect();
    /// assert_eq!(stem, [8]);
    /// assert_eq!("oer".parse::<Concept>()?, Concept::Oer);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub enum Concept ("concept")
}

/// A named thing: what a [`Mention`](crate::Mention) refers to, who acts in a
/// [`Commitment`](crate::Commitment), and the ids [`Referent::same_as`] links.
///
/// Every referent has a stable id, `KIND:SLUG`, which [`Referent::id`] gives
/// and `FromStr` reads: `entity:asef`, `instrument:moocs`, `meeting:asemme6`,
/// `summit:asem6`, `place:seoul`, `concept:moocs`, `theme:equity`,
/// `acronym:moocs`, `ministers:asemme6`, `declaration:seoul-declaration`. The
/// editions use these ids, and with the `serde` feature a referent
/// (de)serializes as its id. A meeting or summit is one the declaration names,
/// so every referent's id parses back.
///
/// `Display` writes the [name](Referent::name), as every vocabulary's does.
/// Some things go by one name under several ids (MOOCs as a concept and as an
/// instrument), so a name alone does not parse: `FromStr` reads the kind and
/// the name, `KIND:NAME`, as well as the id.
///
/// ```
/// use asem_seoul_declaration::{declaration, Concept, Entity, Referent};
///
/// let ict = Referent::from(Concept::Ict);
/// assert_eq!(ict.names(), ["Information and Communication Technologies", "ICT"]);
/// assert_eq!(ict.to_string(), "Information and Communication Technologies");
/// assert_eq!(ict.id(), "concept:ict");
/// assert_eq!(format!("{}:{ict}", ict.kind()).parse::<Referent>()?, ict);
/// assert_eq!("entity:asef".parse::<Referent>()?, Referent::Entity(Entity::Asef));
/// assert_eq!("meeting:asemme6".parse::<Referent>()?, Referent::from(declaration().meeting()));
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Referent {
    /// A body, group or process.
    Entity(Entity),
    /// One of the instruments the declaration names.
    Instrument(Instrument),
    /// One of the six ASEM Education Ministers' Meetings.
    Meeting(&'static Meeting),
    /// The ASEM Summit the declaration names (the 6th, Helsinki, 2006).
    Summit(&'static Summit),
    /// A place.
    Place(Place),
    /// An idea or field.
    Concept(Concept),
    /// A theme of the crate's editorial tags.
    Theme(Theme),
    /// An acronym the declaration uses.
    Acronym(Acronym),
    /// The ministers who speak as "we": the declaration's authors, and the
    /// actor of every pledge.
    Ministers,
    /// The Seoul Declaration itself.
    Declaration,
}

/// The kinds of referent ids, in the order `FromStr`'s error lists them.
pub(crate) const KINDS: &[&str] = &[
    "entity",
    "instrument",
    "meeting",
    "summit",
    "place",
    "concept",
    "theme",
    "acronym",
    "ministers",
    "declaration",
];

/// The part of an id after its kind: `asemme6` of `meeting:asemme6`; the id
/// whole if it has no kind.
pub(crate) const fn slug(id: &'static str) -> &'static str {
    let bytes = id.as_bytes();
    let mut at = 0;
    while at < bytes.len() && bytes[at] != b':' {
        at += 1;
    }
    if at == bytes.len() {
        return id;
    }
    match std::str::from_utf8(bytes.split_at(at + 1).1) {
        Ok(slug) => slug,
        Err(_) => id,
    }
}

/// The id of the declaration itself.
pub(crate) const DECLARATION_ID: &str = "declaration:seoul-declaration";

/// The id of the ministers who speak as "we".
pub(crate) const MINISTERS_ID: &str = "ministers:asemme6";

impl Referent {
    /// The kind of id: `"entity"`, `"instrument"`, `"meeting"`, `"summit"`,
    /// `"place"`, `"concept"`, `"theme"`, `"acronym"`, `"ministers"` or
    /// `"declaration"`.
    ///
    /// ```
    /// use asem_seoul_declaration::{Place, Referent};
    /// assert_eq!(Referent::from(Place::Seoul).kind(), "place");
    /// assert_eq!(Referent::Ministers.kind(), "ministers");
    /// ```
    #[must_use]
    pub const fn kind(self) -> &'static str {
        match self {
            Referent::Entity(_) => KINDS[0],
            Referent::Instrument(_) => KINDS[1],
            Referent::Meeting(_) => KINDS[2],
            Referent::Summit(_) => KINDS[3],
            Referent::Place(_) => KINDS[4],
            Referent::Concept(_) => KINDS[5],
            Referent::Theme(_) => KINDS[6],
            Referent::Acronym(_) => KINDS[7],
            Referent::Ministers => KINDS[8],
            Referent::Declaration => KINDS[9],
        }
    }

    /// The id, `KIND:SLUG`, as the editions write it and `FromStr` reads it.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Referent};
    /// assert_eq!(Referent::from(declaration().series().origin()).id(), "summit:asem6");
    /// assert_eq!(Referent::Declaration.id(), "declaration:seoul-declaration");
    /// ```
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Referent::Entity(e) => e.const_id(),
            Referent::Instrument(i) => i.const_id(),
            Referent::Meeting(m) => m.id(),
            Referent::Summit(s) => s.id(),
            Referent::Place(p) => p.const_id(),
            Referent::Concept(c) => c.const_id(),
            Referent::Theme(t) => t.const_id(),
            Referent::Acronym(a) => a.const_id(),
            Referent::Ministers => MINISTERS_ID,
            Referent::Declaration => DECLARATION_ID,
        }
    }
}

/// The name, as [`Referent::name`] gives it: `Asia-Europe Foundation`,
/// `6th ASEM Education Ministers' Meeting`, `Seoul Declaration`. The id is
/// [`Referent::id`].
///
/// ```
/// use asem_seoul_declaration::{Entity, Referent};
/// let asef = Referent::from(Entity::Asef);
/// assert_eq!(asef.to_string(), "Asia-Europe Foundation");
/// assert_eq!(asef.id(), "entity:asef");
/// assert_eq!(Referent::Declaration.to_string(), "Seoul Declaration");
/// assert_eq!(Referent::Ministers.to_string(), "The ministers (“we”)");
/// ```
impl fmt::Display for Referent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
/// Serializes as the id.
impl serde::Serialize for Referent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
/// Deserializes from the id.
impl<'de> serde::Deserialize<'de> for Referent {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::vocabulary::deserialize_parsed(deserializer)
    }
}

macro_rules! referent_from {
    ($($type:ty => $variant:ident),+) => {$(
        impl From<$type> for Referent {
            fn from(value: $type) -> Self {
                Referent::$variant(value)
            }
        }
    )+};
}

referent_from!(
    Entity => Entity,
    Instrument => Instrument,
    Place => Place,
    Concept => Concept,
    Theme => Theme,
    Acronym => Acronym,
    &'static Meeting => Meeting,
    &'static Summit => Summit
);
