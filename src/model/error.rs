//! The crate's one error type.

use std::fmt;

use super::records::Declaration;

/// Everything that can go wrong when asking the declaration something.
///
/// Each message quotes what was given, as it was typed, and says what is
/// accepted. One condition is one variant, whichever way it is asked: a
/// paragraph the declaration does not have is [`Error::NoSuchParagraph`] from
/// `paragraph(17)`, from `Citation::paragraph(17)` and from parsing
/// `"para. 17"` alike.
///
/// An error about a declaration's paragraphs, sentences, footnotes,
/// commitments or citations holds that declaration, and its message names it:
/// the same mistake made of two declarations is two errors.
///
/// Match a variant with `{ .. }` and read what it holds through the accessors
/// ([`Error::given`], [`Error::accepted`]): the enum and each variant are
/// `#[non_exhaustive]`, so that a later release can add a condition or a
/// detail without breaking a program, and only the crate makes them.
///
/// ```
/// use asem_seoul_declaration::{declaration, Citation, Error};
///
/// let err = declaration().paragraph(17).unwrap_err();
/// assert!(matches!(err, Error::NoSuchParagraph { .. }));
/// assert_eq!(err.given(), "17");
/// assert_eq!(err.to_string(), "no paragraph 17: the Seoul Declaration has paragraphs 1 to 16");
///
/// let err = "para. 17".parse::<Citation>().unwrap_err();
/// assert!(matches!(err, Error::NoSuchParagraph { .. }));
/// assert_eq!(err.given(), "para. 17");
/// assert_eq!(err.to_string(), "no paragraph 17 (in \"para. 17\"): the Seoul Declaration has paragraphs 1 to 16");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A paragraph number the declaration does not have (the Seoul
    /// Declaration has 1 to 16).
    #[error(
        "no paragraph {}{}: the {} has paragraphs 1 to {}",
        Bounded(number),
        In(given, number),
        document.title,
        document.paragraphs.len()
    )]
    #[non_exhaustive]
    NoSuchParagraph {
        /// The declaration asked.
        #[doc(hidden)]
        document: &'static Declaration,
        #[doc(hidden)]
        given: String,
        /// The number's digits as they were typed, however many.
        #[doc(hidden)]
        number: String,
    },
    /// A sentence number a paragraph does not have.
    #[error(
        "no sentence {} in paragraph {paragraph}{}: it has sentences 1 to {sentences}",
        Bounded(number),
        In(given, number)
    )]
    #[non_exhaustive]
    NoSuchSentence {
        #[doc(hidden)]
        document: &'static Declaration,
        #[doc(hidden)]
        given: String,
        #[doc(hidden)]
        paragraph: u8,
        /// The sentence number's digits as they were typed.
        #[doc(hidden)]
        number: String,
        #[doc(hidden)]
        sentences: u8,
    },
    /// A footnote the declaration does not have (the Seoul Declaration has
    /// footnote 1 only).
    #[error(
        "{} names no footnote of the {}, which has {}",
        Quoted(given),
        document.title,
        Footnotes(document.footnotes.len())
    )]
    #[non_exhaustive]
    NoSuchFootnote {
        #[doc(hidden)]
        document: &'static Declaration,
        #[doc(hidden)]
        given: String,
    },
    /// A commitment id that names no commitment.
    #[error(
        "no commitment {}: a commitment's id is commitment:PARAGRAPH-ORDER, such as commitment:10-2, and Declaration::commitments lists them all",
        Quoted(given)
    )]
    #[non_exhaustive]
    NoSuchCommitment {
        #[doc(hidden)]
        document: &'static Declaration,
        #[doc(hidden)]
        given: String,
    },
    /// A search query or lookup that is empty or only white space.
    #[error(
        "empty query {}: give at least one character that is not white space",
        Quoted(given)
    )]
    #[non_exhaustive]
    EmptyQuery {
        #[doc(hidden)]
        given: String,
    },
    /// A name that matches no variant of one of the crate's vocabularies
    /// (`Section`, `Theme`, `Instrument`, `Entity`, `Acronym`, ...).
    #[error(
        "unknown {kind} {}: expected a display name, a slug, an id or a form the text writes, the slugs being {}",
        Quoted(given),
        Listed(accepted)
    )]
    #[non_exhaustive]
    UnknownName {
        /// What was being parsed, such as `"section"`, `"theme"` or `"acronym"`.
        #[doc(hidden)]
        kind: &'static str,
        #[doc(hidden)]
        given: String,
        #[doc(hidden)]
        accepted: &'static [&'static str],
    },
    /// A referent id whose kind is missing or unknown.
    #[error(
        "unknown referent id {}: expected KIND:SLUG, with KIND one of {}",
        Quoted(given),
        Listed(accepted)
    )]
    #[non_exhaustive]
    UnknownReferent {
        #[doc(hidden)]
        given: String,
        #[doc(hidden)]
        accepted: &'static [&'static str],
    },
    /// A citation in no form this crate reads.
    #[error(
        "unrecognised citation {}: expected a form such as \"para. 10\", \"paras. 6-7\", \"para. 10, sentence 3\", \"sentence 3 of para. 10\", \"¶ 10\", \"§ 10\" or \"fn. 1\", optionally after \"{}\" or \"{}\"",
        Quoted(given),
        document.title,
        document.meeting.acronym
    )]
    #[non_exhaustive]
    UnrecognisedCitation {
        #[doc(hidden)]
        document: &'static Declaration,
        #[doc(hidden)]
        given: String,
    },
    /// A citation written in a form this crate reads only in part: a
    /// subparagraph (`"para. 10(b)"`), a line, several sentences
    /// (`"para. 10, sentences 2-3"`), a sentence of a run of paragraphs or of
    /// a footnote. It is reported whole rather than read as less than it says.
    ///
    /// ```
    /// use asem_seoul_declaration::{Citation, Error};
    /// let err = "para. 10(b)".parse::<Citation>().unwrap_err();
    /// assert!(matches!(err, Error::PartialCitation { .. }));
    /// assert!(err.to_string().starts_with("citation \"para. 10(b)\" could not be read whole"));
    /// ```
    #[error(
        "citation {} could not be read whole: {}, but not {}; this crate reads a paragraph, a run or list of paragraphs, one sentence of one paragraph (\"para. 10, sentence 3\", \"the third sentence of para. 10\") or a footnote, not a subparagraph, a line, several sentences or an open run",
        Quoted(given),
        Read(read),
        Quoted(unread)
    )]
    #[non_exhaustive]
    PartialCitation {
        #[doc(hidden)]
        document: &'static Declaration,
        #[doc(hidden)]
        given: String,
        /// The words read, such as `para. 10` of `para. 10(b)`; empty where
        /// none could be.
        #[doc(hidden)]
        read: String,
        /// The words not read, such as `(b)`.
        #[doc(hidden)]
        unread: String,
    },
    /// A citation that names another document ("para. 4 of the Incheon
    /// Declaration", "the Chair's Statement, para. 4"), whose paragraphs are
    /// not the Seoul Declaration's.
    ///
    /// ```
    /// use asem_seoul_declaration::{find_citations, Error};
    /// let found = find_citations("para. 4 of the Incheon Declaration").next().unwrap();
    /// let err = found.citation().unwrap_err();
    /// assert!(matches!(err, Error::OtherDocument { .. }));
    /// assert_eq!(err.given(), "para. 4");
    /// ```
    #[error(
        "citation {} names another document, not the {}: a citation of this declaration names it as \"{}\", \"this Declaration\", \"the Declaration\" or \"{}\", or names no document",
        Quoted(given),
        document.title,
        document.title,
        document.meeting.acronym
    )]
    #[non_exhaustive]
    OtherDocument {
        #[doc(hidden)]
        document: &'static Declaration,
        #[doc(hidden)]
        given: String,
    },
    /// A run of paragraphs whose last comes before its first.
    #[error(
        "citation {} runs backwards: give the lower number first, as in \"paras. {last}-{first}\"",
        Quoted(given)
    )]
    #[non_exhaustive]
    ReversedRange {
        #[doc(hidden)]
        document: &'static Declaration,
        #[doc(hidden)]
        given: String,
        #[doc(hidden)]
        first: u8,
        #[doc(hidden)]
        last: u8,
    },
}

