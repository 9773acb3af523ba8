//! What kind of undertaking a commitment is, how firmly a pledge binds, how
//! strongly a request asks, and how precise either is.

use std::fmt;

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

/// A commitment's grade: how firmly a pledge binds (its [`Obligation`]) or
/// how strongly a request asks (its [`Force`]). Every commitment has exactly
/// one, which [`Commitment::grade`](crate::Commitment::grade) gives.
///
/// `Display` writes the name, as every vocabulary's does; [`Grade::id`] gives
/// the id.
///
/// ```
/// use asem_seoul_declaration::{declaration, Force, Grade, Obligation};
///
/// let d = declaration();
/// let firm = d.commitments().filter(|c| c.grade() == Grade::Obligation(Obligation::Firm)).count();
/// let urged = d.commitments().filter(|c| c.grade() == Grade::Force(Force::Urge)).count();
/// assert_eq!((firm, urged), (6, 3));
/// let grade = Grade::from(Force::Invite);
/// assert_eq!((grade.id(), grade.name(), grade.to_string().as_str()), ("force:invite", "Invite", "Invite"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Grade {
    /// A pledge's grade: how firmly it binds the ministers.
    Obligation(Obligation),
    /// A request's grade: how strongly it asks its party.
    Force(Force),
}

impl Grade {
    /// The grade's id: `obligation:firm`, `force:urge`.
    ///
    /// ```
    /// use asem_seoul_declaration::{Grade, Obligation};
    /// assert_eq!(Grade::Obligation(Obligation::Willing).id(), "obligation:willing");
    /// ```
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Grade::Obligation(obligation) => obligation.const_id(),
            Grade::Force(force) => force.const_id(),
        }
    }

    /// The grade's display name: `Firm`, `Urge`.
    ///
    /// ```
    /// use asem_seoul_declaration::{Force, Grade};
    /// assert_eq!(Grade::Force(Force::Encourage).name(), "Encourage");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Grade::Obligation(obligation) => obligation.const_name(),
            Grade::Force(force) => force.const_name(),
        }
    }

    /// The pledge's obligation; `None` for a request's force.
    pub(crate) const fn obligation(self) -> Option<Obligation> {
        match self {
            Grade::Obligation(obligation) => Some(obligation),
            Grade::Force(_) => None,
        }
    }

    /// The request's force; `None` for a pledge's obligation.
    pub(crate) const fn force(self) -> Option<Force> {
        match self {
            Grade::Force(force) => Some(force),
            Grade::Obligation(_) => None,
        }
    }
}

/// The name: `Firm`, `Urge`.
impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl From<Obligation> for Grade {
    fn from(obligation: Obligation) -> Grade {
        Grade::Obligation(obligation)
    }
}

impl From<Force> for Grade {
    fn from(force: Force) -> Grade {
        Grade::Force(force)
    }
}
