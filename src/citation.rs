//! Citing the declaration: "Seoul Declaration (ASEMME6, 2017), para. 10".

use std::fmt;
use std::ops::RangeInclusive;
use std::str::FromStr;

use crate::error::Error;
use crate::{data, Footnote, Paragraph};

/// A reference to a paragraph, a run of paragraphs or a footnote.
///
/// Displays in full as `Seoul Declaration (ASEMME6, 2017), para. 10`, and briefly
/// through [`Citation::short`] as `para. 10`. Parses what people write:
/// `para. 10`, `para 10`, `paragraph 10`, `¶10`, `§ 10`, `paras. 6-7`,
/// `paras 6–7`, `fn. 1`, `footnote 1`, with or without a `Seoul Declaration` or
/// `ASEMME6` prefix, in any case. A citation always names something that exists.
///
/// ```
/// use asem_seoul_declaration::{declaration, Citation, Cited};
///
/// let cite: Citation = "Seoul Declaration, paras 6–7".parse()?;
/// assert_eq!(cite.to_string(), "Seoul Declaration (ASEMME6, 2017), paras. 6–7");
/// assert_eq!(cite.short().to_string(), "paras. 6–7");
/// match declaration().resolve(&cite) {
///     Cited::Paragraphs(ps) => assert_eq!(ps.len(), 2),
///     Cited::Footnote(_) => unreachable!(),
/// }
/// assert!("para. 17".parse::<Citation>().is_err());
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Citation(Target);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Target {
    Paragraphs { first: u8, last: u8 },
    Footnote(u8),
}

/// What a citation resolves to.
///
/// ```
/// use asem_seoul_declaration::{declaration, Citation, Cited};
/// match declaration().resolve(&Citation::paragraph(10)?) {
///     Cited::Paragraphs(ps) => assert_eq!(ps[0].number(), 10),
///     Cited::Footnote(_) => unreachable!(),
/// }
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cited {
    /// One paragraph or a run of consecutive paragraphs.
    Paragraphs(&'static [Paragraph]),
    /// A footnote.
    Footnote(&'static Footnote),
}

impl Citation {
    /// A citation of paragraph `n`.
    ///
    /// # Errors
    ///
    /// [`Error::NoSuchParagraph`] unless `n` is 1 to 16.
    ///
    /// ```
    /// use asem_seoul_declaration::{Citation, Error};
    /// assert_eq!(Citation::paragraph(10)?.short().to_string(), "para. 10");
    /// assert_eq!(Citation::paragraph(0), Err(Error::NoSuchParagraph { given: 0 }));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn paragraph(n: u8) -> Result<Citation, Error> {
        Citation::paragraphs(n, n)
    }

    /// A citation of paragraphs `first` to `last`, both included.
    ///
    /// # Errors
    ///
    /// [`Error::NoSuchParagraph`] for a number outside 1 to 16;
    /// [`Error::ReversedRange`] if `last` comes before `first`.
    ///
    /// ```
    /// use asem_seoul_declaration::Citation;
    /// assert_eq!(Citation::paragraphs(11, 16)?.short().to_string(), "paras. 11–16");
    /// assert!(Citation::paragraphs(7, 6).is_err());
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub fn paragraphs(first: u8, last: u8) -> Result<Citation, Error> {
        for n in [first, last] {
            if usize::from(n).wrapping_sub(1) >= data::PARAGRAPHS.len() {
                return Err(Error::NoSuchParagraph { given: n });
            }
        }
        if last < first {
            return Err(Error::ReversedRange {
                given: format!("{first}-{last}"),
                first,
                last,
            });
        }
        Ok(Citation(Target::Paragraphs { first, last }))
    }

    /// A citation of footnote `n`.
    ///
    /// # Errors
    ///
    /// [`Error::NoSuchFootnote`] unless the footnote exists (there is one).
    ///
    /// ```
    /// use asem_seoul_declaration::{Citation, Error};
    /// assert_eq!(Citation::footnote(1)?.to_string(), "Seoul Declaration (ASEMME6, 2017), fn. 1");
    /// assert!(matches!(Citation::footnote(2), Err(Error::NoSuchFootnote { .. })));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn footnote(n: u8) -> Result<Citation, Error> {
        if usize::from(n).wrapping_sub(1) >= data::FOOTNOTES.len() {
            return Err(Error::NoSuchFootnote {
                given: n.to_string(),
            });
        }
        Ok(Citation(Target::Footnote(n)))
    }

    /// The paragraph numbers cited, or `None` for a footnote.
    ///
    /// ```
    /// use asem_seoul_declaration::Citation;
    /// let cite: Citation = "paras. 6-7".parse()?;
    /// assert_eq!(cite.paragraph_numbers(), Some(6..=7));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn paragraph_numbers(&self) -> Option<RangeInclusive<u8>> {
        match self.0 {
            Target::Paragraphs { first, last } => Some(first..=last),
            Target::Footnote(_) => None,
        }
    }

    /// The footnote number cited, or `None` for paragraphs.
    ///
    /// ```
    /// use asem_seoul_declaration::Citation;
    /// assert_eq!(Citation::footnote(1)?.footnote_number(), Some(1));
    /// assert_eq!(Citation::paragraph(3)?.footnote_number(), None);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn footnote_number(&self) -> Option<u8> {
        match self.0 {
            Target::Footnote(n) => Some(n),
            Target::Paragraphs { .. } => None,
        }
    }

    /// What the citation names.
    pub(crate) fn resolve(self) -> Cited {
        match self.0 {
            Target::Paragraphs { first, last } => {
                Cited::Paragraphs(&data::PARAGRAPHS[usize::from(first) - 1..usize::from(last)])
            }
            Target::Footnote(n) => Cited::Footnote(&data::FOOTNOTES[usize::from(n) - 1]),
        }
    }

    /// The short form, without the document: `para. 10`, `paras. 6–7`, `fn. 1`.
    ///
    /// ```
    /// use asem_seoul_declaration::Citation;
    /// assert_eq!(Citation::footnote(1)?.short().to_string(), "fn. 1");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn short(&self) -> impl fmt::Display {
        Short(self.0)
    }
}

