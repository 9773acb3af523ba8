//! The numbered paragraphs, the evidence behind their tags, and the footnote.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::iter::FusedIterator;
use std::ops::Range;

use crate::span::{self, Span};
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
/// // Paragraphs compare and order by number.
/// assert!(declaration().paragraph(6)? < p);
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Paragraph {
    pub(crate) number: u8,
    pub(crate) text: &'static str,
    pub(crate) section: Section,
    pub(crate) themes: Tags<Theme>,
    pub(crate) instruments: Tags<Instrument>,
    pub(crate) footnotes: &'static [FootnoteRef],
    pub(crate) mentions: &'static [Mention],
    pub(crate) clauses: &'static [Clause],
    /// The runs the source sets in italics.
    pub(crate) emphasis: &'static [Span],
}

// A paragraph is its number: the declaration has one paragraph of each.
impl PartialEq for Paragraph {
    fn eq(&self, other: &Self) -> bool {
        self.number == other.number
    }
}

impl Eq for Paragraph {}

impl Hash for Paragraph {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.number.hash(state);
    }
}

impl PartialOrd for Paragraph {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Paragraph {
    fn cmp(&self, other: &Self) -> Ordering {
        self.number.cmp(&other.number)
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

    /// Each theme with the words of this paragraph that justify it, in the
    /// order of [`Paragraph::themes`].
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Theme};
    ///
    /// let p10 = declaration().paragraph(10)?;
    /// let (_, evidence) = p10
    ///     .theme_evidence()
    ///     .find(|(theme, _)| *theme == Theme::Equity)
    ///     .unwrap();
    /// assert_eq!(evidence.text(), "equity and accessibility in education");
    /// assert_eq!(&p10.text()[evidence.range()], evidence.text());
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn theme_evidence(
        &self,
    ) -> impl DoubleEndedIterator<Item = (Theme, Evidence)> + ExactSizeIterator + FusedIterator + Clone
    {
        self.themes.with_evidence(self.number)
    }

    /// Each instrument with the words of this paragraph that justify it, in the
    /// order of [`Paragraph::instruments`].
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Instrument};
    ///
    /// let p6 = declaration().paragraph(6)?;
    /// let phrases: Vec<&str> = p6.instrument_evidence().map(|(_, e)| e.text()).collect();
    /// assert!(phrases.contains(&"Erasmus+ programme"));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn instrument_evidence(
        &self,
    ) -> impl DoubleEndedIterator<Item = (Instrument, Evidence)>
           + ExactSizeIterator
           + FusedIterator
           + Clone {
        self.instruments.with_evidence(self.number)
    }

    /// The words that justify tagging this paragraph with `theme`, or `None` if
    /// it is not tagged with it.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Theme};
    /// let evidence = para!(15).evidence_for(Theme::Governance).unwrap();
    /// assert_eq!(evidence.text(), "host educational ministerial meetings");
    /// assert!(para!(15).evidence_for(Theme::Equity).is_none());
    /// ```
    #[must_use]
    pub fn evidence_for(&self, theme: Theme) -> Option<Evidence> {
        self.themes.evidence_for(self.number, theme)
    }

    /// The words that justify tagging this paragraph with `instrument`, or `None`
    /// if it is not tagged with it.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Instrument};
    /// let evidence = para!(10).instrument_evidence_for(Instrument::Moocs).unwrap();
    /// assert_eq!(evidence.text(), "Massive Open Online Courses (MOOCs)");
    /// ```
    #[must_use]
    pub fn instrument_evidence_for(&self, instrument: Instrument) -> Option<Evidence> {
        self.instruments.evidence_for(self.number, instrument)
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
    ) -> impl DoubleEndedIterator<Item = Range<usize>> + ExactSizeIterator + FusedIterator + Clone
    {
        self.emphasis.iter().map(|s| s.range())
    }

    /// The footnote markers in this paragraph, with where each stands in [`Paragraph::text`].
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let p2 = declaration().paragraph(2)?;
    /// let marker = p2.footnotes()[0];
    /// assert!(p2.text()[..marker.offset()].ends_with("ASEM Education Ministers' Meetings"));
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
}

/// Editorial tags on a paragraph, each with the words that justify it.
///
/// Two slices of equal length rather than pairs, so that the tags alone can be
/// handed out as `&'static [T]`; the data module builds both from one list.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tags<T: 'static> {
    pub(crate) tags: &'static [T],
    pub(crate) evidence: &'static [Span],
}

impl<T: Copy + PartialEq> Tags<T> {
    fn with_evidence(
        self,
        paragraph: u8,
    ) -> impl DoubleEndedIterator<Item = (T, Evidence)> + ExactSizeIterator + FusedIterator + Clone
    {
        let evidence = self
            .evidence
            .iter()
            .map(move |&span| Evidence { paragraph, span });
        self.tags.iter().copied().zip(evidence)
    }

    fn evidence_for(self, paragraph: u8, tag: T) -> Option<Evidence> {
        let at = self.tags.iter().position(|&t| t == tag)?;
        Some(Evidence {
            paragraph,
            span: self.evidence[at],
        })
    }
}

/// The words of a paragraph that justify one of its theme or instrument tags.
///
/// ```
/// use asem_seoul_declaration::{para, Theme};
///
/// let evidence = para!(10).evidence_for(Theme::DigitalInnovation).unwrap();
/// assert_eq!(evidence.text(), "ICT – Information and Communication Technologies");
/// assert_eq!(evidence.paragraph().number(), 10);
/// // The en dash is three bytes, one code point and one UTF-16 unit.
/// assert_eq!(evidence.range(), 38..88);
/// assert_eq!(evidence.char_range(), 38..86);
/// assert_eq!(evidence.utf16_range(), 38..86);
/// assert_eq!(format!("{evidence:?}"), r#"Evidence { paragraph: 10, range: 38..88, text: "ICT – Information and Communication Technologies" }"#);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Evidence {
    paragraph: u8,
    span: Span,
}

