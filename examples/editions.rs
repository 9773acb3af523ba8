//! Regenerates every edition in `editions/`: the JSON edition and its schema,
//! the CSV data package, the HTML page, Markdown, plain text, Akoma Ntoso and
//! the theme map.
//!
//! ```text
//! cargo run --example editions
//! ```
//!
//! `tests/editions.rs` fails when `editions/` differs from what this writes.
//! `-- --base URL DIR` writes a copy for another address instead (see
//! `--help`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod output;
mod package;

fn main() -> ExitCode {
    let args = match output::arguments() {
        Ok(args) => args,
        Err(message) => return output::fail(&message),
    };
    let (dir, files) = match args.as_slice() {
        [] => (
            Path::new(env!("CARGO_MANIFEST_DIR")).join("editions"),
            package::editions(),
        ),
        [help] if help == "--help" || help == "-h" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [flag, base, dir] if flag == "--base" => match rebased(base) {
            Ok(files) => (PathBuf::from(dir), files),
            Err(message) => return output::fail(&message),
        },
        _ => return output::fail(USAGE),
    };
    if args.is_empty() {
        if let Err(e) = std::fs::create_dir_all(&dir) {
            eprintln!("error: cannot make {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    }
    match package::write(&dir, &files) {
        Ok(()) => {
            eprintln!("wrote {} files into {}", files.len(), dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => output::fail(&e.to_string()),
    }
}

const USAGE: &str = "usage: cargo run --example editions [-- --base URL DIR]

With no argument, writes every edition into the crate's editions/ directory,
naming one another by the crate's homepage. With --base, writes a copy for
another address into DIR, an existing directory: every absolute address of an
edition (annotation ids and targets, JSON-LD, the theme map's links, the
canonical link) names URL, which ends with a slash, instead.";

/// Every edition, each address at the crate's homepage moved to `base`.
fn rebased(base: &str) -> Result<Vec<package::File>, String> {
    let ok = (base.starts_with("https://") || base.starts_with("http://"))
        && base.ends_with('/')
        && !base.contains(char::is_whitespace)
        && !base.contains(['"', '<', '>', '\\']);
    if !ok {
        return Err(format!(
            "the base {} is not an http or https address that ends with a slash, such as https://example.org/seoul/",
            output::quote(base)
        ));
    }
    let home = env!("CARGO_PKG_HOMEPAGE");
    let mut files = package::editions();
    for file in &mut files {
        if let Ok(text) = std::str::from_utf8(&file.bytes) {
            file.bytes = text.replace(home, base).into_bytes();
        }
    }
    Ok(files)
}
