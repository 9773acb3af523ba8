//! What each table is: its name, what a row is, its fields with their types
//! and descriptions, its primary key and its foreign keys, as the data
//! package's Table Schemas give them.

use super::FieldKind::{Array, Boolean, Date, Integer, String as Str};
use super::{Field, ForeignKey, Schema};
use crate::model::tag::{Priority, Theme};
use crate::model::vocabulary::Vocabulary;

const PARAGRAPH: Field = Field::new(
    "paragraph",
    Integer,
    "The number of the paragraph, 1 to 16.",
);

/// The six span columns of the column `$column`, named with `$prefix`: where
/// its words stand in the paragraph's text, in every unit.
macro_rules! span {
    ($prefix:literal, $column:literal) => {
        [
            Field::new(
                concat!($prefix, "start"),
                Integer,
                concat!(
                    "Where `",
                    $column,
                    "` starts in its paragraph's text, in Unicode code points from 0 (Python, R)."
                ),
            ),
            Field::new(
                concat!($prefix, "end"),
                Integer,
                concat!(
                    "Where `",
                    $column,
                    "` ends in its paragraph's text, in Unicode code points, exclusive."
                ),
            ),
            Field::new(
                concat!($prefix, "utf16_start"),
                Integer,
                concat!(
                    "Where `",
                    $column,
                    "` starts, in UTF-16 code units (JavaScript, Java, .NET)."
                ),
            ),
            Field::new(
                concat!($prefix, "utf16_end"),
                Integer,
                concat!(
                    "Where `",
                    $column,
                    "` ends, in UTF-16 code units, exclusive."
                ),
            ),
            Field::new(
                concat!($prefix, "utf8_start"),
                Integer,
                concat!("Where `", $column, "` starts, in bytes of UTF-8 (Rust)."),
            ),
            Field::new(
                concat!($prefix, "utf8_end"),
                Integer,
                concat!("Where `", $column, "` ends, in bytes of UTF-8, exclusive."),
            ),
        ]
    };
}

/// The same six columns, each empty where the words are absent.
const fn optional<const N: usize>(fields: [Field; N]) -> [Field; N] {
    let mut out = fields;
    let mut i = 0;
    while i < N {
        out[i] = out[i].optional();
        i += 1;
    }
    out
}

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

const SPAN: [Field; 6] = span!("", "text");

const TO_PARAGRAPHS: ForeignKey = ForeignKey::new(&["paragraph"], "paragraphs", &["number"]);
const TO_SENTENCES: ForeignKey = ForeignKey::new(
    &["paragraph", "sentence"],
    "sentences",
    &["paragraph", "sentence"],
);

/// A foreign key from `column` to the vocabulary.
const fn to_vocabulary(column: &'static [&'static str]) -> ForeignKey {
    ForeignKey::new(column, "vocabulary", &["id"])
}

pub(crate) static PARAGRAPHS: Schema = Schema {
    name: "paragraphs",
    description: "One of the 16 numbered paragraphs.",
    fields: &[
        Field::new("number", Integer, "The paragraph's number, 1 to 16."),
        Field::new(
            "section",
            Str,
            "The id of the innermost heading the paragraph stands under.",
        ),
        Field::new("text", Str, "The paragraph's text, verbatim."),
    ],
    primary_key: &["number"],
    foreign_keys: &[ForeignKey::new(&["section"], "sections", &["id"])],
};

pub(crate) static SECTIONS: Schema = Schema {
    name: "sections",
    description: "A heading of the declaration.",
    fields: &[
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
    ],
    primary_key: &["id"],
    foreign_keys: &[
        ForeignKey::new(&["parent"], "sections", &["id"]),
        ForeignKey::new(&["first_paragraph"], "paragraphs", &["number"]),
        ForeignKey::new(&["last_paragraph"], "paragraphs", &["number"]),
    ],
};

const SENTENCE_FIELDS: [Field; 9] = fields(&[
    &[
        PARAGRAPH,
        Field::new(
            "sentence",
            Integer,
            "The sentence's place in its paragraph, from 1.",
        ),
        Field::new("text", Str, "The sentence, its closing mark included."),
    ],
    &SPAN,
]);

