//! The reader's edition: one standalone HTML page with its own stylesheet, an
//! analyst's view (highlights driven by form controls and CSS alone), the
//! notes and a theme × paragraph map.

use std::fmt::{self, Write};

use super::marks::{paragraph_inline, text_marks, Mark};
use super::{inline, outline, Inline, Outline, Xml};
use crate::{Declaration, Footnote, Paragraph, Section, Stance, Theme};

/// The page's stylesheet; the rules that depend on the vocabularies (one per
/// theme) are written after it.
const STYLE: &str = include_str!("style.css");

/// The controls for the names, by the kind of their referent id; a meeting's
/// control covers the summit too, both being events.
const MENTION_KINDS: [(&str, &str); 5] = [
    ("entity", "Entities"),
    ("place", "Places"),
    ("concept", "Concepts"),
    ("instrument", "Instruments"),
    ("meeting", "Meetings"),
];

#[cfg_attr(docsrs, doc(cfg(feature = "html")))]
/// The reader's edition (feature `html`).
impl Declaration {
    /// The document as a standalone HTML page that needs no other file: its own
    /// stylesheet (a readable measure, light and dark schemes, print styles),
    /// the cover as a title block, headings nested in `<section>`s, paragraph
    /// numbers in a gutter as self-links (`#para-10`), the source's italics,
    /// every acronym in `<abbr title>`, the footnote in a "Notes" section
    /// (`role="doc-endnotes"`) linked both ways, and a theme × paragraph map
    /// (`#theme-map`).
    ///
    /// The analyst's view highlights, with labelled checkboxes and CSS only,
    /// clauses by stance, names by kind, and the paragraphs on each theme.
    /// Every clause is an element with `data-stance` (`stance:pledge`, `stance:call`,
    /// `stance:acknowledgement`) and every name one with `data-referent` (the ids of
    /// the JSON edition), so scripts and user styles can use them too.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let html = declaration().to_html();
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains("<p class=\"para\" id=\"para-10\""));
    /// assert!(html.contains("<abbr title=\"Open Educational Resources\">OER</abbr>"));
    /// assert!(html.contains("<span class=\"clause\" data-stance=\"stance:pledge\">we adopt</span>"));
    /// assert!(html.contains("data-referent=\"entity:asef\""));
    /// assert!(html.contains("role=\"doc-endnotes\"") && html.contains("id=\"theme-map\""));
    /// ```
    #[must_use]
    pub fn to_html(&self) -> String {
        super::to_string(|out| write_page(out, self))
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "html")))]
/// The reader's edition (feature `html`).
impl Paragraph {
    /// The paragraph as an HTML `<p class="para" id="para-N">` element, as the
    /// page writes it: the number as a self-link, clauses and names marked,
    /// acronyms in `<abbr>`.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    ///
    /// let html = para!(6).to_html();
    /// assert!(html.starts_with("<p class=\"para\" id=\"para-6\""));
    /// assert!(html.contains("<abbr title=\"Asia-Europe Foundation\">ASEF</abbr>"));
    /// ```
    #[must_use]
    pub fn to_html(&self) -> String {
        super::to_string(|out| write_paragraph(out, self))
    }
}

fn write_page(out: &mut String, d: &Declaration) -> fmt::Result {
    // Void elements are closed (`<meta />`), so that XML tools read the page too.
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />"
    )?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"
    )?;
    writeln!(
        out,
        "<title>{} ({}, {})</title>",
        Xml(d.title()),
        Xml(d.meeting().acronym()),
        d.meeting().year()
    )?;
    writeln!(out, "<style>\n{STYLE}{ThemeRules}</style>\n</head>\n<body>")?;
    write_cover(out, d)?;
    writeln!(out, "<main>")?;
    write_controls(out)?;
    writeln!(out, "<div class=\"text\" id=\"text\">")?;
    outline(d, &mut Html(out))?;
    writeln!(out, "</div>")?;
    write_notes(out, d.footnotes())?;
    write_map(out, d)?;
    writeln!(out, "</main>\n</body>\n</html>")
}

/// One rule per theme: its checkbox highlights its paragraphs.
struct ThemeRules;

impl fmt::Display for ThemeRules {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for theme in Theme::iter() {
            writeln!(
                f,
                "body:has(#theme-{}:checked) .para[data-themes~=\"{}\"] {{ background: var(--on-theme); box-shadow: inset 0.25rem 0 0 var(--on-theme-edge); }}",
                theme.slug(),
                theme.id()
            )?;
        }
        Ok(())
    }
}

fn write_cover(out: &mut String, d: &Declaration) -> fmt::Result {
    let lines = d.cover_lines();
    let classes = ["meeting", "when", "where", "theme"];
    writeln!(out, "<header class=\"cover\">")?;
    for (line, class) in lines.iter().zip(classes) {
        write!(out, "<p class=\"{class}\">")?;
        write_text(out, line)?;
        writeln!(out, "</p>")?;
    }
    for line in &lines[classes.len()..] {
        let (open, close) = if *line == d.title() {
            ("<h1>", "</h1>")
        } else {
            ("<p class=\"subtitle\">", "</p>")
        };
        out.write_str(open)?;
        write_text(out, line)?;
        writeln!(out, "{close}")?;
    }
    writeln!(out, "</header>")
}

