//! The analyst's layer: mentions, acronyms, clauses, sentences, scopes,
//! commitments, linked ids and citations, each checked against its rule.

use asem_seoul_declaration::Spanned;
use asem_seoul_declaration::Vocabulary;
use std::collections::BTreeMap;

use asem_seoul_declaration::{
    Acronym, Citation, Cited, ClauseForm, CommitmentKind, Concept, Entity, Error, Force, Grade,
    Instrument, Obligation, Owner, Paragraph, Place, Referent, Stance, Theme, Verb, declaration,
    find_citations, para,
};

fn all_referents() -> Vec<Referent> {
    let mut all: Vec<Referent> = Vec::new();
    all.extend(Entity::ALL.iter().map(|&e| Referent::from(e)));
    all.extend(Instrument::ALL.iter().map(|&i| Referent::from(i)));
    all.extend(declaration().series().meetings().iter().map(Referent::from));
    all.push(Referent::from(declaration().series().origin()));
    all.extend(Place::ALL.iter().map(|&p| Referent::from(p)));
    all.extend(Concept::ALL.iter().map(|&c| Referent::from(c)));
    all.push(Referent::Declaration);
    all
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Every occurrence of every name, longest first where names overlap, found
/// independently of the crate's annotations.
fn expected_mentions(text: &str) -> Vec<(usize, &str, Referent)> {
    let mut found: Vec<(usize, usize, Referent)> = Vec::new();
    for referent in all_referents() {
        for name in referent.names() {
            for (at, _) in text.match_indices(name) {
                let end = at + name.len();
                let before = text[..at].chars().next_back();
                let after = text[end..].chars().next();
                if !is_word_char(before) && !is_word_char(after) {
                    found.push((at, end, referent));
                }
            }
        }
    }
    // A range of meetings, "1st to the 6th ASEM Education Ministers'
    // Meeting", names each meeting in it.
    let series = declaration().series().meetings();
    let meeting = " ASEM Education Ministers' Meeting";
    let ordinal = |s: &str| {
        s.trim_end_matches(|c: char| c.is_alphabetic())
            .parse::<usize>()
            .ok()
    };
    for (at, _) in text.match_indices(" to the ") {
        let first_start = text[..at].rfind(' ').map_or(0, |i| i + 1);
        let rest = &text[at + " to the ".len()..];
        let Some(last_end) = rest.find(meeting) else {
            continue;
        };
        if let (Some(first), Some(last)) =
            (ordinal(&text[first_start..at]), ordinal(&rest[..last_end]))
        {
            let end = at + " to the ".len() + last_end + meeting.len();
            for m in &series[first - 1..last] {
                found.push((first_start, end, Referent::from(m)));
            }
        }
    }
    found.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
    let mut kept = Vec::new();
    let mut covered = 0;
    let mut range = None;
    for (start, end, referent) in found {
        // The meetings of one range share its words.
        if start >= covered || range == Some((start, end)) {
            kept.push((start, &text[start..end], referent));
            range = Some((start, end));
            covered = end;
        }
    }
    kept
}

#[test]
fn every_name_in_every_paragraph_is_a_mention_with_an_exact_span() {
    let mut total = 0;
    for p in declaration().paragraphs() {
        let actual: Vec<(usize, &str, Referent)> = p
            .mentions()
            .map(|m| (m.range().start, m.text(), m.referent()))
            .collect();
        assert_eq!(
            actual,
            expected_mentions(p.text()),
            "paragraph {}",
            p.number()
        );
        for m in p.mentions() {
            assert_eq!(&p.text()[m.range()], m.text());
            // A name of its referent, or a range of meetings that holds it.
            let in_range =
                matches!(m.referent(), Referent::Meeting(_)) && m.text().contains(" to the ");
            assert!(
                m.referent().names().contains(&m.text()) || in_range,
                "{m:?}"
            );
            assert_eq!(m.paragraph(), p);
        }
        total += p.mentions().len();
    }
    eprintln!("mentions: {total}");
    assert!(total > 90);
}

#[test]
fn every_entity_place_and_concept_is_mentioned() {
    let d = declaration();
    for &e in Entity::ALL {
        assert!(d.mentions_of(e).next().is_some(), "{e:?}");
    }
    for &p in Place::ALL {
        assert!(d.mentions_of(p).next().is_some(), "{p:?}");
    }
    for &c in Concept::ALL {
        assert!(d.mentions_of(c).next().is_some(), "{c:?}");
    }
    let asemme6: Vec<&str> = d
        .mentions_of(d.meeting())
        .map(asem_seoul_declaration::Mention::text)
        .collect();
    assert!(asemme6.contains(&"ASEMME6"), "{asemme6:?}");
    let places: Vec<u8> = d
        .mentions_of(Place::Helsinki)
        .map(|m| m.paragraph().number())
        .collect();
    assert_eq!(places, [2]);
}

#[test]
fn every_acronym_occurs_and_is_expanded_where_the_text_says() {
    let all_text: String = declaration()
        .paragraphs()
        .iter()
        .map(Paragraph::text)
        .collect::<Vec<_>>()
        .join("\n");
    for &a in Acronym::ALL {
        for form in a.forms() {
            assert!(all_text.contains(form), "{form} is not in the text");
            assert_eq!(form.parse::<Acronym>(), Ok(a));
            assert_eq!(form.to_lowercase().parse::<Acronym>(), Ok(a));
            assert_eq!(
                form.to_uppercase()
                    .parse::<Acronym>()
                    .map(Acronym::expansion),
                Ok(a.expansion())
            );
        }
        let spelled_out = |text: &str| {
            a.forms().iter().any(|form| {
                text.contains(&format!("{} ({form}", a.expansion()))
                    || text.contains(&format!("{form} – {} –", a.expansion()))
            })
        };
        let expanded_in: Vec<u8> = declaration()
            .paragraphs()
            .iter()
            .filter(|p| spelled_out(p.text()))
            .map(Paragraph::number)
            .collect();
        assert_eq!(
            expanded_in,
            a.expanded_in()
                .map(asem_seoul_declaration::Paragraph::number)
                .into_iter()
                .collect::<Vec<_>>(),
            "{a}"
        );
    }
    assert_eq!(
        Acronym::Ict
            .expanded_in()
            .map(asem_seoul_declaration::Paragraph::number),
        Some(10)
    );
    assert_eq!(
        Acronym::Fmm
            .expanded_in()
            .map(asem_seoul_declaration::Paragraph::number),
        Some(12)
    );
    assert_eq!(
        Acronym::Lemc
            .expanded_in()
            .map(asem_seoul_declaration::Paragraph::number),
        Some(12)
    );
}

#[test]
fn every_capitalised_abbreviation_in_the_text_is_in_the_glossary() {
    // "DUO" is part of a programme's name ("ASEM-DUO"), not an abbreviation the
    // declaration uses on its own.
    let not_acronyms = ["DUO"];
    for p in declaration().paragraphs() {
        for word in p.text().split(|c: char| !c.is_alphanumeric()) {
            let capitals = word.chars().filter(char::is_ascii_uppercase).count();
            if capitals >= 2 && !not_acronyms.contains(&word) {
                assert!(
                    word.parse::<Acronym>().is_ok(),
                    "{word} in paragraph {}",
                    p.number()
                );
            }
        }
    }
    // The glossary holds only forms the text writes: no "SDGs", no "MOOC".
    assert_eq!(Acronym::Sdg.forms(), ["SDG"]);
    assert_eq!(Acronym::Moocs.forms(), ["MOOCs"]);
    assert!("SDGs".parse::<Acronym>().is_err());
    assert_eq!(
        "ASEMME6".parse::<Acronym>().map(Acronym::expansion),
        Ok("6th ASEM Education Ministers' Meeting")
    );
}

#[test]
fn unknown_acronyms_are_errors() {
    assert!("NATO".parse::<Acronym>().is_err());
    assert!("".parse::<Acronym>().is_err());
    let err = "UNESCO".parse::<Acronym>().unwrap_err();
    assert!(err.to_string().contains("\"UNESCO\""), "{err}");
    assert!(err.to_string().contains("moocs"), "{err}");
}

#[test]
fn every_paragraph_has_a_clause() {
    for p in declaration().paragraphs() {
        assert!(p.clauses().len() > 0, "paragraph {}", p.number());
        for c in p.clauses() {
            assert_eq!(&p.text()[c.range()], c.text());
            assert_eq!(c.paragraph(), p);
            let first_word = c.text().split(' ').next().unwrap();
            match c.form() {
                ClauseForm::Participial => {
                    assert!(
                        first_word.ends_with("ing") || first_word == "Concerned",
                        "{}",
                        c.text()
                    );
                }
                ClauseForm::Main => {
                    // A main verb either has "we" before it or shares the subject of
                    // what comes before: "... and take note", "We, ..., have gathered".
                    let before = &p.text()[..c.range().start];
                    let shares_subject = before.ends_with("and ") || before.ends_with(", ");
                    assert!(
                        first_word.eq_ignore_ascii_case("we") || shares_subject,
                        "{}",
                        c.text()
                    );
                }
                other => panic!("a clause form this test does not know: {other:?}"),
            }
            for addressee in c.addressees() {
                let named_after = Referent::from(*addressee)
                    .names()
                    .iter()
                    .any(|name| p.text()[c.range().end..].contains(name));
                assert!(
                    named_after,
                    "{addressee:?} is not named after {:?}",
                    c.text()
                );
            }
        }
    }
}

#[test]
fn every_we_of_the_ministers_leads_a_clause_or_is_a_known_exception() {
    // Occurrences of "we" that lead no clause of their own: the opening apposition
    // ("We, Education Ministers ... have gathered"), a relative clause, and two
    // pledges nested in a "we declare that ..." clause.
    let nested = [
        (1, "We, Education"),
        (3, "we have made"),
        (6, "we will strongly"),
        (11, "we will continue"),
    ];
    for p in declaration().paragraphs() {
        for (at, _) in p
            .text()
            .match_indices("we ")
            .chain(p.text().match_indices("We "))
        {
            let leads = p.clauses().any(|c| c.range().start == at);
            let known = nested
                .iter()
                .any(|&(n, s)| n == p.number() && p.text()[at..].starts_with(s));
            assert!(
                leads || known,
                "paragraph {}: {:?}",
                p.number(),
                &p.text()[at..at + 20]
            );
        }
    }
}

#[test]
fn stances_grade_the_verbs() {
    assert!(Stance::Pledge > Stance::Call);
    assert!(Stance::Call > Stance::Acknowledgement);
    let d = declaration();
    let verbs = |text: &str| {
        d.clauses()
            .filter(|c| c.text().eq_ignore_ascii_case(text))
            .map(asem_seoul_declaration::Clause::stance)
            .collect::<Vec<_>>()
    };
    assert!(verbs("we declare").iter().all(|&s| s == Stance::Pledge));
    assert_eq!(verbs("we adopt"), [Stance::Pledge]);
    assert_eq!(verbs("we invite"), [Stance::Call]);
    assert_eq!(verbs("we also urge"), [Stance::Call]);
    assert_eq!(verbs("we look forward"), [Stance::Acknowledgement]);
    assert_eq!(verbs("taking note"), [Stance::Acknowledgement]);
    let mut per_stance: BTreeMap<Stance, usize> = BTreeMap::new();
    for c in d.clauses() {
        *per_stance.entry(c.stance()).or_default() += 1;
    }
    eprintln!("clauses per stance: {per_stance:?}");
    assert_eq!(per_stance.values().sum::<usize>(), d.clauses().count());
    assert!(Stance::ALL.iter().all(|s| per_stance[s] > 0));
}

#[test]
fn calls_name_their_addressees() {
    let d = declaration();
    let addressees = |text: &str| d.clauses().find(|c| c.text() == text).unwrap().addressees();
    assert_eq!(addressees("We also urge"), [Entity::AsemPartners]);
    assert_eq!(addressees("We invite"), [Entity::AsemEducationSecretariat]);
    let p15 = d
        .paragraph(15)
        .unwrap()
        .clauses()
        .find(|c| c.stance() == Stance::Call)
        .unwrap();
    assert_eq!(
        p15.addressees(),
        [Entity::AsemPartners, Entity::Stakeholders]
    );
}

#[test]
fn filters_by_stance_and_theme() {
    let d = declaration();
    let on_mobility: Vec<(u8, &str)> = d
        .paragraphs_with(Theme::Mobility)
        .flat_map(Paragraph::clauses)
        .filter(|c| c.stance() >= Stance::Pledge)
        .map(|c| (c.paragraph().number(), c.text()))
        .collect();
    assert!(on_mobility.contains(&(6, "we declare")), "{on_mobility:?}");
    assert!(on_mobility.iter().all(|(n, _)| {
        d.paragraph(*n)
            .unwrap()
            .themes()
            .any(|t| t == Theme::Mobility)
    }));
}

#[test]
fn citations_round_trip_for_every_paragraph_and_range() {
    let mut count = 0;
    for first in 1..=16u8 {
        for last in first..=16u8 {
            let cite = Citation::paragraphs(first, last).unwrap();
            assert_eq!(cite.to_string().parse::<Citation>(), Ok(cite));
            assert_eq!(cite.short().to_string().parse::<Citation>(), Ok(cite));
            let Cited::Paragraphs(ps) = cite.resolve() else {
                panic!("{cite}")
            };
            let numbers: Vec<u8> = ps.iter().map(Paragraph::number).collect();
            assert_eq!(numbers, (first..=last).collect::<Vec<_>>());
            count += 1;
        }
    }
    assert_eq!(count, 136);
    let fn1 = Citation::footnote(1).unwrap();
    assert_eq!(fn1.to_string(), "Seoul Declaration (ASEMME6, 2017), fn. 1");
    assert_eq!(fn1.to_string().parse::<Citation>(), Ok(fn1));
    assert_eq!(
        Citation::paragraph(10).unwrap().to_string(),
        "Seoul Declaration (ASEMME6, 2017), para. 10"
    );
    assert_eq!(
        Citation::paragraph(10).unwrap().short().to_string(),
        "para. 10"
    );
    assert_eq!(para!(10).citation(), Citation::paragraph(10).unwrap());
}

#[test]
fn citations_parse_what_people_write() {
    let ten = Citation::paragraph(10).unwrap();
    for written in [
        "para. 10",
        "para 10",
        "paragraph 10",
        "¶10",
        "¶ 10",
        "§ 10",
        "§10",
        "PARA. 10",
        "Seoul Declaration, para. 10",
        "seoul declaration para 10",
        "Seoul Declaration (ASEMME6, 2017), para. 10",
        "ASEMME6, para. 10",
        "asemme6 ¶10",
        "  para. 10  ",
    ] {
        assert_eq!(written.parse::<Citation>(), Ok(ten), "{written:?}");
    }
    let six_seven = Citation::paragraphs(6, 7).unwrap();
    for written in [
        "paras. 6-7",
        "paras 6–7",
        "paras 6 – 7",
        "paragraphs 6-7",
        "§§ 6-7",
        "¶¶6—7",
        "Seoul Declaration, paras. 6-7",
    ] {
        assert_eq!(written.parse::<Citation>(), Ok(six_seven), "{written:?}");
    }
    for written in [
        "fn. 1",
        "fn 1",
        "footnote 1",
        "Footnote 1",
        "ASEMME6, fn. 1",
    ] {
        assert_eq!(
            written.parse::<Citation>(),
            Ok(Citation::footnote(1).unwrap()),
            "{written:?}"
        );
    }
    let Cited::Footnote(note) = "footnote 1".parse::<Citation>().unwrap().resolve() else {
        panic!()
    };
    assert_eq!(note.number(), 1);
}

#[test]
fn bad_citations_are_errors_that_quote_the_input() {
    let err = "para. 17".parse::<Citation>().unwrap_err();
    assert!(matches!(err, Error::NoSuchParagraph { .. }));
    assert_eq!(err.given(), "para. 17");
    assert!(
        err.to_string().contains("\"para. 17\"") && err.to_string().contains("1 to 16"),
        "{err}"
    );
    let err = "paras 7-6".parse::<Citation>().unwrap_err();
    assert!(matches!(err, Error::ReversedRange { .. }));
    assert_eq!(err.given(), "paras 7-6");
    assert!(err.to_string().contains("\"paras. 6-7\""), "{err}");
    assert!(err.to_string().contains("\"paras 7-6\""), "{err}");
    assert!(matches!(
        "para 0".parse::<Citation>(),
        Err(Error::NoSuchParagraph { .. })
    ));
    // Number words are read, and checked like digits.
    assert_eq!("paragraph ten".parse::<Citation>(), Citation::paragraph(10));
    assert!(matches!(
        "paragraph seventeen".parse::<Citation>(),
        Err(Error::NoSuchParagraph { .. })
    ));
    let huge = "para 99999999999999999999999"
        .parse::<Citation>()
        .unwrap_err();
    assert!(matches!(huge, Error::NoSuchParagraph { .. }));
    assert_eq!(huge.given(), "para 99999999999999999999999");
    assert!(matches!(
        "fn. 2".parse::<Citation>(),
        Err(Error::NoSuchFootnote { .. })
    ));
    for garbage in [
        "",
        "hello",
        "para",
        "para. 10 and 11",
        "paras. 6-",
        "fn. 1-2",
        "¶",
        "Seoul Declaration",
    ] {
        let err = garbage.parse::<Citation>().unwrap_err();
        assert!(
            matches!(err, Error::UnrecognisedCitation { .. }),
            "{garbage:?}"
        );
        assert_eq!(err.given(), garbage);
        assert!(err.to_string().contains(&format!("{garbage:?}")), "{err}");
    }
    let err = Citation::paragraph(17).unwrap_err();
    assert!(matches!(err, Error::NoSuchParagraph { .. }));
    assert_eq!(err.given(), "17");
}

#[test]
fn citations_parse_sentences_written_first_and_a_closing_full_stop() {
    let two = Citation::sentence(10, 2).unwrap();
    for written in [
        "para. 10, sentence 2",
        "para. 10 sentence 2",
        "para. 10 (sentence 2)",
        "para. 10, the second sentence",
        "para. 10 (2nd sentence)",
        "sentence 2 of paragraph 10",
        "sentence 2 of para. 10",
        "sentence 2 in ¶ 10",
        "the second sentence of para. 10",
        "The Second Sentence of para. 10",
        "second sentence of § 10",
        "the 2nd sentence of para. 10",
        "the second sentence of para. 10 of the Seoul Declaration",
        "Seoul Declaration, para. 10, sentence 2",
        "para. 10, sentence 2.",
    ] {
        assert_eq!(written.parse::<Citation>(), Ok(two), "{written:?}");
    }
    for (ordinal, n) in [("first", 1), ("third", 3), ("fourth", 4), ("fifth", 5)] {
        let written = format!("the {ordinal} sentence of para. 12");
        assert_eq!(
            written.parse::<Citation>(),
            Citation::sentence(12, n),
            "{written}"
        );
    }
    let ten = Citation::paragraph(10).unwrap();
    for written in ["Para. 10.", "para. 10 .", "Seoul Declaration, para. 10."] {
        assert_eq!(written.parse::<Citation>(), Ok(ten), "{written:?}");
    }
    for not_one in ["para. 10..", ". para. 10", "para. 10. para. 11"] {
        assert!(
            matches!(
                not_one.parse::<Citation>(),
                Err(Error::UnrecognisedCitation { .. })
            ),
            "{not_one:?}"
        );
    }
    // An ordinal past a paragraph's sentences is an error that says so.
    let err = "the sixth sentence of para. 10"
        .parse::<Citation>()
        .unwrap_err();
    assert!(matches!(err, Error::NoSuchSentence { .. }), "{err}");
    assert!(
        err.to_string().starts_with("no sentence 6 in paragraph 10"),
        "{err}"
    );
}

#[test]
fn citations_of_parts_or_of_other_documents_are_errors_that_say_so() {
    for partial in [
        "para. 10(b)",
        "para. 10 (b)",
        "para. 10, sentences 2-3",
        "para. 10, line 4",
        "sentences 2 and 3 of para. 10",
        "the last sentence of para. 10",
        "sentence 2 of paras. 6-7",
        "sentence 2 of fn. 1",
    ] {
        let err = partial.parse::<Citation>().unwrap_err();
        assert!(
            matches!(err, Error::PartialCitation { .. }),
            "{partial}: {err}"
        );
        assert_eq!(err.given(), partial);
        assert!(
            err.to_string()
                .starts_with(&format!("citation {partial:?} could not be read whole")),
            "{err}"
        );
    }
    for other in [
        "para. 4 of the Incheon Declaration",
        "the Incheon Declaration, para. 4",
        "ASEMME7, para. 3",
        "the Bologna Declaration's paragraph 3",
    ] {
        let err = other.parse::<Citation>().unwrap_err();
        assert!(matches!(err, Error::OtherDocument { .. }), "{other}: {err}");
        assert_eq!(err.given(), other);
        assert!(err.to_string().contains(&format!("{other:?}")), "{err}");
    }
}

#[test]
fn numbers_in_citations_are_reported_as_typed() {
    let digits = "9".repeat(40);
    for (written, message) in [
        (
            format!("para. {digits}"),
            format!("no paragraph {digits} (in "),
        ),
        (
            format!("paras. 6-{digits}"),
            format!("no paragraph {digits} (in "),
        ),
        (
            format!("para. 10, sentence {digits}"),
            format!("no sentence {digits} in paragraph 10 (in "),
        ),
        (
            format!("sentence {digits} of para. 10"),
            format!("no sentence {digits} in paragraph 10 (in "),
        ),
        ("para. 0017".to_owned(), "no paragraph 0017 (in ".to_owned()),
    ] {
        let err = written.parse::<Citation>().unwrap_err();
        assert!(err.to_string().starts_with(&message), "{err}");
        assert_eq!(err.given(), written);
    }
    assert_eq!("para. 010".parse::<Citation>(), Citation::paragraph(10));
}

#[test]
fn para_macro_is_the_paragraph() {
    const TEN: &Paragraph = para!(10);
    assert_eq!(TEN, declaration().paragraph(10).unwrap());
    assert_eq!(para!(1).number(), 1);
    assert_eq!(para!(16), declaration().paragraphs().last().unwrap());
}

/// The rules of "How the tags are decided", checked on every paragraph.
#[test]
fn the_tagging_rules_hold_in_every_paragraph() {
    let d = declaration();
    for p in d.paragraphs() {
        let has = |t: Theme| p.themes().any(|x| x == t);
        let names = |i: Instrument| p.instruments().any(|x| x == i);
        // The process's own machinery is its governance.
        if names(Instrument::MinisterialMeetings) || names(Instrument::EducationSecretariat) {
            assert!(has(Theme::Governance), "paragraph {}", p.number());
        }
        // Stakeholders asked to take part are engaged.
        if names(Instrument::StakeholderParticipation) {
            assert!(
                has(Theme::StakeholderEngagement),
                "paragraph {}",
                p.number()
            );
        }
        // People exchanged are mobility, not research: researchers and scholars
        // count for Research only where research itself is named.
        if has(Theme::Research) {
            let evidence = p.evidence_for(Theme::Research).unwrap().text();
            assert!(
                evidence.contains("research"),
                "paragraph {}: {evidence}",
                p.number()
            );
        }
    }
    let with = |t: Theme| -> Vec<u8> { d.paragraphs_with(t).map(Paragraph::number).collect() };
    assert_eq!(with(Theme::Research), [8, 12]);
    // Technology named as a force the ministers respond to counts, as a tool does.
    assert_eq!(with(Theme::DigitalInnovation), [4, 7, 9, 10]);
    assert_eq!(
        para!(4)
            .evidence_for(Theme::DigitalInnovation)
            .unwrap()
            .text(),
        "4th Industrial Revolution"
    );
    assert!(with(Theme::Governance).contains(&15));
    // Stakeholders include public administration (paragraph 12's list).
    assert!(
        Entity::Stakeholders
            .description()
            .contains("public administration")
    );
    assert!(
        Theme::StakeholderEngagement
            .description()
            .contains("public administration")
    );
}

#[test]
fn participial_clauses_in_the_ministers_voice_are_clauses() {
    let clause = |n: u8, text: &str| {
        *declaration()
            .paragraph(n)
            .unwrap()
            .clauses()
            .find(|c| c.text() == text)
            .unwrap_or_else(|| panic!("{text:?} in paragraph {n}"))
    };
    let encouraging = clause(12, "encouraging");
    assert_eq!(
        (encouraging.verb(), encouraging.form(), encouraging.stance()),
        (Verb::Encourage, ClauseForm::Participial, Stance::Call)
    );
    let expressing = clause(15, "expressing the willingness");
    assert_eq!(expressing.form(), ClauseForm::Participial);
    let building = clause(16, "Building on");
    assert_eq!(
        (building.verb(), building.form(), building.stance()),
        (
            Verb::BuildOn,
            ClauseForm::Participial,
            Stance::Acknowledgement
        )
    );
    let exploring = clause(3, "exploring and streamlining");
    assert_eq!(exploring.form(), ClauseForm::Participial);
    // "Given ..." and "By using ..." open on a preposition, not a participle of
    // the ministers: no clause.
    assert!(!para!(8).clauses().any(|c| c.text().starts_with("Given")));
    assert!(!para!(10).clauses().any(|c| c.text().contains("using")));
}

#[test]
fn referents_have_ids_that_round_trip() {
    let d = declaration();
    let mut seen = std::collections::BTreeSet::new();
    for m in d.mentions() {
        let id = m.referent().id();
        assert_eq!(id.parse::<Referent>(), Ok(m.referent()), "{id}");
        seen.insert(id);
    }
    assert!(seen.contains("summit:asem6") && seen.contains("meeting:asemme6"));
    assert!(seen.contains("declaration:seoul-declaration"));
    // The summit of paragraph 2 is one event, not the body of all summits.
    let summit = para!(2)
        .mentions()
        .find(|m| m.text() == "6th ASEM Summit")
        .unwrap();
    assert_eq!(
        summit.referent(),
        Referent::from(declaration().series().origin())
    );
    assert!(matches!(summit.referent(), Referent::Summit(s) if s.city() == "Helsinki"));
    for bad in ["asef", "thing:asef", "", ":"] {
        let err = bad.parse::<Referent>().unwrap_err();
        assert!(
            matches!(&err, Error::UnknownReferent { given, .. } if given == bad),
            "{err:?}"
        );
        let message = err.to_string();
        assert!(
            message.contains(&format!("{bad:?}"))
                && message.contains("entity, instrument, meeting"),
            "{message}"
        );
    }
    for bad in [
        "entity:nobody",
        "meeting:asemme7",
        "meeting:asemme",
        "summit:asem5",
        "declaration:other",
    ] {
        let err = bad.parse::<Referent>().unwrap_err();
        assert!(matches!(err, Error::UnknownName { .. }), "{bad}: {err:?}");
        assert!(err.to_string().contains(&format!("{bad:?}")), "{err}");
    }
}

#[test]
fn citations_are_found_in_running_prose() {
    let found = |text: &str| -> Vec<(std::ops::Range<usize>, Result<Citation, Error>)> {
        find_citations(text)
            .map(|c| (c.range(), c.citation()))
            .collect()
    };
    let para = |n| Citation::paragraph(n).unwrap();
    assert_eq!(found("see para. 10"), [(4..12, Ok(para(10)))]);
    let text = "paras 6–7 and fn. 1";
    let both = found(text);
    assert_eq!(both.len(), 2);
    assert_eq!(both[0].1, Ok(Citation::paragraphs(6, 7).unwrap()));
    assert_eq!(&text[both[1].0.clone()], "fn. 1");
    assert_eq!(both[1].1, Ok(Citation::footnote(1).unwrap()));
    let list: Vec<_> = found("paras. 6, 8 and 9")
        .into_iter()
        .map(|(_, c)| c.unwrap())
        .collect();
    assert_eq!(list, [para(6), para(8), para(9)]);
    let text = "as the Seoul Declaration, para. 3 says, and ASEMME6 ¶ 5 too";
    let prefixed: Vec<&str> = find_citations(text).map(|c| &text[c.range()]).collect();
    assert_eq!(prefixed, ["Seoul Declaration, para. 3", "ASEMME6 ¶ 5"]);
    let wrong = found("but para. 17 does not exist");
    assert_eq!(wrong.len(), 1);
    assert!(
        matches!(&wrong[0].1, Err(e @ Error::NoSuchParagraph { .. }) if e.given() == "para. 17")
    );
    assert!(found("we note the paranoid paragraphs of section 5").is_empty());
    // A number with a label glued to it is read in part; a group of
    // thousands is no paragraph number; a singular word introduces no list;
    // a run of footnotes is found, and is an error.
    let text = "see para. 10,000 or para 3a or para. 2.5";
    let labelled: Vec<(&str, bool)> = find_citations(text)
        .map(|c| {
            let partial = matches!(c.citation(), Err(Error::PartialCitation { .. }));
            (&text[c.range()], partial)
        })
        .collect();
    assert_eq!(labelled, [("para 3a", true), ("para. 2.5", true)]);
    assert_eq!(found("para. 5, 2018 was a year"), [(0..7, Ok(para(5)))]);
    assert!(
        matches!(&found("fn. 1-2")[..], [(_, Err(e @ Error::UnrecognisedCitation { .. }))] if e.given() == "fn. 1-2")
    );
    // Parsing and finding read one grammar: what parses is found whole, and
    // what is found whole parses.
    for written in [
        "para. 10",
        "Seoul Declaration (ASEMME6, 2017), paras. 6–7",
        "ASEMME6 fn. 1",
        "fn. 1-2",
        "para. 17",
        "paras. 6, 8",
    ] {
        let whole: Vec<_> = find_citations(written)
            .filter(|c| c.range() == (0..written.len()))
            .collect();
        match written.parse::<Citation>() {
            Err(Error::UnrecognisedCitation { .. }) if whole.is_empty() => {}
            parsed => assert_eq!(parsed, whole[0].citation(), "{written:?}"),
        }
    }
}

/// The sentence rule, applied independently of the crate: a sentence ends at
/// `.`, `?` or `!` before a space or the end, except the stops of "e.g.".
fn sentences_of(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(i + 1).map(|&(_, c)| c);
        let abbreviation = text[..at].ends_with("e.g");
        if matches!(c, '.' | '?' | '!') && matches!(next, None | Some(' ')) && !abbreviation {
            sentences.push(text[start..=at].trim_start());
            start = at + 1;
        }
    }
    if !text[start..].trim().is_empty() {
        sentences.push(text[start..].trim_start());
    }
    sentences
}

