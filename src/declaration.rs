//! The document as a whole and the queries over it.

use std::fmt;

use crate::meeting::{Meeting, MeetingSeries};
use crate::paragraph::{Footnote, Paragraph};
use crate::render;
use crate::search::{self, Hits};
use crate::{
    data, Citation, Cited, Clause, Error, Instrument, Mention, Referent, Section, Stance, Theme,
};

/// The Seoul Declaration: cover, paragraphs, footnote and meeting.
///
/// Reach it with [`declaration()`](crate::declaration); it is a `static`, so
/// nothing is built or parsed to get it.
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
    #[inline]
    pub fn paragraphs_with_theme(
        &self,
        theme: Theme,
    ) -> impl Iterator<Item = &'static Paragraph> + Clone {
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
    #[inline]
    pub fn paragraphs_with_instrument(
        &self,
        instrument: Instrument,
    ) -> impl Iterator<Item = &'static Paragraph> + Clone {
        self.paragraphs
            .iter()
            .filter(move |p| p.instruments().contains(&instrument))
    }

    /// Every mention of `referent`, in document order.
    ///
    /// Takes anything that converts into a [`Referent`]: an [`Entity`](crate::Entity),
    /// [`Instrument`], [`Place`](crate::Place), [`Concept`](crate::Concept) or
    /// [`&Meeting`](crate::Meeting).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Concept};
    ///
    /// let ict: Vec<_> = declaration().mentions_of(Concept::Ict).collect();
    /// assert_eq!(ict.len(), 5);
    /// assert!(ict.iter().all(|m| m.paragraph().number() == 10));
    /// ```
    #[inline]
    pub fn mentions_of(
        &self,
        referent: impl Into<Referent>,
    ) -> impl Iterator<Item = &'static Mention> + Clone {
        let referent = referent.into();
        self.mentions().filter(move |m| m.referent() == referent)
    }

    /// Every mention in every paragraph, in document order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Referent};
    /// let d = declaration();
    /// assert!(d.mentions().count() > 90);
    /// assert_eq!(d.mentions().filter(|m| m.referent() == Referent::Declaration).count(), 5);
    /// ```
    #[inline]
    pub fn mentions(&self) -> impl Iterator<Item = &'static Mention> + Clone {
        self.paragraphs.iter().flat_map(Paragraph::mentions)
    }

    /// Every clause led by the ministers' own verb, in document order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Stance};
    ///
    /// let pledges = declaration().clauses().filter(|c| c.stance() == Stance::Pledge).count();
    /// assert!(pledges > 10);
    /// ```
    #[inline]
    pub fn clauses(&self) -> impl Iterator<Item = &'static Clause> + Clone {
        self.paragraphs.iter().flat_map(Paragraph::clauses)
    }

    /// The clauses at least as strong as `stance`, in document order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Stance};
    ///
    /// let calls_and_pledges = declaration().clauses_at_least(Stance::Call);
    /// assert!(calls_and_pledges.clone().all(|c| c.stance() >= Stance::Call));
    /// assert!(calls_and_pledges.clone().any(|c| c.text() == "We invite"));
    /// ```
    #[inline]
    pub fn clauses_at_least(
        &self,
        stance: Stance,
    ) -> impl Iterator<Item = &'static Clause> + Clone {
        self.clauses().filter(move |c| c.stance() >= stance)
    }

    /// The clauses of the paragraphs tagged with `theme`, in document order.
    ///
    /// What did the ministers pledge on mobility?
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Stance, Theme};
    ///
    /// let pledged: Vec<_> = declaration()
    ///     .clauses_on(Theme::Mobility)
    ///     .filter(|c| c.stance() >= Stance::Pledge)
    ///     .map(|c| (c.paragraph().number(), c.text()))
    ///     .collect();
    /// assert!(pledged.contains(&(6, "we declare")));
    /// ```
    #[inline]
    pub fn clauses_on(&self, theme: Theme) -> impl Iterator<Item = &'static Clause> + Clone {
        self.paragraphs_with_theme(theme)
            .flat_map(Paragraph::clauses)
    }

    /// The paragraphs or footnote a citation names.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Citation, Cited};
    ///
    /// let cite: Citation = "fn. 1".parse()?;
    /// let Cited::Footnote(note) = declaration().resolve(&cite) else { unreachable!() };
    /// assert_eq!(note.paragraph().number(), 2);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn resolve(&self, citation: &Citation) -> Cited {
        citation.resolve()
    }

    /// The clean plain-text document, as `Display` writes it: cover lines,
    /// headings, numbered paragraphs with markers as `[1]`, the footnote at the end.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert!(declaration().to_plain_text().contains("\n[1] “Education and Training"));
    /// ```
    #[must_use]
    pub fn to_plain_text(&self) -> String {
        self.to_string()
    }

    /// The document as Markdown: the cover, headings at the levels the document
    /// nests them (`##` for a part, `###` below it, `####` below that), paragraphs
    /// as a numbered list, the footnote as `[^1]`, markup characters escaped.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let md = declaration().to_markdown();
    /// assert!(md.contains("\n# Seoul Declaration\n"));
    /// assert!(md.contains("\n### Promotion of mobility between Asia and Europe\n"));
    /// assert!(md.contains("Meetings[^1] and"));
    /// assert!(md.contains("\n[^1]: “Education and Training"));
    /// ```
    #[must_use]
    pub fn to_markdown(&self) -> String {
        render::markdown(self)
    }

    /// The document as a standalone HTML5 page: `id="para-10"` anchors on the
    /// paragraphs, `<section id="mobility">` around each heading's part,
    /// `<abbr title>` on acronyms, and the footnote linked both ways.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let html = declaration().to_html();
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains("<p id=\"para-10\">"));
    /// assert!(html.contains("<abbr title=\"Open Educational Resources\">OER</abbr>"));
    /// assert!(html.contains("href=\"#fn-1\"") && html.contains("href=\"#fnref-1\""));
    /// ```
    #[must_use]
    pub fn to_html(&self) -> String {
        render::html(self)
    }

    /// The document as Akoma Ntoso 3.0 XML (OASIS `LegalDocML`), a `statement`
    /// valid against the official schema.
    ///
    /// - **Identification**: FRBR Work, Expression (English) and Manifestation,
    ///   all dated 2017-11-22, the day the meeting closed and adopted the
    ///   declaration, so the output is the same on every run. The FRBR URIs
    ///   follow the Akoma Ntoso naming convention:
    ///   `/akn/xa/statement/declaration/asemme6/2017-11-22/seoul-declaration`.
    ///   ASEM has no country code, so the jurisdiction is `xa`, a code ISO 3166-1
    ///   leaves to users and will never give a country. The Manifestation's
    ///   `FRBRthis` names the `!main` component; `FRBRalias name="title"` gives
    ///   the title.
    /// - **Structure**: the cover lines form the `preface`; every heading,
    ///   the Preamble included, is an `hcontainer` in `mainBody` (the schema
    ///   admits no `paragraph` inside `preamble`), and each paragraph is a
    ///   `paragraph eId="para_N"` with `num` and `content/p`.
    /// - **Semantics**: footnote 1 is an `authorialNote` at its marker in
    ///   paragraph 2; mentions are inline `organization`, `event`, `location`
    ///   and `concept` elements whose `refersTo` points at `TLCOrganization`,
    ///   `TLCEvent`, `TLCLocation` and `TLCConcept` entries in `references`;
    ///   acronyms carry `abbr title`; `classification` holds a keyword for each
    ///   theme and instrument tag, pointing at its paragraph.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let akn = declaration().to_akoma_ntoso();
    /// assert!(akn.contains("<statement name=\"declaration\">"));
    /// assert!(akn.contains("<FRBRthis value=\"/akn/xa/statement/declaration/asemme6/2017-11-22/seoul-declaration/eng@2017-11-22/!main.xml\"/>"));
    /// assert!(akn.contains("<paragraph eId=\"para_16\"><num>16.</num>"));
    /// ```
    #[must_use]
    pub fn to_akoma_ntoso(&self) -> String {
        render::akoma_ntoso(self)
    }

    /// Finds `query` in the paragraphs' texts, ignoring case.
    ///
    /// Matching folds both sides with Unicode lowercase mappings, so non-ASCII text
    /// (the en dash in "ICT – Information") matches too. Hits come in document
    /// order and do not overlap within a paragraph. The query is taken literally:
    /// white space inside or around it must match too. The first call builds an
    /// index once; later calls and the hits they yield allocate nothing.
    ///
    /// # Errors
    ///
    /// [`Error::EmptyQuery`] if `query` is empty or only white space.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let hits: Vec<_> = declaration().search("ict – INFORMATION")?.collect();
    /// assert_eq!(hits.len(), 1);
    /// let hit = &hits[0];
    /// assert_eq!(hit.paragraph().number(), 10);
    /// assert_eq!(hit.text(), "ICT – Information");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[inline]
    pub fn search<'q>(&self, query: &'q str) -> Result<Hits<'q>, Error> {
        search::search(query)
    }
}

