//! The codebook: its rules (`data/codebook-rules.tsv`), its hard cases
//! (`data/codebook-hard-cases.tsv`) and its texts, the definition of a
//! commitment and the account of the readings (`data/codebook-texts.tsv`),
//! written as one static.

use std::fmt::Write as _;

use crate::table::{Row, Table};
use crate::write::header;

/// The columns of the three tables.
pub(crate) const RULE_COLUMNS: [&str; 4] = ["group", "name", "says", "examples"];
pub(crate) const HARD_CASE_COLUMNS: [&str; 4] = ["paragraph", "words", "decision", "reason"];
pub(crate) const TEXT_COLUMNS: [&str; 2] = ["text", "value"];

/// The groups of rules, in the order the codebook gives them, and the field
/// of `Codebook` each fills.
const GROUPS: [(&str, &str); 4] = [
    ("units", "units"),
    ("tags", "tag_rules"),
    ("stance", "stance_rule"),
    ("commitments", "commitment_rules"),
];

/// The texts, each once, and the field each fills.
const TEXTS: [&str; 5] = [
    "definition",
    "definition_source",
    "definition_in_practice",
    "reliability_method",
    "reliability_findings",
];

/// `Example { paragraph, words }` for words of paragraph `given`, checked
/// to stand in its text.
fn example(
    table: &Table,
    row: &Row,
    given: &str,
    words: &str,
    texts: &[String],
) -> Result<String, String> {
    let n = table.paragraph(row, given, texts.len())?;
    if words.is_empty() || !texts[n - 1].contains(words) {
        return Err(table.error(
            row,
            &format!("the example {words:?} is not in paragraph {n}; an example is words of its paragraph, copied whole"),
        ));
    }
    Ok(format!("Example {{ paragraph: {n}, words: {words:?} }}"))
}

/// `src/facts/codebook.rs`: the codebook, every example checked against the
/// paragraphs' `texts`.
pub(crate) fn codebook(
    rules: &Table,
    hard_cases: &Table,
    texts_table: &Table,
    texts: &[String],
) -> Result<String, String> {
    let mut groups: Vec<Vec<String>> = vec![Vec::new(); GROUPS.len()];
    for row in &rules.rows {
        let f = &row.fields;
        let Some(group) = GROUPS.iter().position(|(name, _)| *name == f[0]) else {
            let names: Vec<&str> = GROUPS.iter().map(|(name, _)| *name).collect();
            return Err(rules.error(
                row,
                &format!("group {:?}; a group is one of {}", f[0], names.join(", ")),
            ));
        };
        let mut examples = Vec::new();
        for item in f[3].split(" | ") {
            let Some((n, words)) = item.split_once(": ") else {
                return Err(rules.error(row, &format!("example {item:?}; an example is PARAGRAPH: WORDS, several separated by ` | `")));
            };
            examples.push(example(rules, row, n, words, texts)?);
        }
        groups[group].push(format!(
            "Rule {{ name: {:?}, says: {:?}, examples: &[{}] }}",
            f[1],
            f[2],
            examples.join(", ")
        ));
    }
    let mut out = header(&format!(
        "{}`, `{}` and `{}",
        rules.path, hard_cases.path, texts_table.path
    ));
    out.push_str(
        "//! The codebook's rules: how the editorial layer (tags, clauses, stances,\n\
         //! commitments, obligations, forces, precision, priority areas, references) is\n\
         //! decided, each rule with examples in the declaration's own words, and every\n\
         //! hard case with its decision and reason. The definitions of the terms are\n\
         //! their vocabularies' descriptions (`data/vocabularies.tsv`). The codebook\n\
         //! edition (`editions/codebook.md`, also the crate's `codebook`\n\
         //! documentation) is written from both, with the counts per category.\n\n\
         use crate::model::codebook::{Codebook, Example, HardCase, Rule};\n\n\
         /// The codebook of the Seoul Declaration.\n\
         #[rustfmt::skip]\n\
         pub(crate) static CODEBOOK: Codebook = Codebook {\n",
    );
    for ((name, field), rules_of) in GROUPS.iter().zip(&groups) {
        if *name == "stance" {
            let [only] = rules_of.as_slice() else {
                return Err(format!(
                    "{}: the stance group has one rule; it has {}",
                    rules.path,
                    rules_of.len()
                ));
            };
            let _ = writeln!(out, "    {field}: &{only},");
            continue;
        }
        let _ = writeln!(out, "    {field}: &[");
        for rule in rules_of {
            let _ = writeln!(out, "        {rule},");
        }
        out.push_str("    ],\n");
    }
    out.push_str("    hard_cases: &[\n");
    for row in &hard_cases.rows {
        let f = &row.fields;
        let words = example(hard_cases, row, &f[0], &f[1], texts)?;
        let _ = writeln!(
            out,
            "        HardCase {{ words: {words}, decision: {:?}, reason: {:?} }},",
            f[2], f[3]
        );
    }
    out.push_str("    ],\n");
    let given: Vec<&str> = texts_table
        .rows
        .iter()
        .map(|row| row.fields[0].as_str())
        .collect();
    if given != TEXTS {
        return Err(format!(
            "{}: the texts are {given:?}; they are {TEXTS:?}, in that order",
            texts_table.path
        ));
    }
    for row in &texts_table.rows {
        let _ = writeln!(out, "    {}: {:?},", row.fields[0], row.fields[1]);
    }
    out.push_str("};\n");
    Ok(out)
}
