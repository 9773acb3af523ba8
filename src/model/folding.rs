//! How search compares text: the folding of what people type and of the
//! texts, and the index of a declaration's folded texts.
//!
//! Both the query and the texts are folded before they are compared: each
//! character is lowercased (Unicode lowercase mappings), except that
//!
//! - apostrophes and single quotes, `'` `` ` `` `´` `ʹ` `ʼ` `ʽ` `‘` `’` `‚` `‛`
//!   `′` `‵` `‹` `›` `＇`, all fold to `'`;
//! - double quotes, `"` `«` `»` `ʺ` `“` `”` `„` `‟` `″` `‶` `＂`, all fold to `"`;
//! - dashes, hyphen-minus `-`, hyphen U+2010, non-breaking hyphen U+2011, figure
//!   dash U+2012, en dash `–`, em dash `—`, horizontal bar U+2015, minus sign `−`
//!   U+2212, the two- and three-em dashes U+2E3A and U+2E3B, the small em dash
//!   U+FE58, the small and the fullwidth hyphen-minus U+FE63 and U+FF0D, all fold
//!   to `-`;
//! - each run of white space (every character that [`char::is_whitespace`]: the
//!   space, tabs, line breaks, the no-break and the other Unicode spaces) folds to
//!   one space.
//!
//! So "ministers’" finds "ministers'", "ict - information" finds "ICT –
//! Information", and "lifelong  learning" (two spaces), like the two words on
//! two lines, finds "lifelong learning". White space at either end of a query
//! folds too, and matches the text's whole run there. A hit is the range of the
//! text as written, whatever was typed; a query of white space alone is refused
//! as empty.
//!
//! The first search of a declaration builds, once, a folded copy of its
//! paragraphs' and footnotes' texts and an
//! index of where each pair of adjacent bytes of that copy occurs, with the
//! bytes grouped into classes so that the index is a small flat table. A folded
//! character may be shorter than the one it folds (an en dash is three bytes,
//! `-` one; a run of spaces folds to one space), so for each text where that
//! happens (a few paragraphs) the index keeps, for each folded byte, the offset
//! in the text of the character it came from, and a match maps back through it;
//! in the other texts offsets are the same in both. A match must start and end
//! where characters of the text do. A query is folded once into a buffer on the
//! stack, or, when it is longer than that buffer, found once in the folded copy
//! and then compared with that copy's own bytes; either way the hits borrow
//! nothing from the query. The query looks up its rarest pair and compares itself only at
//! the places that pair occurs. No search allocates after the first.

use std::ops::Range;

/// How many folded bytes of a query are kept inline; a longer query is
/// represented by the bytes of its first occurrence in the folded copy.
const INLINE: usize = 32;

/// A query's folded bytes, borrowed from nothing but the index.
#[derive(Clone, Copy)]
pub(crate) enum Needle<'a> {
    /// Up to [`INLINE`] bytes, held here.
    Inline { folded: [u8; INLINE], len: usize },
    /// The bytes of an occurrence in the index's folded copy; empty when a
    /// long query occurs nowhere.
    Indexed(&'a [u8]),
}

