//! Who and what the paragraphs name, with exact spans, and the ids that name
//! them in the exports.

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;
use std::str::FromStr;

use crate::span::{self, Span};
use crate::vocabulary::vocabulary;
use crate::{data, Declaration, Error, Instrument, Meeting, Paragraph, Summit};

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
        /// The ASEM Summits of heads of state and government, as a body of the ASEM Political Process.
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
        /// Stakeholders: the parties to the cooperation besides the ministers and the ASEM partners, from students, teachers and institutions to industries, services, public administration at national and regional level and civil society.
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
        /// The Sustainable Development Goals (SDG in the text).
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
/// Every referent has a stable id, `KIND:SLUG`, which `Display` writes and
/// `FromStr` reads: `entity:asef`, `instrument:moocs`, `meeting:asemme6`,
/// `summit:asem6`, `place:seoul`, `concept:moocs`,
/// `declaration:seoul-declaration`. The JSON and CSV editions use these ids, and
/// with the `serde` feature a referent (de)serializes as its id.
///
/// ```
/// use asem_seoul_declaration::{Concept, Entity, Referent};
///
/// let ict = Referent::from(Concept::Ict);
/// assert_eq!(ict.names(), ["Information and Communication Technologies", "ICT"]);
/// assert_eq!(ict.to_string(), "concept:ict");
/// assert_eq!("entity:asef".parse::<Referent>()?, Referent::Entity(Entity::Asef));
/// assert_eq!("meeting:asemme6".parse::<Referent>()?, Referent::Meeting(6));
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Referent {
    /// A body, group or process.
    Entity(Entity),
    /// One of the instruments the declaration names.
    Instrument(Instrument),
    /// One ASEM Education Ministers' Meeting, by its ordinal (6 for ASEMME6).
    Meeting(u8),
    /// One ASEM Summit, by its ordinal (6 for the summit held in Helsinki in 2006).
    Summit(u8),
    /// A place.
    Place(Place),
    /// An idea or field.
    Concept(Concept),
    /// The Seoul Declaration itself.
    Declaration,
}

/// The kinds of referent ids, in the order `FromStr`'s error lists them.
const KINDS: &[&str] = &[
    "entity",
    "instrument",
    "meeting",
    "summit",
    "place",
    "concept",
    "declaration",
];

/// The slug of the declaration's own id.
pub(crate) const DECLARATION_SLUG: &str = "seoul-declaration";

impl Referent {
    /// The forms under which the declaration names the referent, longest first
    /// where one contains another. Every occurrence of these in a paragraph, unless
    /// inside a longer name, is a [`Mention`].
    ///
    /// ```
    /// use asem_seoul_declaration::{Entity, Referent};
    /// assert_eq!(Referent::from(Entity::Asef).names(), ["Asia-Europe Foundation", "ASEF"]);
    /// assert_eq!(Referent::Summit(6).names(), ["6th ASEM Summit"]);
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
            Referent::Summit(6) => &["6th ASEM Summit"],
            Referent::Meeting(_) | Referent::Summit(_) => &[],
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

    /// Whether the referent names something the declaration knows: always, but
    /// for a [`Referent::Meeting`] or [`Referent::Summit`] whose ordinal is not
    /// one of the six meetings or the summit of paragraph 2.
    ///
    /// ```
    /// use asem_seoul_declaration::Referent;
    /// assert!(Referent::Meeting(1).is_known() && Referent::Summit(6).is_known());
    /// assert!(!Referent::Meeting(7).is_known() && !Referent::Summit(5).is_known());
    /// ```
    #[must_use]
    pub const fn is_known(self) -> bool {
        match self {
            Referent::Meeting(n) => n >= 1 && n as usize <= data::MEETINGS.len(),
            Referent::Summit(n) => n == data::SERIES.origin.ordinal,
            _ => true,
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

    /// The summit, for a [`Referent::Summit`] the declaration names.
    ///
    /// ```
    /// use asem_seoul_declaration::Referent;
    /// assert_eq!(Referent::Summit(6).summit().unwrap().city(), "Helsinki");
    /// assert!(Referent::Summit(1).summit().is_none());
    /// ```
    #[must_use]
    pub fn summit(self) -> Option<&'static Summit> {
        match self {
            Referent::Summit(_) if self.is_known() => Some(data::SERIES.origin),
            _ => None,
        }
    }

    /// The kind of id: `"entity"`, `"instrument"`, `"meeting"`, `"summit"`,
    /// `"place"`, `"concept"` or `"declaration"`.
    ///
    /// ```
    /// use asem_seoul_declaration::{Place, Referent};
    /// assert_eq!(Referent::from(Place::Seoul).kind(), "place");
    /// ```
    #[must_use]
    pub const fn kind(self) -> &'static str {
        match self {
            Referent::Entity(_) => KINDS[0],
            Referent::Instrument(_) => KINDS[1],
            Referent::Meeting(_) => KINDS[2],
            Referent::Summit(_) => KINDS[3],
            Referent::Place(_) => KINDS[4],
            Referent::Concept(_) => KINDS[5],
            Referent::Declaration => KINDS[6],
        }
    }

