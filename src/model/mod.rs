//! The types: the shapes the facts are made of, with the accessors that read
//! their own fields. Nothing here knows a fact of the declaration; the facts
//! (`crate::facts`) are values of these types.
//!
//! The record types refer to one another, so their shapes are in `records`;
//! each type's methods are in the module of its concern, except that a
//! `Declaration`'s queries are in `query::declaration` and its editions in
//! `render`, beside what they read. The vocabularies
//! (`section`, `tag`, `referent`, `acronym`, `stance`, `grades`), `run` and
//! `meeting` import nothing else of the crate but the vocabulary macro.
//! `folding` is how search compares text, and the index of a declaration's
//! folded texts; `codebook` the shape of the rules a declaration's editorial
//! layer is decided by.

pub(crate) mod acronym;
pub(crate) mod anaphor;
pub(crate) mod anaphor_kind;
pub(crate) mod clause;
// A codebook is written out only by the Markdown edition.
#[cfg(feature = "markdown")]
pub(crate) mod codebook;
pub(crate) mod commitment;
pub(crate) mod declaration;
pub(crate) mod error;
pub(crate) mod evidence;
pub(crate) mod folding;
pub(crate) mod footnote;
pub(crate) mod grades;
pub(crate) mod meeting;
pub(crate) mod mention;
pub(crate) mod paragraph;
pub(crate) mod records;
pub(crate) mod referent;
pub(crate) mod run;
pub(crate) mod section;
pub(crate) mod sentence;
pub(crate) mod span;
pub(crate) mod stance;
pub(crate) mod tag;
pub(crate) mod vocabularies;
pub(crate) mod vocabulary;
