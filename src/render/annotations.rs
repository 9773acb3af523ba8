//! The W3C Web Annotation edition: every mention, clause, tag and commitment
//! as an annotation of the HTML edition, anchored by a `TextQuoteSelector`
//! and a `TextPositionSelector` on the paragraph's words, and every anaphor
//! as one that links its words to its antecedent's, selected the same way.

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use std::ops::Range;

use super::marks::heading_words_id;
use super::{Edition, address};
use crate::model::span::Spanned;
use crate::model::vocabulary::Vocabulary;
use crate::model::vocabulary::sealed::Sealed;
use crate::{Antecedent, Declaration, Paragraph, Section, Span, Tag};

/// How many characters of context a quote selector gives at most on each side.
const CONTEXT: usize = 32;

/// [`Declaration::web_annotations`].
pub(crate) fn web_annotations(d: &Declaration) -> impl Serialize + '_ {
    Collection(d)
}

struct Collection<'d>(&'d Declaration);

/// One annotation, before it is written.
struct Annotation {
    id: String,
    motivation: &'static str,
    bodies: Vec<(&'static str, String)>,
    span: Span,
    /// Where its words stand in the whole page's text, and the context that
    /// makes them unique there.
    page: Option<PageQuote>,
    /// For an anaphor, the words it refers to, a body of the annotation, and
    /// where they stand in the page's text.
    antecedent: Option<(Words, Option<PageQuote>)>,
}

/// Words of the HTML edition an annotation selects: a paragraph's, or a
/// heading's (which an anaphor may refer to).
#[derive(Clone, Copy)]
enum Words {
    Paragraph(Span),
    Heading(Section),
}

impl Words {
    fn of(antecedent: Antecedent) -> Words {
        match antecedent {
            Antecedent::Words(span) => Words::Paragraph(span),
            Antecedent::Heading(section) => Words::Heading(section),
        }
    }

    /// The id of the page's element that holds them.
    fn element(self) -> String {
        match self {
            Words::Paragraph(span) => format!("para-{}", span.paragraph().number()),
            Words::Heading(section) => heading_words_id(section),
        }
    }

    fn text(self) -> &'static str {
        match self {
            Words::Paragraph(span) => span.text(),
            Words::Heading(section) => section.into(),
        }
    }

    /// Up to [`CONTEXT`] characters of the element before and after them: a
    /// heading's element holds its words alone.
    fn context(self) -> (&'static str, &'static str) {
        match self {
            Words::Paragraph(span) => context(span.paragraph(), span),
            Words::Heading(_) => ("", ""),
        }
    }

    /// Where they stand in their element, in characters.
    fn chars(self) -> Range<usize> {
        match self {
            Words::Paragraph(span) => span.char_range(),
            Words::Heading(_) => 0..self.text().chars().count(),
        }
    }
}

/// A quote of the whole page: where the words start and end in the text of
/// the page's body, in characters, and the characters before and after them
/// that make the quote unique in it.
struct PageQuote {
    start: usize,
    end: usize,
    prefix: String,
    suffix: String,
}

