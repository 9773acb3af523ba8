//! The crate's one error type.

use std::fmt;

use super::records::PARAGRAPH_COUNT;

/// Everything that can go wrong when asking the declaration something.
///
/// Each message says what was given and what is accepted. One condition is one
/// variant, whichever way it is asked: a paragraph the declaration does not
/// have is [`Error::NoSuchParagraph`] from `paragraph(17)`, from
/// `Citation::paragraph(17)` and from parsing `"para. 17"` alike.
///
/// ```
/// use asem_seoul_declaration::{declaration, Citation, Error};
///
/// let err = declaration().paragraph(17).unwrap_err();
/// assert_eq!(err, Error::NoSuchParagraph { number: 17, citation: None });
/// assert_eq!(err.to_string(), "no paragraph 17: the Seoul Declaration has paragraphs 1 to 16");
/// let err = "para. 17".parse::<Citation>().unwrap_err();
/// assert!(matches!(err, Error::NoSuchParagraph { number: 17, .. }));
/// assert_eq!(err.to_string(), "no paragraph 17 (in \"para. 17\"): the Seoul Declaration has paragraphs 1 to 16");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A paragraph number the declaration does not have (it has 1 to 16).
    #[error("no paragraph {number}{}: the Seoul Declaration has paragraphs 1 to {PARAGRAPH_COUNT}", In(citation.as_deref()))]
    NoSuchParagraph {
        /// The number asked for; one too large for `i128` saturates.
        number: i128,
        /// The citation that asked for it, as written; `None` when the
        /// number was given alone.
        citation: Option<String>,
    },
    /// A sentence number a paragraph does not have.
    #[error("no sentence {sentence} in paragraph {paragraph}{}: it has sentences 1 to {sentences}", In(citation.as_deref()))]
    NoSuchSentence {
        /// The paragraph.
        paragraph: u8,
        /// The sentence number asked for; one too large for `u64` saturates.
        sentence: u64,
        /// How many sentences the paragraph has.
        sentences: usize,
        /// The citation that asked for it, as written; `None` when the
        /// numbers were given alone.
        citation: Option<String>,
    },
    /// A footnote the declaration does not have (it has footnote 1 only).
    #[error(
        "{} names no footnote of the Seoul Declaration, which has footnote 1 only",
        Quoted(given)
    )]
    NoSuchFootnote {
        /// What was given.
        given: String,
    },
    /// A commitment id that names no commitment.
    #[error(
        "no commitment {}: a commitment's id is commitment:PARAGRAPH-ORDER, such as commitment:10-2, and Declaration::commitments lists them all",
        Quoted(given)
    )]
    NoSuchCommitment {
        /// What was given.
        given: String,
    },
    /// A search query that is empty or only white space.
    #[error("empty search query: give at least one character that is not white space")]
    EmptyQuery,
    /// A name that matches no variant of one of the crate's vocabularies
    /// (`Section`, `Theme`, `Instrument`, `Entity`, `Acronym`, ...).
    #[error(
        "unknown {kind} {}: expected a display name, a slug, an id or a form the text writes, the slugs being {}",
        Quoted(given),
        Listed(accepted)
    )]
    UnknownName {
        /// What was being parsed, such as `"section"`, `"theme"` or `"acronym"`.
        kind: &'static str,
        /// The text that was given, kept whole.
        given: String,
        /// The slugs that are accepted (display names, ids and written forms
        /// are accepted too).
        accepted: &'static [&'static str],
    },
    /// A referent id whose kind is missing or unknown.
    #[error(
        "unknown referent id {}: expected KIND:SLUG, with KIND one of {}",
        Quoted(given),
        Listed(kinds)
    )]
    UnknownReferent {
        /// The text that was given, kept whole.
        given: String,
        /// The kinds that are accepted.
        kinds: &'static [&'static str],
    },
    /// A citation in no form this crate reads.
    #[error(
        "unrecognised citation {}: expected a form such as \"para. 10\", \"paras. 6-7\", \"para. 10, sentence 3\", \"¶ 10\", \"§ 10\" or \"fn. 1\", optionally after \"Seoul Declaration\" or \"ASEMME6\"",
        Quoted(given)
    )]
    UnrecognisedCitation {
        /// The text that was given.
        given: String,
    },
    /// A run of paragraphs whose last comes before its first.
    #[error(
        "citation {} runs backwards: give the lower number first, as in \"paras. {last}-{first}\"",
        Quoted(given)
    )]
    ReversedRange {
        /// The text that was given.
        given: String,
        /// The first number as given.
        first: u8,
        /// The last number as given.
        last: u8,
    },
}

/// How many characters of a given text a message quotes before it elides the rest.
const QUOTED_CHARS: usize = 60;

/// Quotes user input in a message, cut short so that a huge input gives a readable line.
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(QUOTED_CHARS) {
            Some((cut, _)) => write!(f, "{:?}… ({} bytes)", &self.0[..cut], self.0.len()),
            None => write!(f, "{:?}", self.0),
        }
    }
}

/// ` (in "para. 17")` where a citation asked for the paragraph.
struct In<'a>(Option<&'a str>);

impl fmt::Display for In<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(citation) => write!(f, " (in {})", Quoted(citation)),
            None => Ok(()),
        }
    }
}

/// Lists accepted names as `a, b or c`.
struct Listed<'a>(&'a [&'a str]);

impl fmt::Display for Listed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, name) in self.0.iter().enumerate() {
            let separator = match i {
                0 => "",
                _ if i + 1 == self.0.len() => " or ",
                _ => ", ",
            };
            write!(f, "{separator}{name}")?;
        }
        Ok(())
    }
}

/// A conversion that cannot fail (a [`ParagraphNumber`](crate::ParagraphNumber)
/// into itself) gives no error; this lets the lookups that take any integer
/// take a `ParagraphNumber` too.
///
/// ```
/// use asem_seoul_declaration::{declaration, ParagraphNumber};
/// let ten = ParagraphNumber::try_from(10)?;
/// assert_eq!(declaration().paragraph(ten)?.number(), 10);
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
impl From<std::convert::Infallible> for Error {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_input_is_quoted_short_but_kept_whole() {
        let given = "x".repeat(10_000);
        let err = Error::UnknownName {
            kind: "theme",
            given: given.clone(),
            accepted: &["a", "b", "c"],
        };
        let message = err.to_string();
        assert!(message.len() < 250, "{message}");
        assert!(message.contains("(10000 bytes)"), "{message}");
        assert!(message.ends_with("the slugs being a, b or c"), "{message}");
        assert!(matches!(err, Error::UnknownName { given: g, .. } if g == given));
    }

    #[test]
    fn a_number_given_alone_is_not_quoted_again() {
        let plain = Error::NoSuchParagraph {
            number: -3,
            citation: None,
        };
        assert_eq!(
            plain.to_string(),
            "no paragraph -3: the Seoul Declaration has paragraphs 1 to 16"
        );
        let cited = Error::NoSuchParagraph {
            number: 0,
            citation: Some("§ 0".into()),
        };
        assert!(
            cited
                .to_string()
                .starts_with("no paragraph 0 (in \"§ 0\"): ")
        );
    }

    #[test]
    fn error_is_send_sync_static() {
        fn assert_bounds<T: std::error::Error + Send + Sync + 'static>() {}
        assert_bounds::<Error>();
    }
}
