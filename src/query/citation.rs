//! Citing the declaration: "Seoul Declaration (ASEMME6, 2017), para. 10", and
//! finding such citations in running prose.
//!
//! One grammar reads both. It reads a paragraph (`para. 10`, `¶ 10`, `§ 10`),
//! a run (`paras. 6-7`, `paras 6 to 8`), a list after a plural word (`paras.
//! 6, 8 and 9`), one sentence of one paragraph, written after it (`para. 10,
//! sentence 2`, `para. 10 (sentence 2)`, `para. 10, the second sentence`) or
//! before it (`sentence 2 of para. 10`, `the second sentence of para. 10`,
//! `the 2nd sentence in ¶ 10`), and a footnote (`fn. 1`). It tells this
//! declaration's citations (`Seoul Declaration, para. 3`, `para. 3 of this
//! Declaration`) from other documents' (`para. 4 of the Incheon
//! Declaration`, `the Bologna Declaration's paragraph 3`), and reports a
//! citation of a part it cannot read (`para. 10(b)`, `sentences 2 and 3 of
//! para. 10`) whole, as an error, rather than as the whole paragraph.
//! [`find_citations`] lists the forms and the rules.
//!
//! ```
//! use asem_seoul_declaration::{find_citations, Citation, Owner};
//!
//! let cite: Citation = "the second sentence of para. 10".parse()?;
//! assert_eq!(cite.short().to_string(), "para. 10, sentence 2");
//! let text = "para. 4 of the Incheon Declaration and para. 10(b) differ from para. 3 of this Declaration";
//! let ours: Vec<String> = find_citations(text)
//!     .filter(|c| c.owner() != Owner::Other)
//!     .map(|c| match c.citation() {
//!         Ok(cite) => cite.short().to_string(),
//!         Err(err) => err.to_string(),
//!     })
//!     .collect();
//! assert!(ours[0].starts_with("citation \"para. 10(b)\" could not be read whole"));
//! assert_eq!(ours[1], "para. 3");
//! # Ok::<(), asem_seoul_declaration::Error>(())
//! ```

use std::fmt;
use std::iter::FusedIterator;
use std::ops::{Range, RangeInclusive};
use std::str::FromStr;

use crate::facts::{DECLARATION, FOOTNOTES};
use crate::model::error::Error;
use crate::model::records::Declaration;
use crate::model::records::Footnote;
use crate::model::records::Paragraph;
use crate::model::records::Sentence;
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Citation(Target);

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
    /// A citation of paragraph `n`, given as any integer type.
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
        let n = DECLARATION.paragraph(n)?.number();
        Ok(Citation(Target::Paragraphs { first: n, last: n }))
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
        let (first, last) = (
            DECLARATION.paragraph(first)?.number(),
            DECLARATION.paragraph(last)?.number(),
        );
        if last < first {
            return Err(Error::ReversedRange {
                given: format!("paras. {first}-{last}"),
                first,
                last,
            });
        }
        Ok(Citation(Target::Paragraphs { first, last }))
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
        let p = DECLARATION.paragraph(paragraph)?;
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
        if usize::from(n).wrapping_sub(1) >= FOOTNOTES.len() {
            return Err(Error::NoSuchFootnote {
                given: format!("fn. {n}"),
            });
        }
        Ok(Citation(Target::Footnote(n)))
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
        match self.0 {
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
        let paragraphs: &'static [Paragraph] = DECLARATION.paragraphs();
        match self.0 {
            Target::Paragraphs { first, last } => {
                Cited::Paragraphs(&paragraphs[usize::from(first) - 1..usize::from(last)])
            }
            Target::Sentence {
                paragraph,
                sentence,
            } => Cited::Sentence(
                &paragraphs[usize::from(paragraph) - 1].sentences[usize::from(sentence) - 1],
            ),
            Target::Footnote(n) => Cited::Footnote(&FOOTNOTES[usize::from(n) - 1]),
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
        Short(self.0)
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

/// `Seoul Declaration (ASEMME6, 2017), para. 10`.
impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d: &Declaration = &DECLARATION;
        write!(
            f,
            "{} ({}, {}), {}",
            d.title(),
            d.meeting().acronym(),
            d.meeting().year(),
            Short(self.0)
        )
    }
}

impl Citation {
    /// Paragraph `n`, which the caller knows exists.
    pub(crate) const fn of_paragraph(n: u8) -> Citation {
        Citation(Target::Paragraphs { first: n, last: n })
    }

    /// Sentence `sentence` of paragraph `paragraph`, which the caller knows
    /// exists.
    pub(crate) const fn of_sentence(paragraph: u8, sentence: u8) -> Citation {
        Citation(Target::Sentence {
            paragraph,
            sentence,
        })
    }
}

/// Words that introduce paragraph numbers, longest first so that a prefix of
/// another is tried last; a plural may introduce a list ("paras. 6, 8 and 9").
const PARAGRAPH_WORDS: &[(&str, bool)] = &[
    ("paragraphs", true),
    ("paragraph", false),
    ("paras.", true),
    ("paras", true),
    ("para.", false),
    ("para", false),
    ("¶¶", true),
    ("¶", false),
    ("§§", true),
    ("§", false),
];
const FOOTNOTE_WORDS: &[&str] = &["footnote", "fn.", "fn", "note"];
/// The characters an introducing word starts with, in either case.
const WORD_STARTS: [char; 8] = ['p', 'P', 'f', 'F', 'n', 'N', '¶', '§'];
/// Whether a byte may begin one of [`WORD_STARTS`]: the ASCII letters, and
/// the lead byte that '¶' and '§' share in UTF-8.
const fn is_word_start_byte(b: u8) -> bool {
    matches!(b, b'p' | b'P' | b'f' | b'F' | b'n' | b'N' | 0xC2)
}
/// What joins the ends of a run: a hyphen, an en dash, an em dash, "to" or
/// "through".
const DASHES: &[char] = &['-', '–', '—'];
const RANGE_WORDS: &[&str] = &["to", "through"];

/// Ordinal words a sentence may be cited by ("the second sentence of para.
/// 10"); no paragraph has more than five sentences, so ten is ample.
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];
/// The endings of a written ordinal ("2nd").
const ORDINAL_ENDINGS: &[&str] = &["st", "nd", "rd", "th"];
/// Words that pick a part of a paragraph without a number this crate can read
/// ("the last sentence", "the first two sentences").
const MODIFIERS: &[&str] = &[
    "last",
    "final",
    "opening",
    "closing",
    "penultimate",
    "middle",
    "two",
    "three",
    "four",
    "five",
];
/// How many ordinals and modifiers may come before a part's name.
const MAX_MODIFIERS: usize = 3;
/// Number words, read only to report a part as partial ("sentence two").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];
/// Parts of a paragraph, plural before singular; of these only one sentence
/// of one paragraph is read, the others are reported as partial citations.
const LOCATORS: &[&str] = &[
    "sentences",
    "sentence",
    "lines",
    "line",
    "subparagraphs",
    "subparagraph",
    "sub-paragraphs",
    "sub-paragraph",
    "subparas.",
    "subpara.",
    "clauses",
    "clause",
    "points",
    "point",
    "items",
    "item",
    "bullets",
    "bullet",
    "indents",
    "indent",
    "parts",
    "part",
    "phrases",
    "phrase",
    "words",
    "word",
];

