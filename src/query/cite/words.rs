//! The word classes of the citation grammar, as data: every word the reader
//! knows, with its class. The tokenizer looks words up here, the grammar reads
//! the classes, and the docs' table of forms is written from this table (a
//! test checks that it is).

// The tables below are built in `const` code, where the only conversions
// are `as` casts; each fits: a shift under 128 bits, a key's halves, fewer
// words than a `u16` counts.
#![allow(clippy::cast_possible_truncation)]

/// What a word does in a citation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// Introduces paragraph numbers: `para.`, `paragraphs`, `pars.`.
    Paragraph { plural: bool },
    /// Introduces sentence numbers: `sentence`, `sent.`, `s.`.
    Sentence { plural: bool },
    /// Introduces footnote numbers: `fn.`, `footnote`, `note`.
    Footnote { plural: bool },
    /// A part of a paragraph this crate does not read: `line`, `subparagraph`.
    Part,
    /// A point, which is a part of a paragraph, or one of this declaration's
    /// numbered paragraphs where the declaration is named after it (`point 9
    /// of the Seoul Declaration`).
    Point,
    /// A division of another document, which this declaration does not have:
    /// `article`, `chapter`, `section`, `annex`.
    Division,
    /// A page, a division of another document that is always another's: the
    /// declaration is cited by its paragraphs.
    Page,
    /// Stands between a designator and its number: `No.`.
    NumberSign,
    /// Joins the two ends of a run: `to`, `through`.
    Through,
    /// Joins the items of a list: `and`, `or`.
    And,
    /// Leaves a run open: `ff.`, `onwards`, the `seq.` of `et seq.`.
    Open,
    /// The `et` of `et seq.` and `et al.`.
    Et,
    /// Continues the citation before: `ibid.`, `id.`.
    Ibid,
    /// Names what a citation is part of: `of`, `in`, `from`.
    Of,
    /// Links a document's name to the citation right after it: `at`, as in
    /// `the Lima Declaration at para. 4`, and `whose`.
    At,
    /// Stands before a document's name: `the`, `this`, `its`.
    Determiner,
    /// Stands before a noun that names some document, never this one: `a`,
    /// `an`, as in `section 2 of a report`.
    Indefinite,
    /// A number word: `one` to `twenty`.
    Cardinal(u8),
    /// An ordinal: `first` to `twentieth`.
    Ordinal(u8),
    /// Picks a part without a number: `last`, `final`, `opening`.
    Modifier,
    /// The last word of a document's name: `Declaration`, `Convention`.
    DocumentNoun,
    /// A document word abbreviated, with its full stop: `Decl.`, `Conv.`.
    ShortDocumentNoun,
    /// The last word of a name that may be a document's or an event's:
    /// `Meeting`, `Conference`, `Summit`. Capitalised words before it in
    /// lower case (`the Hanoi meeting`) name the event, not a document that
    /// owns later citations.
    EventNoun,
    /// Places a division in the writer's own text: `Chapter 4 above`.
    Here,
    /// Joins the words of a title: `on`, `for`, `concerning`.
    TitleJoin,
    /// A participle that dates or places a document: `adopted`, `issued`.
    Issued,
    /// A word that ends in a full stop that ends no sentence: `cf.`, `al.`.
    Abbreviation,
    /// A word that begins no name and is no author: `as`, `since`.
    Function,
    /// A signal that introduces a citation in a string of them: `see`,
    /// `also`, `cf.`, `compare`.
    Signal,
    /// A month, which dates a document and is no author: `November`.
    Month,
    /// Any other word.
    Plain,
}

use Class::{
    Abbreviation, And, At, Cardinal, Determiner, Division, DocumentNoun, Et, EventNoun, Footnote,
    Function, Here, Ibid, Indefinite, Issued, Modifier, Month, NumberSign, Of, Open, Ordinal, Page,
    Paragraph, Part, Point, Sentence, ShortDocumentNoun, Signal, Through, TitleJoin,
};

