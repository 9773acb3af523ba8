//! The Seoul Declaration of the 6th ASEM Education Ministers' Meeting (ASEMME6,
//! Seoul, 21-22 November 2017) as typed, verbatim data, with an analyst's reading
//! of it and editions for every other tool.
//!
//! The declaration's 16 paragraphs, its headings, its footnote, the meeting that
//! adopted it and the series of meetings before it are Rust statics compiled into
//! your program: nothing is parsed or built when you reach them. Each paragraph is
//! tagged with the [`Theme`]s it addresses and the [`Instrument`]s it names, each
//! tag backed by the words that justify it; every name is a [`Mention`], every
//! clause of the ministers a [`Clause`] graded by [`Stance`].
//!
//! # Where to start
//!
//! | to work with | start at |
//! | --- | --- |
//! | the document: text, headings, footnote, meetings | [`declaration()`], [`Declaration`], [`Paragraph`], [`Section`], [`Footnote`], [`meetings()`], [`series()`], [`para!`] |
//! | queries: lookups, filters, search | [`Declaration::paragraph`], [`Declaration::paragraphs_in`], [`Declaration::paragraphs_with_theme`], [`Declaration::paragraphs_with_instrument`], [`Declaration::search`] |
//! | the analyst's layer: tags, names, clauses, acronyms | [`Theme`], [`Instrument`], [`Evidence`], [`Mention`], [`Referent`], [`Clause`], [`Stance`], [`Acronym`], [`expand`], and "How the tags are decided" below |
//! | citations | [`Citation`], [`find_citations`], [`Declaration::resolve`] |
//! | exports | [`Declaration::to_plain_text`], [`Declaration::to_markdown`], [`Declaration::to_html`], [`Declaration::to_akoma_ntoso`], [`Declaration::theme_map_svg`], [`Declaration::tables`], and the JSON edition through serde ([`JSON_SCHEMA`]) |
//!
//! ```
//! use asem_seoul_declaration::{declaration, Section, Theme};
//!
//! let d = declaration();
//! assert_eq!(d.meeting().acronym(), "ASEMME6");
//!
//! // One paragraph, verbatim.
//! let p10 = d.paragraph(10)?;
//! assert!(p10.text().starts_with("Taking note of the great potential of ICT"));
//!
//! // Paragraphs by heading and by theme, each tag with its evidence.
//! assert_eq!(d.paragraphs_in(Section::Mobility).len(), 2);
//! let on_equity: Vec<u8> = d.paragraphs_with_theme(Theme::Equity).map(|p| p.number()).collect();
//! assert_eq!(on_equity, [10]);
//! assert_eq!(p10.evidence_for(Theme::Equity).unwrap().text(), "equity and accessibility in education");
//!
//! // Case-insensitive search, with ranges in bytes, code points and UTF-16.
//! for hit in d.search("lifelong learning")? {
//!     assert_eq!(hit.text().to_lowercase(), "lifelong learning");
//! }
//! # Ok::<(), asem_seoul_declaration::Error>(())
//! ```
//!
//! ```
//! use asem_seoul_declaration::{declaration, find_citations, para, Citation, Entity, Stance};
//!
//! let d = declaration();
//! let calls: Vec<&str> = d.clauses().filter(|c| c.stance() == Stance::Call).map(|c| c.text()).collect();
//! assert!(calls.contains(&"We invite"));
//! assert_eq!(d.mentions_of(Entity::EuropeanUnion).count(), 1);
//! let cite: Citation = "¶ 10".parse()?;
//! assert_eq!(cite.to_string(), "Seoul Declaration (ASEMME6, 2017), para. 10");
//! assert_eq!(find_citations("as paras. 6, 8 and 9 say").count(), 3);
//! assert_eq!(para!(10).number(), 10);
//! # Ok::<(), asem_seoul_declaration::Error>(())
//! ```
//!
//! # The declaration at a glance
//!
//! Which paragraph addresses which theme ([`Declaration::theme_map_svg`]; each
//! dot links to its paragraph's anchor, `#para-N`, as the HTML edition names
//! it, and carries the words that justify the tag as its description):
//!
#![doc = include_str!("../editions/theme-map.svg")]
//!
//! # Editions
//!
//! Every edition keeps every word of the source in order; the repository
//! checks them in under `editions/` and CI opens each with real clients of its
//! format.
//!
//! | format | method | command | in `editions/` | opened in CI by |
//! | --- | --- | --- | --- | --- |
//! | plain text | `Declaration::to_plain_text`, `to_plain_text_wrapped(width)`, `Display` | `cargo run --example declaration` | `seoul-declaration.txt` | the tests: every word in order, lines of at most 80 characters |
//! | Markdown | `Declaration::to_markdown`, `Paragraph::to_markdown` | `cargo run --example declaration -- --format markdown` | `seoul-declaration.md` | cmark-gfm (GitHub), markdown-it, Python-Markdown |
//! | HTML | `Declaration::to_html`, `Paragraph::to_html` | `cargo run --example declaration -- --format html` | `seoul-declaration.html` | Chromium with axe-core |
//! | Akoma Ntoso XML | `Declaration::to_akoma_ntoso` | `cargo run --example declaration -- --format akn` | `seoul-declaration.akn.xml` | xmllint with the OASIS schema, cobalt, bluebell |
//! | JSON | `serde_json::to_string(declaration())` (feature `serde`), schema `JSON_SCHEMA` | `cargo run --example declaration -- --format json` | `seoul-declaration.json`, `seoul-declaration.schema.json` | jsonschema, Python, pandas, Node, R |
//! | CSV data package | `Declaration::tables` | `cargo run --example datapackage -- DIR` | `datapackage/` | frictionless, Python, pandas, Node, R |
//! | theme map (SVG) | `Declaration::theme_map_svg` | `cargo run --example declaration -- --format svg` | `theme-map.svg` | the tests: well-formed, a dot per tag |
//!
//! # API
//!
//! | item | what it gives |
//! | --- | --- |
//! | `declaration() -> &'static Declaration` | the document |
//! | `meetings()`, `series()` | ASEMME1 (Berlin, 2008) to ASEMME6 (Seoul, 2017), from footnote 1; the series and its origin, the 6th ASEM Summit (Helsinki, 2006) |
//! | `Declaration::title`, `subtitle`, `cover_lines`, `meeting`, `source` | the cover and the embedded original |
//! | `Declaration::paragraphs`, `paragraph(n)`, `footnotes`, `para!(n)` | the 16 paragraphs and the footnote; `para!` works in `const` context, and `para!(17)` does not compile |
//! | `Declaration::paragraphs_in(Section)` | a heading's paragraphs, sub-headings included, as a slice |
//! | `Declaration::paragraphs_with_theme(Theme)`, `paragraphs_with_instrument(Instrument)` | tagged paragraphs, in order |
//! | `Declaration::search(impl AsRef<str>)` | case-insensitive matches as `Hit`s (`Copy`), which do not borrow the query |
//! | `Paragraph::number`, `text`, `section`, `themes`, `instruments`, `footnotes`, `emphasis` | one paragraph; paragraphs order by number |
//! | `Paragraph::theme_evidence`, `instrument_evidence`, `evidence_for(Theme)`, `instrument_evidence_for(Instrument)` | each tag with its `Evidence`: the words and where they stand |
//! | `Paragraph::mentions`, `Declaration::mentions`, `mentions_of(impl Into<Referent>)` | `Mention`s: `text`, `referent`, `paragraph` |
//! | `Paragraph::clauses`, `Declaration::clauses`, `clauses_at_least(Stance)`, `clauses_on(Theme)` | `Clause`s: `text`, `verb`, `stance`, `form`, `addressees` |
//! | `range`, `char_range`, `utf16_range` of `Mention`, `Clause`, `Evidence`, `FootnoteRef`, `Hit` | where the words stand, in bytes, code points and UTF-16 code units |
//! | `Referent` | what a name refers to; its id through `Display` and `FromStr` (`entity:asef`), `names`, `name`, `kind` |
//! | `Section`, `Theme`, `Instrument`, `Entity`, `Place`, `Concept`, `Stance`, `Verb`, `ClauseForm`, `Acronym` | `ALL`, `iter()`, `name()`, `slug()`, `id()`, `description()`, `Display`, and `FromStr` from a name, slug or id in any case |
//! | `expand(&str)`, `Acronym::expansion`, `forms`, `expanded_in` | the glossary of the acronyms the text writes |
//! | `Citation`, `Citation::resolve`, `find_citations(&str)` | parse and format "Seoul Declaration (ASEMME6, 2017), para. 10"; find every citation in running prose |
//! | `Meeting`, `Summit`, `Date`, `DateRange` | the meetings' facts; dates display and serialize as ISO 8601 |
//! | `Declaration::tables` | the data package's tables, with their fields, keys and rows |
//! | `Error` | every failure; each message says what was given and what is accepted |
//!
//! Filters return iterators that run both ways, stay ended and can be cloned;
//! no trait from another crate is needed for any of it.
//!
//! # Ids and offsets
//!
//! Every named thing has one id, `KIND:SLUG`: [`Theme::id`] gives
//! `theme:equity`, [`Referent`] displays as `entity:asef`, `meeting:asemme6`,
//! `summit:asem6` or `declaration:seoul-declaration`; the same ids name things
//! in the JSON and CSV editions, and serde writes and reads them. A vocabulary
//! parses from its display name, its slug or its id.
//!
//! Every annotation knows where it stands in its paragraph's text in the three
//! units programs index strings by: `range()` in bytes (Rust), `char_range()`
//! in Unicode code points (Python, R, the W3C Web Annotation
//! `TextPositionSelector`) and `utf16_range()` in UTF-16 code units
//! (JavaScript, Java, .NET). The JSON and CSV editions carry all three.
//!
//! # How the tags are decided
//!
//! The themes, the instruments and the clauses are the crate's editorial
//! reading of the declaration. These rules decide them, for every paragraph
//! alike; `tests/analysis.rs` checks those a program can check.
//!
//! **Evidence.** A paragraph carries a theme or an instrument only where its own
//! words name the subject or the means, never because of the heading it stands
//! under. The evidence is the phrase that names it, located in the paragraph at
//! compile time ([`Paragraph::evidence_for`]), so that a reader can check and
//! dispute every tag.
//!
//! **Activities, not people.** A group of people counts only for the themes that
//! are about that group ([`Theme::Youth`], [`Theme::StakeholderEngagement`]).
//! Elsewhere what counts is the activity: researchers and scholars who are
//! exchanged (paragraphs 6 and 7) count for [`Theme::Mobility`], not
//! [`Theme::Research`], which needs research itself named (paragraphs 8 and
//! 12); an exchange of experts counts for mobility (paragraph 12). Youth counts
//! where a paragraph speaks of the young as a generation or of their prospects
//! ("youth employment", "current and future generations", "students and youth
//! should have as many educational and employment opportunities"); students
//! who are exchanged or who use cyberspace count for that activity.
//!
//! **Technology.** A technology counts for [`Theme::DigitalInnovation`] both as
//! a tool for education (ICT, open educational resources, MOOCs, cyberspace) and
//! as a force the ministers respond to: the 4th Industrial Revolution in
//! paragraph 4, as the new technologies in paragraph 9.
//!
//! **The process's own machinery.** The ministerial meetings and the Education
//! Secretariat are instruments of the ASEM Education Process; wherever either is
//! named, the paragraph is also tagged [`Theme::Governance`].
//!
//! **Stakeholders.** The stakeholders are the parties besides the ministers and
//! the ASEM partners, as paragraph 12 lists them, public administration at
//! national and regional level included ([`Entity::Stakeholders`]). Where the
//! ministers ask them to take part (in platforms, in all activities, in the
//! Secretariat's follow-up "in cooperation with the ASEM partners and
//! stakeholders"), the paragraph names [`Instrument::StakeholderParticipation`]
//! as well as the theme.
//!
//! **Clauses.** A clause is an act of the ministers, led by their own verb:
//!
//! - A finite verb with "we" as its subject, or sharing it ("and take note"),
//!   opens a [`ClauseForm::Main`] clause.
//! - A participle whose understood subject is the ministers opens a
//!   [`ClauseForm::Participial`] clause: "Recognising", "Taking note",
//!   "Concerned with"; also after "while" ("while exploring and streamlining",
//!   "while encouraging", "while expressing the willingness"), and where it
//!   dangles before another subject ("Building on the legacy ..., the Seoul
//!   Declaration is ...", paragraph 16), since the ones who build on their
//!   promises are the ministers.
//! - A clause embedded in another's object ("we declare that we will strongly
//!   encourage ...", "we recognise the need to encourage ...") is part of the
//!   clause that embeds it, whose verb gives the stance.
//! - A preposition with a gerund ("By using OER", "by engaging in active
//!   dialogue") or a circumstance ("Given the pivotal role", "Against this
//!   backdrop") belongs to the clause it modifies; participles whose subject is
//!   not the ministers ("boosting", "contributing", "overcoming") are not
//!   clauses.
//!
//! The verb gives the stance ([`Verb::stance`]): a pledge commits the ministers
//! themselves, a call asks others to act, an acknowledgement states a view or
//! records a fact.
//!
//! # Features
//!
//! - `serde` (default): `Serialize` for every record and for the whole
//!   [`Declaration`] as the JSON edition; `Serialize` and `Deserialize` for every
//!   vocabulary, [`Referent`] and [`Citation`] as their ids or display strings;
//!   [`FORMAT_VERSION`] and [`JSON_SCHEMA`]. On docs.rs, items behind the feature
//!   are marked.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The vocabularies' macro, used by the modules below.
mod vocabulary;

