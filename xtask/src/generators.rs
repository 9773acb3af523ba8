//! One writer per generated file of `src/facts/paragraphs/`, each from its
//! tables.

use std::fmt::Write as _;

use crate::document::Series;
use crate::table::{Row, Table, paragraph_texts, referent, variant, vocabulary};
use crate::write::{header, imports, in_order, per_paragraph, run};

/// `src/facts/paragraphs/mentions.rs`: every name in each paragraph, with
/// what it refers to, from `data/mentions.tsv`. Each row's words are found
/// after the words of the row before in the same paragraph; words that name
/// several things (a range of meetings) have several referents, separated by
/// spaces, and give a mention of each.
pub(crate) fn mentions(texts: &[String], table: &Table, series: &Series) -> Result<String, String> {
    let mut by_paragraph: Vec<Vec<(usize, &str, String)>> = vec![Vec::new(); texts.len()];
    let places = in_paragraph_order(texts, table, "mention")?;
    for (row, (n, start)) in table.rows.iter().zip(places) {
        let words = row.fields[1].as_str();
        let ids: Vec<&str> = row.fields[2].split(' ').collect();
        for id in ids {
            let expression = referent(id, series).ok_or_else(|| {
                table.error(
                    row,
                    &format!(
                        "referent {id:?}; a referent is an id such as `entity:…`, `place:…`, `concept:…`, `instrument:…`, a meeting or summit of `meetings.tsv`, `ministers:asemme6` or `declaration:seoul-declaration`, several separated by one space"
                    ),
                )
            })?;
            by_paragraph[n - 1].push((start, words, expression));
        }
    }
    let mut out = header(&table.path);
    out.push_str(
        "//! Every name in each paragraph, with what it refers to.\n\n\
         use super::PARAGRAPHS;\n\
         use super::texts::TEXTS;\n\
         use super::{MEETINGS, SUMMIT};\n\
         use crate::model::records::{Mention, Span};\n\
         use crate::model::referent::{Concept, Entity, Place, Referent};\n\
         use crate::model::run::Run;\n\
         use crate::model::tag::Instrument;\n\n",
    );
    let records: Vec<Vec<String>> = by_paragraph
        .iter()
        .enumerate()
        .map(|(i, list)| {
            list.iter()
                .map(|(start, words, expression)| {
                    format!(
                        "Mention {{ span: Span {{ paragraph: &PARAGRAPHS[{i}], run: {} }}, referent: {expression} }}",
                        run(i, *start, words)
                    )
                })
                .collect()
        })
        .collect();
    per_paragraph(
        &mut out,
        "Every name in each paragraph, in order.",
        "MENTIONS",
        "Mention",
        &records,
    );
    Ok(out)
}

/// Each paragraph's sentences from `table`: (start, words), in order,
/// covering its text.
pub(crate) fn sentence_runs<'t>(
    texts: &[String],
    table: &'t Table,
) -> Result<Vec<Vec<(usize, &'t str)>>, String> {
    let mut runs: Vec<Vec<(usize, &str)>> = vec![Vec::new(); texts.len()];
    let mut from = vec![0; texts.len()];
    for row in &table.rows {
        let n = table.paragraph(row, &row.fields[0], texts.len())?;
        let words = row.fields[1].as_str();
        let rest = &texts[n - 1][from[n - 1]..];
        let gap = rest.len() - rest.trim_start().len();
        if !rest[gap..].starts_with(words) || words.is_empty() {
            return Err(table.error(
                row,
                &format!("the sentence does not follow the one before in paragraph {n}; a paragraph's sentences are its text, in order, copied whole"),
            ));
        }
        let start = from[n - 1] + gap;
        runs[n - 1].push((start, words));
        from[n - 1] = start + words.len();
    }
    for (i, text) in texts.iter().enumerate() {
        if from[i] != text.len() {
            return Err(format!(
                "{}: the sentences of paragraph {} end at byte {} of its {}; they must cover its text",
                table.path,
                i + 1,
                from[i],
                text.len()
            ));
        }
    }
    Ok(runs)
}

