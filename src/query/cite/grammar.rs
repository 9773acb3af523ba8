//! The grammar: citations read over tokens, then their owners by rule.
//!
//! A citation is read forwards from its first word: a designator and its
//! numbers (`paras. 6, 8 and 9`, `¶10-¶12`), a sentence or part written
//! before (`the second sentence of para. 10`) or after it (`para. 10,
//! sentence 2`, `Paragraph 9's first sentence`), a label or an open end that
//! it cannot read (`para. 10(b)`, `paras. 6 ff.`), and the document named
//! after it (`of the Seoul Declaration`). Its owner, where no document is
//! named after it, is found by going back over the tokens of its clause to
//! the nearest name or citation.

use super::Owner;
use super::token::{Kind, Name, Token};
use super::words::Class;

/// A number in a citation: where it stands and what it is worth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct Num {
    pub(super) start: usize,
    pub(super) end: usize,
    /// `None` for digits past 255.
    pub(super) value: Option<u8>,
    /// Written as a word (`eleven`, `second`), not digits.
    pub(super) word: bool,
}

/// What a found citation names, before it is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Found {
    Paragraphs {
        first: Num,
        last: Num,
    },
    Sentence {
        paragraph: Num,
        sentence: Num,
    },
    Footnote(Num),
    /// A footnote by the paragraph it stands in: `¶ 2, fn. 1` (`footnote`
    /// given), `the footnote in paragraph 2` (not given: the paragraph's
    /// only one).
    FootnoteIn {
        paragraph: Num,
        footnote: Option<Num>,
    },
    /// Written as a citation, but of nothing a citation can name (`fn. 1-2`).
    Unreadable,
    /// Read only in part: the bytes read (empty where nothing could be) and
    /// the bytes not read (`para. 10` and `(b)` of `para. 10(b)`).
    Partial {
        read: (usize, usize),
        unread: (usize, usize),
    },
}

/// One citation read: its bytes, what it names and whose it is.
#[derive(Clone, Copy, Debug)]
pub(super) struct Read {
    pub(super) range: (usize, usize),
    pub(super) found: Found,
    pub(super) owner: Owner,
}

/// What a designator introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Designator {
    Paragraph,
    Footnote,
    Division,
}

/// One item of a list: a number or a run, and what it could not read.
#[derive(Clone, Copy, Debug)]
struct Item {
    /// The first token of the item (a repeated designator, or the number).
    start: usize,
    /// Whether it has a designator of its own: the first item, or one that
    /// repeats it (`para. 10 and para. 12`).
    designated: bool,
    first: Num,
    last: Num,
    /// The token after the item.
    next: usize,
    /// The end of the numbers read, and the tokens not read after them: a
    /// label (`(b)`) or an open end (`ff.`).
    read_end: usize,
    unread: Option<(usize, usize)>,
}

/// A sentence or part of a paragraph, written after or before it.
#[derive(Clone, Copy, Debug)]
enum Piece {
    Sentence(Num),
    /// A part this crate does not read.
    Other,
}

/// How far back the owner of a citation is looked for, in tokens.
const REACH: usize = 40;

/// The reader's working lists, kept from one block to the next so that a
/// text allocates them once.
#[derive(Clone, Debug, Default)]
pub(super) struct Buffers {
    items: Vec<Item>,
    reads: Vec<((usize, usize), Found)>,
}

