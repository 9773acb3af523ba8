//! This crate's publication of the declaration: the version of its data, the
//! licence of its editorial layer and editions, and what the declaration's
//! text is.
// Without every edition some of these facts have no reader; they stay
// compiled, as the facts of the publication live in one place.
#![cfg_attr(not(feature = "editions"), allow(dead_code))]

/// The version of the data: the text, the tags, the mentions, the clauses,
/// the sentences and the commitments (semver). Its major number goes up when
/// an existing tag, mention, clause or commitment changes or goes, its minor
/// number when annotations are added, its patch number when only words of a
/// description or an evidence change. `tests/data_version.rs` pins a digest of
/// the data to this version, so the data cannot change while it stays.
pub const DATA_VERSION: &str = "4.0.0";

/// The day this data version was released, ISO 8601.
pub(crate) const DATA_RELEASED: &str = "2026-12-06";

/// The SPDX id of the licence of the editorial layer and the editions, the
/// Creative Commons Attribution 4.0 International licence (`LICENSE-DATA`).
/// The code is under the MIT licence; the declaration's text is an official
/// document reproduced verbatim, over which no licence is claimed.
///
/// ```
/// assert_eq!(asem_seoul_declaration::DATA_LICENSE, "CC-BY-4.0");
/// ```
pub const DATA_LICENSE: &str = "CC-BY-4.0";

/// The licence's name and address.
pub(crate) const DATA_LICENSE_NAME: &str = "Creative Commons Attribution 4.0 International";
pub(crate) const DATA_LICENSE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

/// What the licence covers, as a phrase that can follow "covers".
pub(crate) const DATA_LICENSE_SCOPE: &str = "the editorial layer (theme and instrument tags and their evidence, mentions and referents, clauses with their stances and scopes, sentences, commitments and requests with their parts, obligations, forces, components of precision, delegation, priority areas and antecedents, the exclusions, the readings and their adjudication, the codebook, every offset) and the editions";

/// What the declaration's text is, and that no licence is claimed over it.
pub(crate) const TEXT_STATUS: &str = "The text of the Seoul Declaration is an official document of the 6th ASEM Education Ministers' Meeting (ASEMME6, Seoul, 21-22 November 2017), adopted on 22 November 2017 and published by the ASEM Education Secretariat; it is reproduced verbatim, and no licence is claimed over it.";

/// The name the dataset is cited by.
pub(crate) const DATASET_TITLE: &str =
    "asem-seoul-declaration: the Seoul Declaration of ASEMME6 (2017) as typed, verified data";

/// Who made the data and the editions, as one name: their author wherever
/// they are cited.
pub(crate) const CONTRIBUTORS: &str = "asem-seoul-declaration contributors";

/// Where the code and the editions are kept.
pub(crate) const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");
