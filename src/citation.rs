//! Citing the declaration: "Seoul Declaration (ASEMME6, 2017), para. 10".

use std::fmt;
use std::iter::FusedIterator;
use std::ops::{Range, RangeInclusive};
use std::str::FromStr;

use crate::error::Error;
use crate::{data, Declaration, Footnote, Paragraph};

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
/// match cite.resolve() {
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
/// Displays as the text it names: the paragraphs as `Display` writes them, one
/// per line, or the footnote.
///
/// ```
/// use asem_seoul_declaration::{Citation, Cited};
/// let cited = Citation::paragraph(10)?.resolve();
/// match cited {
///     Cited::Paragraphs(ps) => assert_eq!(ps[0].number(), 10),
///     Cited::Footnote(_) => unreachable!(),
/// }
/// assert!(cited.to_string().starts_with("10. Taking note"));
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

    /// What the citation names: the paragraphs or the footnote, borrowed from the
    /// declaration.
    ///
    /// ```
    /// use asem_seoul_declaration::{Citation, Cited};
    /// let Cited::Paragraphs(ps) = "paras. 6-7".parse::<Citation>()?.resolve() else { unreachable!() };
    /// assert_eq!(ps.iter().map(|p| p.number()).collect::<Vec<_>>(), [6, 7]);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn resolve(self) -> Cited {
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

/// The paragraphs, one per line, or the footnote, as `Display` writes them.
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
            Cited::Footnote(note) => fmt::Display::fmt(note, f),
        }
    }
}

/// Citations, a query of the document.
impl Declaration {
    /// The paragraphs or footnote a citation names; the same as
    /// [`Citation::resolve`].
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Citation, Cited};
    ///
    /// let cite: Citation = "fn. 1".parse()?;
    /// let Cited::Footnote(note) = declaration().resolve(&cite) else { unreachable!() };
    /// assert_eq!(note.paragraph().number(), 2);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn resolve(&self, citation: &Citation) -> Cited {
        citation.resolve()
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
/// Range separators: hyphen, en dash, em dash.
const DASHES: &[char] = &['-', '–', '—'];

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

/// `s` without `prefix`, compared ignoring ASCII case.
fn strip_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `s` without the first of `words` it starts with, and which word that was.
fn strip_any<'a, 'w>(s: &'a str, words: &[&'w str]) -> Option<(&'w str, &'a str)> {
    words.iter().find_map(|&w| Some((w, strip_ci(s, w)?)))
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

/// A citation found in running prose by [`find_citations`]: where it stands,
/// and what it cites or why it cannot.
///
/// ```
/// use asem_seoul_declaration::{find_citations, Citation};
///
/// let found: Vec<_> = find_citations("see para. 10").collect();
/// assert_eq!(found[0].range(), 4..12);
/// assert_eq!(found[0].text(), "para. 10");
/// assert_eq!(found[0].citation(), Citation::paragraph(10));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FoundCitation<'t> {
    text: &'t str,
    range: Range<usize>,
    target: Found,
}

/// What a found citation names, before it is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Found {
    Paragraphs {
        first: u64,
        last: u64,
    },
    Footnote(u64),
    /// Written as a citation, but of nothing a citation can name ("fn. 1-2").
    Unreadable,
}

impl Found {
    /// The citation, checked against the declaration; errors quote `given`.
    fn check(self, given: &str) -> Result<Citation, Error> {
        match self {
            Found::Paragraphs { first, last } => paragraph_range(given, first, last),
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

impl FoundCitation<'_> {
    /// The byte range of the citation in the text searched; both ends are on
    /// character boundaries.
    ///
    /// ```
    /// use asem_seoul_declaration::find_citations;
    /// let text = "as in paras 6–7 and fn. 1";
    /// let ranges: Vec<_> = find_citations(text).map(|c| c.range()).collect();
    /// assert_eq!(ranges.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(), ["paras 6–7", "fn. 1"]);
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

    /// The citation, checked against the declaration.
    ///
    /// # Errors
    ///
    /// [`Error::CitationOutOfRange`] for a paragraph the declaration does not
    /// have, [`Error::ReversedRange`] for a run that ends before it starts,
    /// [`Error::NoSuchFootnote`] for a footnote other than 1,
    /// [`Error::UnrecognisedCitation`] for a run of footnotes; each quotes the
    /// citation as written.
    ///
    /// ```
    /// use asem_seoul_declaration::{find_citations, Error};
    /// let found = find_citations("para. 17").next().unwrap();
    /// assert!(matches!(found.citation(), Err(Error::CitationOutOfRange { number: 17, .. })));
    /// ```
    pub fn citation(&self) -> Result<Citation, Error> {
        self.target.check(self.text())
    }
}

/// Finds the citations of the declaration in running prose, in order.
///
/// A citation is a word that introduces paragraphs or a footnote (`para.`,
/// `paras`, `paragraph`, `¶`, `§`, `fn.`, `footnote`, `note`, in any case) and
/// a number or a run (`6–7`); a list (`paras. 6, 8 and 9`) gives a citation
/// for each of its items. A `Seoul Declaration` or `ASEMME6` prefix right
/// before belongs to the citation. A citation of something the declaration
/// does not have (`para. 17`) is found all the same, and its
/// [`citation`](FoundCitation::citation) is the error, so that a checker can
/// flag it.
///
/// ```
/// use asem_seoul_declaration::{find_citations, Citation};
///
/// let brief = "The ministers pledge (Seoul Declaration, paras. 6, 8 and 9) \
///              and call on others (paras 6–7 and fn. 1); para. 17 is wrong.";
/// let found: Vec<String> = find_citations(brief)
///     .map(|c| match c.citation() {
///         Ok(cite) => cite.short().to_string(),
///         Err(_) => format!("bad: {}", c.text()),
///     })
///     .collect();
/// assert_eq!(found, ["para. 6", "para. 8", "para. 9", "paras. 6–7", "fn. 1", "bad: para. 17"]);
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
    /// Inside a list of paragraph numbers, where the next item may start.
    list: Option<usize>,
}

impl<'t> Iterator for Finder<'t> {
    type Item = FoundCitation<'t>;

