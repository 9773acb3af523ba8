//! The concrete means the declaration names.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// A programme, tool or working method the declaration names as a means of cooperation.
    ///
    /// Like [`Theme`](crate::Theme), instrument tags are the crate's editorial layer,
    /// each backed by a phrase of the tagged paragraph
    /// (see [`Paragraph::instrument_evidence`](crate::Paragraph::instrument_evidence)).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Instrument};
    ///
    /// let numbers: Vec<u8> = declaration()
    ///     .paragraphs_with_instrument(Instrument::ErasmusPlus)
    ///     .map(|p| p.number())
    ///     .collect();
    /// assert_eq!(numbers, [6]);
    /// assert_eq!("erasmus-plus".parse::<Instrument>()?, Instrument::ErasmusPlus);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Instrument ("instrument") {
        /// The ASEM-DUO Fellowship Programme for exchanges of students and staff.
        AsemDuoFellowship => "ASEM-DUO Fellowship Programme", "asem-duo-fellowship";
        /// The European Union's Erasmus+ programme.
        ErasmusPlus => "Erasmus+", "erasmus-plus";
        /// The education programmes of the Asia-Europe Foundation (ASEF).
        AsefProgrammes => "ASEF education programmes", "asef-programmes";
        /// Open Educational Resources (OER).
        OpenEducationalResources => "Open Educational Resources", "open-educational-resources";
        /// Massive Open Online Courses (MOOCs).
        Moocs => "Massive Open Online Courses", "moocs";
        /// Learning analytics platforms that tailor education to learners.
        LearningAnalytics => "Learning analytics", "learning-analytics";
        /// Virtual mobility created with technology.
        VirtualMobility => "Virtual mobility", "virtual-mobility";
        /// Joint projects between institutions.
        JointProjects => "Joint projects", "joint-projects";
        /// Joint research programmes.
        JointResearch => "Joint research", "joint-research";
        /// Sharing best practices and information.
        BestPracticeSharing => "Sharing of best practices", "best-practice-sharing";
        /// Capacity-building of policymakers and policy implementers.
        CapacityBuilding => "Capacity-building", "capacity-building";
        /// Dialogue on policy between the partners.
        PolicyDialogue => "Policy dialogue", "policy-dialogue";
        /// Participation of stakeholders in platforms and activities.
        StakeholderParticipation => "Stakeholder participation", "stakeholder-participation";
        /// Credit transfer between education systems.
        CreditTransfer => "Credit transfer", "credit-transfer";
        /// The ASEM Education Secretariat.
        EducationSecretariat => "ASEM Education Secretariat", "education-secretariat";
        /// The ASEM Education Ministers' Meetings and other ministerial meetings.
        MinisterialMeetings => "Ministerial meetings", "ministerial-meetings";
    }
}
