//! Reads the published source in `data/` independently of the crate, so that the
//! tests compare the model with the document and not with itself.
#![allow(dead_code)]

use std::collections::BTreeMap;

/// The source file, read at test time (not the crate's embedded copy).
pub fn source_text() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/seoul-declaration-asemme6-2017.md"
    );
    std::fs::read_to_string(path).expect("data/ holds the source")
}

/// What the source says, block by block, with its PDF artefacts resolved.
#[derive(Debug, Default)]
pub struct Source {
    /// Cover lines in order, markup removed, wrapped lines joined.
    pub cover: Vec<String>,
    /// Headings in order, with their nesting depth (0 = top level).
    pub headings: Vec<(usize, String)>,
    /// Paragraph number → plain text.
    pub paragraphs: BTreeMap<u8, String>,
    /// Paragraph number → footnote numbers with the byte offset of each marker.
    pub markers: BTreeMap<u8, Vec<(u8, usize)>>,
    /// Paragraph number → the innermost heading above it.
    pub heading_of: BTreeMap<u8, String>,
    /// Footnote number → plain text.
    pub footnotes: BTreeMap<u8, String>,
    /// The whole body's word tokens, in order, footnotes excluded.
    pub body_tokens: Vec<String>,
    /// The footnotes' word tokens, in order.
    pub footnote_tokens: Vec<String>,
}

/// Resolves `<sup>` ordinals, drops emphasis, and reports footnote markers
/// (`<sup>N</sup>`) as (number, offset in the returned text).
pub fn plain(markdown: &str) -> (String, Vec<(u8, usize)>) {
    let mut out = String::new();
    let mut markers = Vec::new();
    let mut rest = markdown;
    while let Some(open) = rest.find("<sup>") {
        out.push_str(&rest[..open]);
        let after = &rest[open + "<sup>".len()..];
        let close = after.find("</sup>").expect("every <sup> closes");
        let inner = &after[..close];
        match inner.parse::<u8>() {
            Ok(n) => markers.push((n, out.replace('*', "").len())),
            Err(_) => out.push_str(inner),
        }
        rest = &after[close + "</sup>".len()..];
    }
    out.push_str(rest);
    (out.replace('*', ""), markers)
}

/// Word tokens: maximal runs of alphanumeric characters. Footnote markers given
/// as `<sup>N</sup>` count as a token of their own.
pub fn tokens(text: &str) -> Vec<String> {
    let spaced = text.replace("<sup>", " <sup>");
    let (plain, _) = plain(&mark_footnotes(&spaced));
    plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Turns footnote markers `<sup>N</sup>` into ` N ` so that they tokenize apart
/// while ordinals (`6<sup>th</sup>`) stay glued.
fn mark_footnotes(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(" <sup>") {
        let after = &rest[open + " <sup>".len()..];
        let close = after.find("</sup>").expect("every <sup> closes");
        let inner = &after[..close];
        out.push_str(&rest[..open]);
        if inner.parse::<u8>().is_ok() {
            out.push(' ');
            out.push_str(inner);
            out.push(' ');
        } else {
            out.push_str(inner);
        }
        rest = &after[close + "</sup>".len()..];
    }
    out.push_str(rest);
    out
}

fn strip_heading(line: &str) -> Option<(usize, String)> {
    let depth_of_hashes = |l: &str| l.chars().take_while(|&c| c == '#').count();
    if line.starts_with('#') {
        let level = depth_of_hashes(line);
        let title = line[level..].trim().trim_matches('*').to_owned();
        return Some((level - 2, title));
    }
    if line.starts_with("**") && line.ends_with("**") {
        return Some((0, line.trim_matches('*').to_owned()));
    }
    if line.starts_with('*') && line.ends_with('*') && !line.starts_with("**") {
        // An italic line under a `###` heading is the third level.
        return Some((2, line.trim_matches('*').to_owned()));
    }
    None
}

fn numbered(line: &str) -> Option<(u8, &str)> {
    let (number, rest) = line.split_once(". ")?;
    Some((number.parse().ok()?, rest))
}

/// Parses the source file.
pub fn parse() -> Source {
    let text = source_text();
    let mut source = Source::default();
    let mut lines = text.lines().peekable();

    // The cover: between the first two page-break rules; a block may wrap.
    while lines.next().map(str::trim) != Some("---") {}
    let mut block = Vec::new();
    for line in lines.by_ref() {
        let line = line.trim();
        if line == "---" || line.is_empty() {
            if !block.is_empty() {
                let joined: String = block.join(" ");
                source.body_tokens.extend(tokens(&joined));
                source.cover.push(plain(&joined).0);
                block.clear();
            }
            if line == "---" {
                break;
            }
        } else {
            block.push(line);
        }
    }

    let mut current: Option<u8> = None;
    let mut heading = String::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() || line == "---" {
            continue;
        }
        if let Some(rest) = line.strip_prefix("<sup>") {
            let (n, _) = rest.split_once("</sup>").expect("a footnote marker closes");
            let n: u8 = n.parse().expect("a footnote number");
            source.footnote_tokens.extend(tokens(line));
            source
                .footnotes
                .insert(n, plain(line[line.find("</sup>").unwrap() + 6..].trim()).0);
            continue;
        }
        source.body_tokens.extend(tokens(line));
        if let Some((depth, title)) = strip_heading(line) {
            source.headings.push((depth, title.clone()));
            heading = title;
            current = None;
        } else if let Some((n, rest)) = numbered(line) {
            let (text, markers) = plain(rest);
            source.paragraphs.insert(n, text);
            source.markers.insert(n, markers);
            source.heading_of.insert(n, heading.clone());
            current = Some(n);
        } else {
            // Text after a page-break rule continues the paragraph it interrupted.
            let n = current.expect("a continuation follows a paragraph");
            let (more, markers) = plain(line);
            let text = source.paragraphs.get_mut(&n).unwrap();
            let base = text.len() + 1;
            text.push(' ');
            text.push_str(&more);
            let list = source.markers.get_mut(&n).unwrap();
            list.extend(markers.into_iter().map(|(m, at)| (m, base + at)));
        }
    }
    source
}

