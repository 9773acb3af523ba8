//! The declaration itself: every record as a plain Rust static.
//!
//! This is the only file that holds facts from the source. It is written by hand
//! from `data/seoul-declaration-asemme6-2017.md` and checked against that file by
//! the conformance tests in `tests/`. Every offset (footnote anchors, mentions,
//! clauses, tag evidence, emphasis) is computed at compile time from the words
//! it stands at, so none is typed by hand, and the build fails if those words
//! are missing from their text.
//!
//! How the theme and instrument tags and the clauses are decided is written in
//! the crate documentation, under "How the tags are decided".

use crate::acronym::{Acronym, AcronymRecord};
use crate::clause::{Clause, ClauseForm, Verb};
use crate::declaration::Declaration;
use crate::meeting::{Date, DateRange, Meeting, MeetingSeries, Summit};
use crate::mention::{Concept, Entity, Mention, Place, Referent};
use crate::paragraph::{Footnote, FootnoteRef, Paragraph, Tags};
use crate::span::{starts_with, Span};
use crate::{Instrument, Section, Theme};

/// The declaration as published, converted from PDF to Markdown.
pub(crate) const SOURCE: &str = include_str!("../data/seoul-declaration-asemme6-2017.md");

const MEETING_LINE: &str = "6th ASEM Education Ministers' Meeting (ASEMME6)";
const DATES_LINE: &str = "21-22 November 2017";
const VENUE_LINE: &str = "Seoul, the Republic of Korea";
const THEME_LINE: &str =
    "Collaboration for the Next Decade: From Common Perspectives to Effective Fulfillment";
const TITLE: &str = "Seoul Declaration";
const SUBTITLE: &str = "Enhancing Collaboration between Asia and Europe in Education and Training – A vision for the Next Decade";

pub(crate) static DECLARATION: Declaration = Declaration {
    title: TITLE,
    subtitle: SUBTITLE,
    cover_lines: &[
        MEETING_LINE,
        DATES_LINE,
        VENUE_LINE,
        THEME_LINE,
        TITLE,
        SUBTITLE,
    ],
    meeting: &MEETINGS[5],
    series: &SERIES,
    paragraphs: PARAGRAPHS,
    footnotes: &FOOTNOTES,
};

pub(crate) static SERIES: MeetingSeries = MeetingSeries {
    name: "ASEM Education Ministers' Meeting",
    acronym: "ASEMME",
    origin: &Summit {
        ordinal: 6,
        city: "Helsinki",
        year: 2006,
    },
    meetings: &MEETINGS,
};

/// The six meetings of footnote 1, in order.
pub(crate) static MEETINGS: [Meeting; 6] = [
    meeting(
        1,
        "ASEMME1",
        "Berlin",
        2008,
        "Education and Training for Tomorrow: Common Perspectives in Asia and Europe",
    ),
    meeting(
        2,
        "ASEMME2",
        "Hanoi",
        2009,
        "Sharing of Experience and Best Practice in Higher Education",
    ),
    meeting(
        3,
        "ASEMME3",
        "Copenhagen",
        2011,
        "Shaping an ASEM Education Area",
    ),
    meeting(
        4,
        "ASEMME4",
        "Kuala Lumpur",
        2013,
        "Strategizing ASEM Education Collaboration",
    ),
    meeting(
        5,
        "ASEMME5",
        "Riga",
        2015,
        "ASEM Education Collaboration for Results",
    ),
    Meeting {
        dates: Some(DateRange {
            first: Date {
                year: 2017,
                month: 11,
                day: 21,
            },
            last: Date {
                year: 2017,
                month: 11,
                day: 22,
            },
        }),
        country: Some("Republic of Korea"),
        venue: Some(VENUE_LINE),
        host: Some("Ministry of Education of the Republic of Korea"),
        ..meeting(
            6,
            "ASEMME6",
            "Seoul",
            2017,
            "Collaboration for the Next Decade: from Common Perspectives to Effective Fulfillment",
        )
    },
];

/// A meeting of which the declaration gives only the footnote's facts.
const fn meeting(
    ordinal: u8,
    acronym: &'static str,
    city: &'static str,
    year: u16,
    theme: &'static str,
) -> Meeting {
    Meeting {
        ordinal,
        acronym,
        city,
        year,
        theme,
        dates: None,
        country: None,
        venue: None,
        host: None,
    }
}

pub(crate) static FOOTNOTES: [Footnote; 1] = [Footnote {
    number: 1,
    paragraph: 2,
    text: FOOTNOTE_1,
    emphasis: &Span::locate(
        FOOTNOTE_1,
        [
            ("“Education and Training for Tomorrow: Common Perspectives in Asia and Europe (Berlin, 2008)”", 0),
            ("“Sharing of Experience and Best Practice in Higher Education (Hanoi, 2009)”", 0),
            ("“Shaping an ASEM Education Area (Copenhagen 2011)”", 0),
            ("“Strategizing ASEM Education Collaboration (Kuala Lumpur, 2013)”", 0),
            ("“ASEM Education Collaboration for Results (Riga, 2015)”", 0),
            ("“Collaboration for the Next Decade: from Common Perspectives to Effective Fulfillment (Seoul, 2017)”", 0),
        ],
    ),
}];

