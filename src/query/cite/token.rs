//! The tokenizer: one pass turns prose into words, numbers and marks, and a
//! second folds the words that name a document into one token, so that the
//! grammar reads a document's name as one thing wherever it stands.

use super::words::{Class, class_of};

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
}

impl Token {
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

/// This declaration's own words, as a name of it uses them (`the Seoul
/// Declaration`, `ASEMME6`, `the 6th ASEM Education Ministers' Meeting`);
/// a unit test checks them against the data.
pub(super) const OUR_ACRONYM: &str = "ASEMME6";
pub(super) const OUR_PLACE: &str = "seoul";
pub(super) const OUR_YEAR: u16 = 2017;
pub(super) const OUR_MEETING_NUMBER: u8 = 6;
/// The other words of the meeting's name.
const OUR_MEETING_WORDS: &[&str] = &["asem", "asemme", "education", "ministers"];

/// The tokens of `text[range]`, into `tokens`; `scratch` holds the first
/// pass. Both are cleared first.
pub(super) fn tokenize(
    text: &str,
    range: std::ops::Range<usize>,
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
    name(text, scratch, tokens);
}

/// The first pass: words, numbers and marks.
fn lex(text: &str, range: std::ops::Range<usize>, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut at = range.start;
    while at < range.end {
        let b = bytes[at];
        if b.is_ascii_whitespace() {
            at += 1;
            continue;
        }
        let c = text[at..].chars().next().unwrap_or(' ');
        let start = at;
        if b.is_ascii_digit() {
            at = number(text, at, range.end, out);
            at = possessive(text, at, range.end, out);
        } else if c.is_alphabetic() {
            at = word_end(text, at, range.end);
            // A designator glued to its number is two tokens: `para10`, `¶`
            // aside.
            let letters = text[start..at]
                .find(|c: char| c.is_ascii_digit())
                .map(|i| start + i);
            if let Some(digits) = letters {
                if super::words::begins_citations(class_of(&text[start..digits])) {
                    at = digits;
                }
            }
            let word = &text[start..at];
            out.push(Token {
                start,
                end: at,
                kind: Kind::Word(class_of(word), shape(word)),
            });
            at = possessive(text, at, range.end, out);
        } else if c.is_whitespace() {
            at += c.len_utf8();
        } else {
            at += c.len_utf8();
            out.push(Token {
                start,
                end: at,
                kind: Kind::Mark(c),
            });
        }
    }
}

/// `'s` or `’s` at `at`, then anything but a letter: a possessive token,
/// and where it ends.
fn possessive(text: &str, at: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let rest = &text[at..end];
    for apostrophe in ["'s", "’s", "'S", "’S"] {
        let after = rest.get(apostrophe.len()..).and_then(|r| r.chars().next());
        if rest.starts_with(apostrophe) && !after.is_some_and(char::is_alphanumeric) {
            out.push(Token {
                start: at,
                end: at + apostrophe.len(),
                kind: Kind::Possessive,
            });
            return at + apostrophe.len();
        }
    }
    at
}

/// Where the word starting at `at` ends: letters and digits, joined by a
/// hyphen or an apostrophe before a letter (`sub-paragraph`, `don't`), but
/// not by the apostrophe of a possessive (`Chair's`).
fn word_end(text: &str, mut at: usize, end: usize) -> usize {
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
        if joins && next.is_some_and(char::is_alphabetic) && !possessive {
            continue;
        }
        break;
    }
    at
}

