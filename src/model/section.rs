//! The document's headings.

use super::vocabularies::{section_parents, section_variants};

section_variants! {
    /// A heading of the declaration, from the Preamble to the key instruments.
    ///
    /// Each variant's display name is the heading verbatim; its slug is the
    /// kebab-case variant name. A paragraph belongs to the innermost heading above
    /// it; [`Section::parent`] gives the heading that contains another.
    ///
    /// ```
    /// use asem_seoul_declaration::Section;
    ///
    /// let s: Section = "technology-for-innovation".parse()?;
    /// assert_eq!(s.to_string(), "Use of state-of-the-art technologies to trigger education innovation and changes");
    /// assert_eq!(s.parent(), Some(Section::SkillsDevelopment));
    /// assert_eq!(s.ancestors().collect::<Vec<_>>(), [Section::SkillsDevelopment, Section::Vision]);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub enum Section ("section")
}

/// The document's outline, as `data/relations.tsv` nests the headings.
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
        parent_of(self)
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

section_parents!();
