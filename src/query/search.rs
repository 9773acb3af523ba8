//! Case-insensitive search over the paragraph texts.
//!
//! The first search builds, once, a lowercase copy of all paragraph texts and
//! an index of where each pair of adjacent bytes of that copy occurs, with the
//! bytes grouped into classes so that the index is a small flat table. A query
//! is lowercased once into a buffer on the stack, or, when it is longer than
//! that buffer, found once in the lowercase copy and then compared with that
//! copy's own bytes; either way the hits borrow nothing from the query. The
//! query looks up its rarest pair and compares itself only at the places that
//! pair occurs. No search allocates after the first.

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

use std::sync::LazyLock;

use crate::facts::PARAGRAPHS;
use crate::model::error::Error;
use crate::model::records::Declaration;
use crate::model::records::{Paragraph, Span};
use crate::model::run::Run;
use crate::model::span::Spanned;
use crate::model::span::spanned;

/// One place where a search query occurs.
///
/// ```
/// use asem_seoul_declaration::{declaration, Spanned};
///
/// let hit = declaration().search("erasmus+")?.next().unwrap();
/// assert_eq!(hit.paragraph().number(), 6);
/// assert_eq!(&hit.paragraph().text()[hit.range()], "Erasmus+");
/// assert_eq!(hit.text(), "Erasmus+");
/// assert_eq!(format!("{hit:?}"), r#"Hit { paragraph: 6, range: 431..439, text: "Erasmus+" }"#);
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hit {
    span: Span,
}

spanned!(Hit);

/// One line: `Hit { paragraph: 6, range: 431..439, text: "Erasmus+" }`.
impl fmt::Debug for Hit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Hit {{ paragraph: {}, range: {:?}, text: {:?} }}",
            self.paragraph().number(),
            self.range(),
            self.text()
        )
    }
}

/// The hits of one search, in document order; see [`Declaration::search`].
///
/// They borrow nothing from the query, so a function can take an owned query
/// and return its hits.
///
/// ```
/// use asem_seoul_declaration::{declaration, Hit, Vocabulary, Spanned};
///
/// fn find(query: String) -> impl Iterator<Item = Hit> {
///     declaration().search(query).into_iter().flatten()
/// }
/// let mut hits = find("recognition".to_owned());
/// assert_eq!(hits.next().unwrap().paragraph().number(), 6);
/// assert_eq!(hits.next().unwrap().paragraph().number(), 10);
/// assert!(hits.next().is_none());
/// ```
#[derive(Clone)]
pub struct Hits {
    matches: Matches<'static>,
    /// The paragraphs, read once here rather than from the `static` at each hit.
    paragraphs: &'static [Paragraph],
}

impl Iterator for Hits {
    type Item = Hit;

    #[inline]
    fn next(&mut self) -> Option<Hit> {
        let (paragraph, range) = self.matches.next()?;
        let paragraph: &'static Paragraph = self.paragraphs.get(paragraph)?;
        let run = Run {
            start: range.start,
            text: paragraph.text().get(range)?,
        };
        Some(Hit {
            span: Span::new(paragraph, run),
        })
    }
}

impl FusedIterator for Hits {}

/// A summary on one line: the lowercase query (cut short) and where the
/// search stands, not the index it reads.
impl fmt::Debug for Hits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let needle = self.matches.needle.bytes();
        let shown = String::from_utf8_lossy(&needle[..needle.len().min(60)]);
        f.debug_struct("Hits")
            .field("lowercase_query", &shown)
            .field("query_bytes", &needle.len())
            .field("paragraph", &(self.matches.text + 1))
            .finish_non_exhaustive()
    }
}

