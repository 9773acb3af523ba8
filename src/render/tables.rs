//! The declaration as flat tables, for CSV and any other tabular format: the
//! rows of the CSV data package and the Frictionless Table Schema of each.
//!
//! ```
//! use asem_seoul_declaration::declaration;
//! use asem_seoul_declaration::tables::Cell;
//!
//! let tables = declaration().tables();
//! let mentions = tables.iter().find(|t| t.name() == "mentions").unwrap();
//! let text = mentions.column("text").unwrap();
//! let first = &mentions.rows()[0];
//! assert_eq!(first[text], Cell::Text("Education Ministers".into()));
//! ```
//!
//! Writing the rows out is left to the program (the `datapackage` example
//! writes CSV with the `csv` crate), so the crate needs no CSV writer. With the
//! `serde` feature a [`Table`] serializes as its Frictionless Data Resource
//! descriptor.

use std::fmt::{self, Write};
use std::ops::Range;

use super::{terms, Term};
use crate::span;
use crate::{Acronym, Declaration, Paragraph, Section};

/// One table: its name, its fields, its keys and its rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    name: &'static str,
    description: &'static str,
    fields: &'static [Field],
    primary_key: &'static [&'static str],
    foreign_keys: &'static [ForeignKey],
    rows: Vec<Vec<Cell>>,
}

impl Table {
    /// The table's name, also its file's stem (`mentions` for `mentions.csv`).
    ///
    /// ```
    /// let names: Vec<&str> = asem_seoul_declaration::declaration().tables().iter().map(|t| t.name()).collect();
    /// assert_eq!(names[0], "paragraphs");
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// What a row of the table is.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert!(tables.iter().all(|t| !t.description().is_empty()));
    /// ```
    #[must_use]
    pub const fn description(&self) -> &'static str {
        self.description
    }

    /// The columns, in order.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// let names: Vec<&str> = tables[0].fields().iter().map(|f| f.name()).collect();
    /// assert_eq!(names, ["number", "section", "text"]);
    /// ```
    #[must_use]
    pub const fn fields(&self) -> &'static [Field] {
        self.fields
    }

    /// The position of the column named `name`, if there is one.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].column("text"), Some(2));
    /// assert_eq!(tables[0].column("nothing"), None);
    /// ```
    #[must_use]
    pub fn column(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }

    /// The columns whose values together name one row.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// let mentions = tables.iter().find(|t| t.name() == "mentions").unwrap();
    /// assert_eq!(mentions.primary_key(), ["paragraph", "mention"]);
    /// ```
    #[must_use]
    pub const fn primary_key(&self) -> &'static [&'static str] {
        self.primary_key
    }

    /// The columns whose values name a row of another table.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// let mentions = tables.iter().find(|t| t.name() == "mentions").unwrap();
    /// assert!(mentions.foreign_keys().iter().any(|k| k.table() == "vocabulary"));
    /// ```
    #[must_use]
    pub const fn foreign_keys(&self) -> &'static [ForeignKey] {
        self.foreign_keys
    }

    /// The rows, each a cell per field.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].rows().len(), 16);
    /// assert!(tables.iter().all(|t| t.rows().iter().all(|row| row.len() == t.fields().len())));
    /// ```
    #[must_use]
    pub fn rows(&self) -> &[Vec<Cell>] {
        &self.rows
    }
}

/// A column of a [`Table`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    name: &'static str,
    kind: FieldKind,
    description: &'static str,
    required: bool,
}

impl Field {
    const fn new(name: &'static str, kind: FieldKind, description: &'static str) -> Field {
        Field {
            name,
            kind,
            description,
            required: true,
        }
    }

    /// A field that may be empty.
    const fn optional(self) -> Field {
        Field {
            required: false,
            ..self
        }
    }