const FOOTNOTE_1: &str = "“Education and Training for Tomorrow: Common Perspectives in Asia and Europe (Berlin, 2008)”, “Sharing of Experience and Best Practice in Higher Education (Hanoi, 2009)”, “Shaping an ASEM Education Area (Copenhagen 2011)”, “Strategizing ASEM Education Collaboration (Kuala Lumpur, 2013)”, “ASEM Education Collaboration for Results (Riga, 2015)”, and “Collaboration for the Next Decade: from Common Perspectives to Effective Fulfillment (Seoul, 2017)”";

const P1: &str = "We, Education Ministers and heads of delegations of ASEM partner countries, the European Union and the ASEAN Secretariat, as well as representatives of ASEM stakeholders, have gathered in Seoul, Republic of Korea, on 21-22 November 2017 for the 6th ASEM Education Ministers' Meeting (ASEMME6) to celebrate the 10 years of its gathering under the theme of “Collaboration for the Next Decade: from Common Perspectives to Effective Fulfillment”. We thank the Ministry of Education of the Republic of Korea for having hosted this important meeting and the ASEM Education Secretariat for its support.";
const P2: &str = "We reaffirm the great importance of the 6th ASEM Summit, held in Helsinki in 2006, which effectively gave birth to the ASEM Education Ministers' Meeting, as well as a series of the Conclusions by the Chair adopted from the 1st to the 6th ASEM Education Ministers' Meeting over the past 10 years where ASEM education priorities and joint initiatives were identified for every two successive years. We are pleased with the results of each and every one of ASEM Education Ministers' Meetings and their contribution to common interests and people-to-people connectivity.";
const P3: &str = "We recognise that the ASEM Education Process has evolved over the years and contributed to the promotion of mutual understanding and people-to-people connectivity between Asia and Europe through education cooperation, overcoming our vast geographic distances and stark differences in culture, history and education systems. We have also jointly responded to critical issues such as youth employment, while exploring and streamlining a new set of visions to advance education cooperation between Asia and Europe. Recognising the value of the decade-long endeavour we have made together, we understand that there is still a long way ahead of us in our quest for an even stronger education cooperation between the two continents.";
const P4: &str = "In the next decade, countries and regions around the world will be required to strengthen dialogue and cooperation to achieve sustainable development in order to face emerging global challenges. Employment insecurity is likely to increase with the advent of the 4th Industrial Revolution. Against this backdrop, we encourage that a more advanced and tangible cooperation is necessary to promote mobility to stimulate connectivity and boost employability, an issue at the very top of ASEM's agenda.";
const P5: &str = "We underscore that the ASEM Education Process is an irreplaceable component of the overall ASEM cooperation. Recognising the crucial role that the ASEM education cooperation has played over the past 10 years, and reflecting on the progress made and lessons learned, as well as contemplating upon the new visions and challenges that the ASEM education cooperation will face over the next decade, we adopt this Declaration.";
const P6: &str = "In the next decade, people-to-people contacts should be recognised as a critical form of cooperation to promote connectivity between Asia and Europe, boosting inter-cultural and inter-religious understanding and contributing to peaceful and sustainable development. We reaffirm that individuals can pursue personal development through people-to-people exchange, and take note of the value of the ASEM-DUO Fellowship Programme, the Erasmus+ programme and the various education programmes of the Asia-Europe Foundation (ASEF), which supports cooperation in education and exchanges of students, researchers and staff between Asia and Europe. In this sense, we declare that we will strongly encourage efforts to increase overall cooperation and numbers of mobile individuals, and express willingness to address recognition of qualifications and credits in higher education in the coming decade.";
const P7: &str = "We believe that the cross-border exchange of scholars, experts, policymakers, as well as best practices and information sharing should be promoted for the advancement of mutual benefit and development. We recognise that the Global Citizenship Education and Education for International Understanding contribute to greater understanding between people of different cultural and historical backgrounds and support their mobility. We also recognise that technology can be used to create virtual mobility and increase the attractiveness of education and learning, and we acknowledge the importance of supporting various cooperation activities, including the active use of cyberspace for educational purposes by students, faculty and school staff.";
const P8: &str = "We recognise education and training as a crucial mechanism for enhancing the employability of current and future generations and emphasise the development of key competencies. Given the pivotal role of universities in nurturing future talent, we recognise that in order to help universities to innovate, inter-disciplinary education and research should be promoted, as well as a balanced approach between humanities, STEM disciplines and entrepreneurial competences to broaden student perspectives and encourage flexible, creative, and critical thinking. In this regard, we encourage the closer cooperation. We welcome the establishment of direct contacts and enhancing cooperation between higher education institutions of Europe and Asia, including the development of joint projects and mobility of students and staff.";
const P9: &str = "In response to the major changes that new technologies and knowledge will bring in the foreseeable future, we need to work toward lifelong learning programmes including technical vocational education and training, as well as adult education. To ensure that they reflect the current industrial needs, we strongly encourage all stakeholders to actively engage in various platforms and link with private-economic sectors";
const P10: &str = "Taking note of the great potential of ICT – Information and Communication Technologies – as a useful tool for education innovation, we declare our support for stronger collaboration, in particular, to help close the education gap between different regions and countries and address the SDG – Sustainable Development Goals – challenges and global issues, such as equity and accessibility in education. By using OER – Open Educational Resources – we will strive to promote the use and sharing of quality teaching and learning materials. We also urge our ASEM partners to use ICT as a tool to innovate teaching and learning practices. For example, Massive Open Online Courses (MOOCs) can increase access to education, while smart learning analytics platform can provide tailored education to learners in line with their level of understanding. Concerned with the possibility that a gap in ICT use may cause more serious social polarisation in the future, we intend to explore possibilities of resolving this issue by joint efforts and we are ready to discuss credit transfer and recognition issues related to the use of ICT in education.";
const P11: &str = "We declare that we will continue to strengthen our cooperation in sharing best practices to enhance our education systems, and to pursue capacity-building of policymakers and policy implementers.";
const P12: &str = "We are ready to make our cooperation more tangible and effective by engaging in active dialogue and action to realise our common vision in the next decade. To enhance the adequacy, suitability and transparency of ASEM cooperation tasks, we recognise the need to encourage more active participation of various stakeholders, including students, teachers, education and training institutions, industries, services, public administration at national and regional level and civil society, as well as the expansion of the overall partnership. To achieve this goal, we also envision a closer collaboration between the ASEM Education Process and the ASEM Political Process (e.g. ASEM Summits, ASEM Foreign Ministers Meetings (ASEM FMM) or ASEM Labour and Employment Ministers' Conferences (ASEM LEMC)). We recognise the importance of diversity in policies among different regions and countries, as well as to facilitating the exchange of ideas, knowledge, information, best practices and experts, while encouraging joint research programmes in these respective fields. Recognising that the function and role of the ASEM Education Secretariat should be strengthened, we will strive to support the wide-ranging activities of ASEM.";
const P13: &str = "We invite the ASEM Education Secretariat to assist the ASEM partners in implementing the agreed ASEM initiatives and in cooperation with the ASEM partners and stakeholders to intensify the follow-up and enhance the coherence of all the activities, projects and initiatives taken.";
const P14: &str = "We look forward to the Seoul Declaration's contribution to developing connectivity and cooperation within ASEM, which will head toward a more tangible and practical path. We also acknowledge the need to ensure that students and youth should have as many educational and employment opportunities as possible since they are the pillars of Asia and Europe.";
const P15: &str = "Under this goal, we agree with the vision captured in the Seoul Declaration, while expressing the willingness to encourage more education cooperation, carry out initiatives, as well as host educational ministerial meetings and work towards synergies between them. In particular, we encourage ASEM partners and stakeholders to actively partake in all activities outlined in this Declaration.";
const P16: &str = "Building on the legacy of the previous promises made by ASEM Education Ministers from their 1st to 6th gatherings, the Seoul Declaration is both an historic achievement representing our goodwill, and a stepping stone that will lead to the next chapter of the ASEM Education Process.";

