//! The glossary: the forms under which the text names each thing
//! (`data/names.tsv`), what each acronym stands for and where the text spells
//! it out (`data/acronyms.tsv`), and which ids name the same thing
//! (`data/same-as.tsv`), written as lookups over the vocabularies.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::document::Series;
use crate::table::{Row, Table, referent, variant};
use crate::write::header;

/// The columns of the three tables.
pub(crate) const NAME_COLUMNS: [&str; 2] = ["referent", "forms"];
pub(crate) const ACRONYM_COLUMNS: [&str; 4] = ["acronym", "forms", "expansion", "expanded_in"];
pub(crate) const SAME_AS_COLUMNS: [&str; 1] = ["ids"];

/// The Rust expression of the referent `id` names: a term of a vocabulary
/// (`theme:…` and `acronym:…` among them) or a meeting of the series.
fn any_referent(id: &str, series: &Series) -> Option<String> {
    ["theme", "acronym"]
        .iter()
        .find_map(|kind| variant(kind, id))
        .map(|v| {
            let kind = &v[..v.find("::").unwrap_or(0)];
            format!("Referent::{kind}({v})")
        })
        .or_else(|| referent(id, series))
}

/// The forms of a row, ` | ` between them, as a Rust slice.
fn forms(table: &Table, row: &Row, given: &str) -> Result<String, String> {
    let forms: Vec<&str> = given.split(" | ").collect();
    if forms.iter().any(|f| f.trim().is_empty() || f.trim() != *f) {
        return Err(table.error(
            row,
            &format!("forms {given:?}; forms are words, several separated by ` | `"),
        ));
    }
    let quoted: Vec<String> = forms.iter().map(|f| format!("{f:?}")).collect();
    Ok(format!("&[{}]", quoted.join(", ")))
}

/// `src/facts/glossary.rs`: every row checked against the vocabularies
/// (`known`, their ids; every acronym needs its row) and the paragraphs'
/// `texts` (an acronym's expansion stands in the paragraph that spells it
/// out).
pub(crate) fn glossary(
    names: &Table,
    acronyms: &Table,
    same_as: &Table,
    known: &BTreeSet<String>,
    series: &Series,
    texts: &[String],
) -> Result<String, String> {
    let mut out = header(&format!(
        "{}`, `{}` and `{}",
        names.path, acronyms.path, same_as.path
    ));
    out.push_str(
        "//! The glossary: the forms under which the text names each thing, what\n\
         //! each acronym stands for and where the text spells it out, and which\n\
         //! ids name the same thing.\n\n\
         use super::document::MEETINGS;\n\
         use super::paragraphs::PARAGRAPHS;\n\
         use crate::model::acronym::Acronym;\n\
         use crate::model::records::Paragraph;\n\
         use crate::model::referent::{Concept, Entity, Place, Referent};\n\
         use crate::model::tag::{Instrument, Theme};\n",
    );
    out.push_str(&names_of(names, known, series)?);
    out.push_str(&acronyms_of(acronyms, known, texts)?);
    out.push_str(&groups_of(same_as, known, series)?);
    Ok(out)
}

/// The forms of each entity, instrument, place and concept.
fn names_of(names: &Table, known: &BTreeSet<String>, series: &Series) -> Result<String, String> {
    let mut out = String::from(
        "\n/// The forms under which the paragraphs name an entity, an instrument, a\n\
         /// place or a concept; none for another referent.\n\
         #[rustfmt::skip]\n\
         pub(super) const fn forms(referent: Referent) -> &'static [&'static str] {\n    \
             match referent {\n",
    );
    let mut seen = BTreeSet::new();
    for row in &names.rows {
        let f = &row.fields;
        let kind = f[0].split(':').next().unwrap_or_default();
        let expression = ["entity", "instrument", "place", "concept"]
            .contains(&kind)
            .then(|| referent(&f[0], series))
            .flatten()
            .filter(|_| known.contains(&f[0]));
        let Some(expression) = expression else {
            return Err(names.error(row, &format!("referent {:?}; it is an entity, instrument, place or concept of data/vocabularies.tsv", f[0])));
        };
        if !seen.insert(f[0].clone()) {
            return Err(names.error(row, &format!("referent {:?} is listed twice", f[0])));
        }
        let _ = writeln!(
            out,
            "        {expression} => {},",
            forms(names, row, &f[1])?
        );
    }
    out.push_str("        _ => &[],\n    }\n}\n");
    Ok(out)
}

