//! What a study cites agrees everywhere it is written: `CITATION.cff`, the
//! README's "How to cite", the CHANGELOG's releases, the licence files and the
//! editions all give the crate's data version, licence and source. And what
//! prose cites is read as `tests/data/citations.tsv` says it should be.

use std::fmt::Write;
use std::path::Path;

use asem_seoul_declaration::{
    Citation, Cited, DATA_LICENSE, DATA_VERSION, Error, Owner, SOURCE_SHA256, declaration,
    find_citations,
};
use serde_json::Value;
use sha2::{Digest, Sha256};

fn read(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn edition() -> Value {
    serde_json::from_str(&read("editions/seoul-declaration.json")).unwrap()
}

/// The value of `key:` in CITATION.cff, the first at `indent` spaces, unquoted.
fn cff(key: &str, indent: usize) -> String {
    let text = read("CITATION.cff");
    let wanted = format!("{}{key}:", " ".repeat(indent));
    let line = text
        .lines()
        .find(|line| line.starts_with(&wanted))
        .unwrap_or_else(|| panic!("CITATION.cff has no {key:?} at indent {indent}"));
    line[wanted.len()..].trim().trim_matches('"').to_owned()
}

#[test]
fn citation_cff_the_page_and_the_json_agree_on_the_declarations_type_author_and_title() {
    let json = edition();
    let source = &json["source"];
    let html = read("editions/seoul-declaration.html");
    // Type: a report (CFF `report`, schema.org `Report`, Zotero's report).
    assert_eq!(cff("- type", 2), "report");
    assert_eq!(source["type"], "report");
    assert!(html.contains("\"@type\": \"Report\""));
    assert!(html.contains("name=\"citation_technical_report_institution\""));
    // Author: the meeting, one corporate name.
    let author = source["author"].as_str().unwrap();
    assert_eq!(cff("- name", 6), author);
    assert!(html.contains(&format!("name=\"citation_author\" content=\"{author},\"")));
    assert!(html.contains(&format!(
        "\"author\": {{ \"@type\": \"Organization\", \"name\": \"{author}\" }}"
    )));
    // Title.
    let title = source["title"].as_str().unwrap();
    assert_eq!(cff("title", 4), title);
    assert!(html.contains(&format!("name=\"citation_title\" content=\"{title}\"")));
}

#[test]
fn citation_cff_gives_the_data_version_licence_and_source_of_the_editions() {
    let json = edition();
    assert_eq!(cff("version", 0), DATA_VERSION);
    assert_eq!(json["data_version"], DATA_VERSION);
    assert_eq!(cff("license", 0), DATA_LICENSE);
    assert_eq!(json["license"]["id"], DATA_LICENSE);
    assert_eq!(cff("type", 0), "dataset");
    assert_eq!(cff("repository-code", 0), env!("CARGO_PKG_REPOSITORY"));
    // The declaration itself, in references.
    let source = &json["source"];
    assert_eq!(cff("url", 4), source["url"].as_str().unwrap());
    assert_eq!(
        cff("date-published", 4),
        source["adopted"].as_str().unwrap()
    );
    assert_eq!(
        cff("date-start", 6),
        source["meeting_first_day"].as_str().unwrap()
    );
    assert_eq!(
        cff("date-end", 6),
        source["meeting_last_day"].as_str().unwrap()
    );
    assert_eq!(cff("name", 6), source["publisher"].as_str().unwrap());
    // The page names the dataset by the same title.
    let html = read("editions/seoul-declaration.html");
    assert!(
        html.contains(&cff("title", 0)),
        "the HTML does not give the CITATION.cff title"
    );
}

#[test]
fn the_changelog_dates_the_release_of_this_data_version() {
    let changelog = read("CHANGELOG.md");
    let releases: Vec<&str> = changelog
        .lines()
        .filter(|line| line.starts_with("## [") && !line.contains("Unreleased"))
        .collect();
    assert!(
        releases[0].starts_with(&format!("## [{}] - ", env!("CARGO_PKG_VERSION"))),
        "the latest release in the CHANGELOG is not the crate's version: {}",
        releases[0]
    );
    let notes = |release: &str| {
        let notes = &changelog[changelog.find(release).unwrap()..];
        notes[..notes[3..].find("\n## [").map_or(notes.len(), |end| end + 3)].to_owned()
    };
    // Every release says which data version it carries; the data version was
    // released with the oldest release that carries it, and CITATION.cff, which
    // cites the data, gives that date.
    let carrying: Vec<&str> = releases
        .iter()
        .copied()
        .filter(|release| notes(release).contains(&format!("Data version {DATA_VERSION}")))
        .collect();
    assert_eq!(
        carrying.first(),
        releases.first(),
        "the latest release does not say it carries data version {DATA_VERSION}"
    );
    let first = carrying.last().unwrap();
    let date = first.rsplit(' ').next().unwrap();
    assert_eq!(cff("date-released", 0), date, "{first}");
}

/// The README's list of versions gives the crate's and the data's as they
/// are (the JSON format's is checked with the JSON edition, in `api.rs`).
#[test]
fn the_readme_gives_the_versions_as_they_are() {
    let readme = read("README.md");
    for (what, version) in [
        ("the **crate**", env!("CARGO_PKG_VERSION")),
        ("the **data**", DATA_VERSION),
    ] {
        let line = readme
            .lines()
            .find(|line| line.starts_with(&format!("- {what}")))
            .unwrap_or_else(|| panic!("README.md lists no version for {what}"));
        assert!(line.contains(&format!("`{version}`")), "{line}");
    }
}

#[test]
fn the_readme_says_how_to_cite_the_data_and_a_paragraph() {
    let readme = read("README.md");
    let start = readme
        .find("\n## How to cite")
        .expect("a How to cite section");
    let section = &readme[start + 1..];
    let section = &section[..section[3..]
        .find("\n## ")
        .map_or(section.len(), |end| end + 3)];
    // The section's words, its lines joined and quote marks taken off.
    let section = section
        .lines()
        .map(|line| line.trim_start_matches('>').trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(section.contains(&cff("title", 0)), "{section}");
    assert!(
        section.contains(&format!("data version {DATA_VERSION}")),
        "{section}"
    );
    assert!(section.contains("CITATION.cff"), "{section}");
    // The paragraph citation it gives is one the crate reads.
    let example = "Seoul Declaration (ASEMME6, 2017), para. 6";
    assert!(section.contains(example), "{section}");
    let citation: Citation = example.parse().unwrap();
    match citation.resolve() {
        Cited::Paragraphs([p]) => assert_eq!(p.number(), 6),
        other => panic!("{example} resolves to {other:?}"),
    }
    assert_eq!(
        declaration().paragraph(6).unwrap().citation().to_string(),
        example
    );
}

#[test]
fn the_licences_are_named_where_users_look() {
    let readme = read("README.md");
    let data = read("LICENSE-DATA");
    assert!(data.contains("Creative Commons Attribution 4.0 International"));
    assert!(
        data.contains("no licence is claimed"),
        "LICENSE-DATA states the text's status"
    );
    assert!(read("LICENSE").contains("MIT"));
    for needle in ["LICENSE-DATA", "CC BY 4.0", "MIT"] {
        assert!(
            readme.contains(needle),
            "the README does not mention {needle}"
        );
    }
    assert_eq!(env!("CARGO_PKG_LICENSE"), format!("MIT AND {DATA_LICENSE}"));
}

#[test]
fn the_source_in_the_editions_is_the_file_its_digest_names() {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("editions/seoul-declaration-asemme6-2017.md"),
    )
    .unwrap();
    let digest = Sha256::digest(&bytes)
        .iter()
        .fold(String::new(), |mut hex, b| {
            write!(hex, "{b:02x}").unwrap();
            hex
        });
    assert_eq!(digest, SOURCE_SHA256);
    assert_eq!(edition()["source"]["sha256"], SOURCE_SHA256);
}

/// How the data file writes an owner.
fn owner_name(owner: Owner) -> &'static str {
    match owner {
        Owner::Declaration => "declaration",
        Owner::Other => "other",
        Owner::Unnamed => "unnamed",
        _ => "an owner the data file does not name",
    }
}