fn shape(word: &str) -> Shape {
    let mut letters = 0;
    let mut upper = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            }
        }
    }
    if letters >= 2 && upper == letters {
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
    let digits_end = at
        + bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    let digits = &text[at..digits_end];
    let next = bytes.get(digits_end).copied();
    let after = |i: usize| bytes.get(i).copied();
    // A decimal or a group of thousands: `2.5`, `10,000`.
    let grouped = next == Some(b',')
        && (1..=3).all(|k| after(digits_end + k).is_some_and(|b| b.is_ascii_digit()))
        && !after(digits_end + 4).is_some_and(|b| b.is_ascii_digit());
    let decimal = next == Some(b'.') && after(digits_end + 1).is_some_and(|b| b.is_ascii_digit());
    let glued_end = word_end(text, at, end);
    let (kind, stop) = if grouped || decimal {
        let mut stop = digits_end + 1;
        while stop < end
            && (bytes[stop].is_ascii_alphanumeric()
                || matches!(bytes[stop], b'.' | b',')
                    && after(stop + 1).is_some_and(|b| b.is_ascii_digit()))
        {
            stop += 1;
        }
        let label = decimal.then_some(digits_end);
        (Kind::Glued { label }, stop)
    } else if glued_end > digits_end {
        let suffix = &text[digits_end..glued_end];
        let ordinal = ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(s));
        if ordinal {
            (Kind::Ordinal(digits.parse().ok()), glued_end)
        } else {
            (
                Kind::Glued {
                    label: Some(digits_end),
                },
                glued_end,
            )
        }
    } else {
        let year = (digits.len() == 4)
            .then(|| digits.parse().ok())
            .flatten()
            .filter(|y| (1000..3000).contains(y));
        (
            Kind::Number {
                value: digits.parse().ok(),
                year,
            },
            digits_end,
        )
    };
    out.push(Token {
        start: at,
        end: stop,
        kind,
    });
    stop
}

