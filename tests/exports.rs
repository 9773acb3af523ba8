//! The exports keep every word of the source in order and are well-formed.

mod support;

use std::collections::BTreeSet;

use asem_seoul_declaration::{declaration, Referent};
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
    assert_eq!(d.to_plain_text(), d.to_string());
    assert_eq!(d.to_plain_text(), format!("{d:80}"));
    for width in [40, 60, 80, 120] {
        let text = d.to_plain_text_wrapped(width);
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
    let text = d.to_plain_text();
    let lines: Vec<&str> = text.lines().collect();
    let p10 = lines
        .iter()
        .position(|l| l.starts_with("10. Taking note"))
        .unwrap();
    assert!(lines[p10 + 1].starts_with("    ") && !lines[p10 + 1].starts_with("     "));
    // Narrower than a word, a word stands alone and whole.
    let narrow = d.to_plain_text_wrapped(3);
    assert!(narrow.lines().any(|l| l.trim() == "private-economic"));
}

#[test]
fn markdown_keeps_every_word_in_order() {
    let markdown = declaration().to_markdown();
    let (body, footnote) = source_tokens();
    let expected: Vec<String> = body.into_iter().chain(footnote).collect();
    assert_same_words(&tokens(&markdown), &expected);
    assert!(!markdown.contains("---") && !markdown.contains("<sup>"));
}

#[test]
fn markdown_numbers_paragraphs_in_bold_not_in_lists() {
    let markdown = declaration().to_markdown();
    let numbers: Vec<u8> = markdown
        .lines()
        .filter_map(|l| l.strip_prefix("**")?.split_once(".** ")?.0.parse().ok())
        .collect();
    assert_eq!(numbers, (1..=16).collect::<Vec<u8>>());
    // No line opens an ordered list that a renderer could renumber.
    assert!(!markdown.lines().any(|l| l
        .split_once(". ")
        .is_some_and(|(n, _)| n.parse::<u32>().is_ok())));
}

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

#[test]
fn html_is_well_formed_with_working_anchors_and_footnote_links() {
    let html = declaration().to_html();
    let doc = html_document(&html);
    let id_list = ids(&doc, "id");
    let id_set: BTreeSet<&str> = id_list.iter().copied().collect();
    assert_eq!(id_list.len(), id_set.len(), "ids are unique");
    for href in ids(&doc, "href") {
        let target = href.strip_prefix('#').expect("links stay in the page");
        assert!(id_set.contains(target), "#{target} has no anchor");
    }
    for label in named(&doc, "label") {
        assert!(id_set.contains(label.attribute("for").unwrap()));
    }
    for p in declaration().paragraphs() {
        assert!(id_set.contains(format!("para-{}", p.number()).as_str()));
    }
    // The footnote links both ways, and lives in a Notes section, not a footer.
    let marker = by_id(&doc, "fnref-1");
    assert_eq!(marker.attribute("href"), Some("#fn-1"));
    assert!(marker
        .ancestors()
        .any(|n| n.attribute("id") == Some("para-2")));
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
    // Standalone: no file or address outside the page.
    for attribute in ["src", "href"] {
        assert!(
            ids(&doc, attribute).iter().all(|v| v.starts_with('#')),
            "{attribute}"
        );
    }
    assert_eq!(
        named(&doc, "link").count() + named(&doc, "script").count(),
        0
    );
}