pub(crate) static SENTENCES: Schema = Schema {
    name: "sentences",
    description: "A sentence of a paragraph: it ends at a full stop, question mark or exclamation mark before a space or the paragraph's end (\"e.g.\" ends none).",
    fields: &SENTENCE_FIELDS,
    primary_key: &["paragraph", "sentence"],
    foreign_keys: &[TO_PARAGRAPHS],
};

const THEME_FIELDS: [Field; 9] = fields(&[
    &[
        PARAGRAPH,
        Field::new("theme", Str, "The theme's id, `theme:SLUG`."),
        Field::new(
            "text",
            Str,
            "The words of the paragraph that justify the tag.",
        ),
    ],
    &SPAN,
]);

pub(crate) static THEMES: Schema = Schema {
    name: "themes",
    description: "A theme tag on a paragraph, with the words that justify it.",
    fields: &THEME_FIELDS,
    primary_key: &["paragraph", "theme"],
    foreign_keys: &[TO_PARAGRAPHS, to_vocabulary(&["theme"])],
};

const INSTRUMENT_FIELDS: [Field; 9] = fields(&[
    &[
        PARAGRAPH,
        Field::new("instrument", Str, "The instrument's id, `instrument:SLUG`."),
        Field::new(
            "text",
            Str,
            "The words of the paragraph that justify the tag.",
        ),
    ],
    &SPAN,
]);

pub(crate) static INSTRUMENTS: Schema = Schema {
    name: "instruments",
    description: "An instrument tag on a paragraph, with the words that justify it.",
    fields: &INSTRUMENT_FIELDS,
    primary_key: &["paragraph", "instrument"],
    foreign_keys: &[TO_PARAGRAPHS, to_vocabulary(&["instrument"])],
};

const PRIORITY_FIELDS: [Field; 9] = fields(&[
    &[
        PARAGRAPH,
        Field::new(
            "priority",
            Str,
            "The id of the priority area of the ASEM Education Process, `priority:SLUG`.",
        ),
        Field::new(
            "text",
            Str,
            "The words of the paragraph that show the priority area.",
        ),
    ],
    &SPAN,
]);

pub(crate) static PRIORITIES: Schema = Schema {
    name: "priorities",
    description: "A priority area of the ASEM Education Process (agreed at ASEMME3, Copenhagen, 2011) that a paragraph concerns, with the words that show it.",
    fields: &PRIORITY_FIELDS,
    primary_key: &["paragraph", "priority"],
    foreign_keys: &[TO_PARAGRAPHS, to_vocabulary(&["priority"])],
};

const MENTION_FIELDS: [Field; 10] = fields(&[
    &[
        PARAGRAPH,
        Field::new(
            "mention",
            Integer,
            "The mention's place among the paragraph's mentions, from 1.",
        ),
        Field::new(
            "referent",
            Str,
            "The id of what the name refers to, `KIND:SLUG`; the `same_as` table links the ids that name one thing.",
        ),
        Field::new("text", Str, "The name as written."),
    ],
    &SPAN,
]);

pub(crate) static MENTIONS: Schema = Schema {
    name: "mentions",
    description: "A name in a paragraph and what it refers to.",
    fields: &MENTION_FIELDS,
    primary_key: &["paragraph", "mention"],
    foreign_keys: &[TO_PARAGRAPHS, to_vocabulary(&["referent"])],
};

const CLAUSE_FIELDS: [Field; 21] = fields(&[
    &[
        PARAGRAPH,
        Field::new(
            "clause",
            Integer,
            "The clause's place among the paragraph's clauses, from 1.",
        ),
        Field::new("verb", Str, "The verb's id, `verb:SLUG`."),
        Field::new(
            "form",
            Str,
            "`form:main` for a main verb, `form:participial` for a participial opening.",
        ),
        Field::new(
            "stance",
            Str,
            "How strongly the clause commits the ministers: `stance:pledge`, `stance:call` or `stance:acknowledgement`.",
        ),
        Field::new(
            "sentence",
            Integer,
            "The sentence the clause stands in, from 1.",
        ),
        Field::new(
            "text",
            Str,
            "The verb phrase that leads the clause, as written.",
        ),
    ],
    &SPAN,
    &[Field::new(
        "scope",
        Str,
        "The words the verb governs: to the end of the sentence or to the ministers' next clause in it, without the words that join the two.",
    )],
    &span!("scope_", "scope"),
    &[Field::new(
        "exclusion",
        Str,
        "Why the clause gives no commitment, by the codebook's exclusion rules (`exclusion:SLUG`); empty for a clause that gives one or more.",
    )
    .optional()],
]);

