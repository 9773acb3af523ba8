//! The forms under which the text names each thing, the acronyms and what
//! they stand for, and which ids name the same thing.

use super::meetings::MEETINGS;
use super::paragraphs::PARAGRAPHS;
use super::text::TITLE;
use crate::model::acronym::Acronym;
use crate::model::records::Paragraph;
use crate::model::referent::{Concept, Entity, Place, Referent};
use crate::model::tag::{Instrument, Theme};

/// The names of things, as the text writes them.
impl Referent {
    /// The forms under which the paragraphs name the referent, longest first
    /// where one contains another. Every occurrence of these in a paragraph,
    /// unless inside a longer name, is a [`Mention`](crate::Mention); a theme
    /// or an acronym is named through the things it is [the same
    /// as](Referent::same_as).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Entity, Referent};
    /// assert_eq!(Referent::from(Entity::Asef).names(), ["Asia-Europe Foundation", "ASEF"]);
    /// assert_eq!(Referent::from(declaration().series().origin()).names(), ["6th ASEM Summit"]);
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
                E::AsemSummits => &["ASEM Summits"],
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
                // Named through a concept (OER, MOOCs) or an entity (the
                // Secretariat) that is the same thing, or in words too general
                // to mark as a name.
                I::AsefProgrammes
                | I::OpenEducationalResources
                | I::Moocs
                | I::BestPracticeSharing
                | I::CapacityBuilding
                | I::PolicyDialogue
                | I::StakeholderParticipation
                | I::EducationSecretariat => &[],
            },
            Referent::Meeting(m) => m.names,
            Referent::Summit(s) => match s.ordinal {
                6 => &["6th ASEM Summit"],
                _ => &[],
            },
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
            Referent::Theme(_) | Referent::Acronym(_) | Referent::Ministers => &[],
        }
    }

    /// A name for people: the vocabulary's display name, the meeting's or
    /// summit's name, or the declaration's title. `Display` writes it.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Entity, Referent};
    /// assert_eq!(Referent::from(Entity::Asef).name(), "Asia-Europe Foundation");
    /// assert_eq!(Referent::from(declaration().meeting()).name(), "6th ASEM Education Ministers' Meeting");
    /// assert_eq!(Referent::Ministers.name(), "The ministers (“we”)");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Referent::Entity(e) => e.const_name(),
            Referent::Instrument(i) => i.const_name(),
            Referent::Meeting(m) => m.name(),
            Referent::Summit(s) => s.name(),
            Referent::Place(p) => p.const_name(),
            Referent::Concept(c) => c.const_name(),
            Referent::Theme(t) => t.const_name(),
            Referent::Acronym(a) => a.const_name(),
            Referent::Ministers => "The ministers (“we”)",
            Referent::Declaration => TITLE,
        }
    }

    /// What the referent stands for: the vocabulary's description, a meeting's
    /// theme, or a sentence of the crate's own.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Referent};
    /// assert!(Referent::Ministers.description().starts_with("“We”"));
    /// assert_eq!(Referent::from(declaration().meeting()).description(), declaration().meeting().theme());
    /// ```
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Referent::Entity(e) => e.const_description(),
            Referent::Instrument(i) => i.const_description(),
            Referent::Meeting(m) => m.theme(),
            Referent::Summit(_) => {
                "The ASEM Summit that gave birth to the ASEM Education Ministers' Meeting."
            }
            Referent::Place(p) => p.const_description(),
            Referent::Concept(c) => c.const_description(),
            Referent::Theme(t) => t.const_description(),
            Referent::Acronym(a) => a.const_description(),
            Referent::Ministers => {
                "“We”: the Education Ministers and heads of delegations of ASEM partner countries, the European Union and the ASEAN Secretariat, and representatives of ASEM stakeholders, gathered at ASEMME6; the declaration's authors and the actor of every pledge."
            }
            Referent::Declaration => {
                "The Seoul Declaration of the 6th ASEM Education Ministers' Meeting: Enhancing Collaboration between Asia and Europe in Education and Training – A vision for the Next Decade."
            }
        }
    }

    /// The other ids that name the same thing, in a fixed order: MOOCs as a concept, an instrument and an acronym; the
    /// ASEM Education Secretariat as an entity and an instrument; lifelong
    /// learning as a concept and a theme; every acronym and what it
    /// abbreviates. Empty for an id with nothing linked.
    ///
    /// ```
    /// use asem_seoul_declaration::{Acronym, Concept, Instrument, Referent};
    ///
    /// let linked: Vec<&str> = Referent::from(Instrument::Moocs).same_as().map(Referent::id).collect();
    /// assert_eq!(linked, ["concept:moocs", "acronym:moocs"]);
    /// assert!(Referent::from(Acronym::Ict).same_as().eq([Referent::Concept(Concept::Ict)]));
    /// assert_eq!(Referent::Ministers.same_as().count(), 0);
    /// ```
    #[must_use]
    pub fn same_as(
        self,
    ) -> impl DoubleEndedIterator<Item = Referent> + std::iter::FusedIterator + Clone {
        self.linked().iter().copied().filter(move |&r| r != self)
    }

    /// The ids that name the same thing as this one, this one included; empty
    /// for an id with nothing linked.
    pub(crate) const fn linked(self) -> &'static [Referent] {
        use {Acronym as A, Concept as C, Entity as E, Instrument as I, Theme as T};
        match self {
            Referent::Concept(C::Moocs)
            | Referent::Instrument(I::Moocs)
            | Referent::Acronym(A::Moocs) => &[
                Referent::Instrument(I::Moocs),
                Referent::Concept(C::Moocs),
                Referent::Acronym(A::Moocs),
            ],
            Referent::Concept(C::Oer)
            | Referent::Instrument(I::OpenEducationalResources)
            | Referent::Acronym(A::Oer) => &[
                Referent::Instrument(I::OpenEducationalResources),
                Referent::Concept(C::Oer),
                Referent::Acronym(A::Oer),
            ],
            Referent::Entity(E::AsemEducationSecretariat)
            | Referent::Instrument(I::EducationSecretariat) => &[
                Referent::Instrument(I::EducationSecretariat),
                Referent::Entity(E::AsemEducationSecretariat),
            ],
            Referent::Concept(C::LifelongLearning) | Referent::Theme(T::LifelongLearning) => &[
                Referent::Concept(C::LifelongLearning),
                Referent::Theme(T::LifelongLearning),
            ],
            Referent::Concept(C::SustainableDevelopment)
            | Referent::Theme(T::SustainableDevelopment) => &[
                Referent::Concept(C::SustainableDevelopment),
                Referent::Theme(T::SustainableDevelopment),
            ],
            Referent::Entity(E::Asem) | Referent::Acronym(A::Asem) => {
                &[Referent::Entity(E::Asem), Referent::Acronym(A::Asem)]
            }
            Referent::Entity(E::Asef) | Referent::Acronym(A::Asef) => {
                &[Referent::Entity(E::Asef), Referent::Acronym(A::Asef)]
            }
            Referent::Entity(E::AsemFmm) | Referent::Acronym(A::Fmm) => {
                &[Referent::Entity(E::AsemFmm), Referent::Acronym(A::Fmm)]
            }
            Referent::Entity(E::AsemLemc) | Referent::Acronym(A::Lemc) => {
                &[Referent::Entity(E::AsemLemc), Referent::Acronym(A::Lemc)]
            }
            Referent::Concept(C::Ict) | Referent::Acronym(A::Ict) => {
                &[Referent::Concept(C::Ict), Referent::Acronym(A::Ict)]
            }
            Referent::Concept(C::Sdgs) | Referent::Acronym(A::Sdg) => {
                &[Referent::Concept(C::Sdgs), Referent::Acronym(A::Sdg)]
            }
            Referent::Concept(C::Stem) | Referent::Acronym(A::Stem) => {
                &[Referent::Concept(C::Stem), Referent::Acronym(A::Stem)]
            }
            Referent::Acronym(A::Asemme6) => &ASEMME6,
            Referent::Meeting(m) if m.ordinal == 6 => &ASEMME6,
            _ => &[],
        }
    }
}

