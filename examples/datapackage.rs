//! Writes the declaration as a Frictionless Tabular Data Package: `datapackage.json`
//! and one CSV file per table, into a directory that must exist.
//!
//! ```text
//! mkdir seoul && cargo run --example datapackage -- seoul
//! frictionless validate seoul/datapackage.json
//! ```
//!
//! It replaces only files it wrote itself (a `datapackage.json` naming this
//! crate, the CSV files such a descriptor lists); if a file of one of its names
//! is there and is not its own, nothing is written.

use std::path::Path;
use std::process::ExitCode;

mod package;

const USAGE: &str = "usage: cargo run --example datapackage -- DIR\n\nWrites datapackage.json and one CSV file per table into DIR, which must exist.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = match args.as_slice() {
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [dir] if !dir.starts_with('-') => Path::new(dir),
        _ => {
            eprintln!("error: give one directory\n\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    let files = package::data_package();
    match package::write(dir, &files) {
        Ok(()) => {
            let names: Vec<String> = files.iter().map(|f| f.path.display().to_string()).collect();
            eprintln!(
                "wrote {} files into {}: {}",
                files.len(),
                dir.display(),
                names.join(", ")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
