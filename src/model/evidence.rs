//! The words that justify a tag.

use std::fmt;

use super::records::Evidence;
use super::span::Spanned;
use super::span::spanned;
use super::tag::Tag;

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