/// Search.
impl Declaration {
    /// Finds `query` in the paragraphs' texts, ignoring case.
    ///
    /// Matching folds both sides with Unicode lowercase mappings, so non-ASCII text
    /// (the en dash in "ICT – Information") matches too. Hits come in document
    /// order and do not overlap within a paragraph. The query is taken literally:
    /// white space inside or around it must match too. It may be a `&str`, a
    /// `String` or anything else that is `AsRef<str>`, and the hits do not borrow
    /// it. The first call builds an index once; later calls and the hits they
    /// yield allocate nothing.
    ///
    /// # Errors
    ///
    /// [`Error::EmptyQuery`] if `query` is empty or only white space.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Spanned};
    ///
    /// let hits: Vec<_> = declaration().search("ict – INFORMATION")?.collect();
    /// assert_eq!(hits.len(), 1);
    /// let hit = &hits[0];
    /// assert_eq!(hit.paragraph().number(), 10);
    /// assert_eq!(hit.text(), "ICT – Information");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[inline]
    pub fn search(&self, query: impl AsRef<str>) -> Result<Hits, Error> {
        search(query.as_ref())
    }
}

/// Runs a search; see [`Declaration::search`].
fn search(query: &str) -> Result<Hits, Error> {
    if query.trim().is_empty() {
        return Err(Error::EmptyQuery {
            given: query.to_owned(),
        });
    }
    let index: &'static Index = &INDEX;
    Ok(Hits {
        matches: index.matches(query),
        paragraphs: &PARAGRAPHS,
    })
}

static INDEX: LazyLock<Index> =
    LazyLock::new(|| Index::build(PARAGRAPHS.iter().map(Paragraph::text)));

/// Builds a fresh index, as the first search does, and returns its size in
/// bytes: for the crate's own benchmarks only.
#[cfg(feature = "bench-internals")]
pub(crate) fn build_index() -> usize {
    Index::build(PARAGRAPHS.iter().map(Paragraph::text)).heap_size()
}

/// How many lowercase bytes of a query are kept inline; a longer query is
/// represented by the bytes of its first occurrence in the lowercase copy.
const INLINE: usize = 32;

/// A query's lowercase bytes, borrowed from nothing but the index.
#[derive(Clone, Copy)]
enum Needle<'a> {
    /// Up to [`INLINE`] bytes, held here.
    Inline { folded: [u8; INLINE], len: usize },
    /// The bytes of an occurrence in the index's lowercase copy; empty when a
    /// long query occurs nowhere.
    Indexed(&'a [u8]),
}

impl Needle<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Needle::Inline { folded, len } => &folded[..*len],
            Needle::Indexed(bytes) => bytes,
        }
    }

    /// Where a match starting at `start` of `folded` ends, if it matches there.
    #[inline]
    fn match_end(&self, folded: &[u8], start: usize) -> Option<usize> {
        let needle = self.bytes();
        let end = start + needle.len();
        same(folded.get(start..end)?, needle).then_some(end)
    }
}

/// The lowercase bytes of `text`, if they fit inline.
fn inline_needle(text: &str) -> Option<Needle<'static>> {
    let mut folded = [0; INLINE];
    if text.len() <= INLINE && text.is_ascii() {
        folded[..text.len()].copy_from_slice(text.as_bytes());
        folded[..text.len()].make_ascii_lowercase();
        return Some(Needle::Inline {
            folded,
            len: text.len(),
        });
    }
    let mut len = 0;
    for byte in folded_bytes(text) {
        *folded.get_mut(len)? = byte;
        len += 1;
    }
    Some(Needle::Inline { folded, len })
}

/// Whether two byte strings are equal, compared a word at a time: the strings
/// are short, and a call to `memcmp` for each candidate costs more than the
/// comparison itself.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if b.len() != n {
        return false;
    }
    if n < 8 {
        return a == b;
    }
    let word = |s: &[u8], at: usize| {
        let w = &s[at..at + 8];
        u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]])
    };
    let mut at = 0;
    while at + 8 < n {
        if word(a, at) != word(b, at) {
            return false;
        }
        at += 8;
    }
    // The last word overlaps the one before when `n` is not a multiple of 8.
    word(a, n - 8) == word(b, n - 8)
}

