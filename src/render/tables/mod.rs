//! The declaration as flat tables, for CSV and any other tabular format: the
//! rows of the CSV data package and the Frictionless Table Schema of each.
//!
//! The module has three parts: the table API here, the tables' schemas
//! (`schema`: fields, keys, descriptions, generated from
//! `data/package-tables.tsv` and `data/package-fields.tsv`) and their rows
//! (`rows`).
//!
//! ```
//! use asem_seoul_declaration::declaration;
//! use asem_seoul_declaration::tables::Cell;
//!
//! let tables = declaration().tables();
//! let mentions = tables.iter().find(|t| t.name() == "mentions").unwrap();
//! let text = mentions.column("text").unwrap();
//! let first = &mentions.rows()[0];
//! assert_eq!(first[text], Cell::Text("Education Ministers".into()));
//! ```
//!
//! Writing the rows out is left to the program (the `datapackage` example
//! writes CSV with the `csv` crate), so the crate needs no CSV writer. With the
//! `serde` feature a [`Table`] serializes as its Frictionless Data Resource
//! descriptor.

use std::fmt;

use crate::Declaration;

mod rows;
mod schema;

/// One table: its name, its fields, its keys and its rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    schema: &'static Schema,
    rows: Vec<Vec<Cell>>,
}

/// What a table is, apart from its rows: its name, what a row is, its fields
/// and its keys.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Schema {
    pub(crate) name: &'static str,
    pub(crate) description: &'static str,
    pub(crate) fields: &'static [Field],
    pub(crate) primary_key: &'static [&'static str],
    pub(crate) foreign_keys: &'static [ForeignKey],
}

/// [`Declaration::tables`].
pub(crate) fn tables(d: &Declaration) -> Vec<Table> {
    rows::TABLES
        .iter()
        .map(|(schema, rows)| Table {
            schema,
            rows: rows(d),
        })
        .collect()
}

impl Table {
    /// The table's name, also its file's stem (`mentions` for `mentions.csv`).
    ///
    /// ```
    /// let names: Vec<&str> = asem_seoul_declaration::declaration().tables().iter().map(|t| t.name()).collect();
    /// assert_eq!(names[0], "paragraphs");
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.schema.name
    }

    /// What a row of the table is.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert!(tables.iter().all(|t| !t.description().is_empty()));
    /// ```
    #[must_use]
    pub const fn description(&self) -> &'static str {
        self.schema.description
    }

    /// The columns, in order.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// let names: Vec<&str> = tables[0].fields().iter().map(|f| f.name()).collect();
    /// assert_eq!(names, ["number", "section", "text"]);
    /// ```
    #[must_use]
    pub const fn fields(&self) -> &'static [Field] {
        self.schema.fields
    }

    /// The position of the column named `name`, if there is one.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].column("text"), Some(2));
    /// assert_eq!(tables[0].column("nothing"), None);
    /// ```
    #[must_use]
    pub fn column(&self, name: &str) -> Option<usize> {
        self.schema.fields.iter().position(|f| f.name == name)
    }

    /// The columns whose values together name one row.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// let mentions = tables.iter().find(|t| t.name() == "mentions").unwrap();
    /// assert_eq!(mentions.primary_key(), ["paragraph", "mention"]);
    /// ```
    #[must_use]
    pub const fn primary_key(&self) -> &'static [&'static str] {
        self.schema.primary_key
    }

    /// The columns whose values name a row of another table.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// let mentions = tables.iter().find(|t| t.name() == "mentions").unwrap();
    /// assert!(mentions.foreign_keys().iter().any(|k| k.table() == "vocabulary"));
    /// ```
    #[must_use]
    pub const fn foreign_keys(&self) -> &'static [ForeignKey] {
        self.schema.foreign_keys
    }

    /// The rows, each a cell per field.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].rows().len(), 16);
    /// assert!(tables.iter().all(|t| t.rows().iter().all(|row| row.len() == t.fields().len())));
    /// ```
    #[must_use]
    pub fn rows(&self) -> &[Vec<Cell>] {
        &self.rows
    }
}

/// A column of a [`Table`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    name: &'static str,
    kind: FieldKind,
    description: &'static str,
    required: bool,
}

impl Field {
    pub(crate) const fn new(
        name: &'static str,
        kind: FieldKind,
        description: &'static str,
    ) -> Field {
        Field {
            name,
            kind,
            description,
            required: true,
        }
    }

    /// A field that may be empty.
    pub(crate) const fn optional(self) -> Field {
        Field {
            required: false,
            ..self
        }
    }

    /// The column's name.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].fields()[0].name(), "number");
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The type of its values.
    ///
    /// ```
    /// use asem_seoul_declaration::tables::FieldKind;
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].fields()[0].kind(), FieldKind::Integer);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> FieldKind {
        self.kind
    }

    /// What the column holds, offsets' units included.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert!(tables.iter().flat_map(|t| t.fields()).all(|f| !f.description().is_empty()));
    /// ```
    #[must_use]
    pub const fn description(&self) -> &'static str {
        self.description
    }

    /// Whether every row has a value here; a missing value is an empty cell.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// let sections = tables.iter().find(|t| t.name() == "sections").unwrap();
    /// let parent = &sections.fields()[sections.column("parent").unwrap()];
    /// assert!(!parent.required());
    /// ```
    #[must_use]
    pub const fn required(&self) -> bool {
        self.required
    }
}

/// The type of a [`Field`]'s values, as Frictionless Table Schema names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldKind {
    /// A whole number, written in decimal.
    Integer,
    /// Text.
    String,
    /// A date, written `YYYY-MM-DD`.
    Date,
    /// A list of strings, written as a JSON array.
    Array,
    /// `true` or `false`.
    Boolean,
}

