//! The names of the edition files, as `editions/` holds them side by side, so
//! that the editions link to one another by the same names; and the list of
//! those a reader may download, with their media types.

/// Where the editions are published, Cargo.toml's `homepage`, ending with `/`:
/// the one place the address is written. The `editions` example writes a
/// copy for another address (`--base`).
pub(crate) const BASE: &str = env!("CARGO_PKG_HOMEPAGE");

const _: () = assert!(
    BASE.as_bytes()[BASE.len() - 1] == b'/',
    "the homepage is a folder"
);

/// The absolute address of an edition's `file`.
#[cfg_attr(
    not(any(feature = "html", feature = "svg", feature = "annotations")),
    allow(dead_code)
)]
pub(crate) fn address(file: &str) -> String {
    format!("{BASE}{file}")
}

// The JSON edition alone does not name the page.
#[cfg_attr(
    not(any(feature = "html", feature = "svg", feature = "annotations")),
    allow(dead_code)
)]
pub(crate) const HTML: &str = "seoul-declaration.html";
pub(crate) const JSON: &str = "seoul-declaration.json";
pub(crate) const SCHEMA: &str = "seoul-declaration.schema.json";
pub(crate) const MARKDOWN: &str = "seoul-declaration.md";
pub(crate) const TEXT: &str = "seoul-declaration.txt";
pub(crate) const AKN: &str = "seoul-declaration.akn.xml";
pub(crate) const SVG: &str = "theme-map.svg";
pub(crate) const PACKAGE: &str = "datapackage/datapackage.json";
/// The data package as one zip, which the `editions` example writes.
pub(crate) const PACKAGE_ZIP: &str = "datapackage.zip";
pub(crate) const CODEBOOK: &str = "codebook.md";
pub(crate) const ANNOTATIONS: &str = "annotations.jsonld";
/// The W3C Web Annotation JSON-LD context, carried beside the annotations.
pub(crate) const ANNOTATION_CONTEXT: &str = "anno.jsonld";
/// The source the data was checked against, carried beside the editions.
pub(crate) const SOURCE: &str = "seoul-declaration-asemme6-2017.md";

/// The media type of Akoma Ntoso documents (registered by OASIS), the same
/// wherever the editions name it.
pub(crate) const AKN_MEDIA_TYPE: &str = "application/akn+xml";

/// Every file a reader may download, with its media type and what it is.
#[cfg_attr(not(feature = "html"), allow(dead_code))]
pub(crate) const DOWNLOADS: &[(&str, &str, &str)] = &[
    (JSON, "application/json", "the JSON edition"),
    (SCHEMA, "application/schema+json", "its JSON Schema"),
    (
        PACKAGE,
        "application/json",
        "the CSV data package (Frictionless)",
    ),
    (
        PACKAGE_ZIP,
        "application/zip",
        "the CSV data package as one zip",
    ),
    (MARKDOWN, "text/markdown", "Markdown"),
    (TEXT, "text/plain", "plain text"),
    (AKN, AKN_MEDIA_TYPE, "Akoma Ntoso 3.0 XML"),
    (ANNOTATIONS, "application/ld+json", "W3C Web Annotations"),
    (
        ANNOTATION_CONTEXT,
        "application/ld+json",
        "the W3C annotation context, for expanding them offline",
    ),
    (SVG, "image/svg+xml", "the theme map"),
    (CODEBOOK, "text/markdown", "the codebook"),
    (
        SOURCE,
        "text/markdown",
        "the source, as published, converted to Markdown",
    ),
];