/// The second pass: each document's name becomes one [`Kind::Name`].
fn name(text: &str, raw: &[Token], out: &mut Vec<Token>) {
    let mut i = 0;
    while i < raw.len() {
        let t = raw[i];
        let word = &text[t.start..t.end];
        match t.kind {
            Kind::Word(Class::DocumentNoun | Class::ShortDocumentNoun, _) => {
                if let Some(next) = document(text, raw, i, out) {
                    i = next;
                    continue;
                }
            }
            Kind::Word(Class::Plain, shape)
                if word.eq_ignore_ascii_case(OUR_ACRONYM)
                    || shape == Shape::Acronym && !is_roman(word) =>
            {
                let ours = word.eq_ignore_ascii_case(OUR_ACRONYM);
                out.push(Token {
                    kind: Kind::Name(Name { ours, strong: ours }),
                    ..t
                });
                i += 1;
                continue;
            }
            Kind::Number { year: Some(_), .. } | Kind::Mark('(') => {
                if let Some(next) = author_and_year(raw, i, out) {
                    i = next;
                    continue;
                }
            }
            _ => {}
        }
        out.push(t);
        i += 1;
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

fn is_capitalised(t: &Token) -> bool {
    matches!(
        t.kind,
        Kind::Word(Class::Plain, Shape::Capitalised | Shape::Acronym)
    ) || matches!(t.kind, Kind::Name(Name { strong: false, .. }))
}

/// A name that ends in the document word at `raw[head]`: the words before it
/// that are part of it, taken back off `out`, and the words after it that
/// date, place or qualify it. Where the next token in `raw` is, or `None`
/// if the word is no name's (`a report`).
#[allow(clippy::too_many_lines)] // one rule, its parts in the order they stand
fn document(text: &str, raw: &[Token], head: usize, out: &mut Vec<Token>) -> Option<usize> {
    let word = |t: &Token| &text[t.start..t.end];
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
            Kind::Word(Class::Plain, Shape::Lower) if word(&t).eq_ignore_ascii_case(OUR_PLACE) => {
                true
            }
            Kind::Word(Class::Plain, Shape::Lower)
                if matches!(out.get(first).map(|t| t.kind), Some(Kind::Possessive)) =>
            {
                true
            }
            Kind::Word(Class::Plain, Shape::Lower) => {
                // Up to three lower-case words, only after a determiner and
                // right before the document word (`the ministerial
                // conclusions`, not `the draft speech quotes Seoul
                // Declaration`).
                if first < out.len() {
                    break;
                }
                let run = out[..first]
                    .iter()
                    .rev()
                    .take_while(|t| matches!(t.kind, Kind::Word(Class::Plain, Shape::Lower)))
                    .count();
                let before = first.checked_sub(run + 1).map(|k| out[k]);
                if run <= 3 && before.is_some_and(|b| b.class() == Some(Class::Determiner)) {
                    first -= run;
                    continue;
                }
                false
            }
            Kind::Word(Class::Plain | Class::DocumentNoun, Shape::Capitalised | Shape::Acronym)
            | Kind::Word(Class::Ordinal(_), _)
            | Kind::Ordinal(_)
            | Kind::Number { year: Some(_), .. }
            | Kind::Name(_) => true,
            // `Chair's`, and in a name written in lower case, `chair's`.
            Kind::Possessive | Kind::Mark('\'' | '’') => {
                first >= 2
                    && (is_capitalised(&out[first - 2])
                        || !capital
                            && matches!(
                                out[first - 2].kind,
                                Kind::Word(Class::Plain, Shape::Lower)
                            ))
            }
            Kind::Word(Class::Of | Class::And | Class::TitleJoin, _) => {
                first >= 2
                    && is_capitalised(&out[first - 2])
                    && first < out.len()
                    && is_capitalised(&out[first])
            }
            _ => false,
        };
        if !accepted {
            break;
        }
        first -= 1;
    }
    let mods_start = first + usize::from(determiner.is_some());
    let mods = &out[mods_start..];
    if mods.is_empty() && determiner.is_none() && !capital {
        return None;
    }
    // The words after: a year or the meeting in brackets, `of 2019`,
    // `adopted at ASEMME6`, and a title's qualifier (`on Human Rights`).
    // `Decl.` takes its full stop.
    let short = head_token.class() == Some(Class::ShortDocumentNoun)
        && raw
            .get(head + 1)
            .is_some_and(|t| t.is_mark('.') && t.start == head_token.end);
    let (next, qualified, year) = tail(text, raw, head + 1 + usize::from(short));
    let is_ours_mark = |t: &Token| match t.kind {
        Kind::Name(Name { ours: true, .. }) | Kind::Possessive | Kind::Mark('\'' | '’') => true,
        Kind::Word(Class::Ordinal(n), _) | Kind::Ordinal(Some(n)) => n == OUR_MEETING_NUMBER,
        Kind::Number { year: Some(y), .. } => y == OUR_YEAR,
        Kind::Word(_, _) | Kind::Name(_) => {
            let w = word(t);
            w.eq_ignore_ascii_case(OUR_PLACE)
                || OUR_MEETING_WORDS.iter().any(|m| w.eq_ignore_ascii_case(m))
        }
        _ => false,
    };
    let names_us = |t: &Token| match t.kind {
        Kind::Name(Name { ours, .. }) => ours,
        Kind::Word(Class::Ordinal(n), _) | Kind::Ordinal(Some(n)) => n == OUR_MEETING_NUMBER,
        Kind::Word(_, _) => word(t).eq_ignore_ascii_case(OUR_PLACE),
        _ => false,
    };
    let head_word = word(&head_token);
    let ours = !qualified
        && year.is_none_or(|y| y == OUR_YEAR)
        && mods.iter().all(is_ours_mark)
        && if head_word.eq_ignore_ascii_case("declaration")
            || head_word.eq_ignore_ascii_case("decl")
        {
            if mods.is_empty() {
                determiner.is_none_or(|d| {
                    let d = word(&d);
                    d.eq_ignore_ascii_case("the") || d.eq_ignore_ascii_case("this")
                })
            } else {
                mods.iter().any(names_us)
            }
        } else if head_word.eq_ignore_ascii_case("meeting") {
            mods.iter().any(names_us)
        } else {
            false
        };
    // A name of this declaration starts at its first word after the
    // determiner, but `the Declaration` is its name whole.
    let start = match (mods.first(), determiner) {
        (Some(m), _) => m.start,
        (None, Some(d)) => d.start,
        (None, None) => head_token.start,
    };
    out.truncate(first);
    out.push(Token {
        start,
        end: raw[next - 1].end,
        kind: Kind::Name(Name {
            ours,
            strong: capital,
        }),
    });
    Some(next)
}