/// The declaration's title, as a citation writes it before the number.
const TITLE: &str = "Seoul Declaration";
/// The meeting's acronym, as a citation writes it before the number.
const ACRONYM: &str = "ASEMME6";
/// Every name of this declaration the reader recognises next to a citation,
/// as words separated by white space, matched in any ASCII case. "the
/// Declaration" and "this Declaration" count only when nothing qualifies them
/// ("the Declaration on Human Rights" is another); before the number they
/// must stand right before it, after it they follow "of" or "in".
const OUR_NAMES: &[&str] = &[
    TITLE,
    "this Declaration",
    "the Declaration",
    ACRONYM,
    "6th ASEM Education Ministers' Meeting",
    "6th ASEM Education Ministers’ Meeting",
    "6th ASEM Education Ministers Meeting",
    "sixth ASEM Education Ministers' Meeting",
    "sixth ASEM Education Ministers’ Meeting",
    "sixth ASEM Education Ministers Meeting",
];
/// Words after a declaration's name that make it another declaration ("the
/// Declaration on Human Rights", "the Seoul Declaration for ...").
const QUALIFIERS: &[&str] = &[
    "on", "for", "by", "from", "of", "at", "adopted", "issued", "signed",
];
/// Last words of another document's name right before a citation ("the
/// Incheon Declaration, para. 4", "Lisbon Convention, § 3").
const DOCUMENT_NOUNS: &[&str] = &[
    "declaration",
    "convention",
    "statement",
    "communiqué",
    "communique",
    "treaty",
    "charter",
    "agreement",
    "protocol",
    "report",
    "resolution",
    "recommendation",
    "recommendations",
    "conclusions",
    "constitution",
    "directive",
    "regulation",
    "decision",
    "guidelines",
    "strategy",
    "framework",
    "agenda",
    "plan",
    "roadmap",
    "principles",
    "covenant",
    "accord",
    "memorandum",
    "compact",
    "pact",
    "code",
    "act",
    "manifesto",
    "programme",
    "program",
    "meeting",
    "summit",
    "conference",
    "summary",
    "minutes",
    "proceedings",
    "document",
];
/// Words before "'s" that are not a document's name ("it's para. 10").
const NOT_POSSESSORS: &[&str] = &[
    "it", "that", "this", "there", "here", "what", "who", "where", "which", "let", "he", "she",
];
/// Capitalised words before a year that name a time, not an author ("In
/// 2017, para. 10 ...").
const NOT_AUTHORS: &[&str] = &[
    "in", "since", "by", "from", "until", "till", "after", "before", "on", "for", "to", "at",
    "and", "or", "the", "of", "during", "through", "as", "about", "around",
];
/// How many words back from a citation a document's title is looked for.
const TITLE_WORDS: usize = 10;
/// Words that join the capitalised words of a title ("Declaration of Human
/// Rights", "Convention on the Recognition of Qualifications").
const TITLE_JOINS: &[&str] = &[
    "of",
    "on",
    "the",
    "and",
    "for",
    "in",
    "to",
    "concerning",
    "between",
    "&",
];
/// Words after "of" that name no document ("para. 10 of which").
const NOT_DOCUMENTS: &[&str] = &["which", "whom", "whose", "it", "its", "them", "course"];
/// How far back from a citation's word the reader looks for a name or a
/// sentence-first form: "Seoul Declaration (ASEMME6, 2017), " or "the first
/// two sentences of " with white space to spare.
const REACH: usize = 96;

/// One grammar serves both: a string parses as a citation when
/// [`find_citations`] finds exactly one in it and nothing else but white space
/// and a closing full stop. A citation of another document found alone is the
/// error [`Error::OtherDocument`] however much of the string it covers.
impl FromStr for Citation {
    type Err = Error;

    fn from_str(given: &str) -> Result<Citation, Error> {
        let mut found = find_citations(given);
        match (found.next(), found.next()) {
            (Some(only), None) if only.owner == Owner::Other => Err(Error::OtherDocument {
                given: given.to_owned(),
            }),
            (Some(only), None)
                if given[..only.range.start].trim().is_empty()
                    && matches!(given[only.range.end..].trim(), "" | ".") =>
            {
                only.target.check(given, given)
            }
            _ => Err(Error::UnrecognisedCitation {
                given: given.to_owned(),
            }),
        }
    }
}

/// `s` without `prefix`, compared ignoring ASCII case.
fn strip_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// Whose a found citation is, by the words around it.
///
/// ```
/// use asem_seoul_declaration::{find_citations, Owner};
///
/// let owners: Vec<Owner> = find_citations(
///     "para. 3 of the Seoul Declaration; the Incheon Declaration, para. 4; para. 5",
/// )
/// .map(|c| c.owner())
/// .collect();
/// assert_eq!(owners, [Owner::Declaration, Owner::Other, Owner::Unnamed]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Owner {
    /// This declaration, named by one of its names right before the citation
    /// ("Seoul Declaration, para. 3", "ASEMME6 ¶ 3", "the Seoul Declaration's
    /// § 3") or after it ("para. 3 of this Declaration").
    ///
    /// ```
    /// use asem_seoul_declaration::{find_citations, Owner};
    /// let found = find_citations("see para. 3 of the Seoul Declaration").next().unwrap();
    /// assert_eq!(found.owner(), Owner::Declaration);
    /// assert_eq!(found.text(), "para. 3 of the Seoul Declaration");
    /// assert_eq!(found.citation()?.short().to_string(), "para. 3");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    Declaration,
    /// Another document, named right before the citation ("the Incheon
    /// Declaration, para. 4", "ASEMME7, para. 3", "UNESCO, 2015, para. 3"), by
    /// a possessive ("the Bologna Declaration's paragraph 3") or after it
    /// ("para. 4 of the Incheon Declaration"). Its
    /// [`citation`](FoundCitation::citation) is [`Error::OtherDocument`],
    /// never a paragraph of this declaration.
    ///
    /// ```
    /// use asem_seoul_declaration::{find_citations, Error, Owner};
    /// let found = find_citations("cf. the Chair's Statement, para. 4").next().unwrap();
    /// assert_eq!(found.owner(), Owner::Other);
    /// assert_eq!(found.text(), "para. 4");
    /// assert!(matches!(found.citation(), Err(Error::OtherDocument { .. })));
    /// ```
    Other,
    /// No document named: a bare "para. 10". Its
    /// [`citation`](FoundCitation::citation) reads it as this declaration's,
    /// which is right only where the prose is about this declaration.
    ///
    /// ```
    /// use asem_seoul_declaration::{find_citations, Owner};
    /// let found = find_citations("as para. 10 says").next().unwrap();
    /// assert_eq!(found.owner(), Owner::Unnamed);
    /// assert_eq!(found.citation()?.short().to_string(), "para. 10");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    Unnamed,
}

/// A citation found in running prose by [`find_citations`]: where it stands,
/// whose it is, and what it cites or why it cannot.
///
/// ```
/// use asem_seoul_declaration::{find_citations, Citation, Owner};
///
/// let found: Vec<_> = find_citations("see para. 10").collect();
/// assert_eq!(found[0].range(), 4..12);
/// assert_eq!(found[0].text(), "para. 10");
/// assert_eq!(found[0].owner(), Owner::Unnamed);
/// assert_eq!(found[0].citation(), Citation::paragraph(10));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FoundCitation<'t> {
    text: &'t str,
    range: Range<usize>,
    target: Found,
    owner: Owner,
}

/// A number as it was written: the byte range of its digits in the text
/// searched, so that an error can quote them however many there are, or the
/// value of an ordinal word ("second").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Num {
    Digits { start: usize, end: usize },
    Word(u8),
}

impl Num {
    /// The value, unless it does not fit a paragraph or sentence number.
    fn value(self, text: &str) -> Option<u8> {
        match self {
            Num::Digits { start, end } => text[start..end].parse().ok(),
            Num::Word(n) => Some(n),
        }
    }
}

/// A number as an error writes it: its digits as typed.
struct Typed<'a>(Num, &'a str);

impl fmt::Display for Typed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Num::Digits { start, end } => f.write_str(&self.1[start..end]),
            Num::Word(n) => write!(f, "{n}"),
        }
    }
}

/// What a found citation names, before it is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Found {
    Paragraphs {
        first: Num,
        last: Num,
    },
    Sentence {
        paragraph: Num,
        sentence: Num,
    },
    Footnote(Num),
    /// Written as a citation, but of nothing a citation can name ("fn. 1-2").
    Unreadable,
    /// A citation with a part the reader cannot read ("para. 10(b)").
    Partial,
}

