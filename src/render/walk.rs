//! The one walk of the document every edition goes through.
//!
//! [`outline`] walks the paragraphs with their headings opening and closing
//! around them, and [`inline`] walks one text as a run of pieces: plain text,
//! the opening and closing of each mention, clause and emphasis, and each
//! footnote marker. Every format goes through both, so the formats cannot
//! disagree about where a heading, a marker or a mention stands.

use std::fmt;
use std::ops::Range;

use crate::model::records::Declaration;
use crate::model::records::FootnoteRef;
use crate::model::records::Paragraph;
use crate::model::section::Section;
use crate::model::span::Spanned;
use crate::model::vocabulary::Vocabulary;

/// What a writer does at each step of [`outline`].
pub(crate) trait Outline {
    /// A heading begins: its part of the document follows.
    fn open(&mut self, section: Section) -> fmt::Result;
    /// A heading's part ends (innermost first).
    fn close(&mut self, section: Section) -> fmt::Result;
    /// A paragraph, under the headings open at the time.
    fn paragraph(&mut self, paragraph: &'static Paragraph) -> fmt::Result;
}

/// Walks the paragraphs with their headings: each heading opens before its
/// first paragraph and closes after its last, nested as the document nests them.
pub(crate) fn outline(d: &Declaration, writer: &mut impl Outline) -> fmt::Result {
    let mut stack: Vec<Section> = Vec::new();
    for p in d.paragraphs() {
        while let Some(&top) = stack.last() {
            if top.contains(p.section()) {
                break;
            }
            writer.close(top)?;
            stack.pop();
        }
        for section in headings_opened(stack.last().copied(), p.section()) {
            writer.open(section)?;
            stack.push(section);
        }
        writer.paragraph(p)?;
    }
    while let Some(top) = stack.pop() {
        writer.close(top)?;
    }
    Ok(())
}

/// The headings that open between a paragraph under `previous` and one under
/// `current`, outermost first (`Section::ALL` lists parents before children).
fn headings_opened(previous: Option<Section>, current: Section) -> impl Iterator<Item = Section> {
    let already_open = move |s: Section| previous.is_some_and(|p| s.contains(p));
    Section::ALL
        .iter()
        .copied()
        .filter(move |&s| s.contains(current) && !already_open(s))
}

/// Walks `text` as a run of pieces: plain text, the opening and closing of each
/// mark, and each footnote marker, in document order.
///
/// Marks nest (the tests check that no two cross): one that starts earlier, or
/// at the same place and ends later, opens first. At one offset, marks close
/// before a footnote marker, and the marker comes before marks that open.
pub(crate) fn inline<M: Copy, E>(
    text: &'static str,
    mut marks: Vec<(Range<usize>, M)>,
    notes: &'static [FootnoteRef],
    mut visit: impl FnMut(Inline<M>) -> Result<(), E>,
) -> Result<(), E> {
    marks.sort_by_key(|(range, _)| (range.start, std::cmp::Reverse(range.end)));
    let mut walk = Walk {
        text,
        at: 0,
        notes: notes.iter().peekable(),
        open: Vec::new(),
        visit: &mut visit,
    };
    for (range, mark) in marks {
        walk.close_until(range.start)?;
        walk.notes_to(range.start, true)?;
        walk.text_to(range.start)?;
        (walk.visit)(Inline::Open(mark))?;
        walk.open.push((range.end, mark));
    }
    walk.close_until(text.len())?;
    walk.notes_to(text.len(), true)?;
    walk.text_to(text.len())
}

/// One piece of a text, as [`inline`] hands it out: `M` is what the format
/// marks up.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Inline<M> {
    /// Text between the other pieces.
    Text(&'static str),
    /// A marked run starts here.
    Open(M),
    /// A marked run ends here.
    Close(M),
    /// A footnote marker stands here.
    Note(&'static FootnoteRef),
}

/// The state of one [`inline`] walk.
struct Walk<'v, M, E> {
    text: &'static str,
    /// How far the text has been handed out.
    at: usize,
    notes: std::iter::Peekable<std::slice::Iter<'static, FootnoteRef>>,
    /// The marks open, innermost last, with where each ends.
    open: Vec<(usize, M)>,
    visit: &'v mut dyn FnMut(Inline<M>) -> Result<(), E>,
}

impl<M: Copy, E> Walk<'_, M, E> {
    fn text_to(&mut self, to: usize) -> Result<(), E> {
        if to > self.at {
            (self.visit)(Inline::Text(&self.text[self.at..to]))?;
            self.at = to;
        }
        Ok(())
    }

    /// Hands out the markers before `to` (and at `to`, if `inclusive`).
    fn notes_to(&mut self, to: usize, inclusive: bool) -> Result<(), E> {
        while let Some(note) = self
            .notes
            .next_if(|n| n.range().end < to || (inclusive && n.range().end == to))
        {
            self.text_to(note.range().end)?;
            (self.visit)(Inline::Note(note))?;
        }
        Ok(())
    }

    /// Closes the open marks that end at or before `limit`, innermost first.
    fn close_until(&mut self, limit: usize) -> Result<(), E> {
        while let Some(&(end, mark)) = self.open.last() {
            if end > limit {
                break;
            }
            self.notes_to(end, false)?;
            self.text_to(end)?;
            (self.visit)(Inline::Close(mark))?;
            self.open.pop();
        }
        Ok(())
    }
}

/// Runs a writer that cannot fail: formatting into a `String` never does.
pub(crate) fn to_string(write: impl FnOnce(&mut String) -> fmt::Result) -> String {
    let mut out = String::new();
    // Writing to a String returns an error only if a `Display` impl invents one,
    // and none of the crate's does.
    let _ = write(&mut out);
    out
}

/// Writes `text` with the characters that are special in HTML and XML escaped,
/// for text and attribute values alike.
#[cfg(any(feature = "html", feature = "akn", feature = "svg"))]
pub(crate) struct Xml<'a>(pub(crate) &'a str);

#[cfg(any(feature = "html", feature = "akn", feature = "svg"))]
impl fmt::Display for Xml<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                _ => "&quot;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(any(feature = "html", feature = "akn", feature = "svg"))]
    #[test]
    fn xml_escapes_markup_characters() {
        assert_eq!(
            Xml("a < b & c > \"d\" – “e”").to_string(),
            "a &lt; b &amp; c &gt; &quot;d&quot; – “e”"
        );
    }

    #[test]
    fn the_walk_hands_out_the_text_and_the_markers_in_order() {
        let p = crate::declaration().paragraph(2).unwrap();
        let mut text = String::new();
        inline::<(), ()>(p.text(), Vec::new(), p.footnote_refs, |piece| {
            match piece {
                Inline::Text(t) => text.push_str(t),
                Inline::Note(n) => {
                    assert_eq!(text.len(), n.range().end);
                    text.push_str("[note]");
                }
                Inline::Open(()) | Inline::Close(()) => unreachable!("no marks were given"),
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(text.replace("[note]", ""), p.text());
        assert!(text.contains("Meetings[note] and"));
    }
}