// The facts: every record of the declaration, as statics.
mod data;
mod span;

// The document's types: the declaration, its headings, paragraphs, footnote
// and meetings, and the lookups and filters over them.
mod declaration;
mod meeting;
mod paragraph;
mod section;

// The analyst's layer: editorial tags, names, clauses, acronyms.
mod acronym;
mod clause;
mod instrument;
mod mention;
mod theme;

// Queries over the text: search and citations.
mod citation;
mod search;

// The editions: plain text, Markdown, HTML, Akoma Ntoso, JSON, CSV tables, SVG.
mod render;

mod error;

pub use acronym::{expand, Acronym};
pub use citation::{find_citations, Citation, Cited, FoundCitation};
pub use clause::{Clause, ClauseForm, Stance, Verb};
pub use declaration::Declaration;
pub use error::Error;
pub use instrument::Instrument;
pub use meeting::{Date, DateRange, Meeting, MeetingSeries, Summit};
pub use mention::{Concept, Entity, Mention, Place, Referent};
pub use paragraph::{Evidence, Footnote, FootnoteRef, Paragraph};
pub use render::tables;
#[cfg(feature = "serde")]
pub use render::{FORMAT_VERSION, JSON_SCHEMA};
pub use search::{Hit, Hits};
pub use section::Section;
pub use theme::Theme;

