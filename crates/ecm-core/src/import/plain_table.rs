//! A plain table of numbers: CSV, TSV, space- or semicolon-separated, with
//! or without a header (a lab notebook, a spreadsheet, a digitised figure,
//! an NT-MDT export). The reader of last resort: it recognises anything
//! with a row of numbers.

use super::table_reader::{is_comment, read_table, Separator};
use super::text_decoding::TextLines;
use super::{header_values, Column, Import, ImportError, Reader};

/// The names a plain table's format is given, by separator and decimal mark.
pub const FORMATS: [&str; 6] = [
    "Table of numbers (semicolons, decimal commas)",
    "Table of numbers (decimal commas)",
    "Table of numbers (comma-separated)",
    "Table of numbers (tab-separated)",
    "Table of numbers (semicolon-separated)",
    "Table of numbers (space-separated)",
];

/// The plain-table reader (used when no instrument format recognises a file).
pub const READER: Reader = Reader {
    format: "Table of numbers",
    recognises: |_| true,
    read,
};

fn read(file: &str, text: &TextLines) -> Result<Import, ImportError> {
    let table = read_table(file, &text.lines, 0, text.one_pass)?;
    let metadata = header_values(
        text.lines
            .iter()
            .take(table.row_lines.first().map_or(0, |l| l - 1))
            .filter(|l| is_comment(l))
            .map(|l| l.trim_start().trim_start_matches(['#', '/'])),
    );
    let mut warnings = Vec::new();
    if table.header.is_none() {
        warnings.push(
            "The file has no header: say what each column holds and its unit before analysing."
                .to_string(),
        );
    }
    Ok(Import {
        format: match (table.separator, table.decimal_comma) {
            (Separator::Semicolon, true) => FORMATS[0],
            (_, true) => FORMATS[1],
            (Separator::Comma, _) => FORMATS[2],
            (Separator::Tab, _) => FORMATS[3],
            (Separator::Semicolon, _) => FORMATS[4],
            (Separator::Spaces, _) => FORMATS[5],
        },
        encoding: text.encoding,
        columns: Column::from_table(table.header.as_deref(), table.columns),
        segments: table.segments,
        metadata,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::super::column_header::Role;
    use super::super::load_data;

    #[test]
    fn a_notebook_csv_with_units_in_the_header() {
        let i = load_data(
            "n.csv",
            b"# specimen: rod 3\ndisp_nm,force [uN]\n0,0\n10,2.5\n20,5\n",
        )
        .unwrap();
        assert_eq!(i.format, "Table of numbers (comma-separated)");
        assert_eq!(i.rows(), 3);
        assert_eq!(i.columns[0].header.unit.unwrap().symbol, "nm");
        assert_eq!(i.columns[1].header.role, Some(Role::Force));
        assert_eq!(i.columns[1].values, [0.0, 2.5, 5.0]);
        assert_eq!(i.metadata, [("specimen".to_string(), "rod 3".to_string())]);
        assert_eq!(
            i.summary(),
            "Table of numbers (comma-separated): 3 points, 1 segment"
        );
    }

    #[test]
    fn a_european_spreadsheet_export() {
        // The example: "0000;0" used to be refused as not a number.
        let i = load_data("eu.csv", b"Weg (nm);Kraft (nN)\r\n0000;0\r\n12,5;3,75\r\n").unwrap();
        assert_eq!(i.format, "Table of numbers (semicolons, decimal commas)");
        assert_eq!(i.columns[0].values, [0.0, 12.5]);
        assert_eq!(i.columns[1].values, [0.0, 3.75]);
    }

    #[test]
    fn no_header_asks_the_user() {
        let i = load_data("m.txt", "-7999,9482\t1,4726\n-7998,1\t1,5\n".as_bytes()).unwrap();
        assert_eq!(i.columns[0].header.role, None);
        assert!(i.warnings[0].contains("no header"));
    }
}
