//! A name in a paragraph and what it refers to.

use std::fmt;

use super::records::{Mention, Paragraph, Span};
use super::referent::Referent;
use super::run::Run;
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

    /// Ties located names to what they refer to, at compile time.
    pub(crate) const fn attach<const N: usize>(
        paragraph: &'static Paragraph,
        runs: [Run; N],
        referents: [Referent; N],
    ) -> [Mention; N] {
        let mut found = [Mention {
            span: Span::new(paragraph, Run { start: 0, text: "" }),
            referent: Referent::Declaration,
        }; N];
        let mut i = 0;
        while i < N {
            found[i] = Mention {
                span: Span::new(paragraph, runs[i]),
                referent: referents[i],
            };
            i += 1;
        }
        found
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
