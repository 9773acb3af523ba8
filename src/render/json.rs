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

use super::Edition;
use super::terms::terms;
use crate::model::run::Run;
use crate::model::span::Spanned;
use crate::model::span::{char_range, utf16_range};
use crate::model::vocabulary::Vocabulary;
use crate::model::vocabulary::sealed::Sealed;
use crate::{
    Acronym, Anaphor, Cited, Clause, Commitment, Date, DateRange, Declaration, Evidence, Footnote,
    FootnoteRef, Grade, Hit, Meeting, Mention, Paragraph, Section, Sentence, Span, Summit, Tag,
};

/// The version of the JSON edition's format and of the CSV data package, a
/// semantic version of its own: a new field is a minor version, a changed or
/// removed one a major version.
///
/// ```
/// assert_eq!(asem_seoul_declaration::FORMAT_VERSION, "3.0.0");
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub const FORMAT_VERSION: &str = "3.0.0";

/// The JSON Schema (draft 2020-12) of the JSON edition, every property
/// described: the file `editions/seoul-declaration.schema.json`, included.
///
/// ```
/// assert!(asem_seoul_declaration::JSON_SCHEMA.contains("https://json-schema.org/draft/2020-12/schema"));
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub const JSON_SCHEMA: &str = include_str!("../../editions/seoul-declaration.schema.json");

/// The value of the edition's `format` field.
const FORMAT: &str = env!("CARGO_PKG_NAME");

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
        let chars = char_range(host, bytes.clone());
        let utf16 = utf16_range(host, bytes.clone());
        Offsets {
            start: chars.start,
            end: chars.end,
            utf16: [utf16.start, utf16.end],
            utf8: [bytes.start, bytes.end],
        }
    }

    fn of(span: Span) -> Offsets {
        Offsets::new(span.paragraph().text(), span.range())
    }
}

/// Words and where they stand.
#[derive(Serialize)]
struct Located {
    text: &'static str,
    span: Offsets,
}

impl Located {
    fn of(span: Span) -> Located {
        Located {
            text: span.text(),
            span: Offsets::of(span),
        }
    }

    fn run(host: &str, run: Run) -> Located {
        Located {
            text: run.text,
            span: Offsets::new(host, run.range()),
        }
    }
}

/// `{"paragraph": 6, "text": "Erasmus+", "span": {...}}`: the words, their
/// paragraph, and where they stand in it.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("paragraph", &self.paragraph().number())?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("span", &Offsets::of(*self))?;
        map.end()
    }
}

/// A heading's record: its id, title, place in the outline and paragraphs.
#[derive(Serialize)]
struct SectionRecord {
    id: Section,
    title: &'static str,
    parent: Option<Section>,
    depth: usize,
    paragraphs: Vec<u8>,
}

/// The series of meetings, without its meetings (listed apart).
#[derive(Serialize)]
struct SeriesRecord {
    name: &'static str,
    acronym: &'static str,
    origin: &'static Summit,
}

/// What each of a span's numbers counts.
#[derive(Serialize)]
struct SpanUnits {
    start: &'static str,
    end: &'static str,
    utf16: &'static str,
    utf8: &'static str,
}

/// The licence of the data, and the status of the text.
#[derive(Serialize)]
struct License {
    id: &'static str,
    name: &'static str,
    url: &'static str,
    covers: &'static str,
    text_status: &'static str,
}

/// Where the text was published, when it was adopted, and the file it was
/// checked against.
#[derive(Serialize)]
struct Source {
    /// What kind of document it is, as the HTML page and `CITATION.cff` say.
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'static str,
    author: &'static str,
    publisher: &'static str,
    url: &'static str,
    meeting_first_day: Option<Date>,
    meeting_last_day: Option<Date>,
    adopted: Date,
    file: &'static str,
    sha256: &'static str,
}

/// The licence's record for the JSON edition.
fn license_record(d: &Declaration) -> License {
    License {
        id: d.publication.license,
        name: d.publication.license_name,
        url: d.publication.license_url,
        covers: d.publication.license_scope,
        text_status: d.publication.text_status,
    }
}

const SPAN_UNITS: SpanUnits = SpanUnits {
    start: "Unicode code point",
    end: "Unicode code point",
    utf16: "UTF-16 code unit",
    utf8: "byte",
};

