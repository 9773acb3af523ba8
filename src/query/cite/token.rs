//! The tokenizer: one pass turns prose into words, numbers and marks, and a
//! second folds the words that name a document into one token, so that the
//! grammar reads a document's name as one thing wherever it stands.

use std::ops::Range;

use super::words::{Class, begins_citations, class_of, class_of_compound};
use crate::model::meeting::MeetingSeries;
use crate::model::records::Declaration;

/// A token: its kind and the bytes of the text it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Token {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Kind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A word, its class and its case.
    Word(Class, Shape),
    /// Digits alone: their value where it fits a `u8`, and whether they
    /// could be a year.
    Number {
        value: Option<u8>,
        year: Option<u16>,
    },
    /// A written ordinal: `2nd`, `10th`.
    Ordinal(Option<u8>),
    /// Digits glued to letters, decimals or groups of thousands, never a
    /// paragraph's number: `3a`, `2.5`, `10,000`. Where the glued part is a
    /// label (`3a`, `6.2`, not `10,000`), where its digits end.
    Glued { label: Option<usize> },
    /// A mark: `,`, `(`, `¶`, `–`.
    Mark(char),
    /// `'s` after a word.
    Possessive,
    /// A document's name: `the Seoul Declaration (ASEMME6, 2017)`, `the
    /// Lima Declaration`, `UNESCO (2015)`.
    Name(Name),
}

/// How a word is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    Lower,
    Capitalised,
    /// Two or more capitals and no lower-case letter: `UNESCO`, `ASEMME7`.
    Acronym,
}

/// A document named in the prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Name {
    /// This declaration.
    pub(super) ours: bool,
    /// Named by a title or a capitalised document word, so that it owns a
    /// citation anywhere later in its clause; a name that is not (an
    /// acronym, an author and year, `the report`) owns only a citation right
    /// after it.
    pub(super) strong: bool,
    /// Ends in a word for an event (`the Helsinki Summit`): strong enough to
    /// be part of a longer name (`the ASEM Summit declaration`), but, unless
    /// it is this declaration's meeting, it owns only a citation right after
    /// it, as a weak name does.
    pub(super) event: bool,
}

impl Token {
    const fn new(start: usize, end: usize, kind: Kind) -> Token {
        Token { start, end, kind }
    }

    pub(super) fn class(&self) -> Option<Class> {
        match self.kind {
            Kind::Word(class, _) => Some(class),
            _ => None,
        }
    }

    pub(super) fn is_mark(&self, c: char) -> bool {
        self.kind == Kind::Mark(c)
    }

    pub(super) fn is_dash(&self) -> bool {
        matches!(self.kind, Kind::Mark('-' | '–' | '—' | '‑'))
    }

    /// Whether it ends the sentence or clause it stands in: `;`, `:`, `?`, `!`.
    pub(super) fn ends_a_clause(&self) -> bool {
        matches!(self.kind, Kind::Mark(';' | ':' | '?' | '!'))
    }
}

/// Tokens and the text they stand in, read by index: an index past the end
/// reads as no token, so that a rule can look ahead without checking.
#[derive(Clone, Copy)]
pub(super) struct Tokens<'a> {
    pub(super) text: &'a str,
    pub(super) list: &'a [Token],
    pub(super) ours: Ours,
}

impl std::ops::Deref for Tokens<'_> {
    type Target = [Token];

    fn deref(&self) -> &[Token] {
        self.list
    }
}

impl<'a> Tokens<'a> {
    pub(super) fn kind(&self, i: usize) -> Option<Kind> {
        self.list.get(i).map(|t| t.kind)
    }

    /// The text of token `i`, empty past the end.
    pub(super) fn word(&self, i: usize) -> &'a str {
        self.list.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Whether token `i` is `word`, in any ASCII case.
    pub(super) fn is(&self, i: usize, word: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(word)
    }

    pub(super) fn class(&self, i: usize) -> Option<Class> {
        self.list.get(i).and_then(Token::class)
    }

