//! A declaration's own facts: what it is and how it is published
//! (`document.tsv`, a field a row) and the meetings of its series with the
//! summit that began it (`meetings.tsv`), written as the statics its
//! paragraphs refer back to.

use std::fmt::Write as _;

use crate::table::{Row, Table};
use crate::write::header;

/// The columns of the two tables.
pub(crate) const DOCUMENT_COLUMNS: [&str; 2] = ["field", "value"];
pub(crate) const MEETING_COLUMNS: [&str; 12] = [
    "id", "ordinal", "name", "acronym", "city", "year", "theme", "names", "dates", "country",
    "venue", "host",
];

/// The fields of `document.tsv`, in the order they are written; `cover`
/// and `keyword` may repeat (in order), every other stands once.
const FIELDS: &[&str] = &[
    "slug",
    "title",
    "subtitle",
    "cover",
    "meeting",
    "series",
    "series_acronym",
    "adopted",
    "publisher",
    "published_at",
    "source_file",
    "source_sha256",
    "data_version",
    "data_released",
    "license",
    "license_name",
    "license_url",
    "license_scope",
    "text_status",
    "country_code",
    "keyword",
    "dataset_title",
    "contributors",
    "agreement",
    "disagreements",
    "decisions",
];
const REPEATING: [&str; 2] = ["cover", "keyword"];

/// The ids a declaration's tables may name beyond the vocabularies': the
/// meetings of its series, in order, and the summit that began it.
pub(crate) struct Series {
    pub(crate) meetings: Vec<String>,
    pub(crate) summit: String,
}

impl Series {
    /// The series of `meetings.tsv`: one `summit:…` row and the
    /// `meeting:…` rows, in order.
    pub(crate) fn of(table: &Table) -> Result<Series, String> {
        let mut meetings = Vec::new();
        let mut summit = None;
        for row in &table.rows {
            let id = &row.fields[0];
            match id.split_once(':') {
                Some(("meeting", _)) => meetings.push(id.clone()),
                Some(("summit", _)) if summit.is_none() => summit = Some(id.clone()),
                _ => {
                    return Err(table.error(
                        row,
                        &format!("id {id:?}; a row is one `summit:…` (once) or a `meeting:…`"),
                    ));
                }
            }
        }
        let summit = summit.ok_or_else(|| format!("{}: no `summit:…` row", table.path))?;
        if meetings.is_empty() {
            return Err(format!("{}: no `meeting:…` row", table.path));
        }
        Ok(Series { meetings, summit })
    }

    /// The Rust expression of the meeting or summit `id`, if it is one.
    pub(crate) fn referent(&self, id: &str) -> Option<String> {
        if id == self.summit {
            return Some("Referent::Summit(&SUMMIT)".to_owned());
        }
        let i = self.meetings.iter().position(|m| m == id)?;
        Some(format!("Referent::Meeting(&MEETINGS[{i}])"))
    }
}

/// A date `YYYY-MM-DD` as a Rust `Date`.
fn date(table: &Table, row: &Row, given: &str) -> Result<String, String> {
    let parts: Vec<&str> = given.split('-').collect();
    let parsed = match parts[..] {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            match (y.parse::<u16>(), m.parse::<u8>(), d.parse::<u8>()) {
                (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) => Some((y, m, d)),
                _ => None,
            }
        }
        _ => None,
    };
    let (y, m, d) = parsed.ok_or_else(|| {
        table.error(
            row,
            &format!("date {given:?}; a date is written YYYY-MM-DD"),
        )
    })?;
    Ok(format!("Date {{ year: {y}, month: {m}, day: {d} }}"))
}

/// `given`, or `None` where it is `-`, as a Rust `Option`.
fn optional(
    given: &str,
    some: impl FnOnce(&str) -> Result<String, String>,
) -> Result<String, String> {
    match given {
        "-" => Ok("None".to_owned()),
        value => Ok(format!("Some({})", some(value)?)),
    }
}

/// A number of `row`'s column `column`, as Rust reads it.
fn number<T: std::str::FromStr>(
    table: &Table,
    row: &Row,
    column: &str,
    given: &str,
) -> Result<T, String> {
    given
        .parse()
        .map_err(|_| table.error(row, &format!("{column} {given:?}; it is a whole number")))
}

