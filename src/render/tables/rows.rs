//! The rows of each table, and the list that pairs each table's schema with
//! the function that makes its rows.

use std::fmt::Write;

use super::schema;
use super::{Cell, Schema};
use crate::model::span::Spanned;
use crate::model::vocabulary::Vocabulary;
use crate::model::vocabulary::sealed::Sealed;
use crate::render::terms::terms;
use crate::{Acronym, Antecedent, Declaration, Paragraph, Priority, Section, Span, Tag, Theme};

/// What makes a table's rows.
type Rows = fn(&Declaration) -> Vec<Vec<Cell>>;

/// Every table, in the package's order: its schema and its rows.
pub(super) static TABLES: [(&Schema, Rows); 22] = [
    (&schema::PARAGRAPHS, paragraphs),
    (&schema::SECTIONS, sections),
    (&schema::SENTENCES, sentences),
    (&schema::THEMES, themes),
    (&schema::INSTRUMENTS, instruments),
    (&schema::PRIORITIES, priorities),
    (&schema::MENTIONS, mentions),
    (&schema::CLAUSES, clauses),
    (&schema::ADDRESSEES, addressees),
    (&schema::COMMITMENTS, commitments),
    (&schema::COMMITMENTS_WIDE, commitments_wide),
    (&schema::COMMITMENT_THEMES, commitment_themes),
    (&schema::COMMITMENT_PRIORITIES, commitment_priorities),
    (&schema::ANAPHORS, anaphors),
    (&schema::AGREEMENT, agreement),
    (&schema::DISAGREEMENTS, disagreements),
    (&schema::DECISIONS, decisions),
    (&schema::FOOTNOTES, footnotes),
    (&schema::ACRONYMS, acronyms),
    (&schema::MEETINGS, meetings),
    (&schema::VOCABULARY, vocabulary),
    (&schema::SAME_AS, same_as),
];

/// The words of `span`, then their six span cells.
fn spanned(span: Span) -> [Cell; 7] {
    let chars = span.char_range();
    let utf16 = span.utf16_range();
    let bytes = span.range();
    [
        span.text().into(),
        chars.start.into(),
        chars.end.into(),
        utf16.start.into(),
        utf16.end.into(),
        bytes.start.into(),
        bytes.end.into(),
    ]
}

/// The same seven cells, empty where there are no words.
fn spanned_or_empty(span: Option<Span>) -> [Cell; 7] {
    span.map_or_else(|| std::array::from_fn(|_| Cell::Empty), spanned)
}

/// An antecedent's paragraph or heading, its words, and their span: nine
/// cells, empty where there is no antecedent, and the paragraph and span
/// empty for a heading.
fn antecedent_cells(antecedent: Option<Antecedent>) -> Vec<Cell> {
    let words = antecedent.and_then(Antecedent::words);
    let mut cells = vec![
        words.map(|w| w.paragraph().number()).into(),
        antecedent
            .and_then(Antecedent::heading)
            .map(Vocabulary::id)
            .into(),
        antecedent.map(Antecedent::text).into(),
    ];
    cells.extend(spanned_or_empty(words).into_iter().skip(1));
    cells
}

/// `head` followed by each of `tails`.
fn row(head: impl IntoIterator<Item = Cell>, tails: &[&[Cell]]) -> Vec<Cell> {
    let mut row: Vec<Cell> = head.into_iter().collect();
    for tail in tails {
        row.extend(tail.iter().cloned());
    }
    row
}

fn paragraphs(d: &Declaration) -> Vec<Vec<Cell>> {
    d.paragraphs()
        .iter()
        .map(|p| vec![p.number().into(), p.section().id().into(), p.text().into()])
        .collect()
}

fn sections(d: &Declaration) -> Vec<Vec<Cell>> {
    Section::ALL
        .iter()
        .copied()
        .map(|s| {
            let within = d.paragraphs_in(s);
            vec![
                s.id().into(),
                s.name().into(),
                s.parent().map(Section::id).into(),
                s.depth().into(),
                within.first().map(Paragraph::number).into(),
                within.last().map(Paragraph::number).into(),
            ]
        })
        .collect()
}

fn sentences(d: &Declaration) -> Vec<Vec<Cell>> {
    d.sentences()
        .map(|s| {
            row(
                [s.paragraph().number().into(), s.number().into()],
                &[&spanned(s.span())],
            )
        })
        .collect()
}

/// A row per paragraph tag of the kind `kind` holds for.
fn tags(d: &Declaration, kind: fn(Tag) -> bool) -> Vec<Vec<Cell>> {
    d.paragraphs()
        .iter()
        .flat_map(Paragraph::evidence)
        .filter(|e| kind(e.tag()))
        .map(|e| {
            row(
                [e.paragraph().number().into(), e.tag().id().into()],
                &[&spanned(e.span())],
            )
        })
        .collect()
}

