//! Where an annotation stands: words of a paragraph, their place in its text,
//! and that place counted in the three units programs index strings by.
//!
//! [`Span`] is the one shape every annotation shares; the [`spanned`] macro
//! gives each annotation type the same accessors over it, inherent, so that
//! `mention.text()` needs no trait import.

use std::fmt;
use std::ops::Range;

use super::records::{Paragraph, Span};
use super::run::Run;

impl Span {
    pub(crate) const fn new(paragraph: &'static Paragraph, run: Run) -> Span {
        Span { paragraph, run }
    }
}

/// The accessors every annotation shares: where it stands, as one [`Span`],
/// and the words, their paragraph and their place in the three units
/// programs index strings by.
///
/// [`Span`], [`Mention`](crate::Mention), [`Clause`](crate::Clause),
/// [`Sentence`](crate::Sentence), [`Commitment`](crate::Commitment),
/// [`Evidence`](crate::Evidence), [`FootnoteRef`](crate::FootnoteRef) and
/// [`Hit`](crate::Hit) implement it: `range` in bytes (Rust), `char_range` in
/// Unicode code points (Python, R, the W3C Web Annotation
/// `TextPositionSelector`) and `utf16_range` in UTF-16 code units
/// (JavaScript, Java, .NET). The trait is sealed: only the crate implements
/// it, so that a later release can add to it.
///
/// ```
/// use asem_seoul_declaration::{declaration, Concept, Spanned};
///
/// let ict = declaration().mentions_of(Concept::Ict).nth(1).unwrap();
/// assert_eq!(ict.text(), "Information and Communication Technologies");
/// assert_eq!(ict.paragraph().number(), 10);
/// // The en dash before it is 3 bytes, 1 code point and 1 UTF-16 unit.
/// assert_eq!((ict.range().start, ict.char_range().start, ict.utf16_range().start), (46, 44, 44));
/// assert_eq!(&ict.paragraph().text()[ict.range()], ict.text());
/// ```
pub trait Spanned: sealed::Sealed {
    /// Where it stands, as one [`Span`].
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let first = para!(6).sentences().next().unwrap();
    /// assert_eq!(first.span().text(), first.text());
    /// assert_eq!(first.span().span(), first.span());
    /// ```
    fn span(&self) -> Span;

    /// The words, as written.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// assert_eq!(para!(13).clauses().next().unwrap().text(), "We invite");
    /// ```
    fn text(&self) -> &'static str {
        self.span().run.text
    }

    /// The paragraph the words stand in.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// assert_eq!(para!(6).sentences().next().unwrap().paragraph().number(), 6);
    /// ```
    fn paragraph(&self) -> &'static Paragraph {
        self.span().paragraph
    }

    /// The byte range of the words in the paragraph's
    /// [`text`](Paragraph::text), for slicing a Rust `str`.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let clause = para!(13).clauses().next().unwrap();
    /// assert_eq!(&clause.paragraph().text()[clause.range()], clause.text());
    /// ```
    fn range(&self) -> Range<usize> {
        self.span().run.range()
    }

    /// The range of the words counted in Unicode code points, as Python and R
    /// index strings.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let clause = para!(10).clauses().nth(1).unwrap();
    /// let r = clause.char_range();
    /// let chars: String = para!(10).text().chars().skip(r.start).take(r.len()).collect();
    /// assert_eq!(chars, clause.text());
    /// ```
    fn char_range(&self) -> Range<usize> {
        let span = self.span();
        char_range(span.paragraph.text(), span.run.range())
    }

    /// The range of the words counted in UTF-16 code units, as JavaScript,
    /// Java and .NET index strings.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let clause = para!(10).clauses().nth(1).unwrap();
    /// let units: Vec<u16> = para!(10).text().encode_utf16().collect();
    /// assert_eq!(String::from_utf16(&units[clause.utf16_range()]).unwrap(), clause.text());
    /// ```
    fn utf16_range(&self) -> Range<usize> {
        let span = self.span();
        utf16_range(span.paragraph.text(), span.run.range())
    }
}

pub(crate) mod sealed {
    /// Only the crate's annotation types are [`Spanned`](super::Spanned).
    pub trait Sealed {}
}

impl sealed::Sealed for Span {}

impl Spanned for Span {
    fn span(&self) -> Span {
        *self
    }
}

/// One line: `Span { paragraph: 6, range: 431..449, text: "Erasmus+ programme" }`.
impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Span {{ paragraph: {}, range: {:?}, text: {:?} }}",
            self.paragraph.number(),
            self.run.range(),
            self.run.text
        )
    }
}

/// The same run of `host` counted in Unicode scalar values (code points).
pub(crate) fn char_range(host: &str, bytes: Range<usize>) -> Range<usize> {
    let start = host[..bytes.start].chars().count();
    start..start + host[bytes].chars().count()
}

/// The same run of `host` counted in UTF-16 code units.
pub(crate) fn utf16_range(host: &str, bytes: Range<usize>) -> Range<usize> {
    let units = |s: &str| s.chars().map(char::len_utf16).sum::<usize>();
    let start = units(&host[..bytes.start]);
    start..start + units(&host[bytes])
}

/// Makes an annotation type that holds `span: Span` [`Spanned`].
macro_rules! spanned {
    ($type:ty) => {
        impl $crate::model::span::sealed::Sealed for $type {}

        impl $crate::model::span::Spanned for $type {
            fn span(&self) -> $crate::Span {
                self.span
            }
        }
    };
}

pub(crate) use spanned;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_units_differ_where_the_text_is_not_ascii() {
        // "–" is 3 bytes, 1 code point, 1 UTF-16 unit; "🦀" is 4, 1 and 2.
        let host = "a – b 🦀 c";
        let c = host.find('c').unwrap();
        assert_eq!(c, 13);
        assert_eq!(char_range(host, c..c + 1), 8..9);
        assert_eq!(utf16_range(host, c..c + 1), 9..10);
        let crab = host.find('🦀').unwrap();
        assert_eq!(char_range(host, crab..crab + 4), 6..7);
        assert_eq!(utf16_range(host, crab..crab + 4), 6..8);
    }
}