    /// A name for people: the vocabulary's display name, the meeting or summit as
    /// `Display` writes it, or the declaration's title.
    ///
    /// ```
    /// use asem_seoul_declaration::{Entity, Referent};
    /// assert_eq!(Referent::from(Entity::Asef).name(), "Asia-Europe Foundation");
    /// assert_eq!(Referent::Meeting(6).name(), "ASEMME6 (Seoul, 2017)");
    /// assert_eq!(Referent::Summit(6).name(), "6th ASEM Summit (Helsinki, 2006)");
    /// ```
    #[must_use]
    pub fn name(self) -> String {
        match self {
            Referent::Entity(e) => e.name().to_owned(),
            Referent::Instrument(i) => i.name().to_owned(),
            Referent::Place(p) => p.name().to_owned(),
            Referent::Concept(c) => c.name().to_owned(),
            Referent::Declaration => data::DECLARATION.title.to_owned(),
            Referent::Meeting(n) => self
                .meeting()
                .map_or_else(|| format!("ASEMME{n}"), ToString::to_string),
            Referent::Summit(n) => self
                .summit()
                .map_or_else(|| format!("ASEM Summit {n}"), ToString::to_string),
        }
    }
}

/// The id: `entity:asef`, `meeting:asemme6`, `declaration:seoul-declaration`.
impl fmt::Display for Referent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Referent::Entity(e) => f.write_str(e.id()),
            Referent::Instrument(i) => f.write_str(i.id()),
            Referent::Place(p) => f.write_str(p.id()),
            Referent::Concept(c) => f.write_str(c.id()),
            Referent::Meeting(n) => write!(f, "meeting:asemme{n}"),
            Referent::Summit(n) => write!(f, "summit:asem{n}"),
            Referent::Declaration => write!(f, "declaration:{DECLARATION_SLUG}"),
        }
    }
}

impl FromStr for Referent {
    type Err = Error;

    /// An id, `KIND:SLUG`, or `KIND:` and the referent's name, ignoring ASCII
    /// case; only the meetings and the summit the declaration names parse.
    fn from_str(given: &str) -> Result<Referent, Error> {
        let unknown_kind = || Error::UnknownReferent {
            given: given.to_owned(),
            kinds: KINDS,
        };
        let (kind, bare) = given.split_once(':').ok_or_else(unknown_kind)?;
        let named = |kind, known, accepted| named_referent(given, bare, kind, known, accepted);
        match kind.to_ascii_lowercase().as_str() {
            "entity" => given.parse().map(Referent::Entity),
            "instrument" => given.parse().map(Referent::Instrument),
            "place" => given.parse().map(Referent::Place),
            "concept" => given.parse().map(Referent::Concept),
            "meeting" => named(KINDS[2], &MEETING_REFERENTS, MEETING_SLUGS),
            "summit" => named(
                KINDS[3],
                &[Referent::Summit(data::SERIES.origin.ordinal)],
                SUMMIT_SLUGS,
            ),
            "declaration" => named(KINDS[6], &[Referent::Declaration], &[DECLARATION_SLUG]),
            _ => Err(unknown_kind()),
        }
    }
}

/// Which of `known`, referents that are no vocabulary's variants, `bare` (the
/// part of `given` after its kind) writes: by its id's slug or by its name.
fn named_referent(
    given: &str,
    bare: &str,
    kind: &'static str,
    known: &[Referent],
    accepted: &'static [&'static str],
) -> Result<Referent, Error> {
    known
        .iter()
        .copied()
        .find(|r| {
            let id = r.to_string();
            let slug = id.split_once(':').map_or("", |(_, slug)| slug);
            slug.eq_ignore_ascii_case(bare) || r.name().eq_ignore_ascii_case(bare)
        })
        .ok_or_else(|| Error::UnknownName {
            kind,
            given: given.to_owned(),
            accepted,
        })
}

/// The meetings the declaration names, as referents.
const MEETING_REFERENTS: [Referent; 6] = [
    Referent::Meeting(1),
    Referent::Meeting(2),
    Referent::Meeting(3),
    Referent::Meeting(4),
    Referent::Meeting(5),
    Referent::Meeting(6),
];