/// ASEMME6, as the meeting and as the acronym.
const ASEMME6: [Referent; 2] = [
    Referent::Meeting(&MEETINGS[5]),
    Referent::Acronym(Acronym::Asemme6),
];

/// The glossary: what each acronym stands for, and where the text spells it out.
impl Acronym {
    /// Every form the text writes, the acronym's name first.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::Lemc.forms(), ["LEMC", "ASEM LEMC"]);
    /// assert_eq!(Acronym::Sdg.forms(), ["SDG"]);
    /// ```
    #[must_use]
    pub const fn forms(self) -> &'static [&'static str] {
        match self {
            Acronym::Asem => &["ASEM"],
            Acronym::Asemme6 => &["ASEMME6"],
            Acronym::Asef => &["ASEF"],
            Acronym::Asean => &["ASEAN"],
            Acronym::Ict => &["ICT"],
            Acronym::Sdg => &["SDG"],
            Acronym::Oer => &["OER"],
            Acronym::Moocs => &["MOOCs"],
            Acronym::Stem => &["STEM"],
            Acronym::Fmm => &["FMM", "ASEM FMM"],
            Acronym::Lemc => &["LEMC", "ASEM LEMC"],
        }
    }

    /// What the acronym stands for, in the declaration's words where it spells
    /// it out.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::Oer.expansion(), "Open Educational Resources");
    /// ```
    #[must_use]
    pub const fn expansion(self) -> &'static str {
        match self {
            Acronym::Asem => "Asia-Europe Meeting",
            Acronym::Asemme6 => "6th ASEM Education Ministers' Meeting",
            Acronym::Asef => "Asia-Europe Foundation",
            Acronym::Asean => "Association of Southeast Asian Nations",
            Acronym::Ict => "Information and Communication Technologies",
            Acronym::Sdg => "Sustainable Development Goals",
            Acronym::Oer => "Open Educational Resources",
            Acronym::Moocs => "Massive Open Online Courses",
            Acronym::Stem => "science, technology, engineering and mathematics",
            Acronym::Fmm => "ASEM Foreign Ministers Meetings",
            Acronym::Lemc => "ASEM Labour and Employment Ministers' Conferences",
        }
    }

    /// The paragraph where the declaration itself spells the acronym out, if any.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::Ict.expanded_in().map(|p| p.number()), Some(10));
    /// assert_eq!(Acronym::Asean.expanded_in(), None);
    /// ```
    #[must_use]
    pub const fn expanded_in(self) -> Option<&'static Paragraph> {
        match self {
            Acronym::Asemme6 => Some(&PARAGRAPHS[0]),
            Acronym::Asef => Some(&PARAGRAPHS[5]),
            Acronym::Ict | Acronym::Sdg | Acronym::Oer | Acronym::Moocs => Some(&PARAGRAPHS[9]),
            Acronym::Fmm | Acronym::Lemc => Some(&PARAGRAPHS[11]),
            Acronym::Asem | Acronym::Asean | Acronym::Stem => None,
        }
    }
}
