//! The model against the published source, read from `data/` at test time.

use asem_seoul_declaration::Spanned;
use asem_seoul_declaration::Vocabulary;
mod support;

use asem_seoul_declaration::{Section, declaration};
use support::{parse, tokens};

#[test]
fn the_embedded_source_is_the_file_in_data() {
    assert_eq!(declaration().source(), support::source_text());
}

#[test]
fn the_source_digest_is_pinned() {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(support::source_text().as_bytes());
    let hex = digest.iter().fold(String::new(), |mut hex, b| {
        use std::fmt::Write;
        let _ = write!(hex, "{b:02x}");
        hex
    });
    assert_eq!(
        hex,
        asem_seoul_declaration::SOURCE_SHA256,
        "the source changed: re-check the model, then the digest"
    );
    assert_eq!(Sha256::digest(declaration().source().as_bytes()), digest);
}

#[test]
fn data_copy_has_not_drifted_from_the_shared_source() {
    // The upstream file sits beside the repository in development and CI; a
    // published package has only its own copy, which the other tests check.
    let upstream = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/source/seoul-declaration-asemme6-2017.md"
    );
    match std::fs::read_to_string(upstream) {
        Ok(text) => assert_eq!(
            text,
            support::source_text(),
            "data/ differs from the upstream source"
        ),
        Err(_) => eprintln!("upstream source not beside the repository; drift not checked"),
    }
}

#[test]
fn every_paragraph_text_equals_the_source() {
    let source = parse();
    assert_eq!(source.paragraphs.len(), 16);
    assert_eq!(declaration().paragraphs().len(), source.paragraphs.len());
    for (paragraph, (&n, text)) in declaration().paragraphs().iter().zip(&source.paragraphs) {
        assert_eq!(paragraph.number(), n);
        assert_eq!(paragraph.text(), text, "paragraph {n}");
    }
}

#[test]
fn page_breaks_inside_paragraphs_are_joined_by_one_space() {
    let d = declaration();
    assert!(
        d.paragraph(6)
            .unwrap()
            .text()
            .contains("in education and exchanges of students")
    );
    assert!(
        d.paragraph(12)
            .unwrap()
            .text()
            .contains("strengthened, we will strive")
    );
    assert!(
        d.paragraph(9)
            .unwrap()
            .text()
            .ends_with("private-economic sectors")
    );
}

#[test]
fn footnote_markers_stand_where_the_source_puts_them() {
    let source = parse();
    for paragraph in declaration().paragraphs() {
        let expected = &source.markers[&paragraph.number()];
        let actual: Vec<(u8, usize)> = paragraph
            .footnote_refs()
            .map(|r| (r.footnote().number(), r.range().end))
            .collect();
        assert_eq!(&actual, expected, "paragraph {}", paragraph.number());
    }
}

#[test]
fn footnote_text_equals_the_source() {
    let source = parse();
    let model: Vec<(u8, &str)> = declaration()
        .footnotes()
        .iter()
        .map(|f| (f.number(), f.text()))
        .collect();
    let expected: Vec<(u8, &str)> = source
        .footnotes
        .iter()
        .map(|(&n, t)| (n, t.as_str()))
        .collect();
    assert_eq!(model, expected);
}

#[test]
fn cover_lines_equal_the_source() {
    let source = parse();
    assert_eq!(declaration().cover_lines(), source.cover);
    assert_eq!(declaration().title(), source.cover[4]);
    assert_eq!(declaration().subtitle(), source.cover[5]);
}

#[test]
fn headings_are_the_sections_in_order_with_their_nesting() {
    let source = parse();
    let model: Vec<(usize, &str)> = Section::ALL
        .iter()
        .map(|s| (s.depth(), <&str>::from(*s)))
        .collect();
    let expected: Vec<(usize, &str)> = source
        .headings
        .iter()
        .map(|(d, t)| (*d, t.as_str()))
        .collect();
    assert_eq!(model, expected);
    // A heading's parent is the nearest heading above it one level up.
    for (i, section) in Section::ALL.iter().enumerate() {
        let parent = Section::ALL[..i]
            .iter()
            .rev()
            .find(|s| s.depth() + 1 == section.depth());
        assert_eq!(
            section.parent(),
            parent.copied().filter(|_| section.depth() > 0)
        );
    }
}

#[test]
fn each_paragraph_is_under_the_heading_above_it() {
    let source = parse();
    for paragraph in declaration().paragraphs() {
        assert_eq!(
            <&str>::from(paragraph.section()),
            source.heading_of[&paragraph.number()],
            "paragraph {}",
            paragraph.number()
        );
    }
}

#[test]
fn the_clean_document_keeps_every_word_of_the_source_in_order() {
    let source = parse();
    let rendered = tokens(&declaration().to_string());
    let expected: Vec<String> = source
        .body_tokens
        .iter()
        .chain(&source.footnote_tokens)
        .cloned()
        .collect();
    assert!(
        expected.len() > 1500,
        "the source has {} tokens",
        expected.len()
    );
    assert_eq!(rendered, expected);
}

