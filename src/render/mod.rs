//! The editions: one file per format, all over one shared walk of the document.
//!
//! [`outline`] walks the paragraphs with their headings opening and closing
//! around them, and [`inline`] walks one text as a run of pieces: plain text,
//! the opening and closing of each mention, clause and emphasis, and each
//! footnote marker. Every format goes through both, so the formats cannot
//! disagree about where a heading, a marker or a mention stands, and a new
//! format is one new file that says how to write each piece.

use std::fmt;
use std::ops::Range;

use crate::span::Span;
use crate::{Acronym, Clause, Declaration, FootnoteRef, Mention, Paragraph, Section};

mod akn;
mod html;
#[cfg(feature = "serde")]
mod json;
mod markdown;
mod plain;
mod svg;
pub mod tables;

#[cfg(feature = "serde")]
pub use json::{FORMAT_VERSION, JSON_SCHEMA};

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
    Section::iter().filter(move |&s| s.contains(current) && !already_open(s))
}

/// One named thing of the crate's vocabularies, as the JSON and CSV editions
/// list it: every section, theme, instrument, entity, place, concept, meeting,
/// summit, stance, verb and clause form, and the declaration itself.
pub(crate) struct Term {
    pub(crate) id: String,
    pub(crate) kind: &'static str,
    pub(crate) name: String,
    pub(crate) description: String,
}

/// Every [`Term`], vocabulary by vocabulary, each in its declaration order.
pub(crate) fn terms(d: &Declaration) -> Vec<Term> {
    fn vocabulary<V: Copy + crate::vocabulary::Vocabulary>(
        all: &[V],
        id: fn(V) -> &'static str,
        name: fn(V) -> &'static str,
        description: fn(V) -> &'static str,
    ) -> impl Iterator<Item = Term> + '_ {
        all.iter().map(move |&v| Term {
            id: id(v).to_owned(),
            kind: V::KIND,
            name: name(v).to_owned(),
            description: description(v).to_owned(),
        })
    }
    use crate::{ClauseForm, Concept, Entity, Instrument, Place, Stance, Theme, Verb};
    let mut terms: Vec<Term> = Vec::new();
    terms.extend(vocabulary(
        Section::ALL,
        Section::id,
        Section::name,
        Section::description,
    ));
    terms.extend(vocabulary(
        Theme::ALL,
        Theme::id,
        Theme::name,
        Theme::description,
    ));
    terms.extend(vocabulary(
        Instrument::ALL,
        Instrument::id,
        Instrument::name,
        Instrument::description,
    ));
    terms.extend(vocabulary(
        Entity::ALL,
        Entity::id,
        Entity::name,
        Entity::description,
    ));
    terms.extend(vocabulary(
        Place::ALL,
        Place::id,
        Place::name,
        Place::description,
    ));
    terms.extend(vocabulary(
        Concept::ALL,
        Concept::id,
        Concept::name,
        Concept::description,
    ));
    let referent = |r: crate::Referent, description: String| Term {
        id: r.to_string(),
        kind: r.kind(),
        name: r.name(),
        description,
    };
    terms.extend(d.series().meetings().iter().map(|m| {
        referent(
            m.into(),
            format!("{}, under the theme “{}”.", m.name(), m.theme()),
        )
    }));
    let origin = d.series().origin();
    terms.push(referent(
        origin.into(),
        format!(
            "The ASEM Summit that gave birth to the {}.",
            d.series().name()
        ),
    ));
    terms.push(referent(
        crate::Referent::Declaration,
        format!("{}.", d.subtitle()),
    ));
    terms.extend(vocabulary(
        Stance::ALL,
        Stance::id,
        Stance::name,
        Stance::description,
    ));
    terms.extend(vocabulary(
        Verb::ALL,
        Verb::id,
        Verb::name,
        Verb::description,
    ));
    terms.extend(vocabulary(
        ClauseForm::ALL,
        ClauseForm::id,
        ClauseForm::name,
        ClauseForm::description,
    ));
    terms
}

