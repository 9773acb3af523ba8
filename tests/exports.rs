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
fn plain_text_is_the_display() {
    assert_eq!(declaration().to_plain_text(), declaration().to_string());
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

#[test]
fn html_is_well_formed_with_working_anchors_and_footnote_links() {
    let html = declaration().to_html();
    let xml = html.trim_start_matches("<!DOCTYPE html>");
    let doc = Document::parse(xml).expect("the HTML is well-formed");
    let id_list = ids(&doc, "id");
    let id_set: BTreeSet<&str> = id_list.iter().copied().collect();
    assert_eq!(id_list.len(), id_set.len(), "ids are unique");
    for href in ids(&doc, "href") {
        let target = href.strip_prefix('#').expect("links stay in the page");
        assert!(id_set.contains(target), "#{target} has no anchor");
    }
    for p in declaration().paragraphs() {
        assert!(id_set.contains(format!("para-{}", p.number()).as_str()));
    }
    // The footnote links both ways.
    let marker = named(&doc, "sup").next().unwrap();
    assert_eq!(marker.attribute("id"), Some("fnref-1"));
    assert_eq!(
        marker.first_element_child().unwrap().attribute("href"),
        Some("#fn-1")
    );
    let note = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("fn-1"))
        .unwrap();
    assert!(note
        .descendants()
        .any(|n| n.attribute("href") == Some("#fnref-1")));
    assert_eq!(doc.root_element().attribute("lang"), Some("en"));
}

#[test]
fn html_keeps_every_word_in_order() {
    let html = declaration().to_html();
    let doc = Document::parse(html.trim_start_matches("<!DOCTYPE html>")).unwrap();
    let body = named(&doc, "body").next().unwrap();
    // A superscript marker is a word of its own, as `<sup>1</sup>` is in the source.
    let replace = |n: Node| match n.tag_name().name() {
        "footer" => Some(String::new()),
        "sup" => Some(format!(" {} ", text_of(n, &|_| false))),
        _ => None,
    };
    let (expected_body, _) = source_tokens();
    assert_same_words(&tokens(&text_with(body, &replace)), &expected_body);
    let footer = named(&doc, "footer").next().unwrap();
    assert_eq!(tokens(&text_of(footer, &|_| false)), footnote_words());
    for p in declaration().paragraphs() {
        let node = doc
            .descendants()
            .find(|n| n.attribute("id") == Some(&format!("para-{}", p.number())))
            .unwrap();
        let skip = |n: Node| n.has_tag_name("sup") || n.attribute("class") == Some("num");
        assert_eq!(text_of(node, &skip).trim_start(), p.text());
    }
    let abbreviations: Vec<(&str, &str)> = named(&doc, "abbr")
        .map(|n| (n.text().unwrap(), n.attribute("title").unwrap()))
        .collect();
    assert!(abbreviations.contains(&("ICT", "Information and Communication Technologies")));
    assert!(abbreviations.contains(&("ASEMME6", "ASEM Education Ministers' Meeting")));
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
        assert_eq!(
            node.attribute("eId"),
            Some(format!("para_{}", p.number()).as_str())
        );
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
        .any(|n| n.attribute("eId") == Some("para_2")));
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
    let keywords: Vec<Node> = named(&doc, "keyword").collect();
    let tags: usize = declaration()
        .paragraphs()
        .iter()
        .map(|p| p.themes().len() + p.instruments().len())
        .sum();
    assert_eq!(keywords.len(), tags);
    for k in keywords {
        assert!(eids.contains(k.attribute("href").unwrap().trim_start_matches('#')));
    }
    // Every mention is marked inline.
    let marked = doc
        .descendants()
        .filter(|n| n.attribute("refersTo").is_some() && !n.has_tag_name("keyword"))
        .count()
        + named(&doc, "ref").count();
    let mentions = declaration().mentions().count();
    assert_eq!(marked, mentions);
    let self_refs = declaration().mentions_of(Referent::Declaration).count();
    assert_eq!(named(&doc, "ref").count(), self_refs);
}