/// `src/facts/paragraphs/clauses.rs`: each paragraph's sentences, from
/// `data/sentences.tsv`, and its clauses, from `data/clauses.tsv`. A
/// paragraph's sentences are listed in order and cover its text, separated
/// by spaces; each clause's verb phrase is found after the one before, its
/// scope after its verb phrase, and its sentence is the one it stands in.
pub(crate) fn clauses(
    texts: &[String],
    sentences: &Table,
    clauses: &Table,
) -> Result<String, String> {
    let runs = sentence_runs(texts, sentences)?;
    let verbs = clause_verbs(texts, clauses)?;
    let mut found: Vec<Vec<String>> = vec![Vec::new(); texts.len()];
    for row in &clauses.rows {
        let f = &row.fields;
        let n = clauses.paragraph(row, &f[0], texts.len())?;
        let text = &texts[n - 1];
        let (start, _) = verbs[n - 1][found[n - 1].len()];
        let verb_end = start + f[1].len();
        let scope = clauses
            .locate(row, &text[verb_end..], n, &f[5])
            .map(|at| at + verb_end)
            .map_err(|_| {
                clauses.error(
                    row,
                    &format!(
                        "the scope {:?} is not in paragraph {n} after its verb phrase",
                        f[5]
                    ),
                )
            })?;
        let verb = vocabulary(clauses, row, "verb", "verb", "Verb", &f[2])?;
        let form = vocabulary(clauses, row, "form", "form", "ClauseForm", &f[3])?;
        let addressees = if f[4] == "-" {
            String::new()
        } else {
            f[4].split(' ')
                .map(|id| vocabulary(clauses, row, "addressee", "entity", "Entity", id))
                .collect::<Result<Vec<_>, _>>()?
                .join(", ")
        };
        let exclusion = if f[6] == "-" {
            "None".to_owned()
        } else {
            format!(
                "Some({})",
                vocabulary(clauses, row, "exclusion", "exclusion", "Exclusion", &f[6])?
            )
        };
        let sentence = runs[n - 1]
            .iter()
            .rposition(|&(s, _)| s <= start)
            .unwrap_or(0)
            + 1;
        found[n - 1].push(format!(
            "Clause {{ span: Span {{ paragraph: &PARAGRAPHS[{p}], run: {verb_run} }}, verb: {verb}, form: {form}, addressees: &[{addressees}], scope: {scope_run}, sentence: {sentence}, exclusion: {exclusion} }}",
            p = n - 1,
            verb_run = run(n - 1, start, &f[1]),
            scope_run = run(n - 1, scope, &f[5]),
        ));
    }
    Ok(clauses_file(
        &format!("{}` and `{}", sentences.path, clauses.path),
        &runs,
        &found,
    ))
}

/// The text of `src/facts/paragraphs/clauses.rs`: the sentences (`runs`)
/// and the clauses' records (`found`).
pub(crate) fn clauses_file(
    tables: &str,
    runs: &[Vec<(usize, &str)>],
    found: &[Vec<String>],
) -> String {
    let mut out = header(tables);
    out.push_str(
        "//! Each paragraph's sentences and clauses.\n\n\
         use super::PARAGRAPHS;\n\
         use super::texts::TEXTS;\n\
         use crate::model::records::{Clause, Sentence, Span};\n\
         use crate::model::referent::Entity;\n\
         use crate::model::run::Run;\n\
         use crate::model::stance::{ClauseForm, Exclusion, Verb};\n\n",
    );
    let sentences: Vec<Vec<String>> = runs
        .iter()
        .enumerate()
        .map(|(i, list)| {
            list.iter()
                .enumerate()
                .map(|(k, (start, words))| {
                    format!(
                        "Sentence {{ span: Span {{ paragraph: &PARAGRAPHS[{i}], run: {} }}, number: {} }}",
                        run(i, *start, words),
                        k + 1
                    )
                })
                .collect()
        })
        .collect();
    per_paragraph(
        &mut out,
        "Each paragraph's sentences, in order.",
        "SENTENCES",
        "Sentence",
        &sentences,
    );
    out.push('\n');
    per_paragraph(
        &mut out,
        "Each paragraph's clauses, in order.",
        "CLAUSES",
        "Clause",
        found,
    );
    out
}