/// The words after a document's name that belong to it, from `raw[at]`
/// (`(2008)`, `2017`, `(ASEMME6)`, `(ASEMME6, 2017)`, `of 2019`, `adopted at
/// ASEMME6`, `on Human Rights`):
/// where they end, whether they qualify the name as another document's
/// (`on Human Rights`, `of the Council`), and the year they give.
fn tail(text: &str, raw: &[Token], mut at: usize) -> (usize, bool, Option<u16>) {
    let word = |i: usize| raw.get(i).map_or("", |t: &Token| &text[t.start..t.end]);
    let class = |i: usize| raw.get(i).and_then(Token::class);
    let year = |i: usize| match raw.get(i).map(|t| t.kind) {
        Some(Kind::Number { year, .. }) => year,
        _ => None,
    };
    let capital = |i: usize| {
        matches!(
            raw.get(i).map(|t| t.kind),
            Some(Kind::Word(
                Class::Plain,
                Shape::Capitalised | Shape::Acronym
            ))
        )
    };
    let mark = |i: usize, c: char| raw.get(i).is_some_and(|t| t.is_mark(c));
    let mut qualified = false;
    let mut given_year = None;
    loop {
        if let Some((end, other, given)) = bracket(text, raw, at) {
            // `(2008)`, `(ASEMME6)`, `(ASEMME6, 2017)`, `(Seoul, 21-22
            // November 2017)`
            qualified |= other;
            given_year = given.or(given_year);
            at = end;
        } else if year(at).is_some() {
            given_year = year(at);
            at += 1;
        } else if word(at).eq_ignore_ascii_case(OUR_ACRONYM) {
            at += 1;
        } else if mark(at, ',')
            && (year(at + 1).is_some()
                || matches!(
                    raw.get(at + 1).map(|t| t.kind),
                    Some(Kind::Word(Class::Plain, Shape::Acronym))
                ))
        {
            // `Chair's Conclusions, ASEMME6 (2017), ¶ 3`, `Seoul
            // Declaration, 2017, ¶ 4`: the meeting or the year, between
            // commas.
            let end = bracket(text, raw, at + 2).map_or(at + 2, |(end, ..)| end);
            if !mark(end, ',') {
                break;
            }
            if year(at + 1).is_some() {
                given_year = year(at + 1);
            } else {
                qualified |= !word(at + 1).eq_ignore_ascii_case(OUR_ACRONYM);
            }
            at = end;
        } else if let Some((end, given)) = date_after_of(text, raw, at) {
            // `of 2019`, `of 21-22 November 2017`
            given_year = Some(given);
            at = end;
        } else if class(at) == Some(Class::Issued)
            && matches!(
                class(at + 1),
                Some(Class::Of | Class::At | Class::Function | Class::TitleJoin)
            )
        {
            // `adopted at ASEMME6`, `issued in Lima`, `signed in November 2015`.
            let mut end = at + 2;
            if class(end) == Some(Class::Determiner) {
                end += 1;
            }
            let from = end;
            while end < from + 4
                && (capital(end)
                    || year(end).is_some()
                    || class(end) == Some(Class::Month)
                    || matches!(raw.get(end).map(|t| t.kind), Some(Kind::Number { .. })))
            {
                end += 1;
            }
            if end == from {
                break;
            }
            at = end;
        } else if matches!(class(at), Some(Class::Of | Class::TitleJoin))
            && !word(at).eq_ignore_ascii_case("in")
            && !word(at).eq_ignore_ascii_case("from")
        {
            // A title's qualifier: capitalised words joined by `of`, `the`,
            // `and`, `on`.
            let mut end = at + 1;
            let mut last_capital = None;
            while end < raw.len() && end < at + 12 {
                if capital(end) {
                    last_capital = Some(end);
                } else if !matches!(
                    class(end),
                    Some(Class::Of | Class::And | Class::TitleJoin | Class::Determiner)
                ) {
                    break;
                }
                end += 1;
            }
            let Some(last) = last_capital else { break };
            let only_ours = (at + 1..=last).all(|i| {
                word(i).eq_ignore_ascii_case(OUR_ACRONYM) || class(i) == Some(Class::Determiner)
            });
            qualified |= !only_ours;
            at = last + 1;
        } else {
            break;
        }
    }
    (at, qualified, given_year)
}

