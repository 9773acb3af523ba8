//! A picture of the whole declaration: which paragraphs address which theme,
//! as a standalone SVG.

use std::fmt::{self, Write};

use super::Xml;
use crate::{Declaration, Section, Theme};

/// The sizes of the picture, in pixels.
const LABELS: usize = 330;
const CELL: usize = 28;
const TOP: usize = 64;
const ROW: usize = 24;

impl Declaration {
    /// The theme × paragraph map as a standalone SVG picture: a row per theme, a
    /// column per paragraph under its part of the document, a dot where the
    /// paragraph addresses the theme. Each dot links to its paragraph in the
    /// HTML edition (`seoul-declaration.html#para-N`) and carries the words that
    /// justify the tag as its description. Light and dark colour schemes.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    ///
    /// let svg = declaration().theme_map_svg();
    /// assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    /// let dots = svg.matches("<circle").count();
    /// let tags: usize = declaration().paragraphs().iter().map(|p| p.themes().len()).sum();
    /// assert_eq!(dots, tags);
    /// ```
    #[must_use]
    pub fn theme_map_svg(&self) -> String {
        super::to_string(|out| write_svg(out, self))
    }
}

fn write_svg(out: &mut String, d: &Declaration) -> fmt::Result {
    let columns = d.paragraphs().len();
    let width = LABELS + columns * CELL + 8;
    let height = TOP + Theme::ALL.len() * ROW + 8;
    writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" aria-labelledby=\"theme-map-title theme-map-desc\">"
    )?;
    writeln!(
        out,
        "<title id=\"theme-map-title\">{}: themes by paragraph</title>",
        Xml(d.title())
    )?;
    writeln!(
        out,
        "<desc id=\"theme-map-desc\">Rows are the {} themes, columns the {columns} paragraphs under the parts of the document; a dot marks a paragraph that addresses the theme and links to it.</desc>",
        Theme::ALL.len()
    )?;
    writeln!(out, "<style>text{{font:12px system-ui,'Liberation Sans',sans-serif;fill:#1d1b18}}.part{{font-weight:600}}.num{{text-anchor:middle}}.grid{{stroke:#d8d1c2;stroke-width:1}}.dot{{fill:#7a2e0e}}a:hover .dot,a:focus .dot{{fill:#1f5fbf}}@media (prefers-color-scheme:dark){{text{{fill:#ece8df}}.grid{{stroke:#45414a}}.dot{{fill:#ffb58f}}}}</style>")?;
    // The parts of the document over their columns.
    for part in Section::iter().filter(|s| s.parent().is_none()) {
        let within = d.paragraphs_in(part);
        if let (Some(first), Some(last)) = (within.first(), within.last()) {
            let x0 = column_x(first.number());
            let x1 = column_x(last.number()) + CELL;
            writeln!(
                out,
                "<line class=\"grid\" x1=\"{}\" y1=\"26\" x2=\"{}\" y2=\"26\"/><text class=\"part\" x=\"{x0}\" y=\"20\">{}</text>",
                x0 + 2,
                x1 - 2,
                Xml(short_part(part))
            )?;
        }
    }
    for p in d.paragraphs() {
        writeln!(
            out,
            "<text class=\"num\" x=\"{}\" y=\"{}\">{}</text>",
            column_x(p.number()) + CELL / 2,
            TOP - 14,
            p.number()
        )?;
    }
    for (row, theme) in Theme::iter().enumerate() {
        let y = TOP + row * ROW;
        writeln!(
            out,
            "<line class=\"grid\" x1=\"0\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\"/><text x=\"0\" y=\"{}\">{}</text>",
            width - 8,
            y + ROW / 2 + 4,
            Xml(theme.name())
        )?;
        for p in d.paragraphs() {
            if let Some(evidence) = p.evidence_for(theme) {
                writeln!(
                    out,
                    "<a href=\"seoul-declaration.html#para-{n}\"><title>{}, paragraph {n}: “{}”</title><circle class=\"dot\" cx=\"{}\" cy=\"{}\" r=\"7\"/></a>",
                    Xml(theme.name()),
                    Xml(evidence.text()),
                    column_x(p.number()) + CELL / 2,
                    y + ROW / 2,
                    n = p.number()
                )?;
            }
        }
    }
    writeln!(
        out,
        "<line class=\"grid\" x1=\"0\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\"/>",
        width - 8,
        y = TOP + Theme::ALL.len() * ROW
    )?;
    writeln!(out, "</svg>")
}

/// Where paragraph `n`'s column starts.
fn column_x(n: u8) -> usize {
    LABELS + (usize::from(n) - 1) * CELL
}

/// A part's heading, as short as fits over its columns.
fn short_part(part: Section) -> &'static str {
    match part {
        Section::Vision => "Vision",
        Section::KeyInstruments => "Key instruments",
        other => other.title(),
    }
}
