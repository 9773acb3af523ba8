//! Commitments and requests: their ids, their parts, and how the facts' words
//! for them are located.

use std::fmt;

use super::grades::{CommitmentKind, Delegation, Force, Grade, Obligation, Precision};
use super::records::Antecedent;
use super::records::{Clause, Commitment, Sentence, Span};
use super::referent::Referent;
use super::run::Run;
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
/// assert_eq!(declaration().commitment(id)?.id().to_string(), "commitment:13-1");
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
    /// assert_eq!(ids, ["commitment:11-1", "commitment:11-2", "commitment:11-3"]);
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
    /// ([`Grade::Force`]). It is the [`stated_grade`](Self::stated_grade)
    /// lowered one step by a hedge and, for a request, raised one step by an
    /// intensifier. Every commitment has one; [`obligation`](Self::obligation)
    /// and [`force`](Self::force) give each part alone.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Force, Grade, Obligation};
    /// let grades: Vec<Grade> = para!(10).commitments().map(|c| c.grade()).collect();
    /// assert_eq!(grades[1..3], [Grade::Obligation(Obligation::Willing), Grade::Force(Force::Urge)]);
    /// assert_eq!(grades[2].to_string(), "Urge");
    /// ```
    #[must_use]
    pub const fn grade(&self) -> Grade {
        Grade::graded(
            self.stated_grade,
            self.hedges[0].is_some(),
            self.intensifiers[0].is_some(),
        )
    }

    /// The grade its governing words state, before hedges and intensifiers:
    /// "we will strive to" states a firm pledge, which its hedge makes
    /// willing.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Grade, Obligation, Spanned};
    /// let c = para!(10).commitments().nth(1).unwrap();
    /// assert_eq!(c.stated_grade(), Grade::Obligation(Obligation::Firm));
    /// assert_eq!(c.hedges().map(|h| h.text()).collect::<Vec<_>>(), ["strive to"]);
    /// assert_eq!(c.grade(), Grade::Obligation(Obligation::Willing));
    /// ```
    #[must_use]
    pub const fn stated_grade(&self) -> Grade {
        self.stated_grade
    }

    /// The words that soften it: best-efforts or conditional wording ("strive
    /// to", "as appropriate"). Each lowers the grade one step.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().commitments().filter(|c| c.hedges().next().is_some()).count(), 2);
    /// ```
    pub fn hedges(&self) -> impl Iterator<Item = Span> + use<> {
        let paragraph = self.span.paragraph;
        self.hedges
            .into_iter()
            .flatten()
            .map(move |run| Span::new(paragraph, run))
    }

    /// The words that strengthen it ("strongly", "actively"): they raise a
    /// request's grade one step and leave a pledge's as it is.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let c = para!(9).commitments().nth(1).unwrap();
    /// assert_eq!(c.intensifiers().map(|i| i.text()).collect::<Vec<_>>(), ["strongly", "actively"]);
    /// ```
    pub fn intensifiers(&self) -> impl Iterator<Item = Span> + use<> {
        let paragraph = self.span.paragraph;
        self.intensifiers
            .into_iter()
            .flatten()
            .map(move |run| Span::new(paragraph, run))
    }

    /// How firmly a pledge binds the ministers; `None` for a request.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Obligation};
    /// let grades: Vec<Option<Obligation>> = para!(10).commitments().map(|c| c.obligation()).collect();
    /// assert_eq!(grades[..3], [Some(Obligation::Willing), Some(Obligation::Willing), None]);
    /// ```
    #[must_use]
    pub const fn obligation(&self) -> Option<Obligation> {
        self.grade().obligation()
    }

    /// How strongly a request asks its party; `None` for a pledge.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Force};
    /// assert_eq!(para!(13).commitments().next().unwrap().force(), Some(Force::Invite));
    /// ```
    #[must_use]
    pub const fn force(&self) -> Option<Force> {
        self.grade().force()
    }

    /// How precisely it says what is to be done: by formula, high when
    /// [`action_specific`](Self::action_specific),
    /// [`object_specific`](Self::object_specific) and
    /// [`measurable`](Self::measurable) all hold, medium when two do, low
    /// otherwise.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Precision};
    /// assert_eq!(para!(6).commitments().next().unwrap().precision(), Precision::Low);
    /// ```
    #[must_use]
    pub const fn precision(&self) -> Precision {
        Precision::of(self.action_specific, self.object_specific, self.measurable)
    }

    /// Whether the action names a particular activity whose doing an
    /// observer could confirm ("host educational ministerial meetings"),
    /// rather than a general direction ("promote", "strengthen").
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().commitments().filter(|c| c.action_specific()).count(), 1);
    /// ```
    #[must_use]
    pub const fn action_specific(&self) -> bool {
        self.action_specific
    }

    /// Whether its object or target names something particular (a named
    /// programme, body, event, group or issue, or a quantity) rather than a
    /// general domain ("cooperation").
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert!(para!(6).commitments().nth(1).unwrap().object_specific());
    /// ```
    #[must_use]
    pub const fn object_specific(&self) -> bool {
        self.object_specific
    }

    /// Whether a timeframe dates it, or the text gives a quantity, threshold
    /// or deliverable whose meeting could be counted.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert!(para!(6).commitments().nth(2).unwrap().measurable());
    /// ```
    #[must_use]
    pub const fn measurable(&self) -> bool {
        self.measurable
    }

    /// Who, other than the ministers, is charged with carrying it out: a
    /// [`Delegation::Body`] or a [`Delegation::Class`] of parties; `None` when
    /// the ministers alone carry it out.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Delegation};
    /// let bodies = declaration().commitments().filter(|c| c.delegation() == Some(Delegation::Body));
    /// assert!(bodies.clone().count() > 0 && bodies.clone().all(|c| c.delegated_to().is_some()));
    /// ```
    #[must_use]
    pub const fn delegation(&self) -> Option<Delegation> {
        self.delegation
    }

    /// The words naming the party it is delegated to; `None` when it is not
    /// delegated.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let c = para!(15).commitments().last().unwrap();
    /// assert_eq!(c.delegated_to().unwrap().text(), "stakeholders");
    /// ```
    #[must_use]
    pub const fn delegated_to(&self) -> Option<Span> {
        match self.delegated_to {
            Some(run) => Some(Span::new(self.span.paragraph, run)),
            None => None,
        }
    }

    /// The commitment it makes under the G7 Research Group's rule, which
    /// counts the members' own pledges per target, where the target is
    /// specific enough for compliance to be measured: its number among them,
    /// from 1 in the order of the text, shared by units the Group would count
    /// as one; `None` for a unit the Group would not count (a request, or a
    /// pledge whose object and target are both general).
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let counted: Vec<u8> = declaration().commitments().filter_map(|c| c.g7_commitment()).collect();
    /// assert_eq!(counted.first(), Some(&1));
    /// assert!(counted.windows(2).all(|w| w[1] == w[0] || w[1] == w[0] + 1));
    /// ```
    #[must_use]
    pub const fn g7_commitment(&self) -> Option<u8> {
        self.g7
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

    /// The words naming what the action works on, where its words name it
    /// apart from the verb.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let c = para!(13).commitments().nth(1).unwrap();
    /// assert_eq!(c.object().unwrap().text(), "the follow-up");
    /// ```
    #[must_use]
    pub const fn object(&self) -> Option<Span> {
        match self.object {
            Some(run) => Some(Span::new(self.span.paragraph, run)),
            None => None,
        }
    }

    /// The words naming the outcome aimed at, where the sentence states one
    /// apart from the action.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let c = para!(11).commitments().next().unwrap();
    /// assert_eq!(c.target().unwrap().text(), "to enhance our education systems");
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
    /// let c = declaration().commitment("commitment:10-4".parse()?)?;
    /// assert!(c.antecedent().unwrap().text().contains("a gap in ICT use"));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn antecedent(&self) -> Option<Antecedent> {
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

    /// The themes its words address: its action, object, target and
    /// timeframe, and the antecedent of any anaphor among them.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Theme};
    /// assert!(para!(6).commitments().nth(2).unwrap().themes().any(|t| t == Theme::Recognition));
    /// ```
    #[must_use]
    pub fn themes(
        &self,
    ) -> impl DoubleEndedIterator<Item = Theme> + std::iter::FusedIterator + Clone + use<> {
        self.tags.iter().filter_map(|tag| match tag {
            Tag::Theme(theme) => Some(*theme),
            _ => None,
        })
    }

    /// The priority areas of the ASEM Education Process its words concern,
    /// as for [`themes`](Self::themes).
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Priority};
    /// assert!(para!(6).commitments().nth(1).unwrap().priorities().any(|p| p == Priority::BalancedMobility));
    /// ```
    #[must_use]
    pub fn priorities(
        &self,
    ) -> impl DoubleEndedIterator<Item = Priority> + std::iter::FusedIterator + Clone + use<> {
        self.tags.iter().filter_map(|tag| match tag {
            Tag::Priority(priority) => Some(*priority),
            _ => None,
        })
    }

    /// Whether it addresses `tag`, a theme or a priority area.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Priority, Theme};
    /// let c = para!(6).commitments().nth(2).unwrap();
    /// assert!(c.concerns(Theme::Recognition) && c.concerns(Priority::QualityRecognition));
    /// assert!(!c.concerns(Theme::Equity));
    /// ```
    #[must_use]
    pub fn concerns(&self, tag: impl Into<Tag>) -> bool {
        self.tags.contains(&tag.into())
    }
}

spanned!(Commitment);

/// One line: `Commitment { id: commitment:13-1, kind: request, actor:
/// entity:asem-education-secretariat, grade: invite, precision: high, text:
/// "..." }`.
impl fmt::Debug for Commitment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let grade = match self.grade() {
            Grade::Obligation(obligation) => obligation.slug(),
            Grade::Force(force) => force.slug(),
        };
        write!(
            f,
            "Commitment {{ id: {}, kind: {}, actor: {}, grade: {grade}, precision: {}, range: {:?}, text: {:?} }}",
            self.id(),
            self.kind.slug(),
            self.actor.id(),
            self.precision().slug(),
            self.range(),
            self.text()
        )
    }
}