/// The generated file of a declaration whose tables are in `tables` (a
/// folder under the root), written to `file` (a path under the root).
#[allow(clippy::too_many_lines)] // one field after another, in the structs' order
pub(crate) fn document(
    document: &Table,
    meetings: &Table,
    series: &Series,
    tables: &str,
    file: &str,
) -> Result<String, String> {
    // Each field's values, in order, every one checked to be known.
    let mut values: Vec<(&str, Vec<&str>)> = Vec::new();
    for row in &document.rows {
        let (field, value) = (row.fields[0].as_str(), row.fields[1].as_str());
        if !FIELDS.contains(&field) {
            return Err(document.error(
                row,
                &format!("field {field:?}; the fields are {}", FIELDS.join(", ")),
            ));
        }
        if value.is_empty() || value.trim() != value {
            return Err(document.error(row, &format!("{field}: no value, or spaces around it")));
        }
        // A file beside the tables, read as it is: a path under their folder.
        let file = ["source_file", "agreement", "disagreements", "decisions"].contains(&field);
        let outside = value.contains(['"', '\\'])
            || value
                .split('/')
                .any(|c| c.is_empty() || c == "." || c == "..");
        if file && outside {
            return Err(document.error(
                row,
                &format!("{field} {value:?}; a file is a path under the tables' folder, its parts joined by `/`"),
            ));
        }
        match values.iter_mut().find(|(f, _)| *f == field) {
            Some((_, list)) if REPEATING.contains(&field) => list.push(value),
            Some(_) => return Err(document.error(row, &format!("{field} again; it stands once"))),
            None => values.push((field, vec![value])),
        }
    }
    let all = |field: &str| -> Result<&[&str], String> {
        values
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, list)| &list[..])
            .ok_or_else(|| format!("{}: no `{field}` row", document.path))
    };
    let one = |field: &str| all(field).map(|list| list[0]);
    let quoted = |field: &str| one(field).map(|value| format!("{value:?}"));
    // From the generated file's folder back to the root, then into the tables.
    let up = "../".repeat(file.matches('/').count());
    let include = |name: &str| format!("include_str!(\"{up}{tables}/{name}\")");

    let meeting = one("meeting")?;
    let meeting_index = series
        .meetings
        .iter()
        .position(|m| m == meeting)
        .ok_or_else(|| {
            format!(
                "{}: meeting {meeting:?} is not a `meeting:…` row of {}",
                document.path, meetings.path
            )
        })?;
    let adopted = one("adopted")?;
    let adopted = match document.rows.iter().find(|r| r.fields[0] == "adopted") {
        Some(row) => date(document, row, adopted)?,
        None => return Err(format!("{}: no `adopted` row", document.path)),
    };
    let list = |field: &str| -> Result<String, String> {
        Ok(all(field)?
            .iter()
            .map(|v| format!("{v:?}"))
            .collect::<Vec<_>>()
            .join(", "))
    };

    let mut out = header(&format!("{}` and `{}", document.path, meetings.path));
    out.push_str(
        "//! The declaration: what it is, how it is published, and the meetings of\n\
         //! its series.\n\n\
         use std::sync::LazyLock;\n\n\
         use super::paragraphs::{FOOTNOTES, PARAGRAPHS};\n\
         use crate::model::folding::Index;\n\
         use crate::model::meeting::{Date, DateRange, Meeting, MeetingSeries, Summit};\n\
         use crate::model::records::{Declaration, Publication};\n\n",
    );
    let _ = write!(
        out,
        "/// The declaration.\n\
         #[rustfmt::skip]\n\
         pub(crate) static DECLARATION: Declaration = Declaration {{\n    \
             this: &DECLARATION,\n    \
             slug: {slug},\n    \
             title: TITLE,\n    \
             subtitle: {subtitle},\n    \
             cover_lines: &[{cover}],\n    \
             meeting: &MEETINGS[{meeting_index}],\n    \
             series: &SERIES,\n    \
             adopted: {adopted},\n    \
             publisher: {publisher},\n    \
             published_at: {published_at},\n    \
             paragraphs: &PARAGRAPHS,\n    \
             footnotes: &FOOTNOTES,\n    \
             source: {source},\n    \
             publication: &PUBLICATION,\n    \
             index: || {{\n        \
                 static INDEX: LazyLock<Index> = LazyLock::new(|| DECLARATION.index_texts());\n        \
                 &INDEX\n    \
             }},\n\
         }};\n\n",
        slug = quoted("slug")?,
        subtitle = quoted("subtitle")?,
        cover = list("cover")?,
        publisher = quoted("publisher")?,
        published_at = quoted("published_at")?,
        source = include(one("source_file")?),
    );
    let _ = write!(
        out,
        "/// Its title.\n#[rustfmt::skip]\npub(crate) const TITLE: &str = {title};\n\n\
         /// The version of its data.\n#[rustfmt::skip]\npub(crate) const DATA_VERSION: &str = {data_version};\n\n\
         /// The SPDX id of the licence of its data.\n#[rustfmt::skip]\npub(crate) const DATA_LICENSE: &str = {license};\n\n\
         /// The SHA-256 digest of its source, in hex.\n#[rustfmt::skip]\npub(crate) const SOURCE_SHA256: &str = {sha};\n\n",
        title = quoted("title")?,
        data_version = quoted("data_version")?,
        license = quoted("license")?,
        sha = quoted("source_sha256")?,
    );
    let _ = write!(
        out,
        "/// Its publication.\n\
         #[rustfmt::skip]\n\
         static PUBLICATION: Publication = Publication {{\n    \
             data_version: DATA_VERSION,\n    \
             data_released: {data_released},\n    \
             license: DATA_LICENSE,\n    \
             license_name: {license_name},\n    \
             license_url: {license_url},\n    \
             license_scope: {license_scope},\n    \
             text_status: {text_status},\n    \
             country_code: {country_code},\n    \
             keywords: &[{keywords}],\n    \
             dataset_title: {dataset_title},\n    \
             contributors: {contributors},\n    \
             repository: env!(\"CARGO_PKG_REPOSITORY\"),\n    \
             source_file: {source_file},\n    \
             source_sha256: SOURCE_SHA256,\n    \
             #[cfg(any(feature = \"markdown\", feature = \"html\", feature = \"tables\"))]\n    \
             agreement: {agreement},\n    \
             #[cfg(feature = \"markdown\")]\n    \
             codebook: &crate::facts::codebook::CODEBOOK,\n    \
             #[cfg(feature = \"tables\")]\n    \
             disagreements: {disagreements},\n    \
             #[cfg(feature = \"tables\")]\n    \
             decisions: {decisions},\n\
         }};\n\n",
        data_released = quoted("data_released")?,
        license_name = quoted("license_name")?,
        license_url = quoted("license_url")?,
        license_scope = quoted("license_scope")?,
        text_status = quoted("text_status")?,
        country_code = quoted("country_code")?,
        keywords = list("keyword")?,
        dataset_title = quoted("dataset_title")?,
        contributors = quoted("contributors")?,
        source_file = quoted("source_file")?,
        agreement = include(one("agreement")?),
        disagreements = include(one("disagreements")?),
        decisions = include(one("decisions")?),
    );
    series_statics(
        &mut out,
        meetings,
        series,
        &quoted("series")?,
        &quoted("series_acronym")?,
    )?;
    Ok(out)
}

