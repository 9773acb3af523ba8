//! How the headings nest.

use crate::model::section::Section;

/// The document's outline.
impl Section {
    /// The heading this one stands under, if any.
    ///
    /// ```
    /// use asem_seoul_declaration::Section;
    /// assert_eq!(Section::Mobility.parent(), Some(Section::Vision));
    /// assert_eq!(Section::Preamble.parent(), None);
    /// ```
    #[must_use]
    pub const fn parent(self) -> Option<Section> {
        match self {
            Section::Preamble | Section::Vision | Section::KeyInstruments => None,
            Section::Mobility | Section::SkillsDevelopment => Some(Section::Vision),
            Section::NewSkillsAndLifelongLearning | Section::TechnologyForInnovation => {
                Some(Section::SkillsDevelopment)
            }
        }
    }

    /// The headings above this one, innermost first.
    ///
    /// ```
    /// use asem_seoul_declaration::Section;
    /// assert_eq!(Section::TechnologyForInnovation.ancestors().collect::<Vec<_>>(), [Section::SkillsDevelopment, Section::Vision]);
    /// assert_eq!(Section::Preamble.ancestors().count(), 0);
    /// ```
    #[must_use]
    pub fn ancestors(self) -> impl std::iter::FusedIterator<Item = Section> + Clone {
        std::iter::successors(self.parent(), |s| s.parent()).fuse()
    }

    /// How deep the heading stands: 0 for a top-level heading, 1 for its
    /// children, and so on.
    ///
    /// ```
    /// use asem_seoul_declaration::Section;
    /// assert_eq!(Section::KeyInstruments.depth(), 0);
    /// assert_eq!(Section::TechnologyForInnovation.depth(), 2);
    /// ```
    #[must_use]
    pub fn depth(self) -> usize {
        self.ancestors().count()
    }

    /// Whether `other` is this heading or stands somewhere under it.
    ///
    /// ```
    /// use asem_seoul_declaration::Section;
    /// assert!(Section::Vision.contains(Section::TechnologyForInnovation));
    /// assert!(!Section::Mobility.contains(Section::Vision));
    /// ```
    #[must_use]
    pub fn contains(self, other: Section) -> bool {
        other == self || other.ancestors().any(|a| a == self)
    }
}
