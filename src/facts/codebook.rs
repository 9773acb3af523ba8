//! The codebook's rules: how the editorial layer (tags, clauses, stances,
//! commitments, strengths) is decided, each rule with examples in the
//! declaration's own words, and every hard case with its decision and reason.
//!
//! The definitions of the themes, instruments, stances, kinds and strengths
//! are their vocabularies' descriptions; the rules are here. The codebook
//! edition (`editions/codebook.md`, also the crate's `codebook` documentation)
//! is written from both, with the counts per category.

use super::text::{P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, P13, P14, P15, P16};
use crate::model::run::Run;

/// Words of a paragraph that show a rule at work, found at compile time: an
/// example missing from its paragraph fails the build.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Example {
    pub(crate) paragraph: u8,
    pub(crate) words: &'static str,
}

const fn example(paragraph: u8, words: &'static str) -> Example {
    const TEXTS: [&str; 16] = [
        P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, P13, P14, P15, P16,
    ];
    let text = TEXTS[paragraph as usize - 1];
    let _ = Run::find(text, words, 0, text.len());
    Example { paragraph, words }
}

/// A rule: its name, what it says, and examples.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rule {
    pub(crate) name: &'static str,
    pub(crate) says: &'static str,
    pub(crate) examples: &'static [Example],
}

/// A hard case: the words, what was decided, and why.
#[derive(Clone, Copy, Debug)]
pub(crate) struct HardCase {
    pub(crate) words: Example,
    pub(crate) decision: &'static str,
    pub(crate) reason: &'static str,
}

/// The units the other rules speak of.
pub(crate) static UNITS: &[Rule] = &[
    Rule {
        name: "Sentence",
        says: "A sentence ends at a full stop, question mark or exclamation mark followed by a space or by the end of the paragraph, and takes that mark with it. \"e.g.\" ends nothing. Paragraph 9 has no final full stop, so its last sentence runs to its end.",
        examples: &[
            example(12, "(e.g. ASEM Summits"),
            example(9, "link with private-economic sectors"),
        ],
    },
    Rule {
        name: "Clause",
        says: "A clause is an act of the ministers, led by their own verb. A finite verb with \"we\" as its subject, or sharing it, opens a main clause. A participle whose understood subject is the ministers opens a participial clause, also after \"while\", and where it dangles before another subject, since the ones who build on their promises are the ministers. A clause embedded in another's object belongs to the clause that embeds it, whose verb gives the stance. A preposition with a gerund or a circumstance belongs to the clause it modifies; participles whose subject is not the ministers are not clauses.",
        examples: &[
            example(6, "and take note"),
            example(3, "while exploring and streamlining"),
            example(16, "Building on the legacy"),
            example(11, "We declare that we will continue"),
            example(10, "By using OER"),
            example(6, "boosting inter-cultural"),
        ],
    },
    Rule {
        name: "Scope",
        says: "A clause's scope is the words its verb governs: from after the verb phrase to the end of the sentence, or to where the ministers' next clause in that sentence begins, without the words that join the two (\", and\", \", while\", \", as well as\") and without the sentence's closing mark. It is never empty. The one exception is a participle that dangles before another subject, whose scope is its own complement.",
        examples: &[
            example(
                6,
                "We reaffirm that individuals can pursue personal development through people-to-people exchange, and take note",
            ),
            example(
                16,
                "the legacy of the previous promises made by ASEM Education Ministers from their 1st to 6th gatherings",
            ),
        ],
    },
];

/// The rules for theme and instrument tags.
pub(crate) static TAG_RULES: &[Rule] = &[
    Rule {
        name: "Evidence",
        says: "A paragraph carries a theme or an instrument only where its own words name the subject or the means, never because of the heading it stands under. The evidence is the first phrase of the paragraph that names it, so that a reader can check and dispute every tag.",
        examples: &[example(10, "equity and accessibility in education")],
    },
    Rule {
        name: "Activities, not people",
        says: "A group of people counts only for the themes that are about that group (youth, stakeholder engagement). Elsewhere what counts is the activity: researchers and scholars who are exchanged count for mobility, not research, which needs research itself named; an exchange of experts counts for mobility. Youth counts where a paragraph speaks of the young as a generation or of their prospects; students who are exchanged or who use cyberspace count for that activity.",
        examples: &[
            example(6, "exchanges of students, researchers and staff"),
            example(8, "inter-disciplinary education and research"),
            example(8, "current and future generations"),
        ],
    },
    Rule {
        name: "Technology",
        says: "A technology counts for digital innovation both as a tool for education (ICT, open educational resources, MOOCs, cyberspace) and as a force the ministers respond to.",
        examples: &[
            example(4, "4th Industrial Revolution"),
            example(9, "new technologies"),
        ],
    },
    Rule {
        name: "The process's own machinery",
        says: "The ministerial meetings and the ASEM Education Secretariat are instruments of the ASEM Education Process; wherever either is named, the paragraph is also tagged with the theme of the process's governance.",
        examples: &[example(15, "host educational ministerial meetings")],
    },
    Rule {
        name: "Stakeholders",
        says: "The stakeholders are the parties besides the ministers and the ASEM partners, as paragraph 12 lists them, public administration at national and regional level included. Where the ministers ask them to take part, the paragraph names stakeholder participation as an instrument as well as the theme.",
        examples: &[example(
            12,
            "public administration at national and regional level",
        )],
    },
];

