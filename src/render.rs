//! The exports: Markdown, HTML and Akoma Ntoso XML (plain text is `Display`).
//!
//! Each walks the same outline (headings opening and closing around the
//! paragraphs) and the same inline pieces of each paragraph, so the formats
//! cannot disagree about where a heading, a marker or a mention stands.

use std::fmt::{self, Write};

use crate::paragraph::Inline;
use crate::{
    Acronym, Concept, Declaration, Entity, Footnote, Instrument, Mention, Paragraph, Place,
    Referent, Section, Theme,
};

/// Writes `text` with the characters that are special in the target escaped.
struct Escaped<'a>(&'a str, Target);

#[derive(Clone, Copy)]
enum Target {
    /// Markdown: a backslash before the ASCII punctuation that can start markup.
    Markdown,
    /// HTML and XML text and attribute values.
    Xml,
}

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match (self.1, c) {
                (
                    Target::Markdown,
                    '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '&' | '|' | '~',
                ) => {
                    write!(f, "\\{c}")?;
                }
                (Target::Xml, '&') => f.write_str("&amp;")?,
                (Target::Xml, '<') => f.write_str("&lt;")?,
                (Target::Xml, '>') => f.write_str("&gt;")?,
                (Target::Xml, '"') => f.write_str("&quot;")?,
                _ => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

fn md(text: &str) -> Escaped<'_> {
    Escaped(text, Target::Markdown)
}

fn xml(text: &str) -> Escaped<'_> {
    Escaped(text, Target::Xml)
}

/// Walks the paragraphs with their headings: `open` as a heading begins, `close`
/// as it ends (innermost first), `paragraph` for each paragraph in between.
fn outline(
    out: &mut String,
    paragraphs: &[Paragraph],
    open: fn(&mut String, Section) -> fmt::Result,
    close: fn(&mut String, Section) -> fmt::Result,
    paragraph: fn(&mut String, &Paragraph) -> fmt::Result,
) -> fmt::Result {
    let mut stack: Vec<Section> = Vec::new();
    for p in paragraphs {
        while let Some(&top) = stack.last() {
            if top.contains(p.section()) {
                break;
            }
            close(out, top)?;
            stack.pop();
        }
        for section in crate::declaration::headings_opened(stack.last().copied(), p.section()) {
            open(out, section)?;
            stack.push(section);
        }
        paragraph(out, p)?;
    }
    while let Some(top) = stack.pop() {
        close(out, top)?;
    }
    Ok(())
}

/// The acronym a mention spells, if it is one ("ASEMME6" spells ASEMME).
fn acronym_of(mention: &Mention) -> Option<Acronym> {
    mention
        .text()
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .parse()
        .ok()
}

// ---------------------------------------------------------------- Markdown

pub(crate) fn markdown(d: &Declaration) -> String {
    let mut out = String::new();
    write_markdown(&mut out, d).expect("writing to a String cannot fail");
    out
}

fn write_markdown(out: &mut String, d: &Declaration) -> fmt::Result {
    for (i, line) in d.cover_lines().iter().enumerate() {
        match i {
            // The meeting, its dates and its venue: one block, hard line breaks.
            0 | 1 => writeln!(out, "{}  ", md(line))?,
            2 => writeln!(out, "{}\n", md(line))?,
            _ if *line == d.title() => writeln!(out, "# {}\n", md(line))?,
            _ => writeln!(out, "**{}**\n", md(line))?,
        }
    }
    outline(
        out,
        d.paragraphs(),
        |out, s| writeln!(out, "{} {}\n", "#".repeat(s.depth() + 2), md(s.title())),
        |_, _| Ok(()),
        |out, p| writeln!(out, "{}\n", paragraph_markdown(p)),
    )?;
    for note in d.footnotes() {
        writeln!(out, "[^{}]: {}", note.number(), md(note.text()))?;
    }
    Ok(())
}

pub(crate) fn paragraph_markdown(p: &Paragraph) -> String {
    let mut out = format!("{}. ", p.number());
    p.walk(|piece| match piece {
        Inline::Text(text) => write!(out, "{}", md(text)),
        Inline::Marker(note) => write!(out, "[^{}]", note.number()),
        Inline::Open(_) | Inline::Close(_) => Ok(()),
    })
    .expect("writing to a String cannot fail");
    out
}

// ---------------------------------------------------------------- HTML

