//! The Seoul Declaration of the 6th ASEM Education Ministers' Meeting (ASEMME6,
//! Seoul, 21-22 November 2017) as typed, verbatim data, with an analyst's reading
//! of it and editions for every other tool.
//!
//! The declaration's 16 paragraphs, its headings, its footnote, the meeting that
//! adopted it and the series of meetings before it are Rust statics compiled into
//! your program: nothing is parsed or built when you reach them. Each paragraph is
//! tagged with the [`Theme`]s it addresses and the [`Instrument`]s it names, each
//! tag backed by the words that justify it; every name is a [`Mention`], every
//! clause of the ministers a [`Clause`] graded by [`Stance`] with the words it
//! governs, every sentence a [`Sentence`], and what the ministers commit to, or
//! ask others to do, a [`Commitment`] graded by [`Strength`].
//!
//! # Where to start
//!
//! | to work with | start at |
//! | --- | --- |
//! | the document: text, headings, footnote, meetings | [`declaration()`], [`Declaration`], [`Paragraph`], [`Section`], [`Footnote`], [`Meeting`], [`para!`] |
//! | lookups, filters, search | [`Declaration::paragraph`], [`Declaration::paragraphs_in`], [`Declaration::paragraphs_with_theme`], [`Declaration::search`] |
//! | the analyst's layer | [`Theme`], [`Instrument`], [`Evidence`], [`Mention`], [`Referent`], [`Clause`], [`Sentence`], [`Commitment`], [`Acronym`], and the [`codebook`] |
//! | citations | [`Citation`], [`find_citations`] |
//! | the editions | [`Declaration::to_plain_text`] and, with their features, `to_markdown`, `to_html`, `to_akoma_ntoso`, `theme_map_svg`, `tables`, `web_annotations` and the JSON edition through serde |
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
//! use asem_seoul_declaration::{declaration, find_citations, para, Citation, Entity, Referent, Stance, Strength};
//!
//! let d = declaration();
//! let calls: Vec<&str> = d.clauses().filter(|c| c.stance() == Stance::Call).map(|c| c.text()).collect();
//! assert!(calls.contains(&"We invite"));
//! assert_eq!(d.mentions_of(Entity::EuropeanUnion).count(), 1);
//! let firm = d.commitments_by(Referent::Ministers).filter(|c| c.strength() == Strength::Firm).count();
//! assert_eq!(firm, 8);
//! let cite: Citation = "¶ 10".parse()?;
//! assert_eq!(cite.to_string(), "Seoul Declaration (ASEMME6, 2017), para. 10");
//! assert_eq!(find_citations("as paras. 6, 8 and 9 say").count(), 3);
//! assert_eq!(para!(10).number(), 10);
//! # Ok::<(), asem_seoul_declaration::Error>(())
//! ```
//!
//! # Layers
//!
//! The crate is built in layers that import one way only, each a folder of
//! `src/`: the types (`model`), the facts made of them (`facts`), the queries
//! over the facts (`query`), and the editions (`render`), one file or folder
//! per format over one shared walk of the document. `tests/layers.rs` fails on
//! an import that runs up a layer or closes a circle.
//!
//! # Ids and offsets
//!
//! Every named thing has one id, `KIND:SLUG`: [`Theme::id`] gives
//! `theme:equity`, [`Referent`] displays as `entity:asef`, `meeting:asemme6`,
//! `summit:asem6`, `ministers:asemme6` or `declaration:seoul-declaration`; the
//! same ids name things in every edition, and serde writes and reads them. Ids
//! that name one thing are linked ([`Referent::same_as`]): `concept:moocs`,
//! `instrument:moocs` and `acronym:moocs`.
//!
//! Every annotation knows where it stands in its paragraph's text, as one
//! [`Span`], in the three units programs index strings by: `range()` in bytes
//! (Rust), `char_range()` in Unicode code points (Python, R, the W3C Web
//! Annotation `TextPositionSelector`) and `utf16_range()` in UTF-16 code units
//! (JavaScript, Java, .NET).
//!
//! # Editions
//!
//! Every edition is checked in under `editions/` in the repository, and
//! `cargo run --example editions` regenerates them.
//!
//! | format | method (feature) | command | in `editions/` | opened in CI by |
//! | --- | --- | --- | --- | --- |
//! | plain text | `Declaration::to_plain_text`, `to_plain_text_wrapped(width)`, `Display` (always) | `cargo run --example declaration` | `seoul-declaration.txt` | the tests: every word in order, lines of at most 80 characters |
//! | Markdown | `Declaration::to_markdown`, `Paragraph::to_markdown` (`markdown`) | `cargo run --example declaration -- --format markdown` | `seoul-declaration.md` | cmark-gfm (GitHub), markdown-it, Python-Markdown |
//! | HTML | `Declaration::to_html`, `Paragraph::to_html` (`html`) | `cargo run --example declaration -- --format html` | `seoul-declaration.html` | Chromium with axe-core |
//! | Akoma Ntoso XML | `Declaration::to_akoma_ntoso` (`akn`) | `cargo run --example declaration -- --format akn` | `seoul-declaration.akn.xml` | xmllint with the OASIS schema, cobalt, bluebell |
//! | JSON | `serde_json::to_string(declaration())`, schema `JSON_SCHEMA` (`serde`) | `cargo run --example declaration -- --format json` | `seoul-declaration.json`, `seoul-declaration.schema.json` | jsonschema, Python, pandas, Node, R |
//! | CSV data package | `Declaration::tables` (`tables`) | `cargo run --example datapackage -- DIR` | `datapackage/` | frictionless, Python, pandas, Node, R |
//! | W3C Web Annotations | `Declaration::web_annotations` (`annotations`) | `cargo run --example editions` | `annotations.jsonld` | pyld (JSON-LD), Chromium (every selector) |
//! | theme map (SVG) | `Declaration::theme_map_svg` (`svg`) | `cargo run --example declaration -- --format svg` | `theme-map.svg` | the tests: well-formed, a dot per tag |
//! | codebook | `codebook::to_markdown` (`markdown`), the `codebook` module's docs | `cargo run --example editions` | `codebook.md` | the tests: every rule's example is in its paragraph |
//! | the source | `Declaration::source` (always) | `cargo run --example editions` | `seoul-declaration-asemme6-2017.md` | `sha256sum`: its digest is `SOURCE_SHA256` |
//!
//! # API
//!
//! | item | what it gives |
//! | --- | --- |
//! | `declaration() -> &'static Declaration` | the document |
//! | `Declaration::title`, `subtitle`, `cover_lines`, `meeting`, `series`, `adopted`, `publisher`, `published_at`, `source` | the cover; ASEMME6 and the series ASEMME1 (Berlin, 2008) to ASEMME6 with its origin, the 6th ASEM Summit (Helsinki, 2006), from footnote 1; the adoption date, the publisher and the address of the original; the embedded source |
//! | `Declaration::paragraphs`, `paragraph(n)`, `footnotes`, `para!(n)` | the 16 paragraphs and the footnote; `paragraph` takes any integer type or a `ParagraphNumber` and truncates none; `para!` works in `const` context, and `para!(17)` does not compile |
//! | `Declaration::paragraphs_in(Section)` | a heading's paragraphs, sub-headings included, as a slice |
//! | `Declaration::paragraphs_with_theme(Theme)`, `paragraphs_with_instrument(Instrument)` | tagged paragraphs, in order |
//! | `Declaration::search(impl AsRef<str>)` | case-insensitive matches as `Hit`s (`Copy`), which do not borrow the query |
//! | `Paragraph::number`, `text`, `section`, `themes`, `instruments`, `footnote_refs`, `emphasis` | one paragraph; paragraphs order by number |
//! | `Paragraph::evidence`, `evidence_for(impl Into<Tag>)` | each tag, a theme or an instrument (`Tag`), with its `Evidence`: the words and where they stand |
//! | `mentions`, `Declaration::mentions_of(impl Into<Referent>)` | `Mention`s: `referent` and the words; `mentions_of` follows linked ids |
//! | `clauses`, `Declaration::clauses_at_least(Stance)`, `clauses_on(Theme)` | `Clause`s: `verb`, `stance`, `form`, `addressees`, `sentence`, and the words: the verb phrase, its `scope` and their `extent` |
//! | `sentences`, `Paragraph::sentence(n)` | `Sentence`s: `number` and the words |
//! | `commitments`, `Declaration::commitment(CommitmentId)`, `commitments_on(Theme)`, `commitments_by(impl Into<Referent>)` | `Commitment`s: `id`, `kind`, `actor`, `strength`, `clause`, `sentence`, `action`, `target`, `timeframe`, `themes`, `evidence_for(Theme)` and the words |
//! | `span`, `text`, `paragraph`, `range`, `char_range`, `utf16_range` of `Mention`, `Clause`, `Sentence`, `Commitment`, `Evidence`, `FootnoteRef`, `Hit`, and `Span` | the words and where they stand, in bytes, code points and UTF-16 code units; one `Span` type serves them all, with no trait to import |
//! | `Referent` | what a name refers to; its id through `Display` and `FromStr` (`entity:asef`), `names`, `name`, `description`, `kind`, `same_as` |
//! | `Section`, `Theme`, `Instrument`, `Entity`, `Place`, `Concept`, `Stance`, `Verb`, `ClauseForm`, `CommitmentKind`, `Strength`, `Acronym` | `ALL`, `iter()`, `name()`, `slug()`, `id()`, `description()`, `Display`, and `FromStr` from a name, slug, id or written form, in any case, trimmed, with either apostrophe |
//! | `expand(&str)`, `Acronym::expansion`, `forms`, `expanded_in` | the glossary of the acronyms the text writes |
//! | `Citation`, `Citation::resolve`, `find_citations(&str)` | parse and format "Seoul Declaration (ASEMME6, 2017), para. 10" and "para. 10, sentence 3"; find every citation in running prose, ranges and lists read as written, a "§ 3" of another document passed over |
//! | `Meeting`, `Summit`, `MeetingSeries`, `Date`, `DateRange` | the meetings' facts; a `Date` displays as ISO 8601, a `DateRange` as the text writes it (21-22 November 2017), and both serialize as ISO 8601 |
//! | `DATA_VERSION`, `DATA_LICENSE`, `SOURCE_SHA256` | the data's version and licence, and the digest of the source it was checked against |
//! | `codebook` | the rules of the editorial layer, in the docs |
//! | `Declaration::tables` | the data package's tables, with their fields, keys and rows (feature `tables`) |
//! | `Error` | every failure; each message says what was given and what is accepted |
//!
//! # Features
//!
//! With `default-features = false` the crate is the data and its queries, with
//! plain text (`Display`); it depends on `thiserror` and `strum` only. Each
//! edition is a feature of its own, all of them on by default through
//! `editions`; on docs.rs each item says which feature it needs.
//!
//! | feature | what it adds |
//! | --- | --- |
//! | `editions` (default) | every feature below |
//! | `serde` | `Serialize` for every record and the whole `Declaration` as the JSON edition, `Deserialize` for every id; `FORMAT_VERSION` and `JSON_SCHEMA` |
//! | `markdown` | `Declaration::to_markdown`, `Paragraph::to_markdown`, `codebook::to_markdown` |
//! | `html` | `Declaration::to_html`, `Paragraph::to_html` |
//! | `akn` | `Declaration::to_akoma_ntoso` |
//! | `svg` | `Declaration::theme_map_svg` |
//! | `tables` | `Declaration::tables` and the `tables` module |
//! | `annotations` | `Declaration::web_annotations`, the W3C Web Annotations (needs `serde`) |
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The layers, lowest first: each imports only from those above it in this list.
mod facts;
mod model;
mod query;
mod render;

