//! The query API: lookups, filters, search, vocabularies, errors and serde.

use std::collections::BTreeSet;
use std::str::FromStr;

use asem_seoul_declaration::{declaration, Error, Instrument, Paragraph, Section, Theme};
use strum::{EnumCount, IntoEnumIterator};

fn numbers<'a>(paragraphs: impl IntoIterator<Item = &'a Paragraph>) -> Vec<u8> {
    paragraphs.into_iter().map(Paragraph::number).collect()
}

#[test]
fn paragraph_accepts_exactly_1_to_16() {
    for n in 0..=u8::MAX {
        match declaration().paragraph(n) {
            Ok(p) => {
                assert!((1..=16).contains(&n));
                assert_eq!(p.number(), n);
            }
            Err(err) => {
                assert!(n == 0 || n > 16);
                assert_eq!(err, Error::NoSuchParagraph { given: n });
                assert_eq!(
                    err.to_string(),
                    format!("no paragraph {n}: the Seoul Declaration has paragraphs 1 to 16")
                );
            }
        }
    }
}

#[test]
fn paragraphs_in_a_section_include_its_sub_sections() {
    let d = declaration();
    let expected = [
        (Section::Preamble, vec![1, 2, 3, 4, 5]),
        (Section::Vision, vec![6, 7, 8, 9, 10]),
        (Section::Mobility, vec![6, 7]),
        (Section::SkillsDevelopment, vec![8, 9, 10]),
        (Section::NewSkillsAndLifelongLearning, vec![8, 9]),
        (Section::TechnologyForInnovation, vec![10]),
        (Section::KeyInstruments, vec![11, 12, 13, 14, 15, 16]),
    ];
    for (section, want) in expected {
        assert_eq!(numbers(d.paragraphs_in(section)), want, "{section:?}");
        // The same, worked out from each paragraph's own heading.
        let by_heading = d
            .paragraphs()
            .iter()
            .filter(|p| section.contains(p.section()));
        assert_eq!(numbers(by_heading), want, "{section:?}");
    }
}

#[test]
fn theme_and_instrument_filters_agree_with_each_paragraphs_tags() {
    let d = declaration();
    for theme in Theme::iter() {
        let expected = d
            .paragraphs()
            .iter()
            .filter(|p| p.themes().contains(&theme));
        let got = numbers(d.paragraphs_with_theme(theme));
        assert_eq!(got, numbers(expected));
        assert!(!got.is_empty(), "no paragraph has the theme {theme:?}");
    }
    for instrument in Instrument::iter() {
        let expected = d
            .paragraphs()
            .iter()
            .filter(|p| p.instruments().contains(&instrument));
        let got = numbers(d.paragraphs_with_instrument(instrument));
        assert_eq!(got, numbers(expected));
        assert!(
            !got.is_empty(),
            "no paragraph names the instrument {instrument:?}"
        );
    }
}

#[test]
fn every_tag_is_backed_by_words_of_its_paragraph() {
    for p in declaration().paragraphs() {
        assert_eq!(p.theme_evidence().len(), p.themes().len());
        assert_eq!(p.instrument_evidence().len(), p.instruments().len());
        let themes = p.theme_evidence().map(|(t, e)| (format!("{t:?}"), e));
        let instruments = p.instrument_evidence().map(|(i, e)| (format!("{i:?}"), e));
        for (tag, evidence) in themes.chain(instruments) {
            assert!(
                !evidence.trim().is_empty(),
                "{tag} in paragraph {}",
                p.number()
            );
            assert!(
                p.text().contains(evidence),
                "{tag} in paragraph {}: {evidence:?}",
                p.number()
            );
        }
        let distinct: BTreeSet<_> = p.themes().iter().collect();
        assert_eq!(
            distinct.len(),
            p.themes().len(),
            "a theme is tagged twice on paragraph {}",
            p.number()
        );
    }
}

#[test]
fn expected_tags_on_key_paragraphs() {
    let d = declaration();
    let p6 = d.paragraph(6).unwrap();
    for theme in [
        Theme::Mobility,
        Theme::Recognition,
        Theme::HigherEducation,
        Theme::Connectivity,
    ] {
        assert!(p6.themes().contains(&theme), "{theme:?}");
    }
    assert_eq!(
        p6.instruments(),
        [
            Instrument::AsemDuoFellowship,
            Instrument::ErasmusPlus,
            Instrument::AsefProgrammes
        ]
    );
    let p10 = d.paragraph(10).unwrap();
    for instrument in [
        Instrument::OpenEducationalResources,
        Instrument::Moocs,
        Instrument::LearningAnalytics,
        Instrument::CreditTransfer,
    ] {
        assert!(p10.instruments().contains(&instrument), "{instrument:?}");
    }
    assert_eq!(
        numbers(d.paragraphs_with_theme(Theme::LifelongLearning)),
        [9]
    );
}