#[test]
fn the_clean_document_has_no_markup_or_page_breaks() {
    let text = declaration().to_string();
    for artefact in ["**", "<sup>", "*", "#"] {
        assert!(
            !text.contains(artefact),
            "{artefact:?} left in the document"
        );
    }
    // Lines of rule characters only underline the heading above them.
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let is_rule = !line.is_empty() && line.chars().all(|c| matches!(c, '=' | '-' | '~'));
        if is_rule {
            // The heading above, wrapped over one or more lines.
            let first = lines[..i]
                .iter()
                .rposition(|l| l.is_empty())
                .map_or(0, |at| at + 1);
            let heading = &lines[first..i];
            let longest = heading.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            assert_eq!(line.chars().count(), longest, "{heading:?}");
            let title = heading.join(" ");
            let known = Section::ALL
                .iter()
                .copied()
                .any(|s| <&str>::from(s) == title)
                || title == declaration().title();
            assert!(known, "{line:?} under {title:?}");
        }
    }
}

#[test]
fn the_source_italics_are_the_model_emphasis() {
    let source = support::source_text();
    let italic = support::italic_runs(&source);
    let mut model: Vec<&str> = Vec::new();
    for p in declaration().paragraphs() {
        model.extend(p.emphasis().map(|r| &p.text()[r]));
    }
    for note in declaration().footnotes() {
        model.extend(note.emphasis().map(|r| &note.text()[r]));
    }
    // The source also sets a heading in italics; headings are sections.
    let headings: Vec<&str> = Section::ALL.iter().copied().map(<&str>::from).collect();
    let runs: Vec<&str> = italic
        .iter()
        .map(String::as_str)
        .filter(|run| !headings.contains(run))
        .collect();
    assert_eq!(model, runs);
    assert_eq!(runs.len(), 7);
}

/// One footnote item: `“Theme (City, Year)”` (one item has no comma).
fn footnote_items(text: &str) -> Vec<(String, String, u16)> {
    text.split('“')
        .skip(1)
        .map(|item| {
            let inner = &item[..item.find('”').expect("each item closes its quote")];
            let open = inner.rfind(" (").expect("each item names its place");
            let place = inner[open + 2..].trim_end_matches(')');
            let (city, year) = place.rsplit_once(' ').expect("city and year");
            (
                inner[..open].to_owned(),
                city.trim_end_matches(',').to_owned(),
                year.parse().expect("a year"),
            )
        })
        .collect()
}

#[test]
fn footnote_one_lists_the_meetings() {
    let source = parse();
    let items = footnote_items(&source.footnotes[&1]);
    assert_eq!(items.len(), 6);
    assert_eq!(declaration().series().meetings().len(), items.len());
    for (i, (meeting, (theme, city, year))) in declaration()
        .series()
        .meetings()
        .iter()
        .zip(&items)
        .enumerate()
    {
        assert_eq!(usize::from(meeting.ordinal()), i + 1);
        assert_eq!(meeting.acronym(), format!("ASEMME{}", i + 1));
        assert_eq!(
            (meeting.theme(), meeting.city(), meeting.year()),
            (theme.as_str(), city.as_str(), *year)
        );
    }
    assert_eq!(
        declaration().series().meetings(),
        declaration().series().meetings()
    );
}

#[test]
fn the_meeting_facts_are_those_the_source_states() {
    let source = parse();
    let m = declaration().meeting();
    assert_eq!(m, declaration().series().meetings().last().unwrap());
    assert_eq!(
        source.cover[0],
        format!(
            "{}th ASEM Education Ministers' Meeting ({})",
            m.ordinal(),
            m.acronym()
        )
    );
    assert_eq!(source.cover[1], m.dates().unwrap().to_string());
    assert_eq!(
        source.cover[2],
        format!("{}, the {}", m.city(), m.country().unwrap())
    );
    let p1 = &source.paragraphs[&1];
    assert!(p1.contains(&format!(
        "We thank the {} for having hosted",
        m.host().unwrap()
    )));
    let dates = m.dates().unwrap();
    assert!(p1.contains(&format!(
        "in {}, {}, on {}",
        m.city(),
        m.country().unwrap(),
        dates
    )));
    assert_eq!(dates.first().year(), m.year());
}

#[test]
fn the_summit_is_the_one_paragraph_two_names() {
    let source = parse();
    let origin = declaration().series().origin();
    let named = format!(
        "{}th ASEM Summit, held in {} in {}, which effectively gave birth to the {}",
        origin.ordinal(),
        origin.city(),
        origin.year(),
        declaration().series().name()
    );
    assert!(source.paragraphs[&2].contains(&named), "{named}");
}
