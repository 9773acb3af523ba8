//! What the declaration is about and the means it names: the crate's editorial
//! tags.

use std::fmt;

use super::vocabularies::{instrument_variants, priority_variants, theme_variants};

theme_variants! {
    /// A subject the declaration addresses.
    ///
    /// Themes are the crate's editorial layer, not the declaration's own words:
    /// every theme tagged on a paragraph is backed by a phrase of that paragraph
    /// (see [`Paragraph::evidence_for`](crate::Paragraph::evidence_for)), and the
    /// test suite fails if that phrase is missing from the text.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Theme};
    ///
    /// let theme: Theme = "Lifelong learning".parse()?;
    /// assert_eq!(theme, Theme::LifelongLearning);
    /// let numbers: Vec<u8> = declaration()
    ///     .paragraphs_with(theme)
    ///     .map(|p| p.number())
    ///     .collect();
    /// assert_eq!(numbers, [9]);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub enum Theme ("theme")
}

instrument_variants! {
    /// A programme, tool or working method the declaration names as a means of cooperation.
    ///
    /// Like [`Theme`](crate::Theme), instrument tags are the crate's editorial layer,
    /// each backed by a phrase of the tagged paragraph
    /// (see [`Paragraph::evidence_for`](crate::Paragraph::evidence_for)).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Instrument};
    ///
    /// let numbers: Vec<u8> = declaration()
    ///     .paragraphs_with(Instrument::ErasmusPlus)
    ///     .map(|p| p.number())
    ///     .collect();
    /// assert_eq!(numbers, [6]);
    /// assert_eq!("erasmus-plus".parse::<Instrument>()?, Instrument::ErasmusPlus);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub enum Instrument ("instrument")
}

priority_variants! {
    /// One of the four priority areas by which the ASEM Education Process
    /// reports on itself, set by the 3rd ASEM Education Ministers' Meeting
    /// (ASEMME3, Copenhagen, 9-10 May 2011, "Shaping an ASEM Education Area",
    /// Conclusions by the Chair) and kept as the main areas of cooperation
    /// since, as the ASEM information board's record of ASEMME5 lists them. Each
    /// paragraph and each commitment is mapped to zero or more; none where it
    /// concerns none, as the governance of the process itself.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Priority};
    /// let numbers: Vec<u8> = declaration().paragraphs_with(Priority::LifelongLearning).map(|p| p.number()).collect();
    /// assert_eq!(numbers, [9]);
    /// ```
    pub enum Priority ("priority")
}

/// A paragraph's tag: a [`Theme`] it addresses, an [`Instrument`] it names or
/// a [`Priority`] area it concerns.
///
/// Each converts into it, so that one method asks for any of them:
///
/// ```
/// use asem_seoul_declaration::{para, Instrument, Tag, Theme};
///
/// assert!(para!(6).evidence_for(Theme::Mobility).is_some());
/// assert!(para!(6).evidence_for(Instrument::ErasmusPlus).is_some());
/// assert_eq!(Tag::from(Theme::Equity).to_string(), "theme:equity");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Tag {
    /// A subject the paragraph addresses.
    Theme(Theme),
    /// A means the paragraph names.
    Instrument(Instrument),
    /// A priority area of the ASEM Education Process the paragraph concerns.
    Priority(Priority),
}

impl Tag {
    /// The tag's id: `theme:equity`, `instrument:moocs`.
    ///
    /// ```
    /// use asem_seoul_declaration::{Instrument, Tag};
    /// assert_eq!(Tag::from(Instrument::Moocs).id(), "instrument:moocs");
    /// ```
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Tag::Theme(theme) => theme.const_id(),
            Tag::Instrument(instrument) => instrument.const_id(),
            Tag::Priority(priority) => priority.const_id(),
        }
    }

    /// The tag's display name.
    ///
    /// ```
    /// use asem_seoul_declaration::{Tag, Theme};
    /// assert_eq!(Tag::from(Theme::Equity).name(), "Equity and access");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Tag::Theme(theme) => theme.const_name(),
            Tag::Instrument(instrument) => instrument.const_name(),
            Tag::Priority(priority) => priority.const_name(),
        }
    }
}

/// The id: `theme:equity`.
impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl From<Theme> for Tag {
    fn from(theme: Theme) -> Tag {
        Tag::Theme(theme)
    }
}

impl From<Instrument> for Tag {
    fn from(instrument: Instrument) -> Tag {
        Tag::Instrument(instrument)
    }
}

impl From<Priority> for Tag {
    fn from(priority: Priority) -> Tag {
        Tag::Priority(priority)
    }
}
