//! Commitments and requests: their ids, their parts, and how the facts' words
//! for them are located.

use std::fmt;

use super::grades::{CommitmentKind, Strength};
use super::records::{Clause, Commitment, Evidence, Paragraph, Sentence, Span};
use super::referent::Referent;
use super::run::Run;
use super::span::Spanned;
use super::span::spanned;
use super::tag::{Tag, Theme};
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

    /// How firmly it binds.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Strength};
    /// let strengths: Vec<Strength> = para!(10).commitments().map(|c| c.strength()).collect();
    /// assert_eq!(strengths.last(), Some(&Strength::Exploratory));
    /// ```
    #[must_use]
    pub const fn strength(&self) -> Strength {
        self.strength
    }

    /// The clause that expresses it.
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

    /// The words saying what is to be done.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let c = para!(11).commitments().nth(1).unwrap();
    /// assert_eq!(c.action().text(), "pursue capacity-building of policymakers and policy implementers");
    /// ```
    #[must_use]
    pub const fn action(&self) -> Span {
        Span::new(self.span.paragraph, self.action)
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

    /// The words saying when, where the text says.
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
        self.themes.iter().filter_map(|e| match e.tag() {
            Tag::Theme(theme) => Some(theme),
            Tag::Instrument(_) => None,
        })
    }

    /// Each theme with the words of the sentence that show it.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let c = para!(6).commitments().nth(2).unwrap();
    /// assert!(c.evidence().all(|e| c.sentence().text().contains(e.text())));
    /// ```
    pub fn evidence(&self) -> std::slice::Iter<'static, Evidence> {
        self.themes.iter()
    }

    /// The words that show `theme`, if the commitment addresses it.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Theme, Spanned};
    /// let c = para!(6).commitments().nth(2).unwrap();
    /// assert_eq!(c.evidence_for(Theme::Recognition).unwrap().text(), "recognition of qualifications and credits");
    /// assert!(c.evidence_for(Theme::Equity).is_none());
    /// ```
    #[must_use]
    pub fn evidence_for(&self, theme: Theme) -> Option<&'static Evidence> {
        self.themes.iter().find(|e| e.tag() == Tag::Theme(theme))
    }

    /// The commitments of `paragraph` (whose text is `text`) at compile time:
    /// each text is found at or after the one before (two may start at the same
    /// clause), its clause is the one whose verb phrase it starts with, and its
    /// action, target and timeframe are found in its sentence.
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
            strength: Strength::Firm,
            action: empty,
            target: None,
            timeframe: None,
            themes: &[],
        }; N];
        let (mut i, mut from) = (0, 0);
        while i < N {
            let w = written[i];
            let words = Run::find(text, w.text, from, text.len());
            from = words.start;
            let mut clause = 0;
            while verbs[clause].start != words.start {
                clause += 1;
            }
            let mut sentence = 0;
            while sentences[sentence].end() < words.end() {
                sentence += 1;
            }
            let (within, until) = (sentences[sentence].start, sentences[sentence].end());
            found[i] = Commitment {
                span: Span::new(paragraph, words),
                #[allow(clippy::cast_possible_truncation)] // a paragraph has a few commitments
                order: (i + 1) as u8,
                kind: w.kind,
                actor: w.actor,
                #[allow(clippy::cast_possible_truncation)] // and a few clauses
                clause: clause as u8,
                strength: w.strength,
                action: Run::find(text, w.action, within, until),
                target: match w.target {
                    Some(target) => Some(Run::find(text, target, within, until)),
                    None => None,
                },
                timeframe: match w.timeframe {
                    Some(timeframe) => Some(Run::find(text, timeframe, within, until)),
                    None => None,
                },
                themes: w.themes,
            };
            i += 1;
        }
        found
    }
}

/// What the facts say of one commitment, its words as written.
#[derive(Clone, Copy)]
pub(crate) struct CommitmentWords {
    pub(crate) text: &'static str,
    pub(crate) kind: CommitmentKind,
    pub(crate) actor: Referent,
    pub(crate) strength: Strength,
    pub(crate) action: &'static str,
    pub(crate) target: Option<&'static str>,
    pub(crate) timeframe: Option<&'static str>,
    pub(crate) themes: &'static [Evidence],
}

spanned!(Commitment);

/// One line: `Commitment { id: commitment:13-1, kind: request, actor:
/// entity:asem-education-secretariat, strength: firm, text: "..." }`.
impl fmt::Debug for Commitment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Commitment {{ id: {}, kind: {}, actor: {}, strength: {}, range: {:?}, text: {:?} }}",
            self.id(),
            self.kind.slug(),
            self.actor,
            self.strength.slug(),
            self.range(),
            self.text()
        )
    }
}
