//! The data cannot change while its version stays: a digest of everything
//! the data version covers is pinned to the version.
//!
//! When the data changes on purpose, raise `data_version` in
//! `data/document.tsv` (major when an existing tag, mention, clause or
//! commitment changes or goes, minor when annotations are added, patch when
//! only descriptions or evidence words change), pin the new digest in
//! `tests/data/data-versions.tsv`, a row per version, and release it as the
//! guide's "Releasing a change of the data" says; the failure says which
//! row to add.

use asem_seoul_declaration::Spanned;
use asem_seoul_declaration::Vocabulary;
use std::fmt::Write;

use asem_seoul_declaration::{
    Acronym, ClauseForm, CommitmentKind, Concept, Entity, Instrument, Place, Referent, Section,
    Stance, Theme, Verb, declaration,
};
use sha2::{Digest, Sha256};

/// Every term of a vocabulary: its id, name and description.
fn all<V: Vocabulary>() -> impl Iterator<Item = (String, &'static str, &'static str)> {
    V::ALL
        .iter()
        .copied()
        .map(|v| (v.id().to_owned(), v.into(), v.description()))
}

/// Every term's short label.
fn labels<V: Vocabulary>() -> impl Iterator<Item = String> {
    V::ALL
        .iter()
        .map(|v| format!("label {} {}", v.id(), v.label()))
}

/// Each data version's digest, from `tests/data/data-versions.tsv`.
fn pinned() -> Vec<(String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/data-versions.tsv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("version\tdigest"), "{path}");
    lines
        .map(|line| {
            let (version, digest) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{path}: not VERSION<tab>DIGEST: {line:?}"));
            (version.to_owned(), digest.to_owned())
        })
        .collect()
}

