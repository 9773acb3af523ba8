//! A picture of the whole declaration: which paragraphs address which theme,
//! as a standalone SVG.

use std::fmt::{self, Write};

use super::Xml;
use super::{Edition, address};
use crate::model::span::Spanned;
use crate::model::vocabulary::Vocabulary;
use crate::model::vocabulary::sealed::Sealed;
use crate::{Declaration, Section, Theme};

/// The sizes of the picture, in pixels.
const LABELS: usize = 330;
const CELL: usize = 28;
const TOP: usize = 64;
const ROW: usize = 24;

/// [`Declaration::theme_map_svg`].
pub(crate) fn theme_map_svg(d: &Declaration) -> String {
    super::to_string(|out| write_svg(out, d))
}

/// The picture's own stylesheet; its class names start with `tm-`, so that it
/// can stand inside a page without touching the page's elements.
const STYLE: &str = "text{font:12px system-ui,'Liberation Sans',sans-serif;fill:#1d1b18}.tm-paper{fill:#fdfcf8}.tm-part{font-weight:600}.tm-num{text-anchor:middle}.tm-grid{stroke:#d8d1c2;stroke-width:1}.tm-dot{fill:#7a2e0e}a:hover .tm-dot,a:focus .tm-dot{fill:#1f5fbf}a:focus{outline:none}a:focus .tm-ring{stroke:#1f5fbf}.tm-ring{fill:none;stroke:none;stroke-width:2}@media (prefers-color-scheme:dark){text{fill:#ece8df}.tm-paper{fill:#18171a}.tm-grid{stroke:#45414a}.tm-dot{fill:#ffb58f}a:hover .tm-dot,a:focus .tm-dot{fill:#8ab4ff}a:focus .tm-ring{stroke:#8ab4ff}}";

fn write_svg(out: &mut String, d: &Declaration) -> fmt::Result {
    let columns = d.paragraphs().len();
    let width = LABELS + columns * CELL + 8;
    let height = TOP + Theme::ALL.len() * ROW + 8;
    writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" aria-labelledby=\"tm-title tm-desc\">"
    )?;
    writeln!(
        out,
        "<title id=\"tm-title\">{}: themes by paragraph</title>",
        Xml(d.title())
    )?;
    writeln!(
        out,
        "<desc id=\"tm-desc\">Rows are the {} themes, columns the {columns} paragraphs under the parts of the document; a dot marks a paragraph that addresses the theme.</desc>",
        Theme::ALL.len()
    )?;
    writeln!(out, "<style>{STYLE}</style>")?;
    writeln!(
        out,
        "<rect class=\"tm-paper\" width=\"{width}\" height=\"{height}\"/>"
    )?;
    // The parts of the document over their columns.
    for part in Section::ALL
        .iter()
        .copied()
        .filter(|s| s.parent().is_none())
    {
        let within = d.paragraphs_in(part);
        if let (Some(first), Some(last)) = (within.first(), within.last()) {
            let x0 = column_x(first.number());
            let x1 = column_x(last.number()) + CELL;
            writeln!(
                out,
                "<line class=\"tm-grid\" x1=\"{}\" y1=\"26\" x2=\"{}\" y2=\"26\"/><text class=\"tm-part\" x=\"{x0}\" y=\"20\">{}</text>",
                x0 + 2,
                x1 - 2,
                Xml(short_part(part))
            )?;
        }
    }
    for p in d.paragraphs() {
        writeln!(
            out,
            "<text class=\"tm-num\" x=\"{}\" y=\"{}\">{}</text>",
            column_x(p.number()) + CELL / 2,
            TOP - 14,
            p.number()
        )?;
    }
    for (row, theme) in Theme::ALL.iter().copied().enumerate() {
        let y = TOP + row * ROW;
        writeln!(
            out,
            "<line class=\"tm-grid\" x1=\"0\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\"/><text x=\"0\" y=\"{}\">{}</text>",
            width - 8,
            y + ROW / 2 + 4,
            Xml(theme.name())
        )?;
        for p in d.paragraphs() {
            if let Some(evidence) = p.evidence_for(theme) {
                let (cx, cy) = (column_x(p.number()) + CELL / 2, y + ROW / 2);
                writeln!(
                    out,
                    "<a href=\"{}#para-{n}\"><title>{} in paragraph {n}</title><desc>{}</desc><circle class=\"tm-ring\" cx=\"{cx}\" cy=\"{cy}\" r=\"10\"/><circle class=\"tm-dot\" cx=\"{cx}\" cy=\"{cy}\" r=\"7\"/></a>",
                    address(d, Edition::Html),
                    Xml(theme.name()),
                    Xml(evidence.text()),
                    n = p.number()
                )?;
            }
        }
    }
    writeln!(
        out,
        "<line class=\"tm-grid\" x1=\"0\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\"/>",
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
        other => other.name(),
    }
}