fn check_vocabulary<T>(
    all: &[T],
    count: usize,
    title: impl Fn(T) -> String,
    slug: impl Fn(T) -> &'static str,
) where
    T: Copy
        + std::fmt::Debug
        + PartialEq
        + FromStr<Err = Error>
        + IntoEnumIterator
        + Into<&'static str>,
{
    assert_eq!(all.len(), count);
    assert_eq!(T::iter().collect::<Vec<_>>(), all);
    for &v in all {
        let name = title(v);
        let static_name: &'static str = v.into();
        assert_eq!(static_name, name);
        assert_eq!(T::from_str(&name), Ok(v));
        assert_eq!(T::from_str(&name.to_uppercase()), Ok(v));
        assert_eq!(T::from_str(slug(v)), Ok(v));
        assert_eq!(T::from_str(&slug(v).to_uppercase()), Ok(v));
        let s = slug(v);
        assert!(s.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{s}");
    }
    let slugs: BTreeSet<_> = all.iter().map(|&v| slug(v)).collect();
    assert_eq!(slugs.len(), all.len(), "slugs are distinct");
}

#[test]
fn vocabularies_list_parse_and_display_every_variant() {
    check_vocabulary(
        Section::ALL,
        Section::COUNT,
        |s| s.to_string(),
        Section::slug,
    );
    check_vocabulary(Theme::ALL, Theme::COUNT, |t| t.to_string(), Theme::slug);
    check_vocabulary(
        Instrument::ALL,
        Instrument::COUNT,
        |i| i.to_string(),
        Instrument::slug,
    );
    assert_eq!(
        Section::TechnologyForInnovation.to_string(),
        Section::TechnologyForInnovation.title()
    );
}

#[test]
fn unknown_names_are_errors_that_quote_the_input() {
    let err = "mobilty".parse::<Theme>().unwrap_err();
    assert!(matches!(&err, Error::UnknownName { kind: "theme", given, .. } if given == "mobilty"));
    let message = err.to_string();
    assert!(
        message.starts_with("unknown theme \"mobilty\": expected"),
        "{message}"
    );
    assert!(message.contains("lifelong-learning"), "{message}");
    assert!(""
        .parse::<Section>()
        .unwrap_err()
        .to_string()
        .contains("unknown section \"\""));
    assert!("erasmus"
        .parse::<Instrument>()
        .unwrap_err()
        .to_string()
        .contains("erasmus-plus"));
}

/// What a user would write by hand: lowercase both and find every non-overlapping match.
fn reference_hits(query: &str) -> Vec<(u8, usize, usize)> {
    let needle = query.to_lowercase();
    let mut hits = Vec::new();
    for p in declaration().paragraphs() {
        let folded = p.text().to_lowercase();
        assert_eq!(
            folded.len(),
            p.text().len(),
            "this text keeps its byte length when lowercased"
        );
        hits.extend(
            folded
                .match_indices(&needle)
                .map(|(at, m)| (p.number(), at, at + m.len())),
        );
    }
    hits
}

fn hits(query: &str) -> Vec<(u8, usize, usize)> {
    let found = declaration().search(query).unwrap();
    found
        .map(|h| (h.paragraph().number(), h.range().start, h.range().end))
        .collect()
}

#[test]
fn search_finds_what_a_lowercase_scan_finds_for_every_word_and_phrase() {
    let mut queries: BTreeSet<String> = BTreeSet::new();
    for p in declaration().paragraphs() {
        let words: Vec<&str> = p.text().split_whitespace().collect();
        queries.extend(words.iter().map(|w| (*w).to_string()));
        queries.extend(words.windows(3).map(|w| w.join(" ").to_uppercase()));
        queries.extend(
            p.text()
                .char_indices()
                .step_by(7)
                .map(|(i, _)| p.text()[i..].chars().take(2).collect::<String>()),
        );
    }
    queries.extend(
        [
            "e",
            "E",
            "a",
            "–",
            "“",
            "ict – information",
            "zzz",
            "education.",
            "sectors\n",
        ]
        .map(String::from),
    );
    queries.retain(|q| !q.trim().is_empty());
    assert!(queries.len() > 1000);
    for query in &queries {
        assert_eq!(hits(query), reference_hits(query), "query {query:?}");
    }
}

#[test]
fn search_examples() {
    let d = declaration();
    let education = hits("education");
    assert!(education.len() > 40, "{}", education.len());
    assert_eq!(hits("EDUCATION"), education);
    assert_eq!(
        hits("Lifelong Learning")
            .iter()
            .map(|h| h.0)
            .collect::<Vec<_>>(),
        [9]
    );
    let dash: Vec<_> = d.search("ICT – Information").unwrap().collect();
    assert_eq!(dash.len(), 1);
    assert_eq!(dash[0].text(), "ICT – Information");
    assert!(hits("no such phrase anywhere").is_empty());
    // A match never runs from one paragraph into the next.
    assert!(hits("adopt this declaration.\nin the next").is_empty());
    let longer_than_any_paragraph = "education ".repeat(500);
    assert!(hits(&longer_than_any_paragraph).is_empty());
}

#[test]
fn search_rejects_blank_queries() {
    for blank in ["", " ", "\t\n", "\u{3000}"] {
        assert_eq!(
            declaration().search(blank).err(),
            Some(Error::EmptyQuery),
            "{blank:?}"
        );
    }
}

#[test]
fn search_survives_odd_input() {
    for odd in [
        "\0",
        "İ",
        "ß",
        "ΣΑΣ",
        "\u{10FFFF}",
        "🦀 education",
        "a\u{301}",
        "\u{FEFF}ict",
    ] {
        for hit in declaration().search(odd).unwrap() {
            assert!(hit.paragraph().text().is_char_boundary(hit.range().start));
            assert!(hit.paragraph().text().is_char_boundary(hit.range().end));
        }
    }
    // A character whose lowercase is two characters must not match half of it.
    assert_eq!(hits("i\u{307}"), reference_hits("i\u{307}"));
}

#[test]
fn hits_are_in_document_order_and_do_not_overlap() {
    let found = hits("e");
    let mut sorted = found.clone();
    sorted.sort_unstable();
    assert_eq!(found, sorted);
    for pair in found.windows(2) {
        assert!(pair[0].0 < pair[1].0 || pair[0].2 <= pair[1].1, "{pair:?}");
    }
}

#[cfg(feature = "serde")]
mod serde_model {
    use super::*;

    #[test]
    fn vocabularies_serialize_as_their_slugs_and_round_trip() {
        for &theme in Theme::ALL {
            let json = serde_json::to_string(&theme).unwrap();
            assert_eq!(json, format!("\"{}\"", theme.slug()));
            assert_eq!(serde_json::from_str::<Theme>(&json).unwrap(), theme);
        }
        for &instrument in Instrument::ALL {
            let json = serde_json::to_string(&instrument).unwrap();
            assert_eq!(
                serde_json::from_str::<Instrument>(&json).unwrap(),
                instrument
            );
        }
        for &section in Section::ALL {
            let json = serde_json::to_string(&section).unwrap();
            assert_eq!(serde_json::from_str::<Section>(&json).unwrap(), section);
        }
    }

    #[test]
    fn the_declaration_serializes_whole() {
        let json = serde_json::to_value(declaration()).unwrap();
        let paragraphs = json["paragraphs"].as_array().unwrap();
        assert_eq!(paragraphs.len(), 16);
        for (value, paragraph) in paragraphs.iter().zip(declaration().paragraphs()) {
            assert_eq!(value["number"], paragraph.number());
            assert_eq!(value["text"], paragraph.text());
            assert_eq!(value["section"], paragraph.section().slug());
            let themes: Vec<&str> = paragraph.themes().iter().map(|t| t.slug()).collect();
            assert_eq!(value["themes"], serde_json::json!(themes));
            assert_eq!(
                value["instruments"].as_array().unwrap().len(),
                paragraph.instruments().len()
            );
        }
        assert_eq!(json["meetings"].as_array().unwrap().len(), 6);
        assert_eq!(json["meetings"][5]["acronym"], "ASEMME6");
        assert_eq!(
            json["sections"].as_array().unwrap().len(),
            Section::ALL.len()
        );
        assert_eq!(
            json["sections"][1]["paragraphs"],
            serde_json::json!([6, 7, 8, 9, 10])
        );
        assert_eq!(json["footnotes"][0]["paragraph"], 2);
        assert_eq!(json["meeting"]["dates"]["first"]["day"], 21);
    }
}