/// The acronyms, in the order of `Acronym::ALL` (checked below): the forms the
/// text writes, the expansion, and the paragraph that spells it out.
pub(crate) static ACRONYMS: [AcronymRecord; 11] = ACRONYM_TABLE;

const ACRONYM_TABLE: [AcronymRecord; 11] = [
    acronym(&["ASEM"], "Asia-Europe Meeting", None),
    acronym(
        &["ASEMME6"],
        "6th ASEM Education Ministers' Meeting",
        Some(1),
    ),
    acronym(&["ASEF"], "Asia-Europe Foundation", Some(6)),
    acronym(&["ASEAN"], "Association of Southeast Asian Nations", None),
    acronym(
        &["ICT"],
        "Information and Communication Technologies",
        Some(10),
    ),
    acronym(&["SDG"], "Sustainable Development Goals", Some(10)),
    acronym(&["OER"], "Open Educational Resources", Some(10)),
    acronym(&["MOOCs"], "Massive Open Online Courses", Some(10)),
    acronym(
        &["STEM"],
        "science, technology, engineering and mathematics",
        None,
    ),
    acronym(
        &["FMM", "ASEM FMM"],
        "ASEM Foreign Ministers Meetings",
        Some(12),
    ),
    acronym(
        &["LEMC", "ASEM LEMC"],
        "ASEM Labour and Employment Ministers' Conferences",
        Some(12),
    ),
];

const fn acronym(
    forms: &'static [&'static str],
    expansion: &'static str,
    expanded_in: Option<u8>,
) -> AcronymRecord {
    AcronymRecord {
        forms,
        expansion,
        expanded_in,
    }
}

/// The names each paragraph mentions, in order: `"surface" nth => referent`,
/// where `nth` counts the surface's occurrences (from 0) after the previous
/// mention. The offsets are computed at compile time.
macro_rules! mentions {
    ($text:ident, $n:literal; $($surface:literal $nth:literal => $referent:expr,)*) => {{
        const SPANS: [Span; [$($surface),*].len()] = Span::locate($text, [$(($surface, $nth)),*]);
        const FOUND: [Mention; SPANS.len()] = Mention::attach($n, SPANS, [$($referent),*]);
        &FOUND
    }};
}