/// A run of a text that a format may mark up.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Mark {
    /// A name and what it refers to.
    Mention(&'static Mention),
    /// A clause's verb phrase.
    Clause(&'static Clause),
    /// Words the source sets in italics.
    Emphasis,
    /// An acronym, as one of the forms the text writes.
    Abbr(Acronym),
}

/// One piece of a text, as [`inline`] hands it out.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Inline {
    /// Text between the other pieces.
    Text(&'static str),
    /// A marked run starts here.
    Open(Mark),
    /// A marked run ends here.
    Close(Mark),
    /// A footnote marker stands here.
    Note(&'static FootnoteRef),
}

/// The marks of a paragraph: its mentions, clauses, emphasis and acronyms.
pub(crate) fn paragraph_marks(p: &Paragraph) -> Vec<(Range<usize>, Mark)> {
    let mentions = p.mentions().iter().map(|m| (m.range(), Mark::Mention(m)));
    let clauses = p.clauses().iter().map(|c| (c.range(), Mark::Clause(c)));
    let emphasis = p.emphasis().map(|r| (r, Mark::Emphasis));
    let mut marks: Vec<_> = mentions.chain(clauses).chain(emphasis).collect();
    marks.extend(acronym_marks(p.text()));
    marks
}

/// The marks of any other text (a footnote, a cover line, a heading): the
/// given emphasis and the acronyms.
pub(crate) fn text_marks(text: &str, emphasis: &[Span]) -> Vec<(Range<usize>, Mark)> {
    let mut marks: Vec<_> = emphasis
        .iter()
        .map(|s| (s.range(), Mark::Emphasis))
        .collect();
    marks.extend(acronym_marks(text));
    marks
}

/// Every acronym in `text` as a whole word (the one rule for `<abbr>`): each
/// written form of each acronym, not inside a longer word, the longest form
/// first where forms overlap ("ASEM FMM" over "ASEM").
fn acronym_marks(text: &str) -> Vec<(Range<usize>, Mark)> {
    let mut forms: Vec<(&str, Acronym)> = Acronym::iter()
        .flat_map(|a| a.forms().iter().map(move |&form| (form, a)))
        .collect();
    forms.sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut found: Vec<(Range<usize>, Mark)> = Vec::new();
    for (form, acronym) in forms {
        for (at, _) in text.match_indices(form) {
            let range = at..at + form.len();
            let whole = !is_word(text[..at].chars().next_back())
                && !is_word(text[range.end..].chars().next());
            let overlaps = found
                .iter()
                .any(|(r, _)| r.start < range.end && range.start < r.end);
            if whole && !overlaps {
                found.push((range, Mark::Abbr(acronym)));
            }
        }
    }
    found
}

/// Walks a paragraph's text as a run of pieces; see [`inline`].
pub(crate) fn paragraph_inline<E>(
    p: &Paragraph,
    visit: impl FnMut(Inline) -> Result<(), E>,
) -> Result<(), E> {
    inline(p.text(), paragraph_marks(p), p.footnotes(), visit)
}

/// Walks `text` as a run of pieces: plain text, the opening and closing of each
/// mark, and each footnote marker, in document order.
///
/// Marks nest (the tests check that no two cross): one that starts earlier, or
/// at the same place and ends later, opens first. At one offset, marks close
/// before a footnote marker, and the marker comes before marks that open.
pub(crate) fn inline<E>(
    text: &'static str,
    mut marks: Vec<(Range<usize>, Mark)>,
    notes: &'static [FootnoteRef],
    mut visit: impl FnMut(Inline) -> Result<(), E>,
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

/// The state of one [`inline`] walk.
struct Walk<'v, E> {
    text: &'static str,
    /// How far the text has been handed out.
    at: usize,
    notes: std::iter::Peekable<std::slice::Iter<'static, FootnoteRef>>,
    /// The marks open, innermost last, with where each ends.
    open: Vec<(usize, Mark)>,
    visit: &'v mut dyn FnMut(Inline) -> Result<(), E>,
}

impl<E> Walk<'_, E> {
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
            .next_if(|n| n.offset() < to || (inclusive && n.offset() == to))
        {
            self.text_to(note.offset())?;
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
pub(crate) struct Xml<'a>(pub(crate) &'a str);

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

    #[test]
    fn xml_escapes_markup_characters() {
        assert_eq!(
            Xml("a < b & c > \"d\" – “e”").to_string(),
            "a &lt; b &amp; c &gt; &quot;d&quot; – “e”"
        );
    }

    /// Every text's marks nest: none starts inside another and ends outside it.
    #[test]
    fn marks_nest_in_every_paragraph() {
        for p in crate::declaration().paragraphs() {
            let marks = paragraph_marks(p);
            for (a, _) in &marks {
                for (b, _) in &marks {
                    let crosses = a.start < b.start && b.start < a.end && a.end < b.end;
                    assert!(!crosses, "paragraph {}: {a:?} and {b:?} cross", p.number());
                }
            }
        }
    }

    #[test]
    fn the_walk_hands_out_the_whole_text_once_with_balanced_marks() {
        for p in crate::declaration().paragraphs() {
            let mut text = String::new();
            let (mut depth, mut opened, mut notes) = (0i32, 0, 0);
            paragraph_inline(p, |piece| {
                match piece {
                    Inline::Text(t) => text.push_str(t),
                    Inline::Open(_) => {
                        depth += 1;
                        opened += 1;
                    }
                    Inline::Close(_) => depth -= 1,
                    Inline::Note(n) => {
                        assert_eq!(text.len(), n.offset());
                        notes += 1;
                    }
                }
                assert!(depth >= 0);
                Ok::<(), ()>(())
            })
            .unwrap();
            assert_eq!(text, p.text());
            assert_eq!(depth, 0);
            assert_eq!(opened, paragraph_marks(p).len());
            assert_eq!(notes, p.footnotes().len());
        }
    }

    #[test]
    fn a_mention_closes_before_the_marker_that_follows_it() {
        let p = crate::para!(2);
        let mut pieces = Vec::new();
        paragraph_inline(p, |piece| {
            pieces.push(piece);
            Ok::<(), ()>(())
        })
        .unwrap();
        let note = pieces
            .iter()
            .position(|p| matches!(p, Inline::Note(_)))
            .unwrap();
        assert!(matches!(
            pieces[note - 1],
            Inline::Close(Mark::Mention(m)) if m.text() == "ASEM Education Ministers' Meetings"
        ));
    }
}