/// The UTF-8 bytes of `text` lowercased, produced without allocating.
fn folded_bytes(text: &str) -> impl Iterator<Item = u8> + '_ {
    text.chars().flat_map(|c| {
        let mut buf = [0; 12];
        let len = if c.is_ascii() {
            buf[0] = c.to_ascii_lowercase() as u8;
            1
        } else {
            c.to_lowercase().fold(0, |len, lower| {
                len + lower.encode_utf8(&mut buf[len..]).len()
            })
        };
        buf.into_iter().take(len)
    })
}

/// The class of each lowercase byte, six bits: each ASCII letter and digit and
/// the space has its own; every other byte shares one.
static CLASS: [u8; 256] = {
    let mut class = [37u8; 256];
    let mut b = 0;
    while b < 26 {
        class[(b'a' + b) as usize] = b;
        b += 1;
    }
    let mut d = 0;
    while d < 10 {
        class[(b'0' + d) as usize] = 26 + d;
        d += 1;
    }
    class[b' ' as usize] = 36;
    class
};

/// The index slot of a pair of adjacent lowercase bytes.
#[inline]
fn slot(first: u8, second: u8) -> usize {
    usize::from(CLASS[usize::from(first)]) << 6 | usize::from(CLASS[usize::from(second)])
}

/// The number of slots: two six-bit classes.
const SLOTS: usize = 1 << 12;

/// The lowercase copy of a set of texts and the index over it.
pub(crate) struct Index {
    /// Every text lowercased, each followed by one `\n`.
    folded: Vec<u8>,
    /// For each byte of `folded`, the offset in its text of the character it was
    /// lowercased from; `None` when lowercasing kept every character's length, so
    /// that offsets are the same in both.
    origin: Option<Vec<u32>>,
    /// Where each text starts in `folded`, and where the copy ends.
    starts: Vec<usize>,
    /// The offsets of every byte pair of `folded`, grouped by slot, ascending
    /// within a slot.
    postings: Vec<u32>,
    /// Where each slot's group begins in `postings`, and where the last ends.
    table: Vec<u32>,
}

