//! The sentences of a paragraph.

use std::fmt;

use super::records::Sentence;
use super::span::Spanned;
use super::span::spanned;

impl Sentence {
    /// The sentence's place in its paragraph, from 1.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let numbers: Vec<u8> = para!(4).sentences().map(|s| s.number()).collect();
    /// assert_eq!(numbers, [1, 2, 3]);
    /// ```
    #[must_use]
    pub const fn number(&self) -> u8 {
        self.number
    }
}

spanned!(Sentence);

/// One line: `Sentence { paragraph: 10, number: 3, range: ..., text: "..." }`.
impl fmt::Debug for Sentence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Sentence {{ paragraph: {}, number: {}, range: {:?}, text: {:?} }}",
            self.paragraph().number(),
            self.number,
            self.range(),
            self.text()
        )
    }
}
