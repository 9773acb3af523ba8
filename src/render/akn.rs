//! Akoma Ntoso 3.0 (OASIS `LegalDocML`): a `statement`, with its eIds built
//! the way the OASIS naming convention builds them.
//!
//! An element's eId is its parent's eId, `__`, the element's prefix and its
//! number: `level_nn_2__level_nn_1__para_6`. Headings have no number, so each
//! `level` is `level_nn_` and its place among its siblings; a paragraph is
//! `para_` and the number it shows; a `p` and the inline elements in it are
//! their element name and a count per name within their parent. Built this
//! way, tools that (re)generate eIds after the convention leave them as they are.

use std::collections::BTreeSet;
use std::fmt::{self, Write};

use super::marks::{
    Link, Mark, first_of_its_words, heading_is_antecedent, paragraph_marks, same_words, text_marks,
};
use super::{Inline, Outline, Xml, inline, outline};
use crate::model::vocabulary::Vocabulary;
use crate::model::vocabulary::sealed::Sealed;
use crate::{Declaration, Entity, Instrument, Paragraph, Referent, Section, Theme};

/// The jurisdiction code in the FRBR URIs. ASEM has no country code, so the
/// document uses `xa`, a code that ISO 3166-1 leaves to users (XA-XZ) and that no
/// country will ever be given.
pub(crate) const AKN_JURISDICTION: &str = "xa";

/// The eId of the document's own reference: the software that made it.
const SOURCE_EID: &str = env!("CARGO_PKG_NAME");

/// [`Declaration::to_akoma_ntoso`].
pub(crate) fn to_akoma_ntoso(d: &Declaration) -> String {
    super::to_string(|out| write_akn(out, d))
}

/// The work's FRBR URI: jurisdiction, document type, subtype, actor, date, number.
fn work_uri(d: &Declaration) -> String {
    format!(
        "/akn/{AKN_JURISDICTION}/statement/declaration/{}/{}/{}",
        d.meeting().acronym().to_ascii_lowercase(),
        adoption_date(d),
        d.slug,
    )
}

/// The declaration is dated by the day it was adopted, the meeting's last.
fn adoption_date(d: &Declaration) -> String {
    d.adopted().to_string()
}

/// The eId of a referent's entry in `references`: its id, as every edition
/// names it.
fn reference_eid(r: Referent) -> &'static str {
    r.id()
}

/// The eId of a heading's `level`: its parent's eId and its place among the
/// headings of that parent.
fn section_eid(section: Section) -> String {
    let siblings = Section::ALL
        .iter()
        .copied()
        .filter(|s| s.parent() == section.parent());
    let place = siblings.take_while(|&s| s != section).count() + 1;
    match section.parent() {
        Some(parent) => format!("{}__level_nn_{place}", section_eid(parent)),
        None => format!("level_nn_{place}"),
    }
}

fn paragraph_eid(p: &Paragraph) -> String {
    format!("{}__para_{}", section_eid(p.section()), p.number())
}

fn write_akn(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
    )?;
    writeln!(out, "  <statement name=\"declaration\">\n    <meta>")?;
    write_identification(out, d)?;
    write_classification(out, d)?;
    write_references(out, d)?;
    writeln!(out, "    </meta>\n    <preface>")?;
    for (i, line) in d.cover_lines().iter().enumerate() {
        let p = format!("preface__p_{}", i + 1);
        write!(out, "      <p eId=\"{p}\">")?;
        let mut inlines = Inlines::new(&p);
        if *line == d.title() {
            write!(out, "<docTitle eId=\"{p}__docTitle_1\">")?;
        }
        inline(line, text_marks(line, &[]), &[], |piece| {
            inlines.write(out, piece)
        })?;
        if *line == d.title() {
            out.write_str("</docTitle>")?;
        }
        writeln!(out, "</p>")?;
    }
    writeln!(out, "    </preface>\n    <mainBody>")?;
    outline(
        d,
        &mut Body {
            out,
            d,
            antecedents: antecedent_eids(d)?,
        },
    )?;
    writeln!(out, "    </mainBody>\n  </statement>\n</akomaNtoso>")
}