fn themes(d: &Declaration) -> Vec<Vec<Cell>> {
    tags(d, |t| matches!(t, Tag::Theme(_)))
}

fn instruments(d: &Declaration) -> Vec<Vec<Cell>> {
    tags(d, |t| matches!(t, Tag::Instrument(_)))
}

fn priorities(d: &Declaration) -> Vec<Vec<Cell>> {
    tags(d, |t| matches!(t, Tag::Priority(_)))
}

fn mentions(d: &Declaration) -> Vec<Vec<Cell>> {
    d.paragraphs()
        .iter()
        .flat_map(|p| {
            p.mentions().enumerate().map(|(i, m)| {
                row(
                    [p.number().into(), (i + 1).into(), m.referent().id().into()],
                    &[&spanned(m.span())],
                )
            })
        })
        .collect()
}

fn clauses(d: &Declaration) -> Vec<Vec<Cell>> {
    d.paragraphs()
        .iter()
        .flat_map(|p| {
            p.clauses().enumerate().map(|(i, c)| {
                row(
                    [
                        p.number().into(),
                        (i + 1).into(),
                        c.verb().id().into(),
                        c.form().id().into(),
                        c.stance().id().into(),
                        c.sentence().number().into(),
                    ],
                    &[
                        &spanned(c.span()),
                        &spanned(c.scope()),
                        &[c.exclusion().map(Vocabulary::id).into()],
                    ],
                )
            })
        })
        .collect()
}

fn addressees(d: &Declaration) -> Vec<Vec<Cell>> {
    d.paragraphs()
        .iter()
        .flat_map(|p| {
            p.clauses().enumerate().flat_map(move |(i, c)| {
                c.addressees()
                    .iter()
                    .map(move |e| vec![p.number().into(), (i + 1).into(), e.id().into()])
            })
        })
        .collect()
}

fn commitments(d: &Declaration) -> Vec<Vec<Cell>> {
    d.commitments()
        .map(|c| {
            let p = c.paragraph();
            let clause = p
                .clauses()
                .position(|other| other == c.clause())
                .map(|i| i + 1);
            let antecedent = c.antecedent();
            row(
                [
                    c.id().to_string().into(),
                    p.number().into(),
                    c.id().order().into(),
                    c.kind().id().into(),
                    c.actor().id().into(),
                    c.stated_grade().obligation().map(Vocabulary::id).into(),
                    c.stated_grade().force().map(Vocabulary::id).into(),
                    joined(c.hedges()),
                    joined(c.intensifiers()),
                    c.obligation().map(Vocabulary::id).into(),
                    c.force().map(Vocabulary::id).into(),
                    c.action_specific().into(),
                    c.object_specific().into(),
                    c.measurable().into(),
                    c.precision().id().into(),
                    c.delegation().map(Vocabulary::id).into(),
                    c.g7_commitment().into(),
                    clause.into(),
                    c.sentence().number().into(),
                ],
                &[
                    &spanned(c.span()),
                    &spanned_or_empty(c.actor_words()),
                    &spanned_or_empty(c.object()),
                    &spanned_or_empty(c.target()),
                    &spanned_or_empty(c.timeframe()),
                    &spanned_or_empty(c.delegated_to()),
                    &antecedent_cells(antecedent),
                ],
            )
        })
        .collect()
}

/// Each commitment's row of `commitments`, then whether it addresses each
/// theme and each priority area.
fn commitments_wide(d: &Declaration) -> Vec<Vec<Cell>> {
    commitments(d)
        .into_iter()
        .zip(d.commitments())
        .map(|(mut row, c)| {
            row.extend(Theme::ALL.iter().map(|&t| c.concerns(t).into()));
            row.extend(Priority::ALL.iter().map(|&p| c.concerns(p).into()));
            row
        })
        .collect()
}

/// The words of `spans`, separated by `; `.
fn joined(spans: impl Iterator<Item = Span>) -> Cell {
    let words: Vec<&str> = spans.map(|s| s.text()).collect();
    words.join("; ").into()
}

/// A row per commitment tag of the kind `kind` holds for.
fn commitment_tags(d: &Declaration, kind: fn(Tag) -> bool) -> Vec<Vec<Cell>> {
    d.commitments()
        .flat_map(|c| {
            let tags = c
                .themes()
                .map(Tag::from)
                .chain(c.priorities().map(Tag::from));
            tags.filter(move |&t| kind(t)).map(move |t| {
                vec![
                    c.id().to_string().into(),
                    c.paragraph().number().into(),
                    t.id().into(),
                ]
            })
        })
        .collect()
}

