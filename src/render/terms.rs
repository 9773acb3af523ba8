//! The list of every id the editions use, with its name, description and the
//! ids linked to it, as the JSON edition's `vocabularies` and the data
//! package's `vocabulary` and `same_as` tables give it.

use crate::model::acronym::Acronym;
use crate::model::anaphor_kind::AnaphorKind;
use crate::model::grades::{CommitmentKind, Delegation, Force, Obligation, Precision};
use crate::model::records::Declaration;
use crate::model::referent::{Concept, Entity, Place, Referent};
use crate::model::section::Section;
use crate::model::stance::{ClauseForm, Exclusion, Stance, Verb};
use crate::model::tag::{Instrument, Priority, Theme};
use crate::model::vocabulary::Vocabulary;

/// One named thing.
pub(crate) struct Term {
    pub(crate) id: &'static str,
    pub(crate) kind: &'static str,
    pub(crate) name: &'static str,
    /// A short label: the name where it is short already.
    pub(crate) label: &'static str,
    pub(crate) description: &'static str,
    /// The other ids that name the same thing.
    pub(crate) same_as: Vec<&'static str>,
}

/// Every term, vocabulary by vocabulary, each in its declaration order:
/// sections, themes, instruments, entities, places, concepts, meetings, the
/// summit, the ministers, the declaration, acronyms, stances, verbs, clause
/// forms, commitment kinds, obligations, forces, precisions, delegations,
/// anaphor kinds, priority areas and exclusion rules.
pub(crate) fn terms(d: &Declaration) -> Vec<Term> {
    fn vocabulary<V: Vocabulary>(
        linked: impl Fn(V) -> Option<Referent>,
    ) -> impl Iterator<Item = Term> {
        V::ALL.iter().map(move |&v| Term {
            id: v.id(),
            kind: V::KIND,
            name: v.name(),
            label: v.label(),
            description: v.description(),
            same_as: linked(v)
                .map(|r| r.same_as().map(Referent::id).collect())
                .unwrap_or_default(),
        })
    }
    fn referent(r: Referent) -> Term {
        Term {
            id: r.id(),
            kind: r.kind(),
            name: r.name(),
            // A meeting goes by its acronym.
            label: match r {
                Referent::Meeting(m) => m.acronym(),
                _ => r.name(),
            },
            description: r.description(),
            same_as: r.same_as().map(Referent::id).collect(),
        }
    }
    let mut terms: Vec<Term> = Vec::new();
    terms.extend(vocabulary::<Section>(|_| None));
    terms.extend(vocabulary(|t: Theme| Some(t.into())));
    terms.extend(vocabulary(|i: Instrument| Some(i.into())));
    terms.extend(vocabulary(|e: Entity| Some(e.into())));
    terms.extend(vocabulary(|p: Place| Some(p.into())));
    terms.extend(vocabulary(|c: Concept| Some(c.into())));
    terms.extend(d.series().meetings().iter().map(|m| referent(m.into())));
    terms.push(referent(d.series().origin().into()));
    terms.push(referent(Referent::Ministers));
    terms.push(referent(Referent::Declaration));
    terms.extend(vocabulary(|a: Acronym| Some(a.into())));
    terms.extend(vocabulary::<Stance>(|_| None));
    terms.extend(vocabulary::<Verb>(|_| None));
    terms.extend(vocabulary::<ClauseForm>(|_| None));
    terms.extend(vocabulary::<CommitmentKind>(|_| None));
    terms.extend(vocabulary::<Obligation>(|_| None));
    terms.extend(vocabulary::<Force>(|_| None));
    terms.extend(vocabulary::<Precision>(|_| None));
    terms.extend(vocabulary::<Delegation>(|_| None));
    terms.extend(vocabulary::<AnaphorKind>(|_| None));
    terms.extend(vocabulary::<Priority>(|_| None));
    terms.extend(vocabulary::<Exclusion>(|_| None));
    terms
}