fn write_identification(out: &mut String, d: &Declaration) -> fmt::Result {
    let work = work_uri(d);
    let date = adoption_date(d);
    let expression = format!("{work}/eng@{date}");
    let author = format!("#{}", reference_eid(Entity::EducationMinisters.into()));
    writeln!(out, "      <identification source=\"#{SOURCE_EID}\">")?;
    writeln!(out, "        <FRBRWork>")?;
    let frbr = Frbr {
        date: &date,
        author: &author,
    };
    frbr.write(out, &format!("{work}/!main"), &work, Some(d.title()))?;
    writeln!(out, "          <FRBRcountry value=\"{AKN_JURISDICTION}\"/>")?;
    writeln!(out, "          <FRBRsubtype value=\"declaration\"/>")?;
    // The work's number: the declaration's slug.
    writeln!(out, "          <FRBRnumber value=\"{}\"/>", d.slug)?;
    writeln!(out, "          <FRBRname value=\"{}\"/>", Xml(d.title()))?;
    writeln!(out, "        </FRBRWork>\n        <FRBRExpression>")?;
    frbr.write(out, &format!("{expression}/!main"), &expression, None)?;
    writeln!(out, "          <FRBRlanguage language=\"eng\"/>")?;
    writeln!(
        out,
        "        </FRBRExpression>\n        <FRBRManifestation>"
    )?;
    let maker = format!("#{SOURCE_EID}");
    Frbr {
        author: &maker,
        ..frbr
    }
    .write(out, &format!("{expression}/!main.xml"), &expression, None)?;
    writeln!(out, "        </FRBRManifestation>\n      </identification>")
}

/// The elements each FRBR level opens with, in the schema's order.
#[derive(Clone, Copy)]
struct Frbr<'a> {
    date: &'a str,
    author: &'a str,
}

impl Frbr<'_> {
    /// `title` is given for the Work level, where tools read it from `FRBRalias`.
    fn write(self, out: &mut String, this: &str, uri: &str, title: Option<&str>) -> fmt::Result {
        writeln!(out, "          <FRBRthis value=\"{this}\"/>")?;
        writeln!(out, "          <FRBRuri value=\"{uri}\"/>")?;
        if let Some(title) = title {
            writeln!(
                out,
                "          <FRBRalias value=\"{}\" name=\"title\"/>",
                Xml(title)
            )?;
        }
        writeln!(
            out,
            "          <FRBRdate date=\"{}\" name=\"adoption\"/>",
            self.date
        )?;
        writeln!(out, "          <FRBRauthor href=\"{}\"/>", self.author)
    }
}

fn write_classification(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "      <classification source=\"#{SOURCE_EID}\">")?;
    let themes = Theme::ALL.iter().copied().map(|t| {
        (
            "themes",
            t.id(),
            t.name(),
            d.paragraphs_with(t).collect::<Vec<_>>(),
        )
    });
    let instruments = Instrument::ALL.iter().copied().map(|i| {
        (
            "instruments",
            i.id(),
            i.name(),
            d.paragraphs_with(i).collect::<Vec<_>>(),
        )
    });
    for (dictionary, slug, name, paragraphs) in themes.chain(instruments) {
        for p in paragraphs {
            writeln!(
                out,
                "        <keyword value=\"{slug}\" showAs=\"{}\" dictionary=\"{SOURCE_EID}-{dictionary}\" href=\"#{}\"/>",
                Xml(name),
                paragraph_eid(p)
            )?;
        }
    }
    writeln!(out, "      </classification>")
}

/// The `references`: one entry for each referent the text names, and the
/// software that made the document; nothing unused.
fn write_references(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "      <references source=\"#{SOURCE_EID}\">")?;
    let named: BTreeSet<Referent> = d
        .mentions()
        .map(crate::Mention::referent)
        .chain([Referent::from(Entity::EducationMinisters)])
        .filter(|&r| r != Referent::Declaration)
        .collect();
    for r in named {
        let (tag, ontology) = match r {
            Referent::Entity(_) => ("TLCOrganization", "organization"),
            Referent::Meeting(_) | Referent::Summit(_) => ("TLCEvent", "event"),
            Referent::Place(_) => ("TLCLocation", "location"),
            _ => ("TLCConcept", "concept"),
        };
        // The ontology address names the kind too, so that an instrument and a
        // concept of one slug (MOOCs) stay apart.
        let path = r.id().replace(':', "/");
        writeln!(
            out,
            "        <{tag} eId=\"{}\" href=\"/ontology/{ontology}/asem/{path}\" showAs=\"{}\"/>",
            reference_eid(r),
            Xml(r.name())
        )?;
    }
    writeln!(
        out,
        "        <TLCOrganization eId=\"{SOURCE_EID}\" href=\"/ontology/organization/{SOURCE_EID}\" showAs=\"{SOURCE_EID} (Rust crate)\"/>"
    )?;
    writeln!(out, "      </references>")
}

struct Body<'a> {
    out: &'a mut String,
    d: &'a Declaration,
    antecedents: Vec<(String, String)>,
}