#[test]
fn sentences_follow_their_rule_and_cover_every_paragraph() {
    let d = declaration();
    let mut total = 0;
    for p in d.paragraphs() {
        let found: Vec<&str> = p
            .sentences()
            .map(asem_seoul_declaration::Sentence::text)
            .collect();
        assert_eq!(found, sentences_of(p.text()), "paragraph {}", p.number());
        assert_eq!(found.join(" "), p.text());
        for (i, s) in p.sentences().enumerate() {
            assert_eq!(usize::from(s.number()), i + 1);
            assert_eq!(&p.text()[s.range()], s.text());
            assert_eq!(s.paragraph(), p);
        }
        total += found.len();
    }
    assert!(
        para!(12)
            .sentences()
            .any(|s| s.text().contains("(e.g. ASEM Summits"))
    );
    assert!(
        para!(9)
            .sentences()
            .last()
            .unwrap()
            .text()
            .ends_with("private-economic sectors")
    );
    assert_eq!(d.sentences().count(), total);
    eprintln!("sentences: {total}");
}

#[test]
fn sentence_citations_parse_format_resolve_and_are_found() {
    let cite: Citation = "para. 10, sentence 3".parse().unwrap();
    assert_eq!(cite.short().to_string(), "para. 10, sentence 3");
    assert_eq!(cite.to_string().parse::<Citation>(), Ok(cite));
    let Cited::Sentence(s) = cite.resolve() else {
        panic!("{cite}")
    };
    assert_eq!((s.paragraph().number(), s.number()), (10, 3));
    let found: Vec<_> = find_citations("as para. 10, sentence 3 and ¶ 9 sentence 2 say").collect();
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].citation(), Citation::sentence(9, 2));
    for bad in [
        "para. 10, sentence 0",
        "para. 10, sentence 6",
        "para. 10, sentence 99999999999999999999999",
    ] {
        let err = bad.parse::<Citation>().unwrap_err();
        assert!(
            matches!(err, Error::NoSuchSentence { .. }),
            "{bad}: {err:?}"
        );
        assert!(err.to_string().contains(&format!("{bad:?}")), "{err}");
    }
    // Every sentence of every paragraph round-trips.
    for s in declaration().sentences() {
        let cite = s.citation();
        let Cited::Sentence(again) = cite.to_string().parse::<Citation>().unwrap().resolve() else {
            panic!()
        };
        assert_eq!(again, s);
    }
}

