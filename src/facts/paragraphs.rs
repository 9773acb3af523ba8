//! The 16 paragraphs, one record each: the text, the heading, the tags with
//! the words that justify them, the italics, the footnote marker, the names,
//! the clauses, the sentences and the commitments.
//!
//! Every offset is found when the crate is compiled, from the words it stands
//! at, so none is typed by hand, and words missing from their paragraph fail
//! the build. Sentences and the scopes of clauses are found by their rules
//! ([`Sentence`], [`Clause::scope`](crate::Clause::scope)). How the tags, the
//! clauses and the commitments are decided is written in the codebook
//! (`super::codebook`).

use super::meetings::{MEETINGS, SUMMIT};
use super::text::{
    FOOTNOTE_1, P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, P13, P14, P15, P16,
};
use crate::model::anaphor_kind::AnaphorKind;
use crate::model::commitment::CommitmentWords;
use crate::model::grades::{CommitmentKind, Delegation, Force, Grade, Obligation};
use crate::model::records::Anaphor;
use crate::model::records::Antecedent;
use crate::model::records::Clause;
use crate::model::records::Commitment;
use crate::model::records::Evidence;
use crate::model::records::Mention;
use crate::model::records::Sentence;
use crate::model::records::Span;
use crate::model::records::{Footnote, FootnoteRef};
use crate::model::records::{PARAGRAPH_COUNT, Paragraph};
use crate::model::referent::{Concept, Entity, Place, Referent};
use crate::model::run::Run;
use crate::model::section::Section;
use crate::model::stance::{ClauseForm, Exclusion, Verb};
use crate::model::tag::{Instrument, Priority, Tag, Theme};

/// How many words a list holds, for the lengths of the arrays below.
const fn count(words: &[&str]) -> usize {
    words.len()
}

/// `Some(words)`, or `None` where the facts give none.
macro_rules! optional {
    () => {
        None
    };
    ($value:expr) => {
        Some($value)
    };
}

/// `(Some(Exclusion::Rule), ...)` for a clause excluded by a rule, else `None`.
macro_rules! exclusion {
    () => {
        None
    };
    ($rule:ident) => {
        Some(Exclusion::$rule)
    };
}

/// A pledge's obligation or a request's force, from the one grade the facts
/// give.
/// An anaphor's antecedent: words of paragraph N, or a heading.
macro_rules! antecedent {
    ($paragraph:literal : $words:literal) => {
        Antecedent::words_in(&PARAGRAPHS[$paragraph - 1], TEXTS[$paragraph - 1], $words)
    };
    (heading $section:ident) => {
        Antecedent::Heading(Section::$section)
    };
}

/// A component of precision: `yes` or `no`.
macro_rules! yes {
    (yes) => {
        true
    };
    (no) => {
        false
    };
}

/// Up to two words, as a pair of options.
macro_rules! two {
    () => {
        [None, None]
    };
    ($first:literal) => {
        [Some($first), None]
    };
    ($first:literal, $second:literal) => {
        [Some($first), Some($second)]
    };
}

macro_rules! grade {
    (Pledge $grade:ident) => {
        Grade::Obligation(Obligation::$grade)
    };
    (Request $grade:ident) => {
        Grade::Force(Force::$grade)
    };
}

/// The texts of the paragraphs, for antecedents that stand in another one.
const TEXTS: [&str; PARAGRAPH_COUNT as usize] = [
    P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, P13, P14, P15, P16,
];

