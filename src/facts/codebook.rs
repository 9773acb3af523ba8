//! The codebook's rules: how the editorial layer (tags, clauses, stances,
//! commitments, obligations, forces, precision, priority areas, references) is
//! decided, each rule with examples in the declaration's own words, and every
//! hard case with its decision and reason.
//!
//! The definitions of the themes, instruments, priority areas, stances,
//! exclusion rules, kinds, obligations, forces and precisions are their
//! vocabularies' descriptions; the rules are here. The codebook
//! edition (`editions/codebook.md`, also the crate's `codebook` documentation)
//! is written from both, with the counts per category.

use crate::model::codebook::{Codebook, Example, HardCase, Rule};

/// The codebook of the Seoul Declaration.
pub(crate) static CODEBOOK: Codebook = Codebook {
    units: UNITS,
    tag_rules: TAG_RULES,
    stance_rule: &STANCE_RULE,
    definition: DEFINITION,
    definition_source: DEFINITION_SOURCE,
    definition_in_practice: DEFINITION_IN_PRACTICE,
    commitment_rules: COMMITMENT_RULES,
    hard_cases: HARD_CASES,
    reliability_method: RELIABILITY_METHOD,
    reliability_findings: RELIABILITY_FINDINGS,
};

const fn example(paragraph: u8, words: &'static str) -> Example {
    Example { paragraph, words }
}