#[doc(hidden)]
pub use data::paragraph as __paragraph;

/// For the benchmarks only: not part of the API.
#[doc(hidden)]
pub mod __bench {
    /// Builds a fresh search index, as the first search does, and returns its size in bytes.
    #[must_use]
    pub fn build_search_index() -> usize {
        let texts = crate::data::PARAGRAPHS.iter().map(crate::Paragraph::text);
        crate::search::Index::build(texts).heap_size()
    }
}

/// The paragraph numbered `n`, checked at compile time.
///
/// Usable in `const` context; a number outside 1 to 16 does not compile.
///
/// ```
/// use asem_seoul_declaration::{para, Paragraph};
///
/// const ICT: &Paragraph = para!(10);
/// assert!(ICT.text().starts_with("Taking note of the great potential of ICT"));
/// assert_eq!(para!(1).number(), 1);
/// ```
///
/// ```compile_fail,E0080
/// // The declaration has 16 paragraphs.
/// let _ = asem_seoul_declaration::para!(17);
/// ```
///
/// ```compile_fail,E0080
/// let _ = asem_seoul_declaration::para!(0);
/// ```
#[macro_export]
macro_rules! para {
    ($n:expr) => {{
        const PARAGRAPH: &'static $crate::Paragraph = $crate::__paragraph($n);
        PARAGRAPH
    }};
}