impl FieldKind {
    /// The Table Schema type: `"integer"`, `"string"`, `"date"`, `"array"` or
    /// `"boolean"`.
    ///
    /// ```
    /// use asem_seoul_declaration::tables::FieldKind;
    /// assert_eq!(FieldKind::Integer.name(), "integer");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            FieldKind::Integer => "integer",
            FieldKind::String => "string",
            FieldKind::Date => "date",
            FieldKind::Array => "array",
            FieldKind::Boolean => "boolean",
        }
    }
}

/// Columns of a [`Table`] that name rows of another table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ForeignKey {
    fields: &'static [&'static str],
    table: &'static str,
    reference: &'static [&'static str],
}

impl ForeignKey {
    pub(crate) const fn new(
        fields: &'static [&'static str],
        table: &'static str,
        reference: &'static [&'static str],
    ) -> ForeignKey {
        ForeignKey {
            fields,
            table,
            reference,
        }
    }

    /// The columns of this table.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].foreign_keys()[0].fields(), ["section"]);
    /// ```
    #[must_use]
    pub const fn fields(&self) -> &'static [&'static str] {
        self.fields
    }

    /// The table they point into (the same table for a reference to itself).
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].foreign_keys()[0].table(), "sections");
    /// ```
    #[must_use]
    pub const fn table(&self) -> &'static str {
        self.table
    }

    /// The columns of that table they match, in order.
    ///
    /// ```
    /// let tables = asem_seoul_declaration::declaration().tables();
    /// assert_eq!(tables[0].foreign_keys()[0].reference(), ["id"]);
    /// ```
    #[must_use]
    pub const fn reference(&self) -> &'static [&'static str] {
        self.reference
    }
}

/// One value of a [`Table`].
///
/// `Display` writes it as a CSV cell holds it, unquoted: a number in decimal,
/// text as it is, nothing for an empty cell.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Cell {
    /// A whole number.
    Integer(u64),
    /// Text (also dates and JSON arrays, as written).
    Text(String),
    /// No value.
    Empty,
}

/// ```
/// use asem_seoul_declaration::tables::Cell;
/// assert_eq!(Cell::Integer(16).to_string(), "16");
/// assert_eq!(Cell::Empty.to_string(), "");
/// ```
impl fmt::Display for Cell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Integer(n) => write!(f, "{n}"),
            Cell::Text(text) => f.write_str(text),
            Cell::Empty => Ok(()),
        }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_owned())
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(value: Option<T>) -> Cell {
        value.map_or(Cell::Empty, Into::into)
    }
}

impl From<bool> for Cell {
    fn from(yes: bool) -> Cell {
        Cell::Text(yes.to_string())
    }
}

impl From<u8> for Cell {
    fn from(n: u8) -> Cell {
        Cell::Integer(n.into())
    }
}

impl From<u16> for Cell {
    fn from(n: u16) -> Cell {
        Cell::Integer(n.into())
    }
}

impl From<usize> for Cell {
    fn from(n: usize) -> Cell {
        // An offset or a count in the declaration, far below u64::MAX.
        Cell::Integer(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

#[cfg(feature = "serde")]
mod descriptor {
    use serde::Serialize;
    use serde::ser::{SerializeMap, Serializer};

    use super::{Field, ForeignKey, Table};

    /// Serializes as the table's Frictionless Data Resource descriptor: its
    /// name, its path (`NAME.csv`), and its Table Schema (fields with types,
    /// descriptions and constraints, the primary key, the foreign keys).
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for Table {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            #[derive(Serialize)]
            #[serde(rename_all = "camelCase")]
            struct TableSchema {
                fields: &'static [Field],
                primary_key: &'static [&'static str],
                foreign_keys: &'static [ForeignKey],
            }
            let mut map = serializer.serialize_map(None)?;
            map.serialize_entry("name", self.name())?;
            map.serialize_entry("path", &format!("{}.csv", self.name()))?;
            map.serialize_entry("profile", "tabular-data-resource")?;
            map.serialize_entry("description", self.description())?;
            map.serialize_entry("format", "csv")?;
            map.serialize_entry("mediatype", "text/csv")?;
            map.serialize_entry("encoding", "utf-8")?;
            map.serialize_entry(
                "schema",
                &TableSchema {
                    fields: self.fields(),
                    primary_key: self.primary_key(),
                    foreign_keys: self.foreign_keys(),
                },
            )?;
            map.end()
        }
    }

    /// `{"name", "type", "description", "constraints": {"required": ...}}`.
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for Field {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            #[derive(Serialize)]
            struct Constraints {
                required: bool,
            }
            let mut map = serializer.serialize_map(Some(4))?;
            map.serialize_entry("name", self.name)?;
            map.serialize_entry("type", self.kind.name())?;
            map.serialize_entry("description", self.description)?;
            map.serialize_entry(
                "constraints",
                &Constraints {
                    required: self.required,
                },
            )?;
            map.end()
        }
    }

    /// `{"fields": [...], "reference": {"resource": ..., "fields": [...]}}`, a
    /// reference within the same table names that table.
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for ForeignKey {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            #[derive(Serialize)]
            struct Reference {
                resource: &'static str,
                fields: &'static [&'static str],
            }
            let mut map = serializer.serialize_map(Some(2))?;
            map.serialize_entry("fields", self.fields)?;
            map.serialize_entry(
                "reference",
                &Reference {
                    resource: self.table,
                    fields: self.reference,
                },
            )?;
            map.end()
        }
    }
}