/// Every word the reader knows, in lower case, sorted by its bytes.
#[rustfmt::skip]
pub(super) const WORDS: &[(&str, Class)] = &[
    ("a", Indefinite), ("about", Function), ("above", Here), ("accord", DocumentNoun), ("according", Function), ("act", DocumentNoun),
    ("adopted", Issued), ("after", Function), ("against", TitleJoin), ("agenda", DocumentNoun), ("agreed", Issued),
    ("agreement", DocumentNoun), ("al", Abbreviation), ("also", Signal), ("although", Function),
    ("an", Indefinite), ("and", And), ("annex", Division), ("annexes", Division),
    ("appendix", Division), ("april", Month), ("are", Function), ("around", Function),
    ("art", Division), ("article", Division), ("articles", Division), ("arts", Division),
    ("as", Function), ("at", At), ("august", Month), ("before", Function), ("below", Here),
    ("between", TitleJoin), ("both", Function), ("bullet", Part), ("bullets", Part),
    ("but", Function), ("by", Function), ("cf", Signal), ("ch", Division),
    ("chap", Division), ("chapter", Division), ("chapters", Division), ("charter", DocumentNoun),
    ("clause", Part), ("clauses", Part), ("closing", Modifier), ("code", DocumentNoun),
    ("communique", DocumentNoun), ("communiqué", DocumentNoun), ("compact", DocumentNoun),
    ("compare", Signal), ("concerning", TitleJoin), ("conclusions", DocumentNoun),
    ("conference", EventNoun), ("constitution", DocumentNoun), ("conv", ShortDocumentNoun), ("convention", DocumentNoun),
    ("covenant", DocumentNoun), ("criteria", Division), ("criterion", Division), ("december", Month), ("decision", DocumentNoun), ("decl", ShortDocumentNoun),
    ("declaration", DocumentNoun), ("directive", DocumentNoun), ("document", DocumentNoun),
    ("during", Function), ("e", Abbreviation), ("eg", Abbreviation), ("eight", Cardinal(8)), ("eighteen", Cardinal(18)),
    ("eighteenth", Ordinal(18)), ("eighth", Ordinal(8)), ("eleven", Cardinal(11)),
    ("eleventh", Ordinal(11)), ("endorsed", Issued), ("et", Et), ("etc", Abbreviation),
    ("except", Function), ("february", Month), ("ff", Open), ("fifteen", Cardinal(15)),
    ("fifteenth", Ordinal(15)), ("fifth", Ordinal(5)), ("fiftieth", Ordinal(50)), ("fifty", Cardinal(50)), ("final", Modifier), ("first", Ordinal(1)),
    ("five", Cardinal(5)), ("fn", Footnote { plural: false }), ("fns", Footnote { plural: true }),
    ("following", Function), ("footnote", Footnote { plural: false }),
    ("footnotes", Footnote { plural: true }), ("for", TitleJoin), ("fortieth", Ordinal(40)), ("forty", Cardinal(40)), ("four", Cardinal(4)),
    ("fourteen", Cardinal(14)), ("fourteenth", Ordinal(14)), ("fourth", Ordinal(4)),
    ("framework", DocumentNoun), ("from", Of), ("g", Abbreviation), ("goal", Division), ("goals", Division), ("guideline", Division), ("guidelines", DocumentNoun), ("half", Part), ("halves", Part),
    ("he", Function), ("her", Determiner), ("here", Function), ("his", Determiner),
    ("i", Abbreviation), ("ibid", Ibid), ("ibidem", Ibid), ("id", Ibid), ("ie", Abbreviation),
    ("if", Function), ("in", Of), ("indent", Part), ("indents", Part), ("infra", Here), ("is", Function),
    ("issued", Issued), ("it", Function), ("item", Part), ("items", Part), ("its", Determiner),
    ("january", Month), ("july", Month), ("june", Month), ("l", Part), ("last", Modifier),
    ("latter", Modifier), ("let", Function), ("like", Function), ("line", Part), ("lines", Part), ("ll", Part),
    ("manifesto", DocumentNoun), ("march", Month), ("may", Month), ("meeting", EventNoun),
    ("memorandum", DocumentNoun), ("middle", Modifier), ("minutes", DocumentNoun), ("my", Determiner),
    ("n", Footnote { plural: false }), ("nine", Cardinal(9)), ("nineteen", Cardinal(19)),
    ("nineteenth", Ordinal(19)), ("ninth", Ordinal(9)), ("nn", Footnote { plural: true }), ("no", NumberSign), ("nos", NumberSign),
    ("note", Footnote { plural: false }), ("notes", Footnote { plural: true }),
    ("november", Month), ("october", Month), ("of", Of), ("on", TitleJoin), ("one", Cardinal(1)),
    ("onward", Open), ("onwards", Open), ("opening", Modifier), ("or", And), ("our", Determiner),
    ("p", Page), ("pact", DocumentNoun), ("page", Page), ("pages", Page), ("par", Paragraph { plural: false }),
    ("para", Paragraph { plural: false }), ("paragraph", Paragraph { plural: false }),
    ("paragraphs", Paragraph { plural: true }), ("paras", Paragraph { plural: true }),
    ("pars", Paragraph { plural: true }), ("penultimate", Modifier), ("per", Function),
    ("phrase", Part), ("phrases", Part), ("plan", DocumentNoun), ("point", Point),
    ("points", Point), ("pp", Page), ("principles", DocumentNoun),
    ("proceedings", DocumentNoun), ("programme", DocumentNoun), ("protocol", DocumentNoun), ("pt", Point), ("pts", Point),
    ("published", Issued), ("recommendation", DocumentNoun), ("recommendations", DocumentNoun),
    ("regulation", DocumentNoun), ("report", DocumentNoun), ("resolution", DocumentNoun),
    ("roadmap", DocumentNoun), ("s", Sentence { plural: false }), ("sec", Division),
    ("second", Ordinal(2)), ("section", Division), ("sections", Division), ("see", Signal),
    ("sent", Sentence { plural: false }), ("sentence", Sentence { plural: false }),
    ("sentences", Sentence { plural: true }), ("september", Month), ("seq", Open),
    ("seven", Cardinal(7)), ("seventeen", Cardinal(17)), ("seventeenth", Ordinal(17)),
    ("seventh", Ordinal(7)), ("she", Function), ("signed", Issued), ("since", Function),
    ("six", Cardinal(6)), ("sixteen", Cardinal(16)), ("sixteenth", Ordinal(16)),
    ("sixth", Ordinal(6)), ("sqq", Open), ("standard", Division), ("standards", Division), ("statement", DocumentNoun), ("strategy", DocumentNoun),
    ("sub-paragraph", Part), ("sub-paragraphs", Part), ("subpara", Part), ("subparagraph", Part),
    ("subparagraphs", Part), ("subparas", Part), ("summary", DocumentNoun),
    ("summit", EventNoun), ("supra", Here), ("target", Division), ("targets", Division), ("ten", Cardinal(10)), ("tenth", Ordinal(10)), ("that", Determiner),
    ("the", Determiner), ("their", Determiner), ("there", Function), ("these", Determiner),
    ("they", Function), ("third", Ordinal(3)), ("thirteen", Cardinal(13)),
    ("thirteenth", Ordinal(13)), ("thirtieth", Ordinal(30)), ("thirty", Cardinal(30)), ("this", Determiner), ("those", Determiner),
    ("three", Cardinal(3)), ("through", Through), ("thru", Through), ("to", Through),
    ("treaty", DocumentNoun), ("twelfth", Ordinal(12)), ("twelve", Cardinal(12)),
    ("twentieth", Ordinal(20)), ("twenty", Cardinal(20)), ("two", Cardinal(2)),
    ("under", Function), ("unlike", Function), ("until", Function), ("vol", Abbreviation),
    ("was", Function), ("we", Function), ("were", Function), ("what", Function),
    ("when", Function), ("where", Function), ("whereas", Function), ("which", Function),
    ("while", Function), ("who", Function), ("whose", At), ("with", Function), ("within", Function),
    ("without", Function), ("word", Part), ("words", Part), ("your", Determiner),
];

