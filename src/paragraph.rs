//! The numbered paragraphs and the footnote.

use std::fmt;

use crate::{data, Clause, Instrument, Mention, Section, Theme};

/// One of the declaration's 16 numbered paragraphs.
///
/// ```
/// use asem_seoul_declaration::{declaration, Section, Theme};
///
/// let p = declaration().paragraph(7)?;
/// assert_eq!(p.number(), 7);
/// assert!(p.text().starts_with("We believe that the cross-border exchange"));
/// assert_eq!(p.section(), Section::Mobility);
/// assert!(p.themes().contains(&Theme::GlobalCitizenship));
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Paragraph {
    pub(crate) number: u8,
    pub(crate) text: &'static str,
    pub(crate) section: Section,
    pub(crate) themes: Tags<Theme>,
    pub(crate) instruments: Tags<Instrument>,
    pub(crate) footnotes: &'static [FootnoteRef],
    pub(crate) mentions: &'static [Mention],
    pub(crate) clauses: &'static [Clause],
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
    /// markers are left out (see [`Paragraph::footnotes`] for where they stand).
    /// Paragraph 9 ends "...link with private-economic sectors" with no full stop,
    /// as published.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let p2 = declaration().paragraph(2)?;
    /// assert!(p2.text().contains("Meetings and their contribution"));
    /// let p9 = declaration().paragraph(9)?;
    /// assert!(p9.text().ends_with("private-economic sectors"));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
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
    /// assert_eq!(para!(10).section().parent(), Some(Section::SkillsDevelopment));
    /// ```
    #[must_use]
    pub const fn section(&self) -> Section {
        self.section
    }

    /// The subjects this paragraph addresses (the crate's editorial tags).
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Theme};
    /// assert!(para!(10).themes().contains(&Theme::DigitalInnovation));
    /// ```
    #[must_use]
    pub const fn themes(&self) -> &'static [Theme] {
        self.themes.tags
    }

    /// The instruments this paragraph names (the crate's editorial tags).
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Instrument};
    /// assert!(para!(11).instruments().contains(&Instrument::CapacityBuilding));
    /// ```
    #[must_use]
    pub const fn instruments(&self) -> &'static [Instrument] {
        self.instruments.tags
    }

    /// Each theme with the phrase of this paragraph that justifies it.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Theme};
    ///
    /// let p10 = declaration().paragraph(10)?;
    /// let (_, phrase) = p10
    ///     .theme_evidence()
    ///     .find(|(theme, _)| *theme == Theme::Equity)
    ///     .unwrap();
    /// assert_eq!(phrase, "equity and accessibility in education");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn theme_evidence(&self) -> impl ExactSizeIterator<Item = (Theme, &'static str)> {
        self.themes.with_evidence()
    }

    /// Each instrument with the phrase of this paragraph that justifies it.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Instrument};
    ///
    /// let p6 = declaration().paragraph(6)?;
    /// let phrases: Vec<_> = p6.instrument_evidence().map(|(_, phrase)| phrase).collect();
    /// assert!(phrases.contains(&"Erasmus+ programme"));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn instrument_evidence(&self) -> impl ExactSizeIterator<Item = (Instrument, &'static str)> {
        self.instruments.with_evidence()
    }

    /// The footnote markers in this paragraph, with where each stands in [`Paragraph::text`].
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let p2 = declaration().paragraph(2)?;
    /// let marker = p2.footnotes()[0];
    /// assert!(p2.text()[..marker.offset()].ends_with("Meetings"));
    /// assert_eq!(marker.footnote().number(), 1);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub const fn footnotes(&self) -> &'static [FootnoteRef] {
        self.footnotes
    }

    /// The names this paragraph mentions, in order, with their spans.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Place, Referent};
    ///
    /// let p2 = declaration().paragraph(2)?;
    /// let helsinki = p2.mentions().iter().find(|m| m.referent() == Referent::Place(Place::Helsinki));
    /// assert_eq!(helsinki.unwrap().text(), "Helsinki");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub const fn mentions(&self) -> &'static [Mention] {
        self.mentions
    }

    /// The clauses led by the ministers' own verbs, in order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Stance};
    ///
    /// let p5 = declaration().paragraph(5)?;
    /// let adopt = p5.clauses().last().unwrap();
    /// assert_eq!((adopt.text(), adopt.stance()), ("we adopt", Stance::Pledge));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub const fn clauses(&self) -> &'static [Clause] {
        self.clauses
    }

    /// The paragraph as a Markdown list item, its footnote marker as `[^1]`.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert!(para!(2).to_markdown().contains("Meetings[^1] and"));
    /// ```
    #[must_use]
    pub fn to_markdown(&self) -> String {
        crate::render::paragraph_markdown(self)
    }

    /// The paragraph as an HTML `<p id="para-N">` element, acronyms in `<abbr>`.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    ///
    /// let html = para!(6).to_html();
    /// assert!(html.starts_with("<p id=\"para-6\">"));
    /// assert!(html.contains("<abbr title=\"Asia-Europe Foundation\">ASEF</abbr>"));
    /// ```
    #[must_use]
    pub fn to_html(&self) -> String {
        crate::render::paragraph_html(self)
    }

    /// Walks the text as a run of inline pieces: plain text, the start and end of
    /// each mention, and each footnote marker, in document order.
    ///
    /// Every renderer goes through here, so that all formats put markers and
    /// mentions at the same places. At one offset a mention closes before a
    /// marker, and a marker comes before a mention that opens.
    pub(crate) fn walk<E>(&self, mut visit: impl FnMut(Inline) -> Result<(), E>) -> Result<(), E> {
        let mut at = 0;
        let mut notes = self.footnotes.iter().peekable();
        let text_to =
            |to: usize, at: &mut usize, visit: &mut dyn FnMut(Inline) -> Result<(), E>| {
                if to > *at {
                    visit(Inline::Text(&self.text[*at..to]))?;
                    *at = to;
                }
                Ok(())
            };
        for mention in self.mentions {
            let range = mention.range();
            while let Some(note) = notes.next_if(|n| n.offset <= range.start) {
                text_to(note.offset, &mut at, &mut visit)?;
                visit(Inline::Marker(note.footnote()))?;
            }
            text_to(range.start, &mut at, &mut visit)?;
            visit(Inline::Open(mention))?;
            while let Some(note) = notes.next_if(|n| n.offset < range.end) {
                text_to(note.offset, &mut at, &mut visit)?;
                visit(Inline::Marker(note.footnote()))?;
            }
            text_to(range.end, &mut at, &mut visit)?;
            visit(Inline::Close(mention))?;
        }
        for note in notes {
            text_to(note.offset, &mut at, &mut visit)?;
            visit(Inline::Marker(note.footnote()))?;
        }
        text_to(self.text.len(), &mut at, &mut visit)
    }
}