/// A date after `of` at `raw[at]`, ending in a year (`of 2019`, `of 21-22
/// November 2017`): where it ends, and the year.
fn date_after_of(text: &str, raw: &[Token], at: usize) -> Option<(usize, u16)> {
    let of = raw.get(at)?;
    if !text[of.start..of.end].eq_ignore_ascii_case("of") {
        return None;
    }
    for (k, t) in raw.iter().enumerate().skip(at + 1).take(6) {
        match t.kind {
            Kind::Number { year: Some(y), .. } => return Some((k + 1, y)),
            Kind::Number { .. } | Kind::Word(Class::Month, _) => {}
            _ if t.is_dash() => {}
            _ => return None,
        }
    }
    None
}

/// A bracket after a document's name that dates, places or numbers it, from
/// `raw[at]`: capitalised words, acronyms, numbers, months, commas and
/// dashes. Where it ends, whether it names an acronym other than this
/// declaration's, and the last year in it.
fn bracket(text: &str, raw: &[Token], at: usize) -> Option<(usize, bool, Option<u16>)> {
    if !raw.get(at)?.is_mark('(') {
        return None;
    }
    let (mut other, mut year) = (false, None);
    for (k, t) in raw.iter().enumerate().skip(at + 1).take(8) {
        match t.kind {
            Kind::Mark(')') if k > at + 1 => return Some((k + 1, other, year)),
            Kind::Number { year: y, .. } => year = y.or(year),
            Kind::Word(Class::Plain, Shape::Acronym) => {
                other |= !text[t.start..t.end].eq_ignore_ascii_case(OUR_ACRONYM);
            }
            Kind::Word(Class::Plain, Shape::Capitalised)
            | Kind::Word(Class::Month, _)
            | Kind::Mark(',') => {}
            _ if t.is_dash() => {}
            _ => return None,
        }
    }
    None
}

/// An author and year (`Smith 2019`, `UNESCO (2015)`, `Smith et al.,
/// 2019`), which names a document other than this declaration: the year or
/// bracket at `raw[at]`, the author taken back off `out`.
fn author_and_year(raw: &[Token], at: usize, out: &mut Vec<Token>) -> Option<usize> {
    let (year_end, next) = if raw[at].is_mark('(') {
        let bracketed = matches!(
            raw.get(at + 1).map(|t| t.kind),
            Some(Kind::Number { year: Some(_), .. })
        ) && raw.get(at + 2).is_some_and(|t| t.is_mark(')'));
        if !bracketed {
            return None;
        }
        (raw[at + 2].end, at + 3)
    } else {
        (raw[at].end, at + 1)
    };
    let mut k = out.len();
    if k > 0 && out[k - 1].is_mark(',') && !raw[at].is_mark('(') {
        k -= 1;
    }
    // `et al.`
    if k >= 3
        && out[k - 1].is_mark('.')
        && out[k - 2].class() == Some(Class::Abbreviation)
        && out[k - 3].class() == Some(Class::Et)
    {
        k -= 3;
    }
    let author = k.checked_sub(1).map(|i| out[i])?;
    let is_author = matches!(
        author.kind,
        Kind::Word(Class::Plain, Shape::Capitalised | Shape::Acronym)
    ) || matches!(
        author.kind,
        Kind::Name(Name {
            ours: false,
            strong: false
        })
    );
    if !is_author {
        return None;
    }
    out.truncate(k - 1);
    out.push(Token {
        start: author.start,
        end: year_end,
        kind: Kind::Name(Name {
            ours: false,
            strong: false,
        }),
    });
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::{Kind, Name, Token, tokenize};

    fn names(text: &str) -> Vec<(&str, bool)> {
        let (mut scratch, mut tokens) = (Vec::new(), Vec::new());
        tokenize(text, 0..text.len(), &mut scratch, &mut tokens);
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