impl Needle<'_> {
    pub(crate) fn bytes(&self) -> &[u8] {
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

/// The folded bytes of `text`, if they fit inline.
fn inline_needle(text: &str) -> Option<Needle<'static>> {
    let mut folded = [0; INLINE];
    let mut len = 0;
    if text.is_ascii() {
        // Most queries are ASCII: a table look-up per byte, without decoding.
        let mut after_space = false;
        for &byte in text.as_bytes() {
            let byte = ASCII_FOLD[usize::from(byte)];
            if keep(byte, &mut after_space) {
                *folded.get_mut(len)? = byte;
                len += 1;
            }
        }
    } else {
        for byte in Folded::new(text) {
            *folded.get_mut(len)? = byte;
            len += 1;
        }
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

/// The folded form of each ASCII byte: letters lowercased, the grave accent an
/// apostrophe, the white space bytes a space; bytes above ASCII are never looked
/// up here.
static ASCII_FOLD: [u8; 256] = {
    let mut fold = [0u8; 256];
    let mut byte = 0u8;
    loop {
        fold[byte as usize] = match byte {
            b'A'..=b'Z' => byte.to_ascii_lowercase(),
            b'`' => b'\'',
            // What `char::is_whitespace` holds in ASCII: tab, line feed, vertical
            // tab, form feed, carriage return and space.
            b'\t'..=b'\r' | b' ' => b' ',
            _ => byte,
        };
        if byte == u8::MAX {
            break fold;
        }
        byte += 1;
    }
};

/// The byte a non-ASCII character folds to when it is an apostrophe, a quote or
/// a dash. White space is left to `char::is_whitespace`.
#[inline]
fn class_byte(c: char) -> Option<u8> {
    match c {
        '\u{B4}'
        | '\u{2B9}'
        | '\u{2BC}'
        | '\u{2BD}'
        | '\u{2018}'..='\u{201B}'
        | '\u{2032}'
        | '\u{2035}'
        | '\u{2039}'
        | '\u{203A}'
        | '\u{FF07}' => Some(b'\''),
        '\u{AB}'
        | '\u{BB}'
        | '\u{2BA}'
        | '\u{201C}'..='\u{201F}'
        | '\u{2033}'
        | '\u{2036}'
        | '\u{FF02}' => Some(b'"'),
        '\u{2010}'..='\u{2015}'
        | '\u{2212}'
        | '\u{2E3A}'
        | '\u{2E3B}'
        | '\u{FE58}'
        | '\u{FE63}'
        | '\u{FF0D}' => Some(b'-'),
        _ => None,
    }
}

/// The class a character folds to as search folds it: `'` for every
/// apostrophe, `"` for every double quote, `-` for every dash, `None` for
/// anything else. Search, `lookup`'s trimming and the comparison of names
/// all read the classes here.
pub(crate) fn punctuation_class(c: char) -> Option<u8> {
    if c.is_ascii() {
        let byte = ASCII_FOLD[c as usize];
        matches!(byte, b'\'' | b'"' | b'-').then_some(byte)
    } else {
        class_byte(c)
    }
}

/// Whether a folded byte is kept: a space is not when the character before
/// folded to a space too (`after_space`), which is updated for the next.
#[inline]
fn keep(byte: u8, after_space: &mut bool) -> bool {
    let space = byte == b' ';
    // `&`, not `&&`: a branch on whether each byte is a space, unpredictable in
    // prose, nearly doubled the time to build the index; the only branch left
    // is on the rare repeated space.
    #[allow(clippy::needless_bitwise_bool)]
    let repeated = space & *after_space;
    *after_space = space;
    !repeated
}

/// Folds one character into `out` and returns how many bytes it wrote: none
/// for white space after white space (see [`keep`]).
#[inline]
fn fold_char(c: char, after_space: &mut bool, out: &mut [u8; 12]) -> usize {
    let byte = if c.is_ascii() {
        ASCII_FOLD[c as usize]
    } else if c.is_whitespace() {
        b' '
    } else if let Some(byte) = class_byte(c) {
        byte
    } else {
        // No lowercase mapping yields white space, a quote or a dash, so the
        // lowercase characters need no folding of their own.
        *after_space = false;
        return c.to_lowercase().fold(0, |len, lower| {
            len + lower.encode_utf8(&mut out[len..]).len()
        });
    };
    out[0] = byte;
    usize::from(keep(byte, after_space))
}

/// The folded UTF-8 bytes of a text, produced without allocating.
#[derive(Clone)]
struct Folded<'a> {
    chars: std::str::Chars<'a>,
    after_space: bool,
    /// The folded bytes of the current character, of which `at..len` are due.
    pending: [u8; 12],
    at: usize,
    len: usize,
}

impl<'a> Folded<'a> {
    fn new(text: &'a str) -> Self {
        Folded {
            chars: text.chars(),
            after_space: false,
            pending: [0; 12],
            at: 0,
            len: 0,
        }
    }
}

impl Iterator for Folded<'_> {
    type Item = u8;

    #[inline]
    fn next(&mut self) -> Option<u8> {
        while self.at == self.len {
            let c = self.chars.next()?;
            self.len = fold_char(c, &mut self.after_space, &mut self.pending);
            self.at = 0;
        }
        self.at += 1;
        Some(self.pending[self.at - 1])
    }
}