#[test]
fn html_keeps_every_word_in_order() {
    let html = declaration().to_html();
    let doc = html_document(&html);
    let body = named(&doc, "body").next().unwrap();
    // The analyst's controls, the notes and the map are not the document's words;
    // a superscript marker is a word of its own, as `<sup>1</sup>` is in the source.
    let replace = |n: Node| match n.tag_name().name() {
        "sup" => Some(format!(
            " {} ",
            text_of(n, &|n| n.attribute("class") == Some("vh"))
        )),
        "style" => Some(String::new()),
        _ if matches!(n.attribute("class"), Some("view" | "notes" | "map")) => Some(String::new()),
        _ if n.attribute("class") == Some("num") => Some(String::new()),
        _ => None,
    };
    let (expected_body, _) = source_tokens();
    let words = tokens(&text_with(body, &replace));
    // The paragraph numbers are the gutter's; the source's are words of their own.
    let numbered: Vec<String> = expected_body.clone();
    assert_eq!(words.len() + 16, numbered.len());
    let notes = by_id(&doc, "notes");
    let note_words = tokens(&text_of(by_id(&doc, "fn-1"), &|n| {
        n.attribute("role") == Some("doc-backlink")
    }));
    assert_eq!(note_words, footnote_words());
    assert!(notes.has_tag_name("section"));
    for p in declaration().paragraphs() {
        let node = by_id(&doc, &format!("para-{}", p.number()));
        let skip = |n: Node| n.has_tag_name("sup") || n.attribute("class") == Some("num");
        assert_eq!(text_of(node, &skip).trim_start(), p.text());
    }
}

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
        .map(|c| (c.text().to_owned(), c.stance().slug()))
        .collect();
    assert_eq!(clauses, expected);
    let mentions: Vec<(String, String)> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("mention"))
        .map(|n| {
            (
                text_of(n, &|_| false),
                n.attribute("data-referent").unwrap().to_owned(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = d
        .mentions()
        .map(|m| (m.text().to_owned(), m.referent().to_string()))
        .collect();
    assert_eq!(mentions, expected);
    // A control per stance, named for it, and one per kind of name.
    let labels: Vec<String> = named(&doc, "label")
        .map(|n| text_of(n, &|_| false))
        .collect();
    for label in [
        "Pledges",
        "Calls",
        "Acknowledgements",
        "Entities",
        "Places",
        "Concepts",
        "Instruments",
        "Meetings",
    ] {
        assert!(labels.iter().any(|l| l == label), "{label} in {labels:?}");
    }
    // A checkbox for every theme highlights its paragraphs.
    let themes = named(&doc, "input")
        .filter(|n| n.attribute("id").is_some_and(|id| id.starts_with("theme-")))
        .count();
    assert_eq!(themes, asem_seoul_declaration::Theme::ALL.len());
    let map = by_id(&doc, "theme-map");
    let rows = map.descendants().filter(|n| n.has_tag_name("tr")).count();
    assert_eq!(rows, asem_seoul_declaration::Theme::ALL.len() + 1);
    let marks: Vec<Node> = map.descendants().filter(|n| n.has_tag_name("a")).collect();
    let tags: usize = d.paragraphs().iter().map(|p| p.themes().count()).sum();
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

#[test]
fn akoma_ntoso_parses_back_to_the_sixteen_paragraphs() {
    let xml = declaration().to_akoma_ntoso();
    let doc = Document::parse(&xml).expect("the XML is well-formed");
    assert_eq!(doc.root_element().tag_name().namespace(), Some(AKN));
    assert!(doc
        .root_element()
        .first_element_child()
        .unwrap()
        .has_tag_name("statement"));
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
    assert!(note
        .ancestors()
        .any(|n| n.attribute("eId") == Some("level_nn_1__para_2")));
    assert_eq!(tokens(&text_of(note, &|_| false)), footnote_words());
}

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

#[test]
fn akoma_ntoso_links_resolve() {
    let xml = declaration().to_akoma_ntoso();
    let doc = Document::parse(&xml).unwrap();
    let eids: BTreeSet<&str> = ids(&doc, "eId").into_iter().collect();
    assert_eq!(eids.len(), ids(&doc, "eId").len(), "eIds are unique");
    for refers in ids(&doc, "refersTo") {
        assert!(
            eids.contains(refers.trim_start_matches('#')),
            "{refers} is not in references"
        );
    }
    // No reference goes unused.
    let used: BTreeSet<&str> = ids(&doc, "refersTo")
        .into_iter()
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
    // Every mention is marked inline.
    let in_references = |n: &Node| n.ancestors().any(|a| a.has_tag_name("references"));
    let marked = doc
        .descendants()
        .filter(|n| n.attribute("refersTo").is_some() && !in_references(n))
        .count()
        + named(&doc, "ref").count();
    let mentions = declaration().mentions().count();
    assert_eq!(marked, mentions);
    let self_refs = declaration().mentions_of(Referent::Declaration).count();
    assert_eq!(named(&doc, "ref").count(), self_refs);
}

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
        let parent = node.ancestors().skip(1).find_map(|a| a.attribute("eId"));
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
            .trim_start_matches("#para-")
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