/// The longest word in [`WORDS`], in bytes: a longer word is [`Class::Plain`]
/// without a look.
const LONGEST: usize = 16;

/// A word of up to [`LONGEST`] bytes as one number, its first byte the most
/// significant: numbers compare as the words' bytes do, so [`KEYS`] is sorted
/// as [`WORDS`] is, and a look-up compares integers, not strings.
const fn key(bytes: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < bytes.len() {
        key = key << 8 | bytes[i].to_ascii_lowercase() as u128;
        i += 1;
    }
    // An empty word's key is 0; no shift is as wide as the key.
    match key.checked_shl(8 * (LONGEST - bytes.len()) as u32) {
        Some(key) => key,
        None => 0,
    }
}

/// The key of each word of [`WORDS`], in its order.
const KEYS: [u128; WORDS.len()] = {
    let mut keys = [0u128; WORDS.len()];
    let mut i = 0;
    while i < WORDS.len() {
        keys[i] = key(WORDS[i].0.as_bytes());
        i += 1;
    }
    keys
};

/// The bits of a [`SLOTS`] index: the table holds four slots a word, so
/// that a look-up mostly takes one probe.
const SLOT_BITS: u32 = 11;

/// Where a key's look-up starts in [`SLOTS`].
const fn slot(key: u128) -> usize {
    let folded = (key as u64) ^ (key >> 64) as u64;
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOT_BITS)) as usize
}