/// The source's record for the JSON edition.
fn source_record(d: &Declaration) -> Source {
    let dates = d.meeting().dates();
    Source {
        kind: "report",
        title: d.title(),
        author: d.meeting().name(),
        publisher: d.publisher(),
        url: d.published_at(),
        meeting_first_day: dates.map(DateRange::first),
        meeting_last_day: dates.map(DateRange::last),
        adopted: d.adopted(),
        file: d.publication.source_file,
        sha256: d.publication.source_sha256,
    }
}

/// Every heading's record, in the outline's order.
fn section_records(d: &Declaration) -> Vec<SectionRecord> {
    Section::ALL
        .iter()
        .copied()
        .map(|id| SectionRecord {
            id,
            title: id.name(),
            parent: id.parent(),
            depth: id.depth(),
            paragraphs: d.paragraphs_in(id).iter().map(Paragraph::number).collect(),
        })
        .collect()
}

/// Serializes as the declaration: its `title`, `subtitle`, `cover_lines`,
/// `meeting`, `series`, `sections`, `paragraphs`, `commitments`,
/// `footnotes`, `meetings` and `acronyms`, in the shapes of the JSON
/// edition. [`Declaration::json_edition`] adds what the edition says of
/// itself.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let json = serde_json::to_value(declaration()).unwrap();
/// assert_eq!(json["paragraphs"].as_array().unwrap().len(), 16);
/// assert!(json.get("format").is_none());
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Declaration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        serialize_entries(self, &mut map)?;
        map.end()
    }
}

/// [`Declaration::json_edition`].
pub(crate) fn json_edition(d: &Declaration) -> impl Serialize + '_ {
    Envelope(d)
}

/// The declaration's own entries, which both it and the edition write.
fn serialize_entries<M: SerializeMap>(d: &Declaration, map: &mut M) -> Result<(), M::Error> {
    let commitments: Vec<&Commitment> = d.commitments().collect();
    map.serialize_entry("title", d.title())?;
    map.serialize_entry("subtitle", d.subtitle())?;
    map.serialize_entry("cover_lines", d.cover_lines())?;
    map.serialize_entry("meeting", d.meeting())?;
    map.serialize_entry(
        "series",
        &SeriesRecord {
            name: d.series().name(),
            acronym: d.series().acronym(),
            origin: d.series().origin(),
        },
    )?;
    map.serialize_entry("sections", &section_records(d))?;
    map.serialize_entry("paragraphs", d.paragraphs())?;
    map.serialize_entry("commitments", &commitments)?;
    map.serialize_entry("footnotes", d.footnotes())?;
    map.serialize_entry("meetings", d.series().meetings())?;
    map.serialize_entry("acronyms", &Glossary)
}

/// The JSON edition: what it says of itself around the declaration.
struct Envelope<'d>(&'d Declaration);

impl Serialize for Envelope<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("format", FORMAT)?;
        map.serialize_entry("version", FORMAT_VERSION)?;
        map.serialize_entry("data_version", d.publication.data_version)?;
        map.serialize_entry("license", &license_record(d))?;
        map.serialize_entry("source", &source_record(d))?;
        map.serialize_entry("source_sha256", d.publication.source_sha256)?;
        map.serialize_entry("span_units", &SPAN_UNITS)?;
        map.serialize_entry("codebook", &Edition::Codebook.path(d))?;
        serialize_entries(d, &mut map)?;
        map.serialize_entry("vocabularies", &Terms(d))?;
        map.end()
    }
}

/// Every id any edition uses, with its name, description and linked ids.
struct Terms<'d>(&'d Declaration);

impl Serialize for Terms<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct TermRecord {
            id: &'static str,
            kind: &'static str,
            name: &'static str,
            label: &'static str,
            description: &'static str,
            same_as: Vec<&'static str>,
        }
        let terms = terms(self.0);
        let mut seq = serializer.serialize_seq(Some(terms.len()))?;
        for t in terms {
            seq.serialize_element(&TermRecord {
                id: t.id,
                kind: t.kind,
                name: t.name,
                label: t.label,
                description: t.description,
                same_as: t.same_as,
            })?;
        }
        seq.end()
    }
}