impl Found {
    /// The citation, checked against the declaration; `text` is the text the
    /// numbers stand in, and errors quote `given`.
    fn check(self, text: &str, given: &str) -> Result<Citation, Error> {
        let paragraph = |n: Num| match n.value(text) {
            Some(n @ 1..=16) => Ok(n),
            _ => Err(Error::no_such_paragraph(given, Typed(n, text))),
        };
        match self {
            Found::Paragraphs { first, last } => {
                let (first, last) = (paragraph(first)?, paragraph(last)?);
                if last < first {
                    return Err(Error::ReversedRange {
                        given: given.to_owned(),
                        first,
                        last,
                    });
                }
                Ok(Citation(Target::Paragraphs { first, last }))
            }
            Found::Sentence {
                paragraph: n,
                sentence,
            } => {
                let p = &DECLARATION.paragraphs()[usize::from(paragraph(n)?) - 1];
                let found = sentence.value(text).and_then(|s| p.sentence(s).ok());
                found.map(Sentence::citation).ok_or_else(|| {
                    Error::no_such_sentence(
                        given,
                        p.number(),
                        Typed(sentence, text),
                        p.sentence_count(),
                    )
                })
            }
            Found::Footnote(n) => n
                .value(text)
                .and_then(|n| Citation::footnote(n).ok())
                .ok_or_else(|| Error::NoSuchFootnote {
                    given: given.to_owned(),
                }),
            Found::Unreadable => Err(Error::UnrecognisedCitation {
                given: given.to_owned(),
            }),
            Found::Partial => Err(Error::PartialCitation {
                given: given.to_owned(),
            }),
        }
    }
}

impl Found {
    /// What a citation names once a part written next to it is read: one
    /// sentence of one paragraph, or else a partial citation (a part of a
    /// run, a list or a footnote, or a part this crate does not read).
    fn narrowed(self, part: Part, in_list: bool) -> Found {
        match (part, self) {
            (Part::Sentence(sentence), Found::Paragraphs { first, last })
                if first == last && !in_list =>
            {
                Found::Sentence {
                    paragraph: first,
                    sentence,
                }
            }
            _ => Found::Partial,
        }
    }
}

impl Owner {
    /// Whose the words before (`self`) and after (`after`) a citation make
    /// it: another document's if either names one, so that a paragraph of
    /// another document is never taken for this declaration's.
    fn with(self, after: Owner) -> Owner {
        match (self, after) {
            (Owner::Other, _) | (_, Owner::Other) => Owner::Other,
            (Owner::Declaration, _) | (_, Owner::Declaration) => Owner::Declaration,
            _ => Owner::Unnamed,
        }
    }
}

impl FoundCitation<'_> {
    /// The byte range of the citation in the text searched; both ends are on
    /// character boundaries. It covers this declaration's name where one is
    /// tied to the citation ("Seoul Declaration, para. 3", "para. 3 of this
    /// Declaration") and a part that could not be read ("para. 10(b)"), but
    /// never another document's name, nor a full stop after the number.
    ///
    /// ```
    /// use asem_seoul_declaration::find_citations;
    /// let text = "as in paras 6–7 and fn. 1. Then sentence 2 of para. 3 of ASEMME6.";
    /// let found: Vec<&str> = find_citations(text).map(|c| &text[c.range()]).collect();
    /// assert_eq!(found, ["paras 6–7", "fn. 1", "sentence 2 of para. 3 of ASEMME6"]);
    /// ```
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        self.range.clone()
    }

    /// The citation as written.
    ///
    /// ```
    /// use asem_seoul_declaration::find_citations;
    /// let found = find_citations("Seoul Declaration, para. 3 says").next().unwrap();
    /// assert_eq!(found.text(), "Seoul Declaration, para. 3");
    /// ```
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text[self.range.clone()]
    }

    /// Whose the citation is: this declaration's, named; another document's;
    /// or unnamed. See [`find_citations`] for the names and the rules.
    ///
    /// ```
    /// use asem_seoul_declaration::{find_citations, Owner};
    /// let owners: Vec<Owner> =
    ///     find_citations("ASEMME6, para. 3; para. 4 of the Incheon Declaration; para. 5")
    ///         .map(|c| c.owner())
    ///         .collect();
    /// assert_eq!(owners, [Owner::Declaration, Owner::Other, Owner::Unnamed]);
    /// ```
    #[must_use]
    pub fn owner(&self) -> Owner {
        self.owner
    }

    /// The citation, checked against the declaration.
    ///
    /// # Errors
    ///
    /// [`Error::OtherDocument`] for a citation of another document
    /// ([`Owner::Other`]), whatever its numbers, so that a paragraph of
    /// another document is never read as one of this declaration's;
    /// [`Error::PartialCitation`] for a form the reader cannot read whole
    /// ("para. 10(b)", "sentences 2 and 3 of para. 10");
    /// [`Error::NoSuchParagraph`] for a paragraph the declaration does not
    /// have, [`Error::NoSuchSentence`] for a sentence its paragraph does not
    /// have, [`Error::ReversedRange`] for a run that ends before it starts,
    /// [`Error::NoSuchFootnote`] for a footnote other than 1,
    /// [`Error::UnrecognisedCitation`] for a run of footnotes. Each quotes the
    /// citation as written, numbers with the digits as typed.
    ///
    /// ```
    /// use asem_seoul_declaration::{find_citations, Error};
    /// let found: Vec<_> = find_citations("para. 17, para. 10(b) and Lisbon Convention, § 3").collect();
    /// assert!(matches!(found[0].citation(), Err(Error::NoSuchParagraph { .. })));
    /// assert!(matches!(found[1].citation(), Err(Error::PartialCitation { .. })));
    /// assert!(matches!(found[2].citation(), Err(Error::OtherDocument { .. })));
    /// ```
    pub fn citation(&self) -> Result<Citation, Error> {
        if self.owner == Owner::Other {
            return Err(Error::OtherDocument {
                given: self.text().to_owned(),
            });
        }
        self.target.check(self.text, self.text())
    }
}