impl Index {
    pub(crate) fn build<'t>(texts: impl Iterator<Item = &'t str>) -> Index {
        let texts: Vec<&str> = texts.collect();
        let mut folded = Vec::with_capacity(texts.iter().map(|t| t.len() + 1).sum());
        let mut starts = Vec::with_capacity(texts.len() + 1);
        let mut same_lengths = true;
        for text in &texts {
            starts.push(folded.len());
            for c in text.chars() {
                if c.is_ascii() {
                    folded.push(c.to_ascii_lowercase() as u8);
                } else {
                    let before = folded.len();
                    folded.extend(folded_bytes(c.encode_utf8(&mut [0; 4])));
                    same_lengths &= folded.len() - before == c.len_utf8();
                }
            }
            folded.push(b'\n');
        }
        starts.push(folded.len());
        // A counting sort by slot: offsets land ascending within each slot.
        let mut table = vec![0u32; SLOTS + 1];
        for pair in folded.windows(2) {
            table[slot(pair[0], pair[1]) + 1] += 1;
        }
        for i in 1..table.len() {
            table[i] += table[i - 1];
        }
        let mut next = table.clone();
        let mut postings = vec![0u32; folded.len().saturating_sub(1)];
        for (at, pair) in folded.windows(2).enumerate() {
            let cursor = &mut next[slot(pair[0], pair[1])];
            postings[*cursor as usize] = offset(at);
            *cursor += 1;
        }
        Index {
            origin: (!same_lengths).then(|| origin_map(&texts, folded.len())),
            folded,
            starts,
            postings,
            table,
        }
    }

    /// The bytes the index holds on the heap.
    pub(crate) fn heap_size(&self) -> usize {
        let words =
            self.origin.as_ref().map_or(0, Vec::len) + self.postings.len() + self.table.len();
        self.folded.len() + 4 * words + std::mem::size_of::<usize>() * self.starts.len()
    }

    /// Every match of `query`, as (text number from 0, byte range in that text).
    /// The matches borrow the index, not the query.
    pub(crate) fn matches(&self, query: &str) -> Matches<'_> {
        let needle = inline_needle(query).unwrap_or_else(|| self.long_needle(query));
        let candidates = self.candidates(needle.bytes());
        Matches {
            index: self,
            needle,
            candidates,
            text: 0,
            first: 0,
            stop: self.starts[1] - 1,
            last_end: 0,
        }
    }

    /// A query too long to hold inline, as the bytes of its first occurrence in
    /// the lowercase copy (compared on the fly, byte by lowercase byte, at the
    /// candidates of its inline prefix); empty if it occurs nowhere.
    fn long_needle(&self, query: &str) -> Needle<'_> {
        let mut prefix = [0; INLINE];
        for (slot, byte) in prefix.iter_mut().zip(folded_bytes(query)) {
            *slot = byte;
        }
        let mut candidates = self.candidates(&prefix);
        while let Some(start) = candidates.next(&self.folded) {
            let mut at = start;
            let matched = folded_bytes(query).all(|byte| {
                at += 1;
                self.folded.get(at - 1) == Some(&byte)
            });
            if matched {
                return Needle::Indexed(&self.folded[start..at]);
            }
        }
        Needle::Indexed(&[])
    }

    /// Where to look for `needle`: the offsets of its rarest byte pair, less that
    /// pair's place in the needle.
    fn candidates(&self, needle: &[u8]) -> Candidates<'_> {
        let prefix = &needle[..needle.len().min(INLINE)];
        match prefix {
            [] => {
                return Candidates::Listed {
                    positions: [].iter(),
                    back: 0,
                };
            }
            [first] => {
                return Candidates::Scanned {
                    first: *first,
                    next: 0,
                };
            }
            _ => {}
        }
        let (mut fewest, mut rarest) = (u32::MAX, 0);
        for back in 0..prefix.len() - 1 {
            let s = slot(prefix[back], prefix[back + 1]);
            let count = self.table[s + 1] - self.table[s];
            if count < fewest {
                (fewest, rarest) = (count, back);
            }
        }
        let s = slot(prefix[rarest], prefix[rarest + 1]);
        Candidates::Listed {
            positions: self.postings[self.table[s] as usize..self.table[s + 1] as usize].iter(),
            back: rarest,
        }
    }

    /// The byte range in its text of the lowercase range `start..end` of the
    /// text that spans `first..stop`, unless it runs past that text or splits a
    /// character whose lowercase is longer than one.
    #[inline]
    fn original(
        &self,
        first: usize,
        stop: usize,
        start: usize,
        end: usize,
    ) -> Option<Range<usize>> {
        if end > stop {
            return None;
        }
        match &self.origin {
            None => Some(start - first..end - first),
            Some(origin) => {
                let on_boundary =
                    |at: usize| at == first || at == stop || origin[at] != origin[at - 1];
                (on_boundary(start) && on_boundary(end))
                    .then(|| origin[start] as usize..origin[end] as usize)
            }
        }
    }
}

/// A summary: the index is tens of kilobytes, too much to print inside a `Hits`.
impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("texts", &(self.starts.len() - 1))
            .field("folded_bytes", &self.folded.len())
            .field("heap_size", &self.heap_size())
            .finish_non_exhaustive()
    }
}

/// For each lowercase byte, the offset in its text of the character it came from.
fn origin_map(texts: &[&str], len: usize) -> Vec<u32> {
    let mut origin = Vec::with_capacity(len);
    for text in texts {
        for (at, c) in text.char_indices() {
            origin.extend(folded_bytes(c.encode_utf8(&mut [0; 4])).map(|_| offset(at)));
        }
        origin.push(offset(text.len()));
    }
    origin
}

