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

use std::path::PathBuf;
use std::process::ExitCode;

mod output;
mod package;

const USAGE: &str = "usage: cargo run --example datapackage -- DIR\n\nWrites datapackage.json and one CSV file per table into DIR, which must exist.";

fn main() -> ExitCode {
    // A directory's name need not be UTF-8, so the arguments are read as they are.
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let dir = match args.as_slice() {
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [dir] if !dir.to_string_lossy().starts_with('-') => PathBuf::from(dir),
        [flag] => {
            let flag = output::quote(&flag.to_string_lossy());
            return output::fail(&format!(
                "unknown option {flag}: give a directory\n\n{USAGE}"
            ));
        }
        _ => {
            let count = args.len();
            return output::fail(&format!(
                "give one directory, not {count} arguments\n\n{USAGE}"
            ));
        }
    };
    let files = package::data_package();
    match package::write(&dir, &files) {
        Ok(()) => {
            let names: Vec<String> = files.iter().map(|f| f.path.display().to_string()).collect();
            eprintln!(
                "wrote {} files into {}: {}",
                files.len(),
                output::path(&dir),
                names.join(", ")
            );
            ExitCode::SUCCESS
        }
        Err(e) => output::fail(&e.to_string()),
    }
}
