//! The document's headings.

use super::vocabulary::vocabulary;

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
    /// assert_eq!(s.to_string(), "Use of state-of-the-art technologies to trigger education innovation and changes");
    /// assert_eq!(s.parent(), Some(Section::SkillsDevelopment));
    /// assert_eq!(s.ancestors().collect::<Vec<_>>(), [Section::SkillsDevelopment, Section::Vision]);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub enum Section ("section") {
        /// The Preamble: who met, where and why (paragraphs 1-5).
        Preamble => "Preamble", "preamble";
        /// The first part: the vision for the next decade (paragraphs 6-10, under its sub-headings).
        Vision => "Vision for the next decade: Promotion of mobility and skills development", "vision", short "Vision for the next decade";
        /// Mobility between Asia and Europe (paragraphs 6-7), within the vision.
        Mobility => "Promotion of mobility between Asia and Europe", "mobility", short "Mobility";
        /// Skills for employability and the quality of education (paragraphs 8-10, under its sub-headings), within the vision.
        SkillsDevelopment => "Enhancement of skills development for better employability through improving the quality of education", "skills-development", short "Skills development";
        /// New skills and lifelong learning in the 4th Industrial Revolution (paragraphs 8-9), within skills development.
        NewSkillsAndLifelongLearning => "Developing new skills and competencies, and strengthening lifelong learning in the era of the 4th Industrial Revolution", "new-skills-and-lifelong-learning", short "New skills and lifelong learning";
        /// Technology for education innovation (paragraph 10), within skills development.
        TechnologyForInnovation => "Use of state-of-the-art technologies to trigger education innovation and changes", "technology-for-innovation", short "Technology for innovation";
        /// The second part: the key instruments for realising the vision (paragraphs 11-16).
        KeyInstruments => "Key instruments for realising the common vision: toward tangible and practical cooperation", "key-instruments", short "Key instruments";
    }
}
