//! The crate's one error type.

use std::fmt;

/// Everything that can go wrong when asking the declaration something.
///
/// Each message says what was given and what is accepted.
///
/// ```
/// use asem_seoul_declaration::{declaration, Error};
///
/// let err = declaration().paragraph(17).unwrap_err();
/// assert_eq!(err, Error::NoSuchParagraph { given: 17 });
/// assert_eq!(
///     err.to_string(),
///     "no paragraph 17: the Seoul Declaration has paragraphs 1 to 16"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A paragraph number outside 1 to 16.
    #[error("no paragraph {given}: the Seoul Declaration has paragraphs 1 to {last}", last = crate::data::PARAGRAPHS.len())]
    NoSuchParagraph {
        /// The number that was asked for.
        given: u8,
    },
    /// A search query that is empty or only white space.
    #[error("empty search query: give at least one character that is not white space")]
    EmptyQuery,
    /// A name that matches no variant of one of the crate's vocabularies
    /// (`Section`, `Theme`, `Instrument`, `Entity`, `Acronym`, ...).
    #[error(
        "unknown {kind} {}: expected a display name, a slug or an id, the slugs being {}",
        Quoted(given),
        Listed(accepted)
    )]
    UnknownName {
        /// What was being parsed, such as `"section"`, `"theme"` or `"acronym"`.
        kind: &'static str,
        /// The text that was given, kept whole.
        given: String,
        /// The slugs that are accepted (display names and ids are accepted too).
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
    #[error("unrecognised citation {}: expected a form such as \"para. 10\", \"paras. 6-7\", \"¶ 10\", \"§ 10\" or \"fn. 1\", optionally after \"Seoul Declaration\" or \"ASEMME6\"", Quoted(given))]
    UnrecognisedCitation {
        /// The text that was given.
        given: String,
    },
    /// A citation of a paragraph number outside 1 to 16.
    #[error("citation {} names a paragraph the Seoul Declaration does not have: it has paragraphs 1 to {last}", Quoted(given), last = crate::data::PARAGRAPHS.len())]
    CitationOutOfRange {
        /// The text that was given.
        given: String,
        /// The number that is out of range (saturated at `u64::MAX`).
        number: u64,
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
    /// A citation of a footnote the declaration does not have.
    #[error(
        "citation {} names no footnote of the Seoul Declaration, which has footnote 1 only",
        Quoted(given)
    )]
    NoSuchFootnote {
        /// The text that was given.
        given: String,
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
        assert!(message.len() < 200, "{message}");
        assert!(message.contains("(10000 bytes)"), "{message}");
        assert!(message.ends_with("the slugs being a, b or c"), "{message}");
        assert!(matches!(err, Error::UnknownName { given: g, .. } if g == given));
    }

    #[test]
    fn error_is_send_sync_static() {
        fn assert_bounds<T: std::error::Error + Send + Sync + 'static>() {}
        assert_bounds::<Error>();
    }
}
