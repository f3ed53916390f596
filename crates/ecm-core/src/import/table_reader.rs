//! The table of numbers inside an export: separator, decimal mark, header
//! row, data rows and blank-line segments.
//!
//! Used by every reader once it knows where its table starts. Separators:
//! tab, semicolon, comma or runs of spaces, whichever splits the first data
//! row into numbers; decimal commas (NT-MDT, European spreadsheets) are read
//! when the separator is not a comma. `#` and `//` lines are comments; a
//! trailing separator (Nanoscope ends every line with a tab) adds no column;
//! blank lines between rows start a new segment.

use super::{ImportError, Segment};
use crate::numbers::decimal_parser::{parse_decimal, short_prefix};

/// What separates the cells of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    /// A tab.
    Tab,
    /// A semicolon.
    Semicolon,
    /// A comma.
    Comma,
    /// One or more spaces.
    Spaces,
}

impl Separator {
    /// The cells of `line` (a trailing separator adds no cell).
    pub fn split_cells(self, line: &str) -> Vec<&str> {
        let mut cells = Vec::new();
        self.split_into(line, &mut cells);
        cells
    }

    /// The cells of `line` into `cells` (cleared first), reusing its memory.
    pub fn split_into<'a>(self, line: &'a str, cells: &mut Vec<&'a str>) {
        cells.clear();
        match self {
            Separator::Tab => cells.extend(line.split('\t')),
            Separator::Semicolon => cells.extend(line.split(';')),
            Separator::Comma => cells.extend(line.split(',')),
            Separator::Spaces => cells.extend(line.split_whitespace()),
        }
        // A trailing separator adds no column.
        if cells.len() > 1 && cells.last().is_some_and(|c| c.trim().is_empty()) {
            cells.pop();
        }
    }
}

/// A way to read a row of plain numbers in one pass ([`plain_row`]), given
/// to [`read_table`] by a caller that reads large files.
pub type OnePass = fn(line: &[u8], separator: Separator, row: &mut [f64]) -> bool;

/// The most columns a row can have to be read by [`plain_row`].
const PLAIN_ROW_CELLS: usize = 16;

/// Reads `line` (trimmed) into `row` in one pass when it is a row of
/// exactly `row.len()` plain numbers (see [`short_prefix`]) split by single
/// separators, which is nearly every row of a large export; `false` for
/// anything else (a quoted or decimal-comma cell, a trailing separator, a
/// power of ten beyond 10^±22, runs of spaces), which [`read_table`] then
/// reads cell by cell.
/// Where this reads a row, the cell by cell reading gives the same numbers
/// (`tests/table_rows_read_as_cells.rs`).
pub fn plain_row(line: &[u8], separator: Separator, row: &mut [f64]) -> bool {
    let one = match separator {
        Separator::Tab => b'\t',
        Separator::Semicolon => b';',
        Separator::Comma => b',',
        Separator::Spaces => b' ',
    };
    let mut p = 0;
    for (k, slot) in row.iter_mut().enumerate() {
        // A separator before every cell but the first.
        if k > 0 {
            if line.get(p) != Some(&one) {
                return false;
            }
            p += 1;
        }
        let Some((v, used)) = line.get(p..).and_then(short_prefix) else {
            return false;
        };
        *slot = v;
        p += used;
    }
    p == line.len()
}

/// A table read from lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The header cells, when the line before the data has one per column.
    pub header: Option<Vec<String>>,
    /// The values, column by column.
    pub columns: Vec<Vec<f64>>,
    /// The 1-based file line of each row.
    pub row_lines: Vec<usize>,
    /// Segments separated by blank lines (one when there are none).
    pub segments: Vec<Segment>,
    /// The separator found.
    pub separator: Separator,
    /// Whether `,` was read as the decimal mark.
    pub decimal_comma: bool,
}

/// `line` without the whitespace around it, as `str::trim` gives it, found
/// at once for a line that starts and ends in a printable ASCII character
/// (every row of a table, nearly).
fn trimmed(line: &str) -> &str {
    match line.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => line,
        _ => line.trim(),
    }
}

/// Whether a line is a comment (`#…` or `//…`).
pub fn is_comment(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('#') || t.starts_with("//")
}