struct Short(Target);

impl fmt::Display for Short {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Target::Paragraphs { first, last } if first == last => write!(f, "para. {first}"),
            Target::Paragraphs { first, last } => write!(f, "paras. {first}–{last}"),
            Target::Footnote(n) => write!(f, "fn. {n}"),
        }
    }
}

/// `Seoul Declaration (ASEMME6, 2017), para. 10`.
impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = &data::DECLARATION;
        write!(
            f,
            "{} ({}, {}), {}",
            d.title,
            d.meeting.acronym(),
            d.meeting.year(),
            Short(self.0)
        )
    }
}

impl From<&Paragraph> for Citation {
    fn from(p: &Paragraph) -> Self {
        Citation(Target::Paragraphs {
            first: p.number(),
            last: p.number(),
        })
    }
}

/// Words that introduce paragraph numbers, longest first so that a prefix of
/// another is tried last.
const PARAGRAPH_WORDS: &[&str] = &[
    "paragraphs",
    "paragraph",
    "paras.",
    "paras",
    "para.",
    "para",
    "¶¶",
    "¶",
    "§§",
    "§",
];
const FOOTNOTE_WORDS: &[&str] = &["footnote", "fn.", "fn", "note"];
/// Range separators: hyphen, en dash, em dash.
const DASHES: &[char] = &['-', '–', '—'];

impl FromStr for Citation {
    type Err = Error;

    fn from_str(given: &str) -> Result<Citation, Error> {
        let unrecognised = || Error::UnrecognisedCitation {
            given: given.to_owned(),
        };
        let rest = strip_document(given.trim());
        if let Some(rest) = strip_any(rest, PARAGRAPH_WORDS) {
            let (first, rest) = number(rest).ok_or_else(unrecognised)?;
            let (last, rest) = match rest.trim_start().strip_prefix(DASHES) {
                Some(after) => number(after).ok_or_else(unrecognised)?,
                None => (first, rest),
            };
            if !rest.trim().is_empty() {
                return Err(unrecognised());
            }
            return paragraph_range(given, first, last);
        }
        if let Some(rest) = strip_any(rest, FOOTNOTE_WORDS) {
            let (n, rest) = number(rest).ok_or_else(unrecognised)?;
            if !rest.trim().is_empty() {
                return Err(unrecognised());
            }
            return u8::try_from(n)
                .ok()
                .and_then(|n| Citation::footnote(n).ok())
                .ok_or_else(|| Error::NoSuchFootnote {
                    given: given.to_owned(),
                });
        }
        Err(unrecognised())
    }
}

/// Checks a parsed range, quoting `given` in any error.
fn paragraph_range(given: &str, first: u64, last: u64) -> Result<Citation, Error> {
    let out_of_range = |n: u64| Error::CitationOutOfRange {
        given: given.to_owned(),
        number: n,
    };
    let in_range = |n: u64| {
        u8::try_from(n)
            .ok()
            .filter(|&n| Citation::paragraph(n).is_ok())
    };
    let first = in_range(first).ok_or_else(|| out_of_range(first))?;
    let last = in_range(last).ok_or_else(|| out_of_range(last))?;
    Citation::paragraphs(first, last).map_err(|_| Error::ReversedRange {
        given: given.to_owned(),
        first,
        last,
    })
}

/// Drops a leading "Seoul Declaration", "Seoul Declaration (ASEMME6, 2017)" or
/// "ASEMME6", and the comma or space after it.
fn strip_document(s: &str) -> &str {
    let d = &data::DECLARATION;
    let s = match strip_ci(s, d.title) {
        Some(rest) => {
            let rest = rest.trim_start();
            rest.strip_prefix('(')
                .and_then(|inner| inner.split_once(')'))
                .filter(|(inside, _)| strip_ci(inside.trim(), d.meeting.acronym()).is_some())
                .map_or(rest, |(_, after)| after)
        }
        None => strip_ci(s, d.meeting.acronym()).unwrap_or(s),
    };
    s.trim_start().trim_start_matches(',').trim_start()
}

/// `s` without `prefix`, compared ignoring ASCII case.
fn strip_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

fn strip_any<'a>(s: &'a str, words: &[&str]) -> Option<&'a str> {
    words.iter().find_map(|w| strip_ci(s, w))
}

/// A run of ASCII digits after optional white space; too many digits to be a
/// paragraph number saturate, so that the error still says "out of range".
fn number(s: &str) -> Option<(u64, &str)> {
    let s = s.trim_start();
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let digits = &s[..end];
    if digits.is_empty() {
        return None;
    }
    let value = digits.parse().unwrap_or(u64::MAX);
    Some((value, &s[end..]))
}
