//! The examples as a user runs them: what each prints, how each answers a
//! wrong argument (a short error and exit status 1, never a panic), and that
//! no writer writes outside the directory it is given.
//!
//! `cargo test` builds the examples before it runs the tests; each is run
//! here from where cargo put it.

use std::ffi::OsStr;

use asem_seoul_declaration::CommitmentKind;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The built example `name`: beside this test's own directory, `deps`.
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    let profile = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>/deps");
    let path = profile
        .join("examples")
        .join(name)
        .with_extension(std::env::consts::EXE_EXTENSION);
    assert!(path.exists(), "{} is not built", path.display());
    path
}

fn run<S: AsRef<OsStr>>(name: &str, args: &[S]) -> Output {
    Command::new(example(name))
        .args(args)
        .output()
        .expect("the example runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh, empty directory of its own for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

#[test]
fn the_declaration_example_prints_what_is_asked() {
    let d = asem_seoul_declaration::declaration();
    let whole = run::<&str>("declaration", &[]);
    assert!(whole.status.success(), "{}", stderr(&whole));
    let text = stdout(&whole);
    assert!(text.starts_with(d.cover_lines()[0]), "{}", &text[..80]);
    assert_eq!(text.matches("\n16. ").count(), 1);

    let help = run("declaration", &["--help"]);
    assert!(help.status.success());
    assert!(stdout(&help).starts_with("usage: cargo run --example declaration"));

    let tenth = stdout(&run("declaration", &["10"]));
    let first_words: String = d.paragraph(10).unwrap().text().chars().take(30).collect();
    assert!(tenth.contains(&first_words), "{tenth}");
    assert!(!tenth.contains("\n11. "));

    let cited = stdout(&run("declaration", &["see paras 6-7 and fn. 1"]));
    assert!(cited.contains("paras. 6–7") && cited.contains("\n6. ") && cited.contains("\n\n7. "));
    let footnote: String = d.footnotes()[0].text().chars().take(20).collect();
    assert!(cited.contains(&footnote), "{cited}");

    let mobility = stdout(&run("declaration", &["mobility"]));
    assert_eq!(
        mobility.lines().next(),
        Some("Section: Promotion of mobility between Asia and Europe")
    );

    // The JSON it prints is the edition's: after a change of the data, both
    // come from `cargo run --example editions`. The message is short, not
    // two copies of the edition.
    let json = stdout(&run("declaration", &["--format", "json"]));
    let edition = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/editions/seoul-declaration.json"
    ))
    .unwrap();
    assert!(
        json == edition,
        "the example's JSON differs from editions/seoul-declaration.json (at byte {}): run `cargo run --example editions`",
        json.bytes()
            .zip(edition.bytes())
            .take_while(|(a, b)| a == b)
            .count()
    );
}

#[test]
fn the_other_examples_print_their_tables() {
    let d = asem_seoul_declaration::declaration();
    let commitments = run::<&str>("commitments", &[]);
    assert!(commitments.status.success());
    let pledges = d
        .commitments()
        .filter(|c| c.kind() == CommitmentKind::Pledge)
        .count();
    let total = d.commitments().count();
    assert_eq!(
        stdout(&commitments).lines().last(),
        Some(&*format!(
            "{total} commitments: {pledges} pledges, {} requests",
            total - pledges
        ))
    );
    let themes = stdout(&run::<&str>("themes", &[]));
    assert!(themes.contains("Mobility") && themes.contains("4, 6, 7, 8, 12"));
    let clauses = stdout(&run::<&str>("clauses", &[]));
    assert!(clauses.starts_with("Pledge ("));
}

#[test]
fn a_wrong_argument_is_a_short_error_that_says_what_is_accepted() {
    for (wrong, says) in [
        (&["17"][..], "paragraphs 1 to 16"),
        (&["256"], "paragraphs 1 to 16"),
        (&["0"], "paragraphs 1 to 16"),
        (&["--bogus"], "the options are"),
        (&["--format", "yaml"], "expected plain, markdown"),
    ] {
        let output = run("declaration", wrong);
        assert_eq!(output.status.code(), Some(1), "{wrong:?}");
        let error = stderr(&output);
        assert!(
            error.starts_with("error: ") && error.contains(says),
            "{wrong:?}: {error}"
        );
    }
}

#[test]
fn an_argument_not_in_utf8_or_very_long_is_an_error_never_a_panic() {
    #[cfg(unix)]
    let not_utf8 = {
        use std::os::unix::ffi::OsStrExt;
        OsStr::from_bytes(b"\xff\xfe").to_owned()
    };
    #[cfg(not(unix))]
    let not_utf8 = std::ffi::OsString::from("\u{fffd}");
    let long = std::ffi::OsString::from("x".repeat(100_000));
    for name in ["declaration", "datapackage"] {
        for wrong in [&not_utf8, &long] {
            let output = run(name, &[wrong]);
            assert_eq!(output.status.code(), Some(1), "{name}: {}", stderr(&output));
            assert!(
                output.stderr.len() <= 1000,
                "{name}: {} bytes of error",
                output.stderr.len()
            );
        }
    }
}

#[test]
fn a_reader_that_stops_early_ends_the_example_quietly() {
    let mut child = Command::new(example("declaration"))
        .args(["--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "{\n");
    // The pipe is closed here, with most of the edition unread.
    let output = child.wait_with_output().unwrap();
    assert_ne!(output.status.code(), Some(101), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
}

#[test]
fn the_package_writer_does_not_follow_a_link_out_of_its_directory() {
    #[cfg(unix)]
    {
        let dir = scratch("linked");
        let package = dir.join("package");
        std::fs::create_dir(&package).unwrap();
        std::os::unix::fs::symlink("../outside.csv", package.join("themes.csv")).unwrap();
        let output = run("datapackage", &[&package]);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        assert!(
            !dir.join("outside.csv").exists(),
            "a file was written outside"
        );
        assert!(
            stderr(&output).contains("themes.csv"),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn the_package_writer_does_not_make_a_missing_directory() {
    let missing = scratch("missing").join("not-there");
    let output = run("datapackage", &[&missing]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(!missing.exists());
    assert!(stderr(&output).contains("not-there"), "{}", stderr(&output));
}

#[test]
fn editions_for_another_address_name_that_address_everywhere() {
    let dir = scratch("rebased");
    let base = "https://example.org/copy/";
    let output = run(
        "editions",
        &[OsStr::new("--base"), OsStr::new(base), dir.as_os_str()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let homepage = env!("CARGO_PKG_HOMEPAGE");
    let (mut moved, mut files) = (0, 0);
    let mut pending = vec![dir];
    while let Some(at) = pending.pop() {
        for entry in std::fs::read_dir(at).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text.contains(homepage),
                "{} names {homepage}",
                path.display()
            );
            moved += text.matches(base).count();
            files += 1;
        }
    }
    assert!(
        files >= 30 && moved >= 100,
        "{files} files, {moved} addresses"
    );
}
