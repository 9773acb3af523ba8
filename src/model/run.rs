//! Words of a text: where they start and the words themselves. The
//! generator (`cargo xtask codegen`) finds every offset from the words, so
//! that none is typed by hand.

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

    /// The run `start..end` of `text`: both on character boundaries within
    /// it, as the ends of the runs of one paragraph always are.
    pub(crate) const fn at(text: &'static str, start: usize, end: usize) -> Run {
        let (_, tail) = text.as_bytes().split_at(start);
        let (words, _) = tail.split_at(end - start);
        match std::str::from_utf8(words) {
            Ok(words) => Run { start, text: words },
            Err(_) => panic!("a run must start and end on character boundaries"),
        }
    }
}

/// `431..439 "Erasmus+"`: the place and the words, on one short line.
impl fmt::Debug for Run {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} {:?}", self.range(), self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_is_its_slice_of_the_text() {
        const SLICE: Run = Run::at("a – b", 2, 5);
        assert_eq!((SLICE.text, SLICE.range()), ("–", 2..5));
        assert_eq!(format!("{SLICE:?}"), "2..5 \"–\"");
    }
}
