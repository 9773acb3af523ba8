//! The query API: lookups, filters, search, vocabularies, errors and serde.

use asem_seoul_declaration::Spanned;
use asem_seoul_declaration::Vocabulary;
use std::collections::BTreeSet;
use std::str::FromStr;

use asem_seoul_declaration::{
    Acronym, ClauseForm, Concept, Entity, Error, Instrument, Paragraph, Place, Section, Stance,
    Theme, Verb, declaration, para,
};

mod support;

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
                assert!(matches!(err, Error::NoSuchParagraph { .. }));
                assert_eq!(err.given(), n.to_string());
                assert_eq!(
                    err.to_string(),
                    format!("no paragraph {n}: the Seoul Declaration has paragraphs 1 to 16")
                );
            }
        }
    }
    // The same error whichever way the paragraph is asked for.
    let by_citation = "para. 17"
        .parse::<asem_seoul_declaration::Citation>()
        .unwrap_err();
    assert!(matches!(by_citation, Error::NoSuchParagraph { .. }));
    assert!(matches!(
        asem_seoul_declaration::Citation::paragraph(17),
        Err(Error::NoSuchParagraph { .. })
    ));
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
    for theme in Theme::ALL.iter().copied() {
        let expected = d
            .paragraphs()
            .iter()
            .filter(|p| p.themes().any(|t| t == theme));
        let got = numbers(d.paragraphs_with(theme));
        assert_eq!(got, numbers(expected));
        assert!(!got.is_empty(), "no paragraph has the theme {theme:?}");
    }
    for instrument in Instrument::ALL.iter().copied() {
        let expected = d
            .paragraphs()
            .iter()
            .filter(|p| p.instruments().any(|i| i == instrument));
        let got = numbers(d.paragraphs_with(instrument));
        assert_eq!(got, numbers(expected));
        assert!(
            !got.is_empty(),
            "no paragraph names the instrument {instrument:?}"
        );
    }
}

