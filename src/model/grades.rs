//! What kind of undertaking a commitment is, how firmly a pledge binds, how
//! strongly a request asks, how precise either is, and to whom it is
//! delegated.

use std::fmt;

use super::vocabularies::{
    commitment_kind_variants, delegation_variants, force_variants, obligation_variants,
    precision_variants,
};

commitment_kind_variants! {
    /// Who is to act: the ministers themselves, or a party they ask.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, CommitmentKind, Referent};
    /// let pledges = declaration().commitments().filter(|c| c.kind() == CommitmentKind::Pledge);
    /// assert!(pledges.clone().all(|c| c.actor() == Referent::Ministers));
    /// ```
    pub enum CommitmentKind ("commitment-kind", "commitment kind")
}

obligation_variants! {
    /// How firmly a pledge binds the ministers, weakest first: stated by the
    /// words that govern its action, then lowered one step by a hedge
    /// ([`Commitment::hedges`](crate::Commitment::hedges)). Requests have
    /// none: their grade is a [`Force`](crate::Force).
    ///
    /// ```
    /// use asem_seoul_declaration::Obligation;
    /// assert!(Obligation::Firm > Obligation::Willing && Obligation::Willing > Obligation::Exploratory);
    /// ```
    pub enum Obligation ("obligation")
}

force_variants! {
    /// How strongly a request asks its party to act, weakest first: stated by
    /// the verb that asks, lowered one step by a hedge and raised one step by
    /// an intensifier ([`Commitment::intensifiers`](crate::Commitment::intensifiers)).
    /// Pledges have none: their grade is an [`Obligation`](crate::Obligation).
    ///
    /// ```
    /// use asem_seoul_declaration::Force;
    /// assert!(Force::Urge > Force::Encourage && Force::Encourage > Force::Invite);
    /// ```
    pub enum Force ("force")
}

precision_variants! {
    /// How precisely a commitment says what is to be done, lowest first, after
    /// Abbott, Keohane, Moravcsik, Slaughter and Snidal, "The Concept of
    /// Legalization", *International Organization* 54(3), 2000, pp. 401–419,
    /// at pp. 412–415, doi:10.1162/002081800551271. It follows by formula
    /// from three components, each coded on its own
    /// ([`Commitment::action_specific`](crate::Commitment::action_specific),
    /// [`object_specific`](crate::Commitment::object_specific),
    /// [`measurable`](crate::Commitment::measurable)): high when all three
    /// hold, medium when two do, low otherwise. Who is to act is not part of
    /// it: that is [`Delegation`].
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Precision};
    /// assert!(Precision::High > Precision::Medium && Precision::Medium > Precision::Low);
    /// let c = declaration().commitment("commitment:15-3".parse()?)?;
    /// assert!(c.action_specific() && c.object_specific() && !c.measurable());
    /// assert_eq!(c.precision(), Precision::Medium);
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub enum Precision ("precision")
}

impl Precision {
    /// The formula: how many of the three components hold.
    pub(crate) const fn of(action_specific: bool, object_specific: bool, measurable: bool) -> Self {
        match action_specific as u8 + object_specific as u8 + measurable as u8 {
            3 => Precision::High,
            2 => Precision::Medium,
            _ => Precision::Low,
        }
    }
}

delegation_variants! {
    /// Who, other than the ministers, is charged with carrying a commitment
    /// out: delegation after Abbott et al. (pp. 401, 415–418), the grant of
    /// authority to a party other than the states. A request charges the
    /// party it asks; a pledge is delegated only where it charges another
    /// party, and a pledge made "in cooperation with" a party does not.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Delegation, Spanned};
    /// let c = declaration().commitment("commitment:13-1".parse()?)?;
    /// assert_eq!(c.delegation(), Some(Delegation::Body));
    /// assert_eq!(c.delegated_to().unwrap().text(), "the ASEM Education Secretariat");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    pub enum Delegation ("delegation")
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
/// assert_eq!((firm, urged), (5, 5));
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

    /// The grade its words give: the `stated` grade lowered one step by a
    /// hedge, then, for a request, raised one step by an intensifier; a
    /// pledge's intensifier leaves it as it is.
    pub(crate) const fn graded(stated: Grade, hedged: bool, intensified: bool) -> Grade {
        match stated {
            Grade::Obligation(obligation) => Grade::Obligation(match (obligation, hedged) {
                (Obligation::Firm, true) => Obligation::Willing,
                (Obligation::Willing | Obligation::Exploratory, true) => Obligation::Exploratory,
                (obligation, false) => obligation,
            }),
            Grade::Force(force) => {
                let force = match (force, hedged) {
                    (Force::Urge, true) => Force::Encourage,
                    (Force::Encourage | Force::Invite, true) => Force::Invite,
                    (force, false) => force,
                };
                Grade::Force(match (force, intensified) {
                    (Force::Invite, true) => Force::Encourage,
                    (Force::Encourage | Force::Urge, true) => Force::Urge,
                    (force, false) => force,
                })
            }
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
