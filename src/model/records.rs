//! The shapes of the declaration's records: plain structs whose fields the
//! facts fill in.
//!
//! The records refer to one another (a paragraph holds its mentions, and a
//! mention's span holds its paragraph), so their shapes are defined together
//! here, where nothing else is needed; each type's methods are in the module
//! of its concern (`paragraph`, `mention`, `clause`, ...), which import this
//! one and never each other.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use super::anaphor_kind::AnaphorKind;
use super::folding::Index;
use super::grades::{CommitmentKind, Delegation, Grade};
use super::meeting::{Date, Meeting, MeetingSeries};
use super::referent::{Entity, Referent};
use super::run::Run;
use super::section::Section;
use super::stance::{ClauseForm, Exclusion, Verb};
use super::tag::Tag;

/// A declaration: cover, paragraphs, footnotes, the meeting that adopted it,
/// where it was published, and this crate's publication of it; its queries
/// and editions read it and nothing else.
///
/// Reach the Seoul Declaration with [`declaration()`](crate::declaration); it
/// is a `static`, so nothing is built or parsed to get it. Its methods are
/// grouped by concern: what it is, lookups and filters, the analyst's
/// queries, search, and the editions.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let d = declaration();
/// assert_eq!(d.title(), "Seoul Declaration");
/// assert_eq!(d.meeting().acronym(), "ASEMME6");
/// assert_eq!(d.paragraphs().len(), 16);
/// ```
pub struct Declaration {
    /// Itself: every declaration is a `static`, and what its queries give
    /// (hits, citations, lookups) borrows it for `'static`, even from a
    /// shorter borrow of it.
    pub(crate) this: &'static Declaration,
    /// The name its editions' files and ids are made of: `seoul-declaration`.
    pub(crate) slug: &'static str,
    pub(crate) title: &'static str,
    pub(crate) subtitle: &'static str,
    pub(crate) cover_lines: &'static [&'static str],
    pub(crate) meeting: &'static Meeting,
    pub(crate) series: &'static MeetingSeries,
    pub(crate) adopted: Date,
    pub(crate) publisher: &'static str,
    pub(crate) published_at: &'static str,
    pub(crate) paragraphs: &'static [Paragraph],
    pub(crate) footnotes: &'static [Footnote],
    pub(crate) source: &'static str,
    /// This crate's publication of it: data version, licence, file names.
    pub(crate) publication: &'static Publication,
    /// The folded texts that search reads, built at the first search: the
    /// paragraphs' texts, then the footnotes'. A function rather than the
    /// lazy value itself, so that no record holds a cell and records stay
    /// sound keys of sets and maps.
    pub(crate) index: fn() -> &'static Index,
}

/// This crate's publication of a declaration, which the editions print: the
/// version of its data, the licence of its editorial layer and editions,
/// what its text is, how the dataset is cited, and the reliability study's
/// files.
// Without every edition some of these have no reader.
#[cfg_attr(not(feature = "editions"), allow(dead_code))]
pub(crate) struct Publication {
    pub(crate) data_version: &'static str,
    /// The day the data version was released, ISO 8601.
    pub(crate) data_released: &'static str,
    /// The licence's SPDX id, name and address, and what it covers, as a
    /// phrase that can follow "covers".
    pub(crate) license: &'static str,
    pub(crate) license_name: &'static str,
    pub(crate) license_url: &'static str,
    pub(crate) license_scope: &'static str,
    /// What the text is, and that no licence is claimed over it.
    pub(crate) text_status: &'static str,
    /// The ISO 3166-1 code of the country the declaration was adopted in,
    /// for metadata that asks for one.
    pub(crate) country_code: &'static str,
    /// The words the dataset is found by, besides its meeting's acronym.
    pub(crate) keywords: &'static [&'static str],
    /// The name the dataset is cited by, and its author.
    pub(crate) dataset_title: &'static str,
    pub(crate) contributors: &'static str,
    /// Where the code and the editions are kept.
    pub(crate) repository: &'static str,
    /// The file name of the source, carried beside the editions, and its
    /// SHA-256 digest.
    pub(crate) source_file: &'static str,
    pub(crate) source_sha256: &'static str,
    /// The readings' tables as `data/readings/` holds them: how far the
    /// blind readings agree, every difference between them, and the
    /// adjudicator's decisions; each a TSV with a header row.
    #[cfg(any(feature = "markdown", feature = "html", feature = "tables"))]
    pub(crate) agreement: &'static str,
    /// The rules by which the editorial layer is decided.
    #[cfg(feature = "markdown")]
    pub(crate) codebook: &'static super::codebook::Codebook,
    #[cfg(feature = "tables")]
    pub(crate) disagreements: &'static str,
    #[cfg(feature = "tables")]
    pub(crate) decisions: &'static str,
}

