//! Reading names: every vocabulary, referent id and commitment id parses from
//! what people and the text write, and `expand` reads the glossary.
//!
//! A name is compared after trimming white space, ignoring ASCII case, and
//! with every kind of apostrophe taken as the same, as search folds them (the
//! typewriter ' and the typographic ’ among them), so that a name copied from
//! the rendered documentation parses too.

use std::str::FromStr;

use crate::model::acronym::Acronym;
use crate::model::anaphor_kind::AnaphorKind;
use crate::model::commitment::CommitmentId;
use crate::model::error::Error;
use crate::model::folding::punctuation_class;
use crate::model::grades::{CommitmentKind, Delegation, Force, Obligation, Precision};
use crate::model::records::Commitment;
use crate::model::referent::{
    Concept, DECLARATION_ID, Entity, KINDS, MINISTERS_ID, Place, Referent, slug,
};
use crate::model::section::Section;
use crate::model::stance::{ClauseForm, Exclusion, Stance, Verb};
use crate::model::tag::{Instrument, Priority, Theme};
use crate::model::vocabulary::Vocabulary;

/// Whether `a` and `b` are the same name: ASCII case and the kinds of
/// apostrophe aside, as search folds them.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let fold = |c: char| match punctuation_class(c) {
        Some(b'\'') => '\'',
        _ => c.to_ascii_lowercase(),
    };
    a.chars().map(fold).eq(b.chars().map(fold))
}

/// `given` without a leading `kind:` (any case); `None` without one.
fn strip_kind<'a>(given: &'a str, kind: &str) -> Option<&'a str> {
    given
        .split_once(':')
        .filter(|(prefix, _)| prefix.eq_ignore_ascii_case(kind))
        .map(|(_, rest)| rest)
}

/// The forms the text writes for a vocabulary's variant, besides its name.
trait Written: Vocabulary {
    fn written(self) -> &'static [&'static str] {
        &[]
    }
}

impl Written for Entity {
    fn written(self) -> &'static [&'static str] {
        Referent::Entity(self).names()
    }
}

impl Written for Instrument {
    fn written(self) -> &'static [&'static str] {
        Referent::Instrument(self).names()
    }
}

impl Written for Place {
    fn written(self) -> &'static [&'static str] {
        Referent::Place(self).names()
    }
}

impl Written for Concept {
    fn written(self) -> &'static [&'static str] {
        Referent::Concept(self).names()
    }
}

impl Written for Acronym {
    fn written(self) -> &'static [&'static str] {
        self.forms()
    }
}

impl Written for Section {}
impl Written for Theme {}
impl Written for Stance {}
impl Written for Verb {}
impl Written for ClauseForm {}
impl Written for CommitmentKind {}
impl Written for Obligation {}
impl Written for Force {}
impl Written for Precision {}
impl Written for Delegation {}
impl Written for AnaphorKind {}
impl Written for Priority {}
impl Written for Exclusion {}

/// The variant `given` names: by display name, slug, id (`KIND:SLUG` or
/// `KIND:` and the name) or a form the text writes.
fn parse<V: Written>(given: &str) -> Result<V, Error> {
    let trimmed = given.trim();
    let bare = strip_kind(trimmed, V::KIND).unwrap_or(trimmed);
    V::ALL
        .iter()
        .copied()
        .find(|&v| {
            same_name(v.name(), bare)
                || same_name(v.slug(), bare)
                || same_name(v.name(), trimmed)
                || v.written()
                    .iter()
                    .any(|form| same_name(form, trimmed) || same_name(form, bare))
        })
        .ok_or_else(|| Error::UnknownName {
            kind: V::NOUN,
            given: given.to_owned(),
            accepted: V::SLUGS,
        })
}

macro_rules! parses {
    ($($type:ty),+) => {$(
        impl FromStr for $type {
            type Err = Error;

            /// The display name, the slug, the id, or a form the text writes;
            /// white space around it, ASCII case and the kind of apostrophe
            /// do not matter.
            fn from_str(given: &str) -> Result<Self, Error> {
                parse(given)
            }
        }
    )+};
}

