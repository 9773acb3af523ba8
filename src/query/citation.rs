//! Citing the declaration: "Seoul Declaration (ASEMME6, 2017), para. 10", and
//! finding such citations in running prose.

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
/// through [`Citation::short`] as `para. 10`. Parses what people write:
/// `para. 10`, `para 10`, `paragraph 10`, `¶10`, `§ 10`, `paras. 6-7`,
/// `paras 6–7`, `paras. 6 to 7`, `para. 10, sentence 3`, `fn. 1`, `footnote 1`,
/// with or without a `Seoul Declaration` or `ASEMME6` before it, in any case.
/// A citation always names something that exists.
///
/// ```
/// use asem_seoul_declaration::{Citation, Cited};
///
/// let cite: Citation = "Seoul Declaration, paras 6–7".parse()?;
/// assert_eq!(cite.to_string(), "Seoul Declaration (ASEMME6, 2017), paras. 6–7");
/// assert_eq!(cite.short().to_string(), "paras. 6–7");
/// let Cited::Paragraphs(ps) = cite.resolve() else { unreachable!() };
/// assert_eq!(ps.len(), 2);
/// let sentence: Citation = "para. 10, sentence 3".parse()?;
/// assert_eq!(sentence.short().to_string(), "para. 10, sentence 3");
/// assert!("para. 17".parse::<Citation>().is_err());
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
/// What joins the ends of a run: a hyphen, an en dash, an em dash, "to" or
/// "through".
const DASHES: &[char] = &['-', '–', '—'];
const RANGE_WORDS: &[&str] = &["to", "through"];
/// What ties a citation to the document it cites: "para. 3 of the Seoul
/// Declaration" is this declaration's, "§ 3 of the UNESCO convention" not.
const OURS: &[&str] = &[
    "the seoul declaration",
    "seoul declaration",
    "this declaration",
    "the declaration",
    "asemme6",
];

/// One grammar serves both: a string parses as a citation when
/// [`find_citations`] finds exactly one in it and nothing else but white space.
impl FromStr for Citation {
    type Err = Error;

    fn from_str(given: &str) -> Result<Citation, Error> {
        let mut found = find_citations(given);
        match (found.next(), found.next()) {
            (Some(only), None)
                if given[..only.range.start].trim().is_empty()
                    && given[only.range.end..].trim().is_empty() =>
            {
                only.target.check(given)
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

/// `s` without the first of `words` it starts with.
fn strip_any<'a>(s: &'a str, words: &[&str]) -> Option<&'a str> {
    words.iter().find_map(|&w| strip_ci(s, w))
}

/// A run of ASCII digits after optional white space; too many digits to be a
/// paragraph number saturate, so that the error still names a number.
fn number(s: &str) -> Option<(i128, &str)> {
    let s = s.trim_start();
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let digits = &s[..end];
    if digits.is_empty() {
        return None;
    }
    let value = digits.parse().unwrap_or(i128::MAX);
    Some((value, &s[end..]))
}

/// A citation found in running prose by [`find_citations`]: where it stands,
/// whether it named the declaration, and what it cites or why it cannot.
///
/// ```
/// use asem_seoul_declaration::{find_citations, Citation};
///
/// let found: Vec<_> = find_citations("see para. 10").collect();
/// assert_eq!(found[0].range(), 4..12);
/// assert_eq!(found[0].text(), "para. 10");
/// assert!(!found[0].names_declaration());
/// assert_eq!(found[0].citation(), Citation::paragraph(10));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FoundCitation<'t> {
    text: &'t str,
    range: Range<usize>,
    target: Found,
    names_declaration: bool,
}

/// What a found citation names, before it is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Found {
    Paragraphs {
        first: i128,
        last: i128,
    },
    Sentence {
        paragraph: i128,
        sentence: i128,
    },
    Footnote(i128),
    /// Written as a citation, but of nothing a citation can name ("fn. 1-2").
    Unreadable,
}

