//! Citing the declaration: "Seoul Declaration (ASEMME6, 2017), para. 10", and
//! finding citations in running prose.
//!
//! One reader serves both, in three steps, each a module: the [tokenizer]
//! turns prose into words, numbers, marks and documents' names once; the
//! [grammar] reads each citation over the tokens and gives it its owner by
//! rule; [`Citation`] checks what it names against the declaration. The
//! words the reader knows are data, in [words], which the tokenizer, the
//! grammar and the table of forms in [`find_citations`]'s docs all read.
//!
//! [tokenizer]: token
//! [grammar]: grammar
//!
//! ```
//! use asem_seoul_declaration::{find_citations, Citation, Owner};
//!
//! let cite: Citation = "the second sentence of para. 10".parse()?;
//! assert_eq!(cite.short().to_string(), "para. 10, sentence 2");
//! let text = "para. 4 of the Incheon Declaration differs from para. 10(b); para. 3 of this Declaration";
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

mod citation;
mod grammar;
mod records;
mod token;
mod words;

use std::iter::FusedIterator;
use std::ops::Range;

pub use citation::{Citation, Cited};
// For the constructed declaration's tests: `FromStr` reads the crate's own.
#[cfg(test)]
pub(crate) use citation::parse;

use crate::model::error::Error;
use crate::model::records::Declaration;
use grammar::{Buffers, Found, Reader};
use token::{Ours, Token};
pub(crate) use words::joins_citations;

/// Whose a found citation is, by the words around it; the rules are in
/// [`find_citations`].
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
    /// This declaration, named before the citation ("Seoul Declaration,
    /// para. 3", "ASEMME6 ¶ 3", "the Seoul Declaration's § 3", "the
    /// Declaration sets out in para. 3") or after it ("para. 3 of this
    /// Declaration").
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
    /// Another document: named before the citation ("the Incheon
    /// Declaration, para. 4", "the Lima Declaration (para. 4)"), after it
    /// ("para. 4 of the Incheon Declaration"), or holding it in a division
    /// of its own ("the Charter, Article 5, para. 2"). Its
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
    /// The declaration whose citations were looked for.
    document: &'static Declaration,
    text: &'t str,
    range: Range<usize>,
    found: Found,
    owner: Owner,
}

impl FoundCitation<'_> {
    /// The byte range of the citation in the text searched; both ends are on
    /// character boundaries. It covers exactly the words read: this
    /// declaration's name where one stands right before the citation or
    /// after it ("Seoul Declaration, para. 3", "para. 3 of this
    /// Declaration"), and a part that could not be read ("para. 10(b)"), but
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
    /// or unnamed. See [`find_citations`] for the rules.
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
    /// [`Error::PartialCitation`] for a form read only in part ("para.
    /// 10(b)", "sentences 2 and 3 of para. 10", "paras. 6 ff."), which says
    /// what was read and what was not; [`Error::NoSuchParagraph`] for a
    /// paragraph the declaration does not have, [`Error::NoSuchSentence`]
    /// for a sentence its paragraph does not have, [`Error::ReversedRange`]
    /// for a run that ends before it starts, [`Error::NoSuchFootnote`] for a
    /// footnote other than 1, [`Error::UnrecognisedCitation`] for a run of
    /// footnotes. Each quotes the citation as written, numbers with the
    /// digits as typed.
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
                document: self.document,
                given: self.text().to_owned(),
            });
        }
        citation::check(self.document, self.found, self.text, self.text())
    }

    fn found(&self) -> Found {
        self.found
    }
}

