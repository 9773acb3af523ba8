//! The acronyms the declaration uses, and their expansions.

use crate::vocabulary::vocabulary;
use crate::{data, Paragraph};

vocabulary! {
    /// An acronym the declaration uses, named as the text writes it.
    ///
    /// Parsing ignores ASCII case and accepts every form the text writes ("FMM"
    /// and "ASEM FMM"), the slug and the id.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    ///
    /// let fmm: Acronym = "asem fmm".parse()?;
    /// assert_eq!(fmm, Acronym::Fmm);
    /// assert_eq!(fmm.expansion(), "ASEM Foreign Ministers Meetings");
    /// assert_eq!(fmm.expanded_in().unwrap().number(), 12);
    /// assert_eq!(Acronym::Asean.expanded_in(), None);
    /// assert_eq!("ASEMME6".parse::<Acronym>()?.expansion(), "6th ASEM Education Ministers' Meeting");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Acronym ("acronym"; parse_also = written_form) {
        /// ASEM, the Asia-Europe Meeting.
        Asem => "ASEM", "asem";
        /// ASEMME6, the 6th ASEM Education Ministers' Meeting, which adopted the declaration.
        Asemme6 => "ASEMME6", "asemme6";
        /// ASEF, the Asia-Europe Foundation.
        Asef => "ASEF", "asef";
        /// ASEAN, the Association of Southeast Asian Nations.
        Asean => "ASEAN", "asean";
        /// ICT, Information and Communication Technologies.
        Ict => "ICT", "ict";
        /// SDG, the Sustainable Development Goals.
        Sdg => "SDG", "sdg";
        /// OER, Open Educational Resources.
        Oer => "OER", "oer";
        /// MOOCs, Massive Open Online Courses.
        Moocs => "MOOCs", "moocs";
        /// STEM, science, technology, engineering and mathematics.
        Stem => "STEM", "stem";
        /// FMM, the ASEM Foreign Ministers Meetings ("ASEM FMM" in the text).
        Fmm => "FMM", "fmm";
        /// LEMC, the ASEM Labour and Employment Ministers' Conferences ("ASEM LEMC" in the text).
        Lemc => "LEMC", "lemc";
    }
}

/// What the glossary holds for one acronym.
#[derive(Debug)]
pub(crate) struct AcronymRecord {
    /// The forms the text writes, the acronym's name first.
    pub(crate) forms: &'static [&'static str],
    pub(crate) expansion: &'static str,
    /// The paragraph where the declaration spells the acronym out, if it does.
    pub(crate) expanded_in: Option<u8>,
}

impl Acronym {
    const fn record(self) -> &'static AcronymRecord {
        &data::ACRONYMS[self as usize]
    }

    /// The acronym as the text writes it: `"MOOCs"`; the same as [`Acronym::name`].
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::Moocs.as_str(), "MOOCs");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.name()
    }

    /// Every form the text writes, the acronym's name first.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::Lemc.forms(), ["LEMC", "ASEM LEMC"]);
    /// assert_eq!(Acronym::Sdg.forms(), ["SDG"]);
    /// ```
    #[must_use]
    pub const fn forms(self) -> &'static [&'static str] {
        self.record().forms
    }

    /// What the acronym stands for, in the declaration's words where it spells it out.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::Oer.expansion(), "Open Educational Resources");
    /// ```
    #[must_use]
    pub const fn expansion(self) -> &'static str {
        self.record().expansion
    }

    /// The paragraph where the declaration itself spells the acronym out, if any.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::Ict.expanded_in().map(|p| p.number()), Some(10));
    /// assert_eq!(Acronym::Asemme6.expanded_in().map(|p| p.number()), Some(1));
    /// ```
    #[must_use]
    pub fn expanded_in(self) -> Option<&'static Paragraph> {
        self.record().expanded_in.map(data::paragraph)
    }
}

/// The acronym one of whose written forms is `given`, ignoring ASCII case.
fn written_form(given: &str) -> Option<Acronym> {
    Acronym::iter().find(|a| {
        a.forms()
            .iter()
            .any(|form| form.eq_ignore_ascii_case(given))
    })
}

/// What `acronym` stands for, ignoring case; `None` if the declaration does not use it.
///
/// ```
/// use asem_seoul_declaration::expand;
///
/// assert_eq!(expand("OER"), Some("Open Educational Resources"));
/// assert_eq!(expand("moocs"), Some("Massive Open Online Courses"));
/// assert_eq!(expand("ASEM LEMC"), Some("ASEM Labour and Employment Ministers' Conferences"));
/// assert_eq!(expand("ASEMME6"), Some("6th ASEM Education Ministers' Meeting"));
/// assert_eq!(expand("NATO"), None);
/// ```
#[must_use]
pub fn expand(acronym: &str) -> Option<&'static str> {
    acronym.parse::<Acronym>().ok().map(Acronym::expansion)
}
