//! The crate's queries side by side with their alternatives, in one run.
//!
//! `cargo bench --features bench-internals` prints, per group, the crate's time and each alternative's:
//! - `lookup`: `paragraph(n)` against indexing the slice directly (the limit);
//! - `filters`: each filter, iterating its result, against a hand-written filter;
//! - `search/*`: `search` against (a) the scan limit, `memchr::memmem` over one
//!   pre-lowercased copy of all texts, (b) what a user writes by hand,
//!   `to_lowercase().contains(..)` per paragraph, and (c) a case-insensitive regex;
//!   the two `folded` queries are typed otherwise than the text writes them,
//!   which only `search` folds (the alternatives find nothing and are there
//!   for their speed);
//! - `analysis`: citation parsing and mention look-ups;
//! - `find_citations`: reading every citation in 1 MB of prose (the
//!   declaration's paragraphs and the prose of `tests/data/citations.tsv`, in
//!   turn) against the limit, `memchr::memmem` finding each "para" in it, the
//!   one word a reader cannot skip;
//! - `startup`: building the search index, which the first `search` does once.

use std::hint::black_box;

use asem_seoul_declaration::{Citation, Entity, Instrument, Section, Theme, declaration};
use criterion::{Criterion, criterion_group, criterion_main};
use memchr::memmem;

fn lookup(c: &mut Criterion) {
    let d = declaration();
    let mut group = c.benchmark_group("lookup");
    group.bench_function("crate paragraph(n)", |b| {
        b.iter(|| {
            (1..=16u8)
                .map(|n| d.paragraph(black_box(n)).map_or(0, |p| p.text().len()))
                .sum::<usize>()
        });
    });
    group.bench_function("limit slice[n - 1]", |b| {
        let paragraphs = d.paragraphs();
        b.iter(|| {
            (1..=16usize)
                .map(|n| paragraphs[black_box(n) - 1].text().len())
                .sum::<usize>()
        });
    });
    group.finish();
}

fn filters(c: &mut Criterion) {
    let d = declaration();
    let sum = |it: &mut dyn Iterator<Item = u8>| it.map(usize::from).sum::<usize>();
    let mut group = c.benchmark_group("filters");
    group.bench_function("crate paragraphs_in", |b| {
        b.iter(|| {
            sum(&mut d
                .paragraphs_in(black_box(Section::Vision))
                .iter()
                .map(asem_seoul_declaration::Paragraph::number))
        });
    });
    group.bench_function("by hand section filter", |b| {
        b.iter(|| {
            let s = black_box(Section::Vision);
            sum(&mut d
                .paragraphs()
                .iter()
                .filter(|p| s.contains(p.section()))
                .map(asem_seoul_declaration::Paragraph::number))
        });
    });
    group.bench_function("crate paragraphs_with_theme", |b| {
        b.iter(|| {
            sum(&mut d
                .paragraphs_with(black_box(Theme::Mobility))
                .map(asem_seoul_declaration::Paragraph::number))
        });
    });
    group.bench_function("crate paragraphs_with_instrument", |b| {
        b.iter(|| {
            sum(&mut d
                .paragraphs_with(black_box(Instrument::BestPracticeSharing))
                .map(asem_seoul_declaration::Paragraph::number))
        });
    });
    group.finish();
}

fn search(c: &mut Criterion) {
    let d = declaration();
    let lowered: String = d
        .paragraphs()
        .iter()
        .map(|p| p.text().to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    for (name, query) in [
        ("frequent word", "education"),
        ("phrase", "lifelong learning"),
        ("miss", "quantum computing"),
        ("mixed case", "ASEM Education SECRETARIAT"),
        ("folded apostrophe", "ministers’"),
        ("folded dash", "ict - information"),
    ] {
        let mut group = c.benchmark_group(format!("search/{name}"));
        d.search(query).unwrap().count(); // the index is built once, before timing
        group.bench_function("crate search", |b| {
            b.iter(|| d.search(black_box(query)).unwrap().count());
        });
        let finder = memmem::Finder::new(query.to_lowercase().as_bytes()).into_owned();
        group.bench_function("limit memmem", |b| {
            b.iter(|| finder.find_iter(black_box(lowered.as_bytes())).count());
        });
        group.bench_function("by hand to_lowercase contains", |b| {
            b.iter(|| {
                let q = black_box(query).to_lowercase();
                d.paragraphs()
                    .iter()
                    .filter(|p| p.text().to_lowercase().contains(&q))
                    .count()
            });
        });
        let regex = regex::RegexBuilder::new(&regex::escape(query))
            .case_insensitive(true)
            .build()
            .unwrap();
        group.bench_function("regex", |b| {
            b.iter(|| {
                d.paragraphs()
                    .iter()
                    .map(|p| regex.find_iter(black_box(p.text())).count())
                    .sum::<usize>()
            });
        });
        group.finish();
    }
}

fn analysis(c: &mut Criterion) {
    let d = declaration();
    let mut group = c.benchmark_group("analysis");
    group.bench_function("citation parse", |b| {
        b.iter(|| {
            black_box("Seoul Declaration, paras 6–7")
                .parse::<Citation>()
                .is_ok()
        });
    });
    group.bench_function("citation format", |b| {
        let cite = Citation::paragraphs(6, 7).unwrap();
        b.iter(|| black_box(cite).to_string().len());
    });
    group.bench_function("mentions_of", |b| {
        b.iter(|| d.mentions_of(black_box(Entity::Asem)).count());
    });
    group.bench_function("commitments_on", |b| {
        b.iter(|| d.commitments_on(black_box(Theme::Mobility)).count());
    });
    group.bench_function("mentions_of a linked id", |b| {
        b.iter(|| d.mentions_of(black_box(Instrument::Moocs)).count());
    });
    group.bench_function("sentence citation parse", |b| {
        b.iter(|| {
            black_box("para. 10, sentence 3")
                .parse::<Citation>()
                .is_ok()
        });
    });
    group.finish();
}

/// About 1 MB of prose: the declaration's paragraphs and the prose of the
/// tuning file, in turn, repeated.
fn prose() -> String {
    let tuning = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/citations.tsv"
    ))
    .expect("tests/data/citations.tsv");
    let cited: Vec<&str> = tuning
        .lines()
        .filter(|line| !line.starts_with('#'))
        .skip(1)
        .filter_map(|line| line.split('\t').next())
        .collect();
    let paragraphs = declaration().paragraphs();
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 1 << 20 {
        text.push_str(paragraphs[i % paragraphs.len()].text());
        text.push_str("\n\n");
        text.push_str(cited[i % cited.len()]);
        text.push_str("\n\n");
        i += 1;
    }
    text
}

fn citations(c: &mut Criterion) {
    let text = prose();
    let mut group = c.benchmark_group("find_citations");
    group.throughput(criterion::Throughput::Bytes(text.len() as u64));
    group.bench_function("crate find_citations, 1 MB", |b| {
        b.iter(|| asem_seoul_declaration::find_citations(black_box(&text)).count());
    });
    group.bench_function("limit memmem \"para\", 1 MB", |b| {
        let finder = memmem::Finder::new("para");
        b.iter(|| finder.find_iter(black_box(text.as_bytes())).count());
    });
    group.finish();
}

fn startup(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.bench_function("build search index", |b| {
        b.iter(asem_seoul_declaration::__bench::build_search_index);
    });
    group.finish();
}

criterion_group!(
    benches, lookup, filters, search, analysis, citations, startup
);
criterion_main!(benches);