/// The rule for stances.
pub(crate) static STANCE_RULE: Rule = Rule {
    name: "Stance",
    says: "The clause's verb gives its stance. A pledge commits the ministers themselves; a call asks others to act; an acknowledgement states a view or records a fact. A stance grades the verb alone: whether the clause is a commitment is decided by the rules for commitments below.",
    examples: &[
        example(5, "we adopt"),
        example(13, "We invite"),
        example(7, "We believe"),
    ],
};

/// The definition of a commitment, in the G7 Research Group's words.
pub(crate) const DEFINITION: &str = "a discrete, specific, publicly expressed, collectively agreed statement of intent, a ‘promise’ or ‘undertaking’ by Summit members that they will take future action to move toward, meet or adjust to an identified welfare target";

/// Where [`DEFINITION`] is published.
pub(crate) const DEFINITION_SOURCE: &str = "G7 Research Group, University of Toronto, *1997 G7 Compliance Report*, “Defining Commitments”, <http://www.g8.utoronto.ca/evaluations/1997denver/compliance/g7c2.htm>; the group's commitment data sets apply the same definition";

/// The rules for commitments and requests.
pub(crate) static COMMITMENT_RULES: &[Rule] = &[
    Rule {
        name: "P1 Actor",
        says: "A pledge is the ministers' own: \"we\" are to act.",
        examples: &[example(
            11,
            "we will continue to strengthen our cooperation",
        )],
    },
    Rule {
        name: "P2 Future action",
        says: "The statement binds action after the meeting; \"we will continue to ...\" counts. Endorsements of past or present action, thanks, the act of adopting, welcoming, and statements of belief, of recognition, of importance or of a need about others do not.",
        examples: &[
            example(5, "we adopt this Declaration"),
            example(8, "We welcome the establishment"),
            example(14, "We also acknowledge the need"),
        ],
    },
    Rule {
        name: "P3 Discrete",
        says: "One commitment per target, the outcome the action is to move toward. Several measures that serve one target are one commitment; one action declared for two distinct targets gives two; two actions with distinct outcomes give two.",
        examples: &[example(
            10,
            "to help close the education gap between different regions and countries and address the SDG",
        )],
    },
    Rule {
        name: "P4 Specific",
        says: "The action or the target is identifiable enough that one could check whether it was done; a general wish with no content of its own does not count.",
        examples: &[example(8, "we encourage the closer cooperation")],
    },
    Rule {
        name: "P5 Strength",
        says: "Hedged intentions count, graded by strength: firm, willing or exploratory.",
        examples: &[example(10, "we intend to explore possibilities")],
    },
    Rule {
        name: "R1 Request",
        says: "A request is the ministers asking a named party other than themselves to act (\"we invite X to\", \"we urge X to\", \"we encourage X to\"). Its actor is the party asked; a request of several named parties is one request for each party, since each party's action is checked apart. A call that names no party who is to act is not a request. A request made without reserve is firm.",
        examples: &[example(
            13,
            "We invite the ASEM Education Secretariat to assist",
        )],
    },
    Rule {
        name: "Parts",
        says: "A commitment's text runs from the verb phrase of the clause that expresses it to the end of what is committed to, so that commitments of one clause share its start. Its action is the words saying what is to be done; its target the words naming the outcome aimed at where the sentence states one apart from the action (a purpose, \"to ...\", or what is worked toward); its timeframe the words saying when. Target and timeframe are absent where the text gives none. Its themes are those its own sentence shows, each with the words that show it.",
        examples: &[example(
            12,
            "to realise our common vision in the next decade",
        )],
    },
];

