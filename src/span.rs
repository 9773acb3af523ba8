//! Where an annotation stands: a run of words in a paragraph's text, located at
//! compile time, and its offsets in the three units programs index strings by.

use std::ops::Range;

/// A run of a text that an annotation ([`Mention`](crate::Mention),
/// [`Clause`](crate::Clause), [`Evidence`](crate::Evidence), a footnote's anchor,
/// an emphasis) points at: where it starts, in bytes, and the words themselves.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Span {
    pub(crate) start: usize,
    pub(crate) text: &'static str,
}

impl Span {
    /// The byte range in the text the span was located in.
    pub(crate) const fn range(self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    /// Finds each `(words, nth)` in `text`, in order: the `nth` (from 0) occurrence
    /// of `words` after the previous span. This runs at compile time, so no offset
    /// is typed by hand and words missing from the text fail the build; each search
    /// resumes where the previous span ended.
    pub(crate) const fn locate<const N: usize>(
        text: &str,
        specs: [(&'static str, usize); N],
    ) -> [Span; N] {
        let mut spans = [Span { start: 0, text: "" }; N];
        let (mut i, mut from) = (0, 0);
        while i < N {
            let (words, nth) = specs[i];
            let start = nth_occurrence(text, words, nth, from);
            spans[i] = Span { start, text: words };
            from = start + words.len();
            i += 1;
        }
        spans
    }

    /// Finds the first occurrence of each of `phrases` in `text`, each searched
    /// from the start (tag evidence is listed by tag, not in text order).
    pub(crate) const fn locate_each<const N: usize>(
        text: &str,
        phrases: [&'static str; N],
    ) -> [Span; N] {
        let mut spans = [Span { start: 0, text: "" }; N];
        let mut i = 0;
        while i < N {
            spans[i] = Span {
                start: nth_occurrence(text, phrases[i], 0, 0),
                text: phrases[i],
            };
            i += 1;
        }
        spans
    }
}

/// `Span { 431..439 "Erasmus+" }`: the place and the words, on one short line.
impl std::fmt::Debug for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} {:?}", self.range(), self.text)
    }
}

/// The same run of `host` counted in Unicode scalar values (code points), as
/// Python, R and the W3C Web Annotation `TextPositionSelector` count.
pub(crate) fn char_range(host: &str, bytes: Range<usize>) -> Range<usize> {
    let start = host[..bytes.start].chars().count();
    start..start + host[bytes].chars().count()
}

/// The same run of `host` counted in UTF-16 code units, as JavaScript, Java and
/// .NET count.
pub(crate) fn utf16_range(host: &str, bytes: Range<usize>) -> Range<usize> {
    let units = |s: &str| s.chars().map(char::len_utf16).sum::<usize>();
    let start = units(&host[..bytes.start]);
    start..start + units(&host[bytes])
}

/// The byte offset of the `nth` (from 0) occurrence of `needle` in `text` at or
/// after `from`.
pub(crate) const fn nth_occurrence(text: &str, needle: &str, nth: usize, mut from: usize) -> usize {
    let mut seen = 0;
    while let Some(at) = find_from(text.as_bytes(), needle.as_bytes(), from) {
        if seen == nth {
            return at;
        }
        seen += 1;
        from = at + 1;
    }
    panic!("an annotation names words that are not in its text")
}

/// The first occurrence of `needle` at or after `from`. Compile-time evaluation
/// is slow, so the first byte is tested here before a call compares the rest.
const fn find_from(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while at + needle.len() <= haystack.len() {
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
    fn locate_resumes_after_the_previous_span() {
        const SPANS: [Span; 3] = Span::locate("a b a b a", [("a", 0), ("b", 1), ("a", 0)]);
        const EACH: [Span; 2] = Span::locate_each("x y x", ["y", "x"]);
        let starts: Vec<usize> = SPANS.iter().map(|s| s.start).collect();
        assert_eq!(starts, [0, 6, 8]);
        assert_eq!((EACH[0].start, EACH[1].start), (2, 0));
    }
}
