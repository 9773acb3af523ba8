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
use crate::model::commitment::CommitmentWords;
use crate::model::grades::{CommitmentKind, Strength};
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
use crate::model::stance::{ClauseForm, Verb};
use crate::model::tag::{Instrument, Tag, Theme};

/// How many words a list holds, for the lengths of the arrays below.
const fn count(words: &[&str]) -> usize {
    words.len()
}

/// `Some(words)`, or `None` where the facts give none.
macro_rules! optional {
    () => {
        None
    };
    ($words:literal) => {
        Some($words)
    };
}

/// One paragraph's record, from what the facts say of it:
///
/// - `N, Section, TEXT;` its number, its heading and its text;
/// - `themes { Theme => "words" }` and `instruments { Instrument => "words" }`,
///   each tag with the first words of the paragraph that justify it;
/// - `emphasis { "words" }`, the italics; `notes { 1 => "words" }`, a footnote
///   marker after the words it annotates;
/// - `mentions { "name" => referent }`, every name in order;
/// - `clauses { "verb phrase" => Verb, Form, [addressees]; }`, in order, with
///   `scope "words"` where the rule for scopes does not find them;
/// - `commitments { Kind Strength by actor => "text" { action: "words", target:
///   "words", timeframe: "words", themes { Theme => "words" } } }`, in order,
///   the target, timeframe and themes optional.
macro_rules! paragraph {
    (
        $n:literal, $section:ident, $text:ident;
        themes { $($theme:ident => $theme_words:literal),* $(,)? }
        instruments { $($instrument:ident => $instrument_words:literal),* $(,)? }
        emphasis { $($emphasis:literal),* }
        notes { $($note:literal => $anchor:literal),* }
        mentions { $($name:literal => $referent:expr),* $(,)? }
        clauses { $($verb_words:literal => $verb:ident, $form:ident, [$($to:ident),*] $(scope $scope:literal)?;)* }
        commitments { $(
            $kind:ident $strength:ident by $actor:expr => $words:literal {
                action: $action:literal
                $(, target: $target:literal)?
                $(, timeframe: $timeframe:literal)?
                $(, themes { $($commitment_theme:ident => $commitment_theme_words:literal),* })?
                $(,)?
            },
        )* }
    ) => {{
        const TEXT: &str = $text;
        const SENTENCES: [Run; Sentence::count(TEXT)] = Sentence::split(TEXT);
        const VERBS: [Run; count(&[$($verb_words),*])] = Run::locate(TEXT, [$($verb_words),*]);
        static TAGS: [Evidence; count(&[$($theme_words,)* $($instrument_words),*])] = Evidence::attach(
            &PARAGRAPHS[$n - 1],
            Run::locate_each(TEXT, [$($theme_words,)* $($instrument_words),*]),
            [$(Tag::Theme(Theme::$theme),)* $(Tag::Instrument(Instrument::$instrument)),*],
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
            [$((Verb::$verb, ClauseForm::$form, &[$(Entity::$to),*], optional!($($scope)?))),*],
            &SENTENCES,
        );
        static SENTENCE_RECORDS: [Sentence; SENTENCES.len()] = Sentence::attach(&PARAGRAPHS[$n - 1], SENTENCES);
        static COMMITMENTS: [Commitment; count(&[$($words),*])] = Commitment::attach(
            &PARAGRAPHS[$n - 1],
            TEXT,
            &VERBS,
            &SENTENCES,
            [$(CommitmentWords {
                text: $words,
                kind: CommitmentKind::$kind,
                actor: $actor,
                strength: Strength::$strength,
                action: $action,
                target: optional!($($target)?),
                timeframe: optional!($($timeframe)?),
                themes: {
                    static THEMES: [Evidence; count(&[$($($commitment_theme_words),*)?])] = Evidence::attach(
                        &PARAGRAPHS[$n - 1],
                        Run::locate_each(TEXT, [$($($commitment_theme_words),*)?]),
                        [$($(Tag::Theme(Theme::$commitment_theme)),*)?],
                    );
                    &THEMES
                },
            }),*],
        );
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
            "have gathered" => Gather, Main, [];
            "We thank" => Thank, Main, [];
        }
        commitments { }
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
        emphasis { }
        notes { 1 => "ASEM Education Ministers' Meetings" }
        mentions {
            "6th ASEM Summit" => Referent::Summit(&SUMMIT),
            "Helsinki" => Referent::Place(Place::Helsinki),
            "ASEM Education Ministers' Meeting" => Referent::Instrument(Instrument::MinisterialMeetings),
            "6th ASEM Education Ministers' Meeting" => Referent::Meeting(&MEETINGS[5]),
            "ASEM" => Referent::Entity(Entity::Asem),
            "ASEM Education Ministers' Meetings" => Referent::Instrument(Instrument::MinisterialMeetings),
        }
        clauses {
            "We reaffirm" => Reaffirm, Main, [];
            "We are pleased" => BePleased, Main, [];
        }
        commitments { }
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
            "We recognise" => Recognise, Main, [];
            "We have also jointly responded" => Respond, Main, [];
            "exploring and streamlining" => Explore, Participial, [];
            "Recognising" => Recognise, Participial, [];
            "we understand" => Understand, Main, [];
        }
        commitments { }
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
        emphasis { }
        notes { }
        mentions {
            "sustainable development" => Referent::Concept(Concept::SustainableDevelopment),
            "4th Industrial Revolution" => Referent::Concept(Concept::FourthIndustrialRevolution),
            "ASEM" => Referent::Entity(Entity::Asem),
        }
        clauses {
            "we encourage" => Encourage, Main, [];
        }
        commitments { }
    },
    paragraph! {
        5, Preamble, P5;
        themes {
            Governance => "the ASEM Education Process is an irreplaceable component of the overall ASEM cooperation",
        }
        instruments { }
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
            "We underscore" => Underscore, Main, [];
            "Recognising" => Recognise, Participial, [];
            "reflecting on" => Reflect, Participial, [];
            "contemplating upon" => Contemplate, Participial, [];
            "we adopt" => Adopt, Main, [];
        }
        commitments { }
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
            "We reaffirm" => Reaffirm, Main, [];
            "take note" => TakeNote, Main, [];
            "we declare" => Declare, Main, [];
            "express willingness" => ExpressWillingness, Main, [];
        }
        commitments {
            Pledge Firm by Referent::Ministers => "we declare that we will strongly encourage efforts to increase overall cooperation" {
                action: "strongly encourage efforts to increase",
                target: "overall cooperation",
            },
            Pledge Firm by Referent::Ministers => "we declare that we will strongly encourage efforts to increase overall cooperation and numbers of mobile individuals" {
                action: "strongly encourage efforts to increase",
                target: "numbers of mobile individuals",
                themes { Mobility => "numbers of mobile individuals" },
            },
            Pledge Willing by Referent::Ministers => "express willingness to address recognition of qualifications and credits in higher education in the coming decade" {
                action: "address recognition of qualifications and credits in higher education",
                timeframe: "in the coming decade",
                themes { Recognition => "recognition of qualifications and credits", HigherEducation => "in higher education" },
            },
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
        emphasis { }
        notes { }
        mentions {
            "Global Citizenship Education" => Referent::Concept(Concept::GlobalCitizenshipEducation),
            "Education for International Understanding" => Referent::Concept(Concept::EducationForInternationalUnderstanding),
            "virtual mobility" => Referent::Instrument(Instrument::VirtualMobility),
        }
        clauses {
            "We believe" => Believe, Main, [];
            "We recognise" => Recognise, Main, [];
            "We also recognise" => Recognise, Main, [];
            "we acknowledge" => Acknowledge, Main, [];
        }
        commitments { }
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
            "We recognise" => Recognise, Main, [];
            "emphasise" => Emphasise, Main, [];
            "we recognise" => Recognise, Main, [];
            "we encourage" => Encourage, Main, [];
            "We welcome" => Welcome, Main, [];
        }
        commitments { }
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
        emphasis { }
        notes { }
        mentions {
            "lifelong learning" => Referent::Concept(Concept::LifelongLearning),
            "technical vocational education and training" => Referent::Concept(Concept::Tvet),
            "adult education" => Referent::Concept(Concept::AdultEducation),
            "stakeholders" => Referent::Entity(Entity::Stakeholders),
        }
        clauses {
            "we need to work toward" => Need, Main, [];
            "we strongly encourage" => Encourage, Main, [Stakeholders];
        }
        commitments {
            Pledge Willing by Referent::Ministers => "we need to work toward lifelong learning programmes including technical vocational education and training, as well as adult education" {
                action: "work toward",
                target: "lifelong learning programmes including technical vocational education and training, as well as adult education",
                themes { LifelongLearning => "lifelong learning programmes" },
            },
            Request Firm by Referent::Entity(Entity::Stakeholders) => "we strongly encourage all stakeholders to actively engage in various platforms and link with private-economic sectors" {
                action: "actively engage in various platforms and link with private-economic sectors",
                target: "ensure that they reflect the current industrial needs",
                themes { Employability => "the current industrial needs", StakeholderEngagement => "all stakeholders to actively engage" },
            },
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
            "Taking note" => TakeNote, Participial, [];
            "we declare" => Declare, Main, [];
            "we will strive" => Strive, Main, [];
            "We also urge" => Urge, Main, [AsemPartners];
            "Concerned with" => BeConcerned, Participial, [];
            "we intend" => Intend, Main, [];
            "we are ready" => BeReady, Main, [];
        }
        commitments {
            Pledge Firm by Referent::Ministers => "we declare our support for stronger collaboration, in particular, to help close the education gap between different regions and countries" {
                action: "stronger collaboration",
                target: "help close the education gap between different regions and countries",
                themes { Equity => "close the education gap" },
            },
            Pledge Firm by Referent::Ministers => "we declare our support for stronger collaboration, in particular, to help close the education gap between different regions and countries and address the SDG – Sustainable Development Goals – challenges and global issues, such as equity and accessibility in education" {
                action: "stronger collaboration",
                target: "address the SDG – Sustainable Development Goals – challenges and global issues, such as equity and accessibility in education",
                themes { SustainableDevelopment => "SDG – Sustainable Development Goals", Equity => "equity and accessibility in education" },
            },
            Pledge Firm by Referent::Ministers => "we will strive to promote the use and sharing of quality teaching and learning materials" {
                action: "promote the use and sharing of quality teaching and learning materials",
                themes { DigitalInnovation => "OER – Open Educational Resources" },
            },
            Request Firm by Referent::Entity(Entity::AsemPartners) => "We also urge our ASEM partners to use ICT as a tool to innovate teaching and learning practices" {
                action: "use ICT as a tool",
                target: "innovate teaching and learning practices",
                themes { DigitalInnovation => "use ICT as a tool" },
            },
            Pledge Exploratory by Referent::Ministers => "we intend to explore possibilities of resolving this issue by joint efforts" {
                action: "explore possibilities of resolving this issue by joint efforts",
                themes { Equity => "a gap in ICT use may cause more serious social polarisation" },
            },
            Pledge Exploratory by Referent::Ministers => "we are ready to discuss credit transfer and recognition issues related to the use of ICT in education" {
                action: "discuss credit transfer and recognition issues related to the use of ICT in education",
                themes { Recognition => "credit transfer and recognition issues", DigitalInnovation => "the use of ICT in education" },
            },
        }
    },
    paragraph! {
        11, KeyInstruments, P11;
        themes { }
        instruments {
            BestPracticeSharing => "sharing best practices",
            CapacityBuilding => "capacity-building of policymakers and policy implementers",
        }
        emphasis { }
        notes { }
        mentions { }
        clauses {
            "We declare" => Declare, Main, [];
        }
        commitments {
            Pledge Firm by Referent::Ministers => "We declare that we will continue to strengthen our cooperation in sharing best practices to enhance our education systems" {
                action: "continue to strengthen our cooperation in sharing best practices",
                target: "enhance our education systems",
            },
            Pledge Firm by Referent::Ministers => "We declare that we will continue to strengthen our cooperation in sharing best practices to enhance our education systems, and to pursue capacity-building of policymakers and policy implementers" {
                action: "pursue capacity-building of policymakers and policy implementers",
            },
        }
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
            "we recognise" => Recognise, Main, [];
            "we also envision" => Envision, Main, [];
            "We recognise" => Recognise, Main, [];
            "encouraging" => Encourage, Participial, [];
            "Recognising" => Recognise, Participial, [];
            "we will strive" => Strive, Main, [];
        }
        commitments {
            Pledge Willing by Referent::Ministers => "We are ready to make our cooperation more tangible and effective by engaging in active dialogue and action to realise our common vision in the next decade" {
                action: "make our cooperation more tangible and effective by engaging in active dialogue and action",
                target: "realise our common vision",
                timeframe: "in the next decade",
            },
            Pledge Willing by Referent::Ministers => "we also envision a closer collaboration between the ASEM Education Process and the ASEM Political Process (e.g. ASEM Summits, ASEM Foreign Ministers Meetings (ASEM FMM) or ASEM Labour and Employment Ministers' Conferences (ASEM LEMC))" {
                action: "a closer collaboration between the ASEM Education Process and the ASEM Political Process",
                target: "achieve this goal",
                themes { Governance => "closer collaboration between the ASEM Education Process and the ASEM Political Process" },
            },
            Pledge Firm by Referent::Ministers => "we will strive to support the wide-ranging activities of ASEM" {
                action: "support the wide-ranging activities of ASEM",
                themes { Governance => "the function and role of the ASEM Education Secretariat should be strengthened" },
            },
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
            Request Firm by Referent::Entity(Entity::AsemEducationSecretariat) => "We invite the ASEM Education Secretariat to assist the ASEM partners in implementing the agreed ASEM initiatives" {
                action: "assist the ASEM partners in implementing the agreed ASEM initiatives",
                themes { Governance => "implementing the agreed ASEM initiatives" },
            },
            Request Firm by Referent::Entity(Entity::AsemEducationSecretariat) => "We invite the ASEM Education Secretariat to assist the ASEM partners in implementing the agreed ASEM initiatives and in cooperation with the ASEM partners and stakeholders to intensify the follow-up" {
                action: "intensify the follow-up",
                themes { StakeholderEngagement => "in cooperation with the ASEM partners and stakeholders", Governance => "intensify the follow-up" },
            },
            Request Firm by Referent::Entity(Entity::AsemEducationSecretariat) => "We invite the ASEM Education Secretariat to assist the ASEM partners in implementing the agreed ASEM initiatives and in cooperation with the ASEM partners and stakeholders to intensify the follow-up and enhance the coherence of all the activities, projects and initiatives taken" {
                action: "enhance the coherence of all the activities, projects and initiatives taken",
                themes { Governance => "enhance the coherence" },
            },
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
        emphasis { }
        notes { }
        mentions {
            "Seoul Declaration" => Referent::Declaration,
            "ASEM" => Referent::Entity(Entity::Asem),
            "Asia" => Referent::Place(Place::Asia),
            "Europe" => Referent::Place(Place::Europe),
        }
        clauses {
            "We look forward" => LookForward, Main, [];
            "We also acknowledge" => Acknowledge, Main, [];
        }
        commitments { }
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
            "we agree" => Agree, Main, [];
            "expressing the willingness" => ExpressWillingness, Participial, [];
            "we encourage" => Encourage, Main, [AsemPartners, Stakeholders];
        }
        commitments {
            Pledge Willing by Referent::Ministers => "expressing the willingness to encourage more education cooperation" {
                action: "encourage more education cooperation",
            },
            Pledge Willing by Referent::Ministers => "expressing the willingness to encourage more education cooperation, carry out initiatives" {
                action: "carry out initiatives",
            },
            Pledge Willing by Referent::Ministers => "expressing the willingness to encourage more education cooperation, carry out initiatives, as well as host educational ministerial meetings" {
                action: "host educational ministerial meetings",
                themes { Governance => "host educational ministerial meetings" },
            },
            Pledge Willing by Referent::Ministers => "expressing the willingness to encourage more education cooperation, carry out initiatives, as well as host educational ministerial meetings and work towards synergies between them" {
                action: "work towards",
                target: "synergies between them",
                themes { Governance => "synergies between them" },
            },
            Request Firm by Referent::Entity(Entity::AsemPartners) => "we encourage ASEM partners and stakeholders to actively partake in all activities outlined in this Declaration" {
                action: "actively partake in all activities outlined in this Declaration",
            },
            Request Firm by Referent::Entity(Entity::Stakeholders) => "we encourage ASEM partners and stakeholders to actively partake in all activities outlined in this Declaration" {
                action: "actively partake in all activities outlined in this Declaration",
                themes { StakeholderEngagement => "stakeholders to actively partake" },
            },
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
        emphasis { }
        notes { }
        mentions {
            "ASEM Education Ministers" => Referent::Entity(Entity::EducationMinisters),
            "Seoul Declaration" => Referent::Declaration,
            "ASEM Education Process" => Referent::Entity(Entity::AsemEducationProcess),
        }
        clauses {
            "Building on" => BuildOn, Participial, [] scope "the legacy of the previous promises made by ASEM Education Ministers from their 1st to 6th gatherings";
        }
        commitments { }
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
