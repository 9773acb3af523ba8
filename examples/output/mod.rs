//! What the example tools share: reading their arguments without panicking,
//! quoting them short in messages, and printing so that a closed pipe (`| head`)
//! ends a program quietly.
#![allow(dead_code)] // each example uses what it needs

use std::io::{self, Write};
use std::process::ExitCode;

/// How many characters of an argument a message quotes.
const QUOTED: usize = 40;

/// How many characters of a path a message shows: more than an argument, as
/// the end of a path is often what tells two apart.
const PATH_SHOWN: usize = 160;

/// The command-line arguments after the program's name, or a message naming
/// the first that is not valid UTF-8.
pub fn arguments() -> Result<Vec<String>, String> {
    std::env::args_os()
        .skip(1)
        .enumerate()
        .map(|(i, arg)| {
            arg.into_string().map_err(|raw| {
                format!(
                    "argument {} is not valid UTF-8 ({}): give text in UTF-8",
                    i + 1,
                    quote(&raw.to_string_lossy())
                )
            })
        })
        .collect()
}

/// `text` quoted for a message, cut to a short prefix if it is long.
pub fn quote(text: &str) -> String {
    match text.char_indices().nth(QUOTED) {
        Some((cut, _)) => format!("{:?}… ({} characters)", &text[..cut], text.chars().count()),
        None => format!("{text:?}"),
    }
}

/// `path` for a message, cut to its first characters if it is long.
pub fn path(path: &std::path::Path) -> String {
    let shown = path.display().to_string();
    match shown.char_indices().nth(PATH_SHOWN) {
        Some((cut, _)) => format!("{}… ({} characters)", &shown[..cut], shown.chars().count()),
        None => shown,
    }
}

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

/// Prints `message` as an error and fails.
pub fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}
