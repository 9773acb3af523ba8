//! Every entry point that takes text, fed arbitrary, long, control-character
//! and near-miss input: none panics, errors quote what they were given, and
//! what parses round-trips.
//!
//! Each property runs `PROPTEST_CASES` cases (2048 unless set; CI sets more).

use asem_seoul_declaration::Spanned;
use asem_seoul_declaration::Vocabulary;
use std::str::FromStr;

use asem_seoul_declaration::{
    Acronym, Citation, ClauseForm, Concept, Entity, Error, Instrument, Place, Referent, Section,
    Stance, Theme, Verb, declaration, find_citations,
};
use proptest::prelude::*;
use proptest::test_runner::Config;

mod support;
use support::search_fold as fold;

fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2048);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Every name a vocabulary or the glossary accepts, and the citations people write.
fn valid_inputs() -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    all.extend(
        Section::ALL
            .iter()
            .flat_map(|s| [s.to_string(), s.slug().to_owned()]),
    );
    all.extend(
        Theme::ALL
            .iter()
            .flat_map(|t| [t.to_string(), t.slug().to_owned()]),
    );
    all.extend(
        Instrument::ALL
            .iter()
            .flat_map(|i| [i.to_string(), i.slug().to_owned()]),
    );
    all.extend(
        Entity::ALL
            .iter()
            .flat_map(|e| [e.to_string(), e.slug().to_owned()]),
    );
    all.extend(
        Acronym::ALL
            .iter()
            .flat_map(|a| a.forms().iter().map(|f| (*f).to_owned())),
    );
    all.extend(
        [
            "entity:asef",
            "meeting:asemme6",
            "summit:asem6",
            "declaration:seoul-declaration",
            "concept:moocs",
        ]
        .map(String::from),
    );
    all.extend(
        [
            "see para. 10",
            "paras. 6, 8 and 9 and fn. 1",
            "para. 10",
            "paras 6–7",
            "§ 3",
            "¶12",
            "fn. 1",
            "Seoul Declaration, paragraph 16",
            "para. 10, sentence 3",
            "paras. 6 to 8",
            "the second sentence of para. 10",
            "sentence 2 of paragraph 10",
            "para. 10 (sentence 2)",
            "para. 3 of this Declaration",
            "the Seoul Declaration's § 3",
            "para. 4 of the Incheon Declaration",
            "the Chair's Statement, para. 4",
            "para. 10(b)",
            "sentences 2 and 3 of para. 10",
            "Para. 10.",
        ]
        .map(String::from),
    );
    all
}

/// A valid input with one character inserted, deleted or replaced, or its case changed.
fn near_miss() -> impl Strategy<Value = String> {
    let valid = valid_inputs();
    (0..valid.len(), any::<char>(), 0usize..64, 0u8..4).prop_map(move |(i, c, at, how)| {
        let mut chars: Vec<char> = valid[i].chars().collect();
        let at = at % (chars.len() + 1);
        match how {
            0 => chars.insert(at, c),
            1 if at < chars.len() => {
                chars.remove(at);
            }
            2 if at < chars.len() => chars[at] = c,
            _ => return valid[i].to_uppercase(),
        }
        chars.into_iter().collect()
    })
}

/// Arbitrary Unicode, very long strings, control characters and near misses.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}\\u{200b}\\u{feff}]{0,40}",
        prop::collection::vec(any::<char>(), 1000..8_000)
            .prop_map(|cs| cs.into_iter().collect::<String>()),
        ("[a-zA-Z ]{1,8}", 1000usize..20_000).prop_map(|(s, n)| s.repeat(n / s.len().max(1))),
        near_miss(),
    ]
}

/// A parse either succeeds or fails with an error whose message says what was
/// given: quoted, or, where what was given is the number itself (an item of a
/// list found on its own, "0" in "para. 1&0"), as that number.
fn check_parse<T, E: std::fmt::Display>(given: &str, result: Result<T, E>) {
    if let Err(err) = result {
        let message = err.to_string();
        let quoted_start: String = format!("{given:?}").chars().take(20).collect();
        let bare_number = !given.is_empty() && given.bytes().all(|b| b.is_ascii_digit());
        assert!(
            message.contains(&quoted_start)
                || (bare_number && message.contains(&format!(" {given}"))),
            "{message:?} does not quote {given:?}"
        );
    }
}