/// How the data file writes a reading: the short citation, or the error's
/// variant.
fn reading(citation: &Result<Citation, Error>) -> String {
    let variant = match citation {
        Ok(cite) => return cite.short().to_string(),
        Err(Error::NoSuchParagraph { .. }) => "NoSuchParagraph",
        Err(Error::NoSuchSentence { .. }) => "NoSuchSentence",
        Err(Error::NoSuchFootnote { .. }) => "NoSuchFootnote",
        Err(Error::ReversedRange { .. }) => "ReversedRange",
        Err(Error::UnrecognisedCitation { .. }) => "UnrecognisedCitation",
        Err(Error::PartialCitation { .. }) => "PartialCitation",
        Err(Error::OtherDocument { .. }) => "OtherDocument",
        Err(_) => "an error a citation does not give",
    };
    format!("error: {variant}")
}

/// Each line of the data file is one citation found in its prose: the text
/// found, whose it is and how it reads. Lines with the same prose are its
/// citations in order; "-" says it holds none.
#[test]
fn citations_in_prose_are_read_as_the_data_file_says() {
    let data = read("tests/data/citations.tsv");
    let mut lines = data.lines().filter(|line| !line.starts_with('#'));
    assert_eq!(lines.next(), Some("prose\tfound\towner\treading"));
    let mut proses: Vec<(&str, Vec<[&str; 3]>)> = Vec::new();
    for line in lines {
        let columns: Vec<&str> = line.split('\t').collect();
        let [prose, found, owner, reading] = columns[..] else {
            panic!("not four columns: {line:?}");
        };
        let expected = [found, owner, reading];
        match proses.last_mut() {
            Some((last, citations)) if *last == prose => citations.push(expected),
            _ => proses.push((prose, vec![expected])),
        }
    }
    let (mut right, mut total) = (0, 0);
    let mut wrong = Vec::new();
    for (prose, expected) in &proses {
        let expected: Vec<[String; 3]> = expected
            .iter()
            .filter(|[found, ..]| *found != "-")
            .map(|row| row.map(str::to_owned))
            .collect();
        let found: Vec<[String; 3]> = find_citations(prose)
            .map(|c| {
                [
                    c.text().to_owned(),
                    owner_name(c.owner()).to_owned(),
                    reading(&c.citation()),
                ]
            })
            .collect();
        total += expected.len();
        right += expected
            .iter()
            .zip(&found)
            .filter(|(expected, found)| expected == found)
            .count();
        if found != expected {
            wrong.push(format!("{prose:?}: found {found:?}, expected {expected:?}"));
        }
        // One grammar: each citation of this declaration found parses alone
        // as it reads in the prose (a list's later items, "8" of "paras. 6,
        // 8 and 9", are citations only after their head).
        let alone = |c: &asem_seoul_declaration::FoundCitation| {
            c.owner() != Owner::Other && !c.text().starts_with(|d: char| d.is_ascii_digit())
        };
        for c in find_citations(prose).filter(alone) {
            assert_eq!(c.text().parse::<Citation>(), c.citation(), "{prose:?}");
        }
    }
    eprintln!("{right} of {total} citations on tests/data/citations.tsv read right");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(total >= 40, "{total} citations");
    assert_eq!(right, total);
}