fn annotations(d: &Declaration) -> Vec<Annotation> {
    let mut all = Vec::new();
    for p in d.paragraphs() {
        let n = p.number();
        for (i, m) in p.mentions().enumerate() {
            all.push(Annotation {
                id: format!("mention-{n}-{}", i + 1),
                motivation: "identifying",
                bodies: vec![
                    ("identifying", m.referent().id().to_owned()),
                    ("describing", m.referent().name().to_owned()),
                ],
                span: m.span(),
                page: None,
                antecedent: None,
            });
        }
        for (i, c) in p.clauses().enumerate() {
            all.push(Annotation {
                id: format!("clause-{n}-{}", i + 1),
                motivation: "classifying",
                bodies: vec![
                    ("classifying", c.stance().id().to_owned()),
                    ("tagging", c.verb().id().to_owned()),
                    (
                        "describing",
                        format!(
                            "A clause led by “{}”: {}",
                            c.text(),
                            c.stance().name().to_lowercase()
                        ),
                    ),
                ],
                span: c.span(),
                page: None,
                antecedent: None,
            });
        }
        for e in p.evidence() {
            let kind = match e.tag() {
                Tag::Theme(_) => "theme",
                Tag::Instrument(_) => "instrument",
                Tag::Priority(_) => "priority",
            };
            let slug = e.tag().id().split_once(':').map_or("", |(_, slug)| slug);
            all.push(Annotation {
                id: format!("{kind}-{n}-{slug}"),
                motivation: "classifying",
                bodies: vec![
                    ("classifying", e.tag().id().to_owned()),
                    ("describing", e.tag().name().to_owned()),
                ],
                span: e.span(),
                page: None,
                antecedent: None,
            });
        }
        for c in p.commitments() {
            let id = c.id();
            all.push(Annotation {
                id: format!("commitment-{}-{}", id.paragraph(), id.order()),
                motivation: "classifying",
                bodies: vec![
                    ("identifying", id.to_string()),
                    ("classifying", c.kind().id().to_owned()),
                    ("classifying", c.grade().id().to_owned()),
                    ("classifying", c.precision().id().to_owned()),
                    ("tagging", c.actor().id().to_owned()),
                    (
                        "describing",
                        format!(
                            "{}, {}, {} precision; {} to act{}",
                            c.kind().name(),
                            c.grade().name().to_lowercase(),
                            c.precision().name().to_lowercase(),
                            c.actor().name(),
                            c.timeframe()
                                .map_or(String::new(), |t| format!("; {}", t.text()))
                        ),
                    ),
                ],
                span: c.span(),
                page: None,
                antecedent: None,
            });
        }
        all.extend(anaphor_annotations(p));
    }
    let page = PageText::of(d);
    for a in &mut all {
        a.page = Some(page.quote(Words::Paragraph(a.span)));
        if let Some((words, quote)) = &mut a.antecedent {
            *quote = Some(page.quote(*words));
        }
    }
    all
}

/// The linking annotation of each anaphor of `p`: its words the target, the
/// words it refers to a body.
fn anaphor_annotations(p: &Paragraph) -> impl Iterator<Item = Annotation> + '_ {
    let n = p.number();
    p.anaphors().enumerate().map(move |(i, a)| {
        let antecedent = a.antecedent();
        let place = antecedent.words().map_or_else(
            || "a heading".to_owned(),
            |w| format!("paragraph {}", w.paragraph().number()),
        );
        Annotation {
            id: format!("anaphor-{n}-{}", i + 1),
            motivation: "linking",
            bodies: vec![(
                "describing",
                format!(
                    "“{}” refers to “{}” in {place}",
                    a.text(),
                    antecedent.text(),
                ),
            )],
            span: a.span(),
            page: None,
            antecedent: Some((Words::of(antecedent), None)),
        }
    })
}

/// The text of the HTML edition's body, as a browser's DOM holds it (every
/// text node, in order), and where each paragraph's text element starts in
/// it, in characters: what an annotation client reads when it anchors a
/// selector on the whole page.
struct PageText {
    text: Vec<char>,
    paragraphs: Vec<usize>,
    /// The id of each heading's words that an anaphor refers to, and where
    /// they start.
    headings: Vec<(String, usize)>,
}

impl PageText {
    fn of(d: &Declaration) -> PageText {
        let html = d.to_html();
        let body = html.find("<body").map_or(&html[..0], |at| &html[at..]);
        let mut text = Vec::new();
        let mut paragraphs = vec![0; d.paragraphs().len()];
        let mut headings = Vec::new();
        let mut rest = body;
        while let Some(open) = rest.find('<') {
            text.extend(unescape(&rest[..open]).chars());
            let close = rest[open..]
                .find('>')
                .map_or(rest.len(), |at| open + at + 1);
            let tag = &rest[open..close];
            if let Some(n) = tag
                .split_once(" id=\"para-")
                .and_then(|(_, after)| after.split_once('"'))
                .and_then(|(n, _)| n.parse::<usize>().ok())
                .filter(|_| tag.contains("class=\"words\""))
            {
                paragraphs[n - 1] = text.len();
            }
            if let Some((id, _)) = tag
                .split_once(" id=\"heading-")
                .and_then(|(_, after)| after.split_once('"'))
            {
                headings.push((format!("heading-{id}"), text.len()));
            }
            rest = &rest[close..];
        }
        text.extend(unescape(rest).chars());
        PageText {
            text,
            paragraphs,
            headings,
        }
    }

