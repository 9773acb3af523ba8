//! Lookups and filters over the paragraphs.

use std::iter::FusedIterator;

use crate::facts::{DECLARATION, PARAGRAPHS};
use crate::model::commitment::CommitmentId;
use crate::model::error::Error;
use crate::model::records::Commitment;
use crate::model::records::Declaration;
use crate::model::records::Paragraph;
use crate::model::section::Section;
use crate::model::span::Spanned;
use crate::model::tag::{Instrument, Tag, Theme};
use crate::query::cite::{Citation, Cited, Owner, find_citations};
use crate::query::search::Hits;

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
        // There is one declaration: reading its paragraphs from the `static`
        // rather than through `self` leaves one bounds check and one load,
        // as indexing a slice does.
        match usize::from(n)
            .checked_sub(1)
            .and_then(|i| PARAGRAPHS.get(i))
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

    /// The paragraphs tagged with `tag`, a [`Theme`](crate::Theme) or an
    /// [`Instrument`](crate::Instrument), in order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Instrument, Theme};
    ///
    /// let d = declaration();
    /// let on_recognition: Vec<u8> = d.paragraphs_with(Theme::Recognition).map(|p| p.number()).collect();
    /// assert_eq!(on_recognition, [6, 10]);
    /// let secretariat: Vec<u8> = d.paragraphs_with(Instrument::EducationSecretariat).map(|p| p.number()).collect();
    /// assert_eq!(secretariat, [1, 12, 13]);
    /// ```
    #[must_use]
    #[inline]
    pub fn paragraphs_with(
        &self,
        tag: impl Into<Tag>,
    ) -> impl DoubleEndedIterator<Item = &'static Paragraph> + FusedIterator + Clone {
        let tag = tag.into();
        let paragraphs: &'static [Paragraph] = self.paragraphs;
        paragraphs
            .iter()
            .filter(move |p| p.evidence_for(tag).is_some())
    }

    /// The commitment `id` names. An id names a commitment by construction
    /// ([`Commitment::id`], or parsing, which checks), so this cannot fail.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, CommitmentId, Spanned};
    /// let id: CommitmentId = "commitment:10-4".parse()?;
    /// assert_eq!(declaration().commitment(id).text(), "use ICT as a tool");
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

/// Everything a user may have meant by what they typed; see
/// [`Declaration::lookup`].
///
/// ```
/// use asem_seoul_declaration::{declaration, Reading, Section, Theme};
///
/// let found = declaration().lookup("mobility")?;
/// let readings: Vec<&Reading> = found.readings().collect();
/// assert!(matches!(readings[0], Reading::Section(Section::Mobility)));
/// assert!(matches!(readings[1], Reading::Theme(Theme::Mobility)));
/// assert!(matches!(readings[2], Reading::Search(_)));
/// let numbers: Vec<u8> = found.paragraphs().map(|p| p.number()).collect();
/// assert_eq!(numbers, [4, 6, 7, 8, 12]);
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Lookup {
    readings: Vec<Reading>,
}

/// One reading of what a user typed.
///
/// ```
/// use asem_seoul_declaration::{declaration, Reading};
///
/// let found = declaration().lookup("see para. 10, sentence 3")?;
/// let Some(Reading::Citation(cite)) = found.readings().next() else { panic!() };
/// assert_eq!(cite.short().to_string(), "para. 10, sentence 3");
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Reading {
    /// A citation of this declaration, or a paragraph number alone.
    Citation(Citation),
    /// A heading, by its name, slug or id.
    Section(Section),
    /// A theme, by its name, slug or id.
    Theme(Theme),
    /// An instrument, by its name, slug, id or a form the text writes.
    Instrument(Instrument),
    /// The words themselves, where the text has them; the hits run in
    /// document order and can be cloned.
    Search(Hits),
}

