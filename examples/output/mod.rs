//! Printing for the examples: a closed pipe (`| head`) ends a program quietly.

use std::io::{self, Write};
use std::process::ExitCode;

/// Writes `text` to standard output. If the reader has gone away (a closed
/// pipe), that is not an error: the program has nothing more to say.
pub fn print(text: &str) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write to standard output: {e}");
            ExitCode::FAILURE
        }
    }
}