/// Finds citations in running prose, in order: this declaration's, other
/// documents' (so that they are not mistaken for it), and those written
/// without a document.
///
/// # What is read
///
/// A citation is a designator and its numbers, in any case. The forms, with
/// the words of each kind:
///
#[doc = include_str!("forms.md")]
///
/// A number glued to a label (`para 3a`, `para. 6.2`) is read in part, and a
/// group of thousands (`para. 10,000`) and a count of times (`paragraph
/// three times`) are not a paragraph number, a letter where the number
/// should be (`paragraph Q`) is unrecognised, `(sic)` after a citation is the
/// writer's mark, not a label (`paras. 9–6 (sic)` is a run written
/// backwards); a full
/// stop after the number ends the sentence and is not part of the citation. After a singular designator, a
/// comma joins a list only where the next number ends an item (`para. 6, 7
/// and 9`, not `para. 6, 30 countries`).
///
/// # Never read as less or more than it says
///
/// Every item of a list is found, each as a citation of its own. A form read
/// only in part is found whole, and its
/// [`citation`](FoundCitation::citation) is [`Error::PartialCitation`],
/// which says what was read and what was not, never the whole paragraph: a
/// label (`para. 10(b)`, `para. 10 (a)-(c)`, `para 3a`, `para. 6.2`), an
/// open run (`paras. 6 ff.`, `para. 6 et seq.`, `paras. 6 onwards`), several
/// sentences or a part (`para. 10, sentences 2-3`, `the last sentence of
/// para. 10`, `line 4 of para. 10`), and a sentence of a run, a list or a
/// footnote (`paras. 6 and 7, sentence 2` is one partial citation).
///
/// # Whose a citation is
///
/// [`FoundCitation::owner`] applies these rules, in this order:
///
/// 1. **A division of another document.** A paragraph under another
///    document's structure is [`Owner::Other`], and so is the division
///    itself where a document is named next to it or before it in its
///    clause: `the Charter, Article 5, para. 2`, `paragraph 2 of Article 13
///    of the Covenant`, `section 4.2 of the report`, `section 2 of a
///    report`, `Art. 26 UDHR`, `Chapter 4 above` (the writer's own text).
///    This declaration has no articles, sections or chapters.
/// 2. **Named after it.** `of`, `in` or `from` and a document's name: `para.
///    4 of the Seoul Declaration` ([`Owner::Declaration`]), `para. 4 of the
///    Lima Declaration` ([`Owner::Other`]); after `of`, any name, an author
///    or a determiner and a noun (`para. 3 of the report`) is another
///    document, and a comma may stand before `of` (`para. 10, sentences 4
///    and 5, of the Seoul Declaration`). A name set beside the citation is
///    its owner too: after a comma, where the name ends the clause (`¶ 6,
///    Seoul Declaration.`) or is set off by a comma or a bracket with no
///    determiner before it (`see para. 14, Chair's Conclusions, ASEMME6,
///    for`, `para. 9, Seoul Declaration 2017 (on TVET)`), in brackets (`¶ 6 (Seoul Declaration)`), after a
///    dash (`¶ 6 – Seoul Declaration`) or right after it (`§ 7 ASEMME6
///    Declaration`); in brackets, after a dash and right after it, only a
///    name that owns citations anywhere or this declaration's, so that
///    `para. 12 ASEM partners` names no document. A list takes the name
///    after its last item: `paras. 6 and 7 of the Seoul Declaration` are
///    both this declaration's. This declaration's points are its paragraphs
///    (`point 9 of the Seoul Declaration` is para. 9), and so are the points
///    of a text that names no other document (`under pt. 16, the
///    ministers`); another document's are its divisions (`the Riga
///    Conclusions, point 3`).
/// 3. **Continued.** A citation that continues the one before it in its
///    clause, with nothing but `and`, commas, signals or a bracketed aside
///    between, takes its owner (`the Seoul Declaration, ¶ 6, and also ¶ 10`): `the Lima Declaration, para. 4, and para. 5` gives
///    both to the Lima Declaration, and so does `para. 4 of the Lima
///    Declaration and para. 5`. In a string of citations, one introduced by
///    signals alone (`see`, `also`, `cf.`, `compare`) after a semicolon or a
///    full stop continues the one before: `Seoul Declaration, ¶ 3; see also
///    ¶ 5`. `ibid.` and `id.` take the owner of the citation before,
///    wherever it stands, and the found range takes them: `Bologna
///    Declaration, para. 3; ibid., para. 4` finds `ibid., para. 4`.
/// 4. **Named before it.** The document named nearest before the citation in
///    its clause: `X, para. 4`, `X (2008), para. 7`, `X (para. 4)`, `X's
///    para. 4`, `X at para. 4`, `X, in para. 4`, `X sets out in para. 4`. A clause ends at
///    `;`, `:`, `?`, `!`, a full stop that ends a sentence, or a comma that
///    follows other words (`Whereas the Lima Declaration sets targets, para.
///    4 commits` is unnamed); signals after a comma do not end it (`for the
///    Seoul Declaration, see para. 6`). A name joined to the citation by `and` is not
///    its owner (`the Lima Declaration and para. 4`), nor is a name that
///    owns the citation before it, where other words stand between (`Article
///    3 of the Lisbon Convention is taken up in para. 6`: para. 6 is
///    unnamed). A weak name, an acronym or an author and year (`UNESCO,
///    para. 3`, `UNESCO (2015), para. 3`, `Smith et al. 2019, para. 12`),
///    owns only a citation right after it, not one in brackets after it
///    (`ICT (para. 10)` says what the paragraph is about), or a division
///    after a signal (`the ESG, see Standard 1.6`); elsewhere it is a word
///    of the clause (`The Seoul Declaration stresses ICT (para. 10)` is this
///    declaration's). A note after `supra` or `infra` is the
///    writer's own (`supra note 4`), not a citation. A page in digits (`p. 3`,
///    `pp. 4-5`) is always another document's. A name whose document word,
///    or a word before it, is capitalised owns citations anywhere later in
///    its clause (`the Kuala Lumpur conclusions devote paragraph 9`, `the
///    ASEMME7 conclusions, in paragraph 6`), but not a name of an event,
///    which owns only a citation right after it (`the Hanoi meeting heard
///    para. 5`, `The Helsinki Summit is recalled in § 2`). After `of`, a
///    determiner and an ordinal or `last` (`paragraph 3 of my last email`)
///    name another document as a determiner and a noun do, and so does a
///    determiner and a word for a text's part (`section 2 of this note`). A
///    sentence written before its paragraph takes the document named before
///    the sentence (`In the ASEMME6 Declaration, sentence two of paragraph
///    nine`).
/// 5. Otherwise no document is named ([`Owner::Unnamed`]).
///
/// A document's name is one token: capitalised words, acronyms, ordinals,
/// years and possessives ending in a document word (`Declaration`, `Decl.`,
/// `Convention`, `Conclusions`, `Communiqué`, `Statement`, `Report`,
/// `Charter`, `Agenda`, `Meeting` and the others below), lower-case words
/// after a determiner (`the ministerial conclusions`), or after a
/// determiner and a capitalised word (`the ASEF annual report`), or before a possessive
/// (`asemme6 chair's conclusions`), a meeting, place or year in brackets
/// (`the ASEMME6 (Seoul, 2017) Declaration`), with what dates, places or qualifies it
/// after (`(2008)`, `2017`, `2018-2030`, `, 2017,`, `of 2019`, `of 21-22 November 2017`,
/// `, 27-28 April 2015,`, `by the Chair`, `of the ASEM education ministers`,
/// `(ASEMME6)`, `(ASEMME6, 2017)`, `(Seoul, 21-22 November 2017)`, `,
/// ASEMME6,`, `adopted at ASEMME6`, `of Human Rights`). It is this
/// declaration's when it is `the Declaration` or `this Declaration`, or
/// names Seoul, ASEMME6, the 6th meeting or 2017 and nothing else, in any case,
/// or is qualified by three words or more that begin its subtitle (`the
/// Declaration on Enhancing Collaboration between Asia and Europe`)
/// (`the Seoul Declaration`, `SEOUL DECLARATION`, `the 2017 Seoul Declaration`, `the ASEMME6 Declaration`,
/// `the 2017 ASEMME6 Seoul Declaration`, `the 6th ASEMME's Declaration`,
/// `the 6th ASEM Education Ministers' Meeting`, `ASEMME6`); every other
/// document is another's, the other documents of the series and of this
/// meeting included: `the Chair's Conclusions adopted at ASEMME6`, `the
/// ASEMME6 Chair's Conclusions`, `ASEMME7`, `the 2008 Seoul Declaration`,
/// `the Seoul Declaration on Human Rights`, `that Declaration`. An
/// author and year before a title is not part of it (`ASEM Education
/// Ministers (2017) Seoul Declaration` names this declaration). This
/// declaration's name is part of the found range when it stands right before
/// the citation, with nothing but a comma between, or after it.
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
    find_in(crate::declaration(), text)
}