/// Reads one cell as a number (`decimal_comma`: `,` is the decimal mark).
pub fn parse_cell(cell: &str, decimal_comma: bool) -> Option<f64> {
    let t = cell.trim().trim_matches('"').trim();
    let v = if decimal_comma && t.contains(',') {
        if t.contains('.') {
            return None;
        }
        parse_decimal(&t.replace(',', "."))
    } else {
        parse_decimal(t)
    }?;
    v.is_finite().then_some(v)
}

/// The separator and decimal mark that split `line` into two or more
/// numbers (or one number, for a one-column file), if any.
pub fn numeric_layout(line: &str) -> Option<(Separator, bool)> {
    let t = line.trim();
    if t.is_empty() || is_comment(t) {
        return None;
    }
    for sep in [
        Separator::Tab,
        Separator::Semicolon,
        Separator::Comma,
        Separator::Spaces,
    ] {
        let cells = sep.split_cells(t);
        if cells.len() < 2 {
            continue;
        }
        for comma in [false, true] {
            if comma && sep == Separator::Comma {
                continue;
            }
            if cells.iter().all(|c| parse_cell(c, comma).is_some()) {
                return Some((sep, comma));
            }
        }
    }
    // One column: a single number, with either decimal mark.
    [false, true]
        .into_iter()
        .find(|&comma| parse_cell(t, comma).is_some())
        .map(|comma| (Separator::Spaces, comma))
}

/// Reads the table that starts at or after line index `from` (0-based) in
/// `lines`: the first line that is all numbers starts the data; the line
/// before it is the header if it has one cell per column. Every later
/// non-blank, non-comment line must be a row of as many numbers, read with
/// `one_pass` where given (and it reads the row), else cell by cell.
pub fn read_table(
    file: &str,
    lines: &[&str],
    from: usize,
    one_pass: Option<OnePass>,
) -> Result<Table, ImportError> {
    let start = lines
        .iter()
        .enumerate()
        .skip(from)
        .find_map(|(i, l)| numeric_layout(l).map(|layout| (i, layout)));
    let Some((start, (separator, _))) = start else {
        return Err(ImportError::file(
            file,
            "no rows of numbers were found (a table of numbers, one row per line, is expected).",
        ));
    };
    let width = separator.split_cells(lines[start].trim()).len();
    // Unless commas separate the cells, a comma in a cell is a decimal mark
    // (the first rows may have none: "0000;0").
    let commas_allowed = separator != Separator::Comma;
    let mut decimal_comma = false;
    let header = lines[from..start]
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty() && !is_comment(l))
        .map(|l| separator.split_cells(l.trim()))
        .filter(|cells| cells.len() == width)
        .map(|cells| cells.iter().map(|c| c.trim().to_string()).collect());
    // Nearly every line left is a row.
    let rows = lines.len() - start;
    let mut columns: Vec<Vec<f64>> = (0..width).map(|_| Vec::with_capacity(rows)).collect();
    let mut row_lines = Vec::with_capacity(rows);
    let mut segments = Vec::new();
    let mut segment_start = 0;
    let mut cells: Vec<&str> = Vec::with_capacity(width);
    let mut row = [0.0; PLAIN_ROW_CELLS];
    for (i, line) in lines.iter().enumerate().skip(start) {
        let number = i + 1;
        let t = trimmed(line);
        if t.is_empty() {
            let rows = row_lines.len();
            if rows > segment_start {
                segments.push(segment(segments.len(), segment_start..rows));
                segment_start = rows;
            }
            continue;
        }
        // `t` is trimmed: a comment starts with its mark.
        if matches!(t.as_bytes(), [b'#', ..] | [b'/', b'/', ..]) {
            continue;
        }
        if let (Some(one_pass), Some(row)) = (one_pass, row.get_mut(..width)) {
            if one_pass(t.as_bytes(), separator, row) {
                for (column, &v) in columns.iter_mut().zip(row.iter()) {
                    column.push(v);
                }
                row_lines.push(number);
                continue;
            }
        }
        separator.split_into(t, &mut cells);
        if cells.len() != width {
            return Err(ImportError::at(
                file,
                number,
                0,
                format!(
                    "this row has {} value{}, but the table has {width} columns (from line {}). \
                     The file may be cut short or have a stray separator.",
                    cells.len(),
                    if cells.len() == 1 { "" } else { "s" },
                    start + 1
                ),
            ));
        }
        for (c, cell) in cells.iter().enumerate() {
            match parse_cell(cell, commas_allowed) {
                Some(v) => {
                    decimal_comma |= cell.contains(',');
                    columns[c].push(v)
                }
                None => {
                    return Err(ImportError::at(
                        file,
                        number,
                        c + 1,
                        format!("“{}” is not a number.", shown(cell)),
                    ))
                }
            }
        }
        row_lines.push(number);
    }
    let rows = row_lines.len();
    if rows > segment_start {
        segments.push(segment(segments.len(), segment_start..rows));
    }
    Ok(Table {
        header,
        columns,
        row_lines,
        segments,
        separator,
        decimal_comma,
    })
}