/// A hash table of [`WORDS`]: each slot holds a word's index plus one, or 0
/// where none is, and a word stands in the first free slot from its
/// [`slot`] on.
const SLOTS: [u16; 1 << SLOT_BITS] = {
    let mut slots = [0u16; 1 << SLOT_BITS];
    // At most one slot in two taken, so that probes stay short and end.
    assert!(WORDS.len() * 2 <= slots.len());
    let mut i = 0;
    while i < WORDS.len() {
        let mut at = slot(KEYS[i]);
        while slots[at] != 0 {
            at = (at + 1) % slots.len();
        }
        slots[at] = i as u16 + 1;
        i += 1;
    }
    slots
};

/// The class of `word`, in any ASCII case.
pub(super) fn class_of(word: &str) -> Class {
    let bytes = word.as_bytes();
    if bytes.len() > LONGEST {
        return Class::Plain;
    }
    let key = key(bytes);
    let mut at = slot(key);
    loop {
        match SLOTS[at] {
            0 => return Class::Plain,
            n if KEYS[usize::from(n - 1)] == key => return WORDS[usize::from(n - 1)].1,
            _ => at = (at + 1) % SLOTS.len(),
        }
    }
}

/// The class of a number word written with a hyphen: `twenty-two` is
/// `Cardinal(22)`, `twenty-second` `Ordinal(22)`; any other word is
/// [`Class::Plain`].
pub(super) fn class_of_compound(word: &str) -> Class {
    let Some((tens, unit)) = word.split_once('-') else {
        return Class::Plain;
    };
    match (class_of(tens), class_of(unit)) {
        (Cardinal(t), Cardinal(u)) if t % 10 == 0 && t >= 20 && u < 10 => Cardinal(t + u),
        (Cardinal(t), Ordinal(u)) if t % 10 == 0 && t >= 20 && u < 10 => Ordinal(t + u),
        _ => Class::Plain,
    }
}

/// Whether `word` only joins or introduces citations (`and`, `see`, `of`),
/// so that a search box need not look for it once the citations are read.
pub(crate) fn joins_citations(word: &str) -> bool {
    matches!(
        class_of(word),
        And | Through | Of | At | Function | Signal | Abbreviation | Determiner | Indefinite | Ibid
    )
}

/// Whether a word of this class is a designator that can begin a citation:
/// the words a text must hold for the reader to tokenize it.
pub(super) const fn begins_citations(class: Class) -> bool {
    matches!(
        class,
        Paragraph { .. } | Footnote { .. } | Division | Page | Point
    )
}

/// For each byte a word may start with, the lengths and the last letters of
/// the words that begin citations and start with it, one bit each: most
/// words are ruled out by these three facts, without a branch, before a
/// look-up.
const BEGINNINGS: [(u32, u32); 256] = {
    let mut beginnings = [(0u32, 0u32); 256];
    let mut i = 0;
    while i < WORDS.len() {
        let (word, class) = WORDS[i];
        let bytes = word.as_bytes();
        let (first, last) = (bytes[0], bytes[bytes.len() - 1]);
        if begins_citations(class) {
            assert!(first.is_ascii_lowercase() && last.is_ascii_lowercase());
            let bits = (1 << bytes.len(), 1 << (last - b'a'));
            let (lower, upper) = (first as usize, first.to_ascii_uppercase() as usize);
            beginnings[lower] = (beginnings[lower].0 | bits.0, beginnings[lower].1 | bits.1);
            beginnings[upper] = beginnings[lower];
        }
        i += 1;
    }
    beginnings
};

/// For each byte, the bit of [`BEGINNINGS`]' last letters it stands for:
/// its letter's, or bit 31, which no letter has.
const LAST_LETTER: [u8; 256] = {
    let mut bits = [31u8; 256];
    let mut b = 0;
    while b < 26 {
        bits[(b'a' + b) as usize] = b;
        bits[(b'A' + b) as usize] = b;
        b += 1;
    }
    bits
};

