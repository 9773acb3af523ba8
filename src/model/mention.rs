//! A name in a paragraph and what it refers to.

use std::fmt;

use super::records::Mention;
use super::referent::Referent;
use super::span::Spanned;
use super::span::spanned;

impl Mention {
    /// What the name refers to.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Place, Referent};
    /// let first = para!(3).mentions().nth(1).unwrap();
    /// assert_eq!(first.referent(), Referent::Place(Place::Asia));
    /// ```
    #[must_use]
    pub const fn referent(&self) -> Referent {
        self.referent
    }
}

spanned!(Mention);

/// One line: `Mention { paragraph: 6, range: 518..522, text: "ASEF", referent: entity:asef }`.
impl fmt::Debug for Mention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Mention {{ paragraph: {}, range: {:?}, text: {:?}, referent: {} }}",
            self.paragraph().number(),
            self.range(),
            self.text(),
            self.referent.id()
        )
    }
}