#[test]
fn every_tag_is_backed_by_words_of_its_paragraph() {
    use asem_seoul_declaration::Tag;
    for p in declaration().paragraphs() {
        assert_eq!(
            p.evidence().len(),
            p.themes().count() + p.instruments().count() + p.priorities().count()
        );
        for evidence in p.evidence() {
            let tag = evidence.tag();
            assert!(
                !evidence.text().trim().is_empty(),
                "{tag} in paragraph {}",
                p.number()
            );
            assert_eq!(evidence.paragraph(), p);
            assert_eq!(&p.text()[evidence.range()], evidence.text(), "{tag}");
            assert_eq!(p.evidence_for(tag), Some(evidence));
        }
        // Themes come first.
        let kinds: Vec<bool> = p
            .evidence()
            .map(|e| matches!(e.tag(), Tag::Theme(_)))
            .collect();
        assert!(
            kinds.windows(2).all(|w| w[0] >= w[1]),
            "paragraph {}",
            p.number()
        );
        for theme in Theme::ALL
            .iter()
            .copied()
            .filter(|t| !p.themes().any(|x| x == *t))
        {
            assert_eq!(p.evidence_for(theme), None);
        }
        let distinct: BTreeSet<_> = p
            .evidence()
            .map(asem_seoul_declaration::Evidence::tag)
            .collect();
        assert_eq!(
            distinct.len(),
            p.evidence().len(),
            "a tag is given twice on paragraph {}",
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
        assert!(p6.themes().any(|t| t == theme), "{theme:?}");
    }
    assert_eq!(
        p6.instruments().collect::<Vec<_>>(),
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
        assert!(p10.instruments().any(|i| i == instrument), "{instrument:?}");
    }
    assert_eq!(numbers(d.paragraphs_with(Theme::LifelongLearning)), [9]);
}

/// What every vocabulary offers through the one `Vocabulary` trait and
/// standard traits, none from another crate.
macro_rules! check_vocabulary {
    ($t:ty: $kind:literal) => {{
        let all = <$t>::ALL;
        assert!(all.windows(2).all(|w| w[0] < w[1]), "ALL is in order");
        for &v in all {
            let name: &'static str = v.into();
            assert_eq!(name, v.to_string());
            assert_eq!(v.id(), format!("{}:{}", $kind, v.slug()));
            for written in [
                name.to_owned(),
                name.to_uppercase(),
                v.slug().to_owned(),
                v.slug().to_uppercase(),
                v.id().to_owned(),
            ] {
                assert_eq!(<$t>::from_str(&written), Ok(v), "{written:?}");
            }
            let s = v.slug();
            assert!(
                s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{s}"
            );
            assert!(
                !v.description().is_empty() && v.description().ends_with('.'),
                "{v:?}"
            );
        }
        let slugs: BTreeSet<_> = all.iter().map(|v| v.slug()).collect();
        assert_eq!(slugs.len(), all.len(), "slugs are distinct");
        let ids: Vec<&str> = all.iter().map(|v| v.id()).collect();
        ids
    }};
}

#[test]
fn vocabularies_list_parse_and_display_every_variant() {
    let mut all_ids: Vec<&str> = Vec::new();
    all_ids.extend(check_vocabulary!(Section: "section"));
    all_ids.extend(check_vocabulary!(Theme: "theme"));
    all_ids.extend(check_vocabulary!(Instrument: "instrument"));
    all_ids.extend(check_vocabulary!(Entity: "entity"));
    all_ids.extend(check_vocabulary!(Place: "place"));
    all_ids.extend(check_vocabulary!(Concept: "concept"));
    all_ids.extend(check_vocabulary!(Stance: "stance"));
    all_ids.extend(check_vocabulary!(Verb: "verb"));
    all_ids.extend(check_vocabulary!(ClauseForm: "form"));
    all_ids.extend(check_vocabulary!(Acronym: "acronym"));
    let distinct: BTreeSet<_> = all_ids.iter().collect();
    assert_eq!(
        distinct.len(),
        all_ids.len(),
        "ids never collide across vocabularies"
    );
    // The two that once shared a slug no longer share an id.
    assert_ne!(Theme::Mobility.id(), Section::Mobility.id());
    assert_eq!(
        Section::TechnologyForInnovation.to_string(),
        <&str>::from(Section::TechnologyForInnovation)
    );
}

#[test]
fn documents_and_meetings_order_by_number() {
    let d = declaration();
    let cited: BTreeSet<&Paragraph> = [para!(10), para!(2), para!(6), para!(2)]
        .into_iter()
        .collect();
    let numbers: Vec<u8> = cited.iter().map(|p| p.number()).collect();
    assert_eq!(numbers, [2, 6, 10]);
    assert!(d.paragraphs().windows(2).all(|w| w[0] < w[1]));
    assert!(
        declaration()
            .series()
            .meetings()
            .windows(2)
            .all(|w| w[0] < w[1])
    );
    assert_eq!(
        declaration().series().meetings().iter().max(),
        Some(d.meeting())
    );
}

#[test]
fn filters_run_both_ways_and_stay_ended() {
    fn bounds<I: DoubleEndedIterator + std::iter::FusedIterator + Clone>(_: &I) {}
    let d = declaration();
    let forward: Vec<u8> = d
        .paragraphs_with(Theme::Mobility)
        .map(Paragraph::number)
        .collect();
    let mut backward: Vec<u8> = d
        .paragraphs_with(Theme::Mobility)
        .rev()
        .map(Paragraph::number)
        .collect();
    backward.reverse();
    assert_eq!(forward, backward);
    bounds(&d.paragraphs_with(Theme::Mobility));
    bounds(&d.paragraphs_with(Instrument::Moocs));
    bounds(&d.mentions_of(Entity::Asef));
    bounds(&d.mentions());
    bounds(&d.clauses());
    bounds(&para!(10).evidence());
    bounds(&d.sentences());
    bounds(&d.commitments());
    bounds(&d.commitments_on(Theme::Equity));
    bounds(&d.commitments_by(Entity::Stakeholders));
    bounds(&Theme::ALL.iter().copied());
    let mut mentions = d.mentions_of(Entity::Asef);
    while mentions.next().is_some() {}
    assert!(mentions.next().is_none() && mentions.next_back().is_none());
    assert_eq!(
        d.mentions().next_back().map(|m| m.paragraph().number()),
        Some(16)
    );
}

#[test]
fn debug_output_is_short() {
    let d = declaration();
    let hit = d.search("Erasmus+").unwrap().next().unwrap();
    assert_eq!(
        format!("{hit:?}"),
        r#"Hit { paragraph: 6, range: 431..439, text: "Erasmus+" }"#
    );
    for m in d.mentions() {
        let debug = format!("{m:?}");
        assert!(debug.len() < 200 && !debug.contains('\n'), "{debug}");
    }
    for c in d.clauses() {
        let debug = format!("{c:?}");
        assert!(debug.len() < 200 && !debug.contains('\n'), "{debug}");
    }
    for e in d.paragraphs().iter().flat_map(Paragraph::evidence) {
        let debug = format!("{e:?}");
        assert!(debug.len() < 200 && !debug.contains('\n'), "{debug}");
    }
    // Each names what it is and where it stands.
    for m in d.mentions() {
        let debug = format!("{m:?}");
        assert!(debug.contains(&format!("{:?}", m.text())), "{debug}");
        assert!(debug.contains(m.referent().id()), "{debug}");
    }
    for c in d.clauses() {
        let debug = format!("{c:?}");
        assert!(debug.contains(&format!("{:?}", c.text())), "{debug}");
        assert!(debug.contains(c.stance().slug()), "{debug}");
    }
    for e in d.paragraphs().iter().flat_map(Paragraph::evidence) {
        let debug = format!("{e:?}");
        assert!(debug.contains(&format!("{:?}", e.text())), "{debug}");
        assert!(debug.contains(e.tag().id()), "{debug}");
    }
    for c in d.commitments() {
        let debug = format!("{c:?}");
        assert!(!debug.contains('\n'), "{debug}");
        assert!(debug.contains(&format!("{:?}", c.text())), "{debug}");
        assert!(debug.contains(&c.id().to_string()), "{debug}");
        assert!(debug.contains(c.precision().slug()), "{debug}");
    }
    for p in d.paragraphs() {
        let debug = format!("{p:?}");
        assert!(debug.len() < 200 && !debug.contains('\n'), "{debug}");
        assert!(debug.contains(&p.text()[..10]), "{debug}");
        for r in p.footnote_refs() {
            let debug = format!("{r:?}");
            assert!(
                debug.starts_with("FootnoteRef { number: 1, paragraph: 2,"),
                "{debug}"
            );
            assert!(debug.contains(&format!("{:?}", r.text())), "{debug}");
        }
    }
    assert_eq!(d.meeting().to_string(), "ASEMME6 (Seoul, 2017)");
    assert_eq!(
        d.series().origin().to_string(),
        "6th ASEM Summit (Helsinki, 2006)"
    );
    let long_query = "education ".repeat(100);
    for query in ["education", long_query.trim()] {
        let mut hits = d.search(query).unwrap();
        hits.next();
        let debug = format!("{hits:?}");
        assert!(debug.len() < 400, "{} bytes: {debug}", debug.len());
    }
}

#[test]
fn hits_are_copy_and_outlive_an_owned_query() {
    fn owned(query: String) -> impl Iterator<Item = asem_seoul_declaration::Hit> {
        declaration().search(query).into_iter().flatten()
    }
    let hits: Vec<_> = owned(String::from("lifelong learning")).collect();
    assert_eq!(hits.len(), 1);
    let copy = hits[0];
    assert_eq!(copy, hits[0]);
    // A query longer than the inline buffer works the same, and outlives its string.
    let long: String = para!(10).text()[..200].to_uppercase();
    let found: Vec<_> = owned(long).collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].range(), 0..200);
}

