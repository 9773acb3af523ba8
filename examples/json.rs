//! Prints the whole model as JSON: `paragraphs`, `sections`, `meetings`,
//! `footnotes`, and the cover.
//!
//! ```text
//! cargo run --example json > seoul-declaration.json
//! ```

fn main() -> Result<(), serde_json::Error> {
    let json = serde_json::to_string_pretty(asem_seoul_declaration::declaration())?;
    println!("{json}");
    Ok(())
}