/// The SHA-256 digest of the embedded source, [`Declaration::source`], in hex.
///
/// The model was checked against exactly this text; a test pins the digest, so
/// any change to the source is seen and the model re-checked.
///
/// ```
/// assert_eq!(asem_seoul_declaration::SOURCE_SHA256.len(), 64);
/// ```
pub const SOURCE_SHA256: &str = "68a1d8278d357db36cd25edeb284200ad329209f7e72c3b3ee4c5fd55a316bb1";

/// The Seoul Declaration.
///
/// ```
/// use asem_seoul_declaration::declaration;
/// assert_eq!(declaration().title(), "Seoul Declaration");
/// ```
#[must_use]
pub fn declaration() -> &'static Declaration {
    &data::DECLARATION
}

/// The six ASEM Education Ministers' Meetings, ASEMME1 (Berlin, 2008) to ASEMME6
/// (Seoul, 2017), as footnote 1 lists them.
///
/// ```
/// use asem_seoul_declaration::meetings;
///
/// let cities: Vec<&str> = meetings().iter().map(|m| m.city()).collect();
/// assert_eq!(cities, ["Berlin", "Hanoi", "Copenhagen", "Kuala Lumpur", "Riga", "Seoul"]);
/// ```
#[must_use]
pub fn meetings() -> &'static [Meeting] {
    &data::MEETINGS
}

/// The series of ASEM Education Ministers' Meetings and the summit it began at.
///
/// ```
/// use asem_seoul_declaration::series;
/// assert_eq!(series().origin().city(), "Helsinki");
/// ```
#[must_use]
pub fn series() -> &'static MeetingSeries {
    &data::SERIES
}

// The README's example runs as a doc test, so the README cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