impl Error {
    /// What was given, whole, as it was typed: the citation, the number, the
    /// name, the id or the query.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Citation, Theme};
    ///
    /// let digits = "para. 9999999999999999999999999999999999999999";
    /// let err = digits.parse::<Citation>().unwrap_err();
    /// assert_eq!(err.given(), digits);
    /// assert!(err.to_string().starts_with("no paragraph 9999999999999999999999999999999999999999 (in "));
    /// assert_eq!("mobilty".parse::<Theme>().unwrap_err().given(), "mobilty");
    /// assert_eq!(declaration().search("  ").unwrap_err().given(), "  ");
    /// ```
    #[must_use]
    pub fn given(&self) -> &str {
        match self {
            Error::NoSuchParagraph { given, .. }
            | Error::NoSuchSentence { given, .. }
            | Error::NoSuchFootnote { given, .. }
            | Error::NoSuchCommitment { given, .. }
            | Error::EmptyQuery { given }
            | Error::UnknownName { given, .. }
            | Error::UnknownReferent { given, .. }
            | Error::UnrecognisedCitation { given, .. }
            | Error::PartialCitation { given, .. }
            | Error::OtherDocument { given, .. }
            | Error::ReversedRange { given, .. } => given,
        }
    }

    /// What is accepted instead, where it is a closed list: the slugs of a
    /// vocabulary for [`Error::UnknownName`], the kinds of id for
    /// [`Error::UnknownReferent`]; empty for every other error.
    ///
    /// ```
    /// use asem_seoul_declaration::Theme;
    ///
    /// let err = "mobilty".parse::<Theme>().unwrap_err();
    /// assert!(err.accepted().contains(&"mobility"));
    /// ```
    #[must_use]
    pub fn accepted(&self) -> &'static [&'static str] {
        match self {
            Error::UnknownName { accepted, .. } | Error::UnknownReferent { accepted, .. } => {
                accepted
            }
            _ => &[],
        }
    }

    /// A paragraph number `document` does not have, typed as `number`
    /// inside `given` (the same text when the number was given alone).
    pub(crate) fn no_such_paragraph(
        document: &'static Declaration,
        given: &str,
        number: impl fmt::Display,
    ) -> Error {
        Error::NoSuchParagraph {
            document,
            given: given.to_owned(),
            number: number.to_string(),
        }
    }

    /// A sentence `number` (as typed inside `given`) that paragraph
    /// `paragraph`, of `sentences` sentences, does not have.
    pub(crate) fn no_such_sentence(
        document: &'static Declaration,
        given: &str,
        paragraph: u8,
        number: impl fmt::Display,
        sentences: u8,
    ) -> Error {
        Error::NoSuchSentence {
            document,
            given: given.to_owned(),
            paragraph,
            number: number.to_string(),
            sentences,
        }
    }
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