/// Appends the folded bytes of `text` to `folded`, telling `mapped` how many
/// bytes each character folded to and where it stands in `text`; returns
/// whether every character folded to as many bytes as it has.
#[inline]
fn fold_text(text: &str, folded: &mut Vec<u8>, mut mapped: impl FnMut(usize, usize)) -> bool {
    let mut after_space = false;
    let mut same_lengths = true;
    let mut buf = [0; 12];
    for (at, c) in text.char_indices() {
        if c.is_ascii() {
            // Most of a text is ASCII: one look-up each.
            let byte = ASCII_FOLD[c as usize];
            if keep(byte, &mut after_space) {
                folded.push(byte);
                mapped(1, at);
            } else {
                same_lengths = false;
            }
            continue;
        }
        let len = fold_char(c, &mut after_space, &mut buf);
        same_lengths &= len == c.len_utf8();
        folded.extend_from_slice(&buf[..len]);
        mapped(len, at);
    }
    same_lengths
}

/// The class of each folded byte, six bits: each ASCII letter and digit, the
/// space, and the bytes the apostrophes, the double quotes and the dashes fold
/// to have their own; every other byte shares one.
static CLASS: [u8; 256] = {
    let mut class = [40u8; 256];
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
    class[b'\'' as usize] = 37;
    class[b'"' as usize] = 38;
    class[b'-' as usize] = 39;
    class
};

/// The index slot of a pair of adjacent folded bytes.
#[inline]
fn slot(first: u8, second: u8) -> usize {
    usize::from(CLASS[usize::from(first)]) << 6 | usize::from(CLASS[usize::from(second)])
}

/// The number of slots: two six-bit classes.
const SLOTS: usize = 1 << 12;