/// One paragraph's record, from what the facts say of it:
///
/// - `N, Section, TEXT;` its number, its heading and its text;
/// - `themes { Theme => "words" }`, `instruments { Instrument => "words" }`
///   and `priorities { Priority => "words" }`, each tag with the first words of
///   the paragraph that justify it;
/// - `emphasis { "words" }`, the italics; `notes { 1 => "words" }`, a footnote
///   marker after the words it annotates;
/// - `mentions { "name" => referent }`, every name in order, `""` for the
///   same words as the name before where they name several things;
/// - `clauses { "verb phrase" => Verb, Form, [addressees]; }`, in order, with
///   `scope "words"` where the rule for scopes does not find them and
///   `exclude Rule` for a clause that gives no commitment;
/// - `commitments { Kind(StatedGrade) by actor, "clause" { action: "words",
///   object: "words", actor: "words", target: "words", timeframe: "words",
///   hedges: ["words"], intensifiers: ["words"], precision: (action specific,
///   object specific, measurable), delegation: Kind "words", g7: N, themes
///   [Theme], priorities [Priority] } }`, in order, as the adjudicated reading
///   under `data/readings/adjudicated/` codes them (`tests/readings.rs`); the
///   words from `object` to `intensifiers`, the delegation and the G7 number
///   are optional, each component is `yes` or `no`, and the stated grade is an
///   obligation for a pledge, a force for a request;
/// - `anaphors { Kind "words" in "context" => { N: "antecedent" } }`, each
///   anaphor found within its context, of its kind, its antecedent words of
///   paragraph N (or `{ heading Section }`, a heading), as the adjudicated
///   reading gives them;
macro_rules! paragraph {
    (
        $n:literal, $section:ident, $text:ident;
        themes { $($theme:ident => $theme_words:literal),* $(,)? }
        instruments { $($instrument:ident => $instrument_words:literal),* $(,)? }
        priorities { $($priority:ident => $priority_words:literal),* $(,)? }
        emphasis { $($emphasis:literal),* }
        notes { $($note:literal => $anchor:literal),* }
        mentions { $($name:literal => $referent:expr),* $(,)? }
        clauses { $($verb_words:literal => $verb:ident, $form:ident, [$($to:ident),*] $(scope $scope:literal)? $(exclude $rule:ident)?;)* }
        commitments { $(
            $kind:ident ($grade:ident) by $actor:expr, $clause:literal {
                action: $action:literal
                $(, object: $object:literal)?
                $(, actor: $actor_words:literal)?
                $(, target: $target:literal)?
                $(, timeframe: $timeframe:literal)?
                $(, hedges: [$($hedge:literal),*])?
                $(, intensifiers: [$($intensifier:literal),*])?
                , precision: ($action_specific:ident, $object_specific:ident, $measurable:ident)
                $(, delegation: $delegation:ident $delegated_to:literal)?
                $(, g7: $g7:literal)?
                , themes [$($commitment_theme:ident),*]
                , priorities [$($commitment_priority:ident),*]
                $(,)?
            },
        )* }
        anaphors { $($anaphor_kind:ident $anaphor:literal in $context:literal => { $($antecedent:tt)* }),* $(,)? }
    ) => {{
        const TEXT: &str = $text;
        const SENTENCES: [Run; Sentence::count(TEXT)] = Sentence::split(TEXT);
        const VERBS: [Run; count(&[$($verb_words),*])] = Run::locate(TEXT, [$($verb_words),*]);
        static TAGS: [Evidence; count(&[$($theme_words,)* $($instrument_words,)* $($priority_words),*])] = Evidence::attach(
            &PARAGRAPHS[$n - 1],
            Run::locate_each(TEXT, [$($theme_words,)* $($instrument_words,)* $($priority_words),*]),
            [$(Tag::Theme(Theme::$theme),)* $(Tag::Instrument(Instrument::$instrument),)* $(Tag::Priority(Priority::$priority)),*],
        );
        static NOTES: [FootnoteRef; count(&[$($anchor),*])] = [$(FootnoteRef {
            span: Span::new(&PARAGRAPHS[$n - 1], Run::find(TEXT, $anchor, 0, TEXT.len())),
            footnote: &FOOTNOTES[$note - 1],
        }),*];
        const EMPHASIS: [Run; count(&[$($emphasis),*])] = Run::locate(TEXT, [$($emphasis),*]);
        static MENTIONS: [Mention; count(&[$($name),*])] = Mention::attach(
            &PARAGRAPHS[$n - 1],
            Run::locate(TEXT, [$($name),*]),
            [$($referent),*],
        );
        static CLAUSES: [Clause; VERBS.len()] = Clause::attach(
            &PARAGRAPHS[$n - 1],
            TEXT,
            VERBS,
            [$((Verb::$verb, ClauseForm::$form, &[$(Entity::$to),*], optional!($($scope)?), exclusion!($($rule)?))),*],
            &SENTENCES,
        );
        static SENTENCE_RECORDS: [Sentence; SENTENCES.len()] = Sentence::attach(&PARAGRAPHS[$n - 1], SENTENCES);
        static COMMITMENTS: [Commitment; count(&[$($clause),*])] = Commitment::attach(
            &PARAGRAPHS[$n - 1],
            TEXT,
            &VERBS,
            &SENTENCES,
            [$({
                CommitmentWords {
                    clause: $clause,
                    kind: CommitmentKind::$kind,
                    actor: $actor,
                    stated_grade: grade!($kind $grade),
                    actor_words: optional!($($actor_words)?),
                    action: $action,
                    object: optional!($($object)?),
                    target: optional!($($target)?),
                    timeframe: optional!($($timeframe)?),
                    hedges: two!($($($hedge),*)?),
                    intensifiers: two!($($($intensifier),*)?),
                    precision: [yes!($action_specific), yes!($object_specific), yes!($measurable)],
                    delegation: optional!($(Delegation::$delegation)?),
                    delegated_to: optional!($($delegated_to)?),
                    g7: optional!($($g7)?),
                    tags: &[$(Tag::Theme(Theme::$commitment_theme),)* $(Tag::Priority(Priority::$commitment_priority)),*],
                }
            }),*],
        );
        static ANAPHORS: [Anaphor; count(&[$($anaphor),*])] = [$(Anaphor::attach(
            &PARAGRAPHS[$n - 1],
            TEXT,
            $anaphor,
            $context,
            AnaphorKind::$anaphor_kind,
            antecedent!($($antecedent)*),
        )),*];
        Paragraph {
            number: $n,
            text: TEXT,
            section: Section::$section,
            tags: &TAGS,
            footnote_refs: &NOTES,
            emphasis: &EMPHASIS,
            mentions: &MENTIONS,
            clauses: &CLAUSES,
            sentences: &SENTENCE_RECORDS,
            commitments: &COMMITMENTS,
            anaphors: &ANAPHORS,
        }
    }};
}

