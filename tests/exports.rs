//! The exports keep every word of the source in order and are well-formed.
//!
//! Each test needs the feature of its edition; the helpers serve several.
#![cfg_attr(not(feature = "editions"), allow(dead_code, unused_imports))]

use asem_seoul_declaration::Spanned;
use asem_seoul_declaration::Vocabulary;
mod support;

use std::collections::BTreeSet;

use asem_seoul_declaration::{Referent, declaration};
use roxmltree::{Document, Node};
use support::{parse, tokens};

/// The source's words: the body, then the footnote's.
fn source_tokens() -> (Vec<String>, Vec<String>) {
    let source = parse();
    (source.body_tokens, source.footnote_tokens)
}

/// The footnote's words without its leading number, for formats that give the
/// number by position or attribute rather than as text.
fn footnote_words() -> Vec<String> {
    let (_, footnote) = source_tokens();
    assert_eq!(footnote[0], "1");
    footnote[1..].to_vec()
}

#[test]
fn plain_text_is_the_display_wrapped_for_a_terminal() {
    let d = declaration();
    assert_eq!(d.to_string(), d.to_string());
    assert_eq!(d.to_string(), format!("{d:80}"));
    for width in [40, 60, 80, 120] {
        let text = format!("{d:width$}");
        assert!(
            text.lines().all(|line| line.chars().count() <= width),
            "width {width}"
        );
        // No word is split: the words are the source's, in order, at any width.
        let (body, footnote) = source_tokens();
        let expected: Vec<String> = body.into_iter().chain(footnote).collect();
        assert_same_words(&tokens(&text), &expected);
    }
    // A hanging indent: a paragraph's lines after its first start under its text.
    let text = d.to_string();
    let lines: Vec<&str> = text.lines().collect();
    let p10 = lines
        .iter()
        .position(|l| l.starts_with("10. Taking note"))
        .unwrap();
    assert!(lines[p10 + 1].starts_with("    ") && !lines[p10 + 1].starts_with("     "));
    // Narrower than a word, a word stands alone and whole.
    let narrow = format!("{d:3}");
    assert!(narrow.lines().any(|l| l.trim() == "private-economic"));
}

/// Checks `wrapped`, `unwrapped` written at `width`: the same words, the label
/// first and every later line under the text, no line longer than `width`
/// unless it holds a single word, and every line as full as the next word
/// allows.
fn assert_wrapped(unwrapped: &str, wrapped: &str, label: &str, width: usize) {
    let context = format!("{label} at width {width}");
    assert!(!unwrapped.contains('\n'), "{context}");
    assert_eq!(
        wrapped.split_whitespace().collect::<Vec<_>>(),
        unwrapped.split_whitespace().collect::<Vec<_>>(),
        "{context}"
    );
    let indent = " ".repeat(label.chars().count() + 1);
    let lines: Vec<&str> = wrapped.lines().collect();
    assert!(lines[0].starts_with(&format!("{label} ")), "{context}");
    for line in &lines[1..] {
        let words = line
            .strip_prefix(&indent)
            .unwrap_or_else(|| panic!("{context}: {line:?}"));
        assert!(!words.starts_with(' '), "{context}: {line:?}");
    }
    for (i, line) in lines.iter().enumerate() {
        let length = line.chars().count();
        let label_word = usize::from(i == 0);
        let single = line.split_whitespace().count() == 1 + label_word;
        assert!(length <= width || single, "{context}: {line:?}");
        if let Some(next) = lines.get(i + 1) {
            let next_word = next.split_whitespace().next().unwrap();
            assert!(
                length + 1 + next_word.chars().count() > width,
                "{context}: {next_word:?} would fit after {line:?}"
            );
        }
    }
}

#[test]
fn paragraphs_and_the_footnote_display_wrapped_under_their_label() {
    let d = declaration();
    for width in 20..=100 {
        for p in d.paragraphs() {
            let label = format!("{}.", p.number());
            assert_wrapped(&p.to_string(), &format!("{p:width$}"), &label, width);
        }
        for note in d.footnotes() {
            let label = format!("[{}]", note.number());
            assert_wrapped(&note.to_string(), &format!("{note:width$}"), &label, width);
        }
    }
}

/// Checks that `edition` holds each paragraph's own rendering, given by
/// `write` with what follows it, in the paragraphs' order.
#[cfg(any(feature = "markdown", feature = "html"))]
fn assert_holds_each_paragraph_in_order(
    edition: &str,
    write: impl Fn(&asem_seoul_declaration::Paragraph) -> String,
) {
    let mut from = 0;
    for p in declaration().paragraphs() {
        let own = write(p);
        let at = edition[from..].find(&own).unwrap_or_else(|| {
            panic!(
                "paragraph {} is not in the edition as it writes itself",
                p.number()
            )
        });
        from += at + own.len();
    }
}