#[test]
fn citations_read_ranges_and_lists_as_written() {
    let cited = |text: &str| -> Vec<String> {
        find_citations(text)
            .map(|c| {
                c.citation()
                    .map(|c| c.short().to_string())
                    .unwrap_or_default()
            })
            .collect()
    };
    assert_eq!(cited("paras. 6 to 8"), ["paras. 6–8"]);
    assert_eq!(cited("paras 6 through 8"), ["paras. 6–8"]);
    assert_eq!(cited("paras. 6-8"), ["paras. 6–8"]);
    assert_eq!(cited("paras. 6 and 7"), ["para. 6", "para. 7"]);
    assert_eq!(
        cited("paras. 6, 7 and 9"),
        ["para. 6", "para. 7", "para. 9"]
    );
    // A "§ 3" of another document is found as another document's, and its
    // citation is an error, even where this declaration is named too.
    let owners = |text: &str| -> Vec<(String, Owner)> {
        find_citations(text)
            .map(|c| (c.text().to_owned(), c.owner()))
            .collect()
    };
    for other in [
        "see §3 of the UNESCO convention",
        "the convention's § 3",
        "Seoul Declaration § 3 of the UNESCO convention",
    ] {
        let found: Vec<_> = find_citations(other).collect();
        assert_eq!(found.len(), 1, "{other}");
        assert_eq!(found[0].owner(), Owner::Other, "{other}");
        assert!(
            matches!(found[0].citation(), Err(Error::OtherDocument { .. })),
            "{other}"
        );
    }
    assert_eq!(owners("see §3 of the UNESCO convention")[0].0, "§3");
    assert_eq!(cited("ASEMME6 ¶ 3"), ["para. 3"]);
    let named: Vec<Owner> =
        find_citations("Seoul Declaration, para. 3; para. 4 of the Seoul Declaration; para. 5")
            .map(|c| c.owner())
            .collect();
    assert_eq!(
        named,
        [Owner::Declaration, Owner::Declaration, Owner::Unnamed]
    );
    // A list belongs to the document named after its last item.
    assert_eq!(
        owners("paras. 6 and 7 of the Incheon Declaration"),
        [
            ("paras. 6".to_owned(), Owner::Other),
            ("7".to_owned(), Owner::Other)
        ]
    );
    assert_eq!(
        owners("paras. 6 and 7 of this Declaration"),
        [
            ("paras. 6".to_owned(), Owner::Declaration),
            ("7 of this Declaration".to_owned(), Owner::Declaration)
        ]
    );
}

