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
//! ask others to do, a [`Commitment`] graded by [`Obligation`] or [`Force`]
//! and [`Precision`], and mapped to the ASEM Education Process's [`Priority`]
//! areas. Paragraph and
//! sentence numbers are `u8`, in and out.
//!
//! # Where to start
//!
//! | to work with | start at |
//! | --- | --- |
//! | what a user types | [`Declaration::lookup`], [`Lookup`], [`Reading`] |
//! | the document: text, headings, footnote, meetings | [`declaration()`], [`Declaration`], [`Paragraph`], [`Section`], [`Footnote`], [`Meeting`], [`para!`] |
//! | lookups, filters, search | [`Declaration::paragraph`], [`Declaration::paragraphs_in`], [`Declaration::paragraphs_with`], [`Declaration::search`] |
//! | the analyst's layer | [`Theme`], [`Instrument`], [`Evidence`], [`Mention`], [`Referent`], [`Clause`], [`Sentence`], [`Commitment`], [`Acronym`], and the [`codebook`] |
//! | where words stand, every vocabulary | [`Spanned`], [`Span`], [`Vocabulary`] |
//! | citations | [`Citation`], [`find_citations`], and `citation()` on every record |
//! | the editions | `Display` for plain text and, with their features, `to_markdown`, `to_html`, `to_akoma_ntoso`, `theme_map_svg`, `tables`, `web_annotations` and `json_edition`; their files, [`Edition`] |
//! | the whole API in one table, every edition, features, benchmarks | the [`guide`] |
//!
//! ```
//! use asem_seoul_declaration::{declaration, Section, Spanned, Theme};
//!
//! let d = declaration();
//! assert_eq!(d.meeting().acronym(), "ASEMME6");
//!
//! // Whatever a user types, every reading of it.
//! let numbers: Vec<u8> = d.lookup("paras 6-7")?.paragraphs().map(|p| p.number()).collect();
//! assert_eq!(numbers, [6, 7]);
//!
//! // One paragraph, verbatim, and its tags with their evidence.
//! let p10 = d.paragraph(10)?;
//! assert!(p10.text().starts_with("Taking note of the great potential of ICT"));
//! assert_eq!(p10.evidence_for(Theme::Equity).unwrap().text(), "equity and accessibility in education");
//!
//! // Paragraphs by heading and by theme.
//! assert_eq!(d.paragraphs_in(Section::Mobility).len(), 2);
//! let on_equity: Vec<u8> = d.paragraphs_with(Theme::Equity).map(|p| p.number()).collect();
//! assert_eq!(on_equity, [10]);
//!
//! // Case-insensitive search; each hit cites its sentence.
//! for hit in d.search("lifelong learning")? {
//!     assert_eq!(hit.text().to_lowercase(), "lifelong learning");
//!     assert!(hit.citation().to_string().starts_with("Seoul Declaration (ASEMME6, 2017), para. "));
//! }
//! # Ok::<(), asem_seoul_declaration::Error>(())
//! ```
//!
//! # Layers
//!
//! The crate is built in layers that import one way only, each a folder of
//! `src/`: the types (`model`), the facts made of them (`facts`), the queries
//! (`query`), and the editions (`render`), one file or folder per format over
//! one shared walk of the document. A [`Declaration`] is a value: its
//! identity (title, meeting, slug, the names of its files) and its
//! publication are data it holds, and the queries and the editions read the
//! declaration they are given, never the facts; only the entry points with
//! no declaration to read (`find_citations`, `Citation`'s constructors,
//! `FromStr` and `Deserialize`, `CommitmentId`'s and the vocabularies'
//! `FromStr`, `codebook::to_markdown` and [`para!`]) read [`declaration()`].
//! The vocabularies are the crate's, shared by every declaration, the
//! referents among them (the ministers of ASEMME6, the Seoul Declaration
//! itself, the meetings of its series). `tests/layers.rs` fails on an import
//! that runs up a layer, closes a circle, or reads the facts from a query or
//! an edition.
//!
//! # Features
//!
//! With `default-features = false` the crate is the data, its queries and
//! plain text (`Display`); it depends on `thiserror` and `strum` only. Each
//! edition is a feature of its own (`serde`, `markdown`, `html`, `akn`, `svg`,
//! `tables`, `annotations`), all on by default through `editions`; on docs.rs
//! each item says which feature it needs, and the [`guide`] says what each
//! costs.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The layers, from the lowest: `model` (the types), `facts` (values of them),
// `query` (over a declaration) and `render` (its editions); each imports only
// from those before it in that order, as `tests/layers.rs` checks.
mod facts;
mod model;
mod query;
mod render;

