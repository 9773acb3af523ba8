use asem_seoul_declaration::find_citations;
fn main() {
    for line in std::io::stdin().lines() {
        let line = line.unwrap();
        println!("{line}");
        for c in find_citations(&line) {
            println!(
                "   [{}] {:?} {:?}",
                c.text(),
                c.owner(),
                c.citation()
                    .map(|c| c.to_string())
                    .map_err(|e| format!("{e:?}").chars().take(40).collect::<String>())
            );
        }
    }
}
