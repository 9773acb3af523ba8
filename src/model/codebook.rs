//! The shapes of a codebook: its rules, each with examples in the
//! declaration's own words, its hard cases, its definition of a commitment
//! and the account of its reliability. The facts hold the declaration's
//! codebook, and the Markdown edition writes it.

/// A declaration's codebook: the rules by which its editorial layer is
/// decided, in the order the codebook edition gives them.
#[derive(Debug)]
pub(crate) struct Codebook {
    /// The units the other rules speak of.
    pub(crate) units: &'static [Rule],
    pub(crate) tag_rules: &'static [Rule],
    pub(crate) stance_rule: &'static Rule,
    /// What a commitment is, where the definition is from, and how this
    /// coding departs from its source in practice.
    pub(crate) definition: &'static str,
    pub(crate) definition_source: &'static str,
    pub(crate) definition_in_practice: &'static str,
    pub(crate) commitment_rules: &'static [Rule],
    pub(crate) hard_cases: &'static [HardCase],
    /// How the commitments were read and the readings compared, and what
    /// the figures say.
    pub(crate) reliability_method: &'static str,
    pub(crate) reliability_findings: &'static str,
}

/// Words of a paragraph that show a rule at work; a test checks that each
/// stands in its paragraph.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Example {
    pub(crate) paragraph: u8,
    pub(crate) words: &'static str,
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
