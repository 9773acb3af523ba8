//! The Seoul Declaration of the 6th ASEM Education Ministers' Meeting (ASEMME6,
//! Seoul, 21-22 November 2017) as typed, verbatim data.
//!
//! The declaration's 16 paragraphs, its headings, its footnote, the meeting that
//! adopted it and the series of meetings before it are Rust statics compiled into
//! your program: nothing is parsed or built when you reach them. Each paragraph is
//! tagged with the [`Theme`]s it addresses and the [`Instrument`]s it names, and
//! every tag is backed by the words of the paragraph that justify it.
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
//! // Paragraphs by heading and by theme.
//! assert_eq!(d.paragraphs_in(Section::Mobility).len(), 2);
//! let on_equity: Vec<u8> = d.paragraphs_with_theme(Theme::Equity).map(|p| p.number()).collect();
//! assert_eq!(on_equity, [10]);
//!
//! // Case-insensitive search with byte ranges into the text.
//! for hit in d.search("lifelong learning")? {
//!     assert_eq!(hit.text().to_lowercase(), "lifelong learning");
//! }
//! # Ok::<(), asem_seoul_declaration::Error>(())
//! ```
//!
//! Beyond the text, the crate reads the declaration like an analyst: every
//! named body, place, concept, programme and meeting is a [`Mention`] with its
//! byte span; every clause the ministers lead with their own verb is a
//! [`Clause`] graded by [`Stance`]; [`expand`] spells out acronyms; and
//! [`Citation`] parses and formats references such as "paras 6–7".
//!
//! ```
//! use asem_seoul_declaration::{declaration, para, Citation, Entity, Stance, Theme};
//!
//! let d = declaration();
//! let calls: Vec<&str> = d.clauses().filter(|c| c.stance() == Stance::Call).map(|c| c.text()).collect();
//! assert!(calls.contains(&"We invite"));
//! assert_eq!(d.mentions_of(Entity::EuropeanUnion).count(), 1);
//! let cite: Citation = "¶ 10".parse()?;
//! assert_eq!(cite.to_string(), "Seoul Declaration (ASEMME6, 2017), para. 10");
//! assert_eq!(para!(10).number(), 10);
//! # Ok::<(), asem_seoul_declaration::Error>(())
//! ```
//!
//! # Features
//!
//! - `serde` (default): `Serialize` for every record and the whole
//!   [`Declaration`], `Serialize` and `Deserialize` for [`Section`], [`Theme`] and
//!   [`Instrument`] (as their slugs).
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