/// The units the other rules speak of.
static UNITS: &[Rule] = &[
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
static TAG_RULES: &[Rule] = &[
    Rule {
        name: "Evidence",
        says: "A paragraph carries a theme, an instrument or a priority area only where its own words name the subject or the means, never because of the heading it stands under. The evidence is words of the paragraph that name it, the ones that show it most directly (not necessarily the first), so that a reader can check and dispute every tag. A commitment's themes and priority areas are shown by words of its own sentence.",
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
static STANCE_RULE: Rule = Rule {
    name: "Stance",
    says: "The clause's verb gives its stance. A pledge commits the ministers themselves; a call asks others to act; an acknowledgement states a view or records a fact. A stance grades the verb alone: whether the clause is a commitment is decided by the rules for commitments below.",
    examples: &[
        example(5, "we adopt"),
        example(13, "We invite"),
        example(7, "We believe"),
    ],
};

/// The definition of a commitment, in the G7 Research Group's words.
const DEFINITION: &str = "a discrete, specific, publicly expressed, collectively agreed statement of intent, a ‘promise’ or ‘undertaking’ by Summit members that they will take future action to move toward, meet or adjust to an identified welfare target";

/// Where [`DEFINITION`] is published, in full.
const DEFINITION_SOURCE: &str = "G7 Research Group, University of Toronto, “Defining Commitments”, in *1997 G7 Compliance Report* (1997; the report on the commitments of the Denver Summit of June 1997), <http://www.g8.utoronto.ca/evaluations/1997denver/compliance/g7c2.htm>, accessed 2 December 2026";

/// What the Group's own data sets use, and where this coding departs from the
/// Group and why.
const DEFINITION_IN_PRACTICE: &str = "The Group's commitment data sets use a looser wording: a commitment is “a discrete, specific, publicly and collectively expressed statement of intent … that conveys implicitly or explicitly that they will take a specific future action, or attempt to achieve or move toward a specific welfare target”, and needs to be specific only “on any dimension” (John Kirton, Ella Kokotsis and Michael M. Malleson, *G7/8 Summit Commitments, 1975–2006: Complete Data Set*, G8 Research Group, 27 March 2003, updated 31 August 2006, <http://www.g8.utoronto.ca/datasets/allcommitments/index.html>, accessed 2 December 2026). This coding departs from the Group in three ways. It records **requests**, the ministers asking a named party to act, beside their pledges, where the Group codes only what the members themselves undertake: a ministerial declaration hands much of its follow-up to a secretariat, partners and stakeholders, and those asks are what is followed up. And its **unit rule** separates actors and actions as well as targets, where the Group separates targets only, so that each unit can be checked by who is to do what. And it does not require a commitment to be **specific**, where the Group's definition does: how specific a commitment is does not decide whether it counts; it is coded as the components of its precision (C7). The G7 count (C7b) gives, beside each unit, the commitment the Group would count, so that figures compare with the Group's data sets.";

/// The rules for commitments and requests.
static COMMITMENT_RULES: &[Rule] = &[
    Rule {
        name: "C1 Clause in any person",
        says: "A commitment is expressed by a clause of the ministers: a finite verb whose subject is the ministers, or a participle whose understood subject is the ministers. In a text written in the first person the subject is \"we\"; in one written in the third person it is \"the Ministers\", and each verb they govern opens a clause in the same way: in the constructed Chair's Conclusions \"The Ministers: … Thanked the host; … Agreed to review progress in 2019; … Invited the Secretariat to report\", \"Thanked\" is excluded (X1), \"Agreed to review\" is a firm pledge and \"Invited the Secretariat to report\" a request of the Secretariat.",
        examples: &[
            example(11, "We declare that we will continue"),
            example(15, "while expressing the willingness to"),
        ],
    },
    Rule {
        name: "C2 Future action",
        says: "A clause gives commitments only where it binds future action of the ministers (a pledge) or asks a named party other than the ministers to act (a request); \"we will continue to ...\" counts. Every other clause of the ministers is a candidate excluded by the first of the exclusion rules that applies (X1 past or present action, X2 a view, X3 no party named, X4 endorsement of a text); the exclusions are data, so a reader can dispute each.",
        examples: &[
            example(5, "we adopt this Declaration"),
            example(14, "We also acknowledge the need"),
            example(8, "we encourage the closer cooperation"),
            example(15, "we agree with the vision"),
        ],
    },
    Rule {
        name: "C3 Unit",
        says: "One commitment per actor, per action and per outcome where the text separates them, and never otherwise. Separate actors (a request of \"A and B\") give one request each; coordinated actions give one commitment each. One action aimed at several outcomes gives one per outcome only when the text coordinates them as parallel objects or purposes (\"and\", \"or\", \"as well as\") and each could be achieved and checked without the other: the test for one outcome or two. Illustrative markers (\"including\", \"such as\", \"in particular\", \"notably\", \"e.g.\", \"for example\") never split: what they introduce, and whatever continues their list, stays in the unit before them.",
        examples: &[
            example(6, "overall cooperation and numbers of mobile individuals"),
            example(15, "ASEM partners and stakeholders"),
            example(13, "to intensify the follow-up and enhance the coherence"),
            example(
                9,
                "including technical vocational education and training, as well as adult education",
            ),
        ],
    },
    Rule {
        name: "C4 Words",
        says: "Each commitment has its own words, every one a span of the text. Its action runs from the verb that names the activity (not the clause's governing verb such as \"we will\" or \"we encourage\") through its direct object; its object is the thing the action works on, where its words name one apart from the verb; its target is the outcome the action serves, the words after \"to\", \"in order to\", \"so as to\", \"for\" or \"with a view to\", where the text names one apart from the action: the action ends where the purpose begins, and an object is never a target. Its timeframe is words that date this commitment, not another clause or the whole text; a request's actor words name the party asked.",
        examples: &[example(
            12,
            "to realise our common vision in the next decade",
        )],
    },
    Rule {
        name: "C5 Obligation",
        says: "A pledge's stated obligation is graded by the words that govern its action. Firm: they state that the ministers will act, without condition, in the future or as a performative (\"we will\", \"we commit to\"). Willing: they state readiness, willingness, support, intention or need without stating that the ministers will act (\"we are ready to\", \"we declare our support for\", \"we intend to\", \"we need to\"). Exploratory: they promise only to consider the matter (the governing verb is \"to explore\", \"to discuss\", \"to study\"; where such a verb is the activity, as in \"we intend to explore\", the governing words decide). The strongest governing verb decides. A hedge, best-efforts or conditional wording (\"strive to\", \"as appropriate\", \"where possible\"), lowers the grade one step; an intensifier (\"strongly\", \"actively\") leaves a pledge's grade as it is. Departure: Abbott et al.'s obligation is whether states are legally bound; a ministerial declaration binds no one in law, so obligation here grades how firmly the words commit the ministers within a text that is not binding.",
        examples: &[
            example(10, "we will strive to promote"),
            example(10, "we declare our support for"),
            example(10, "we intend to explore possibilities"),
        ],
    },
    Rule {
        name: "C6 Force",
        says: "A request's stated force is graded by the verb that asks, strongest first: urge (urge, call upon, request), encourage (encourage, support the efforts of), invite (invite, welcome). A hedge lowers it one step, then an intensifier (\"strongly\", \"actively\") raises it one step: \"we strongly encourage\" is urge.",
        examples: &[
            example(9, "we strongly encourage all stakeholders"),
            example(15, "we encourage ASEM partners"),
            example(13, "We invite the ASEM Education Secretariat"),
        ],
    },
    Rule {
        name: "C7 Precision",
        says: "After Abbott, Keohane, Moravcsik, Slaughter and Snidal, \"The Concept of Legalization\", International Organization 54(3), 2000, pp. 401-419, at pp. 412-415, doi:10.1162/002081800551271: rules that \"unambiguously define the conduct they require, authorize, or proscribe\". Three components are coded apart. Action specific: the action names a particular activity whose doing an observer could confirm (\"host a forum\"), not a general direction (\"promote\", \"strengthen\", \"support\", \"work towards\"). Object specific: its object or target names something particular (a named programme, body, instrument, event, tool, group or issue, or a quantity), not a general domain (\"cooperation\"). Measurable: a timeframe dates it, or the text gives a quantity, threshold or deliverable whose meeting could be counted. Precision follows by formula: high when all three hold, medium when two do, low otherwise. Who carries it out is not part of precision: it is delegation (C7a). Departure: Abbott et al. grade precision of legal rules; applied to one declaration's undertakings, the three components stand for the conduct a rule defines.",
        examples: &[
            example(
                6,
                "address recognition of qualifications and credits in higher education in the coming decade",
            ),
            example(10, "By using OER"),
            example(15, "encourage more education cooperation"),
        ],
    },
    Rule {
        name: "C7a Delegation",
        says: "After Abbott et al. (pp. 401, 415-418), delegation is the grant of authority to a party other than the states to implement, interpret or apply what was agreed. Coded: who, other than the ministers, is charged with carrying the commitment out: a named body (a secretariat, a foundation, a committee, a named network), a class of parties (the partners, stakeholders, universities), or none. A request charges the party it asks; a pledge made \"in cooperation with\" a party does not charge that party. Departure: Abbott et al. speak of authority granted to third parties; a request of the ministers grants none in law, and is coded as delegation of the work it asks for.",
        examples: &[
            example(13, "We invite the ASEM Education Secretariat"),
            example(15, "we encourage ASEM partners and stakeholders"),
        ],
    },
    Rule {
        name: "C7b G7 count",
        says: "Beside this coding's units, each pledge is given the commitment it makes under the G7 Research Group's own count, which takes a commitment per target, for the members' own pledges, where the target is specific enough for compliance to be measured: units that reach one target by several actions share a number, and a request, or a pledge whose object and target are both general, has none. The Group's figures and these compare by that number.",
        examples: &[
            example(6, "numbers of mobile individuals"),
            example(15, "host educational ministerial meetings"),
        ],
    },
    Rule {
        name: "C8 Themes and priority areas",
        says: "A commitment addresses the themes, and concerns the priority areas, that its own words address: its action, object, target and timeframe, and the antecedent of any anaphor among them. A group of people counts only for the themes about that group (youth, stakeholder engagement); elsewhere the activity counts. Cooperation among the partners as such is the process's governance. Every commitment addresses at least one theme. The four priority areas are the topics the 3rd ASEM Education Ministers' Meeting set (Copenhagen, 9-10 May 2011, \"Shaping an ASEM Education Area\", Conclusions by the Chair): quality assurance and recognition; engaging business and industry in education; balanced mobility; lifelong learning, including technical and vocational education and training.",
        examples: &[
            example(11, "strengthen our cooperation"),
            example(9, "private-economic sectors"),
        ],
    },
    Rule {
        name: "C9 References",
        says: "Every word or phrase whose meaning a reader gets only from other words of the declaration is an anaphor, linked to those words, its antecedent, in its paragraph, another, or a heading: pronouns and pronominal phrases (\"they\", \"them\", \"its\"), definite descriptions that point back (\"this goal\", \"the agreed ASEM initiatives\"), discourse anaphors that take a whole earlier statement (\"In this regard\", \"Against this backdrop\", \"these respective fields\"), and appositions that restate an earlier item (\"an issue at the very top of ASEM's agenda\"). Connectives without a pointing word (\"For example\", \"In particular\") are not anaphors. A commitment whose action or target holds one gives its antecedent, whose words count for its themes and priority areas.",
        examples: &[
            example(10, "resolving this issue"),
            example(8, "In this regard"),
            example(4, "an issue at the very top of ASEM's agenda"),
        ],
    },
];

/// The hard cases, each decided in writing.
static HARD_CASES: &[HardCase] = &[
    HardCase {
        words: example(
            4,
            "we encourage that a more advanced and tangible cooperation is necessary",
        ),
        decision: "Excluded by X2, a view.",
        reason: "The ministers state that cooperation is necessary, a view of what should happen, and name no party who is to act; X2 comes before X3, so the first rule that applies is X2.",
    },
    HardCase {
        words: example(8, "We welcome the establishment of direct contacts"),
        decision: "Two invite requests of the higher education institutions, one per action.",
        reason: "\"Welcome\" asks as \"invite\" does (C6), and nothing in the text says the contacts exist: establishing them and enhancing cooperation look forward, by named institutions. The two coordinated actions give one request each (C3); the illustrations after \"including\" stay in the second. One blind reader excluded the clause as past action (X1); the adjudicator decided for the requests.",
    },
    HardCase {
        words: example(9, "we need to work toward"),
        decision: "A willing pledge.",
        reason: "The ministers state their own need to act (C5: need, without stating that they will); unlike \"we recognise the need to encourage\" (paragraph 12) and \"we acknowledge the need to ensure\" (paragraph 14), which state a view about what others should do (X2).",
    },
    HardCase {
        words: example(
            9,
            "lifelong learning programmes including technical vocational education and training, as well as adult education",
        ),
        decision: "One target.",
        reason: "\"As well as adult education\" continues the list that \"including\" opens, which illustrates one outcome, lifelong learning programmes (C3).",
    },
    HardCase {
        words: example(10, "we declare our support for stronger collaboration"),
        decision: "One willing pledge.",
        reason: "Declaring support states the ministers' support, not that they will act (C5: willing); the purposes follow \"in particular\", an illustrative marker, so they stay in one unit with the collaboration (C3).",
    },
    HardCase {
        words: example(
            6,
            "we declare that we will strongly encourage efforts to increase overall cooperation and numbers of mobile individuals",
        ),
        decision: "Two firm pledges, one for each target, both in the clause \"we declare\".",
        reason: "The embedded \"we will\" decides the obligation (C5), and \"strongly\" intensifies a pledge without changing its grade; one action serves two coordinated outcomes, each checkable without the other (C3). \"In the coming decade\" dates only the next clause's commitments (C4).",
    },
    HardCase {
        words: example(
            11,
            "We declare that we will continue to strengthen our cooperation in sharing best practices to enhance our education systems, and to pursue capacity-building",
        ),
        decision: "Three firm pledges: one for the first action, two for the second.",
        reason: "\"We will continue to\" binds future action (C2); strengthening cooperation in sharing best practices and pursuing capacity-building are two actions, and capacity-building of policymakers and of policy implementers are two outcomes, each checkable without the other (C3).",
    },
    HardCase {
        words: example(
            15,
            "we agree with the vision captured in the Seoul Declaration, while expressing the willingness to",
        ),
        decision: "\"We agree with the vision\" is excluded by X4; the participle gives four willing pledges.",
        reason: "Agreeing with a vision endorses a text and names no action (X4). The willingness governs four coordinated actions (C3): encouraging more education cooperation, carrying out initiatives, hosting ministerial meetings and working towards synergies between them.",
    },
    HardCase {
        words: example(
            15,
            "we encourage ASEM partners and stakeholders to actively partake",
        ),
        decision: "Two requests, one of the ASEM partners and one of the stakeholders, each with its own actor words.",
        reason: "C3: one request per actor, so that each can be checked by who is to act.",
    },
    HardCase {
        words: example(13, "in cooperation with the ASEM partners and stakeholders"),
        decision: "Not requests of the partners and stakeholders.",
        reason: "The words say with whom the Secretariat is to act; the party asked is the Secretariat (C3).",
    },
    HardCase {
        words: example(12, "while encouraging joint research programmes"),
        decision: "Excluded by X3, no party named.",
        reason: "A call that names no party who is to act; the ministers do not undertake the research themselves either.",
    },
];
/// How the commitments were read, and how the readings are compared.
const RELIABILITY_METHOD: &str = "Two coders read the whole declaration blind, each given only the declaration and a brief: these rules, with examples from constructed or other texts (`data/readings/blind-1/brief.md`; no brief shares a run of five words with the declaration, which `tests/briefs.rs` checks). Neither saw the other's reading, the data or the code, and their tables are shipped as they wrote them. `scripts/agreement.py` matches the readings by the words they quote and lists every difference; an adjudicator who wrote neither reading decided each one by the brief (`data/readings/adjudication/`), and the data are the reading the decisions give (`data/readings/adjudicated/`). The script computes Krippendorff's alpha per field with the `krippendorff` library and a percentile bootstrap 95% interval (2,000 resamples of the matched units; for the unitizing alpha, of paragraphs): nominal for the categories, ordinal for obligation, force and precision, nominal per theme and per priority area (each a present-or-absent judgment on every matched commitment). Units are compared three ways: the share of each reading's units the other matches, the share whose words start and end where one of the other's do, and a unitizing alpha over every character of the text, inside or outside a commitment's words. The table is the data package's `agreement` table; CI fails when the script computes other figures.";

/// What the figures say.
const RELIABILITY_FINDINGS: &str = "Precision's alpha reaches the aim of 0.667 for ordinal fields and every nominal field but three reaches 0.8. Object specific (0.859) and measurable (0.870) are above it, but their intervals reach below 0.65: the coders differ on two units for object specific (whether \"all activities outlined in this Declaration\" names something particular) and on one for measurable (whether hosting ministerial meetings, with no number or date, can be counted). Two themes fall below: employability and skills (0.784 each, one unit each) and connectivity (0.000: one coder gave it to one unit, the other to none, so alpha cannot credit the agreement on the rest). The readings matched 28 of 30 and 28 of 28 units, and 20 of 26 and 22 anaphors. Both coders are helpers of one kind, given one brief: the figures show that the brief can be applied alike, not that readers of other schools would read the text alike. An independent coding is the test that matters, and it is not yet made.";

#[cfg(test)]
mod tests {
    use super::{COMMITMENT_RULES, HARD_CASES, STANCE_RULE, TAG_RULES, UNITS};
    use crate::facts::PARAGRAPHS;

    #[test]
    fn every_example_stands_in_its_paragraph() {
        let rules = UNITS
            .iter()
            .chain(TAG_RULES)
            .chain([&STANCE_RULE])
            .chain(COMMITMENT_RULES);
        let examples = rules
            .flat_map(|rule| rule.examples.iter())
            .chain(HARD_CASES.iter().map(|case| &case.words));
        let mut count = 0;
        for example in examples {
            let text = PARAGRAPHS[usize::from(example.paragraph) - 1].text;
            assert!(text.contains(example.words), "{example:?}");
            count += 1;
        }
        assert!(count >= 60, "{count} examples");
    }
}