    pub(super) fn mark(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Mark(c))
    }

    pub(super) fn dash(&self, i: usize) -> bool {
        self.list.get(i).is_some_and(Token::is_dash)
    }

    pub(super) fn year(&self, i: usize) -> Option<u16> {
        match self.kind(i)? {
            Kind::Number { year, .. } => year,
            _ => None,
        }
    }

    /// Whether token `i` is the mark `c` touching the token before it.
    pub(super) fn glued_mark(&self, i: usize, c: char) -> bool {
        self.mark(i, c) && i > 0 && self.list[i].start == self.list[i - 1].end
    }

    /// The index after token `i` and, where it is an abbreviation's own, the
    /// full stop touching it.
    pub(super) fn after_stop(&self, i: usize) -> usize {
        // A word written out (`sentence.`, `onwards.`) ends the sentence
        // with that full stop unless more of the citation follows it.
        let abbreviated = || {
            self.word(i).len() <= 5
                || matches!(self.kind(i + 2), Some(Kind::Number { .. } | Kind::Mark(_)))
        };
        i + 1 + usize::from(self.glued_mark(i + 1, '.') && abbreviated())
    }

    /// The bytes from token `first` to the end of the token before `end`.
    pub(super) fn span(&self, first: usize, end: usize) -> (usize, usize) {
        (self.list[first].start, self.list[end - 1].end)
    }
}

/// The declaration's own words, as a name of it uses them (`the Seoul
/// Declaration`, `ASEMME6`, `the 6th ASEM Education Ministers' Meeting`): its
/// meeting's acronym, city, year and ordinal, and the words of its series'
/// name.
#[derive(Clone, Copy)]
pub(super) struct Ours {
    pub(super) acronym: &'static str,
    pub(super) place: &'static str,
    pub(super) year: u16,
    pub(super) ordinal: u8,
    series: &'static MeetingSeries,
    subtitle: &'static str,
}

impl Ours {
    pub(super) fn of(d: &Declaration) -> Ours {
        let meeting = d.meeting();
        Ours {
            acronym: meeting.acronym(),
            place: meeting.city(),
            year: meeting.year(),
            ordinal: meeting.ordinal(),
            series: d.series(),
            subtitle: d.subtitle(),
        }
    }

    /// Whether `words`, three or more, begin the declaration's subtitle, in
    /// any ASCII case: `the Declaration on Enhancing Collaboration between
    /// Asia and Europe` names it by its subtitle.
    fn subtitle_begins(self, words: &str) -> bool {
        words.split(' ').count() >= 3
            && self.subtitle.get(..words.len()).is_some_and(|start| {
                start.eq_ignore_ascii_case(words)
                    && !self.subtitle[words.len()..].starts_with(char::is_alphanumeric)
            })
    }

    /// Whether `word` is the series' acronym or a word of its name before
    /// the last (`ASEMME`; `ASEM`, `Education`, `Ministers` of `ASEM
    /// Education Ministers' Meeting`), in any ASCII case.
    fn meeting_word(self, word: &str) -> bool {
        let name = self.series.name();
        let before_last = name.rsplit_once(' ').map_or("", |(before, _)| before);
        word.eq_ignore_ascii_case(self.series.acronym())
            || before_last
                .split(' ')
                .any(|w| w.trim_end_matches(['\'', '’']).eq_ignore_ascii_case(word))
    }
}

/// The tokens of `text[range]`, into `tokens`; `scratch` holds the first
/// pass. Both are cleared first.
pub(super) fn tokenize(
    text: &str,
    range: Range<usize>,
    ours: Ours,
    scratch: &mut Vec<Token>,
    tokens: &mut Vec<Token>,
) {
    scratch.clear();
    tokens.clear();
    // A token takes a byte at least, and most take a word and a space: one
    // reservation serves a text of blocks alike.
    let estimate = range.len() / 3 + 16;
    scratch.reserve(estimate);
    tokens.reserve(estimate);
    lex(text, range, scratch);
    name(text, ours, scratch, tokens);
}

