//! The data package's tables: what each is and its keys
//! (`data/package-tables.tsv`), and its fields (`data/package-fields.tsv`),
//! written as the Table Schemas of the CSV edition.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::table::{Row, Table};
use crate::write::header;

/// The columns of the two tables.
pub(crate) const TABLE_COLUMNS: [&str; 4] = ["table", "description", "primary_key", "foreign_keys"];
pub(crate) const FIELD_COLUMNS: [&str; 5] = ["table", "field", "type", "required", "description"];

/// A field as the schema writes it: name, `FieldKind` variant, required,
/// description.
#[derive(Clone)]
struct Field {
    name: String,
    kind: &'static str,
    required: bool,
    description: String,
}

/// The `FieldKind` variant of a Table Schema type.
fn kind(given: &str) -> Option<&'static str> {
    Some(match given {
        "integer" => "Integer",
        "string" => "String",
        "date" => "Date",
        "array" => "Array",
        "boolean" => "Boolean",
        _ => return None,
    })
}

/// The six span fields of column `column`: where its words stand in the
/// paragraph's text, in every unit.
fn spans(column: &str, required: bool) -> Vec<Field> {
    let prefix = if column == "text" {
        String::new()
    } else {
        format!("{column}_")
    };
    [
        (
            "start",
            "starts in its paragraph's text, in Unicode code points from 0 (Python, R).",
        ),
        (
            "end",
            "ends in its paragraph's text, in Unicode code points, exclusive.",
        ),
        (
            "utf16_start",
            "starts, in UTF-16 code units (JavaScript, Java, .NET).",
        ),
        ("utf16_end", "ends, in UTF-16 code units, exclusive."),
        ("utf8_start", "starts, in bytes of UTF-8 (Rust)."),
        ("utf8_end", "ends, in bytes of UTF-8, exclusive."),
    ]
    .iter()
    .map(|(name, says)| Field {
        name: format!("{prefix}{name}"),
        kind: "Integer",
        required,
        description: format!("Where `{column}` {says}"),
    })
    .collect()
}

/// `src/render/tables/schema.rs`: a `Schema` static per row of `tables`, its
/// fields from `fields` (`@spans COLUMN` for a column's six span fields,
/// `@fields TABLE` for another table's fields, `@tags` for a boolean column
/// per theme and priority area of `vocabulary`; a description `-` for the
/// one a field of that name was given first), every key checked against the
/// fields and the tables.
pub(crate) fn schemas(
    tables: &Table,
    fields: &Table,
    vocabulary: &Table,
) -> Result<String, String> {
    let by_table = fields_by_table(tables, fields, vocabulary)?;
    let mut out = header(&format!("{}` and `{}", tables.path, fields.path));
    out.push_str(
        "//! What each table of the data package is: its name, what a row is, its\n\
         //! fields with their types and descriptions, its primary key and its\n\
         //! foreign keys, as the Table Schemas give them.\n\n\
         use super::{Field, FieldKind, ForeignKey, Schema};\n",
    );
    for row in &tables.rows {
        let Some(list) = by_table.get(&row.fields[0]) else {
            return Err(tables.error(
                row,
                &format!("table {:?} has no field in {}", row.fields[0], fields.path),
            ));
        };
        schema(&mut out, tables, row, list)?;
    }
    Ok(out)
}