#[cfg(feature = "markdown")]
#[test]
fn the_markdown_edition_writes_each_paragraph_as_the_paragraph_writes_itself() {
    for p in declaration().paragraphs() {
        assert!(
            p.to_markdown()
                .starts_with(&format!("**{}.** ", p.number()))
        );
    }
    assert_holds_each_paragraph_in_order(&declaration().to_markdown(), |p| {
        format!("{}\n\n", p.to_markdown())
    });
}

#[cfg(feature = "markdown")]
#[test]
fn markdown_keeps_every_word_in_order() {
    let markdown = declaration().to_markdown();
    let (body, footnote) = source_tokens();
    let expected: Vec<String> = body.into_iter().chain(footnote).collect();
    assert_same_words(&tokens(&markdown), &expected);
    assert!(!markdown.contains("---") && !markdown.contains("<sup>"));
}

#[cfg(feature = "markdown")]
#[test]
fn markdown_numbers_paragraphs_in_bold_not_in_lists() {
    let markdown = declaration().to_markdown();
    let numbers: Vec<u8> = markdown
        .lines()
        .filter_map(|l| l.strip_prefix("**")?.split_once(".** ")?.0.parse().ok())
        .collect();
    assert_eq!(numbers, (1..=16).collect::<Vec<u8>>());
    // No line opens an ordered list that a renderer could renumber.
    assert!(!markdown.lines().any(|l| {
        l.split_once(". ")
            .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
    }));
}

#[cfg(feature = "markdown")]
#[test]
fn markdown_headings_nest_as_the_document_does() {
    let markdown = declaration().to_markdown();
    let headings: Vec<&str> = markdown.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        [
            "# Seoul Declaration",
            "## Preamble",
            "## Vision for the next decade: Promotion of mobility and skills development",
            "### Promotion of mobility between Asia and Europe",
            "### Enhancement of skills development for better employability through improving the quality of education",
            "#### Developing new skills and competencies, and strengthening lifelong learning in the era of the 4th Industrial Revolution",
            "#### Use of state-of-the-art technologies to trigger education innovation and changes",
            "## Key instruments for realising the common vision: toward tangible and practical cooperation",
        ]
    );
}

/// Text under `node`, leaving out the subtrees `skip` rejects.
fn text_of(node: Node, skip: &dyn Fn(Node) -> bool) -> String {
    text_with(node, &|n| skip(n).then(String::new))
}

/// Text under `node`, with the subtrees `replace` answers for replaced.
fn text_with(node: Node, replace: &dyn Fn(Node) -> Option<String>) -> String {
    let mut out = String::new();
    for child in node.children() {
        if child.is_text() {
            out.push_str(child.text().unwrap_or_default());
        } else if child.is_element() {
            match replace(child) {
                Some(text) => out.push_str(&text),
                None => out.push_str(&text_with(child, replace)),
            }
        }
    }
    out
}

/// Compares word lists, reporting where they first differ rather than both lists whole.
fn assert_same_words(actual: &[String], expected: &[String]) {
    let first_difference = actual.iter().zip(expected).position(|(a, e)| a != e);
    if let Some(at) = first_difference
        .or((actual.len() != expected.len()).then(|| actual.len().min(expected.len())))
    {
        let around =
            |words: &[String]| words[at.saturating_sub(5)..(at + 5).min(words.len())].join(" ");
        panic!(
            "words differ at {at}: got ...{}..., expected ...{}...",
            around(actual),
            around(expected)
        );
    }
}

fn ids<'a>(doc: &'a Document, attribute: &str) -> Vec<&'a str> {
    doc.descendants()
        .filter_map(|n| n.attribute(attribute))
        .collect()
}

fn named<'a, 'i>(doc: &'a Document<'i>, tag: &'a str) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    doc.descendants().filter(move |n| n.has_tag_name(tag))
}

fn html_document(html: &str) -> Document<'_> {
    Document::parse(html.trim_start_matches("<!DOCTYPE html>")).expect("the page is well-formed")
}

fn by_id<'a, 'i>(doc: &'a Document<'i>, id: &str) -> Node<'a, 'i> {
    doc.descendants()
        .find(|n| n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("no #{id}"))
}

/// The files beside the HTML page in `editions/`, which it may link to.
fn edition_exists(name: &str) -> bool {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("editions")
        .join(name)
        .is_file()
}

#[cfg(feature = "html")]
#[test]
fn the_page_writes_each_paragraph_as_the_paragraph_writes_itself() {
    for p in declaration().paragraphs() {
        assert!(
            p.to_html()
                .contains(&format!(" id=\"para-{}\">", p.number()))
        );
    }
    assert_holds_each_paragraph_in_order(
        &declaration().to_html(),
        asem_seoul_declaration::Paragraph::to_html,
    );
}

