//! The words of the declaration's cover, verbatim, as
//! `data/seoul-declaration-asemme6-2017.md` has them with its PDF artefacts
//! resolved (page breaks joined, ordinals written "6th"); the paragraphs and
//! the footnote are `data/paragraphs.tsv` and `data/footnotes.tsv`.
//! `tests/conformance.rs` reads the source independently and checks every one
//! against it.

/// The declaration as published, converted from PDF to Markdown.
pub(crate) const SOURCE: &str = include_str!("../../data/seoul-declaration-asemme6-2017.md");

pub(crate) const MEETING_LINE: &str = "6th ASEM Education Ministers' Meeting (ASEMME6)";
pub(crate) const DATES_LINE: &str = "21-22 November 2017";
pub(crate) const VENUE_LINE: &str = "Seoul, the Republic of Korea";
pub(crate) const THEME_LINE: &str =
    "Collaboration for the Next Decade: From Common Perspectives to Effective Fulfillment";
pub(crate) const TITLE: &str = "Seoul Declaration";
pub(crate) const SUBTITLE: &str = "Enhancing Collaboration between Asia and Europe in Education and Training – A vision for the Next Decade";