fn write_controls(out: &mut String) -> fmt::Result {
    writeln!(
        out,
        "<section class=\"view\" aria-labelledby=\"view-title\">\n<h2 id=\"view-title\">Analyst’s view</h2>"
    )?;
    writeln!(
        out,
        "<p>Highlight what the ministers commit to, whom and what they name, and where they address a theme. The colours of the labels are the highlights’ legend.</p>"
    )?;
    writeln!(out, "<fieldset>\n<legend>Clauses, by stance</legend>")?;
    for stance in Stance::iter().rev() {
        let label = match stance {
            Stance::Pledge => "Pledges",
            Stance::Call => "Calls",
            Stance::Acknowledgement => "Acknowledgements",
        };
        write_checkbox(out, &format!("show-{}", stance.slug()), stance.id(), label)?;
    }
    writeln!(
        out,
        "</fieldset>\n<fieldset>\n<legend>Names, by kind</legend>"
    )?;
    for (kind, label) in MENTION_KINDS {
        write_checkbox(out, &format!("show-{kind}"), kind, label)?;
    }
    writeln!(
        out,
        "</fieldset>\n<fieldset>\n<legend>Paragraphs, by theme</legend>"
    )?;
    for theme in Theme::iter() {
        write_checkbox(
            out,
            &format!("theme-{}", theme.slug()),
            "theme",
            theme.name(),
        )?;
    }
    writeln!(out, "</fieldset>\n</section>")
}

/// A labelled checkbox whose label, coloured as the highlight it turns on, is
/// the legend of that highlight.
fn write_checkbox(out: &mut String, id: &str, key: &str, label: &'static str) -> fmt::Result {
    write!(
        out,
        "<label for=\"{id}\"><input type=\"checkbox\" id=\"{id}\" /><span class=\"key\" data-key=\"{key}\">"
    )?;
    write_text(out, label)?;
    writeln!(out, "</span></label>")
}

struct Html<'a>(&'a mut String);

impl Outline for Html<'_> {
    fn open(&mut self, section: Section) -> fmt::Result {
        let level = section.depth() + 2;
        writeln!(
            self.0,
            "<section id=\"{}\">\n<h{level}>{}</h{level}>",
            section.id(),
            Xml(section.name())
        )
    }

    fn close(&mut self, _: Section) -> fmt::Result {
        writeln!(self.0, "</section>")
    }

    fn paragraph(&mut self, p: &'static Paragraph) -> fmt::Result {
        write_paragraph(self.0, p)?;
        self.0.push('\n');
        Ok(())
    }
}

fn write_paragraph(out: &mut String, p: &Paragraph) -> fmt::Result {
    let n = p.number();
    write!(out, "<p class=\"para\" id=\"para-{n}\" data-themes=\"")?;
    for (i, theme) in p.themes().enumerate() {
        write!(out, "{}{}", if i == 0 { "" } else { " " }, theme.id())?;
    }
    write!(
        out,
        "\"><a class=\"num\" href=\"#para-{n}\"><span class=\"vh\">Paragraph </span>{n}.</a> "
    )?;
    paragraph_inline(p, |piece| write_piece(out, piece))?;
    out.write_str("</p>")
}

/// A text outside the paragraphs (a cover line, the footnote), its acronyms
/// and the given italics marked.
fn write_text(out: &mut String, text: &'static str) -> fmt::Result {
    inline(text, text_marks(text, &[]), &[], |piece| {
        write_piece(out, piece)
    })
}

fn write_piece(out: &mut String, piece: Inline<Mark>) -> fmt::Result {
    match piece {
        Inline::Text(text) => write!(out, "{}", Xml(text)),
        Inline::Note(note) => write!(
            out,
            "<sup><a id=\"fnref-{n}\" href=\"#fn-{n}\" role=\"doc-noteref\"><span class=\"vh\">Note </span>{n}</a></sup>",
            n = note.number()
        ),
        Inline::Open(Mark::Mention(m)) => write!(
            out,
            "<span class=\"mention\" data-referent=\"{}\">",
            m.referent()
        ),
        Inline::Open(Mark::Clause(c)) => write!(
            out,
            "<span class=\"clause\" data-stance=\"{}\">",
            c.stance().id()
        ),
        Inline::Open(Mark::Commitment(c)) => write!(
            out,
            "<span class=\"commitment\" data-commitment=\"{}\" data-strength=\"{}\">",
            c.id(),
            c.strength().id()
        ),
        Inline::Open(Mark::Emphasis) => out.write_str("<i>"),
        Inline::Open(Mark::Abbr(a)) => write!(out, "<abbr title=\"{}\">", Xml(a.expansion())),
        Inline::Close(Mark::Mention(_) | Mark::Clause(_) | Mark::Commitment(_)) => {
            out.write_str("</span>")
        }
        Inline::Close(Mark::Emphasis) => out.write_str("</i>"),
        Inline::Close(Mark::Abbr(_)) => out.write_str("</abbr>"),
    }
}