impl Lookup {
    /// The readings, in this order: citations as they stand in the query,
    /// then a section, a theme, an instrument, and last the text's own words.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().lookup("paras. 6, 8 and 9")?.readings().count(), 3);
    /// assert_eq!(declaration().lookup("quantum computing")?.readings().count(), 0);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub fn readings(&self) -> std::slice::Iter<'_, Reading> {
        self.readings.iter()
    }

    /// The paragraphs any reading names, in order, each once.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let numbers: Vec<u8> = declaration().lookup("fn. 1 and para. 1")?.paragraphs().map(|p| p.number()).collect();
    /// assert_eq!(numbers, [1, 2]);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn paragraphs(
        &self,
    ) -> impl DoubleEndedIterator<Item = &'static Paragraph> + FusedIterator + Clone + use<> {
        let mut named = 0u32;
        for reading in &self.readings {
            let mut mark = |p: &Paragraph| named |= 1 << p.number();
            match reading {
                Reading::Citation(cite) => match cite.resolve() {
                    Cited::Paragraphs(ps) => ps.iter().for_each(&mut mark),
                    Cited::Sentence(s) => mark(s.paragraph()),
                    Cited::Footnote(note) => mark(note.paragraph()),
                },
                Reading::Section(section) => DECLARATION
                    .paragraphs_in(*section)
                    .iter()
                    .for_each(&mut mark),
                Reading::Theme(theme) => DECLARATION.paragraphs_with(*theme).for_each(&mut mark),
                Reading::Instrument(instrument) => {
                    DECLARATION.paragraphs_with(*instrument).for_each(&mut mark);
                }
                Reading::Search(hits) => hits.clone().for_each(|hit| mark(hit.paragraph())),
            }
        }
        let paragraphs: &'static [Paragraph] = DECLARATION.paragraphs();
        paragraphs
            .iter()
            .filter(move |p| named & (1 << p.number()) != 0)
    }

    /// Whether no reading was found: the query names nothing the declaration
    /// has and its words are not in the text.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert!(declaration().lookup("quantum computing")?.is_empty());
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.readings.is_empty()
    }
}

/// What a user types.
impl Declaration {
    /// Every reading of `query`, as a search box would take it: the
    /// citations of this declaration in it (a paragraph number alone, "para.
    /// 10", "paras 6-7", "sentence 3 of para. 10", "fn. 1", in prose or
    /// alone), the section, theme and instrument it names, and, unless the
    /// query is one citation, the places the text has its words. A query
    /// that names several things gives them all: "mobility" is a section, a
    /// theme and words of the text.
    ///
    /// Citations of other documents ("§ 3 of the Lisbon Convention") are not
    /// read as this declaration's. The lookup allocates only the list of its
    /// readings.
    ///
    /// # Errors
    ///
    /// [`Error::EmptyQuery`] for an empty query or one of white space only,
    /// and the citation's error for a citation of this declaration that names
    /// nothing it has ("para. 17", "para. 10, sentence 9"). A query that
    /// matches nothing is an empty [`Lookup`], not an error.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Error, Reading, Theme};
    ///
    /// let d = declaration();
    /// let numbers = |q: &str| -> Result<Vec<u8>, Error> {
    ///     Ok(d.lookup(q)?.paragraphs().map(|p| p.number()).collect())
    /// };
    /// assert_eq!(numbers("10")?, [10]);
    /// assert_eq!(numbers("paras 6-7")?, [6, 7]);
    /// assert_eq!(numbers("equity")?, [10]);
    /// assert_eq!(numbers("erasmus-plus")?, [6]);
    /// assert_eq!(numbers("Erasmus+")?, [6]);
    /// assert_eq!(numbers("quantum computing")?, []);
    /// assert!(matches!(d.lookup("para. 17"), Err(Error::NoSuchParagraph { .. })));
    /// assert!(matches!(d.lookup("  "), Err(Error::EmptyQuery { .. })));
    /// assert!(d.lookup("theme:equity")?.readings().any(|r| matches!(r, Reading::Theme(Theme::Equity))));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn lookup(&self, query: &str) -> Result<Lookup, Error> {
        let trimmed = query.trim();
        if trimmed.is_empty() {
            return Err(Error::EmptyQuery {
                given: query.to_owned(),
            });
        }
        let mut readings = Vec::new();
        // A number alone is a paragraph.
        if trimmed.bytes().all(|b| b.is_ascii_digit()) {
            return match trimmed.parse::<u8>() {
                Ok(n) if self.paragraph(n).is_ok() => {
                    readings.push(Reading::Citation(Citation::of_paragraph(n)));
                    Ok(Lookup { readings })
                }
                _ => Err(Error::no_such_paragraph(query, trimmed)),
            };
        }
        let mut whole_citation = false;
        for found in find_citations(query) {
            if found.owner() == Owner::Other {
                continue;
            }
            readings.push(Reading::Citation(found.citation()?));
            whole_citation |= query[..found.range().start].trim().is_empty()
                && query[found.range().end..].trim().is_empty();
        }
        if let Ok(section) = trimmed.parse::<Section>() {
            readings.push(Reading::Section(section));
        }
        if let Ok(theme) = trimmed.parse::<Theme>() {
            readings.push(Reading::Theme(theme));
        }
        if let Ok(instrument) = trimmed.parse::<Instrument>() {
            readings.push(Reading::Instrument(instrument));
        }
        if !whole_citation {
            let hits = self.search(trimmed)?;
            if hits.clone().next().is_some() {
                readings.push(Reading::Search(hits));
            }
        }
        Ok(Lookup { readings })
    }
}
