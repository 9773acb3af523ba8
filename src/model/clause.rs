//! What the ministers say they do: clauses led by their own verbs, graded by
//! how strongly they commit, each with the words its verb governs.

use std::fmt;

use super::paragraph::Paragraph;
use super::referent::Entity;
use super::sentence::Sentence;
use super::span::{spanned, Run, Span};
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

/// What the facts say of a clause besides where its verb phrase stands: the
/// verb, the form, the addressees, and the scope's words where the rule for
/// scopes does not find them (a participle that dangles before another
/// subject).
pub(crate) type ClauseSpec = (Verb, ClauseForm, &'static [Entity], Option<&'static str>);

/// A clause led by the ministers' own verb: the verb phrase ([`Clause::text`]),
/// the words it governs ([`Clause::scope`]) and both together
/// ([`Clause::extent`]).
///
/// ```
/// use asem_seoul_declaration::{declaration, ClauseForm, Entity, Stance};
///
/// let urge = declaration().clauses().find(|c| c.text() == "We also urge").unwrap();
/// assert_eq!(urge.paragraph().number(), 10);
/// assert_eq!((urge.stance(), urge.form()), (Stance::Call, ClauseForm::Main));
/// assert_eq!(urge.addressees(), [Entity::AsemPartners]);
/// assert_eq!(urge.scope().text(), "our ASEM partners to use ICT as a tool to innovate teaching and learning practices");
/// assert_eq!(
///     format!("{urge:?}"),
///     r#"Clause { paragraph: 10, range: 547..559, text: "We also urge", verb: urge, form: main, stance: call }"#
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Clause {
    pub(crate) span: Span,
    pub(crate) verb: Verb,
    pub(crate) form: ClauseForm,
    pub(crate) addressees: &'static [Entity],
    pub(crate) scope: Run,
    pub(crate) sentence: u8,
}

impl Clause {
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
    /// use asem_seoul_declaration::{para, ClauseForm};
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
    /// use asem_seoul_declaration::para;
    /// let scopes: Vec<&str> = para!(6).clauses().map(|c| c.scope().text()).collect();
    /// assert_eq!(scopes[0], "that individuals can pursue personal development through people-to-people exchange");
    /// assert!(scopes[1].starts_with("of the value of the ASEM-DUO Fellowship Programme"));
    /// ```
    #[must_use]
    pub const fn scope(&self) -> Span {
        Span::new(self.span.paragraph(), self.scope)
    }

    /// The verb phrase and its scope together, as one run of the text.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let adopt = para!(5).clauses().last().unwrap();
    /// assert_eq!(adopt.extent().text(), "we adopt this Declaration");
    /// ```
    #[must_use]
    pub fn extent(&self) -> Span {
        let paragraph = self.span.paragraph();
        Span::new(paragraph, Run::at(paragraph.text(), self.span.range().start, self.scope.end()))
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
        &self.span.paragraph().sentences[usize::from(self.sentence) - 1]
    }

    /// The clauses of a paragraph at compile time: `verbs` are where the verb
    /// phrases stand, in order, `sentences` the paragraph's sentences.
    pub(crate) const fn attach<const N: usize>(
        paragraph: &'static Paragraph,
        text: &'static str,
        verbs: [Run; N],
        specs: [ClauseSpec; N],
        sentences: &[Run],
    ) -> [Clause; N] {
        let empty = Run { start: 0, text: "" };
        let mut clauses = [Clause {
            span: Span::new(paragraph, empty),
            verb: Verb::Declare,
            form: ClauseForm::Main,
            addressees: &[],
            scope: empty,
            sentence: 0,
        }; N];
        let mut i = 0;
        while i < N {
            let sentence = sentence_of(sentences, verbs[i].start);
            let next = if i + 1 < N && verbs[i + 1].start < sentences[sentence].end() {
                verbs[i + 1].start
            } else {
                content_end(sentences[sentence])
            };
            let (verb, form, addressees, written) = specs[i];
            let scope = match written {
                None => scope(text, verbs[i].end(), next),
                Some(words) => Run::find(text, words, verbs[i].end(), next),
            };
            assert!(scope.start < scope.end(), "a clause's scope is never empty");
            clauses[i] = Clause {
                span: Span::new(paragraph, verbs[i]),
                verb,
                form,
                addressees,
                scope,
                #[allow(clippy::cast_possible_truncation)] // a paragraph has a few sentences
                sentence: sentence as u8 + 1,
            };
            i += 1;
        }
        clauses
    }
}

spanned!(Clause, "the verb phrase, such as \"we declare\" or \"Taking note\"", "para!(13).clauses().next().unwrap()");

/// The place in `sentences` of the sentence holding byte `at`.
const fn sentence_of(sentences: &[Run], at: usize) -> usize {
    let mut i = 0;
    while i + 1 < sentences.len() && sentences[i + 1].start <= at {
        i += 1;
    }
    i
}

/// Where a sentence's words end: before its closing mark, if it has one.
const fn content_end(sentence: Run) -> usize {
    match sentence.text.as_bytes() {
        [.., b'.' | b'?' | b'!'] => sentence.end() - 1,
        _ => sentence.end(),
    }
}

/// The words between `from` and `to` of `text`, without the spaces around them
/// and without what joins them to a next clause: a trailing comma, "and",
/// "while" or "as well as".
const fn scope(text: &'static str, from: usize, to: usize) -> Run {
    let bytes = text.as_bytes();
    let mut start = from;
    while start < to && bytes[start] == b' ' {
        start += 1;
    }
    let mut end = to;
    loop {
        while end > start && matches!(bytes[end - 1], b' ' | b',') {
            end -= 1;
        }
        let joiners: [&[u8]; 3] = [b" and", b" while", b" as well as"];
        let mut trimmed = false;
        let mut j = 0;
        while j < joiners.len() {
            let joiner = joiners[j];
            if end >= start + joiner.len() && super::span::starts_with(bytes, joiner, end - joiner.len()) {
                end -= joiner.len();
                trimmed = true;
                break;
            }
            j += 1;
        }
        if !trimmed {
            break;
        }
    }
    Run::at(text, start, end)
}

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

#[cfg(test)]
mod tests {
    use super::scope;

    #[test]
    fn a_scope_leaves_out_what_joins_it_to_the_next_clause() {
        let text = "we see the value, and as well as take note";
        let joined = scope(text, 6, text.find("take").unwrap());
        assert_eq!(joined.text, "the value");
        let plain = scope("we adopt this Declaration", 8, 25);
        assert_eq!(plain.text, "this Declaration");
        let ends_in_band = scope("we see a band", 6, 13);
        assert_eq!(ends_in_band.text, "a band");
    }
}