#[cfg(feature = "html")]
#[test]
fn html_is_well_formed_with_working_anchors_and_footnote_links() {
    let html = declaration().to_html();
    let doc = html_document(&html);
    let id_list = ids(&doc, "id");
    let id_set: BTreeSet<&str> = id_list.iter().copied().collect();
    assert_eq!(id_list.len(), id_set.len(), "ids are unique");
    // Links stay in the page, go to an edition beside it, or to an address of
    // the web (the source, the licence).
    for href in ids(&doc, "href") {
        match href.strip_prefix('#') {
            Some(target) => assert!(id_set.contains(target), "#{target} has no anchor"),
            None if href.starts_with("https://") => {}
            None => assert!(
                edition_exists(href),
                "{href} is not an edition beside the page"
            ),
        }
    }
    for label in named(&doc, "label") {
        assert!(id_set.contains(label.attribute("for").unwrap()));
    }
    for p in declaration().paragraphs() {
        // The words' element holds the paragraph's text and nothing else, so
        // that a TextPositionSelector counts the same characters.
        let words = by_id(&doc, &format!("para-{}", p.number()));
        assert_eq!(words.attribute("class"), Some("words"));
        assert_eq!(
            text_of(words, &|_| false),
            p.text(),
            "paragraph {}",
            p.number()
        );
    }
    // The footnote links both ways, and lives in a Notes section, not a footer.
    let marker = by_id(&doc, "fnref-1");
    assert_eq!(marker.attribute("href"), Some("#fn-1"));
    assert_eq!(marker.attribute("aria-label"), Some("Note 1"));
    assert!(
        marker
            .ancestors()
            .any(|n| n.attribute("id") == Some("para-2"))
    );
    let note = by_id(&doc, "fn-1");
    let notes = note
        .ancestors()
        .find(|n| n.has_tag_name("section"))
        .unwrap();
    assert_eq!(notes.attribute("role"), Some("doc-endnotes"));
    let back = note
        .descendants()
        .find(|n| n.attribute("href") == Some("#fnref-1"))
        .unwrap();
    assert_eq!(
        text_of(back, &|n| n.attribute("aria-hidden") == Some("true")),
        "Back to paragraph 2"
    );
    assert_eq!(named(&doc, "footer").count(), 0);
    assert_eq!(doc.root_element().attribute("lang"), Some("en"));
    // Standalone: nothing to load. Its one script is data, JSON-LD.
    assert!(ids(&doc, "src").is_empty());
    let scripts: Vec<Node> = named(&doc, "script").collect();
    assert_eq!(scripts.len(), 1);
    assert_eq!(scripts[0].attribute("type"), Some("application/ld+json"));
    let json_ld: serde_json::Value = serde_json::from_str(scripts[0].text().unwrap()).unwrap();
    assert_eq!(json_ld["@context"], "https://schema.org");
    for link in named(&doc, "link") {
        assert!(
            matches!(
                link.attribute("rel"),
                Some("alternate" | "license" | "canonical")
            ),
            "{:?}",
            link.attribute("rel")
        );
    }
    // A skip link first, to the text.
    let first_link = named(&doc, "a").next().unwrap();
    assert_eq!(first_link.attribute("href"), Some("#text"));
}

