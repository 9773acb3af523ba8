//! Case-insensitive search over the paragraph texts, folding what people type
//! as `crate::model::folding` describes.

use crate::model::error::Error;
use crate::model::folding::{Index, Matches};
use crate::model::records::{Declaration, Footnote, Paragraph, Span};
use crate::model::run::Run;
use crate::model::span::Spanned;
use crate::model::span::spanned;
use std::fmt;
use std::iter::FusedIterator;

/// One place where a search query occurs.
///
/// ```
/// use asem_seoul_declaration::{declaration, Spanned};
///
/// let hit = declaration().search("erasmus+")?.next().unwrap();
/// assert_eq!(hit.paragraph().number(), 6);
/// assert_eq!(&hit.paragraph().text()[hit.range()], "Erasmus+");
/// assert_eq!(hit.text(), "Erasmus+");
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hit {
    span: Span,
}

spanned!(Hit);

/// One line: `Hit { paragraph: 6, range: 431..439, text: "Erasmus+" }`.
impl fmt::Debug for Hit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Hit {{ paragraph: {}, range: {:?}, text: {:?} }}",
            self.paragraph().number(),
            self.range(),
            self.text()
        )
    }
}

/// The hits of one search, in document order; see
/// [`Declaration::search`](crate::Declaration::search).
///
/// They borrow nothing from the query, so a function can take an owned query
/// and return its hits.
///
/// ```
/// use asem_seoul_declaration::{declaration, Hit, Vocabulary, Spanned};
///
/// fn find(query: String) -> impl Iterator<Item = Hit> {
///     declaration().search(query).into_iter().flatten()
/// }
/// let mut hits = find("recognition".to_owned());
/// assert_eq!(hits.next().unwrap().paragraph().number(), 6);
/// assert_eq!(hits.next().unwrap().paragraph().number(), 10);
/// assert!(hits.next().is_none());
/// ```
#[derive(Clone)]
pub struct Hits {
    matches: Matches<'static>,
    /// The declaration's paragraphs, whose texts come first in its index.
    paragraphs: &'static [Paragraph],
    /// Only the hits that are whole words.
    whole_words: bool,
}

impl Iterator for Hits {
    type Item = Hit;

    #[inline]
    fn next(&mut self) -> Option<Hit> {
        loop {
            // The footnotes' texts follow the paragraphs' in the index: the
            // first match in one ends the paragraphs' hits.
            let (paragraph, range) = self.matches.next()?;
            let paragraph: &'static Paragraph = self.paragraphs.get(paragraph)?;
            let run = Run {
                start: range.start,
                text: paragraph.text().get(range)?,
            };
            let hit = Hit {
                span: Span::new(paragraph, run),
            };
            if !self.whole_words || hit.is_whole_word() {
                return Some(hit);
            }
        }
    }
}

impl Hits {
    /// Only the hits that are whole words: "art" finds no hit in "part" or
    /// "article".
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let d = declaration();
    /// assert!(d.search("art")?.count() > 0);
    /// assert_eq!(d.search("art")?.whole_words().count(), 0);
    /// assert_eq!(d.search("Erasmus")?.whole_words().count(), 1);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn whole_words(mut self) -> Hits {
        self.whole_words = true;
        self
    }
}

impl Hit {
    /// Whether the hit is a whole word, or whole words: no letter or digit
    /// touches it on either side.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let d = declaration();
    /// assert!(d.search("Erasmus")?.all(|hit| hit.is_whole_word()));
    /// assert!(!d.search("art")?.any(|hit| hit.is_whole_word()));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn is_whole_word(&self) -> bool {
        let text = self.paragraph().text();
        let range = self.range();
        let before = text[..range.start].chars().next_back();
        let after = text[range.end..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    }
}

/// The footnotes of `d` whose text holds `query`, folded as a search folds
/// it; for [`Declaration::lookup`]. An empty query holds in none.
pub(crate) fn footnotes_with<'q>(
    d: &'static Declaration,
    query: &'q str,
) -> impl Iterator<Item = &'static Footnote> + use<'q> {
    let index: &'static Index = (d.index)();
    let (paragraphs, footnotes) = (d.paragraphs.len(), d.footnotes);
    let mut last = None;
    let matches = (!query.trim().is_empty()).then(|| index.matches(query));
    matches.into_iter().flatten().filter_map(move |(text, _)| {
        let note = text.checked_sub(paragraphs)?;
        // Matches come in order: one per footnote, however often it
        // holds the query.
        (last != Some(note)).then(|| {
            last = Some(note);
            &footnotes[note]
        })
    })
}

impl FusedIterator for Hits {}

/// A summary on one line: the folded query (cut short) and where the search
/// stands, not the index it reads.
impl fmt::Debug for Hits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let needle = self.matches.needle.bytes();
        let shown = String::from_utf8_lossy(&needle[..needle.len().min(60)]);
        f.debug_struct("Hits")
            .field("folded_query", &shown)
            .field("query_bytes", &needle.len())
            .field("paragraph", &(self.matches.text + 1))
            .finish_non_exhaustive()
    }
}

/// Runs a search of `d`; see [`Declaration::search`].
pub(super) fn search(d: &'static Declaration, query: &str) -> Result<Hits, Error> {
    if query.trim().is_empty() {
        return Err(Error::EmptyQuery {
            given: query.to_owned(),
        });
    }
    let index: &'static Index = (d.index)();
    Ok(Hits {
        matches: index.matches(query),
        paragraphs: d.paragraphs,
        whole_words: false,
    })
}
