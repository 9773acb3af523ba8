//! The editions: one module per format, each written over the one walk of
//! the document in `walk`, and here, in one place, every edition named once:
//! its module, its file ([`Edition`]: name, media type, what it is, and its
//! text where the crate writes it), and its method on [`Declaration`].
//!
//! A new edition is its module, its entries here (the `mod` line, the row of
//! the table, the method, and its text in [`Edition::text`]), and its row in
//! the guide's table of editions; the `editions` example writes it from the
//! table, and the guide's test holds the guide to it.

use crate::model::records::Declaration;
#[cfg(any(feature = "annotations", feature = "serde"))]
use serde::Serialize;
#[cfg(feature = "tables")]
use tables::Table;

#[cfg(feature = "akn")]
mod akn;
#[cfg(feature = "annotations")]
mod annotations;
#[cfg(feature = "markdown")]
pub(crate) mod codebook;
#[cfg(feature = "html")]
mod html;
#[cfg(feature = "serde")]
pub(crate) mod json;
#[cfg(feature = "markdown")]
mod markdown;
#[cfg(any(feature = "markdown", feature = "html", feature = "akn"))]
mod marks;
mod plain;
#[cfg(feature = "svg")]
mod svg;
#[cfg(feature = "tables")]
pub mod tables;
#[cfg(any(feature = "serde", feature = "tables"))]
mod terms;
mod walk;

#[cfg(any(feature = "html", feature = "akn", feature = "svg"))]
pub(crate) use walk::Xml;
pub(crate) use walk::{Inline, Outline, inline, outline, to_string};

/// An edition of a declaration as a file, as `editions/` holds them side by
/// side: its name, its media type and what it is.
///
/// The names of the editions of the text begin with the declaration's slug
/// (`seoul-declaration.json`); those of the dataset around it (the data
/// package, the annotations, the theme map, the codebook, the landing page)
/// do not, so that a folder holds one declaration's dataset. The JSON
/// Schema, [`JSON_SCHEMA`](crate::JSON_SCHEMA), is the Seoul Declaration's:
/// it lists its ids and counts its paragraphs.
///
/// ```
/// use asem_seoul_declaration::{declaration, Edition};
///
/// let d = declaration();
/// assert_eq!(Edition::Json.path(d), "seoul-declaration.json");
/// assert_eq!(Edition::AkomaNtoso.media_type(), "application/akn+xml");
/// assert_eq!(Edition::Codebook.description(), "the codebook");
/// let names: Vec<String> = Edition::ALL.iter().map(|e| e.path(d)).collect();
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

    /// The edition's path for declaration `d`, relative to the folder of the
    /// editions: a file name, or a file in a folder of its own
    /// (`datapackage/datapackage.json`).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Edition};
    /// assert_eq!(Edition::Html.path(declaration()), "seoul-declaration.html");
    /// assert_eq!(Edition::Source.path(declaration()), "seoul-declaration-asemme6-2017.md");
    /// ```
    #[must_use]
    pub fn path(self, d: &Declaration) -> String {
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

    /// What the edition is, as a phrase of the landing page's list of
    /// downloads: `"the JSON edition"`, `"Markdown"`.
    ///
    /// ```
    /// use asem_seoul_declaration::Edition;
    /// assert_eq!(Edition::Text.description(), "plain text");
    /// ```
    #[must_use]
    pub fn description(self) -> &'static str {
        self.file().what
    }

    /// The edition's text, for every edition the crate writes as text
    /// itself with the features it is built with; `None` for those a
    /// serializer writes (the JSON edition and its schema, the annotations
    /// and the data package, from [`Declaration::json_edition`],
    /// [`JSON_SCHEMA`](crate::JSON_SCHEMA), [`Declaration::web_annotations`]
    /// and [`Declaration::tables`]) and for the W3C context, which the crate
    /// does not hold.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Edition};
    ///
    /// let d = declaration();
    /// assert_eq!(Edition::Text.text(d), Some(d.to_string()));
    /// assert_eq!(Edition::Markdown.text(d), Some(d.to_markdown()));
    /// assert_eq!(Edition::Json.text(d), None);
    /// ```
    #[must_use]
    pub fn text(self, d: &Declaration) -> Option<String> {
        // Every edition has its arm, so that a new one says whether the
        // crate writes it; an edition whose feature is off has none to give.
        match self {
            Edition::Text => Some(d.to_string()),
            Edition::Source => Some(d.source().to_owned()),
            #[cfg(feature = "markdown")]
            Edition::Markdown => Some(d.to_markdown()),
            #[cfg(feature = "markdown")]
            Edition::Codebook => Some(codebook::to_markdown(d)),
            #[cfg(feature = "akn")]
            Edition::AkomaNtoso => Some(d.to_akoma_ntoso()),
            #[cfg(feature = "svg")]
            Edition::ThemeMap => Some(d.theme_map_svg()),
            #[cfg(feature = "html")]
            Edition::Html => Some(d.to_html()),
            #[cfg(feature = "html")]
            Edition::LandingPage => Some(d.to_html_landing_page()),
            #[cfg(not(feature = "markdown"))]
            Edition::Markdown | Edition::Codebook => None,
            #[cfg(not(feature = "akn"))]
            Edition::AkomaNtoso => None,
            #[cfg(not(feature = "svg"))]
            Edition::ThemeMap => None,
            #[cfg(not(feature = "html"))]
            Edition::Html | Edition::LandingPage => None,
            Edition::Json
            | Edition::JsonSchema
            | Edition::DataPackage
            | Edition::DataPackageZip
            | Edition::Annotations
            | Edition::AnnotationContext => None,
        }
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
    format!("{BASE}{}", edition.path(d))
}