// A declaration is its slug: its records refer back to it, so comparing
// more would go round in circles, and its index is derived from its texts.
impl PartialEq for Declaration {
    fn eq(&self, other: &Self) -> bool {
        self.slug == other.slug
    }
}

impl Eq for Declaration {}

impl Hash for Declaration {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.slug.hash(state);
    }
}

/// One line: its slug, its title and how many paragraphs and footnotes it has.
impl fmt::Debug for Declaration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Declaration")
            .field("slug", &self.slug)
            .field("title", &self.title)
            .field("paragraphs", &self.paragraphs.len())
            .field("footnotes", &self.footnotes.len())
            .finish_non_exhaustive()
    }
}

/// One of a declaration's numbered paragraphs (the Seoul Declaration has 16), with everything the crate
/// knows of it: its text and heading, the tags with their evidence, and its
/// annotations.
///
/// ```
/// use asem_seoul_declaration::{declaration, Section, Theme};
///
/// let p = declaration().paragraph(7)?;
/// assert_eq!(p.number(), 7);
/// assert!(p.text().starts_with("We believe that the cross-border exchange"));
/// assert_eq!(p.section(), Section::Mobility);
/// assert!(p.themes().any(|t| t == Theme::GlobalCitizenship));
/// // Paragraphs of one declaration compare and order by number.
/// assert!(declaration().paragraph(6)? < p);
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
pub struct Paragraph {
    /// The declaration it is a paragraph of.
    pub(crate) document: &'static Declaration,
    pub(crate) number: u8,
    pub(crate) text: &'static str,
    pub(crate) section: Section,
    /// The theme and instrument tags, each with its evidence: themes first.
    pub(crate) tags: &'static [Evidence],
    pub(crate) footnote_refs: &'static [FootnoteRef],
    /// The runs the source sets in italics.
    pub(crate) emphasis: &'static [Run],
    pub(crate) mentions: &'static [Mention],
    pub(crate) clauses: &'static [Clause],
    pub(crate) sentences: &'static [Sentence],
    pub(crate) commitments: &'static [Commitment],
    pub(crate) anaphors: &'static [Anaphor],
}

// A paragraph is its declaration and its number: a declaration has one
// paragraph of each number.
impl PartialEq for Paragraph {
    fn eq(&self, other: &Self) -> bool {
        self.number == other.number && self.document == other.document
    }
}

impl Eq for Paragraph {}

impl Hash for Paragraph {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.document.hash(state);
        self.number.hash(state);
    }
}

impl PartialOrd for Paragraph {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Paragraph {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.document.slug, self.number).cmp(&(other.document.slug, other.number))
    }
}

/// Where an annotation stands: words of a paragraph, and their place in its
/// text.
///
/// Every annotation ([`Mention`](crate::Mention), [`Clause`](crate::Clause),
/// [`Sentence`](crate::Sentence), [`Commitment`](crate::Commitment),
/// [`Evidence`](crate::Evidence), [`FootnoteRef`](crate::FootnoteRef),
/// [`Hit`](crate::Hit)) has one, and the same accessors over it: `text`,
/// `paragraph`, and the place in the three units programs index strings by,
/// `range` in bytes (Rust), `char_range` in Unicode code points (Python, R, the
/// W3C Web Annotation `TextPositionSelector`) and `utf16_range` in UTF-16 code
/// units (JavaScript, Java, .NET).
///
/// ```
/// use asem_seoul_declaration::{declaration, Concept, Spanned};
///
/// let ict = declaration().mentions_of(Concept::Ict).nth(1).unwrap().span();
/// assert_eq!(ict.text(), "Information and Communication Technologies");
/// assert_eq!(ict.paragraph().number(), 10);
/// // The en dash before it is 3 bytes, 1 code point and 1 UTF-16 unit.
/// assert_eq!((ict.range().start, ict.char_range().start, ict.utf16_range().start), (46, 44, 44));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    pub(crate) paragraph: &'static Paragraph,
    pub(crate) run: Run,
}