/// The hard cases, each decided in writing.
pub(crate) static HARD_CASES: &[HardCase] = &[
    HardCase {
        words: example(
            4,
            "we encourage that a more advanced and tangible cooperation is necessary",
        ),
        decision: "Neither a commitment nor a request.",
        reason: "The ministers state a view of what is necessary (P2: a statement of belief) and name no party who is to act (R1).",
    },
    HardCase {
        words: example(9, "we need to work toward"),
        decision: "A pledge, willing.",
        reason: "The ministers state their own need to act, an undertaking hedged as a need; unlike \"we recognise the need to encourage\" (paragraph 12) and \"we acknowledge the need to ensure\" (paragraph 14), which state a view about what others should do and are excluded by P2.",
    },
    HardCase {
        words: example(12, "We are ready to make our cooperation more tangible"),
        decision: "A pledge, willing, with its target (\"realise our common vision\") and timeframe (\"in the next decade\").",
        reason: "\"Are ready to\" hedges the undertaking but binds the ministers' own future action, engaging in active dialogue and action.",
    },
    HardCase {
        words: example(
            15,
            "we agree with the vision captured in the Seoul Declaration, while expressing the willingness to",
        ),
        decision: "\"We agree with the vision\" is not a commitment; the participle \"expressing the willingness to\" gives four willing pledges.",
        reason: "Agreeing with a vision endorses it and names no future action (P2). The willingness governs four complements with distinct outcomes (P3): more education cooperation, initiatives carried out, ministerial meetings hosted, and synergies between them.",
    },
    HardCase {
        words: example(
            6,
            "we declare that we will strongly encourage efforts to increase overall cooperation and numbers of mobile individuals",
        ),
        decision: "Two firm pledges, one for each target; the clause is \"we declare\", the strength comes from the embedded \"we will\".",
        reason: "An embedded clause belongs to the clause that embeds it, so the text starts at \"we declare\"; one action (encouraging efforts to increase) serves two outcomes, overall cooperation and the numbers of mobile individuals (P3).",
    },
    HardCase {
        words: example(
            11,
            "We declare that we will continue to strengthen our cooperation in sharing best practices to enhance our education systems, and to pursue capacity-building",
        ),
        decision: "Two firm pledges.",
        reason: "\"We will continue to\" binds future action (P2); two actions with distinct outcomes, enhanced education systems and capacity-building of policymakers, are two commitments (P3).",
    },
    HardCase {
        words: example(10, "we declare our support for stronger collaboration"),
        decision: "Two firm pledges, one for each target the collaboration is declared for.",
        reason: "Declaring support for stronger collaboration commits the ministers to it; it serves two named outcomes, closing the education gap and addressing the SDG challenges (P3).",
    },
    HardCase {
        words: example(10, "we will strive to promote"),
        decision: "Firm, as \"we will strive to support\" in paragraph 12.",
        reason: "The strength follows the modal \"will\"; \"strive\" says how hard, not whether.",
    },
    HardCase {
        words: example(
            15,
            "we encourage ASEM partners and stakeholders to actively partake",
        ),
        decision: "Two requests, one of the ASEM partners and one of the stakeholders.",
        reason: "R1: a request has one actor, the party asked, so that it can be found and checked by who is to act.",
    },
    HardCase {
        words: example(10, "We also urge our ASEM partners to use ICT"),
        decision: "A request of the ASEM partners.",
        reason: "The ministers name a party and ask it to act (R1); the partners are the countries and organisations the ministers represent, but the text asks them as partners, not the ministers themselves.",
    },
    HardCase {
        words: example(13, "to intensify the follow-up and enhance the coherence"),
        decision: "Three requests of the ASEM Education Secretariat: to assist the partners in implementing the agreed initiatives, to intensify the follow-up, and to enhance the coherence of the activities.",
        reason: "One invitation asks for three actions with distinct outcomes (P3).",
    },
    HardCase {
        words: example(12, "while encouraging joint research programmes"),
        decision: "Not a request.",
        reason: "A call that names no party who is to act (R1); the ministers do not undertake the research themselves either (P1).",
    },
];

/// How the commitments were read twice, and what came of it.
pub(crate) const SECOND_READING: &str = "Before the commitments were coded, a second reader who saw only the declaration and this codebook's definitions, not the hard cases' decisions nor the crate's data, identified them independently. The first reading found 25 (18 pledges, 7 requests), the second 24 (18 pledges, 6 requests). 23 of the second reading's 24 matched one of the first's in paragraph, order, kind, actor and strength, and all 24 in strength. The one difference in what counts was paragraph 15's request of \"ASEM partners and stakeholders\": one request with two parties in the second reading, two requests in the first, decided as two by R1. Of the parts, the timeframes agreed in all 24, the targets in 22 and the actions word for word in 17; they were reconciled by the rule under \"Parts\", the second reading's target taken in paragraph 9.";
