//! The files of the editions, made in memory, and a writer that writes them
//! into a directory without overwriting anything it did not write itself.
//!
//! Shared by the `datapackage` and `editions` examples and by the test that
//! checks `editions/` against what the code makes.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use asem_seoul_declaration::{Edition, JSON_SCHEMA, declaration};

use crate::output;

/// A file to write: its path relative to the output directory, and its bytes.
pub struct File {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

impl File {
    fn new(path: impl Into<PathBuf>, bytes: impl Into<Vec<u8>>) -> File {
        File {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// The CSV data package: `datapackage.json` and one CSV file per table.
pub fn data_package() -> Vec<File> {
    let d = declaration();
    let tables = d.tables();
    // The licence and the source as the JSON edition gives them, so that the
    // two editions say the same.
    let edition = serde_json::to_value(d.json_edition()).expect("the edition is plain JSON");
    let (license, source) = (&edition["license"], &edition["source"]);
    let descriptor = serde_json::json!({
        "profile": "tabular-data-package",
        "name": "asem-seoul-declaration",
        "title": "The Seoul Declaration of ASEMME6 (2017) as tables",
        "description": format!(
            "The Seoul Declaration of the 6th ASEM Education Ministers' Meeting (Seoul, 21-22 November 2017): its paragraphs, sentences, headings, footnote and meetings, with the analyst's annotations (theme, instrument and priority-area tags with their evidence, names, clauses graded by stance with their scopes, commitments and requests graded by obligation or force, by the components of precision and by delegation, with their themes, priority areas and anaphors, and the blind readings' agreement, disagreements and adjudication). The codebook, codebook.md beside this folder, says how the annotations are decided. Spans are given in Unicode code points (start, end), UTF-16 code units (utf16_start, utf16_end) and UTF-8 bytes (utf8_start, utf8_end), within the paragraph's text; a span of another column X has X_ before those names. Every id is a KIND:SLUG string listed in the vocabulary table. {}",
            license["text_status"].as_str().unwrap_or_default()
        ),
        "version": asem_seoul_declaration::DATA_VERSION,
        "homepage": env!("CARGO_PKG_REPOSITORY"),
        "licenses": [{
            "name": license["id"],
            "path": license["url"],
            "title": license["name"],
        }],
        "sources": [{
            "title": format!(
                "{} of the 6th ASEM Education Ministers' Meeting (ASEMME6), adopted {}, published by the {}",
                source["title"].as_str().unwrap_or_default(),
                source["adopted"].as_str().unwrap_or_default(),
                source["publisher"].as_str().unwrap_or_default()
            ),
            "path": source["url"],
        }],
        "contributors": [{
            "title": "asem-seoul-declaration contributors",
            "path": env!("CARGO_PKG_REPOSITORY"),
            "role": "author",
        }],
        "resources": tables,
    });
    let mut files = vec![File::new(
        "datapackage.json",
        serde_json::to_string_pretty(&descriptor).expect("a descriptor is plain JSON") + "\n",
    )];
    for table in &tables {
        let mut csv = csv::Writer::from_writer(Vec::new());
        let header = table
            .fields()
            .iter()
            .map(asem_seoul_declaration::tables::Field::name);
        csv.write_record(header)
            .expect("writing to memory cannot fail");
        for row in table.rows() {
            csv.write_record(row.iter().map(ToString::to_string))
                .expect("writing to memory cannot fail");
        }
        let bytes = csv.into_inner().expect("writing to memory cannot fail");
        files.push(File::new(format!("{}.csv", table.name()), bytes));
    }
    files
}

/// Every edition, as `editions/` holds them.
// The `datapackage` example, which shares this module, needs only the package.
#[allow(dead_code)]
pub fn editions() -> Vec<File> {
    let d = declaration();
    let json =
        serde_json::to_string_pretty(&d.json_edition()).expect("the edition is plain JSON") + "\n";
    let annotations = serde_json::to_string_pretty(&d.web_annotations())
        .expect("the annotations are plain JSON")
        + "\n";
    let package = data_package();
    let mut files = Vec::new();
    for &edition in Edition::ALL {
        let bytes: Vec<u8> = match (edition, edition.text(d)) {
            (_, Some(text)) => text.into(),
            (Edition::Json, None) => json.clone().into(),
            (Edition::JsonSchema, None) => schema().into(),
            (Edition::Annotations, None) => annotations.clone().into(),
            // The W3C context the annotations name, for expanding them offline.
            (Edition::AnnotationContext, None) => {
                include_str!("../../schemas/w3c-web-annotation/anno.jsonld").into()
            }
            (Edition::DataPackageZip, None) => zip(&package),
            // The package's files are written below, each in its folder.
            (Edition::DataPackage, None) => continue,
            (other, None) => panic!("no writer for {other:?}"),
        };
        files.push(File::new(edition.path(d), bytes));
    }
    files.extend(package.into_iter().map(|f| File {
        path: Path::new("datapackage").join(f.path),
        bytes: f.bytes,
    }));
    files
}

/// `files` as one zip archive, stored without compression and dated
/// 1 January 1980 (the format's first day), so that the same files always
/// make the same bytes.
fn zip(files: &[File]) -> Vec<u8> {
    fn u16le(out: &mut Vec<u8>, n: usize) {
        out.extend_from_slice(
            &u16::try_from(n)
                .expect("a zip field fits 16 bits")
                .to_le_bytes(),
        );
    }
    fn u32le(out: &mut Vec<u8>, n: usize) {
        out.extend_from_slice(
            &u32::try_from(n)
                .expect("a zip field fits 32 bits")
                .to_le_bytes(),
        );
    }
    // The date and time fields of 1980-01-01 00:00.
    const DAY_ONE: [u8; 4] = [0, 0, 0x21, 0];
    let mut out = Vec::new();
    let mut central = Vec::new();
    for file in files {
        let name = file.path.to_string_lossy().replace('\\', "/");
        let crc = crc32(&file.bytes);
        let offset = out.len();
        // The local header, then the bytes.
        out.extend_from_slice(b"PK\x03\x04");
        u16le(&mut out, 20); // version needed: 2.0
        u16le(&mut out, 0x0800); // flags: the name is UTF-8
        u16le(&mut out, 0); // stored
        out.extend_from_slice(&DAY_ONE);
        out.extend_from_slice(&crc.to_le_bytes());
        u32le(&mut out, file.bytes.len());
        u32le(&mut out, file.bytes.len());
        u16le(&mut out, name.len());
        u16le(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&file.bytes);
        // Its entry in the central directory.
        central.extend_from_slice(b"PK\x01\x02");
        u16le(&mut central, 20); // made by: 2.0
        u16le(&mut central, 20);
        u16le(&mut central, 0x0800);
        u16le(&mut central, 0);
        central.extend_from_slice(&DAY_ONE);
        central.extend_from_slice(&crc.to_le_bytes());
        u32le(&mut central, file.bytes.len());
        u32le(&mut central, file.bytes.len());
        u16le(&mut central, name.len());
        for _ in 0..3 {
            u16le(&mut central, 0); // extra, comment, disk
        }
        u16le(&mut central, 0); // internal attributes
        u32le(&mut central, 0); // external attributes
        u32le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let directory = out.len();
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06");
    u16le(&mut out, 0);
    u16le(&mut out, 0);
    u16le(&mut out, files.len());
    u16le(&mut out, files.len());
    u32le(&mut out, central.len());
    u32le(&mut out, directory);
    u16le(&mut out, 0);
    out
}

/// The CRC-32 (IEEE) of `bytes`, as zip archives check their files.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The kinds of id each of the schema's id lists holds.
const ID_LISTS: &[(&str, &[&str])] = &[
    ("sectionId", &["section"]),
    ("themeId", &["theme"]),
    ("instrumentId", &["instrument"]),
    ("entityId", &["entity"]),
    (
        "referentId",
        &[
            "entity",
            "instrument",
            "meeting",
            "summit",
            "place",
            "concept",
            "declaration",
        ],
    ),
    ("actorId", &["ministers", "entity"]),
    ("verbId", &["verb"]),
    ("formId", &["form"]),
    ("stanceId", &["stance"]),
    ("commitmentKindId", &["commitment-kind"]),
    ("obligationId", &["obligation"]),
    ("forceId", &["force"]),
    ("precisionId", &["precision"]),
    ("delegationId", &["delegation"]),
    ("anaphorKindId", &["anaphor-kind"]),
    ("priorityId", &["priority"]),
    ("exclusionId", &["exclusion"]),
    ("acronymId", &["acronym"]),
    ("meetingId", &["meeting"]),
    ("summitId", &["summit"]),
];

/// The JSON Schema, its lists of known ids written from the crate: the
/// structure is `editions/seoul-declaration.schema.json`, edited by hand; the
/// `enum` of each id in its `$defs` is every id of the kinds it may name, so
/// that the schema holds each id field to its kind and to the ids that exist.
#[allow(dead_code)]
pub fn schema() -> String {
    let mut schema: serde_json::Value =
        serde_json::from_str(JSON_SCHEMA).expect("the schema is JSON");
    let edition =
        serde_json::to_value(declaration().json_edition()).expect("the edition is plain JSON");
    let terms = edition["vocabularies"].as_array().expect("a list of terms");
    let ids_of = |kinds: &[&str]| -> Vec<serde_json::Value> {
        terms
            .iter()
            .filter(|t| kinds.contains(&t["kind"].as_str().unwrap_or_default()))
            .map(|t| t["id"].clone())
            .collect()
    };
    let defs = &mut schema["$defs"];
    for (name, kinds) in ID_LISTS {
        defs[*name]["enum"] = ids_of(kinds).into();
    }
    defs["anyId"]["enum"] = terms.iter().map(|t| t["id"].clone()).collect();
    defs["commitmentId"]["enum"] = edition["commitments"]
        .as_array()
        .expect("a list of commitments")
        .iter()
        .map(|c| c["id"].clone())
        .collect();
    serde_json::to_string_pretty(&schema).expect("the schema is JSON") + "\n"
}

/// Why files could not be written.
#[derive(Debug)]
pub enum WriteError {
    /// The directory is missing or is not a directory.
    NoDirectory(PathBuf),
    /// A file of the same name is there and was not written by this program.
    NotOurs(PathBuf),
    /// A name of ours is a symbolic link, which could lead outside the directory.
    Link(PathBuf),
    /// The system refused.
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::NoDirectory(dir) => write!(
                f,
                "{} is not a directory: give a directory that exists",
                output::path(dir)
            ),
            WriteError::NotOurs(path) => write!(
                f,
                "{} exists and was not written by this program; nothing was written: move it away or choose another directory",
                output::path(path)
            ),
            WriteError::Link(path) => write!(
                f,
                "{} is a symbolic link, which this program never follows; nothing was written: remove it or choose another directory",
                output::path(path)
            ),
            WriteError::Io(path, e) => write!(f, "cannot write {}: {e}", output::path(path)),
        }
    }
}

/// Writes `files` into `dir`, which must exist, and nowhere else.
///
/// Before anything is written, every name is checked: a name that is a
/// symbolic link (or a directory on the way to it that is) counts as a file
/// this program did not write, and so does a file there that it did not write;
/// if any is found, nothing is written. Each file is then written to a new
/// temporary name beside it and renamed over the old one, so that an
/// interrupted run leaves the old file or the new one, never half of one.
pub fn write(dir: &Path, files: &[File]) -> Result<(), WriteError> {
    if !dir.is_dir() {
        return Err(WriteError::NoDirectory(dir.to_owned()));
    }
    for file in files {
        check(dir, &file.path, &file.bytes)?;
    }
    for file in files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| WriteError::Io(parent.to_owned(), e))?;
        }
        replace(&path, &file.bytes)?;
    }
    Ok(())
}

