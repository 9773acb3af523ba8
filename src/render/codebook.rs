//! The codebook, written as Markdown from the crate's own rules and
//! vocabularies, with the counts per category taken from the data.

use std::fmt::{self, Write};

use crate::model::codebook::{Example, Rule};
use crate::model::span::Spanned;
use crate::model::vocabulary::Vocabulary;
use crate::model::vocabulary::sealed::Sealed;
use crate::{
    CommitmentKind, Declaration, Exclusion, Force, Instrument, Obligation, Paragraph, Precision,
    Priority, Stance, Tag, Theme,
};

/// The codebook of `d` as Markdown; see `codebook::to_markdown`.
pub(crate) fn to_markdown(d: &Declaration) -> String {
    super::to_string(|out| write_codebook(out, d))
}

fn write_codebook(out: &mut String, d: &Declaration) -> fmt::Result {
    let pledges = d
        .commitments()
        .filter(|c| c.kind() == CommitmentKind::Pledge)
        .count();
    writeln!(out, "# Codebook\n")?;
    writeln!(
        out,
        "How the editorial layer of the {} ({}, {}) is decided: the themes, instruments and priority areas each paragraph is tagged with, the clauses of the ministers and their stances, and the {} commitments ({pledges} pledges, {} requests) in {} clauses, with their obligation or force and their precision. Every rule applies to all {} paragraphs alike, and every tag, clause and commitment carries the words that show it, so that a reader can check and dispute each. The crate's tests check the rules a program can check.\n",
        d.title(),
        d.meeting().acronym(),
        d.meeting().year(),
        d.commitments().count(),
        d.commitments().count() - pledges,
        commitment_clauses(d),
        d.paragraphs().len()
    )?;
    writeln!(
        out,
        "This file is written by the crate (`codebook::to_markdown`, `cargo run --example editions`) from its rules and data; the crate's documentation of its `codebook` module is the same text.\n"
    )?;
    write_units(out, d)?;
    write_tags(out, d)?;
    write_stances(out, d)?;
    write_commitments(out, d)?;
    writeln!(out, "## Hard cases\n")?;
    for case in d.publication.codebook.hard_cases {
        writeln!(
            out,
            "- {}: **{}** {}",
            quote(case.words),
            case.decision,
            case.reason
        )?;
    }
    write_reliability(out, d)
}

/// How many clauses give one or more commitments.
fn commitment_clauses(d: &Declaration) -> usize {
    d.clauses().filter(|c| c.exclusion().is_none()).count()
}

/// The blind readings' agreement, field by field.
fn write_reliability(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "\n## Reliability\n")?;
    writeln!(out, "{}\n", d.publication.codebook.reliability_method)?;
    // The figures as the script wrote them, a TSV row a table row; a column
    // mostly of numbers (or lists of them, "30, 28") is aligned right.
    let rows: Vec<Vec<&str>> = d
        .publication
        .agreement
        .lines()
        .map(|line| line.split('\t').collect())
        .collect();
    if let Some((header, body)) = rows.split_first() {
        writeln!(out, "| {} |", header.join(" | "))?;
        let number = |v: &str| v.split(", ").all(|n| n.parse::<f64>().is_ok());
        let numeric = |column: usize| {
            let cells = body.iter().filter_map(|row| row.get(column));
            let (numbers, others) = cells.filter(|v| !v.is_empty()).fold((0, 0), |(n, o), v| {
                if number(v) { (n + 1, o) } else { (n, o + 1) }
            });
            numbers > others
        };
        let rules: Vec<&str> = (0..header.len())
            .map(|column| if numeric(column) { "---:" } else { "---" })
            .collect();
        writeln!(out, "| {} |", rules.join(" | "))?;
        for row in body {
            writeln!(out, "| {} |", row.join(" | "))?;
        }
    }
    writeln!(out, "\n{}", d.publication.codebook.reliability_findings)
}

