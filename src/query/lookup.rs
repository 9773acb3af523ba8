//! Lookups and filters over the paragraphs.

use std::iter::FusedIterator;

use crate::model::commitment::CommitmentId;
use crate::model::error::Error;
use crate::model::records::Commitment;
use crate::model::records::Declaration;
use crate::model::records::Paragraph;
use crate::model::section::Section;
use crate::model::tag::{Instrument, Theme};

/// Lookups and filters.
impl Declaration {
    /// The paragraph numbered `n`.
    ///
    /// Paragraph and sentence numbers are `u8` everywhere, in and out: a
    /// wider number has to be converted with `u8::try_from`, which fails
    /// rather than cut it short, so `266` can never become paragraph 10.
    ///
    /// # Errors
    ///
    /// [`Error::NoSuchParagraph`] unless `n` is 1 to 16.
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
            None => Err(no_such_paragraph(n)),
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

    /// The paragraphs tagged with `theme`, in order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Theme};
    ///
    /// let numbers: Vec<u8> = declaration()
    ///     .paragraphs_with_theme(Theme::Recognition)
    ///     .map(|p| p.number())
    ///     .collect();
    /// assert_eq!(numbers, [6, 10]);
    /// ```
    #[must_use]
    #[inline]
    pub fn paragraphs_with_theme(
        &self,
        theme: Theme,
    ) -> impl DoubleEndedIterator<Item = &'static Paragraph> + FusedIterator + Clone + use<> {
        let paragraphs: &'static [Paragraph] = self.paragraphs;
        paragraphs
            .iter()
            .filter(move |p| p.evidence_for(theme).is_some())
    }

    /// The paragraphs tagged with `instrument`, in order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Instrument};
    ///
    /// let numbers: Vec<u8> = declaration()
    ///     .paragraphs_with_instrument(Instrument::EducationSecretariat)
    ///     .map(|p| p.number())
    ///     .collect();
    /// assert_eq!(numbers, [1, 12, 13]);
    /// ```
    #[must_use]
    #[inline]
    pub fn paragraphs_with_instrument(
        &self,
        instrument: Instrument,
    ) -> impl DoubleEndedIterator<Item = &'static Paragraph> + FusedIterator + Clone + use<> {
        let paragraphs: &'static [Paragraph] = self.paragraphs;
        paragraphs
            .iter()
            .filter(move |p| p.evidence_for(instrument).is_some())
    }

    /// The commitment `id` names. An id names a commitment by construction
    /// ([`Commitment::id`], or parsing, which checks), so this cannot fail.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, CommitmentId};
    /// let id: CommitmentId = "commitment:10-4".parse()?;
    /// assert_eq!(declaration().commitment(id).text(), "We also urge our ASEM partners to use ICT as a tool to innovate teaching and learning practices");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn commitment(&self, id: CommitmentId) -> &'static Commitment {
        let paragraph: &'static Paragraph = &self.paragraphs[usize::from(id.paragraph) - 1];
        &paragraph.commitments[usize::from(id.order) - 1]
    }
}

/// Out of line, so that the lookup's happy path stays small enough to inline.
#[cold]
#[inline(never)]
fn no_such_paragraph(n: u8) -> Error {
    let typed = n.to_string();
    Error::no_such_paragraph(&typed, &typed)
}