/// The citations of `document` in `text`; see [`find_citations`].
pub(crate) fn find_in<'t>(
    document: &'static Declaration,
    text: &'t str,
) -> impl FusedIterator<Item = FoundCitation<'t>> + Clone + use<'t> {
    Finder {
        document,
        ours: Ours::of(document),
        text,
        at: 0,
        next: 0,
        last_owner: Owner::Unnamed,
        scratch: Vec::new(),
        tokens: Vec::new(),
        buffers: Buffers::default(),
    }
}

/// The state of a [`find_citations`] scan: the text is read a block at a
/// time, a block ending at a blank line, which no citation crosses.
#[derive(Clone)]
struct Finder<'t> {
    document: &'static Declaration,
    /// The declaration's own words, which name it.
    ours: Ours,
    text: &'t str,
    /// Where the next block starts.
    at: usize,
    /// The next of the citations of the block read last, which are in
    /// `buffers`, to give.
    next: usize,
    /// The owner of the last citation found, which `ibid.` takes.
    last_owner: Owner,
    scratch: Vec<Token>,
    tokens: Vec<Token>,
    buffers: Buffers,
}

impl<'t> Iterator for Finder<'t> {
    type Item = FoundCitation<'t>;

    fn next(&mut self) -> Option<FoundCitation<'t>> {
        while self.next == self.buffers.found.len() {
            if self.at >= self.text.len() {
                return None;
            }
            let block = self.at..block_end(self.text, self.at);
            self.at = block.end;
            self.buffers.found.clear();
            self.next = 0;
            if may_cite(&self.text[block.clone()]) {
                let ours = self.ours;
                token::tokenize(self.text, block, ours, &mut self.scratch, &mut self.tokens);
                let reader = Reader::new(
                    self.text,
                    &self.tokens,
                    ours,
                    self.last_owner,
                    &mut self.buffers,
                );
                (self.buffers, self.last_owner) = reader.read_all();
            }
        }
        let read = self.buffers.found[self.next];
        self.next += 1;
        Some(FoundCitation {
            document: self.document,
            text: self.text,
            range: read.range.0..read.range.1,
            found: read.found,
            owner: read.owner,
        })
    }
}