/// Every fact and every editorial decision the data version covers, one per
/// line, through the public API (not an edition's format, whose own version
/// changes apart).
#[allow(clippy::too_many_lines)] // one list of everything the version covers reads best whole
fn data() -> String {
    let d = declaration();
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(d.cover_lines().join(" | "));
    for p in d.paragraphs() {
        let n = p.number();
        line(format!("paragraph {n} {} {}", p.section().id(), p.text()));
        for e in p.evidence() {
            line(format!("tag {n} {} {:?} {}", e.tag(), e.range(), e.text()));
        }
        for m in p.mentions() {
            line(format!(
                "mention {n} {} {:?} {}",
                m.referent().id(),
                m.range(),
                m.text()
            ));
        }
        for c in p.clauses() {
            let to: Vec<&str> = c.addressees().iter().map(|e| e.id()).collect();
            line(format!(
                "clause {n} {} {} {:?} {} | {:?} {} | {} | {:?}",
                c.verb().id(),
                c.form().id(),
                c.range(),
                c.text(),
                c.scope().range(),
                c.scope().text(),
                to.join(" "),
                c.exclusion().map(Vocabulary::id)
            ));
        }
        for a in p.anaphors() {
            let antecedent = a.antecedent();
            line(format!(
                "anaphor {n} {:?} {} {} | {:?} {:?} {}",
                a.range(),
                a.text(),
                a.kind().id(),
                antecedent
                    .words()
                    .map(|w| (w.paragraph().number(), w.range())),
                antecedent.heading().map(Vocabulary::id),
                antecedent.text()
            ));
        }
        for s in p.sentences() {
            line(format!("sentence {n} {} {:?}", s.number(), s.range()));
        }
        for c in p.commitments() {
            let mut parts = format!(
                "commitment {} {} {} {} {} {} {} {} {} {} {:?} {:?} {:?} {}",
                c.id(),
                c.kind().id(),
                c.actor().id(),
                c.stated_grade().id(),
                c.grade().id(),
                c.action_specific(),
                c.object_specific(),
                c.measurable(),
                c.precision().id(),
                c.clause().text(),
                c.delegation().map(Vocabulary::id),
                c.g7_commitment(),
                c.range(),
                c.text(),
            );
            for part in [
                c.actor_words(),
                c.object(),
                c.target(),
                c.timeframe(),
                c.delegated_to(),
                c.antecedent()
                    .and_then(asem_seoul_declaration::Antecedent::words),
            ] {
                let _ = write!(parts, " | {:?}", part.map(|s| (s.range(), s.text())));
            }
            for part in c.hedges().chain(c.intensifiers()) {
                let _ = write!(parts, " | {:?} {}", part.range(), part.text());
            }
            for theme in c.themes() {
                let _ = write!(parts, " | {}", theme.id());
            }
            for priority in c.priorities() {
                let _ = write!(parts, " | {}", priority.id());
            }
            line(parts);
        }
        for f in p.footnote_refs() {
            line(format!(
                "marker {n} {} {:?}",
                f.footnote().number(),
                f.range()
            ));
        }
        let emphasis: Vec<_> = p.emphasis().collect();
        line(format!("emphasis {n} {emphasis:?}"));
    }
    for f in d.footnotes() {
        let emphasis: Vec<_> = f.emphasis().collect();
        line(format!("footnote {} {} {emphasis:?}", f.number(), f.text()));
    }
    for m in d.series().meetings() {
        line(format!("{m:?}"));
    }
    // The summit's fields, as its `Debug` wrote them before it held its
    // names, which the referents' lines below give.
    let summit = d.series().origin();
    line(format!(
        "Summit {{ ordinal: {}, id: {:?}, name: {:?}, city: {:?}, year: {} }}",
        summit.ordinal(),
        summit.id(),
        summit.name(),
        summit.city(),
        summit.year()
    ));
    for a in Acronym::ALL.iter().copied() {
        line(format!(
            "{} {:?} {} {:?}",
            a.id(),
            a.forms(),
            a.expansion(),
            a.expanded_in()
                .map(asem_seoul_declaration::Paragraph::number)
        ));
    }
    // The vocabularies: names, descriptions, name forms and links.
    let mut terms: Vec<(String, &str, &str)> = Vec::new();
    terms.extend(
        Section::ALL
            .iter()
            .copied()
            .map(|v| (v.id().to_owned(), v.into(), v.description())),
    );
    terms.extend(
        Stance::ALL
            .iter()
            .copied()
            .map(|v| (v.id().to_owned(), v.into(), v.description())),
    );
    terms.extend(Verb::ALL.iter().copied().map(|v| {
        (
            format!("{} {}", v.id(), v.stance().id()),
            v.into(),
            v.description(),
        )
    }));
    terms.extend(
        ClauseForm::ALL
            .iter()
            .copied()
            .map(|v| (v.id().to_owned(), v.into(), v.description())),
    );
    terms.extend(
        CommitmentKind::ALL
            .iter()
            .copied()
            .map(|v| (v.id().to_owned(), v.into(), v.description())),
    );
    terms.extend(all::<asem_seoul_declaration::Obligation>());
    terms.extend(all::<asem_seoul_declaration::Force>());
    terms.extend(all::<asem_seoul_declaration::Precision>());
    terms.extend(all::<asem_seoul_declaration::Delegation>());
    terms.extend(all::<asem_seoul_declaration::AnaphorKind>());
    terms.extend(all::<asem_seoul_declaration::Priority>());
    terms.extend(all::<asem_seoul_declaration::Exclusion>());
    for (id, name, description) in terms {
        line(format!("{id} {name} {description}"));
    }
    // The short labels, of the vocabularies that give any.
    for l in labels::<Section>()
        .chain(labels::<Theme>())
        .chain(labels::<Instrument>())
        .chain(labels::<Entity>())
        .chain(labels::<Concept>())
        .chain(labels::<asem_seoul_declaration::Priority>())
    {
        line(l);
    }
    let mut referents: Vec<Referent> = Vec::new();
    referents.extend(Theme::ALL.iter().copied().map(Referent::from));
    referents.extend(Instrument::ALL.iter().copied().map(Referent::from));
    referents.extend(Entity::ALL.iter().copied().map(Referent::from));
    referents.extend(Place::ALL.iter().copied().map(Referent::from));
    referents.extend(Concept::ALL.iter().copied().map(Referent::from));
    referents.extend(Acronym::ALL.iter().copied().map(Referent::from));
    referents.extend(d.series().meetings().iter().map(Referent::from));
    referents.extend([
        Referent::from(d.series().origin()),
        Referent::Ministers,
        Referent::Declaration,
    ]);
    for r in referents {
        let linked: Vec<&str> = r.same_as().map(Referent::id).collect();
        line(format!(
            "{} {} {} {:?} {linked:?}",
            r.id(),
            r.name(),
            r.description(),
            r.names()
        ));
    }
    out
}

#[test]
fn the_data_changes_only_with_its_version() {
    let digest = Sha256::digest(data().as_bytes());
    let hex = digest.iter().fold(String::new(), |mut hex, b| {
        let _ = write!(hex, "{b:02x}");
        hex
    });
    let version = asem_seoul_declaration::DATA_VERSION;
    let row = format!("{version}\t{hex}");
    let Some((_, pinned)) = pinned().into_iter().find(|(v, _)| v == version) else {
        panic!(
            "data version {version} has no digest: add the row `{row}` to tests/data/data-versions.tsv"
        );
    };
    assert!(
        hex == pinned,
        "the data changed while its version stayed {version}: raise `data_version` in data/document.tsv (major when an existing tag, mention, clause or commitment changes or goes, minor when annotations are added, patch when only descriptions or evidence words change), add its row (the new version, a tab, {hex}) to tests/data/data-versions.tsv, and release it as the guide's \"Releasing a change of the data\" says"
    );
}

#[test]
fn the_digest_covers_every_kind_of_data() {
    let data = data();
    for kind in [
        "paragraph",
        "tag",
        "mention",
        "clause",
        "sentence",
        "commitment",
        "marker",
        "footnote",
        "acronym:",
        "theme:",
    ] {
        assert!(
            data.lines()
                .any(|l| l.starts_with(kind) || l.contains(kind)),
            "{kind}"
        );
    }
    let lines = data.lines().count();
    assert!(lines > 400, "{lines}");
}
