//! What the ministers say they do, graded by how strongly they commit.

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

use crate::span::{self, Span};
use crate::vocabulary::vocabulary;
use crate::{data, Declaration, Entity, Paragraph, Theme};

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
    #[non_exhaustive]
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
            V::Urge | V::Invite | V::Encourage => Stance::Call,
            V::Recognise
            | V::Reaffirm
            | V::Acknowledge
            | V::Believe
            | V::Welcome
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

/// What the data says of a clause besides where it stands: verb, form, addressees.
pub(crate) type ClauseSpec = (Verb, ClauseForm, &'static [Entity]);

/// A clause led by the ministers' own verb.
///
/// ```
/// use asem_seoul_declaration::{declaration, ClauseForm, Entity, Stance};
///
/// let urge = declaration().clauses().find(|c| c.text() == "We also urge").unwrap();
/// assert_eq!(urge.paragraph().number(), 10);
/// assert_eq!(urge.stance(), Stance::Call);
/// assert_eq!(urge.form(), ClauseForm::Main);
/// assert_eq!(urge.addressees(), [Entity::AsemPartners]);
/// assert_eq!(
///     format!("{urge:?}"),
///     r#"Clause { paragraph: 10, range: 547..559, text: "We also urge", verb: urge, form: main, stance: call }"#
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Clause {
    pub(crate) paragraph: u8,
    pub(crate) span: Span,
    pub(crate) verb: Verb,
    pub(crate) form: ClauseForm,
    pub(crate) addressees: &'static [Entity],
}

impl Clause {
    /// Joins located spans with what the data says of each clause, at compile time.
    pub(crate) const fn attach<const N: usize>(
        paragraph: u8,
        spans: [Span; N],
        specs: [ClauseSpec; N],
    ) -> [Clause; N] {
        let mut found = [Clause {
            paragraph,
            span: Span { start: 0, text: "" },
            verb: Verb::Declare,
            form: ClauseForm::Main,
            addressees: &[],
        }; N];
        let mut i = 0;
        while i < N {
            let (verb, form, addressees) = specs[i];
            found[i] = Clause {
                paragraph,
                span: spans[i],
                verb,
                form,
                addressees,
            };
            i += 1;
        }
        found
    }

    /// The paragraph the clause stands in.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let agree = declaration().clauses().find(|c| c.text() == "we agree").unwrap();
    /// assert_eq!(agree.paragraph().number(), 15);
    /// ```
    #[must_use]
    pub fn paragraph(&self) -> &'static Paragraph {
        data::paragraph(self.paragraph)
    }

    /// The verb phrase as written: "we declare", "We also urge", "Taking note".
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let texts: Vec<&str> = declaration().paragraph(14)?.clauses().iter().map(|c| c.text()).collect();
    /// assert_eq!(texts, ["We look forward", "We also acknowledge"]);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub const fn text(&self) -> &'static str {
        self.span.text
    }

    /// The byte range of the verb phrase in the paragraph's [`text`](Paragraph::text).
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let c = declaration().paragraph(13)?.clauses()[0];
    /// assert_eq!(&c.paragraph().text()[c.range()], "We invite");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.span.range()
    }

    /// The range of the verb phrase counted in Unicode code points (Python, R).
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let urge = declaration().clauses().find(|c| c.text() == "We also urge").unwrap();
    /// assert_eq!(urge.char_range(), 535..547);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn char_range(&self) -> Range<usize> {
        span::char_range(self.paragraph().text(), self.range())
    }

    /// The range of the verb phrase counted in UTF-16 code units (JavaScript).
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let urge = declaration().clauses().find(|c| c.text() == "We also urge").unwrap();
    /// assert_eq!(urge.utf16_range(), 535..547);
    /// ```
    #[must_use]
    pub fn utf16_range(&self) -> Range<usize> {
        span::utf16_range(self.paragraph().text(), self.range())
    }

    /// The verb, as a dictionary form.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Verb};
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
    /// use asem_seoul_declaration::{declaration, Stance};
    /// let adopt = declaration().clauses().find(|c| c.text() == "we adopt").unwrap();
    /// assert_eq!(adopt.stance(), Stance::Pledge);
    /// ```
    #[must_use]
    pub const fn stance(&self) -> Stance {
        self.verb.stance()
    }

    /// Whether the clause opens with a main verb or a participle.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, ClauseForm};
    /// let first = declaration().paragraph(10)?.clauses()[0];
    /// assert_eq!((first.text(), first.form()), ("Taking note", ClauseForm::Participial));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub const fn form(&self) -> ClauseForm {
        self.form
    }

    /// Those the clause is addressed to, where the text names them (calls only).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Entity};
    /// let invite = declaration().clauses().find(|c| c.text() == "We invite").unwrap();
    /// assert_eq!(invite.addressees(), [Entity::AsemEducationSecretariat]);
    /// ```
    #[must_use]
    pub const fn addressees(&self) -> &'static [Entity] {
        self.addressees
    }
}

/// One line, the addressees left out: `Clause { paragraph: 13, range: 0..9, text:
/// "We invite", verb: invite, form: main, stance: call }`.
impl fmt::Debug for Clause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Clause {{ paragraph: {}, range: {:?}, text: {:?}, verb: {}, form: {}, stance: {} }}",
            self.paragraph,
            self.range(),
            self.text(),
            self.verb.slug(),
            self.form.slug(),
            self.stance().slug()
        )
    }
}

/// The analyst's queries over clauses.
impl Declaration {
    /// Every clause led by the ministers' own verb, in document order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Stance};
    ///
    /// let pledges = declaration().clauses().filter(|c| c.stance() == Stance::Pledge).count();
    /// assert!(pledges > 10);
    /// assert_eq!(declaration().clauses().next_back().unwrap().text(), "Building on");
    /// ```
    #[must_use]
    pub fn clauses(
        &self,
    ) -> impl DoubleEndedIterator<Item = &'static Clause> + FusedIterator + Clone {
        self.paragraphs.iter().flat_map(Paragraph::clauses)
    }

    /// The clauses at least as strong as `stance`, in document order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Stance};
    ///
    /// let calls_and_pledges = declaration().clauses_at_least(Stance::Call);
    /// assert!(calls_and_pledges.clone().all(|c| c.stance() >= Stance::Call));
    /// assert!(calls_and_pledges.clone().any(|c| c.text() == "We invite"));
    /// ```
    #[must_use]
    pub fn clauses_at_least(
        &self,
        stance: Stance,
    ) -> impl DoubleEndedIterator<Item = &'static Clause> + FusedIterator + Clone {
        self.clauses().filter(move |c| c.stance() >= stance)
    }

    /// The clauses of the paragraphs tagged with `theme`, in document order.
    ///
    /// What did the ministers pledge on mobility?
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Stance, Theme};
    ///
    /// let pledged: Vec<_> = declaration()
    ///     .clauses_on(Theme::Mobility)
    ///     .filter(|c| c.stance() >= Stance::Pledge)
    ///     .map(|c| (c.paragraph().number(), c.text()))
    ///     .collect();
    /// assert!(pledged.contains(&(6, "we declare")));
    /// ```
    #[must_use]
    pub fn clauses_on(
        &self,
        theme: Theme,
    ) -> impl DoubleEndedIterator<Item = &'static Clause> + FusedIterator + Clone {
        self.paragraphs_with_theme(theme)
            .flat_map(Paragraph::clauses)
    }
}
