//! How an anaphor refers back.

use super::vocabulary::vocabulary;

vocabulary! {
    /// How an anaphor refers back.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, AnaphorKind};
    /// let discourse = declaration().anaphors().filter(|a| a.kind() == AnaphorKind::Discourse).count();
    /// assert!(discourse > 0);
    /// ```
    pub enum AnaphorKind ("anaphor-kind", "anaphor kind") {
        /// A pronoun or a pronominal phrase: "it", "they", "their", "them".
        Pronoun => "Pronoun", "pronoun";
        /// A definite description that points back: "this goal", "the agreed ASEM initiatives".
        Description => "Description", "description";
        /// A connective or phrase that takes a whole earlier statement: "In this regard", "Against this backdrop", "these respective fields".
        Discourse => "Discourse anaphor", "discourse";
        /// An apposition that restates an earlier item in other words: "an issue at the very top of ASEM's agenda".
        Apposition => "Apposition", "apposition";
    }
}