    fn next(&mut self) -> Option<FoundCitation<'t>> {
        if let Some(from) = self.list.take() {
            if let Some(found) = self.list_item(from) {
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
            None => (strip_any(rest, FOOTNOTE_WORDS)?.1, true, false),
        };
        let (first, last, end) = numbers(text, text.len() - after.len())?;
        let target = match (footnote, first == last) {
            (false, _) => Found::Paragraphs { first, last },
            (true, true) => Found::Footnote(first),
            (true, false) => Found::Unreadable,
        };
        self.at = end;
        self.list = plural.then_some(end);
        Some(FoundCitation {
            text,
            range: document_prefix(text, at)..end,
            target,
        })
    }

    /// The next item of a list of paragraph numbers (", 8", " and 9"), if one
    /// follows `from`.
    fn list_item(&mut self, from: usize) -> Option<FoundCitation<'t>> {
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
        self.list = Some(end);
        Some(FoundCitation {
            text: self.text,
            range: start..end,
            target: Found::Paragraphs { first, last },
        })
    }
}

/// The number, or the run of numbers (`6–7`), that follows white space after
/// `from`, and where it ends; `None` unless it ends a word ("10,000", "3a" and
/// "2.5" are not paragraph numbers).
fn numbers(text: &str, from: usize) -> Option<(u64, u64, usize)> {
    let (first, rest) = number(&text[from..])?;
    let (last, rest) = rest
        .trim_start()
        .strip_prefix(DASHES)
        .and_then(number)
        .unwrap_or((first, rest));
    let mut after = rest.chars();
    let ends_word = match after.next() {
        Some(c) if c.is_alphanumeric() => false,
        Some('.' | ',') => !after.next().is_some_and(|c| c.is_ascii_digit()),
        _ => true,
    };
    ends_word.then(|| (first, last, text.len() - rest.len()))
}

/// How far back from a citation its document prefix may start: "Seoul
/// Declaration (ASEMME6, 2017), " and some white space.
const PREFIX_REACH: usize = 64;

/// Where the citation whose word starts at `at` begins: at a `Seoul
/// Declaration`, `Seoul Declaration (ASEMME6, 2017)` or `ASEMME6` right before
/// it (and a comma after that), or at `at`.
fn document_prefix(text: &str, at: usize) -> usize {
    let d = &data::DECLARATION;
    let mut reach = at.saturating_sub(PREFIX_REACH);
    while !text.is_char_boundary(reach) {
        reach += 1;
    }
    let before = &text[reach..at];
    let trimmed = before.trim_end();
    let trimmed = trimmed.strip_suffix(',').unwrap_or(trimmed).trim_end();
    let ends_with = |s: &str, suffix: &str| {
        s.len() >= suffix.len()
            && s.is_char_boundary(s.len() - suffix.len())
            && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    // A prefix is whole words: what comes before it is not a letter or digit.
    let word_starts = |s: &str, start: usize| {
        !text[..reach + start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && s.is_char_boundary(start)
    };
    let ending = |s: &str, suffix: &str| {
        (ends_with(s, suffix) && word_starts(s, s.len() - suffix.len()))
            .then(|| s.len() - suffix.len())
    };
    let with_title = |s: &str| ending(s.trim_end(), d.title);
    let start = trimmed
        .strip_suffix(')')
        .and_then(|inside| {
            let open = inside.rfind('(')?;
            strip_ci(inside[open + 1..].trim_start(), d.meeting.acronym())?;
            with_title(&inside[..open])
        })
        .or_else(|| with_title(trimmed))
        .or_else(|| ending(trimmed, d.meeting.acronym()));
    start.map_or(at, |start| reach + start)
}

/// The offset of the character after the one at `at`.
fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
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
