//! Reading measured data as it leaves the instrument.
//!
//! One file per export format, each declaring what it recognises
//! ([`Reader`]); [`load_data`] decodes the bytes ([`text_decoding`]), asks the
//! readers in [`READERS`] in turn and uses the first that recognises the file,
//! falling back to a plain table of numbers. Every reader returns the same
//! [`Import`]: columns with their headers (unit and proposed role read by
//! [`column_header`]), segments, header metadata and warnings. The formats
//! are described in docs/file-formats.md.
//!
//! Nothing here panics: bad input gives an [`ImportError`] naming the file,
//! line and column.

pub mod afm_workshop_csv;
pub mod column_header;
pub mod extend_retract;
pub mod femtotools_text;
pub mod hysitron_triboscan;
pub mod jpk_text_export;
pub mod nanoscope_ascii;
pub mod plain_table;
pub mod table_reader;
pub mod text_decoding;

use column_header::ColumnHeader;
use std::fmt;
use std::ops::Range;
use text_decoding::{Encoding, TextLines};

/// What went wrong reading a file, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    /// The file's name.
    pub file: String,
    /// 1-based line (0 when the whole file is at fault).
    pub line: usize,
    /// 1-based column of the table (0 when the whole line is at fault).
    pub column: usize,
    /// What is wrong, in words a user understands.
    pub message: String,
}

impl ImportError {
    /// An error about the whole file.
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        Self::at(file, 0, 0, message)
    }

    /// An error at a line and column (1-based; 0 for "the whole").
    pub fn at(file: &str, line: usize, column: usize, message: impl Into<String>) -> Self {
        Self {
            file: file.to_string(),
            line,
            column,
            message: message.into(),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (0, _) => write!(f, "{}: {}", self.file, self.message),
            (l, 0) => write!(f, "{}, line {l}: {}", self.file, self.message),
            (l, c) => write!(f, "{}, line {l}, column {c}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for ImportError {}

/// One header line's `key: value` (else `key = value`, else `key<tab>value`),
/// both trimmed; `None` when either is empty.
pub fn key_value(line: &str) -> Option<(String, String)> {
    let (k, v) = line
        .split_once(':')
        .or_else(|| line.split_once('='))
        .or_else(|| line.split_once('\t'))?;
    let (k, v) = (k.trim(), v.trim());
    (!k.is_empty() && !v.is_empty()).then(|| (k.to_string(), v.to_string()))
}

/// The header values in `lines` (see [`key_value`]), the first of each key.
pub fn header_values<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<(String, String)> {
    let mut values: Vec<(String, String)> = Vec::new();
    for (k, v) in lines.into_iter().filter_map(key_value) {
        if !values.iter().any(|(seen, _)| *seen == k) {
            values.push((k, v));
        }
    }
    values
}

/// One column of numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// What its header says (an empty label when the file has no header).
    pub header: ColumnHeader,
    /// The values as written in the file, in the header's unit.
    pub values: Vec<f64>,
}

impl Column {
    /// Columns from header labels (`None`: the file has no header) and
    /// values, each header read for its unit and role.
    pub fn from_table(labels: Option<&[String]>, values: Vec<Vec<f64>>) -> Vec<Column> {
        values
            .into_iter()
            .enumerate()
            .map(|(i, values)| Column {
                header: column_header::read_header(
                    labels.and_then(|l| l.get(i)).map_or("", String::as_str),
                ),
                values,
            })
            .collect()
    }
}

/// A part of the test (loading, hold, unloading; a JPK segment; a phase).
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Its name (`extend`, `phase 1`, `segment 2`).
    pub name: String,
    /// Its rows, as indices into the columns' values.
    pub rows: Range<usize>,
}

/// A file's data, as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// The format recognised, in words (`Hysitron TriboScan text export`).
    pub format: &'static str,
    /// How the bytes were decoded.
    pub encoding: Encoding,
    /// The columns, all of the same length.
    pub columns: Vec<Column>,
    /// The segments, in order, covering every row (one when the file has none).
    pub segments: Vec<Segment>,
    /// Header values the file carries (`Number of Points`, `Machine Comp`…).
    pub metadata: Vec<(String, String)>,
    /// Things the user should know (a point count that does not match…).
    pub warnings: Vec<String>,
}

