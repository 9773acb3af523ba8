//! This crate's publication of the declaration: the version of its data, the
//! licence of its editorial layer and editions, and what the declaration's
//! text is.

use crate::model::records::Publication;

/// The publication of the Seoul Declaration.
pub(crate) static PUBLICATION: Publication = Publication {
    data_version: DATA_VERSION,
    data_released: "2026-12-06",
    license: DATA_LICENSE,
    license_name: "Creative Commons Attribution 4.0 International",
    license_url: "https://creativecommons.org/licenses/by/4.0/",
    license_scope: "the editorial layer (theme and instrument tags and their evidence, mentions and referents, clauses with their stances and scopes, sentences, commitments and requests with their parts, obligations, forces, components of precision, delegation, priority areas and antecedents, the exclusions, the readings and their adjudication, the codebook, every offset) and the editions",
    text_status: "The text of the Seoul Declaration is an official document of the 6th ASEM Education Ministers' Meeting (ASEMME6, Seoul, 21-22 November 2017), adopted on 22 November 2017 and published by the ASEM Education Secretariat; it is reproduced verbatim, and no licence is claimed over it.",
    country_code: "KR",
    keywords: &[
        "ASEM",
        "Asia-Europe Meeting",
        "education policy",
        "ministerial declaration",
        "commitments",
    ],
    dataset_title: "asem-seoul-declaration: the Seoul Declaration of ASEMME6 (2017) as typed, verified data",
    contributors: "asem-seoul-declaration contributors",
    repository: env!("CARGO_PKG_REPOSITORY"),
    source_file: "seoul-declaration-asemme6-2017.md",
    source_sha256: crate::SOURCE_SHA256,
    #[cfg(any(feature = "markdown", feature = "html", feature = "tables"))]
    agreement: include_str!("../../data/readings/agreement.tsv"),
    #[cfg(feature = "markdown")]
    codebook: &super::codebook::CODEBOOK,
    #[cfg(feature = "tables")]
    disagreements: include_str!("../../data/readings/adjudication/disagreements.tsv"),
    #[cfg(feature = "tables")]
    decisions: include_str!("../../data/readings/adjudication/decisions.tsv"),
};

/// The version of the data: the text, the tags, the mentions, the clauses,
/// the sentences and the commitments (semver). Its major number goes up when
/// an existing tag, mention, clause or commitment changes or goes, its minor
/// number when annotations are added, its patch number when only words of a
/// description or an evidence change. `tests/data_version.rs` pins a digest of
/// the data to this version, so the data cannot change while it stays.
pub const DATA_VERSION: &str = "4.0.0";

/// The SPDX id of the licence of the editorial layer and the editions, the
/// Creative Commons Attribution 4.0 International licence (`LICENSE-DATA`).
/// The code is under the MIT licence; the declaration's text is an official
/// document reproduced verbatim, over which no licence is claimed.
///
/// ```
/// assert_eq!(asem_seoul_declaration::DATA_LICENSE, "CC-BY-4.0");
/// ```
pub const DATA_LICENSE: &str = "CC-BY-4.0";
