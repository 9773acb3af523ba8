//! How strongly a clause commits the ministers, the verbs that say it, and the
//! grammatical form a clause opens with.

use super::vocabulary::vocabulary;

vocabulary! {
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
    pub enum Stance ("stance") {
        /// A view stated or a fact recorded.
        Acknowledgement => "Acknowledgement", "acknowledgement";
        /// A call on others to act.
        Call => "Call", "call";
        /// A commitment of the ministers' own action.
        Pledge => "Pledge", "pledge";
    }
}

vocabulary! {
    /// Why a clause of the ministers gives no commitment: the first of the
    /// codebook's exclusion rules that applies. A reader who disputes an
    /// exclusion disputes the rule named.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Exclusion, Spanned};
    /// let adopt = declaration().clauses().find(|c| c.text() == "we adopt").unwrap();
    /// assert_eq!(adopt.exclusion(), Some(Exclusion::PastOrPresent));
    /// ```
    pub enum Exclusion ("exclusion") {
        /// X1: it records or endorses past or present action or a fact: adopting this declaration, gathering, thanking, welcoming something done, being pleased, reaffirming what was.
        PastOrPresent => "Past or present action", "past-or-present";
        /// X2: it states a belief, a recognition, an understanding, the importance of something, or a need that others act, without the ministers undertaking to act.
        View => "A view", "view";
        /// X3: it calls for action but names no party who is to act and does not say the ministers will.
        NoParty => "No party named", "no-party";
        /// X4: it agrees with, supports or looks forward to a vision, a text or its effect, naming no action.
        Endorsement => "Endorsement of a text", "endorsement";
    }
}

vocabulary! {
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
    pub enum ClauseForm ("form", "clause form") {
        /// A finite main verb with the ministers as subject: "we declare".
        Main => "Main verb", "main";
        /// A participial opening: "Recognising", "Taking note", "Concerned with".
        Participial => "Participial opening", "participial";
    }
}

vocabulary! {
    /// The verb a clause turns on, as a dictionary form; [`Verb::stance`] grades it.
    ///
    /// ```
    /// use asem_seoul_declaration::{Stance, Verb};
    /// let verb: Verb = "take-note".parse()?;
    /// assert_eq!((verb.to_string().as_str(), verb.stance()), ("take note", Stance::Acknowledgement));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub enum Verb ("verb") {
        /// "we declare".
        Declare => "declare", "declare";
        /// "we adopt".
        Adopt => "adopt", "adopt";
        /// "we agree".
        Agree => "agree", "agree";
        /// "we intend".
        Intend => "intend", "intend";
        /// "we are ready".
        BeReady => "be ready", "be-ready";
        /// "we will strive".
        Strive => "strive", "strive";
        /// "we also envision".
        Envision => "envision", "envision";
        /// "we need to work toward".
        Need => "need to work", "need";
        /// "express willingness", "expressing the willingness".
        ExpressWillingness => "express willingness", "express-willingness";
        /// "we urge".
        Urge => "urge", "urge";
        /// "we invite".
        Invite => "invite", "invite";
        /// "we encourage", "we strongly encourage", "while encouraging".
        Encourage => "encourage", "encourage";
        /// "we recognise", "Recognising".
        Recognise => "recognise", "recognise";
        /// "we reaffirm".
        Reaffirm => "reaffirm", "reaffirm";
        /// "we acknowledge".
        Acknowledge => "acknowledge", "acknowledge";
        /// "we believe".
        Believe => "believe", "believe";
        /// "we welcome".
        Welcome => "welcome", "welcome";
        /// "take note", "Taking note".
        TakeNote => "take note", "take-note";
        /// "we underscore".
        Underscore => "underscore", "underscore";
        /// "emphasise".
        Emphasise => "emphasise", "emphasise";
        /// "we look forward".
        LookForward => "look forward", "look-forward";
        /// "we are pleased".
        BePleased => "be pleased", "be-pleased";
        /// "we thank".
        Thank => "thank", "thank";
        /// "we understand".
        Understand => "understand", "understand";
        /// "Concerned with".
        BeConcerned => "be concerned", "be-concerned";
        /// "have gathered".
        Gather => "gather", "gather";
        /// "we have also jointly responded".
        Respond => "respond", "respond";
        /// "reflecting on".
        Reflect => "reflect", "reflect";
        /// "contemplating upon".
        Contemplate => "contemplate", "contemplate";
        /// "while exploring and streamlining".
        Explore => "explore and streamline", "explore";
        /// "Building on".
        BuildOn => "build on", "build-on";
    }
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
        use Verb as V;
        match self {
            V::Declare
            | V::Adopt
            | V::Agree
            | V::Intend
            | V::BeReady
            | V::Strive
            | V::Envision
            | V::Need
            | V::ExpressWillingness => Stance::Pledge,
            V::Urge | V::Invite | V::Encourage | V::Welcome => Stance::Call,
            V::Recognise
            | V::Reaffirm
            | V::Acknowledge
            | V::Believe
            | V::TakeNote
            | V::Underscore
            | V::Emphasise
            | V::LookForward
            | V::BePleased
            | V::Thank
            | V::Understand
            | V::BeConcerned
            | V::Gather
            | V::Respond
            | V::Reflect
            | V::Contemplate
            | V::Explore
            | V::BuildOn => Stance::Acknowledgement,
        }
    }
}
