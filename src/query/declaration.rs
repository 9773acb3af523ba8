//! Every query of a [`Declaration`], one method each: lookups and filters,
//! `lookup` and `search`, and the analyst's queries (names, clauses,
//! sentences and commitments across the paragraphs).

use std::iter::FusedIterator;

use super::lookup::{Lookup, no_such_paragraph};
use super::search::Hits;
use crate::model::commitment::CommitmentId;
use crate::model::error::Error;
use crate::model::section::Section;

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

/// The queries.
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

    /// The paragraph numbered `n`.
    ///
    /// Paragraph and sentence numbers are `u8` everywhere, in and out: a
    /// wider number has to be converted with `u8::try_from`, which fails
    /// rather than cut it short, so `266` can never become paragraph 10.
    ///
    /// # Errors
    ///
    /// [`Error::NoSuchParagraph`] unless the declaration has paragraph `n`
    /// (the Seoul Declaration has 1 to 16).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Error};
    ///
    /// assert_eq!(declaration().paragraph(16)?.number(), 16);
    /// assert!(matches!(declaration().paragraph(0), Err(Error::NoSuchParagraph { .. })));
    /// let wide: usize = 266;
    /// assert!(u8::try_from(wide).is_err()); // not paragraph 10
    /// # Ok::<(), Error>(())
    /// ```
    #[inline]
    pub fn paragraph(&self, n: u8) -> Result<&'static Paragraph, Error> {
        match usize::from(n)
            .checked_sub(1)
            .and_then(|i| self.paragraphs.get(i))
        {
            Some(paragraph) => Ok(paragraph),
            None => Err(no_such_paragraph(self.this, n)),
        }
    }

    /// The paragraphs under `section`, its sub-headings included.
    ///
    /// A heading's paragraphs are consecutive, so this is a sub-slice.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Section};
    ///
    /// let vision = declaration().paragraphs_in(Section::Vision);
    /// let numbers: Vec<u8> = vision.iter().map(|p| p.number()).collect();
    /// assert_eq!(numbers, [6, 7, 8, 9, 10]);
    /// ```
    #[must_use]
    #[inline]
    pub fn paragraphs_in(&self, section: Section) -> &'static [Paragraph] {
        let paragraphs: &'static [Paragraph] = self.paragraphs;
        let within = |p: &Paragraph| section.contains(p.section);
        match paragraphs.iter().position(within) {
            Some(first) => {
                let count = paragraphs[first..].iter().take_while(|p| within(p)).count();
                &paragraphs[first..first + count]
            }
            None => &[],
        }
    }

    /// The paragraphs tagged with `tag`, a [`Theme`](crate::Theme), an
    /// [`Instrument`](crate::Instrument) or a [`Priority`](crate::Priority)
    /// area, in order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Instrument, Priority, Theme};
    ///
    /// let d = declaration();
    /// let on_recognition: Vec<u8> = d.paragraphs_with(Theme::Recognition).map(|p| p.number()).collect();
    /// assert_eq!(on_recognition, [6, 10]);
    /// let secretariat: Vec<u8> = d.paragraphs_with(Instrument::EducationSecretariat).map(|p| p.number()).collect();
    /// assert_eq!(secretariat, [1, 12, 13]);
    /// let mobility: Vec<u8> = d.paragraphs_with(Priority::BalancedMobility).map(|p| p.number()).collect();
    /// assert_eq!(mobility, [4, 6, 7, 8, 12]);
    /// ```
    #[must_use]
    #[inline]
    pub fn paragraphs_with(
        &self,
        tag: impl Into<Tag>,
    ) -> impl DoubleEndedIterator<Item = &'static Paragraph> + FusedIterator + Clone {
        let tag = tag.into();
        let paragraphs: &'static [Paragraph] = self.paragraphs;
        paragraphs
            .iter()
            .filter(move |p| p.evidence_for(tag).is_some())
    }

    /// The commitment `id` names in this declaration.
    ///
    /// # Errors
    ///
    /// [`Error::NoSuchCommitment`] if this declaration has none of that id:
    /// an id parsed from text names one of the Seoul Declaration's, and
    /// [`Commitment::id`] one of its own declaration's.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, CommitmentId, Spanned};
    /// let id: CommitmentId = "commitment:10-3".parse()?;
    /// assert_eq!(declaration().commitment(id)?.text(), "use ICT as a tool");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub fn commitment(&self, id: CommitmentId) -> Result<&'static Commitment, Error> {
        let paragraphs: &'static [Paragraph] = self.paragraphs;
        let nth = |n: u8| usize::from(n).checked_sub(1);
        nth(id.paragraph)
            .and_then(|i| paragraphs.get(i))
            .and_then(|p| p.commitments.get(nth(id.order)?))
            .ok_or_else(|| Error::NoSuchCommitment {
                document: self.this,
                given: id.to_string(),
            })
    }

    /// Every reading of `query`, as a search box would take it, and a note
    /// for each part of it that names nothing: the citations of this
    /// declaration in it (a paragraph number alone, "para. 10", "paras 6-7",
    /// "sentence 3 of para. 10", "fn. 1", in prose or alone), and, in the
    /// words left once the citations are read, the section, theme and
    /// instrument they name and the places the paragraphs and footnotes
    /// have them. A query that names several things gives them all:
    /// "mobility" is a section, a theme and words of the text.
    ///
    /// Quotes, brackets and sentence punctuation around the query are
    /// trimmed (`"mobility"`, `“mobility”`, `mobility?`). A citation that
    /// names nothing the declaration has ("para. 17"), one read only in
    /// part, and one of another document ("§ 3 of the Lisbon Convention")
    /// are [notes](Lookup::notes), not readings, and the rest of the query
    /// is read all the same: "mobility para. 17" gives the readings of
    /// "mobility" and a note for "para. 17". The lookup allocates only its
    /// lists and, for a query with citations, a copy of the words between
    /// them.
    ///
    /// # Errors
    ///
    /// [`Error::EmptyQuery`] for an empty query or one of white space only:
    /// the only error. A query that matches nothing is an empty [`Lookup`].
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Error, Reading, Theme};
    ///
    /// let d = declaration();
    /// let numbers = |q: &str| -> Result<Vec<u8>, Error> {
    ///     Ok(d.lookup(q)?.paragraphs().map(|p| p.number()).collect())
    /// };
    /// assert_eq!(numbers("10")?, [10]);
    /// assert_eq!(numbers("paras 6-7")?, [6, 7]);
    /// assert_eq!(numbers("equity")?, [10]);
    /// assert_eq!(numbers("\"erasmus-plus\"")?, [6]);
    /// assert_eq!(numbers("Erasmus+?")?, [6]);
    /// assert_eq!(numbers("Riga")?, [2]);
    /// assert_eq!(numbers("quantum computing")?, []);
    /// let partly = d.lookup("mobility para. 17")?;
    /// assert!(partly.readings().any(|r| matches!(r, Reading::Theme(Theme::Mobility))));
    /// assert!(matches!(partly.notes().next(), Some(Error::NoSuchParagraph { .. })));
    /// assert!(matches!(d.lookup("  "), Err(Error::EmptyQuery { .. })));
    /// assert!(d.lookup("theme:equity")?.readings().any(|r| matches!(r, Reading::Theme(Theme::Equity))));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn lookup(&self, query: &str) -> Result<Lookup, Error> {
        super::lookup::lookup(self.this, query)
    }

    /// Finds `query` in the paragraphs' texts, ignoring case and the way
    /// apostrophes, quotes, dashes and white space are typed.
    ///
    /// Matching folds both the query and the text. Each character is
    /// lowercased with Unicode lowercase mappings, except that within each of
    /// these classes every member matches every other:
    ///
    /// - apostrophes and single quotes: `'` `` ` `` `´` `ʹ` `ʼ` `ʽ` `‘` `’` `‚`
    ///   `‛` `′` `‵` `‹` `›` `＇`;
    /// - double quotes: `"` `«` `»` `ʺ` `“` `”` `„` `‟` `″` `‶` `＂`;
    /// - dashes: hyphen-minus `-`, hyphen U+2010, non-breaking hyphen U+2011,
    ///   figure dash U+2012, en dash `–`, em dash `—`, horizontal bar U+2015,
    ///   minus sign `−` U+2212, two- and three-em dashes U+2E3A and U+2E3B,
    ///   small em dash U+FE58, small and fullwidth hyphen-minus U+FE63 and
    ///   U+FF0D;
    /// - runs of white space: a run of any length of the characters that
    ///   [`char::is_whitespace`] (spaces, tabs, line breaks, no-break spaces)
    ///   matches any other run.
    ///
    /// White space at the start or end of the query matches too: `" learning"`
    /// finds the space before "learning", not the word alone. Hits come in document
    /// order and do not overlap within a paragraph; each is the range of the text
    /// as written, whatever was typed. The query may be a `&str`, a `String` or
    /// anything else that is `AsRef<str>`, and the hits do not borrow it. The
    /// first call builds an index once; later calls and the hits they yield
    /// allocate nothing.
    ///
    /// # Errors
    ///
    /// [`Error::EmptyQuery`] if `query` is empty or only white space.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Error, Spanned};
    ///
    /// let d = declaration();
    /// let hits: Vec<_> = d.search("ict – INFORMATION")?.collect();
    /// assert_eq!(hits.len(), 1);
    /// let hit = &hits[0];
    /// assert_eq!(hit.paragraph().number(), 10);
    /// assert_eq!(hit.text(), "ICT – Information");
    ///
    /// // A hyphen and two spaces find the en dash between single spaces.
    /// let typed = d.search("ict  -  information")?.next().unwrap();
    /// assert_eq!(typed, *hit);
    ///
    /// // The text writes a straight apostrophe; a typographic one finds it.
    /// let curly: Vec<_> = d.search("Ministers’ Meeting")?.collect();
    /// let straight: Vec<_> = d.search("ministers' meeting")?.collect();
    /// assert!(!curly.is_empty());
    /// assert_eq!(curly, straight);
    /// assert_eq!(curly[0].text(), "Ministers' Meeting");
    ///
    /// // A line break in the query finds the text's space.
    /// assert_eq!(d.search("lifelong\nlearning")?.count(), d.search("lifelong learning")?.count());
    /// assert!(matches!(d.search(" \t\n"), Err(Error::EmptyQuery { .. })));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[inline]
    pub fn search(&self, query: impl AsRef<str>) -> Result<Hits, Error> {
        super::search::search(self.this, query.as_ref())
    }
}
