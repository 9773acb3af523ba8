//! The layers of `src/` import one way, and no modules import each other.
//!
//! The crate is four layers, each a folder: the types (`model`), the facts
//! made of them (`facts`), the queries over the facts (`query`) and the
//! editions (`render`). A module may import from its own layer or one below
//! it, never from one above, and the graph of which module imports which has
//! no circle. The crate root (`lib.rs`) is the map that re-exports the API,
//! and is left out.
//!
//! Imports are read from the source: every `crate::`, `$crate::` and `super::`
//! path outside comments and test modules, `use` trees included, a name
//! re-exported at the root followed to the module that defines it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const LAYERS: [&str; 4] = ["model", "facts", "query", "render"];

/// Every module of `src/`: its path (`model::span`, the root is `""`) and its
/// source, comments and test modules left out.
fn modules() -> BTreeMap<String, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(&src).unwrap().with_extension("");
            let mut parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                parts.pop();
            }
            let code = std::fs::read_to_string(&path).unwrap();
            modules.insert(parts.join("::"), code_of(&code));
        }
    }
    modules
}

/// The code of a file: without its line comments and its test module.
fn code_of(source: &str) -> String {
    let source = source.split("#[cfg(test)]\nmod tests").next().unwrap();
    source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn parent(module: &str) -> String {
    module
        .rsplit_once("::")
        .map_or(String::new(), |(p, _)| p.to_owned())
}

fn join(module: &str, name: &str) -> String {
    if module.is_empty() {
        name.to_owned()
    } else {
        format!("{module}::{name}")
    }
}

/// The names the root re-exports (`pub use path::{A, B};`), and the module
/// each comes from.
fn reexports(root: &str) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for statement in root.split(';') {
        let Some(tree) = statement.trim().strip_prefix("pub use ") else {
            continue;
        };
        let (path, items) = if let Some((path, items)) = tree.split_once("::{") {
            (path.to_owned(), items.trim_end_matches('}').to_owned())
        } else {
            let (path, item) = tree.rsplit_once("::").unwrap();
            (path.to_owned(), item.to_owned())
        };
        for item in items.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let name = item.rsplit(" as ").next().unwrap();
            names.insert(name.to_owned(), path.clone());
        }
    }
    names
}

/// The module a path names: the longest prefix of `segments` under `base`
/// that is a module; a name the root re-exports is followed to its module.
fn resolve(
    base: &str,
    segments: &[&str],
    known: &BTreeSet<String>,
    reexported: &BTreeMap<String, String>,
) -> String {
    let mut module = base.to_owned();
    for segment in segments {
        let next = join(&module, segment);
        if known.contains(&next) {
            module = next;
        } else if module.is_empty() {
            if let Some(from) = reexported.get(*segment) {
                return if known.contains(&join(from, segment)) {
                    join(from, segment)
                } else {
                    from.clone()
                };
            }
            break;
        } else {
            break;
        }
    }
    module
}

/// Which modules each module imports.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    let reexported = reexports(&modules[""]);
    let path_start = |c: char| c == '$' || c.is_ascii_alphabetic();
    let mut graph = BTreeMap::new();
    for (module, code) in &modules {
        let mut targets = BTreeSet::new();
        let mut rest = code.as_str();
        while let Some(at) = rest.find(|c: char| path_start(c)) {
            let tail = &rest[at..];
            let word_before = rest[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            let base = if word_before {
                None
            } else if let Some(after) = tail
                .strip_prefix("$crate::")
                .or_else(|| tail.strip_prefix("crate::"))
            {
                Some((String::new(), after))
            } else if tail.starts_with("super::") {
                let mut base = module.clone();
                let mut after = tail;
                while let Some(more) = after.strip_prefix("super::") {
                    base = parent(&base);
                    after = more;
                }
                Some((base, after))
            } else {
                None
            };
            let Some((base, after)) = base else {
                rest = &tail[tail.find(|c: char| !path_start(c)).unwrap_or(tail.len())..];
                continue;
            };
            let path_end = after
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(after.len());
            let path = after[..path_end].trim_end_matches(':');
            let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            let target = resolve(&base, &segments, &known, &reexported);
            // A use tree: `path::{a::X, Y}`.
            let group = after[path_end..]
                .strip_prefix('{')
                .and_then(|g| g.split_once('}'))
                .map(|(g, _)| g);
            match group {
                Some(group) => {
                    for item in group.split(',').map(str::trim).filter(|i| !i.is_empty()) {
                        let segments: Vec<&str> = item.split("::").collect();
                        targets.insert(resolve(&target, &segments, &known, &reexported));
                    }
                }
                None => {
                    targets.insert(target);
                }
            }
            rest = &after[path_end..];
        }
        targets.remove(module);
        targets.remove("");
        graph.insert(module.clone(), targets);
    }
    graph.remove("");
    graph
}

fn layer(module: &str) -> usize {
    let top = module.split("::").next().unwrap();
    LAYERS
        .iter()
        .position(|&l| l == top)
        .unwrap_or_else(|| panic!("{module} is in no layer: every module lives in {LAYERS:?}"))
}

