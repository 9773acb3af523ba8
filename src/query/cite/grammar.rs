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
use super::token::{Kind, Name, Ours, Shape, Token, Tokens, is_roman};
use super::words::{Class, takes_a_full_stop};

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

impl Found {
    const fn partial(read: (usize, usize), unread: (usize, usize)) -> Found {
        Found::Partial { read, unread }
    }
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
    /// The citations read in the block, in order.
    pub(super) found: Vec<Read>,
}

pub(super) struct Reader<'a> {
    tokens: Tokens<'a>,
    /// The token after the last citation read, and its owner: a citation
    /// that continues it takes that owner.
    last: Option<(usize, Owner)>,
    /// The owner of the last citation read, which `ibid.` takes, from one
    /// block to the next.
    last_owner: Owner,
    /// The token after the last citation whose owner was named after it: the
    /// name there is that citation's, not a later one's (`Article 3 of the
    /// Lisbon Convention is taken up in para. 6`).
    named_after: Option<usize>,
    items: Vec<Item>,
    found: Vec<Read>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(
        text: &'a str,
        tokens: &'a [Token],
        ours: Ours,
        last_owner: Owner,
        buffers: &mut Buffers,
    ) -> Self {
        let Buffers { items, found } = std::mem::take(buffers);
        let tokens = Tokens {
            text,
            list: tokens,
            ours,
        };
        let (last, named_after) = (None, None);
        Reader {
            tokens,
            last,
            last_owner,
            named_after,
            items,
            found,
        }
    }

    /// Reads every citation in the tokens, in order, and gives the working
    /// lists back with them, for the caller and the next block.
    pub(super) fn read_all(mut self) -> (Buffers, Owner) {
        let mut i = 0;
        while i < self.tokens.len() {
            i = self.citation_at(i).unwrap_or(i + 1);
        }
        let (items, found) = (self.items, self.found);
        (Buffers { items, found }, self.last_owner)
    }

    /// A number at `i`: with `ordinal` false, digits or a number word
    /// (`6`, `six`, `VI`); with it true, an ordinal (`sixth`, `6th`).
    fn number(&self, i: usize, ordinal: bool) -> Option<Num> {
        let t = self.tokens.get(i)?;
        let (value, word) = match (t.kind, ordinal) {
            (Kind::Number { value, .. }, false) => (value, false),
            (Kind::Word(Class::Cardinal(n), _), false)
            | (Kind::Word(Class::Ordinal(n), _), true) => (Some(n), true),
            (Kind::Ordinal(n), true) => (n, true),
            // `Paragraph XIV`: two capitals or more, so that `para. I` is not
            // one; `XX` stands for a number not yet written.
            (Kind::Word(Class::Plain, Shape::Acronym), false) if !is_xs(self.tokens.word(i)) => {
                (Some(roman(self.tokens.word(i))?), true)
            }
            _ => return None,
        };
        // `paragraph three times`: a count of times, not a number.
        if !ordinal && self.tokens.is(i + 1, "times") {
            return None;
        }
        let (start, end) = (t.start, t.end);
        Some(Num {
            start,
            end,
            value,
            word,
        })
    }

    /// The designator at `i`, whether it is plural, and the token after it.
    fn designator(&self, i: usize) -> Option<(Designator, bool, usize)> {
        let stop = || self.tokens.after_stop(i);
        let (designator, plural, mut next) = match self.tokens.kind(i)? {
            Kind::Mark(c @ ('¶' | '§')) => {
                let doubled = self.tokens.glued_mark(i + 1, c);
                (Designator::Paragraph, doubled, i + 1 + usize::from(doubled))
            }
            Kind::Word(Class::Paragraph { plural }, _) => (Designator::Paragraph, plural, stop()),
            Kind::Word(Class::Footnote { plural }, shape) => {
                // "we note 3 points": `note` after a pronoun is a verb.
                let verb = self.tokens.is(i, "note")
                    && shape == Shape::Lower
                    && i > 0
                    && self.tokens.class(i - 1) == Some(Class::Function);
                // `supra note 12` is a note of the text that cites.
                let here = i > 0 && self.tokens.class(i - 1) == Some(Class::Here);
                // `n.` is a note only with its full stop.
                let word = self.tokens.word(i);
                let bare_n = word.len() <= 2 && word.starts_with(['n', 'N']) && stop() == i + 1;
                if verb || bare_n || here {
                    return None;
                }
                (Designator::Footnote, plural, stop())
            }
            Kind::Word(Class::Division | Class::Page, _) => (Designator::Division, false, stop()),
            // `point 9 of the Seoul Declaration`, `Seoul Decl., pt. 9`, `under
            // pt. 16,`: this declaration's points, and those of no named
            // document, are its paragraphs; another document's are its
            // divisions.
            Kind::Word(Class::Point, _) if self.number(stop(), false).is_some() => {
                let (after, before) = (self.owner_after(stop() + 1).0, self.owner_before(i).0);
                let another_named = self.tokens[..i]
                    .iter()
                    .any(|t| matches!(t.kind, Kind::Name(Name { ours: false, .. })));
                let unnamed = after.is_none()
                    && before == Owner::Unnamed
                    && !another_named
                    && self.ends_an_item(stop() + 1);
                let ours =
                    after == Some(Owner::Declaration) || before == Owner::Declaration || unnamed;
                let designator = if ours {
                    Designator::Paragraph
                } else {
                    Designator::Division
                };
                (designator, false, stop())
            }
            _ => return None,
        };
        // `paragraph No. 14`
        if self.tokens.class(next) == Some(Class::NumberSign) {
            next = self.tokens.after_stop(next);
        }
        Some((designator, plural, next))
    }

    /// A label in brackets after a number: `(b)`, `(ii)`, `(2)`, `(a)-(c)`,
    /// `(2)(c)`; the token after it.
    fn label(&self, mut i: usize) -> Option<usize> {
        let one = |i: usize| {
            let short = match self.tokens.kind(i + 1) {
                Some(Kind::Word(class, _)) => {
                    self.tokens.word(i + 1).chars().count() <= 4
                        && !matches!(class, Class::Sentence { .. } | Class::Part | Class::Point)
                }
                Some(Kind::Number { year, .. }) => year.is_none(),
                _ => false,
            };
            // `(sic)` marks the writer's copy, not a part of the paragraph.
            let sic = self.tokens.is(i + 1, "sic");
            (self.tokens.mark(i, '(') && short && !sic && self.tokens.mark(i + 2, ')'))
                .then_some(i + 3)
        };
        let start = i;
        while let Some(next) = one(i) {
            i = next + usize::from(self.tokens.dash(next) && one(next + 1).is_some());
        }
        (i > start).then_some(i)
    }

    /// A placeholder where a number should be: `[N]`, `(?)`, `??`, `##`,
    /// `__`, `XX`; the token after it.
    fn placeholder(&self, i: usize) -> Option<usize> {
        let filler = |k: usize| {
            self.tokens.mark(k, '?')
                || self.tokens.mark(k, '#')
                || matches!(
                    self.tokens.kind(k),
                    Some(Kind::Word(..) | Kind::Number { .. } | Kind::Name(_))
                ) && self.tokens.word(k).chars().count() <= 3
        };
        // `para. xx`, and `para. ?` where the mark stands apart: `which
        // para?` asks a question.
        // `para. Q`: a letter where the number should be.
        let letter = matches!(self.tokens.kind(i), Some(Kind::Word(_, Shape::Capitalised)))
            && self.tokens.word(i).len() == 1
            && !matches!(self.tokens.word(i), "A" | "I");
        if is_xs(self.tokens.word(i)) || letter {
            return Some(i + 1);
        }
        let open = self.tokens.mark(i, '[') || self.tokens.mark(i, '(');
        let close = self.tokens.mark(i + 2, ']') || self.tokens.mark(i + 2, ')');
        if open && filler(i + 1) && close {
            return Some(i + 3);
        }
        let marks = self.tokens[i.min(self.tokens.len())..]
            .iter()
            .take_while(|t| t.is_mark('?') || t.is_mark('#') || t.is_mark('_'))
            .count();
        let apart = i > 0
            && self
                .tokens
                .get(i)
                .is_some_and(|t| t.start > self.tokens[i - 1].end);
        (marks >= 2 || marks == 1 && apart).then_some(i + marks)
    }

    /// An open end after a number: `ff.`, `et seq.`, `onwards`, `and
    /// following`; the token after it.
    fn open_end(&self, i: usize) -> Option<usize> {
        match self.tokens.class(i)? {
            Class::Open => Some(self.tokens.after_stop(i)),
            Class::Et if self.tokens.class(i + 1) == Some(Class::Open) => {
                Some(self.tokens.after_stop(i + 1))
            }
            Class::And if self.tokens.is(i + 1, "following") => Some(i + 2),
            _ => None,
        }
    }

    /// One item of a paragraph or footnote list at `i` (its designator, if
    /// it has one, at `start`): a number or a run (`6-8`, `6 to 8`,
    /// `¶10-¶12`), with a label or open end after it; or a number glued to
    /// its label (`para 3a`, `para. 6.2`), read as far as its digits.
    fn item(&self, start: usize, i: usize) -> Option<Item> {
        let (first, last, next, read_end, unread);
        if let Some(Kind::Glued {
            label: Some(digits),
        }) = self.tokens.kind(i)
        {
            let t = self.tokens[i];
            let value = self.tokens.text[t.start..digits].parse().ok();
            first = Num {
                start: t.start,
                end: digits,
                value,
                word: false,
            };
            // `paras 6ff.`: an open end glued to its number takes its full
            // stop, as `ff.` does.
            let open = self.tokens.text[digits..t.end].eq_ignore_ascii_case("ff")
                && self.tokens.glued_mark(i + 1, '.');
            let (after, end) = if open {
                (i + 2, self.tokens[i + 1].end)
            } else {
                (i + 1, t.end)
            };
            (last, next, read_end, unread) = (first, after, digits, Some((digits, end)));
        } else {
            first = self.number(i, false)?;
            let (mut after, mut end) = (i + 1, first);
            if self.tokens.dash(after) || self.tokens.class(after) == Some(Class::Through) {
                let mut to = after + 1;
                if let Some((Designator::Paragraph, _, numbers)) = self.designator(to) {
                    to = numbers;
                }
                if let Some(number) = self.number(to, false) {
                    (end, after) = (number, to + 1);
                }
            }
            let unread_end = self.label(after).or_else(|| self.open_end(after));
            (last, next, read_end) = (end, unread_end.unwrap_or(after), self.tokens[after - 1].end);
            unread = unread_end.map(|end| self.tokens.span(after, end));
        }
        let designated = start != i;
        Some(Item {
            start,
            designated,
            first,
            last,
            next,
            read_end,
            unread,
        })
    }

    /// The items of a list after a designator at `i` (its numbers at
    /// `numbers`), into `self.items`.
    fn items(&mut self, kind: Designator, i: usize, numbers: usize, plural: bool) -> bool {
        self.items.clear();
        let Some(mut item) = self.item(i, numbers) else {
            return false;
        };
        loop {
            let at = self.aside(item.next).unwrap_or(item.next);
            self.items.push(item);
            let comma = self.tokens.mark(at, ',');
            let k = at + usize::from(comma);
            let and = self.tokens.class(k) == Some(Class::And) || self.tokens.mark(k, '&');
            let k = k + usize::from(and);
            let (repeated, numbers) = match self.designator(k) {
                Some((again, _, after)) if again == kind => (true, after),
                _ => (false, k),
            };
            match self.item(k, numbers) {
                // After a singular designator, `para. 6, 30 countries` is no list.
                Some(next)
                    if and || comma && (plural || repeated || self.ends_an_item(next.next)) =>
                {
                    item = next;
                }
                _ => return true,
            }
        }
    }

    /// A short aside in brackets at `i` between two items of a list (`paras.
    /// 6 & 7 (mobility) and 8-10`): the token after it, where a number
    /// follows it.
    fn aside(&self, i: usize) -> Option<usize> {
        if !self.tokens.mark(i, '(') {
            return None;
        }
        let words = (i + 1..i + 5)
            .take_while(|&k| matches!(self.tokens.kind(k), Some(Kind::Word(Class::Plain, _))))
            .count();
        let close = i + 1 + words;
        let joined =
            self.tokens.class(close + 1) == Some(Class::And) || self.tokens.mark(close + 1, '&');
        (words > 0
            && self.tokens.mark(close, ')')
            && joined
            && self.number(close + 2, false).is_some())
        .then_some(close + 1)
    }

    /// Whether what stands at `i` may follow the last item of a list.
    fn ends_an_item(&self, i: usize) -> bool {
        match self.tokens.kind(i) {
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
        // Ordinals, modifiers and number words: `the first two sentences`.
        let words = (i..i + 3)
            .take_while(|&k| {
                self.number(k, true).is_some()
                    || matches!(
                        self.tokens.class(k),
                        Some(Class::Modifier | Class::Cardinal(_))
                    )
            })
            .count();
        let mut k = i + words;
        let sentence = match self.tokens.class(k)? {
            Class::Sentence { .. } => true,
            Class::Part | Class::Point => false,
            _ => return None,
        };
        // `s` and `l` are a sentence or a line only as `s.` or before
        // their number: `para 16 s 1`.
        let bare = self.tokens.after_stop(k) == k + 1 && self.number(k + 1, false).is_none();
        if bare && (self.tokens.is(k, "s") || self.tokens.is(k, "l")) {
            return None;
        }
        k = self.tokens.after_stop(k);
        // Its numbers, unless an ordinal came before, and what joins them:
        // `sentences 2 and 3`, `line 4`, `point (b)`, `items iv-v`.
        let first = self.number(k, false);
        let mut count = 0;
        if words == 0 {
            loop {
                let short_word = !sentence
                    && matches!(self.tokens.kind(k), Some(Kind::Word(Class::Plain, _)))
                    && self.tokens.word(k).chars().count() <= 4;
                if self.number(k, false).is_some() || short_word {
                    k += 1;
                } else if let Some(end) = self.label(k) {
                    k = end;
                } else {
                    break;
                }
                count += 1;
                let joined = self.tokens.mark(k, ',')
                    || self.tokens.mark(k, '&')
                    || self.tokens.dash(k)
                    || matches!(self.tokens.class(k), Some(Class::And | Class::Through));
                let and = self.tokens.class(k + 1) == Some(Class::And);
                let continues = self.number(k + 1, false).is_some()
                    || and && self.number(k + 2, false).is_some();
                if !(joined && continues) {
                    break;
                }
                count += 1;
                k += 1 + usize::from(and);
            }
            if count == 0 {
                return None;
            }
        }
        // One sentence: a lone ordinal before, or a lone number after.
        let one = match (words, count) {
            (1, _) => self.number(i, true),
            (0, 1) => first,
            _ => None,
        };
        let piece = match one {
            Some(n) if sentence => Piece::Sentence(n),
            _ => Piece::Other,
        };
        Some((piece, k))
    }

    /// A piece written after a paragraph's numbers, from `i`: the piece and
    /// where it ends. `, sentence 2 of para. 12` is the next citation's.
    fn piece_after(&self, i: usize) -> Option<(Piece, usize)> {
        let possessive = self.tokens.kind(i) == Some(Kind::Possessive);
        // `para. 3 in its second sentence`, `para. 3, in the second sentence`
        let comma = usize::from(self.tokens.mark(i, ','));
        let within = self.tokens.is(i + comma, "in")
            && matches!(self.tokens.class(i + comma + 1), Some(Class::Determiner));
        let mut k = if within {
            i + comma + 1
        } else {
            i + usize::from(possessive || comma == 1)
        };
        let bracket = !possessive && self.tokens.mark(k, '(');
        k += usize::from(bracket);
        let determiner = within || self.tokens.is(k, "the");
        let (piece, end) = self.piece(k + usize::from(determiner))?;
        if bracket && !self.tokens.mark(end, ')') {
            return None;
        }
        let end = end + usize::from(bracket);
        let of_another = self.tokens.class(end) == Some(Class::Of)
            && matches!(
                self.designator(end + 1),
                Some((Designator::Paragraph | Designator::Footnote, _, _))
            );
        (!of_another).then_some((piece, end))
    }

    /// The citation that starts at token `i`, if one does, into `found`; the
    /// token after it.
    fn citation_at(&mut self, i: usize) -> Option<usize> {
        // `ibid., para. 4` continues the citation before.
        if self.tokens.class(i) == Some(Class::Ibid) {
            let k = self.tokens.after_stop(i);
            let (owner, before) = (self.last_owner, self.found.len());
            let next = self.designated(k + usize::from(self.tokens.mark(k, ',')))?;
            for read in self.found[before..]
                .iter_mut()
                .filter(|r| r.owner != Owner::Other)
            {
                read.owner = owner;
            }
            // The continuation is part of what was read: `ibid., para. 4`.
            let start = self.tokens[i].start;
            if let Some(first) = self.found.get_mut(before) {
                first.range.0 = start;
            }
            return Some(next);
        }
        // `the second sentence of para. 10`, `line 4 of para. 10`.
        let the = usize::from(self.tokens.is(i, "the"));
        let piece = self.piece(i + the);
        // `sentence 3, para. 6` as `sentence 3 of para. 6`.
        let links = |of: usize| {
            self.tokens.class(of) == Some(Class::Of)
                || self.tokens.mark(of, ',')
                    && matches!(self.designator(of + 1), Some((Designator::Paragraph, ..)))
        };
        if let Some((piece, of)) = piece.filter(|&(_, of)| links(of)) {
            let before = self.found.len();
            // `of para. 10`, `of the fifteenth paragraph`, `of its first
            // paragraph`
            let determiner = self.tokens.class(of + 1) == Some(Class::Determiner);
            let ordinal = of + 1 + usize::from(determiner);
            let read = self
                .designated(of + 1)
                .or_else(|| self.paragraph_by_ordinal(ordinal, of + 1));
            if let Some(next) = read {
                self.piece_before(i, piece, self.tokens[of].end, before);
                self.owner_before_piece(i, before);
                return Some(next);
            }
        }
        // `the footnote in paragraph 2`; `the ninth paragraph`, `the last
        // paragraph`.
        self.footnote_of_paragraph(i + the, i)
            .or_else(|| self.paragraph_by_ordinal(i + the, i))
            .or_else(|| self.designated(i))
    }

    /// Folds the citation just read (`self.found[at..]`) into the piece written
    /// before it, from token `start`: one sentence of one paragraph, or a
    /// partial citation. The piece is of the first paragraph and the bare
    /// numbers listed after it (`sentences 2 and 3 of paras. 6 and 7`); a
    /// later citation with a designator of its own (`, para. 12`) stays
    /// apart.
    fn piece_before(&mut self, start: usize, piece: Piece, of_end: usize, at: usize) {
        let text = self.tokens.text.as_bytes();
        let own = self.found[at + 1..]
            .iter()
            .take_while(|read| text[read.range.0].is_ascii_digit())
            .count();
        let (first, end) = (self.found[at], self.found[at + own].range.1);
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
            _ => Found::partial((first.range.0, end), (start, of_end)),
        };
        let read = Read {
            range: (start, end),
            found,
            owner: first.owner,
        };
        self.found.splice(at..=at + own, [read]);
    }

    /// Gives the citation just read from a piece before its paragraph
    /// (`self.found[at..]`, from token `start`), which no document named
    /// after it owns, the document named before the piece: `In the ASEMME6
    /// Declaration, sentence two of paragraph nine`.
    fn owner_before_piece(&mut self, start: usize, at: usize) {
        if self.found[at].owner != Owner::Unnamed {
            return;
        }
        let (owner, name_start) = self.owner_before(start);
        if owner == Owner::Unnamed {
            return;
        }
        for read in &mut self.found[at..] {
            read.owner = owner;
        }
        if let Some(name_start) = name_start {
            self.found[at].range.0 = name_start;
        }
        if let Some(last) = &mut self.last {
            last.1 = owner;
        }
        self.last_owner = owner;
    }

    /// `the ninth paragraph`, `the first footnote`: an ordinal, then a
    /// singular paragraph or footnote word.
    fn paragraph_by_ordinal(&mut self, i: usize, start: usize) -> Option<usize> {
        let ordinal = self.number(i, true);
        if ordinal.is_none() && self.tokens.class(i) != Some(Class::Modifier) {
            return None;
        }
        // `the sixth to tenth paragraphs`
        if let (Some(first), Some(Class::Through)) = (ordinal, self.tokens.class(i + 1)) {
            let last = self.number(i + 2, true)?;
            let Some(Class::Paragraph { plural: true }) = self.tokens.class(i + 3) else {
                return None;
            };
            let range = self.tokens.span(start, i + 4);
            self.push_read(range, Found::Paragraphs { first, last });
            return Some(self.finish(start, i + 4, self.found.len() - 1, None));
        }
        let footnote = match self.tokens.class(i + 1)? {
            Class::Paragraph { plural: false } => false,
            Class::Footnote { plural: false } => true,
            _ => return None,
        };
        let stop = self.tokens.after_stop(i + 1);
        if self.number(stop, false).is_some() {
            return None;
        }
        // `the 12th para. mentions`: the full stop is the abbreviation's
        // where the sentence goes on.
        let goes_on = matches!(self.tokens.kind(i + 3), Some(Kind::Word(_, Shape::Lower)));
        let end = if goes_on { stop } else { i + 2 };
        // Another document's `final paragraph` names nothing of this one
        // that could be mistaken for it.
        if ordinal.is_none() && self.owner_after(end).0 == Some(Owner::Other) {
            return None;
        }
        let range = self.tokens.span(start, end);
        let found = match ordinal {
            Some(n) if footnote => Found::Footnote(n),
            Some(n) => Found::Paragraphs { first: n, last: n },
            None => Found::partial((range.1, range.1), range),
        };
        self.push_read(range, found);
        Some(self.finish(start, end, self.found.len() - 1, None))
    }

    /// A citation that starts with its designator at `i`: paragraphs, a
    /// footnote, or a division of another document.
    fn designated(&mut self, i: usize) -> Option<usize> {
        let (designator, plural, numbers) = self.designator(i)?;
        if designator == Designator::Division {
            return self.division(i, numbers);
        }
        if !self.items(designator, i, numbers, plural) {
            let end = self.placeholder(numbers)?;
            let range = self.tokens.span(i, end);
            self.push_read(range, Found::Unreadable);
            return Some(self.finish(i, end, self.found.len() - 1, None));
        }
        if let Some(next) = self.footnote_after(designator, i) {
            return Some(next);
        }
        let items = std::mem::take(&mut self.items);
        let first_read = self.found.len();
        let last = items[items.len() - 1];
        // A piece after a list is of its last item where that item has a
        // designator of its own (`paras. 6-8, para. 10, sentence 3`), else of
        // the whole list (`paras. 6 and 7, sentence 2`).
        let piece = self.piece_after(last.next);
        let group = match piece {
            Some(_) => items.iter().rposition(|item| item.designated).unwrap_or(0),
            None => items.len(),
        };
        for item in &items[..group] {
            let from = self.tokens[item.start].start;
            let to = item.unread.map_or(item.read_end, |unread| unread.1);
            let found = match (designator, item.unread) {
                (_, Some(unread)) => Found::partial((from, item.read_end), unread),
                (Designator::Footnote, None) if item.first != item.last => Found::Unreadable,
                (Designator::Footnote, None) => Found::Footnote(item.first),
                _ => Found::Paragraphs {
                    first: item.first,
                    last: item.last,
                },
            };
            self.push_read((from, to), found);
        }
        let mut end = last.next;
        if let Some((piece, piece_end)) = piece {
            let range = self.tokens.span(items[group].start, piece_end);
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
                _ => {
                    let unread_start = last.next + usize::from(self.tokens.mark(last.next, ','));
                    Found::partial(
                        (range.0, last.read_end),
                        (self.tokens[unread_start].start, range.1),
                    )
                }
            };
            self.push_read(range, found);
            end = piece_end;
        }
        self.items = items;
        Some(self.finish(i, end, first_read, None))
    }

    /// `¶ 2, fn. 1`: one paragraph, just read into `self.items` from its
    /// designator at `i`, then a footnote of it.
    fn footnote_after(&mut self, designator: Designator, i: usize) -> Option<usize> {
        let [item] = self.items[..] else {
            return None;
        };
        if designator != Designator::Paragraph || item.first != item.last || item.unread.is_some() {
            return None;
        }
        let at = item.next + usize::from(self.tokens.mark(item.next, ','));
        let Some((Designator::Footnote, false, numbers)) = self.designator(at) else {
            return None;
        };
        let footnote = self.number(numbers, false)?;
        let found = Found::FootnoteIn {
            paragraph: item.first,
            footnote: Some(footnote),
        };
        self.push_read((self.tokens[i].start, footnote.end), found);
        Some(self.finish(i, numbers + 1, self.found.len() - 1, None))
    }

    /// `the footnote in paragraph 2`, `the footnote to para. 5`: a footnote
    /// word without a number, then the paragraph it stands in.
    fn footnote_of_paragraph(&mut self, i: usize, start: usize) -> Option<usize> {
        let linked = matches!(self.tokens.class(i + 1), Some(Class::Of | Class::Through));
        if self.tokens.class(i) != Some(Class::Footnote { plural: false })
            || !linked
            || self.number(self.tokens.after_stop(i), false).is_some()
        {
            return None;
        }
        let before = self.found.len();
        let next = self.designated(i + 2)?;
        if let [
            Read {
                range: (_, end),
                found: Found::Paragraphs { first, last },
                owner,
            },
        ] = self.found[before..]
        {
            if first == last {
                self.found[before] = Read {
                    range: (self.tokens[start].start, end),
                    found: Found::FootnoteIn {
                        paragraph: first,
                        footnote: None,
                    },
                    owner,
                };
            }
        }
        Some(next)
    }

    /// `Article 13`, `Article 13, paragraph 2`, `section 4.2 of the
    /// report`: another document's, found so that it is not taken for this
    /// declaration's. Alone, it counts only where a document is named next
    /// to it.
    fn division(&mut self, i: usize, numbers: usize) -> Option<usize> {
        // A number, a number word, a Roman numeral or a letter: `Article
        // 13`, `Target 4.7`, `Article IV`, `Annex A`; not `annex reproduces`.
        let word = self.tokens.word(numbers);
        let numbered = match self.tokens.kind(numbers)? {
            Kind::Number { .. } | Kind::Glued { .. } | Kind::Word(Class::Cardinal(_), _) => true,
            Kind::Word(class, _) => {
                let capitals = word.chars().all(|c| c.is_ascii_uppercase());
                capitals && (word.len() == 1 || is_roman(word))
                    || word.len() == 1 && class == Class::Plain
            }
            _ => false,
        };
        if !numbered {
            return None;
        }
        // `Article VI.1`: a Roman numeral and a number after its full stop.
        let decimal = self.tokens.glued_mark(numbers + 1, '.')
            && self.tokens.get(numbers + 2).is_some_and(|t| {
                t.start == self.tokens[numbers + 1].end && matches!(t.kind, Kind::Number { .. })
            });
        let after = numbers + 1 + 2 * usize::from(decimal);
        let mut end = self.label(after).unwrap_or(after);
        // `Articles 3–5`
        let run = self.tokens.dash(end) || self.tokens.class(end) == Some(Class::Through);
        if run && self.number(end + 1, false).is_some() {
            end += 2;
        }
        // `Sections 3 and 4`, `Articles 2, 5 & 7`: after a plural, each
        // number of a list is an item of its own.
        let mut items = vec![(i, end)];
        let listed = |end: usize| {
            let comma = self.tokens.mark(end, ',');
            let k = end + usize::from(comma);
            let and = self.tokens.class(k) == Some(Class::And) || self.tokens.mark(k, '&');
            let k = k + usize::from(and);
            let number = matches!(
                self.tokens.kind(k),
                Some(Kind::Number { .. } | Kind::Glued { .. })
            );
            ((comma || and) && number).then_some(k)
        };
        if word_is_plural(self.tokens.word(i)) {
            while let Some(k) = listed(end) {
                end = k + 1;
                items.push((k, end));
            }
        }
        // `Article 13, paragraph 2`, `Article 13(2)`.
        let k = end + usize::from(self.tokens.mark(end, ','));
        if let Some((Designator::Paragraph, plural, after)) = self.designator(k) {
            if self.items(Designator::Paragraph, k, after, plural) {
                end = self.items[self.items.len() - 1].next;
            }
        }
        // `Article 2, sentence 1`
        if let Some((_, piece_end)) = self.piece_after(end) {
            end = piece_end;
        }
        // `Chapter 4 above` is the writer's own text's.
        let here = self.tokens.class(end) == Some(Class::Here);
        // `Art. 26 UDHR`: any name right after a division is its document's.
        let beside = matches!(self.tokens.kind(end), Some(Kind::Name(_)));
        // A page, in digits, is always another document's: the declaration
        // is cited by its paragraphs (`3 p.m.` is no page).
        let page = self.tokens.class(i) == Some(Class::Page);
        if page
            && !matches!(
                self.tokens.kind(numbers),
                Some(Kind::Number { .. } | Kind::Glued { .. })
            )
        {
            return None;
        }
        let named = here
            || page
            || beside
            || self.owner_after(end).0.is_some()
            || self.named_right_before(i)
            || self.owner_before(i).0 != Owner::Unnamed;
        if !named && end <= numbers + 2 {
            return None;
        }
        let first = self.found.len();
        let last = items.len() - 1;
        items[last].1 = end;
        for (from, to) in items {
            let range = self.tokens.span(from, to);
            self.push_read(range, Found::Unreadable);
        }
        Some(self.finish(i, end, first, Some(Owner::Other)))
    }

    /// Whether a name or `ibid.` stands right before token `i`, with
    /// nothing but a comma, a bracket or a signal between (`the ESG, see
    /// Standard 1.6`).
    fn named_right_before(&self, i: usize) -> bool {
        let ibid = |k: usize| self.tokens.class(k) == Some(Class::Ibid);
        let mut k = i;
        while k > 0
            && (matches!(
                self.tokens[k - 1].kind,
                Kind::Mark(',' | '(') | Kind::Possessive
            ) || self.tokens.mark(k - 1, '.') && k >= 2 && ibid(k - 2)
                || self.tokens.class(k - 1) == Some(Class::Signal))
        {
            k -= 1;
        }
        k > 0 && (matches!(self.tokens[k - 1].kind, Kind::Name(_)) || ibid(k - 1))
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
        let (comma, closes) = (self.tokens.mark(i, ','), self.tokens.mark(i, '('));
        let beside = match self.tokens.kind(i) {
            Some(Kind::Mark(',')) if self.tokens.class(i + 1) == Some(Class::Of) => {
                let (owner, end) = self.owner_after(i + 1);
                return (owner, if end > i + 1 { end } else { i });
            }
            Some(Kind::Name(_)) => i,
            _ if comma || closes || self.tokens.dash(i) => i + 1,
            _ => usize::MAX,
        };
        if let Some(Kind::Name(Name { ours, strong, .. })) = self.tokens.kind(beside) {
            // Set off by a comma and a comma or a bracket with no determiner
            // before it, a name is the citation's too: `see para. 14, Chair's
            // Conclusions, ASEMME6, for ...`.
            let bare = comma
                && !self.tokens.text[self.tokens[i].end..self.tokens[beside].start]
                    .contains(char::is_alphabetic);
            // After a comma, otherwise, a name that ends the clause: not `In
            // para. 3, the Lima Declaration, adopted ...`.
            let ends = if closes {
                self.tokens.mark(beside + 1, ')')
            } else {
                beside == i
                    || self.tokens.get(beside + 1).is_none_or(|t| {
                        matches!(t.kind, Kind::Mark('.' | ';' | ':' | ')' | ']'))
                            || t.is_dash()
                            || (!comma || bare) && t.is_mark(',')
                            || bare && t.is_mark('(')
                    })
            };
            if ends && (ours || strong || comma) {
                return if ours {
                    (Some(Owner::Declaration), beside + 1 + usize::from(closes))
                } else {
                    (Some(Owner::Other), i)
                };
            }
        }
        // `fn. 1 to the Seoul Declaration`: `to` and a name.
        let to = self.tokens.is(i, "to") && matches!(self.tokens.kind(i + 1), Some(Kind::Name(_)));
        if comma || !to && self.tokens.class(i) != Some(Class::Of) {
            return (None, i);
        }
        // After `in` or `from`, only a name; after `of`, also another
        // document's division, a determiner and a noun, or a capitalised word.
        let of = self.tokens.is(i, "of");
        // `section 2 of a report`: some document, never this one.
        if of && self.tokens.class(i + 1) == Some(Class::Indefinite) {
            return (Some(Owner::Other), i);
        }
        match self.tokens.kind(i + 1) {
            Some(Kind::Name(Name { ours: true, .. })) => (Some(Owner::Declaration), i + 2),
            Some(Kind::Name(Name { strong, .. })) if strong || of => (Some(Owner::Other), i),
            Some(Kind::Word(Class::Division | Class::Page, _)) if of => {
                let numbers = self.tokens.after_stop(i + 1) + 1;
                let end = self.label(numbers).unwrap_or(numbers);
                (Some(Owner::Other), end.min(self.tokens.len()))
            }
            Some(Kind::Word(Class::Determiner, _)) if of => {
                // `of my last email`, `of their second report`
                let qualified = (i + 2..i + 4)
                    .take_while(|&k| {
                        self.number(k, true).is_some()
                            || self.tokens.class(k) == Some(Class::Modifier)
                    })
                    .count();
                // `of this note`, `of the chapter`: a text's own part too.
                let document = matches!(
                    self.tokens.kind(i + 2 + qualified),
                    Some(
                        Kind::Word(
                            Class::Plain
                                | Class::DocumentNoun
                                | Class::EventNoun
                                | Class::Footnote { .. }
                                | Class::Division
                                | Class::Part,
                            _
                        ) | Kind::Name(_)
                    )
                );
                (document.then_some(Owner::Other), i)
            }
            Some(Kind::Word(Class::Plain, Shape::Capitalised)) if of => (Some(Owner::Other), i),
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
            match self.last {
                // Signals alone between continue it too: `, and also ¶ 10`.
                Some((end, owner)) if !other_words && end == k + 1 => return (owner, None),
                _ => {}
            }
            let t = self.tokens[k];
            match t.kind {
                // The name that owns the citation before: a citation joined
                // to that one by `and` continues it, one after other words
                // is unnamed.
                Kind::Name(_) if self.named_after.is_some_and(|at| at < k && k <= at + 2) => {
                    let owner = self.last.filter(|_| coordinated && !other_words);
                    return (owner.map_or(Owner::Unnamed, |(_, owner)| owner), None);
                }
                Kind::Name(name) => {
                    let adjacent = !words;
                    // An event's name (`the Helsinki Summit`) owns as a weak
                    // name does.
                    let name = Name {
                        strong: name.strong && !name.event,
                        ..name
                    };
                    // `ICT (para. 10)`: a weak name right before a bracketed
                    // citation is what the paragraph is about, a word of
                    // the clause, not its owner.
                    if !name.strong && adjacent && k + 2 == i && self.tokens.mark(k + 1, '(')
                        || !name.strong && !adjacent && !coordinated && !comma
                    {
                        (other_words, words) = (true, true);
                        continue;
                    }
                    if coordinated || comma && other_words || !name.strong && !adjacent {
                        break;
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
                _ if t.ends_a_clause() || t.is_mark('.') && self.ends_a_sentence(k) => {
                    let continued = signal && !other_words;
                    let owner = self.last.filter(|&(end, _)| continued && end == k);
                    return (owner.map_or(Owner::Unnamed, |(_, owner)| owner), None);
                }
                // `For the Seoul Declaration, see para. 6`: only signals
                // after the comma.
                Kind::Mark(',') if other_words => break,
                Kind::Mark(',') => comma = true,
                // An aside in brackets is passed over whole: `Declaration ¶¶
                // 11-13 (instruments) and ¶ 14`.
                Kind::Mark(')') => {
                    bracket = true;
                    if let Some(open) = (floor..k).rev().find(|&j| self.tokens.mark(j, '(')) {
                        k = open;
                    }
                }
                // `the Seoul Declaration (para. 6)`: the name starts the
                // range, which takes the closing bracket.
                Kind::Mark('(')
                    if !words
                        && k + 1 == i
                        && k > 0
                        && matches!(self.tokens[k - 1].kind, Kind::Name(_)) => {}
                Kind::Mark('(' | '[' | ']') => bracket = true,
                Kind::Mark(_) | Kind::Possessive => {}
                Kind::Word(Class::And, _) if !other_words => coordinated = true,
                // `the Lima Declaration at para. 4`, `the ASEMME7 conclusions,
                // in paragraph 6`
                Kind::Word(Class::At, _) if !words && !comma => {}
                Kind::Word(Class::Of, _) if !words && !comma && self.tokens.is(k, "in") => {}
                _ if comma => break,
                Kind::Word(Class::Signal, _) => (signal, words) = (true, true),
                _ => (other_words, words) = (true, true),
            }
        }
        (Owner::Unnamed, None)
    }

    /// Whether the full stop at `k` ends a sentence, rather than an
    /// abbreviation (`para.`, `cf.`, `e.g.`).
    fn ends_a_sentence(&self, k: usize) -> bool {
        let abbreviation = self.tokens.glued_mark(k, '.')
            && (self.tokens.class(k - 1).is_some_and(takes_a_full_stop)
                || self.tokens.word(k - 1).chars().count() == 1);
        !abbreviation
    }

    /// Records a citation read, its owner yet to be given by [`Self::finish`].
    fn push_read(&mut self, range: (usize, usize), found: Found) {
        let owner = Owner::Unnamed;
        self.found.push(Read {
            range,
            found,
            owner,
        });
    }

    /// Gives the citations just read (`found[first..]`) their owner:
    /// `forced`, or the document named after the last (which extends its
    /// range over this declaration's name), or the one named before the
    /// first (`start`, a token, where this declaration's name may start its
    /// range). `end` is the token after them.
    fn finish(&mut self, start: usize, end: usize, first: usize, forced: Option<Owner>) -> usize {
        let (after, range_end) = self.owner_after(end);
        if after.is_some() {
            self.named_after = Some(end);
        }
        let (owner, name_start) = match forced.or(after) {
            Some(owner) => (owner, None),
            None => self.owner_before(start),
        };
        for read in &mut self.found[first..] {
            read.owner = owner;
        }
        let mut end = end;
        if let Some(name_start) = name_start {
            self.found[first].range.0 = name_start;
            let bracketed = start > 0 && self.tokens.mark(start - 1, '(');
            if bracketed && self.tokens.mark(end, ')') && range_end <= end {
                self.found.last_mut().expect("a citation read").range.1 = self.tokens[end].end;
                end += 1;
            }
        }
        if range_end > end {
            let name_end = self.tokens[range_end - 1].end;
            self.found.last_mut().expect("a citation read").range.1 = name_end;
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

/// Whether a division's word is a plural: `Sections`, `arts`.
fn word_is_plural(word: &str) -> bool {
    word.len() > 2 && word.ends_with(['s', 'S'])
}

/// Whether `word` stands for a number not yet written: `x`, `xx`, `XX`
/// (`X` alone is ten).
fn is_xs(word: &str) -> bool {
    let lower = word.bytes().all(|b| b == b'x');
    let upper = word.len() >= 2 && word.bytes().all(|b| b == b'X');
    (1..=3).contains(&word.len()) && (lower || upper)
}

/// The bytes `range` of `text`.
pub(super) fn slice(text: &str, range: (usize, usize)) -> &str {
    &text[range.0..range.1]
}