    /// The column's name.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].fields()[0].name(), "number");
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The type of its values.
    ///
    /// ```
    /// use asem_seoul_declaration::tables::FieldKind;
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].fields()[0].kind(), FieldKind::Integer);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> FieldKind {
        self.kind
    }

    /// What the column holds, offsets' units included.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert!(tables.iter().flat_map(|t| t.fields()).all(|f| !f.description().is_empty()));
    /// ```
    #[must_use]
    pub const fn description(&self) -> &'static str {
        self.description
    }

    /// Whether every row has a value here; a missing value is an empty cell.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// let sections = tables.iter().find(|t| t.name() == "sections").unwrap();
    /// let parent = &sections.fields()[sections.column("parent").unwrap()];
    /// assert!(!parent.required());
    /// ```
    #[must_use]
    pub const fn required(&self) -> bool {
        self.required
    }
}

/// The type of a [`Field`]'s values, as Frictionless Table Schema names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldKind {
    /// A whole number, written in decimal.
    Integer,
    /// Text.
    String,
    /// A date, written `YYYY-MM-DD`.
    Date,
    /// A list of strings, written as a JSON array.
    Array,
}

impl FieldKind {
    /// The Table Schema type: `"integer"`, `"string"`, `"date"` or `"array"`.
    ///
    /// ```
    /// use asem_seoul_declaration::tables::FieldKind;
    /// assert_eq!(FieldKind::Integer.name(), "integer");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            FieldKind::Integer => "integer",
            FieldKind::String => "string",
            FieldKind::Date => "date",
            FieldKind::Array => "array",
        }
    }
}

/// Columns of a [`Table`] that name rows of another table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ForeignKey {
    fields: &'static [&'static str],
    table: &'static str,
    reference: &'static [&'static str],
}

impl ForeignKey {
    const fn new(
        fields: &'static [&'static str],
        table: &'static str,
        reference: &'static [&'static str],
    ) -> ForeignKey {
        ForeignKey {
            fields,
            table,
            reference,
        }
    }

    /// The columns of this table.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].foreign_keys()[0].fields(), ["section"]);
    /// ```
    #[must_use]
    pub const fn fields(&self) -> &'static [&'static str] {
        self.fields
    }

    /// The table they point into (the same table for a reference to itself).
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].foreign_keys()[0].table(), "sections");
    /// ```
    #[must_use]
    pub const fn table(&self) -> &'static str {
        self.table
    }

    /// The columns of that table they match, in order.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].foreign_keys()[0].reference(), ["id"]);
    /// ```
    #[must_use]
    pub const fn reference(&self) -> &'static [&'static str] {
        self.reference
    }
}

/// One value of a [`Table`].
///
/// `Display` writes it as a CSV cell holds it, unquoted: a number in decimal,
/// text as it is, nothing for an empty cell.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Cell {
    /// A whole number.
    Integer(u64),
    /// Text (also dates and JSON arrays, as written).
    Text(String),
    /// No value.
    Empty,
}

/// ```
/// use asem_seoul_declaration::tables::Cell;
/// assert_eq!(Cell::Integer(16).to_string(), "16");
/// assert_eq!(Cell::Empty.to_string(), "");
/// ```
impl fmt::Display for Cell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Integer(n) => write!(f, "{n}"),
            Cell::Text(text) => f.write_str(text),
            Cell::Empty => Ok(()),
        }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_owned())
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(value: Option<T>) -> Cell {
        value.map_or(Cell::Empty, Into::into)
    }
}

impl From<u8> for Cell {
    fn from(n: u8) -> Cell {
        Cell::Integer(n.into())
    }
}

impl From<u16> for Cell {
    fn from(n: u16) -> Cell {
        Cell::Integer(n.into())
    }
}

