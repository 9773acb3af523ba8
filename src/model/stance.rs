//! How strongly a clause commits the ministers, the verbs that say it, and the
//! grammatical form a clause opens with.

use super::vocabularies::{
    exclusion_variants, form_variants, stance_variants, verb_stances, verb_variants,
};

stance_variants! {
    /// How strongly a clause commits the ministers, weakest first.
    ///
    /// Three grades, ordered by who must act and whether anyone must act at all:
    ///
    /// - [`Stance::Pledge`], the strongest: the ministers commit themselves to act
    ///   (declare, will, agree, adopt, intend, are ready, will strive, envision,
    ///   need to work, express willingness). The actor is the signatory, so the
    ///   statement can be held against them.
    /// - [`Stance::Call`]: the ministers ask others to act (urge, invite,
    ///   encourage, encouraging). Action is wanted, but it rests with the addressee.
    /// - [`Stance::Acknowledgement`], the weakest: the ministers state a view or
    ///   record a fact (recognise, reaffirm, acknowledge, believe, welcome, take
    ///   note, underscore, emphasise, look forward, are pleased, thank, understand,
    ///   are concerned, have gathered, have responded, exploring, reflect,
    ///   contemplate, building on). No one is asked to act.
    ///
    /// ```
    /// use asem_seoul_declaration::Stance;
    /// assert!(Stance::Pledge > Stance::Call && Stance::Call > Stance::Acknowledgement);
    /// ```
    pub enum Stance ("stance")
}

exclusion_variants! {
    /// Why a clause of the ministers gives no commitment: the first of the
    /// codebook's exclusion rules that applies. A reader who disputes an
    /// exclusion disputes the rule named.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Exclusion, Spanned};
    /// let adopt = declaration().clauses().find(|c| c.text() == "we adopt").unwrap();
    /// assert_eq!(adopt.exclusion(), Some(Exclusion::PastOrPresent));
    /// ```
    pub enum Exclusion ("exclusion")
}

form_variants! {
    /// The grammatical form a clause opens with.
    ///
    /// As the United Nations' drafting convention keeps preambular clauses
    /// (participles: "Recognising", "Taking note") apart from operative ones (main
    /// verbs: "we declare"), the form is kept apart from the verb.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, ClauseForm};
    /// let participial = declaration().clauses().filter(|c| c.form() == ClauseForm::Participial).count();
    /// assert!(participial >= 5);
    /// ```
    pub enum ClauseForm ("form", "clause form")
}

verb_variants! {
    /// The verb a clause turns on, as a dictionary form; [`Verb::stance`] grades it.
    ///
    /// ```
    /// use asem_seoul_declaration::{Stance, Verb};
    /// let verb: Verb = "take-note".parse()?;
    /// assert_eq!((verb.to_string().as_str(), verb.stance()), ("take note", Stance::Acknowledgement));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub enum Verb ("verb")
}

impl Verb {
    /// How strongly the verb commits the ministers; see [`Stance`] for the grades.
    ///
    /// ```
    /// use asem_seoul_declaration::{Stance, Verb};
    /// assert_eq!(Verb::Urge.stance(), Stance::Call);
    /// ```
    #[must_use]
    pub const fn stance(self) -> Stance {
        stance_of(self)
    }
}

verb_stances!();
