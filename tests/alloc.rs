//! Queries allocate nothing: a counting global allocator watches them.
//!
//! The count is kept per thread, so that tests running side by side do not
//! count each other's allocations.

use asem_seoul_declaration::Spanned;
use asem_seoul_declaration::Vocabulary;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use asem_seoul_declaration::{
    Concept, Entity, Instrument, Owner, Referent, Section, Stance, Theme, declaration,
    find_citations, para,
};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: defers to the system allocator; only counts calls on the way.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe {
            ALLOCATIONS.with(|n| n.set(n.get() + 1));
            System.alloc(layout)
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe {
            System.dealloc(ptr, layout);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe {
            ALLOCATIONS.with(|n| n.set(n.get() + 1));
            System.realloc(ptr, layout, new_size)
        }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations `f` makes on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn queries_allocate_nothing() {
    let d = declaration();
    // Lookups and filters, before any search has built the index.
    // An error owns a copy of what was given, so only lookups that succeed
    // are counted here.
    let lookups = allocations(|| {
        let mut sum = 0usize;
        for n in 1..=16 {
            sum += d.paragraph(n).map_or(0, |p| p.text().len());
        }
        sum += para!(10).text().len();
        for &section in Section::ALL {
            sum += d
                .paragraphs_in(section)
                .iter()
                .map(|p| p.text().len())
                .sum::<usize>();
        }
        for &theme in Theme::ALL {
            sum += d
                .paragraphs_with(theme)
                .map(|p| p.themes().count())
                .sum::<usize>();
        }
        for &instrument in Instrument::ALL {
            sum += d.paragraphs_with(instrument).count();
        }
        sum += d.mentions_of(Entity::Asef).count() + d.mentions_of(Concept::Ict).count();
        sum += d.clauses().filter(|c| c.stance() >= Stance::Pledge).count();
        sum +=
            d.mentions_of(Instrument::Moocs).count() + d.mentions_of(Referent::Declaration).count();
        sum += d.commitments_on(Theme::Recognition).count()
            + d.commitments_by(Referent::Ministers).count();
        for c in d.commitments() {
            sum += c.range().len()
                + c.target().map_or(0, |t| t.char_range().len())
                + c.timeframe().map_or(0, |t| t.text().len())
                + c.themes().count()
                + c.sentence().text().len()
                + usize::from(c.id().order());
        }
        sum += Referent::from(Concept::Moocs).same_as().count() + Referent::Ministers.name().len();
        sum += d.meeting().name().len() + Referent::from(d.meeting()).name().len();
        sum += "commitment:10-2"
            .parse::<asem_seoul_declaration::CommitmentId>()
            .map_or(0, |id| d.commitment(id).map_or(0, |c| c.text().len()));
        sum += " asem fmm "
            .parse::<Entity>()
            .map_or(0, |e| <&str>::from(e).len());
        sum += d.meeting().theme().len() + d.footnotes().len() + d.source().len();
        for p in d.paragraphs() {
            for evidence in p.evidence() {
                sum += p
                    .evidence_for(evidence.tag())
                    .map_or(0, |e| e.range().len())
                    + evidence.text().len();
            }
            for clause in p.clauses() {
                sum += clause.scope().char_range().len() + clause.extent().utf16_range().len();
            }
            sum += p.sentences().map(|s| s.text().len()).sum::<usize>();
            sum += p
                .mentions()
                .map(|m| m.char_range().len() + m.utf16_range().len())
                .sum::<usize>();
        }
        sum += Theme::ALL.iter().copied().count()
            + Instrument::ALL.iter().copied().map(Instrument::id).count();
        assert!(sum > 0);
    });
    assert_eq!(lookups, 0, "lookups and filters allocated");

    // The first search builds the index; it is the only one that allocates.
    let first = allocations(|| assert!(d.search("education").unwrap().count() > 0));
    assert!(first > 0, "the first search builds the index");

    // An owned query is made before counting; searching with it allocates nothing.
    let owned = String::from("lifelong learning");
    let searches = allocations(|| {
        assert_eq!(d.search(owned).unwrap().count(), 1);
        let mut hits = 0;
        for query in [
            "education",
            "Lifelong Learning",
            "ICT – Information",
            "quantum computing",
            "e",
            "ASEM Education SECRETARIAT and far more text than fits inline",
            "the ASEM Education Process and the ASEM Political Process (e.g. ASEM Summits",
            // Folded: a typographic apostrophe, a hyphen for an en dash, runs of
            // white space, inline and too long to hold inline.
            "ministers’",
            "ict  -\tinformation",
            "The ASEM Education Ministers’ Meeting,\n  as well as",
        ] {
            for hit in d.search(query).unwrap() {
                hits += hit.range().len() + hit.paragraph().number() as usize + hit.text().len();
            }
        }
        assert!(hits > 0);
    });
    assert_eq!(searches, 0, "searches after the first allocated");
}

#[test]
fn reading_citations_allocates_once_per_text() {
    // Reading citations in prose allocates the reader's buffers once per
    // text, sized to its longest block: a text a hundred blocks long
    // allocates as often as one of one block, however many citations it has.
    let block = "see para. 10, sentence 3, the second sentence of para. 9, paras 6 to 8 and 9 of \
                 the Seoul Declaration; § 3 of the UNESCO convention; para. 10(b) and fn. 1.\n\n";
    let long = block.repeat(100);
    let read = |text: &str| {
        let mut sum = 0;
        for found in find_citations(text) {
            // Reading a good citation allocates nothing; an error holds the
            // text it quotes.
            let good = found.owner() != Owner::Other && found.text() != "para. 10(b)";
            sum += found.range().len() + usize::from(good && found.citation().is_ok());
        }
        assert!(sum > 0);
    };
    let once = allocations(|| read(block));
    assert!(once <= 12, "{once} allocations to read one block");
    let hundred = allocations(|| read(&long));
    assert_eq!(
        hundred, once,
        "reading a hundred blocks: {hundred} allocations, one block: {once}"
    );
}