/// The rows of a citations file: each prose with its expected citations, as
/// `[found, owner, reading]`, none for a prose marked `-`.
fn proses(path: &str) -> Vec<(String, Vec<[String; 3]>)> {
    let data = read(path);
    let mut lines = data.lines().filter(|line| !line.starts_with('#'));
    assert_eq!(lines.next(), Some("prose\tfound\towner\treading"), "{path}");
    let mut proses: Vec<(String, Vec<[String; 3]>)> = Vec::new();
    for line in lines {
        let columns: Vec<&str> = line.split('\t').collect();
        let [prose, found, owner, reading] = columns[..] else {
            panic!("{path}: not four columns: {line:?}");
        };
        if proses.last().is_none_or(|(last, _)| last != prose) {
            proses.push((prose.to_owned(), Vec::new()));
        }
        if found != "-" {
            let expected = [found, owner, reading].map(str::to_owned);
            proses.last_mut().unwrap().1.push(expected);
        }
    }
    proses
}

/// How a reader does on a citations file, counted citation by citation.
#[derive(Debug, Default)]
struct Score {
    expected: usize,
    found: usize,
    /// Found citations read as an expected one of the same prose, paired in order.
    read_right: usize,
    /// Of those, the ones whose owner is right too.
    owner_right: usize,
    /// Of those, the ones whose found words are the expected words.
    words_right: usize,
    /// Expected citations that name nothing the declaration has, or a form
    /// read in part (every error but another document's).
    invalid: usize,
    invalid_flagged: usize,
    /// The proses with any difference, for the report.
    wrong: Vec<String>,
}

