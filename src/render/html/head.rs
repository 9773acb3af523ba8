//! The page's `<head>`: what a reference manager and a search engine read
//! from it (a description, Highwire Press `citation_*` and Dublin Core `DC.*`
//! metadata, schema.org JSON-LD), the links to the other editions, and the
//! stylesheet.

use std::fmt::{self, Write};

use super::{Xml, dataset_citation, view};
use crate::Declaration;
use crate::facts::publication;
use crate::render::files;

pub(super) fn write_head(out: &mut String, d: &Declaration, style: &str) -> fmt::Result {
    let adopted = d.adopted();
    let conference = format!("{} ({})", d.meeting().name(), d.meeting().acronym());
    let description = format!(
        "The {} of the {conference}, {}, {}: its 16 paragraphs verbatim, with an analyst’s reading (themes, names, clauses, commitments) and a citation for every paragraph.",
        d.title(),
        d.meeting().city(),
        d.meeting().dates().map_or(String::new(), |r| r.to_string())
    );
    let rights = format!(
        "{} The editorial layer and this edition: {} ({}).",
        publication::TEXT_STATUS,
        publication::DATA_LICENSE_NAME,
        publication::DATA_LICENSE
    );
    writeln!(out, "<head>\n<meta charset=\"utf-8\" />")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"
    )?;
    writeln!(
        out,
        "<title>{} ({}, {})</title>",
        Xml(d.title()),
        Xml(d.meeting().acronym()),
        d.meeting().year()
    )?;
    let meta = [
        ("description", description.as_str()),
        ("citation_title", d.title()),
        (
            "citation_date",
            &format!(
                "{}/{:02}/{:02}",
                adopted.year(),
                adopted.month(),
                adopted.day()
            ),
        ),
        ("citation_conference_title", &conference),
        ("citation_publisher", d.publisher()),
        ("citation_language", "en"),
        ("citation_public_url", d.published_at()),
        ("DC.title", d.title()),
        ("DC.date", &adopted.to_string()),
        ("DC.publisher", d.publisher()),
        ("DC.type", "Text"),
        ("DC.language", "en"),
        ("DC.rights", &rights),
    ];
    for (name, content) in meta {
        writeln!(out, "<meta name=\"{name}\" content=\"{}\" />", Xml(content))?;
    }
    writeln!(
        out,
        "<link rel=\"license\" href=\"{}\" />",
        publication::DATA_LICENSE_URL
    )?;
    for (file, media, what) in [
        (files::JSON, "application/json", "The JSON edition"),
        (files::AKN, "application/akn+xml", "Akoma Ntoso 3.0 XML"),
        (files::MARKDOWN, "text/markdown", "Markdown"),
        (files::TEXT, "text/plain", "Plain text"),
    ] {
        writeln!(
            out,
            "<link rel=\"alternate\" type=\"{media}\" href=\"{file}\" title=\"{what}\" />"
        )?;
    }
    writeln!(out, "<script type=\"application/ld+json\">")?;
    write_json_ld(out, d, &description)?;
    writeln!(out, "</script>")?;
    writeln!(out, "<style>\n{style}{}</style>\n</head>", view::Rules)
}

/// schema.org JSON-LD: the declaration (a creative work recorded at the
/// meeting) and this edition (a dataset based on it, with its version, its
/// licence and every edition as a download).
fn write_json_ld(out: &mut String, d: &Declaration, description: &str) -> fmt::Result {
    let dates = d.meeting().dates();
    let day = |pick: fn(crate::DateRange) -> crate::Date| {
        dates.map_or(String::new(), |r| pick(r).to_string())
    };
    writeln!(
        out,
        "{{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": ["
    )?;
    writeln!(
        out,
        "    {{\n      \"@type\": \"CreativeWork\",\n      \"@id\": \"#declaration\",\n      \"name\": {},\n      \"alternativeHeadline\": {},\n      \"inLanguage\": \"en\",\n      \"dateCreated\": {},\n      \"datePublished\": {},\n      \"publisher\": {{ \"@type\": \"Organization\", \"name\": {} }},\n      \"url\": {},\n      \"recordedAt\": {{\n        \"@type\": \"Event\",\n        \"name\": {},\n        \"startDate\": {},\n        \"endDate\": {},\n        \"location\": {{ \"@type\": \"Place\", \"name\": {} }}\n      }}\n    }},",
        Json(d.title()),
        Json(d.subtitle()),
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
        "    {{\n      \"@type\": \"Dataset\",\n      \"@id\": \"#edition\",\n      \"name\": {},\n      \"description\": {},\n      \"version\": {},\n      \"datePublished\": {},\n      \"license\": {},\n      \"isBasedOn\": {{ \"@id\": \"#declaration\" }},\n      \"creator\": {{ \"@type\": \"Organization\", \"name\": \"asem-seoul-declaration contributors\", \"url\": {} }},\n      \"citation\": {},\n      \"encoding\": {{ \"@type\": \"MediaObject\", \"contentUrl\": {}, \"encodingFormat\": \"text/html\" }},\n      \"distribution\": [",
        Json(publication::DATASET_TITLE),
        Json(description),
        Json(publication::DATA_VERSION),
        Json(publication::DATA_RELEASED),
        Json(publication::DATA_LICENSE_URL),
        Json(publication::REPOSITORY),
        Json(&dataset_citation()),
        Json(files::HTML),
    )?;
    for (i, (file, media, what)) in files::DOWNLOADS.iter().enumerate() {
        writeln!(
            out,
            "        {{ \"@type\": \"DataDownload\", \"name\": {}, \"encodingFormat\": {}, \"contentUrl\": {} }}{}",
            Json(what),
            Json(media),
            Json(file),
            if i + 1 == files::DOWNLOADS.len() {
                ""
            } else {
                ","
            }
        )?;
    }
    writeln!(out, "      ]\n    }}\n  ]\n}}")
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
