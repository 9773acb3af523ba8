//! What kind of undertaking a commitment is, how firmly a pledge binds, how
//! strongly a request asks, and how precise either is.

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
    /// How firmly a pledge binds the ministers, weakest first, graded by what
    /// its words state they will do (the codebook's criteria), not by a list
    /// of phrases. Requests have none: their grade is a [`Force`](crate::Force).
    ///
    /// ```
    /// use asem_seoul_declaration::Obligation;
    /// assert!(Obligation::Firm > Obligation::Willing && Obligation::Willing > Obligation::Exploratory);
    /// ```
    pub enum Obligation ("obligation") {
        /// It promises only to consider the matter: to explore, to discuss, to study.
        Exploratory => "Exploratory", "exploratory";
        /// It states the ministers' readiness, willingness, support, intention or need, without stating that they will act: "we are ready to", "we express the willingness to", "we declare our support for", "we envision", "we need to work toward".
        Willing => "Willing", "willing";
        /// It states that the ministers will act, without condition or hedge, in the future or as a performative: "we will", "we will strive to", "we declare that we will", "we commit to".
        Firm => "Firm", "firm";
    }
}

vocabulary! {
    /// How strongly a request asks its party to act, weakest first. Pledges
    /// have none: their grade is an [`Obligation`](crate::Obligation).
    ///
    /// ```
    /// use asem_seoul_declaration::Force;
    /// assert!(Force::Urge > Force::Encourage && Force::Encourage > Force::Invite);
    /// ```
    pub enum Force ("force") {
        /// The party is invited: "invite", "welcome".
        Invite => "Invite", "invite";
        /// The party is encouraged: "encourage", "support the efforts of".
        Encourage => "Encourage", "encourage";
        /// The party is urged: "urge", "call upon", "request", "strongly encourage".
        Urge => "Urge", "urge";
    }
}

vocabulary! {
    /// How precisely a commitment says what is to be done, lowest first, after
    /// Abbott, Keohane, Moravcsik, Slaughter and Snidal, "The Concept of
    /// Legalization", International Organization 54(3), 2000.
    ///
    /// ```
    /// use asem_seoul_declaration::Precision;
    /// assert!(Precision::High > Precision::Medium && Precision::Medium > Precision::Low);
    /// ```
    pub enum Precision ("precision") {
        /// A general direction only: "overall cooperation", "more education cooperation".
        Low => "Low", "low";
        /// A specific deliverable or a measurable target (a named programme, event, instrument or tool, a body's task, a quantity to change), without a timeframe or a named body responsible.
        Medium => "Medium", "medium";
        /// A specific deliverable or a measurable target, and a timeframe that dates it or a named body responsible other than the ministers.
        High => "High", "high";
    }
}