/// Finds citations in running prose, in order: this declaration's, other
/// documents' (so that they are not mistaken for it), and those written
/// without a document.
///
/// # What is read
///
/// A citation is a word that introduces paragraphs or a footnote (`para.`,
/// `paras`, `paragraph`, `¶`, `§`, `fn.`, `footnote`, `note`, in any case) and
/// a number, a run (`6–7`, `6-8`, `6 to 8`, `6 through 8`), or a paragraph and
/// one of its sentences, written after it (`para. 10, sentence 3`,
/// `para. 10 sentence 3`, `para. 10 (sentence 3)`, `para. 10, the third
/// sentence`) or before it (`sentence 3 of para. 10`, `the third sentence of
/// para. 10`, `3rd sentence in ¶ 10`), ordinals being the words `first` to
/// `tenth` or written `1st`, `2nd`, `3rd`, `4th` and so on. After a plural
/// word a list (`paras. 6, 7 and 9`, `paras. 6 and 7`) gives a citation for
/// each item. A number glued to letters or decimals (`para 3a`, `para. 2.5`,
/// `para. 10,000`) is not a paragraph number; a full stop after the number
/// ends the sentence and is not part of the citation.
///
/// # Partial citations
///
/// A form that narrows the citation to something the reader cannot read is
/// found whole, and its [`citation`](FoundCitation::citation) is
/// [`Error::PartialCitation`] rather than the whole paragraph:
///
/// - a label in brackets after the number: `para. 10(b)`, `para. 10 (ii)`,
///   `para. 10 (a)-(c)` (one to three letters or digits);
/// - a part after the number, after a comma, white space or in brackets:
///   `para. 10, sentences 2-3`, `para. 10, sentence 2 and 3`,
///   `para. 10, line 4`, `para. 10 (lines 2 to 4)`, `para. 10, subparagraph
///   (b)`, `para. 10, the last sentence`, `para. 10, first two sentences`;
/// - a part before the number, joined by `of` or `in`: `sentences 2 and 3 of
///   para. 10`, `line 4 of para. 10`, `the last sentence of para. 10`, `the
///   first two sentences of para. 10`;
/// - one sentence of a run, a list or a footnote: `paras. 6-7, sentence 2`,
///   `sentence 2 of fn. 1`, `paras. 6 and 7, sentence 2` (the whole list is
///   one partial citation).
///
/// The parts are sentences, lines, subparagraphs (`subparagraph`,
/// `sub-paragraph`, `subpara.`), clauses, points, items, bullets, indents,
/// parts, phrases and words, each with a number, a list or run of numbers, a
/// bracketed label, a letter, a roman numeral or a number word, or after
/// `last`, `final`, `opening`, `closing`, `penultimate`, `middle`, an ordinal
/// or `two` to `five`.
///
/// # Whose a citation is
///
/// [`FoundCitation::owner`] says whose the words around a citation make it,
/// and a citation the same words give to another document is still found, as
/// [`Owner::Other`], with an error for its citation.
///
/// - This declaration ([`Owner::Declaration`]) is named `Seoul Declaration`
///   (optionally followed by `(ASEMME6, 2017)`), `this Declaration`, `the
///   Declaration`, `ASEMME6`, or `6th` (or `sixth`) `ASEM Education
///   Ministers' Meeting`, in any case: right before the number
///   (`Seoul Declaration, para. 3`, `ASEMME6 ¶ 3`), as a possessive (`the
///   Seoul Declaration's § 3`) or after it (`para. 3 of the Seoul
///   Declaration`, `para. 3 in this Declaration`). "Declaration" with a
///   qualifier after it (`the Declaration on ...`, `of ...`, `for ...`, `by
///   ...`, `adopted ...`) is not this one. The name is part of the found
///   range; `the` before `Seoul Declaration` is not.
/// - Another document ([`Owner::Other`]) is named right before the number,
///   with or without a comma, by a name ending in a document word
///   (`Declaration`, `Convention`, `Statement`, `Communiqué`, `Treaty`,
///   `Charter`, `Agreement`, `Report`, `Meeting`, `Conference` and the like:
///   `the Incheon Declaration, para. 4`, `Lisbon Convention, § 3`), by an
///   acronym with a number (`ASEMME7, para. 3`) or an acronym and a comma
///   (`UNESCO, para. 3`), by a capitalised title with a document word in it
///   (`the Universal Declaration of Human Rights, para. 3`), by an author or
///   body and a year (`UNESCO, 2015, para. 3`, `UNESCO (2015), para. 3`,
///   `Smith et al. 2019, para. 3`); by any possessive that is not this
///   declaration's (`the Bologna Declaration's paragraph 3`, `the
///   convention's § 3`; `it's` and `that's` are no possessives); or after
///   the number by `of` and anything that is not this declaration, a number
///   or another citation (`para. 4 of the Incheon Declaration`, `§ 3 of the
///   UNESCO convention`). Where the words name both, another document wins.
///   Its name is not part of the found range.
/// - Otherwise no document is named ([`Owner::Unnamed`]).
///
/// A list belongs to the document named before its first item or after its
/// last (`paras. 6 and 7 of the Incheon Declaration` are both another
/// document's). The reader knows no list of other documents: a name it
/// cannot tell for a document's (`the ministers' text, para. 3`) leaves the
/// citation unnamed, and `the Declaration` is read as this one even where the
/// prose is about another.
///
/// A citation of something the declaration does not have (`para. 17`) is
/// found all the same, and its [`citation`](FoundCitation::citation) is the
/// error, so that a checker can flag it.
///
/// ```
/// use asem_seoul_declaration::{find_citations, Owner};
///
/// let brief = "The ministers pledge (Seoul Declaration, paras. 6, 8 and 9) \
///              as in paras. 6 to 8, the second sentence of para. 10 and fn. 1, unlike § 3 of \
///              the UNESCO convention; para. 10(b) is not read, para. 17 is wrong.";
/// let found: Vec<String> = find_citations(brief)
///     .map(|c| match (c.owner(), c.citation()) {
///         (Owner::Other, _) => format!("other: {}", c.text()),
///         (_, Ok(cite)) => cite.short().to_string(),
///         (_, Err(_)) => format!("bad: {}", c.text()),
///     })
///     .collect();
/// assert_eq!(found, [
///     "para. 6", "para. 8", "para. 9", "paras. 6–8", "para. 10, sentence 2", "fn. 1",
///     "other: § 3", "bad: para. 10(b)", "bad: para. 17",
/// ]);
/// ```
#[must_use]
pub fn find_citations(text: &str) -> impl FusedIterator<Item = FoundCitation<'_>> + Clone {
    Finder {
        text,
        at: 0,
        floor: 0,
        list: None,
    }
}

/// The state of a [`find_citations`] scan.
#[derive(Clone)]
struct Finder<'t> {
    text: &'t str,
    /// Where to look next.
    at: usize,
    /// Where the last citation found ends: nothing before it is read again,
    /// so that found ranges never overlap.
    floor: usize,
    /// Inside a list of paragraph numbers.
    list: Option<List>,
}

/// The rest of a list of paragraph numbers being found.
#[derive(Clone, Copy)]
struct List {
    /// Where the next item may start.
    next: usize,
    /// Where the list's last number ends.
    last: usize,
    /// Where the last item's range ends: after this declaration's name, if
    /// the list is followed by it.
    end: usize,
    owner: Owner,
}

impl<'t> Iterator for Finder<'t> {
    type Item = FoundCitation<'t>;

    fn next(&mut self) -> Option<FoundCitation<'t>> {
        if let Some(list) = self.list.take() {
            if let Some(found) = self.list_item(list) {
                return Some(self.found(found));
            }
        }
        while self.at < self.text.len() {
            // Jump to the next byte a citation word can start with: an ASCII
            // letter or the lead byte of '¶' and '§', each a character's
            // first byte, so that the jump lands on a character boundary.
            let Some(skip) = self.text.as_bytes()[self.at..]
                .iter()
                .position(|&b| is_word_start_byte(b))
            else {
                self.at = self.text.len();
                break;
            };
            let at = self.at + skip;
            self.at = next_char(self.text, at);
            if let Some(found) = self.citation_at(at) {
                return Some(self.found(found));
            }
        }
        None
    }
}

impl FusedIterator for Finder<'_> {}

impl<'t> Finder<'t> {
    /// Records where a citation found ends, and hands it on.
    fn found(&mut self, found: FoundCitation<'t>) -> FoundCitation<'t> {
        self.floor = found.range.end;
        self.at = self.at.max(found.range.end);
        found
    }

    /// A citation whose introducing word starts at `at`, if there is one.
    fn citation_at(&mut self, at: usize) -> Option<FoundCitation<'t>> {
        let text = self.text;
        let rest = &text[at..];
        // Every introducing word starts with one of these (a unit test holds
        // it), so most characters are passed over before any word is compared.
        if !rest.starts_with(WORD_STARTS) {
            return None;
        }
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        let (after, footnote, plural) = introducing_word(rest)?;
        let (first, last, mut end) = numbers(text, text.len() - after.len())?;
        let mut target = match (footnote, first == last) {
            (false, _) => Found::Paragraphs { first, last },
            (true, true) => Found::Footnote(first),
            (true, false) => Found::Unreadable,
        };
        // A list a plural word heads ends where its last number does; a part
        // after it ("paras. 6 and 7, sentence 2") may be of any of its items.
        let mut list_last = if plural && matches!(target, Found::Paragraphs { .. }) {
            list_end(text, end)
        } else {
            None
        };
        if let Some((part, part_end)) = part_after(text, list_last.unwrap_or(end)) {
            target = target.narrowed(part, list_last.is_some());
            end = part_end;
            list_last = None;
        }
        let floor = reach_back(text, self.floor, at);
        let qualifier = part_before(text, floor, at);
        let mut start = at;
        if let Some((part_start, part)) = qualifier {
            start = part_start;
            target = target.narrowed(part, list_last.is_some());
            // The part may be of any item: the list is one partial citation.
            if let Some(last_end) = list_last.take() {
                end = last_end;
            }
        }
        let whole_end = list_last.unwrap_or(end);
        let (after_owner, name_end) = owner_after(text, whole_end);
        let (before_owner, name_start) = if qualifier.is_some() {
            (Owner::Unnamed, None)
        } else {
            owner_before(text, floor, at)
        };
        let owner = before_owner.with(after_owner);
        // Another document's name is not part of the citation; this
        // declaration's is.
        let range_end = if owner == Owner::Other {
            whole_end
        } else {
            start = name_start.unwrap_or(start);
            name_end
        };
        if let Some(last) = list_last {
            self.list = Some(List {
                next: end,
                last,
                end: range_end,
                owner,
            });
        } else {
            end = range_end;
        }
        Some(FoundCitation {
            text,
            range: start..end,
            target,
            owner,
        })
    }

