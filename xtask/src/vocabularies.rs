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
pub(crate) fn vocabularies(table: &Table) -> Result<String, String> {
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
    let mut out = header(&table.path);
    out.push_str(
        "//! Every vocabulary's variants, from the table: for each vocabulary a macro\n\
         //! that declares its enum, given the enum's docs and head, with a variant\n\
         //! per row (the slug of its id in capitalised words), its name, its slug\n\
         //! and, where it has one, its short label; the description is the\n\
         //! variant's doc.\n",
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
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{kind_and_slug, pascal};

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