/// The units: sentences and clauses.
fn write_units(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "## Units\n")?;
    write_rules(out, d.publication.codebook.units)?;
    writeln!(
        out,
        "The paragraphs have {} sentences and {} clauses.\n",
        d.sentences().count(),
        d.clauses().count()
    )
}

/// The themes and instruments, with the rules for tags.
fn write_tags(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "## Themes\n")?;
    writeln!(
        out,
        "| theme | id | definition | paragraphs | commitments | example |"
    )?;
    writeln!(out, "| --- | --- | --- | ---: | ---: | --- |")?;
    for theme in Theme::ALL.iter().copied() {
        let tagged: Vec<&Paragraph> = d.paragraphs_with(theme).collect();
        writeln!(
            out,
            "| {} | `{}` | {} | {} | {} | {} |",
            theme.name(),
            theme.id(),
            theme.description(),
            tagged.len(),
            d.commitments_on(theme).count(),
            first_evidence(&tagged, theme.into())
        )?;
    }
    writeln!(out, "\n## Instruments\n")?;
    writeln!(
        out,
        "| instrument | id | definition | paragraphs | example |"
    )?;
    writeln!(out, "| --- | --- | --- | ---: | --- |")?;
    for instrument in Instrument::ALL.iter().copied() {
        let tagged: Vec<&Paragraph> = d.paragraphs_with(instrument).collect();
        writeln!(
            out,
            "| {} | `{}` | {} | {} | {} |",
            instrument.name(),
            instrument.id(),
            instrument.description(),
            tagged.len(),
            first_evidence(&tagged, instrument.into())
        )?;
    }
    writeln!(out, "\n## Rules for tags\n")?;
    write_rules(out, d.publication.codebook.tag_rules)
}

/// The stances of clauses.
fn write_stances(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "## Stances\n")?;
    write_rules(
        out,
        std::slice::from_ref(d.publication.codebook.stance_rule),
    )?;
    writeln!(out, "| stance | id | definition | clauses | example |")?;
    writeln!(out, "| --- | --- | --- | ---: | --- |")?;
    for stance in Stance::ALL.iter().copied().rev() {
        let clauses: Vec<_> = d.clauses().filter(|c| c.stance() == stance).collect();
        let first = clauses.first().map_or(String::new(), |c| {
            format!("“{}” (para. {})", c.text(), c.paragraph().number())
        });
        writeln!(
            out,
            "| {} | `{}` | {} | {} | {first} |",
            stance.name(),
            stance.id(),
            stance.description(),
            clauses.len()
        )?;
    }
    Ok(())
}