    /// The next item of a list of paragraph numbers (", 8", " and 9").
    fn list_item(&mut self, pending: List) -> Option<FoundCitation<'t>> {
        let (start, first, last, end) = list_item_at(self.text, pending.next)?;
        let range_end = if end >= pending.last {
            pending.end
        } else {
            self.list = Some(List {
                next: end,
                ..pending
            });
            end
        };
        Some(FoundCitation {
            text: self.text,
            range: start..range_end,
            target: Found::Paragraphs { first, last },
            owner: pending.owner,
        })
    }
}

/// The word that introduces paragraph numbers or a footnote at the start of
/// `rest`: what follows it, whether it introduces a footnote, and whether it
/// is plural (and may head a list).
fn introducing_word(rest: &str) -> Option<(&str, bool, bool)> {
    if let Some((after, plural)) = PARAGRAPH_WORDS
        .iter()
        .find_map(|&(word, plural)| Some((strip_ci(rest, word)?, plural)))
    {
        return Some((after, false, plural));
    }
    let after = FOOTNOTE_WORDS.iter().find_map(|&w| strip_ci(rest, w))?;
    Some((after, true, false))
}

/// Where the list that follows a plural word's first number, ending at
/// `end`, ends, if one does ("paras. 6, 8 and 9").
fn list_end(text: &str, end: usize) -> Option<usize> {
    let mut last_end = end;
    while let Some((_, _, _, item_end)) = list_item_at(text, last_end) {
        last_end = item_end;
    }
    (last_end > end).then_some(last_end)
}