/// Each acronym's forms, expansion and the paragraph that spells it out.
fn acronyms_of(
    acronyms: &Table,
    known: &BTreeSet<String>,
    texts: &[String],
) -> Result<String, String> {
    let mut listed = BTreeSet::new();
    let (mut forms_of, mut expansions, mut spelt_out) =
        (String::new(), String::new(), String::new());
    for row in &acronyms.rows {
        let f = &row.fields;
        let Some(v) = variant("acronym", &f[0]).filter(|_| known.contains(&f[0])) else {
            return Err(acronyms.error(
                row,
                &format!(
                    "acronym {:?}; it is an `acronym:…` id of data/vocabularies.tsv",
                    f[0]
                ),
            ));
        };
        if !listed.insert(f[0].clone()) {
            return Err(acronyms.error(row, &format!("acronym {:?} is listed twice", f[0])));
        }
        if f[2].trim().is_empty() {
            return Err(acronyms.error(
                row,
                "no expansion; an acronym's expansion is what it stands for",
            ));
        }
        let paragraph = if f[3] == "-" {
            "None".to_owned()
        } else {
            let n = acronyms.paragraph(row, &f[3], texts.len())?;
            if !texts[n - 1].contains(f[2].as_str()) {
                return Err(acronyms.error(
                    row,
                    &format!(
                        "the expansion {:?} is not in paragraph {n}, which spells the acronym out",
                        f[2]
                    ),
                ));
            }
            format!("Some(&PARAGRAPHS[{}])", n - 1)
        };
        let _ = writeln!(forms_of, "        {v} => {},", forms(acronyms, row, &f[1])?);
        let _ = writeln!(expansions, "        {v} => {:?},", f[2]);
        let _ = writeln!(spelt_out, "        {v} => {paragraph},");
    }
    let every: BTreeSet<String> = known
        .iter()
        .filter(|id| id.starts_with("acronym:"))
        .cloned()
        .collect();
    if let Some(missing) = every.difference(&listed).next() {
        return Err(format!(
            "{}: no row for {missing}; every acronym has one",
            acronyms.path
        ));
    }
    Ok(format!(
        "\n/// Every form the text writes of an acronym, its name first.\n\
         #[rustfmt::skip]\n\
         pub(super) const fn acronym_forms(acronym: Acronym) -> &'static [&'static str] {{\n    \
             match acronym {{\n{forms_of}    }}\n}}\n\n\
         /// What an acronym stands for.\n\
         #[rustfmt::skip]\n\
         pub(super) const fn expansion(acronym: Acronym) -> &'static str {{\n    \
             match acronym {{\n{expansions}    }}\n}}\n\n\
         /// The paragraph that spells an acronym out, if one does: an arm per row\n\
         /// of the table, as it lists them.\n\
         #[rustfmt::skip]\n\
         #[allow(clippy::match_same_arms)]\n\
         pub(super) const fn expanded_in(acronym: Acronym) -> Option<&'static Paragraph> {{\n    \
             match acronym {{\n{spelt_out}    }}\n}}\n"
    ))
}

/// The groups of ids that name one thing.
fn groups_of(same_as: &Table, known: &BTreeSet<String>, series: &Series) -> Result<String, String> {
    let mut grouped = BTreeSet::new();
    let mut groups = Vec::new();
    for row in &same_as.rows {
        let mut group = Vec::new();
        for id in row.fields[0].split(' ') {
            let Some(expression) = any_referent(id, series).filter(|_| known.contains(id)) else {
                return Err(same_as.error(
                    row,
                    &format!(
                        "id {id:?} is not an id of the vocabularies or a meeting of the series"
                    ),
                ));
            };
            if !grouped.insert(id.to_owned()) {
                return Err(same_as.error(
                    row,
                    &format!("id {id:?} is in two groups; a group lists every id of one thing"),
                ));
            }
            group.push(expression);
        }
        if group.len() < 2 {
            return Err(same_as.error(
                row,
                "one id; a group names one thing by two ids or more, separated by one space",
            ));
        }
        groups.push(format!("    &[{}],", group.join(", ")));
    }
    Ok(format!(
        "\n/// The ids that name one thing, each group in a fixed order.\n\
         #[rustfmt::skip]\n\
         pub(super) static SAME_AS: [&[Referent]; {}] = [\n{}\n];\n",
        groups.len(),
        groups.join("\n")
    ))
}
