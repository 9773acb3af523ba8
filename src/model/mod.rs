//! The types: the shapes the facts are made of, with the accessors that read
//! their own fields. Nothing here knows a fact of the declaration; the facts
//! (`crate::facts`) are values of these types.

pub(crate) mod acronym;
pub(crate) mod clause;
pub(crate) mod commitment;
pub(crate) mod declaration;
pub(crate) mod error;
pub(crate) mod footnote;
pub(crate) mod meeting;
pub(crate) mod mention;
pub(crate) mod paragraph;
pub(crate) mod referent;
pub(crate) mod section;
pub(crate) mod sentence;
pub(crate) mod span;
pub(crate) mod tag;
pub(crate) mod vocabulary;