pub(crate) fn html(d: &Declaration) -> String {
    let mut out = String::new();
    write_html(&mut out, d).expect("writing to a String cannot fail");
    out
}

fn write_html(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>"
    )?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
    )?;
    writeln!(
        out,
        "<title>{} ({})</title>\n</head>\n<body>\n<header>",
        xml(d.title()),
        xml(d.meeting().acronym())
    )?;
    for line in d.cover_lines() {
        let tag = if *line == d.title() { "h1" } else { "p" };
        writeln!(out, "<{tag}>{}</{tag}>", xml(line))?;
    }
    writeln!(out, "</header>\n<main>")?;
    outline(
        out,
        d.paragraphs(),
        |out, s| {
            let level = s.depth() + 2;
            writeln!(
                out,
                "<section id=\"{}\">\n<h{level}>{}</h{level}>",
                s.slug(),
                xml(s.title())
            )
        },
        |out, _| writeln!(out, "</section>"),
        |out, p| writeln!(out, "{}", paragraph_html(p)),
    )?;
    writeln!(out, "</main>\n<footer>\n<ol class=\"footnotes\">")?;
    for note in d.footnotes() {
        writeln!(
            out,
            "<li id=\"{}\">{} <a href=\"#{}\" aria-label=\"Back to paragraph {}\">↩</a></li>",
            note_id(note),
            xml(note.text()),
            note_ref_id(note),
            note.paragraph().number()
        )?;
    }
    writeln!(out, "</ol>\n</footer>\n</body>\n</html>")
}

fn note_id(note: &Footnote) -> String {
    format!("fn-{}", note.number())
}

fn note_ref_id(note: &Footnote) -> String {
    format!("fnref-{}", note.number())
}

pub(crate) fn paragraph_html(p: &Paragraph) -> String {
    let n = p.number();
    let mut out = format!("<p id=\"para-{n}\"><a class=\"num\" href=\"#para-{n}\">{n}.</a> ");
    p.walk(|piece| match piece {
        Inline::Text(text) => write!(out, "{}", xml(text)),
        Inline::Marker(note) => write!(
            out,
            "<sup id=\"{}\"><a href=\"#{}\" role=\"doc-noteref\">{}</a></sup>",
            note_ref_id(note),
            note_id(note),
            note.number()
        ),
        Inline::Open(m) => match acronym_of(m) {
            Some(a) => write!(out, "<abbr title=\"{}\">", xml(a.expansion())),
            None => Ok(()),
        },
        Inline::Close(m) => match acronym_of(m) {
            Some(_) => out.write_str("</abbr>"),
            None => Ok(()),
        },
    })
    .expect("writing to a String cannot fail");
    out.push_str("</p>");
    out
}

// ---------------------------------------------------------------- Akoma Ntoso

/// The jurisdiction code in the FRBR URIs. ASEM has no country code, so the
/// document uses `xa`, a code that ISO 3166-1 leaves to users (XA-XZ) and that no
/// country will ever be given.
pub(crate) const AKN_JURISDICTION: &str = "xa";

/// The work's FRBR URI: jurisdiction, document type, subtype, actor, date, number.
pub(crate) fn akn_work_uri(d: &Declaration) -> String {
    format!(
        "/akn/{AKN_JURISDICTION}/statement/declaration/{}/{}/{}",
        d.meeting().acronym().to_ascii_lowercase(),
        adoption_date(d),
        d.title().to_ascii_lowercase().replace(' ', "-")
    )
}

/// The declaration is dated by the meeting's last day, when it was adopted.
fn adoption_date(d: &Declaration) -> String {
    d.meeting().dates().map_or_else(
        || d.meeting().year().to_string(),
        |dates| dates.last().to_string(),
    )
}

/// The `eId` of the document's own reference: the software that made it.
const SOURCE_EID: &str = "asem-seoul-declaration";

fn referent_eid(r: Referent) -> String {
    match r {
        Referent::Entity(e) => format!("org-{}", e.slug()),
        Referent::Instrument(i) => format!("instrument-{}", i.slug()),
        Referent::Meeting(n) => format!("event-asemme{n}"),
        Referent::Place(p) => format!("place-{}", p.slug()),
        Referent::Concept(c) => format!("concept-{}", c.slug()),
        Referent::Declaration => "declaration".to_owned(),
    }
}

