//! Who and what the paragraphs name, with exact spans.

use std::ops::Range;

use crate::span::Span;
use crate::vocabulary::vocabulary;
use crate::{data, Instrument, Meeting, Paragraph};

vocabulary! {
    /// A body, group or process the declaration names.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Entity};
    ///
    /// let where_named: Vec<u8> = declaration()
    ///     .mentions_of(Entity::AsemEducationSecretariat)
    ///     .map(|m| m.paragraph().number())
    ///     .collect();
    /// assert_eq!(where_named, [1, 12, 13]);
    /// ```
    #[non_exhaustive]
    pub enum Entity ("entity") {
        /// The ASEM Education Secretariat, which supports the process between meetings.
        AsemEducationSecretariat => "ASEM Education Secretariat", "asem-education-secretariat";
        /// The Asia-Europe Foundation (ASEF).
        Asef => "Asia-Europe Foundation", "asef";
        /// The European Union, a partner of ASEM in its own right.
        EuropeanUnion => "European Union", "european-union";
        /// The ASEAN Secretariat, a partner of ASEM in its own right.
        AseanSecretariat => "ASEAN Secretariat", "asean-secretariat";
        /// The ASEM partners: the partner countries and organisations.
        AsemPartners => "ASEM partners", "asem-partners";
        /// The Ministry of Education of the Republic of Korea, host of ASEMME6.
        MinistryOfEducationKorea => "Ministry of Education of the Republic of Korea", "ministry-of-education-korea";
        /// The ASEM Summits of heads of state and government.
        AsemSummits => "ASEM Summits", "asem-summits";
        /// The ASEM Foreign Ministers' Meetings (ASEM FMM).
        AsemFmm => "ASEM Foreign Ministers Meetings", "asem-fmm";
        /// The ASEM Labour and Employment Ministers' Conferences (ASEM LEMC).
        AsemLemc => "ASEM Labour and Employment Ministers' Conferences", "asem-lemc";
        /// The ASEM Education Process: the cooperation on education as a whole.
        AsemEducationProcess => "ASEM Education Process", "asem-education-process";
        /// The ASEM Political Process: summits and ministerial meetings beyond education.
        AsemPoliticalProcess => "ASEM Political Process", "asem-political-process";
        /// Universities and higher education institutions.
        HigherEducationInstitutions => "Universities and higher education institutions", "higher-education-institutions";
        /// The ASEM Education Ministers, the declaration's authors.
        EducationMinisters => "ASEM Education Ministers", "education-ministers";
        /// Stakeholders: the non-governmental parties to the cooperation.
        Stakeholders => "Stakeholders", "stakeholders";
        /// ASEM, the Asia-Europe Meeting, where no more specific body is meant.
        Asem => "ASEM", "asem";
    }
}

vocabulary! {
    /// A place the declaration names.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Place};
    /// assert_eq!(declaration().mentions_of(Place::Helsinki).count(), 1);
    /// assert_eq!("republic-of-korea".parse::<Place>()?, Place::RepublicOfKorea);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Place ("place") {
        /// Seoul, the host city of ASEMME6.
        Seoul => "Seoul", "seoul";
        /// The Republic of Korea, the host country of ASEMME6.
        RepublicOfKorea => "Republic of Korea", "republic-of-korea";
        /// Helsinki, where the 6th ASEM Summit was held in 2006.
        Helsinki => "Helsinki", "helsinki";
        /// Asia.
        Asia => "Asia", "asia";
        /// Europe.
        Europe => "Europe", "europe";
    }
}

vocabulary! {
    /// An idea or field the declaration names.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Concept};
    /// let stem: Vec<u8> = declaration().mentions_of(Concept::Stem).map(|m| m.paragraph().number()).collect();
    /// assert_eq!(stem, [8]);
    /// assert_eq!("oer".parse::<Concept>()?, Concept::Oer);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Concept ("concept") {
        /// Information and Communication Technologies (ICT).
        Ict => "Information and Communication Technologies", "ict";
        /// Open Educational Resources (OER).
        Oer => "Open Educational Resources", "oer";
        /// Massive Open Online Courses (MOOCs).
        Moocs => "Massive Open Online Courses", "moocs";
        /// The Sustainable Development Goals (SDGs).
        Sdgs => "Sustainable Development Goals", "sdgs";
        /// Science, technology, engineering and mathematics (STEM) disciplines.
        Stem => "STEM disciplines", "stem";
        /// Technical vocational education and training (TVET).
        Tvet => "Technical vocational education and training", "tvet";
        /// Global Citizenship Education.
        GlobalCitizenshipEducation => "Global Citizenship Education", "global-citizenship-education";
        /// Education for International Understanding.
        EducationForInternationalUnderstanding => "Education for International Understanding", "education-for-international-understanding";
        /// The 4th Industrial Revolution.
        FourthIndustrialRevolution => "4th Industrial Revolution", "fourth-industrial-revolution";
        /// Lifelong learning.
        LifelongLearning => "Lifelong learning", "lifelong-learning";
        /// Adult education.
        AdultEducation => "Adult education", "adult-education";
        /// Sustainable development.
        SustainableDevelopment => "Sustainable development", "sustainable-development";
    }
}

