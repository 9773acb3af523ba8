//! What the ministers commit to, and what they ask of others: every
//! commitment and request as a table of id, kind, grade (a pledge's obligation
//! or a request's force), precision, timeframe, actor and words.
//!
//! ```text
//! cargo run --example commitments
//! ```

use asem_seoul_declaration::Spanned;
use std::fmt::Write;
use std::process::ExitCode;

use asem_seoul_declaration::declaration;

mod output;

fn main() -> ExitCode {
    match output::arguments() {
        Ok(args) if args.is_empty() => {}
        Ok(args) => {
            return output::fail(&format!(
                "this example takes no argument ({} was given)\n\nusage: cargo run --example commitments",
                output::quote(&args[0])
            ));
        }
        Err(message) => return output::fail(&message),
    }
    let rows: Vec<[String; 7]> = declaration()
        .commitments()
        .map(|c| {
            let target = c
                .target()
                .map_or_else(String::new, |t| format!(" → {}", t.text()));
            [
                c.id().to_string(),
                c.kind().to_string(),
                c.grade().to_string(),
                c.precision().to_string(),
                c.timeframe()
                    .map_or_else(|| "-".to_owned(), |t| t.text().to_owned()),
                c.actor().name().to_owned(),
                format!("{} {}{target}", c.clause().text(), c.text()),
            ]
        })
        .collect();
    let header = [
        "id",
        "kind",
        "grade",
        "precision",
        "timeframe",
        "actor",
        "words",
    ]
    .map(String::from);
    let mut widths = [0; 7];
    for row in std::iter::once(&header).chain(&rows) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for (i, row) in std::iter::once(&header).chain(&rows).enumerate() {
        // The text, last, is not padded.
        for (cell, width) in row.iter().zip(widths).take(6) {
            let _ = write!(out, "{cell:<width$}  ");
        }
        let _ = writeln!(out, "{}", row[6]);
        if i == 0 {
            let rule: Vec<String> = widths.iter().take(6).map(|&w| "-".repeat(w)).collect();
            let _ = writeln!(out, "{}  ----", rule.join("  "));
        }
    }
    let pledges = rows.iter().filter(|r| r[1] == "Pledge").count();
    let _ = writeln!(
        out,
        "\n{} commitments: {pledges} pledges, {} requests",
        rows.len(),
        rows.len() - pledges
    );
    output::print(&out)
}
