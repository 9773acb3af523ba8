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

    /// The paragraph the words stand in.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert_eq!(para!(6).sentences().next().unwrap().span().paragraph().number(), 6);
    /// ```
    #[must_use]
    pub const fn paragraph(&self) -> &'static Paragraph {
        self.paragraph
    }

    /// The words, as written.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert_eq!(para!(13).clauses().next().unwrap().span().text(), "We invite");
    /// ```
    #[must_use]
    pub const fn text(&self) -> &'static str {
        self.run.text
    }

    /// The byte range of the words in the paragraph's
    /// [`text`](Paragraph::text), for slicing a Rust `str`.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let span = para!(13).clauses().next().unwrap().span();
    /// assert_eq!(&span.paragraph().text()[span.range()], span.text());
    /// ```
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.run.range()
    }

    /// The range of the words counted in Unicode code points, as Python and R
    /// index strings.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let span = para!(10).clauses().nth(1).unwrap().span();
    /// let chars: String = para!(10).text().chars().skip(span.char_range().start).take(span.char_range().len()).collect();
    /// assert_eq!(chars, span.text());
    /// ```
    #[must_use]
    pub fn char_range(&self) -> Range<usize> {
        char_range(self.paragraph.text(), self.range())
    }

    /// The range of the words counted in UTF-16 code units, as JavaScript,
    /// Java and .NET index strings.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let span = para!(10).clauses().nth(1).unwrap().span();
    /// let units: Vec<u16> = para!(10).text().encode_utf16().collect();
    /// assert_eq!(String::from_utf16(&units[span.utf16_range()]).unwrap(), span.text());
    /// ```
    #[must_use]
    pub fn utf16_range(&self) -> Range<usize> {
        utf16_range(self.paragraph.text(), self.range())
    }
}

/// One line: `Span { paragraph: 6, range: 431..449, text: "Erasmus+ programme" }`.
impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Span {{ paragraph: {}, range: {:?}, text: {:?} }}",
            self.paragraph.number(),
            self.range(),
            self.text()
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

/// Gives an annotation type that holds `span: Span` the accessors every
/// annotation shares, inherent so that no trait import is needed: `span`,
/// `text`, `paragraph`, `range`, `char_range` and `utf16_range`. `$example` is
/// an expression of that type, for the documentation's examples.
macro_rules! spanned {
    ($type:ident, $what:literal, $example:literal) => {
        /// Where it stands: the accessors every annotation shares.
        impl $type {
            /// Where it stands, as one [`Span`](crate::Span).
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::*;\nlet it = ", $example, ";")]
            #[doc = "assert_eq!((it.span().text(), it.span().range()), (it.text(), it.range()));\n```"]
            #[must_use]
            pub const fn span(&self) -> $crate::Span {
                self.span
            }

            #[doc = concat!("The words, as written: ", $what, ".")]
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::*;\nlet it = ", $example, ";")]
            #[doc = "assert!(it.paragraph().text().contains(it.text()) && !it.text().is_empty());\n```"]
            #[must_use]
            pub const fn text(&self) -> &'static str {
                self.span.text()
            }

            /// The paragraph it stands in.
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::*;\nlet it = ", $example, ";")]
            #[doc = "assert!(declaration().paragraphs().contains(it.paragraph()));\n```"]
            #[must_use]
            pub const fn paragraph(&self) -> &'static $crate::Paragraph {
                self.span.paragraph()
            }

            /// The byte range of the words in the paragraph's text, for slicing a
            /// Rust `str`.
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::*;\nlet it = ", $example, ";")]
            #[doc = "assert_eq!(&it.paragraph().text()[it.range()], it.text());\n```"]
            #[must_use]
            pub const fn range(&self) -> std::ops::Range<usize> {
                self.span.range()
            }

            /// The range of the words counted in Unicode code points (Python, R).
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::*;\nlet it = ", $example, ";")]
            #[doc = "let r = it.char_range();"]
            #[doc = "assert_eq!(it.paragraph().text().chars().skip(r.start).take(r.len()).collect::<String>(), it.text());\n```"]
            #[must_use]
            pub fn char_range(&self) -> std::ops::Range<usize> {
                self.span.char_range()
            }

            /// The range of the words counted in UTF-16 code units (JavaScript).
            ///
            #[doc = concat!("```\nuse asem_seoul_declaration::*;\nlet it = ", $example, ";")]
            #[doc = "let units: Vec<u16> = it.paragraph().text().encode_utf16().collect();"]
            #[doc = "assert_eq!(String::from_utf16(&units[it.utf16_range()]).unwrap(), it.text());\n```"]
            #[must_use]
            pub fn utf16_range(&self) -> std::ops::Range<usize> {
                self.span.utf16_range()
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
