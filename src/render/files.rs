//! The editions as files: one table names each, with its media type and what
//! it is, so that the editions link to one another by the same names, the
//! landing page lists the same downloads, and the `editions` example writes
//! the same files.

use crate::model::records::Declaration;

/// An edition of a declaration as a file, as `editions/` holds them side by
/// side: its name, its media type and what it is.
///
/// The names of the declaration's own editions begin with its slug
/// (`seoul-declaration.json`); those of the dataset around it do not
/// (`codebook.md`, `datapackage/datapackage.json`).
///
/// ```
/// use asem_seoul_declaration::{declaration, Edition};
///
/// let d = declaration();
/// assert_eq!(Edition::Json.file_name(d), "seoul-declaration.json");
/// assert_eq!(Edition::AkomaNtoso.media_type(), "application/akn+xml");
/// assert_eq!(Edition::Codebook.description(), "the codebook");
/// let names: Vec<String> = Edition::ALL.iter().map(|e| e.file_name(d)).collect();
/// assert!(names.contains(&"index.html".to_owned()));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Edition {
    /// The JSON edition (`Declaration::json_edition`).
    Json,
    /// The JSON edition's JSON Schema (`JSON_SCHEMA`).
    JsonSchema,
    /// The CSV data package's descriptor (`Declaration::tables`).
    DataPackage,
    /// The CSV data package as one zip.
    DataPackageZip,
    /// Markdown (`Declaration::to_markdown`).
    Markdown,
    /// Plain text (`Display`).
    Text,
    /// Akoma Ntoso 3.0 XML (`Declaration::to_akoma_ntoso`).
    AkomaNtoso,
    /// The W3C Web Annotations (`Declaration::web_annotations`).
    Annotations,
    /// The W3C Web Annotation JSON-LD context, for expanding the annotations
    /// offline.
    AnnotationContext,
    /// The theme map (`Declaration::theme_map_svg`).
    ThemeMap,
    /// The codebook (`codebook::to_markdown`).
    Codebook,
    /// The source, as published, converted to Markdown
    /// (`Declaration::source`).
    Source,
    /// The HTML page (`Declaration::to_html`).
    Html,
    /// The dataset's landing page (`Declaration::to_html_landing_page`).
    LandingPage,
}

/// How an edition's file is named.
enum Name {
    /// The declaration's slug and this ending.
    Slug(&'static str),
    /// This name, whatever the declaration.
    Fixed(&'static str),
    /// The source's own file name.
    Source,
}

/// One row of the table: the edition, its name, its media type, what it is,
/// and whether the landing page offers it for download.
struct File {
    edition: Edition,
    name: Name,
    media_type: &'static str,
    what: &'static str,
    download: bool,
}

/// Every edition, in the order of [`Edition`]'s variants (checked when the
/// crate compiles), which is the order the landing page lists them in.
const FILES: [File; 14] = [
    file(
        Edition::Json,
        Name::Slug(".json"),
        "application/json",
        "the JSON edition",
    ),
    file(
        Edition::JsonSchema,
        Name::Slug(".schema.json"),
        "application/schema+json",
        "its JSON Schema",
    ),
    file(
        Edition::DataPackage,
        Name::Fixed("datapackage/datapackage.json"),
        "application/json",
        "the CSV data package (Frictionless)",
    ),
    file(
        Edition::DataPackageZip,
        Name::Fixed("datapackage.zip"),
        "application/zip",
        "the CSV data package as one zip",
    ),
    file(
        Edition::Markdown,
        Name::Slug(".md"),
        "text/markdown",
        "Markdown",
    ),
    file(
        Edition::Text,
        Name::Slug(".txt"),
        "text/plain",
        "plain text",
    ),
    file(
        Edition::AkomaNtoso,
        Name::Slug(".akn.xml"),
        "application/akn+xml",
        "Akoma Ntoso 3.0 XML",
    ),
    file(
        Edition::Annotations,
        Name::Fixed("annotations.jsonld"),
        "application/ld+json",
        "W3C Web Annotations",
    ),
    file(
        Edition::AnnotationContext,
        Name::Fixed("anno.jsonld"),
        "application/ld+json",
        "the W3C annotation context, for expanding them offline",
    ),
    file(
        Edition::ThemeMap,
        Name::Fixed("theme-map.svg"),
        "image/svg+xml",
        "the theme map",
    ),
    file(
        Edition::Codebook,
        Name::Fixed("codebook.md"),
        "text/markdown",
        "the codebook",
    ),
    file(
        Edition::Source,
        Name::Source,
        "text/markdown",
        "the source, as published, converted to Markdown",
    ),
    // The pages themselves are not downloads.
    File {
        download: false,
        ..file(
            Edition::Html,
            Name::Slug(".html"),
            "text/html",
            "the HTML page",
        )
    },
    File {
        download: false,
        ..file(
            Edition::LandingPage,
            Name::Fixed("index.html"),
            "text/html",
            "the dataset's landing page",
        )
    },
];

const fn file(edition: Edition, name: Name, media_type: &'static str, what: &'static str) -> File {
    File {
        edition,
        name,
        media_type,
        what,
        download: true,
    }
}

// Each row stands at its edition's place, so that an edition finds its row
// by its number.
const _: () = {
    let mut i = 0;
    while i < FILES.len() {
        assert!(
            FILES[i].edition as usize == i,
            "FILES is in the order of Edition"
        );
        i += 1;
    }
};

impl Edition {
    /// Every edition, in the order the landing page lists them.
    pub const ALL: &'static [Edition] = &{
        let mut all = [Edition::Json; FILES.len()];
        let mut i = 0;
        while i < FILES.len() {
            all[i] = FILES[i].edition;
            i += 1;
        }
        all
    };

    fn file(self) -> &'static File {
        &FILES[self as usize]
    }

