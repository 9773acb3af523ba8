//! The reader's edition: one standalone HTML page with its own stylesheet.
//!
//! The page puts the text first: the cover, then the analyst's view folded
//! into a `<details>`, then the paragraphs. Its parts are written here; the
//! `<head>` (metadata for reference managers, JSON-LD, links to the other
//! editions) in `head`, the analyst's view (its controls and the style rules
//! that depend on the vocabularies) in `view`, and the fixed style in
//! `style.css`.
//!
//! Each paragraph's words stand in one element, `<span class="words"
//! id="para-N">`, whose text is exactly the paragraph's text: the number, the
//! citation and the badges stand outside it, and the note and commitment
//! markers inside it have no text of their own (their glyphs are drawn by the
//! stylesheet), so that a Web Annotation's `TextPositionSelector` counts the
//! same characters in a browser as in the data.

use std::fmt::{self, Write};

use super::Edition;
use super::marks::{
    Mark, first_of_its_words, heading_is_antecedent, heading_words_id, paragraph_inline,
    same_words, text_marks,
};
use super::{Inline, Outline, Xml, inline, outline};
use crate::model::span::Spanned;
use crate::model::vocabulary::Vocabulary;
use crate::model::vocabulary::sealed::Sealed;
use crate::{
    Commitment, CommitmentKind, Declaration, Footnote, Paragraph, Precision, Section, Theme,
};

mod head;
mod view;

/// The page's stylesheet; the rules that depend on the vocabularies are
/// written after it (`view`).
const STYLE: &str = include_str!("style.css");

/// [`Declaration::to_html`].
pub(crate) fn to_html(d: &Declaration) -> String {
    super::to_string(|out| write_page(out, d))
}

/// [`Declaration::to_html_landing_page`].
pub(crate) fn to_html_landing_page(d: &Declaration) -> String {
    super::to_string(|out| write_landing_page(out, d))
}

#[cfg_attr(docsrs, doc(cfg(feature = "html")))]
/// The reader's edition (feature `html`).
impl Paragraph {
    /// The paragraph as the page writes it: a `<p class="para">` holding the
    /// number as a self-link, the words in `<span class="words" id="para-N">`
    /// (clauses, commitments and names marked, acronyms in `<abbr>`), the
    /// badges of its themes and its citation string.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    ///
    /// let html = para!(6).to_html();
    /// assert!(html.starts_with("<p class=\"para\""));
    /// assert!(html.contains("<span class=\"words\" id=\"para-6\">In the next decade"));
    /// assert!(html.contains("<abbr title=\"Asia-Europe Foundation\">ASEF</abbr>"));
    /// assert!(html.contains("cite as <q>Seoul Declaration (ASEMME6, 2017), para. 6</q>"));
    /// ```
    #[must_use]
    pub fn to_html(&self) -> String {
        super::to_string(|out| write_paragraph(out, self))
    }
}

fn write_page(out: &mut String, d: &Declaration) -> fmt::Result {
    // Void elements are closed (`<meta />`), so that XML tools read the page too.
    writeln!(out, "<!DOCTYPE html>\n<html lang=\"en\">")?;
    head::write_head(out, d, STYLE, head::Page::Declaration)?;
    writeln!(out, "<body>")?;
    writeln!(
        out,
        "<a class=\"skip\" href=\"#text\">Skip to the declaration’s text</a>"
    )?;
    write_cover(out, d)?;
    writeln!(out, "<main>")?;
    view::write_controls(out)?;
    view::write_print_legend(out)?;
    writeln!(out, "<div class=\"text\" id=\"text\">")?;
    outline(d, &mut Html(out, d))?;
    writeln!(out, "</div>")?;
    write_notes(out, d.footnotes())?;
    write_glossary(out)?;
    write_commitments(out, d)?;
    write_map(out, d)?;
    write_about(out, d)?;
    writeln!(out, "</main>\n</body>\n</html>")
}

