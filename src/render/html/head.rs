//! The pages' `<head>`: what a reference manager and a search engine read
//! from them (a description, Highwire Press `citation_*` and Dublin Core `DC.*`
//! metadata, schema.org JSON-LD), the links to the other editions, and the
//! stylesheet. The reader's page is the declaration, a report by the
//! meeting; the landing page is the dataset, by this edition's contributors.

use std::fmt::{self, Write};

use super::{Xml, capitalised, dataset_citation, view};
use crate::Declaration;
use crate::render::{BASE, Edition, address};

/// Which page a `<head>` is for: what it describes to a reference manager.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Page {
    /// The reader's page: the declaration.
    Declaration,
    /// The landing page: the dataset.
    Dataset,
}

pub(super) fn write_head(
    out: &mut String,
    d: &Declaration,
    style: &str,
    page: Page,
) -> fmt::Result {
    let adopted = d.adopted();
    let conference = format!("{} ({})", d.meeting().name(), d.meeting().acronym());
    let description = format!(
        "The {} of the {conference}, {}, {}: its {} paragraphs verbatim, with an analyst’s reading (themes, names, clauses, commitments) and a citation for every paragraph.",
        d.title(),
        d.meeting().city(),
        d.meeting().dates().map_or(String::new(), |r| r.to_string()),
        d.paragraphs().len()
    );
    let rights = format!(
        "{} The editorial layer and this edition: {} ({}).",
        d.publication.text_status, d.publication.license_name, d.publication.license
    );
    writeln!(out, "<head>\n<meta charset=\"utf-8\" />")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"
    )?;
    match page {
        Page::Declaration => writeln!(
            out,
            "<title>{} ({}, {})</title>",
            Xml(d.title()),
            Xml(d.meeting().acronym()),
            d.meeting().year()
        )?,
        Page::Dataset => writeln!(out, "<title>{}</title>", Xml(d.publication.dataset_title))?,
    }
    let author = d.meeting().name();
    // Zotero reads a name with a comma as "last, first": a trailing comma keeps
    // the meeting one corporate author, never split into first and last names.
    let author_listed = format!("{author},");
    let official = format!("Official page: {}", d.published_at());
    // The tags a reference manager reads (Highwire `citation_*`, Dublin Core,
    // Zotero's own `z.*`): a report (a ministerial declaration) by the meeting,
    // published by the Secretariat, at this edition's address (the canonical
    // link) with the official page beside it.
    let declaration_meta = [
        ("description", description.as_str()),
        ("citation_title", d.title()),
        ("citation_author", &author_listed),
        ("citation_date", &adopted.to_string()),
        ("citation_technical_report_institution", d.publisher()),
        ("citation_publisher", d.publisher()),
        ("citation_language", "en"),
        ("DC.title", d.title()),
        ("DC.creator", &author_listed),
        ("DC.date", &adopted.to_string()),
        ("DC.publisher", d.publisher()),
        ("DC.type", "Text"),
        ("DC.language", "en"),
        ("DC.source", d.published_at()),
        ("DC.rights", &rights),
        ("z.reportType", "Ministerial declaration"),
        ("z.extra", &official),
    ];
    // The dataset in Dublin Core alone: a Highwire `citation_title` would make
    // Zotero guess a journal article, and `DC.type` "Dataset" makes it a
    // dataset, by the contributors as one name (the trailing comma again).
    let contributors = format!("{},", d.publication.contributors);
    let dataset_meta = [
        ("description", description.as_str()),
        ("DC.title", d.publication.dataset_title),
        ("DC.creator", &contributors),
        ("DC.date", d.publication.data_released),
        ("DC.type", "Dataset"),
        ("DC.identifier", BASE),
        ("DC.language", "en"),
        ("DC.relation", d.published_at()),
        ("DC.rights", &rights),
    ];
    let (meta, canonical): (&[(&str, &str)], String) = match page {
        Page::Declaration => (&declaration_meta, address(d, Edition::Html)),
        Page::Dataset => (&dataset_meta, BASE.to_owned()),
    };
    for (name, content) in meta {
        writeln!(out, "<meta name=\"{name}\" content=\"{}\" />", Xml(content))?;
    }
    writeln!(out, "<link rel=\"canonical\" href=\"{canonical}\" />")?;
    writeln!(
        out,
        "<link rel=\"license\" href=\"{}\" />",
        d.publication.license_url
    )?;
    for edition in [
        Edition::Json,
        Edition::AkomaNtoso,
        Edition::Markdown,
        Edition::Text,
    ] {
        let (file, media, what) = (
            edition.path(d),
            edition.media_type(),
            capitalised(edition.description()),
        );
        writeln!(
            out,
            "<link rel=\"alternate\" type=\"{media}\" href=\"{file}\" title=\"{what}\" />"
        )?;
    }
    writeln!(out, "<script type=\"application/ld+json\">")?;
    write_json_ld(out, d, &description)?;
    writeln!(out, "</script>")?;
    // The analyst's view's rules only where the view is: the landing page has none.
    match page {
        Page::Declaration => writeln!(out, "<style>\n{style}{}</style>\n</head>", view::Rules),
        Page::Dataset => writeln!(out, "<style>\n{style}</style>\n</head>"),
    }
}

