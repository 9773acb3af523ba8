//! The facts: every record of the declaration as a plain Rust static, made of
//! the types in `crate::model` and nothing else.
//!
//! The words are in [`text`], the paragraphs' records and the footnote they
//! point to in [`paragraphs`], the
//! meetings in [`meetings`], the forms of names and the glossary in [`names`],
//! the headings' nesting in [`outline`], this crate's publication of the
//! declaration (data version, licence, the readings' tables) in
//! [`publication`] and the codebook's rules in `codebook`; [`declaration()`]
//! gives them all as one value. `tests/conformance.rs` checks them
//! against the source in `data/`, and `tests/analysis.rs` checks the editorial
//! layer against the codebook's rules.

// The codebook's rules are written out only by the Markdown edition.
#[cfg(feature = "markdown")]
pub(crate) mod codebook;
mod glossary;
pub(crate) mod meetings;
mod names;
mod outline;
mod paragraphs;
pub(crate) mod publication;
mod text;

use std::sync::LazyLock;

use crate::model::folding::Index;
use crate::model::records::Declaration;
use crate::model::records::Paragraph;

pub(crate) use meetings::{MEETINGS, SERIES};
pub(crate) use paragraphs::{FOOTNOTES, PARAGRAPHS};

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

/// The declaration.
pub(crate) static DECLARATION: Declaration = Declaration {
    this: &DECLARATION,
    slug: "seoul-declaration",
    title: text::TITLE,
    subtitle: text::SUBTITLE,
    cover_lines: &[
        text::MEETING_LINE,
        text::DATES_LINE,
        text::VENUE_LINE,
        text::THEME_LINE,
        text::TITLE,
        text::SUBTITLE,
    ],
    meeting: &MEETINGS[5],
    series: &SERIES,
    adopted: meetings::ADOPTED,
    publisher: "ASEM Education Secretariat",
    published_at: "https://asem-education.org/events/6th-asem-education-ministers-meeting-asemme6-seoul/",
    paragraphs: &PARAGRAPHS,
    footnotes: &FOOTNOTES,
    source: text::SOURCE,
    publication: &publication::PUBLICATION,
    index: || {
        static INDEX: LazyLock<Index> = LazyLock::new(|| DECLARATION.index_texts());
        &INDEX
    },
};

/// The paragraph numbered `n`, for `para!`: a number outside 1 to 16 fails to
/// compile.
#[doc(hidden)]
#[must_use]
pub const fn paragraph(n: u8) -> &'static Paragraph {
    &PARAGRAPHS[n as usize - 1]
}