impl Outline for Body<'_> {
    fn open(&mut self, section: Section) -> fmt::Result {
        let indent = "  ".repeat(section.depth() + 3);
        writeln!(
            self.out,
            "{indent}<level eId=\"{}\" class=\"{}\">",
            section_eid(section),
            section.slug()
        )?;
        // A heading an anaphor refers to holds its words in an antecedent's
        // span, which the anaphor's `ref` names.
        if heading_is_antecedent(self.d, section) {
            writeln!(
                self.out,
                "{indent}  <heading><span eId=\"{}\" class=\"antecedent\">{}</span></heading>",
                heading_span_eid(section),
                Xml(section.name())
            )
        } else {
            writeln!(
                self.out,
                "{indent}  <heading>{}</heading>",
                Xml(section.name())
            )
        }
    }

    fn close(&mut self, section: Section) -> fmt::Result {
        writeln!(self.out, "{}</level>", "  ".repeat(section.depth() + 3))
    }

    fn paragraph(&mut self, p: &'static Paragraph) -> fmt::Result {
        let out = &mut *self.out;
        let eid = paragraph_eid(p);
        let content = format!("{eid}__p_1");
        write!(
            out,
            "{}<paragraph eId=\"{eid}\"><num>{}.</num><content><p eId=\"{content}\">",
            "  ".repeat(p.section().depth() + 4),
            p.number()
        )?;
        write_content(out, p, &content, &self.antecedents)?;
        writeln!(out, "</p></content></paragraph>")
    }
}

/// Writes the words of `p` into its `p` element, whose eId is `content`, and
/// gives the key and eId of each antecedent it marks.
fn write_content(
    out: &mut String,
    p: &'static Paragraph,
    content: &str,
    antecedents: &[(String, String)],
) -> Result<Vec<(String, String)>, fmt::Error> {
    let mut inlines = Inlines {
        antecedents,
        ..Inlines::new(content)
    };
    inline(p.text(), paragraph_marks(p), p.footnote_refs, |piece| {
        inlines.write(out, piece)
    })?;
    Ok(inlines.marked)
}

/// The eId of every anaphor's antecedent, by the anaphor's key (`Link::key`):
/// each paragraph written once beforehand, so that an anaphor can name an
/// antecedent wherever it stands, with the eIds the document will give it.
fn antecedent_eids(d: &Declaration) -> Result<Vec<(String, String)>, fmt::Error> {
    let mut eids: Vec<(String, String)> = Link::all(d)
        .filter_map(|l| Some((l.key(), heading_span_eid(l.anaphor.antecedent().heading()?))))
        .collect();
    let mut scratch = String::new();
    for p in d.paragraphs() {
        let content = format!("{}__p_1", paragraph_eid(p));
        eids.extend(write_content(&mut scratch, p, &content, &[])?);
        scratch.clear();
    }
    Ok(eids)
}

/// The eId of the span that holds a heading's words, where an anaphor refers
/// to them: the first span of its `level`.
fn heading_span_eid(section: Section) -> String {
    format!("{}__span_1", section_eid(section))
}