/// The definition of a commitment, its rules, the exclusions, and the counts
/// by kind, obligation, force, precision, actor and priority area.
fn write_commitments(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "\n## Commitments\n")?;
    let codebook = d.publication.codebook;
    writeln!(
        out,
        "A **commitment** is “{}” ({}). Here the Summit members are the ministers who adopted the declaration, and the welfare target is what their action is to achieve. A **request** is the ministers asking a named party to act; it is recorded beside the commitments, with that party as its actor.\n",
        codebook.definition, codebook.definition_source
    )?;
    writeln!(out, "{}\n", d.publication.codebook.definition_in_practice)?;
    write_rules(out, d.publication.codebook.commitment_rules)?;
    writeln!(
        out,
        "In both units: {} commitments in {} clauses; {} clauses of the ministers give none.\n",
        d.commitments().count(),
        commitment_clauses(d),
        d.clauses().filter(|c| c.exclusion().is_some()).count()
    )?;
    writeln!(out, "| kind | id | definition | commitments | clauses |")?;
    writeln!(out, "| --- | --- | --- | ---: | ---: |")?;
    for kind in CommitmentKind::ALL.iter().copied() {
        let mut clauses: Vec<_> = d
            .commitments()
            .filter(|c| c.kind() == kind)
            .map(|c| c.clause().span())
            .collect();
        clauses.dedup();
        writeln!(
            out,
            "| {} | `{}` | {} | {} | {} |",
            kind.name(),
            kind.id(),
            kind.description(),
            d.commitments().filter(|c| c.kind() == kind).count(),
            clauses.len()
        )?;
    }
    write_obligations(out, d)?;
    writeln!(out, "\n| force | id | definition | requests |")?;
    writeln!(out, "| --- | --- | --- | ---: |")?;
    for force in Force::ALL.iter().copied().rev() {
        writeln!(
            out,
            "| {} | `{}` | {} | {} |",
            force.name(),
            force.id(),
            force.description(),
            d.commitments().filter(|c| c.force() == Some(force)).count()
        )?;
    }
    writeln!(
        out,
        "\n| precision | id | definition | pledges | requests |"
    )?;
    writeln!(out, "| --- | --- | --- | ---: | ---: |")?;
    for precision in Precision::ALL.iter().copied().rev() {
        let of = |kind| {
            d.commitments()
                .filter(|c| c.precision() == precision && c.kind() == kind)
                .count()
        };
        writeln!(
            out,
            "| {} | `{}` | {} | {} | {} |",
            precision.name(),
            precision.id(),
            precision.description(),
            of(CommitmentKind::Pledge),
            of(CommitmentKind::Request)
        )?;
    }
    writeln!(out, "\n| actor | commitments |")?;
    writeln!(out, "| --- | ---: |")?;
    let mut actors: Vec<_> = d.commitments().map(crate::Commitment::actor).collect();
    actors.sort();
    actors.dedup();
    for actor in actors {
        writeln!(
            out,
            "| {} (`{}`) | {} |",
            actor.name(),
            actor.id(),
            d.commitments().filter(|c| c.actor() == actor).count()
        )?;
    }
    let timed = d.commitments().filter(|c| c.timeframe().is_some()).count();
    let targeted = d.commitments().filter(|c| c.target().is_some()).count();
    let referring = d.commitments().filter(|c| c.antecedent().is_some()).count();
    writeln!(
        out,
        "\n{targeted} commitments name a target apart from the action, {timed} a timeframe, and {referring} refer back to words elsewhere.\n"
    )?;
    write_priorities(out, d)?;
    write_exclusions(out, d)?;
    write_references(out, d)
}

/// The obligations, and every verb phrase of every pledge with its grade.
fn write_obligations(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "\n| obligation | id | definition | pledges |")?;
    writeln!(out, "| --- | --- | --- | ---: |")?;
    for obligation in Obligation::ALL.iter().copied().rev() {
        writeln!(
            out,
            "| {} | `{}` | {} | {} |",
            obligation.name(),
            obligation.id(),
            obligation.description(),
            d.commitments()
                .filter(|c| c.obligation() == Some(obligation))
                .count()
        )?;
    }
    writeln!(
        out,
        "\nEvery verb phrase of every pledge, with its grade:\n"
    )?;
    writeln!(out, "| verb phrase | paragraph | obligation | pledges |")?;
    writeln!(out, "| --- | ---: | --- | ---: |")?;
    let mut phrases: Vec<(usize, &'static str, u8, Obligation)> = Vec::new();
    for c in d.commitments() {
        if let Some(obligation) = c.obligation() {
            let clause = c.clause();
            let phrase = &clause.paragraph().text()[clause.range().start..c.range().start];
            let key = (
                clause.range().start,
                phrase.trim_end(),
                c.paragraph().number(),
                obligation,
            );
            if phrases
                .last()
                .is_some_and(|last| last.1 == key.1 && last.2 == key.2)
            {
                continue;
            }
            phrases.push(key);
        }
    }
    for (_, phrase, paragraph, obligation) in &phrases {
        let count = d
            .commitments()
            .filter(|c| {
                c.paragraph().number() == *paragraph
                    && c.obligation() == Some(*obligation)
                    && c.clause().paragraph().text()[c.clause().range().start..c.range().start]
                        .trim_end()
                        == *phrase
            })
            .count();
        writeln!(
            out,
            "| “{phrase}” | {paragraph} | {} | {count} |",
            obligation.name()
        )?;
    }
    Ok(())
}