/// The rows of `data/emphasis.tsv` by the text they stand in: the
/// paragraphs' (`paragraph N`) first, then the footnotes' (`footnote N`).
pub(crate) fn italics(
    emphasis: &Table,
    count: usize,
    footnotes: usize,
) -> Result<Vec<Vec<(&Row, &str)>>, String> {
    let mut italics: Vec<Vec<(&Row, &str)>> = vec![Vec::new(); count + footnotes];
    for row in &emphasis.rows {
        let place = &row.fields[0];
        let index = if let Some(n) = place.strip_prefix("paragraph ") {
            emphasis.paragraph(row, n, count)? - 1
        } else if let Some(n) = place.strip_prefix("footnote ") {
            let n: usize = n
                .parse()
                .ok()
                .filter(|n| (1..=footnotes).contains(n))
                .ok_or_else(|| {
                    emphasis.error(
                        row,
                        &format!("{place:?}; there are footnotes 1 to {footnotes}"),
                    )
                })?;
            count + n - 1
        } else {
            return Err(emphasis.error(
                row,
                &format!("{place:?}; the text is `paragraph N` or `footnote N`"),
            ));
        };
        italics[index].push((row, row.fields[1].as_str()));
    }
    Ok(italics)
}

/// Each paragraph's footnote markers, and each footnote's paragraph and
/// text, from `data/footnotes.tsv`.
#[allow(clippy::type_complexity)] // two lists, each used once
pub(crate) fn footnote_markers<'t>(
    footnotes: &'t Table,
    texts: &[String],
) -> Result<(Vec<Vec<String>>, Vec<(usize, &'t str)>), String> {
    let count = texts.len();
    let mut notes: Vec<Vec<String>> = vec![Vec::new(); count];
    let mut footnote_records = Vec::new();
    for (i, row) in footnotes.rows.iter().enumerate() {
        let f = &row.fields;
        if f[0] != (i + 1).to_string() {
            return Err(footnotes.error(
                row,
                &format!(
                    "footnote {:?}; the footnotes are numbered in order, so this one is {}",
                    f[0],
                    i + 1
                ),
            ));
        }
        let n = footnotes.paragraph(row, &f[1], count)?;
        let at = footnotes.locate(row, &texts[n - 1], n, &f[2])?;
        notes[n - 1].push(format!(
            "FootnoteRef {{ span: Span {{ paragraph: &PARAGRAPHS[{}], run: {} }}, footnote: &FOOTNOTES[{i}] }}",
            n - 1,
            run(n - 1, at, &f[2])
        ));
        footnote_records.push((n, f[3].as_str()));
    }
    Ok((notes, footnote_records))
}

/// `src/facts/paragraphs/texts.rs`: the paragraphs' texts
/// (`data/paragraphs.tsv`) and the footnotes' (`data/footnotes.tsv`), each
/// written once, for every run of words to be a slice of one of them.
pub(crate) fn texts_file(texts: &[String], paragraphs: &Table, footnotes: &Table) -> String {
    let mut out = header(&format!("{}` and `{}", paragraphs.path, footnotes.path));
    out.push_str("//! The paragraphs' and the footnotes' texts, each written once.\n\n");
    let _ = writeln!(
        out,
        "/// Each paragraph's text.\n#[rustfmt::skip]\npub(super) const TEXTS: [&str; {}] = [",
        texts.len()
    );
    for text in texts {
        let _ = writeln!(out, "    {text:?},");
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "/// Each footnote's text.\n#[rustfmt::skip]\npub(super) const FOOTNOTE_TEXTS: [&str; {}] = [",
        footnotes.rows.len()
    );
    for row in &footnotes.rows {
        let _ = writeln!(out, "    {:?},", row.fields[3]);
    }
    out.push_str("];\n");
    out
}

/// `src/facts/paragraphs/records.rs`: the paragraphs, from
/// `data/paragraphs.tsv` (number, heading, text), each with its italics
/// (`data/emphasis.tsv`, found in order in `paragraph N` or `footnote N`)
/// and its footnote markers, and the footnotes (`data/footnotes.tsv`: the
/// paragraph a footnote's marker stands in, the words it follows, the
/// footnote's text), with the records of the other tables.
pub(crate) fn records(
    paragraphs: &Table,
    footnotes: &Table,
    emphasis: &Table,
) -> Result<String, String> {
    let texts = paragraph_texts(paragraphs)?;
    let count = texts.len();
    let (notes, footnote_records) = footnote_markers(footnotes, &texts)?;
    let italics = italics(emphasis, count, footnote_records.len())?;
    let mut body = String::new();
    let _ = writeln!(
        body,
        "/// The paragraphs, in order.\n#[rustfmt::skip]\npub(crate) static PARAGRAPHS: [Paragraph; {count}] = ["
    );
    for (i, row) in paragraphs.rows.iter().enumerate() {
        let section = vocabulary(
            paragraphs,
            row,
            "section",
            "section",
            "Section",
            &row.fields[1],
        )?;
        let runs = in_order(
            &format!("TEXTS[{i}]"),
            emphasis,
            &italics[i],
            &texts[i],
            &format!("paragraph {}", i + 1),
        )?;
        let runs: Vec<String> = runs.into_iter().map(|(_, run)| run).collect();
        let _ = writeln!(
            body,
            "    Paragraph {{ document: &DECLARATION, number: {n}, text: TEXTS[{i}], section: {section}, tags: TAGS[{i}], footnote_refs: &[{notes}], emphasis: &[{runs}], mentions: MENTIONS[{i}], clauses: CLAUSES[{i}], sentences: SENTENCES[{i}], commitments: COMMITMENTS[{i}], anaphors: ANAPHORS[{i}] }},",
            n = i + 1,
            notes = notes[i].join(", "),
            runs = runs.join(", "),
        );
    }
    body.push_str("];\n\n");
    let _ = writeln!(
        body,
        "/// The footnotes, in order.\n#[rustfmt::skip]\npub(crate) static FOOTNOTES: [Footnote; {}] = [",
        footnote_records.len()
    );
    for (k, &(n, text)) in footnote_records.iter().enumerate() {
        let runs = in_order(
            &format!("FOOTNOTE_TEXTS[{k}]"),
            emphasis,
            &italics[count + k],
            text,
            &format!("footnote {}", k + 1),
        )?;
        let runs: Vec<String> = runs.into_iter().map(|(_, run)| run).collect();
        let _ = writeln!(
            body,
            "    Footnote {{ number: {}, paragraph: &PARAGRAPHS[{}], text: FOOTNOTE_TEXTS[{k}], emphasis: &[{}] }},",
            k + 1,
            n - 1,
            runs.join(", ")
        );
    }
    body.push_str("];\n");
    let mut out = header(&format!(
        "{}`, `{}` and `{}",
        paragraphs.path, footnotes.path, emphasis.path
    ));
    out.push_str(
        "//! The paragraphs and the footnotes, each with its italics and markers,\n\
         //! holding the records of the other tables.\n\n\
         use super::DECLARATION;\n\
         use super::anaphors::ANAPHORS;\n\
         use super::clauses::{CLAUSES, SENTENCES};\n\
         use super::commitments::COMMITMENTS;\n\
         use super::mentions::MENTIONS;\n\
         use super::tags::TAGS;\n\
         use super::texts::{FOOTNOTE_TEXTS, TEXTS};\n",
    );
    let imports = imports(
        &body,
        &[
            (
                "crate::model::records",
                &["Footnote", "FootnoteRef", "Paragraph", "Span"],
            ),
            ("crate::model::run", &["Run"]),
            ("crate::model::section", &["Section"]),
        ],
    );
    // The paragraphs are this module's own.
    out.push_str(
        imports
            .trim_start_matches("use super::PARAGRAPHS;\n")
            .trim_start_matches("use super::texts::TEXTS;\n"),
    );
    out.push_str(&body);
    Ok(out)
}

/// `src/facts/paragraphs/anaphors.rs`: each paragraph's anaphors, from
/// `data/anaphors.tsv`. An anaphor's words are found within the first
/// occurrence of its `context` (the words themselves, or more of the text
/// around them, so that a common word such as "their" is pinned to its
/// place); its antecedent is words of `antecedent_paragraph`, where they
/// first stand, or, with `-` there, a heading (`section:…`).
pub(crate) fn anaphors(texts: &[String], table: &Table) -> Result<String, String> {
    let mut found: Vec<Vec<String>> = vec![Vec::new(); texts.len()];
    for row in &table.rows {
        let f = &row.fields;
        let n = table.paragraph(row, &f[0], texts.len())?;
        let text = &texts[n - 1];
        let around = table.locate(row, text, n, &f[2])?;
        let start = f[2]
            .find(f[1].as_str())
            .filter(|_| !f[1].is_empty())
            .map(|at| around + at)
            .ok_or_else(|| {
                table.error(
                    row,
                    &format!("the words {:?} are not in their context {:?}", f[1], f[2]),
                )
            })?;
        let kind = vocabulary(table, row, "kind", "anaphor-kind", "AnaphorKind", &f[3])?;
        let antecedent = if f[4] == "-" {
            format!(
                "Antecedent::Heading({})",
                vocabulary(table, row, "antecedent", "section", "Section", &f[5])?
            )
        } else {
            let m = table.paragraph(row, &f[4], texts.len())?;
            let at = table.locate(row, &texts[m - 1], m, &f[5])?;
            format!(
                "Antecedent::Words(Span {{ paragraph: &PARAGRAPHS[{}], run: {} }})",
                m - 1,
                run(m - 1, at, &f[5])
            )
        };
        found[n - 1].push(format!(
            "Anaphor {{ span: Span {{ paragraph: &PARAGRAPHS[{}], run: {} }}, kind: {kind}, antecedent: {antecedent} }}",
            n - 1,
            run(n - 1, start, &f[1])
        ));
    }
    let mut body = String::new();
    per_paragraph(
        &mut body,
        "Each paragraph's anaphors, in order.",
        "ANAPHORS",
        "Anaphor",
        &found,
    );
    let mut out = header(&table.path);
    out.push_str("//! Each paragraph's anaphors, each with what it refers to.\n\n");
    out.push_str(&imports(
        &body,
        &[
            ("crate::model::anaphor_kind", &["AnaphorKind"]),
            ("crate::model::records", &["Anaphor", "Antecedent", "Span"]),
            ("crate::model::run", &["Run"]),
            ("crate::model::section", &["Section"]),
        ],
    ));
    out.push_str(&body);
    Ok(out)
}

/// The columns of `data/commitments.tsv`.
pub(crate) const COMMITMENT_COLUMNS: [&str; 20] = [
    "paragraph",
    "clause",
    "kind",
    "actor",
    "stated_grade",
    "actor_words",
    "action",
    "object",
    "target",
    "timeframe",
    "hedges",
    "intensifiers",
    "action_specific",
    "object_specific",
    "measurable",
    "delegation",
    "delegated_to",
    "g7",
    "themes",
    "priorities",
];

/// Where each clause's verb phrase stands in its paragraph, from
/// `data/clauses.tsv`: each after the one before.
pub(crate) fn clause_verbs<'t>(
    texts: &[String],
    table: &'t Table,
) -> Result<Vec<Vec<(usize, &'t str)>>, String> {
    let mut verbs: Vec<Vec<(usize, &str)>> = vec![Vec::new(); texts.len()];
    let places = in_paragraph_order(texts, table, "clause")?;
    for (row, (n, start)) in table.rows.iter().zip(places) {
        verbs[n - 1].push((start, row.fields[1].as_str()));
    }
    Ok(verbs)
}