/// The first pass: words, numbers and marks.
fn lex(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let mut at = range.start;
    while at < range.end {
        if text.as_bytes()[at].is_ascii_whitespace() {
            at += 1;
            continue;
        }
        let c = text[at..].chars().next().unwrap_or(' ');
        let start = at;
        if c.is_ascii_digit() {
            at = number(text, at, range.end, out);
        } else if c.is_alphabetic() {
            at = word_end(text, at, range.end);
            // A designator glued to its number is two tokens: `para10`, `¶`
            // aside.
            if let Some(digits) = text[start..at].find(|c: char| c.is_ascii_digit()) {
                if begins_citations(class_of(&text[start..start + digits])) {
                    at = start + digits;
                }
            }
            let word = &text[start..at];
            let class = match class_of(word) {
                Class::Plain if word.contains('-') => class_of_compound(word),
                class => class,
            };
            out.push(Token::new(start, at, Kind::Word(class, shape(word))));
        } else {
            at += c.len_utf8();
            if !c.is_whitespace() {
                out.push(Token::new(start, at, Kind::Mark(c)));
            }
            continue;
        }
        at = possessive(text, at, range.end, out);
    }
}

/// `'s` or `’s` at `at`, then anything but a letter: a possessive token,
/// and where it ends.
fn possessive(text: &str, at: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let rest = &text[at..end];
    // Most words end otherwise: an apostrophe starts with `'` or 0xE2.
    if !matches!(rest.as_bytes().first(), Some(b'\'' | 0xE2)) {
        return at;
    }
    for apostrophe in ["'s", "’s", "'S", "’S"] {
        let after = rest.get(apostrophe.len()..).and_then(|r| r.chars().next());
        if rest.starts_with(apostrophe) && !after.is_some_and(char::is_alphanumeric) {
            out.push(Token::new(at, at + apostrophe.len(), Kind::Possessive));
            return at + apostrophe.len();
        }
    }
    at
}

/// Where the word starting at `at` ends: letters and digits, joined by a
/// hyphen or an apostrophe before a letter (`sub-paragraph`, `don't`), but
/// not by the apostrophe of a possessive (`Chair's`).
fn word_end(text: &str, mut at: usize, end: usize) -> usize {
    // ASCII letters and digits a byte at a time; anything else by the rule.
    let bytes = &text.as_bytes()[..end];
    while at < end && bytes[at].is_ascii_alphanumeric() {
        at += 1;
    }
    if at == end || bytes[at].is_ascii() && !matches!(bytes[at], b'-' | b'\'') {
        return at;
    }
    let mut chars = text[at..end].char_indices().peekable();
    let start = at;
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            at = start + i + c.len_utf8();
            continue;
        }
        let joins = matches!(c, '-' | '\'' | '’');
        let next = chars.peek().map(|&(_, n)| n);
        let possessive = c != '-'
            && matches!(next, Some('s' | 'S'))
            && !text[start + i + c.len_utf8() + 1..end]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if !(joins && next.is_some_and(char::is_alphabetic) && !possessive) {
            break;
        }
    }
    at
}

fn shape(word: &str) -> Shape {
    let letters = word.chars().filter(|c| c.is_alphabetic());
    let (count, upper) = letters.fold((0, 0), |(n, u), c| {
        (n + 1, u + usize::from(c.is_uppercase()))
    });
    if count >= 2 && upper == count {
        Shape::Acronym
    } else if word.chars().next().is_some_and(char::is_uppercase) {
        Shape::Capitalised
    } else {
        Shape::Lower
    }
}

/// Lexes the number at `at`: digits alone, a written ordinal, or digits
/// glued to letters, decimals or groups of thousands.
fn number(text: &str, at: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let bytes = &text.as_bytes()[..end];
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let digits_end = (at..end).find(|&i| !digit(i)).unwrap_or(end);
    let digits = &text[at..digits_end];
    let next = bytes.get(digits_end).copied();
    // A decimal or a group of thousands: `2.5`, `10,000`.
    let grouped =
        next == Some(b',') && (1..=3).all(|k| digit(digits_end + k)) && !digit(digits_end + 4);
    let decimal = next == Some(b'.') && digit(digits_end + 1);
    // Letters glued to the digits, but not a word after a hyphen:
    // `14-para. 16` is a run.
    let glued_end = (at..end)
        .find(|&i| !bytes[i].is_ascii_alphanumeric())
        .unwrap_or(end);
    let suffix = &text[digits_end..glued_end.max(digits_end)];
    let (kind, stop) = if grouped || decimal {
        let mut stop = digits_end + 1;
        while stop < end
            && (bytes[stop].is_ascii_alphanumeric()
                || matches!(bytes[stop], b'.' | b',') && digit(stop + 1))
        {
            stop += 1;
        }
        (
            Kind::Glued {
                label: decimal.then_some(digits_end),
            },
            stop,
        )
    } else if ["st", "nd", "rd", "th"]
        .iter()
        .any(|s| suffix.eq_ignore_ascii_case(s))
    {
        (Kind::Ordinal(digits.parse().ok()), glued_end)
    } else if glued_end > digits_end {
        (
            Kind::Glued {
                label: Some(digits_end),
            },
            glued_end,
        )
    } else {
        let year = digits.parse().ok();
        let year = year.filter(|y| digits.len() == 4 && (1000..3000).contains(y));
        (
            Kind::Number {
                value: digits.parse().ok(),
                year,
            },
            digits_end,
        )
    };
    out.push(Token::new(at, stop, kind));
    stop
}

