//! The queries: lookups and filters, the analyst's queries, names, search and
//! citations, over the facts.

pub(crate) mod cite;
mod declaration;
pub(crate) mod lookup;
pub(crate) mod names;
pub(crate) mod search;