/// The four priority areas, with their counts.
fn write_priorities(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "## Priority areas\n")?;
    writeln!(
        out,
        "The ASEM Education Process reports on itself by four priority areas, agreed at the 3rd ASEM Education Ministers' Meeting (ASEMME3, Copenhagen, 2011). Each paragraph and each commitment is mapped to zero or more, each with the words that show it (rule Evidence, C8).\n"
    )?;
    writeln!(
        out,
        "| priority area | id | definition | paragraphs | commitments | firm pledges | example |"
    )?;
    writeln!(out, "| --- | --- | --- | ---: | ---: | ---: | --- |")?;
    for priority in Priority::ALL.iter().copied() {
        let tagged: Vec<&Paragraph> = d.paragraphs_with(priority).collect();
        let on = || d.commitments().filter(move |c| c.concerns(priority));
        writeln!(
            out,
            "| {} | `{}` | {} | {} | {} | {} | {} |",
            priority.name(),
            priority.id(),
            priority.description(),
            tagged.len(),
            on().count(),
            on().filter(|c| c.obligation() == Some(Obligation::Firm))
                .count(),
            first_evidence(&tagged, priority.into())
        )?;
    }
    let none = d
        .commitments()
        .filter(|c| c.priorities().next().is_none())
        .count();
    writeln!(out, "\n{none} commitments concern no priority area.\n")
}

/// The exclusion rules, with the clauses each excludes.
fn write_exclusions(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "## Exclusions\n")?;
    writeln!(out, "| rule | id | definition | clauses | example |")?;
    writeln!(out, "| --- | --- | --- | ---: | --- |")?;
    for (i, rule) in Exclusion::ALL.iter().copied().enumerate() {
        let excluded: Vec<_> = d
            .candidates()
            .filter(|c| c.exclusion() == Some(rule))
            .collect();
        let first = excluded.first().map_or(String::new(), |c| {
            format!("“{}” (para. {})", c.text(), c.paragraph().number())
        });
        writeln!(
            out,
            "| X{} {} | `{}` | {} | {} | {first} |",
            i + 1,
            rule.name(),
            rule.id(),
            rule.description(),
            excluded.len()
        )?;
    }
    out.push('\n');
    Ok(())
}

/// Every anaphor, with the words it refers to.
fn write_references(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "## References\n")?;
    writeln!(out, "| words | kind | paragraph | refer to | in |")?;
    writeln!(out, "| --- | --- | ---: | --- | --- |")?;
    for p in d.paragraphs() {
        for a in p.anaphors() {
            let place = match a.antecedent().words() {
                Some(words) => format!("paragraph {}", words.paragraph().number()),
                None => "a heading".to_owned(),
            };
            writeln!(
                out,
                "| “{}” | {} | {} | “{}” | {place} |",
                a.text(),
                a.kind().name(),
                p.number(),
                a.antecedent().text(),
            )?;
        }
    }
    out.push('\n');
    Ok(())
}

/// Each rule as a list item, its examples quoted after it.
fn write_rules(out: &mut String, rules: &[Rule]) -> fmt::Result {
    for rule in rules {
        write!(out, "- **{}.** {}", rule.name, rule.says)?;
        for (i, example) in rule.examples.iter().enumerate() {
            let lead = if i == 0 { " For example: " } else { "; " };
            write!(out, "{lead}{}", quote(*example))?;
        }
        if !rule.examples.is_empty() {
            out.push('.');
        }
        out.push('\n');
    }
    out.push('\n');
    Ok(())
}

/// “words” (para. N).
fn quote(example: Example) -> String {
    format!("“{}” (para. {})", example.words, example.paragraph)
}

/// The evidence of `tag` in the first of `tagged`, quoted.
fn first_evidence(tagged: &[&Paragraph], tag: Tag) -> String {
    tagged
        .first()
        .and_then(|p| p.evidence_for(tag))
        .map_or(String::new(), |e| {
            format!("“{}” (para. {})", e.text(), e.paragraph().number())
        })
}