/// What a mention refers to.
///
/// ```
/// use asem_seoul_declaration::{Concept, Referent};
///
/// let ict = Referent::from(Concept::Ict);
/// assert_eq!(ict.names(), ["Information and Communication Technologies", "ICT"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "kebab-case")
)]
#[non_exhaustive]
pub enum Referent {
    /// A body, group or process.
    Entity(Entity),
    /// One of the instruments the declaration names.
    Instrument(Instrument),
    /// One ASEM Education Ministers' Meeting, by its ordinal (6 for ASEMME6).
    Meeting(u8),
    /// A place.
    Place(Place),
    /// An idea or field.
    Concept(Concept),
    /// The Seoul Declaration itself.
    Declaration,
}

impl Referent {
    /// The forms under which the declaration names the referent, longest first
    /// where one contains another. Every occurrence of these in a paragraph, unless
    /// inside a longer name, is a [`Mention`].
    ///
    /// ```
    /// use asem_seoul_declaration::{Entity, Referent};
    /// assert_eq!(Referent::from(Entity::Asef).names(), ["Asia-Europe Foundation", "ASEF"]);
    /// ```
    #[must_use]
    pub const fn names(self) -> &'static [&'static str] {
        use {Concept as C, Entity as E, Instrument as I, Place as P};
        match self {
            Referent::Entity(e) => match e {
                E::AsemEducationSecretariat => &["ASEM Education Secretariat"],
                E::Asef => &["Asia-Europe Foundation", "ASEF"],
                E::EuropeanUnion => &["European Union"],
                E::AseanSecretariat => &["ASEAN Secretariat"],
                E::AsemPartners => &["ASEM partner countries", "ASEM partners"],
                E::MinistryOfEducationKorea => &["Ministry of Education of the Republic of Korea"],
                E::AsemSummits => &["ASEM Summits", "6th ASEM Summit"],
                E::AsemFmm => &["ASEM Foreign Ministers Meetings", "ASEM FMM"],
                E::AsemLemc => &[
                    "ASEM Labour and Employment Ministers' Conferences",
                    "ASEM LEMC",
                ],
                E::AsemEducationProcess => &["ASEM Education Process"],
                E::AsemPoliticalProcess => &["ASEM Political Process"],
                E::HigherEducationInstitutions => {
                    &["higher education institutions", "universities"]
                }
                E::EducationMinisters => &["ASEM Education Ministers", "Education Ministers"],
                E::Stakeholders => &["ASEM stakeholders", "stakeholders"],
                E::Asem => &["ASEM"],
            },
            Referent::Instrument(i) => match i {
                I::AsemDuoFellowship => &["ASEM-DUO Fellowship Programme"],
                I::ErasmusPlus => &["Erasmus+ programme"],
                I::LearningAnalytics => &["learning analytics platform"],
                I::VirtualMobility => &["virtual mobility"],
                I::CreditTransfer => &["credit transfer"],
                I::JointProjects => &["joint projects"],
                I::JointResearch => &["joint research programmes"],
                I::MinisterialMeetings => &[
                    "ASEM Education Ministers' Meetings",
                    "ASEM Education Ministers' Meeting",
                    "educational ministerial meetings",
                ],
                // Named only through a concept (OER, MOOCs), an entity (the Secretariat,
                // ASEF) or in words too general to mark as a name.
                I::AsefProgrammes
                | I::OpenEducationalResources
                | I::Moocs
                | I::BestPracticeSharing
                | I::CapacityBuilding
                | I::PolicyDialogue
                | I::StakeholderParticipation
                | I::EducationSecretariat => &[],
            },
            Referent::Meeting(6) => &["6th ASEM Education Ministers' Meeting", "ASEMME6"],
            Referent::Meeting(_) => &[],
            Referent::Place(p) => match p {
                P::Seoul => &["Seoul"],
                P::RepublicOfKorea => &["Republic of Korea"],
                P::Helsinki => &["Helsinki"],
                P::Asia => &["Asia"],
                P::Europe => &["Europe"],
            },
            Referent::Concept(c) => match c {
                C::Ict => &["Information and Communication Technologies", "ICT"],
                C::Oer => &["Open Educational Resources", "OER"],
                C::Moocs => &["Massive Open Online Courses", "MOOCs"],
                C::Sdgs => &["Sustainable Development Goals", "SDG"],
                C::Stem => &["STEM"],
                C::Tvet => &["technical vocational education and training"],
                C::GlobalCitizenshipEducation => &["Global Citizenship Education"],
                C::EducationForInternationalUnderstanding => {
                    &["Education for International Understanding"]
                }
                C::FourthIndustrialRevolution => &["4th Industrial Revolution"],
                C::LifelongLearning => &["lifelong learning"],
                C::AdultEducation => &["adult education"],
                C::SustainableDevelopment => &["sustainable development"],
            },
            Referent::Declaration => &["Seoul Declaration", "Declaration"],
        }
    }

    /// The meeting, for a [`Referent::Meeting`] whose ordinal exists.
    ///
    /// ```
    /// use asem_seoul_declaration::Referent;
    /// assert_eq!(Referent::Meeting(6).meeting().unwrap().city(), "Seoul");
    /// assert!(Referent::Meeting(7).meeting().is_none());
    /// ```
    #[must_use]
    pub fn meeting(self) -> Option<&'static Meeting> {
        match self {
            Referent::Meeting(n) => data::MEETINGS.get(usize::from(n).checked_sub(1)?),
            _ => None,
        }
    }
}