pub(crate) fn akoma_ntoso(d: &Declaration) -> String {
    let mut out = String::new();
    write_akn(&mut out, d).expect("writing to a String cannot fail");
    out
}

fn write_akn(out: &mut String, d: &Declaration) -> fmt::Result {
    let work = akn_work_uri(d);
    let date = adoption_date(d);
    let expression = format!("{work}/eng@{date}");
    let author = format!("#{}", referent_eid(Entity::EducationMinisters.into()));
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
    )?;
    writeln!(out, "  <statement name=\"declaration\">\n    <meta>")?;
    writeln!(out, "      <identification source=\"#{SOURCE_EID}\">")?;
    writeln!(out, "        <FRBRWork>")?;
    write_frbr(
        out,
        &format!("{work}/!main"),
        &work,
        Some(d.title()),
        &date,
        &author,
    )?;
    writeln!(out, "          <FRBRcountry value=\"{AKN_JURISDICTION}\"/>")?;
    writeln!(out, "          <FRBRsubtype value=\"declaration\"/>")?;
    let number = work.rsplit('/').next().unwrap_or_default();
    writeln!(out, "          <FRBRnumber value=\"{number}\"/>")?;
    writeln!(out, "          <FRBRname value=\"{}\"/>", xml(d.title()))?;
    writeln!(out, "        </FRBRWork>\n        <FRBRExpression>")?;
    write_frbr(
        out,
        &format!("{expression}/!main"),
        &expression,
        None,
        &date,
        &author,
    )?;
    writeln!(out, "          <FRBRlanguage language=\"eng\"/>")?;
    writeln!(
        out,
        "        </FRBRExpression>\n        <FRBRManifestation>"
    )?;
    let maker = format!("#{SOURCE_EID}");
    write_frbr(
        out,
        &format!("{expression}/!main.xml"),
        &expression,
        None,
        &date,
        &maker,
    )?;
    writeln!(out, "        </FRBRManifestation>\n      </identification>")?;
    write_akn_classification(out, d)?;
    write_akn_references(out)?;
    writeln!(out, "    </meta>\n    <preface>")?;
    for line in d.cover_lines() {
        if *line == d.title() {
            writeln!(out, "      <p><docTitle>{}</docTitle></p>", xml(line))?;
        } else {
            writeln!(out, "      <p>{}</p>", xml(line))?;
        }
    }
    writeln!(out, "    </preface>\n    <mainBody>")?;
    outline(
        out,
        d.paragraphs(),
        |out, s| {
            let indent = "  ".repeat(s.depth() + 3);
            writeln!(
                out,
                "{indent}<hcontainer name=\"{}\" eId=\"hcontainer_{}\">",
                s.slug(),
                s.slug()
            )?;
            writeln!(out, "{indent}  <heading>{}</heading>", xml(s.title()))
        },
        |out, s| writeln!(out, "{}</hcontainer>", "  ".repeat(s.depth() + 3)),
        |out, p| {
            writeln!(
                out,
                "{}{}",
                "  ".repeat(p.section().depth() + 4),
                paragraph_akn(p)
            )
        },
    )?;
    writeln!(out, "    </mainBody>\n  </statement>\n</akomaNtoso>")
}

fn write_akn_classification(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "      <classification source=\"#{SOURCE_EID}\">")?;
    let themes = Theme::ALL.iter().map(|&t| {
        (
            "themes",
            t.slug(),
            t.to_string(),
            d.paragraphs_with_theme(t).collect(),
        )
    });
    let instruments = Instrument::ALL.iter().map(|&i| {
        (
            "instruments",
            i.slug(),
            i.to_string(),
            d.paragraphs_with_instrument(i).collect(),
        )
    });
    for (dictionary, slug, show, paragraphs) in themes.chain(instruments) {
        let paragraphs: Vec<&Paragraph> = paragraphs;
        for p in paragraphs {
            writeln!(
                out,
                "        <keyword value=\"{slug}\" showAs=\"{}\" dictionary=\"asem-seoul-declaration-{dictionary}\" href=\"#para_{}\"/>",
                xml(&show),
                p.number()
            )?;
        }
    }
    writeln!(out, "      </classification>")
}