/// What a reference manager reads from the page: the `<head>`'s metadata.
#[cfg(feature = "html")]
#[test]
fn html_json_ld_describes_the_declaration_and_the_dataset() {
    let d = declaration();
    let html = d.to_html();
    let doc = html_document(&html);
    let homepage = env!("CARGO_PKG_HOMEPAGE");
    // The JSON-LD describes the declaration and this edition, with every
    // other edition as a download.
    let script = named(&doc, "script").next().unwrap();
    let json_ld: serde_json::Value = serde_json::from_str(script.text().unwrap()).unwrap();
    let graph = json_ld["@graph"].as_array().unwrap();
    let of = |kind: &str| graph.iter().find(|n| n["@type"] == kind).unwrap();
    assert_eq!(of("Report")["datePublished"], "2017-11-22");
    assert_eq!(
        of("Report")["author"]["name"],
        "6th ASEM Education Ministers' Meeting"
    );
    // The dataset: an absolute identity, its coverage, and the declaration it
    // cites (`citation` as schema.org defines it).
    // Its address is the landing page's, the editions' address itself.
    let dataset = of("Dataset");
    assert_eq!(dataset["@id"], homepage);
    assert_eq!(dataset["url"], homepage);
    assert_eq!(dataset["identifier"][0], homepage);
    assert_eq!(dataset["temporalCoverage"], "2017-11-21/2017-11-22");
    assert_eq!(
        dataset["spatialCoverage"]["address"]["addressCountry"],
        "KR"
    );
    assert_eq!(dataset["inLanguage"], "en");
    assert_eq!(dataset["isAccessibleForFree"], true);
    assert!(dataset["keywords"].as_array().unwrap().len() >= 5);
    assert_eq!(dataset["citation"]["@id"], of("Report")["@id"]);
    assert!(
        dataset["creditText"]
            .as_str()
            .unwrap()
            .contains("[Data set]")
    );
    assert_eq!(
        of("Dataset")["version"],
        asem_seoul_declaration::DATA_VERSION
    );
    assert_eq!(
        of("Dataset")["license"],
        "https://creativecommons.org/licenses/by/4.0/"
    );
    let downloads: Vec<&str> = of("Dataset")["distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["contentUrl"].as_str().unwrap())
        .collect();
    assert!(downloads.len() >= 9);
    for file in &downloads {
        assert!(
            edition_exists(file.strip_prefix(homepage).unwrap()),
            "{file}"
        );
    }
    // Every table of the data package is a CSV download of its own.
    #[cfg(feature = "tables")]
    {
        let csv = of("Dataset")["distribution"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["encodingFormat"] == "text/csv")
            .count();
        assert_eq!(csv, d.tables().len());
    }
}

#[cfg(feature = "html")]
#[test]
fn html_says_what_it_is_to_reference_managers() {
    let d = declaration();
    let html = d.to_html();
    let doc = html_document(&html);
    let meta = |name: &str| {
        named(&doc, "meta")
            .find(|m| m.attribute("name") == Some(name))
            .and_then(|m| m.attribute("content"))
            .unwrap_or_else(|| panic!("no meta {name}"))
    };
    assert_eq!(meta("citation_title"), "Seoul Declaration");
    assert_eq!(meta("citation_date"), "2017-11-22");
    // A report (not a conference paper) by the meeting, one corporate author:
    // the trailing comma keeps Zotero from splitting the name.
    assert!(
        !html.contains("citation_conference_title"),
        "a conference title makes Zotero file the page as a conference paper"
    );
    assert_eq!(
        meta("citation_author"),
        "6th ASEM Education Ministers' Meeting,"
    );
    assert_eq!(meta("DC.creator"), meta("citation_author"));
    assert_eq!(meta("citation_technical_report_institution"), d.publisher());
    assert_eq!(meta("z.reportType"), "Ministerial declaration");
    assert!(meta("z.extra").ends_with(d.published_at()));
    let homepage = env!("CARGO_PKG_HOMEPAGE");
    let canonical = named(&doc, "link")
        .find(|l| l.attribute("rel") == Some("canonical"))
        .and_then(|l| l.attribute("href"));
    assert_eq!(
        canonical,
        Some(format!("{homepage}seoul-declaration.html").as_str())
    );
    assert_eq!(meta("citation_publisher"), d.publisher());
    assert_eq!(meta("citation_language"), "en");
    assert_eq!(meta("DC.title"), "Seoul Declaration");
    assert_eq!(meta("DC.date"), "2017-11-22");
    assert_eq!(meta("DC.publisher"), "ASEM Education Secretariat");
    assert_eq!(meta("DC.type"), "Text");
    assert_eq!(meta("DC.language"), "en");
    assert!(meta("DC.rights").contains("no licence is claimed"));
    assert!(meta("description").starts_with("The Seoul Declaration of the 6th"));
    let alternates: Vec<&str> = named(&doc, "link")
        .filter(|l| l.attribute("rel") == Some("alternate"))
        .map(|l| l.attribute("href").unwrap())
        .collect();
    assert_eq!(
        alternates,
        [
            "seoul-declaration.json",
            "seoul-declaration.akn.xml",
            "seoul-declaration.md",
            "seoul-declaration.txt"
        ]
    );
    // About this edition: source, version, licences, citation, downloads.
    let about = text_of(by_id(&doc, "about"), &|_| false);
    for words in [
        d.published_at(),
        asem_seoul_declaration::DATA_VERSION,
        "CC-BY-4.0",
        "MIT",
        "Seoul Declaration (ASEMME6, 2017), para. 6",
        asem_seoul_declaration::SOURCE_SHA256,
    ] {
        assert!(
            about.contains(words),
            "About this edition does not say {words}"
        );
    }
}

#[cfg(feature = "html")]
#[test]
fn html_keeps_every_word_in_order() {
    let html = declaration().to_html();
    let doc = html_document(&html);
    let body = named(&doc, "body").next().unwrap();
    // The analyst's controls, the notes, the glossary, the lists and the map
    // are not the document's words; a note marker is a word of its own, as `<sup>1</sup>`
    // is in the source, though its number is drawn by the stylesheet.
    let replace = |n: Node| match n.tag_name().name() {
        "sup" => Some(format!(
            " {} ",
            n.first_element_child()
                .and_then(|a| a.attribute("data-n"))
                .unwrap_or_default()
        )),
        "style" | "script" | "details" | "aside" => Some(String::new()),
        _ if matches!(
            n.attribute("class"),
            Some(
                "notes"
                    | "glossary"
                    | "map"
                    | "commitments"
                    | "about"
                    | "num"
                    | "cite"
                    | "badges"
                    | "skip"
                    | "anchor"
            )
        ) =>
        {
            Some(String::new())
        }
        _ => None,
    };
    let (expected_body, _) = source_tokens();
    let words = tokens(&text_with(body, &replace));
    // The paragraph numbers are the gutter's; the source's are words of their own.
    assert_eq!(words.len() + 16, expected_body.len());
    let note_words = tokens(&text_of(by_id(&doc, "fn-1"), &|n| {
        n.attribute("role") == Some("doc-backlink")
    }));
    assert_eq!(note_words, footnote_words());
}

#[cfg(feature = "html")]
#[test]
fn html_marks_every_clause_and_name_for_the_analysts_view() {
    let d = declaration();
    let html = d.to_html();
    let doc = html_document(&html);
    let clauses: Vec<(String, &str)> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("clause"))
        .map(|n| (text_of(n, &|_| false), n.attribute("data-stance").unwrap()))
        .collect();
    let expected: Vec<(String, &str)> = d
        .clauses()
        .map(|c| (c.text().to_owned(), c.stance().id()))
        .collect();
    assert_eq!(clauses, expected);
    // Words that name several things are one element listing each id.
    let mentions: Vec<(String, String)> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("mention"))
        .flat_map(|n| {
            let words = text_of(n, &|_| false);
            n.attribute("data-referent")
                .unwrap()
                .split(' ')
                .map(move |id| (words.clone(), id.to_owned()))
                .collect::<Vec<_>>()
        })
        .collect();
    let expected: Vec<(String, String)> = d
        .mentions()
        .map(|m| (m.text().to_owned(), m.referent().id().to_owned()))
        .collect();
    assert_eq!(mentions, expected);
    // A control per stance, for the commitments, and one per kind of name.
    let labels: Vec<String> = named(&doc, "label")
        .map(|n| text_of(n, &|_| false))
        .collect();
    for label in [
        "Pledges",
        "Calls",
        "Acknowledgements",
        "Commitments, each ending at ◆",
        "Entities",
        "Places",
        "Concepts",
        "Instruments",
        "Meetings",
    ] {
        assert!(labels.iter().any(|l| l == label), "{label} in {labels:?}");
    }
    // A checkbox for every theme highlights its paragraphs, each of which
    // carries a badge naming the theme.
    let themes = named(&doc, "input")
        .filter(|n| n.attribute("id").is_some_and(|id| id.starts_with("theme-")))
        .count();
    assert_eq!(themes, asem_seoul_declaration::Theme::ALL.len());
    let badges = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("badge") && n.attribute("data-theme").is_some())
        .count();
    let tags: usize = d.paragraphs().iter().map(|p| p.themes().count()).sum();
    assert_eq!(badges, tags);
    let map = by_id(&doc, "theme-map");
    let rows = map.descendants().filter(|n| n.has_tag_name("tr")).count();
    assert_eq!(rows, asem_seoul_declaration::Theme::ALL.len() + 1);
    let marks: Vec<Node> = map
        .descendants()
        .filter(|n| n.has_tag_name("a") && n.parent().is_some_and(|p| p.has_tag_name("td")))
        .collect();
    assert_eq!(marks.len(), tags);
    for mark in marks {
        let n: u8 = mark
            .attribute("href")
            .unwrap()
            .trim_start_matches("#para-")
            .parse()
            .unwrap();
        let evidence = mark.attribute("title").unwrap();
        assert!(
            d.paragraph(n).unwrap().text().contains(evidence),
            "{evidence}"
        );
    }
}

