//! The editions checked in under `editions/` are what the code makes, the JSON
//! edition is described by its schema, and the package writer leaves other
//! people's files alone.

use std::collections::BTreeSet;

use asem_seoul_declaration::Spanned;
use std::path::{Path, PathBuf};

use serde_json::Value;

#[path = "../examples/output/mod.rs"]
mod output;
#[path = "../examples/package/mod.rs"]
mod package;

fn editions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("editions")
}

#[test]
fn the_checked_in_editions_are_what_the_code_makes() {
    let dir = editions_dir();
    let files = package::editions();
    let mut stale = Vec::new();
    for file in &files {
        let path = dir.join(&file.path);
        match std::fs::read(&path) {
            Ok(bytes) if bytes == file.bytes => {}
            Ok(_) => stale.push(format!("{} differs", file.path.display())),
            Err(e) => stale.push(format!("{}: {e}", file.path.display())),
        }
    }
    assert!(
        stale.is_empty(),
        "editions/ has drifted from the code ({}); regenerate with `cargo run --example editions`",
        stale.join(", ")
    );
    // Nothing else lies in editions/ that the code does not make.
    let made: BTreeSet<PathBuf> = files.iter().map(|f| f.path.clone()).collect();
    for entry in walk(&dir) {
        let relative = entry.strip_prefix(&dir).unwrap().to_owned();
        assert!(
            made.contains(&relative),
            "{} is not an edition",
            relative.display()
        );
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn edition() -> Value {
    serde_json::to_value(asem_seoul_declaration::declaration().json_edition()).unwrap()
}

fn schema() -> Value {
    serde_json::from_str(asem_seoul_declaration::JSON_SCHEMA).unwrap()
}

/// Follows a local `$ref`.
fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(pointer) => resolve(root, root.pointer(pointer.trim_start_matches('#')).unwrap()),
        None => node,
    }
}

/// Walks `value` with its schema: every key of every object is a property the
/// schema describes, and every property of the schema has a description.
fn covered(root: &Value, schema: &Value, value: &Value, at: &str, seen: &mut usize) {
    let schema = resolve(root, schema);
    let schema = match schema.get("oneOf").and_then(Value::as_array) {
        Some(options) => match options
            .iter()
            .find(|o| resolve(root, o).get("type") != Some(&Value::from("null")))
        {
            Some(option) if !value.is_null() => resolve(root, option),
            _ => return,
        },
        None => schema,
    };
    match value {
        Value::Object(map) => {
            let properties = schema["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{at}: no properties"));
            assert_eq!(schema["additionalProperties"], Value::Bool(false), "{at}");
            for (key, child) in map {
                let property = properties
                    .get(key)
                    .unwrap_or_else(|| panic!("{at}.{key} is not in the schema"));
                let description = property
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                assert!(!description.is_empty(), "{at}.{key} has no description");
                *seen += 1;
                covered(root, property, child, &format!("{at}.{key}"), seen);
            }
            for key in properties.keys() {
                assert!(
                    map.contains_key(key),
                    "{at}.{key} is described but never written"
                );
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                covered(root, &schema["items"], item, &format!("{at}[{i}]"), seen);
            }
        }
        _ => {}
    }
}