impl FusedIterator for Finder<'_> {}

/// Where the block starting at `at` ends: after the next blank line, or at
/// the end of the text.
fn block_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at;
    // `str::find` of a character looks a word of bytes at a time.
    while let Some(newline) = text[i..].find('\n') {
        let line = i + newline + 1;
        // The line is blank where its first byte that is not white space
        // is its newline.
        let first = bytes[line..]
            .iter()
            .position(|&b| b == b'\n' || !b.is_ascii_whitespace());
        if let Some(k) = first.filter(|&k| bytes[line + k] == b'\n') {
            return line + k + 1;
        }
        i = line;
    }
    text.len()
}

/// Whether a block may hold a citation, so that a block that cannot is not
/// tokenized: it needs `¶`, `§`, or a designator word with a number, a
/// number word, a Roman numeral, a letter or a placeholder after it (`para.
/// 10`, `paragraphs six`, `Article IV`, `para. [N]`), or an ordinal or
/// modifier before it (`the ninth paragraph`, `the 4th paragraph`).
fn may_cite(block: &str) -> bool {
    let bytes = block.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match BYTES[usize::from(bytes[i])] {
            Byte::Other => i += 1,
            Byte::Sign => {
                if matches!(bytes.get(i + 1), Some(0xB6 | 0xA7)) {
                    return true;
                }
                i += 1;
            }
            first => {
                // A word's letters, then whatever letters and digits follow
                // them (`para10`, `4th`).
                let start = i;
                while i < bytes.len() && BYTES[usize::from(bytes[i])] == Byte::Letter {
                    i += 1;
                }
                let letters = i;
                while i < bytes.len()
                    && matches!(BYTES[usize::from(bytes[i])], Byte::Letter | Byte::Digit)
                {
                    i += 1;
                }
                if first == Byte::Letter
                    && words::begins_a_citation(&block[start..letters])
                    && (numbered(&block[letters..]) || ordered(&block[..start]))
                {
                    return true;
                }
            }
        }
    }
    false
}