/// schema.org JSON-LD: the declaration (a report by the meeting, recorded at
/// it) and this edition (a dataset based on it and citing it, with its
/// address, version, licence, coverage and every edition and table as a
/// download), every `@id` and address absolute.
fn write_json_ld(out: &mut String, d: &Declaration, description: &str) -> fmt::Result {
    let dates = d.meeting().dates();
    let day = |pick: fn(crate::DateRange) -> crate::Date| {
        dates.map_or(String::new(), |r| pick(r).to_string())
    };
    let page = address(d, Edition::Html);
    let declaration = format!("{page}#declaration");
    let place = match d.meeting().country() {
        Some(country) => format!("{}, {country}", d.meeting().city()),
        None => d.meeting().city().to_owned(),
    };
    writeln!(
        out,
        "{{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": ["
    )?;
    writeln!(
        out,
        "    {{\n      \"@type\": \"Report\",\n      \"@id\": {},\n      \"name\": {},\n      \"alternativeHeadline\": {},\n      \"author\": {{ \"@type\": \"Organization\", \"name\": {} }},\n      \"inLanguage\": \"en\",\n      \"dateCreated\": {},\n      \"datePublished\": {},\n      \"publisher\": {{ \"@type\": \"Organization\", \"name\": {} }},\n      \"url\": {},\n      \"recordedAt\": {{\n        \"@type\": \"Event\",\n        \"name\": {},\n        \"startDate\": {},\n        \"endDate\": {},\n        \"location\": {{ \"@type\": \"Place\", \"name\": {} }}\n      }}\n    }},",
        Json(&declaration),
        Json(d.title()),
        Json(d.subtitle()),
        Json(d.meeting().name()),
        Json(&d.adopted().to_string()),
        Json(&d.adopted().to_string()),
        Json(d.publisher()),
        Json(d.published_at()),
        Json(&format!(
            "{} ({})",
            d.meeting().name(),
            d.meeting().acronym()
        )),
        Json(&day(crate::DateRange::first)),
        Json(&day(crate::DateRange::last)),
        Json(d.meeting().venue().unwrap_or(d.meeting().city())),
    )?;
    writeln!(
        out,
        "    {{\n      \"@type\": \"Dataset\",\n      \"@id\": {},\n      \"url\": {},\n      \"identifier\": [{}, {}],\n      \"name\": {},\n      \"description\": {},\n      \"keywords\": [{}],\n      \"inLanguage\": \"en\",\n      \"temporalCoverage\": {},\n      \"spatialCoverage\": {{ \"@type\": \"Place\", \"name\": {}, \"address\": {{ \"@type\": \"PostalAddress\", \"addressLocality\": {}, \"addressCountry\": {} }} }},\n      \"version\": {},\n      \"datePublished\": {},\n      \"license\": {},\n      \"isAccessibleForFree\": true,\n      \"isBasedOn\": {{ \"@id\": {} }},\n      \"citation\": {{ \"@id\": {} }},\n      \"creditText\": {},\n      \"creator\": {{ \"@type\": \"Organization\", \"name\": {}, \"url\": {} }},\n      \"distribution\": [",
        Json(BASE),
        Json(BASE),
        Json(BASE),
        Json(&format!(
            "urn:{}:data:{}",
            env!("CARGO_PKG_NAME"),
            d.publication.data_version
        )),
        Json(d.publication.dataset_title),
        Json(description),
        keywords(d),
        Json(&format!(
            "{}/{}",
            day(crate::DateRange::first),
            day(crate::DateRange::last)
        )),
        Json(&place),
        Json(d.meeting().city()),
        Json(d.publication.country_code),
        Json(d.publication.data_version),
        Json(d.publication.data_released),
        Json(d.publication.license_url),
        Json(&declaration),
        Json(&declaration),
        Json(&dataset_citation(d)),
        Json(d.publication.contributors),
        Json(d.publication.repository),
    )?;
    let downloads = downloads(d);
    for (i, (url, media, what)) in downloads.iter().enumerate() {
        writeln!(
            out,
            "        {{ \"@type\": \"DataDownload\", \"name\": {}, \"encodingFormat\": {}, \"contentUrl\": {} }}{}",
            Json(what),
            Json(media),
            Json(url),
            if i + 1 == downloads.len() { "" } else { "," }
        )?;
    }
    writeln!(out, "      ]\n    }}\n  ]\n}}")
}

/// The words the dataset is found by, and its meeting's acronym, as a JSON
/// list's items.
fn keywords(d: &Declaration) -> String {
    let words = d.publication.keywords.iter().copied();
    words
        .chain([d.meeting().acronym()])
        .map(|w| Json(w).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What the dataset offers for download: the page, every edition and every
/// table, each with its address, media type and what it is.
fn downloads(d: &Declaration) -> Vec<(String, &'static str, String)> {
    let mut downloads: Vec<(String, &'static str, String)> = vec![(
        address(d, Edition::Html),
        "text/html",
        "this page".to_owned(),
    )];
    downloads.extend(
        Edition::ALL
            .iter()
            .filter(|e| e.is_download())
            .map(|&e| (address(d, e), e.media_type(), e.description().to_owned())),
    );
    #[cfg(feature = "tables")]
    downloads.extend(d.tables().iter().map(|t| {
        (
            format!("{}datapackage/{}.csv", BASE, t.name()),
            "text/csv",
            format!("the {} table of the data package", t.name()),
        )
    }));
    downloads
}

/// A JSON string, quoted, safe inside `<script>`: `<` is written `\u003c`.
struct Json<'a>(&'a str);

impl fmt::Display for Json<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '<' => f.write_str("\\u003c")?,
                c if c.is_control() => write!(f, "\\u{:04x}", u32::from(c))?,
                c => f.write_char(c)?,
            }
        }
        f.write_char('"')
    }
}

#[cfg(test)]
mod tests {
    use super::Json;

    #[test]
    fn json_strings_escape_quotes_and_cannot_end_the_script() {
        assert_eq!(
            Json("a \"b\" \\ </script>\n").to_string(),
            r#""a \"b\" \\ \u003c/script>\u000a""#
        );
    }
}
