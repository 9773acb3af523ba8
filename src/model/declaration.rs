//! The document as a whole.

use super::folding::Index;
use super::meeting::{Date, Meeting, MeetingSeries};
use super::records::{Declaration, Footnote, Paragraph};

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

    /// The cover page's lines in order: meeting, dates, venue, meeting theme,
    /// title, subtitle.
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
    /// let m = declaration().meeting();
    /// assert_eq!((m.city(), m.country()), ("Seoul", Some("Republic of Korea")));
    /// ```
    #[must_use]
    pub const fn meeting(&self) -> &'static Meeting {
        self.meeting
    }

    /// The series of meetings the declaration's meeting belongs to, and the
    /// summit it began at.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().acronym(), "ASEMME");
    /// assert_eq!(declaration().series().meetings().len(), 6);
    /// ```
    #[must_use]
    pub const fn series(&self) -> &'static MeetingSeries {
        self.series
    }

    /// The day the declaration was adopted: 22 November 2017, the meeting's
    /// last day.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().adopted().to_string(), "2017-11-22");
    /// ```
    #[must_use]
    pub const fn adopted(&self) -> Date {
        self.adopted
    }

    /// Who published the declaration: the ASEM Education Secretariat.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().publisher(), "ASEM Education Secretariat");
    /// ```
    #[must_use]
    pub const fn publisher(&self) -> &'static str {
        self.publisher
    }

    /// Where the publisher published it: the ASEM Education Secretariat's page
    /// for ASEMME6.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert!(declaration().published_at().starts_with("https://asem-education.org/"));
    /// ```
    #[must_use]
    pub const fn published_at(&self) -> &'static str {
        self.published_at
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

    /// The source the model was made from, embedded verbatim: the declaration
    /// as published, converted from PDF to Markdown, page-break rules and all.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert!(declaration().source().contains("**Seoul Declaration**"));
    /// ```
    #[must_use]
    pub const fn source(&self) -> &'static str {
        self.source
    }

    /// A fresh index of its texts, for search: the paragraphs' texts, then
    /// the footnotes'. A declaration's `index` is this, built once.
    pub(crate) fn index_texts(&self) -> Index {
        Index::build(
            self.paragraphs
                .iter()
                .map(Paragraph::text)
                .chain(self.footnotes.iter().map(Footnote::text)),
        )
    }
}