/// Whether `relative` may be written under `dir`: no part of it below `dir` is
/// a symbolic link, and a file already there is one this program wrote or
/// holds the bytes to be written.
fn check(dir: &Path, relative: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let mut path = dir.to_owned();
    let parts: Vec<_> = relative.components().collect();
    for (i, part) in parts.iter().enumerate() {
        path.push(part);
        let last = i + 1 == parts.len();
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => return Err(WriteError::Link(path)),
            Ok(meta) if !last && !meta.is_dir() => return Err(WriteError::NotOurs(path)),
            Ok(_) if last => {
                let existing = fs::read(&path).map_err(|e| WriteError::Io(path.clone(), e))?;
                // A file with the very bytes to be written (a third party's
                // file this program carries, such as the W3C context) is
                // left as it is by writing it.
                if existing != bytes && !written_here(&path, &existing) {
                    return Err(WriteError::NotOurs(path));
                }
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(WriteError::Io(path, e)),
        }
    }
    Ok(())
}

/// Writes `bytes` to a new temporary file beside `path`, then renames it to
/// `path`. The temporary name is created afresh (never opened if something is
/// there, a link included) and removed if writing fails.
fn replace(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temporary)
        .and_then(|mut out| {
            out.write_all(bytes)?;
            out.sync_all()
        })
        .and_then(|()| fs::rename(&temporary, path));
    written.map_err(|e| {
        let _ = fs::remove_file(&temporary);
        WriteError::Io(path.to_owned(), e)
    })
}

/// Whether the file at `path`, holding `existing`, was written by this
/// program: a CSV file is one the data package beside it (a `datapackage.json`
/// this program wrote) lists; any other file names the declaration or this crate.
fn written_here(path: &Path, existing: &[u8]) -> bool {
    let mentions =
        |bytes: &[u8], words: &str| bytes.windows(words.len()).any(|w| w == words.as_bytes());
    if path.extension().is_some_and(|e| e == "csv") {
        let listed = |descriptor: Vec<u8>| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            mentions(&descriptor, CRATE) && mentions(&descriptor, &format!("\"path\": \"{name}\""))
        };
        return path
            .parent()
            .and_then(|dir| fs::read(dir.join("datapackage.json")).ok())
            .is_some_and(listed);
    }
    mentions(existing, CRATE) || mentions(existing, "Seoul Declaration")
}

/// The name every file this program writes carries somewhere.
const CRATE: &str = "asem-seoul-declaration";