/// The landing page: the dataset's name and what it holds, the way to the
/// text, and "About this edition".
fn write_landing_page(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "<!DOCTYPE html>\n<html lang=\"en\">")?;
    head::write_head(out, d, STYLE, head::Page::Dataset)?;
    writeln!(out, "<body>\n<header class=\"cover\">")?;
    writeln!(out, "<h1>{}</h1>", Xml(d.publication.dataset_title))?;
    writeln!(
        out,
        "<p class=\"subtitle\">The {} of the {} ({}, {}, {}), in every paragraph’s words, with an analyst’s reading: themes, names, clauses, and the ministers’ commitments.</p>",
        Xml(d.title()),
        Xml(d.meeting().name()),
        Xml(d.meeting().acronym()),
        Xml(d.meeting().city()),
        d.meeting().dates().map_or(String::new(), |r| r.to_string())
    )?;
    writeln!(out, "</header>\n<main>")?;
    writeln!(
        out,
        "<p class=\"read\"><a href=\"{}\">Read the declaration</a>, with the analyst’s reading to show or hide, or take the data in the format you work in, below.</p>",
        Edition::Html.path(d)
    )?;
    write_figures(out, d)?;
    #[cfg(feature = "tables")]
    write_tables(out, d)?;
    write_reliability(out, d)?;
    write_about(out, d)?;
    writeln!(out, "</main>\n</body>\n</html>")
}

/// A section of the landing page: its id and its heading.
fn open_section(out: &mut String, id: &str, title: &str) -> fmt::Result {
    writeln!(
        out,
        "<section class=\"about\" id=\"{id}\" aria-labelledby=\"{id}-title\">\n<h2 id=\"{id}-title\">{title}<a class=\"anchor\" href=\"#{id}\"><span aria-hidden=\"true\">#</span><span class=\"vh\">Link to this heading</span></a></h2>"
    )
}

/// The headline figures, counted from the data.
fn write_figures(out: &mut String, d: &Declaration) -> fmt::Result {
    let commitments: Vec<&Commitment> = d.commitments().collect();
    let count = |f: &dyn Fn(&Commitment) -> bool| commitments.iter().filter(|c| f(c)).count();
    let pledges = count(&|c| c.kind() == CommitmentKind::Pledge);
    let mut g7: Vec<u8> = commitments
        .iter()
        .filter_map(|c| c.g7_commitment())
        .collect();
    g7.dedup();
    open_section(out, "figures", "The data in figures")?;
    writeln!(out, "<ul class=\"figures\">")?;
    writeln!(
        out,
        "<li>{} paragraphs in {} sentences, with {} names marked and {} clauses of the ministers, {} of which give no commitment.</li>",
        d.paragraphs().len(),
        d.sentences().count(),
        d.mentions().count(),
        d.clauses().count(),
        d.clauses().filter(|c| c.exclusion().is_some()).count()
    )?;
    writeln!(
        out,
        "<li>{} commitments: {pledges} pledges of the ministers and {} requests of other parties; {} delegated to a party other than the ministers.</li>",
        commitments.len(),
        commitments.len() - pledges,
        count(&|c| c.delegation().is_some())
    )?;
    let precision: Vec<String> = Precision::ALL
        .iter()
        .rev()
        .map(|&p| {
            format!(
                "{} {}",
                count(&|c| c.precision() == p),
                p.name().to_lowercase()
            )
        })
        .collect();
    writeln!(
        out,
        "<li>Precision: {}. {} pledges make {} commitments as the G7 Research Group counts them.</li>",
        precision.join(", "),
        count(&|c| c.g7_commitment().is_some()),
        g7.len()
    )?;
    writeln!(
        out,
        "<li>{} anaphors, each linked to the words it refers to.</li>\n</ul>\n</section>",
        d.anaphors().count()
    )
}

/// Every table of the data package, with its rows.
#[cfg(feature = "tables")]
fn write_tables(out: &mut String, d: &Declaration) -> fmt::Result {
    open_section(out, "tables", "The data package’s tables")?;
    writeln!(
        out,
        "<p>One CSV file per table, described by <a href=\"{}\"><code>datapackage.json</code></a> (a Frictionless Tabular Data Package), also as one zip: <a href=\"{}\" type=\"application/zip\"><code>{}</code></a>.</p>",
        Edition::DataPackage.path(d),
        Edition::DataPackageZip.path(d),
        Edition::DataPackageZip.path(d)
    )?;
    writeln!(
        out,
        "<div class=\"scroll\" role=\"region\" aria-label=\"The package's tables, scrollable\" tabindex=\"0\">\n<table class=\"tables\">\n<thead><tr><th scope=\"col\">table</th><th scope=\"col\">rows</th><th scope=\"col\">what a row is</th></tr></thead>\n<tbody>"
    )?;
    for table in d.tables() {
        writeln!(
            out,
            "<tr><td><a href=\"datapackage/{name}.csv\" type=\"text/csv\"><code>{name}</code></a></td><td>{}</td><td>{}</td></tr>",
            table.rows().len(),
            Xml(table.description()),
            name = table.name()
        )?;
    }
    writeln!(out, "</tbody>\n</table>\n</div>\n</section>")
}