pub(crate) static CLAUSES: Schema = Schema {
    name: "clauses",
    description: "A clause led by the ministers' own verb, graded by stance, with the words it governs.",
    fields: &CLAUSE_FIELDS,
    primary_key: &["paragraph", "clause"],
    foreign_keys: &[
        TO_PARAGRAPHS,
        TO_SENTENCES,
        to_vocabulary(&["verb"]),
        to_vocabulary(&["form"]),
        to_vocabulary(&["stance"]),
        to_vocabulary(&["exclusion"]),
    ],
};

pub(crate) static ADDRESSEES: Schema = Schema {
    name: "addressees",
    description: "A body a clause is addressed to.",
    fields: &[
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
    ],
    primary_key: &["paragraph", "clause", "entity"],
    foreign_keys: &[
        ForeignKey::new(
            &["paragraph", "clause"],
            "clauses",
            &["paragraph", "clause"],
        ),
        to_vocabulary(&["entity"]),
    ],
};

const COMMITMENT_FIELDS: [Field; 70] = fields(&[
    &[
        Field::new("id", Str, "The commitment's stable id, `commitment:PARAGRAPH-ORDER`."),
        PARAGRAPH,
        Field::new("order", Integer, "The commitment's place among the paragraph's, from 1."),
        Field::new("kind", Str, "`commitment-kind:pledge` (the ministers commit themselves) or `commitment-kind:request` (they ask a named party to act)."),
        Field::new("actor", Str, "Who is to act: `ministers:asemme6` for a pledge, the party asked for a request."),
        Field::new("stated_obligation", Str, "How firmly a pledge's governing words bind, before hedges: `obligation:firm`, `obligation:willing` or `obligation:exploratory`; empty for a request.").optional(),
        Field::new("stated_force", Str, "How strongly a request's governing words ask, before hedges and intensifiers: `force:urge`, `force:encourage` or `force:invite`; empty for a pledge.").optional(),
        Field::new("hedges", Str, "The words that soften it (\"strive to\"), separated by `; `; empty if none. Each lowers the grade one step.").optional(),
        Field::new("intensifiers", Str, "The words that strengthen it (\"strongly\"), separated by `; `; empty if none. They raise a request's grade one step.").optional(),
        Field::new("obligation", Str, "How firmly a pledge binds, by rule from its stated obligation and hedges: `obligation:firm`, `obligation:willing` or `obligation:exploratory`; empty for a request.").optional(),
        Field::new("force", Str, "How strongly a request asks, by rule from its stated force, hedges and intensifiers: `force:urge`, `force:encourage` or `force:invite`; empty for a pledge.").optional(),
        Field::new("action_specific", Boolean, "Whether the action names a particular activity whose doing an observer could confirm."),
        Field::new("object_specific", Boolean, "Whether its object or target names something particular (a named programme, body, event, group or issue, or a quantity)."),
        Field::new("measurable", Boolean, "Whether a timeframe dates it or the text gives a quantity, threshold or deliverable whose meeting could be counted."),
        Field::new("precision", Str, "How precisely it says what is to be done, by formula from the three components: `precision:high` (all three), `precision:medium` (two) or `precision:low`."),
        Field::new("delegation", Str, "Who, other than the ministers, is charged with carrying it out: `delegation:body` (a named body) or `delegation:class` (a class of parties); empty when the ministers alone carry it out.").optional(),
        Field::new("g7_commitment", Integer, "The commitment it makes under the G7 Research Group's rule (the members' own pledges, one per target specific enough to be measured), numbered from 1 in the order of the text and shared by units the Group counts as one; empty where the Group would not count it.").optional(),
        Field::new("clause", Integer, "The clause that expresses it, by its place among the paragraph's clauses: the verb phrase it shares with its siblings."),
        Field::new("sentence", Integer, "The sentence it stands in, from 1."),
        Field::new("text", Str, "Its action: the words saying what is to be done."),
    ],
    &SPAN,
    &[Field::new("actor_words", Str, "For a request, the words naming the party asked; empty for a pledge.").optional()],
    &optional(span!("actor_words_", "actor_words")),
    &[Field::new("object", Str, "The words naming what the action works on, where its words name it apart from the verb; empty otherwise.").optional()],
    &optional(span!("object_", "object")),
    &[Field::new("target", Str, "The words naming the outcome aimed at, where the sentence states one apart from the action; empty otherwise.").optional()],
    &optional(span!("target_", "target")),
    &[Field::new("timeframe", Str, "The words saying when, where they date this commitment; empty otherwise.").optional()],
    &optional(span!("timeframe_", "timeframe")),
    &[Field::new("delegated_to", Str, "The words naming the party it is delegated to; empty when it is not delegated.").optional()],
    &optional(span!("delegated_to_", "delegated_to")),
    &ANTECEDENT_FIELDS,
]);

