//! The forms under which the text names each thing, the acronyms and what
//! they stand for, and which ids name the same thing.

use super::document::TITLE;
use super::glossary;
use crate::model::acronym::Acronym;
use crate::model::records::Paragraph;
use crate::model::referent::Referent;

/// The names of things, as the text writes them.
impl Referent {
    /// The forms under which the paragraphs name the referent, longest first
    /// where one contains another. Every occurrence of these in a paragraph,
    /// unless inside a longer name, is a [`Mention`](crate::Mention); a theme
    /// or an acronym is named through the things it is [the same
    /// as](Referent::same_as).
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Entity, Referent};
    /// assert_eq!(Referent::from(Entity::Asef).names(), ["Asia-Europe Foundation", "ASEF"]);
    /// assert_eq!(Referent::from(declaration().series().origin()).names(), ["6th ASEM Summit"]);
    /// ```
    #[must_use]
    pub const fn names(self) -> &'static [&'static str] {
        match self {
            Referent::Meeting(m) => m.names,
            Referent::Summit(s) => s.names,
            Referent::Declaration => &["Seoul Declaration", "Declaration"],
            // The vocabularies' terms, from the glossary's table; a theme or
            // an acronym is named through the things it is the same as.
            other => glossary::forms(other),
        }
    }

    /// A name for people: the vocabulary's display name, the meeting's or
    /// summit's name, or the declaration's title. `Display` writes it.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Entity, Referent};
    /// assert_eq!(Referent::from(Entity::Asef).name(), "Asia-Europe Foundation");
    /// assert_eq!(Referent::from(declaration().meeting()).name(), "6th ASEM Education Ministers' Meeting");
    /// assert_eq!(Referent::Ministers.name(), "The ministers (“we”)");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Referent::Entity(e) => e.const_name(),
            Referent::Instrument(i) => i.const_name(),
            Referent::Meeting(m) => m.name(),
            Referent::Summit(s) => s.name(),
            Referent::Place(p) => p.const_name(),
            Referent::Concept(c) => c.const_name(),
            Referent::Theme(t) => t.const_name(),
            Referent::Acronym(a) => a.const_name(),
            Referent::Ministers => "The ministers (“we”)",
            Referent::Declaration => TITLE,
        }
    }

    /// What the referent stands for: the vocabulary's description, a meeting's
    /// theme, or a sentence of the crate's own.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Referent};
    /// assert!(Referent::Ministers.description().starts_with("“We”"));
    /// assert_eq!(Referent::from(declaration().meeting()).description(), declaration().meeting().theme());
    /// ```
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Referent::Entity(e) => e.const_description(),
            Referent::Instrument(i) => i.const_description(),
            Referent::Meeting(m) => m.theme(),
            Referent::Summit(_) => {
                "The ASEM Summit that gave birth to the ASEM Education Ministers' Meeting."
            }
            Referent::Place(p) => p.const_description(),
            Referent::Concept(c) => c.const_description(),
            Referent::Theme(t) => t.const_description(),
            Referent::Acronym(a) => a.const_description(),
            Referent::Ministers => {
                "“We”: the Education Ministers and heads of delegations of ASEM partner countries, the European Union and the ASEAN Secretariat, and representatives of ASEM stakeholders, gathered at ASEMME6; the declaration's authors and the actor of every pledge."
            }
            Referent::Declaration => {
                "The Seoul Declaration of the 6th ASEM Education Ministers' Meeting: Enhancing Collaboration between Asia and Europe in Education and Training – A vision for the Next Decade."
            }
        }
    }

    /// The other ids that name the same thing, in a fixed order: MOOCs as a concept, an instrument and an acronym; the
    /// ASEM Education Secretariat as an entity and an instrument; lifelong
    /// learning as a concept and a theme; every acronym and what it
    /// abbreviates. Empty for an id with nothing linked.
    ///
    /// ```
    /// use asem_seoul_declaration::{Acronym, Concept, Instrument, Referent};
    ///
    /// let linked: Vec<&str> = Referent::from(Instrument::Moocs).same_as().map(Referent::id).collect();
    /// assert_eq!(linked, ["concept:moocs", "acronym:moocs"]);
    /// assert!(Referent::from(Acronym::Ict).same_as().eq([Referent::Concept(Concept::Ict)]));
    /// assert_eq!(Referent::Ministers.same_as().count(), 0);
    /// ```
    #[must_use]
    pub fn same_as(
        self,
    ) -> impl DoubleEndedIterator<Item = Referent> + std::iter::FusedIterator + Clone {
        self.linked().iter().copied().filter(move |&r| r != self)
    }

    /// The ids that name the same thing as this one, this one included; empty
    /// for an id with nothing linked.
    pub(crate) fn linked(self) -> &'static [Referent] {
        glossary::SAME_AS
            .iter()
            .copied()
            .find(|group| group.contains(&self))
            .unwrap_or(&[])
    }
}

/// The glossary: what each acronym stands for, and where the text spells it out.
impl Acronym {
    /// Every form the text writes, the acronym's name first.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::Lemc.forms(), ["LEMC", "ASEM LEMC"]);
    /// assert_eq!(Acronym::Sdg.forms(), ["SDG"]);
    /// ```
    #[must_use]
    pub const fn forms(self) -> &'static [&'static str] {
        glossary::acronym_forms(self)
    }

    /// What the acronym stands for, in the declaration's words where it spells
    /// it out.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::Oer.expansion(), "Open Educational Resources");
    /// ```
    #[must_use]
    pub const fn expansion(self) -> &'static str {
        glossary::expansion(self)
    }

    /// The paragraph where the declaration itself spells the acronym out, if any.
    ///
    /// ```
    /// use asem_seoul_declaration::Acronym;
    /// assert_eq!(Acronym::Ict.expanded_in().map(|p| p.number()), Some(10));
    /// assert_eq!(Acronym::Asean.expanded_in(), None);
    /// ```
    #[must_use]
    pub const fn expanded_in(self) -> Option<&'static Paragraph> {
        glossary::expanded_in(self)
    }
}
