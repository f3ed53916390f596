//! Hysitron / Bruker TriboScan exports (PI 85 and PI 95 TEM PicoIndenters, TI
//! series).
//!
//! The text export: a date line, a blank line, `Number of Points = N`, the
//! header `Depth (nm)\tLoad (µN)\tTime (s)[\tDepth (V)\tLoad (V)]`, then N
//! rows; Latin-1 (`µ` is the byte 0xB5), mixed line ends in newer versions,
//! blank lines between segments in older ones. The `.hld` file: `Key: value`
//! header lines (`Machine Comp: 0.00663947 nm/µN`, `Drift Rate: 0.03648
//! nm/s`) and a section `Test Data Points: N` followed by its header
//! (`Time_s\tDisp_nm\tForce_µN…`) and N rows; only that section is read.

use super::table_reader::read_table;
use super::text_decoding::TextLines;
use super::{header_values, Column, Import, ImportError, Reader};

/// The name of the `.hld` file's format.
pub const HLD_FORMAT: &str = "Hysitron TriboScan .hld test data";

/// The TriboScan reader.
pub const READER: Reader = Reader {
    format: "Hysitron TriboScan text export",
    recognises,
    read,
};

const HEAD_LINES: usize = 200;

fn count_after<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let t = line.trim();
    let rest = t.strip_prefix(key)?.trim_start();
    let rest = rest.strip_prefix('=').or_else(|| rest.strip_prefix(':'))?;
    Some(rest.trim())
}

/// Whether the file is in this format.
pub fn recognises(text: &TextLines) -> bool {
    text.lines.iter().take(HEAD_LINES).any(|l| {
        count_after(l, "Number of Points").is_some() || count_after(l, "Test Data Points").is_some()
    })
}