/// The item of a list of paragraph numbers that follows `from` (", 8",
/// " and 9", ", and 10-11"): where it starts, its numbers and where it ends.
fn list_item_at(text: &str, from: usize) -> Option<(usize, Num, Num, usize)> {
    let mut at = skip_space(text, from);
    if let Some(comma) = char_at(text, at, ',') {
        at = skip_space(text, comma);
    }
    if let Some(word) = word_at(text, at, "and").or_else(|| char_at(text, at, '&')) {
        let spaced = skip_space(text, word);
        if spaced == word {
            return None;
        }
        at = spaced;
    }
    if at == from || !text[at..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (first, last, end) = numbers(text, at)?;
    Some((at, first, last, end))
}

/// The number, or the run of numbers (`6–7`, `6 to 7`), that follows white
/// space after `from`, and where it ends; `None` unless it ends a word
/// ("10,000", "3a" and "2.5" are not paragraph numbers).
fn numbers(text: &str, from: usize) -> Option<(Num, Num, usize)> {
    let (first, first_end) = digits_at(text, skip_space(text, from))?;
    let joined = skip_space(text, first_end);
    let after_join = text[joined..]
        .strip_prefix(DASHES)
        .map(|after| text.len() - after.len())
        .or_else(|| {
            RANGE_WORDS.iter().find_map(|word| {
                let after = word_at(text, joined, word)?;
                (skip_space(text, after) > after).then_some(after)
            })
        });
    let (last, end) = after_join
        .and_then(|at| digits_at(text, skip_space(text, at)))
        .unwrap_or((first, first_end));
    let mut after = text[end..].chars();
    let ends_word = match after.next() {
        Some(c) if c.is_alphanumeric() => false,
        Some('.' | ',') => !after.next().is_some_and(|c| c.is_ascii_digit()),
        _ => true,
    };
    ends_word.then_some((first, last, end))
}

/// What a part of a paragraph written next to a citation reads as.
#[derive(Clone, Copy)]
enum Part {
    /// One sentence, by number or ordinal.
    Sentence(Num),
    /// Anything else: several sentences, a line, a subparagraph.
    Partial,
}

impl Part {
    /// A sentence if the part is one sentence by one plain number or
    /// ordinal, else partial.
    fn of(locator: &str, value: Option<Num>) -> Part {
        match value {
            Some(n) if locator == "sentence" => Part::Sentence(n),
            _ => Part::Partial,
        }
    }
}

/// A part written after the number that ends at `from`: after a comma or
/// white space (`, sentence 3`, ` line 4`, `, the last sentence`) or in
/// brackets (` (sentence 3)`, `(b)`); what it reads as and where it ends.
fn part_after(text: &str, from: usize) -> Option<(Part, usize)> {
    let at = skip_space(text, from);
    if let Some(inside) = char_at(text, at, '(') {
        let inside = skip_space(text, inside);
        let (part, end) = part_at(text, inside)
            .or_else(|| label_at(text, inside).map(|end| (Part::Partial, end)))?;
        let end = char_at(text, skip_space(text, end), ')')?;
        // A run of labels, "(a)-(c)", is one part.
        let run = matches!(part, Part::Partial)
            .then_some(&text[end..])
            .and_then(|rest| rest.strip_prefix(DASHES))
            .and_then(|rest| rest.strip_prefix('('))
            .map(|rest| text.len() - rest.len())
            .and_then(|inside| label_at(text, inside))
            .and_then(|label_end| char_at(text, label_end, ')'));
        return Some((part, run.unwrap_or(end)));
    }
    let at = char_at(text, from, ',').unwrap_or(from);
    let (part, end) = part_at(text, skip_space(text, at))?;
    // "paras. 6-8, the second sentence of para. 10": the part is the next
    // citation's.
    (!joins_a_citation(text, end)).then_some((part, end))
}

/// Whether "of" or "in" and a citation word follow `end` ("... of para.
/// 10").
fn joins_a_citation(text: &str, end: usize) -> bool {
    let joint = skip_space(text, end);
    let Some((after, _)) = first_word_at(text, joint, &["of", "in"]) else {
        return false;
    };
    let word = skip_space(text, after);
    word > after && is_citation_word(&text[word..])
}

/// Whether `s` starts with a word that introduces paragraph numbers or a
/// footnote.
fn is_citation_word(s: &str) -> bool {
    PARAGRAPH_WORDS
        .iter()
        .map(|(word, _)| word)
        .chain(FOOTNOTE_WORDS)
        .any(|word| strip_ci(s, word).is_some())
}

/// A part of a paragraph written at `at` as the words after a citation
/// write it: `sentence 3`, `sentences 2-3`, `line 4`, `subparagraph (b)`,
/// `the third sentence`, `the last two sentences`.
fn part_at(text: &str, at: usize) -> Option<(Part, usize)> {
    // Most citations are followed by nothing of the kind: decide at once.
    if !text
        .as_bytes()
        .get(at)
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    // A part and its number ("sentence 3", "lines 2-3"), the commonest.
    if let Some((end, locator)) = locator_at(text, at) {
        let (value, end) = value_at(text, skip_space(text, end))?;
        return Some((Part::of(locator, value), end));
    }
    // A part after ordinals or modifiers ("the third sentence", "the last
    // two sentences").
    let mut next = match word_at(text, at, "the") {
        Some(end) if skip_space(text, end) > end => skip_space(text, end),
        _ => at,
    };
    let (mut modifiers, mut ordinal) = (0, None);
    // Prose picks a part with a word or two ("the last two"): a few are
    // read, so that a long run of such words costs little.
    while modifiers < MAX_MODIFIERS {
        let (value, end) = if let Some((n, end)) = ordinal_at(text, next) {
            (Some(n), end)
        } else if let Some((end, _)) = first_word_at(text, next, MODIFIERS) {
            (None, end)
        } else {
            break;
        };
        let spaced = skip_space(text, end);
        if spaced == end {
            return None;
        }
        modifiers += 1;
        ordinal = value;
        next = spaced;
    }
    if modifiers == 0 {
        return None;
    }
    let (end, locator) = locator_at(text, next)?;
    let value = ordinal.filter(|_| modifiers == 1);
    Some((Part::of(locator, value), end))
}

/// A part of a paragraph written before the citation word at `at`, joined
/// to it by "of" or "in" (`sentence 3 of `, `the third sentence in `,
/// `lines 2-3 of `): where it starts and what it reads as.
fn part_before(text: &str, floor: usize, at: usize) -> Option<(usize, Part)> {
    let joint = space_back(text, floor, at);
    if joint == at {
        return None;
    }
    let (joint, _) = first_word_before(text, floor, joint, &["of", "in"])?;
    let before = space_back(text, floor, joint);
    if before == joint {
        return None;
    }
    // A part and its number: "sentence 3", "lines 2-3", "subparagraph (b)".
    if let Some((value_start, value)) = value_before(text, floor, before) {
        let locator_end = space_back(text, floor, value_start);
        if let Some((start, locator)) = locator_before(text, floor, locator_end) {
            return Some((start, Part::of(locator, value)));
        }
    }
    // A part after ordinals or modifiers: "the third sentence", "the last
    // two sentences".
    let (mut start, locator) = locator_before(text, floor, before)?;
    let (mut modifiers, mut ordinal) = (0, None);
    while modifiers < MAX_MODIFIERS {
        let spaced = space_back(text, floor, start);
        if spaced == start {
            break;
        }
        let (word_start, value) = if let Some((word_start, n)) = ordinal_before(text, floor, spaced)
        {
            (word_start, Some(n))
        } else if let Some((word_start, _)) = first_word_before(text, floor, spaced, MODIFIERS) {
            (word_start, None)
        } else {
            break;
        };
        modifiers += 1;
        ordinal = value;
        start = word_start;
    }
    if modifiers == 0 {
        return None;
    }
    let spaced = space_back(text, floor, start);
    if spaced < start {
        if let Some((the, _)) = first_word_before(text, floor, spaced, &["the"]) {
            start = the;
        }
    }
    let value = ordinal.filter(|_| modifiers == 1);
    Some((start, Part::of(locator, value)))
}

/// A part's name at `at`: where it ends, and the word.
fn locator_at(text: &str, at: usize) -> Option<(usize, &'static str)> {
    first_word_at(text, at, LOCATORS).map(|(end, i)| (end, LOCATORS[i]))
}

/// A part's name ending at `end`: where it starts, and the word.
fn locator_before(text: &str, floor: usize, end: usize) -> Option<(usize, &'static str)> {
    first_word_before(text, floor, end, LOCATORS).map(|(start, i)| (start, LOCATORS[i]))
}

/// What follows a part's name at `at`: one plain number (`Some`), or several,
/// a number with letters, a bracketed label, a letter, a roman numeral or a
/// number word (`None`); and where it ends.
fn value_at(text: &str, at: usize) -> Option<(Option<Num>, usize)> {
    if let Some((n, mut end)) = digits_at(text, at) {
        let mut count = 1;
        let mut plain = !text[end..].starts_with(char::is_alphanumeric);
        end = alphanumeric_end(text, end);
        while let Some(next) = list_step_at(text, end) {
            count += 1;
            plain &= !text[next..].starts_with(char::is_alphanumeric);
            end = alphanumeric_end(text, next);
        }
        return Some(((count == 1 && plain).then_some(n), end));
    }
    if let Some(inside) = char_at(text, at, '(') {
        let end = label_at(text, inside)?;
        return Some((None, char_at(text, end, ')')?));
    }
    let end = alphanumeric_end(text, at);
    is_label_word(&text[at..end]).then_some((None, end))
}

/// The number after a separator of a list or run of numbers at `at` ("-3",
/// " to 3", ", 3", " and 3"): where its digits end.
fn list_step_at(text: &str, at: usize) -> Option<usize> {
    let spaced = skip_space(text, at);
    let mut after = text[spaced..]
        .strip_prefix(DASHES)
        .or_else(|| text[spaced..].strip_prefix([',', '&']))
        .map(|rest| text.len() - rest.len())
        .or_else(|| first_word_at(text, spaced, &["and", "to", "through"]).map(|(end, _)| end))?;
    if text[spaced..].starts_with(',') {
        let word = skip_space(text, after);
        if let Some((end, _)) = first_word_at(text, word, &["and"]) {
            after = end;
        }
    }
    let (_, end) = digits_at(text, skip_space(text, after))?;
    Some(end)
}

/// The value of a part ending at `end`, read backwards as [`value_at`]
/// reads it forwards (plain numbers only): where it starts, and the number
/// if it is one plain number.
fn value_before(text: &str, floor: usize, end: usize) -> Option<(usize, Option<Num>)> {
    if let Some((mut start, n)) = digits_before(text, floor, end) {
        let mut count = 1;
        loop {
            let spaced = space_back(text, floor, start);
            let separator = text[floor..spaced]
                .strip_suffix(DASHES)
                .or_else(|| text[floor..spaced].strip_suffix([',', '&']))
                .map(|rest| floor + rest.len())
                .or_else(|| {
                    first_word_before(text, floor, spaced, &["and", "to", "through"])
                        .map(|(start, _)| start)
                });
            let Some(mut separator) = separator else {
                break;
            };
            let comma = space_back(text, floor, separator);
            if text[floor..comma].ends_with(',') {
                separator = comma - 1;
            }
            let Some((item, _)) = digits_before(text, floor, space_back(text, floor, separator))
            else {
                break;
            };
            start = item;
            count += 1;
        }
        return Some((start, (count == 1).then_some(n)));
    }
    if let Some(close) = text[floor..end].strip_suffix(')') {
        let open = close.rfind('(')?;
        let label = &close[open + 1..];
        return is_label(label).then_some((floor + open, None));
    }
    let word = &text[floor..end];
    let start = word
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_alphanumeric())
        .last()
        .map(|(i, _)| floor + i)?;
    let bounded = !text[..start].ends_with(char::is_alphanumeric);
    (bounded && is_label_word(&text[start..end])).then_some((start, None))
}

/// A bracketed label's inside at `at` ("b", "ii", "2"): where it ends.
fn label_at(text: &str, at: usize) -> Option<usize> {
    let end = alphanumeric_end(text, at);
    is_label(&text[at..end]).then_some(end)
}

/// One to three ASCII letters or digits, as a subparagraph is labelled.
fn is_label(label: &str) -> bool {
    (1..=3).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// A single letter, a roman numeral up to four letters, or a number word: a
/// part's label written without brackets ("point b", "item iii", "line
/// two").
fn is_label_word(word: &str) -> bool {
    let roman = (1..=4).contains(&word.len())
        && word
            .bytes()
            .all(|b| matches!(b.to_ascii_lowercase(), b'i' | b'v' | b'x'));
    let letter = word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic());
    roman || letter || NUMBER_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// An ordinal at `at` ("second", "2nd") and where it ends.
fn ordinal_at(text: &str, at: usize) -> Option<(Num, usize)> {
    if let Some((end, i)) = first_word_at(text, at, ORDINALS) {
        return Some((Num::Word(ordinal_value(i)), end));
    }
    let (n, digits_end) = digits_at(text, at)?;
    let (end, _) = first_word_at(text, digits_end, ORDINAL_ENDINGS)?;
    Some((n, end))
}

/// An ordinal ending at `end` ("second", "2nd") and where it starts.
fn ordinal_before(text: &str, floor: usize, end: usize) -> Option<(usize, Num)> {
    if let Some((start, i)) = first_word_before(text, floor, end, ORDINALS) {
        return Some((start, Num::Word(ordinal_value(i))));
    }
    let ending = ORDINAL_ENDINGS.iter().find_map(|ending| {
        let start = end.checked_sub(ending.len())?;
        (start >= floor && text.get(start..end)?.eq_ignore_ascii_case(ending)).then_some(start)
    })?;
    digits_before(text, floor, ending)
}

/// The value of the ordinal at index `i` of [`ORDINALS`].
fn ordinal_value(i: usize) -> u8 {
    u8::try_from(i + 1).unwrap_or(u8::MAX)
}

/// ASCII digits at `at`: the number and where it ends.
fn digits_at(text: &str, at: usize) -> Option<(Num, usize)> {
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    (len > 0).then_some((
        Num::Digits {
            start: at,
            end: at + len,
        },
        at + len,
    ))
}

/// ASCII digits ending at `end`, not after a letter or digit, and no further
/// back than `floor`: where they start, and the number.
fn digits_before(text: &str, floor: usize, end: usize) -> Option<(usize, Num)> {
    let before = &text[floor..end];
    let start = floor + before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let bounded = !text[..start].ends_with(char::is_alphanumeric);
    (start < end && bounded).then_some((start, Num::Digits { start, end }))
}

/// Where a run of ASCII letters and digits that starts at `at` ends.
fn alphanumeric_end(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    at + rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len())
}

