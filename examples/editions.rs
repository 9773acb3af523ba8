//! Regenerates every edition in `editions/`: the JSON edition and its schema,
//! the CSV data package, the HTML page, Markdown, plain text, Akoma Ntoso and
//! the theme map.
//!
//! ```text
//! cargo run --example editions
//! ```
//!
//! `tests/editions.rs` fails when `editions/` differs from what this writes.

use std::path::Path;
use std::process::ExitCode;

mod output;
mod package;

fn main() -> ExitCode {
    if std::env::args_os().len() > 1 {
        eprintln!(
            "usage: cargo run --example editions\n\nWrites every edition into the crate's editions/ directory; it takes no arguments."
        );
        return ExitCode::FAILURE;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("editions");
    let files = package::editions();
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: cannot make {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    match package::write(&dir, &files) {
        Ok(()) => {
            eprintln!("wrote {} files into {}", files.len(), dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => output::fail(&e.to_string()),
    }
}