/// Serializes as the paragraph object of the JSON edition: `number`, `section`,
/// `text`, and its `themes`, `instruments`, `mentions`, `clauses`, `sentences`,
/// `footnotes` and `emphasis`, each with its spans.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Paragraph {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let tags = |kind: fn(Tag) -> bool| tag_records(self.evidence(), kind);
        let emphasis: Vec<Located> = self
            .emphasis
            .iter()
            .map(|&run| Located::run(self.text(), run))
            .collect();
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("number", &self.number())?;
        map.serialize_entry("section", &self.section())?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("themes", &tags(|t| matches!(t, Tag::Theme(_))))?;
        map.serialize_entry("instruments", &tags(|t| matches!(t, Tag::Instrument(_))))?;
        map.serialize_entry("priorities", &tags(|t| matches!(t, Tag::Priority(_))))?;
        map.serialize_entry("mentions", self.mentions)?;
        map.serialize_entry("clauses", self.clauses)?;
        map.serialize_entry("sentences", self.sentences)?;
        map.serialize_entry("footnotes", self.footnote_refs)?;
        map.serialize_entry("emphasis", &emphasis)?;
        map.serialize_entry("anaphors", self.anaphors)?;
        map.end()
    }
}

/// A tag as a paragraph or a commitment lists it: `{"id": "theme:equity",
/// "evidence": {"text": ..., "span": {...}}}`.
#[derive(Serialize)]
struct TagRecord {
    id: Tag,
    evidence: Located,
}

/// The tags of `evidence` of the kind `kind` holds for.
fn tag_records<'e>(
    evidence: impl Iterator<Item = &'e Evidence>,
    kind: fn(Tag) -> bool,
) -> Vec<TagRecord> {
    evidence
        .filter(|e| kind(e.tag()))
        .map(|e| TagRecord {
            id: e.tag(),
            evidence: Located::of(e.span()),
        })
        .collect()
}

/// `{"tag": "theme:equity", "paragraph": 10, "text": ..., "span": {...}}`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Evidence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("tag", &self.tag())?;
        map.serialize_entry("paragraph", &self.paragraph().number())?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("span", &Offsets::of(self.span()))?;
        map.end()
    }
}

/// The id: `"theme:equity"`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Tag {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// The id: `"obligation:firm"`, `"force:urge"`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Grade {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// `{"text": ..., "referent": "entity:asef", "span": {...}}`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Mention {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("referent", &self.referent())?;
        map.serialize_entry("span", &Offsets::of(self.span()))?;
        map.end()
    }
}

/// `{"text", "verb", "form", "stance", "addressees", "sentence", "span",
/// "scope"}`: the verb phrase, its ids, the sentence's number, and the words
/// the verb governs with their span.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Clause {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(9))?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("verb", &self.verb())?;
        map.serialize_entry("form", &self.form())?;
        map.serialize_entry("stance", &self.stance())?;
        map.serialize_entry("addressees", self.addressees())?;
        map.serialize_entry("sentence", &self.sentence().number())?;
        map.serialize_entry("span", &Offsets::of(self.span()))?;
        map.serialize_entry("scope", &Located::of(self.scope()))?;
        map.serialize_entry("exclusion", &self.exclusion())?;
        map.end()
    }
}

/// `{"text": "this issue", "span": {...}, "kind": "anaphor-kind:description",
/// "antecedent": {"paragraph": 10, "section": null, "text": ..., "span":
/// {...}}}`: the antecedent's span counts in its own paragraph's text; a
/// heading antecedent has its section and no paragraph or span.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Anaphor {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("span", &Offsets::of(self.span()))?;
        map.serialize_entry("kind", &self.kind())?;
        map.serialize_entry("antecedent", &AntecedentRecord::of(self.antecedent()))?;
        map.end()
    }
}

/// What an anaphor refers to: words of a paragraph, named by its number, or
/// a heading, named by its section.
#[derive(Serialize)]
struct AntecedentRecord {
    paragraph: Option<u8>,
    section: Option<Section>,
    text: &'static str,
    span: Option<Offsets>,
}

impl AntecedentRecord {
    fn of(antecedent: crate::Antecedent) -> AntecedentRecord {
        let words = antecedent.words();
        AntecedentRecord {
            paragraph: words.map(|w| w.paragraph().number()),
            section: antecedent.heading(),
            text: antecedent.text(),
            span: words.map(Offsets::of),
        }
    }
}

/// `{"number": 3, "text": ..., "span": {...}}`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Sentence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("number", &self.number())?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("span", &Offsets::of(self.span()))?;
        map.end()
    }
}

