//! Every clause of the ministers, grouped by stance from strongest to weakest,
//! with its paragraph, form and addressees.
//!
//! ```text
//! cargo run --example clauses
//! ```

use std::fmt::Write;
use std::process::ExitCode;

use asem_seoul_declaration::{ClauseForm, Spanned, Stance, Vocabulary, declaration};

mod output;

fn main() -> ExitCode {
    match output::arguments() {
        Ok(args) if args.is_empty() => {}
        Ok(args) => {
            return output::fail(&format!(
                "this example takes no argument ({} was given)\n\nusage: cargo run --example clauses",
                output::quote(&args[0])
            ));
        }
        Err(message) => return output::fail(&message),
    }
    let d = declaration();
    let mut out = String::new();
    for stance in Stance::ALL.iter().copied().rev() {
        let clauses: Vec<_> = d.clauses().filter(|c| c.stance() == stance).collect();
        let _ = writeln!(out, "{stance} ({})", clauses.len());
        for c in clauses {
            let form = match c.form() {
                ClauseForm::Main => "",
                ClauseForm::Participial => " (participial)",
                _ => " (another form)",
            };
            let to: Vec<&str> = c.addressees().iter().map(|&e| <&str>::from(e)).collect();
            let to = if to.is_empty() {
                String::new()
            } else {
                format!(" → {}", to.join(", "))
            };
            let _ = writeln!(
                out,
                "  para. {:>2}  {}{form}{to}",
                c.paragraph().number(),
                c.text()
            );
        }
        out.push('\n');
    }
    output::print(&out)
}
