//! The citation: what a reference to the declaration names, checked, and
//! how it is written.

use std::cmp::Ordering;
use std::fmt;
use std::ops::RangeInclusive;
use std::str::FromStr;

use super::grammar::{Found, Num, slice};
use super::{Owner, find_in};
use crate::model::error::Error;
use crate::model::records::{Declaration, Footnote, Paragraph, Sentence};
use crate::model::span::Spanned;

/// A reference to a paragraph, a run of paragraphs, a sentence or a footnote.
///
/// Displays in full as `Seoul Declaration (ASEMME6, 2017), para. 10`, and briefly
/// through [`Citation::short`] as `para. 10`. Parses what people write, in any
/// case, with or without a closing full stop:
///
/// - a paragraph or a run: `para. 10`, `para 10`, `paragraph 10`, `¶10`,
///   `§ 10`, `paras. 6-7`, `paras 6–7`, `paras. 6 to 7`, `§§ 6 through 7`;
/// - one sentence of a paragraph: `para. 10, sentence 3`, `para. 10 sentence
///   3`, `para. 10 (sentence 3)`, `para. 10, the third sentence`, `sentence 3
///   of para. 10`, `the third sentence of para. 10`, `3rd sentence in ¶ 10`
///   (ordinals `first` to `tenth`, or `1st`, `2nd`, `3rd`, `4th`, ...);
/// - a footnote: `fn. 1`, `footnote 1`, `note 1`;
///
/// each with or without this declaration named before it (`Seoul
/// Declaration, `, `Seoul Declaration (ASEMME6, 2017), `, `ASEMME6 `, `the
/// Declaration, `, `Seoul Declaration's `) or after it (` of the Seoul
/// Declaration`, ` of this Declaration`, ` of ASEMME6`). A citation always
/// names something that exists; a citation of a part this crate cannot read
/// (`para. 10(b)`) is [`Error::PartialCitation`], and one of another document
/// (`para. 4 of the Incheon Declaration`) is [`Error::OtherDocument`].
///
/// ```
/// use asem_seoul_declaration::{Citation, Cited, Error};
///
/// let cite: Citation = "Seoul Declaration, paras 6–7".parse()?;
/// assert_eq!(cite.to_string(), "Seoul Declaration (ASEMME6, 2017), paras. 6–7");
/// assert_eq!(cite.short().to_string(), "paras. 6–7");
/// let Cited::Paragraphs(ps) = cite.resolve() else { unreachable!() };
/// assert_eq!(ps.len(), 2);
/// let sentence: Citation = "para. 10, sentence 3".parse()?;
/// assert_eq!(sentence.short().to_string(), "para. 10, sentence 3");
/// assert_eq!("the third sentence of para. 10.".parse::<Citation>()?, sentence);
/// assert_eq!("para. 3 of this Declaration".parse::<Citation>()?, Citation::paragraph(3)?);
/// assert!("para. 17".parse::<Citation>().is_err());
/// assert!(matches!("para. 10(b)".parse::<Citation>(), Err(Error::PartialCitation { .. })));
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Citation {
    /// The declaration cited.
    document: &'static Declaration,
    target: Target,
}