/// Writes the meetings, the summit and the series into `out`.
fn series_statics(
    out: &mut String,
    table: &Table,
    series: &Series,
    name: &str,
    acronym: &str,
) -> Result<(), String> {
    let _ = writeln!(
        out,
        "/// The meetings of the series, in order.\n#[rustfmt::skip]\npub(crate) static MEETINGS: [Meeting; {}] = [",
        series.meetings.len()
    );
    let mut summit = String::new();
    let mut slugs = Vec::new();
    for row in &table.rows {
        let f = |column: &str| {
            let at = MEETING_COLUMNS
                .iter()
                .position(|c| *c == column)
                .expect("a column");
            row.fields[at].as_str()
        };
        let ordinal: u8 = number(table, row, "ordinal", f("ordinal"))?;
        let year: u16 = number(table, row, "year", f("year"))?;
        let slug = f("id").split_once(':').map_or("", |(_, slug)| slug);
        let names = match f("names") {
            "-" => String::new(),
            names => names
                .split(" | ")
                .map(|n| format!("{n:?}"))
                .collect::<Vec<_>>()
                .join(", "),
        };
        if f("id").starts_with("summit:") {
            summit = format!(
                "/// The summit that began the series.\n#[rustfmt::skip]\npub(crate) static SUMMIT: Summit = Summit {{ ordinal: {ordinal}, id: {:?}, name: {:?}, names: &[{names}], city: {:?}, year: {year} }};\n\n",
                f("id"),
                f("name"),
                f("city"),
            );
            continue;
        }
        slugs.push(format!("{slug:?}"));
        let dates = optional(f("dates"), |range| {
            let (first, last) = range.split_once('/').ok_or_else(|| {
                table.error(
                    row,
                    &format!("dates {range:?}; they are written FIRST/LAST, each YYYY-MM-DD"),
                )
            })?;
            Ok(format!(
                "DateRange {{ first: {}, last: {} }}",
                date(table, row, first)?,
                date(table, row, last)?
            ))
        })?;
        let text = |column: &str| optional(f(column), |v| Ok(format!("{v:?}")));
        let _ = writeln!(
            out,
            "    Meeting {{ ordinal: {ordinal}, id: {:?}, acronym: {:?}, name: {:?}, names: &[{names}], city: {:?}, year: {year}, theme: {:?}, dates: {dates}, country: {}, venue: {}, host: {} }},",
            f("id"),
            f("acronym"),
            f("name"),
            f("city"),
            f("theme"),
            text("country")?,
            text("venue")?,
            text("host")?,
        );
    }
    out.push_str("];\n\n");
    out.push_str(&summit);
    let summit_slug = series.summit.split_once(':').map_or("", |(_, slug)| slug);
    let _ = write!(
        out,
        "/// The series.\n\
         #[rustfmt::skip]\n\
         static SERIES: MeetingSeries = MeetingSeries {{\n    \
             name: {name},\n    \
             acronym: {acronym},\n    \
             origin: &SUMMIT,\n    \
             meetings: &MEETINGS,\n    \
             meeting_slugs: &[{}],\n    \
             summit_slugs: &[{summit_slug:?}],\n\
         }};\n",
        slugs.join(", "),
    );
    Ok(())
}