impl Import {
    /// The number of data rows read.
    pub fn rows(&self) -> usize {
        self.columns.first().map_or(0, |c| c.values.len())
    }

    /// A one-line summary for the page, e.g.
    /// `Hysitron TriboScan text export: 5304 points, 1 segment`.
    pub fn summary(&self) -> String {
        let (rows, n) = (self.rows(), self.segments.len());
        let s = |k: usize| if k == 1 { "" } else { "s" };
        format!(
            "{}: {rows} point{}, {n} segment{}",
            self.format,
            s(rows),
            s(n)
        )
    }
}

/// An export format: what it recognises and how it is read.
pub struct Reader {
    /// The format's name as the page shows it.
    pub format: &'static str,
    /// Whether this reader recognises the file's lines.
    pub recognises: fn(&TextLines) -> bool,
    /// Reads the file (`file` names it in messages).
    pub read: fn(file: &str, text: &TextLines) -> Result<Import, ImportError>,
}

/// The instrument formats, most specific first; a file none recognises is
/// read as a plain table ([`plain_table`]).
pub const READERS: &[Reader] = &[
    jpk_text_export::READER,
    nanoscope_ascii::READER,
    hysitron_triboscan::READER,
    afm_workshop_csv::READER,
    femtotools_text::READER,
];

/// The name of a format as the readers give it, from its text (for an
/// import passed between threads as plain data); `None` for a name no reader
/// gives.
pub fn known_format(name: &str) -> Option<&'static str> {
    READERS
        .iter()
        .map(|r| r.format)
        .chain([hysitron_triboscan::HLD_FORMAT, plain_table::READER.format])
        .chain(plain_table::FORMATS)
        .find(|f| *f == name)
}

/// The instrument format a file is in, when a reader recognises it (`None`
/// for a plain table, or a file that cannot be decoded); cheaper than
/// reading it.
pub fn instrument_format(bytes: &[u8]) -> Option<&'static str> {
    let decoded = text_decoding::decode_text("", bytes).ok()?;
    let text = decoded.lines();
    RECOGNISERS.iter().find(|r| (r.1)(&text)).map(|r| r.0)
}

/// Whether a file's lines are in a format.
type Recognises = fn(&TextLines) -> bool;

/// What [`READERS`] recognise, without their readers, so that a page that
/// only detects a format does not carry every reader
/// (`the_recognisers_are_the_readers_own` keeps the two in step).
const RECOGNISERS: &[(&str, Recognises)] = &[
    (jpk_text_export::READER.format, jpk_text_export::recognises),
    (nanoscope_ascii::READER.format, nanoscope_ascii::recognises),
    (
        hysitron_triboscan::READER.format,
        hysitron_triboscan::recognises,
    ),
    (
        afm_workshop_csv::READER.format,
        afm_workshop_csv::recognises,
    ),
    (femtotools_text::READER.format, femtotools_text::recognises),
];

/// Reads an exported file: detects its format and returns its columns.
pub fn load_data(file: &str, bytes: &[u8]) -> Result<Import, ImportError> {
    load(file, bytes, None)
}

/// [`load_data`] for a large file: the same import, its rows of plain
/// numbers read in one pass each ([`table_reader::plain_row`]) and a
/// Latin-1 file decoded by runs of ASCII ([`text_decoding::latin1_in_runs`]),
/// several times faster. The import worker reads with it; a page that reads
/// only small files calls [`load_data`] and carries none of its code.
pub fn load_data_in_one_pass(file: &str, bytes: &[u8]) -> Result<Import, ImportError> {
    load(file, bytes, Some(table_reader::plain_row))
}

