//! The footnote, and the markers that point to it.

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

use super::paragraph::Paragraph;
use super::span::{spanned, Run, Span};

/// A footnote of the declaration. There is one: the list of the six meetings.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let note = &declaration().footnotes()[0];
/// assert_eq!(note.number(), 1);
/// assert_eq!(note.paragraph().number(), 2);
/// assert!(note.text().starts_with("“Education and Training for Tomorrow"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Footnote {
    pub(crate) number: u8,
    pub(crate) paragraph: &'static Paragraph,
    pub(crate) text: &'static str,
    /// The runs the source sets in italics: each meeting's quoted title.
    pub(crate) emphasis: &'static [Run],
}

impl Footnote {
    /// The footnote's number.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().footnotes()[0].number(), 1);
    /// ```
    #[must_use]
    pub const fn number(&self) -> u8 {
        self.number
    }

    /// The footnote's text, verbatim, emphasis given apart by [`Footnote::emphasis`].
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert!(declaration().footnotes()[0].text().contains("(Copenhagen 2011)"));
    /// ```
    #[must_use]
    pub const fn text(&self) -> &'static str {
        self.text
    }

    /// The byte ranges the source sets in italics: each meeting's quoted title.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let note = &declaration().footnotes()[0];
    /// let titles: Vec<&str> = note.emphasis().map(|r| &note.text()[r]).collect();
    /// assert_eq!(titles.len(), 6);
    /// assert_eq!(titles[2], "“Shaping an ASEM Education Area (Copenhagen 2011)”");
    /// ```
    pub fn emphasis(
        &self,
    ) -> impl DoubleEndedIterator<Item = Range<usize>> + ExactSizeIterator + FusedIterator + Clone
    {
        self.emphasis.iter().map(|run| run.range())
    }

    /// The paragraph whose marker points here.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().footnotes()[0].paragraph().number(), 2);
    /// ```
    #[must_use]
    pub const fn paragraph(&self) -> &'static Paragraph {
        self.paragraph
    }
}

/// Where a footnote marker stands in a paragraph, and the words it annotates.
///
/// The marker stands right after its words: in paragraph 2, footnote 1 (the
/// list of the six meetings) annotates "ASEM Education Ministers' Meetings".
///
/// ```
/// use asem_seoul_declaration::declaration;
/// let marked: Vec<u8> = declaration().paragraphs().iter().filter(|p| p.footnote_refs().len() > 0).map(|p| p.number()).collect();
/// assert_eq!(marked, [2]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct FootnoteRef {
    pub(crate) span: Span,
    pub(crate) footnote: &'static Footnote,
}

impl FootnoteRef {
    /// The footnote's number.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert_eq!(para!(2).footnote_refs().next().unwrap().number(), 1);
    /// ```
    #[must_use]
    pub const fn number(&self) -> u8 {
        self.footnote.number
    }

    /// The byte offset in the paragraph's text at which the marker stands: the
    /// end of the words it annotates.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let marker = para!(2).footnote_refs().next().unwrap();
    /// assert!(para!(2).text()[marker.offset()..].starts_with(" and their contribution"));
    /// ```
    #[must_use]
    pub const fn offset(&self) -> usize {
        self.span.range().end
    }

    /// The footnote the marker points to.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert!(para!(2).footnote_refs().next().unwrap().footnote().text().ends_with("(Seoul, 2017)”"));
    /// ```
    #[must_use]
    pub const fn footnote(&self) -> &'static Footnote {
        self.footnote
    }
}

spanned!(FootnoteRef, "the words the marker follows", "para!(2).footnote_refs().next().unwrap()");

/// One line: `FootnoteRef { number: 1, paragraph: 2, range: 452..486, text: "..." }`.
impl fmt::Debug for FootnoteRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "FootnoteRef {{ number: {}, paragraph: {}, range: {:?}, text: {:?} }}",
            self.number(),
            self.paragraph().number(),
            self.range(),
            self.text()
        )
    }
}