/// Where the white space that starts at `at` ends.
fn skip_space(text: &str, at: usize) -> usize {
    text.len() - text[at..].trim_start().len()
}

/// Where the white space that ends at `end` starts, no further back than
/// `floor`.
fn space_back(text: &str, floor: usize, end: usize) -> usize {
    floor + text[floor..end].trim_end().len()
}

/// `c` at `at`: where it ends.
fn char_at(text: &str, at: usize, c: char) -> Option<usize> {
    text[at..].starts_with(c).then(|| at + c.len_utf8())
}

/// `word` at `at`, in any ASCII case and ending a word: where it ends.
fn word_at(text: &str, at: usize, word: &str) -> Option<usize> {
    // Bytes equal but for ASCII case are the same characters, so `end` is a
    // character boundary whenever `at` is; comparing bytes keeps this cheap,
    // as the reader tries many words at every citation.
    let bytes = text.as_bytes();
    let end = at + word.len();
    if !bytes.get(at..end)?.eq_ignore_ascii_case(word.as_bytes()) {
        return None;
    }
    let ends_word = !word
        .as_bytes()
        .last()
        .is_some_and(u8::is_ascii_alphanumeric)
        || !starts_alphanumeric(&text[end..]);
    ends_word.then_some(end)
}

/// `word` ending at `end`, in any ASCII case, starting a word, no further
/// back than `floor`: where it starts.
fn word_before(text: &str, floor: usize, end: usize, word: &str) -> Option<usize> {
    let start = end
        .checked_sub(word.len())
        .filter(|&start| start >= floor)?;
    if !text.as_bytes()[start..end].eq_ignore_ascii_case(word.as_bytes())
        || !text.is_char_boundary(start)
    {
        return None;
    }
    let starts_word = !word
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
        || !ends_alphanumeric(&text[..start]);
    starts_word.then_some(start)
}

/// Whether `s` starts with a letter or digit, ASCII tested without the
/// Unicode tables.
fn starts_alphanumeric(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => s.starts_with(char::is_alphanumeric),
        None => false,
    }
}

/// Whether `s` ends with a letter or digit, ASCII tested without the
/// Unicode tables.
fn ends_alphanumeric(s: &str) -> bool {
    match s.as_bytes().last() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => s.ends_with(char::is_alphanumeric),
        None => false,
    }
}

/// The first of `words` at `at`: where it ends, and which it is.
fn first_word_at(text: &str, at: usize, words: &[&str]) -> Option<(usize, usize)> {
    // Comparing first bytes alone passes over most words cheaply: the reader
    // tries these lists at every citation.
    let first = text.as_bytes().get(at)?.to_ascii_lowercase();
    let room = text.len() - at;
    words
        .iter()
        .enumerate()
        .filter(|(_, word)| word.as_bytes().first() == Some(&first) && word.len() <= room)
        .find_map(|(i, word)| Some((word_at(text, at, word)?, i)))
}

/// The first of `words` ending at `end`: where it starts, and which it is.
fn first_word_before(
    text: &str,
    floor: usize,
    end: usize,
    words: &[&str],
) -> Option<(usize, usize)> {
    let last = text.as_bytes()[floor..end].last()?.to_ascii_lowercase();
    words
        .iter()
        .enumerate()
        .filter(|(_, word)| word.as_bytes().last() == Some(&last))
        .find_map(|(i, word)| Some((word_before(text, floor, end, word)?, i)))
}

/// `phrase` at `at`, its words separated by any white space: where it ends.
fn phrase_at(text: &str, at: usize, phrase: &str) -> Option<usize> {
    // Most names are not there: their first byte says so.
    let first = *text.as_bytes().get(at)?;
    if !phrase.as_bytes().first()?.eq_ignore_ascii_case(&first) {
        return None;
    }
    let mut end = at;
    for (i, word) in phrase.split(' ').enumerate() {
        if i > 0 {
            let spaced = skip_space(text, end);
            if spaced == end {
                return None;
            }
            end = spaced;
        }
        end = word_at(text, end, word)?;
    }
    Some(end)
}

/// `phrase` ending at `end`, its words separated by any white space, no
/// further back than `floor`: where it starts.
fn phrase_before(text: &str, floor: usize, end: usize, phrase: &str) -> Option<usize> {
    let last = *text.as_bytes()[floor..end].last()?;
    if !phrase.as_bytes().last()?.eq_ignore_ascii_case(&last) {
        return None;
    }
    // Written as the list writes it, one space between words: one compare.
    if let Some(start) = word_before(text, floor, end, phrase) {
        return Some(start);
    }
    let mut start = end;
    for (i, word) in phrase.rsplit(' ').enumerate() {
        if i > 0 {
            let spaced = space_back(text, floor, start);
            if spaced == start {
                return None;
            }
            start = spaced;
        }
        start = word_before(text, floor, start, word)?;
    }
    Some(start)
}

/// How far back from a citation word at `at` the reader looks: [`REACH`]
/// bytes, not before `floor`, on a character boundary.
fn reach_back(text: &str, floor: usize, at: usize) -> usize {
    let mut reach = at.saturating_sub(REACH).max(floor);
    while !text.is_char_boundary(reach) {
        reach += 1;
    }
    reach
}

/// Whose the words before a citation word at `at` make it, and where this
/// declaration's name starts if they name it.
fn owner_before(text: &str, floor: usize, at: usize) -> (Owner, Option<usize>) {
    let end = space_back(text, floor, at);
    // A possessive: "the Seoul Declaration's § 3", "the convention's § 3".
    let possessive = text[floor..end]
        .ends_with('s')
        .then(|| {
            ["'s", "’s"]
                .iter()
                .find_map(|mark| word_before(text, floor, end, mark))
        })
        .flatten();
    if let Some(possessor) = possessive {
        if let Some(start) = our_name_before(text, floor, possessor) {
            return (Owner::Declaration, Some(start));
        }
        if first_word_before(text, floor, possessor, NOT_POSSESSORS).is_some() {
            return (Owner::Unnamed, None);
        }
        let named = text[floor..possessor].ends_with(char::is_alphanumeric);
        return (if named { Owner::Other } else { Owner::Unnamed }, None);
    }
    let comma = text[floor..end].ends_with(',');
    if end == at && !comma {
        return (Owner::Unnamed, None);
    }
    let name_end = if comma {
        space_back(text, floor, end - 1)
    } else {
        end
    };
    if let Some(start) = our_name_before(text, floor, name_end) {
        return (Owner::Declaration, Some(start));
    }
    if first_word_before(text, floor, name_end, DOCUMENT_NOUNS).is_some()
        || acronym_before(text, floor, name_end, comma)
        || titled_document_before(text, floor, name_end)
    {
        return (Owner::Other, None);
    }
    (author_and_year_before(text, floor, name_end), None)
}

/// Where this declaration's name ending at `end` starts: `Seoul Declaration`,
/// `Seoul Declaration (ASEMME6, 2017)` or another of [`OUR_NAMES`].
fn our_name_before(text: &str, floor: usize, end: usize) -> Option<usize> {
    let with_meeting = text[floor..end].strip_suffix(')').and_then(|inside| {
        let open = inside.rfind('(')?;
        strip_ci(inside[open + 1..].trim_start(), ACRONYM)?;
        phrase_before(text, floor, space_back(text, floor, floor + open), TITLE)
    });
    with_meeting.or_else(|| {
        OUR_NAMES
            .iter()
            .find_map(|name| phrase_before(text, floor, end, name))
    })
}

