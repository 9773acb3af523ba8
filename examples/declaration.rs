//! Prints the Seoul Declaration, or the part of it you ask for.
//!
//! ```text
//! cargo run --example declaration                      # the whole declaration
//! cargo run --example declaration -- --format akn > seoul.xml
//!                                      # or plain, markdown, html, json, svg
//! cargo run --example declaration -- 10                # paragraph 10
//! cargo run --example declaration -- "paras 6-7"       # a citation
//! cargo run --example declaration -- "para. 10, sentence 3"  # a sentence
//! cargo run --example declaration -- "see para. 10 and fn. 1"
//!                                      # every citation in a text
//! cargo run --example declaration -- mobility          # the section, the theme and the words
//! cargo run --example declaration -- equity            # a theme's paragraphs
//! cargo run --example declaration -- erasmus-plus      # an instrument's paragraphs
//! cargo run --example declaration -- "ICT – Information"  # search, matches marked «so»
//! cargo run --example declaration -- --search mobility  # only the words
//! cargo run --example declaration -- --help
//! ```

use std::fmt::Write;
use std::process::ExitCode;

use asem_seoul_declaration::{Citation, Cited, Hit, Paragraph, Reading, Spanned, declaration};

mod output;

const USAGE: &str = "\
usage: cargo run --example declaration -- [ARGUMENT]

Prints the Seoul Declaration (ASEMME6, 2017), or the part of it you ask for.

  (no argument)        the whole declaration, as plain text
  --format FORMAT      the whole declaration as plain, markdown, html, akn, json or svg
  QUERY                every reading of it: a paragraph number (1 to 16), the
                       citations it holds (\"paras 6-8\", \"para. 10, sentence 3\",
                       \"see paras. 6 to 8 and fn. 1\"), the section, theme or
                       instrument it names (\"mobility\" is a section and a theme),
                       and where the text has its words, marked «so»
  --search TEXT        only where the text has TEXT
  --help               this text

Give one argument; quote text with spaces in it.";

/// The formats of `--format`, for messages.
const FORMATS: &str = "plain, markdown, html, akn, json or svg";

/// The width plain text is wrapped at.
const WIDTH: usize = 80;

fn main() -> ExitCode {
    let args = match output::arguments() {
        Ok(args) => args,
        Err(message) => {
            return output::fail(&format!("{message}\n\nrun with --help for how to use it"));
        }
    };
    match run(&args) {
        Ok(text) => output::print(&text),
        Err(message) => {
            eprintln!("error: {message}\n\nrun with --help for how to use it");
            ExitCode::FAILURE
        }
    }
}

/// What to print for the command line `args`, or why not.
fn run(args: &[String]) -> Result<String, String> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [] => Ok(declaration().to_string()),
        ["--help" | "-h"] => Ok(format!("{USAGE}\n")),
        ["--format", format] => render(format),
        ["--format"] => Err(format!("--format takes one of {FORMATS}")),
        ["--search", query] => search(query),
        ["--search"] => Err("--search takes the text to search for".into()),
        [
            option @ ("--help" | "-h" | "--format" | "--search"),
            ..,
            extra,
        ] => Err(format!(
            "{option} takes {} ({} is one too many); quote text with spaces in it",
            if option.starts_with("--") && *option != "--help" {
                "one value"
            } else {
                "nothing after it"
            },
            output::quote(extra)
        )),
        [flag, ..] if flag.starts_with('-') && flag.len() > 1 && !is_number(flag) => Err(format!(
            "unknown option {}: the options are --format, --search and --help",
            output::quote(flag)
        )),
        [query] => answer(query),
        [_, second, ..] => Err(format!(
            "give one argument, not several ({} is one too many); quote text with spaces in it",
            output::quote(second)
        )),
    }
}