/// The 16 paragraphs, in order.
pub(crate) static PARAGRAPHS: [Paragraph; PARAGRAPH_COUNT as usize] = [
    paragraph! {
        1, Preamble, P1;
        themes {
            StakeholderEngagement => "representatives of ASEM stakeholders",
            Governance => "ASEM Education Secretariat for its support",
        }
        instruments {
            EducationSecretariat => "ASEM Education Secretariat",
            MinisterialMeetings => "6th ASEM Education Ministers' Meeting (ASEMME6)",
        }
        priorities { }
        emphasis { "“Collaboration for the Next Decade: from Common Perspectives to Effective Fulfillment”" }
        notes { }
        mentions {
            "Education Ministers" => Referent::Entity(Entity::EducationMinisters),
            "ASEM partner countries" => Referent::Entity(Entity::AsemPartners),
            "European Union" => Referent::Entity(Entity::EuropeanUnion),
            "ASEAN Secretariat" => Referent::Entity(Entity::AseanSecretariat),
            "ASEM stakeholders" => Referent::Entity(Entity::Stakeholders),
            "Seoul" => Referent::Place(Place::Seoul),
            "Republic of Korea" => Referent::Place(Place::RepublicOfKorea),
            "6th ASEM Education Ministers' Meeting" => Referent::Meeting(&MEETINGS[5]),
            "ASEMME6" => Referent::Meeting(&MEETINGS[5]),
            "Ministry of Education of the Republic of Korea" => Referent::Entity(Entity::MinistryOfEducationKorea),
            "ASEM Education Secretariat" => Referent::Entity(Entity::AsemEducationSecretariat),
        }
        clauses {
            "have gathered" => Gather, Main, [] exclude PastOrPresent;
            "We thank" => Thank, Main, [] exclude PastOrPresent;
        }
        commitments { }
        anaphors {
            Pronoun "its" in "its gathering" => { 1: "ASEM Education Ministers' Meeting" },
            Description "this important meeting" in "this important meeting" => { 1: "6th ASEM Education Ministers' Meeting (ASEMME6)" },
            Pronoun "its" in "its support" => { 1: "the ASEM Education Secretariat" },
        }
    },
    paragraph! {
        2, Preamble, P2;
        themes {
            Connectivity => "people-to-people connectivity",
            Governance => "Conclusions by the Chair",
        }
        instruments {
            MinisterialMeetings => "ASEM Education Ministers' Meetings",
        }
        priorities { }
        emphasis { }
        notes { 1 => "ASEM Education Ministers' Meetings" }
        mentions {
            "6th ASEM Summit" => Referent::Summit(&SUMMIT),
            "Helsinki" => Referent::Place(Place::Helsinki),
            "ASEM Education Ministers' Meeting" => Referent::Instrument(Instrument::MinisterialMeetings),
            // The range names the six meetings, each by its id.
            "1st to the 6th ASEM Education Ministers' Meeting" => Referent::Meeting(&MEETINGS[0]),
            "" => Referent::Meeting(&MEETINGS[1]),
            "" => Referent::Meeting(&MEETINGS[2]),
            "" => Referent::Meeting(&MEETINGS[3]),
            "" => Referent::Meeting(&MEETINGS[4]),
            "" => Referent::Meeting(&MEETINGS[5]),
            "ASEM" => Referent::Entity(Entity::Asem),
            "ASEM Education Ministers' Meetings" => Referent::Instrument(Instrument::MinisterialMeetings),
        }
        clauses {
            "We reaffirm" => Reaffirm, Main, [] exclude PastOrPresent;
            "We are pleased" => BePleased, Main, [] exclude PastOrPresent;
        }
        commitments { }
        anaphors {
            Pronoun "their" in "their" => { 2: "ASEM Education Ministers' Meetings" },
        }
    },
    paragraph! {
        3, Preamble, P3;
        themes {
            Employability => "youth employment",
            GlobalCitizenship => "promotion of mutual understanding",
            Connectivity => "people-to-people connectivity between Asia and Europe",
            Youth => "youth employment",
            Governance => "the ASEM Education Process has evolved",
        }
        instruments { }
        priorities {
            BusinessIndustry => "youth employment",
        }
        emphasis { }
        notes { }
        mentions {
            "ASEM Education Process" => Referent::Entity(Entity::AsemEducationProcess),
            "Asia" => Referent::Place(Place::Asia),
            "Europe" => Referent::Place(Place::Europe),
            "Asia" => Referent::Place(Place::Asia),
            "Europe" => Referent::Place(Place::Europe),
        }
        clauses {
            "We recognise" => Recognise, Main, [] exclude View;
            "We have also jointly responded" => Respond, Main, [] exclude PastOrPresent;
            "exploring and streamlining" => Explore, Participial, [] exclude PastOrPresent;
            "Recognising" => Recognise, Participial, [] exclude View;
            "we understand" => Understand, Main, [] exclude View;
        }
        commitments { }
        anaphors {
            Description "the decade-long endeavour we have made together" in "the decade-long endeavour we have made together" => { 3: "the ASEM Education Process" },
            Description "the two continents" in "the two continents" => { 3: "Asia and Europe" },
        }
    },
    paragraph! {
        4, Preamble, P4;
        themes {
            Mobility => "promote mobility",
            Employability => "boost employability",
            DigitalInnovation => "4th Industrial Revolution",
            SustainableDevelopment => "achieve sustainable development",
            Connectivity => "stimulate connectivity",
        }
        instruments {
            PolicyDialogue => "strengthen dialogue and cooperation",
        }
        priorities {
            BalancedMobility => "promote mobility",
            BusinessIndustry => "boost employability",
        }
        emphasis { }
        notes { }
        mentions {
            "sustainable development" => Referent::Concept(Concept::SustainableDevelopment),
            "4th Industrial Revolution" => Referent::Concept(Concept::FourthIndustrialRevolution),
            "ASEM" => Referent::Entity(Entity::Asem),
        }
        clauses {
            "we encourage" => Encourage, Main, [] exclude View;
        }
        commitments { }
        anaphors {
            Discourse "Against this backdrop" in "Against this backdrop" => { 4: "In the next decade, countries and regions around the world will be required to strengthen dialogue and cooperation to achieve sustainable development in order to face emerging global challenges. Employment insecurity is likely to increase with the advent of the 4th Industrial Revolution" },
            Apposition "an issue at the very top of ASEM's agenda" in "an issue at the very top of ASEM's agenda" => { 4: "employability" },
        }
    },
    paragraph! {
        5, Preamble, P5;
        themes {
            Governance => "the ASEM Education Process is an irreplaceable component of the overall ASEM cooperation",
        }
        instruments { }
        priorities { }
        emphasis { }
        notes { }
        mentions {
            "ASEM Education Process" => Referent::Entity(Entity::AsemEducationProcess),
            "ASEM" => Referent::Entity(Entity::Asem),
            "ASEM" => Referent::Entity(Entity::Asem),
            "ASEM" => Referent::Entity(Entity::Asem),
            "Declaration" => Referent::Declaration,
        }
        clauses {
            "We underscore" => Underscore, Main, [] exclude View;
            "Recognising" => Recognise, Participial, [] exclude View;
            "reflecting on" => Reflect, Participial, [] exclude PastOrPresent;
            "contemplating upon" => Contemplate, Participial, [] exclude View;
            "we adopt" => Adopt, Main, [] exclude PastOrPresent;
        }
        commitments { }
        anaphors {
            Description "the new visions" in "the new visions" => { 3: "a new set of visions" },
        }
    },
    paragraph! {
        6, Mobility, P6;
        themes {
            Mobility => "numbers of mobile individuals",
            Recognition => "recognition of qualifications and credits",
            HigherEducation => "in higher education",
            GlobalCitizenship => "inter-cultural and inter-religious understanding",
            SustainableDevelopment => "peaceful and sustainable development",
            Connectivity => "people-to-people contacts",
        }
        instruments {
            AsemDuoFellowship => "ASEM-DUO Fellowship Programme",
            ErasmusPlus => "Erasmus+ programme",
            AsefProgrammes => "education programmes of the Asia-Europe Foundation (ASEF)",
        }
        priorities {
            QualityRecognition => "recognition of qualifications and credits",
            BalancedMobility => "exchanges of students, researchers and staff",
        }
        emphasis { }
        notes { }
        mentions {
            "Asia" => Referent::Place(Place::Asia),
            "Europe" => Referent::Place(Place::Europe),
            "sustainable development" => Referent::Concept(Concept::SustainableDevelopment),
            "ASEM-DUO Fellowship Programme" => Referent::Instrument(Instrument::AsemDuoFellowship),
            "Erasmus+ programme" => Referent::Instrument(Instrument::ErasmusPlus),
            "Asia-Europe Foundation" => Referent::Entity(Entity::Asef),
            "ASEF" => Referent::Entity(Entity::Asef),
            "Asia" => Referent::Place(Place::Asia),
            "Europe" => Referent::Place(Place::Europe),
        }
        clauses {
            "We reaffirm" => Reaffirm, Main, [] exclude PastOrPresent;
            "take note" => TakeNote, Main, [] exclude View;
            "we declare" => Declare, Main, [];
            "express willingness" => ExpressWillingness, Main, [];
        }
        commitments {
            Pledge(Firm) by Referent::Ministers, "we declare" {
                action: "encourage efforts",
                object: "efforts",
                target: "to increase overall cooperation",
                intensifiers: ["strongly"],
                precision: (no, no, no),
                themes [Governance],
                priorities [],
            },
            Pledge(Firm) by Referent::Ministers, "we declare" {
                action: "encourage efforts",
                object: "efforts",
                target: "numbers of mobile individuals",
                intensifiers: ["strongly"],
                precision: (no, yes, yes),
                g7: 1,
                themes [Mobility],
                priorities [BalancedMobility],
            },
            Pledge(Willing) by Referent::Ministers, "express willingness" {
                action: "address recognition of qualifications and credits in higher education",
                object: "recognition of qualifications",
                timeframe: "in the coming decade",
                precision: (no, yes, yes),
                g7: 2,
                themes [Recognition, HigherEducation],
                priorities [QualityRecognition],
            },
            Pledge(Willing) by Referent::Ministers, "express willingness" {
                action: "address recognition of qualifications and credits in higher education",
                object: "credits in higher education",
                timeframe: "in the coming decade",
                precision: (no, yes, yes),
                g7: 3,
                themes [Recognition, HigherEducation],
                priorities [QualityRecognition],
            },
        }
        anaphors {
            Discourse "In this sense" in "In this sense" => { 6: "We reaffirm that individuals can pursue personal development through people-to-people exchange, and take note of the value of the ASEM-DUO Fellowship Programme, the Erasmus+ programme and the various education programmes of the Asia-Europe Foundation (ASEF)" },
        }
    },
    paragraph! {
        7, Mobility, P7;
        themes {
            Mobility => "support their mobility",
            DigitalInnovation => "active use of cyberspace for educational purposes",
            GlobalCitizenship => "Global Citizenship Education and Education for International Understanding",
        }
        instruments {
            VirtualMobility => "virtual mobility",
            BestPracticeSharing => "best practices and information sharing",
        }
        priorities {
            BalancedMobility => "cross-border exchange of scholars, experts, policymakers",
        }
        emphasis { }
        notes { }
        mentions {
            "Global Citizenship Education" => Referent::Concept(Concept::GlobalCitizenshipEducation),
            "Education for International Understanding" => Referent::Concept(Concept::EducationForInternationalUnderstanding),
            "virtual mobility" => Referent::Instrument(Instrument::VirtualMobility),
        }
        clauses {
            "We believe" => Believe, Main, [] exclude View;
            "We recognise" => Recognise, Main, [] exclude View;
            "We also recognise" => Recognise, Main, [] exclude View;
            "we acknowledge" => Acknowledge, Main, [] exclude View;
        }
        commitments { }
        anaphors {
            Pronoun "their" in "their" => { 7: "people of different cultural and historical backgrounds" },
        }
    },
    paragraph! {
        8, NewSkillsAndLifelongLearning, P8;
        themes {
            Mobility => "mobility of students and staff",
            Employability => "enhancing the employability",
            Skills => "development of key competencies",
            HigherEducation => "higher education institutions",
            Youth => "current and future generations",
            Research => "inter-disciplinary education and research",
        }
        instruments {
            JointProjects => "development of joint projects",
        }
        priorities {
            BusinessIndustry => "enhancing the employability of current and future generations",
            BalancedMobility => "mobility of students and staff",
        }
        emphasis { }
        notes { }
        mentions {
            "universities" => Referent::Entity(Entity::HigherEducationInstitutions),
            "universities" => Referent::Entity(Entity::HigherEducationInstitutions),
            "STEM" => Referent::Concept(Concept::Stem),
            "higher education institutions" => Referent::Entity(Entity::HigherEducationInstitutions),
            "Europe" => Referent::Place(Place::Europe),
            "Asia" => Referent::Place(Place::Asia),
            "joint projects" => Referent::Instrument(Instrument::JointProjects),
        }
        clauses {
            "We recognise" => Recognise, Main, [] exclude View;
            "emphasise" => Emphasise, Main, [] exclude View;
            "we recognise" => Recognise, Main, [] exclude View;
            "we encourage" => Encourage, Main, [] exclude NoParty;
            "We welcome" => Welcome, Main, [HigherEducationInstitutions];
        }
        commitments {
            Request(Invite) by Referent::Entity(Entity::HigherEducationInstitutions), "We welcome" {
                action: "establishment of direct contacts",
                object: "direct contacts",
                actor: "higher education institutions of Europe and Asia",
                precision: (no, no, no),
                delegation: Class "higher education institutions of Europe and Asia",
                themes [HigherEducation, Connectivity],
                priorities [],
            },
            Request(Invite) by Referent::Entity(Entity::HigherEducationInstitutions), "We welcome" {
                action: "enhancing cooperation",
                object: "cooperation between higher education institutions of Europe and Asia, including the development of joint projects and mobility of students and staff",
                actor: "higher education institutions of Europe and Asia",
                precision: (no, no, no),
                delegation: Class "higher education institutions of Europe and Asia",
                themes [Mobility, HigherEducation],
                priorities [BalancedMobility],
            },
        }
        anaphors {
            Discourse "In this regard" in "In this regard" => { 8: "in order to help universities to innovate, inter-disciplinary education and research should be promoted, as well as a balanced approach between humanities, STEM disciplines and entrepreneurial competences to broaden student perspectives and encourage flexible, creative, and critical thinking" },
        }
    },
    paragraph! {
        9, NewSkillsAndLifelongLearning, P9;
        themes {
            Employability => "reflect the current industrial needs",
            LifelongLearning => "lifelong learning programmes including technical vocational education and training, as well as adult education",
            DigitalInnovation => "new technologies",
            StakeholderEngagement => "we strongly encourage all stakeholders",
        }
        instruments {
            StakeholderParticipation => "all stakeholders to actively engage in various platforms",
        }
        priorities {
            BusinessIndustry => "link with private-economic sectors",
            LifelongLearning => "lifelong learning programmes including technical vocational education and training, as well as adult education",
        }
        emphasis { }
        notes { }
        mentions {
            "lifelong learning" => Referent::Concept(Concept::LifelongLearning),
            "technical vocational education and training" => Referent::Concept(Concept::Tvet),
            "adult education" => Referent::Concept(Concept::AdultEducation),
            "stakeholders" => Referent::Entity(Entity::Stakeholders),
        }
        clauses {
            "we need to" => Need, Main, [];
            "we strongly encourage" => Encourage, Main, [Stakeholders];
        }
        commitments {
            Pledge(Willing) by Referent::Ministers, "we need to" {
                action: "work toward lifelong learning programmes including technical vocational education and training, as well as adult education",
                object: "lifelong learning programmes including technical vocational education and training, as well as adult education",
                precision: (no, no, no),
                themes [LifelongLearning],
                priorities [LifelongLearning],
            },
            Request(Encourage) by Referent::Entity(Entity::Stakeholders), "we strongly encourage" {
                action: "engage in various platforms",
                object: "various platforms",
                actor: "all stakeholders",
                target: "To ensure that they reflect the current industrial needs",
                intensifiers: ["strongly", "actively"],
                precision: (no, no, no),
                delegation: Class "all stakeholders",
                themes [Employability, LifelongLearning, StakeholderEngagement],
                priorities [LifelongLearning, BusinessIndustry],
            },
            Request(Encourage) by Referent::Entity(Entity::Stakeholders), "we strongly encourage" {
                action: "link with private-economic sectors",
                object: "private-economic sectors",
                actor: "all stakeholders",
                target: "To ensure that they reflect the current industrial needs",
                intensifiers: ["strongly"],
                precision: (no, no, no),
                delegation: Class "all stakeholders",
                themes [Employability, LifelongLearning, StakeholderEngagement],
                priorities [LifelongLearning, BusinessIndustry],
            },
        }
        anaphors {
            Pronoun "they" in "they" => { 9: "lifelong learning programmes including technical vocational education and training, as well as adult education" },
        }
    },
    paragraph! {
        10, TechnologyForInnovation, P10;
        themes {
            Recognition => "credit transfer and recognition issues",
            DigitalInnovation => "ICT – Information and Communication Technologies",
            SustainableDevelopment => "SDG – Sustainable Development Goals",
            Equity => "equity and accessibility in education",
        }
        instruments {
            OpenEducationalResources => "OER – Open Educational Resources",
            Moocs => "Massive Open Online Courses (MOOCs)",
            LearningAnalytics => "smart learning analytics platform",
            CreditTransfer => "credit transfer",
        }
        priorities {
            QualityRecognition => "credit transfer and recognition issues",
        }
        emphasis { }
        notes { }
        mentions {
            "ICT" => Referent::Concept(Concept::Ict),
            "Information and Communication Technologies" => Referent::Concept(Concept::Ict),
            "SDG" => Referent::Concept(Concept::Sdgs),
            "Sustainable Development Goals" => Referent::Concept(Concept::Sdgs),
            "OER" => Referent::Concept(Concept::Oer),
            "Open Educational Resources" => Referent::Concept(Concept::Oer),
            "ASEM partners" => Referent::Entity(Entity::AsemPartners),
            "ICT" => Referent::Concept(Concept::Ict),
            "Massive Open Online Courses" => Referent::Concept(Concept::Moocs),
            "MOOCs" => Referent::Concept(Concept::Moocs),
            "learning analytics platform" => Referent::Instrument(Instrument::LearningAnalytics),
            "ICT" => Referent::Concept(Concept::Ict),
            "credit transfer" => Referent::Instrument(Instrument::CreditTransfer),
            "ICT" => Referent::Concept(Concept::Ict),
        }
        clauses {
            "Taking note" => TakeNote, Participial, [] exclude View;
            "we declare" => Declare, Main, [];
            "we will strive" => Strive, Main, [];
            "We also urge" => Urge, Main, [AsemPartners];
            "Concerned with" => BeConcerned, Participial, [] exclude View;
            "we intend" => Intend, Main, [];
            "we are ready" => BeReady, Main, [];
        }
        commitments {
            Pledge(Willing) by Referent::Ministers, "we declare" {
                action: "stronger collaboration",
                object: "collaboration",
                target: "to help close the education gap between different regions and countries and address the SDG – Sustainable Development Goals – challenges and global issues, such as equity and accessibility in education",
                precision: (no, yes, no),
                g7: 4,
                themes [SustainableDevelopment, Equity, Governance],
                priorities [],
            },
            Pledge(Firm) by Referent::Ministers, "we will strive" {
                action: "promote the use and sharing of quality teaching and learning materials",
                object: "the use and sharing of quality teaching and learning materials",
                hedges: ["strive to"],
                precision: (no, no, no),
                themes [DigitalInnovation],
                priorities [],
            },
            Request(Urge) by Referent::Entity(Entity::AsemPartners), "We also urge" {
                action: "use ICT as a tool",
                object: "ICT",
                actor: "our ASEM partners",
                target: "to innovate teaching and learning practices",
                precision: (no, no, no),
                delegation: Class "our ASEM partners",
                themes [DigitalInnovation],
                priorities [],
            },
            Pledge(Willing) by Referent::Ministers, "we intend" {
                action: "explore possibilities of resolving this issue",
                object: "possibilities of resolving this issue",
                precision: (no, yes, no),
                g7: 5,
                themes [DigitalInnovation, Equity],
                priorities [],
            },
            Pledge(Willing) by Referent::Ministers, "we are ready" {
                action: "discuss credit transfer and recognition issues related to the use of ICT in education",
                object: "credit transfer",
                precision: (no, yes, no),
                g7: 6,
                themes [Recognition, DigitalInnovation],
                priorities [QualityRecognition],
            },
            Pledge(Willing) by Referent::Ministers, "we are ready" {
                action: "discuss credit transfer and recognition issues related to the use of ICT in education",
                object: "recognition issues related to the use of ICT in education",
                precision: (no, yes, no),
                g7: 7,
                themes [Recognition, DigitalInnovation],
                priorities [QualityRecognition],
            },
        }
        anaphors {
            Pronoun "their" in "their" => { 10: "learners" },
            Description "this issue" in "this issue" => { 10: "a gap in ICT use may cause more serious social polarisation in the future" },
        }
    },
    paragraph! {
        11, KeyInstruments, P11;
        themes { }
        instruments {
            BestPracticeSharing => "sharing best practices",
            CapacityBuilding => "capacity-building of policymakers and policy implementers",
        }
        priorities { }
        emphasis { }
        notes { }
        mentions { }
        clauses {
            "We declare" => Declare, Main, [];
        }
        commitments {
            Pledge(Firm) by Referent::Ministers, "We declare" {
                action: "strengthen our cooperation in sharing best practices",
                object: "our cooperation in sharing best practices",
                target: "to enhance our education systems",
                precision: (no, no, no),
                themes [Governance],
                priorities [],
            },
            Pledge(Firm) by Referent::Ministers, "We declare" {
                action: "pursue capacity-building of policymakers and policy implementers",
                object: "capacity-building of policymakers",
                precision: (no, yes, no),
                g7: 8,
                themes [Skills],
                priorities [],
            },
            Pledge(Firm) by Referent::Ministers, "We declare" {
                action: "pursue capacity-building of policymakers and policy implementers",
                object: "policy implementers",
                precision: (no, yes, no),
                g7: 9,
                themes [Skills],
                priorities [],
            },
        }
        anaphors { }
    },
    paragraph! {
        12, KeyInstruments, P12;
        themes {
            Mobility => "exchange of ideas, knowledge, information, best practices and experts",
            Research => "joint research programmes",
            StakeholderEngagement => "active participation of various stakeholders",
            Governance => "closer collaboration between the ASEM Education Process and the ASEM Political Process",
        }
        instruments {
            JointResearch => "joint research programmes",
            BestPracticeSharing => "best practices",
            PolicyDialogue => "active dialogue",
            StakeholderParticipation => "active participation of various stakeholders",
            EducationSecretariat => "function and role of the ASEM Education Secretariat should be strengthened",
        }
        priorities {
            BusinessIndustry => "industries",
            BalancedMobility => "exchange of ideas, knowledge, information, best practices and experts",
        }
        emphasis { }
        notes { }
        mentions {
            "ASEM" => Referent::Entity(Entity::Asem),
            "stakeholders" => Referent::Entity(Entity::Stakeholders),
            "ASEM Education Process" => Referent::Entity(Entity::AsemEducationProcess),
            "ASEM Political Process" => Referent::Entity(Entity::AsemPoliticalProcess),
            "ASEM Summits" => Referent::Entity(Entity::AsemSummits),
            "ASEM Foreign Ministers Meetings" => Referent::Entity(Entity::AsemFmm),
            "ASEM FMM" => Referent::Entity(Entity::AsemFmm),
            "ASEM Labour and Employment Ministers' Conferences" => Referent::Entity(Entity::AsemLemc),
            "ASEM LEMC" => Referent::Entity(Entity::AsemLemc),
            "joint research programmes" => Referent::Instrument(Instrument::JointResearch),
            "ASEM Education Secretariat" => Referent::Entity(Entity::AsemEducationSecretariat),
            "ASEM" => Referent::Entity(Entity::Asem),
        }
        clauses {
            "We are ready" => BeReady, Main, [];
            "we recognise" => Recognise, Main, [] exclude View;
            "we also envision" => Envision, Main, [];
            "We recognise" => Recognise, Main, [] exclude View;
            "encouraging" => Encourage, Participial, [] exclude NoParty;
            "Recognising" => Recognise, Participial, [] exclude View;
            "we will strive" => Strive, Main, [];
        }
        commitments {
            Pledge(Willing) by Referent::Ministers, "We are ready" {
                action: "make our cooperation more tangible and effective",
                object: "our cooperation",
                target: "to realise our common vision in the next decade",
                timeframe: "in the next decade",
                precision: (no, no, yes),
                g7: 10,
                themes [Mobility, Skills, Governance],
                priorities [BalancedMobility],
            },
            Pledge(Willing) by Referent::Ministers, "we also envision" {
                action: "a closer collaboration between the ASEM Education Process and the ASEM Political Process",
                object: "the ASEM Education Process and the ASEM Political Process",
                target: "To achieve this goal",
                precision: (no, yes, no),
                g7: 11,
                themes [Governance],
                priorities [],
            },
            Pledge(Firm) by Referent::Ministers, "we will strive" {
                action: "support the wide-ranging activities of ASEM",
                object: "the wide-ranging activities of ASEM",
                hedges: ["strive to"],
                precision: (no, no, no),
                themes [Governance],
                priorities [],
            },
        }
        anaphors {
            Description "our common vision" in "our common vision" => { heading Vision },
            Description "this goal" in "this goal" => { 12: "enhance the adequacy, suitability and transparency of ASEM cooperation tasks" },
            Discourse "these respective fields" in "these respective fields" => { 12: "diversity in policies among different regions and countries, as well as to facilitating the exchange of ideas, knowledge, information, best practices and experts" },
        }
    },
    paragraph! {
        13, KeyInstruments, P13;
        themes {
            StakeholderEngagement => "in cooperation with the ASEM partners and stakeholders",
            Governance => "intensify the follow-up",
        }
        instruments {
            StakeholderParticipation => "in cooperation with the ASEM partners and stakeholders",
            EducationSecretariat => "We invite the ASEM Education Secretariat",
        }
        priorities { }
        emphasis { }
        notes { }
        mentions {
            "ASEM Education Secretariat" => Referent::Entity(Entity::AsemEducationSecretariat),
            "ASEM partners" => Referent::Entity(Entity::AsemPartners),
            "ASEM" => Referent::Entity(Entity::Asem),
            "ASEM partners" => Referent::Entity(Entity::AsemPartners),
            "stakeholders" => Referent::Entity(Entity::Stakeholders),
        }
        clauses {
            "We invite" => Invite, Main, [AsemEducationSecretariat];
        }
        commitments {
            Request(Invite) by Referent::Entity(Entity::AsemEducationSecretariat), "We invite" {
                action: "assist the ASEM partners in implementing the agreed ASEM initiatives",
                object: "the ASEM partners",
                actor: "the ASEM Education Secretariat",
                precision: (no, yes, no),
                delegation: Body "the ASEM Education Secretariat",
                themes [Governance],
                priorities [],
            },
            Request(Invite) by Referent::Entity(Entity::AsemEducationSecretariat), "We invite" {
                action: "intensify the follow-up",
                object: "the follow-up",
                actor: "the ASEM Education Secretariat",
                precision: (no, no, no),
                delegation: Body "the ASEM Education Secretariat",
                themes [Governance],
                priorities [],
            },
            Request(Invite) by Referent::Entity(Entity::AsemEducationSecretariat), "We invite" {
                action: "enhance the coherence of all the activities, projects and initiatives taken",
                object: "the coherence of all the activities, projects and initiatives taken",
                actor: "the ASEM Education Secretariat",
                precision: (no, no, no),
                delegation: Body "the ASEM Education Secretariat",
                themes [Governance],
                priorities [],
            },
        }
        anaphors {
            Description "the agreed ASEM initiatives" in "the agreed ASEM initiatives" => { 2: "joint initiatives" },
        }
    },
    paragraph! {
        14, KeyInstruments, P14;
        themes {
            Employability => "educational and employment opportunities",
            Connectivity => "developing connectivity",
            Youth => "students and youth",
        }
        instruments { }
        priorities {
            BusinessIndustry => "educational and employment opportunities",
        }
        emphasis { }
        notes { }
        mentions {
            "Seoul Declaration" => Referent::Declaration,
            "ASEM" => Referent::Entity(Entity::Asem),
            "Asia" => Referent::Place(Place::Asia),
            "Europe" => Referent::Place(Place::Europe),
        }
        clauses {
            "We look forward" => LookForward, Main, [] exclude Endorsement;
            "We also acknowledge" => Acknowledge, Main, [] exclude View;
        }
        commitments { }
        anaphors {
            Pronoun "they" in "they" => { 14: "students and youth" },
        }
    },
    paragraph! {
        15, KeyInstruments, P15;
        themes {
            StakeholderEngagement => "ASEM partners and stakeholders to actively partake",
            Governance => "host educational ministerial meetings",
        }
        instruments {
            StakeholderParticipation => "encourage ASEM partners and stakeholders to actively partake in all activities",
            MinisterialMeetings => "host educational ministerial meetings",
        }
        priorities { }
        emphasis { }
        notes { }
        mentions {
            "Seoul Declaration" => Referent::Declaration,
            "educational ministerial meetings" => Referent::Instrument(Instrument::MinisterialMeetings),
            "ASEM partners" => Referent::Entity(Entity::AsemPartners),
            "stakeholders" => Referent::Entity(Entity::Stakeholders),
            "Declaration" => Referent::Declaration,
        }
        clauses {
            "we agree" => Agree, Main, [] exclude Endorsement;
            "expressing the willingness" => ExpressWillingness, Participial, [];
            "we encourage" => Encourage, Main, [AsemPartners, Stakeholders];
        }
        commitments {
            Pledge(Willing) by Referent::Ministers, "expressing the willingness" {
                action: "encourage more education cooperation",
                object: "more education cooperation",
                precision: (no, no, no),
                themes [Governance],
                priorities [],
            },
            Pledge(Willing) by Referent::Ministers, "expressing the willingness" {
                action: "carry out initiatives",
                object: "initiatives",
                precision: (no, no, no),
                themes [Governance],
                priorities [],
            },
            Pledge(Willing) by Referent::Ministers, "expressing the willingness" {
                action: "host educational ministerial meetings",
                object: "educational ministerial meetings",
                precision: (yes, yes, no),
                g7: 12,
                themes [Governance],
                priorities [],
            },
            Pledge(Willing) by Referent::Ministers, "expressing the willingness" {
                action: "work towards synergies between them",
                object: "synergies between them",
                precision: (no, no, no),
                themes [Governance],
                priorities [],
            },
            Request(Encourage) by Referent::Entity(Entity::AsemPartners), "we encourage" {
                action: "partake in all activities outlined in this Declaration",
                object: "all activities outlined in this Declaration",
                actor: "ASEM partners",
                intensifiers: ["actively"],
                precision: (no, no, no),
                delegation: Class "ASEM partners",
                themes [Governance],
                priorities [],
            },
            Request(Encourage) by Referent::Entity(Entity::Stakeholders), "we encourage" {
                action: "partake in all activities outlined in this Declaration",
                object: "all activities outlined in this Declaration",
                actor: "stakeholders",
                intensifiers: ["actively"],
                precision: (no, no, no),
                delegation: Class "stakeholders",
                themes [StakeholderEngagement, Governance],
                priorities [],
            },
        }
        anaphors {
            Description "this goal" in "this goal" => { 14: "ensure that students and youth should have as many educational and employment opportunities as possible" },
            Pronoun "them" in "them" => { 15: "educational ministerial meetings" },
            Description "all activities outlined in this Declaration" in "all activities outlined in this Declaration" => { 15: "encourage more education cooperation, carry out initiatives, as well as host educational ministerial meetings and work towards synergies between them" },
        }
    },
    paragraph! {
        16, KeyInstruments, P16;
        themes {
            Governance => "the next chapter of the ASEM Education Process",
        }
        instruments {
            MinisterialMeetings => "from their 1st to 6th gatherings",
        }
        priorities { }
        emphasis { }
        notes { }
        mentions {
            "ASEM Education Ministers" => Referent::Entity(Entity::EducationMinisters),
            "Seoul Declaration" => Referent::Declaration,
            "ASEM Education Process" => Referent::Entity(Entity::AsemEducationProcess),
        }
        clauses {
            "Building on" => BuildOn, Participial, [] scope "the legacy of the previous promises made by ASEM Education Ministers from their 1st to 6th gatherings" exclude PastOrPresent;
        }
        commitments { }
        anaphors {
            Pronoun "their" in "their" => { 16: "ASEM Education Ministers" },
        }
    },
];

/// Footnote 1: the six meetings, each title in italics.
pub(crate) static FOOTNOTES: [Footnote; 1] = [Footnote {
    number: 1,
    paragraph: &PARAGRAPHS[1],
    text: FOOTNOTE_1,
    emphasis: &Run::locate(
        FOOTNOTE_1,
        [
            "“Education and Training for Tomorrow: Common Perspectives in Asia and Europe (Berlin, 2008)”",
            "“Sharing of Experience and Best Practice in Higher Education (Hanoi, 2009)”",
            "“Shaping an ASEM Education Area (Copenhagen 2011)”",
            "“Strategizing ASEM Education Collaboration (Kuala Lumpur, 2013)”",
            "“ASEM Education Collaboration for Results (Riga, 2015)”",
            "“Collaboration for the Next Decade: from Common Perspectives to Effective Fulfillment (Seoul, 2017)”",
        ],
    ),
}];