// A second declaration, constructed for the tests, that goes through the same
// generator, queries and editions.
#[cfg(test)]
#[path = "../tests/fixture/mod.rs"]
mod fixture;

/// The guide: every edition in detail, the whole API in one table, the
/// features and what they cost, the benchmarks, and how the crate is
/// checked.
#[doc = include_str!("guide.md")]
// Prose for readers, with names such as LegalDocML that are not code.
#[allow(clippy::doc_markdown)]
pub mod guide {}

/// The codebook: how the crate's editorial layer is decided. Every
/// definition, rule and hard case, with examples in the declaration's own
/// words and the counts per category; the same text as `editions/codebook.md`,
/// which `codebook::to_markdown` writes (feature `markdown`).
///
#[doc = include_str!("../editions/codebook.md")]
pub mod codebook {
    /// The codebook as Markdown, `editions/codebook.md`: the definitions of
    /// every theme, instrument, priority area, stance, exclusion, kind,
    /// obligation, force and precision of commitment, and of the commitment
    /// itself; every rule with examples in the declaration's own words; every
    /// hard case with its decision and reason; and the counts per category.
    /// The crate's [`codebook`](crate::codebook) documentation is the same
    /// text.
    ///
    /// ```
    /// let codebook = asem_seoul_declaration::codebook::to_markdown();
    /// assert!(codebook.starts_with("# Codebook"));
    /// assert!(codebook.contains("## Hard cases"));
    /// ```
    #[cfg(feature = "markdown")]
    #[cfg_attr(docsrs, doc(cfg(feature = "markdown")))]
    #[must_use]
    pub fn to_markdown() -> String {
        crate::render::codebook::to_markdown(crate::declaration())
    }
}

pub use model::acronym::Acronym;
pub use model::anaphor_kind::AnaphorKind;
pub use model::commitment::CommitmentId;
pub use model::error::Error;
pub use model::grades::{CommitmentKind, Delegation, Force, Grade, Obligation, Precision};
pub use model::meeting::{Date, DateRange, Meeting, MeetingSeries, Summit};
pub use model::records::{
    Anaphor, Antecedent, Clause, Commitment, Declaration, Evidence, Footnote, FootnoteRef, Mention,
    Paragraph, Sentence, Span,
};
pub use model::referent::{Concept, Entity, Place, Referent};
pub use model::section::Section;
pub use model::span::Spanned;
pub use model::stance::{ClauseForm, Exclusion, Stance, Verb};
pub use model::tag::{Instrument, Priority, Tag, Theme};
pub use model::vocabulary::Vocabulary;
pub use query::cite::{Citation, Cited, FoundCitation, Owner, find_citations};
pub use query::lookup::{Lookup, Reading};
pub use query::search::{Hit, Hits};
pub use render::Edition;
#[cfg(feature = "serde")]
pub use render::json::{FORMAT_VERSION, JSON_SCHEMA};
#[cfg(feature = "tables")]
pub use render::tables;

pub use facts::declaration;
pub use facts::{DATA_LICENSE, DATA_VERSION, SOURCE_SHA256};

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
        crate::declaration().index_texts().heap_size()
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

// The README's example runs as a doc test, so the README cannot drift from the API.
#[cfg(all(doctest, feature = "editions"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
