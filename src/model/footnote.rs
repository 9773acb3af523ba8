//! The footnote, and the markers that point to it.

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

use super::records::{Footnote, FootnoteRef, Paragraph};
use super::span::Spanned;
use super::span::spanned;

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
    #[must_use]
    pub fn emphasis(
        &self,
    ) -> impl DoubleEndedIterator<Item = Range<usize>> + ExactSizeIterator + FusedIterator + Clone + use<>
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

impl FootnoteRef {
    /// The footnote the marker points to. The marker stands at the end of
    /// the words it annotates, `range().end`.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let marker = para!(2).footnote_refs().next().unwrap();
    /// assert_eq!(marker.footnote().number(), 1);
    /// assert!(para!(2).text()[marker.range().end..].starts_with(" and their contribution"));
    /// assert!(para!(2).footnote_refs().next().unwrap().footnote().text().ends_with("(Seoul, 2017)”"));
    /// ```
    #[must_use]
    pub const fn footnote(&self) -> &'static Footnote {
        self.footnote
    }
}

spanned!(FootnoteRef);

/// One line: `FootnoteRef { number: 1, paragraph: 2, range: 452..486, text: "..." }`.
impl fmt::Debug for FootnoteRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "FootnoteRef {{ number: {}, paragraph: {}, range: {:?}, text: {:?} }}",
            self.footnote.number(),
            self.paragraph().number(),
            self.range(),
            self.text()
        )
    }
}