impl From<Entity> for Referent {
    fn from(e: Entity) -> Self {
        Referent::Entity(e)
    }
}

impl From<Instrument> for Referent {
    fn from(i: Instrument) -> Self {
        Referent::Instrument(i)
    }
}

impl From<Place> for Referent {
    fn from(p: Place) -> Self {
        Referent::Place(p)
    }
}

impl From<Concept> for Referent {
    fn from(c: Concept) -> Self {
        Referent::Concept(c)
    }
}

impl From<&Meeting> for Referent {
    fn from(m: &Meeting) -> Self {
        Referent::Meeting(m.ordinal())
    }
}

/// A name in a paragraph, with its span and what it refers to.
///
/// ```
/// use asem_seoul_declaration::{declaration, Entity, Referent};
///
/// let p6 = declaration().paragraph(6)?;
/// let asef = p6.mentions().iter().find(|m| m.text() == "ASEF").unwrap();
/// assert_eq!(asef.referent(), Referent::Entity(Entity::Asef));
/// assert_eq!(&p6.text()[asef.range()], "ASEF");
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Mention {
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub(crate) span: Span,
    pub(crate) referent: Referent,
}

impl Mention {
    /// Joins located spans with what they refer to, at compile time.
    pub(crate) const fn attach<const N: usize>(
        spans: [Span; N],
        referents: [Referent; N],
    ) -> [Mention; N] {
        let mut found = [Mention {
            span: spans[0],
            referent: referents[0],
        }; N];
        let mut i = 1;
        while i < N {
            found[i] = Mention {
                span: spans[i],
                referent: referents[i],
            };
            i += 1;
        }
        found
    }

    /// The paragraph the name stands in.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Place};
    /// let seoul: Vec<u8> = declaration().mentions_of(Place::Seoul).map(|m| m.paragraph().number()).collect();
    /// assert_eq!(seoul, [1]);
    /// ```
    #[must_use]
    pub fn paragraph(&self) -> &'static Paragraph {
        self.span.paragraph()
    }

    /// The name as written.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Entity};
    /// let texts: Vec<&str> = declaration().mentions_of(Entity::Asef).map(|m| m.text()).collect();
    /// assert_eq!(texts, ["Asia-Europe Foundation", "ASEF"]);
    /// ```
    #[must_use]
    pub const fn text(&self) -> &'static str {
        self.span.text
    }

    /// The byte range of the name in the paragraph's [`text`](Paragraph::text).
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let p = declaration().paragraph(12)?;
    /// let fmm = p.mentions().iter().find(|m| m.text() == "ASEM FMM").unwrap();
    /// assert_eq!(&p.text()[fmm.range()], "ASEM FMM");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.span.range()
    }

    /// What the name refers to.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Place, Referent};
    /// let first = declaration().paragraph(3)?.mentions()[1];
    /// assert_eq!(first.referent(), Referent::Place(Place::Asia));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub const fn referent(&self) -> Referent {
        self.referent
    }
}