impl Found {
    /// The citation, checked against the declaration; errors quote `given`.
    fn check(self, given: &str) -> Result<Citation, Error> {
        let paragraph = |n: i128| match u8::try_from(n) {
            Ok(n @ 1..=16) => Ok(n),
            _ => Err(Error::no_such_paragraph(given, n)),
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
                let found = u8::try_from(sentence).ok().and_then(|s| p.sentence(s).ok());
                found.map(Sentence::citation).ok_or_else(|| {
                    Error::no_such_sentence(given, p.number(), sentence, p.sentence_count())
                })
            }
            Found::Footnote(n) => u8::try_from(n)
                .ok()
                .and_then(|n| Citation::footnote(n).ok())
                .ok_or_else(|| Error::NoSuchFootnote {
                    given: given.to_owned(),
                }),
            Found::Unreadable => Err(Error::UnrecognisedCitation {
                given: given.to_owned(),
            }),
        }
    }
}

/// Placeholder until the prose reader tells other documents apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Owner {
    /// This declaration.
    Declaration,
    /// Another document.
    Other,
    /// No document named.
    Unnamed,
}

impl FoundCitation<'_> {
    /// Placeholder.
    #[must_use]
    pub fn owner(&self) -> Owner {
        if self.names_declaration {
            Owner::Declaration
        } else {
            Owner::Unnamed
        }
    }

    /// The byte range of the citation in the text searched; both ends are on
    /// character boundaries.
    ///
    /// ```
    /// use asem_seoul_declaration::find_citations;
    /// let text = "as in paras 6–7 and fn. 1";
    /// let found: Vec<&str> = find_citations(text).map(|c| &text[c.range()]).collect();
    /// assert_eq!(found, ["paras 6–7", "fn. 1"]);
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

    /// Whether the words around the citation name the declaration: "Seoul
    /// Declaration" or "ASEMME6" before it, or "of the Seoul Declaration" (or
    /// "of this Declaration") after it. A bare "§ 3" is taken to cite this
    /// declaration, but does not name it.
    ///
    /// ```
    /// use asem_seoul_declaration::find_citations;
    /// let named: Vec<bool> = find_citations("ASEMME6, para. 3; para. 4 of this Declaration; para. 5")
    ///     .map(|c| c.names_declaration())
    ///     .collect();
    /// assert_eq!(named, [true, true, false]);
    /// ```
    #[must_use]
    pub fn names_declaration(&self) -> bool {
        self.names_declaration
    }

    /// The citation, checked against the declaration.
    ///
    /// # Errors
    ///
    /// [`Error::NoSuchParagraph`] for a paragraph the declaration does not
    /// have, [`Error::NoSuchSentence`] for a sentence its paragraph does not
    /// have, [`Error::ReversedRange`] for a run that ends before it starts,
    /// [`Error::NoSuchFootnote`] for a footnote other than 1,
    /// [`Error::UnrecognisedCitation`] for a run of footnotes; each quotes the
    /// citation as written.
    ///
    /// ```
    /// use asem_seoul_declaration::{find_citations, Error};
    /// let found = find_citations("para. 17").next().unwrap();
    /// assert!(matches!(found.citation(), Err(Error::NoSuchParagraph { .. })));
    /// ```
    pub fn citation(&self) -> Result<Citation, Error> {
        self.target.check(self.text())
    }
}

/// Finds the citations of the declaration in running prose, in order.
///
/// A citation is a word that introduces paragraphs or a footnote (`para.`,
/// `paras`, `paragraph`, `¶`, `§`, `fn.`, `footnote`, `note`, in any case) and
/// a number, a run (`6–7`, `6-8`, `6 to 8`, `6 through 8`), or a paragraph and
/// one of its sentences (`para. 10, sentence 3`). After a plural word a list
/// (`paras. 6, 7 and 9`, `paras. 6 and 7`) gives a citation for each item. A
/// `Seoul Declaration` or `ASEMME6` right before belongs to the citation. A
/// citation the same sentence ties to another document ("§ 3 of the UNESCO
/// convention", "the convention's § 3") is not one of this declaration and is
/// not found. A citation of something the declaration does not have
/// (`para. 17`) is found all the same, and its
/// [`citation`](FoundCitation::citation) is the error, so that a checker can
/// flag it.
///
/// ```
/// use asem_seoul_declaration::find_citations;
///
/// let brief = "The ministers pledge (Seoul Declaration, paras. 6, 8 and 9) \
///              as in paras. 6 to 8, para. 10, sentence 3 and fn. 1, unlike § 3 of \
///              the UNESCO convention; para. 17 is wrong.";
/// let found: Vec<String> = find_citations(brief)
///     .map(|c| match c.citation() {
///         Ok(cite) => cite.short().to_string(),
///         Err(_) => format!("bad: {}", c.text()),
///     })
///     .collect();
/// assert_eq!(found, ["para. 6", "para. 8", "para. 9", "paras. 6–8", "para. 10, sentence 3", "fn. 1", "bad: para. 17"]);
/// ```
#[must_use]
pub fn find_citations(text: &str) -> impl FusedIterator<Item = FoundCitation<'_>> + Clone {
    Finder {
        text,
        at: 0,
        list: None,
    }
}