/// The second pass: each document's name becomes one [`Kind::Name`].
fn name(text: &str, ours: Ours, raw: &[Token], out: &mut Vec<Token>) {
    let raw = Tokens {
        text,
        list: raw,
        ours,
    };
    // A text all in lower case, as typed into a search box, writes names in
    // lower case too: `bologna declaration article 3`.
    let lower = !raw
        .iter()
        .any(|t| matches!(t.kind, Kind::Word(_, Shape::Capitalised | Shape::Acronym)));
    let mut i = 0;
    while i < raw.len() {
        let t = raw[i];
        let word = raw.word(i);
        let ours = || word.eq_ignore_ascii_case(raw.ours.acronym);
        let next = match t.kind {
            Kind::Word(Class::DocumentNoun | Class::ShortDocumentNoun | Class::EventNoun, _) => {
                document(raw, i, lower, out)
            }
            // An acronym, but not a word in capitals that may name this
            // declaration: `SEOUL DECLARATION`.
            Kind::Word(Class::Plain, shape)
                if ours()
                    || shape == Shape::Acronym
                        && !is_roman(word)
                        && !word.eq_ignore_ascii_case(raw.ours.place) =>
            {
                let ours = ours();
                out.push(Token {
                    kind: Kind::Name(Name {
                        ours,
                        strong: ours,
                        event: false,
                    }),
                    ..t
                });
                Some(i + 1)
            }
            Kind::Number { year: Some(_), .. } | Kind::Mark('(') => author_and_year(raw, i, out),
            _ => None,
        };
        i = next.unwrap_or_else(|| {
            out.push(t);
            i + 1
        });
    }
}

/// Whether `word` is a Roman numeral's letters, in either case.
pub(super) fn is_roman(word: &str) -> bool {
    word.chars().all(|c| {
        matches!(
            c.to_ascii_uppercase(),
            'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'
        )
    })
}

/// A capitalised word, an acronym, or a name that is not a title.
fn is_capitalised(t: &Token) -> bool {
    matches!(
        t.kind,
        Kind::Word(Class::Plain, Shape::Capitalised | Shape::Acronym)
            | Kind::Name(Name { strong: false, .. })
    )
}

/// A plain word in lower case.
fn is_lower(t: &Token) -> bool {
    matches!(t.kind, Kind::Word(Class::Plain, Shape::Lower))
}

