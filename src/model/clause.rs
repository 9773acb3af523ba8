//! Clauses led by the ministers' own verbs, each with the words its verb
//! governs.

use std::fmt;

use super::records::{Clause, Sentence, Span};
use super::referent::Entity;
use super::run::Run;
use super::span::Spanned;
use super::span::spanned;
use super::stance::{ClauseForm, Exclusion, Stance, Verb};
use super::vocabulary::Vocabulary;

impl Clause {
    /// The verb, as a dictionary form.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Verb, Spanned};
    /// let c = declaration().clauses().find(|c| c.text() == "We also urge").unwrap();
    /// assert_eq!(c.verb(), Verb::Urge);
    /// ```
    #[must_use]
    pub const fn verb(&self) -> Verb {
        self.verb
    }

    /// How strongly the clause commits the ministers.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Stance};
    /// assert_eq!(para!(5).clauses().last().unwrap().stance(), Stance::Pledge);
    /// ```
    #[must_use]
    pub const fn stance(&self) -> Stance {
        self.verb.stance()
    }

    /// Whether the clause opens with a main verb or a participle.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, ClauseForm, Spanned};
    /// let first = para!(10).clauses().next().unwrap();
    /// assert_eq!((first.text(), first.form()), ("Taking note", ClauseForm::Participial));
    /// ```
    #[must_use]
    pub const fn form(&self) -> ClauseForm {
        self.form
    }

    /// Those the clause is addressed to, where the text names them (calls only).
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Entity};
    /// assert_eq!(para!(13).clauses().next().unwrap().addressees(), [Entity::AsemEducationSecretariat]);
    /// ```
    #[must_use]
    pub const fn addressees(&self) -> &'static [Entity] {
        self.addressees
    }

    /// The words the verb governs: from after the verb phrase to the end of the
    /// sentence, or to where the ministers' next clause in that sentence begins,
    /// without the words that join the two (", and", ", while", ", as well
    /// as") and without the sentence's closing mark. Never empty.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let scopes: Vec<&str> = para!(6).clauses().map(|c| c.scope().text()).collect();
    /// assert_eq!(scopes[0], "that individuals can pursue personal development through people-to-people exchange");
    /// assert!(scopes[1].starts_with("of the value of the ASEM-DUO Fellowship Programme"));
    /// ```
    #[must_use]
    pub const fn scope(&self) -> Span {
        Span::new(self.span.paragraph, self.scope)
    }

    /// The verb phrase and its scope together, as one run of the text.
    ///
    /// ```
    /// use asem_seoul_declaration::{para, Spanned};
    /// let adopt = para!(5).clauses().last().unwrap();
    /// assert_eq!(adopt.extent().text(), "we adopt this Declaration");
    /// ```
    #[must_use]
    pub fn extent(&self) -> Span {
        let paragraph = self.span.paragraph;
        Span::new(
            paragraph,
            Run::at(paragraph.text(), self.span.range().start, self.scope.end()),
        )
    }

    /// Why the clause gives no commitment, by the codebook's exclusion rules;
    /// `None` for a clause that gives one or more
    /// ([`Declaration::candidates`](crate::Declaration::candidates) lists the
    /// others).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Exclusion, Spanned};
    /// let d = declaration();
    /// let believe = d.clauses().find(|c| c.text() == "We believe").unwrap();
    /// assert_eq!(believe.exclusion(), Some(Exclusion::View));
    /// let invite = d.clauses().find(|c| c.text() == "We invite").unwrap();
    /// assert_eq!(invite.exclusion(), None);
    /// ```
    #[must_use]
    pub const fn exclusion(&self) -> Option<Exclusion> {
        self.exclusion
    }

    /// The sentence the clause stands in.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let urge = para!(10).clauses().nth(3).unwrap();
    /// assert_eq!(urge.sentence().number(), 3);
    /// ```
    #[must_use]
    pub fn sentence(&self) -> &'static Sentence {
        &self.span.paragraph.sentences[usize::from(self.sentence) - 1]
    }
}

spanned!(Clause);

/// One line, the addressees left out: `Clause { paragraph: 13, range: 0..9, text:
/// "We invite", verb: invite, form: main, stance: call }`.
impl fmt::Debug for Clause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Clause {{ paragraph: {}, range: {:?}, text: {:?}, verb: {}, form: {}, stance: {} }}",
            self.paragraph().number(),
            self.range(),
            self.text(),
            self.verb.slug(),
            self.form.slug(),
            self.stance().slug()
        )
    }
}
