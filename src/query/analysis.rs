//! The analyst's queries: names, clauses, sentences and commitments across
//! the paragraphs.

use std::iter::FusedIterator;

use crate::model::records::Anaphor;
use crate::model::records::Clause;
use crate::model::records::Commitment;
use crate::model::records::Declaration;
use crate::model::records::Mention;
use crate::model::records::Paragraph;
use crate::model::records::Sentence;
use crate::model::referent::Referent;
use crate::model::tag::Tag;

/// A test of whether a candidate names the thing `asked` names: the same id,
/// or one [linked](Referent::same_as) to it. The linked ids are looked up once,
/// not once per candidate.
fn names_the_same(asked: Referent) -> impl Fn(Referent) -> bool + Copy {
    // `linked` holds `asked` itself whenever it is not empty.
    let linked = asked.linked();
    move |candidate| {
        if linked.is_empty() {
            candidate == asked
        } else {
            linked.contains(&candidate)
        }
    }
}

/// The analyst's queries.
impl Declaration {
    /// Every mention in every paragraph, in document order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Referent, Spanned};
    /// let d = declaration();
    /// assert!(d.mentions().count() > 90);
    /// assert_eq!(d.mentions().filter(|m| m.referent() == Referent::Declaration).count(), 5);
    /// assert_eq!(d.mentions().next_back().unwrap().text(), "ASEM Education Process");
    /// ```
    #[must_use]
    pub fn mentions(
        &self,
    ) -> impl DoubleEndedIterator<Item = &'static Mention> + FusedIterator + Clone + use<> {
        let paragraphs: &'static [Paragraph] = self.paragraphs;
        paragraphs.iter().flat_map(Paragraph::mentions)
    }

    /// Every mention of the thing `referent` names, in document order, under
    /// whichever of its [linked ids](Referent::same_as) it is given: the MOOCs
    /// mentions for `Concept::Moocs`, `Instrument::Moocs` or `Acronym::Moocs`
    /// alike.
    ///
    /// Takes anything that converts into a [`Referent`]: an
    /// [`Entity`](crate::Entity), [`Instrument`](crate::Instrument),
    /// [`Place`](crate::Place), [`Concept`](crate::Concept),
    /// [`Theme`](crate::Theme), [`Acronym`](crate::Acronym),
    /// [`&Meeting`](crate::Meeting) or [`&Summit`](crate::Summit).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Concept, Instrument, Spanned};
    ///
    /// let ict: Vec<_> = declaration().mentions_of(Concept::Ict).collect();
    /// assert_eq!(ict.len(), 5);
    /// let moocs: Vec<&str> = declaration().mentions_of(Instrument::Moocs).map(|m| m.text()).collect();
    /// assert_eq!(moocs, ["Massive Open Online Courses", "MOOCs"]);
    /// ```
    #[must_use]
    pub fn mentions_of(
        &self,
        referent: impl Into<Referent>,
    ) -> impl DoubleEndedIterator<Item = &'static Mention> + FusedIterator + Clone {
        let names = names_the_same(referent.into());
        self.mentions().filter(move |m| names(m.referent()))
    }

    /// Every clause led by the ministers' own verb, in document order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Stance, Spanned};
    ///
    /// let pledges = declaration().clauses().filter(|c| c.stance() == Stance::Pledge).count();
    /// assert!(pledges > 10);
    /// assert_eq!(declaration().clauses().next_back().unwrap().text(), "Building on");
    /// ```
    #[must_use]
    pub fn clauses(
        &self,
    ) -> impl DoubleEndedIterator<Item = &'static Clause> + FusedIterator + Clone + use<> {
        let paragraphs: &'static [Paragraph] = self.paragraphs;
        paragraphs.iter().flat_map(Paragraph::clauses)
    }

    /// The candidates: every clause of the ministers that gives no commitment,
    /// in document order, each with the exclusion rule that excludes it, so
    /// that a reader can dispute it.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Exclusion, Spanned};
    /// let d = declaration();
    /// assert!(d.candidates().all(|c| c.exclusion().is_some()));
    /// let views = d.candidates().filter(|c| c.exclusion() == Some(Exclusion::View)).count();
    /// assert!(views > 10);
    /// ```
    #[must_use]
    pub fn candidates(
        &self,
    ) -> impl DoubleEndedIterator<Item = &'static Clause> + FusedIterator + Clone + use<> {
        self.clauses().filter(|c| c.exclusion().is_some())
    }

    /// Every sentence of every paragraph, in document order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Spanned};
    /// let d = declaration();
    /// assert_eq!(d.sentences().count(), d.paragraphs().iter().map(|p| p.sentences().len()).sum::<usize>());
    /// assert!(d.sentences().next().unwrap().text().starts_with("We, Education Ministers"));
    /// ```
    #[must_use]
    pub fn sentences(
        &self,
    ) -> impl DoubleEndedIterator<Item = &'static Sentence> + FusedIterator + Clone + use<> {
        let paragraphs: &'static [Paragraph] = self.paragraphs;
        paragraphs.iter().flat_map(Paragraph::sentences)
    }

    /// Every anaphor, in document order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Spanned};
    /// assert_eq!(declaration().anaphors().next().unwrap().text(), "its");
    /// ```
    #[must_use]
    pub fn anaphors(
        &self,
    ) -> impl DoubleEndedIterator<Item = &'static Anaphor> + FusedIterator + Clone + use<> {
        let paragraphs: &'static [Paragraph] = self.paragraphs;
        paragraphs.iter().flat_map(Paragraph::anaphors)
    }

    /// Every commitment and request, in document order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, CommitmentKind};
    /// let d = declaration();
    /// let requests = d.commitments().filter(|c| c.kind() == CommitmentKind::Request).count();
    /// assert_eq!((d.commitments().count(), requests), (30, 10));
    /// ```
    #[must_use]
    pub fn commitments(
        &self,
    ) -> impl DoubleEndedIterator<Item = &'static Commitment> + FusedIterator + Clone + use<> {
        let paragraphs: &'static [Paragraph] = self.paragraphs;
        paragraphs.iter().flat_map(Paragraph::commitments)
    }

    /// The commitments that address `tag`, a [`Theme`](crate::Theme) or a
    /// [`Priority`](crate::Priority) area, in document order: those whose own
    /// words address it ([`Commitment::themes`], [`Commitment::priorities`]),
    /// not every commitment of a paragraph tagged with it. A commitment is
    /// tagged with themes and priority areas only, so an
    /// [`Instrument`](crate::Instrument) gives none. For the commitments or
    /// the clauses of the paragraphs tagged with any tag, filter the
    /// paragraphs: `d.paragraphs_with(tag).flat_map(|p| p.clauses())`.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Priority, Theme};
    /// let d = declaration();
    /// let on_recognition: Vec<String> = d.commitments_on(Theme::Recognition).map(|c| c.id().to_string()).collect();
    /// assert_eq!(on_recognition, ["commitment:6-3", "commitment:6-4", "commitment:10-5", "commitment:10-6"]);
    /// let on_mobility: Vec<String> = d.commitments_on(Priority::BalancedMobility).map(|c| c.id().to_string()).collect();
    /// assert_eq!(on_mobility, ["commitment:6-2", "commitment:8-2", "commitment:12-1"]);
    /// ```
    #[must_use]
    pub fn commitments_on(
        &self,
        tag: impl Into<Tag>,
    ) -> impl DoubleEndedIterator<Item = &'static Commitment> + FusedIterator + Clone {
        let tag = tag.into();
        self.commitments().filter(move |c| c.concerns(tag))
    }

    /// The commitments `actor` is to act on, in document order: the ministers'
    /// pledges for [`Referent::Ministers`], the requests made of a party for
    /// that party (under whichever of its [linked ids](Referent::same_as) it is
    /// given).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Entity, Instrument, Referent};
    /// let d = declaration();
    /// assert_eq!(d.commitments_by(Referent::Ministers).count(), 20);
    /// assert_eq!(d.commitments_by(Entity::AsemEducationSecretariat).count(), 3);
    /// assert_eq!(d.commitments_by(Instrument::EducationSecretariat).count(), 3);
    /// ```
    #[must_use]
    pub fn commitments_by(
        &self,
        actor: impl Into<Referent>,
    ) -> impl DoubleEndedIterator<Item = &'static Commitment> + FusedIterator + Clone {
        let names = names_the_same(actor.into());
        self.commitments().filter(move |c| names(c.actor()))
    }
}