#[test]
fn scopes_follow_their_rule() {
    let joiners = [
        "",
        ",",
        " and",
        ", and",
        " while",
        ", while",
        ", as well as",
        ", and we",
    ];
    let mut total = 0;
    for p in declaration().paragraphs() {
        let clauses: Vec<_> = p.clauses().collect();
        for (i, c) in clauses.iter().enumerate() {
            let scope = c.scope();
            assert!(!scope.text().is_empty(), "{c:?}");
            assert_eq!(&p.text()[scope.range()], scope.text());
            assert_eq!(
                p.text()[c.range().end..scope.range().start].trim(),
                "",
                "{c:?}"
            );
            assert_eq!(
                c.extent().text(),
                &p.text()[c.range().start..scope.range().end]
            );
            let sentence = c.sentence();
            assert!(
                sentence.range().start <= c.range().start
                    && scope.range().end <= sentence.range().end
            );
            let next = clauses
                .get(i + 1)
                .filter(|n| n.sentence() == sentence)
                .map_or(sentence.range().end, |n| n.range().start);
            let gap = p.text()[scope.range().end..next]
                .trim_end_matches(['.', '?', '!'])
                .trim_end();
            if c.text() == "Building on" {
                // The one participle that dangles before another subject.
                assert!(gap.starts_with(", the Seoul Declaration is"), "{gap}");
            } else {
                let gap = gap.strip_suffix(" we").unwrap_or(gap);
                assert!(
                    joiners.contains(&gap),
                    "paragraph {}: {:?} leaves {gap:?}",
                    p.number(),
                    c.text()
                );
            }
            total += 1;
        }
    }
    eprintln!("clause scopes: {total}");
}

