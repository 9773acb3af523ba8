//! Words located in a text at compile time, before they are tied to a
//! paragraph: the one place where offsets are found, so that none is typed by
//! hand.

use std::fmt;
use std::ops::Range;

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
    pub(crate) const fn find(
        text: &'static str,
        words: &'static str,
        from: usize,
        to: usize,
    ) -> Run {
        match find_from(text.as_bytes(), words.as_bytes(), from) {
            Some(start) if start + words.len() <= to && !words.is_empty() => {
                Run { start, text: words }
            }
            _ => panic!("an annotation names words that are not where it says"),
        }
    }

    /// Finds each of `words` in `text`, in order, each after the one before;
    /// empty words stand for the same words as the one before, for words
    /// that name several things (a range of meetings).
    pub(crate) const fn locate<const N: usize>(
        text: &'static str,
        words: [&'static str; N],
    ) -> [Run; N] {
        let mut runs = [Run { start: 0, text: "" }; N];
        let (mut i, mut from) = (0, 0);
        while i < N {
            runs[i] = if words[i].is_empty() && i > 0 {
                runs[i - 1]
            } else {
                Run::find(text, words[i], from, text.len())
            };
            from = runs[i].end();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_located_in_order() {
        const RUNS: [Run; 3] = Run::locate("a b a b a", ["a", "b", "a"]);
        const WITHIN: Run = Run::find("a b a b", "a", 1, 7);
        const SLICE: Run = Run::at("a – b", 2, 5);
        let starts: Vec<usize> = RUNS.iter().map(|s| s.start).collect();
        assert_eq!(starts, [0, 2, 4]);
        assert_eq!((WITHIN.start, WITHIN.end()), (4, 5));
        assert_eq!(SLICE.text, "–");
        assert_eq!(format!("{SLICE:?}"), "2..5 \"–\"");
    }

    // At run time, so that a wrong guard shows as a test failure rather than
    // as a build that fails for another reason.
    #[test]
    #[should_panic(expected = "not where it says")]
    fn words_that_end_past_the_limit_are_not_found() {
        let _ = Run::find(std::hint::black_box("a b c"), "c", 0, 4);
    }

    #[test]
    #[should_panic(expected = "not where it says")]
    fn empty_words_are_not_found() {
        let _ = Run::find(std::hint::black_box("a b c"), "", 0, 5);
    }

    #[test]
    fn a_search_past_the_last_place_finds_nothing() {
        let text = std::hint::black_box(b"a b c".as_slice());
        assert_eq!(find_from(text, b"x", 0), None);
        assert_eq!(find_from(text, b"c", 5), None);
        assert_eq!(find_from(text, b"b c", 1), Some(2));
    }
}
