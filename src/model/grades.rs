//! What kind of undertaking a commitment is, and how firmly it binds.

use super::vocabulary::vocabulary;

vocabulary! {
    /// Who is to act: the ministers themselves, or a party they ask.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, CommitmentKind, Referent};
    /// let pledges = declaration().commitments().filter(|c| c.kind() == CommitmentKind::Pledge);
    /// assert!(pledges.clone().all(|c| c.actor() == Referent::Ministers));
    /// ```
    pub enum CommitmentKind ("commitment-kind", "commitment kind") {
        /// A commitment of the ministers: a discrete, specific, publicly expressed, collectively agreed statement of intent to take future action toward an identified target (the G7 Research Group's definition).
        Pledge => "Pledge", "pledge";
        /// A request: the ministers ask a named party other than themselves to act.
        Request => "Request", "request";
    }
}

vocabulary! {
    /// How firmly a commitment binds, weakest first.
    ///
    /// ```
    /// use asem_seoul_declaration::Strength;
    /// assert!(Strength::Firm > Strength::Willing && Strength::Willing > Strength::Exploratory);
    /// ```
    pub enum Strength ("strength") {
        /// An intention to look into the matter, with no promise of the outcome: "we intend to explore possibilities", "we are ready to discuss".
        Exploratory => "Exploratory", "exploratory";
        /// A stated readiness or willingness to act: "we are ready to", "express willingness", "we envision", "we need to work toward".
        Willing => "Willing", "willing";
        /// An unhedged undertaking: "we will", "we declare", "we agree", and a request made without reserve ("we invite", "we urge").
        Firm => "Firm", "firm";
    }
}