/// The whole declaration in `format`.
fn render(format: &str) -> Result<String, String> {
    let d = declaration();
    match format {
        "plain" | "text" | "txt" => Ok(d.to_string()),
        "markdown" | "md" => Ok(d.to_markdown()),
        "html" => Ok(d.to_html()),
        "akn" | "xml" => Ok(d.to_akoma_ntoso()),
        "svg" => Ok(d.theme_map_svg()),
        "json" => serde_json::to_string_pretty(&d.json_edition())
            .map(|json| json + "\n")
            .map_err(|e| e.to_string()),
        other => Err(format!(
            "unknown format {}: expected {FORMATS}",
            output::quote(other)
        )),
    }
}

/// Whether `text` is a whole number, signed or not.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// What to print for the one argument `query`: every reading the crate's
/// lookup finds in it, one after another.
fn answer(query: &str) -> Result<String, String> {
    let d = declaration();
    let found = d.lookup(query).map_err(|e| e.to_string())?;
    let notes: Vec<String> = found.notes().map(ToString::to_string).collect();
    if found.is_empty() && !notes.is_empty() {
        return Err(notes.join("\n"));
    }
    if found.is_empty() {
        return Err(format!(
            "{} is not a paragraph number, citation, section, theme or instrument, and occurs nowhere in the text",
            output::quote(query)
        ));
    }
    let mut parts = Vec::new();
    for reading in found.readings() {
        parts.push(match reading {
            Reading::Citation(citation) => cited(*citation),
            Reading::Section(section) => {
                listing(&format!("Section: {section}"), d.paragraphs_in(*section))
            }
            Reading::Theme(theme) => listing(&format!("Theme: {theme}"), d.paragraphs_with(*theme)),
            Reading::Instrument(instrument) => listing(
                &format!("Instrument: {instrument}"),
                d.paragraphs_with(*instrument),
            ),
            Reading::Search(hits) => matches(query, &hits.clone().collect::<Vec<_>>()),
            Reading::Footnote(note) => format!("In footnote {}:\n\n{note:WIDTH$}\n", note.number()),
            other => format!("{other:?}\n"),
        });
    }
    parts.extend(notes.iter().map(|note| format!("Not read: {note}\n")));
    Ok(parts.join("\n"))
}

/// A citation and what it cites.
fn cited(citation: Citation) -> String {
    let mut out = format!("{citation}\n\n");
    let _ = match citation.resolve() {
        // A blank line between paragraphs, as a section's listing has.
        Cited::Paragraphs(paragraphs) => {
            let texts: Vec<String> = paragraphs.iter().map(|p| format!("{p:WIDTH$}")).collect();
            writeln!(out, "{}", texts.join("\n\n"))
        }
        Cited::Footnote(note) => writeln!(out, "{note:WIDTH$}"),
        other => writeln!(out, "{other}"),
    };
    out
}

/// Every paragraph where `query` occurs (`--search`), with the matches marked.
fn search(query: &str) -> Result<String, String> {
    let hits: Vec<Hit> = declaration()
        .search(query)
        .map_err(|e| e.to_string())?
        .collect();
    if hits.is_empty() {
        return Err(format!(
            "{} occurs nowhere in the text",
            output::quote(query)
        ));
    }
    Ok(matches(query, &hits))
}

/// The paragraphs of `hits`, the matches marked.
fn matches(query: &str, hits: &[Hit]) -> String {
    let noun = if hits.len() == 1 { "match" } else { "matches" };
    let mut out = format!("{} {noun} of {}\n", hits.len(), output::quote(query));
    for group in hits.chunk_by(|a, b| a.paragraph() == b.paragraph()) {
        out.push('\n');
        out.push_str(&marked(group));
    }
    out
}

fn listing<'a>(heading: &str, paragraphs: impl IntoIterator<Item = &'a Paragraph>) -> String {
    let mut out = format!("{heading}\n");
    for p in paragraphs {
        let _ = write!(out, "\n{p:WIDTH$}\n");
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
