//! Prints the Seoul Declaration, or the part of it you ask for.
//!
//! ```text
//! cargo run --example declaration                      # the whole declaration
//! cargo run --example declaration -- --format akn > seoul.xml
//!                                      # or plain, markdown, html, json
//! cargo run --example declaration -- 10                # paragraph 10
//! cargo run --example declaration -- "paras 6-7"       # a citation
//! cargo run --example declaration -- mobility          # a section (slug or heading)
//! cargo run --example declaration -- equity            # a theme's paragraphs
//! cargo run --example declaration -- erasmus-plus      # an instrument's paragraphs
//! cargo run --example declaration -- "ICT – Information"  # search, matches marked «so»
//! cargo run --example declaration -- --search mobility  # search even for a vocabulary word
//! ```

use std::fmt::Write;
use std::process::ExitCode;

use asem_seoul_declaration::{
    declaration, Citation, Cited, Error, Hit, Instrument, Paragraph, Section, Theme,
};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("--format") => match &args[1..] {
            [format] => render(format),
            _ => Err(format!(
                "--format takes one of {FORMATS}, and nothing after it"
            )),
        },
        Some("--search") => {
            args.remove(0);
            search(&args.join(" "))
        }
        _ => answer(&args.join(" ")),
    };
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

const FORMATS: &str = "plain, markdown, html, akn or json";

/// The whole declaration in `format`.
fn render(format: &str) -> Result<String, String> {
    let d = declaration();
    match format {
        "plain" => Ok(d.to_plain_text()),
        "markdown" | "md" => Ok(d.to_markdown()),
        "html" => Ok(d.to_html()),
        "akn" | "xml" => Ok(d.to_akoma_ntoso()),
        "json" => serde_json::to_string_pretty(d)
            .map(|json| json + "\n")
            .map_err(|e| e.to_string()),
        other => Err(format!("unknown format {other:?}: expected {FORMATS}")),
    }
}

/// What to print for the command line `query`.
fn answer(query: &str) -> Result<String, String> {
    let d = declaration();
    if query.is_empty() {
        return Ok(d.to_string());
    }
    if let Ok(n) = query.parse::<u8>() {
        return d
            .paragraph(n)
            .map(|p| format!("{p}\n"))
            .map_err(|e| e.to_string());
    }
    match query.parse::<Citation>() {
        Ok(citation) => {
            return Ok(match d.resolve(&citation) {
                Cited::Paragraphs(paragraphs) => listing(&citation.to_string(), paragraphs),
                Cited::Footnote(note) => format!("{citation}\n\n{note}\n"),
            })
        }
        // Not written as a citation at all: try the other readings below.
        Err(Error::UnrecognisedCitation { .. }) => {}
        Err(wrong) => return Err(wrong.to_string()),
    }
    // A word that names a section, theme or instrument selects paragraphs; these
    // three vocabularies share only "mobility", which is read as the section.
    if let Ok(section) = query.parse::<Section>() {
        return Ok(listing(
            &format!("Section: {}", section.title()),
            d.paragraphs_in(section),
        ));
    }
    if let Ok(theme) = query.parse::<Theme>() {
        return Ok(listing(
            &format!("Theme: {theme}"),
            d.paragraphs_with_theme(theme),
        ));
    }
    if let Ok(instrument) = query.parse::<Instrument>() {
        return Ok(listing(
            &format!("Instrument: {instrument}"),
            d.paragraphs_with_instrument(instrument),
        ));
    }
    search(query)
}

/// Every paragraph where `query` occurs, with the matches marked.
fn search(query: &str) -> Result<String, String> {
    let hits: Vec<Hit> = declaration()
        .search(query)
        .map_err(|e| e.to_string())?
        .collect();
    if hits.is_empty() {
        return Err(format!("{query:?} is not a paragraph number, section, theme or instrument, and occurs nowhere in the text"));
    }
    let mut out = format!("{} matches of {query:?}\n", hits.len());
    for group in hits.chunk_by(|a, b| a.paragraph() == b.paragraph()) {
        out.push('\n');
        out.push_str(&marked(group));
    }
    Ok(out)
}

fn listing<'a>(heading: &str, paragraphs: impl IntoIterator<Item = &'a Paragraph>) -> String {
    let mut out = format!("{heading}\n");
    for p in paragraphs {
        let _ = write!(out, "\n{p}\n");
    }
    out
}

/// One paragraph with each of its hits wrapped in « ».
fn marked(hits: &[Hit]) -> String {
    let paragraph = hits[0].paragraph();
    let text = paragraph.text();
    let mut out = format!("{}. ", paragraph.number());
    let mut written = 0;
    for hit in hits {
        let range = hit.range();
        out.push_str(&text[written..range.start]);
        let _ = write!(out, "«{}»", &text[range.clone()]);
        written = range.end;
    }
    out.push_str(&text[written..]);
    out.push('\n');
    out
}