/// The words of a paragraph that justify one of its tags, or one of a
/// commitment's themes.
///
/// ```
/// use asem_seoul_declaration::{para, Tag, Theme, Spanned};
///
/// let evidence = para!(10).evidence_for(Theme::DigitalInnovation).unwrap();
/// assert_eq!(evidence.tag(), Tag::Theme(Theme::DigitalInnovation));
/// assert_eq!(evidence.text(), "ICT – Information and Communication Technologies");
/// // The en dash is three bytes, one code point and one UTF-16 unit.
/// assert_eq!(evidence.range(), 38..88);
/// assert_eq!(evidence.char_range(), 38..86);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Evidence {
    pub(crate) span: Span,
    pub(crate) tag: Tag,
}

/// A name in a paragraph, with its span and what it refers to.
///
/// ```
/// use asem_seoul_declaration::{para, Entity, Referent, Spanned};
///
/// let asef = para!(6).mentions().find(|m| m.text() == "ASEF").unwrap();
/// assert_eq!(asef.referent(), Referent::Entity(Entity::Asef));
/// assert_eq!(&para!(6).text()[asef.range()], "ASEF");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mention {
    pub(crate) span: Span,
    pub(crate) referent: Referent,
}

/// A clause led by the ministers' own verb: the verb phrase ([`Spanned::text`](crate::Spanned::text)),
/// the words it governs ([`Clause::scope`]) and both together
/// ([`Clause::extent`]).
///
/// ```
/// use asem_seoul_declaration::{declaration, ClauseForm, Entity, Stance, Spanned};
///
/// let urge = declaration().clauses().find(|c| c.text() == "We also urge").unwrap();
/// assert_eq!(urge.paragraph().number(), 10);
/// assert_eq!((urge.stance(), urge.form()), (Stance::Call, ClauseForm::Main));
/// assert_eq!(urge.addressees(), [Entity::AsemPartners]);
/// assert_eq!(urge.scope().text(), "our ASEM partners to use ICT as a tool to innovate teaching and learning practices");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Clause {
    pub(crate) span: Span,
    pub(crate) verb: Verb,
    pub(crate) form: ClauseForm,
    pub(crate) addressees: &'static [Entity],
    pub(crate) scope: Run,
    pub(crate) sentence: u8,
    /// Why the clause gives no commitment; `None` when it gives one or more.
    pub(crate) exclusion: Option<Exclusion>,
}

/// A sentence of a paragraph.
///
/// A sentence ends at `.`, `?` or `!` followed by a space or by the end of the
/// paragraph, and takes that mark with it; "e.g." ends nothing. Paragraph 9 has
/// no final full stop, so its last sentence runs to its end. The sentences are
/// a table of the data, and a test holds them to this rule.
///
/// ```
/// use asem_seoul_declaration::{declaration, Spanned};
///
/// let third = declaration().paragraph(10)?.sentence(3)?;
/// assert_eq!(third.number(), 3);
/// assert_eq!(third.text(), "We also urge our ASEM partners to use ICT as a tool to innovate teaching and learning practices.");
/// assert_eq!(third.citation().to_string(), "Seoul Declaration (ASEMME6, 2017), para. 10, sentence 3");
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sentence {
    pub(crate) span: Span,
    pub(crate) number: u8,
}