/// Citations order by their declaration's slug, then by what they cite.
impl PartialOrd for Citation {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Citation {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.document.slug, self.target).cmp(&(other.document.slug, other.target))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Target {
    Paragraphs { first: u8, last: u8 },
    Sentence { paragraph: u8, sentence: u8 },
    Footnote(u8),
}

/// What a citation resolves to.
///
/// Displays as the text it names: the paragraphs as `Display` writes them, one
/// per line, the sentence, or the footnote.
///
/// ```
/// use asem_seoul_declaration::{Citation, Cited};
/// let cited = Citation::paragraph(10)?.resolve();
/// assert!(matches!(cited, Cited::Paragraphs(ps) if ps[0].number() == 10));
/// assert!(cited.to_string().starts_with("10. Taking note"));
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Cited {
    /// One paragraph or a run of consecutive paragraphs.
    Paragraphs(&'static [Paragraph]),
    /// One sentence of a paragraph.
    Sentence(&'static Sentence),
    /// A footnote.
    Footnote(&'static Footnote),
}

impl Citation {
    /// A citation of paragraph `n`, a `u8` as every paragraph number is.
    ///
    /// # Errors
    ///
    /// [`Error::NoSuchParagraph`] unless `n` is 1 to 16.
    ///
    /// ```
    /// use asem_seoul_declaration::{Citation, Error};
    /// assert_eq!(Citation::paragraph(10)?.short().to_string(), "para. 10");
    /// assert!(matches!(Citation::paragraph(0), Err(Error::NoSuchParagraph { .. })));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn paragraph(n: u8) -> Result<Citation, Error> {
        Ok(crate::declaration().paragraph(n)?.citation())
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
        let document = crate::declaration();
        let (first, last) = (
            document.paragraph(first)?.number(),
            document.paragraph(last)?.number(),
        );
        if last < first {
            return Err(Error::ReversedRange {
                document,
                given: format!("paras. {first}-{last}"),
                first,
                last,
            });
        }
        let target = Target::Paragraphs { first, last };
        Ok(Citation { document, target })
    }

    /// A citation of sentence `sentence` (from 1) of paragraph `paragraph`.
    ///
    /// # Errors
    ///
    /// [`Error::NoSuchParagraph`] for a paragraph outside 1 to 16,
    /// [`Error::NoSuchSentence`] for a sentence the paragraph does not have.
    ///
    /// ```
    /// use asem_seoul_declaration::{Citation, Error};
    /// assert_eq!(Citation::sentence(10, 3)?.to_string(), "Seoul Declaration (ASEMME6, 2017), para. 10, sentence 3");
    /// assert!(matches!(Citation::sentence(10, 0), Err(Error::NoSuchSentence { .. })));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn sentence(paragraph: u8, sentence: u8) -> Result<Citation, Error> {
        let p = crate::declaration().paragraph(paragraph)?;
        Ok(p.sentence(sentence)?.citation())
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
        Citation::of_footnote(crate::declaration(), n).ok_or_else(|| Error::NoSuchFootnote {
            document: crate::declaration(),
            given: format!("fn. {n}"),
        })
    }

    /// The paragraph numbers cited: the paragraph of a cited sentence, `None`
    /// for a footnote.
    ///
    /// ```
    /// use asem_seoul_declaration::Citation;
    /// let cite: Citation = "paras. 6-7".parse()?;
    /// assert_eq!(cite.paragraph_numbers(), Some(6..=7));
    /// assert_eq!(Citation::sentence(10, 2)?.paragraph_numbers(), Some(10..=10));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn paragraph_numbers(&self) -> Option<RangeInclusive<u8>> {
        match self.target {
            Target::Paragraphs { first, last } => Some(first..=last),
            Target::Sentence { paragraph, .. } => Some(paragraph..=paragraph),
            Target::Footnote(_) => None,
        }
    }

    /// What the citation names: the paragraphs, the sentence or the footnote,
    /// borrowed from the declaration.
    ///
    /// ```
    /// use asem_seoul_declaration::{Citation, Cited, Spanned};
    /// let Cited::Sentence(s) = "para. 10, sentence 3".parse::<Citation>()?.resolve() else { unreachable!() };
    /// assert!(s.text().starts_with("We also urge"));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn resolve(self) -> Cited {
        let paragraphs: &'static [Paragraph] = self.document.paragraphs;
        match self.target {
            Target::Paragraphs { first, last } => {
                Cited::Paragraphs(&paragraphs[usize::from(first) - 1..usize::from(last)])
            }
            Target::Sentence {
                paragraph,
                sentence,
            } => Cited::Sentence(
                &paragraphs[usize::from(paragraph) - 1].sentences[usize::from(sentence) - 1],
            ),
            Target::Footnote(n) => Cited::Footnote(&self.document.footnotes[usize::from(n) - 1]),
        }
    }

    /// The short form, without the document: `para. 10`, `paras. 6–7`,
    /// `para. 10, sentence 3`, `fn. 1`.
    ///
    /// ```
    /// use asem_seoul_declaration::Citation;
    /// assert_eq!(Citation::footnote(1)?.short().to_string(), "fn. 1");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn short(&self) -> impl fmt::Display + use<> {
        Short(self.target)
    }
}

/// The paragraphs, one per line, the sentence, or the footnote, as `Display`
/// writes them.
impl fmt::Display for Cited {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cited::Paragraphs(paragraphs) => {
                for (i, p) in paragraphs.iter().enumerate() {
                    if i > 0 {
                        f.write_str("\n")?;
                    }
                    fmt::Display::fmt(p, f)?;
                }
                Ok(())
            }
            Cited::Sentence(sentence) => f.write_str(sentence.text()),
            Cited::Footnote(note) => fmt::Display::fmt(note, f),
        }
    }
}

struct Short(Target);

impl fmt::Display for Short {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Target::Paragraphs { first, last } if first == last => write!(f, "para. {first}"),
            Target::Paragraphs { first, last } => write!(f, "paras. {first}–{last}"),
            Target::Sentence {
                paragraph,
                sentence,
            } => write!(f, "para. {paragraph}, sentence {sentence}"),
            Target::Footnote(n) => write!(f, "fn. {n}"),
        }
    }
}

/// `Seoul Declaration (ASEMME6, 2017), para. 10`: the declaration's title,
/// its meeting and year, then the short form.
impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d: &Declaration = self.document;
        write!(
            f,
            "{} ({}, {}), {}",
            d.title(),
            d.meeting().acronym(),
            d.meeting().year(),
            Short(self.target)
        )
    }
}

impl Citation {
    /// Paragraph `p`.
    pub(crate) const fn of_paragraph(p: &Paragraph) -> Citation {
        let n = p.number;
        Citation {
            document: p.document,
            target: Target::Paragraphs { first: n, last: n },
        }
    }