/// Whether `word`, an ASCII word, is a designator that can begin a citation.
#[inline]
pub(super) fn begins_a_citation(word: &str) -> bool {
    let bytes = word.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    let (lengths, lasts) = BEGINNINGS[usize::from(first)];
    let length = bytes.len().min(31);
    let maybe = (lengths >> length) & (lasts >> LAST_LETTER[usize::from(last)]) & 1;
    maybe != 0 && begins_citations(class_of_cold(word))
}

/// [`class_of`] out of line: the tests before it, inlined where they run
/// for every word, rule most words out.
#[inline(never)]
fn class_of_cold(word: &str) -> Class {
    class_of(word)
}

/// Whether a full stop after a word of this class is the word's own, not
/// the end of a sentence.
pub(super) const fn takes_a_full_stop(class: Class) -> bool {
    // The designators, then the abbreviations that are no designator.
    matches!(
        class,
        Paragraph { .. } | Sentence { .. } | Footnote { .. } | Part | Point | Division | Page
    ) || matches!(
        class,
        NumberSign | Open | Ibid | Abbreviation | Signal | ShortDocumentNoun
    )
}
/// The words of each designator and joining class, as the table of words
/// in the docs gives them, one row a class: the docs' table is this, and a
/// test holds it so.
#[cfg(test)]
pub(super) fn table() -> String {
    use std::fmt::Write;
    type Row = (&'static str, fn(Class) -> bool);
    let rows: [Row; 9] = [
        ("paragraph", |c| matches!(c, Paragraph { .. })),
        ("sentence", |c| matches!(c, Sentence { .. })),
        ("footnote", |c| matches!(c, Footnote { .. })),
        ("part, read in part", |c| matches!(c, Part | Point)),
        ("another document's division", |c| {
            matches!(c, Division | Page)
        }),
        ("run", |c| c == Through),
        ("list", |c| c == And),
        ("open run, read in part", |c| matches!(c, Open | Et)),
        ("continuation", |c| c == Ibid),
    ];
    let mut table = String::from("| words for | words |\n| --- | --- |\n");
    for (kind, wanted) in rows {
        let words: Vec<String> = WORDS
            .iter()
            .filter(|(_, class)| wanted(*class))
            .map(|(word, _)| format!("`{word}`"))
            .collect();
        let _ = writeln!(table, "| {kind} | {} |", words.join(", "));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::{Class, KEYS, LONGEST, WORDS, class_of, table};

    #[test]
    fn the_words_are_sorted_unique_lowercase_and_short_enough() {
        for pair in WORDS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        for (word, _) in WORDS {
            assert_eq!(word.to_lowercase(), *word);
            assert!(word.len() <= LONGEST, "{word}");
        }
        assert!(KEYS.windows(2).all(|pair| pair[0] < pair[1]));
    }

    /// The docs' table of words is the table of words.
    #[test]
    fn the_docs_list_every_word() {
        let forms = include_str!("forms.md");
        assert!(
            forms.ends_with(&table()),
            "forms.md should end with:\n{}",
            table()
        );
    }

    /// Every number word and ordinal from one to twenty is known, each
    /// with its value, so that none is read as a plain word.
    #[test]
    fn the_number_words_run_from_one_to_twenty() {
        let mut cardinals = [false; 21];
        let mut ordinals = [false; 21];
        for (_, class) in WORDS {
            match *class {
                Class::Cardinal(n @ ..=20) => cardinals[usize::from(n)] = true,
                Class::Ordinal(n @ ..=20) => ordinals[usize::from(n)] = true,
                _ => {}
            }
        }
        assert_eq!(cardinals[1..], [true; 20], "cardinals");
        assert_eq!(ordinals[1..], [true; 20], "ordinals");
    }

    #[test]
    fn words_are_looked_up_in_any_case() {
        assert_eq!(class_of("PARAS"), Class::Paragraph { plural: true });
        assert_eq!(class_of("Communiqué"), Class::DocumentNoun);
        assert_eq!(class_of("Ninth"), Class::Ordinal(9));
        assert_eq!(class_of("paranoid"), Class::Plain);
        assert_eq!(class_of(&"x".repeat(40)), Class::Plain);
        assert_eq!(class_of(""), Class::Plain);
    }
}
