//! The acronyms the declaration uses.

use super::vocabularies::acronym_variants;

acronym_variants! {
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
    pub enum Acronym ("acronym")
}
