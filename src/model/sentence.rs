//! The sentences of a paragraph, and the rule that finds them.

use std::fmt;

use super::records::{Paragraph, Sentence, Span};
use super::run::Run;
use super::span::Spanned;
use super::span::spanned;

impl Sentence {
    /// The sentence's place in its paragraph, from 1.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let numbers: Vec<u8> = para!(4).sentences().map(|s| s.number()).collect();
    /// assert_eq!(numbers, [1, 2, 3]);
    /// ```
    #[must_use]
    pub const fn number(&self) -> u8 {
        self.number
    }

    /// The sentences of `paragraph`, whose text is `text`, at compile time.
    pub(crate) const fn attach<const N: usize>(
        paragraph: &'static Paragraph,
        runs: [Run; N],
    ) -> [Sentence; N] {
        let mut sentences = [Sentence {
            span: Span::new(paragraph, Run { start: 0, text: "" }),
            number: 0,
        }; N];
        let mut i = 0;
        while i < N {
            sentences[i] = Sentence {
                span: Span::new(paragraph, runs[i]),
                #[allow(clippy::cast_possible_truncation)] // a paragraph has a few sentences
                number: (i + 1) as u8,
            };
            i += 1;
        }
        sentences
    }

    /// How many sentences `text` has.
    pub(crate) const fn count(text: &str) -> usize {
        let (mut count, mut at) = (0, 0);
        while at < text.len() {
            at = sentence_end(text.as_bytes(), at);
            at = skip_spaces(text.as_bytes(), at);
            count += 1;
        }
        count
    }

    /// The sentences of `text`, each from its first character to its closing
    /// mark (or the text's end).
    pub(crate) const fn split<const N: usize>(text: &'static str) -> [Run; N] {
        let mut runs = [Run { start: 0, text: "" }; N];
        let (mut i, mut at) = (0, 0);
        while i < N {
            let end = sentence_end(text.as_bytes(), at);
            runs[i] = Run::at(text, at, end);
            at = skip_spaces(text.as_bytes(), end);
            i += 1;
        }
        assert!(at == text.len(), "the sentence count is the text's");
        runs
    }
}

spanned!(Sentence);

/// One line: `Sentence { paragraph: 10, number: 3, range: ..., text: "..." }`.
impl fmt::Debug for Sentence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Sentence {{ paragraph: {}, number: {}, range: {:?}, text: {:?} }}",
            self.paragraph().number(),
            self.number,
            self.range(),
            self.text()
        )
    }
}

/// Where the sentence that starts at `from` ends: after its closing mark, or at
/// the end of the text.
const fn sentence_end(text: &[u8], from: usize) -> usize {
    let mut at = from;
    while at < text.len() {
        let closes = matches!(text[at], b'.' | b'?' | b'!')
            && (at + 1 == text.len() || text[at + 1] == b' ')
            && !(at >= 3 && text[at - 3] == b'e' && text[at - 2] == b'.' && text[at - 1] == b'g');
        at += 1;
        if closes {
            return at;
        }
    }
    at
}

const fn skip_spaces(text: &[u8], mut at: usize) -> usize {
    while at < text.len() && text[at] == b' ' {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "One (e.g. this). Two? Three! Four. 3.5 stays. Last words";
    const RUNS: [Run; Sentence::count(TEXT)] = Sentence::split(TEXT);

    #[test]
    fn sentences_end_at_a_mark_before_a_space_or_the_end() {
        let texts: Vec<&str> = RUNS.iter().map(|r| r.text).collect();
        assert_eq!(
            texts,
            [
                "One (e.g. this).",
                "Two?",
                "Three!",
                "Four.",
                "3.5 stays.",
                "Last words"
            ]
        );
        assert_eq!(Sentence::count(""), 0);
        assert_eq!(Sentence::count("Done."), 1);
    }
}
