//! Plain text for a terminal: wrapped lines, hanging indents under the
//! paragraph numbers, underlined headings, footnote markers as `[1]`.

use std::fmt::{self, Write};

use super::{Inline, Outline, inline, outline};
use crate::model::vocabulary::sealed::Sealed;
use crate::{Declaration, Footnote, Paragraph, Section};

/// The width plain text wraps at unless told otherwise: a terminal's.
pub(crate) const DEFAULT_WIDTH: usize = 80;

/// The document as plain text for a terminal: the cover, the headings
/// underlined, each paragraph under its number with a hanging indent, footnote
/// markers as `[1]` and the footnote at the end; wrapped at the formatter's
/// width if one is given (`{:100}`), else at 80 columns. Words are never
/// split, so a line is longer only where one word is; `{:1000}` gives each
/// paragraph on one line.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let text = declaration().to_string();
/// assert!(text.lines().all(|line| line.chars().count() <= 80));
/// assert!(text.contains("\nPreamble\n========\n\n 1. We, Education Ministers"));
/// let narrow = format!("{:40}", declaration());
/// assert!(narrow.lines().all(|line| line.chars().count() <= 40));
/// let unwrapped = format!("{:10000}", declaration());
/// assert!(unwrapped.lines().any(|line| line.starts_with(" 9. In response") && line.ends_with("private-economic sectors")));
/// ```
impl fmt::Display for Declaration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_plain(f, self, f.width().unwrap_or(DEFAULT_WIDTH))
    }
}

/// `10. Taking note of ...` on one line, footnote markers as `[1]`; with a
/// width (`{:80}`), wrapped with a hanging indent under the number.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let p2 = declaration().paragraph(2)?;
/// assert!(p2.to_string().starts_with("2. We reaffirm"));
/// assert!(p2.to_string().contains("Meetings[1] and"));
/// let wrapped = format!("{p2:60}");
/// assert!(wrapped.lines().skip(1).all(|l| l.starts_with("   ") && l.chars().count() <= 60));
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
impl fmt::Display for Paragraph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = format!("{}.", self.number());
        let width = f.width().unwrap_or(usize::MAX);
        wrap(f, &label, label.len() + 1, &plain_text(self), width)
    }
}

/// `[1] “Education and Training ...”`; with a width (`{:80}`), wrapped with a
/// hanging indent.
impl fmt::Display for Footnote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = format!("[{}]", self.number());
        let width = f.width().unwrap_or(usize::MAX);
        wrap(f, &label, label.len() + 1, self.text(), width)
    }
}

/// A paragraph's text with its footnote markers as `[1]`.
fn plain_text(p: &Paragraph) -> String {
    super::to_string(|out| {
        inline::<(), _>(p.text(), Vec::new(), p.footnote_refs, |piece| match piece {
            Inline::Text(text) => out.write_str(text),
            Inline::Note(note) => write!(out, "[{}]", note.footnote().number()),
            Inline::Open(()) | Inline::Close(()) => Ok(()),
        })
    })
}

struct Plain<'w, W: Write> {
    out: &'w mut W,
    width: usize,
}

fn write_plain(out: &mut impl Write, d: &Declaration, width: usize) -> fmt::Result {
    let lines = d.cover_lines();
    // The meeting, its dates and its venue form one block; the rest stand apart.
    for line in &lines[..3] {
        wrap(out, "", 0, line, width)?;
        out.write_char('\n')?;
    }
    for line in &lines[3..] {
        out.write_char('\n')?;
        if *line == d.title() {
            underline(out, line, '=', width)?;
        } else {
            wrap(out, "", 0, line, width)?;
            out.write_char('\n')?;
        }
    }
    // Paragraph numbers are right-aligned, so every hanging indent is as wide.
    outline(d, &mut Plain { out, width })?;
    for note in d.footnotes() {
        out.write_char('\n')?;
        wrap(out, &format!("[{}]", note.number()), 4, note.text(), width)?;
        out.write_char('\n')?;
    }
    Ok(())
}

impl<W: Write> Outline for Plain<'_, W> {
    fn open(&mut self, section: Section) -> fmt::Result {
        let rule = match section.depth() {
            0 => '=',
            1 => '-',
            _ => '~',
        };
        self.out.write_str("\n\n")?;
        underline(self.out, section.name(), rule, self.width)
    }

    fn close(&mut self, _: Section) -> fmt::Result {
        Ok(())
    }

    fn paragraph(&mut self, p: &'static Paragraph) -> fmt::Result {
        self.out.write_char('\n')?;
        wrap(
            self.out,
            &format!("{:>3}", format!("{}.", p.number())),
            4,
            &plain_text(p),
            self.width,
        )?;
        self.out.write_char('\n')
    }
}

/// `title`, wrapped, then a rule of `rule` as long as its longest line.
fn underline(out: &mut impl Write, title: &str, rule: char, width: usize) -> fmt::Result {
    let mut lines = String::new();
    wrap(&mut lines, "", 0, title, width)?;
    let longest = lines.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    writeln!(out, "{lines}")?;
    for _ in 0..longest {
        out.write_char(rule)?;
    }
    out.write_char('\n')
}

/// Writes `label` and then `text`'s words, filling lines of at most `width`
/// characters; every line after the first is indented by `indent` spaces. A
/// word longer than a line gets a line of its own and is never split. No
/// newline is written after the last line.
fn wrap(out: &mut impl Write, label: &str, indent: usize, text: &str, width: usize) -> fmt::Result {
    let mut column = label.chars().count();
    out.write_str(label)?;
    let mut line_has_words = false;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let length = word.chars().count();
        // A space after the label or the word before, never at a line's start.
        let gap = usize::from(line_has_words || !label.is_empty());
        if line_has_words && column + gap + length > width {
            out.write_char('\n')?;
            for _ in 0..indent {
                out.write_char(' ')?;
            }
            column = indent;
        } else if gap == 1 {
            out.write_char(' ')?;
            column += 1;
        }
        out.write_str(word)?;
        column += length;
        line_has_words = true;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrapped(label: &str, text: &str, width: usize) -> String {
        let mut out = String::new();
        let indent = if label.is_empty() { 0 } else { label.len() + 1 };
        wrap(&mut out, label, indent, text, width).unwrap();
        out
    }

    #[test]
    fn wraps_at_the_width_with_a_hanging_indent() {
        assert_eq!(
            wrapped("1.", "aaa bbb ccc ddd", 10),
            "1. aaa bbb\n   ccc ddd"
        );
        assert_eq!(wrapped("", "aaa bbb", 3), "aaa\nbbb");
    }

    #[test]
    fn a_word_longer_than_the_line_stands_alone_unsplit() {
        assert_eq!(
            wrapped("1.", "a verylongword b", 6),
            "1. a\n   verylongword\n   b"
        );
        // Nothing panics, even at width 0.
        assert_eq!(wrapped("", "a b", 0), "a\nb");
    }
}
