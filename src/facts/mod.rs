//! The facts: every record of the declaration as a plain Rust static, made of
//! the types in `crate::model` and nothing else.
//!
//! The words are in [`text`], the paragraphs' records in [`paragraphs`], the
//! meetings in [`meetings`], the forms of names and the glossary in [`names`],
//! the headings' nesting in [`outline`]. `tests/conformance.rs` checks them
//! against the source in `data/`, and `tests/analysis.rs` checks the editorial
//! layer against the codebook's rules.

mod meetings;
mod names;
mod outline;
mod paragraphs;
mod text;

use crate::model::declaration::Declaration;
use crate::model::footnote::Footnote;
use crate::model::paragraph::Paragraph;
use crate::model::span::Run;

pub(crate) use meetings::{MEETINGS, SERIES};
pub(crate) use paragraphs::PARAGRAPHS;

/// The declaration.
pub(crate) static DECLARATION: Declaration = Declaration {
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
};

/// Footnote 1: the six meetings, each title in italics.
pub(crate) static FOOTNOTES: [Footnote; 1] = [Footnote {
    number: 1,
    paragraph: &PARAGRAPHS[1],
    text: text::FOOTNOTE_1,
    emphasis: &Run::locate(
        text::FOOTNOTE_1,
        [
            "“Education and Training for Tomorrow: Common Perspectives in Asia and Europe (Berlin, 2008)”",
            "“Sharing of Experience and Best Practice in Higher Education (Hanoi, 2009)”",
            "“Shaping an ASEM Education Area (Copenhagen 2011)”",
            "“Strategizing ASEM Education Collaboration (Kuala Lumpur, 2013)”",
            "“ASEM Education Collaboration for Results (Riga, 2015)”",
            "“Collaboration for the Next Decade: from Common Perspectives to Effective Fulfillment (Seoul, 2017)”",
        ],
    ),
}];

/// The paragraph numbered `n`, for `para!`: a number outside 1 to 16 fails to
/// compile.
#[doc(hidden)]
#[must_use]
pub const fn paragraph(n: u8) -> &'static Paragraph {
    &PARAGRAPHS[n as usize - 1]
}
