//! Which paragraphs address each theme and name each instrument, as a table.
//!
//! ```text
//! cargo run --example themes
//! ```

use asem_seoul_declaration::Vocabulary;
use std::fmt::Write;
use std::process::ExitCode;

use asem_seoul_declaration::{Instrument, Paragraph, Theme, declaration};

mod output;

fn main() -> ExitCode {
    match output::arguments() {
        Ok(args) if args.is_empty() => {}
        Ok(args) => {
            return output::fail(&format!(
                "this example takes no argument ({} was given)\n\nusage: cargo run --example themes",
                output::quote(&args[0])
            ));
        }
        Err(message) => return output::fail(&message),
    }
    let d = declaration();
    let mut out = String::new();
    let rows = Theme::ALL
        .iter()
        .copied()
        .map(|t| (t.into(), numbers(d.paragraphs_with(t))));
    table(&mut out, "Theme", rows);
    out.push('\n');
    let rows = Instrument::ALL
        .iter()
        .copied()
        .map(|i| (i.into(), numbers(d.paragraphs_with(i))));
    table(&mut out, "Instrument", rows);
    output::print(&out)
}

fn numbers<'a>(paragraphs: impl Iterator<Item = &'a Paragraph>) -> String {
    paragraphs
        .map(|p| p.number().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn table<'a>(out: &mut String, kind: &str, rows: impl Iterator<Item = (&'a str, String)>) {
    let rows: Vec<_> = rows.collect();
    let width = rows
        .iter()
        .map(|(name, _)| name.chars().count())
        .chain([kind.len()])
        .max()
        .unwrap_or(0);
    let _ = writeln!(out, "{kind:<width$} | Paragraphs");
    let _ = writeln!(out, "{}-|-{}", "-".repeat(width), "-".repeat(10));
    for (name, paragraphs) in rows {
        let _ = writeln!(out, "{name:<width$} | {paragraphs}");
    }
}