/// `read "para. 10"`, or `nothing read` where nothing was.
struct Read<'a>(&'a str);

impl fmt::Display for Read<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("nothing read")
        } else {
            write!(f, "read {}", Quoted(self.0))
        }
    }
}

/// A number as typed, cut short like a quotation when it is longer.
struct Bounded<'a>(&'a str);

impl fmt::Display for Bounded<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(QUOTED_CHARS) {
            Some((cut, _)) => write!(f, "{}… ({} bytes)", &self.0[..cut], self.0.len()),
            None => f.write_str(self.0),
        }
    }
}

/// How many footnotes a declaration has, as a message says it.
struct Footnotes(usize);

impl fmt::Display for Footnotes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            0 => f.write_str("no footnote"),
            1 => f.write_str("footnote 1 only"),
            n => write!(f, "footnotes 1 to {n}"),
        }
    }
}

/// ` (in "para. 17")` where the number was typed inside a longer text.
struct In<'a>(&'a str, &'a str);

impl fmt::Display for In<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == self.1 {
            Ok(())
        } else {
            write!(f, " (in {})", Quoted(self.0))
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
        assert!(message.len() < 250, "{message}");
        assert!(message.contains("(10000 bytes)"), "{message}");
        assert!(message.ends_with("the slugs being a, b or c"), "{message}");
        assert!(matches!(err, Error::UnknownName { given: g, .. } if g == given));
    }

    #[test]
    fn a_number_given_alone_is_not_quoted_again() {
        let plain = Error::no_such_paragraph(crate::declaration(), "-3", "-3");
        assert_eq!(
            plain.to_string(),
            "no paragraph -3: the Seoul Declaration has paragraphs 1 to 16"
        );
        let cited = Error::no_such_paragraph(crate::declaration(), "§ 0", "0");
        assert!(
            cited
                .to_string()
                .starts_with("no paragraph 0 (in \"§ 0\"): ")
        );
        assert_eq!(cited.given(), "§ 0");
    }

    #[test]
    fn error_is_send_sync_static() {
        fn assert_bounds<T: std::error::Error + Send + Sync + 'static>() {}
        assert_bounds::<Error>();
    }
}