impl Declaration {
    #[cfg(feature = "markdown")]
    #[cfg_attr(docsrs, doc(cfg(feature = "markdown")))]
    /// The document as Markdown: the cover, `# Seoul Declaration`, the headings
    /// at the levels the document nests them (`##` for a part, `###` below it,
    /// `####` below that), each paragraph led by its number in bold, the source's
    /// italics kept, and footnote 1 as a Markdown footnote (`[^1]`).
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let md = declaration().to_markdown();
    /// assert!(md.contains("\n# Seoul Declaration\n"));
    /// assert!(md.contains("\n### Promotion of mobility between Asia and Europe\n"));
    /// assert!(md.contains("\n**6.** In the next decade"));
    /// assert!(md.contains("Meetings[^1] and"));
    /// assert!(md.contains("\n[^1]: *“Education and Training"));
    /// ```
    #[must_use]
    pub fn to_markdown(&self) -> String {
        markdown::to_markdown(self)
    }

    #[cfg(feature = "html")]
    #[cfg_attr(docsrs, doc(cfg(feature = "html")))]
    /// The document as a standalone HTML page that needs no other file.
    ///
    /// - **The text first**: the cover as a title block, a skip link, the
    ///   analyst's view folded into a `<details>`, the headings nested in
    ///   `<section>`s, each with an anchor, each paragraph under its number in
    ///   a gutter, its permalink and citation string shown on hover and
    ///   keyboard focus; the source's italics, every acronym in `<abbr
    ///   title>`, the footnote in a "Notes" section linked both ways, and
    ///   each anaphor ("this goal") a link to the words it refers to
    ///   (`<a class="anaphor" href="#antecedent-15-1">`, the paragraph and
    ///   the anaphor's place in it), which describe it to a screen reader.
    /// - **The analyst's view** highlights, with labelled checkboxes and CSS
    ///   only, clauses by stance, the commitments (their grade, timeframe
    ///   and actor on hover and keyboard focus), names by kind, and the
    ///   paragraphs on each theme, each category set apart by more than colour
    ///   (a border style, an outline, an underline, a badge naming the theme),
    ///   so that the highlights hold in forced-colours mode and in print.
    /// - **What the ministers commit to**: every commitment, linked to its
    ///   paragraph; then the theme map, and "About this edition": source, data
    ///   version, licences, how to cite, downloads.
    /// - **Citable**: a description, `citation_*` and `DC.*` metadata and
    ///   schema.org JSON-LD in the `<head>`, and `<link rel="alternate">` to
    ///   the other editions.
    ///
    /// Every clause is an element with `data-stance` and every name one with
    /// `data-referent`, holding the ids of the other editions, so scripts and
    /// user styles can use them too.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let html = declaration().to_html();
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains("<span class=\"words\" id=\"para-10\">"));
    /// assert!(html.contains("<meta name=\"citation_date\" content=\"2017-11-22\" />"));
    /// assert!(html.contains("<abbr title=\"Open Educational Resources\">OER</abbr>"));
    /// assert!(html.contains("<span class=\"clause\" data-stance=\"stance:pledge\">we adopt</span>"));
    /// assert!(html.contains("data-referent=\"entity:asef\""));
    /// assert!(html.contains("<a class=\"anaphor\" id=\"anaphor-15-1\" href=\"#antecedent-15-1\""));
    /// assert!(html.contains("<span class=\"antecedent\" id=\"antecedent-15-1\">"));
    /// assert!(html.contains("id=\"commitments\"") && html.contains("id=\"about\""));
    /// ```
    #[must_use]
    pub fn to_html(&self) -> String {
        html::to_html(self)
    }

    #[cfg(feature = "html")]
    #[cfg_attr(docsrs, doc(cfg(feature = "html")))]
    /// The dataset's landing page (`editions/index.html`, at the editions'
    /// address): what the data is, a link to the reader's page, its version,
    /// licences, citation and every download. Its `<head>` describes the
    /// dataset, not the declaration: Dublin Core tags that a reference
    /// manager (Zotero) files as a dataset by the contributors, and the same
    /// schema.org JSON-LD as the reader's page, whose `Dataset` has this
    /// page's address as its `@id`.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let html = declaration().to_html_landing_page();
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains("<meta name=\"DC.type\" content=\"Dataset\" />"));
    /// assert!(html.contains("<a href=\"seoul-declaration.html\">"));
    /// assert!(html.contains("id=\"about\""));
    /// ```
    #[must_use]
    pub fn to_html_landing_page(&self) -> String {
        html::to_html_landing_page(self)
    }

    #[cfg(feature = "akn")]
    #[cfg_attr(docsrs, doc(cfg(feature = "akn")))]
    /// The document as Akoma Ntoso 3.0 XML (OASIS `LegalDocML`), a `statement`
    /// valid against the official schema.
    ///
    /// - **Identification**: FRBR Work, Expression (English) and Manifestation,
    ///   all dated 2017-11-22, the day the meeting closed and adopted the
    ///   declaration, so the output is the same on every run. The FRBR URIs
    ///   follow the Akoma Ntoso naming convention:
    ///   `/akn/xa/statement/declaration/asemme6/2017-11-22/seoul-declaration`.
    ///   ASEM has no country code, so the jurisdiction is `xa`, a code ISO 3166-1
    ///   leaves to users and will never give a country.
    /// - **Structure**: the cover lines form the `preface`; each heading is a
    ///   `level` with its `heading`, nested as the document nests them, and each
    ///   paragraph a `paragraph` with `num` and `content/p`. The eIds are those
    ///   the naming convention builds (`level_nn_1__para_2`), so that tools which
    ///   generate eIds leave every one unchanged.
    /// - **Semantics**: footnote 1 is an `authorialNote` at its marker in
    ///   paragraph 2; names are inline `organization`, `event`, `location` and
    ///   `concept` elements whose `refersTo` points at a `TLCOrganization`,
    ///   `TLCEvent`, `TLCLocation` or `TLCConcept` in `references` (only those
    ///   used); acronyms carry `abbr title`; italics are `i`; `classification`
    ///   holds a keyword for each theme and instrument tag, pointing at its
    ///   paragraph; each anaphor ("this goal") is a `ref class="anaphor"`
    ///   whose `href` names the eId of the words it refers to, a `span
    ///   class="antecedent"`.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let akn = declaration().to_akoma_ntoso();
    /// assert!(akn.contains("<statement name=\"declaration\">"));
    /// assert!(akn.contains("<FRBRthis value=\"/akn/xa/statement/declaration/asemme6/2017-11-22/seoul-declaration/eng@2017-11-22/!main.xml\"/>"));
    /// assert!(akn.contains("<paragraph eId=\"level_nn_3__para_16\"><num>16.</num>"));
    /// assert!(akn.contains("<event eId=\"level_nn_1__para_2__p_1__event_1\" refersTo=\"#summit:asem6\">6th <abbr title=\"Asia-Europe Meeting\">ASEM</abbr> Summit</event>"));
    /// ```
    #[must_use]
    pub fn to_akoma_ntoso(&self) -> String {
        akn::to_akoma_ntoso(self)
    }

    #[cfg(feature = "serde")]
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    /// The JSON edition (`editions/seoul-declaration.json`), serializable:
    /// `format`, `version` (of the format, [`FORMAT_VERSION`](crate::FORMAT_VERSION)),
    /// `data_version`, `license`, `source` (publisher, address, dates,
    /// digest), `source_sha256`, `span_units` and `codebook`, then the
    /// declaration as it serializes, then `vocabularies`, every id with its
    /// name; [`JSON_SCHEMA`](crate::JSON_SCHEMA) describes it.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, FORMAT_VERSION};
    ///
    /// let json = serde_json::to_value(declaration().json_edition()).unwrap();
    /// assert_eq!(json["format"], "asem-seoul-declaration");
    /// assert_eq!(json["version"], FORMAT_VERSION);
    /// assert_eq!(json["paragraphs"][9]["number"], 10);
    /// ```
    #[must_use]
    pub fn json_edition(&self) -> impl Serialize + '_ {
        json::json_edition(self)
    }

    #[cfg(feature = "tables")]
    #[cfg_attr(docsrs, doc(cfg(feature = "tables")))]
    /// The declaration as the tables of the CSV data package, in order:
    /// `paragraphs`, `sections`, `sentences`, `themes`, `instruments`,
    /// `priorities`, `mentions`, `clauses`, `addressees`, `commitments`,
    /// `commitments_wide`, `commitment_themes`, `commitment_priorities`,
    /// `anaphors`, `agreement`, `disagreements`, `decisions`, `footnotes`,
    /// `acronyms`, `meetings`, `vocabulary` and `same_as`.
    ///
    /// Spans are six columns next to the `text` they cover: `start` and `end` in
    /// Unicode code points, `utf16_start` and `utf16_end` in UTF-16 code units,
    /// `utf8_start` and `utf8_end` in bytes, all within the paragraph's text; a
    /// span of another column `X` is the same six with `X_` before them. Every
    /// id is a `KIND:SLUG` string listed in `vocabulary`.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let tables = declaration().tables();
    /// assert_eq!(tables.len(), 22);
    /// let clauses = tables.iter().find(|t| t.name() == "clauses").unwrap();
    /// assert_eq!(clauses.rows().len(), declaration().clauses().count());
    /// ```
    #[must_use]
    pub fn tables(&self) -> Vec<Table> {
        tables::tables(self)
    }

    #[cfg(feature = "annotations")]
    #[cfg_attr(docsrs, doc(cfg(feature = "annotations")))]
    /// The analyst's layer as a W3C Web Annotation `AnnotationCollection`,
    /// serializable as JSON-LD (`editions/annotations.jsonld`): an annotation
    /// for every mention, clause, tag and commitment, each with a stable,
    /// absolute `id` at the editions' published address and a `body` naming
    /// what it is (the IRI of its entry in the JSON edition, and a name). Its
    /// `target` is the HTML edition, with four selectors that each find the
    /// words: a `FragmentSelector` naming the paragraph's text element
    /// (`para-N`) refined by a `TextQuoteSelector` (`exact`, and a `prefix`
    /// and `suffix` of up to 32 characters), the same refined by a
    /// `TextPositionSelector` (in code points), and, for clients that anchor
    /// on the whole page, a `TextQuoteSelector` whose context makes it unique
    /// in the page and a `TextPositionSelector` counted over the page's text.
    ///
    /// Each anaphor ("this goal") is a `linking` annotation whose target is
    /// the anaphor's words and whose body is the words it refers to: a
    /// `SpecificResource` of the HTML edition with the same four selectors,
    /// and a `describing` text.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let json = serde_json::to_value(declaration().web_annotations()).unwrap();
    /// assert_eq!(json["type"], "AnnotationCollection");
    /// let first = &json["first"]["items"][0];
    /// assert!(first["id"].as_str().unwrap().starts_with("https://"));
    /// assert!(first["target"]["source"].as_str().unwrap().ends_with("/seoul-declaration.html"));
    /// let fragment = &first["target"]["selector"][0];
    /// assert_eq!((fragment["type"].as_str(), fragment["value"].as_str()), (Some("FragmentSelector"), Some("para-1")));
    /// assert_eq!(fragment["refinedBy"]["exact"], "Education Ministers");
    /// ```
    #[must_use]
    pub fn web_annotations(&self) -> impl Serialize + '_ {
        annotations::web_annotations(self)
    }

    #[cfg(feature = "svg")]
    #[cfg_attr(docsrs, doc(cfg(feature = "svg")))]
    /// The theme × paragraph map as an SVG picture: a row per theme, a column
    /// per paragraph under its part of the document, a dot where the paragraph
    /// addresses the theme. Each dot is a link to its paragraph in the HTML
    /// edition at its published address (`…/seoul-declaration.html#para-N`),
    /// so that the picture links right wherever it is shown, named for its
    /// theme and paragraph and described by the words that justify the tag. It
    /// brings its own background, in a light and a dark colour scheme, so it
    /// reads on any page.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let svg = declaration().theme_map_svg();
    /// assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    /// let dots = svg.matches("class=\"tm-dot\"").count();
    /// let tags: usize = declaration().paragraphs().iter().map(|p| p.themes().count()).sum();
    /// assert_eq!(dots, tags);
    /// assert!(svg.contains("/seoul-declaration.html#para-10\"><title>Equity and access in paragraph 10</title><desc>equity and accessibility in education</desc>"));
    /// ```
    #[must_use]
    pub fn theme_map_svg(&self) -> String {
        svg::theme_map_svg(self)
    }
}