/// The runs the source sets in italics (`*...*`, not `**...**`), in order,
/// ordinals resolved, a run broken over lines joined by a space.
pub fn italic_runs(markdown: &str) -> Vec<String> {
    let mut runs = Vec::new();
    for line in markdown.lines() {
        let text = plain_keeping_stars(line);
        let mut rest = text.as_str();
        while let Some(open) = rest.find('*') {
            if rest[open..].starts_with("**") {
                let close = rest[open + 2..]
                    .find("**")
                    .map_or(rest.len(), |c| open + 2 + c + 2);
                rest = &rest[close.min(rest.len())..];
                continue;
            }
            let after = &rest[open + 1..];
            let Some(close) = after.find('*') else { break };
            runs.push(after[..close].to_owned());
            rest = &after[close + 1..];
        }
    }
    runs
}

/// `plain`, but with the emphasis markers kept.
fn plain_keeping_stars(markdown: &str) -> String {
    let mut out = String::new();
    let mut rest = markdown;
    while let Some(open) = rest.find("<sup>") {
        out.push_str(&rest[..open]);
        let after = &rest[open + "<sup>".len()..];
        let close = after.find("</sup>").expect("every <sup> closes");
        let inner = &after[..close];
        if inner.parse::<u8>().is_err() {
            out.push_str(inner);
        }
        rest = &after[close + "</sup>".len()..];
    }
    out.push_str(rest);
    out
}

/// Appends what `c` folds to in `Declaration::search`, written apart from the
/// crate as its docs describe it: lowercase, every apostrophe, double quote and
/// dash folded to one character of its class, and white space to a space unless
/// `out` already ends in one (so that a run folds to one space).
pub fn push_search_fold(out: &mut String, c: char) {
    match c {
        c if c.is_whitespace() => {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        }
        '\''
        | '`'
        | '\u{B4}'
        | '\u{2B9}'
        | '\u{2BC}'
        | '\u{2BD}'
        | '\u{2018}'..='\u{201B}'
        | '\u{2032}'
        | '\u{2035}'
        | '\u{2039}'
        | '\u{203A}'
        | '\u{FF07}' => out.push('\''),
        '"'
        | '\u{AB}'
        | '\u{BB}'
        | '\u{2BA}'
        | '\u{201C}'..='\u{201F}'
        | '\u{2033}'
        | '\u{2036}'
        | '\u{FF02}' => out.push('"'),
        '-'
        | '\u{2010}'..='\u{2015}'
        | '\u{2212}'
        | '\u{2E3A}'
        | '\u{2E3B}'
        | '\u{FE58}'
        | '\u{FE63}'
        | '\u{FF0D}' => out.push('-'),
        c => out.extend(c.to_lowercase()),
    }
}

/// What `Declaration::search` compares `text` as; see [`push_search_fold`].
pub fn search_fold(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        push_search_fold(&mut out, c);
    }
    out
}