    /// Sentence `s` of its paragraph.
    pub(crate) const fn of_sentence(s: &Sentence) -> Citation {
        let p = s.span.paragraph;
        Citation {
            document: p.document,
            target: Target::Sentence {
                paragraph: p.number,
                sentence: s.number,
            },
        }
    }

    /// Footnote `n` of `document`, if it has one.
    fn of_footnote(document: &'static Declaration, n: u8) -> Option<Citation> {
        let exists = usize::from(n).wrapping_sub(1) < document.footnotes.len();
        exists.then_some(Citation {
            document,
            target: Target::Footnote(n),
        })
    }
}

/// As it displays: `"Seoul Declaration (ASEMME6, 2017), para. 10"`.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// From anything [`Citation`]'s `FromStr` accepts.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> serde::Deserialize<'de> for Citation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::model::vocabulary::deserialize_parsed(deserializer)
    }
}

/// One grammar serves both: a string parses as a citation when
/// [`find_citations`](crate::find_citations) finds exactly one in it and nothing else but white space
/// and a closing full stop. A citation of another document found alone is the
/// error [`Error::OtherDocument`] however much of the string it covers.
impl FromStr for Citation {
    type Err = Error;

    fn from_str(given: &str) -> Result<Citation, Error> {
        parse(crate::declaration(), given)
    }
}

/// `given` as one citation of `document`; see `FromStr`.
pub(crate) fn parse(document: &'static Declaration, given: &str) -> Result<Citation, Error> {
    let mut found = find_in(document, given);
    match (found.next(), found.next()) {
        (Some(only), None) if only.owner() == Owner::Other => Err(Error::OtherDocument {
            document,
            given: given.to_owned(),
        }),
        (Some(only), None)
            if given[..only.range().start].trim().is_empty()
                && matches!(given[only.range().end..].trim(), "" | ".") =>
        {
            check(document, only.found(), given, given)
        }
        _ => Err(Error::UnrecognisedCitation {
            document,
            given: given.to_owned(),
        }),
    }
}

/// A number as an error writes it: its digits as typed, or a number word's
/// value.
struct Typed<'a>(Num, &'a str);

impl fmt::Display for Typed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.0.word, self.0.value) {
            (true, Some(n)) => write!(f, "{n}"),
            _ => f.write_str(&self.1[self.0.start..self.0.end]),
        }
    }
}

/// The citation `found` names, checked against `document`; `text` is the
/// text its numbers stand in, and errors quote `given`.
pub(super) fn check(
    document: &'static Declaration,
    found: Found,
    text: &str,
    given: &str,
) -> Result<Citation, Error> {
    let paragraph = |n: Num| match n.value.and_then(|v| document.paragraph(v).ok()) {
        Some(p) => Ok(p.number()),
        None => Err(Error::no_such_paragraph(document, given, Typed(n, text))),
    };
    match found {
        Found::Paragraphs { first, last } => {
            let (first, last) = (paragraph(first)?, paragraph(last)?);
            if last < first {
                return Err(Error::ReversedRange {
                    document,
                    given: given.to_owned(),
                    first,
                    last,
                });
            }
            let target = Target::Paragraphs { first, last };
            Ok(Citation { document, target })
        }
        Found::Sentence {
            paragraph: n,
            sentence,
        } => {
            let p = &document.paragraphs[usize::from(paragraph(n)?) - 1];
            let found = sentence.value.and_then(|s| p.sentence(s).ok());
            found.map(Sentence::citation).ok_or_else(|| {
                Error::no_such_sentence(
                    document,
                    given,
                    p.number(),
                    Typed(sentence, text),
                    p.sentence_count(),
                )
            })
        }
        Found::Footnote(n) => n
            .value
            .and_then(|n| Citation::of_footnote(document, n))
            .ok_or_else(|| Error::NoSuchFootnote {
                document,
                given: given.to_owned(),
            }),
        Found::FootnoteIn {
            paragraph: n,
            footnote,
        } => {
            let n = paragraph(n)?;
            let mut notes = document
                .footnotes
                .iter()
                .filter(|f| f.paragraph().number() == n);
            let note = match footnote {
                Some(f) => notes.find(|note| Some(note.number()) == f.value),
                None => notes.next().filter(|_| notes.next().is_none()),
            };
            note.and_then(|note| Citation::of_footnote(document, note.number()))
                .ok_or_else(|| Error::NoSuchFootnote {
                    document,
                    given: given.to_owned(),
                })
        }
        Found::Unreadable => Err(Error::UnrecognisedCitation {
            document,
            given: given.to_owned(),
        }),
        Found::Partial { read, unread } => Err(Error::PartialCitation {
            document,
            given: given.to_owned(),
            read: slice(text, read).to_owned(),
            unread: slice(text, unread).to_owned(),
        }),
    }
}