/// [`load_data`], with the rows read by `one_pass` where it can (and then a
/// Latin-1 file decoded for speed too).
fn load(
    file: &str,
    bytes: &[u8],
    one_pass: Option<table_reader::OnePass>,
) -> Result<Import, ImportError> {
    let latin1 = match one_pass {
        Some(_) => text_decoding::latin1_in_runs,
        None => text_decoding::latin1_text,
    };
    let decoded = text_decoding::decode_text_with(file, bytes, latin1)?;
    let text = TextLines {
        one_pass,
        ..decoded.lines()
    };
    if text.lines.iter().all(|l| l.trim().is_empty()) {
        return Err(ImportError::file(file, "the file is empty."));
    }
    let reader = READERS
        .iter()
        .find(|r| (r.recognises)(&text))
        .unwrap_or(&plain_table::READER);
    (reader.read)(file, &text)
}

/// What a box that takes plain columns was given: a table, or an
/// instrument's export (named), which such a box must not read as columns.
#[derive(Debug, Clone, PartialEq)]
pub enum PlainTable {
    /// The table, read.
    Table(Import),
    /// An export in this instrument format.
    Export(&'static str),
}

/// Reads a plain table (any separator, decimal point or comma, a header or
/// none) for a page whose box takes plain columns: decoded and read as
/// [`load_data`] reads a table, decoded once; an instrument's export is
/// recognised and named instead of read. The headers' units are read, so
/// that a page can check them against what it was told the columns are
/// ([`column_header::check_unit`]).
pub fn load_table(file: &str, bytes: &[u8]) -> Result<PlainTable, ImportError> {
    let decoded = text_decoding::decode_text(file, bytes)?;
    let text = decoded.lines();
    if text.lines.iter().all(|l| l.trim().is_empty()) {
        return Err(ImportError::file(file, "the file is empty."));
    }
    if let Some((format, _)) = RECOGNISERS.iter().find(|r| (r.1)(&text)) {
        return Ok(PlainTable::Export(format));
    }
    (plain_table::READER.read)(file, &text).map(PlainTable::Table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recognisers_are_the_readers_own() {
        assert_eq!(RECOGNISERS.len(), READERS.len());
        for (r, reader) in RECOGNISERS.iter().zip(READERS) {
            assert_eq!(r.0, reader.format);
            assert!(std::ptr::fn_addr_eq(r.1, reader.recognises), "{}", r.0);
        }
    }

    #[test]
    fn every_fixture_names_a_known_format() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let import = load_data("f", &bytes).unwrap();
            assert_eq!(known_format(import.format), Some(import.format), "{path:?}");
            assert_eq!(load_data_in_one_pass("f", &bytes), Ok(import), "{path:?}");
        }
        assert_eq!(known_format("Excel workbook"), None);
        let jpk = include_bytes!("../../tests/data/import/jpk_force.txt");
        assert_eq!(instrument_format(jpk), Some("JPK force curve text export"));
        assert_eq!(instrument_format(b"strain\tstress\n0\t0\n1\t2\n"), None);
    }

    #[test]
    fn a_pasted_table_reads_as_the_same_file_would() {
        let text = "Dehnung (%);Spannung (MPa)\n0,00;0,0000\n0,02;1,0000\n";
        let PlainTable::Table(pasted) = load_table("pasted", text.as_bytes()).unwrap() else {
            panic!("a plain table");
        };
        let file = load_data("pasted", text.as_bytes()).unwrap();
        assert_eq!(pasted, file);
        assert_eq!(pasted.columns[0].values, [0.0, 0.02]);
        let jpk = include_bytes!("../../tests/data/import/jpk_force.txt");
        assert_eq!(
            load_table("jpk.txt", jpk).unwrap(),
            PlainTable::Export("JPK force curve text export")
        );
        assert_eq!(
            load_table("pasted", b"1;2\n3;x\n").unwrap_err().to_string(),
            "pasted, line 2, column 2: “x” is not a number."
        );
        assert!(load_table("pasted", b" \n").is_err());
    }

    #[test]
    fn errors_name_file_line_and_column() {
        assert_eq!(
            ImportError::at("a.txt", 12, 3, "“x” is not a number.").to_string(),
            "a.txt, line 12, column 3: “x” is not a number."
        );
        assert_eq!(
            ImportError::at("a.txt", 4, 0, "too short.").to_string(),
            "a.txt, line 4: too short."
        );
        assert_eq!(
            load_data("e.csv", b"\n \r\n").unwrap_err().to_string(),
            "e.csv: the file is empty."
        );
    }
}