/// The clauses of each paragraph, in order: `"verb phrase" nth => verb, form,
/// addressees;`, with `nth` counted after the previous clause.
macro_rules! clauses {
    ($text:ident, $n:literal; $($surface:literal $nth:literal => $verb:expr, $form:expr, $to:expr;)*) => {{
        const SPANS: [Span; [$($surface),*].len()] = Span::locate($text, [$(($surface, $nth)),*]);
        const FOUND: [Clause; SPANS.len()] = Clause::attach($n, SPANS, [$(($verb, $form, $to)),*]);
        &FOUND
    }};
}

/// A paragraph's theme or instrument tags, each with the words that justify it:
/// `Theme::Equity => "equity and accessibility in education",`. The words are
/// located at compile time (their first occurrence in the paragraph).
macro_rules! tags {
    ($text:ident; $($tag:expr => $evidence:literal,)*) => {{
        const PHRASES: &[&str] = &[$($evidence),*];
        const EVIDENCE: [Span; PHRASES.len()] = Span::locate_each($text, [$($evidence),*]);
        Tags {
            tags: &[$($tag),*],
            evidence: &EVIDENCE,
        }
    }};
}

pub(crate) static PARAGRAPHS: &[Paragraph] = PARAGRAPH_TABLE;

/// The paragraphs as a `const`, so that the checks below and `para!` can read
/// them at compile time.
pub(crate) const PARAGRAPH_TABLE: &[Paragraph] = &[
    Paragraph {
        number: 1,
        text: P1,
        section: Section::Preamble,
        themes: tags!(P1;
            Theme::StakeholderEngagement => "representatives of ASEM stakeholders",
            Theme::Governance => "ASEM Education Secretariat for its support",
        ),
        instruments: tags!(P1;
            Instrument::EducationSecretariat => "ASEM Education Secretariat",
            Instrument::MinisterialMeetings => "6th ASEM Education Ministers' Meeting (ASEMME6)",
        ),
        footnotes: &[],
        emphasis: &Span::locate(P1, [(
            "“Collaboration for the Next Decade: from Common Perspectives to Effective Fulfillment”",
            0,
        )]),
        mentions: mentions!(P1, 1;
            "Education Ministers" 0 => Referent::Entity(Entity::EducationMinisters),
            "ASEM partner countries" 0 => Referent::Entity(Entity::AsemPartners),
            "European Union" 0 => Referent::Entity(Entity::EuropeanUnion),
            "ASEAN Secretariat" 0 => Referent::Entity(Entity::AseanSecretariat),
            "ASEM stakeholders" 0 => Referent::Entity(Entity::Stakeholders),
            "Seoul" 0 => Referent::Place(Place::Seoul),
            "Republic of Korea" 0 => Referent::Place(Place::RepublicOfKorea),
            "6th ASEM Education Ministers' Meeting" 0 => Referent::Meeting(6),
            "ASEMME6" 0 => Referent::Meeting(6),
            "Ministry of Education of the Republic of Korea" 0 => Referent::Entity(Entity::MinistryOfEducationKorea),
            "ASEM Education Secretariat" 0 => Referent::Entity(Entity::AsemEducationSecretariat),
        ),
        clauses: clauses!(P1, 1;
            "have gathered" 0 => Verb::Gather, ClauseForm::Main, &[];
            "We thank" 0 => Verb::Thank, ClauseForm::Main, &[];
        ),
    },
    Paragraph {
        number: 2,
        text: P2,
        section: Section::Preamble,
        themes: tags!(P2;
            Theme::Connectivity => "people-to-people connectivity",
            Theme::Governance => "Conclusions by the Chair",
        ),
        instruments: tags!(P2;
            Instrument::MinisterialMeetings => "ASEM Education Ministers' Meetings",
        ),
        emphasis: &[],
        footnotes: &[FootnoteRef {
            number: 1,
            paragraph: 2,
            anchor: Span::locate(P2, [("ASEM Education Ministers' Meetings", 0)])[0],
        }],
        mentions: mentions!(P2, 2;
            "6th ASEM Summit" 0 => Referent::Summit(6),
            "Helsinki" 0 => Referent::Place(Place::Helsinki),
            "ASEM Education Ministers' Meeting" 0 => Referent::Instrument(Instrument::MinisterialMeetings),
            "6th ASEM Education Ministers' Meeting" 0 => Referent::Meeting(6),
            "ASEM" 0 => Referent::Entity(Entity::Asem),
            "ASEM Education Ministers' Meetings" 0 => Referent::Instrument(Instrument::MinisterialMeetings),
        ),
        clauses: clauses!(P2, 2;
            "We reaffirm" 0 => Verb::Reaffirm, ClauseForm::Main, &[];
            "We are pleased" 0 => Verb::BePleased, ClauseForm::Main, &[];
        ),
    },
    Paragraph {
        number: 3,
        text: P3,
        section: Section::Preamble,
        themes: tags!(P3;
            Theme::Employability => "youth employment",
            Theme::GlobalCitizenship => "promotion of mutual understanding",
            Theme::Connectivity => "people-to-people connectivity between Asia and Europe",
            Theme::Youth => "youth employment",
            Theme::Governance => "the ASEM Education Process has evolved",
        ),
        instruments: tags!(P3;),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P3, 3;
            "ASEM Education Process" 0 => Referent::Entity(Entity::AsemEducationProcess),
            "Asia" 0 => Referent::Place(Place::Asia),
            "Europe" 0 => Referent::Place(Place::Europe),
            "Asia" 0 => Referent::Place(Place::Asia),
            "Europe" 0 => Referent::Place(Place::Europe),
        ),
        clauses: clauses!(P3, 3;
            "We recognise" 0 => Verb::Recognise, ClauseForm::Main, &[];
            "We have also jointly responded" 0 => Verb::Respond, ClauseForm::Main, &[];
            "exploring and streamlining" 0 => Verb::Explore, ClauseForm::Participial, &[];
            "Recognising" 0 => Verb::Recognise, ClauseForm::Participial, &[];
            "we understand" 0 => Verb::Understand, ClauseForm::Main, &[];
        ),
    },
    Paragraph {
        number: 4,
        text: P4,
        section: Section::Preamble,
        themes: tags!(P4;
            Theme::Mobility => "promote mobility",
            Theme::Employability => "boost employability",
            Theme::DigitalInnovation => "4th Industrial Revolution",
            Theme::SustainableDevelopment => "achieve sustainable development",
            Theme::Connectivity => "stimulate connectivity",
        ),
        instruments: tags!(P4;
            Instrument::PolicyDialogue => "strengthen dialogue and cooperation",
        ),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P4, 4;
            "sustainable development" 0 => Referent::Concept(Concept::SustainableDevelopment),
            "4th Industrial Revolution" 0 => Referent::Concept(Concept::FourthIndustrialRevolution),
            "ASEM" 0 => Referent::Entity(Entity::Asem),
        ),
        clauses: clauses!(P4, 4;
            "we encourage" 0 => Verb::Encourage, ClauseForm::Main, &[];
        ),
    },
    Paragraph {
        number: 5,
        text: P5,
        section: Section::Preamble,
        themes: tags!(P5;
            Theme::Governance => "the ASEM Education Process is an irreplaceable component of the overall ASEM cooperation",
        ),
        instruments: tags!(P5;),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P5, 5;
            "ASEM Education Process" 0 => Referent::Entity(Entity::AsemEducationProcess),
            "ASEM" 0 => Referent::Entity(Entity::Asem),
            "ASEM" 0 => Referent::Entity(Entity::Asem),
            "ASEM" 0 => Referent::Entity(Entity::Asem),
            "Declaration" 0 => Referent::Declaration,
        ),
        clauses: clauses!(P5, 5;
            "We underscore" 0 => Verb::Underscore, ClauseForm::Main, &[];
            "Recognising" 0 => Verb::Recognise, ClauseForm::Participial, &[];
            "reflecting on" 0 => Verb::Reflect, ClauseForm::Participial, &[];
            "contemplating upon" 0 => Verb::Contemplate, ClauseForm::Participial, &[];
            "we adopt" 0 => Verb::Adopt, ClauseForm::Main, &[];
        ),
    },
    Paragraph {
        number: 6,
        text: P6,
        section: Section::Mobility,
        themes: tags!(P6;
            Theme::Mobility => "numbers of mobile individuals",
            Theme::Recognition => "recognition of qualifications and credits",
            Theme::HigherEducation => "in higher education",
            Theme::GlobalCitizenship => "inter-cultural and inter-religious understanding",
            Theme::SustainableDevelopment => "peaceful and sustainable development",
            Theme::Connectivity => "people-to-people contacts",
        ),
        instruments: tags!(P6;
            Instrument::AsemDuoFellowship => "ASEM-DUO Fellowship Programme",
            Instrument::ErasmusPlus => "Erasmus+ programme",
            Instrument::AsefProgrammes => "education programmes of the Asia-Europe Foundation (ASEF)",
        ),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P6, 6;
            "Asia" 0 => Referent::Place(Place::Asia),
            "Europe" 0 => Referent::Place(Place::Europe),
            "sustainable development" 0 => Referent::Concept(Concept::SustainableDevelopment),
            "ASEM-DUO Fellowship Programme" 0 => Referent::Instrument(Instrument::AsemDuoFellowship),
            "Erasmus+ programme" 0 => Referent::Instrument(Instrument::ErasmusPlus),
            "Asia-Europe Foundation" 0 => Referent::Entity(Entity::Asef),
            "ASEF" 0 => Referent::Entity(Entity::Asef),
            "Asia" 0 => Referent::Place(Place::Asia),
            "Europe" 0 => Referent::Place(Place::Europe),
        ),
        clauses: clauses!(P6, 6;
            "We reaffirm" 0 => Verb::Reaffirm, ClauseForm::Main, &[];
            "take note" 0 => Verb::TakeNote, ClauseForm::Main, &[];
            "we declare" 0 => Verb::Declare, ClauseForm::Main, &[];
            "express willingness" 0 => Verb::ExpressWillingness, ClauseForm::Main, &[];
        ),
    },
    Paragraph {
        number: 7,
        text: P7,
        section: Section::Mobility,
        themes: tags!(P7;
            Theme::Mobility => "support their mobility",
            Theme::DigitalInnovation => "active use of cyberspace for educational purposes",
            Theme::GlobalCitizenship => "Global Citizenship Education and Education for International Understanding",
        ),
        instruments: tags!(P7;
            Instrument::VirtualMobility => "virtual mobility",
            Instrument::BestPracticeSharing => "best practices and information sharing",
        ),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P7, 7;
            "Global Citizenship Education" 0 => Referent::Concept(Concept::GlobalCitizenshipEducation),
            "Education for International Understanding" 0 => Referent::Concept(Concept::EducationForInternationalUnderstanding),
            "virtual mobility" 0 => Referent::Instrument(Instrument::VirtualMobility),
        ),
        clauses: clauses!(P7, 7;
            "We believe" 0 => Verb::Believe, ClauseForm::Main, &[];
            "We recognise" 0 => Verb::Recognise, ClauseForm::Main, &[];
            "We also recognise" 0 => Verb::Recognise, ClauseForm::Main, &[];
            "we acknowledge" 0 => Verb::Acknowledge, ClauseForm::Main, &[];
        ),
    },
    Paragraph {
        number: 8,
        text: P8,
        section: Section::NewSkillsAndLifelongLearning,
        themes: tags!(P8;
            Theme::Mobility => "mobility of students and staff",
            Theme::Employability => "enhancing the employability",
            Theme::Skills => "development of key competencies",
            Theme::HigherEducation => "higher education institutions",
            Theme::Youth => "current and future generations",
            Theme::Research => "inter-disciplinary education and research",
        ),
        instruments: tags!(P8;
            Instrument::JointProjects => "development of joint projects",
        ),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P8, 8;
            "universities" 0 => Referent::Entity(Entity::HigherEducationInstitutions),
            "universities" 0 => Referent::Entity(Entity::HigherEducationInstitutions),
            "STEM" 0 => Referent::Concept(Concept::Stem),
            "higher education institutions" 0 => Referent::Entity(Entity::HigherEducationInstitutions),
            "Europe" 0 => Referent::Place(Place::Europe),
            "Asia" 0 => Referent::Place(Place::Asia),
            "joint projects" 0 => Referent::Instrument(Instrument::JointProjects),
        ),
        clauses: clauses!(P8, 8;
            "We recognise" 0 => Verb::Recognise, ClauseForm::Main, &[];
            "emphasise" 0 => Verb::Emphasise, ClauseForm::Main, &[];
            "we recognise" 0 => Verb::Recognise, ClauseForm::Main, &[];
            "we encourage" 0 => Verb::Encourage, ClauseForm::Main, &[];
            "We welcome" 0 => Verb::Welcome, ClauseForm::Main, &[];
        ),
    },
    Paragraph {
        number: 9,
        text: P9,
        section: Section::NewSkillsAndLifelongLearning,
        themes: tags!(P9;
            Theme::Employability => "reflect the current industrial needs",
            Theme::LifelongLearning => "lifelong learning programmes including technical vocational education and training, as well as adult education",
            Theme::DigitalInnovation => "new technologies",
            Theme::StakeholderEngagement => "we strongly encourage all stakeholders",
        ),
        instruments: tags!(P9;
            Instrument::StakeholderParticipation => "all stakeholders to actively engage in various platforms",
        ),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P9, 9;
            "lifelong learning" 0 => Referent::Concept(Concept::LifelongLearning),
            "technical vocational education and training" 0 => Referent::Concept(Concept::Tvet),
            "adult education" 0 => Referent::Concept(Concept::AdultEducation),
            "stakeholders" 0 => Referent::Entity(Entity::Stakeholders),
        ),
        clauses: clauses!(P9, 9;
            "we need to work toward" 0 => Verb::Need, ClauseForm::Main, &[];
            "we strongly encourage" 0 => Verb::Encourage, ClauseForm::Main, &[Entity::Stakeholders];
        ),
    },
    Paragraph {
        number: 10,
        text: P10,
        section: Section::TechnologyForInnovation,
        themes: tags!(P10;
            Theme::Recognition => "credit transfer and recognition issues",
            Theme::DigitalInnovation => "ICT – Information and Communication Technologies",
            Theme::SustainableDevelopment => "SDG – Sustainable Development Goals",
            Theme::Equity => "equity and accessibility in education",
        ),
        instruments: tags!(P10;
            Instrument::OpenEducationalResources => "OER – Open Educational Resources",
            Instrument::Moocs => "Massive Open Online Courses (MOOCs)",
            Instrument::LearningAnalytics => "smart learning analytics platform",
            Instrument::CreditTransfer => "credit transfer",
        ),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P10, 10;
            "ICT" 0 => Referent::Concept(Concept::Ict),
            "Information and Communication Technologies" 0 => Referent::Concept(Concept::Ict),
            "SDG" 0 => Referent::Concept(Concept::Sdgs),
            "Sustainable Development Goals" 0 => Referent::Concept(Concept::Sdgs),
            "OER" 0 => Referent::Concept(Concept::Oer),
            "Open Educational Resources" 0 => Referent::Concept(Concept::Oer),
            "ASEM partners" 0 => Referent::Entity(Entity::AsemPartners),
            "ICT" 0 => Referent::Concept(Concept::Ict),
            "Massive Open Online Courses" 0 => Referent::Concept(Concept::Moocs),
            "MOOCs" 0 => Referent::Concept(Concept::Moocs),
            "learning analytics platform" 0 => Referent::Instrument(Instrument::LearningAnalytics),
            "ICT" 0 => Referent::Concept(Concept::Ict),
            "credit transfer" 0 => Referent::Instrument(Instrument::CreditTransfer),
            "ICT" 0 => Referent::Concept(Concept::Ict),
        ),
        clauses: clauses!(P10, 10;
            "Taking note" 0 => Verb::TakeNote, ClauseForm::Participial, &[];
            "we declare" 0 => Verb::Declare, ClauseForm::Main, &[];
            "we will strive" 0 => Verb::Strive, ClauseForm::Main, &[];
            "We also urge" 0 => Verb::Urge, ClauseForm::Main, &[Entity::AsemPartners];
            "Concerned with" 0 => Verb::BeConcerned, ClauseForm::Participial, &[];
            "we intend" 0 => Verb::Intend, ClauseForm::Main, &[];
            "we are ready" 0 => Verb::BeReady, ClauseForm::Main, &[];
        ),
    },
    Paragraph {
        number: 11,
        text: P11,
        section: Section::KeyInstruments,
        themes: tags!(P11;),
        instruments: tags!(P11;
            Instrument::BestPracticeSharing => "sharing best practices",
            Instrument::CapacityBuilding => "capacity-building of policymakers and policy implementers",
        ),
        footnotes: &[],
        emphasis: &[],
        mentions: &[],
        clauses: clauses!(P11, 11;
            "We declare" 0 => Verb::Declare, ClauseForm::Main, &[];
        ),
    },
    Paragraph {
        number: 12,
        text: P12,
        section: Section::KeyInstruments,
        themes: tags!(P12;
            Theme::Mobility => "exchange of ideas, knowledge, information, best practices and experts",
            Theme::Research => "joint research programmes",
            Theme::StakeholderEngagement => "active participation of various stakeholders",
            Theme::Governance => "closer collaboration between the ASEM Education Process and the ASEM Political Process",
        ),
        instruments: tags!(P12;
            Instrument::JointResearch => "joint research programmes",
            Instrument::BestPracticeSharing => "best practices",
            Instrument::PolicyDialogue => "active dialogue",
            Instrument::StakeholderParticipation => "active participation of various stakeholders",
            Instrument::EducationSecretariat => "function and role of the ASEM Education Secretariat should be strengthened",
        ),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P12, 12;
            "ASEM" 0 => Referent::Entity(Entity::Asem),
            "stakeholders" 0 => Referent::Entity(Entity::Stakeholders),
            "ASEM Education Process" 0 => Referent::Entity(Entity::AsemEducationProcess),
            "ASEM Political Process" 0 => Referent::Entity(Entity::AsemPoliticalProcess),
            "ASEM Summits" 0 => Referent::Entity(Entity::AsemSummits),
            "ASEM Foreign Ministers Meetings" 0 => Referent::Entity(Entity::AsemFmm),
            "ASEM FMM" 0 => Referent::Entity(Entity::AsemFmm),
            "ASEM Labour and Employment Ministers' Conferences" 0 => Referent::Entity(Entity::AsemLemc),
            "ASEM LEMC" 0 => Referent::Entity(Entity::AsemLemc),
            "joint research programmes" 0 => Referent::Instrument(Instrument::JointResearch),
            "ASEM Education Secretariat" 0 => Referent::Entity(Entity::AsemEducationSecretariat),
            "ASEM" 0 => Referent::Entity(Entity::Asem),
        ),
        clauses: clauses!(P12, 12;
            "We are ready" 0 => Verb::BeReady, ClauseForm::Main, &[];
            "we recognise" 0 => Verb::Recognise, ClauseForm::Main, &[];
            "we also envision" 0 => Verb::Envision, ClauseForm::Main, &[];
            "We recognise" 0 => Verb::Recognise, ClauseForm::Main, &[];
            "encouraging" 0 => Verb::Encourage, ClauseForm::Participial, &[];
            "Recognising" 0 => Verb::Recognise, ClauseForm::Participial, &[];
            "we will strive" 0 => Verb::Strive, ClauseForm::Main, &[];
        ),
    },
    Paragraph {
        number: 13,
        text: P13,
        section: Section::KeyInstruments,
        themes: tags!(P13;
            Theme::StakeholderEngagement => "in cooperation with the ASEM partners and stakeholders",
            Theme::Governance => "intensify the follow-up",
        ),
        instruments: tags!(P13;
            Instrument::StakeholderParticipation => "in cooperation with the ASEM partners and stakeholders",
            Instrument::EducationSecretariat => "We invite the ASEM Education Secretariat",
        ),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P13, 13;
            "ASEM Education Secretariat" 0 => Referent::Entity(Entity::AsemEducationSecretariat),
            "ASEM partners" 0 => Referent::Entity(Entity::AsemPartners),
            "ASEM" 0 => Referent::Entity(Entity::Asem),
            "ASEM partners" 0 => Referent::Entity(Entity::AsemPartners),
            "stakeholders" 0 => Referent::Entity(Entity::Stakeholders),
        ),
        clauses: clauses!(P13, 13;
            "We invite" 0 => Verb::Invite, ClauseForm::Main, &[Entity::AsemEducationSecretariat];
        ),
    },
    Paragraph {
        number: 14,
        text: P14,
        section: Section::KeyInstruments,
        themes: tags!(P14;
            Theme::Employability => "educational and employment opportunities",
            Theme::Connectivity => "developing connectivity",
            Theme::Youth => "students and youth",
        ),
        instruments: tags!(P14;),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P14, 14;
            "Seoul Declaration" 0 => Referent::Declaration,
            "ASEM" 0 => Referent::Entity(Entity::Asem),
            "Asia" 0 => Referent::Place(Place::Asia),
            "Europe" 0 => Referent::Place(Place::Europe),
        ),
        clauses: clauses!(P14, 14;
            "We look forward" 0 => Verb::LookForward, ClauseForm::Main, &[];
            "We also acknowledge" 0 => Verb::Acknowledge, ClauseForm::Main, &[];
        ),
    },
    Paragraph {
        number: 15,
        text: P15,
        section: Section::KeyInstruments,
        themes: tags!(P15;
            Theme::StakeholderEngagement => "ASEM partners and stakeholders to actively partake",
            Theme::Governance => "host educational ministerial meetings",
        ),
        instruments: tags!(P15;
            Instrument::StakeholderParticipation => "encourage ASEM partners and stakeholders to actively partake in all activities",
            Instrument::MinisterialMeetings => "host educational ministerial meetings",
        ),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P15, 15;
            "Seoul Declaration" 0 => Referent::Declaration,
            "educational ministerial meetings" 0 => Referent::Instrument(Instrument::MinisterialMeetings),
            "ASEM partners" 0 => Referent::Entity(Entity::AsemPartners),
            "stakeholders" 0 => Referent::Entity(Entity::Stakeholders),
            "Declaration" 0 => Referent::Declaration,
        ),
        clauses: clauses!(P15, 15;
            "we agree" 0 => Verb::Agree, ClauseForm::Main, &[];
            "expressing the willingness" 0 => Verb::ExpressWillingness, ClauseForm::Participial, &[];
            "we encourage" 0 => Verb::Encourage, ClauseForm::Main, &[Entity::AsemPartners, Entity::Stakeholders];
        ),
    },
    Paragraph {
        number: 16,
        text: P16,
        section: Section::KeyInstruments,
        themes: tags!(P16;
            Theme::Governance => "the next chapter of the ASEM Education Process",
        ),
        instruments: tags!(P16;
            Instrument::MinisterialMeetings => "from their 1st to 6th gatherings",
        ),
        footnotes: &[],
        emphasis: &[],
        mentions: mentions!(P16, 16;
            "ASEM Education Ministers" 0 => Referent::Entity(Entity::EducationMinisters),
            "Seoul Declaration" 0 => Referent::Declaration,
            "ASEM Education Process" 0 => Referent::Entity(Entity::AsemEducationProcess),
        ),
        clauses: clauses!(P16, 16;
            "Building on" 0 => Verb::BuildOn, ClauseForm::Participial, &[];
        ),
    },
];