pub(crate) static COMMITMENTS: Schema = Schema {
    name: "commitments",
    description: "A commitment of the ministers, or a request they make of a named party, identified under the G7 Research Group's definition and the codebook's unit rule (one per actor, action and outcome), with its grade (stated, hedged and intensified), the components of its precision, its delegation and its G7 count (see codebook.md).",
    fields: &COMMITMENT_FIELDS,
    primary_key: &["id"],
    foreign_keys: &[
        TO_PARAGRAPHS,
        TO_SENTENCES,
        ForeignKey::new(
            &["paragraph", "clause"],
            "clauses",
            &["paragraph", "clause"],
        ),
        to_vocabulary(&["kind"]),
        to_vocabulary(&["actor"]),
        to_vocabulary(&["stated_obligation"]),
        to_vocabulary(&["stated_force"]),
        to_vocabulary(&["obligation"]),
        to_vocabulary(&["force"]),
        to_vocabulary(&["precision"]),
        to_vocabulary(&["delegation"]),
    ],
};

/// How many themes and priority areas there are: a column each in the wide
/// table.
const TAG_COLUMNS: usize = <Theme as Vocabulary>::ALL.len() + <Priority as Vocabulary>::ALL.len();

/// A column per theme and per priority area, named by its id, `true` where
/// the commitment addresses it.
const fn tag_fields() -> [Field; TAG_COLUMNS] {
    let mut out = [PARAGRAPH; TAG_COLUMNS];
    let themes = <Theme as Vocabulary>::ALL;
    let priorities = <Priority as Vocabulary>::ALL;
    let mut i = 0;
    while i < themes.len() {
        out[i] = Field::new(themes[i].const_id(), Boolean, themes[i].const_description());
        i += 1;
    }
    let mut j = 0;
    while j < priorities.len() {
        out[i + j] = Field::new(
            priorities[j].const_id(),
            Boolean,
            priorities[j].const_description(),
        );
        j += 1;
    }
    out
}

const WIDE_FIELDS: [Field; COMMITMENT_FIELDS.len() + TAG_COLUMNS] =
    fields(&[&COMMITMENT_FIELDS, &tag_fields()]);

pub(crate) static COMMITMENTS_WIDE: Schema = Schema {
    name: "commitments_wide",
    description: "The commitments again, one row each with every field: the columns of `commitments`, then a column per theme (`theme:SLUG`) and per priority area (`priority:SLUG`), `true` where the commitment addresses it, for a spreadsheet or a model that wants one table.",
    fields: &WIDE_FIELDS,
    primary_key: &["id"],
    foreign_keys: &[
        ForeignKey::new(&["id"], "commitments", &["id"]),
        TO_PARAGRAPHS,
    ],
};

pub(crate) static COMMITMENT_THEMES: Schema = Schema {
    name: "commitment_themes",
    description: "A theme a commitment addresses: its action, object, target and timeframe, and the antecedent of any anaphor among them, address it.",
    fields: &[
        Field::new("commitment", Str, "The commitment's id."),
        PARAGRAPH,
        Field::new("theme", Str, "The theme's id, `theme:SLUG`."),
    ],
    primary_key: &["commitment", "theme"],
    foreign_keys: &[
        ForeignKey::new(&["commitment"], "commitments", &["id"]),
        TO_PARAGRAPHS,
        to_vocabulary(&["theme"]),
    ],
};

