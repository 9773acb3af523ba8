//! The words that justify a tag.

use std::fmt;

use super::records::{Evidence, Paragraph, Span};
use super::run::Run;
use super::span::Spanned;
use super::span::spanned;
use super::tag::{Tag, Theme};

impl Evidence {
    /// The tag the words justify.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Instrument, Tag, Spanned};
    /// let e = para!(6).evidence_for(Instrument::ErasmusPlus).unwrap();
    /// assert_eq!((e.tag(), e.text()), (Tag::Instrument(Instrument::ErasmusPlus), "Erasmus+ programme"));
    /// ```
    #[must_use]
    pub const fn tag(&self) -> Tag {
        self.tag
    }

    /// Ties located words to their tags, at compile time.
    pub(crate) const fn attach<const N: usize>(
        paragraph: &'static Paragraph,
        runs: [Run; N],
        tags: [Tag; N],
    ) -> [Evidence; N] {
        let mut found = [Evidence {
            span: Span::new(paragraph, Run { start: 0, text: "" }),
            tag: Tag::Theme(Theme::Mobility),
        }; N];
        let mut i = 0;
        while i < N {
            found[i] = Evidence {
                span: Span::new(paragraph, runs[i]),
                tag: tags[i],
            };
            i += 1;
        }
        found
    }
}

spanned!(Evidence);

/// One line: `Evidence { tag: theme:mobility, paragraph: 4, range: 383..399, text: "promote mobility" }`.
impl fmt::Debug for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Evidence {{ tag: {}, paragraph: {}, range: {:?}, text: {:?} }}",
            self.tag,
            self.paragraph().number(),
            self.range(),
            self.text()
        )
    }
}
