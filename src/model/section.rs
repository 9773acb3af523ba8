//! The document's headings.

use super::vocabularies::section_variants;

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
