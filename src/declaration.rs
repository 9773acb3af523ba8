//! The document as a whole and the lookups and filters over it.

use std::iter::FusedIterator;

use crate::meeting::{Meeting, MeetingSeries};
use crate::paragraph::{Footnote, Paragraph};
use crate::{data, Error, Instrument, Section, Theme};

/// The Seoul Declaration: cover, paragraphs, footnote and meeting.
///
/// Reach it with [`declaration()`](crate::declaration); it is a `static`, so
/// nothing is built or parsed to get it. Its methods are grouped by layer: the
/// document's lookups and filters here; the analyst's queries with
/// [`Mention`](crate::Mention) and [`Clause`](crate::Clause); search with
/// [`Hit`](crate::Hit); citations with [`Citation`](crate::Citation); and the
/// editions (plain text, Markdown, HTML, Akoma Ntoso, the theme map) with
/// their formats.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let d = declaration();
/// assert_eq!(d.title(), "Seoul Declaration");
/// assert_eq!(d.meeting().acronym(), "ASEMME6");
/// assert_eq!(d.paragraphs().len(), 16);
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Declaration {
    pub(crate) title: &'static str,
    pub(crate) subtitle: &'static str,
    pub(crate) cover_lines: &'static [&'static str],
    pub(crate) meeting: &'static Meeting,
    pub(crate) series: &'static MeetingSeries,
    pub(crate) paragraphs: &'static [Paragraph],
    pub(crate) footnotes: &'static [Footnote],
}

impl Declaration {
    /// The title: `"Seoul Declaration"`.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().title(), "Seoul Declaration");
    /// ```
    #[must_use]
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The subtitle, verbatim (with its en dash).
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert!(declaration().subtitle().ends_with("Training – A vision for the Next Decade"));
    /// ```
    #[must_use]
    pub const fn subtitle(&self) -> &'static str {
        self.subtitle
    }

    /// The cover page's lines in order: meeting, dates, venue, meeting theme, title, subtitle.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().cover_lines()[2], "Seoul, the Republic of Korea");
    /// ```
    #[must_use]
    pub const fn cover_lines(&self) -> &'static [&'static str] {
        self.cover_lines
    }

    /// The meeting that adopted the declaration: ASEMME6, Seoul, 21-22 November 2017.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let m = declaration().meeting();
    /// assert_eq!((m.city(), m.country()), ("Seoul", Some("Republic of Korea")));
    /// ```
    #[must_use]
    pub const fn meeting(&self) -> &'static Meeting {
        self.meeting
    }

    /// The series of meetings this one belongs to.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().acronym(), "ASEMME");
    /// ```
    #[must_use]
    pub const fn series(&self) -> &'static MeetingSeries {
        self.series
    }

    /// All 16 paragraphs, in order.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let numbers: Vec<u8> = declaration().paragraphs().iter().map(|p| p.number()).collect();
    /// assert_eq!(numbers, (1..=16).collect::<Vec<u8>>());
    /// ```
    #[must_use]
    pub const fn paragraphs(&self) -> &'static [Paragraph] {
        self.paragraphs
    }

    /// The paragraph numbered `n`.
    ///
    /// # Errors
    ///
    /// [`Error::NoSuchParagraph`] unless `n` is 1 to 16.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Error};
    ///
    /// assert_eq!(declaration().paragraph(16)?.number(), 16);
    /// assert_eq!(declaration().paragraph(0), Err(Error::NoSuchParagraph { given: 0 }));
    /// # Ok::<(), Error>(())
    /// ```
    #[inline]
    pub fn paragraph(&self, n: u8) -> Result<&'static Paragraph, Error> {
        match usize::from(n)
            .checked_sub(1)
            .and_then(|i| self.paragraphs.get(i))
        {
            Some(p) => Ok(p),
            None => Err(Error::NoSuchParagraph { given: n }),
        }
    }

    /// The footnotes, in order. There is one.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let notes = declaration().footnotes();
    /// assert_eq!(notes.len(), 1);
    /// assert!(notes[0].text().ends_with("(Seoul, 2017)”"));
    /// ```
    #[must_use]
    pub const fn footnotes(&self) -> &'static [Footnote] {
        self.footnotes
    }

    /// The source the model was made from, embedded verbatim: the declaration as
    /// published, converted from PDF to Markdown, page-break rules and all.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert!(declaration().source().contains("**Seoul Declaration**"));
    /// ```
    #[must_use]
    pub const fn source(&self) -> &'static str {
        data::SOURCE
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
        let within = |p: &Paragraph| section.contains(p.section);
        match self.paragraphs.iter().position(within) {
            Some(first) => {
                let count = self.paragraphs[first..]
                    .iter()
                    .take_while(|p| within(p))
                    .count();
                &self.paragraphs[first..first + count]
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
    ) -> impl DoubleEndedIterator<Item = &'static Paragraph> + FusedIterator + Clone {
        self.paragraphs
            .iter()
            .filter(move |p| p.themes().contains(&theme))
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
    ) -> impl DoubleEndedIterator<Item = &'static Paragraph> + FusedIterator + Clone {
        self.paragraphs
            .iter()
            .filter(move |p| p.instruments().contains(&instrument))
    }
}
