//! The document's headings.

use crate::vocabulary::vocabulary;

vocabulary! {
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
    /// assert_eq!(s.title(), "Use of state-of-the-art technologies to trigger education innovation and changes");
    /// assert_eq!(s.parent(), Some(Section::SkillsDevelopment));
    /// assert_eq!(s.ancestors().collect::<Vec<_>>(), [Section::SkillsDevelopment, Section::Vision]);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub enum Section ("section") {
        /// The Preamble: who met, where and why (paragraphs 1-5).
        Preamble => "Preamble", "preamble";
        /// The first part: the vision for the next decade (paragraphs 6-10, under its sub-headings).
        Vision => "Vision for the next decade: Promotion of mobility and skills development", "vision";
        /// Mobility between Asia and Europe (paragraphs 6-7), within the vision.
        Mobility => "Promotion of mobility between Asia and Europe", "mobility";
        /// Skills for employability and the quality of education (paragraphs 8-10, under its sub-headings), within the vision.
        SkillsDevelopment => "Enhancement of skills development for better employability through improving the quality of education", "skills-development";
        /// New skills and lifelong learning in the 4th Industrial Revolution (paragraphs 8-9), within skills development.
        NewSkillsAndLifelongLearning => "Developing new skills and competencies, and strengthening lifelong learning in the era of the 4th Industrial Revolution", "new-skills-and-lifelong-learning";
        /// Technology for education innovation (paragraph 10), within skills development.
        TechnologyForInnovation => "Use of state-of-the-art technologies to trigger education innovation and changes", "technology-for-innovation";
        /// The second part: the key instruments for realising the vision (paragraphs 11-16).
        KeyInstruments => "Key instruments for realising the common vision: toward tangible and practical cooperation", "key-instruments";
    }
}

impl Section {
    /// The heading as the document prints it.
    ///
    /// ```
    /// use asem_seoul_declaration::Section;
    /// assert_eq!(Section::Mobility.title(), "Promotion of mobility between Asia and Europe");
    /// ```
    #[must_use]
    pub const fn title(self) -> &'static str {
        self.name()
    }

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
    /// assert_eq!(Section::Preamble.ancestors().count(), 0);
    /// ```
    pub fn ancestors(self) -> impl Iterator<Item = Section> {
        std::iter::successors(self.parent(), |s| s.parent())
    }

    /// How deep the heading stands: 0 for a top-level heading, 1 for its children, and so on.
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