fn write_akn_references(out: &mut String) -> fmt::Result {
    writeln!(out, "      <references source=\"#{SOURCE_EID}\">")?;
    let mut reference = |tag: &str, kind: &str, r: Referent, show: &str| {
        let eid = referent_eid(r);
        let name = eid.split_once('-').map_or(eid.as_str(), |(_, name)| name);
        writeln!(
            out,
            "        <{tag} eId=\"{eid}\" href=\"/ontology/{kind}/asem/{name}\" showAs=\"{}\"/>",
            xml(show)
        )
    };
    for &e in Entity::ALL {
        reference("TLCOrganization", "organization", e.into(), &e.to_string())?;
    }
    for m in crate::meetings() {
        reference("TLCEvent", "event", m.into(), &m.to_string())?;
    }
    for &p in Place::ALL {
        reference("TLCLocation", "location", p.into(), &p.to_string())?;
    }
    for &c in Concept::ALL {
        reference("TLCConcept", "concept", c.into(), &c.to_string())?;
    }
    for &i in Instrument::ALL {
        reference("TLCConcept", "concept", i.into(), &i.to_string())?;
    }
    writeln!(
        out,
        "        <TLCOrganization eId=\"{SOURCE_EID}\" href=\"/ontology/organization/{SOURCE_EID}\" showAs=\"asem-seoul-declaration (Rust crate)\"/>"
    )?;
    writeln!(out, "      </references>")
}

/// The elements each FRBR level opens with, in the schema's order; `title` is
/// given for the Work level, where tooling reads it from `FRBRalias`.
fn write_frbr(
    out: &mut String,
    this: &str,
    uri: &str,
    title: Option<&str>,
    date: &str,
    author: &str,
) -> fmt::Result {
    writeln!(out, "          <FRBRthis value=\"{this}\"/>")?;
    writeln!(out, "          <FRBRuri value=\"{uri}\"/>")?;
    if let Some(title) = title {
        writeln!(
            out,
            "          <FRBRalias value=\"{}\" name=\"title\"/>",
            xml(title)
        )?;
    }
    writeln!(
        out,
        "          <FRBRdate date=\"{date}\" name=\"adoption\"/>"
    )?;
    writeln!(out, "          <FRBRauthor href=\"{author}\"/>")
}

/// The AKN element that marks a mention inline, with the attribute that links it.
fn akn_inline(r: Referent) -> (&'static str, &'static str) {
    match r {
        Referent::Entity(_) => ("organization", "refersTo"),
        Referent::Meeting(_) => ("event", "refersTo"),
        Referent::Place(_) => ("location", "refersTo"),
        Referent::Concept(_) | Referent::Instrument(_) => ("concept", "refersTo"),
        Referent::Declaration => ("ref", "href"),
    }
}

pub(crate) fn paragraph_akn(p: &Paragraph) -> String {
    let n = p.number();
    let mut out = format!("<paragraph eId=\"para_{n}\"><num>{n}.</num><content><p>");
    let mut note_count = 0;
    p.walk(|piece| match piece {
        Inline::Text(text) => write!(out, "{}", xml(text)),
        Inline::Marker(note) => {
            note_count += 1;
            write!(
                out,
                "<authorialNote marker=\"{}\" placement=\"bottom\" eId=\"para_{n}__authorialNote_{note_count}\"><p>{}</p></authorialNote>",
                note.number(),
                xml(note.text())
            )
        }
        Inline::Open(m) => {
            let (tag, link) = akn_inline(m.referent());
            let target = match m.referent() {
                Referent::Declaration => akn_work_uri(crate::declaration()),
                r => format!("#{}", referent_eid(r)),
            };
            write!(out, "<{tag} {link}=\"{target}\">")?;
            match acronym_of(m) {
                Some(a) => write!(out, "<abbr title=\"{}\">", xml(a.expansion())),
                None => Ok(()),
            }
        }
        Inline::Close(m) => {
            if acronym_of(m).is_some() {
                out.write_str("</abbr>")?;
            }
            write!(out, "</{}>", akn_inline(m.referent()).0)
        }
    })
    .expect("writing to a String cannot fail");
    out.push_str("</p></content></paragraph>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_markup_characters() {
        assert_eq!(
            xml("a < b & c > \"d\" – “e”").to_string(),
            "a &lt; b &amp; c &gt; &quot;d&quot; – “e”"
        );
    }

    #[test]
    fn markdown_escapes_markup_characters() {
        assert_eq!(
            md("*a* _b_ [c] <d> # & e+f – “g”").to_string(),
            "\\*a\\* \\_b\\_ \\[c\\] \\<d\\> \\# \\& e+f – “g”"
        );
    }
}
