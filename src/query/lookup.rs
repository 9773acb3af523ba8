//! Lookups and filters over the paragraphs.

use std::iter::FusedIterator;

use crate::model::error::Error;
use crate::model::folding::punctuation_class;
use crate::model::records::Declaration;
use crate::model::records::Footnote;
use crate::model::records::Paragraph;
use crate::model::section::Section;
use crate::model::span::Spanned;
use crate::model::tag::{Instrument, Theme};
use crate::query::cite::{Citation, Cited, find_in};
use crate::query::search::{Hits, footnotes_with};

/// Out of line, so that the lookup's happy path stays small enough to inline.
#[cold]
#[inline(never)]
pub(super) fn no_such_paragraph(document: &'static Declaration, n: u8) -> Error {
    let typed = n.to_string();
    Error::no_such_paragraph(document, &typed, &typed)
}

/// Everything a user may have meant by what they typed, and what in it could
/// not be read; see [`Declaration::lookup`].
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
/// assert_eq!(found.notes().count(), 0);
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Lookup {
    /// The declaration looked in.
    document: &'static Declaration,
    readings: Vec<Reading>,
    notes: Vec<Error>,
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
    /// The words themselves, where the paragraphs have them; the hits run in
    /// document order and can be cloned.
    Search(Hits),
    /// The words themselves, where a footnote has them ("Berlin", "Riga").
    Footnote(&'static Footnote),
}

impl Lookup {
    /// The readings, in this order: citations as they stand in the query,
    /// then a section, a theme, an instrument, and last the text's own words
    /// in the paragraphs and in the footnotes.
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

    /// What in the query could not be read, each part as its own error, in
    /// the order it stands: a citation of something the declaration does
    /// not have ([`Error::NoSuchParagraph`], ...), one read only in part
    /// ([`Error::PartialCitation`]), one of another document
    /// ([`Error::OtherDocument`]).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Error};
    /// let found = declaration().lookup("para. 10 and para. 17")?;
    /// assert_eq!(found.paragraphs().map(|p| p.number()).collect::<Vec<_>>(), [10]);
    /// let notes: Vec<&Error> = found.notes().collect();
    /// assert!(matches!(notes[..], [Error::NoSuchParagraph { .. }]));
    /// assert_eq!(notes[0].given(), "para. 17");
    /// # Ok::<(), Error>(())
    /// ```
    pub fn notes(&self) -> std::slice::Iter<'_, Error> {
        self.notes.iter()
    }

    /// The paragraphs any reading names, in order, each once: a footnote's
    /// paragraph is the one its marker stands in.
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
        let d: &'static Declaration = self.document;
        // A bit for each number a paragraph can have (a `u8`).
        let mut named = [0u64; 4];
        let bit = |n: u8| (usize::from(n / 64), 1u64 << (n % 64));
        for reading in &self.readings {
            let mut mark = |p: &Paragraph| {
                let (word, mask) = bit(p.number());
                named[word] |= mask;
            };
            match reading {
                Reading::Citation(cite) => match cite.resolve() {
                    Cited::Paragraphs(ps) => ps.iter().for_each(&mut mark),
                    Cited::Sentence(s) => mark(s.paragraph()),
                    Cited::Footnote(note) => mark(note.paragraph()),
                },
                Reading::Section(section) => d.paragraphs_in(*section).iter().for_each(&mut mark),
                Reading::Theme(theme) => d.paragraphs_with(*theme).for_each(&mut mark),
                Reading::Instrument(instrument) => {
                    d.paragraphs_with(*instrument).for_each(&mut mark);
                }
                Reading::Search(hits) => hits.clone().for_each(|hit| mark(hit.paragraph())),
                Reading::Footnote(note) => mark(note.paragraph()),
            }
        }
        d.paragraphs.iter().filter(move |p| {
            let (word, mask) = bit(p.number());
            named[word] & mask != 0
        })
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

/// What a search box trims around a query: white space, quotes, a pair of
/// brackets that encloses it all, and the punctuation that ends a sentence.
fn trim_query(query: &str) -> &str {
    const PAIRS: &[(char, char)] = &[('(', ')'), ('[', ']'), ('{', '}')];
    // Every apostrophe and quote, as search folds them.
    let quote = |c: char| matches!(punctuation_class(c), Some(b'\'' | b'"'));
    let mut q = query;
    loop {
        let before = q.len();
        q = q
            .trim()
            .trim_matches(quote)
            .trim_end_matches(['.', ',', ';', ':', '?', '!']);
        for &(open, close) in PAIRS {
            if let Some(inner) = q.strip_prefix(open).and_then(|q| q.strip_suffix(close)) {
                if !inner.contains([open, close]) {
                    q = inner;
                }
            }
        }
        if q.len() == before {
            return q;
        }
    }
}

/// Reads `query`; see [`Declaration::lookup`].
pub(crate) fn lookup(d: &'static Declaration, query: &str) -> Result<Lookup, Error> {
    let mut trimmed = trim_query(query);
    if trimmed.is_empty() {
        trimmed = query.trim();
    }
    if trimmed.is_empty() {
        return Err(Error::EmptyQuery {
            given: query.to_owned(),
        });
    }
    let mut found = Lookup {
        document: d,
        readings: Vec::new(),
        notes: Vec::new(),
    };
    // A number alone is a paragraph.
    if trimmed.bytes().all(|b| b.is_ascii_digit()) {
        match trimmed.parse::<u8>().ok().and_then(|n| d.paragraph(n).ok()) {
            Some(p) => {
                found
                    .readings
                    .push(Reading::Citation(Citation::of_paragraph(p)));
            }
            None => found
                .notes
                .push(Error::no_such_paragraph(d, trimmed, trimmed)),
        }
        return Ok(found);
    }
    // The citations, and the words left between them.
    let mut rest = String::new();
    let mut at = 0;
    for cite in find_in(d, trimmed) {
        match cite.citation() {
            Ok(citation) => found.readings.push(Reading::Citation(citation)),
            Err(note) => found.notes.push(note),
        }
        rest.push_str(&trimmed[at..cite.range().start]);
        rest.push(' ');
        at = cite.range().end;
    }
    let words = if at == 0 {
        trimmed
    } else {
        rest.push_str(&trimmed[at..]);
        let words = trim_query(&rest);
        // What joins citations ("and", "see") is not looked for.
        let joins = words
            .split(|c: char| !c.is_alphanumeric())
            .all(|w| w.is_empty() || crate::query::cite::joins_citations(w));
        if joins { "" } else { words }
    };
    if words.is_empty() {
        return Ok(found);
    }
    if let Ok(section) = words.parse::<Section>() {
        found.readings.push(Reading::Section(section));
    }
    if let Ok(theme) = words.parse::<Theme>() {
        found.readings.push(Reading::Theme(theme));
    }
    if let Ok(instrument) = words.parse::<Instrument>() {
        found.readings.push(Reading::Instrument(instrument));
    }
    let hits = d.search(words)?;
    if hits.clone().next().is_some() {
        found.readings.push(Reading::Search(hits));
    }
    found
        .readings
        .extend(footnotes_with(d, words).map(Reading::Footnote));
    Ok(found)
}
