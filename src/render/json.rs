//! The JSON edition, through serde: the shape every record serializes to.
//!
//! One shape per field, ids as strings, empty lists rather than nulls, keys in
//! a fixed order. Every span is an object next to the text it covers, with its
//! offsets in the three units programs index strings by: `start` and `end` in
//! Unicode code points, `utf16` in UTF-16 code units, `utf8` in bytes, all
//! counted within the `text` of the paragraph (or footnote) that holds it.

use std::ops::Range;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use super::{terms, Term};
use crate::span::{self, Span};
use crate::{
    Acronym, Citation, Cited, Clause, Date, DateRange, Declaration, Evidence, Footnote,
    FootnoteRef, Hit, Meeting, Mention, Paragraph, Section, Summit,
};

/// The version of the JSON edition's format and of the CSV data package, a
/// semantic version of its own: a new field is a minor version, a changed or
/// removed one a major version.
///
/// ```
/// assert_eq!(asem_seoul_declaration::FORMAT_VERSION, "1.0.0");
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub const FORMAT_VERSION: &str = "1.0.0";

/// The JSON Schema (draft 2020-12) of the JSON edition, every property
/// described; the same file as `editions/seoul-declaration.schema.json`.
///
/// ```
/// assert!(asem_seoul_declaration::JSON_SCHEMA.contains("https://json-schema.org/draft/2020-12/schema"));
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub const JSON_SCHEMA: &str = include_str!("seoul-declaration.schema.json");

/// The value of the edition's `format` field.
const FORMAT: &str = "asem-seoul-declaration";

/// Where a run of a text stands, in every unit.
#[derive(Serialize)]
struct Offsets {
    start: usize,
    end: usize,
    utf16: [usize; 2],
    utf8: [usize; 2],
}

impl Offsets {
    fn new(host: &str, bytes: Range<usize>) -> Offsets {
        let chars = span::char_range(host, bytes.clone());
        let utf16 = span::utf16_range(host, bytes.clone());
        Offsets {
            start: chars.start,
            end: chars.end,
            utf16: [utf16.start, utf16.end],
            utf8: [bytes.start, bytes.end],
        }
    }
}

/// Words and where they stand in `host`.
#[derive(Serialize)]
struct Located {
    text: &'static str,
    span: Offsets,
}

impl Located {
    fn new(host: &str, span: Span) -> Located {
        Located {
            text: span.text,
            span: Offsets::new(host, span.range()),
        }
    }
}

/// Serializes as the edition: `format`, `version`, `source_sha256`, the
/// metadata, `sections`, `paragraphs`, `footnotes`, `meetings`, `acronyms` and
/// `vocabularies`; see [`JSON_SCHEMA`](crate::JSON_SCHEMA).
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Declaration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct SectionRecord {
            id: Section,
            title: &'static str,
            parent: Option<Section>,
            depth: usize,
            paragraphs: Vec<u8>,
        }
        #[derive(Serialize)]
        struct SeriesRecord {
            name: &'static str,
            acronym: &'static str,
            origin: &'static Summit,
        }
        #[derive(Serialize)]
        struct SpanUnits {
            start: &'static str,
            end: &'static str,
            utf16: &'static str,
            utf8: &'static str,
        }
        let sections: Vec<SectionRecord> = Section::iter()
            .map(|id| SectionRecord {
                id,
                title: id.title(),
                parent: id.parent(),
                depth: id.depth(),
                paragraphs: self
                    .paragraphs_in(id)
                    .iter()
                    .map(Paragraph::number)
                    .collect(),
            })
            .collect();
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("format", FORMAT)?;
        map.serialize_entry("version", FORMAT_VERSION)?;
        map.serialize_entry("source_sha256", crate::SOURCE_SHA256)?;
        map.serialize_entry(
            "span_units",
            &SpanUnits {
                start: "Unicode code point",
                end: "Unicode code point",
                utf16: "UTF-16 code unit",
                utf8: "byte",
            },
        )?;
        map.serialize_entry("title", self.title())?;
        map.serialize_entry("subtitle", self.subtitle())?;
        map.serialize_entry("cover_lines", self.cover_lines())?;
        map.serialize_entry("meeting", self.meeting())?;
        map.serialize_entry(
            "series",
            &SeriesRecord {
                name: self.series().name(),
                acronym: self.series().acronym(),
                origin: self.series().origin(),
            },
        )?;
        map.serialize_entry("sections", &sections)?;
        map.serialize_entry("paragraphs", self.paragraphs())?;
        map.serialize_entry("footnotes", self.footnotes())?;
        map.serialize_entry("meetings", self.series().meetings())?;
        map.serialize_entry("acronyms", &Glossary)?;
        map.serialize_entry("vocabularies", &Terms(terms(self)))?;
        map.end()
    }
}

struct Terms(Vec<Term>);

impl Serialize for Terms {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct TermRecord<'a> {
            id: &'a str,
            kind: &'a str,
            name: &'a str,
            description: &'a str,
        }
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for t in &self.0 {
            seq.serialize_element(&TermRecord {
                id: &t.id,
                kind: t.kind,
                name: &t.name,
                description: &t.description,
            })?;
        }
        seq.end()
    }
}

