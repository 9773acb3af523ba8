//! The numbered paragraphs, and the number that names one.

use std::fmt;

use std::iter::FusedIterator;
use std::ops::Range;

use super::error::Error;
use super::records::{
    Anaphor, Clause, Commitment, Evidence, FootnoteRef, Mention, Paragraph, Sentence,
};
use super::section::Section;
use super::tag::{Instrument, Priority, Tag, Theme};
use super::vocabulary::Vocabulary;

/// One line, the annotations counted rather than printed: `Paragraph { number:
/// 13, section: key-instruments, text: "We invite the ASEM Education…", ... }`.
impl fmt::Debug for Paragraph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cut = self
            .text
            .char_indices()
            .nth(30)
            .map_or(self.text.len(), |(at, _)| at);
        write!(
            f,
            "Paragraph {{ number: {}, section: {}, text: {:?}, tags: {}, mentions: {}, clauses: {}, sentences: {}, commitments: {} }}",
            self.number,
            self.section.slug(),
            format!("{}…", &self.text[..cut]),
            self.tags.len(),
            self.mentions.len(),
            self.clauses.len(),
            self.sentences.len(),
            self.commitments.len()
        )
    }
}

impl Paragraph {
    /// The paragraph's number, 1 to 16.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().paragraph(7)?.number(), 7);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub const fn number(&self) -> u8 {
        self.number
    }

    /// The paragraph's text, verbatim.
    ///
    /// Ordinals are written out ("6th"), emphasis is dropped, the halves of a
    /// paragraph split by a page break are joined by one space, and footnote
    /// markers are left out (see [`Paragraph::footnote_refs`] for where they
    /// stand). Paragraph 9 ends "...link with private-economic sectors" with no
    /// full stop, as published.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert!(para!(2).text().contains("Meetings and their contribution"));
    /// assert!(para!(9).text().ends_with("private-economic sectors"));
    /// ```
    #[must_use]
    pub const fn text(&self) -> &'static str {
        self.text
    }

    /// The innermost heading the paragraph stands under.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Section};
    /// assert_eq!(para!(10).section(), Section::TechnologyForInnovation);
    /// ```
    #[must_use]
    pub const fn section(&self) -> Section {
        self.section
    }

    /// The subjects the paragraph addresses (the crate's editorial tags), in
    /// the order they are listed.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Theme};
    /// assert!(para!(10).themes().any(|t| t == Theme::DigitalInnovation));
    /// ```
    #[must_use]
    pub fn themes(&self) -> impl DoubleEndedIterator<Item = Theme> + FusedIterator + Clone + use<> {
        self.tags.iter().filter_map(|e| match e.tag() {
            Tag::Theme(theme) => Some(theme),
            _ => None,
        })
    }

    /// The instruments the paragraph names (the crate's editorial tags).
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Instrument};
    /// assert!(para!(11).instruments().any(|i| i == Instrument::CapacityBuilding));
    /// ```
    #[must_use]
    pub fn instruments(
        &self,
    ) -> impl DoubleEndedIterator<Item = Instrument> + FusedIterator + Clone + use<> {
        self.tags.iter().filter_map(|e| match e.tag() {
            Tag::Instrument(instrument) => Some(instrument),
            _ => None,
        })
    }

    /// The priority areas of the ASEM Education Process the paragraph
    /// concerns (the crate's editorial tags).
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Priority};
    /// assert!(para!(6).priorities().any(|p| p == Priority::BalancedMobility));
    /// assert_eq!(para!(13).priorities().count(), 0);
    /// ```
    #[must_use]
    pub fn priorities(
        &self,
    ) -> impl DoubleEndedIterator<Item = Priority> + FusedIterator + Clone + use<> {
        self.tags.iter().filter_map(|e| match e.tag() {
            Tag::Priority(priority) => Some(priority),
            _ => None,
        })
    }

    /// Every tag, theme, instrument or priority area, with the words of this
    /// paragraph that justify it: the themes first, then the instruments,
    /// then the priority areas.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Tag, Theme, Spanned};
    ///
    /// let equity = para!(10).evidence().find(|e| e.tag() == Tag::Theme(Theme::Equity)).unwrap();
    /// assert_eq!(equity.text(), "equity and accessibility in education");
    /// let p = para!(10);
    /// assert_eq!(p.evidence().len(), p.themes().count() + p.instruments().count() + p.priorities().count());
    /// ```
    pub fn evidence(&self) -> std::slice::Iter<'static, Evidence> {
        self.tags.iter()
    }

    /// The words that justify tagging this paragraph with `tag`, a [`Theme`],
    /// an [`Instrument`] or a [`Priority`] area; `None` if it is not tagged
    /// with it.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Instrument, Theme, Spanned};
    /// assert_eq!(para!(15).evidence_for(Theme::Governance).unwrap().text(), "host educational ministerial meetings");
    /// assert_eq!(para!(10).evidence_for(Instrument::Moocs).unwrap().text(), "Massive Open Online Courses (MOOCs)");
    /// assert!(para!(15).evidence_for(Theme::Equity).is_none());
    /// ```
    #[must_use]
    pub fn evidence_for(&self, tag: impl Into<Tag>) -> Option<&'static Evidence> {
        let tag = tag.into();
        self.tags.iter().find(|e| e.tag() == tag)
    }

    /// The byte ranges the source sets in italics: in paragraph 1, the meeting's
    /// theme in quotation marks.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let quoted: Vec<&str> = para!(1).emphasis().map(|r| &para!(1).text()[r]).collect();
    /// assert_eq!(quoted, ["“Collaboration for the Next Decade: from Common Perspectives to Effective Fulfillment”"]);
    /// assert_eq!(para!(2).emphasis().len(), 0);
    /// ```
    #[must_use]
    pub fn emphasis(
        &self,
    ) -> impl DoubleEndedIterator<Item = Range<usize>> + ExactSizeIterator + FusedIterator + Clone + use<>
    {
        self.emphasis.iter().map(|run| run.range())
    }

    /// The footnote markers in the paragraph, each with the words it follows.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    ///
    /// let marker = para!(2).footnote_refs().next().unwrap();
    /// assert!(para!(2).text()[..marker.range().end].ends_with("ASEM Education Ministers' Meetings"));
    /// assert_eq!(marker.footnote().number(), 1);
    /// ```
    pub fn footnote_refs(&self) -> std::slice::Iter<'static, FootnoteRef> {
        self.footnote_refs.iter()
    }

    /// The names the paragraph mentions, in order.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Place, Referent, Spanned};
    /// let helsinki = para!(2).mentions().find(|m| m.referent() == Referent::Place(Place::Helsinki));
    /// assert_eq!(helsinki.unwrap().text(), "Helsinki");
    /// ```
    pub fn mentions(&self) -> std::slice::Iter<'static, Mention> {
        self.mentions.iter()
    }

    /// The clauses led by the ministers' own verbs, in order.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Stance, Spanned};
    /// let adopt = para!(5).clauses().last().unwrap();
    /// assert_eq!((adopt.text(), adopt.stance()), ("we adopt", Stance::Pledge));
    /// ```
    pub fn clauses(&self) -> std::slice::Iter<'static, Clause> {
        self.clauses.iter()
    }

    /// The sentences, in order.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// assert_eq!(para!(10).sentences().len(), 5);
    /// assert!(para!(9).sentences().last().unwrap().text().ends_with("private-economic sectors"));
    /// ```
    pub fn sentences(&self) -> std::slice::Iter<'static, Sentence> {
        self.sentences.iter()
    }

    /// Sentence `number`, counted from 1.
    ///
    /// # Errors
    ///
    /// [`Error::NoSuchSentence`] unless the paragraph has that sentence.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Error, Spanned};
    /// assert!(para!(10).sentence(3)?.text().starts_with("We also urge"));
    /// assert!(matches!(para!(10).sentence(7), Err(Error::NoSuchSentence { .. })));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn sentence(&self, number: u8) -> Result<&'static Sentence, Error> {
        usize::from(number)
            .checked_sub(1)
            .and_then(|i| self.sentences.get(i))
            .ok_or_else(|| {
                Error::no_such_sentence(
                    self.document,
                    &number.to_string(),
                    self.number,
                    number,
                    self.sentence_count(),
                )
            })
    }

    /// How many sentences the paragraph has; at most five.
    pub(crate) fn sentence_count(&self) -> u8 {
        u8::try_from(self.sentences.len()).unwrap_or(u8::MAX)
    }

    /// The anaphors of the paragraph ("this issue", "this goal", "they"),
    /// each linked to the words it refers to, in order.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let goal = para!(12).anaphors().find(|a| a.text() == "this goal").unwrap();
    /// assert!(goal.antecedent().text().starts_with("enhance the adequacy"));
    /// ```
    pub fn anaphors(&self) -> std::slice::Iter<'static, Anaphor> {
        self.anaphors.iter()
    }

    /// The commitments and requests the paragraph expresses, in order.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, CommitmentKind};
    /// let invited: Vec<_> = para!(13).commitments().map(|c| c.kind()).collect();
    /// assert!(invited.iter().all(|&k| k == CommitmentKind::Request));
    /// assert_eq!(para!(1).commitments().len(), 0);
    /// ```
    pub fn commitments(&self) -> std::slice::Iter<'static, Commitment> {
        self.commitments.iter()
    }
}