/// The paragraph numbered `n`, for `para!`: out of range fails to compile.
#[doc(hidden)]
#[must_use]
pub const fn paragraph(n: u8) -> &'static Paragraph {
    assert!(
        n >= 1 && n as usize <= PARAGRAPH_TABLE.len(),
        "the Seoul Declaration has paragraphs 1 to 16"
    );
    &PARAGRAPH_TABLE[n as usize - 1]
}

// A wrong number, an acronym whose name is not its first form, or a misfiled
// annotation is a compile error.
const _: () = {
    let mut a = 0;
    while a < ACRONYM_TABLE.len() {
        let name = Acronym::ALL[a].name().as_bytes();
        let first = ACRONYM_TABLE[a].forms[0].as_bytes();
        assert!(
            name.len() == first.len() && starts_with(first, name, 0),
            "ACRONYMS must follow the order of Acronym::ALL, each led by the acronym's name"
        );
        a += 1;
    }
    assert!(
        ACRONYM_TABLE.len() == Acronym::ALL.len(),
        "one record per acronym"
    );
    let mut i = 0;
    while i < PARAGRAPH_TABLE.len() {
        let p = &PARAGRAPH_TABLE[i];
        assert!(
            p.number as usize == i + 1,
            "paragraphs must be numbered 1, 2, 3, ... in order"
        );
        let mut j = 0;
        while j < p.mentions.len() {
            assert!(
                p.mentions[j].paragraph == p.number,
                "a mention is filed under another paragraph"
            );
            j += 1;
        }
        let mut j = 0;
        while j < p.clauses.len() {
            assert!(
                p.clauses[j].paragraph == p.number,
                "a clause is filed under another paragraph"
            );
            j += 1;
        }
        let mut j = 0;
        while j < p.footnotes.len() {
            assert!(
                p.footnotes[j].paragraph == p.number,
                "a footnote marker is filed under another paragraph"
            );
            j += 1;
        }
        i += 1;
    }
};
