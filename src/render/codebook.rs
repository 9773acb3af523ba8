//! The codebook, written as Markdown from the crate's own rules and
//! vocabularies, with the counts per category taken from the data.

use std::fmt::{self, Write};

use crate::facts::codebook::{
    COMMITMENT_RULES, DEFINITION, DEFINITION_SOURCE, Example, HARD_CASES, Rule, SECOND_READING,
    STANCE_RULE, TAG_RULES, UNITS,
};
use crate::model::span::Spanned;
use crate::model::vocabulary::Vocabulary;
use crate::model::vocabulary::sealed::Sealed;
use crate::{
    CommitmentKind, Declaration, Instrument, Paragraph, Stance, Strength, Tag, Theme, declaration,
};

/// The codebook as Markdown, `editions/codebook.md`: the definitions of every
/// theme, instrument, stance, kind and strength of commitment, and of the
/// commitment itself; every rule with examples in the declaration's own
/// words; every hard case with its decision and reason; and the counts per
/// category. The crate's [`codebook`](crate::codebook) documentation is the
/// same text.
///
/// ```
/// let codebook = asem_seoul_declaration::codebook::to_markdown();
/// assert!(codebook.starts_with("# Codebook"));
/// assert!(codebook.contains("## Hard cases"));
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "markdown")))]
#[must_use]
pub fn to_markdown() -> String {
    super::to_string(|out| write_codebook(out, declaration()))
}

fn write_codebook(out: &mut String, d: &Declaration) -> fmt::Result {
    let pledges = d
        .commitments()
        .filter(|c| c.kind() == CommitmentKind::Pledge)
        .count();
    writeln!(out, "# Codebook\n")?;
    writeln!(
        out,
        "How the editorial layer of the {} ({}, {}) is decided: the themes and instruments each paragraph is tagged with, the clauses of the ministers and their stances, and the {} commitments ({pledges} pledges, {} requests) with their strengths. Every rule applies to all 16 paragraphs alike, and every tag, clause and commitment carries the words that show it, so that a reader can check and dispute each. The crate's tests check the rules a program can check.\n",
        d.title(),
        d.meeting().acronym(),
        d.meeting().year(),
        d.commitments().count(),
        d.commitments().count() - pledges
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
    for case in HARD_CASES {
        writeln!(
            out,
            "- {}: **{}** {}",
            quote(case.words),
            case.decision,
            case.reason
        )?;
    }
    writeln!(out, "\n## A second reading\n")?;
    writeln!(out, "{SECOND_READING}")
}

/// The units: sentences and clauses.
fn write_units(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "## Units\n")?;
    write_rules(out, UNITS)?;
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
    write_rules(out, TAG_RULES)
}

/// The stances of clauses.
fn write_stances(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "## Stances\n")?;
    write_rules(out, std::slice::from_ref(&STANCE_RULE))?;
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

/// The definition of a commitment, its rules, and the counts by kind,
/// strength and actor.
fn write_commitments(out: &mut String, d: &Declaration) -> fmt::Result {
    writeln!(out, "\n## Commitments\n")?;
    writeln!(
        out,
        "A **commitment** is “{DEFINITION}” ({DEFINITION_SOURCE}). Here the Summit members are the ministers who adopted the declaration, and the welfare target is what their action is to achieve. A **request** is the ministers asking a named party to act; it is recorded beside the commitments, with that party as its actor.\n"
    )?;
    write_rules(out, COMMITMENT_RULES)?;
    writeln!(out, "| kind | id | definition | count |")?;
    writeln!(out, "| --- | --- | --- | ---: |")?;
    for kind in CommitmentKind::ALL.iter().copied() {
        writeln!(
            out,
            "| {} | `{}` | {} | {} |",
            kind.name(),
            kind.id(),
            kind.description(),
            d.commitments().filter(|c| c.kind() == kind).count()
        )?;
    }
    writeln!(
        out,
        "\n| strength | id | definition | pledges | requests | example |"
    )?;
    writeln!(out, "| --- | --- | --- | ---: | ---: | --- |")?;
    for strength in Strength::ALL.iter().copied().rev() {
        let of = |kind| {
            d.commitments()
                .filter(|c| c.strength() == strength && c.kind() == kind)
                .count()
        };
        let first = d
            .commitments()
            .find(|c| c.strength() == strength)
            .map_or(String::new(), |c| format!("“{}” (`{}`)", c.text(), c.id()));
        writeln!(
            out,
            "| {} | `{}` | {} | {} | {} | {first} |",
            strength.name(),
            strength.id(),
            strength.description(),
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
    writeln!(
        out,
        "\n{targeted} commitments name a target apart from the action and {timed} a timeframe.\n"
    )
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