/// A name that ends in the document word at `raw[head]`: the words before it
/// that are part of it, taken back off `out`, and the words after it that
/// date, place or qualify it. Where the next token in `raw` is, or `None`
/// if the word is no name's (`a report`).
#[allow(clippy::too_many_lines)] // one rule, its parts in the order they stand
fn document(raw: Tokens, head: usize, lower: bool, out: &mut Vec<Token>) -> Option<usize> {
    let is = |t: &Token, word: &str| raw.text[t.start..t.end].eq_ignore_ascii_case(word);
    let head_token = raw[head];
    // The words before: capitals, acronyms and names (`the ASEMME6 Chair's
    // Conclusions`), ordinals, years, possessives, and lower-case words after
    // a determiner (`the ministerial conclusions`), back to a determiner.
    let capital = !matches!(head_token.kind, Kind::Word(_, Shape::Lower));
    let mut first = out.len();
    let mut determiner = None;
    while first > 0 && out.len() - first < 10 {
        let t = out[first - 1];
        let accepted = match t.kind {
            Kind::Word(Class::Determiner, _) => {
                determiner = Some(t);
                first -= 1;
                break;
            }
            // `seoul`, and a lower-case name's possessive word: `chair's`.
            Kind::Word(Class::Plain, Shape::Lower)
                if is(&t, raw.ours.place)
                    || out.get(first).is_some_and(|n| n.kind == Kind::Possessive) =>
            {
                true
            }
            // Up to three lower-case words, only after a determiner (and
            // a capitalised word after it), or first in a text all in lower
            // case, and right before the document word (`the ministerial
            // conclusions`, `bologna declaration`, not `the draft speech
            // quotes Seoul Declaration`).
            Kind::Word(Class::Plain, Shape::Lower) => {
                if first < out.len() {
                    break;
                }
                let run = out[..first]
                    .iter()
                    .rev()
                    .take_while(|t| is_lower(t))
                    .count();
                let before = first.checked_sub(run + 1).map(|k| out[k]);
                let opens = before.is_none_or(|b| !matches!(b.kind, Kind::Word(..)));
                let after_determiner = before.is_some_and(|b| b.class() == Some(Class::Determiner));
                // `the ASEF annual report`: after a determiner and a
                // capitalised word or an acronym.
                let after_capital = before.is_some_and(|b| is_capitalised(&b))
                    && first
                        .checked_sub(run + 2)
                        .is_some_and(|k| out[k].class() == Some(Class::Determiner));
                if run <= 3 && (after_determiner || after_capital || lower && opens) {
                    first -= run;
                    continue;
                }
                false
            }
            Kind::Word(
                Class::Plain | Class::DocumentNoun | Class::EventNoun,
                Shape::Capitalised | Shape::Acronym,
            )
            | Kind::Word(Class::Ordinal(_), _)
            | Kind::Ordinal(_)
            | Kind::Number { year: Some(_), .. } => true,
            // A name, but not an author and year before a title: `ASEM
            // Education Ministers (2017) Seoul Declaration`.
            Kind::Name(name) => name.strong || !raw.text[t.start..t.end].contains(' '),
            // `the Seoul (ASEMME6) Declaration`, `the ASEMME6 (Seoul, 2017)
            // Declaration`: a meeting, a place or a year in brackets inside
            // the name.
            Kind::Mark(')') => {
                let open = (first.saturating_sub(6)..first - 1)
                    .rev()
                    .find(|&k| out[k].is_mark('('));
                let dates = open.is_some_and(|open| {
                    open + 1 < first - 1
                        && out[open + 1..first - 1].iter().all(|t| {
                            matches!(
                                t.kind,
                                Kind::Name(_)
                                    | Kind::Number { year: Some(_), .. }
                                    | Kind::Word(Class::Plain, Shape::Capitalised | Shape::Acronym)
                                    | Kind::Mark(',')
                            )
                        })
                });
                if let (true, Some(open)) = (dates, open) {
                    first = open + 1;
                }
                dates
            }
            // `Chair's`, and in a name written in lower case, `chair's`.
            Kind::Possessive | Kind::Mark('\'' | '’') => {
                first >= 2
                    && (is_capitalised(&out[first - 2]) || !capital && is_lower(&out[first - 2]))
            }
            Kind::Word(Class::Of | Class::And | Class::TitleJoin, _) => {
                first >= 2
                    && is_capitalised(&out[first - 2])
                    && out.get(first).is_some_and(is_capitalised)
            }
            _ => false,
        };
        if !accepted {
            break;
        }
        first -= 1;
    }
    let mods = &out[first + usize::from(determiner.is_some())..];
    if mods.is_empty() && determiner.is_none() && !capital {
        return None;
    }
    // The words after: a year or the meeting in brackets, `of 2019`,
    // `adopted at ASEMME6`, and a title's qualifier (`on Human Rights`).
    // `Decl.` takes its full stop.
    let short =
        head_token.class() == Some(Class::ShortDocumentNoun) && raw.glued_mark(head + 1, '.');
    let (next, qualified, year) = tail(raw, head + 1 + usize::from(short));
    let our_meeting = |t: &Token| match t.kind {
        Kind::Word(Class::Ordinal(n), _) | Kind::Ordinal(Some(n)) => n == raw.ours.ordinal,
        _ => false,
    };
    // `the 2017 Declaration`: this declaration's year names it too.
    let names_us = |t: &Token| match t.kind {
        Kind::Name(Name { ours, .. }) => ours,
        Kind::Word(Class::Ordinal(_), _) | Kind::Ordinal(Some(_)) => our_meeting(t),
        Kind::Word(..) => is(t, raw.ours.place),
        Kind::Number { year: Some(y), .. } => y == raw.ours.year,
        _ => false,
    };
    // The words this declaration's name may hold besides its document word.
    let ours_too = |t: &Token| match t.kind {
        Kind::Name(Name { ours: true, .. })
        | Kind::Possessive
        | Kind::Mark('\'' | '’' | '(' | ')' | ',') => true,
        Kind::Word(Class::Ordinal(_), _) | Kind::Ordinal(Some(_)) => our_meeting(t),
        Kind::Number { year: Some(y), .. } => y == raw.ours.year,
        Kind::Word(..) | Kind::Name(_) => {
            is(t, raw.ours.place) || raw.ours.meeting_word(&raw.text[t.start..t.end])
        }
        _ => false,
    };
    let head_is = |word: &str| is(&head_token, word);
    let names_this = if head_is("declaration") || head_is("decl") {
        match (mods.is_empty(), determiner) {
            (true, Some(d)) => is(&d, "the") || is(&d, "this"),
            (true, None) => true,
            (false, _) => mods.iter().any(names_us),
        }
    } else {
        head_is("meeting") && mods.iter().any(names_us)
    };
    let ours = !qualified
        && year.is_none_or(|y| y == raw.ours.year)
        && mods.iter().all(ours_too)
        && names_this;
    // A name of this declaration starts at its first word after the
    // determiner, but `the Declaration` is its name whole.
    let start = mods
        .first()
        .or(determiner.as_ref())
        .unwrap_or(&head_token)
        .start;
    // A capitalised document word, or capitalised words before a document
    // word in lower case (`the Kuala Lumpur conclusions`), make a strong
    // name; not before a word for an event (`the Hanoi meeting`).
    // An acronym before the document word makes a name proper too (`the
    // ASEMME7 conclusions`).
    let event = head_token.class() == Some(Class::EventNoun);
    let proper = !event
        && mods.iter().any(|t| {
            matches!(
                t.kind,
                Kind::Word(Class::Plain, Shape::Capitalised) | Kind::Name(_)
            )
        });
    out.truncate(first);
    let name = Name {
        ours,
        strong: capital || proper,
        event: event && !ours,
    };
    out.push(Token::new(start, raw[next - 1].end, Kind::Name(name)));
    Some(next)
}