#[test]
fn an_item_of_a_list_found_on_its_own_is_named_in_its_error() {
    let found: Vec<_> = find_citations("see para. 1&0").collect();
    assert_eq!(
        found
            .last()
            .map(asem_seoul_declaration::FoundCitation::text),
        Some("0")
    );
    for f in found {
        check_parse(f.text(), f.citation());
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn lookup_never_panics_and_its_errors_quote_the_query(query in text()) {
        match declaration().lookup(&query) {
            Err(err) => {
                prop_assert!(query.contains(err.given()), "{:?} does not quote {:?}", err, query);
            }
            Ok(found) => {
                let numbers: Vec<u8> = found.paragraphs().map(asem_seoul_declaration::Paragraph::number).collect();
                prop_assert!(numbers.windows(2).all(|w| w[0] < w[1]));
                prop_assert_eq!(found.is_empty(), found.readings().next().is_none());
            }
        }
    }

    #[test]
    fn search_never_panics_and_hits_match(query in text()) {
        match declaration().search(&query) {
            Err(err) => {
                prop_assert!(matches!(err, Error::EmptyQuery { .. }), "{:?}", err);
                prop_assert_eq!(err.given(), query.as_str());
                prop_assert!(query.trim().is_empty());
            }
            Ok(hits) => {
                for hit in hits {
                    let text = hit.paragraph().text();
                    prop_assert!(text.is_char_boundary(hit.range().start) && text.is_char_boundary(hit.range().end));
                    prop_assert_eq!(fold(hit.text()), fold(&query));
                }
            }
        }
    }

    #[test]
    fn hits_of_pieces_of_the_text_slice_to_the_query(para in 0usize..16, from in 0usize..2000, len in 1usize..40, upper in any::<bool>()) {
        let text = declaration().paragraphs()[para].text();
        let chars: Vec<char> = text.chars().collect();
        let from = from % chars.len();
        let piece: String = chars[from..(from + len).min(chars.len())].iter().collect();
        prop_assume!(!piece.trim().is_empty());
        let query = if upper { piece.to_uppercase() } else { piece.clone() };
        let hits: Vec<_> = declaration().search(&query).unwrap().collect();
        prop_assert!(!hits.is_empty(), "{:?} is in paragraph {}", piece, para + 1);
        for hit in hits {
            prop_assert_eq!(fold(hit.text()), fold(&piece));
        }
    }

    #[test]
    fn pieces_of_the_text_typed_another_way_find_the_same_hits(para in 0usize..16, from in 0usize..2000, len in 1usize..40, typed in 0usize..4) {
        let text = declaration().paragraphs()[para].text();
        let chars: Vec<char> = text.chars().collect();
        let from = from % chars.len();
        let piece: String = chars[from..(from + len).min(chars.len())].iter().collect();
        prop_assume!(!piece.trim().is_empty());
        // Each apostrophe, quote, dash and space as another keyboard types it.
        let (apostrophe, quote, dash, space) =
            [("’", "“", "—", "  "), ("ʼ", "„", "−", "\t"), ("‘", "\"", "-", "\u{A0}\n"), ("′", "″", "\u{2011}", " ")][typed];
        let query: String = piece
            .chars()
            .map(|c| match fold(c.encode_utf8(&mut [0; 4])).as_str() {
                "'" => apostrophe.to_owned(),
                "\"" => quote.to_owned(),
                "-" => dash.to_owned(),
                " " => space.to_owned(),
                _ => c.to_string(),
            })
            .collect();
        let ranges = |q: &str| -> Vec<_> {
            declaration().search(q).unwrap().map(|h| (h.paragraph().number(), h.range())).collect()
        };
        prop_assert_eq!(ranges(&query), ranges(&piece), "{:?} typed as {:?}", piece, query);
    }

    #[test]
    fn section_parse(s in text()) { check_parse(&s, Section::from_str(&s)); }

    #[test]
    fn theme_parse(s in text()) { check_parse(&s, Theme::from_str(&s)); }

    #[test]
    fn instrument_parse(s in text()) { check_parse(&s, Instrument::from_str(&s)); }

    #[test]
    fn entity_place_concept_parse(s in text()) {
        check_parse(&s, Entity::from_str(&s));
        check_parse(&s, Place::from_str(&s));
        check_parse(&s, Concept::from_str(&s));
    }

    #[test]
    fn verb_stance_form_parse(s in text()) {
        check_parse(&s, Verb::from_str(&s));
        check_parse(&s, Stance::from_str(&s));
        check_parse(&s, ClauseForm::from_str(&s));
    }

    #[test]
    fn acronym_parse(s in text()) {
        check_parse(&s, Acronym::from_str(&s));
    }

    #[test]
    fn citation_parse(s in text()) {
        let parsed = Citation::from_str(&s);
        check_parse(&s, parsed.clone());
        if let Ok(cite) = parsed {
            prop_assert_eq!(cite.to_string().parse::<Citation>(), Ok(cite));
        }
    }

    #[test]
    fn citations_written_any_way_parse(
        first in 1u8..=16,
        extra in 0u8..16,
        prefix in prop::sample::select(vec!["", "Seoul Declaration ", "seoul declaration, ", "ASEMME6 ", "asemme6, ", "Seoul Declaration (ASEMME6, 2017), "]),
        word in prop::sample::select(vec!["para.", "para", "paragraph", "paras.", "paras", "paragraphs", "¶", "¶¶", "§", "§§", "PARA"]),
        space in prop::sample::select(vec!["", " ", "  "]),
        dash in prop::sample::select(vec!["-", "–", "—", " - ", " – "]),
    ) {
        let last = (first + extra).min(16);
        let written = if first == last {
            format!("{prefix}{word}{space}{first}")
        } else {
            format!("{prefix}{word}{space}{first}{dash}{last}")
        };
        let cite = Citation::paragraphs(first, last).unwrap();
        prop_assert_eq!(written.parse::<Citation>(), Ok(cite), "{}", written);
        prop_assert_eq!(cite.to_string().parse::<Citation>(), Ok(cite));
        prop_assert_eq!(cite.short().to_string().parse::<Citation>(), Ok(cite));
        let reversed = format!("{word} {last}-{first}");
        if first != last {
            let is_reversed = matches!(reversed.parse::<Citation>(), Err(Error::ReversedRange { .. }));
            prop_assert!(is_reversed);
        }
    }

    #[test]
    fn finding_citations_never_panics_and_ranges_fall_on_characters(s in text()) {
        let mut last_end = 0;
        for found in find_citations(&s) {
            let range = found.range();
            prop_assert!(s.is_char_boundary(range.start) && s.is_char_boundary(range.end));
            prop_assert!(range.start >= last_end && range.start < range.end, "{:?}", range);
            prop_assert_eq!(&s[range.clone()], found.text());
            check_parse(found.text(), found.citation());
            last_end = range.end;
        }
    }

    #[test]
    fn every_valid_citation_is_found_whole_in_prose(first in 1u8..=16, extra in 0u8..16, footnote in any::<bool>(), short in any::<bool>()) {
        let cite = if footnote {
            Citation::footnote(1).unwrap()
        } else {
            Citation::paragraphs(first, (first + extra).min(16)).unwrap()
        };
        let written = if short { cite.short().to_string() } else { cite.to_string() };
        let text = format!("as agreed in {written}, we");
        let found: Vec<_> = find_citations(&text).collect();
        prop_assert_eq!(found.len(), 1, "{:?}", found);
        prop_assert_eq!(found[0].citation(), Ok(cite));
        prop_assert_eq!(found[0].text(), written.as_str());
    }

    #[test]
    fn sentences_written_any_way_parse_and_are_found_whole(
        paragraph in 1u8..=16,
        sentence in 1u8..=6,
        form in 0usize..6,
    ) {
        const ORDINALS: [&str; 6] = ["first", "second", "third", "fourth", "fifth", "sixth"];
        let ordinal = ORDINALS[usize::from(sentence) - 1];
        let written = match form {
            0 => format!("para. {paragraph}, sentence {sentence}"),
            1 => format!("para. {paragraph} (sentence {sentence})"),
            2 => format!("sentence {sentence} of paragraph {paragraph}"),
            3 => format!("the {ordinal} sentence of ¶ {paragraph}"),
            4 => format!("para. {paragraph}, the {ordinal} sentence"),
            _ => format!("sentence {sentence} in para. {paragraph} of the Seoul Declaration"),
        };
        let parsed = written.parse::<Citation>();
        if let Ok(cite) = Citation::sentence(paragraph, sentence) {
            prop_assert_eq!(&parsed, &Ok(cite), "{}", written);
        } else {
            let no_such = matches!(&parsed, Err(Error::NoSuchSentence { .. }));
            prop_assert!(no_such, "{}: {:?}", written, parsed);
        }
        let text = format!("as agreed in {written}, we");
        let found: Vec<_> = find_citations(&text).collect();
        prop_assert_eq!(found.len(), 1, "{:?}", found);
        prop_assert_eq!(found[0].text(), written.as_str());
        prop_assert_eq!(found[0].citation(), parsed);
    }

    #[test]
    fn numbers_of_any_length_are_quoted_as_typed(digits in "[1-9][0-9]{2,200}") {
        // A message quotes 60 digits at most, then their length; what was
        // given is kept whole.
        let quoted = if digits.len() <= 60 {
            digits.clone()
        } else {
            format!("{}… ({} bytes)", &digits[..60], digits.len())
        };
        for (written, message) in [
            (format!("para. {digits}"), format!("no paragraph {quoted} (in ")),
            (format!("para. 10, sentence {digits}"), format!("no sentence {quoted} in paragraph 10 (in ")),
        ] {
            let err = written.parse::<Citation>().unwrap_err();
            prop_assert!(err.to_string().starts_with(&message), "{}", err);
            prop_assert!(err.to_string().len() < 400, "{}", err);
            prop_assert_eq!(err.given(), written.as_str());
        }
    }

    #[test]
    fn referent_parse(s in text()) {
        check_parse(&s, Referent::from_str(&s));
        if let Ok(r) = Referent::from_str(&s) {
            prop_assert_eq!(r.id().parse::<Referent>(), Ok(r));
            prop_assert_eq!(format!("{}:{r}", r.kind()).parse::<Referent>(), Ok(r));
        }
    }

    #[test]
    fn out_of_range_citations_say_so(n in 17u32..100_000) {
        let written = format!("para. {n}");
        let err = written.parse::<Citation>().unwrap_err();
        prop_assert!(matches!(err, Error::NoSuchParagraph { .. }), "{:?}", err);
        prop_assert_eq!(err.given(), written.as_str());
        let message = format!("no paragraph {n} (in {written:?})");
        prop_assert!(err.to_string().starts_with(&message));
    }
}

fn round_trip<T>(all: &[T])
where
    T: Copy + std::fmt::Debug + PartialEq + std::fmt::Display + FromStr<Err = Error>,
{
    for &v in all {
        assert_eq!(v.to_string().parse::<T>(), Ok(v), "{v:?}");
    }
}

#[test]
fn every_enum_value_round_trips_through_display_and_from_str() {
    round_trip(Section::ALL);
    round_trip(Theme::ALL);
    round_trip(Instrument::ALL);
    round_trip(Entity::ALL);
    round_trip(Place::ALL);
    round_trip(Concept::ALL);
    round_trip(Verb::ALL);
    round_trip(Stance::ALL);
    round_trip(ClauseForm::ALL);
    round_trip(Acronym::ALL);
    let mut referents: Vec<Referent> = Vec::new();
    referents.extend(Entity::ALL.iter().map(|&e| Referent::from(e)));
    referents.extend(Instrument::ALL.iter().map(|&i| Referent::from(i)));
    referents.extend(Place::ALL.iter().map(|&p| Referent::from(p)));
    referents.extend(Concept::ALL.iter().map(|&c| Referent::from(c)));
    referents.extend(declaration().series().meetings().iter().map(Referent::from));
    referents.push(Referent::from(declaration().series().origin()));
    referents.push(Referent::Declaration);
    referents.push(Referent::Ministers);
    referents.extend(Theme::ALL.iter().map(|&t| Referent::from(t)));
    referents.extend(Acronym::ALL.iter().map(|&a| Referent::from(a)));
    // A referent displays as its name, which is not unique across kinds (MOOCs
    // is a concept and an instrument): its kind and its name parse back, and
    // so does its id, in any case.
    for r in referents {
        assert_eq!(r.to_string(), r.name());
        assert_eq!(format!("{}:{r}", r.kind()).parse::<Referent>(), Ok(r));
        assert_eq!(r.id().to_uppercase().parse::<Referent>(), Ok(r));
    }
}