#[test]
fn the_schema_describes_every_property_the_edition_writes() {
    let root = schema();
    assert_eq!(
        root["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let mut seen = 0;
    covered(&root, &root, &edition(), "$", &mut seen);
    assert!(seen > 1000, "{seen}");
    assert_eq!(
        root["properties"]["version"]["pattern"],
        format!(
            "^{}\\.[0-9]+\\.[0-9]+$",
            asem_seoul_declaration::FORMAT_VERSION
                .split('.')
                .next()
                .unwrap()
        )
    );
}

fn offset(value: &Value) -> usize {
    usize::try_from(value.as_u64().expect("an offset is a whole number")).unwrap()
}

/// Every object with a `span` next to a `text` slices to it, in every unit,
/// within the text that holds it: a footnote's own (an object with
/// `emphasis`), else the paragraph an object names by number, else the
/// paragraph it stands in. A heading an anaphor refers to has words and no
/// span.
fn spans(value: &Value, paragraphs: &[String], host: Option<&str>, checked: &mut usize) {
    match value {
        Value::Object(map) => {
            let named = map
                .get("paragraph")
                .and_then(Value::as_u64)
                .map(|n| paragraphs[usize::try_from(n).unwrap() - 1].as_str());
            let host = if map.contains_key("emphasis") {
                map["text"].as_str()
            } else {
                named.or(host)
            };
            let span = map.get("span").filter(|s| !s.is_null());
            if let (Some(span), Some(text)) = (span, map.get("text").and_then(Value::as_str)) {
                let host = host.expect("a span stands inside a paragraph or footnote");
                let (start, end) = (offset(&span["start"]), offset(&span["end"]));
                let chars: String = host.chars().skip(start).take(end - start).collect();
                assert_eq!(chars, text);
                let units: Vec<u16> = host.encode_utf16().collect();
                let (s16, e16) = (offset(&span["utf16"][0]), offset(&span["utf16"][1]));
                assert_eq!(String::from_utf16(&units[s16..e16]).unwrap(), text);
                let (s8, e8) = (offset(&span["utf8"][0]), offset(&span["utf8"][1]));
                assert_eq!(&host[s8..e8], text);
                *checked += 1;
            }
            for child in map.values() {
                spans(child, paragraphs, host, checked);
            }
        }
        Value::Array(items) => items
            .iter()
            .for_each(|item| spans(item, paragraphs, host, checked)),
        _ => {}
    }
}

#[test]
fn every_span_of_the_json_edition_slices_to_its_text_in_three_units() {
    let d = asem_seoul_declaration::declaration();
    let texts: Vec<String> = d.paragraphs().iter().map(|p| p.text().to_owned()).collect();
    let mut checked = 0;
    spans(&edition(), &texts, None, &mut checked);
    let per_paragraph: usize = d
        .paragraphs()
        .iter()
        .map(|p| {
            p.mentions().len()
                + 2 * p.clauses().len()
                + p.sentences().len()
                + p.evidence().len()
                + p.footnote_refs().len()
                + p.emphasis().len()
                + p.anaphors().len()
                + p.anaphors()
                    .filter(|a| a.antecedent().words().is_some())
                    .count()
        })
        .sum();
    let per_commitment: usize = d
        .commitments()
        .map(|c| {
            1 + usize::from(c.actor_words().is_some())
                + usize::from(c.object().is_some())
                + usize::from(c.target().is_some())
                + usize::from(c.timeframe().is_some())
                + usize::from(c.delegated_to().is_some())
                + usize::from(
                    c.antecedent()
                        .and_then(asem_seoul_declaration::Antecedent::words)
                        .is_some(),
                )
                + c.hedges().count()
                + c.intensifiers().count()
        })
        .sum();
    let in_footnotes: usize = d.footnotes().iter().map(|f| f.emphasis().len()).sum();
    assert_eq!(checked, per_paragraph + per_commitment + in_footnotes);
    eprintln!("JSON spans checked in three units: {checked}");
}

/// The spans of a table: for each column `start` or `X_start`, the column of
/// the words (`text` or `X`), where its six span columns begin, and the column
/// of the paragraph they count in (`X_paragraph`, else `paragraph`).
fn span_columns(table: &asem_seoul_declaration::tables::Table) -> Vec<(usize, usize, usize)> {
    table
        .fields()
        .iter()
        .enumerate()
        .filter_map(|(at, field)| {
            let words = match field.name() {
                "start" => "text",
                name => name
                    .strip_suffix("_start")
                    .filter(|w| !w.starts_with("utf"))?,
            };
            let host = table
                .column(&format!("{words}_paragraph"))
                .or_else(|| table.column("paragraph"))?;
            Some((table.column(words)?, at, host))
        })
        .collect()
}

#[test]
fn every_span_of_the_tables_slices_to_its_text_in_three_units() {
    let d = asem_seoul_declaration::declaration();
    let mut checked = 0;
    for table in d.tables() {
        for (text, start, paragraph) in span_columns(&table) {
            for row in table.rows() {
                // No words, or a heading's words, which have no span.
                if row[text] == asem_seoul_declaration::tables::Cell::Empty
                    || row[start] == asem_seoul_declaration::tables::Cell::Empty
                {
                    assert!(
                        row[start..start + 6]
                            .iter()
                            .all(|c| *c == asem_seoul_declaration::tables::Cell::Empty)
                    );
                    continue;
                }
                let number = |i: usize| row[i].to_string().parse::<usize>().unwrap();
                let host = d
                    .paragraph(u8::try_from(number(paragraph)).unwrap())
                    .unwrap()
                    .text();
                let words = row[text].to_string();
                let chars: String = host
                    .chars()
                    .skip(number(start))
                    .take(number(start + 1) - number(start))
                    .collect();
                assert_eq!(chars, words, "{}", table.name());
                let units: Vec<u16> = host.encode_utf16().collect();
                assert_eq!(
                    String::from_utf16(&units[number(start + 2)..number(start + 3)]).unwrap(),
                    words
                );
                assert_eq!(&host[number(start + 4)..number(start + 5)], words);
                checked += 1;
            }
        }
    }
    assert!(checked > 400, "{checked}");
    eprintln!("table spans checked in three units: {checked}");
}

#[test]
fn the_package_writer_refuses_a_missing_directory_and_foreign_files() {
    let base = std::env::temp_dir().join(format!(
        "asem-seoul-declaration-test-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&base);
    let files = package::data_package();
    let missing = base.join("missing");
    let err = package::write(&missing, &files).unwrap_err();
    assert!(err.to_string().contains("is not a directory"), "{err}");

    std::fs::create_dir_all(&base).unwrap();
    std::fs::write(base.join("mentions.csv"), "someone else's table\n").unwrap();
    std::fs::write(base.join("notes.txt"), "keep me\n").unwrap();
    let err = package::write(&base, &files).unwrap_err();
    assert!(
        err.to_string()
            .contains("mentions.csv exists and was not written by this program"),
        "{err}"
    );
    assert!(
        !base.join("datapackage.json").exists(),
        "nothing is written when one file is foreign"
    );
    assert_eq!(
        std::fs::read_to_string(base.join("mentions.csv")).unwrap(),
        "someone else's table\n"
    );

    std::fs::remove_file(base.join("mentions.csv")).unwrap();
    package::write(&base, &files).unwrap();
    // Writing again over its own files is fine; other files stay as they were.
    package::write(&base, &files).unwrap();
    assert_eq!(
        std::fs::read_to_string(base.join("notes.txt")).unwrap(),
        "keep me\n"
    );
    assert_eq!(std::fs::read_dir(&base).unwrap().count(), files.len() + 1);
    std::fs::remove_dir_all(&base).unwrap();
}

#[cfg(unix)]
#[test]
fn the_package_writer_does_not_follow_a_link_out_of_its_directory() {
    let base = std::env::temp_dir().join(format!(
        "asem-seoul-declaration-link-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&base);
    let dir = base.join("package");
    std::fs::create_dir_all(&dir).unwrap();
    // A dangling link to a path outside the directory, under a name the
    // package uses: following it would create the outside file.
    let outside = base.join("outside.csv");
    std::os::unix::fs::symlink(&outside, dir.join("themes.csv")).unwrap();
    let files = package::data_package();
    let err = package::write(&dir, &files).unwrap_err();
    assert!(
        err.to_string().contains("themes.csv") && err.to_string().contains("link"),
        "{err}"
    );
    assert!(!outside.exists(), "the writer followed the link");
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "nothing is written when one name is a link"
    );
    // A linked directory on the way is refused too.
    std::fs::remove_file(dir.join("themes.csv")).unwrap();
    std::fs::create_dir_all(base.join("elsewhere")).unwrap();
    let editions = base.join("editions");
    std::fs::create_dir_all(&editions).unwrap();
    std::os::unix::fs::symlink(base.join("elsewhere"), editions.join("datapackage")).unwrap();
    let err = package::write(&editions, &package::editions()).unwrap_err();
    assert!(err.to_string().contains("datapackage"), "{err}");
    assert_eq!(
        std::fs::read_dir(base.join("elsewhere")).unwrap().count(),
        0
    );
    std::fs::remove_dir_all(&base).unwrap();
}

/// The text of the page's body as an XML parser reads it, every text node in
/// order: what an annotation client anchors a page-wide selector on.
fn page_text(html: &str) -> Vec<char> {
    let doc = roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>")).unwrap();
    let body = doc.descendants().find(|n| n.has_tag_name("body")).unwrap();
    body.descendants()
        .filter(roxmltree::Node::is_text)
        .flat_map(|n| n.text().unwrap().chars().collect::<Vec<_>>())
        .collect()
}

/// The words a quote selector names, checked: its exact text at `start`, its
/// context around it, and the whole found once in `text`.
fn check_quote(text: &[char], quote: &Value, start: usize, id: &str) {
    let exact: Vec<char> = quote["exact"].as_str().unwrap().chars().collect();
    let prefix: Vec<char> = quote["prefix"].as_str().unwrap_or("").chars().collect();
    let suffix: Vec<char> = quote["suffix"].as_str().unwrap_or("").chars().collect();
    let end = start + exact.len();
    assert_eq!(&text[start..end], exact.as_slice(), "{id}");
    assert_eq!(
        &text[start - prefix.len()..start],
        prefix.as_slice(),
        "{id}"
    );
    assert_eq!(&text[end..end + suffix.len()], suffix.as_slice(), "{id}");
    let whole: Vec<char> = [prefix, exact, suffix].concat();
    let found = text
        .windows(whole.len())
        .filter(|w| *w == whole.as_slice())
        .count();
    assert_eq!(found, 1, "{id}: its quote is not unique");
}

/// Checks the four selectors of a target or an anaphor's body on the page and
/// in the paragraph they name, and gives that paragraph's number and the
/// words they select.
fn check_selected(page: &[char], resource: &Value, id: &str) -> (Option<u8>, String) {
    let d = asem_seoul_declaration::declaration();
    let home = env!("CARGO_PKG_HOMEPAGE");
    assert_eq!(resource["source"], format!("{home}seoul-declaration.html"));
    let selectors = resource["selector"].as_array().unwrap();
    let of = |kind: &'static str| selectors.iter().filter(move |s| s["type"] == kind);
    // In the paragraph (or the heading an anaphor refers to): a fragment
    // naming its text element, refined by a quote and by a position in its
    // text.
    let fragments: Vec<&Value> = of("FragmentSelector").collect();
    assert_eq!(fragments.len(), 2, "{id}");
    let element = fragments[0]["value"].as_str().unwrap();
    assert_eq!(fragments[1]["value"], element);
    let number: Option<u8> = element.strip_prefix("para-").map(|n| n.parse().unwrap());
    let text: Vec<char> = if let Some(n) = number {
        d.paragraph(n).unwrap().text().chars().collect()
    } else {
        let slug = element.strip_prefix("heading-").unwrap();
        let all = <asem_seoul_declaration::Section as asem_seoul_declaration::Vocabulary>::ALL;
        let section = all
            .iter()
            .find(|s| asem_seoul_declaration::Vocabulary::slug(**s) == slug)
            .unwrap();
        section.to_string().chars().collect()
    };
    let [quote, position] = [0, 1].map(|i| &fragments[i]["refinedBy"]);
    assert_eq!(quote["type"], "TextQuoteSelector");
    assert_eq!(position["type"], "TextPositionSelector");
    let start = usize::try_from(position["start"].as_u64().unwrap()).unwrap();
    assert!(quote["prefix"].as_str().unwrap_or("").chars().count() <= 32);
    check_quote(&text, quote, start, id);
    // On the whole page: a quote unique there, and a position counted
    // over the body's text.
    let page_quote = of("TextQuoteSelector").next().unwrap();
    let page_position = of("TextPositionSelector").next().unwrap();
    assert_eq!(page_quote["exact"], quote["exact"]);
    let start = usize::try_from(page_position["start"].as_u64().unwrap()).unwrap();
    check_quote(page, page_quote, start, id);
    (number, quote["exact"].as_str().unwrap().to_owned())
}

#[test]
fn every_web_annotation_lands_on_its_words_and_is_unique() {
    let d = asem_seoul_declaration::declaration();
    let json = serde_json::to_value(d.web_annotations()).unwrap();
    let items = json["first"]["items"].as_array().unwrap();
    let tags: usize = d.paragraphs().iter().map(|p| p.evidence().len()).sum();
    let anaphors = d
        .paragraphs()
        .iter()
        .map(|p| p.anaphors().len())
        .sum::<usize>();
    let expected =
        d.mentions().count() + d.clauses().count() + tags + d.commitments().count() + anaphors;
    assert_eq!(items.len(), expected);
    assert_eq!(json["total"], expected);
    let page = page_text(&d.to_html());
    let home = env!("CARGO_PKG_HOMEPAGE");
    let mut ids = BTreeSet::new();
    for item in items {
        let id = item["id"].as_str().unwrap();
        assert!(ids.insert(id), "{id} is used twice");
        assert!(
            id.starts_with(&format!("{home}annotations.jsonld#")),
            "{id}"
        );
        check_selected(&page, &item["target"], id);
    }
    // Each anaphor links its words to its antecedent's: the target selects
    // the one, a body the other, with the same four selectors.
    let mut linked = 0;
    for p in d.paragraphs() {
        for (i, a) in p.anaphors().enumerate() {
            let id = format!("{home}annotations.jsonld#anaphor-{}-{}", p.number(), i + 1);
            let item = items.iter().find(|item| item["id"] == id.as_str()).unwrap();
            assert_eq!(item["motivation"], "linking", "{id}");
            assert_eq!(
                check_selected(&page, &item["target"], &id),
                (Some(p.number()), a.text().to_owned())
            );
            let bodies: Vec<&Value> = item["body"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|b| b["type"] == "SpecificResource")
                .collect();
            assert_eq!(bodies.len(), 1, "{id}");
            assert_eq!(bodies[0]["purpose"], "linking");
            let antecedent = a.antecedent();
            assert_eq!(
                check_selected(&page, bodies[0], &id),
                (
                    antecedent.words().map(|w| w.paragraph().number()),
                    antecedent.text().to_owned()
                )
            );
            linked += 1;
        }
    }
    let linking = items
        .iter()
        .filter(|i| i["motivation"] == "linking")
        .count();
    assert_eq!((linked, linking), (anaphors, anaphors));
    assert!(anaphors > 0);
}

/// What the `tables` API says of each table is what `datapackage.json` tells
/// a Frictionless client: its description, columns, keys and foreign keys.
#[test]
fn the_tables_api_describes_the_tables_as_the_package_descriptor_does() {
    let path = editions_dir().join("datapackage").join("datapackage.json");
    let descriptor: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let resources = descriptor["resources"].as_array().unwrap();
    let tables = asem_seoul_declaration::declaration().tables();
    assert_eq!(resources.len(), tables.len());
    for (table, resource) in tables.iter().zip(resources) {
        let name = table.name();
        assert_eq!(resource["name"], name);
        assert_eq!(resource["description"], table.description(), "{name}");
        let schema = &resource["schema"];
        let fields = schema["fields"].as_array().unwrap();
        assert_eq!(fields.len(), table.fields().len(), "{name}");
        for (field, described) in table.fields().iter().zip(fields) {
            let at = format!("{name}.{}", field.name());
            assert_eq!(described["name"], field.name(), "{at}");
            assert_eq!(described["type"], field.kind().name(), "{at}");
            assert_eq!(described["description"], field.description(), "{at}");
            let required = described["constraints"]["required"]
                .as_bool()
                .unwrap_or(false);
            assert_eq!(required, field.required(), "{at}");
        }
        let key: Vec<&str> = schema["primaryKey"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap())
            .collect();
        assert_eq!(key, table.primary_key(), "{name}");
        let foreign = schema["foreignKeys"]
            .as_array()
            .map_or(&[][..], Vec::as_slice);
        assert_eq!(foreign.len(), table.foreign_keys().len(), "{name}");
        for (k, described) in table.foreign_keys().iter().zip(foreign) {
            let strings = |v: &Value| -> Vec<String> {
                v.as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap().to_owned())
                    .collect()
            };
            assert_eq!(strings(&described["fields"]), k.fields(), "{name}");
            // A reference to the table itself names no resource.
            let resource = described["reference"]["resource"].as_str().unwrap_or("");
            let pointed = if resource.is_empty() { name } else { resource };
            assert_eq!(pointed, k.table(), "{name}");
            assert_eq!(
                strings(&described["reference"]["fields"]),
                k.reference(),
                "{name}"
            );
        }
    }
}