    /// Where `span` stands in the page, with as much context either side as
    /// makes the quote unique there: 32 characters, or more where needed.
    fn quote(&self, words: Words) -> PageQuote {
        let element = match words {
            Words::Paragraph(span) => self.paragraphs[usize::from(span.paragraph().number()) - 1],
            Words::Heading(_) => {
                let id = words.element();
                self.headings
                    .iter()
                    .find(|(h, _)| *h == id)
                    .map_or(0, |(_, at)| *at)
            }
        };
        let start = element + words.chars().start;
        let end = start + words.text().chars().count();
        let mut context = CONTEXT;
        loop {
            let from = start.saturating_sub(context);
            let to = (end + context).min(self.text.len());
            let quote = &self.text[from..to];
            let found = self
                .text
                .windows(quote.len())
                .filter(|w| *w == quote)
                .take(2)
                .count();
            if found == 1 || (from == 0 && to == self.text.len()) {
                return PageQuote {
                    start,
                    end,
                    prefix: self.text[from..start].iter().collect(),
                    suffix: self.text[end..to].iter().collect(),
                };
            }
            context += CONTEXT;
        }
    }
}

/// Text as the browser reads it from the page's markup: the crate writes
/// only these four escapes (see `Xml`).
fn unescape(markup: &str) -> String {
    markup
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

impl Serialize for Collection<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let items = annotations(d);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@context", "http://www.w3.org/ns/anno.jsonld")?;
        map.serialize_entry("id", &address(d, Edition::Annotations))?;
        map.serialize_entry("type", "AnnotationCollection")?;
        map.serialize_entry(
            "label",
            &format!(
                "The analyst's reading of the {} ({}, {}), data version {}: mentions, clauses, tags, commitments and anaphors",
                d.title(),
                d.meeting().acronym(),
                d.meeting().year(),
                d.publication.data_version
            ),
        )?;
        map.serialize_entry("total", &items.len())?;
        map.serialize_entry("rights", d.publication.license_url)?;
        map.serialize_entry(
            "generator",
            &Generator {
                id: d.publication.repository,
                kind: "Software",
                name: env!("CARGO_PKG_NAME"),
            },
        )?;
        map.serialize_entry("first", &Page { d, items: &items })?;
        map.end()
    }
}

#[derive(Serialize)]
struct Generator {
    id: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'static str,
}

struct Page<'a> {
    d: &'a Declaration,
    items: &'a [Annotation],
}

impl Serialize for Page<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry(
            "id",
            &format!("{}#page-1", address(self.d, Edition::Annotations)),
        )?;
        map.serialize_entry("type", "AnnotationPage")?;
        map.serialize_entry("startIndex", &0)?;
        map.serialize_entry("items", &Items(self.items))?;
        map.end()
    }
}

struct Items<'a>(&'a [Annotation]);

impl Serialize for Items<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for a in self.0 {
            seq.serialize_element(&Item(a))?;
        }
        seq.end()
    }
}

struct Item<'a>(&'a Annotation);

impl Serialize for Item<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(untagged)]
        enum Body<'b> {
            /// Words: what the annotation says, or a tag.
            Text {
                #[serde(rename = "type")]
                kind: &'static str,
                purpose: &'static str,
                value: &'b str,
            },
            /// A vocabulary entry, by the IRI that names it in the JSON
            /// edition's vocabularies (`…/seoul-declaration.json#theme:equity`).
            Entry { id: String, purpose: &'static str },
            /// Words of the page: the antecedent an anaphor links to.
            Words(Selected<'b>),
        }
        let a = self.0;
        // The declaration the annotated words stand in.
        let d = a.span.paragraph.document;
        let json = address(d, Edition::Json);
        let html = address(d, Edition::Html);
        let mut bodies: Vec<Body> = Vec::new();
        if let Some((words, page)) = &a.antecedent {
            bodies.push(Body::Words(Selected {
                source: &html,
                kind: Some("SpecificResource"),
                purpose: Some("linking"),
                words: *words,
                page: page.as_ref(),
            }));
        }
        bodies.extend(a.bodies.iter().map(|(purpose, value)| match *purpose {
            "identifying" | "classifying" => Body::Entry {
                id: format!("{json}#{value}"),
                purpose,
            },
            _ => Body::Text {
                kind: "TextualBody",
                purpose,
                value,
            },
        }));
        let mut map = serializer.serialize_map(Some(5))?;
        map.serialize_entry(
            "id",
            &format!("{}#{}", address(d, Edition::Annotations), a.id),
        )?;
        map.serialize_entry("type", "Annotation")?;
        map.serialize_entry("motivation", a.motivation)?;
        map.serialize_entry("body", &bodies)?;
        map.serialize_entry(
            "target",
            &Selected {
                source: &html,
                kind: None,
                purpose: None,
                words: Words::Paragraph(a.span),
                page: a.page.as_ref(),
            },
        )?;
        map.end()
    }
}

