//! What the marked-up editions (Markdown, HTML, Akoma Ntoso) mark in a text:
//! names, clauses, commitments, anaphors and their antecedents, italics and
//! acronyms, as runs that nest.

use std::ops::Range;

#[cfg(any(feature = "markdown", feature = "html"))]
use super::{Inline, inline};
use crate::model::acronym::Acronym;
use crate::model::records::Anaphor;
use crate::model::records::Clause;
use crate::model::records::Commitment;
use crate::model::records::Declaration;
use crate::model::records::Mention;
use crate::model::records::Paragraph;
use crate::model::run::Run;
#[cfg(any(feature = "html", feature = "akn", feature = "annotations"))]
use crate::model::section::Section;
use crate::model::span::Spanned;
use crate::model::vocabulary::Vocabulary;

/// A run of a text that a format may mark up.
#[derive(Clone, Copy, Debug)]
// Each format reads what it marks up: the HTML edition reads every mark, the
// others some, so a build with only those leaves some payloads unread.
#[cfg_attr(not(feature = "html"), allow(dead_code))]
pub(crate) enum Mark {
    /// A name and what it refers to.
    Mention(&'static Mention),
    /// A clause's verb phrase.
    Clause(&'static Clause),
    /// A commitment's text.
    Commitment(&'static Commitment),
    /// Words the source sets in italics.
    Emphasis,
    /// An acronym, as one of the forms the text writes.
    Abbr(Acronym),
    /// An anaphor's words, which refer to its antecedent.
    Anaphor(Link),
    /// The words an anaphor refers to.
    Antecedent(Link),
}

/// An anaphor and its place among its paragraph's, from 1 (the data
/// package's key): what names the anaphor's words and its antecedent's in
/// the editions that link one to the other.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(feature = "html"), allow(dead_code))]
pub(crate) struct Link {
    pub(crate) anaphor: &'static Anaphor,
    pub(crate) order: usize,
}

impl Link {
    /// Every anaphor of the declaration, in document order.
    pub(crate) fn all(d: &Declaration) -> impl Iterator<Item = Link> + use<> {
        d.paragraphs.iter().flat_map(|p| {
            p.anaphors().enumerate().map(|(i, anaphor)| Link {
                anaphor,
                order: i + 1,
            })
        })
    }

    /// `paragraph-order`: `13-1` for the first anaphor of paragraph 13.
    #[cfg(any(feature = "html", feature = "akn"))]
    pub(crate) fn key(self) -> String {
        format!("{}-{}", self.anaphor.paragraph().number(), self.order)
    }
}

/// Whether an anaphor refers to `section`'s heading: the editions that link
/// anaphors then mark the heading's words as an antecedent.
#[cfg(any(feature = "html", feature = "akn", feature = "annotations"))]
pub(crate) fn heading_is_antecedent(d: &Declaration, section: Section) -> bool {
    Link::all(d).any(|l| l.anaphor.antecedent().heading() == Some(section))
}

/// The HTML id of a heading's words, where an anaphor refers to them.
#[cfg(any(feature = "html", feature = "annotations"))]
pub(crate) fn heading_words_id(section: Section) -> String {
    format!("heading-{}", section.slug())
}

/// The anaphors of `p`, and the antecedents in `p` of every anaphor of its
/// declaration (an anaphor may refer to words of an earlier paragraph).
fn anaphor_marks(p: &Paragraph) -> impl Iterator<Item = (Range<usize>, Mark)> + '_ {
    let number = p.number();
    let anaphors = Link::all(p.document)
        .filter(move |l| l.anaphor.paragraph().number() == number)
        .map(|l| (l.anaphor.range(), Mark::Anaphor(l)));
    let antecedents = Link::all(p.document).filter_map(move |l| {
        let words = l.anaphor.antecedent().words()?;
        (words.paragraph().number() == number).then(|| (words.range(), Mark::Antecedent(l)))
    });
    antecedents.chain(anaphors)
}

/// The marks of a paragraph: its mentions, clauses, commitments, anaphors,
/// antecedents, emphasis and acronyms.
pub(crate) fn paragraph_marks(p: &Paragraph) -> Vec<(Range<usize>, Mark)> {
    let mentions = p.mentions().map(|m| (m.range(), Mark::Mention(m)));
    let clauses = p.clauses().map(|c| (c.range(), Mark::Clause(c)));
    let commitments = p.commitments().map(|c| (c.range(), Mark::Commitment(c)));
    let emphasis = p.emphasis().map(|r| (r, Mark::Emphasis));
    let mut marks: Vec<_> = mentions
        .chain(clauses)
        .chain(commitments)
        .chain(emphasis)
        .collect();
    marks.extend(anaphor_marks(p));
    marks.extend(acronym_marks(p.text()));
    marks
}

/// Whether `m` is the first mention of its words: the others that share them
/// (a range of meetings names each) are written with it, as one element.
#[cfg(any(feature = "html", feature = "akn"))]
pub(crate) fn first_of_its_words(m: &Mention) -> bool {
    same_words(m)
        .next()
        .is_some_and(|first| std::ptr::eq(first, m))
}

/// The mentions of `m`'s paragraph that share its words, `m` among them.
#[cfg(any(feature = "html", feature = "akn"))]
pub(crate) fn same_words(m: &Mention) -> impl Iterator<Item = &'static Mention> + '_ {
    m.paragraph()
        .mentions()
        .filter(move |o| o.range() == m.range())
}

/// The marks of any other text (a footnote, a cover line, a heading): the
/// given emphasis and the acronyms.
pub(crate) fn text_marks(text: &str, emphasis: &[Run]) -> Vec<(Range<usize>, Mark)> {
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
    let mut forms: Vec<(&str, Acronym)> = Acronym::ALL
        .iter()
        .copied()
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
#[cfg(any(feature = "markdown", feature = "html"))]
pub(crate) fn paragraph_inline<E>(
    p: &Paragraph,
    visit: impl FnMut(Inline<Mark>) -> Result<(), E>,
) -> Result<(), E> {
    inline(p.text(), paragraph_marks(p), p.footnote_refs, visit)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn an_acronym_is_marked_only_as_a_whole_word_and_the_longest_form_wins() {
        let text = "ASEMs, xASEM, ASEM and the ASEM FMM";
        let marks: Vec<(&str, Acronym)> = acronym_marks(text)
            .into_iter()
            .map(|(range, mark)| match mark {
                Mark::Abbr(acronym) => (&text[range], acronym),
                other => panic!("{other:?} is not an acronym"),
            })
            .collect();
        assert_eq!(
            marks,
            [("ASEM FMM", Acronym::Fmm), ("ASEM", Acronym::Asem)],
            "{text:?}"
        );
    }

    #[cfg(any(feature = "markdown", feature = "html"))]
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
                        assert_eq!(text.len(), n.range().end);
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
            assert_eq!(notes, p.footnote_refs().len());
        }
    }

    #[cfg(any(feature = "markdown", feature = "html"))]
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