/// The words the codebook's criteria name for each obligation (C5).
fn obligation_words(obligation: Obligation) -> &'static [&'static str] {
    match obligation {
        Obligation::Firm => &["will"],
        Obligation::Willing => &[
            "ready to",
            "willingness",
            "envision",
            "need to",
            "support for",
            "intend to",
        ],
        Obligation::Exploratory => &["explore", "discuss"],
        _ => &[],
    }
}

/// The verbs the codebook names for each force (C6).
fn force_words(force: Force) -> &'static [&'static str] {
    match force {
        Force::Urge => &["urge", "strongly encourage"],
        Force::Encourage => &["encourage"],
        Force::Invite => &["invite", "welcome"],
        _ => &[],
    }
}

#[test]
fn commitments_follow_the_codebook() {
    let d = declaration();
    let mut ids = std::collections::BTreeSet::new();
    let mut units = std::collections::BTreeSet::new();
    for p in d.paragraphs() {
        for (i, c) in p.commitments().enumerate() {
            assert_eq!(usize::from(c.id().order()), i + 1);
            assert_eq!(c.id().paragraph(), p.number());
            assert!(ids.insert(c.id()));
            assert_eq!(&p.text()[c.range()], c.text());
            // C4: its own words, after the clause's subject and verb, in its
            // sentence ("we need to" | "work toward").
            assert!(c.range().start > c.clause().range().start, "{c:?}");
            let sentence = c.sentence().range();
            let words = [
                Some(c.span()),
                c.actor_words(),
                c.object(),
                c.target(),
                c.timeframe(),
                c.delegated_to(),
            ];
            for part in words
                .into_iter()
                .flatten()
                .chain(c.hedges())
                .chain(c.intensifiers())
            {
                assert!(
                    sentence.start <= part.range().start && part.range().end <= sentence.end,
                    "{c:?}"
                );
                assert_eq!(&p.text()[part.range()], part.text());
            }
            // The unit rule: no two commitments share actor, action, object
            // and target.
            let unit = (
                c.actor(),
                c.text(),
                c.object().map(|o| o.text()),
                c.target().map(|t| t.text()),
            );
            assert!(units.insert(unit), "{c:?} repeats another's unit");
            // Every commitment addresses a theme.
            assert!(c.themes().next().is_some(), "{c:?} has no theme");
            let words = &p.text()[c.clause().range().start..c.range().end];
            if c.kind() == CommitmentKind::Pledge {
                // A pledge: the ministers, from a clause of theirs, graded by
                // obligation (C5), the grade's words in its verb phrase.
                assert_eq!(c.actor(), Referent::Ministers);
                assert_eq!(c.clause().stance(), Stance::Pledge, "{c:?}");
                assert!(c.force().is_none() && c.actor_words().is_none());
                let Grade::Obligation(obligation) = c.stated_grade() else {
                    panic!("{c:?}: a pledge states an obligation")
                };
                assert!(
                    obligation_words(obligation)
                        .iter()
                        .any(|w| words.contains(w)),
                    "{c:?}: no word of {obligation:?} in {words:?}"
                );
            } else {
                // A request: a party the clause addresses, named by its own
                // words, graded by force (C6), the verb's words in the clause.
                assert_eq!(c.clause().stance(), Stance::Call, "{c:?}");
                let Referent::Entity(party) = c.actor() else {
                    panic!("{c:?}")
                };
                assert!(c.clause().addressees().contains(&party), "{c:?}");
                let named = c.actor_words().unwrap().text();
                assert!(
                    c.actor().names().iter().any(|n| named.contains(n)),
                    "{c:?}: {named:?}"
                );
                assert!(c.obligation().is_none());
                let Grade::Force(force) = c.stated_grade() else {
                    panic!("{c:?}: a request states a force")
                };
                let verb = c.clause().text().to_lowercase();
                assert!(
                    force_words(force).iter().any(|w| verb.contains(w)),
                    "{c:?}: {verb:?}"
                );
                // A request charges the party it asks: delegation.
                assert!(c.delegation().is_some(), "{c:?}");
                assert_eq!(c.delegated_to(), c.actor_words(), "{c:?}");
                // The G7 Research Group counts the members' own pledges only.
                assert!(c.g7_commitment().is_none(), "{c:?}");
            }
            // A timeframe that dates it makes it measurable.
            assert!(c.timeframe().is_none() || c.measurable(), "{c:?}");
            // The Group counts no unit whose object and target are general.
            if !c.object_specific() && !c.measurable() {
                assert!(c.g7_commitment().is_none(), "{c:?}");
            }
            // C9: a commitment whose words refer back gives the words referred to.
            let refers = p.anaphors().any(|a| {
                c.span().range().contains(&a.range().start)
                    || c.target()
                        .is_some_and(|t| t.range().contains(&a.range().start))
            });
            assert_eq!(c.antecedent().is_some(), refers, "{c:?}");
        }
    }
    // C2: a clause gives commitments, or is excluded by one rule; never both.
    for clause in d.clauses() {
        let gives = d.commitments().any(|c| c.clause() == clause);
        assert_eq!(gives, clause.exclusion().is_none(), "{clause:?}");
    }
}