/// Whether a title ends at `end` that names a document by a capitalised
/// document word and capitalised words after it ("the Universal Declaration
/// of Human Rights, "), this declaration's title excepted.
fn titled_document_before(text: &str, floor: usize, end: usize) -> bool {
    let mut word_end = space_back(text, floor, end);
    for i in 0..TITLE_WORDS {
        let head = &text[floor..word_end];
        let word_start = head
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(floor, |(at, c)| floor + at + c.len_utf8());
        let word = &text[word_start..word_end];
        let capitalised = word.starts_with(char::is_uppercase);
        if word.is_empty() || (i == 0 && !capitalised) {
            return false;
        }
        if i > 0
            && capitalised
            && DOCUMENT_NOUNS
                .iter()
                .any(|noun| word.eq_ignore_ascii_case(noun))
        {
            // "Seoul Declaration of ASEM" is still this declaration; a
            // qualified "the Declaration of ..." is not.
            return phrase_before(text, floor, word_end, TITLE).is_none();
        }
        let joins = TITLE_JOINS
            .iter()
            .any(|join| word.eq_ignore_ascii_case(join));
        if !joins && !capitalised && !word.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        word_end = space_back(text, floor, word_start);
        if word_end == word_start {
            return false;
        }
    }
    false
}

/// Whether an acronym ends at `end` that names a document or meeting: one
/// with a number (`ASEMME7`), or one followed by a comma (`UNESCO, `).
fn acronym_before(text: &str, floor: usize, end: usize, comma: bool) -> bool {
    let token = &text[floor..end];
    let start = token.len()
        - token
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphanumeric)
            .count();
    let token = &token[start..];
    let letters = token.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = &token[letters..];
    let bounded = !text[..floor + start].ends_with(char::is_alphanumeric);
    bounded
        && letters >= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (comma || !digits.is_empty())
}

/// Whose an author or body and a year ending at `end` make a citation
/// (`UNESCO, 2015, `, `(Smith 2019), `, `UNESCO (2015), `): another document's, unless the name
/// is this declaration's.
fn author_and_year_before(text: &str, floor: usize, end: usize) -> Owner {
    let end = text[floor..end]
        .strip_suffix(')')
        .map_or(end, |s| floor + s.len());
    let Some((year_start, _)) = digits_before(text, floor, end) else {
        return Owner::Unnamed;
    };
    let year = &text[year_start..end];
    if year.len() != 4 || !(year.starts_with("19") || year.starts_with("20")) {
        return Owner::Unnamed;
    }
    // "UNESCO, 2015", "Smith 2019", "UNESCO (2015)".
    let mut name_end = space_back(text, floor, year_start);
    if text[floor..name_end].ends_with([',', '(']) {
        name_end = space_back(text, floor, name_end - 1);
    }
    if name_end == year_start {
        return Owner::Unnamed;
    }
    if our_name_before(text, floor, name_end).is_some() {
        return Owner::Declaration;
    }
    let word = &text[floor..name_end];
    let start = word.len()
        - word
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum::<usize>();
    let name = &word[start..];
    let capitalised = name.starts_with(char::is_uppercase)
        && !NOT_AUTHORS.iter().any(|w| name.eq_ignore_ascii_case(w));
    if capitalised || word.ends_with("al.") || acronym_before(text, floor, name_end, true) {
        Owner::Other
    } else {
        Owner::Unnamed
    }
}

/// Whose the words after a citation ending at `end` make it: "of" or "in"
/// and this declaration's name (and where the name ends), or "of" and any
/// other document.
fn owner_after(text: &str, end: usize) -> (Owner, usize) {
    let unnamed = (Owner::Unnamed, end);
    let tie = skip_space(text, end);
    if tie == end {
        return unnamed;
    }
    let Some((tie_end, tie)) = first_word_at(text, tie, &["of", "in"]) else {
        return unnamed;
    };
    let name = skip_space(text, tie_end);
    if name == tie_end {
        return unnamed;
    }
    if let Some(name_end) = our_name_at(text, name) {
        return (Owner::Declaration, name_end);
    }
    let rest = &text[name..];
    let names_nothing = tie == 1
        || !rest.starts_with(|c: char| c.is_alphabetic() || "\"“‘'".contains(c))
        || first_word_at(text, name, NOT_DOCUMENTS).is_some()
        || is_citation_word(rest)
        || locator_at(text, name).is_some();
    if names_nothing {
        unnamed
    } else {
        (Owner::Other, end)
    }
}

/// This declaration's name at `at`, with "the" before it if it has one, and
/// "(ASEMME6, 2017)" or "of the 6th ASEM Education Ministers' Meeting" after
/// it: where it ends. A qualified "Declaration" ("the Declaration on ...") is
/// another document's.
fn our_name_at(text: &str, at: usize) -> Option<usize> {
    let article = word_at(text, at, "the")
        .map(|end| skip_space(text, end))
        .filter(|&spaced| spaced > at + 3);
    let (name, end) = OUR_NAMES.iter().find_map(|&name| {
        let end = phrase_at(text, at, name)
            .or_else(|| article.and_then(|after| phrase_at(text, after, name)))?;
        Some((name, end))
    })?;
    if name != TITLE && !name.ends_with("Declaration") {
        return Some(end);
    }
    let next = skip_space(text, end);
    if next == end {
        return Some(end);
    }
    if let Some(inside) = char_at(text, next, '(') {
        // "(ASEMME6, 2017)" is short: look no further, so that an open
        // bracket in a long text costs nothing.
        let close = text[inside..]
            .char_indices()
            .take(24)
            .find_map(|(at, c)| (c == ')').then_some(at));
        let meeting = strip_ci(text[inside..].trim_start(), ACRONYM).is_some();
        return match close {
            Some(close) if meeting => Some(inside + close + 1),
            _ => Some(end),
        };
    }
    if let Some(of) = word_at(text, next, "of") {
        let meeting = skip_space(text, of);
        let meeting = word_at(text, meeting, "the")
            .map(|end| skip_space(text, end))
            .filter(|&spaced| spaced > meeting + 3)
            .unwrap_or(meeting);
        let meeting_end = OUR_NAMES
            .iter()
            .filter(|name| !name.ends_with("Declaration"))
            .find_map(|name| phrase_at(text, meeting, name));
        if let Some(meeting_end) = meeting_end.filter(|_| meeting > of) {
            return Some(meeting_end);
        }
    }
    let qualified = first_word_at(text, next, QUALIFIERS).is_some();
    (!qualified).then_some(end)
}

/// The offset of the character after the one at `at`.
fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
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

#[cfg(test)]
mod tests {
    use super::{
        ACRONYM, DECLARATION, FOOTNOTE_WORDS, PARAGRAPH_WORDS, TITLE, WORD_STARTS,
        is_word_start_byte,
    };

    /// The finder passes over a character unless a word can start there.
    #[test]
    fn every_introducing_word_starts_with_a_character_the_finder_stops_at() {
        let words = PARAGRAPH_WORDS.iter().map(|(w, _)| w).chain(FOOTNOTE_WORDS);
        for word in words {
            let first = word.chars().next().unwrap();
            for c in [first, first.to_ascii_uppercase()] {
                assert!(WORD_STARTS.contains(&c), "{word}");
            }
        }
        for c in WORD_STARTS {
            let mut utf8 = [0; 4];
            assert!(
                is_word_start_byte(c.encode_utf8(&mut utf8).as_bytes()[0]),
                "{c}"
            );
        }
    }

    /// The names the reader looks for are the data's.
    #[test]
    fn the_names_read_are_the_declarations() {
        assert_eq!(TITLE, DECLARATION.title());
        assert_eq!(ACRONYM, DECLARATION.meeting().acronym());
    }
}
