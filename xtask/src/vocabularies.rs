//! The vocabularies: `data/vocabularies.tsv`, a row per term (its id, name,
//! short label and description), written as one macro per vocabulary that
//! declares its enum with those variants.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::table::Table;
use crate::write::header;

/// The columns of `data/vocabularies.tsv`.
pub(crate) const COLUMNS: [&str; 4] = ["id", "name", "label", "description"];

/// The kind of an id (`theme` of `theme:equity`) and its slug, if the id is
/// `KIND:SLUG` with both in lower-case words joined by hyphens, the slug
/// starting with a letter, as the variant it names must.
fn kind_and_slug(id: &str) -> Option<(&str, &str)> {
    let (kind, slug) = id.split_once(':')?;
    let letter_first = slug.bytes().next().is_some_and(|b| b.is_ascii_lowercase());
    (is_slug(kind) && is_slug(slug) && letter_first).then_some((kind, slug))
}

/// Whether `s` is lower-case words (letters and digits) joined by hyphens.
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A slug's words, each capitalised, joined: `lifelong-learning` is the
/// variant `LifelongLearning`, as every vocabulary names its variants (and
/// the tables' ids name them).
pub(crate) fn pascal(slug: &str) -> String {
    slug.split('-')
        .map(|w| w[..1].to_ascii_uppercase() + &w[1..])
        .collect()
}

/// The ids the table declares.
pub(crate) fn ids(table: &Table) -> BTreeSet<String> {
    table.rows.iter().map(|row| row.fields[0].clone()).collect()
}

/// `src/model/vocabularies.rs`: for each vocabulary of the table, in the
/// order its terms first stand, `KIND_variants!`, which declares the enum
/// whose docs and head (`pub enum Theme ("theme")`) it is given, with a
/// variant per row. Each row is checked: a well-formed id, not seen before,
/// and a name, a label and a description, each on one line.
pub(crate) fn vocabularies(table: &Table, relations_table: &Table) -> Result<String, String> {
    let mut kinds: Vec<(&str, Vec<String>)> = Vec::new();
    let mut seen = BTreeSet::new();
    for row in &table.rows {
        let f = &row.fields;
        let Some((kind, slug)) = kind_and_slug(&f[0]) else {
            return Err(table.error(
                row,
                &format!(
                    "id {:?}; an id is KIND:SLUG, each lower-case words joined by hyphens, the slug starting with a letter (`theme:lifelong-learning`)",
                    f[0]
                ),
            ));
        };
        if !seen.insert(f[0].as_str()) {
            return Err(table.error(row, &format!("id {:?} is listed twice", f[0])));
        }
        for (column, value) in COLUMNS.iter().zip(f).skip(1) {
            if value.trim().is_empty() || value.trim() != value {
                return Err(table.error(
                    row,
                    &format!("{column} {value:?}; it is words, without spaces around them"),
                ));
            }
        }
        let label = if f[2] == f[1] {
            String::new()
        } else {
            format!(", short {:?}", f[2])
        };
        let variant = format!(
            "                /// {}\n                {} => {:?}, {slug:?}{label};",
            f[3],
            pascal(slug),
            f[1]
        );
        match kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, variants)) => variants.push(variant),
            None => kinds.push((kind, vec![variant])),
        }
    }
    let mut out = header(&format!("{}` and `{}", table.path, relations_table.path));
    out.push_str(
        "//! Every vocabulary's variants, from the table: for each vocabulary a macro\n\
         //! that declares its enum, given the enum's docs and head, with a variant\n\
         //! per row (the slug of its id in capitalised words), its name, its slug\n\
         //! and, where it has one, its short label; the description is the\n\
         //! variant's doc. Then the links between terms, each relation a macro\n\
         //! that defines its function where its enum is: each verb's stance and\n\
         //! each heading's parent.\n",
    );
    for (kind, variants) in &kinds {
        let name = format!("{}_variants", kind.replace('-', "_"));
        let _ = write!(
            out,
            "\n/// Declares the `{kind}` vocabulary's enum, given its docs and head.\n\
             #[rustfmt::skip]\n\
             macro_rules! {name} {{\n    \
                 ($($head:tt)*) => {{\n        \
                     $crate::model::vocabulary::vocabulary! {{\n            \
                         $($head)* {{\n{}\n            \
                         }}\n        \
                     }}\n    \
                 }};\n\
             }}\n\
             pub(crate) use {name};\n",
            variants.join("\n")
        );
    }
    out.push_str(&relations(relations_table, table)?);
    Ok(out)
}

/// The columns of `data/relations.tsv`.
pub(crate) const RELATION_COLUMNS: [&str; 3] = ["id", "relation", "to"];

/// What each relation of `data/relations.tsv` links: the kind of its terms,
/// the kind of what they link to, whether every term has one, the macro
/// that defines the function that gives it, and the function, with its type
/// and docs.
const RELATIONS: [(&str, &str, &str, bool, &str, &str, &str); 2] = [
    (
        "stance",
        "verb",
        "stance",
        true,
        "verb_stances",
        "stance_of(verb: Verb) -> Stance",
        "each verb's stance",
    ),
    (
        "parent",
        "section",
        "section",
        false,
        "section_parents",
        "parent_of(section: Section) -> Option<Section>",
        "the heading each heading stands under, if any",
    ),
];

