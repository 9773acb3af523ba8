//! The README, the crate's guide and the editions tell the same story: every
//! edition the README lists exists and is in the guide, and the guide's API
//! table names every public type.

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
fn every_edition_the_readme_lists_is_in_editions_and_in_the_guide() {
    let readme = read("README.md");
    let guide = read("src/guide.md");
    let table = table_after(&readme, "\n## Editions\n", "");
    let guide_table = table_after(&guide, "\n# Editions\n", "").join("\n");
    assert!(table.len() > 10);
    for row in &table[2..] {
        let files: Vec<&str> = row
            .split('|')
            .nth(2)
            .unwrap()
            .split('`')
            .skip(1)
            .step_by(2)
            .collect();
        assert!(!files.is_empty(), "{row}");
        for file in files {
            let path = format!("{}/editions/{file}", env!("CARGO_MANIFEST_DIR"));
            assert!(
                std::path::Path::new(&path).exists(),
                "{file} is not in editions/"
            );
            assert!(
                guide_table.contains(file),
                "the guide's table does not list {file}"
            );
        }
    }
}

#[test]
fn every_public_vocabulary_and_edition_is_in_the_api_table() {
    let guide = read("src/guide.md");
    let api = table_after(&guide, "\n# API\n", "").join("\n");
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
        "Obligation",
        "Force",
        "Grade",
        "Precision",
        "Priority",
        "Exclusion",
        "Anaphor",
        "Span",
        "Spanned",
        "Vocabulary",
        "Lookup",
        "Reading",
        "Owner",
        "DATA_VERSION",
        "codebook",
        "Hit",
        "FootnoteRef",
        "Citation",
        "find_citations",
        "tables",
        "Edition",
    ] {
        assert!(
            api.contains(&format!("`{name}")) || api.contains(&format!("{name}`")),
            "{name} is not in the API table"
        );
    }
}

/// Every table of the editorial layer in `data/` is named in the README's
/// "Correcting the data" and has its row in the guide's "Changing the data",
/// and the generator reads each.
#[test]
fn every_table_of_data_is_in_the_readme_the_guide_and_the_generator() {
    let readme = read("README.md");
    let correcting = readme
        .split("\n## Correcting the data\n")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("the README's \"Correcting the data\"");
    let guide = read("src/guide.md");
    let generator = read("xtask/src/main.rs");
    let mut tables: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/data"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| {
            std::path::Path::new(name)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("tsv"))
        })
        .collect();
    tables.sort();
    assert!(tables.len() >= 9, "{tables:?}");
    for table in &tables {
        assert!(
            correcting.contains(&format!("`{table}`")),
            "the README does not name {table}"
        );
        assert!(
            guide.contains(&format!("| `data/{table}` |")),
            "the guide has no row for {table}"
        );
        let stem = table.trim_end_matches(".tsv");
        assert!(
            generator.contains(&format!("table(\"{stem}\")"))
                || generator.contains(&format!("\"data/{table}\"")),
            "the generator does not read {table}"
        );
    }
}

/// The guide's and the README's tables of editions name every file
/// `Edition` names (the `editions` example writes them from the same table,
/// and `tests/editions.rs` holds `editions/` to what it writes); the data
/// package's files are in its folder, which the README names.
#[test]
fn every_edition_is_in_the_guide_and_the_readme() {
    use asem_seoul_declaration::{Edition, declaration};
    let table_of = |file: &str, header: &str| {
        read(file)
            .split(header)
            .nth(1)
            .and_then(|rest| rest.split("\n\n").next())
            .unwrap_or_else(|| panic!("{file} has no table of editions"))
            .to_owned()
    };
    let guide = table_of(
        "src/guide.md",
        "| format | method (feature) | command | in `editions/` |",
    );
    let readme = table_of("README.md", "| format | in `editions/` | opened in CI by |");
    for edition in Edition::ALL {
        let name = edition.path(declaration());
        assert!(
            guide.contains(&format!("`{name}`")),
            "the guide's table of editions does not name {name}"
        );
        let listed = match name.split_once('/') {
            Some((folder, _)) => format!("`{folder}/`"),
            None => format!("`{name}`"),
        };
        assert!(
            readme.contains(&listed),
            "the README's table of editions does not name {name}"
        );
    }
}