/// The folded copy of a set of texts and the index over it.
pub(crate) struct Index {
    /// Every text folded, each followed by one `\n` (which no folded query
    /// holds: white space folds to a space).
    folded: Vec<u8>,
    /// For each text, and for each of its folded bytes and its separator, the
    /// offset in the text of the character the byte was folded from; `None` for
    /// a text whose characters all kept their length, so that offsets are the
    /// same in both (most texts: only a few hold a dash, a quote or white space
    /// that folds shorter).
    origins: Vec<Option<Vec<u32>>>,
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
        let mut origins = Vec::with_capacity(texts.len());
        for text in &texts {
            let first = folded.len();
            starts.push(first);
            // Offsets are mapped only for the texts that need it, in a second pass.
            let origin = if fold_text(text, &mut folded, |_, _| {}) {
                None
            } else {
                folded.truncate(first);
                let mut origin = Vec::with_capacity(text.len() + 1);
                fold_text(text, &mut folded, |len, at| {
                    origin.resize(origin.len() + len, offset(at));
                });
                origin.push(offset(text.len()));
                Some(origin)
            };
            origins.push(origin);
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
            folded,
            origins,
            starts,
            postings,
            table,
        }
    }

    /// The bytes the index holds on the heap.
    pub(crate) fn heap_size(&self) -> usize {
        let mapped: usize = self.origins.iter().flatten().map(Vec::len).sum();
        let words = mapped + self.postings.len() + self.table.len();
        self.folded.len()
            + 4 * words
            + std::mem::size_of::<usize>() * self.starts.len()
            + std::mem::size_of::<Option<Vec<u32>>>() * self.origins.len()
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
    /// the folded copy (compared on the fly, byte by folded byte, at the
    /// candidates of its inline prefix); empty if it occurs nowhere.
    fn long_needle(&self, query: &str) -> Needle<'_> {
        let mut prefix = [0; INLINE];
        for (slot, byte) in prefix.iter_mut().zip(Folded::new(query)) {
            *slot = byte;
        }
        let mut candidates = self.candidates(&prefix);
        while let Some(start) = candidates.next(&self.folded) {
            let mut at = start;
            let matched = Folded::new(query).all(|byte| {
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

    /// The byte range in text number `text` of the folded range `start..end` of
    /// that text, which spans `first..stop`, unless the range runs past the text
    /// or splits a character that folds to more than one. A range that starts or
    /// ends at a folded run of white space takes in the whole run.
    #[inline]
    fn original(
        &self,
        text: usize,
        first: usize,
        stop: usize,
        start: usize,
        end: usize,
    ) -> Option<Range<usize>> {
        if end > stop {
            return None;
        }
        let (start, end) = (start - first, end - first);
        match &self.origins[text] {
            None => Some(start..end),
            Some(origin) => {
                let on_boundary = |at: usize| at == 0 || origin[at] != origin[at - 1];
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

/// Where a match may start, as offsets into the folded copy, ascending.
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
    pub(crate) needle: Needle<'a>,
    candidates: Candidates<'a>,
    /// The text the last candidate fell in (candidates ascend), where it starts
    /// in the folded copy, and where its separator stands.
    pub(crate) text: usize,
    first: usize,
    stop: usize,
    /// The folded end of the last match in that text.
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
            if let Some(range) = index.original(self.text, self.first, self.stop, start, end) {
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

    /// The folding classes, written out apart from the code as the docs list them.
    const APOSTROPHES: &[char] = &[
        '\'', '`', '\u{B4}', '\u{2B9}', '\u{2BC}', '\u{2BD}', '\u{2018}', '\u{2019}', '\u{201A}',
        '\u{201B}', '\u{2032}', '\u{2035}', '\u{2039}', '\u{203A}', '\u{FF07}',
    ];
    const QUOTES: &[char] = &[
        '"', '\u{AB}', '\u{BB}', '\u{2BA}', '\u{201C}', '\u{201D}', '\u{201E}', '\u{201F}',
        '\u{2033}', '\u{2036}', '\u{FF02}',
    ];
    const DASHES: &[char] = &[
        '-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}',
        '\u{2E3A}', '\u{2E3B}', '\u{FE58}', '\u{FE63}', '\u{FF0D}',
    ];
    /// Unicode's `White_Space`.
    const SPACES: &[char] = &[
        '\t', '\n', '\u{B}', '\u{C}', '\r', ' ', '\u{85}', '\u{A0}', '\u{1680}', '\u{2000}',
        '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}',
        '\u{2008}', '\u{2009}', '\u{200A}', '\u{2028}', '\u{2029}', '\u{202F}', '\u{205F}',
        '\u{3000}',
    ];

    /// The folding as the docs describe it, one character appended to `out`.
    fn push_folded(out: &mut String, c: char) {
        if SPACES.contains(&c) {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else if APOSTROPHES.contains(&c) {
            out.push('\'');
        } else if QUOTES.contains(&c) {
            out.push('"');
        } else if DASHES.contains(&c) {
            out.push('-');
        } else {
            out.extend(c.to_lowercase());
        }
    }

    fn reference_fold(text: &str) -> String {
        let mut out = String::new();
        text.chars().for_each(|c| push_folded(&mut out, c));
        out
    }

    /// The leftmost, longest, non-overlapping slices of each text, starting and
    /// ending on character boundaries, whose reference fold is the query's.
    fn naive(texts: &[&str], query: &str) -> Vec<(usize, Range<usize>)> {
        let needle = reference_fold(query);
        let mut out = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let mut from = 0;
            for (start, _) in text.char_indices() {
                if start < from {
                    continue;
                }
                let mut longest = None;
                let mut folded = String::new();
                for (end, c) in text[start..].char_indices() {
                    push_folded(&mut folded, c);
                    // Folding a longer slice only appends to the fold of a shorter.
                    if !needle.starts_with(&folded) {
                        break;
                    }
                    if folded == needle {
                        longest = Some(start + end + c.len_utf8());
                    }
                }
                if let Some(end) = longest {
                    out.push((i, start..end));
                    from = end;
                }
            }
        }
        out
    }

    /// A lowercase scan, for texts whose lowercase keeps byte offsets and that
    /// hold nothing else to fold.
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

    /// The matches of `query`, and the texts they cover.
    fn found<'t>(index: &Index, texts: &[&'t str], query: &str) -> Vec<(usize, &'t str)> {
        index
            .matches(query)
            .map(|(i, range)| (i, &texts[i][range]))
            .collect()
    }

    #[test]
    fn every_character_folds_as_the_docs_say() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let one = c.encode_utf8(&mut buf);
            assert_eq!(
                Folded::new(one).collect::<Vec<u8>>(),
                reference_fold(one).into_bytes(),
                "{c:?}"
            );
            // Lowercase characters are not folded again: none is in a class.
            for lower in c.to_lowercase().filter(|&l| l != c) {
                assert!(
                    !(SPACES.contains(&lower)
                        || APOSTROPHES.contains(&lower)
                        || QUOTES.contains(&lower)
                        || DASHES.contains(&lower)),
                    "{c:?} lowercases to {lower:?}"
                );
            }
        }
        assert!(SPACES.iter().all(|c| c.is_whitespace()));
        let white = (0..=0x10_FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace());
        assert_eq!(white.count(), SPACES.len());
    }

    #[test]
    fn queries_fold_as_the_texts_do() {
        for query in [
            "  Ministers’  \u{201C}Meeting\u{201D}\t–\n\u{A0}X ",
            "ICT \u{2212} information",
            "a`b\u{B}c\r\nd",
            "İstanbul \u{212A}",
            "\u{2003}",
        ] {
            let expected = reference_fold(query).into_bytes();
            assert_eq!(
                Folded::new(query).collect::<Vec<u8>>(),
                expected,
                "{query:?}"
            );
            let Some(Needle::Inline { folded, len }) = inline_needle(query) else {
                panic!("{query:?} folds to fewer than {INLINE} bytes");
            };
            assert_eq!(folded[..len], expected, "{query:?}");
        }
    }

    #[test]
    fn every_member_of_a_class_finds_every_other_on_either_side() {
        let classes = [APOSTROPHES, QUOTES, DASHES, SPACES];
        for (n, class) in classes.iter().enumerate() {
            let owned: Vec<String> = class.iter().map(|c| format!("Ab{c}cD")).collect();
            let texts: Vec<&str> = owned.iter().map(String::as_str).collect();
            let index = Index::build(texts.iter().copied());
            let all: Vec<_> = texts.iter().enumerate().map(|(i, t)| (i, *t)).collect();
            for typed in *class {
                let query = format!("aB{typed}Cd");
                assert_eq!(found(&index, &texts, &query), all, "{query:?}");
                // One character of the class alone, a byte long once folded.
                let alone: Vec<_> = index.matches(typed.encode_utf8(&mut [0; 4])).collect();
                if n < 3 {
                    assert_eq!(alone.len(), texts.len(), "{typed:?}");
                }
                for (m, other) in classes.iter().enumerate().filter(|&(m, _)| m != n) {
                    let query = format!("ab{}cd", other[0]);
                    assert_eq!(index.matches(&query).count(), 0, "{query:?} in class {m}");
                }
            }
        }
    }

    #[test]
    fn runs_of_white_space_fold_to_one_space() {
        let texts = [
            "lifelong  learning\tand\u{A0}\n more",
            "lifelong learning",
            "ends with b",
        ];
        let index = Index::build(texts.iter().copied());
        // Only the text whose white space folds shorter needs its offsets mapped.
        let mapped: Vec<bool> = index.origins.iter().map(Option::is_some).collect();
        assert_eq!(mapped, [true, false, false]);
        assert_eq!(
            found(&index, &texts, "Lifelong Learning"),
            [(0, "lifelong  learning"), (1, "lifelong learning")]
        );
        for query in [
            "lifelong  learning",
            "lifelong\nlearning",
            "lifelong \t\u{3000}learning",
        ] {
            assert_eq!(
                index.matches(query).collect::<Vec<_>>(),
                [(0, 0..18), (1, 0..17)],
                "{query:?}"
            );
        }
        assert_eq!(
            found(&index, &texts, "learning and more"),
            [(0, "learning\tand\u{A0}\n more")]
        );
        // White space at either end of the query takes in the text's whole run.
        assert_eq!(
            found(&index, &texts, "  learning"),
            [(0, "  learning"), (1, " learning")]
        );
        assert_eq!(found(&index, &texts, "and\n"), [(0, "and\u{A0}\n ")]);
        assert_eq!(
            found(&index, &texts, " "),
            [
                (0, "  "),
                (0, "\t"),
                (0, "\u{A0}\n "),
                (1, " "),
                (2, " "),
                (2, " ")
            ]
        );
        // Nothing follows the last word of a text, not even the separator.
        assert_eq!(index.matches("b ").count(), 0);
        assert_eq!(index.matches("b\n").count(), 0);
        // The search itself refuses queries of white space alone.
        for query in ["", " ", "  \t\n", "\u{A0}", "\u{3000}\u{2028}"] {
            assert!(
                matches!(
                    crate::declaration().search(query),
                    Err(crate::Error::EmptyQuery { .. })
                ),
                "{query:?}"
            );
        }
    }

    #[test]
    fn folding_that_changes_byte_lengths_maps_back_to_the_text() {
        // '’' is three bytes and '\'' one; '–' three and '-' one.
        let texts = ["the Ministers’ meeting – and ministers' ‘own’ words"];
        let index = Index::build(texts.iter().copied());
        assert!(index.origins[0].is_some());
        for query in ["MINISTERS'", "ministers’", "ministers\u{2BC}"] {
            assert_eq!(
                found(&index, &texts, query),
                [(0, "Ministers’"), (0, "ministers'")],
                "{query:?}"
            );
        }
        assert_eq!(
            index.matches("’ meeting - and").collect::<Vec<_>>(),
            [(0, 13..32)]
        );
        assert_eq!(&texts[0][13..32], "’ meeting – and");
        assert_eq!(found(&index, &texts, "'own'"), [(0, "‘own’")]);
        assert_eq!(
            found(&index, &texts, "’"),
            [(0, "’"), (0, "'"), (0, "‘"), (0, "’")]
        );
        assert_eq!(found(&index, &texts, "—"), [(0, "–")]);
    }

    #[test]
    fn matches_next_to_multibyte_characters_keep_to_their_boundaries() {
        let texts = ["Ünïcode–ünïcode ‘é’ 日本—語 «ï»"];
        let index = Index::build(texts.iter().copied());
        assert_eq!(
            found(&index, &texts, "ÜNÏCODE-ÜNÏCODE"),
            [(0, "Ünïcode–ünïcode")]
        );
        assert_eq!(
            found(&index, &texts, "ünïcode"),
            [(0, "Ünïcode"), (0, "ünïcode")]
        );
        assert_eq!(found(&index, &texts, "'é'"), [(0, "‘é’")]);
        assert_eq!(found(&index, &texts, "本-語"), [(0, "本—語")]);
        assert_eq!(found(&index, &texts, "\"Ï\""), [(0, "«ï»")]);
        assert_eq!(found(&index, &texts, "é"), [(0, "é")]);
        assert_eq!(found(&index, &texts, "ï»"), [(0, "ï»")]);
    }

    #[test]
    fn queries_longer_than_the_buffer_fold_too() {
        let text = "The Ministers’ “Meeting” – a long  sentence\tthat goes on, and on. ".repeat(3);
        let texts = [text.as_str(), "short"];
        let index = Index::build(texts.iter().copied());
        let query = "the ministers' \"meeting\" - a long sentence that goes on, and on.";
        assert!(inline_needle(query).is_none());
        let hits: Vec<_> = index.matches(query).collect();
        assert_eq!(hits.len(), 3);
        for (i, range) in &hits {
            assert_eq!(
                &texts[*i][range.clone()],
                "The Ministers’ “Meeting” – a long  sentence\tthat goes on, and on."
            );
        }
        // A query of more than INLINE bytes that folds to fewer is held inline.
        let spaced = "the          ministers’          meeting";
        assert!(spaced.len() > INLINE);
        assert!(matches!(inline_needle(spaced), Some(Needle::Inline { .. })));
        assert_eq!(index.matches(spaced).count(), 0);
        assert_eq!(index.matches("the ministers’ “meeting”").count(), 3);
        // A long query that differs from the text after its inline prefix.
        assert_eq!(index.matches(&query.replace("on.", "off.")).count(), 0);
    }

    #[test]
    fn misses_find_nothing() {
        let texts = [
            "ICT – Information and Communication Technologies",
            "ministers' meeting",
        ];
        let index = Index::build(texts.iter().copied());
        // A different class, a missing space, a missing dash.
        for query in [
            "ministers\" meeting",
            "ministers'meeting",
            "ict information",
            "ict–information",
            "ministers - meeting",
            "quantum computing",
        ] {
            assert_eq!(index.matches(query).count(), 0, "{query:?}");
        }
    }

    #[test]
    fn the_index_agrees_with_a_naive_search_for_every_piece_of_its_texts() {
        let texts = [
            "ICT – Information and  Communication\tTechnologies —",
            "the Ministers’ “Meeting” ‘x’ – 日本—語 ünï-code",
            "İSTANBUL\u{A0}\u{A0}and Straße \u{212A}elvin's ‘scale’ – and more",
            "a  a  a - - a'a \"a\" a\u{2011}a\ta\u{2014}a «a» \u{3000}end",
        ];
        let index = Index::build(texts.iter().copied());
        // The same text as typed on another keyboard.
        let retype = |piece: &str| -> String {
            piece
                .chars()
                .map(|c| match c {
                    c if APOSTROPHES.contains(&c) => "\u{2019}".to_owned(),
                    c if QUOTES.contains(&c) => "\u{201E}".to_owned(),
                    c if DASHES.contains(&c) => "\u{2212}".to_owned(),
                    c if SPACES.contains(&c) => " \n".to_owned(),
                    c => c.to_uppercase().collect(),
                })
                .collect()
        };
        for text in texts {
            let bounds: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
            for (n, &start) in bounds.iter().enumerate() {
                let ends = bounds[n + 1..].iter().copied().chain([text.len()]);
                for end in ends.take(14) {
                    let piece = &text[start..end];
                    for query in [piece.to_owned(), retype(piece)] {
                        assert_eq!(
                            index.matches(&query).collect::<Vec<_>>(),
                            naive(&texts, &query),
                            "{query:?}"
                        );
                    }
                }
            }
            // Whole texts, too long to hold inline.
            for query in [text.to_owned(), retype(text)] {
                assert!(inline_needle(&query).is_none(), "{query:?}");
                assert_eq!(
                    index.matches(&query).collect::<Vec<_>>(),
                    naive(&texts, &query),
                    "{query:?}"
                );
            }
        }
    }

    #[test]
    fn texts_whose_lowercase_changes_length_map_back_to_their_offsets() {
        // 'İ' lowercases to two characters, 'K' (Kelvin) to one shorter byte run.
        let texts = ["İSTANBUL and Straße", "a \u{212A}ELVIN scale, İi"];
        let index = Index::build(texts.iter().copied());
        assert!(index.origins.iter().all(Option::is_some));
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
        // Lowercasing keeps these lengths, and nothing in them is folded to a
        // shorter class byte or a single space.
        let texts = ["Aa aA", "Ünïcode - Text 'aaa' \"q\""];
        let index = Index::build(texts.iter().copied());
        assert!(index.origins.iter().all(Option::is_none));
        for query in [
            "a",
            "aa",
            "A A",
            "üN",
            "- t",
            "text 'aaa'",
            "\"Q",
            "x",
            "aaaa",
        ] {
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

    /// The declaration writes straight apostrophes and a single space between
    /// words; what people type instead finds the same places.
    #[test]
    fn the_declaration_is_found_as_people_type_it() {
        let ranges = |query: &str| -> Vec<_> {
            crate::declaration()
                .search(query)
                .unwrap()
                .map(|hit| {
                    (
                        crate::Spanned::paragraph(&hit).number(),
                        crate::Spanned::range(&hit),
                    )
                })
                .collect()
        };
        let straight = ranges("ministers'");
        assert!(!straight.is_empty());
        assert_eq!(ranges("ministers’"), straight);
        assert_eq!(ranges("MINISTERS\u{2BC}"), straight);
        let single = ranges("lifelong learning");
        assert!(!single.is_empty());
        assert_eq!(ranges("lifelong  learning"), single);
        assert_eq!(ranges("lifelong\nlearning"), single);
        let dashed = ranges("ict – information");
        assert_eq!(dashed.len(), 1);
        for typed in [
            "ict - information",
            "ict — information",
            "ict − information",
        ] {
            assert_eq!(ranges(typed), dashed, "{typed:?}");
        }
        assert_eq!(ranges("people–to–people"), ranges("people-to-people"));
    }

    /// The class of a folded byte, written out apart from `CLASS`: each ASCII
    /// letter, each digit, the space, `'`, `"` and `-` its own, every other
    /// byte one.
    fn class(b: u8) -> u8 {
        match b {
            b'a'..=b'z' => b - b'a',
            b'0'..=b'9' => 26 + b - b'0',
            b' ' => 36,
            b'\'' => 37,
            b'"' => 38,
            b'-' => 39,
            _ => 40,
        }
    }

    #[test]
    fn each_letter_digit_space_and_class_byte_has_a_class_of_its_own() {
        for b in 0..=u8::MAX {
            assert_eq!(CLASS[usize::from(b)], class(b), "byte {b}");
        }
    }

    /// What the README says of `search`: a query is checked only where its
    /// rarest pair of adjacent folded bytes (by class) stands.
    #[test]
    fn a_query_is_checked_only_where_its_rarest_pair_stands() {
        let index: &Index = (crate::declaration().index)();
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
            "ministers\u{2019}",
        ] {
            let needle = reference_fold(query).into_bytes();
            let prefix = &needle[..needle.len().min(INLINE)];
            let rarest = prefix
                .windows(2)
                .map(|w| occurrences(w[0], w[1]))
                .min()
                .unwrap();
            let Candidates::Listed { positions, .. } = index.candidates(&needle) else {
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
        let index: &Index = (crate::declaration().index)();
        // The texts (the paragraphs', then the footnotes') with an en dash or
        // curly quotes, which fold to one byte, and only those, map their
        // offsets.
        let mut mapped = 0;
        let d = crate::declaration();
        let texts = d
            .paragraphs()
            .iter()
            .map(crate::Paragraph::text)
            .chain(d.footnotes().iter().map(crate::Footnote::text));
        for (i, text) in texts.enumerate() {
            let shorter = reference_fold(text).len() < text.len();
            assert_eq!(index.origins[i].is_some(), shorter, "text {}", i + 1);
            if let Some(origin) = &index.origins[i] {
                assert_eq!(origin.len(), index.starts[i + 1] - index.starts[i]);
                mapped += origin.len();
            }
        }
        assert!(mapped > 0);
        let words = mapped + index.postings.len() + index.table.len();
        assert_eq!(
            index.heap_size(),
            index.folded.len()
                + 4 * words
                + std::mem::size_of::<usize>() * index.starts.len()
                + std::mem::size_of::<Option<Vec<u32>>>()
                    * (d.paragraphs().len() + d.footnotes().len())
        );
        assert_eq!(index.table.len(), SLOTS + 1);
        let debug = format!("{index:?}");
        assert!(
            debug.starts_with("Index { texts: 17, folded_bytes: "),
            "{debug}"
        );
        assert!(
            debug.contains(&format!("heap_size: {}", index.heap_size())),
            "{debug}"
        );
    }
}
