//! The acronyms the declaration uses, and their expansions.

use std::fmt;
use std::str::FromStr;

use crate::{data, Error, Paragraph};

/// An acronym the declaration uses.
///
/// Parsing is case-insensitive and accepts every form the text uses ("FMM" and
/// "ASEM FMM", "SDG" and "SDGs").
///
/// ```
/// use asem_seoul_declaration::Acronym;
///
/// let fmm: Acronym = "asem fmm".parse()?;
/// assert_eq!(fmm, Acronym::Fmm);
/// assert_eq!(fmm.expansion(), "ASEM Foreign Ministers Meetings");
/// assert_eq!(fmm.expanded_in().unwrap().number(), 12);
/// assert_eq!(Acronym::Asean.expanded_in(), None);
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Acronym {
    /// ASEM, the Asia-Europe Meeting.
    Asem,
    /// ASEMME, the ASEM Education Ministers' Meeting ("ASEMME6" in the text).
    Asemme,
    /// ASEF, the Asia-Europe Foundation.
    Asef,
    /// ASEAN, the Association of Southeast Asian Nations.
    Asean,
    /// ICT, Information and Communication Technologies.
    Ict,
    /// SDG, the Sustainable Development Goals.
    Sdg,
    /// OER, Open Educational Resources.
    Oer,
    /// MOOCs, Massive Open Online Courses.
    Moocs,
    /// STEM, science, technology, engineering and mathematics.
    Stem,
    /// FMM, the ASEM Foreign Ministers Meetings ("ASEM FMM").
    Fmm,
    /// LEMC, the ASEM Labour and Employment Ministers' Conferences ("ASEM LEMC").
    Lemc,
}

/// What the glossary holds for one acronym.
#[derive(Debug)]
pub(crate) struct AcronymRecord {
    pub(crate) acronym: Acronym,
    /// The forms the text writes, the plain acronym first.
    pub(crate) forms: &'static [&'static str],
    pub(crate) expansion: &'static str,
    /// The paragraph where the declaration spells the acronym out, if it does.
    pub(crate) expanded_in: Option<u8>,
}

impl Acronym {
    /// Every acronym, in the order above.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::ALL.len(), 11);
    /// assert!(Acronym::ALL.iter().all(|a| a.as_str().parse::<Acronym>() == Ok(*a)));
    /// ```
    pub const ALL: &'static [Acronym] = &[
        Acronym::Asem,
        Acronym::Asemme,
        Acronym::Asef,
        Acronym::Asean,
        Acronym::Ict,
        Acronym::Sdg,
        Acronym::Oer,
        Acronym::Moocs,
        Acronym::Stem,
        Acronym::Fmm,
        Acronym::Lemc,
    ];

    const fn record(self) -> &'static AcronymRecord {
        &data::ACRONYMS[self as usize]
    }

    /// The acronym as the text writes it: `"MOOCs"`.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::Moocs.as_str(), "MOOCs");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.record().forms[0]
    }

    /// Every form the text writes, the plain acronym first.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::Lemc.forms(), ["LEMC", "ASEM LEMC"]);
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
    /// ```
    #[must_use]
    pub fn expanded_in(self) -> Option<&'static Paragraph> {
        self.record().expanded_in.map(data::paragraph)
    }
}

/// The acronym as written: `MOOCs`.
impl fmt::Display for Acronym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Acronym {
    type Err = Error;

    /// Any of the acronym's [forms](Acronym::forms), ignoring ASCII case.
    fn from_str(s: &str) -> Result<Self, Error> {
        Acronym::ALL
            .iter()
            .copied()
            .find(|a| a.forms().iter().any(|form| form.eq_ignore_ascii_case(s)))
            .ok_or_else(|| crate::vocabulary::unknown_name::<Acronym>(s))
    }
}

impl crate::vocabulary::Vocabulary for Acronym {
    const KIND: &'static str = "acronym";
    const SLUGS: &'static [&'static str] = &data::ACRONYM_NAMES;
}

/// What `acronym` stands for, ignoring case; `None` if the declaration does not use it.
///
/// ```
/// use asem_seoul_declaration::expand;
///
/// assert_eq!(expand("OER"), Some("Open Educational Resources"));
/// assert_eq!(expand("moocs"), Some("Massive Open Online Courses"));
/// assert_eq!(expand("ASEM LEMC"), Some("ASEM Labour and Employment Ministers' Conferences"));
/// assert_eq!(expand("NATO"), None);
/// ```
#[must_use]
pub fn expand(acronym: &str) -> Option<&'static str> {
    acronym.parse::<Acronym>().ok().map(Acronym::expansion)
}
