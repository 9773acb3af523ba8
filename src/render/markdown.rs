//! Markdown that reads the same in every renderer.
//!
//! Paragraph numbers are bold text (`**6.**`), not an ordered list: renderers
//! disagree on list start numbers (Python-Markdown restarts every list at 1),
//! but they all show bold text as written. Only the characters that would
//! otherwise become markup are escaped, and only with escapes that `CommonMark`,
//! GitHub, markdown-it and Python-Markdown all read.

use std::fmt::{self, Write};

use super::marks::{Mark, paragraph_inline, text_marks};
use super::{Inline, Outline, inline, outline};
use crate::model::vocabulary::sealed::Sealed;
use crate::{Declaration, Paragraph, Section};

/// [`Declaration::to_markdown`].
pub(crate) fn to_markdown(d: &Declaration) -> String {
    super::to_string(|out| write_markdown(out, d))
}

#[cfg_attr(docsrs, doc(cfg(feature = "markdown")))]
/// The Markdown edition (feature `markdown`).
impl Paragraph {
    /// The paragraph as Markdown: its number in bold, the source's italics, and
    /// its footnote marker as `[^1]`.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert!(para!(2).to_markdown().starts_with("**2.** We reaffirm"));
    /// assert!(para!(2).to_markdown().contains("Meetings[^1] and"));
    /// assert!(para!(1).to_markdown().contains(" *“Collaboration for the Next Decade"));
    /// ```
    #[must_use]
    pub fn to_markdown(&self) -> String {
        super::to_string(|out| write_paragraph(out, self))
    }
}

fn write_markdown(out: &mut String, d: &Declaration) -> fmt::Result {
    let lines = d.cover_lines();
    // The meeting, its dates and its venue: one block, with hard line breaks.
    writeln!(out, "{}  ", Md(lines[0]))?;
    writeln!(out, "{}  ", Md(lines[1]))?;
    writeln!(out, "{}\n", Md(lines[2]))?;
    for line in &lines[3..] {
        if *line == d.title() {
            writeln!(out, "# {}\n", Md(line))?;
        } else {
            writeln!(out, "**{}**\n", Md(line))?;
        }
    }
    outline(d, &mut Markdown(out))?;
    for note in d.footnotes() {
        write!(out, "[^{}]: ", note.number())?;
        inline(
            note.text(),
            text_marks(note.text(), note.emphasis),
            &[],
            |piece| write_piece(out, piece),
        )?;
        out.push('\n');
    }
    Ok(())
}

struct Markdown<'a>(&'a mut String);

impl Outline for Markdown<'_> {
    fn open(&mut self, section: Section) -> fmt::Result {
        let hashes = "#".repeat(section.depth() + 2);
        writeln!(self.0, "{hashes} {}\n", Md(section.name()))
    }

    fn close(&mut self, _: Section) -> fmt::Result {
        Ok(())
    }

    fn paragraph(&mut self, p: &'static Paragraph) -> fmt::Result {
        write_paragraph(self.0, p)?;
        self.0.push_str("\n\n");
        Ok(())
    }
}

fn write_paragraph(out: &mut String, p: &Paragraph) -> fmt::Result {
    write!(out, "**{}.** ", p.number())?;
    paragraph_inline(p, |piece| write_piece(out, piece))
}

fn write_piece(out: &mut String, piece: Inline<Mark>) -> fmt::Result {
    match piece {
        Inline::Text(text) => write!(out, "{}", Md(text)),
        Inline::Note(note) => write!(out, "[^{}]", note.footnote().number()),
        Inline::Open(Mark::Emphasis) | Inline::Close(Mark::Emphasis) => out.write_char('*'),
        Inline::Open(_) | Inline::Close(_) => Ok(()),
    }
}

/// Writes text with the characters that would start markup escaped: a
/// backslash before the ASCII punctuation every renderer can escape, an entity
/// for `<` (Python-Markdown has no escape for it).
struct Md<'a>(&'a str);

impl fmt::Display for Md<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' => write!(f, "\\{c}")?,
                '<' => f.write_str("&lt;")?,
                _ => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_only_what_would_become_markup() {
        assert_eq!(
            Md("*a* _b_ [c] <d> # & e+f – “g” \\ `h`").to_string(),
            "\\*a\\* \\_b\\_ \\[c\\] &lt;d> # & e+f – “g” \\\\ \\`h\\`"
        );
    }
}