/// One piece of a paragraph's text, as [`Paragraph::walk`] hands it out.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Inline {
    /// Text between the other pieces.
    Text(&'static str),
    /// A mention starts here.
    Open(&'static Mention),
    /// A mention ends here.
    Close(&'static Mention),
    /// A footnote marker stands here.
    Marker(&'static Footnote),
}

/// `10. Taking note of ...`, with footnote markers as `[1]`.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let p2 = declaration().paragraph(2)?.to_string();
/// assert!(p2.starts_with("2. We reaffirm"));
/// assert!(p2.contains("Meetings[1] and"));
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
impl fmt::Display for Paragraph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}. ", self.number)?;
        self.walk(|piece| match piece {
            Inline::Text(text) => f.write_str(text),
            Inline::Marker(note) => write!(f, "[{}]", note.number),
            Inline::Open(_) | Inline::Close(_) => Ok(()),
        })
    }
}

/// Editorial tags on a paragraph, each with the phrase that justifies it.
///
/// Two slices of equal length rather than pairs, so that the tags alone can be
/// handed out as `&'static [T]`; the data module checks the lengths at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Tags<T: 'static> {
    pub(crate) tags: &'static [T],
    pub(crate) evidence: &'static [&'static str],
}

impl<T: Copy> Tags<T> {
    fn with_evidence(self) -> impl ExactSizeIterator<Item = (T, &'static str)> {
        self.tags.iter().copied().zip(self.evidence.iter().copied())
    }
}

#[cfg(feature = "serde")]
impl<T: serde::Serialize> serde::Serialize for Tags<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.tags.serialize(serializer)
    }
}

/// Where a footnote marker stands in a paragraph.
///
/// ```
/// use asem_seoul_declaration::declaration;
/// let marked: Vec<u8> = declaration().paragraphs().iter().filter(|p| !p.footnotes().is_empty()).map(|p| p.number()).collect();
/// assert_eq!(marked, [2]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct FootnoteRef {
    pub(crate) number: u8,
    pub(crate) offset: usize,
}

impl FootnoteRef {
    /// The footnote's number.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert_eq!(para!(2).footnotes()[0].number(), 1);
    /// ```
    #[must_use]
    pub const fn number(&self) -> u8 {
        self.number
    }

    /// The byte offset in the paragraph's [`text`](Paragraph::text) at which the
    /// marker stands (right after the word it annotates).
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let p = para!(2);
    /// assert!(p.text()[p.footnotes()[0].offset()..].starts_with(" and their contribution"));
    /// ```
    #[must_use]
    pub const fn offset(&self) -> usize {
        self.offset
    }

    /// The footnote the marker points to.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert_eq!(para!(2).footnotes()[0].footnote().number(), 1);
    /// ```
    #[must_use]
    pub fn footnote(&self) -> &'static Footnote {
        &data::FOOTNOTES[usize::from(self.number) - 1]
    }
}

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
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Footnote {
    pub(crate) number: u8,
    pub(crate) paragraph: u8,
    pub(crate) text: &'static str,
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

    /// The footnote's text, verbatim, emphasis dropped.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert!(declaration().footnotes()[0].text().contains("(Copenhagen 2011)"));
    /// ```
    #[must_use]
    pub const fn text(&self) -> &'static str {
        self.text
    }

    /// The paragraph whose marker points here.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().footnotes()[0].paragraph().number(), 2);
    /// ```
    #[must_use]
    pub fn paragraph(&self) -> &'static Paragraph {
        data::paragraph(self.paragraph)
    }
}

/// `[1] “Education and Training ...”`.
impl fmt::Display for Footnote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.number, self.text)
    }
}