pub(crate) static COMMITMENT_PRIORITIES: Schema = Schema {
    name: "commitment_priorities",
    description: "A priority area of the ASEM Education Process that a commitment concerns, read as for its themes.",
    fields: &[
        Field::new("commitment", Str, "The commitment's id."),
        PARAGRAPH,
        Field::new("priority", Str, "The priority area's id, `priority:SLUG`."),
    ],
    primary_key: &["commitment", "priority"],
    foreign_keys: &[
        ForeignKey::new(&["commitment"], "commitments", &["id"]),
        TO_PARAGRAPHS,
        to_vocabulary(&["priority"]),
    ],
};

/// An antecedent's columns: its paragraph or heading, its words, their span.
const ANTECEDENT_FIELDS: [Field; 9] = fields(&[
    &[
        Field::new("antecedent_paragraph", Integer, "The paragraph of the words referred to; empty where they are a heading's, or there are none.").optional(),
        Field::new("antecedent_section", Str, "Where the words referred to are a heading's, its section (`section:SLUG`); empty otherwise.").optional(),
        Field::new("antecedent", Str, "The words referred to. Their span counts in the paragraph `antecedent_paragraph`.").optional(),
    ],
    &optional(span!("antecedent_", "antecedent")),
]);

const ANAPHOR_FIELDS: [Field; 19] = fields(&[
    &[
        PARAGRAPH,
        Field::new(
            "anaphor",
            Integer,
            "The anaphor's place among the paragraph's, from 1.",
        ),
        Field::new(
            "text",
            Str,
            "The words that refer back (\"this issue\", \"they\").",
        ),
    ],
    &SPAN,
    &[Field::new(
        "kind",
        Str,
        "How it refers back: `anaphor-kind:pronoun`, `anaphor-kind:description`, `anaphor-kind:discourse` or `anaphor-kind:apposition`.",
    )],
    &ANTECEDENT_FIELDS,
]);

pub(crate) static ANAPHORS: Schema = Schema {
    name: "anaphors",
    description: "Words that refer back to others, with the words they refer to.",
    fields: &ANAPHOR_FIELDS,
    primary_key: &["paragraph", "anaphor"],
    foreign_keys: &[
        TO_PARAGRAPHS,
        ForeignKey::new(&["antecedent_paragraph"], "paragraphs", &["number"]),
        to_vocabulary(&["kind"]),
        to_vocabulary(&["antecedent_section"]),
    ],
};

pub(crate) static AGREEMENT: Schema = Schema {
    name: "agreement",
    description: "How far the two blind readings under `data/readings/` agree, field by field, as `scripts/agreement.py` computes it: Krippendorff's alpha with a bootstrap 95% interval, and the shares of units, boundaries and anaphors matched.",
    fields: &[
        Field::new(
            "field",
            Str,
            "The field or measure: `precision`, `theme: equity`, `unitizing`, `units matched`, ...",
        ),
        Field::new(
            "level",
            Str,
            "Alpha's level of measurement (`nominal`, `ordinal`), or `share` for a share of units matched.",
        ),
        Field::new(
            "units",
            Str,
            "The units it is measured on: a count, or each reading's count separated by `, `.",
        ),
        Field::new(
            "alpha",
            Str,
            "Krippendorff's alpha to three places, or the shares of each reading's units, separated by `, `; `n/a (one value)` where both readings give one value only.",
        ),
        Field::new(
            "interval",
            Str,
            "The bootstrap 95% interval of alpha, `[LOW, HIGH]`; empty for a share.",
        )
        .optional(),
    ],
    primary_key: &["field"],
    foreign_keys: &[],
};