/// Each row's paragraph and where its words (its second column) stand: in
/// its paragraph, after the words of the row before in the same paragraph,
/// so that a paragraph's rows (each a `what`) are listed in the order they
/// stand.
fn in_paragraph_order(
    texts: &[String],
    table: &Table,
    what: &str,
) -> Result<Vec<(usize, usize)>, String> {
    let mut after = vec![0; texts.len()];
    let mut places = Vec::new();
    for row in &table.rows {
        let n = table.paragraph(row, &row.fields[0], texts.len())?;
        let words = row.fields[1].as_str();
        let start = table
            .locate(row, &texts[n - 1][after[n - 1]..], n, words)
            .map(|at| at + after[n - 1])
            .map_err(|_| {
                table.error(
                    row,
                    &format!(
                        "{words:?} is not in paragraph {n} after the {what} before it; a paragraph's {what}s are listed in the order they stand"
                    ),
                )
            })?;
        after[n - 1] = start + words.len();
        places.push((n, start));
    }
    Ok(places)
}

/// `src/facts/paragraphs/commitments.rs`: each paragraph's commitments, from
/// `data/commitments.tsv`. A commitment's clause is the first of its
/// paragraph whose verb phrase is its `clause`; its words (action, actor,
/// object, target, timeframe, hedges and intensifiers separated by ` | `,
/// the party delegated to) are found where they first stand in that
/// clause's sentence; `-` gives none.
pub(crate) fn commitments(
    texts: &[String],
    sentences: &Table,
    clauses: &Table,
    table: &Table,
    series: &Series,
) -> Result<String, String> {
    let runs = sentence_runs(texts, sentences)?;
    let verbs = clause_verbs(texts, clauses)?;
    let mut found: Vec<Vec<String>> = vec![Vec::new(); texts.len()];
    for row in &table.rows {
        let (n, record) = commitment(texts, &runs, &verbs, table, row, &found, series)?;
        found[n - 1].push(record);
    }
    Ok(commitments_file(&table.path, &found))
}