impl Evidence {
    /// The words, as written.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Instrument};
    /// let e = para!(6).instrument_evidence_for(Instrument::ErasmusPlus).unwrap();
    /// assert_eq!(e.text(), "Erasmus+ programme");
    /// ```
    #[must_use]
    pub const fn text(&self) -> &'static str {
        self.span.text
    }

    /// The paragraph the words stand in.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Theme};
    /// assert_eq!(para!(9).evidence_for(Theme::LifelongLearning).unwrap().paragraph().number(), 9);
    /// ```
    #[must_use]
    pub fn paragraph(&self) -> &'static Paragraph {
        data::paragraph(self.paragraph)
    }

    /// The byte range of the words in the paragraph's [`text`](Paragraph::text).
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Theme};
    /// let e = para!(4).evidence_for(Theme::Mobility).unwrap();
    /// assert_eq!(&para!(4).text()[e.range()], "promote mobility");
    /// ```
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.span.range()
    }

    /// The range of the words counted in Unicode code points (Python, R).
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Theme};
    /// let e = para!(10).evidence_for(Theme::Equity).unwrap();
    /// let chars: String = para!(10).text().chars().skip(e.char_range().start).take(e.char_range().len()).collect();
    /// assert_eq!(chars, e.text());
    /// ```
    #[must_use]
    pub fn char_range(&self) -> Range<usize> {
        span::char_range(self.paragraph().text(), self.range())
    }

    /// The range of the words counted in UTF-16 code units (JavaScript).
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Theme};
    /// let e = para!(10).evidence_for(Theme::Equity).unwrap();
    /// assert_eq!(e.utf16_range().len(), e.text().encode_utf16().count());
    /// ```
    #[must_use]
    pub fn utf16_range(&self) -> Range<usize> {
        span::utf16_range(self.paragraph().text(), self.range())
    }
}

/// One line: `Evidence { paragraph: 4, range: 383..399, text: "promote mobility" }`.
impl fmt::Debug for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Evidence {{ paragraph: {}, range: {:?}, text: {:?} }}",
            self.paragraph,
            self.range(),
            self.text()
        )
    }
}

/// Where a footnote marker stands in a paragraph, and the words it annotates.
///
/// The marker stands right after its anchor: in paragraph 2, footnote 1 (the
/// list of the six meetings) annotates "ASEM Education Ministers' Meetings".
///
/// ```
/// use asem_seoul_declaration::declaration;
/// let marked: Vec<u8> = declaration().paragraphs().iter().filter(|p| !p.footnotes().is_empty()).map(|p| p.number()).collect();
/// assert_eq!(marked, [2]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct FootnoteRef {
    pub(crate) number: u8,
    pub(crate) paragraph: u8,
    pub(crate) anchor: Span,
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
    /// marker stands: the end of its [anchor](FootnoteRef::text).
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let p = para!(2);
    /// assert!(p.text()[p.footnotes()[0].offset()..].starts_with(" and their contribution"));
    /// ```
    #[must_use]
    pub const fn offset(&self) -> usize {
        self.anchor.range().end
    }

    /// The words the marker annotates, which it follows.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert_eq!(para!(2).footnotes()[0].text(), "ASEM Education Ministers' Meetings");
    /// ```
    #[must_use]
    pub const fn text(&self) -> &'static str {
        self.anchor.text
    }

    /// The byte range of the words the marker annotates.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let marker = para!(2).footnotes()[0];
    /// assert_eq!(&para!(2).text()[marker.range()], marker.text());
    /// ```
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.anchor.range()
    }

    /// The range of the annotated words counted in Unicode code points (Python, R).
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let marker = para!(2).footnotes()[0];
    /// assert_eq!(marker.char_range(), marker.range());
    /// ```
    #[must_use]
    pub fn char_range(&self) -> Range<usize> {
        span::char_range(self.paragraph().text(), self.range())
    }

    /// The range of the annotated words counted in UTF-16 code units (JavaScript).
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let marker = para!(2).footnotes()[0];
    /// assert_eq!(marker.utf16_range(), marker.range());
    /// ```
    #[must_use]
    pub fn utf16_range(&self) -> Range<usize> {
        span::utf16_range(self.paragraph().text(), self.range())
    }

    /// The paragraph the marker stands in.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert_eq!(para!(2).footnotes()[0].paragraph().number(), 2);
    /// ```
    #[must_use]
    pub fn paragraph(&self) -> &'static Paragraph {
        data::paragraph(self.paragraph)
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

/// One line: `FootnoteRef { number: 1, paragraph: 2, range: 452..486, text: "..." }`.
impl fmt::Debug for FootnoteRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "FootnoteRef {{ number: {}, paragraph: {}, range: {:?}, text: {:?} }}",
            self.number,
            self.paragraph,
            self.range(),
            self.text()
        )
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
pub struct Footnote {
    pub(crate) number: u8,
    pub(crate) paragraph: u8,
    pub(crate) text: &'static str,
    /// The runs the source sets in italics: each meeting's quoted title.
    pub(crate) emphasis: &'static [Span],
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
    #[must_use]
    pub fn emphasis(
        &self,
    ) -> impl DoubleEndedIterator<Item = Range<usize>> + ExactSizeIterator + FusedIterator + Clone
    {
        self.emphasis.iter().map(|s| s.range())
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
