//! Anaphors and their antecedents: what each refers to, and how they are
//! located.

use std::fmt;

use super::anaphor_kind::AnaphorKind;
use super::records::{Anaphor, Antecedent, Paragraph, Span};
use super::run::Run;
use super::section::Section;
use super::span::Spanned;
use super::span::spanned;

impl Antecedent {
    /// The words referred to: the paragraph's words, or the heading's.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let they = para!(9).anaphors().find(|a| a.text() == "they").unwrap();
    /// assert!(they.antecedent().text().starts_with("lifelong learning programmes"));
    /// ```
    #[must_use]
    pub fn text(self) -> &'static str {
        match self {
            Antecedent::Words(span) => span.text(),
            Antecedent::Heading(section) => section.into(),
        }
    }

    /// The paragraph's words, where the antecedent is words of a paragraph.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let goal = para!(15).anaphors().find(|a| a.text() == "this goal").unwrap();
    /// assert_eq!(goal.antecedent().words().unwrap().paragraph().number(), 14);
    /// ```
    #[must_use]
    pub const fn words(self) -> Option<Span> {
        match self {
            Antecedent::Words(span) => Some(span),
            Antecedent::Heading(_) => None,
        }
    }

    /// The heading, where the antecedent is a heading.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Section, Spanned};
    /// let vision = para!(12).anaphors().find(|a| a.text() == "our common vision").unwrap();
    /// assert_eq!(vision.antecedent().heading(), Some(Section::Vision));
    /// ```
    #[must_use]
    pub const fn heading(self) -> Option<Section> {
        match self {
            Antecedent::Heading(section) => Some(section),
            Antecedent::Words(_) => None,
        }
    }

    /// `antecedent`, the first place of those words in `host`, the text of
    /// `paragraph`, at compile time.
    pub(crate) const fn words_in(
        paragraph: &'static Paragraph,
        host: &'static str,
        antecedent: &'static str,
    ) -> Antecedent {
        Antecedent::Words(Span::new(
            paragraph,
            Run::find(host, antecedent, 0, host.len()),
        ))
    }
}

impl Anaphor {
    /// How it refers back.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, AnaphorKind, Spanned};
    /// let regard = para!(8).anaphors().find(|a| a.kind() == AnaphorKind::Discourse).unwrap();
    /// assert_eq!(regard.text(), "In this regard");
    /// ```
    #[must_use]
    pub const fn kind(&self) -> AnaphorKind {
        self.kind
    }

    /// What it refers to: words of its paragraph or another, or a heading.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let they = para!(9).anaphors().find(|a| a.text() == "they").unwrap();
    /// assert!(they.antecedent().text().starts_with("lifelong learning programmes"));
    /// ```
    #[must_use]
    pub const fn antecedent(&self) -> Antecedent {
        self.antecedent
    }

    /// An anaphor of `paragraph` at compile time: `words` found within the
    /// first `from` in `text`, so that a common word ("they") is pinned to
    /// its place.
    pub(crate) const fn attach(
        paragraph: &'static Paragraph,
        text: &'static str,
        words: &'static str,
        from: &'static str,
        kind: AnaphorKind,
        antecedent: Antecedent,
    ) -> Anaphor {
        let around = Run::find(text, from, 0, text.len());
        Anaphor {
            span: Span::new(
                paragraph,
                Run::find(text, words, around.start, around.end()),
            ),
            kind,
            antecedent,
        }
    }
}

spanned!(Anaphor);

/// One line: `Anaphor { paragraph: 10, range: ..., text: "this issue", kind: description, antecedent: ... }`.
impl fmt::Debug for Anaphor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Anaphor {{ paragraph: {}, range: {:?}, text: {:?}, kind: {}, antecedent: {:?} }}",
            self.paragraph().number(),
            self.range(),
            self.text(),
            super::vocabulary::Vocabulary::slug(self.kind),
            self.antecedent
        )
    }
}