/// Words of the HTML edition: an annotation's target, or the antecedent an
/// anaphor's annotation links to (a body, which names its type and purpose).
struct Selected<'a> {
    /// The address of the HTML edition.
    source: &'a str,
    kind: Option<&'static str>,
    purpose: Option<&'static str>,
    words: Words,
    page: Option<&'a PageQuote>,
}

/// The page, and four selectors that each find the words, two within the
/// paragraph's text element (a `FragmentSelector` naming it, refined by a
/// quote and by a position, the Web Annotation model's pattern for part of a
/// page) and two on the whole page's text (a quote whose context makes it
/// unique there, and a position counted over it), for the clients that drop
/// a fragment and anchor against the page.
impl Serialize for Selected<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(untagged)]
        enum Selector<'q> {
            Quote {
                #[serde(rename = "type")]
                kind: &'static str,
                exact: &'q str,
                prefix: &'q str,
                suffix: &'q str,
            },
            Position {
                #[serde(rename = "type")]
                kind: &'static str,
                start: usize,
                end: usize,
            },
            Fragment {
                #[serde(rename = "type")]
                kind: &'static str,
                #[serde(rename = "conformsTo")]
                conforms_to: &'static str,
                value: String,
                #[serde(rename = "refinedBy")]
                refined_by: Box<Selector<'q>>,
            },
        }
        let words = self.words;
        let (prefix, suffix) = words.context();
        let chars = words.chars();
        let fragment = |refined_by| Selector::Fragment {
            kind: "FragmentSelector",
            conforms_to: "http://tools.ietf.org/rfc/rfc3986",
            value: words.element(),
            refined_by: Box::new(refined_by),
        };
        let mut selectors = vec![
            fragment(Selector::Quote {
                kind: "TextQuoteSelector",
                exact: words.text(),
                prefix,
                suffix,
            }),
            fragment(Selector::Position {
                kind: "TextPositionSelector",
                start: chars.start,
                end: chars.end,
            }),
        ];
        if let Some(page) = self.page {
            selectors.push(Selector::Quote {
                kind: "TextQuoteSelector",
                exact: words.text(),
                prefix: &page.prefix,
                suffix: &page.suffix,
            });
            selectors.push(Selector::Position {
                kind: "TextPositionSelector",
                start: page.start,
                end: page.end,
            });
        }
        let mut map = serializer.serialize_map(None)?;
        if let Some(kind) = self.kind {
            map.serialize_entry("type", kind)?;
        }
        if let Some(purpose) = self.purpose {
            map.serialize_entry("purpose", purpose)?;
        }
        map.serialize_entry("source", self.source)?;
        map.serialize_entry("selector", &selectors)?;
        map.end()
    }
}

/// Up to [`CONTEXT`] characters of the paragraph before and after the span.
fn context(p: &Paragraph, span: Span) -> (&'static str, &'static str) {
    let text = p.text();
    let range = span.range();
    let before = &text[..range.start];
    let after = &text[range.end..];
    let prefix_start = before
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map_or(0, |(at, _)| at);
    let suffix_end = after
        .char_indices()
        .nth(CONTEXT)
        .map_or(after.len(), |(at, _)| at);
    (&before[prefix_start..], &after[..suffix_end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_at_most_32_characters_each_side_and_stops_at_the_ends() {
        let p = crate::declaration().paragraph(10).unwrap();
        let first = p.mentions().next().unwrap().span();
        let (prefix, suffix) = context(p, first);
        assert_eq!(prefix.chars().count(), 32);
        assert!(p.text()[..first.range().start].ends_with(prefix));
        assert_eq!(suffix.chars().count(), 32);
        let start = p.clauses().next().unwrap().span();
        assert_eq!(context(p, start).0, "");
    }
}
