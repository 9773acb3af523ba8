//! Every clause of the ministers, grouped by stance from strongest to weakest,
//! with its paragraph, form and addressees.
//!
//! ```text
//! cargo run --example clauses
//! ```

use asem_seoul_declaration::{declaration, ClauseForm, Stance};

fn main() {
    let d = declaration();
    for &stance in Stance::ALL.iter().rev() {
        let clauses: Vec<_> = d.clauses().filter(|c| c.stance() == stance).collect();
        println!("{stance} ({})", clauses.len());
        for c in clauses {
            let form = match c.form() {
                ClauseForm::Main => "",
                ClauseForm::Participial => " (participial)",
            };
            let to: Vec<String> = c.addressees().iter().map(ToString::to_string).collect();
            let to = if to.is_empty() {
                String::new()
            } else {
                format!(" → {}", to.join(", "))
            };
            println!(
                "  para. {:>2}  {}{form}{to}",
                c.paragraph().number(),
                c.text()
            );
        }
        println!();
    }
}
