//! The project's generator: each table of the editorial layer in `data/`
//! written as plain Rust statics in `src/`, so that a dependent's build
//! compiles data and evaluates nothing. The tables of a second declaration,
//! constructed for the tests (`tests/fixture/data/`), go through the same
//! generator into `tests/fixture/paragraphs/`.
//!
//! ```text
//! cargo xtask codegen           # writes the generated files
//! cargo xtask codegen --check   # fails where they differ from the tables
//! ```
//!
//! Every row is checked before anything is written: its paragraph exists,
//! every id is one of the vocabularies', and its words stand in that
//! paragraph's text, as `data/paragraphs.tsv` holds it (`tests/conformance.rs`
//! checks those texts against the source). An error names the table, the row
//! and what is accepted. The vocabularies' terms (`data/vocabularies.tsv`)
//! are written as the variants of their enums, in `src/model/`. The generator
//! reads files only, never the crate, so that it runs whatever state the
//! generated files are in; the ids it accepts are the vocabularies' terms,
//! the meetings of the declaration's series (its `meetings.tsv`), the
//! ministers and the declaration. A declaration's own facts (its
//! `document.tsv`) are written with its meetings as its `document.rs`.

mod codebook;
mod document;
mod generators;
mod glossary;
mod package;
mod table;
mod vocabularies;
mod write;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use document::Series;
use generators::{
    COMMITMENT_COLUMNS, anaphors, clauses, commitments, mentions, records, tags, texts_file,
};
use table::{check_ids, known_ids, paragraph_texts, read_table};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["codegen"] => false,
        ["codegen", "--check"] => true,
        _ => {
            eprintln!("usage: cargo xtask codegen [--check]");
            return ExitCode::from(2);
        }
    };
    // The checkout `cargo xtask` runs in, which cargo names at run time: a
    // binary built in another checkout writes this one's files.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    let Some(root) = manifest.parent().map(Path::to_path_buf) else {
        eprintln!("error: {} has no parent folder", manifest.display());
        return ExitCode::FAILURE;
    };
    let (mut files, known) = match crate_files(&root) {
        Ok(read) => read,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    for document in DOCUMENTS {
        match generate(&root, document, &known) {
            Ok(more) => files.extend(more),
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::FAILURE;
            }
        }
    }
    let mut stale = Vec::new();
    for (path, text) in &files {
        let full = root.join(path);
        let current = std::fs::read_to_string(&full).unwrap_or_default();
        if current == *text {
            continue;
        }
        if check {
            stale.push(path.display().to_string());
        } else if let Err(e) = std::fs::write(&full, text) {
            eprintln!("error: cannot write {}: {e}", full.display());
            return ExitCode::FAILURE;
        } else {
            eprintln!("wrote {}", path.display());
        }
    }
    if !stale.is_empty() {
        eprintln!(
            "error: {} would change; run `cargo xtask codegen`",
            stale.join(", ")
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Generated files: each one's path under the root and its text.
type Generated = Vec<(PathBuf, String)>;

/// The files of the crate as a whole, whatever the declaration: the
/// vocabularies' variants and the data package's schemas; and the
/// vocabularies' ids.
fn crate_files(root: &Path) -> Result<(Generated, BTreeSet<String>), String> {
    let vocabulary = read_table(root, "data/vocabularies.tsv", &vocabularies::COLUMNS)?;
    let relations = read_table(root, "data/relations.tsv", &vocabularies::RELATION_COLUMNS)?;
    let tables = read_table(root, "data/package-tables.tsv", &package::TABLE_COLUMNS)?;
    let fields = read_table(root, "data/package-fields.tsv", &package::FIELD_COLUMNS)?;
    let files = vec![
        (
            PathBuf::from("src/model/vocabularies.rs"),
            vocabularies::vocabularies(&vocabulary, &relations)?,
        ),
        (
            PathBuf::from("src/render/tables/schema.rs"),
            package::schemas(&tables, &fields, &vocabulary)?,
        ),
    ];
    Ok((files, vocabularies::ids(&vocabulary)))
}

/// The text of `document`'s own file, from its `document.tsv` and
/// `meetings.tsv`, and the series of meetings those name.
fn document_file(root: &Path, document: Document) -> Result<(String, Series), String> {
    let table = |name: &str| format!("{}/{name}.tsv", document.tables);
    let document_table = read_table(root, &table("document"), &document::DOCUMENT_COLUMNS)?;
    let meetings = read_table(root, &table("meetings"), &document::MEETING_COLUMNS)?;
    let series = Series::of(&meetings)?;
    let text = document::document(
        &document_table,
        &meetings,
        &series,
        document.tables,
        document.file,
    )?;
    Ok((text, series))
}

/// The text of `document`'s codebook, from its three tables, every example
/// checked against the paragraphs' `texts`.
fn codebook_file(root: &Path, document: Document, texts: &[String]) -> Result<String, String> {
    let table = |name: &str| format!("{}/{name}.tsv", document.tables);
    let rules = read_table(root, &table("codebook-rules"), &codebook::RULE_COLUMNS)?;
    let hard_cases = read_table(
        root,
        &table("codebook-hard-cases"),
        &codebook::HARD_CASE_COLUMNS,
    )?;
    let texts_table = read_table(root, &table("codebook-texts"), &codebook::TEXT_COLUMNS)?;
    codebook::codebook(&rules, &hard_cases, &texts_table, texts)
}

/// The text of `document`'s glossary, from its three tables, every id
/// checked against the `known` ones and every expansion against the
/// paragraph that spells it out.
fn glossary_file(
    root: &Path,
    document: Document,
    known: &BTreeSet<String>,
    series: &Series,
    texts: &[String],
) -> Result<String, String> {
    let table = |name: &str| format!("{}/{name}.tsv", document.tables);
    let names = read_table(root, &table("names"), &glossary::NAME_COLUMNS)?;
    let acronyms = read_table(root, &table("acronyms"), &glossary::ACRONYM_COLUMNS)?;
    let same_as = read_table(root, &table("same-as"), &glossary::SAME_AS_COLUMNS)?;
    glossary::glossary(&names, &acronyms, &same_as, known, series, texts)
}

/// A declaration the generator writes: the folder of its tables, the file
/// of what it is and the folder of its paragraphs' modules, all under the
/// root.
#[derive(Clone, Copy)]
struct Document {
    tables: &'static str,
    file: &'static str,
    modules: &'static str,
    /// Where its codebook and its glossary are written, from their tables
    /// beside its others, if it has its own.
    facts: Option<&'static str>,
}

/// The Seoul Declaration, and the declaration constructed for the tests.
const DOCUMENTS: [Document; 2] = [
    Document {
        tables: "data",
        file: "src/facts/document.rs",
        modules: "src/facts/paragraphs",
        facts: Some("src/facts"),
    },
    Document {
        tables: "tests/fixture/data",
        file: "tests/fixture/document.rs",
        modules: "tests/fixture/paragraphs",
        facts: None,
    },
];

/// The columns of `clauses.tsv` and `anaphors.tsv`.
const CLAUSE_COLUMNS: [&str; 7] = [
    "paragraph",
    "verb_words",
    "verb",
    "form",
    "addressees",
    "scope",
    "exclusion",
];
const ANAPHOR_COLUMNS: [&str; 6] = [
    "paragraph",
    "words",
    "context",
    "kind",
    "antecedent_paragraph",
    "antecedent",
];

/// Every generated file of `document`, its path under the root and its text.
fn generate(
    root: &Path,
    document: Document,
    vocabulary: &BTreeSet<String>,
) -> Result<Vec<(PathBuf, String)>, String> {
    let table = |name: &str| format!("{}/{name}.tsv", document.tables);
    let module = |name: &str| PathBuf::from(format!("{}/{name}.rs", document.modules));
    let paragraphs_table = read_table(
        root,
        &table("paragraphs"),
        &["paragraph", "section", "text"],
    )?;
    let texts = paragraph_texts(&paragraphs_table)?;
    let footnotes_table = read_table(
        root,
        &table("footnotes"),
        &["footnote", "paragraph", "after", "text"],
    )?;
    let emphasis_table = read_table(root, &table("emphasis"), &["text", "words"])?;
    let tags_table = read_table(root, &table("tags"), &["paragraph", "tag", "evidence"])?;
    let mentions_table = read_table(
        root,
        &table("mentions"),
        &["paragraph", "words", "referents"],
    )?;
    let sentences_table = read_table(root, &table("sentences"), &["paragraph", "sentence"])?;
    let clauses_table = read_table(root, &table("clauses"), &CLAUSE_COLUMNS)?;
    let commitments_table = read_table(root, &table("commitments"), &COMMITMENT_COLUMNS)?;
    let anaphors_table = read_table(root, &table("anaphors"), &ANAPHOR_COLUMNS)?;
    let (document_text, series) = document_file(root, document)?;
    let known = known_ids(vocabulary, &series);
    for (table, columns) in [
        (&paragraphs_table, &["section"][..]),
        (&tags_table, &["tag"]),
        (&mentions_table, &["referents"]),
        (&clauses_table, &["verb", "form", "addressees", "exclusion"]),
        (
            &commitments_table,
            &[
                "kind",
                "actor",
                "stated_grade",
                "delegation",
                "themes",
                "priorities",
            ],
        ),
        (&anaphors_table, &["kind"]),
    ] {
        check_ids(table, columns, &known)?;
    }
    let mut files = vec![
        (
            module("texts"),
            texts_file(&texts, &paragraphs_table, &footnotes_table),
        ),
        (
            module("records"),
            records(&paragraphs_table, &footnotes_table, &emphasis_table)?,
        ),
        (module("anaphors"), anaphors(&texts, &anaphors_table)?),
        (
            module("clauses"),
            clauses(&texts, &sentences_table, &clauses_table)?,
        ),
        (
            module("commitments"),
            commitments(
                &texts,
                &sentences_table,
                &clauses_table,
                &commitments_table,
                &series,
            )?,
        ),
        (module("tags"), tags(&texts, &tags_table)?),
        (
            module("mentions"),
            mentions(&texts, &mentions_table, &series)?,
        ),
        (PathBuf::from(document.file), document_text),
    ];
    if let Some(facts) = document.facts {
        files.push((
            PathBuf::from(format!("{facts}/codebook.rs")),
            codebook_file(root, document, &texts)?,
        ));
        files.push((
            PathBuf::from(format!("{facts}/glossary.rs")),
            glossary_file(root, document, &known, &series, &texts)?,
        ));
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use crate::document::Series;
    use crate::generators::{anaphors, clauses, commitments, mentions, records, tags};
    use crate::table::{Table, check_ids, paragraph_texts, referent, variant};

    fn table(rows: &[&str]) -> Table {
        Table::of_rows(rows)
    }

    const TEXTS: [&str; 2] = ["We promote mobility and mobility again.", "We share OER."];

    fn texts() -> Vec<String> {
        TEXTS.iter().map(|t| (*t).to_owned()).collect()
    }

    /// A series of two meetings, the second with what the declaration
    /// says of the meeting that adopted it, and the summit before them.
    fn meetings() -> Table {
        table(&[
            "summit:asem6\t6\t6th ASEM Summit\t-\tHelsinki\t2006\t-\t-\t-\t-\t-\t-",
            "meeting:asemme1\t1\t1st Meeting\tASEMME1\tBerlin\t2008\tA theme\t-\t-\t-\t-\t-",
            "meeting:asemme2\t2\t2nd Meeting\tASEMME2\tHanoi\t2009\tAnother\t2nd Meeting | ASEMME2\t2009-05-14/2009-05-15\tViet Nam\tHanoi, Viet Nam\t-",
        ])
    }

    fn series() -> Series {
        Series::of(&meetings()).unwrap()
    }

    /// The rows of a `document.tsv`, all but those whose field is `leave`.
    fn document_rows(leave: &str) -> Vec<String> {
        [
            "slug\tx-declaration",
            "title\tX Declaration",
            "subtitle\tA subtitle",
            "cover\tThe 2nd Meeting",
            "cover\tX Declaration",
            "meeting\tmeeting:asemme2",
            "series\tMeeting",
            "series_acronym\tASEMME",
            "adopted\t2009-05-15",
            "publisher\tA secretariat",
            "published_at\thttps://example.org/",
            "source_file\tx.md",
            "source_sha256\t00",
            "data_version\t1.0.0",
            "data_released\t2026-01-01",
            "license\tCC0-1.0",
            "license_name\tCC0",
            "license_url\thttps://example.org/cc0",
            "license_scope\tall",
            "text_status\tmade up",
            "country_code\tVN",
            "keyword\tone",
            "keyword\ttwo",
            "dataset_title\tX",
            "contributors\tus",
            "agreement\ta.tsv",
            "disagreements\td.tsv",
            "decisions\te.tsv",
        ]
        .iter()
        .filter(|row| !row.starts_with(&format!("{leave}\t")))
        .map(|row| (*row).to_owned())
        .collect()
    }

    #[test]
    fn a_declaration_is_written_from_its_document_and_meetings_tables() {
        let rows = document_rows("-");
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        let out = crate::document::document(
            &table(&rows),
            &meetings(),
            &series(),
            "tests/x/data",
            "tests/x/document.rs",
        )
        .unwrap();
        for expected in [
            "cover_lines: &[\"The 2nd Meeting\", \"X Declaration\"],",
            "meeting: &MEETINGS[1],",
            "adopted: Date { year: 2009, month: 5, day: 15 },",
            "source: include_str!(\"../../tests/x/data/x.md\"),",
            "keywords: &[\"one\", \"two\"],",
            "agreement: include_str!(\"../../tests/x/data/a.tsv\"),",
            "pub(crate) static MEETINGS: [Meeting; 2] = [",
            "names: &[\"2nd Meeting\", \"ASEMME2\"], city: \"Hanoi\", year: 2009, theme: \"Another\", dates: Some(DateRange { first: Date { year: 2009, month: 5, day: 14 }, last: Date { year: 2009, month: 5, day: 15 } }), country: Some(\"Viet Nam\"), venue: Some(\"Hanoi, Viet Nam\"), host: None }",
            "pub(crate) static SUMMIT: Summit = Summit { ordinal: 6, id: \"summit:asem6\", name: \"6th ASEM Summit\", names: &[], city: \"Helsinki\", year: 2006 };",
            "meeting_slugs: &[\"asemme1\", \"asemme2\"],",
            "summit_slugs: &[\"asem6\"],",
        ] {
            assert!(out.contains(expected), "{expected}\n{out}");
        }
        let error = |rows: Vec<String>| {
            let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
            crate::document::document(&table(&rows), &meetings(), &series(), "d", "f.rs")
                .unwrap_err()
        };
        let mut unknown = document_rows("-");
        unknown.push("colour\tblue".to_owned());
        assert!(error(unknown).contains("field \"colour\"; the fields are slug, title"));
        let mut twice = document_rows("-");
        twice.push("title\tY".to_owned());
        assert!(error(twice).contains("title again; it stands once"));
        assert!(error(document_rows("publisher")).contains("no `publisher` row"));
        let mut elsewhere = document_rows("meeting");
        elsewhere.push("meeting\tmeeting:asemme9".to_owned());
        assert!(error(elsewhere).contains("meeting \"meeting:asemme9\" is not a `meeting:…` row"));
        let mut outside = document_rows("agreement");
        outside.push("agreement\t../../secret.tsv".to_owned());
        assert!(error(outside).contains("a file is a path under the tables' folder"));
        assert!(error(document_rows("adopted")).contains("no `adopted` row"));
        let mut undated = document_rows("adopted");
        undated.push("adopted\t15 May 2009".to_owned());
        assert!(error(undated).contains("date \"15 May 2009\"; a date is written YYYY-MM-DD"));
        let no_summit = table(&["meeting:asemme1\t1\tM\tA\tB\t2008\tT\t-\t-\t-\t-\t-"]);
        assert!(
            Series::of(&no_summit)
                .err()
                .unwrap()
                .contains("no `summit:…` row")
        );
        let other = table(&["place:seoul\t1\tM\tA\tB\t2008\tT\t-\t-\t-\t-\t-"]);
        assert!(
            Series::of(&other)
                .err()
                .unwrap()
                .contains("id \"place:seoul\"")
        );
    }

    #[test]
    fn the_codebook_checks_every_example_against_its_paragraph() {
        let texts_table = table(&[
            "definition\td",
            "definition_source\ts",
            "definition_in_practice\tp",
            "reliability_method\tm",
            "reliability_findings\tf",
        ]);
        let rules = table(&["stance\tStance\tThe verb.\t1: We promote | 2: We share"]);
        let out = crate::codebook::codebook(&rules, &table(&[]), &texts_table, &texts()).unwrap();
        assert!(out.contains(
            "stance_rule: &Rule { name: \"Stance\", says: \"The verb.\", examples: &[Example { paragraph: 1, words: \"We promote\" }, Example { paragraph: 2, words: \"We share\" }] },"
        ));
        for (row, says) in [
            (
                "stance\tStance\tThe verb.\t2: We promote",
                "the example \"We promote\" is not in paragraph 2",
            ),
            ("stance\tStance\tThe verb.\tWe promote", "PARAGRAPH: WORDS"),
            ("stances\tStance\tThe verb.\t1: We", "group \"stances\""),
        ] {
            let error =
                crate::codebook::codebook(&table(&[row]), &table(&[]), &texts_table, &texts())
                    .unwrap_err();
            assert!(error.contains(says), "{error}");
        }
        let missing =
            crate::codebook::codebook(&rules, &table(&[]), &table(&["definition\td"]), &texts())
                .unwrap_err();
        assert!(missing.contains("they are [\"definition\""), "{missing}");
    }

    #[test]
    fn the_glossary_checks_its_ids_and_expansions() {
        let known = ["entity:asef", "acronym:asef", "acronym:oer", "concept:oer"]
            .iter()
            .map(|id| (*id).to_owned())
            .collect();
        let texts = vec!["We share OER, Open Educational Resources.".to_owned()];
        let names = table(&["entity:asef\tAsia-Europe Foundation | ASEF"]);
        let acronyms = table(&[
            "acronym:asef\tASEF\tAsia-Europe Foundation\t-",
            "acronym:oer\tOER\tOpen Educational Resources\t1",
        ]);
        let same_as = table(&["concept:oer acronym:oer"]);
        let out = crate::glossary::glossary(&names, &acronyms, &same_as, &known, &series(), &texts)
            .unwrap();
        assert!(out.contains(
            "Referent::Entity(Entity::Asef) => &[\"Asia-Europe Foundation\", \"ASEF\"],"
        ));
        assert!(out.contains("Acronym::Oer => Some(&PARAGRAPHS[0]),"));
        assert!(
            out.contains("&[Referent::Concept(Concept::Oer), Referent::Acronym(Acronym::Oer)],")
        );
        let not_a_name = table(&["theme:x\tX"]);
        let error =
            crate::glossary::glossary(&not_a_name, &acronyms, &same_as, &known, &series(), &texts)
                .unwrap_err();
        assert!(error.contains("referent \"theme:x\""), "{error}");
        let wrong_paragraph = table(&[
            "acronym:asef\tASEF\tAsia-Europe Foundation\t1",
            "acronym:oer\tOER\tOpen Educational Resources\t1",
        ]);
        let error = crate::glossary::glossary(
            &names,
            &wrong_paragraph,
            &same_as,
            &known,
            &series(),
            &texts,
        )
        .unwrap_err();
        assert!(error.contains("is not in paragraph 1"), "{error}");
        let missing = table(&["acronym:oer\tOER\tOpen Educational Resources\t1"]);
        let error =
            crate::glossary::glossary(&names, &missing, &same_as, &known, &series(), &texts)
                .unwrap_err();
        assert!(error.contains("no row for acronym:asef"), "{error}");
        let twice = table(&["concept:oer acronym:oer", "acronym:oer entity:asef"]);
        let error = crate::glossary::glossary(&names, &acronyms, &twice, &known, &series(), &texts)
            .unwrap_err();
        assert!(error.contains("is in two groups"), "{error}");
    }

    #[test]
    fn the_package_expands_its_directives_and_checks_its_keys() {
        let tables = table(&["a\tAn a.\tid\t-", "b\tA b.\tid\tid -> a(id)"]);
        let fields = table(&[
            "a\tid\tinteger\tyes\tThe id.",
            "a\ttext\tstring\tno\tThe words.",
            "a\t@spans text\t-\tno\t-",
            "b\t@fields a\t-\t-\t-",
            "b\t@tags\t-\t-\t-",
        ]);
        let vocabulary = table(&["theme:x\tX\tX\tAn x.", "entity:y\tY\tY\tA y."]);
        let out = crate::package::schemas(&tables, &fields, &vocabulary).unwrap();
        assert!(out.contains("Field::new(\"start\", FieldKind::Integer, \"Where `text` starts in its paragraph's text, in Unicode code points from 0 (Python, R).\").optional(),"));
        assert!(out.contains("Field::new(\"theme:x\", FieldKind::Boolean, \"An x.\"),"));
        assert!(!out.contains("entity:y"));
        assert!(out.contains("foreign_keys: &[ForeignKey::new(&[\"id\"], \"a\", &[\"id\"])],"));
        for (tables, fields, says) in [
            (
                &["a\tAn a.\tnone\t-"][..],
                &["a\tid\tinteger\tyes\tThe id."][..],
                "primary key \"none\"",
            ),
            (
                &["a\tAn a.\tid\tid -> c(id)"][..],
                &["a\tid\tinteger\tyes\tThe id."][..],
                "no table \"c\"",
            ),
            (
                &["a\tAn a.\tid\t-"][..],
                &["a\tid\tnumber\tyes\tThe id."][..],
                "type \"number\"",
            ),
            (
                &["a\tAn a.\tid\t-"][..],
                &["a\tid\tinteger\tyes\t-"][..],
                "a field no row before describes",
            ),
            (
                &["a\tAn a.\tid\t-"][..],
                &["a\tid\tinteger\tyes\tThe id.", "a\t@spans words\t-\tyes\t-"][..],
                "no field \"words\"",
            ),
        ] {
            let error =
                crate::package::schemas(&table(tables), &table(fields), &vocabulary).unwrap_err();
            assert!(error.contains(says), "{error}");
        }
    }

    #[test]
    fn ids_name_their_variants() {
        assert_eq!(
            variant("theme", "theme:lifelong-learning").as_deref(),
            Some("Theme::LifelongLearning")
        );
        assert_eq!(variant("theme", "instrument:oer"), None);
        assert_eq!(variant("theme", "theme:Mobility"), None);
        assert_eq!(variant("theme", "theme:"), None);
        assert_eq!(variant("theme", "theme:a--b"), None);
    }

    #[test]
    fn a_tag_is_written_at_the_first_occurrence_of_its_words_themes_first() {
        let out = tags(
            &texts(),
            &table(&[
                "1\tinstrument:oer\tmobility",
                "1\ttheme:mobility\tmobility again",
            ]),
        )
        .unwrap();
        let theme = out.find("Theme::Mobility").unwrap();
        let instrument = out.find("Instrument::Oer").unwrap();
        assert!(theme < instrument, "themes come first:\n{out}");
        assert!(out.contains("run: Run::at(TEXTS[0], 11, 19)"));
        assert!(out.contains("run: Run::at(TEXTS[0], 24, 38)"));
        assert!(out.starts_with("// @generated"));
    }

    #[test]
    fn a_wrong_row_is_an_error_that_names_its_line_and_what_is_accepted() {
        for (row, says) in [
            (
                "3\ttheme:mobility\tmobility",
                "line 2: paragraph \"3\"; a paragraph is a number from 1 to 2",
            ),
            (
                "1\ttheme:Mobility\tmobility",
                "line 2: tag \"theme:Mobility\"",
            ),
            (
                "1\ttheme:mobility\tOER",
                "line 2: \"OER\" is not in paragraph 1",
            ),
            ("1\ttheme:mobility\t", "line 2: no words given"),
        ] {
            let error = tags(&texts(), &table(&[row])).unwrap_err();
            assert!(
                error.starts_with("data/a.tsv, ") && error.contains(says),
                "{error}"
            );
        }
        let twice = tags(
            &texts(),
            &table(&["2\ttheme:mobility\tWe", "2\ttheme:mobility\tOER"]),
        )
        .unwrap_err();
        assert!(
            twice.contains("line 3: paragraph 2 has theme:mobility already"),
            "{twice}"
        );
    }

    #[test]
    fn referents_are_written_as_their_kind_says() {
        assert_eq!(
            referent("entity:asef", &series()).as_deref(),
            Some("Referent::Entity(Entity::Asef)")
        );
        assert_eq!(
            referent("meeting:asemme2", &series()).as_deref(),
            Some("Referent::Meeting(&MEETINGS[1])")
        );
        assert_eq!(referent("meeting:asemme7", &series()), None);
        assert_eq!(
            referent("summit:asem6", &series()).as_deref(),
            Some("Referent::Summit(&SUMMIT)")
        );
        assert_eq!(
            referent("declaration:seoul-declaration", &series()).as_deref(),
            Some("Referent::Declaration")
        );
        assert_eq!(referent("thing:asef", &series()), None);
    }

    #[test]
    fn mentions_are_found_in_order_and_words_may_name_several_things() {
        let out = mentions(
            &texts(),
            &table(&[
                "1\tmobility\tconcept:mobility",
                "1\tmobility\tconcept:mobility place:seoul",
            ]),
            &series(),
        )
        .unwrap();
        assert!(out.contains(
            "run: Run::at(TEXTS[0], 11, 19) }, referent: Referent::Concept(Concept::Mobility)"
        ));
        assert_eq!(out.matches("Run::at(TEXTS[0], 24, 32)").count(), 2, "{out}");
        let error = mentions(
            &texts(),
            &table(&[
                "1\tagain\tconcept:mobility",
                "1\tmobility\tconcept:mobility",
            ]),
            &series(),
        )
        .unwrap_err();
        assert!(
            error
                .contains("line 3: \"mobility\" is not in paragraph 1 after the mention before it"),
            "{error}"
        );
        let error = mentions(&texts(), &table(&["2\tOER\tthing:oer"]), &series()).unwrap_err();
        assert!(error.contains("line 2: referent \"thing:oer\""), "{error}");
    }

    #[test]
    fn sentences_cover_the_text_and_clauses_stand_in_them() {
        let sentences = table(&[
            "1\tWe promote mobility and mobility again.",
            "2\tWe share OER.",
        ]);
        let found = table(&[
            "2\tWe share\tverb:share\tform:main\t-\tOER\t-",
            "1\tWe promote\tverb:promote\tform:main\tentity:asef entity:asem\tmobility and mobility again\texclusion:view",
        ]);
        let out = clauses(&texts(), &sentences, &found).unwrap();
        assert!(out.contains("addressees: &[Entity::Asef, Entity::Asem], scope: Run::at(TEXTS[0], 11, 38), sentence: 1, exclusion: Some(Exclusion::View)"), "{out}");
        assert!(out.contains("form: ClauseForm::Main"), "{out}");
        let gap = table(&["1\tWe promote mobility.", "2\tWe share OER."]);
        let error = clauses(&texts(), &gap, &table(&[])).unwrap_err();
        assert!(
            error.contains("line 2: the sentence does not follow"),
            "{error}"
        );
        let short = table(&["2\tWe share OER."]);
        let error = clauses(&texts(), &short, &table(&[])).unwrap_err();
        assert!(
            error.contains("the sentences of paragraph 1 end at byte 0"),
            "{error}"
        );
        let bad = table(&["1\tWe promote\tverb:promote\tform:main\t-\tOER\t-"]);
        let error = clauses(&texts(), &sentences, &bad).unwrap_err();
        assert!(
            error.contains("line 2: the scope \"OER\" is not in paragraph 1"),
            "{error}"
        );
    }

    #[test]
    fn a_commitment_is_found_in_its_clause_s_sentence() {
        let sentences = table(&[
            "1\tWe promote mobility and mobility again.",
            "2\tWe share OER.",
        ]);
        let found = table(&[
            "1\tWe promote\tverb:promote\tform:main\t-\tmobility and mobility again\t-",
            "2\tWe share\tverb:share\tform:main\t-\tOER\t-",
        ]);
        let row = "2\tWe share\tcommitment-kind:pledge\tministers:asemme6\tobligation:firm\t-\tshare OER\tOER\t-\t-\t-\t-\tyes\tyes\tno\t-\t-\t3\ttheme:mobility\t-";
        let out = commitments(&texts(), &sentences, &found, &table(&[row]), &series()).unwrap();
        assert!(out.contains("run: Run::at(TEXTS[1], 3, 12) }, order: 1, kind: CommitmentKind::Pledge, actor: Referent::Ministers, clause: 0, stated_grade: Grade::Obligation(Obligation::Firm)"), "{out}");
        assert!(
            out.contains("object: Some(Run::at(TEXTS[1], 9, 12))")
                && out.contains("g7: Some(3), tags: &[Tag::Theme(Theme::Mobility)]"),
            "{out}"
        );
        let request = row
            .replace("obligation:firm", "obligation:urge")
            .replace("commitment-kind:pledge", "commitment-kind:request");
        let error =
            commitments(&texts(), &sentences, &found, &table(&[&request]), &series()).unwrap_err();
        assert!(error.contains("line 2: stated grade \"obligation:urge\"; a pledge's is an `obligation:…` id, a request's a `force:…` id"), "{error}");
        let elsewhere = row.replace("\tOER\t-\t-", "\tmobility\t-\t-");
        let error = commitments(
            &texts(),
            &sentences,
            &found,
            &table(&[&elsewhere]),
            &series(),
        )
        .unwrap_err();
        assert!(
            error.contains("the object \"mobility\" is not in the sentence of its clause"),
            "{error}"
        );
    }

    #[test]
    fn an_anaphor_is_pinned_by_its_context_and_points_to_its_antecedent() {
        let out = anaphors(
            &texts(),
            &table(&[
                "1\tmobility\tmobility again\tanaphor-kind:description\t2\tOER",
                "2\tWe\tWe share\tanaphor-kind:pronoun\t-\tsection:vision",
            ]),
        )
        .unwrap();
        assert!(out.contains("run: Run::at(TEXTS[0], 24, 32) }, kind: AnaphorKind::Description, antecedent: Antecedent::Words(Span { paragraph: &PARAGRAPHS[1], run: Run::at(TEXTS[1], 9, 12) })"), "{out}");
        assert!(
            out.contains("antecedent: Antecedent::Heading(Section::Vision)"),
            "{out}"
        );
        let error = anaphors(
            &texts(),
            &table(&["1\tOER\tmobility again\tanaphor-kind:pronoun\t1\tWe"]),
        )
        .unwrap_err();
        assert!(
            error.contains("line 2: the words \"OER\" are not in their context"),
            "{error}"
        );
    }

    #[test]
    fn paragraphs_are_numbered_in_order_with_their_italics_and_markers() {
        let paragraphs = table(&[
            "1\tsection:vision\tWe promote mobility and mobility again.",
            "2\tsection:mobility\tWe share OER.",
        ]);
        let footnotes = table(&["1\t2\tshare\tA note, in italics."]);
        let emphasis = table(&[
            "paragraph 1\tmobility",
            "paragraph 1\tmobility",
            "footnote 1\titalics",
        ]);
        let out = records(&paragraphs, &footnotes, &emphasis).unwrap();
        assert!(
            out.contains("emphasis: &[Run::at(TEXTS[0], 11, 19), Run::at(TEXTS[0], 24, 32)]"),
            "{out}"
        );
        assert!(out.contains("footnote_refs: &[FootnoteRef { span: Span { paragraph: &PARAGRAPHS[1], run: Run::at(TEXTS[1], 3, 8) }, footnote: &FOOTNOTES[0] }]"), "{out}");
        assert!(out.contains("Footnote { number: 1, paragraph: &PARAGRAPHS[1], text: FOOTNOTE_TEXTS[0], emphasis: &[Run::at(FOOTNOTE_TEXTS[0], 11, 18)] }"), "{out}");
        let error = paragraph_texts(&table(&["2\tsection:vision\tText."])).unwrap_err();
        assert!(
            error.contains(
                "line 2: paragraph \"2\"; the paragraphs are numbered in order, so this one is 1"
            ),
            "{error}"
        );
        let error = records(&paragraphs, &footnotes, &table(&["note 1\tA"])).unwrap_err();
        assert!(
            error.contains("\"note 1\"; the text is `paragraph N` or `footnote N`"),
            "{error}"
        );
    }

    #[test]
    fn an_id_outside_the_vocabularies_is_refused_with_its_line() {
        let mut tags = table(&["1\ttheme:mobility\tmobility", "2\ttheme:mobilty\tOER"]);
        tags.columns = vec!["paragraph".into(), "tag".into(), "evidence".into()];
        let known = ["theme:mobility".to_owned()].into_iter().collect();
        let error = check_ids(&tags, &["tag"], &known).unwrap_err();
        assert!(
            error.contains("line 3: tag \"theme:mobilty\" is not an id of the vocabularies"),
            "{error}"
        );
        tags.rows.pop();
        assert!(check_ids(&tags, &["tag"], &known).is_ok());
    }
}
