//! What the declaration is about and the means it names: the crate's editorial
//! tags.

use std::fmt;

use super::vocabulary::vocabulary;

vocabulary! {
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
    pub enum Theme ("theme") {
        /// Mobility of students, staff, scholars and other individuals between Asia and Europe.
        Mobility => "Mobility", "mobility";
        /// Recognition of qualifications and credits, and credit transfer.
        Recognition => "Recognition of qualifications and credits", "recognition", short "Recognition";
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
        GlobalCitizenship => "Global citizenship and intercultural understanding", "global-citizenship", short "Global citizenship";
        /// Sustainable development and the Sustainable Development Goals.
        SustainableDevelopment => "Sustainable development", "sustainable-development";
        /// Equity: closing education gaps, access and accessibility.
        Equity => "Equity and access", "equity";
        /// Connectivity: people-to-people contacts between Asia and Europe.
        Connectivity => "People-to-people connectivity", "connectivity", short "Connectivity";
        /// Youth and students as the generation the cooperation is for.
        Youth => "Youth", "youth";
        /// Research and researchers, including inter-disciplinary and joint research.
        Research => "Research", "research";
        /// Stakeholders taking part in the cooperation besides the ministers and the ASEM partners: students, teachers, institutions, industries, services, public administration at national and regional level and civil society.
        StakeholderEngagement => "Stakeholder engagement", "stakeholder-engagement";
        /// Governance of the ASEM Education Process itself: its meetings, Secretariat, follow-up and links to the ASEM political process.
        Governance => "Governance of the ASEM Education Process", "governance", short "Governance";
    }
}

vocabulary! {
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
    pub enum Instrument ("instrument") {
        /// The ASEM-DUO Fellowship Programme for exchanges of students and staff.
        AsemDuoFellowship => "ASEM-DUO Fellowship Programme", "asem-duo-fellowship", short "ASEM-DUO";
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

vocabulary! {
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
    pub enum Priority ("priority") {
        /// Quality assurance and recognition: cooperation between the quality assurance agencies and networks of Asia and Europe, and the recognition of qualifications, credits and degrees between them (an ASEM Education Process priority area set at ASEMME3, Copenhagen, 2011).
        QualityRecognition => "Quality assurance and recognition", "quality-recognition", short "Quality and recognition";
        /// Engaging business and industry in education: cooperation between universities and business, work placements, and education that answers the needs of industry and employers (an ASEM Education Process priority area set at ASEMME3, Copenhagen, 2011).
        BusinessIndustry => "Engaging business and industry in education", "business-industry", short "Business and industry";
        /// Balanced mobility: the mobility of students, staff and researchers between Asia and Europe, and a balance between the flows each way, which in 2011 ran several times more from Asia to Europe than back (an ASEM Education Process priority area set at ASEMME3, Copenhagen, 2011).
        BalancedMobility => "Balanced mobility", "balanced-mobility";
        /// Lifelong learning, including vocational education and training: learning throughout life, vocational education and training, and adult education; the meetings since 2013 name it technical and vocational (an ASEM Education Process priority area set at ASEMME3, Copenhagen, 2011).
        LifelongLearning => "Lifelong learning, including technical and vocational education and training", "lifelong-learning", short "Lifelong learning";
    }
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