/// Where a match may start, as offsets into the lowercase copy, ascending.
#[derive(Clone, Debug)]
enum Candidates<'a> {
    /// The offsets of the query's rarest byte pair, less its place in the query.
    Listed {
        positions: std::slice::Iter<'a, u32>,
        back: usize,
    },
    /// Every offset holding the query's only byte.
    Scanned { first: u8, next: usize },
}

impl Candidates<'_> {
    #[inline]
    fn next(&mut self, folded: &[u8]) -> Option<usize> {
        match self {
            Candidates::Listed { positions, back } => {
                positions.find_map(|&at| (at as usize).checked_sub(*back))
            }
            Candidates::Scanned { first, next } => {
                let found = *next + folded.get(*next..)?.iter().position(|b| b == first)?;
                *next = found + 1;
                Some(found)
            }
        }
    }
}

/// The matches of one query, in order, without overlaps within a text.
#[derive(Clone)]
pub(crate) struct Matches<'a> {
    index: &'a Index,
    needle: Needle<'a>,
    candidates: Candidates<'a>,
    /// The text the last candidate fell in (candidates ascend), where it starts
    /// in the lowercase copy, and where its separator stands.
    text: usize,
    first: usize,
    stop: usize,
    /// The lowercase end of the last match in that text.
    last_end: usize,
}

impl Iterator for Matches<'_> {
    type Item = (usize, Range<usize>);

    #[inline]
    fn next(&mut self) -> Option<(usize, Range<usize>)> {
        let index = self.index;
        while let Some(start) = self.candidates.next(&index.folded) {
            if start > self.stop {
                while index.starts[self.text + 1] <= start {
                    self.text += 1;
                }
                (self.first, self.stop) =
                    (index.starts[self.text], index.starts[self.text + 1] - 1);
                self.last_end = 0;
            }
            if start < self.last_end {
                continue;
            }
            let Some(end) = self.needle.match_end(&index.folded, start) else {
                continue;
            };
            if let Some(range) = index.original(self.first, self.stop, start, end) {
                self.last_end = end;
                return Some((self.text, range));
            }
        }
        None
    }
}

