//! The queries: lookups and filters, the analyst's queries, names, search and
//! citations, over the facts.

pub(crate) mod cite;
mod declaration;
pub(crate) mod lookup;
pub(crate) mod names;
pub(crate) mod search;

use crate::facts::DECLARATION;
use crate::model::records::Declaration;

/// The Seoul Declaration.
///
/// ```
/// use asem_seoul_declaration::declaration;
/// assert_eq!(declaration().title(), "Seoul Declaration");
/// ```
#[must_use]
pub fn declaration() -> &'static Declaration {
    &DECLARATION
}