    /// The edition's file name for declaration `d`, relative to the folder of
    /// the editions.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Edition};
    /// assert_eq!(Edition::Html.file_name(declaration()), "seoul-declaration.html");
    /// assert_eq!(Edition::Source.file_name(declaration()), "seoul-declaration-asemme6-2017.md");
    /// ```
    #[must_use]
    pub fn file_name(self, d: &Declaration) -> String {
        match self.file().name {
            Name::Slug(ending) => format!("{}{ending}", d.slug),
            Name::Fixed(name) => name.to_owned(),
            Name::Source => d.publication.source_file.to_owned(),
        }
    }

    /// The edition's media type.
    ///
    /// ```
    /// use asem_seoul_declaration::Edition;
    /// assert_eq!(Edition::Markdown.media_type(), "text/markdown");
    /// ```
    #[must_use]
    pub fn media_type(self) -> &'static str {
        self.file().media_type
    }

    /// What the edition is, as a phrase: `"the JSON edition"`, `"Markdown"`.
    ///
    /// ```
    /// use asem_seoul_declaration::Edition;
    /// assert_eq!(Edition::Text.description(), "plain text");
    /// ```
    #[must_use]
    pub fn description(self) -> &'static str {
        self.file().what
    }

    /// Whether the landing page offers it for download: every edition but
    /// the pages themselves.
    #[cfg_attr(not(feature = "html"), allow(dead_code))]
    pub(crate) fn is_download(self) -> bool {
        self.file().download
    }
}

/// Where the editions are published, Cargo.toml's `homepage`, ending with `/`:
/// the one place the address is written. The `editions` example writes a
/// copy for another address (`--base`).
#[cfg_attr(
    not(any(feature = "html", feature = "svg", feature = "annotations")),
    allow(dead_code)
)]
pub(crate) const BASE: &str = env!("CARGO_PKG_HOMEPAGE");

const _: () = assert!(
    BASE.as_bytes()[BASE.len() - 1] == b'/',
    "the homepage is a folder"
);

/// The absolute address of edition `edition` of `d`.
#[cfg_attr(
    not(any(feature = "html", feature = "svg", feature = "annotations")),
    allow(dead_code)
)]
pub(crate) fn address(d: &Declaration, edition: Edition) -> String {
    format!("{BASE}{}", edition.file_name(d))
}
