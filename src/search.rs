//! Case-insensitive search over the paragraph texts.
//!
//! The first search builds, once, a lowercase copy of all paragraph texts with a
//! map back to the original offsets, and an index of where each three-byte
//! sequence of that copy occurs. A query then looks up its rarest three bytes
//! and checks only the places they occur, comparing the query lowercased on the
//! fly, so no search allocates after the first.

use std::collections::HashMap;
use std::iter::FusedIterator;
use std::ops::Range;

use once_cell::sync::Lazy;

use crate::paragraph::Paragraph;
use crate::{data, Error};

/// One place where a search query occurs.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let hit = declaration().search("erasmus+")?.next().unwrap();
/// assert_eq!(hit.paragraph().number(), 6);
/// assert_eq!(&hit.paragraph().text()[hit.range()], "Erasmus+");
/// assert_eq!(hit.text(), "Erasmus+");
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Hit {
    paragraph: &'static Paragraph,
    start: usize,
    end: usize,
}

impl Hit {
    /// The paragraph the match is in.
    #[must_use]
    pub const fn paragraph(&self) -> &'static Paragraph {
        self.paragraph
    }

    /// The byte range of the match in the paragraph's [`text`](Paragraph::text);
    /// both ends are on character boundaries.
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The matched text as the declaration writes it.
    #[must_use]
    pub fn text(&self) -> &'static str {
        &self.paragraph.text()[self.start..self.end]
    }
}

/// The hits of one search, in document order; see
/// [`Declaration::search`](crate::Declaration::search).
#[derive(Clone, Debug)]
pub struct Hits<'q> {
    query: &'q str,
    candidates: Candidates,
    /// The paragraph and lowercase end of the last hit, so that hits do not overlap.
    last: Option<(usize, usize)>,
}

/// Where a match may start, as offsets into the lowercase copy.
#[derive(Clone, Debug)]
enum Candidates {
    /// Offsets of the query's rarest three bytes, less their place in the query.
    Listed {
        positions: std::slice::Iter<'static, u32>,
        back: usize,
    },
    /// Every offset holding the query's first byte (queries shorter than three bytes).
    Scanned { first: u8, next: usize },
    /// The query cannot occur.
    Nowhere,
}

impl Iterator for Candidates {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Candidates::Listed { positions, back } => {
                positions.find_map(|&at| (at as usize).checked_sub(*back))
            }
            Candidates::Scanned { first, next } => {
                let folded = &INDEX.folded;
                let found = *next + folded.get(*next..)?.iter().position(|b| b == first)?;
                *next = found + 1;
                Some(found)
            }
            Candidates::Nowhere => None,
        }
    }
}

impl Iterator for Hits<'_> {
    type Item = Hit;

    fn next(&mut self) -> Option<Hit> {
        let index = &*INDEX;
        for start in self.candidates.by_ref() {
            let Some(end) = index.match_end(start, self.query) else {
                continue;
            };
            let para = index.paragraph_at(start);
            if matches!(self.last, Some((p, e)) if p == para && start < e) {
                continue;
            }
            if let Some(hit) = index.hit(para, start, end) {
                self.last = Some((para, end));
                return Some(hit);
            }
        }
        None
    }
}

impl FusedIterator for Hits<'_> {}

/// The lowercase copy of the paragraph texts and the trigram index over it.
struct Index {
    /// Every paragraph's text lowercased, each followed by one `\n`.
    folded: Vec<u8>,
    /// For each byte of `folded`, the offset in its paragraph's text of the
    /// character it was lowercased from (the separator maps to the text's length).
    origin: Vec<u32>,
    /// Where each paragraph starts in `folded`, and where the copy ends.
    starts: Vec<usize>,
    /// Every offset of each three-byte sequence of `folded`, ascending.
    trigrams: HashMap<[u8; 3], Vec<u32>>,
    /// The longest lowercase paragraph: no longer query can match.
    longest: usize,
}

static INDEX: Lazy<Index> = Lazy::new(Index::build);