/// The clean plain-text document: cover lines, headings, numbered paragraphs with
/// footnote markers as `[1]`, and the footnote at the end. No page-break rules,
/// no Markdown.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let text = declaration().to_string();
/// assert!(text.starts_with("6th ASEM Education Ministers' Meeting (ASEMME6)\n"));
/// assert!(text.contains("\nPreamble\n\n1. We, Education Ministers"));
/// assert!(!text.contains("---"));
/// ```
impl fmt::Display for Declaration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, line) in self.cover_lines.iter().enumerate() {
            // The meeting, its dates and its venue form one block; the rest stand apart.
            let gap = if i < 3 { "" } else { "\n" };
            writeln!(f, "{gap}{line}")?;
        }
        let mut previous: Option<Section> = None;
        for paragraph in self.paragraphs {
            for heading in headings_opened(previous, paragraph.section) {
                write!(f, "\n{}\n", heading.title())?;
            }
            previous = Some(paragraph.section);
            write!(f, "\n{paragraph}\n")?;
        }
        for note in self.footnotes {
            write!(f, "\n{note}\n")?;
        }
        Ok(())
    }
}

/// The headings that open between a paragraph under `previous` and one under
/// `current`, outermost first (`Section::ALL` lists parents before children).
pub(crate) fn headings_opened(
    previous: Option<Section>,
    current: Section,
) -> impl Iterator<Item = Section> {
    let already_open = move |s: Section| previous.is_some_and(|p| s.contains(p));
    Section::ALL
        .iter()
        .copied()
        .filter(move |&s| s.contains(current) && !already_open(s))
}

#[cfg(feature = "serde")]
impl serde::Serialize for Declaration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;

        #[derive(serde::Serialize)]
        struct SectionRecord {
            id: Section,
            title: &'static str,
            parent: Option<Section>,
            paragraphs: Vec<u8>,
        }

        let sections: Vec<SectionRecord> = Section::ALL
            .iter()
            .map(|&id| SectionRecord {
                id,
                title: id.title(),
                parent: id.parent(),
                paragraphs: self
                    .paragraphs_in(id)
                    .iter()
                    .map(Paragraph::number)
                    .collect(),
            })
            .collect();
        let mut s = serializer.serialize_struct("Declaration", 8)?;
        s.serialize_field("title", self.title)?;
        s.serialize_field("subtitle", self.subtitle)?;
        s.serialize_field("cover_lines", self.cover_lines)?;
        s.serialize_field("meeting", self.meeting)?;
        s.serialize_field("paragraphs", self.paragraphs)?;
        s.serialize_field("sections", &sections)?;
        s.serialize_field("meetings", self.series.meetings())?;
        s.serialize_field("footnotes", self.footnotes)?;
        s.end()
    }
}