/// The words after a document's name that belong to it, from `raw[at]`
/// (`(2008)`, `2017`, `(ASEMME6)`, `(ASEMME6, 2017)`, `of 2019`, `adopted at
/// ASEMME6`, `on Human Rights`):
/// where they end, whether they qualify the name as another document's
/// (`on Human Rights`, `of the Council`), and the year they give.
fn tail(raw: Tokens, mut at: usize) -> (usize, bool, Option<u16>) {
    let capital = |i: usize| {
        matches!(
            raw.kind(i),
            Some(Kind::Word(
                Class::Plain,
                Shape::Capitalised | Shape::Acronym
            ))
        )
    };
    let (mut qualified, mut given_year) = (false, None);
    loop {
        if let Some((end, other, given)) = bracket(raw, at) {
            // `(2008)`, `(ASEMME6)`, `(ASEMME6, 2017)`, `(Seoul, 21-22
            // November 2017)`
            qualified |= other;
            given_year = given.or(given_year);
            at = end;
        } else if raw.year(at).is_some() {
            given_year = raw.year(at);
            at += 1;
            // `Strategy 2018-2030`: a span of years.
            if raw.dash(at) && raw.year(at + 1).is_some() {
                at += 2;
            }
        } else if raw.is(at, raw.ours.acronym) {
            at += 1;
        } else if raw.mark(at, ',')
            && (raw.year(at + 1).is_some()
                || raw.kind(at + 1) == Some(Kind::Word(Class::Plain, Shape::Acronym)))
        {
            // `Chair's Conclusions, ASEMME6 (2017), ¶ 3`, `Seoul
            // Declaration, 2017, ¶ 4`: the meeting or the year, between
            // commas.
            let end = bracket(raw, at + 2).map_or(at + 2, |(end, ..)| end);
            if !raw.mark(end, ',') {
                break;
            }
            match raw.year(at + 1) {
                Some(y) => given_year = Some(y),
                None => qualified |= !raw.is(at + 1, raw.ours.acronym),
            }
            at = end;
        } else if let Some((end, given)) = date_after(raw, at) {
            // `of 2019`, `of 21-22 November 2017`, `, 27–28 April 2015,`
            given_year = Some(given);
            at = end;
        } else if raw.class(at) == Some(Class::Issued)
            && matches!(
                raw.class(at + 1),
                Some(Class::Of | Class::At | Class::Function | Class::TitleJoin)
            )
        {
            // `adopted at ASEMME6`, `issued in Lima`, `signed in November 2015`.
            let from = at + 2 + usize::from(raw.class(at + 2) == Some(Class::Determiner));
            let dates = |k: &usize| {
                capital(*k)
                    || raw.class(*k) == Some(Class::Month)
                    || matches!(raw.kind(*k), Some(Kind::Number { .. }))
            };
            let end = from + (from..from + 4).take_while(dates).count();
            if end == from {
                break;
            }
            at = end;
        } else if matches!(raw.class(at), Some(Class::Of | Class::TitleJoin))
            && !raw.is(at, "in")
            && !raw.is(at, "from")
            || raw.is(at, "by") && raw.class(at + 1) == Some(Class::Determiner)
        {
            // A title's qualifier: capitalised words joined by `of`, `the`,
            // `and`, `on`; its author after `by the` (`Conclusions by the
            // Chair`).
            // `of the ASEM education ministers`: this meeting's own words,
            // in any case.
            let meeting_word = |k: usize| raw.ours.meeting_word(raw.word(k));
            let joins = |k: &usize| {
                capital(*k)
                    || meeting_word(*k)
                    || matches!(
                        raw.class(*k),
                        Some(Class::Of | Class::And | Class::TitleJoin | Class::Determiner)
                    )
            };
            let words = at + 1..raw.len().min(at + 12);
            let Some(last) = words
                .take_while(joins)
                .filter(|&k| capital(k) || meeting_word(k))
                .last()
            else {
                break;
            };
            let only_ours = (at + 1..=last).all(|i| {
                raw.is(i, raw.ours.acronym)
                    || meeting_word(i)
                    || raw.class(i) == Some(Class::Determiner)
            }) || raw
                .ours
                .subtitle_begins(&raw.text[raw[at + 1].start..raw[last].end]);
            qualified |= !only_ours;
            at = last + 1;
        } else {
            break;
        }
    }
    (at, qualified, given_year)
}