/// `{"id": "commitment:10-2", "paragraph", "kind", "actor", "actor_words",
/// "stated_obligation", "stated_force", "hedges", "intensifiers",
/// "obligation", "force", "action_specific", "object_specific",
/// "measurable", "precision", "delegation", "delegated_to", "g7_commitment",
/// "clause", "sentence", "text", "span", "object", "target", "timeframe",
/// "antecedent", "themes", "priorities"}`: the text and span are its action;
/// the words are `null` (or, for hedges and intensifiers, empty) where they
/// do not apply or the text gives none, and so are the grades of the other
/// kind, the delegation and the G7 number.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Commitment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let clause = self
            .paragraph()
            .clauses()
            .position(|c| c == self.clause())
            .map_or(0, |i| i + 1);
        let antecedent = self.antecedent().map(AntecedentRecord::of);
        let mut map = serializer.serialize_map(Some(28))?;
        map.serialize_entry("id", &self.id())?;
        map.serialize_entry("paragraph", &self.paragraph().number())?;
        map.serialize_entry("kind", &self.kind())?;
        map.serialize_entry("actor", &self.actor())?;
        map.serialize_entry("actor_words", &self.actor_words().map(Located::of))?;
        map.serialize_entry("stated_obligation", &self.stated_grade().obligation())?;
        map.serialize_entry("stated_force", &self.stated_grade().force())?;
        map.serialize_entry(
            "hedges",
            &self.hedges().map(Located::of).collect::<Vec<_>>(),
        )?;
        map.serialize_entry(
            "intensifiers",
            &self.intensifiers().map(Located::of).collect::<Vec<_>>(),
        )?;
        map.serialize_entry("obligation", &self.obligation())?;
        map.serialize_entry("force", &self.force())?;
        map.serialize_entry("action_specific", &self.action_specific())?;
        map.serialize_entry("object_specific", &self.object_specific())?;
        map.serialize_entry("measurable", &self.measurable())?;
        map.serialize_entry("precision", &self.precision())?;
        map.serialize_entry("delegation", &self.delegation())?;
        map.serialize_entry("delegated_to", &self.delegated_to().map(Located::of))?;
        map.serialize_entry("g7_commitment", &self.g7_commitment())?;
        map.serialize_entry("clause", &clause)?;
        map.serialize_entry("sentence", &self.sentence().number())?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("span", &Offsets::of(self.span()))?;
        map.serialize_entry("object", &self.object().map(Located::of))?;
        map.serialize_entry("target", &self.target().map(Located::of))?;
        map.serialize_entry("timeframe", &self.timeframe().map(Located::of))?;
        map.serialize_entry("antecedent", &antecedent)?;
        map.serialize_entry("themes", &self.themes().collect::<Vec<_>>())?;
        map.serialize_entry("priorities", &self.priorities().collect::<Vec<_>>())?;
        map.end()
    }
}

/// `{"number": 1, "text": <the words it follows>, "span": {...}}`; the marker
/// stands at the span's end.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for FootnoteRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("number", &self.footnote().number())?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("span", &Offsets::of(self.span()))?;
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
            .map(|&run| Located::run(self.text(), run))
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
        map.serialize_entry("id", self.id())?;
        map.serialize_entry("ordinal", &self.ordinal())?;
        map.serialize_entry("acronym", self.acronym())?;
        map.serialize_entry("name", self.name())?;
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

/// `{"id": "summit:asem6", "ordinal": 6, "name": "6th ASEM Summit", "city":
/// "Helsinki", "year": 2006}`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Summit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(5))?;
        map.serialize_entry("id", self.id())?;
        map.serialize_entry("ordinal", &self.ordinal())?;
        map.serialize_entry("name", self.name())?;
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
        serializer.collect_seq(Acronym::ALL.iter().copied().map(|a| Entry {
            id: a,
            acronym: a.name(),
            forms: a.forms(),
            expansion: a.expansion(),
            expanded_in: a.expanded_in().map(Paragraph::number),
        }))
    }
}

/// `{"paragraph": 6, "text": "Erasmus+", "span": {...}}`, as its [`Span`].
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Hit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.span().serialize(serializer)
    }
}

/// One shape for every kind: `{"paragraphs": [6, 7], "sentence": null,
/// "footnotes": []}`, `{"paragraphs": [10], "sentence": 3, "footnotes": []}` or
/// `{"paragraphs": [], "sentence": null, "footnotes": [1]}`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Cited {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (paragraphs, sentence, footnotes): (Vec<u8>, Option<u8>, Vec<u8>) = match *self {
            Cited::Paragraphs(ps) => (ps.iter().map(Paragraph::number).collect(), None, Vec::new()),
            Cited::Sentence(s) => (vec![s.paragraph().number()], Some(s.number()), Vec::new()),
            Cited::Footnote(note) => (Vec::new(), None, vec![note.number()]),
        };
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("paragraphs", &paragraphs)?;
        map.serialize_entry("sentence", &sentence)?;
        map.serialize_entry("footnotes", &footnotes)?;
        map.end()
    }
}
