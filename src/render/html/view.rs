//! The analyst's view: the checkboxes that turn the highlights on, the legend
//! printed with them, and the style rules that depend on the vocabularies.

use std::fmt::{self, Write};

use super::Xml;
use crate::model::vocabulary::Vocabulary;
use crate::model::vocabulary::sealed::Sealed;
use crate::{Stance, Theme};

/// The highlights other than the themes: the control's id, the key that
/// names the look (the stylesheet draws each), and the label.
const HIGHLIGHTS: [(&str, &str, &str); 9] = [
    ("show-pledge", Stance::Pledge.const_id(), "Pledges"),
    ("show-call", Stance::Call.const_id(), "Calls"),
    (
        "show-acknowledgement",
        Stance::Acknowledgement.const_id(),
        "Acknowledgements",
    ),
    (
        "show-commitment",
        "commitment",
        "Commitments, each ending at ◆",
    ),
    ("show-entity", "entity", "Entities"),
    ("show-place", "place", "Places"),
    ("show-concept", "concept", "Concepts"),
    ("show-instrument", "instrument", "Instruments"),
    ("show-meeting", "meeting", "Meetings"),
];

/// The groups of the view, each a fieldset: its legend and its highlights.
const GROUPS: [(&str, std::ops::Range<usize>); 3] = [
    ("Clauses, by stance", 0..3),
    ("What the ministers commit to", 3..4),
    ("Names, by kind", 4..9),
];

pub(super) fn write_controls(out: &mut String) -> fmt::Result {
    writeln!(
        out,
        "<details class=\"view\" id=\"view\">\n<summary>Analyst’s view: highlight clauses, commitments, names and themes</summary>"
    )?;
    writeln!(
        out,
        "<p>Highlight what the ministers commit to, whom and what they name, and where they address a theme. Each label shows its highlight. A commitment ends at a ◆, which tells its obligation or force, precision, timeframe and actor on hover and keyboard focus and links to it in “What the ministers commit to”.</p>"
    )?;
    for (legend, range) in GROUPS {
        writeln!(out, "<fieldset>\n<legend>{legend}</legend>")?;
        for (control, key, label) in &HIGHLIGHTS[range] {
            write_checkbox(out, control, key, label)?;
        }
        writeln!(out, "</fieldset>")?;
    }
    writeln!(out, "<fieldset>\n<legend>Paragraphs, by theme</legend>")?;
    for theme in Theme::ALL.iter().copied() {
        write_checkbox(
            out,
            &format!("theme-{}", theme.slug()),
            "theme",
            theme.name(),
        )?;
    }
    writeln!(out, "</fieldset>\n</details>")
}

/// A labelled checkbox whose label, drawn as the highlight it turns on, is the
/// legend of that highlight.
fn write_checkbox(out: &mut String, id: &str, key: &str, label: &str) -> fmt::Result {
    writeln!(
        out,
        "<label for=\"{id}\"><input type=\"checkbox\" id=\"{id}\" /><span class=\"key\" data-key=\"{key}\">{}</span></label>",
        Xml(label)
    )
}

/// The legend printed with the highlights: an entry for each highlight, the
/// stylesheet naming those turned on, so that no hidden text waits in the
/// page on screen.
pub(super) fn write_print_legend(out: &mut String) -> fmt::Result {
    writeln!(out, "<div class=\"print-legend\">\n<ul>")?;
    for (_, key, label) in HIGHLIGHTS {
        writeln!(
            out,
            "<li data-key=\"{key}\"><span class=\"key\" data-key=\"{key}\" data-label=\"{label}\"></span></li>"
        )?;
    }
    writeln!(
        out,
        "<li data-key=\"theme\"><span class=\"key\" data-key=\"theme\" data-label=\"Paragraphs on a theme, its name in a badge\"></span></li>\n</ul>\n</div>"
    )
}

/// The rules that depend on the vocabularies: each theme's checkbox
/// highlights its paragraphs and shows their badge naming it, and each
/// highlight turned on puts its entry in the printed legend.
pub(super) struct Rules;

impl fmt::Display for Rules {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for theme in Theme::ALL.iter().copied() {
            let (slug, id) = (theme.slug(), theme.id());
            writeln!(
                f,
                "body:has(#theme-{slug}:checked) .para[data-themes~=\"{id}\"] {{ background: var(--on-theme); border-left: 0.3rem solid var(--ink); padding-left: 0.6rem; }}\nbody:has(#theme-{slug}:checked) .badge[data-theme=\"{id}\"] {{ display: inline-block; }}"
            )?;
        }
        writeln!(f, "@media print {{")?;
        for (control, key, _) in HIGHLIGHTS {
            writeln!(
                f,
                "  body:has(#{control}:checked) .print-legend li[data-key=\"{key}\"] {{ display: list-item; }}"
            )?;
        }
        writeln!(
            f,
            "  body:has(.view input[id^=\"theme-\"]:checked) .print-legend li[data-key=\"theme\"] {{ display: list-item; }}\n}}"
        )
    }
}
