//! The briefs given to independent readers share no run of five words with
//! what they read blind: a brief that quotes the text hands its reader the
//! answers, and the agreement the reading then shows measures nothing.
//!
//! Words are compared in lower case, with punctuation and markup dropped and
//! apostrophes and dashes folded. A coder's brief may share the names of the
//! vocabularies it defines (`data/readings/allowed.txt`, one phrase a line):
//! a run made only of allowed phrases does not count.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

const RUN: usize = 5;

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The words of `text`, lower case, as the comparison sees them.
fn words(text: &str) -> Vec<String> {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{2010}'..='\u{2015}' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    // Markup between angle brackets is not text.
    let mut plain = String::with_capacity(folded.len());
    let mut in_tag = false;
    for c in folded.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                plain.push(' ');
            }
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let word = regex::Regex::new(r"[a-z0-9]+(?:['-][a-z0-9]+)*").unwrap();
    word.find_iter(&plain)
        .map(|m| m.as_str().to_owned())
        .collect()
}

fn grams(words: &[String]) -> HashSet<&[String]> {
    words.windows(RUN).collect()
}

/// The runs of `RUN` or more words that `brief` shares with `source`, less
/// those made only of allowed phrases.
fn shared_runs(brief: &str, source: &str, allowed: &[String]) -> Vec<String> {
    let (brief, source) = (words(brief), words(source));
    let allowed: Vec<Vec<String>> = allowed.iter().map(|a| words(a)).collect();
    let allowed: HashSet<&[String]> = allowed.iter().flat_map(|a| a.windows(RUN)).collect();
    let shared = grams(&source);
    let mut runs = Vec::new();
    let mut k = 0;
    while k + RUN <= brief.len() {
        let gram = &brief[k..k + RUN];
        if shared.contains(gram) && !allowed.contains(gram) {
            let mut end = k + RUN;
            while end < brief.len() && shared.contains(&brief[end + 1 - RUN..=end]) {
                end += 1;
            }
            runs.push(brief[k..end].join(" "));
            k = end;
        } else {
            k += 1;
        }
    }
    runs
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_measure_finds_a_shared_run_and_folds_what_it_should() {
    let source = "We will strive to promote the mobility of students and staff.";
    assert_eq!(
        shared_runs("they STRIVE to promote the Mobility", source, &[]),
        ["strive to promote the mobility"]
    );
    assert!(shared_runs("strive to promote mobility of students", source, &[]).is_empty());
    assert_eq!(
        shared_runs("the mobility of students and staff", source, &[]),
        ["the mobility of students and staff"]
    );
    let allowed = ["the mobility of students and staff".to_owned()];
    assert!(shared_runs("the mobility of students and staff", source, &allowed).is_empty());
    assert_eq!(
        words("Chair’s <em>co‑operation</em>"),
        ["chair's", "co-operation"]
    );
}

/// Every coder's brief under `data/readings/` shares no run with the
/// declaration, and the citation writers' brief none with the tuning file
/// nor with the declaration.
#[test]
fn no_brief_shares_a_run_of_five_words_with_what_its_reader_reads_blind() {
    let source = read(&root().join("data/seoul-declaration-asemme6-2017.md"));
    let mut checked = vec![(
        root().join("tests/data/citations-held-out.brief.md"),
        vec![
            source.clone(),
            read(&root().join("tests/data/citations.tsv")),
        ],
        Vec::new(),
    )];
    let readings = root().join("data/readings");
    if readings.is_dir() {
        let allowed_path = readings.join("allowed.txt");
        let allowed: Vec<String> = if allowed_path.exists() {
            read(&allowed_path)
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_owned)
                .collect()
        } else {
            Vec::new()
        };
        let mut dirs: Vec<PathBuf> = fs::read_dir(&readings)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.join("brief.md").exists())
            .collect();
        dirs.sort();
        for dir in dirs {
            checked.push((dir.join("brief.md"), vec![source.clone()], allowed.clone()));
        }
    }
    let mut leaks = Vec::new();
    for (brief, sources, allowed) in &checked {
        for source in sources {
            for run in shared_runs(&read(brief), source, allowed) {
                leaks.push(format!("{}: {run}", brief.display()));
            }
        }
    }
    eprintln!(
        "briefs: {} checked, {} shared runs",
        checked.len(),
        leaks.len()
    );
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}
