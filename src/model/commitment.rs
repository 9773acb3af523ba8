//! Commitments and requests: their ids, their parts, and how the facts' words
//! for them are located.

use std::fmt;

use super::grades::{CommitmentKind, Force, Grade, Obligation, Precision};
use super::records::{Clause, Commitment, Evidence, Paragraph, Sentence, Span};
use super::referent::Referent;
use super::run::{Run, find_optional, same};
use super::span::Spanned;
use super::span::spanned;
use super::tag::{Priority, Tag, Theme};
use super::vocabulary::Vocabulary;

/// A commitment's stable id: `commitment:10-2`, the paragraph and the
/// commitment's place in it.
///
/// It displays, parses and (with `serde`) serializes as that string; it parses
/// only when it names a commitment of the declaration.
///
/// ```
/// use asem_seoul_declaration::{declaration, CommitmentId};
///
/// let id: CommitmentId = "commitment:13-1".parse()?;
/// assert_eq!((id.paragraph(), id.order()), (13, 1));
/// assert_eq!(declaration().commitment(id).id().to_string(), "commitment:13-1");
/// assert!("commitment:1-1".parse::<CommitmentId>().is_err());
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CommitmentId {
    pub(crate) paragraph: u8,
    pub(crate) order: u8,
}

impl CommitmentId {
    /// The paragraph's number.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert_eq!(para!(11).commitments().next().unwrap().id().paragraph(), 11);
    /// ```
    #[must_use]
    pub const fn paragraph(self) -> u8 {
        self.paragraph
    }

    /// The commitment's place among the paragraph's, from 1.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert_eq!(para!(11).commitments().nth(1).unwrap().id().order(), 2);
    /// ```
    #[must_use]
    pub const fn order(self) -> u8 {
        self.order
    }
}

/// `commitment:10-2`.
impl fmt::Display for CommitmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "commitment:{}-{}", self.paragraph, self.order)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
/// Serializes as the id string.
impl serde::Serialize for CommitmentId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
/// Deserializes from the id string, if it names a commitment.
impl<'de> serde::Deserialize<'de> for CommitmentId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::vocabulary::deserialize_parsed(deserializer)
    }
}

impl Commitment {
    /// The stable id: `commitment:10-2`.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let ids: Vec<String> = para!(11).commitments().map(|c| c.id().to_string()).collect();
    /// assert_eq!(ids, ["commitment:11-1", "commitment:11-2"]);
    /// ```
    #[must_use]
    pub const fn id(&self) -> CommitmentId {
        CommitmentId {
            paragraph: self.span.paragraph.number(),
            order: self.order,
        }
    }