/// The functions of `data/relations.tsv`, a row per link between two terms
/// of the vocabularies (`verb:urge  stance  stance:call`), which end
/// `src/model/vocabularies.rs`: each relation's links checked (known ids of
/// the right kinds, each term linked once at most, every term where the
/// relation says so, no heading under itself).
fn relations(table: &Table, vocabulary: &Table) -> Result<String, String> {
    let known = ids(vocabulary);
    let variant = |id: &str| id.split_once(':').map(|(_, slug)| pascal(slug));
    let mut out = String::new();
    for (relation, from_kind, to_kind, every, name, signature, doc) in RELATIONS {
        let mut links: Vec<(&str, &str)> = Vec::new();
        for row in table.rows.iter().filter(|row| row.fields[1] == relation) {
            let (id, to) = (row.fields[0].as_str(), row.fields[2].as_str());
            for (given, kind) in [(id, from_kind), (to, to_kind)] {
                if !known.contains(given) || !given.starts_with(&format!("{kind}:")) {
                    return Err(table.error(row, &format!("{given:?}; a {relation} links a `{from_kind}:…` term to a `{to_kind}:…` term of data/vocabularies.tsv")));
                }
            }
            if links.iter().any(|(from, _)| *from == id) {
                return Err(table.error(row, &format!("{id} has a {relation} already")));
            }
            links.push((id, to));
        }
        if let Some(row) = table
            .rows
            .iter()
            .find(|row| !RELATIONS.iter().any(|r| r.0 == row.fields[1]))
        {
            return Err(table.error(
                row,
                &format!(
                    "relation {:?}; the relations are stance and parent",
                    row.fields[1]
                ),
            ));
        }
        // A heading under itself, through its parents, would never end.
        for &(start, _) in &links {
            let mut at = start;
            for _ in 0..=links.len() {
                match links.iter().find(|(from, _)| *from == at) {
                    Some(&(_, to)) if to == start => {
                        return Err(format!("{}: {start} stands under itself", table.path));
                    }
                    Some(&(_, to)) => at = to,
                    None => break,
                }
            }
        }
        let (from_type, to_type) = (pascal(from_kind), pascal(to_kind));
        let mut arms = String::new();
        for row in &vocabulary.rows {
            let id = row.fields[0].as_str();
            if !id.starts_with(&format!("{from_kind}:")) {
                continue;
            }
            let from = variant(id).unwrap_or_default();
            let to = links.iter().find(|(f, _)| *f == id).map(|(_, to)| *to);
            let value = match (to, every) {
                (Some(to), true) => format!("{to_type}::{}", variant(to).unwrap_or_default()),
                (Some(to), false) => {
                    format!("Some({to_type}::{})", variant(to).unwrap_or_default())
                }
                (None, false) => "None".to_owned(),
                (None, true) => {
                    return Err(format!(
                        "{}: {id} has no {relation}; every {from_kind} has one",
                        table.path
                    ));
                }
            };
            let _ = writeln!(arms, "                {from_type}::{from} => {value},");
        }
        let function = signature.split('(').next().unwrap_or_default();
        let _ = write!(
            out,
            "\n/// Defines `{function}`, {doc}, from `{}`, where it is invoked.\n\
             #[rustfmt::skip]\n\
             macro_rules! {name} {{\n    \
                 () => {{\n        \
                     #[allow(clippy::match_same_arms)]\n        \
                     const fn {signature} {{\n            \
                         match {from_kind} {{\n{arms}            }}\n        \
                     }}\n    \
                 }};\n\
             }}\n\
             pub(crate) use {name};\n",
            table.path
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{kind_and_slug, pascal, relations};
    use crate::table::Table;

    fn table(rows: &[&str]) -> Table {
        Table::of_rows(rows)
    }

    #[test]
    fn relations_link_known_terms_of_the_right_kinds() {
        let terms = table(&[
            "verb:urge\tu\tu\tu",
            "stance:call\tc\tc\tc",
            "section:a\ta\ta\ta",
            "section:b\tb\tb\tb",
        ]);
        let out = relations(
            &table(&[
                "verb:urge\tstance\tstance:call",
                "section:b\tparent\tsection:a",
            ]),
            &terms,
        )
        .unwrap();
        assert!(out.contains("macro_rules! verb_stances"), "{out}");
        assert!(out.contains("Verb::Urge => Stance::Call,"), "{out}");
        assert!(out.contains("Section::A => None,"), "{out}");
        assert!(out.contains("Section::B => Some(Section::A),"), "{out}");
        for (rows, says) in [
            (
                &["section:a\tparent\tsection:b"][..],
                "verb:urge has no stance",
            ),
            (
                &["verb:urge\tstance\tsection:a"],
                "\"section:a\"; a stance links a `verb:…` term to a `stance:…` term",
            ),
            (
                &[
                    "verb:urge\tstance\tstance:call",
                    "verb:urge\tstance\tstance:call",
                ],
                "verb:urge has a stance already",
            ),
            (
                &[
                    "verb:urge\tstance\tstance:call",
                    "verb:urge\tcolour\tstance:call",
                ],
                "relation \"colour\"",
            ),
            (
                &[
                    "verb:urge\tstance\tstance:call",
                    "section:a\tparent\tsection:b",
                    "section:b\tparent\tsection:a",
                ],
                "section:a stands under itself",
            ),
        ] {
            let error = relations(&table(rows), &terms).unwrap_err();
            assert!(error.contains(says), "{error}");
        }
    }

    #[test]
    fn ids_are_kinds_and_slugs_of_lower_case_words() {
        assert_eq!(
            kind_and_slug("anaphor-kind:pronoun"),
            Some(("anaphor-kind", "pronoun"))
        );
        for bad in [
            "theme",
            "theme:",
            ":x",
            "Theme:x",
            "theme:a--b",
            "theme:a b",
        ] {
            assert_eq!(kind_and_slug(bad), None, "{bad}");
        }
        assert_eq!(
            pascal("new-skills-and-lifelong-learning"),
            "NewSkillsAndLifelongLearning"
        );
        assert_eq!(pascal("asemme6"), "Asemme6");
    }
}
