//! Many threads touch the lazy search index for the first time at once and all
//! see the same results. This binary runs no other test, so nothing builds the
//! index before the threads start.

use asem_seoul_declaration::Spanned;
use std::ops::Range;
use std::sync::{Arc, Barrier};

use asem_seoul_declaration::declaration;

const THREADS: usize = 32;
const QUERIES: [&str; 6] = [
    "education",
    "Lifelong Learning",
    "ICT – Information",
    "e",
    "ASEM partners",
    "no such text",
];

type Results = Vec<Vec<(u8, Range<usize>)>>;

fn run_queries() -> Results {
    let d = declaration();
    QUERIES
        .iter()
        .map(|q| {
            d.search(q)
                .unwrap()
                .map(|h| (h.paragraph().number(), h.range()))
                .collect()
        })
        .collect()
}

#[test]
fn threads_racing_to_build_the_index_see_identical_results() {
    let start = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|_| {
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                start.wait();
                run_queries()
            })
        })
        .collect();
    let results: Vec<Results> = threads
        .into_iter()
        .map(|t| t.join().expect("no thread panics"))
        .collect();
    let expected = run_queries();
    assert!(expected[0].len() > 40 && expected[5].is_empty());
    for (i, seen) in results.iter().enumerate() {
        assert_eq!(seen, &expected, "thread {i} saw other results");
    }
    eprintln!(
        "concurrency: {THREADS} threads built and searched the index at once; all saw identical results"
    );
}