/// Serializes as the paragraph object of the JSON edition: `number`, `section`,
/// `text`, and its `themes`, `instruments`, `mentions`, `clauses`, `footnotes`
/// and `emphasis`, each with its spans.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Paragraph {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Tag<T> {
            id: T,
            evidence: Evidence,
        }
        let emphasis: Vec<Located> = self
            .emphasis
            .iter()
            .map(|&s| Located::new(self.text(), s))
            .collect();
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("number", &self.number())?;
        map.serialize_entry("section", &self.section())?;
        map.serialize_entry("text", self.text())?;
        let themes: Vec<_> = self
            .theme_evidence()
            .map(|(id, evidence)| Tag { id, evidence })
            .collect();
        map.serialize_entry("themes", &themes)?;
        let instruments: Vec<_> = self
            .instrument_evidence()
            .map(|(id, evidence)| Tag { id, evidence })
            .collect();
        map.serialize_entry("instruments", &instruments)?;
        map.serialize_entry("mentions", self.mentions())?;
        map.serialize_entry("clauses", self.clauses())?;
        map.serialize_entry("footnotes", self.footnotes())?;
        map.serialize_entry("emphasis", &emphasis)?;
        map.end()
    }
}

/// `{"text": ..., "span": {...}}`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Evidence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Located {
            text: self.text(),
            span: Offsets::new(self.paragraph().text(), self.range()),
        }
        .serialize(serializer)
    }
}

/// `{"text": ..., "referent": "entity:asef", "span": {...}}`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Mention {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("referent", &self.referent())?;
        map.serialize_entry("span", &Offsets::new(self.paragraph().text(), self.range()))?;
        map.end()
    }
}

/// `{"text", "verb", "form", "stance", "addressees", "span"}`, each a string id
/// but the span.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Clause {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(6))?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("verb", &self.verb())?;
        map.serialize_entry("form", &self.form())?;
        map.serialize_entry("stance", &self.stance())?;
        map.serialize_entry("addressees", self.addressees())?;
        map.serialize_entry("span", &Offsets::new(self.paragraph().text(), self.range()))?;
        map.end()
    }
}

/// `{"number": 1, "text": <the words it follows>, "span": {...}}`; the marker
/// stands at the span's end.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for FootnoteRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("number", &self.number())?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("span", &Offsets::new(self.paragraph().text(), self.range()))?;
        map.end()
    }
}

/// `{"number", "paragraph", "text", "emphasis"}`, the emphasis spans counted in
/// the footnote's own text.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Footnote {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let emphasis: Vec<Located> = self
            .emphasis
            .iter()
            .map(|&s| Located::new(self.text(), s))
            .collect();
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("number", &self.number())?;
        map.serialize_entry("paragraph", &self.paragraph().number())?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("emphasis", &emphasis)?;
        map.end()
    }
}

/// `{"id": "meeting:asemme6", "ordinal", "acronym", "name", "city", "year",
/// "theme", "first_day", "last_day", "country", "venue", "host"}`, every field
/// a string or a number; the facts the declaration gives for its own meeting
/// only are `null` for the others, so that a table of meetings has the same
/// columns for each.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Meeting {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(12))?;
        map.serialize_entry("id", &crate::Referent::from(self))?;
        map.serialize_entry("ordinal", &self.ordinal())?;
        map.serialize_entry("acronym", self.acronym())?;
        map.serialize_entry("name", &self.name())?;
        map.serialize_entry("city", self.city())?;
        map.serialize_entry("year", &self.year())?;
        map.serialize_entry("theme", self.theme())?;
        map.serialize_entry("first_day", &self.dates().map(DateRange::first))?;
        map.serialize_entry("last_day", &self.dates().map(DateRange::last))?;
        map.serialize_entry("country", &self.country())?;
        map.serialize_entry("venue", &self.venue())?;
        map.serialize_entry("host", &self.host())?;
        map.end()
    }
}

/// `{"id": "summit:asem6", "ordinal": 6, "city": "Helsinki", "year": 2006}`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Summit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("id", &crate::Referent::from(self))?;
        map.serialize_entry("ordinal", &self.ordinal())?;
        map.serialize_entry("city", self.city())?;
        map.serialize_entry("year", &self.year())?;
        map.end()
    }
}

/// `{"first": "2017-11-21", "last": "2017-11-22"}`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for DateRange {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("first", &self.first())?;
        map.serialize_entry("last", &self.last())?;
        map.end()
    }
}

/// ISO 8601: `"2017-11-21"`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The glossary entry of an acronym (the acronym itself serializes as its id):
/// `{"id": "acronym:moocs", "acronym": "MOOCs", "forms": [...], "expansion":
/// ..., "expanded_in": 10}`, `expanded_in` `null` where the text does not spell
/// it out.
struct Glossary;

impl Serialize for Glossary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Entry {
            id: Acronym,
            acronym: &'static str,
            forms: &'static [&'static str],
            expansion: &'static str,
            expanded_in: Option<u8>,
        }
        serializer.collect_seq(Acronym::iter().map(|a| Entry {
            id: a,
            acronym: a.name(),
            forms: a.forms(),
            expansion: a.expansion(),
            expanded_in: a.expanded_in().map(Paragraph::number),
        }))
    }
}

/// `{"paragraph": 6, "text": "Erasmus+", "span": {...}}`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Hit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("paragraph", &self.paragraph().number())?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("span", &Offsets::new(self.paragraph().text(), self.range()))?;
        map.end()
    }
}

/// One shape for both kinds: `{"paragraphs": [6, 7], "footnotes": []}` or
/// `{"paragraphs": [], "footnotes": [1]}`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Cited {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (paragraphs, footnotes): (Vec<u8>, Vec<u8>) = match *self {
            Cited::Paragraphs(ps) => (ps.iter().map(Paragraph::number).collect(), Vec::new()),
            Cited::Footnote(note) => (Vec::new(), vec![note.number()]),
        };
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("paragraphs", &paragraphs)?;
        map.serialize_entry("footnotes", &footnotes)?;
        map.end()
    }
}

/// As it displays: `"Seoul Declaration (ASEMME6, 2017), para. 10"`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Citation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// From anything [`Citation`]'s `FromStr` accepts.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> serde::Deserialize<'de> for Citation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::vocabulary::deserialize_parsed(deserializer)
    }
}
