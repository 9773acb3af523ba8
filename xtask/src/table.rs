//! Reading the tables of `data/`, and checking what their rows name: the
//! paragraphs, the ids of the vocabularies, the words of the text.

use std::collections::BTreeSet;
use std::path::Path;

use crate::document::Series;

/// The paragraphs' texts, in order, from `data/paragraphs.tsv`, whose rows
/// are numbered 1, 2, 3, ... in order.
pub(crate) fn paragraph_texts(table: &Table) -> Result<Vec<String>, String> {
    let mut texts = Vec::new();
    for row in &table.rows {
        let expected = texts.len() + 1;
        if row.fields[0] != expected.to_string() {
            return Err(table.error(
                row,
                &format!("paragraph {:?}; the paragraphs are numbered in order, so this one is {expected}", row.fields[0]),
            ));
        }
        if row.fields[2].is_empty() {
            return Err(table.error(row, "no text; a paragraph's text is copied from the source"));
        }
        texts.push(row.fields[2].clone());
    }
    if texts.is_empty() {
        return Err(format!("{}: no paragraph", table.path));
    }
    Ok(texts)
}

/// Every id a declaration's tables may name: the terms of
/// `data/vocabularies.tsv` (`vocabulary`), the meetings of its series and the
/// summit that began it (its `meetings.tsv`), the ministers and the
/// declaration.
pub(crate) fn known_ids(vocabulary: &BTreeSet<String>, series: &Series) -> BTreeSet<String> {
    vocabulary
        .iter()
        .cloned()
        .chain(series.meetings.iter().cloned())
        .chain([
            series.summit.clone(),
            MINISTERS.to_owned(),
            DECLARATION.to_owned(),
        ])
        .collect()
}

/// The ids of the ministers and of the declaration, as the crate's
/// `Referent` names them.
const MINISTERS: &str = "ministers:asemme6";
const DECLARATION: &str = "declaration:seoul-declaration";

/// Whether every id in `columns` of `table` (several separated by one space;
/// `-` for none) is one of `known`.
pub(crate) fn check_ids(
    table: &Table,
    columns: &[&str],
    known: &BTreeSet<String>,
) -> Result<(), String> {
    for &column in columns {
        let Some(at) = table.columns.iter().position(|c| c == column) else {
            continue;
        };
        for row in &table.rows {
            let field = row.fields[at].as_str();
            if field == "-" {
                continue;
            }
            for id in field.split(' ') {
                if !known.contains(id) {
                    return Err(table.error(
                        row,
                        &format!(
                            "{column} {id:?} is not an id of the vocabularies; `data/vocabularies.tsv` lists the terms (a new one is added there first)"
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// A table: its path and its rows.
pub(crate) struct Table {
    pub(crate) path: String,
    pub(crate) columns: Vec<String>,
    pub(crate) rows: Vec<Row>,
}

/// One row of a table: its line number (the header is line 1) and its fields.
pub(crate) struct Row {
    pub(crate) line: usize,
    pub(crate) fields: Vec<String>,
}

impl Table {
    /// A table of tab-separated `rows`, for the tests: `data/a.tsv`, its
    /// first row at line 2, as after a header.
    #[cfg(test)]
    pub(crate) fn of_rows(rows: &[&str]) -> Table {
        Table {
            path: "data/a.tsv".to_owned(),
            columns: Vec::new(),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, line)| Row {
                    line: i + 2,
                    fields: line.split('\t').map(str::to_owned).collect(),
                })
                .collect(),
        }
    }

    /// An error about `row`: the table, the line and the message.
    pub(crate) fn error(&self, row: &Row, message: &str) -> String {
        format!("{}, line {}: {message}", self.path, row.line)
    }

    /// The paragraph number `given` in `row`, one of `count`.
    pub(crate) fn paragraph(&self, row: &Row, given: &str, count: usize) -> Result<usize, String> {
        given
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=count).contains(n))
            .ok_or_else(|| {
                self.error(
                    row,
                    &format!("paragraph {given:?}; a paragraph is a number from 1 to {count}"),
                )
            })
    }

    /// Where `words` first stand in `text` (paragraph `n`), in bytes.
    pub(crate) fn locate(
        &self,
        row: &Row,
        text: &str,
        n: usize,
        words: &str,
    ) -> Result<usize, String> {
        if words.is_empty() {
            return Err(self.error(row, "no words given; copy them from the paragraph"));
        }
        text.find(words).ok_or_else(|| {
            self.error(
                row,
                &format!("{words:?} is not in paragraph {n}; copy the words from its text"),
            )
        })
    }
}

/// The rows of the tab-separated table at `path`, whose header must be
/// `columns`; each row must have as many fields.
pub(crate) fn read_table(root: &Path, path: &str, columns: &[&str]) -> Result<Table, String> {
    let text =
        std::fs::read_to_string(root.join(path)).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    if header.split('\t').ne(columns.iter().copied()) {
        return Err(format!(
            "{path}: the header is {header:?}; it must be {:?}",
            columns.join("\t")
        ));
    }
    let mut rows = Vec::new();
    for (i, line) in lines.enumerate() {
        let fields: Vec<String> = line.split('\t').map(str::to_owned).collect();
        if fields.len() != columns.len() {
            return Err(format!(
                "{path}, line {}: {} fields; a row has {} ({})",
                i + 2,
                fields.len(),
                columns.len(),
                columns.join(", ")
            ));
        }
        rows.push(Row {
            line: i + 2,
            fields,
        });
    }
    Ok(Table {
        path: path.to_owned(),
        columns: columns.iter().map(|c| (*c).to_owned()).collect(),
        rows,
    })
}

/// The Rust path of a vocabulary's variant from its id: `theme:lifelong-learning`
/// is `Theme::LifelongLearning`, as every vocabulary names its ids.
pub(crate) fn variant(kind: &str, id: &str) -> Option<String> {
    let name = id.strip_prefix(kind)?.strip_prefix(':')?;
    if !crate::vocabularies::is_slug(name) {
        return None;
    }
    let pascal = crate::vocabularies::pascal(name);
    let mut type_name = kind.to_owned();
    type_name[..1].make_ascii_uppercase();
    Some(format!("{type_name}::{pascal}"))
}

/// The Rust expression of a referent from its id: a vocabulary's
/// (`entity:…`, `place:…`, `concept:…`, `instrument:…`), a meeting of the
/// `series` or the summit that began it, the ministers or the declaration.
pub(crate) fn referent(id: &str, series: &Series) -> Option<String> {
    match id {
        DECLARATION => return Some("Referent::Declaration".to_owned()),
        MINISTERS => return Some("Referent::Ministers".to_owned()),
        _ => {}
    }
    series.referent(id).or_else(|| {
        ["entity", "place", "concept", "instrument"]
            .iter()
            .find_map(|kind| variant(kind, id))
            .map(|v| {
                let kind = &v[..v.find("::").unwrap_or(0)];
                format!("Referent::{kind}({v})")
            })
    })
}

/// The Rust path of a variant of vocabulary `kind` (`verb`, `form`, ...)
/// written as `Type`, or an error for `row` that names the column.
pub(crate) fn vocabulary(
    table: &Table,
    row: &Row,
    column: &str,
    kind: &str,
    rust: &str,
    id: &str,
) -> Result<String, String> {
    variant(kind, id)
        .map(|v| format!("{rust}{}", &v[v.find("::").unwrap_or(0)..]))
        .ok_or_else(|| {
            table.error(
                row,
                &format!("{column} {id:?}; it is an id `{kind}:…` of its vocabulary, in lower case, words joined by `-`"),
            )
        })
}