#[cfg(feature = "html")]
#[test]
fn html_marks_every_commitment_and_links_it_to_its_entry() {
    let d = declaration();
    let html = d.to_html();
    let doc = html_document(&html);
    // Every commitment is marked with its text, and its marker links to its
    // entry in "What the ministers commit to", which links to its paragraph.
    // Commitments that start together nest, the longer outside.
    let commitments: BTreeSet<(String, String)> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("commitment"))
        .map(|n| {
            (
                text_of(n, &|_| false),
                n.attribute("data-commitment").unwrap().to_owned(),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String)> = d
        .commitments()
        .map(|c| (c.text().to_owned(), c.id().to_string()))
        .collect();
    assert_eq!(commitments, expected);
    for c in d.commitments() {
        let id = c.id().to_string();
        let marker = doc
            .descendants()
            .find(|n| {
                n.attribute("class") == Some("cmark")
                    && n.attribute("href") == Some(&format!("#{id}"))
            })
            .unwrap_or_else(|| panic!("no marker for {id}"));
        let about = marker.attribute("aria-label").unwrap();
        assert!(
            about.contains(c.precision().to_string().to_lowercase().as_str()),
            "{about}"
        );
        assert!(about.contains(c.actor().name()), "{about}");
        assert_eq!(marker.attribute("data-tip"), Some(about));
        let entry = by_id(&doc, &id);
        assert!(
            entry
                .ancestors()
                .any(|n| n.attribute("id") == Some("commitments"))
        );
        assert!(
            entry
                .descendants()
                .any(|n| n.attribute("href") == Some(&format!("#para-{}", c.paragraph().number())))
        );
    }
}

#[cfg(feature = "html")]
#[test]
fn every_acronym_is_marked_the_same_way_everywhere() {
    let html = declaration().to_html();
    let doc = html_document(&html);
    let marked: Vec<(String, &str)> = named(&doc, "abbr")
        .map(|n| (text_of(n, &|_| false), n.attribute("title").unwrap()))
        .collect();
    for (text, title) in &marked {
        let acronym: asem_seoul_declaration::Acronym = text.parse().unwrap();
        assert_eq!(acronym.expansion(), *title);
    }
    // Every whole-word occurrence in the paragraphs is marked, inside longer names too.
    let occurrences: usize = declaration()
        .paragraphs()
        .iter()
        .map(|p| {
            p.text()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.parse::<asem_seoul_declaration::Acronym>().is_ok())
                .count()
        })
        .sum();
    let in_paragraphs = named(&doc, "abbr")
        .filter(|n| n.ancestors().any(|a| a.attribute("class") == Some("para")))
        .count();
    // "ASEM FMM" and "ASEM LEMC" are one acronym of two words each.
    assert_eq!(in_paragraphs + 2, occurrences);
    assert!(marked.contains(&("ASEF".to_owned(), "Asia-Europe Foundation")));
    assert!(marked.contains(&(
        "ASEMME6".to_owned(),
        "6th ASEM Education Ministers' Meeting"
    )));
}