#[test]
fn the_hard_cases_are_decided_as_the_codebook_says() {
    let d = declaration();
    // The hard cases, as decided.
    let in_paragraph = |n: u8| p_commitments(n).len();
    assert_eq!(in_paragraph(4), 0, "paragraph 4 states a view");
    assert_eq!(in_paragraph(5), 0, "adopting is a present act");
    assert_eq!(
        in_paragraph(8),
        2,
        "welcoming contacts to be established asks the institutions"
    );
    assert_eq!(in_paragraph(14), 0, "a need acknowledged");
    assert_eq!(
        d.commitments()
            .filter(|c| c.clause().text() == "expressing the willingness")
            .count(),
        4
    );
    let mut per_grade = BTreeMap::new();
    for c in d.commitments() {
        *per_grade
            .entry((c.kind(), c.obligation(), c.force()))
            .or_insert(0) += 1;
    }
    eprintln!("commitments by grade: {per_grade:?}");
}

fn p_commitments(n: u8) -> Vec<&'static asem_seoul_declaration::Commitment> {
    declaration().paragraph(n).unwrap().commitments().collect()
}

#[test]
fn linked_ids_name_one_thing_everywhere() {
    let d = declaration();
    let moocs = [
        Referent::from(Concept::Moocs),
        Referent::from(Instrument::Moocs),
        Referent::from(Acronym::Moocs),
    ];
    let texts = |r: Referent| -> Vec<&str> {
        d.mentions_of(r)
            .map(asem_seoul_declaration::Mention::text)
            .collect()
    };
    for r in moocs {
        assert_eq!(
            texts(r),
            ["Massive Open Online Courses", "MOOCs"],
            "{}",
            r.id()
        );
    }
    assert_eq!(
        texts(Referent::from(Instrument::EducationSecretariat)),
        texts(Referent::from(Entity::AsemEducationSecretariat))
    );
    assert_eq!(
        texts(Referent::from(Theme::LifelongLearning)),
        ["lifelong learning"]
    );
    // Links run both ways, and an id with nothing linked behaves as before.
    let mut all: Vec<Referent> = Vec::new();
    all.extend(Entity::ALL.iter().copied().map(Referent::from));
    all.extend(Instrument::ALL.iter().copied().map(Referent::from));
    all.extend(Concept::ALL.iter().copied().map(Referent::from));
    all.extend(Theme::ALL.iter().copied().map(Referent::from));
    all.extend(Acronym::ALL.iter().copied().map(Referent::from));
    all.push(Referent::from(d.meeting()));
    for r in &all {
        for other in r.same_as() {
            assert!(
                other.same_as().any(|back| back == *r),
                "{} -> {}",
                r.id(),
                other.id()
            );
            assert_ne!(other, *r);
        }
        if r.same_as().next().is_none() {
            let own: Vec<_> = d.mentions().filter(|m| m.referent() == *r).collect();
            assert_eq!(d.mentions_of(*r).collect::<Vec<_>>(), own, "{}", r.id());
        }
    }
    // Every acronym is linked to what it abbreviates, but ASEAN, whose
    // Association the text does not name.
    for a in Acronym::ALL.iter().copied() {
        assert_eq!(
            Referent::from(a).same_as().next().is_none(),
            a == Acronym::Asean,
            "{a}"
        );
    }
    assert_eq!(
        d.commitments_by(Instrument::EducationSecretariat).count(),
        3
    );
}

