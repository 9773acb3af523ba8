//! The acronyms the declaration uses.

use super::vocabulary::vocabulary;

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
    pub enum Acronym ("acronym") {
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