/// The state of a [`find_citations`] scan.
#[derive(Clone)]
struct Finder<'t> {
    text: &'t str,
    /// Where to look next.
    at: usize,
    /// Inside a list of paragraph numbers: where the next item may start, and
    /// whether the list's head named the declaration.
    list: Option<(usize, bool)>,
}

impl<'t> Iterator for Finder<'t> {
    type Item = FoundCitation<'t>;

    fn next(&mut self) -> Option<FoundCitation<'t>> {
        if let Some((from, named)) = self.list.take() {
            if let Some(found) = self.list_item(from, named) {
                return Some(found);
            }
        }
        while self.at < self.text.len() {
            let at = self.at;
            self.at = next_char(self.text, at);
            if let Some(found) = self.citation_at(at) {
                return Some(found);
            }
        }
        None
    }
}

impl FusedIterator for Finder<'_> {}

impl<'t> Finder<'t> {
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
        let paragraphs = PARAGRAPH_WORDS
            .iter()
            .find_map(|&(word, plural)| Some((strip_ci(rest, word)?, plural)));
        let (after, footnote, plural) = match paragraphs {
            Some((after, plural)) => (after, false, plural),
            None => (strip_any(rest, FOOTNOTE_WORDS)?, true, false),
        };
        let (first, last, mut end) = numbers(text, text.len() - after.len())?;
        let mut target = match (footnote, first == last) {
            (false, _) => Found::Paragraphs { first, last },
            (true, true) => Found::Footnote(first),
            (true, false) => Found::Unreadable,
        };
        if !footnote && first == last {
            if let Some((sentence, sentence_end)) = sentence_part(text, end) {
                target = Found::Sentence {
                    paragraph: first,
                    sentence,
                };
                end = sentence_end;
            }
        }
        let start = document_prefix(text, at);
        let named_before = start < at;
        let named = match owner(text, at, end) {
            Whose::Other if !named_before => {
                // Another document's: pass over it and any list it heads.
                self.at = end;
                return None;
            }
            Whose::Ours => true,
            Whose::Other | Whose::Unsaid => named_before,
        };
        self.at = end;
        let is_list_head = plural && matches!(target, Found::Paragraphs { .. });
        self.list = is_list_head.then_some((end, named));
        Some(FoundCitation {
            text,
            range: start..end,
            target,
            names_declaration: named,
        })
    }

    /// The next item of a list of paragraph numbers (", 8", " and 9"), if one
    /// follows `from`.
    fn list_item(&mut self, from: usize, named: bool) -> Option<FoundCitation<'t>> {
        let rest = &self.text[from..];
        let after = rest.trim_start();
        let after = after.strip_prefix(',').map_or(after, str::trim_start);
        let after = ["and ", "& "]
            .iter()
            .find_map(|word| strip_ci(after, word))
            .map_or(after, str::trim_start);
        if after.len() == rest.len() || !after.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let start = self.text.len() - after.len();
        let (first, last, end) = numbers(self.text, start)?;
        self.at = end;
        self.list = Some((end, named));
        Some(FoundCitation {
            text: self.text,
            range: start..end,
            target: Found::Paragraphs { first, last },
            names_declaration: named,
        })
    }
}