fn write_notes(out: &mut String, notes: &'static [Footnote]) -> fmt::Result {
    writeln!(
        out,
        "<section class=\"notes\" id=\"notes\" role=\"doc-endnotes\" aria-labelledby=\"notes-title\">\n<h2 id=\"notes-title\">Notes</h2>\n<ol>"
    )?;
    for note in notes {
        write!(out, "<li id=\"fn-{}\"><p>", note.number())?;
        inline(
            note.text(),
            text_marks(note.text(), note.emphasis),
            &[],
            |piece| write_piece(out, piece),
        )?;
        writeln!(
            out,
            "</p><p><a href=\"#fnref-{}\" role=\"doc-backlink\"><span aria-hidden=\"true\">↩ </span>Back to paragraph {}</a></p></li>",
            note.number(),
            note.paragraph().number()
        )?;
    }
    writeln!(out, "</ol>\n</section>")
}

/// The theme × paragraph map: a row per theme, a column per paragraph, each
/// tagged cell a link to its paragraph described by the evidence phrase.
fn write_map(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(
        out,
        "<section class=\"map\" id=\"theme-map\" aria-labelledby=\"theme-map-title\">\n<h2 id=\"theme-map-title\">Themes by paragraph</h2>"
    )?;
    writeln!(
        out,
        "<p>A mark links to a paragraph that addresses the theme; the words that show the theme are its description, which screen readers announce and a mouse shows as a tooltip.</p>"
    )?;
    writeln!(
        out,
        "<div class=\"map-scroll\" role=\"region\" aria-label=\"Themes by paragraph, scrollable\" tabindex=\"0\">\n<table>\n<caption>Themes (rows) by paragraph (columns)</caption>\n<thead><tr><th scope=\"col\">Theme</th>"
    )?;
    for p in d.paragraphs() {
        write!(
            out,
            "<th scope=\"col\"><span class=\"vh\">Paragraph </span>{}</th>",
            p.number()
        )?;
    }
    writeln!(out, "</tr></thead>\n<tbody>")?;
    for theme in Theme::iter() {
        out.push_str("<tr><th scope=\"row\">");
        write_text(out, theme.name())?;
        out.push_str("</th>");
        for p in d.paragraphs() {
            match p.evidence_for(theme) {
                Some(evidence) => write!(
                    out,
                    "<td><a href=\"#para-{n}\" title=\"{}\"><span class=\"dot\"></span><span class=\"vh\">{} in paragraph {n}</span></a></td>",
                    Xml(evidence.text()),
                    Xml(theme.name()),
                    n = p.number()
                )?,
                None => out.write_str("<td></td>")?,
            }
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody>\n</table>\n</div>\n</section>")
}

#[cfg(test)]
mod tests {
    use super::STYLE;

    /// The custom properties of one block of the stylesheet: `--name: #rrggbb;`.
    fn colours(block: &str) -> Vec<(&str, [f64; 3])> {
        block
            .lines()
            .filter_map(|line| {
                let (name, value) = line.trim().strip_prefix("--")?.split_once(": #")?;
                let hex = value.trim_end_matches(';');
                let channel =
                    |i: usize| f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
                Some((name, [channel(0), channel(2), channel(4)]))
            })
            .collect()
    }

    /// WCAG 2 contrast ratio of two sRGB colours.
    fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
        let luminance = |c: [f64; 3]| {
            let linear = |v: f64| {
                if v <= 0.039_28 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2])
        };
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn highlights_keep_text_readable_in_both_schemes() {
        let dark_at = STYLE.find("prefers-color-scheme: dark").unwrap();
        for (scheme, block) in [("light", &STYLE[..dark_at]), ("dark", &STYLE[dark_at..])] {
            let colours = colours(block.split("}\n").next().unwrap());
            let get = |name: &str| colours.iter().find(|(n, _)| *n == name).unwrap().1;
            let backgrounds = [
                "paper",
                "panel",
                "pledge",
                "call",
                "acknowledgement",
                "entity",
                "place",
                "concept",
                "instrument",
                "meeting",
                "on-theme",
            ];
            for background in backgrounds {
                // WCAG AAA for body text (7:1), beyond the AA (4.5:1) highlights need.
                let ratio = contrast(get("ink"), get(background));
                assert!(
                    ratio >= 7.0,
                    "{scheme}: ink on {background} is {ratio:.2}:1"
                );
            }
            for (text, background) in [("muted", "paper"), ("link", "paper"), ("link", "panel")] {
                let ratio = contrast(get(text), get(background));
                assert!(
                    ratio >= 4.5,
                    "{scheme}: {text} on {background} is {ratio:.2}:1"
                );
            }
        }
    }
}