parses!(
    Section,
    Theme,
    Instrument,
    Entity,
    Place,
    Concept,
    Acronym,
    Stance,
    Verb,
    ClauseForm,
    CommitmentKind,
    Obligation,
    Force,
    Precision,
    Delegation,
    AnaphorKind,
    Priority,
    Exclusion
);

impl FromStr for Referent {
    type Err = Error;

    /// An id, `KIND:SLUG`, or `KIND:` and the referent's name or a form the
    /// text writes; white space around it, ASCII case and the kind of
    /// apostrophe do not matter. Only the meetings and the summit the
    /// declaration names parse.
    fn from_str(given: &str) -> Result<Referent, Error> {
        let trimmed = given.trim();
        let unknown_kind = || Error::UnknownReferent {
            given: given.to_owned(),
            accepted: KINDS,
        };
        let (kind, bare) = trimmed.split_once(':').ok_or_else(unknown_kind)?;
        let series = crate::declaration().series();
        match kind.to_ascii_lowercase().as_str() {
            "entity" => parse(given).map(Referent::Entity),
            "instrument" => parse(given).map(Referent::Instrument),
            "place" => parse(given).map(Referent::Place),
            "concept" => parse(given).map(Referent::Concept),
            "theme" => parse(given).map(Referent::Theme),
            "acronym" => parse(given).map(Referent::Acronym),
            "meeting" => one_of(
                "meeting",
                given,
                bare,
                series.meetings().iter().map(Referent::Meeting),
                series.meeting_slugs,
            ),
            "summit" => one_of(
                "summit",
                given,
                bare,
                [Referent::Summit(series.origin())],
                series.summit_slugs,
            ),
            "ministers" => one_of(
                "ministers",
                given,
                bare,
                [Referent::Ministers],
                MINISTERS_SLUGS,
            ),
            "declaration" => one_of(
                "declaration",
                given,
                bare,
                [Referent::Declaration],
                DECLARATION_SLUGS,
            ),
            _ => Err(unknown_kind()),
        }
    }
}

/// The one of `known` (referents of `kind` that are no vocabulary's variants)
/// that `bare`, the part of `given` after its kind, names: by its id's slug, its
/// name or a form the text writes.
fn one_of(
    kind: &'static str,
    given: &str,
    bare: &str,
    known: impl IntoIterator<Item = Referent>,
    accepted: &'static [&'static str],
) -> Result<Referent, Error> {
    known
        .into_iter()
        .find(|r| {
            let slug = r.id().split_once(':').map_or("", |(_, slug)| slug);
            same_name(slug, bare)
                || same_name(r.name(), bare)
                || r.names().iter().any(|n| same_name(n, bare))
        })
        .ok_or_else(|| Error::UnknownName {
            kind,
            given: given.to_owned(),
            accepted,
        })
}

/// The slugs of the ministers' and the declaration's ids, for messages.
const MINISTERS_SLUGS: &[&str] = &[slug(MINISTERS_ID)];
const DECLARATION_SLUGS: &[&str] = &[slug(DECLARATION_ID)];

impl FromStr for CommitmentId {
    type Err = Error;

    /// `commitment:PARAGRAPH-ORDER`, or `PARAGRAPH-ORDER` alone, if it names a
    /// commitment of the declaration.
    fn from_str(given: &str) -> Result<CommitmentId, Error> {
        let trimmed = given.trim();
        let bare = strip_kind(trimmed, "commitment").unwrap_or(trimmed);
        let number = |s: &str| s.trim().parse::<u8>().ok();
        bare.split_once('-')
            .and_then(|(p, o)| Some((number(p)?, number(o)?)))
            .and_then(|(paragraph, order)| {
                let p = crate::declaration().paragraph(paragraph).ok()?;
                p.commitments()
                    .nth(usize::from(order).checked_sub(1)?)
                    .map(Commitment::id)
            })
            .ok_or_else(|| Error::NoSuchCommitment {
                document: crate::declaration(),
                given: given.to_owned(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_case_or_apostrophe_kind() {
        assert!(same_name(
            "Ministers’ Conferences",
            "ministers' conferences"
        ));
        assert!(!same_name("Ministers", "Minister"));
    }
}