/// What a byte is to [`may_cite`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Byte {
    Letter,
    Digit,
    /// The first byte of `¶` and `§`.
    Sign,
    Other,
}

/// Each byte's [`Byte`], so that the scan asks one question a byte.
#[allow(clippy::cast_possible_truncation)] // every index is a byte
const BYTES: [Byte; 256] = {
    let mut bytes = [Byte::Other; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        bytes[b] = if byte.is_ascii_alphabetic() {
            Byte::Letter
        } else if byte.is_ascii_digit() {
            Byte::Digit
        } else if byte == 0xC2 {
            Byte::Sign
        } else {
            Byte::Other
        };
        b += 1;
    }
    bytes
};

/// Whether what follows a designator begins with a number of some kind:
/// after a full stop, spaces and `No.`, a digit, a bracket, `?`, `#`, `_`, or a
/// short word (a number word, a Roman numeral, a capital letter, or `xx`).
fn numbered(rest: &str) -> bool {
    let rest = rest.strip_prefix('.').unwrap_or(rest).trim_start();
    let rest = ["No.", "no.", "Nos.", "nos."]
        .iter()
        .find_map(|sign| rest.strip_prefix(sign))
        .map_or(rest, str::trim_start);
    match rest.bytes().next() {
        Some(b'0'..=b'9' | b'[' | b'(' | b'?' | b'#' | b'_') => true,
        Some(b) if b.is_ascii_alphabetic() => {
            let word = rest.split(|c: char| !c.is_ascii_alphabetic()).next();
            word.is_some_and(|w| {
                matches!(words::class_of(w), words::Class::Cardinal(_))
                    || w.bytes().all(|b| b.is_ascii_uppercase())
                        && (w.len() == 1 || token::is_roman(w))
                    || w.len() <= 3 && w.bytes().all(|b| b == b'x')
            })
        }
        _ => false,
    }
}

/// Whether the last word of `before`, the text before a designator, orders
/// it: an ordinal, written out or in digits, or a modifier (`last`).
fn ordered(before: &str) -> bool {
    let before = before.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    matches!(
        words::class_of(word),
        words::Class::Ordinal(_) | words::Class::Modifier
    )
}

#[cfg(test)]
mod tests {
    use super::find_citations;

    /// Each row of the docs' table of forms is read as it says.
    #[test]
    fn the_forms_in_the_docs_read_as_they_say() {
        let forms = include_str!("forms.md");
        let rows = forms
            .lines()
            .skip(2)
            .take_while(|line| line.starts_with("| ") && !line.starts_with("| words for"));
        let mut count = 0;
        for row in rows {
            let cells: Vec<&str> = row.split(" | ").collect();
            let written = cells[1].trim_matches('`');
            let expected = cells[2].trim_end_matches(" |");
            let read: Vec<String> = find_citations(written)
                .map(|c| match c.citation() {
                    Ok(cite) => format!("`{}`", cite.short()),
                    Err(crate::Error::PartialCitation { read, unread, .. }) => {
                        format!("partial: `{read}` read, `{unread}` not")
                    }
                    Err(crate::Error::OtherDocument { .. }) => "another document".to_owned(),
                    Err(crate::Error::UnrecognisedCitation { .. }) => {
                        "not a citation of anything".to_owned()
                    }
                    Err(crate::Error::NoSuchParagraph { .. }) => "no such paragraph".to_owned(),
                    Err(err) => err.to_string(),
                })
                .collect();
            assert_eq!(read.join("; "), expected, "{written}");
            assert_eq!(
                find_citations(written).next().map(|c| c.range().start),
                Some(0),
                "{written}"
            );
            count += 1;
        }
        assert!(count >= 30, "{count} forms");
    }
}