/// Every table's fields, in order, the directives expanded.
fn fields_by_table(
    tables: &Table,
    fields: &Table,
    vocabulary: &Table,
) -> Result<BTreeMap<String, Vec<Field>>, String> {
    let mut by_table: BTreeMap<String, Vec<Field>> = BTreeMap::new();
    let mut first: BTreeMap<String, String> = BTreeMap::new();
    for row in &fields.rows {
        let f = &row.fields;
        if !tables.rows.iter().any(|t| t.fields[0] == f[0]) {
            return Err(fields.error(
                row,
                &format!("table {:?} is not a row of {}", f[0], tables.path),
            ));
        }
        let required = match f[3].as_str() {
            "yes" => true,
            "no" => false,
            _ if f[1].starts_with("@fields") || f[1] == "@tags" => true,
            other => {
                return Err(fields.error(row, &format!("required {other:?}; it is `yes` or `no`")));
            }
        };
        let mut added = if let Some(column) = f[1].strip_prefix("@spans ") {
            if !by_table
                .get(f[0].as_str())
                .is_some_and(|list| list.iter().any(|x| x.name == column))
            {
                return Err(fields.error(
                    row,
                    &format!("@spans {column:?}: the table has no field {column:?} before it"),
                ));
            }
            spans(column, required)
        } else if let Some(other) = f[1].strip_prefix("@fields ") {
            let Some(list) = by_table.get(other) else {
                return Err(fields.error(
                    row,
                    &format!("@fields {other:?}: no table of that name before it"),
                ));
            };
            list.clone()
        } else if f[1] == "@tags" {
            vocabulary
                .rows
                .iter()
                .filter(|v| {
                    v.fields[0].starts_with("theme:") || v.fields[0].starts_with("priority:")
                })
                .map(|v| Field {
                    name: v.fields[0].clone(),
                    kind: "Boolean",
                    required: true,
                    description: v.fields[3].clone(),
                })
                .collect()
        } else {
            let Some(kind) = kind(&f[2]) else {
                return Err(fields.error(
                    row,
                    &format!(
                        "type {:?}; it is integer, string, date, array or boolean",
                        f[2]
                    ),
                ));
            };
            let description = if f[4] == "-" {
                let Some(given) = first.get(&f[1]) else {
                    return Err(fields.error(
                        row,
                        &format!(
                            "description `-` of {:?}, a field no row before describes",
                            f[1]
                        ),
                    ));
                };
                given.clone()
            } else {
                first.entry(f[1].clone()).or_insert_with(|| f[4].clone());
                f[4].clone()
            };
            vec![Field {
                name: f[1].clone(),
                kind,
                required,
                description,
            }]
        };
        by_table.entry(f[0].clone()).or_default().append(&mut added);
    }
    Ok(by_table)
}

/// Writes the `Schema` static of the table of `row`, whose fields are `list`,
/// its keys checked against them and against `tables`.
fn schema(out: &mut String, tables: &Table, row: &Row, list: &[Field]) -> Result<(), String> {
    let f = &row.fields;
    let has = |column: &str| list.iter().any(|x| x.name == column);
    let words = |s: &str| {
        s.split(' ')
            .map(|w| format!("{w:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let Some(missing) = f[2].split(' ').find(|c| !has(c)) {
        return Err(tables.error(
            row,
            &format!("primary key {missing:?} is not a field of the table"),
        ));
    }
    let mut keys = Vec::new();
    if f[3] != "-" {
        for key in f[3].split("; ") {
            let parsed = key.split_once(" -> ").and_then(|(columns, target)| {
                let (table, reference) = target.strip_suffix(')')?.split_once('(')?;
                Some((columns, table, reference))
            });
            let Some((columns, table, reference)) = parsed else {
                return Err(tables.error(
                    row,
                    &format!("foreign key {key:?}; it is `COLUMNS -> TABLE(COLUMNS)`"),
                ));
            };
            if let Some(missing) = columns.split(' ').find(|c| !has(c)) {
                return Err(tables.error(
                    row,
                    &format!("foreign key {key:?}: {missing:?} is not a field of the table"),
                ));
            }
            if !tables.rows.iter().any(|t| t.fields[0] == table) {
                return Err(tables.error(row, &format!("foreign key {key:?}: no table {table:?}")));
            }
            keys.push(format!(
                "ForeignKey::new(&[{}], {table:?}, &[{}])",
                words(columns),
                words(reference)
            ));
        }
    }
    let _ = write!(
        *out,
        "\n#[rustfmt::skip]\npub(crate) static {}: Schema = Schema {{\n    name: {:?},\n    description: {:?},\n    fields: &[\n",
        f[0].to_ascii_uppercase(),
        f[0],
        f[1]
    );
    for field in list {
        let optional = if field.required { "" } else { ".optional()" };
        let _ = writeln!(
            *out,
            "        Field::new({:?}, FieldKind::{}, {:?}){optional},",
            field.name, field.kind, field.description
        );
    }
    let _ = write!(
        *out,
        "    ],\n    primary_key: &[{}],\n    foreign_keys: &[{}],\n}};\n",
        words(&f[2]),
        keys.join(", ")
    );
    Ok(())
}
