//! Clauses led by the ministers' own verbs, each with the words its verb
//! governs, and the rule that finds those words.

use std::fmt;

use super::records::{Clause, Paragraph, Sentence, Span};
use super::referent::Entity;
use super::run::{Run, starts_with};
use super::span::Spanned;
use super::span::spanned;
use super::stance::{ClauseForm, Exclusion, Stance, Verb};
use super::vocabulary::Vocabulary;

/// What the facts say of a clause besides where its verb phrase stands: the
/// verb, the form, the addressees, and the scope's words where the rule for
/// scopes does not find them (a participle that dangles before another
/// subject).
pub(crate) type ClauseSpec = (
    Verb,
    ClauseForm,
    &'static [Entity],
    Option<&'static str>,
    Option<Exclusion>,
);

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
            exclusion: None,
        }; N];
        let mut i = 0;
        while i < N {
            let sentence = sentence_of(sentences, verbs[i].start);
            let next = if i + 1 < N && verbs[i + 1].start < sentences[sentence].end() {
                verbs[i + 1].start
            } else {
                content_end(sentences[sentence])
            };
            let (verb, form, addressees, written, exclusion) = specs[i];
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
                exclusion,
            };
            i += 1;
        }
        clauses
    }
}

spanned!(Clause);

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
            if end >= start + joiner.len() && starts_with(bytes, joiner, end - joiner.len()) {
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

    #[test]
    fn a_scope_never_reaches_outside_its_bounds() {
        // Nothing but spaces: the scope is empty where the spaces end.
        let spaces = scope("x  y", 1, 2);
        assert_eq!((spaces.start, spaces.text), (2, ""));
        // Nothing at all, after a comma: the comma before it is not taken.
        let nothing = scope("a, b", 3, 3);
        assert_eq!((nothing.start, nothing.text), (3, ""));
    }
}