fn commitment_themes(d: &Declaration) -> Vec<Vec<Cell>> {
    commitment_tags(d, |t| matches!(t, Tag::Theme(_)))
}

fn commitment_priorities(d: &Declaration) -> Vec<Vec<Cell>> {
    commitment_tags(d, |t| matches!(t, Tag::Priority(_)))
}

fn anaphors(d: &Declaration) -> Vec<Vec<Cell>> {
    d.paragraphs()
        .iter()
        .flat_map(|p| {
            p.anaphors().enumerate().map(|(i, a)| {
                row(
                    [p.number().into(), (i + 1).into()],
                    &[
                        &spanned(a.span()),
                        &[a.kind().id().into()],
                        &antecedent_cells(Some(a.antecedent())),
                    ],
                )
            })
        })
        .collect()
}

/// The rows of a tab-separated file the crate ships, under its header: the
/// readings' figures and their adjudication are data as the script and the
/// adjudicator wrote them, kept apart from the crate's own records. Columns
/// named in `numbers` are integers.
fn shipped(tsv: &str, numbers: &[&str]) -> Vec<Vec<Cell>> {
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines
        .next()
        .map_or_else(Vec::new, |h| h.split('\t').collect());
    lines
        .filter(|line| !line.is_empty())
        .map(|line| {
            header
                .iter()
                .zip(line.split('\t'))
                .map(|(column, value)| match value.parse::<usize>() {
                    Ok(n) if numbers.contains(column) => n.into(),
                    _ if value.is_empty() => Cell::Empty,
                    _ => value.into(),
                })
                .collect()
        })
        .collect()
}

fn agreement(d: &Declaration) -> Vec<Vec<Cell>> {
    shipped(d.publication.agreement, &[])
}

fn disagreements(d: &Declaration) -> Vec<Vec<Cell>> {
    let mut rows = shipped(d.publication.disagreements, &["paragraph"]);
    for (line, row) in (1_usize..).zip(&mut rows) {
        row.insert(0, line.into());
    }
    rows
}

fn decisions(d: &Declaration) -> Vec<Vec<Cell>> {
    shipped(d.publication.decisions, &["line"])
}

fn footnotes(d: &Declaration) -> Vec<Vec<Cell>> {
    d.paragraphs()
        .iter()
        .flat_map(|p| {
            p.footnote_refs().map(move |marker| {
                row(
                    [marker.footnote().number().into(), p.number().into()],
                    &[&spanned(marker.span()), &[marker.footnote().text().into()]],
                )
            })
        })
        .collect()
}

fn acronyms(_: &Declaration) -> Vec<Vec<Cell>> {
    Acronym::ALL
        .iter()
        .copied()
        .map(|a| {
            vec![
                a.id().into(),
                a.name().into(),
                json_array(a.forms()).into(),
                a.expansion().into(),
                a.expanded_in().map(Paragraph::number).into(),
            ]
        })
        .collect()
}

fn meetings(d: &Declaration) -> Vec<Vec<Cell>> {
    d.series()
        .meetings()
        .iter()
        .map(|m| {
            let dates = m.dates();
            vec![
                m.id().into(),
                m.ordinal().into(),
                m.acronym().into(),
                m.name().into(),
                m.city().into(),
                m.year().into(),
                m.theme().into(),
                dates.map(|d| d.first().to_string()).into(),
                dates.map(|d| d.last().to_string()).into(),
                m.country().into(),
                m.venue().into(),
                m.host().into(),
            ]
        })
        .collect()
}

fn vocabulary(d: &Declaration) -> Vec<Vec<Cell>> {
    terms(d)
        .into_iter()
        .map(|t| {
            vec![
                t.id.into(),
                t.kind.into(),
                t.name.into(),
                t.label.into(),
                t.description.into(),
            ]
        })
        .collect()
}

fn same_as(d: &Declaration) -> Vec<Vec<Cell>> {
    terms(d)
        .into_iter()
        .flat_map(|t| {
            t.same_as
                .into_iter()
                .map(move |other| vec![t.id.into(), other.into()])
        })
        .collect()
}

/// Strings as a JSON array, as Table Schema's `array` type reads a cell.
fn json_array(items: &[&str]) -> String {
    let mut out = String::from("[");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        for c in item.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if c.is_control() => {
                    let _ = write!(out, "\\u{:04x}", u32::from(c));
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::json_array;

    #[test]
    fn a_json_array_escapes_what_json_must() {
        assert_eq!(
            json_array(&["a\"b", "c\\d", "e\u{1}"]),
            r#"["a\"b","c\\d","e\u0001"]"#
        );
        assert_eq!(json_array(&[]), "[]");
    }
}