/// The longest run of pairs, in order, whose readings agree.
fn paired(expected: &[[String; 3]], found: &[[String; 3]]) -> Vec<(usize, usize)> {
    let (n, m) = (expected.len(), found.len());
    let mut table = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if expected[i][2] == found[j][2] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < n && j < m {
        if expected[i][2] == found[j][2] {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

fn score(path: &str) -> Score {
    let mut score = Score::default();
    for (prose, expected) in proses(path) {
        let found: Vec<[String; 3]> = find_citations(&prose)
            .map(|c| {
                [
                    c.text().to_owned(),
                    owner_name(c.owner()).to_owned(),
                    reading(&c.citation()),
                ]
            })
            .collect();
        score.expected += expected.len();
        score.found += found.len();
        let pairs = paired(&expected, &found);
        score.read_right += pairs.len();
        score.owner_right += pairs
            .iter()
            .filter(|&&(i, j)| expected[i][1] == found[j][1])
            .count();
        score.words_right += pairs
            .iter()
            .filter(|&&(i, j)| expected[i][0] == found[j][0])
            .count();
        let invalid =
            |row: &[String; 3]| row[2].starts_with("error: ") && row[2] != "error: OtherDocument";
        score.invalid += expected.iter().filter(|row| invalid(row)).count();
        score.invalid_flagged += pairs
            .iter()
            .filter(|&&(i, _)| invalid(&expected[i]))
            .count();
        if found != expected {
            score.wrong.push(format!(
                "{prose:?}\n  found    {found:?}\n  expected {expected:?}"
            ));
        }
    }
    score
}

/// A proportion with its Wilson 95% interval, as `0.971 [0.93, 0.99]`.
fn proportion(k: usize, n: usize) -> String {
    #[allow(clippy::cast_precision_loss)]
    let (k, n) = (k as f64, n as f64);
    let z = 1.96_f64;
    let p = k / n;
    let centre = (p + z * z / (2.0 * n)) / (1.0 + z * z / n);
    let half = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt() / (1.0 + z * z / n);
    format!("{p:.3} [{:.2}, {:.2}]", centre - half, centre + half)
}

/// The figures on a citations file, as the guide gives them.
fn figures(score: &Score) -> String {
    format!(
        "precision {}, recall {}, owner right {}, words right {}, invalid flagged {} of {}",
        proportion(score.read_right, score.found),
        proportion(score.read_right, score.expected),
        proportion(score.owner_right, score.expected),
        proportion(score.words_right, score.expected),
        score.invalid_flagged,
        score.invalid,
    )
}

/// Prose written by people who saw neither the code, the tests nor
/// `citations.tsv`, each from the brief beside the first: the reader's
/// figures on each, which the guide gives. The reader is never tuned to
/// these files.
#[test]
fn citations_in_held_out_prose() {
    let guide = read("src/guide.md");
    let mut missing = Vec::new();
    for (name, path) in [
        ("held-out", "tests/data/citations-held-out.tsv"),
        ("held-out 2", "tests/data/citations-held-out-2.tsv"),
        ("held-out 3", "tests/data/citations-held-out-3.tsv"),
        ("held-out 4", "tests/data/citations-held-out-4.tsv"),
        ("held-out 5", "tests/data/citations-held-out-5.tsv"),
        ("held-out 6", "tests/data/citations-held-out-6.tsv"),
        ("held-out 7", "tests/data/citations-held-out-7.tsv"),
        ("held-out 8", "tests/data/citations-held-out-8.tsv"),
        ("held-out 9", "tests/data/citations-held-out-9.tsv"),
        ("held-out 10", "tests/data/citations-held-out-10.tsv"),
        ("held-out 11", "tests/data/citations-held-out-11.tsv"),
        ("held-out 12", "tests/data/citations-held-out-12.tsv"),
        ("held-out 13", "tests/data/citations-held-out-13.tsv"),
        ("held-out 14", "tests/data/citations-held-out-14.tsv"),
        ("held-out 15", "tests/data/citations-held-out-15.tsv"),
        ("held-out 16", "tests/data/citations-held-out-16.tsv"),
        ("held-out 17", "tests/data/citations-held-out-17.tsv"),
        ("held-out 18", "tests/data/citations-held-out-18.tsv"),
        ("held-out 19", "tests/data/citations-held-out-19.tsv"),
    ] {
        let score = score(path);
        let line = format!(
            "- {name}: {} citations in {} proses, {} found; {}",
            score.expected,
            proses(path).len(),
            score.found,
            figures(&score)
        );
        eprintln!("{line}");
        if std::env::var_os("HELD_OUT_REPORT").is_some() {
            eprintln!("{}", score.wrong.join("\n"));
        }
        if !guide.contains(&line) {
            missing.push(line);
        }
    }
    assert!(
        missing.is_empty(),
        "src/guide.md does not give these figures:\n{}",
        missing.join("\n")
    );
}