/// Offsets fit in `u32`: the declaration is a few kilobytes long.
fn offset(at: usize) -> u32 {
    u32::try_from(at).expect("the declaration is far shorter than 4 GiB")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A lowercase scan, for texts whose lowercase keeps byte offsets.
    fn scan(texts: &[&str], query: &str) -> Vec<(usize, Range<usize>)> {
        let needle = query.to_lowercase();
        let mut out = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let folded = text.to_lowercase();
            out.extend(
                folded
                    .match_indices(&needle)
                    .map(|(at, m)| (i, at..at + m.len())),
            );
        }
        out
    }

    #[test]
    fn texts_whose_lowercase_changes_length_map_back_to_their_offsets() {
        // 'İ' lowercases to two characters, 'K' (Kelvin) to one shorter byte run.
        let texts = ["İSTANBUL and Straße", "a \u{212A}ELVIN scale, İi"];
        let index = Index::build(texts.iter().copied());
        assert!(index.origin.is_some());
        let hit: Vec<_> = index.matches("istanbul").collect();
        assert_eq!(hit, []); // "i̇stanbul": the dot above stays, so plain "i" does not match
        let hit: Vec<_> = index.matches("i\u{307}stanbul").collect();
        assert_eq!(hit, [(0, 0..9)]);
        assert_eq!(&texts[0][hit[0].1.clone()], "İSTANBUL");
        let kelvin: Vec<_> = index.matches("kelvin").collect();
        assert_eq!(kelvin, [(1, 2..10)]);
        assert_eq!(&texts[1][kelvin[0].1.clone()], "\u{212A}ELVIN");
        // Half of an expanded character is not a match.
        assert_eq!(index.matches("\u{307}").count(), 0);
        assert_eq!(index.matches("STRASSE").count(), 0);
        // Whole characters after one that changed length: a match may start
        // or end at a character whose lowercase has more than one byte.
        let starts_at_eszett: Vec<_> = index.matches("ße").collect();
        assert_eq!(starts_at_eszett, [(0, 18..21)]);
        let ends_before_eszett: Vec<_> = index.matches("stra").collect();
        assert_eq!(ends_before_eszett, [(0, 14..18)]);
    }

    #[test]
    fn texts_that_keep_their_length_need_no_offset_map() {
        let texts = ["Aa aA", "“Quoted” – Text aaa"];
        let index = Index::build(texts.iter().copied());
        assert!(index.origin.is_none());
        for query in ["a", "aa", "A A", "“q", "– t", "text aaa", "x", "aaaa"] {
            assert_eq!(
                index.matches(query).collect::<Vec<_>>(),
                scan(&texts, query),
                "{query:?}"
            );
        }
    }

    #[test]
    fn an_empty_query_matches_nothing_rather_than_panicking() {
        let index = Index::build(["text"].into_iter());
        assert_eq!(index.matches("").count(), 0);
    }

    #[test]
    fn long_queries_are_compared_on_the_fly() {
        let long = "word ".repeat(40);
        let texts = [long.as_str(), "word"];
        let index = Index::build(texts.iter().copied());
        let query = long.to_uppercase();
        assert!(inline_needle(&query).is_none());
        assert_eq!(index.matches(&query).collect::<Vec<_>>(), [(0, 0..200)]);
        assert_eq!(index.matches(&(query.clone() + "x")).count(), 0);
    }

    /// The class of a lowercase byte, written out apart from `CLASS`: each
    /// ASCII letter, each digit and the space its own, every other byte one.
    fn class(b: u8) -> u8 {
        match b {
            b'a'..=b'z' => b - b'a',
            b'0'..=b'9' => 26 + b - b'0',
            b' ' => 36,
            _ => 37,
        }
    }

    #[test]
    fn each_letter_digit_and_the_space_has_a_class_of_its_own() {
        for b in 0..=u8::MAX {
            assert_eq!(CLASS[usize::from(b)], class(b), "byte {b}");
        }
    }

    /// What the README says of `search`: a query is checked only where its
    /// rarest pair of adjacent lowercase bytes (by class) stands.
    #[test]
    fn a_query_is_checked_only_where_its_rarest_pair_stands() {
        let index: &Index = &INDEX;
        let folded = &index.folded;
        let occurrences = |a: u8, b: u8| {
            folded
                .windows(2)
                .filter(|w| (class(w[0]), class(w[1])) == (class(a), class(b)))
                .count()
        };
        for query in [
            "education",
            "lifelong learning",
            "asem education secretariat",
            "quantum computing",
            "e.g. asem summits",
            "2017",
            "ict \u{2013} information",
        ] {
            let needle = query.as_bytes();
            let prefix = &needle[..needle.len().min(INLINE)];
            let rarest = prefix
                .windows(2)
                .map(|w| occurrences(w[0], w[1]))
                .min()
                .unwrap();
            let Candidates::Listed { positions, .. } = index.candidates(needle) else {
                panic!("{query:?} has more than one byte");
            };
            assert_eq!(positions.len(), rarest, "{query:?}");
        }
        assert!(matches!(
            index.candidates(b"e"),
            Candidates::Scanned { first: b'e', .. }
        ));
    }

    #[test]
    fn the_index_counts_its_own_size() {
        let index: &Index = &INDEX;
        assert!(
            index.origin.is_none(),
            "the declaration lowercases to the same lengths"
        );
        let words = index.postings.len() + index.table.len();
        assert_eq!(
            index.heap_size(),
            index.folded.len() + 4 * words + std::mem::size_of::<usize>() * index.starts.len()
        );
        assert_eq!(index.table.len(), SLOTS + 1);
        let debug = format!("{index:?}");
        assert!(
            debug.starts_with("Index { texts: 16, folded_bytes: "),
            "{debug}"
        );
        assert!(
            debug.contains(&format!("heap_size: {}", index.heap_size())),
            "{debug}"
        );
    }
}
