//! The readings' files the editions carry as they stand under
//! `data/readings/`: what `scripts/agreement.py` computed and what the
//! adjudicator decided (CI checks that the script still computes them).

/// How far the blind readings agree, field by field: a TSV with a header row.
pub(crate) const AGREEMENT: &str = include_str!("../../data/readings/agreement.tsv");

/// Every difference between the blind readings, as listed for adjudication.
#[cfg(feature = "tables")]
pub(crate) const DISAGREEMENTS: &str =
    include_str!("../../data/readings/adjudication/disagreements.tsv");

/// The adjudicator's decision on each difference.
#[cfg(feature = "tables")]
pub(crate) const DECISIONS: &str = include_str!("../../data/readings/adjudication/decisions.tsv");
