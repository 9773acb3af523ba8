//! Anaphors: words that refer back to others, and the words they refer to.

use std::fmt;

use super::records::{Anaphor, Paragraph, Span};
use super::run::Run;
use super::span::Spanned;
use super::span::spanned;

impl Anaphor {
    /// The words the anaphor refers to, in its paragraph or another.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let they = para!(9).anaphors().find(|a| a.text() == "they").unwrap();
    /// assert!(they.antecedent().text().starts_with("lifelong learning programmes"));
    /// ```
    #[must_use]
    pub const fn antecedent(&self) -> Span {
        self.antecedent
    }

    /// An anaphor of `paragraph` at compile time: `words` found at or after
    /// `from` in `text`, referring to `antecedent` found in `host`, the text
    /// of `antecedent_paragraph`.
    pub(crate) const fn attach(
        paragraph: &'static Paragraph,
        text: &'static str,
        words: &'static str,
        from: &'static str,
        antecedent_paragraph: &'static Paragraph,
        host: &'static str,
        antecedent: &'static str,
    ) -> Anaphor {
        // The anaphor is the first `words` within the first `from`, so that a
        // common word ("they") is pinned to its place.
        let around = Run::find(text, from, 0, text.len());
        Anaphor {
            span: Span::new(
                paragraph,
                Run::find(text, words, around.start, around.end()),
            ),
            antecedent: Span::new(
                antecedent_paragraph,
                Run::find(host, antecedent, 0, host.len()),
            ),
        }
    }
}

spanned!(Anaphor);

/// One line: `Anaphor { paragraph: 10, range: ..., text: "this issue", antecedent: ... }`.
impl fmt::Debug for Anaphor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Anaphor {{ paragraph: {}, range: {:?}, text: {:?}, antecedent: {:?} }}",
            self.paragraph().number(),
            self.range(),
            self.text(),
            self.antecedent
        )
    }
}