#[test]
fn a_sentence_part_belongs_to_one_paragraph_only() {
    // "sentence N" narrows the citation of one paragraph; after a footnote
    // or a range of paragraphs it is not read as a sentence of the first,
    // nor dropped: the citation is found whole and reported as partial.
    let found: Vec<(String, bool)> =
        find_citations("see fn. 1, sentence 2, and paras. 6-7, sentence 2")
            .map(|c| {
                let partial = matches!(c.citation(), Err(Error::PartialCitation { .. }));
                (c.text().to_owned(), partial)
            })
            .collect();
    assert_eq!(
        found,
        [
            ("fn. 1, sentence 2".to_owned(), true),
            ("paras. 6-7, sentence 2".to_owned(), true)
        ]
    );
    let one: Vec<String> = find_citations("para. 6, sentence 2")
        .map(|c| c.citation().unwrap().short().to_string())
        .collect();
    assert_eq!(one, ["para. 6, sentence 2"]);
}

#[test]
fn what_a_citation_cites_displays_as_the_text() {
    let d = declaration();
    let cite: Citation = "paras. 6-7".parse().unwrap();
    assert_eq!(
        cite.resolve().to_string(),
        format!("{}\n{}", d.paragraph(6).unwrap(), d.paragraph(7).unwrap())
    );
    let one: Citation = "para. 6".parse().unwrap();
    assert_eq!(
        one.resolve().to_string(),
        d.paragraph(6).unwrap().to_string()
    );
    let sentence: Citation = "para. 10, sentence 3".parse().unwrap();
    assert_eq!(
        sentence.resolve().to_string(),
        d.paragraph(10).unwrap().sentence(3).unwrap().text()
    );
    let note: Citation = "fn. 1".parse().unwrap();
    assert_eq!(note.resolve().to_string(), d.footnotes()[0].to_string());
}