    /// A pledge of the ministers or a request of another party.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, CommitmentKind};
    /// assert_eq!(para!(13).commitments().next().unwrap().kind(), CommitmentKind::Request);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> CommitmentKind {
        self.kind
    }

    /// Who is to act: [`Referent::Ministers`] for a pledge, the party asked
    /// for a request.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Entity, Referent};
    /// assert_eq!(para!(13).commitments().next().unwrap().actor(), Referent::Entity(Entity::AsemEducationSecretariat));
    /// ```
    #[must_use]
    pub const fn actor(&self) -> Referent {
        self.actor
    }

    /// For a request, the words that name the party asked; `None` for a
    /// pledge, whose actor is the "we" of its clause.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let asked: Vec<&str> = para!(15).commitments().filter_map(|c| c.actor_words()).map(|s| s.text()).collect();
    /// assert_eq!(asked, ["ASEM partners", "stakeholders"]);
    /// ```
    #[must_use]
    pub const fn actor_words(&self) -> Option<Span> {
        match self.actor_words {
            Some(run) => Some(Span::new(self.span.paragraph, run)),
            None => None,
        }
    }

    /// Its grade: how firmly a pledge binds the ministers
    /// ([`Grade::Obligation`]) or how strongly a request asks its party
    /// ([`Grade::Force`]). Every commitment has one; [`obligation`](Self::obligation)
    /// and [`force`](Self::force) give each part alone.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Force, Grade, Obligation};
    /// let grades: Vec<Grade> = para!(10).commitments().map(|c| c.grade()).collect();
    /// assert_eq!(grades[2..4], [Grade::Obligation(Obligation::Firm), Grade::Force(Force::Urge)]);
    /// assert_eq!(grades[3].to_string(), "Urge");
    /// ```
    #[must_use]
    pub const fn grade(&self) -> Grade {
        self.grade
    }

    /// How firmly a pledge binds the ministers; `None` for a request.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Obligation};
    /// let grades: Vec<Option<Obligation>> = para!(10).commitments().map(|c| c.obligation()).collect();
    /// assert_eq!(grades.last(), Some(&Some(Obligation::Exploratory)));
    /// ```
    #[must_use]
    pub const fn obligation(&self) -> Option<Obligation> {
        self.grade.obligation()
    }

    /// How strongly a request asks its party; `None` for a pledge.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Force};
    /// assert_eq!(para!(13).commitments().next().unwrap().force(), Some(Force::Invite));
    /// ```
    #[must_use]
    pub const fn force(&self) -> Option<Force> {
        self.grade.force()
    }

    /// How precisely it says what is to be done.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Precision};
    /// assert_eq!(para!(6).commitments().next().unwrap().precision(), Precision::Low);
    /// ```
    #[must_use]
    pub const fn precision(&self) -> Precision {
        self.precision
    }

    /// The clause that expresses it: the verb phrase it shares with the
    /// other commitments of that clause.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// assert_eq!(para!(12).commitments().nth(1).unwrap().clause().text(), "we also envision");
    /// ```
    #[must_use]
    pub fn clause(&self) -> &'static Clause {
        &self.span.paragraph.clauses[usize::from(self.clause)]
    }

    /// The sentence it stands in.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert_eq!(para!(10).commitments().last().unwrap().sentence().number(), 5);
    /// ```
    #[must_use]
    pub fn sentence(&self) -> &'static Sentence {
        self.clause().sentence()
    }

    /// The words naming the outcome aimed at, where the sentence states one
    /// apart from the action.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let c = para!(11).commitments().next().unwrap();
    /// assert_eq!(c.target().unwrap().text(), "enhance our education systems");
    /// assert!(para!(11).commitments().nth(1).unwrap().target().is_none());
    /// ```
    #[must_use]
    pub const fn target(&self) -> Option<Span> {
        match self.target {
            Some(run) => Some(Span::new(self.span.paragraph, run)),
            None => None,
        }
    }

    /// The words saying when, where they date this commitment.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let c = para!(12).commitments().next().unwrap();
    /// assert_eq!(c.timeframe().unwrap().text(), "in the next decade");
    /// ```
    #[must_use]
    pub const fn timeframe(&self) -> Option<Span> {
        match self.timeframe {
            Some(run) => Some(Span::new(self.span.paragraph, run)),
            None => None,
        }
    }

    /// What its action or target refers back to, where either holds an
    /// [`Anaphor`](crate::Anaphor) ("this issue", "this goal", "them").
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Spanned};
    /// let c = declaration().commitment("commitment:10-5".parse()?);
    /// assert!(c.antecedent().unwrap().text().contains("a gap in ICT use"));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn antecedent(&self) -> Option<Span> {
        let own = |at: std::ops::Range<usize>| {
            let action = self.span.run.range();
            let target = self.target.map(Run::range);
            (action.start <= at.start && at.end <= action.end)
                || target.is_some_and(|t| t.start <= at.start && at.end <= t.end)
        };
        self.span
            .paragraph
            .anaphors
            .iter()
            .find(|a| own(a.span.run.range()))
            .map(|a| a.antecedent)
    }

    /// The themes it addresses, each shown by words of its sentence.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Theme};
    /// assert!(para!(6).commitments().nth(2).unwrap().themes().any(|t| t == Theme::Recognition));
    /// ```
    #[must_use]
    pub fn themes(
        &self,
    ) -> impl DoubleEndedIterator<Item = Theme> + std::iter::FusedIterator + Clone + use<> {
        self.tags.iter().filter_map(|e| match e.tag() {
            Tag::Theme(theme) => Some(theme),
            _ => None,
        })
    }

    /// The priority areas of the ASEM Education Process it concerns, each
    /// shown by words of its sentence.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Priority};
    /// assert!(para!(6).commitments().nth(1).unwrap().priorities().any(|p| p == Priority::BalancedMobility));
    /// ```
    #[must_use]
    pub fn priorities(
        &self,
    ) -> impl DoubleEndedIterator<Item = Priority> + std::iter::FusedIterator + Clone + use<> {
        self.tags.iter().filter_map(|e| match e.tag() {
            Tag::Priority(priority) => Some(priority),
            _ => None,
        })
    }

    /// Each theme and priority area with the words of the sentence that show
    /// it.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let c = para!(6).commitments().nth(2).unwrap();
    /// assert!(c.evidence().all(|e| c.sentence().text().contains(e.text())));
    /// ```
    pub fn evidence(&self) -> std::slice::Iter<'static, Evidence> {
        self.tags.iter()
    }

    /// The words that show `tag`, a theme or a priority area, if the
    /// commitment addresses it.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Priority, Theme, Spanned};
    /// let c = para!(6).commitments().nth(2).unwrap();
    /// assert_eq!(c.evidence_for(Theme::Recognition).unwrap().text(), "recognition of qualifications and credits");
    /// assert!(c.evidence_for(Priority::QualityRecognition).is_some());
    /// assert!(c.evidence_for(Theme::Equity).is_none());
    /// ```
    #[must_use]
    pub fn evidence_for(&self, tag: impl Into<Tag>) -> Option<&'static Evidence> {
        let tag = tag.into();
        self.tags.iter().find(|e| e.tag() == tag)
    }

    /// The commitments of `paragraph` (whose text is `text`) at compile time:
    /// each one's clause is the first whose verb phrase is its clause words,
    /// and its action, actor words, target and timeframe are found in that
    /// clause's sentence.
    pub(crate) const fn attach<const N: usize>(
        paragraph: &'static Paragraph,
        text: &'static str,
        verbs: &[Run],
        sentences: &[Run],
        written: [CommitmentWords; N],
    ) -> [Commitment; N] {
        let empty = Run { start: 0, text: "" };
        let mut found = [Commitment {
            span: Span::new(paragraph, empty),
            order: 0,
            kind: CommitmentKind::Pledge,
            actor: Referent::Ministers,
            clause: 0,
            grade: Grade::Obligation(Obligation::Exploratory),
            precision: Precision::Low,
            actor_words: None,
            target: None,
            timeframe: None,
            tags: &[],
        }; N];
        let mut i = 0;
        while i < N {
            let w = written[i];
            let mut clause = 0;
            while !same(verbs[clause].text, w.clause) {
                clause += 1;
            }
            let at = verbs[clause].start;
            let mut sentence = 0;
            while sentences[sentence].end() < at {
                sentence += 1;
            }
            let (within, until) = (sentences[sentence].start, sentences[sentence].end());
            found[i] = Commitment {
                span: Span::new(paragraph, Run::find(text, w.action, within, until)),
                #[allow(clippy::cast_possible_truncation)] // a paragraph has a few commitments
                order: (i + 1) as u8,
                kind: w.kind,
                actor: w.actor,
                #[allow(clippy::cast_possible_truncation)] // and a few clauses
                clause: clause as u8,
                grade: w.grade,
                precision: w.precision,
                actor_words: find_optional(text, w.actor_words, within, until),
                target: find_optional(text, w.target, within, until),
                timeframe: find_optional(text, w.timeframe, within, until),
                tags: w.tags,
            };
            i += 1;
        }
        found
    }
}

