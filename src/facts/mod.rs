//! The facts: every record of the declaration as a plain Rust static, made of
//! the types in `crate::model` and nothing else.
//!
//! What the declaration is, its publication (data version, licence, the
//! readings' tables) and the meetings of its series are in `document`, the
//! paragraphs' records and the footnote they point to in [`paragraphs`], the
//! forms of names and the glossary in [`names`] and the codebook's rules in
//! `codebook`; [`declaration()`] gives them all as one value. All but
//! `names` are generated from the tables in `data/` by `cargo xtask
//! codegen`. `tests/conformance.rs` checks them against the source in
//! `data/`, and `tests/analysis.rs` checks the editorial layer against the
//! codebook's rules.

// The codebook's rules are written out only by the Markdown edition.
#[cfg(feature = "markdown")]
pub(crate) mod codebook;
mod document;
mod glossary;
mod names;
mod paragraphs;

use crate::model::records::Declaration;
use crate::model::records::Paragraph;

// The declaration and the meetings its paragraphs refer back to.
use document::{DECLARATION, MEETINGS, SUMMIT};
pub(crate) use paragraphs::PARAGRAPHS;

/// The Seoul Declaration.
///
/// ```
/// use asem_seoul_declaration::declaration;
/// assert_eq!(declaration().title(), "Seoul Declaration");
/// ```
#[must_use]
pub fn declaration() -> &'static Declaration {
    &DECLARATION
}

/// The version of the data: the text, the tags, the mentions, the clauses,
/// the sentences and the commitments (semver). Its major number goes up when
/// an existing tag, mention, clause or commitment changes or goes, its minor
/// number when annotations are added, its patch number when only words of a
/// description or an evidence change. `tests/data_version.rs` pins a digest of
/// the data to this version, so the data cannot change while it stays.
///
/// ```
/// assert_eq!(asem_seoul_declaration::DATA_VERSION.split('.').count(), 3);
/// ```
pub const DATA_VERSION: &str = document::DATA_VERSION;

/// The SPDX id of the licence of the editorial layer and the editions, the
/// Creative Commons Attribution 4.0 International licence (`LICENSE-DATA`).
/// The code is under the MIT licence; the declaration's text is an official
/// document reproduced verbatim, over which no licence is claimed.
///
/// ```
/// assert_eq!(asem_seoul_declaration::DATA_LICENSE, "CC-BY-4.0");
/// ```
pub const DATA_LICENSE: &str = document::DATA_LICENSE;

/// The SHA-256 digest of the embedded source, [`Declaration::source`], in hex.
///
/// The model was checked against exactly this text; a test pins the digest, so
/// any change to the source is seen and the model re-checked.
///
/// ```
/// assert_eq!(asem_seoul_declaration::SOURCE_SHA256.len(), 64);
/// ```
pub const SOURCE_SHA256: &str = document::SOURCE_SHA256;

/// The paragraph numbered `n`, for `para!`: a number outside 1 to 16 fails to
/// compile.
#[doc(hidden)]
#[must_use]
pub const fn paragraph(n: u8) -> &'static Paragraph {
    &PARAGRAPHS[n as usize - 1]
}