impl From<usize> for Cell {
    fn from(n: usize) -> Cell {
        // An offset or a count in the declaration, far below u64::MAX.
        Cell::Integer(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

use FieldKind::{Array, Date, Integer, String as Str};

const PARAGRAPH: Field = Field::new(
    "paragraph",
    Integer,
    "The number of the paragraph, 1 to 16.",
);

/// The six span columns, after a `text` column: where `text` stands in the
/// paragraph's text.
const SPAN: [Field; 6] = [
    Field::new(
        "start",
        Integer,
        "Where `text` starts in its paragraph's text, in Unicode code points from 0 (Python, R).",
    ),
    Field::new(
        "end",
        Integer,
        "Where `text` ends in its paragraph's text, in Unicode code points, exclusive.",
    ),
    Field::new(
        "utf16_start",
        Integer,
        "Where `text` starts, in UTF-16 code units (JavaScript, Java, .NET).",
    ),
    Field::new(
        "utf16_end",
        Integer,
        "Where `text` ends, in UTF-16 code units, exclusive.",
    ),
    Field::new(
        "utf8_start",
        Integer,
        "Where `text` starts, in bytes of UTF-8 (Rust).",
    ),
    Field::new(
        "utf8_end",
        Integer,
        "Where `text` ends, in bytes of UTF-8, exclusive.",
    ),
];

const TO_PARAGRAPHS: ForeignKey = ForeignKey::new(&["paragraph"], "paragraphs", &["number"]);

/// Concatenates field lists at compile time.
const fn fields<const N: usize>(parts: &[&[Field]]) -> [Field; N] {
    let mut out = [PARAGRAPH; N];
    let (mut at, mut part) = (0, 0);
    while part < parts.len() {
        let mut i = 0;
        while i < parts[part].len() {
            out[at] = parts[part][i];
            at += 1;
            i += 1;
        }
        part += 1;
    }
    assert!(at == N, "the field count is the sum of the parts");
    out
}

const PARAGRAPHS: [Field; 3] = [
    Field::new("number", Integer, "The paragraph's number, 1 to 16."),
    Field::new(
        "section",
        Str,
        "The id of the innermost heading the paragraph stands under.",
    ),
    Field::new("text", Str, "The paragraph's text, verbatim."),
];

const SECTIONS: [Field; 6] = [
    Field::new("id", Str, "The heading's id, `section:SLUG`."),
    Field::new("title", Str, "The heading as the document prints it."),
    Field::new(
        "parent",
        Str,
        "The id of the heading it stands under; empty for a top-level heading.",
    )
    .optional(),
    Field::new(
        "depth",
        Integer,
        "0 for a top-level heading, 1 below it, 2 below that.",
    ),
    Field::new(
        "first_paragraph",
        Integer,
        "The first paragraph under the heading, its sub-headings included.",
    ),
    Field::new(
        "last_paragraph",
        Integer,
        "The last paragraph under the heading, its sub-headings included.",
    ),
];

const THEMES: [Field; 9] = fields(&[
    &[PARAGRAPH],
    &[
        Field::new("theme", Str, "The theme's id, `theme:SLUG`."),
        Field::new(
            "text",
            Str,
            "The words of the paragraph that justify the tag.",
        ),
    ],
    &SPAN,
]);

const INSTRUMENTS: [Field; 9] = fields(&[
    &[PARAGRAPH],
    &[
        Field::new("instrument", Str, "The instrument's id, `instrument:SLUG`."),
        Field::new(
            "text",
            Str,
            "The words of the paragraph that justify the tag.",
        ),
    ],
    &SPAN,
]);

const MENTIONS: [Field; 10] = fields(&[
    &[PARAGRAPH],
    &[
        Field::new(
            "mention",
            Integer,
            "The mention's place among the paragraph's mentions, from 1.",
        ),
        Field::new(
            "referent",
            Str,
            "The id of what the name refers to, `KIND:SLUG`.",
        ),
        Field::new("text", Str, "The name as written."),
    ],
    &SPAN,
]);

const CLAUSES: [Field; 12] = fields(&[
    &[PARAGRAPH],
    &[
        Field::new("clause", Integer, "The clause's place among the paragraph's clauses, from 1."),
        Field::new("verb", Str, "The verb's id, `verb:SLUG`."),
        Field::new("form", Str, "`form:main` for a main verb, `form:participial` for a participial opening."),
        Field::new("stance", Str, "How strongly the clause commits the ministers: `stance:pledge`, `stance:call` or `stance:acknowledgement`."),
        Field::new("text", Str, "The verb phrase that leads the clause, as written."),
    ],
    &SPAN,
]);

const ADDRESSEES: [Field; 3] = [
    PARAGRAPH,
    Field::new(
        "clause",
        Integer,
        "The clause's place among the paragraph's clauses, from 1.",
    ),
    Field::new(
        "entity",
        Str,
        "The id of a body the clause is addressed to, `entity:SLUG`.",
    ),
];

const FOOTNOTES: [Field; 10] = fields(&[
    &[
        Field::new("number", Integer, "The footnote's number."),
        PARAGRAPH,
        Field::new(
            "text",
            Str,
            "The words of the paragraph the marker follows.",
        ),
    ],
    &SPAN,
    &[Field::new(
        "note",
        Str,
        "The footnote's own text, verbatim.",
    )],
]);

const ACRONYMS: [Field; 5] = [
    Field::new("id", Str, "The acronym's id, `acronym:SLUG`."),
    Field::new("acronym", Str, "The acronym as the text writes it."),
    Field::new(
        "forms",
        Array,
        "Every form the text writes, as a JSON array of strings.",
    ),
    Field::new("expansion", Str, "What the acronym stands for."),
    Field::new(
        "expanded_in",
        Integer,
        "The paragraph that spells the acronym out; empty if none does.",
    )
    .optional(),
];

const MEETINGS: [Field; 12] = [
    Field::new("id", Str, "The meeting's id, `meeting:asemmeN`."),
    Field::new(
        "ordinal",
        Integer,
        "Which meeting of the series it is, from 1.",
    ),
    Field::new("acronym", Str, "`ASEMME1` to `ASEMME6`."),
    Field::new("name", Str, "The meeting's full name."),
    Field::new("city", Str, "The host city."),
    Field::new("year", Integer, "The year of the meeting."),
    Field::new("theme", Str, "The meeting's theme, as footnote 1 gives it."),
    Field::new(
        "first_day",
        Date,
        "The opening day, where the declaration gives it (ASEMME6 only).",
    )
    .optional(),
    Field::new(
        "last_day",
        Date,
        "The closing day, where the declaration gives it (ASEMME6 only).",
    )
    .optional(),
    Field::new(
        "country",
        Str,
        "The host country, where the declaration gives it (ASEMME6 only).",
    )
    .optional(),
    Field::new(
        "venue",
        Str,
        "The venue as the cover gives it (ASEMME6 only).",
    )
    .optional(),
    Field::new(
        "host",
        Str,
        "The host institution, where the declaration names it (ASEMME6 only).",
    )
    .optional(),
];

const VOCABULARY: [Field; 4] = [
    Field::new("id", Str, "The id, `KIND:SLUG`, as every other table writes it."),
    Field::new("kind", Str, "The vocabulary: section, theme, instrument, entity, place, concept, meeting, summit, declaration, stance, verb or form."),
    Field::new("name", Str, "The name for people."),
    Field::new("description", Str, "What it stands for."),
];

impl Declaration {
    /// The declaration as the tables of the CSV data package, in order:
    /// `paragraphs`, `sections`, `themes`, `instruments`, `mentions`, `clauses`,
    /// `addressees`, `footnotes`, `acronyms`, `meetings` and `vocabulary`.
    ///
    /// Spans are six columns next to the `text` they cover: `start` and `end` in
    /// Unicode code points, `utf16_start` and `utf16_end` in UTF-16 code units,
    /// `utf8_start` and `utf8_end` in bytes, all within the paragraph's text.
    /// Every id is a `KIND:SLUG` string listed in `vocabulary`.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let tables = declaration().tables();
    /// assert_eq!(tables.len(), 11);
    /// let clauses = tables.iter().find(|t| t.name() == "clauses").unwrap();
    /// assert_eq!(clauses.rows().len(), declaration().clauses().count());
    /// ```
    #[must_use]
    pub fn tables(&self) -> Vec<Table> {
        vec![
            table("paragraphs", "One of the 16 numbered paragraphs.", &PARAGRAPHS, &["number"], &PARAGRAPH_KEYS, paragraphs(self)),
            table("sections", "A heading of the declaration.", &SECTIONS, &["id"], &SECTION_KEYS, sections(self)),
            table("themes", "A theme tag on a paragraph, with the words that justify it.", &THEMES, &["paragraph", "theme"], &THEME_KEYS, tags(self, |p| p.theme_evidence().map(|(t, e)| (t.id(), e)).collect())),
            table("instruments", "An instrument tag on a paragraph, with the words that justify it.", &INSTRUMENTS, &["paragraph", "instrument"], &INSTRUMENT_KEYS, tags(self, |p| p.instrument_evidence().map(|(i, e)| (i.id(), e)).collect())),
            table("mentions", "A name in a paragraph and what it refers to.", &MENTIONS, &["paragraph", "mention"], &MENTION_KEYS, mentions(self)),
            table("clauses", "A clause led by the ministers' own verb, graded by stance.", &CLAUSES, &["paragraph", "clause"], &CLAUSE_KEYS, clauses(self)),
            table("addressees", "A body a clause is addressed to.", &ADDRESSEES, &["paragraph", "clause", "entity"], &ADDRESSEE_KEYS, addressees(self)),
            table("footnotes", "A footnote, with the words its marker follows.", &FOOTNOTES, &["number"], &[TO_PARAGRAPHS], footnotes(self)),
            table("acronyms", "An acronym the declaration uses.", &ACRONYMS, &["id"], &ACRONYM_KEYS, acronyms()),
            table("meetings", "An ASEM Education Ministers' Meeting, as footnote 1 lists them.", &MEETINGS, &["id"], &[], meetings(self)),
            table("vocabulary", "Every named thing an id names: sections, themes, instruments, entities, places, concepts, meetings, the summit, the declaration, stances, verbs and clause forms.", &VOCABULARY, &["id"], &[], vocabulary(self)),
        ]
    }
}

const PARAGRAPH_KEYS: [ForeignKey; 1] = [ForeignKey::new(&["section"], "sections", &["id"])];
const ACRONYM_KEYS: [ForeignKey; 1] =
    [ForeignKey::new(&["expanded_in"], "paragraphs", &["number"])];
const SECTION_KEYS: [ForeignKey; 3] = [
    ForeignKey::new(&["parent"], "sections", &["id"]),
    ForeignKey::new(&["first_paragraph"], "paragraphs", &["number"]),
    ForeignKey::new(&["last_paragraph"], "paragraphs", &["number"]),
];
const THEME_KEYS: [ForeignKey; 2] = [
    TO_PARAGRAPHS,
    ForeignKey::new(&["theme"], "vocabulary", &["id"]),
];
const INSTRUMENT_KEYS: [ForeignKey; 2] = [
    TO_PARAGRAPHS,
    ForeignKey::new(&["instrument"], "vocabulary", &["id"]),
];
const MENTION_KEYS: [ForeignKey; 2] = [
    TO_PARAGRAPHS,
    ForeignKey::new(&["referent"], "vocabulary", &["id"]),
];
const CLAUSE_KEYS: [ForeignKey; 4] = [
    TO_PARAGRAPHS,
    ForeignKey::new(&["verb"], "vocabulary", &["id"]),
    ForeignKey::new(&["form"], "vocabulary", &["id"]),
    ForeignKey::new(&["stance"], "vocabulary", &["id"]),
];
const ADDRESSEE_KEYS: [ForeignKey; 2] = [
    ForeignKey::new(
        &["paragraph", "clause"],
        "clauses",
        &["paragraph", "clause"],
    ),
    ForeignKey::new(&["entity"], "vocabulary", &["id"]),
];

fn table(
    name: &'static str,
    description: &'static str,
    fields: &'static [Field],
    primary_key: &'static [&'static str],
    foreign_keys: &'static [ForeignKey],
    rows: Vec<Vec<Cell>>,
) -> Table {
    Table {
        name,
        description,
        fields,
        primary_key,
        foreign_keys,
        rows,
    }
}

/// The six span cells of the run `bytes` of `host`.
fn span_cells(host: &str, bytes: Range<usize>) -> [Cell; 6] {
    let chars = span::char_range(host, bytes.clone());
    let utf16 = span::utf16_range(host, bytes.clone());
    [
        chars.start.into(),
        chars.end.into(),
        utf16.start.into(),
        utf16.end.into(),
        bytes.start.into(),
        bytes.end.into(),
    ]
}

/// `head`, then `text` and its span in `p`, then `tail`.
fn spanned(head: Vec<Cell>, p: &Paragraph, text: &str, bytes: Range<usize>) -> Vec<Cell> {
    let mut row = head;
    row.push(text.into());
    row.extend(span_cells(p.text(), bytes));
    row
}

fn paragraphs(d: &Declaration) -> Vec<Vec<Cell>> {
    d.paragraphs()
        .iter()
        .map(|p| vec![p.number().into(), p.section().id().into(), p.text().into()])
        .collect()
}

fn sections(d: &Declaration) -> Vec<Vec<Cell>> {
    Section::iter()
        .map(|s| {
            let within = d.paragraphs_in(s);
            vec![
                s.id().into(),
                s.title().into(),
                s.parent().map(Section::id).into(),
                s.depth().into(),
                within.first().map(Paragraph::number).into(),
                within.last().map(Paragraph::number).into(),
            ]
        })
        .collect()
}

fn tags(
    d: &Declaration,
    tagged: impl Fn(&Paragraph) -> Vec<(&'static str, crate::Evidence)>,
) -> Vec<Vec<Cell>> {
    d.paragraphs()
        .iter()
        .flat_map(|p| {
            tagged(p).into_iter().map(move |(id, evidence)| {
                spanned(
                    vec![p.number().into(), id.into()],
                    p,
                    evidence.text(),
                    evidence.range(),
                )
            })
        })
        .collect()
}

/// A row for each annotation of each paragraph: the paragraph, the
/// annotation's place in it from 1, its `keys`, then its words and their span.
fn per_annotation<T: 'static>(
    d: &Declaration,
    annotations: fn(&Paragraph) -> &'static [T],
    keys: impl Fn(&T) -> Vec<Cell>,
    words: impl Fn(&T) -> (&'static str, Range<usize>),
) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    for p in d.paragraphs() {
        for (i, annotation) in annotations(p).iter().enumerate() {
            let mut head = vec![p.number().into(), (i + 1).into()];
            head.extend(keys(annotation));
            let (text, range) = words(annotation);
            rows.push(spanned(head, p, text, range));
        }
    }
    rows
}

fn mentions(d: &Declaration) -> Vec<Vec<Cell>> {
    per_annotation(
        d,
        Paragraph::mentions,
        |m| vec![m.referent().to_string().into()],
        |m| (m.text(), m.range()),
    )
}

fn clauses(d: &Declaration) -> Vec<Vec<Cell>> {
    per_annotation(
        d,
        Paragraph::clauses,
        |c| {
            [c.verb().id(), c.form().id(), c.stance().id()]
                .map(Cell::from)
                .to_vec()
        },
        |c| (c.text(), c.range()),
    )
}

fn addressees(d: &Declaration) -> Vec<Vec<Cell>> {
    d.paragraphs()
        .iter()
        .flat_map(|p| {
            p.clauses().iter().enumerate().flat_map(move |(i, c)| {
                c.addressees()
                    .iter()
                    .map(move |e| vec![p.number().into(), (i + 1).into(), e.id().into()])
            })
        })
        .collect()
}

fn footnotes(d: &Declaration) -> Vec<Vec<Cell>> {
    d.paragraphs()
        .iter()
        .flat_map(|p| {
            p.footnotes().iter().map(move |marker| {
                let head = vec![marker.number().into(), p.number().into()];
                let mut row = spanned(head, p, marker.text(), marker.range());
                row.push(marker.footnote().text().into());
                row
            })
        })
        .collect()
}

fn acronyms() -> Vec<Vec<Cell>> {
    Acronym::iter()
        .map(|a| {
            vec![
                a.id().into(),
                a.name().into(),
                json_array(a.forms()).into(),
                a.expansion().into(),
                a.expanded_in().map(Paragraph::number).into(),
            ]
        })
        .collect()
}

fn meetings(d: &Declaration) -> Vec<Vec<Cell>> {
    d.series()
        .meetings()
        .iter()
        .map(|m| {
            let dates = m.dates();
            vec![
                crate::Referent::from(m).to_string().into(),
                m.ordinal().into(),
                m.acronym().into(),
                m.name().into(),
                m.city().into(),
                m.year().into(),
                m.theme().into(),
                dates.map(|d| d.first().to_string()).into(),
                dates.map(|d| d.last().to_string()).into(),
                m.country().into(),
                m.venue().into(),
                m.host().into(),
            ]
        })
        .collect()
}

fn vocabulary(d: &Declaration) -> Vec<Vec<Cell>> {
    terms(d)
        .into_iter()
        .map(
            |Term {
                 id,
                 kind,
                 name,
                 description,
             }| { vec![id.into(), kind.into(), name.into(), description.into()] },
        )
        .collect()
}

/// Strings as a JSON array, as Table Schema's `array` type reads a cell.
fn json_array(items: &[&str]) -> String {
    let mut out = String::from("[");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        for c in item.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if c.is_control() => {
                    let _ = write!(out, "\\u{:04x}", u32::from(c));
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
    out.push(']');
    out
}

#[cfg(feature = "serde")]
mod descriptor {
    use serde::ser::{SerializeMap, Serializer};
    use serde::Serialize;

    use super::{Field, ForeignKey, Table};

    /// Serializes as the table's Frictionless Data Resource descriptor: its
    /// name, its path (`NAME.csv`), and its Table Schema (fields with types,
    /// descriptions and constraints, the primary key, the foreign keys).
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for Table {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            #[derive(Serialize)]
            #[serde(rename_all = "camelCase")]
            struct Schema {
                fields: &'static [Field],
                primary_key: &'static [&'static str],
                foreign_keys: &'static [ForeignKey],
            }
            let mut map = serializer.serialize_map(None)?;
            map.serialize_entry("name", self.name)?;
            map.serialize_entry("path", &format!("{}.csv", self.name))?;
            map.serialize_entry("profile", "tabular-data-resource")?;
            map.serialize_entry("description", self.description)?;
            map.serialize_entry("format", "csv")?;
            map.serialize_entry("mediatype", "text/csv")?;
            map.serialize_entry("encoding", "utf-8")?;
            map.serialize_entry(
                "schema",
                &Schema {
                    fields: self.fields,
                    primary_key: self.primary_key,
                    foreign_keys: self.foreign_keys,
                },
            )?;
            map.end()
        }
    }

    /// `{"name", "type", "description", "constraints": {"required": ...}}`.
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for Field {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            #[derive(Serialize)]
            struct Constraints {
                required: bool,
            }
            let mut map = serializer.serialize_map(Some(4))?;
            map.serialize_entry("name", self.name)?;
            map.serialize_entry("type", self.kind.name())?;
            map.serialize_entry("description", self.description)?;
            map.serialize_entry(
                "constraints",
                &Constraints {
                    required: self.required,
                },
            )?;
            map.end()
        }
    }

    /// `{"fields": [...], "reference": {"resource": ..., "fields": [...]}}`, a
    /// reference within the same table names that table.
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for ForeignKey {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            #[derive(Serialize)]
            struct Reference {
                resource: &'static str,
                fields: &'static [&'static str],
            }
            let mut map = serializer.serialize_map(Some(2))?;
            map.serialize_entry("fields", self.fields)?;
            map.serialize_entry(
                "reference",
                &Reference {
                    resource: self.table,
                    fields: self.reference,
                },
            )?;
            map.end()
        }
    }
}