/// What the facts say of one commitment, its words as written.
#[derive(Clone, Copy)]
pub(crate) struct CommitmentWords {
    /// The verb phrase of its clause.
    pub(crate) clause: &'static str,
    pub(crate) kind: CommitmentKind,
    pub(crate) actor: Referent,
    pub(crate) grade: Grade,
    pub(crate) precision: Precision,
    pub(crate) actor_words: Option<&'static str>,
    pub(crate) action: &'static str,
    pub(crate) target: Option<&'static str>,
    pub(crate) timeframe: Option<&'static str>,
    pub(crate) tags: &'static [Evidence],
}

spanned!(Commitment);

/// One line: `Commitment { id: commitment:13-1, kind: request, actor:
/// entity:asem-education-secretariat, grade: invite, precision: high, text:
/// "..." }`.
impl fmt::Debug for Commitment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let grade = match self.grade {
            Grade::Obligation(obligation) => obligation.slug(),
            Grade::Force(force) => force.slug(),
        };
        write!(
            f,
            "Commitment {{ id: {}, kind: {}, actor: {}, grade: {grade}, precision: {}, range: {:?}, text: {:?} }}",
            self.id(),
            self.kind.slug(),
            self.actor.id(),
            self.precision.slug(),
            self.range(),
            self.text()
        )
    }
}
