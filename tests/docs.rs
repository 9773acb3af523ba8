//! The crate's front page and the README tell the same story: the crate docs
//! carry the README's tables of editions, of the API and of the features,
//! word for word.

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The lines of the first table after `heading`, `prefix` taken off each line.
fn table_after(text: &str, heading: &str, prefix: &str) -> Vec<String> {
    let after = text
        .split_once(heading)
        .unwrap_or_else(|| panic!("no {heading:?}"))
        .1;
    after
        .lines()
        .map(|line| line.strip_prefix(prefix).unwrap_or(line))
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_crate_docs_carry_the_readme_tables() {
    let readme = read("README.md");
    let lib = read("src/lib.rs");
    for (readme_heading, docs_heading) in [
        ("\n## Editions\n", "\n//! # Editions\n"),
        ("\n## API\n", "\n//! # API\n"),
        ("\n## Features\n", "\n//! # Features\n"),
    ] {
        let in_readme = table_after(&readme, readme_heading, "");
        let in_docs = table_after(&lib, docs_heading, "//! ");
        assert!(in_readme.len() > 5, "{readme_heading:?}");
        assert_eq!(
            in_docs, in_readme,
            "the crate docs' table under {docs_heading:?} differs from the README's"
        );
    }
}

#[test]
fn every_public_vocabulary_and_edition_is_in_the_api_table() {
    let readme = read("README.md");
    let api = table_after(&readme, "\n## API\n", "").join("\n");
    for name in [
        "Section",
        "Theme",
        "Instrument",
        "Entity",
        "Place",
        "Concept",
        "Stance",
        "Verb",
        "ClauseForm",
        "Acronym",
        "Referent",
        "Evidence",
        "Mention",
        "Clause",
        "Sentence",
        "Commitment",
        "CommitmentKind",
        "Strength",
        "Span",
        "ParagraphNumber",
        "DATA_VERSION",
        "codebook",
        "Hit",
        "FootnoteRef",
        "Citation",
        "find_citations",
        "tables",
    ] {
        assert!(
            api.contains(&format!("`{name}")) || api.contains(&format!("{name}`")),
            "{name} is not in the API table"
        );
    }
}