const AKN: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

#[cfg(feature = "akn")]
#[test]
fn akoma_ntoso_parses_back_to_the_sixteen_paragraphs() {
    let xml = declaration().to_akoma_ntoso();
    let doc = Document::parse(&xml).expect("the XML is well-formed");
    assert_eq!(doc.root_element().tag_name().namespace(), Some(AKN));
    assert!(
        doc.root_element()
            .first_element_child()
            .unwrap()
            .has_tag_name("statement")
    );
    let paragraphs: Vec<Node> = named(&doc, "paragraph").collect();
    assert_eq!(paragraphs.len(), 16);
    let is_note = |n: Node| n.has_tag_name("authorialNote");
    for (node, p) in paragraphs.iter().zip(declaration().paragraphs()) {
        let eid = node.attribute("eId").unwrap();
        assert!(eid.ends_with(&format!("__para_{}", p.number())), "{eid}");
        let num = node.first_element_child().unwrap();
        assert_eq!(num.text(), Some(format!("{}.", p.number()).as_str()));
        let content = node
            .descendants()
            .find(|n| n.has_tag_name("content"))
            .unwrap();
        assert_eq!(text_of(content, &is_note), p.text());
    }
    let note = named(&doc, "authorialNote").next().unwrap();
    assert_eq!(note.attribute("marker"), Some("1"));
    assert!(
        note.ancestors()
            .any(|n| n.attribute("eId") == Some("level_nn_1__para_2"))
    );
    assert_eq!(tokens(&text_of(note, &|_| false)), footnote_words());
}

#[cfg(feature = "akn")]
#[test]
fn akoma_ntoso_keeps_every_word_in_order() {
    let xml = declaration().to_akoma_ntoso();
    let doc = Document::parse(&xml).unwrap();
    let statement = doc.root_element().first_element_child().unwrap();
    // The note stands where its marker does; its own words are checked apart.
    let replace = |n: Node| match n.tag_name().name() {
        "meta" => Some(String::new()),
        "authorialNote" => n.attribute("marker").map(|m| format!(" {m} ")),
        _ => None,
    };
    let (body, _) = source_tokens();
    assert_same_words(&tokens(&text_with(statement, &replace)), &body);
}

#[cfg(feature = "akn")]
#[test]
fn akoma_ntoso_links_resolve() {
    let xml = declaration().to_akoma_ntoso();
    let doc = Document::parse(&xml).unwrap();
    let eids: BTreeSet<&str> = ids(&doc, "eId").into_iter().collect();
    assert_eq!(eids.len(), ids(&doc, "eId").len(), "eIds are unique");
    // `refersTo` is a list: a range of meetings refers to each.
    for refers in ids(&doc, "refersTo") {
        for one in refers.split(' ') {
            assert!(
                eids.contains(one.trim_start_matches('#')),
                "{one} is not in references"
            );
        }
    }
    // No reference goes unused.
    let used: BTreeSet<&str> = ids(&doc, "refersTo")
        .into_iter()
        .flat_map(|list| list.split(' '))
        .chain(ids(&doc, "href"))
        .chain(ids(&doc, "source"))
        .map(|r| r.trim_start_matches('#'))
        .collect();
    let references = doc
        .descendants()
        .find(|n| n.has_tag_name("references"))
        .unwrap();
    for tlc in references.children().filter(Node::is_element) {
        let eid = tlc.attribute("eId").unwrap();
        assert!(used.contains(eid), "{eid} is never used");
    }
    let summit = named(&doc, "event")
        .find(|n| text_of(*n, &|_| false) == "6th ASEM Summit")
        .unwrap();
    assert_eq!(summit.attribute("refersTo"), Some("#summit:asem6"));
    let keywords: Vec<Node> = named(&doc, "keyword").collect();
    let tags: usize = declaration()
        .paragraphs()
        .iter()
        .map(|p| p.themes().count() + p.instruments().count())
        .sum();
    assert_eq!(keywords.len(), tags);
    for k in keywords {
        assert!(eids.contains(k.attribute("href").unwrap().trim_start_matches('#')));
    }
    // Every mention is marked inline, those that share words by one element
    // that refers to each.
    let in_references = |n: &Node| n.ancestors().any(|a| a.has_tag_name("references"));
    let is_anaphor = |n: &Node| n.attribute("class") == Some("anaphor");
    let refs = || named(&doc, "ref").filter(|n| !is_anaphor(n));
    let marked = doc
        .descendants()
        .filter(|n| !in_references(n))
        .filter_map(|n| n.attribute("refersTo"))
        .map(|list| list.split(' ').count())
        .sum::<usize>()
        + refs().count();
    let mentions = declaration().mentions().count();
    assert_eq!(marked, mentions);
    let self_refs = declaration().mentions_of(Referent::Declaration).count();
    assert_eq!(refs().count(), self_refs);
}