fn segment(index: usize, rows: std::ops::Range<usize>) -> Segment {
    Segment {
        name: format!("segment {}", index + 1),
        rows,
    }
}

/// A cell as shown in a message: at most 24 characters, no control characters.
pub fn shown(cell: &str) -> String {
    let clean: Vec<char> = cell.trim().chars().filter(|c| !c.is_control()).collect();
    if clean.len() > 24 {
        clean[..24].iter().collect::<String>() + "…"
    } else {
        clean.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<&str> {
        super::super::text_decoding::split_lines(text)
    }

    #[test]
    fn header_units_rows_and_segments() {
        let t = read_table(
            "a.txt",
            &lines("Depth (nm)\tLoad (µN)\n1\t2\n3\t4\n\n5\t6\n"),
            0,
            None,
        )
        .unwrap();
        assert_eq!(t.header.unwrap(), ["Depth (nm)", "Load (µN)"]);
        assert_eq!(t.columns, [vec![1.0, 3.0, 5.0], vec![2.0, 4.0, 6.0]]);
        assert_eq!(t.row_lines, [2, 3, 5]);
        assert_eq!(t.segments.len(), 2);
        assert_eq!(t.segments[1].rows, 2..3);
        assert_eq!(t.separator, Separator::Tab);
    }

    #[test]
    fn semicolons_with_decimal_commas() {
        let t = read_table(
            "eu.csv",
            &lines("Weg;Kraft\r\n0,5;1,25\r\n1,0;2,5\r\n"),
            0,
            None,
        )
        .unwrap();
        assert_eq!(t.columns, [vec![0.5, 1.0], vec![1.25, 2.5]]);
        assert!(t.decimal_comma);
        assert_eq!(t.separator, Separator::Semicolon);
    }

    #[test]
    fn nt_mdt_tabs_with_decimal_commas_and_no_header() {
        let t = read_table("m.txt", &lines("-7999,9482\t1,4726\t1,4711\n"), 0, None).unwrap();
        assert_eq!(t.header, None);
        assert_eq!(t.columns, [vec![-7999.9482], vec![1.4726], vec![1.4711]]);
    }

    #[test]
    fn trailing_tab_and_comments() {
        let t = read_table(
            "n.txt",
            &lines("# note\nA_nm\tB_nN\t\n// more\n1\t2\t\n3\t4\t\n"),
            0,
            None,
        )
        .unwrap();
        assert_eq!(t.header.unwrap(), ["A_nm", "B_nN"]);
        assert_eq!(t.columns, [vec![1.0, 3.0], vec![2.0, 4.0]]);
    }

    #[test]
    fn errors_name_the_line_and_column() {
        let e = read_table("r.csv", &lines("x,y\n1,2\n3,abc\n"), 0, None).unwrap_err();
        assert_eq!(
            e.to_string(),
            "r.csv, line 3, column 2: “abc” is not a number."
        );
        let e = read_table("r.csv", &lines("x,y\n1,2\n3\n"), 0, None).unwrap_err();
        assert!(
            e.to_string().starts_with(
                "r.csv, line 3: this row has 1 value, but the table has 2 columns (from line 2)"
            ),
            "{e}"
        );
        let e = read_table("t.txt", &lines("just words\nmore words\n"), 0, None).unwrap_err();
        assert!(
            e.to_string().starts_with("t.txt: no rows of numbers"),
            "{e}"
        );
        let e = read_table("big.csv", &lines("1,2\n1e400,3\n"), 0, None).unwrap_err();
        assert_eq!(e.line, 2);
        assert_eq!(e.column, 1);
    }
}