/// The number, or the run of numbers (`6–7`, `6 to 7`), that follows white
/// space after `from`, and where it ends; `None` unless it ends a word
/// ("10,000", "3a" and "2.5" are not paragraph numbers).
fn numbers(text: &str, from: usize) -> Option<(i128, i128, usize)> {
    let (first, rest) = number(&text[from..])?;
    let joined = rest.trim_start();
    let after_join = joined.strip_prefix(DASHES).or_else(|| {
        RANGE_WORDS.iter().find_map(|word| {
            strip_ci(joined, word).filter(|after| after.starts_with(char::is_whitespace))
        })
    });
    let (last, rest) = after_join.and_then(number).unwrap_or((first, rest));
    let mut after = rest.chars();
    let ends_word = match after.next() {
        Some(c) if c.is_alphanumeric() => false,
        Some('.' | ',') => !after.next().is_some_and(|c| c.is_ascii_digit()),
        _ => true,
    };
    ends_word.then(|| (first, last, text.len() - rest.len()))
}

/// `, sentence 3` (or ` sentence 3`) right after a paragraph number at
/// `from`: the sentence number and where it ends.
fn sentence_part(text: &str, from: usize) -> Option<(i128, usize)> {
    let rest = &text[from..];
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    let rest = strip_ci(rest, "sentence")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let (sentence, after) = number(rest)?;
    let ends_word = !after.starts_with(char::is_alphanumeric);
    ends_word.then(|| (sentence, text.len() - after.len()))
}

/// Whose a citation standing at `at..end` is, by what the same sentence says
/// around it.
enum Whose {
    /// "of the Seoul Declaration", "the Seoul Declaration's".
    Ours,
    /// "of the UNESCO convention", "the convention's".
    Other,
    /// Nothing: a bare citation.
    Unsaid,
}

fn owner(text: &str, at: usize, end: usize) -> Whose {
    let after = text[end..].trim_start();
    if let Some(document) = strip_ci(after, "of ") {
        let document = document.trim_start();
        return if OURS.iter().any(|ours| strip_ci(document, ours).is_some()) {
            Whose::Ours
        } else {
            Whose::Other
        };
    }
    let before = text[..at].trim_end();
    let possessor = before
        .strip_suffix("'s")
        .or_else(|| before.strip_suffix("’s"));
    match possessor {
        Some(possessor) if ends_with_ci(possessor, "declaration") => Whose::Ours,
        Some(_) => Whose::Other,
        None => Whose::Unsaid,
    }
}

/// Whether `s` ends with `suffix`, ignoring ASCII case.
fn ends_with_ci(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.is_char_boundary(s.len() - suffix.len())
        && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// How far back from a citation its document prefix may start: "Seoul
/// Declaration (ASEMME6, 2017), " and some white space.
const PREFIX_REACH: usize = 64;

/// Where the citation whose word starts at `at` begins: at a `Seoul
/// Declaration`, `Seoul Declaration (ASEMME6, 2017)` or `ASEMME6` right before
/// it (and a comma after that), or at `at`.
fn document_prefix(text: &str, at: usize) -> usize {
    let d: &Declaration = &DECLARATION;
    let mut reach = at.saturating_sub(PREFIX_REACH);
    while !text.is_char_boundary(reach) {
        reach += 1;
    }
    let before = &text[reach..at];
    let trimmed = before.trim_end();
    let trimmed = trimmed.strip_suffix(',').unwrap_or(trimmed).trim_end();
    // A prefix is whole words: what comes before it is not a letter or digit.
    let word_starts = |s: &str, start: usize| {
        !text[..reach + start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && s.is_char_boundary(start)
    };
    let ending = |s: &str, suffix: &str| {
        (ends_with_ci(s, suffix) && word_starts(s, s.len() - suffix.len()))
            .then(|| s.len() - suffix.len())
    };
    let with_title = |s: &str| ending(s.trim_end(), d.title());
    let start = trimmed
        .strip_suffix(')')
        .and_then(|inside| {
            let open = inside.rfind('(')?;
            strip_ci(inside[open + 1..].trim_start(), d.meeting().acronym())?;
            with_title(&inside[..open])
        })
        .or_else(|| with_title(trimmed))
        .or_else(|| ending(trimmed, d.meeting().acronym()));
    start.map_or(at, |start| reach + start)
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
    use super::{FOOTNOTE_WORDS, PARAGRAPH_WORDS, WORD_STARTS};

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
    }
}