/// The codebook: how the crate's editorial layer is decided. Every
/// definition, rule and hard case, with examples in the declaration's own
/// words and the counts per category; the same text as `editions/codebook.md`,
/// which `codebook::to_markdown` writes (feature `markdown`).
///
#[doc = include_str!("../editions/codebook.md")]
pub mod codebook {
    #[cfg(feature = "markdown")]
    pub use crate::render::codebook::to_markdown;
}

pub use model::acronym::Acronym;
pub use model::commitment::CommitmentId;
pub use model::error::Error;
pub use model::grades::{CommitmentKind, Strength};
pub use model::meeting::{Date, DateRange, Meeting, MeetingSeries, Summit};
pub use model::records::{
    Clause, Commitment, Declaration, Evidence, Footnote, FootnoteRef, Mention, Paragraph, Sentence,
    Span,
};
pub use model::referent::{Concept, Entity, Place, Referent};
pub use model::section::Section;
pub use model::span::Spanned;
pub use model::stance::{ClauseForm, Stance, Verb};
pub use model::tag::{Instrument, Tag, Theme};
pub use model::vocabulary::Vocabulary;
pub use query::citation::{Citation, Cited, FoundCitation, find_citations};
pub use query::declaration;
pub use query::lookup::{Lookup, Reading};
pub use query::search::{Hit, Hits};
#[cfg(feature = "serde")]
pub use render::json::{FORMAT_VERSION, JSON_SCHEMA};
#[cfg(feature = "tables")]
pub use render::tables;

pub use facts::publication::{DATA_LICENSE, DATA_VERSION};

#[doc(hidden)]
pub use facts::paragraph as __paragraph;

/// For the crate's own benchmarks only: not part of the API.
#[cfg(feature = "bench-internals")]
#[doc(hidden)]
pub mod __bench {
    /// Builds a fresh search index, as the first search does, and returns its
    /// size in bytes.
    #[must_use]
    pub fn build_search_index() -> usize {
        crate::query::search::build_index()
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

// The README's example runs as a doc test, so the README cannot drift from the API.
#[cfg(all(doctest, feature = "editions"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