/// The words each anaphor refers to, in document order: its own words, and
/// its antecedent's with their paragraph (none for a heading's).
fn anaphors() -> Vec<(String, Option<u8>, String)> {
    declaration()
        .paragraphs()
        .iter()
        .flat_map(asem_seoul_declaration::Paragraph::anaphors)
        .map(|a| {
            let antecedent = a.antecedent();
            (
                a.text().to_owned(),
                antecedent.words().map(|w| w.paragraph().number()),
                antecedent.text().to_owned(),
            )
        })
        .collect()
}

/// The number of the paragraph `node` stands in: from the HTML page's
/// `para-N`, or from the `para_N` part of an Akoma Ntoso eId; none for a
/// heading.
fn paragraph_of(node: Node, id_prefix: &str) -> Option<u8> {
    node.ancestors()
        .filter_map(|a| a.attribute("id").or_else(|| a.attribute("eId")))
        .flat_map(|id| id.split("__"))
        .find_map(|part| part.strip_prefix(id_prefix)?.parse().ok())
}

#[cfg(feature = "html")]
#[test]
fn html_links_every_anaphor_to_the_words_it_refers_to() {
    let html = declaration().to_html();
    let doc = html_document(&html);
    let links: Vec<Node> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("anaphor"))
        .collect();
    let mut found = Vec::new();
    for link in &links {
        // A real link, whose words are the anaphor's, to the one element
        // that holds the antecedent's words; they describe it too.
        assert!(link.has_tag_name("a"));
        let href = link.attribute("href").unwrap();
        let target = by_id(&doc, href.strip_prefix('#').unwrap());
        assert_eq!(link.attribute("aria-describedby"), target.attribute("id"));
        assert_eq!(target.attribute("class"), Some("antecedent"));
        assert_eq!(
            doc.descendants()
                .filter(|n| n.attribute("id") == target.attribute("id"))
                .count(),
            1
        );
        // No link inside the link: neither a note's marker nor a commitment's.
        assert!(!link.descendants().skip(1).any(|n| n.has_tag_name("a")));
        found.push((
            text_of(*link, &|_| false),
            paragraph_of(target, "para-"),
            text_of(target, &|_| false),
        ));
    }
    assert_eq!(found, anaphors());
    assert!(!found.is_empty());
    // Every antecedent is the target of a link.
    let antecedents = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("antecedent"))
        .count();
    assert_eq!(antecedents, links.len());
}

#[cfg(feature = "akn")]
#[test]
fn akoma_ntoso_refers_every_anaphor_to_its_antecedent_by_eid() {
    let xml = declaration().to_akoma_ntoso();
    let doc = Document::parse(&xml).unwrap();
    let mut found = Vec::new();
    let refs: Vec<Node> = named(&doc, "ref")
        .filter(|n| n.attribute("class") == Some("anaphor"))
        .collect();
    for r in &refs {
        let eid = r.attribute("href").unwrap().strip_prefix('#').unwrap();
        let targets: Vec<Node> = doc
            .descendants()
            .filter(|n| n.attribute("eId") == Some(eid))
            .collect();
        assert_eq!(targets.len(), 1, "{eid}");
        let target = targets[0];
        assert!(target.has_tag_name("span"), "{eid}");
        assert_eq!(target.attribute("class"), Some("antecedent"));
        found.push((
            text_of(*r, &|_| false),
            paragraph_of(target, "para_"),
            text_of(target, &|_| false),
        ));
    }
    assert_eq!(found, anaphors());
    assert!(!found.is_empty());
    let spans = named(&doc, "span")
        .filter(|n| n.attribute("class") == Some("antecedent"))
        .count();
    assert_eq!(spans, refs.len());
}

