//! Anaphors and their antecedents: what each refers to.

use std::fmt;

use super::anaphor_kind::AnaphorKind;
use super::records::{Anaphor, Antecedent, Span};
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
