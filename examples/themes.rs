//! Which paragraphs address each theme and name each instrument, as a table.
//!
//! ```text
//! cargo run --example themes
//! ```

use asem_seoul_declaration::{declaration, Instrument, Paragraph, Theme};

fn main() {
    let d = declaration();
    let rows = Theme::ALL
        .iter()
        .map(|&t| (t.to_string(), numbers(d.paragraphs_with_theme(t))));
    print_table("Theme", rows);
    println!();
    let rows = Instrument::ALL
        .iter()
        .map(|&i| (i.to_string(), numbers(d.paragraphs_with_instrument(i))));
    print_table("Instrument", rows);
}

fn numbers<'a>(paragraphs: impl Iterator<Item = &'a Paragraph>) -> String {
    paragraphs
        .map(|p| p.number().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn print_table(kind: &str, rows: impl Iterator<Item = (String, String)>) {
    let rows: Vec<_> = rows.collect();
    let width = rows
        .iter()
        .map(|(name, _)| name.chars().count())
        .chain([kind.len()])
        .max()
        .unwrap_or(0);
    println!("{kind:<width$} | Paragraphs");
    println!("{}-|-{}", "-".repeat(width), "-".repeat(10));
    for (name, paragraphs) in rows {
        println!("{name:<width$} | {paragraphs}");
    }
}
