//! Where an annotation stands: words of a paragraph, their place in its text,
//! and that place counted in the three units programs index strings by.
//!
//! [`Span`] is the one shape every annotation shares; the [`spanned`] macro
//! gives each annotation type the same five accessors over it, inherent, so
//! that `mention.text()` needs no trait import. [`Run`] is the words alone,
//! located in a text at compile time before they are tied to a paragraph.

use std::fmt;
use std::ops::Range;

use super::paragraph::Paragraph;

/// Words located in a text: where they start, in bytes, and the words
/// themselves (a slice of that text).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Run {
    pub(crate) start: usize,
    pub(crate) text: &'static str,
}

impl Run {
    /// Where the words end, in bytes, exclusive.
    pub(crate) const fn end(self) -> usize {
        self.start + self.text.len()
    }

    pub(crate) const fn range(self) -> Range<usize> {
        self.start..self.end()
    }

    /// The run `start..end` of `text`. Offsets off a character boundary, or past
    /// the end, fail the build.
    pub(crate) const fn at(text: &'static str, start: usize, end: usize) -> Run {
        let (_, tail) = text.as_bytes().split_at(start);
        let (words, _) = tail.split_at(end - start);
        match std::str::from_utf8(words) {
            Ok(words) => Run { start, text: words },
            Err(_) => panic!("a run must start and end on character boundaries"),
        }
    }

    /// The first occurrence of `words` in `text` at or after `from` that ends by
    /// `to`. Words missing from there fail the build: no offset is typed by hand.
    pub(crate) const fn find(text: &'static str, words: &'static str, from: usize, to: usize) -> Run {
        match find_from(text.as_bytes(), words.as_bytes(), from) {
            Some(start) if start + words.len() <= to && !words.is_empty() => Run { start, text: words },
            _ => panic!("an annotation names words that are not where it says"),
        }
    }

    /// Finds each of `words` in `text`, in order, each after the one before.
    pub(crate) const fn locate<const N: usize>(text: &'static str, words: [&'static str; N]) -> [Run; N] {
        let mut runs = [Run { start: 0, text: "" }; N];
        let (mut i, mut from) = (0, 0);
        while i < N {
            runs[i] = Run::find(text, words[i], from, text.len());
            from = runs[i].end();
            i += 1;
        }
        runs
    }

    /// Finds the first occurrence of each of `words` in `text`, each searched
    /// from the start (tags are listed by subject, not in text order).
    pub(crate) const fn locate_each<const N: usize>(
        text: &'static str,
        words: [&'static str; N],
    ) -> [Run; N] {
        let mut runs = [Run { start: 0, text: "" }; N];
        let mut i = 0;
        while i < N {
            runs[i] = Run::find(text, words[i], 0, text.len());
            i += 1;
        }
        runs
    }
}

/// `431..439 "Erasmus+"`: the place and the words, on one short line.
impl fmt::Debug for Run {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} {:?}", self.range(), self.text)
    }
}

/// The first occurrence of `needle` at or after `from`. Compile-time evaluation
/// is slow, so the first byte is tested before the rest is compared.
const fn find_from(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while !needle.is_empty() && at + needle.len() <= haystack.len() {
        if haystack[at] == needle[0] && starts_with(haystack, needle, at) {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// Whether `needle` stands in `haystack` at `at`.
pub(crate) const fn starts_with(haystack: &[u8], needle: &[u8], at: usize) -> bool {
    if at + needle.len() > haystack.len() {
        return false;
    }
    let mut i = 0;
    while i < needle.len() {
        if haystack[at + i] != needle[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Where an annotation stands: words of a paragraph, and their place in its
/// text.
///
/// Every annotation ([`Mention`](crate::Mention), [`Clause`](crate::Clause),
/// [`Sentence`](crate::Sentence), [`Commitment`](crate::Commitment),
/// [`Evidence`](crate::Evidence), [`FootnoteRef`](crate::FootnoteRef),
/// [`Hit`](crate::Hit)) has one, and the same accessors over it: `text`,
/// `paragraph`, and the place in the three units programs index strings by,
/// `range` in bytes (Rust), `char_range` in Unicode code points (Python, R, the
/// W3C Web Annotation `TextPositionSelector`) and `utf16_range` in UTF-16 code
/// units (JavaScript, Java, .NET).
///
/// ```
/// use asem_seoul_declaration::{declaration, Concept};
///
/// let ict = declaration().mentions_of(Concept::Ict).nth(1).unwrap().span();
/// assert_eq!(ict.text(), "Information and Communication Technologies");
/// assert_eq!(ict.paragraph().number(), 10);
/// // The en dash before it is 3 bytes, 1 code point and 1 UTF-16 unit.
/// assert_eq!((ict.range().start, ict.char_range().start, ict.utf16_range().start), (46, 44, 44));
/// assert_eq!(format!("{ict:?}"), r#"Span { paragraph: 10, range: 46..88, text: "Information and Communication Technologies" }"#);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    paragraph: &'static Paragraph,
    run: Run,
}

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

    #[test]
    fn runs_are_located_in_order_or_each_from_the_start() {
        const RUNS: [Run; 3] = Run::locate("a b a b a", ["a", "b", "a"]);
        const EACH: [Run; 2] = Run::locate_each("x y x", ["y", "x"]);
        const WITHIN: Run = Run::find("a b a b", "a", 1, 7);
        const SLICE: Run = Run::at("a – b", 2, 5);
        let starts: Vec<usize> = RUNS.iter().map(|s| s.start).collect();
        assert_eq!(starts, [0, 2, 4]);
        assert_eq!((EACH[0].start, EACH[1].start), (2, 0));
        assert_eq!((WITHIN.start, WITHIN.end()), (4, 5));
        assert_eq!(SLICE.text, "–");
        assert_eq!(format!("{SLICE:?}"), "2..5 \"–\"");
    }
}