/// A commitment of the ministers, or a request they make of a named party:
/// who is to act, what, toward what target, by when, how firmly or how
/// strongly, and how precisely.
///
/// A commitment's own words ([`Spanned::text`](crate::Spanned::text)) are its
/// action; its target, its timeframe and, for a request, the words naming its
/// actor are spans of their own. The verb phrase it shares with its siblings
/// is its [`clause`](Commitment::clause). No two commitments share action,
/// target and actor. How commitments are identified and graded is written in
/// the [codebook](crate::codebook).
///
/// ```
/// use asem_seoul_declaration::{declaration, CommitmentKind, Obligation, Precision, Referent, Spanned};
///
/// let c = declaration().commitment("commitment:6-3".parse()?)?;
/// assert_eq!((c.kind(), c.actor(), c.obligation()), (CommitmentKind::Pledge, Referent::Ministers, Some(Obligation::Willing)));
/// assert_eq!(c.text(), "address recognition of qualifications and credits in higher education");
/// assert_eq!(c.object().unwrap().text(), "recognition of qualifications");
/// assert_eq!(c.timeframe().unwrap().text(), "in the coming decade");
/// assert_eq!(c.precision(), Precision::Medium);
/// assert_eq!(c.clause().text(), "express willingness");
/// # Ok::<(), asem_seoul_declaration::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Commitment {
    /// The action.
    pub(crate) span: Span,
    pub(crate) order: u8,
    pub(crate) kind: CommitmentKind,
    pub(crate) actor: Referent,
    /// The clause's place among the paragraph's clauses, from 0.
    pub(crate) clause: u8,
    /// A pledge's obligation or a request's force, as its governing words
    /// state it, before hedges and intensifiers (the grade follows by
    /// [`Grade::graded`]).
    pub(crate) stated_grade: Grade,
    pub(crate) actor_words: Option<Run>,
    pub(crate) object: Option<Run>,
    pub(crate) target: Option<Run>,
    pub(crate) timeframe: Option<Run>,
    /// The words that soften it and those that strengthen it, at most two
    /// of each (the declaration has at most two intensifiers in one).
    pub(crate) hedges: [Option<Run>; 2],
    pub(crate) intensifiers: [Option<Run>; 2],
    /// The three components of precision, each coded on its own.
    pub(crate) action_specific: bool,
    pub(crate) object_specific: bool,
    pub(crate) measurable: bool,
    pub(crate) delegation: Option<Delegation>,
    pub(crate) delegated_to: Option<Run>,
    /// The G7 Research Group commitment it counts as, numbered in order.
    pub(crate) g7: Option<u8>,
    /// Its themes and priority areas.
    pub(crate) tags: &'static [Tag],
}

/// An anaphor: words whose meaning a reader gets only from other words of
/// the declaration ("this issue", "they", "In this regard"), linked to those
/// words, its antecedent, which may stand in another paragraph or be a
/// heading.
///
/// ```
/// use asem_seoul_declaration::{para, AnaphorKind, Spanned};
///
/// let issue = para!(10).anaphors().find(|a| a.text() == "this issue").unwrap();
/// assert_eq!(issue.kind(), AnaphorKind::Description);
/// assert!(issue.antecedent().text().contains("a gap in ICT use"));
/// assert_eq!(issue.antecedent().words().unwrap().paragraph().number(), 10);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Anaphor {
    pub(crate) span: Span,
    pub(crate) kind: AnaphorKind,
    pub(crate) antecedent: Antecedent,
}

/// What an anaphor refers to: words of a paragraph, or a heading of the
/// declaration.
///
/// ```
/// use asem_seoul_declaration::{para, Antecedent, Section, Spanned};
/// let vision = para!(12).anaphors().find(|a| a.text() == "our common vision").unwrap();
/// assert_eq!(vision.antecedent(), Antecedent::Heading(Section::Vision));
/// assert_eq!(vision.antecedent().text(), "Vision for the next decade: Promotion of mobility and skills development");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Antecedent {
    /// Words of a paragraph.
    Words(Span),
    /// A heading, whose words are its name.
    Heading(Section),
}

/// A footnote of the declaration. There is one: the list of the six meetings.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let note = &declaration().footnotes()[0];
/// assert_eq!(note.number(), 1);
/// assert_eq!(note.paragraph().number(), 2);
/// assert!(note.text().starts_with("“Education and Training for Tomorrow"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Footnote {
    pub(crate) number: u8,
    pub(crate) paragraph: &'static Paragraph,
    pub(crate) text: &'static str,
    /// The runs the source sets in italics: each meeting's quoted title.
    pub(crate) emphasis: &'static [Run],
}

/// Where a footnote marker stands in a paragraph, and the words it annotates.
///
/// The marker stands right after its words: in paragraph 2, footnote 1 (the
/// list of the six meetings) annotates "ASEM Education Ministers' Meetings".
///
/// ```
/// use asem_seoul_declaration::declaration;
/// let marked: Vec<u8> = declaration().paragraphs().iter().filter(|p| p.footnote_refs().len() > 0).map(|p| p.number()).collect();
/// assert_eq!(marked, [2]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct FootnoteRef {
    pub(crate) span: Span,
    pub(crate) footnote: &'static Footnote,
}