/// How far the blind readings agree, as the codebook gives it.
fn write_reliability(out: &mut String, d: &Declaration) -> fmt::Result {
    open_section(out, "reliability", "How reliable the coding is")?;
    writeln!(
        out,
        "<p>Two coders read the declaration blind, from a brief whose examples come from other texts, and an adjudicator who wrote neither reading decided every difference; the data are the adjudicated reading. Krippendorff’s alpha per field, with a bootstrap 95% interval (the <a href=\"{}\">codebook</a> says how each is computed and what the figures mean):</p>",
        Edition::Codebook.path(d)
    )?;
    writeln!(
        out,
        "<div class=\"scroll\" role=\"region\" aria-label=\"The readings' agreement, scrollable\" tabindex=\"0\">\n<table class=\"tables\">"
    )?;
    let mut rows = d.publication.agreement.lines().map(|line| line.split('\t'));
    if let Some(header) = rows.next() {
        write!(out, "<thead><tr>")?;
        for cell in header {
            write!(out, "<th scope=\"col\">{}</th>", Xml(cell))?;
        }
        writeln!(out, "</tr></thead>\n<tbody>")?;
    }
    for row in rows {
        write!(out, "<tr>")?;
        for cell in row {
            write!(out, "<td>{}</td>", Xml(cell))?;
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody>\n</table>\n</div>\n</section>")
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

/// The page's text, and the declaration it is written from.
struct Html<'a>(&'a mut String, &'a Declaration);

impl Outline for Html<'_> {
    fn open(&mut self, section: Section) -> fmt::Result {
        let level = section.depth() + 2;
        // A heading an anaphor refers to holds its words in an antecedent's
        // span, which the anaphor's link leads to.
        let words = if heading_is_antecedent(self.1, section) {
            format!(
                "<span class=\"antecedent\" id=\"{}\">{}</span>",
                heading_words_id(section),
                Xml(section.name())
            )
        } else {
            Xml(section.name()).to_string()
        };
        writeln!(
            self.0,
            "<section id=\"{id}\">\n<h{level}>{words}<a class=\"anchor\" href=\"#{id}\"><span aria-hidden=\"true\">#</span><span class=\"vh\">Link to this heading</span></a></h{level}>",
            id = section.id()
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
    out.write_str("<p class=\"para\" data-themes=\"")?;
    for (i, theme) in p.themes().enumerate() {
        write!(out, "{}{}", if i == 0 { "" } else { " " }, theme.id())?;
    }
    write!(
        out,
        "\"><a class=\"num\" href=\"#para-{n}\" aria-describedby=\"cite-{n}\"><span class=\"vh\">Paragraph </span>{n}.</a> <span class=\"words\" id=\"para-{n}\">"
    )?;
    paragraph_inline(p, |piece| write_piece(out, piece))?;
    out.write_str("</span>")?;
    // A badge for each theme, named by the stylesheet when its theme is
    // highlighted, so that no hidden text waits in the page.
    let themes: Vec<Theme> = p.themes().collect();
    if !themes.is_empty() {
        out.write_str("<span class=\"badges\">")?;
        for theme in themes {
            write!(
                out,
                "<span class=\"badge\" data-theme=\"{}\" data-name=\"{}\"></span>",
                theme.id(),
                Xml(theme.name())
            )?;
        }
        out.write_str("</span>")?;
    }
    // The citation: read after the paragraph, shown as a box on hover and
    // keyboard focus, its permalink the paragraph's number.
    write!(
        out,
        "<span class=\"cite\" id=\"cite-{n}\">Permalink <span class=\"address\">#para-{n}</span>; cite as <q>{}</q></span></p>",
        Xml(&p.citation().to_string())
    )
}

/// A text outside the paragraphs (a cover line, a heading), its acronyms
/// marked.
fn write_text(out: &mut String, text: &'static str) -> fmt::Result {
    inline(text, text_marks(text, &[]), &[], |piece| {
        write_piece(out, piece)
    })
}

fn write_piece(out: &mut String, piece: Inline<Mark>) -> fmt::Result {
    match piece {
        Inline::Text(text) => write!(out, "{}", Xml(text)),
        // The marker's number is drawn by the stylesheet, so that the words'
        // element holds the paragraph's text and nothing else.
        Inline::Note(note) => write!(
            out,
            "<sup><a class=\"noteref\" id=\"fnref-{n}\" href=\"#fn-{n}\" role=\"doc-noteref\" aria-label=\"Note {n}\" data-n=\"{n}\"></a></sup>",
            n = note.footnote().number()
        ),
        // Words that name several things (a range of meetings) are one span
        // whose `data-referent` lists each id.
        Inline::Open(Mark::Mention(m)) | Inline::Close(Mark::Mention(m))
            if !first_of_its_words(m) =>
        {
            Ok(())
        }
        Inline::Open(Mark::Mention(m)) => {
            out.write_str("<span class=\"mention\" data-referent=\"")?;
            for (i, other) in same_words(m).enumerate() {
                let space = if i == 0 { "" } else { " " };
                write!(out, "{space}{}", other.referent().id())?;
            }
            out.write_str("\">")
        }
        Inline::Open(Mark::Clause(c)) => write!(
            out,
            "<span class=\"clause\" data-stance=\"{}\">",
            c.stance().id()
        ),
        Inline::Open(Mark::Commitment(c)) => write!(
            out,
            "<span class=\"commitment\" data-commitment=\"{}\" data-kind=\"{}\" data-grade=\"{}\" data-precision=\"{}\">",
            c.id(),
            c.kind().id(),
            c.grade().id(),
            c.precision().id()
        ),
        Inline::Open(Mark::Emphasis) => out.write_str("<i>"),
        Inline::Open(Mark::Abbr(a)) => write!(out, "<abbr title=\"{}\">", Xml(a.expansion())),
        Inline::Close(Mark::Commitment(c)) => {
            // The marker at a commitment's end: its grade, timeframe and
            // actor on hover and keyboard focus, a link to its entry below.
            let about = summary(c);
            write!(
                out,
                "<a class=\"cmark\" href=\"#{}\" aria-label=\"{}\" data-tip=\"{}\"></a></span>",
                c.id(),
                Xml(&about),
                Xml(&about)
            )
        }
        // An anaphor links to the words it refers to, which describe it to
        // a screen reader; neither adds words to the text.
        Inline::Open(Mark::Anaphor(l)) => {
            let target = l
                .anaphor
                .antecedent()
                .heading()
                .map_or_else(|| format!("antecedent-{}", l.key()), heading_words_id);
            write!(
                out,
                "<a class=\"anaphor\" id=\"anaphor-{}\" href=\"#{target}\" aria-describedby=\"{target}\">",
                l.key()
            )
        }
        Inline::Open(Mark::Antecedent(l)) => write!(
            out,
            "<span class=\"antecedent\" id=\"antecedent-{}\">",
            l.key()
        ),
        Inline::Close(Mark::Anaphor(_)) => out.write_str("</a>"),
        Inline::Close(Mark::Mention(_) | Mark::Clause(_) | Mark::Antecedent(_)) => {
            out.write_str("</span>")
        }
        Inline::Close(Mark::Emphasis) => out.write_str("</i>"),
        Inline::Close(Mark::Abbr(_)) => out.write_str("</abbr>"),
    }
}

/// `Commitment 10-2: pledge, willing, medium precision, no timeframe; The
/// ministers (“we”) to act.`
fn summary(c: &Commitment) -> String {
    let id = c.id();
    let when = c
        .timeframe()
        .map_or_else(|| "no timeframe".to_owned(), |t| t.text().to_owned());
    format!(
        "Commitment {}-{}: {}, {}, {} precision, {when}; {} to act.",
        id.paragraph(),
        id.order(),
        c.kind().name().to_lowercase(),
        c.grade().name().to_lowercase(),
        c.precision().name().to_lowercase(),
        c.actor().name()
    )
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

/// The acronyms the text writes, each with what it stands for: the
/// expansions as words of the page, for keyboard and touch, where the `title`
/// of an `<abbr>` reaches only a mouse.
fn write_glossary(out: &mut String) -> fmt::Result {
    use crate::Acronym;
    writeln!(
        out,
        "<section class=\"glossary\" id=\"acronyms\" aria-labelledby=\"acronyms-title\">\n<h2 id=\"acronyms-title\">Acronyms<a class=\"anchor\" href=\"#acronyms\"><span aria-hidden=\"true\">#</span><span class=\"vh\">Link to this heading</span></a></h2>\n<dl>"
    )?;
    for acronym in Acronym::ALL.iter().copied() {
        writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            Xml(&acronym.forms().join(", ")),
            Xml(acronym.expansion())
        )?;
    }
    writeln!(out, "</dl>\n</section>")
}

/// "What the ministers commit to": every commitment, by kind, linked to its
/// paragraph.
fn write_commitments(out: &mut String, d: &Declaration) -> fmt::Result {
    let count = |kind| d.commitments().filter(|c| c.kind() == kind).count();
    writeln!(
        out,
        "<section class=\"commitments\" id=\"commitments\" aria-labelledby=\"commitments-title\">\n<h2 id=\"commitments-title\">What the ministers commit to<a class=\"anchor\" href=\"#commitments\"><span aria-hidden=\"true\">#</span><span class=\"vh\">Link to this heading</span></a></h2>"
    )?;
    writeln!(
        out,
        "<p>{} pledges of the ministers and {} requests they make of others, one for each actor, action and target, identified under the G7 Research Group’s definition of a commitment: each pledge graded by how firmly it binds, each request by how strongly it asks, and both by how precisely they say what is to be done; the <a href=\"{}\">codebook</a> gives the rules.</p>",
        count(CommitmentKind::Pledge),
        count(CommitmentKind::Request),
        Edition::Codebook.path(d)
    )?;
    for (kind, title) in [
        (CommitmentKind::Pledge, "Pledges"),
        (CommitmentKind::Request, "Requests"),
    ] {
        writeln!(out, "<h3>{title}</h3>\n<ol class=\"commitment-list\">")?;
        for c in d.commitments().filter(|c| c.kind() == kind) {
            write!(
                out,
                "<li id=\"{}\"><a href=\"#para-{n}\">Para. {n}</a>: {} <q>{}</q>",
                c.id(),
                Xml(c.clause().text()),
                Xml(c.text()),
                n = c.paragraph().number()
            )?;
            if let Some(target) = c.target() {
                write!(out, ", toward <q>{}</q>", Xml(target.text()))?;
            }
            write!(
                out,
                " <span class=\"grade\">{}, {} precision",
                c.grade().name(),
                c.precision().name().to_lowercase()
            )?;
            if kind == CommitmentKind::Request {
                write!(out, "; asked of {}", Xml(c.actor().name()))?;
            }
            if let Some(when) = c.timeframe() {
                write!(out, "; {}", Xml(when.text()))?;
            }
            writeln!(out, "</span></li>")?;
        }
        writeln!(out, "</ol>")?;
    }
    write_priorities(out, d)?;
    writeln!(out, "</section>")
}

/// The commitments by priority area of the ASEM Education Process (rows) and
/// grade (columns): the pledges by obligation, then the requests.
fn write_priorities(out: &mut String, d: &Declaration) -> fmt::Result {
    use crate::{Obligation, Priority};
    writeln!(
        out,
        "<h3 id=\"by-priority\">By priority area</h3>\n<div class=\"map-scroll\" role=\"region\" aria-label=\"Commitments by priority area, scrollable\" tabindex=\"0\">\n<table class=\"priorities\">\n<caption>Commitments by priority area of the ASEM Education Process (rows) and how firmly a pledge binds or how strongly a request asks (columns)</caption>"
    )?;
    write!(out, "<thead><tr><th scope=\"col\">Priority area</th>")?;
    let obligations: Vec<Obligation> = Obligation::ALL.iter().copied().rev().collect();
    for obligation in &obligations {
        write!(out, "<th scope=\"col\">{obligation} pledges</th>")?;
    }
    writeln!(out, "<th scope=\"col\">Requests</th></tr></thead>\n<tbody>")?;
    let row = |out: &mut String, name: &str, on: &dyn Fn(&crate::Commitment) -> bool| {
        write!(out, "<tr><th scope=\"row\">{}</th>", Xml(name))?;
        for &obligation in &obligations {
            let n = d
                .commitments()
                .filter(|c| on(c) && c.obligation() == Some(obligation))
                .count();
            write!(out, "<td>{n}</td>")?;
        }
        let requests = d
            .commitments()
            .filter(|c| on(c) && c.kind() == CommitmentKind::Request)
            .count();
        writeln!(out, "<td>{requests}</td></tr>")
    };
    for priority in Priority::ALL.iter().copied() {
        row(out, priority.name(), &|c| c.concerns(priority))?;
    }
    row(out, "None of the four", &|c| {
        c.priorities().next().is_none()
    })?;
    writeln!(out, "</tbody>\n</table>\n</div>")
}

/// The theme × paragraph map: a row per theme, a column per paragraph, each
/// tagged cell a link to its paragraph described by the evidence phrase.
fn write_map(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(
        out,
        "<section class=\"map\" id=\"theme-map\" aria-labelledby=\"theme-map-title\">\n<h2 id=\"theme-map-title\">Themes by paragraph<a class=\"anchor\" href=\"#theme-map\"><span aria-hidden=\"true\">#</span><span class=\"vh\">Link to this heading</span></a></h2>"
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
    for theme in Theme::ALL.iter().copied() {
        out.push_str("<tr><th scope=\"row\">");
        write_text(out, theme.name())?;
        out.push_str("</th>");
        for p in d.paragraphs() {
            match p.evidence_for(theme) {
                Some(evidence) => write!(
                    out,
                    "<td><a href=\"#para-{n}\" title=\"{evidence}\" data-evidence=\"Paragraph {n}: “{evidence}”\"><span class=\"dot\"></span><span class=\"vh\">{} in paragraph {n}: “{evidence}”</span></a></td>",
                    Xml(theme.name()),
                    n = p.number(),
                    evidence = Xml(evidence.text())
                )?,
                None => out.write_str("<td></td>")?,
            }
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody>\n</table>\n</div>\n</section>")
}

/// The dataset's citation: who, when, what, which version, where.
pub(crate) fn dataset_citation(d: &Declaration) -> String {
    format!(
        "{} ({}). {} (data version {}) [Data set]. {}. {}",
        d.publication.contributors,
        &d.publication.data_released[..4],
        d.publication.dataset_title,
        d.publication.data_version,
        d.publication.license,
        d.publication.repository
    )
}

/// "About this edition": the source, the data version, the licences, how to
/// cite, and the downloads.
fn write_about(out: &mut String, d: &Declaration) -> fmt::Result {
    let dates = d.meeting().dates().map_or(String::new(), |r| r.to_string());
    writeln!(
        out,
        "<section class=\"about\" id=\"about\" aria-labelledby=\"about-title\">\n<h2 id=\"about-title\">About this edition<a class=\"anchor\" href=\"#about\"><span aria-hidden=\"true\">#</span><span class=\"vh\">Link to this heading</span></a></h2>\n<dl>"
    )?;
    writeln!(
        out,
        "<dt>Source</dt><dd>The {}, adopted on {} {} {} by the {} ({}, {dates}) and published by the {} at <a href=\"{url}\">{url}</a>. This edition reproduces its text verbatim from <a href=\"{}\">the source as published, converted to Markdown</a> (SHA-256 <code>{}</code>).</dd>",
        Xml(d.title()),
        d.adopted().day(),
        d.adopted().month_name(),
        d.adopted().year(),
        Xml(d.meeting().name()),
        Xml(d.meeting().acronym()),
        Xml(d.publisher()),
        Edition::Source.path(d),
        d.publication.source_sha256,
        url = Xml(d.published_at()),
    )?;
    writeln!(
        out,
        "<dt>Data version</dt><dd>{} (released {}): the version of the text, the tags, the clauses and the commitments. Cite it with the data.</dd>",
        d.publication.data_version, d.publication.data_released
    )?;
    writeln!(
        out,
        "<dt>Licences</dt><dd><p>The data, under the <a rel=\"license\" href=\"{}\">{} licence ({})</a>: {}.</p><p>The code that makes it: the MIT licence.</p><p>{}</p></dd>",
        d.publication.license_url,
        d.publication.license_name,
        d.publication.license,
        Xml(d.publication.license_scope),
        Xml(d.publication.text_status)
    )?;
    writeln!(
        out,
        "<dt>How to cite</dt><dd><p>The data: <q class=\"citation\">{}</q></p><p>A paragraph: <q>{}</q>; each paragraph shows its citation on hover and keyboard focus.</p></dd>",
        Xml(&dataset_citation(d)),
        Xml(&example_citation(d))
    )?;
    writeln!(out, "<dt>Downloads</dt><dd><ul class=\"downloads\">")?;
    for edition in Edition::ALL.iter().filter(|e| e.is_download()) {
        writeln!(
            out,
            "<li><a href=\"{file}\" type=\"{media}\">{}</a> (<code>{file}</code>)</li>",
            capitalised(edition.description()),
            file = edition.path(d),
            media = edition.media_type(),
        )?;
    }
    writeln!(out, "</ul></dd>\n</dl>\n</section>")
}

/// The citation the page gives as an example: paragraph 6's, or the last
/// paragraph's in a shorter declaration.
fn example_citation(d: &Declaration) -> String {
    let paragraphs = d.paragraphs();
    paragraphs
        .get(5)
        .or(paragraphs.last())
        .map_or_else(String::new, |p| p.citation().to_string())
}

/// `text` with its first letter in upper case.
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
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

    /// A colour scheme's name and its named colours.
    type Scheme = (&'static str, Vec<(&'static str, [f64; 3])>);

    /// The stylesheet's blocks of colours: light, dark, and print.
    fn schemes() -> Vec<Scheme> {
        let dark_at = STYLE.find("prefers-color-scheme: dark").unwrap();
        let print_at = STYLE.find("@media print").unwrap();
        [
            ("light", &STYLE[..dark_at]),
            ("dark", &STYLE[dark_at..]),
            ("print", &STYLE[print_at..]),
        ]
        .into_iter()
        .map(|(name, block)| (name, colours(block.split("}\n").next().unwrap())))
        .collect()
    }

    const HIGHLIGHTS: [&str; 10] = [
        "pledge",
        "call",
        "acknowledgement",
        "commitment",
        "entity",
        "place",
        "concept",
        "instrument",
        "meeting",
        "on-theme",
    ];

    #[test]
    fn highlights_keep_text_readable_in_every_scheme_and_in_print() {
        for (scheme, colours) in schemes() {
            let get = |name: &str| {
                colours
                    .iter()
                    .find(|(n, _)| *n == name)
                    .unwrap_or_else(|| panic!("{scheme}: no --{name}"))
                    .1
            };
            for background in HIGHLIGHTS.iter().chain(&["paper", "panel", "target"]) {
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

    /// No two highlight colours are near each other: their CIE76 distance in
    /// Lab is at least 15 in every scheme (colour is not the only cue, but it
    /// should still tell them apart).
    #[test]
    #[allow(clippy::many_single_char_names)] // the letters of the colour formulas
    fn highlight_colours_are_far_apart() {
        fn lab(c: [f64; 3]) -> [f64; 3] {
            let linear = |v: f64| {
                if v <= 0.040_45 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            let [r, g, b] = c.map(linear);
            let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.950_47;
            let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.088_83;
            let f = |t: f64| {
                if t > 0.008_856 {
                    t.cbrt()
                } else {
                    7.787 * t + 16.0 / 116.0
                }
            };
            [
                116.0 * f(y) - 16.0,
                500.0 * (f(x) - f(y)),
                200.0 * (f(y) - f(z)),
            ]
        }
        for (scheme, colours) in schemes() {
            let get = |name: &str| colours.iter().find(|(n, _)| *n == name).unwrap().1;
            for (i, a) in HIGHLIGHTS.iter().enumerate() {
                for b in &HIGHLIGHTS[i + 1..] {
                    let (p, q) = (lab(get(a)), lab(get(b)));
                    let distance =
                        ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2) + (p[2] - q[2]).powi(2))
                            .sqrt();
                    assert!(
                        distance >= 15.0,
                        "{scheme}: {a} and {b} are {distance:.1} apart"
                    );
                }
            }
        }
    }
}
