//! The W3C Web Annotation edition: every mention, clause, tag and commitment
//! as an annotation of the HTML edition, anchored by a `TextQuoteSelector`
//! and a `TextPositionSelector` on the paragraph's words.

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use super::files;
use crate::facts::publication;
use crate::model::span::Spanned;
use crate::model::vocabulary::Vocabulary;
use crate::model::vocabulary::sealed::Sealed;
use crate::{Declaration, Paragraph, Span, Tag};

/// How many characters of context a quote selector gives at most on each side.
const CONTEXT: usize = 32;

#[cfg_attr(docsrs, doc(cfg(feature = "annotations")))]
/// The Web Annotation edition (feature `annotations`).
impl Declaration {
    /// The analyst's layer as a W3C Web Annotation `AnnotationCollection`,
    /// serializable as JSON-LD (`editions/annotations.jsonld`): an annotation
    /// for every mention, clause, theme and instrument tag, and commitment,
    /// each with a stable `id` and a `body` naming what it is (an id and a
    /// name), its `target` the paragraph's words in the HTML edition,
    /// `seoul-declaration.html#para-N` at the editions' published address (an
    /// absolute IRI, as every id here), found by a `TextQuoteSelector` (`exact`, and a
    /// `prefix` and `suffix` of up to 32 characters) and a
    /// `TextPositionSelector` counted in code points.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let json = serde_json::to_value(declaration().web_annotations()).unwrap();
    /// assert_eq!(json["type"], "AnnotationCollection");
    /// let first = &json["first"]["items"][0];
    /// assert!(first["target"]["source"].as_str().unwrap().ends_with("/seoul-declaration.html#para-1"));
    /// assert!(first["id"].as_str().unwrap().starts_with("https://"));
    /// assert_eq!(first["target"]["selector"][0]["exact"], "Education Ministers");
    /// ```
    #[must_use]
    pub fn web_annotations(&self) -> impl Serialize + '_ {
        Collection(self)
    }
}

struct Collection<'d>(&'d Declaration);

/// One annotation, before it is written.
struct Annotation {
    id: String,
    motivation: &'static str,
    bodies: Vec<(&'static str, String)>,
    span: Span,
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
                    ("classifying", super::grade(c).0.to_owned()),
                    ("classifying", c.precision().id().to_owned()),
                    ("tagging", c.actor().id().to_owned()),
                    (
                        "describing",
                        format!(
                            "{}, {}, {} precision; {} to act{}",
                            c.kind().name(),
                            super::grade(c).1.to_lowercase(),
                            c.precision().name().to_lowercase(),
                            c.actor().name(),
                            c.timeframe()
                                .map_or(String::new(), |t| format!("; {}", t.text()))
                        ),
                    ),
                ],
                span: c.span(),
            });
        }
    }
    all
}

impl Serialize for Collection<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let items = annotations(d);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@context", "http://www.w3.org/ns/anno.jsonld")?;
        map.serialize_entry("id", &files::address(files::ANNOTATIONS))?;
        map.serialize_entry("type", "AnnotationCollection")?;
        map.serialize_entry(
            "label",
            &format!(
                "The analyst's reading of the {} ({}, {}), data version {}: mentions, clauses, tags and commitments",
                d.title(),
                d.meeting().acronym(),
                d.meeting().year(),
                publication::DATA_VERSION
            ),
        )?;
        map.serialize_entry("total", &items.len())?;
        map.serialize_entry("rights", publication::DATA_LICENSE_URL)?;
        map.serialize_entry(
            "generator",
            &Generator {
                id: publication::REPOSITORY,
                kind: "Software",
                name: "asem-seoul-declaration",
            },
        )?;
        map.serialize_entry("first", &Page { items: &items })?;
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
    items: &'a [Annotation],
}

impl Serialize for Page<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry(
            "id",
            &format!("{}#page-1", files::address(files::ANNOTATIONS)),
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
        struct Body<'b> {
            #[serde(rename = "type")]
            kind: &'static str,
            purpose: &'static str,
            value: &'b str,
        }
        let a = self.0;
        let bodies: Vec<Body> = a
            .bodies
            .iter()
            .map(|(purpose, value)| Body {
                kind: "TextualBody",
                purpose,
                value,
            })
            .collect();
        let mut map = serializer.serialize_map(Some(5))?;
        map.serialize_entry(
            "id",
            &format!("{}#{}", files::address(files::ANNOTATIONS), a.id),
        )?;
        map.serialize_entry("type", "Annotation")?;
        map.serialize_entry("motivation", a.motivation)?;
        map.serialize_entry("body", &bodies)?;
        map.serialize_entry("target", &Target(a.span))?;
        map.end()
    }
}

struct Target(Span);

impl Serialize for Target {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Quote<'q> {
            #[serde(rename = "type")]
            kind: &'static str,
            exact: &'q str,
            prefix: &'q str,
            suffix: &'q str,
        }
        #[derive(Serialize)]
        struct Position {
            #[serde(rename = "type")]
            kind: &'static str,
            start: usize,
            end: usize,
        }
        #[derive(Serialize)]
        #[serde(untagged)]
        enum Selector<'q> {
            Quote(Quote<'q>),
            Position(Position),
        }
        let span = self.0;
        let (prefix, suffix) = context(span.paragraph(), span);
        let chars = span.char_range();
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry(
            "source",
            &format!(
                "{}#para-{}",
                files::address(files::HTML),
                span.paragraph().number()
            ),
        )?;
        map.serialize_entry(
            "selector",
            &[
                Selector::Quote(Quote {
                    kind: "TextQuoteSelector",
                    exact: span.text(),
                    prefix,
                    suffix,
                }),
                Selector::Position(Position {
                    kind: "TextPositionSelector",
                    start: chars.start,
                    end: chars.end,
                }),
            ],
        )?;
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