#[test]
fn a_citation_starts_where_the_declaration_is_named_as_a_whole_word() {
    let texts = |text: &str| -> Vec<(String, Owner)> {
        find_citations(text)
            .map(|c| (c.text().to_owned(), c.owner()))
            .collect()
    };
    let lead = "As the ministers agreed at their meeting in Seoul, and as recorded in the ";
    assert!(lead.len() > 64);
    assert_eq!(
        texts(&format!(
            "{lead}Seoul Declaration (ASEMME6, 2017), para. 6, mobility counts."
        )),
        [(
            "Seoul Declaration (ASEMME6, 2017), para. 6".to_owned(),
            Owner::Declaration
        )]
    );
    // A name that is part of a longer word is not the declaration's, but
    // another document's.
    assert_eq!(
        texts(&format!("{lead}xSeoul Declaration, para. 6")),
        [("para. 6".to_owned(), Owner::Other)]
    );
    assert_eq!(
        texts("XASEMME6 para. 6"),
        [("para. 6".to_owned(), Owner::Other)]
    );
    assert_eq!(
        texts("ASEMME6 para. 6"),
        [("ASEMME6 para. 6".to_owned(), Owner::Declaration)]
    );
    // The reach back may fall inside a character of several bytes.
    let accents = "é".repeat(40);
    assert_eq!(
        texts(&format!("{accents} para. 6")),
        [("para. 6".to_owned(), Owner::Unnamed)]
    );
    assert_eq!(
        texts(&format!("{accents} Seoul Declaration, para. 6")),
        [("Seoul Declaration, para. 6".to_owned(), Owner::Declaration)]
    );
    // A possessive names the document: the declaration's, or another's.
    assert_eq!(
        texts("the Seoul Declaration's § 3"),
        [("Seoul Declaration's § 3".to_owned(), Owner::Declaration)]
    );
    assert_eq!(
        texts("the Bologna Declaration's paragraph 3"),
        [("paragraph 3".to_owned(), Owner::Other)]
    );
    assert_eq!(
        texts("the convention's § 3"),
        [("§ 3".to_owned(), Owner::Other)]
    );
    // A contraction is no possessive.
    assert_eq!(
        texts("it's para. 3"),
        [("para. 3".to_owned(), Owner::Unnamed)]
    );
}

#[test]
fn every_commitment_is_found_by_its_id() {
    let d = declaration();
    for c in d.commitments() {
        assert!(std::ptr::eq(d.commitment(c.id()).unwrap(), c), "{}", c.id());
        let parsed: asem_seoul_declaration::CommitmentId = c.id().to_string().parse().unwrap();
        assert!(std::ptr::eq(d.commitment(parsed).unwrap(), c));
    }
}

/// Every tag's evidence, generated from `data/tags.tsv`, is its paragraph's
/// words at its place, their first occurrence there, and the paragraph's
/// tags stand as the table's rows give them: themes, then instruments, then
/// priority areas, each tag once.
#[test]
fn every_tag_stands_on_the_first_occurrence_of_its_words_as_the_table_says() {
    let table =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/tags.tsv")).unwrap();
    let mut rows: Vec<(u8, String, String)> = table
        .lines()
        .skip(1)
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            (f[0].parse().unwrap(), f[1].to_owned(), f[2].to_owned())
        })
        .collect();
    let kind = |id: &str| {
        ["theme:", "instrument:", "priority:"]
            .iter()
            .position(|k| id.starts_with(k))
    };
    rows.sort_by_key(|(n, id, _)| (*n, kind(id)));
    let mut made = Vec::new();
    for p in declaration().paragraphs() {
        let mut seen = std::collections::BTreeSet::new();
        for e in p.evidence() {
            assert_eq!(&p.text()[e.range()], e.text());
            assert_eq!(p.text().find(e.text()), Some(e.range().start), "{e:?}");
            assert!(seen.insert(e.tag()), "{e:?} twice");
            made.push((p.number(), e.tag().id().to_owned(), e.text().to_owned()));
        }
    }
    // The first row that differs, not the whole of both lists.
    let differs = made.iter().zip(&rows).position(|(m, r)| m != r);
    assert!(
        made.len() == rows.len() && differs.is_none(),
        "data/tags.tsv and the crate's tags differ (run `cargo xtask codegen` after editing the table): {}",
        match differs {
            Some(i) => format!(
                "the table has {:?} where the crate has {:?}",
                rows[i], made[i]
            ),
            None => format!(
                "the table has {} rows, the crate {}",
                rows.len(),
                made.len()
            ),
        }
    );
}