#[test]
fn no_module_imports_a_layer_above_its_own() {
    let graph = imports();
    let mut edges = 0;
    let mut wrong = Vec::new();
    for (module, targets) in &graph {
        for target in targets {
            edges += 1;
            if layer(target) > layer(module) {
                wrong.push(format!("{module} imports {target}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports that run up a layer: {wrong:#?}");
    for top in LAYERS {
        assert!(
            graph.keys().any(|m| m.starts_with(top)),
            "no module in {top}"
        );
    }
    // The reading finds imports, and the facts are made of the types only.
    assert!(edges > 80, "only {edges} imports found");
    for (module, targets) in graph.iter().filter(|(m, _)| m.starts_with("facts")) {
        for target in targets {
            assert!(
                target.starts_with("model") || target.starts_with("facts"),
                "{module} imports {target}"
            );
        }
    }
    eprintln!(
        "layers: {} modules, {edges} imports, none runs up a layer",
        graph.len()
    );
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    // Depth-first search; a module met again while still on the path closes a circle.
    fn visit<'g>(
        module: &'g str,
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'g str>,
        done: &mut BTreeSet<&'g str>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|&m| m == module) {
            let mut circle: Vec<String> = path[at..].iter().map(|m| (*m).to_owned()).collect();
            circle.push(module.to_owned());
            return Some(circle);
        }
        if !done.insert(module) {
            return None;
        }
        path.push(module);
        for target in graph.get(module).into_iter().flatten() {
            if let Some(circle) = visit(target, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        None
    }
    let graph = imports();
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        if let Some(circle) = visit(module, &graph, &mut Vec::new(), &mut done) {
            panic!(
                "modules import each other in a circle: {}",
                circle.join(" -> ")
            );
        }
    }
}

/// The reading itself: a path through a re-export, a use tree and `super`.
#[test]
fn imports_are_read_through_use_trees_super_and_reexports() {
    let graph = imports();
    let of = |m: &str| graph.get(m).unwrap_or_else(|| panic!("no module {m}"));
    // `use super::marks::{paragraph_inline, text_marks, Mark};`
    assert!(of("render::markdown").contains("render::marks"));
    // `use crate::{Declaration, ...}` in the editions: the records' module.
    assert!(of("render::plain").contains("model::records"));
    // `use super::records::{...}` in the types.
    assert!(of("model::clause").contains("model::records"));
    // The facts read the types, the queries the types.
    assert!(of("facts::paragraphs::records").contains("model::records"));
    assert!(of("query::search").contains("model::folding"));
    // `crate::declaration()`, re-exported at the root, is the facts' module.
    assert!(of("query::names").contains("facts"));
}

/// The queries and the editions read the declaration they are given: no
/// module of `render` reads the facts, and no module of `query` reads more
/// of them than their root, which holds only `declaration()`, which the
/// entry points that have no declaration to read (`find_citations`,
/// `Citation::paragraph`, the vocabularies' `FromStr`) are defined to read,
/// its constants (data version, licence, source digest) and the helper of
/// `para!`.
#[test]
fn queries_and_editions_read_the_declaration_they_are_given() {
    let graph = imports();
    let mut read = Vec::new();
    for (module, targets) in &graph {
        if !(module.starts_with("query") || module.starts_with("render")) {
            continue;
        }
        let reads = |t: &&String| {
            t.starts_with("facts::") || (module.starts_with("render") && *t == "facts")
        };
        read.extend(
            targets
                .iter()
                .filter(reads)
                .map(|t| format!("{module} reads {t}")),
        );
    }
    assert!(read.is_empty(), "{read:#?}");
    let root =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/facts/mod.rs"))
            .unwrap();
    let public: Vec<&str> = root
        .lines()
        .filter(|l| {
            l.starts_with("pub fn ") || l.starts_with("pub static ") || l.starts_with("pub const ")
        })
        .collect();
    assert_eq!(
        public,
        [
            "pub fn declaration() -> &'static Declaration {",
            "pub const DATA_VERSION: &str = document::DATA_VERSION;",
            "pub const DATA_LICENSE: &str = document::DATA_LICENSE;",
            "pub const SOURCE_SHA256: &str = document::SOURCE_SHA256;",
            "pub const fn paragraph(n: u8) -> &'static Paragraph {"
        ]
    );
}

/// Without default features no edition code is compiled: every module of
/// `render` but plain text stands behind a feature, and so do the facts only
/// an edition reads.
#[test]
fn every_edition_module_stands_behind_a_feature() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    // The modules compiled in every build, with why.
    let core: &[(&str, &str)] = &[
        ("render", "plain"),
        // The one walk of the document every edition goes through.
        ("render", "walk"),
        ("facts", "document"),
        ("facts", "glossary"),
        ("facts", "names"),
        ("facts", "outline"),
        ("facts", "paragraphs"),
    ];
    let mut gated = 0;
    for layer in ["render", "facts"] {
        let source = std::fs::read_to_string(src.join(layer).join("mod.rs")).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some(name) = line
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub ")
                .strip_prefix("mod ")
                .and_then(|rest| rest.strip_suffix(';'))
            else {
                continue;
            };
            let behind_feature = lines[..i]
                .iter()
                .rev()
                .take_while(|l| l.starts_with("#[") || l.starts_with("//"))
                .any(|l| l.starts_with("#[cfg(") && l.contains("feature = "));
            if core.contains(&(layer, name)) {
                assert!(
                    !behind_feature,
                    "{layer}::{name} is listed as core but is gated"
                );
            } else {
                assert!(
                    behind_feature,
                    "{layer}::{name} is compiled without any edition feature"
                );
                gated += 1;
            }
        }
    }
    assert!(gated >= 11, "{gated} gated modules");
}