impl Index {
    fn build() -> Index {
        let mut folded = Vec::new();
        let mut origin = Vec::new();
        let mut starts = Vec::with_capacity(data::PARAGRAPHS.len() + 1);
        for paragraph in data::PARAGRAPHS {
            starts.push(folded.len());
            for (at, c) in paragraph.text().char_indices() {
                for lower in c.to_lowercase() {
                    let mut buf = [0; 4];
                    folded.extend_from_slice(lower.encode_utf8(&mut buf).as_bytes());
                }
                origin.resize(folded.len(), offset(at));
            }
            folded.push(b'\n');
            origin.push(offset(paragraph.text().len()));
        }
        starts.push(folded.len());
        let longest = starts
            .windows(2)
            .map(|w| w[1] - w[0] - 1)
            .max()
            .unwrap_or(0);
        let mut trigrams: HashMap<[u8; 3], Vec<u32>> = HashMap::new();
        for (at, w) in folded.windows(3).enumerate() {
            trigrams
                .entry([w[0], w[1], w[2]])
                .or_default()
                .push(offset(at));
        }
        Index {
            folded,
            origin,
            starts,
            trigrams,
            longest,
        }
    }

    /// Chooses where to look for `query`, or `None` when it cannot occur.
    fn candidates(&'static self, query: &str) -> Option<Candidates> {
        let mut window = [0u8; 3];
        let mut len = 0;
        let mut rarest: Option<(&'static [u32], usize)> = None;
        for byte in folded_bytes(query) {
            window = [window[1], window[2], byte];
            len += 1;
            if len > self.longest {
                return None;
            }
            if len >= 3 {
                let positions = self.trigrams.get(&window)?;
                if rarest.map_or(true, |(r, _)| positions.len() < r.len()) {
                    rarest = Some((positions, len - 3));
                }
            }
        }
        Some(match rarest {
            Some((positions, back)) => Candidates::Listed {
                positions: positions.iter(),
                back,
            },
            None => Candidates::Scanned {
                first: folded_bytes(query).next()?,
                next: 0,
            },
        })
    }

    /// Where a match of `query` starting at `start` ends, if it matches there.
    fn match_end(&self, start: usize, query: &str) -> Option<usize> {
        let mut at = start;
        for byte in folded_bytes(query) {
            if self.folded.get(at) != Some(&byte) {
                return None;
            }
            at += 1;
        }
        Some(at)
    }

    /// Which paragraph (0-based) holds the lowercase offset `at`.
    fn paragraph_at(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at) - 1
    }

    /// The hit for the lowercase range `start..end` in paragraph `para`, unless it
    /// runs past the paragraph or splits a character the lowercasing expanded.
    fn hit(&self, para: usize, start: usize, end: usize) -> Option<Hit> {
        let (first, stop) = (self.starts[para], self.starts[para + 1] - 1);
        let on_boundary =
            |at: usize| at == first || at == stop || self.origin[at] != self.origin[at - 1];
        (end <= stop && on_boundary(start) && on_boundary(end)).then(|| Hit {
            paragraph: &data::PARAGRAPHS[para],
            start: self.origin[start] as usize,
            end: self.origin[end] as usize,
        })
    }
}

/// The UTF-8 bytes of `text` lowercased, produced without allocating.
fn folded_bytes(text: &str) -> impl Iterator<Item = u8> + '_ {
    text.chars().flat_map(char::to_lowercase).flat_map(|c| {
        let mut buf = [0; 4];
        let len = c.encode_utf8(&mut buf).len();
        buf.into_iter().take(len)
    })
}

/// Offsets fit in `u32`: the declaration is a few kilobytes long.
fn offset(at: usize) -> u32 {
    u32::try_from(at).expect("the declaration is far shorter than 4 GiB")
}

/// Runs a search; see [`Declaration::search`](crate::Declaration::search).
pub(crate) fn search(query: &str) -> Result<Hits<'_>, Error> {
    if query.trim().is_empty() {
        return Err(Error::EmptyQuery);
    }
    let candidates = INDEX.candidates(query).unwrap_or(Candidates::Nowhere);
    Ok(Hits {
        query,
        candidates,
        last: None,
    })
}
