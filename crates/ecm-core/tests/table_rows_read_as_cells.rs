//! `table_reader::read_table`, given `plain_row`, reads most rows in one
//! pass over their bytes; here, on random tables (plain numbers, long ones, decimal commas, quoted
//! and padded cells, words, empty cells, trailing separators, blank and
//! comment lines, every separator), it gives the very numbers, decimal mark,
//! row lines and errors that reading each row cell by cell gives
//! (`Separator::split_cells` and `parse_cell`), with and without it.

use ecm_core::import::table_reader::{
    is_comment, numeric_layout, parse_cell, plain_row, read_table, OnePass,
};
use ecm_core::import::ImportError;
use proptest::prelude::*;

/// What the reader should give: the columns (as bits), whether a decimal
/// comma was read, and the line of each row; or the error's line and column.
type Reading = Result<(Vec<Vec<u64>>, bool, Vec<usize>), (usize, usize)>;

/// Reads the table cell by cell, from its first row of numbers.
fn cell_by_cell(lines: &[&str]) -> Reading {
    let Some(start) = lines.iter().position(|l| numeric_layout(l).is_some()) else {
        return Err((0, 0));
    };
    let Some((separator, _)) = numeric_layout(lines[start]) else {
        return Err((0, 0));
    };
    let width = separator.split_cells(lines[start].trim()).len();
    let commas = separator != ecm_core::import::table_reader::Separator::Comma;
    let mut columns = vec![Vec::new(); width];
    let mut decimal_comma = false;
    let mut row_lines = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(start) {
        let t = line.trim();
        if t.is_empty() || is_comment(t) {
            continue;
        }
        let cells = separator.split_cells(t);
        if cells.len() != width {
            return Err((i + 1, 0));
        }
        for (c, cell) in cells.iter().enumerate() {
            let Some(v) = parse_cell(cell, commas) else {
                return Err((i + 1, c + 1));
            };
            decimal_comma |= cell.contains(',');
            columns[c].push(v.to_bits());
        }
        row_lines.push(i + 1);
    }
    Ok((columns, decimal_comma, row_lines))
}

fn read(lines: &[&str], one_pass: Option<OnePass>) -> Reading {
    read_table("t", lines, 0, one_pass)
        .map(|t| {
            let bits = t
                .columns
                .iter()
                .map(|c| c.iter().map(|v| v.to_bits()).collect())
                .collect();
            (bits, t.decimal_comma, t.row_lines)
        })
        .map_err(|e: ImportError| (e.line, e.column))
}

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => "[-+]?[0-9]{1,8}(\\.[0-9]{0,8})?([eE][-+]?[0-9]{1,3})?",
        1 => "[0-9]{17,25}\\.[0-9]{1,5}",
        1 => "-?[0-9]{1,3},[0-9]{1,4}",
        1 => "\"[0-9]{1,3}\\.[0-9]{1,3}\"",
        1 => " ?[0-9]{1,3}(\\.5)? ?",
        1 => "[0-9]e[0-9]{5}",
        1 => "(x|1\\.2\\.3|-|\\.|e5|1e|)",
    ]
}

fn line() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        12 => prop::collection::vec(cell(), 1..5),
        1 => Just(vec![String::new()]),
        1 => Just(vec!["# note".to_string()]),
        1 => Just(vec!["Depth (nm)".to_string(), "Load".to_string()]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    #[test]
    fn rows_read_in_one_pass_as_cell_by_cell(
        rows in prop::collection::vec(line(), 1..12),
        separator in prop::sample::select(vec!["\t", ";", ",", " ", "  ", " \t"]),
        trailing in prop::sample::select(vec!["", "", "", "\t", ";", ","]),
    ) {
        let text: Vec<String> = rows.iter().map(|cells| cells.join(separator) + trailing).collect();
        let lines: Vec<&str> = text.iter().map(String::as_str).collect();
        let cells = cell_by_cell(&lines);
        prop_assert_eq!(read(&lines, Some(plain_row)), cells.clone(), "{:?}", lines);
        prop_assert_eq!(read(&lines, None), cells, "{:?}", lines);
    }
}