pub(crate) static DISAGREEMENTS: Schema = Schema {
    name: "disagreements",
    description: "Every field on which the two blind readings differ, and every unit one has and the other has not, as `scripts/agreement.py` lists them for adjudication; row N is decided by row N of `decisions`.",
    fields: &[
        Field::new(
            "line",
            Integer,
            "The difference's place in the list, from 1.",
        ),
        Field::new(
            "reading",
            Str,
            "The reading whose value is `value`: `blind-1` or `blind-2`.",
        ),
        Field::new(
            "id",
            Str,
            "That reading's id of the unit, in its coder's words.",
        ),
        Field::new("other_reading", Str, "The other reading."),
        Field::new(
            "other_id",
            Str,
            "The other reading's id of the matched unit; `-` where it has none.",
        ),
        PARAGRAPH,
        Field::new(
            "field",
            Str,
            "The field: `precision`, `themes`, `clause decision`, `anaphor antecedent_words`, `unit`, `anaphor`, ...",
        ),
        Field::new("value", Str, "The value in `reading`."),
        Field::new("other_value", Str, "The value in `other_reading`."),
    ],
    primary_key: &["line"],
    foreign_keys: &[TO_PARAGRAPHS],
};

pub(crate) static DECISIONS: Schema = Schema {
    name: "decisions",
    description: "The adjudicator's decision on each difference between the blind readings, by an adjudicator who wrote neither reading, with the rule of the coders' brief that decides it.",
    fields: &[
        Field::new(
            "line",
            Integer,
            "The difference decided: its `line` in `disagreements`.",
        ),
        Field::new(
            "decision",
            Str,
            "`first` if `value` is right, `second` if `other_value` is; for a unit one reading lacks, `first` keeps it and `second` drops it.",
        ),
        Field::new(
            "rule",
            Str,
            "The section or rule of the brief that decides it.",
        ),
        Field::new("reason", Str, "Why, in the adjudicator's words."),
    ],
    primary_key: &["line"],
    foreign_keys: &[ForeignKey::new(&["line"], "disagreements", &["line"])],
};

const FOOTNOTE_FIELDS: [Field; 10] = fields(&[
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

pub(crate) static FOOTNOTES: Schema = Schema {
    name: "footnotes",
    description: "A footnote, with the words its marker follows.",
    fields: &FOOTNOTE_FIELDS,
    primary_key: &["number"],
    foreign_keys: &[TO_PARAGRAPHS],
};

pub(crate) static ACRONYMS: Schema = Schema {
    name: "acronyms",
    description: "An acronym the declaration uses.",
    fields: &[
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
    ],
    primary_key: &["id"],
    foreign_keys: &[
        ForeignKey::new(&["expanded_in"], "paragraphs", &["number"]),
        to_vocabulary(&["id"]),
    ],
};

pub(crate) static MEETINGS: Schema = Schema {
    name: "meetings",
    description: "An ASEM Education Ministers' Meeting, as footnote 1 lists them.",
    fields: &[
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
    ],
    primary_key: &["id"],
    foreign_keys: &[to_vocabulary(&["id"])],
};

pub(crate) static VOCABULARY: Schema = Schema {
    name: "vocabulary",
    description: "Every id any table or edition uses: sections, themes, instruments, entities, places, concepts, meetings, the summit, the ministers, the declaration, acronyms, stances, verbs, clause forms, commitment kinds, obligations, forces, precisions, delegations, anaphor kinds, priority areas and exclusion rules.",
    fields: &[
        Field::new(
            "id",
            Str,
            "The id, `KIND:SLUG`, as every other table writes it.",
        ),
        Field::new(
            "kind",
            Str,
            "The vocabulary: the part of the id before the colon.",
        ),
        Field::new("name", Str, "The name for people."),
        Field::new(
            "label",
            Str,
            "A short label, for a chart's axis or a table's column: the name where it is short already, a meeting's acronym.",
        ),
        Field::new("description", Str, "What it stands for."),
    ],
    primary_key: &["id"],
    foreign_keys: &[],
};

pub(crate) static SAME_AS: Schema = Schema {
    name: "same_as",
    description: "Two ids that name the same thing (MOOCs as a concept, an instrument and an acronym): each pair is listed both ways.",
    fields: &[
        Field::new("id", Str, "An id."),
        Field::new("same_as", Str, "Another id that names the same thing."),
    ],
    primary_key: &["id", "same_as"],
    foreign_keys: &[to_vocabulary(&["id"]), to_vocabulary(&["same_as"])],
};