/// Writes the inline pieces of one `p`, numbering its elements per name as the
/// convention does: within the `p`, or within the inline element with an eId
/// that holds them (an anaphor's `ref` holding a name).
struct Inlines<'p> {
    /// The eIds of the elements open that number their children (the `p`
    /// first), each with its count of children per name.
    frames: Vec<(String, Vec<(&'static str, usize)>)>,
    /// Each anaphor's key (`Link::key`) and its antecedent's eId.
    antecedents: &'p [(String, String)],
    /// The key and eId of each antecedent written.
    marked: Vec<(String, String)>,
}

impl<'p> Inlines<'p> {
    fn new(parent: &str) -> Inlines<'p> {
        Inlines {
            frames: vec![(parent.to_owned(), Vec::new())],
            antecedents: &[],
            marked: Vec::new(),
        }
    }

    /// The next eId for an element named `name` in the innermost element open.
    fn next_eid(&mut self, name: &'static str) -> String {
        let (parent, counts) = self.frames.last_mut().expect("the p is open");
        let count = if let Some((_, count)) = counts.iter_mut().find(|(n, _)| *n == name) {
            *count += 1;
            *count
        } else {
            counts.push((name, 1));
            1
        };
        format!("{parent}__{name}_{count}")
    }

    /// Opens an element named `name` whose children are numbered within it,
    /// and gives its eId.
    fn open(&mut self, name: &'static str) -> String {
        let eid = self.next_eid(name);
        self.frames.push((eid.clone(), Vec::new()));
        eid
    }

    fn close(&mut self) {
        if self.frames.len() > 1 {
            self.frames.pop();
        }
    }

    fn write(&mut self, out: &mut String, piece: Inline<Mark>) -> fmt::Result {
        match piece {
            Inline::Text(text) => write!(out, "{}", Xml(text)),
            Inline::Note(note) => {
                let eid = self.next_eid("authorialNote");
                let footnote = note.footnote();
                write!(
                    out,
                    "<authorialNote marker=\"{}\" placement=\"bottom\" eId=\"{eid}\"><p eId=\"{eid}__p_1\">",
                    note.footnote().number()
                )?;
                let inner_p = format!("{eid}__p_1");
                let mut inner = Inlines::new(&inner_p);
                inline(
                    footnote.text(),
                    text_marks(footnote.text(), footnote.emphasis),
                    &[],
                    |piece| inner.write(out, piece),
                )?;
                out.write_str("</p></authorialNote>")
            }
            // Words that name several things (a range of meetings) are one
            // element that refers to each; `refersTo` is a list.
            Inline::Open(Mark::Mention(m)) if !first_of_its_words(m) => Ok(()),
            Inline::Close(Mark::Mention(m)) if !first_of_its_words(m) => Ok(()),
            Inline::Open(Mark::Mention(m)) => match element(m.referent()) {
                Some(name) => {
                    let eid = self.open(name);
                    write!(out, "<{name} eId=\"{eid}\" refersTo=\"")?;
                    for (i, other) in same_words(m).enumerate() {
                        let space = if i == 0 { "" } else { " " };
                        write!(out, "{space}#{}", reference_eid(other.referent()))?;
                    }
                    out.write_str("\">")
                }
                None => write!(
                    out,
                    "<ref eId=\"{}\" href=\"{}\">",
                    self.open("ref"),
                    work_uri(m.span.paragraph.document)
                ),
            },
            Inline::Close(Mark::Mention(m)) => {
                self.close();
                write!(out, "</{}>", element(m.referent()).unwrap_or("ref"))
            }
            Inline::Open(Mark::Emphasis) => out.write_str("<i>"),
            Inline::Close(Mark::Emphasis) => out.write_str("</i>"),
            Inline::Open(Mark::Abbr(a)) => write!(out, "<abbr title=\"{}\">", Xml(a.expansion())),
            Inline::Close(Mark::Abbr(_)) => out.write_str("</abbr>"),
            // An anaphor is a `ref` to its antecedent, a `span` whose eId
            // `antecedent_eids` gives.
            Inline::Open(Mark::Anaphor(l)) => {
                let eid = self.open("ref");
                let target = self
                    .antecedents
                    .iter()
                    .find(|(key, _)| *key == l.key())
                    .map_or("", |(_, eid)| eid.as_str());
                write!(
                    out,
                    "<ref eId=\"{eid}\" class=\"anaphor\" href=\"#{target}\">"
                )
            }
            Inline::Close(Mark::Anaphor(_)) => {
                self.close();
                out.write_str("</ref>")
            }
            // A `span` numbers no children: the convention gives it no eId of
            // its own to pass on, and this one is there to be addressed.
            Inline::Open(Mark::Antecedent(l)) => {
                let eid = self.next_eid("span");
                write!(out, "<span eId=\"{eid}\" class=\"antecedent\">")?;
                self.marked.push((l.key(), eid));
                Ok(())
            }
            Inline::Close(Mark::Antecedent(_)) => out.write_str("</span>"),
            // The schema has no element for a clause or a commitment; the JSON,
            // HTML and Web Annotation editions carry them.
            Inline::Open(Mark::Clause(_) | Mark::Commitment(_))
            | Inline::Close(Mark::Clause(_) | Mark::Commitment(_)) => Ok(()),
        }
    }
}

/// The inline element that marks a name; `None` for the declaration itself,
/// which is a `ref` to its own FRBR URI.
fn element(r: Referent) -> Option<&'static str> {
    match r {
        Referent::Entity(_) => Some("organization"),
        Referent::Meeting(_) | Referent::Summit(_) => Some("event"),
        Referent::Place(_) => Some("location"),
        Referent::Declaration => None,
        _ => Some("concept"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_numbered_among_their_siblings() {
        assert_eq!(section_eid(Section::Preamble), "level_nn_1");
        assert_eq!(section_eid(Section::Vision), "level_nn_2");
        assert_eq!(section_eid(Section::Mobility), "level_nn_2__level_nn_1");
        assert_eq!(
            section_eid(Section::TechnologyForInnovation),
            "level_nn_2__level_nn_2__level_nn_2"
        );
        assert_eq!(section_eid(Section::KeyInstruments), "level_nn_3");
        assert_eq!(
            paragraph_eid(crate::para!(10)),
            "level_nn_2__level_nn_2__level_nn_2__para_10"
        );
    }
}