/// A date after `of` or between commas at `raw[at]`, ending in a year (`of
/// 2019`, `of 21-22 November 2017`, `, 27–28 April 2015,`): where it ends
/// (before the closing comma), and the year.
fn date_after(raw: Tokens, at: usize) -> Option<(usize, u16)> {
    let comma = raw.mark(at, ',');
    if !comma && !raw.is(at, "of") {
        return None;
    }
    for k in (at + 1..raw.len()).take(6) {
        match raw[k].kind {
            Kind::Number { year: Some(y), .. } if !comma || raw.mark(k + 1, ',') => {
                return Some((k + 1, y));
            }
            Kind::Number { .. } | Kind::Word(Class::Month, _) => {}
            _ if raw.dash(k) => {}
            _ => return None,
        }
    }
    None
}

/// A bracket after a document's name that dates, places or numbers it, from
/// `raw[at]`: capitalised words, acronyms, numbers, months, commas and
/// dashes. Where it ends, whether it names an acronym other than this
/// declaration's, and the last year in it.
fn bracket(raw: Tokens, at: usize) -> Option<(usize, bool, Option<u16>)> {
    if !raw.mark(at, '(') {
        return None;
    }
    let (mut other, mut year) = (false, None);
    for k in (at + 1..raw.len()).take(8) {
        match raw[k].kind {
            Kind::Mark(')') if k > at + 1 => return Some((k + 1, other, year)),
            Kind::Number { year: y, .. } => year = y.or(year),
            Kind::Word(Class::Plain, Shape::Acronym) => other |= !raw.is(k, raw.ours.acronym),
            Kind::Word(Class::Plain, Shape::Capitalised)
            | Kind::Word(Class::Month, _)
            | Kind::Mark(',') => {}
            _ if raw.dash(k) => {}
            _ => return None,
        }
    }
    None
}