#[test]
fn span_offsets_agree_in_all_three_units() {
    let d = declaration();
    let check = |host: &str,
                 bytes: std::ops::Range<usize>,
                 chars: std::ops::Range<usize>,
                 utf16: std::ops::Range<usize>,
                 text: &str| {
        assert_eq!(&host[bytes], text);
        let by_chars: String = host.chars().skip(chars.start).take(chars.len()).collect();
        assert_eq!(by_chars, text);
        let units: Vec<u16> = host.encode_utf16().collect();
        assert_eq!(String::from_utf16(&units[utf16]).unwrap(), text);
    };
    let mut spans = 0;
    for p in d.paragraphs() {
        for m in p.mentions() {
            check(
                p.text(),
                m.range(),
                m.char_range(),
                m.utf16_range(),
                m.text(),
            );
            spans += 1;
        }
        for c in p.clauses() {
            check(
                p.text(),
                c.range(),
                c.char_range(),
                c.utf16_range(),
                c.text(),
            );
            spans += 1;
        }
        for e in p.evidence() {
            check(
                p.text(),
                e.range(),
                e.char_range(),
                e.utf16_range(),
                e.text(),
            );
            spans += 1;
        }
        for f in p.footnote_refs() {
            check(
                p.text(),
                f.range(),
                f.char_range(),
                f.utf16_range(),
                f.text(),
            );
            spans += 1;
        }
    }
    for hit in d.search("–").unwrap() {
        check(
            hit.paragraph().text(),
            hit.range(),
            hit.char_range(),
            hit.utf16_range(),
            hit.text(),
        );
        spans += 1;
    }
    eprintln!("spans checked in three units: {spans}");
    // Paragraph 10's en dashes make the units differ.
    let info = para!(10).mentions().nth(1).unwrap();
    assert_eq!(
        (
            info.range().start,
            info.char_range().start,
            info.utf16_range().start
        ),
        (46, 44, 44)
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
    assert!(
        "".parse::<Section>()
            .unwrap_err()
            .to_string()
            .contains("unknown section \"\"")
    );
    assert!(
        "erasmus"
            .parse::<Instrument>()
            .unwrap_err()
            .to_string()
            .contains("erasmus-plus")
    );
}

/// What a user would write by hand: fold both as `search` documents it, find
/// every non-overlapping match and map it back to the text.
fn reference_hits(query: &str) -> Vec<(u8, usize, usize)> {
    let needle = support::search_fold(query);
    let mut hits = Vec::new();
    for p in declaration().paragraphs() {
        let text = p.text();
        // For each folded byte, the offset of the character it came from.
        let (mut folded, mut origin) = (String::new(), Vec::new());
        for (at, c) in text.char_indices() {
            let before = folded.len();
            support::push_search_fold(&mut folded, c);
            assert!(
                folded[before..].chars().count() <= 1,
                "this text folds each character to one or none, so a match in the fold is one in the text"
            );
            origin.resize(folded.len(), at);
        }
        origin.push(text.len());
        hits.extend(
            folded
                .match_indices(&needle)
                .map(|(at, m)| (p.number(), origin[at], origin[at + m.len()])),
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
fn search_finds_what_a_folded_scan_finds_for_every_word_and_phrase() {
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
            // Typed otherwise than the text writes them.
            "ministers’",
            "MINISTERS\u{2BC} MEETING",
            "ict - information",
            "ict\u{2014}information",
            "lifelong  learning",
            " lifelong\tlearning ",
            "people\u{2212}to\u{2212}people",
            "\"collaboration",
            "fulfillment\u{201D}.",
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
        let err = declaration().search(blank).unwrap_err();
        assert!(matches!(err, Error::EmptyQuery { .. }), "{blank:?}");
        assert_eq!(err.given(), blank);
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
    use asem_seoul_declaration::{Citation, Cited, Referent, Summit};
    use serde::Serialize;
    use serde::de::DeserializeOwned;
    use serde_json::{Value, json};

    /// `value` serializes as `id` and deserializes from it, and from every
    /// other way of writing it.
    fn round_trips<T>(value: &T, id: &str, also: &[&str])
    where
        T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        assert_eq!(serde_json::to_value(value).unwrap(), json!(id));
        for written in std::iter::once(&id).chain(also) {
            assert_eq!(
                &serde_json::from_value::<T>(json!(written)).unwrap(),
                value,
                "{written:?}"
            );
        }
    }

    #[test]
    fn every_named_thing_serializes_as_its_id_and_round_trips() {
        for &theme in Theme::ALL {
            round_trips(&theme, theme.id(), &[theme.slug(), theme.into()]);
        }
        for &s in Section::ALL {
            round_trips(&s, s.id(), &[s.slug()]);
        }
        for &i in Instrument::ALL {
            round_trips(&i, i.id(), &[i.slug()]);
        }
        for &stance in Stance::ALL {
            round_trips(&stance, stance.id(), &[stance.slug()]);
        }
        for &verb in Verb::ALL {
            round_trips(&verb, verb.id(), &[]);
        }
        for &form in ClauseForm::ALL {
            round_trips(&form, form.id(), &[]);
        }
        for &a in Acronym::ALL {
            round_trips(&a, a.id(), a.forms());
        }
        round_trips(
            &Referent::Entity(Entity::Asef),
            "entity:asef",
            &["ENTITY:ASEF"],
        );
        round_trips(&Referent::Place(Place::Seoul), "place:seoul", &[]);
        round_trips(&Referent::Concept(Concept::Moocs), "concept:moocs", &[]);
        round_trips(
            &Referent::Instrument(Instrument::Moocs),
            "instrument:moocs",
            &[],
        );
        round_trips(
            &Referent::from(declaration().meeting()),
            "meeting:asemme6",
            &["meeting:ASEMME6"],
        );
        round_trips(
            &Referent::from(declaration().series().origin()),
            "summit:asem6",
            &[],
        );
        round_trips(&Referent::Declaration, "declaration:seoul-declaration", &[]);
        let cite: Citation = "paras 6-7".parse().unwrap();
        round_trips(
            &cite,
            "Seoul Declaration (ASEMME6, 2017), paras. 6–7",
            &["paras 6-7", "§§ 6–7"],
        );
        let err = serde_json::from_value::<Referent>(json!("thing:asef")).unwrap_err();
        assert!(err.to_string().contains("\"thing:asef\""), "{err}");
        // An id is a string: anything else is refused, saying so.
        for not_a_string in [json!(5), json!(null), json!(["theme:equity"])] {
            let err = serde_json::from_value::<Theme>(not_a_string.clone()).unwrap_err();
            assert!(
                err.to_string().contains("expected a string"),
                "{not_a_string}: {err}"
            );
        }
    }

    #[test]
    fn dates_hits_and_resolutions_serialize() {
        let d = declaration();
        assert_eq!(
            serde_json::to_value(d.meeting().dates().unwrap().first()).unwrap(),
            json!("2017-11-21")
        );
        let hit = d.search("Erasmus+").unwrap().next().unwrap();
        assert_eq!(
            serde_json::to_value(hit).unwrap(),
            json!({"paragraph": 6, "text": "Erasmus+", "span": {"start": 431, "end": 439, "utf16": [431, 439], "utf8": [431, 439]}})
        );
        let cited: Cited = "paras 6-7".parse::<Citation>().unwrap().resolve();
        assert_eq!(
            serde_json::to_value(cited).unwrap(),
            json!({"paragraphs": [6, 7], "sentence": null, "footnotes": []})
        );
        let sentence = Citation::sentence(10, 3).unwrap().resolve();
        assert_eq!(
            serde_json::to_value(sentence).unwrap(),
            json!({"paragraphs": [10], "sentence": 3, "footnotes": []})
        );
        let note = Citation::footnote(1).unwrap().resolve();
        assert_eq!(
            serde_json::to_value(note).unwrap(),
            json!({"paragraphs": [], "sentence": null, "footnotes": [1]})
        );
        let origin: &Summit = asem_seoul_declaration::declaration().series().origin();
        assert_eq!(
            serde_json::to_value(origin).unwrap()["id"],
            json!("summit:asem6")
        );
        // A grade serializes as its id, as a tag does; a referent, which
        // displays as its name, still serializes as its id.
        for c in d.commitments() {
            assert_eq!(
                serde_json::to_value(c.grade()).unwrap(),
                json!(c.grade().id())
            );
            assert_eq!(
                serde_json::to_value(c.actor()).unwrap(),
                json!(c.actor().id())
            );
        }
    }

    /// The README gives the JSON format's version as it is.
    #[test]
    fn the_readme_gives_the_json_format_version() {
        let readme =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
        let line = readme
            .lines()
            .find(|line| line.starts_with("- the **JSON format**"))
            .expect("README.md lists the JSON format's version");
        let version = asem_seoul_declaration::FORMAT_VERSION;
        assert!(line.contains(&format!("`{version}`")), "{line}");
    }

    /// The schema names the JSON format's major version in its id, so that
    /// a schema of another major version is told apart.
    #[test]
    fn the_schema_id_names_the_format_major_version() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/editions/seoul-declaration.schema.json"
        );
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let major = asem_seoul_declaration::FORMAT_VERSION
            .split('.')
            .next()
            .unwrap();
        assert_eq!(
            schema["$id"],
            format!("urn:asem-seoul-declaration:json:{major}")
        );
    }

    #[test]
    fn the_json_edition_is_the_declaration_within_what_the_edition_says_of_itself() {
        let json = serde_json::to_value(declaration().json_edition()).unwrap();
        // The declaration alone is the edition's entries from `title` to
        // `acronyms`, in order, and nothing else.
        let alone = serde_json::to_value(declaration()).unwrap();
        let entries = |value: &serde_json::Value| -> Vec<(String, serde_json::Value)> {
            let map = value.as_object().unwrap();
            map.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
        };
        let (edition, own) = (entries(&json), entries(&alone));
        let first = edition.iter().position(|(k, _)| k == "title").unwrap();
        assert_eq!(edition[first..first + own.len()], own[..]);
        assert!(alone.get("format").is_none() && alone.get("vocabularies").is_none());
        assert_eq!(json["format"], "asem-seoul-declaration");
        assert_eq!(json["version"], asem_seoul_declaration::FORMAT_VERSION);
        assert_eq!(json["source_sha256"], asem_seoul_declaration::SOURCE_SHA256);
        let paragraphs = json["paragraphs"].as_array().unwrap();
        assert_eq!(paragraphs.len(), 16);
        for (value, paragraph) in paragraphs.iter().zip(declaration().paragraphs()) {
            assert_eq!(value["number"], paragraph.number());
            assert_eq!(value["text"], paragraph.text());
            assert_eq!(value["section"], paragraph.section().id());
            let themes: Vec<&str> = paragraph
                .themes()
                .map(asem_seoul_declaration::Theme::id)
                .collect();
            let tagged: Vec<&str> = value["themes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t["id"].as_str().unwrap())
                .collect();
            assert_eq!(tagged, themes);
            assert_eq!(
                value["mentions"].as_array().unwrap().len(),
                paragraph.mentions().len()
            );
            assert_eq!(
                value["clauses"].as_array().unwrap().len(),
                paragraph.clauses().len()
            );
        }
        assert_eq!(json["meetings"].as_array().unwrap().len(), 6);
        assert_eq!(json["meetings"][5]["acronym"], "ASEMME6");
        assert_eq!(
            (&json["meeting"]["first_day"], &json["meeting"]["last_day"]),
            (&json!("2017-11-21"), &json!("2017-11-22"))
        );
        // One shape per field: every meeting has the same keys, each a string,
        // a number or null, so that pandas makes one column of each.
        for meeting in json["meetings"].as_array().unwrap() {
            let keys: Vec<&String> = meeting.as_object().unwrap().keys().collect();
            let first: Vec<&String> = json["meetings"][0].as_object().unwrap().keys().collect();
            assert_eq!(keys, first);
            assert!(
                meeting
                    .as_object()
                    .unwrap()
                    .values()
                    .all(|v| !v.is_object() && !v.is_array())
            );
        }
        assert_eq!(json["meeting"]["venue"], "Seoul, the Republic of Korea");
        assert_eq!(json["sections"][1]["paragraphs"], json!([6, 7, 8, 9, 10]));
        assert_eq!(json["sections"][2]["parent"], "section:vision");
        assert_eq!(json["footnotes"][0]["paragraph"], 2);
        let kinds: BTreeSet<&str> = json["vocabularies"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["kind"].as_str().unwrap())
            .collect();
        for kind in [
            "theme",
            "instrument",
            "entity",
            "place",
            "concept",
            "meeting",
            "summit",
            "declaration",
        ] {
            assert!(kinds.contains(kind), "{kind}");
        }
    }

    /// Every mention's referent, every tag and every clause's ids are listed in
    /// `vocabularies`, once.
    #[test]
    fn every_id_the_edition_writes_is_in_its_vocabularies() {
        let json = serde_json::to_value(declaration().json_edition()).unwrap();
        let vocabulary: Vec<&str> = json["vocabularies"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["id"].as_str().unwrap())
            .collect();
        let listed: BTreeSet<&str> = vocabulary.iter().copied().collect();
        assert_eq!(listed.len(), vocabulary.len(), "ids are listed once");
        let mut used: Vec<&Value> = Vec::new();
        for p in json["paragraphs"].as_array().unwrap() {
            used.push(&p["section"]);
            used.extend(
                p["themes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .chain(p["instruments"].as_array().unwrap())
                    .map(|t| &t["id"]),
            );
            used.extend(
                p["mentions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|m| &m["referent"]),
            );
            for c in p["clauses"].as_array().unwrap() {
                used.extend([&c["verb"], &c["form"], &c["stance"]]);
                used.extend(c["addressees"].as_array().unwrap());
            }
        }
        for id in used {
            assert!(
                listed.contains(id.as_str().unwrap()),
                "{id} is not in vocabularies"
            );
        }
    }
}

#[test]
fn paragraph_numbers_convert_display_and_hash_as_numbers() {
    use std::collections::hash_map::DefaultHasher;
    use std::hash::{Hash, Hasher};
    fn hash_of(value: impl Hash) -> u64 {
        let mut hasher = DefaultHasher::new();
        value.hash(&mut hasher);
        hasher.finish()
    }
    let d = declaration();
    let mut hashes = BTreeSet::new();
    for n in 1..=16_u8 {
        // A paragraph hashes as itself, each differently.
        let p = d.paragraph(n).unwrap();
        assert_eq!(hash_of(p), hash_of(&d.paragraphs()[usize::from(n) - 1]));
        hashes.insert(hash_of(p));
    }
    assert_eq!(hashes.len(), 16);
    for s in d.sentences() {
        let debug = format!("{s:?}");
        assert!(debug.len() < 600 && !debug.contains('\n'), "{debug}");
        assert!(debug.contains(&format!("{:?}", s.text())), "{debug}");
        assert!(
            debug.contains(&format!("paragraph: {}", s.paragraph().number())),
            "{debug}"
        );
    }
}

#[test]
fn citations_say_which_paragraphs_they_cite_and_spans_show_their_words() {
    use asem_seoul_declaration::Citation;
    let cases: [(&str, Option<std::ops::RangeInclusive<u8>>); 4] = [
        ("para. 10", Some(10..=10)),
        ("paras. 6 to 8", Some(6..=8)),
        ("para. 10, sentence 3", Some(10..=10)),
        ("fn. 1", None),
    ];
    for (text, numbers) in cases {
        let cite: Citation = text.parse().unwrap();
        assert_eq!(cite.paragraph_numbers(), numbers, "{text}");
    }
    for c in declaration().commitments() {
        let debug = format!("{:?}", c.span());
        assert!(debug.starts_with("Span { paragraph: "), "{debug}");
        assert!(debug.contains(&format!("{:?}", c.span().text())), "{debug}");
        assert!(
            debug.contains(&format!("{:?}", c.span().range())),
            "{debug}"
        );
    }
}

#[test]
fn a_near_miss_of_the_text_is_not_found() {
    // Phrases of the text with two letters in the middle swapped: found only
    // where the changed phrase really occurs, as a plain scan says.
    let d = declaration();
    let lower: Vec<String> = d
        .paragraphs()
        .iter()
        .map(|p| p.text().to_lowercase())
        .collect();
    let mut checked = 0;
    for p in d.paragraphs() {
        let text: Vec<char> = p.text().chars().collect();
        for len in [12, 17, 24, 31, 40] {
            for start in (0..text.len().saturating_sub(len)).step_by(23) {
                let mut phrase: Vec<char> = text[start..start + len].to_vec();
                let middle = len / 2;
                if phrase[middle] == phrase[middle + 1] {
                    continue;
                }
                phrase.swap(middle, middle + 1);
                let query: String = phrase.into_iter().collect();
                if query.trim().is_empty() {
                    continue;
                }
                let expected: usize = lower
                    .iter()
                    .map(|t| t.matches(&query.to_lowercase()).count())
                    .sum();
                let found = d.search(&query).unwrap().count();
                assert_eq!(
                    found, expected,
                    "{query:?}: {found} hits, {expected} by scanning"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "{checked}");
    assert_eq!(d.search("ASEM Educatoin Secretariat").unwrap().count(), 0);
}

#[test]
fn hits_say_where_the_search_stands() {
    let mut hits = declaration().search("Erasmus+").unwrap();
    assert!(format!("{hits:?}").contains("folded_query: \"erasmus+\""));
    let first = hits.next().unwrap();
    assert_eq!(first.paragraph().number(), 6);
    let debug = format!("{hits:?}");
    assert!(debug.contains("paragraph: 6"), "{debug}");
    assert!(debug.contains("query_bytes: 8"), "{debug}");
}

#[test]
fn every_name_slug_id_and_written_form_parses_back() {
    use asem_seoul_declaration::{
        Acronym, ClauseForm, CommitmentKind, Concept, Exclusion, Force, Obligation, Place,
        Precision, Priority, Referent, Section, Stance, Verb,
    };
    macro_rules! round_trips {
        ($($type:ty),+) => {$(
            for v in <$type>::ALL.iter().copied() {
                let (name, slug, id): (&str, _, _) = (v.into(), v.slug(), v.id());
                let kind = id.split_once(':').unwrap().0;
                for given in [
                    name.to_owned(),
                    slug.to_owned(),
                    id.to_owned(),
                    format!("{kind}:{name}"),
                    format!("  {}\t", name.to_uppercase()),
                    name.replace('\'', "’"),
                ] {
                    assert_eq!(given.parse::<$type>(), Ok(v), "{given:?}");
                }
                assert!("xyzzy".parse::<$type>().is_err());
                assert!("".parse::<$type>().is_err());
            }
        )+};
    }
    round_trips!(
        Section,
        Theme,
        Instrument,
        Entity,
        Place,
        Concept,
        Stance,
        Verb,
        ClauseForm,
        CommitmentKind,
        Obligation,
        Force,
        Precision,
        Priority,
        Exclusion,
        Acronym
    );
    // Every form the text writes parses as what it names.
    macro_rules! written {
        ($($type:ty => $variant:ident),+) => {$(
            for v in <$type>::ALL.iter().copied() {
                let kind = v.id().split_once(':').unwrap().0;
                for form in Referent::$variant(v).names() {
                    assert_eq!(form.parse::<$type>(), Ok(v), "{form:?}");
                    let with_kind = format!("{kind}:{form}");
                    assert_eq!(with_kind.parse::<$type>(), Ok(v), "{with_kind:?}");
                }
            }
        )+};
    }
    written!(Entity => Entity, Instrument => Instrument, Place => Place, Concept => Concept);
    for a in Acronym::ALL.iter().copied() {
        for form in a.forms() {
            assert_eq!(form.parse::<Acronym>(), Ok(a), "{form:?}");
            let with_kind = format!("acronym:{form}");
            assert_eq!(with_kind.parse::<Acronym>(), Ok(a), "{with_kind:?}");
        }
    }
    // Every referent's id parses back, whatever its kind, and so does its
    // kind with the name `Display` writes.
    let d = declaration();
    let mut kinds = BTreeSet::new();
    for m in d.mentions() {
        let r = m.referent();
        assert_eq!(r.id().parse::<Referent>(), Ok(r));
        assert_eq!(format!("{}:{r}", r.kind()).parse::<Referent>(), Ok(r));
        kinds.insert(r.kind());
    }
    for r in [
        Referent::Theme(Theme::Equity),
        Referent::Acronym(Acronym::Moocs),
        Referent::Ministers,
        Referent::Declaration,
        Referent::Meeting(d.meeting()),
        Referent::Summit(d.series().origin()),
    ] {
        assert_eq!(r.id().parse::<Referent>(), Ok(r), "{r}");
        assert_eq!(
            format!("{}:{}", r.kind(), r.name()).parse::<Referent>(),
            Ok(r),
            "{r}"
        );
        kinds.insert(r.kind());
    }
    assert_eq!(kinds.len(), 10, "{kinds:?}");
}

#[test]
fn lookup_gives_every_reading_of_what_a_user_types() {
    use asem_seoul_declaration::{Reading, Section};
    let d = declaration();
    let kinds = |q: &str| -> Vec<&'static str> {
        d.lookup(q)
            .unwrap()
            .readings()
            .map(|r| match r {
                Reading::Citation(_) => "citation",
                Reading::Section(_) => "section",
                Reading::Theme(_) => "theme",
                Reading::Instrument(_) => "instrument",
                Reading::Search(_) => "search",
                _ => "other",
            })
            .collect()
    };
    let numbers = |q: &str| -> Vec<u8> {
        d.lookup(q)
            .unwrap()
            .paragraphs()
            .map(Paragraph::number)
            .collect()
    };
    // "mobility" names a section and a theme, and is words of the text: all three.
    assert_eq!(kinds("mobility"), ["section", "theme", "search"]);
    let mut expected: Vec<u8> = d
        .paragraphs_in(Section::Mobility)
        .iter()
        .chain(d.paragraphs_with(Theme::Mobility))
        .chain(d.search("mobility").unwrap().map(|h| h.paragraph()))
        .map(Paragraph::number)
        .collect();
    expected.sort_unstable();
    expected.dedup();
    assert_eq!(numbers("mobility"), expected);
    // A number, a citation, citations in prose: no search of the words.
    assert_eq!(kinds("10"), ["citation"]);
    assert_eq!(kinds(" Para. 10. "), ["citation"]);
    assert_eq!(numbers("sentence 2 of paragraph 10"), [10]);
    assert_eq!(kinds("see paras 6-7 and fn. 1"), ["citation", "citation"]);
    assert_eq!(numbers("see paras 6-7 and fn. 1"), [2, 6, 7]);
    // Another document's citation is not this declaration's.
    assert!(numbers("§ 3 of the Lisbon Convention").is_empty());
    // Typed as people type: any case, either apostrophe, a dash for the en dash.
    assert_eq!(numbers("ICT - information"), [10]);
    assert_eq!(kinds("Lifelong Learning"), ["theme", "search"]);
    assert_eq!(kinds("erasmus-plus"), ["instrument"]);
    // Nothing found is no error, nor is a bad citation: it is a note, and
    // the rest of the query is read. Only an empty query is an error.
    assert!(d.lookup("quantum computing").unwrap().is_empty());
    for bad in ["para. 17", "17", "0", "para. 10, sentence 9", "para. 10(b)"] {
        let found = d.lookup(bad).unwrap();
        assert!(found.is_empty(), "{bad}");
        let notes: Vec<&Error> = found.notes().collect();
        assert_eq!(notes.len(), 1, "{bad}");
        assert!(
            bad.contains(notes[0].given()) && !notes[0].given().is_empty(),
            "{bad}: {}",
            notes[0]
        );
    }
    assert_eq!(kinds("mobility para. 17"), ["section", "theme", "search"]);
    assert_eq!(numbers("para. 10 and para. 17"), [10]);
    assert_eq!(kinds("para. 10 and para. 17"), ["citation"]);
    // Quotes, brackets and sentence punctuation around a query are trimmed.
    for typed in [
        "\"mobility\"",
        "“mobility”",
        "mobility?",
        "(mobility)",
        "'mobility'.",
        // Every quote and apostrophe search folds, not only the common ones.
        "„mobility‟",
        "‚mobility‛",
        "＂mobility＂",
    ] {
        assert_eq!(numbers(typed), numbers("mobility"), "{typed}");
    }
    // The footnote is searched.
    for place in ["Berlin", "Riga", "Kuala Lumpur"] {
        let found = d.lookup(place).unwrap();
        assert!(
            found
                .readings()
                .any(|r| matches!(r, Reading::Footnote(note) if note.number() == 1)),
            "{place}"
        );
        assert_eq!(numbers(place), [2], "{place}");
    }
    // A note quotes a long query short, with its length.
    let long = format!("para. {}", "9".repeat(1 << 20));
    let found = d.lookup(&long).unwrap();
    let message = found.notes().next().unwrap().to_string();
    assert!(message.len() < 400, "{} bytes", message.len());
    assert!(message.contains("bytes)"), "{message}");
    assert!(matches!(d.lookup(" \t"), Err(Error::EmptyQuery { .. })));
}

#[test]
fn a_referent_displays_its_name_as_every_vocabulary_does() {
    use asem_seoul_declaration::Referent;
    let d = declaration();
    macro_rules! as_its_vocabulary {
        ($($type:ty),+) => {$(
            for v in <$type>::ALL.iter().copied() {
                let r = Referent::from(v);
                assert_eq!(r.to_string(), v.to_string(), "{}", r.id());
                assert_eq!(r.id(), v.id());
            }
        )+};
    }
    as_its_vocabulary!(Entity, Instrument, Place, Concept, Theme, Acronym);
    for m in d.series().meetings() {
        assert_eq!(Referent::from(m).to_string(), m.name());
    }
    let origin = Referent::from(d.series().origin());
    assert_eq!(origin.to_string(), "6th ASEM Summit");
    assert_eq!(origin.id(), "summit:asem6");
    assert_eq!(Referent::Ministers.to_string(), "The ministers (“we”)");
    assert_eq!(Referent::Ministers.id(), "ministers:asemme6");
    assert_eq!(Referent::Declaration.to_string(), d.title());
    assert_eq!(Referent::Declaration.id(), "declaration:seoul-declaration");
    // Width and alignment apply to the name, as they do to a vocabulary's.
    assert_eq!(
        format!("[{:>10}]", Referent::from(Place::Seoul)),
        "[     Seoul]"
    );
    assert_eq!(
        format!("[{:<8}]", Referent::from(Place::Asia)),
        format!("[{:<8}]", Place::Asia)
    );
    // A mention's referent displays as its name, not as the words of the
    // mention; the editions and Debug keep the id.
    let asef = d.mentions().find(|m| m.text() == "ASEF").unwrap();
    assert_eq!(asef.referent().to_string(), "Asia-Europe Foundation");
    assert!(format!("{asef:?}").contains("referent: entity:asef"));
}

#[test]
fn commitments_on_takes_a_theme_a_priority_area_or_a_tag() {
    use asem_seoul_declaration::{Priority, Tag};
    let d = declaration();
    let ids = |found: &mut dyn Iterator<Item = &'static asem_seoul_declaration::Commitment>| {
        found.map(|c| c.id().to_string()).collect::<Vec<_>>()
    };
    for &theme in Theme::ALL {
        let own: Vec<_> = d
            .commitments()
            .filter(|c| c.themes().any(|t| t == theme))
            .collect();
        assert_eq!(d.commitments_on(theme).collect::<Vec<_>>(), own, "{theme}");
        assert!(d.commitments_on(Tag::from(theme)).eq(own.iter().copied()));
    }
    let mut on_some_priority = 0;
    for &priority in Priority::ALL {
        let own: Vec<_> = d
            .commitments()
            .filter(|c| c.priorities().any(|p| p == priority))
            .collect();
        assert_eq!(
            d.commitments_on(priority).collect::<Vec<_>>(),
            own,
            "{priority}"
        );
        assert!(
            d.commitments_on(priority)
                .rev()
                .eq(own.iter().rev().copied())
        );
        on_some_priority += own.len();
    }
    assert_eq!(on_some_priority, 12);
    assert_eq!(
        ids(&mut d.commitments_on(Priority::QualityRecognition)),
        [
            "commitment:6-3",
            "commitment:6-4",
            "commitment:10-5",
            "commitment:10-6"
        ]
    );
    assert_eq!(
        ids(&mut d.commitments_on(Priority::BusinessIndustry)),
        ["commitment:9-2", "commitment:9-3"]
    );
    // A commitment carries themes and priority areas, never an instrument.
    for &instrument in Instrument::ALL {
        assert_eq!(d.commitments_on(instrument).count(), 0, "{instrument}");
    }
}

#[test]
fn every_commitment_has_one_grade_an_obligation_or_a_force() {
    use asem_seoul_declaration::{CommitmentKind, Force, Grade, Obligation};
    let d = declaration();
    let mut grades = std::collections::BTreeMap::new();
    for c in d.commitments() {
        let grade = c.grade();
        match (c.kind(), grade) {
            (CommitmentKind::Pledge, Grade::Obligation(o)) => {
                assert_eq!((c.obligation(), c.force()), (Some(o), None));
                assert_eq!((grade.id(), grade.name()), (o.id(), o.into()));
                assert_eq!(grade, Grade::from(o));
            }
            (CommitmentKind::Request, Grade::Force(f)) => {
                assert_eq!((c.obligation(), c.force()), (None, Some(f)));
                assert_eq!((grade.id(), grade.name()), (f.id(), f.into()));
                assert_eq!(grade, Grade::from(f));
            }
            other => panic!("{c:?}: {other:?}"),
        }
        assert_eq!(grade.to_string(), grade.name());
        assert!(format!("{c:?}").contains(&format!(
            "grade: {},",
            grade.id().split_once(':').unwrap().1
        )));
        *grades.entry(grade.id()).or_insert(0) += 1;
    }
    let counted: Vec<(&str, i32)> = grades.into_iter().collect();
    assert_eq!(
        counted,
        [
            ("force:invite", 5),
            ("force:urge", 5),
            ("obligation:firm", 5),
            ("obligation:willing", 15),
        ]
    );
    assert_eq!(Grade::from(Obligation::Firm).to_string(), "Firm");
    assert_eq!(
        format!("[{:>6}]", Grade::from(Force::Invite)),
        format!("[{:>6}]", Force::Invite)
    );
    assert_eq!(Grade::Force(Force::Urge).id(), "force:urge");
}
