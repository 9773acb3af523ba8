//! What the declaration is about: the crate's editorial subject tags.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// A subject the declaration addresses.
    ///
    /// Themes are the crate's editorial layer, not the declaration's own words:
    /// every theme tagged on a paragraph is backed by a phrase of that paragraph
    /// (see [`Paragraph::theme_evidence`](crate::Paragraph::theme_evidence)), and the
    /// test suite fails if that phrase is missing from the text.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Theme};
    ///
    /// let theme: Theme = "Lifelong learning".parse()?;
    /// assert_eq!(theme, Theme::LifelongLearning);
    /// let numbers: Vec<u8> = declaration()
    ///     .paragraphs_with_theme(theme)
    ///     .map(|p| p.number())
    ///     .collect();
    /// assert_eq!(numbers, [9]);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Theme ("theme") {
        /// Mobility of students, staff, scholars and other individuals between Asia and Europe.
        Mobility => "Mobility", "mobility";
        /// Recognition of qualifications and credits, and credit transfer.
        Recognition => "Recognition of qualifications and credits", "recognition";
        /// Employability and employment, including youth employment and industry's needs.
        Employability => "Employability", "employability";
        /// Skills and key competencies, including entrepreneurial competences.
        Skills => "Skills and competencies", "skills";
        /// Lifelong learning, including technical vocational education and training and adult education.
        LifelongLearning => "Lifelong learning", "lifelong-learning";
        /// Higher education: universities and higher education institutions.
        HigherEducation => "Higher education", "higher-education";
        /// Digital innovation: ICT, new technologies, open educational resources, MOOCs, cyberspace.
        DigitalInnovation => "Digital innovation", "digital-innovation";
        /// Global citizenship and intercultural, interreligious and international understanding.
        GlobalCitizenship => "Global citizenship and intercultural understanding", "global-citizenship";
        /// Sustainable development and the Sustainable Development Goals.
        SustainableDevelopment => "Sustainable development", "sustainable-development";
        /// Equity: closing education gaps, access and accessibility.
        Equity => "Equity and access", "equity";
        /// Connectivity: people-to-people contacts between Asia and Europe.
        Connectivity => "People-to-people connectivity", "connectivity";
        /// Youth and students as the generation the cooperation is for.
        Youth => "Youth", "youth";
        /// Research and researchers, including inter-disciplinary and joint research.
        Research => "Research", "research";
        /// Stakeholders taking part in the cooperation besides the ministers and the ASEM partners: students, teachers, institutions, industries, services, public administration at national and regional level and civil society.
        StakeholderEngagement => "Stakeholder engagement", "stakeholder-engagement";
        /// Governance of the ASEM Education Process itself: its meetings, Secretariat, follow-up and links to the ASEM political process.
        Governance => "Governance of the ASEM Education Process", "governance";
    }
}
