//! How an anaphor refers back.

use super::vocabularies::anaphor_kind_variants;

anaphor_kind_variants! {
    /// How an anaphor refers back.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, AnaphorKind};
    /// let discourse = declaration().anaphors().filter(|a| a.kind() == AnaphorKind::Discourse).count();
    /// assert!(discourse > 0);
    /// ```
    pub enum AnaphorKind ("anaphor-kind", "anaphor kind")
}