fn read(file: &str, text: &TextLines) -> Result<Import, ImportError> {
    let lines = &text.lines;
    let (count_line, hld) = lines
        .iter()
        .take(HEAD_LINES)
        .position(|l| count_after(l, "Test Data Points").is_some())
        .map(|i| (i, true))
        .or_else(|| {
            lines
                .iter()
                .take(HEAD_LINES)
                .position(|l| count_after(l, "Number of Points").is_some())
                .map(|i| (i, false))
        })
        .ok_or_else(|| ImportError::file(file, "no “Number of Points” line was found."))?;
    let key = if hld {
        "Test Data Points"
    } else {
        "Number of Points"
    };
    let count_text = count_after(lines[count_line], key).unwrap_or("");
    let declared: Option<usize> = count_text.parse().ok();
    let mut metadata: Vec<(String, String)> = Vec::new();
    if !hld {
        if let Some(date) = lines[..count_line]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty())
        {
            metadata.push(("Date".to_string(), date.to_string()));
        }
    }
    if hld {
        metadata.extend(header_values(lines[..count_line].iter().copied()));
    }
    metadata.push((key.to_string(), count_text.to_string()));
    // In a .hld file other sections follow the test data: read its N rows only.
    let section: &[&str] = match (hld, declared) {
        (true, Some(n)) => {
            let after = &lines[count_line + 1..];
            let mut taken = 0;
            let mut rows = 0;
            for l in after {
                if rows == n {
                    break;
                }
                if super::table_reader::numeric_layout(l).is_some() {
                    rows += 1;
                }
                taken += 1;
            }
            &after[..taken]
        }
        _ => &lines[count_line + 1..],
    };
    let table = read_table(file, section, 0, text.one_pass).map_err(|mut e| {
        if e.line > 0 {
            e.line += count_line + 1;
        }
        e
    })?;
    let Some(header) = table.header.clone() else {
        return Err(ImportError::at(
            file,
            count_line + 2,
            0,
            "the column header (e.g. “Depth (nm)  Load (µN)  Time (s)”) is missing.",
        ));
    };
    let rows = table.row_lines.len();
    let mut warnings = Vec::new();
    match declared {
        Some(n) if n != rows => warnings.push(format!(
            "The file says {key} = {n}, but {rows} rows were read: it may be cut short."
        )),
        None => warnings.push(format!(
            "“{key}” (line {}) is not a whole number; {rows} rows were read.",
            count_line + 1
        )),
        _ => {}
    }
    Ok(Import {
        format: if hld { HLD_FORMAT } else { READER.format },
        encoding: text.encoding,
        columns: Column::from_table(Some(&header), table.columns),
        segments: table.segments,
        metadata,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::super::column_header::Role;
    use super::super::load_data;
    use super::super::text_decoding::Encoding;

    /// A synthetic loading: depth 2·i nm, load 0.5 µN per nm, 0.1 s per point.
    fn rows(n: usize, end: &str) -> String {
        (0..n)
            .map(|i| {
                let d = 2.0 * i as f64;
                format!("{d}\t{}\t{}{end}", 0.5 * d, 0.1 * i as f64)
            })
            .collect()
    }

    #[test]
    fn older_export_latin1_crlf() {
        let mut bytes = b"Mon Apr 29 10:41:06 2019\r\n\r\nNumber of Points = 4\r\nDepth (nm)\tLoad (\xb5N)\tTime (s)\r\n".to_vec();
        bytes.extend(rows(4, "\r\n").as_bytes());
        let i = load_data("test.txt", &bytes).unwrap();
        assert_eq!(i.format, "Hysitron TriboScan text export");
        assert_eq!(i.encoding, Encoding::Latin1);
        assert_eq!(
            i.summary(),
            "Hysitron TriboScan text export: 4 points, 1 segment"
        );
        assert_eq!(i.columns[0].values, [0.0, 2.0, 4.0, 6.0]);
        assert_eq!(i.columns[1].values, [0.0, 1.0, 2.0, 3.0]);
        assert_eq!(i.columns[1].header.unit.unwrap().symbol, "µN");
        assert_eq!(i.columns[1].header.role, Some(Role::Force));
        assert_eq!(i.columns[0].header.role, Some(Role::Displacement));
        assert!(i.warnings.is_empty(), "{:?}", i.warnings);
        assert!(i
            .metadata
            .contains(&("Date".to_string(), "Mon Apr 29 10:41:06 2019".to_string())));
    }

    #[test]
    fn newer_export_with_bare_cr_rows() {
        // TI 990: "\n\n\r" after the date, then every row ends in a bare "\r".
        let mut text =
            "Tue Jan 7 09:00:00 2025\n\n\rNumber of Points = 5\rDepth (nm)\tLoad (µN)\tTime (s)\r"
                .to_string();
        text += &rows(5, "\r");
        let i = load_data("ti990.txt", text.as_bytes()).unwrap();
        assert_eq!(i.rows(), 5);
        assert_eq!(i.encoding, Encoding::Utf8);
        assert_eq!(i.columns[2].values[4], 0.4);
    }

    #[test]
    fn segments_and_a_short_file() {
        let mut text = "d\n\nNumber of Points = 6\nDepth (nm)\tLoad (µN)\tTime (s)\n".to_string();
        text += &rows(2, "\n");
        text += "\n";
        text += &rows(3, "\n");
        let i = load_data("seg.txt", text.as_bytes()).unwrap();
        assert_eq!(i.segments.len(), 2);
        assert_eq!(i.segments[1].rows, 2..5);
        assert_eq!(
            i.warnings,
            ["The file says Number of Points = 6, but 5 rows were read: it may be cut short."]
        );
    }

    #[test]
    fn a_bad_cell_is_named_by_its_file_line() {
        let text = "d\n\nNumber of Points = 2\nDepth (nm)\tLoad (µN)\n1\t2\n3\tx\n";
        let e = load_data("bad.txt", text.as_bytes()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "bad.txt, line 6, column 2: “x” is not a number."
        );
    }

    #[test]
    fn hld_test_section_and_its_header_values() {
        let text =
            "File Version: Hysitron\nMachine Comp: 0.00663947 nm/µN\nDrift Rate: 0.03648 nm/s\n\
                    Test Data Points: 3\nTime_s\tDisp_nm\tForce_µN\n0\t0\t0\n0.1\t2\t1\n0.2\t4\t2\n\
                    Segment Points: 2\nsome other section\n";
        let i = load_data("t.hld", text.as_bytes()).unwrap();
        assert_eq!(i.format, "Hysitron TriboScan .hld test data");
        assert_eq!(i.rows(), 3);
        assert_eq!(i.columns[1].values, [0.0, 2.0, 4.0]);
        assert_eq!(i.columns[2].header.role, Some(Role::Force));
        assert!(i
            .metadata
            .contains(&("Machine Comp".to_string(), "0.00663947 nm/µN".to_string())));
        assert!(i
            .metadata
            .contains(&("Drift Rate".to_string(), "0.03648 nm/s".to_string())));
    }
}