/// An author and year (`Smith 2019`, `UNESCO (2015)`, `Smith et al.,
/// 2019`), which names a document other than this declaration: the year or
/// bracket at `raw[at]`, the author taken back off `out`.
fn author_and_year(raw: Tokens, at: usize, out: &mut Vec<Token>) -> Option<usize> {
    let bracketed = raw.mark(at, '(');
    if bracketed && (raw.year(at + 1).is_none() || !raw.mark(at + 2, ')')) {
        return None;
    }
    let next = at + if bracketed { 3 } else { 1 };
    // The author, before a comma after it (`Smith, 2019`) and `et al.`.
    let mut k = out.len();
    if k > 0 && out[k - 1].is_mark(',') && !bracketed {
        k -= 1;
    }
    if k >= 3
        && out[k - 1].is_mark('.')
        && out[k - 2].class() == Some(Class::Abbreviation)
        && out[k - 3].class() == Some(Class::Et)
    {
        k -= 3;
    }
    let author = out[..k].last().copied()?;
    let weak = Kind::Name(Name {
        ours: false,
        strong: false,
        event: false,
    });
    // `art. VII (1997)` numbers an article, and `(Seoul, 2017)` places a
    // meeting.
    let word = &raw.text[author.start..author.end];
    let not_an_author = is_roman(word) || word.eq_ignore_ascii_case(raw.ours.place);
    let is_author = author.kind == weak
        || matches!(
            author.kind,
            Kind::Word(Class::Plain, Shape::Capitalised | Shape::Acronym)
        ) && !not_an_author;
    if !is_author {
        return None;
    }
    out.truncate(k - 1);
    out.push(Token::new(author.start, raw[next - 1].end, weak));
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::{Kind, Name, Ours, Token, tokenize};

    fn names(text: &str) -> Vec<(&str, bool)> {
        let (mut scratch, mut tokens) = (Vec::new(), Vec::new());
        let ours = Ours::of(crate::declaration());
        tokenize(text, 0..text.len(), ours, &mut scratch, &mut tokens);
        tokens
            .iter()
            .filter_map(|t: &Token| match t.kind {
                Kind::Name(Name { ours, .. }) => Some((&text[t.start..t.end], ours)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn names_are_one_token_each() {
        assert_eq!(
            names("the Seoul Declaration (ASEMME6, 2017), para. 6"),
            [("Seoul Declaration (ASEMME6, 2017)", true)]
        );
        assert_eq!(
            names("the Declaration, para. 7"),
            [("the Declaration", true)]
        );
        assert_eq!(
            names("the Chair's Conclusions adopted at ASEMME6, para. 2"),
            [("Chair's Conclusions adopted at ASEMME6", false)]
        );
        assert_eq!(
            names("the ministerial conclusions of 2019, para. 3"),
            [("ministerial conclusions of 2019", false)]
        );
        assert_eq!(
            names("the Universal Declaration of Human Rights"),
            [("Universal Declaration of Human Rights", false)]
        );
        assert_eq!(
            names("the 6th ASEM Education Ministers' Meeting"),
            [("6th ASEM Education Ministers' Meeting", true)]
        );
        assert_eq!(names("UNESCO (2015), para. 3"), [("UNESCO (2015)", false)]);
        assert_eq!(names("Smith et al. 2019"), [("Smith et al. 2019", false)]);
        assert_eq!(names("In 2017, para. 10"), []);
        assert_eq!(
            names("the 2008 Seoul Declaration"),
            [("2008 Seoul Declaration", false)]
        );
        assert_eq!(names("a report"), []);
    }
}