/// One commitment's record, from its `row`, and its paragraph's number.
#[allow(clippy::too_many_lines)] // one field after another, in the columns' order
pub(crate) fn commitment(
    texts: &[String],
    runs: &[Vec<(usize, &str)>],
    verbs: &[Vec<(usize, &str)>],
    table: &Table,
    row: &Row,
    found: &[Vec<String>],
    series: &Series,
) -> Result<(usize, String), String> {
    {
        let f = |column: &str| {
            let i = COMMITMENT_COLUMNS
                .iter()
                .position(|c| *c == column)
                .unwrap_or(0);
            row.fields[i].as_str()
        };
        let n = table.paragraph(row, f("paragraph"), texts.len())?;
        let text = &texts[n - 1];
        let clause = verbs[n - 1]
            .iter()
            .position(|(_, words)| *words == f("clause"))
            .ok_or_else(|| table.error(row, &format!("no clause of paragraph {n} has the verb phrase {:?}; it is one of data/clauses.tsv", f("clause"))))?;
        let at = verbs[n - 1][clause].0;
        let &(within, sentence) = runs[n - 1]
            .iter()
            .rfind(|&&(start, _)| start <= at)
            .unwrap_or(&runs[n - 1][0]);
        let until = within + sentence.len();
        let find = |column: &str, words: &str| -> Result<String, String> {
            let start = text[within..until]
                .find(words)
                .filter(|_| !words.is_empty())
                .ok_or_else(|| table.error(row, &format!("the {column} {words:?} is not in the sentence of its clause in paragraph {n}")))?;
            Ok(run(n - 1, within + start, words))
        };
        let optional = |column: &str| -> Result<String, String> {
            match f(column) {
                "-" => Ok("None".to_owned()),
                words => Ok(format!("Some({})", find(column, words)?)),
            }
        };
        let two = |column: &str| -> Result<String, String> {
            let words: Vec<&str> = match f(column) {
                "-" => Vec::new(),
                listed => listed.split(" | ").collect(),
            };
            if words.len() > 2 {
                return Err(table.error(
                    row,
                    &format!("{} {column}; a commitment has two at most", words.len()),
                ));
            }
            let mut out = Vec::new();
            for i in 0..2 {
                out.push(match words.get(i) {
                    Some(words) => format!("Some({})", find(column, words)?),
                    None => "None".to_owned(),
                });
            }
            Ok(format!("[{}]", out.join(", ")))
        };
        let yes = |column: &str| match f(column) {
            "yes" => Ok("true"),
            "no" => Ok("false"),
            other => Err(table.error(row, &format!("{column} {other:?}; it is `yes` or `no`"))),
        };
        let (kind, grade) = match (f("kind"), f("stated_grade")) {
            ("commitment-kind:pledge", g) => (
                "CommitmentKind::Pledge",
                variant("obligation", g).map(|v| format!("Grade::Obligation({v})")),
            ),
            ("commitment-kind:request", g) => (
                "CommitmentKind::Request",
                variant("force", g).map(|v| format!("Grade::Force({v})")),
            ),
            (other, _) => return Err(table.error(
                row,
                &format!(
                    "kind {other:?}; it is `commitment-kind:pledge` or `commitment-kind:request`"
                ),
            )),
        };
        let grade = grade.ok_or_else(|| table.error(row, &format!("stated grade {:?}; a pledge's is an `obligation:…` id, a request's a `force:…` id", f("stated_grade"))))?;
        let actor = referent(f("actor"), series).ok_or_else(|| {
            table.error(
                row,
                &format!("actor {:?}; it is a referent's id", f("actor")),
            )
        })?;
        let delegation = match f("delegation") {
            "-" => "None".to_owned(),
            id => format!(
                "Some({})",
                vocabulary(table, row, "delegation", "delegation", "Delegation", id)?
            ),
        };
        let g7 = match f("g7") {
            "-" => "None".to_owned(),
            number => format!(
                "Some({})",
                number.parse::<u8>().map_err(
                    |_| table.error(row, &format!("g7 {number:?}; it is a number or `-`"))
                )?
            ),
        };
        let mut tags = Vec::new();
        for (column, kind, rust) in [
            ("themes", "theme", "Theme"),
            ("priorities", "priority", "Priority"),
        ] {
            if f(column) != "-" {
                for id in f(column).split(' ') {
                    tags.push(format!(
                        "Tag::{rust}({})",
                        vocabulary(table, row, column, kind, rust, id)?
                    ));
                }
            }
        }
        let order = found[n - 1].len() + 1;
        let record = format!(
            "Commitment {{ span: Span {{ paragraph: &PARAGRAPHS[{p}], run: {action} }}, order: {order}, kind: {kind}, actor: {actor}, clause: {clause}, stated_grade: {grade}, actor_words: {actor_words}, object: {object}, target: {target}, timeframe: {timeframe}, hedges: {hedges}, intensifiers: {intensifiers}, action_specific: {action_specific}, object_specific: {object_specific}, measurable: {measurable}, delegation: {delegation}, delegated_to: {delegated_to}, g7: {g7}, tags: &[{tags}] }}",
            p = n - 1,
            action = find("action", f("action"))?,
            actor_words = optional("actor_words")?,
            object = optional("object")?,
            target = optional("target")?,
            timeframe = optional("timeframe")?,
            hedges = two("hedges")?,
            intensifiers = two("intensifiers")?,
            action_specific = yes("action_specific")?,
            object_specific = yes("object_specific")?,
            measurable = yes("measurable")?,
            delegated_to = optional("delegated_to")?,
            tags = tags.join(", "),
        );
        Ok((n, record))
    }
}