pub(super) struct Reader<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The token after the last citation read, and its owner: a citation
    /// that continues it takes that owner.
    last: Option<(usize, Owner)>,
    /// The owner of the last citation read, which `ibid.` takes, from one
    /// block to the next.
    pub(super) last_owner: Owner,
    /// The token after the last citation whose owner was named after it: the
    /// name there is that citation's, not a later one's (`Article 3 of the
    /// Lisbon Convention is taken up in para. 6`).
    named_after: Option<usize>,
    items: Vec<Item>,
    reads: Vec<((usize, usize), Found)>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(
        text: &'a str,
        tokens: &'a [Token],
        last_owner: Owner,
        buffers: &mut Buffers,
    ) -> Self {
        Reader {
            text,
            tokens,
            last: None,
            last_owner,
            named_after: None,
            items: std::mem::take(&mut buffers.items),
            reads: std::mem::take(&mut buffers.reads),
        }
    }

    /// Gives the working lists back, for the next block.
    pub(super) fn into_buffers(self) -> Buffers {
        Buffers {
            items: self.items,
            reads: self.reads,
        }
    }

    /// Every citation in the tokens, in order, into `out`.
    pub(super) fn read_all(&mut self, out: &mut Vec<Read>) {
        let mut i = 0;
        while i < self.tokens.len() {
            match self.citation_at(i, out) {
                Some(next) => i = next,
                None => i += 1,
            }
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.start..t.end])
    }

    fn class(&self, i: usize) -> Option<Class> {
        self.tokens.get(i).and_then(Token::class)
    }

    fn mark(&self, i: usize, c: char) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_mark(c))
    }

    /// Whether token `i` touches the one before it.
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && self.tokens[i].start == self.tokens[i - 1].end
    }

    /// The index after token `i` and, where it is an abbreviation's own, the
    /// full stop touching it.
    fn after_stop(&self, i: usize) -> usize {
        // A word written out (`sentence.`, `onwards.`) ends the sentence
        // with that full stop unless more of the citation follows it.
        let abbreviated = self.word(i).len() <= 5
            || matches!(
                self.tokens.get(i + 2).map(|t| t.kind),
                Some(Kind::Number { .. } | Kind::Mark(_))
            );
        if self.mark(i + 1, '.') && self.glued(i + 1) && abbreviated {
            i + 2
        } else {
            i + 1
        }
    }

    /// A number at `i`: digits or a number word.
    fn number(&self, i: usize) -> Option<Num> {
        let t = self.tokens.get(i)?;
        let (value, word) = match t.kind {
            Kind::Number { value, .. } => (value, false),
            Kind::Word(Class::Cardinal(n), _) => (Some(n), true),
            // `Paragraph XIV`: two capitals or more, so that `para. I` is not one.
            Kind::Word(Class::Plain, super::token::Shape::Acronym) => {
                (Some(roman(self.word(i))?), true)
            }
            _ => return None,
        };
        Some(Num {
            start: t.start,
            end: t.end,
            value,
            word,
        })
    }

    /// An ordinal at `i`: `second`, `2nd`.
    fn ordinal(&self, i: usize) -> Option<Num> {
        let t = self.tokens.get(i)?;
        let value = match t.kind {
            Kind::Word(Class::Ordinal(n), _) => Some(n),
            Kind::Ordinal(n) => n,
            _ => return None,
        };
        Some(Num {
            start: t.start,
            end: t.end,
            value,
            word: true,
        })
    }

    /// The designator at `i`, whether it is plural, and the token after it.
    fn designator(&self, i: usize) -> Option<(Designator, bool, usize)> {
        let t = self.tokens.get(i)?;
        let (designator, plural, mut next) = match t.kind {
            Kind::Mark(c @ ('¶' | '§')) => {
                let doubled = self.mark(i + 1, c) && self.glued(i + 1);
                (Designator::Paragraph, doubled, i + 1 + usize::from(doubled))
            }
            Kind::Word(Class::Paragraph { plural }, _) => {
                (Designator::Paragraph, plural, self.after_stop(i))
            }
            Kind::Word(Class::Footnote { plural }, shape) => {
                // "we note 3 points": `note` after a pronoun is a verb.
                let verb = self.word(i).eq_ignore_ascii_case("note")
                    && shape == super::token::Shape::Lower
                    && i > 0
                    && self.class(i - 1) == Some(Class::Function);
                // `n.` is a note only with its full stop.
                let bare_n = self.word(i).len() <= 2
                    && self.word(i).starts_with(['n', 'N'])
                    && !(self.mark(i + 1, '.') && self.glued(i + 1));
                if verb || bare_n {
                    return None;
                }
                (Designator::Footnote, plural, self.after_stop(i))
            }
            Kind::Word(Class::Division, _) => (Designator::Division, false, self.after_stop(i)),
            // `point 9 of the Seoul Declaration`: this declaration's points
            // are its paragraphs.
            Kind::Word(Class::Point, _)
                if self.number(i + 1).is_some()
                    && self.owner_after(i + 2).0 == Some(Owner::Declaration) =>
            {
                (Designator::Paragraph, false, i + 1)
            }
            _ => return None,
        };
        // `paragraph No. 14`
        if self.class(next) == Some(Class::NumberSign) {
            next = self.after_stop(next);
        }
        Some((designator, plural, next))
    }

    /// A label in brackets after a number: `(b)`, `(ii)`, `(2)`, `(a)-(c)`,
    /// `(2)(c)`; the token after it.
    fn label(&self, mut i: usize) -> Option<usize> {
        let one = |i: usize| {
            let short = match self.tokens.get(i + 1).map(|t| t.kind) {
                Some(Kind::Word(class, _)) => {
                    self.word(i + 1).chars().count() <= 4
                        && !matches!(class, Class::Sentence { .. } | Class::Part | Class::Point)
                }
                Some(Kind::Number { year: None, .. }) => true,
                _ => false,
            };
            (self.mark(i, '(') && short && self.mark(i + 2, ')')).then_some(i + 3)
        };
        let start = i;
        while let Some(next) = one(i) {
            i = next;
            if self.tokens.get(i).is_some_and(Token::is_dash) && one(i + 1).is_some() {
                i += 1;
            }
        }
        (i > start).then_some(i)
    }

    /// A placeholder where a number should be: `[N]`, `(?)`, `??`, `##`;
    /// the token after it.
    fn placeholder(&self, i: usize) -> Option<usize> {
        let filler = |k: usize| {
            self.mark(k, '?')
                || self.mark(k, '#')
                || matches!(
                    self.tokens.get(k).map(|t| t.kind),
                    Some(Kind::Word(..) | Kind::Number { .. } | Kind::Name(_))
                ) && self.word(k).chars().count() <= 3
        };
        let open = self.mark(i, '[') || self.mark(i, '(');
        if open && filler(i + 1) && (self.mark(i + 2, ']') || self.mark(i + 2, ')')) {
            return Some(i + 3);
        }
        let marks = self.tokens[i.min(self.tokens.len())..]
            .iter()
            .take_while(|t| t.is_mark('?') || t.is_mark('#'))
            .count();
        (marks >= 2).then_some(i + marks)
    }

    /// An open end after a number: `ff.`, `et seq.`, `onwards`, `and
    /// following`; the token after it.
    fn open_end(&self, i: usize) -> Option<usize> {
        match self.class(i)? {
            Class::Open => Some(self.after_stop(i)),
            Class::Et if self.class(i + 1) == Some(Class::Open) => Some(self.after_stop(i + 1)),
            Class::And if self.word(i + 1).eq_ignore_ascii_case("following") => Some(i + 2),
            _ => None,
        }
    }

    /// One item of a paragraph or footnote list at `i`: a number or a run
    /// (`6-8`, `6 to 8`, `¶10-¶12`), with a label or open end after it.
    fn item(&self, start: usize, i: usize) -> Option<Item> {
        let designated = start != i;
        if let Some(item) = self.labelled(start, i) {
            return Some(item);
        }
        let first = self.number(i)?;
        let mut next = i + 1;
        let mut last = first;
        let joins = self.tokens.get(next).is_some_and(Token::is_dash)
            || self.class(next) == Some(Class::Through);
        if joins {
            let mut to = next + 1;
            if let Some((Designator::Paragraph, _, after)) = self.designator(to) {
                to = after;
            }
            if let Some(end) = self.number(to) {
                last = end;
                next = to + 1;
            }
        }
        let read_end = self.tokens[next - 1].end;
        let unread_end = self.label(next).or_else(|| self.open_end(next));
        let unread = unread_end.map(|end| (self.tokens[next].start, self.tokens[end - 1].end));
        Some(Item {
            start,
            designated,
            first,
            last,
            next: unread_end.unwrap_or(next),
            read_end,
            unread,
        })
    }

    /// A number glued to its label at `i` (`para 3a`, `para. 6.2`): an item
    /// read as far as its digits.
    fn labelled(&self, start: usize, i: usize) -> Option<Item> {
        let t = self.tokens.get(i)?;
        let Kind::Glued {
            label: Some(digits),
        } = t.kind
        else {
            return None;
        };
        let first = Num {
            start: t.start,
            end: digits,
            value: self.text[t.start..digits].parse().ok(),
            word: false,
        };
        Some(Item {
            start,
            designated: start != i,
            first,
            last: first,
            next: i + 1,
            read_end: digits,
            unread: Some((digits, t.end)),
        })
    }

    /// The items of a list after a designator at `i` (its numbers at
    /// `numbers`), into `self.items`.
    fn items(&mut self, kind: Designator, i: usize, numbers: usize, plural: bool) -> bool {
        self.items.clear();
        let Some(first) = self.item(i, numbers) else {
            return false;
        };
        self.items.push(first);
        loop {
            let at = self.items[self.items.len() - 1].next;
            let comma = self.mark(at, ',');
            let mut k = at + usize::from(comma);
            let and = self.class(k) == Some(Class::And) || self.mark(k, '&');
            if !comma && !and {
                break;
            }
            k += usize::from(and);
            let mut numbers = k;
            let repeated = match self.designator(k) {
                Some((again, _, after)) if again == kind => {
                    numbers = after;
                    true
                }
                _ => false,
            };
            let Some(item) = self.item(k, numbers) else {
                break;
            };
            // After a singular designator, `para. 6, 30 countries` is no list.
            if comma && !and && !plural && !repeated && !self.ends_an_item(item.next) {
                break;
            }
            self.items.push(item);
        }
        true
    }

    /// Whether what stands at `i` may follow the last item of a list.
    fn ends_an_item(&self, i: usize) -> bool {
        match self.tokens.get(i).map(|t| t.kind) {
            None => true,
            Some(Kind::Mark(c)) => matches!(c, ',' | '.' | ';' | ':' | ')' | ']' | '&'),
            Some(Kind::Word(class, _)) => matches!(
                class,
                Class::And | Class::Of | Class::Sentence { .. } | Class::Paragraph { .. }
            ),
            _ => false,
        }
    }

    /// A sentence or part of a paragraph at `i`, written after it
    /// (`, sentence 2`, ` (sentence 2)`, `, the third sentence`, `'s first
    /// sentence`, `, line 4`) or before it (then `i` is its first word and
    /// `of` follows); where it ends.
    fn piece(&self, i: usize) -> Option<(Piece, usize)> {
        let mut k = i;
        let ordinal = self.ordinal(k);
        let mut modified = false;
        let mut exact = ordinal;
        // Ordinals, modifiers and number words: `the first two sentences`.
        let mut words = 0;
        while words < 3 {
            match self.class(k) {
                Some(Class::Ordinal(_) | Class::Modifier | Class::Cardinal(_)) => {}
                _ if self.ordinal(k).is_some() => {}
                _ => break,
            }
            modified |= words > 0 || self.ordinal(k).is_none();
            words += 1;
            k += 1;
        }
        if modified {
            exact = None;
        }
        let sentence = match self.class(k)? {
            Class::Sentence { .. } => true,
            Class::Part | Class::Point => false,
            _ => return None,
        };
        // `s` is a sentence only as `s.` or before its number: `para 16 s 1`.
        let stopped = self.mark(k + 1, '.') && self.glued(k + 1);
        if self.word(k).eq_ignore_ascii_case("s") && !stopped && self.number(k + 1).is_none() {
            return None;
        }
        k = self.after_stop(k);
        // Its numbers, unless an ordinal came before.
        let mut numbers = 0;
        let mut number = None;
        if words == 0 {
            loop {
                let one = self.number(k).or_else(|| {
                    let t = self.tokens.get(k)?;
                    let short = matches!(t.kind, Kind::Word(Class::Plain, _))
                        && self.word(k).chars().count() <= 4;
                    (short && !sentence).then_some(Num {
                        start: t.start,
                        end: t.end,
                        value: None,
                        word: true,
                    })
                });
                if let Some(n) = one {
                    number.get_or_insert(n);
                    numbers += 1;
                    k += 1;
                } else if let Some(end) = self.label(k) {
                    numbers += 1;
                    k = end;
                } else {
                    break;
                }
                let joined = self.mark(k, ',')
                    || self.mark(k, '&')
                    || self.class(k) == Some(Class::And)
                    || self.class(k) == Some(Class::Through)
                    || self.tokens.get(k).is_some_and(Token::is_dash);
                let continues = joined
                    && (self.number(k + 1).is_some()
                        || self.class(k + 1) == Some(Class::And) && self.number(k + 2).is_some());
                if !continues {
                    break;
                }
                numbers += 1;
                k += 1;
                if self.class(k) == Some(Class::And) {
                    k += 1;
                }
            }
            if numbers == 0 {
                return None;
            }
        }
        let piece = match (sentence, exact, number, numbers) {
            (true, Some(n), _, 0) | (true, None, Some(n), 1) => Piece::Sentence(n),
            _ => Piece::Other,
        };
        Some((piece, k))
    }

    /// A piece written after a paragraph's numbers, from `i`: the piece and
    /// where it ends. `, sentence 2 of para. 12` is the next citation's.
    fn piece_after(&self, i: usize) -> Option<(Piece, usize)> {
        let possessive = matches!(self.tokens.get(i).map(|t| t.kind), Some(Kind::Possessive));
        let mut k = i + usize::from(possessive || self.mark(i, ','));
        let bracket = !possessive && self.mark(k, '(');
        k += usize::from(bracket);
        if self.word(k).eq_ignore_ascii_case("the") {
            k += 1;
        }
        let (piece, mut end) = self.piece(k)?;
        if bracket {
            if !self.mark(end, ')') {
                return None;
            }
            end += 1;
        }
        let of_another = self.class(end) == Some(Class::Of)
            && matches!(
                self.designator(end + 1),
                Some((Designator::Paragraph | Designator::Footnote, _, _))
            );
        (!of_another).then_some((piece, end))
    }

    /// The citation that starts at token `i`, if one does, into `out`; the
    /// token after it.
    fn citation_at(&mut self, i: usize, out: &mut Vec<Read>) -> Option<usize> {
        // `ibid., para. 4` continues the citation before.
        if self.class(i) == Some(Class::Ibid) {
            let mut k = self.after_stop(i);
            k += usize::from(self.mark(k, ','));
            let owner = self.last_owner;
            let before = out.len();
            let next = self.designated(k, out)?;
            for read in &mut out[before..] {
                if read.owner != Owner::Other {
                    read.owner = owner;
                }
            }
            return Some(next);
        }
        // `the second sentence of para. 10`, `line 4 of para. 10`.
        let the = usize::from(self.word(i).eq_ignore_ascii_case("the"));
        if let Some((piece, end)) = self.piece(i + the) {
            if self.class(end) == Some(Class::Of) {
                let before = out.len();
                // `of para. 10`, `of the fifteenth paragraph`
                let the = end + 1 + usize::from(self.word(end + 1).eq_ignore_ascii_case("the"));
                let read = match self.designated(end + 1, out) {
                    Some(next) => Some(next),
                    None => self.paragraph_by_ordinal(the, end + 1, out),
                };
                if let Some(next) = read {
                    let of_end = self.tokens[end].end;
                    self.piece_before(i, piece, of_end, before, out);
                    return Some(next);
                }
            }
        }
        if let Some(next) = self.footnote_of_paragraph(i + the, i, out) {
            return Some(next);
        }
        // `the ninth paragraph`, `the last paragraph`.
        if let Some(next) = self.paragraph_by_ordinal(i + the, i, out) {
            return Some(next);
        }
        self.designated(i, out)
    }

    /// Folds the citation just read (`out[at..]`) into the piece written
    /// before it, from token `start`: one sentence of one paragraph, or a
    /// partial citation. The piece is of the first paragraph and the bare
    /// numbers listed after it (`sentences 2 and 3 of paras. 6 and 7`); a
    /// later citation with a designator of its own (`, para. 12`) stays
    /// apart.
    fn piece_before(
        &self,
        start: usize,
        piece: Piece,
        of_end: usize,
        at: usize,
        out: &mut Vec<Read>,
    ) {
        let text = self.text.as_bytes();
        let own = out[at + 1..]
            .iter()
            .take_while(|read| text[read.range.0].is_ascii_digit())
            .count();
        let first = out[at];
        let end = out[at + own].range.1;
        let start = self.tokens[start].start;
        let found = match (piece, first.found) {
            (Piece::Sentence(sentence), Found::Paragraphs { first: p, last })
                if p == last && own == 0 =>
            {
                Found::Sentence {
                    paragraph: p,
                    sentence,
                }
            }
            (_, Found::Partial { .. }) if own == 0 => first.found,
            _ => Found::Partial {
                read: (first.range.0, end),
                unread: (start, of_end),
            },
        };
        out.splice(
            at..=at + own,
            [Read {
                range: (start, end),
                found,
                owner: first.owner,
            }],
        );
    }

    /// `the ninth paragraph`, `the first footnote`: an ordinal, then a
    /// singular paragraph or footnote word.
    fn paragraph_by_ordinal(
        &mut self,
        i: usize,
        start: usize,
        out: &mut Vec<Read>,
    ) -> Option<usize> {
        let ordinal = self.ordinal(i);
        let modifier = self.class(i) == Some(Class::Modifier);
        if ordinal.is_none() && !modifier {
            return None;
        }
        let footnote = match self.class(i + 1) {
            Some(Class::Paragraph { plural: false }) => false,
            Some(Class::Footnote { plural: false }) => true,
            _ => return None,
        };
        if self.number(self.after_stop(i + 1)).is_some() {
            return None;
        }
        // `the 12th para. mentions`: the full stop is the abbreviation's
        // where the sentence goes on.
        let goes_on = matches!(
            self.tokens.get(i + 3).map(|t| t.kind),
            Some(Kind::Word(_, super::token::Shape::Lower))
        );
        let end = if goes_on {
            self.after_stop(i + 1)
        } else {
            i + 2
        };
        // Another document's `final paragraph` names nothing of this one
        // that could be mistaken for it.
        if ordinal.is_none() && self.owner_after(end).0 == Some(Owner::Other) {
            return None;
        }
        let range = (self.tokens[start].start, self.tokens[end - 1].end);
        let found = match ordinal {
            Some(n) if footnote => Found::Footnote(n),
            Some(n) => Found::Paragraphs { first: n, last: n },
            None => Found::Partial {
                read: (range.1, range.1),
                unread: range,
            },
        };
        Some(self.finish(start, end, &[(range, found)], None, out))
    }

    /// A citation that starts with its designator at `i`: paragraphs, a
    /// footnote, or a division of another document.
    fn designated(&mut self, i: usize, out: &mut Vec<Read>) -> Option<usize> {
        let (designator, plural, numbers) = self.designator(i)?;
        if designator == Designator::Division {
            return self.division(i, numbers, out);
        }
        if !self.items(designator, i, numbers, plural) {
            let end = self.placeholder(numbers)?;
            let range = (self.tokens[i].start, self.tokens[end - 1].end);
            return Some(self.finish(i, end, &[(range, Found::Unreadable)], None, out));
        }
        if let Some(next) = self.footnote_after(designator, i, out) {
            return Some(next);
        }
        let items = std::mem::take(&mut self.items);
        let last = items[items.len() - 1];
        let start = self.tokens[i].start;
        let mut reads = std::mem::take(&mut self.reads);
        reads.clear();
        let mut end = last.next;
        // A piece after a list is of its last item where that item has a
        // designator of its own (`paras. 6-8, para. 10, sentence 3`), else of
        // the whole list (`paras. 6 and 7, sentence 2`).
        let piece = self.piece_after(last.next);
        let group = match piece {
            Some(_) => items.iter().rposition(|item| item.designated).unwrap_or(0),
            None => items.len(),
        };
        for (n, item) in items[..group].iter().enumerate() {
            let from = if n == 0 {
                start
            } else {
                self.tokens[item.start].start
            };
            let to = item.unread.map_or(item.read_end, |u| u.1);
            let found = match (designator, item.unread) {
                (_, Some(unread)) => Found::Partial {
                    read: (from, item.read_end),
                    unread,
                },
                (Designator::Footnote, None) if item.first != item.last => Found::Unreadable,
                (Designator::Footnote, None) => Found::Footnote(item.first),
                _ => Found::Paragraphs {
                    first: item.first,
                    last: item.last,
                },
            };
            reads.push(((from, to), found));
        }
        if let Some((piece, piece_end)) = piece {
            let from = if group == 0 {
                start
            } else {
                self.tokens[items[group].start].start
            };
            let range = (from, self.tokens[piece_end - 1].end);
            let found = match (piece, &items[group..]) {
                (Piece::Sentence(sentence), [only])
                    if designator == Designator::Paragraph
                        && only.first == only.last
                        && only.unread.is_none() =>
                {
                    Found::Sentence {
                        paragraph: only.first,
                        sentence,
                    }
                }
                _ => Found::Partial {
                    read: (from, last.read_end),
                    unread: (
                        self.tokens[last.next + usize::from(self.mark(last.next, ','))].start,
                        range.1,
                    ),
                },
            };
            reads.push((range, found));
            end = piece_end;
        }
        self.items = items;
        let next = Some(self.finish(i, end, &reads, None, out));
        self.reads = reads;
        next
    }

    /// `¶ 2, fn. 1`: one paragraph, just read into `self.items` from its
    /// designator at `i`, then a footnote of it.
    fn footnote_after(
        &mut self,
        designator: Designator,
        i: usize,
        out: &mut Vec<Read>,
    ) -> Option<usize> {
        let [item] = self.items[..] else {
            return None;
        };
        if designator != Designator::Paragraph || item.first != item.last || item.unread.is_some() {
            return None;
        }
        let at = item.next + usize::from(self.mark(item.next, ','));
        let Some((Designator::Footnote, false, numbers)) = self.designator(at) else {
            return None;
        };
        let footnote = self.number(numbers)?;
        let range = (self.tokens[i].start, footnote.end);
        let found = Found::FootnoteIn {
            paragraph: item.first,
            footnote: Some(footnote),
        };
        Some(self.finish(i, numbers + 1, &[(range, found)], None, out))
    }

    /// `the footnote in paragraph 2`, `the footnote to para. 5`: a footnote
    /// word without a number, then the paragraph it stands in.
    fn footnote_of_paragraph(
        &mut self,
        i: usize,
        start: usize,
        out: &mut Vec<Read>,
    ) -> Option<usize> {
        let Some(Class::Footnote { plural: false }) = self.class(i) else {
            return None;
        };
        let linked = matches!(self.class(i + 1), Some(Class::Of | Class::Through));
        if !linked || self.number(self.after_stop(i)).is_some() {
            return None;
        }
        let before = out.len();
        let next = self.designated(i + 2, out)?;
        match out[before..] {
            [
                Read {
                    range: (_, end),
                    found: Found::Paragraphs { first, last },
                    owner,
                },
            ] if first == last => {
                out[before] = Read {
                    range: (self.tokens[start].start, end),
                    found: Found::FootnoteIn {
                        paragraph: first,
                        footnote: None,
                    },
                    owner,
                };
                Some(next)
            }
            _ => Some(next),
        }
    }

    /// `Article 13`, `Article 13, paragraph 2`, `section 4.2 of the
    /// report`: another document's, found so that it is not taken for this
    /// declaration's. Alone, it counts only where a document is named next
    /// to it.
    fn division(&mut self, i: usize, numbers: usize, out: &mut Vec<Read>) -> Option<usize> {
        // A number, a number word, a Roman numeral or a letter: `Article
        // 13`, `Target 4.7`, `Article IV`, `Annex A`; not `annex reproduces`.
        let numbered = match self.tokens.get(numbers).map(|t| t.kind) {
            Some(Kind::Number { .. } | Kind::Glued { .. } | Kind::Word(Class::Cardinal(_), _)) => {
                true
            }
            Some(Kind::Word(..)) => {
                let word = self.word(numbers);
                let capitals = word.chars().all(|c| c.is_ascii_uppercase());
                capitals && (word.len() == 1 || super::token::is_roman(word))
                    || word.len() == 1 && self.class(numbers) == Some(Class::Plain)
            }
            _ => false,
        };
        if !numbered {
            return None;
        }
        let mut end = numbers + 1;
        if let Some(after) = self.label(end) {
            end = after;
        }
        // `Article 13, paragraph 2`, `Article 13(2)`.
        let mut k = end + usize::from(self.mark(end, ','));
        if let Some((Designator::Paragraph, plural, after)) = self.designator(k) {
            if self.items(Designator::Paragraph, k, after, plural) {
                k = self.items[self.items.len() - 1].next;
                end = k;
            }
        }
        // `Chapter 4 above` is the writer's own text's.
        let here = self.class(end) == Some(Class::Here);
        // `Art. 26 UDHR`: any name right after a division is its document's.
        let beside = matches!(self.tokens.get(end).map(|t| t.kind), Some(Kind::Name(_)));
        let named = here
            || beside
            || self.owner_after(end).0.is_some()
            || self.named_right_before(i)
            || self.owner_before(i).0 != Owner::Unnamed;
        let paragraph = end > numbers + 2;
        if !named && !paragraph {
            return None;
        }
        let range = (self.tokens[i].start, self.tokens[end - 1].end);
        Some(self.finish(
            i,
            end,
            &[(range, Found::Unreadable)],
            Some(Owner::Other),
            out,
        ))
    }

    /// Whether a name or `ibid.` stands right before token `i`, with
    /// nothing but a comma or bracket between.
    fn named_right_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0
            && (matches!(
                self.tokens[k - 1].kind,
                Kind::Mark(',' | '(') | Kind::Possessive
            ) || self.mark(k - 1, '.') && k >= 2 && self.class(k - 2) == Some(Class::Ibid))
        {
            k -= 1;
        }
        k > 0
            && (matches!(self.tokens[k - 1].kind, Kind::Name(_))
                || self.class(k - 1) == Some(Class::Ibid))
    }

    /// The document named after a citation, from token `i` (`of the Seoul
    /// Declaration`, `in this Declaration`, `of Article 13 of the
    /// Covenant`): whose it makes the citation, and the token where the
    /// citation's range ends (past this declaration's name or another's
    /// division, not another's name).
    fn owner_after(&self, i: usize) -> (Option<Owner>, usize) {
        // A name set beside the citation: `¶ 6, Seoul Declaration.`, `¶ 6
        // (Seoul Declaration)`, `¶ 6 – Seoul Declaration`, `¶ 6 Seoul
        // Declaration`. Set right beside it, only a name that owns
        // citations anywhere or is this declaration's: `para. 12 ASEM
        // partners` names no document.
        let beside = match self.tokens.get(i).map(|t| t.kind) {
            Some(Kind::Mark(',')) if self.class(i + 1) == Some(Class::Of) => {
                let (owner, end) = self.owner_after(i + 1);
                return (owner, if end > i + 1 { end } else { i });
            }
            Some(Kind::Mark(',')) => i + 1,
            Some(Kind::Mark(_)) if self.mark(i, '(') || self.tokens[i].is_dash() => i + 1,
            Some(Kind::Name(_)) => i,
            _ => usize::MAX,
        };
        let weak_allowed = self.mark(i, ',');
        if let Some(Kind::Name(Name { ours, strong })) = self.tokens.get(beside).map(|t| t.kind) {
            let closes = self.mark(i, '(');
            let ends = if closes {
                self.mark(beside + 1, ')')
            } else {
                // After a comma, a name that ends the clause: not `In para.
                // 3, the Lima Declaration, adopted ...`.
                let comma = self.mark(i, ',');
                beside == i
                    || self.tokens.get(beside + 1).is_none_or(|t| {
                        matches!(t.kind, Kind::Mark('.' | ';' | ':' | ')' | ']'))
                            || t.is_dash()
                            || !comma && t.is_mark(',')
                    })
            };
            if ends && (ours || strong || weak_allowed) {
                return if ours {
                    (Some(Owner::Declaration), beside + 1 + usize::from(closes))
                } else {
                    (Some(Owner::Other), i)
                };
            }
        }
        if self.mark(i, ',') {
            return (None, i);
        }
        if self.class(i) != Some(Class::Of) {
            return (None, i);
        }
        let of = self.word(i).eq_ignore_ascii_case("of");
        match self.tokens.get(i + 1).map(|t| t.kind) {
            Some(Kind::Name(Name { ours: true, .. })) => (Some(Owner::Declaration), i + 2),
            Some(Kind::Name(Name {
                ours: false,
                strong,
            })) if strong || of => (Some(Owner::Other), i),
            Some(Kind::Word(Class::Division, _)) if of => {
                let mut end = self.after_stop(i + 1) + 1;
                if let Some(after) = self.label(end) {
                    end = after;
                }
                let end = end.min(self.tokens.len());
                (Some(Owner::Other), end)
            }
            Some(Kind::Word(Class::Determiner, _)) if of => {
                let next = self.tokens.get(i + 2).map(|t| t.kind);
                let document = matches!(
                    next,
                    Some(Kind::Word(Class::Plain | Class::DocumentNoun, _) | Kind::Name(_))
                );
                (document.then_some(Owner::Other), i)
            }
            Some(Kind::Word(Class::Plain, super::token::Shape::Capitalised)) if of => {
                (Some(Owner::Other), i)
            }
            _ => (None, i),
        }
    }

    /// Whose the citation starting at token `i` is, by the words before it
    /// in its clause: the nearest name, or the citation it continues; and
    /// where this declaration's name starts when it stands right before.
    fn owner_before(&self, i: usize) -> (Owner, Option<usize>) {
        let floor = i.saturating_sub(REACH);
        let (mut words, mut comma, mut bracket, mut coordinated) = (false, false, false, false);
        // Signals seen, and words other than signals.
        let (mut signal, mut other_words) = (false, false);
        let mut k = i;
        while k > floor {
            k -= 1;
            if !words && self.last.is_some_and(|(end, _)| end == k + 1) {
                return (self.last.map_or(Owner::Unnamed, |(_, owner)| owner), None);
            }
            let t = self.tokens[k];
            match t.kind {
                // The name that owns the citation before: a citation joined
                // to that one by `and` continues it, one after other words
                // is unnamed.
                Kind::Name(_) if self.named_after.is_some_and(|at| at < k && k <= at + 2) => {
                    let owner = self.last.filter(|_| coordinated && !words);
                    return (owner.map_or(Owner::Unnamed, |(_, owner)| owner), None);
                }
                Kind::Name(name) => {
                    let adjacent = !words;
                    if coordinated || comma && words || !name.strong && !adjacent {
                        return (Owner::Unnamed, None);
                    }
                    if name.ours {
                        return (
                            Owner::Declaration,
                            (adjacent && !bracket).then_some(t.start),
                        );
                    }
                    return (Owner::Other, None);
                }
                // In a string of citations, one introduced by signals alone
                // after a semicolon or a full stop continues the one before:
                // `Seoul Declaration, ¶ 3; see also ¶ 5`, `¶ 3. See ¶ 5.`
                _ if (t.ends_a_clause() || t.is_mark('.') && self.ends_a_sentence(k)) => {
                    let continued =
                        signal && !other_words && self.last.is_some_and(|(end, _)| end == k);
                    let owner = self
                        .last
                        .filter(|_| continued)
                        .map_or(Owner::Unnamed, |l| l.1);
                    return (owner, None);
                }
                Kind::Word(Class::Signal, _) => {
                    if comma {
                        return (Owner::Unnamed, None);
                    }
                    signal = true;
                    words = true;
                }
                Kind::Mark(',') => {
                    if words {
                        return (Owner::Unnamed, None);
                    }
                    comma = true;
                }
                // An aside in brackets is passed over whole: `Declaration ¶¶
                // 11-13 (instruments) and ¶ 14`.
                Kind::Mark(')') => {
                    bracket = true;
                    if let Some(open) = (floor..k).rev().find(|&j| self.mark(j, '(')) {
                        k = open;
                    }
                }
                Kind::Mark('(' | '[' | ']') => bracket = true,
                Kind::Mark(_) | Kind::Possessive => {}
                Kind::Word(Class::And, _) if !words => coordinated = true,
                // `the Lima Declaration at para. 4`
                Kind::Word(Class::At, _) if !words && !comma => {}
                _ => {
                    if comma {
                        return (Owner::Unnamed, None);
                    }
                    words = true;
                    other_words = true;
                }
            }
        }
        (Owner::Unnamed, None)
    }

    /// Whether the full stop at `k` ends a sentence, rather than an
    /// abbreviation (`para.`, `cf.`, `e.g.`).
    fn ends_a_sentence(&self, k: usize) -> bool {
        let abbreviation = k > 0
            && self.glued(k)
            && (self
                .class(k - 1)
                .is_some_and(super::words::takes_a_full_stop)
                || self.word(k - 1).chars().count() == 1);
        !abbreviation
    }

    /// Gives the citations read (`reads`, their ranges and what they name)
    /// their owner and pushes them: `forced`, or the document named after
    /// the last (which extends its range over this declaration's name), or
    /// the one named before the first (`start`, a token).
    fn finish(
        &mut self,
        start: usize,
        end: usize,
        reads: &[((usize, usize), Found)],
        forced: Option<Owner>,
        out: &mut Vec<Read>,
    ) -> usize {
        let (after, range_end) = self.owner_after(end);
        if after.is_some() {
            self.named_after = Some(end);
        }
        let (owner, name_start) = match (forced, after) {
            (Some(owner), _) | (None, Some(owner)) => (owner, None),
            (None, None) => self.owner_before(start),
        };
        let count = reads.len();
        for (n, &((from, to), found)) in reads.iter().enumerate() {
            let from = if n == 0 {
                name_start.unwrap_or(from)
            } else {
                from
            };
            let to = if n + 1 == count && range_end > end {
                self.tokens[range_end - 1].end
            } else {
                to
            };
            out.push(Read {
                range: (from, to),
                found,
                owner,
            });
        }
        let next = range_end.max(end);
        self.last = Some((next, owner));
        self.last_owner = owner;
        next
    }
}

/// The value of a Roman numeral in capitals, up to 255: `XIV` is 14.
fn roman(numeral: &str) -> Option<u8> {
    let digit = |c: u8| match c {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        b'L' => Some(50),
        b'C' => Some(100),
        _ => None,
    };
    let bytes = numeral.as_bytes();
    let mut value = 0i32;
    for (n, &b) in bytes.iter().enumerate() {
        let d = digit(b)?;
        match bytes.get(n + 1).map(|&next| digit(next)) {
            Some(None) => return None,
            Some(Some(next)) if next > d => value -= d,
            _ => value += d,
        }
    }
    u8::try_from(value).ok().filter(|&v| v > 0)
}

/// The bytes `range` of `text`.
pub(super) fn slice(text: &str, range: (usize, usize)) -> &str {
    &text[range.0..range.1]
}