/// The slugs of the meetings' ids, for error messages.
const MEETING_SLUGS: &[&str] = &[
    "asemme1", "asemme2", "asemme3", "asemme4", "asemme5", "asemme6",
];

/// The slug of the one summit the declaration names.
const SUMMIT_SLUGS: &[&str] = &["asem6"];

const _: () = assert!(
    MEETING_SLUGS.len() == data::MEETINGS.len() && MEETING_REFERENTS.len() == data::MEETINGS.len(),
    "one slug and one referent per meeting"
);

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
/// Serializes as the id.
impl serde::Serialize for Referent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
/// Deserializes from the id.
impl<'de> serde::Deserialize<'de> for Referent {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::vocabulary::deserialize_parsed(deserializer)
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

impl From<&Summit> for Referent {
    fn from(s: &Summit) -> Self {
        Referent::Summit(s.ordinal())
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
/// assert_eq!(format!("{asef:?}"), r#"Mention { paragraph: 6, range: 518..522, text: "ASEF", referent: entity:asef }"#);
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mention {
    pub(crate) paragraph: u8,
    pub(crate) span: Span,
    pub(crate) referent: Referent,
}

impl Mention {
    /// Joins located spans with what they refer to, at compile time.
    pub(crate) const fn attach<const N: usize>(
        paragraph: u8,
        spans: [Span; N],
        referents: [Referent; N],
    ) -> [Mention; N] {
        let mut found = [Mention {
            paragraph,
            span: Span { start: 0, text: "" },
            referent: Referent::Declaration,
        }; N];
        let mut i = 0;
        while i < N {
            found[i] = Mention {
                paragraph,
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
        data::paragraph(self.paragraph)
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

    /// The byte range of the name in the paragraph's [`text`](Paragraph::text),
    /// for slicing a Rust `str`.
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

    /// The range of the name counted in Unicode code points, as Python and R
    /// index strings.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let p = declaration().paragraph(10)?;
    /// let info = p.mentions()[1];
    /// assert_eq!(info.text(), "Information and Communication Technologies");
    /// assert_eq!((info.range().start, info.char_range().start), (46, 44));
    /// let chars: String = p.text().chars().skip(44).take(info.char_range().len()).collect();
    /// assert_eq!(chars, info.text());
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn char_range(&self) -> Range<usize> {
        span::char_range(self.paragraph().text(), self.range())
    }

    /// The range of the name counted in UTF-16 code units, as JavaScript, Java
    /// and .NET index strings.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let info = declaration().paragraph(10)?.mentions()[1];
    /// assert_eq!(info.utf16_range(), 44..86);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn utf16_range(&self) -> Range<usize> {
        span::utf16_range(self.paragraph().text(), self.range())
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

/// One line: `Mention { paragraph: 6, range: 518..522, text: "ASEF", referent: entity:asef }`.
impl fmt::Debug for Mention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Mention {{ paragraph: {}, range: {:?}, text: {:?}, referent: {} }}",
            self.paragraph,
            self.range(),
            self.text(),
            self.referent
        )
    }
}

/// The analyst's queries over names.
impl Declaration {
    /// Every mention in every paragraph, in document order.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Referent};
    /// let d = declaration();
    /// assert!(d.mentions().count() > 90);
    /// assert_eq!(d.mentions().filter(|m| m.referent() == Referent::Declaration).count(), 5);
    /// assert_eq!(d.mentions().next_back().unwrap().text(), "ASEM Education Process");
    /// ```
    #[must_use]
    pub fn mentions(
        &self,
    ) -> impl DoubleEndedIterator<Item = &'static Mention> + FusedIterator + Clone {
        self.paragraphs.iter().flat_map(Paragraph::mentions)
    }

    /// Every mention of `referent`, in document order.
    ///
    /// Takes anything that converts into a [`Referent`]: an [`Entity`],
    /// [`Instrument`], [`Place`], [`Concept`], [`&Meeting`](crate::Meeting) or
    /// [`&Summit`](crate::Summit).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Concept};
    ///
    /// let ict: Vec<_> = declaration().mentions_of(Concept::Ict).collect();
    /// assert_eq!(ict.len(), 5);
    /// assert!(ict.iter().all(|m| m.paragraph().number() == 10));
    /// ```
    #[must_use]
    pub fn mentions_of(
        &self,
        referent: impl Into<Referent>,
    ) -> impl DoubleEndedIterator<Item = &'static Mention> + FusedIterator + Clone {
        let referent = referent.into();
        self.mentions().filter(move |m| m.referent() == referent)
    }
}