#[cfg(feature = "akn")]
#[test]
fn akoma_ntoso_eids_follow_the_naming_convention() {
    let xml = declaration().to_akoma_ntoso();
    let doc = Document::parse(&xml).unwrap();
    // Outside the metadata, every element's eId is its nearest ancestor's eId,
    // "__", and its own part.
    for node in doc.descendants().filter(|n| n.attribute("eId").is_some()) {
        if node.ancestors().any(|a| a.has_tag_name("meta")) {
            continue;
        }
        let eid = node.attribute("eId").unwrap();
        // A `span` numbers no children: the convention gives it no eId of its
        // own (an antecedent's has one only to be addressed).
        let parent = node
            .ancestors()
            .skip(1)
            .filter(|a| !a.has_tag_name("span"))
            .find_map(|a| a.attribute("eId"));
        let own = match parent {
            Some(parent) => eid
                .strip_prefix(&format!("{parent}__"))
                .unwrap_or_else(|| panic!("{eid} is not under {parent}")),
            None if node.ancestors().any(|a| a.has_tag_name("preface")) => {
                eid.strip_prefix("preface__").unwrap()
            }
            None => eid,
        };
        assert!(!own.contains("__"), "{eid}");
    }
}

#[cfg(feature = "svg")]
#[test]
fn the_theme_map_picture_is_well_formed_with_a_dot_per_tag() {
    let d = declaration();
    let svg = d.theme_map_svg();
    let doc = Document::parse(&svg).expect("the SVG is well-formed");
    let links: Vec<Node> = named(&doc, "a").collect();
    let tags: usize = d.paragraphs().iter().map(|p| p.themes().count()).sum();
    assert_eq!(links.len(), tags);
    for link in links {
        let n: u8 = link
            .attribute("href")
            .unwrap()
            .trim_start_matches(env!("CARGO_PKG_HOMEPAGE"))
            .trim_start_matches("seoul-declaration.html#para-")
            .parse()
            .unwrap();
        let child = |tag| {
            link.children()
                .find(|c| c.has_tag_name(tag))
                .unwrap()
                .text()
                .unwrap()
        };
        assert!(child("title").ends_with(&format!(" in paragraph {n}")));
        assert!(d.paragraph(n).unwrap().text().contains(child("desc")));
    }
    // No blank line, so that Markdown (the README, the crate docs) keeps it whole.
    assert!(!svg.contains("\n\n"));
}

#[cfg(feature = "html")]
#[test]
fn the_landing_page_is_the_dataset_to_reference_managers() {
    let d = declaration();
    let html = d.to_html_landing_page();
    let doc = html_document(&html);
    let meta: Vec<(&str, &str)> = named(&doc, "meta")
        .filter_map(|m| Some((m.attribute("name")?, m.attribute("content")?)))
        .collect();
    let value = |name: &str| {
        meta.iter()
            .find(|(n, _)| *n == name)
            .map_or_else(|| panic!("no meta {name}"), |&(_, c)| c)
    };
    // Dublin Core alone: any Highwire tag would make Zotero guess another type.
    assert!(
        meta.iter().all(|(n, _)| !n.starts_with("citation_")),
        "{meta:?}"
    );
    assert_eq!(value("DC.type"), "Dataset");
    assert_eq!(value("DC.creator"), "asem-seoul-declaration contributors,");
    assert_eq!(value("DC.date"), citation_cff("date-released"));
    assert_eq!(value("DC.title"), citation_cff("title").trim_matches('"'));
    let homepage = env!("CARGO_PKG_HOMEPAGE");
    assert_eq!(value("DC.identifier"), homepage);
    let canonical = named(&doc, "link")
        .find(|l| l.attribute("rel") == Some("canonical"))
        .and_then(|l| l.attribute("href"));
    assert_eq!(canonical, Some(homepage));
    // The same JSON-LD as the reader's page: one description of the dataset.
    let script = named(&doc, "script").next().unwrap().text().unwrap();
    let page = d.to_html();
    assert!(
        page.contains(script),
        "the two pages describe the dataset differently"
    );
    // The way to the text, and every download, each a file of the editions.
    let links: Vec<&str> = named(&doc, "a")
        .filter_map(|a| a.attribute("href"))
        .filter(|href| !href.contains(':') && !href.starts_with('#'))
        .collect();
    assert_eq!(links.first(), Some(&"seoul-declaration.html"));
    assert!(links.len() >= 10, "{links:?}");
    for file in links {
        assert!(edition_exists(file), "{file}");
    }
}

/// A top-level value of CITATION.cff, as written.
#[cfg(feature = "html")]
fn citation_cff(key: &str) -> String {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/CITATION.cff")).unwrap();
    text.lines()
        .find_map(|line| line.strip_prefix(&format!("{key}: ")))
        .unwrap_or_else(|| panic!("CITATION.cff has no {key}"))
        .trim_matches('"')
        .to_owned()
}
