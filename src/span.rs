//! Where an annotation stands: a run of words in one paragraph.

use std::ops::Range;

use crate::{data, Paragraph};

/// A run of a paragraph's text that an annotation ([`Mention`](crate::Mention),
/// [`Clause`](crate::Clause)) points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub(crate) struct Span {
    pub(crate) paragraph: u8,
    pub(crate) start: usize,
    pub(crate) text: &'static str,
}

impl Span {
    /// Finds each `(text, nth)` of paragraph `paragraph`, in order: the `nth` (from
    /// 0) occurrence of `text` after the previous span. This runs at compile time,
    /// so no offset is typed by hand and a phrase missing from the paragraph fails
    /// the build; each search resumes where the previous span ended.
    pub(crate) const fn locate<const N: usize>(
        paragraph: u8,
        text: &str,
        specs: [(&'static str, usize); N],
    ) -> [Span; N] {
        let mut spans = [Span {
            paragraph,
            start: 0,
            text: "",
        }; N];
        let (mut i, mut from) = (0, 0);
        while i < N {
            let (words, nth) = specs[i];
            let start = data::nth_occurrence(text, words, nth, from);
            spans[i] = Span {
                paragraph,
                start,
                text: words,
            };
            from = start + words.len();
            i += 1;
        }
        spans
    }

    pub(crate) fn paragraph(self) -> &'static Paragraph {
        data::paragraph(self.paragraph)
    }

    pub(crate) const fn range(self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }
}