/// The text of `src/facts/paragraphs/commitments.rs`, from each paragraph's
/// commitments' records.
pub(crate) fn commitments_file(path: &str, found: &[Vec<String>]) -> String {
    let mut body = String::new();
    per_paragraph(
        &mut body,
        "Each paragraph's commitments, in order.",
        "COMMITMENTS",
        "Commitment",
        found,
    );
    let mut out = header(path);
    out.push_str("//! Each paragraph's commitments.\n\n");
    out.push_str(&imports(
        &body,
        &[
            (
                "crate::model::grades",
                &[
                    "CommitmentKind",
                    "Delegation",
                    "Force",
                    "Grade",
                    "Obligation",
                ],
            ),
            ("crate::model::records", &["Commitment", "Span"]),
            (
                "crate::model::referent",
                &["Concept", "Entity", "Place", "Referent"],
            ),
            ("crate::model::run", &["Run"]),
            (
                "crate::model::tag",
                &["Instrument", "Priority", "Tag", "Theme"],
            ),
        ],
    ));
    out.push_str(&body);
    out
}

/// `src/facts/paragraphs/tags.rs`: each paragraph's tags, with the words that
/// justify them, from `data/tags.tsv`. A paragraph's tags are its themes,
/// then its instruments, then its priority areas, each kind in the table's
/// order; the words are their first occurrence in the paragraph.
pub(crate) fn tags(texts: &[String], table: &Table) -> Result<String, String> {
    const KINDS: [(&str, &str); 3] = [
        ("theme", "Theme"),
        ("instrument", "Instrument"),
        ("priority", "Priority"),
    ];
    let mut by_paragraph: Vec<Vec<(usize, String, usize, &str)>> = vec![Vec::new(); texts.len()];
    for row in &table.rows {
        let n = table.paragraph(row, &row.fields[0], texts.len())?;
        let id = row.fields[1].as_str();
        let (kind, expression) = KINDS
            .iter()
            .enumerate()
            .find_map(|(k, (prefix, wrapper))| {
                variant(prefix, id).map(|v| (k, format!("Tag::{wrapper}({v})")))
            })
            .ok_or_else(|| {
                table.error(
                    row,
                    &format!(
                        "tag {id:?}; a tag is `theme:…`, `instrument:…` or `priority:…` with an id of its vocabulary in lower case, words joined by `-`"
                    ),
                )
            })?;
        let words = row.fields[2].as_str();
        let start = table.locate(row, &texts[n - 1], n, words)?;
        let list = &mut by_paragraph[n - 1];
        if list.iter().any(|(_, e, ..)| *e == expression) {
            return Err(table.error(
                row,
                &format!("paragraph {n} has {id} already; a tag stands once in a paragraph"),
            ));
        }
        list.push((kind, expression, start, words));
    }
    let mut out = header(&table.path);
    out.push_str(
        "//! Each paragraph's tags with the words that justify them.\n\n\
         use super::PARAGRAPHS;\n\
         use super::texts::TEXTS;\n\
         use crate::model::records::{Evidence, Span};\n\
         use crate::model::run::Run;\n\
         use crate::model::tag::{Instrument, Priority, Tag, Theme};\n\n",
    );
    let records: Vec<Vec<String>> = by_paragraph
        .iter_mut()
        .enumerate()
        .map(|(i, list)| {
            list.sort_by_key(|&(kind, ..)| kind);
            list.iter()
                .map(|(_, expression, start, words)| {
                    format!(
                        "Evidence {{ span: Span {{ paragraph: &PARAGRAPHS[{i}], run: {} }}, tag: {expression} }}",
                        run(i, *start, words)
                    )
                })
                .collect()
        })
        .collect();
    per_paragraph(
        &mut out,
        "Each paragraph's tags: its themes, then its instruments, then its priority areas.",
        "TAGS",
        "Evidence",
        &records,
    );
    Ok(out)
}
