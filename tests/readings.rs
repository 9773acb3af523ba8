//! The crate's clauses and commitments are the adjudicated reading under
//! `data/readings/adjudicated/`, which `scripts/agreement.py` writes from the
//! blind readings and the adjudicator's decisions (CI checks that it still
//! does): every field of every row, in order, paragraph by paragraph.

use std::collections::BTreeSet;

use asem_seoul_declaration::{CommitmentKind, Delegation, Grade, Spanned, Vocabulary, declaration};

/// The rows of one of the adjudicated reading's tables, each a list of
/// (column, value) pairs.
fn rows(name: &str) -> Vec<Vec<(String, String)>> {
    let path = format!(
        "{}/data/readings/adjudicated/{name}.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("a header row").split('\t').collect();
    lines
        .map(|line| {
            header
                .iter()
                .zip(line.split('\t'))
                .map(|(c, v)| ((*c).to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

fn get<'r>(row: &'r [(String, String)], column: &str) -> &'r str {
    row.iter()
        .find(|(c, _)| c == column)
        .map_or_else(|| panic!("no column {column}"), |(_, v)| v.as_str())
}

/// A cell as the crate gives it: `-` and empty are none, and the words are
/// compared without case (coders capitalise a word that opens their quote).
fn words(cell: &str) -> Option<String> {
    (!cell.is_empty() && cell != "-").then(|| cell.to_lowercase())
}

fn listed(cell: &str) -> BTreeSet<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|v| !v.is_empty() && *v != "-")
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_commitment_is_the_adjudicated_readings_row() {
    let d = declaration();
    let read = rows("commitments");
    let ours: Vec<_> = d.commitments().collect();
    assert_eq!(
        ours.len(),
        read.len(),
        "commitments in the crate and in the reading"
    );
    for (c, row) in ours.iter().zip(&read) {
        let at = format!("{} ({} {})", c.id(), get(row, "reading"), get(row, "id"));
        let text = |s: Option<asem_seoul_declaration::Span>| s.map(|s| s.text().to_lowercase());
        assert_eq!(
            c.paragraph().number().to_string(),
            get(row, "paragraph"),
            "{at}"
        );
        let kind = match c.kind() {
            CommitmentKind::Pledge => "pledge",
            _ => "request",
        };
        assert_eq!(kind, get(row, "kind"), "{at}");
        assert_eq!(
            Some(c.text().to_lowercase()),
            words(get(row, "action")),
            "{at}"
        );
        assert_eq!(
            text(c.actor_words()),
            words(get(row, "actor_words")),
            "{at}"
        );
        assert_eq!(text(c.object()), words(get(row, "object")), "{at}");
        assert_eq!(text(c.target()), words(get(row, "target")), "{at}");
        assert_eq!(text(c.timeframe()), words(get(row, "timeframe")), "{at}");
        let slug = |g: Grade| g.id().split_once(':').map_or("", |(_, s)| s).to_owned();
        assert_eq!(slug(c.stated_grade()), get(row, "stated_grade"), "{at}");
        assert_eq!(
            slug(c.grade()),
            get(row, "grade"),
            "{at}: the grade by rule"
        );
        let spans =
            |s: &mut dyn Iterator<Item = asem_seoul_declaration::Span>| -> BTreeSet<String> {
                s.map(|s| s.text().to_lowercase()).collect()
            };
        assert_eq!(
            spans(&mut c.hedges()),
            listed(&get(row, "hedge").to_lowercase()),
            "{at}"
        );
        assert_eq!(
            spans(&mut c.intensifiers()),
            listed(&get(row, "intensifier").to_lowercase()),
            "{at}"
        );
        let yes = |b: bool| if b { "yes" } else { "no" };
        assert_eq!(
            yes(c.action_specific()),
            get(row, "action_specific"),
            "{at}"
        );
        assert_eq!(
            yes(c.object_specific()),
            get(row, "object_specific"),
            "{at}"
        );
        assert_eq!(yes(c.measurable()), get(row, "measurable"), "{at}");
        assert_eq!(
            c.precision().slug(),
            get(row, "precision"),
            "{at}: the precision by formula"
        );
        let delegation = match c.delegation() {
            None => "none",
            Some(Delegation::Body) => "body",
            Some(_) => "class",
        };
        assert_eq!(delegation, get(row, "delegation"), "{at}");
        assert_eq!(
            text(c.delegated_to()),
            words(get(row, "delegation_words")),
            "{at}"
        );
        assert_eq!(
            c.g7_commitment().map(|n| format!("g{n}")),
            words(get(row, "g7")),
            "{at}"
        );
        let themes: BTreeSet<String> = c.themes().map(|t| t.slug().to_owned()).collect();
        assert_eq!(themes, listed(get(row, "themes")), "{at}");
        let priorities: BTreeSet<String> = c.priorities().map(|p| p.slug().to_owned()).collect();
        assert_eq!(priorities, listed(get(row, "priorities")), "{at}");
    }
}

#[test]
fn every_clause_is_decided_as_the_adjudicated_reading_decides_it() {
    let d = declaration();
    let read = rows("clauses");
    let ours: Vec<_> = d.clauses().collect();
    assert_eq!(
        ours.len(),
        read.len(),
        "clauses in the crate and in the reading"
    );
    let mut differ = Vec::new();
    for (c, row) in ours.iter().zip(&read) {
        let at = format!(
            "{:?} ({} {})",
            c.text(),
            get(row, "reading"),
            get(row, "id")
        );
        assert_eq!(
            c.paragraph().number().to_string(),
            get(row, "paragraph"),
            "{at}"
        );
        let rule = c.exclusion().map_or("-".to_owned(), |e| {
            // The exclusions' descriptions open with their rule, "X1: ...".
            e.description()
                .split(':')
                .next()
                .unwrap_or_default()
                .to_owned()
        });
        let decision = if c.exclusion().is_some() {
            "excluded"
        } else {
            "commitments"
        };
        if (decision, rule.as_str()) != (get(row, "decision"), get(row, "rule")) {
            differ.push(format!(
                "{at}: {decision} {rule}, read {} {}",
                get(row, "decision"),
                get(row, "rule")
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "clauses decided otherwise:\n{}",
        differ.join("\n")
    );
}

/// Every figure of the README's reliability table is one that
/// `scripts/agreement.py` computed (`data/readings/agreement.tsv`, which CI
/// checks against the script).
#[test]
fn the_readmes_reliability_figures_are_the_scripts() {
    let root = env!("CARGO_MANIFEST_DIR");
    let figures = std::fs::read_to_string(format!("{root}/data/readings/agreement.tsv")).unwrap();
    let computed: BTreeSet<Vec<&str>> = figures.lines().map(|l| l.split('\t').collect()).collect();
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let start = readme
        .find("| field | level | units | alpha | interval |")
        .expect("the README's reliability table");
    let quoted: Vec<Vec<&str>> = readme[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect();
    assert!(quoted.len() >= 5, "{quoted:?}");
    for row in &quoted {
        assert!(
            computed.contains(row),
            "the README gives {row:?}, which the script did not compute"
        );
    }
}

/// The words as a coder quotes them: no markup, straight apostrophes, one
/// space, no case.
fn quoted(words: &str) -> String {
    let mut plain = String::new();
    let mut in_tag = false;
    for c in words.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            '\u{2019}' | '\u{2018}' if !in_tag => plain.push('\''),
            _ if !in_tag => plain.extend(c.to_lowercase()),
            _ => {}
        }
    }
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_anaphor_is_the_adjudicated_readings_row() {
    let d = declaration();
    let read = rows("anaphors");
    let ours: Vec<_> = d.anaphors().collect();
    assert_eq!(
        ours.len(),
        read.len(),
        "anaphors in the crate and in the reading"
    );
    // The reading lists a paragraph's anaphors in its coder's order, the
    // crate in the text's: they are matched by paragraph and words, and the
    // same words twice in a paragraph ("its") in the order of the text.
    for (i, a) in ours.iter().enumerate() {
        let at = format!("{a:?}");
        let n = a.paragraph().number().to_string();
        let same = |p: &str, w: &str| p == n && quoted(w) == quoted(a.text());
        let before = ours[..i]
            .iter()
            .filter(|o| same(&o.paragraph().number().to_string(), o.text()))
            .count();
        let row = read
            .iter()
            .filter(|r| same(get(r, "paragraph"), get(r, "words")))
            .nth(before)
            .unwrap_or_else(|| panic!("{at}: not in the reading"));
        assert_eq!(a.kind().slug(), get(row, "kind"), "{at}");
        let place = a.antecedent().words().map_or_else(
            || "heading".to_owned(),
            |w| w.paragraph().number().to_string(),
        );
        assert_eq!(place, get(row, "antecedent_paragraph"), "{at}");
        assert_eq!(
            quoted(a.antecedent().text()),
            quoted(get(row, "antecedent_words")),
            "{at}"
        );
    }
}

#[test]
fn every_commitments_antecedent_is_the_adjudicated_readings() {
    let read = rows("commitments");
    for (c, row) in declaration().commitments().zip(&read) {
        assert_eq!(
            c.antecedent().map(|a| quoted(a.text())),
            words(get(row, "antecedent")).map(|w| quoted(&w)),
            "{}",
            c.id()
        );
    }
}

/// The README's sentence of counts is what the data give.
#[test]
fn the_readmes_counts_are_the_datas() {
    use asem_seoul_declaration::{Force, Obligation, Precision};
    let d = declaration();
    let all: Vec<_> = d.commitments().collect();
    let count = |f: &dyn Fn(&asem_seoul_declaration::Commitment) -> bool| {
        all.iter().filter(|c| f(c)).count()
    };
    let clauses: BTreeSet<String> = all
        .iter()
        .map(|c| format!("{} {}", c.paragraph().number(), c.clause().text()))
        .collect();
    let mut g7: Vec<u8> = all.iter().filter_map(|c| c.g7_commitment()).collect();
    g7.dedup();
    let expected = format!(
        "The declaration holds {} commitments in {} clauses: {} pledges ({} firm, {} willing) and {} requests ({} urge, {} invite); {} of medium precision and {} low; {} delegated ({} to a named body); {} that the G7 Research Group would count.",
        all.len(),
        clauses.len(),
        count(&|c| c.kind() == CommitmentKind::Pledge),
        count(&|c| c.obligation() == Some(Obligation::Firm)),
        count(&|c| c.obligation() == Some(Obligation::Willing)),
        count(&|c| c.kind() == CommitmentKind::Request),
        count(&|c| c.force() == Some(Force::Urge)),
        count(&|c| c.force() == Some(Force::Invite)),
        count(&|c| c.precision() == Precision::Medium),
        count(&|c| c.precision() == Precision::Low),
        count(&|c| c.delegation().is_some()),
        count(&|c| c.delegation() == Some(Delegation::Body)),
        g7.len(),
    );
    // The kinds of grade and precision the sentence leaves out do not occur.
    assert_eq!(
        count(&|c| c.obligation() == Some(Obligation::Exploratory))
            + count(&|c| c.force() == Some(Force::Encourage))
            + count(&|c| c.precision() == Precision::High),
        0
    );
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let flat = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&expected),
        "the README should say: {expected}"
    );
}

/// Every figure the codebook's findings quote to three places is one the
/// script computed.
#[test]
fn the_codebooks_findings_quote_the_scripts_figures() {
    let root = env!("CARGO_MANIFEST_DIR");
    let figures = std::fs::read_to_string(format!("{root}/data/readings/agreement.tsv")).unwrap();
    let codebook = std::fs::read_to_string(format!("{root}/editions/codebook.md")).unwrap();
    let section = &codebook[codebook.find("## Reliability").unwrap()..];
    let findings = section
        .lines()
        .filter(|l| !l.starts_with('|'))
        .collect::<Vec<_>>()
        .join(" ");
    let quoted: Vec<&str> = findings
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|w| w.len() == 5 && w.as_bytes()[1] == b'.')
        // Krippendorff's threshold for tentative conclusions, the aim.
        .filter(|w| *w != "0.667")
        .collect();
    assert!(quoted.len() >= 4, "{quoted:?}");
    for figure in quoted {
        assert!(
            figures.contains(figure),
            "the codebook quotes {figure}, which the script did not compute"
        );
    }
}
